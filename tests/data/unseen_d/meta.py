# -*- coding: utf-8 -*-
"""Per-article metadata (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_DOD = "Public domain (US Department of Defense work, American Forces Press Service, 17 U.S.C. 105)"
PD_ARMY = "Public domain (US Army work, US federal government work, 17 U.S.C. 105)"
PD_AFRICOM = "Public domain (US Africa Command press release, US federal government work, 17 U.S.C. 105)"
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="dod_2005_02_24_iraq_samarra_tikrit_haqlaniya",
         title="U.S. Soldier, Eight Iraqis Killed in Separate IED Blasts",
         url="http://www.defense.gov/News/NewsArticle.aspx?ID=25818",
         retrieved_from="http://www.defense.gov/News/NewsArticle.aspx?ID=25818",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service, DoD News article on defense.gov)",
         license=PD_DOD,
         publication_date="2005-02-24",
         publication_date_source="dateline 'WASHINGTON, Feb. 24, 2005'",
         conflict="Iraq insurgency: Samarra and Tikrit (Salah ad Din), Haqlaniya and Operation River Blitz (Anbar), Feb 2005",
         text_complete=False,
         notes=("defense.gov navigation ('DoD News', 'Bookmark and Share', 'News Article'), the title and the 'American "
                "Forces Press Service' byline removed. The headline's 'Eight Iraqis' contradicts the body's 'as many as 15 "
                "Iraqis'; the headline is not part of the text. The source's 'at a mosque in Haqlaniya at about.' (time "
                "missing) kept. Stored copy exposes only the first ~2,000 characters; text cut at the last complete sentence "
                "(before the list of seized weapons).")),
    dict(id="dod_2008_06_20_iraq_balad_mosul_raids",
         title="Coalition Forces Kill Four, Detain Dozens in Iraq",
         url="https://www.globalsecurity.org/military/library/news/2008/06/mil-080620-afps01.htm",
         retrieved_from="https://www.globalsecurity.org/military/library/news/2008/06/mil-080620-afps01.htm",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service; archived verbatim by GlobalSecurity.org)",
         license=PD_DOD,
         publication_date="2008-06-20",
         publication_date_source="dateline 'WASHINGTON, June 20, 2008'",
         conflict="Iraq war: coalition raids against al-Qaida in Iraq near Balad, around Baghdad and in Mosul, June 2008",
         text_complete=False,
         notes=("GlobalSecurity.org banner ('UNITED24 - Make a charitable donation ...'), title and byline removed. The list "
                "items keep their '-- ' markers and the 'In operations yesterday:' lead-in. Stored copy exposes only the "
                "first ~2,000 characters; text cut at the last complete sentence (the second list item, on a man detained "
                "in Baghdad's Rashid district, is cut off and not included).")),
    dict(id="voa_2013_07_21_syria_ariha_adra_tal_abyad",
         title="Syrian Activists: Government Shelling Kills 18 Civilians",
         url="https://www.voanews.com/a/activists-say-islamists-free-kurds-in-norther-syria/1706256.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/activists-say-islamists-free-kurds-in-norther-syria/1706256.html",
         original_url="https://www.voanews.com/a/activists-say-islamists-free-kurds-in-norther-syria/1706256.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA,
         publication_date="2013-07-21",
         publication_date_source=("inferred: no date on the stored page; 'Sunday' in a same-day report during Ramadan 2013 "
                                  "(the Ariha market shelling and the Tal Abyad hostage release of Sunday 21 July 2013); "
                                  "consistent with the VOA article number"),
         conflict="Syrian civil war: Ariha (Idlib), Adra (Rif Dimashq), Tal Abyad (Raqqa) and Hassakeh, July 2013",
         text_complete=True,
         notes=("Accessibility links, 'Breaking News', title, the map caption ('Map of Khan al-Assal, Syria', twice) and the "
                "VOA News byline box removed. The headline's '18 Civilians' is more specific than the body's '18 people'; the "
                "headline is not part of the text.")),
    dict(id="voa_2013_08_23_drc_goma_m23_peacekeepers",
         title="UN Peacekeepers Fight M23 Rebels in DRC",
         url="https://www.voanews.com/a/un-peacekeepers-fight-m23-rebels-in-drc/1735535.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/un-peacekeepers-fight-m23-rebels-in-drc/1735535.html",
         original_url="https://www.voanews.com/a/un-peacekeepers-fight-m23-rebels-in-drc/1735535.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA,
         publication_date="2013-08-23",
         publication_date_source=("inferred: no date on the stored page; 'officers said Friday' in a same-day report on the "
                                  "third day of the fighting near Goma that began on 21 August 2013 (Friday 23 August 2013)"),
         conflict="M23 rebellion, North Kivu, DR Congo (August 2013)",
         text_complete=True,
         notes=("Accessibility links, 'Breaking News', title and the trailing size selector ('XS SM MD LG') removed. Runs of "
                "blank lines around the quoted passage (an embedded audio player in the page) reduced to one blank line.")),
    dict(id="voa_2014_03_05_south_sudan_juba_giada_barracks",
         title="South Sudan: Fighting at Army Base in Capital 'Contained'",
         url="http://www.voanews.com/content/south-sudan-fighting-at-army-base-in-capital-contained/1864708.html",
         retrieved_from="http://www.voanews.com/content/south-sudan-fighting-at-army-base-in-capital-contained/1864708.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2014-03-05",
         publication_date_source=("inferred: no date on the stored page; the Giada barracks shooting in Juba was on "
                                  "Wednesday 5 March 2014 and the story reports it and the shop closures 'Wednesday' as "
                                  "same-day news"),
         conflict="South Sudan civil war: shooting at the Giada barracks, Juba (March 2014)",
         text_complete=True,
         notes=("'World News' label and title removed, and the unrelated 'VOA Special Report' teaser that follows the story. "
                "A run of blank lines before 'The government and rebel forces' reduced to one blank line.")),
    dict(id="voa_2014_11_20_nigeria_azaya_kura_mafa",
         title="Reports: Nigerian Militants Kill 45 in Borno State Village",
         url="https://www.voanews.com/a/reports-nigerian-militants-kill-fourty-five-borno-state-village/2529456.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/reports-nigerian-militants-kill-fourty-five-borno-state-village/2529456.html",
         original_url="https://www.voanews.com/a/reports-nigerian-militants-kill-fourty-five-borno-state-village/2529456.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA + "; VOA notes some information came from AFP",
         publication_date="2014-11-20",
         publication_date_source=("inferred: no date on the stored page; 'On Thursday, the Nigerian House of "
                                  "Representatives chose not to vote' on extending the state of emergency = Thursday "
                                  "20 November 2014; the attack 'Wednesday' = 19 November 2014"),
         conflict="Boko Haram insurgency, Borno State, Nigeria (November 2014)",
         text_complete=True,
         notes=("Accessibility links, 'Breaking News', title, the file-photo caption (twice) and the VOA News byline box "
                "removed. The source's misspelling 'Maidguri' and VOA's closing AFP credit line kept.")),
    dict(id="voa_2015_03_05_nigeria_njaba_borno",
         title="Boko Haram Kills 68 in Nigerian Town",
         url="https://www.voanews.com/a/reu-fourty-five-killed-boko-haram-nigeria-/2669057.html",
         retrieved_from="https://www.voanews.com/a/reu-fourty-five-killed-boko-haram-nigeria-/2669057.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2015-03-05",
         publication_date_source=("inferred: no date on the stored page; 'The Nigerian army said Thursday' in a report of "
                                  "the Njaba attack 'before dawn Tuesday' (3 March 2015) that 'took two days to reach' "
                                  "Maiduguri = Thursday 5 March 2015"),
         conflict="Boko Haram insurgency, Borno State, Nigeria (March 2015)",
         text_complete=True,
         notes=("Accessibility links, 'Breaking News', title, the map caption ('Borno state, Nigeria', twice) and the VOA "
                "News byline box removed. The URL slug ('reu-fourty-five-killed') shows the page began as a wire-based "
                "item; the stored text is VOA's own reporting ('Witnesses tell a VOA reporter') and carries no wire credit.")),
    dict(id="army_2016_03_15_kuwait_1ad_3bct_deployment",
         title="Department of the Army announces upcoming deployment",
         url="https://www.army.mil/article/164171/department_of_the_army_announces_upcoming_deployment",
         retrieved_from="https://www.army.mil/article/164171/department_of_the_army_announces_upcoming_deployment",
         original_url=None,
         outlet="US Army (Department of the Army news release on army.mil)",
         license=PD_ARMY,
         publication_date="2016-03-15",
         publication_date_source="date line on the army.mil page ('News Releases) March 15, 2016'); 'announced today'",
         conflict="US rotation to Kuwait under Operation Spartan Shield (CENTCOM), the regional posture for the war against ISIS (2016)",
         text_complete=True,
         notes=("army.mil banner ('An official website of the United States government ...'), title, byline/date line "
                "('By Mr. Troy A Rolan Sr. (News Releases) March 15, 2016') and the photo credit removed. The source's 'at or "
                "by phone' (an e-mail address missing in the stored copy) kept.")),
    dict(id="africom_2018_04_03_somalia_el_burr_airstrike",
         title="U.S. Conducts Airstrike in Support of the Federal Government of Somalia",
         url="https://www.horndiplomat.com/2018/04/04/u-s-conducts-airstrike-in-support-of-the-federal-government-of-somalia/",
         retrieved_from="https://www.horndiplomat.com/2018/04/04/u-s-conducts-airstrike-in-support-of-the-federal-government-of-somalia/",
         original_url=None,
         outlet="US Africa Command (press release distributed by APO Group for the Africa Regional Media Hub; reposted verbatim by Horn Diplomat)",
         license=PD_AFRICOM,
         publication_date="2018-04-03",
         publication_date_source="dateline 'STUTTGART, Germany, April 3, 2018'",
         conflict="al-Shabaab insurgency, Galguduud, Somalia (April 2018)",
         text_complete=True,
         notes=("Title, the repeated title and the subheading 'No civilians were killed in this airstrike' removed, and the "
                "distribution footer ('Distributed by APO Group on behalf of Africa Regional Media Hub. SOURCE:Africa "
                "Regional Media Hub', 'Leave a Reply'). The APO dateline form 'April 3, 2018/ \u2014' kept as stored.")),
]

# -*- coding: utf-8 -*-
"""Per-article metadata of set (h) (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_DVIDS = ("Public domain (Delaware National Guard news story distributed by DVIDS, US government work, "
            "17 U.S.C. 105; marked 'PUBLIC DOMAIN' on DVIDS)")
PD_DOD = ("Public domain (DOD News article, US Department of Defense, US federal government work, 17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="voa_2007_08_10_pakistan_waziristan_missing_soldiers",
         title="Pakistan Security Forces Search for Soldiers Kidnapped by Militants",
         url="https://www.voanews.com/a/a-13-2007-08-10-voa28/343531.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-08-10-voa28/343531.html",
         original_url="https://www.voanews.com/a/a-13-2007-08-10-voa28/343531.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA + "; some information from AFP and Reuters (stated in the text)",
         publication_date="2007-08-10",
         publication_date_source=("URL path 'a-13-2007-08-10'; matches 'The violence Friday' in a same-day report "
                                  "(10 August 2007 was a Friday)"),
         conflict="Taliban insurgency in Pakistan's tribal areas: soldiers missing near South Waziristan, militants killed in North Waziristan, August 2007",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the section label 'News', the title and the trailing "
                "text-size buttons ('XS SM MD LG') removed. 'Taleban' spelling and VOA's closing credit sentence kept. "
                "The public voanews.com URL (same path) is recorded as url; the stored copy is the CMS preview.")),
    dict(id="voa_2010_03_09_niger_mali_border_ambush",
         title="8 Killed in Attacks on Niger-Mali Border",
         url="https://www.voanews.com/a/article-8-killed-in-attacks-on-niger-mali-border-87236607/153668.html",
         retrieved_from="https://www.voanews.com/a/article-8-killed-in-attacks-on-niger-mali-border-87236607/153668.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2010-03-09",
         publication_date_source=("inferred: no date on the stored page. The text reports an ambush 'Monday' near the "
                                  "Mali border with five soldiers and three attackers killed, confirmed by government "
                                  "spokesman Laouali Dan Dah (spokesman of the transitional government formed in March "
                                  "2010); the annotator dates the ambush to Monday 8 March 2010 (Tiloa area, Tillaberi) "
                                  "from memory, and the legacy VOA content number (87236607) lies after one of October "
                                  "2009 (85422132). Publication taken as the next day, Tuesday 9 March 2010. Uncertain; "
                                  "the event day is 'Monday' of the publication week either way"),
         conflict="Insecurity on the Niger-Mali border (AQIM, Tuareg rebels, bandits): ambush on Niger's army, March 2010 (annotator's dating)",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The text spells the spokesman "
                "'DanDah' and once 'DabDah'; kept. The headline's '8' (5 + 3) is not in the body.")),
    dict(id="voa_2010_07_14_afghanistan_kandahar_police_hq",
         title="Militant Attacks Kill 8 US Soldiers in Afghanistan",
         url="https://www.voanews.com/a/attacks-in-afghanistan-kill-4-us-3-afghan-soldiers-71547352/415842.html",
         retrieved_from="https://www.voanews.com/a/attacks-in-afghanistan-kill-4-us-3-afghan-soldiers-71547352/415842.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2010-07-14",
         publication_date_source=("inferred: no date on the stored page; 'since late Tuesday' and 'late Tuesday' for "
                                  "the attack on the police headquarters in Kandahar city, which took place on Tuesday "
                                  "13 July 2010 (annotator's knowledge), shortly after General Petraeus took command "
                                  "(4 July 2010, 'recently assumed command'); publication taken as Wednesday 14 July 2010"),
         conflict="War in Afghanistan: attack on a police headquarters in Kandahar city and roadside bombing in southern Afghanistan, July 2010",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the section label 'News', the 'update' label and the title "
                "(given twice) removed. The URL slug ('kill-4-us-3-afghan-soldiers') reflects an earlier version of the "
                "story. Only the first ~2,000 characters are stored; the text is cut at the last complete sentence "
                "(before 'In addition, the Afghan government continues to face accusations of corruption ...').")),
    dict(id="voa_2014_06_10_afghanistan_zabul_friendly_fire",
         title="Friendly Fire Suspected in Deaths of 5 US Troops in Afghanistan",
         url="https://www.voanews.com/a/five-coalition-soldiers-die-in-afghanistan/1933251.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/five-coalition-soldiers-die-in-afghanistan/1933251.html",
         original_url="https://www.voanews.com/a/five-coalition-soldiers-die-in-afghanistan/1933251.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA,
         publication_date="2014-06-10",
         publication_date_source=("inferred: no date on the stored page; 'killed Monday' and 'told reporters Tuesday' "
                                  "in a same-day report of the friendly-fire incident in Zabul on Monday 9 June 2014 "
                                  "(annotator's knowledge), with the presidential run-off 'Saturday' (14 June 2014)"),
         conflict="War in Afghanistan: five US soldiers killed by friendly fire in Zabul, teachers kidnapped in Ghazni, deminers killed in Logar, June 2014",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News' and the title removed. 'Lugar province' (for Logar) kept. Only "
                "the first ~2,000 characters are stored; the text is cut at the last complete sentence (before "
                "'Polling is taking place because ...'). The URL slug ('five-coalition-soldiers-die') reflects an "
                "earlier version of the story.")),
    dict(id="voa_2015_11_02_somalia_ambush_sahafi_hotel",
         title="Somali Militants Attack Government Soldiers",
         url="https://www.voanews.com/a/un-condemns-deadly-al-shabab-hotel-attack/3032622.html",
         retrieved_from="https://www.voanews.com/a/un-condemns-deadly-al-shabab-hotel-attack/3032622.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2015-11-02",
         publication_date_source=("inferred: no date on the stored page; the removed photo caption dates the hotel "
                                  "attack 'Nov. 1, 2015' (a Sunday, 'Sunday morning' in the text) and the ambush is "
                                  "'Monday's attack', 'one day after' -> Monday 2 November 2015, taken as the "
                                  "publication day"),
         conflict="Al-Shabab insurgency, Somalia: ambush on government soldiers south of Mogadishu and attack on the Sahafi Hotel, November 2015",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption removed. The URL slug "
                "('un-condemns-deadly-al-shabab-hotel-attack') reflects an earlier version of the story. Only the "
                "first ~2,000 characters are stored; the text is cut at the last complete sentence (before 'In recent "
                "months, al-Shabab has blown up ...').")),
    dict(id="voa_2017_10_21_niger_ayorou_gendarmes",
         title="At Least 12 Nigerien Troops Killed in Latest Attack",
         url="https://www.globalsecurity.org/military/library/news/2017/10/mil-171021-voa03.htm",
         retrieved_from="https://www.globalsecurity.org/military/library/news/2017/10/mil-171021-voa03.htm",
         original_url=None,
         outlet="Voice of America (VOA News; archived by GlobalSecurity.org)",
         license=PD_VOA + "; archived copy on GlobalSecurity.org",
         publication_date="2017-10-21",
         publication_date_source="byline 'By VOA News October 21, 2017' on the stored copy; 'Saturday' in the text",
         conflict="Jihadist insurgency in western Niger: attack on the gendarmerie at Ayorou (Tillaberi), October 2017; the Tongo Tongo ambush of 4 October 2017",
         text_complete=False,
         notes=("GlobalSecurity.org banner, title and byline removed. The crossheads 'Controversy in Washington' and "
                "'Better communication' are kept as body lines. The headline says 'At Least 12 Nigerien Troops'; the "
                "body says 'at least a dozen paramilitary police'. 'four U.S. Green Beret' (singular) kept. Only the "
                "first ~2,000 characters are stored; the text is cut at the last complete sentence. The voanews.com "
                "URL is not on the stored copy.")),
    dict(id="voa_2019_07_13_afghanistan_wardak_badghis",
         title="US Soldier Killed 'in Action,' Taliban Attack Afghan Police Base",
         url="https://www.voanews.com/a/south-central-asia_us-soldier-killed-action-taliban-attack-afghan-police-base/6171765.html",
         retrieved_from="https://www.voanews.com/a/south-central-asia_us-soldier-killed-action-taliban-attack-afghan-police-base/6171765.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2019-07-13",
         publication_date_source=("date line 'Updated July 13, 2019, 10:35 a.m.' on the stored copy; 'Saturday' in "
                                  "the text (13 July 2019 was a Saturday)"),
         conflict="War in Afghanistan: US soldier killed (Taliban claim a bomb in Sayedabad, Wardak) and attack on a police base in Qala-e-Naw, Badghis, July 2019",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title, the photo caption (given twice) and the date line "
                "removed. Curly quotation marks, 'road side bomb', 'in the Afghanistan', 'Afghans security forces' and "
                "'holding up' kept. The crosshead 'Suicide bombers' is kept as a body line. Only the first ~2,000 "
                "characters are stored; the text is cut at the last complete sentence (before 'The Taliban claimed "
                "respon...').")),
    dict(id="voa_2019_07_27_pakistan_north_waziristan_turbat",
         title="10 Pakistani Soldiers Killed in 2 Attacks",
         url="https://www.voanews.com/a/south-central-asia_10-pakistani-soldiers-killed-2-attacks/6172744.html",
         retrieved_from="https://www.voanews.com/a/south-central-asia_10-pakistani-soldiers-killed-2-attacks/6172744.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2019-07-27",
         publication_date_source=("date line 'Updated July 27, 2019, 11:35 a.m.' on the stored copy; 'Saturday' in "
                                  "the text (27 July 2019 was a Saturday)"),
         conflict="Militancy in Pakistan: cross-border fire on a patrol in North Waziristan and an attack near Turbat, Balochistan, July 2019",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title, the map caption ('North Waziristan, Pakistan', "
                "given twice) and the date line removed. The text's spelling 'North Wazirstan' kept.")),
    dict(id="dod_2021_08_13_afghanistan_kabul_airport_troops",
         title="Troops En Route to Afghanistan Aim to Help Remove Civilians, Pentagon Official Says",
         url="https://www.defense.gov/Explore/News/Article/Article/2730839/troops-en-route-to-afghanistan-aim-to-help-remove-civilians-pentagon-official-s/",
         retrieved_from="https://www.defense.gov/Explore/News/Article/Article/2730839/troops-en-route-to-afghanistan-aim-to-help-remove-civilians-pentagon-official-s/",
         original_url=None,
         outlet="DOD News (US Department of Defense, defense.gov)",
         license=PD_DOD,
         publication_date="2021-08-13",
         publication_date_source="date line 'Aug. 13, 2021 | BY Terri Moon Cronk , DOD News' on the stored copy",
         conflict="End of the war in Afghanistan: US troops sent to Hamid Karzai International Airport, Kabul, August 2021",
         text_complete=False,
         notes=("Site labels ('News', 'Defense News'), title, date line and byline, the video length ('37:55') and the "
                "photo block (caption, 'Download Image', 'Image Details', photo credit, VIRIN) removed. Bracketed "
                "insertions '[tactical]' and '[service members who are deploying]' kept. Only the first ~2,000 "
                "characters are stored; the text is cut at the last complete paragraph (before 'The brigade combat "
                "team from the 82nd Airborne Division ...').")),
    dict(id="dvids_2020_08_09_delaware_guard_kosovo_deployment",
         title="Delaware Army Guardsmen scheduled for Kosovo deployment",
         url="https://www.dvidshub.net/news/375584/delaware-army-guardsmen-scheduled-kosovo-deployment",
         retrieved_from="https://www.dvidshub.net/news/375584/delaware-army-guardsmen-scheduled-kosovo-deployment",
         original_url=None,
         outlet="DVIDS (Delaware National Guard news story)",
         license=PD_DVIDS,
         publication_date="2020-08-09",
         publication_date_source=("inferred: the stored copy's date field reads '2020-09-08', which the annotator "
                                  "takes as DVIDS's US-style '08.09.2020' (9 August 2020) read day-first: the text "
                                  "reports the ceremony 'Sunday, August 9' (9 August 2020 was a Sunday) and the "
                                  "departure 'later this month'. Same-day story"),
         conflict="NATO's Kosovo Force (KFOR): Delaware Army National Guard aviation companies deploying to Kosovo, August 2020",
         text_complete=False,
         notes=("The photo caption ('Photo By Capt. Bernie Kale | ... see less | View Image Page'), title and page "
                "furniture removed. The dateline 'NEW CASTLE, Del. \u2013 ' opens the first sentence and is kept (as in set "
                "(e)). Runs of blank lines reduced to one blank line; curly quotes kept. Only the first ~2,000 "
                "characters are stored; the text is cut at the last complete paragraph (before Governor Carney's "
                "quote, which breaks off). The title is taken from the URL slug.")),
]

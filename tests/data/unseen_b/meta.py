# -*- coding: utf-8 -*-
"""Per-article metadata (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_DOD = "Public domain (US Department of Defense work, 17 U.S.C. 105)"
PD_ARMY = "Public domain (US Army work, US federal government work, 17 U.S.C. 105)"
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="voa_2005_09_23_thailand_south_marines_killed",
         title="Situation Tense in Southern Thailand Following Renewed Violence",
         url="https://www.voanews.com/a/a-13-2005-09-23-voa11/397387.html",
         retrieved_from="https://www.voanews.com/a/a-13-2005-09-23-voa11/397387.html",
         original_url=None,
         outlet="Voice of America (VOA interview: Heda Bayron, Hong Kong, with reporter Ron Corben in southern Thailand)",
         license=PD_VOA,
         publication_date="2005-09-23",
         publication_date_source="date in the VOA URL (a-13-2005-09-23); 'here Friday' in the text = 23 Sept 2005",
         conflict="Malay-Muslim separatist insurgency in southern Thailand (2005)",
         text_complete=False,
         notes=("Interview transcript: the speaker labels 'CORBEN:' and 'BAYRON:' are part of the transcript and were kept; "
                "title and the reporter names above the text removed. The source's 'This was latest violence' kept. "
                "Stored copy exposes only the first ~2,000 characters; text cut at the last complete sentence.")),
    dict(id="voa_2009_09_29_pakistan_bannu_razmak_orakzai",
         title="Pakistan Violence Kills 24, Including 18 Militants",
         url="http://www.voabangla.com/a/a-16-2009-09-29-voa5-94451529/1398498.html",
         retrieved_from="http://www.voabangla.com/a/a-16-2009-09-29-voa5-94451529/1398498.html",
         original_url=None,
         outlet="Voice of America (VOA News; English story served on the voabangla.com domain)",
         license=PD_VOA,
         publication_date="2009-09-29",
         publication_date_source="date in the VOA URL (a-16-2009-09-29); 'Monday' in the text = 28 Sept 2009",
         conflict="Taliban insurgency in north-west Pakistan (Bannu; Razmak, North Waziristan; Orakzai), 2009",
         text_complete=True,
         notes=("Bengali page furniture ('অ্যাকসেসিবিলিটি লিংক') and the title removed. The headline's 24 dead "
                "(18 militants) = 5 + 1 + 12 + 6 in the body; the headline is not part of the text.")),
    dict(id="voa_2012_05_04_myanmar_kachin_clashes",
         title="Burmese State Media: Dozens of Rebels Dead in Clashes in Kachin State",
         url="http://www.voanews.com/content/burmese-state-media-dozens-of-rebels-dead-in-clashes-in-kachin-state-150138825/369902.html",
         retrieved_from="http://www.voanews.com/content/burmese-state-media-dozens-of-rebels-dead-in-clashes-in-kachin-state-150138825/369902.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA + "; VOA notes some information came from AFP",
         publication_date="2012-05-04",
         publication_date_source=("inferred: 'state media said Friday'; Ban Ki-moon's visit to Myanmar (30 April - 1 May 2012) "
                                  "was 'earlier this week'; 'the clashes began on April 27' and the toll covers 'the past week' "
                                  "-> Friday 4 May 2012"),
         conflict="Kachin conflict, Myanmar (fighting between the army and the Kachin Independence Army), 2012",
         text_complete=True,
         notes=("Page furniture, 'News' label, title, comment-forum text and an unrelated 'Feature Story' block after the body "
                "removed. VOA's closing 'Some information for this report was provided by AFP.' kept, as in the other sets. "
                "Headline 'Dozens of Rebels Dead' vs body '29 ethnic rebels'.")),
    dict(id="voa_2017_04_25_pakistan_kurram_roadside_bomb",
         title="Roadside Taliban Bomb Kills 14 in NW Pakistan",
         url="http://www.voanews.com/a/roadside-bomb-minivan-pakistan/3824424.html",
         retrieved_from="http://www.voanews.com/a/roadside-bomb-minivan-pakistan/3824424.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2017-04-25",
         publication_date_source=("inferred: the Kurram minibus bombing that the text calls 'Tuesday’s attack' took place on "
                                  "Tuesday 25 April 2017 (other outlets' reports of 25-26 April 2017); 'Hours after the deadly "
                                  "bombing' shows a same-day story"),
         conflict="Pakistani Taliban (Jamaat-ul-Ahrar) sectarian bombings in Kurram Agency, Pakistan (2017)",
         text_complete=False,
         notes=("Page furniture, title, the 'update' label, a photo caption ('FILE - Pakistani security officials ... March 31, "
                "2017', twice) and the subheading 'Karachi incident' removed. The source's mixed apostrophes (Shi’ite / Shi'ites) "
                "kept. Stored copy exposes only the first ~2,000 characters; text cut at the last complete sentence, before the "
                "'Karachi incident' section.")),
    dict(id="army_2017_04_27_afghanistan_bagram_3id_deployment",
         title="Fort Stewart to deploy about 200 soldiers to Afghanistan this summer",
         url="http://wsav.com/2017/04/27/fort-stewart-to-deploy-about-200-soldiers-to-afghanistan-this-summer/",
         retrieved_from="http://wsav.com/2017/04/27/fort-stewart-to-deploy-about-200-soldiers-to-afghanistan-this-summer/",
         original_url=None,
         outlet="US Army (Fort Stewart-Hunter Army Airfield Public Affairs Office release; reposted verbatim by WSAV-TV, wsav.com)",
         license=PD_ARMY,
         publication_date="2017-04-27",
         publication_date_source="date in the repost URL (2017/04/27) and 'announced today' in the release",
         conflict="War in Afghanistan (Operation Freedom's Sentinel / Resolute Support), 2017 US Army rotation to Bagram",
         text_complete=True,
         notes=("Title taken from the repost URL slug (the stored text starts with the release). The release's dateline with its "
                "credit in parentheses ('Fort Stewart (Fort Stewart-Hunter Army Airfield Public Affairs Office) –') kept as "
                "written, like the AFPS datelines in the other sets. The stored copy ends after the quote; no further text.")),
    dict(id="dod_2018_07_09_afghanistan_uruzgan_insider_attack",
         title="War in Afghanistan Claims Another American Military Life",
         url="https://historyguy.com/war-in-afghanistan-claims-another-american-military-life.html",
         retrieved_from="https://historyguy.com/war-in-afghanistan-claims-another-american-military-life.html",
         original_url=None,
         outlet="US Department of Defense (DoD News story; reposted verbatim by historyguy.com)",
         license=PD_DOD,
         publication_date="2018-07-09",
         publication_date_source="dateline in text (WASHINGTON, July 9, 2018)",
         conflict="War in Afghanistan (Operation Freedom's Sentinel): insider attack in Tarin Kowt, Uruzgan, July 2018",
         text_complete=False,
         notes=("The repost's own introduction ('A reminder to all ... Afghanistan is America’s longest-running war.') and title "
                "removed; the DoD story starts at the dateline. The DoD headline is not in the stored copy, so the repost's title is "
                "recorded. The stored copy uses single newlines between paragraphs; kept. The subheading 'Sailor Dies During "
                "Small-boat Ops' removed. Stored copy exposes only the first ~2,000 characters; text cut at the last complete sentence.")),
    dict(id="voa_2020_05_04_kashmir_indian_soldiers_killed",
         title="3 Indian Soldiers Killed in Renewed Kashmir Clashes",
         url="https://www.voanews.com/a/south-central-asia_3-indian-soldiers-killed-renewed-kashmir-clashes/6188740.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/south-central-asia_3-indian-soldiers-killed-renewed-kashmir-clashes/6188740.html",
         original_url=None,
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA + "; VOA News byline note: may contain information from wire service reports",
         publication_date="2020-05-04",
         publication_date_source=("inferred: 'On May 3, five Indian soldiers ... were killed' and the lede's 'a day after a gun battle "
                                  "in which five were killed' -> story of 4 May 2020 (consistent with the VOA story ID 6188740)"),
         conflict="Kashmir insurgency (India-administered Jammu and Kashmir), 2020",
         text_complete=True,
         notes=("Page furniture, title, the photo caption ('FILE - An Indian soldier patrols ... Aug. 14, 2019.', twice) and the "
                "'VOA News' byline box removed. Headline '3 Indian Soldiers' matches the body's 'Three'.")),
    dict(id="dod_2025_08_26_afghanistan_abbey_gate_anniversary",
         title="Department of Defense Honors Fallen Heroes on Fourth Anniversary of Abbey Gate Attack",
         url="https://www.defense.gov/News/Releases/Release/Article/4286113/department-of-defense-honors-fallen-heroes-on-fourth-anniversary-of-abbey-gate",
         retrieved_from="https://www.defense.gov/News/Releases/Release/Article/4286113/department-of-defense-honors-fallen-heroes-on-fourth-anniversary-of-abbey-gate",
         original_url=None,
         outlet="US Department of Defense (press release, defense.gov)",
         license=PD_DOD,
         publication_date="2025-08-26",
         publication_date_source=("inferred: the release marks 'the fourth anniversary of the terrorist attack at Abbey Gate on "
                                  "August 26, 2021' -> 26 Aug 2025; the release date is not in the stored text"),
         conflict="End of the War in Afghanistan: ISIS-K suicide bombing at Abbey Gate, Kabul airport (26 Aug 2021); 2025 anniversary release",
         text_complete=False,
         notes=("'.gov' banner, 'Immediate Release' label and title removed. Straight quotes as stored. A commemorative release, "
                "not a news report: the casualty figures are historical (2021). Stored copy exposes only the first ~2,000 "
                "characters; text cut at the last complete sentence (the end of the Secretary's quote).")),
]

# -*- coding: utf-8 -*-
"""Per-article metadata of set (g) (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_DOD = ("Public domain (DOD News article, US Department of Defense, US federal government work, 17 U.S.C. 105; "
          "stored copy on a US Air Force Reserve (433rd Airlift Wing) website)")
PD_DVIDS = ("Public domain (New Jersey National Guard photo caption distributed by DVIDS, US government work, "
            "17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="voa_2008_02_26_iraq_mosul_bus_baquba",
         title="9 Killed in Iraq Suicide Bombing",
         url="https://www.voanews.com/a/a-13-2008-02-26-voa10-66631172/556848.html",
         retrieved_from="https://www.voanews.com/a/a-13-2008-02-26-voa10-66631172/556848.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA + "; some information from AFP, AP and Reuters (stated in the text)",
         publication_date="2008-02-26",
         publication_date_source=("URL path 'a-13-2008-02-26'; matches 'Tuesday' in a same-day report "
                                  "(26 February 2008 was a Tuesday)"),
         conflict="Iraq war: suicide bombing of a bus near Mosul, kidnapping at a fake checkpoint near Baquba (Diyala), attacks on Arbaeen pilgrims, February 2008",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The story also covers a British "
                "freedom-of-information ruling on the Iraq war (no events). 'Shi'ite' and 'Baquba' as stored; VOA's "
                "closing credit sentence kept.")),
    dict(id="voa_2012_05_14_syria_rastan_al_tamana",
         title="Syrian Activists Say 23 Soldiers Killed in Fighting",
         url="https://blogs.voanews.com/breaking-news/2012/05/14/syrian-activists-say-23-soldiers-killed-in-fighting",
         retrieved_from="https://blogs.voanews.com/breaking-news/2012/05/14/syrian-activists-say-23-soldiers-killed-in-fighting",
         original_url=None,
         outlet="Voice of America (VOA Breaking News blog)",
         license=PD_VOA,
         publication_date="2012-05-14",
         publication_date_source=("URL path '2012/05/14' of the VOA breaking-news blog; matches 'Monday's fighting' "
                                  "(14 May 2012 was a Monday)"),
         conflict="Syrian civil war: rebel attack on troops at Rastan (Homs) and army raid on al-Tamana (Idlib), May 2012",
         text_complete=True,
         notes=("The stored copy has no title line; the title is taken from the URL slug. Paragraphs are separated by "
                "single newlines as stored. En dashes, curly quotes and the bracketed '[upon arrest]' kept.")),
    dict(id="voa_2013_06_10_afghanistan_kabul_airport_zabul",
         title="Seven Taliban Killed in Kabul Airport Attack",
         url="https://www.voanews.com/a/seven-taliban-killed-in-kabul-airport-attack/1678800.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/seven-taliban-killed-in-kabul-airport-attack/1678800.html",
         original_url="https://www.voanews.com/a/seven-taliban-killed-in-kabul-airport-attack/1678800.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA,
         publication_date="2013-06-10",
         publication_date_source=("inferred: no date on the stored page; 'Monday' in a same-day report of the Taliban "
                                  "raid on Kabul airport, which took place on Monday 10 June 2013 (annotator's "
                                  "knowledge); consistent with the VOA article number (1678800)"),
         conflict="War in Afghanistan: Taliban raid on Kabul airport, attack on the Zabul provincial council, killings in Kandahar and a Polish soldier killed near Ghazni, June 2013",
         text_complete=False,
         notes=("The stored preview copy has no title line (title from the URL slug) and, after the last paragraph "
                "('Most foreign combat troops are due to leave Afghanistan by the end of 2014.'), repeats paragraphs 2-8 "
                "word for word, then breaks off in mid-word. The repeat was dropped as a page-layout duplicate; the "
                "stored text ends before any credit line, so the article is marked incomplete to be safe. Single "
                "newlines between paragraphs as stored; the spaced hyphens in 'two boys - aged 10 and 16 -' kept.")),
    dict(id="voa_2014_07_05_nigeria_damboa_base",
         title="Nigeria: Dozens of Boko Haram Militants Killed",
         url="https://www.voanews.com/a/militants-attack-nigerian-military-base-/1951609.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/militants-attack-nigerian-military-base-/1951609.html",
         original_url="https://www.voanews.com/a/militants-attack-nigerian-military-base-/1951609.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA + "; some information from AFP and Reuters (stated in the text)",
         publication_date="2014-07-05",
         publication_date_source=("inferred: no date on the stored page; the removed photo caption shows a rally "
                                  "in Lagos 'July 5, 2014', the text reports 'the Friday night attack' (Friday 4 July 2014) and a news "
                                  "conference 'on Friday'; VOA article numbers 1930021 (5 June 2014) and 1962100 "
                                  "(21 July 2014) bracket 1951609 at about 5-6 July. Annotator's inference"),
         conflict="Boko Haram insurgency, Nigeria: attack on the army base at Damboa (Borno), July 2014; Chibok schoolgirls held since April 2014",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title, the photo caption (given twice) and the VOA News "
                "byline box ('16x9 Image VOA News ...') removed. The headline says 'Dozens' of militants; the body gives "
                "53. 'Damboa is Borno state' (missing 'in') and the closing credit sentence kept.")),
    dict(id="voa_2014_07_21_south_sudan_nassir",
         title="South Sudan Rebels Say 100 SPLA Soldiers Killed in New Clashes",
         url="https://voaafrica.com/a/south-sudan-rebels-spla-unrest-upper-nile-nassir/1962100.html",
         retrieved_from="https://voaafrica.com/a/south-sudan-rebels-spla-unrest-upper-nile-nassir/1962100.html",
         original_url=None,
         outlet="Voice of America (VOA Africa)",
         license=PD_VOA,
         publication_date="2014-07-21",
         publication_date_source=("inferred: no date on the stored page; 'said Monday' in a same-day report of the "
                                  "rebel attack on Nasir, which began on Sunday 20 July 2014 (rebels claimed the town "
                                  "on Monday 21 July 2014, annotator's knowledge); consistent with the VOA article "
                                  "number (1962100)"),
         conflict="South Sudanese civil war: SPLA-in-Opposition attack on Nasir (Upper Nile), July 2014",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption (given twice) removed. The "
                "crosshead 'UNMISS calls new unrest 'deplorable'' is kept as a line of the body. The quote opens with a "
                "curly and closes with a straight quotation mark, as stored. Only the first ~2,000 characters are "
                "stored; the text is cut at the last complete sentence (before 'The rebels denied that they started "
                "the fighting ...'). The text spells the town 'Nassir' (usually Nasir).")),
    dict(id="voa_2014_12_07_drc_north_kivu_beni",
         title="Suspected Rebel Attack in Congo Kills 12",
         url="https://www.voanews.com/a/suspected-rebel-attack-in-congo-kills-12/2549145.html",
         retrieved_from="https://www.voanews.com/a/suspected-rebel-attack-in-congo-kills-12/2549145.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2014-12-07",
         publication_date_source=("inferred: no date on the stored page; 'late Saturday' in a next-day report; VOA "
                                  "article numbers 2529456 (20 November 2014) and 2541207 (1 December 2014) put "
                                  "2549145 at about 7-8 December 2014, so the Saturday is 6 December 2014. Sunday "
                                  "7 December is the annotator's choice (Monday 8 December is possible); the event "
                                  "date (Saturday 6 December) is the same either way"),
         conflict="Insurgency in eastern DR Congo (ADF-NALU, Beni area, North Kivu): killings of villagers, December 2014",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title and the map caption ('DRC map, North Kivu "
                "province') removed.")),
    dict(id="voa_2019_05_16_yemen_sanaa_airstrikes",
         title="Saudi-Led Airstrikes Hit Yemen's Capital",
         url="https://www.voanews.com/a/saudi-led-airstrikes-hit-yemen-capital/4919804.html",
         retrieved_from="https://www.voanews.com/a/saudi-led-airstrikes-hit-yemen-capital/4919804.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2019-05-16",
         publication_date_source=("the removed photo caption is dated 'May 16, 2019' and the text says 'Thursday' "
                                  "(16 May 2019 was a Thursday): same-day report"),
         conflict="Yemeni civil war: Saudi-led coalition airstrikes on Sanaa, May 2019",
         text_complete=True,
         notes="'Accessibility links', 'Breaking News', the title and the photo caption removed."),
    dict(id="voa_2020_03_09_iraq_us_service_members",
         title="2 US Service Members Killed in Iraq",
         url="https://www.voanews.com/usa/2-us-service-members-killed-iraq",
         retrieved_from="https://www.voanews.com/usa/2-us-service-members-killed-iraq",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2020-03-09",
         publication_date_source="date line 'March 09, 2020 11:53 AM' on the stored copy; 'Monday' in the text",
         conflict="US-led coalition against Islamic State in Iraq (Operation Inherent Resolve): two US soldiers killed, March 2020",
         text_complete=True,
         notes=("Section label 'USA', title, byline 'By VOA News' and the date line removed. The stored text has "
                "'(CJTF- OIR)' and two spaces after the em dash; kept.")),
    dict(id="dod_2022_03_07_europe_500_more_troops",
         title="Defense Secretary Calls Up More Troops to Europe",
         url="https://www.433aw.afrc.af.mil/News/Article-Display/Article/2958720/defense-secretary-calls-up-more-troops-to-europe/",
         retrieved_from="https://www.433aw.afrc.af.mil/News/Article-Display/Article/2958720/defense-secretary-calls-up-more-troops-to-europe/",
         original_url=None,
         outlet="DOD News (US Department of Defense; copy on the 433rd Airlift Wing website, af.mil)",
         license=PD_DOD,
         publication_date="2022-03-07",
         publication_date_source=("inferred: the stored copy shows 'Published' without a date; 'John F. Kirby said "
                                  "today' reports Kirby's Pentagon briefing of Monday 7 March 2022 (a verbatim repost "
                                  "on eurasiareview.com, dated 8 March 2022, says 'said Monday')"),
         conflict="Russian invasion of Ukraine: US reinforcement of NATO's eastern flank (Greece, Poland, Romania, Germany), March 2022",
         text_complete=False,
         notes=("Title, 'Published', byline 'By Terri Moon Cronk' and 'DOD News' removed. The stored copy ends in "
                "mid-sentence ('... the additional 7,000 [service members] that there would be associated'); the text "
                "is cut after the last complete sentence. The stored copy has trailing spaces and triple line breaks "
                "between paragraphs; paragraphs are normalized to one blank line (no sentence changed). The source's "
                "'Fairfield Air Force Base' (for Fairchild), '[ Washington]' and 'deploy to Poland into Romania' kept. "
                "The DOD News original is on defense.gov (URL not confirmed from the stored copy); a verbatim repost "
                "exists at https://www.eurasiareview.com/08032022-us-defense-secretary-calls-up-more-troops-to-europe/ "
                "(not used).")),
    dict(id="dvids_2024_01_25_new_jersey_44th_ibct_deployment",
         title="44th IBCT ADVON departs Fort Bliss Texas",
         url="https://www.dvidshub.net/image/8214479/44th-ibct-advon-departs-fort-bliss-texas",
         retrieved_from="https://www.dvidshub.net/image/8214479/44th-ibct-advon-departs-fort-bliss-texas",
         original_url=None,
         outlet="DVIDS (New Jersey National Guard image release, caption text)",
         license=PD_DVIDS,
         publication_date="2024-01-25",
         publication_date_source=("inferred: the stored page gives no publication date; the caption dates the "
                                  "departure 'Jan. 25, 2024' (published on or soon after that day)"),
         conflict="US-led coalition against Islamic State (Operation Inherent Resolve): New Jersey Army National Guard brigade deploying to Southwest Asia, January 2024",
         text_complete=True,
         notes=("The text is the caption of a DVIDS image release (the page's only text); the credit line '(New Jersey "
                "National Guard photo by Mark C. Olsen)' removed. The title is taken from the URL slug (the stored copy "
                "has no title line); the caption itself says the soldiers depart from Joint Base McGuire-Dix-Lakehurst "
                "for Fort Bliss.")),
]

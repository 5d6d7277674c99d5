# -*- coding: utf-8 -*-
"""Per-article metadata of set (i) (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_VOA_ED = ("Public domain (VOA editorial, 'reflecting the views of the United States Government', produced by "
             "VOA, US federal government work; VOA terms: content produced by VOA is in the public domain)")
PD_STATE = ("Public domain (US Department of State press statement, US federal government work, 17 U.S.C. 105)")
PD_DOD = ("Public domain (US Department of Defense news release, US federal government work, 17 U.S.C. 105)")
PD_DVIDS = ("Public domain (New York National Guard news story distributed by DVIDS, US government work, "
            "17 U.S.C. 105; DVIDS marks such stories 'PUBLIC DOMAIN')")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="dod_2013_06_07_afghanistan_10th_mountain_rotation",
         title="DOD Identifies Units for Upcoming Afghanistan Rotation",
         url="http://content.govdelivery.com/accounts/USDOD/bulletins/7e6fe7?reqfrom=share",
         retrieved_from="http://content.govdelivery.com/accounts/USDOD/bulletins/7e6fe7?reqfrom=share",
         original_url=None,
         outlet="US Department of Defense (news release, distributed by the DoD's GovDelivery e-mail bulletin)",
         license=PD_DOD,
         publication_date="2013-06-07",
         publication_date_source="date line of the bulletin ('June 07, 2013')",
         conflict="War in Afghanistan: announced summer 2013 rotation of an infantry brigade combat team (10th Mountain Division)",
         text_complete=False,
         notes=("The GovDelivery subscription lines ('You are subscribed to News Releases for U.S. Department of "
                "Defense.', 'This information has recently been updated, and is now available.'), the date line and "
                "the title (given twice) removed. Leading indentation and a trailing space removed; the double space "
                "after 'Afghanistan.' kept. The last sentence of the stored copy (a press contact with a telephone "
                "number and an e-mail address) breaks off where the address is missing; it was dropped, so the text "
                "is marked incomplete. The release is the DoD's own (public domain); the stored copy is the DoD's "
                "bulletin page on govdelivery.com.")),
    dict(id="voa_2013_07_24_drc_kavodo_helicopter_strike",
         title="Children Killed in Congo Helicopter Strike, Rebel Say",
         url="https://www.voanews.com/a/children-killed-in-congo-helicopter-strike-rebel-say/1709017.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/children-killed-in-congo-helicopter-strike-rebel-say/1709017.html",
         original_url="https://www.voanews.com/a/children-killed-in-congo-helicopter-strike-rebel-say/1709017.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA + "; one figure attributed in the text to 'The French News Agency' (AFP)",
         publication_date="2013-07-24",
         publication_date_source=("inferred: no date on the stored page. The text reports the army's 'Wednesday's "
                                  "military strikes' near Rumangabo, the State Department's call on Rwanda 'On "
                                  "Tuesday' (spokeswoman Jen Psaki; the annotator dates that statement to Tuesday "
                                  "23 July 2013) and unrest that 'erupted almost two weeks ago' (the M23-army "
                                  "fighting north of Goma resumed on 14 July 2013); the VOA content number (1709017) "
                                  "lies after that of a VOA story of 15 July 2013 (1702137). Publication taken as "
                                  "Wednesday 24 July 2013; uncertain"),
         conflict="M23 rebellion in North Kivu (DR Congo): army helicopter strikes near Rumangabo and the rebels' claims, July 2013",
         text_complete=False,
         notes=("The title is taken from the URL slug (the stored preview copy shows no title). The dateline 'GOMA, "
                "DEMOCRATIC REPUBLIC OF CONGO \u2014' stands on its own line in the stored copy and is kept there. "
                "Paragraphs are separated by single newlines as stored. Only the first ~2,000 characters are "
                "stored; the text is cut at the last complete sentence (before 'The United Nations, rights groups "
                "and other western nations have long asserted ...', which breaks off).")),
    dict(id="voa_2013_10_30_mali_tessalit_editorial",
         title="Mali Security Situation Remains Fragile",
         url="https://editorials.voa.gov/a/mali-security-remain-fragile/1780209.html",
         retrieved_from="https://editorials.voa.gov/a/mali-security-remain-fragile/1780209.html",
         original_url=None,
         outlet="Voice of America (VOA Editorials)",
         license=PD_VOA_ED,
         publication_date="2013-10-30",
         publication_date_source=("date '10/30/2013' on a stored copy of the same editorial (testbig.com/voa, found "
                                  "with a title query); the editorials.voa.gov copy shows no date. The Tessalit "
                                  "attack it reports took place on 23 October 2013 (annotator's knowledge; the text "
                                  "says only 'recently')"),
         conflict="Jihadist insurgency in northern Mali: suicide attack on MINUSMA's Chadian contingent at Tessalit, October 2013",
         text_complete=True,
         notes=("VOA editorial (the US government's view, broadcast by VOA); opinion text in the editorial 'we' voice. "
                "Title taken from the dated copy ('Mali Security Situation Remains Fragile'); the URL slug reads "
                "'mali-security-remain-fragile'. Paragraphs separated by single newlines as stored. The spelling "
                "'Mulitdimensional' is kept.")),
    dict(id="voa_2013_11_15_nigeria_borno_nine_militants",
         title="Nigerian Army Says It Killed 9 Militants",
         url="https://www.voanews.com/a/nigerian-army-says-it-killed-9-militants/1791111.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/nigerian-army-says-it-killed-9-militants/1791111.html",
         original_url="https://www.voanews.com/a/nigerian-army-says-it-killed-9-militants/1791111.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA,
         publication_date="2013-11-15",
         publication_date_source=("inferred: no date on the stored page. The VOA content number (1791111) lies "
                                  "between that of the VOA editorial of 30 October 2013 (1780209) and that of a VOA "
                                  "story of 22 December 2013 (1815787), about two weeks after the first; the text "
                                  "refers to the offensive 'ordered by ... Jonathan in May' (May 2013) and to "
                                  "fighting on 'Thursday'; a wire report of the same clash (nine Boko Haram "
                                  "killed, one soldier wounded, Damboa area, 'late Thursday', army statement issued "
                                  "'on Friday') fits. Publication taken as Friday 15 November 2013; uncertain (the "
                                  "event day is 'Thursday' of the publication week either way)"),
         conflict="Boko Haram insurgency in Borno State, Nigeria: clash south of Maiduguri, November 2013 (annotator's dating)",
         text_complete=True,
         notes=("The title is taken from the URL slug. The stored preview copy repeats paragraphs 2-7 word for word "
                "after the last paragraph; the repeat was dropped as a layout duplicate (the first copy is whole). "
                "Paragraphs separated by single newlines as stored.")),
    dict(id="voa_2013_12_22_south_sudan_bor_us_troops",
         title="South Sudan Vows to Retake Towns from Rebels",
         url="http://www.voanews.com/a/south-sudan-vows-to-retake-towns-from-rebels/1815787.html",
         retrieved_from="http://www.voanews.com/a/south-sudan-vows-to-retake-towns-from-rebels/1815787.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2013-12-22",
         publication_date_source=("inferred: no date on the stored page. The text reports the shooting at a US "
                                  "aircraft at Bor 'on Saturday' (21 December 2013, annotator's knowledge), President "
                                  "Obama's letter to congressional leaders 'Sunday' and Ban Ki-moon's call 'Sunday'; "
                                  "the VOA content number (1815787) lies just after that of a VOA story of 20 December "
                                  "2013 (1814741). Publication taken as Sunday 22 December 2013 (a same-day report); "
                                  "'Clashes began eight days ago' would point to the 23rd, so a day's uncertainty "
                                  "remains (weekday dates resolve the same either way)"),
         conflict="South Sudanese civil war: rebel-held Bor and Bentiu, US evacuation from Bor and US troop deployments, December 2013",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title and the trailing text-size buttons ('XS SM') "
                "removed. Runs of blank lines reduced to one blank line. Straight quotation marks as stored.")),
    dict(id="voa_2014_04_23_poland_baltics_paratroopers",
         title="US Army Paratroopers Deploy to Poland, Baltics",
         url="http://www.voanews.com/content/us-army-paratroopers-deploy-to-poland-baltics/1899141.html",
         retrieved_from="http://www.voanews.com/content/us-army-paratroopers-deploy-to-poland-baltics/1899141.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2014-04-23",
         publication_date_source=("inferred: no date on the stored page. Pentagon press secretary John Kirby "
                                  "announced the exercises on Tuesday 22 April 2014 and the first company arrived in "
                                  "Poland on Wednesday 23 April 2014 (annotator's knowledge); the text says the "
                                  "paratroopers 'begin joint exercises ... Wednesday in Poland' (present tense). "
                                  "Publication taken as Wednesday 23 April 2014; it may be the evening of the 22nd"),
         conflict="Russia-Ukraine crisis 2014: US Army paratroopers (173rd Airborne) sent to Poland and the Baltic states, April 2014",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption ('FILE - U.S. soldiers of the "
                "1st Squadron, ...', given twice) removed. Curly and straight quotation marks as stored. Only the "
                "first ~2,000 characters are stored; the text is cut at the last complete paragraph (before a Kirby "
                "quote that breaks off).")),
    dict(id="voa_2014_06_05_yemen_shabwa_checkpoint",
         title="Yemeni Soldiers Killed in Attack",
         url="https://www.voanews.com/a/yemeni-soldiers-killed-in-attack/1929962.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/yemeni-soldiers-killed-in-attack/1929962.html",
         original_url="https://www.voanews.com/a/yemeni-soldiers-killed-in-attack/1929962.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA,
         publication_date="2014-06-05",
         publication_date_source=("inferred: no date on the stored page. The checkpoint attack in Shabwa province and "
                                  "the army spokesman's news conference (500 militants, 40 soldiers since April) both "
                                  "took place on Thursday 5 June 2014 (dated reports of the same events found with a "
                                  "content query); the text reports both as 'Thursday'. Same-day story"),
         conflict="AQAP insurgency in Yemen: checkpoint attack in Shabwa, army offensive since April and a drone strike in Marib, June 2014",
         text_complete=True,
         notes=("The title is taken from the URL slug. The stored preview copy repeats paragraphs 2-7 word for word "
                "after the last paragraph; the repeat was dropped as a layout duplicate (the first copy is whole). "
                "Paragraphs separated by single newlines as stored.")),
    dict(id="state_2014_09_02_mali_minusma_chadian_peacekeepers",
         title="Attack on MINUSMA",
         url="http://www.einpresswire.com/article/221685070/africa-attack-on-minusma",
         retrieved_from="http://www.einpresswire.com/article/221685070/africa-attack-on-minusma",
         original_url=None,
         outlet="US Department of State (press statement; verbatim repost by EIN Presswire, 'Source: Department of State')",
         license=PD_STATE,
         publication_date="2014-09-02",
         publication_date_source="date line of the repost ('September 02, 2014'); the statement speaks of 'today's attack'",
         conflict="Jihadist insurgency in northern Mali: attack on MINUSMA's Chadian contingent, September 2014",
         text_complete=True,
         notes=("A Department of State press statement (spokesperson Jen Psaki, as other copies say) reposted verbatim "
                "by EIN Presswire; the publisher's URL on state.gov is not on the stored copy. The repost's header "
                "('There were 1,573 press releases posted ...'), the title 'Africa: Attack on MINUSMA' (the repost "
                "prefixes 'Africa: '), the date line '/EINPresswire.com/ --', the legal disclaimer and 'Source: "
                "Department of State' removed. Curly apostrophe as stored.")),
    dict(id="voa_2015_01_05_mali_nampala_raid",
         title="Militants Stage Deadly Raid in Central Mali",
         url="https://voanews.com/a/militants-stage-deadly-raid-in-central-mali/2586072.html",
         retrieved_from="https://voanews.com/a/militants-stage-deadly-raid-in-central-mali/2586072.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA + "; some information from Reuters (stated in the text)",
         publication_date="2015-01-05",
         publication_date_source=("inferred: no date on the stored page; the text reports the attack on Nampala "
                                  "'before dawn Monday', which took place on Monday 5 January 2015 (annotator's "
                                  "knowledge). Same-day story"),
         conflict="Jihadist insurgency in central Mali: attack on Nampala, January 2015",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title, the 'update' label, an unrelated photo caption "
                "(in French, given twice) and the VOA byline box ('16x9 Image VOA News ...') and text-size buttons "
                "removed. VOA's closing credit sentence kept. Curly apostrophes as stored.")),
    dict(id="voa_2015_01_09_ukraine_shelling_government_troops",
         title="Eastern Ukraine Shelling Kills Government Troops",
         url="https://www.globalsecurity.org/wmd/library/news/ukraine/2015/ukraine-150109-voa01.htm",
         retrieved_from="https://www.globalsecurity.org/wmd/library/news/ukraine/2015/ukraine-150109-voa01.htm",
         original_url=None,
         outlet="Voice of America (VOA News; archived by GlobalSecurity.org)",
         license=PD_VOA,
         publication_date="2015-01-09",
         publication_date_source="byline of the archived copy ('by VOA News January 09, 2015'); 9 January 2015 was a Friday, matching 'said Friday'",
         conflict="War in Donbas, eastern Ukraine: shelling of government troops and of Donetsk city, January 2015",
         text_complete=False,
         notes=("The title and byline line removed. Paragraphs separated by single newlines as stored; straight "
                "single quotation marks and the en dash as stored; the source error 'four its soldiers' kept. Only "
                "the first ~2,000 characters are stored; the text is cut at the last complete sentence (before "
                "'Latvian Foreign Minister Edgars Rinkevics sai...').")),
    dict(id="state_2016_06_06_niger_bosso_boko_haram",
         title="Boko Haram Attacks in Bosso, Niger",
         url="https://www.info-communication.com/en/m.php?m=blg_blogsentries&blgent=101102655",
         retrieved_from="https://www.info-communication.com/en/m.php?m=blg_blogsentries&blgent=101102655",
         original_url=None,
         outlet="US Department of State (press statement; verbatim repost, 'Distributed by APO (African Press Organization) on behalf of U.S. Department of State')",
         license=PD_STATE,
         publication_date="2016-06-06",
         publication_date_source="date line of the statement ('June 6, 2016')",
         conflict="Boko Haram insurgency in the Lake Chad Basin: attack on the military outpost at Bosso, Diffa region, Niger, June 2016",
         text_complete=True,
         notes=("A Department of State press statement (Elizabeth Trudeau, Director, Office of Press Relations) reposted "
                "verbatim by info-communication.com from the APO distribution; the state.gov URL is not on the stored "
                "copy. The site header ('We inform, we communicate'), the title, the 'Press Statement' label, the "
                "name, office, place and date lines, the APO distribution line and the site's copyright line "
                "removed. Straight apostrophes as stored.")),
    dict(id="dvids_2025_01_03_new_york_guard_horn_of_africa",
         title="New York Army Guard engineers heading to Horn of Africa",
         url="https://www.dvidshub.net/news/488699/new-york-army-guard-engineers-heading-horn-africa",
         retrieved_from="https://www.dvidshub.net/news/488699/new-york-army-guard-engineers-heading-horn-africa",
         original_url=None,
         outlet="DVIDS (New York National Guard news story)",
         license=PD_DVIDS,
         publication_date="2025-01-03",
         publication_date_source=("date field of the stored copy ('2025-01-03'); the ceremony it reports took place on "
                                  "'Thursday, January 2' (2 January 2025 was a Thursday)"),
         conflict="US military presence in the Horn of Africa (CJTF-HOA, Camp Lemonnier, Djibouti): New York Army National Guard engineer company deploying, January 2025",
         text_complete=False,
         notes=("The photo caption ('Photo By Capt. Jason Carr | ... see less | View Image Page') and the title removed. "
                "Runs of blank lines reduced to one blank line. The dateline 'BUFFALO, New York\u2014' opens the first "
                "sentence and is kept (as in sets (e) and (h)); '152 nd', 'other military training area' and 'the "
                "company command' kept as stored. Only the first ~2,000 characters are stored; the text is cut at the "
                "last complete paragraph (before 'For many of ...'). The title is taken from the URL slug. The same "
                "story was also published on nationalguard.mil (6 January 2025); the DVIDS copy is used.")),
]

# -*- coding: utf-8 -*-
"""Per-article metadata of set (j) (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_AF = ("Public domain (US Air Force news article, af.mil, US federal government work, 17 U.S.C. 105)")
PD_AFPS = ("Public domain (American Forces Press Service article of the US Department of Defense, compiled from "
           "ISAF Joint Command news releases; US federal government work, 17 U.S.C. 105)")
PD_DOD = ("Public domain (US Department of Defense press operations release, republished on the 12th Air Force "
          "website; US federal government work, 17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="voa_2002_03_15_afghanistan_shah_e_kot_harpoon",
         title="Rumsfeld : Still Don't Know How Many Enemy Dead in Operation Anaconda - 2002-03-15",
         url="https://www.darivoa.com/a/a-48-a-2002-03-15-1-1-94055824/1420276.html",
         retrieved_from="https://www.darivoa.com/a/a-48-a-2002-03-15-1-1-94055824/1420276.html",
         original_url=None,
         outlet="Voice of America (VOA News; English item stored on VOA's Dari service site darivoa.com)",
         license=PD_VOA,
         publication_date="2002-03-15",
         publication_date_source="date in the title suffix and the URL (a-48-a-2002-03-15)",
         conflict="War in Afghanistan: end of Operation Anaconda and start of Operation Harpoon in the Shah-e-Kot valley, Paktia, March 2002",
         text_complete=True,
         notes=("The stored page (on darivoa.com, VOA's Dari site, which keeps some English VOA News items) shows "
                "'Accessibility links' in Dari, 'Breaking News', the title and the text-size buttons ('XS SM MD "
                "LG'); removed. The spelling 'U-S' and the unbalanced quotation mark in 'code-named \"Operation "
                "Harpoon.' are kept as stored. The whole item is stored (it ends with the text-size buttons), so "
                "the text is complete.")),
    dict(id="voa_2004_05_11_gaza_zeitoun_armored_car",
         title="6 Israeli Soldiers Reported Killed in Gaza Explosion - 2004-05-11",
         url="https://www.voanews.com/a/a-13-a-2004-05-11-3-1/292426.html",
         retrieved_from="https://www.voanews.com/a/a-13-a-2004-05-11-3-1/292426.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2004-05-11",
         publication_date_source="date in the title suffix and the URL (a-13-a-2004-05-11); 'Tuesday' in the text fits",
         conflict="Israeli-Palestinian conflict: Israeli raid into Gaza City (Zeitoun), armored vehicle destroyed by a bomb, May 2004",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The item ends with its sixth "
                "paragraph; text complete. 'During Tuesday pre-dawn raid' (missing article) kept as stored.")),
    dict(id="voa_2004_08_21_iraq_hilla_baghdad",
         title="US, Polish Soldiers Attacked in Iraq - 2004-08-21",
         url="https://www.voanews.com/a/a-13-a-2004-08-21-3-us-66357802/546004.html",
         retrieved_from="https://www.voanews.com/a/a-13-a-2004-08-21-3-us-66357802/546004.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2004-08-21",
         publication_date_source="date in the title suffix and the URL (a-13-a-2004-08-21); 'Saturday' in the text fits",
         conflict="Iraq war: attacks on the Polish-led multinational division near Hilla and on US troops in Baghdad, August 2004",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News' and the title removed. Text complete. The comma in 'an "
                "Islamist website used by militant groups in Iraq, has posted' is kept.")),
    dict(id="voa_2004_11_06_ivory_coast_bouake_air_raid",
         title="French Troops in Ivory Coast Retaliate",
         url="https://terroristmedia.com/nukem/forum/viewtopic.php?f=5&t=190&view=print",
         retrieved_from="https://terroristmedia.com/nukem/forum/viewtopic.php?f=5&t=190&view=print",
         original_url=None,
         outlet="Voice of America (report by VOA's Nico Colombant from Abidjan; verbatim repost in a web forum)",
         license=PD_VOA + "; the stored copy is a verbatim forum repost (the voanews.com URL is not in the stored copy)",
         publication_date="2004-11-06",
         publication_date_source=("inferred: the forum post is dated 'Fri Nov 12, 2004 7:47 pm'; the report "
                                  "describes the Ivorian air raid on the French base at Bouake 'Saturday' and the "
                                  "French destruction of the two Sukhoi planes 'Shortly after' (Saturday 6 November "
                                  "2004, annotator's knowledge) as same-day news. Publication taken as Saturday 6 "
                                  "November 2004 (VOA same-day report); weekday dates resolve the same for any "
                                  "publication day up to Friday 12 November"),
         conflict="Ivorian civil war: Ivorian air raids on the rebel north and the bombing of the French peacekeepers' base at Bouake, November 2004",
         text_complete=False,
         notes=("Verbatim repost of a VOA report in a forum thread ('Posted: Fri Nov 12, 2004 7:47 pm'); the thread "
                "title (the VOA title) and the posting line removed. Paragraphs separated by single newlines as "
                "stored. Only the first ~2,000 characters are stored; the text is cut at the last complete "
                "sentence (before 'Fighting in the former French colony had stopped last year, but the warring "
                "sides have failed to implement a series of peace', which breaks off). The voanews.com URL of the "
                "report is not recorded in the stored copy.")),
    dict(id="voa_2006_05_30_gaza_west_bank_raids",
         title="Israeli Troops Enter Gaza, Raid West Bank, 7 Palestinians Killed",
         url="https://www.voanews.com/a/a-13-2006-05-30-voa19/325047.html",
         retrieved_from="https://www.voanews.com/a/a-13-2006-05-30-voa19/325047.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2006-05-30",
         publication_date_source="date in the URL (a-13-2006-05-30); the text has no weekday",
         conflict="Israeli-Palestinian conflict: first major Israeli operation in Gaza after the 2005 disengagement, and West Bank raids, May 2006",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The source error 'the Kassam rocket "
                "fir,' is kept. Only the first ~2,000 characters are stored; the text is cut at the last complete "
                "sentence (before 'Hamas refuses to recognize Israel, and Israeli officials say because of that "
                "the Hamas', which breaks off).")),
    dict(id="af_2008_07_03_colombia_hostage_rescue",
         title="3 contractors rescued in Colombia, return to U.S.",
         url="https://www.af.mil/News/Article-Display/Article/123095/3-contractors-rescued-in-colombia-return-to-us",
         retrieved_from="https://www.af.mil/News/Article-Display/Article/123095/3-contractors-rescued-in-colombia-return-to-us",
         original_url=None,
         outlet="US Air Force (af.mil news article)",
         license=PD_AF,
         publication_date="2008-07-03",
         publication_date_source=("inferred: the stored page shows 'Published' without a date. The text reports the "
                                  "rescue and the return to the US on 'July 2' (the C-17 landed 'shortly before "
                                  "midnight'); publication taken as 3 July 2008, the day after (it may be late on 2 "
                                  "July). All dates in the text are explicit, so nothing else depends on this"),
         conflict="Colombian armed conflict: Operation Jaque, the rescue of 15 FARC hostages including three US contractors, July 2008",
         text_complete=True,
         notes=("'Published' line, title, and the trailing comment prompts ('Comment on this story (comments may be "
                "published on Air Force Link)', 'View the comments/letters page') removed; a trailing space after "
                "'at the time.' removed. The source error 'its crews is' is kept. Text complete.")),
    dict(id="voa_2008_09_15_somalia_ugandan_peacekeepers",
         title="Two Ugandan Peacekeepers Killed in Somalia",
         url="https://www.voanews.com/a/a-13-2008-09-15-voa51/400520.html",
         retrieved_from="https://www.voanews.com/a/a-13-2008-09-15-voa51/400520.html",
         original_url=None,
         outlet="Voice of America (VOA News; report by VOA correspondent Alisha Ryu, Nairobi)",
         license=PD_VOA,
         publication_date="2008-09-15",
         publication_date_source="date in the URL (a-13-2008-09-15); 'This morning, Monday' in the quoted spokesman fits",
         conflict="Somali insurgency: al-Shabab attacks on Ugandan AMISOM peacekeepers in Mogadishu, September 2008",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News' and the title (with two trailing spaces) removed. Straight "
                "quotation marks as stored. Only the first ~2,000 characters are stored; the text is cut at the "
                "last complete paragraph (before 'Last month, Shabab spokesman Sheikh Muktar Rowbow warned ...', "
                "which breaks off).")),
    dict(id="afps_2010_12_02_afghanistan_wardak_helmand",
         title="Afghan, Coalition Forces Detain Taliban Leader",
         url="https://military-veteran.com/newsart/afps/art/124",
         retrieved_from="https://military-veteran.com/newsart/afps/art/124",
         original_url=None,
         outlet="American Forces Press Service (US Department of Defense; verbatim repost on military-veteran.com)",
         license=PD_AFPS,
         publication_date="2010-12-02",
         publication_date_source="dateline ('WASHINGTON, Dec. 2, 2010')",
         conflict="War in Afghanistan: Afghan-coalition operations in Wardak, Helmand, Ghazni, Uruzgan and Kandahar, 1 December 2010",
         text_complete=False,
         notes=("Verbatim repost of an AFPS article; the title and the credit line ('Compiled from International "
                "Security Assistance Force Joint Command News Releases') removed, as in the extra set's "
                "afps_2010_12_14 from the same site. The source's 'southern Afghanistan's Helmand and Ghazni "
                "provinces' and 'Taliban leadership in region' are kept. Only the first ~2,000 characters are "
                "stored; the text is cut at the last complete sentence (before 'Troops also found a weapons cache "
                "o', which breaks off). The defense.gov URL of the article is not in the stored copy.")),
    dict(id="voa_2012_08_12_nigeria_maiduguri_shootout",
         title="Nigerian Troops Kill 20 Suspected Boko Haram Militants",
         url="https://newsbuzzrealtime.blogspot.com/2012/08/africa-voice-of-america-nigerian-troops.html",
         retrieved_from="https://newsbuzzrealtime.blogspot.com/2012/08/africa-voice-of-america-nigerian-troops.html",
         original_url=None,
         outlet="Voice of America (VOA Africa news feed item; verbatim blog repost of the feed e-mail)",
         license=PD_VOA + "; the stored copy is a blog repost of VOA's 'Africa - Voice of America' feed",
         publication_date="2012-08-12",
         publication_date_source="date of the feed item ('Aug 12th 2012, 19:47') and of the blog post (Sunday, August 12, 2012)",
         conflict="Boko Haram insurgency: security forces' raid on a Boko Haram meeting in Maiduguri, Borno, August 2012",
         text_complete=False,
         notes=("The blog reposts VOA's Africa feed item: the blog date, the heading 'Africa - Voice of America: "
                "...', the feed labels ('Africa - Voice of America', 'africa'), the title, the feed time stamp and "
                "the blogtrottr subscription lines removed. The double spaces between sentences are kept as "
                "stored. The feed item itself is a truncated teaser ('... when the security troops ...'); the text "
                "is cut at the last complete sentence.")),
    dict(id="voa_2014_10_10_car_bangui_peacekeeper",
         title="Peacekeeper Killed in Renewed CAR Clashes",
         url="https://www.voanews.com/a/peacekeeper-killed-in-renewed-car-clashes/2479516.html",
         retrieved_from="https://www.voanews.com/a/peacekeeper-killed-in-renewed-car-clashes/2479516.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2014-10-10",
         publication_date_source=("inferred: no date on the stored page. The text reports clashes that began "
                                  "'Tuesday', a UN peacekeeper killed in Bangui 'on Thursday' (the first MINUSCA "
                                  "fatality in Bangui, 9 October 2014, annotator's knowledge) and the UN takeover of "
                                  "the mission 'Last month' (15 September 2014); the VOA content number (2479516) "
                                  "lies between those of VOA stories of 5 October 2014 (2473180) and 7 November 2014 "
                                  "(2512484), about five days after the first. Publication taken as Friday 10 "
                                  "October 2014 ('by the end of the week'); uncertain by a day"),
         conflict="Central African Republic conflict: Seleka and anti-balaka clashes in Bangui and the first attack on a MINUSCA convoy there, October 2014",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption ('FILE - United Nations "
                "peacekeeping troops take part in a ceremony ...') removed. The stored copy keeps the body as raw "
                "HTML paragraphs (<p>...</p>) with character entities; the tags were removed, paragraphs separated "
                "by a blank line, and the entities written as the characters they stand for (&rsquo; as U+2019, "
                "&ldquo; as U+201C); the straight closing quotation mark after 'other places,' is kept as stored. "
                "Only the first ~2,000 characters are stored; the text is cut at the last complete sentence (before "
                "'This is the most serious test the U.N. mission has had to face in the CAR, says Mukosa, but "
                "keeping the peace has not been e', which breaks off).")),
    dict(id="dod_2016_07_11_iraq_560_troops_qayyarah",
         title="Carter announces 560 US troops to deploy to Iraq",
         url="https://www.12af.acc.af.mil/News/Article-Display/Article/837732/carter-announces-560-us-troops-to-deploy-to-iraq/",
         retrieved_from="https://www.12af.acc.af.mil/News/Article-Display/Article/837732/carter-announces-560-us-troops-to-deploy-to-iraq/",
         original_url=None,
         outlet="US Department of Defense (Press Operations release, republished by 12th Air Force)",
         license=PD_DOD,
         publication_date="2016-07-11",
         publication_date_source=("inferred: the stored page shows 'Published' without a date. The release reports "
                                  "Carter's meetings 'in Baghdad on July 11' (Monday 11 July 2016) as the news of the "
                                  "day; publication taken as 11 July 2016 (it may be 12 July)"),
         conflict="War against ISIL in Iraq: US troop increase for the Mosul offensive after the recapture of Qayyarah West airfield, July 2016",
         text_complete=False,
         notes=("The .mil site banner ('An official website of the United States government ...'), the 'Published' "
                "line, the byline ('By Department of Defense Press Operations') and the title removed. Straight "
                "quotation marks as stored. Only the first ~2,000 characters are stored; the text is cut at the "
                "last complete paragraph (before 'President Obama approved the additional forces on Carter's "
                "recommendatio', which breaks off).")),
    dict(id="voa_2018_11_30_libya_uwaynat_airstrike",
         title="US Conducts Precision Airstrike in Libya",
         url="https://www.voanews.com/a/us-conducts-precision-airstrike-in-libya/4681542.html",
         retrieved_from="https://www.voanews.com/a/us-conducts-precision-airstrike-in-libya/4681542.html",
         original_url=None,
         outlet="Voice of America (VOA News; report by VOA Pentagon correspondent Carla Babb)",
         license=PD_VOA,
         publication_date="2018-11-30",
         publication_date_source="date of the stored page (2018-11-30) and 'the military said Friday' (30 November 2018 was a Friday)",
         conflict="US counter-terrorism strikes in Libya: airstrike on al-Qaida in the Islamic Maghreb near al-Uwaynat, November 2018",
         text_complete=True,
         notes=("'Accessibility links', the title, the photo caption ('FILE - A girl walks past a wall with graffiti "
                "...') and the closing byline box ('16x9 Image', 'Carla Babb', 'Carla is VOA's Pentagon "
                "correspondent ...') removed. The dateline 'PENTAGON \u2014' stands on its own line in the stored "
                "copy and is kept there (trailing space removed). The ellipsis character in the quotation is kept. "
                "Text complete.")),
]

# -*- coding: utf-8 -*-
"""Per-article metadata of set (o) (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_VOA_AG = ("Public domain (VOA-produced content, US federal government work); the story says some information "
             "was provided by news agencies: ")
PD_AFPS = ("Public domain (American Forces Press Service article of the US Department of Defense; US federal "
           "government work, 17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="voa_2004_04_29_thailand_pattani_clashes",
         title="Thailand Warns of Further Violence in Muslim-Dominated Provinces - 2004-04-29",
         url="https://www.voanews.com/a/a-13-a-2004-04-29-8-1/300716.html",
         retrieved_from="https://www.voanews.com/a/a-13-a-2004-04-29-8-1/300716.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2004-04-29",
         publication_date_source="date in the title and the URL (a-13-a-2004-04-29); 'a day after' the clashes of Wednesday 28 April 2004 fits",
         conflict="South Thailand insurgency: attacks on security posts and the Krue Se mosque battle in Pattani, Yala and Songkhla, 28 April 2004",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The stored copy breaks off inside "
                "the last sentence ('... advised citizens against travel to the are'); the text ends at the last "
                "complete sentence -> text_complete false.")),
    dict(id="voa_2004_07_05_nepal_birgunj_police_ambush",
         title="Rebels Kill 12 Police in Nepal - 2004-07-05",
         url="https://www.voanews.com/a/a-13-a-2004-07-05-5-1-67500837/283005.html",
         retrieved_from="https://www.voanews.com/a/a-13-a-2004-07-05-5-1-67500837/283005.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2004-07-05",
         publication_date_source="date in the title and the URL (a-13-a-2004-07-05)",
         conflict="Nepalese Civil War: Maoist landmine-and-gunfire ambush on a police van in Birgunj (Parsa), July 2004",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The stored copy breaks off "
                "('Large parts of the countryside are now under re'); the text ends at the last complete sentence "
                "-> text_complete false. Straight quotes as stored.")),
    dict(id="afps_2004_12_05_iraq_mosul_avgani_tikrit",
         title="Two U.S. Soldiers Killed in Mosul Attack",
         url="http://www.defense.gov/news/newsarticle.aspx?id=24669",
         retrieved_from="http://www.defense.gov/news/newsarticle.aspx?id=24669",
         original_url=None,
         outlet="American Forces Press Service (DoD News, defense.gov)",
         license=PD_AFPS,
         publication_date="2004-12-05",
         publication_date_source="dateline 'WASHINGTON, Dec. 5, 2004'",
         conflict="Iraq War: attack on a US patrol in Mosul, detentions at Avgani near Tal Afar and insurgent attack on civilian workers near Tikrit, 4-5 December 2004",
         text_complete=False,
         notes=("The defense.gov banner ('United States Department of Defense', 'DoD News', 'Bookmark and Share', "
                "'News Article'), the title and the byline 'American Forces Press Service' removed; the dateline "
                "kept (as the earlier sets did). The spaced hyphens 'rocket- propelled', 'anti- aircraft', "
                "'chemical- protective' are in the stored copy and kept. The stored copy breaks off inside the "
                "sentence after 'coalition headquarters.' ('... civilian buses that had stopped to let the') -> "
                "text_complete false.")),
    dict(id="voa_2006_07_04_sudan_hamrat_al_sheikh",
         title="Sudanese Army Says Darfur Rebels Killed 12",
         url="https://www.voanews.com/a/a-13-2006-07-04-voa42/320547.html",
         retrieved_from="https://www.voanews.com/a/a-13-2006-07-04-voa42/320547.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2006-07-04",
         publication_date_source="date in the URL (a-13-2006-07-04, a Tuesday); 'attacked Monday' fits",
         conflict="War in Darfur spilling into Kordofan: JEM-linked attack on Hamrat al-Sheikh, North Kordofan, 3 July 2006",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The item ends with the toll "
                "sentence and no page furniture follows in the stored copy; taken as whole.")),
    dict(id="afps_2006_09_17_afghanistan_mountain_fury_medusa",
         title="Soldier Killed as 'Mountain Fury,' Other Ops Continue in Afghanistan",
         url="http://terrorism-online.blogspot.com/2006/09/soldier-killed-as-mountain-fury-other.html",
         retrieved_from="http://terrorism-online.blogspot.com/2006/09/soldier-killed-as-mountain-fury-other.html",
         original_url=None,
         outlet="American Forces Press Service (verbatim repost on terrorism-online.blogspot.com)",
         license=PD_AFPS,
         publication_date="2006-09-17",
         publication_date_source="dateline 'WASHINGTON, Sept. 17, 2006' (blog post dated Sunday, September 17, 2006)",
         conflict="War in Afghanistan: Operations Mountain Fury (east), Medusa (Panjwayi, Kandahar) and Big North Wind (Kunar); a US trainer killed near Khost, September 2006",
         text_complete=False,
         notes=("Blog header 'War on Terrorism', the blog date line and the title removed. The repost breaks two "
                "lines in mid-sentence ('the Afghan National\\nArmy', 'said\\nArmy Major General'); kept as stored. "
                "The stored copy breaks off ('Mountain Fury also aims to p'); the text ends at the last complete "
                "sentence -> text_complete false. The AFPS original on defense.gov was not found in the stored "
                "pages; original_url unknown.")),
    dict(id="afps_2008_08_05_iraq_detentions_khalis",
         title="Coalition, Iraqi Forces Kill One, Detain 21",
         url="http://terrorism-online.blogspot.com/2008/08/coalition-iraqi-forces-kill-one-detain.html",
         retrieved_from="http://terrorism-online.blogspot.com/2008/08/coalition-iraqi-forces-kill-one-detain.html",
         original_url=None,
         outlet="American Forces Press Service (verbatim repost on terrorism-online.blogspot.com)",
         license=PD_AFPS,
         publication_date="2008-08-05",
         publication_date_source="date line of the release 'Aug. 5, 2008' (blog post dated Wednesday, August 06, 2008)",
         conflict="Iraq War: coalition and Iraqi detentions of al-Qaida suspects near Mosul, in Salahuddin, Baghdad and Khalis, and a police shootout in Rusafa, 4-5 August 2008",
         text_complete=False,
         notes=("Blog header, blog date line, title and the byline 'American Forces Press Service' removed; the "
                "release's date line 'Aug. 5, 2008 -' kept at the start of the first sentence. The repost breaks "
                "lines in mid-sentence ('21 suspected\\nterrorists', 'six suspected\\nterrorists', 'three "
                "suspected\\nterrorists', '-- Iraqi\\npolice'); kept as stored. The stored copy breaks off in the "
                "next list item ('Coalition troops found two weapons caches in Baghdad after acting on ti'); the "
                "text ends before it -> text_complete false.")),
    dict(id="voa_2012_04_02_colombia_farc_hostages_freed",
         title="Colombian Rebels Free 10 Long-Time Hostages",
         url="http://bbs.cortex-media.info/gopher.floodgap.com/0/feeds/voaheadlines/2012/Apr/3/145855575",
         retrieved_from="http://bbs.cortex-media.info/gopher.floodgap.com/0/feeds/voaheadlines/2012/Apr/3/145855575",
         original_url=None,
         outlet="Voice of America (VOA News; web mirror of the gopher copy of VOA's headline feed)",
         license=PD_VOA,
         publication_date="2012-04-02",
         publication_date_source="date line of the feed item ('April 02, 2012'); 'Monday' (2 April 2012) in the text and the photo caption fit; the mirror's path date (Apr/3) is the feed's UTC timestamp",
         conflict="Colombian conflict: FARC release of its last ten police and military hostages, 2 April 2012",
         text_complete=True,
         notes=("The mirror's note 'Originally posted by the Voice of America. Voice of America content is "
                "produced by the Voice of America, a United States federal government-sponsored entity, and is in "
                "the public domain.', the date line, the title, 'VOA News' and the photo caption ('Former hostages "
                "Army sergeant Jose Libardo Forero, left, and police officer Carlos Duarte ... Photo: AP ...') "
                "removed. The gopher conversion merged the item into one paragraph; kept. A stray ' .' after the "
                "last sentence (feed residue) removed. The feed item appears whole.")),
    dict(id="voa_2012_04_22_sudan_heglig_400",
         title="Sudan: 400 Southern Soldiers Killed in Fight Over Heglig",
         url="https://blogs.voanews.com/breaking-news/2012/04/22/sudan-400-southern-soldiers-killed-in-fight-over-heglig/",
         retrieved_from="https://blogs.voanews.com/breaking-news/2012/04/22/sudan-400-southern-soldiers-killed-in-fight-over-heglig/",
         original_url=None,
         outlet="Voice of America (VOA Breaking News blog, blogs.voanews.com)",
         license=PD_VOA,
         publication_date="2012-04-22",
         publication_date_source="post line 'Posted April 22nd, 2012 at 7:45 pm (UTC-5)' and the URL",
         conflict="Sudan-South Sudan border war (Heglig crisis): South Sudanese withdrawal from Heglig, April 2012",
         text_complete=True,
         notes=("The title, the post line ('Posted April 22nd, 2012 at 7:45 pm (UTC-5)') and 'Leave a comment' "
                "removed. The blog post appears whole.")),
    dict(id="voa_2012_06_29_afghanistan_kamdesh_nuristan",
         title="Militants Storm Eastern Afghan District, Killing 10",
         url="https://www.voanews.com/a/militants-storm-eastern-afghan-district-killing-10/1351863.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/militants-storm-eastern-afghan-district-killing-10/1351863.html",
         original_url="https://www.voanews.com/a/militants-storm-eastern-afghan-district-killing-10/1351863.html",
         outlet="Voice of America (VOA News; stored copy on VOA's CMS preview host voa.pangea-cms.com)",
         license=PD_VOA,
         publication_date="2012-06-29",
         publication_date_source=("inferred: no date on the stored preview page; 'early Friday' in a same-day report "
                                  "of the Kamdesh attack, which other dated reports of the same attack put on Friday "
                                  "29 June 2012; consistent with the VOA article number (1351863)"),
         conflict="War in Afghanistan: Taliban assault on the Kamdesh district compound, Nuristan, 29 June 2012",
         text_complete=False,
         notes=("The stored preview copy has no title line (title from the URL slug). After the last paragraph "
                "('... withdraw by the end of 2014.') it repeats paragraphs 2-8 word for word and then breaks off "
                "in mid-word; the repeat was dropped as a page-layout duplicate (as sets (g) and (i) did) and, as "
                "the stored text ends before any credit line, the article is marked incomplete to be safe. Single "
                "newlines between paragraphs as stored. The public voanews.com URL (same path) is recorded as "
                "url/original_url.")),
    dict(id="voa_2016_04_25_syria_us_forces_250",
         title="Obama Sending More US Forces to Syria",
         url="https://learningenglish.voanews.com/a/obama-troops-to-syria/3301698.html",
         retrieved_from="https://learningenglish.voanews.com/a/obama-troops-to-syria/3301698.html",
         original_url=None,
         outlet="Voice of America (VOA Learning English, 'As It Is'; Jim Dresbach)",
         license=PD_VOA_AG + "'Jim Dresbach adapted this story for Learning English with reporting from VOA, the Associated Press and Reuters.'",
         publication_date="2016-04-25",
         publication_date_source="inferred: the photo caption dates Obama's Hannover speech 'April 25, 2016' and the text reports it as 'on Monday' (25 April 2016); a Chinese mirror (hxen.net) files the story under 20160426 (China time). No date line on the stored copy; close call between 25 and 26 April (no event date depends on it beyond the presence interval end)",
         conflict="Syrian civil war / US-led campaign against the Islamic State: Obama's announcement of 250 more US troops for Syria, Hannover, 25 April 2016",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title (twice), the photo caption, the audio player "
                "('please wait', 'No media source currently available', '0:00 0:01:57 0:00', 'Direct link'), the "
                "sign-off 'I\u2019m Jim Dresbach.', the credit line ('Jim Dresbach adapted this story for Learning "
                "English with reporting from VOA, the Associated Press and Reuters. Hai Do was the editor.'), the "
                "comments invitation and the 'Words in This Story' glossary removed. The closing quotation of the "
                "last paragraph opens with a straight quote and is never closed; kept as stored.")),
    dict(id="voa_2016_09_18_kashmir_uri_army_base",
         title="17 Indian Soldiers Killed in Militant Attack in Indian Kashmir",
         url="https://www.voanews.com/a/kashmir-violence/3514026.html",
         retrieved_from="https://www.voanews.com/a/kashmir-violence/3514026.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2016-09-18",
         publication_date_source="inferred: the photo caption dates the scene 'Sept. 18, 2016' and the text reports the attack of 'early Sunday' (18 September 2016) as current",
         conflict="Kashmir conflict: militant attack on the Indian army base at Uri, 18 September 2016",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption removed. Straight and "
                "curly quotes as stored. The stored copy ends at the ~2,000-character limit of the store at a "
                "sentence end; whether more followed cannot be seen -> text_complete false to be safe.")),
    dict(id="voa_2018_08_15_afghanistan_baghlan_faryab_ghazni",
         title="Dozens of Afghan Security Forces Killed in Taliban Assault",
         url="https://www.bignewsnetwork.com/news/257840769/dozens-of-afghan-security-forces-killed-in-taliban-assault",
         retrieved_from="https://www.bignewsnetwork.com/news/257840769/dozens-of-afghan-security-forces-killed-in-taliban-assault",
         original_url=None,
         outlet="Voice of America (verbatim repost on a Big News Network site, credited 'VOA')",
         license=PD_VOA,
         publication_date="2018-08-15",
         publication_date_source="repost time stamp 'VOA 15th August 2018, 20:05 GMT+10' (10:05 UTC on 15 August); 'Wednesday's attack' (15 August 2018) fits",
         conflict="War in Afghanistan: Taliban attack in Baghlan, fall of an army base in Faryab and the battle of Ghazni, 10-15 August 2018",
         text_complete=False,
         notes=("The stored page gives the story twice: a first block (the text used here) and then the title, the "
                "label 'VOA' with the time stamp, and the same text again, which breaks off. The repost's title, "
                "label and time stamp removed. 'Ghanzi' (sic, next to 'Ghazni') kept. The original voanews.com URL "
                "is not on the stored copy. Whether the VOA story continued after the last paragraph cannot be "
                "seen -> text_complete false.")),
    dict(id="voa_2020_02_19_somalia_qoryooley_el_salini",
         title="10 Somali Soldiers, 16 Militants Killed in Al-Shabab Attacks",
         url="https://allafrica.com/stories/202002200079.html",
         retrieved_from="https://vietjoy.com/viewtopic.php?f=20&t=82963&view=print",
         original_url=None,
         outlet="Voice of America (Mohamed Olad Hassan; allAfrica copy credited 'Voice of America (Washington, DC)', text from a verbatim forum repost of VOA's feed)",
         license=PD_VOA,
         publication_date="2020-02-19",
         publication_date_source="allAfrica date line '19 February 2020' and the forum post time 'Wed Feb 19, 2020'; 'Wednesday' in the text fits",
         conflict="Somali Civil War: al-Shabab attacks on bases at Qoryooley and El Salini, Lower Shabelle, 19 February 2020",
         text_complete=False,
         notes=("Two stored copies of the same VOA story: the allAfrica page (title, photo caption, date line, "
                "'Voice of America (Washington, DC)' and byline removed) breaks off before the end of the last "
                "quotation; the forum repost on vietjoy.com ('Page 1 of 1', title, 'PostPosted: Wed Feb 19, 2020 "
                "11:39 am', 'by NewsReporter', 'VOA - Arts and Entertainment' removed) has one more sentence and is "
                "used for the text (identical wording where both overlap). Triple newlines between paragraphs in "
                "the forum copy reduced to one blank line. The misplaced opening quote at the end of the second "
                "paragraph ('government.\u201c') is in both copies and kept. The forum copy may still be shorter "
                "than the VOA page -> text_complete false. The VOA URL is not on either stored copy.")),
    dict(id="voa_2024_01_23_ukraine_kyiv_kharkiv_missiles",
         title="Russia Launches Deadly Missile Barrage at Ukraine\u2019s Capital and Kharkiv",
         url="https://www.voanews.com/a/russia-launches-deadly-missile-barrage-at-ukraine-s-capital-and-kharkiv-/7451333.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/russia-launches-deadly-missile-barrage-at-ukraine-s-capital-and-kharkiv-/7451333.html",
         original_url="https://www.voanews.com/a/russia-launches-deadly-missile-barrage-at-ukraine-s-capital-and-kharkiv-/7451333.html",
         outlet="Voice of America (VOA News; stored copy on VOA's CMS preview host voa.pangea-cms.com)",
         license=PD_VOA,
         publication_date="2024-01-23",
         publication_date_source="inferred: the photo captions date the scenes 'Jan. 23, 2024' and the text reports the barrage of 'Tuesday' (23 January 2024) as current; consistent with the VOA article number (7451333)",
         conflict="Russian invasion of Ukraine: missile barrage on Kyiv, Kharkiv and Pavlohrad, 23 January 2024",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title, the 'update' label and two photo captions "
                "removed. The crosshead 'Military aid' kept as a body line (as sets (g) and (h) kept crossheads). "
                "'at Tuesday' (sic) kept. The stored copy ends at the store's ~2,000-character limit -> "
                "text_complete false. The public voanews.com URL (same path) is recorded as url/original_url.")),
]

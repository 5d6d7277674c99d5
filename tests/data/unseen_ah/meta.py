# -*- coding: utf-8 -*-
"""Per-article metadata of set (ah) (articles.jsonl), written by hand. US federal government works only (public
domain): Voice of America news and Learning English items and American Forces Press Service (Department of Defense)
news articles, found with the research search tool (corpus 'pages'), mostly through verbatim reposts."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in "
          "the public domain)")
PD_VOA_LE = PD_VOA + "; adapted by VOA Learning English"
PD_AFPS = "Public domain (American Forces Press Service / Department of Defense news, US federal government work)"
RETRIEVAL = ("Research search tool, corpus 'pages' (stored copies of public web pages, about the first 2,000 characters "
             "of each page); text copied from the stored copy, page furniture removed (see texts.py)")

REPOST = ("Verbatim repost of a VOA News story on %s (an English-learning site). Site header, Chinese title, byline, "
          "date line, photo captions and vocabulary-note digits removed. ")
CUT = "The stored copy breaks off mid-sentence; the text ends at the last complete sentence before it."


def voa(aid, title, url, date, date_source, conflict, complete, notes, outlet='Voice of America (VOA News)',
        license=PD_VOA, retrieved_from=None, original_url=None):
    return dict(id=aid, title=title, url=url, retrieved_from=retrieved_from or url, original_url=original_url,
                outlet=outlet, license=license, publication_date=date, publication_date_source=date_source,
                conflict=conflict, text_complete=complete, notes=notes)


DL = "date line of the story in the stored copy ('%s')"

META = [
    voa('voa_2010_02_03_pakistan_lower_dir_convoy', 'Taliban Attack in NW Pakistan Kills 8, Including 3 US Troops',
        'https://www.voanews.com/a/us-troops-among-killed-pakistan-blast-/111905.html', '2010-02-03',
        "inferred: the page shows no date; the bombing it reports (Lower Dir, near a girls' school) is dated 3 February "
        "2010 from the annotator's knowledge, and the story is a same-day report (no weekday in the text)",
        'Insurgency in Khyber Pakhtunkhwa: roadside bomb on a convoy carrying US military trainers in Lower Dir, '
        'February 2010', False,
        "Stored copy is VOA's own CMS preview page (voa.pangea-cms.com/preview/...), recorded in retrieved_from; url is "
        "the public voanews.com address of the same article id. 'Accessibility links / Breaking News' header removed. " + CUT,
        retrieved_from='https://voa.pangea-cms.com/preview/en-US/a/us-troops-among-killed-pakistan-blast-/111905.html'),
    voa('voa_2009_10_04_afghanistan_kamdesh_outposts', 'Militant Raid in Eastern Afghanistan Kills 8 US Soldiers',
        'https://www.yingyuke.net/a/254115.html', '2009-10-04', DL % '04 October 2009',
        'War in Afghanistan: the attack on two coalition outposts in Kamdesh district, Nuristan, 3 October 2009', False,
        REPOST % 'yingyuke.net' + "The title is the annotator's paraphrase (the stored copy shows none). " + CUT +
        " The dropped fragment began a sentence about an earlier raid in the area."),
    voa('voa_2008_11_01_afghanistan_kunar_raids', 'US Forces Kill 19 Militants in Eastern Afghanistan',
        'https://tingroom.com./print_66361.html', '2008-11-01',
        "inferred: the stored copy has no date line; the raids are 'Friday's', the photo caption is dated 01 Nov 2008 "
        "and the resignation it reports was published by the Daily Telegraph on Saturday 1 November 2008",
        'War in Afghanistan: coalition raids on al-Qaida, Taliban and Haqqani networks (Kunar), late October 2008',
        False, REPOST % 'tingroom.com (print page)' + CUT),
    voa('voa_2008_03_14_sudan_darfur_unamid_deployment', 'Peacekeeping Troops Trickle Into Darfur',
        'http://www.tingroom.com/voastandard/2008/3/55161.html', '2008-03-14', DL % '14 March 2008',
        'War in Darfur: build-up of the UN-AU mission UNAMID, March 2008', False, REPOST % 'tingroom.com' + CUT),
    voa('voa_2007_06_15_somalia_burundi_au_battalion', 'Burundi Prepares to Send Peacekeeping Troops to Somalia',
        'http://www.tingroom.com/voastandard/2007/6/39454.html', '2007-06-15', DL % '15 June 2007',
        'Somali civil war: AMISOM force generation (Burundian battalion, Ugandan contingent), June 2007', False,
        REPOST % 'tingroom.com' + "Title completed by the annotator (the repost truncates it: '...Troops to'). " + CUT),
    voa('voa_2013_09_19_car_fomac_boost', 'African-Led Peacekeeping Force Due for Boost in CAR',
        'https://tingroom.com/voastandard/2013/9/229130.html', '2013-09-19',
        "date of the repost ('2013-09-19 14:19'); the VOA story is of the same week (estimate)",
        'Central African Republic conflict: the FOMAC/MICOPAX force and Seleka abuses in Bangui, 2013', False,
        REPOST % 'tingroom.com' + "The dateline 'BANGUI \u2014' was removed. " + CUT),
    voa('voa_2014_01_28_car_eu_troops', 'UN Approves European Troop Deployment to CAR',
        'http://m.tingroom.com/?mid=3&aid=245280', '2014-01-28',
        "inferred: the story says the Security Council authorized the EU force 'Tuesday'; the resolution (2134) was "
        "adopted on Tuesday 28 January 2014 (annotator's knowledge); the repost is dated 2014-02-05",
        'Central African Republic conflict: EU force (EUFOR RCA) authorized; Seleka and anti-balaka violence in Bangui '
        'since December 2013', False, REPOST % 'm.tingroom.com' + "The dateline 'WASHINGTON \u2014' was removed. " + CUT),
    voa('voa_2008_05_29_un_peacekeeping_60_years', 'UN Marks 60 Years of International Peacekeeping',
        'https://m.tingroom.com/index.php?aid=58276&mid=3', '2008-05-29', DL % '29 May 2008',
        'UN peacekeeping worldwide: force levels and fatalities at the 60th anniversary; a Ugandan peacekeeper killed '
        'in Darfur, May 2008', False, REPOST % 'm.tingroom.com' + CUT),
    voa('voa_2006_09_02_lebanon_italian_unifil_landing', 'First Major Contingent of UN Troops Begin Arriving in Lebanon',
        'https://yingyuke.net/a/214160.html', '2006-09-02', DL % '02 September 2006',
        '2006 Lebanon War aftermath: the Italian contingent of the expanded UNIFIL lands at Tyre, 2 September 2006',
        False, REPOST % 'yingyuke.net' + "Title completed by the annotator (the repost truncates it: '...Begin Arriv'). "
        "The background figures of UNIFIL's expansion (15,000 authorized; France's engineers) also appear, from "
        "another angle, in set (s)'s Wikinews item on France's UNIFIL contribution; the Italian landing is not there. " + CUT),
    voa('voa_2007_05_02_somalia_ugandan_au_mogadishu', 'African Union Peacekeepers Take Up Duties in Somalia',
        'http://www.tingroom.com/voastandard/2007/5/38391.html', '2007-05-02', DL % '02 May 2007',
        'Somali civil war: Ugandan AMISOM peacekeepers in Mogadishu, May 2007', False,
        REPOST % 'tingroom.com' + "Title completed by the annotator (repost: '...Take Up Duties in So'). The closing "
        "quotation lacks its opening quote mark in the source ('he said. We just do ...'), kept. " + CUT),
    voa('voa_2007_04_21_iraq_sadr_city_bus_kirkuk', 'Bus Bomb Kills at Least Three in Sadr City',
        'https://tingroom.com./print_38252.html', '2007-04-21', DL % '21 April 2007',
        'Iraq War: bus bomb in Sadr City, killing of a Kurdish family in Kirkuk, roadside bomb southwest of Baghdad, '
        'raids in central Iraq, 21 April 2007', False,
        REPOST % 'tingroom.com (print page; everything after the first paragraph merged into one paragraph, kept)' + CUT +
        " The dropped sentence gave a running toll since Wednesday."),
    voa('voa_2009_08_30_iraq_sinjar_shirqat', 'Explosions in Northern Iraq Claim More Lives',
        'http://hxen.net/englishlistening/voaenglish/voastandardenglish/20090830/88223.html', '2009-08-30',
        "date of the repost ('2009-08-30'); the attacks were on Saturday 29 August 2009",
        'Iraq War: bombings in Sinjar (Yazidi market) and Shirqat, 29 August 2009', False,
        REPOST % 'hxen.net (single newlines between paragraphs, kept)' + CUT),
    voa('voa_le_2016_07_04_iraq_baghdad_karrada_shaab', 'Deadly Suicide Bombings in Baghdad',
        'https://yingyuke.net/a/153936.html', '2016-07-04', "date in the repost's title line ('AS IT IS 2016-07-04')",
        'War against the Islamic State: the Karrada truck bombing and the Shaab bombing in Baghdad, 3 July 2016', True,
        "Verbatim repost of a VOA Learning English (As It Is) story on yingyuke.net. Chinese title, vocabulary-note "
        "digits, the 'Words in This Story' glossary and the site's example sentences removed. The body ends where the "
        "glossary starts; the usual Learning English credit lines are not in the stored copy.", license=PD_VOA_LE,
        outlet='Voice of America (VOA Learning English)'),
    voa('voa_2008_06_24_iraq_sadr_city_council_bomb', 'Bomb Kills 10 in Baghdad Council Building, Including 4 Americans',
        'https://m.tingroom.com/index.php?aid=59578&mid=3', '2008-06-24',
        "inferred: no date line in the stored copy; the photo caption is dated 24 Jun 2008 and the bombing of the "
        "Sadr City district council is of that day (annotator's knowledge)",
        'Iraq War: bombing of the District Advisory Council building in Sadr City, Baghdad, 24 June 2008', False,
        REPOST % 'm.tingroom.com' + "The title is the annotator's paraphrase (none in the stored copy). " + CUT),
    voa('voa_2007_01_22_iraq_baghdad_haraj_market', 'Double Car Bombing in Central Baghdad Market Kills 88',
        'http://tingroom.com./print_36725.html', '2007-01-22', DL % '22 January 2007',
        'Iraq War: double car bombing of the Haraj market, Baghdad, 22 January 2007; the 2007 troop surge; the '
        'Karbala raid of 20 January 2007', False,
        REPOST % 'tingroom.com (print page)' + "Title completed by the annotator (repost: '...Market Ki'). The "
        "announcement of the 20,000-troop surge that the text mentions in passing is the subject of the 'extra' set's "
        "DoD release of 11 January 2007; here it is background to the Haraj bombing. " + CUT),
    voa('voa_2006_01_23_drc_guatemalan_peacekeepers_lra', 'Eight UN Peacekeepers Killed in Congo Fighting',
        'https://m.tingroom.com/index.php?aid=30238&mid=3', '2006-01-23', DL % '23 January 2006',
        'LRA insurgency: Guatemalan MONUC special forces killed in a battle with the LRA in north-eastern DR Congo, '
        'January 2006', False,
        REPOST % 'm.tingroom.com' + "The stored copy hard-wraps lines inside sentences with blank lines; those "
        "wraps were joined with a space. Title completed by the annotator (repost: '...Killed in Congo Figh'). " + CUT),
    voa('voa_2007_05_28_drc_south_kivu_kanyola', 'Seventeen Killed in Suspected Rwandan Rebel Attack in Congo',
        'https://yingyuke.net/a/130488.html', '2007-05-28', DL % '28 May 2007',
        'Kivu conflict: FDLR reprisal attacks on villages in Kanyola, South Kivu, 26-27 May 2007', False,
        REPOST % 'yingyuke.net' + "Title completed by the annotator (repost: '...Rebel Att'). " + CUT),
    voa('voa_2014_01_22_pakistan_north_waziristan_airstrikes', 'Pakistan: Waziristan Strikes Are Not Start of Offensive',
        'http://www.voanews.com/content/pakistan-says-waziristan-strikes-are-not-start-of-offensive/1835442.html',
        '2014-01-22',
        "inferred: the airstrikes were launched 'Monday' (20 January 2014, the photo caption dates the Rawalpindi "
        "blast to that day) and the military sources spoke 'on Wednesday' = 22 January 2014",
        'Insurgency in Khyber Pakhtunkhwa: Pakistani airstrikes in North Waziristan, 20-22 January 2014', False,
        "VOA News (Ayaz Gul) on voanews.com. Section label, photo caption and byline removed. The stored copy continues "
        "with a crosshead ('Khan opposes military action') and breaks off in the next paragraph; the text ends before "
        "the crosshead."),
    voa('voa_2009_10_17_pakistan_south_waziristan_offensive',
        'Pakistani Military Launches Ground Offensive into South Waziristan',
        'https://qa4.lingq.com/ja/オンラインで英語学習/courses/40198/pakistani-military-launches-ground-offe-62417',
        '2009-10-17',
        "inferred: the ground troops moved 'Saturday'; the South Waziristan ground offensive began on Saturday 17 "
        "October 2009 (annotator's knowledge)",
        'Insurgency in Khyber Pakhtunkhwa: launch of the South Waziristan ground offensive (Rah-e-Nijat), 17 October '
        '2009', False,
        "Verbatim copy of a 'VOA News' item in a LingQ language-learning course (the page labels it 'VOA News, "
        "Pakistani Military Launches Ground Offensive into South Waziristan'). Japanese site furniture removed. " + CUT),
    voa('voa_2009_12_12_pakistan_south_waziristan_gilani', "Pakistan PM: South Waziristan Offensive Successful, Ongoing",
        'http://www.voanews.com/content/article-12dec09-pakistan-offensive-79121732/416364.html', '2009-12-12',
        "date in the URL ('12dec09'); the text's 'Saturday' is 12 December 2009",
        'Insurgency in Khyber Pakhtunkhwa: the South Waziristan offensive two months on; a drone strike, December 2009',
        True, "VOA News on voanews.com. Deck line, photo caption, 'Related Articles' and comment-forum furniture "
              "removed. The double space after 'Europe.' is in the source."),
    voa('voa_2009_11_23_pakistan_south_waziristan_progress', 'Pakistan Military Says Significant Progress',
        'https://yingyuke.net/a/164925.html', '2009-11-23', DL % '23 November 2009',
        'Insurgency in Khyber Pakhtunkhwa: the South Waziristan offensive after five weeks, November 2009', False,
        REPOST % 'yingyuke.net' + CUT + " The dropped fragment gave the size of the ground force."),
    voa('dod_2008_01_15_afghanistan_3200_marines', "Marine Deployment to Afghanistan 'One-Time Deal,' Official Says",
        'https://defencetalk.com/marine-deployment-to-afghanistan-one-time-deal-official-says-14391', '2008-01-15',
        "inferred: 'said here today' at a Pentagon news conference of Press Secretary Geoff Morrell on the approval of "
        "the 3,200-Marine deployment, which was announced on 15 January 2008 (annotator's knowledge)",
        'War in Afghanistan: the one-time deployment of 3,200 US Marines (24th MEU, 2/7 Marines), spring 2008', False,
        "Repost on defencetalk.com, which heads it 'Voice of America News, WASHINGTON:' (heading removed); the wording "
        "('said here today') is that of the American Forces Press Service. Either way a US federal government work. "
        "Single newlines between paragraphs kept. " + CUT,
        outlet='US Department of Defense (American Forces Press Service), credited to Voice of America by the repost',
        license=PD_AFPS),
    voa('voa_2006_09_02_sudan_north_darfur_um_sidir', "African Union: Fighting Renewed in Sudan's Darfur",
        'http://www.tingroom.com/print_34242.html', '2006-09-02', DL % '02 September 2006',
        'War in Darfur: government offensive in North Darfur (Um Sidir), late August - early September 2006', False,
        REPOST % 'tingroom.com (print page)' + "Title completed by the annotator (repost: '...in Sudan's Darf'). 'the "
        "the' and 'Um Sifir' are in the source. " + CUT),
    voa('voa_2006_10_03_sudan_south_darfur_gereida', 'Violence Continues in Darfur',
        'http://www.tingroom.com/voastandard/2006/10/34980.html', '2006-10-03', DL % '03 October 2006',
        'War in Darfur: SLM-JEM clashes and attacks on civilians in Gereida, South Darfur, late September 2006', False,
        REPOST % 'tingroom.com' + CUT),
    voa('voa_2006_05_30_sudan_darfur_nigerian_peacekeeper', 'Darfur Violence Increases as Peace Deadline Nears',
        'https://m.tingroom.com/index.php?aid=33117&mid=3', '2006-05-30', DL % '30 May 2006',
        'War in Darfur: attacks on African Union (AMIS) peacekeepers after the Darfur Peace Agreement, May 2006', False,
        REPOST % 'm.tingroom.com' + "Title completed by the annotator (repost: '...Deadline Nea'). " + CUT),
    voa('voa_2006_12_10_sudan_west_darfur_sirba', 'AU Raises Alarm Over Renewed Violence in Darfur',
        'http://www.tingroom.com/voastandard/2006/12/36045.html', '2006-12-10', DL % '10 December 2006',
        'War in Darfur: militia attack on a commercial vehicle in West Darfur and the detention of an AU investigation '
        'team in Sirba, December 2006', False,
        REPOST % 'tingroom.com' + "A photo caption that the stored copy inserts inside the first sentence was "
        "removed and the sentence rejoined. " + CUT + " The dropped paragraph is a quotation of the AU spokesman."),
    voa('voa_2007_04_03_chad_tiero_marena_janjaweed', 'UN: Janjaweed Attacks in Eastern Chad Kill 65',
        'https://yingyuke.net/a/228606.html', '2007-04-03', DL % '03 April 2007',
        'Chad-Sudan conflict: Janjaweed attacks on Tiero and Marena, eastern Chad, 31 March - 1 April 2007', False,
        REPOST % 'yingyuke.net' + "Title completed by the annotator (repost: '...Kill 65,'). " + CUT),
    voa('voa_2009_04_09_drc_uvira_jail_attack', 'Prisoners Freed as Rebels Clash With Troops in Eastern Congo',
        'https://yingyuke.net/a/160038.html', '2009-04-09',
        "inferred and uncertain: the repost files it under April 2009; the story is a same-day report written as the "
        "Security Council was to discuss the DR Congo 'On Thursday', taken as Thursday 9 April 2009 (annotator's "
        "recollection of the Council's DR Congo briefing; may be off by a week)",
        'Kivu conflict: gunmen free prisoners from the Uvira jail; the Umoja Wetu / Kimia II operations against the '
        'FDLR, April 2009', False,
        REPOST % 'yingyuke.net' + "Title completed by the annotator (repost: '...Troops in Easte'). " + CUT +
        " The dropped quotation gave Human Rights Watch's civilian toll."),
    voa('voa_le_2018_11_05_cameroon_bamenda_students_kidnapped', 'At Least 78 Students Kidnapped in Cameroon',
        'https://yingyuke.net/a/56336.html', '2018-11-05',
        "estimated: the repost files it under November 2018; the kidnapping was on the night of Sunday 4 November "
        "2018 (Bamenda, annotator's knowledge) and the story is taken as of the next day",
        'Anglophone Crisis in Cameroon: kidnapping of students from a Presbyterian school near Bamenda, 4-5 November '
        '2018', False,
        "Verbatim repost of a VOA Learning English story on yingyuke.net; some facts are credited to the Associated "
        "Press in the text ('The Associated Press reported', 'The AP said'). Vocabulary-note digits removed. " + CUT,
        license=PD_VOA_LE + "; some facts credited to the AP in the text", outlet='Voice of America (VOA Learning English)'),
    voa('voa_le_2016_03_28_cameroon_chibok_girl_bomber', 'Suspected Bomber May Be Kidnapped Chibok Schoolgirl',
        'https://yingyuke.net/a/155220.html', '2016-03-28', "date in the repost's title line ('AS IT IS 2016-03-28')",
        'Boko Haram insurgency: girl suicide bombers intercepted in northern Cameroon, March 2016 (background: the '
        'Chibok kidnapping of 2014)', True,
        "Verbatim repost of a VOA Learning English (As It Is) story on yingyuke.net. Chinese title, vocabulary-note "
        "digits and the 'Words in This Story' glossary removed; the body ends where the glossary starts. The Chibok "
        "kidnapping of 2014, recalled here as background, is also recalled (with other figures) in set (z).",
        license=PD_VOA_LE, outlet='Voice of America (VOA Learning English)'),
    voa('afps_2010_03_30_afghanistan_combined_forces_kill_detain', 'Afghanistan \u2014 Combined Forces Kill, Detain Militants',
        'https://www.globaldefence.net/archiv/defence-news/afghanistan-combined-forces-kill-detain-militants/',
        '2010-03-30', "dateline of the release ('KABUL, March 30, 2010')",
        'War in Afghanistan: ISAF Joint Command operations in Kandahar, Paktika, Wardak, Zabul and Farah, 29 March 2010',
        False, "American Forces Press Service release reposted verbatim on globaldefence.net (credit line 'American "
        "Forces Press Service' and dateline removed). " + CUT, outlet='US Department of Defense (American Forces Press Service)',
        license=PD_AFPS),
    voa('afps_2009_04_17_afghanistan_kill_eight_detain_five', 'U.S., Afghan Forces Kill Eight, Detain Five',
        'http://terrorism-online.blogspot.com/2009/04/us-afghan-forces-kill-eight-detain-five.html', '2009-04-17',
        "dateline of the release ('April 17, 2009')",
        'War in Afghanistan: coalition and Afghan operations in Farah, Kandahar, Nangarhar, Logar and Paktya, 16-17 '
        'April 2009', False,
        "American Forces Press Service release reposted verbatim on a blog of government releases ('War on "
        "Terrorism'); blog header, credit line and dateline removed. " + CUT,
        outlet='US Department of Defense (American Forces Press Service)', license=PD_AFPS),
    voa('afps_2011_12_15_afghanistan_kandahar_khost_nangarhar', 'Combined Force Kills 1 Insurgent, Detains 2 Suspects',
        'https://www.globaldefence.net/archiv/defence-news/combined-force-kills-1-insurgent-detains-2-suspects-111216/',
        '2011-12-15', "dateline of the release ('WASHINGTON, Dec. 15, 2011')",
        'War in Afghanistan: ISAF Joint Command operations in Kandahar, Khost, Nangarhar and Paktiya, 14-15 December 2011',
        True, "American Forces Press Service release reposted verbatim on globaldefence.net; dateline and the closing "
        "credit ('Compiled from International Security Assistance Force Joint Command News Releases') and site "
        "links removed.", outlet='US Department of Defense (American Forces Press Service)', license=PD_AFPS),
]

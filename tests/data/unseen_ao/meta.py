# -*- coding: utf-8 -*-
"""Per-article metadata of set (ao) (articles.jsonl), written by hand. US federal government works only (public
domain): Voice of America news items and VOA Special English / Learning English items, found with the research search
tool (corpus 'pages'), mostly through verbatim reposts on Chinese English-learning sites."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in "
          "the public domain)")
PD_VOA_LE = PD_VOA + "; VOA Special English / Learning English"
RETRIEVAL = ("Research search tool, corpus 'pages' (stored copies of public web pages, about the first 2,000 characters "
             "of each page); text copied from the stored copy, page furniture removed (see texts.py)")

REPOST = ("Verbatim repost of a VOA News story on %s (an English-learning site). Site header, Chinese title, byline, "
          "date line, photo captions and vocabulary-note digits removed. ")
BILINGUAL = ("Verbatim bilingual repost ('VOA双语新闻') of a VOA News item on %s; only the English paragraphs are kept "
             "(Chinese translations, site header and glossary removed). ")
CUT = "The stored copy breaks off mid-sentence; the text ends at the last complete sentence before it."
DL = "date line of the story in the stored copy ('%s')"


def voa(aid, title, url, date, date_source, conflict, complete, notes, outlet='Voice of America (VOA News)',
        license=PD_VOA, retrieved_from=None, original_url=None):
    return dict(id=aid, title=title, url=url, retrieved_from=retrieved_from or url, original_url=original_url,
                outlet=outlet, license=license, publication_date=date, publication_date_source=date_source,
                conflict=conflict, text_complete=complete, notes=notes)


META = [
    voa('voa_2004_11_09_ivory_coast_abidjan_hotel_shooting', 'French Forces in Ivory Coast Deny Shooting Protesters',
        'https://www.voanews.com/a/a-13-2004-11-09-voa21/395921.html', '2004-11-09',
        "date in the URL ('2004-11-09'); the text's 'Tuesday' is 9 November 2004",
        'Ivorian civil war: shooting at an anti-French demonstration in front of a hotel in Abidjan, 9 November 2004; '
        'Mbeki mediation', False,
        "VOA News on voanews.com. 'Accessibility links / Breaking News' header and title removed. " + CUT +
        " The Bouake air raid of 6 November 2004, which set (j) covers, is not told here (only 'several days of mob "
        "violence' are recalled)."),
    voa('voa_2005_07_30_kashmir_srinagar_siege', 'Fierce Fighting Continues in Indian Kashmir',
        'https://www.voatibetanenglish.com/a/a-28-2005-07-30-voa7-90270632/1269396.html', '2005-07-30',
        "date in the URL ('2005-07-30'); the text's 'throughout Saturday' is 30 July 2005",
        'Kashmir insurgency: militant attack on a security post and siege of a shopping complex and hotel in Srinagar, '
        '29-30 July 2005', False,
        "VOA News English item on the VOA Tibetan service's English site; Tibetan date header removed. " + CUT),
    voa('voa_2006_02_01_nepal_maoist_overnight_attacks', 'Maoist Rebels Kill 20 Police and Soldiers in Nepal',
        'https://www.voakorea.com/amp/a-35-2006-02-01-voa5-91205819/1296928.html', '2006-02-01',
        "date in the URL ('2006-02-01'); the text's 'today (Wednesday)' is Wednesday 1 February 2006",
        "Nepalese civil war: Maoist attacks on an army camp, police station and government buildings in a western town "
        "(Tansen, Palpa district), night of 31 January - 1 February 2006", True,
        "VOA Korean service page that attaches the English VOA News original ('영문기사 첨부'); only the English text is "
        "used (Korean text removed). The page's title is Korean; the English title is the annotator's rendering. The "
        "English text appears whole."),
    voa('voa_2006_05_24_east_timor_troop_request', 'East Timor Asks for Foreign Troops to Help Quell Violence',
        'https://yingyuke.net/a/157724.html', '2006-05-24', DL % '24 May 2006',
        '2006 East Timorese crisis: request for Australian, New Zealand, Malaysian and Portuguese troops; violence by '
        'dismissed soldiers in Dili, April-May 2006', False,
        REPOST % 'yingyuke.net' + "Separator line removed. Title completed by the annotator (repost: '...to Help "
        "Quel'). The same story is also stored on tingroom.com (http://tingroom.com/voastandard/2006/5/33029.html). " + CUT),
    voa('voa_2006_07_14_haiti_peacekeepers_injured', 'Three UN Peacekeepers Injured in Clash in Haiti',
        'https://tingroom.com/mobile/index.php?aid=33425&mid=3', '2006-07-14', DL % '14 July 2006',
        'Gang violence in Haiti: MINUSTAH peacekeepers wounded clearing a roadblock in Port-au-Prince, 13 July 2006; '
        'gang killings of the previous week', False, REPOST % 'tingroom.com (mobile page)' + "Separator line removed. " + CUT),
    voa('voa_2006_09_07_thailand_south_army_approach', 'Thai Army Stymied in South, Seeks New Approach',
        'http://www.tingroom.com/voastandard/2006/9/34295.html', '2006-09-07', DL % '07 September 2006',
        'South Thailand insurgency: the army chief\'s call for talks after the bombing of 22 banks in Yala (31 August '
        '2006); force level and toll since 2004', False,
        REPOST % 'tingroom.com' + "Separator line and two photo captions removed. " + CUT +
        " The text ends before a quotation that the stored copy cuts."),
    voa('voa_2006_12_08_nigeria_mend_four_workers_seized', 'Nigerian Armed Group Threatens More Attacks',
        'http://www.tingroom.com/print_36025.html', '2006-12-08', DL % '08 December 2006',
        'Niger Delta conflict: MEND seizes four foreign oil workers at an offshore facility in Bayelsa, 7 December 2006',
        False, REPOST % 'tingroom.com (print page)' + "Two photo captions removed. " + CUT),
    voa('voa_2007_01_25_nigeria_bayelsa_chinese_workers', 'More Oil Workers Kidnapped in Nigeria',
        'https://yingyuke.net/a/158233.html', '2007-01-25', DL % '25 January 2007',
        'Niger Delta conflict: kidnapping of Chinese oil workers in Bayelsa, 25 January 2007; other hostage-takings of '
        'January 2007', True,
        REPOST % 'yingyuke.net' + "Two photo captions and the site's example sentences removed; the story appears "
        "whole."),
    voa('voa_2007_06_01_nigeria_port_harcourt_kidnapping', 'Gunmen Kidnap at Least 3 Oil Workers in Nigeria',
        'http://www.tingroom.com/print_38845.html', '2007-06-01', DL % '01 June 2007',
        'Niger Delta conflict: kidnapping of foreign workers from a residential compound in Port Harcourt, 1 June 2007',
        False, REPOST % 'tingroom.com (print page)' + "A line break inside one sentence ('action to / resolve') was "
        "joined with a space. 'Mr. Yar'Adua is hopes' is in the source. " + CUT),
    voa('voa_2007_06_04_lebanon_sidon_ein_el_hilweh', 'Lebanese Army Clashes With Militants in 2nd Palestinian Camp',
        'https://yingyuke.net/a/226852.html', '2007-06-04', DL % '04 June 2007',
        '2007 Lebanon conflict: Jund al-Sham clashes with the army at Ein al-Hilweh / Sidon, 3-4 June 2007 (background: '
        'the Nahr el-Bared fighting)', False,
        REPOST % 'yingyuke.net' + "Title completed by the annotator (repost: '...in 2nd Pal'). The Nahr el-Bared siege "
        "is mentioned only as background (set 'unseen' has a VOA story of 9 June 2007 on it); the Sidon / Ein "
        "al-Hilweh clashes are not in any other set. " + CUT),
    voa('voa_2007_09_05_drc_north_kivu_sake_monuc', 'Congolese Accuse UN of Failing to Halt Fighting',
        'https://tingroom.com/voastandard/2007/9/43038.html', '2007-09-05', DL % '05 September 2007',
        'Kivu conflict: clashes between the army and Nkunda\'s renegade forces in North Kivu; blockade of MONUC troops '
        'in Sake, early September 2007', False, REPOST % 'tingroom.com' + CUT),
    voa('voa_2007_10_24_pakistan_swat_paramilitary_deployment', 'Pakistan Sends Troops to Counter Pro-Taliban Militants',
        'http://tingroom.com/mobile/index.php?aid=45942&mid=3', '2007-10-24', DL % '24 October 2007',
        'Insurgency in Khyber Pakhtunkhwa: deployment of paramilitary troops to Swat against Maulana Fazlullah\'s TNSM, '
        '23 October 2007', False,
        REPOST % 'tingroom.com (mobile page)' + "Title completed by the annotator (repost: '...Pro-Taliban Mil'). " + CUT),
    voa('voa_2007_10_26_nigeria_offshore_eni_kidnapping', 'Niger Delta Militants Seize Oil Workers in Attack',
        'https://yingyuke.net/a/215634.html', '2007-10-26', DL % '26 October 2007',
        'Niger Delta conflict: attack on an Eni offshore facility, 26 October 2007; the Shell hostage-taking of 20 '
        'October 2007', False,
        REPOST % 'yingyuke.net' + "Title completed by the annotator (repost: '...in Attac'). " + CUT +
        " The dropped part is a quotation."),
    voa('voa_2007_11_28_sri_lanka_colombo_two_bombs', 'Two Blasts Blamed on Tamil Rebels Kill 19 in Sri Lanka',
        'https://m.tingroom.com/index.php?aid=50333&mid=3', '2007-11-28', DL % '28 November 2007',
        'Sri Lankan civil war: suicide bombing at the office of minister Douglas Devananda and a second bomb in Colombo, '
        '28 November 2007', False,
        REPOST % 'm.tingroom.com' + "Title completed by the annotator (repost: '...Kill 19 in Sr'). " + CUT),
    voa('voa_2007_12_11_algeria_algiers_un_bombings', 'Al-Qaida in North Africa Claims Responsibility for Algiers Bombings',
        'https://yingyuke.net/a/231153.html', '2007-12-11', DL % '11 December 2007',
        'Insurgency in the Maghreb: twin car bombings at the UN offices and the Constitutional Council in Algiers, 11 '
        'December 2007 (background: the Algiers bombings of April 2007)', True,
        REPOST % 'yingyuke.net' + "Title completed by the annotator (repost: '...Claims Responsibility'). The closing "
        "credit line 'Some information for this report was provided by AP and Reuters.' and the site's example "
        "sentences were removed; the story is otherwise whole. The April 2007 Algiers bombings, recalled in one "
        "background sentence, are the subject of set 'unseen''s Wikinews item of 11 April 2007 (with other figures).",
        license=PD_VOA + "; the VOA story says some information came from AP and Reuters"),
    voa('voa_2007_12_26_drc_offensive_against_nkunda', "Congo's Government Launches Offensive Against Rebels",
        'http://www.tingroom.com/voastandard/2007/12/51767.html', '2007-12-26', DL % '26 December 2007',
        'Kivu conflict: government offensive against Laurent Nkunda\'s rebels in North Kivu, December 2007', False,
        REPOST % 'tingroom.com' + "Title completed by the annotator (repost: '...Offensive Against R'). " + CUT),
    voa('voa_2008_01_14_thailand_narathiwat_ambush', 'Thailand Separatist Violence',
        'http://www.tingroom.com/print_117060.html', '2008-01-14',
        "inferred: the stored copy has no date line (the repost is filed under 2008); the ambush it reports (eight "
        "soldiers escorting teachers killed, one beheaded, in Narathiwat) happened on Monday 14 January 2008 "
        "(annotator's knowledge, matched by other public reports), and the story reads as a same-day report",
        'South Thailand insurgency: ambush of an army teacher-escort patrol in Narathiwat, 14 January 2008', False,
        BILINGUAL % 'tingroom.com (print page)' + CUT + " The dropped part is a quotation."),
    voa('voa_2008_02_07_chad_curfew_eu_force', 'Chad Imposes Curfew as Army Pursues Rebels',
        'https://tingroom.com./voastandard/2008/2/53444.html', '2008-02-07', DL % '07 February 2008',
        'Chadian civil war: aftermath of the rebel assault on N\'Djamena (2-3 February 2008); curfew; the EU force '
        '(EUFOR Chad/CAR)', False,
        REPOST % 'tingroom.com' + "The stored copy shows no title; the title is the annotator's rendering of the "
        "story's subject. " + CUT),
    voa('voa_2008_08_19_algeria_issers_police_school', 'Suicide Attack in Algeria Kills Dozens',
        'https://yingyuke.net/a/158469.html', '2008-08-19',
        "inferred: the stored copy has no date line (the repost files it under August 2008); the bombing happened "
        "'Tuesday morning' and the removed photo caption dates the scene to 19 Aug 2008, a Tuesday; same-day report",
        'Insurgency in the Maghreb: suicide car bombing of a gendarmerie/police school at Les Issers, Boumerdes, 19 '
        'August 2008', False,
        REPOST % 'yingyuke.net' + "'Boumerds' (for Boumerdes) is in the source. " + CUT),
    voa('voa_2008_08_20_algeria_bouira_bombings', 'More Bombings Rock Algeria',
        'https://tingroom.com./voastandard/2008/8/61534.html', '2008-08-20',
        "inferred: no date line in the stored copy; the attacks took place 'early Wednesday' after the Tuesday attack "
        "(19 August 2008), i.e. Wednesday 20 August 2008 (the removed photo caption is dated 20 Aug 2008); same-day report",
        'Insurgency in the Maghreb: twin car bombings in Bouira, 20 August 2008 (and the Les Issers bombing of 19 '
        'August)', False, REPOST % 'tingroom.com' + CUT),
    voa('voa_2009_01_04_kashmir_mendhar_forest_battle', 'Violence in Indian Kashmir Kills Seven',
        'https://yingyuke.net/a/223320.html', '2009-01-04',
        "inferred: the repost is filed under 'VOA双语新闻 2009年1月'; the fighting 'began on Thursday' and 'entered its "
        "fourth day on Sunday' - Thursday 1 January to Sunday 4 January 2009 - and the story is a same-day report",
        'Kashmir insurgency: four-day encounter near Mendhar, Poonch district, 1-4 January 2009', False,
        BILINGUAL % 'yingyuke.net' + "The Chinese title is rendered in English by the annotator. The stored copy "
        "breaks off inside the Chinese translation; the English text ends at the last complete English paragraph."),
    voa('voa_2009_12_04_afghanistan_nato_7000_pledge', 'US Allies Pledge More Troops for Afghanistan',
        'http://tingroom.com/voastandard/2009/12/89527.html', '2009-12-04', DL % '04 December 2009',
        'War in Afghanistan: NATO/ISAF pledges of about 7,000 additional troops after the US surge announcement, '
        'December 2009', False,
        REPOST % 'tingroom.com' + "The deck line (which the first body sentence repeats), the 'Watch' video links, a "
        "photo caption and an unattributed pull quote at the top were removed. Title completed by the annotator "
        "(repost: '...Troops for Afgha'). " + CUT),
    voa('voa_2010_01_19_haiti_un_reinforcements', 'UN Security Council Authorizes 3,500 More Peacekeepers for Haiti',
        'https://tingroom.com/print_127637.html', '2010-01-19',
        "inferred: no date line in the stored copy; the Security Council vote it reports (resolution 1908, adding "
        "2,000 troops and 1,500 police to MINUSTAH after the earthquake) was taken on Tuesday 19 January 2010 "
        "(annotator's knowledge); same-day report",
        'MINUSTAH reinforcement after the 2010 Haiti earthquake, January 2010', False,
        BILINGUAL % 'tingroom.com (print page)' + "The Chinese title is rendered in English by the annotator. The "
        "stored copy breaks off inside the Chinese translation; the English text ends at the last complete English "
        "paragraph."),
    voa('voa_le_2011_04_01_ivory_coast_cost_of_conflict', 'In Ivory Coast, the Great Cost of Conflict',
        'http://learningenglish.voanews.com/content/in-ivory-coast-the-great-cost-of-conflict-119095494/130900.html',
        '2011-04-01',
        "inferred: the stored page shows only a later update stamp (April 24, 2014); the story's 'On Friday' is 1 "
        "April 2011 and 'moved into Abidjan on Thursday' is 31 March 2011 (annotator's knowledge); a verbatim copy on "
        "chinadaily.com.cn is dated 2011-04-02 13:01 Beijing time, i.e. the evening of 1 April in Washington; the "
        "date may be one day early",
        'Second Ivorian civil war: post-election crisis, Ouattara offensive on Abidjan, March-April 2011', False,
        "VOA Special English 'In the News' item on learningenglish.voanews.com. Page header, photo caption, audio "
        "links and the programme intro ('This is IN THE NEWS in VOA Special English.') removed; numbers are spelled "
        "out as in Special English. " + CUT, outlet='Voice of America (VOA Special English)', license=PD_VOA_LE),
    voa('voa_le_2014_02_22_car_ban_3000_troops', 'UN Chief Wants 3,000 Troops Sent to Central African Republic',
        'https://tingroom.com/mobile/?aid=248554&mid=3', '2014-02-22',
        "estimated: the repost is dated 2014-03-04; the text's 'Mr. Ban asked the Security Council on Thursday' is "
        "Ban Ki-moon's briefing of Thursday 20 February 2014 (annotator's knowledge), and 'In the News' was a weekly "
        "Saturday item, so the story is taken as of Saturday 22 February 2014 (uncertain by a few days)",
        'Central African Republic conflict: request for 3,000 more troops; AU (MISCA), French (Sangaris) and EU forces; '
        'anti-balaka violence, 2013-2014', False,
        "Verbatim repost of a VOA Learning English 'In the News' item on tingroom.com (mobile page). Chinese "
        "title/translation, vocabulary-note digits and the programme intro ('From VOA Learning English, this is In "
        "the News.') removed. The repost switches to the Chinese translation after the third paragraph; the English "
        "text ends there.", outlet='Voice of America (VOA Learning English)', license=PD_VOA_LE),
    voa('voa_le_2017_07_14_philippines_vietnamese_hostages', 'Third Vietnamese Hostage Killed in Philippines',
        'http://hxen.net/englishlistening/voaenglish/AS_IT_IS/20170714/472644.html', '2017-07-14',
        "date in the repost's URL ('20170714'); the text's 'confirmed Thursday' is 13 July 2017",
        'Moro conflict / Abu Sayyaf: killing of Vietnamese sailors held hostage in Sulu and Basilan, 2016-2017', False,
        "Verbatim repost of a VOA Learning English (As It Is) story on hxen.net (a second page of the same repost, "
        "http://hxen.net/englishlistening/voaenglish/AS_IT_IS/20170714/472644_3.html, interleaves a Chinese "
        "translation). Site header removed. The stored copy ends after a complete sentence; the rest of the story "
        "and its glossary are not in it.", outlet='Voice of America (VOA Learning English)', license=PD_VOA_LE),
]

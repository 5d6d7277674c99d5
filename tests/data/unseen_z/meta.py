# -*- coding: utf-8 -*-
"""Per-article metadata of set (z) (articles.jsonl), written by hand. Two kinds of source: English Wikinews records
of the mixed Wikinews corpus (CC BY 2.5) and US federal government works found with the research search tool (public
domain: Voice of America, Department of Defense, White House, State Department)."""

LICENSE = ("CC BY 2.5 (Wikinews, https://creativecommons.org/licenses/by/2.5/); text changed by format conversion and "
           "markup stripping")
PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in "
          "the public domain)")
PD_VOA_ED = ("Public domain (VOA editorial 'reflecting the views of the United States Government', US federal "
             "government work)")
PD_DOD = "Public domain (Department of Defense news, US federal government work)"
PD_WH = "Public domain (White House statement, US federal government work)"
PD_STATE = "Public domain (Department of State press statement, US federal government work)"
RETRIEVAL = ("Wikinews records: mixed Wikinews corpus /work/shared/corpora/wikinews_mixed (see its SOURCE.md: toscaData "
             "politics/economy sets and vanatteveldt/wikinews 2019-2020), the record's `text` field used unchanged. "
             "Government works: research search tool, corpus 'pages' (stored copies of public web pages, about the "
             "first 2,000 characters); text copied from the stored copy, page furniture removed")

WN_DATE = "'published' field of the source record (toscaData; Wikinews date category)"
WN_DATE19 = "'published' field of the source record (vanatteveldt/wikinews; Wikinews date category)"


def WN(rid, extra=""):
    src = ("vanatteveldt/wikinews @ 34725417, data/wikinews_%s.csv" % rid[7:11]) if rid.startswith("wn-all") else (
        "toscaData (Docma-TU/toscaData @ 79923805, data/%s.rda)" % ("economy" if "economy" in rid else "politics"))
    return ("Source record %s from %s. Text as in the source record (markup-stripping leftovers kept). Whole text "
            "used (not cut). %s" % (rid, src, extra)).strip()


def wn(aid, title, date, rid, conflict, notes="", date_source=None):
    url = "https://en.wikinews.org/wiki/" + title.replace(" ", "_")
    return dict(id=aid, title=title, url=url, retrieved_from=url, original_url=None, outlet="Wikinews",
                license=LICENSE, publication_date=date,
                publication_date_source=date_source or (WN_DATE19 if rid.startswith("wn-all") else WN_DATE),
                conflict=conflict, text_complete=True, notes=WN(rid, notes))


META = [
    wn('wn_2019_03_17_new_zealand_christchurch_mosques',
       'New Zealand mosque murder suspect appears in court at Christchurch', '2019-03-17', 'wn-all2019-042',
       'Terrorism in New Zealand: the Christchurch mosque shootings (Al Noor and Linwood mosques), 15 March 2019',
       "The text starts with the Wikinews dateline 'Sunday, March 17, 2019' followed by a no-break space, kept."),
    wn('wn_2019_12_02_uk_london_bridge_stabbing',
       "Bystanders foil knife-weilding man on London Bridge with fire extinguisher, whale tusk", '2019-12-02',
       'wn-all2019-164',
       'Terrorism in the United Kingdom: the Fishmongers\' Hall / London Bridge stabbing, 29 November 2019',
       "Title spelling 'knife-weilding' kept. The text starts with the dateline 'Monday, December 2, 2019' and a "
       "no-break space, kept."),
    wn('wn_2020_06_23_uk_reading_stabbing',
       'Three killed, three others injured in stabbing attack in Reading, UK', '2020-06-23', 'wn-all2020-070',
       'Terrorism in the United Kingdom: the Forbury Gardens stabbing in Reading, 20 June 2020'),
    wn('wn_2011_04_12_belarus_minsk_metro_bombing',
       'Eleven dead after Belarus subway bombing', '2011-04-12', 'wn-economy-255715',
       'Terrorism in Belarus: the bombing of Oktyabrskaya station of the Minsk Metro, 11 April 2011',
       "Record from toscaData's economy set although the story is about a bombing."),
    wn('wn_2006_09_08_colombia_bogota_faked_attacks',
       'Colombian army officials accused of allegedly faking terrorist attacks', '2006-09-08', 'wn-politics-49617',
       'Colombian armed conflict: attacks in Bogota in July-August 2006 that army officers allegedly staged; the FARC '
       'rockets of the 2002 inauguration'),
    wn('wn_2007_11_23_colombia_farc_hostage_mediation',
       'Colombia ends Chávez-FARC mediations', '2007-11-23', 'wn-politics-85744',
       'Colombian armed conflict: FARC hostages and the end of the Chavez-Cordoba mediation, November 2007'),
    wn('wn_2006_05_11_somalia_mogadishu_fighting',
       'Fight Continues, 100 dead in Somalia', '2006-05-11', 'wn-politics-40367',
       'Somali civil war: fighting in Mogadishu between the Islamic Courts Union and the warlords\' Alliance for the '
       'Restoration of Peace and Counter-Terrorism, May 2006 (and March 2006)'),
    wn('wn_2006_06_07_nigeria_korean_workers_kidnapped',
       'Five South Korean workers kidnapped from Nigerian natural gas facility', '2006-06-07', 'wn-politics-42642',
       'Conflict in the Niger Delta: MEND raid on a Shell-operated gas facility and kidnapping of five South Korean '
       'workers, June 2006',
       "The source record has no publication date ('published' empty). The date is inferred: the record's page id "
       "(42642) lies between those of records published on 7 June 2006 (42631, 42639) and 8 June 2006 (42691), and the "
       "kidnapping it reports took place in early June 2006.",
       date_source="inferred (record without date): page-id order of neighbouring records dated 7-8 June 2006"),
    wn('wn_2008_10_31_india_assam_serial_bombings',
       'Synchronised bombings strike Indian state of Assam', '2008-10-31', 'wn-politics-115826',
       'Terrorism in India: thirteen synchronised bomb blasts in Guwahati, Kokrajhar and Barpeta, Assam, 30 October '
       '2008'),
    wn('wn_2006_04_21_nepal_kathmandu_crackdown',
       "Nepal's King Gyanendra cracks down on protests; 3 dead", '2006-04-21', 'wn-politics-38481',
       'Nepalese civil war / 2006 democracy movement: security forces fire on protesters in Kathmandu, April 2006'),
    wn('wn_2008_02_11_east_timor_president_shot',
       'Rebels shoot East Timor president', '2008-02-11', 'wn-politics-99113',
       'East Timor: rebel attack on President Jose Ramos-Horta at his home near Dili, 11 February 2008'),
    wn('wn_2008_03_24_iraq_us_death_toll_4000',
       'United States military death toll in Iraq reaches 4,000', '2008-03-24', 'wn-politics-102775',
       'Iraq War: four US soldiers killed by an IED in southern Baghdad bring the US toll to 4,000; insurgent attacks '
       'on Iraqi civilians and soldiers, 23 March 2008'),
    wn('wn_2006_01_31_iraq_100th_british_soldier',
       '100th British soldier killed in Iraq', '2006-01-31', 'wn-politics-32346',
       'Iraq War: the 100th British Army death in Iraq (explosion at Umm Qasr), 31 January 2006; coalition and Iraqi '
       'tolls'),
    wn('wn_2006_11_15_israel_sderot_qassam',
       'Israeli Woman killed by Qassam rocket', '2006-11-15', 'wn-politics-54751',
       'Israeli-Palestinian conflict: Qassam rockets from Beit Hanoun on Sderot, 15 November 2006'),
    wn('wn_2008_07_26_gaza_beach_bombing_hamas_arrests',
       'Six year old girl and five others killed, Hamas arrests 200 Palestinians', '2008-07-26', 'wn-politics-110270',
       'Fatah-Hamas conflict: bomb on the Gaza coastal road and a Gaza City coffee shop attack, 25 July 2008, and '
       'Hamas arrests',
       "The title says 'Six year old girl and five others' (six dead); the body says both 'killing five Palestinians "
       "including a six year old girl' and 'killing five Hamas operatives along with a six year old girl'."),
    wn('wn_2005_10_09_thailand_south_troop_reinforcement',
       'More troops for southern Thailand troubles', '2005-10-09', 'wn-politics-23801',
       'South Thailand insurgency: 1,000 more troops sent to the three southern provinces, and shootings in '
       'Narathiwat, Yala and Pattani, October 2005'),
    dict(id='dod_2016_11_03_afghanistan_kunduz_casualties',
         title='Carter, Top U.S. Commander in Afghanistan Mourn Casualties',
         url='https://www.defense.gov/News/News-Stories/Article/Article/995241/carter-top-us-commander-in-afghanistan-mourn-casualties/',
         retrieved_from='https://www.defense.gov/News/News-Stories/Article/Article/995241/carter-top-us-commander-in-afghanistan-mourn-casualties/',
         original_url=None, outlet='US Department of Defense (DoD News)', license=PD_DOD,
         publication_date='2016-11-03',
         publication_date_source=("inferred: the stored copy shows no date; the casualties it reports 'today' "
                                  "(Boz Qandahari, Kunduz) were announced on 3 November 2016"),
         conflict='War in Afghanistan: two US service members killed and four wounded near Kunduz, 3 November 2016',
         text_complete=False,
         notes=("defense.gov 'historical collection' page. Site header, title, archive notice and the crosshead "
                "'Helping Afghans to Secure Their Country' removed. The stored copy breaks off inside General "
                "Nicholson's quoted statement; the text ends at the last complete sentence before it. The unbalanced "
                "quotation mark at the end of Carter's first quoted paragraph is in the source.")),
    dict(id='dod_2017_12_06_iraq_syria_troop_levels',
         title='Pentagon Announces Troop Levels in Iraq, Syria',
         url='http://www.defense.gov/News/Article/Article/1390079/pentagon-announces-troop-levels-in-iraq-syria/',
         retrieved_from='http://www.defense.gov/News/Article/Article/1390079/pentagon-announces-troop-levels-in-iraq-syria/',
         original_url=None, outlet='US Department of Defense (DoD News)', license=PD_DOD,
         publication_date='2017-12-06',
         publication_date_source=("inferred: the stored copy shows no date; the Pentagon announced these troop "
                                  "numbers ('said here today') on 6 December 2017"),
         conflict='Military intervention against ISIS: US force levels in Iraq and Syria, December 2017',
         text_complete=False,
         notes=("defense.gov 'historical collection' page. Site header, title and archive notice removed. The stored "
                "copy breaks off mid-sentence ('An example of this was the withdrawal of a Marine'); the text ends at "
                "the last complete sentence before it.")),
    dict(id='wh_2018_03_02_west_africa_attacks_statement',
         title='Statement from the Press Secretary Regarding Recent Attacks in West Africa',
         url='https://www.whitehouse.gov/briefings-statements/statement-press-secretary-regarding-recent-attacks-west-africa/',
         retrieved_from='https://www.whitehouse.gov/briefings-statements/statement-press-secretary-regarding-recent-attacks-west-africa/?utm_source=link',
         original_url=None, outlet='The White House (Office of the Press Secretary)', license=PD_WH,
         publication_date='2018-03-02',
         publication_date_source=("inferred: the stored copy shows no date; 'today's attacks in Burkina Faso' are the "
                                  "Ouagadougou attacks of Friday 2 March 2018, the day the statement was issued"),
         conflict=('Jihadist insurgencies in West Africa: the Dapchi schoolgirls kidnapping (Nigeria, 19 February 2018), '
                   'an attack on UN peacekeepers in Mali (28 February 2018) and the Ouagadougou attacks (2 March 2018)'),
         text_complete=True,
         notes="whitehouse.gov (2017-2021 archive address). Only the statement body; title and page furniture removed."),
    dict(id='voa_2018_03_21_nigeria_dapchi_girls_returned',
         title='Boko Haram Returns Most of Kidnapped Nigerian Schoolgirls',
         url='https://yingyuke.net/a/114693.html', retrieved_from='https://yingyuke.net/a/114693.html',
         original_url=None, outlet='Voice of America (Learning English)',
         license=PD_VOA + "; adapted by VOA Learning English; one quotation is credited to the AP ('told the AP')",
         publication_date='2018-03-21',
         publication_date_source=("inferred: the repost is dated 2019-01-03 and filed under 'VOA Learning English, "
                                  "March 2018'; the girls were returned on Wednesday 21 March 2018 ('witnesses said "
                                  "Wednesday', 'a month ago' = the 19 February kidnapping)"),
         conflict='Boko Haram insurgency: return of the schoolgirls kidnapped at Dapchi, Yobe, March 2018; the 2014 '
                  'Chibok kidnapping',
         text_complete=False,
         notes=("Repost of a VOA Learning English story on yingyuke.net (Chinese English-learning site), filed under "
                "'2018年VOA慢速英语' (VOA Learning English 2018). The title is not in the stored copy; it is the "
                "annotator's rendering of the story's subject and is not part of the text. Site header, the crosshead "
                "'Memories of Chibok' and the site's furniture removed. The stored copy breaks off mid-sentence "
                "('...said the extremists talked to the girls, and then'); the text ends at the last complete sentence "
                "before it.")),
    dict(id='voa_2018_01_29_afghanistan_kabul_academy_attack',
         title='Terror Attacks Continue in Afghan Capital',
         url='https://tingroom.com/print_422089.html', retrieved_from='https://tingroom.com/print_422089.html',
         original_url=None, outlet='Voice of America (Learning English)',
         license=PD_VOA + "; adapted by VOA Learning English; one fact is credited to the AP",
         publication_date='2018-01-29',
         publication_date_source=("inferred: the print page shows no date; filed as 'VOA慢速英语2018'; the attack "
                                  "'early Monday morning' at the Marshal Fahim academy was on Monday 29 January 2018"),
         conflict='War in Afghanistan: ISIS-K attack on a military academy in Kabul, 29 January 2018',
         text_complete=False,
         notes=("Repost of a VOA Learning English story on tingroom.com (Chinese English-learning site) with a Chinese "
                "translation after every paragraph; the Chinese lines, the page title line and the site furniture "
                "were removed, the English paragraphs kept as they are (including the missing spaces after full "
                "stops, e.g. 'morning.Sixteen'). The stored copy breaks off after the sixth paragraph (the rest of "
                "the story, about the week's two other attacks, is not available); text_complete false.")),
    dict(id='state_2021_07_01_bangladesh_dhaka_attack_anniversary',
         title='Fifth Anniversary of the Terrorist Attack in Dhaka, Bangladesh',
         url='https://agenparl.eu/fifth-anniversary-of-the-terrorist-attack-in-dhaka-bangladesh/',
         retrieved_from='https://agenparl.eu/fifth-anniversary-of-the-terrorist-attack-in-dhaka-bangladesh/',
         original_url=None, outlet='US Department of State (Press Statement, Secretary of State)', license=PD_STATE,
         publication_date='2021-07-01',
         publication_date_source="date line of the copy ('07/01/2021 12:27 PM EDT')",
         conflict='Terrorism in Bangladesh: the Holey Artisan Bakery attack in Dhaka, 1-2 July 2016 (anniversary '
                  'statement)',
         text_complete=True,
         notes=("Verbatim copy of the State Department press statement on agenparl.eu. Date line and the signature "
                "line 'Antony J. Blinken, Secretary of State' removed.")),
    dict(id='wh_2016_12_11_somalia_mogadishu_attack_statement',
         title='Statement by NSC Spokesperson Ned Price on the Terrorist Attack in Mogadishu, Somalia',
         url='http://us-africarelationsupdates.blogspot.com/2016/12/us-issues-statement-on-terrorist-attack_14.html',
         retrieved_from='http://us-africarelationsupdates.blogspot.com/2016/12/us-issues-statement-on-terrorist-attack_14.html',
         original_url=None, outlet='The White House (Office of the Press Secretary)', license=PD_WH,
         publication_date='2016-12-11',
         publication_date_source="release date printed in the copy ('FOR IMMEDIATE RELEASE December 11, 2016')",
         conflict='Somali civil war: al-Shabab bombing in Mogadishu, weekend of 10-11 December 2016',
         text_complete=True,
         notes=("Verbatim copy of the White House statement on a blog of US-Africa statements (posted 14 December "
                "2016). Blog title, release header lines, '###' and the comment prompt removed.")),
    dict(id='state_2013_09_21_kenya_westgate_attack',
         title='Terrorist Attack at Westgate Shopping Mall in Nairobi, Kenya',
         url='https://brandtsrandomgovernmentpressreleases.blogspot.com/2013/09/press-statement-on-terrorist-attack-at.html',
         retrieved_from='https://brandtsrandomgovernmentpressreleases.blogspot.com/2013/09/press-statement-on-terrorist-attack-at.html',
         original_url=None, outlet='US Department of State (Press Statement, Secretary of State)', license=PD_STATE,
         publication_date='2013-09-21',
         publication_date_source="date printed in the copy ('Washington, DC September 21, 2013')",
         conflict='Terrorism in Kenya: al-Shabab attack on the Westgate shopping mall in Nairobi, 21 September 2013',
         text_complete=True,
         notes=("Verbatim copy of the press statement of Secretary of State John Kerry on a blog that reposts US "
                "government press releases. 'FROM: U.S. STATE DEPARTMENT', title, header lines and the blog's "
                "sidebar removed.")),
    dict(id='voa_2012_07_20_bulgaria_burgas_bus_editorial',
         title='Attacks On Civilians Are Cowardly And Pointless',
         url='https://editorials.voa.gov/amp/attacks-on-civilians-are-cowardly-and-pointless--164072336/1493106.html',
         retrieved_from='https://editorials.voa.gov/amp/attacks-on-civilians-are-cowardly-and-pointless--164072336/1493106.html',
         original_url=None, outlet='Voice of America (Editorials)', license=PD_VOA_ED,
         publication_date='2012-07-20',
         publication_date_source=("inferred (approximate): the stored copy shows no date; the editorial reacts to the "
                                  "Burgas bus bombing of 18 July 2012 ('On July 18th') as a recent event; the day of "
                                  "publication is an estimate"),
         conflict='Terrorism: the Burgas (Bulgaria) bus bombing of 18 July 2012, compared with the 1994 AMIA bombing '
                  '(Buenos Aires), Bali 2005, Mumbai 2008 and Nairobi 1998',
         text_complete=True,
         notes=("VOA editorial ('reflects the views of the United States Government'). The photo caption ('The "
                "aftermath of a suicide bomb in Bulgaria.') and the teaser line that repeats a body sentence were "
                "removed; the text starts with the first body paragraph. 'The majority, but not, all were Jewish.' is "
                "in the source.")),
    dict(id='voa_2014_09_24_mali_minusma_editorial',
         title='US Supports UN Mission in Mali',
         url='https://editorials.voa.gov/a/us-supports-un-mission-mali/2459780.html',
         retrieved_from='https://editorials.voa.gov/a/us-supports-un-mission-mali/2459780.html',
         original_url=None, outlet='Voice of America (Editorials)', license=PD_VOA_ED,
         publication_date='2014-09-24',
         publication_date_source=("inferred (approximate): the stored copy shows no date; the editorial reports the "
                                  "roadside bomb of 18 September 2014 and the month's toll ('this month'); the day of "
                                  "publication in late September 2014 is an estimate"),
         conflict='Northern Mali conflict: roadside bomb against MINUSMA peacekeepers between Aguelhok and Tessalit, '
                  '18 September 2014; MINUSMA tolls',
         text_complete=True,
         notes="VOA editorial. The title is the page's URL slug rendered as words (the stored copy starts with the body)."),
    dict(id='voa_2014_12_08_nigeria_boko_haram_editorial',
         title='Nigeria Under Seige',
         url='http://hxen.net/englishlistening/voaenglish/voastandardenglish/20141208/371944.html',
         retrieved_from='http://hxen.net/englishlistening/voaenglish/voastandardenglish/20141208/371944.html',
         original_url=None, outlet='Voice of America (Editorials)', license=PD_VOA_ED,
         publication_date='2014-12-08',
         publication_date_source="date of the repost ('2014-12-08来源:VOA'); the editorial itself may be a few days older",
         conflict='Boko Haram insurgency: attacks in Kano (28 November 2014), Damaturu and Maiduguri (1 December 2014); '
                  'the Chibok kidnapping; the insurgency toll',
         text_complete=True,
         notes=("Repost of a VOA editorial on hxen.net (Chinese English-learning site), credited 'VOA'. Title spelling "
                "'Seige' kept. Site header and furniture removed.")),
    dict(id='voa_2009_10_13_afghanistan_pentagon_13000_troops',
         title="Pentagon Denies Report of 'Unannounced' Troops",
         url='http://www.tingroom.com/voastandard/2009/10/83508.html',
         retrieved_from='http://www.tingroom.com/voastandard/2009/10/83508.html',
         original_url=None, outlet='Voice of America (VOA News)', license=PD_VOA,
         publication_date='2009-10-13',
         publication_date_source="VOA date line in the copy ('By Al Pessin Pentagon 13 October 2009')",
         conflict='War in Afghanistan: the 2009 US troop increase (13,000 support troops, 68,000 total)',
         text_complete=False,
         notes=("Repost of a VOA News story on tingroom.com. The page title is truncated on the site ('...'Unannounced' "
                "Tr'); the title here completes it from the story. Byline and date line, the photo caption 'US "
                "Soldiers in Afghanistan' and the site's vocabulary-note digits glued to words ('deployment1', "
                "'inaccurate2', 'authorized3', 'glide4', 'clearance5', 'afterward6') were removed. The stored copy "
                "breaks off mid-sentence ('The 68,000 figure has been widely repo'); the text ends at the last "
                "complete sentence before it.")),
    dict(id='voa_2009_05_21_pakistan_buner_sultanwas',
         title='Pakistani Army Clears Taliban Stronghold',
         url='http://hxen.net/englishlistening/voaenglish/voastandardenglish/20090521/77367.html',
         retrieved_from='http://hxen.net/englishlistening/voaenglish/voastandardenglish/20090521/77367.html',
         original_url=None, outlet='Voice of America (VOA News)', license=PD_VOA,
         publication_date='2009-05-21',
         publication_date_source="date of the repost ('2009-05-21来源'); the briefing it reports was on Wednesday 20 May 2009",
         conflict='Insurgency in Khyber Pakhtunkhwa: the army takes Sultanwas, Buner, during the 2009 Swat offensive',
         text_complete=False,
         notes=("Repost of a VOA News story on hxen.net. Site header and audio link removed. The stored copy breaks "
                "off mid-sentence ('...appealed for internatio'); the text ends at the last complete sentence before "
                "it.")),
    dict(id='voa_2009_08_12_afghanistan_nato_election_troops',
         title='US Wants NATO Troops to Stay Longer in Afghanistan',
         url='http://hxen.net/englishlistening/voaenglish/voastandardenglish/20090812/86698.html',
         retrieved_from='http://hxen.net/englishlistening/voaenglish/voastandardenglish/20090812/86698.html',
         original_url=None, outlet='Voice of America (VOA News)', license=PD_VOA,
         publication_date='2009-08-12',
         publication_date_source="date of the repost ('2009-08-12来源'); the Pentagon call it reports was on Tuesday 11 August 2009",
         conflict='War in Afghanistan: allied election-security troops and force levels before the 20 August 2009 '
                  'election',
         text_complete=False,
         notes=("Repost of a VOA News story on hxen.net. Site header and audio link removed; a line break inside the "
                "quoted sentence ('...security situation there,\"' / 'he said.') was joined with a space. The stored "
                "copy breaks off mid-sentence ('...a very aggressive enemy r'); the text ends at the last complete "
                "sentence before it.")),
]

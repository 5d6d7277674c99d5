# -*- coding: utf-8 -*-
"""Per-article metadata of set (ae) (articles.jsonl), written by hand. Only US federal government works found with the
research search tool (corpus 'pages'): Voice of America (News, VOA Africa, Learning English, editorials), DoD News,
U.S. Central Command, the U.S. Embassy in Burkina Faso and the Congressional Research Service. No Wikinews, no agency
copy, no newspaper text."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in "
          "the public domain)")
PD_VOA_LE = ("Public domain (VOA Learning English story, US federal government work; VOA Learning English adapts news "
             "reports, here partly from AP/Reuters reporting, into its own text)")
PD_VOA_ED = ("Public domain (VOA editorial 'reflecting the views of the United States Government', US federal "
             "government work)")
PD_DOD = "Public domain (Department of Defense news, US federal government work)"
PD_CENTCOM = "Public domain (U.S. Central Command press release, US federal government work)"
PD_STATE = "Public domain (statement of the U.S. Embassy in Ouagadougou, Department of State, US federal government work)"
PD_CRS = ("Public domain (Congressional Research Service report, US federal government work; CRS products are not "
          "subject to US copyright)")
RETRIEVAL = ("Research search tool, corpus 'pages' (stored copies of public web pages, about the first 2,000 "
             "characters of each page); text copied from the stored copy, page furniture removed")


def G(aid, title, url, outlet, lic, date, date_source, conflict, complete, notes, retrieved_from=None, original_url=None):
    return dict(id=aid, title=title, url=url, retrieved_from=retrieved_from or url, original_url=original_url,
                outlet=outlet, license=lic, publication_date=date, publication_date_source=date_source,
                conflict=conflict, text_complete=complete, notes=notes)


META = [
    G('voa_2024_06_06_sudan_wad_al_noura_attack', 'At least 100 killed in RSF attack on Sudanese village',
      'https://voanews.com/a/sudan-committee-says-up-to-100-killed-in-village-attack/7645207.html',
      'Voice of America (VOA News)', PD_VOA, '2024-06-06',
      "inferred: the stored copy shows no date; the text dates the attack to 'Wednesday' and the army's reaction to "
      "'Thursday' (the Wad al-Noura attack was on Wednesday 5 June 2024), so the story is of Thursday 6 June 2024",
      'Sudan civil war (2023-): RSF attack on Wad al-Noura village, Gezira state, 5 June 2024', False,
      "voanews.com page. 'Accessibility links', 'Breaking News', title and the 'update' tag removed. The stored copy "
      "breaks off inside a quoted sentence ('...in a Thursday press r'); the text ends at the last complete sentence "
      "before it. The crosshead 'Sudan crisis 'neglected'' is kept as its own line."),
    G('voa_2024_03_07_drc_nyanzale_m23', 'M23 Rebels Sack DRC City, Kill 15', 'https://voaafrica.com/a/7517236.html',
      'Voice of America (VOA Africa)', PD_VOA + '; the summary quotes a local official speaking to Reuters',
      '2024-03-07',
      "inferred: the stored copy shows no date; Nyanzale fell to M23 on Wednesday 6 March 2024 ('on Wednesday' in the "
      "text); the item is dated to the following day (uncertain by a day)",
      'M23 rebellion, eastern DR Congo: M23 takes Nyanzale, North Kivu, March 2024', False,
      "voaafrica.com audio page: the written summary of a VOA Africa interview. Page furniture and the audio player "
      "removed; the last line ('For more on the situation, VOA's Douglas Mpuga reached reporter ... in Goma', no full "
      "stop, an introduction to the audio) is left out."),
    G('dod_2024_08_13_centcom_40000_service_members', 'Ryder: About 40,000 U.S. Service Members in Centcom Region',
      'https://www.defense.gov/News/News-Stories/Article/Article/3871631/', 'US Department of Defense (DoD News)', PD_DOD,
      '2024-08-13',
      "inferred: the stored copy shows no title or date; it reports a Ryder news conference after Secretary Austin "
      "ordered the USS Georgia and the Lincoln strike group to the region (11-12 August 2024); dated 13 August 2024 "
      "(uncertain by a day or two). The title is the annotator's description, the stored copy has none",
      'Middle East crisis 2024: U.S. force posture in the CENTCOM region, August 2024', False,
      "defense.gov news story. The stored copy begins with the body and breaks off mid-sentence ('\"But our foc'); the "
      "text ends at the last complete sentence before it. Paragraph breaks (single newlines in the stored copy) made "
      "blank lines."),
    G('voa_ed_2025_08_15_red_sea_eternity_c', 'Houthis Continue to Terrorize Region',
      'https://editorials.voa.gov/amp/houthis-continue-to-terrorize-region/8056474.html', 'Voice of America (VOA editorial)',
      PD_VOA_ED, '2025-08-15',
      "inferred: the stored copy shows no date; it calls the July 2025 Eternity C attack 'Last month' and cites an "
      "attack 'As recently as August 8th', so it is of mid-August 2025 (date an estimate within a few days)",
      'Houthi attacks on Red Sea shipping: the Eternity C sinking and crew kidnapping, July 2025', False,
      "editorials.voa.gov AMP page. Title, 'VOA Policy' tag, photo caption and audio notice removed; the summary line "
      "under the title is kept as the first paragraph. The stored copy breaks off mid-sentence; the text ends at the "
      "last complete sentence. Curly and straight quotation marks kept as stored (one opening curly quote is closed by a "
      "straight one)."),
    G('voa_le_2022_04_08_ukraine_kramatorsk_station', 'Ukraine Says Missile Strike Kills 50 People at Train Station',
      'https://www.51voa.com/voa_special_english/ukraine-says-missile-strike-kills--people-at-train-station-88764.html',
      'Voice of America (VOA Learning English)', PD_VOA_LE, '2022-04-08', "date shown on the repost ('08 April 2022')",
      'Russian invasion of Ukraine: missile strike on Kramatorsk railway station, 8 April 2022', False,
      "Repost of a VOA Learning English story on 51voa.com. Site header and a photo caption (credited to AP) removed. "
      "The stored copy breaks off after the Wallace quote; the text ends there."),
    G('voa_le_2020_12_28_ethiopia_tigray_refugees', 'The Human Cost of Ethiopia\u2019s Fighting in Tigray Grows',
      'https://tingroom.com/voa/2020/12/519232.html', 'Voice of America (VOA Learning English)', PD_VOA_LE, '2020-12-28',
      "inferred: the repost is stamped '2020-12-29 03:29' (China time); the VOA story is dated to the previous day",
      'Tigray war, Ethiopia (2020-2022): refugees in Sudan describe abductions and killings, Nov.-Dec. 2020', False,
      "Repost of a VOA Learning English story on tingroom.com. The site's language menu and Chinese header removed; the "
      "vocabulary-note digits the site glues to words ('killing2', 'militias4', 'remains5', 'humanitarian6', "
      "'investigations7') removed. The stored copy breaks off mid-sentence ('Last year, Abi'); the text ends at the "
      "last complete sentence before it."),
    G('voa_le_2021_04_24_ethiopia_erase_tigray', 'In Ethiopia: \u2018Their Aim Is to Erase Tigray\u2019',
      'https://tingroom.com/mobile/index.php?aid=525350&mid=3', 'Voice of America (VOA Learning English)', PD_VOA_LE,
      '2021-04-24',
      "inferred: the repost is stamped '2021-04-25 02:32:23' (China time); the VOA story is dated to the previous day",
      'Tigray war, Ethiopia (2020-2022): refugees describe ethnic cleansing in western Tigray, spring 2021', False,
      "Repost of a VOA Learning English story on tingroom.com (mobile page). Chinese header and vocabulary-note digits "
      "('Erase1', 'raped3', 'Ethnic2 cleansing4', 'killings6', 'rapes7') removed. The stored copy breaks off "
      "mid-sentence ('They crea'); the text ends at the last complete sentence before it."),
    G('voa_le_2021_03_04_myanmar_protesters_shot', 'Myanmar Security Forces Open Fire on Protesters, Killing Several',
      'http://hxen.com/englishlistening/voaenglish/voaspecialenglish/2021-03-04/553274.html',
      'Voice of America (VOA Learning English)', PD_VOA_LE, '2021-03-04',
      "date of the repost ('2021-03-04'); the shootings it reports were on Wednesday 3 March 2021",
      'Myanmar coup protests 2021: security forces fire on protesters, 3 March 2021', False,
      "Repost of a VOA Learning English story on hxen.com. Chinese title, site header and menu removed; the English "
      "title is the annotator's translation of the repost's Chinese title (the stored copy shows no English title). "
      "The stored copy breaks off mid-sentence; the text ends at the last complete sentence before it."),
    G('voa_le_2022_04_18_ukraine_lviv_strikes', 'Russian Strikes Kill At Least 7 in Lviv, Ukraine Officials Say',
      'http://hxen.net/englishlistening/voaenglish/voaspecialenglish/2022-04-19/558948.html',
      'Voice of America (VOA Learning English)', PD_VOA_LE, '2022-04-18',
      "inferred: the repost is dated '2022-04-19'; the text reports Monday's events ('for a second day on Monday') as "
      "the latest, so the VOA story is of Monday 18 April 2022",
      'Russian invasion of Ukraine: missile strikes on Lviv, 18 April 2022', False,
      "Repost of a VOA Learning English story on hxen.net. Site header removed. The text says some claims 'could not be "
      "confirmed by The Associated Press' (VOA Learning English adapted AP reporting). The stored copy breaks off "
      "mid-sentence; the text ends at the last complete sentence before it."),
    G('voa_le_2021_05_19_gaza_children_conflict', 'In Israel-Hamas Conflict, Children Suffer the Most',
      'https://tingroom.com/voa/2021/5/526839.html', 'Voice of America (VOA Learning English)', PD_VOA_LE, '2021-05-19',
      "inferred: the repost is stamped '2021-05-23'; the toll of 217 Palestinians dead (incl. 63 children) is the Gaza "
      "health ministry figure of 18-19 May 2021, so the VOA story is dated 19 May 2021 (an estimate within a day or two); "
      "'Sunday' is 16 May 2021 either way",
      'Israel-Gaza war of May 2021: tolls in Gaza and Israel, the Ishkontana family in Gaza City', False,
      "Repost of a VOA Learning English story on tingroom.com. Chinese header and vocabulary-note digits removed; the "
      "English title is the annotator's rendering of the repost's Chinese title. 'On example' (for 'One example') is "
      "in the source. The stored copy breaks off inside a quotation; the text ends at the last complete sentence."),
    G('voa_le_2021_11_22_haiti_missionary_hostages', 'Two of 17 Hostages Held in Haiti Released',
      'https://m.testbig.com/voa/two-17-hostages-held-haiti-released', 'Voice of America (VOA Learning English)',
      PD_VOA_LE, '2021-11-22', "date shown on the repost ('22 November 2021')",
      'Haiti gang violence: the 400 Mawozo kidnapping of Christian Aid Ministries missionaries, Oct.-Nov. 2021', True,
      "Repost of a VOA Learning English story on testbig.com. Title and 'Reading audio' removed; the sign-off "
      "('I'm Bryan Lynn.') and credit line ('The Associated Press and Reuters reported on this story. Bryan Lynn "
      "adapted the reports for VOA Learning English. Mario Ritter, Jr. was the editor.') removed. 'Mo239;se' is an "
      "encoding leftover of the repost (for Mo\u00efse), kept. The story itself is whole."),
    G('voa_2019_04_29_burkina_faso_terror_rise', 'Terror Attacks on the Rise in Burkina Faso',
      'https://boorsee.com/2019/04/terror-attacks-on-the-rise-in-burkina-faso.html?share=skype', 'Voice of America (VOA News)',
      PD_VOA, '2019-04-29',
      "inferred: the repost's URL is dated 2019/04; the text calls the Silgadji church attack (Sunday 28 April 2019) "
      "'On Sunday', so the story is of Monday 29 April 2019 (uncertain by a day)",
      'Islamist insurgency in Burkina Faso: April 2019 ethnic clashes and the Silgadji church attack', False,
      "Verbatim repost of a VOA News story (Carla Babb's reporting from Burkina Faso) on boorsee.com. Site furniture and "
      "the line 'Use the arrows below to navigate to Carla Babb's video reports from Burkina Faso.' removed. The stored "
      "copy breaks off at 'Speaking'; the text ends at the last complete sentence before it."),
    G('crs_2025_01_22_sudan_war_humanitarian_crisis', 'The War and Humanitarian Crisis in Sudan (CRS In Focus IF12816)',
      'https://www.everycrsreport.com/reports/IF12816.html', 'Congressional Research Service (CRS In Focus)', PD_CRS,
      '2025-01-22', "'Updated January 22, 2025' line of the report",
      'Sudan civil war (2023-): overview of the war and its toll', False,
      "CRS In Focus report as stored on everycrsreport.com. The 'https://crsreports.congress.gov' and 'Updated' lines "
      "removed. 'non- Arab' (a line-break leftover) kept. The stored copy breaks off mid-sentence; the text ends at the "
      "last complete sentence before it."),
    G('centcom_2015_10_23_iraq_hostage_rescue_casualty', 'Oct. 23: Operation Inherent Resolve casualty',
      'https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/903971/oct-23-operation-inherent-resolve-casualty/',
      'U.S. Central Command (press release)', PD_CENTCOM, '2015-10-23', "date shown on the release ('October 23, 2015')",
      'Campaign against ISIS in Iraq: U.S. soldier killed in the hostage rescue raid near Hawija, 22 October 2015', True,
      "centcom.mil press release. Site banner, the 'Press Release | Oct. 23, 2015' line, title, date and release number "
      "removed; the dateline 'SOUTHWEST ASIA' is kept. Whole release."),
    G('state_2020_03_10_burkina_faso_barga_attack', 'Official Statement on Barga Attack in Northern Burkina Faso',
      'https://www.einpresswire.com/article/511659182/official-statement-on-barga-attack-in-northern-burkina-faso',
      'U.S. Embassy Ouagadougou (Department of State) statement', PD_STATE, '2020-03-10',
      "date shown on the repost ('2020-03-10')",
      'Insurgency and communal violence in Burkina Faso: the Barga massacre, Yatenga province, 8 March 2020', True,
      "Verbatim repost of the U.S. Embassy statement on einpresswire.com (a press-release distribution site). Whole "
      "statement."),
    G('voa_2024_06_24_sudan_el_geneina_toll', 'Sudan conflict worries analyst',
      'https://www.voaafrica.com/amp/sudan-conflict-worries-analyst/7669819.html', 'Voice of America (VOA Africa)', PD_VOA,
      '2024-06-24',
      "inferred: the stored copy shows no date; from the VOA article number (7669819, between 7645207 of 6 June 2024 "
      "and later items) about 24 June 2024 (an estimate within a few days); the text's 'Early this year' places it in 2024",
      'Sudan civil war (2023-): the El Geneina killings of 2023 recalled', True,
      "voaafrica.com AMP audio page: the written summary of a VOA Africa interview. Audio notice removed. Whole "
      "summary."),
    G('voa_2022_06_20_ethiopia_oromia_gimbi_killings', 'Locals in Ethiopia\u2019s Oromia \u2018Waiting to Die\u2019 After Latest Mass Killing',
      'https://www.voanews.com/amp/locals-in-ethiopia-s-oromia-waiting-to-die-after-latest-mass-killing/6625040.html',
      'Voice of America (VOA News)', PD_VOA, '2022-06-20',
      "inferred: the stored copy shows no date; the killings were on Saturday 18 June 2022 ('Saturday') and a witness "
      "speaks of trying to bury the dead 'yesterday', so the story is of Monday 20 June 2022",
      'Violence in western Oromia, Ethiopia: the Gimbi (Tole) massacre of ethnic Amhara, 18 June 2022', False,
      "voanews.com AMP page. Title and the caption 'Oromia region, Ethiopia' removed. 'the eastern Oromia region' is as "
      "written (Gimbi is in western Oromia). The stored copy breaks off mid-sentence; the text ends at the last complete "
      "sentence before it."),
]

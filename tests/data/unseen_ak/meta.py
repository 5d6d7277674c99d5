# -*- coding: utf-8 -*-
"""Per-article metadata of set (ak) (articles.jsonl), written by hand. One kind of source only: US federal government
works found with the research search tool, corpus 'pages' (public domain: Voice of America news stories, White House
letters to Congress under the War Powers Resolution, an Army News Service article)."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in "
          "the public domain)")
PD_WH = "Public domain (text of a letter from the President to Congress released by the White House, US federal government work)"
PD_ARMY = "Public domain (Army News Service article on army.mil, US federal government work)"
RETRIEVAL = ("Research search tool, corpus 'pages' (stored copies of public web pages, about the first 2,000-3,000 "
             "characters of each); text copied from the stored copy, page furniture removed (see texts.py)")

META = [
    dict(id='voa_2013_01_17_algeria_in_amenas',
         title="Algeria Says 'Several' Killed in Hostage Crisis",
         url='http://www.voanews.com/content/al-qaida-militants-hold-41-hostages-in-algeria/1585546.html',
         retrieved_from='http://www.voanews.com/content/al-qaida-militants-hold-41-hostages-in-algeria/1585546.html',
         original_url=None, outlet='Voice of America', license=PD_VOA,
         publication_date='2013-01-17',
         publication_date_source=("inferred: the stored copy shows no date; the militants stormed the complex on "
                                  "'Wednesday' (16 January 2013) and the story reports the end of the Algerian military "
                                  "operation, which was on Thursday 17 January 2013"),
         conflict='Terrorism in Algeria: the In Amenas (Tiguentourine) gas plant hostage crisis, January 2013',
         text_complete=False,
         notes=("VOA News story on voanews.com (byline 'VOA News'). Title, photo caption and 'TEXT SIZE' furniture "
                "removed. The stored copy breaks off in the next paragraph ('Richard Cochrane, an analyst at Lon'); the "
                "text ends at the last complete sentence before it. Double spaces after two full stops are as in the "
                "copy.")),
    dict(id='wh_2013_02_22_niger_deployment_letter',
         title='Text of a Letter from the President to the Speaker of the House of Representatives and the President Pro Tempore of the Senate (February 22, 2013)',
         url='https://dfwmustangs.net/forums/forum/general/god-and-country/42624-obama-sending-troops-to-niger',
         retrieved_from='https://dfwmustangs.net/forums/forum/general/god-and-country/42624-obama-sending-troops-to-niger',
         original_url='https://obamawhitehouse.archives.gov/the-press-office/2013/02/22/letter-president-concerning-us-armed-forces-niger',
         outlet='The White House', license=PD_WH,
         publication_date='2013-02-22', publication_date_source="date line of the letter ('February 22, 2013') as quoted in the repost",
         conflict='US military support to the French intervention in Mali: deployment of US personnel to Niger, February 2013',
         text_complete=False,
         notes=("A forum post quoting the White House text of the letter in full ('Here's the full letter:'); only the "
                "letter's first paragraph is used (the stored copy is cut in the following paragraph). The forum "
                "poster's comments, the letter heading and salutation are not part of the text. original_url is the "
                "annotator's reconstruction of the White House archive address (not retrieved).")),
    dict(id='army_2014_09_30_liberia_101st_deployment',
         title='101st Airborne headquarters to deploy to Liberia',
         url='https://www.army.mil/article/134936/', retrieved_from='https://www.army.mil/article/134936/',
         original_url=None, outlet='Army News Service (army.mil)', license=PD_ARMY,
         publication_date='2014-09-30', publication_date_source="dateline of the text ('Army News Service, Sept. 30, 2014')",
         conflict='Operation United Assistance: US military deployment to Liberia against the Ebola outbreak, 2014 (a non-combat deployment)',
         text_complete=False,
         notes=("Army News Service article. The stored copy has no title; the title given is the annotator's rendering "
                "of the subject and is not part of the text. The dateline is part of the first sentence and kept. The "
                "stored copy breaks off ('Some 195 Defense Depar'); the text ends at the last complete sentence.")),
    dict(id='voa_2015_07_03_mali_timbuktu_ambush',
         title='US, UN Condemn Mali Attack Claimed by Al-Qaida',
         url='https://www.voanews.com/a/us-un-condemn-mali-attack-claimed-by-al-qaida/2847260.html',
         retrieved_from='https://www.voanews.com/a/us-un-condemn-mali-attack-claimed-by-al-qaida/2847260.html',
         original_url=None, outlet='Voice of America', license=PD_VOA,
         publication_date='2015-07-03',
         publication_date_source=("inferred: the stored copy shows no date; the story reports 'Thursday's ambush' and a "
                                  "US statement 'late Thursday' (the ambush near Timbuktu was on Thursday 2 July 2015), "
                                  "so the story is taken as of Friday 3 July 2015 (within a day)"),
         conflict='Northern Mali conflict: ambush on a MINUSMA convoy of Burkinabe peacekeepers near Timbuktu, July 2015',
         text_complete=True,
         notes=("VOA News story ('Accessibility links / Breaking News' page furniture, title, photo caption and the VOA "
                "boilerplate after the text removed). The text appears to be whole.")),
    dict(id='wh_2015_10_14_cameroon_deployment_letter',
         title='Text of a Letter from the President to the Speaker of the House of Representatives and the President Pro Tempore of the Senate (October 14, 2015)',
         url='https://lawfaremedia.org/article/president-obama-sends-war-powers-letter-congress-regarding-300-troops-headed-cameroon',
         retrieved_from='https://lawfaremedia.org/article/president-obama-sends-war-powers-letter-congress-regarding-300-troops-headed-cameroon',
         original_url='https://obamawhitehouse.archives.gov/the-press-office/2015/10/14/letter-president-war-powers-resolution',
         outlet='The White House', license=PD_WH,
         publication_date='2015-10-14', publication_date_source="date line of the letter ('October 14, 2015') as reproduced in the repost",
         conflict='Boko Haram insurgency: deployment of US personnel to Cameroon for ISR operations, October 2015',
         text_complete=False,
         notes=("Only the text of the President's letter is used (a public-domain White House text reproduced in full by "
                "Lawfare and by dibussi.com; Lawfare's own introduction is not used). Heading and salutation removed. "
                "The stored copy breaks off in the last paragraph ('I appreciat'); the text ends before that paragraph. "
                "original_url is the annotator's reconstruction of the White House archive address (not retrieved).")),
    dict(id='voa_2016_06_29_somalia_el_hareri',
         title='More Than 20 Killed in Central Somalia Fighting',
         url='https://voa.pangea-cms.com/preview/en-US/a/more-than-twenty-killed-central-somalia-fighting/3397451.html',
         retrieved_from='https://voa.pangea-cms.com/preview/en-US/a/more-than-twenty-killed-central-somalia-fighting/3397451.html',
         original_url='https://www.voanews.com/a/more-than-twenty-killed-central-somalia-fighting/3397451.html',
         outlet='Voice of America', license=PD_VOA,
         publication_date='2016-06-29',
         publication_date_source=("inferred: the stored copy shows no date; 'Last Saturday' is the Mogadishu hotel "
                                  "attack that killed minister Buri Mohamed Hamza (Saturday 25 June 2016) and the "
                                  "fighting was 'Wednesday' -> Wednesday 29 June 2016"),
         conflict='Somali civil war: al-Shabab attack on the SNA base at El-Hareri (Galguduud); the Mogadishu hotel bombing of 25 June 2016',
         text_complete=True,
         notes=("VOA News story on VOA's content-system preview host (voa.pangea-cms.com); original_url is the same path "
                "on voanews.com (annotator's reconstruction). The stored copy has no title; the title is the "
                "annotator's rendering of the URL slug. The text appears to be whole. Source errors kept ('killed more "
                "a dozen').")),
    dict(id='voa_2016_10_17_south_sudan_malakal',
         title='South Sudan Army: More Than 50 Rebels Killed in Weekend Clashes',
         url='https://voaafrica.com/amp/more-than-50-rebels-killed-in-south-sudan-army-says/3555218.html',
         retrieved_from='https://voaafrica.com/amp/more-than-50-rebels-killed-in-south-sudan-army-says/3555218.html',
         original_url=None, outlet='Voice of America (South Sudan In Focus)', license=PD_VOA,
         publication_date='2016-10-17',
         publication_date_source=("inferred: the stored copy shows no date; the clashes began 'Friday evening' and the "
                                  "army's journalists' visit was 'Over the weekend' (Malakal, 14-16 October 2016), the "
                                  "story reports 'clashes Sunday' -> taken as Monday 17 October 2016"),
         conflict='South Sudanese civil war: SPLA-IO attack on SPLA positions at Warjwok and Alelo near Malakal, October 2016',
         text_complete=False,
         notes=("VOA Africa AMP page. Title, two photo captions and a map caption ('Unity and Upper Nile states, South "
                "Sudan') removed. The stored copy breaks off ('SPLA-IO deputy military spokesman Dickson Gatluak said "
                "it was his for'); the text ends at the last complete sentence. Source spelling kept ('causalities').")),
    dict(id='voa_2018_03_02_somalia_balad_ambush',
         title='Somalia: At Least 5 AU Soldiers Killed in Al-Shabab Ambush',
         url='http://allafrica.com/stories/201803050196.html', retrieved_from='http://allafrica.com/stories/201803050196.html',
         original_url=None, outlet='Voice of America (via allAfrica)', license=PD_VOA + "; reposted by allAfrica",
         publication_date='2018-03-02',
         publication_date_source=("inferred: the allAfrica repost is dated 2018-03-05; the ambush was on 'Friday' "
                                  "(2 March 2018) and the story reads as a same-day report"),
         conflict='Somali civil war: al-Shabab ambush on Burundian AMISOM troops near Balad and attack near a base in Lower Shabelle, March 2018',
         text_complete=False,
         notes=("VOA story reposted on allAfrica ('told VOA Somali', 'confirmed for VOA'); the stored copy has no title "
                "line for the story, the title is the annotator's rendering of its subject. Photo caption and the "
                "crosshead 'Burundian troops' removed. The copy may continue beyond the stored part; marked incomplete.")),
    dict(id='voa_2018_11_10_somalia_mogadishu_blasts',
         title='Mogadishu Blasts Death Toll Rises to 38',
         url='https://www.voanews.com/africa/mogadishu-blasts-death-toll-rises-38',
         retrieved_from='https://www.voanews.com/africa/mogadishu-blasts-death-toll-rises-38',
         original_url=None, outlet='Voice of America', license=PD_VOA,
         publication_date='2018-11-10',
         publication_date_source=("inferred: the stored copy shows no date; the blasts were 'on Friday' (Friday 9 "
                                  "November 2018, the Sahafi hotel and palace checkpoint bombings) and the toll has "
                                  "'risen' -> taken as Saturday 10 November 2018"),
         conflict='Somali civil war: al-Shabab twin car bombings in Mogadishu (intelligence HQ area / Sahafi hotel and a Villa Somalia checkpoint), November 2018',
         text_complete=False,
         notes=("VOA News story; title from the URL slug; photo caption ('Somalia Attack') removed. The stored copy "
                "breaks off in a resident's quote ('After blasts, we could'); the text ends at the last complete "
                "sentence before that paragraph.")),
    dict(id='voa_2019_08_14_somalia_awdhegle',
         title='At Least 7 Killed in al-Shabab Attack on Somalia Base',
         url='http://panafricannews.blogspot.com/2019/08/at-least-7-killed-in-al-shabab-attack.html',
         retrieved_from='http://panafricannews.blogspot.com/2019/08/at-least-7-killed-in-al-shabab-attack.html',
         original_url=None, outlet='Voice of America', license=PD_VOA + "; verbatim repost on a blog",
         publication_date='2019-08-14', publication_date_source="VOA date line in the repost ('August 14, 2019 08:01 AM')",
         conflict='Somali civil war: al-Shabab attack on the SNA base at Awdhegle (Lower Shabelle), August 2019',
         text_complete=True,
         notes=("Verbatim repost of a VOA story by Harun Maruf on the blog 'Pan-African News Wire' (byline and date line "
                "kept in the repost, removed here; the repost prints the story twice, the first copy is used). The "
                "dateline 'MOGADISHU -' is part of the first sentence and kept. The headline's '7' (6 soldiers + a "
                "cameraman) is not in the body.")),
    dict(id='voa_2019_12_22_somalia_galkayo',
         title='Al-Shabab Attack Kills 8 as US Launches Record Airstrikes in 2019',
         url='https://panafricannews.blogspot.com/2019/12/al-shabab-attack-kills-8-as-us-launches.html',
         retrieved_from='https://panafricannews.blogspot.com/2019/12/al-shabab-attack-kills-8-as-us-launches.html',
         original_url=None, outlet='Voice of America', license=PD_VOA + "; verbatim repost on a blog",
         publication_date='2019-12-22', publication_date_source="VOA date line in the repost ('December 22, 2019 11:04 AM')",
         conflict='Somali civil war: al-Shabab car bomb in Galkayo (December 2019), the Mogadishu hotel attack of 10 December 2019 and US airstrikes in Somalia',
         text_complete=True,
         notes=("Verbatim repost of a VOA News story on the blog 'Pan-African News Wire' (byline, date line, the "
                "contributor line 'Abdiwahid Moalim Ishaq contributed to this report from Galkayo.' and the crosshead 'US "
                "airstrikes' removed; the repost prints the story twice, the first copy is used).")),
    dict(id='voa_2020_05_29_myanmar_rakhine_outpost',
         title='13 Missing in Arakan Army Ambush on Burmese Guard Outpost in Rakhine State',
         url='https://www.voanews.com/a/extremism-watch_13-missing-arakan-army-ambush-burmese-guard-outpost-rakhine-state/6190193.html',
         retrieved_from='https://www.voanews.com/a/extremism-watch_13-missing-arakan-army-ambush-burmese-guard-outpost-rakhine-state/6190193.html',
         original_url=None, outlet='Voice of America (Extremism Watch)', license=PD_VOA,
         publication_date='2020-05-29',
         publication_date_source=("inferred: the stored copy shows no date; 'Friday's AA assault' at '2 a.m. this "
                                  "morning' (the Thazin Myaing attack of Friday 29 May 2020) in a same-day report"),
         conflict='Arakan Army insurgency in Rakhine State, Myanmar: attack on the Thazin Myaing border guard outpost, May 2020',
         text_complete=False,
         notes=("VOA Extremism Watch story. Title, photo caption and a map caption ('Burma map, state of Rakhine') "
                "removed. The stored copy breaks off in a quotation of the designation order; the text ends at the last "
                "complete sentence before it. The headline's '13 missing' = 10 police + 3 civilians of the body.")),
]

# -*- coding: utf-8 -*-
"""Per-article metadata of set (q) (articles.jsonl), written by hand. All articles were published in an
even-numbered year (the sibling set (r) takes odd years)."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_VOALE = ("Public domain (VOA Learning English item, VOA-produced content, US federal government work; "
            "VOA terms: content produced by VOA is in the public domain)")
PD_AFPS = ("Public domain (American Forces Press Service article of the US Department of Defense, US federal "
           "government work, 17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page, first ~2,000 characters); "
             "text copied from the stored copy, page furniture removed")

MIRROR_NOTE = ("The copy is on a Chinese English-learning site that reposts VOA items; its site header (Chinese "
               "navigation, 'time/source/contributor' line, font and translation buttons) is page furniture. ")

META = [
    dict(id="voa_2014_03_18_somalia_buloburde_hotel",
         title="Shabab Militants Kill 6 in Central Somalia",
         url="http://www.voanews.com/a/shabab-militants-kill-6-in-central-somalia/1873471.html",
         retrieved_from="http://www.voanews.com/a/shabab-militants-kill-6-in-central-somalia/1873471.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2014-03-18",
         publication_date_source=("inferred: the stored copy has no date line. The attack on the Buloburde hotel took "
                                  "place in the early hours of Tuesday 18 March 2014 (the text's 'around 2:20 a.m.'; "
                                  "the town was recaptured 'last Thursday', 13 March); the photo caption is dated "
                                  "March 15, 2014 -> Tuesday 18 March 2014"),
         conflict="Somali civil war: al-Shabab raid on a hotel used by Somali and AMISOM (Djiboutian) officers in Buloburde, Hiiraan, 18 March 2014",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title, the photo caption (twice: 'Somali soldier after "
                "explosion near Al Mukaram Hotel, Mogadishu, March 15, 2014.') and the gallery label ('16x') removed. "
                "The whole item is stored. The headline ('Kill 6') does not match the body ('killed 11 government and "
                "African Union soldiers'; 'six Somalis' are a part of the 11). Straight quotation marks as stored.")),
    dict(id="voa_2014_06_10_pakistan_karachi_airport",
         title="Pakistani Forces Stop Another Attack in Karachi",
         url="https://m.tingclass.net/show-8694-292176-1.html",
         retrieved_from="https://m.tingclass.net/show-8694-292176-1.html",
         original_url=None,
         outlet="Voice of America (VOA Learning English, 'As It Is'; repost on tingclass.net)",
         license=PD_VOALE,
         publication_date="2014-06-10",
         publication_date_source=("inferred: the repost has no date line; 'Gunmen opened fire ... Tuesday' and the photo "
                                  "caption 'Tuesday, June 10, 2014' -> Tuesday 10 June 2014 (VOA's original URL is not "
                                  "known)"),
         conflict="Taliban insurgency in Pakistan: attacks on Karachi's Jinnah International Airport (8 and 10 June 2014) and the Taftan attack on Shia pilgrims (8 June 2014)",
         text_complete=False,
         notes=(MIRROR_NOTE + "The Chinese title line, the English title, the lesson label ('as it is'), the audio "
                "player and the photo caption ('Pakistani security personnel stand guard ... near the Karachi "
                "airport.') removed. The repost has lost spaces at many line joins ('inKarachi', 'twodays', "
                "'at least36', 'Pakistan\u2019sbusiest', 'theattack', 'suicideattack', 'suicidebomber', 'alongthe'); "
                "they are kept as stored (source errors). The stored copy breaks off inside a sentence ('... to the "
                "killing of theTal'); the text ends at the last complete sentence -> text_complete false.")),
    dict(id="voa_2018_07_31_afghanistan_jalalabad_farah",
         title="Suicide Bombers Raid Afghan Government Office",
         url="https://www.voanews.com/a/blasts-gunshots-hit-eastern-afghan-city-jalalabad/4507090.html",
         retrieved_from="https://www.voanews.com/a/blasts-gunshots-hit-eastern-afghan-city-jalalabad/4507090.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2018-07-31",
         publication_date_source=("inferred: the stored copy has no date line; the photo caption is dated July 31, 2018 "
                                  "and the Farah bomb went off 'early Tuesday' (31 July 2018 was a Tuesday)"),
         conflict="War in Afghanistan: Islamic State attack on the refugee affairs department in Jalalabad and a roadside bomb in Bala Buluk, Farah, 31 July 2018",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption ('Smoke rises from an area "
                "where explosions and gunshots were heard, in Jalalabad city, Afghanistan, July 31, 2018.') removed. "
                "The stored copy ends a paragraph with the truncated word 'Monda' (the next paragraph follows, so this "
                "is the page's own error and is kept) and breaks off inside a later sentence ('The United Nations "
                "reported earlier this month that the v'); the text ends at the last complete sentence -> "
                "text_complete false. The source's 'killed at least 11 passengers and wounding around 40 others' is "
                "kept. Curly quotation marks as stored.")),
    dict(id="voa_2018_09_09_afghanistan_day_mirdad_baghlan_herat",
         title="Dozens of Afghan Forces Killed in Taliban Attacks",
         url="https://www.voanews.com/a/officials-dozens-of-afghan-forces-killed-in-taliban-attacks/4563699.html",
         retrieved_from="https://www.voanews.com/a/officials-dozens-of-afghan-forces-killed-in-taliban-attacks/4563699.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2018-09-09",
         publication_date_source=("inferred: the stored copy has no date line; 'officials said Sunday' and the Day "
                                  "Mirdad attack 'late Saturday'; VOA's Indonesian version of the same report (VOA "
                                  "article 4563839) dates it 'hari Minggu (9/9)' -> Sunday 9 September 2018"),
         conflict="War in Afghanistan: Taliban attacks on Day Mirdad (Wardak), Baghlan-e-Markazi (Baghlan) and a checkpoint in Herat, 8-9 September 2018",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption ('FILE - Taliban fighters "
                "gather in Surkhroad district of Nangarhar province, east of Kabul, Afghanistan.') removed. The stored "
                "copy breaks off inside a sentence ('... controlling or hotly contesting about 50 percent'); the text "
                "ends at the last complete sentence -> text_complete false. Curly apostrophes as stored.")),
    dict(id="voa_2022_10_11_ukraine_missile_strikes",
         title="For a Second Day, Russia Strikes Ukraine with Missiles",
         url="http://www.tingroom.com/voa/2022/1/551316.html",
         retrieved_from="http://www.tingroom.com/voa/2022/1/551316.html",
         original_url=None,
         outlet="Voice of America (VOA Learning English; repost on tingroom.com)",
         license=PD_VOALE,
         publication_date="2022-10-11",
         publication_date_source=("inferred: 'Russia launches a second round of missiles ... on Tuesday' and 'one day "
                                  "after' the strikes of Monday 10 October 2022 -> Tuesday 11 October 2022 (the "
                                  "repost's own time stamp, 2022-10-13, is its upload time; VOA's original URL is not "
                                  "known)"),
         conflict="Russian invasion of Ukraine: Russian missile strikes on Ukrainian cities, 10-11 October 2022",
         text_complete=False,
         notes=(MIRROR_NOTE + "The title line and the repeated title removed; the site's glossary markers (digits "
                "appended to words, 'wreckage1', 'civilian2') removed. The stored copy breaks off inside a sentence "
                "('More than 300 cities and towns lost power, from the cap'); the text ends at the last complete "
                "sentence -> text_complete false. Straight quotation marks as stored.")),
    dict(id="voa_2024_09_04_ukraine_lviv_poltava",
         title="Russian aerial attack kills 7 in western Ukraine city of Lviv",
         url="https://listeningexpress.com/englishreading/voacorr/2024/09/voacorr-2024-09-04-Russian-aerial-attack-kills-7-in-western-Ukraine-city-of-Lviv.html",
         retrieved_from="https://listeningexpress.com/englishreading/voacorr/2024/09/voacorr-2024-09-04-Russian-aerial-attack-kills-7-in-western-Ukraine-city-of-Lviv.html",
         original_url=None,
         outlet="Voice of America (VOA News; repost on listeningexpress.com)",
         license=PD_VOA,
         publication_date="2024-09-04",
         publication_date_source="date in the repost's URL (voacorr-2024-09-04, a Wednesday); 'Ukrainian officials said Wednesday' fits",
         conflict="Russian invasion of Ukraine: Russian air attack on Lviv (4 September 2024) and missile strike on Poltava (3 September 2024)",
         text_complete=False,
         notes=("The repost's reader furniture ('源 稿 窗', dictionary hint, font-size and display buttons) removed. "
                "Single newlines between paragraphs as stored (as GUIDELINES 1 says for listeningexpress reposts). "
                "The stored copy breaks off inside a sentence ('... prohibiting their use against most'); the text "
                "ends at the last complete sentence -> text_complete false. VOA's original URL is not known. "
                "Straight quotation marks as stored.")),
    dict(id="voa_2024_01_28_jordan_drone_attack_us_troops",
         title="US Troops Killed in Drone Attack on US Base in Jordan",
         url="https://www.voanews.com/a/us-troops-killed-in-drone-attack-on-us-base-in-jordan-/7460601.html",
         retrieved_from="https://www.voanews.com/a/us-troops-killed-in-drone-attack-on-us-base-in-jordan-/7460601.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2024-01-28",
         publication_date_source="date line of the stored copy (2024-01-28, a Sunday); Biden's statement of that day ('Last night') fits",
         conflict="Iran-backed militia attacks on US forces: drone attack on Tower 22, northeast Jordan, night of 27-28 January 2024",
         text_complete=True,
         notes=("The stored copy is the first, short version of a breaking item ('Details about the incident are still "
                "coming in.'); the title is reconstructed from the URL slug and the stored page's topic (no title line "
                "is stored). The whole stored item is used. Source typo 'The U.S military' kept; curly quotation "
                "marks and em dashes as stored.")),
    dict(id="afps_2004_08_18_iraq_baghdad_hillah_bayji",
         title="Situations in Iraq Leaves Persons Dead, Wounded, Detained",
         url="http://www.defense.gov/news/newsarticle.aspx?id=25499",
         retrieved_from="http://www.defense.gov/news/newsarticle.aspx?id=25499",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service)",
         license=PD_AFPS,
         publication_date="2004-08-18",
         publication_date_source="dateline in the text ('WASHINGTON, Aug. 18, 2004')",
         conflict="Iraq war: patrol attack in eastern Baghdad, mortar attack on a multinational camp near Hillah and detentions near Bayji, 17-18 August 2004",
         text_complete=False,
         notes=("Site furniture ('United States Department of Defense', 'DoD News', 'Bookmark and Share', 'News "
                "Article'), the title and the credit line 'American Forces Press Service' removed; the dateline with "
                "its en dash is kept, as earlier sets did. The stored copy breaks off inside a sentence ('Soldiers found "
                "an S'); the text ends at the last complete sentence -> text_complete false. Source spelling 'Abu "
                "Grhaib' and the comma in '... three Iraqi civilians, were treated' kept. The title's grammar "
                "('Situations ... Leaves') is the source's.")),
    dict(id="afps_2010_10_07_afghanistan_kandahar_badghis",
         title="Afghanistan \u2014 Forces Kill, Detain Insurgents in Kandahar",
         url="https://www.globaldefence.net/archiv/defence-news/afghanistan-forces-kill-detain-insurgents-in-kandahar/",
         retrieved_from="https://www.globaldefence.net/archiv/defence-news/afghanistan-forces-kill-detain-insurgents-in-kandahar/",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service; verbatim repost on globaldefence.net)",
         license=PD_AFPS,
         publication_date="2010-10-07",
         publication_date_source="dateline in the text ('WASHINGTON, Oct. 7, 2010')",
         conflict="War in Afghanistan: ISAF and Afghan patrol in Kandahar province and the killing of the Taliban shadow governor of Badghis, 6 October 2010",
         text_complete=False,
         notes=("The repost's title line removed; the AFPS dateline with its em dash kept. The stored copy breaks off "
                "inside a sentence ('... including the shadow governors for both provinces, and another cap'); the "
                "text ends at the last complete sentence -> text_complete false (the incomplete sentence with 'five "
                "Taliban senior leaders killed' is therefore not in the text). The defense.gov address of the AFPS "
                "original is not known. The lede's 'killed three suspected insurgents' does not match the five killed "
                "in the narrative; kept as written.")),
    dict(id="voa_2012_03_24_syria_homs_qusair_idlib",
         title="Syrian Army Pounds Homs",
         url="http://www.voanews.com/content/syrian-army-pounds-homs-144077456/180218.html",
         retrieved_from="http://www.voanews.com/content/syrian-army-pounds-homs-144077456/180218.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2012-03-24",
         publication_date_source=("inferred: the stored copy has no date line; 'on Saturday, as ... Kofi Annan arrived in "
                                  "Russia' (Annan arrived in Moscow on Saturday 24 March 2012) and the photo caption "
                                  "dated March 20, 2012 -> Saturday 24 March 2012"),
         conflict="Syrian civil war: government shelling of Homs (Khaldiyeh) and Qusair and clashes in Idlib, 24 March 2012",
         text_complete=False,
         notes=("'News', the title, the photo caption (twice: 'Shops and homes are seen after they were destroyed by "
                "Syrian government shelling in Rastan town ...') and the side box 'Syria Peace Plan' (its heading, one "
                "sentence and three bullet points on the Annan plan) removed. Double spaces after two full stops kept "
                "as stored. The stored copy breaks off inside a sentence ('... will then travel to Beijing on Tuesday "
                "and Wednesday to m'); the text ends at the last complete sentence -> text_complete false.")),
    dict(id="voa_2006_05_24_afghanistan_uruzgan_kandahar",
         title="Dozens of Taleban Rebels Reportedly Killed",
         url="http://www.tingroom.com/voastandard/2006/5/32857.html",
         retrieved_from="http://www.tingroom.com/voastandard/2006/5/32857.html",
         original_url=None,
         outlet="Voice of America (VOA News, Benjamin Sand, Islamabad; repost on tingroom.com)",
         license=PD_VOA,
         publication_date="2006-05-24",
         publication_date_source="date line of the VOA item in the repost ('Islamabad 24 May 2006', a Wednesday); 'Tuesday' and 'Sunday' in the text fit",
         conflict="War in Afghanistan: clash in Uruzgan (23 May 2006) and coalition air strike in Kandahar province (21-22 May 2006)",
         text_complete=False,
         notes=(MIRROR_NOTE + "The title line ('2006年VOA标准英语-...'), the byline and date line ('By Benjamin Sand "
                "Islamabad 24 May 2006'), the photo caption ('Afghan civilans, who were injured by the U.S. airstrike "
                "on Monday, ...'), a separator line of hyphens and the site's glossary markers (digits appended to "
                "words: 'coalition1', 'civilians3', 'insurgents4', 'intentionally5', 'civilian2') removed. The stored "
                "copy breaks off inside a sentence ('Afghan President Hamid Ka'); the text ends at the last complete "
                "sentence -> text_complete false. VOA's spelling 'Taleban' kept; straight quotation marks as stored.")),
    dict(id="voa_2010_05_29_thailand_crackdown_curfew",
         title="Thailand Cancels Curfew",
         url="http://www.tingroom.com/voastandard/2010/5/101498.html",
         retrieved_from="http://www.tingroom.com/voastandard/2010/5/101498.html",
         original_url=None,
         outlet="Voice of America (VOA News; repost on tingroom.com)",
         license=PD_VOA,
         publication_date="2010-05-29",
         publication_date_source=("inferred: the repost's photo caption is dated 29 May 2010 and the text says the curfew "
                                  "was lifted '10 days after a military crackdown' (19 May 2010) -> 29 May 2010"),
         conflict="Thai political crisis: military crackdown on the Red Shirt protests in Bangkok, March-May 2010",
         text_complete=False,
         notes=(MIRROR_NOTE + "The title line ('VOA标准英语2010年-Thailand Cancels Curfew'), the photo caption ('Thailand's "
                "Prime Minister Abhisit Vejjajiva talks ...') and the site's glossary markers ('bent1', 'disperse2', "
                "'investigations3') removed; one space that opened the second paragraph removed. The stored copy breaks "
                "off inside a sentence ('... if investigations found him responsible for decis'); the text ends at the "
                "last complete sentence -> text_complete false. Source wording kept: 'stands by his decision call in "
                "troops', 'protestors', 'Mid-March', 'to restrict protester', 'as government in this country'; double "
                "spaces after full stops as stored. The text never names Bangkok ('the city').")),
]

# -*- coding: utf-8 -*-
"""Per-article metadata of set (p) (articles.jsonl), written by hand. All articles were published in an
odd-numbered year (the sibling set (o) takes even years)."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_VOA_AG = ("Public domain (VOA-produced content, US federal government work; the story says some information "
             "was provided by {})")
PD_AFPS = ("Public domain (American Forces Press Service article of the US Department of Defense, US federal "
           "government work, 17 U.S.C. 105)")
PD_DOD = "Public domain (US Department of Defense release, US federal government work, 17 U.S.C. 105)"
PD_DODTR = ("Public domain (US Department of Defense briefing transcript, US federal government work, "
            "17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page, first ~2,000 characters); "
             "text copied from the stored copy, page furniture removed")

VOA_FURNITURE = ("'Accessibility links', 'Breaking News', the title{} and the text-size buttons ('XS SM MD LG'){} "
                 "removed.")

META = [
    dict(id="voa_2001_08_27_macedonia_skopje_nato_soldier",
         title="NATO Peacekeeper Killed in Macedonia",
         url="https://www.voanews.com/a/a-13-a-2001-08-27-1-nato-66408052/549410.html",
         retrieved_from="https://www.voanews.com/a/a-13-a-2001-08-27-1-nato-66408052/549410.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2001-08-27",
         publication_date_source="date in the URL (a-13-a-2001-08-27, a Monday); 'late Sunday' in the text fits",
         conflict="2001 insurgency in Macedonia: British soldier of NATO's Operation Essential Harvest killed near Skopje airport, 26-27 August 2001; hotel bombing near Tetovo",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The stored copy breaks off inside a "
                "sentence ('... the real figure should be close to 60,000-85,000 wea'); the text ends at the last "
                "complete sentence -> text_complete false. Source typo 'and than transported' kept.")),
    dict(id="voa_2003_07_24_solomon_islands_intervention_force",
         title="Leader of Solomon Islands Peacekeeping Force Promises Speedy Return to Order - 2003-07-24",
         url="https://www.voanews.com/a/a-13-a-2003-07-24-33-leader-67316282/381642.html",
         retrieved_from="https://www.voanews.com/a/a-13-a-2003-07-24-33-leader-67316282/381642.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2003-07-24",
         publication_date_source="date in the URL and in the title (2003-07-24, a Thursday); 'Thursday' in the text fits",
         conflict="Solomon Islands ethnic conflict (the Tensions): arrival of the Australian-led Regional Assistance Mission (Operation Helpem Fren), 24 July 2003",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The stored copy breaks off inside a "
                "sentence ('... authorized the international troops to use lethal for'); the text ends at the last "
                "complete sentence -> text_complete false. Straight quotation marks as stored.")),
    dict(id="voa_2003_10_10_congo_ituri_bule_deployment",
         title="Congo Rebels to Reveal Whereabouts of Forces",
         url="https://www.voanews.com/a/a-13-a-2003-10-10-4-congo-66835627/375009.html",
         retrieved_from="https://www.voanews.com/a/a-13-a-2003-10-10-4-congo-66835627/375009.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2003-10-10",
         publication_date_source="date in the URL (a-13-a-2003-10-10, a Friday); 'on Monday' (the Katshelli massacre of 6 October 2003) fits",
         conflict="Ituri conflict (DR Congo): massacre at Katshelli and MONUC deployment from Bunia to Bule, October 2003",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', 'News', the title and the text-size buttons ('XS SM MD LG') "
                "removed. The whole item is stored. Source spellings 'Banglasdehi' and 'their first initial "
                "deployment' kept.")),
    dict(id="voa_2007_01_05_afghanistan_helmand_kajaki",
         title="Afghan Police Report 15 Suspected Taleban Killed in Fighting in the South",
         url="https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-01-05-voa53/351194.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-01-05-voa53/351194.html",
         original_url="https://www.voanews.com/a/a-13-2007-01-05-voa53/351194.html",
         outlet="Voice of America (VOA News; preview copy on VOA's content system voa.pangea-cms.com)",
         license=PD_VOA,
         publication_date="2007-01-05",
         publication_date_source="date in the URL (a-13-2007-01-05, a Friday); 'Thursday' and 'last month' (Osmani was killed in December 2006) fit",
         conflict="War in Afghanistan: fighting in Kajaki district, Helmand, 4 January 2007",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', 'News', the title and the text-size buttons removed. The whole "
                "item is stored. The missing space in 'Helmand,Ghulam' and VOA's spelling 'Taleban' kept.")),
    dict(id="voa_2007_04_19_afghanistan_helmand_sangin",
         title="24 Taleban Militants Killed in Southern Afghanistan",
         url="https://voanews.com/a/a-13-2007-04-19-voa8/347861.html",
         retrieved_from="https://voanews.com/a/a-13-2007-04-19-voa8/347861.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA_AG.format("AFP and AP"),
         publication_date="2007-04-19",
         publication_date_source="date in the URL (a-13-2007-04-19, a Thursday); 'Wednesday' fits",
         conflict="War in Afghanistan: battle in Sangin district, Helmand, 18 April 2007; Amnesty International's 2006 civilian toll",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News' and the title removed. The whole item is stored. The closing "
                "'Some information for this report was provided by AFP and AP.' is kept as part of the body (as "
                "sets (i) and (l) did); it is recorded in `license`.")),
    dict(id="voa_2011_06_12_afghanistan_badghis",
         title="32 Militants, 4 Soldiers Killed in Western Afghanistan",
         url="https://voa.pangea-cms.com/preview/en-US/a/article-32-militants-4-soldiers-killed-in-western-afghanistan-123733384/140669.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/article-32-militants-4-soldiers-killed-in-western-afghanistan-123733384/140669.html",
         original_url="https://www.voanews.com/a/article-32-militants-4-soldiers-killed-in-western-afghanistan-123733384/140669.html",
         outlet="Voice of America (VOA News; preview copy on VOA's content system voa.pangea-cms.com)",
         license=PD_VOA_AG.format("AP, AFP and Reuters"),
         publication_date="2011-06-12",
         publication_date_source=("inferred: the stored copy has no date; the text says the fighting was 'Sunday' and that a "
                                  "withdrawal 'is expected to begin in July' (2011); VOA's Vietnamese version of the same "
                                  "report (voatiengviet.com, dated 13 June 2011) says the fighting was 'yesterday'. "
                                  "Sunday 12 June 2011 is taken as the publication day"),
         conflict="War in Afghanistan: fighting in Badghis province and a NATO death in the south, 12 June 2011",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title and the text-size buttons removed. The whole item is "
                "stored. The closing 'Some information for this report was provided by AP, AFP and Reuters.' is kept "
                "as part of the body; it is recorded in `license`.")),
    dict(id="afps_2011_03_18_afghanistan_operations",
         title="Forces Kill, Detain Insurgents in Afghanistan",
         url="http://www.defense.gov/news/newsarticle.aspx?id=63216",
         retrieved_from="http://www.defense.gov/news/newsarticle.aspx?id=63216",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service, defense.gov)",
         license=PD_AFPS,
         publication_date="2011-03-18",
         publication_date_source="dateline of the article ('WASHINGTON, March 18, 2011')",
         conflict="War in Afghanistan: Afghan and coalition operations in Helmand, Sar-e Pul, Zabul, Khost, Wardak and Kunar provinces, 16-17 March 2011",
         text_complete=False,
         notes=("Site furniture ('United States Department of Defense', 'DoD News', 'Bookmark and Share', 'News "
                "Article'), the title and the credit line ('Compiled from International Security Assistance Force and "
                "ISAF Joint Command News Releases') removed; the dateline is kept (as in sets (d), (j), (k)). Curly "
                "apostrophes and the en dash of the dateline kept. The stored copy breaks off inside a bullet ('-- "
                "Forces found several weapons'); the text ends at the last complete bullet -> text_complete false.")),
    dict(id="voa_2015_05_21_colombia_cauca_farc_bombing",
         title="Colombia Kills 18 FARC Rebels",
         url="https://www.voanews.com/a/colombia-kills-farc-rebels/2782713.html",
         retrieved_from="https://www.voanews.com/a/colombia-kills-farc-rebels/2782713.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2015-05-21",
         publication_date_source=("inferred: the stored copy has no date; the raid 'Thursday' is the Guapi (Cauca) "
                                  "bombing of Thursday 21 May 2015 (other reports of the same raid are dated 21-22 May), "
                                  "and 'last month' (the lifting of the air-strike suspension, April 2015) fits. Taken as "
                                  "21 May; 'Thursday' resolves to 21 May whether the item is from 21 or 22 May"),
         conflict="Colombian conflict: army bombing raid on a FARC camp in Cauca (Guapi), 21 May 2015",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption ('FILE - Colombia's President "
                "Juan Manuel Santos speaks ... April 7, 2015.') removed. The whole item is stored.")),
    dict(id="voa_2015_07_19_yemen_aden_shelling",
         title="Officials: Scores Dead in Yemen Shelling",
         url="https://www.voanews.com/a/yemen-officials-say-score-dead-in-houthi-rebel-shelling/2869523.html",
         retrieved_from="https://www.voanews.com/a/yemen-officials-say-score-dead-in-houthi-rebel-shelling/2869523.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2015-07-19",
         publication_date_source=("inferred: the stored copy has no date; the photo caption is dated 17 July 2015 and the "
                                  "shelling 'on Sunday' near Aden is the Dar Saad shelling of Sunday 19 July 2015; taken as "
                                  "the same day"),
         conflict="Yemeni civil war: Houthi shelling near Aden (Dar Saad), 19 July 2015; UN civilian toll since March 2015",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption ('Military vehicles of the "
                "Southern Resistance fighters ... July 17, 2015.') removed. The stored item ends after its last "
                "paragraph (well under the storage limit), so it is taken as whole.")),
    dict(id="dod_2015_06_10_iraq_taqaddum_450",
         title="Statement from the Department of Defense on Additional U.S. Personnel to Deploy to Iraq",
         url="http://www.defense.gov/Releases/Release.aspx?ReleaseID=17328",
         retrieved_from="http://www.defense.gov/Releases/Release.aspx?ReleaseID=17328",
         original_url=None,
         outlet="US Department of Defense (release, defense.gov)",
         license=PD_DOD,
         publication_date="2015-06-10",
         publication_date_source=("inferred: the stored copy has no date line; the statement is the one DoD News "
                                  "reported on 11 June 2015 as announced 'Wednesday' (10 June 2015)"),
         conflict="War against the Islamic State: authorized deployment of up to 450 more US personnel to Taqaddum Air Base, Anbar, June 2015",
         text_complete=False,
         notes=("The .gov banner ('An official website of the United States Government ...'), the historical-collection "
                "notice, 'Immediate Release' and the title removed. The stored copy breaks off inside the next sentence "
                "('Ultimately, these Iraqi forces will enable Iraq to better defend'); the text ends at the last complete "
                "sentence -> text_complete false. The source's 'planning support the Iraqi Security Forces' kept.")),
    dict(id="voa_2021_06_04_afghanistan_kabul_blast_taliban_district",
         title="Taliban Capture 7th Afghan District as Foreign Forces Pull Out",
         url="https://www.voanews.com/a/south-central-asia_taliban-capture-7th-afghan-district-foreign-forces-pull-out/6206616.html",
         retrieved_from="https://www.voanews.com/a/south-central-asia_taliban-capture-7th-afghan-district-foreign-forces-pull-out/6206616.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2021-06-04",
         publication_date_source=("inferred: the stored copy has no date line; the photo caption is dated 3 June 2021, "
                                  "the text says 'Friday' for the district's fall and 'The Thursday night blast' / "
                                  "'yesterday's blast' for the Kabul bombing -> Friday 4 June 2021"),
         conflict="War in Afghanistan (US withdrawal, 2021): roadside bombing in Kabul killing TV presenter Mina Khairi, 3 June 2021; Taliban capture of a district in the south",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption (twice) removed. The stored copy "
                "continues with a map caption ('Map showing Zabul province, Afghanistan') and breaks off in its repeat; "
                "the text ends before the map caption -> text_complete false. Curly quotes as stored, including the "
                "unbalanced '\u2018While ... Afghanistan.\u201d', the straight apostrophe in 'yesterday's' and the spelling "
                "'Mena Khairi' in the second quote.")),
    dict(id="dod_2023_03_24_syria_hasakah_drone_briefing",
         title="Pentagon Press Secretary Brig. Gen. Pat Ryder Holds an On-Camera Press Briefing",
         url="https://www.defense.gov/News/Transcripts/Transcript/Article/3341207/pentagon-press-secretary-brig-gen-pat-ryder-holds-an-on-camera-press-briefing/",
         retrieved_from="https://www.defense.gov/News/Transcripts/Transcript/Article/3341207/pentagon-press-secretary-brig-gen-pat-ryder-holds-an-on-camera-press-briefing/",
         original_url=None,
         outlet="US Department of Defense (briefing transcript, defense.gov)",
         license=PD_DODTR,
         publication_date="2023-03-24",
         publication_date_source=("inferred: the stored copy has no date line; the briefing recaps the one-way drone attack "
                                  "near Hasakah of 23 March 2023 as 'yesterday' and the US strikes of that night -> Friday "
                                  "24 March 2023 (annotator's knowledge of the event date)"),
         conflict="US forces in Syria: Iran-linked one-way drone attack on a coalition base near Hasakah, 23 March 2023, and US strikes near Deir ez-Zor",
         text_complete=False,
         notes=("The .gov banner and the title removed; the speaker label 'BRIG. GEN. PAT RYDER:' is kept (it opens the "
                "transcript). Only the first ~2,000 characters are stored; the text ends at the last complete sentence "
                "(before 'These precision strikes were intended to protect and defend') -> text_complete false. The "
                "spoken repetition 'northeast -- northeast Syria' kept.")),
    dict(id="voa_2023_11_02_ukraine_kherson_shelling",
         title="2 More Civilians Killed in Russian Shelling of Kherson",
         url="https://voa.pangea-cms.com/preview/en-US/a/two-more-civilians-killed-in-russian-shelling-of-kherson-/7339905.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/two-more-civilians-killed-in-russian-shelling-of-kherson-/7339905.html",
         original_url="https://www.voanews.com/a/two-more-civilians-killed-in-russian-shelling-of-kherson-/7339905.html",
         outlet="Voice of America (VOA News; preview copy on VOA's content system voa.pangea-cms.com)",
         license=PD_VOA,
         publication_date="2023-11-02",
         publication_date_source=("inferred: the stored copy has no date line; its photo caption says 'Russian shelling in "
                                  "the area on Nov. 1 and 2 killed three civilians', which matches 'Thursday' (two deaths) "
                                  "and 'Wednesday' (one death) in the text -> Thursday 2 November 2023"),
         conflict="Russian invasion of Ukraine: Russian shelling of villages in Kherson region and of Kherson city, 1-2 November 2023",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title (with trailing spaces) and the photo caption (twice: "
                "'A view shows a warehouse area ... killed three civilians.') removed. The stored copy breaks off inside "
                "a sentence ('As Ukraine's counteroffensive ... slowly continues, General Val'); the text ends at the last "
                "complete sentence -> text_complete false. Em dashes and straight quotation marks as stored.")),
]

# -*- coding: utf-8 -*-
"""Per-article metadata of set (r) (articles.jsonl), written by hand. All articles were published in an
odd-numbered year (the sibling set (q) takes even years)."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_AFPS = ("Public domain (American Forces Press Service article of the US Department of Defense, US federal "
           "government work, 17 U.S.C. 105)")
PD_DOD = "Public domain (US Department of Defense article, US federal government work, 17 U.S.C. 105)"
PD_DODTR = ("Public domain (US Department of Defense briefing transcript, US federal government work, "
            "17 U.S.C. 105)")
PD_CENTCOM = ("Public domain (US Central Command press release, US Department of Defense, US federal government "
              "work, 17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page, first ~2,000 characters); "
             "text copied from the stored copy, page furniture removed")

BLOG_WRAP = ("The blog copy breaks lines inside sentences before some linked words; those line breaks were replaced "
             "by one space (whitespace only; wording unchanged).")

META = [
    dict(id="afps_2007_09_18_iraq_arab_jabour_bayji",
         title="Coalition Forces Kill, Detain al Qaeda Terrorists in Iraq",
         url="http://terrorism-online.blogspot.com/2007/09/coalition-forces-kill-detain-al-qaeda.html",
         retrieved_from="http://terrorism-online.blogspot.com/2007/09/coalition-forces-kill-detain-al-qaeda.html",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service; verbatim repost on terrorism-online.blogspot.com)",
         license=PD_AFPS,
         publication_date="2007-09-18",
         publication_date_source="AFPS dateline 'Sept. 18, 2007' in the text (the blog post is dated Tuesday, September 18, 2007)",
         conflict="Iraq War (2007 surge): coalition raids on al Qaeda in Iraq in the Tigris River Valley (Arab Jabour, Baghdad, Bayji), 18 September 2007",
         text_complete=False,
         notes=("Blog header, post date and the byline 'American Forces Press Service' removed; the AFPS dateline "
                "'Sept. 18, 2007 - ' kept. " + BLOG_WRAP + " The stored copy breaks off inside the next quotation "
                "('We will continue to target any group with fo'); the text ends at the last complete sentence -> "
                "text_complete false. The publisher's defenselink.mil URL is not known.")),
    dict(id="afps_2007_11_16_iraq_kirkuk_school_bombing",
         title="Coalition Forces Kill 2, Detain 12 Terrorists in Iraq",
         url="http://terrorism-online.blogspot.com/2007/11/coalition-forces-kill-2-detain-12.html",
         retrieved_from="http://terrorism-online.blogspot.com/2007/11/coalition-forces-kill-2-detain-12.html",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service; verbatim repost on terrorism-online.blogspot.com)",
         license=PD_AFPS,
         publication_date="2007-11-16",
         publication_date_source="AFPS dateline 'Nov. 16, 2007' in the text (the blog reposted it on Sunday, November 18, 2007)",
         conflict="Iraq War: coalition raids southeast of Baghdad and in Ramadi, Mosul and Kirkuk, 16 November 2007; suicide car bomb at a school in Kirkuk, 15 November 2007",
         text_complete=False,
         notes=("Blog header and byline removed; AFPS dateline kept. " + BLOG_WRAP + " The stored copy continues with "
                "a quotation that it breaks off; the text ends before it (after 'injured in the blast.') -> "
                "text_complete false. Source spelling 'Sulymaniyah Hospital' kept.")),
    dict(id="afps_2013_03_11_afghanistan_helmand_arghandab_gardez",
         title="Combined Force Arrests Taliban Leader in Helmand Province",
         url="https://military-veteran.com/newsart/afps/art/660",
         retrieved_from="https://military-veteran.com/newsart/afps/art/660",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service, compiled from ISAF Joint Command news releases; repost on military-veteran.com)",
         license=PD_AFPS,
         publication_date="2013-03-11",
         publication_date_source="AFPS dateline 'WASHINGTON, March 11, 2013' in the text",
         conflict="War in Afghanistan: Afghan and coalition arrests in Helmand (Nawah-ye Barakzai), Kandahar (Arghandab), Logar (Baraki Barak) and Paktia (Gardez), 10-11 March 2013",
         text_complete=False,
         notes=("Title kept out of the text; the credit line 'Compiled from International Security Assistance Force "
                "Joint Command News Releases' removed. The stored copy breaks off in the last bullet (a sentence "
                "without its full stop: '... in attacks against Afghan and coalition forces'); that bullet is cut "
                "-> text_complete false.")),
    dict(id="afps_2013_04_17_afghanistan_marjah_tsamkani",
         title="Combined Force Kills Insurgents, Detains Taliban Leader",
         url="https://military-veteran.com/newsart/afps/art/677",
         retrieved_from="https://military-veteran.com/newsart/afps/art/677",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service, from an ISAF Joint Command news release; repost on military-veteran.com)",
         license=PD_AFPS,
         publication_date="2013-04-17",
         publication_date_source="AFPS dateline 'KABUL, Afghanistan, April 17, 2013' in the text",
         conflict="War in Afghanistan: Afghan and coalition operations in Helmand (Marjah), Paktia (Tsamkani), Badakhshan (Warduj) and Zabul, 16-17 April 2013",
         text_complete=False,
         notes=("Title and the credit line 'From an International Security Assistance Force Joint Command News "
                "Release' removed. The stored copy breaks off inside a sentence ('Mir acquired and distributed "
                "weapons'); the text ends at the last complete sentence -> text_complete false. Source spelling "
                "'Haqanni network' (next to 'Haqqani network') kept.")),
    dict(id="afps_2013_05_17_afghanistan_baghlan_now_zad",
         title="Combined Force Arrests Taliban Leader in Baghlan Province",
         url="https://military-veteran.com/newsart/afps/art/692",
         retrieved_from="https://military-veteran.com/newsart/afps/art/692",
         original_url=None,
         outlet="US Department of Defense (American Forces Press Service, from an ISAF Joint Command news release; repost on military-veteran.com)",
         license=PD_AFPS,
         publication_date="2013-05-17",
         publication_date_source="AFPS dateline 'KABUL, Afghanistan, May 17, 2013' in the text",
         conflict="War in Afghanistan: arrests in Baghlan, Helmand (Now Zad, Lashkar Gah) and Farah (Push-e Rod), 16-17 May 2013; police operation in Ghazni (Deh Tak), 15 May 2013",
         text_complete=True,
         notes=("Title, credit line, 'Return to headlines' and the repost site's copyright line removed. The whole "
                "item is stored. Source spellings 'Deh Tak' and 'Push-e Rod' kept.")),
    dict(id="voa_2015_06_21_afghanistan_chardara_yamgan_helmand",
         title="Afghan Troops Battle Taliban Insurgents",
         url="https://www.voanews.com/a/nineteen-civilians-including-children-killed-in-afghan-explosion/2831227.html",
         retrieved_from="https://www.voanews.com/a/nineteen-civilians-including-children-killed-in-afghan-explosion/2831227.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2015-06-21",
         publication_date_source="photo caption dated June 21, 2015 and 'Sunday' (21 June 2015) in the lede",
         conflict="War in Afghanistan (Taliban insurgency, 2015): Taliban seizure of Chardara district (Kunduz), Afghan recapture of Yamgan (Badakhshan), roadside bomb in Helmand, 20-21 June 2015",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', the title and the photo caption removed. The URL slug "
                "('nineteen-civilians-including-children-killed-in-afghan-explosion') is an earlier headline of the "
                "updated item. The stored copy breaks off inside a sentence ('... in the Marja distri'); the text "
                "ends at the last complete sentence -> text_complete false. Source spellings 'Sediqqi'/'Sidiqqi', "
                "'or the control of Yamgan' and the curly and straight quotes kept.")),
    dict(id="dod_2017_05_05_somalia_barii",
         title="U.S. Service Member Dies During Somalia Operation",
         url="https://www.defense.gov/News/Article/Article/1174528/us-service-member-dies-during-somalia-operation/",
         retrieved_from="https://www.defense.gov/News/Article/Article/1174528/us-service-member-dies-during-somalia-operation/",
         original_url=None,
         outlet="US Department of Defense (DoD News)",
         license=PD_DOD,
         publication_date="2017-05-05",
         publication_date_source="dateline 'WASHINGTON, May 5, 2017' in the text",
         conflict="US operations against al-Shabaab in Somalia: US Navy SEAL killed near Barii (Lower Shabelle), 4 May 2017",
         text_complete=True,
         notes=("Title (taken from the URL slug) and the two section sub-headings ('Mission With Somalian Army', "
                "'Degrading Al-Qaida') removed. The stored copy holds the whole item. Source punctuation 'The "
                "identity of the fallen U.S., service member' kept.")),
    dict(id="dod_2017_10_19_philippines_marawi_briefing",
         title="Department of Defense Press Briefing by Pentagon Chief Spokesperson Dana W. White and Joint Staff Director Lt. Gen. Kenneth F. McKenzie Jr. in the Pentagon Briefing Room",
         url="https://www.defense.gov/News/Transcripts/Transcript/Article/1348678/department-of-defense-press-briefing-by-pentagon-chief-spokesperson-dana-w-whit/",
         retrieved_from="https://www.defense.gov/News/Transcripts/Transcript/Article/1348678/department-of-defense-press-briefing-by-pentagon-chief-spokesperson-dana-w-whit/",
         original_url=None,
         outlet="US Department of Defense (briefing transcript, defense.gov)",
         license=PD_DODTR,
         publication_date="2017-10-19",
         publication_date_source=("inferred (the stored copy shows no date): the briefing names 'October 16' as a past day, "
                                  "a Yemen strike 'earlier this week' (16 October 2017) and Raqqa '90 percent' liberated, "
                                  "and announces the secretary's departure 'this weekend' for the ASEAN meeting in the "
                                  "Philippines (23-24 October 2017) -> Thursday 19 October 2017 (annotator's knowledge; uncertain by a day or two)"),
         conflict="Siege of Marawi (Philippines): the purported ISIS emir for Southeast Asia and several other militants killed on 16 October 2017",
         text_complete=False,
         notes=(".gov banner, the 'historical collection' notice and the title removed; the speaker label 'DANA "
                "WHITE:' and the double spaces after full stops kept; trailing spaces at paragraph ends dropped "
                "(whitespace only). The stored copy breaks off ('... resources and infl'); the text ends at the last "
                "complete sentence -> text_complete false.")),
    dict(id="voa_2019_03_18_mali_dioura",
         title="Mali: Death Toll in Jihadist Ambush on Soldiers Hits 23",
         url="https://africa-online.com/?p=18484",
         retrieved_from="https://africa-online.com/?p=18484",
         original_url=None,
         outlet="Voice of America (VOA News; repost on africa-online.com, also on terrorismwatch.org)",
         license=PD_VOA,
         publication_date="2019-03-18",
         publication_date_source=("inferred: the repost's photo caption dates the attack 'March 17, 2019' (a Sunday; "
                                  "'Sunday's militant attack') and the minister 'visited the camp Monday' -> Monday "
                                  "18 March 2019 (the repost shows no date; Tuesday 19 March is possible, the event "
                                  "dates do not change)"),
         conflict="Mali War (jihadist insurgency in central Mali): attack on the army camp at Dioura (Mopti region), 17 March 2019",
         text_complete=True,
         notes=("The repost's title, photo caption, 'Share this trending news with friends', the closing 'VOA News' "
                "credit and the repost site's 'About the Author' box removed. The publisher's voanews.com URL was not "
                "found; the body is the same in the terrorismwatch.org copy "
                "(https://www.terrorismwatch.org/2019/03/death-toll-in-jihadist-ambush-on-malian.html).")),
    dict(id="centcom_2023_06_06_iraq_syria_isis_may_review",
         title="CENTCOM Month in Review: The Fight Against ISIS in Iraq and Syria",
         url="https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/3419207/centcom-month-in-review-the-fight-against-isis-in-iraq-and-syria/",
         retrieved_from="https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/3419207/centcom-month-in-review-the-fight-against-isis-in-iraq-and-syria/",
         original_url=None,
         outlet="US Central Command (press release, centcom.mil)",
         license=PD_CENTCOM,
         publication_date="2023-06-06",
         publication_date_source="release date 'Jun. 6, 2023' and 'Release Number 20230606-01' on the page",
         conflict="Campaign against the Islamic State in Iraq and Syria: CENTCOM-led and partnered operations in May 2023",
         text_complete=True,
         notes=(".mil banner, 'Press Release | June 6, 2023', the title, the date line and the release number "
                "removed. The page's two-column summary (Iraq | Syria) is stored flattened into single lines "
                "('• In Iraq: • In Syria:' / '- 11 ISIS operatives detained - 20 ISIS operatives detained'); kept as "
                "stored, with single newlines inside the block; three newlines before the last paragraph reduced to "
                "one blank line. Mixed curly and straight quotes kept.")),
    dict(id="voa_2025_01_18_ukraine_kyiv_kryvyi_rih",
         title="Ukraine officials say 4 killed in Russian strike on Kyiv",
         url="https://news.pravdaua.com/ukraine-officials-say-4-killed-in-russian-strike-on-kyiv.html",
         retrieved_from="https://news.pravdaua.com/ukraine-officials-say-4-killed-in-russian-strike-on-kyiv.html",
         original_url=None,
         outlet="Voice of America (VOA News; repost on news.pravdaua.com)",
         license=PD_VOA,
         publication_date="2025-01-18",
         publication_date_source="repost dated 2025-01-18; 'early Saturday' (18 January 2025) in the lede fits",
         conflict="Russian invasion of Ukraine: Russian strikes on Kyiv (Shevchenkivsky district), 18 January 2025, and Kryvyi Rih, 17 January 2025",
         text_complete=False,
         notes=("Page furniture removed. The text is VOA's ('VOA was unable to independently verify the reports'); "
                "the voanews.com URL was not found. The stored copy breaks off ('U.S. President-elect'); the text "
                "ends at the last complete sentence -> text_complete false. Source typo 'injured at 14 others' kept.")),
    dict(id="voa_2025_03_13_ukraine_kherson_dnipro",
         title="Deadly Russian aerial attacks hit Ukraine's Kherson region",
         url="https://voa.pangea-cms.com/preview/en-US/a/deadly-russian-aerial-attacks-hit-ukraine-s-kherson-region/8009158.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/deadly-russian-aerial-attacks-hit-ukraine-s-kherson-region/8009158.html",
         original_url="https://www.voanews.com/a/deadly-russian-aerial-attacks-hit-ukraine-s-kherson-region/8009158.html",
         outlet="Voice of America (VOA News; preview copy on VOA's content system voa.pangea-cms.com)",
         license=PD_VOA,
         publication_date="2025-03-13",
         publication_date_source=("inferred: photo caption dated March 12, 2025 and 'officials said Thursday' -> "
                                  "Thursday 13 March 2025"),
         conflict="Russian invasion of Ukraine: overnight Russian drone and shelling attacks on Kherson region and Dnipro, Ukrainian drones over Kaluga, 12-13 March 2025",
         text_complete=False,
         notes=("'Accessibility links', 'Breaking News', 'update', the title and the photo caption removed. The "
                "stored copy breaks off ('U.S. officials are expecte'); the text ends at the last complete sentence "
                "-> text_complete false. Source wording 'The Russia military' kept.")),
]

# -*- coding: utf-8 -*-
"""Per-article metadata of set (l) (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_VOA_AG = ("Public domain (VOA-produced content, US federal government work; the story says some information "
             "was provided by AFP and AP)")
PD_DOD = ("Public domain (US Department of Defense press release, US federal government work, 17 U.S.C. 105)")
PD_DODNEWS = ("Public domain (DoD News article of the US Department of Defense, US federal government work, "
              "17 U.S.C. 105)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="voa_2007_04_02_darfur_um_barro",
         title="Five AU Peacekeepers Killed in Darfur",
         url="http://www.voanews.com/a/a-13-2007-04-02-voa32/332184.html",
         retrieved_from="http://www.voanews.com/a/a-13-2007-04-02-voa32/332184.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2007-04-02",
         publication_date_source="date in the URL (a-13-2007-04-02); 'Sunday' and 'on Monday' in the text fit",
         conflict="War in Darfur: attack on African Union (AMIS) peacekeepers guarding a water point near Um Barro, North Darfur, April 2007",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', 'News', the title, the 'update' label and the text-size "
                "buttons ('XS SM MD LG') removed. The whole item is stored (it ends with the text-size buttons). "
                "The lede's 'For VOA, Noel King has this report from Khartoum.' is part of the body and kept.")),
    dict(id="dod_2009_03_02_afghanistan_rotation_4700",
         title="Defense Dept. announces unit for next Afghanistan rotation",
         url="https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/903710/defense-dept-announces-unit-for-next-afghanistan-rotation/",
         retrieved_from="https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/903710/defense-dept-announces-unit-for-next-afghanistan-rotation/",
         original_url=None,
         outlet="US Department of Defense (press release republished by US Central Command, centcom.mil)",
         license=PD_DOD,
         publication_date="2009-03-02",
         publication_date_source="date line of the release on the page ('Press Release | March 2, 2009')",
         conflict="War in Afghanistan: announced rotation of the 82nd Airborne Division headquarters and 4th BCT, 4th Infantry Division (about 4,700 service members), spring 2009",
         text_complete=False,
         notes=("The .gov banner, 'Press Release | March 2, 2009', the title and 'By None , Department of Defense' "
                "removed; trailing spaces at paragraph ends removed. The stored copy breaks off inside the last "
                "sentence ('For information on the units announced today or other units involved in this "
                "rotation'); the text ends at the last complete sentence -> text_complete false.")),
    dict(id="voa_2009_01_03_sri_lanka_colombo_bombs",
         title="Sri Lanka Bombs Rebels in North",
         url="https://voa.pangea-cms.com/preview/en-US/a/a-13-2009-01-03-voa10-68809862/363035.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/a-13-2009-01-03-voa10-68809862/363035.html",
         original_url="https://www.voanews.com/a/a-13-2009-01-03-voa10-68809862/363035.html",
         outlet="Voice of America (VOA News; preview copy on VOA's content system voa.pangea-cms.com)",
         license=PD_VOA_AG,
         publication_date="2009-01-03",
         publication_date_source="date in the URL (a-13-2009-01-03, a Saturday); 'Saturday', 'On Friday' and 'a day after' (Kilinochchi fell on 2 January 2009) fit",
         conflict="Sri Lankan civil war: bombing of Mullaitivu after the fall of Kilinochchi; bombs in Colombo, 2-3 January 2009",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', 'News', the title and the text-size buttons removed. The "
                "closing 'Some information for this report was provided by AFP and AP.' is kept as part of the body "
                "(as set (i) kept VOA's agency line); it is recorded in `license`.")),
    dict(id="voa_2009_05_07_pakistan_swat_buner",
         title="Pakistan Launches Air Strikes in Swat Valley",
         url="https://webarchive.library.unt.edu/eot2008/20090507131429/http://www.voanews.com/english/2009-05-07-voa6.cfm",
         retrieved_from="https://webarchive.library.unt.edu/eot2008/20090507131429/http://www.voanews.com/english/2009-05-07-voa6.cfm",
         original_url="http://www.voanews.com/english/2009-05-07-voa6.cfm",
         outlet="Voice of America (VOA News; UNT web archive copy of voanews.com)",
         license=PD_VOA,
         publication_date="2009-05-07",
         publication_date_source="date line on the page ('07 May 2009') and the URL (2009-05-07-voa6)",
         conflict="Insurgency in Khyber Pakhtunkhwa: Pakistani army offensive against the Taliban in Swat and Buner after the collapse of the Malakand peace deal, May 2009",
         text_complete=False,
         notes=("The archive banner, 'VOANews.com', 'Voice of America Trusted Source of News & Information since "
                "1942', the date lines, 'Today from VOA', 'Live Streams' links, 'News in 45 Languages', the title "
                "and a photo caption (shown twice, dated '06 May 2007' in the source) removed; trailing spaces "
                "removed. The stored copy breaks off ('But many '); the text ends at the last complete sentence -> "
                "text_complete false.")),
    dict(id="dod_2009_07_14_afghanistan_rotation_101st_173rd",
         title="DoD Announces Units for Upcoming Afghanistan Rotation",
         url="http://militarywives.com/index.php/news-mainmenu-2/226-latest/4048-dod-announces-units-for-upcoming-afghanistan-rotation-sp-1420006808",
         retrieved_from="http://militarywives.com/index.php/news-mainmenu-2/226-latest/4048-dod-announces-units-for-upcoming-afghanistan-rotation-sp-1420006808",
         original_url=None,
         outlet="US Department of Defense (press release, verbatim repost on militarywives.com)",
         license=PD_DOD,
         publication_date="2009-07-14",
         publication_date_source="date line of the repost ('July 14, 2009'); 'announced today' in the text",
         conflict="War in Afghanistan: announced deployment of the 3rd BCT, 101st Airborne Division, and the 173rd Airborne Brigade, fall-winter 2009",
         text_complete=True,
         notes=("Title and date line removed; trailing spaces at paragraph ends removed; the double space "
                "'reconstruction.  Force' kept. The government URL of the release is not given by the stored "
                "copy; the text check of reserved.py covers it. The source names the same brigade '173rd Airborne "
                "Brigade' and '173rd Brigade Combat Team'; kept.")),
    dict(id="voa_2011_01_12_ivory_coast_abobo",
         title="7 Die in Ivory Coast Violence",
         url="https://www.voanews.com/a/five-policemen-killed-in-ivory-coast-violence---113343779/157203.html",
         retrieved_from="https://www.voanews.com/a/five-policemen-killed-in-ivory-coast-violence---113343779/157203.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2011-01-12",
         publication_date_source=("inferred: the page shows no date; the photo caption is dated 12 Jan 2011 and "
                                  "the text reports Wednesday's fighting and a 'Late Wednesday' announcement "
                                  "(Wednesday 12 January 2011). Publication on Thursday 13 would not change any "
                                  "event date (the weekdays resolve to the same days)"),
         conflict="Ivorian post-election crisis (2010-2011): clashes between Gbagbo's security forces and Ouattara supporters in Abobo, Abidjan, 11-12 January 2011",
         text_complete=True,
         notes=("'Accessibility links', 'Breaking News', the title, the photo caption (shown twice) and the "
                "text-size buttons removed. The URL slug ('five-policemen-killed...') differs from the title ('7 "
                "Die in Ivory Coast Violence'): the story was updated; the body says 'at least six policemen' and "
                "'at least one civilian' (6 + 1 = 7).")),
    dict(id="voa_2017_10_02_iraq_tikrit_roadside_bomb",
         title="American Service Member Killed in Iraq",
         url="https://afooter.com/2017/10/page/21",
         retrieved_from="https://afooter.com/2017/10/page/21",
         original_url=None,
         outlet="Voice of America (VOA News teaser reposted on an aggregator page, afooter.com)",
         license=PD_VOA,
         publication_date="2017-10-02",
         publication_date_source=("inferred: 'Pentagon officials said Monday' and 'late Sunday'; the aggregator "
                                  "page (October 2017) lists the item next to VOA's report of the Las Vegas "
                                  "shooting of late Sunday 1 October 2017 -> Monday 2 October 2017"),
         conflict="War against the Islamic State in Iraq: roadside bomb on a US convoy north of Tikrit, 1 October 2017",
         text_complete=False,
         notes=("The aggregator page holds several VOA teasers; only this item is used. Its title and the 'Read "
                "more' link removed. The teaser merges VOA's first paragraphs into one and breaks off with an "
                "ellipsis ('\u2026'), which is removed -> text_complete false. The curly apostrophe in 'Americans\u2019' "
                "is kept. The VOA URL of the story is not given by the stored copy; the text check of reserved.py "
                "covers it.")),
    dict(id="voa_2023_09_24_ukraine_kherson_beryslav",
         title="Deadly Russian attacks target Ukraine's Kherson region",
         url="https://www.parisguardian.com/news/273977828/deadly-russian-attacks-target-ukraines-kherson-region",
         retrieved_from="https://www.parisguardian.com/news/273977828/deadly-russian-attacks-target-ukraines-kherson-region",
         original_url=None,
         outlet="Voice of America (VOA News, verbatim repost by Big News Network on parisguardian.com)",
         license=PD_VOA,
         publication_date="2023-09-24",
         publication_date_source=("repost time stamp 'Voice of America 25 Sep 2023, 05:36 GMT+10' = Sunday 24 "
                                  "September 2023, 19:36 UTC; 'Sunday' in the text fits"),
         conflict="Russian invasion of Ukraine: Russian airstrikes on Beryslav and Lvove, Kherson region, and a Ukrainian drone strike on Kursk, 24 September 2023",
         text_complete=False,
         notes=("The repost's 'Voice of America' label, time stamp and a photo caption ('FILE - A Ukrainian "
                "serviceman raises the Ukrainian flag ... Sept. 16, 2023.') removed. Paragraphs are separated by "
                "single newlines in the stored copy; kept. The stored copy breaks off ('The fighters w'); the text "
                "ends at the last complete sentence -> text_complete false. Straight quotes and the single-quoted "
                "CNN quote kept as stored.")),
    dict(id="dod_2019_05_24_middle_east_1500",
         title="Shanahan Approves Force Protection Deployment for Middle East Due to 'Credible Threats'",
         url="https://www.enewspeak.com/shanahan-approves-force-protection-deployment-for-middle-east-due-to-credible-threats/",
         retrieved_from="https://www.enewspeak.com/shanahan-approves-force-protection-deployment-for-middle-east-due-to-credible-threats/",
         original_url=None,
         outlet="US Department of Defense (DoD News article, verbatim repost on enewspeak.com)",
         license=PD_DODNEWS,
         publication_date="2019-05-24",
         publication_date_source=("inferred: the stored copy shows no date; the approval of about 1,500 troops "
                                  "for the Middle East and the Wheelbarger-Gilday briefing were on Friday 24 May "
                                  "2019 (annotator's knowledge); no weekday in the text depends on it"),
         conflict="US-Iran tensions: deployment of about 1,500 US service members to the Middle East (CENTCOM), May 2019",
         text_complete=False,
         notes=("Title removed. The stored copy breaks off inside a quotation ('...energy sour'); the text ends at "
                "the last complete sentence -> text_complete false. Curly quotes kept. The DoD URL of the article "
                "is not given by the stored copy; the text check of reserved.py covers it.")),
]

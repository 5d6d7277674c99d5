# -*- coding: utf-8 -*-
"""Per-article metadata of set (f) (articles.jsonl), written by hand."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced "
          "by VOA is in the public domain)")
PD_ARMY = "Public domain (US Army work, US federal government work, 17 U.S.C. 105)"
PD_DVIDS = "Public domain (US Army photo caption distributed by DVIDS, US federal government work, 17 U.S.C. 105)"
WN = ("CC BY 2.5 (Wikinews; credit: Wikinews contributors, the article title and its URL; "
      "https://creativecommons.org/licenses/by/2.5/)")
RETRIEVAL = ("research search tool, corpus 'pages' (stored copy of a public web page); text copied from the "
             "stored copy, page furniture removed")

META = [
    dict(id="wn_2005_12_28_colombia_vista_hermosa",
         title="Colombian soldiers killed by rebel group",
         url="https://en.wikinews.org/wiki/Colombian_soldiers_killed_by_rebel_group",
         retrieved_from="https://en.wikinews.org/wiki/Colombian_soldiers_killed_by_rebel_group",
         original_url=None,
         outlet="Wikinews",
         license=WN,
         publication_date="2005-12-28",
         publication_date_source="Wikinews date line 'Wednesday, December 28, 2005' on the stored copy",
         conflict="Colombian armed conflict: FARC attack on soldiers guarding coca eradicators at Vista Hermosa (Meta), December 2005",
         text_complete=True,
         notes=("Title, 'From Wikinews, the free news source you can write!', the page-version status box, the date line and "
                "the archive notices removed. The stored copy separates the two paragraphs by a single newline; kept as "
                "stored. Source wording kept ('200 km south Bogota', 'who operates', 'marxist'). The attack itself "
                "(27 December 2005) is not dated in the text.")),
    dict(id="army_2007_05_09_afghanistan_101st_rotation",
         title="Army units announced for Afghanistan rotation",
         url="https://www.army.mil/article/3040/army_units_announced_for_afghanistan_rotation",
         retrieved_from="https://www.army.mil/article/3040/army_units_announced_for_afghanistan_rotation",
         original_url=None,
         outlet="US Army (army.mil news release)",
         license=PD_ARMY,
         publication_date="2007-05-09",
         publication_date_source=("'confirmed today, May 9' in the first sentence; year 2007 inferred from the text "
                                  "(deployments 'in early 2008', a rotation that 'ended in August 2006', a return in "
                                  "'October 2006') and the low army.mil article number (3040)"),
         conflict="War in Afghanistan (Operation Enduring Freedom): 101st Airborne Division rotation announced May 2007; 4th BCT's earlier Iraq tour",
         text_complete=False,
         notes=("Title and army.mil banner removed. The stored copy breaks two sentences with a blank line in mid-phrase "
                "('one AH-64' / '(Apache) attack helicopter battalion', '\"Currahee\"' / 'brigade had not deployed'); "
                "kept as stored. 'The 4th Brigade Combat Team, will deploy' (stray comma) kept. Only the first ~2,000 "
                "characters are stored; the text is cut at the last complete sentence (before 'Army leadership does not "
                "take for granted ...').")),
    dict(id="wn_2007_05_17_gaza_city_airstrike",
         title="Israel responds to Hamas rockets with air strike on Gaza, killing four",
         url="https://en.wikinews.org/wiki/Israel_responds_to_Hamas_rockets_with_air_strike_on_Gaza,_killing_four",
         retrieved_from="https://en.wikinews.org/wiki/Israel_responds_to_Hamas_rockets_with_air_strike_on_Gaza,_killing_four",
         original_url=None,
         outlet="Wikinews",
         license=WN,
         publication_date="2007-05-17",
         publication_date_source="Wikinews date line 'Thursday, May 17, 2007' on the stored copy",
         conflict="Israeli-Palestinian conflict: Israeli air strike on Hamas targets in Gaza City, May 2007",
         text_complete=False,
         notes=("Title, 'From Wikinews, the free news source you can write!', 'Jump to navigation Jump to search' and the "
                "date line removed. The stored excerpt ends after 'This was the third Israeli strike in two days.'; "
                "whether the body continued (it probably ended there, before the Sources section) cannot be checked, so "
                "the text is marked incomplete to be safe.")),
    dict(id="voa_2012_10_19_yemen_shakra_abyan",
         title="At Least 13 Yemeni Soldiers Killed in Militant Attack",
         url="https://www.voanews.com/a/yemeni-militants-attack-army-base-in-southern-yemen/1529418.html",
         retrieved_from="https://www.voanews.com/a/yemeni-militants-attack-army-base-in-southern-yemen/1529418.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2012-10-19",
         publication_date_source=("inferred: no date on the stored page; 'Friday' in a same-day report of the suicide "
                                  "attack on the army base near Shakra (Shuqrah), Abyan, which other stored reports date "
                                  "to Friday 19 October 2012; the removed file-photo caption is dated 'Oct. 18. 2012'"),
         conflict="Al-Qaida insurgency in southern Yemen (Abyan), October 2012; US drone strikes",
         text_complete=True,
         notes=("Accessibility links, 'Breaking News', title and the file-photo caption (Sanaa, Oct. 18, 2012) removed.")),
    dict(id="voa_2016_02_12_mali_kidal_minusma",
         title="UN Peacekeeping Base Attacked in Northern Mali",
         url="http://www.voanews.com/content/un-peacekeeping-base-attacked-in-northern-mali/3188045.html",
         retrieved_from=("http://bbs.cortex-media.info/gopher.floodgap.com/0/feeds/voaheadlines/2016/Feb/12/"
                         "voanews.com-content-un-peacekeeping-base-attacked-in-northern-mali-3188045.html"),
         original_url="http://www.voanews.com/content/un-peacekeeping-base-attacked-in-northern-mali/3188045.html",
         outlet="Voice of America (VOA News; gopher mirror of the VOA headlines feed)",
         license=PD_VOA,
         publication_date="2016-02-12",
         publication_date_source="feed path '2016/Feb/12' of the mirror; matches 'Friday' in the text (12 February 2016)",
         conflict="Mali conflict: attack on the MINUSMA base in Kidal, February 2016",
         text_complete=True,
         notes=("The mirror's header ('Originally posted by the Voice of America ... public domain.'), the title, the "
                "'by VOA News' byline and the references list at the end removed. The mirror had merged the story into "
                "one paragraph; kept as stored. The source for 'two peacekeepers' is AFP's interlocutor, quoted by VOA.")),
    dict(id="voa_2016_04_26_somalia_daynunay_baidoa",
         title="Al-Shabab Militants Kill 8 Somali Gov't Soldiers",
         url="https://www.voanews.com/a/al-shabab-kills-five-at-somali-military-base/3302855.html",
         retrieved_from="https://www.voanews.com/a/al-shabab-kills-five-at-somali-military-base/3302855.html",
         original_url=None,
         outlet="Voice of America (VOA News)",
         license=PD_VOA,
         publication_date="2016-04-26",
         publication_date_source=("inferred: no date on the stored page; 'early Tuesday' in a same-day report, and the "
                                  "Islamic State claim for the IED on an AMISOM vehicle 'Monday outside Mogadishu' "
                                  "(Islamic State's first claimed attack in Somalia, Monday 25 April 2016) -> Tuesday 26 "
                                  "April 2016; consistent with the VOA article number (3302855). Annotator's inference"),
         conflict="Al-Shabaab insurgency, Somalia: ambush near Daynunay base east of Baidoa (Bay), April 2016",
         text_complete=False,
         notes=("Accessibility links, 'Breaking News' and the title removed. The URL slug ('al-shabab-kills-five-at-somali-"
                "military-base') reflects an earlier version; the headline says 8, like the body. The source's "
                "'killing number of soldiers' and 'we don’t believe its ISIS' kept. Only the first ~2,000 characters "
                "are stored; the text may continue after Kibet's quote, so it is marked incomplete.")),
    dict(id="dvids_2024_06_28_poland_usag_change_of_command",
         title="USAG Poland conducts change of command ceremony",
         url="https://www.dvidshub.net/image/8504572/usag-poland-conducts-change-command-ceremony",
         retrieved_from="https://www.dvidshub.net/image/8504572/usag-poland-conducts-change-command-ceremony",
         original_url=None,
         outlet="DVIDS (US Army image release, caption text)",
         license=PD_DVIDS,
         publication_date="2024-06-28",
         publication_date_source=("inferred: the stored page gives no publication date; the caption dates the ceremony "
                                  "'June 28, 2024' (published on or soon after that day)"),
         conflict="US Army presence in Poland (NATO eastern flank) after Russia's full-scale invasion of Ukraine, June 2024",
         text_complete=True,
         notes=("The text is the caption of a DVIDS image release (the page's only text); the credit line '(U.S. Army "
                "photo by Spc. Devin Klecan)' removed. The title is taken from the URL slug (the stored copy has no "
                "title line). Curly apostrophes and 'Kościuszko' kept.")),
    dict(id="voa_2024_09_23_ukraine_zaporizhzhia_strikes",
         title="Russia strikes injure 16 in Ukraine\u2019s Zaporizhzhia region",
         url="https://www.voanews.com/a/russia-strikes-injure-16-in-ukraine-s-zaporizhzhia-region/7794581.html",
         retrieved_from="https://voa.pangea-cms.com/preview/en-US/a/russia-strikes-injure-16-in-ukraine-s-zaporizhzhia-region/7794581.html",
         original_url="https://www.voanews.com/a/russia-strikes-injure-16-in-ukraine-s-zaporizhzhia-region/7794581.html",
         outlet="Voice of America (VOA News; VOA CMS preview copy)",
         license=PD_VOA + "; some information from Agence France-Presse and Reuters (stated in the text)",
         publication_date="2024-09-23",
         publication_date_source=("'said Monday' in a same-day report; the removed photo caption reads 'early Sept. 23, "
                                  "2024' (Monday 23 September 2024)"),
         conflict="Russian invasion of Ukraine: Russian air strikes on Zaporizhzhia, September 2024",
         text_complete=True,
         notes=("Accessibility links, 'Breaking News', title, the photo caption (given twice) and the VOA News byline box "
                "('16x9 Image VOA News ...') removed. The closing 'Some information for this story was provided by "
                "Agence France-Presse and Reuters' (no final period in the source) kept, as earlier sets keep VOA's "
                "credit sentence.")),
]

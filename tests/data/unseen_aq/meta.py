# -*- coding: utf-8 -*-
"""Per-article metadata of set (aq) (articles.jsonl), written by hand. Wikinews articles (CC BY 2.5) from the shared corpus
/work/shared/corpora/wikinews_mixed.jsonl.gz, and US federal government works (public domain) found with the research
search tool (corpus 'pages'): one VOA News story (via a repost) and AFPS/DoD news articles, DoD and CENTCOM releases."""

WN_LIC = ("CC BY 2.5 (Wikinews; text published after 2005-09-25). Credit: News articles from Wikinews, the free news source "
          "(https://en.wikinews.org), licensed CC BY 2.5; the text was changed by format conversion and markup stripping "
          "(toscaData/vanatteveldt conversion, see /work/shared/corpora/wikinews_mixed.SOURCE.md)")
WN_LIC_PD = ("Public domain (Wikinews text published before 2005-09-25 was released into the public domain); credit: "
             "Wikinews, the free news source (https://en.wikinews.org)")
PD_DOD = "Public domain (US federal government work: Department of Defense / American Forces Press Service)"
PD_CENTCOM = "Public domain (US federal government work: US Central Command press release)"
PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in the "
          "public domain)")
RETRIEVAL = ("Wikinews: /work/shared/corpora/wikinews_mixed.jsonl.gz (record id in notes). US government texts: research "
             "search tool, corpus 'pages' (stored copies of public web pages, about the first 2,000 characters of each "
             "page); text copied from the stored copy, page furniture removed (see texts.py)")
CUT = " The stored copy breaks off mid-sentence; the text ends at the last complete sentence before it."
GD = ("Verbatim repost on globaldefence.net (a German defence-news archive) of an American Forces Press Service / DoD "
      "news article (the repost credits 'U.S. Department of Defense, Office of the Assistant Secretary of Defense (Public "
      "Affairs)' or 'Compiled from International Security Assistance Force Joint Command News Releases'); title line "
      "and credit lines removed; the AFPS date line kept at the start of the body.")


def art(aid, title, url, date, date_source, conflict, complete, notes, outlet, license, retrieved_from=None,
        original_url=None):
    return dict(id=aid, title=title, url=url, retrieved_from=retrieved_from or url, original_url=original_url,
                outlet=outlet, license=license, publication_date=date, publication_date_source=date_source,
                conflict=conflict, text_complete=complete, notes=notes)


def wn(aid, title, url, date, conflict, notes, cid, license=WN_LIC):
    return art(aid, title, url, date, "Wikinews corpus record 'published' field (%s)" % cid, conflict, True,
               "Wikinews article, corpus record %s. " % cid + notes, 'Wikinews', license)


META = [
    wn('wn_2005_02_28_lebanon_syrian_troops_government_resigns', 'Lebanese Government resigns amid protests',
       'https://en.wikinews.org/wiki/Lebanese_Government_resigns_amid_protests', '2005-02-28',
       'Syrian military presence in Lebanon; Cedar Revolution protests after the killing of Rafik al-Hariri, February 2005',
       'Published before 2005-09-25, so public domain on Wikinews.', 'wn-politics-5215', WN_LIC_PD),
    wn('wn_2005_11_16_ethiopia_eritrea_border_troops', 'Increased tension in border dispute between Eritrea and Ethiopia',
       'https://en.wikinews.org/wiki/Increased_tension_in_border_dispute_between_Eritrea_and_Ethiopia', '2005-11-16',
       'Ethiopia-Eritrea border dispute: Ethiopian troop movements to the north, November 2005; deadly street violence '
       'in Ethiopia, early November 2005', 'Contains a wiki link left as markup ([http://en.wikisource.org/...]).',
       'wn-politics-26023'),
    wn('wn_2006_09_08_canada_afghanistan_troops_address', "Canadian PM to make televised address for 5th anniversary of "
       "Sept 11. attacks",
       'https://en.wikinews.org/wiki/Canadian_PM_to_make_televised_address_for_5th_anniversary_of_Sept_11._attacks',
       '2006-09-08', "Canada's troop presence in Afghanistan (2006); Canadian victims of the 11 September 2001 attacks",
       "Leading template words 'Canadian news' removed.", 'wn-politics-49624'),
    wn('wn_2008_01_05_sudan_khartoum_us_diplomat', 'Extremist group claims responsibility for killing of American '
       'diplomat in Sudan',
       'https://en.wikinews.org/wiki/Extremist_group_claims_responsibility_for_killing_of_American_diplomat_in_Sudan',
       '2008-01-05', 'Killing of a US diplomat (USAID officer John Granville) in Khartoum, 1 January 2008',
       "Leading dateline word 'Sudan' removed (the text keeps the conversion artefact 'the Sudan ese capital').",
       'wn-politics-88915'),
    wn('wn_2008_01_23_egypt_gaza_rafah_border_soldiers', 'Residents of Gaza enter Egypt after destruction of border wall',
       'https://en.wikinews.org/wiki/Residents_of_Gaza_enter_Egypt_after_destruction_of_border_wall', '2008-01-23',
       'Gaza blockade: breach of the Rafah border wall into Egypt, 23 January 2008',
       "Leading dateline word 'Egypt' removed.", 'wn-politics-96919'),
    wn('wn_2008_02_19_pakistan_election_troops', "Pakistan Peoples Party winning elections for Pakistan's national "
       "assembly according to early results",
       "https://en.wikinews.org/wiki/Pakistan_Peoples_Party_winning_elections_for_Pakistan's_national_assembly_according_to_early_results",
       '2008-02-19', 'Security for the Pakistani general election of 18 February 2008 (insurgent violence)',
       "Leading dateline word 'Pakistan' removed; party names lost in the conversion (e.g. 'and ,') kept as they are.",
       'wn-politics-99875'),
    wn('wn_2008_03_04_kenya_embaski_militia_raid', 'Violence in Kenya kills at least thirteen',
       'https://en.wikinews.org/wiki/Violence_in_Kenya_kills_at_least_thirteen', '2008-03-04',
       'Kenya 2008: militia raid on Embaski village (Mount Elgon land conflict), early March 2008',
       "Leading dateline word 'Kenya' removed.", 'wn-politics-101135'),
    wn('wn_2009_01_30_korea_dmz_agreements_cancelled', 'North Korea cancels all military, political agreements with '
       'South Korea',
       'https://en.wikinews.org/wiki/North_Korea_cancels_all_military,_political_agreements_with_South_Korea',
       '2009-01-30', 'Korean conflict: North Korea annuls agreements with South Korea, January 2009; troops on the DMZ',
       "Leading dateline words 'North Korea' removed.", 'wn-politics-120185'),
    wn('wn_2009_03_02_guinea_bissau_president_assassinated', 'President of Guinea-Bissau assassinated',
       'https://en.wikinews.org/wiki/President_of_Guinea-Bissau_assassinated', '2009-03-02',
       'Guinea-Bissau 2009: bomb killing of the army chief of staff (1 March) and killing of President Vieira by '
       'soldiers (2 March 2009)', "Leading dateline word 'Guinea-Bissau' removed. The text's 'on Monday' is the "
       "publication day (2 March 2009).", 'wn-politics-121860'),
    wn('wn_2019_10_15_syria_turkey_offensive_sdf_deal', "Kurds announce deal with Assad's government as Turkey invades "
       "Syria's northeast",
       'https://en.wikinews.org/wiki/Kurds_announce_deal_with_Assad%27s_government_as_Turkey_invades_Syria%27s_northeast',
       '2019-10-15', "Syrian civil war: Turkish 'Operation Peace Spring' into north-eastern Syria, October 2019; SDF deal "
       "with the Syrian government", "Leading date line 'Tuesday, October 15, 2019' removed.", 'wn-all2019-144'),
    art('voa_2019_02_26_somalia_lafole_street_cleaners', 'Al-Shabab attack claims 9 lives in Somalia',
        'https://www.newdelhitimes.com/al-shabab-attack-claims-9-lives-in-somalia/', '2019-02-26',
        "date of the repost page in the stored copy (2019-02-26); the VOA original was probably published on Monday 25 "
        "February 2019 (inferred: the text's 'Monday' is taken as 25 February 2019 either way)",
        'Somali civil war: al-Shabab killing of street cleaners in Lafole, Lower Shabelle, 25 February 2019; US strikes '
        'in Lower Shabelle', False,
        "Verbatim repost of a VOA News story (the page ends 'Credit : Voice of America (VOA) | Photo Credit : (VOA)', "
        "removed) on newdelhitimes.com; only the VOA text is used. Title is the repost's. text_complete false: the "
        "original VOA page may be longer than the repost.",
        'Voice of America (VOA News), via New Delhi Times repost', PD_VOA,
        original_url=None),
    art('afps_2010_06_08_afghanistan_marjah_zharay_detentions', 'Afghanistan \u2014 Forces Detain Suspects in Afghanistan',
        'https://www.globaldefence.net/archiv/defence-news/afghanistan-forces-detain-suspects-in-afghanistan-100609/',
        '2010-06-08', "AFPS date line in the text ('KABUL, Afghanistan, June 8, 2010')",
        'War in Afghanistan: Afghan-ISAF operations in Helmand, Kandahar, Uruzgan and Herat, 5-7 June 2010', False,
        GD + CUT, 'American Forces Press Service (US DoD), via globaldefence.net', PD_DOD),
    art('afps_2010_09_28_afghanistan_helmand_vehicle_stop', 'Afghan, Coalition Troops Detain Insurgents',
        'https://globaldefence.net/archiv/defence-news/afghan-coalition-troops-detain-insurgents-100929',
        '2010-09-28', "AFPS date line in the text ('WASHINGTON, Sept. 28, 2010')",
        'War in Afghanistan: Afghan-ISAF operations in Helmand province, 27 September 2010', False,
        GD + " Title is the annotator's rendering (the stored copy shows no title)." + CUT,
        'American Forces Press Service (US DoD), via globaldefence.net', PD_DOD),
    art('dod_2010_04_19_iraq_mosul_baghdad_arrests', 'Irak \u2014 Iraqi Forces Kill 1, Arrest 9 Terror Suspects',
        'https://www.globaldefence.net/archiv/defence-news/irak-iraqi-forces-kill-1-arrest-9-terror-suspects/',
        '2010-04-19', "DoD date line in the text ('WASHINGTON, April 19, 2010')",
        'Iraq insurgency: Iraqi/US operations in Mosul and north of Baghdad, 16-18 April 2010', True,
        GD + " The text appears whole.", 'US Department of Defense (AFPS), via globaldefence.net', PD_DOD),
    art('dod_2010_04_05_iraq_kirkuk_baghdad_mosul_arrests', 'Irak \u2014 Forces Detain Insurgent Leaders in Iraq',
        'https://www.globaldefence.net/archiv/defence-news/irak-forces-detain-insurgent-leaders-in-iraq/',
        '2010-04-05', "DoD date line in the text ('WASHINGTON, April 5, 2010')",
        'Iraq insurgency: arrests of alleged al-Qaida in Iraq members near Kirkuk, in Baghdad and near Mosul, 4-5 April '
        '2010', True, GD + " '(Compiled from U.S. Forces Iraq news releases.)' removed. The stored copy holds two "
        "renderings of the page; the one with typographic quotes and em dashes is used. The text appears whole.",
        'US Department of Defense (AFPS), via globaldefence.net', PD_DOD),
    art('dod_2010_08_04_iraq_baghdad_tamim_arrests', 'Iraq \u2013 Iraqi Forces Arrest 3 Terrorism Suspects',
        'https://www.globaldefence.net/archiv/defence-news/iraq-iraqi-forces-arrest-3-terrorism-suspects-100805/',
        '2010-08-04', "DoD date line in the text ('WASHINGTON, Aug. 4, 2010')",
        'Iraq insurgency: arrests of al-Qaida in Iraq suspects in Baghdad and Tamim province, 3-4 August 2010', True,
        GD + " The text appears whole.", 'US Department of Defense (AFPS), via globaldefence.net', PD_DOD),
    art('dod_2009_10_08_iraq_rotation_15000', 'DoD Announces Units for Next Iraq Rotation and Extension',
        'https://mt-milcom.blogspot.com/2009/10/dod-announces-units-for-next-iraq.html', '2009-10-08',
        "date of the blog post reproducing the release ('Thursday, October 08, 2009'); the release says 'today'",
        'US forces in Iraq: force rotation of about 15,000 personnel for summer 2010', False,
        "Verbatim DoD release reposted on a military-news blog; blog header and date removed. text_complete false: the "
        "stored copy may stop before the release's contact lines.", 'US Department of Defense (news release), via blog '
        'repost', PD_DOD),
    art('afps_2010_03_16_iraq_mosul_kirkuk_arrests', 'Iraqis Arrest 9 Terrorism Suspects',
        'http://terrorism-online.blogspot.com/2010/03/iraqis-arrest-9-terrorism-suspects_16.html', '2010-03-16',
        "AFPS date line in the text ('March 16, 2010')",
        'Iraq insurgency: arrests of al-Qaida in Iraq suspects in western Mosul and southern Kirkuk, 15 March 2010', True,
        "Verbatim American Forces Press Service item ('From a U.S. Forces Iraq news release') reposted on the blog 'War "
        "on Terrorism'; blog furniture, title and credit lines removed.",
        'American Forces Press Service (US DoD), via blog repost', PD_DOD),
    art('usfi_2010_05_28_iraq_baghdad_mosul_arrests', 'Iraqis Arrest 5 Terrorism Suspects',
        'http://terrorism-online.blogspot.com/2010/05/iraqis-arrest-5-terrorism-suspects_28.html', '2010-05-28',
        "date line in the text ('May 28, 2010')",
        'Iraq insurgency: arrests in north-western and western Baghdad and western Mosul, 28 May 2010', True,
        "AFPS item 'Compiled from U.S. Forces Iraq News Releases', reposted on the blog 'War on Terrorism'. The headline "
        "says 5 suspects, the body 'four' while itemizing five (1 + 3 + 1); kept as written.",
        'American Forces Press Service / US Forces-Iraq (US DoD), via blog repost', PD_DOD),
    art('afps_2007_05_09_afghanistan_rotation_101st', 'Defense Officials Announce Next Rotation for Afghanistan',
        'http://terrorism-online.blogspot.com/2007/05/defense-officials-announce-next.html', '2007-05-09',
        "AFPS date line in the text ('May 9, 2007')",
        'US forces in Afghanistan: rotation of 4,500 soldiers of the 101st Airborne Division from early 2008', True,
        "American Forces Press Service article by Carmen L. Gleason, reposted on the blog 'War on Terrorism'; byline, "
        "blog furniture and an advertising line removed; two line breaks inside sentences (a layout artefact of the "
        "repost) replaced by spaces.", 'American Forces Press Service (US DoD), via blog repost', PD_DOD),
    art('centcom_2007_12_29_afghanistan_musa_qaleh_operation',
        'Several militants killed, 10 detained; two wounded civlilians found after Helmand operations',
        'http://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/903441/several-militants-killed-10-detained-two-wounded-civlilians-found-after-helmand/',
        '2007-12-29', "date line of the release ('BAGRAM AIRFIELD, Afghanistan (Dec. 29, 2007)')",
        'War in Afghanistan: Afghan-coalition operation in Musa Qaleh district, Helmand, December 2007', True,
        "US Central Command press release on centcom.mil (CJTF-82). The title's 'civlilians' is the source's spelling. "
        "29 December 2007 was a Saturday; the text's 'Sunday' is resolved by the guidelines to 23 December 2007 (the "
        "most recent Sunday on or before publication), a close call noted in the events.",
        'US Central Command (press release)', PD_CENTCOM),
    art('afps_2010_12_10_afghanistan_kunar_wardak_helmand', 'Afghan, Coalition Forces Kill Insurgents, Find Weapons',
        'https://globaldefence.net/archiv/defence-news/afghan-coalition-forces-kill-insurgents-find-weapons',
        '2010-12-10', "AFPS date line in the text ('WASHINGTON, Dec. 10, 2010')",
        'War in Afghanistan: Afghan-coalition operations in Kunar, Wardak, Helmand and Kandahar, 9-10 December 2010',
        False, GD + " The same item is also stored on terrorism-online.blogspot.com "
        "(http://terrorism-online.blogspot.com/2010/12/afghan-coalition-forces-kill-insurgents.html)." + CUT,
        'American Forces Press Service (US DoD), via globaldefence.net', PD_DOD),
    art('afps_2010_06_25_afghanistan_kandahar_khost', 'Afghanistan \u2014 Forces in Afghanistan Kill, Capture Insurgents',
        'https://www.globaldefence.net/archiv/defence-news/afghanistan-forces-in-afghanistan-kill-capture-insurgents-100628/',
        '2010-06-25', "AFPS date line in the text ('KABUL, Afghanistan, June 25, 2010')",
        'War in Afghanistan: Afghan-ISAF operations near Kandahar City and in Khost, 24 June 2010; Haqqani network '
        'engagements', False, GD + CUT, 'American Forces Press Service (US DoD), via globaldefence.net', PD_DOD),
    art('afps_2010_05_17_afghanistan_kunduz_sangin', 'Afghanistan \u2014 Combined Force Kills Dozens of Insurgents',
        'https://www.globaldefence.net/archiv/defence-news/afghanistan-combined-force-kills-dozens-of-insurgents-100517',
        '2010-05-17', "INFERRED: the date line ('WASHINGTON \u2014') carries no date; the repost URL's date code '100517' "
        "(17 May 2010) is taken as the publication date. Other globaldefence reposts carry a code one to three days "
        "after the AFPS date, so the AFPS original may be of 14-16 May 2010 (uncertain by up to three days)",
        'War in Afghanistan: Afghan-ISAF operations in Kunduz district and Sangin district, mid-May 2010', False,
        GD + CUT, 'American Forces Press Service (US DoD), via globaldefence.net', PD_DOD),
    art('afps_2011_07_06_afghanistan_zurmat_haqqani_leader', 'Forces Detain Haqqani Leader in Eastern Afghanistan',
        'https://globaldefence.net/archiv/defence-news/forces-detain-haqqani-leader-in-eastern-afghanistan-110707',
        '2011-07-06', "AFPS date line in the text ('WASHINGTON, July 6, 2011')",
        'War in Afghanistan: detention of a Haqqani network leader in Zurmat (Paktiya), 5-6 July 2011; operations in '
        'Sar-e Pul and Kunduz', False, GD + CUT, 'American Forces Press Service (US DoD), via globaldefence.net', PD_DOD),
    art('afps_2011_08_31_afghanistan_khost_haqqani_leader', 'Combined Force Detains Haqqani Leader',
        'https://www.globaldefence.net/archiv/defence-news/combined-force-detains-haqqani-leader-110901',
        '2011-08-31', "AFPS date line in the text ('WASHINGTON, Aug. 31, 2011')",
        'War in Afghanistan: detentions in Khost, Zabul, Helmand (Sangin), Wardak and Regional Command East, 30 August '
        '2011', False, GD + CUT, 'American Forces Press Service (US DoD), via globaldefence.net', PD_DOD),
    art('afps_2013_05_09_afghanistan_logar_nangarhar_helmand', 'Combined Force Arrests Haqqani Facilitator in Logar Province',
        'https://military-veteran.com/newsart/afps/art/686', '2013-05-09',
        "AFPS date line in the text ('KABUL, Afghanistan, May 9, 2013')",
        'War in Afghanistan: operations in Logar (Pul-e Alam), Nangarhar (Khogyani) and Helmand (Garm Ser), 8-9 May 2013',
        True, "American Forces Press Service item ('From an International Security Assistance Force Joint Command News "
        "Release') reposted on military-veteran.com (a veterans' site that reposts AFPS news); title, credit line, "
        "'Return to headlines' and site footer removed. The text appears whole.",
        'American Forces Press Service (US DoD), via military-veteran.com', PD_DOD),
    art('dod_2014_07_01_iraq_kirby_update_770', 'Pentagon Spokesman Provides Update on Iraq Missions',
        'https://www.defense.gov/Newsroom/News/Article/Article/602811/pentagon-spokesman-provides-update-on-iraq-missions/',
        '2014-07-01', "date line of the DoD News article in the stored copy ('July 1, 2014 | BY Amaani Lyle')",
        'US forces sent to Iraq against ISIL, June 2014: orders of 16 and 26 June, force in the country on 1 July 2014',
        False, "DoD News (Defense Media Activity) article by Amaani Lyle on defense.gov; archive banner, title, date line "
        "and byline removed." + CUT, 'DoD News (US Department of Defense)', PD_DOD),
    art('dod_2014_09_10_iraq_475_more_service_members', 'U.S. Sending 475 More Service Members to Iraq',
        'http://terrorism-online.blogspot.com/2014/09/us-sending-475-more-service-members-to.html', '2014-09-10',
        "DoD News date line in the text ('WASHINGTON, Sept. 10, 2014')",
        'US forces sent to Iraq against ISIL: 475 additional service members announced 10 September 2014', False,
        "DoD News article by Jim Garamone (Defense Media Activity) reposted on the blog 'War on Terrorism'; byline and "
        "blog furniture removed. The stored copy wraps lines inside sentences; lines were joined with spaces and "
        "paragraphs rebuilt at sentence ends (annotator's judgment). The title is the annotator's rendering of the "
        "repost's URL slug." + CUT, 'DoD News (US Department of Defense), via blog repost', PD_DOD),
    art('dod_2016_09_28_iraq_mosul_600_troops', 'Statement from Secretary of Defense Ash Carter on additional support to '
        'Iraqi counter-ISIL efforts',
        'https://www.defense.gov/Newsroom/Releases/Release/Article/958052/statement-from-secretary-of-defense-ash-carter-on-additional-support-to-iraqi-c/',
        '2016-09-28', "date of the release in the stored copy ('Sept. 28, 2016')",
        'US forces in Iraq against ISIL: about 600 additional troops authorized before the Mosul offensive, September 2016',
        True, "DoD release on defense.gov (statement by Secretary of Defense Ash Carter); archive banner, 'Immediate "
        "Release', title and date removed. The text appears whole.", 'US Department of Defense (news release)', PD_DOD),
]

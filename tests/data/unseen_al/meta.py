# -*- coding: utf-8 -*-
"""Per-article metadata of set (al) (articles.jsonl), written by hand. US federal government works only, found with
the research search tool (corpus 'pages'): Voice of America news items, American Forces Press Service / Department of
Defense news articles and one Multi-National Corps-Iraq press release."""

PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in "
          "the public domain)")
PD_VOA_AG = PD_VOA + "; the item says some information was provided by news agencies (%s), recorded here"
PD_DOD = "Public domain (American Forces Press Service / Department of Defense news, US federal government work)"
PD_MNCI = "Public domain (Multi-National Corps-Iraq / Multi-National Division-Baghdad press release, US federal government work)"
RETRIEVAL = ("Research search tool, corpus 'pages' (stored copies of public web pages; the stored text is about the first "
             "2,000 characters of a page); text copied from the stored copy, page furniture removed")


def m(aid, title, url, outlet, license, date, date_source, conflict, complete, notes, retrieved_from=None,
      original_url=None):
    return dict(id=aid, title=title, url=url, retrieved_from=retrieved_from or url, original_url=original_url,
                outlet=outlet, license=license, publication_date=date, publication_date_source=date_source,
                conflict=conflict, text_complete=complete, notes=notes)


VOA = 'Voice of America (VOA News)'
AFPS = 'American Forces Press Service (Department of Defense)'
URLD = "date in the page URL"
CUT = ("The stored copy breaks off mid-sentence; the text ends at the last complete sentence before the break.")
END = ("The stored copy may end before the end of the article (no page footer in the copy); the text ends at a complete "
       "sentence.")

META = [
    m('voa_2003_06_28_kashmir_jammu_army_camp', '12 Soldiers Killed in Attack on Army Camp in Indian Kashmir',
      'http://www.voanews.com/a/a-13-a-2003-06-28-7-12/390208.html', VOA, PD_VOA, '2003-06-28',
      URLD + " and in the page title ('- 2003-06-28'); 'early Saturday' = 28 June 2003",
      'Kashmir insurgency: attack on an army camp on the outskirts of Jammu, 28 June 2003', True,
      "Title given without the page's date suffix '- 2003-06-28'. 'update' flag and page footer removed."),
    m('voa_2004_01_24_iraq_fallujah_samarra', 'Roadside Bomb Kills 2 US Soldiers in Iraq',
      'https://www.voanews.com/a/a-13-a-2004-01-24-21-roadside-67326307/271465.html', VOA, PD_VOA, '2004-01-24',
      URLD + " and page title ('- 2004-01-24', a Saturday)",
      'Iraq War: roadside bomb near Fallujah and car bomb in Samarra, 24 January 2004', False, END),
    m('voa_2004_03_19_kosovo_nato_reinforcements', 'More NATO Peacekeepers Arrive in Kosovo',
      'https://www.voanews.com/a/a-13-a-2004-03-19-6-more/292057.html', VOA, PD_VOA, '2004-03-19', URLD,
      'Unrest in Kosovo, March 2004: ethnic Albanian-Serb violence from 17 March 2004 and NATO (KFOR) reinforcements',
      False, CUT + " (the copy breaks off at 'The current viol')."),
    m('voa_2004_10_30_iraq_anbar_marines_al_arabiya', '8 US Marines Killed in Iraq',
      'https://www.voanews.com/a/a-13-8-marines-killed-in-iraq-66870017/376594.html', VOA, PD_VOA, '2004-10-30',
      "inferred: the URL has no date; the text reports events of 'Saturday' (the al-Arabiya office bombing in Baghdad "
      "and the deaths of eight Marines in Anbar, both on Saturday 30 October 2004); the story is dated to that day",
      'Iraq War: eight Marines killed in Anbar, car bomb at the al-Arabiya office in Baghdad, shooting at Haswa, 30 October 2004',
      False, END),
    m('voa_2004_12_03_kashmir_sopore_camp', '5 Policemen Killed in Kashmir Attack',
      'https://voanews.com/a/a-13-2004-12-03-voa21/300259.html', VOA, PD_VOA, '2004-12-03',
      URLD + "; 'early Friday' = 3 December 2004", 'Kashmir insurgency: attack on a security camp in Sopore, 3 December 2004',
      True, "'update' flag and page footer removed."),
    m('voa_2005_01_09_saudi_al_qaida_shootout', 'Saudis Kill 4 al-Qaida Members in Desert Shootout',
      'https://www.voanews.com/a/a-13-2005-01-09-voa13-67511627/283750.html', VOA,
      PD_VOA_AG % "Reuters, AP and 'APF' [sic]", '2005-01-09', URLD,
      'Al-Qaida insurgency in Saudi Arabia: desert shootout northwest of Riyadh, January 2005; toll since May 2003', True,
      "The credit line 'Some information for this report provided by Reuters, AP and APF.' was removed."),
    m('voa_2006_03_11_pakistan_north_waziristan', 'Pakistan Targets Islamic Militants in Tribal Area',
      'https://www.voanews.com/a/a-13-2006-03-11-voa5/399575.html', VOA, PD_VOA, '2006-03-11', URLD,
      'Insurgency in North Waziristan: raid near Miran Shah, 10-11 March 2006, after the early-March 2006 fighting',
      False, CUT + " (the copy breaks off at '...to step up an')."),
    m('voa_2007_03_01_iraq_raids_fallujah_wedding', 'Coalition Forces Kill 3 Suspected Terrorists, Detain 16 in Iraq Raids',
      'https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-03-01-voa7/331922.html', VOA, PD_VOA_AG % 'AFP, AP and Reuters',
      '2007-03-01', URLD + " ('Thursday' = 1 March 2007)",
      'Iraq War: raids near Ramadi and south of Baghdad, Fallujah wedding-convoy bombing, Diyala operation, March 2007',
      True, "Copy on VOA's own content-management preview host (voa.pangea-cms.com). 'update' flag, credit line and footer removed."),
    m('afps_2008_04_04_iraq_kill_two_detain_16', 'Coalition Troops in Iraq Kill Two Terrorists, Detain 16 Suspects',
      'http://terrorism-online.blogspot.com/2008/04/coalition-troops-in-iraq-kill-two.html', AFPS, PD_DOD, '2008-04-04',
      "date line of the article ('April 4, 2008 -')",
      'Iraq War: coalition operations against al-Qaida in Iraq near Samarra, Sharqat, Habbaniyah, Mosul and Mahmudiyah, 3-4 April 2008',
      False, "Verbatim repost of an American Forces Press Service article on a blog of government releases ('War on "
             "Terrorism'). Blog header, date line and stray line breaks inside sentences removed. " + CUT +
             " (the copy breaks off at 'Northwest of Sinjar, coalition forces captured a suspect')."),
    m('mnci_2008_03_13_baghdad_svest_suspects', 'Soldiers detain suspected terrorists connected to SVEST attack (Baghdad)',
      'https://aubreyj818.blogspot.com/2008/03/soldiers-detain-suspected-terrorists.html',
      'Multi-National Corps-Iraq (Multi-National Division-Baghdad Public Affairs)', PD_MNCI, '2008-03-13',
      "date line of the release ('Thursday, March 13, 2008')",
      'Iraq War: suicide-vest attack in central Baghdad, 10 March 2008, and arrests on 11 March 2008', True,
      "Verbatim repost of MNC-I press release 20080313-02 on a personal blog. Release header lines and the line 'From "
      "press release # 20080313-02 - Multi-National Corps-Iraq - Public Affairs Office, Camp Victory' removed. The first "
      "word 'Baghdad' is probably the remains of the date line 'BAGHDAD --'; kept as in the copy."),
    m('voa_2008_05_07_gaza_khan_younis_incursion', 'At Least 1 Palestinian Killed, 14 Wounded in Israeli Attack in Gaza',
      'http://www.voanews.com/a/a-13-2008-05-07-voa25-66819042/256562.html', VOA, PD_VOA_AG % 'AFP, AP and Reuters',
      '2008-05-07', URLD, 'Israeli-Palestinian conflict: Israeli incursion east of Khan Younis, night of 6-7 May 2008', True,
      "Credit line and footer removed."),
    m('voa_2008_07_17_afghanistan_herat_raid_wanat', 'Coalition Forces Kill 15 Militants in Western Afghanistan',
      'https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-07-17-voa31-66672617/557952.html', VOA,
      PD_VOA_AG % 'AFP and AP', '2008-07-17', URLD + " ('Thursday's raid' = 17 July 2008)",
      'War in Afghanistan: coalition raid in Herat province, 17 July 2008; the Wanat attack of 13 July 2008', True,
      "Copy on VOA's preview host. Credit line removed."),
    m('afps_2008_08_08_afghanistan_giro_nahr_surkh', 'Coalition, Afghan Forces Kill Enemy Fighters, Detain Three Suspects',
      'http://terrorism-online.blogspot.com/2008/08/coalition-afghan-forces-kill-enemy_08.html', AFPS, PD_DOD, '2008-08-08',
      "date line of the article ('Aug. 8, 2008 -')",
      'War in Afghanistan: operations in Giro district (Ghazni) and Nahr Surkh district (Helmand), 7 August 2008', True,
      "Verbatim repost of an American Forces Press Service article on a blog of government releases. Blog header and "
      "date line removed."),
    m('voa_2011_10_12_iraq_baghdad_police_bombings', 'Series of Baghdad Bombings Kill at Least 25',
      'https://www.voanews.com/a/multiple-bombings-rip-through-baghdad-131577793/146515.html', VOA,
      PD_VOA_AG % 'AP, AFP and Reuters', '2011-10-12',
      "inferred from the removed photo caption ('... Baghdad, Iraq, October 12, 2011') and 'Wednesday's bomb attacks' "
      "(12 October 2011 was a Wednesday)",
      'Insurgency in Iraq: bombings of police targets in Baghdad, 10 and 12 October 2011', True,
      "Photo caption, credit line and follow-us line removed."),
    m('voa_2012_02_19_iraq_baghdad_police_academy', 'Suicide Attack in Iraq Kills 15',
      'https://voa.pangea-cms.com/preview/en-US/a/suicide-attack-in-iraq-kills-15-139627573/152261.html', VOA,
      PD_VOA_AG % 'AP, AFP and Reuters', '2012-02-19',
      "inferred (the copy shows no date): the text reports Sunday's car bomb at the police academy in Baghdad and the "
      "funeral-procession bombing 'late last month' (27 January 2012); the academy bombing was on Sunday 19 February 2012; "
      "estimate",
      'Insurgency in Iraq: suicide car bomb at a police academy in Baghdad, 19 February 2012', True,
      "Copy on VOA's preview host; the page shows no headline, the title is the URL slug rendered as words. The title "
      "('Kills 15') contradicts the body ('at least 19'). Credit and social-media lines removed."),
    m('voa_2013_03_14_kashmir_srinagar_camp_attack', 'Indian Kashmir Under Curfew',
      'https://www.voanews.com/a/indian-kashmir-under-curfew/1621249.html', VOA, PD_VOA, '2013-03-14',
      "inferred from the removed photo caption ('... Srinagar, India, March 14, 2013') and 'Troops patrolled ... Thursday' "
      "(14 March 2013 was a Thursday)",
      'Kashmir insurgency: attack on a paramilitary camp in Srinagar, 13 March 2013', True, "Photo caption removed."),
    m('voa_2014_10_26_lebanon_tripoli_clashes', "Lebanese Soldiers Battling Islamic Fighters in Tripoli",
      'https://www.voanews.com/a/lebanese-soldiers-battle-islamic-fighters-in-tripoli/2497088.html', VOA,
      PD_VOA_AG % 'Reuters', '2014-10-26',
      "inferred from the removed photo caption ('... Tripoli, Oct. 26, 2014') and 'Sunday' (26 October 2014)",
      'Spillover of the Syrian civil war in Lebanon: army vs Islamist fighters in Tripoli, 24-26 October 2014', True,
      "Photo caption and the line 'Some material for this report came from Reuters.' removed."),
    m('voa_2014_12_09_yemen_hadramout_soldiers', 'Yemen Attacks Kill 9 Soldiers in 24 Hours',
      'https://www.voanews.com/a/suicide-attacks-kill-five-in-eastern-yemen-army-base/2551428.html', VOA, PD_VOA,
      '2014-12-09',
      "inferred: 'Tuesday' attacks and the failed hostage rescue of 'Saturday' (6 December 2014); Tuesday = 9 December 2014",
      'Al-Qaida insurgency in Yemen: attacks on army facilities in Hadramout, 8-9 December 2014; failed hostage rescue of 6 December 2014',
      True, "Photo caption (about an unrelated bomb in Sanaa, Dec. 8, 2014) removed."),
    m('voa_2011_01_31_pakistan_peshawar_police_bombings', 'Bombings Strike Peshawar, Senior Police Official Killed',
      'https://voa.pangea-cms.com/preview/en-US/a/article-3-killed-in-pakistan-suicide-attack-114922974/134279.html', VOA,
      PD_VOA, '2011-01-31', "inferred from the removed photo caption ('... Peshawar January 31, 2011')",
      'Insurgency in Khyber Pakhtunkhwa: bombings targeting police near Peshawar, 31 January 2011', False,
      "Copy on VOA's preview host. Photo caption (given twice) removed. " + END),
    m('afps_2007_01_28_iraq_karmah_baqubah', 'Coalition, Iraqi forces kill 14 terrorists, capture dozens',
      'https://freerepublic.com/focus/f-news/1775276/posts', AFPS, PD_DOD, '2007-01-28',
      "date line of the article ('WASHINGTON, Jan. 28, 2007')",
      'Iraq War: coalition operations in Baghdad, Karmah, Ramadi, Bayji and south of Baqubah, 27-28 January 2007', False,
      "Verbatim repost of an American Forces Press Service article on a forum (Free Republic); the stored copy shows no "
      "headline, the title is a descriptive one made from the first sentence. The copy's single line breaks are kept. "
      "Date line removed. " + CUT + " (the copy breaks off inside the list of the cache's contents)."),
    m('afps_2007_07_26_iraq_tarmiyah_soccer_attack', 'Troops Detain Suspects in Iraq; U.S. Condemns Baghdad Attack',
      'http://terrorism-online.blogspot.nl/2007/07/troops-detain-suspects-in-iraq-us.html', AFPS, PD_DOD, '2007-07-26',
      "date line of the article ('July 26, 2007 -')",
      'Iraq War: raids near Tarmiyah, Taji and Mosul, 25-26 July 2007; bombings of Asian Cup celebrations in Baghdad, 25 July 2007',
      False, "Verbatim repost of an American Forces Press Service article on a blog of government releases (Dutch mirror "
             "host .nl). Blog header, date line and stray line breaks inside sentences removed. " + CUT),
    m('afps_2007_11_29_iraq_detain_12_khan_bani_said', 'Coalition Troops Detain 12 in Iraq Operations',
      'https://www.globalsecurity.org/military/library/news/2007/11/mil-071129-afps01.htm', AFPS, PD_DOD, '2007-11-29',
      "date line of the article ('WASHINGTON, Nov. 29, 2007 –')",
      'Iraq War: coalition operations in Tarmiyah, north of Samarra, Hawija, Mosul, Bayji and Khan Bani Said, 29 November 2007',
      False, "Copy on globalsecurity.org. Site banner and date line removed. " + CUT),
    m('afps_2008_07_14_iraq_mosul_samarra_special_groups', 'Coalition Forces in Iraq Detain Five Suspected al-Qaida Terrorists',
      'https://www.globalsecurity.org/military/library/news/2008/07/mil-080714-afps02.htm', AFPS, PD_DOD, '2008-07-14',
      "date line of the article ('WASHINGTON, July 14, 2008 –')",
      'Iraq War: detentions in Mosul and Samarra (14 July 2008) and of special-groups suspects in Hillah, Kut, Balad and Baghdad (12 July 2008)',
      False, "Copy on globalsecurity.org. Site banner and date line removed. " + CUT +
             " (the copy breaks off at 'One')."),
    m('afps_2007_09_27_iraq_baghdad_samarra_bayji', 'Forces Detain 21 Suspects in Central, Northern Iraq',
      'http://terrorism-online.blogspot.com/2007/09/forces-detain-21-suspects-in-central.html', AFPS, PD_DOD, '2007-09-27',
      "date line of the article ('Sept. 27, 2007 -'); the blog post is dated Friday, September 28, 2007",
      'Iraq War: coalition operations in northern Baghdad, south of Samarra and in Bayji, 26-27 September 2007', False,
      "Verbatim repost of an American Forces Press Service article on a blog of government releases. Blog header, date "
      "line and stray line breaks inside sentences removed. " + CUT + " (the copy breaks off at 'Near Baghdad, coalition "
      "forces targeted a suspect believed to be responsible for'). The headline's '21 suspects' is not reached in the "
      "stored part."),
]

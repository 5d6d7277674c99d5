# -*- coding: utf-8 -*-
"""Per-article metadata of set (aa) (articles.jsonl), written by hand. Two kinds of source: English Wikinews records
of the mixed Wikinews corpus (CC BY 2.5) and US federal government works found with the research search tool (public
domain: Department of Defense/AFPS, Department of State, Voice of America, U.S. Africa Command)."""

LICENSE = ("CC BY 2.5 (Wikinews, https://creativecommons.org/licenses/by/2.5/); text changed by format conversion and "
           "markup stripping")
PD_VOA = ("Public domain (VOA-produced content, US federal government work; VOA terms: content produced by VOA is in "
          "the public domain)")
PD_DOD = "Public domain (Department of Defense / American Forces Press Service news, US federal government work)"
PD_STATE = "Public domain (Department of State press statement, US federal government work)"
PD_AFRICOM = "Public domain (U.S. Africa Command press release, Department of Defense, US federal government work)"
RETRIEVAL = ("Wikinews records: mixed Wikinews corpus /work/shared/corpora/wikinews_mixed (see its SOURCE.md: toscaData "
             "politics set), the record's `text` field used unchanged. Government works: research search tool, corpus "
             "'pages' (stored copies of public web pages, about the first 2,000 characters); text copied from the "
             "stored copy, page furniture removed")

WN_DATE = "'published' field of the source record (toscaData; Wikinews date category)"


def wn(aid, title, date, rid, conflict, notes=""):
    url = "https://en.wikinews.org/wiki/" + title.replace(" ", "_")
    return dict(id=aid, title=title, url=url, retrieved_from=url, original_url=None, outlet="Wikinews",
                license=LICENSE, publication_date=date, publication_date_source=WN_DATE, conflict=conflict,
                text_complete=True,
                notes=("Source record %s from toscaData (Docma-TU/toscaData @ 79923805, data/politics.rda). Text as in "
                       "the source record (markup-stripping leftovers kept). Whole text used (not cut). %s" % (rid, notes)).strip())


META = [
    wn('wn_2005_07_01_drc_kinshasa_protest_crackdown', 'Multiple deaths as Congolese government cracks down on pro-democracy protests',
       '2005-07-01', 'wn-politics-13325', 'DR Congo: crackdown on protests over delayed elections in Kinshasa and Tshikapa, June-July 2005; the 1998-2003 war toll'),
    wn('wn_2005_08_16_afghanistan_herat_spanish_helicopter', 'Spanish helicopter crash in Afghanistan kills 17', '2005-08-16',
       'wn-politics-18735', 'War in Afghanistan: crash of a Spanish ISAF Cougar helicopter near Herat, August 2005; ISAF force levels',
       "Headline total 17 = 12 soldiers + 5 crew in the body."),
    wn('wn_2006_02_24_philippines_coup_attempt_emergency', "Arroyo declares state of emergency due to coup attempt in Philippines",
       '2006-02-24', 'wn-politics-34234', 'Philippines: the February 2006 coup plot and state of emergency; the 2003 Oakwood mutiny recalled'),
    wn('wn_2006_04_26_sri_lanka_colombo_army_hq_bombing', 'Sri Lankan Army Chief critically injured in LTTE suicide bombing',
       '2006-04-26', 'wn-politics-39333', 'Sri Lankan civil war: LTTE suicide bombing of Army headquarters in Colombo, 25 April 2006'),
    wn('wn_2006_08_28_afghanistan_lashkar_gah_market_bombing', 'Afghanistan: 17 killed, 47 injured in Afghan suicide attack on market',
       '2006-08-28', 'wn-politics-48548', 'War in Afghanistan: suicide bombing of a market in Lashkar Gah, Helmand, 28 August 2006'),
    wn('wn_2006_11_16_iraq_us_raid_south_of_baghdad', 'U.S. soldiers kill 9 suspected al-Qaeda members near Baghdad', '2006-11-16',
       'wn-politics-54842', 'Iraq War: US raid on suspected al-Qaeda members south of Baghdad, November 2006'),
    wn('wn_2007_02_18_iraq_new_baghdad_bombings', 'At least 63 killed by Iraqi suicide bombs', '2007-02-18', 'wn-politics-60835',
       'Iraq War: car and suicide bombings in New Baghdad and Sadr City, 18 February 2007'),
    wn('wn_2007_04_19_iraq_karradah_fuel_truck_bombing', 'Nearly a dozen killed in suicide bomber attack in Iraq', '2007-04-19',
       'wn-politics-65860', 'Iraq War: suicide car bomb against a fuel truck in Karradah (or Jadriya), Baghdad, April 2007; the bombings of 18 April 2007'),
    wn('wn_2007_05_17_iraq_abu_saydah_chlorine_bomb', 'Insurgents in Iraq kill 32 with chemical bomb', '2007-05-17', 'wn-politics-69185',
       'Iraq War: chlorine car bomb in Abu Saydah, Diyala, 15 May 2007', "The text starts with a stray '<noinclude>' tag, kept."),
    wn('wn_2007_08_14_iraq_qahtaniya_yazidi_bombings', 'At least 175 killed, 200 injured in northwestern Iraq', '2007-08-14',
       'wn-politics-76722', 'Iraq War: truck bombings of the Yazidi town of Qahtaniya, 14 August 2007'),
    wn('wn_2007_09_29_afghanistan_kabul_bus_bombing', '31 killed in Afghanistan bus bombing', '2007-09-29', 'wn-politics-81096',
       'War in Afghanistan: suicide bombing of an army bus in Kabul, September 2007'),
    wn('wn_2007_10_01_myanmar_monks_crackdown', 'Thousands of Monks in Burma to be imprisoned; Thousands more reported dead', '2007-10-01',
       'wn-politics-81362', 'Myanmar: the crackdown on the 2007 monk-led protests (Saffron Revolution)'),
    wn('wn_2007_10_12_sudan_darfur_muhajiriya_attack', 'Violence increases as Darfur peace talks approach', '2007-10-12',
       'wn-politics-82306', 'War in Darfur: attack on the SLA at Muhajiriya, South Darfur, October 2007'),
    wn('wn_2007_11_26_afghanistan_char_asiab_landmine', 'Four Afghan civilians killed by landmine', '2007-11-26', 'wn-politics-86016',
       'War in Afghanistan (legacy landmines): landmine blast in Char Asiab district, Kabul province, 26 November 2007'),
    wn('wn_2007_12_10_iraq_baghdad_prison_mortar', 'Seven prisoners die in mortar attack on Iraqi prison', '2007-12-10',
       'wn-politics-87131', 'Iraq War: mortar attack on a prison near the interior ministry in Baghdad, 10 December 2007'),
    wn('wn_2008_01_03_sri_lanka_truce_withdrawal', 'Sri Lankan government withdraws truce with Tamil rebels', '2008-01-03',
       'wn-politics-88758', 'Sri Lankan civil war: end of the 2002 ceasefire, January 2008; toll of the previous two years'),
    wn('wn_2008_03_31_iraq_baghdad_seven_killed', 'Iraqi army kills seven, detains four', '2008-03-31', 'wn-politics-103239',
       'Iraq War: MNF-I clashes in Baghdad, 30 March 2008',
       "The title's 'detains four' is not in the stored body (truncated record?); the body is annotated as stored."),
    wn('wn_2008_04_06_sri_lanka_minister_bombing', 'Blast kills 12 people, including senior Sri Lankan minister', '2008-04-06',
       'wn-politics-103578', 'Sri Lankan civil war: suicide bombing that killed highways minister Jeyaraj Fernandopulle, 6 April 2008',
       "Headline 'kills 12' contradicts the body ('Over 14 others' besides the minister)."),
    wn('wn_2008_04_27_afghanistan_karzai_parade_attack', 'President of Afghanistan uninjured after assassination attempt', '2008-04-27',
       'wn-politics-104780', 'War in Afghanistan: Taliban attack on the Mujahideen Victory Day parade in Kabul, 27 April 2008'),
    wn('wn_2008_06_22_iraq_baquba_bombing', '15 confirmed dead after Iraq bombing', '2008-06-22', 'wn-politics-108492',
       'Iraq War: suicide bombing in Baquba (June 2008) and the Hurriya bus-stop bombing of 17 June 2008'),
    wn('wn_2008_12_07_pakistan_peshawar_nato_vehicles', 'Militants in Pakistan torch NATO, US military vehicles', '2008-12-07',
       'wn-politics-117864', 'Insurgency in Khyber Pakhtunkhwa: militant attack on NATO supply terminals in Peshawar, 7 December 2008'),
    dict(id='dod_2014_08_13_poland_atlantic_resolve_rotation', title='DoD Announces Operation Atlantic Resolve Brigade Rotation',
         url='https://www.globalsecurity.org/military/library/news/2014/08/mil-140813-afps06.htm',
         retrieved_from='https://www.globalsecurity.org/military/library/news/2014/08/mil-140813-afps06.htm', original_url=None,
         outlet='DoD News (American Forces Press Service), reposted by GlobalSecurity.org', license=PD_DOD,
         publication_date='2014-08-13', publication_date_source='date line of the stored copy (WASHINGTON, Aug. 13, 2014)',
         conflict='Russia-Ukraine: US reassurance rotations to NATO’s eastern flank (Operation Atlantic Resolve), 2014',
         text_complete=False,
         notes=("AFPS article by Army Sgt. 1st Class Tyrone C. Marshall Jr. (byline removed), reposted verbatim by "
                "GlobalSecurity.org. The stored copy breaks off in the paragraph after the equipment quote; text ends at "
                "the last complete paragraph. The 'WASHINGTON, Aug. 13, 2014 –' date line is part of the first paragraph "
                "and was kept.")),
    dict(id='state_2024_05_03_drc_mugunga_camp_attack',
         title='On Condemning the Attack On an Internally Displaced Persons Camp in the Democratic Republic of the Congo',
         url='https://allafrica.com/stories/202405060700.html', retrieved_from='https://allafrica.com/stories/202405060700.html',
         original_url=None, outlet='US Department of State (press statement), reposted by allAfrica', license=PD_STATE,
         publication_date='2024-05-03', publication_date_source="date line '3 May 2024' of the stored copy",
         conflict='M23 conflict in eastern DR Congo: shelling of the Mugunga IDP camp near Goma, 3 May 2024',
         text_complete=True,
         notes=("Statement by Department Spokesperson Matthew Miller (signature line removed); allAfrica's 'Congo-Kinshasa:' "
                "title prefix removed.")),
    dict(id='voa_2017_12_09_drc_semuliki_peacekeepers', title='UN Security Council Condemns Attack on Peacekeepers',
         url='https://allafrica.com/stories/201712110160.html', retrieved_from='https://allafrica.com/stories/201712110160.html',
         original_url=None, outlet='Voice of America, reposted by allAfrica', license=PD_VOA,
         publication_date='2017-12-09',
         publication_date_source=("inferred: the story reports the Security Council's Friday (8 Dec) session in the past and "
                                  "the Monday flags in the future; allAfrica posted it on 11 Dec 2017 (story id). Estimate "
                                  "within two days."),
         conflict='ADF insurgency in North Kivu, DR Congo: attack on the MONUSCO base at Semuliki, 7 December 2017',
         text_complete=False,
         notes=("VOA story as reposted by allAfrica (it cites 'A U.N. official told VOA'; attribution to VOA is the "
                "annotator's reading of the repost, stated here plainly). Photo caption ('14 bodies of Tanzanian "
                "peacekeeper ...') and the 'Congo-Kinshasa:' title prefix removed. The stored copy breaks off in the "
                "paragraph on the State Department's reaction; text ends at the last complete sentence before it.")),
    dict(id='africom_2023_07_08_somalia_afmadow_airstrikes', title='U.S. airstrikes kill 10 al-Shabaab members in Somalia',
         url='https://shabellemedia.com/u-s-airstrikes-kill-10-al-shabaab-members-in-somalia',
         retrieved_from='https://shabellemedia.com/u-s-airstrikes-kill-10-al-shabaab-members-in-somalia', original_url=None,
         outlet='U.S. Africa Command (press release), reposted verbatim by Shabelle Media', license=PD_AFRICOM,
         publication_date='2023-07-08',
         publication_date_source=("inferred: the stored copy has no date; a VOA story on allAfrica posted 9 July 2023 "
                                  "(allafrica.com/stories/202307090087) quotes the same release. Estimate within a day or two."),
         conflict='Al-Shabaab insurgency in Somalia: US collective self-defense airstrikes near Afmadow, Lower Juba, July 2023',
         text_complete=True,
         notes=("AFRICOM release text as reposted (the repost's headline kept as title; its comment prompt removed). The "
                "'MOGADISHU, Somalia –' date line is the repost's and was kept.")),
]

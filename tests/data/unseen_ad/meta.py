# -*- coding: utf-8 -*-
"""Per-article metadata of set (ad) (articles.jsonl), written by hand. One kind of source: English Wikinews records of
the mixed Wikinews corpus (CC BY 2.5; see /work/shared/corpora/wikinews_mixed.SOURCE.md)."""

LICENSE = ("CC BY 2.5 (Wikinews, https://creativecommons.org/licenses/by/2.5/); text changed by format conversion and "
           "markup stripping")
RETRIEVAL = ("Wikinews records: mixed Wikinews corpus /work/shared/corpora/wikinews_mixed.jsonl.gz (see its SOURCE.md: toscaData "
             "politics/economy sets and vanatteveldt/wikinews 2019-2020), the record's `text` field used unchanged. The research "
             "search tool (corpus 'pages') was also tried for Wikinews pages but gave none that could be used")

WN_DATE = "'published' field of the source record (toscaData; Wikinews date category)"
WN_DATE19 = "'published' field of the source record (vanatteveldt/wikinews; Wikinews date category)"


def WN(rid, extra=""):
    src = ("vanatteveldt/wikinews @ 34725417, data/wikinews_%s.csv" % rid[7:11]) if rid.startswith("wn-all") else (
        "toscaData (Docma-TU/toscaData @ 79923805, data/%s.rda)" % ("economy" if "economy" in rid else "politics"))
    return ("Source record %s from %s. Text as in the source record (markup-stripping leftovers kept). Whole text "
            "used (not cut). %s" % (rid, src, extra)).strip()


LICENSE_PD = ("Public domain (Wikinews text published before 2005-09-25 was released into the public domain; see the "
              "corpus SOURCE.md); text changed by format conversion and markup stripping")


def wn(aid, title, date, rid, url, conflict, notes=""):
    return dict(id=aid, title=title, url=url, retrieved_from=url, original_url=None, outlet="Wikinews",
                license=(LICENSE_PD if date < "2005-09-25" else LICENSE), publication_date=date,
                publication_date_source=(WN_DATE19 if rid.startswith("wn-all") else WN_DATE),
                conflict=conflict, text_complete=True, notes=WN(rid, notes))


META = [
    wn('wn_2005_08_20_pakistan_local_election_clashes',
       'At least 13 killed in shootings at polling stations in Pakistan', '2005-08-20', 'wn-politics-19037',
       'https://en.wikinews.org/wiki/At_least_13_killed_in_shootings_at_polling_stations_in_Pakistan',
       'Electoral violence in Pakistan: armed clashes between rival political factions at polling stations in the local elections of 18 August 2005 (NWFP, Punjab, Balochistan)'),
    wn('wn_2005_11_02_ethiopia_addis_ababa_protests',
       'At least thirty-three more dead in Ethiopia election clashes', '2005-11-02', 'wn-politics-25360',
       'https://en.wikinews.org/wiki/At_least_thirty-three_more_dead_in_Ethiopia_election_clashes',
       'Ethiopian post-election crisis of 2005: protests and police shootings in Addis Ababa (June and November 2005), arrests of opposition leaders, taxi drivers and journalists'),
    wn('wn_2005_12_12_china_dongzhou_shooting',
       'Protesting Chinese villagers killed in confrontation with police', '2005-12-12', 'wn-politics-27811',
       'https://en.wikinews.org/wiki/Protesting_Chinese_villagers_killed_in_confrontation_with_police',
       'Unrest in China: the police shooting of villagers protesting land seizures at Dongzhou, Shanwei, Guangdong, 6 December 2005'),
    wn('wn_2005_12_28_yemen_chrobog_family_abducted',
       'Former German deputy foreign minister and family abducted in Yemen', '2005-12-28', 'wn-politics-29169',
       'https://en.wikinews.org/wiki/Former_German_deputy_foreign_minister_and_family_abducted_in_Yemen',
       'Tribal kidnappings in Yemen: abduction of former German State Secretary Juergen Chrobog, his family and three locals in eastern Yemen, 28 December 2005'),
    wn('wn_2006_03_22_iraq_marines_civilians_investigation',
       'Time: 15 Iraqi civilians dead; U.S. Marines under investigation', '2006-03-22', 'wn-politics-36566',
       'https://en.wikinews.org/wiki/Time:_15_Iraqi_civilians_dead;_U.S._Marines_under_investigation',
       'Iraq War: the investigation into the killing of 15 Iraqi civilians by US Marines in a western Iraqi town after a roadside bomb killed a Marine (the Haditha killings, November 2005; the text does not name the town)'),
    wn('wn_2006_07_05_afghanistan_helmand_british_soldier',
       'British soldier killed in Afghanistan', '2006-07-05', 'wn-politics-44590',
       'https://en.wikinews.org/wiki/British_soldier_killed_in_Afghanistan',
       'War in Afghanistan: British deaths in Helmand (Sangin), June-July 2006, and British force levels'),
    wn('wn_2006_09_05_iraq_baghdad_bodies_karbala',
       'Violence continues in Baghdad, suspected al-Quaeda leader arrested', '2006-09-05', 'wn-politics-49346',
       'https://en.wikinews.org/wiki/Violence_continues_in_Baghdad,_suspected_al-Quaeda_leader_arrested',
       'Iraq War / sectarian violence: 33 bodies found in Baghdad, two in Kut, the abduction of a footballer and fighting in Karbala, September 2006'),
    wn('wn_2006_09_12_syria_damascus_us_embassy_attack',
       'Attack on U.S. embassy in Syria halted in progress', '2006-09-12', 'wn-politics-49939',
       'https://en.wikinews.org/wiki/Attack_on_U.S._embassy_in_Syria_halted_in_progress',
       'Terrorism in Syria: the armed attack on the US Embassy in Damascus, 12 September 2006'),
    wn('wn_2007_02_06_iraq_iranian_diplomat_kidnapped',
       'Iranian diplomat kidnapped by men with Iraqi defense ministry IDs', '2007-02-06', 'wn-politics-60073',
       'https://en.wikinews.org/wiki/Iranian_diplomat_kidnapped_by_men_with_Iraqi_defense_ministry_IDs',
       'Iraq War / Iran-US tensions: abduction of an Iranian diplomat in Baghdad (February 2007), arrests of the suspects, and the January 2007 detention of five Iranians in northern Iraq'),
    wn('wn_2007_03_07_afghanistan_marines_convoy_shooting',
       'US troops accused of killing Afghan civilians following car-bombing', '2007-03-07', 'wn-politics-62024',
       'https://en.wikinews.org/wiki/US_troops_accused_of_killing_Afghan_civilians_following_car-bombing',
       'War in Afghanistan: the shooting of civilians by a US Marine special forces convoy after a car-bomb ambush in Nangarhar (Muhmand Dara), 4 March 2007'),
    wn('wn_2007_07_02_yemen_marib_temple_bombing',
       'Suicide attack at Yemen shrine leaves nine dead', '2007-07-02', 'wn-politics-73357',
       'https://en.wikinews.org/wiki/Suicide_attack_at_Yemen_shrine_leaves_nine_dead',
       "Terrorism in Yemen: the suicide car bombing of Spanish tourists at the Queen of Sheba temple in Ma'rib Governorate, July 2007"),
    wn('wn_2007_07_21_nigeria_shell_rig_kidnapping',
       'Five kidnapped from Nigerian oil rig', '2007-07-21', 'wn-politics-73554',
       'https://en.wikinews.org/wiki/Five_kidnapped_from_Nigerian_oil_rig',
       'Conflict in the Niger Delta: kidnapping of five foreign workers in a raid on a Shell oil rig, July 2007'),
    wn('wn_2007_12_28_pakistan_bhutto_aftermath_unrest',
       'Benazir Bhutto buried; violence erupts in assassination aftermath', '2007-12-28', 'wn-economy+politics-88297',
       'https://en.wikinews.org/wiki/Benazir_Bhutto_buried;_violence_erupts_in_assassination_aftermath',
       'Pakistan: unrest after the assassination of Benazir Bhutto (December 2007): deaths in Sindh and elsewhere, a bomb attack on an election meeting in the Northwest, Lahore; the February 2007 train bombing recalled'),
    wn('wn_2008_03_14_china_lhasa_tibet_protests',
       'Anti-China protesters clash with police in Tibet', '2008-03-14', 'wn-politics-102040',
       'https://en.wikinews.org/wiki/Anti-China_protesters_clash_with_police_in_Tibet',
       'Unrest in Tibet, March 2008: protests and clashes in Lhasa, arrests of monks, solidarity protests in Kathmandu and New York'),
    wn('wn_2008_03_20_sudan_west_darfur_village_attacks',
       'UN: Military attacks on Darfur violated international law', '2008-03-20', 'wn-politics-102512',
       'https://en.wikinews.org/wiki/UN:_Military_attacks_on_Darfur_violated_international_law',
       'War in Darfur: attacks by the Sudanese army and Janjaweed militias on the West Darfur villages of Saraf Jidad, Sirba, Silea and Abu Suruj, January-February 2008 (UN report)'),
    wn('wn_2008_06_30_georgia_abkhazia_bomb_blasts',
       'Abkhazia to close border with Georgia following bomb blasts', '2008-06-30', 'wn-politics-108953',
       'https://en.wikinews.org/wiki/Abkhazia_to_close_border_with_Georgia_following_bomb_blasts',
       'Georgian-Abkhaz conflict: bomb blasts in Gagra and Sukhumi, Abkhazia, 29-30 June 2008'),
    wn('wn_2008_07_02_mongolia_ulaanbaatar_riots',
       'Mongolia declares state of emergency after violent protests, five people killed', '2008-07-02', 'wn-politics-109068',
       'https://en.wikinews.org/wiki/Mongolia_declares_state_of_emergency_after_violent_protests,_five_people_killed',
       'Post-election riot in Ulaanbaatar, Mongolia, 1 July 2008'),
    wn('wn_2008_07_17_nigeria_bonny_island_threat',
       'Thousands flee Nigerian town to escape from militants', '2008-07-17', 'wn-politics-109881',
       'https://en.wikinews.org/wiki/Thousands_flee_Nigerian_town_to_escape_from_militants',
       'Conflict in the Niger Delta: militant attack on Bonny Island (early July 2008) and the flight of residents after a beheading threat'),
    wn('wn_2008_11_30_nigeria_jos_riots',
       'Riots in Nigeria kill nearly 400', '2008-11-30', 'wn-politics-117461',
       'https://en.wikinews.org/wiki/Riots_in_Nigeria_kill_nearly_400',
       'Communal violence in Nigeria: the Jos post-election riots, November 2008'),
    wn('wn_2009_01_18_philippines_sulu_icrc_abduction',
       'Gunmen abduct 3 ICRC representatives in the Philippines', '2009-01-18', 'wn-politics-119390',
       'https://en.wikinews.org/wiki/Gunmen_abduct_3_ICRC_representatives_in_the_Philippines',
       'Insurgency in the southern Philippines: abduction of three ICRC workers by Abu Sayyaf gunmen in Patikul, Sulu, 15 January 2009'),
    wn('wn_2009_02_19_guadeloupe_strike_violence',
       'Violence erupts in Guadeloupe after labor dispute', '2009-02-19', 'wn-politics-121184',
       'https://en.wikinews.org/wiki/Violence_erupts_in_Guadeloupe_after_labor_dispute',
       'Civil unrest in Guadeloupe (France) during the 2009 general strike: killing of a union official, injured police, gendarmerie reinforcements'),
    wn('wn_2009_04_09_somalia_maersk_alabama_pirates',
       'US crew retakes ship hijacked by pirates; captain held hostage', '2009-04-09', 'wn-economy-124553',
       'https://en.wikinews.org/wiki/US_crew_retakes_ship_hijacked_by_pirates;_captain_held_hostage',
       'Piracy off the coast of Somalia: the hijacking of the Maersk Alabama, 8 April 2009'),
    wn('wn_2011_02_11_indian_ocean_tankers_hijacked',
       'Tankers taken by pirates in Indian Ocean', '2011-02-11', 'wn-economy-244742',
       'https://en.wikinews.org/wiki/Tankers_taken_by_pirates_in_Indian_Ocean',
       'Piracy off the coast of Somalia: hijacking of the tankers Savina Caylin and Irene SL in the Indian Ocean, February 2011'),
    wn('wn_2019_07_01_us_charlottesville_sentence',
       'Charlottesville, Virginia killer sentenced to life in prison', '2019-07-01', 'wn-all2019-068',
       'https://en.wikinews.org/wiki/Charlottesville,_Virginia_killer_sentenced_to_life_in_prison',
       'Political violence in the United States: the car attack on counter-protesters at the Unite the Right rally in Charlottesville, August 2017 (sentencing report)'),
    wn('wn_2019_10_02_hong_kong_protester_shot',
       'Police shoot teenage protester as Hong Kong demonstrations continue', '2019-10-02', 'wn-all2019-126',
       'https://en.wikinews.org/wiki/Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue',
       'Hong Kong protests of 2019: police shooting of a protester in Tsuen Wan and clashes on 1 October 2019'),
    wn('wn_2020_08_03_belarus_minsk_rally_arrests',
       'Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally in Minsk', '2020-08-03', 'wn-all2020-080',
       'https://en.wikinews.org/wiki/Belarussian_opposition_presidential_candidate_Sviatlana_Tsikhanouskaya_holds_major_rally_in_Minsk',
       'Belarus 2020 election: opposition rally in Minsk and the arrest of 33 Russian alleged mercenaries, July 2020'),
    wn('wn_2020_11_22_us_kenosha_suspect_bond',
       'Suspect in Kenosha, Wisconsin protester killings released from jail on US$2 million bond', '2020-11-22', 'wn-all2020-114',
       'https://en.wikinews.org/wiki/Suspect_in_Kenosha,_Wisconsin_protester_killings_released_from_jail_on_US$2_million_bond',
       'Unrest in the United States: the Kenosha shooting of protesters, August 2020 (bail report)'),
]

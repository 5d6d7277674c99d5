# -*- coding: utf-8 -*-
"""Per-article metadata of set (ap) (articles.jsonl), written by hand. Nineteen Wikinews articles (CC BY 2.5) from the
shared corpus /work/shared/corpora/wikinews_mixed.jsonl.gz (none of them in the benchmark sample
benchmarks/data/wikinews_mixed_sample.jsonl.gz) and one U.S. Central Command press release (US federal government work,
public domain) found with the research search tool (corpus 'pages')."""

WN_LICENSE = ("CC BY 2.5 (Wikinews, https://en.wikinews.org; text published after 2005-09-25 is CC BY 2.5, earlier Wikinews "
              "text was released into the public domain). Credit: 'News articles from Wikinews, the free news source "
              "(https://en.wikinews.org), licensed CC BY 2.5. The texts were changed by format conversion and markup "
              "stripping.'")
WN_PD_EARLY = ("Public domain (Wikinews text published before 2005-09-25 was released into the public domain); credit "
               "Wikinews, https://en.wikinews.org")
PD_DOD = "Public domain (U.S. Central Command press release; US federal government work, U.S. Department of Defense)"
RETRIEVAL = ("Wikinews texts: shared corpus /work/shared/corpora/wikinews_mixed.jsonl.gz (records 'wn-politics-<pageid>', "
             "toscaData conversion of the Wikinews dump; see wikinews_mixed.SOURCE.md), conversion residue removed (see "
             "texts.py). CENTCOM text: research search tool, corpus 'pages' (stored copy of the public page, about the first "
             "2,000 characters), page furniture removed.")
CORPUS = ("Wikinews article from the shared corpus (record %s); the corpus gives the page URL and the publication date "
          "(Wikinews date category). ")
PUBDATE = "publication date of the Wikinews record (corpus field 'published')"


def wn(aid, rec, title, url, date, conflict, notes, date_source=PUBDATE, license=WN_LICENSE):
    return dict(id=aid, title=title, url=url, retrieved_from="/work/shared/corpora/wikinews_mixed.jsonl.gz#" + rec,
                original_url=url, outlet="Wikinews", license=license, publication_date=date,
                publication_date_source=date_source, conflict=conflict, text_complete=True,
                notes=(CORPUS % rec) + notes)


META = [
    wn('wn_2004_12_04_iraq_green_zone_car_bombs', 'wn-politics-1425', "Twin bombings hit Baghdad's Green Zone",
       "https://en.wikinews.org/wiki/Twin_bombings_hit_Baghdad's_Green_Zone", '2004-12-04',
       'Iraq insurgency: two car bombs at a police station near the Green Zone, Baghdad, Saturday 4 December 2004',
       "The text's 'Saturday' is the publication day. The body gives two different tolls ('killing 16' and 'Among the "
       "four killed'); both kept as written.", license=WN_PD_EARLY,
       date_source=PUBDATE + "; the text's 'Saturday' = 4 December 2004"),
    wn('wn_2005_09_27_iraq_uk_troops_8500', 'wn-politics-22918', 'Blair denies Iraq pullout',
       'https://en.wikinews.org/wiki/Blair_denies_Iraq_pullout', '2005-09-27',
       'Iraq war: British force level in Iraq (about 8,500) and the insurgency around Baghdad, September 2005',
       "Force-level (presence) article. The story cites Xinhua as its source in its first sentence (Wikinews' own "
       "wording, not agency copy)."),
    wn('wn_2005_11_08_west_bank_jenin_boy_killed', 'wn-politics-25639',
       'Family of killed Palestinian boy donates organs to Israeli patients',
       'https://en.wikinews.org/wiki/Family_of_killed_Palestinian_boy_donates_organs_to_Israeli_patients', '2005-11-08',
       'Israeli-Palestinian conflict: a 12-year-old boy shot by Israeli soldiers in Jenin (early November 2005)',
       "One killed event; the rest of the story is about the organ donation."),
    wn('wn_2005_12_13_lebanon_anjar_mass_graves', 'wn-politics-27358', 'Mass graves found in Lebanon',
       'https://en.wikinews.org/wiki/Mass_graves_found_in_Lebanon', '2005-12-13',
       'Aftermath of the Lebanese civil war / Syrian occupation: mass graves near Anjar, December 2005',
       "Deaths implied by 'at least 30 bodies' (buried in the 1980s and 1990s)."),
    wn('wn_2006_01_28_iraq_detained_wives_freed', 'wn-politics-32125',
       'Documents allege U.S. Army kidnapped wives of enemy fighters',
       'https://en.wikinews.org/wiki/Documents_allege_U.S._Army_kidnapped_wives_of_enemy_fighters', '2006-01-28',
       'Iraq war: detention of Iraqi women by U.S. units; five women released Thursday 26 January 2006',
       "Mostly hard negatives (ages, unit tenure, children); one release event."),
    wn('wn_2006_04_21_pakistan_khar_al_suri_shootout', 'wn-politics-38992',
       'Pakistan says senior al-Qaeda official killed in shootout',
       'https://en.wikinews.org/wiki/Pakistan_says_senior_al-Qaeda_official_killed_in_shootout', '2006-04-21',
       'Al-Qaeda in Pakistan: shootout at a checkpoint in Khar, Bajaur, Thursday 20 April 2006; background: the '
       'Damadola airstrike of January 2006',
       "The Damadola airstrike of January 2006, recalled in one background sentence, is the subject of another set's "
       "Wikinews item (wn_2006_01_14_pakistan_damadola_airstrike); its figure here is annotated as a background event "
       "(see notes). The main incident (the Khar shootout) is not in any other set."),
    wn('wn_2006_04_29_iraq_msc_claimed_attacks', 'wn-politics-39582',
       'Mujahideen Shura Council claims responsibility for various attacks in Iraq',
       'https://en.wikinews.org/wiki/Mujahideen_Shura_Council_claims_responsibility_for_various_attacks_in_Iraq',
       '2006-04-29', 'Iraq insurgency: claims by the Mujahideen Shura Council for attacks of 21-26 April 2006',
       "Numbered list of claimed attacks; several have no count ('killing their occupants')."),
    wn('wn_2006_07_02_sudan_darfur_au_force_banjul', 'wn-politics-44381',
       'African Union summit: Sudan says no to UN troops',
       'https://en.wikinews.org/wiki/African_Union_summit:_Sudan_says_no_to_UN_troops', '2006-07-02',
       'Darfur conflict: Sudan rejects a UN force; the AU force of 7,000 (AU summit in Banjul, July 2006)',
       "Presence article; the rejected UN offer is a hard negative. A raw external link '[http://... speech]' in the corpus "
       "was reduced to its label 'speech'."),
    wn('wn_2006_07_15_lebanon_israel_war_day_four', 'wn-politics-45247', 'Hezbollah-Israel conflict continues',
       'https://en.wikinews.org/wiki/Hezbollah-Israel_conflict_continues', '2006-07-15',
       '2006 Lebanon war, day four (14-15 July 2006): INS Hanit hit off Beirut, the refugee van near Tyre, strikes on '
       'Lebanese ports, Hezbollah rockets on Tiberias, running tolls; background: the capture of two Israeli soldiers and '
       'of Gilad Shalit',
       "Long multi-incident roundup with section headings (Lebanon / Israel / Gaza / Background), kept as lines. Two "
       "bare citation links removed. The capture of the two Israeli soldiers on 12 July 2006 (dated 'July 11' in the "
       "text) and the capture of Gilad Shalit (June 2006) are told in other sets' items; here they are background "
       "sentences, annotated as background events (see notes). The day-four incidents (Hanit, Tyre van, ports, "
       "Tiberias) and the running tolls of 15 July were not found in any other set (checked by place names)."),
    wn('wn_2006_08_06_afghanistan_helmand_british_soldier', 'wn-politics-46694',
       'British soldier killed in southern Afghanistan',
       'https://en.wikinews.org/wiki/British_soldier_killed_in_southern_Afghanistan', '2006-08-06',
       'War in Afghanistan: a British soldier killed in Helmand province, 6 August 2006',
       "Not the Musa Qala attack of 27 August 2006 nor the other Helmand deaths of July-August 2006 that other sets "
       "cover (checked by date and place)."),
    wn('wn_2006_08_08_colombia_uribe_inauguration', 'wn-politics-46838',
       "Colombia's Uribe sworn in to second term as president",
       "https://en.wikinews.org/wiki/Colombia's_Uribe_sworn_in_to_second_term_as_president", '2006-08-08',
       'Colombian conflict: inauguration of 7 August 2006; background: the FARC mortar attack of 2002 and the toll of the '
       'conflict', "Two background/cumulative events only; many hard negatives."),
    wn('wn_2006_09_02_afghanistan_canada_2000_troops', 'wn-politics-49137',
       "New Democrat MP disagrees with Layton's call to withdraw from Afghanistan",
       "https://en.wikinews.org/wiki/New_Democrat_MP_disagrees_with_Layton's_call_to_withdraw_from_Afghanistan",
       '2006-09-02', 'War in Afghanistan: the 2,000 Canadian troops and the Canadian death toll, September 2006',
       "Presence article. The corpus conversion lost the link label before 'leader Jack Layton' (NDP); not restored."),
    wn('wn_2006_10_14_thailand_south_beheading', 'wn-politics-52598',
       'Thai Muslim separatists kill & behead man in presence of blindfolded daughter',
       'https://en.wikinews.org/wiki/Thai_Muslim_separatists_kill_&_behead_man_in_presence_of_blindfolded_daughter',
       '2006-10-14', 'South Thailand insurgency: a Burmese farm worker killed and beheaded, October 2006', ""),
    wn('wn_2006_10_18_sri_lanka_galle_naval_base', 'wn-politics-52885',
       'Suicide bombing kills 16 in tourist city in Sri Lanka',
       'https://en.wikinews.org/wiki/Suicide_bombing_kills_16_in_tourist_city_in_Sri_Lanka', '2006-10-18',
       'Sri Lankan civil war: LTTE sea suicide attack on the naval base in Galle, 18 October 2006',
       "The Habarana attack is mentioned without a count."),
    wn('wn_2006_11_06_gaza_beit_lahiya_airstrike', 'wn-politics-54100', 'Palestinian teenager killed in Israeli airstrike',
       'https://en.wikinews.org/wiki/Palestinian_teenager_killed_in_Israeli_airstrike', '2006-11-06',
       'Israeli incursions into northern Gaza, November 2006: airstrike near a school in Beit Lahiya (about 5-6 November) '
       'and the tolls of the previous days',
       "The Friday (3 November) killings recalled in the fourth paragraph, including the two women outside the Beit "
       "Hanoun mosque, are the subject of set (u)'s item wn_2006_11_04_gaza_beit_hanoun_mosque; they are annotated here "
       "as background events. The main incident (the Beit Lahiya airstrike) is not in another set."),
    wn('wn_2007_02_02_iraq_taji_apache_shot_down', 'wn-politics-59785',
       'Insurgents shoot down U.S. helicopter near Baghdad',
       'https://en.wikinews.org/wiki/Insurgents_shoot_down_U.S._helicopter_near_Baghdad', '2007-02-02',
       'Iraq war: a U.S. Apache helicopter shot down near Taji, 2 February 2007',
       "The crew's condition is not known at the time of writing; no casualty event."),
    wn('wn_2007_02_22_pakistan_minister_shot', 'wn-politics-60992', 'Pakistani minister assassinated for not wearing veil',
       'https://en.wikinews.org/wiki/Pakistani_minister_assassinated_for_not_wearing_veil', '2007-02-22',
       'Religious extremist violence in Pakistan: Punjab minister Zilla Huma Usman shot dead, Tuesday 20 February 2007',
       "An assassination by a single extremist rather than a battle; kept as an armed attack. The province name was "
       "lost in the corpus conversion ('in province')."),
    wn('wn_2007_06_17_israel_kiryat_shmona_katyushas', 'wn-politics-71971',
       'Two Katyusha rockets fired into northern Israel',
       'https://en.wikinews.org/wiki/Two_Katyusha_rockets_fired_into_northern_Israel', '2007-06-17',
       'Rocket fire from Lebanon on Kiryat Shmona, June 2007 (no casualties)',
       "No event: hard negatives only (a negative example article). An image caption line left by the conversion was "
       "removed. Not the 2006 war incidents of other sets."),
    wn('wn_2007_08_22_iraq_black_hawk_crash_14', 'wn-politics-77394', '14 US soldiers dead after helicopter crash in Iraq',
       'https://en.wikinews.org/wiki/14_US_soldiers_dead_after_helicopter_crash_in_Iraq', '2007-08-22',
       'Iraq war: UH-60 Black Hawk crash killing 14 U.S. soldiers, August 2007; background: the 2005 Marine helicopter crash',
       "A non-hostile crash according to the military; kept as military casualties of the war (drop if your scope excludes "
       "accidents). The 2005 crash (31 marines), recalled in one sentence, is the subject of another set's item "
       "(wn_2005_01_26_iraq_marine_helicopter_crash_rutbah); annotated as a background event."),
    wn('wn_2008_03_22_spain_calahorra_eta_car_bomb', 'wn-politics-102672', 'ETA set off car bomb in La Rioja, Spain',
       'https://en.wikinews.org/wiki/ETA_set_off_car_bomb_in_La_Rioja,_Spain', '2008-03-22',
       'ETA campaign: car bomb at the Guardia Civil barracks in Calahorra, La Rioja, March 2008',
       "The text's 'today' resolves to the record date (22 March 2008); the bombing is otherwise dated 21 March 2008 "
       "(Good Friday), so the record date may be one day late; annotated as written. The killing of Isaias Carrasco is "
       "mentioned without a count."),
    wn('wn_2008_10_05_iraq_baghdad_helicopter_collision', 'wn-politics-114511',
       'Soldier dies as military helicopters collide in Iraq',
       'https://en.wikinews.org/wiki/Soldier_dies_as_military_helicopters_collide_in_Iraq', '2008-10-05',
       'Iraq war: two U.S. Black Hawks collide at an air base in Baghdad (Azamiyah), October 2008',
       "Treated as an accident by the military, while local police speak of enemy fire; kept as military casualties."),
    dict(id='centcom_2023_02_02_iraq_syria_isis_january_review',
         title='CENTCOM Month in Review: The Fight Against ISIS in Iraq and Syria (January 2023)',
         url='https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/3286799/centcom-month-in-review-the-fight-against-isis-in-iraq-and-syria/',
         retrieved_from='https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/3286799/centcom-month-in-review-the-fight-against-isis-in-iraq-and-syria/',
         original_url=None, outlet='U.S. Central Command (press release)', license=PD_DOD,
         publication_date='2023-02-02', publication_date_source="date line of the release ('Feb. 2, 2023', release number 20230202-01)",
         conflict='Counter-ISIS operations in Iraq and Syria, January 2023', text_complete=False,
         notes=("U.S. Central Command press release on centcom.mil, found with the research search tool. Site banner, "
                "'Press Release | Feb. 2, 2023', title, date and release-number lines and the 'TAMPA, Fla.' date line "
                "removed. The stored copy breaks off inside the Iraq table ('No U.S.-only o...'); the text ends at the last "
                "complete line ('33 partnered operations'). The figures for Iraq and Syria separately are therefore not in "
                "the text. Title: the release's own title plus ' (January 2023)', added by the annotator because CENTCOM used the "
                "same title for other months (set (r) has the May 2023 release under that title).")),
]

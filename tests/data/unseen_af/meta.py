# -*- coding: utf-8 -*-
"""Per-article metadata of set (af) (articles.jsonl), written by hand. One kind of source: English Wikinews records of
the mixed Wikinews corpus (/work/shared/corpora/wikinews_mixed.jsonl.gz), CC BY 2.5, or public domain for the five
records published before 2005-09-25."""

LICENSE = ("CC BY 2.5 (Wikinews, https://creativecommons.org/licenses/by/2.5/); text changed by format conversion and "
           "markup stripping")
LICENSE_PD = ("Public domain (Wikinews text published before 2005-09-25 was released into the public domain; see "
              "/work/shared/corpora/wikinews_mixed.SOURCE.md); text changed by format conversion and markup stripping")
RETRIEVAL = ("Mixed Wikinews corpus /work/shared/corpora/wikinews_mixed.jsonl.gz (see its SOURCE.md: toscaData "
             "politics/economy sets), the record's `text` field used unchanged. The research search tool (corpus "
             "'pages') was tried for Wikinews pages of 2010-2020 and gave none usable (see README)")
WN_DATE = "'published' field of the source record (toscaData; Wikinews date category)"


def wn(aid, rid, title, date, conflict, notes=""):
    url = "https://en.wikinews.org/wiki/" + title.replace(" ", "_")
    src = "toscaData (Docma-TU/toscaData @ 79923805, data/%s.rda)" % (
        "economy.rda and data/politics" if "economy+politics" in rid else "politics")
    lic = LICENSE_PD if date < "2005-09-25" else LICENSE
    n = ("Source record %s from %s. Text as in the source record (markup-stripping leftovers kept). Whole text used "
         "(not cut). %s" % (rid, src, notes)).strip()
    return dict(id=aid, title=title, url=url, retrieved_from=url, original_url=None, outlet="Wikinews", license=lic,
                publication_date=date, publication_date_source=WN_DATE, conflict=conflict, text_complete=True, notes=n)


META = [
    wn('wn_2005_01_13_israel_karni_crossing_attack', 'wn-politics-3173',
       'Suicide attack at Karni crossing between Gaza Strip, Israel', '2005-01-13',
       'Israeli-Palestinian conflict: attack by three Palestinian militants on the Karni crossing, 13 January 2005',
       "Published before 2005-09-25: public domain. The text gives no day for the attack, only 'about 11pm local time'."),
    wn('wn_2005_02_26_israel_tel_aviv_nightclub_bombing', 'wn-politics-5103',
       'Explosion in central Tel Aviv nightclub', '2005-02-26',
       'Israeli-Palestinian conflict: Islamic Jihad suicide bombing outside the Stage nightclub, Tel Aviv, 25 February 2005',
       "Published before 2005-09-25: public domain."),
    wn('wn_2005_04_02_lebanon_broummana_mall_bomb', 'wn-politics-7058',
       'Fourth Lebanon bomb rocks shopping mall', '2005-04-02',
       'Lebanon after the Hariri assassination: bombings in Christian areas, Broummana (1 April 2005) and 27 March 2005',
       "Published before 2005-09-25: public domain."),
    wn('wn_2005_05_13_afghanistan_koran_protests', 'wn-politics-9925',
       'Protests spread in Afghanistan', '2005-05-13',
       'War in Afghanistan: anti-US riots over the Newsweek Koran-desecration report, May 2005 (Ghazni, Badakhshan)',
       "Published before 2005-09-25: public domain."),
    wn('wn_2005_07_12_iraq_uk_troop_reduction_options', 'wn-politics-14879',
       'UK Defence Minister alludes to possible Iraq troop reduction', '2005-07-12',
       'Iraq War: British and coalition force levels in Iraq and a leaked reduction plan, July 2005',
       "Published before 2005-09-25: public domain."),
    wn('wn_2005_10_25_thailand_tak_bai_anniversary', 'wn-politics-24781',
       'Anniversary of Tak Bai incident marked with lawsuits', '2005-10-25',
       'South Thailand insurgency: the Tak Bai incident of 25 October 2004 and the insurgency tolls to October 2005'),
    wn('wn_2005_10_30_india_delhi_market_bombings', 'wn-politics-25085',
       'Explosions rock New Delhi marketplace', '2005-10-30',
       'Terrorism in India: three market bombings in Delhi, 29 October 2005 (and the May 2005 cinema bombs)'),
    wn('wn_2005_12_18_iraq_cheney_visit_violence', 'wn-politics-28385',
       'Dick Cheney makes surprise Iraq visit', '2005-12-18',
       'Iraq War: insurgent violence after the December 2005 election, during the US Vice President\'s visit'),
    wn('wn_2006_02_17_colombia_macarena_police_killed', 'wn-politics-33713',
       'Colombia’s Uribe orders the bombing of a Natural National Park', '2006-02-17',
       'Colombian armed conflict: FARC attack on police guarding coca eradicators in Serrania de la Macarena, February 2006',
       "Title with a curly apostrophe as in the record."),
    wn('wn_2006_03_07_india_varanasi_explosions', 'wn-politics-35126',
       'Three explosions in Varanasi, India', '2006-03-07',
       'Terrorism in India: three bombs in Varanasi (Sankat Mochan temple, Cantonment railway station), 7 March 2006'),
    wn('wn_2006_03_13_iraq_british_troop_cut', 'wn-politics-35910',
       '800 British troops being pulled out of Iraq', '2006-03-13',
       'Iraq War: British force levels in Iraq 2003-2006 and the announced cut of March 2006'),
    wn('wn_2006_04_14_pakistan_naghar_kalai_airstrike', 'wn-politics-38567',
       'Egyptian official states Al-Qaeda explosives expert killed in airstrike', '2006-04-14',
       'War in North-West Pakistan: Pakistani helicopter strike on Naghar Kalai, North Waziristan, April 2006 (and the 1998 '
       'US embassy bombings)'),
    wn('wn_2006_07_13_india_mumbai_train_bombings', 'wn-economy+politics-45114',
       'Investigation into Mumbai train bombings begins', '2006-07-13',
       'Terrorism in India: the Mumbai suburban train bombings of 11 July 2006, the Srinagar grenade attacks and the 1993 '
       'Bombay bombings',
       "Record held in both toscaData sets (economy and politics). The text keeps bracketed external links."),
    wn('wn_2006_07_26_lebanon_khiam_un_observers', 'wn-politics-46069',
       'Despite 6 warnings Israel bombed and killed 4 UN observers', '2006-07-26',
       '2006 Israel-Lebanon war: Israeli strike on the UN observer post at Khiam, 25 July 2006'),
    wn('wn_2006_08_12_lebanon_unsc_ceasefire_unifil', 'wn-politics-47116',
       'Security Council backs ceasefire in Israel-Lebanon conflict', '2006-08-12',
       '2006 Israel-Lebanon war: UN Security Council resolution 1701, UNIFIL expansion and the war\'s toll'),
    wn('wn_2006_08_19_lebanon_baalbek_commando_raid', 'wn-politics-47786',
       'Annan: Israel violates cease-fire', '2006-08-19',
       '2006 Israel-Lebanon war aftermath: Israeli commando raid near Baalbek, 19 August 2006'),
    wn('wn_2006_09_29_afghanistan_panjwaii_canadian_killed', 'wn-politics-51208',
       'Bomb kills soldier in Afghanistan', '2006-09-29',
       'War in Afghanistan: bomb attack on a Canadian foot patrol in Panjwaii district, Kandahar, 29 September 2006'),
    wn('wn_2006_11_18_sudan_darfur_powder_keg', 'wn-politics-54997',
       '"Darfur a powder keg" says UN Head of Humanitarian Affairs', '2006-11-18',
       'War in Darfur: AU force level, the proposed UN force and the attack on Birmaza, November 2006'),
    wn('wn_2006_11_26_afghanistan_urgun_restaurant_bombing', 'wn-politics-55505',
       'Suicide bomber strikes Afghanistan restaurant', '2006-11-26',
       'War in Afghanistan: suicide bombing of a restaurant in Urgun district, Paktika, November 2006'),
    wn('wn_2006_11_29_afghanistan_canadian_soldiers_repatriated', 'wn-politics-55629',
       'Two fallen Canadian soldiers return home from Afghanistan', '2006-11-29',
       'War in Afghanistan: suicide car bombing of a Canadian vehicle in Kandahar, November 2006; Canadian force level'),
    wn('wn_2007_03_12_sudan_darfur_un_report', 'wn-politics-62343',
       'UN report says Sudan government guilty of orchestrating Darfur crimes', '2007-03-12',
       'War in Darfur: UN Human Rights Council mission report, AU force level and the rejected UN reinforcement, March 2007'),
    wn('wn_2007_04_27_lebanon_jadra_youths_slain', 'wn-politics-66586',
       'Funeral held for two Lebanese youths found slain', '2007-04-27',
       'Sectarian violence in Lebanon: abduction and killing of two Sunni youths, Jadra, April 2007'),
    wn('wn_2007_04_28_pakistan_charsadda_sherpao_bombing', 'wn-politics-66689',
       'Suicide bomber narrowly misses Pakistani Minister', '2007-04-28',
       'Insurgency in North-West Pakistan: suicide bombing at Interior Minister Sherpao\'s rally, Charsadda, 28 April 2007'),
    wn('wn_2007_09_21_afghanistan_isaf_mandate', 'wn-politics-80335',
       'UN Security Council extends Afghan force mandate', '2007-09-21',
       'War in Afghanistan: UN Security Council resolution 1776 and the ISAF force level, September 2007'),
    wn('wn_2007_11_07_afghanistan_mackay_rocket_attack', 'wn-politics-84753',
       'Canadian defence minister escapes rocket attack in Afghanistan', '2007-11-07',
       'War in Afghanistan: Taliban rocket attack on Forward Operating Base Wilson, Kandahar, 6 November 2007'),
    wn('wn_2007_12_25_lebanon_cluster_bombs_toll', 'wn-politics-88082',
       'Israel says cluster bomb use was legal', '2007-12-25',
       '2006 Israel-Lebanon war: cluster-bomb casualties after the war, the July 2006 raid and the war\'s civilian tolls'),
    wn('wn_2008_01_15_afghanistan_kabul_serena_attack', 'wn-politics-96322',
       'Taliban attacks hotel in Kabul, seven killed', '2008-01-15',
       'War in Afghanistan: Taliban attack on the Serena hotel, Kabul, 14 January 2008; Norwegian force level'),
    wn('wn_2009_01_05_west_bank_qalqilyah_gaza_protests', 'wn-politics-118900',
       'Protester killed in West Bank; world reacts to Gaza conflict', '2009-01-05',
       'Gaza War 2008-2009: a protester shot in Qalqilyah, world protests, and the running tolls to early January 2009'),
    wn('wn_2009_01_27_israel_livni_gaza_war_toll', 'wn-politics-119887',
       'Israeli foreign minister says another war with Hamas possible', '2009-01-27',
       'Gaza War 2008-2009: the tolls of the 23-day offensive'),
    wn('wn_2009_02_01_gaza_rafah_airstrikes', 'wn-politics-120468',
       'Israeli military launches airstrikes into Gaza Strip', '2009-02-01',
       'Israel-Gaza conflict after the Gaza War: rocket and mortar fire on Sha\'ar HaNegev and Israeli airstrikes on Rafah, '
       '1 February 2009'),
    wn('wn_2009_03_01_iraq_obama_withdrawal_plan', 'wn-politics-121773',
       'Obama sets deadline to withdraw troops from Iraq', '2009-03-01',
       'Iraq War: the US withdrawal plan of February 2009, the residual force and the war\'s US toll'),
    wn('wn_2009_03_24_afghanistan_obama_exit_strategy', 'wn-politics-123256',
       "Obama considers 'comprehensive' exit strategy from Afghanistan", '2009-03-24',
       'War in Afghanistan: US force level and the 2009 reinforcement'),
    wn('wn_2009_03_25_afghanistan_canadians_honoured', 'wn-politics-123170',
       'NATO soldiers honour fallen Canadians', '2009-03-25',
       'War in Afghanistan: two bomb attacks on Canadian soldiers (Zhari district and Kandahar City), 20 March 2009; '
       'Canadian force level'),
]

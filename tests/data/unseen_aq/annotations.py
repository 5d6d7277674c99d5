# -*- coding: utf-8 -*-
"""Gold annotations of set (aq), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries) and ACLED-style precision (1 point, 2 near a point, part of a city or an
offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""

from blindset import A, C, D, E, H, L, S, T  # noqa: F401  (the shared vocabulary)

ANN = {}


K, W, CAP, MIS, CASU = "killed", "wounded", "captured", "missing", "casualties"
CAS, PRE, DEP = "casualty", "presence", "deployment"
N0 = D(None)
SEV = dict(value=None, low=3, approx=True, qualifier="several")

# ---------------------------------------------------------------- Lebanon 2005: Syrian troops, government resigns
ANN["wn_2005_02_28_lebanon_syrian_troops_government_resigns"] = dict(events=[
    E("e1", PRE, None, A("SYR", "Syria", at="Syria has over"), False,
      C("over 14,000 troops", num="14,000", value=14000, low=14000, qualifier="more than"),
      L("Lebanon", "LBN", None, None, None, 4, at="troops in Lebanon"), N0, None, T("has", at="Syria has over"),
      "'Syria has over 14,000 troops in Lebanon' -> presence, more than 14,000 ('over' read as 'more than'), Syrian. "
      "No time expression for the presence (present tense, no 'currently') -> date null."),
], hard_negatives=[
    H("10,000 people", "protesters in Martyrs Square; not a force and no casualty"),
])

# ---------------------------------------------------------------- Ethiopia/Eritrea 2005: troops to the border
ANN["wn_2005_11_16_ethiopia_eritrea_border_troops"] = dict(events=[
    E("e1", DEP, None, A("ETH"), False,
      C("thousands of extra troops", num="thousands", value=None, low=2000, approx=True, qualifier="thousands"),
      L("the north of the country", "ETH", None, None, None, 3), N0,
      S("Ethiopian  Prime Minister Meles Zenawi  has  confirmed"), T("moved"),
      "'Meles Zenawi has confirmed that he had moved thousands of extra troops to the north of the country' -> "
      "deployment, 'thousands' (low 2,000 by analogy with the guidelines' 'hundreds' -> 200), Ethiopian (the PM's "
      "troops; no separate surface next to the count). Destination: northern Ethiopia. No time expression -> null."),
    E("e2", CAS, K, A(None), None, C("at least 48 people", num="48", value=48, low=48, qualifier="at least"),
      L("the country", "ETH", None, None, None, 4, at="rocked the country"),
      D("2005-11-01/2005-11-10", "early this month", approx=True), S("AFP reports", at="AFP reports that"), T("claimed the lives"),
      "'deadly street violence that rocked the country early this month and claimed the lives of at least 48 people' "
      "-> killed, at least 48 (political street violence in Ethiopia; victims only 'people' -> actor and civilian "
      "null). 'early this month' in a 16 November story -> 1-10 November 2005 (approx). The figure is inside the AFP "
      "quotation -> source 'AFP reports'."),
], hard_negatives=[
    H("nearly half its armoured units", "proportion of units, no head count"),
    H("3-year war", "duration"),
    H("three years", "duration"),
])

# ---------------------------------------------------------------- Canada 2006: Afghanistan troops, 9/11 victims
ANN["wn_2006_09_08_canada_afghanistan_troops_address"] = dict(events=[
    E("e1", PRE, None, A("CAN", "Canadian", at="2,200 Canadian"), False, C("2,200 Canadian troops", num="2,200", value=2200),
      L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan ,"), N0, None, T("are in the midst of battling"),
      "'Afghanistan, where 2,200 Canadian troops are in the midst of battling insurgents' -> presence 2,200 Canadian "
      "troops in Afghanistan. No time expression -> date null."),
    E("e2", CAS, K, A("CAN", "Canadians", at="24 Canadians"), True, C("the 24 Canadians", num="24", value=24),
      L("the World Trade Centre  in New York", "USA", "New York", 40.71, -74.01, 1),
      D("2001-09-11", "September 11", derived_from_context=True), S("Carolyn Stewart-Olsen  said"), T("perished"),
      "'the 24 Canadians who perished in the attacks on the World Trade Centre in New York' -> killed 24 Canadians "
      "(civilian victims of the 11 September 2001 attacks). Date from 'the September 11 attacks' in the first "
      "sentence (derived). Figure given in the spokeswoman's reported speech -> source."),
], hard_negatives=[
    H("5th anniversary", "ordinal of an anniversary"),
    H("five to eight minutes", "duration"),
])

# ---------------------------------------------------------------- Sudan 2008: US diplomat killed
ANN["wn_2008_01_05_sudan_khartoum_us_diplomat"] = dict(events=[
    E("e1", CAS, K, A("USA", "United States", at="a United States"), True, C("a United States  diplomat", num="a", value=1),
      L("the Sudan ese capital of Khartoum", "SDN", "Khartoum", 15.50, 32.56, 1),
      D("2008-01-01", "on New Year's Day"), None, T("killing"),
      "'claimed responsibility for killing a United States diplomat in the Sudanese capital of Khartoum on New Year's "
      "Day' -> killed 1 US diplomat (civilian). The militant group claims responsibility; the death itself is told in "
      "the article's voice -> source null. His driver, named only ('his Sudanese driver Abdel Rahman Abbas'), has no "
      "count word -> not an event."),
], hard_negatives=[
    H("33-year-old", "age"),
    H("one day after", "time expression"),
])

# ---------------------------------------------------------------- Egypt/Gaza 2008: Rafah border breach
ANN["wn_2008_01_23_egypt_gaza_rafah_border_soldiers"] = dict(events=[
    E("e1", PRE, None, A("EGY", "Egyptian", at="2,000 Egyptian"), False,
      C("about 2,000 Egyptian soldiers", num="2,000", value=2000, approx=True, qualifier="about"),
      L("the Rafah passage", "EGY", "North Sinai", 31.25, 34.26, 1), D("2008-01-23", "in the early hours of Wednesday"),
      S("Witnesses reported"), T("in the presence of"),
      "'allowing ... thousands of Palestinians, in the presence of about 2,000 Egyptian soldiers, to cross the border' "
      "-> presence about 2,000 Egyptian soldiers at the breached Rafah border (place from the first sentence: 'the "
      "border wall at the Rafah passage'). Wednesday in a Wednesday story -> the publication day."),
], hard_negatives=[
    H("Thousands of Palestinians", "civilians crossing a border; not a force and no casualty"),
    H("thousands of Palestinians", "civilians crossing a border"),
])

# ---------------------------------------------------------------- Pakistan 2008: election security
ANN["wn_2008_02_19_pakistan_election_troops"] = dict(events=[
    E("e1", PRE, None, A("PAK", "Pakistani", at="Pakistani police"), False,
      C("some 80,000 troops", num="80,000", value=80000, approx=True, qualifier="some"),
      L("Pakistan", "PAK", None, None, None, 4, at="results for Pakistan"), N0, None, T("backed up by"),
      "'To enforce security, the Pakistani police is backed up by some 80,000 troops' -> presence about 80,000 "
      "(Pakistani from 'Pakistani police'; 'some' read as 'about'). Election day is not dated in the text (the "
      "election was on 18 February 2008, not stated) -> date null."),
], hard_negatives=[
    H("78 seats", "seats"),
    H("72 seats", "seats"),
    H("80 million people", "eligible voters"),
    H("at least five explosions", "count of explosions (incidents); no casualty figure"),
])

# ---------------------------------------------------------------- Kenya 2008: Embaski militia raid
EMB = L("Embaski Village in the Rift Valley  area of Kenya", "KEN", "Rift Valley", None, None, 3)
ANN["wn_2008_03_04_kenya_embaski_militia_raid"] = dict(events=[
    E("e1", CAS, K, A(None), True, C("thirteen deaths", num="thirteen", value=13), EMB, N0, None,
      T("resulted in"),
      "'Violence in Kenya has resulted in thirteen deaths. The militia raid ...' -> killed 13. Victims described as "
      "children and relatives of a police reservist, some burned alive -> villagers, civilian true; nationality not "
      "stated -> actor null. Place: 'The attack took place in Embaski Village in the Rift Valley area of Kenya' (last "
      "paragraph). The village could not be placed with confidence -> precision 3, no coordinates. No date for the "
      "raid ('last week' dates the power-sharing agreement) -> null.", is_total=True),
    E("e2", CAS, K, A(None), True, C("at least six", num="six", value=6, low=6, qualifier="at least"), EMB, N0,
      S("Police have stated"), T("victims", at="thirteen victims"),
      "'at least six of the thirteen victims were children' -> killed, at least 6 children, part of e1 (the "
      "'thirteen victims' restates e1).", part_of="e1", alt_mentions=[S("thirteen victims")]),
    E("e3", CAS, K, A(None), True, C("four of the victims", num="four", value=4), EMB, N0, None,
      T("victims", at="four of the victims"),
      "'four of the victims were relatives of Fredrick Mbuya, a police reservist' -> killed 4, part of e1.",
      part_of="e1", hedge="It has also been reported"),
], hard_negatives=[
    H("almost 500 km", "distance"),
])

# ---------------------------------------------------------------- Korea 2009: DMZ troops
ANN["wn_2009_01_30_korea_dmz_agreements_cancelled"] = dict(events=[
    E("e1", PRE, None, A(["PRK", "KOR"]), False,
      C("thousands of troops", num="thousands", value=None, low=2000, approx=True, qualifier="thousands"),
      L("the border between the two nations, called a demilitarized zone", None, None, None, None, 4),
      D("1953/2009-01-30", "Since then", derived_from_context=True), None, T("fortified"),
      "'the border between the two nations, called a demilitarized zone, has been heavily fortified with thousands of "
      "troops on both sides' -> presence 'thousands' (low 2,000) of North and South Korean troops -> list actor. "
      "'Since then' refers to the 1953 truce (previous sentence) -> 1953 to publication. The DMZ lies on the border "
      "of two countries -> country null, precision 4 (close call)."),
], hard_negatives=[
    H("three year armed conflict", "duration"),
    H("five nations", "count of states"),
])

# ---------------------------------------------------------------- Guinea-Bissau 2009: army chief and president killed
ANN["wn_2009_03_02_guinea_bissau_president_assassinated"] = dict(events=[
    E("e1", CAS, K, A("GNB"), False, C("one of Vieira's rivals", num="one", value=1),
      L("Guinea-Bissau", "GNB", None, None, None, 4),
      D("2009-03-01/2009-03-02", "just a few hours earlier", approx=True), None, T("killed", at="blast that killed"),
      "'a bomb blast that killed one of Vieira's rivals, the army chief of staff General Batista Tagme Na Waie, just "
      "a few hours earlier' -> killed 1 (the army chief of staff; military -> civilian false, GNB from context). "
      "'a few hours earlier' than the killing of the president on Monday 2 March -> night of 1-2 March (approx). No "
      "city is named -> the country. The president (named, 'was shot to death') has no count word -> not an event."),
], hard_negatives=[
    H("a group of soldiers", "no quantity"),
])

# ---------------------------------------------------------------- Syria 2019: ISIS fighters escape
ANN["wn_2019_10_15_syria_turkey_offensive_sdf_deal"] = dict(events=[
    E("e1", CAS, CAP, A("ISIS", "ISIS", at="ISIS (Islamic"), False,
      C("hundreds of ISIS", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
      L("a camp at Ain Issa", "SYR", "Raqqa", 36.39, 38.86, 2), N0, S("The SDF said"), T("escaped"),
      "'The SDF said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped following Turkish airstrikes "
      "from a camp at Ain Issa' -> captured with released true (an escape from captivity, as set (ao) did), "
      "'hundreds' (low 200). No time expression for the escape ('yesterday' belongs to the army's entry) -> null.",
      released=True),
], hard_negatives=[
    H("seven days earlier", "time expression"),
    H("Article 5", "treaty article number"),
])

# ---------------------------------------------------------------- VOA 2019: Lafole street cleaners
LAF = L("Lafole suburb, Lower Shabelle region", "SOM", "Lower Shabelle", 2.07, 45.15, 2)
MON19 = D("2019-02-25", "Monday")
ANN["voa_2019_02_26_somalia_lafole_street_cleaners"] = dict(events=[
    E("e1", CAS, K, A("SOM"), True, C("nine civilians", num="nine", value=9), LAF, MON19, S("Somali officials say"),
      T("shot dead"),
      "'al-Shabab militants shot dead nine civilians in a suburb of Mogadishu Monday' -> killed 9 civilians (Somali: "
      "street cleaners in a Mogadishu suburb, plainly implied; no surface). Place from the next sentence (Lafole "
      "suburb). 'Monday' in a Tuesday repost -> 25 February 2019.", is_total=True),
    E("e2", CAS, K, A("SOM"), True, C("six women", num="six", value=6), LAF,
      D("2019-02-25", "Monday", derived_from_context=True),
      S("Regional governor Mohamed Ibrahim Barre told VOA Somali"), T("killed", at="were killed by"),
      "'six women and three men were killed by the militants' -> breakdown of e1 (6 + 3 = 9).", part_of="e1"),
    E("e3", CAS, K, A("SOM"), True, C("three men", num="three", value=3), LAF,
      D("2019-02-25", "Monday", derived_from_context=True),
      S("Regional governor Mohamed Ibrahim Barre told VOA Somali"), T("killed", at="were killed by"),
      "Breakdown of e1 (three men).", part_of="e1"),
    E("e4", CAS, W, A("SOM"), True, C("the other two workers", num="two", value=2), LAF,
      D("2019-02-25", "Monday", derived_from_context=True),
      S("Regional governor Mohamed Ibrahim Barre told VOA Somali"), T("injured"),
      "'the other two workers were injured in the attack' -> wounded 2 (of the 11 attacked)."),
    E("e5", CAS, K, A("al-Shabab", "al-Shabab", at="against al-Shabab"), False, C("two militants", num="two", value=2),
      L("Kunyo Barrow, Jannaale and Awdhegle", "SOM", "Lower Shabelle", None, None, 3), N0,
      S("The U.S. Africa command said"), T("killing", at="killing two"),
      "'the strikes targeted al-Shabab facilities and checkpoints in Kunyo Barrow, Jannaale and Awdhegle, killing two "
      "militants' -> killed 2 al-Shabab militants (AFRICOM's claim). Three places -> precision 3. No date for the "
      "strikes -> null."),
    E("e6", CAS, K, A(None), True, C("the two people", num="two", value=2),
      L("Kunyo Barrow, Jannaale and Awdhegle", "SOM", "Lower Shabelle", None, None, 3), N0,
      S("The al-Shabab militant group claimed"), T("killed", at="people killed"),
      "'The al-Shabab militant group claimed the two people killed were civilians including a child' -> the same two "
      "deaths as e5 but a conflicting claim about who they were (civilians, not militants) -> kept as a separate claim "
      "with its own source (close call; the figure is the same)."),
    E("e7", CAS, K, A(None), True, C("a child", num="a", value=1),
      L("Kunyo Barrow, Jannaale and Awdhegle", "SOM", "Lower Shabelle", None, None, 3), N0,
      S("The al-Shabab militant group claimed"), T("killed", at="people killed"),
      "'including a child' -> killed 1, part of e6 (al-Shabab's claim).", part_of="e6"),
], hard_negatives=[
    H("11 civilians", "people attacked; the casualties among them are annotated (9 killed, 2 injured)"),
    H("about 20km", "distance"),
    H("four new strikes", "count of strikes"),
    H("no civilians were killed or injured", "negated casualty"),
])

# ---------------------------------------------------------------- AFPS 2010-06-08: Marjah, Zharay, Herat
ANN["afps_2010_06_08_afghanistan_marjah_zharay_detentions"] = dict(events=[
    E("e1", CAS, CAP, A("insurgents"), False,
      C("multiple suspected insurgents", num="multiple", value=None, low=2, approx=True, qualifier="multiple"),
      L("a series of compounds west of Marjah", "AFG", "Helmand", 31.52, 64.12, 2), D("2010-06-07", "yesterday"), None,
      T("detained"),
      "'An Afghan-international security force detained multiple suspected insurgents during operations in Helmand "
      "province yesterday' -> captured (detention of suspects). 'multiple' is read as a vague quantity like 'several' "
      "(low 2; close call, the guidelines do not list it). Place from the next sentence ('west of Marjah'). Detainees "
      "-> civilian false."),
    E("e2", CAS, CAP, A("insurgents"), False, C("two suspected insurgents", num="two", value=2),
      L("a compound north of the village of Mollakalo Nikeh, Zharay district", "AFG", "Kandahar", None, None, 3),
      D("2010-06-07", "yesterday", at="Kandahar province yesterday"), None, T("detained", at="force detained two"),
      "'Another combined force detained two suspected insurgents ... in Kandahar province yesterday' -> captured 2. "
      "Place: the compound north of Mollakalo Nikeh, Zharay district (next sentence); the village could not be placed "
      "-> precision 3."),
    E("e3", CAS, K, A("Taliban"), False, C("One insurgent", num="One", value=1),
      L("south of Rowzeh Bagh, Herat province", "AFG", "Herat", None, None, 3),
      D("2010-06-05", "June 5", derived_from_context=True), None, T("killed", at="insurgent was killed"),
      "'One insurgent was killed when he exited a compound' during the 5 June operation south of Rowzeh Bagh against "
      "'a Taliban network' -> killed 1; actor Taliban from context (close call; 'insurgent network' of the Taliban "
      "network named in the previous paragraph)."),
], hard_negatives=[
    H("three weapons caches", "count of caches"),
    H("23 rocket-propelled grenades", "weapons"),
    H("2,000 7.62mm rounds", "ammunition"),
    H("About 100 pounds", "weight"),
    H("no one was harmed", "negated casualty"),
])

# ---------------------------------------------------------------- AFPS 2010-09-28: Helmand
HEL = L("Helmand province", "AFG", "Helmand", None, None, 3)
ANN["afps_2010_09_28_afghanistan_helmand_vehicle_stop"] = dict(events=[
    E("e1", CAS, CAP, A("insurgents"), False, C("several insurgents", num="several", **SEV), HEL,
      D("2010-09-27", "yesterday"), S("military officials reported"), T("detained"),
      "'Afghan and ISAF troops detained several insurgents during a combined operation in Helmand province yesterday' "
      "-> captured, several (the vehicle stop of the next paragraphs)."),
    E("e2", CAS, CAP, A("insurgents"), False, C("several insurgents", num="several", at="coalition forces detained several", **SEV),
      L("Helmand province", "AFG", "Helmand", None, None, 3, at="combined operation in Helmand province. The"),
      D("2010-09-27", "yesterday", at="operations yesterday"), None, T("detained", at="coalition forces detained several"),
      "Second operation ('In other Afghanistan operations yesterday'): 'Afghan and coalition forces detained several "
      "insurgents during a combined operation in Helmand province' -> captured, several; a separate operation."),
    E("e3", CAS, K, A("insurgents"), False, C("an armed insurgent", num="an", value=1),
      L("a compound associated with a senior Taliban commander in the area", "AFG", "Helmand", None, None, 3),
      D("2010-09-27", "yesterday", at="operations yesterday", derived_from_context=True), None, T("killing him"),
      "'confronted by an armed insurgent. They engaged the insurgent, killing him' -> killed 1, at the compound of "
      "the second operation (Helmand)."),
], hard_negatives=[
    H("two vehicles", "vehicles"),
    H("20 kilograms", "weight"),
    H("several men, women and children", "people leaving a building; no casualty"),
])

# ---------------------------------------------------------------- DoD 2010-04-19: Iraq, Mosul and Baghdad
NBAG = L("north of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2)
APR16 = D("2010-04-16", "April 16", at="separate operation April 16")
ANN["dod_2010_04_19_iraq_mosul_baghdad_arrests"] = dict(events=[
    E("e1", CAS, CAP, A("militants"), False, C("nine suspected terrorists", num="nine", value=9),
      L("Iraq", "IRQ", None, None, None, 4, at="Iraq in recent"),
      D("2010-04-16/2010-04-18", "in recent days", derived_from_context=True), S("military officials reported"),
      T("arrested"),
      "'Iraqi security forces arrested nine suspected terrorists in Iraq in recent days' -> captured 9 (total of the "
      "bulleted arrests: 3 + 1 + 4 + 1). 'in recent days' resolved from the bullets (16-18 April).", is_total=True),
    E("e2", CAS, K, A("al-Qaida in Iraq", "al-Qaida in Iraq", at="al-Qaida in Iraq leader in"), False,
      C("a man identified as an al-Qaida in Iraq leader", num="a", value=1),
      L("eastern Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2), D("2010-04-16", "April 16", derived_from_context=True),
      S("military officials reported"), T("killed", at="killed a man"),
      "'killed a man identified as an al-Qaida in Iraq leader in the northern city of Mosul' -> killed 1. The bullet "
      "'they shot and killed him' (a man 'believed to be involved in oil extortion', eastern Mosul, 16 April) tells the "
      "same killing -> alt mention; place and date from it.",
      alt_mentions=[S("a man believed to be involved in oil extortion")]),
    E("e3", CAS, CAP, A("al-Qaida in Iraq", "al-Qaida in Iraq", at="al-Qaida in Iraq associates"), False,
      C("three suspected al-Qaida in Iraq associates", num="three", value=3), NBAG, D("2010-04-18", "yesterday"), None,
      T("arrested", at="arrested three"),
      "'Iraqi forces arrested three suspected al-Qaida in Iraq associates yesterday during a combined operation north "
      "of Baghdad' -> captured 3 (part of e1); 'the three suspected criminal associates' later restates them.",
      part_of="e1", alt_mentions=[S("the three suspected criminal associates")]),
    E("e4", CAS, CAP, A("Jaysh al-Mahdi", "Jaysh al-Mahdi"), False,
      C("a suspected Jaysh al-Mahdi terrorist group leader", num="a", value=1), NBAG, APR16, None,
      T("arrested", at="force arrested a suspected"),
      "'a combined force arrested a suspected Jaysh al-Mahdi terrorist group leader and four suspected criminal "
      "associates north of Baghdad' (16 April) -> captured 1 leader (part of e1).", part_of="e1"),
    E("e5", CAS, CAP, A("Jaysh al-Mahdi"), False, C("four suspected criminal associates", num="four", value=4), NBAG,
      APR16, None, T("arrested", at="force arrested a suspected"),
      "Captured 4 associates of the Jaysh al-Mahdi leader (same operation; actor from context: 'The group is "
      "suspected ...').", part_of="e1"),
    E("e6", CAS, CAP, A("al-Qaida in Iraq"), False, C("a man in Mosul", num="a", value=1),
      L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1, at="a man in Mosul"),
      D("2010-04-16", "April 16", at="another April 16"), None, T("arrested", at="arrested a man"),
      "'A combined security force arrested a man in Mosul believed to have close ties to high-level al-Qaida in Iraq "
      "members in another April 16 operation' -> captured 1 (part of e1); actor AQI from the stated ties (close call).",
      part_of="e1"),
], hard_negatives=[])

# ---------------------------------------------------------------- DoD 2010-04-05: Iraq, Kirkuk, Baghdad, Mosul
WBAG = L("western Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2)
YEST = D("2010-04-04", "yesterday")
ANN["dod_2010_04_05_iraq_kirkuk_baghdad_mosul_arrests"] = dict(events=[
    E("e1", CAS, CAP, A("al-Qaida in Iraq", "al-Qaida in Iraq"), False,
      C("eight alleged members of al-Qaida in Iraq", num="eight", value=8),
      L("central and northern Iraq", "IRQ", None, None, None, 3),
      D("2010-04-04/2010-04-05", "today", derived_from_context=True), S("military officials reported"),
      T("arrested"),
      "'Iraqi security forces arrested eight alleged members of al-Qaida in Iraq in recent combined operations ... "
      "throughout central and northern Iraq' -> captured 8 = 1 (today) + 7 (yesterday). Dated from the items "
      "(4-5 April).", is_total=True),
    E("e2", CAS, CAP, A("al-Qaida in Iraq"), False, C("an alleged associate member", num="an", value=1), WBAG,
      D("2010-04-05", "today"), None, T("arrested", at="advisors arrested an"),
      "'In western Baghdad today, Iraqi forces ... arrested an alleged associate member of al-Qaida in Iraq' -> "
      "captured 1 (part of e1).", part_of="e1"),
    E("e3", CAS, CAP, A("al-Qaida in Iraq", "al-Qaida in Iraq", at="al-Qaida in Iraq operatives"), False,
      C("seven alleged al-Qaida in Iraq operatives", num="seven", value=7), L("Iraq", "IRQ", None, None, None, 4,
                                                                            at="Iraq operatives"),
      YEST, None, T("arrested", at="operatives were arrested"),
      "'In operations yesterday, seven alleged al-Qaida in Iraq operatives were arrested' -> captured 7 (part of e1, "
      "itself the total of the three bullets: 1 + 4 + 1 + 1). Location: only the country (the bullets give Kirkuk, "
      "Baghdad, Mosul).", part_of="e1", is_total=True),
    E("e4", CAS, CAP, A("al-Qaida in Iraq", "al-Qaida in Iraq", at="al-Qaida in Iraq leader and four"), False,
      C("a suspected al-Qaida in Iraq leader", num="a", value=1, at="captured a suspected"),
      L("Near Kirkuk", "IRQ", "Kirkuk", 35.47, 44.39, 2), D("2010-04-04", "yesterday", derived_from_context=True), None,
      T("captured"), "Captured 1 AQI leader near Kirkuk (part of e3).", part_of="e3"),
    E("e5", CAS, CAP, A("al-Qaida in Iraq"), False, C("four criminal accomplices", num="four", value=4),
      L("Near Kirkuk", "IRQ", "Kirkuk", 35.47, 44.39, 2), D("2010-04-04", "yesterday", derived_from_context=True), None,
      T("captured"), "Captured 4 accomplices near Kirkuk (part of e3).", part_of="e3"),
    E("e6", CAS, CAP, A("al-Qaida in Iraq"), False, C("an individual", num="an", value=1, at="detained an individual"),
      L("western Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2, at="In western Baghdad, Iraqi"),
      D("2010-04-04", "yesterday", derived_from_context=True), None, T("detained", at="detained an individual"),
      "'In western Baghdad, Iraqi forces detained an individual suspected to be connected to an al-Qaida in Iraq "
      "financier' -> captured 1 (part of e3).", part_of="e3"),
    E("e7", CAS, CAP, A("al-Qaida in Iraq"), False, C("Another individual", num="Another", value=1),
      L("near Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2), D("2010-04-04", "yesterday", derived_from_context=True), None,
      T("arrested", at="was arrested near"), "Captured 1 near Mosul (part of e3).", part_of="e3"),
], hard_negatives=[])

# ---------------------------------------------------------------- DoD 2010-08-04: Baghdad, Tamim
ANN["dod_2010_08_04_iraq_baghdad_tamim_arrests"] = dict(events=[
    E("e1", CAS, CAP, A("al-Qaida in Iraq"), False, C("three suspects", num="three", value=3),
      L("Iraq", "IRQ", None, None, None, 4, at="Iraq in recent"),
      D("2010-08-03/2010-08-04", "in recent operations", derived_from_context=True), S("military officials reported"),
      T("arrested"),
      "'Iraqi security forces arrested three suspects with ties to al-Qaida in Iraq in recent operations' -> captured "
      "3 (1 in Baghdad today + 2 in Tamim yesterday); actor AQI from 'with ties to' (close call, no surface next to "
      "the count).", is_total=True),
    E("e2", CAS, CAP, A("al-Qaida in Iraq"), False, C("a suspected criminal associate", num="a", value=1),
      L("southwestern Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2), D("2010-08-04", "today", derived_from_context=True),
      None, T("arrested", at="identified and arrested"),
      "'Iraqi forces identified and arrested a suspected criminal associate of the wanted man' in southwestern Baghdad "
      "(operation 'today') -> captured 1 (part of e1).", part_of="e1"),
    E("e3", CAS, CAP, A("al-Qaida in Iraq", "al-Qaida in Iraq", at="al-Qaida in Iraq weapons"), False,
      C("a suspected al-Qaida in Iraq weapons facilitator and a suspected criminal associate", num="a", value=2,
        qualifier="conjunction"),
      L("northern Iraq\u2019s Tamim province", "IRQ", "Kirkuk", None, None, 3), D("2010-08-03", "yesterday"), None,
      T("arrested", at="advisors arrested"),
      "'In northern Iraq's Tamim province yesterday, Iraqi forces ... arrested a suspected al-Qaida in Iraq weapons "
      "facilitator and a suspected criminal associate' -> captured 2 (coordinated singulars; part of e1).",
      part_of="e1"),
], hard_negatives=[
    H("a suspected al-Qaida in Iraq leader", "the man sought, not captured"),
])

# ---------------------------------------------------------------- DoD 2009-10-08: Iraq rotation
ANN["dod_2009_10_08_iraq_rotation_15000"] = dict(events=[
    E("e1", DEP, None, A("USA"), False,
      C("approximately 15,000 personnel", num="15,000", value=15000, approx=True, qualifier="approximately"),
      L("Operation Iraqi Freedom", "IRQ", None, None, None, 4), D("2010-06/2010-08", "the summer of 2010", approx=True),
      S("The Department of Defense announced"), T("deploy"),
      "'major units scheduled to deploy as part of the next force rotation in support of Operation Iraqi Freedom. The "
      "announcement involves three brigade combat teams, and one armored cavalry regiment totaling approximately "
      "15,000 personnel' -> planned deployment of about 15,000 US personnel to Iraq (destination only through "
      "'Operation Iraqi Freedom' -> country, precision 4); the rotation 'will begin in the summer of 2010'. Rotation "
      "with 'no increase in overall force levels' (a replacement, noted).", planned=True),
], hard_negatives=[
    H("three brigade combat teams", "units, not a head count"),
    H("one armored cavalry regiment", "unit"),
    H("additional 23 days", "duration of an extension"),
    H("additional 79 days", "duration of an extension"),
])

# ---------------------------------------------------------------- AFPS 2010-03-16: Mosul and Kirkuk
Y15 = D("2010-03-15", "yesterday", derived_from_context=True)
ANN["afps_2010_03_16_iraq_mosul_kirkuk_arrests"] = dict(events=[
    E("e1", CAS, CAP, A("al-Qaida in Iraq"), False, C("nine terrorism suspects", num="nine", value=9),
      L("northern Iraq", "IRQ", None, None, None, 3), D("2010-03-15", "yesterday"), None, T("arrested"),
      "'Iraqi security forces arrested nine terrorism suspects during two combined operations yesterday in northern "
      "Iraq' -> captured 9 = 1 + 6 (western Mosul) + 1 + 1 (southern Kirkuk). All are described as AQI leaders or "
      "their associates -> AQI (close call, no surface).", is_total=True),
    E("e2", CAS, CAP, A("al-Qaida in Iraq", "al-Qaida in Iraq"), False,
      C("a suspected al-Qaida in Iraq leader", num="a", value=1), L("western Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2),
      Y15, None, T("captured"), "Captured 1 AQI leader in western Mosul (part of e1).", part_of="e1"),
    E("e3", CAS, CAP, A("al-Qaida in Iraq"), False, C("Six of his associates", num="Six", value=6),
      L("western Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2), Y15, None, T("arrested", at="also were arrested"),
      "'Six of his associates also were arrested' -> captured 6 (part of e1).", part_of="e1"),
    E("e4", CAS, CAP, A("al-Qaida in Iraq", "al-Qaida in Iraq", at="al-Qaida in Iraq leader for"), False,
      C("a suspected mid-level al-Qaida in Iraq leader", num="a", value=1),
      L("southern Kirkuk", "IRQ", "Kirkuk", 35.47, 44.39, 2), Y15, None, T("captured", at="advisors captured a suspected mid"),
      "Captured 1 mid-level AQI leader in southern Kirkuk (part of e1).", part_of="e1"),
    E("e5", CAS, CAP, A("al-Qaida in Iraq"), False, C("An associate", num="An", value=1),
      L("southern Kirkuk", "IRQ", "Kirkuk", 35.47, 44.39, 2), Y15, None, T("arrested", at="associate also was arrested"),
      "'An associate also was arrested' -> captured 1 (part of e1).", part_of="e1"),
], hard_negatives=[
    H("two combined operations", "count of operations"),
])

# ---------------------------------------------------------------- USF-I 2010-05-28: Baghdad and Mosul
T28 = D("2010-05-28", "today", derived_from_context=True)
ANN["usfi_2010_05_28_iraq_baghdad_mosul_arrests"] = dict(events=[
    E("e1", CAS, CAP, A("militants"), False, C("four terrorism suspects", num="four", value=4),
      None, D("2010-05-28", "today"), None,
      T("arrested"),
      "'Iraqi security forces arrested four terrorism suspects today during three combined operations' -> captured 4, "
      "as written. The items add up to five (1 + 3 + 1; the headline says 5): kept as written and noted. No place in "
      "the sentence (the operations were in Baghdad and Mosul) -> location null.", is_total=True),
    E("e2", CAS, CAP, A("militants"), False, C("a suspected criminal associate", num="a", value=1),
      L("northwestern Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2), T28, None, T("arrested", at="forces arrested a"),
      "Captured 1 in north-western Baghdad during an operation seeking a Promised Day Brigade leader (the associate's "
      "own group is not stated -> generic 'militants').", part_of="e1"),
    E("e3", CAS, CAP, A("militants"), False, C("three suspected criminal associates", num="three", value=3),
      L("western Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2, at="Meanwhile, in western"), T28, None, T("arrested", at="forces arrested three"),
      "Captured 3 in western Baghdad while seeking an AQI leader (part of e1).", part_of="e1"),
    E("e4", CAS, CAP, A("militants"), False, C("a suspected criminal associate", num="a", value=1, at="arrest of a"),
      L("western Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2), T28, None, T("arrest", at="arrest of a"),
      "'A combined operation in western Mosul ... led to the arrest of a suspected criminal associate of the wanted "
      "man' -> captured 1 (part of e1).", part_of="e1"),
], hard_negatives=[
    H("three combined operations", "count of operations"),
])

# ---------------------------------------------------------------- AFPS 2007-05-09: 101st to Afghanistan
ANN["afps_2007_05_09_afghanistan_rotation_101st"] = dict(events=[
    E("e1", DEP, None, A("USA"), False, C("4,500 soldiers", num="4,500", value=4500),
      L("Afghanistan", "AFG", None, None, None, 4), D("2008-01/2008-03", "early 2008", approx=True),
      S("Pentagon spokesman Bryan Whitman told reporters"), T("deploying", at="begin deploying"),
      "'The announcement affects 4,500 soldiers of the 101st Airborne Division ... who will begin deploying in early "
      "2008' -> planned deployment of 4,500 US soldiers to Afghanistan (destination from the previous sentence); "
      "'early 2008' -> January-March 2008 (approx).", planned=True),
], hard_negatives=[
    H("two major Army units", "units"),
    H("two brigades", "units"),
    H("15-month", "duration"),
    H("three brigade combat teams", "units (alerted for Iraq)"),
])

# ---------------------------------------------------------------- CENTCOM 2007-12-29: Musa Qaleh
MQ = L("the Musa Qaleh district", "AFG", "Helmand", None, None, 3)
SUN07 = D("2007-12-23", "Sunday")
SUN07d = D("2007-12-23", "Sunday", derived_from_context=True)
ANN["centcom_2007_12_29_afghanistan_musa_qaleh_operation"] = dict(events=[
    E("e1", CAS, K, A("militants"), False, C("several militants", num="several", **SEV), MQ, SUN07, None,
      T("killed", at="were killed"),
      "'an operation Sunday ... in which several militants were killed' -> killed, several (the lede's summary of the "
      "firefight and of the dead found at the strike site). Place: Musa Qaleh district (next paragraph). The release "
      "is dated Saturday 29 December 2007; by the guidelines 'Sunday' is the most recent Sunday, 23 December (close "
      "call: the date line may be off by a day).", is_total=True),
    E("e2", CAS, CAP, A("militants"), False, C("10 other militants", num="10", value=10), MQ, SUN07, None,
      T("detained", at="were detained"),
      "'10 other militants were detained' -> captured 10; 'The combined force detained 10 people suspected of having "
      "links ...' restates them (alt mention).", alt_mentions=[S("10 people")]),
    E("e3", CAS, W, A("AFG"), True, C("two civilians", num="two", value=2), MQ, SUN07, None,
      T("wounded", at="civilians were wounded"),
      "'and two civilians were wounded' -> wounded 2 civilians, restated as 'Two teen-aged males ... had sustained "
      "injuries' (alt mention). Afghan civilians in Helmand -> AFG (plainly implied, no surface).",
      alt_mentions=[S("Two teen-aged males")]),
    E("e4", PRE, None, A("militants"), False, C("several militants", num="several", at="fire from several", **SEV), MQ,
      SUN07d, None, T("came under small-arms fire"),
      "'came under small-arms fire from several militants on one of the compounds' -> presence, several (an attacking "
      "force). They were killed ('killing the militants'), which the lede's e1 summarises."),
    E("e5", CAS, K, A("militants"), False, C("several deceased militants", num="several", **SEV),
      L("the impact site", "AFG", "Helmand", None, None, 3), N0, None, T("deceased"),
      "'finding several deceased militants at the impact site' of an earlier precision strike -> killed, several "
      "(part of the lede's e1). The strike is 'earlier', not dated -> null. Place: the strike site in Musa Qaleh "
      "district.", part_of="e1"),
], hard_negatives=[
    H("Combined Joint Task Force 82", "unit number"),
])

# ---------------------------------------------------------------- AFPS 2010-12-10: Kunar, Wardak, Helmand
WAR = L("Wardak province\u2019s Chak\u2011e Wardak district", "AFG", "Wardak", None, None, 3)
D09 = D("2010-12-09", "yesterday")
ANN["afps_2010_12_10_afghanistan_kunar_wardak_helmand"] = dict(events=[
    E("e1", CAS, K, A("insurgents"), False, C("several members of the insurgent force", num="several", **SEV),
      L("Kunar province\u2019s Sar Kani district", "AFG", "Kunar", None, None, 3),
      D("2010-12-10", "today", derived_from_context=True), None, T("killing", at="killing several members"),
      "'Coalition air support came to the troops' aid, killing several members of the insurgent force' (Sar Kani, "
      "Kunar) -> killed, several. The lede's 'Afghan and coalition forces today killed several insurgents' sums this "
      "up -> alt mention; date 'today' from the lede.",
      alt_mentions=[S("several insurgents")]),
    E("e2", CAS, CAP, A("insurgents"), False, C("several suspected insurgents", num="several", **SEV),
      L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan, security"), D("2010-12-10", "today", at="Also today"),
      None, T("detained", at="forces detained several"),
      "'Also today in Afghanistan, security forces detained several suspected insurgents' -> captured, several. The "
      "clearing operations of the next sentence (Kunduz, Kandahar, Khost, Helmand) are not tied to these detentions -> "
      "country only."),
    E("e3", CAS, K, A("insurgents"), False, C("several insurgents, including a Taliban leader", num="several",
                                                at="forces killed several insurgents, including", **SEV),
      WAR, D09, None, T("killed", at="forces killed several insurgents, including"),
      "'Afghan and coalition forces killed several insurgents, including a Taliban leader, in Wardak province's "
      "Chak-e Wardak district' (operations yesterday) -> killed, several; 'killing several armed insurgents' at the "
      "end of the paragraph restates them (alt mention).", alt_mentions=[S("several armed insurgents")]),
    E("e4", CAS, K, A("Taliban", "Taliban", at="Taliban leader, in"), False, C("a Taliban leader", num="a", value=1),
      WAR, D09, None, T("killed", at="forces killed several insurgents, including"),
      "'including a Taliban leader' (named next as Ismail Khan) -> killed 1, part of e3.", part_of="e3"),
    E("e5", CAS, CAP, A("insurgents"), False, C("12 suspected insurgents", num="12", value=12),
      L("southern Afghanistan", "AFG", None, None, None, 3), D("2010-12-09", "yesterday", derived_from_context=True),
      None, T("captured", at="insurgents captured"),
      "'Two separate operations in southern Afghanistan resulted in 12 suspected insurgents captured' -> captured 12 "
      "(total; the Helmand part is 10, the Kandahar part - two - is cut off in the stored copy).", is_total=True),
    E("e6", CAS, CAP, A("Taliban"), False, C("10 suspects", num="10", value=10),
      L("the province\u2019s Gereshk district", "AFG", "Helmand", None, None, 3),
      D("2010-12-09", "yesterday", derived_from_context=True), None, T("netted", at="province netted"),
      "'The operation in Helmand province netted 10 suspects with ties to a Taliban shadow governor in the province's "
      "Gereshk district' -> captured 10, part of e5; actor Taliban from 'ties to a Taliban shadow governor' (close "
      "call).", part_of="e5"),
], hard_negatives=[
    H("seven stockpiles", "count of stockpiles"),
    H("more than 2,000 rounds", "ammunition"),
    H("50 various rockets", "weapons"),
    H("12 hand grenades", "weapons"),
    H("eight Afghan National Army uniforms", "uniforms"),
    H("four assault rifles", "weapons"),
    H("more than 1,000 pain pills", "supplies"),
    H("26 bottles", "supplies"),
    H("Two separate operations", "count of operations"),
])

# ---------------------------------------------------------------- AFPS 2010-06-25: Kandahar City, Khost
KC = L("near Kandahar City", "AFG", "Kandahar", 31.61, 65.71, 2)
ANN["afps_2010_06_25_afghanistan_kandahar_khost"] = dict(events=[
    E("e1", CAS, K, A("Taliban"), False, C("several insurgents, including Faizullah", num="several", **SEV), KC,
      D("2010-06-24", "yesterday"), None, T("killed"),
      "'An Afghan-international security force killed several insurgents, including Faizullah, a Taliban subcommander, "
      "as the insurgents were planting a roadside bomb near Kandahar City ... yesterday' -> killed, several (by the "
      "air strike and the ground force's return fire); actor Taliban from the subcommander's group (close call).",
      is_total=True),
    E("e2", CAS, K, A("coalition", "coalition", at="coalition soldier"), False,
      C("at least one coalition soldier", num="one", value=1, low=1, qualifier="at least"),
      L("Kandahar province\u2019s Arghandab district", "AFG", "Kandahar", None, None, 3), D("2010-03", "in March"),
      S("officials said"), T("death"),
      "'was believed to be responsible for the death of at least one coalition soldier in March' -> killed, at least "
      "1 coalition soldier, March 2010. Place: the Arghandab district attacks named in the same sentence (close "
      "call).", hedge="was believed"),
    E("e3", CAS, K, A("Taliban"), False, C("several insurgents", num="several", at="killing several", **SEV), KC,
      D("2010-06-24", "yesterday", derived_from_context=True), None, T("killing", at="killing several"),
      "'The ground force returned fire, killing several insurgents' after the air strike -> killed, several, part of "
      "the lede's e1.", part_of="e1"),
    E("e4", CAS, CAP, A("Haqqani network", "Haqqani"), False, C("a Haqqani terrorist network facilitator", num="a", value=1),
      L("a series of compounds in Khost\u2019s Terazayi district", "AFG", "Khost", None, None, 3),
      D("2010-06-24", "last night"), None, T("captured", at="force captured"),
      "'In Khost province last night, another combined security force captured a Haqqani terrorist network "
      "facilitator' -> captured 1 (place: Terazayi district, next sentence). 'last night' in a 25 June story -> 24 "
      "June."),
    E("e5", CAS, K, A("Haqqani network"), False, C("Several insurgent commanders", num="Several", **SEV),
      L("the Khost-Gardez pass", "AFG", None, None, None, 3),
      D("2010-06-11/2010-06-25", "over the past couple of weeks", derived_from_context=True, approx=True),
      S("officials said", at="couple of weeks, officials said"), T("killed", at="have been killed"),
      "'Several insurgent commanders and a large number of insurgents have been killed during the operations' "
      "against the Haqqani network along the Khost-Gardez pass 'over the past couple of weeks' -> killed, several "
      "commanders (cumulative, two weeks, approx). 'a large number of insurgents' has no quantity -> hard negative.",
      cumulative=True),
], hard_negatives=[
    H("a large number of insurgents", "no quantity"),
])

# ---------------------------------------------------------------- AFPS 2010-05-17: Kunduz, Sangin
KUN = L("the province\u2019s Kunduz district", "AFG", "Kunduz", None, None, 3)
SAN = L("the province\u2019s Sangin district", "AFG", "Helmand", None, None, 3)
N16 = D("2010-05-16", "last night")
ANN["afps_2010_05_17_afghanistan_kunduz_sangin"] = dict(events=[
    E("e1", CAS, K, A("Taliban"), False,
      C("more than two dozen insurgents", num="two dozen", value=24, low=24, approx=True,
        qualifier="more than two dozen"), KUN, N16, S("military officials reported"), T("killed"),
      "'killed more than two dozen insurgents and captured several others while pursuing a senior Taliban commander "
      "in Kunduz province last night' -> killed, more than 24 (read like 'more than a dozen'). Place: the compound in "
      "Kunduz district (next paragraph), where 'the Taliban were staging' -> Taliban. Publication date inferred (see "
      "meta.py), 'last night' -> the day before.", is_total=True),
    E("e2", CAS, CAP, A("Taliban"), False, C("several others", num="several", **SEV), KUN, N16,
      S("military officials reported"), T("captured", at="captured several others"),
      "'and captured several others' -> captured, several (Kunduz)."),
    E("e3", PRE, None, A("Taliban"), False, C("several armed men", num="several", **SEV), KUN,
      D("2010-05-16", "last night", derived_from_context=True), None, T("ran toward and fired on"),
      "'Shortly after, several armed men ran toward and fired on the combined force' -> presence, several (attacking "
      "force)."),
    E("e4", CAS, K, A("Taliban"), False, C("several armed men", num="several", **SEV), KUN,
      D("2010-05-16", "last night", derived_from_context=True), None, T("killed", at="engaged and killed"),
      "'They were engaged and killed' -> killed, several (the attackers of e3; part of e1). Same count span as e3.",
      part_of="e1"),
    E("e5", CAS, K, A("Taliban"), False, C("several insurgents", num="several", at="news from Afghanistan, several", **SEV),
      SAN, D("2010-05-16", "last night", at="Helmand province last night"), None, T("killed", at="several insurgents were killed"),
      "'several insurgents were killed and about a dozen others were detained as a combined Afghan-international "
      "patrol searched for a Pakistani-based Taliban commander in Helmand province last night' -> killed, several "
      "(place: Sangin district, next paragraph). 'Several armed men ... were engaged and killed' there restates "
      "them (alt mention).", alt_mentions=[S("Several armed men")]),
    E("e6", CAS, CAP, A("Taliban"), False,
      C("about a dozen others", num="a dozen", value=12, approx=True, qualifier="about"), SAN,
      D("2010-05-16", "last night", at="Helmand province last night"), None, T("detained", at="others were detained"),
      "'about a dozen others were detained' -> captured about 12 (Sangin); 'The security force captured several other "
      "militants' restates the detentions with a vaguer figure (alt mention).",
      alt_mentions=[S("several other militants")]),
], hard_negatives=[
    H("No civilians were harmed", "negated casualty"),
])

# ---------------------------------------------------------------- AFPS 2011-07-06: Zurmat, Sar-e Pul, Kunduz
ZUR = L("the Zurmat district of Paktiya province", "AFG", "Paktiya", None, None, 3)
SEP = L("the northern province of Sar\u2011e Pul", "AFG", "Sar-e Pol", None, None, 3)
Y0705 = D("2011-07-05", "yesterday", at="Afghanistan yesterday")
ANN["afps_2011_07_06_afghanistan_zurmat_haqqani_leader"] = dict(events=[
    E("e1", CAS, CAP, A("Haqqani network", "Haqqani network"), False, C("a Haqqani network leader", num="a", value=1), ZUR,
      D("2011-07-05/2011-07-06", "overnight"), S("military officials reported"), T("detained"),
      "'A combined Afghan and coalition security force detained a Haqqani network leader during an overnight operation "
      "in eastern Afghanistan' -> captured 1; place from the next sentence (Zurmat district, Paktiya). 'overnight' in "
      "a 6 July story -> night of 5-6 July (interval)."),
    E("e2", CAS, K, A("ISAF", "International Security Assistance Force", at="three International"), False,
      C("three International Security Assistance Force service members", num="three", value=3), None,
      D("2011-07-05", "yesterday"), None, T("killed", at="killed three"),
      "'a roadside bomb attack that killed three International Security Assistance Force service members yesterday' "
      "-> killed 3 ISAF (actor: the name the text uses). The attack site is not stated (the leader was found in "
      "Zurmat) -> location null. The hedge 'is believed' is about the leader's responsibility, not the deaths."),
    E("e3", CAS, CAP, A("Haqqani network"), False, C("Several of the man\u2019s associates", num="Several", **SEV),
      L("the compound in the district", "AFG", "Paktiya", None, None, 3),
      D("2011-07-05/2011-07-06", "overnight", derived_from_context=True), None, T("detained", at="also were detained"),
      "'Several of the man's associates also were detained at the compound in the district' -> captured, several "
      "(Zurmat; associates of the Haqqani leader)."),
    E("e4", CAS, CAP, A("Haqqani network", "Haqqani", at="80 Haqqani"), False,
      C("more than 80 Haqqani leaders", num="80", value=80, low=80, qualifier="more than"), None,
      D("2011-01-01/2011-07-06", "this year"), None, T("captured", at="have captured more"),
      "'Combined Afghan and coalition security forces have captured more than 80 Haqqani leaders this year' -> "
      "captured, more than 80, running total for 2011 -> cumulative. No place in the sentence -> null.",
      cumulative=True),
    E("e5", CAS, K, A("insurgents"), False, C("one insurgent", num="one", value=1), SEP, Y0705, None,
      T("killed", at="force killed one"),
      "'A combined force killed one insurgent and detained several others during an operation in the northern "
      "province of Sar-e Pul' (ISAF news from yesterday) -> killed 1; 'The insurgent, armed with an AK-47 rifle ... "
      "engaged and killed' tells the same death."),
    E("e6", CAS, CAP, A("insurgents"), False, C("several others", num="several", **SEV), SEP, Y0705, None,
      T("detained", at="detained several others"),
      "'and detained several others' -> captured, several (Sar-e Pul); 'The force detained the remaining insurgents' "
      "restates it without a count."),
    E("e7", CAS, CAP, A("insurgents"), False,
      C("multiple suspected insurgents", num="multiple", value=None, low=2, approx=True, qualifier="multiple"),
      L("the Archi district", "AFG", "Kunduz", None, None, 3), D("2011-07-05", "yesterday", at="Afghanistan yesterday",
                                                                 derived_from_context=True), None,
      T("detained", at="force detained multiple"),
      "'In Kunduz, an Afghan-led force detained multiple suspected insurgents during a security search in the Archi "
      "district' -> captured, 'multiple' (low 2, read like 'several'; close call)."),
], hard_negatives=[
    H("a group of known insurgents", "no quantity"),
    H("several roadside bomb components", "things"),
    H("several high-profile attacks", "count of attacks"),
])

# ---------------------------------------------------------------- AFPS 2011-08-31: Khost, Zabul, Sangin, Wardak
Y0830 = D("2011-08-30", "yesterday", at="news yesterday", derived_from_context=True)
SANG = L("the Sangin district of Helmand province", "AFG", "Helmand", None, None, 3)
ANN["afps_2011_08_31_afghanistan_khost_haqqani_leader"] = dict(events=[
    E("e1", CAS, CAP, A("Haqqani network", "Haqqani network"), False, C("a Haqqani network leader", num="a", value=1),
      L("the Musa Khel district of Afghanistan\u2019s Khost province", "AFG", "Khost", None, None, 3),
      D("2011-08-30", "yesterday"), S("military officials reported"), T("detained"),
      "'A combined Afghan and coalition security force yesterday detained a Haqqani network leader and two of his "
      "associates ... in the Musa Khel district of Afghanistan's Khost province' -> captured 1 leader."),
    E("e2", CAS, CAP, A("Haqqani network"), False, C("two of his associates", num="two", value=2),
      L("the Musa Khel district of Afghanistan\u2019s Khost province", "AFG", "Khost", None, None, 3),
      D("2011-08-30", "yesterday"), S("military officials reported"), T("detained"),
      "... and 2 of his associates (captured; same operation)."),
    E("e3", CAS, CAP, A("Taliban"), False,
      C("numerous suspects", num="numerous", value=None, low=3, approx=True, qualifier="numerous"),
      L("the Qalat district of Zabul province", "AFG", "Zabul", None, None, 3), Y0830, None,
      T("detained", at="force detained numerous"),
      "'a combined force detained numerous suspects during an operation targeting a Taliban facilitator' -> captured, "
      "'numerous' (read like 'several', low 3; close call). Actor Taliban from the target (close call)."),
    E("e4", CAS, CAP, A("Taliban"), False, C("several suspects", num="several", **SEV), SANG, Y0830, None,
      T("detained", at="force detained several suspects"),
      "'A combined force detained several suspects during an operation targeting a Taliban leader in the Sangin "
      "district' -> captured, several."),
    E("e5", CAS, CAP, A("insurgents"), False, C("two suspects", num="two", value=2),
      L("the Sangin district of Helmand province", "AFG", "Helmand", None, None, 3, at="insurgent leader in the Sangin"),
      Y0830, None, T("detained", at="patrol detained"),
      "'A combined patrol detained two suspects during a search for an insurgent leader in the Sangin district' -> "
      "captured 2 (a separate item; the leader 'operates in Kotozay village')."),
    E("e6", CAS, CAP, A("Haqqani network", "Haqqani", at="several Haqqani"), False,
      C("several Haqqani members", num="several", **SEV),
      L("the Sayyidabad district of Wardak province", "AFG", "Wardak", None, None, 3), Y0830, None,
      T("detained", at="force detained several Haqqani"),
      "'A combined force detained several Haqqani members in the Sayyidabad district of Wardak province' -> captured, "
      "several."),
    E("e7", CAS, CAP, A("insurgents"), False, C("one suspect", num="one", value=1),
      L("Regional Command East", "AFG", None, None, None, 3), Y0830, None, T("detained", at="East detained"),
      "'Combined forces in Regional Command East detained one suspect' -> captured 1 (an ISAF command region of "
      "eastern Afghanistan -> precision 3)."),
], hard_negatives=[
    H("two rounds of indirect fire", "rounds fired"),
    H("No injuries", "negated casualty"),
    H("multiple assault rifles", "weapons"),
])

# ---------------------------------------------------------------- AFPS 2013-05-09: Logar, Nangarhar, Helmand
PEA = L("the Pul-e Alam district of Afghanistan's Logar province", "AFG", "Logar", None, None, 3)
KHO = L("Nangarhar province's Khogyani district", "AFG", "Nangarhar", None, None, 3)
T0509 = D("2013-05-09", "today", at="operations today", derived_from_context=True)
ANN["afps_2013_05_09_afghanistan_logar_nangarhar_helmand"] = dict(events=[
    E("e1", CAS, CAP, A("Haqqani network", "Haqqani network"), False,
      C("a Haqqani network attack facilitator and another insurgent", num="a", value=2, qualifier="conjunction"), PEA,
      D("2013-05-09", "today"), S("military officials reported"), T("arrested"),
      "'A combined Afghan and coalition security force arrested a Haqqani network attack facilitator and another "
      "insurgent in the Pul-e Alam district of Afghanistan's Logar province today' -> captured 2 (coordinated "
      "singulars); actor Haqqani network (the facilitator's network; the other insurgent's group is not stated)."),
    E("e2", CAS, CAP, A("insurgents"), False, C("an insurgent", num="an", value=1),
      L("Logar's Pul-e Alam district", "AFG", "Logar", None, None, 3), T0509, None,
      T("arrested", at="force arrested an"),
      "'Also in Logar's Pul-e Alam district, a combined force arrested an insurgent during a search for a Haqqani "
      "network leader' -> captured 1 (a second operation)."),
    E("e3", CAS, K, A("insurgents"), False, C("three insurgents", num="three", value=3), KHO, T0509, None,
      T("killed", at="killed three"),
      "'Afghan commandos, advised by coalition forces, killed three insurgents and detained four others in Nangarhar "
      "province's Khogyani district' -> killed 3."),
    E("e4", CAS, CAP, A("insurgents"), False, C("four others", num="four", value=4), KHO, T0509, None,
      T("detained", at="detained four"), "... and captured 4 (same operation)."),
    E("e5", CAS, W, A("insurgents"), False, C("an insurgent", num="an", at="wounded an insurgent", value=1),
      L("Helmand province's Garm Ser district", "AFG", "Helmand", None, None, 3), D("2013-05-08", "yesterday"), None,
      T("wounded", at="wounded an insurgent"),
      "'a combined force in Helmand province's Garm Ser district wounded an insurgent yesterday during a search for a "
      "Taliban IED expert' -> wounded 1 (the insurgent's group is not stated -> generic)."),
], hard_negatives=[
    H("two magazines", "things"),
])

# ---------------------------------------------------------------- DoD News 2014-07-01: US forces in Iraq, June 2014
IRQ14 = L("Iraq", "IRQ", None, None, None, 4, at="ordered 270 troops to Iraq")
ANN["dod_2014_07_01_iraq_kirby_update_770"] = dict(events=[
    E("e1", DEP, None, A("USA"), False, C("770 authorized personnel", num="770", value=770),
      L("Iraq", "IRQ", None, None, None, 4), D("2014-06-16/2014-07-01", "since June 16"), S("Kirby said", at="Kirby said during"),
      T("orders", at="military orders"),
      "'military orders since June 16 now total 770 authorized personnel' -> deployment (orders to Iraq), 770, a "
      "running total since 16 June -> cumulative, 16 June to publication. Destination Iraq from the first sentence "
      "('personnel who have been sent to Iraq'). Sum of the orders itemized later (270 + up to 300 + others not "
      "itemized in the stored part).", cumulative=True),
    E("e2", PRE, None, A("USA"), False, C("650", value=650, at="with 650"), L("the country", "IRQ", None, None, None, 4,
                                                                              at="now in the country"),
      D("2014-07-01", "now", at="650 now"), S("Kirby said", at="Kirby said during"), T("in the country", at="now in the country"),
      "'with 650 now in the country' -> presence 650 US personnel in Iraq on the publication day ('now'). Some at "
      "the joint operations center in Baghdad (next sentence, no count)."),
    E("e3", DEP, None, A("USA", "DoD", at="DoD ordered"), False, C("270 troops", num="270", value=270), IRQ14,
      D("2014-06-16", "On June 16"), None, T("ordered", at="DoD ordered"),
      "'On June 16, DoD ordered 270 troops to Iraq' -> deployment 270, ordered 16 June 2014 (the order day; the text "
      "has them partly in the country that day). The War Powers 'authorization of 275' is a ceiling for the same "
      "order -> hard negative. The attribution 'he added' belongs to the next sentence -> source null (close call)."),
    E("e4", PRE, None, A("USA"), False, C("170", value=170, at="and 170"), IRQ14,
      D("2014-06-16", "that same day"), None, T("were in country"),
      "'and 170 were in country that same day' -> presence 170 in Iraq on 16 June 2014."),
    E("e5", DEP, None, A("USA"), False,
      C("up to 300 advise and assess troops", num="300", value=300, high=300, approx=True, qualifier="up to"),
      L("the joint operations center", "IRQ", "Baghdad", 33.31, 44.37, 2, at="teams and the joint operations center"),
      N0, S("he added"), T("authorized", at="June 26 authorized"),
      "'A second order on June 26 authorized up to 300 advise and assess troops for assessment teams and the joint "
      "operations center' -> planned deployment, up to 300 (an authorization; the authorization day is not the "
      "deployment -> date null, as set (ao) did). The joint operations center is in Baghdad (second paragraph).",
      planned=True),
    E("e6", PRE, None, A("USA"), False, C("180 of those service members", num="180", value=180),
      L("Iraq", "IRQ", None, None, None, 4, at="members were in Iraq"), D("2014-06-27", "By June 27"), S("he said"),
      T("were in Iraq"),
      "'By June 27, 180 of those service members were in Iraq' -> presence 180 (of the second order's 300) on 27 June "
      "2014.", part_of="e5"),
], hard_negatives=[
    H("authorization of 275", "War Powers ceiling for the 270-troop order, not a separate deployment"),
    H("two distinct mission sets", "count of missions"),
])

# ---------------------------------------------------------------- DoD News 2014-09-10: 475 more to Iraq
ANN["dod_2014_09_10_iraq_475_more_service_members"] = dict(events=[
    E("e1", DEP, None, A("USA"), False,
      C("approximately 475 additional service members", num="475", value=475, approx=True, qualifier="approximately"),
      L("Iraq", "IRQ", None, None, None, 4, at="deployed to Iraq"),
      D("2014-09-10/2014-09-17", "Over the next week or so", approx=True),
      S("Pentagon Press Secretary Navy Rear Adm. John Kirby said in a statement"), T("deployed", at="will be deployed"),
      "'Over the next week or so, approximately 475 additional service members will be deployed to Iraq' -> planned "
      "deployment, about 475, within about a week of publication (approx). 'Of the 475 new troops' restates it "
      "(alt mention).", planned=True, alt_mentions=[S("the 475 new troops")]),
    E("e2", PRE, None, A("USA", "U.S.", at="U.S. personnel"), False, C("1,600 U.S. personnel", num="1,600", value=1600),
      L("the country", "IRQ", None, None, None, 4, at="in the country, Kirby"), N0, S("Kirby added"),
      T("will be in the country"),
      "'Once these men and women arrive, 1,600 U.S. personnel will be in the country' -> planned presence 1,600 in "
      "Iraq (force level after the reinforcement; no date beyond 'once ... arrive' -> null), excluding the Office of "
      "Security Cooperation.", planned=True),
    E("e3", DEP, None, A("USA"), False, C("about 150", num="150", value=150, approx=True, qualifier="about"),
      L("Iraq", "IRQ", None, None, None, 4, at="already in Iraq"),
      D("2014-09-10/2014-09-17", "Over the next week or so", derived_from_context=True, approx=True), None,
      T("supplement"),
      "'Of the 475 new troops, about 150 will supplement those already in Iraq conducting assessments' -> planned "
      "deployment, about 150, part of e1. They operate from the joint operation centers in Baghdad and Irbil (next "
      "sentence; two places -> country kept).", planned=True, part_of="e1"),
    E("e4", DEP, None, A("USA"), False, C("Another 125 service members", num="125", value=125),
      L("Erbil, Iraq", "IRQ", "Erbil", 36.19, 44.01, 1),
      D("2014-09-10/2014-09-17", "Over the next week or so", derived_from_context=True, approx=True), None,
      T("support", at="members will support"),
      "'Another 125 service members will support the operation of manned and armed ISR platforms from Erbil, Iraq' "
      "-> planned deployment, 125, part of e1 ('another' = additional, value 125).", planned=True, part_of="e1"),
], hard_negatives=[
    H("About a dozen teams", "count of teams (units), not people"),
])

# ---------------------------------------------------------------- DoD 2016-09-28: 600 more troops for Mosul
ANN["dod_2016_09_28_iraq_mosul_600_troops"] = dict(events=[
    E("e1", DEP, None, A("USA", "U.S.", at="U.S. troops"), False,
      C("approximately 600 additional U.S. troops", num="600", value=600, approx=True, qualifier="approximately"),
      L("Iraq", "IRQ", None, None, None, 4, at="refuge in Iraq"), N0, None, T("authorized"),
      "'President Obama has authorized approximately 600 additional U.S. troops to further enable Iraqi forces' -> "
      "planned deployment, about 600, to Iraq (destination from context: the Mosul fight in Iraq). An authorization "
      "with no deployment date -> date null. The statement is the Secretary's own (first person) -> source null.",
      planned=True),
], hard_negatives=[])

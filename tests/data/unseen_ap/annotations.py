# -*- coding: utf-8 -*-
"""Gold annotations of set (ap), written by hand, blind (Muster never run or read).

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

# ---------------------------------------------------------------- Iraq 2004: Green Zone car bombs
GZ = L("an Iraqi police station near the Green Zone", "IRQ", "Baghdad", 33.31, 44.39, 2)
SAT04 = D("2004-12-04", "Saturday", derived_from_context=True)
ANN["wn_2004_12_04_iraq_green_zone_car_bombs"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("16", value=16), GZ, D("2004-12-04", "Saturday"), None, T("killing", at="killing 16"),
      "'Two car bombs were detonated outside an Iraqi police station near the Green Zone here Saturday, killing 16' -> "
      "killed 16 (victims not described -> actor and civilian null). 'Saturday' in a Saturday story = publication day."),
    E("e2", CAS, W, A(None), None, C("dozens", value=None, low=24, approx=True, qualifier="dozens"), GZ, SAT04, None,
      T("wounding", at="wounding dozens"),
      "'... and wounding dozens' -> wounded, dozens (low 24 by convention); same sentence, date and place as e1."),
    E("e3", CAS, K, A(None), None, C("the four", num="four", value=4), GZ, SAT04, None,
      T("killed", at="four killed"),
      "'Among the four killed were police officers' -> a second, conflicting toll of 4 (the lede says 16). Kept as "
      "written as a separate claim (GUIDELINES 6: figures that do not add up are kept). The police officers among them "
      "have no count of their own. Date and place from the first sentence (derived)."),
    E("e4", CAS, W, A(None), None,
      C("between 35 and 60", num="35", value=None, low=35, high=60, approx=True, qualifier="between ... and"), GZ,
      SAT04, None, T("wounded", at="were reportedly wounded"),
      "'between 35 and 60 were reportedly wounded' -> wounded, range 35-60 (value null, low 35, high 60); a more "
      "specific restatement of 'dozens' (e2) in a separate sentence, kept as its own claim because the figure differs "
      "(range vs vague magnitude). Hedge 'reportedly'.", hedge="reportedly"),
], hard_negatives=[
    H("Two car bombs", "count of bombs"),
    H("Checkpoint 2", "name of a checkpoint, not a count"),
    H("9:30 a.m.", "time of day"),
    H("Checkpoint 1", "name of a checkpoint, not a count"),
])

# ---------------------------------------------------------------- Iraq 2005: British force level
ANN["wn_2005_09_27_iraq_uk_troops_8500"] = dict(events=[
    E("e1", PRE, None, A("GBR", "Britain", at="Britain has"), False,
      C("approximately 8500", num="8500", value=8500, approx=True, qualifier="approximately"),
      L("Iraq", "IRQ", None, None, None, 4, at="8500 Troops in Iraq"), N0, None, T("has", at="Britain has"),
      "'Britain has approximately 8500 Troops in Iraq, making them the second largest military force present in Iraq' "
      "-> presence, about 8,500 British troops in Iraq. No time expression (present tense) -> date null."),
    E("e2", PRE, None, A("insurgents", "terrorist insurgency", at="run the terrorist insurgency"), False,
      C("several thousand", num="several thousand", value=None, low=3000, approx=True, qualifier="several thousand"),
      L("around Baghdad", "IRQ", "Baghdad", None, None, 3), N0, S("Blair's acknowledgement"),
      T("run", at="thousand run"),
      "Blair's acknowledgement that 'several thousand run the terrorist insurgency around Baghdad' -> presence of "
      "several thousand insurgents around Baghdad (value null, low 3000 by analogy with 'several hundred' = 300). "
      "Source: Blair (the phrase 'Blair's acknowledgement'). Date null (present tense, no time expression)."),
], hard_negatives=[
    H("the 19th", "date (the day British troops in Basra were attacked by protestors), no casualty count"),
    H("eight and a half million Iraqis", "voters, not a force or casualty"),
    H("57% of Britons", "poll percentage"),
    H("second largest military force", "rank, not a count"),
    H("2010", "year"),
])

# ---------------------------------------------------------------- West Bank 2005: boy shot in Jenin
ANN["wn_2005_11_08_west_bank_jenin_boy_killed"] = dict(events=[
    E("e1", CAS, K, A("PSE", "Palestinian", at="Palestinian boy"), True, C("a 12 year-old Palestinian boy", num="a",
                                                                        value=1),
      L("Jenin", "PSE", "Jenin", 32.46, 35.30, 1),
      D("2005-10-31/2005-11-06", "last week", derived_from_context=True), None, T("killed", at="boy killed"),
      "'a 12 year-old Palestinian boy killed by Israeli soldiers' -> killed 1 (a boy -> civilian true; 12 is his age, "
      "not a count). Place and time from the next sentence: 'Ahmed al-Khatib was shot during clashes in Jenin last week' "
      "(last week = the Monday-Sunday before the Tuesday 8 November story; he 'later died in a hospital'; date of the "
      "shooting, derived)."),
], hard_negatives=[
    H("six patients", "organ recipients, not casualties"),
    H("12 year-old Samah Gadban", "a transplant recipient (age), not a casualty"),
    H("five years", "duration"),
    H("nearly 100 years", "duration"),
])

# ---------------------------------------------------------------- Lebanon 2005: Anjar mass graves
ANN["wn_2005_12_13_lebanon_anjar_mass_graves"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 30 bodies", num="30", value=30, low=30, qualifier="at least"),
      L("Anjar", "LBN", "Beqaa", 33.73, 35.93, 2),
      D("1980/1999", "in the 1980s and 1990s", approx=True), None, T("bodies", at="30 bodies"),
      "'Troops unearthed at least 30 bodies buried in the 1980s and 1990s' -> killed, at least 30 (deaths implied by "
      "bodies in mass graves, as GUIDELINES 2 'the bodies of two soldiers'). Victims not described (persons missing "
      "from the civil war) -> actor and civilian null. Place: the graves 'near a former Syrian intelligence center in "
      "Anjar' (first sentence) -> precision 2. Date: the burial decades, interval 1980-1999, approx. No attribution -> source null."),
], hard_negatives=[
    H("Two mass graves", "count of graves"),
    H("(1975 – 1990)", "years of the civil war"),
    H("30-year occupation", "duration"),
])

# ---------------------------------------------------------------- Iraq 2006: detained wives freed
ANN["wn_2006_01_28_iraq_detained_wives_freed"] = dict(events=[
    E("e1", CAS, CAP, A("IRQ"), None, C("five women", num="five", value=5), None,
      D("2006-01-26", "Thursday"), None, T("free", at="did free five"),
      "'Thursday the U.S. military did free five women' -> captured 5 with released: true (release of detainees; "
      "GUIDELINES 2). Actor from context (the paragraph before speaks of 'Iraqi women detainees') -> IRQ, no surface. "
      "Civilian null: the women had been 'accused of aiding terrorists or planting explosives', a commission found "
      "insufficient evidence (neither combatants nor plainly non-combatants). No place in the sentence (Iraq only as "
      "context) -> location null. Thursday before the Saturday 28 January story = 26 January 2006.",
      released=True),
], hard_negatives=[
    H("the young mother of a nursing baby", "one detained woman with no count word (definite description)"),
    H("14-year veteran", "length of service"),
    H("The 28-year-old woman", "the detained wife again, with an age; no count word"),
    H("three young children", "children at the house, not detained or hurt"),
    H("six months", "age of a baby"),
    H("two days later", "duration"),
    H("In a second e-mail", "ordinal of an e-mail"),
])

# ---------------------------------------------------------------- Pakistan 2006: al-Suri shootout in Khar
KHAR = L("a checkpoint in Khar, a town in the tribal district of Bajaur, Pakistan", "PAK", "Khyber Pakhtunkhwa", 34.73,
         71.52, 2)
THU06 = D("2006-04-20", "on Thursday", derived_from_context=True)
SULTAN = S("according to the Pakistan army spokesman Major-General Shaukat Sultan")
ANN["wn_2006_04_21_pakistan_khar_al_suri_shootout"] = dict(events=[
    E("e1", CAS, K, A("al-Qaeda", "al-Qaeda", at='al-Qaeda "bag man"'), False,
      C("A Saudi Arabian man", num="A", value=1), KHAR, D("2006-04-20", "on Thursday"), SULTAN,
      T("killed", at="was killed in a shootout"),
      "'A Saudi Arabian man named Abu Marwan al-Suri, 38, suspected of being a senior al-Qaeda \"bag man\", was killed "
      "in a shootout on Thursday, according to the Pakistan army spokesman' -> killed 1 (singular determiner on a person "
      "noun; the name follows). Actor: the side he is said to belong to, al-Qaeda (suspected); his nationality is Saudi "
      "(SAU). Thursday before the Friday 21 April story = 20 April 2006. Place: 'at a checkpoint in Khar, a town in the "
      "tribal district of Bajaur, Pakistan' (next sentence); Bajaur was in FATA in 2006, today Khyber Pakhtunkhwa.",
      actor_alt="SAU"),
    E("e2", CAS, K, A("PAK", "Pakistani", at="one Pakistani"), False, C("one Pakistani security official", num="one",
                                                                      value=1),
      KHAR, THU06, None, T("killed", at="and killed one"),
      "'Al-Suri wounded two people and killed one Pakistani security official' -> killed 1 Pakistani security official "
      "(civilian false: security forces). The sentence has no attribution ('According to Sultan' belongs to the "
      "sentence before) -> source null (close call). Date and place of the shootout (derived)."),
    E("e3", CAS, W, A(None), None, C("two people", num="two", value=2), KHAR, THU06, None,
      T("wounded", at="wounded two people"),
      "'Al-Suri wounded two people' -> wounded 2 (only 'people' -> actor and civilian null)."),
    E("e4", CAS, K, A("PAK"), True, C("at least 18 civilians", num="18", value=18, low=18, qualifier="at least"),
      L("the Damadola village of Bajaur, Pakistan", "PAK", "Khyber Pakhtunkhwa", 34.83, 71.52, 1),
      D("2006-01", "in January"), None, T("killed", at="which killed at least 18"),
      "Background: 'a United States lead airstrike in January in the Damadola village of Bajaur, Pakistan against Ayman "
      "al-Zawahiri, which killed at least 18 civilians and several militants' -> killed, at least 18 civilians (civilians "
      "in a Pakistani village -> PAK plainly implied, no surface). This airstrike is the subject of another set's item; "
      "the figure is annotated here because a tool should extract it (background event). 'in January' = 2006-01. "
      "Coordinates of Damadola approximate."),
    E("e5", CAS, K, A("militants", "militants", at="several militants"), False,
      C("several militants", num="several", value=None, low=3, approx=True, qualifier="several"),
      L("the Damadola village of Bajaur, Pakistan", "PAK", "Khyber Pakhtunkhwa", 34.83, 71.52, 1),
      D("2006-01", "in January", derived_from_context=True), None, T("killed", at="which killed at least 18"),
      "'... and several militants' -> killed, several militants (low 3), same strike as e4 (background)."),
], hard_negatives=[
    H("38", "age"),
    H("one of several senior al-Qaeda officials targeted", "people targeted by a strike, not a casualty claim"),
    H("Zawahiri was not killed", "negated casualty"),
    H("every three months", "frequency"),
])

# ---------------------------------------------------------------- Iraq 2006: Mujahideen Shura Council claims
AMERIYA = L("al-Ameriya", "IRQ", "Baghdad", 33.30, 44.29, 2, at="sniped in al-Ameriya")
MSC = A(None)
ANN["wn_2006_04_29_iraq_msc_claimed_attacks"] = dict(events=[
    E("e1", CAS, W, MSC, False, C("A “cross soldier”", num="A", value=1), AMERIYA,
      D("2006-04-24", "on April 24", at="sniped in al-Ameriya on April 24"), None, T("sniped", at="have been sniped"),
      "'6. A \"cross soldier\" was purported to have been sniped in al-Ameriya on April 24' -> casualty 1. Outcome: "
      "'sniped' (shot by a sniper) does not say killed or wounded -> wounded by the minimal-outcome convention of earlier "
      "sets (close call). Side: 'cross' (crusader) soldier = a foreign soldier in the group's language; the text does not "
      "say which country -> actor null. Claim of the Mujahideen Shura Council ('was purported' -> hedge; the list is the "
      "group's communiques, introduced in the first sentence). al-Ameriya (Amiriya district of western Baghdad).",
      hedge="was purported"),
    E("e2", CAS, W, A("USA", "American", at="two American soldiers"), False,
      C("two American soldiers", num="two", value=2), L("al-Ameriya", "IRQ", "Baghdad", 33.30, 44.29, 2,
                                                         at="sniped in al-Ameriya on Saturday"),
      D("2006-04-22", "on Saturday, April 22"), S("The seventh communiqué states"), T("sniped", at="were sniped in"),
      "'7. The seventh communiqué states that two American soldiers were sniped in al-Ameriya on Saturday, April 22' -> "
      "casualty 2, outcome wounded by the same minimal-outcome convention as e1 (close call). Source: the group's "
      "seventh communique."),
], hard_negatives=[
    H("seven communiqués", "count of statements"),
    H("nearly two dozen", "count of communiques"),
    H("a suicide bomber detonated himself", "attacker's own death (not annotated) / single attacker"),
    H("three vehicles", "count of vehicles; 'killing their occupants' has no count"),
    H("killing their occupants", "casualty with no quantity"),
    H("the judge of appeals", "one named-role victim with no count word (definite description)"),
    H("a rocket", "count of weapons"),
])

# ---------------------------------------------------------------- Sudan/Darfur 2006: AU force of 7,000
ANN["wn_2006_07_02_sudan_darfur_au_force_banjul"] = dict(events=[
    E("e1", PRE, None, A("AU", "African Union (AU)", at="African Union (AU) force"), False, C("7,000", value=7000, at="force of 7,000"),
      L("Darfur", "SDN", None, None, None, 3, at="Darfur crisis"), D("2006-07-02", "current"), None,
      T("force", at="force of 7,000"),
      "'The current African Union (AU) force of 7,000 has struggled to maintain order in a country with over 2.5 million "
      "displaced citizens' -> presence, AU force of 7,000. Place: the force is the AU mission in Darfur (the 'Darfur "
      "crisis' of the previous paragraph; the sentence itself says 'a country') -> Darfur, precision 3, admin1 null "
      "(several states). 'current' -> publication day (as 'currently' in earlier sets)."),
], hard_negatives=[
    H("up to 17,000 troops", "a UN offer that Sudan rejected; no deployment decided (hypothetical)"),
    H("7th African Union Summit", "ordinal of a summit"),
    H("over 2.5 million displaced citizens", "displaced people"),
    H("200,000 counts of torture", "count of charges"),
    H("eight years", "duration"),
    H("1997", "year"),
])

# ---------------------------------------------------------------- Afghanistan 2006: British soldier in Helmand
HELM = L("Helmand Province, Southern Afghanistan", "AFG", "Helmand", None, None, 3)
ANN["wn_2006_08_06_afghanistan_helmand_british_soldier"] = dict(events=[
    E("e1", CAS, K, A("GBR", "British", at="British soldier"), False, C("a British soldier", num="a", value=1), HELM,
      D("2006-08-06", "this afternoon", derived_from_context=True), S("The Ministry of Defence has confirmed"),
      T("killed", at="has been killed in southern"),
      "'The Ministry of Defence has confirmed that a British soldier has been killed in southern Afghanistan' -> killed 1 "
      "British soldier. The MOD quote restates him as 'a member of the UK Armed Forces' killed 'this afternoon ... in "
      "Helmand Province, Southern Afghanistan' (alt mention; place and date from the quote; Sunday 6 August 2006 story).",
      alt_mentions=[S("a member of the UK Armed Forces")]),
    E("e2", CAS, K, A("GBR", "British", at="ten British"), False, C("ten British soldiers", num="ten", value=10),
      L("Afghanistan", "AFG", None, None, None, 4, at="killed in Afghanistan."),
      D("2006-06-06/2006-08-06", "In the past two months", approx=True), None, T("killed", at="have been killed in Afghanistan"),
      "'In the past two months, ten British soldiers have been killed in Afghanistan' -> running total, killed 10, "
      "cumulative; interval two months back from publication (approx). Whether it includes e1 is not said.",
      cumulative=True),
], hard_negatives=[
    H("Canadian-led NATO troops", "troops with no count"),
])

# ---------------------------------------------------------------- Colombia 2006: Uribe inauguration
ANN["wn_2006_08_08_colombia_uribe_inauguration"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("20", value=20, at="killing 20"), L("the presidential palace", "COL", "Bogotá", 4.60, -74.08, 1),
      D("2002", "in 2002"), None, T("killing", at="killing 20"),
      "Background: 'the attack on his first inauguration in 2002 when FARC rebels fired mortars at the presidential "
      "palace killing 20' -> killed 20 (victims not described -> actor and civilian null; attackers FARC). Place as "
      "written: the presidential palace in Bogota (the capital named in the first sentence)."),
    E("e2", CAS, K, A("COL"), True,
      C("Tens of thousands of civilians", num="Tens of thousands", value=None, low=20000, approx=True,
        qualifier="tens of thousands"),
      None, D("1966/2006-08-08", "four decades-long", approx=True), None, T("killed", at="have been killed in the four"),
      "'Tens of thousands of civilians have been killed in the four decades-long conflict between rebels, the army, and "
      "right wing paramilitaries' -> running toll, killed, tens of thousands (value null, low 20000 by analogy with the "
      "table), civilians (Colombian, plainly implied -> COL, no surface), cumulative; interval four decades back from "
      "publication (approx). No place phrase in the sentence -> location null.", cumulative=True),
], hard_negatives=[
    H("a car bomb", "count of bombs (deactivated)"),
    H("11 heads of state", "attendance, not a force"),
    H("Uribe, 54", "age"),
    H("62% of the vote", "vote share"),
    H("two consecutive terms", "count of terms"),
    H("13 million Colombians", "pensions, not casualties"),
    H("three dollars", "money"),
    H("Half of the country's population", "proportion of population"),
])

# ---------------------------------------------------------------- Afghanistan 2006: 2,000 Canadian troops
AFG = L("Afghanistan", "AFG", None, None, None, 4, at="stationed in Afghanistan")
ANN["wn_2006_09_02_afghanistan_canada_2000_troops"] = dict(events=[
    E("e1", PRE, None, A("CAN", "Canadian", at="Canadian troops"), False, C("2,000 Canadian troops", num="2,000",
                                                                         value=2000),
      AFG, N0, None, T("stationed", at="stationed in Afghanistan"),
      "'Jack Layton's call to withdraw the 2,000 Canadian troops stationed in Afghanistan by February 2007' -> presence, "
      "2,000 Canadian troops in Afghanistan (the proposed withdrawal is not an event). No time expression for the "
      "presence -> date null ('by February 2007' dates the proposed withdrawal)."),
    E("e2", CAS, K, A("CAN", "Canadian", at="28 Canadian"), False, C("28 Canadian soliders", num="28", value=28),
      L("Afghanistan", "AFG", None, None, None, 4, at="mission in Afghanistan by two"),
      D("2002/2006-09-02", "since the mission began four years ago", approx=True), None, T("died", at="have died since"),
      "'28 Canadian soliders and one diplomat have died since the mission began four years ago' -> running total, "
      "killed 28 Canadian soldiers (spelling 'soliders' as in the source), cumulative; since four years back (2002, "
      "approx) to publication. Place: the mission in Afghanistan (previous sentence).", cumulative=True),
    E("e3", CAS, K, A("CAN"), True, C("one diplomat", num="one", value=1),
      L("Afghanistan", "AFG", None, None, None, 4, at="mission in Afghanistan by two"),
      D("2002/2006-09-02", "since the mission began four years ago", approx=True), None, T("died", at="have died since"),
      "'... and one diplomat' -> killed 1 diplomat (civilian true; Canadian from the coordinated 'Canadian soliders', "
      "no own surface), same running period.", cumulative=True),
], hard_negatives=[
    H("February 2007", "date of a proposed withdrawal"),
    H("for two years", "duration"),
    H("149 to 145", "vote count"),
    H("two more years", "duration"),
])

# ---------------------------------------------------------------- Thailand 2006: beheading in the south
ANN["wn_2006_10_14_thailand_south_beheading"] = dict(events=[
    E("e1", CAS, K, A("MMR", "Burmese", at="Burmese man"), True, C("another man", num="another", value=1),
      L("southern Thailand", "THA", None, None, None, 3, at="man in southern Thailand"), N0, None,
      T("killed", at="brutally killed"),
      "'Patani Muslim separatists in Thailand have brutally killed & beheaded another man in southern Thailand' -> "
      "killed 1 ('another' = value 1). The next sentence identifies him as 'the 45-year-old Burmese man' who worked on a "
      "shrimp farm -> civilian true, actor MMR (from context, surface 'Burmese'). No day given -> date null. Details "
      "from 'Thai police colonel Thawan Nakarawong said'; the lede itself is in the article's voice -> source null."),
    E("e2", CAS, K, A(None), True, C("a 41-year-old rubber worker", num="a", value=1), None, N0, None,
      T("beheading", at="beheading a victim"),
      "'This is the 20th known instance of suspected PULO insurgents beheading a victim, the last was a 41-year-old rubber "
      "worker' -> killed 1 (an earlier beheading victim; a worker -> civilian true; nationality not stated -> actor "
      "null). No place or date for that killing -> null. The '20th known instance' counts incidents, not people "
      "(hard negative)."),
], hard_negatives=[
    H("the 45-year-old Burmese man", "restatement of the victim of e1 with an age (age is not a count)"),
    H("some 20km away", "distance"),
    H("the 20th known instance", "ordinal of incidents, not a running total of people"),
])

# ---------------------------------------------------------------- Sri Lanka 2006: Galle naval base
GALLE = L("the southern port city of Galle", "LKA", "Southern", 6.03, 80.22, 2)
MORN = D("2006-10-18", "in the early hours of the morning", derived_from_context=True)
ANN["wn_2006_10_18_sri_lanka_galle_naval_base"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 16 people", num="16", value=16, low=16, qualifier="at least"), GALLE,
      MORN, None, T("killed", at="were killed and scores"),
      "'Initial reports confirm that at least 16 people were killed and scores of others were injured in the blast' -> "
      "killed, at least 16 ('people' -> actor and civilian null). Place and time from the first sentence: the attack "
      "'in the early hours of the morning in the southern port city of Galle' (same-day story of Wednesday 18 October "
      "2006; derived). 'Initial reports confirm' names no speaker -> hedge (GUIDELINES 10).",
      hedge="Initial reports confirm"),
    E("e2", CAS, W, A(None), None, C("scores of others", num="scores", value=None, low=40, approx=True,
                                     qualifier="scores"),
      GALLE, MORN, None, T("injured", at="were injured in the blast"),
      "'... and scores of others were injured' -> wounded, scores (value null; low 40 taken as two score, a convention "
      "like 'dozens' = 24).", hedge="Initial reports confirm"),
], hard_negatives=[
    H("5 boats", "count of boats"),
    H("unarmed Sri Lankan naval officers in Habarana", "earlier attack mentioned with no count"),
    H("both attacks", "count of attacks"),
])

# ---------------------------------------------------------------- Iraq 2007: Apache shot down near Taji
ANN["wn_2007_02_02_iraq_taji_apache_shot_down"] = dict(events=[
    E("e1", PRE, None, A("USA"), False, C("At least 2 soldiers", num="2", value=2, low=2, qualifier="at least"),
      L("near the U.S. air base, Taji, located just north of downtown Baghdad", "IRQ", "Baghdad", 33.52, 44.26, 2),
      N0, None, T("on board", at="were on board"),
      "'At least 2 soldiers were on board the aircraft, but their condition is not known' -> presence of at least 2 "
      "soldiers aboard the downed helicopter (their fate is unknown, so no casualty event; 'not known' is not "
      "'missing'). Actor from context ('A United States Apache military helicopter') -> USA, no surface. Place: where "
      "the chopper went down (previous paragraph). No time expression in the text -> date null."),
], hard_negatives=[
    H("at least 2 Apaches", "count of aircraft"),
    H("one kilometer", "distance"),
    H("the fourth helicopter", "ordinal of aircraft"),
    H("in two weeks", "duration"),
])

# ---------------------------------------------------------------- Pakistan 2007: minister shot
ANN["wn_2007_02_22_pakistan_minister_shot"] = dict(events=[
    E("e1", CAS, K, A("PAK", "Pakistani", at="A Pakistani"), True,
      C("A Pakistani minister and woman’s activist", num="A", value=1), None, D("2007-02-20", "last Tuesday"), None,
      T("shot and killed", at="was shot and killed"),
      "'A Pakistani minister and woman's activist was shot and killed last Tuesday' -> killed 1 (one person described "
      "twice, value 1, not a conjunction of two people). A provincial minister -> civilian true. 'last Tuesday' in a "
      "Thursday story -> the most recent Tuesday, 20 February 2007. The province name was lost in the corpus ('in "
      "province') -> location null."),
], hard_negatives=[
    H("dozens of party activists", "audience, not casualties"),
    H("Usman, 35", "age"),
])

# ---------------------------------------------------------------- Israel 2007: Katyushas on Kiryat Shmona (no event)
ANN["wn_2007_06_17_israel_kiryat_shmona_katyushas"] = dict(events=[], hard_negatives=[
    H("at least two Katyusha Rockets", "count of rockets"),
    H("There were no injuries or deaths reported", "negated casualties"),
    H("Two Katyusha rockets", "count of rockets (in the police quote)"),
    H("There were no injuries", "negated casualties", at="vehicle and roads."),
    H("nearly 4,000 thousand rockets", "count of rockets (source error '4,000 thousand' kept)"),
    H("almost a month", "duration"),
])

# ---------------------------------------------------------------- Iraq 2007: Black Hawk crash
IRQ7 = L("Iraq", "IRQ", None, None, None, 4, at="killed in Iraq")
ANN["wn_2007_08_22_iraq_black_hawk_crash_14"] = dict(events=[
    E("e1", CAS, K, A("USA", "United States", at="United States troops"), False,
      C("At least 14 United States troops", num="14", value=14, low=14, qualifier="at least"), IRQ7, N0, None,
      T("killed", at="were killed in Iraq"),
      "'At least 14 United States troops, four crew and ten passengers, were killed in Iraq when their UH-60 Black Hawk "
      "helicopter crashed' -> killed, at least 14 (total of e2 + e3). The military blames mechanical failure ('There were "
      "no indications of hostile fire'): a non-hostile crash, kept as military casualties of the war (drop if accidents "
      "are out of scope). No time expression -> date null.", is_total=True),
    E("e2", CAS, K, A("USA"), False, C("four crew", num="four", value=4), IRQ7, N0, None,
      T("killed", at="were killed in Iraq"),
      "'four crew' -> part of e1 (killed 4 crew members); restated in the military's quote as 'four crew members'.",
      part_of="e1", alt_mentions=[S("four crew members")]),
    E("e3", CAS, K, A("USA"), False, C("ten passengers", num="ten", value=10), IRQ7, N0, None,
      T("killed", at="were killed in Iraq"),
      "'ten passengers' -> part of e1 (killed 10 passengers); restated in the quote as '10 passengers'.",
      part_of="e1", alt_mentions=[S("10 passengers")]),
    E("e4", CAS, K, A("USA", "U.S.", at="U.S. marines"), False, C("31 U.S. marines", num="31", value=31),
      L("Iraq", "IRQ", None, None, None, 4, at="kind in Iraq"), D("2005", "since 2005"), S("The military says"),
      T("killed", at="marines were killed"),
      "Background: 'the worst crash of its kind in Iraq since 2005 when 31 U.S. marines were killed after their chopper "
      "crashed' -> killed 31 (2005). That crash (January 2005) is the subject of another set's item; annotated here as "
      "a background event a tool should extract."),
], hard_negatives=[
    H("One other helicopter", "count of aircraft"),
    H("Two UH-60 Black Hawk helicopters", "count of aircraft"),
    H("There were no indications of hostile fire", "not a count"),
])

# ---------------------------------------------------------------- Spain 2008: ETA car bomb in Calahorra
CAL = L("the Guardia Civil barracks in Calahorra, La Rioja", "ESP", "La Rioja", 42.30, -1.96, 1)
ANN["wn_2008_03_22_spain_calahorra_eta_car_bomb"] = dict(events=[
    E("e1", CAS, W, A(None), None, C("eight people", num="eight", value=8), CAL,
      D("2008-03-22", "today", derived_from_context=True), S("National Radio says"),
      T("treated", at="were treated in the local hospital"),
      "'National Radio says that eight people were treated in the local hospital, and all had been allowed home after "
      "treatment' -> wounded 8 (hurt by the blast: 'slight cuts and bruises'; the later discharge is a status, not an "
      "event). Place: the Guardia Civil barracks in Calahorra (first sentence). Date: 'today' = the record date 22 March "
      "2008 (derived; the bombing is otherwise dated 21 March, see meta). 'people' -> actor and civilian null."),
    E("e2", CAS, W, A("ESP"), False, C("a Civil Guard", num="a", value=1), CAL,
      D("2008-03-22", "today", derived_from_context=True), None, T("injury", at="neck injury"),
      "'Among the injured is a Civil Guard who suffered a neck injury when he threw himself to the ground' -> wounded 1, "
      "a member of the Guardia Civil (Spanish gendarmerie -> civilian false, actor ESP from context, no surface); "
      "probably one of the eight treated (part_of e1, close call).", part_of="e1"),
], hard_negatives=[
    H("40 families", "evacuated families, not casualties"),
    H("half an hour", "duration"),
    H("some 100kms away", "distance"),
    H("1983", "year of an earlier attack 'without victims'"),
    H("a second device", "count of bombs"),
    H("8pm", "time of day"),
    H("two weeks after", "duration"),
])

# ---------------------------------------------------------------- Iraq 2008: helicopter collision in Baghdad
BASE = L("an air base in Baghdad", "IRQ", "Baghdad", 33.37, 44.36, 2)
ANN["wn_2008_10_05_iraq_baghdad_helicopter_collision"] = dict(events=[
    E("e1", CAS, K, A("IRQ", "Iraqi", at="An Iraqi"), False, C("An Iraqi soldier", num="An", value=1), BASE, N0, None,
      T("died", at="has died"),
      "'An Iraqi soldier has died after two United States UH-60 Black Hawk helicopters collided and crashed while they "
      "attempted to land at an air base in Baghdad' -> killed 1 Iraqi soldier. Treated as an accident by the military, "
      "local police say a helicopter was downed by enemy fire; kept as a military casualty. The text gives only 'at 9 "
      "p.m.', no day -> date null. The air base is in Azamiyah (coordinates approximate)."),
    E("e2", CAS, W, A("IRQ", "Iraqis", at="Two more Iraqis"), None, C("Two more Iraqis", num="Two", value=2), BASE, N0,
      None, T("wounded", at="were wounded"),
      "'Two more Iraqis and two US soldiers were wounded' -> wounded 2 Iraqis ('more' = additional; whether soldiers is "
      "not said -> civilian null)."),
    E("e3", CAS, W, A("USA", "US", at="two US soldiers"), False, C("two US soldiers", num="two", value=2), BASE, N0,
      None, T("wounded", at="were wounded"),
      "'... and two US soldiers were wounded' -> wounded 2 US soldiers."),
], hard_negatives=[
    H("two United States UH-60 Black Hawk helicopters", "count of aircraft"),
    H("No civilians were injured", "negated casualties"),
    H("9 p.m.", "time of day"),
    H("a single helicopter", "count of aircraft"),
])

# ---------------------------------------------------------------- Iraq/Syria 2023: CENTCOM January review
IQSY = L("Iraq and Syria", None, None, None, None, 4, at="State in Iraq and Syria")
JAN23 = D("2023-01", "For the month of January 2023")
ANN["centcom_2023_02_02_iraq_syria_isis_january_review"] = dict(events=[
    E("e1", CAS, K, A("ISIS", "ISIS", at="11 ISIS"), False, C("11 ISIS operatives", num="11", value=11), IQSY, JAN23,
      None, T("killed", at="operatives killed"),
      "'For the month of January 2023, the CENTCOM-led coalition conducted a total of 43 D-ISIS operations, resulting in "
      "11 ISIS operatives killed and 227 detained' -> killed 11 ISIS operatives in January 2023 (interval = the month). "
      "Place: Iraq and Syria together (first sentence) -> no single country, precision 4. The release speaks in its own "
      "voice -> source null.", cumulative=True),
    E("e2", CAS, CAP, A("ISIS", "ISIS", at="11 ISIS"), False, C("227", value=227), IQSY, JAN23, None,
      T("detained", at="227 detained"),
      "'... and 227 detained' -> captured 227 (detention of suspects in military operations counts as captured; "
      "GUIDELINES 2), month total. The Iraq/Syria split is cut off in the stored copy.", cumulative=True),
], hard_negatives=[
    H("43 operations", "count of operations"),
    H("multiple senior ISIS militants", "no quantity; 'removed from the battlefield' does not say killed or captured"),
    H("a Syrian provincial media and security operative", "one person 'removed from the battlefield': outcome not stated"),
    H("43 D-ISIS operations", "count of operations"),
    H("33 partnered operations", "count of operations"),
])

# ---------------------------------------------------------------- Lebanon/Israel 2006: war, day four
TYRE = L("near the southern port of Tyre", "LBN", "South Lebanon", 33.27, 35.20, 2)
SOFAR = D("2006-07-12/2006-07-15", "so far", at="has so far resulted", derived_from_context=True)
SOFAR_I = D("2006-07-12/2006-07-15", "So far", at="So far, a dozen", derived_from_context=True)
ANN["wn_2006_07_15_lebanon_israel_war_day_four"] = dict(events=[
    E("e1", CAS, CAP, A("ISR", "Israeli", at="two Israeli soldiers in a mission"), False,
      C("two Israeli soldiers", num="two", value=2, at="captured two Israeli soldiers"), None,
      D("2006-07-11", "July 11"), None, T("captured", at="captured two Israeli"),
      "Background: 'after July 11 when Hezbollah attacked Israeli army patrols and captured two Israeli soldiers' -> "
      "captured 2 Israeli soldiers; the lede's 'two captured Israeli soldiers' is a restatement (alt mention; the fuller "
      "background sentence is primary). Dated as written ('July 11'; the capture is otherwise dated 12 July 2006). No "
      "place given -> null. This capture is told in other sets' items on the war; annotated as a background event.",
      alt_mentions=[S("two captured Israeli soldiers")]),
    E("e2", CAS, MIS, A("ISR", "Israeli", at="Four Israeli sailors"), False,
      C("Four Israeli sailors", num="Four", value=4), L("in Lebanese waters near Beirut", "LBN", "Beirut", 33.90, 35.48, 2),
      D("2006-07-14", "Friday", at="near Beirut Friday", derived_from_context=True), None,
      T("missing", at="reported missing"),
      "'Four Israeli sailors were reported missing, two later confirmed dead, as the ship caught fire' -> missing 4 "
      "(INS Hanit, 'in Lebanese waters near Beirut Friday' = 14 July; derived). 'were reported' -> hedge. Place at sea off "
      "Beirut (coordinates approximate).", hedge="were reported"),
    E("e3", CAS, K, A("ISR"), False, C("two", value=2, at="two later confirmed"),
      L("in Lebanese waters near Beirut", "LBN", "Beirut", 33.90, 35.48, 2),
      D("2006-07-14", "Friday", at="near Beirut Friday", derived_from_context=True), None, T("dead", at="confirmed dead"),
      "'... two later confirmed dead' -> killed 2 of the four missing sailors (part_of e2; the death day is not given, the "
      "attack day is used, derived).", part_of="e2"),
    E("e4", PRE, None, A("IRN", "Iranian", at="Iranian Revolutionary"), False,
      C("up to 100 elite Iranian Revolutionary Guards", num="100", value=100, high=100, approx=True, qualifier="up to"),
      None, N0, S("The Israeli military said", at="The Israeli military said that up"),
      T("assisted", at="had assisted Hezbollah"),
      "'The Israeli military said that up to 100 elite Iranian Revolutionary Guards had assisted Hezbollah in providing "
      "and helping firing C-802 missiles' -> presence of up to 100 IRGC members with Hezbollah (claim; 'This was denied "
      "by Iran and Hezbollah'). No place in the sentence (Lebanon only implied) -> null; no time -> null."),
    E("e5", CAS, K, A("LBN"), True, C("eight children", num="eight", value=8), TYRE, N0, None,
      T("killing", at="killing eight"),
      "'An Israeli missile incinerated the people inside a van near the southern port of Tyre, killing eight children and "
      "nine adults and also wounding six others' -> killed 8 children (refugees fleeing Marwaheen, next sentence -> "
      "Lebanese civilians, actor LBN from context). No day given -> date null."),
    E("e6", CAS, K, A("LBN"), True, C("nine adults", num="nine", value=9), TYRE, N0, None,
      T("killing", at="killing eight"),
      "'... and nine adults' -> killed 9 (same van; refugees -> civilian true). No total is stated (8 + 9)."),
    E("e7", CAS, W, A("LBN"), True, C("six others", num="six", value=6), TYRE, N0, None,
      T("wounding", at="wounding six"), "'... and also wounding six others' -> wounded 6 (same van)."),
    E("e8", CAS, K, A("LBN", "Lebanese", at="35 Lebanese"), None,
      C("At least 35 Lebanese", num="35", value=35, low=35, qualifier="at least"),
      L("Lebanon", "LBN", None, None, None, 4, at="Lebanon\n\nAt least 35"), N0, None,
      T("killed", at="Lebanese were killed"),
      "'At least 35 Lebanese were killed in Israeli air strikes, including civilians' (under the heading 'Lebanon') -> "
      "killed, at least 35 Lebanese; 'including civilians' is a mixed toll, not 'mostly' -> civilian null. No time "
      "expression in the sentence (a day-four roundup) -> date null. Place: the section heading 'Lebanon'."),
    E("e9", CAS, K, A("LBN"), True, C("96 people", num="96", value=96),
      L("Lebanon", "LBN", None, None, None, 4, at="Lebanon has so far"), SOFAR, None, T("deaths", at="deaths of 96"),
      "'Israel's campaign against Hezbollah in Lebanon has so far resulted in the deaths of 96 people, most civilians' -> "
      "running toll, killed 96, mostly civilians (civilian true, GUIDELINES 10), in Lebanon (actor LBN from context). "
      "'so far' -> since the campaign began (12 July per the Background section) to the publication day (derived).",
      cumulative=True),
    E("e10", CAS, W, A("LBN"), None, C("at least 229", num="229", value=229, low=229, qualifier="at least"),
      L("Lebanon", "LBN", None, None, None, 4, at="Lebanon has so far"), SOFAR, None, T("wounded", at="229 have been wounded"),
      "'... and at least 229 have been wounded' -> running toll, wounded at least 229 (not described -> civilian null).",
      cumulative=True),
    E("e11", CAS, K, A("LBN", "Lebanese", at="Two Lebanese soldiers"), False,
      C("Two Lebanese soldiers", num="Two", value=2), L("The ports in Beirut and Tripoli", "LBN", None, None, None, 3),
      D("2006-07-15", "on Saturday", at="Israeli warplanes on Saturday", derived_from_context=True), None,
      T("killed", at="soldiers were killed"),
      "'Two Lebanese soldiers were killed and three wounded in the attacks' -> killed 2 Lebanese soldiers in the strikes "
      "on the ports of Beirut and Tripoli (and Batroun, Juineh) 'on Saturday' (first sentence of the paragraph, "
      "derived). Several cities -> precision 3 without admin1 (close call)."),
    E("e12", CAS, W, A("LBN"), False, C("three", value=3, at="three wounded"),
      L("The ports in Beirut and Tripoli", "LBN", None, None, None, 3),
      D("2006-07-15", "on Saturday", at="Israeli warplanes on Saturday", derived_from_context=True), None,
      T("wounded", at="three wounded"), "'... and three wounded' -> wounded 3 (the soldiers; same attacks)."),
    E("e13", CAS, W, A(None), None, C("Twelve people", num="Twelve", value=12),
      L("Tiberias", "ISR", "North District", 32.79, 35.53, 1, at="wounded in Tiberias"),
      D("2006-07-14/2006-07-15", "the entire night", derived_from_context=True), None,
      T("wounded", at="were wounded in Tiberias"),
      "'Twelve people were wounded in Tiberias' -> wounded 12 (bare 'people' -> actor and civilian null). Time: the "
      "rockets of 'the entire night' before the Saturday story (previous sentence, derived). Possibly included in the "
      "'over 60' of e14; the text does not say so, not linked."),
    E("e14", CAS, W, A(None), None, C("over 60", num="60", value=60, low=60, qualifier="over"),
      L("northern Israel", "ISR", None, None, None, 3, at="60 in northern Israel"),
      D("2006-07-14/2006-07-15", "the entire night", derived_from_context=True), None,
      T("wounded", at="were wounded in Tiberias"),
      "'... and over 60 in northern Israel' -> wounded, over 60 ('over' = more than), same night (derived)."),
    E("e15", CAS, K, A("ISR", "Israeli", at="dozen Israeli soldiers"), False,
      C("a dozen Israeli soldiers", num="a dozen", value=12, qualifier="a dozen"), None, SOFAR_I, None,
      T("killed", at="civilians were killed"),
      "'So far, a dozen Israeli soldiers and four civilians were killed, and many dozens wounded' -> running toll, killed "
      "12 Israeli soldiers since the start of the war (12 July, derived). No place in the sentence (northern Israel is "
      "the section, but soldiers also died elsewhere) -> null.", cumulative=True),
    E("e16", CAS, K, A("ISR"), True, C("four civilians", num="four", value=4, at="and four civilians"), None, SOFAR_I,
      None, T("killed", at="civilians were killed"),
      "'... and four civilians' -> running toll, killed 4 Israeli civilians (actor from the coordinated 'Israeli "
      "soldiers').", cumulative=True),
    E("e17", CAS, W, A("ISR"), None, C("many dozens", num="many dozens", value=None, low=24, approx=True,
                                      qualifier="dozens"), None, SOFAR_I, None,
      T("wounded", at="dozens wounded"),
      "'... and many dozens wounded' -> running toll, wounded, dozens (low 24; 'many' kept in the surface). Israelis "
      "(context), civilian null.", cumulative=True),
    E("e18", CAS, CAP, A("ISR"), False, C("a soldier", num="a", value=1, at="a soldier named Gilad"),
      L("the Gaza strip", "PSE", None, None, None, 3, at="offensive in the Gaza strip"), D("2006-06", "June 2006"), None,
      T("kidnapped", at="was kidnapped in a raid"),
      "Background: 'after a soldier named Gilad Shalit was kidnapped in a raid, June 2006' -> captured 1 Israeli soldier "
      "(actor from context). Place: the Gaza Strip offensive of the same sentence (the raid itself was at Kerem Shalom, "
      "not named). This capture is the subject of other sets' items; annotated as a background event."),
], hard_negatives=[
    H("72 hour ultimatum", "duration of an ultimatum"),
    H("two radar-guided", "count of missiles (a link label was lost in the corpus)"),
    H("The first rocket", "ordinal of missiles"),
    H("four rockets", "count of rockets"),
    H("No casualties were reported", "negated casualties"),
    H("about 150 targets", "count of targets"),
    H("less than 12 of which", "count of targets"),
    H("12 new Fajr-5 rockets", "count of rockets"),
    H("kidnapped IDF troops", "the captured soldiers again, no count"),
    H("fourth day", "ordinal of days"),
])

# ---------------------------------------------------------------- Gaza 2006: Beit Lahiya airstrike
LAHIYA = L("near a school in the town of Beit Lahiya", "PSE", "North Gaza", 31.55, 34.50, 2)
HASSANIN = S("according to Dr. Muawiya Hassanin, a local emergency services official")
NGAZA = L("northern Gaza", "PSE", "North Gaza", None, None, 3, at="incursions into northern Gaza")
ANN["wn_2006_11_06_gaza_beit_lahiya_airstrike"] = dict(events=[
    E("e1", CAS, K, A("PSE", "Palestinian", at="A Palestinian teenager"), True,
      C("A Palestinian teenager", num="A", value=1), LAHIYA, N0, HASSANIN, T("killed", at="teenager was killed"),
      "'A Palestinian teenager was killed and seven others, including six children, injured in an Israeli airstrike near a "
      "school in the town of Beit Lahiya, according to Dr. Muawiya Hassanin' -> killed 1 (a teenager -> civilian true, "
      "although the Israeli military says the strike targeted militants retrieving a launcher; close call). No time "
      "expression -> date null."),
    E("e2", CAS, W, A("PSE"), True, C("seven others", num="seven", value=7), LAHIYA, N0, HASSANIN,
      T("injured", at="children, injured"),
      "'... and seven others, including six children, injured' -> wounded 7 (six of them children -> mostly civilians -> "
      "civilian true; Palestinian from context).", is_total=True),
    E("e3", CAS, W, A("PSE"), True, C("six children", num="six", value=6), LAHIYA, N0, HASSANIN,
      T("injured", at="children, injured"), "'including six children' -> wounded 6 children, part of e2.", part_of="e2"),
    E("e4", CAS, K, A(None), None, C("over 50 people", num="50", value=50, low=50, qualifier="over"), NGAZA,
      D("2006-10-31/2006-11-06", "over the last six days"), None, T("killed", at="have killed over"),
      "'Israel's incursions into northern Gaza ... have killed over 50 people over the last six days' -> running toll, "
      "killed over 50 (people -> actor and civilian null), interval six days back from the Monday 6 November story.",
      cumulative=True),
    E("e5", CAS, K, A(None), None, C("17 killings", num="17", value=17), NGAZA,
      D("2006-11-03", "Friday"), None, T("killings", at="17 killings"),
      "'Friday saw 17 killings, including the gunning down of two women outside a mosque in Beit Hanoun' -> killed 17 on "
      "Friday 3 November (place: the incursions into northern Gaza of the previous sentence, derived). Background: these "
      "killings are the subject of set (u)'s item of 4 November.", is_total=True),
    E("e6", CAS, K, A("PSE"), True, C("two women", num="two", value=2),
      L("outside a mosque in Beit Hanoun", "PSE", "North Gaza", 31.54, 34.54, 2),
      D("2006-11-03", "Friday", derived_from_context=True), None, T("gunning down", at="gunning down of two"),
      "'... the gunning down of two women outside a mosque in Beit Hanoun' -> killed 2 women (civilian true), part of e5 "
      "(background, see e5).", part_of="e5"),
    E("e7", CAS, K, A(None), None, C("At least seven people", num="seven", value=7, low=7, qualifier="at least"), NGAZA,
      D("2006-11-04", "on Saturday"), None, T("killed", at="girl were killed"),
      "'At least seven people, including a 12-year-old girl were killed by Israeli action on Saturday' -> killed, at least "
      "7 on Saturday 4 November (place derived from the incursions into northern Gaza).", is_total=True),
    E("e8", CAS, K, A("PSE"), True, C("a 12-year-old girl", num="a", value=1), NGAZA,
      D("2006-11-04", "on Saturday", derived_from_context=True), None, T("killed", at="girl were killed"),
      "'including a 12-year-old girl' -> killed 1 girl (12 is her age), part of e7.", part_of="e7"),
    E("e9", CAS, K, A(None), None, C("three others", num="three", value=3), NGAZA, D("2006-11-05", "yesterday"), None,
      T("killed", at="girl were killed"),
      "'... and three others yesterday' -> killed 3 on Sunday 5 November ('yesterday' in a Monday story; the verb is "
      "shared with e7)."),
], hard_negatives=[
    H("June this year", "date of the capture of Gilad Shalit (no count)"),
])

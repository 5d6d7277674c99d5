# -*- coding: utf-8 -*-
"""Gold annotations of set (aa), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}


def E(eid, typ, count, trigger, notes, outcome=None, actor=None, civ=None, loc=None, date=None, src=None, **ext):
    """One event in the shared shape (build.py reads these keys)."""
    ev = dict(id=eid, type=typ, actor=actor or A(None), civilian=civ, count=count, location=loc,
              date=date or D(None), source=src, trigger=trigger, notes=notes)
    if outcome:
        ev["outcome"] = outcome
    ev.update(ext)
    return ev


# ---------------------------------------------------------------- DR Congo 2005: Kinshasa protests
KIN = L("Kinshasa", "COD", "Kinshasa", -4.32, 15.31, 1, at="may have been killed in Kinshasa")
ANN["wn_2005_07_01_drc_kinshasa_protest_crackdown"] = dict(
    events=[
        E("e1", "casualty", C("four people", num="four", value=4), T("killed", at="may have been killed"),
          outcome="killed", civ=None, loc=KIN, src=S("The UN in Congo have said"), hedge="may have been; not yet confirmed",
          notes="'The UN in Congo have said that four people may have been killed in Kinshasa, but that is not yet confirmed.' -> killed 4 (hedged). Victims are 'people' -> actor/civilian null. No time word for the deaths -> date null."),
        E("e2", "casualty", C("a protester", num="a", value=1), T("shot dead"), outcome="killed", actor=A("COD"),
          civ=True, loc=KIN, src=S("a local TV station broadcast images"),
          notes="'a local TV station broadcast images of a protester who they said had been shot dead' -> killed 1, civilian (protester); actor COD from context (Kinshasa protests), surface null. Close call: could be part of the UN's four; not linked because the text does not say so."),
        E("e3", "casualty", C("Another six people", num="six", value=6), T("killed", at="Another six people were killed"),
          outcome="killed", loc=L("Tshikapa, a town 700 km southeast of Kinshasa", "COD", "Kasaï", -6.42, 20.8, 1),
          notes="'Another six people were killed in Tshikapa' -> killed 6 ('another' = additional, not a bound). Date null."),
        E("e4", "casualty", C("four million people", num="four million", value=4000000),
          T("deaths", at="the deaths of four million"), outcome="killed", cumulative=True,
          loc=L("Congo", "COD", None, None, None, 4, at="residents in Congo"),
          date=D("1998/2003", "a five year civil war in 2003", approx=True),
          notes="'a five year civil war in 2003 - a war that had seen the deaths of four million people' -> killed, running total of the war; the war 'ended ... in 2003' after five years -> 1998/2003 (approx)."),
    ],
    hard_negatives=[
        H("Thousands of protesters", "protesters marching; not a deployment, presence of troops or casualty"),
        H("nine million residents", "city population"),
        H("60 million residents", "national population"),
        H("Casualties are as yet unknown", "casualties with no count"),
        H("another six month delay", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2005: Spanish helicopter near Herat
HER = L("near Herat , Western Afghanistan", "AFG", "Herat", 34.35, 62.2, 2)
ANN["wn_2005_08_16_afghanistan_herat_spanish_helicopter"] = dict(
    events=[
        E("e1", "casualty", C("twelve Spanish  soldiers", num="twelve", value=12), T("killing", at="crashed, killing"),
          outcome="killed", actor=A("ESP", "Spanish"), civ=False, loc=HER,
          notes="'one of the aircraft crashed, killing twelve Spanish soldiers and five crew members' (double space kept) -> killed 12 ESP. Cause disputed (sandstorm vs. Taliban claim); kept as conflict-related as the article treats it. No day given -> date null."),
        E("e2", "casualty", C("five crew members", num="five", value=5), T("killing", at="crashed, killing"),
          outcome="killed", civ=False, loc=HER,
          notes="'... and five crew members' -> killed 5; the crew's nationality is not stated -> actor null; military crew -> civilian false. Title total 17 = 12 + 5 (no total in the body)."),
        E("e3", "casualty", C("five personnel", num="five", value=5), T("injured", at="landing which injured"),
          outcome="wounded", civ=False, loc=HER,
          notes="'The second Cougar helicopter made a forced landing which injured five personnel.' -> wounded 5; actor not stated (ISAF helicopter) -> null."),
        E("e4", "presence", C("some 8,500 ISAF soldiers", num="8,500", value=8500, approx=True, qualifier="some"),
          T("stationed"), actor=A("NATO", "NATO", at="NATO has currently"), civ=False,
          loc=L("Afghanistan", "AFG", None, None, None, 4, at="stationed in Afghanistan"),
          date=D("2005-08-16", "currently"), is_total=True,
          notes="'NATO has currently some 8,500 ISAF soldiers stationed in Afghanistan' -> presence ~8,500 (NATO); 'currently' -> publication day."),
        E("e5", "presence", C("some 800", num="800", value=800, approx=True, qualifier="some", at="some 800 of them"),
          T("stationed"), actor=A("ESP", "Spanish", at="of them are Spanish"), civ=False,
          loc=L("Afghanistan", "AFG", None, None, None, 4, at="stationed in Afghanistan"),
          date=D("2005-08-16", "currently", derived_from_context=True), part_of="e4",
          notes="'some 800 of them are Spanish' -> presence ~800 ESP, part of the 8,500."),
    ],
    hard_negatives=[
        H("Two Eurocopter Cougar  helicopters", "count of aircraft"),
        H("The second Cougar helicopter", "ordinal of an aircraft"),
        H("A rescue team", "unit with no head count"),
    ])

# ---------------------------------------------------------------- Philippines 2006: coup attempt
ANN["wn_2006_02_24_philippines_coup_attempt_emergency"] = dict(
    events=[
        E("e1", "presence", C("300 soldiers", num="300", value=300), T("took over"), actor=A("PHL"), civ=False,
          loc=L("a hotel in Manila", "PHL", "Metro Manila", 14.55, 121.02, 1), date=D("2003", "in 2003"),
          notes="'Later, in 2003, 300 soldiers took over a hotel in Manila in another bid to topple Arroyo.' -> presence 300 (a force occupying a place; mutinous Philippine soldiers, actor PHL from context, surface null). Coordinates: Makati (the Oakwood hotel; the text only says 'a hotel in Manila')."),
    ],
    hard_negatives=[
        H("more than a thousand Filipinos", "rally participants; not troops or casualties"),
        H("\"thousands of Filipinos\"", "rally participants (Bloomberg's figure)"),
        H("is being held", "detention of a named officer (Brigadier General Danilo Lim) with no count word"),
        H("a couple of rallies", "count of events"),
        H("1.1%", "percentage (currency)"),
        H("20th anniversary", "ordinal anniversary"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2006: Army HQ bombing in Colombo
ARMYHQ = L("the Sri Lankan  Army HQ in Colombo", "LKA", "Western", 6.93, 79.85, 1)
ANN["wn_2006_04_26_sri_lanka_colombo_army_hq_bombing"] = dict(
    events=[
        E("e1", "casualty", C("Eight soldiers", num="Eight", value=8), T("killed", at="Eight soldiers were killed"),
          outcome="killed", actor=A("LKA"), civ=False, loc=ARMYHQ,
          date=D("2006-04-25", "yesterday evening", derived_from_context=True),
          notes="'Eight soldiers were killed in the attack' -> killed 8; soldiers at the Sri Lankan Army HQ -> LKA (surface null). 'yesterday evening' in the previous sentence (2006-04-26 story) -> 25 April (derived). The named Lt Gen Fonseka 'severely wounded' is not counted."),
        E("e2", "presence", C("A female suicide bomber", num="A", value=1), T("detonated"), actor=A("LTTE", "LTTE"),
          civ=False, loc=ARMYHQ, date=D("2006-04-25", "yesterday evening"),
          notes="Attacker presence (GUIDELINES 2: size of an attacking force), as set (z) did for lone attackers; her death is an attacker suicide and not counted. Close call."),
    ],
    hard_negatives=[
        H("Lieutenant General Sarath Fonseka was severely wounded", "named single individual with no count word"),
        H("00:30 GMT", "time"),
        H("since 2002", "year of the ceasefire"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Lashkar Gah market bombing
LKG = L("Lashkar Gah, the capital of Helmand province", "AFG", "Helmand", 31.59, 64.37, 1)
ANN["wn_2006_08_28_afghanistan_lashkar_gah_market_bombing"] = dict(
    events=[
        E("e1", "casualty", C("Seventeen people", num="Seventeen", value=17), T("killed", at="Seventeen people were killed"),
          outcome="killed", loc=LKG, date=D("2006-08-28", "today"),
          notes="'Seventeen people were killed today' in a market; the market is in Lashkar Gah (next paragraph). Victims 'people' -> actor/civilian null (Karzai's 'killing of civilians' is general)."),
        E("e2", "casualty", C("another 47", num="47", value=47), T("injured", at="another 47 injured"),
          outcome="wounded", loc=LKG, date=D("2006-08-28", "today"),
          notes="'and another 47 injured' -> wounded 47."),
        E("e3", "casualty", C("several members of the Afghan National Police", num="several", value=None, low=3, approx=True,
                              qualifier="several"), T("killed", at="that have killed"), outcome="killed",
          actor=A("AFG", "Afghan", at="the Afghan National Police"), civ=False,
          notes="'reports of friendly fire incidents that have killed several members of the Afghan National Police' -> killed, several (low 3), police (civilian false). No place or time tied to these incidents -> location/date null."),
    ],
    hard_negatives=[
        H("another six people are in critical condition", "treatment status of people already counted as wounded"),
        H("since 2001", "year"),
        H("a number of casualties", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2006: US raid south of Baghdad
RAID = L("a town around 12 miles south of Baghdad", "IRQ", "Babil", 33.13, 44.38, 2)
ANN["wn_2006_11_16_iraq_us_raid_south_of_baghdad"] = dict(
    events=[
        E("e1", "casualty", C("nine suspected al-Qaeda  members", num="nine", value=9), T("killed"), outcome="killed",
          actor=A("al-Qaeda", "al-Qaeda"), civ=False, loc=RAID, date=D("2006-11-16", "on Thursday"),
          alt_mentions=[S("nine of the insurgents")],
          notes="'United States forces killed nine suspected al-Qaeda members in a raid ... on Thursday' (Thursday story -> same day). 'killed nine of the insurgents' restates it. Coordinates: an offset from Baghdad, estimated."),
        E("e2", "presence", C("several armed men", num="several", value=None, low=3, approx=True, qualifier="several"),
          T("noticed"), actor=A("militants"), civ=False, loc=L("a nearby wooded area", "IRQ", "Babil", 33.13, 44.38, 2),
          date=D("2006-11-16", "on Thursday", derived_from_context=True),
          notes="'they noticed several armed men in a nearby wooded area' -> presence of an armed group, several; generic actor 'militants'. Close call (the insurgents later killed)."),
        E("e3", "casualty", C("Nine other suspected insurgents", num="Nine", value=9), T("arrested", at="were arrested"),
          outcome="captured", actor=A("insurgents", "insurgents", at="suspected insurgents were"), civ=False, loc=RAID,
          date=D("2006-11-16", "on Thursday", derived_from_context=True),
          notes="'Nine other suspected insurgents were arrested in the raid.' -> captured 9 (arrests in a military raid)."),
    ],
    hard_negatives=[
        H("12 miles", "distance"),
    ])

# ---------------------------------------------------------------- Iraq 2007: New Baghdad and Sadr City bombings
NB = L("an area called \"New Baghdad \" and in Sadr City", "IRQ", "Baghdad", 33.33, 44.47, 2)
ANN["wn_2007_02_18_iraq_new_baghdad_bombings"] = dict(
    events=[
        E("e1", "casualty", C("at least 63 people", num="63", value=63, low=63, qualifier="at least"), T("killed"),
          outcome="killed", loc=NB,
          notes="'Car and suicide bombs killed at least 63 people within a single hour near markets in ... New Baghdad and in Sadr City' -> killed >=63; no day word (3:00 PM only) -> date null."),
        E("e2", "casualty", C("At least 134 people", num="134", value=134, low=134, qualifier="at least"), T("wounded"),
          outcome="wounded", loc=NB, notes="'At least 134 people were wounded in the attack.'"),
    ],
    hard_negatives=[
        H("327 families", "displaced families helped by troops"),
        H("three pistols, two AK-47s", "count of weapons"),
        H("eight women, and at least 23 children", "people found in a search; not casualties or captives"),
        H("3:00 PM", "time"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Karradah fuel-truck bombing
KAR = L("the downtown Baghdad district of Karradah", "IRQ", "Baghdad", 33.3, 44.42, 2)
ANN["wn_2007_04_19_iraq_karradah_fuel_truck_bombing"] = dict(
    events=[
        E("e1", "casualty", C("5 to 11 people", num="5 to 11", value=None, low=5, high=11, approx=True, qualifier="5 to 11"),
          T("killed"), outcome="killed", loc=KAR, hedge="conflicting reports say",
          notes="'conflicting reports say that 5 to 11 people were killed and 10 to 28 others were wounded' -> killed, range 5-11 (value null, low 5, high 11). No day (only '1:15 p.m.') -> date null. CNN places it in Jadriya (noted, the first place kept)."),
        E("e2", "casualty", C("10 to 28 others", num="10 to 28", value=None, low=10, high=28, approx=True, qualifier="10 to 28"),
          T("wounded"), outcome="wounded", loc=KAR, hedge="conflicting reports say", notes="range 10-28 wounded."),
        E("e3", "casualty", C("nearly 200 people", num="200", value=200, high=200, approx=True, qualifier="nearly"),
          T("killed", at="200 people were killed"), outcome="killed",
          loc=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="bombings in Baghdad"), date=D("2007-04-18", "Yesterday"),
          notes="'Yesterday, nearly 200 people were killed in a series of bombings in Baghdad.' -> killed ~200, 18 April 2007."),
    ],
    hard_negatives=[
        H("1:15 p.m.", "time"),
        H("a fuel truck", "vehicle"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Abu Saydah chlorine bomb
ABS = L("the village of Abu Saydah", "IRQ", "Diyala", 33.95, 44.7, 1)
ANN["wn_2007_05_17_iraq_abu_saydah_chlorine_bomb"] = dict(
    events=[
        E("e1", "casualty", C("at least 32 people", num="32", value=32, low=32, qualifier="at least"), T("kill"),
          outcome="killed", loc=ABS, date=D("2007-05-15", "on Tuesday"),
          notes="'used a chemical car bomb to kill at least 32 people and injuring at least 50 in the Diyala Province, in the village of Abu Saydah on Tuesday' (Thursday story -> 15 May 2007)."),
        E("e2", "casualty", C("at least 50", num="50", value=50, low=50, qualifier="at least"), T("injuring"),
          outcome="wounded", loc=ABS, date=D("2007-05-15", "on Tuesday"), notes="'injuring at least 50'."),
    ],
    hard_negatives=[
        H("two tea stalls", "count of stalls"),
        H("many people dead", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Qahtaniya
QAH = L("the mainly Kurdish Yazidi  town of Qahtaniya", "IRQ", "Nineveh", 36.35, 41.65, 1)
ANN["wn_2007_08_14_iraq_qahtaniya_yazidi_bombings"] = dict(
    events=[
        E("e1", "casualty", C("at least 175 people", num="175", value=175, low=175, qualifier="at least"), T("kill"),
          outcome="killed", loc=QAH, date=D("2007-08-14", "today"), src=S("the Iraq military said"),
          notes="'In northwestern Iraq today, multiple suicide bombers used trucks ... to kill at least 175 people, and injure another 200, the Iraq military said.' Place from the next sentence. Bombers' deaths not counted."),
        E("e2", "casualty", C("another 200", num="200", value=200), T("injure"), outcome="wounded", loc=QAH,
          date=D("2007-08-14", "today"), src=S("the Iraq military said"), notes="'injure another 200' -> wounded 200."),
    ],
    hard_negatives=[
        H("60 miles west of Mosul", "distance"),
        H("60 miles north of Qahtaniya", "distance"),
        H("multiple suicide bombers", "attackers with no count (and suicide attackers)"),
        H("American troops are on the ground", "presence with no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Kabul bus bombing
KBL = L("Kabul", "AFG", "Kabul", 34.53, 69.17, 1)
ANN["wn_2007_09_29_afghanistan_kabul_bus_bombing"] = dict(
    events=[
        E("e1", "casualty", C("at least 31", num="31", value=31, low=31, qualifier="at least"), T("killing"),
          outcome="killed", loc=KBL, is_total=True,
          alt_mentions=[S("31, almost all of them military personnel")],
          notes="'A suicide bomber blew himself up on a bus carrying more than 50 people in Kabul, Afghanistan killing at least 31' -> killed >=31 (total: 28 soldiers + at least 2 civilians, which does not quite add up; kept). The health minister's '31 ... martyred' restates it. No day word -> date null."),
        E("e2", "casualty", C("17 of the people on board", num="17", value=17), T("critically injuring"), outcome="wounded",
          loc=KBL, notes="'critically injuring 17 of the people on board'."),
        E("e3", "casualty", C("28", num="28", value=28, at="28 were Afghan"), T("killed", at="have been killed"),
          outcome="killed", actor=A("AFG", "Afghan", at="were Afghan soldiers"), civ=False, loc=KBL, part_of="e1",
          notes="'28 were Afghan soldiers' -> killed 28 AFG soldiers, part of the 31."),
        E("e4", "casualty", C("at least two civilians", num="two", value=2, low=2, qualifier="at least"),
          T("killed", at="have been killed"), outcome="killed", actor=A("AFG"), civ=True, loc=KBL, part_of="e1",
          notes="'so far at least two civilians have been killed' -> part of the 31; Afghan from context (surface null)."),
    ],
    hard_negatives=[
        H("more than 50 people", "passengers on the bus; not a casualty count"),
        H("into two pieces", "pieces of the bus"),
    ])

# ---------------------------------------------------------------- Myanmar 2007: monks
RGN = L("Rangoon", "MMR", "Yangon", 16.87, 96.2, 1)
ANN["wn_2007_10_01_myanmar_monks_crackdown"] = dict(
    events=[
        E("e1", "casualty", C("thousands", num="thousands", value=None, low=2000, approx=True, qualifier="thousands",
                              at="are in the thousands"), T("killed", at="monks killed"), outcome="killed",
          actor=A("MMR"), civ=True, loc=L("Burma", "MMR", None, None, None, 4, at="Burmese jungles"),
          src=S("Other reports are stating"), alt_mentions=[S("the death toll is in the thousands")],
          notes="'Other reports are stating that the number of monks killed by Burmese troops are in the thousands.' -> killed, 'thousands' (low 2000 by analogy with the 'hundreds' convention; close call). Monks -> civilian true, actor MMR (Burmese monks; surface null). Restated by 'activists and media agencies say that the death toll is in the thousands'. Location: the country (jungle dumping); date null ('recent days')."),
        E("e2", "casualty", C("at least 4,000 or more monks", num="4,000", value=4000, low=4000, qualifier="at least"),
          T("arrested"), outcome="captured", actor=A("MMR"), civ=True, loc=RGN, src=S("According to reports by BBC News"),
          notes="'at least 4,000 or more monks have been arrested and questioned by government authorities in their recent crackdown' -> captured >=4,000; place: Rangoon (capital of the crackdown; held at Insein Prison etc.). Date null ('recent')."),
        E("e3", "casualty", C("only 10 monks", num="10", value=10), T("killed", at="to have been killed"), outcome="killed",
          actor=A("MMR"), civ=True, src=S("the Burmese government reports"),
          notes="'the Burmese government reports only 10 monks to have been killed' -> a different source's figure, separate event (GUIDELINES 6)."),
        E("e4", "casualty", C("several thousand", num="several thousand", value=None, low=3000, approx=True,
                              qualifier="several thousand"), T("killed", at="people have been killed"), outcome="killed",
          civ=None, src=S("said a deserter of the Burmese army and a former intelligence officer, Hla Win"),
          date=D(None, "in recent days"),
          notes="'Many more people have been killed in recent days than you've heard about. The bodies can be counted in several thousand,' -> killed, several thousand (low 3000). 'people' -> civilian null. 'in recent days' gives no computable date -> null."),
        E("e5", "casualty", C("at least 40 monks", num="40", value=40, low=40, qualifier="at least"), T("beaten to death"),
          outcome="killed", actor=A("MMR"), civ=True, src=S("An unnamed diplomatic official from Sweden  also claims"),
          notes="'at least 40 monks were beaten to death, then their bodies were burned' -> killed >=40."),
    ],
    hard_negatives=[
        H("thousands of monks  involved in protests", "monks to be moved to prisons; the arrests are counted in e2"),
        H("several hundred monks", "an order the deserter refused; hypothetical killing"),
        H("two monasteries", "count of buildings"),
        H("thousands of dead monks", "pictures said to show bodies; same claim as e1"),
        H("This is the second day", "ordinal day"),
    ])

# ---------------------------------------------------------------- Sudan 2007: Muhajiriya
MUH = L("a fortification in Muhajiriya", "SDN", "South Darfur", 11.6, 25.1, 1)
WED = D("2007-10-10", "on the same day", derived_from_context=True)
ANN["wn_2007_10_12_sudan_darfur_muhajiriya_attack"] = dict(
    events=[
        E("e1", "casualty", C("At least 40 people", num="40", value=40, low=40, qualifier="at least"),
          T("killed", at="40 people were killed"), outcome="killed", civ=None, loc=MUH, date=WED,
          alt_mentions=[S("the number of dead civilians are at least 40")],
          notes="'These comments came on the same day that forces ... attacked a fortification in Muhajiriya ... At least 40 people were killed in the attack.' Malloch Brown spoke 'Wednesday' -> 10 October 2007 (derived). The SLA's 'the number of dead civilians are at least 40' repeats the figure (alt mention; it calls them civilians, the lede does not -> civilian null kept for the primary)."),
        E("e2", "casualty", C("80 missing", num="80", value=80), T("missing", at="80 missing"), outcome="missing",
          civ=True, loc=MUH, date=WED, src=S("the SLA said"),
          notes="'Until now the number of dead civilians are at least 40, with 80 missing and a large number of injured,' the SLA said -> missing 80; the clause is about civilians -> civilian true (close call)."),
    ],
    hard_negatives=[
        H("a large number of injured", "injuries with no count"),
        H("October 27th", "date of the talks"),
        H("a 2006 peace agreement", "year"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Char Asiab landmine
CHA = L("the Char Asiab District", "AFG", "Kabul", None, None, 3)
ANN["wn_2007_11_26_afghanistan_char_asiab_landmine"] = dict(
    events=[
        E("e1", "casualty", C("Four civilians", num="Four", value=4), T("killed", at="were killed after"), outcome="killed",
          actor=A("AFG"), civ=True, loc=CHA, date=D("2007-11-26", "this morning", derived_from_context=True),
          alt_mentions=[S("killed four people")],
          notes="'Four civilians driving southwest of Kabul were killed after a landmine exploded underneath their car.' Place and 'this morning' from the police statement (derived). An old landmine from earlier conflicts: kept as a conflict death (close call). Restated in the quote ('killed four people'). Afghan from the title and context (surface null)."),
    ],
    hard_negatives=[
        H("over 100,000 unexploded landmines", "count of mines"),
        H("An average of sixty people a month", "a rate, not a count for a period"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Baghdad prison mortar attack
PRI = L("a prison in Baghdad", "IRQ", "Baghdad", 33.33, 44.4, 1)
DPR = D("2007-12-10", "at 6:30 a.m. local time", derived_from_context=True)
ANN["wn_2007_12_10_iraq_baghdad_prison_mortar"] = dict(
    events=[
        E("e1", "casualty", C("At least seven inmates", num="seven", value=7, low=7, qualifier="at least"), T("died"),
          outcome="killed", civ=None, loc=PRI, date=DPR,
          notes="'At least seven inmates have died and 23 were injured after multiple mortar rounds struck a prison in Baghdad'. The attack time '6:30 a.m.' with 'Also today' later -> publication day (derived). Inmates charged with terrorism or civil offences -> civilian null."),
        E("e2", "casualty", C("23", num="23", value=23, at="23 were injured"), T("injured", at="23 were injured"),
          outcome="wounded", civ=None, loc=PRI, date=DPR, is_total=True, notes="'23 were injured'."),
        E("e3", "casualty", C("several police officers", num="several", value=None, low=3, approx=True, qualifier="several"),
          T("injured", at="among the injured"), outcome="wounded", actor=A("IRQ"), civ=False, loc=PRI, date=DPR,
          part_of="e2", hedge="It is understood",
          notes="'It is understood that several police officers were among the injured.' -> part of the 23; Iraqi police (surface null)."),
    ],
    hard_negatives=[
        H("200 yard", "distance"),
        H("two more were confirmed", "count of mortar rounds"),
        H("One of the rounds", "count of rounds"),
        H("several previous insurgent attacks", "count of attacks"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2008: truce withdrawal
ANN["wn_2008_01_03_sri_lanka_truce_withdrawal"] = dict(
    events=[
        E("e1", "casualty", C("about 5,000 people", num="5,000", value=5000, approx=True, qualifier="about"), T("killed"),
          outcome="killed", loc=L("Sri Lanka", "LKA", None, None, None, 4, at="Sri Lanka 's foreign"), cumulative=True,
          date=D("2006-01/2008-01-03", "In the past two years", approx=True),
          notes="'In the past two years, near-daily clashes on the battlefield, assassinations and bombings have killed about 5,000 people.' -> running total, both sides and civilians -> actor/civilian null; 'the past two years' -> January 2006 to publication (approx)."),
    ],
    hard_negatives=[
        H("two years ago", "time expression (truce collapse)"),
        H("a 2002 truce agreement", "year"),
        H("the first couple of years", "duration"),
        H("quarter-century", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Baghdad, seven killed
ANN["wn_2008_03_31_iraq_baghdad_seven_killed"] = dict(
    events=[
        E("e1", "casualty", C("seven alleged criminals", num="seven", value=7), T("killed"), outcome="killed",
          actor=A("militants"), civ=False, loc=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1),
          date=D("2008-03-30", "yesterday"), src=S("The website of the forces in Iraq  has reported"), is_total=True,
          notes="'The website of the forces in Iraq has reported that seven alleged criminals were killed in Baghdad yesterday' -> killed 7 over several incidents; 'criminals' (MNF-I's word for gunmen) -> generic 'militants', civilian false (they attacked soldiers; close call)."),
        E("e2", "casualty", C("five criminals", num="five", value=5), T("killed", at="killed five"), outcome="killed",
          actor=A("militants"), civ=False, loc=L("eastern Baghdad", "IRQ", "Baghdad", 33.34, 44.45, 2),
          date=D("2008-03-30", "yesterday", derived_from_context=True),
          src=S("The description of the first incident reads"), part_of="e1",
          notes="First incident (at 12:10 p.m.): 'Soldiers returned fire and killed five criminals.' -> part of the seven."),
    ],
    hard_negatives=[
        H("No soldiers were injured", "negated casualty"),
        H("4th Brigade Combat Team, 10th Mountain Division", "unit numbers"),
        H("12:10 p.m.", "time"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2008: minister killed
ANN["wn_2008_04_06_sri_lanka_minister_bombing"] = dict(
    events=[
        E("e1", "casualty", C("Over 14 others", num="14", value=14, low=14, qualifier="more than"), T("killed", at="also killed"),
          outcome="killed", loc=L("Sri Lanka", "LKA", None, None, None, 4), date=D("2008-04-06", "today", derived_from_context=True),
          notes="'Over 14 others were also killed in the blast.' -> killed >14 besides the named minister (title: 12 incl. the minister, contradicts; noted). 'Over' read as 'more than'. Only the country is named -> precision 4."),
        E("e2", "casualty", C("At least 90 others", num="90", value=90, low=90, qualifier="at least"), T("injured"),
          outcome="wounded", loc=L("Sri Lanka", "LKA", None, None, None, 4), date=D("2008-04-06", "today", derived_from_context=True),
          notes="'At least 90 others were injured.'"),
    ],
    hard_negatives=[
        H("Jeyaraj Fernandopulle , was today killed", "named single individual with no count word"),
        H("over 30 countries", "count of countries"),
    ])

# ---------------------------------------------------------------- Afghanistan 2008: Karzai parade attack
PAR = L("Kabul", "AFG", "Kabul", 34.53, 69.17, 1)
DKZ = D("2008-04-27", "Today", derived_from_context=True)
ANN["wn_2008_04_27_afghanistan_karzai_parade_attack"] = dict(
    events=[
        E("e1", "casualty", C("At least one person", num="one", value=1, low=1, qualifier="at least"), T("killed"),
          outcome="killed", loc=PAR, date=DKZ,
          notes="'At least one person was killed and nearly a dozen were injured after six Taliban militants opened fire during a celebration' in Kabul (next sentence); Karzai's 'Today' -> 27 April 2008 (derived)."),
        E("e2", "casualty", C("nearly a dozen", num="a dozen", value=12, high=12, approx=True, qualifier="nearly"),
          T("injured"), outcome="wounded", loc=PAR, date=DKZ, notes="'nearly a dozen were injured' -> ~12 (high 12)."),
        E("e3", "presence", C("six Taliban  militants", num="six", value=6), T("opened fire"), actor=A("Taliban", "Taliban"),
          civ=False, loc=PAR, date=DKZ, is_total=True, notes="Attacking force of six (presence)."),
        E("e4", "casualty", C("At least three of the militants", num="three", value=3, low=3, qualifier="at least"),
          T("killed", at="militants were killed"), outcome="killed", actor=A("Taliban"), civ=False, loc=PAR, date=DKZ,
          notes="'At least three of the militants were killed' -> killed >=3 of the six."),
        E("e5", "casualty", C("the other three", num="three", value=3), T("arrested", at="were arrested by police"),
          outcome="captured", actor=A("Taliban"), civ=False, loc=PAR, date=DKZ,
          notes="'the other three were arrested by police' -> captured 3."),
    ],
    hard_negatives=[
        H("arrested some of the suspects", "arrests with no count"),
        H("16th anniversary", "ordinal anniversary"),
        H("less than two hours", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Baquba
BAQ = L("the entrance to a local government centre in the city of Baquba", "IRQ", "Diyala", 33.75, 44.64, 1)
HUR = L("a bus stop in the Hurriya  area", "IRQ", "Baghdad", 33.37, 44.34, 2)
TUE = D("2008-06-17", "on Tuesday")
ANN["wn_2008_06_22_iraq_baquba_bombing"] = dict(
    events=[
        E("e1", "casualty", C("15 people", num="15", value=15), T("killed"), outcome="killed", loc=BAQ,
          src=S("according to local officials"),
          notes="'A bombing in the Iraqi province of Diyala has killed 15 people, according to local officials.' Place from the next sentence. No day word for this attack -> date null (close call: same-day story)."),
        E("e2", "casualty", C("39 people", num="39", value=39), T("wounded"), outcome="wounded", loc=BAQ,
          notes="'39 people were also wounded by the attack.'"),
        E("e3", "casualty", C("51 people", num="51", value=51), T("killed", at="killed 51"), outcome="killed", loc=HUR,
          date=TUE, src=S("according to local police"),
          notes="'a bombing on Tuesday killed 51 people, according to local police. That bomb exploded near a bus stop in the Hurriya area' (Sunday story -> 17 June 2008). Hurriya placed in Baghdad (the text does not say which city)."),
        E("e4", "casualty", C("75 people", num="75", value=75), T("wounded", at="also wounded in Tuesday"), outcome="wounded",
          loc=HUR, date=D("2008-06-17", "Tuesday's attack"), notes="'75 people were also wounded in Tuesday's attack'."),
    ],
    hard_negatives=[
        H("a woman wearing a black robe", "the female suicide bomber (attacker suicide)"),
        H("three months", "duration"),
    ])

# ---------------------------------------------------------------- Pakistan 2008: Peshawar NATO vehicles
ANN["wn_2008_12_07_pakistan_peshawar_nato_vehicles"] = dict(
    events=[
        E("e1", "presence", C("more than 250 gunmen", num="250", value=250, low=250, qualifier="more than"),
          T("overpowered"), actor=A("militants"), civ=False,
          loc=L("the northwestern city of Peshawar", "PAK", "Khyber Pakhtunkhwa", 34.01, 71.58, 1),
          date=D("2008-12-07", "at 0230 local time", derived_from_context=True), src=S("Sources claim"),
          notes="'Sources claim that more than 250 gunmen using rockets, grenades and AK-47s overpowered the guards' -> attacking force (presence) >250; 'suspected militants' -> generic 'militants'. Time of day in a same-day report -> publication day (derived)."),
    ],
    hard_negatives=[
        H("96 trucks, 70 Humvees and 6 containers", "count of vehicles"),
        H("12 lorries", "count of vehicles captured, not people"),
        H("the guards", "guards overpowered, no count"),
    ])

# ---------------------------------------------------------------- DoD 2014: Atlantic Resolve rotation to Poland
ANN["dod_2014_08_13_poland_atlantic_resolve_rotation"] = dict(
    events=[
        E("e1", "deployment", C("about 600 soldiers", num="600", value=600, approx=True, qualifier="about"), T("rotate"),
          actor=A("USA"), civ=False, loc=L("Poland", "POL", None, None, None, 4, at="rotate to Poland"),
          src=S("Army Col. Steven Warren told reporters"), planned=True,
          notes="'about 600 soldiers from the Fort Hood, Texas-based 1st Brigade, 1st Cavalry Division, will rotate to Poland' -> planned deployment ~600 (US; surface null). No date for the move -> null (announced 13 Aug 2014). They replace the 173rd Airborne Brigade (a rotation, net change not stated)."),
    ],
    hard_negatives=[
        H("1st Brigade, 1st Cavalry Division", "unit number"),
        H("the paratroopers of U.S. Army Europe's 173rd Airborne Brigade", "presence given as a unit only, no head count"),
        H("about three months", "duration"),
    ])

# ---------------------------------------------------------------- State 2024: Mugunga IDP camp
MUG = L("the Mugunga camp for Internally Displaced Persons (IDPs) in eastern Democratic Republic of the Congo",
        "COD", "North Kivu", -1.63, 29.13, 1)
ANN["state_2024_05_03_drc_mugunga_camp_attack"] = dict(
    events=[
        E("e1", "casualty", C("at least nine persons", num="nine", value=9, low=9, qualifier="at least"), T("deaths"),
          outcome="killed", civ=True, loc=MUG, date=D("2024-05-03", "today", derived_from_context=True),
          notes="'This attack has caused the deaths of at least nine persons and wounded at least 33 others, many of whom were women and children.' IDP camp victims -> civilian true; actor null (bare 'persons'). 'the attack today' -> statement day (derived)."),
        E("e2", "casualty", C("at least 33 others", num="33", value=33, low=33, qualifier="at least"), T("wounded"),
          outcome="wounded", civ=True, loc=MUG, date=D("2024-05-03", "today", derived_from_context=True),
          notes="'wounded at least 33 others'."),
    ],
    hard_negatives=[
        H("more than 2.5 million people", "displaced people"),
    ])

# ---------------------------------------------------------------- VOA 2017: Semuliki attack, DRC
NKV = L("DRC's North Kivu province", "COD", "North Kivu", None, None, 3)
THU = D("2017-12-07", "Thursday's attack")
ANN["voa_2017_12_09_drc_semuliki_peacekeepers"] = dict(
    events=[
        E("e1", "casualty", C("at least 15 Tanzanian peacekeepers", num="15", value=15, low=15, qualifier="at least"),
          T("died"), outcome="killed", actor=A("TZA", "Tanzanian"), civ=False, loc=NKV, date=THU, actor_alt="UN",
          notes="'Thursday's attack against a U.N. mission ..., in which at least 15 Tanzanian peacekeepers and five Congolese soldiers died.' Place from the third paragraph. Thursday before the (inferred) Saturday 9 Dec 2017 story -> 7 Dec. Actor TZA (the contingent named), actor_alt UN."),
        E("e2", "casualty", C("five Congolese soldiers", num="five", value=5), T("died"), outcome="killed",
          actor=A("COD", "Congolese", at="Congolese soldiers died"), civ=False, loc=NKV, date=THU,
          alt_mentions=[S("at least five Congolese soldiers")],
          notes="'five Congolese soldiers died'; the U.N. mission's 'at least five Congolese soldiers were also killed' restates the figure (alt mention, though it adds 'at least')."),
        E("e3", "casualty", C("more than 50 people", num="50", value=50, low=50, qualifier="more than"), T("injured"),
          outcome="wounded", loc=NKV, date=D("2017-12-07", "Thursday's attack", derived_from_context=True),
          notes="'In addition to the deaths, more than 50 people were injured in the attack in DRC's North Kivu province' -> wounded >50; 'people' -> actor/civilian null."),
    ],
    hard_negatives=[
        H("in recent years", "time expression"),
        H("these brave women and men", "peacekeepers in general, no count"),
    ])

# ---------------------------------------------------------------- AFRICOM 2023: Afmadow airstrikes
ANN["africom_2023_07_08_somalia_afmadow_airstrikes"] = dict(
    events=[
        E("e1", "casualty", C("10 al-Shabaab terrorists", num="10", value=10), T("killed", at="airstrike killed"),
          outcome="killed", actor=A("al-Shabaab", "al-Shabaab", at="10 al-Shabaab"), civ=False,
          loc=L("a remote area near Afmadow, approximately 105 kilometers north of Kismayo", "SOM", "Lower Juba", 0.51, 42.07, 2),
          date=D(None, "overnight"), hedge="initial assessment",
          src=S("U.S. Africa Command’s initial assessment is"),
          notes="'U.S. Africa Command’s initial assessment is that the U.S. airstrike killed 10 al-Shabaab terrorists' -> killed 10; 'overnight' relative to an inferred release date -> value null (the release carries no date in the stored copy; close call)."),
    ],
    hard_negatives=[
        H("three collective self-defense airstrikes", "count of strikes"),
        H("105 kilometers", "distance"),
        H("no civilians were injured or killed", "negated casualty"),
    ])

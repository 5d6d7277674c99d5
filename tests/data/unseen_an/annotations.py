# -*- coding: utf-8 -*-
"""Gold annotations of set (an), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py (../blindset.py): first occurrence at/after the anchor `at` (a string of
the text; default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null
for provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a
point, part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also
carries a `trigger`.
"""

from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}


def E(id, type, count, actor, civilian, location, date, trigger, outcome=None, source=None, notes="", **extra):
    d = dict(id=id, type=type, actor=actor, civilian=civilian, count=count, location=location, date=date,
             source=source, trigger=trigger, notes=notes)
    if outcome:
        d["outcome"] = outcome
    d.update(extra)
    return d


NODATE = D(None)

# ---------------------------------------------------------------- Iraq 2008: Baghdad drive-by shooting (Wikinews Shorts)
ZAAF = L("Baghdad's religiously diverse Zaafariniya neighbourhood", "IRQ", "Baghdad", 33.26, 44.49, 2)
ANN["wn_2008_03_23_iraq_baghdad_zaafaraniya_shooting"] = dict(
    events=[
        E("e1", "casualty", C("At least seven people", num="seven", value=7, low=7, qualifier="at least"), A(None), None,
          ZAAF, NODATE, T("died", at="have died"), outcome="killed",
          alt_mentions=[S("7", at="kills 7")],
          notes=("'At least seven people have died and sixteen more are injured after gunman in three cars attacked "
                 "pedestrians at a market in Baghdad' -> killed, at least 7 (people: actor/civilian null). The "
                 "section heading left in the text ('Random drive-by shooting kills 7, injures 16 in Baghdad') repeats "
                 "the figures (alt_mentions). Location: the next sentence names the neighbourhood of the attack. No "
                 "time expression (the 'March 23, 2008' dateline is the brief's date, not the event's) -> date null.")),
        E("e2", "casualty", C("sixteen more", num="sixteen", value=16), A(None), None, ZAAF, NODATE,
          T("injured", at="more are injured"), outcome="wounded", alt_mentions=[S("16", at="injures 16")],
          notes="'sixteen more are injured' -> wounded 16 ('more' = additional, not a bound)."),
        E("e3", "casualty", C("ten dead", num="ten", value=10), A(None), None,
          L("a Mogul army base", "IRQ", "Nineveh", 36.34, 43.13, 2), NODATE, T("left", at="left ten dead"),
          outcome="killed",
          notes=("'Other recent attacks include a bombing on a Mogul army base that left ten dead' -> killed 10; "
                 "'Mogul' is read as Mosul (spelling as in the source; coordinates of Mosul, precision 2 for a base "
                 "near the city, close call). Victims not described -> actor/civilian null; 'recent' -> date null.")),
    ],
    hard_negatives=[
        H("three cars", "count of vehicles, not of attackers"),
        H("several seriously enough wounded", "status breakdown of the wounded already counted (GUIDELINES 2)"),
        H("no known caualties", "negated casualties (spelling as in source)"),
    ])

# ---------------------------------------------------------------- Gaza 2006: Zeitoun air strike (text cut)
ZEIT = L("a mosque in the city's Zeitoun neighborhood", "PSE", "Gaza", 31.49, 34.45, 2)
ANN["wn_2006_11_20_gaza_zeitoun_airstrike"] = dict(
    events=[
        E("e1", "casualty", C("two Palestinians", num="two", value=2), A("PSE", "Palestinians", at="two Palestinians"),
          None, ZEIT, NODATE, T("killed", at="militants killed"), outcome="killed",
          notes=("'An Israeli air strike on a car carrying Hamas militants killed two Palestinians in Gaza City.' -> "
                 "killed 2, Palestinians; civilian null (the car carried militants, the next sentences speak of a "
                 "passerby and a street vendor; the text does not say who the two were). Location: the mosque in "
                 "Zeitoun named two sentences later (same strike). No time expression -> date null.")),
        E("e2", "casualty", C("approximately eight people", num="eight", value=8, approx=True, qualifier="approximately"),
          A(None), None, ZEIT, NODATE, T("injured", at="also injured"), outcome="wounded", is_total=True,
          notes=("'The attack also injured approximately eight people, including an elderly passerby.' -> wounded, "
                 "about 8; total of the passerby (e3) and the 'Seven other people' (e4).")),
        E("e3", "casualty", C("an elderly passerby", num="an", value=1), A(None), True, ZEIT, NODATE,
          T("injured", at="also injured"), outcome="wounded", part_of="e2",
          notes=("'including an elderly passerby' -> wounded 1, civilian (passerby), part of the eight. 'Hospital "
                 "sources say the septuagenarian later succumbed to his wounds' reports his death with no count word "
                 "(listed as a hard negative; close call: a tool reporting killed 1 here is not wrong about the facts).")),
        E("e4", "casualty", C("Seven other people", num="Seven", value=7), A(None), None, ZEIT, NODATE,
          T("wounded", at="were also wounded"), outcome="wounded", part_of="e2",
          notes="'Seven other people, including two Hamas militants and two children were also wounded' -> wounded 7 (the eight minus the passerby)."),
        E("e5", "casualty", C("two Hamas militants", num="two", value=2), A("Hamas", "Hamas", at="two Hamas militants"),
          False, ZEIT, NODATE, T("wounded", at="were also wounded"), outcome="wounded", part_of="e4",
          notes="part of the seven: two Hamas militants."),
        E("e6", "casualty", C("two children", num="two", value=2), A(None), True, ZEIT, NODATE,
          T("wounded", at="were also wounded"), outcome="wounded", part_of="e4",
          notes="part of the seven: two children (civilian)."),
    ],
    hard_negatives=[
        H("the septuagenarian later succumbed", "death of the passerby already counted as wounded, told with no count word (close call)"),
        H("a street vendor", "identity of a victim already counted ('The other victim was ...'), not a new count"),
    ])

# ---------------------------------------------------------------- West Bank 2008: Yitzhar arson and settler attack
YITZ = L("the Israeli settlement of Yitzhar", "PSE", "Nablus", 32.17, 35.24, 1)
ASIRA = L("the Palestinian village of Assira Kubilyeh", "PSE", "Nablus", 32.17, 35.22, 1)
ANN["wn_2008_09_13_west_bank_yitzhar_clashes"] = dict(
    events=[
        E("e1", "casualty", C("several", value=None, low=3, approx=True, qualifier="several", at="have left several"),
          A(None), None, L("the West Bank", "PSE", None, None, None, 3), NODATE, T("injured", at="several injured"),
          outcome="wounded", is_total=True,
          notes=("'A series of clashes in the West Bank have left several injured' -> wounded, several (low 3), total "
                 "of the child (e2) and the injuries reported in the village (e4/e5, two sources). No time expression "
                 "-> date null.")),
        E("e2", "casualty", C("a 9-year old child", num="a", value=1), A("ISR"), True, YITZ, NODATE,
          T("stabbed", at="The man stabbed"), outcome="wounded", part_of="e1",
          notes=("'a 9-year old child saw him ... The man stabbed the child, causing only light injury' -> wounded 1 "
                 "(the age is not the count). Actor ISR from context (a child of the Israeli settlement taken to an "
                 "Israeli hospital; surface null). Count placed at the child's first mention.")),
        E("e3", "presence", C("hundreds of Israeli villagers", num="hundreds", value=None, low=200, approx=True,
                               qualifier="hundreds"), A("ISR", "Israeli", at="hundreds of Israeli"), True, ASIRA,
          NODATE, T("attacked", at="villagers who attacked"),
          notes=("'sparking retribution from hundreds of Israeli villagers who attacked the Palestinian village of "
                 "Assira Kubilyeh' -> size of an attacking group as presence (GUIDELINES 2), hundreds (low 200). The "
                 "attackers are settlers ('villagers') -> civilian true (close call: an armed mob).")),
        E("e4", "casualty", C("six injuries", num="six", value=6), A(None), None, ASIRA, NODATE,
          T("injuries", at="six injuries"), outcome="wounded", part_of="e1",
          source=S("Palestinian sources report"),
          notes=("'Palestinian sources report six injuries while the security forces reported four.' -> two figures "
                 "from two sources, two events (GUIDELINES 6). Read as injuries in the village attack (close call: "
                 "the text does not say whose injuries).")),
        E("e5", "casualty", C("four", value=4, at="reported four"), A(None), None, ASIRA, NODATE,
          T("reported", at="reported four"), outcome="wounded", part_of="e1",
          source=S("the security forces reported"),
          notes="the security forces' figure for the same injuries -> wounded 4 (noun 'injuries' elided)."),
    ],
    hard_negatives=[
        H("several buildings", "count of buildings"),
        H("two Israeli villagers", "weapons confiscated from two villagers; not a capture or casualty"),
        H("a number of incidents", "count of incidents"),
    ])

# ---------------------------------------------------------------- India 2007: Samjhauta Express bombing (text cut)
SAMJ = L("the Samjhauta Express", "IND", None, None, None, 4)
ANN["wn_2007_02_19_india_samjhauta_express_bombing"] = dict(
    events=[
        E("e1", "casualty", C("At least 68", num="68", value=68, low=68, qualifier="at least"), A(None), None, SAMJ,
          D("2007-02-18", "Around midnight on Sunday", derived_from_context=True), T("fatalities"), outcome="killed",
          hedge="have been reported",
          notes=("'a pair of bombs exploded on the Samjhauta Express ..., a night train going from Delhi, India to "
                 "Lahore, Pakistan. At least 68 fatalities have been reported.' -> killed, at least 68. Location: the "
                 "train; the text does not say where it was (country IND, precision 4: the train was on the Indian "
                 "part of its route, as the Indian-side reactions imply; close call). Date: 'Around midnight on "
                 "Sunday' in a Monday story = Sunday 18 February 2007 (derived from the previous sentence).")),
        E("e2", "casualty", C("Some 13 passengers", num="13", value=13, approx=True, qualifier="some"), A(None), True,
          SAMJ, D("2007-02-18", "Around midnight on Sunday", derived_from_context=True), T("injured"),
          outcome="wounded", hedge="were reported",
          notes="'Some 13 passengers were reported injured, some with severe burns.' -> wounded, about 13; passengers -> civilian true."),
    ],
    hard_negatives=[
        H("a pair of bombs", "count of bombs"),
        H("Two more suitcases", "count of suitcases with explosive devices"),
        H("two weeks", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2006: pilgrims abducted and killed in Anbar
ANBAR = L("Anbar province", "IRQ", "Al Anbar", None, None, 3)
ANN["wn_2006_09_03_iraq_anbar_pilgrims_killed"] = dict(
    events=[
        E("e1", "casualty", C("Fourteen pilgrims", num="Fourteen", value=14), A(["IND", "PAK"]), True, ANBAR, NODATE,
          T("abducted"), outcome="captured",
          notes=("'Fourteen pilgrims, three of them Indian nationals, ... were abducted and slain in Anbar province' -> "
                 "captured 14 and killed 14 (two events on one count). Actor: a list, Indian ('three of them Indian') "
                 "and Pakistani ('Pakistan condemned the killings and once again warned its citizens'), surface null; "
                 "the nationality of all fourteen is not itemised (close call). No time expression -> date null.")),
        E("e2", "casualty", C("Fourteen pilgrims", num="Fourteen", value=14), A(["IND", "PAK"]), True, ANBAR, NODATE,
          T("slain"), outcome="killed",
          notes="same fourteen pilgrims, 'slain' -> killed 14 (see e1)."),
        E("e3", "casualty", C("three of them", num="three", value=3), A("IND", "Indian", at="Indian  nationals"), True,
          ANBAR, NODATE, T("abducted"), outcome="captured", part_of="e1",
          notes="'three of them Indian nationals' -> part of the fourteen abducted."),
        E("e4", "casualty", C("three of them", num="three", value=3), A("IND", "Indian", at="Indian  nationals"), True,
          ANBAR, NODATE, T("slain"), outcome="killed", part_of="e2",
          notes="'three of them Indian nationals' -> part of the fourteen killed."),
    ],
    hard_negatives=[
        H("one had been partially beheaded", "treatment of a body already counted"),
        H("63-page", "page count of a report"),
    ])

# ---------------------------------------------------------------- Gaza 2007: Hamas takes Fatah security headquarters
FATAHHQ = L("the security headquarters of Fatah  in Gaza", "PSE", None, None, None, 3)
ANN["wn_2007_06_13_gaza_hamas_fatah_headquarters"] = dict(
    events=[
        E("e1", "presence", C("at least 200 members", num="200", value=200, low=200, qualifier="at least"),
          A("Hamas", "Hamas", at="the Hamas"), False, FATAHHQ, NODATE, T("have taken control"), hedge="Reports say",
          notes=("'Reports say that at least 200 members of the Hamas security force have taken control of the "
                 "security headquarters of Fatah in Gaza.' -> size of the attacking force as presence (GUIDELINES 2). "
                 "'in Gaza' = the Gaza Strip here (precision 3, no coordinates; close call: the building was in Gaza "
                 "City). No time expression -> date null.")),
        E("e2", "casualty", C("10 people", num="10", value=10), A(None), None, FATAHHQ, NODATE, T("killed", at="headquarters killed"),
          outcome="killed", hedge="Reports also say",
          notes="'the attack of the headquarters killed 10 people and injured at least 30' -> killed 10 (people: actor/civilian null)."),
        E("e3", "casualty", C("at least 30", num="30", value=30, low=30, qualifier="at least"), A(None), None, FATAHHQ,
          NODATE, T("injured", at="injured at least"), outcome="wounded", hedge="Reports also say",
          notes="'... and injured at least 30' -> wounded, at least 30."),
    ],
    hard_negatives=[
        H("Mortar shells and rockets", "weapons, no count of people"),
    ])

# ---------------------------------------------------------------- Iraq 2005: insurgent attacks list (record without date, text cut)
S_BAG = L("a police station south of Baghdad", "IRQ", "Baghdad", 33.15, 44.40, 2)
ANN["wn_2005_02_07_iraq_insurgent_attacks_religious_state"] = dict(
    events=[
        E("e1", "casualty", C("14 insurgents", num="14", value=14), A("insurgents", "insurgents", at="14 insurgents"),
          False, S_BAG, NODATE, T("killed", at="were killed in an attack"), outcome="killed",
          notes=("'14 insurgents, 22 Iraqi police officers and soldiers were killed in an attack on a police station "
                 "south of Baghdad.' -> two counts in one clause, two events (no total is stated). No time expression "
                 "(the list follows 'The violence of the insurgency, however, has returned') -> date null. Location: an "
                 "offset from Baghdad (precision 2, estimated coordinates; admin1 Baghdad is a guess).")),
        E("e2", "casualty", C("22 Iraqi police officers and soldiers", num="22", value=22),
          A("IRQ", "Iraqi", at="22 Iraqi"), False, S_BAG, NODATE, T("killed", at="were killed in an attack"),
          outcome="killed", notes="'22 Iraqi police officers and soldiers' -> killed 22, Iraqi security forces (police and soldiers together; civilian false)."),
        E("e3", "casualty", C("Four Egyptian telecom engineers", num="Four", value=4), A("EGY", "Egyptian"), True,
          L("Iraq", "IRQ", None, None, None, 4, at="Iraq  &ndash;"), NODATE, T("abducted", at="were abducted"),
          outcome="captured",
          notes=("'Four Egyptian telecom engineers were abducted.' -> captured 4, civilians (engineers). The item names no "
                 "place; the only place tied to the list is the article's 'Iraq' dateline (precision 4, close call).")),
        E("e4", "casualty", C("One U.S. soldier", num="One", value=1), A("USA", "U.S.", at="One U.S. soldier"), False,
          L("north of Baghdad", "IRQ", None, 33.60, 44.35, 2), NODATE, T("killed", at="soldier was killed"),
          outcome="killed", notes="'One U.S. soldier was killed and two injured by a roadside bomb north of Baghdad.' -> killed 1."),
        E("e5", "casualty", C("two", value=2, at="two injured by"), A("USA"), False,
          L("north of Baghdad", "IRQ", None, 33.60, 44.35, 2), NODATE, T("injured", at="two injured by"),
          outcome="wounded", notes="'... and two injured' -> wounded 2; U.S. soldiers by the coordination (actor from context, surface null)."),
        E("e6", "casualty", C("One U.S. marine", num="One", value=1), A("USA", "U.S.", at="One U.S. marine"), False,
          L("south of Baghdad", "IRQ", None, 33.10, 44.40, 2, at="marine was killed south of Baghdad"),
          D("2005-02-05", "on Saturday"), T("killed", at="marine was killed"), outcome="killed",
          notes="'One U.S. marine was killed south of Baghdad on Saturday.' -> killed 1; Saturday before the Monday 7 February 2005 date = 5 February 2005."),
    ],
    hard_negatives=[
        H("2 missiles", "count of missiles"),
        H("a third struck", "a third missile, not a person"),
        H("no casualties were reported", "negated casualties"),
    ])

# ---------------------------------------------------------------- Pakistan 2007: Peshawar hotel bombing
PESH = L("a popular hotel in the frontier town of Peshawar", "PAK", "Khyber Pakhtunkhwa", 34.01, 71.58, 1)
LUNCH = D("2007-05-15", "at lunchtime", derived_from_context=True)
ANN["wn_2007_05_15_pakistan_peshawar_hotel_bombing"] = dict(
    events=[
        E("e1", "casualty", C("an estimated 24 people", num="24", value=24, approx=True, qualifier="an estimated"),
          A(None), None, PESH, LUNCH, T("killed", at="has killed"), outcome="killed", is_total=True,
          notes=("'A bomb blast at a popular hotel in the frontier town of Peshawar in Pakistan has killed an estimated 24 "
                 "people and injuriing dozens more.' -> killed, about 24. Date: 'the blast happened at lunchtime' in a "
                 "same-day report = the publication day (GUIDELINES 10), taken from the next sentence (derived).")),
        E("e2", "casualty", C("dozens more", num="dozens", value=None, low=24, approx=True, qualifier="dozens"), A(None),
          None, PESH, LUNCH, T("injuriing"), outcome="wounded",
          notes="'injuriing dozens more' (spelling as in source) -> wounded, dozens (low 24)."),
        E("e3", "casualty", C("two women and a five-year-old boy", num="two", value=3, qualifier="conjunction"), A(None),
          True, PESH, LUNCH, T("victims", at="among the victims"), outcome="killed", part_of="e1",
          source=S("They said"),
          notes=("'They said two women and a five-year-old boy were among the victims.' -> 3 (two women + a boy, "
                 "conjunction), civilians; 'They' = the police of the previous sentence. 'victims' is read as the "
                 "dead, part of the 24 (close call: the victims could include the injured).")),
    ],
    hard_negatives=[
        H("a suicide bomber", "the attacker, whose death is not counted"),
        H("a severed leg", "body part, not a count of people"),
    ])

# ---------------------------------------------------------------- Iraq 2007: CH-46 Sea Knight crash in Anbar
ANN["wn_2007_02_08_iraq_anbar_sea_knight_crash"] = dict(
    events=[
        E("e1", "casualty", C("seven passengers and crew", num="seven", value=7), A("USA"), False,
          L("the Al-Anbar province of Iraq", "IRQ", "Al Anbar", None, None, 3), D("2007-02-05", "on Monday", derived_from_context=True),
          T("No survivors"), outcome="killed",
          notes=("'The helicopter was carrying seven passengers and crew at the time of the crash. No survivors were "
                 "reported at the site.' -> killed 7, implied by 'No survivors' (GUIDELINES 2). Actor USA from context "
                 "(a US military helicopter: 'the U.S. military has suffered five such helicopters crashes'; surface "
                 "null); servicemen -> civilian false. Date as written: 'on Monday' in a Thursday story = 5 February "
                 "2007, although the text later calls it 'Wednesday's most recent attack' (conflict kept, noted). "
                 "Annotated as conflict casualties: the Islamic State of Iraq claims to have shot it down and "
                 "witnesses saw gunfire; the military did not say (close call).")),
        E("e2", "casualty", C("28 servicemen", num="28", value=28), A("USA", "U.S.", at="the U.S. military has suffered"),
          False, None, D("2007-01-18/2007-02-08", "in the past 3 weeks"), T("loss", at="the loss of 28"),
          outcome="killed", cumulative=True,
          notes=("'the U.S. military has suffered five such helicopters crashes, resulting in the loss of 28 servicemen in "
                 "the past 3 weeks' -> killed 28, running total over three weeks (interval to the publication day). "
                 "No place in the sentence -> location null.")),
    ],
    hard_negatives=[
        H("approximately 20 miles", "distance"),
        H("five such helicopters crashes", "count of crashes"),
        H("55 helicopters", "count of aircraft lost"),
    ])

# ---------------------------------------------------------------- Iraq 2007: 13 soldiers killed in Black Hawk crash
ANN["wn_2007_01_20_iraq_black_hawk_13_killed"] = dict(
    events=[
        E("e1", "casualty", C("all 13", num="13", value=13, qualifier="all"), A("USA", "U.S.", at="13 U.S. soldiers"),
          False, L("near Baghdad, Iraq", "IRQ", "Baghdad", 33.45, 44.55, 2), NODATE, T("killed", at="were killed when"),
          outcome="killed", source=S("The United States  military has confirmed"),
          alt_mentions=[S("Thirteen passengers and crew members")],
          notes=("'The United States military has confirmed that all 13 U.S. soldiers aboard a U.S. Blackhawk military "
                 "helicopter were killed when it crashed near Baghdad, Iraq.' -> killed 13. The military statement "
                 "quoted next ('Thirteen passengers and crew members were aboard the aircraft and all were killed') "
                 "repeats the figure (alt_mentions). Witnesses and CNN's sources say it was shot down -> conflict "
                 "casualties. No time expression -> date null.")),
    ],
    hard_negatives=[
        H("January 22", "date of a CNN report (it lies after the publication date in the source; kept as written)"),
        H("a farmer", "a witness, not a casualty"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: British soldier dies at Camp Souter
ANN["wn_2006_08_09_afghanistan_british_soldier_camp_souter"] = dict(
    events=[
        E("e1", "casualty", C("the fifth UK soldier", num="fifth", value=5, qualifier="ordinal"),
          A("GBR", "UK", at="fifth UK"), False, L("Afghanistan", "AFG", None, None, None, 4, at="this month in Afghanistan"),
          D("2006-08-01/2006-08-09", "this month"), T("die", at="to die this month"), outcome="killed", cumulative=True,
          notes=("'He is the fifth UK soldier to die this month in Afghanistan' -> ordinal running total, 5 "
                 "(GUIDELINES 2), 1-9 August 2006. The total includes the traffic-accident death reported here "
                 "(out of scope itself, see hard negatives), as the US toll in set (z) includes non-hostile deaths.")),
        E("e2", "casualty", C("eighteen British troops", num="eighteen", value=18),
          A("GBR", "British", at="eighteen British"), False, L("Afghanistan", "AFG", None, None, None, 4, at="this month in Afghanistan"),
          NODATE, T("died", at="have died there"), outcome="killed", cumulative=True,
          notes="'in total, eighteen British troops have died there since operations began' -> running total 18; the start of operations is not dated in the text -> date null."),
    ],
    hard_negatives=[
        H("a British soldier has been killed", "death in a traffic accident in camp (the next sentence), not caused by the conflict"),
        H("Twenty-five year-old", "age"),
        H("Private Andrew Barrie Cutts", "named soldier killed by insurgents, no count word (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Canadian convoy ambushed in Kandahar
KAND = L("Kandahar, Afghanistan", "AFG", "Kandahar", None, None, 3)
ANN["wn_2007_02_20_afghanistan_kandahar_canadian_convoy"] = dict(
    events=[
        E("e1", "casualty", C("an Afghan civilian", num="an", value=1), A("AFG", "Afghan", at="an Afghan civilian"), True,
          KAND, NODATE, T("shot", at="was shot by"), outcome="killed",
          notes=("'an Afghan civilian was shot by Canadian troops when he reportedly ignored warnings and approached the "
                 "Canadians. An Afghan police officer was also killed during the firefight.' -> killed 1: 'also killed' "
                 "implies the civilian died (close call; the title says 'gunned down'). 'Kandahar' may be the city or "
                 "the province (precision 3, close call). No time expression -> date null.")),
        E("e2", "casualty", C("An Afghan police officer", num="An", value=1), A("AFG", "Afghan", at="An Afghan police"),
          False, KAND, NODATE, T("killed", at="also killed"), outcome="killed",
          notes="'An Afghan police officer was also killed during the firefight.' -> killed 1; police -> civilian false."),
    ],
    hard_negatives=[
        H("Two separate RPG attacks", "count of attacks"),
        H("No Canadians were killed", "negated casualties"),
    ])

# ---------------------------------------------------------------- East Timor 2006: 25 NZ police deploy
ETL = L("East Timor", "TLS", None, None, None, 4)
ANN["wn_2006_07_11_east_timor_nz_police_deploy"] = dict(
    events=[
        E("e1", "deployment", C("25", value=25), A("NZL", "New Zealand", at="25 New Zealand"), False, ETL,
          D("2006-07-11", "today, July 11"), T("have left"),
          notes=("'25 New Zealand police officers have left today, July 11, for three months in East Timor.' -> "
                 "deployment of 25 police (civilian false, police); destination East Timor.")),
        E("e2", "presence", C("the 160", num="160", value=160), A("NZL", "New Zealand", at="160 New Zealand"), False,
          L("East Timor", "TLS", None, None, None, 4, at="already in East Timor"), NODATE, T("already in", at="already in East Timor"),
          notes=("'the 160 New Zealand Defence Force armed personnel that are already in East Timor' -> presence 160. "
                 "'already' gives no date -> date null.")),
    ],
    hard_negatives=[
        H("three months", "duration"),
        H("two weeks", "duration"),
        H("150,000 people", "displaced people in refugee camps (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Iraq 2007: US troop reduction plan
ANN["wn_2007_09_12_iraq_us_troop_reduction_plan"] = dict(
    events=[
        E("e1", "presence", C("168,000 U.S. troops", num="168,000", value=168000), A("USA", "U.S.", at="168,000 U.S."),
          False, L("Iraq", "IRQ", None, None, None, 4, at="serving in Iraq"), D("2007-09-12", "Currently"),
          T("serving", at="troops serving"),
          notes="'Currently, there are 168,000 U.S. troops serving in Iraq, the most that have ever been in the country.' -> presence 168,000; 'Currently' = the publication day."),
    ],
    hard_negatives=[
        H("as much of 30,000", "planned reduction (withdrawal), no event type (GUIDELINES 2)"),
        H("eight of the past 12 weeks", "count of weeks"),
        H("the past two weeks", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2007: UK troop withdrawal
ANN["wn_2007_10_02_iraq_uk_troop_withdrawal"] = dict(
    events=[
        E("e1", "presence", C("approximately 5,500 British troops", num="5,500", value=5500, approx=True,
                               qualifier="approximately"), A("GBR", "British", at="5,500 British"), False,
          L("Iraq", "IRQ", None, None, None, 4, at="5,500 British troops in Iraq"), NODATE, T("There are", at="There are approximately"),
          notes=("'There are approximately 5,500 British troops in Iraq, with most of them located in and around Basra.' "
                 "-> presence about 5,500 in Iraq (the Basra part has no count). No time word -> date null.")),
    ],
    hard_negatives=[
        H("at least one thousand British troops", "planned withdrawal, no event type (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Iran 2007: Zahedan car bomb
ZAH = L("outside of Zahedan", "IRN", "Sistan and Baluchestan", 29.50, 60.86, 2)
ANN["wn_2007_02_14_iran_zahedan_car_bomb"] = dict(
    events=[
        E("e1", "casualty", C("11  members", num="11", value=11), A(None), None, ZAH, D("2007-02-14", "Wednesday"),
          T("killed", at="bomb killed"), outcome="killed",
          notes=("'A car bomb detonated Wednesday outside of Zahedan ... The bomb killed 11 members and injured 34 others.' "
                 "-> killed 11. The name of the body the 'members' belonged to was lost in the markup conversion "
                 "(double space kept), so actor and civilian are null. Wednesday in a Wednesday story = the same day.")),
        E("e2", "casualty", C("34 others", num="34", value=34), A(None), None, ZAH, D("2007-02-14", "Wednesday"),
          T("injured", at="injured 34"), outcome="wounded", notes="'... and injured 34 others' -> wounded 34."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Gaza 2006: missile strike in northern Gaza (text cut)
NGAZA = L("northern Gaza Strip", "PSE", "North Gaza", None, None, 3)
ANN["wn_2006_07_03_gaza_northern_missile_strike"] = dict(
    events=[
        E("e1", "casualty", C("one person", num="one", value=1), A(None), None, NGAZA, NODATE, T("killing"),
          outcome="killed", notes="'Israel fired a missile into northern Gaza Strip, killing one person and wounding two.' -> killed 1 (person: actor/civilian null); no time expression."),
        E("e2", "casualty", C("two", value=2, at="wounding two"), A(None), None, NGAZA, NODATE, T("wounding"),
          outcome="wounded", notes="'... and wounding two' -> wounded 2."),
    ],
    hard_negatives=[
        H("a missile", "count of missiles"),
        H("no word of any casualties", "no casualties reported"),
    ])

# ---------------------------------------------------------------- Gaza 2008: crossings closed after rocket fire
ANN["wn_2008_01_19_gaza_crossings_closed"] = dict(
    events=[
        E("e1", "casualty", C("19 Palestinians", num="19", value=19), A("PSE", "Palestinians", at="19 Palestinians"), False,
          L("Gaza", "PSE", None, None, None, 3, at="which rules Gaza"), D("2008-01-15", "since Tuesday"),
          T("killed", at="forces killed"), outcome="killed",
          notes=("'Hamas, which rules Gaza, has fired more than 100 rockets at Israel since Tuesday, when Israeli forces "
                 "killed 19 Palestinians, most of them Hamas gunmen.' -> killed 19; mostly gunmen -> civilian false "
                 "(the mirror of GUIDELINES 10's 'mostly civilians'; close call). Tuesday before the Saturday story = "
                 "15 January 2008. Location: Gaza, the only place in the sentence (precision 3).")),
    ],
    hard_negatives=[
        H("more than 100 rockets", "count of rockets"),
        H("a seven-year break", "duration"),
    ])

# ---------------------------------------------------------------- Israel 2008: Jerusalem bulldozer attack
JER = L("Jerusalem", "ISR", "Jerusalem", 31.78, 35.22, 1)
TUE = D("2008-07-22", "Tuesday afternoon")
ANN["wn_2008_07_23_israel_jerusalem_bulldozer_attack"] = dict(
    events=[
        E("e1", "casualty", C("Sixteen", value=16), A(None), None, JER, TUE, T("wounded", at="were wounded"),
          outcome="wounded",
          notes=("'Sixteen were wounded, one seriously when a Palestinian rammed a backhoe loader into a bus ... Tuesday "
                 "afternoon in Jerusalem' -> wounded 16 (victims not described). 'one seriously' is a status breakdown "
                 "(hard negative). Tuesday in a Wednesday story = 22 July 2008.")),
        E("e2", "presence", C("a Palestinian", num="a", value=1), A("PSE", "Palestinian", at="a Palestinian"), None, JER,
          TUE, T("rammed"),
          notes=("'a Palestinian rammed a backhoe loader into a bus' -> the attacker as an attacking force of one "
                 "(presence, GUIDELINES 2; close call as in set (z)). His being shot dead is told with a pronoun only "
                 "(hard negative).")),
    ],
    hard_negatives=[
        H("one seriously", "status of one of the sixteen wounded (GUIDELINES 2)"),
        H("he was shot dead", "death of the attacker, no count word"),
        H("a civilian shot", "a civilian who shot the attacker; not a casualty"),
        H("No. 13 bus", "bus route number"),
        H("three weeks", "duration"),
        H("six Israeli-Arabs", "people indicted, not a capture reported in this text"),
    ])

# ---------------------------------------------------------------- Lebanon/Israel 2006: ICRC and rights groups on casualties (text cut)
LEB = L("Lebanon", "LBN", None, None, None, 4, at="600 wounded in Lebanon")
ISRL = L("Israel", "ISR", None, None, None, 4, at="150 wounded in Israel")
KRA = S("director of operations Pierre Krähenbühl")
ANN["wn_2006_07_20_lebanon_israel_icrc_casualties"] = dict(
    events=[
        E("e1", "casualty", C("about 230", num="230", value=230, approx=True, qualifier="about"), A(None), None, LEB,
          NODATE, T("killed", at="230 killed"), outcome="killed", source=KRA, cumulative=True,
          notes=("'he stated the reported death toll as about 230 killed and 600 wounded in Lebanon and 13 civilians "
                 "killed and over 150 wounded in Israel' -> four running totals of the war (no period given -> date "
                 "null). 'he' = the ICRC director of operations Pierre Krähenbühl (source resolved to the antecedent). "
                 "The Lebanese toll does not say who the dead were -> actor/civilian null.")),
        E("e2", "casualty", C("600", value=600, at="600 wounded"), A(None), None, LEB, NODATE,
          T("wounded", at="600 wounded"), outcome="wounded", source=KRA, cumulative=True, notes="600 wounded in Lebanon (running total)."),
        E("e3", "casualty", C("13 civilians", num="13", value=13), A("ISR"), True, ISRL, NODATE,
          T("killed", at="civilians killed"), outcome="killed", source=KRA, cumulative=True,
          notes="'13 civilians killed ... in Israel' -> killed 13, civilians; actor ISR as plainly implied (civilians in Israel; surface null; GUIDELINES 10)."),
        E("e4", "casualty", C("over 150", num="150", value=150, low=150, qualifier="over"), A(None), None, ISRL,
          NODATE, T("wounded", at="150 wounded"), outcome="wounded", source=KRA, cumulative=True,
          notes="'over 150 wounded in Israel' -> wounded, over 150 (treated as 'more than': low 150)."),
        E("e5", "casualty", C("at least one person", num="one", value=1, low=1, qualifier="at least"), A(None), None,
          None, NODATE, T("killed", at="person was killed"), outcome="killed", source=S("According to the UAE RC"),
          notes=("'an Israeli missile attack on an aid convoy, reported by the Red Crescent Society of the United Arab "
                 "Emirates ... According to the UAE RC, ... at least one person was killed in the attack.' -> killed, "
                 "at least 1. The convoy's location is not given -> location null; no date.")),
    ],
    hard_negatives=[
        H("large numbers of people", "displaced people, no count"),
        H("the past two days", "duration"),
        H("hundreds of metal ball bearings", "count of ball bearings"),
        H("several ambulances", "count of vehicles"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: Red Cross ambulances hit near Qana
QANA = L("near Qana", "LBN", "South Governorate", 33.21, 35.30, 2)
ANN["wn_2006_07_26_lebanon_red_cross_ambulances"] = dict(
    events=[
        E("e1", "casualty", C("Six ambulance workers", num="Six", value=6), A(None), True, QANA,
          D("2006-07-25", "last night", derived_from_context=True), T("wounded", at="were wounded"), outcome="wounded",
          notes=("'Six ambulance workers and their patients were wounded when Israeli missiles struck ambulances on a "
                 "rescue mission in south Lebanon. The attack took place near Qana' -> wounded 6 (the patients are "
                 "uncounted). Ambulance workers -> civilian true; their nationality is not stated (Lebanese Red "
                 "Cross by context only) -> actor null. Date: the Israeli army spokesman's 'the incident in which "
                 "vehicles were hit last night' = 25 July 2006 in a Wednesday story (derived; close call).")),
        E("e2", "casualty", C("six Lebanese Red Cross workers", num="six", value=6),
          A("LBN", "Lebanese", at="six Lebanese"), True, L("eastern Lebanon", "LBN", None, None, None, 3),
          D("2006-07-17/2006-07-23", "last week"), T("injured", at="and injured six"), outcome="wounded",
          notes=("'A lorry from the United Arab Emirates carrying medical supplies was hit in eastern Lebanon last week "
                 "killing its driver and injured six Lebanese Red Cross workers.' -> wounded 6 ('last week' = Monday-"
                 "Sunday of the previous week). The driver's death has no count word (hard negative).")),
        E("e3", "casualty", C("more than a dozen civilian passengers", num="a dozen", value=12, low=12, approx=True,
                               qualifier="more than a dozen"), A(None), True,
          L("the south of Lebanon", "LBN", None, None, None, 3), NODATE, T("killed", at="that have killed"),
          outcome="killed", cumulative=True, source=S("correspondent reports from the city of Tyre"),
          notes=("'at least 10 Lebanese ambulances ... have been targeted in Israeli air strikes in the south of Lebanon "
                 "that have killed more than a dozen civilian passengers on transport to hospitals' -> killed, more "
                 "than a dozen, civilians, running total (no period). The correspondent's outlet was lost in the markup "
                 "conversion ('An  correspondent').")),
    ],
    hard_negatives=[
        H("three patients", "patients to be evacuated; their wounding is told without a count"),
        H("Two ambulances", "count of vehicles"),
        H("two guided missiles", "count of missiles"),
        H("killing its driver", "a death with no count word (possessive, definite)"),
        H("100,000 people", "population without ambulance transport, not casualties"),
        H("at least 10 Lebanese ambulances", "count of vehicles"),
        H("hundreds of missiles", "count of missiles"),
        H("two southern bases", "count of bases"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: Amnesty accuses Israel of war crimes
ANN["wn_2006_08_23_lebanon_amnesty_war_crimes"] = dict(
    events=[
        E("e1", "casualty", C("Over 1,000 Lebanese", num="1,000", value=1000, low=1000, qualifier="over"),
          A("LBN", "Lebanese", at="1,000 Lebanese"), True, None, NODATE, T("killed", at="civilians were killed"),
          outcome="killed", cumulative=True,
          notes=("'Over 1,000 Lebanese, mostly civilians were killed during the fighting, while 161 Israelis, mostly "
                 "soldiers, were killed by Hezbollah.' -> war totals; mostly civilians -> civilian true (GUIDELINES 10). "
                 "'during the fighting' is not dated -> date null; no place in the sentence -> location null.")),
        E("e2", "casualty", C("161 Israelis", num="161", value=161), A("ISR", "Israelis", at="161 Israelis"), False, None,
          NODATE, T("killed", at="were killed by Hezbollah"), outcome="killed", cumulative=True,
          notes="161 Israelis, mostly soldiers -> killed 161, civilian false (mostly soldiers; close call)."),
        E("e3", "casualty", C("about 4,000 people", num="4,000", value=4000, approx=True, qualifier="about"), A(None), None,
          None, NODATE, T("wounded", at="also wounded"), outcome="wounded", cumulative=True,
          notes="'The Israeli attacks also wounded about 4,000 people' -> wounded, about 4,000 (people: actor/civilian null)."),
    ],
    hard_negatives=[
        H("nearly 1 million people", "displaced people (GUIDELINES 2)"),
        H("a quarter of the population", "share of the population displaced"),
    ])

# ---------------------------------------------------------------- Gaza 2006: Fox News journalists released
ANN["wn_2006_08_27_gaza_fox_journalists_released"] = dict(
    events=[
        E("e1", "casualty", C("two ''Fox News '' journalists", num="two", value=2), A(["USA", "NZL"]), True,
          L("Gaza City's Beach Hotel", "PSE", "Gaza", 31.52, 34.44, 1), NODATE, T("released", at="have been released"),
          outcome="captured", released=True,
          notes=("'A midnight deadline to release Muslim prisoners has passed and two Fox News journalists have been "
                 "released.' -> captured, released, 2. Actor: the American and the New Zealander of the next sentence "
                 "(list, surface null). Place of release: they 'were dropped off at Gaza City's Beach Hotel'. The text "
                 "gives no day for the release -> date null.")),
        E("e2", "casualty", C("The two journalists", num="two", value=2), A(["USA", "NZL"]), True,
          L("Gaza", "PSE", None, None, None, 3, at="coming to Gaza"), D("2006-08-14", "on August 14"),
          T("kidnapped", at="were kidnapped"), outcome="captured",
          notes=("'The two journalists, American Steve Centanni, 60, ... and New Zealander Olaf Wiig, 36, ... were "
                 "kidnapped from their press vehicle on August 14.' -> captured 2 on 14 August 2006. The place is not "
                 "stated in the sentence; Gaza from context (precision 3; close call).")),
    ],
    hard_negatives=[
        H("Ten days later", "duration"),
        H("the coming two days", "duration"),
        H("the kidnapped journalists", "restatement without a count word"),
    ])

# ---------------------------------------------------------------- Armenia 2008: Yerevan clashes and state of emergency
YER = L("the city of Yerevan", "ARM", "Yerevan", 40.18, 44.51, 1)
SAT_ARM = D("2008-03-01", "Saturday", derived_from_context=True)
ANN["wn_2008_03_02_armenia_yerevan_state_of_emergency"] = dict(
    events=[
        E("e1", "casualty", C("At least eight persons", num="eight", value=8, low=8, qualifier="at least"), A(None), None,
          YER, SAT_ARM, T("dead", at="left dead"), outcome="killed",
          notes=("'At least eight persons were left dead in clashes between police and opposition.' -> killed, at least "
                 "8; the toll covers both sides without a breakdown -> actor null. Date: the Saturday of the first "
                 "sentence (Saturday in a Sunday story = 1 March 2008; derived). Place: Yerevan, named in the next "
                 "sentences (the 'city of Yerevan's mayor's office').")),
        E("e2", "casualty", C("at least 30 people", num="30", value=30, low=30, qualifier="at least"), A(None), None, YER,
          SAT_ARM, T("sought treatment"), outcome="wounded", source=S("The health ministry said"), is_total=True,
          notes="'The health ministry said that at least 30 people, including six police officers, have sought treatment.' -> wounded, at least 30 (treatment sought = injured)."),
        E("e3", "casualty", C("six police officers", num="six", value=6), A("ARM"), False, YER, SAT_ARM,
          T("sought treatment"), outcome="wounded", part_of="e2", source=S("The health ministry said"),
          notes="'including six police officers' -> part of the 30; Armenian police by plain implication (surface null)."),
    ],
    hard_negatives=[
        H("roughly 15,000 protesters", "size of a protest rally, not an armed force or casualties"),
        H("20 days", "duration"),
        H("a lot of wounded people", "wounded with no count (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Gaza 2008: Abbas cuts ties after Israeli offensive
MAR1 = D("2008-03-01", "On Saturday March 1")
ANN["wn_2008_03_02_gaza_abbas_cuts_ties"] = dict(
    events=[
        E("e1", "casualty", C("over 100 people", num="100", value=100, low=100, qualifier="over"), A(None), None, None,
          NODATE, T("dead", at="people dead"), outcome="killed", cumulative=True, is_total=True,
          notes=("'recent Israeli crackdown on Palestinian militants has left over 100 people dead and dozens injured' "
                 "-> killed, over 100, running total of a 'recent' period (date null). The text names no place (the "
                 "offensive was in Gaza) -> location null.")),
        E("e2", "casualty", C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="dozens injured"),
          A(None), None, None, NODATE, T("injured", at="dozens injured"), outcome="wounded", cumulative=True,
          notes="'... and dozens injured' -> wounded, dozens (low 24), same running total."),
        E("e3", "casualty", C("70 Palestinians", num="70", value=70), A("PSE", "Palestinians", at="70 Palestinians"),
          None, None, MAR1, T("killed", at="were killed in clashes"), outcome="killed", part_of="e1",
          notes="'On Saturday March 1, 70 Palestinians were killed in clashes.' -> killed 70, read as part of the over 100 (close call)."),
        E("e4", "casualty", C("At least two soldiers", num="two", value=2, low=2, qualifier="at least"),
          A("ISR", "Israeli", at="Israeli Defense"), False, None, D("2008-03-01", "On Saturday March 1", derived_from_context=True),
          T("killed", at="also killed"), outcome="killed",
          notes="'At least two soldiers of the Israeli Defense Force were also killed.' -> killed, at least 2; date from the previous sentence."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Bolivia 2007: Cochabamba clashes
COCH = L("the central Bolivian city of Cochabamba", "BOL", "Cochabamba", -17.39, -66.16, 1)
JAN11 = D("2007-01-11", "on Thursday, January 11")
ANN["wn_2007_01_16_bolivia_cochabamba_clashes"] = dict(
    events=[
        E("e1", "casualty", C("2", value=2, at="2 dead"), A(None), None, COCH, JAN11, T("dead", at="2 dead"),
          outcome="killed",
          notes="'Fighting broke out between rioters and civil defense groups ... on Thursday, January 11 leaving 2 dead and 240 injured.' -> killed 2 (sides not stated)."),
        E("e2", "casualty", C("240", value=240), A(None), None, COCH, JAN11, T("injured", at="240 injured"),
          outcome="wounded", notes="'... and 240 injured' -> wounded 240."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Brazil 2008: news crew kidnapped by a 'militia' in Rio
BATAN = L("a poor community known as Batan, in the western area of Rio", "BRA", "Rio de Janeiro", -22.87, -43.45, 2)
ANN["wn_2008_06_01_brazil_rio_news_crew_kidnapped"] = dict(
    events=[
        E("e1", "casualty", C("A crew of three news workers", num="three", value=3), A("BRA"), True, BATAN,
          D("2008-05-14/2008-05-15", "May 14 to 15", derived_from_context=True), T("kidnapped", at="was kidnapped"),
          outcome="captured", alt_mentions=[S("A reporter, a photographer and a driver")],
          notes=("'A crew of three news workers was kidnapped and tortured by members of a criminal organization self-"
                 "labeled as a militia in a favela ... in Rio de Janeiro' -> captured 3, civilians (journalists and a "
                 "driver of a Rio newspaper: Brazilian by plain implication, surface null; close call). The next "
                 "sentence restates them as 'A reporter, a photographer and a driver' (alt_mentions). Date from 'The "
                 "kidnapping and torture happened May 14 to 15' (derived). They were released the next morning, told "
                 "with a pronoun only ('they were released'), so no release event.")),
        E("e2", "casualty", C("a reporter for TV Globo", num="a", value=1), A("BRA"), True,
          L("another favela", "BRA", "Rio de Janeiro", -22.91, -43.20, 2), D("2002-06-02", "On June 2nd, 2002"),
          T("kidnapped", at="also kidnapped"), outcome="captured",
          notes=("'On June 2nd, 2002, a reporter for TV Globo ... was also kidnapped and killed while working on a story "
                 "... in another favela.' -> captured 1 and killed 1 (two events on one count). Brazilian by plain "
                 "implication (surface null). Place: 'another favela' of Rio (coordinates of Rio, precision 2).")),
        E("e3", "casualty", C("a reporter for TV Globo", num="a", value=1), A("BRA"), True,
          L("another favela", "BRA", "Rio de Janeiro", -22.91, -43.20, 2), D("2002-06-02", "On June 2nd, 2002"),
          T("killed", at="kidnapped and killed"), outcome="killed",
          notes="same reporter (Tim Lopes, named in the next sentence) -> killed 1."),
    ],
    hard_negatives=[
        H("seven and a half hours", "duration of captivity"),
        H("all three were subjected", "torture of the captives already counted; no wounded wording (close call)"),
        H("Elias Maluco and Ratinho", "two named killers arrested (named individuals, GUIDELINES 2)"),
        H("more than 30 years", "length of prison sentences"),
        H("52 years old", "age"),
        H("the last two years", "duration"),
    ])

# ---------------------------------------------------------------- Gaza 2007: Hamas against the Army of Islam
ANN["wn_2007_07_03_gaza_hamas_army_of_islam"] = dict(
    events=[
        E("e1", "casualty", C("ten of its soldiers", num="ten", value=10), A("Hamas", "Hamas", at="Hamas also plans"),
          False, None, D("2007-07-02", "on Monday"), T("captured", at="were captured on Monday"), outcome="captured",
          notes=("'Hamas also plans to release ten of its soldiers who were captured on Monday.' -> captured 10, Hamas "
                 "men (the planned release is not an event). Monday in a Tuesday story = 2 July 2007. No place in the "
                 "sentence -> location null.")),
        E("e2", "casualty", C("One civilian fatality", num="One", value=1), A(None), True,
          L("the neighbourhood of Sabra  in Gaza", "PSE", "Gaza", 31.50, 34.45, 2), NODATE, T("fatality"),
          outcome="killed", hedge="has been reported",
          notes="'One civilian fatality has been reported as a result of the fighting between Hamas militants and The Army of Islam.' -> killed 1, civilian; the fighting is located in Sabra by the previous sentence."),
    ],
    hard_negatives=[
        H("captured BBC news  reporter Alan Johnston", "named hostage, no count word (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Gaza 2006: Israeli raid on Bait Hanun
BH = L("the North Gaza town of Bait Hanun", "PSE", "North Gaza", 31.54, 34.54, 1)
OVN = D("2006-10-31/2006-11-01", "overnight")
ANN["wn_2006_11_01_gaza_bait_hanun_raid"] = dict(
    events=[
        E("e1", "casualty", C("Seven Palestinians", num="Seven", value=7), A("PSE", "Palestinians", at="Seven Palestinians"),
          None, BH, OVN, T("died", at="soldier died"), outcome="killed",
          notes=("'Seven Palestinians and an Israeli soldier died overnight during an Israeli raid of the North Gaza town "
                 "of Bait Hanun.' -> killed 7 and killed 1 (two sides, two events). 'overnight' in a same-day report = "
                 "the night before publication (interval 31 October-1 November 2006).")),
        E("e2", "casualty", C("an Israel i soldier", num="an", value=1), A("ISR", "Israel i", at="an Israel i"), False,
          BH, OVN, T("died", at="soldier died"), outcome="killed",
          notes="'an Israel i soldier' (split as in source) -> killed 1."),
        E("e3", "casualty", C("one person", num="one", value=1), A(None), None,
          L("the Israeli border town of Sderot", "ISR", "Southern District", 31.52, 34.60, 1),
          D("2006-11-01", "Later", derived_from_context=True), T("lightly wounding"), outcome="wounded",
          notes="'Later, six homemade rockets were fired into the Israeli border town of Sderot, lightly wounding one person.' -> wounded 1; 'Later' = after the overnight raid, read as 1 November 2006 (derived, close call)."),
        E("e4", "casualty", C("at least 260 Palestinians", num="260", value=260, low=260, qualifier="at least"),
          A("PSE", "Palestinians", at="260 Palestinians"), None,
          L("the Palestinian territory", "PSE", None, None, None, 4), D("2006-07/2006-11-01", "a now four month-long offensive", approx=True),
          T("died", at="have died"), outcome="killed", cumulative=True,
          notes=("'Israel has been engaged in a now four month-long offensive in the Palestinian territory, in which at "
                 "least 260 Palestinians and 2 Israelis have died.' -> running totals over about four months (approx "
                 "interval July-1 November 2006).")),
        E("e5", "casualty", C("2 Israelis", num="2", value=2), A("ISR", "Israelis", at="2 Israelis"), None,
          L("the Palestinian territory", "PSE", None, None, None, 4), D("2006-07/2006-11-01", "a now four month-long offensive", approx=True),
          T("died", at="have died"), outcome="killed", cumulative=True, notes="2 Israelis over the same offensive."),
    ],
    hard_negatives=[
        H("six homemade rockets", "count of rockets"),
    ])

# ---------------------------------------------------------------- Iraq 2003/2007: inquest into the death of L/Cpl Matty Hull
ANN["wn_2007_03_16_iraq_matty_hull_inquest"] = dict(
    events=[
        E("e1", "casualty", C("Four other soldiers", num="Four", value=4), A("GBR"), False,
          L("25 miles north of Basra", "IRQ", "Basra", 30.87, 47.75, 2), D("2003-03-28", "on 28 March 2003", derived_from_context=True),
          T("injured", at="were injured"), outcome="wounded",
          notes=("'Four other soldiers were injured in the incident.' -> wounded 4 in the friendly-fire attack on L/Cpl "
                 "Hull's Scimitar 25 miles north of Basra; British by plain implication ('other' than the UK soldier; "
                 "surface null). Date from the first sentence (28 March 2003; derived). Hull himself is named with no "
                 "count word (hard negative).")),
    ],
    hard_negatives=[
        H("UK  soldier Lance Corporal Matty Hull", "named soldier killed, no count word (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Iraq 2006: deputy health minister kidnapped
ANN["wn_2006_11_19_iraq_deputy_health_minister_kidnapped"] = dict(
    events=[
        E("e1", "presence", C("six uniformed men", num="six", value=6), A("militants"), False,
          L("Baghdad's Sunni neighbourhood of Adhamiya", "IRQ", "Baghdad", 33.37, 44.36, 2),
          D("2006-11-19", "today", derived_from_context=True), T("arrived", at="arrived at"), hedge="It is reported",
          notes=("'It is reported that six uniformed men and others wearing suits, arrived at Mr Saffer's home in police "
                 "cars and pickup trucks and took him off.' -> the kidnappers as an attacking force (presence, GUIDELINES "
                 "2), 6 (the 'others' are uncounted); unnamed attackers -> 'militants' (GUIDELINES 10). Place: his home in "
                 "Adhamiya (first sentence); date: 'was kidnapped today' (derived). The named minister's abduction has no "
                 "count word (hard negative).")),
        E("e2", "casualty", C("100 doctors", num="100", value=100), A("IRQ"), True, None, NODATE,
          T("killed", at="had been killed"), outcome="killed", cumulative=True, source=S("He said", at="He said that the insurgents"),
          reported_date="2006-08-09",
          notes=("'On August 9, 2006, Mr Saffar discussed the health situation in Iraq with the BBC. He said that the "
                 "insurgents were killing doctors ... 100 doctors had been killed' -> killed 100, running total without a "
                 "period (date null; the interview day as reported_date); source 'He' = Mr Saffar. Iraqi doctors by "
                 "plain implication (surface null).")),
    ],
    hard_negatives=[
        H("Ammar al-Saffar", "named kidnapped official, no count word (GUIDELINES 2)"),
        H("about 18,000 doctors", "number of doctors in the country, not casualties"),
        H("$8 Billion", "money"),
        H("He was uninjured", "negated casualty"),
    ])

# ---------------------------------------------------------------- France 1916/2008: Fromelles mass grave
FROM = L("outside of the town of Fromelles", "FRA", "Hauts-de-France", 50.61, 2.85, 2)
BATTLE = D("1916-07-19/1916-07-20", "July 19-20, 1916", derived_from_context=True)
ANN["wn_2008_06_01_france_fromelles_mass_grave"] = dict(
    events=[
        E("e1", "casualty", C("170 Australia n troops", num="170", value=170), A("AUS", "Australia n", at="170 Australia"),
          False, FROM, BATTLE, T("died", at="who died"), outcome="killed", part_of="e2",
          notes=("'The remains of 170 Australian troops who died in the Battle of Fromelles have been found in a mass "
                 "grave outside of the town of Fromelles, France.' -> killed 170 (split 'Australia n' as in source), part "
                 "of the about 400 in the graves. Date: the battle, 'Fought during July 19-20, 1916' (derived).")),
        E("e2", "casualty", C("around 400 British  and Australian  troops", num="400", value=400, approx=True, qualifier="around"),
          A(["GBR", "AUS"]), False, FROM, BATTLE, T("graves contain"), outcome="killed", is_total=True,
          notes=("'The graves contain a total of around 400 British and Australian troops.' -> killed, about 400, implied "
                 "by the mass graves of the dead (GUIDELINES 2, implied deaths); list actor (British and Australian; "
                 "surface null because the two adjectives are apart).")),
        E("e3", "casualty", C("over 5,000 casualties", num="5,000", value=5000, low=5000, qualifier="over"),
          A("AUS", "Australians", at="the Australians sustaining"), False,
          L("the Battle of Fromelles", "FRA", "Hauts-de-France", 50.61, 2.85, 2, at="the Battle of Fromelles was"),
          D("1916-07-19/1916-07-20", "July 19-20, 1916"), T("casualties", at="5,000 casualties"), outcome="casualties",
          notes="'the Australians sustaining over 5,000 casualties in less than a day' -> outcome casualties (kind not stated), over 5,000."),
    ],
    hard_negatives=[
        H("two weeks", "duration of the dig"),
        H("over 90 years", "duration"),
        H("eight 40-meter long pits", "count of pits"),
        H("Five of the eight pits", "count of pits"),
        H("the other three", "count of pits"),
    ])

# ---------------------------------------------------------------- Kenya 2008: post-election clashes
ANN["wn_2008_01_01_kenya_post_election_clashes"] = dict(
    events=[
        E("e1", "casualty", C("At least 250 people", num="250", value=250, low=250, qualifier="at least"), A(None), None,
          L("Kenya", "KEN", None, None, None, 4), NODATE, T("died", at="have died"), outcome="killed", cumulative=True,
          notes=("'At least 250 people have died in Kenya in post-election clashes across the nation.' -> killed, at least "
                 "250, running total since the election (the period start, the vote of 27 December 2007, is not in the "
                 "text -> date null).")),
    ],
    hard_negatives=[
        H("any person caught outside", "a threat, not a casualty"),
        H("some people have had the intention of killing others", "intent, no count"),
    ])

# ---------------------------------------------------------------- Iraq 2006: US military deaths reach 3000
ANN["wn_2006_12_31_iraq_us_deaths_reach_3000"] = dict(
    events=[
        E("e1", "casualty", C("3000", value=3000, at="to 3000"), A("USA", "US", at="US troop fatalities"), False,
          L("Iraq", "IRQ", None, None, None, 4, at="fatalities in Iraq"), D("2003/2006-12-31", "since the onset of war in 2003"),
          T("fatalities", at="troop fatalities"), outcome="killed", cumulative=True,
          alt_mentions=[S("3000", at="While 3000")],
          notes=("'bringing the number of US troop fatalities in Iraq since the onset of war in 2003 to 3000' -> running "
                 "total 3,000 (2003 to the publication day); 'While 3000 is a small number' repeats it (alt_mentions). "
                 "Spc. Donica's death is named with no count word (hard negative).")),
    ],
    hard_negatives=[
        H("Donica, 22, was killed", "named soldier, no count word (GUIDELINES 2)"),
        H("$350 billion", "money"),
    ])

# ---------------------------------------------------------------- Brazil 2006: PCC attacks in Sao Paulo (July wave)
ANN["wn_2006_07_24_brazil_sao_paulo_pcc_july_attacks"] = dict(
    events=[
        E("e1", "casualty", C("6 deaths", num="6", value=6), A(None), None,
          L("São Paulo  state", "BRA", "São Paulo", None, None, 3),
          D("2006-07-11/2006-07-13", "from 22:00 of Tuesday (11, 01:00 Wednesdays UTC) until the beginning of the evening of Thursday(13)", derived_from_context=True),
          T("deaths", at="6 deaths"), outcome="killed", source=S("The Secretary of Public Security of São Paulo reports"),
          notes=("'The Secretary of Public Security of São Paulo reports 6 deaths among civilian and police officers.' "
                 "-> killed 6; a mixed toll of civilians and police -> actor and civilian null (close call). Period "
                 "taken from the Secretary's count of attacks from Tuesday 11 to Thursday 13 July (derived).")),
    ],
    hard_negatives=[
        H("102 criminal actions", "count of attacks"),
        H("118 different targets", "count of targets"),
        H("65 buses", "count of buses"),
        H("16 banks", "count of banks"),
        H("2 supermarkets", "count of shops"),
        H("at least 18 cities", "count of cities"),
        H("130km", "distance"),
    ])

# ---------------------------------------------------------------- France 2007: Villiers-le-Bel riots
VLB = L("Villiers-le-Bel and Arnouville", "FRA", "Île-de-France", 48.99, 2.39, 2)
ANN["wn_2007_11_26_france_villiers_le_bel_riots"] = dict(
    events=[
        E("e1", "presence", C("dozens of young people", num="dozens", value=None, low=24, approx=True, qualifier="dozens"),
          A(None), True, L("Sarcelles  and Villiers-le-Bel", "FRA", "Île-de-France", 48.99, 2.38, 2), NODATE,
          T("attacked", at="attacked a police station"),
          notes=("'In six hours, dozens of young people in Sarcelles and Villiers-le-Bel ... attacked a police station' -> "
                 "size of the attacking group as presence (GUIDELINES 2), dozens (low 24); rioters -> civilian true "
                 "(close call). No time expression -> date null.")),
        E("e2", "casualty", C("A police captain", num="A", value=1), A("FRA"), False, VLB, NODATE,
          T("injuries", at="serious injuries"), outcome="wounded", part_of="e3",
          notes=("'A police captain, who tried to negotiate with the youths, had to be hospitalized with serious injuries "
                 "to the face.' -> wounded 1, read as one of the 21 officers (part_of; close call). French police by "
                 "plain implication (surface null).")),
        E("e3", "casualty", C("at least 21 officers", num="21", value=21, low=21, qualifier="at least"), A("FRA"), False,
          VLB, NODATE, T("injured", at="were injured in rioting"), outcome="wounded", source=S("According to police"),
          notes="'According to police, at least 21 officers were injured in rioting in Villiers-le-Bel and Arnouville.' -> wounded, at least 21."),
    ],
    hard_negatives=[
        H("two teenagers were killed", "deaths in a road accident, not caused by the riot"),
        H("six hours", "duration"),
        H("several cars", "count of vehicles"),
        H("Two hours before", "duration"),
        H("The teens, aged 15 and 16", "ages of the accident victims"),
    ])

# ---------------------------------------------------------------- Iraq 2003/2008: Baha Mousa compensation
ANN["wn_2008_07_12_iraq_baha_mousa_compensation"] = dict(
    events=[
        E("e1", "casualty", C("nine other Iraqis", num="nine", value=9), A("IRQ", "Iraqis", at="nine other Iraqis"), None,
          L("Iraq", "IRQ", None, None, None, 4, at="abuse in Iraq"), D("2003-09", "in September 2003", derived_from_context=True),
          T("arrested", at="were arrested"), outcome="captured",
          notes=("'Mousa and nine other Iraqis were arrested by a patrol of the Queen's Lancashire Regiment' -> captured "
                 "9 (the named Mousa is not counted). The text names no place beyond Iraq; the date is that of his death "
                 "at the base in the previous sentence (September 2003; derived, close call). civilian null (the text "
                 "calls only Mousa a civilian).")),
    ],
    hard_negatives=[
        H("Iraqi civilian Baha Mousa", "named victim, no count word (GUIDELINES 2)"),
        H("36 hours", "duration"),
        H("the seven soldiers involved", "soldiers tried for abuse, not a deployment or casualty"),
        H("The other six soldiers", "soldiers acquitted, not an event"),
        H("a year in prison", "duration of a sentence"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Cpl Cornish killed in Basra (text cut)
ANN["wn_2006_08_02_iraq_basra_corporal_cornish"] = dict(
    events=[
        E("e1", "casualty", C("the one hundred and fifteenth British soldier", num="one hundred and fifteenth", value=115,
                               qualifier="ordinal"), A("GBR", "British", at="fifteenth British"), False,
          L("Iraq", "IRQ", None, None, None, 4, at="killed in Iraq since"), D("2003/2006-08-01", "since operations began in 2003"),
          T("killed", at="to be killed in Iraq"), outcome="killed", cumulative=True,
          notes=("'his son, the one hundred and fifteenth British soldier to be killed in Iraq since operations began in "
                 "2003' -> ordinal running total 115 (GUIDELINES 2), 2003 to his death 'yesterday' (1 August 2006). "
                 "Cpl Cornish's own death is named with no count word (hard negative).")),
    ],
    hard_negatives=[
        H("29 year-old Corporal Matthew Cornish", "named soldier, no count word (GUIDELINES 2)"),
        H("60 year-old", "age"),
        H("two young children", "family members, not casualties"),
        H("three months", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Baqubah under insurgent control
ANN["wn_2007_01_03_iraq_baqubah_insurgent_control"] = dict(
    events=[
        E("e1", "casualty", C("13 suspected insurgents", num="13", value=13), A("insurgents", "insurgents", at="suspected insurgents"),
          False, L("a suspected terrorist training camp", "IRQ", "Diyala", None, None, 3),
          D("2006-12-21/2006-12-31", "Late last month", approx=True, derived_from_context=True), T("captured", at="it captured"), outcome="captured",
          source=S("The Army said"),
          notes=("'Late last month, combined American and Iraqi forces raided what the U.S. Army called \"a suspected "
                 "terrorist training camp.\" The Army said it captured 13 suspected insurgents during the raid.' -> "
                 "captured 13. Place: the camp, in the Baqubah/Diyala area of the article (no town given; precision 3, "
                 "close call). 'Late last month' = late December 2006 (approx; date phrase in the previous sentence).")),
    ],
    hard_negatives=[
        H("Six months ago", "time expression; the named al-Zarqawi's death has no count word"),
        H("more than $220 million", "money"),
    ])

# -*- coding: utf-8 -*-
"""Gold annotations of set (ai), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`. E() only saves typing: it returns the same event dict as the format model writes out by hand.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}


def E(eid, typ, outcome, actor, civilian, count, location, date, source, trigger, notes, **ext):
    """One gold event (type/outcome, actor, civilian, count, location, date, source, trigger, notes, extensions)."""
    ev = dict(id=eid, type=typ)
    if outcome is not None:
        ev["outcome"] = outcome
    ev.update(actor=actor, civilian=civilian, count=count, location=location, date=date, source=source,
              trigger=trigger)
    ev.update(ext)
    ev["notes"] = notes
    return ev


# ---------------------------------------------------------------- Russia 2009: the cargo ship New Star sunk off Vladivostok
VLAD = L("near Russia's far-eastern port of Vladivostok", "RUS", "Primorsky Krai", 43.12, 131.89, 2)
SUN_NS = D("2009-02-15", "last Sunday", derived_from_context=True)
ANN["wn_2009_02_21_russia_new_star_ship_sinking"] = dict(
    events=[
        E("e1", "casualty", "missing", A(["CHN", "IDN"]), True,
          C("the others", num="others", value=8), VLAD, SUN_NS, None, T("missing", at="remain missing"),
          ("'Eight out of 16 crew members on board were saved while the others remain missing.' -> missing; the "
           "count is implied (16 - 8 = 8) and itemized two sentences later as 'seven Chinese and one Indonesian' "
           "(e2, e3), so this is the total (is_total) with a list actor (GUIDELINES 3: one count covering several "
           "nationalities). Crew of a merchant ship -> civilian. Date: the sinking 'last Sunday' (Saturday story = "
           "15 February 2009, derived). The Canadian Press's 'presumed to have drowned' is a presumption, not a "
           "reported death; no killed event (close call)."),
          is_total=True),
        E("e2", "casualty", "missing", A("CHN", "Chinese", at="include seven Chinese"), True,
          C("seven Chinese", num="seven", value=7), VLAD, SUN_NS, None, T("missing", at="The missing crew"),
          "'The missing crew include seven Chinese and one Indonesian.' -> missing 7, part of e1.", part_of="e1"),
        E("e3", "casualty", "missing", A("IDN", "Indonesian"), True,
          C("one Indonesian", num="one", value=1), VLAD, SUN_NS, None, T("missing", at="The missing crew"),
          "'... and one Indonesian.' -> missing 1, part of e1.", part_of="e1"),
    ],
    hard_negatives=[
        H("Eight out of 16 crew members", "crew rescued ('were saved'); not a casualty count"),
        H("all 16 crew members", "everyone on board abandoning ship; not a casualty count"),
        H("two life boats", "count of boats"),
        H("One boat carrying eight people", "the boat that was saved; rescued people"),
        H("three-day search", "duration"),
    ])

# ---------------------------------------------------------------- North Korea 2009: two US journalists detained
TUMEN = L("the Tumen River", "PRK", "North Hamgyong", 42.96, 129.83, 2)
ANN["wn_2009_03_19_north_korea_us_journalists_detained"] = dict(
    events=[
        E("e1", "casualty", "captured", A("USA", "American", at="two American"), True,
          C("two American  journalists", num="two", value=2), TUMEN,
          D("2009-03-17", "March 17", derived_from_context=True), None, T("detained", at="has detained"),
          ("'The North Korean military has detained two American journalists after they allegedly crossed into North "
           "Korea from China by accident.' -> captured 2 (detained), journalists -> civilian, USA. Place: 'arrested "
           "at the Tumen River' (sentence 8; the border river; taken into custody by North Korean guards, so PRK; "
           "coordinates near Tumen/Namyang are the annotator's estimate). Date: 'early in the morning of March 17' "
           "in the State Department quote (derived). Yonhap's 'Two reporters' and the State Department's 'two American "
           "citizens' restate the same two people (alt_mentions, GUIDELINES 6), as does 'The two journalists'."),
          alt_mentions=[S("Two reporters"), S("The two journalists", at="The two journalists are"),
                        S("two American citizens")]),
    ],
    hard_negatives=[
        H("several times", "count of warnings"),
        H("one of the agency's reporters", "describes one of the two already counted (named Laura Ling)"),
    ])

# ---------------------------------------------------------------- Iraq 2009: provincial elections, bomb in Tuz Khurmatu
TUZ = L("Tuz Khurmatu, north of the capital Baghdad", "IRQ", "Salah ad-Din", 34.89, 44.63, 1)
ANN["wn_2009_01_31_iraq_provincial_elections_tuz_khurmatu"] = dict(
    events=[
        E("e1", "casualty", "wounded", A("IRQ"), True, C("A civilian", num="A", value=1), TUZ, D(None), None,
          T("injured", at="policemen were injured"),
          ("'A civilian and six policemen were injured by a bomb in Tuz Khurmatu, north of the capital Baghdad.' -> "
           "two events (different kinds of people): wounded 1 civilian (Iraqi by plain implication, GUIDELINES 10; "
           "surface null). The text gives no time for this bomb (it follows the election-day Tikrit report, but "
           "'today' is tied only to the voting) -> date null (close call: probably election day, 31 January 2009).")),
        E("e2", "casualty", "wounded", A("IRQ"), False, C("six policemen", num="six", value=6), TUZ, D(None), None,
          T("injured", at="policemen were injured"),
          "'... and six policemen were injured' -> wounded 6, police (civilian false), Iraqi by implication. Date null as e1."),
    ],
    hard_negatives=[
        H("Three mortar shells", "count of munitions, 'without causing injuries'"),
        H("four flash bombs", "count of munitions"),
        H("more than 14,000 people standing", "election candidates"),
        H("14 of Iraq's 18 provinces", "count of provinces"),
        H("440 seats", "count of seats"),
        H("The three Kurdish", "count of provinces"),
        H("the first time in four years", "duration"),
    ])

# ---------------------------------------------------------------- Gaza 2008-2009: Israeli veterans' accounts of killings
GAZA_W = L("Gaza", "PSE", "Gaza Strip", None, None, 3, at="Israel–Gaza conflict")
WAR_0809 = D("2008/2009", "2008–2009", derived_from_context=True, approx=True)
VETS = S("Israeli  veterans of the 2008–2009 Israel–Gaza conflict  revealed")
ANN["wn_2009_03_24_gaza_idf_veterans_accounts"] = dict(
    events=[
        E("e1", "casualty", "killed", A("PSE"), True, C("an old woman", num="an", value=1, at="killing of an old"),
          GAZA_W, WAR_0809, VETS, T("killing", at="ordered the killing"),
          ("'In one, an Israeli commander ordered the killing of an old woman walking down a road ...' -> killed 1 "
           "(the account is of 'the deaths of unarmed civilians', so the ordered killing was carried out), civilian; "
           "Palestinian by plain implication (surface null). Place: only 'the 2008–2009 Israel–Gaza conflict' ties "
           "the accounts to a place -> the Gaza Strip (precision 3). Date: the war's years as written ('2008–2009', "
           "approx). Source: the veterans' accounts. 'the old woman' later restates her (alt_mention)."),
          alt_mentions=[S("the old woman", at="whether the old woman")]),
        E("e2", "casualty", "killed", A("PSE"), True,
          C("a woman and her two children", num="two", value=3, qualifier="conjunction"), GAZA_W, WAR_0809, VETS,
          T("killed", at="children were killed"),
          ("'In a second account a woman and her two children were killed by a sniper ...' -> killed 3 (coordinated "
           "phrase: one woman + two children, qualifier conjunction, GUIDELINES 4); 'the three were killed' restates "
           "them (alt_mention). Civilians, Palestinian by implication. The sniper (a lone attacker) is not annotated "
           "as presence (README)."),
          alt_mentions=[S("the three")]),
    ],
    hard_negatives=[
        H("two accounts", "count of accounts (testimonies)"),
        H("100 metres", "distance"),
        H("One squad leader", "a speaker, not a casualty or force count"),
    ])

# ---------------------------------------------------------------- Gaza 2009: Israeli strike on the Press TV building
ANN["wn_2009_01_09_gaza_press_tv_building_strike"] = dict(
    events=[
        E("e1", "casualty", "wounded", A(None), True,
          C("At least two people", num="two", value=2, low=2, qualifier="at least"),
          L("the Press TV  building in the Gaza Strip", "PSE", "Gaza", 31.52, 34.45, 2),
          D("2009-01-09", "at about 15:40 GMT", derived_from_context=True), None, T("injured"),
          ("'At least two people have been injured.' -> wounded, at least 2. 'only journalists were inside the building "
           "when the rocket hit' -> civilian true by coreference (GUIDELINES 3); nationality not stated -> actor null. "
           "Place: the building the rocket struck (Gaza City, where the building stands, coordinates the annotator's; "
           "precision 2). Date: a clock time in a same-day report -> the publication day (as set (z)).")),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Egypt 2012: first anniversary of the revolution
ANN["wn_2012_01_25_egypt_revolution_anniversary"] = dict(
    events=[
        E("e1", "casualty", "killed", A("EGY"), None, C("850", value=850, at="revolution's 850 casualties"),
          L("Egypt", "EGY", None, None, None, 4, at="Across Egypt"),
          D("2011-01-25/2011-02-11", "one year since the outbreak of protests", derived_from_context=True), None,
          T("casualties", at="850 casualties"),
          ("'It was bitter fighting in Suez led to the first of the revolution's 850 casualties in ousting Mubarak.' "
           "and, in the next paragraph, 'the 850 martyrs of the revolution' (alt_mention) -> a running total of the "
           "revolution's dead (cumulative). Outcome killed, not 'casualties': the restatement calls them martyrs and "
           "'Photos of the dead' follow (close call against outcome casualties, which set (z) used when the text "
           "says only 'casualties'). Actor: Egyptians by plain implication (surface null); civilian null (protesters, "
           "police and others are not told apart). Place: the whole country (Suez is only where the first deaths "
           "fell). Date: from the outbreak of the protests exactly one year before publication to 'last year's "
           "February 11 resignation of Mubarak' (derived)."),
          cumulative=True, alt_mentions=[S("850", at="the 850 'martyrs")]),
        E("e2", "casualty", "captured", A("EGY"), True,
          C("at least 2,000 prisoners", num="2,000", value=2000, low=2000, qualifier="at least"),
          L("Tora prison in Cairo", "EGY", "Cairo", 29.99, 31.26, 1), D(None), None,
          T("released", at="pardoned and released"),
          ("'The military has pardoned and released at least 2,000 prisoners jailed following military trials, "
           "prominently including a blogger ...' -> captured with released: true (GUIDELINES 2: release of "
           "captives). People jailed after military trials of civilians (the example is a blogger) -> civilian true, "
           "Egyptian (close call). 'Thousands have now left Tora prison in Cairo.' restates the release in vaguer "
           "terms (alt_mention) and gives the only place. No time expression for the release ('now' describes the "
           "state) -> date null."),
          released=True, alt_mentions=[S("Thousands", at="Thousands have now left")]),
    ],
    hard_negatives=[
        H("hundreds of thousands", "crowd of demonstrators; not troops or casualties"),
        H("tens of thousands of people", "crowd size"),
        H("150,000 strong", "crowd size"),
        H("the first of the", "ordinal naming the earliest deaths, not a count"),
        H("83-year-old", "age"),
        H("twenty years", "duration"),
        H("all 54 political parties", "count of parties"),
        H("the twelve responding parties", "count of parties"),
        H("two parties", "count of parties"),
        H("The five-man prosecution team", "size of a prosecution team"),
        H("six senior police officers", "defendants in a trial; not a casualty or force count"),
        H("26-year-old", "age of the named, imprisoned blogger"),
        H("a three year sentence", "duration of a sentence"),
    ])

# ---------------------------------------------------------------- United States 2011: budget impasse and troops' pay
ANN["wn_2011_04_07_us_budget_shutdown_troops_pay"] = dict(
    events=[
        E("e1", "presence", None, A("USA"), False, C("146,000 servicemembers", num="146,000", value=146000),
          L("Iraq and Afghanistan", None, None, None, None, 4, at="servicemembers in Iraq"), D(None),
          S("Pentagon press secretary Geoff Morrell said"), T("in", at="146,000 servicemembers in"),
          ("'Pentagon press secretary Geoff Morrell said earlier Tuesday that ... including the 146,000 servicemembers "
           "in Iraq and Afghanistan.' -> presence 146,000 US servicemembers (actor from 'U.S. service men and women' "
           "in the lede; surface null) across two countries (location wider than one country: country null, "
           "precision 4). Only the reporting day is given ('earlier Tuesday' in a Thursday story = 5 April 2011) -> "
           "date null, reported_date."),
          reported_date="2011-04-05"),
    ],
    hard_negatives=[
        H("one-week's pay instead of two", "pay periods"),
        H("two-week pay period", "duration"),
        H("$12 billion", "money"),
        H("another week", "duration"),
    ])

# ---------------------------------------------------------------- United States 2020: clashes after a rally in Washington
FREEDOM = L("Freedom Plaza in the US capital city of Washington, DC", "USA", "District of Columbia", 38.90, -77.03, 1)
SAT_DC = D("2020-11-14", "Saturday's unrest")
ANN["wn_2020_11_17_us_washington_protest_clashes"] = dict(
    events=[
        E("e1", "casualty", "captured", A(None), None, C("twenty people", num="twenty", value=20), FREEDOM, SAT_DC,
          S("according to a report citing the mayor's office"), T("arrested"),
          ("'As a result of Saturday's unrest, according to a report citing the mayor's office, twenty people were "
           "arrested, and two police officers were injured.' -> captured 20 (arrests, GUIDELINES 2). 'people' -> actor "
           "and civilian null. Place: the rally at Freedom Plaza (first sentence). Saturday in a Tuesday story = 14 "
           "November 2020.")),
        E("e2", "casualty", "wounded", A("USA"), False, C("two police officers", num="two", value=2), FREEDOM, SAT_DC,
          S("according to a report citing the mayor's office"), T("injured"),
          "'... and two police officers were injured.' -> wounded 2, police (civilian false); US by plain implication (DC police, surface null)."),
    ],
    hard_negatives=[
        H("several thousand people rallied", "crowd of demonstrators; not a force or casualty count"),
        H("two factions", "count of groups"),
    ])

# ---------------------------------------------------------------- Iraq 2005: US troops fire on the car of the freed hostage Sgrena
WBAGH = L("western Baghdad", "IRQ", "Baghdad", 33.31, 44.33, 2)
ANN["wn_2005_03_06_iraq_sgrena_calipari_shooting"] = dict(
    events=[
        E("e1", "casualty", "killed", A("ITA", "Italian", at="an Italian intelligence"), False,
          C("an Italian intelligence officer", num="an", value=1), WBAGH, D(None), None, T("death", at="the death of"),
          ("'... US troops shot at her car, resulting in the death of an Italian intelligence officer ...' -> killed 1, "
           "Italian, a state security officer (civilian false, as police). The US military statement's 'killing one' "
           "is the same death from a second source (alt_mention, GUIDELINES 6). Place: 'a patrol in western Baghdad' "
           "in that statement. The text gives no day for the shooting ('earlier that day' dates the release, and the "
           "statement gives only a clock time) -> date null. The officer is named later (Nicola Calipari)."),
          alt_mentions=[S("one", at="killing one and")]),
        E("e2", "casualty", "wounded", A("ITA", "Italians", at="wounded Italians"), None,
          C("two others", num="two", value=2, at="wounding two others"), WBAGH, D(None),
          S("The US military said in a statement"), T("wounding", at="wounding two"),
          ("'When the driver didn't stop, the soldiers shot into the engine block, which stopped the vehicle, killing "
           "one and wounding two others.' (US military statement) -> wounded 2; 'the wounded Italians' (Observer quote) "
           "gives the side. One of them is the journalist Sgrena (her gunshot wound), the other not described -> "
           "civilian null. Date null as e1.")),
        E("e3", "casualty", "killed", A(None), None, C("16", value=16, at="killing 16"),
          L("a checkpoint at the Green Zone in Baghdad", "IRQ", "Baghdad", 33.30, 44.39, 2),
          D("2004-12-04", "On December 4, 2004"), None, T("killing", at="killing 16"),
          ("'On December 4, 2004, two cars exploded next to a checkpoint at the Green Zone in Baghdad, killing 16 and "
           "wounding dozens.' -> killed 16; victims not described -> actor/civilian null (the preceding sentence is "
           "about American soldiers as victims of such attacks in general).")),
        E("e4", "casualty", "wounded", A(None), None,
          C("dozens", value=None, low=24, approx=True, qualifier="dozens"),
          L("a checkpoint at the Green Zone in Baghdad", "IRQ", "Baghdad", 33.30, 44.39, 2),
          D("2004-12-04", "On December 4, 2004"), None, T("wounding", at="wounding dozens"),
          "'... and wounding dozens.' -> wounded, dozens (low 24 by convention)."),
        E("e5", "casualty", "killed", A(None), None, C("13", value=13, at="killing 13"),
          L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="exploded in Baghdad killing"),
          D("2004-12-13", "On December 13", derived_from_context=True), None, T("killing", at="killing 13"),
          ("'On December 13, another car exploded in Baghdad killing 13.' -> killed 13; the year is that of the "
           "previous sentence (2004, derived).")),
    ],
    hard_negatives=[
        H("between 300 and 400 bullets", "count of rounds fired"),
        H("several checkpoints", "count of checkpoints"),
        H("more than an hour", "duration"),
        H("two cars exploded", "count of car bombs"),
        H("another car exploded", "count of car bombs"),
        H("for a month", "duration of the (named) journalist's captivity"),
    ])

# ---------------------------------------------------------------- Iraq 2005: bomb against Allawi's convoy and other Baghdad bombs
WED_AL = D("2005-04-20", "on Wednesday night", derived_from_context=True)
ANN["wn_2005_04_21_iraq_allawi_convoy_bomb"] = dict(
    events=[
        E("e1", "casualty", "killed", A("IRQ"), False, C("two policemen", num="two", value=2),
          L("a residential part of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2), WED_AL, None,
          T("killed", at="explosion killed"),
          ("'The resulting explosion killed two policemen and wounded at least one other' -> killed 2, police "
           "(civilian false), Iraqi by implication. Date: the attack 'around 11pm local time on Wednesday night' "
           "(Thursday story = 20 April 2005, derived). The suicide bomber's own death is out of scope.")),
        E("e2", "casualty", "wounded", A("IRQ"), None,
          C("at least one other", num="one", value=1, low=1, qualifier="at least"),
          L("a residential part of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2), WED_AL, None,
          T("wounded", at="wounded at least"),
          "'... and wounded at least one other' -> wounded, at least 1; not said to be a policeman -> civilian null."),
        E("e3", "casualty", "wounded", A("IRQ"), True,
          C("more than a dozen civilians", num="a dozen", value=12, low=12, approx=True,
            qualifier="more than a dozen"),
          L("the area of the Iraqi capital", "IRQ", "Baghdad", 33.31, 44.37, 2),
          D("2005-04-20", "during the same day", derived_from_context=True),
          S("according to sources reported by the Australian"), T("wounding", at="the wounding"),
          ("'... three other car bombs ... during the same day. Targets included a US military convoy, a police "
           "station, and a police patrol, resulting in the wounding of more than a dozen civilians and the deaths of "
           "two victims, including one child, according to sources reported by the Australian.' -> wounded, more than "
           "a dozen (GUIDELINES 4 table), civilians, Iraqi by implication; 'the same day' = the Wednesday.")),
        E("e4", "casualty", "killed", A(None), None, C("two victims", num="two", value=2),
          L("the area of the Iraqi capital", "IRQ", "Baghdad", 33.31, 44.37, 2),
          D("2005-04-20", "during the same day", derived_from_context=True),
          S("according to sources reported by the Australian"), T("deaths", at="the deaths of two"),
          "'... and the deaths of two victims, including one child' -> killed 2 (total; the child is e5).",
          is_total=True),
        E("e5", "casualty", "killed", A(None), True, C("one child", num="one", value=1),
          L("the area of the Iraqi capital", "IRQ", "Baghdad", 33.31, 44.37, 2),
          D("2005-04-20", "during the same day", derived_from_context=True),
          S("according to sources reported by the Australian"), T("deaths", at="the deaths of two"),
          "'including one child' -> killed 1, part of e4; a child -> civilian true.", part_of="e4"),
    ],
    hard_negatives=[
        H("gunmen in two cars", "count of vehicles; the attackers' number is not given"),
        H("three other car bombs", "count of bombs"),
        H("the fifth assassination attempt", "ordinal of attempts"),
        H("$285,000", "money (a bounty)"),
        H("his wife", "a woman injured in 1978 in a domestic attack, no count word"),
    ])

# ---------------------------------------------------------------- Uzbekistan 2005: Andijan unrest
ANDIJAN = L("the city of Andijan , Uzbekistan", "UZB", "Andijan Region", 40.78, 72.34, 1)
VOA_AN = S("''Voice of America '' news is reporting")
ANN["wn_2005_05_13_uzbekistan_andijan_unrest"] = dict(
    events=[
        E("e1", "casualty", "killed", A(None), None, C("nine", value=9, at="reporting nine"), ANDIJAN, D(None), VOA_AN,
          T("dead", at="nine dead"),
          ("''Voice of America' news is reporting nine dead, and 34 injured, while ten police officers are being held "
           "as hostages.' -> killed 9 (source VOA). Victims not described -> actor/civilian null. The text gives "
           "'overnight' only for the prison break and 'this morning' only for the president's arrival -> date null "
           "(close call: a same-day report, 13 May 2005).")),
        E("e2", "casualty", "wounded", A(None), None, C("34", value=34), ANDIJAN, D(None), VOA_AN, T("injured", at="34 injured"),
          "'... and 34 injured' -> wounded 34 (source VOA). Date null as e1."),
        E("e3", "casualty", "captured", A("UZB"), False, C("ten police officers", num="ten", value=10), ANDIJAN,
          D(None), VOA_AN, T("held as hostages"),
          ("'... while ten police officers are being held as hostages.' -> captured 10 (hostages), police (civilian "
           "false), Uzbek by implication (surface null). A present status -> date null.")),
    ],
    hard_negatives=[
        H("some 2,000 prisoners", "prison inmates freed by the protesters in a jailbreak, not captives taken or released in the conflict (close call)"),
        H("Thousands are said to have taken to the streets", "crowd of protesters"),
        H("23 local businessmen", "defendants in a trial"),
    ])

# ---------------------------------------------------------------- Israel 2005: Shefa-Amr bus shooting
SHEFA = L("the predominantly Israeli Arab town of Shefa-Amr", "ISR", "Northern District", 32.81, 35.17, 1)
ANN["wn_2005_08_05_israel_shefa_amr_bus_shooting"] = dict(
    events=[
        E("e1", "casualty", "killed", A("ISR", "Israeli Arab", at="4 Israeli Arab"), True,
          C("4 Israeli Arab s", num="4", value=4), SHEFA, D(None), None, T("killing", at="killing 4"),
          ("'A uniformed AWOL Israeli private suddenly opened fire in a crowded bus, killing 4 Israeli Arabs and "
           "wounding 12.' -> killed 4 (the markup-stripping leftover 'Arab s' kept in the surface); bus passengers and "
           "driver -> civilian true; Israeli Arabs are Israeli citizens -> ISR. Place: the town where the bus was "
           "attacked (sentence 5). The text gives no day for the shooting -> date null. The list under 'The dead' "
           "names the four (no count word). The attacker, beaten to death, is not counted (named, no count word).")),
        E("e2", "casualty", "wounded", A(None), None, C("12", value=12, at="wounding 12"), SHEFA, D(None), None,
          T("wounding", at="wounding 12"),
          "'... and wounding 12.' -> wounded 12; not described -> actor/civilian null. Date null as e1."),
        E("e3", "casualty", "wounded", A("ISR"), False, C("5 officers", num="5", value=5), SHEFA, D(None), None,
          T("wounded", at="which wounded 5"),
          ("'Police were unable to control the mob, which wounded 5 officers.' -> wounded 5 police officers (civilian "
           "false), Israeli by implication; hurt by the mob that lynched the attacker. Date null as e1.")),
    ],
    hard_negatives=[
        H("bus 165", "bus route number"),
        H("about 10&ndash;15 passengers", "passengers on the bus, not a casualty count"),
        H("Natan-Zada, 19", "name and age of the attacker"),
        H("Hazar Turki, 23", "name and age of one of the dead already counted"),
        H("a young girl pleaded", "a passenger who was not hurt"),
        H("attacked by dozens", "size of a lynch mob of civilians, not an armed force (close call)"),
        H("45 days", "duration"),
        H("Section 21", "regulation number"),
        H("Michel Bahus, 56", "name and age in the list of the dead already counted"),
    ])

# ---------------------------------------------------------------- Israel 2005: Beersheba bus-station bombing
BEER = L("the Beersheba bus station", "ISR", "Southern District", 31.24, 34.79, 1)
RUSH = D("2005-08-28", "during rush hour", derived_from_context=True)
ANN["wn_2005_08_28_israel_beersheba_bombing"] = dict(
    events=[
        E("e1", "casualty", "wounded", A("ISR"), None, C("two security guards", num="two", value=2), BEER, RUSH, None,
          T("critically wounded"),
          ("'The bombing critically wounded two security guards at the Beersheba bus station and hurt another 46 "
           "people.' -> wounded 2; station guards in Israel -> ISR by implication; security guards are neither "
           "soldiers nor plainly civilians -> civilian null (close call). Date: 'during rush hour' in a same-day "
           "report -> the publication day, Sunday 28 August 2005 (as set (z)'s time-of-day rule).")),
        E("e2", "casualty", "wounded", A(None), None, C("another 46 people", num="46", value=46), BEER, RUSH, None,
          T("hurt", at="and hurt another"),
          "'... and hurt another 46 people.' -> wounded 46 ('another' = additional, not a bound); 'people' -> actor/civilian null."),
        E("e3", "deployment", None, A("EGY", "Egypt", at="allow Egypt"), False,
          C("750 armed men", num="750", value=750),
          L("the international border with Gaza", "EGY", "North Sinai", 31.28, 34.24, 2), D(None),
          S("the Israeli cabinet voted"), T("patrol", at="to patrol"),
          ("'Shortly after the attack, the Israeli cabinet voted to allow Egypt to patrol the international border with "
           "Gaza with 750 armed men.' -> deployment (planned: allowed, not yet carried out), 750 Egyptian armed men, "
           "destination the Egypt-Gaza border (coordinates at Rafah, precision 2). No time for the deployment itself "
           "-> date null."),
          planned=True),
    ],
    hard_negatives=[
        H("A Palestinian man carrying explosives blew himself up", "the suicide attacker (out of scope)"),
        H("the 25 Jewish settlements", "count of settlements"),
        H("Twelve hours", "duration"),
        H("two groups", "count of groups claiming the attack"),
        H("Alaa Zaakik, 25", "name and age of the bomber"),
        H("all its soldiers", "a planned withdrawal with no number (withdrawals are not events)"),
    ])

# ---------------------------------------------------------------- Iraq 2005: British soldiers arrested and broken out in Basra
BASRA = L("Basra", "IRQ", "Basra", 30.51, 47.78, 1, at="a house in Basra")
ANN["wn_2005_09_20_iraq_basra_soldiers_rescue"] = dict(
    events=[
        E("e1", "casualty", "captured", A("GBR", "British", at="two British soldiers"), False,
          C("two British soldiers", num="two", value=2), BASRA, D(None), None, T("arrested", at="been arrested"),
          ("'UK forces have raided an Iraqi police station and a house in Basra to retrieve two British soldiers who had "
           "been arrested by Iraqi police forces.' -> captured 2 (arrested; later 'held by local militia'). 'the two "
           "soldiers' and 'the 2' restate them (alt_mentions). The text gives no day for the arrest (the 'Sept. 19th "
           "article' is a citation) -> date null."),
          alt_mentions=[S("the two soldiers", at="The identities of the two"), S("the 2", at="declares the 2")]),
        E("e2", "casualty", "captured", A("GBR"), False, C("the 2", num="2", value=2, at="later, the 2 were"), BASRA,
          D(None), None, T("broken out", at="were broken out"),
          ("'Three hours later, the 2 were broken out of an allied jail by force.' -> captured with released: true "
           "(freed by a rescue raid), 2; not linked to e1 by part_of (a release, as set (z)). 'Three hours later' is "
           "relative to an undated arrest -> date null."),
          released=True),
        E("e3", "casualty", "killed", A("IRQ"), False, C("one officer", num="one", value=1),
          BASRA, D(None), S("Iraqi authorities report"), T("killing", at="killing one officer"),
          ("'Iraqi authorities report that the men had opened fire on police, killing one officer and wounding "
           "another.' -> killed 1 police officer (civilian false), Iraqi by implication; place Basra (the incident's "
           "city).")),
        E("e4", "casualty", "wounded", A("IRQ"), False, C("another", value=1, at="wounding another"), BASRA, D(None),
          S("Iraqi authorities report"), T("wounding", at="wounding another"),
          "'... and wounding another.' -> wounded 1 ('another' + implied 'officer', value 1).", ),
    ],
    hard_negatives=[
        H("about 150 prisoners", "inmates who escaped during the raids (disputed), not captives taken or released"),
        H("Three hours later", "duration"),
    ])

# ---------------------------------------------------------------- Syria 2005: US fire across the Iraq border
ABU_KAMAL = L("the Syrian town of Abu Kamal", "SYR", "Deir ez-Zor", 34.45, 40.92, 1)
ANN["wn_2005_10_29_syria_iraq_border_us_fire"] = dict(
    events=[
        E("e1", "casualty", "killed", A("SYR"), True, C("a six-year-old boy", num="a", value=1), ABU_KAMAL, D(None),
          S("One resident of the Syrian town of Abu Kamal said"), T("killing", at="killing a six"),
          ("'One resident of the Syrian town of Abu Kamal said Americans bombed a local house, killing a six-year-old "
           "boy.' -> killed 1 (the age is not the count), a child -> civilian, Syrian by implication. No time -> "
           "date null.")),
        E("e2", "casualty", "killed", A("SYR"), True,
          C("five or six people", num="five or six", value=None, low=5, high=6, approx=True, qualifier="or"),
          ABU_KAMAL, D("2005-10-01/2005-10-29", "this month"), S("he said", at="he said."),
          T("killed", at="They killed five"),
          ("'\"They killed five or six people this month, every month, but the media doesn't report it.\"' (the same "
           "resident; 'he said' resolved to him) -> killed, 5-6 this month (range: value null; cumulative over the "
           "month to publication). Civilian by the lede's 'Syrian civilians (including children) being killed "
           "regularly' (close call). 'every month' is a generalisation, not a further count."),
          cumulative=True),
        E("e3", "casualty", "killed", A("SYR", "Syrian", at="a Syrian border guard"), False,
          C("a Syrian border guard", num="a", value=1),
          L("the border", "SYR", None, None, None, 3, at="fired across the border"), D("2005-05", "In May"),
          S("according to Syrian officials"), T("killed", at="and killed Abdullah"),
          ("'In May, a U.S. helicopter fired across the border and killed Abdullah al-Hassaki, a Syrian border guard, "
           "according to Syrian officials.' -> killed 1 (the apposition 'a Syrian border guard' gives the count word), "
           "a border guard (civilian false). Place: the Syrian side of the border (no town; precision 3).")),
    ],
    hard_negatives=[
        H("35 a month", "a rate of foreign fighters crossing the border, not a force present"),
        H("every day", "frequency"),
    ])

# ---------------------------------------------------------------- Iraq 2005: US fire on a car near Baqouba
BAQ = L("outside a base in Baqouba", "IRQ", "Diyala", 33.75, 44.64, 2)
MON_BQ = D("2005-11-21", "on Monday")
ANN["wn_2005_11_26_iraq_baqouba_vehicle_shooting"] = dict(
    events=[
        E("e1", "casualty", "killed", A("IRQ"), True,
          C("at least one child", num="one", value=1, low=1, qualifier="at least"), BAQ, MON_BQ,
          S("a military spokesperson has said"), T("killing", at="killing at least"),
          ("'U.S. forces accidentally fired upon on a civilian vehicle north of Baghdad on Monday, killing at least one "
           "child and 2 other people, a military spokesperson has said.' -> two events (a child and two others; "
           "their sum, 3, is not written as one number): killed at least 1 child (civilian, Iraqi by implication). "
           "Place: 'outside a base in Baqouba' (next sentence). Monday in a Saturday story = 21 November 2005.")),
        E("e2", "casualty", "killed", A("IRQ"), True, C("2 other people", num="2", value=2), BAQ, MON_BQ,
          S("a military spokesperson has said"), T("killing", at="killing at least"),
          "'... and 2 other people' -> killed 2; people in a 'civilian vehicle' -> civilian true by context (close call)."),
        E("e3", "casualty", "killed", A("IRQ"), True, C("three children", num="three", value=3), BAQ,
          D("2005-11-21", "on Monday", derived_from_context=True),
          S("Dr. Ahmed Fouad, a doctor at the city morgue, later claimed"), T("killed", at="children were killed"),
          ("'Dr. Ahmed Fouad, a doctor at the city morgue, later claimed that the death toll was higher, and three "
           "children were killed.' -> a different figure from a different source (GUIDELINES 6) -> separate event, "
           "killed 3 children.")),
        E("e4", "casualty", "killed", A("IRQ"), True, C("five civilians", num="five", value=5), BAQ,
          D("2005-11-21", "at the same time", derived_from_context=True), S("Military sources claim"),
          T("killed", at="which killed five"),
          ("'Military sources claim that the extra casualties may in fact have come from a car bomb targeting American "
           "soldiers in the same area at the same time, which killed five civilians and wounded twelve others.' -> "
           "killed 5 civilians (Iraqi by implication); 'in the same area at the same time' -> Baqouba, the Monday "
           "(derived).")),
        E("e5", "casualty", "wounded", A(None), None, C("twelve others", num="twelve", value=12), BAQ,
          D("2005-11-21", "at the same time", derived_from_context=True), S("Military sources claim"),
          T("wounded", at="wounded twelve"),
          "'... and wounded twelve others.' -> wounded 12; not described -> actor/civilian null."),
    ],
    hard_negatives=[
        H("an American soldier spotted", "one soldier who noticed the car; not a force or casualty count"),
    ])

# ---------------------------------------------------------------- France 2005: arrests of an Islamist network around Paris
ANN["wn_2005_12_12_france_paris_terror_arrests"] = dict(
    events=[
        E("e1", "casualty", "captured", A("militants"), None,
          C("Between 20 and 30 people", num="20 and 30", value=None, low=20, high=30, approx=True, qualifier="between"),
          L("the Paris region", "FRA", "Île-de-France", None, None, 3), D("2005-12-12", "Monday's events"),
          S("French  police said"), T("arrested", at="were arrested in the Paris"),
          ("'Between 20 and 30 people were arrested in the Paris region following an investigation into the funding of "
           "Islamist extremists.' -> captured (arrests of suspects, GUIDELINES 2), range 20-30 (value null). Actor: "
           "suspected members of 'an Islamist network linked to terrorism' -> generic 'militants' (surface null; "
           "section 10); civilian null (suspects). Date: 'Monday's events' (Monday story = 12 December 2005). Source: "
           "the police (first sentence).")),
        E("e2", "casualty", "captured", A("militants"), None,
          C("Some 20 suspects", num="20", value=20, approx=True, qualifier="some"),
          L("five different regions", "FRA", None, None, None, 4), D("2005-12-12", "before dawn", derived_from_context=True),
          None, T("arrested", at="were arrested before dawn"),
          ("'Some 20 suspects were arrested before dawn in five different regions. Others were arrested several hours "
           "later around suburban Paris.' -> captured, some 20, the dawn part of e1 (part_of); the 'Others' have no "
           "number. Place: five unnamed regions of France (precision 4)."),
          part_of="e1"),
    ],
    hard_negatives=[
        H("several weeks", "duration"),
        H("a number of premises", "count of buildings"),
        H("several hours later", "duration"),
        H("the second highest security level", "ordinal of an alert level"),
    ])

# ---------------------------------------------------------------- Iraq 2006: ABC journalists wounded near Taji
ANN["wn_2006_01_29_iraq_taji_woodruff_ied"] = dict(
    events=[
        E("e1", "casualty", "wounded", A(None), True, C("both men", num="both", value=2),
          L("near Taji, Iraq", "IRQ", "Baghdad", 33.52, 44.27, 2), D(None), None, T("injuries", at="head injuries"),
          ("'ABC News anchorman Bob Woodruff and his camera operator Doug Vogt have been seriously injured in an "
           "explosion. Early reports indicate that both men sustained head injuries in the blast.' -> wounded 2; the "
           "first count word is 'both men' (the named pair has no count word); 'the two men' restates them "
           "(alt_mention). Journalists -> civilian. Actor null: Vogt is called Canadian, Woodruff's nationality is not "
           "stated (close call). Place: 'near Taji, Iraq' (sentence 5). No time expression -> date null."),
          alt_mentions=[S("the two men")]),
        E("e2", "casualty", "killed", A(None), True, C("61 journalists", num="61", value=61),
          L("Iraq", "IRQ", None, None, None, 4, at="line of duty in Iraq"),
          D("2003/2006-01-29", "since the U.S.-led invasion in 2003"),
          S("According to the Committee to Protect Journalists"), T("killed", at="have been killed in the line"),
          ("'According to the Committee to Protect Journalists, 61 journalists have been killed in the line of duty in "
           "Iraq since the U.S.-led invasion in 2003.' -> running total (cumulative), killed 61 journalists "
           "(civilian, nationality not stated), from 2003 to publication."),
          cumulative=True),
    ],
    hard_negatives=[
        H("68 kilometers", "distance"),
        H("no other people were injured", "negated casualty"),
        H("the 4th Infantry Division", "unit number"),
        H("46-year-old", "age"),
        H("25 years of experience", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2006: the Askari mosque bombing and the violence after it
SAMARRA_M = L("the Al Askari Mosque  in the Iraq i city of Samarra", "IRQ", "Salah ad-Din", 34.20, 43.87, 1)
AFTER = D("2006-02-22/2006-02-24", "Within hours of the blasts", derived_from_context=True, approx=True)
THU_AS = D("2006-02-23", "Thursday's violence", derived_from_context=True)
ATWAR = C("Atwar Bahjat, correspondent for the al-Arabiya  network, and two local journalists", num="two", value=3,
          qualifier="conjunction")
ANN["wn_2006_02_24_iraq_samarra_askari_mosque"] = dict(
    events=[
        E("e1", "presence", None, A("militants"), False, C("four bombers", num="four", value=4), SAMARRA_M,
          D("2006-02-22", "February 22", derived_from_context=True), S("The Interior Ministry reported"),
          T("entered", at="bombers entered"),
          ("'The Interior Ministry reported that four bombers entered the mosque, one in the uniform of Iraqi Security "
           "Forces.' -> size of the attacking force as presence (GUIDELINES 2), 4; unnamed attackers -> 'militants'. "
           "Date: the explosions of February 22 (first sentence, derived). 'No injuries were reported from the blast' "
           "is a hard negative.")),
        E("e2", "casualty", "killed", A("IRQ"), True, C("ten imams", num="ten", value=10), None, AFTER,
          S("An association of Sunni clerics reported"), T("killed", at="had been killed"),
          ("'An association of Sunni clerics reported that ten imams had been killed, and that 15 were kidnapped by "
           "Shi'a protesters.' -> killed 10 clerics (civilian), Iraqi by implication. No place (only 'the region' "
           "loosely) -> location null. Date: the wave of reprisals 'Within hours of the blasts' to publication "
           "(approx, derived).")),
        E("e3", "casualty", "captured", A("IRQ"), True, C("15", value=15, at="that 15 were"), None, AFTER,
          S("An association of Sunni clerics reported"), T("kidnapped", at="were kidnapped"),
          ("'... and that 15 were kidnapped by Shi'a protesters.' -> captured 15 (kidnapped); the elliptical '15' "
           "refers to imams -> civilian, Iraqi.")),
        E("e4", "casualty", "captured", A("IRQ"), None, C("11 Sunni men", num="11", value=11),
          L("a prison in Basra", "IRQ", "Basra", 30.51, 47.78, 1), D(None, "Overnight"), None,
          T("seized", at="uniforms seized"),
          ("'Overnight gunmen in police uniforms seized 11 Sunni men from a prison in Basra and killed them.' -> "
           "captured 11 (seized) and killed 11 (e5; 'them' = the same 11, GUIDELINES 2 implied deaths). Prison "
           "inmates -> civilian null. 'Overnight' cannot be placed between the Wednesday and the Friday publication "
           "with certainty -> date value null (surface kept)."),
          ),
        E("e5", "casualty", "killed", A("IRQ"), None, C("11 Sunni men", num="11", value=11),
          L("a prison in Basra", "IRQ", "Basra", 30.51, 47.78, 1), D(None, "Overnight"), None,
          T("killed them"),
          "'... and killed them.' -> killed 11, the same men as e4 (same count span; the pronoun has no count word)."),
        E("e6", "casualty", "killed", A(None), None, C("47 people", num="47", value=47),
          L("a roadblock in Diyala  province, northeast of Baghdad", "IRQ", "Diyala", None, None, 3), THU_AS, None,
          T("killed", at="47 people were killed"),
          ("'Thursday's violence escalated after the protests on Wednesday. In the single deadliest incident, 47 people "
           "were killed at a roadblock in Diyala province ...' -> killed 47; 'people' returning from a protest -> "
           "actor/civilian null. Date: Thursday 23 February 2006 (derived from the preceding sentence); a roadblock "
           "somewhere in the province -> precision 3.")),
        E("e7", "casualty", "killed", A(None), None,
          C("at least 16", num="16", value=16, low=16, qualifier="at least"),
          L("Baquba", "IRQ", "Diyala", 33.75, 44.64, 1, at="In Baquba"), THU_AS, None, T("killed", at="16 were killed"),
          ("'In Baquba, at least 16 were killed in a suicide bomb attack in a crowded market.' -> killed, at least 16; "
           "dated to the Thursday like the preceding sentence (derived); victims not described.")),
        E("e8", "casualty", "captured", A("IRQ"), True, ATWAR, L("Samarra", "IRQ", "Salah ad-Din", 34.20, 43.87, 1,
          at="killed leaving Samarra"), D(None), None, T("kidnapped", at="were kidnapped and"),
          ("'Atwar Bahjat, correspondent for the al-Arabiya network, and two local journalists were kidnapped and "
           "killed leaving Samarra.' -> captured 3 and killed 3 (e9): one named journalist coordinated with 'two local "
           "journalists' (qualifier conjunction, value 3). Journalists -> civilian; Iraqi by implication ('local'; "
           "close call for Bahjat). No time expression -> date null.")),
        E("e9", "casualty", "killed", A("IRQ"), True, ATWAR, L("Samarra", "IRQ", "Salah ad-Din", 34.20, 43.87, 1,
          at="killed leaving Samarra"), D(None), None, T("killed", at="kidnapped and killed"),
          "'... were kidnapped and killed leaving Samarra.' -> killed 3, the same three as e8."),
    ],
    hard_negatives=[
        H("No injuries were reported", "negated casualty"),
        H("one in the uniform", "one of the four bombers already counted"),
        H("Two bombs", "count of bombs"),
        H("the 10th and 11th Shi'a imams", "ordinals (historical imams)"),
        H("the 12th imam", "ordinal"),
        H("as many as 168 mosques", "count of buildings targeted"),
    ])

# ---------------------------------------------------------------- West Bank 2006: Israeli raid on the Jericho jail
JERICHO = L("the Palestinian jail in Jericho", "PSE", "Jericho", 31.86, 35.46, 1)
ANN["wn_2006_03_14_west_bank_jericho_jail_raid"] = dict(
    events=[
        E("e1", "casualty", "killed", A("PSE", "Palestinian", at="one Palestinian"), None,
          C("one Palestinian", num="one", value=1), JERICHO, D(None), None, T("killed", at="has been killed"),
          ("'There are reports that one Palestinian has been killed and at least 18 prisoners and security officials "
           "have been wounded.' -> killed 1 (hedge 'There are reports'; the lede's 'AFP and Reuters have reported' "
           "is about the storming). Not described -> civilian null. No time expression in this same-day report -> "
           "date null."),
          hedge="There are reports"),
        E("e2", "casualty", "wounded", A("PSE"), None,
          C("at least 18 prisoners and security officials", num="18", value=18, low=18, qualifier="at least"),
          JERICHO, D(None), None, T("wounded", at="have been wounded"),
          ("'... and at least 18 prisoners and security officials have been wounded.' -> wounded, at least 18; a mixed "
           "group of prisoners and (Palestinian) security officials -> civilian null, PSE by implication."),
          hedge="There are reports"),
        E("e3", "casualty", "killed", A("PSE"), None, C("two of his colleagues", num="two", value=2), JERICHO, D(None),
          S("Saadat also said"), T("killed", at="had been killed"),
          ("'Saadat also said two of his colleagues had been killed.' -> a different figure from a different source "
           "(GUIDELINES 6) -> separate killed event, 2; colleagues of the PFLP leader inside the jail -> civilian null.")),
    ],
    hard_negatives=[
        H("six prisoners", "prisoners whose handover was demanded; already held, not a capture count"),
        H("five years ago", "duration"),
    ])

# ---------------------------------------------------------------- Israel/Gaza 2006: the Kerem Shalom raid and the capture of a soldier
KS = L("near Kerem Shalom", "ISR", "Southern District", 31.23, 34.28, 2)
SUN_KS = D("2006-06-25", "on Sunday")
ANN["wn_2006_06_26_israel_kerem_shalom_raid"] = dict(
    events=[
        E("e1", "casualty", "killed", A("ISR", "Israeli", at="two Israeli soldiers"), False,
          C("two Israeli soldiers", num="two", value=2), KS, SUN_KS, None, T("killed", at="were killed"),
          ("'In a pre-dawn, cross border raid by Palestinian militants on an Israeli military position near Kerem "
           "Shalom on Sunday, two Israeli soldiers and two Palestinian gunmen were killed.' -> two events (two sides): "
           "killed 2 Israeli soldiers. Sunday in a Monday story = 25 June 2006. 'Two Israeli soldiers, Lieutenant "
           "Hanan Barak, and Staff Sergeant Pavel Slutsker, ... died in the attack on the tank' restates them "
           "(alt_mention)."),
          alt_mentions=[S("Two Israeli soldiers", at="Two Israeli soldiers, Lieutenant")]),
        E("e2", "casualty", "killed", A("militants", "Palestinian", at="two Palestinian gunmen"), False,
          C("two Palestinian gunmen", num="two", value=2), KS, SUN_KS, None, T("killed", at="were killed"),
          ("'... and two Palestinian gunmen were killed.' -> killed 2 attackers (not suicide attackers); the raid was "
           "claimed by three groups, so the gunmen are not tied to one group -> generic 'militants'. 'Two militants "
           "died during the raid' restates them (alt_mention)."),
          alt_mentions=[S("Two militants")]),
        E("e3", "casualty", "captured", A("ISR", "Israeli", at="Israeli Soldier"), False,
          C("a 19-year-old Israeli Soldier", num="a", value=1), KS, D("2006-06-25", "on Sunday", derived_from_context=True),
          None, T("taken captive", at="was taken captive"),
          ("'A number of Israeli soldiers were wounded and a 19-year-old Israeli Soldier, Corporal Gilad Shalit was "
           "taken captive.' -> captured 1 (the age is not the count). 'A number of Israeli soldiers were wounded' has "
           "no number (hard negative). Later mentions ('The missing soldier', 'the tank gunner') have no count word.")),
        E("e4", "casualty", "wounded", A("ISR"), False, C("A fourth member of the group", num="A", value=1), KS,
          D("2006-06-25", "on Sunday", derived_from_context=True), None, T("seriously injured"),
          ("'A fourth member of the group was seriously injured.' -> wounded 1, the fourth member of the tank crew (two "
           "dead, one captured); the ordinal numbers him, it is not a running total (as set (z)'s 'A fifth soldier').")),
        E("e5", "presence", None, A("militants", "Palestinian", at="seven Palestinian militants"), False,
          C("At least seven Palestinian militants", num="seven", value=7, low=7, qualifier="at least"), KS,
          D("2006-06-25", "on Sunday", derived_from_context=True), None, T("took part", at="took part in the attack"),
          ("'At least seven Palestinian militants took part in the attack, gaining entry into Israel via a ... tunnel' "
           "-> size of the attacking force as presence (GUIDELINES 2), at least 7.")),
        E("e6", "casualty", "captured", A("PSE", "Palestinians", at="two Palestinians"), None,
          C("two Palestinians", num="two", value=2), L("the Gaza Strip", "PSE", "Gaza Strip", None, None, 3,
          at="militants in the Gaza Strip"), D("2006-06-24", "the previous day"), None, T("detention"),
          ("'The raid followed the detention by Israeli forces of two Palestinians claimed to be Hamas militants in "
           "the Gaza Strip the previous day ...' -> captured 2 (detained); 'claimed to be Hamas militants' -> civilian "
           "null (close call). 'the previous day' = 24 June 2006.")),
        E("e7", "casualty", "killed", A("militants"), False, C("two militant leaders", num="two", value=2), None,
          D(None), S("Hamas claimed"), T("killings", at="targeted killings"),
          ("'Hamas claimed that the operation was in response to the recent deaths of civilians and the targeted "
           "killings of two militant leaders.' -> killed 2 militant leaders (by Israel; 'recent' gives no date, no "
           "place). The 'deaths of civilians' have no number.")),
        E("e8", "casualty", "captured", A("ISR"), True, C("a kidnapped Israeli settler", num="a", value=1),
          L("the West Bank", "PSE", None, None, None, 3, at="seized in the West Bank"), D(None),
          S("The Popular Resistance Committees stated"), T("seized", at="seized in the West Bank"),
          ("'The Popular Resistance Committees stated that they would execute a kidnapped Israeli settler, seized in the "
           "West Bank, if the Israeli Army moved in.' -> captured 1 (the threatened execution is hypothetical and not "
           "annotated); a settler -> civilian. No date.")),
        E("e9", "casualty", "missing", A("ISR"), True, C("an 18 year old settler", num="an", value=1), None, D(None),
          S("Israeli police"), T("disappearance"),
          ("'Israeli police have not confirmed this claim, but are investigating the disappearance of an 18 year old "
           "settler.' -> missing 1 from the police's side (a different claim from the kidnapping claimed by the PRC, "
           "e8; close call: probably the same man). The age is not the count.")),
        E("e10", "casualty", "captured", A("PSE", "Palestinians", at="Palestinians incarcerated"), None,
          C("the over 9 000 Palestinians", num="9 000", value=9000, low=9000, qualifier="over"),
          L("Israeli facilities", "ISR", None, None, None, 4), D(None), None, T("incarcerated"),
          ("'It is believed that Israel is holding approximately 100 women and 300 individuals under 18 among the over "
           "9 000 Palestinians incarcerated in Israeli facilities.' -> captured (held prisoners), a standing total "
           "(is_total) with two parts (e11, e12); hedge 'It is believed'. Prisoners of all kinds -> civilian null. "
           "A state -> date null. The number is written with a space ('9 000')."),
          is_total=True, hedge="It is believed"),
        E("e11", "casualty", "captured", A("PSE"), True,
          C("approximately 100 women", num="100", value=100, approx=True, qualifier="approximately"),
          L("Israeli facilities", "ISR", None, None, None, 4), D(None), None, T("holding", at="Israel is holding"),
          "'... holding approximately 100 women ...' -> captured, about 100, part of e10; women -> civilian (GUIDELINES 3).",
          part_of="e10", hedge="It is believed"),
        E("e12", "casualty", "captured", A("PSE"), True, C("300 individuals under 18", num="300", value=300),
          L("Israeli facilities", "ISR", None, None, None, 4), D(None), None, T("holding", at="Israel is holding"),
          "'... and 300 individuals under 18 ...' -> captured 300 minors, part of e10; children -> civilian.",
          part_of="e10", hedge="It is believed"),
    ],
    hard_negatives=[
        H("A number of Israeli soldiers", "wounded soldiers with no number"),
        H("11 months", "duration"),
        H("the first Israeli soldier", "ordinal (first captured since 1994), not a count"),
        H("300-metre-long", "length"),
        H("three groups", "count of groups (the attackers' split)"),
        H("the third group", "ordinal"),
        H("both 20 years old", "ages"),
        H("all women in prison", "a demand, no number"),
        H("younger than 18", "age limit in a demand"),
    ])

# ---------------------------------------------------------------- Gaza 2006: Operation Summer Rains
ANN["wn_2006_06_28_gaza_operation_summer_rains"] = dict(
    events=[
        E("e1", "deployment", None, A("ISR", "Israeli", at="Israeli Defense"), False,
          C("A 3,000 strong detachment", num="3,000", value=3000),
          L("the Gaza Strip", "PSE", "Gaza Strip", None, None, 3, at="back into the Gaza Strip"), D(None), None,
          T("moved back into"),
          ("'A 3,000 strong detachment of the Israeli Defense Forces has moved back into the Gaza Strip ...' -> "
           "deployment (troops moving into a destination), 3,000. The text gives no time word for the move -> date null "
           "(close call: a same-day report).")),
        E("e2", "casualty", "captured", A("Hamas", "Hamas", at="Eight Hamas"), True,
          C("Eight Hamas cabinet ministers", num="Eight", value=8), None, D(None), None, T("detained", at="have been detained"),
          ("'Eight Hamas cabinet ministers, in addition to other officials, have been detained in a coordinated action "
           "codenamed Operation Summer Rains.' -> captured 8; cabinet ministers -> civilian true (politicians; close "
           "call). No place and no date given. The 'other officials' have no number.")),
        E("e3", "casualty", "killed", A("ISR", "Israeli", at="Israeli settler"), True,
          C("an 18-year-old Israeli settler", num="an", value=1),
          L("the A-Tira neighbourhood of Ramallah", "PSE", "Ramallah and al-Bireh", 31.91, 35.19, 2),
          D("2006-06-25", "on Sunday"), None, T("killed", at="he was killed"),
          ("'The body of an 18-year-old Israeli settler, Eliyahu Yitzhak Asheri, kidnapped while hitchhiking in the West "
           "Bank, was found in the A-Tira neighbourhood of Ramallah today; he was killed by Palestinian militants ... on "
           "Sunday.' -> killed 1 (Sunday in a Wednesday story = 25 June 2006), civilian; and captured (e4). Place of "
           "the death: where the body was found (close call).")),
        E("e4", "casualty", "captured", A("ISR", "Israeli", at="Israeli settler"), True,
          C("an 18-year-old Israeli settler", num="an", value=1),
          L("the West Bank", "PSE", None, None, None, 3, at="hitchhiking in the West Bank"), D(None), None,
          T("kidnapped", at="kidnapped while"),
          "'... kidnapped while hitchhiking in the West Bank' -> captured 1, the same settler (same count span); no date for the kidnapping."),
        E("e5", "casualty", "captured", A("ISR", "Israeli", at="an Israeli soldier"), False,
          C("an Israeli soldier", num="an", value=1),
          L("the West Bank", "PSE", None, None, None, 3, at="kidnapped in the West Bank"), D(None),
          S("The Popular Resistance Committees  threatened"), T("kidnapped", at="soldier, kidnapped"),
          ("'The Popular Resistance Committees threatened to kill an Israeli soldier, kidnapped in the West Bank.' -> "
           "annotated as written: captured 1 soldier (the threat to kill is hypothetical). The text probably confuses "
           "the kidnapped settler of the next sentence with a soldier; kept as written and noted (GUIDELINES 5).")),
        E("e6", "casualty", "captured", A("Hamas", "Hamas", at="Hamas MPs"), True,
          C("dozens of Hamas MPs and ministers", num="dozens", value=None, low=24, approx=True, qualifier="dozens"),
          None, D(None), None, T("detained", at="also detained"),
          ("'Israel has also detained dozens of Hamas MPs and ministers in a what Israel claims is an unrelated "
           "operation.' -> captured, dozens (low 24); it includes the eight ministers of e2 (not linked: the text "
           "calls it a separate operation). Politicians -> civilian true (close call).")),
    ],
    hard_negatives=[
        H("19-year-old", "age of the named captured soldier (no count word; the capture is reported in another article)"),
        H("Three bridges", "count of bridges"),
        H("around 700,000 civilians", "people left without electricity or water; not casualties"),
        H("no immediate reports of casualties", "negated casualty"),
    ])

# ---------------------------------------------------------------- Iraq 2006: the Mahmudiyah rape and killings
MAHM = L("the town of Mahmoudiya, 30 km south of Baghdad", "IRQ", "Baghdad", 33.06, 44.36, 1)
MAR12 = D("2006-03-12", "on March 12", derived_from_context=True)
PROS = S("U.S. federal prosecutors have charged")
ANN["wn_2006_07_07_iraq_mahmudiyah_killings"] = dict(
    events=[
        E("e1", "casualty", "killed", A("IRQ", "Iraqi", at="Iraqi girl"), True, C("an Iraqi girl", num="an", value=1),
          MAHM, MAR12, PROS, T("murder", at="rape and murder"),
          ("'U.S. federal prosecutors have charged a former U.S. soldier ... with the rape and murder of an Iraqi girl "
           "and the murder of three members of her family ...' -> two events: killed 1 girl and killed 3 relatives "
           "(e2); the headline's 'four murders' is not part of the text. Place and date from sentence 5 ('committed in "
           "the town of Mahmoudiya, 30 km south of Baghdad, on March 12', derived).")),
        E("e2", "casualty", "killed", A("IRQ"), True, C("three members of her family", num="three", value=3), MAHM,
          MAR12, PROS, T("murder", at="the murder of three"),
          ("'... and the murder of three members of her family, including the girl's sister believed to be five years "
           "old.' -> killed 3, civilians; 'three members of the family' (the affidavit's account) restates them "
           "(alt_mention)."),
          alt_mentions=[S("three members of the family")]),
        E("e3", "presence", None, A("USA"), False,
          C("as many as five soldiers", num="five", value=5, high=5, approx=True, qualifier="as many as"), MAHM, MAR12,
          None, T("involvement"),
          ("'The charges follow a military investigation into the involvement of as many as five soldiers in the rape "
           "and murders ...' -> the attacking group's size as presence (GUIDELINES 2; close call), up to 5 US soldiers "
           "(upper bound).")),
        E("e4", "presence", None, A("USA"), False,
          C("Green and three other soldiers", num="three", value=4, qualifier="conjunction"),
          L("a traffic checkpoint", "IRQ", "Baghdad", 33.06, 44.36, 2), MAR12,
          S("FBI special agent Gregor J. Ahlers said"), T("on duty"),
          ("'... Green and three other soldiers from the 101st's 502nd Infantry Regiment were on duty at a traffic "
           "checkpoint when they conspired to rape the female who lived nearby.' -> presence 4 (the named soldier plus "
           "three, qualifier conjunction) at a checkpoint near Mahmudiyah (coordinates the town's), the day of the "
           "crime (derived; close call).")),
    ],
    hard_negatives=[
        H("a former U.S. soldier", "the (named) accused being charged; not a capture count"),
        H("five years old", "age"),
        H("14 years old", "age"),
        H("her age to be 25", "age"),
        H("21-year-old", "age of the accused"),
        H("101st Airborne Division", "unit number"),
        H("502nd Infantry Regiment", "unit number"),
        H("FBI agents had arrested Green", "arrest of a named individual, no count word"),
        H("two-to-three times", "count of shots"),
        H("One of the soldiers said", "a witness among the soldiers, not a count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: British soldier killed in Helmand
ANN["wn_2006_08_20_afghanistan_helmand_british_soldier"] = dict(
    events=[
        E("e1", "casualty", "killed", A("GBR", "British", at="a British soldier"), False,
          C("a British soldier", num="a", value=1),
          L("the volatile Helmand province", "AFG", "Helmand", None, None, 3),
          D("2006-08-20", "at around midday local time", derived_from_context=True),
          S("The Ministry of Defence has tonight confirmed"), T("killed", at="has been killed"),
          ("'The Ministry of Defence has tonight confirmed that a British soldier has been killed whilst fighting with "
           "insurgents in southern Afghanistan. The unnamed troop was killed in a gun battle with Taleban forces in the "
           "volatile Helmand province at around midday local time.' -> killed 1; a time of day in a same-day report = "
           "the publication day (Browne: 'the death today'). Browne's 'a British soldier' restates him (alt_mention)."),
          alt_mentions=[S("a British soldier", at="the death today of a British")]),
        E("e2", "casualty", "wounded", A("GBR", "British", at="Three other British"), False,
          C("Three other British soldiers", num="Three", value=3),
          L("the volatile Helmand province", "AFG", "Helmand", None, None, 3),
          D("2006-08-20", "at around midday local time", derived_from_context=True),
          S("A spokesman from the Ministry of Defence said"), T("minor injuries"),
          ("'Three other British soldiers received minor injuries.' (MoD spokesman) -> wounded 3; Browne's 'the injuries "
           "of three others' restates them (alt_mention)."),
          alt_mentions=[S("three others", at="injuries of three others")]),
        E("e3", "casualty", "killed", A("GBR", "British", at="twenty British"), False,
          C("twenty British armed forces personnel", num="twenty", value=20),
          L("Afghanistan", "AFG", None, None, None, 4, at="have died in Afghanistan"), D(None, "So far"), None,
          T("died", at="have died in"),
          ("'So far, twenty British armed forces personnel have died in Afghanistan.' -> running total (cumulative) with "
           "no start date -> date null.")),
        E("e4", "casualty", "killed", A("Taliban", "Taleban", at="seventy Taleban"), False,
          C("around seventy Taleban fighters", num="seventy", value=70, approx=True, qualifier="around"), None,
          D(None), None, T("killed", at="fighters were killed"),
          ("'Today, it has been reported that around seventy Taleban fighters were killed when they clashed with Afghan "
           "security forces and Nato-led troops.' -> killed about 70 Taliban; 'Today' is the reporting day "
           "(reported_date), the clash itself is undated and unplaced; hedge 'it has been reported'."),
          reported_date="2006-08-20", hedge="it has been reported"),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Pakistan 2006: fighting near Dera Bugti, Nawab Bugti killed
DERA = L("near the town of Dera Bugti", "PAK", "Balochistan", 29.03, 69.15, 2)
ANN["wn_2006_08_26_pakistan_balochistan_bugti"] = dict(
    events=[
        E("e1", "casualty", "killed", A("rebels", "Baloch", at="a Baloch leader"), False,
          C("a Baloch leader", num="a", value=1), DERA, D(None), S("according to Pakistan government sources"),
          T("killed", at="has been killed"),
          ("'Fighting between the Pakistan army and rebels resulted in heavy casualties and the a Baloch leader, Nawab "
           "Akbar Bugti, the chief of the Bugti tribe has been killed near the town of Dera Bugti, according to Pakistan "
           "government sources.' -> killed 1 (the apposition 'a Baloch leader' gives the count word, as 'a Syrian border "
           "guard'; the source's duplicated 'the a' kept). Rebel leader -> civilian false, actor the rebels. No time "
           "expression -> date null. 'heavy casualties' has no number.")),
        E("e2", "casualty", "killed", A("rebels", "Baloch", at="37 Baloch"), False, C("37 Baloch tribals", num="37", value=37),
          DERA, D(None), None, T("killed", at="reported to be killed"),
          ("'37 Baloch tribals and 21 security personnel have been reported to be killed in the fighting.' -> two events "
           "(two sides): killed 37 tribesmen fighting on the rebel side (civilian false, close call; actor the rebels of "
           "the first sentence, surface 'Baloch'); hedge 'have been reported'."),
          hedge="have been reported"),
        E("e3", "casualty", "killed", A("PAK"), False, C("21 security personnel", num="21", value=21), DERA, D(None),
          None, T("killed", at="reported to be killed"),
          "'... and 21 security personnel' -> killed 21 Pakistani security personnel (civilian false; PAK by context).",
          hedge="have been reported"),
    ],
    hard_negatives=[
        H("heavy casualties", "no number"),
        H("police fired warning shots", "no casualties"),
    ])

# ---------------------------------------------------------------- Iraq 2007: report of 50,000 US casualties
ANN["wn_2007_01_05_iraq_us_casualties_50000"] = dict(
    events=[
        E("e1", "casualty", "killed", A("USA", "U.S.", at="the U.S. military"), False, C("3,000", value=3000, at="of 3,000 deaths"),
          L("Iraq", "IRQ", None, None, None, 4, at="deaths in Iraq"), D(None), None, T("deaths", at="3,000 deaths"),
          ("'As the U.S. military hit a grim milestone this week of 3,000 deaths in Iraq ...' -> running total "
           "(cumulative) of US military deaths, no start given -> date null ('this week' dates the milestone, not the "
           "deaths). Counted among the 50,000 casualties ('including deaths', part_of e2)."),
          cumulative=True, part_of="e2"),
        E("e2", "casualty", "casualties", A("USA", "U.S.", at="50,000 U.S."), False,
          C("50,000", value=50000, at="50,000 U.S. casualties"), L("Iraq", "IRQ", None, None, None, 4, at="deaths in Iraq"),
          D("2006-12", "sometime in December", approx=True), S("the online magazine AlterNet  reported"),
          T("casualties", at="U.S. casualties"),
          ("'... AlterNet reported on Thursday another marker was reached there sometime in December: 50,000 U.S. "
           "casualties, including deaths, wounds and injuries.' -> outcome casualties (the text's own mixed category), "
           "running total (cumulative, is_total) reached in December 2006 (approx). Parts: the 3,000 deaths (e1) and "
           "the 22,000 wounded in combat (e3); the 24,000 injured in accidents or ill are out of scope (non-hostile; "
           "hard negative), so the in-scope parts do not add up (kept as written)."),
          cumulative=True, is_total=True),
        E("e3", "casualty", "wounded", A("USA"), False,
          C("more than 22,000", num="22,000", value=22000, low=22000, qualifier="more than"),
          L("Iraq", "IRQ", None, None, None, 4, at="deaths in Iraq"), D("2006-12", "sometime in December",
          derived_from_context=True, approx=True), S("the online magazine AlterNet  reported"),
          T("wounded in combat"),
          "'The figure comes from more than 22,000 wounded in combat ...' -> wounded, more than 22,000 (cumulative), part of e2.",
          cumulative=True, part_of="e2"),
    ],
    hard_negatives=[
        H("more than 24,000", "injured in accidents or too ill to fight: non-hostile, out of scope (GUIDELINES 2)"),
        H("two sources", "count of sources"),
    ])

# ---------------------------------------------------------------- Iraq 2007: truck bomb in Baghdad's Sadriyah market
SADR_M = L("the Sadriyah market", "IRQ", "Baghdad", 33.33, 44.41, 1)
MEDIA = S("Conflicting media reports say")
HEALTH = S("officials for the Iraqi Health Ministry say")
ANN["wn_2007_02_03_iraq_baghdad_sadriyah_market"] = dict(
    events=[
        E("e1", "casualty", "killed", A(None), None,
          C("at least 128 people", num="128", value=128, low=128, qualifier="at least"), SADR_M, D(None), MEDIA,
          T("killed", at="have been killed and over"),
          ("'Conflicting media reports say that at least 128 people have been killed and over 220, possibly over 350, "
           "were injured in Baghdad, Iraq after a truck ... blew up inside the Sadriyah market.' -> killed, at least 128 "
           "(media reports). CNN's '128 (currently) killed' repeats the figure (alt_mention). The headline's '121' is "
           "not part of the text. No time expression for the bombing in this same-day report -> date null.")
          , alt_mentions=[S("128", at="along with 128")]),
        E("e2", "casualty", "wounded", A(None), None, C("over 220", num="220", value=220, low=220, qualifier="over"),
          SADR_M, D(None), MEDIA, T("injured", at="were injured in Baghdad"),
          "'... and over 220 ... were injured' -> wounded, over 220 (media reports)."),
        E("e3", "casualty", "wounded", A(None), None, C("possibly over 350", num="350", value=350, low=350,
          qualifier="over"), SADR_M, D(None), MEDIA, T("injured", at="were injured in Baghdad"),
          "'possibly over 350' -> a second, higher figure in the same reports -> separate claim, over 350, hedge 'possibly'.",
          hedge="possibly"),
        E("e4", "casualty", "killed", A(None), None, C("105", value=105, at="that 105"), SADR_M, D(None), HEALTH,
          T("killed", at="105 have been killed"),
          "'... officials for the Iraqi Health Ministry say that 105 have been killed and over 330 injured.' -> killed 105 (a different source and figure)."),
        E("e5", "casualty", "wounded", A(None), None, C("over 330", num="330", value=330, low=330, qualifier="over"),
          SADR_M, D(None), HEALTH, T("injured", at="330 injured"), "'... and over 330 injured' -> wounded, over 330 (Health Ministry)."),
        E("e6", "casualty", "wounded", A(None), None, C("373 people", num="373", value=373), SADR_M, D(None),
          S("CNN had recently confirmed"), T("injured", at="373 people were injured"),
          "'CNN had recently confirmed that 373 people were injured, along with 128 (currently) killed.' -> wounded 373 (a third source and figure)."),
        E("e7", "casualty", "killed", A(None), None,
          C("at least 215 people", num="215", value=215, low=215, qualifier="at least"),
          L("a Sadr City Shiite slum", "IRQ", "Baghdad", 33.39, 44.46, 2), D("2006-11-23", "November 23, 2006"), None,
          T("killed", at="215 people were killed"),
          ("'This is the biggest attack to take place since November 23, 2006 when at least 215 people were killed when "
           "insurgents attacked a Sadr City Shiite slum.' -> an earlier incident, killed at least 215.")),
    ],
    hard_negatives=[
        H("at least a ton of explosives", "weight of explosives"),
        H("a young man with a bandaged head", "one of the injured already counted, no count of his own"),
        H("At least 10 buildings", "count of buildings"),
        H("6:00 a.m.", "time of day"),
    ])

# ---------------------------------------------------------------- Iran/Iraq 2007: fifteen Royal Navy personnel seized
ANN["wn_2007_03_23_iran_royal_navy_personnel_seized"] = dict(
    events=[
        E("e1", "casualty", "captured", A("GBR", "British", at="Fifteen British"), False,
          C("Fifteen British  Royal Navy  personnel", num="Fifteen", value=15),
          L("the Ras al-Beesha area near the northern entrance of the Persian Gulf", "IRQ", "Basra", 29.85, 48.72, 2),
          D("2007-03-23", "on the eve of Saturday's expected vote", derived_from_context=True),
          S("according to the British Ministry of Defence"), T("captured", at="have been captured"),
          ("'Fifteen British Royal Navy personnel have been captured by Iranian authorities at gunpoint in the Persian "
           "Gulf off the Iraqi coast, according to the British Ministry of Defence.' -> captured 15. Place: the most "
           "specific phrase, the fisherman's 'Ras al-Beesha area' (Iraqi side, as the British and US say; disputed by "
           "Iran; coordinates the annotator's estimate). Date: 'The seizure took place on the eve of Saturday's "
           "expected vote' -> Friday 23 March 2007 (derived).")),
        E("e2", "casualty", "captured", A("GBR", "Royal Navy", at="eight Royal Navy"), False,
          C("eight Royal Navy personnel", num="eight", value=8),
          L("the Shatt al-Arab  river", "IRN", "Khuzestan", 30.36, 48.27, 2), D("2004-06", "In June 2004"), None,
          T("detained", at="were detained by Iranian"),
          ("'In June 2004, three small vessels and eight Royal Navy personnel were detained by Iranian forces after they "
           "allegedly entered Iranian waters on the Shatt al-Arab river without permission.' -> captured 8 (detained), "
           "British (Royal Navy). Place on the border river, on the side Iran claimed (close call). 'the men were later "
           "released unharmed' has no count word (the release is not a separate event).")),
    ],
    hard_negatives=[
        H("UN Security Council Resolution 1723", "resolution number"),
        H("three small vessels", "count of boats"),
        H("a nice bunch of blue-eyed blond-haired officers", "a threat (hypothetical), no number"),
        H("not the first time", "ordinal"),
        H("the 1980s", "decade"),
    ])

# ---------------------------------------------------------------- Cuba 2007: deserters' failed skyjacking
CUB_AIR = L("the airport", "CUB", "La Habana", 22.99, -82.41, 1, at="drove it to the airport")
ANN["wn_2007_05_04_cuba_skyjacking_attempt"] = dict(
    events=[
        E("e1", "casualty", "killed", A("CUB"), False, C("An unarmed military officer", num="An", value=1), CUB_AIR,
          D(None), None, T("killed", at="was killed in the process"),
          ("'Two Cuban military deserters made a failed attempt to skyjack a Spanish Hola Airlines Boeing 737 ... An "
           "unarmed military officer was killed in the process.' -> killed 1 Cuban officer (civilian false). Place: "
           "the plane at 'the airport' (not named in the text; Havana's airport from outside knowledge, precision 1). "
           "No time expression -> date null.")),
        E("e2", "presence", None, A("CUB", "Cuba n", at="Cuba n military"), False,
          C("Two Cuba n military deserters", num="Two", value=2), CUB_AIR, D(None), None, T("attempt to skyjack"),
          ("'Two Cuban military deserters made a failed attempt to skyjack ...' -> size of the attacking group as "
           "presence (GUIDELINES 2), 2 (armed deserters, civilian false); 'The two soldiers' restates them "
           "(alt_mention)."),
          alt_mentions=[S("The two soldiers")]),
        E("e3", "casualty", "captured", A("CUB"), False,
          C("Both of the soldiers, along with a third soldier", num="third", value=3, qualifier="conjunction"), None,
          D(None), None, T("arrested", at="were arrested"),
          ("'Both of the soldiers, along with a third soldier, Yoan Torres Martinez, 21, were arrested.' -> captured 3 "
           "(the two plus a third; qualifier conjunction). 'All three' restates them (alt_mention). No place or date "
           "for the arrests."),
          alt_mentions=[S("All three")]),
        E("e4", "casualty", "killed", A("CUB"), False, C("one soldier", num="one", value=1),
          L("the military base", "CUB", None, None, None, 4), D(None), None, T("killed", at="which killed one"),
          ("'All three are believed to have escaped from the military base, causing a shootout which killed one soldier "
           "and injured at least one other, in which they were stationed.' -> killed 1 soldier at their (unnamed) base "
           "(precision 4: only the country is known); hedge 'are believed'."),
          hedge="are believed"),
        E("e5", "casualty", "wounded", A("CUB"), False,
          C("at least one other", num="one", value=1, low=1, qualifier="at least"),
          L("the military base", "CUB", None, None, None, 4), D(None), None, T("injured", at="injured at least"),
          "'... and injured at least one other' -> wounded, at least 1 (another soldier by the ellipsis).",
          hedge="are believed"),
    ],
    hard_negatives=[
        H("Boeing 737", "aircraft model number"),
        H("both 19 years old", "ages"),
        H("Martinez, 21", "name and age"),
        H("the other hostages", "no number; passengers not harmed"),
        H("nearly half a century", "duration"),
        H("Several passengers were on the bus, but no one was hurt", "negated casualty"),
        H("no crew or additional passengers", "negated presence of people"),
    ])

# ---------------------------------------------------------------- Iraq 2007: US helicopter fire hits a Diyala school
SCHOOL = L("a school in the Diyala province  of Iraq", "IRQ", "Diyala", 33.75, 45.55, 2)
HOSP = S("said an unnamed hospital official in Iraq")
ANN["wn_2007_05_09_iraq_diyala_school_helicopter"] = dict(
    events=[
        E("e1", "casualty", "killed", A("IRQ"), True,
          C("At least 7 school children", num="7", value=7, low=7, qualifier="at least"), SCHOOL, D(None), None,
          T("dead", at="are dead"),
          ("'At least 7 school children are dead and 3 more injured after a United States military helicopter opened "
           "fire on a school in the Diyala province of Iraq.' -> killed at least 7 children (civilian, Iraqi by "
           "implication). The hospital official's 'seven students' and 'seven bodies' repeat the figure "
           "(alt_mentions). Place: the school (the hospital is in Mindli/Mandali; coordinates the annotator's, "
           "precision 2). No time expression -> date null."),
          alt_mentions=[S("seven students"), S("seven bodies")]),
        E("e2", "casualty", "wounded", A("IRQ"), True, C("3 more", num="3", value=3), SCHOOL, D(None), None,
          T("injured", at="3 more injured"),
          ("'... and 3 more injured' -> wounded 3 children; the hospital official's 'injuring three' and 'three "
           "wounded' repeat it (alt_mentions)."),
          alt_mentions=[S("three", at="injuring three"), S("three wounded")]),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Iraq/Afghanistan 2007: contractors killed and wounded
ANN["wn_2007_07_04_iraq_afghanistan_contractors_killed"] = dict(
    events=[
        E("e1", "casualty", "killed", A(None), True,
          C("more than 1,000 private military contractors", num="1,000", value=1000, low=1000, qualifier="more than"),
          L("Iraq  and Afghanistan", None, None, None, None, 4), D(None),
          S("The U.S.  Department of Labor  has released data showing"), T("killed", at="have been killed in Iraq"),
          ("'The U.S. Department of Labor has released data showing that more than 1,000 private military contractors "
           "have been killed in Iraq and Afghanistan ...' -> running total (cumulative) of contractors killed in two "
           "countries (country null, precision 4); 'both U.S. and foreign contractors' -> actor null; contractors "
           "(engineers, translators, drivers are named as examples) -> civilian true (close call). No start date -> "
           "date null."),
          cumulative=True),
        E("e2", "casualty", "wounded", A(None), True, C("an additional 10,569 contractors", num="10,569", value=10569),
          L("Iraq", "IRQ", None, None, None, 4, at="wounded in Iraq"), D("2007-03", "As of March 2007"), None,
          T("wounded", at="have been wounded in Iraq"),
          ("'As of March 2007, an additional 10,569 contractors have been wounded in Iraq and 2,428 in Afghanistan.' -> "
           "running totals (cumulative), two places: wounded 10,569 in Iraq ('additional' = besides the dead, not a "
           "bound). Date: the 'as of' month (no start)."),
          cumulative=True),
        E("e3", "casualty", "wounded", A(None), True, C("2,428", value=2428),
          L("Afghanistan", "AFG", None, None, None, 4, at="2,428 in Afghanistan"), D("2007-03", "As of March 2007"), None,
          T("wounded", at="have been wounded in Iraq"),
          "'... and 2,428 in Afghanistan.' -> wounded 2,428 in Afghanistan (cumulative; the verb is elided).",
          cumulative=True),
        E("e4", "presence", None, A("USA", "U.S.", at="157,000 U.S."), False,
          C("157,000 U.S. military personnel", num="157,000", value=157000),
          L("Iraq", "IRQ", None, None, None, 4, at="contractors in Iraq"), D(None), None, T("compared to"),
          ("'There are disputes about the exact number of contractors in Iraq, but it is estimated to be between 130,000 "
           "and 180,000 U.S.-paid private military contractors, compared to 157,000 U.S. military personnel.' -> "
           "presence 157,000 US military personnel in Iraq (present level, no time word -> date null). The contractors' "
           "estimate is a hard negative (a civilian workforce, not a force; close call).")),
    ],
    hard_negatives=[
        H("between 130,000 and 180,000 U.S.-paid private military contractors", "size of a contractor workforce, not troops (close call)"),
    ])

# ---------------------------------------------------------------- Iraq 2007: airstrike in Yusufiyah kills al-Tunisi
YUSUF = L("a house in Yusufiyah, Iraq", "IRQ", "Baghdad", 33.05, 44.23, 1)
TUE_YU = D("2007-09-25", "on Tuesday")
ANN["wn_2007_09_28_iraq_yusufiyah_al_tunisi"] = dict(
    events=[
        E("e1", "casualty", "killed", A("insurgents"), False, C("two others", num="two", value=2), YUSUF, TUE_YU,
          S("The United States announced today"), T("killing", at="killing insurgent"),
          ("'The United States announced today that an airstrike against a house in Yusufiyah, Iraq on Tuesday completed "
           "its mission, killing insurgent commander Abu Usama al-Tunisi and two others.' -> killed 2 (the unnamed "
           "men; the named commander has no count word), part of the three of e2. Tuesday in a Friday story = 25 "
           "September 2007. Actor: the commander's side, 'insurgent' (generic)."),
          part_of="e2"),
        E("e2", "casualty", "killed", A("insurgents"), False, C("three", value=3, at="which killed three"), YUSUF,
          D("2007-09-25", "just before the bombing", derived_from_context=True), None, T("killed", at="which killed three"),
          ("'The tip was confirmed by a local Iraqi arrested near the site of the house just before the bombing, which "
           "killed three.' -> killed 3, the total of the strike (al-Tunisi and two others, is_total); date of the "
           "Tuesday strike (derived)."),
          is_total=True),
        E("e3", "casualty", "killed", A("insurgents", "insurgents", at="four other insurgents"), False,
          C("four other insurgents", num="four", value=4), L("Yusufiyah", "IRQ", "Baghdad", 33.05, 44.23, 1,
          at="attack in Yusufiyah"), D(None), None, T("killed", at="Yusufiyah killed"),
          ("'His death was reported by Abu al-Zarqawi's army on May 20, 2006 ... He was reportedly killed after a US "
           "helicopter attack in Yusufiyah killed him and four other insurgents.' -> killed 4 (the earlier, false report "
           "of his death; hedge 'reportedly'). The attack's own date is not given; 20 May 2006 is the day it was "
           "reported (reported_date)."),
          hedge="reportedly", reported_date="2006-05-20"),
        E("e4", "casualty", "captured", A("IRQ", "Iraqis", at="captured Iraqis"), None,
          C("two", value=2, at="that two captured"), None, D(None), S("the military stated"),
          T("captured", at="two captured"),
          ("'... stating only that two captured Iraqis told them that it was al-Tunisi.' -> captured 2 (prisoners who "
           "identified the body); when and where they were taken is not said.")),
        E("e5", "casualty", "captured", A("IRQ", "Iraqi", at="a local Iraqi"), None, C("a local Iraqi", num="a", value=1),
          L("near the site of the house", "IRQ", "Baghdad", 33.05, 44.23, 2),
          D("2007-09-25", "just before the bombing", derived_from_context=True), None, T("arrested", at="Iraqi arrested"),
          "'The tip was confirmed by a local Iraqi arrested near the site of the house just before the bombing' -> captured 1 (arrest), the Tuesday (derived)."),
    ],
    hard_negatives=[
        H("two 500 lb bombs", "count and weight of bombs"),
        H("more than a year ago", "duration"),
        H("the Second Battle of Fallujah", "ordinal"),
        H("one of the most senior leaders", "describes the named commander"),
        H("41 Most Wanted", "size of a wanted list"),
        H("a June 16 kidnapping", "count of incidents; the three soldiers are named without a count word"),
        H("one more al-Qaeda in Iraq criminal", "a quote restating the named commander's death"),
        H("a year earlier", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2007: mass grave near Lake Thar Thar
THAR = L("the Lake Thar Thar region of Baghdad", "IRQ", "Anbar", None, None, 3)
ANN["wn_2007_11_06_iraq_thar_thar_mass_grave"] = dict(
    events=[
        E("e1", "casualty", "killed", A(None), None, C("22 people", num="22", value=22), THAR, D(None),
          S("according to the United States  military in Iraq"), T("mass grave", at="found in a mass grave"),
          ("'The bodies of 22 people have been found in a mass grave according to the United States military in Iraq, in "
           "the Lake Thar Thar region of Baghdad.' -> killed 22 (bodies in a mass grave imply killings, GUIDELINES 2, "
           "implied deaths). Place as written (the lake lies north-west of Baghdad, in Anbar/Salah ad-Din; admin1 the "
           "annotator's). The deaths are undated: Saturday (3 November 2007) is the discovery and 'may be three months "
           "old' an estimate -> date null.")),
        E("e2", "casualty", "killed", A(None), None, C("25 bodies", num="25", value=25), THAR, D(None), None,
          T("contained", at="which contained"),
          ("'... the grave may be the same grave that was found in October, which contained 25 bodies.' -> killed 25, a "
           "grave found in October 2007 (discovery month, not the death date -> date null); place: by the text "
           "possibly the same grave.")),
    ],
    hard_negatives=[
        H("Operation Fahwat al Asad 2", "operation number"),
        H("three months old", "age of the remains"),
    ])

# ---------------------------------------------------------------- India 2007: serial blasts at courts in Uttar Pradesh
ANN["wn_2007_11_23_india_uttar_pradesh_court_blasts"] = dict(
    events=[
        E("e1", "casualty", "killed", A(None), None, C("13 people", num="13", value=13),
          L("the state of Uttar Pradesh", "IND", "Uttar Pradesh", None, None, 3),
          D("2007-11-23", "at around 1:30 p.m. IST", derived_from_context=True), None, T("killed", at="system killed"),
          ("'Five bombs went off nearly simutaneously in three Indian cities in the state of Uttar Pradesh. Court houses "
           "in Lucknow, Varanasi and Faizabad were rocked. The attack on the justice system killed 13 people and injured "
           "another 61.' -> killed 13 over three cities (the state, precision 3); 'people' -> actor/civilian null. "
           "Date: the bombs went off 'at around 1:30 p.m. IST' in a same-day report -> 23 November 2007.")),
        E("e2", "casualty", "wounded", A(None), None, C("another 61", num="61", value=61),
          L("the state of Uttar Pradesh", "IND", "Uttar Pradesh", None, None, 3),
          D("2007-11-23", "at around 1:30 p.m. IST", derived_from_context=True), None, T("injured", at="injured another"),
          "'... and injured another 61.' -> wounded 61 ('another' = additional)."),
    ],
    hard_negatives=[
        H("Five bombs", "count of bombs"),
        H("three India n cities", "count of cities"),
        H("200,000 to the families", "money (compensation)"),
        H("Rp.50,000", "money"),
        H("UTC+5:30", "time zone"),
        H("an unexploded device", "a device, not a person"),
    ])

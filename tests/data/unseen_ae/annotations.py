# -*- coding: utf-8 -*-
"""Gold annotations of set (ae), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text; default:
the start of the text). Location entries carry country (ISO3; null only for seas and regions wider than a country),
admin1, lat/lon (2 decimals, the annotator's estimates; null for provinces, regions, countries and seas) and ACLED-style
precision (1 point, 2 near a point or part of a place, 3 region/province/district, 4 country or wider). Each event also
carries a `trigger`.
"""

from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Sudan 2024: Wad al-Noura
WAD = L("Wad al-Noura village", "SDN", "Al Jazirah", 14.45, 32.87, 1)
WED_WAD = D("2024-06-05", "Wednesday morning's", derived_from_context=True)
ANN["voa_2024_06_06_sudan_wad_al_noura_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 100 people", num="100", value=100, low=100, qualifier="at least"), location=WAD,
             date=WED_WAD, source=S("according to regional officials"), trigger=T("killed", at="has killed"),
             notes=("'A recent attack by Sudan's paramilitary Rapid Support Forces on Wad al-Noura village has killed at "
                    "least 100 people and injured dozens, according to regional officials.' -> killed, at least 100. "
                    "Victims are 'people' (actor null, GUIDELINES 10); civilian true because the next sentence says "
                    "'women, children and the elderly were among victims' (close call). Date: the attack is "
                    "'Wednesday morning's two-stage assault' (derived); Wednesday in a Thursday story = 5 June 2024.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="injured dozens"), location=WAD,
             date=WED_WAD, source=S("according to regional officials"), trigger=T("injured", at="and injured"),
             notes="'... and injured dozens' -> wounded, dozens (low 24); same sentence, source and day as e1."),
    ],
    hard_negatives=[
        H("14 months", "duration of the war"),
        H("two-stage assault", "number of phases of an attack, not of people"),
        H("RSF fighters used heavy artillery", "attacking force with no count"),
        H("forcing civilians, including women and children, to take refuge", "displaced people, no count (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- DR Congo 2024: Nyanzale
ANN["voa_2024_03_07_drc_nyanzale_m23"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 15 people", num="15", value=15, low=15, qualifier="at least"),
             location=L("the town of Nyanzale in eastern Democratic Republic of Congo", "COD", "North Kivu", -0.93, 29.20, 1),
             date=D("2024-03-06", "on Wednesday"), source=None, trigger=T("killing", at="killing at least"),
             alt_mentions=[S("The victims", at="\"The victims")],
             notes=("'The M23 rebel group took over the town of Nyanzale ... on Wednesday, killing at least 15 people in "
                    "bomb attacks.' -> killed, at least 15, in VOA's own voice (the Reuters quote that follows restates "
                    "the deaths as 'The victims': alt mention, no count). 'people' -> actor and civilian null. Wednesday "
                    "in a Thursday item = 6 March 2024 (the publication date is inferred). Nyanzale coordinates are the "
                    "annotator's estimate.")),
    ],
    hard_negatives=[
        H("130 km", "distance"),
        H("thousands of internally displaced people", "displaced people (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Middle East 2024: CENTCOM force level
ANN["dod_2024_08_13_centcom_40000_service_members"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "U.S.", at="40,000 U.S."), civilian=False,
             count=C("approximately 40,000", num="40,000", value=40000, approx=True, qualifier="approximately"),
             location=L("the Centcom region", None, None, None, None, 4), date=D("2024-08-13", "Today"),
             source=S("Ryder said", at="Centcom region, Ryder said"), trigger=T("there are", at="Today, there are"),
             notes=("'Today, there are approximately 40,000 U.S. service members in the Centcom region, Ryder said.' -> "
                    "presence, about 40,000 US service members. The CENTCOM area spans many countries -> country null, "
                    "precision 4. 'Today' = the (inferred) publication date.")),
    ],
    hard_negatives=[
        H("USS Abraham Lincoln Carrier Strike Group", "a unit with no head count (GUIDELINES 2: unit sizes given only as units)"),
        H("all of the hostages", "hostages in Gaza mentioned without a count"),
        H("U.S. forces are moving into", "movement of forces with no count"),
    ])

# ---------------------------------------------------------------- Red Sea 2025: Eternity C
RED = L("the Red Sea", None, None, None, None, 4, at="terror attacks in the Red Sea")
LASTMONTH = D("2025-07", "Last month", derived_from_context=True)
ANN["voa_ed_2025_08_15_red_sea_eternity_c"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least four mariners", num="four", value=4, low=4, qualifier="at least"), location=RED,
             date=LASTMONTH, source=None, trigger=T("loss", at="the loss of at least"),
             notes=("'The latter attack resulted in the loss of at least four mariners, many others injured ...' -> "
                    "killed (a 'loss' of mariners), at least 4, crew of the Eternity C; nationality not given -> actor "
                    "null; merchant seafarers -> civilian true. Place: the Red Sea (open sea, no country). Date: the "
                    "attacks the United States condemned 'Last month' (July 2025, derived from the previous sentence).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("at least 11 crew members", num="11", value=11, low=11, qualifier="at least"), location=RED,
             date=LASTMONTH, source=None, trigger=T("kidnapped", at="Houthis then kidnapped"),
             notes=("'The Houthis then kidnapped and continue to detain at least 11 crew members of the Eternity C.' -> "
                    "captured, at least 11 (still held). Date: after the July attack ('then'; derived, approximate).")),
    ],
    hard_negatives=[
        H("many others injured", "wounded with no count word"),
        H("two civilian cargo vessels", "count of ships"),
        H("all UN, NGO, and diplomatic staff held for over a year", "detained staff with no count"),
        H("750 tons", "weight of seized weapons"),
        H("all hostages", "hostages mentioned without a count"),
    ])

# ---------------------------------------------------------------- Ukraine 2022: Kramatorsk station
KRAM = L("Kramatorsk", "UKR", "Donetsk", 48.72, 37.56, 1, at="city of Kramatorsk")
FRI_K = D("2022-04-08", "Friday")
ANN["voa_le_2022_04_08_ukraine_kramatorsk_station"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 50 people", num="50", value=50, low=50, qualifier="at least"), location=KRAM, date=FRI_K,
             source=S("Ukrainian officials said", at="50 people, Ukrainian officials said"), trigger=T("killing", at="killing at least"),
             notes=("'A missile hit a train station Friday ..., killing at least 50 people, Ukrainian officials said.' -> "
                    "killed, at least 50. The station is 'in the city of Kramatorsk' (next paragraph). 'people' -> actor "
                    "null; civilian true: 'most of the victims were women and children' (mixed toll, GUIDELINES 10). "
                    "Friday in a Friday story = 8 April 2022.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("Dozens more", num="Dozens", value=None, low=24, approx=True, qualifier="dozens"), location=KRAM,
             date=D("2022-04-08", "Friday", derived_from_context=True), source=None, trigger=T("injured", at="more were injured"),
             notes="'Dozens more were injured.' -> wounded, dozens (low 24); same strike and day as e1 (derived)."),
    ],
    hard_negatives=[
        H("thousands of people had gathered", "crowd of civilians present, not a casualty count"),
        H("About 4,000 civilians", "civilians present at the station, not casualties or a force"),
        H("most of the victims", "a proportion of the e1 dead, no separate count"),
    ])

# ---------------------------------------------------------------- Ethiopia 2020: Tigray refugees
ANN["voa_le_2020_12_28_ethiopia_tigray_refugees"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("ETH"), civilian=True,
             count=C("250 young men", num="250", value=250),
             location=L("Ethiopia's Tigray area", "ETH", "Tigray", None, None, 3), date=D(None),
             source=S("He came with information"), trigger=T("taken", at="young men taken"), hedge="It is impossible to know if these stories are true",
             notes=("'He came with information about 250 young men taken from one village into neighboring Eritrea by "
                    "Eritrean forces.' -> captured (abducted), 250. 'He' = the refugee Guesh Tesla (source). The village "
                    "is unnamed; the article is about Tigray -> location Tigray (precision 3, from the first sentence). "
                    "Actor ETH: young men of a Tigrayan village, plainly Ethiopian (close call); civilian true. No time "
                    "word for the abduction -> date null. The article itself says the stories cannot be verified (hedge).")),
    ],
    hard_negatives=[
        H("the broken legs of refugee Guesh Tesla", "a named person's injury with no count word"),
        H("many bodies", "deaths with no count"),
        H("the screams of men being killed", "killings with no count"),
        H("more than 50 days", "duration"),
        H("nearly 30 years", "duration"),
        H("children hurt in explosions", "injuries with no count"),
    ])

# ---------------------------------------------------------------- Ethiopia 2021: 'Erase Tigray'
ANN["voa_le_2021_04_24_ethiopia_erase_tigray"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("ETH"), civilian=True,
             count=C("nine other refugees", num="nine", value=9), location=None, date=D(None), source=None,
             trigger=T("gunshot wounds"),
             notes=("'The Associated Press confirmed the same thing happened with nine other refugees. They arrived in "
                    "Sudan with gunshot wounds and cuts on their backs.' -> wounded, 9 Tigrayan refugees (actor ETH, "
                    "civilian true). Where they were shot is not said (they arrived in Sudan) -> location null; no time "
                    "word -> date null. AP's confirmation concerns the identity papers, so no source (close call).")),
    ],
    hard_negatives=[
        H("only 10 Tigrayans remained of about 400", "co-workers who remained; the rest 'were killed or fled' (no separable count)"),
        H("dead bodies lying along the river", "deaths with no count"),
        H("the 6 million Tigrayans", "population figure"),
        H("nearly 30 years", "duration"),
        H("women were raped", "no count"),
    ])

# ---------------------------------------------------------------- Myanmar 2021: 3 March shootings
WED_M = D("2021-03-03", "Wednesday", at="killed Wednesday")
ANN["voa_le_2021_03_04_myanmar_protesters_shot"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least eight people", num="eight", value=8, low=8, qualifier="at least"), location=None,
             date=WED_M, source=S("The Associated Press reported"), trigger=T("killed", at="people were killed"),
             is_total=True,
             notes=("'The Associated Press reported at least eight people were killed Wednesday including a 14-year-old "
                    "boy.' -> killed, at least 8 protesters (first sentence: security forces opened fire on protesters); "
                    "actor null (protesters, as in other sets), civilian true. No place for the national toll -> "
                    "location null. Wednesday in a Thursday story = 3 March 2021. Total of e2.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("a 14-year-old boy", num="a", value=1), location=L("Myingyan", "MMR", "Mandalay", 21.46, 95.39, 1),
             date=WED_M, source=S("The Associated Press reported"), trigger=T("killed", at="people were killed"), part_of="e1",
             alt_mentions=[S("a 14-year-old boy", at="shooting death of a 14-year-old boy")],
             notes=("'... including a 14-year-old boy' -> killed 1 (singular determiner; the age is not the count), part "
                    "of e1. Later 'In the central town of Myingyan, social media reported the shooting death of a "
                    "14-year-old boy' is taken as the same boy (alt mention), which gives the place (close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 18 protesters", num="18", value=18, low=18, qualifier="at least"), location=None,
             date=D("2021-02-28", "last Sunday"), source=S("The United Nations' Human Rights Office said"),
             trigger=T("killed", at="forces also killed"),
             notes="'... security forces also killed at least 18 protesters last Sunday.' -> killed 18; 'last Sunday' in a Thursday story = 28 February 2021."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 40 people", num="40", value=40, low=40, qualifier="at least"), location=None,
             date=D("2021-02-01/2021-03-04", "since February 1"), source=S("Reuters has reported"),
             trigger=T("killed", at="have been killed since"), cumulative=True,
             notes=("'Reuters has reported that at least 40 people have been killed since February 1 ...' -> killed, "
                    "running total since the coup (cumulative, interval to publication). 'people' -> actor/civilian null. "
                    "e1 and e3 are from other sources and are not marked as parts.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("about 300 protesters", num="300", value=300, approx=True, qualifier="about"),
             location=L("Yangon", "MMR", "Yangon", 16.87, 96.20, 1, at="Security forces in Yangon"),
             date=D("2021-03-03", "Wednesday", derived_from_context=True), source=S("the Myanmar Now news agency reported"),
             trigger=T("detained", at="detained about"),
             notes=("'Security forces in Yangon ... detained about 300 protesters, the Myanmar Now news agency reported.' "
                    "-> captured, about 300. The paragraph has no day; the article's day is Wednesday (derived, close call).")),
    ],
    hard_negatives=[
        H("the three crew members", "ambulance crew beaten; injuries not stated (not annotated as wounded)"),
        H("around 1,000 teachers and students", "protest crowd chased with tear gas, not a casualty or a force"),
        H("lines of young men", "people detained, already counted in e5, no count"),
        H("a day after calls for restraint", "time expression"),
    ])

# ---------------------------------------------------------------- Ukraine 2022: Lviv
ANN["voa_le_2022_04_18_ukraine_lviv_strikes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least seven people", num="seven", value=7, low=7, qualifier="at least"),
             location=L("the western Ukrainian city of Lviv", "UKR", "Lviv", 49.84, 24.03, 1), date=D(None),
             source=S("Ukrainian officials say"), trigger=T("killing", at="killing at least"),
             notes=("'Ukrainian officials say Russian missiles hit the western Ukrainian city of Lviv, killing at least "
                    "seven people.' -> killed, at least 7. The text gives no day for the strike -> date null (the strike "
                    "was on the publication day, but the text does not say so). 'people' -> actor/civilian null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("a child", num="a", value=1, at="included a child"),
             location=L("Lviv region", "UKR", "Lviv", None, None, 3, at="the Lviv region"), date=D(None),
             source=S("Maksym Kozytskyy"), trigger=T("wounded", at="the wounded"),
             notes=("'He said the wounded included a child.' -> wounded, 1 (singular determiner); 'He' = Maksym "
                    "Kozytskyy, governor of the Lviv region (source resolved to the name). The wounded as a whole have no "
                    "count. Place: the Lviv strikes (the governor's region); no day -> null.")),
    ],
    hard_negatives=[
        H("The few Ukrainian fighters remaining there", "'few' is not a count word; no number for the Mariupol defenders"),
        H("three military facilities", "count of targets"),
        H("two children", "children who fled with a witness, not casualties"),
        H("more than 20 military targets", "count of targets"),
        H("315 Ukrainian targets", "count of targets"),
        H("108 strikes", "count of strikes"),
        H("almost two months", "duration"),
    ])

# ---------------------------------------------------------------- Gaza/Israel 2021
GAZA = L("Gaza", "PSE", None, None, None, 3, at="killed in Gaza")
ANN["voa_le_2021_05_19_gaza_children_conflict"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PSE", "Palestinians"), civilian=None,
             count=C("the 217 Palestinians", num="217", value=217), location=GAZA,
             date=D("2021-05-10/2021-05-19", "began on May 10", derived_from_context=True),
             source=S("Gaza health officials say"), trigger=T("killed", at="have been killed in Gaza"), is_total=True,
             cumulative=True,
             notes=("'Gaza health officials say at least 63 children are among the 217 Palestinians who have been killed "
                    "in Gaza. The fighting ... began on May 10.' -> killed, 217 (running toll since 10 May, cumulative; "
                    "interval to the inferred publication date). Actor PSE (Palestinians); civilian null (the toll mixes "
                    "civilians and fighters and the text does not say). Total of e2.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("at least 63 children", num="63", value=63, low=63, qualifier="at least"), location=GAZA,
             date=D("2021-05-10/2021-05-19", "began on May 10", derived_from_context=True),
             source=S("Gaza health officials say"), trigger=T("killed", at="have been killed in Gaza"), part_of="e1",
             cumulative=True, notes="'at least 63 children are among the 217 Palestinians who have been killed' -> killed 63 children, part of e1."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("12 people", num="12", value=12), location=L("Israel", "ISR", None, None, None, 4, at="In Israel, 12"),
             date=D("2021-05-10/2021-05-19", "began on May 10", derived_from_context=True), source=None,
             trigger=T("killed", at="12 people have been killed"), is_total=True, cumulative=True,
             notes=("'In Israel, 12 people have been killed by rockets fired by the militant group Hamas ... All but one of "
                    "the people killed were civilians.' -> killed 12 (running toll since 10 May). Nationalities not "
                    "given -> actor null; mostly civilians -> civilian true (GUIDELINES 10).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("One", value=1, at="One was a five-year-old boy"), location=L("Israel", "ISR", None, None, None, 4, at="In Israel, 12"),
             date=D("2021-05-10/2021-05-19", "began on May 10", derived_from_context=True), source=None,
             trigger=T("killed", at="12 people have been killed"), part_of="e3",
             notes="'One was a five-year-old boy.' -> one of the 12 killed in Israel (value 1), part of e3."),
    ],
    hard_negatives=[
        H("seven-year-old Suzy Ishkontana", "named survivor; the age is not a count"),
        H("Her brothers, sisters and mother died", "deaths with no count word"),
        H("All but one of the people killed", "breakdown of e3 with no separate count"),
        H("2 million people", "population figure"),
        H("hundreds of rockets", "count of rockets"),
        H("five hours", "duration"),
        H("his wife and five children", "family he could not reach; their fate is not stated in the stored text"),
    ])

# ---------------------------------------------------------------- Haiti 2021: 400 Mawozo hostages
HTI = L("Haiti", "HTI", None, None, None, 4, at="last month in Haiti")
OCT16 = D("2021-10-16", "October 16")
ANN["voa_le_2021_11_22_haiti_missionary_hostages"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("Two members", num="Two", value=2), location=HTI,
             date=D("2021-11-21", "on Sunday", derived_from_context=True), source=S("Christian Aid Ministries, announced"),
             trigger=T("released", at="have been released"), released=True,
             notes=("'Two members of a U.S.-based religious group who were taken hostage last month in Haiti have been "
                    "released.' -> captured, released: true, 2. Their nationality is not given (the group is U.S.-based) "
                    "-> actor null; missionaries -> civilian true. Date: the release was announced 'on Sunday' (21 "
                    "November 2021, derived; the release day itself is not given).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("USA", "American"), civilian=True,
             count=C("16 American citizens", num="16", value=16), location=HTI, date=OCT16, source=None,
             trigger=T("kidnapped", at="was kidnapped"),
             notes=("'The group of 16 American citizens and one Canadian was kidnapped by a group called 400 Mawozo on "
                    "October 16.' -> captured 16 (USA) and 1 (CAN, e3): two nationalities, annotated separately. Place: "
                    "Haiti (first sentence, 'taken hostage last month in Haiti').")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("CAN", "Canadian"), civilian=True,
             count=C("one Canadian", num="one", value=1), location=HTI, date=OCT16, source=None,
             trigger=T("kidnapped", at="was kidnapped"), notes="'... and one Canadian was kidnapped' -> captured 1 (CAN)."),
        dict(id="e4", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("five children", num="five", value=5), location=HTI, date=OCT16, source=None,
             trigger=T("kidnapped", at="was kidnapped"),
             notes=("'There are five children in the group, including an 8-month-old.' -> captured 5 (part of the 17 "
                    "kidnapped; they may be of either nationality, so no part_of is given). Date of the kidnapping (derived "
                    "from the previous sentence).")),
        dict(id="e5", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("an 8-month-old", num="an", value=1), location=HTI, date=OCT16, source=None,
             trigger=T("kidnapped", at="was kidnapped"), part_of="e4",
             notes="'including an 8-month-old' -> captured 1 (singular determiner on a person; the age is not the count), part of e4."),
        dict(id="e6", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("the 15 people", num="15", value=15), location=HTI, date=D(None),
             source=S("the Ohio-based group said"), trigger=T("being held", at="still being held"),
             notes=("'... our hearts are with the 15 people who are still being held,' the Ohio-based group said. -> "
                    "captured, 15 still held (a status on the reporting day; no date for it -> null).")),
    ],
    hard_negatives=[
        H("the murder of President Jovenel Mo239;se", "named single death with no count word"),
        H("more than 2,200 people", "earthquake deaths, not conflict (GUIDELINES 2)"),
        H("$1 million for each person", "ransom demand"),
        H("the hostages unless", "threat to kill the hostages, hypothetical"),
    ])

# ---------------------------------------------------------------- Burkina Faso 2019
ANN["voa_2019_04_29_burkina_faso_terror_rise"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 65 people", num="65", value=65, low=65, qualifier="more than"),
             location=L("Burkina Faso", "BFA", None, None, None, 4, at="nation of Burkina Faso"),
             date=D("2019-04", "In April"), source=None, trigger=T("died", at="65 people died"),
             notes=("'In April more than 65 people died in ethnic clashes inflamed by Islamist extremists ...' -> killed "
                    "(conflict deaths), more than 65, April 2019; place: Burkina Faso (first sentence). 'people' -> "
                    "actor/civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("four worshippers and a pastor", num="four", value=5, qualifier="conjunction"),
             location=L("the small northern town of Silgadji", "BFA", "Sahel", 13.73, -1.55, 1),
             date=D("2019-04-28", "On Sunday"), source=S("local security sources said"), trigger=T("killed", at="pastor were killed"),
             notes=("'On Sunday, four worshippers and a pastor were killed when gunmen targeted a church in the small "
                    "northern town of Silgadji, local security sources said.' -> killed 5 (4 + 1, coordinated count, "
                    "qualifier 'conjunction'; number span on 'four'). Civilian true (worshippers, pastor). Sunday in a "
                    "Monday story = 28 April 2019. Silgadji coordinates are the annotator's estimate.")),
    ],
    hard_negatives=[
        H("gunmen targeted a church", "attacking force with no count"),
        H("more than 230 attacks", "count of attacks"),
        H("just over three years", "duration"),
        H("thousands of years", "duration"),
        H("the U.S. military decreases its force numbers", "drawdown with no count (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Sudan: CRS overview
ANN["crs_2025_01_22_sudan_war_humanitarian_crisis"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("as many as 150,000 people", num="150,000", value=150000, high=150000, approx=True, qualifier="as many as"),
             location=L("Sudan", "SDN", None, None, None, 4, at="The conflict in Sudan"),
             date=D("2023/2024", "the first year of the conflict", approx=True), source=None,
             trigger=T("died", at="may have died"), cumulative=True, hedge="by some estimates",
             notes=("'Fatality figures are not reliable ..., but by some estimates as many as 150,000 people may have died "
                    "in the first year of the conflict alone.' -> killed, up to 150,000 (qualifier 'as many as', high "
                    "150000), running total over the first year; the conflict 'began in 2023' -> interval 2023/2024, "
                    "approximate. Hedge 'by some estimates' (no speaker).")),
    ],
    hard_negatives=[
        H("over 12 million people", "displaced people (GUIDELINES 2)"),
        H("over 25 million people", "people facing food insecurity"),
        H("1989 coup", "year"),
    ])

# ---------------------------------------------------------------- Iraq 2015: hostage rescue raid
ANN["centcom_2015_10_23_iraq_hostage_rescue_casualty"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "the United States of America"), civilian=False,
             count=C("one of her finest warriors", num="one", value=1),
             location=L("Iraq", "IRQ", None, None, None, 4, at="not in Iraq"), date=D("2015-10-22", "Yesterday"),
             source=S("said Lt. Gen. Sean B. MacFarland"), trigger=T("lost", at="America lost"),
             notes=("'Yesterday, the United States of America lost one of her finest warriors ...' -> killed 1 US soldier "
                    "('this brave Soldier'); 'lost' as a death (close call, the release is headed 'casualty'). Place: the "
                    "'Iraqi rescue operation' -> Iraq (country, precision 4). Yesterday in an Oct. 23 release = 22 October 2015.")),
    ],
    hard_negatives=[
        H("these Iraqi hostages", "hostages rescued, no count"),
        H("boots on the ground", "no count"),
    ])

# ---------------------------------------------------------------- Burkina Faso 2020: Barga
ANN["state_2020_03_10_burkina_faso_barga_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("BFA"), civilian=True,
             count=C("43", value=43, at="leaving 43"),
             location=L("the commune of Barga in northern Burkina Faso", "BFA", "Nord", 13.83, -2.24, 2),
             date=D("2020-03-08", "this past Sunday"), source=None, trigger=T("dead", at="43 dead"),
             notes=("'... the brutal attack and murders perpetrated this past Sunday leaving 43 dead from the commune of "
                    "Barga in northern Burkina Faso.' -> killed 43 (bare numeral). Residents of a Burkinabe commune -> "
                    "BFA; 'murders', 'victims' -> civilian true (close call). A commune is an area -> precision 2. "
                    "'this past Sunday' in a Tuesday statement = 8 March 2020. Coordinates are the annotator's estimate.")),
    ],
    hard_negatives=[
        H("48 hours", "duration of national mourning"),
    ])

# ---------------------------------------------------------------- Sudan 2023: El Geneina toll
ANN["voa_2024_06_24_sudan_el_geneina_toll"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("between 10,000 and 15,000 people", num="10,000", value=None, low=10000, high=15000, approx=True,
                     qualifier="between"),
             location=L("El Geneina, the capital of West Darfur state", "SDN", "West Darfur", 13.45, 22.45, 1),
             date=D("2023-04/2023-12", "during the first eight months of the fighting", approx=True),
             source=S("the United Nations said in a report"), trigger=T("killed", at="were killed just"), cumulative=True,
             notes=("'... the United Nations said in a report that during the first eight months of the fighting, between "
                    "10,000 and 15,000 people were killed just in El Geneina ...' -> killed, range 10,000-15,000 (value "
                    "null, low/high). Date: the first eight months of the war; the war's start (April 2023) is not in "
                    "the text (annotator's knowledge) -> April-December 2023, approximate, cumulative.")),
    ],
    hard_negatives=[
        H("Early this year", "time of the UN report, not an event"),
    ])

# ---------------------------------------------------------------- Ethiopia 2022: Gimbi, Oromia
GIMBI = L("Gimbi town where the attack happened", "ETH", "Oromia", 9.17, 35.83, 1)
SAT_G = D("2022-06-18", "Saturday", at="killings Saturday")
ANN["voa_2022_06_20_ethiopia_oromia_gimbi_killings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ETH"), civilian=True,
             count=C("more than 200 people", num="200", value=200, low=200, qualifier="more than"), location=GIMBI,
             date=D("2022-06-18", "Saturday", at="killings Saturday", derived_from_context=True), source=None, trigger=T("killing", at="condemned the killing"),
             notes=("'... condemned the killing of more than 200 people, most of them ethnic Amhara, in the eastern Oromia "
                    "region. Locals have blamed the killings Saturday on the rebel Oromo Liberation Army ...' -> killed, "
                    "more than 200, in VOA's voice. Ethnic Amhara in Ethiopia -> ETH; the PM's 'attacks on innocent "
                    "civilians' -> civilian true. Place: 'Gimbi town where the attack happened' (later paragraph; the "
                    "text's 'eastern Oromia' is an error kept as written). Saturday in a Monday story = 18 June 2022.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("ETH"), civilian=True,
             count=C("250 dead", num="250", value=250),
             location=L("one village", "ETH", "Oromia", None, None, 3, at="just in one village"),
             date=D("2022-06-18", "Saturday", at="killings Saturday", derived_from_context=True), source=S("Ahmed said", at="Ahmed said there were"),
             trigger=T("dead", at="250 dead"),
             notes=("'Ahmed said there were 250 dead, and that this was just in one village.' -> killed 250, a witness's "
                    "own figure for his village (separate claim from e1, GUIDELINES 6). The village is unnamed (in the "
                    "Gimbi area, Oromia) -> precision 3. Day of the attack (derived).")),
    ],
    hard_negatives=[
        H("his brother and sister-in-law", "named relatives, no count word"),
        H("deployed security personnel", "deployment with no count"),
        H("fighters circled their village", "attacking force with no count"),
    ])

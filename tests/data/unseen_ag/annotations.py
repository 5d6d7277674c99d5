# -*- coding: utf-8 -*-
"""Gold annotations of set (ag), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Somalia 2008: Filipino seafarers held by pirates
SOMW = L("Somali waters", "SOM", None, None, None, 4)
ANN["wn_2008_11_22_somalia_pirates_filipino_seafarers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("PHL", "Filipino", at="abducted Filipino"),
             civilian=True, count=C("134", value=134), location=SOMW,
             date=D("2008-11-22", "currently", at="currently held", derived_from_context=True), source=None,
             trigger=T("abducted", at="number of abducted"), is_total=True,
             alt_mentions=[S("134 Filipinos", at="The 134 Filipinos")],
             notes=("'The number of abducted Filipino seafarers in Somali waters rose to 134 with the seizure of the MV "
                    "Delight on November 18.' -> captured, 134 Filipinos held at the time of writing (restated 'The 134 "
                    "Filipinos currently held', alt_mention); a state, dated by 'currently' to the publication day "
                    "(derived). Total of the ships' contingents that follow (the 7 of the MV Delight, 19 of the Sirius "
                    "Star, 26 of the MV Centauri; the other five ships are not itemised). Seafarers -> civilian true.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("PHL", "Filipino", at="seven Filipino"),
             civilian=True, count=C("seven", at="The seven Filipino", value=7), location=SOMW,
             date=D("2008-11-18", "on November 18", derived_from_context=True), source=None,
             trigger=T("seizure", at="seizure of the MV Delight"), part_of="e1",
             notes=("'The seven Filipino seafarers are members of a 25 multi-national crew aboard the ... ship' -> the "
                    "Filipinos taken with the MV Delight, seized on November 18 (date from the previous sentence); part "
                    "of the 134.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("a 25 multi-national crew", num="25", value=25), location=SOMW,
             date=D("2008-11-18", "on November 18", derived_from_context=True), source=None,
             trigger=T("seizure", at="seizure of the MV Delight"), is_total=True,
             notes=("The whole crew of the MV Delight (25, several nationalities -> actor null) was seized with the ship; "
                    "its Filipino, Indian, Pakistani and Ghanaian members are listed (7 + 7 + 2 + 2 = 18; the rest are not "
                    "itemised). The Filipino seven are linked to the 134 (e2), the others to this crew (part_of).")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("IND", "Indians"), civilian=True,
             count=C("seven Indians", num="seven", value=7), location=SOMW,
             date=D("2008-11-18", "on November 18", derived_from_context=True), source=None,
             trigger=T("seizure", at="seizure of the MV Delight"), part_of="e3",
             notes="'whose crew also includes seven Indians' -> part of the seized crew."),
        dict(id="e5", type="casualty", outcome="captured", actor=A("PAK", "Pakistanis"), civilian=True,
             count=C("two Pakistanis", num="two", value=2), location=SOMW,
             date=D("2008-11-18", "on November 18", derived_from_context=True), source=None,
             trigger=T("seizure", at="seizure of the MV Delight"), part_of="e3",
             notes="'two Pakistanis' -> part of the seized crew."),
        dict(id="e6", type="casualty", outcome="captured", actor=A("GHA", "Ghanaians"), civilian=True,
             count=C("two Ghanaians", num="two", value=2), location=SOMW,
             date=D("2008-11-18", "on November 18", derived_from_context=True), source=None,
             trigger=T("seizure", at="seizure of the MV Delight"), part_of="e3",
             notes="'two Ghanaians' -> part of the seized crew."),
        dict(id="e7", type="casualty", outcome="captured", actor=A("PHL"), civilian=True,
             count=C("19", at="including 19", value=19), location=SOMW,
             date=D(None), source=None, trigger=T("capture", at="capture of the Sirius Star"), part_of="e1",
             notes=("'including 19 from the high profile capture of the Sirius Star' -> 19 of the 134 Filipinos (actor "
                    "from context, surface null). The text gives no date for this capture.")),
        dict(id="e8", type="casualty", outcome="captured", actor=A("PHL"), civilian=True,
             count=C("the 26 man crew", num="26", value=26), location=SOMW,
             date=D("2008-09-17", "on the 17th of September"), source=None,
             trigger=T("taken", at="taken on the 17th"), part_of="e1",
             notes=("'the single largest contingent being the 26 man crew of the MV Centauri taken on the 17th of "
                    "September' -> the largest Filipino contingent among the 134 (actor from context). '26 man' is the "
                    "crew size, i.e. a count of people.")),
        dict(id="e9", type="casualty", outcome="captured", actor=A("PHL", "Filipino", at="76 Filipino"), civilian=True,
             count=C("76 Filipino crew", num="76", value=76), location=SOMW,
             date=D("2008-04/2008-11-22", "since the April of this year"), source=None,
             trigger=T("released", at="have been released"), released=True, cumulative=True,
             notes=("'76 Filipino crew have been released by the Somali pirates since the April of this year' -> "
                    "captured, released: true, running total since April 2008.")),
    ],
    hard_negatives=[
        H("None of the crew members", "negated harm ('None of the crew members are reported to be harmed')"),
        H("eight hijacked ships", "count of ships"),
        H("some 230,000", "size of the Filipino seafaring community in 2004, not an event"),
        H("a third", "fraction of wages"),
    ])

# ---------------------------------------------------------------- Somalia/Djibouti 2006: warlords, US troops
ANN["wn_2006_06_06_somalia_warlords_us_funds_djibouti"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "US", at="1,500 US troops"), civilian=False,
             count=C("about 1,500 US troops", num="1,500", value=1500, approx=True, qualifier="about"),
             location=L("the tiny nation of Djibouti", "DJI", None, None, None, 4), date=D(None),
             source=S("According to The Mercury News"), trigger=T("deployed", at="has deployed about"),
             notes=("'According to The Mercury News the Bush administration has deployed about 1,500 US troops in the "
                    "tiny nation of Djibouti, on Somalia's northern border.' -> deployment (verb 'deployed'), destination "
                    "Djibouti; no time expression -> date null.")),
    ],
    hard_negatives=[
        H("three alliance leaders", "people who spoke to an analyst, not an event"),
        H("$100,000 and $150,000", "money"),
        H("$84 million", "money"),
        H("the 14th of such authorities", "ordinal count of governments"),
        H("drove the US and UN troops out of Mogadishu", "withdrawal of 1993 with no count"),
    ])

# ---------------------------------------------------------------- Somalia 2006: nun shot in Mogadishu
ANN["wn_2006_09_17_somalia_mogadishu_nun_shot"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ITA", "Italian"), civilian=True,
             count=C("A 66-year old Italian nun", num="A", value=1),
             location=L("the SOS mother and child clinic in Mogadishu", "SOM", "Banaadir", 2.04, 45.34, 1),
             date=D(None), source=None, trigger=T("shot dead"),
             notes=("'A 66-year old Italian nun was shot dead by gunmen in a hospital run by SOS Children in "
                    "Islamist-controlled Somalia.' -> killed 1 (singular determiner; the age is not the count). The next "
                    "sentence names her and places the clinic in Mogadishu. No time expression for the killing -> date "
                    "null.")),
    ],
    hard_negatives=[
        H("14th Century", "century"),
    ])

# ---------------------------------------------------------------- Nepal 2006: Maoist attack, arrests in Kathmandu
KTM = L("Nepal's capital city of Kathmandu", "NPL", "Bagmati", 27.71, 85.32, 1)
DET_NP = D("2006-01-20/2006-01-22", "since fresh demonstrations began", at="since fresh", derived_from_context=True)
ANN["wn_2006_01_22_nepal_maoist_army_clashes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("NPL"), civilian=False,
             count=C("six security forces", num="six", value=6), location=None,
             date=D("2006-01-21", "on Saturday night"), source=S("The Nepali  army has reported"),
             trigger=T("dead", at="now dead"),
             notes=("'The Nepali army has reported that six security forces and 17 Maoist rebels are now dead following "
                    "an attack on Saturday night.' -> killed 6 (Nepalese security forces; actor from context). Saturday in "
                    "a Sunday story = 21 January 2006. The text does not say where the attack took place. The title's "
                    "'20 dead' does not match the body's 6 + 17.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("Maoists", "Maoist", at="17 Maoist"), civilian=False,
             count=C("17 Maoist rebels", num="17", value=17), location=None,
             date=D("2006-01-21", "on Saturday night"), source=S("The Nepali  army has reported"),
             trigger=T("dead", at="now dead"), notes="'... and 17 Maoist rebels are now dead' -> killed 17 rebels."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("NPL"), civilian=True,
             count=C("scores of protesters", num="scores", value=None, low=40, approx=True, qualifier="scores"),
             location=KTM, date=D("2006-01-20/2006-01-22", "since fresh demonstrations began", at="since fresh"),
             source=None, trigger=T("detaining"), cumulative=True,
             notes=("'Security forces have been detaining scores of protesters since fresh demonstrations began in "
                    "Nepal's capital city of Kathmandu on Friday.' -> captured, 'scores' (vague; low bound 40 by the "
                    "'scores' = several twenties convention, not a claim of the text), running since Friday 20 January. "
                    "Protesters in Kathmandu -> civilian true, actor NPL from context.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("NPL"), civilian=True,
             count=C("Five opposition leaders", num="Five", value=5), location=None, date=D(None), source=None,
             trigger=T("house arrest"), hedge="are also reported",
             notes=("'Five opposition leaders are also reported to be under house arrest in a preemptive move to curb "
                    "rallies.' -> captured (detained under house arrest; close call), a state with no date.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("NPL"), civilian=True,
             count=C("nearly 200 people", num="200", value=200, high=200, approx=True, qualifier="nearly"),
             location=KTM, date=DET_NP, source=S("The government reports"), trigger=T("taken into custody"),
             cumulative=True,
             notes=("'The government reports that nearly 200 people were taken into custody.' -> the government's count "
                    "of the protesters detained (coreference with the previous sentences -> civilian true); a different "
                    "source from the article's 'scores', so a separate claim. 'The claim is disputed by the opposition "
                    "which puts the number much higher' gives no number.")),
    ],
    hard_negatives=[
        H("much higher", "the opposition's figure, no number"),
        H("An alliance of seven parties", "count of parties"),
    ])

# ---------------------------------------------------------------- Tibet/Nepal 2006: Nangpa Pass shooting
ANN["wn_2006_10_11_nepal_tibet_nangpa_pass_shooting"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least two", value=2, num="two", low=2, qualifier="at least"),
             location=L("the Nangpa Pass", "CHN", "Tibet", 28.11, 86.60, 1),
             date=D("2006-09-30", "on September 30"), source=None, trigger=T("killing"),
             alt_mentions=[S("Kelsan Namtso, a 17 year old nun leading the children, and a 13 year old boy")],
             notes=("'At around 10:30 am on September 30 Chinese soldiers opened fire on people crossing from Tibet to "
                    "Nepal killing at least two.' -> killed, at least 2. The victims are the refugees crossing the Nangpa "
                    "Pass (next sentences) -> civilian true; the text gives them no nationality (Tibetans, title only) "
                    "-> actor null. The two named in the last paragraph (a nun and a boy) identify the dead (alt_mention, "
                    "not a new count). Place = the pass named in the next sentence (on the Tibet side of the border).")),
    ],
    hard_negatives=[
        H("About 70 refugees", "the group crossing the pass, not a casualty or troop count"),
        H("a body", "one of the dead, already counted"),
        H("28 hours", "duration"),
        H("10:30 am", "time of day"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2005: Kadirgamar assassination
ANN["wn_2005_08_13_sri_lanka_kadirgamar_assassination"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("Two people", num="Two", value=2), location=None, date=D(None), source=None,
             trigger=T("arrested", at="have been arrested"),
             notes=("'Two people have been arrested in connection with the attack but their identities have not been "
                    "released.' -> captured 2 (arrested suspects); no place or time given for the arrests.")),
    ],
    hard_negatives=[
        H("Lakshman Kadirgamar , was fatally shot", "killing of a named individual with no count word"),
        H("since 2002", "start of the ceasefire"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2006: Jaffna fighting
ANN["wn_2006_08_19_sri_lanka_jaffna_air_strikes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("hundreds", at="lives of hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=L("the Jaffna  peninsula", "LKA", "Northern", None, None, 3),
             date=D("2006-08-12/2006-08-19", "The last week of fighting", approx=True), source=None,
             trigger=T("claimed the lives"),
             notes=("'The last week of fighting has claimed the lives of hundreds.' -> killed, hundreds (low 200). "
                    "'The last week of fighting' is read as the seven days before publication (approx; not the calendar "
                    "'last week'). Place: the battle for the Jaffna peninsula of the previous sentence (the fighting "
                    "was also near Trincomalee; close call).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("65,000 people", num="65,000", value=65000), location=L("Sri Lanka", "LKA", None, None, None, 4,
                                                                            at="The ethnic conflict in Sri Lanka"),
             date=D("1983/2006-08-19", "since 1983", at="dead since 1983"), source=None,
             trigger=T("dead", at="people dead"), cumulative=True, hedge="It is estimated",
             notes="'It is estimated that the war has left 65,000 people dead since 1983' -> running total of the war (hedge)."),
    ],
    hard_negatives=[
        H("tens of thousands have flee their homes", "displaced people"),
        H("more than 50,000 people", "people fed in camps (displaced), not casualties"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2008: minister killed at Ja-Ela
ANN["wn_2008_01_08_sri_lanka_colombo_ja_ela_bombs"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LKA"), civilian=True,
             count=C("a government minister", num="a", value=1),
             location=L("Ja-Ela, a town some 12 miles north of Colombo", "LKA", "Western", 7.08, 79.89, 1),
             date=D("2008-01-08", "Earlier in the day", derived_from_context=True), source=None,
             trigger=T("killed", at="was killed by a roadside"),
             notes=("'Earlier in the day, a government minister was killed by a roadside bomb.' -> killed 1 (singular "
                    "determiner). 'Earlier in the day' = the Tuesday of the Colombo bomb, the publication day (derived). "
                    "Place from the last sentence ('The explosion took place in Ja-Ela'). A minister -> civilian true (as "
                    "a council member); actor LKA from context (a Sri Lankan government minister).")),
    ],
    hard_negatives=[
        H("a high-profile individual", "the bomb's possible target, not a casualty"),
        H("12 miles", "distance"),
    ])

# ---------------------------------------------------------------- Philippines 2006: Jolo karaoke bar
ANN["wn_2006_02_18_philippines_jolo_karaoke_bar_blast"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("At least 20 people", num="20", value=20, low=20, qualifier="at least"),
             location=L("a karaoke bar on southern Jolo Island", "PHL", "Sulu", 6.05, 121.00, 1), date=D(None),
             source=None, trigger=T("injured"), hedge="are reported",
             notes=("'At least 20 people are reported to have been injured.' -> wounded, at least 20. 'most of the "
                    "wounded were female entertainers, and men who were drinking at the bar' -> mostly civilians -> "
                    "civilian true. The text gives no day for the blast.")),
    ],
    hard_negatives=[
        H("104th Brigade", "unit number"),
        H("580 miles", "distance"),
        H("no American deaths", "negated casualties"),
    ])

# ---------------------------------------------------------------- DR Congo 2006: runoff polling day
BUMBA = L("Bumba", "COD", "Mongala", 2.19, 22.46, 1)
DRC = L("Democratic Republic of Congo", "COD", None, None, None, 4)
KIN = L("Kinshasa", "COD", "Kinshasa", -4.32, 15.31, 1, at="Kinshasa was reported")
ANN["wn_2006_10_30_drc_runoff_election_security"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("COD"), civilian=True,
             count=C("Two people", num="Two", value=2, at="Two people  were"), location=BUMBA, date=D(None),
             source=None, trigger=T("killed", at="reported killed and"), hedge="were reported",
             alt_mentions=[S("Two people", at="Two people were reported killed amidst")],
             notes=("'Two people were reported killed and four others injured when \"naval forces\" and police fired on "
                    "the protesters.' (Bumba, where Bemba supporters protested) -> killed 2. The polling-day summary "
                    "'Two people were reported killed amidst protests over alleged irregularities' is read as the same two "
                    "(alt_mention; the fuller sentence is primary). Protesters -> civilian true; actor COD from context. "
                    "The text never dates the runoff (only 'polling day') -> date null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("COD"), civilian=True,
             count=C("four others", num="four", value=4), location=BUMBA, date=D(None), source=None,
             trigger=T("injured", at="four others injured"), hedge="were reported",
             notes="'... and four others injured' -> wounded 4."),
        dict(id="e3", type="deployment", actor=A("COD"), civilian=False,
             count=C("80,000 police personnel", num="80,000", value=80000), location=DRC, date=D(None), source=None,
             trigger=T("deployed", at="were deployed to secure"),
             notes=("'80,000 police personnel and 17,000 U.N. peace-keepers backed by 2,000 E.U. troops were deployed to "
                    "secure the polling.' -> three deployments, destination the country's polling (no narrower place); "
                    "the police are the Congolese police (actor from context). Police -> civilian false. No date for "
                    "polling day in the text.")),
        dict(id="e4", type="deployment", actor=A("UN", "U.N.", at="U.N. peace-keepers"), civilian=False,
             count=C("17,000 U.N. peace-keepers", num="17,000", value=17000), location=DRC, date=D(None), source=None,
             trigger=T("deployed", at="were deployed to secure"), notes="UN peacekeepers deployed for the polling."),
        dict(id="e5", type="deployment", actor=A("EU", "E.U.", at="E.U. troops"), civilian=False,
             count=C("2,000", at="backed by 2,000", value=2000), location=DRC, date=D(None), source=None,
             trigger=T("deployed", at="were deployed to secure"),
             notes=("'backed by 2,000 E.U. troops' -> EU troops deployed for the polling. The count span is the numeral "
                    "only: the shared sentence splitter (abbreviation list unchanged) splits after 'E.U.', so 'troops' "
                    "falls in the next 'sentence'.")),
        dict(id="e6", type="presence", actor=A("Kabila supporters"), civilian=False,
             count=C("over 5,000 armed supporters", num="5,000", value=5000, low=5000, qualifier="over"), location=KIN,
             date=D(None), source=None, trigger=T("present", at="reportedly present"), hedge="reportedly",
             notes=("'Kinshasa was reported as \"tense\", with over 5,000 armed supporters of Kabila and 600 fighters loyal "
                    "to Bemba reportedly present in the capital.' -> presence of two armed forces (non-state names as the "
                    "text gives them). No date.")),
        dict(id="e7", type="presence", actor=A("Bemba supporters"), civilian=False,
             count=C("600 fighters", num="600", value=600), location=KIN, date=D(None), source=None,
             trigger=T("present", at="reportedly present"), hedge="reportedly",
             notes="'600 fighters loyal to Bemba' -> presence in Kinshasa."),
    ],
    hard_negatives=[
        H("33 candidates", "count of candidates"),
        H("between 15 to 25 thousand people", "voters prevented from voting, not casualties"),
        H("Over 1,000 international and 40,000 Congolese observers", "election observers, not troops"),
        H("50,045 polling stations", "count of polling stations"),
        H("44 years old", "age"),
    ])

# ---------------------------------------------------------------- Turkey 2008: US consulate in Istanbul
CONS = L("outside the United States  Consulate in Istanbul , Turkey", "TUR", "Istanbul", 41.11, 29.05, 1)
TODAY_IST = D("2008-07-09", "today", derived_from_context=True)
ANN["wn_2008_07_09_turkey_istanbul_us_consulate_attack"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("militants"), civilian=False,
             count=C("Several men", num="Several", value=None, low=3, approx=True, qualifier="several"),
             location=CONS, date=D("2008-07-09", "today"), source=None, trigger=T("fired on"),
             notes=("'Several men fired on Turkish police officers outside the United States Consulate in Istanbul, Turkey "
                    "today at 11 a.m. local time.' -> size of the attacking force (presence, GUIDELINES 2), several. The "
                    "text later gives three dead assailants and another who escaped (four). Unidentified attackers -> "
                    "'militants'.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("TUR"), civilian=False,
             count=C("three police officers", num="three", value=3), location=CONS, date=TODAY_IST,
             source=S("Turkish officials say"), trigger=T("killed", at="were killed during"), is_total=True,
             notes="'Turkish officials say three police officers and three of the assailants were killed during the gunfight.' -> killed 3 Turkish police (civilian false)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("three of the assailants", num="three", value=3), location=CONS, date=TODAY_IST,
             source=S("Turkish officials say"), trigger=T("killed", at="were killed during"),
             alt_mentions=[S("all three")],
             notes="'... and three of the assailants were killed' -> killed 3 attackers; 'all three died' restates them (alt_mention)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("TUR"), civilian=False,
             count=C("one of the officers", num="one", value=1), location=CONS, date=TODAY_IST, source=None,
             trigger=T("dying at the scene"), part_of="e2",
             notes="'with one of the officers dying at the scene and the other two dying later of bullet wounds at the hospital' -> breakdown of the three dead police."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("TUR"), civilian=False,
             count=C("the other two", num="two", value=2), location=CONS, date=TODAY_IST, source=None,
             trigger=T("dying later"), part_of="e2",
             notes="'the other two dying later of bullet wounds at the hospital' -> part of the three dead police."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("TUR", "Turkish", at="other Turkish policemen"),
             civilian=False,
             count=C("Several other Turkish policemen", num="Several", value=None, low=3, approx=True, qualifier="several"),
             location=CONS, date=TODAY_IST, source=None, trigger=T("injured", at="policemen were injured"),
             notes="'Several other Turkish policemen were injured.' -> wounded, several."),
    ],
    hard_negatives=[
        H("two minutes", "duration"),
        H("No Americans", "negated harm ('No Americans were reportedly harmed')"),
        H("two of the assailants used pistols", "weapons of the attackers already counted"),
        H("Another assailant escaped", "an attacker who escaped unharmed; not a casualty"),
    ])

# ---------------------------------------------------------------- Turkey/Iraq 2008: air strikes on the PKK
ANN["wn_2008_07_24_turkey_pkk_northern_iraq_air_strikes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PKK"), civilian=False,
             count=C("240 militants", num="240", value=240), location=L("northern Iraq", "IRQ", None, None, None, 3),
             date=D("2008-02", "last February"), source=None, trigger=T("killed", at="were killed and dozens"),
             notes=("'Just last February 240 militants were killed and dozens of PKK hideouts and camps were destroyed when "
                    "the army conducted a ground offensive against the PKK bases in the region.' -> killed 240; the "
                    "offensive against the PKK identifies the militants (actor PKK, close call). 'the region' = northern "
                    "Iraq. 'last February' in a July 2008 story = February 2008.")),
    ],
    hard_negatives=[
        H("thirteen Kurdistan Workers Party", "count of targets"),
        H("All thirteen targets", "count of targets"),
        H("dozens of PKK hideouts", "count of camps"),
        H("The PKK forces have not suffered any casualties", "negated casualties (PKK claim)"),
        H("one year authorization", "duration"),
    ])

# ---------------------------------------------------------------- Kenya 2008: church set on fire
CHURCH = L("a church in western Kenya", "KEN", None, None, None, 3)
ANN["wn_2008_01_02_kenya_church_fire"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("KEN"), civilian=True,
             count=C("at least 30 people", num="30", value=30, low=30, qualifier="at least"), location=CHURCH,
             date=D("2008-01-01", "Tuesday"), source=None, trigger=T("killing"),
             notes=("'A mob set fire to a church in western Kenya Tuesday, killing at least 30 people inside who were "
                    "seeking refuge from widespread post-election violence.' -> killed, at least 30; people sheltering in "
                    "a church, about half of them children -> civilian true; Kenyans from context. Tuesday in a Wednesday "
                    "story = 1 January 2008. The church is in western Kenya (no town named) -> precision 3.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("KEN"), civilian=True,
             count=C("as many as 50 people", num="50", value=50, high=50, approx=True, qualifier="as many as"),
             location=CHURCH, date=D("2008-01-01", "Tuesday", derived_from_context=True),
             source=S("Some reports state"), trigger=T("killed", at="people were killed"),
             notes="'Some reports state that as many as 50 people were killed.' -> a second figure from other sources (upper bound)."),
    ],
    hard_negatives=[
        H("approximately half of the dead", "fraction of the dead already counted"),
        H("a gang of young men", "attackers with no count"),
    ])

# ---------------------------------------------------------------- Iran 2005: Ahwaz protests
KHUZ = L("the border province of Khuzestan  in Iran", "IRN", "Khuzestan", None, None, 3)
WKND_AHW = D("2005-04-16/2005-04-17", "this weekend", derived_from_context=True)
BAFS = S("says the British Ahwazi Friendship Society (BAFS)")
GT_POL = S("local police gave figures as")
AJZ = S("''Al Jazeera''  said")
ANN["wn_2005_04_17_iran_ahwaz_protests"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRN"), civilian=True,
             count=C("Over 20 Ahwazi  Arab  protesters", num="20", value=20, low=20, qualifier="over"), location=KHUZ,
             date=D("2005-04-16/2005-04-17", "this weekend"), source=BAFS, trigger=T("dead", at="are dead"),
             notes=("'Over 20 Ahwazi Arab protesters in are dead, 500 injured and 250 arrested, in the wake of protests in "
                    "the border province of Khuzestan in Iran this weekend, says the British Ahwazi Friendship Society "
                    "(BAFS).' -> killed, over 20 (BAFS). Ahwazi Arabs of Iran -> actor IRN (surface null; the ethnic name "
                    "is not a side), protesters -> civilian true. 'this weekend' in a Sunday story = 16-17 April 2005. The "
                    "place in the text is the province ('in the border province of Khuzestan'; the title names Ahwaz).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("IRN"), civilian=True,
             count=C("500", value=500), location=KHUZ, date=WKND_AHW, source=BAFS, trigger=T("injured", at="500 injured"),
             notes="'... 500 injured' (BAFS; noun elided) -> wounded 500."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("IRN"), civilian=True,
             count=C("250", value=250), location=KHUZ, date=WKND_AHW, source=BAFS, trigger=T("arrested", at="250 arrested"),
             notes="'... and 250 arrested' (BAFS) -> captured 250."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("three people", num="three", value=3), location=KHUZ, date=WKND_AHW,
             source=S("A recent Iranian state press agency report on the protest"), trigger=T("injured", at="were injured"),
             notes=("'A recent Iranian state press agency report on the protest [link] confirms only that three people "
                    "were injured' -> the state agency's (IRNA) figure, wounded 3; 'people' -> actor/civilian null.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("IRN"), civilian=True,
             count=C("137", value=137), location=KHUZ, date=WKND_AHW, source=GT_POL, trigger=T("arrested", at="137 arrested"),
             notes="Gulf Times list: 'local police gave figures as 137 arrested and eight injured' -> captured 137 (police figure)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("IRN"), civilian=None,
             count=C("eight", at="and eight injured", value=8), location=KHUZ, date=WKND_AHW, source=GT_POL,
             trigger=T("injured", at="eight injured"),
             notes="'... and eight injured' (police figure) -> wounded 8; the text does not say who (civilian null)."),
        dict(id="e7", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("one", at="reported one shot", value=1), location=KHUZ, date=WKND_AHW, source=None,
             trigger=T("shot", at="one shot"), hedge="reported",
             notes=("'*  reported one shot, but not by police' -> one person shot, fate not stated -> wounded (minimal "
                    "outcome, as set (z)). The outlet's name before 'reported' was lost in the markup conversion, so no "
                    "source span.")),
        dict(id="e8", type="casualty", outcome="killed", actor=A("IRN"), civilian=True,
             count=C("three Arabs", num="three", value=3), location=KHUZ, date=WKND_AHW, source=AJZ,
             trigger=T("killed", at="Arabs were killed"),
             notes="'''Al Jazeera'' said three Arabs were killed, with many injured and up to 250 arrested' -> killed 3 (Al Jazeera)."),
        dict(id="e9", type="casualty", outcome="captured", actor=A("IRN"), civilian=True,
             count=C("up to 250", num="250", value=250, high=250, approx=True, qualifier="up to"), location=KHUZ,
             date=WKND_AHW, source=AJZ, trigger=T("arrested", at="250 arrested, with"),
             notes="'... and up to 250 arrested' (Al Jazeera) -> captured, up to 250; a different source from BAFS's 250."),
    ],
    hard_negatives=[
        H("some dead", "no count ('Other reports indicate some dead')"),
        H("many injured", "no count"),
        H("10 years", "time-frame of the alleged programme"),
        H("80 years", "anniversary"),
        H("one third", "population share"),
    ])

# ---------------------------------------------------------------- Iran 2005: bombs in Ahwaz and Tehran
AHW = L("the south-western Iran ian city of Ahwaz", "IRN", "Khuzestan", 31.32, 48.67, 1)
TEH = L("Teheran", "IRN", "Tehran", 35.69, 51.39, 1)
WKND_B = D("2005-06-11/2005-06-12", "this weekend", at="bombings seen this weekend", derived_from_context=True)
ANN["wn_2005_06_12_iran_ahwaz_tehran_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than five people", num="five", value=5, low=5, qualifier="more than"), location=AHW,
             date=WKND_B, source=None, trigger=T("killing", at="killing more than"),
             notes=("'Four separate bombs have exploded in the south-western Iranian city of Ahwaz, killing more than five "
                    "people and wounding up to 87 others.' -> killed, more than 5. The only time word is 'the bombings "
                    "seen this weekend' later on (Sunday story: 11-12 June 2005, derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("up to 87 others", num="87", value=87, high=87, approx=True, qualifier="up to"), location=AHW,
             date=WKND_B, source=None, trigger=T("wounding", at="wounding up to"), notes="'wounding up to 87 others' -> wounded, up to 87."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("three", at="killing three", value=3), location=TEH, date=WKND_B, source=None,
             trigger=T("killing", at="killing three"),
             notes="'Later, an additional bomb was detonated in Teheran, killing three and wounding several others.' -> killed 3 in Tehran."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("several others", num="several", value=None, low=3, approx=True, qualifier="several"), location=TEH,
             date=WKND_B, source=None, trigger=T("wounding", at="wounding several"), notes="'... and wounding several others' -> wounded, several."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("eight", at="death toll at eight", value=8), location=AHW, date=WKND_B, source=S("Some reports put"),
             trigger=T("death toll", at="official death toll"),
             notes=("'Some reports put the official death toll at eight, and official reports confirm that up to 30 were "
                    "injured' -> a second figure for the Ahwaz bombs (the paragraph is about them), killed 8.")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("up to 30", num="30", value=30, high=30, approx=True, qualifier="up to"), location=AHW, date=WKND_B,
             source=S("official reports confirm"), trigger=T("injured", at="30 were injured"),
             notes="'official reports confirm that up to 30 were injured' -> wounded, up to 30 (official)."),
    ],
    hard_negatives=[
        H("Four separate bombs", "count of bombs"),
        H("five days time", "duration"),
        H("Three more bombs", "count of bombs"),
        H("two hours", "duration"),
        H("two major international agencies", "count of news agencies"),
        H("the past four years", "duration"),
    ])

# ---------------------------------------------------------------- Iran 2008: Shiraz mosque bombing
SHZ = L("the city of Shiraz", "IRN", "Fars", 29.59, 52.58, 1)
AFP_SHZ = S("According to ''Agence France-Presse ''")
ANN["wn_2008_04_13_iran_shiraz_mosque_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("ten people", num="ten", value=10), location=SHZ, date=D(None), source=AFP_SHZ,
             trigger=T("killed", at="have been killed"),
             notes=("'According to Agence France-Presse, ten people have been killed and 160 wounded in an explosion at a "
                    "mosque in southern Iran.' -> killed 10 (the title's 'Nine dead' disagrees). Place from the next "
                    "sentence (Shiraz). The only time is '9:15 pm', with no day -> date null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("160", value=160), location=SHZ, date=D(None), source=AFP_SHZ, trigger=T("wounded", at="160 wounded"),
             notes="'... and 160 wounded' -> wounded 160."),
    ],
    hard_negatives=[
        H("9:15 pm", "time of day"),
        H("fifth most populous", "rank of the city"),
    ])

# ---------------------------------------------------------------- Australia 2006: Commonwealth Games security
ANN["wn_2006_02_08_australia_melbourne_games_security"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("AUS"), civilian=False,
             count=C("109 officers", num="109", value=109),
             location=L("the 20-hectare Parkville  site", "AUS", "Victoria", -37.78, 144.95, 1), date=D(None),
             source=None, trigger=T("staffed"), planned=True,
             notes=("'A 24-hour temporary police station inside the 20-hectare Parkville site will be staffed by 109 "
                    "officers.' -> presence, planned (future); police -> civilian false; actor AUS from context "
                    "(Victoria Police). No date.")),
        dict(id="e2", type="deployment", actor=A("AUS"), civilian=False,
             count=C("More than 150 Defence Force personnel and police", num="150", value=150, low=150, qualifier="more than"),
             location=L("the village site", "AUS", "Victoria", -37.78, 144.95, 1),
             date=D("2006-02-07", "on Tuesday"), source=None, trigger=T("moved on to"),
             notes=("'More than 150 Defence Force personnel and police moved on to the village site on Tuesday.' -> "
                    "deployment (moved in) of a mixed military and police group; Tuesday in a Wednesday story = 7 "
                    "February 2006.")),
        dict(id="e3", type="deployment", actor=A("AUS"), civilian=False,
             count=C("More than 1200 defence staff", num="1200", value=1200, low=1200, qualifier="more than"),
             location=L("Melbourne", "AUS", "Victoria", -37.81, 144.96, 1), date=D(None), source=None,
             trigger=T("seconded"),
             notes=("'More than 1200 defence staff have been seconded to the Games security team.' -> deployment (assigned "
                    "to the Games in Melbourne; close call against presence). No date.")),
    ],
    hard_negatives=[
        H("nearly 6000 athletes and officials", "people protected, not troops"),
        H("71 countries", "count of countries"),
        H("seven weeks", "duration"),
        H("an armed soldier", "negated ('You won't certainly see an armed soldier')"),
        H("75km", "distance"),
        H("$2000", "money"),
    ])

# ---------------------------------------------------------------- Russia/China 2005: Peace Mission 2005
ANN["wn_2005_08_19_china_russia_peace_mission_exercise"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A(["RUS", "CHN"]), civilian=False,
             count=C("10,000 troops", num="10,000", value=10000),
             location=L("the eastern Russian port-city of Vladivostok", "RUS", "Primorsky Krai", 43.12, 131.89, 1),
             date=D("2005-08-18/2005-08-19", "on Thursday", derived_from_context=True), source=None,
             trigger=T("participating"), is_total=True,
             notes=("'10,000 troops - about 1800 Russians, the rest Chinese - are participating in the war games.' -> "
                    "presence of a joint force (list actor). The exercises began on Thursday (18 August) and are still "
                    "under way on the publication day; place: where they began ('They began in the eastern Russian "
                    "port-city of Vladivostok'; they end on the Jiaodong peninsula in China).")),
        dict(id="e2", type="presence", actor=A("RUS", "Russians"), civilian=False,
             count=C("about 1800 Russians", num="1800", value=1800, approx=True, qualifier="about"),
             location=L("the eastern Russian port-city of Vladivostok", "RUS", "Primorsky Krai", 43.12, 131.89, 1),
             date=D("2005-08-18/2005-08-19", "on Thursday", derived_from_context=True), source=None,
             trigger=T("participating"), part_of="e1",
             notes="'about 1800 Russians, the rest Chinese' -> the Russian part of the 10,000 (the Chinese rest has no number)."),
    ],
    hard_negatives=[
        H("eight days", "duration"),
        H("Tu-95", "aircraft type"),
    ])

# ---------------------------------------------------------------- Iraq 2005: Romanian journalists kidnapped
ANN["wn_2005_03_30_iraq_romanian_journalists_abducted"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("ROU", "Romania n"), civilian=True,
             count=C("Three Romania n journalists", num="Three", value=3),
             location=L("a street next to the Flowerland Hotel, in the upscale Jadriya neighborhood", "IRQ", "Baghdad",
                        33.28, 44.39, 2),
             date=D("2005-03-28", "Monday", at="missing Monday", derived_from_context=True), source=None,
             trigger=T("abducted", at="journalists were abducted in"),
             alt_mentions=[S("The three journalists", at="The three journalists were abducted")],
             notes=("'Three Romanian journalists were abducted in Baghdad, Iraq ...' -> captured 3; 'The journalists went "
                    "missing Monday' (Wednesday story -> 28 March 2005, derived). The later 'The three journalists were "
                    "abducted from a street next to the Flowerland Hotel, in the upscale Jadriya neighborhood' restates "
                    "them with the place (alt_mention). Further restatements ('the three abducted journalists', 'the "
                    "disappearance of the three journalists') are not listed.")),
        dict(id="e2", type="presence", actor=A("ROU"), civilian=False,
             count=C("more than 800 troops", num="800", value=800, low=800, qualifier="more than"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="contingents in Iraq"),
             date=D("2005-03-30", "currently", at="Romania currently"), source=None, trigger=T("has one of"),
             notes=("'Romania currently has one of the world's largest contingents in Iraq, with more than 800 troops.' -> "
                    "presence; 'currently' = the publication day.")),
        dict(id="e3", type="deployment", actor=A("ROU"), civilian=False,
             count=C("100 troops", num="100", value=100), location=None, date=D(None), source=None,
             trigger=T("sending", at="be sending 100"), planned=True,
             notes=("'Romania also announced that it will be sending 100 troops for peacekeeping purposes soon.' -> planned "
                    "deployment; the destination is not stated in the sentence (Iraq is implied by the paragraph, close "
                    "call) -> location null; 'soon' -> date null.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A(["FRA", "IRQ"]), civilian=True,
             count=C("a French journalist, and her Iraqi guide", num="a", value=2, qualifier="conjunction"),
             location=None, date=D("2005-01-05", "in January 5 of this year"), source=None,
             trigger=T("kidnapped", at="were kidnapped in January"),
             notes=("'Florence Aubenas, a French journalist, and her Iraqi guide were kidnapped in January 5 of this year, "
                    "and have not yet been found.' -> captured 2 (two coordinated singulars); list actor (French and "
                    "Iraqi). No place in the sentence (Iraq by context only) -> location null.")),
    ],
    hard_negatives=[
        H("55% of Romanians", "percentage in an opinion poll"),
        H("no Romanian troops have died", "negated casualties"),
        H("five days", "duration"),
        H("20:30", "time of day"),
    ])

# ---------------------------------------------------------------- Canada 2005: Arctic forces
ANN["wn_2005_12_23_canada_arctic_sovereignty_forces"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("CAN"), civilian=False,
             count=C("500 regular force personnel", num="500", value=500),
             location=L("the area of Iqaluit", "CAN", "Nunavut", 63.75, -68.52, 2), date=D(None),
             source=S("Harper stated"), trigger=T("station", at="would station"), planned=True,
             notes=("'Harper stated he would station three armed naval heavy ice breakers in the area of Iqaluit with 500 "
                    "regular force personnel, recruit 500 more Canadian rangers, ...' -> planned deployment (a campaign "
                    "promise) of 500 personnel to Iqaluit. Recruiting 500 rangers is not a deployment (hard negative).")),
        dict(id="e2", type="presence", actor=A("CAN"), civilian=False,
             count=C("six hundred personnel", num="six hundred", value=600),
             location=L("the Baffin Islands", "CAN", "Nunavut", None, None, 3), date=D("2004", "in 2004", at="Arctic in 2004"),
             source=None, trigger=T("involved"),
             notes=("'Canada last flexed its muscle in the Arctic in 2004 in its most massive Arctic exercise ever, with six "
                    "hundred personnel from the three services involved in a large exercise in the Baffin Islands.' -> "
                    "presence of 600 in an exercise, 2004.")),
    ],
    hard_negatives=[
        H("500 more Canadian rangers", "recruitment, not a deployment"),
        H("three armed naval heavy ice breakers", "count of ships"),
        H("two polar icebreakers", "count of ships"),
        H("by 2050", "year"),
        H("the three services", "count of services"),
    ])

# ---------------------------------------------------------------- Iraq force levels 2007: Howard and Obama
IRQ_HO = L("Iraq", "IRQ", None, None, None, 4, at="sends them to Iraq")
ANN["wn_2007_02_12_australia_howard_obama_iraq_troops"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA"), civilian=False,
             count=C("close to 140,000 troops", num="140,000", value=140000, high=140000, approx=True, qualifier="close to"),
             location=IRQ_HO, date=D("2007-02-12", "now", at="ground now"), source=S("said Mr Obama"),
             trigger=T("on the ground"),
             notes=("'I would also note that we have close to 140,000 troops on the ground now, and my understanding is that "
                    "Mr Howard has deployed 1,400', said Mr Obama. -> US presence in Iraq ('we'; actor from context), 'now' "
                    "= the publication day (the day of the remark is not given).")),
        dict(id="e2", type="deployment", actor=A("AUS"), civilian=False,
             count=C("1,400", value=1400), location=IRQ_HO, date=D(None), source=S("said Mr Obama"),
             trigger=T("deployed", at="has deployed 1,400"),
             notes="'Mr Howard has deployed 1,400' -> Australian troops deployed to Iraq (noun elided); no date."),
    ],
    hard_negatives=[
        H("another 20,000 Australians", "hypothetical ('unless he was to send another 20,000 Australians')"),
        H("20,000 troops", "hypothetical ('20,000 troops would be \"half of our army\"')"),
        H("March 2008", "date of a proposed withdrawal"),
    ])

# ---------------------------------------------------------------- Iraq 2008: bombings in Baquba, Ramadi, Baghdad
TUE_IQ = D("2008-04-15", "Tuesday", derived_from_context=True)
ANN["wn_2008_04_15_iraq_baquba_ramadi_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Scores of people", num="Scores", value=None, low=40, approx=True, qualifier="scores"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="died in Iraq"), date=D("2008-04-15", "Tuesday"),
             source=None, trigger=T("died", at="have died"), is_total=True,
             notes=("'Scores of people have died in Iraq Tuesday due to multiple bombings in various major Iraqi cities.' "
                    "-> killed, scores (low 40 by convention), total of the bombings listed below (Baquba, Ramadi, "
                    "Baghdad). Tuesday in a Tuesday story = the same day.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("69", value=69), location=L("Iraq", "IRQ", None, None, None, 4, at="died in Iraq"), date=TUE_IQ,
             source=S("United Press International  put the death toll at"), trigger=T("death toll", at="the death toll at 69"),
             is_total=True, notes="UPI's total for the day, 69 (a separate claim from the article's 'scores')."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over 50", num="50", value=50, low=50, qualifier="over"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="died in Iraq"), date=TUE_IQ,
             source=S("Their reports state"), trigger=T("the toll", at="the toll was"), is_total=True,
             notes=("'although the figure given by the BBC is lower. Their reports state that the toll was over 50.' -> the "
                    "BBC's total ('Their' = the BBC's), over 50.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over 40 fatalities", num="40", value=40, low=40, qualifier="over"),
             location=L("a restaurant in Baquba", "IRQ", "Diyala", 33.75, 44.64, 1), date=TUE_IQ, source=None,
             trigger=T("fatalities"), part_of="e1",
             notes="'One of the explosions occurred outside of a restaurant in Baquba. It resulted in over 40 fatalities and 70 injuries.' -> killed, over 40."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("70 injuries", num="70", value=70),
             location=L("a restaurant in Baquba", "IRQ", "Diyala", 33.75, 44.64, 1), date=TUE_IQ, source=None,
             trigger=T("injuries", at="70 injuries"), notes="'... and 70 injuries' -> wounded 70 (count of injured people)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("a minimum of thirteen deaths", num="thirteen", value=13, low=13, qualifier="a minimum of"),
             location=L("the city of Ramadi", "IRQ", "Al Anbar", 33.42, 43.30, 1), date=TUE_IQ, source=None,
             trigger=T("deaths", at="thirteen deaths"), part_of="e1",
             notes="'There was another incident in a restaurant, this time in the city of Ramadi. It resulted in a minimum of thirteen deaths and thirteen injuries.' -> killed, at least 13."),
        dict(id="e7", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("thirteen injuries", num="thirteen", value=13),
             location=L("the city of Ramadi", "IRQ", "Al Anbar", 33.42, 43.30, 1), date=TUE_IQ, source=None,
             trigger=T("injuries", at="thirteen injuries"), notes="'... and thirteen injuries' -> wounded 13."),
        dict(id="e8", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Three", at="Three also died", value=3), location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1),
             date=TUE_IQ, source=None, trigger=T("died", at="also died"), part_of="e1",
             notes="'Three also died from a car bomb in Baghdad.' -> killed 3."),
    ],
    hard_negatives=[
        H("One of the explosions", "count of explosions"),
        H("burned bodies", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2005: Iraq Body Count dossier
IRQ_IBC = L("Iraq", "IRQ", None, None, None, 4, at="killed in Iraq")
IBC_PER = D("2003-03/2005-03", "in the two years following the start of the US-led invasion",
            derived_from_context=True)
IBC_STUDY = S("The study, compiled from more than 10,000 media reports, says")
ANN["wn_2005_07_19_iraq_body_count_report"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("24,865 civilians", num="24,865", value=24865), location=IRQ_IBC,
             date=D("2003-03/2005-03", "in the two years following the start of the US-led invasion"),
             source=S("A report published by the Iraq Body Count project, a British NGO , says"),
             trigger=T("killed", at="have been killed"), is_total=True, cumulative=True,
             notes=("'A report published by the Iraq Body Count project ... says that 24,865 civilians have been killed in "
                    "Iraq in the two years following the start of the US-led invasion in March 2003.' -> running total, "
                    "March 2003 - March 2005; Iraqi civilians (actor from context: 'the ever-mounting Iraqi death toll'). "
                    "The percentages that follow are not counts; the numerals in brackets are.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("9,270", value=9270), location=IRQ_IBC, date=IBC_PER, source=IBC_STUDY,
             trigger=T("killed", at="have been killed by US-led"), part_of="e1", cumulative=True,
             notes="'37% (9,270) civilians have been killed by US-led forces' -> part of the 24,865."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("13,178", value=13178), location=IRQ_IBC, date=IBC_PER, source=IBC_STUDY,
             trigger=T("caused by explosives"), part_of="e1", cumulative=True,
             notes="'Half of all deaths (53%, 13,178) were caused by explosives' -> part of the 24,865."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("7,961", value=7961), location=IRQ_IBC, date=IBC_PER, source=IBC_STUDY,
             trigger=T("due to air-dropped bombs"), part_of="e3", cumulative=True,
             notes="'with 60% of those (7,961) being due to air-dropped bombs' -> part of the deaths by explosives."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("3,598", value=3598), location=IRQ_IBC, date=D("2003-05/2005-03", "since May 2003", at="since May 2003 by"),
             source=S("The report also states"), trigger=T("killed", at="have been killed since May"), part_of="e1",
             cumulative=True,
             notes=("'The report also states that 3,598 have been killed since May 2003 by non-Coalition bombing incidents' "
                    "-> part of the total, May 2003 to the end of the report's period (March 2005).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("1,904", value=1904), location=IRQ_IBC,
             date=D("2003-05/2005-03", "in the same period", derived_from_context=True),
             source=S("The report also states"), trigger=T("killed by air-dropped bombs"), part_of="e4", cumulative=True,
             notes="'while 1,904 were killed by air-dropped bombs in the same period' -> part of the 7,961 air-dropped-bomb deaths."),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=True,
             count=C("At least 42,500 civilians", num="42,500", value=42500, low=42500, qualifier="at least"),
             location=IRQ_IBC, date=IBC_PER, source=None, trigger=T("wounded", at="reported wounded"), cumulative=True,
             hedge="were reported",
             notes="'At least 42,500 civilians were reported wounded.' -> wounded, running total of the report's period (the dossier's figure)."),
        dict(id="e8", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("6,629 deaths", num="6,629", value=6629), location=IRQ_IBC,
             date=D("2004-04/2005-04", "in the year leading up to April 2005"),
             source=S("The Ministry of Health's figures recorded"), trigger=T("deaths", at="6,629 deaths"), cumulative=True,
             notes=("'The Ministry of Health's figures recorded 6,629 deaths in the year leading up to April 2005, one-third "
                    "of which were due to \"terrorist incidents\", with the remainder due to coalition forces.' -> conflict "
                    "deaths, running total April 2004 - April 2005; not described as civilians.")),
        dict(id="e9", type="casualty", outcome="killed", actor=A("IRQ", "Iraqis", at="8,175 Iraqis"), civilian=None,
             count=C("8,175 Iraqis", num="8,175", value=8175), location=IRQ_IBC,
             date=D("2004-07/2005-05", "between July 2004 and May 2005"),
             source=S("The Ministry of Interior, which also records deaths in the armed forces, reported"),
             trigger=T("killed", at="were killed between"), cumulative=True,
             notes="'The Ministry of Interior, which also records deaths in the armed forces, reported 8,175 Iraqis were killed between July 2004 and May 2005.' -> includes soldiers -> civilian null."),
        dict(id="e10", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over 2,000 lives", num="2,000", value=2000, low=2000, qualifier="over"), location=IRQ_IBC,
             date=D("2004-01/2005-07", "in the last 18 months", approx=True), source=S("Reuters noted"),
             trigger=T("lives taken"), cumulative=True,
             notes=("'Reuters noted that the figures apparently fail to note the number of people killed by suicide bombers "
                    "in the last 18 months - with over 2,000 lives taken by car bombers' -> killed, over 2,000, running "
                    "total over about 18 months before publication (approx).")),
        dict(id="e11", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("1,000 people", num="1,000", value=1000), location=IRQ_IBC,
             date=D("2003-03/2005-03", "over 24 months", approx=True), source=S("the report claims"),
             trigger=T("killed by suicide bombers over"), cumulative=True,
             notes="'while the report claims that only 1,000 people have been killed by suicide bombers over 24 months' -> the dossier's figure (24 months = its period, approx)."),
        dict(id="e12", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("24,000", value=24000), location=IRQ_IBC,
             date=D("2003-03/2005-05", "since March 2003", at="killed in Iraq since March 2003", derived_from_context=True,
                    approx=True),
             source=S("This study recorded"), trigger=T("conflict-related deaths"), cumulative=True,
             notes=("'The second report was the UN Development Program Iraq Living Conditions Survey, published in May 2005. "
                    "... This study recorded 24,000 \"conflict-related deaths\", with a 95% confidence interval of 18,000 to "
                    "29,000.' -> killed, 24,000, from March 2003 (the section's 'since March 2003') to the survey's "
                    "publication (approx). The interval bounds are not separate claims (hard negative).")),
    ],
    hard_negatives=[
        H("Seventy percent of the deaths", "percentage"),
        H("more than 10,000 media reports", "count of media reports"),
        H("82% of all deaths", "percentage"),
        H("about 18% of all civilian deaths", "percentage"),
        H("The 28 page dossier", "page count"),
        H("34 ordinary Iraqis", "average daily rate, not a count of an event"),
        H("98,000 \"excess deaths\"", "excess deaths (including accidents and disease), not conflict deaths as such"),
        H("57,600", "deaths from accidents and disease, out of scope"),
        H("998 households", "survey sample"),
        H("8,000 up to 194,000", "confidence interval"),
        H("21,668 households", "survey sample"),
        H("18,000 to 29,000", "confidence interval"),
    ])

# ---------------------------------------------------------------- Iraq 2006: British patrol near Basra
BAS = L("near Basra, Iraq", "IRQ", "Basra", 30.51, 47.78, 2)
D_BAS = D("2006-09-04", "at approximately 1300 local time", derived_from_context=True)
MOD_BAS = S("the Ministry of Defence said")
ANN["wn_2006_09_04_iraq_basra_british_patrol_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("GBR", "British"), civilian=False,
             count=C("two British  soldier s", num="two", value=2), location=BAS, date=D_BAS, source=None,
             trigger=T("killed", at="has killed"),
             alt_mentions=[S("two British soldiers", at="confirm that two British soldiers")],
             notes=("'A roadside bomb attack by insurgents near Basra, Iraq has killed two British soldiers.' ('soldier s' "
                    "is a conversion leftover) -> killed 2; the Ministry of Defence statement restates them (alt_mention). "
                    "The only time is 'approximately 1300 local time' in a same-day report -> the publication day.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("GBR"), civilian=False,
             count=C("two other soldiers", num="two", value=2), location=BAS, date=D_BAS, source=None,
             trigger=T("injured", at="also injured"), is_total=True,
             notes=("'The explosion also injured two other soldiers, who are being treated at Shaibah Logistics Base.' -> "
                    "wounded 2, itemised in the MoD statement (one seriously, one minor).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("GBR", "British", at="other British soldier"),
             civilian=False, count=C("One other British soldier", num="One", value=1), location=BAS, date=D_BAS,
             source=MOD_BAS, trigger=T("seriously injured"), part_of="e2",
             notes="'One other British soldier was seriously injured' -> part of the two injured."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("GBR"), civilian=False,
             count=C("a further one", num="one", value=1), location=BAS, date=D_BAS, source=MOD_BAS,
             trigger=T("suffered minor injuries"), part_of="e2",
             notes="'and a further one suffered minor injuries' -> part of the two injured."),
    ],
    hard_negatives=[
        H("15 miles (9 km)", "distance"),
        H("no casualties", "negated casualties (the separate attack on a base)"),
    ])

# ---------------------------------------------------------------- Iraq 2005: Hilla recruits bombing
MON_HIL = D("2005-02-28", "Monday", at="local time Monday", derived_from_context=True)
ANN["wn_2005_03_01_iraq_hilla_recruits_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ", "Iraq i"), civilian=None,
             count=C("125 people", num="125", value=125),
             location=L("al Hilla , south of Baghdad", "IRQ", "Babil", 32.48, 44.43, 1), date=MON_HIL, source=None,
             trigger=T("killed", at="has killed"),
             notes=("'A suicide car bombing in al Hilla, south of Baghdad, has killed 125 people, mostly Iraqi applicants "
                    "for police and army waiting for medical exams' -> killed 125; recruits and shoppers -> civilian null "
                    "(mixed; recruits are not yet in the forces). Date from 'The attack occurred about 8:30 a.m. local "
                    "time Monday' (Tuesday story -> 28 February 2005).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("a police officer", num="a", value=1),
             location=L("Musayyib, 30km north of Hilla", "IRQ", "Babil", 32.78, 44.29, 1),
             date=D("2005-02-28", "At nearly the same time", derived_from_context=True), source=None,
             trigger=T("dying", at="also dying"), hedge="others suggesting",
             notes=("'There are conflicting reports regarding the Musayyib explosion, with some reports indicating only the "
                    "bomber died and others suggesting a police officer also dying from the blast.' -> killed 1, hedged "
                    "(the bomber's death is not counted).")),
        dict(id="e3", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("several arrests", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=L("Babil province", "IRQ", "Babil", None, None, 3), date=D(None),
             source=S("Babil province police released a statement regarding the blast, reporting"),
             trigger=T("arrests", at="several arrests"),
             notes=("'Babil province police released a statement regarding the blast, reporting several arrests were made "
                    "after' -> captured, several (arrests = people arrested). Place: the province of the statement (the "
                    "blast is not specified); no date ('after').")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="hundred Iraqi forces"), civilian=False,
             count=C("several hundred Iraqi forces", num="several hundred", value=None, low=300, approx=True,
                     qualifier="several hundred"),
             location=L("al Hilla", "IRQ", "Babil", 32.48, 44.43, 1, at="al Hilla  was the scene"),
             date=D("2003", "the 2003 invasion of Iraq"), source=None, trigger=T("killed", at="killed in fierce"),
             hedge="reported to have been",
             notes="'al Hilla was the scene of a major battle in the 2003 invasion of Iraq, with several hundred Iraqi forces reported to have been killed in fierce fighting.' -> killed, several hundred, 2003."),
    ],
    hard_negatives=[
        H("only the bomber died", "death of the attacker"),
        H("30km", "distance"),
        H("8:30 a.m.", "time of day"),
    ])

# ---------------------------------------------------------------- Iraq 2007: EFPs and war tolls
IRQ_EFP = L("Iraq", "IRQ", None, None, None, 4, at="Allied forces in Iraq")
WAR_EFP = D("2003-03/2007-02-12", "the nearly four-year-old Iraq war", derived_from_context=True, approx=True)
ANN["wn_2007_02_12_iraq_efp_iranian_weapons"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("coalition"), civilian=False,
             count=C("at least 170 troops", num="170", value=170, low=170, qualifier="at least"), location=IRQ_EFP,
             date=D(None), source=S("The U.S. claims"), trigger=T("killed", at="have killed at least"), cumulative=True,
             notes=("'The U.S. claims that the such weapons have killed at least 170 troops and a much higher number of "
                    "Iraqi civilians.' -> killed, running total with no period -> date null. The troops' side is not "
                    "stated (coalition forces in context: 'Allied forces in Iraq').")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("Tens of thousands of civilians", num="Tens of thousands", value=None, low=20000, approx=True,
                     qualifier="tens of thousands"),
             location=IRQ_EFP, date=WAR_EFP, source=None, trigger=T("died", at="have died in"), cumulative=True,
             notes=("'Tens of thousands of civilians and over 3000 Allied troops have died in the nearly four-year-old Iraq "
                    "war.' -> killed, vague magnitude (low 20,000 by convention), running total March 2003 - publication. "
                    "Civilians in Iraq -> IRQ from context.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("coalition", "Allied", at="3000 Allied"), civilian=False,
             count=C("over 3000 Allied troops", num="3000", value=3000, low=3000, qualifier="over"), location=IRQ_EFP,
             date=WAR_EFP, source=None, trigger=T("died", at="have died in"), cumulative=True,
             notes="'... and over 3000 Allied troops have died' -> killed, over 3,000, running total."),
    ],
    hard_negatives=[
        H("a much higher number of Iraqi civilians", "no count"),
        H("a near doubling", "not a count"),
        H("a second aircraft carrier strike force", "ordinal of a naval force, no head count"),
    ])

# ---------------------------------------------------------------- Israel 2008: Mercaz HaRav shooting
MERC = L("the library at the Mercaz HaRav", "ISR", "Jerusalem", 31.79, 35.21, 1)
THU_J = D("2008-03-06", "On Thursday night", derived_from_context=True)
ANN["wn_2008_03_07_israel_jerusalem_mercaz_harav_shooting"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("PSE", "Palestinian"), civilian=False,
             count=C("a Palestinian  gunman", num="a", value=1), location=MERC, date=D("2008-03-06", "On Thursday night"),
             source=None, trigger=T("entered"), alt_mentions=[S("a lone gunman")],
             notes=("'On Thursday night, a Palestinian gunman entered the library at the Mercaz HaRav, an orthodox "
                    "religious seminary, in Jerusalem, Israel.' -> size of the attacking force (presence, value 1; as set "
                    "(z)'s lone attackers); the police chief's 'a lone gunman' restates it. His death is not counted "
                    "(attacker killed, no count word). Thursday in a Friday story = 6 March 2008.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("ISR"), civilian=True,
             count=C("eight people", num="eight", value=8), location=MERC, date=THU_J, source=None,
             trigger=T("killing", at="killing eight"),
             notes=("'He opened fire with an automatic weapon, killing eight people and wounding another ten. This is the most "
                    "lethal attack on Israeli civilians in two years' -> killed 8, Israeli civilians by coreference.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("ISR"), civilian=True,
             count=C("another ten", num="ten", value=10), location=MERC, date=THU_J, source=None,
             trigger=T("wounding", at="wounding another"), notes="'... and wounding another ten' -> wounded 10 ('another' = additional)."),
    ],
    hard_negatives=[
        H("He was killed in an exchange of fire", "death of the attacker"),
        H("an Israeli army officer", "the man who shot the attacker; not a casualty"),
        H("twice", "count of shots"),
        H("two years", "duration"),
        H("three years", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Canadian soldiers killed
ANN["wn_2006_09_21_afghanistan_panjwayi_canadian_soldiers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="four Canadian"), civilian=False,
             count=C("four Canadian soldiers", num="four", value=4),
             location=L("the Panjwayi region of Afghanistan", "AFG", "Kandahar", None, None, 3),
             date=D("2006-09-18", "On Monday"), source=None, trigger=T("killed", at="were killed in a suicide"),
             notes=("'On Monday four Canadian soldiers were killed in a suicide bomb attack.' -> killed 4; Monday in a "
                    "Thursday story = 18 September 2006. Place from the Prime Minister's statement ('killed by a suicide "
                    "bomber yesterday in the Panjwayi region of Afghanistan'). The four are then named one by one (not new "
                    "counts).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="Thirty six Canadian"),
             civilian=False, count=C("Thirty six Canadian soldiers", num="Thirty six", value=36),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="died in Afghanistan since"),
             date=D("2002/2006-09-21", "since 2002"), source=None, trigger=T("died", at="have died in"), cumulative=True,
             notes="'Thirty six Canadian soldiers have died in Afghanistan since 2002.' -> running total since 2002."),
    ],
    hard_negatives=[
        H("All three of these men", "restatement of three of the four dead"),
        H("since the end of July", "time, not a count"),
    ])

# ---------------------------------------------------------------- Lebanon 2007: car bomb in Manara, Beirut
MANARA = L("a popular seaside district of Manara, Beirut", "LBN", "Beirut", 33.90, 35.47, 2)
ANN["wn_2007_06_14_lebanon_beirut_manara_car_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("eight other people", num="eight", value=8), location=MANARA,
             date=D("2007-06-13", "On Wednesday evening"), source=None, trigger=T("killing"),
             notes=("'a bomb exploded at a popular seaside district of Manara, Beirut, killing Parliament Member Walid "
                    "Eido, his son and eight other people, while injuring a dozen more' -> killed, 8 counted by a number; "
                    "the named MP and 'his son' have no count word and are not added (the title's 'Ten killed' is the "
                    "sum). Wednesday in a Thursday story = 13 June 2007.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("a dozen more", num="a dozen", value=12, qualifier="a dozen"), location=MANARA,
             date=D("2007-06-13", "On Wednesday evening", derived_from_context=True), source=None,
             trigger=T("injuring"), notes="'while injuring a dozen more' -> wounded 12."),
    ],
    hard_negatives=[
        H("the sixth bomb", "ordinal count of bombs"),
        H("four weeks", "duration"),
    ])

# ---------------------------------------------------------------- Cameroon 2005: students shot in Buea
BUEA = L("the University of Buea", "CMR", "South-West", 4.15, 9.29, 1)
THU_CM = D("2005-04-28", "on Thursday", derived_from_context=True)
ANN["wn_2005_04_30_cameroon_buea_students_shot"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CMR"), civilian=True,
             count=C("At least two university students", num="two", value=2, low=2, qualifier="at least"), location=BUEA,
             date=THU_CM, source=None, trigger=T("shot and killed"),
             notes=("'At least two university students have been shot and killed, and a third may have been mortally "
                    "wounded after clashing with police at the University of Buea' -> killed, at least 2; 'The students "
                    "were shot on Thursday' (Saturday story -> 28 April 2005, derived). Students -> civilian true, "
                    "Cameroonian from context. The text's 'South Province' is an error (Buea is in the South-West).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("CMR"), civilian=True,
             count=C("a third", at="and a third may", num="a", value=1), location=BUEA, date=THU_CM, source=None,
             trigger=T("mortally wounded"), hedge="may have been",
             notes="'and a third may have been mortally wounded' -> wounded 1 (a third student), hedged."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("CMR"), civilian=None,
             count=C("Several students and police", num="Several", value=None, low=3, approx=True, qualifier="several"),
             location=BUEA, date=D("2005-04-27/2005-04-30", "during days of fighting", approx=True), source=None,
             trigger=T("hospitalized"),
             notes=("'Several students and police were hospitalized during days of fighting.' -> wounded, several; mixed "
                    "students and police -> civilian null. The strikes at Buea began 'last Wednesday' (27 April).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("CMR"), civilian=True,
             count=C("a female student", num="a", value=1), location=BUEA, date=THU_CM,
             source=S("Local news reports indicate"), trigger=T("killed", at="also have been killed"),
             hedge="may also have been",
             notes="'Local news reports indicate a female student may also have been killed' -> killed 1, hedged (may be the 'third' of e2; kept as written)."),
    ],
    hard_negatives=[
        H("A delegation of five students", "students travelling, not casualties"),
        H("numerous arrests", "no count"),
        H("50,000 CFA Francs", "money"),
        H("100 seats", "count of seats"),
        H("four other state-run universities", "count of universities"),
    ])

# ---------------------------------------------------------------- Kyrgyzstan 2005: looting in Bishkek
BISH = L("the Kyrgyz  capital of Bishkek", "KGZ", "Bishkek", 42.87, 74.59, 1)
THU_BK = D("2005-03-24", "Thursday night")
RTR = S("RTR television reported")
ANN["wn_2005_03_25_kyrgyzstan_bishkek_looting"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("5 people", num="5", value=5), location=BISH, date=THU_BK, source=RTR, trigger=T("died"),
             notes=("'RTR television reported 5 people died and about 200 were injured as looting continued Thursday night "
                    "in the Kyrgyz capital of Bishkek.' -> killed 5; Thursday in a Friday story = 24 March 2005.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("about 200", num="200", value=200, approx=True, qualifier="about"), location=BISH, date=THU_BK,
             source=RTR, trigger=T("injured", at="were injured as"), notes="'about 200 were injured' -> wounded, about 200."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("KGZ"), civilian=False,
             count=C("at least 31 police officers", num="31", value=31, low=31, qualifier="at least"), location=BISH,
             date=D("2005-03-24", "Thursday night", derived_from_context=True),
             source=S("The newly appointed head of security ministries, Felix Kulov, said"),
             trigger=T("wounded", at="were wounded"),
             notes="'Felix Kulov, said at least 31 police officers were wounded.' -> wounded, at least 31 police (civilian false)."),
    ],
    hard_negatives=[
        H("90% of their staff", "percentage"),
        H("about three months", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Sadr City market bombing
ANN["wn_2006_07_02_iraq_sadr_city_market_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("66 people", num="66", value=66),
             location=L("the crowded Al-Ula market in Sadr City  in Baghdad", "IRQ", "Baghdad", 33.38, 44.45, 1),
             date=D("2006-07-01", "on Saturday"), source=None, trigger=T("killing"),
             notes=("'A suicide bomber exploded a truck bomb in the crowded Al-Ula market in Sadr City in Baghdad on "
                    "Saturday, killing 66 people and injuring over a 100.' -> killed 66; 'the deadliest bombing of "
                    "civilians' -> civilian true, Iraqi from context. Saturday in a Sunday story = 1 July 2006. The "
                    "bomber's own death is not counted.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=True,
             count=C("over a 100", num="100", value=100, low=100, qualifier="over"),
             location=L("the crowded Al-Ula market in Sadr City  in Baghdad", "IRQ", "Baghdad", 33.38, 44.45, 1),
             date=D("2006-07-01", "on Saturday", derived_from_context=True), source=None, trigger=T("injuring"),
             notes="'and injuring over a 100' -> wounded, over 100 (the source's 'a 100' kept)."),
    ],
    hard_negatives=[
        H("The driver of the truck blew himself up", "death of the attacker"),
        H("two million", "population of Sadr City"),
        H("two-storey", "building height"),
    ])

# ---------------------------------------------------------------- Iraq 2008: coalition detains eleven suspects
MNF_SRC = S("The website of the Multi-National Force in Iraq  has said")
ANN["wn_2008_04_01_iraq_coalition_detains_eleven"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("al-Qaeda in Iraq"), civilian=False,
             count=C("eleven 'suspected terrorists'", num="eleven", value=11), location=None,
             date=D("2008-03-31/2008-04-01", "today and yesterday", derived_from_context=True), source=MNF_SRC,
             trigger=T("captured", at="have been captured"), is_total=True,
             alt_mentions=[S("eleven suspected terrorists")],
             notes=("'The website of the Multi-National Force in Iraq has said that eleven \"suspected terrorists\" have been "
                    "captured.' -> captured 11, in operations 'today and yesterday' (31 March - 1 April 2008) 'to target "
                    "al-Qaeda in Iraq terrorists in two of the country's major cities' (actor from that phrase; close "
                    "call against 'militants'); the press release restates the eleven (alt_mention). The two cities are "
                    "not both named -> location null.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("al-Qaeda in Iraq"), civilian=False,
             count=C("a suspected terrorist", num="a", value=1), location=L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1),
             date=D("2008-03-31", "Monday", at="Monday in Mosul"), source=S("The press release describes"),
             trigger=T("detained", at="was detained"), part_of="e1",
             notes=("'[on] Monday in Mosul, Coalition forces targeted a suspected terrorist allegedly involved in the "
                    "al-Qaeda in Iraq ... network ... the wanted individual turned himself in and was detained.' -> "
                    "captured 1, part of the eleven.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("al-Qaeda in Iraq", "al-Qaeda", at="suspected al-Qaeda members"),
             civilian=False, count=C("nine suspected al-Qaeda members", num="nine", value=9), location=None,
             date=D("2008-03-31", "yesterday", at="captured yesterday"), source=S("Coalition forces said yesterday"),
             trigger=T("captured", at="were captured yesterday"), part_of="e1",
             notes=("'Coalition forces said yesterday that nine suspected al-Qaeda members were captured yesterday' -> "
                    "captured 9 on 31 March (the record ends here, without a full stop); with the one in Mosul they make 10 "
                    "of the 11 (kept as written).")),
    ],
    hard_negatives=[
        H("five of these people were wanted", "status of people already counted (wanted before the operations)"),
        H("two of the country", "count of cities"),
    ])

# ---------------------------------------------------------------- Spain 2008: ETA bomb in Bilbao
ANN["wn_2008_04_17_spain_bilbao_eta_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("ESP"), civilian=False,
             count=C("seven police officers", num="seven", value=7),
             location=L("the Basque  city of Bilbao", "ESP", "Basque Country", 43.26, -2.93, 1), date=D(None),
             source=None, trigger=T("injuring"), alt_mentions=[S("Seven were treated")],
             notes=("'A powerful bomb preceded by a warning call exploded in the Basque city of Bilbao, in northern Spain, "
                    "injuring seven police officers.' -> wounded 7 (police, civilian false); 'Seven were treated for minor "
                    "injuries' restates them. No day is given for the blast.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("ESP"), civilian=True,
             count=C("a town councilman", num="a", value=1),
             location=L("the northern Basque town of Mondragon", "ESP", "Basque Country", 43.06, -2.49, 1),
             date=D("2008-03", "Five weeks ago", approx=True), source=None, trigger=T("killed", at="ETA killed"),
             notes=("'Five weeks ago, the Socialist Party was also directly attacked when ETA killed a town councilman in "
                    "the northern Basque town of Mondragon.' -> killed 1, a council member -> civilian true. Five weeks "
                    "before 17 April = about mid-March 2008 (approx).")),
    ],
    hard_negatives=[
        H("a half hour", "duration"),
        H("a day after", "time"),
    ])

# ---------------------------------------------------------------- Kuwait 2008: Bush addresses troops
ANN["wn_2008_01_12_kuwait_bush_troops_speech"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "America n"), civilian=False,
             count=C("some 1,500 America n troops", num="1,500", value=1500, approx=True, qualifier="some"),
             location=L("a U.S.  military base in Kuwait", "KWT", None, None, None, 4), date=D(None), source=None,
             trigger=T("addressed a crowd"),
             notes=("'Later, the president addressed a crowd of some 1,500 American troops at a U.S. military base in "
                    "Kuwait.' -> presence (an unnamed base in Kuwait -> country precision). The text gives no day.")),
    ],
    hard_negatives=[
        H("20,000 troops", "planned withdrawal (no type for withdrawals)"),
        H("at least a decade", "duration"),
        H("Fifth Fleet", "unit name"),
    ])

# ---------------------------------------------------------------- Thailand 2007: troops on alert in Bangkok
ANN["wn_2007_05_29_thailand_bangkok_troops_alert"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("THA"), civilian=False,
             count=C("15,000 troops", num="15,000", value=15000),
             location=L("the capital Bangkok", "THA", "Bangkok", 13.75, 100.50, 1), date=D(None), source=None,
             trigger=T("at the ready"), alt_mentions=[S("some 15,000 troops")],
             notes=("'security forces in the capital Bangkok are on high alert, with 15,000 troops at the ready to keep "
                    "order.' -> presence (on alert in barracks); 'In total, some 15,000 troops are on alert in their "
                    "barracks, ready to deploy' restates it (alt_mention). Thai forces from context; no date word.")),
    ],
    hard_negatives=[
        H("Nine judges", "count of judges"),
        H("up to 160 of the country", "politicians who could be banned, not an event"),
        H("five years", "duration"),
        H("Small units of unarmed Royal Thai Army  soldiers", "soldiers posted with no count"),
    ])

# ---------------------------------------------------------------- Djibouti/Eritrea 2008: Doumeira border clashes
ANN["wn_2008_10_25_djibouti_eritrea_border_dispute"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("an estimated 35 people", num="35", value=35, approx=True, qualifier="an estimated"),
             location=L("the border region of Doumeira", "DJI", "Obock", None, None, 3),
             date=D("2008-06", "June", at="back to June", derived_from_context=True), source=None,
             trigger=T("killed", at="clashes killed"),
             notes=("'The dispute dates back to June when violence erupted between the nations in the border region of "
                    "Doumeira. The resulting clashes killed an estimated 35 people.' -> killed, about 35, June 2008 (date "
                    "from the previous sentence). The text does not say on which side -> actor and civilian null. "
                    "Doumeira is on the disputed border; country DJI (close call).")),
    ],
    hard_negatives=[
        H("one option", "not a count of people"),
    ])

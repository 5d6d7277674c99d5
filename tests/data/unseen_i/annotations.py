# -*- coding: utf-8 -*-
"""Gold annotations of set (i), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions and countries, as in set (g)) and
ACLED-style precision (1 point, 2 near a point or a district, 3 region/province, 4 country or wider). Each event
also carries a `trigger` (the word that signals the event).
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Pakistan 2007 (VOA preview)
NWAZ = L("North Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3, at="operation in North Waziristan")
# ---------------------------------------------------------------- DOD release 2013 (GovDelivery)
ANN["dod_2013_06_07_afghanistan_10th_mountain_rotation"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("roughly 1,230", num="1,230", value=1230, approx=True, qualifier="roughly"),
             location=L("Afghanistan", "AFG", None, None, None, 4),
             date=D("2013-06/2013-08", "the upcoming summer", approx=True),
             source=S("The Department of Defense today identified"), planned=True,
             trigger=T("deploy", at="unit to deploy"),
             notes=("'The scheduled rotation involves one infantry brigade combat team (IBCT) with roughly 1,230 "
                    "personnel' -> announced future deployment (planned) to Afghanistan; the deployment verb is in "
                    "the previous sentence ('a major unit to deploy as part of the upcoming summer rotation of forces "
                    "operating in Afghanistan'), which also gives the place and the time: 'the upcoming summer' in a "
                    "7 June 2013 release -> June-August 2013, approx (GUIDELINES 5, seasons). Actor USA from context "
                    "(a DoD release; surface null). 'one infantry brigade combat team' is a unit, not a head count "
                    "(hard negative). The text is cut before a press-contact sentence (see articles.jsonl).")),
    ],
    hard_negatives=[
        H("a major unit", "a unit, not a count of people"),
        H("one infantry brigade combat team", "unit count, not a head count (GUIDELINES 2)"),
        H("4th Infantry Brigade Combat Team", "unit ordinal, not a count"),
        H("10th Mountain Division", "unit ordinal, not a count"),
        H("major deployments", "no count"),
    ])

# ---------------------------------------------------------------- DR Congo 2013 (VOA preview)
KAVODO = L("the village of Kavodo, close to Rumangabo", "COD", "North Kivu", -1.33, 29.36, 2)
WED_K = D("2013-07-24", "Wednesday", at="Wednesday's military", derived_from_context=True)
ANN["voa_2013_07_24_drc_kavodo_helicopter_strike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("several", value=None, low=3, approx=True, qualifier="several"), location=KAVODO, date=WED_K,
             source=S("the rebel group says"), trigger=T("killing", at="killing several"),
             notes=("'But the rebel group says military helicopters bombed a nearby neighborhood, striking the village "
                    "of Kavodo, close to Rumangabo, killing several people.' -> the M23's claim, 'several' (low 3). "
                    "Bare 'people' -> actor and civilian null (section 10), although the M23 leader's quote that "
                    "follows speaks of houses and people. Date: the strikes are 'Wednesday's military strikes' in the "
                    "previous sentence (derived; 24 July 2013 relative to the inferred publication date). Kavodo is not "
                    "known to the annotator; it is 'close to Rumangabo', whose position (about 40 km north of Goma) is "
                    "given, precision 2.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("COD"), civilian=True,
             count=C("three", value=3, at="three children"), location=KAVODO, date=WED_K,
             source=S("a doctor at a hospital treating victims said"), trigger=T("killed", at="killed as well"),
             notes=("'... a doctor at a hospital treating victims said three children were killed as well as an adult, "
                    "and that seven others were wounded.' -> a second source with its own figures (GUIDELINES 6), kept "
                    "apart from the rebels' 'several'. Children -> civilian true; Congolese by plain implication "
                    "(villagers near Rumangabo, section 10). Place and day of the strike from the previous paragraphs "
                    "(derived). The text gives no total of the four dead, so there is no total event.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("COD"), civilian=True,
             count=C("an adult", num="an", value=1), location=KAVODO, date=WED_K,
             source=S("a doctor at a hospital treating victims said"), trigger=T("killed", at="killed as well"),
             notes=("'three children were killed as well as an adult' -> singular determiner, value 1 (GUIDELINES 2). "
                    "Civilian true by the context (victims of the strike on a village treated at a hospital, beside the "
                    "children); close call (the text does not say 'civilian').")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("COD"), civilian=True,
             count=C("seven", value=7, at="seven others"), location=KAVODO, date=WED_K,
             source=S("a doctor at a hospital treating victims said"), trigger=T("wounded", at="were wounded"),
             notes=("'and that seven others were wounded' (same doctor) -> the other victims of the strike; civilian and "
                    "actor as for the dead (close call).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("COD"), civilian=False,
             count=C("more than 400", num="400", value=400, low=400, qualifier="more than"), location=None,
             date=D("2013-07-11/2013-07-24", "since the unrest erupted almost two weeks ago", approx=True),
             source=S("The French News Agency says M23 rebels also claim"), cumulative=True,
             trigger=T("killed", at="have been killed since"),
             notes=("'The French News Agency says M23 rebels also claim more than 400 troops have been killed since the "
                    "unrest erupted almost two weeks ago.' -> a running total (cumulative) claimed by the rebels and "
                    "relayed by AFP (both in the source phrase). 'troops' are the Congolese army's (the rebels' "
                    "opponents) -> COD, surface null. 'since ... almost two weeks ago' -> about 11 July to the "
                    "publication day, approx. No place in the sentence -> location null (the unrest is around Goma, but "
                    "the text ties no place to this total).")),
    ],
    hard_negatives=[
        H("an M23 base", "a place, not a count of people"),
        H("An M23 spokesman", "the speaker, not a counted person"),
        H("a doctor", "the speaker, not a counted person"),
        H("The army denies civilians were killed", "a denial with no count"),
        H("a 2009 peace deal", "a year, not a count"),
    ])

# ---------------------------------------------------------------- Mali 2013 (VOA editorial)
TESSALIT = L("the northern town of Tessalit", "MLI", "Kidal", 20.20, 1.01, 1)
RECENT = D(None, "recently", at="killed recently")
ANN["voa_2013_10_30_mali_tessalit_editorial"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("TCD", "Chadian", at="Two Chadian"), civilian=False,
             count=C("Two", value=2, at="Two Chadian"), location=TESSALIT, date=RECENT, source=None,
             trigger=T("killed", at="killed recently"),
             notes=("'Two Chadian soldiers serving with a United Nations peacekeeping mission in Mali were killed "
                    "recently, victims of a suicide bomb attack in the northern town of Tessalit.' -> actor TCD (the "
                    "text names the contingent's country directly; the UN mission is MINUSMA). Date: 'recently' is a "
                    "time expression that cannot be resolved to a day -> value null (the attack was on 23 October "
                    "2013, annotator's knowledge; not in the text). Editorial voice -> source null. The suicide "
                    "bomber's own death is not mentioned.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("UN"), civilian=False,
             count=C("Six", value=6, at="Six other"), location=TESSALIT,
             date=D(None, "recently", at="killed recently", derived_from_context=True), source=None,
             trigger=T("injured", at="were injured in the attack"),
             notes=("'Six other peacekeepers were injured in the attack' -> UN peacekeepers (MINUSMA); 'other' makes them "
                    "peacekeepers besides the two Chadians, but the text does not say they are Chadian -> actor UN, "
                    "surface null. Place and (unresolved) time from the previous sentence.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("MLI", "Malian", at="Malian civilian"), civilian=True,
             count=C("a Malian civilian", num="a", value=1), location=TESSALIT,
             date=D(None, "recently", at="killed recently", derived_from_context=True), source=None,
             trigger=T("death", at="death of a Malian"),
             notes=("'... regrets the loss of life and the death of a Malian civilian' -> singular determiner on a "
                    "person noun, value 1; the attack is the Tessalit attack of the first paragraph (place derived). "
                    "Trigger is the noun 'death'.")),
    ],
    hard_negatives=[
        H("a United Nations peacekeeping mission", "an organisation, not a count of people"),
        H("a military checkpoint", "a place, not a count of people"),
        H("large numbers of the insurgents", "no count (vague, and a displacement, not a casualty)"),
        H("the first such attack", "ordinal of attacks, not a count of people"),
        H("strikes near Gao and Timbuktu", "attacks with no casualty figure"),
        H("many are still holed up", "no count"),
    ])

# ---------------------------------------------------------------- Nigeria 2013 (VOA preview)
SOUTH_MAID = L("about 85 kilometers south of Maiduguri", "NGA", "Borno", None, None, 3)
THU_N = D("2013-11-14", "Thursday", at="place Thursday", derived_from_context=True)
ANN["voa_2013_11_15_nigeria_borno_nine_militants"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Boko Haram", "Boko Haram", at="Boko Haram during"),
             civilian=False, count=C("nine", value=9), location=SOUTH_MAID, date=THU_N,
             source=S("The Nigerian military says"), trigger=T("killed", at="killed nine"),
             notes=("'The Nigerian military says soldiers have killed nine members of the Islamist militant group Boko "
                    "Haram during a shootout in the country's northeast.' -> actor Boko Haram (named group). Day and "
                    "place from the next sentence ('the fighting took place Thursday about 85 kilometers south of "
                    "Maiduguri', derived): Thursday 14 November 2013 relative to the inferred publication date. The "
                    "place is an offset from Maiduguri (in the Damboa area, Borno) -> as set (h) did for 'nearly 100 "
                    "kilometers south of the capital', region level: admin1 Borno, precision 3, lat/lon null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("NGA"), civilian=False,
             count=C("one", value=1, at="one soldier"), location=SOUTH_MAID, date=THU_N,
             source=S("An army spokesman says"), trigger=T("injured"),
             notes=("'An army spokesman says one soldier was also injured in the violence.' -> a Nigerian soldier by "
                    "context (the Nigerian army's spokesman) -> NGA, surface null. Day and place of the shootout "
                    "(derived).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands"), location=None,
             date=D("2009-11-15/2013-11-15", "over the past four years"), source=None, cumulative=True,
             trigger=T("deaths"),
             notes=("'the Boko Haram insurgency, which is blamed for thousands of deaths over the past four years' -> "
                    "running total (cumulative), 'thousands' -> low 2000 (set (b)'s decision for 'thousands of "
                    "Pakistanis'); the dead of all sides -> actor and civilian null. 'over the past four years' -> "
                    "publication date minus four years / publication date. No place tied to the total (Maiduguri is "
                    "named as the insurgency's centre) -> location null.")),
    ],
    hard_negatives=[
        H("a shootout", "count of an incident"),
        H("85 kilometers", "distance"),
        H("since 2009", "year"),
        H("attacks on police stations", "attacks, no count of people"),
        H("an all-out government military offensive", "an operation, no count"),
    ])

# ---------------------------------------------------------------- South Sudan 2013 (VOA)
BOR = L("Bor", "SSD", "Jonglei", 6.21, 31.56, 1, at="citizens from Bor")
SAT_S = D("2013-12-21", "Saturday", at="Bor on Saturday")
ANN["voa_2013_12_22_south_sudan_bor_us_troops"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("USA", "U.S.", at="U.S. military did"),
             civilian=False, count=C("four", value=4, at="four of its"), location=BOR,
             date=D("2013-12-21", "Saturday", at="Bor on Saturday", derived_from_context=True),
             source=S("The U.S. military did not identify the shooters, but said"), trigger=T("injured"),
             notes=("'He also accused fighters backing Machar of shooting at a U.S. aircraft that was evacuating citizens "
                    "from Bor on Saturday. The U.S. military did not identify the shooters, but said four of its "
                    "personnel were injured.' -> US personnel ('its' = the U.S. military), place and day from the "
                    "previous sentence (derived): Bor, Saturday 21 December 2013. Source: the speaker and its verb "
                    "with the intervening clause.")),
        dict(id="e2", type="deployment", actor=A("USA", "U.S.", at="U.S. troops were"), civilian=False,
             count=C("about 46", num="46", value=46, approx=True, qualifier="about"), location=BOR,
             date=D("2013-12-21", "Saturday", at="deployed Saturday"), source=S("Mr. Obama", at="Mr. Obama is"),
             trigger=T("deployed", at="deployed Saturday"),
             notes=("'... he said in a letter to congressional leaders Sunday that about 46 U.S. troops were deployed "
                    "Saturday to help with the evacuation.' -> a deployment carried out (not planned). Destination: "
                    "'the evacuation' is the evacuation of citizens from Bor reported the same Saturday two paragraphs "
                    "earlier -> Bor (close call: the sentence itself names no place; a tool that gives South Sudan is "
                    "near). Source: the pronoun 'he' resolved to 'Mr. Obama' (GUIDELINES 5); the letter's day (Sunday) "
                    "is the reporting day, the deployment day is Saturday 21 December 2013.")),
        dict(id="e3", type="deployment", actor=A("USA"), civilian=False,
             count=C("45", value=45), location=L("the U.S. embassy in Juba", "SSD", "Central Equatoria", 4.85, 31.58, 1),
             date=D(None), source=S("Mr. Obama", at="Mr. Obama is"), trigger=T("deployed", at="deployed to reinforce"),
             notes=("'That is in addition to 45 troops deployed to reinforce the U.S. embassy in Juba.' -> US troops by "
                    "context (the sentence continues Obama's letter about US troops; surface null). No time expression "
                    "for this earlier deployment -> date null. Source as for e2 (same letter).")),
    ],
    hard_negatives=[
        H("two state capitals", "count of towns"),
        H("a U.S. aircraft", "an aircraft, not a count of people"),
        H("eight days ago", "time expression"),
        H("62,000 people", "displaced people, out of scope (GUIDELINES 2)"),
        H("more than 40,000", "people sheltering on UN bases (displaced), out of scope"),
        H("five states", "count of states"),
        H("a member of the Dinka ethnic group", "identity of a named person, not a count"),
        H("an ethnic Nuer", "identity of a named person, not a count"),
    ])

# ---------------------------------------------------------------- Poland / Baltics 2014 (VOA)
ANN["voa_2014_04_23_poland_baltics_paratroopers"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "U.S.", at="U.S. military presence"), civilian=False,
             count=C("about 150", num="150", value=150, approx=True, qualifier="about"),
             location=L("Poland", "POL", None, None, None, 4, at="Wednesday in Poland"),
             date=D("2014-04-23", "Wednesday", at="Wednesday in Poland", derived_from_context=True),
             source=S("Kirby said", at="Kirby said a company"), part_of="e2",
             trigger=T("deployed", at="companies deployed"),
             notes=("'Kirby said a company of about 150 members of the 173rd Airborne Brigade Combat Team, based in "
                    "Italy, will be part of a “rotational” U.S. military presence in Eastern Europe' -> the company "
                    "whose exercises with Polish troops begin 'Wednesday in Poland' (first sentence; the other "
                    "companies go to the Baltic states) -> deployment to Poland, under way (not planned), Wednesday 23 "
                    "April 2014 (derived). Type deployment, not presence: the troops are being sent (close call; the "
                    "sentence's own noun is 'presence'). The trigger is the first sentence's 'deployed'. Part of the "
                    "'some 600' (e2). 'Italy' is the origin.")),
        dict(id="e2", type="deployment", actor=A("USA"), civilian=False,
             count=C("some 600", num="600", value=600, approx=True, qualifier="some"),
             location=L("Eastern Europe", None, None, None, None, 4, at="presence in Eastern Europe"),
             date=D(None, "Initially"), source=None, is_total=True, trigger=T("take part", at="take part in"),
             notes=("'Initially, some 600 troops will take part in what Kirby called a “persistent rotational presence” "
                    "that will last about one month.' -> all four companies (Poland and the three Baltic states) -> "
                    "total, the Polish company (e1) its only counted part. Type deployment (troops sent to the four "
                    "countries, partly still to move 'in the coming days'); not flagged planned because the first "
                    "company is already there (close call). Place: 'Eastern Europe' (previous paragraph), a region "
                    "wider than one country -> country null, precision 4. 'Initially' is no date -> value null. The "
                    "figure is in VOA's voice (only the quoted phrase is Kirby's) -> source null. US troops by context "
                    "(surface null).")),
    ],
    hard_negatives=[
        H("additional companies", "no head count (units)"),
        H("the three Baltic States", "count of countries"),
        H("a Pentagon spokesman", "the speaker, not a counted person"),
        H("173rd Airborne Brigade Combat Team", "unit ordinal, not a count"),
        H("the first in a series", "ordinal, not a count"),
        H("Additional companies from the 173rd", "units with no head count"),
        H("about one month", "duration"),
        H("fresh troops", "no count"),
        H("a year or more", "duration"),
    ])

# ---------------------------------------------------------------- Yemen 2014 (VOA preview)
SHABWA = L("Shabwa province", "YEM", "Shabwa", None, None, 3)
APR_Y = D("2014-04/2014-06-05", "since the military launched an offensive against the terrorist group in April")
ANN["voa_2014_06_05_yemen_shabwa_checkpoint"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("YEM"), civilian=False,
             count=C("at least 14", num="14", value=14, low=14, qualifier="at least"), location=SHABWA,
             date=D("2014-06-05", "on Thursday", at="on Thursday near", derived_from_context=True), source=None,
             trigger=T("killing"),
             notes=("'Suspected al-Qaida militants have attacked a military checkpoint in southern Yemen, killing at "
                    "least 14 soldiers.' -> Yemeni soldiers by context (surface null). Day and place from the next "
                    "sentence ('the attack, which took place on Thursday near a village in Shabwa province'; derived): "
                    "Thursday 5 June 2014 = publication day; the village is unnamed -> the province, precision 3. The "
                    "lede is in VOA's voice; 'Yemeni security officials say' belongs to the next sentence (the "
                    "uncounted wounded) -> source null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("al-Qaida", "al-Qaida", at="500 al-Qaida"),
             civilian=False, count=C("at least 500", num="500", value=500, low=500, qualifier="at least"),
             location=None, date=APR_Y, source=S("An army spokesman said"), cumulative=True,
             trigger=T("killed", at="have been killed since"),
             notes=("'An army spokesman said Thursday that at least 500 al-Qaida militants have been killed since the "
                    "military launched an offensive against the terrorist group in April.' -> running total "
                    "(cumulative), April 2014 to the publication day. No place in the text for the offensive -> "
                    "location null. 'Thursday' is the day of the statement (= publication day), not of the deaths.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("YEM"), civilian=False,
             count=C("40", value=40), location=None,
             date=D("2014-04/2014-06-05", "during the offensive", derived_from_context=True),
             source=S("Colonel Saeed al-Faquih also said"), cumulative=True, trigger=T("killed", at="killed during"),
             notes=("'During a news conference, Colonel Saeed al-Faquih also said 40 soldiers had been killed during the "
                    "offensive.' -> Yemeni soldiers (the army spokesman's own side; surface null), running total over "
                    "the offensive: the interval of e2 (derived from 'in April' in the previous sentence).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("al-Qaida", "al-Qaida", at="al-Qaida militants were"),
             civilian=False, count=C("at least three", num="three", value=3, low=3, qualifier="at least"),
             location=L("central Yemen's Marib province", "YEM", "Marib", None, None, 3),
             date=D("2014-06-04", "a day after"), source=S("local officials said"),
             trigger=T("killed", at="killed in a drone"),
             notes=("'Thursday's attack comes a day after local officials said at least three suspected al-Qaida "
                    "militants were killed in a drone strike in central Yemen's Marib province.' -> 'a day after' "
                    "Thursday's attack -> Wednesday 4 June 2014 (strictly the day of the officials' statement; the "
                    "drone strike was the same day, close call). 'suspected al-Qaida militants' -> al-Qaida (the group "
                    "the text names for them; the suspicion is not a separate hedge field here).")),
    ],
    hard_negatives=[
        H("a military checkpoint", "a place, not a count of people"),
        H("other soldiers were wounded", "casualty with no count (GUIDELINES 2)"),
        H("a village", "a place, not a count of people"),
        H("An army spokesman", "the speaker, not a counted person"),
        H("a string of reprisal attacks", "attacks, no count of people"),
        H("a drone strike", "count of an incident"),
    ])

# ---------------------------------------------------------------- Mali 2014 (State Department statement)
NMALI = L("northern Mali", "MLI", None, None, None, 3)
ANN["state_2014_09_02_mali_minusma_chadian_peacekeepers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("TCD", "Chadian", at="Chadian peacekeepers and"),
             civilian=False, count=C("four", value=4), location=NMALI,
             date=D("2014-09-02", "today\u2019s"), source=None, trigger=T("killed", at="killed four"),
             notes=("'The United States strongly condemns today’s attack against MINUSMA ... which killed four Chadian "
                    "peacekeepers and wounded 15 others.' -> actor TCD (the contingent's country is stated). 'today's' "
                    "-> 2 September 2014. Place: the statement names only 'Mali' in the mission's name; the next "
                    "paragraph calls it 'the latest of several attacks against UN personnel in northern Mali' -> "
                    "northern Mali (derived, region level; the attack was at Aguelhok, Kidal, annotator's knowledge, "
                    "not in the text). The statement's own voice -> source null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("15", value=15, at="15 others"), location=NMALI, date=D("2014-09-02", "today\u2019s"),
             source=None, trigger=T("wounded", at="wounded 15"),
             notes=("'... and wounded 15 others' -> the side of the wounded is not stated ('others' after 'four Chadian "
                    "peacekeepers' need not all be Chadian peacekeepers) -> actor and civilian null (close call: a tool "
                    "that gives TCD or UN is near).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("TCD", "Chadian", at="Chadian peacekeepers. A"),
             civilian=False, count=C("nine", value=9), location=NMALI, date=D("2014-08-29", "August 29"),
             source=None, trigger=T("wounded", at="wounded nine"),
             notes=("'... including an August 29 attack that wounded nine Chadian peacekeepers' -> 29 August 2014; one of "
                    "the 'several attacks against UN personnel in northern Mali over the past week' -> northern Mali.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("UN"), civilian=False,
             count=C("A total of 15", num="15", value=15, qualifier="a total of", at="A total of 15"),
             location=L("Mali", "MLI", None, None, None, 4, at="in Mali this"),
             date=D("2014-01-01/2014-09-02", "this year"), source=None, cumulative=True,
             trigger=T("killed", at="killed in Mali"),
             notes=("'A total of 15 peacekeepers have been killed in Mali this year.' -> running total (cumulative), 1 "
                    "January 2014 to the publication day; UN peacekeepers (surface null). It presumably includes the four "
                    "of e1, but the text does not say so -> no part_of link. Count phrase includes 'A total of' (exact "
                    "value; qualifier recorded, no bound).")),
    ],
    hard_negatives=[
        H("those killed", "restatement of the dead without a count"),
        H("those wounded", "restatement of the wounded without a count"),
        H("several attacks", "count of attacks"),
        H("the past week", "time expression"),
    ])

# ---------------------------------------------------------------- Mali 2015 (VOA)
NAMPALA = L("Nampala", "MLI", "Segou", 15.28, -5.55, 1, at="on Nampala")
MON_M = D("2015-01-05", "Monday", at="dawn Monday", derived_from_context=True)
ANN["voa_2015_01_05_mali_nampala_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(["MLI", "militants"]), civilian=False,
             count=C("at least five", num="five", value=5, low=5, qualifier="at least"), location=NAMPALA,
             date=MON_M, source=None, is_total=True, trigger=T("killed", at="killed at least"),
             notes=("'Gunmen suspected to be al-Qaida militants have killed at least five people in an attack on a town "
                    "in central Mali.' -> total of the dead, broken down two paragraphs later into 'at least three "
                    "Malian soldiers and two militants' (e2, e3): a toll covering both sides -> list actor (section "
                    "10), civilian false (both parts are combatants). Town and day from the next sentence ('fighters "
                    "struck before dawn Monday on Nampala'; derived): Monday 5 January 2015. Lede in VOA's voice -> "
                    "source null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("MLI", "Malian", at="Malian soldiers"), civilian=False,
             count=C("at least three", num="three", value=3, low=3, qualifier="at least"), location=NAMPALA,
             date=MON_M, source=S("a Nampala official told VOA\u2019s French to Africa Service"), part_of="e1",
             trigger=T("dead", at="The dead included"),
             notes=("'The dead included at least three Malian soldiers and two militants, a Nampala official told VOA’s "
                    "French to Africa Service.' -> part of the five. Trigger 'dead' (the noun of the clause).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("militants", "militants", at="two militants"),
             civilian=False, count=C("two", value=2, at="two militants"), location=NAMPALA, date=MON_M,
             source=S("a Nampala official told VOA\u2019s French to Africa Service"), part_of="e1",
             trigger=T("dead", at="The dead included"),
             notes=("'... and two militants' -> part of the five; 'at least' is read as bounding only the soldiers' "
                    "figure (3 + 2 = the lede's 'at least five'). Generic actor 'militants' (suspected al-Qaida, not "
                    "identified).")),
    ],
    hard_negatives=[
        H("a town in central Mali", "a place, not a count of people"),
        H("530 kilometers", "distance"),
        H("a Nampala official", "the speaker, not a counted person"),
        H("periodic attacks", "attacks, no count of people"),
        H("in 2012", "year"),
        H("some were on foot", "part of the attackers with no count"),
    ])

# ---------------------------------------------------------------- Ukraine 2015 (VOA, GlobalSecurity.org)
EUKR = L("eastern Ukraine", "UKR", None, None, None, 3, at="arrival in eastern Ukraine")
H24 = D("2015-01-08/2015-01-09", "over the past 24 hours")
DONETSK = L("Donetsk", "UKR", "Donetsk", 48.00, 37.80, 1, at="The Donetsk city")
ANN["voa_2015_01_09_ukraine_shelling_government_troops"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UKR", "Ukraine's", at="Ukraine's military says"),
             civilian=False, count=C("four", value=4, at="four its"), location=EUKR, date=H24,
             source=S("Ukraine's military says"), trigger=T("killed", at="killed and eight"),
             notes=("'Ukraine's military says four its soldiers have been killed and eight wounded as a result of "
                    "shelling by Russia-backed separatists over the past 24 hours.' (source error 'four its' kept) -> "
                    "Ukrainian soldiers; 'over the past 24 hours' -> 8-9 January 2015. No place in the sentence; the "
                    "next paragraph names 'eastern Ukraine' for the shelling's context -> region level (derived, "
                    "close call).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("UKR", "Ukraine's", at="Ukraine's military says"),
             civilian=False, count=C("eight", value=8, at="eight wounded"), location=EUKR, date=H24,
             source=S("Ukraine's military says"), trigger=T("wounded", at="eight wounded"),
             notes="'... and eight wounded' (same sentence, same soldiers' side and period)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("one", value=1, at="one person"), location=DONETSK, date=D(None),
             source=S("The Donetsk city administration reported"), reported_date="2015-01-09",
             trigger=T("wounded", at="wounded one"),
             notes=("'The Donetsk city administration reported on its website Friday that shelling had wounded one "
                    "person ...' -> only the reporting day is given (Friday 9 January 2015) -> date null, "
                    "reported_date (GUIDELINES 5). Bare 'person' -> actor and civilian null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("UKR"), civilian=True,
             count=C("two", value=2, at="two civilians"), location=DONETSK,
             date=D("2015-01-08", "on Thursday", at="on Thursday when"), source=S("City authorities said"),
             trigger=T("killed", at="killed and seven"),
             notes=("'City authorities said earlier in the day that two civilians had been killed and seven wounded on "
                    "Thursday when four districts came under intense shelling.' -> Donetsk's city authorities (previous "
                    "sentence) -> place Donetsk (derived); Thursday 8 January 2015. Civilians of a Ukrainian city -> UKR "
                    "by plain implication (section 10), surface null.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("UKR"), civilian=True,
             count=C("seven", value=7, at="seven wounded"), location=DONETSK,
             date=D("2015-01-08", "on Thursday", at="on Thursday when"), source=S("City authorities said"),
             trigger=T("wounded", at="seven wounded"),
             notes=("'... and seven wounded on Thursday' -> elliptical 'seven [civilians]' -> civilian true, UKR as "
                    "for e4.")),
    ],
    hard_negatives=[
        H("more than 30 times", "count of attacks, not of people"),
        H("another so-called humanitarian convoy", "a convoy, not a count of people"),
        H("several districts", "count of districts"),
        H("four districts", "count of districts"),
        H("a number of apartment buildings", "buildings, not people"),
        H("January 15", "date"),
        H("last September", "date"),
    ])

# ---------------------------------------------------------------- Niger 2016 (State Department statement)
BOSSO = L("Bosso, Niger", "NER", "Diffa", 13.70, 13.31, 1)
JUN3 = D("2016-06-03", "June 3")
ANN["state_2016_06_06_niger_bosso_boko_haram"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("NER", "Nigerien"), civilian=False,
             count=C("30", value=30), location=BOSSO, date=D("2016-06-03", "June 3", derived_from_context=True),
             source=None, trigger=T("killed", at="killed in the attack"),
             notes=("'... condolences to the families and friends of the 30 Nigerien and two Nigerian soldiers killed in "
                    "the attack and the 67 individuals who were injured.' -> two events by side (Niger, Nigeria); the "
                    "text gives no total. Place and day from the previous sentence ('Boko Haram's barbaric June 3 attack "
                    "on a military outpost in Bosso, Niger'; derived). Statement's own voice -> source null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("NGA", "Nigerian", at="Nigerian soldiers"),
             civilian=False, count=C("two", value=2, at="two Nigerian"), location=BOSSO,
             date=D("2016-06-03", "June 3", derived_from_context=True), source=None,
             trigger=T("killed", at="killed in the attack"),
             notes="'... and two Nigerian soldiers killed in the attack' -> Nigerian soldiers (part of the joint force at Bosso)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("67", value=67), location=BOSSO, date=D("2016-06-03", "June 3", derived_from_context=True),
             source=None, trigger=T("injured"),
             notes=("'... and the 67 individuals who were injured' -> 'individuals' of unstated side -> actor and "
                    "civilian null.")),
    ],
    hard_negatives=[
        H("a military outpost", "a place, not a count of people"),
        H("May 14", "date"),
        H("regional heads of state summit", "a meeting, not a count of people"),
    ])

# ---------------------------------------------------------------- DVIDS 2025 (New York National Guard)
ANN["dvids_2025_01_03_new_york_guard_horn_of_africa"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("One hundred and forty-five", value=145),
             location=L("Camp Lemonnier, Djibouti", "DJI", "Djibouti", 11.55, 43.15, 1),
             date=D("2025-01-02", "Thursday, January 2"), source=None, planned=True,
             trigger=T("heading", at="heading to"),
             notes=("'One hundred and forty-five New York Army National Guard Soldiers heading to the Horn of Africa, were "
                    "sent off with a formal ceremony ... on Thursday, January 2.' -> deployment announced and under way "
                    "but not yet carried out ('will be assigned ... at Camp Lemonnier, Djibouti', 'will train at Fort "
                    "Bliss, Texas for four weeks before deploying') -> planned. Destination: the most specific place, "
                    "Camp Lemonnier, Djibouti (next paragraph; 'the Horn of Africa' is the region in the same sentence). "
                    "Date: the only date tied to the event is the send-off, 2 January 2025 (close call: the arrival in "
                    "Djibouti, about four weeks later, has no date in the text). Actor USA by context (surface null). "
                    "Buffalo and Fort Bliss are origin and staging place.")),
    ],
    hard_negatives=[
        H("a formal ceremony", "an event, not a count of people"),
        H("152 nd Engineer Support Company", "unit number, not a count"),
        H("ten months", "duration"),
        H("four weeks", "duration"),
        H("November of 2025", "date"),
        H("204th Engineer Battalion", "unit ordinal, not a count"),
        H("the past six months", "duration"),
        H("a unit", "a unit, not a count of people", at="Deploying as a unit"),
    ])

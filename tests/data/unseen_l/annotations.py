# -*- coding: utf-8 -*-
"""Gold annotations of set (l), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, natural features, offsets and
countries, as in sets (g)-(j)) and ACLED-style precision (1 point, 2 near a point, part of a city or a district
centre, 3 region/province/district/offset, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Darfur 2007 (VOA)
UM_BARRO = L("near Um Barro, north Darfur", "SDN", "North Darfur", 15.05, 23.72, 2)
SUN_D = D("2007-04-01", "Sunday", at="Sunday became", derived_from_context=True)
ANN["voa_2007_04_02_darfur_um_barro"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AU", "African Union", at="Five African Union"),
             civilian=False, count=C("Five", value=5), location=UM_BARRO,
             date=D("2007-04-01/2007-04-02", "Sunday", at="Sunday became", derived_from_context=True),
             source=None, is_total=True, trigger=T("killed", at="have been killed"),
             notes=("'Five African Union peacekeepers have been killed in Sudan's embattled Darfur region.' -> total "
                    "of the attack: four killed on Sunday and a fifth who died on Monday (e2, e3; 4 + 1 = 5). The "
                    "lede names only the region; the place of the attack ('near Um Barro, north Darfur') comes from "
                    "the third paragraph (most specific place tied to the event; precision 2, near a village). Date "
                    "interval Sunday 1 - Monday 2 April 2007 from the following paragraphs (derived; publication "
                    "Monday 2 April). The figure is in VOA's voice ('The African Union says the attack was "
                    "unprovoked' is about the attack, not the toll) -> source null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AU"), civilian=False,
             count=C("Four", value=4, at="Four peacekeepers"), location=UM_BARRO, date=SUN_D, source=None,
             part_of="e1", trigger=T("killed", at="Four peacekeepers were killed"),
             notes=("'Four peacekeepers were killed by unknown armed assailants while guarding a water point near Um "
                    "Barro, north Darfur.' -> part of e1. The day comes from the previous paragraph ('Sunday became "
                    "the deadliest day ...', derived) = Sunday 1 April 2007. Actor AU from context (the lede's "
                    "'African Union peacekeepers'; surface null).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AU"), civilian=False,
             count=C("A fifth peacekeeper", num="A", value=1), location=UM_BARRO,
             date=D("2007-04-02", "on Monday", at="died on Monday"), source=None, part_of="e1",
             trigger=T("died", at="peacekeeper died"),
             notes=("'A fifth peacekeeper died on Monday of injuries sustained during the attack.' -> one more death "
                    "(value 1, the determiner 'A'), part of e1; Monday 2 April 2007 = publication day. Close call: "
                    "read as an ordinal running total ('the seventeenth Canadian killed', GUIDELINES 2) the phrase "
                    "states 5, which is e1 restated; the annotation keeps the distinct claim (the Monday death). "
                    "No 'wounded' event: the injury that led to the death is not counted separately. Place: the "
                    "attack near Um Barro.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("Three", value=3, at="Three of the attackers"), location=UM_BARRO, date=SUN_D, source=None,
             trigger=T("killed", at="were also killed"),
             notes=("'Three of the attackers were also killed during the fighting.' -> the 'unknown armed "
                    "assailants' of the Um Barro attack -> actor 'militants' (section 10, unnamed attackers). They "
                    "were killed in the fighting, not by their own hand. Sunday and Um Barro from context "
                    "(derived).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AU", "African Union", at="two African Union"),
             civilian=False, count=C("two", value=2, at="two African Union"),
             location=L("Gereida, in southern Darfur", "SDN", "South Darfur", 11.27, 25.14, 1),
             date=D("2007-03", "In March"), source=None,
             trigger=T("killed", at="shot and killed"),
             notes=("'In March, two African Union peacekeepers were shot and killed during an ambush in Gereida, in "
                    "southern Darfur.' -> an earlier ambush; 'In March' of the publication year -> 2007-03. Gereida "
                    "is a town (precision 1).")),
        dict(id="e6", type="presence", actor=A("AU", "A.U.", at="7,000-member A.U."), civilian=False,
             count=C("7,000-member", num="7,000", value=7000),
             location=L("Darfur", "SDN", None, None, None, 3, at="embattled Darfur"),
             date=D(None), source=None, trigger=T("force", at="A.U. force cannot"),
             notes=("'Critics charge the 7,000-member A.U. force cannot protect civilians ...' -> the size of the "
                    "AU force in Darfur (presence, as set (j)'s 'Ten-thousand ... peacekeepers are deployed'). The "
                    "sentence names no place; the force is the African Union Mission in Sudan in Darfur (lede, "
                    "derived; Darfur spans three states -> admin1 null, precision 3). Present tense, no time "
                    "expression -> date null. 'Critics charge' is about the force's capacity, not its size -> "
                    "source null. Trigger: the noun 'force' (no verb of presence in the text).")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("an estimated 200,000", num="200,000", value=200000, approx=True, qualifier="an estimated"),
             location=L("Darfur", "SDN", None, None, None, 3, at="The Darfur conflict"),
             date=D("2003-04-02/2007-04-02", "for four years", approx=True), source=None, cumulative=True,
             trigger=T("killing", at="killing an estimated"),
             notes=("'The Darfur conflict has raged for four years, killing an estimated 200,000 people and "
                    "displacing more than 2.5 million others.' -> running total over the conflict (cumulative), "
                    "interval publication date minus four years / publication date (approx). Bare 'people' -> "
                    "actor and civilian null (section 10). The displaced 2.5 million are not an event.")),
    ],
    hard_negatives=[
        H("more than 2.5 million others", "displaced people, not casualties (GUIDELINES 2)"),
        H("four years", "duration"),
        H("the heaviest loss of soldiers", "no count"),
        H("U.N. peacekeepers", "peacekeepers the UN might send, no count", at="allow U.N. peacekeepers"),
        H("unknown armed assailants", "attackers with no count (their number is not given)"),
        H("2004", "year", at="in Darfur in 2004"),
    ])

# ---------------------------------------------------------------- DoD 2009-03-02 (CENTCOM repost)
ANN["dod_2009_03_02_afghanistan_rotation_4700"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 4,700", num="4,700", value=4700, approx=True, qualifier="approximately"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="rotation operating in Afghanistan"),
             date=D("2009-05", "late spring of 2009", approx=True, derived_from_context=True), source=None,
             planned=True, trigger=T("deploy", at="scheduled to deploy"),
             notes=("'This announcement involves a combat brigade and division headquarters element totaling "
                    "approximately 4,700 service members. The scheduled rotation for these forces will begin in the "
                    "late spring of 2009.' -> announced deployment (planned) of about 4,700 US service members to "
                    "Afghanistan (destination from the first sentence, derived). Date from the next sentence "
                    "(derived): 'late spring' -> May 2009 (spring 03-05, approx). The release is the DoD's own "
                    "voice -> source null. Actor USA from context (a DoD release; surface null). The units are "
                    "named only as units (hard negatives). Trigger 'deploy' in the first sentence (the count "
                    "sentence has only 'involves').")),
    ],
    hard_negatives=[
        H("a combat brigade and division headquarters element", "units, not a head count (GUIDELINES 2)"),
        H("82nd Airborne Division Headquarters", "unit name and number"),
        H("4th Brigade Combat Team, 4th Infantry Division", "unit names and numbers"),
        H("major unit deployments", "future announcements, no count"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2009 (VOA)
ANN["voa_2009_01_03_sri_lanka_colombo_bombs"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("three", value=3, at="wounding three"),
             location=L("the Sri Lankan capital, Colombo", "LKA", "Western", 6.93, 79.85, 1),
             date=D("2009-01-03", "Separately Saturday"), source=S("authorities say"),
             trigger=T("wounding", at="wounding three"),
             notes=("'Separately Saturday, authorities say a bomb planted under a vehicle exploded in the Sri Lankan "
                    "capital, Colombo, wounding three people.' -> Saturday 3 January 2009 = publication day. Bare "
                    "'people' -> actor and civilian null (section 10). Date surface 'Separately Saturday' as in the "
                    "text (the weekday is the time expression).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("three", value=3, at="killing three"),
             location=L("another area of Colombo", "LKA", "Western", 6.93, 79.85, 2),
             date=D("2009-01-02", "On Friday"), source=None, trigger=T("killing", at="killing three"),
             notes=("'On Friday, a suicide bomber blew himself up in another area of Colombo, killing three people.' "
                    "-> Friday 2 January 2009. The bomber's own death is not an event (GUIDELINES 2; hard "
                    "negative). Bare 'people' -> actor and civilian null. 'another area of Colombo' -> part of a "
                    "city, precision 2 with the city centre. No speaker for this figure -> source null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 70,000", num="70,000", value=70000, low=70000, qualifier="more than"),
             location=None, date=D("1983/2009-01-03", "since 1983", derived_from_context=True), source=None,
             cumulative=True, trigger=T("killed", at="has killed more"),
             notes=("'Tamil rebels have been fighting since 1983 ... The civil war has killed more than 70,000 "
                    "people.' -> running total of the civil war (cumulative), 1983 to the publication day, the "
                    "start taken from the sentence before (derived). Mixed dead of all sides described as 'people' "
                    "-> actor and civilian null. No place phrase in the sentence -> location null ('the island "
                    "nation's north and east' is the rebels' claimed homeland, not the place of the deaths).")),
    ],
    hard_negatives=[
        H("many civilians", "wounded with no count", at="wounded many civilians"),
        H("a suicide bomber blew himself up", "death of the suicide attacker (GUIDELINES 2)"),
        H("months of intense fighting", "duration"),
        H("second-class citizens", "'second' is not a count of people"),
        H("since 1983", "start of the war (a date), not a count"),
    ])

# ---------------------------------------------------------------- Pakistan 2009 (VOA, UNT archive)
SWAT_BUNER = L("Swat and nearby Buner", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
WED_P = D("2009-05-06", "on Wednesday", at="Buner on Wednesday")
ANN["voa_2009_05_07_pakistan_swat_buner"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one", value=1, at="one of Muhammad's sons"),
             location=L("nearby Dir district", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=D("2009-05-07", "Thursday", at="killed Thursday"), source=S("A spokesman for Sufi Muhammad"),
             trigger=T("killed", at="sons was killed"),
             notes=("'A spokesman for Sufi Muhammad, the radical Muslim cleric who helped negotiate the short-lived "
                    "cease-fire, said one of Muhammad's sons was killed Thursday when a bomb or artillery shell hit "
                    "his house in nearby Dir district.' -> one killed, Thursday 7 May 2009 (publication day). The "
                    "text does not say whether the son was a combatant or whose shell it was -> actor and civilian "
                    "null (close call: a civilian killed at home by army fire is plausible but not stated). "
                    "Source: the speaker phrase before the apposition. 'Dir district' (Upper or Lower Dir not "
                    "said) -> precision 3, lat/lon null; admin1 by today's name of the province (then the "
                    "North-West Frontier Province).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="80 Taliban"),
             civilian=False, count=C("more than 80", num="80", value=80, low=80, qualifier="more than"),
             location=SWAT_BUNER, date=WED_P, source=S("The Pakistani military says"),
             trigger=T("killed", at="soldiers were killed"),
             notes=("'The Pakistani military says more than 80 Taliban militants and two soldiers were killed in Swat "
                    "and nearby Buner on Wednesday.' -> Wednesday 6 May 2009. Two districts -> admin1 Khyber "
                    "Pakhtunkhwa, precision 3, lat/lon null. No total of the two sides is stated, so none is "
                    "annotated.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("two", value=2, at="two soldiers"), location=SWAT_BUNER, date=WED_P,
             source=S("The Pakistani military says"), trigger=T("killed", at="soldiers were killed"),
             notes=("Same sentence as e2: 'two soldiers' -> the Pakistani army's own soldiers (actor PAK from "
                    "context; the word 'Pakistani' belongs to the source phrase, so actor surface null).")),
    ],
    hard_negatives=[
        H("tens of thousands of displaced civilians", "displaced people (GUIDELINES 2)"),
        H("civilian casualties", "no count ('no numbers were available')"),
        H("the deadliest outbreak of fighting", "no count"),
    ])

# ---------------------------------------------------------------- DoD 2009-07-14 (militarywives repost)
AFG_D = L("Afghanistan", "AFG", None, None, None, 4, at="troops to Afghanistan")
ANN["dod_2009_07_14_afghanistan_rotation_101st_173rd"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 3,800", num="3,800", value=3800, approx=True, qualifier="approximately"),
             location=AFG_D, date=D("2009-11", "late fall 2009", approx=True), source=None, planned=True,
             trigger=T("deploy", at="will deploy with"),
             notes=("'The 3rd Brigade Combat Team, 101st Airborne Division, will deploy with approximately 3,800 "
                    "troops to Afghanistan in late fall 2009.' -> announced deployment (planned); 'late fall' -> "
                    "November 2009 (fall 09-11, approx). The release's own voice -> source null; actor USA from "
                    "context (a DoD release about US units; surface null).")),
        dict(id="e2", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 3,700", num="3,700", value=3700, approx=True, qualifier="approximately"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="deploy to Afghanistan in the winter"),
             date=D("2009-12/2010-02", "the winter of 2009-2010", approx=True), source=None, planned=True,
             trigger=T("deploy", at="will deploy to Afghanistan in the winter"),
             notes=("'The 173rd Brigade Combat Team, with approximately 3,700 troops, will deploy to Afghanistan in "
                    "the winter of 2009-2010.' -> planned; winter -> December 2009 - February 2010 (approx). The "
                    "brigade comes from Vicenza, Italy (origin, not destination). No total of the two brigades is "
                    "stated.")),
    ],
    hard_negatives=[
        H("two units", "units, not a head count", at="deployment of two units"),
        H("The 3rd Brigade Combat Team, 101st Airborne Division", "unit names and numbers"),
        H("the 173rd Airborne Brigade", "unit name and number"),
        H("NATO-ISAF's largest troop contributor", "no count"),
        H("(703) 614-2487", "phone number"),
    ])

# ---------------------------------------------------------------- Ivory Coast 2011 (VOA)
ABOBO = L("the Abobo district", "CIV", "Abidjan", 5.42, -4.02, 2)
WED_C = D("2011-01-12", "Wednesday", at="Abidjan Wednesday")
TUE_C = D("2011-01-11", "Tuesday", at="Abidjan Tuesday")
ANN["voa_2011_01_12_ivory_coast_abobo"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CIV"), civilian=False,
             count=C("at least six", num="six", value=6, low=6, qualifier="at least"), location=ABOBO, date=WED_C,
             source=S("Mr. Gbagbo's interior ministry said"), trigger=T("killed", at="policemen were killed"),
             notes=("'Mr. Gbagbo's interior ministry said at least six policemen were killed in Abidjan Wednesday.' "
                    "-> Wednesday 12 January 2011. Police -> civilian false (GUIDELINES 3); actor CIV from context "
                    "(the Ivorian police under Gbagbo's interior ministry; surface null). Place: 'These clashes "
                    "have taken place in the Abobo district' (later paragraph, most specific; part of Abidjan -> "
                    "precision 2).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("CIV"), civilian=True,
             count=C("at least one", num="one", value=1, low=1, qualifier="at least", at="at least one civilian"),
             location=ABOBO, date=D("2011-01-12", "Wednesday", at="Abidjan Wednesday", derived_from_context=True),
             source=S("Witnesses said"), trigger=T("killed", at="also was killed"),
             notes=("'Witnesses said at least one civilian also was killed ...' -> same Wednesday fighting (the day "
                    "from the previous paragraph, derived). A civilian in Abidjan -> CIV by plain implication "
                    "(section 10). 6 + 1 = the headline's 7.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("five", value=5, at="five people"), location=ABOBO, date=TUE_C, source=None, is_total=True,
             trigger=T("dead", at="people dead"),
             notes=("'Similar clashes in Abidjan Tuesday left five people dead, including at least two police "
                    "officers.' -> Tuesday 11 January 2011; total with one counted part (e4). Mixed dead described "
                    "as 'people' -> actor and civilian null. Place Abobo (derived, as e1). VOA's voice -> source "
                    "null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("CIV"), civilian=False,
             count=C("at least two", num="two", value=2, low=2, qualifier="at least", at="at least two police"),
             location=ABOBO, date=TUE_C, source=None, part_of="e3", trigger=T("dead", at="people dead"),
             notes=("'including at least two police officers' -> part of e3; police -> civilian false; actor CIV "
                    "from context (surface null).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("UN"), civilian=False,
             count=C("three", value=3, at="three of its peacekeepers"), location=ABOBO,
             date=D("2011-01-11", "late Tuesday"), source=S("The United Nations says"),
             trigger=T("injured", at="slightly injured"),
             notes=("'The United Nations says three of its peacekeepers were slightly injured late Tuesday in an "
                    "ambush by Gbagbo forces.' -> UN peacekeepers ('its' = the United Nations; actor surface null), "
                    "Tuesday 11 January 2011. The ambush site is not named; the next paragraph ties 'These clashes' "
                    "to Abobo (derived, close call).")),
    ],
    hard_negatives=[
        H("Several police vehicles", "vehicles, not people"),
        H("7 pm to 6 am", "clock times"),
        H("U.N. peacekeepers", "peacekeepers guarding a hotel, no count", at="protection of U.N."),
        H("supporters of his rival", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2017 (VOA teaser, aggregator)
TIKRIT = L("north of Tikrit", "IRQ", "Salah ad-Din", 34.60, 43.68, 2)
ANN["voa_2017_10_02_iraq_tikrit_roadside_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "American", at="an American service"),
             civilian=False, count=C("an American service member", num="an", value=1), location=TIKRIT,
             date=D("2017-10-01", "late Sunday", derived_from_context=True), source=S("Pentagon officials said"),
             trigger=T("killed", at="has killed"),
             notes=("'A roadside bomb in Iraq has killed an American service member and wounded one other, Pentagon "
                    "officials said Monday.' -> Monday is the reporting day; the next sentence dates the blast "
                    "'late Sunday' (derived) = 1 October 2017 and places it 'north of Tikrit' (derived; an offset "
                    "with no distance -> precision 2 with Tikrit's coordinates). Source without the trailing "
                    "'Monday' (section 10). Not linked to e4: the running total includes deaths the text does not "
                    "describe (set (h)'s rule).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("one other", num="one", value=1), location=TIKRIT,
             date=D("2017-10-01", "late Sunday", derived_from_context=True), source=S("Pentagon officials said"),
             trigger=T("wounded", at="wounded one other"),
             notes=("'... and wounded one other' -> the next sentence says the bomb 'struck the Americans\u2019 "
                    "vehicle', so the side is taken from the vehicle's occupants (set (j)'s exception to bare "
                    "'others') -> USA, surface null.")),
        dict(id="e3", type="presence", actor=A("USA", "American", at="5,000 American"), civilian=False,
             count=C("More than 5,000", num="5,000", value=5000, low=5000, qualifier="more than"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="troops are in Iraq"), date=D(None), source=None,
             trigger=T("are", at="troops are in Iraq"),
             notes=("'More than 5,000 American troops are in Iraq to advise and assist ...' -> presence; present "
                    "tense, no time expression -> date null (as set (h)'s 'about 20,000 foreign troops'). VOA's "
                    "voice -> source null. Qualifier recorded in lower case as in the guidelines' table.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("USA", "American", at="thirteenth American"),
             civilian=False, count=C("thirteenth", value=13, qualifier="ordinal"),
             location=L("Iraq or Syria", None, None, None, None, 4, at="Iraq or Syria"),
             date=D("2014/2017-10-02", "since the fight against Islamic State fighters began in 2014"),
             source=S("according to the Pentagon"), cumulative=True, trigger=T("death", at="American death"),
             notes=("'This marks the thirteenth American death from hostile action in Iraq or Syria since the fight "
                    "against Islamic State fighters began in 2014, according to the Pentagon.' -> ordinal that "
                    "states a running total (GUIDELINES 2): value 13, cumulative, 2014 to the publication day. "
                    "Place: two countries -> country null, precision 4 (set (g)'s rule for a region wider than one "
                    "country).")),
    ],
    hard_negatives=[
        H("Kurdish peshmerga forces", "forces with no count"),
        H("the deceased American", "restatement of e1 (the same soldier), no new count"),
        H("Islamic State militants", "no count", at="from Islamic State militants"),
    ])

# ---------------------------------------------------------------- Ukraine 2023 (VOA, Big News Network repost)
KHERSON_P = L("southern Ukraine's Kherson province", "UKR", "Kherson", None, None, 3)
BERYSLAV = L("the city of Beryslav", "UKR", "Kherson", 46.84, 33.43, 1)
LVOVE = L("the village of Lvove", "UKR", "Kherson", 46.96, 33.55, 1)
SUN_U = D("2023-09-24", "Sunday", at="airstrikes Sunday", derived_from_context=True)
PROKUDIN = S("the region's governor, Oleksandr Prokudin, reported")
ANN["voa_2023_09_24_ukraine_kherson_beryslav"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Two", value=2), location=KHERSON_P, date=D("2023-09-24", "Sunday", at="airstrikes Sunday"),
             source=PROKUDIN, is_total=True, trigger=T("killed", at="were killed"),
             notes=("'Two people were killed, and many were wounded from Russian airstrikes Sunday, in southern "
                    "Ukraine's Kherson province, the region's governor, Oleksandr Prokudin, reported.' -> Sunday 24 "
                    "September 2023 = publication day. Total of the woman in Beryslav (e2) and the man in Lvove "
                    "(e5). Bare 'people' -> actor and civilian null (section 10). 'many were wounded' has no count "
                    "(hard negative).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("UKR"), civilian=True,
             count=C("a woman", num="a", value=1), location=BERYSLAV, date=SUN_U, source=PROKUDIN, part_of="e1",
             trigger=T("killing", at="killing a woman"),
             notes=("'Russian forces struck residences in the city of Beryslav, killing a woman and wounding three "
                    "people, including a police officer, he said.' -> 'he' resolved to the governor of the first "
                    "sentence (GUIDELINES 5). A woman killed in her residence -> civilian true (women, GUIDELINES "
                    "3); UKR by plain implication (section 10). Day from the first sentence (derived).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("three", value=3, at="three people"), location=BERYSLAV, date=SUN_U, source=PROKUDIN,
             is_total=True, trigger=T("wounding", at="wounding three"),
             notes=("'wounding three people, including a police officer' -> total with one counted part (e4); mixed "
                    "(a police officer among them) -> actor and civilian null. A part of the 'many' wounded of the "
                    "first sentence, which has no count.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("UKR"), civilian=False,
             count=C("a police officer", num="a", value=1), location=BERYSLAV, date=SUN_U, source=PROKUDIN,
             part_of="e3", trigger=T("wounding", at="wounding three"),
             notes=("'including a police officer' -> part of e3; police -> civilian false; Ukrainian police by "
                    "context (surface null).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("UKR"), civilian=None,
             count=C("a 67-year-old man", num="a", value=1), location=LVOVE, date=SUN_U,
             source=S("Prokudin said", at="Lvove, Prokudin said"), part_of="e1",
             trigger=T("killed", at="airstrike killed"),
             notes=("'Another airstrike killed a 67-year-old man in the village of Lvove, Prokudin said.' -> value 1 "
                    "(the age is not a count), part of e1. A villager of Ukrainian-held Kherson region -> UKR by "
                    "plain implication; 'man' alone does not say non-combatant -> civilian null (close call). Lvove "
                    "(Beryslav raion, on the Dnipro) coordinates are approximate, from the annotator's knowledge. "
                    "'Another airstrike' is a count of strikes, not of people.")),
    ],
    hard_negatives=[
        H("many were wounded", "wounded with no count"),
        H("No casualties were reported in Russia", "negated casualties (GUIDELINES 2)"),
        H("its 20th month", "ordinal of months, a duration"),
        H("Ukraine's Third Separate Assault Brigade", "unit name, not a count"),
        H("September 15", "date"),
        H("Another airstrike", "count of strikes, not people"),
    ])

# ---------------------------------------------------------------- DoD News 2019 (repost)
ANN["dod_2019_05_24_middle_east_1500"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("about 1,500", num="1,500", value=1500, approx=True, qualifier="about"),
             location=L("the Middle East", None, None, None, None, 4), date=D(None), source=None, planned=True,
             trigger=T("deployment", at="approved the deployment"),
             notes=("'Acting Defense Secretary Patrick Shanahan has approved the deployment of about 1,500 service "
                    "members and additional capabilities to the Middle East ...' -> an approved deployment not yet "
                    "carried out -> planned. Destination 'the Middle East', a region wider than one country -> "
                    "country null, precision 4 (set (g)'s rule). The article gives no time expression for the "
                    "approval or the move -> date null. DoD News' own voice -> source null (the approval is "
                    "Shanahan's, but the figure is not attributed). Actor USA from context (surface null).")),
    ],
    hard_negatives=[
        H("additional capabilities", "equipment and units, no head count", at="members and additional"),
        H("the additional forces", "restatement with no count"),
        H("U.S. forces", "no count", at="safeguard U.S. forces"),
    ])

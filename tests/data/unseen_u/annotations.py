# -*- coding: utf-8 -*-
"""Gold annotations of set (u), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, districts and countries, as in
sets (g)-(t)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset from a city,
3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Gaza-Egypt border 2004: three Egyptian soldiers shot
ANN["wn_2004_11_18_gaza_egyptian_soldiers_killed"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("EGY", "Egyptian", at="Egyptian  soldiers"),
             civilian=False, count=C("three", value=3, at="three Egyptian"),
             location=L("near the Philadelphi Route  on the Gaza -Egypt  border", "PSE", "Gaza Strip", 31.29, 34.24, 2),
             date=D(None), source=None, hedge="is believed", trigger=T("killed", at="killed three"),
             notes=("'GAZA - The Israeli Army  is believed to have killed three Egyptian  soldiers in a border incident.' "
                    "'is believed' names no speaker -> hedge (the apology 'If Egyptians were hit' keeps it "
                    "unconfirmed). Place from the next sentence ('The shootings occurred near the Philadelphi Route "
                    " on the Gaza -Egypt  border'): the border strip at Rafah, on the Gaza side of the line (PSE, "
                    "admin1 'Gaza Strip' as set (t); near a feature, precision 2, coordinates of the Rafah section of "
                    "the route; close call on the country: the soldiers were Egyptian border guards). The text gives "
                    "no day for the incident -> date null.")),
    ],
    hard_negatives=[
        H("An Israeli tank", "vehicle, not a count of people"),
        H("Egyptian troops for smugglers", "no count"),
        H("If Egyptians were hit", "conditional, no count"),
        H("if Egyptians were hurt", "conditional, no count"),
    ])

# ---------------------------------------------------------------- Lebanon 2005: Syrian troops begin to pull back
LEBANON = L("Lebanon", "LBN", None, None, None, 4, at="southern Lebanon")
ANN["wn_2005_03_08_lebanon_syrian_troops"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("SYR", "Syria", at="Syria has a total"), civilian=False,
             count=C("a total of 14,000", num="14,000", value=14000, qualifier="a total of"), location=LEBANON,
             date=D(None), source=None, trigger=T("has", at="Syria has a total"),
             notes=("'Syria has a total of 14,000 soldiers in the country.' -> Syrian forces present in Lebanon ('the "
                    "country' = Lebanon, named in the first sentence; country, precision 4). Present tense, no time "
                    "expression -> date null. 'a total of' kept as qualifier (as sets (i), (p)). The 6,000 who 'pull "
                    "back to the eastern Bekaa Valley' are a withdrawal (GUIDELINES 2) -> hard negative, not a part.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. forces withdrew"),
             civilian=False, count=C("241", value=241),
             location=L("Lebanon", "LBN", None, None, None, 4, at="present in Lebanon"), date=D(None), source=None,
             trigger=T("killed", at="attack killed 241"),
             notes=("'U.S. forces withdrew in 1984 after a suicide attack killed 241 Marines.' -> a past attack cited for "
                    "background (annotated, as set (m)'s earlier incidents). Marines -> US forces (actor from the "
                    "'U.S. forces' of the same sentence). Place: Lebanon, from the previous sentence (the country the "
                    "forces withdrew from; precision 4). The text gives no date for the attack ('in 1984' dates the "
                    "withdrawal) -> date null (the real date, 23 October 1983, is not in the text).")),
    ],
    hard_negatives=[
        H("the 6,000 troops involved", "troops pulling back (a withdrawal), not a deployment or presence"),
        H("six to ten days", "duration"),
        H("hundreds of thousands of people", "demonstrators, not a conflict count"),
        H("300m", "distance"),
        H("All Syrian military forces and intelligence personnel", "no count (a demand to withdraw)"),
        H("Syrian troops and intelligence officers have been present", "presence with no count"),
        H("Resolution 1559", "resolution number"),
    ])

# ---------------------------------------------------------------- Sudan 2005: UN mission for southern Sudan approved
SOUTH_SUDAN = L("southern Sudan", "SDN", None, None, None, 3)
ANN["wn_2005_03_25_sudan_un_peacekeepers_approved"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("UN", "The United Nations"), civilian=False,
             count=C("10,000", value=10000), location=SOUTH_SUDAN, date=D(None), source=None, planned=True,
             trigger=T("deployment", at="the deployment of 10,000"),
             notes=("'The United Nations   approved the deployment of 10,000 peacekeeping troops and 715 civilian police "
                    "to southern Sudan .' -> an approved deployment not yet carried out -> planned. No date for the "
                    "deployment (nor for the vote) -> date null. 'southern Sudan' -> a region of Sudan as it was in "
                    "2005 (SDN, precision 3, admin1 null; close call: the region is now mostly the state of South "
                    "Sudan, SSD).")),
        dict(id="e2", type="deployment", actor=A("UN", "The United Nations"), civilian=False,
             count=C("715", value=715), location=SOUTH_SUDAN, date=D(None), source=None, planned=True,
             trigger=T("deployment", at="the deployment of 10,000"),
             notes=("'... and 715 civilian police' -> UN police (UN 'civilian police' = police officers, not "
                    "non-combatant civilians) -> civilian false, as police in GUIDELINES 3 (close call on the word "
                    "'civilian'). Planned as e1. No total is stated -> two events.")),
    ],
    hard_negatives=[
        H("21 year long", "duration"),
        H("the killings and rapes will continue", "conditional, no count"),
    ])

# ---------------------------------------------------------------- Burundi 2005: FNL killings of civilians
ANN["wn_2005_08_01_burundi_fnl_civilians"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("BDI"), civilian=True,
             count=C("300", value=300, at="300 civilians"),
             location=L("Burundi", "BDI", None, None, None, 4, at="Burundi 's Radio"),
             date=D("2005-06-01/2005-08-01", "in the last two months", approx=True),
             source=S("according to local sources"), cumulative=True, trigger=T("killed", at="has killed 300"),
             notes=("'The Burundian Hutu -extremist group Palipehutu-FNL ..., has killed 300 civilians in the last two "
                    "months, according to local sources.' -> running total over a period (cumulative); 'the last two "
                    "months' in a 1 August 2005 story -> 1 June to 1 August 2005 (approx). Civilians killed in Burundi "
                    "by a Burundian group -> BDI by plain implication (section 10; surface null). No place in the "
                    "sentence; the country is named in the next one (precision 4; the mass graves in Bubanza and "
                    "Bujumbura-Rurale are not said to hold all 300).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("COD", "Congolese", at="Congolese Tutsis"),
             civilian=True, count=C("152", value=152),
             location=L("the Gatumba  refugee camp in western Burundi", "BDI", "Bujumbura Rural", -3.33, 29.24, 1),
             date=D("2004-08", "In August last year"), source=None, trigger=T("massacre", at="the massacre of 152"),
             notes=("'In August last year, the FNL admitted responsibility for the massacre of 152 Congolese Tutsis at "
                    "the Gatumba  refugee camp in western Burundi.' -> 'In August last year' in a 2005 story -> "
                    "2004-08. Refugees in a camp, 'most of the dead were women and children' -> civilian true. "
                    "The figure is in the article's voice (the FNL admitted the massacre, not the number) -> source "
                    "null. A named camp -> precision 1.")),
    ],
    hard_negatives=[
        H("three mass graves", "graves, not a count of people"),
        H("Some of them are killed", "no count"),
        H("the 1994 genocide", "year"),
        H("most of the dead were women and children", "proportion of people already counted, no count"),
        H("FNL fighters", "no count"),
        H("his group had killed civilians", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Australian troops to "overwatch"
ANN["wn_2006_03_15_iraq_australian_overwatch"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("AUS", "Australia", at="Australia has around"), civilian=False,
             count=C("around 460", num="460", value=460, approx=True, qualifier="around"),
             location=L("southern Iraq", "IRQ", None, None, None, 3, at="460 troops in southern Iraq"),
             date=D(None), source=None, trigger=T("has", at="Australia has around"),
             notes=("'Australia has around 460 troops in southern Iraq engaged in training the Iraq military and "
                    "guarding Japanese military engineers.' -> presence; present tense, no time expression -> date "
                    "null. 'southern Iraq' -> region, precision 3, admin1 null (several provinces). These are the "
                    "soldiers 'currently on rotation in Iraq as part of Operation Catalyst', but the text does not give "
                    "them as a part of the 1320 (e2) -> no part_of (close call).")),
        dict(id="e2", type="presence", actor=A("AUS", "Australian", at="Australian Defence Force personnel"),
             civilian=False, count=C("approximately 1320", num="1320", value=1320, approx=True, qualifier="approximately"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="reconstruction of Iraq"),
             date=D("2006-03-15", "currently", at="currently comprises"), source=None,
             trigger=T("comprises", at="currently comprises"),
             notes=("'Operation Catalyst currently comprises approximately 1320 Australian Defence Force personnel.' -> "
                    "the whole Australian operation for Iraq (previous sentence: 'the Australian Defence Force (ADF) "
                    "contribution to the rehabilitation and reconstruction of Iraq'); 'currently' -> publication day. "
                    "Country, precision 4 (the text names no other place for it). '1320' without a separator.")),
    ],
    hard_negatives=[
        H("withdraw 800 troops from Iraq", "withdrawal (GUIDELINES 2), not a deployment"),
        H("the next three to four months", "duration"),
        H("two to three years", "duration", at="draw downs in two to three years"),
        H("another two to three years", "duration"),
        H("Japanese military engineers", "no count"),
        H("Australian troops being deployed to more dangerous areas", "ruled-out deployment with no count"),
        H("American and British troops are withdrawn", "withdrawal with no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: violence escalates in the south
AFG06 = L("Afghanistan", "AFG", None, None, None, 4, at="34 killed in Afghanistan")
FRIDAY06 = D("2006-05-19", "on Friday", at="clash on Friday")
ANN["wn_2006_05_21_afghanistan_violence_escalates"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("34", value=34, at="34 killed"), location=AFG06,
             date=D("2006-05-19", "on Friday", at="Attacks on Friday", derived_from_context=True), source=None,
             is_total=True, trigger=T("killed", at="34 killed"),
             alt_mentions=[S("another 34", at="claimed another 34")],
             notes=("'Two French  special forces troops and a US  soldier were among 34 killed in Afghanistan  in a "
                    "violent upsurge in recent days.' -> total of e2 and e3 (the rest are not described). 'Attacks on "
                    "Friday have claimed another 34 lives.' restates the figure ('another' = after last week's 120) -> "
                    "alt_mention, and dates it: Friday in a Sunday 21 May 2006 story = 19 May (derived). The figures "
                    "do not square: the French ministry dates its two deaths Saturday (e2); kept as written. Bare "
                    "toll -> actor and civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("FRA", "French", at="two French soldiers"),
             civilian=False, count=C("two", value=2, at="two French soldiers"),
             location=L("Kandahar", "AFG", "Kandahar", None, None, 3, at="forces in Kandahar"),
             date=D("2006-05-20", "on Saturday"), source=S("The French Defence Ministry said"), part_of="e1",
             trigger=T("killed", at="soldiers were killed on Saturday"),
             alt_mentions=[S("Two French", at="Two French  special")],
             notes=("'The French Defence Ministry said two French soldiers were killed on Saturday in a battle with "
                    "Taliban forces in Kandahar .' -> the fuller sentence is primary; the lede's 'Two French  special "
                    "forces troops' is an alt_mention (GUIDELINES 6). Saturday in a Sunday story = 20 May 2006. "
                    "'Kandahar' read as the province (close call: it could be the city). Part of e1 ('were among 34 "
                    "killed').")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("USA", "US", at="A US soldier"), civilian=False,
             count=C("A US soldier", num="A", value=1), location=AFG06, date=FRIDAY06, source=None, part_of="e1",
             trigger=T("killed", at="soldier was killed and six"),
             alt_mentions=[S("a US  soldier", at="a US  soldier were")],
             notes=("'A US soldier was killed and six others wounded after a bloody clash on Friday in , when a joint "
                    "patrol encountered Taliban fighters.' -> Friday = 19 May 2006. The place name was lost in the "
                    "conversion ('in ,') -> the country from the lede (precision 4). The lede's 'a US  soldier' is an "
                    "alt_mention; part of e1.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=False,
             count=C("six others", num="six", value=6), location=AFG06, date=FRIDAY06, source=None,
             trigger=T("wounded", at="others wounded"),
             notes=("'... and six others wounded' -> members of the 'joint patrol' (soldiers) -> civilian false; the "
                    "patrol was joint, so their side is not stated -> actor null (close call: 'others' next to 'A US "
                    "soldier' may mean US soldiers).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Around 120", num="120", value=120, approx=True, qualifier="around"), location=AFG06,
             date=D("2006-05-08/2006-05-14", "in 24 hours last week"), source=None, trigger=T("died", at="people died"),
             notes=("'Around 120 people died in 24 hours last week.' -> a one-day toll within last week: 'last week' "
                    "in a Sunday 21 May 2006 story = Monday 8 to Sunday 14 May (GUIDELINES 5; the day itself is not "
                    "given). Bare 'people' -> actor and civilian null. The previous sentence says the violence was "
                    "'much of it in Helmand province' but does not place these deaths -> the country (precision 4).")),
        dict(id="e6", type="presence", actor=A("FRA", "France", at="France has had"), civilian=False,
             count=C("200", value=200, at="200 special forces"),
             location=L("south-eastern Afghanistan", "AFG", None, None, None, 3),
             date=D("2003/2006-05-21", "since 2003"), source=None, trigger=T("has had", at="France has had"),
             notes=("'France has had 200 special forces officers in south-eastern Afghanistan since 2003.' -> presence, "
                    "2003 to publication. Region, precision 3.")),
        dict(id="e7", type="presence", actor=A("NATO", "NATO", at="NATO   increases"), civilian=False,
             count=C("9,000", value=9000), location=AFG06, date=D(None), source=None,
             trigger=T("peacekeeping force", at="its peacekeeping force"),
             notes=("'... as NATO   increases its peacekeeping force from 9,000 to 16,000 - as they prepare to take over "
                    "from US forces in the South.' -> the present size of the force (presence; unlike set (n)'s "
                    "'reduced ... from 3,300', these troops are still there). Place: the country (the force is ISAF in "
                    "Afghanistan; 'the South' is where it will take over). No time expression -> date null.")),
        dict(id="e8", type="presence", actor=A("NATO", "NATO", at="NATO   increases"), civilian=False,
             count=C("16,000", value=16000), location=AFG06, date=D(None), source=None, planned=True,
             trigger=T("increases", at="NATO   increases"),
             notes=("'... to 16,000' -> target strength (planned presence, as set (s)'s 'increased to 2,000'). The "
                    "7,000 added troops are not stated as a number -> no deployment event.")),
        dict(id="e9", type="casualty", outcome="killed", actor=A(["Taliban", "AFG"]), civilian=None,
             count=C("around 150", num="150", value=150, approx=True, qualifier="around"),
             location=L("the southern provinces", "AFG", None, None, None, 3, at="the southern provinces in the past"),
             date=D("2006-05-17/2006-05-21", "in the past four days"), source=None, cumulative=True,
             trigger=T("killed", at="have killed around"),
             notes=("'Scattered clashes in the southern provinces in the past four days have killed around 150 people, "
                    "including Taliban, Afghan police and military personnel and civilians.' -> a toll over a period "
                    "(cumulative; 'the past four days' -> 17 to 21 May 2006, like 'the past 48 hours'). A toll "
                    "covering both sides -> list actor ['Taliban','AFG'] (section 10; surface null); civilians are "
                    "only one group named -> civilian null. The 34 of e1 may be inside it; the text does not say so "
                    "-> no part_of.")),
    ],
    hard_negatives=[
        H("a military convoy", "no count"),
        H("in 2001", "year"),
        H("Taliban fighters", "no count"),
        H("attacks in Zabul province", "attacks, no count"),
        H("US forces in the South", "no count"),
    ])

# ---------------------------------------------------------------- Nigeria 2006: kidnapped oil workers freed
RIG = L("a Bulford Dolphin oil platform off the coast of Nigeria", "NGA", "Bayelsa", None, None, 3)
ANN["wn_2006_06_04_nigeria_oil_workers_freed"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(["USA", "CAN", "GBR"]), civilian=True,
             count=C("Eight", value=8, at="Eight oil workers"), location=RIG, date=D("2006-06-02", "on Friday"),
             source=None, released=True, is_total=True, trigger=T("freed", at="have been freed"),
             alt_mentions=[S("all 8", at="all 8 hostages")],
             notes=("'Eight oil workers who were kidnapped from a Bulford Dolphin oil platform off the coast of Nigeria  "
                    "on Friday have been freed.' -> captives freed (captured, released true; the kidnapping and the "
                    "release of the same eight are one claim). The only date in the clause is the kidnapping day, "
                    "Friday 2 June 2006 in a Sunday 4 June story (GUIDELINES 2: the date given in that clause); the "
                    "release day is not stated. Total of e2-e4 (1 + 1 + 6 = 8) -> list actor of the three "
                    "nationalities (surface null). Oil workers -> civilian true. Place: the rig they were taken from "
                    "(the text gives no place for the release; the freed men are with the governor of Bayelsa, off "
                    "whose coast the rig lies) -> offshore region, precision 3, admin1 Bayelsa (close call). 'Earlier "
                    "reports stated that all 8 hostages were freed' restates the figure -> alt_mention.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("USA", "American", at="One American"),
             civilian=True, count=C("One", value=1, at="One American"), location=RIG,
             date=D("2006-06-02", "on Friday", derived_from_context=True), source=None, released=True, part_of="e1",
             trigger=T("freed", at="among those freed"),
             notes="'One American , one Canadian  and six Britons  were among those freed' -> part of e1."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("CAN", "Canadian", at="one Canadian"),
             civilian=True, count=C("one", value=1, at="one Canadian"), location=RIG,
             date=D("2006-06-02", "on Friday", derived_from_context=True), source=None, released=True, part_of="e1",
             trigger=T("freed", at="among those freed"), notes="'one Canadian' -> part of e1."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("GBR", "Britons", at="Britons  were"),
             civilian=True, count=C("six", value=6, at="six Britons"), location=RIG,
             date=D("2006-06-02", "on Friday", derived_from_context=True), source=None, released=True, part_of="e1",
             trigger=T("freed", at="among those freed"), notes="'six Britons' -> part of e1."),
        dict(id="e5", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("only 2", num="2", value=2, at="only 2 had"), location=RIG, date=D(None),
             source=S("spokespeople for the Nigerian Police"), released=True,
             trigger=T("freed", at="2 had been freed"),
             notes=("'Earlier reports stated that all 8 hostages were freed, but spokespeople for the Nigerian Police "
                    "later withdrew that statement and said that only 2 had been freed and talk lead to the rest of "
                    "the hostages being freed.' -> a different figure from a different source -> its own event "
                    "(GUIDELINES 6). 'only' is not a bound -> value 2, no qualifier. Which two is not said -> actor "
                    "null. No day -> date null.")),
    ],
    hard_negatives=[
        H("All the hostages have been released", "no count (restates e1 without a number)"),
        H("the rest of the hostages", "no count"),
        H("any of the hostages", "no count"),
    ])

# ---------------------------------------------------------------- DR Congo 2006: Kinshasa clashes after the first-round results
KINSHASA_CAP = L("the capital", "COD", "Kinshasa", -4.32, 15.31, 1, at="flying into the capital")
ANN["wn_2006_08_22_drc_kinshasa_clashes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("five", value=5, at="five people dead"),
             location=L("Kinshasa", "COD", "Kinshasa", -4.32, 15.31, 1, at="clashes in Kinshasa"),
             date=D("2006-08-20", "on Sunday", at="dead on Sunday"), source=None, trigger=T("dead", at="people dead"),
             notes=("'... to avoid the sporadic fighting which left five people dead on Sunday.' -> Sunday in a Tuesday "
                    "22 August 2006 story = 20 August. Fighting between Bemba's supporters and Kabila's guard in "
                    "Kinshasa (first sentence). Bare 'people' -> actor and civilian null.")),
        dict(id="e2", type="deployment", actor=A("EU", "European Union", at="European Union  peacekeepers"),
             civilian=False, count=C("400", value=400, at="400 European"), location=KINSHASA_CAP, date=D(None),
             source=None, trigger=T("flying into", at="are flying into"),
             notes=("'400 European Union  peacekeepers from the Netherlands and Germany currently stationed in "
                    "neighbouring Gabon  are flying into the capital to quell the fighting.' -> deployment to Kinshasa "
                    "('the capital'; city, precision 1). Gabon is the origin, not a second event (GUIDELINES 9.8). "
                    "Actor: the force named next to the count (EU); two contributing countries are named, and "
                    "actor_alt holds one -> not set. 'currently' dates their stay in Gabon, not the flight; the flight "
                    "has no time expression -> date null (close call: the present progressive suggests the "
                    "publication day).")),
        dict(id="e3", type="presence", actor=A("UN", "United Nations", at="United Nations  peacekeepers are"),
             civilian=False, count=C("17,000", value=17000), location=L("the capital", "COD", "Kinshasa", -4.32, 15.31,
                                                                      1, at="already in the capital"),
             date=D(None), source=None, trigger=T("are already in", at="are already in"),
             notes=("'Spanish EU troops and 17,000 United Nations  peacekeepers are already in the capital.' -> presence "
                    "as written (the UN mission's 17,000 were spread over the country, but the text places them in "
                    "the capital). No time expression -> date null.")),
    ],
    hard_negatives=[
        H("three days of violent clashes", "duration"),
        H("45%", "percentage"),
        H("20%", "percentage"),
        H("13%", "percentage"),
        H("Spanish EU troops", "no count"),
        H("five years of conflict", "duration"),
        H("The two presidential candidates", "candidates, not a conflict count"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: India's UNIFIL contingent
ANN["wn_2006_08_24_lebanon_indian_unifil"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("IND", "India", at="India  may withdraw"), civilian=False,
             count=C("the 775", num="775", value=775),
             location=L("Lebanon", "LBN", None, None, None, 4, at="stationed in Lebanon"), date=D(None), source=None,
             part_of="e2", trigger=T("stationed", at="has stationed"),
             notes=("'India  Defence Minister Pranab Mukherjee  has said India  may withdraw the 775 troops it has "
                    "stationed in Lebanon  as part of  the 1,990-strong United Nations Interim Force in Lebanon .' -> "
                    "the troops present (the possible withdrawal is not an event). Part of e2 ('as part of'). No time "
                    "expression -> date null. The speaker states the withdrawal, not the figure -> source null.")),
        dict(id="e2", type="presence", actor=A("UN", "United Nations", at="United Nations Interim"), civilian=False,
             count=C("the 1,990-strong", num="1,990", value=1990),
             location=L("Lebanon", "LBN", None, None, None, 4, at="stationed in Lebanon"), date=D(None), source=None,
             is_total=True, trigger=T("Interim Force", at="Interim Force"),
             notes=("'the 1,990-strong United Nations Interim Force in Lebanon' -> the size of UNIFIL before its "
                    "expansion (presence; count phrase 'the 1,990-strong' as set (t)'s 'the 240-strong'). Total of "
                    "e1.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("IND"), civilian=False,
             count=C("one", value=1, at="one of its peacekeepers"),
             location=L("Lebanon", "LBN", None, None, None, 4, at="stationed in Lebanon"), date=D(None), source=None,
             trigger=T("injured", at="critically injured"),
             notes=("'The contingent from the 4th Sikh Battalion  is currently engaged in rescue and rehabilitation "
                    "work following the recent weeks of conflict, in which one of its peacekeepers was critically "
                    "injured by shrapnel from an Israeli shell.' -> an Indian peacekeeper ('its' = the Indian "
                    "contingent; actor from context, surface null). 'the recent weeks of conflict' gives no "
                    "resolvable period -> date null. Place: Lebanon (the contingent's country; precision 4).")),
    ],
    hard_negatives=[
        H("A new U.N force", "no count"),
        H("second-largest", "rank, not a count"),
        H("31st August", "date"),
        H("4th Sikh Battalion", "unit number"),
    ])

# ---------------------------------------------------------------- Turkey 2006: TAK bombs in Catak, PKK clash
CATAK = L("the town of Catak  (in the Van province)", "TUR", "Van", 38.01, 43.06, 1)
RESORTS = L("Turkish holiday resorts", "TUR", None, None, None, 4)
LASTWEEK = D("2006-08-28/2006-09-03", "last week", at="bombings last week", derived_from_context=True)
ANN["wn_2006_09_04_turkey_catak_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two", value=2, at="two people, one"), location=CATAK, date=D(None), source=None, is_total=True,
             trigger=T("claimed the lives", at="claimed the lives"),
             notes=("'Bomb blasts in South-eastern Turkey  have claimed the lives of two people, one of them a police "
                    "officer and injured  up to 14 other people.' -> total of e2. Place from the next sentences (the "
                    "two bombs in the town of Catak, Van province; town, precision 1). The text gives no day for the "
                    "blasts ('On Tuesday, 29 August' dates a website message) -> date null. Bare 'people' -> actor "
                    "and civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("TUR"), civilian=False,
             count=C("one", value=1, at="one of them a police"), location=CATAK, date=D(None), source=None,
             part_of="e1", trigger=T("claimed the lives", at="claimed the lives"),
             notes="'one of them a police officer' -> part of e1; Turkish police (actor by plain implication), civilian false."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("up to 14", num="14", value=14, high=14, approx=True, qualifier="up to"), location=CATAK,
             date=D(None), source=None, trigger=T("injured", at="injured  up to"),
             notes="'... and injured  up to 14 other people' -> upper bound (double space before 'up' in the source)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("3", value=3, at="3 people"), location=RESORTS, date=LASTWEEK, source=None,
             trigger=T("killed", at="which killed 3"),
             notes=("'The previous attacks at Turkish holiday resorts, which killed 3 people and injured over 100 (10 of "
                    "them Britons), were also claimed by TAK.' -> dated by 'other bombings last week' (previous "
                    "sentence, derived): 'last week' in a Monday 4 September 2006 story = 28 August to 3 September. "
                    "Several resorts, none named -> country level (precision 4).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over 100", num="100", value=100, low=100, qualifier="over"), location=RESORTS, date=LASTWEEK,
             source=None, is_total=True, trigger=T("injured", at="injured over 100"),
             notes="'... and injured over 100 (10 of them Britons)' -> total of e6; 'over' as 'more than' (low 100)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("GBR", "Britons", at="Britons), were"),
             civilian=True, count=C("10", value=10, at="10 of them"), location=RESORTS, date=LASTWEEK, source=None,
             part_of="e5", trigger=T("injured", at="injured over 100"),
             notes=("'(10 of them Britons)' -> part of e5. Britons wounded at holiday resorts in bombings 'aimed at "
                    "tourists' -> civilian true (close call: the text does not say 'tourists' of these ten).")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("TUR", "Turkish", at="Turkish soldier s"),
             civilian=False, count=C("7", value=7, at="7 Turkish"),
             location=L("their army post on the Iraq -Turkey border", "TUR", None, None, None, 3), date=D(None),
             source=None, trigger=T("killed", at="s were killed"),
             notes=("'In a separate incident, 7 Turkish soldier s were killed in a clash with PKK militants in the south "
                    "east.' -> place from the next sentence ('their army post on the Iraq -Turkey border'; a post that "
                    "is not named -> border region on the Turkish side, precision 3, admin1 null). 'are reported' in "
                    "that sentence concerns who attacked, not the toll -> no hedge. No day -> date null.")),
    ],
    hard_negatives=[
        H("The two bomb s", "weapons"),
        H("On Tuesday, 29 August", "date (of a website message)"),
        H("thousands of jobs", "jobs, not people in the conflict"),
        H("sending its own troops across the border", "threatened deployment with no count"),
    ])

# ---------------------------------------------------------------- Gaza 2006: Beit Hanoun operation, the mosque stand-off
GAZA06 = L("Gaza", "PSE", "Gaza Strip", None, None, 3, at="assaults in Gaza")
BEIT_HANOUN = L("Beit Hanoun", "PSE", "Gaza Strip", 31.54, 34.54, 1, at="air raids in Beit Hanoun")
ANN["wn_2006_11_04_gaza_beit_hanoun_mosque"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over 17", num="17", value=17, low=17, qualifier="over"), location=GAZA06, date=D(None),
             source=None, is_total=True, trigger=T("dead", at="17 dead"),
             notes=("'Three Hamas  fighters, including Luaye al-Burnu, ..., were among over 17 dead as a result of "
                    "Israeli  assaults in Gaza .' -> total of e2 (the only part the text puts inside it). Bare toll "
                    "(fighters and others) -> actor and civilian null. 'Gaza' -> the Gaza Strip (region, precision 3). "
                    "The article gives no day for any of its incidents -> date null throughout.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("Hamas", "Hamas", at="Hamas  fighters"),
             civilian=False, count=C("Three", value=3, at="Three Hamas"), location=GAZA06, date=D(None), source=None,
             part_of="e1", trigger=T("dead", at="17 dead"),
             notes=("'Three Hamas  fighters ... were among over 17 dead' -> part of e1. Luaye al-Burnu, named, is one "
                    "of the three (hard negative).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("Two", value=2, at="Two women"), location=GAZA06, date=D(None), source=None,
             trigger=T("gunned down", at="were gunned down"),
             notes=("'Two women were gunned down by Israeli soldiers who opened fire on a group of woman that formed in "
                    "front of a mosque where Hamas men had taken refuge.' -> killed (the headline's toll; 'gunned down' "
                    "read as killed, close call). Women -> civilian true; Palestinian women of the town ('the local "
                    "womenfolk') -> PSE by plain implication. The mosque is not placed -> Gaza (precision 3). Not "
                    "linked to e1: the text does not say the two are among the 17 (close call).")),
        dict(id="e4", type="presence", actor=A("Hamas", "Hamas", at="Hamas fighters in the mosque"), civilian=False,
             count=C("about 15", num="15", value=15, approx=True, qualifier="about"), location=GAZA06, date=D(None),
             source=None, trigger=T("standoff", at="tense standoff"),
             alt_mentions=[S("all 15", at="all 15 men")],
             notes=("'... the tense standoff between the Israeli troops  and about 15 Hamas fighters in the mosque.' -> "
                    "the besieged force (presence). 'Hamas radio reported that all 15 men had escaped safely.' restates "
                    "the figure -> alt_mention (their escape is not a casualty).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("10", value=10, at="10 people"), location=GAZA06, date=D(None), source=None, is_total=True,
             trigger=T("injuring", at="injuring 10"),
             notes=("'The firing began as the women approached the Israeli gunmen, injuring 10 people, including one "
                    "Palestinian camerman.' -> total of e6. Bare 'people' -> actor and civilian null. ('the Israeli "
                    "gunmen' = the soldiers, no count.)")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("PSE", "Palestinian", at="Palestinian camerman"),
             civilian=True, count=C("one", value=1, at="one Palestinian"), location=GAZA06, date=D(None), source=None,
             part_of="e5", trigger=T("injuring", at="injuring 10"),
             notes="'including one Palestinian camerman' (sic) -> part of e5; a journalist -> civilian true."),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("seven", value=7, at="seven people"), location=BEIT_HANOUN, date=D(None),
             source=S("Palestinian doctors confirmed"), trigger=T("died", at="people died"),
             notes=("'Palestinian doctors confirmed that seven people died as a result of  Israeli air raids in Beit "
                    "Hanoun.' -> bare 'people' -> actor and civilian null. Probably inside e1 and e8, but the text "
                    "does not say so -> no part_of.")),
        dict(id="e8", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("About 30", num="30", value=30, approx=True, qualifier="about"),
             location=L("Beit Hanoun", "PSE", "Gaza Strip", 31.54, 34.54, 1, at="attacks in Beit Hanoun"), date=D(None),
             source=None, cumulative=True, is_total=True, trigger=T("killed", at="have been killed by Israeli attacks in Beit"),
             notes=("'About 30 people, including some gunmen and a four-year-old child have been killed by Israeli "
                    "attacks in Beit Hanoun.' -> running toll of the operation in Beit Hanoun (cumulative; no start "
                    "is given -> date null, as set (m)'s 'death toll ... to 92'). Total of e9 ('some gunmen' has no "
                    "count). Mixed -> actor and civilian null.")),
        dict(id="e9", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("a four-year-old child", num="a", value=1),
             location=L("Beit Hanoun", "PSE", "Gaza Strip", 31.54, 34.54, 1, at="attacks in Beit Hanoun"), date=D(None),
             source=None, cumulative=True, part_of="e8", trigger=T("killed", at="have been killed by Israeli attacks in Beit"),
             notes=("'a four-year-old child' -> one child (the age is not a count), part of e8; PSE by plain "
                    "implication, civilian true.")),
        dict(id="e10", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="300 Palestinians"),
             civilian=None, count=C("over 300", num="300", value=300, low=300, qualifier="over"), location=None,
             date=D("2006-06-25/2006-11-04", "following the capture of Corporal Gilad Shalit  on 25 June this year"),
             source=S("Israeli human rights group B'Tselem  says"), cumulative=True,
             trigger=T("killed", at="have been killed by attacks carried"),
             notes=("'Israeli human rights group B'Tselem  says over 300 Palestinians have been killed by attacks carried "
                    "out by Israel following the capture of Corporal Gilad Shalit  on 25 June this year.' -> running "
                    "total since 25 June 2006 (cumulative, to publication). No place is tied to it (Gaza is likely "
                    "but not stated) -> location null. 'Palestinians' (fighters and civilians) -> civilian null.")),
    ],
    hard_negatives=[
        H("Luaye al-Burnu", "named individual already counted (e2)"),
        H("a group of woman", "no count"),
        H("Hamas men had taken refuge", "no count (the 15 are counted in e4)"),
        H("the local womenfolk", "no count"),
        H("One lady, Nahed Abou Harbiya", "the speaker, not a casualty"),
        H("five towns", "towns, not people"),
        H("some gunmen", "no count"),
        H("Corporal Gilad Shalit", "named individual (a capture with no count)"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: McNeill takes over ISAF; troop levels
AFG07 = L("Afghanistan", "AFG", None, None, None, 4, at="26,000 troops in Afghanistan")
TODAY07 = D("2007-02-15", "Today", at="Today there are")
ANN["wn_2007_02_15_afghanistan_nato_troop_levels"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("Taliban", "Taliban", at="Taliban  fighters overran"), civilian=False,
             count=C("an estimated 200", num="200", value=200, approx=True, qualifier="an estimated"),
             location=L("the city of Musa Qala", "AFG", "Helmand", 32.45, 64.77, 1),
             date=D("2007-02-15", "on Thursday", at="town on Thursday"), source=None,
             trigger=T("overran", at="fighters overran"),
             notes=("'General Richards supported a peace agreement in the city of Musa Qala, but his plan of action "
                    "failed when an estimated 200 Taliban  fighters overran the town on Thursday.' -> the attacking "
                    "force (presence, GUIDELINES 2). 'Thursday' in a Thursday 15 February 2007 story = the same day "
                    "(GUIDELINES 5), although the town fell at the start of the month; the text's weekday is what is "
                    "annotated.")),
        dict(id="e2", type="presence", actor=A("USA"), civilian=False, count=C("3,200", value=3200), location=AFG07,
             date=D(None), source=None, trigger=T("extended the tour", at="extended the tour"),
             notes=("'McNeil was appointed two weeks after the Defense Department extended the tour of 3,200 10th "
                    "Mountain Division soldiers.' -> soldiers kept in Afghanistan beyond their tour (presence; a US "
                    "Army division, the US Defense Department -> USA from context, surface null). 'two weeks after' "
                    "gives no day -> date null. '10th' is a unit number (hard negative).")),
        dict(id="e3", type="presence", actor=A(None), civilian=False, count=C("26,000", value=26000), location=AFG07,
             date=TODAY07, source=None, is_total=True, trigger=T("there are", at="Today there are"),
             notes=("'Today there are 26,000 troops in Afghanistan  compared to 9,500 troops in 2002.' -> presence on the "
                    "publication day. The previous sentence speaks of 'American commitment' and the figures are US "
                    "troop levels, but the text does not say whose troops these are -> actor null (close call). "
                    "Total of e5.")),
        dict(id="e4", type="presence", actor=A(None), civilian=False, count=C("9,500", value=9500), location=AFG07,
             date=D("2002", "in 2002", at="troops in 2002"), source=None, trigger=T("there are", at="Today there are"),
             notes="'... compared to 9,500 troops in 2002' -> presence in 2002 (actor as e3)."),
        dict(id="e5", type="presence", actor=A("NATO", "NATO", at="NATO  command"), civilian=False,
             count=C("About 14,000", num="14,000", value=14000, approx=True, qualifier="about"), location=AFG07,
             date=D("2007-02-15", "Today", at="Today there are", derived_from_context=True), source=None,
             part_of="e3", is_total=True, trigger=T("are under", at="are under NATO"),
             notes="'About 14,000 of these troops are under NATO  command, ...' -> part of e3; total of e6."),
        dict(id="e6", type="presence", actor=A("NATO", "NATO", at="NATO  command"), civilian=False,
             count=C("12,000", value=12000), location=AFG07,
             date=D("2007-02-15", "Today", at="Today there are", derived_from_context=True), source=None,
             part_of="e5", trigger=T("train", at="whom train"),
             notes=("'... 12,000 of whom train Afghan forces in the area.' -> part of e5; 'the area' = Afghanistan "
                    "(country level).")),
    ],
    hard_negatives=[
        H("10th Mountain Division", "unit number"),
        H("two weeks", "duration"),
        H("2002-2003", "years"),
        H("Afghan forces", "no count"),
        H("NATO  forces began to attack", "no count"),
    ])

# ---------------------------------------------------------------- Somalia 2007: Resolution 1744 authorises AMISOM
SOM_REGION = L("the region", "SOM", None, None, None, 4, at="sent to the region")
ANN["wn_2007_02_23_somalia_amisom_resolution"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("AU"), civilian=False,
             count=C("some 8,000", num="8,000", value=8000, approx=True, qualifier="some"), location=SOM_REGION,
             date=D(None), source=S("diplomatic sources spoke of"), planned=True, is_total=True,
             hedge="exact numbers remain unknown", trigger=T("sent", at="could be sent"),
             notes=("'While exact numbers remain unknown, diplomatic sources spoke of some 8,000 troops that could be "
                    "sent to the region, half of which would be provided by Burundi , Ghana , Nigeria  and Uganda .' "
                    "-> the planned size of the African Union mission (planned deployment; actor AU from context, "
                    "surface null); 'the region' = Somalia (country, precision 4). The hedging clause names no "
                    "speaker -> hedge. 'half of which' is a proportion with no number (hard negative). No date.")),
        dict(id="e2", type="deployment", actor=A("UGA", "Ugunda", at="Ugunda would"), civilian=False,
             count=C("some 1,500", num="1,500", value=1500, approx=True, qualifier="some"), location=SOM_REGION,
             date=D(None), source=None, planned=True, part_of="e1", trigger=T("deploy", at="to deploy their troops"),
             notes=("'Ugunda would be the first to start with a phased operation to deploy their troops, some 1,500.' "
                    "(sic 'Ugunda') -> Uganda's planned contingent, one of the four providers of e1's troops -> part "
                    "of e1. No attribution in the sentence -> source null (close call: it continues the diplomatic "
                    "sources' account). Destination from e1's sentence.")),
    ],
    hard_negatives=[
        H("for a period of six months", "duration"),
        H("The 15 member council", "council members, not troops"),
        H("half of which", "proportion, no number"),
        H("Resolution 1744", "resolution number"),
        H("the retreat of the army from Somalia", "withdrawal with no count"),
        H("since 1992", "year"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2007: LTTE air raid on Katunayake
KATUNAYAKE = L("air force base in Katunayake", "LKA", "Western", 7.17, 79.88, 1)
MON07 = D("2007-03-26", "on Monday", at="base on Monday", derived_from_context=True)
ANN["wn_2007_03_26_sri_lanka_katunayake_air_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LKA"), civilian=False,
             count=C("As many as 3", num="3", value=3, high=3, approx=True, qualifier="as many as"),
             location=KATUNAYAKE, date=MON07, source=None, trigger=T("killed", at="were killed, and 17"),
             notes=("'As many as 3 members of the air force were killed, and 17 injured during the attack when at least "
                    "2 bombs were dropped on the base.' -> Sri Lanka Air Force personnel ('an Sri Lankan  air force "
                    "base'; actor from context, surface null). Day from the previous sentence ('attacked the base on "
                    "Monday at 00:45 hours'; Monday in a Monday 26 March 2007 story = the same day, derived). A named "
                    "base -> precision 1 (coordinates of the Katunayake air base by the international airport).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("LKA"), civilian=False,
             count=C("17", value=17, at="17 injured"), location=KATUNAYAKE, date=MON07, source=None,
             trigger=T("injured", at="17 injured"),
             notes="'... and 17 injured during the attack' -> air force members (subject elided; actor as e1)."),
    ],
    hard_negatives=[
        H("At least two aircraft", "aircraft, not people"),
        H("00:45 hours", "time of day"),
        H("at least 2 bombs", "weapons"),
        H("No casualties or damage", "negated casualties"),
        H("nearly half of national carrier SriLankan Airlines", "aircraft fleet, not people"),
        H("In 2001", "year"),
    ])

# ---------------------------------------------------------------- Thailand 2007: Yala tea-shop bomb, Narathiwat attacks
YALA = L("the provincial capital Yala", "THA", "Yala", 6.54, 101.28, 1)
NARATHIWAT = L("neighboring Narathiwat Province", "THA", "Narathiwat", None, None, 3)
TODAY_TH = D("2007-06-08", "today", at="attack today")
AROUND1 = D("2007-06-08", "at around 1 p.m.", derived_from_context=True)
ANN["wn_2007_06_08_thailand_yala_narathiwat"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("THA"), civilian=True,
             count=C("One", value=1, at="One person"), location=YALA, date=TODAY_TH, source=None,
             trigger=T("killed", at="was killed and at least 28"),
             notes=("'One person was killed and at least 28 injured in a bomb attack today by suspected Muslim  "
                    "insurgents at a crowded tea shop in southern Thailand .' -> 'today' = 8 June 2007. Place from the "
                    "next sentence ('near the shop in the provincial capital Yala'; city, precision 1). 'The dead "
                    "woman was a 24-year-old Buddhist , police said.' identifies her -> civilian true (a woman), THA "
                    "by plain implication (surface null); that sentence is a restatement of identity (hard "
                    "negative).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 28", num="28", value=28, low=28, qualifier="at least"), location=YALA, date=TODAY_TH,
             source=None, trigger=T("injured", at="28 injured"),
             notes=("'... and at least 28 injured' -> victims of unknown side (the bomb went off when 'police and "
                    "soldiers were taking a rest') -> actor and civilian null. 'Among the injured, at least five were "
                    "hurt seriously' is a status breakdown (hard negative).")),
        dict(id="e3", type="presence", actor=A("insurgents", "insurgents", at="insurgents at a crowded"),
             civilian=False, count=C("Two", value=2, at="Two men on a motorcycle"), location=YALA, date=TODAY_TH,
             source=S("Police Colonel Poompetch Pipatpetchpoo was quoted as saying"), trigger=T("placed", at="placed a bomb"),
             notes=("'\"Two men on a motorcycle placed a bomb inside the phone booth. ...\" Police Colonel Poompetch "
                    "Pipatpetchpoo was quoted as saying by Agence France-Presse .' -> the attacking party (presence, as "
                    "set (s)'s 'two suspected bombers'); the lede's 'suspected Muslim  insurgents' -> actor "
                    "'insurgents' (section 10, generic). Day from the lede.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("THA"), civilian=True,
             count=C("a government official and another man", num="a government official and another man", value=2,
                     qualifier="conjunction"),
             location=NARATHIWAT, date=AROUND1, source=None, trigger=T("killed", at="were killed and a third"),
             notes=("'In neighboring Narathiwat Province , a government official and another man were killed and a "
                    "third injured in a drive-by shooting.' -> two coordinated singulars (value 2, qualifier "
                    "'conjunction', GUIDELINES 4). The next sentences name the official (Hami Wani, a village deputy "
                    "headman, shot 'at around 1 p.m.') and call the other 'An assistant' -> civilian true, THA by "
                    "plain implication; time of day in a same-day report -> 8 June 2007 (section 10, derived). "
                    "Province, precision 3 (Ban Salo is his village, not the place of the shooting).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("THA"), civilian=None,
             count=C("a third", num="a", value=1), location=NARATHIWAT, date=AROUND1, source=None,
             trigger=T("injured", at="third injured"),
             alt_mentions=[S("another", at="another injured")],
             notes=("'... and a third injured' -> one more man (not an ordinal of a running total) -> value 1. 'and "
                    "another injured' in the next sentence restates him -> alt_mention. Side not stated beyond the "
                    "province -> THA by plain implication, civilian null (close call).")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("THA", "Royal Thai Army", at="Royal Thai Army  soldiers"),
             civilian=False, count=C("two", value=2, at="two Royal Thai"),
             location=L("Narathiwat", "THA", "Narathiwat", None, None, 3, at="Also in Narathiwat"), date=D(None),
             source=None, trigger=T("injured", at="soldiers were injured"),
             notes=("'Also in Narathiwat, two Royal Thai Army  soldiers were injured in a roadside bombing.' -> no time "
                    "expression for this bombing -> date null.")),
        dict(id="e7", type="presence", actor=A("THA"), civilian=False,
             count=C("a six-man", num="six", value=6),
             location=L("Narathiwat", "THA", "Narathiwat", None, None, 3, at="Also in Narathiwat"), date=D(None),
             source=None, trigger=T("teacher-protection unit", at="teacher-protection unit"),
             notes=("'The soldiers were part of a six-man teacher-protection unit.' -> a head count of a unit on duty "
                    "(presence; count phrase 'a six-man', as set (t)'s 'a 110-member'). The two wounded soldiers (e6) "
                    "are among the six; different event types -> no part_of.")),
        dict(id="e8", type="presence", actor=A("militants"), civilian=False,
             count=C("around 20", num="20", value=20, approx=True, qualifier="around"),
             location=L("Krong Pinang , Yala Province", "THA", "Yala", None, None, 3),
             date=D("2007-06-07/2007-06-08", "Overnight"), source=None, trigger=T("came onto", at="came onto the grounds"),
             notes=("'Overnight in Krong Pinang , Yala Province , a school was burned by a group of around 20 men who "
                    "came onto the grounds and overpowered 10 volunteers assigned to guard the school.' -> the "
                    "attacking party (presence); unnamed attackers -> 'militants' (section 10). 'Overnight' in a "
                    "Friday story -> the night of 7-8 June 2007 (as set (s)). Krong Pinang is a district -> precision 3.")),
        dict(id="e9", type="presence", actor=A("THA"), civilian=False, count=C("10", value=10, at="10 volunteers"),
             location=L("Krong Pinang , Yala Province", "THA", "Yala", None, None, 3),
             date=D("2007-06-07/2007-06-08", "Overnight"), source=None, trigger=T("assigned to guard", at="assigned to guard"),
             notes=("'... overpowered 10 volunteers assigned to guard the school.' -> the armed guard present at the "
                    "school (presence; village defence volunteers -> civilian false, THA; close call on both). "
                    "'overpowered' is neither a capture nor a wounding.")),
    ],
    hard_negatives=[
        H("The dead woman was a 24-year-old Buddhist", "identity of the one already counted (e1)"),
        H("at least five were hurt seriously", "status breakdown of the wounded already counted"),
        H("8 p.m.", "time of day"),
        H("police and soldiers were taking a rest", "no count"),
        H("Hami Wani", "named individual already counted (e4)"),
        H("An assistant was also killed", "restates one of the two already counted (e4)"),
        H("45-year-old", "age, not a count"),
        H("the second school burned", "ordinal of incidents"),
        H("plainclothes and uniformed officers", "no count"),
    ])

# ---------------------------------------------------------------- Pakistan 2008: army offensive in South Waziristan
SWAZ = L("South Waziristan province", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
WEDTHU = D("2008-01-23/2008-01-24", "late Wednesday and Thursday", derived_from_context=True)
ARMY_SAYS = S("The Pakistan i army says")
ANN["wn_2008_01_24_pakistan_south_waziristan"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants", "militants", at="militants  and"),
             civilian=False, count=C("40", value=40, at="40 Islamic"), location=SWAZ, date=WEDTHU, source=ARMY_SAYS,
             trigger=T("killed", at="killed 40"),
             notes=("'The Pakistan i army says it killed 40 Islamic militants  and arrested 30 during two days of "
                    "fighting along its border with Afghanistan .' -> place and days from the next sentence ('The "
                    "fighting took place in South Waziristan province late Wednesday and Thursday'; Thursday 24 "
                    "January 2008 story -> 23-24 January, derived). The militants are Baitullah Mehsud's men, but no "
                    "group is named -> 'militants' (section 10). admin1 'Khyber Pakhtunkhwa' (today's name; then "
                    "FATA, as set (s)).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("30", value=30, at="30 during"), location=SWAZ, date=WEDTHU, source=ARMY_SAYS,
             trigger=T("arrested", at="arrested 30"),
             notes="'... and arrested 30' -> 30 militants captured (subject elided; actor as e1)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than four hundred", num="four hundred", value=400, low=400, qualifier="more than"),
             location=L("throughout the country", "PAK", None, None, None, 4),
             date=D(None, "In recent months"), source=None, cumulative=True,
             trigger=T("claimed the lives", at="claimed the lives"),
             notes=("'In recent months, bomb attacks blamed on Mehsud's followers have claimed the lives of more than "
                    "four hundred people throughout the country.' -> running total (cumulative); 'In recent months' "
                    "has no resolvable start -> date value null (surface kept, as set (t)'s 'So far'). Bare 'people' "
                    "('Most of the violence has been aimed at the security forces') -> actor and civilian null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("eight", value=8, at="eight soldiers"), location=SWAZ, date=D(None),
             source=S("The military said"), reported_date="2008-01-24", trigger=T("losing", at="losing eight"),
             notes=("'The military said Thursday it had cleared three districts of militants, losing eight soldiers in "
                    "the fighting.' -> Pakistani soldiers (actor from context). 'Thursday' is the day of the statement "
                    "(24 January 2008); the clearing of three districts is not dated -> date null, reported_date. "
                    "Place: the fighting in South Waziristan (context).")),
        dict(id="e5", type="presence", actor=A(["Taliban", "al-Qaeda"]), civilian=False,
             count=C("scores", value=None, low=40, approx=True, qualifier="scores", at="scores of Taliban"),
             location=L("The tribal region", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=D("2008-01-24", "now", at="now home to"), source=None, trigger=T("home to", at="now home to"),
             notes=("'The region is also now home to scores of Taliban  and al-Qaeda fighters who fled Afghanistan after "
                    "the U.S.-led invasion of that country in 2001.' -> fighters present (two groups in one count -> "
                    "list actor). 'The region' = 'The tribal region' of the previous sentence (precision 3). 'now' -> "
                    "publication day. 'scores' -> low 40 (SPEC).")),
    ],
    hard_negatives=[
        H("two days of fighting", "duration"),
        H("Baitullah Mehsud", "named individual"),
        H("Benazir Bhutto", "named individual"),
        H("three districts", "districts, not people"),
        H("about four years", "duration"),
        H("U.S. troops help train", "proposal with no count"),
    ])

# ---------------------------------------------------------------- Colombia/Ecuador 2008: Raul Reyes killed
REYES_CAMP = L("a rebel stronghold near the border with Ecuador", "ECU", "Sucumbíos", None, None, 3)
SANTOS = S("Defense Minister Juan Manuel Santos")
ANN["wn_2008_03_01_colombia_ecuador_raul_reyes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("FARC", "FARC", at="FARC rebels"), civilian=False,
             count=C("16 other", num="16", value=16), location=REYES_CAMP, date=D(None), source=SANTOS,
             reported_date="2008-03-01", trigger=T("killed", at="were killed in the skirmish"),
             notes=("'He said that 16 other FARC rebels and one Colombian soldier were killed in the skirmish, which "
                    "took place in a rebel stronghold near the border with Ecuador .' -> 'He' = Defense Minister Juan "
                    "Manuel Santos (previous sentence; pronoun resolved, GUIDELINES 5). 'other' = besides Reyes, who is "
                    "a named individual (hard negative). Place: the camp; the text later says the troops killed Reyes "
                    "'while in Ecuadorian territory' and Correa says 'the FARC entered Ecuadorean territory' -> ECU "
                    "(border region, precision 3; admin1 Sucumbíos from the annotator's knowledge; close call: the "
                    "lede places the killing 'in the southern province of Putumayo', Colombia). The text dates only "
                    "the announcement ('the government said Saturday', 1 March 2008) -> date null, reported_date.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("COL", "Colombian", at="Colombian soldier"),
             civilian=False, count=C("one", value=1, at="one Colombian soldier"), location=REYES_CAMP, date=D(None),
             source=SANTOS, reported_date="2008-03-01", trigger=T("killed", at="were killed in the skirmish"),
             notes="'... and one Colombian soldier were killed in the skirmish' -> see e1. No total (18) is stated."),
    ],
    hard_negatives=[
        H("Raúl Reyes", "named individual"),
        H("Guillermo Enrique Torres", "named individual (among those already counted or not; no count word)"),
        H("The bodies of the dead", "no count"),
        H("send troops to the area", "planned deployment with no count"),
        H("US$ 5 million", "money"),
        H("the other 6 members", "leadership members named for a bounty, not a casualty"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Basra offensive, Sadr City fighting
SADR_CITY = L("Baghdad 's Sadr City  neighborhood", "IRQ", "Baghdad", 33.39, 44.45, 2)
ANN["wn_2008_03_29_iraq_basra_sadr_city"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("8", value=8, at="8 civilians"),
             location=L("a house in Basra's Hananiyah neighborhood", "IRQ", "Basra", 30.51, 47.81, 2),
             date=D("2008-03-29", "Saturday", at="Basra  Saturday", derived_from_context=True),
             source=S("An Iraqi policeman says"), trigger=T("killed", at="killed 8"),
             notes=("'An Iraqi policeman says that the U.S. airstrike on a house in Basra's Hananiyah neighborhood "
                    "killed 8 civilians.' -> the strike of the lede ('United States  warplanes dropped two bombs on a "
                    "suspected militant stronghold in Basra  Saturday'; Saturday in a Saturday 29 March 2008 story = "
                    "the same day, derived). Civilians in Basra -> IRQ by plain implication (surface null). Part of a "
                    "city -> precision 2 (Basra's coordinates). The British 'investigating the reports' is not a "
                    "hedge on the figure.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("75", value=75, at="75 people"), location=SADR_CITY, date=D(None), source=S("Iraqi officials said"),
             trigger=T("killed", at="had been killed and nearly"),
             notes=("'In Baghdad 's Sadr City  neighborhood, a Shiite stronghold, Iraqi officials said that 75 people had "
                    "been killed and nearly 500 were wounded in fighting between insurgents and security forces.' -> "
                    "bare 'people' -> actor and civilian null (the text does not say whose dead). A toll for the days "
                    "of fighting since the crackdown began, but no period is stated -> date null, not marked "
                    "cumulative (close call).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("nearly 500", num="500", value=500, high=500, approx=True, qualifier="nearly"), location=SADR_CITY,
             date=D(None), source=S("Iraqi officials said"), trigger=T("wounded", at="were wounded in fighting"),
             notes="'... and nearly 500 were wounded' -> upper bound (as e2)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("USA", "Americans", at="Two Americans"),
             civilian=None, count=C("Two", value=2, at="Two Americans"),
             location=L("east Baghdad", "IRQ", "Baghdad", 33.33, 44.45, 2),
             date=D("2008-03-29", "Saturday", at="east Baghdad Saturday"), source=None,
             trigger=T("killed", at="Americans were killed"),
             notes=("'Two Americans were killed by a roadside bomb in east Baghdad Saturday.' -> the text does not say "
                    "soldiers -> civilian null (as bare 'Iraqis', GUIDELINES 3). Saturday = 29 March 2008. Part of a "
                    "city -> precision 2.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("militants", "militants", at="10 militants"),
             civilian=False, count=C("10", value=10, at="10 militants"),
             location=L("Sadr City", "IRQ", "Baghdad", 33.39, 44.45, 2, at="airstrikes in Sadr City"),
             date=D("2008-03-28", "on Friday night"), source=S("U.S. helicopters", at="U.S. helicopters launched"),
             trigger=T("killed", at="say killed"),
             notes=("'U.S. helicopters launched airstrikes in Sadr City on Friday night, which they say killed 10 "
                    "militants.' -> 'they' resolved to its antecedent 'U.S. helicopters' (i.e. the US military; "
                    "GUIDELINES 5). Friday night in a Saturday story = 28 March 2008. Unnamed militants -> "
                    "'militants' (section 10).")),
    ],
    hard_negatives=[
        H("two bombs", "weapons"),
        H("fifth day", "ordinal of days"),
        H("British troops joined the fighting", "no count"),
        H("72-hour", "duration"),
        H("April 8", "date"),
        H("Around 40 Sadr City policemen handed over their weapons", "policemen surrendering arms: not a casualty, deployment or presence claim"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Mosul crackdown arrests
MOSUL = L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1, at="al-Qaeda  in Mosul")
SINCE_THU = D("2008-05-15/2008-05-18", "since the Thursday launch of the operation", derived_from_context=True)
ANN["wn_2008_05_18_iraq_mosul_arrests"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("Almost 1,000", num="1,000", value=1000, high=1000, approx=True, qualifier="almost"),
             location=MOSUL, date=SINCE_THU, source=None, cumulative=True, trigger=T("arrested", at="have been arrested"),
             notes=("'Iraq  Almost 1,000 people have been arrested in Iraq  as part of a crackdown against al-Qaeda  in "
                    "Mosul , the nation's third-largest city.' -> detentions in a security operation (captured, "
                    "GUIDELINES 2); running total of the operation launched on Thursday (Hertling: 'since the Thursday "
                    "launch of the operation'; Thursday before a Sunday 18 May 2008 story = 15 May) -> cumulative, 15 "
                    "to 18 May (derived). Bare 'people' (94 were later cleared) -> actor and civilian null. 'almost' "
                    "-> upper bound (as set (s)).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("1,068", value=1068), location=MOSUL, date=SINCE_THU,
             source=S("reported by Interior Minister Jawad al-Bolani"), cumulative=True, is_total=True,
             trigger=T("arrests", at="1,068 arrests"),
             notes=("'1,068 arrests were reported by Interior Minister Jawad al-Bolani , who added that 94 have been "
                    "cleared and released.' -> a different figure from a named source -> its own event (GUIDELINES 6); "
                    "'arrests' counts people arrested. Total of e3.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("94", value=94), location=MOSUL, date=D(None), source=S("Interior Minister Jawad al-Bolani"),
             released=True, part_of="e2", trigger=T("released", at="cleared and released"),
             notes=("'... who added that 94 have been cleared and released.' -> detainees freed (captured, released "
                    "true), part of e2; 'who' = the Interior Minister. No day for the release -> date null.")),
    ],
    hard_negatives=[
        H("third-largest", "rank"),
        H("many more who have fled", "no count"),
        H("most of the leaders had fled", "no count"),
        H("About 60 miles", "distance"),
        H("large numbers were still at large", "no count"),
        H("several of these were in high and mid-level positions", "role breakdown of people already counted"),
        H("Some of these are said to be suicide bomb cell leaders", "role breakdown of people already counted"),
        H("a number of weapons caches", "things, not people"),
    ])

# ---------------------------------------------------------------- Georgia 2008: Russia enters the South Ossetia war
S_OSSETIA = L("South Ossetia", "GEO", None, None, None, 3, at="to South Ossetia.")
ANN["wn_2008_08_08_georgia_south_ossetia"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("seven", value=7, at="seven people"),
             location=L("a target near the town of Kareli", "GEO", "Shida Kartli", 42.02, 43.90, 2),
             date=D("2008-08-08", "At 10:00 a.m.", derived_from_context=True), source=None, hedge="reportedly",
             trigger=T("injured", at="reportedly injured"),
             notes=("'While no one was harmed in the second attack, seven people were reportedly injured by the first "
                    "bombing.' -> the first bombing = Russian aircraft bombing 'a target near the town of Kareli' 'At "
                    "10:00 a.m.' (previous sentences; a clock time in a same-day report -> 8 August 2008, section 10, "
                    "derived). 'reportedly' -> hedge (the Russian ministry called the reports 'nonsense'). Bare "
                    "'people' -> actor and civilian null. Near a town -> precision 2.")),
        dict(id="e2", type="deployment", actor=A("RUS", "Russian", at="400 Russian"), civilian=False,
             count=C("up to a total of 400", num="400", value=400, high=400, approx=True, qualifier="up to"),
             location=S_OSSETIA, date=D(None), source=S("According to Russian state news agency RIA Novosti"),
             reported_date="2008-08-08", trigger=T("has crossed", at="has crossed"),
             notes=("'According to Russian state news agency RIA Novosti  reporting at 9:21pm August 8th, a convoy of 20 "
                    "vans carrying up to a total of 400 Russian volunteers has crossed from Russia's North Ossetia to "
                    "South Ossetia.' -> volunteers moving into the war zone (deployment; destination South Ossetia, "
                    "origin North Ossetia). Armed volunteers -> civilian false (close call: the text does not say they "
                    "are armed). 'up to a total of' -> upper bound. The only date is the report's ('reporting at "
                    "9:21pm August 8th') -> date null, reported_date (GUIDELINES 5). South Ossetia -> region of GEO, "
                    "precision 3, admin1 null (the breakaway region spans several Georgian regions).")),
        dict(id="e3", type="casualty", outcome="casualties", actor=A(None), civilian=None,
             count=C("1400", value=1400),
             location=L("South Ossetia", "GEO", None, None, None, 3, at="South Ossetia, which"), date=D(None),
             source=S("Kokoity said"), cumulative=True, trigger=T("victim count", at="victim count"),
             notes=("'Kokoity said that the conflict's victim count has reached 1400.' -> a running total ('has reached') "
                    "with no start date -> cumulative, date null. 'victim count' does not say killed or wounded -> "
                    "outcome 'casualties' (GUIDELINES 2; close call: 'victims' often means the dead). Place: the "
                    "conflict in South Ossetia, whose president he is.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("RUS", "Russian", at="12 Russian"), civilian=False,
             count=C("12", value=12, at="12 Russian"), location=S_OSSETIA,
             date=D("2008-08-08", "As of 10:51pm August 8th"), source=None, hedge="are reported",
             trigger=T("dead", at="reported dead"),
             notes=("'As of 10:51pm August 8th, 12 Russian peacemakers are reported dead and 150 wounded.' -> Russian "
                    "peacekeepers ('peacemakers') in South Ossetia (place from context; the text does not say where "
                    "they fell). 'are reported' -> hedge. The time stamp dates the toll (8 August 2008); not marked "
                    "cumulative (no period stated; close call).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("RUS", "Russian", at="12 Russian"), civilian=False,
             count=C("150", value=150, at="150 wounded"), location=S_OSSETIA,
             date=D("2008-08-08", "As of 10:51pm August 8th"), source=None, hedge="are reported",
             trigger=T("wounded", at="150 wounded"), notes="'... and 150 wounded' -> as e4."),
    ],
    hard_negatives=[
        H("three Russian Su-24", "aircraft, not people"),
        H("one bomb", "weapon"),
        H("no one was harmed", "negated casualties"),
        H("mobilization of reserve troops", "mobilisation with no count"),
        H("Thousands of refugees", "displaced people (GUIDELINES 2)"),
        H("up to four Russian jets", "aircraft, not people"),
        H("a convoy of 20 vans", "vehicles"),
        H("The pilot of the jet", "one individual with no count word"),
        H("Russia n forces are being sent", "deployment with no count"),
    ])

# ---------------------------------------------------------------- Somalia 2009: suicide bombing of the Burundian AU base
AU_CAMP = L("the AU camp housing Burundi  soldiers in Mogadishu", "SOM", "Banaadir", 2.04, 45.34, 2)
SUN09 = D("2009-02-22", "On Sunday", derived_from_context=True)
ANN["wn_2009_02_24_somalia_burundian_base_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AU", "African Union", at="African Union  (AU) peacekeepers"),
             actor_alt="BDI", civilian=False, count=C("11", value=11, at="11 African"), location=AU_CAMP,
             date=D("2009-02-22", "On Sunday"), source=S("the African Union said in a statement"),
             trigger=T("killed", at="bombers killed"),
             alt_mentions=[S("11", at="11 Burundian")],
             notes=("'Somalia On Sunday, suicide bombers killed 11 African Union  (AU) peacekeepers in Somalia  and "
                    "injured at least 15 others.' -> Sunday in a Tuesday 24 February 2009 story = 22 February. The AU "
                    "statement's '11 Burundian soldiers' restates the figure (alt_mention) and gives the source, as "
                    "set (t)'s Tharthar lede. AU mission named next to the count, the contingent from context -> "
                    "actor AU, actor_alt BDI (set (f)'s convention). Place from the next sentence (a base inside the "
                    "city -> precision 2). The bombers' own deaths are not counted (GUIDELINES 2).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("AU", "African Union", at="African Union  (AU) peacekeepers"),
             actor_alt="BDI", civilian=False, count=C("at least 15", num="15", value=15, low=15, qualifier="at least"),
             location=AU_CAMP, date=D("2009-02-22", "On Sunday"), source=S("the African Union said in a statement"),
             trigger=T("injured", at="injured at least"),
             alt_mentions=[S("15 others", at="15 others have")],
             notes=("'... and injured at least 15 others' -> AU (Burundian) peacekeepers; the AU statement's '15 others "
                    "have sustained serious injuries' is the same figure -> alt_mention.")),
        dict(id="e3", type="presence", actor=A("al-Shabaab"), civilian=False, count=C("Two", value=2, at="Two bombers"),
             location=AU_CAMP, date=SUN09, source=None, trigger=T("drove", at="bombers drove"),
             notes=("'Two bombers drove a truck loaded with explosives into the AU camp ... and detonated it.' -> the "
                    "attacking party (presence, as set (n)'s 'two attackers drove a lorry'). The group that claimed "
                    "the attack has its name lost in the conversion (' , a Somali militia, claimed responsibility'); "
                    "the following sentences name it Al-Shabaab -> al-Shabaab (surface null).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 52", num="52", value=52, low=52, qualifier="at least"), location=AU_CAMP, date=SUN09,
             source=S("The group claims"), trigger=T("killed", at="people were killed and 34"),
             notes=("'The group claims that at least 52 people were killed and 34 others injured in the suicide "
                    "attack.' -> al-Shabaab's rival figure -> its own event (GUIDELINES 6). Bare 'people' -> actor "
                    "and civilian null.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("34 others", num="34", value=34), location=AU_CAMP, date=SUN09, source=S("The group claims"),
             trigger=T("injured", at="others injured in the suicide"), notes="'... and 34 others injured' -> as e4."),
        dict(id="e6", type="presence", actor=A(["BDI", "UGA"], "Burundi and Uganda", at="Burundi and Uganda  troops"),
             civilian=False, count=C("3,400", value=3400),
             location=L("Somalia", "SOM", None, None, None, 4, at="troops in Somalia"), date=D(None), source=None,
             trigger=T("There are", at="There are 3,400"),
             notes=("'There are 3,400 Burundi and Uganda  troops in Somalia, however, the AU peacekeeping force is "
                    "supposed to number 8,000.' -> the two contingents in one count -> list actor. No time expression "
                    "-> date null.")),
        dict(id="e7", type="presence", actor=A("AU", "AU", at="AU peacekeeping force is"), civilian=False,
             count=C("8,000", value=8000),
             location=L("Somalia", "SOM", None, None, None, 4, at="troops in Somalia"), date=D(None), source=None,
             planned=True, trigger=T("is supposed to number", at="is supposed to number"),
             notes=("'... the AU peacekeeping force is supposed to number 8,000.' -> the mandated strength (planned "
                    "presence, as set (s)). The 3,400 present are not a part of a planned figure -> no link.")),
    ],
    hard_negatives=[
        H("a truck loaded with explosives", "vehicle"),
        H("We will reinforce our contingent", "reinforcement with no count"),
        H("Mukhtar Robow", "named individual"),
        H("a January 31 election", "date"),
    ])

# ---------------------------------------------------------------- Pakistan 2009: attack on the Sri Lankan cricket team in Lahore
LIBERTY = L("near the liberty roundabout", "PAK", "Punjab", 31.51, 74.34, 2)
EIGHT_AM = D("2009-03-03", "at about 8.00 a.m local time")
ANN["wn_2009_03_03_pakistan_lahore_cricket_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("Six", value=6, at="Six policemen"), location=LIBERTY, date=EIGHT_AM, source=None,
             trigger=T("killed", at="were killed and seven"),
             notes=("'Pakistan Six policemen and a civilian driver were killed and seven members of the Sri Lankan "
                    "cricket team  have been injured in a coordinated gun and rocket attack by 12 to 14 gunmen in "
                    "Lahore , Pakistan  at about 8.00 a.m local time.' -> Pakistani police of the escort (actor from "
                    "context, surface null; police -> civilian false). Two groups with different civilian status and "
                    "no stated total (the headline's 'Seven') -> two events (as set (m)'s 'nine RAF and one Army "
                    "personnel'). A clock time in a same-day report -> 3 March 2009 (section 10). Place: the ambush "
                    "'near the liberty roundabout', just outside the Gaddafi stadium (next sentences; near a point, "
                    "precision 2).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("a civilian driver", num="a", value=1), location=LIBERTY, date=EIGHT_AM, source=None,
             trigger=T("killed", at="were killed and seven"),
             notes="'... and a civilian driver' -> one civilian (PAK by plain implication)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("LKA", "Sri Lankan", at="Sri Lankan cricket"),
             civilian=True, count=C("seven", value=7, at="seven members"), location=LIBERTY, date=EIGHT_AM,
             source=None, trigger=T("injured", at="have been injured"),
             notes=("'... seven members of the Sri Lankan cricket team  have been injured' -> cricketers -> civilian "
                    "true. The two players 'requiring hospital treatment' are a treatment breakdown (hard "
                    "negatives).")),
        dict(id="e4", type="presence", actor=A("militants", "gunmen", at="14 gunmen"), civilian=False,
             count=C("12 to 14", num="12 to 14", value=None, low=12, high=14, approx=True, qualifier="between"),
             location=LIBERTY, date=EIGHT_AM, source=None, trigger=T("attack", at="rocket attack by"),
             notes=("'... a coordinated gun and rocket attack by 12 to 14 gunmen ...' -> the attacking force "
                    "(presence); range -> low 12, high 14, qualifier 'between' (as set (n)'s '4 to 7'). Unnamed "
                    "gunmen ('No one has claimed responsibility') -> 'militants' (section 10).")),
    ],
    hard_negatives=[
        H("the third day of the second test", "ordinals of a cricket match"),
        H("two vehicles", "vehicles"),
        H("four sides", "not people"),
        H("The driver of the team bus was able to avoid injury", "negated injury"),
        H("no suspects have been arrested", "negated capture"),
        H("half an hour", "duration"),
        H("Tharanga Paranavithana", "named individual already counted (treatment status)"),
        H("Thilan Samaraweera", "named individual already counted (treatment status)"),
        H("2008 Mumbai attacks", "year"),
        H("2011 Cricket World Cup", "year"),
    ])

# ---------------------------------------------------------------- Syria 2019: US withdrawal announced before the Turkish offensive
ANN["wn_2019_10_08_syria_us_withdrawal"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="casualties", actor=A("SDF", "SDF", at="The SDF suffered"),
             civilian=False, count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands",
                                     at="thousands of casualties"),
             location=L("Raqqa", "SYR", "Raqqa", 35.95, 39.01, 1, at="the Raqqa battle"), date=D(None),
             source=S("McGurk later wrote"), trigger=T("casualties", at="thousands of casualties"),
             notes=("'McGurk later wrote, \"The SDF suffered thousands of casualties in the Raqqa battle. ...\"' -> "
                    "'casualties' with no kind -> outcome 'casualties'. 'thousands' -> low 2000 (SPEC). The text does "
                    "not date the battle -> date null. Place: the city of the battle (precision 1). 'Not a single "
                    "American life was lost' is a negated casualty (hard negative).")),
        dict(id="e2", type="presence", actor=A("ISIS"), civilian=False,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands", at="thousands of fighters"),
             location=L("Syria", "SYR", None, None, None, 4, at="ISIS in Syria"), date=D(None),
             source=S("Graham continued"), trigger=T("there's", at="there's thousands"),
             notes=("'\"ISIS is not defeated [...] The caliphate's destroyed, but there's thousands of fighters over "
                    "there. ...\", Graham continued.' -> ISIS fighters still present (the group is named in the same "
                    "quote; surface null). 'over there' = Syria, the country of the article (precision 4, from "
                    "context). Present tense, no time expression -> date null.")),
    ],
    hard_negatives=[
        H("captured ISIS fighters which", "no count"),
        H("two million Syrian refugees", "refugees (displaced), not an event"),
        H("three-and-a-half million", "refugees (displaced), not an event"),
        H("Not a single American life was lost", "negated casualty"),
        H("100%", "percentage"),
        H("The [US] casualties destroying the caliphate was very low", "no count"),
        H("Leaving them to die", "no count"),
    ])


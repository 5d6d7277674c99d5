# -*- coding: utf-8 -*-
"""Gold annotations of set (k), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts without a known centre, offsets and countries, as in sets (g)-(j)) and ACLED-style
precision (1 point, 2 near a point or part of a city, 3 region/province/district/sea area, 4 country or wider).
Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Nepal 2002 (VOA)
SIND = L("a remote mountainous village in Sindhuli district", "NPL", "Bagmati", None, None, 3)
OVN = D("2002-09-07/2002-09-08", "overnight", at="in an overnight attack")
OVN_D = D("2002-09-07/2002-09-08", "overnight", at="in an overnight attack", derived_from_context=True)
AUTH = S("Authorities in Nepal say")
ANN["voa_2002_09_08_nepal_sindhuli_police_post"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("NPL"), civilian=False,
             count=C("at least 40", num="40", value=40, low=40, qualifier="at least"),
             location=SIND, date=OVN, source=AUTH, trigger=T("killed", at="have killed at least"),
             notes=("'Authorities in Nepal say Maoist rebels have killed at least 40 policemen and wounded 19 others "
                    "in an overnight attack on a police post.' -> Nepalese police (actor from context: the police "
                    "of the country the story is about, surface null; police -> civilian false, GUIDELINES 3). "
                    "'overnight' in a Sunday 8 September 2002 story -> the night of 7-8 September (interval). "
                    "Place: the next paragraph puts the post 'in a remote mountainous village in Sindhuli district' "
                    "(derived; no village name -> district level, precision 3; admin1 = today's Bagmati Province).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("19", value=19, at="19 others"), location=SIND, date=OVN, source=AUTH,
             trigger=T("wounded", at="wounded 19"),
             notes=("'... and wounded 19 others' -> bare 'others' -> actor and civilian null, as sets (i) and (j) "
                    "decided for 'wounded 15 others' / 'six others' (close call: a tool that gives NPL is near).")),
        dict(id="e3", type="presence", actor=A("Maoists"), civilian=False,
             count=C("hundreds", value=None, low=200, approx=True, qualifier="hundreds", at="hundreds of rebels"),
             location=SIND, date=OVN_D, source=S("Officials say", at="Officials say hundreds"),
             trigger=T("attacked", at="rebels attacked the police post"),
             notes=("'Officials say hundreds of rebels attacked the police post in a remote mountainous village in "
                    "Sindhuli district ...' -> the size of an attacking force is annotated as presence (GUIDELINES "
                    "2). The rebels are the 'Maoist rebels' of the lede -> named group 'Maoists' (surface null, the "
                    "sentence says only 'rebels'). Day of the overnight attack from the lede (derived).")),
        dict(id="e4", type="presence", actor=A("NPL"), civilian=False,
             count=C("about 70", num="70", value=70, approx=True, qualifier="about"),
             location=SIND, date=OVN_D, source=S("Junior Home Minister Devendra Raj Kandel says"),
             trigger=T("present", at="were present at the post"),
             notes=("'Junior Home Minister Devendra Raj Kandel says about 70 policemen were present at the post when "
                    "it was surrounded by the guerrillas.' -> a force present at a place (presence), Nepalese "
                    "police (context). The 40 dead are presumably among the 70; the text does not say so -> no "
                    "part_of. Place and night derived from the first two paragraphs.")),
        dict(id="e5", type="casualty", outcome="missing", actor=A("NPL"), civilian=False,
             count=C("Several", value=None, low=3, approx=True, qualifier="several", at="Several policemen"),
             location=SIND, date=OVN_D, source=None, trigger=T("missing", at="are missing"),
             notes=("'Several policemen are missing. Officials say they may have fled into the surrounding "
                    "jungles.' -> missing, 'several' (low 3). The sentence has no attribution ('Officials say' "
                    "belongs to the next sentence) -> source null. Place and night of the attack (derived).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("More than 4,700", num="4,700", value=4700, low=4700, qualifier="more than"),
             location=L("Nepal", "NPL", None, None, None, 4, at="turn Nepal into"),
             date=D("1996/2002-09-08", "six years ago", at="six years ago", derived_from_context=True, approx=True),
             source=None, cumulative=True, trigger=T("killed", at="have been killed in the rebellion"),
             notes=("'More than 4,700 people have been killed in the rebellion, more than half of them have died in "
                    "the ten months since the emergency was imposed.' -> running total of the rebellion (cumulative), "
                    "from its start 'six years ago' (fifth paragraph; derived, approx) to the publication day. Bare "
                    "'people' -> actor and civilian null. Place: the rebellion to 'turn Nepal into a communist "
                    "republic' -> country level (derived). 'more than half of them' is a share, not a count (hard "
                    "negative).")),
    ],
    hard_negatives=[
        H("ten days ago", "time expression", at="was lifted ten days ago"),
        H("about 150 kilometers", "distance"),
        H("Reinforcements sent to the area", "troops sent with no count"),
        H("six years ago", "time expression"),
        H("a series of small bomb blasts", "incidents, not people"),
        H("several key opposition parties", "political parties, not casualties or troops"),
        H("several bloody attacks", "count of attacks"),
        H("less than two months", "duration"),
        H("more than half of them", "a share of the 4,700, not a count (GUIDELINES 2: percentages/shares on their own)"),
        H("the ten months", "duration"),
    ])

# ---------------------------------------------------------------- Philippines 2002 (AFPS)
ANN["afps_2002_06_20_philippines_basilan_advisers"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "U.S.", at="160 U.S."), civilian=False,
             count=C("Roughly 160", num="160", value=160, approx=True, qualifier="roughly"),
             location=L("the island nation", "PHL", None, None, None, 4, at="terrorists in the island nation"),
             date=D("2002-02/2002-06-20", "since February", at="battalions since February"), source=None,
             part_of="e2", trigger=T("working", at="have been working"),
             notes=("'Roughly 160 U.S. special operations advisers have been working with Philippine army battalions "
                    "since February.' -> a force operating in a country (presence) since February 2002 -> interval "
                    "February - publication day. Place: 'the island nation' of the lede (the Philippines; derived, "
                    "country level; the advisers were on Basilan, but the sentence does not say so). The fourth "
                    "paragraph says these special operations forces 'are part of roughly 1,300 U.S. troops in the "
                    "Philippines' -> part_of e2. Article voice -> source null.")),
        dict(id="e2", type="presence", actor=A("USA", "U.S.", at="1,300 U.S."), civilian=False,
             count=C("roughly 1,300", num="1,300", value=1300, approx=True, qualifier="roughly"),
             location=L("the Philippines", "PHL", None, None, None, 4, at="troops in the Philippines"),
             date=D(None), source=None, is_total=True, trigger=T("are part of", at="are part of roughly"),
             notes=("'The special operations forces training Philippine soldiers are part of roughly 1,300 U.S. "
                    "troops in the Philippines.' -> presence of the whole US force, total of e1 (160) and 'the rest' "
                    "(Navy engineers, Marine security force and aviation support; no count). No time expression in "
                    "the sentence -> date null. The figure is in the article's voice (Davis explains 'the rest' in "
                    "the next sentence) -> source null (close call).")),
    ],
    hard_negatives=[
        H("Philippine army battalions", "units, no head count"),
        H("the company level", "unit level, not a count"),
        H("the battalion level", "unit level, not a count"),
        H("the rest", "the remainder of the 1,300, no count"),
        H("Navy engineers and their Marine security force", "no count"),
        H("The number of guerrillas has fallen", "no count"),
        H("murders, robberies and kidnappings", "no count"),
    ])

# ---------------------------------------------------------------- Haiti 2004 (AFPS)
ANN["afps_2004_02_23_haiti_marine_fast_team"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("A team of 50", num="50", value=50),
             location=L("the U.S. Embassy in Port-au-Prince, Haiti", "HTI", "Ouest", 18.54, -72.34, 1),
             date=D(None), source=S("U.S. Southern Command confirmed"), reported_date="2004-02-23",
             trigger=T("departed", at="has departed"),
             notes=("'A team of 50 Marines has departed the United States to beef up security for the U.S. Embassy "
                    "in Port-au-Prince, Haiti, U.S. Southern Command confirmed today.' -> deployment of 50 US Marines "
                    "(actor from context, surface null; 'Marines' of the US). Destination: the embassy in "
                    "Port-au-Prince (precision 1, the city's position); 'the United States' is the origin. The text "
                    "gives only the day of the confirmation ('today' = 23 February 2004), not the day they left -> "
                    "date null, reported_date (GUIDELINES 5). Count phrase 'A team of 50' (the head count of the "
                    "team; not a unit-only size). A different deployment from the blind set's 1 March 2004 story "
                    "(the multinational interim force).")),
        dict(id="e2", type="presence", actor=A("USA"), civilian=False,
             count=C("four-man", num="four", value=4, at="The four-man"),
             location=L("Haiti", "HTI", None, None, None, 4, at="its work in Haiti"),
             date=D(None), source=None, trigger=T("is in the country", at="team is in the country"),
             notes=("'The four-man assessment team is in the country to check on the security of the embassy and "
                    "its staff.' -> a team of four present in Haiti (presence); a US Southern Command team (third "
                    "paragraph; actor from context). 'the country' = Haiti, named where the team is first mentioned "
                    "('continues its work in Haiti'; derived), country level. No time expression for its presence "
                    "('requested ... last week' dates the request) -> date null. 'four-man' is a head count written "
                    "as an adjective (value 4).")),
    ],
    hard_negatives=[
        H("the Marine security detachment", "no count"),
        H("a Southern Command assessment team", "first mention of the four-man team, no count word"),
        H("the country's second largest city", "ordinal of a city, not a count"),
        H("the police station", "a building"),
        H("the FAST deployment", "restatement of the 50, no count"),
        H("all American citizens", "civilians urged to leave, no count"),
        H("About 20,000 Americans live in the nation", "civilians living in Haiti, not troops or casualties"),
        H("all family members and nonessential personnel", "civilian staff ordered to leave, no count"),
        H("Some international aid organizations", "organizations, no count"),
    ])

# ---------------------------------------------------------------- Darfur airlift 2004 (EUCOM)
KIGALI = L("Kigali, Rwanda", "RWA", "Kigali", -1.95, 30.06, 1)
ANN["eucom_2004_10_22_darfur_airlift_advance_team"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "U.S.", at="30 U.S."), civilian=False,
             count=C("About 30", num="30", value=30, approx=True, qualifier="about"),
             location=KIGALI, date=D("2004-10-21", "Oct. 21", at="Rwanda, Oct. 21"), source=None,
             trigger=T("arrived", at="arrived in Kigali"),
             notes=("'About 30 U.S. Air Force members from U.S. European Command arrived in Kigali, Rwanda, Oct. 21 "
                    "to begin preparations to support a two-week airlift mission ...' -> deployment (troops "
                    "arriving), destination Kigali (precision 1), 21 October 2004. Airmen are military -> civilian "
                    "false. The release's own voice -> source null.")),
        dict(id="e2", type="deployment", actor=A("USA"), civilian=False,
             count=C("about 120", num="120", value=120, approx=True, qualifier="about", at="about 120 Airmen"),
             location=L("Kigali", "RWA", "Kigali", -1.95, 30.06, 1, at="arrive in Kigali"),
             date=D("2004-10-22/2004-10-31", "in the next several days", approx=True), source=None, planned=True,
             trigger=T("expected to arrive"),
             notes=("'Two U.S. Air Forces in Europe C-130 aircraft and about 120 Airmen from Ramstein's 86th Airlift "
                    "Wing and 435th Air Base Wing are expected to arrive in Kigali to begin the airlift in the next "
                    "several days.' -> announced arrival (planned). 'in the next several days' from the inferred "
                    "release day (22 October 2004) -> the rest of October, approx (close call). US airmen (actor "
                    "from context; the sentence names US Air Forces in Europe for the aircraft). The wings are units "
                    "(hard negatives); the aircraft are not people.")),
    ],
    hard_negatives=[
        H("a two-week airlift mission", "duration"),
        H("Rwandan peacekeepers", "peacekeepers to be airlifted, no count"),
        H("Two U.S. Air Forces in Europe C-130 aircraft", "aircraft, not people"),
        H("86th Airlift Wing", "unit number, not a count"),
        H("435th Air Base Wing", "unit number, not a count"),
        H("The majority of team members", "a share of the team, not a count"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2006 (VOA)
NCOAST = L("off the northern coast", "LKA", "Northern", None, None, 3)
NAVY = S("Sri Lanka's navy says")
ANN["voa_2006_05_11_sri_lanka_sea_battle"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LKA"), civilian=False,
             count=C("at least 15", num="15", value=15, low=15, qualifier="at least"),
             location=NCOAST, date=D(None), source=NAVY, trigger=T("killed", at="have been killed"),
             notes=("'Sri Lanka's navy says at least 15 sailors have been killed and more than 30 Tamil Tiger rebels "
                    "are believed dead after the rebels sank a navy patrol boat during a sea battle off the northern "
                    "coast.' -> Sri Lankan navy sailors (the navy's own; actor from context, surface null). The text "
                    "has no time expression for the battle ('a day after' an envoy's statement of unknown date) -> "
                    "date null (the battle was on 11 May 2006, annotator's knowledge). 'off the northern coast' -> sea "
                    "area, precision 3, admin1 Northern (close call).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("LTTE", "Tamil Tiger", at="Tamil Tiger rebels are"),
             civilian=False, count=C("more than 30", num="30", value=30, low=30, qualifier="more than"),
             location=NCOAST, date=D(None), source=NAVY, hedge="believed",
             trigger=T("dead", at="believed dead"),
             notes=("'... and more than 30 Tamil Tiger rebels are believed dead' -> killed (implied by 'dead'), named "
                    "group (LTTE); 'are believed' is a hedge without its own speaker (GUIDELINES 5) -> hedge, the "
                    "navy remains the source.")),
        dict(id="e3", type="deployment", actor=A("LKA"), civilian=False,
             count=C("more than 700", num="700", value=700, low=700, qualifier="more than"),
             location=None, date=D(None), source=S("The navy says"), trigger=T("carrying", at="ferry carrying"),
             notes=("'The navy says the boat was part of a convoy escorting a ferry carrying more than 700 troops.' "
                    "-> troops being moved by sea -> deployment (close call: a scorer may read it as presence). "
                    "The destination is not stated (the ferry was bound for the Jaffna peninsula, annotator's "
                    "knowledge) -> location null. Sri Lankan troops (context).")),
    ],
    hard_negatives=[
        H("a navy patrol boat", "a vessel"),
        H("a boat loaded with explosives", "a vessel"),
        H("at least three rebel vessels", "vessels, not people"),
        H("one of their representatives", "a truce monitor travelling with the soldiers, not a casualty"),
        H("Air Force fighter jets", "aircraft"),
        H("a day after", "time expression"),
    ])

# ---------------------------------------------------------------- Lebanon 2006 (AFPS via DVIDS)
ANN["afps_2006_08_14_lebanon_evacuation_servicemembers"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "American", at="American servicemembers"), civilian=False,
             count=C("about 6,000", num="6,000", value=6000, approx=True, qualifier="about"),
             location=L("off the coast of Lebanon", "LBN", None, None, None, 3, at="remain off the coast"),
             date=D(None), source=None, trigger=T("participating", at="are participating"),
             notes=("'All told, about 6,000 American servicemembers are participating in the operation.' -> the size "
                    "of the force taking part in the evacuation operation (presence). Place: the operation's ships "
                    "'remain off the coast of Lebanon' (third paragraph; derived) -> sea area, precision 3. No time "
                    "expression -> date null. The figure is in the article's voice -> source null (close call: it "
                    "may be Whitman's).")),
    ],
    hard_negatives=[
        H("21 more Americans", "civilians evacuated, not a casualty, deployment or presence"),
        H("14,876", "running total of evacuated civilians, out of scope"),
        H("only trickles of people", "no count"),
        H("Seven vessels", "ships, not people"),
        H("the 24th Marine Expeditionary Unit", "unit, no head count"),
        H("The destroyers USS Cole and USS Barry", "ships"),
        H("CH-53 Sea Stallion and CH-46 Chinook helicopters", "aircraft"),
        H("The other vessels", "ships"),
    ])

# ---------------------------------------------------------------- Somalia March 2008 (VOA)
SUN3 = D("2008-03-23", "Sunday", at="clashes Sunday")
SUN3_D = D("2008-03-23", "Sunday", at="clashes Sunday", derived_from_context=True)
WIT = S("Witnesses in Somalia's capital say")
DABKA = L("Dabka intersection in Mogadishu", "SOM", "Banadir", 2.04, 45.34, 2)
ANN["voa_2008_03_24_somalia_dabka_clashes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least five", num="five", value=5, low=5, qualifier="at least"),
             location=L("Somalia's capital", "SOM", "Banadir", 2.04, 45.34, 1), date=SUN3, source=WIT,
             is_total=True, trigger=T("killed", at="people were killed in clashes"),
             notes=("'Witnesses in Somalia's capital say at least five people were killed in clashes Sunday.' -> "
                    "total (Sunday 23 March 2008 in a Monday story); it is broken down into the four at Dabka (e2) "
                    "and the child (e5), 4 + 1 = 5. Bare 'people', soldiers and civilians mixed -> actor and "
                    "civilian null. 'Somalia's capital' = Mogadishu (precision 1).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("four", value=4, at="four people"), location=DABKA, date=SUN3_D, source=WIT, part_of="e1",
             is_total=True, trigger=T("killed", at="four people were killed"),
             notes=("'They say four people were killed when armed men attacked a group of government soldiers at "
                    "Dabka intersection in Mogadishu.' -> part of the five and itself the total of 'Three' soldiers "
                    "(e3) and 'one civilian' (e4). 'They say' resolved to the witnesses of the lede (GUIDELINES 5). "
                    "An intersection in the city -> precision 2. Day from the lede (derived).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("Three", value=3, at="Three of those"), location=DABKA, date=SUN3_D, source=WIT, part_of="e2",
             trigger=T("killed", at="those killed"),
             notes=("'Three of those killed were soldiers, while one civilian, reportedly a doctor, was killed in the "
                    "crossfire.' -> the 'government soldiers' attacked at Dabka -> Somali government troops (actor "
                    "from context). Part of the four.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("one civilian", num="one", value=1), location=DABKA, date=SUN3_D, source=WIT, part_of="e2",
             trigger=T("killed", at="was killed in the crossfire"),
             notes=("'... one civilian, reportedly a doctor, was killed in the crossfire.' -> value 1, civilian; a "
                    "civilian in Mogadishu -> SOM by plain implication (section 10). 'reportedly' hedges his being a "
                    "doctor, not the death -> no hedge.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("a two-year-old child", num="a", value=1),
             location=L("Mogadishu", "SOM", "Banadir", 2.04, 45.34, 1, at="Elsewhere in Mogadishu"),
             date=SUN3_D, source=S("local residents say"), part_of="e1", trigger=T("killing", at="killing a two"),
             notes=("'Elsewhere in Mogadishu, local residents say Somali forces opened fire at civilians, killing a "
                    "two-year-old child and wounding the mother.' -> value 1 (an age is not a count, GUIDELINES 2); "
                    "civilian, SOM by plain implication. Part of the lede's five (4 + 1); day from the lede "
                    "(derived, close call). 'the mother' has no count word (hard negative, like 'the Afghan "
                    "translator').")),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands",
                     at="thousands of people"),
             location=L("Mogadishu", "SOM", "Banadir", 2.04, 45.34, 1, at="in Mogadishu alone"),
             date=D("2006-10/2008-03-24", "late 2006", at="late 2006", derived_from_context=True, approx=True),
             source=None, cumulative=True, trigger=T("killed", at="has killed thousands"),
             notes=("'The fighting has killed thousands of people in Mogadishu alone and forced at least a "
                    "half-million others to flee the city.' -> running total (cumulative), 'thousands' (low 2000, as "
                    "sets (b), (d), (g)). The fighting is the insurgency that 'began ... in late 2006' (last "
                    "paragraph; derived, approx) -> interval late 2006 - publication day. Bare 'people' -> actor and "
                    "civilian null. The half-million who fled are displaced people (hard negative).")),
    ],
    hard_negatives=[
        H("armed men", "attackers with no count"),
        H("a group of government soldiers", "no count"),
        H("the mother", "a person with no count word (GUIDELINES 2: 'the Afghan translator')"),
        H("opposition clan elders", "no count"),
        H("at least a half-million others", "displaced people, out of scope"),
        H("for more than a year", "duration"),
    ])

# ---------------------------------------------------------------- Somalia April 2008 (VOA)
ANN["voa_2008_04_06_somalia_mogadishu_clashes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SOM"), civilian=None,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several soldiers"),
             location=L("Somalia's capital Mogadishu", "SOM", "Banadir", 2.04, 45.34, 1),
             date=D("2008-04-05", "Saturday", at="killed Saturday"),
             source=S("Witnesses in Somalia's capital Mogadishu say"), trigger=T("killed", at="were killed Saturday"),
             notes=("'Witnesses in Somalia's capital Mogadishu say several soldiers and civilians were killed Saturday "
                    "in multiple clashes between Islamist insurgents and government troops.' -> one count "
                    "('several') over soldiers and civilians of the same country: government soldiers and "
                    "Mogadishu civilians -> SOM (context); the mix of soldiers and civilians with no proportion -> "
                    "civilian null (close call). Saturday 5 April 2008 in a Sunday story.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("SOM", "Somalis", at="thousands of Somalis"),
             civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands", at="thousands of Somalis"),
             location=L("southern Somalia", "SOM", None, None, None, 3), 
             date=D("2006-12/2008-04-06", "during the past 16 months", approx=True), source=None, cumulative=True,
             trigger=T("killed", at="has killed thousands"),
             notes=("'Fighting between the insurgents and pro-government forces has killed thousands of Somalis "
                    "during the past 16 months.' -> running total, 'thousands' (low 2000); 16 months back from 6 "
                    "April 2008 -> December 2006 (approx). 'Somalis' -> SOM, civilian null. Place: the insurgency "
                    "'in southern Somalia' of the fourth paragraph (derived; region, precision 3; close call).")),
    ],
    hard_negatives=[
        H("There were no reports of Islamist fighters dying", "negated casualties"),
        H("casualty figures", "no count"),
        H("several Somali towns", "towns, not people"),
        H("freeing prisoners", "prisoners freed by insurgents, no count"),
        H("more than one year ago", "time expression"),
    ])

# ---------------------------------------------------------------- Ukraine 2014 (VOA)
SUN_U = D("2014-08-03", "Sunday", at="continued Sunday", derived_from_context=True)
ANN["voa_2014_08_03_ukraine_donetsk_luhansk_shelling"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("six", value=6, at="six people"),
             location=L("Donetsk", "UKR", "Donetsk", 48.00, 37.80, 1, at="officials in Donetsk"), date=SUN_U,
             source=S("Local officials in Donetsk say"), trigger=T("killed", at="were killed there"),
             notes=("'Local officials in Donetsk say six people were killed there in shelling between the two sides.' "
                    "-> bare 'people' -> actor and civilian null. 'there' = Donetsk (the city, precision 1). No day in "
                    "the sentence; the lede's 'continued Sunday' (3 August 2014) is used (derived, close call: the "
                    "shelling may have been overnight).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("three", value=3, at="three other"),
             location=L("Luhansk", "UKR", "Luhansk", 48.57, 39.33, 1, at="killed in Luhansk"), date=SUN_U,
             source=S("An official tells Reuters news agency"), trigger=T("killed", at="were killed in Luhansk"),
             notes=("'An official tells Reuters news agency three other people were killed in Luhansk.' -> a separate "
                    "claim from a different source and place; not linked to e1 (the headline's 9 = 6 + 3 is not in "
                    "the body, so there is no total event). Day as e1 (derived).")),
    ],
    hard_negatives=[
        H("for a third day", "duration"),
        H("a plane crash", "an incident, no count"),
        H("the two sides", "the parties, not a count of people"),
    ])

# ---------------------------------------------------------------- Philippines 2016 (VOA)
BASILAN = L("the southwestern island province of Basilan", "PHL", "Bangsamoro", None, None, 3)
SAT_P = D("2016-04-09", "Saturday", at="Saturday's fighting", derived_from_context=True)
SAT_P0 = D("2016-04-09", "Saturday", at="Saturday's fighting")
MIL = S("The Philippine military said")
SPOK = S("A military spokesman said")
ANN["voa_2016_04_10_philippines_basilan_abu_sayyaf"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PHL"), civilian=False,
             count=C("18", value=18, at="18 of its"), location=BASILAN, date=SAT_P, source=MIL,
             trigger=T("killed", at="were killed and more"),
             notes=("'The Philippine military said Sunday that 18 of its soldiers were killed and more than 50 others "
                    "were wounded in a 10-hour firefight with Abu Sayyaf extremists in the southwestern island "
                    "province of Basilan.' -> Philippine soldiers ('its' = the military's; actor from context, "
                    "surface null). 'Sunday' is the reporting day; the firefight is 'Saturday's fighting' in the "
                    "next paragraph (derived) -> 9 April 2016. Place: the province (precision 3; the fighting 'near "
                    "the Basilan towns of Tipo Tipo and Al-Barka' names two towns, so the province is kept). "
                    "Source: 'The Philippine military said' (the day word left out, section 10).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 50", num="50", value=50, low=50, qualifier="more than"),
             location=BASILAN, date=SAT_P, source=MIL, trigger=T("wounded", at="others were wounded in a 10"),
             notes=("'... and more than 50 others were wounded' -> bare 'others' -> actor and civilian null (sets (i) "
                    "and (j); close call: a tool that gives PHL is near).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("Abu Sayyaf"), civilian=False,
             count=C("at least five", num="five", value=5, low=5, qualifier="at least"),
             location=BASILAN, date=SAT_P0, source=SPOK, trigger=T("died", at="militants died"),
             notes=("'A military spokesman said at least five militants died and 20 others were wounded in "
                    "Saturday's fighting.' -> the militants of the firefight 'with Abu Sayyaf extremists' (lede) -> "
                    "named group (surface null: the sentence says 'militants'). 'He said the dead included a "
                    "Moroccan national' restates one of them (no count word, hard negative).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("20", value=20, at="20 others"), location=BASILAN, date=SAT_P0, source=SPOK,
             trigger=T("wounded", at="others were wounded in Saturday"),
             notes=("'... and 20 others were wounded in Saturday's fighting' -> bare 'others' -> actor and civilian "
                    "null, as e2 (close call: the sentence is about militants; a tool that gives Abu Sayyaf is "
                    "near).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("PHL"), civilian=False,
             count=C("four", value=4, at="four of the soldiers"), location=BASILAN, date=SAT_P,
             source=S("The Philippine Daily Inquirer reported"), part_of="e1", trigger=T("beheaded"),
             notes=("'The Philippine Daily Inquirer reported that an entire military platoon \"was wiped out\" and "
                    "that four of the soldiers were beheaded.' -> four of the dead soldiers, a breakdown of the 18 "
                    "(part_of e1) from another source (close call: beheading may have followed death; it is kept "
                    "as a killed part). 'an entire military platoon' is a unit with no head count (hard negative).")),
        dict(id="e6", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("as many as 18", num="18", value=18, high=18, approx=True, qualifier="as many as",
                     at="as many as 18"),
             location=L("Basilan and nearby Joso island", "PHL", "Bangsamoro", None, None, 3), date=D(None),
             source=S("Authorities said", at="Authorities said the military"), is_total=True,
             trigger=T("captive", at="18 captive"),
             notes=("'Authorities said the military force had been hunting the militants in Basilan and nearby Joso "
                    "island for the past two weeks, in a push to free as many as 18 captive foreigners, including "
                    "several Canadians and a European kidnapped from a local beach resort last year.' -> captives "
                    "held (captured, GUIDELINES 2), upper bound ('as many as', as sets (d), (j)); foreigners of "
                    "several nationalities -> actor null; tourists/foreign nationals held hostage -> civilian true. "
                    "Place: the islands where they are held and hunted for (two islands -> precision 3; 'Joso' is the "
                    "source's spelling of Jolo, which is in Sulu, not Bangsamoro's Basilan - admin1 kept as "
                    "Bangsamoro, close call). No time expression for their captivity as a whole -> date null. "
                    "Total of e7 and e8.")),
        dict(id="e7", type="casualty", outcome="captured", actor=A("CAN", "Canadians", at="several Canadians"),
             civilian=True,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several Canadians"),
             location=L("a local beach resort", "PHL", None, None, None, 4),
             date=D("2015", "last year", at="resort last year"), source=S("Authorities said", at="Authorities said the military"),
             part_of="e6", trigger=T("kidnapped", at="European kidnapped"),
             notes=("'... including several Canadians and a European kidnapped from a local beach resort last year' -> "
                    "kidnapping (captured) in 2015 ('last year' in a 2016 story); the resort is not named (Samal "
                    "Island, Davao del Norte, annotator's knowledge) -> the phrase with country PHL only ('local'), "
                    "precision 4 (close call). Part of the 18.")),
        dict(id="e8", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("a European", num="a", value=1), location=L("a local beach resort", "PHL", None, None, None, 4),
             date=D("2015", "last year", at="resort last year"), source=S("Authorities said", at="Authorities said the military"),
             part_of="e6", trigger=T("kidnapped", at="European kidnapped"),
             notes=("'... and a European kidnapped ...' -> value 1 (singular determiner); 'European' names no country "
                    "-> actor null (a Norwegian, annotator's knowledge). Place and year as e7.")),
    ],
    hard_negatives=[
        H("a 10-hour firefight", "duration"),
        H("a Moroccan national", "one of the five dead militants restated, no new count"),
        H("an entire military platoon", "unit, no head count"),
        H("the worst single day of government combat casualties", "no count"),
        H("the past two weeks", "duration"),
        H("some of the captives", "no count"),
        H("their prisoners", "restatement of the captives, no count"),
        H("many of the militants", "no count"),
        H("founded in 1991", "year"),
    ])

# ---------------------------------------------------------------- Iraq 2020 (VOA)
TAJI = L("Camp Taji", "IRQ", "Baghdad", 33.52, 44.26, 1, at="rockets at Camp Taji")
ANN["voa_2020_03_11_iraq_camp_taji_rockets"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="two U.S. servicemembers"),
             civilian=False, count=C("two", value=2, at="two U.S. servicemembers"), location=TAJI, date=D(None),
             source=S("U.S. Central Command spokesman, Capt. Bill Urban confirmed"),
             alt_mentions=[S("Two Americans")], trigger=T("killed", at="coalition, were killed"),
             notes=("'U.S. Central Command spokesman, Capt. Bill Urban confirmed to VOA that two U.S. servicemembers, "
                    "along with another member of the U.S.-led coalition, were killed.' -> the fuller, attributed "
                    "statement is primary; the lede's 'Two Americans ... are dead' summarises it (alt mention, "
                    "GUIDELINES 6). Place: Camp Taji, named in the second paragraph for the attack (the lede's 'a "
                    "military base north of Baghdad'), precision 1. The story has no day word for the attack (it was "
                    "on 11 March 2020, the publication day) -> date null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("coalition", "coalition", at="U.S.-led coalition"),
             civilian=False, count=C("another member of the U.S.-led coalition", num="another", value=1),
             location=TAJI, date=D(None), source=S("U.S. Central Command spokesman, Capt. Bill Urban confirmed"),
             actor_alt="GBR", alt_mentions=[S("a coalition servicemember")],
             trigger=T("killed", at="coalition, were killed"),
             notes=("'... along with another member of the U.S.-led coalition, were killed.' -> value 1 ('another'); "
                    "the multinational force is named and the contingent comes from context ('Media reports said the "
                    "third servicemember was from Britain') -> actor coalition, actor_alt GBR (GUIDELINES 3). The "
                    "lede's 'a coalition servicemember' is an alt mention. No total event: the text never states "
                    "'three' dead (only 'the third servicemember', an ordinal that identifies, not a running total).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(["USA", "coalition"], "U.S. and coalition",
                                                                 at="both U.S. and coalition"),
             civilian=False, count=C("Twelve", value=12, at="Twelve more"), location=TAJI, date=D(None), source=None,
             alt_mentions=[S("a dozen")], is_total=True, trigger=T("injured", at="contractor were injured"),
             notes=("'Twelve more people, including both U.S. and coalition troops and a contractor were injured.' "
                    "-> the fuller sentence is primary, the lede's 'a dozen more wounded' an alt mention. One count "
                    "over US and coalition troops -> list actor; mostly troops -> civilian false (set (j)'s 'mostly "
                    "security forces'). Article voice -> source null. Total of the contractor (e4); the troops have "
                    "no separate count.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("a contractor", num="a", value=1, at="a contractor were"), location=TAJI, date=D(None),
             source=None, part_of="e3", trigger=T("injured", at="contractor were injured"),
             notes=("'... and a contractor were injured' -> value 1, a civilian contractor (civilian true); "
                    "nationality not stated -> actor null. Part of the twelve.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. contractor"), civilian=True,
             count=C("a U.S. contractor", num="a", value=1),
             location=L("a base near the oil-rich city of Kirkuk", "IRQ", "Kirkuk", 35.47, 44.39, 2),
             date=D("2019-12", "this past December"), source=None, trigger=T("killed", at="December killed"),
             notes=("'One such attack by the Kataib Hezbollah militia this past December killed a U.S. contractor at a "
                    "base near the oil-rich city of Kirkuk.' -> an earlier incident: December 2019 ('this past "
                    "December' in a March 2020 story), near Kirkuk (precision 2). A contractor -> civilian true.")),
    ],
    hard_negatives=[
        H("about 30 rockets", "rockets, not people"),
        H("18 of which", "rockets that hit the base"),
        H("the third servicemember", "an ordinal identifying one of the three dead, not a count or running total"),
        H("only ten rockets", "rockets"),
        H("no one had been killed or injured", "negated casualties (the early Iraqi report)"),
        H("a series of retaliatory strikes", "strikes, not people"),
    ])

# ---------------------------------------------------------------- Nagorno-Karabakh 2020 (VOA)
ANN["voa_2020_09_27_nagorno_karabakh_fighting"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("30,000", value=30000, at="killed 30,000"),
             location=L("Nagorno-Karabakh", "AZE", None, None, None, 3, at="seized Nagorno-Karabakh"),
             date=D("1990/1999", "in the 1990s", approx=True), source=None, cumulative=True,
             trigger=T("killed", at="that killed 30,000"),
             notes=("'Armenian separatists seized Nagorno-Karabakh from Azerbaijan in a bloody war in the 1990s that "
                    "killed 30,000 people.' -> death toll of the first war (cumulative), dated by the decade given "
                    "(approx; the war ran 1988-1994, annotator's knowledge). Bare 'people' -> actor and civilian "
                    "null. Place: the region (internationally part of Azerbaijan -> AZE), precision 3. The article's "
                    "only event: the day's fighting is told without any count of people.")),
    ],
    hard_negatives=[
        H("two Azerbaijani military helicopters and three drones", "aircraft, not people"),
        H("only one Azerbaijani helicopter", "aircraft"),
        H("its crew had survived", "no casualties, no count"),
        H("attacks on civilian settlements", "no count"),
        H("Baku\u2019s forces", "no count"),
        H("a 1994 cease-fire agreement", "year"),
    ])

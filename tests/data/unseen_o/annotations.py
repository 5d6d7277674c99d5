# -*- coding: utf-8 -*-
"""Gold annotations of set (o), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(n)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`.
"""

from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Thailand 2004: Pattani / Krue Se clashes
WED_TH = D("2004-04-28", "Wednesday", at="Wednesday's pre-dawn", derived_from_context=True)
ANN["voa_2004_04_29_thailand_pattani_clashes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 107", num="107", value=107, low=107, qualifier="at least"),
             location=L("southern Thailand", "THA", None, None, None, 3),
             date=D("2004-04-28", "a day after"), source=None, trigger=T("killed", at="militants killed"),
             notes=("'Security in southern Thailand remains extremely tight a day after deadly clashes between "
                    "government soldiers and militants killed at least 107 people.' -> a Thursday story (29 April "
                    "2004), so 'a day after' puts the clashes on Wednesday 28 April 2004, which the fourth "
                    "sentence confirms ('Wednesday's pre-dawn raids'). 'people': the clause does not say which side "
                    "the dead belonged to (the text never splits the toll), so actor and civilian are null (close "
                    "call: the toll may cover both sides, but the text does not say so). In VOA's own voice -> "
                    "source null. Region as written (precision 3).")),
        dict(id="e2", type="presence", actor=A("militants", "militants", at="30 militants"), civilian=False,
             count=C("some 30", num="30", value=30, approx=True, qualifier="some"),
             location=L("a mosque in Pattani", "THA", "Pattani", 6.87, 101.25, 2), date=WED_TH, source=None,
             trigger=T("cornered"),
             notes=("'Heavy fighting also destroyed a mosque in Pattani -- where government soldiers cornered some "
                    "30 militants.' -> a group of militants present at the mosque (presence; the text gives no "
                    "outcome for these 30, so no casualty event is read into it). Day from 'Wednesday's pre-dawn "
                    "raids' (derived). A building in a town -> precision 2 with the town's coordinates; 'Pattani' "
                    "may mean the town or the province (the town is assumed).")),
    ],
    hard_negatives=[
        H("mostly young men wielding machetes", "attackers described without a count"),
        H("the attackers", "no count", at="thwarted the attackers"),
        H("so high casualty", "no count"),
        H("Thursday", "the day Malaysia reacted; a date, not a count", at="Thursday, neighboring"),
    ])

# ---------------------------------------------------------------- Nepal 2004: Birgunj ambush
BIRGUNJ = L("Birgunj district", "NPL", "Madhesh", None, None, 3)
ANN["voa_2004_07_05_nepal_birgunj_police_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("NPL"), civilian=False,
             count=C("12", value=12, at="12 policemen"), location=BIRGUNJ, date=D(None), source=None,
             trigger=T("killed", at="have been killed"),
             alt_mentions=[S("all the policemen")],
             notes=("'In Nepal, 12 policemen and a civilian have been killed in an ambush by suspected Maoist "
                    "rebels in the south of the country.' -> two groups in one clause, no total stated -> two "
                    "events (e1, e2). Nepalese police -> actor NPL from context (surface null), civilian false "
                    "(police). Place from the next sentence ('came under fire from suspected rebels in Birgunj "
                    "district'; the text says 'district', precision 3; admin1 is today's province). No time "
                    "expression for the ambush ('have been killed'; 'a month ago' dates the new government) -> "
                    "date null. 'Authorities say all the policemen and a civilian in the vehicle were killed.' "
                    "restates both figures (alt_mentions).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("NPL"), civilian=True,
             count=C("a civilian", num="a", value=1, at="a civilian have"), location=BIRGUNJ, date=D(None),
             source=None, trigger=T("killed", at="have been killed"),
             alt_mentions=[S("a civilian", at="policemen and a civilian in")],
             notes=("'... 12 policemen and a civilian have been killed ...' -> one civilian in the police van; "
                    "Nepali by plain implication (a civilian travelling in a Nepal police vehicle; close call), "
                    "civilian true. Place and date as e1; restated in 'all the policemen and a civilian in the "
                    "vehicle'.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("NPL"), civilian=True,
             count=C("a businessman", num="a", value=1), location=None, date=D(None), source=None,
             hedge="believed", trigger=T("kidnapped"),
             notes=("'The police were returning from an investigation into the abduction of a businessman, believed "
                    "kidnapped for ransom by the rebels.' -> one person abducted (captured). A businessman is a "
                    "non-combatant -> civilian true; Nepali by plain implication (a local abduction investigated by "
                    "Nepal police; close call). No place or time for the abduction -> location and date null. "
                    "'believed' is a hedge without a speaker.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("nearly 10,000", num="10,000", value=10000, high=10000, approx=True, qualifier="nearly"),
             location=L("Nepal", "NPL", None, None, None, 4, at="In Nepal"),
             date=D("1996/2004-07-05", "since 1996"), source=None, cumulative=True,
             trigger=T("claimed", at="has claimed"),
             notes=("'The uprising has claimed nearly 10,000 lives since 1996.' -> running total of deaths in the "
                    "Maoist insurgency (cumulative, 1996 to the publication date); both sides and civilians -> "
                    "actor and civilian null. The sentence names no place; the country is the article's (derived "
                    "from the lede 'In Nepal').")),
    ],
    hard_negatives=[
        H("about 200 kilometers", "distance"),
        H("the second major attack", "ordinal count of attacks", at="It is the second"),
        H("eight-year struggle", "duration"),
        H("the assailants", "no count"),
        H("a month ago", "time expression for the new government, not a count"),
    ])

# ---------------------------------------------------------------- Iraq 2004: Mosul, Avgani, Tikrit (AFPS)
DEC4 = D("2004-12-04", "Dec. 4", at="Iraq, Dec. 4")
MOSUL = L("Mosul, Iraq", "IRQ", "Nineveh", 36.34, 43.13, 1)
TIKRIT = L("near Tikrit", "IRQ", "Salah ad-Din", 34.61, 43.68, 2)
DEC5 = D("2004-12-05", "today", at="near Tikrit today")
ANN["afps_2004_12_05_iraq_mosul_avgani_tikrit"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "American", at="Two American"),
             civilian=False, count=C("Two", value=2, at="Two American"), location=MOSUL, date=DEC4,
             source=S("U.S. officials in Iraq said"), trigger=T("killed", at="were killed and four"),
             notes=("'Two American soldiers were killed and four were wounded in an attack in Mosul, Iraq, Dec. 4, "
                    "U.S. officials in Iraq said.' -> US soldiers (Task Force Olympia, next sentence); the town is "
                    "named (precision 1). The dateline 'WASHINGTON, Dec. 5, 2004' is the publication day; 'Dec. "
                    "4' is the attack day.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("four", value=4, at="four were wounded"), location=MOSUL, date=DEC4,
             source=S("U.S. officials in Iraq said"), trigger=T("wounded", at="were wounded in an attack"),
             notes=("'... and four were wounded in an attack in Mosul ...' -> the four are of the same US patrol "
                    "(actor USA from context, surface null).")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("64", value=64, at="detained 64 people"),
             location=L("the town of Avgani, near Tal Afar", "IRQ", "Nineveh", 36.37, 42.45, 2),
             date=D("2004-12-04", "Dec. 4", at="Mosul on Dec. 4"), source=None,
             trigger=T("detained", at="Division detained"),
             alt_mentions=[S("64", at="and detained 64"), S("All 64 suspects")],
             notes=("'Also in Mosul on Dec. 4, Iraqi forces and members of the 1st Brigade, 25th Infantry Division "
                    "detained 64 people suspected of anti-Iraqi activities ...' and, in the next sentence, a "
                    "cordon-and-search 'in the town of Avgani, near Tal Afar, ... detained 64 people suspected of "
                    "planning and conducting attacks'; 'All 64 suspects are in custody' -> read as one detention "
                    "told twice (same number, same day, same weapons haul), so one event with alt_mentions (close "
                    "call: the first sentence places it 'in Mosul', the second at Avgani; the more specific place is "
                    "kept, near a town -> precision 2 with Tal Afar's coordinates). Detained suspects of attacks -> "
                    "generic actor 'insurgents', civilian false (as the earlier AFPS sets did for 'suspected "
                    "terrorists'; close call, they are suspects).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="17 Iraqi"), civilian=True,
             count=C("17", value=17, at="killed 17"), location=TIKRIT, date=DEC5, source=None,
             trigger=T("killed", at="insurgents killed"),
             notes=("'In actions near Tikrit today, insurgents killed 17 Iraqi civilians and wounded 13 others.' -> "
                    "'today' = the dateline day (5 December 2004). Civilians going to work at a coalition "
                    "headquarters (next sentence). The stored copy breaks off in the following sentence.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=True,
             count=C("13 others", num="13", value=13), location=TIKRIT, date=DEC5, source=None,
             trigger=T("wounded", at="and wounded 13"),
             notes=("'... and wounded 13 others.' -> the others are further Iraqi civilians of the same attack "
                    "('The civilians were going to work ...'); actor IRQ from context, civilian true.")),
    ],
    hard_negatives=[
        H("Task Force Olympia", "unit name"),
        H("1st Brigade", "unit number"),
        H("25th Infantry Division", "unit number"),
        H("2nd Squadron", "unit number"),
        H("14th Cavalry Regiment", "unit number"),
        H("26 82 mm mortar rounds", "weapons, not people"),
        H("17 AK-47 assault rifles", "weapons, not people"),
        H("no Iraqi or coalition injuries", "negated casualty"),
    ])

# ---------------------------------------------------------------- Sudan 2006: JEM attack on Hamrat al-Sheikh
ANN["voa_2006_07_04_sudan_hamrat_al_sheikh"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("12", value=12, at="said 12 people"),
             location=L("Hamrat al-Sheikh", "SDN", "North Kordofan", 14.58, 27.96, 1, at="sent to Hamrat"),
             date=D("2006-07-03", "Monday", at="attacked Monday", derived_from_context=True),
             source=S("A local official said"), trigger=T("died", at="had died"),
             notes=("'A local official said 12 people had died.' -> the dead of the JEM attack on Hamrat al-Sheikh "
                    "(place from the previous sentence). Bare 'people' -> actor and civilian null. Day from the "
                    "next sentence ('was attacked Monday'): Monday before a Tuesday story = 3 July 2006 "
                    "(derived).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Over 200,000", num="200,000", value=200000, low=200000, qualifier="over"),
             location=L("Darfur", "SDN", None, None, None, 3, at="region of Darfur"),
             date=D("2003-07-04/2006-07-04", "in the three years", approx=True), source=None, cumulative=True,
             trigger=T("killed", at="have been killed and"),
             notes=("'Over 200,000 people have been killed and two million people displaced in the three years of "
                    "civil war.' -> running total of the Darfur war (cumulative; three years back from the "
                    "publication date, approx). The sentence names no place; the war is the Darfur conflict of the "
                    "article (derived from 'the Sudanese region of Darfur'). The displaced are not an event.")),
    ],
    hard_negatives=[
        H("about 400 kilometers", "distance"),
        H("50 trucks", "vehicles, not people"),
        H("two million people displaced", "displaced people are out of scope"),
        H("April 2004", "date"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Mountain Fury / Medusa (AFPS)
KHOWST = L("a firebase near Khowst, near the Pakistan border", "AFG", "Khost", 33.34, 69.92, 2)
PANJWAYI = L("the Panjwayi district of Kandahar province", "AFG", "Kandahar", None, None, 3)
ANN["afps_2006_09_17_afghanistan_mountain_fury_medusa"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="One U.S. soldier"),
             civilian=False, count=C("One", value=1, at="One U.S."), location=KHOWST, date=D(None),
             reported_date="2006-09-16", source=S("U.S. officials said", at="border, U.S. officials"),
             trigger=T("died", at="soldier died"), alt_mentions=[S("The deceased soldier")],
             notes=("'One U.S. soldier died and another was wounded in Afghanistan during two separate battles on a "
                    "firebase near Khowst, near the Pakistan border, U.S. officials said yesterday.' -> 'said "
                    "yesterday' is the reporting day (16 September 2006) and the battles are not dated -> date "
                    "null, reported_date. Near a named town -> precision 2 with Khost's coordinates. 'The deceased "
                    "soldier' restates him (alt_mentions); 'our soldier' in the quote likewise (no count word).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("another", value=1, at="another was wounded"), location=KHOWST, date=D(None),
             reported_date="2006-09-16", source=S("U.S. officials said", at="border, U.S. officials"),
             trigger=T("wounded", at="was wounded in Afghanistan"),
             notes=("'... and another was wounded ...' -> another US soldier (actor from context, surface null). "
                    "The injured Afghan National Army soldiers of the next sentence have no count (hard "
                    "negative).")),
        dict(id="e3", type="presence", actor=A(["USA", "AFG"], "U.S. and Afghan", at="7,000 U.S. and Afghan"),
             civilian=False, count=C("About 7,000", num="7,000", value=7000, approx=True, qualifier="about"),
             location=L("Paktika, Khost, Ghazni, Paktya and Logar provinces", "AFG", None, None, None, 3),
             date=D(None), source=None, trigger=T("participating"),
             notes=("'About 7,000 U.S. and Afghan troops are participating in Mountain Fury, which is being "
                    "conducted in Paktika, Khost, Ghazni, Paktya and Logar provinces.' -> a force operating in an "
                    "area (presence); one count for two sides -> list actor. Five provinces -> precision 3, admin1 "
                    "null. Present tense, no time expression -> date null.")),
        dict(id="e4", type="presence", actor=A(["AFG", "NATO"], "Afghan and NATO", at="10,000 Afghan"),
             civilian=False,
             count=C("more than 10,000", num="10,000", value=10000, low=10000, qualifier="more than"),
             location=PANJWAYI, date=D(None), source=S("officials said", at="Kandahar province, officials said"),
             trigger=T("comprised of"),
             notes=("'... the International Security Assistance Force-led Operation Medusa, comprised of more than "
                    "10,000 Afghan and NATO forces, has thwarted Taliban attempts to reestablish their presence in "
                    "the Panjwayi district of Kandahar province, officials said.' -> the size of a force operating "
                    "in a district (presence), two sides -> list actor. No time expression -> date null.")),
        dict(id="e5", type="presence", actor=A("USA", "U.S.", at="2,500 U.S."), civilian=False,
             count=C("About 2,500", num="2,500", value=2500, approx=True, qualifier="about"),
             location=L("the Panjwayi district of Kandahar province", "AFG", "Kandahar", None, None, 3,
                        at="the Panjwayi"),
             date=D(None), source=None, trigger=T("involved"),
             notes=("'About 2,500 U.S. troops are also involved in the operation.' -> US troops in Operation Medusa "
                    "(place from the previous sentence). Not linked to e4 with part_of: 'also' may mean in addition "
                    "to the 'Afghan and NATO forces' or among them (close call).")),
    ],
    hard_negatives=[
        H("two separate battles", "count of battles, not people"),
        H("Afghan National Army soldiers also were injured", "casualties without a count"),
        H("Combined Joint Task Force 76", "unit number"),
        H("several weeks ago", "vague time, not a count"),
    ])

# ---------------------------------------------------------------- Iraq 2008: detentions (AFPS, blog repost)
TODAY08 = D("2008-08-05", "Today", at="Today in northern", derived_from_context=True)
YDAY08 = D("2008-08-04", "yesterday", at="In operations yesterday", derived_from_context=True)
RUSAFA = L("Baghdad's Rusafa district", "IRQ", "Baghdad", 33.34, 44.42, 2)
ANN["afps_2008_08_05_iraq_detentions_khalis"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("special groups", "special groups",
                                                                   at='"special groups" criminal'),
             civilian=False, count=C("a", value=1, at="police killed a"), location=RUSAFA, date=YDAY08,
             source=S("officials said", at="Baghdad, officials said"), trigger=T("killed", at="police killed"),
             alt_mentions=[S("one", at="killed one enemy")],
             notes=("List item under 'In operations yesterday:': 'Iraqi police killed a suspected Iranian-trained "
                    "\"special groups\" criminal and wounded two others in Baghdad's Rusafa district after a "
                    "drive-by shooting on the New Baghdad police station.' -> the only killing in the article, "
                    "summarised in the lede as 'killed one enemy fighter' (alt_mentions; the fuller sentence is "
                    "primary). The text names the group -> actor 'special groups'. 'yesterday' = 4 August 2008 "
                    "(the release is dated Aug. 5). The stored blog copy breaks the line after '-- Iraqi'; the "
                    "count's sentence therefore starts at 'police'.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("insurgents"), civilian=False,
             count=C("two others", num="two", value=2, at="two others"), location=RUSAFA, date=YDAY08,
             source=S("officials said", at="Baghdad, officials said"), trigger=T("wounded", at="and wounded two"),
             alt_mentions=[S("two more")],
             notes=("'... and wounded two others ...' -> the two other men in the drive-by vehicle ('All three "
                    "individuals were taken to the Kindi Hospital'), called 'two more' enemy fighters in the lede "
                    "(alt_mentions). The text does not tie them to the special groups -> generic actor "
                    "'insurgents' (section 10).")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("21", value=21, at="detained 21"), location=L("Iraq", "IRQ", None, None, None, 4,
                                                                  at="operations in Iraq"),
             date=D("2008-08-04/2008-08-05", "recent operations", derived_from_context=True),
             source=S("military officials said"), is_total=True, trigger=T("detained", at="and detained 21"),
             notes=("Lede: '... and detained 21 suspected terrorists during recent operations in Iraq, military "
                    "officials said.' -> total of the detentions listed below ('Today' 15 + 'yesterday' 5 in "
                    "Khalis = 20, one short of 21; the figures are kept as written). The operations listed are "
                    "today's and yesterday's -> interval 4-5 August 2008 (derived). Suspected terrorists -> generic "
                    "actor 'insurgents'. The stored copy breaks the line after 'suspected'.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("15", value=15, at="captured 15"),
             location=L("northern and central Iraq", "IRQ", None, None, None, 3),
             date=D("2008-08-05", "Today", at="Today in northern"), source=None, is_total=True, part_of="e3",
             trigger=T("captured", at="forces captured 15"),
             notes=("'Today in northern and central Iraq, coalition forces captured 15 suspected terrorists during "
                    "separate operations in Baghdad, Mosul, Samarra and Beiji.' -> part of the lede's 21 and itself "
                    "the total of the next three paragraphs (2 + 4 + 6 + 3 = 15). 'Today' = 5 August 2008. Region "
                    "as written (precision 3).")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("al-Qaida", "al-Qaida", at="alleged al-Qaida associates"),
             civilian=False, count=C("two", value=2, at="detained two"),
             location=L("near Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2), date=TODAY08,
             source=S("officials said", at="Sharqat, officials said"), part_of="e4",
             trigger=T("detained", at="Mosul detained"), alt_mentions=[S("The two suspected associates")],
             notes=("'U.S. troops near Mosul detained two alleged al-Qaida associates and four other suspects.' -> "
                    "two groups in one clause -> two events (e5, e6), both part of today's 15. The text ties these "
                    "two to al-Qaida (actor as written). Near a city -> precision 2. Restated in the next sentence "
                    "(alt_mentions).")),
        dict(id="e6", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("four", value=4, at="four other suspects"),
             location=L("near Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2), date=TODAY08,
             source=S("officials said", at="Sharqat, officials said"), part_of="e4",
             trigger=T("detained", at="Mosul detained"),
             notes=("'... and four other suspects.' -> bare 'suspects' with no group or role -> actor and civilian "
                    "null (as set (d) did for detained 'people').")),
        dict(id="e7", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("six", value=6, at="detained six"),
             location=L("Salahuddin province", "IRQ", "Salah ad-Din", None, None, 3), date=TODAY08,
             source=S("officials said", at="Beiji, officials said"), part_of="e4",
             trigger=T("detained", at="forces detained six"),
             notes=("'Coalition forces detained six suspected\\nterrorists in Salahuddin province, including an "
                    "alleged al-Qaida leader in Samarra.' -> part of today's 15; includes e8. The other suspects "
                    "were detained in Beiji (same province).")),
        dict(id="e8", type="casualty", outcome="captured", actor=A("al-Qaida", "al-Qaida", at="alleged al-Qaida leader"),
             civilian=False, count=C("an", value=1, at="an alleged al-Qaida leader"),
             location=L("Samarra", "IRQ", "Salah ad-Din", 34.20, 43.87, 1, at="leader in Samarra"), date=TODAY08,
             source=S("officials said", at="Beiji, officials said"), part_of="e7",
             trigger=T("detained", at="forces detained six"),
             notes=("'... including an alleged al-Qaida leader in Samarra.' -> one of the six (part_of e7); the "
                    "text names his group.")),
        dict(id="e9", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("three", value=3, at="captured three"),
             location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="operations in Baghdad, coalition"),
             date=TODAY08, source=S("officials said", at="in the city, officials said"), part_of="e4",
             trigger=T("captured", at="forces captured three"),
             notes=("'In two separate operations in Baghdad, coalition forces captured three suspected\\nterrorists.' "
                    "-> part of today's 15. 'One suspect and his associate' and 'The other suspect' split the "
                    "three by role (hard negative). The line break after 'suspected' is in the stored copy.")),
        dict(id="e10", type="casualty", outcome="captured", actor=A("al-Qaida", "al-Qaida", at="alleged al-Qaida members"),
             civilian=False, count=C("five", value=5, at="captured five"),
             location=L("Khalis, just north of Baqouba", "IRQ", "Diyala", 33.81, 44.53, 1), date=YDAY08,
             source=S("officials said", at="homemade bombs, officials said"), part_of="e3",
             trigger=T("captured", at="forces captured five"),
             notes=("List item under 'In operations yesterday:': 'Iraqi special operations forces captured five "
                    "alleged al-Qaida members in Khalis, just north of Baqouba.' -> part of the lede's 21 "
                    "(4 August 2008). 'One of the suspects' and 'The other four' split the five by role (hard "
                    "negatives).")),
    ],
    hard_negatives=[
        H("One suspect and his associate", "role breakdown of the three already counted (e9)"),
        H("The other four", "role breakdown of the five already counted (e10)"),
        H("All three individuals", "treatment status of people already counted (e1, e2)"),
        H("In two separate operations", "count of operations"),
    ])

# ---------------------------------------------------------------- Colombia 2012: FARC frees 10 hostages
MON12 = D("2012-04-02", "Monday", at="prison Monday")
ANN["voa_2012_04_02_colombia_farc_hostages_freed"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("COL"), civilian=False,
             count=C("10", value=10, at="freed 10"), location=None,
             date=D("2012-04-02", "Monday", at="prison Monday", derived_from_context=True),
             source=S("The Red Cross says"), released=True, is_total=True, trigger=T("freed", at="have freed"),
             notes=("'The Red Cross says Colombian rebels have freed 10 hostages held in the jungle for 12 years or "
                    "longer.' -> release of captives (captured, released true). The next sentence says who they "
                    "were ('the four soldiers and six policemen') -> actor COL from context, civilian false (close "
                    "call: the lede calls them 'hostages'). Release day 'Monday' from the next sentence (derived; "
                    "the story is dated Monday 2 April 2012). The release place is only 'the jungle' / 'their "
                    "jungle prison' (no name); Villavicencio is where they were flown afterwards -> location "
                    "null.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("COL"), civilian=False,
             count=C("four", value=4, at="the four soldiers"), location=None, date=MON12,
             source=S("Officials with the International Red Cross say"), released=True, part_of="e1",
             trigger=T("freed", at="have freed"),
             notes=("'Officials with the International Red Cross say the four soldiers and six policemen were "
                    "airlifted from their jungle prison Monday ...' -> two groups of the 10 (e2, e3). The release "
                    "verb is in the previous sentence ('freed'), used as trigger.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("COL"), civilian=False,
             count=C("six", value=6, at="six policemen"), location=None, date=MON12,
             source=S("Officials with the International Red Cross say"), released=True, part_of="e1",
             trigger=T("freed", at="have freed"),
             notes="'... and six policemen ...' -> the other part of the 10; police -> civilian false."),
        dict(id="e4", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("as many as 700", num="700", value=700, high=700, approx=True, qualifier="as many as"),
             location=None, date=D(None), source=S("some Colombian civilian groups believe"), released=False,
             trigger=T("holding", at="still holding"),
             notes=("'But some Colombian civilian groups believe FARC is still holding as many as 700 hostages ...' "
                    "-> captives still held (captured, released false), a figure from a different source. The "
                    "hostages are not described (civilian and actor null). No time expression for their capture -> "
                    "date null.")),
    ],
    hard_negatives=[
        H("12 years or longer", "duration of captivity"),
        H("the captives", "restatement of the 10 without a count", at="free the captives"),
        H("1964", "year"),
        H("holding hostages for ransom", "no count"),
    ])

# ---------------------------------------------------------------- Sudan / South Sudan 2012: Heglig
ANN["voa_2012_04_22_sudan_heglig_400"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SSD", "South Sudan", at="400 South Sudan"),
             civilian=False, count=C("400", value=400, at="that 400"),
             location=L("the flashpoint town of Heglig", "SDN", "South Kordofan", 10.0, 29.4, 1),
             date=D(None), source=S("Sudanese officials claim"), trigger=T("killed", at="were killed during"),
             notes=("'Sudanese officials claim that 400 South Sudan troops were killed during the battle for the "
                    "flashpoint town of Heglig ...' -> a claim by one side ('claim' is part of the source). The "
                    "battle is not dated in the text -> date null. Heglig is claimed by both countries; it was "
                    "held by Sudan (South Kordofan in 2012) -> SDN (coordinates approximate). South Sudan's reply "
                    "('just a fraction of what Sudan claims') has no number (hard negative).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than two million", num="two million", value=2000000, low=2000000, qualifier="more than"),
             location=None, date=D("1984/2005", "a 21-year civil war", approx=True), source=None, cumulative=True,
             trigger=T("killed", at="war that killed"),
             notes=("'The north and south signed a peace deal in 2005 that ended a 21-year civil war that killed "
                    "more than two million people.' -> war toll (cumulative); 21 years ending in 2005 -> "
                    "1984-2005 (approx; the text's arithmetic). The sentence names no country ('The north and "
                    "south') -> location null.")),
    ],
    hard_negatives=[
        H("just a fraction of what Sudan claims", "rival claim without a number"),
        H("less than a year", "duration"),
        H("people caught in the fighting", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2012: Kamdesh, Nuristan
KAMDESH = L("the Kamdesh district of Nuristan province", "AFG", "Nuristan", None, None, 3)
FRI12 = D("2012-06-29", "early Friday", derived_from_context=True)
ZARIN = S("the provincial governor's spokesman Muhammad Zarin said")
ANN["voa_2012_06_29_afghanistan_kamdesh_nuristan"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("10", value=10, at="killed 10"), location=KAMDESH, date=D("2012-06-29", "early Friday"),
             source=S("Officials in eastern Afghanistan say"), is_total=True,
             trigger=T("killed", at="gunbattle that killed"),
             notes=("'Officials in eastern Afghanistan say militants, including suicide bombers, stormed a remote "
                    "district early Friday, sparking a gunbattle that killed 10 people.' -> total of the dead (e3 + "
                    "e4); the attackers, all killed, are not in it ('killed all of the attackers' has no count). "
                    "District from the next sentence (derived). A same-day Friday report (29 June 2012).")),
        dict(id="e2", type="presence", actor=A("Taliban"), civilian=False,
             count=C("at least 17", num="17", value=17, low=17, qualifier="at least"), location=KAMDESH,
             date=FRI12, source=ZARIN, trigger=T("attacked", at="Pakistan and attacked"),
             notes=("'... Muhammad Zarin said that at least 17 militants crossed the border from Pakistan and "
                    "attacked a compound that housed government offices and residences.' -> size of the attacking "
                    "force (presence, GUIDELINES 2). 'The Taliban took responsibility for the attack' identifies "
                    "the group -> actor Taliban (surface null; close call, a claim of responsibility).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("four", value=4, at="four civilians"), location=KAMDESH, date=FRI12, source=ZARIN,
             part_of="e1", trigger=T("dead", at="The dead"), alt_mentions=[S("the four women")],
             notes=("'The dead included four civilians and six security personnel.' -> parts of the 10 (e3, e4); "
                    "Afghan by plain implication (villagers of Kamdesh). The sentence continues the spokesman's "
                    "account (source as the previous sentence). 'The wife of a local police officer was among the "
                    "four women who were killed.' is read as a restatement of the four civilians (alt_mentions; "
                    "close call: the text does not say all the civilians were women).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("six", value=6, at="six security"), location=KAMDESH, date=FRI12, source=ZARIN,
             part_of="e1", trigger=T("dead", at="The dead"),
             notes="'... and six security personnel.' -> Afghan security forces (police/militia), civilian false."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("AFG"), civilian=True,
             count=C("At least 20", num="20", value=20, low=20, qualifier="at least"), location=KAMDESH,
             date=FRI12, source=None, trigger=T("wounded", at="were wounded in the attack"),
             notes=("'At least 20 civilians, including children, were wounded in the attack.' -> no attribution in "
                    "the sentence (source null); place and day derived; 'children' has no count.")),
    ],
    hard_negatives=[
        H("all of the attackers", "no count"),
        H("nearly 12-hour", "duration"),
        H("The wife of a local police officer", "identity of someone already counted"),
        H("the end of 2014", "date"),
    ])

# ---------------------------------------------------------------- Syria 2016: 250 more US troops
SYRIA16 = L("Syria", "SYR", None, None, None, 4, at="Syria to help")
ANN["voa_2016_04_25_syria_us_forces_250"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("250", value=250, at="send 250"), location=SYRIA16, date=D(None), reported_date="2016-04-25",
             source=S("President Barack Obama said"), trigger=T("send", at="send 250"), planned=True, part_of="e2",
             alt_mentions=[S("250", at="new 250")],
             notes=("'President Barack Obama said on Monday he would send 250 soldiers to Syria ...' -> announced "
                    "future deployment (planned). 'on Monday' is the day of the announcement, not of the "
                    "deployment -> date null, reported_date 25 April 2016 (GUIDELINES 5). Side from context (the US "
                    "president sends them; 'U.S.' only in the restatement) -> USA, surface null. 'Most of the new 250 "
                    "U.S. forces will be U.S. Army Green Berets' restates the figure (alt_mentions; 'Most of' gives "
                    "no count). Part of the future strength e2 (250 + 50 = 300), as set (n) linked 'another 200' "
                    "to the future total of 500.")),
        dict(id="e2", type="presence", actor=A("USA", "American", at="American forces in Syria to"), civilian=False,
             count=C("around 300", num="300", value=300, approx=True, qualifier="around"),
             location=L("Syria", "SYR", None, None, None, 4, at="Syria to around"), date=D(None), source=None,
             trigger=T("increase", at="will increase"), is_total=True, planned=True,
             notes=("'The deployment will increase American forces in Syria to around 300.' -> the future US "
                    "strength in Syria after the deployment (presence, planned, is_total), as sets (n) and (p) "
                    "annotated 'will take its total ... to 500' and 'an increase in DoD force levels to up to "
                    "3,550'. Parts: the 250 (e1) and the 50 already there (e3). No time expression -> date null. "
                    "Article's voice -> source null.")),
        dict(id="e3", type="presence", actor=A("USA", "American", at="50 American"), civilian=False,
             count=C("About 50", num="50", value=50, approx=True, qualifier="about"),
             location=L("Syria", "SYR", None, None, None, 4, at="Syria since"),
             date=D("2015/2016-04-25", "since 2015"), source=None, trigger=T("are", at="forces are already"),
             part_of="e2",
             notes=("'About 50 American forces are already in Syria since 2015.' -> a force present (presence) "
                    "since 2015 -> interval 2015 - publication day (as set (j)'s 'since they arrived in Mogadishu "
                    "in March, 2007'). Part of the future total e2.")),
    ],
    hard_negatives=[
        H("2015", "date"),
    ])

# ---------------------------------------------------------------- Kashmir 2016: Uri army base
URI = L("Uri", "IND", "Jammu and Kashmir", 34.09, 74.04, 1, at="Sunday in Uri")
SUN16 = D("2016-09-18", "early Sunday", derived_from_context=True)
ANN["voa_2016_09_18_kashmir_uri_army_base"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IND", "Indian", at="Seventeen Indian"),
             civilian=False, count=C("Seventeen", value=17), location=URI, date=SUN16, source=None,
             trigger=T("killed", at="have been killed"),
             notes=("'Seventeen Indian soldiers have been killed and nearly 20 wounded in the deadliest attack "
                    "mounted by militants in two decades on an Indian army base in Kashmir ...' -> place and day "
                    "from the next sentence ('stormed the army camp early Sunday in Uri'; derived), a same-day "
                    "Sunday report (18 September 2016). In VOA's own voice -> source null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("IND"), civilian=False,
             count=C("nearly 20", num="20", value=20, high=20, approx=True, qualifier="nearly"), location=URI,
             date=SUN16, source=None, trigger=T("wounded", at="20 wounded"),
             notes="'... and nearly 20 wounded ...' -> Indian soldiers (actor from context, surface null)."),
        dict(id="e3", type="presence", actor=A("militants"), civilian=False,
             count=C("four", value=4, at="four heavily armed"), location=URI,
             date=D("2016-09-18", "early Sunday"), source=S("Officials say", at="Officials say four"),
             trigger=T("stormed"),
             notes=("'Officials say four heavily armed commandos using guns and grenades stormed the army camp early "
                    "Sunday in Uri ...' -> size of the attacking force (presence). Unnamed attackers ('militants' "
                    "in the lede) -> generic actor (section 10), surface null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("militants", "militants", at="four militants"),
             civilian=False, count=C("four", value=4, at="four militants"), location=URI, date=SUN16,
             source=S("An army statement said"), trigger=T("killed", at="militants were killed"),
             notes=("'An army statement said four militants were killed.' -> the attackers killed (not linked to "
                    "e3: the text does not say all the attackers died, and a search continues 'for others').")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IND"), civilian=True,
             count=C("nearly 80", num="80", value=80, high=80, approx=True, qualifier="nearly"),
             location=L("Indian Kashmir", "IND", "Jammu and Kashmir", None, None, 3, at="as Indian Kashmir"),
             date=D(None), source=None, cumulative=True, trigger=T("dead", at="civilians dead"),
             notes=("'The assault comes as Indian Kashmir reels under violent protests that have left nearly 80 "
                    "civilians dead.' -> running toll of the protest violence (cumulative; its start is not given "
                    "-> date null). Civilians in Indian Kashmir -> IND by plain implication. Close call on scope "
                    "(protest deaths, as set (m) annotated them).")),
    ],
    hard_negatives=[
        H("two decades", "duration"),
        H("others possibly hiding", "no count"),
        H("several hours", "duration"),
        H("many of the soldiers", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2018: Baghlan, Faryab, Ghazni
FARYAB = L("an army base in the northern province of Faryab", "AFG", "Faryab", None, None, 3)
GHAZNI = L("the southeastern strategic city of Ghazni", "AFG", "Ghazni", 33.55, 68.42, 1)
GHAZNI_D = D("2018-08-10/2018-08-15", "since the Taliban assaulted the city on Friday")
ARMY18 = S("Army officials have confirmed")
ANN["voa_2018_08_15_afghanistan_baghlan_faryab_ghazni"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="30 Afghan"), civilian=False,
             count=C("At least 30", num="30", value=30, low=30, qualifier="at least"),
             location=L("a military outpost in the northern province of Baghlan", "AFG", "Baghlan", None, None, 3),
             date=D("2018-08-15", "Wednesday", at="Wednesday's attack", derived_from_context=True), source=None,
             trigger=T("killed", at="have been killed"),
             notes=("'At least 30 Afghan soldiers and police officers have been killed in a Taliban attack on a "
                    "military outpost in the northern province of Baghlan.' -> day from the next sentence "
                    "('Wednesday's attack'; derived), a same-day report (15 August 2018). Soldiers and police -> "
                    "civilian false. An unnamed outpost in a province -> precision 3.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("AFG"), civilian=False,
             count=C("40", value=40, at="that 40"), location=FARYAB, date=D(None), reported_date="2018-08-14",
             source=S("Regional military and government officials Tuesday confirmed to VOA"),
             trigger=T("surrendered"),
             notes=("'Regional military and government officials Tuesday confirmed to VOA that 40 of the 70 "
                    "soldiers stationed at the base surrendered to the Taliban.' -> soldiers who surrendered = "
                    "taken prisoner (captured). 'Tuesday' is the day of the confirmation (14 August 2018); the "
                    "base fell 'more than a day' before Wednesday's attack, after 'days of intense fighting', so "
                    "the day of the surrender is not given -> date null, reported_date. 'the rest have either been "
                    "killed or fled' has no count.")),
        dict(id="e3", type="presence", actor=A("AFG"), civilian=False, count=C("70", value=70, at="the 70"),
             location=L("an army base in the northern province of Faryab", "AFG", "Faryab", None, None, 3,
                        at="an army base"),
             date=D(None), source=S("Regional military and government officials Tuesday confirmed to VOA"),
             trigger=T("stationed"),
             notes=("'... 40 of the 70 soldiers stationed at the base ...' -> the garrison of the Faryab base "
                    "(presence; Afghan National Army, previous sentence). Its period is not dated -> date null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="100 Afghan"), civilian=False,
             count=C("100", value=100, at="killing of 100"), location=GHAZNI, date=GHAZNI_D, source=ARMY18,
             cumulative=True, trigger=T("killing", at="the killing of 100"),
             notes=("'Army officials have confirmed the killing of 100 Afghan soldiers and police personnel as well "
                    "as 30 civilians since the Taliban assaulted the city on Friday ...' -> running tolls since "
                    "Friday 10 August 2018 (cumulative, interval to the publication day); two groups -> two events "
                    "(e4, e5), no total stated. 'the city' = Ghazni (previous sentences; named city, precision "
                    "1).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("30", value=30, at="30 civilians"), location=GHAZNI, date=GHAZNI_D, source=ARMY18,
             cumulative=True, trigger=T("killing", at="the killing of 100"),
             notes=("'... as well as 30 civilians ...' -> civilians of Ghazni (AFG by plain implication). 'much "
                    "higher numbers of fatalities' from local media has no number (hard negative).")),
    ],
    hard_negatives=[
        H("more than a day", "duration"),
        H("the rest", "no count", at="the rest have"),
        H("much higher numbers of fatalities", "rival figure without a number"),
    ])

# ---------------------------------------------------------------- Somalia 2020: Qoryooley and El Salini
WED20 = D("2020-02-19", "Wednesday", at="killed Wednesday", derived_from_context=True)
QORY = L("the town", "SOM", "Lower Shabelle", 1.79, 44.53, 1, at="sources in the town")
SALINI = L("a military base at El Salini, 60 kilometers, southwest of Mogadishu", "SOM", "Lower Shabelle",
           1.67, 44.94, 1)
ABUKER = S("Colonel Hassan Mohamed Abuker, one of the commanders at the base, said")
ANN["voa_2020_02_19_somalia_qoryooley_el_salini"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SOM", "Somali", at="10 Somali"), civilian=False,
             count=C("At least 10", num="10", value=10, low=10, qualifier="at least"),
             location=L("Somalia's Lower Shabelle region", "SOM", "Lower Shabelle", None, None, 3),
             date=D("2020-02-19", "Wednesday", at="killed Wednesday"), source=None, is_total=True,
             trigger=T("killed", at="were killed Wednesday"),
             notes=("'At least 10 Somali government soldiers and 16 militants were killed Wednesday when Islamist "
                    "group al-Shabab attacked two military bases in Somalia's Lower Shabelle region.' -> two "
                    "totals in one clause (e1, e2); their parts are given by base: Qoryooley 6 + El Salini 4 = 10 "
                    "government-side dead (the six Qoryooley dead are pro-government militia, counted by the lede "
                    "as government soldiers), Qoryooley 10 + El Salini 6 = 16 militants. A same-day Wednesday "
                    "report (19 February 2020).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("al-Shabab", "al-Shabab", at="group al-Shabab"),
             civilian=False, count=C("16", value=16, at="16 militants"),
             location=L("Somalia's Lower Shabelle region", "SOM", "Lower Shabelle", None, None, 3),
             date=D("2020-02-19", "Wednesday", at="killed Wednesday"), source=None, is_total=True,
             trigger=T("killed", at="were killed Wednesday"),
             notes="'... and 16 militants were killed ...' -> the attackers, named as al-Shabab in the same clause."),
        dict(id="e3", type="presence", actor=A("al-Shabab"), civilian=False,
             count=C("dozens", low=24, approx=True, qualifier="dozens"),
             location=L("Qoryooley town", "SOM", "Lower Shabelle", 1.79, 44.53, 1), date=WED20,
             source=S("said Abdi Ahmed Ali, Qoryooley deputy district commissioner"),
             trigger=T("attacked", at="fighters attacked us"),
             notes=("'Then, dozens of heavily armed fighters attacked us,\u201d said Abdi Ahmed Ali, Qoryooley "
                    "deputy district commissioner.' -> size of the attacking force (presence) at the Qoryooley "
                    "base. The quotation opens at the end of the previous paragraph ('government.\u201c') in the "
                    "stored copy. Source written as it stands (verb before speaker).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("al-Shabab"), civilian=False,
             count=C("at least 10", num="10", value=10, low=10, qualifier="at least", at="at least 10 militants"),
             location=QORY, date=WED20, source=S("According to multiple reliable sources in the town"),
             part_of="e2", trigger=T("killed", at="were killed during the battle"),
             notes=("'According to multiple reliable sources in the town, at least 10 militants and six fighters "
                    "belonging to the pro-government militia were killed during the battle.' -> two groups, two "
                    "events (e4, e5). 'the town' = Qoryooley (precision 1).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("six", value=6, at="six fighters"), location=QORY, date=WED20,
             source=S("According to multiple reliable sources in the town"), part_of="e1",
             trigger=T("killed", at="were killed during the battle"),
             notes=("'... six fighters belonging to the pro-government militia ...' -> local militia allied with "
                    "the federal government; actor SOM (the lede counts them among the 'Somali government "
                    "soldiers'; close call, a militia is not the army), civilian false.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("four", value=4, at="four government"), location=SALINI, date=WED20, source=ABUKER,
             part_of="e1", trigger=T("killed", at="six militants were killed"),
             notes=("'Speaking to government-run radio, Colonel Hassan Mohamed Abuker, one of the commanders at "
                    "the base, said four government soldiers and at least six militants were killed.' -> two "
                    "events (e6, e7) at El Salini (place from the earlier paragraph; coordinates approximate, "
                    "computed from the text's '60 kilometers, southwest of Mogadishu'). 'dawn attack' on the same "
                    "Wednesday (derived).")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("al-Shabab"), civilian=False,
             count=C("at least six", num="six", value=6, low=6, qualifier="at least"), location=SALINI,
             date=WED20, source=ABUKER, part_of="e2", trigger=T("killed", at="six militants were killed"),
             notes="'... and at least six militants were killed.' -> al-Shabab attackers at El Salini."),
    ],
    hard_negatives=[
        H("two military bases", "count of bases"),
        H("about 95 km", "distance"),
        H("60 kilometers", "distance"),
        H("They have damaged one", "a bridge, not people"),
        H("a sizeable amount of weapons", "weapons, no count of people"),
    ])

# ---------------------------------------------------------------- Ukraine 2024: Kyiv and Kharkiv missile barrage
TUE24 = D("2024-01-23", "Tuesday", at="at Tuesday", derived_from_context=True)
KHARKIV = L("the city of Kharkiv in northeastern Ukraine", "UKR", "Kharkiv", 49.99, 36.23, 1)
SYNEHUBOV = S("Oleh Synehubov, Kharkiv\u2019s regional governor, said")
ANN["voa_2024_01_23_ukraine_kyiv_kharkiv_missiles"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least seven", num="seven", value=7, low=7, qualifier="at least"),
             location=L("Kyiv and Kharkiv", "UKR", None, None, None, 3),
             date=D("2024-01-23", "Tuesday", at="at Tuesday"), source=S("Ukrainian officials said"),
             is_total=True, trigger=T("killed", at="that killed"),
             notes=("'Ukrainian officials said Russia launched a barrage of missiles at Tuesday that killed at least "
                    "seven people and wounded more than 60 others while damaging numerous residential buildings in "
                    "Kyiv and Kharkiv.' -> totals of the barrage (e1, e2); 'at Tuesday' (sic) is the day of a "
                    "same-day Tuesday report (23 January 2024). Parts given below: Kharkiv 3 dead and Pavlohrad 1 "
                    "dead (the other dead are not placed); Kharkiv 42 and Kyiv at least 20 wounded. Bare 'people' "
                    "-> actor and civilian null. Two cities -> precision 3, admin1 null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 60 others", num="60", value=60, low=60, qualifier="more than"),
             location=L("Kyiv and Kharkiv", "UKR", None, None, None, 3),
             date=D("2024-01-23", "Tuesday", at="at Tuesday"), source=S("Ukrainian officials said"),
             is_total=True, trigger=T("wounded", at="and wounded more"),
             notes="'... and wounded more than 60 others ...' -> total wounded of the barrage."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("three", value=3, at="said three people"), location=KHARKIV, date=TUE24, source=SYNEHUBOV,
             part_of="e1", trigger=T("killed", at="people were killed"),
             notes=("'Oleh Synehubov, Kharkiv\u2019s regional governor, said three people were killed and 42 "
                    "wounded.' -> the Kharkiv dead and wounded (e3, e4); the city from the previous sentence (the "
                    "governor speaks for the region; close call between city and region).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("42", value=42, at="42 wounded"), location=KHARKIV, date=TUE24, source=SYNEHUBOV,
             part_of="e2", trigger=T("wounded", at="42 wounded"),
             notes="'... and 42 wounded.' -> part of the 'more than 60' wounded."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 20", num="20", value=20, low=20, qualifier="at least"),
             location=L("several of the capital\u2019s districts", "UKR", "Kyiv", 50.45, 30.52, 2), date=TUE24,
             source=S("Kyiv Mayor Vitali Klitschko said"), part_of="e2", trigger=T("wounding"),
             notes=("'Kyiv Mayor Vitali Klitschko said the attacks hit several of the capital\u2019s districts, "
                    "wounding at least 20 people.' -> parts of a city -> precision 2 with Kyiv's coordinates.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("One", value=1, at="One person"),
             location=L("the eastern city of Pavlohrad, in the Dnipropetrovsk region", "UKR", "Dnipropetrovsk",
                        48.53, 35.87, 1),
             date=TUE24, source=None, part_of="e1", trigger=T("killed", at="also killed"),
             notes=("'One person was also killed in the eastern city of Pavlohrad, in the Dnipropetrovsk region.' "
                    "-> part of the 'at least seven' dead; no attribution in the sentence.")),
    ],
    hard_negatives=[
        H("21 of 41 Russian missiles", "missiles, not people"),
        H("30 apartment buildings", "buildings, not people"),
        H("numerous residential buildings", "no count of people"),
    ])

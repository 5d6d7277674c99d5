# -*- coding: utf-8 -*-
"""Gold annotations of set (x), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, districts and countries, as in
sets (g)-(w)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset from a city,
3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Afghanistan 2005: Chechal air strike
CHECHAL = L("the village of Chechal", "AFG", "Kunar", 34.95, 71.05, 1)
ANN["wn_2005_07_04_afghanistan_chechal_airstrike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="17 Afghan"), civilian=True,
             count=C("17", value=17), location=CHECHAL,
             date=D("2005-07-01", "last Friday", derived_from_context=True), source=S("said a governor"),
             trigger=T("killed", at="have been killed"), hedge="are thought to",
             alt_mentions=[S("seventeen civilians")],
             notes=("'17 Afghan civilians, including women and children, are thought to be have been killed as the result "
                    "of U.S. aircraft bombing the village of Chechal in the east of Afghanistan late last week, said a "
                    "governor.' -> civilians killed (value 17). The next sentence dates the strike 'last Friday' (Monday "
                    "item -> 2005-07-01; derived, more precise than 'late last week'). The governor's quote 'seventeen "
                    "civilians died' (to AP) is the same claim (alt_mention). 'are thought to' -> hedge. Coordinates of "
                    "the village are the annotator's rough estimate in Kunar.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "American", at="American forces since"),
             civilian=False, count=C("16 troops", num="16", value=16), location=None,
             date=D("2005-06", "last month", derived_from_context=True), source=None, trigger=T("died", at="16 troops died"),
             notes=("'... the downing of a US transport helicopter last month. In that incident, 16 troops died in the worst "
                    "single blow to American forces ...' -> killed, USA from 'American forces' in the same sentence; date "
                    "'last month' from the previous sentence (June 2005). No place is given for the downing in the body -> "
                    "location null (the closing Related-news link title, 'Bodies found at crash site of US helicopter in "
                    "Afghanistan', is not used as a place; close call).")),
    ],
    hard_negatives=[
        H("an elite U.S. military team went missing", "a team, no count of people"),
        H("One member of the missing military team has been recovered", "recovery of a missing soldier (no outcome type)"),
        H("an unknown number of enemy terrorists and non-combatants", "no count"),
        H("three days ago", "date"),
    ])

# ---------------------------------------------------------------- Northern Ireland 2005: Royal Irish Regiment
NI = L("Northern Ireland", "GBR", "Northern Ireland", None, None, 3, at="only serve in Northern Ireland")
ANN["wn_2005_08_01_uk_northern_ireland_royal_irish_disband"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("GBR", "British Army", at="British Army  &mdash;"), civilian=False,
             count=C("some 3,000", num="3,000", value=3000, approx=True, qualifier="some"), location=NI,
             date=D(None), source=S("Lieutenant-General Sir Redmond Watt , has confirmed"), trigger=T("affecting"),
             notes=("'... is to have its three 'home service' battalions disband on 1 August 2007, affecting some 3,000 "
                    "soldiers of the regiment.' -> the present strength of the battalions to be disbanded, as presence "
                    "(set (w): a whole force named in a withdrawal -> presence; close call). The battalions 'can only "
                    "serve in Northern Ireland' (place from that sentence). Source: Watt 'has confirmed'. Present strength, no time word -> date null ('1 August 2007' is the disbanding).")),
        dict(id="e2", type="presence", actor=A("GBR", "British Armed Forces"), civilian=False,
             count=C("10,000", value=10000), location=NI,
             date=D("2005-08-01", "current"), source=None, trigger=T("garrison"),
             notes=("'... the British Armed Forces have already begun to drawdown its garrison in Northern Ireland, "
                    "envisaged to be reduced to just 5,000 troops by 2007, from its current 10,000.' -> present garrison "
                    "(presence; 'current' -> publication day, as 'currently' in set (w)). The garrison's place is the "
                    "province named before ('Northern Ireland' in the home-service sentence; the garrison sentence "
                    "names no place itself, close call).")),
        dict(id="e3", type="presence", actor=A("GBR", "British Armed Forces"), civilian=False,
             count=C("5,000 troops", num="5,000", value=5000), location=NI,
             date=D("2007", "by 2007"), source=None, trigger=T("reduced to"), planned=True,
             notes=("'... envisaged to be reduced to just 5,000 troops by 2007 ...' -> planned garrison size (planned "
                    "presence, as set (w)'s 'below 5,000 by late summer'); 'just' is not a bound -> qualifier null.")),
    ],
    hard_negatives=[
        H("three 'home service' battalions", "units"),
        H("eleven battalions", "units"),
        H("five battalions", "units"),
        H("1 RIR", "unit number"),
        H("1 August 2007", "date"),
        H("A number of observation posts", "things"),
    ])

# ---------------------------------------------------------------- Iraq 2005: Norway
IRQ_NO = L("Iraq", "IRQ", None, None, None, 4, at="stationed in Iraq")
ANN["wn_2005_09_16_iraq_norway_withdrawal"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("NOR", "Norway", at="member Norway"), civilian=False,
             count=C("approximately 20", num="20", value=20, approx=True, qualifier="approximately"),
             location=IRQ_NO, date=D(None), source=None, trigger=T("stationed"),
             notes=("'Nato member Norway still has approximately 20 stationed in Iraq.' -> present force (presence); "
                    "'still has' with no time word -> date null. The announced withdrawal of 'the remainder' has no "
                    "count of its own (hard negative).")),
        dict(id="e2", type="presence", actor=A("NOR", "Norway", at="Previously Norway"), civilian=False,
             count=C("approximately 170", num="170", value=170, approx=True, qualifier="approximately"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="soldiers  stationed in Iraq"), date=D(None, "Previously"),
             source=None, trigger=T("stationed", at="soldiers  stationed"),
             notes=("'Previously Norway had approximately 170 soldiers stationed in Iraq, of which most were withdrawn in "
                    "2004 ...' -> an earlier force level (presence); 'Previously' is vague -> value null, surface kept "
                    "(as set (w)). 'most were withdrawn' is a withdrawal without count.")),
    ],
    hard_negatives=[
        H("the remainder of its troops", "withdrawal, no count"),
        H("most were withdrawn in 2004", "withdrawal, no count"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Britain's withdrawal timetable
IRAQ06 = L("Iraq", "IRQ", None, None, None, 4, at="Iraq's first full-term")
ANN["wn_2006_05_22_iraq_britain_withdrawal_timetable"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("GBR", "Britain", at="Britain has around"), civilian=False,
             count=C("around 7,000", num="7,000", value=7000, approx=True, qualifier="around"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="7,000 troops in Iraq"), date=D(None), source=None,
             trigger=T("has", at="Britain has around"),
             notes="'Britain has around 7,000 troops in Iraq.' -> present force, no time word -> date null."),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 11", num="11", value=11, low=11, qualifier="at least"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="across Iraq"), date=D(None), source=None,
             trigger=T("killed", at="11 people killed"),
             notes=("'As violence continues across Iraq with at least 11 people killed in shootings and bomb attacks, ...' "
                    "-> killed, bare 'people' -> actor and civilian null; no day is given -> date null.")),
        dict(id="e3", type="presence", actor=A("coalition", "foreign", at="foreign soldiers stationed"), civilian=False,
             count=C("approximately 150,000", num="150,000", value=150000, approx=True, qualifier="approximately"),
             location=IRAQ06, date=D(None), source=None, trigger=T("stationed", at="stationed there"),
             notes=("'... withdrawal plans for approximately 150,000 foreign soldiers stationed there.' ('there' = Iraq, "
                    "named earlier in the sentence) -> presence of the multinational force; actor 'coalition' (the text's "
                    "'multinational force'/'coalition forces'; close call).")),
        dict(id="e4", type="presence", actor=A("USA", "The United States", at="The United States says"), civilian=False,
             count=C("133,000", value=133000), location=IRAQ06, date=D(None), source=S("The United States says"),
             trigger=T("pulling out", at="timetable for pulling out"),
             notes=("'The United States says it is too early to discuss a timetable for pulling out its 133,000 troops.' "
                    "-> the whole US force named in a withdrawal context -> presence (set (w)'s convention); place from the "
                    "previous sentence.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("GBR", "British", at="108 British"), civilian=False,
             count=C("108", value=108), location=L("Iraq", "IRQ", None, None, None, 4, at="killed in Iraq"),
             date=D("2003/2006-05-22", "since it joined coalition in 2003"), source=None, trigger=T("killed", at="killed in Iraq"),
             cumulative=True,
             notes="'108 British military personnel have been killed in Iraq since it joined coalition in 2003.' -> running total (cumulative; 2003 to publication)."),
    ],
    hard_negatives=[
        H("all foreign combat troops", "withdrawal, no count"),
        H("some non-combatant foreign soldiers", "no count"),
        H("some troops home", "withdrawal, no count"),
        H("18 provinces", "provinces"),
        H("three years of struggle", "duration"),
        H("within four years", "duration"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: day 7 of the Israel-Hezbollah war
LEB = L("Lebanon", "LBN", None, None, None, 4, at="civilian population in Lebanon")
WEEK = "2006-07-11/2006-07-18"
ANN["wn_2006_07_18_lebanon_israel_hezbollah_day_seven"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LBN", "Lebanese", at="200 Lebanese"), civilian=True,
             count=C("200", value=200, at="200 Lebanese"), location=LEB, date=D(WEEK, "in the past seven days"),
             source=None, trigger=T("killed", at="reported to be killed"), cumulative=True, is_total=True,
             notes=("'... 200 Lebanese civilians have been reported to be killed in the past seven days, 30 of them today.' "
                    "-> running total of the week (cumulative; 'in the past seven days' -> publication minus seven days). "
                    "'have been reported' names no speaker (no hedge field used: it is the ordinary reporting verb).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("LBN", "Lebanese", at="200 Lebanese"), civilian=True,
             count=C("30", value=30, at="30 of them today"), location=LEB, date=D("2006-07-18", "today", at="30 of them today"),
             source=None, trigger=T("killed", at="reported to be killed"), part_of="e1",
             notes="'30 of them today' -> part of e1 killed on the publication day."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("ISR", "Israelis", at="24 Israelis"), civilian=None,
             count=C("at least 24", num="24", value=24, low=24, qualifier="at least"), location=None,
             date=D(WEEK, "in the past seven days", derived_from_context=True), source=None,
             trigger=T("killed", at="reported killed"), cumulative=True, is_total=True,
             notes=("'As a result of Hezbollah fire, at least 24 Israelis have been reported killed, including 9 civilians "
                    "at the Haifa train station.' -> running total (the period of the previous sentence, derived); mixed "
                    "toll -> civilian null; no place for the total -> null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ISR", "Israelis", at="24 Israelis"), civilian=True,
             count=C("9 civilians", num="9", value=9), location=L("the Haifa train station", "ISR", "Haifa", 32.82, 34.99, 1),
             date=D(None), source=None, trigger=T("killed", at="reported killed"), part_of="e3",
             notes="'including 9 civilians at the Haifa train station' -> part of e3; the text gives no day for the Haifa strike -> date null."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("LBN", "Lebanese", at="30 Lebanese soldiers"), civilian=False,
             count=C("30 Lebanese soldiers", num="30", value=30), location=LEB,
             date=D(WEEK, "in the past seven days", derived_from_context=True), source=None,
             trigger=T("died", at="have died without"), cumulative=True, is_total=True,
             notes="'In addition, 30 Lebanese soldiers have died without engaging Israeli units.' -> running total of the conflict (period of the civilian total, derived)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("LBN", "Lebanese", at="a Lebanese army base"), civilian=False,
             count=C("Eleven", value=11), location=L("a Lebanese army base east of Beirut", "LBN", "Mount Lebanon", 33.88, 35.58, 2),
             date=D("2006-07-18", "today", at="killed today"), source=None, trigger=T("killed", at="killed today"), part_of="e5",
             notes="'Eleven of them were killed today in an Israeli air strike on a Lebanese army base east of Beirut.' -> part of e5; offset from Beirut (precision 2, point estimated)."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("LBN", "Lebanese", at="A Lebanese barracks"), civilian=False,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several soldiers"), location=None,
             date=D("2006-07-17", "yesterday", at="hit yesterday"), source=None, trigger=T("killing", at="killing several"), part_of="e5",
             notes="'A Lebanese barracks was also hit yesterday, killing several soldiers.' -> part of the soldiers' total (close call); no place named -> null."),
        dict(id="e8", type="casualty", outcome="captured", actor=A("ISR", "Israel", at="Israel's ultimatum"), civilian=False,
             count=C("two", value=2, at="its two soldiers"),
             location=L("along the Lebanon-Israel border", "ISR", None, None, None, 3),
             date=D("2006-07-10/2006-07-16", "last week's", derived_from_context=True), source=None,
             trigger=T("released", at="should be released"),
             notes=("'... Israel's ultimatum that its two soldiers should be released ...' -> the two soldiers held by "
                    "Hezbollah (captured, not released). Date from 'last week's kidnappings' (previous calendar week), "
                    "place from the lede ('a Hezbollah attack along the Lebanon-Israel border'; border region, "
                    "precision 3). The earlier 'urging Hezbollah to release Israeli soldiers' has no count (hard negative).")),
        dict(id="e9", type="casualty", outcome="killed", actor=A("ISR", "Israeli", at="One Israeli"), civilian=None,
             count=C("One Israeli", num="One", value=1), location=L("northern Israel", "ISR", "Northern District", None, None, 3, at="towns in northern Israel"),
             date=D("2006-07-18", "today", at="have also today", derived_from_context=True), source=None,
             trigger=T("killed", at="was killed."),
             notes="'Hezbollah militants have also today fired rockets on towns in northern Israel. ... One Israeli was killed.' -> killed (value 1), day and region from the same paragraph."),
    ],
    hard_negatives=[
        H("release Israeli soldiers", "no count"),
        H("500,000 people have been displaced", "displaced people"),
        H("750 Hezbollah rockets", "things"),
        H("Hundreds of foreigners have been evacuated", "evacuated, not a casualty or force"),
        H("One week has passed", "duration"),
        H("posts troops in southern Lebanon", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Musa Qala and the west
MUSA = L("the Musa Qala district", "AFG", "Helmand", None, None, 3)
ANN["wn_2006_08_27_afghanistan_musa_qala_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("GBR", "British", at="a British soldier"), civilian=False,
             count=C("a British soldier", num="a", value=1), location=MUSA, date=D("2006-08-27", "today"),
             source=None, trigger=T("killing", at="killing a British"),
             notes=("'A military compound in Southern Afghanistan came under insurgent fire today killing a British soldier "
                    "and injuring seven others.' -> killed (value 1). Place: the next sentences place the same fight in "
                    "'the Musa Qala district' (district -> precision 3).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("seven others", num="seven", value=7), location=MUSA, date=D("2006-08-27", "today"),
             source=None, trigger=T("injuring"),
             notes="'... and injuring seven others.' -> wounded; the text does not say whose (actor and civilian null, close call)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("militants", "militants", at="10 militants"), civilian=False,
             count=C("10 militants", num="10", value=10), location=MUSA, date=D("2006-08-27", "today", derived_from_context=True),
             source=None, trigger=T("killed", at="were killed."),
             notes="'In response to the attack 10 militants were killed.' -> killed; day of the attack (derived)."),
        dict(id="e4", type="presence", actor=A("militants", "gunmen", at="40 gunmen"), civilian=False,
             count=C("40 gunmen", num="40", value=40), location=MUSA, date=D("2006-08-27", "today", derived_from_context=True),
             source=None, trigger=T("stormed"), hedge="It is reported",
             notes="'It is reported that 40 gunmen stormed the Musa Qala district ...' -> attacking force (presence); unnamed gunmen -> 'militants'; speakerless 'It is reported' -> hedge."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("two police officers", num="two", value=2), location=L("Western Afghanistan", "AFG", None, None, None, 3),
             date=D(None), source=None, trigger=T("killed", at="officers were killed"),
             notes=("'In Western Afghanistan two police officers were killed and two others injured when insurgents opened "
                    "fire.' -> killed; Afghan police by plain implication (AFG, surface null). No day for this incident "
                    "(the 'today' of the lede belongs to the compound attack) -> date null. Region -> precision 3.")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("AFG"), civilian=False,
             count=C("two others", num="two", value=2, at="two others injured"), location=L("Western Afghanistan", "AFG", None, None, None, 3),
             date=D(None), source=None, trigger=T("injured", at="others injured"),
             notes="'... and two others injured' -> wounded police (as e5)."),
    ],
    hard_negatives=[
        H("Reports that civilians had been killed", "no count"),
        H("a Danish contingent", "no count"),
        H("a large number of Afghan police", "no count"),
        H("Four missiles", "things"),
        H("No fatalities or injuries were reported", "negated casualties"),
        H("three-hour gunfight", "duration"),
        H("over 30 years", "duration"),
        H("they police officers may have been killed", "restatement of e5"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2006: Sampur
SAMPUR = L("the rebel-held enclave of Sempur", "LKA", "Eastern", 8.49, 81.30, 1)
ANN["wn_2006_09_04_sri_lanka_sampur_capture"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LKA", "government", at="one government soldier"), civilian=False,
             count=C("one government soldier", num="one", value=1), location=SAMPUR,
             date=D("2006-09-03/2006-09-04", "Overnight", approx=True), source=None, trigger=T("killed", at="killed one"),
             notes=("'Overnight shelling and mortar attacks from the Tamil Tigers , the main rebel group involved in the "
                    "fighting, killed one government soldier and injured several others.' -> killed (value 1). 'Overnight' "
                    "-> the night before publication (interval, approx). Place: the enclave the troops took (the shelling "
                    "hit the advancing troops; close call; point approximate).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("LKA", "government", at="one government soldier"), civilian=False,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several others"), location=SAMPUR,
             date=D("2006-09-03/2006-09-04", "Overnight", approx=True), source=None, trigger=T("injured", at="injured several"),
             notes="'... and injured several others.' -> wounded government soldiers (several: low 3)."),
    ],
    hard_negatives=[
        H("10-km swath", "distance"),
        H("three Tamil Tiger guns", "weapons"),
        H("four years ago", "date"),
    ])

# ---------------------------------------------------------------- Somalia 2007: Ugandan AU troops
SOM07 = L("Somalia", "SOM", None, None, None, 4, at="deployed to Somalia")
MOG = L("Mogadishu", "SOM", "Banaadir", 2.05, 45.32, 1, at="arriving at Mogadishu")
ANN["wn_2007_03_10_somalia_uganda_au_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("UGA", "Uganda", at="Uganda has already"), civilian=False,
             count=C("1,000", value=1000), location=SOM07, date=D(None), source=None, trigger=T("sent", at="already sent"),
             notes=("'Uganda has already sent 1,000 of a planned 1,500 troops under AU auspices to the area.' ('the area' "
                    "= Somalia of the lede) -> deployment done (not planned); no day -> date null. The 1,000 are the "
                    "first part of the planned 1,500 (e2); not marked part_of because e2 is a plan, not a total of "
                    "deployed troops (close call).")),
        dict(id="e2", type="deployment", actor=A("UGA", "Uganda", at="Uganda has already"), civilian=False,
             count=C("a planned 1,500", num="1,500", value=1500), location=SOM07, date=D(None), source=None,
             trigger=T("planned", at="a planned"), planned=True, part_of="e3",
             notes="'... of a planned 1,500 troops ...' -> Uganda's planned contingent (planned deployment), part of the AU's planned 8,000 (e3)."),
        dict(id="e3", type="deployment", actor=A("AU", "The AU", at="The AU plans"), civilian=False,
             count=C("8,000", value=8000), location=SOM07, date=D(None), source=None, trigger=T("plans to send"),
             planned=True, is_total=True,
             notes="'The AU plans to send 8,000 multinational troops in total ...' -> planned deployment, total of the contributions ('in total')."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("UGA", "UPDF", at="two UPDF troops"), civilian=False,
             count=C("two UPDF troops", num="two", value=2), location=MOG,
             date=D("2007-03-05/2007-03-10", "Over this week"), source=None, trigger=T("wounded", at="were wounded in an ambush"),
             notes=("'Over this week, two UPDF troops were wounded in an ambush ...' -> wounded; 'this week' -> Monday to "
                    "the Saturday of publication; place: Mogadishu, where the UPDF arrived (previous sentences).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("UGA", "UPDF", at="Two UPDF soldiers"), civilian=False,
             count=C("Two UPDF soldiers", num="Two", value=2), location=L("the airport", "SOM", "Banaadir", 2.01, 45.30, 1, at="fire at the airport"),
             date=D(None), source=None, trigger=T("wounded", at="also wounded"),
             notes=("'Two UPDF soldiers were also wounded by shrapnel in the attack and were flown back to Uganda.' -> a "
                    "second pair ('also'); 'the attack' read as the mortar attack at the airport during the hand-over "
                    "ceremony (close call: it could be the ambush of e4 restated). No day -> null.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("13 civilians", num="13", value=13), location=MOG, date=D("2007-03-07", "on March 7"), source=None,
             trigger=T("killed", at="killed 13"),
             notes=("'Another mortar attack that missed a UPDF convoy and hit a nearby restaurant on March 7 killed 13 "
                    "civilians and wounded 20.' -> civilians in Mogadishu; Somali by plain implication (surface null). "
                    "Place: the city of the UPDF's arrival (the restaurant has no name).")),
        dict(id="e7", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("20", value=20, at="wounded 20"), location=MOG, date=D("2007-03-07", "on March 7"), source=None,
             trigger=T("wounded", at="wounded 20"),
             notes="'... and wounded 20.' -> wounded; the text does not say who the 20 were -> actor and civilian null (close call)."),
    ],
    hard_negatives=[
        H("one of its planes", "aircraft"),
        H("a landmine", "thing"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Canadian soldier killed in Zhari
ZHARI = L("the Zhari district", "AFG", "Kandahar", None, None, 3)
ANN["wn_2007_05_26_afghanistan_zhari_canadian_soldier"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="Canadian  soldier"), civilian=False,
             count=C("55<sup>th</sup>", num="55", value=55, qualifier="ordinal"), location=ZHARI,
             date=D("2007-05-25", "on Friday", derived_from_context=True), source=None, trigger=T("killed", at="killed in Afghanistan"),
             cumulative=True, alt_mentions=[S("55th", at="He is the 55th")],
             notes=("'The 55<sup>th</sup> Canadian  soldier was killed in Afghanistan, when a large roadside bomb exploded.' "
                    "-> ordinal as running total (value 55, cumulative, as GUIDELINES 4); the markup leftover '<sup>' is "
                    "kept inside the count surface. 'He is the 55th Canadian to die in Afghanistan.' -> alt_mention. Date of "
                    "this death 'on Friday' (next sentence; Saturday item -> 2007-05-25). Place: the Zhari district.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("CAN", "Canadian", at="Another Canadian"), civilian=False,
             count=C("Another Canadian soldier", num="Another", value=1), location=ZHARI,
             date=D("2007-05-25", "on Friday", derived_from_context=True), source=None, trigger=T("wounded", at="being wounded"),
             notes="'Another Canadian soldier and an Afghan interpreter are in stable condition after also being wounded in the explosion ...' -> two wounded of two sides, annotated as two events (value 1 each)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AFG", "Afghan", at="an Afghan interpreter"), civilian=True,
             count=C("an Afghan interpreter", num="an", value=1), location=ZHARI,
             date=D("2007-05-25", "on Friday", derived_from_context=True), source=None, trigger=T("wounded", at="being wounded"),
             notes="Interpreter -> civilian true (GUIDELINES 3). 'The Afghan interpreter was slightly wounded' (quote) is a restatement (hard negative)."),
        dict(id="e4", type="presence", actor=A("CAN", "Canadian", at="2,500 Canadian"), civilian=False,
             count=C("approximately 2,500", num="2,500", value=2500, approx=True, qualifier="approximately"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="stationed in Afghanistan"),
             date=D("2007-05-26", "currently"), source=None, trigger=T("deployed", at="currently deployed"),
             notes="'... there are approximately 2,500 Canadian troops currently deployed there.' -> force level (presence); 'currently' -> publication day."),
    ],
    hard_negatives=[
        H("25, from Orangeville", "age"),
        H("The Afghan interpreter was slightly wounded", "restatement of e3"),
        H("a Canadian tank, but no injuries", "vehicle; negated casualties"),
        H("The second bomb killed McCully", "named soldier of e1, no count"),
        H("three-day visit", "duration"),
    ])

# ---------------------------------------------------------------- Pakistan 2007: Dera Ismail Khan, the border and Swat
SWAT = L("the town of Swat", "PAK", "Khyber Pakhtunkhwa", 34.78, 72.36, 1)
ANN["wn_2007_07_15_pakistan_dera_ismail_khan_swat_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("up to 31", num="31", value=31, high=31, approx=True, qualifier="up to"), location=None,
             date=D("2007-07-15", "On Sunday"), source=None, trigger=T("killed", at="killed up to"), is_total=True,
             notes=("'On Sunday two separate suicide bombing attacks killed up to 31 people.' -> total of the two attacks "
                    "(is_total; two places -> location null). Only the Dera Ismail Khan part (e2) is itemized.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("17 police recruits", num="17", value=17),
             location=L("a police headquarters in Dera Ismail Kha", "PAK", "Khyber Pakhtunkhwa", 31.83, 70.90, 1),
             date=D("2007-07-15", "On Sunday", derived_from_context=True), source=None, trigger=T("killing", at="killing 17"),
             part_of="e1",
             notes="'... a suicide bomber detonated in front of a police headquarters in Dera Ismail Kha killing 17 police recruits ...' -> part of e1; police recruits -> civilian false, Pakistani by plain implication; source spelling 'Kha' kept."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("67 people", num="67", value=67), location=L("Pakistan", "PAK", None, None, None, 4, at="shooting in Pakistan"),
             date=D(None, "Since the Red Mosque siege began"), source=None, trigger=T("killed", at="67 people killed"),
             cumulative=True,
             notes="'Since the Red Mosque siege began there have been 67 people killed in bombing and shooting in Pakistan.' -> running total; the start is named but not dated in the text -> value null, surface kept (as set (w))."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("24 soldiers", num="24", value=24), location=SWAT, date=D("2007-07-14", "On Saturday"), source=None,
             trigger=T("killed", at="soldiers were killed"),
             notes="'On Saturday 24 soldiers were killed when a suicide bomber crashed into two army vehicles in the town of Swat along the Afghani border.' -> killed; Pakistani army by plain implication. The point is Mingora (the text's 'town of Swat'; estimate)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("three civilians", num="three", value=3), location=SWAT,
             date=D("2007-07-14", "On Saturday", derived_from_context=True), source=None, trigger=T("killed", at="civilians were killed"),
             notes="'In that attack three civilians were killed 39 people were wounded ...' -> killed civilians (Swat attack)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("39 people", num="39", value=39), location=SWAT,
             date=D("2007-07-14", "On Saturday", derived_from_context=True), source=None, trigger=T("wounded", at="people were wounded"),
             notes="'... 39 people were wounded most of them critically.' -> wounded, bare people."),
    ],
    hard_negatives=[
        H("two separate suicide bombing attacks", "incidents"),
        H("two roadside bombs", "things"),
        H("two army vehicles", "vehicles"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Romanian sergeant
ANN["wn_2007_09_07_afghanistan_romanian_sergeant"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ROU", "Romania n"), civilian=False,
             count=C("A Romania n soldier", num="A", value=1),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan  and two"),
             date=D("2007-09-06", "on Thursday"), source=None, trigger=T("killed", at="was killed on"),
             notes="'A Romania n soldier was killed on Thursday in Afghanistan  and two others were wounded ...' -> killed (value 1; conversion leftover 'Romania n' kept). Friday item -> Thursday 2007-09-06. Only the country is given for the incident ('a Kandahar military hospital' is where the wounded were taken)."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("ROU", "Romania n"), civilian=False,
             count=C("two others", num="two", value=2), location=L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan  and two"),
             date=D("2007-09-06", "on Thursday"), source=None, trigger=T("wounded", at="were wounded after"),
             notes="'... and two others were wounded after their armored personnel carrier  ran over a makeshift device.' -> wounded 2. The later 'Four other members of the team were all injured' contradicts it (e3; GUIDELINES 6: kept as written)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("ROU", "Romania n"), civilian=False,
             count=C("Four other members", num="Four", value=4), location=L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan  and two"),
             date=D("2007-09-06", "on Thursday", derived_from_context=True), source=None, trigger=T("injured", at="all injured"),
             notes="'Sergeant Major Aurel Marcu, 31, died immediately. Four other members of the team were all injured.' -> a second, different wounded figure in the article's own voice (kept as a separate claim; figures do not add up with e2). The breakdown 'Two of the soldiers ... The other two received medical assistance' is treatment status (hard negatives)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ROU", "Romanian", at="Romanian soldiers dead"), civilian=False,
             count=C("seven", value=7, at="seven the number"), location=None, date=D(None), 
             source=S("According to Romanian daily ''Evenimentul Zilei''"), trigger=T("dead", at="soldiers dead"),
             cumulative=True, is_total=True, alt_mentions=[S("the seventh", at="He is the seventh")],
             notes="'... this brings up to seven the number of Romanian soldiers dead on the 'anti-terror' front in Iraq  and Afghanistan.' -> running total (cumulative, no start -> date null; two countries -> location null). 'He is the seventh Romanian Army  fatality' -> alt_mention (ordinal restating the total)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("ROU", "Romanian", at="Romanian Army"), civilian=False,
             count=C("three victims", num="three", value=3), location=L("Iraq", "IRQ", None, None, None, 4, at="victims in Iraq"),
             date=D(None), source=None, trigger=T("victims", at="three victims"), cumulative=True, part_of="e4",
             notes="'... where there have been three victims in Iraq and four in Afghanistan.' -> part of e4 (Iraq)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("ROU", "Romanian", at="Romanian Army"), civilian=False,
             count=C("four", value=4, at="four in Afghanistan"), location=L("Afghanistan", "AFG", None, None, None, 4, at="four in Afghanistan"),
             date=D(None), source=None, trigger=T("victims", at="three victims"), cumulative=True, part_of="e4",
             notes="'... and four in Afghanistan.' -> part of e4 (Afghanistan; includes e1)."),
        dict(id="e7", type="presence", actor=A("ROU", "Romania", at="Romania is one"), civilian=False,
             count=C("more than 800", num="800", value=800, low=800, qualifier="more than"), location=None, date=D(None),
             source=None, trigger=T("provide", at="which provide"),
             notes="'With more than 800 soldiers, Romania is one of the ten countries which provide most of the NATO  forces.' -> Romania's contribution to NATO forces (presence; place not stated -> null; close call)."),
    ],
    hard_negatives=[
        H("31, died immediately", "age"),
        H("Two of the soldiers", "treatment breakdown of the wounded"),
        H("The other two received medical assistance", "treatment breakdown of the wounded"),
        H("a three-year-old child", "age; family, not a casualty"),
        H("the ten countries", "countries"),
    ])

# ---------------------------------------------------------------- Iraq 2007: US troop reduction
ANN["wn_2007_11_25_iraq_us_troop_reduction"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "U.S.", at="163,000 U.S."), civilian=False,
             count=C("nearly 163,000", num="163,000", value=163000, high=163000, approx=True, qualifier="nearly"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="currently in Iraq"), date=D("2007-11-25", "currently"),
             source=None, trigger=T("serving"),
             notes="'There are nearly 163,000 U.S. troops serving currently in Iraq.' -> presence; 'currently' -> publication day."),
        dict(id="e2", type="presence", actor=A("USA", "U.S.", at="U.S. military in Iraq spokesman"), civilian=False,
             count=C("130,000", value=130000), location=L("Iraq", "IRQ", None, None, None, 4, at="leave Iraq"),
             date=D("2008-07", "before July 2008", at="before July 2008, restoring", approx=True),
             source=S("Smith also mentioned"), trigger=T("restoring"), planned=True,
             notes=("'Smith also mentioned that four more army brigades and two marine battalions would leave Iraq before "
                    "July 2008, restoring pre-surge levels of 130,000 troops.' -> planned force level (planned presence); "
                    "'before July 2008' -> 2008-07, approx. The withdrawals themselves ('at least 5,000', 'as many as "
                    "20,000') are hard negatives (GUIDELINES 2).")),
    ],
    hard_negatives=[
        H("at least 5,000 U.S. soldiers are going to be withdrawn", "withdrawal"),
        H("as many as 20,000 troops could be on their way back", "withdrawal"),
        H("five brigade combat teams", "units"),
        H("four more army brigades and two marine battalions", "units"),
        H("eight months", "duration"),
    ])

# ---------------------------------------------------------------- Pakistan 2008: Lahore courthouse
LAHORE = L("a courthouse in the Pakistan i city Lahore", "PAK", "Punjab", 31.56, 74.33, 1)
ANN["wn_2008_01_10_pakistan_lahore_courthouse_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least 24", num="24", value=24, low=24, qualifier="at least"), location=LAHORE,
             date=D("2008-01-10", "Thursday", at="courthouse Thursday", derived_from_context=True), source=None,
             trigger=T("killed", at="were killed"),
             notes=("'At least 24 people were killed and more than 60 were injured when a suicide bomber struck outside a "
                    "courthouse in the Pakistan i city Lahore .' -> killed; bare people (the police were the target, "
                    "but the dead are not described) -> null. Day from 'outside the Lahore courthouse Thursday' (derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 60", num="60", value=60, low=60, qualifier="more than"), location=LAHORE,
             date=D("2008-01-10", "Thursday", at="courthouse Thursday", derived_from_context=True), source=None,
             trigger=T("injured", at="were injured"), notes="'... and more than 60 were injured ...' -> wounded."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Hundreds", value=None, low=200, approx=True, qualifier="hundreds", at="Hundreds of people"),
             location=L("Pakistan", "PAK", None, None, None, 4, at="Pakistan has suffered"),
             date=D(None, "in recent months", derived_from_context=True), source=None, trigger=T("killed", at="have been killed."),
             cumulative=True,
             notes="'Pakistan has suffered from a wave of bomb attacks in recent months, mostly against the security forces.  Hundreds of people have been killed.' -> running total over a vague period (value null, surface kept)."),
    ],
    hard_negatives=[
        H("A large number of police are deployed", "no count"),
        H("three days of rioting", "duration"),
        H("Two weeks ago", "date"),
        H("opposition leader and former Prime Minister Benazir Bhutto  was assassinated", "named person, no count"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Mosul police chief
MOSUL = L("Mosul , Iraq", "IRQ", "Nineveh", 36.34, 43.13, 1)
ANN["wn_2008_01_24_iraq_mosul_police_chief"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("a high-ranking police chief and two other police officers", num="two", value=3, qualifier="conjunction"),
             location=MOSUL, date=D(None), source=None, trigger=T("killed", at="bomber killed"),
             notes=("'A suicide bomber killed a high-ranking police chief and two other police officers in Mosul , Iraq , at "
                    "the site of an explosion that had killed at least 34 people and wounded at least 217 the day before.' "
                    "-> coordinated phrase, value 3 (qualifier conjunction; the numeral span is 'two'). Iraqi police by plain "
                    "implication. The text dates only the earlier blast ('the day before', 'Wednesday's blast'); this "
                    "attack gets no explicit day -> date null (close call: it is implied to be Thursday). The chief named "
                    "later ('al-Jubouri ... later died') is a restatement.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 34", num="34", value=34, low=34, qualifier="at least"), location=MOSUL,
             date=D("2008-01-23", "the day before"), source=None, trigger=T("killed", at="had killed"),
             notes="'... an explosion that had killed at least 34 people and wounded at least 217 the day before.' -> the Wednesday blast (also 'Wednesday's blast'); Thursday item -> 2008-01-23."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 217", num="217", value=217, low=217, qualifier="at least"), location=MOSUL,
             date=D("2008-01-23", "the day before"), source=None, trigger=T("wounded", at="wounded at least"),
             notes="Wounded of the Wednesday blast."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("USA", "U.S.", at="a U.S. soldier"), civilian=False,
             count=C("a U.S. soldier", num="a", value=1), location=MOSUL, date=D(None),
             source=S("According to the United States  military"), trigger=T("wounded", at="were wounded in the blast"),
             notes="'According to the United States  military, a U.S. soldier, an Iraqi soldier, and three Iraqi police officers were wounded in the blast.' -> three events by side/force (US soldier, Iraqi soldier, Iraqi police); date null as e1."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("IRQ", "Iraqi", at="an Iraqi soldier"), civilian=False,
             count=C("an Iraqi soldier", num="an", value=1), location=MOSUL, date=D(None),
             source=S("According to the United States  military"), trigger=T("wounded", at="were wounded in the blast"),
             notes="Iraqi soldier wounded in the suicide blast."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("IRQ", "Iraqi", at="three Iraqi police"), civilian=False,
             count=C("three Iraqi police officers", num="three", value=3), location=MOSUL, date=D(None),
             source=S("According to the United States  military"), trigger=T("wounded", at="were wounded in the blast"),
             notes="Three Iraqi police officers wounded (police -> civilian false)."),
    ],
    hard_negatives=[
        H("al-Jubouri was rushed to a hospital, where he later died", "named chief of e1, restatement"),
        H("Whole families have vanished", "no count"),
        H("a three-story apartment block", "building"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Baghdad pet markets
BAGH = L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="marketplaces in Baghdad")
ANN["wn_2008_02_02_iraq_baghdad_pet_markets"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 72", num="72", value=72, low=72, qualifier="at least"), location=BAGH,
             date=D("2008-02-01", "On Friday"), source=None, trigger=T("killed", at="killed at least"), is_total=True,
             notes=("'On Friday, twin attacks in Iraq  killed at least 72 people and wounded another 149.' -> total of the "
                    "two market bombings (itemized 45 + 27 later); Saturday item -> Friday 2008-02-01; the two markets "
                    "are in Baghdad (next sentence). Bare people -> null (the spokesman's 'innocent Iraqis' is rhetoric, "
                    "close call). Whether the two women carrying the bombs are counted is not said.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("another 149", num="149", value=149), location=BAGH, date=D("2008-02-01", "On Friday"), source=None,
             trigger=T("wounded", at="wounded another"), notes="'... and wounded another 149.' -> wounded ('another' = additional, not a bound)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Forty-five", value=45), location=L("the Ghazl pet market", "IRQ", "Baghdad", 33.34, 44.40, 1),
             date=D("2008-02-01", "On Friday", derived_from_context=True), source=None, trigger=T("killed", at="were killed at the Ghazl"),
             part_of="e1", notes="'Forty-five were killed at the Ghazl pet market, and 27 were killed in New Baghdad.' -> part of e1."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("27", value=27, at="27 were killed"), location=L("New Baghdad", "IRQ", "Baghdad", 33.30, 44.47, 2, at="killed in New Baghdad"),
             date=D("2008-02-01", "On Friday", derived_from_context=True), source=None, trigger=T("killed", at="were killed in New"),
             part_of="e1", notes="Part of e1; New Baghdad is a district of the city (precision 2)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("87 people", num="87", value=87), location=L("al-Khilani Mosque", "IRQ", "Baghdad", 33.34, 44.41, 1),
             date=D("2007-06-19", "on June 19, 2007"), source=None, trigger=T("killed", at="which killed 87"),
             notes="'... the al-Khilani Mosque bombing  which killed 87 people on June 19, 2007.' -> an earlier incident (killed)."),
    ],
    hard_negatives=[
        H("two women", "the bomb carriers (not counted as casualties in the text)"),
        H("two booby-trapped mentally disabled women", "the bomb carriers"),
        H("twenty minutes", "duration"),
        H("two attacks in 2007", "incidents"),
    ])

# ---------------------------------------------------------------- Afghanistan 2008: Kandahar dog-fight bombing
KAND = L("Kandahar", "AFG", "Kandahar", 31.61, 65.71, 1, at="the Kandahar  city")
ANN["wn_2008_02_17_afghanistan_kandahar_dogfight_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 80", num="80", value=80, low=80, qualifier="at least"), location=KAND,
             date=D("2008-02-17", "this morning", derived_from_context=True), source=S("Witnesses have reported"),
             trigger=T("died", at="have died"), is_total=True,
             notes=("'Witnesses have reported that at least 80 people have died in a bombing in Afghanistan .' -> killed "
                    "(witnesses' figure); place: 'the Kandahar  city area' (next sentence); day from the ministry's "
                    "'this morning' (derived). The three tolls (witnesses, ministry, police) are separate claims (GUIDELINES 6).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="killed dozens"), location=KAND,
             date=D("2008-02-17", "this morning", derived_from_context=True),
             source=S("A spokesman for the Interior Ministry of Afghanistan"), trigger=T("killed", at="killed dozens"),
             notes="'He added that \"killed dozens and wounded dozens more,\"' -> the ministry spokesman's toll (pronoun resolved)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="dozens more"), location=KAND,
             date=D("2008-02-17", "this morning", derived_from_context=True),
             source=S("A spokesman for the Interior Ministry of Afghanistan"), trigger=T("wounded", at="wounded dozens"),
             notes="'... wounded dozens more' -> wounded (ministry)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("56 people", num="56", value=56), location=KAND,
             date=D("2008-02-17", "this morning", derived_from_context=True),
             source=S("A senior police official has been quoted as saying"), trigger=T("martyred"),
             notes="'\"We have 56 people martyred and about 40 others wounded.\"' -> the police official's toll."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("about 40 others", num="40", value=40, approx=True, qualifier="about"), location=KAND,
             date=D("2008-02-17", "this morning", derived_from_context=True),
             source=S("A senior police official has been quoted as saying"), trigger=T("wounded", at="others wounded"),
             notes="Police official's wounded figure."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("a  famous former commander", num="a", value=1), location=KAND,
             date=D("2008-02-17", "this morning", derived_from_context=True),
             source=S("Reports from witnesses have also stated"), trigger=T("killed", at="was killed in the blast"), part_of="e1",
             notes="'Reports from witnesses have also stated that a  famous former commander was killed in the blast.' -> one of the witnesses' dead (part of e1); a former commander -> civilian null."),
    ],
    hard_negatives=[
        H("a number of people killed and injured", "no count"),
        H("the number is very high", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2008: Indian embassy in Kabul
EMB = L("the Indian  embassy in central Kabul", "AFG", "Kabul", 34.53, 69.17, 1)
MON = D("2008-07-07", "on Monday morning", derived_from_context=True)
ANN["wn_2008_07_07_afghanistan_kabul_indian_embassy"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True, count=C("41", value=41, at="killed 41"),
             location=EMB, date=MON, source=None, trigger=T("killed", at="bombing killed"), is_total=True,
             notes=("'The bombing killed 41, and injured at least 141.' -> killed total; 'Of the casualties, most were "
                    "civilians' -> civilian true (section 10: mostly civilians); day from the lede. Itemized in part "
                    "(e3-e7); 'embassy workers' has no count.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("at least 141", num="141", value=141, low=141, qualifier="at least"), location=EMB, date=MON, source=None,
             trigger=T("injured", at="injured at least"), notes="Wounded; 'most were civilians' covers the casualties -> civilian true."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IND", "Indian", at="Indian  embassy"), civilian=False,
             count=C("a defense attache", num="a", value=1), location=EMB, date=MON, source=None, trigger=T("dead", at="The dead include"),
             part_of="e1", notes="'The dead include embassy workers, a defense attache, a senior counselor, two security guards, an Afghan employee and six police officers.' -> the embassy's defence attaché (Indian, military -> civilian false; close call on the actor)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IND", "Indian", at="Indian  embassy"), civilian=True,
             count=C("a senior counselor", num="a", value=1), location=EMB, date=MON, source=None, trigger=T("dead", at="The dead include"),
             part_of="e1", notes="The embassy's senior counsellor (diplomat -> civilian true)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two security guards", num="two", value=2), location=EMB, date=MON, source=None, trigger=T("dead", at="The dead include"),
             part_of="e1", notes="Security guards, side not stated -> actor and civilian null (as set (v)'s bodyguards)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="an Afghan employee"), civilian=True,
             count=C("an Afghan employee", num="an", value=1), location=EMB, date=MON, source=None, trigger=T("dead", at="The dead include"),
             part_of="e1", notes="An Afghan employee (civilian)."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("six police officers", num="six", value=6), location=EMB, date=MON, source=None, trigger=T("dead", at="The dead include"),
             part_of="e1", notes="Six police officers; Afghan police by plain implication (surface null)."),
    ],
    hard_negatives=[
        H("embassy workers", "no count"),
        H("Many of the victims were Afghans", "no count"),
        H("Of the casualties, most were civilians", "no count (status of e1/e2)"),
    ])

# ---------------------------------------------------------------- Algeria 2008: Zemmouri
ZEM = L("a beach called Zemmouri el-Bahri", "DZA", "Boumerdès", 36.80, 3.60, 1)
ANN["wn_2008_08_10_algeria_zemmouri_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None, count=C("8 people", num="8", value=8),
             location=ZEM, date=D("2008-08-09", "Last night"), source=S("according to Algerian public radio"),
             trigger=T("killed", at="bomber killed"),
             notes="'Last night a suicide bomber killed 8 people and wounded 19 others according to Algerian public radio.' -> killed; Sunday item -> Saturday night 2008-08-09; place from the third sentence (the bomber's death is not counted)."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None, count=C("19 others", num="19", value=19),
             location=ZEM, date=D("2008-08-09", "Last night"), source=S("according to Algerian public radio"),
             trigger=T("wounded", at="wounded 19"), notes="Wounded, same claim."),
        dict(id="e3", type="casualty", outcome="casualties", actor=A(None), civilian=None, count=C("20 people", num="20", value=20),
             location=None, date=D("2008-08-03", "on August 3"), source=None, trigger=T("killing or injuring"),
             notes="'... another suicide car bombing that occurred on August 3, killing or injuring 20 people.' -> casualties of unstated kind (as set (w)'s 'killed or injured'); no place."),
    ],
    hard_negatives=[
        H("A police officer reportedly fired", "a single officer, not a casualty or force"),
        H("A van full of explosives", "vehicle"),
    ])

# ---------------------------------------------------------------- Gaza 2009: day 17
GAZA = L("the Gaza Strip", "PSE", None, None, None, 3, at="overnight in the Gaza Strip")
ANN["wn_2009_01_13_gaza_fighting_day_17"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("passed 900", num="900", value=900, low=900, qualifier="passed"), location=GAZA,
             date=D(None), source=None, trigger=T("death toll"), cumulative=True,
             notes=("'The death toll from the war passed 900 with thousands more injured.' -> running toll of the war "
                    "(cumulative); 'passed' = more than (low 900, approx false, as 'more than'). The war's start is not "
                    "dated in the text ('entered its 17 day') -> date null. Whose dead is not said -> null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands", at="thousands more"), location=GAZA,
             date=D(None), source=None, trigger=T("injured", at="more injured"), cumulative=True,
             notes="'... with thousands more injured.' -> running wounded toll (thousands: low 2000)."),
    ],
    hard_negatives=[
        H("its 17 day", "day count"),
        H("the large number of casualties", "no count"),
        H("Several areas of black and white smoke", "no people"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2009: LTTE air raid on Colombo
COLOMBO = L("Colombo", "LKA", "Western", 6.93, 79.85, 1, at="capital of Colombo")
ANN["wn_2009_02_21_sri_lanka_colombo_air_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least two", num="two", value=2, low=2, qualifier="at least"), location=COLOMBO,
             date=D("2009-02-20", "on Friday", derived_from_context=True), source=None, trigger=T("dead", at="are dead"),
             notes="'... bombed the Sri Lanka n capital of Colombo  using two light aircraft on Friday. At least two are dead and another 50 injured.' -> killed; Saturday item -> Friday 2009-02-20 (derived from the previous sentence); who died is not said."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("another 50", num="50", value=50), location=COLOMBO,
             date=D("2009-02-20", "on Friday", derived_from_context=True), source=None, trigger=T("injured", at="50 injured"),
             notes="'... and another 50 injured.' -> wounded ('another' = additional)."),
    ],
    hard_negatives=[
        H("two light aircraft", "aircraft"),
        H("over 25 years", "duration"),
    ])

# ---------------------------------------------------------------- US Army 2008: four brigades for Iraq
ANN["army_2008_06_30_iraq_four_brigade_rotation"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "Department of the Army", at="The Department of the Army"), civilian=False,
             count=C("approximately 18, 000", num="18, 000", value=18000, approx=True, qualifier="approximately"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="rotation to Iraq"),
             date=D("2009-01/2009-04", "in the early months of 2009", approx=True), source=S("The Department of the Army confirmed"),
             trigger=T("rotation", at="next rotation"), planned=True,
             notes=("'The Department of the Army confirmed today, June 30, the Department of Defense's announcement for the "
                    "next rotation of four brigade combat teams consisting of approximately 18, 000 personnel in support "
                    "of Operation Iraqi Freedom. The deployment window for these units will begin in the early months of "
                    "2009' -> planned deployment; the source's '18, 000' (stray space) kept as the numeral; destination "
                    "Iraq (next paragraph 'rotation to Iraq'); 'early months of 2009' -> 2009-01/2009-04 (GUIDELINES 5). "
                    "Actor USA with the Army as the naming phrase (close call: the text has no 'U.S.' next to the count). "
                    "The Ironhorse Brigade's earlier tours (March 2004, October 2006) carry no head counts.")),
    ],
    hard_negatives=[
        H("four brigade combat teams", "units"),
        H("1st (Ironhorse) Brigade", "unit"),
        H("10th Mountain Division", "unit"),
        H("56th Brigade (Stryker) Combat Team", "unit"),
        H("OPERATION IRAQI FREEDOM II", "operation name"),
        H("Operation Iraqi Freedom 06-08", "operation name"),
        H("hundreds of millions of dollars", "money"),
        H("a third time", "frequency"),
    ])

# ---------------------------------------------------------------- Somalia 2015: Janaale
JAN = L("the base at Janaale in the Lower Shabelle region", "SOM", "Lower Shabelle", 1.82, 44.70, 1)
ANN["voa_2015_09_01_somalia_janaale_au_base"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AU", "African Union", at="an African Union base"), civilian=False,
             count=C("at least 19", num="19", value=19, low=19, qualifier="at least"), location=JAN,
             date=D("2015-09-01", "Tuesday"), source=S("a high-ranking Somali official"), trigger=T("killing", at="killing at least"),
             notes=("'Al-Shabab militants assaulted an African Union base in southern Somalia Tuesday, killing at least 19 "
                    "soldiers ...' -> killed AU soldiers; 'The death toll was provided by a high-ranking Somali official' "
                    "(source). Place from the third paragraph (the base at Janaale; point estimated). Tuesday item -> "
                    "same day.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("AU", "AU", at="AU troops were abducted"), civilian=False,
             count=C("a similar number", num="a similar number", value=19, approx=True, qualifier="a similar number"),
             location=JAN, date=D("2015-09-01", "Tuesday", derived_from_context=True),
             source=S("a high-ranking Somali official who told VOA"), trigger=T("abducted"),
             notes=("'... a high-ranking Somali official who told VOA that a similar number of AU troops were abducted by "
                    "Al-Shabab.' -> captured; the count refers back to 'at least 19' -> value 19, approx (close call: an "
                    "anaphoric quantity; kept because it is an explicit claim of a number). 'reportedly taking others "
                    "hostage' in the lede has no count (hard negative).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("BDI", "Burundi", at="from Burundi"), civilian=False,
             count=C("more than 50", num="50", value=50, low=50, qualifier="more than"),
             location=L("another AMISOM base in the same region", "SOM", "Lower Shabelle", None, None, 3),
             date=D("2015-06", "In June"), source=None, trigger=T("killing", at="killing more than"),
             notes="'In June, al-Shabab attacked another AMISOM base in the same region, killing more than 50 soldiers from Burundi.' -> earlier attack (Leego, not named here); region only -> precision 3."),
    ],
    hard_negatives=[
        H("reportedly taking others hostage", "no count"),
        H("many of the soldiers fled", "no count"),
        H("exactly one year", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Nangarhar raid
NANG = L("the eastern province of Nangarhar", "AFG", "Nangarhar", None, None, 3)
ANN["voa_2007_04_29_afghanistan_nangarhar_raid_protest"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("an adult woman and a teenager", num="an", value=2, qualifier="conjunction"), location=NANG,
             date=D("2007-04-29", "early Sunday", derived_from_context=True), source=S("he said", at="he said."),
             trigger=T("killed", at="were also killed"), alt_mentions=[S("two female civilians")],
             notes=("'\"Unfortunately an adult woman and a teenager were also killed in the crossfire ...,\" he said.' -> "
                    "the fuller statement of the lede's 'two female civilians' (primary, GUIDELINES 6; the lede is an "
                    "alt_mention); 'he' = Major William Mitchell (source surface kept as 'he said', speaker in notes). "
                    "Afghan by plain implication. Raid 'early Sunday' (Sunday item).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants", "militants", at="four militants"), civilian=False,
             count=C("four militants", num="four", value=4), location=NANG,
             date=D("2007-04-29", "early Sunday", derived_from_context=True), source=S("Major William Mitchell says"),
             trigger=T("killing", at="killing four"),
             notes="'... returned fire, killing four militants.' -> killed (unnamed car-bomb cell -> militants)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AFG"), civilian=True,
             count=C("A young child and a teenage female", num="A", value=2, qualifier="conjunction"), location=NANG,
             date=D("2007-04-29", "early Sunday", derived_from_context=True), source=S("he said", at="he said."),
             trigger=T("wounded", at="were wounded during"),
             notes="'\"A young child and a teenage female were wounded during the firefight ...\"' -> wounded 2 (conjunction), Mitchell's quote."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("12 people", num="12", value=12), location=L("Nangarhar", "AFG", "Nangarhar", None, None, 3, at="casualties in Nangarhar"),
             date=D("2007-03-04", "On March 4"), source=None, trigger=T("killed", at="Marines killed"),
             notes=("'This is the second time in recent weeks that U.S. led forces are being blamed for civilian casualties "
                    "in Nangarhar ... On March 4, U.S. Marines killed 12 people after being attacked by a suicide car "
                    "bomber.' -> the first such case, so the 12 are civilians by coreference (civilian true; Afghan by "
                    "implication); place Nangarhar from the previous sentence.")),
    ],
    hard_negatives=[
        H("Hundreds of outraged protesters", "protesters, not a force or casualties"),
        H("Hundreds of local men", "protesters"),
        H("five year old Taleban insurgency", "age of the insurgency"),
        H("a series of suicide attacks", "attacks"),
    ])

# ---------------------------------------------------------------- Afghanistan 2008: Khost friendly fire
KHOST = L("an Afghan military checkpoint in the eastern province of Khost", "AFG", "Khost", None, None, 3)
ANN["voa_2008_10_22_afghanistan_khost_friendly_fire"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="Afghan soldiers"), civilian=False,
             count=C("nine troops", num="nine", value=9), location=KHOST,
             date=D("2008-10-22", "in the early morning hours Wednesday", derived_from_context=True), source=None,
             trigger=T("killed", at="were killed and"),
             notes=("'VOA Correspondent Steve Herman reports from Kabul that nine troops were killed and three more wounded "
                    "when a U.S.-led coalition strike hit their post.' -> killed; Afghan soldiers from the lede; VOA's "
                    "own correspondent -> article voice (source null). Place and time from later paragraphs (Wednesday "
                    "item -> same day).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("AFG", "Afghan", at="Afghan soldiers"), civilian=False,
             count=C("three more", num="three", value=3), location=KHOST,
             date=D("2008-10-22", "in the early morning hours Wednesday", derived_from_context=True), source=None,
             trigger=T("wounded", at="more wounded"), notes="'... and three more wounded' -> wounded ('more' = additional)."),
    ],
    hard_negatives=[
        H("A number of Afghan soldiers have died", "no count (summary of e1)"),
        H("A number of civilians were killed", "no count"),
    ])

# ---------------------------------------------------------------- DoD 2012: Afghanistan rotation
AFG12 = L("Afghanistan", "AFG", None, None, None, 4, at="operating in Afghanistan")
WIN = D("2012-12/2013-05", "in winter 2012 and spring 2013", approx=True)
ANN["dod_2012_11_30_afghanistan_rotation_units"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "The Department of Defense"), civilian=False,
             count=C("roughly 1,400", num="1,400", value=1400, approx=True, qualifier="roughly"), location=AFG12, date=WIN,
             source=S("The Department of Defense today identified"), trigger=T("rotate", at="to rotate"), planned=True,
             notes=("'The scheduled rotation involves two infantry brigade combat teams – one with roughly 1,400 personnel, "
                    "the other with roughly 2,800 personnel – and one division headquarters with roughly 620 personnel to "
                    "rotate in winter 2012 and spring 2013.' -> three planned deployments (no total is stated); 'winter "
                    "2012 and spring 2013' -> 2012-12/2013-05 (approx). Actor USA, the naming phrase is the DoD.")),
        dict(id="e2", type="deployment", actor=A("USA", "The Department of Defense"), civilian=False,
             count=C("roughly 2,800", num="2,800", value=2800, approx=True, qualifier="roughly"), location=AFG12, date=WIN,
             source=S("The Department of Defense today identified"), trigger=T("rotate", at="to rotate"), planned=True,
             notes="The second brigade combat team (planned deployment)."),
        dict(id="e3", type="deployment", actor=A("USA", "The Department of Defense"), civilian=False,
             count=C("roughly 620", num="620", value=620, approx=True, qualifier="roughly"), location=AFG12, date=WIN,
             source=S("The Department of Defense today identified"), trigger=T("rotate", at="to rotate"), planned=True,
             notes="The division headquarters (planned deployment)."),
    ],
    hard_negatives=[
        H("three major units", "units"),
        H("two infantry brigade combat teams", "units"),
        H("1st Brigade Combat Team, 10th Mountain Division", "unit"),
        H("101st Airborne Division (Air Assault)", "unit"),
        H("315-772-7634", "phone number"),
        H("270-798-9962", "phone number"),
    ])

# ---------------------------------------------------------------- Mali 2013: the African force could double
MALI = L("Mali", "MLI", None, None, None, 4, at="Commitments to Mali")
ANN["voa_2013_01_22_mali_african_force_double"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("ECOWAS"), civilian=False,
             count=C("its envisioned 3,300", num="3,300", value=3300), location=L("Mali", "MLI", None, None, None, 4, at="deploying in Mali"),
             date=D(None), source=S("U.N. officials say"), trigger=T("envisioned"), planned=True,
             notes=("'U.N. officials say an African intervention force now deploying in Mali could double from its "
                    "envisioned 3,300 troops ...' -> the planned size of the force (planned deployment). Actor: the force "
                    "is the one ECOWAS's representative speaks for ('who represents the Economic Community of West "
                    "African States'); 'ECOWAS' with surface null (close call: the text only says 'an African "
                    "intervention force'). 'could double' has no number of its own.")),
        dict(id="e2", type="presence", actor=A("ECOWAS"), civilian=False,
             count=C("nearly 1,000", num="1,000", value=1000, high=1000, approx=True, qualifier="nearly"),
             location=L("Mali", "MLI", None, None, None, 4, at="already are in Mali"), date=D(None),
             source=S("Ivory Coast U.N. Ambassador Youssoufou Bamba"), trigger=T("are in", at="already are in"),
             notes="'... Youssoufou Bamba, who represents the Economic Community of West African States at the United Nations, says nearly 1,000 troops already are in Mali.' -> presence of the African force; present tense, no time word -> date null."),
        dict(id="e3", type="presence", actor=A("FRA", "France", at="France 2,000"), civilian=False,
             count=C("2,000", value=2000, at="France 2,000"), location=MALI, date=D(None), source=None,
             trigger=T("on the ground"),
             notes="Fact box 'Foreign Troop Commitments to Mali': 'France 2,000 on the ground, 500 more committed' -> French presence (kept in the text as a list; bullets kept)."),
        dict(id="e4", type="deployment", actor=A("FRA", "France", at="France 2,000"), civilian=False,
             count=C("500 more", num="500", value=500), location=MALI, date=D(None), source=None,
             trigger=T("committed", at="more committed"), planned=True,
             notes="'500 more committed' -> planned French reinforcement ('more' = additional)."),
        dict(id="e5", type="deployment", actor=A("TCD", "Chad"), civilian=False, count=C("2,000", value=2000, at="send 2,000"),
             location=MALI, date=D(None), source=None, trigger=T("to send", at="Chad to send"), planned=True,
             notes="'Chad to send 2,000' -> planned deployment."),
        dict(id="e6", type="deployment", actor=A("NGA", "Nigeria"), civilian=False, count=C("1,200", value=1200),
             location=MALI, date=D(None), source=None, trigger=T("to send", at="Nigeria to send"), planned=True,
             notes="'Nigeria to send 1,200' -> planned deployment."),
        dict(id="e7", type="deployment", actor=A("BEN", "Benin"), civilian=False, count=C("650", value=650),
             location=MALI, date=D(None), source=None, trigger=T("to send", at="Benin to send"), planned=True,
             notes="'Benin to send 650' -> planned deployment."),
        dict(id="e8", type="deployment", actor=A(["BFA", "NER", "SEN", "TGO"], "Burkina Faso, Niger, Senegal, Togo"), civilian=False,
             count=C("500 each", num="500", value=500), location=MALI, date=D(None), source=None,
             trigger=T("have committed"), planned=True,
             notes=("'Burkina Faso, Niger, Senegal, Togo have committed 500 each' -> planned deployments of 500 per "
                    "country; one event with a list actor (value 500 is per country, 2,000 in all; close call against "
                    "four events on one span).")),
    ],
    hard_negatives=[
        H("Guinea and Ghana are also sending troops", "no count"),
        H("most Islamist militants have fled", "no count"),
        H("some militants have been spotted", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2016: Uruzgan insider attacks
ANN["voa_2016_01_27_afghanistan_uruzgan_insider_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("10 police officers", num="10", value=10), location=L("the Chinarto district", "AFG", "Uruzgan", None, None, 3),
             date=D("2016-01-26", "on Tuesday"), source=S("Officials in Afghanistan say"), trigger=T("killed", at="Taliban killed 10"),
             notes=("'Officials in Afghanistan say an Afghan policeman believed to have links to the Taliban killed 10 police "
                    "officers in the central province of Uruzgan on Tuesday.' -> killed Afghan police (AFG by plain implication, surface null: 'Afghan' names the attacker); place from the next "
                    "sentence (district -> precision 3); Wednesday item -> 2016-01-26. The Taliban's account ('killed all "
                    "of the policemen there') gives no number (hard negative). A single attacker is not a force.")),
        dict(id="e2", type="presence", actor=A("Taliban", "Taliban", at="with the Taliban killed"), civilian=False,
             count=C("four police officers", num="four", value=4), location=L("Uruzgan", "AFG", "Uruzgan", None, None, 3, at="two weeks in Uruzgan"),
             date=D("2016-01-17", "on January 17th", derived_from_context=True), source=S("Provincial officials say"),
             trigger=T("killed", at="Taliban killed nine"), alt_mentions=[S("the four officers")],
             notes=("'Provincial officials say four police officers believed to be working with the Taliban killed nine "
                    "other officers on January 17th.' -> the attacking party (presence, GUIDELINES 2); 'believed to be "
                    "working with the Taliban' -> Taliban (as set (w)'s 'believed to be Boko Haram'); 'the four officers "
                    "then joined the Taliban' -> alt_mention.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("nine other officers", num="nine", value=9), location=L("Uruzgan", "AFG", "Uruzgan", None, None, 3, at="two weeks in Uruzgan"),
             date=D("2016-01-17", "on January 17th"), source=S("Provincial officials say"), trigger=T("killed", at="Taliban killed nine"),
             notes="'... killed nine other officers on January 17th.' -> killed Afghan police."),
    ],
    hard_negatives=[
        H("an Afghan policeman believed to have links", "a single attacker"),
        H("killed all of the policemen there", "no number (Taliban account of e1)"),
        H("the past two weeks", "duration"),
        H("many Afghan security force members", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Red Crescent staff kidnapped
ANN["wn_2006_12_17_iraq_red_crescent_kidnapping"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("IRQ"), civilian=True,
             count=C("at least 24", num="24", value=24, low=24, qualifier="at least"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="Iraq's provinces"), date=D("2006-12-17", "today"),
             source=None, trigger=T("kidnapped", at="and kidnapped"), is_total=True,
             notes=("'An Iraqi group of commandos infiltrated a Red Cresent  office today, and kidnapped at least 24 members "
                    "of the only humanitarian organization to work in all 18 of Iraq's provinces.' -> captured aid workers "
                    "(civilian true); Iraqi by plain implication (the organization works in Iraq's provinces; surface "
                    "null, close call). The office's city is not named -> country only.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("IRQ"), civilian=True, count=C("6", value=6, at="6 of them"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="Iraq's provinces"),
             date=D("2006-12-17", "today", derived_from_context=True), source=S("a spokesperson said"),
             trigger=T("released", at="have been released"), released=True, part_of="e1",
             notes="'6 of them have been released, a spokesperson said.' -> release of part of e1 (released true, part_of e1); same day (derived)."),
        dict(id="e3", type="presence", actor=A("GBR", "Britain", at="Britain has some"), civilian=False,
             count=C("some 7,000", num="7,000", value=7000, approx=True, qualifier="some"),
             location=L("near Basra", "IRQ", "Basra", 30.51, 47.78, 2), date=D(None), source=None, trigger=T("based"),
             notes="'Britain has some 7,000 troops in Iraq, based near Basra in the south ...' -> presence; 'near Basra' -> precision 2; present tense, no time word -> null."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("GBR", "British", at="120 British"), civilian=False,
             count=C("More than 120", num="120", value=120, low=120, qualifier="more than"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="troops in Iraq"),
             date=D("2003/2006-12-17", "since the original invasion in 2003"), source=None, trigger=T("died", at="have died"),
             cumulative=True,
             notes="'More than 120 British personnel have died in the country since the original invasion in 2003.' -> running total (cumulative); 'the country' = Iraq."),
    ],
    hard_negatives=[
        H("An Iraqi group of commandos", "attackers, no count"),
        H("all 18 of Iraq's provinces", "provinces"),
        H("thousands of Iraqis say they feel safer", "not casualties or a force"),
    ])

# ---------------------------------------------------------------- Iraq 2007: body of a captured US soldier
MUSAYYIB = L("the town of Musayyib", "IRQ", "Babil", 32.78, 44.29, 1)
ANN["wn_2007_05_23_iraq_captured_us_soldier_body"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "United States", at="a United States"), civilian=False,
             count=C("a United States  soldier", num="a", value=1), location=MUSAYYIB,
             date=D("2007-05-16", "about a week ago", approx=True, derived_from_context=True), source=None,
             trigger=T("body", at="the body of a United States"), hedge="Reports say",
             notes=("'Reports say that the body of a United States  soldier has been found in the Euphrates River  in Iraq "
                    "and that it is the body of one of three U.S. soldiers ...' -> a death implied by the body (GUIDELINES "
                    "2: implied deaths); the later outcome of one of the captured three (e2), so not a part of it (as set "
                    "(w)'s killed hostage). Place where the body was found ('the town of Musayyib', later sentence). Date: "
                    "a police officer 'deemed that deceased was killed about a week ago' -> 2007-05-16, approx (close call). "
                    "'Reports say' -> hedge; the US military has not confirmed the identity.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("USA", "U.S.", at="three U.S."), civilian=False,
             count=C("three U.S. soldiers", num="three", value=3), location=None, date=D("2007-05-12", "on May 12"),
             source=None, trigger=T("taken captive"), hedge="believed to be", alt_mentions=[S("Three others")],
             notes=("'... one of three U.S. soldiers who were believed to be taken captive by Iraqi insurgents on May 12.' "
                    "-> captured; 'Three others were believed to have been kidnapped' restates it (alt_mention). The place "
                    "of the ambush is not given -> null. The text's 'Monday May 12' is wrong (12 May 2007 was a Saturday); "
                    "the stated date is kept.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="patrol of U.S."), civilian=False,
             count=C("at least 4", num="4", value=4, low=4, qualifier="at least"), location=None,
             date=D("2007-05-12", "On Monday May 12"), source=None, trigger=T("killed", at="4 were killed"),
             notes="'On Monday May 12, a patrol of U.S. soldiers were attacked and at least 4 were killed along with one Iraqi soldier.' -> killed US soldiers (date as written)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="one Iraqi soldier"), civilian=False,
             count=C("one Iraqi soldier", num="one", value=1), location=None,
             date=D("2007-05-12", "On Monday May 12"), source=None, trigger=T("killed", at="4 were killed"),
             notes="'... along with one Iraqi soldier.' -> killed (value 1)."),
    ],
    hard_negatives=[
        H("a patrol of U.S. soldiers", "no count"),
        H("two bullet holes", "things"),
        H("about 40 miles south", "distance"),
        H("Iraqi civilians found the body", "no count, not casualties"),
    ])

# ---------------------------------------------------------------- Iraq 2007: five Britons held hostage
ANN["wn_2007_12_09_iraq_five_britons_hostages"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("GBR", "British", at="5 British"), civilian=None,
             count=C("5", value=5, at="5 British"), location=L("Baghdad , Iraq", "IRQ", "Baghdad", 33.31, 44.37, 1),
             date=D("2007-05-29", "on May 29", derived_from_context=True), source=None, trigger=T("abducted", at="hostages abducted"),
             is_total=True, alt_mentions=[S("the 5 Britons"), S("the five", at="release of the five")],
             notes=("'British  Prime Minister Gordon Brown  has called for the immediate release of 5 British hostages "
                    "abducted in Baghdad , Iraq  last May.' -> captured (still held). Day from the next sentence ('since "
                    "the 5 Britons were abducted on May 29 from a Finance Ministry compound'; derived); restatements as "
                    "alt_mentions. Mixed hostages (security guards and a computer expert) -> civilian null.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("GBR", "British", at="5 British"), civilian=None,
             count=C("four security guards", num="four", value=4), location=L("Baghdad , Iraq", "IRQ", "Baghdad", 33.31, 44.37, 1),
             date=D("2007-05-29", "on May 29", derived_from_context=True), source=None, trigger=T("hostages", at="kill the hostages"),
             part_of="e1",
             notes="'... the hostages, who include four security guards and one computer expert ...' -> part of e1; security guards -> civilian null (as set (w)'s contractors)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("GBR", "British", at="5 British"), civilian=True,
             count=C("one computer expert", num="one", value=1), location=L("Baghdad , Iraq", "IRQ", "Baghdad", 33.31, 44.37, 1),
             date=D("2007-05-29", "on May 29", derived_from_context=True), source=None, trigger=T("hostages", at="kill the hostages"),
             part_of="e1", notes="Part of e1: a civilian worker held hostage -> civilian true."),
    ],
    hard_negatives=[
        H("gunmen posing as police officers", "no count"),
        H("one of the men being held", "restatement of e1"),
        H("the 18th of November", "date"),
    ])

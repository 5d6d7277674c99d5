# -*- coding: utf-8 -*-
"""Gold annotations of set (v), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, districts and countries, as in
sets (g)-(u)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset from a city,
3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Iraq 2005: roadside bomb kills four policemen in Kirkuk
KIRKUK = L("Kirkuk , Iraq", "IRQ", "Kirkuk", 35.47, 44.39, 1)
ANN["wn_2005_03_20_iraq_kirkuk_policemen"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("Four", value=4, at="Four policemen"), location=KIRKUK,
             date=D("2005-03-20", "earlier today"), source=S("according to Lieutenant Colonel Yadkar Muhammad"),
             trigger=T("dead", at="are dead"),
             notes=("'Four policemen are dead and eight people are injured, after a roadside explosion in Kirkuk , Iraq  "
                    "earlier today, according to Lieutenant Colonel Yadkar Muhammad.' -> 'earlier today' = publication "
                    "day (Sunday 20 March 2005). Iraqi police in Kirkuk -> IRQ by plain implication (surface null); police "
                    "-> civilian false. A named city -> precision 1.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("eight", value=8, at="eight people"), location=KIRKUK,
             date=D("2005-03-20", "earlier today"), source=S("according to Lieutenant Colonel Yadkar Muhammad"),
             trigger=T("injured", at="are injured"),
             notes="'... and eight people are injured' -> bare 'people' -> actor and civilian null; same clause as e1."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("a fellow officer", num="a", value=1), location=None,
             date=D("2005-03-18", "on Friday"), source=None, trigger=T("killed", at="had been killed"),
             notes=("'The officers had just attended a funeral for a fellow officer, who had been killed on Friday by "
                    "gunmen after another roadside explosion.' -> singular determiner on a person noun (value 1); a "
                    "police officer (colleague of e1's policemen) -> IRQ, civilian false. Friday before a Sunday story = "
                    "18 March 2005. The text does not say where he was killed -> location null (close call: Kirkuk is "
                    "likely but not stated).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("Hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="war in Iraq"),
             date=D(None, "since the start of the US-led war in Iraq"), source=None, cumulative=True,
             trigger=T("killed", at="have been killed since"),
             notes=("'Hundreds of policemen have been killed since the start of the US-led war in Iraq .' -> running "
                    "total (cumulative). 'since the start of the ... war' names an event, not a date the text gives -> "
                    "value null with the surface kept (as set (u)'s 'In recent months'). Iraqi police -> IRQ by plain "
                    "implication.")),
    ],
    hard_negatives=[
        H("The officers had just attended", "restatement of e1's policemen, no count"),
        H("another roadside explosion", "an incident, not people"),
        H("The US  military had no information", "no count"),
    ])

# ---------------------------------------------------------------- Burundi 2005: FNL rebels kill six churchgoers in Muhuta
MUHUTA = L("Muhuta district, Bujumbura-Rural", "BDI", "Bujumbura Rural", None, None, 3)
MANIRAKIZA = S("according to army spokesman Adolphe Manirakiza")
ANN["wn_2005_06_18_burundi_muhuta_church"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("BDI"), civilian=True,
             count=C("six", value=6, at="six churchgoers"), location=MUHUTA, date=D(None), source=MANIRAKIZA,
             is_total=True, trigger=T("shot dead", at="have shot dead six"),
             alt_mentions=[S("six people", at="killed six people")],
             notes=("'Rebels from the Hutu -extremist \"Forces Nationales de Liberation \" have shot dead six churchgoers "
                    "in Muhuta district, Bujumbura-Rural , according to army spokesman Adolphe Manirakiza.' -> "
                    "churchgoers -> civilian true; Burundian civilians in Burundi -> BDI by plain implication (surface "
                    "null). The spokesman's quote 'killed six people including a pastor' restates the figure "
                    "(alt_mention) and gives a part (e2). District, precision 3. The text gives no day for the attack -> "
                    "date null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("BDI"), civilian=True,
             count=C("a pastor", num="a", value=1), location=MUHUTA, date=D(None), source=S("Manirakiza said"),
             part_of="e1", trigger=T("killed", at="killed six people"),
             notes="'... killed six people including a pastor.' -> part of e1 (singular determiner, value 1)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("BDI"), civilian=True,
             count=C("seven others", num="seven", value=7), location=MUHUTA, date=D(None), source=S("Manirakiza said"),
             trigger=T("injured", at="also injured"),
             notes=("'They also injured seven others\", Manirakiza said.' -> other churchgoers (civilian true, BDI as "
                    "e1).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("BDI"), civilian=True,
             count=C("a local government official and his brother", num="a local government official and his brother",
                     value=2, qualifier="conjunction"),
             location=L("the same district", "BDI", "Bujumbura Rural", None, None, 3),
             date=D(None), source=S("army spokesman Adolphe Manirakiza"), trigger=T("shot dead", at="rebels shot dead"),
             notes=("'He said the rebels shot dead a local government official and his brother and also kidnapped a "
                    "policeman in the same district.' -> two coordinated singulars (value 2, qualifier 'conjunction'); "
                    "'his brother' has no determiner of its own but is one person coordinated with 'a local government "
                    "official' (close call). An official and his relative -> civilian true (GUIDELINES 3: council "
                    "member). 'He said' -> the spokesman (pronoun resolved, GUIDELINES 5). 'the same district' = Muhuta.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("BDI"), civilian=False,
             count=C("a policeman", num="a", value=1),
             location=L("the same district", "BDI", "Bujumbura Rural", None, None, 3),
             date=D(None), source=S("army spokesman Adolphe Manirakiza"), trigger=T("kidnapped", at="kidnapped a policeman"),
             notes="'... and also kidnapped a policeman in the same district.' -> captured (kidnapped), police -> civilian false."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Some 300,000", num="300,000", value=300000, approx=True, qualifier="some"),
             location=L("Burundi", "BDI", None, None, None, 4, at="Burundi  can"),
             date=D("1993/2005-06-18", "since the fighting began in 1993"), source=None, cumulative=True,
             trigger=T("killed", at="have been killed since"),
             notes=("'Some 300,000 people have been killed since the fighting began in 1993.' -> running total of the "
                    "civil war (cumulative, 1993 to publication). 'Some' = approximately. Bare 'people' -> actor and "
                    "civilian null. Place: the country, named in the next sentence (precision 4).")),
    ],
    hard_negatives=[
        H("one church", "a building, not people"),
        H("a group of FNL  fighters", "no count (a group)"),
        H("these people were killed", "restatement without a count"),
        H("since the truce", "no count"),
        H("on May 15", "date of the truce"),
    ])

# ---------------------------------------------------------------- Australia 2005: SAS and further troops for Afghanistan
AFG_AUS = L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan  within")
ANN["wn_2005_07_14_australia_afghanistan_sas"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("AUS", "Australian"), civilian=False,
             count=C("150", value=150, at="150 SAS"), location=AFG_AUS,
             date=D("2005-07-14/2005-09-14", "within two months", approx=True),
             source=S("Australian  Prime Minister  John Howard  has announced"), planned=True,
             trigger=T("will be serving", at="will be serving in"),
             notes=("'Australian  Prime Minister  John Howard  has announced that 150 SAS  personnel will be serving in "
                    "Afghanistan  within two months, and a further 200 troops will follow them by early next year.' -> an "
                    "announced deployment (planned). 'within two months' of a 14 July 2005 announcement -> 14 July to 14 "
                    "September 2005 (approx; read like 'in the past 48 hours', forward). Actor from 'Australian' (the "
                    "Special Air Service of the Australian forces). Country, precision 4.")),
        dict(id="e2", type="deployment", actor=A("AUS", "Australian"), civilian=False,
             count=C("a further 200", num="200", value=200), location=AFG_AUS,
             date=D("2006-01/2006-03", "by early next year", approx=True),
             source=S("Australian  Prime Minister  John Howard  has announced"), planned=True,
             trigger=T("will follow", at="will follow them"),
             notes=("'... and a further 200 troops will follow them by early next year.' -> a second planned "
                    "deployment to the same destination. 'a further' = additional, not a bound (as 'another 40', "
                    "GUIDELINES 4). 'early next year' in 2005 -> January-March 2006 (GUIDELINES 5: 'early 2012' -> "
                    "2012-01/2012-03; approx). The two are not given a total -> two events.")),
    ],
    hard_negatives=[
        H("12 months", "duration of the deployment"),
        H("the APEC  summit in 2007", "a year"),
        H("The additional troop commitment", "no count (restates e1/e2 without a number)"),
        H("some elements of al-Qaeda", "no count"),
    ])

# ---------------------------------------------------------------- Canada 2005: General Leslie on the Afghanistan mission
ANN["wn_2005_08_08_canada_afghanistan_leslie"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("CAN", "Canadian", at="Canadian soldiers"), civilian=False,
             count=C("As many as 1,250", num="1,250", value=1250, high=1250, approx=True, qualifier="as many as"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="serving in Afghanistan by"),
             date=D("2006-02", "by February 2006"), source=None, planned=True,
             trigger=T("will be serving", at="will be serving in Afghanistan"),
             notes=("'As many as 1,250 Canadian soldiers will be serving in Afghanistan by February 2006.' -> a future "
                    "force level (planned presence, as set (u)'s 'is supposed to number 8,000'). 'as many as' = upper "
                    "bound (set (t)). 'by February 2006' -> 2006-02. In the article's own voice (the general's talk is "
                    "reported around it but this figure is not attributed) -> source null (close call).")),
        dict(id="e2", type="deployment", actor=A("CAN"), civilian=False,
             count=C("A 250-strong", num="250", value=250),
             location=L("the Kandahar  region", "AFG", "Kandahar", None, None, 3), date=D(None), source=None,
             planned=True, trigger=T("gathering", at="currently gathering"),
             notes=("'A 250-strong provincial reconstruction team  mission is currently gathering to stabilise the "
                    "Kandahar  region joining the nearly 700 troops already serving in Kabul .' -> a unit being "
                    "assembled to go to Kandahar (deployment, not yet there -> planned). Unit strength written as an "
                    "adjective (as set (u)'s 'the 1,990-strong'). Canadian by context (surface null). 'currently' dates "
                    "the gathering, not the move -> date null. Province/region, precision 3.")),
        dict(id="e3", type="presence", actor=A("CAN"), civilian=False,
             count=C("the nearly 700", num="700", value=700, high=700, approx=True, qualifier="nearly"),
             location=L("Kabul", "AFG", "Kabul", 34.53, 69.17, 1, at="serving in Kabul"), date=D(None), source=None,
             trigger=T("already serving", at="already serving"),
             notes=("'... joining the nearly 700 troops already serving in Kabul .' -> Canadian troops present in Kabul "
                    "(actor by context). 'nearly' -> upper bound. Present tense, no time expression -> date null.")),
    ],
    hard_negatives=[
        H("74<sup>th</sup>", "ordinal"),
        H("Canada's troops  will have casualties", "no count (a forecast)"),
        H("15 more who will come after you", "hypothetical"),
        H("an angry young man", "hypothetical"),
        H("August 4, 2005", "date of a related story"),
    ])

# ---------------------------------------------------------------- Bangladesh 2005: suicide bombings in Chittagong and Gazipur
BGD = L("Bangladesh", "BGD", None, None, None, 4, at="police in Bangladesh")
CHECKPOINT = L("a police checkpoint outside the main court", "BGD", "Chittagong", 22.34, 91.83, 2)
GAZIPUR = L("a court in the city of Gazipur", "BGD", "Dhaka", 24.00, 90.42, 1)
TUE_BD = D("2005-11-29", "On Tuesday morning", derived_from_context=True)
NINE_AM = D("2005-11-29", "around 9 a.m.")
ANN["wn_2005_11_29_bangladesh_suicide_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Up to ten", num="ten", value=10, high=10, approx=True, qualifier="up to"), location=BGD,
             date=TUE_BD, source=None, is_total=True, trigger=T("killed", at="were killed and dozens"),
             notes=("'Up to ten people were killed and dozens of others injured in the two attacks.' -> total of the "
                    "Chittagong (e5) and Gazipur (e6) tolls (2 + 3; the bomber's death is out of scope). 'up to' -> "
                    "upper bound. The two attacks were in two cities -> the country (precision 4). Day: the lede's 'On "
                    "Tuesday morning' in a Tuesday 29 November 2005 story, which the Chittagong attack's 'around 9 a.m.' "
                    "confirms (derived). Bare 'people' -> actor and civilian null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="dozens of others"), location=BGD,
             date=TUE_BD, source=None, trigger=T("injured", at="others injured"),
             notes="'... and dozens of others injured in the two attacks.' -> vague magnitude (low 24, GUIDELINES 4)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 50", num="50", value=50, low=50, qualifier="at least"), location=BGD, date=TUE_BD,
             source=None, trigger=T("wounded", at="people wounded"),
             notes=("'The attacks left at least 50 people wounded with many of them said to be in critical condition.' -> "
                    "a second, more precise figure for the wounded of e2 in the same (article's) voice. A different "
                    "figure is a different claim (GUIDELINES 6), so both are kept (close call: they describe the same "
                    "people and do not contradict each other). 'many of them said to be in critical condition' is a "
                    "status breakdown without a count.")),
        dict(id="e4", type="presence", actor=A("militants"), civilian=False,
             count=C("a pair", num="a pair", value=2, qualifier="a pair", at="a pair of suicide"), location=CHECKPOINT,
             date=NINE_AM, source=S("According to Chittagong officials"), trigger=T("set off", at="set off explosives"),
             notes=("'According to Chittagong officials, a pair of suicide bombers  set off explosives at a police "
                    "checkpoint outside the main court around 9 a.m.' -> the attacking party (presence, as set (u)'s "
                    "'Two bombers'); 'a pair' = 2 (like 'a dozen' = 12). The police blame Islamist militants and the "
                    "government accuses Jamayetul Mujahideen, but neither says these two belonged to it -> 'militants' "
                    "(section 10). 'around 9 a.m.' in a same-day report -> the publication day (section 10). The "
                    "checkpoint is in Chittagong (the officials' city; 'the south-eastern port cities of Chittagong  "
                    "and ,'); part of a city, precision 2.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("BGD"), civilian=False,
             count=C("Two", value=2, at="Two police officers"), location=CHECKPOINT,
             date=D("2005-11-29", "around 9 a.m.", derived_from_context=True), source=S("According to Chittagong officials"),
             part_of="e1", trigger=T("killed", at="were killed in the attack"),
             notes=("'Two police officers and at least one of the bombers were killed in the attack.' -> police -> "
                    "civilian false, BGD by plain implication. The bomber's death is out of scope (hard negative). The "
                    "officials' attribution of the previous sentence carries over (same account of the same attack; "
                    "close call). Part of e1.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Three", value=3, at="Three people were killed"), location=GAZIPUR,
             date=D("2005-11-29", "Minutes later", derived_from_context=True), source=None, part_of="e1",
             trigger=T("killed", at="people were killed and many"),
             notes=("'Minutes later, a bomb exploded inside a court in the city of Gazipur, about 20 miles north of the "
                    "capital, Dhaka. Three people were killed and many more injured, including lawyers and court "
                    "staff.' -> 'Minutes later' = minutes after the 9 a.m. Chittagong blast (derived). Bare 'people' -> "
                    "null (the lawyers and court staff are named among the injured). A building in a named city -> "
                    "precision 1, city coordinates; admin1 Dhaka (division). Part of e1.")),
        dict(id="e7", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("six", value=6, at="six men"),
             location=L("different parts of the country", "BGD", None, None, None, 4),
             date=D("2005-11-27/2005-11-29", "in the last two days"), source=None, cumulative=True, is_total=True,
             trigger=T("arrested", at="have arrested six"),
             notes=("'Bangladesh police have arrested six men, including a suicide squad member in different parts of "
                    "the country, in the last two days.' -> arrests of suspects (captured, GUIDELINES 2); 'in the last "
                    "two days' -> publication minus 2 days to publication (cumulative). Bare 'men' -> actor and civilian "
                    "null. Total of e8.")),
        dict(id="e8", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("a suicide squad member", num="a", value=1),
             location=L("different parts of the country", "BGD", None, None, None, 4),
             date=D("2005-11-27/2005-11-29", "in the last two days"), source=None, part_of="e7",
             trigger=T("arrested", at="have arrested six"),
             notes=("'... including a suicide squad member' -> part of e7 (as 'including a pastor'); a member of an "
                    "armed group -> civilian false, actor 'militants' (the squad's groups are named only later; close "
                    "call).")),
        dict(id="e9", type="casualty", outcome="killed", actor=A("BGD"), civilian=True,
             count=C("two judges", num="two", value=2),
             location=L("Bangladesh", "BGD", None, None, None, 4, at="rattled Bangladesh"),
             date=D("2005-11-14", "On Nov. 14"), source=None, trigger=T("killed", at="judges were killed"),
             notes=("'On Nov. 14, two judges were killed when bombs were thrown at their car, ...' -> an earlier attack "
                    "of the same campaign; judges -> civilian true, BGD by plain implication. No place in the text "
                    "beyond the country of the campaign ('A wave of bombings has rattled Bangladesh') -> precision 4.")),
        dict(id="e10", type="presence", actor=A(["Jamayetul Mujahideen", "Jagrata Muslim Janata Bangladesh", "Harkatul Jihad"]),
             civilian=False, count=C("a 2,000-strong", num="2,000", value=2000),
             location=L("Bangladesh", "BGD", None, None, None, 4, at="Bangladesh is the world"), date=D(None),
             source=S("Police say"), trigger=T("has been formed", at="has been formed"),
             notes=("'Police say a 2,000-strong \"suicide squad\" has been formed from members of Jamayetul Mujahideen and "
                    "two other banned groups, Jagrata Muslim Janata Bangladesh and Harkatul Jihad.' -> the size of an "
                    "armed force (presence); one count for three groups -> list actor (surface null). No place but the "
                    "country (precision 4), no time expression -> date null.")),
    ],
    hard_negatives=[
        H("the two attacks", "incidents, not people"),
        H("many more injured", "no count"),
        H("at least one of the bombers", "death of a suicide attacker (GUIDELINES 2)"),
        H("about 20 miles", "distance"),
        H("a suicide bomber", "hedged identity of the attacker ('Various reports assume'), no event", at="work of a suicide"),
        H("nearly 400 simultaneous bombings", "incidents, not people"),
        H("three districts", "places"),
        H("three judges", "a threat (hypothetical)"),
        H("two other banned groups", "groups, not people"),
        H("many of their members", "no count"),
        H("third-most-populous", "rank"),
    ])

# ---------------------------------------------------------------- Pakistan 2006: US air strike on Damadola
DAMADOLA = L("the village of Damadola in the Bajaur tribal area of northwestern Pakistan", "PAK", "Khyber Pakhtunkhwa",
             34.78, 71.55, 1)
ANN["wn_2006_01_14_pakistan_damadola_airstrike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 18", num="18", value=18, low=18, qualifier="at least"), location=DAMADOLA,
             date=D("2006-01-13", "on Friday"), source=None, trigger=T("killed", at="killed at least"),
             notes=("'A United States  military air strike on a Pakistani  village on Friday killed at least 18 people, "
                    "including women and children.' -> Friday in a Saturday 14 January 2006 story = 13 January. Place "
                    "from the next sentence (the village of Damadola, Bajaur; admin1 Khyber Pakhtunkhwa, today's name "
                    "of the NWFP as set (u)). Bare 'people' with 'including women and children' (not 'mostly') -> "
                    "civilian null, actor null (the text also reports foreign militants among the dead). 'women and "
                    "children' has no count (hard negative). Damadola coordinates are the annotator's best "
                    "knowledge.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("at least seven", num="seven", value=7, low=7, qualifier="at least"), location=DAMADOLA,
             date=D("2006-01-13", "on Friday", derived_from_context=True), source=None, hedge="reports that suggest",
             trigger=T("killed", at="had been killed"),
             notes=("'Pakistani Intelligence officials are looking into reports that suggest at least seven foreign "
                    "militants had been killed and their bodies removed by local supporters.' -> unverified reports "
                    "with no speaker -> hedge (the officials are investigating, not stating the figure; source null). "
                    "Unnamed foreign militants -> 'militants'. Same strike (derived date and place). The text does not "
                    "say they are among the 18 -> no part_of (close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("eight", value=8, at="eight people"),
             location=L("a village in the North Waziristan  tribal region", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=D(None), source=None, trigger=T("killed", at="killed eight"),
             notes=("'The earlier protest was prompted by U.S. missile attack that killed eight people from a village "
                    "in the North Waziristan  tribal region. According to local officials, none of the victims were "
                    "terrorist suspects.' -> villagers who were not suspects -> civilian true, PAK by plain implication "
                    "(section 10's villagers). The text gives no day for the earlier attack ('in less than a week' "
                    "dates the two complaints) -> date null. Unnamed village in a tribal agency -> precision 3.")),
    ],
    hard_negatives=[
        H("women and children", "no count (part of e1)"),
        H("Ayman al-Zawahiri was not among the dead", "negated, named individual"),
        H("Taliban  and al-Qaeda fighters", "no count"),
        H("the second lodged", "ordinal"),
        H("none of the victims were terrorist suspects", "no count (status of e3's victims)"),
    ])

# ---------------------------------------------------------------- Israel 2006: suicide bombing at a Tel Aviv restaurant
TA_REST = L("a restaurant in central Tel Aviv", "ISR", "Tel Aviv", 32.07, 34.78, 2)
ANN["wn_2006_04_17_israel_tel_aviv_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Eight", value=8, at="Eight people"), location=TA_REST, date=D(None), source=None,
             hedge="are reported", is_total=True, trigger=T("dead", at="reported dead"),
             notes=("'Eight people are reported dead and at least 40 injured in the blast.' -> 'are reported' names no "
                    "speaker -> hedge (the police report of the previous sentence concerns the explosion; source null, "
                    "as set (t) for unattributed follow-up sentences). Place from the previous sentence (part of a "
                    "city, precision 2). The text gives no day for the bombing -> date null. Total of e3 and e4; the "
                    "closing list (two named foreigners + '7 others') gives nine, not eight -> kept as written.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 40", num="40", value=40, low=40, qualifier="at least"), location=TA_REST, date=D(None),
             source=None, hedge="are reported", trigger=T("injured", at="40 injured"),
             notes=("'... and at least 40 injured in the blast.' -> same hedged clause as e1. The severity breakdown "
                    "('six were seriously hurt, 12 sustained moderate wounds') is a status breakdown (hard "
                    "negatives).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Two", value=2, at="Two of the victims"),
             location=L("Ichilov Hospital in Tel Aviv", "ISR", "Tel Aviv", 32.08, 34.79, 1), date=D(None), source=None,
             part_of="e1", trigger=T("died", at="victims died"),
             notes=("'Two of the victims died after they had arrived at Ichilov Hospital in Tel Aviv.' -> wounded who "
                    "later died, counted among the eight (part of e1, GUIDELINES 2 'later died of wounds'; close call "
                    "against a status breakdown). Place where they died (a named site in a city, precision 1).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ISR", "Israeli", at="Israeli citizenship"), civilian=None,
             count=C("7 others", num="7", value=7), location=TA_REST, date=D(None), source=None, part_of="e1",
             trigger=T("known deceased", at="The known deceased"),
             notes=("'The known deceased: Piroska Boda (50): ... Rozália Besenyei (48): ... 7 others are known to be of "
                    "Israeli citizenship' -> seven of the dead (trigger: the list heading); the two named Romanian-"
                    "Hungarian victims have no count word (hard negatives). 2 + 7 = 9 against the eight of e1 -> kept as "
                    "written and noted (GUIDELINES 6). Civilian status not stated -> null.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("At least 20", num="20", value=20, low=20, qualifier="at least"),
             location=L("the same restaurant", "ISR", "Tel Aviv", 32.07, 34.78, 2),
             date=D("2006-01-19", "on January 19", derived_from_context=True), source=None,
             trigger=T("wounded", at="were wounded in that"),
             notes=("'A suicide bomber targeted the same restaurant, \u201cThe Mayor\u2019s Felafel,\u201d on January 19. At "
                    "least 20 were wounded in that attack.' -> an earlier attack, dated by the previous sentence "
                    "(derived).")),
    ],
    hard_negatives=[
        H("six were seriously hurt", "status breakdown of e2's wounded"),
        H("12 sustained moderate wounds", "status breakdown of e2's wounded"),
        H("the rest were lightly injured", "status breakdown, no count"),
        H("six suicide bombings", "incidents, not people"),
        H("(50)", "age"),
        H("(48)", "age"),
        H("Piroska Boda", "named individual, no count word"),
        H("less than three weeks ago", "duration"),
        H("A suicide bomber targeted", "the attacker (one person), no event"),
    ])

# ---------------------------------------------------------------- Egypt 2006: suicide bombers at the MFO base in Sinai
MFO = L("a Multinational Peacekeeping Forces base near the Gaza  border", "EGY", "North Sinai", 31.09, 34.13, 2)
EGYSEC = S("Egyptian security personnel maintain")
AT1300 = D("2006-04-26", "at around 1300 GMT", derived_from_context=True)
ANN["wn_2006_04_26_egypt_sinai_mfo_bombing"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("militants"), civilian=False,
             count=C("two more", num="two", value=2, at="two more suicide"), location=MFO, date=AT1300, source=None,
             trigger=T("struck", at="struck a Multinational"),
             notes=("'Just days after the bombings in the Egyptian  resort town of Dahab , two more suicide bombers "
                    "struck a Multinational Peacekeeping Forces base near the Gaza  border.' -> the attacking party "
                    "(presence, as set (u)'s 'Two bombers'); 'more' = additional, not a bound. Unnamed attackers -> "
                    "'militants' (section 10). 'The attack occurred at around 1300 GMT.' in a same-day report -> the "
                    "publication day (section 10; derived). The base (the MFO North Camp at El Gorah, not named in the "
                    "text) -> near the Gaza border, precision 2, approximate coordinates.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("NOR", "Norwegian"), civilian=None,
             count=C("one Norwegian", num="one", value=1), location=MFO, date=AT1300, source=EGYSEC,
             trigger=T("killed", at="were killed in the bombing"),
             notes=("'However, Egyptian security personnel maintain that one Norwegian, one New Zealander and four "
                    "Egyptians were killed in the bombing.' -> three nationalities in one subject and no total -> three "
                    "events (as set (u)'s Lahore policemen and driver). Status (peacekeeper or not) not stated -> "
                    "civilian null. The MFO spokesman's 'no peacekeepers were injured' is a negated casualty (hard "
                    "negative).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("NZL", "New Zealander"), civilian=None,
             count=C("one New Zealander", num="one", value=1), location=MFO, date=AT1300, source=EGYSEC,
             trigger=T("killed", at="were killed in the bombing"), notes="'one New Zealander' -> see e2."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("EGY", "Egyptians", at="Egyptians were"), civilian=None,
             count=C("four", value=4, at="four Egyptians"), location=MFO, date=AT1300, source=EGYSEC,
             trigger=T("killed", at="were killed in the bombing"), notes="'four Egyptians' -> see e2."),
    ],
    hard_negatives=[
        H("no peacekeepers were injured", "negated casualty"),
        H("The number of casualties is not known", "no count"),
        H("the bombings in the Egyptian  resort town of Dahab", "earlier incident, no count"),
    ])

# ---------------------------------------------------------------- Sudan 2006: Darfur aid, the AU force short of funds
ANN["wn_2006_05_09_sudan_darfur_au_force"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 200,000", num="200,000", value=200000, low=200000, qualifier="more than",
                     at="more than 200,000 lives"),
             location=L("Darfur", "SDN", None, None, None, 3),
             date=D("2003/2006-05-09", "three year old", approx=True), source=None, cumulative=True,
             trigger=T("claiming", at="claiming more"),
             notes=("'Sudan and the biggest rebel group signed a peace deal last Friday to end the  three year old civil "
                    "war, claiming more than 200,000 lives.' -> running toll of the war (cumulative); 'three year old' "
                    "in May 2006 -> from 2003 to publication (approx). Place: Darfur ('Darfur , a province of Sudan'; "
                    "a region of several states -> admin1 null, precision 3). 'lives' = people killed.")),
        dict(id="e2", type="presence", actor=A("AU", "African Union", at="African Union  peacekeepers"), civilian=False,
             count=C("around 7,000", num="7,000", value=7000, approx=True, qualifier="around"),
             location=L("Darfur", "SDN", None, None, None, 3, at="peacekeepers in Darfur"),
             date=D(None, "So far"), source=None, trigger=T("there are", at="there are around"),
             notes=("'So far, there are around 7,000 African Union  peacekeepers in Darfur, but they have failed to play "
                    "any significant role ...' -> presence. 'So far' -> value null with the surface kept (as sets (t) "
                    "and (u)).")),
    ],
    hard_negatives=[
        H("$225m", "money"),
        H("the deployment of UN peacekeepers", "deployment with no count", at="speed up the deployment"),
        H("two months", "duration"),
        H("more than 200,000 Darfur refugees", "displaced people (GUIDELINES 2)"),
        H("on 14 April", "date of a diplomatic break"),
        H("any soldier", "no count"),
    ])

# ---------------------------------------------------------------- East Timor 2006: Australian troops in Dili
ANN["wn_2006_05_27_east_timor_australian_deployment"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("around 30", num="30", value=30, approx=True, qualifier="around"),
             location=L("Outside the Hotel Timor", "TLS", "Dili", -8.56, 125.58, 2),
             date=D("2006-05-27", "today", at="Hotel Timor today", derived_from_context=True), source=None,
             trigger=T("arrested", at="patrol arrested"),
             notes=("'Outside the Hotel Timor today, ... an Australian patrol arrested what appeared to be two gangs "
                    "about to storm the hotel with the help of reinforcements. The men numbered around 30, carrying "
                    "machetes, knifes, spears, slingshots, and arrows.' -> people arrested by troops (captured); the "
                    "count is in the next sentence, 'today' in the previous one (derived; Saturday 27 May 2006). Armed "
                    "men about to storm a hotel -> civilian false and the generic 'militants' of section 10, although the "
                    "text calls such groups 'Civilian gangs' (close call). The same 30 are also a would-be attacking "
                    "party; one count is one event, so no presence event (close call). Near a named site, "
                    "precision 2.")),
        dict(id="e2", type="deployment", actor=A("AUS", "Australian", at="Australian deployment"), civilian=False,
             count=C("the 1300 strong", num="1300", value=1300),
             location=L("East Timor", "TLS", None, None, None, 4, at="arrive in East Timor"),
             date=D("2006-05-28", "tomorrow"), source=None, planned=True,
             trigger=T("is expected to arrive", at="is expected to arrive"),
             notes=("'As the rest of the 1300 strong Australian deployment is expected to arrive in East Timor tomorrow, "
                    "...' -> the strength of the whole deployment (the part still to come has no number of its own); "
                    "its completion is expected tomorrow -> planned, dated 28 May 2006 (close call: part of the force "
                    "is already patrolling Dili). Country, precision 4. '1300' without a separator.")),
    ],
    hard_negatives=[
        H("two gangs", "groups, not a count of people"),
        H("no soldiers have fired", "negated, no count"),
        H("reinforcements", "no count"),
        H("Civilian gangs", "no count"),
        H("all four nations", "countries, not people"),
        H("on May 23", "date of the request"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Baghdad roadside bomb kills two CBS journalists
BAGHDAD06 = L("the Iraq  capital Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1)
ANN["wn_2006_05_29_iraq_baghdad_cbs_journalists"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("four", value=4, at="four people"), location=BAGHDAD06, date=D(None), source=None, is_total=True,
             trigger=T("killed", at="has killed four"),
             notes=("'A roadside bomb in the Iraq  capital Baghdad  has killed four people, including two journalists "
                    "working for television network CBS .' -> total of e2-e4 (2 + 1 + 1). The text gives no day -> date "
                    "null. Mixed toll (journalists, an army officer, an interpreter) -> actor and civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("GBR", "British"), civilian=True,
             count=C("two", value=2, at="two journalists working"), location=BAGHDAD06, date=D(None), source=None,
             part_of="e1", trigger=T("killed", at="has killed four"),
             alt_mentions=[S("The two journalists", at="The two journalists")],
             notes=("'... including two journalists working for television network CBS .' -> part of e1; 'The two "
                    "journalists, cameraman Paul Douglas and soundman James Brolan, both British , ...' restates them "
                    "(alt_mention) and gives the nationality (actor GBR, surface 'British'). Journalists -> civilian "
                    "true.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("USA", "U.S."), civilian=False,
             count=C("A U.S. army officer", num="A", value=1), location=BAGHDAD06, date=D(None), source=None,
             part_of="e1", trigger=T("killed", at="were also killed"),
             notes=("'A U.S. army officer and an Iraqi interpreter were also killed.' -> two coordinated singulars of "
                    "different sides and status -> two events (as set (u)'s 'Six policemen and a civilian driver').")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="Iraqi interpreter"), civilian=True,
             count=C("an Iraqi interpreter", num="an", value=1), location=BAGHDAD06, date=D(None), source=None,
             part_of="e1", trigger=T("killed", at="were also killed"),
             notes="'... and an Iraqi interpreter' -> interpreter -> civilian true (GUIDELINES 3). Part of e1."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("seventy-one", value=71), location=L("Iraq", "IRQ", None, None, None, 4, at="Iraq is now"),
             date=D(None), source=S("according to Editor and Publisher"), cumulative=True,
             trigger=T("deadliest war", at="deadliest war"),
             notes=("'With the addition of these two journalists, Iraq is now \"the deadliest war for reporters in the "
                    "past century\", according to Editor and Publisher , the total coming to seventy-one.' -> running "
                    "total of reporters killed in the Iraq war (cumulative; no start date in the text -> date null). "
                    "Reporters of many nationalities -> actor null, civilian true. The next sentence's figures for World "
                    "War Two and another war are comparisons (hard negatives).")),
    ],
    hard_negatives=[
        H("4th Infantry Division", "unit number"),
        H("Kimberly Dozier", "named individual, no count word"),
        H("sixty-nine reporters killed during World War Two", "comparison (GUIDELINES 2)"),
        H("sixty-three in .", "comparison (GUIDELINES 2)"),
        H("the past century", "period"),
    ])

# ---------------------------------------------------------------- Iraq 2006: minibus passengers executed in Diyala
UDHAIM = L("their own checkpoint near Udhaim", "IRQ", "Diyala", 34.53, 44.52, 2)
ANN["wn_2006_06_04_iraq_diyala_minibus_killings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("19", value=19, at="19 Turkomen"), location=UDHAIM, date=D(None), source=None,
             trigger=T("killed", at="have killed 19"),
             notes=("'Gunmen in Iraq  have killed 19 Turkomen , two Kurds  and injured one while sparing the lives of "
                    "four Sunnis .' -> minibus passengers taken 'one by one from their cars and executed' (commuters "
                    "and students) -> civilian true. Iraqi Turkmen -> IRQ by plain implication (the ethnic name is not a "
                    "side; surface null). Two ethnic groups, no total stated -> separate events. Place: the last "
                    "sentence ('they had created their own checkpoint near Udhaim'), the most specific; Diyala province "
                    "in s1; coordinates approximate). The text gives no day -> date null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("two", value=2, at="two Kurds"), location=UDHAIM, date=D(None), source=None,
             trigger=T("killed", at="have killed 19"), notes="'two Kurds' -> see e1."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=True,
             count=C("one", value=1, at="one while sparing"), location=UDHAIM, date=D(None), source=None,
             trigger=T("injured", at="injured one"),
             notes="'... and injured one' -> one passenger (civilian true; IRQ as e1)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("12", value=12, at="12 students"), location=UDHAIM, date=D(None), source=None,
             trigger=T("among the dead", at="among the dead"),
             notes=("'12 students, as young as 15, and older men were among the dead in the attack, 55 kilometres "
                    "northeast of Baghdad .' -> a part of the dead; the text gives no total of the 19 + 2 to attach it "
                    "to -> no part_of (close call). 'as young as 15' is an age, '55 kilometres' a distance.")),
    ],
    hard_negatives=[
        H("four Sunnis", "spared, not a casualty"),
        H("three minibuses", "vehicles"),
        H("as young as 15", "age"),
        H("55 kilometres", "distance"),
        H("six of the victims", "manner-of-death breakdown of people already counted"),
        H("Some were shot", "no count"),
        H("the Sunni Arabs  who were not killed", "negated, no count"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: seven Canadians killed in Aitaroun
AITAROUN = L("their home in the town of Aitaroun", "LBN", "Nabatieh", 33.12, 35.47, 1)
SUN_LB = D("2006-07-16", "on Sunday", at="Lebanon on Sunday")
FIFTH_DAY = D("2006-07-12/2006-07-16", "the fifth day of Israel's military attacks in Lebanon", derived_from_context=True)
ANN["wn_2006_07_16_lebanon_canadians_aitaroun"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CAN", "Canadians", at="Canadians were killed"),
             civilian=True, count=C("Seven", value=7, at="Seven Canadians"), location=AITAROUN, date=SUN_LB,
             source=S("Peter MacKay  announced"), trigger=T("killed", at="were killed, and six"),
             notes=("'Seven Canadians were killed, and six others were in critical condition, after an Israeli raid in "
                    "Lebanon on Sunday,  Peter MacKay  announced.' -> Sunday in a Sunday story = 16 July 2006. Place from "
                    "the next sentence ('the family of Canadians were killed at their home in the town of Aitaroun'; a "
                    "house in a village -> the village point, precision 1). A family at home -> civilian true.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("CAN"), civilian=True,
             count=C("six others", num="six", value=6), location=AITAROUN, date=SUN_LB,
             source=S("Peter MacKay  announced"), trigger=T("in critical condition", at="in critical condition"),
             notes=("'... and six others were in critical condition' -> wounded (critical condition implies injury); "
                    "elided subject -> the actor of e1 (surface null, as set (t)).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("CAN"), civilian=True,
             count=C("two", value=2, at="two of her family"), location=AITAROUN,
             date=D("2006-07-16", "on Sunday", at="Lebanon on Sunday", derived_from_context=True),
             source=S("one woman said"), part_of="e1", trigger=T("killed", at="members were killed"),
             notes=("'During a protest in Montréal on Sunday, one woman said she had just been informed that two of her "
                    "family members were killed in the Israeli air strike.' -> two of the seven ('My father, my uncle'; "
                    "the strike of e1) -> part of e1 (close call: the text does not say so in as many words). Family of "
                    "a Montreal woman -> CAN by context. The 'on Sunday' of this sentence dates the protest; the strike's "
                    "day comes from e1 (derived).")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("ISR", "Israeli", at="Israeli soldiers and"),
             civilian=False, count=C("2", value=2, at="2 Israeli"), location=None, date=D(None), source=None,
             trigger=T("capture", at="the capture of 2"),
             notes=("'... instigated by the capture of 2 Israeli soldiers and killing of 8 others by the Shiite Hezbollah  "
                    "in a cross-border attack.' -> background event. No place named ('a cross-border attack') -> location "
                    "null. No date in the text (the fifth day of the attacks dates the strike, not the raid) -> null.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("ISR"), civilian=False,
             count=C("8 others", num="8", value=8), location=None, date=D(None), source=None,
             trigger=T("killing", at="killing of 8"),
             notes="'... and killing of 8 others' -> other Israeli soldiers (elided; actor of e4)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 148", num="148", value=148, low=148, qualifier="at least"),
             location=L("Lebanon", "LBN", None, None, None, 4, at="fatalities in Lebanon"), date=FIFTH_DAY, source=None,
             cumulative=True, trigger=T("fatalities", at="148 fatalities"),
             notes=("'The fighting has caused at least 148 fatalities in Lebanon and 23 in Israel.' -> running totals "
                    "of the fighting (cumulative). The previous sentence puts 16 July on 'the fifth day of Israel's "
                    "military attacks in Lebanon' -> the attacks began on 12 July; interval 12-16 July 2006 (derived; "
                    "close call). Actor and civilian null.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("23", value=23, at="23 in Israel"),
             location=L("Israel", "ISR", None, None, None, 4, at="23 in Israel"), date=FIFTH_DAY, source=None,
             cumulative=True, trigger=T("fatalities", at="148 fatalities"),
             notes="'... and 23 in Israel.' -> as e6, for Israel."),
    ],
    hard_negatives=[
        H("Sixteen thousand Canadians", "registered citizens, not a conflict count"),
        H("as high as 40,000", "Canadian citizens present, not a force"),
        H("the first recent casualties", "no count"),
        H("the fifth day", "ordinal"),
        H("My father, my uncle", "restatement of e3 by role, no count"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: ceasefire, the UN force, the war's toll
SINCE39 = D("2006-07-06/2006-08-14", "39 days")
ANN["wn_2006_08_14_lebanon_ceasefire_italy_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("ITA", "Italy", at="Italy , which"), civilian=False,
             count=C("up to 3,000", num="3,000", value=3000, high=3000, approx=True, qualifier="up to"),
             location=L("southern Lebanon", "LBN", None, None, None, 3, at="southern Lebanon  until"),
             date=D(None), source=None, planned=True, trigger=T("volunteered", at="has volunteered"),
             notes=("'It is expected to be headed up by French  troops, complemented primarily by troops from Italy , "
                    "which has volunteered up to 3,000 soldiers.' -> troops offered for the future force (planned "
                    "deployment; 'up to' = upper bound). Destination: the force is to relieve Israeli ground forces 'in "
                    "southern Lebanon' (previous sentences; region of two governorates, admin1 null, precision 3). No "
                    "date -> null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(["LBN", "ISR"]), civilian=None,
             count=C("over 1,200", num="1,200", value=1200, low=1200, qualifier="over"), location=None, date=SINCE39,
             source=None, cumulative=True, is_total=True, trigger=T("cost", at="has cost over"),
             notes=("'The conflict has been going on for 39 days and has cost over 1,200 people their lives.' -> the "
                    "war's running toll (cumulative); 'going on for 39 days' -> publication minus 39 days to publication, "
                    "6 July to 14 August 2006, as the text counts (the war began on 12 July; kept as written). A toll "
                    "covering both sides -> list actor (section 10). Total of e3 and e4. Both countries -> location "
                    "null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("LBN"), civilian=True,
             count=C("around 1,100", num="1,100", value=1100, approx=True, qualifier="around"),
             location=L("Lebanon", "LBN", None, None, None, 4, at="In Lebanon, around"), date=SINCE39, source=None,
             cumulative=True, part_of="e2", trigger=T("killed", at="have been killed, mostly"),
             notes=("'In Lebanon, around 1,100 people have been killed, mostly civilians.' -> part of e2; 'mostly "
                    "civilians' -> civilian true (section 10); people killed in Lebanon -> LBN (close call: Hezbollah "
                    "fighters are among them).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ISR", "Israelis"), civilian=None,
             count=C("154", value=154), location=None, date=SINCE39, source=None, cumulative=True, part_of="e2",
             is_total=True, trigger=T("killed", at="have been killed in the conflict"),
             notes=("'154 Israelis, including 114 soldiers, have been killed in the conflict.' -> part of e2 and total "
                    "of e5; soldiers and civilians -> civilian null. No place (Israelis died in Israel and in Lebanon) -> "
                    "location null.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("ISR"), civilian=False,
             count=C("114", value=114), location=None, date=SINCE39, source=None, cumulative=True, part_of="e4",
             trigger=T("killed", at="have been killed in the conflict"), notes="'... including 114 soldiers' -> part of e4."),
    ],
    hard_negatives=[
        H("10 days", "duration"),
        H("thousands of Lebanese", "people returning home (displaced), not casualties"),
        H("a baby and two young boys", "not casualties"),
        H("one room", "not people"),
        H("French  troops", "no count"),
        H("ground forces in southern Lebanon", "no count"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2006: Colombo fragmentation-mine blast
ANN["wn_2006_08_14_sri_lanka_colombo_mine"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Seven", value=7, at="Seven people"),
             location=L("within a mile of the official home of President Mahinda Rajapakse", "LKA", "Western", 6.92,
                        79.85, 2),
             date=D(None), source=None, trigger=T("killed", at="were killed and seventeen"),
             notes=("'Seven people were killed and seventeen injured in the explosion, ...' -> the blast in Colombo "
                    "(first sentence); the most specific place is the next sentence's 'within a mile of the official "
                    "home of President Mahinda Rajapakse' (near a named site, precision 2, Colombo coordinates). The "
                    "text gives no day ('Hours after the Tamil Tigers  threatened ...') -> date null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("seventeen", value=17),
             location=L("within a mile of the official home of President Mahinda Rajapakse", "LKA", "Western", 6.92,
                        79.85, 2),
             date=D(None), source=None, trigger=T("injured", at="seventeen injured"), notes="'... and seventeen injured' -> see e1."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="dozens."), location=None,
             date=D(None), source=None, trigger=T("killed", at="that killed dozens"),
             notes=("'... and it came hours after Sri Lanka's military carried out an air-raid that killed dozens.' -> "
                    "an air raid whose place and victims the text does not give -> location, actor and civilian null; "
                    "no date ('hours after' a blast that is itself undated).")),
    ],
    hard_negatives=[
        H("he was unhurt", "negated, a named individual"),
        H("the backup vehicle", "a vehicle"),
        H("the 1970s", "decade"),
        H("In the past few days", "period, no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Kabul embassy car bomb; Italians hit near Farah
KABUL_EMB = L("near the Kabulian US Embassy", "AFG", "Kabul", 34.54, 69.18, 2)
THIS_MORNING = D("2006-09-08", "this morning", derived_from_context=True)
ANN["wn_2006_09_08_afghanistan_kabul_embassy_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("16", value=16, at="16 citizens"), location=KABUL_EMB, date=THIS_MORNING, source=None,
             trigger=T("killed", at="which killed 16"),
             notes=("'The Taliban have claimed responsibility for the massive suicide bomb which killed 16 citizens, and "
                    "two US soldiers near the Kabulian US Embassy.' -> 'citizens' (set against the soldiers) -> "
                    "civilian true; Afghans by plain implication (surface null). Day: the spokesman's 'this morning' "
                    "in the next sentence, a same-day quote in a Friday 8 September 2006 story (derived). No total "
                    "(the headline's 18) in the text -> two events.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "US", at="US soldiers"), civilian=False,
             count=C("two", value=2, at="two US soldiers"), location=KABUL_EMB, date=THIS_MORNING, source=None,
             trigger=T("killed", at="which killed 16"), notes="'... and two US soldiers' -> see e1."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AFG", "Afghans"), civilian=None,
             count=C("Sixteen", value=16, at="Sixteen Afghans"), location=KABUL_EMB, date=THIS_MORNING, source=None,
             trigger=T("wounded", at="were wounded in the attack"),
             notes="'Sixteen Afghans were wounded in the attack, and several were killed.' -> status not stated -> civilian null."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG"), civilian=None,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several were killed"),
             location=KABUL_EMB, date=THIS_MORNING, source=None, trigger=T("killed", at="several were killed"),
             notes=("'... and several were killed.' -> Afghans killed (elided subject). A vaguer figure for what are "
                    "probably e1's 16 citizens; a different figure is kept as its own claim (GUIDELINES 6; close "
                    "call).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("ITA", "Italian", at="Italian soldiers"), civilian=False,
             count=C("four", value=4, at="four Italian"), location=L("near Farah", "AFG", "Farah", 32.37, 62.11, 2),
             date=D("2006-09-08", "Friday", at="wounded Friday"), source=S("the Italian Defense Ministry said"),
             trigger=T("wounded", at="were wounded Friday"),
             notes=("'In western Afghanistan, four Italian soldiers were wounded Friday in a roadside bomb blast while on "
                    "patrol, the Italian Defense Ministry said. The ministry said an improvised explosive device "
                    "detonated around 9 a.m. near Farah ...' -> Friday in a Friday story = 8 September 2006; place from "
                    "the next sentence (near a named town, precision 2).")),
    ],
    hard_negatives=[
        H("three armored Humvees", "vehicles"),
        H("more troops", "no count"),
        H("A coalition convoy", "a convoy, no count of people"),
        H("an Italian military vehicle", "a vehicle"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: German navy takes over UNIFIL's maritime task force
LB_COAST = L("the Lebanese coast", "LBN", None, None, None, 3)
THE_REPORTS = S("The  reports")


def _de_part(eid, surface, value, at, notes):
    return dict(id=eid, type="deployment", actor=A("DEU"), civilian=False, count=C(surface, value=value, at=at),
                location=LB_COAST, date=D(None), source=THE_REPORTS, part_of="e1",
                trigger=T("have been sent", at="have been sent"), notes=notes)


ANN["wn_2006_10_15_lebanon_german_naval_unifil"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("DEU", "Germany", at="Germany has contributed"), civilian=False,
             count=C("2.400", value=2400),
             location=L("the coast of Lebanon", "LBN", None, None, None, 3, at="patrolling the coast"), date=D(None),
             source=None, is_total=True, trigger=T("contributed", at="has contributed"),
             notes=("'Germany has contributed 2.400 personnel for this mission.' -> troops sent to UNIFIL's maritime task "
                    "force (deployment). '2.400' uses a dot as the thousands separator (German style) -> 2400; the five "
                    "parts of the next sentence add up to it (1500 + 100 + 400 + 100 + 300) -> total of e2-e6. Place: "
                    "the mission's area, 'patrolling the coast of Lebanon' (coastal waters, precision 3). No time "
                    "expression -> date null.")),
        _de_part("e2", "1.500", 1500, "reports that 1.500",
                 "'The  reports that 1.500 naval personnel, ... have been sent to the Lebanese coast.' -> part of e1 "
                 "('1.500' = 1500, dot as thousands separator). The name of the reporting outlet was lost in the "
                 "conversion ('The  reports') -> source kept as the text has it."),
        _de_part("e3", "100", 100, "100 airlift", "'100 airlift soldiers' -> part of e1."),
        _de_part("e4", "400", 400, "400 mission", "'400 mission control staff' -> military staff of the contingent, part of e1."),
        _de_part("e5", "100", 100, "100 soldiers for training",
                 "'100 soldiers for training and advice to the Lebanese security forces' -> part of e1 (second '100')."),
        _de_part("e6", "300", 300, "300 personnel", "'300 personnel as tactical reserve' -> part of e1."),
    ],
    hard_negatives=[
        H("At 22:00 GMT", "time of the hand-over"),
        H("2 frigates", "ships"),
        H("2 supply ships", "ships"),
        H("4 fast attack craft", "boats"),
        H("F218", "ship designation"),
        H("twice the size of Lebanon", "comparison of areas"),
    ])

# ---------------------------------------------------------------- Liberia 2007: India's all-female police unit arrives
LIBERIA = L("Liberia", "LBR", None, None, None, 4, at="flew into Liberia")
ANN["wn_2007_02_11_liberia_indian_female_police"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("IND", "India"), civilian=False,
             count=C("More than a hundred", num="a hundred", value=100, low=100, qualifier="more than"), location=LIBERIA,
             date=D("2007-01-30", "on January 30"), source=None, trigger=T("flew into", at="flew into"),
             notes=("'More than a hundred female officers and about 20 men engaged in logistics work flew into Liberia on "
                    "January 30, ...' -> the Indian all-female UN police unit arriving (deployment). Actor: the "
                    "contingent's country from the first sentence ('An India n all-female United Nations peacekeeping "
                    "unit'), as set (t)'s contingent convention. Armed police officers -> civilian false. Two groups, no "
                    "total stated -> two events. Country, precision 4.")),
        dict(id="e2", type="deployment", actor=A("IND", "India"), civilian=False,
             count=C("about 20", num="20", value=20, approx=True, qualifier="about"), location=LIBERIA,
             date=D("2007-01-30", "on January 30"), source=None, trigger=T("flew into", at="flew into"),
             notes="'... and about 20 men engaged in logistics work' -> the unit's support staff (civilian false, as e1)."),
        dict(id="e3", type="presence", actor=A("UN", "U.N.", at="U.N. police officers"), civilian=False,
             count=C("Eighty-two", value=82), location=L("Liberia", "LBR", None, None, None, 4, at="serve in Liberia"),
             date=D("2007-02-11", "currently", at="currently serve"), source=None, trigger=T("serve", at="currently serve"),
             notes=("'Eighty-two female U.N. police officers currently serve in Liberia, as part of the United Nations "
                    "Mission in Liberia  (UNMIL).' -> UN police present; 'currently' -> publication day (as set (t)). "
                    "Police -> civilian false.")),
    ],
    hard_negatives=[
        H("hundreds of thousands of people", "displaced people (GUIDELINES 2)"),
        H("two civil wars", "wars, not people"),
        H("19 years", "duration"),
        H("the first such team", "ordinal"),
        H("Jordanian, Nepalese and Nigerian units", "units, no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Farah police convoy bomb; clashes in Farah and Helmand
BAKWA = L("the Bakwa district of Farah", "AFG", "Farah", None, None, 3)
TODAY_AF = D("2007-03-12", "earlier today", at="officers earlier today", derived_from_context=True)
GARESHK = L("Gareshk district", "AFG", "Helmand", None, None, 3)
TODAY_G = D("2007-03-12", "earlier today", at="happened earlier today", derived_from_context=True)
ANN["wn_2007_03_12_afghanistan_farah_police_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan"), civilian=False,
             count=C("nine", value=9, at="nine Afghan"), location=BAKWA,
             date=D("2007-03-12", "earlier today", at="officers earlier today"), source=None, is_total=True,
             trigger=T("killed", at="bomb killed nine"),
             notes=("'A roadside bomb killed nine Afghan  police officers earlier today, including one local commander, "
                    "and another was left critically wounded.' -> 'earlier today' = Monday 12 March 2007. Place from "
                    "the next sentence (a police convoy 'in the Bakwa district of Farah'; district, precision 3). Total "
                    "of e2. 'The district commander of Bakwa was also killed in the attack.' names the commander by role "
                    "without a count (hard negative; read as the same man as e2, close call).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("one local commander", num="one", value=1), location=BAKWA,
             date=D("2007-03-12", "earlier today", at="officers earlier today"), source=None, part_of="e1",
             trigger=T("killed", at="bomb killed nine"), notes="'... including one local commander' -> part of e1."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AFG"), civilian=False,
             count=C("another", value=1, at="another was left"), location=BAKWA,
             date=D("2007-03-12", "earlier today", at="officers earlier today"), source=None,
             trigger=T("critically wounded", at="critically wounded"),
             notes="'... and another was left critically wounded.' -> one more police officer (value 1)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("Taliban"), civilian=False,
             count=C("two", value=2, at="two militants dead and one"),
             location=L("the same province", "AFG", "Farah", None, None, 3),
             date=D("2007-03-11", "on Sunday", at="province on Sunday", derived_from_context=True), source=None,
             trigger=T("dead", at="militants dead and one"),
             notes=("'Elsewhere in the same province on Sunday, a police post was attacked by Taliban  insurgents. The "
                    "attack left two militants dead and one wounded.' -> the attackers, identified as Taliban in the "
                    "previous sentence (surface null). Sunday before a Monday story = 11 March 2007 (derived). 'the same "
                    "province' = Farah (precision 3).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("Taliban"), civilian=False,
             count=C("one", value=1, at="one wounded"), location=L("the same province", "AFG", "Farah", None, None, 3),
             date=D("2007-03-11", "on Sunday", at="province on Sunday", derived_from_context=True), source=None,
             trigger=T("wounded", at="one wounded"), notes="'... and one wounded' -> one more militant (as e4)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("Taliban"), civilian=False,
             count=C("two", value=2, at="two militants dead."), location=GARESHK,
             date=D("2007-03-12", "earlier today", at="happened earlier today"), source=None,
             trigger=T("dead", at="militants dead."),
             notes=("'In Helmand, coalition and Afghan troops led by the U.S. clashed with suspected Taliban Insurgents. "
                    "... The battle happened earlier today in Gareshk district and left two militants dead.' -> "
                    "'suspected Taliban' -> Taliban (close call on 'suspected'). District, precision 3, admin1 Helmand.")),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("AFG", "Afghan", at="Afghan troops and one"),
             civilian=False, count=C("Two", value=2, at="Two Afghan troops"), location=GARESHK, date=TODAY_G,
             source=None, trigger=T("wounded", at="lightly wounded"),
             notes=("'Two Afghan troops and one coalition soldier were lightly wounded.' -> two sides in one subject, no "
                    "total -> two events. Day and place from the previous sentence (derived).")),
        dict(id="e8", type="casualty", outcome="wounded", actor=A("coalition", "coalition", at="coalition soldier"),
             civilian=False, count=C("one coalition soldier", num="one", value=1), location=GARESHK, date=TODAY_G,
             source=None, trigger=T("wounded", at="lightly wounded"), notes="'... and one coalition soldier' -> see e7."),
    ],
    hard_negatives=[
        H("The district commander of Bakwa", "restatement by role, no count"),
        H("one of the vehicles", "a vehicle"),
        H("more troops", "no count"),
        H("an alleged anti-aircraft weapons trafficker", "the target, not a casualty"),
        H("a police post", "a place"),
    ])

# ---------------------------------------------------------------- Lebanon 2007: Spanish UNIFIL peacekeepers killed near Khiam
KHIAM = L("the town of Khiam , Nabatieh Governorate  in southern Lebanon", "LBN", "Nabatieh", 33.33, 35.61, 1)
ANN["wn_2007_06_24_lebanon_khiam_spanish_peacekeepers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN", "United Nations", at="United Nations  peacekeepers"),
             civilian=False, count=C("at least four", num="four", value=4, low=4, qualifier="at least"), location=KHIAM,
             date=D(None), source=None, hedge="Reports say", actor_alt="ESP", trigger=T("killed", at="has killed"),
             notes=("'Reports say that a roadside bomb or landmine blast has killed at least four United Nations  "
                    "peacekeepers  from Spain  and injured at least three to six other peacekeepers in the town of Khiam "
                    ", Nabatieh Governorate  in southern Lebanon .' -> 'Reports say' names no speaker -> hedge. The mission "
                    "next to the count, the contingent in context -> actor UN, actor_alt ESP (set (t)'s Rwandan "
                    "peacekeepers). The text gives no day -> date null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("UN"), civilian=False,
             count=C("at least three to six", num="three to six", value=None, low=3, high=6, approx=True,
                     qualifier="between"),
             location=KHIAM, date=D(None), source=None, hedge="Reports say", trigger=T("injured", at="injured at least"),
             notes=("'... and injured at least three to six other peacekeepers' -> a range (value null, low 3, high 6, "
                    "qualifier 'between' as set (u)'s '12 to 14'); 'at least' before a range adds nothing to the lower "
                    "bound. Nationality of the wounded not stated -> actor UN, no actor_alt.")),
        dict(id="e3", type="presence", actor=A("UN"), civilian=False, count=C("15,000", value=15000),
             location=L("Lebanon", "LBN", None, None, None, 4, at="inside Lebanon"), date=D(None), source=None,
             hedge="It is estimated", trigger=T("there are", at="there are 15,000"),
             notes=("'It is estimated that there are 15,000 peacekeepers inside Lebanon.' -> UNIFIL's strength (UN by "
                    "context, surface null); 'It is estimated' names no speaker -> hedge (kept outside the count phrase, "
                    "so approx false and no qualifier; close call). Present tense, no time word -> date null.")),
    ],
    hard_negatives=[
        H("At least two UN armored vehicles", "vehicles"),
        H("at least one of those vehicles", "a vehicle"),
        H("the people of the south", "no count"),
    ])

# ---------------------------------------------------------------- Thailand 2007: twin bombs in Yala; a shooting in Yaha
YALA_X = L("a major intersection across the street from the city's railway station", "THA", "Yala", 6.54, 101.28, 2)
TODAY_Y = D("2007-07-17", "today", at="blasts today")
ANN["wn_2007_07_17_thailand_yala_twin_blasts"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("THA"), civilian=False,
             count=C("A police sergeant", num="A", value=1), location=YALA_X, date=TODAY_Y, source=None,
             trigger=T("killed", at="sergeant was killed"),
             notes=("'A police sergeant was killed and at least 18 people were injured in a pair of bomb blasts today in "
                    "southern  Thailand .' -> 'today' = Tuesday 17 July 2007. The sergeant is named later (Subin "
                    "Pruekmongkol, 'pronounced dead' at Yala Hospital; no count word, hard negative). Place: the second, "
                    "deadly blast at 'a major intersection across the street from the city's railway station' in Yala "
                    "(part of a city, precision 2); the first blast 'resulted in no injuries'. Thai police -> THA by "
                    "plain implication.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 18", num="18", value=18, low=18, qualifier="at least", at="at least 18 people were injured in a pair"),
             location=YALA_X, date=TODAY_Y, source=S("local news reports saying"), is_total=True,
             trigger=T("injured", at="were injured in a pair"),
             alt_mentions=[S("at least 18", at="reports saying at least 18")],
             notes=("'... and at least 18 people were injured ...' (lede) restated in 'The injury tolls varied widely, "
                    "with local news reports saying at least 18 people were injured, while CNN  reported that up to 32 "
                    "people had been hurt.' -> the lede is primary, the attributed restatement an alt_mention that gives "
                    "the source (as set (t)'s Tharthar). CNN's figure is a rival claim (e5). Total of e3 and e4.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("THA"), civilian=False,
             count=C("At least eight other", num="eight", value=8, low=8, qualifier="at least"), location=YALA_X,
             date=D("2007-07-17", "today", at="blasts today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("wounded", at="officers were wounded"),
             notes=("'At least eight other police officers were wounded, two of them seriously, while four local "
                    "journalists were also taken to hospital.' -> part of e2 (police among the injured). 'two of them "
                    "seriously' is a status breakdown (hard negative).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("THA"), civilian=True,
             count=C("four", value=4, at="four local journalists"), location=YALA_X,
             date=D("2007-07-17", "today", at="blasts today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("taken to hospital", at="also taken to hospital"),
             notes=("'... while four local journalists were also taken to hospital.' -> injury implied by 'also taken to "
                    "hospital' next to the wounded officers (GUIDELINES 2, implied cases; close call). Local journalists "
                    "-> THA, civilian true. Part of e2.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("up to 32", num="32", value=32, high=32, approx=True, qualifier="up to"), location=YALA_X,
             date=D("2007-07-17", "today", at="blasts today", derived_from_context=True), source=S("CNN  reported"),
             trigger=T("hurt", at="had been hurt"),
             notes="'... while CNN  reported that up to 32 people had been hurt.' -> rival figure from another source (GUIDELINES 6)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("about 2,000", num="2,000", value=2000, approx=True, qualifier="about"),
             location=L("Thailand's Malay Muslim-majority provinces", "THA", None, None, None, 3),
             date=D("2004-01/2007-07-17", "Since attacks by separatists in Thailand's Malay Muslim-majority provinces flared up in January 2004"),
             source=None, cumulative=True, trigger=T("killed", at="people killed in bombings"),
             notes=("'Since attacks by separatists in Thailand's Malay Muslim-majority provinces flared up in January 2004, "
                    "there are have about 2,000 people killed in bombings and almost-daily drive-by shootings.' -> running "
                    "total since January 2004 (cumulative; 'there are have' as in the source). Several provinces -> "
                    "admin1 null, precision 3.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("a man", num="a", value=1, at="a man was fatally"),
             location=L("in front of a tea shop in Yaha District", "THA", "Yala", 6.48, 101.13, 2),
             date=D("2007-07-17", "earlier today", at="violence earlier today"), source=None,
             trigger=T("fatally shot", at="fatally shot"),
             notes=("'In a separate violence earlier today in Yala Province , a man was fatally shot in front of a tea "
                    "shop in Yaha District .' -> a separate killing; 'a man' -> value 1, status and side not stated -> "
                    "null. An unnamed site in a district -> precision 2, coordinates of Yaha town (annotator's "
                    "estimate).")),
        dict(id="e8", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("About 350", num="350", value=350, approx=True, qualifier="about"),
             location=L("the southern provinces", "THA", None, None, None, 3, at="law in the southern provinces"),
             date=D(None, "in the past few weeks"), source=S("according to '''' newspaper"), cumulative=True,
             trigger=T("detained", at="rounded up and detained"),
             notes=("'About 350 suspects have been rounded up and detained under the law in the past few weeks, "
                    "according to '''' newspaper.' -> detentions of suspects (captured, GUIDELINES 2), running total "
                    "over a vague period: 'the past few weeks' -> value null with the surface kept (as set (u)'s 'In "
                    "recent months'). The newspaper's name was lost in the conversion; the source is kept as the text "
                    "has it. Place: the provinces under the emergency law (previous sentences).")),
    ],
    hard_negatives=[
        H("a pair of bomb blasts", "incidents"),
        H("three southernmost provinces", "provinces"),
        H("resulted in no injuries", "negated casualty"),
        H("about 30 minutes", "duration"),
        H("Police Sergeant Subin Pruekmongkol, 48", "named individual (restates e1) and age"),
        H("two of them seriously", "status breakdown of e3"),
        H("another three months", "duration"),
        H("three-month periods", "duration"),
        H("up to 30 days", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: British soldiers killed by US bomb near Kajaki
KAJAKI = L("northwest of Kajaki  in Helmand province", "AFG", "Helmand", 32.26, 65.05, 2)
ANN["wn_2007_08_24_afghanistan_kajaki_friendly_fire"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("GBR", "United Kingdom", at="United Kingdom ,"),
             civilian=False, count=C("Three", value=3, at="Three soldiers"), location=KAJAKI,
             date=D("2007-08-23", "Thursday evening", derived_from_context=True), source=S("according to the UK"),
             trigger=T("killed", at="were killed in what"),
             alt_mentions=[S("the three soldiers", at="the three soldiers")],
             notes=("'Three soldiers of the United Kingdom , part of NATO's mission in Afghanistan , ISAF , were killed in "
                    "what is thought to have been a \"friendly fire\" incident, according to the UK .' -> 'is thought' "
                    "qualifies the cause, not the toll -> no hedge. Day and place from 'The apparent friendly fire "
                    "incident took place Thursday evening northwest of Kajaki  in Helmand province' (Thursday before a "
                    "Friday 24 August 2007 story = 23 August; derived; near a named place, precision 2). The ministry's "
                    "'killed the three soldiers' restates the figure (alt_mention). The contingent's country is next to "
                    "the count -> GBR, no actor_alt.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("GBR"), civilian=False,
             count=C("Two other", num="Two", value=2), location=KAJAKI, date=D("2007-08-24", "on Friday"), source=None,
             trigger=T("injured", at="were injured in the incident"),
             notes=("'Two other soldiers were injured in the incident on Friday, ...' -> British by context. The clause "
                    "dates the incident to Friday while the next sentence says Thursday evening; kept as written (own "
                    "clause's day; GUIDELINES 6 on figures that do not square; close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("GBR", "British", at="British soldiers died"),
             civilian=False, count=C("73", value=73),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="died in Afghanistan"),
             date=D("2001/2007-08-24", "since the start of the war in 2001"), source=None, cumulative=True,
             trigger=T("died", at="soldiers died"),
             notes="'73 British soldiers died in Afghanistan since the start of the war in 2001.' -> running total 2001 to publication."),
    ],
    hard_negatives=[
        H("two US F-15 aircraft", "aircraft"),
        H("One bomb", "a weapon"),
        H("the patrol came under attack", "no count"),
    ])

# ---------------------------------------------------------------- Gaza 2008: Israeli raids in Khan Younis; Nablus
GAZA08 = L("Gaza", "PSE", "Gaza Strip", None, None, 3, at="missions in Gaza")
KHAN_YOUNIS = L("the Khan Younis  area", "PSE", "Gaza Strip", 31.35, 34.31, 2)
THU_G = D("2008-01-03", "early Thursday", derived_from_context=True)
ANN["wn_2008_01_04_gaza_khan_younis_raids"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="Palestinians  have"),
             civilian=None, count=C("At least nine", num="nine", value=9, low=9, qualifier="at least"), location=GAZA08,
             date=THU_G, source=None, is_total=True, trigger=T("killed", at="have been killed"),
             notes=("'At least nine Palestinians  have been killed during Israel i missions in Gaza ; four gunmen and five "
                    "civilians during air and ground raids.' -> total of e2, e3 and e4. Day from the next sentence "
                    "('Israeli troops moved in to the Khan Younis  area early Thursday'; Thursday before a Friday 4 "
                    "January 2008 story = 3 January; derived). Four gunmen and five civilians -> civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("four", value=4, at="four gunmen"), location=GAZA08, date=THU_G, source=None, part_of="e1",
             trigger=T("killed", at="have been killed"),
             notes="'... four gunmen ...' -> part of e1; unnamed gunmen -> 'militants' (section 10)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("five", value=5, at="five civilians"), location=KHAN_YOUNIS, date=THU_G, source=None, part_of="e1",
             trigger=T("killed", at="have been killed"),
             alt_mentions=[S("five family members", at="five family members")],
             notes=("'... and five civilians ...' -> part of e1. 'The deadliest attack by a tank shell reportedly killed "
                    "five family members.' is read as the same five people (the same figure for the civilians of the "
                    "same raids) -> alt_mention, not a new event (close call). Place: the Khan Younis area of those raids "
                    "(part of a region, precision 2).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="Palestinians were killed"),
             civilian=None, count=C("two more", num="two", value=2), location=KHAN_YOUNIS, date=THU_G,
             source=S("Medics later announced"), part_of="e1", trigger=T("killed", at="Palestinians were killed"),
             notes=("'Medics later announced that two more Palestinians were killed when Israeli troops called in an air "
                    "strike after being trapped in one area.' -> 'more' = additional (not a bound); within the nine of "
                    "e1 (part_of; which of the gunmen or civilians is not said -> civilian null).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("PSE"), civilian=True,
             count=C("three children", num="three", value=3), location=KHAN_YOUNIS, date=THU_G, source=None,
             trigger=T("injured", at="fire injured"),
             notes=("'Later tank fire injured three children, leaving one in critical condition.' -> children -> "
                    "civilian true, Palestinians by context. 'leaving one in critical condition' is a status breakdown "
                    "(hard negative).")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least nineteen", num="nineteen", value=19, low=19, qualifier="at least"),
             location=L("the city of Nablus  in the West Bank", "PSE", "West Bank", 32.22, 35.26, 1), date=D(None),
             source=None, trigger=T("injured", at="have been injured"),
             notes=("'Troops also stormed the city of Nablus  in the West Bank  where at least nineteen people have been "
                    "injured.' -> no day for the Nablus raid -> date null; bare 'people' -> null.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least six", num="six", value=6, low=6, qualifier="at least"),
             location=L("Gaza", "PSE", "Gaza Strip", None, None, 3, at="operations in Gaza"),
             date=D("2008-01-02", "on Wednesday"), source=None, trigger=T("killed", at="which killed"),
             notes="'The attacks follow previous operations in Gaza on Wednesday which killed at least six.' -> Wednesday = 2 January 2008."),
    ],
    hard_negatives=[
        H("no one was injured", "negated casualty"),
        H("17 km", "distance"),
        H("19 miles", "distance"),
        H("up to 250,000 Israeli's", "potential targets (hypothetical)"),
        H("leaving one in critical condition", "status breakdown of e5"),
        H("just a week", "duration"),
    ])

# ---------------------------------------------------------------- Pakistan 2008: schoolchildren held hostage in Domail
DOMAIL = L("a high school in Domail", "PAK", "Khyber Pakhtunkhwa", 32.93, 70.52, 1)
NAWAZ = S("said Hamid Nawaz, the Interior Minister of Pakistan")
ANN["wn_2008_01_28_pakistan_domail_school_hostages"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("PAK"), civilian=True,
             count=C("at least 250", num="250", value=250, low=250, qualifier="at least"), location=DOMAIL, date=D(None),
             source=S("Officials in Pakistan  have confirmed"), released=True, trigger=T("taken hostage", at="were taken hostage"),
             notes=("'Officials in Pakistan  have confirmed that at least 250 schoolchildren between 12 and 18 years old and "
                    "several teachers were taken hostage by at least seven militants inside a high school in Domail . "
                    "After negotiations, the children were released.' -> hostages who were freed (captured, released "
                    "true; 'all have been released'). Pupils in Pakistan -> PAK by plain implication, civilian true. "
                    "The text gives no day -> date null. A building in a town -> precision 1; Domail coordinates are "
                    "the annotator's estimate (Bannu district).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("PAK"), civilian=True,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several teachers"),
             location=DOMAIL, date=D(None), source=S("Officials in Pakistan  have confirmed"),
             trigger=T("taken hostage", at="were taken hostage"),
             notes=("'... and several teachers were taken hostage' -> teachers -> civilian true. The text reports the "
                    "release of 'the children' only -> released not set (close call).")),
        dict(id="e3", type="presence", actor=A("militants", "militants", at="seven militants inside"), civilian=False,
             count=C("at least seven", num="seven", value=7, low=7, qualifier="at least"), location=DOMAIL, date=D(None),
             source=S("Officials in Pakistan  have confirmed"), trigger=T("taken hostage", at="were taken hostage"),
             alt_mentions=[S("about seven", at="about seven militants")],
             notes=("'... by at least seven militants inside a high school in Domail .' -> the hostage-takers (attacking "
                    "party, presence). The minister's 'about seven militants' repeats the figure (alt_mention; GUIDELINES "
                    "6: a second source repeating the same figure).")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("PAK"), civilian=True,
             count=C("200 to 250", num="200 to 250", value=None, low=200, high=250, approx=True, qualifier="between"),
             location=DOMAIL, date=D(None), source=NAWAZ, released=True, trigger=T("There were", at="There were 200"),
             notes=("'\"There were 200 to 250 children in the school and about seven militants,\" said Hamid Nawaz, the "
                    "Interior Minister of Pakistan.' -> the minister's count of the children held (a different figure "
                    "from a different source -> its own event, GUIDELINES 6); range -> qualifier 'between'. Released "
                    "as e1.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("PAK"), civilian=False,
             count=C("At least one", num="one", value=1, low=1, qualifier="at least", at="At least one officer"),
             location=DOMAIL, date=D(None), source=None, trigger=T("injured", at="officer was injured"),
             notes=("'At least one officer was injured and one militant was killed in the battle.' -> a police officer "
                    "(the militants 'were fighting police officers') -> civilian false. In the article's own voice.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("militants", "militant", at="militant was killed"),
             civilian=False, count=C("one", value=1, at="one militant"), location=DOMAIL, date=D(None), source=None,
             trigger=T("killed", at="militant was killed"), notes="'... and one militant was killed in the battle.'"),
        dict(id="e7", type="casualty", outcome="captured", actor=A("PAK"), civilian=True,
             count=C("a \"health worker\"", num="a", value=1), location=None, date=D(None), source=None,
             hedge="According to reports", trigger=T("kidnapping", at="after kidnapping"),
             notes=("'According to reports, the militants were fighting police officers after kidnapping a \"health "
                    "worker\" when they ran into the school for shelter.' -> a kidnapping before the siege; 'According to "
                    "reports' names no speaker -> hedge. Health worker -> civilian true (aid worker). The text does not "
                    "say where he was taken -> location null.")),
    ],
    hard_negatives=[
        H("between 12 and 18 years old", "ages"),
        H("No children have been hurt", "negated casualty"),
        H("all have been released", "restates e1's release without a number"),
        H("several weapons", "weapons"),
        H("The criminals have surrendered", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Chaldean archbishop kidnapped in Mosul
AL_NUR = L("the eastern al-Nur district", "IRQ", "Nineveh", 36.35, 43.16, 2)
FRI_M = D("2008-02-29", "Friday", at="Mosul  Friday")
ANN["wn_2008_03_01_iraq_mosul_archbishop_kidnapped"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("IRQ"), civilian=True,
             count=C("A Chaldean Catholic  archbishop", num="A", value=1), location=AL_NUR, date=FRI_M, source=None,
             trigger=T("kidnapped", at="was kidnapped from"),
             notes=("'Iraq A Chaldean Catholic  archbishop  was kidnapped from the Iraq i city of Mosul  Friday after a "
                    "shootout killed three of his aides.' -> singular determiner on a person noun (value 1); named in "
                    "the next sentence. Friday before a Saturday 1 March 2008 story = 29 February 2008. Place: the "
                    "next sentence's 'the eastern al-Nur district' where he was seized (part of a city, precision 2). "
                    "Cleric -> civilian true; Iraqi by plain implication.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=None,
             count=C("three", value=3, at="three of his aides"), location=AL_NUR, date=FRI_M, source=None, is_total=True,
             trigger=T("killed", at="shootout killed"),
             notes=("'... after a shootout killed three of his aides.' -> total of e3 ('left Rahhu's driver and two "
                    "bodyguards dead'; the driver has no count word). Driver and bodyguards -> civilian null "
                    "(bodyguards' status not stated).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ"), civilian=None,
             count=C("two bodyguards", num="two", value=2), location=AL_NUR,
             date=D("2008-02-29", "Friday", at="Mosul  Friday", derived_from_context=True),
             source=S("said Brigadier General Khalid Abd al-Sattar"), part_of="e2", trigger=T("dead", at="bodyguards dead"),
             notes=("'... and left Rahhu's driver and two bodyguards dead, said Brigadier General Khalid Abd al-Sattar.' "
                    "-> part of e2.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("three of his assistants", num="three", value=3),
             location=L("outside the Holy Spirit Church in Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2),
             date=D("2007-06", "Last June"), source=None, trigger=T("shot and killed", at="shot and killed"),
             notes=("'Last June, Chaldean priest Ragheed Ganni and three of his assistants were shot and killed outside "
                    "the Holy Spirit Church in Mosul.' -> the named priest has no count word (not counted); the three "
                    "assistants -> value 3, civilian true (church assistants). 'Last June' in a March 2008 story -> "
                    "2007-06 (as 'in October last year'). Near a named site, precision 2.")),
    ],
    hard_negatives=[
        H("Archbishop Faraj-Farraj Rahhu", "named individual (restates e1), no count word"),
        H("Rahhu's driver", "named by role, no count word"),
        H("an long line of clerics", "no count"),
        H("Basil Georges Casmoussa", "named individual kidnapped in 2005, no count word"),
        H("one day", "duration"),
        H("the third-largest city", "rank"),
        H("roughly 50,000 Christians", "population, not a conflict count"),
    ])

# ---------------------------------------------------------------- Pakistan 2008: Frontier Constabulary convoy ambushed
PAK08 = L("Pakistan", "PAK", None, None, None, 4, at="killed in Pakistan")
SAT_P = D("2008-07-12", "Saturday", at="Pakistan  Saturday")
ANN["wn_2008_07_13_pakistan_frontier_constabulary_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(["PAK", "militants"]), civilian=False,
             count=C("At least 16", num="16", value=16, low=16, qualifier="at least"), location=PAK08, date=SAT_P,
             source=None, trigger=T("killed", at="were killed in Pakistan"),
             notes=("'At least 16 soldiers and militants &mdash; possibly more &mdash; were killed in Pakistan  Saturday "
                    "during an ambush by the .' -> a toll covering both sides -> list actor (section 10; the soldiers "
                    "are the Frontier Constabulary of the last sentence). Counted as soldiers and militants -> civilian "
                    "false, although 'An unknown number of civilians were reported to be among the dead' (close call). "
                    "Saturday before a Sunday 13 July 2008 story = 12 July. The ambushers' name was lost in the "
                    "conversion ('by the .'). Only the country is named -> precision 4.")),
        dict(id="e2", type="presence", actor=A("militants", "militants", at="militants stormed"), civilian=False,
             count=C("hundreds", value=None, low=200, approx=True, qualifier="hundreds", at="hundreds of militants"),
             location=PAK08, date=D("2008-07-12", "Saturday", at="Pakistan  Saturday", derived_from_context=True),
             source=S("According to the Pakistan Television Corporation"), trigger=T("stormed", at="stormed a convoy"),
             notes=("'According to the Pakistan Television Corporation , hundreds of militants stormed a convoy of "
                    "Pakistani paramilitary forces.' -> the attacking force (presence, GUIDELINES 2).")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("PAK"), civilian=False,
             count=C("29", value=29, at="29 security"), location=PAK08,
             date=D("2008-07-11", "one day after", derived_from_context=True), source=None,
             trigger=T("took", at="militants took 29"),
             notes=("'This comes one day after militants took 29 security personal hostage, threatening to kill them if "
                    "seven of their allies were not released from jail.' -> captured ('took ... hostage'); 'one day "
                    "after' counts back from the Saturday ambush -> Friday 11 July 2008 (derived). Pakistani security "
                    "personnel ('personal' as in the source) -> PAK, civilian false. No place but the country.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("PAK"), civilian=True,
             count=C("19", value=19, at="19 kidnapped"), location=PAK08, date=D(None),
             source=S("According to the chief of the Interior Ministry, Rehman Malik"),
             trigger=T("kidnapped", at="19 kidnapped"),
             notes=("'According to the chief of the Interior Ministry, Rehman Malik , the paramilitary forces had been "
                    "deployed to the area in search of 19 kidnapped government officials.' -> captured (kidnapped "
                    "officials) -> civilian true (officials, GUIDELINES 3). No day and no place beyond 'the area' -> "
                    "date null, the country.")),
    ],
    hard_negatives=[
        H("seven of their allies", "prisoners whose release is demanded (hypothetical), not a capture"),
        H("An unknown number of civilians", "no count"),
        H("the paramilitary forces had been deployed", "deployment with no count"),
        H("Frontier Constabulary personnel", "no count"),
    ])

# ---------------------------------------------------------------- Turkey 2008: twin bombs in Istanbul's Gungoren district
GUNGOREN = L("the Güngören  district of Istanbul", "TUR", "Istanbul", 41.02, 28.87, 2)
SUN_T = D("2008-07-27", "Sunday evening")
SYNAG = L("outside two Istanbul synagogues", "TUR", "Istanbul", 41.01, 28.98, 2)
ANN["wn_2008_07_28_turkey_istanbul_gungoren_bombs"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("TUR"), civilian=True,
             count=C("at least 17", num="17", value=17, low=17, qualifier="at least"), location=GUNGOREN, date=SUN_T,
             source=None, is_total=True, trigger=T("killing", at="killing at least"),
             notes=("'Turkey Two bombs detonated in the Güngören  district of Istanbul , Turkey  Sunday evening, killing "
                    "at least 17 people and wounding over 150.' -> Sunday before a Monday 28 July 2008 story = 27 July. "
                    "'the victims were civilians' (next sentence) -> civilian true; residents of Istanbul -> TUR by plain "
                    "implication. A district of a city -> precision 2. Total of e3.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("TUR"), civilian=True,
             count=C("over 150", num="150", value=150, low=150, qualifier="over"), location=GUNGOREN, date=SUN_T,
             source=None, trigger=T("wounding", at="wounding over"), notes="'... and wounding over 150.' -> see e1."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("TUR"), civilian=True,
             count=C("At least five", num="five", value=5, low=5, qualifier="at least"), location=GUNGOREN,
             date=D("2008-07-27", "Sunday evening", derived_from_context=True), source=S("according to local officials"),
             part_of="e1", trigger=T("killed", at="those killed"),
             notes="'At least five of those killed were children, according to local officials.' -> part of e1."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("23", value=23, at="killing 23"), location=SYNAG, date=D("2003", "2003", at="2003 Istanbul"),
             source=None, trigger=T("killing", at="killing 23"),
             notes=("'... since the 2003 Istanbul Bombings , in which truck bombs exploded outside two Istanbul "
                    "synagogues, killing 23 and wounding more than 300.' -> a past attack cited for comparison of "
                    "severity (annotated, as set (u)'s background attacks; not a 'compare to' hypothetical). Year only "
                    "-> 2003. Two sites in one city -> precision 2, city coordinates.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 300", num="300", value=300, low=300, qualifier="more than"), location=SYNAG,
             date=D("2003", "2003", at="2003 Istanbul"), source=None, trigger=T("wounding", at="wounding more"),
             notes="'... and wounding more than 300.' -> see e4."),
    ],
    hard_negatives=[
        H("Two bombs", "weapons"),
        H("10 minutes", "duration"),
        H("about 50 metres", "distance"),
        H("my two sons", "people who were not counted as casualties"),
        H("The elder son suffered a broken leg", "one named-by-role person already among the wounded, no count word"),
        H("twelve PKK settlements", "places"),
    ])

# ---------------------------------------------------------------- Sudan 2008: UNAMID mandate renewed; troop strength
DARFUR08 = L("the Darfur  area of Sudan", "SDN", None, None, None, 3)
ANN["wn_2008_08_03_sudan_unamid_mandate"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A(["UN", "AU"], "UNAMID", at="UNAMID force"), civilian=False,
             count=C("only 9,500", num="9,500", value=9500), location=DARFUR08,
             date=D("2008-08-03", "currently", at="currently has"), source=None, part_of="e2",
             trigger=T("deployed", at="troops deployed"),
             notes=("'The UNAMID force currently has only 9,500 troops deployed out of an assigned 26,000, ...' -> troops "
                    "present (presence); 'currently' -> publication day (as set (t)). The joint UN-AU mission -> list "
                    "actor (as set (t)'s African Union-U.N. mission). 'only' is not a bound (as set (u)'s 'only 2'). Part "
                    "of the assigned strength e2 ('out of'). Darfur: a region of several states -> admin1 null, "
                    "precision 3.")),
        dict(id="e2", type="presence", actor=A(["UN", "AU"], "UNAMID", at="UNAMID force"), civilian=False,
             count=C("an assigned 26,000", num="26,000", value=26000), location=DARFUR08, date=D(None), source=None,
             planned=True, is_total=True, trigger=T("assigned", at="an assigned"),
             notes=("'... out of an assigned 26,000' -> the authorised strength not yet reached (planned presence, as set "
                    "(u)'s 'is supposed to number 8,000'). No date -> null.")),
    ],
    hard_negatives=[
        H("14 of the 15 Security Council members", "votes of council members, not a conflict count"),
        H("a day after", "relative date of a statement"),
        H("enough personnel", "no count"),
    ])

# ---------------------------------------------------------------- Pakistan 2008: missile strikes on a camp in Badar, South Waziristan
BADAR = L("the village of Badar", "PAK", "Khyber Pakhtunkhwa", 32.40, 69.70, 1)
SUN_B = D("2008-10-26", "On Sunday")
ANN["wn_2008_10_27_pakistan_badar_missile_strike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants", "militants", at="militants near"),
             civilian=False, count=C("20", value=20, at="20 militants"), location=BADAR, date=SUN_B,
             source=S("as reported by security officials"), trigger=T("killed", at="aircraft killed"),
             alt_mentions=[S("20", at="seven to 20")],
             notes=("'Pakistan  On Sunday, two attacks carried out by suspected missiles from unmanned US aircraft killed "
                    "20 militants near the Pakistan -Afghanistan  border in a militant camp, as reported by security "
                    "officials.' -> Sunday before a Monday 27 October 2008 story = 26 October. Place: the compound 'in "
                    "the village of Badar' (next sentence; South Waziristan, admin1 Khyber Pakhtunkhwa as set (u); "
                    "coordinates are the annotator's rough estimate). 'The death toll rose from seven to 20' repeats "
                    "the 20 (alt_mention) and gives an earlier toll (e2). Unnamed militants -> 'militants' (one of the "
                    "dead is named as a Taliban commander; the rest are not identified).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("seven", value=7, at="seven to 20"), location=BADAR,
             date=D("2008-10-26", "On Sunday", derived_from_context=True), source=S("as reported by military officials"),
             trigger=T("death toll", at="The death toll"),
             notes=("'The death toll rose from seven to 20 as reported by military officials.' -> the first toll of the "
                    "same strike, superseded; an updated toll is a separate claim from the first (section 10).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("Taliban", "Taliban", at="Taliban commanders were"),
             civilian=False, count=C("Three other", num="Three", value=3), location=BADAR,
             date=D("2008-10-26", "On Sunday", derived_from_context=True), source=None,
             trigger=T("injured", at="were injured"),
             notes="'Three other Taliban commanders were injured.' -> same strike (derived day and place)."),
        dict(id="e4", type="presence", actor=A("PAK", "Pakistani", at="Pakistani troops"), civilian=False,
             count=C("80,000 to 120,000", num="80,000 to 120,000", value=None, low=80000, high=120000, approx=True,
                     qualifier="between"),
             location=L("the border regions", "PAK", None, None, None, 3), date=D("2003/2008-10-27", "since 2003"),
             source=None, trigger=T("have engaged", at="have engaged"),
             notes=("'The 80,000 to 120,000 Pakistani troops that have engaged the insurgents since 2003 have been funded "
                    "by the United States ...' -> a force operating against the insurgents (presence, range); 'since "
                    "2003' -> 2003 to publication (as set (u)'s French special forces 'since 2003'). Place: 'the border "
                    "regions' of the previous sentence (precision 3).")),
    ],
    hard_negatives=[
        H("two attacks", "incidents"),
        H("Two missiles", "weapons"),
        H("A senior Taliban commander, Haji Omar", "identity of one of the dead already counted in e1 (GUIDELINES 2), not a new count"),
        H("$1 billion", "money"),
        H("U.S. and allied forces", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2009: suicide bombing at the Kadhimiya shrine
SHRINE = L("near the entrance of a revered Shiite shrine Imam Moussa Al-kadhim", "IRQ", "Baghdad", 33.38, 44.34, 2)
SUN_K = D("2009-01-04", "Sunday morning", derived_from_context=True)
DEC26 = D("2008-12-26", "December 26")
ANN["wn_2009_01_05_iraq_kadhimiya_shrine_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 40", num="40", value=40, low=40, qualifier="at least"), location=SHRINE, date=SUN_K,
             source=S("according to local police"), trigger=T("killed", at="has killed"),
             notes=("'A suicide bombing in Iraq  has killed at least 40 people and injured at least 72 more, according "
                    "to local police.' -> day and place from the next sentence ('struck near the entrance of a revered "
                    "Shiite shrine Imam Moussa Al-kadhim  Sunday morning in the Kadhimiya  neighborhood'; Sunday before a "
                    "Monday 5 January 2009 story = 4 January; derived; near a named site in Baghdad, precision 2). Bare "
                    "'people' -> null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 72 more", num="72", value=72, low=72, qualifier="at least"), location=SHRINE, date=SUN_K,
             source=S("according to local police"), trigger=T("injured", at="injured at least"),
             notes="'... and injured at least 72 more' -> 'more' = other people, not a bound."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 24", num="24", value=24, low=24, qualifier="at least"),
             location=L("near the same holy shrine", "IRQ", "Baghdad", 33.38, 44.34, 2), date=DEC26, source=None,
             trigger=T("killed", at="killed at least 24"),
             notes=("'A similar attack was perpetrated nine days after a December 26 car bomb exploded a minibus near the "
                    "same holy shrine, ... and killed at least 24 people and wounded 46 others.' -> the earlier car bomb, "
                    "26 December 2008.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("46 others", num="46", value=46), location=L("near the same holy shrine", "IRQ", "Baghdad", 33.38,
                                                                 44.34, 2),
             date=DEC26, source=None, trigger=T("wounded", at="wounded 46"), notes="'... and wounded 46 others.' -> see e3."),
    ],
    hard_negatives=[
        H("nine days after", "duration"),
        H("a minibus", "a vehicle"),
        H("680", "year"),
        H("the Seventh Imam", "ordinal"),
        H("many Iranians", "no count"),
    ])

# ---------------------------------------------------------------- Mexico 2012: police ambushed in Teloloapan, Guerrero
TELOLOAPAN = L("the city of Teloloapan", "MEX", "Guerrero", 18.37, -99.87, 1)
SUN_MX = D("2012-03-18", "Sunday", at="Teloloapan  Sunday", derived_from_context=True)
SLAUGHTERHOUSE = L("a slaughterhouse in Teloloapan", "MEX", "Guerrero", 18.37, -99.87, 1)
MARTINEZ = S("According to Arturo Martinez")
ANN["wn_2012_03_21_mexico_teloloapan_police_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("MEX"), civilian=False,
             count=C("Twelve", value=12, at="Twelve police"), location=TELOLOAPAN, date=SUN_MX,
             source=S("authorities confirmed"), is_total=True, trigger=T("killed", at="were killed as"),
             notes=("'Mexico   Twelve police officers were killed as the result of an ambush by gunmen in Guerrero , a "
                    "state in the south of Mexico , authorities confirmed yesterday.' -> day and town from 'In the attack, "
                    "which occurred in the city of Teloloapan  Sunday' (Sunday before a Wednesday 21 March 2012 story = "
                    "18 March; derived); 'yesterday' dates the confirmation, left out of the source (section 10). "
                    "Mexican police -> MEX by plain implication, civilian false. Total of e2 and e3.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("MEX"), civilian=False,
             count=C("six", value=6, at="six of the policemen"), location=TELOLOAPAN, date=SUN_MX, source=MARTINEZ,
             part_of="e1", trigger=T("killed", at="policemen killed"),
             notes=("'According to Arturo Martinez, ..., six of the policemen killed in the attack were local, while the "
                    "other six were working for the state.' -> part of e1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("MEX"), civilian=False,
             count=C("the other six", num="six", value=6), location=TELOLOAPAN, date=SUN_MX, source=MARTINEZ,
             part_of="e1", trigger=T("killed", at="policemen killed"), notes="'... the other six were working for the state.' -> part of e1."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("MEX"), civilian=False,
             count=C("an additional nine", num="nine", value=9),
             location=TELOLOAPAN, date=D("2012-03-18", "Sunday", at="Teloloapan  Sunday"),
             source=S("''BBC News Online '' reported"), trigger=T("experienced injuries", at="experienced injuries"),
             notes=("'In the attack, which occurred in the city of Teloloapan  Sunday, an additional nine police "
                    "experienced injuries for which they were hospitalised, ''BBC News Online '' reported.' -> 'an "
                    "additional' = more, not a bound. BBC and AP give different figures -> two events (GUIDELINES 6).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("MEX"), civilian=False,
             count=C("Eleven", value=11), location=TELOLOAPAN, date=SUN_MX,
             source=S("according to ''The Associated Press ''"), trigger=T("experienced wounds", at="experienced wounds"),
             notes="'Eleven officers involved in the incident experienced wounds, according to ''The Associated Press ''.' -> see e4."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("ten", value=10, at="ten individuals"), location=SLAUGHTERHOUSE, date=D(None), source=None,
             is_total=True, trigger=T("bodies", at="the bodies of ten"),
             notes=("'The police officers were examining the area to find the bodies of ten individuals, whose separated "
                    "heads have previously been discovered, at the time of the attack.' -> deaths the text implies "
                    "without stating them (bodies, severed heads; GUIDELINES 2). Place: where the heads were found ('a "
                    "slaughterhouse in Teloloapan', a site in a town, precision 1). 'previously' gives no date -> null. "
                    "Total of e7 and e8.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("three females", num="three", value=3), location=SLAUGHTERHOUSE, date=D(None),
             source=S("Martinez explained"), part_of="e6", trigger=T("bodies", at="the bodies of three"),
             notes=("'Martinez explained that the officers, ..., were searching for the bodies of three females and seven "
                    "males after their separated heads were abandoned and discovered at a slaughterhouse in Teloloapan.' "
                    "-> part of e6.")),
        dict(id="e8", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("seven males", num="seven", value=7), location=SLAUGHTERHOUSE, date=D(None),
             source=S("Martinez explained"), part_of="e6", trigger=T("bodies", at="the bodies of three"),
             notes="'... and seven males' -> part of e6."),
        dict(id="e9", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("In excess of 47,000", num="47,000", value=47000, low=47000, qualifier="in excess of"),
             location=L("the whole of Mexico", "MEX", None, None, None, 4),
             date=D("2006-12/2012-03-21", "since current  Felipe Calderón  commenced the  in December 2006"),
             source=None, cumulative=True, trigger=T("deaths", at="47,000 deaths"),
             notes=("'In excess of 47,000 deaths have been recorded across the whole of Mexico since current  Felipe "
                    "Calderón  commenced the  in December 2006.' -> running toll of the drug war (the link labels "
                    "'president' and 'war' are lost in the conversion) -> cumulative, December 2006 to publication. "
                    "'In excess of' -> lower bound, as 'more than'.")),
    ],
    hard_negatives=[
        H("six police vehicles", "vehicles"),
        H("scheduled for Friday", "date of a visit"),
        H("yesterday", "date of the confirmation", at="confirmed yesterday"),
    ])

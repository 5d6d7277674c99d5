# -*- coding: utf-8 -*-
"""Gold annotations of set (z), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(y)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- New Zealand 2019: Christchurch mosques
CHC = L("Christchurch", "NZL", "Canterbury", -43.53, 172.64, 1, at="mass shooting in Christchurch")
FRI_CHC = dict(value="2019-03-15", surface="on Friday")
ANN["wn_2019_03_17_new_zealand_christchurch_mosques"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 50 people", num="50", value=50, low=50, qualifier="at least"), location=CHC,
             date=D("2019-03-15", "on Friday"), source=None, trigger=T("death", at="caused the death"), is_total=True,
             notes=("'a mass shooting in Christchurch on Friday, which caused the death of at least 50 people' -> killed, "
                    "at least 50, total of the two mosque attacks that follow (42 + 8). 'people' -> actor and civilian "
                    "null (the text does not describe the victims beyond 'people'; close call, they were killed in "
                    "mosques). Friday in a Sunday story = 15 March 2019.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 42 people", num="42", value=42, low=42, qualifier="at least"),
             location=L("Al Noor Mosque", "NZL", "Canterbury", -43.53, 172.62, 1),
             date=D("2019-03-15", "on Friday", derived_from_context=True), source=None,
             trigger=T("dead", at="42 people dead"), part_of="e1", hedge="reportedly",
             notes=("'The first attack reportedly was in Al Noor Mosque at about 13:40 local time ..., which left at least "
                    "42 people dead.' -> part of the 50. The clock time has no day; the day is the Friday of the first "
                    "sentence (derived).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least eight people", num="eight", value=8, low=8, qualifier="at least"),
             location=L("Linwood Mosque", "NZL", "Canterbury", -43.53, 172.67, 1),
             date=D("2019-03-15", "on the same day", derived_from_context=True), source=None,
             trigger=T("killing", at="Linwood Mosque, killing"), part_of="e1", hedge="reportedly",
             notes="'The second attack reportedly was in Linwood Mosque, killing at least eight people, on the same day.' -> part of the 50; 'the same day' = the Friday."),
    ],
    hard_negatives=[
        H("An Australian", "the named accused appearing in court; not a capture or casualty count"),
        H("one count of murder", "count of charges"),
        H("two attacks", "count of incidents"),
        H("36 minutes", "duration"),
        H("five firearms", "count of weapons"),
        H("Police arrested the accused", "arrest of the named accused with no count word (GUIDELINES 2: named single individuals)"),
    ])

# ---------------------------------------------------------------- United Kingdom 2019: London Bridge
FISH = L("Fishmongers' Hall in London", "GBR", "England", 51.51, -0.09, 1)
FRI_LB = D("2019-11-29", "On Friday", derived_from_context=True)
ANN["wn_2019_12_02_uk_london_bridge_stabbing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("several people", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=FISH, date=D("2019-11-29", "On Friday"), source=None, trigger=T("stabbed"), hedge="reportedly",
             notes=("'On Friday, 28-year-old Usman Khan stabbed reportedly several people at Fishmongers' Hall' -> people "
                    "stabbed, annotated as wounded (several, low 3); two of them later died (e2, part_of). Victims are "
                    "'people' -> actor and civilian null. Friday in a Monday story = 29 November 2019. Close call: the "
                    "stabbed people are a superset of the dead and the injured.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two of Khan's victims", num="two", value=2), location=FISH, date=FRI_LB, source=None,
             trigger=T("died", at="victims died"), part_of="e1", reported_date="2019-11-30",
             notes=("'By reports on Saturday, two of Khan's victims died, and three others were seriously injured.' -> "
                    "killed 2, part of the people stabbed (GUIDELINES 2: a wounded person who later dies). The deaths are "
                    "dated to the Friday attack (derived); Saturday is the reporting day (reported_date).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("three others", num="three", value=3), location=FISH, date=FRI_LB, source=None,
             trigger=T("injured", at="seriously injured"), part_of="e1", reported_date="2019-11-30",
             notes="'three others were seriously injured' -> wounded 3, part of the people stabbed."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one of them", num="one", value=1, at="and one of them died"),
             location=L("inside of the hall", "GBR", "England", 51.51, -0.09, 1), date=FRI_LB,
             source=S("according to The Times"), trigger=T("died", at="them died inside"), part_of="e2",
             notes=("'Khan reportedly started attacking people there, and one of them died inside of the hall, according "
                    "to The Times.' -> one of the two deaths (partitive, part_of e2); place = Fishmongers' Hall.")),
    ],
    hard_negatives=[
        H("28-year-old", "age of the attacker"),
        H("one man sprayed Khan", "a bystander confronting the attacker; not a casualty"),
        H("Police arrived and shot him dead", "death of the (named) attacker, no count word"),
        H("a third person", "a bystander who removed the knife; not a casualty"),
        H("2:00 p.m.", "time of day"),
        H("James Ford, 42", "named bystander and his age"),
        H("eight years", "duration of a prison term"),
        H("sixteen-year sentence", "duration of a sentence"),
    ])

# ---------------------------------------------------------------- United Kingdom 2020: Reading, Forbury Gardens
FORB = L("Forbury Gardens in Reading, Berkshire, UK", "GBR", "England", 51.46, -0.97, 1)
SAT_RD = D("2020-06-20", "On Saturday evening", derived_from_context=True)
ANN["wn_2020_06_23_uk_reading_stabbing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("three people", num="three", value=3), location=FORB, date=D("2020-06-20", "On Saturday evening"),
             source=None, trigger=T("killed", at="stabbing killed"),
             notes="'a mass stabbing killed three people and injured three others' -> killed 3 (people: actor/civilian null). Saturday in a Tuesday story = 20 June 2020."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("three others", num="three", value=3), location=FORB, date=D("2020-06-20", "On Saturday evening"),
             source=None, trigger=T("injured", at="and injured three"),
             notes="'... and injured three others' -> wounded 3."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("LBY", "Libyan", at="Libyan national"), civilian=None,
             count=C("A 25-year-old man", num="A", value=1), location=FORB, date=SAT_RD,
             source=None, trigger=T("arrested", at="was arrested"),
             alt_mentions=[S("the man", at="detained the man")],
             notes=("'A 25-year-old man was arrested by Thames Valley Police on suspicion of murder.' -> captured, value 1 "
                    "(singular determiner; the age is not the count). Actor from the next sentence ('Libyan national "
                    "Khairi Saadallah'), which makes the nationality explicit. civilian null: the text describes him "
                    "neither as a civilian nor as a member of an armed group (close call: suspected attacker). "
                    "'detained the man' later restates the same arrest (alt_mention). Date: the Saturday of the attack "
                    "(derived).")),
        dict(id="e4", type="presence", actor=A("LBY"), civilian=None,
             count=C("a man", num="a", value=1, at="said a man approached"), location=FORB, date=SAT_RD,
             source=S("Witnesses, according to The Telegraph, said"), trigger=T("attacked", at="approached and attacked"),
             notes=("'Witnesses ... said a man approached and attacked a group of middle-aged men, using a knife.' -> size "
                    "of the attacking force as presence (GUIDELINES 2), value 1, as set (y)'s 'A gunman has opened fire' "
                    "(close call). Same person as e3; actor LBY from context (surface null).")),
    ],
    hard_negatives=[
        H("19:00", "time of day"),
        H("a group of middle-aged men", "the people attacked, with no count"),
        H("a number of years", "duration"),
        H("a few hours", "duration"),
    ])

# ---------------------------------------------------------------- Belarus 2011: Minsk Metro bombing
MINSK = L("a Minsk Metro  station in Minsk , Belarus", "BLR", "Minsk", 53.90, 27.56, 1)
ANN["wn_2011_04_12_belarus_minsk_metro_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Eleven people", num="Eleven", value=11), location=MINSK, date=D("2011-04-11", "on Monday evening"),
             source=None, trigger=T("dead"), hedge="are reported",
             notes=("'Eleven people are reported dead and more than a hundred injured after a bomb went off in a Minsk "
                    "Metro station in Minsk, Belarus on Monday evening.' -> killed 11 (hedge 'are reported'); Monday in a "
                    "Tuesday story = 11 April 2011. 'people' -> actor/civilian null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than a hundred", num="a hundred", value=100, low=100, qualifier="more than"), location=MINSK,
             date=D("2011-04-11", "on Monday evening"), source=None, trigger=T("injured", at="hundred injured"),
             hedge="are reported",
             notes="'... and more than a hundred injured' -> wounded, more than 100 (number words 'a hundred')."),
    ],
    hard_negatives=[
        H("1755 local time", "time of day"),
        H("One witness said", "a witness, not a casualty"),
    ])

# ---------------------------------------------------------------- Colombia 2006: attacks in Bogota allegedly staged
BOG_N = L("the north of Bogotá", "COL", "Bogotá", 4.70, -74.05, 2)
JUL31 = D("2006-07-31", "on July 31, 2006")
ANN["wn_2006_09_08_colombia_bogota_faked_attacks"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("COL"), civilian=True,
             count=C("several people", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=L("houses in the city's center", "COL", "Bogotá", 4.60, -74.08, 2),
             date=D("2002-08-07", "Four years before", derived_from_context=True), source=None,
             trigger=T("killing", at="killing several"),
             notes=("'Four years before, during the inauguration ceremony of Uribe's first term in office, a number of "
                    "handmade rockets were launched by FARC from houses in the city's center, ... killing several people "
                    "from a nearby neighborhood.' -> killed, several (low 3). Residents of a neighbourhood -> civilian "
                    "true, Colombian by plain implication (section 10; close call). Date: four years before the second "
                    "inauguration of 'August the 7th' (2006) = 7 August 2002 (derived). Location: the only place phrase "
                    "tied to the rockets ('the city' = Bogota, named later); precision 2 (part of a city).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("COL"), civilian=True,
             count=C("a garbage collector", num="a", value=1), location=BOG_N, date=JUL31, source=None,
             trigger=T("killed", at="truck-bomb killed"), alt_mentions=[S("a citizen", at="and a citizen died")],
             notes=("'One of the incidents that have come under questioning happened on July 31, 2006 in the north of "
                    "Bogota, during which a truck-bomb killed a garbage collector and wounded ten soldiers' -> killed 1, "
                    "civilian. The Army commander's quote ('ten soldiers were wounded and a citizen died') repeats the same "
                    "figures (alt_mentions, GUIDELINES 6). The article says the attack may have been staged by army "
                    "officers; the death itself is reported as fact.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("COL"), civilian=False,
             count=C("ten soldiers", num="ten", value=10), location=BOG_N, date=JUL31, source=None,
             trigger=T("wounded", at="and wounded ten"), alt_mentions=[S("ten soldiers", at="in which ten soldiers")],
             notes="'... and wounded ten soldiers who were driving past in a military truck' -> wounded 10, Colombian soldiers (context: Army's 13th Brigade, Bogota). Restated in the commander's quote (alt_mention)."),
    ],
    hard_negatives=[
        H("13th Brigade", "unit number"),
        H("a number of terrorist attacks", "count of incidents, no number"),
        H("two military officers", "officers under investigation, not captured or a casualty"),
        H("several explosives", "count of things"),
        H("three other car bombs", "count of things"),
        H("as many as seven members", "people possibly involved in an investigation, not a casualty or capture"),
    ])

# ---------------------------------------------------------------- Colombia 2007: FARC hostages, end of mediation
ANN["wn_2007_11_23_colombia_farc_hostage_mediation"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("hundreds of hostages", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=L("Colombia", "COL", None, None, None, 4, at="in the  of Colombia"), date=D(None),
             source=None, trigger=T("hold", at="reportedly, hold"), hedge="reportedly", is_total=True,
             notes=("'FARC, reportedly, hold hundreds of hostages in the [jungles] of Colombia.' -> captured (held "
                    "hostage), hundreds (low 200), hedge 'reportedly'. The hostages' side and status are not stated "
                    "(FARC's hostages include soldiers, police and civilians) -> actor and civilian null. A present state "
                    "with no time word -> date null.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("USA", "Americans", at="three Americans"), civilian=True,
             count=C("three Americans", num="three", value=3),
             location=L("Colombia", "COL", None, None, None, 4, at="in the  of Colombia"), date=D(None), source=None,
             trigger=T("offering", at="FARC is offering"), part_of="e1",
             notes=("'FARC is offering high-profile hostages such as former Senator Ingrid Betancourt and three Americans as "
                    "leverage.' -> three American hostages held by FARC, part of the hundreds. Hostages who are nationals "
                    "-> civilian true (GUIDELINES 3; the text does not say what they do). Betancourt is named, not "
                    "counted.")),
    ],
    hard_negatives=[
        H("some 50 hostages", "proposed exchange (the aim of the mediation), not a reported capture or release"),
        H("500 of their own", "proposed exchange of FARC prisoners (hypothetical), not a reported event"),
        H("November 10 agreement", "date"),
        H("Íngrid Betancourt was kidnapped", "named individual with no count word"),
        H("some hostages", "'some' is not a count (hypothetical release)"),
    ])

# ---------------------------------------------------------------- Somalia 2006: Mogadishu fighting
SIISII = L("the northern neighborhood of Sii-Sii", "SOM", "Banaadir", 2.07, 45.33, 2)
MOG4 = D("2006-05-07/2006-05-10", "over the past four days")
ANN["wn_2006_05_11_somalia_mogadishu_fighting"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Almost 100 people", num="100", value=100, high=100, approx=True, qualifier="almost"),
             location=SIISII, date=MOG4, source=S("health officials said"), trigger=T("died", at="have died"),
             reported_date="2006-05-10",
             notes=("'Almost 100 people have died and 200 have been wounded in the clashes, as health officials said "
                    "yesterday.' -> killed, almost 100 (high 100). Mixed toll ('Many of the casualties are civilians "
                    "caught in the crossfire': many, not mostly) -> actor and civilian null (close call). Date: 'over the "
                    "past four days', the fighting having started 'late on Sunday' (7 May) and the figure given "
                    "'yesterday' (10 May, reported_date). Location: the neighbourhood the battle centred on.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("200", value=200, at="and 200 have"), location=SIISII, date=MOG4, source=S("health officials said"),
             trigger=T("wounded", at="have been wounded"), reported_date="2006-05-10",
             notes="'... and 200 have been wounded in the clashes' -> wounded 200, same source and period as e1."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 90 people", num="90", value=90, low=90, qualifier="at least"),
             location=L("Mogadishu", "SOM", "Banaadir", 2.05, 45.32, 1), date=D("2006-03", "In March 2006"), source=None,
             trigger=T("killed", at="sides killed"),
             notes=("'In March 2006, clashes between the two sides killed at least 90 people.' -> killed, at least 90; a "
                    "toll of clashes with no side given -> actor null. Location from context ('the city's most serious "
                    "fighting' = Mogadishu).")),
    ],
    hard_negatives=[
        H("four days", "duration"),
        H("15 years", "duration"),
        H("an alliance of warlords attacked", "attacking force with no count"),
    ])

# ---------------------------------------------------------------- Nigeria 2006: South Korean workers kidnapped
NGD = L("a natural gas facility operated by Shell Petroleum Development Company in the Nigeria n Delta", "NGA", None,
        None, None, 3)
MEND_SRC = S("says", at="kidnappings and says")
ANN["wn_2006_06_07_nigeria_korean_workers_kidnapped"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("KOR", "South Korea n"), civilian=True,
             count=C("Five South Korea n workers", num="Five", value=5), location=NGD, date=D(None), source=None,
             trigger=T("kidnapped", at="have been kidnapped"),
             notes=("'Five South Korea n workers have been kidnapped from a natural gas facility ... in the Nigeria n "
                    "Delta.' (conversion leftovers kept) -> captured 5, KOR, workers -> civilian. No time expression -> "
                    "date null. Location: the facility in the Niger Delta (region, precision 3; the facility is not "
                    "named or placed more precisely).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("MEND"), civilian=False,
             count=C("one kidnapper", num="one", value=1), location=NGD, date=D(None), source=MEND_SRC,
             trigger=T("killed", at="were killed on"),
             notes=("'A group called the Movement for the Emancipation of the Niger Delta is claiming responsibility ... "
                    "and says that one kidnapper and at least six Nigerian soldiers were killed on a Nigerian military "
                    "boat, when gunmen entered the facility.' -> killed 1, one of the group's own kidnappers -> actor MEND "
                    "(the group the text names; surface null). Source: the speaker is not adjacent to 'says' (stored "
                    "verb).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("NGA", "Nigerian", at="six Nigerian"), civilian=False,
             count=C("at least six Nigerian soldiers", num="six", value=6, low=6, qualifier="at least"), location=NGD,
             date=D(None), source=MEND_SRC, trigger=T("killed", at="were killed on"),
             notes="Same claim, second item: at least six Nigerian soldiers killed (MEND's figure)."),
    ],
    hard_negatives=[
        H("One of the kidnapped victims", "identity of one of the five already counted"),
        H("one of our bases", "count of places"),
        H("several facilities", "count of things"),
        H("a jailed militia leader", "a named leader in prison (long-standing detention), not a reported capture"),
    ])

# ---------------------------------------------------------------- India 2008: serial bombings in Assam
ASSAM = L("the northeastern state of Assam", "IND", "Assam", None, None, 3)
THU_AS = D("2008-10-30", "on Thursday", derived_from_context=True)
REP_AS = S("Reports say")
ANN["wn_2008_10_31_india_assam_serial_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("77 people", num="77", value=77), location=ASSAM, date=THU_AS, source=REP_AS,
             trigger=T("killed", at="confirmed killed"), is_total=True,
             notes=("'Reports say that so far 77 people have been confirmed killed and between 200 and 300 injured.' -> "
                    "killed 77, total of the three places listed next (41 + 21 + 15). Date: the blasts 'on Thursday' "
                    "of the first sentence (Friday story: 30 October 2008, derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("between 200 and 300", num="200 and 300", value=None, low=200, high=300, approx=True,
                     qualifier="between"),
             location=ASSAM, date=THU_AS, source=REP_AS, trigger=T("injured", at="300 injured"),
             notes="'... and between 200 and 300 injured' -> wounded, range 200-300 (value null, as set (y)'s 'between nine and 13')."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("41", value=41, at="41 of the victims"),
             location=L("Guwahati", "IND", "Assam", 26.14, 91.74, 1, at="41 of the victims were in Guwahati"),
             date=THU_AS, source=REP_AS, trigger=T("killed", at="confirmed killed"), part_of="e1",
             notes="'41 of the victims were in Guwahati, 21 in Kokrajhar and 15 in Barpeta.' -> the 77 by place (41 + 21 + 15 = 77)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("21", value=21, at="21 in Kokrajhar"),
             location=L("Kokrajhar", "IND", "Assam", 26.40, 90.27, 1), date=THU_AS, source=REP_AS,
             trigger=T("killed", at="confirmed killed"), part_of="e1", notes="Second place of the breakdown."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("15", value=15, at="15 in Barpeta"),
             location=L("Barpeta", "IND", "Assam", 26.32, 91.00, 1), date=THU_AS, source=REP_AS,
             trigger=T("killed", at="confirmed killed"), part_of="e1", notes="Third place of the breakdown."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over 10,000 people", num="10,000", value=10000, low=10000, qualifier="over"),
             location=L("Assam", "IND", "Assam", None, None, 3, at="Assam has been the scene"),
             date=D("1998-10-31/2008-10-31", "in the past decade", approx=True),
             source=S("The Associated Press  says"), trigger=T("died", at="have died in separatist"), cumulative=True,
             notes=("'The Associated Press says over 10,000 people have died in separatist violence in the past decade.' "
                    "-> running total (cumulative), over 10,000 (low); place from the preceding sentence (Assam). 'the "
                    "past decade' -> ten years to publication (approx).")),
    ],
    hard_negatives=[
        H("At least thirteen bombs", "count of bombs"),
        H("at least two fire engines", "count of vehicles"),
        H("UTC+5:30", "time zone"),
    ])

# ---------------------------------------------------------------- Nepal 2006: crackdown on protests in Kathmandu
KALANKI = L("the Kathmandu neighborhood of Kalanki", "NPL", "Bagmati", 27.69, 85.28, 2)
THU_NP = D("2006-04-20", "on Thursday", derived_from_context=True)
BABAR = L("Babarmahal in Kathmandu", "NPL", "Bagmati", 27.70, 85.32, 2)
APR13 = D("2006-04-13", "on April 13, 2006", derived_from_context=True)
HOSP = S("according to officials at two city hospitals")
ANN["wn_2006_04_21_nepal_kathmandu_crackdown"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("NPL"), civilian=True,
             count=C("three people", num="three", value=3), location=KALANKI, date=THU_NP, source=HOSP,
             trigger=T("killing", at="killing three"),
             notes=("'Government forces fired on protesters in the Kathmandu neighborhood of Kalanki, killing three people "
                    "and injuring more than 100, according to officials at two city hospitals.' -> killed 3; the people "
                    "shot are the protesters -> civilian true by coreference, Nepalese by plain implication. Date: "
                    "'Thursday' of the first sentence (Friday story: 20 April 2006, derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("NPL"), civilian=True,
             count=C("more than 100", num="100", value=100, low=100, qualifier="more than", at="injuring more than"),
             location=KALANKI, date=THU_NP, source=HOSP, trigger=T("injuring"),
             notes="'... and injuring more than 100' -> wounded, more than 100 (protesters)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("13,000 people", num="13,000", value=13000),
             location=L("Nepal", "NPL", None, None, None, 4, at="spread through Nepal"), date=D(None), source=None,
             trigger=T("killed", at="has killed 13,000"), cumulative=True,
             notes=("'a Maoist insurgency that has killed 13,000 people' -> running total of the insurgency (cumulative); "
                    "no period is given -> date null; the country as location.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("NPL"), civilian=True,
             count=C("50", value=50, at="50 were reportedly"), location=BABAR, date=APR13, source=None,
             trigger=T("injured", at="reportedly injured"), hedge="reportedly",
             notes=("'a peaceful protest meeting called by the Nepal Bar Association was fired upon by Nepalese police on "
                    "April 13, 2006. About 1500 people took part in the protest which took place at Babarmahal in "
                    "Kathmandu. 50 were reportedly injured in the firing.' -> wounded 50, protesters (civilian). The "
                    "president of the Bar Association is named as one of them (not counted again).")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("NPL"), civilian=True,
             count=C("72 people", num="72", value=72), location=BABAR, date=APR13, source=None,
             trigger=T("detained", at="reportedly detained"), hedge="reportedly",
             notes="'After the protest, tear gas shells were used to disperse the crowd. The authorities reportedly detained 72 people.' -> captured 72 (protesters), same place and day (derived)."),
        dict(id="e6", type="casualty", outcome="captured", actor=A("NPL"), civilian=True,
             count=C("around 100 people", num="100", value=100, approx=True, qualifier="around"),
             location=L("a stadium at Maitighar", "NPL", "Bagmati", 27.69, 85.32, 1),
             date=D("2006-04-13", "Later that day", derived_from_context=True), source=None,
             trigger=T("arrested", at="were arrested at a rally"),
             notes=("'Later that day, around 100 people were arrested at a rally in a stadium at Maitighar. Most of those "
                    "detained were associated with the Association of International NGOs (AIN).' -> captured, around 100; "
                    "NGO associates at a rally -> civilian true. 'that day' = 13 April 2006.")),
    ],
    hard_negatives=[
        H("Two of those killed", "how two of the three already counted were killed (breakdown, not a new claim)"),
        H("two city hospitals", "count of hospitals"),
        H("About 1500 people", "size of a protest, not a force or a casualty"),
        H("one of the casualties", "a named person already counted among the 50"),
        H("2 a.m. to 8 p.m.", "curfew hours"),
    ])

# ---------------------------------------------------------------- East Timor 2008: rebels shoot the president
AREIA = L("Areia Branca", "TLS", "Dili", -8.53, 125.61, 1)
ET_D = D("2008-02-11", "at 4:30 am local time", derived_from_context=True)
ANN["wn_2008_02_11_east_timor_president_shot"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("rebels"), civilian=False,
             count=C("another attacker", num="another", value=1), location=AREIA, date=ET_D, source=None,
             trigger=T("killed", at="shot and killed"),
             notes=("'rebel leader Alfredo Reinado, who, along with another attacker, was shot and killed by the "
                    "president's guards' -> killed, 'another attacker' = value 1. Reinado himself is named without a "
                    "count word and is not counted (close call against a coordinated value 2). Actor: the rebel soldiers "
                    "of 'Alfredo's group' -> 'rebels' (the text's word). Date: the shooting at 4:30 am local time in a "
                    "same-day report -> publication day (derived). Place: the president's residence in Areia Branca.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("TLS"), civilian=False,
             count=C("One of the president's guards", num="One", value=1), location=AREIA, date=ET_D,
             source=S("Camara said", at="attack, Camara said"), trigger=T("killed", at="was killed in the attack"),
             notes="'One of the president's guards was killed in the attack, Camara said.' -> killed 1, a presidential guard (East Timorese by plain implication; security -> civilian false)."),
    ],
    hard_negatives=[
        H("José Ramos-Horta", "the named president, shot (wounded) but with no count word"),
        H("two cars", "count of vehicles"),
        H("two kilometers", "distance"),
        H("his attackers fled", "attackers with no count"),
    ])

# ---------------------------------------------------------------- Iraq 2008: US military death toll reaches 4,000
SBAG = L("southern Baghdad", "IRQ", "Baghdad", 33.25, 44.38, 2)
SUN_IQ = D("2008-03-23", "Sunday")
SAME_IQ = D("2008-03-23", "on the same day", at="Also on the same day", derived_from_context=True)
IRAQ_T = L("Iraq", "IRQ", None, None, None, 4, at="to die in Iraq")
ANN["wn_2008_03_24_iraq_us_death_toll_4000"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "American", at="total of American"), civilian=False,
             count=C("four soldiers", num="four", value=4), location=SBAG, date=SUN_IQ, source=None,
             trigger=T("death", at="The death of four"), alt_mentions=[S("The four soldiers")],
             notes=("'The death of four soldiers Sunday from a roadside improvised explosive device has raised the total of "
                    "American soldiers to die in Iraq to 4,000.' -> killed 4 (Sunday in a Monday story = 23 March 2008). "
                    "Place from the next sentence ('in southern Baghdad'), restated there ('The four soldiers', "
                    "alt_mention).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "American", at="total of American"), civilian=False,
             count=C("4,000", value=4000, at="to 4,000"), location=IRAQ_T,
             date=D("2003-03-19/2008-03-23", "on March 19, 2003", derived_from_context=True), source=None,
             trigger=T("die", at="to die in Iraq"), cumulative=True, is_total=True,
             notes=("Running total since the start of the war ('on March 19, 2003', later sentence) -> cumulative, with "
                    "the hostile part 3,263 (e3). The total also includes 737 non-hostile deaths ('traffic accidents and "
                    "suicides'), which are out of scope (GUIDELINES 2) and listed as a hard negative; the parts therefore "
                    "do not add up to the total (kept as written).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("USA"), civilian=False,
             count=C("3,263", value=3263), location=IRAQ_T,
             date=D("2003-03-19/2008-03-23", "on March 19, 2003", derived_from_context=True), source=None,
             trigger=T("killed", at="have been killed in combat"), cumulative=True, part_of="e2",
             notes="'3,263 have been killed in combat and other hostile action' -> part of the 4,000 (cumulative)."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("A fifth soldier", num="A", value=1), location=SBAG,
             date=D("2008-03-23", "Sunday", derived_from_context=True), source=None, trigger=T("wounded", at="was wounded"),
             notes=("'A fifth soldier was wounded.' -> wounded, value 1: 'fifth' numbers him after the four dead in the "
                    "same vehicle, it is not a running total (no ordinal qualifier). Same blast, place and day.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. troops since"), civilian=False,
             count=C("901 soldiers and personnel", num="901", value=901), location=IRAQ_T, date=D("2007", "in 2007"),
             source=S("The U.S. military says"), trigger=T("killed", at="personnel were killed"), cumulative=True,
             notes=("'The U.S. military says that in 2007, 901 soldiers and personnel were killed, which made that year the "
                    "deadliest year for U.S. troops since the beginning of the war.' -> killed 901 over 2007 (cumulative). "
                    "Place: Iraq from context (derived from the article's subject).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="deaths of Iraqi"), civilian=True,
             count=C("40", value=40, at="in total 40"), location=None, date=SAME_IQ, source=None,
             trigger=T("deaths", at="40 deaths"), is_total=True,
             notes=("'Also on the same day, various separate attacks by Iraqi insurgents caused in total 40 deaths of "
                    "Iraqi civilians.' -> killed 40, total; the Baghdad incidents that follow (6 in Shula, 7 in a mixed "
                    "neighbourhood) are taken as parts (close call: the text does not say they are included). No single "
                    "place -> null. 'the same day' = the Sunday.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("six people", num="six", value=6),
             location=L("Shula", "IRQ", "Baghdad", 33.37, 44.30, 2, at="people in Shula"),
             date=D("2008-03-23", "on the same day", at="Also on the same day", derived_from_context=True), source=None,
             trigger=T("killed", at="bomber killed six"), part_of="e6",
             notes="'Meanwhile, a suicide bomber killed six people in Shula, one Baghdad's Shia neighborhoods.' -> killed 6, taken as part of the 40 civilians (civilian by that coreference)."),
        dict(id="e8", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("seven people", num="seven", value=7),
             location=L("a mixed neighborhood of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2),
             date=D("2008-03-23", "on the same day", at="Also on the same day", derived_from_context=True), source=None,
             trigger=T("killing", at="Baghdad killing"), part_of="e6",
             notes="'Also, gunmen in seven cars open fired in a mixed neighborhood of Baghdad killing seven people.' -> killed 7, part of the 40. 'seven cars' is a count of vehicles (hard negative)."),
        dict(id="e9", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="13 Iraqi"), civilian=False,
             count=C("13 Iraqi soldiers", num="13", value=13), location=None,
             date=D("2008-03-23", "on the same day", at="Also on the same day", derived_from_context=True), source=None,
             trigger=T("killed", at="soldiers were killed"),
             notes=("'Meanwhile, 13 Iraqi soldiers were killed at an army base by a suicide truck bomber and another four "
                    "were killed by a roadside bomb in Tuz Khurmato.' -> killed 13; the army base is not placed (the Tuz "
                    "Khurmato phrase belongs to the second clause) -> location null. Dated to the same Sunday as the "
                    "preceding 'Meanwhile' items (derived; close call).")),
        dict(id="e10", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("another four", num="four", value=4),
             location=L("Tuz Khurmato", "IRQ", "Salah ad Din", 34.89, 44.63, 1),
             date=D("2008-03-23", "on the same day", at="Also on the same day", derived_from_context=True), source=None,
             trigger=T("killed", at="four were killed"),
             notes="'... and another four were killed by a roadside bomb in Tuz Khurmato' -> killed 4 more Iraqi soldiers ('another' = additional, not a bound)."),
        dict(id="e11", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="toll of Iraqi"), civilian=True,
             count=C("around  80,000 to 150,000 or more", num="80,000 to 150,000", value=None, low=80000, high=150000,
                     approx=True, qualifier="around"),
             location=None, date=D(None), source=None, trigger=T("death toll", at="The death toll of Iraqi"),
             cumulative=True, hedge="is estimated",
             notes=("'The death toll of Iraqi civilians is estimated to be around 80,000 to 150,000 or more.' -> "
                    "cumulative range (value null, low 80,000, high 150,000; 'or more' leaves the top open - noted). "
                    "No period or place in the sentence -> date and location null.")),
    ],
    hard_negatives=[
        H("737", "non-hostile deaths (traffic accidents, suicides): not caused by the conflict (GUIDELINES 2)"),
        H("10 a.m.", "time of day"),
        H("the fifth anniversary", "ordinal of years"),
        H("gunmen in seven cars", "attacking force counted only in vehicles"),
    ])

# ---------------------------------------------------------------- Iraq 2006: the 100th British soldier killed
UMQ = L("Um Qasr", "IRQ", "Basra", 30.03, 47.95, 1)
IRQ_B = L("Iraq", "IRQ", None, None, None, 4, at="British Army  in Iraq")
ANN["wn_2006_01_31_iraq_100th_british_soldier"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("GBR", "British", at="the British Army"), civilian=False,
             count=C("100", value=100, at="reached 100"), location=IRQ_B, date=D(None, "this morning"), source=None,
             trigger=T("death toll", at="total death toll"), cumulative=True, is_total=True,
             alt_mentions=[S("the hundredth British soldier"), S("These one hundred deaths")],
             notes=("'The total death toll of the British Army in Iraq ... reached 100 this morning with a solider dying "
                    "...' -> running total of British Army deaths in Iraq (cumulative). The start of the period is not "
                    "given -> date value null ('this morning' is when the total was reached). George Galloway's 'the "
                    "hundredth British soldier to die in Iraq' and 'These one hundred deaths' restate the same figure "
                    "(alt_mentions; the ordinal states the running total).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("GBR"), civilian=False,
             count=C("a solider", num="a", value=1), location=UMQ, date=D("2006-01-31", "this morning"), source=None,
             trigger=T("dying"), part_of="e1",
             notes=("'... with a solider dying from injuries suffered in an explosion at Um Qasr' (source spelling "
                    "'solider' kept) -> killed 1, British (context), part of the 100. 'this morning' = publication "
                    "day.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("GBR"), civilian=False,
             count=C("three other soldiers", num="three", value=3), location=UMQ,
             date=D("2006-01-31", "this morning", derived_from_context=True), source=S("The Ministry of Defence"),
             trigger=T("injured", at="also injured"),
             notes=("'They stated that the blast, which also injured three other soldiers, took place at around 8.30 "
                    "a.m.' -> wounded 3. 'They' = The Ministry of Defence (previous sentence; pronoun resolved).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("GBR"), civilian=False,
             count=C("a military policemen", num="a", value=1),
             location=L("Iraq", "IRQ", None, None, None, 4, at="ambush in Iraq"), date=D(None), source=None,
             trigger=T("died", at="who died in an ambush"), part_of="e1",
             notes=("'Reg Keys, father of a military policemen who died in an ambush in Iraq' (source grammar kept) -> "
                    "killed 1, an earlier death among the 100; British by plain implication (a British critic's son, in a "
                    "paragraph on British reactions; close call, surface null). No date.")),
        dict(id="e5", type="casualty", outcome="casualties", actor=A("ITA", "Italy"), civilian=False,
             count=C("27", value=27, at="with 27"), location=IRQ_B, date=D(None), source=None,
             trigger=T("casualties", at="number of casualties"), cumulative=True,
             notes=("'Among countries that sent soldiers to Iraq, the UK ranks second in number of casualties, above Italy "
                    "with 27 and Ukraine with 18, but is well below the US's figure of 2242.' -> national running tolls of "
                    "troops in Iraq; the text says 'casualties' without saying what kind -> outcome casualties (the "
                    "figures are in fact deaths; close call). Actor surface = the country name.")),
        dict(id="e6", type="casualty", outcome="casualties", actor=A("UKR", "Ukraine"), civilian=False,
             count=C("18", value=18, at="with 18"), location=IRQ_B, date=D(None), source=None,
             trigger=T("casualties", at="number of casualties"), cumulative=True, notes="Second figure of the comparison (see e5)."),
        dict(id="e7", type="casualty", outcome="casualties", actor=A("USA", "US", at="the US 's"), civilian=False,
             count=C("2242", value=2242), location=IRQ_B, date=D(None), source=None,
             trigger=T("casualties", at="number of casualties"), cumulative=True, notes="'the US's figure of 2242' (see e5)."),
        dict(id="e8", type="casualty", outcome="casualties", actor=A("IRQ", "Iraqi", at="Iraqi military"), civilian=False,
             count=C("between 5000 and 45,000", num="5000 and 45,000", value=None, low=5000, high=45000, approx=True,
                     qualifier="between"),
             location=IRQ_B, date=D(None), source=S("according to different sources"),
             trigger=T("casualties", at="military casualties"), cumulative=True, hedge="may",
             notes="'The number of Iraqi military casualties is agreed to be larger than this, but may lie anywhere between 5000 and 45,000 according to different sources.' -> casualties, range (value null)."),
        dict(id="e9", type="casualty", outcome="casualties", actor=A("IRQ", "Iraqi", at="Iraqi civilian"), civilian=True,
             count=C("estimated as 100,000", num="100,000", value=100000, approx=True, qualifier="estimated as"),
             location=IRQ_B, date=D("2003-03/2004-09", "from March 2003 to September 2004"), source=None,
             trigger=T("casualties", at="civilian casualties"), cumulative=True,
             notes=("'The number of Iraqi civilian casualties from March 2003 to September 2004 is estimated as 100,000 "
                    "(excluding the Fallujah attack), with most of the violent deaths due to air strikes.' -> casualties "
                    "(the word the text uses), about 100,000, over the stated period.")),
    ],
    hard_negatives=[
        H("7th Armoured Brigade", "unit number"),
        H("8.30 a.m.", "time of day"),
        H("100 chances", "figure of speech"),
        H("another British soldier", "hypothetical ('I don't want another British soldier to die')"),
        H("second in number of casualties", "ranking"),
    ])

# ---------------------------------------------------------------- Israel 2006: Qassam rockets on Sderot
SDEROT = L("the southern Israeli city of Sderoth", "ISR", "Southern District", 31.52, 34.60, 1)
TODAY_SD = D("2006-11-15", "early morning today", derived_from_context=True)
ANN["wn_2006_11_15_israel_sderot_qassam"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ISR", "Israeli", at="An Israeli woman"), civilian=True,
             count=C("An Israeli woman", num="An", value=1), location=SDEROT, date=D("2006-11-15", "early morning today"),
             source=None, trigger=T("killed", at="was killed early"),
             alt_mentions=[S("a 57-year-old woman")],
             notes=("'An Israeli woman was killed early morning today by a Qassam rocket' -> killed 1, civilian. The "
                    "place comes from the next sentences (Sderoth); 'killing a 57-year-old woman' restates her death "
                    "(alt_mention; the age is not a count).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("ISR"), civilian=None,
             count=C("a 24-year-old bodyguard", num="a", value=1), location=SDEROT, date=TODAY_SD, source=None,
             trigger=T("injuring", at="injuring a 24-year-old"),
             notes=("'... and injuring a 24-year-old bodyguard of the Israeli Defense Minister Amir Peretz' -> wounded 1; "
                    "Israeli by plain implication (surface null); a bodyguard is security personnel but not described "
                    "as military or police -> civilian null (close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PSE"), civilian=None,
             count=C("19 people", num="19", value=19),
             location=L("Beit Hanoun", "PSE", "North Gaza", 31.54, 34.54, 1, at="shelling of Beit Hanoun"),
             date=D("2006-11-01/2006-11-15", "earlier this month", approx=True), source=None,
             trigger=T("killed", at="19 people were killed"),
             notes=("'... as a retaliation for the IDF artillery shelling of Beit Hanoun earlier this month, in which 19 "
                    "people were killed' -> killed 19; people of Beit Hanoun -> Palestinian by plain implication, "
                    "civilian null ('people'). 'earlier this month' -> 1-15 November 2006 (approx).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("ISR"), civilian=True,
             count=C("a 17-year-old youth", num="a", value=1), location=None,
             date=D("2006-11-15", "hours later", derived_from_context=True), source=None,
             trigger=T("injuring", at="injuring a 17-year-old"),
             notes=("'Another attack occurred hours later, when another rocket landed near several young men, injuring a "
                    "17-year-old youth severely and several others lightly.' -> wounded 1 (a minor -> civilian; Israeli "
                    "by plain implication, the rockets being fired into Israel). The place of this second attack is not "
                    "given -> null; 'hours later' = same day.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("ISR"), civilian=None,
             count=C("several others", num="several", value=None, low=3, approx=True, qualifier="several",
                     at="severely and several others"),
             location=None, date=D("2006-11-15", "hours later", derived_from_context=True), source=None,
             trigger=T("injuring", at="injuring a 17-year-old"),
             notes="'... and several others lightly' -> wounded, several (low 3); the 'young men' are not otherwise described -> civilian null."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("ISR", "Israelis", at="10 Israelis"), civilian=None,
             count=C("10 Israelis", num="10", value=10), location=None,
             date=D("2002/2006-11-15", "since 2002"), source=None, trigger=T("killed", at="have been killed by Qassam"),
             cumulative=True,
             notes="'With today's attacks, 10 Israelis have been killed by Qassam rockets since 2002 and over 270 injured.' -> running total since 2002 (cumulative); no place beyond 'Israelis' -> location null."),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("ISR", "Israelis", at="10 Israelis"), civilian=None,
             count=C("over 270", num="270", value=270, low=270, qualifier="over"), location=None,
             date=D("2002/2006-11-15", "since 2002"), source=None, trigger=T("injured", at="270 injured"), cumulative=True,
             notes="'... and over 270 injured' -> wounded, running total."),
        dict(id="e8", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="400 Palestinians"),
             civilian=None,
             count=C("over 400 Palestinians", num="400", value=400, low=400, qualifier="over"), location=None,
             date=D("2006-06/2006-11-15", "since June this year"), source=None, trigger=T("killed", at="have killed over"),
             cumulative=True,
             notes=("'Attacks by Israel aimed at Hamas fighters have killed over 400 Palestinians including many civilians, "
                    "since June this year.' -> running total; fighters and 'many civilians' -> civilian null (mixed, not "
                    "'mostly').")),
    ],
    hard_negatives=[
        H("Two rockets", "count of rockets"),
        H("Several other people were treated for shock", "treated for shock, not reported as injured (close call)"),
        H("two sophisticated Quds rockets", "count of rockets"),
        H("several young men", "people near the rocket, with no count; the wounded among them are counted separately"),
    ])

# ---------------------------------------------------------------- Gaza 2008: coastal-road bomb and Hamas arrests
GAZA = L("Gaza", "PSE", None, None, None, 3, at="explosions in Gaza")
COAST = L("Gaza coastal road", "PSE", "Gaza", 31.50, 34.43, 2)
FRI_GZ = D("2008-07-25", "On Friday")
ANN["wn_2008_07_26_gaza_beach_bombing_hamas_arrests"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="five Palestinians"),
             civilian=None, count=C("five Palestinians", num="five", value=5), location=GAZA,
             date=D("2008-07-25", "On Friday", derived_from_context=True), source=None,
             trigger=T("killing", at="killing five Palestinians"), is_total=True,
             notes=("'Following a series of explosions in Gaza, killing five Palestinians including a six year old girl, "
                    "...' -> killed 5, total including the girl. The body gives 'five Hamas operatives along with a six "
                    "year old girl' (six) and the title 'Six year old girl and five others': the figures do not agree; "
                    "kept as written (GUIDELINES 6). Mixed (operatives and a child) -> civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("a six year old girl", num="a", value=1), location=GAZA,
             date=D("2008-07-25", "On Friday", derived_from_context=True), source=None,
             trigger=T("killing", at="killing five Palestinians"), part_of="e1",
             alt_mentions=[S("a six year old girl", at="along with a six")],
             notes="'including a six year old girl' -> part of the five; restated in the body ('along with a six year old girl', alt_mention)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("PSE", "Palestinians", at="200 Palestinians"),
             civilian=None, count=C("200 Palestinians", num="200", value=200), location=GAZA, date=D(None), source=None,
             trigger=T("arrested", at="Hamas  arrested"),
             notes=("'the ruling party Hamas arrested 200 Palestinians' -> captured 200 (many affiliated with Fatah; not "
                    "described as fighters or civilians -> null). No time expression for the arrests -> date null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("Hamas", "Hamas", at="five Hamas operatives"),
             civilian=False, count=C("five Hamas operatives", num="five", value=5), location=COAST, date=FRI_GZ,
             source=None, trigger=T("killing", at="killing five Hamas"),
             alt_mentions=[S("five Hamas militants")],
             notes=("'On Friday, a bomb exploded at a junction in the strip, killing five Hamas operatives along with a six "
                    "year old girl.' -> killed 5 Hamas operatives; the armed wing's 'including five Hamas militants' "
                    "repeats the figure (alt_mention). Place: the car 'on Gaza coastal road' (next sentence).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("PSE"), civilian=True,
             count=C("Another 15 bystanders", num="15", value=15), location=COAST, date=D("2008-07-25", "On Friday",
                                                                                            derived_from_context=True),
             source=None, trigger=T("wounded", at="bystanders were wounded"),
             notes="'Another 15 bystanders were wounded.' -> wounded 15 ('another' = additional, not a bound); bystanders -> civilian."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("PSE", "Palestinian", at="a Palestinian was killed"),
             civilian=None, count=C("a Palestinian", num="a", value=1, at="a Palestinian was killed"),
             location=L("a Gaza City coffee shop", "PSE", "Gaza", 31.52, 34.45, 1),
             date=D("2008-07-25", "Earlier on Friday morning"), source=None, trigger=T("killed", at="was killed during"),
             notes="'Earlier on Friday morning, a Palestinian was killed during an attack on a Gaza City coffee shop' -> killed 1."),
    ],
    hard_negatives=[
        H("A third of its kind attack", "ordinal of attacks"),
        H("all of the passengers", "no number (the passengers already counted)"),
        H("a week of deadly infighting", "duration"),
        H("another bomb", "count of bombs"),
    ])

# ---------------------------------------------------------------- Thailand 2005: reinforcements to the south
ANN["wn_2005_10_09_thailand_south_troop_reinforcement"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("THA", "Thai", at="The Thai"), civilian=False,
             count=C("an additional 1,000 troops", num="1,000", value=1000),
             location=L("the south of the country", "THA", None, None, None, 3), date=D(None), source=None,
             trigger=T("despatched"),
             notes=("'The Thai Prime Minister, Thaksin Shinawatra, despatched an additional 1,000 troops to the south of "
                    "the country' -> deployment 1,000 ('additional' is not a bound, qualifier null); destination the "
                    "south. No time expression -> date null. Included in the total of e2 (not linked: different types).")),
        dict(id="e2", type="presence", actor=A("THA"), civilian=False,
             count=C("approximately 30,000", num="30,000", value=30000, approx=True, qualifier="approximately"),
             location=L("the three troubled provinces", "THA", None, None, None, 3), date=D(None), source=None,
             trigger=T("operating"),
             notes=("'This brings the total number of security forces operating in the three troubled provinces to "
                    "approximately 30,000.' -> presence, about 30,000 security forces (total after the reinforcement).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("THA"), civilian=True,
             count=C("a 40 year old village worker", num="a", value=1),
             location=L("Narathiwat Province", "THA", "Narathiwat", None, None, 3), date=D(None), source=None,
             trigger=T("shot", at="was shot while"),
             notes=("'In Narathiwat Province a 40 year old village worker was shot while helping a neighbour repair a "
                    "fence.' -> value 1 (the age is not the count). 'was shot' does not say whether he died: annotated "
                    "with the minimal outcome, wounded (close call). No date.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("THA"), civilian=True,
             count=C("an assistant village head", num="an", value=1),
             location=L("Yala Province", "THA", "Yala", None, None, 3), date=D("2005-10-07", "Friday"), source=None,
             trigger=T("shooting", at="the shooting of"),
             notes="'Friday saw the shooting of an assistant village head in Yala Province' -> value 1, outcome as e3 (shot, fate not stated -> wounded; close call); a village official -> civilian. Friday in a Sunday story = 7 October 2005."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("THA"), civilian=True,
             count=C("an elderly couple", num="couple", value=2),
             location=L("Pattani Province", "THA", "Pattani", None, None, 3), date=D(None), source=None,
             trigger=T("shot", at="were shot in Pattani"),
             notes="'an elderly couple were shot in Pattani Province whilst returning from a local market' -> value 2 ('couple'), outcome as e3 (close call). The clause has no time word of its own -> date null."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over 1,000 people", num="1,000", value=1000, low=1000, qualifier="over"),
             location=L("the southern provinces", "THA", None, None, None, 3), date=D(None), source=None,
             trigger=T("died", at="have died in the insurgency"), cumulative=True,
             notes="'Despite these security measures, over 1,000 people have died in the insurgency.' -> running total (cumulative), no period given -> date null; place from the earlier sentence ('the southern provinces')."),
    ],
    hard_negatives=[
        H("34,000", "displaced people (Thai Buddhists who fled)"),
    ])

# ================================================================ US federal government works

# ---------------------------------------------------------------- DoD 2016: Kunduz casualties
KUNDUZ = L("Afghanistan’s Kunduz province", "AFG", "Kunduz", None, None, 3)
ANN["dod_2016_11_03_afghanistan_kunduz_casualties"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="Two U.S."), civilian=False,
             count=C("Two U.S. service members", num="Two", value=2), location=KUNDUZ, date=D("2016-11-03", "today"),
             source=S("military officials reported"), trigger=T("died"),
             alt_mentions=[S("The two service members killed")],
             notes=("'Two U.S. service members died and four others were wounded today when they came under fire during a "
                    "train, advise and assist mission ... in Afghanistan's Kunduz province, military officials "
                    "reported.' -> killed 2; restated in Carter's statement (alt_mention).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("four others", num="four", value=4), location=KUNDUZ, date=D("2016-11-03", "today"),
             source=S("military officials reported"), trigger=T("wounded", at="were wounded"),
             alt_mentions=[S("the four who suffered injuries")],
             notes="'... and four others were wounded today' -> wounded 4 (US service members); restated by Carter (alt_mention)."),
    ],
    hard_negatives=[
        H("Some of our Afghan partners also died", "deaths with no count ('some')"),
    ])

# ---------------------------------------------------------------- DoD 2017: US troop levels in Iraq and Syria
ANN["dod_2017_12_06_iraq_syria_troop_levels"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "The United States"), civilian=False,
             count=C("about 5,200 troops", num="5,200", value=5200, approx=True, qualifier="about"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="troops in Iraq"), date=D(None),
             source=S("Pentagon officials said"), trigger=T("has", at="States has"), reported_date="2017-12-06",
             notes=("'The United States has about 5,200 troops in Iraq and 2,000 in Syria, and those numbers are trending "
                    "down, Pentagon officials said here today.' -> presence about 5,200 in Iraq. A present force level "
                    "with only the reporting day ('said here today') -> date null, reported_date.")),
        dict(id="e2", type="presence", actor=A("USA", "The United States"), civilian=False,
             count=C("2,000", value=2000), location=L("Syria", "SYR", None, None, None, 4, at="2,000 in Syria"),
             date=D(None), source=S("Pentagon officials said"), trigger=T("has", at="States has"), reported_date="2017-12-06",
             notes="'... and 2,000 in Syria' -> presence 2,000 (the noun 'troops' is elided)."),
    ],
    hard_negatives=[
        H("about 97 percent", "percentage"),
        H("fewer U.S. forces", "force size with no number"),
    ])

# ---------------------------------------------------------------- White House 2018: attacks in West Africa
FEW_WEEKS = D("2018-02/2018-03-02", "over the past few weeks", approx=True)
ANN["wh_2018_03_02_west_africa_attacks_statement"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("more than 100 school girls", num="100", value=100, low=100, qualifier="more than"),
             location=L("Nigeria", "NGA", None, None, None, 4, at="aid workers in Nigeria"), date=FEW_WEEKS, source=None,
             trigger=T("kidnapping"),
             notes=("'the brutal attacks in West Africa that have occurred over the past few weeks, including the kidnapping "
                    "by terrorists of more than 100 school girls and the murders of aid workers in Nigeria' -> captured, "
                    "more than 100 schoolgirls (Nigerian by plain implication; surface null). 'over the past few weeks' "
                    "-> February to the day of the statement (approx).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("4 people", num="4", value=4),
             location=L("Mali", "MLI", None, None, None, 4, at="peacekeepers in Mali"), date=FEW_WEEKS, source=None,
             trigger=T("killed", at="that killed 4"),
             notes=("'the terrorist attack against United Nations peacekeepers in Mali that killed 4 people' -> killed 4. "
                    "The text says 'people', not that the four were peacekeepers -> actor and civilian null (close "
                    "call).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens"),
             location=L("Burkina Faso", "BFA", None, None, None, 4), date=D("2018-03-02", "today"), source=None,
             trigger=T("wounded", at="and wounded dozens"),
             notes="'and today's attacks in Burkina Faso that claimed many innocent lives and wounded dozens' -> wounded, dozens (low 24). 'many innocent lives' has no number (hard negative)."),
    ],
    hard_negatives=[
        H("many innocent lives", "deaths with no number ('many')"),
        H("the murders of aid workers", "deaths with no number"),
    ])

# ---------------------------------------------------------------- VOA 2018: Dapchi schoolgirls returned
DAPCHI = L("Dapchi", "NGA", "Yobe", 12.49, 11.49, 1, at="the town of Dapchi")
WED_DP = D("2018-03-21", "Wednesday", at="witnesses said Wednesday", derived_from_context=True)
ANN["voa_2018_03_21_nigeria_dapchi_girls_returned"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("NGA", "Nigerian", at="a Nigerian school"),
             civilian=True, count=C("the 110 girls", num="110", value=110), location=DAPCHI,
             date=D("2018-02-19", "the February 19 attack", derived_from_context=True), source=None,
             trigger=T("seized"),
             notes=("'Boko Haram kidnappers have returned almost all the 110 girls they seized from a Nigerian school a "
                    "month ago.' -> captured 110 (the kidnapping); schoolgirls -> civilian, Nigerian. Date from the later "
                    "'the February 19 attack' (derived; 'a month ago' agrees). 'almost all' (returned) has no number; "
                    "the release figure is e2.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("101 of the students", num="101", value=101), location=DAPCHI, date=WED_DP,
             source=S("Nigerian officials say"), trigger=T("freed", at="had been freed"), released=True,
             notes=("'Nigerian officials say 101 of the students had been freed.' -> captured with released: true (GUIDELINES "
                    "2), 101. Date: the girls were brought back on the Wednesday the witnesses spoke of (21 March 2018, "
                    "derived). Not linked to e1 by part_of (a release, not a breakdown of the capture).")),
        dict(id="e3", type="casualty", outcome="missing", actor=A("NGA"), civilian=True,
             count=C("nine girls", num="nine", value=9), location=DAPCHI, date=D(None), source=S("Nigerian officials say"),
             trigger=T("missing", at="still missing"),
             notes=("'They said nine girls are still missing.' -> missing 9; 'They' = the Nigerian officials of the "
                    "previous sentence (pronoun resolved). A present status -> date null.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("276 girls", num="276", value=276),
             location=L("the northern town of Chibok", "NGA", "Borno", 10.87, 12.85, 1), date=D("2014", "In 2014"),
             source=None, trigger=T("kidnapped", at="Boko Haram kidnapped 276"),
             notes="'In 2014, Boko Haram kidnapped 276 girls from a school in the northern town of Chibok.' -> captured 276 (Chibok schoolgirls)."),
        dict(id="e5", type="casualty", outcome="missing", actor=A("NGA"), civilian=True,
             count=C("About 100 of them", num="100", value=100, approx=True, qualifier="about"),
             location=L("the northern town of Chibok", "NGA", "Borno", 10.87, 12.85, 1), date=D(None), source=None,
             trigger=T("never returned"), part_of="e4",
             notes=("'About 100 of them never returned.' -> missing (never returned: still held or unaccounted for), about "
                    "100, part of the 276. Status with no date -> null (close call on the outcome: captured vs missing).")),
    ],
    hard_negatives=[
        H("nine vehicles", "count of vehicles"),
        H("a 16-year-old daughter", "one of the girls already counted (identity)"),
        H("One man, Umar Hassan", "a witness"),
    ])

# ---------------------------------------------------------------- VOA 2018: Kabul military academy attack
FAHIM = L("the Marshal Fahim National Defense University", "AFG", "Kabul", 34.54, 69.08, 2)
ANN["voa_2018_01_29_afghanistan_kabul_academy_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="the Afghan National"), civilian=False,
             count=C("11 members of the Afghan National Army", num="11", value=11), location=FAHIM,
             date=D("2018-01-29", "early Monday morning"), source=None, trigger=T("killed", at="were killed at"),
             notes=("'In the most recent violence, 11 members of the Afghan National Army were killed at a military academy "
                    "early Monday morning.' -> killed 11. Place: the academy, which the next sentence puts 'near the "
                    "Marshal Fahim National Defense University' (precision 2, near a point; coordinates the annotator's "
                    "estimate). Monday = 29 January 2018.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Sixteen others", num="Sixteen", value=16), location=FAHIM,
             date=D("2018-01-29", "early Monday morning", derived_from_context=True), source=None,
             trigger=T("injured", at="others were injured"),
             notes=("'Sixteen others were injured.' (written without a space after the previous full stop, so it shares "
                    "the count's sentence span) -> wounded 16; 'others' is not said to be soldiers -> actor and civilian "
                    "null.")),
    ],
    hard_negatives=[
        H("three deadly attacks", "count of attacks"),
        H("one week", "duration"),
        H("U.S. Army Major General Harold Greene", "named individual killed in 2014, no count word"),
    ])

# ---------------------------------------------------------------- State 2021: Dhaka attack anniversary
HOLEY = L("the Holey Artisan Bakery in Dhaka", "BGD", "Dhaka", 23.80, 90.42, 1)
DHK_D = D("2016-07-01", "the fifth anniversary")
ANN["state_2021_07_01_bangladesh_dhaka_attack_anniversary"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("20 people", num="20", value=20), location=HOLEY, date=DHK_D, source=None,
             trigger=T("deaths"), is_total=True,
             notes=("'on the fifth anniversary of the terrorist attack at the Holey Artisan Bakery in Dhaka, resulting in "
                    "the deaths of 20 people, including one U.S. citizen' -> killed 20 (total). Date: a statement dated "
                    "1 July 2021 for the fifth anniversary -> 1 July 2016 (the attack began that evening).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="one U.S."), civilian=True,
             count=C("one U.S. citizen", num="one", value=1), location=HOLEY, date=DHK_D, source=None,
             trigger=T("deaths"), part_of="e1",
             notes="'including one U.S. citizen' -> part of the 20; a national -> civilian true."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- White House 2016: Mogadishu attack statement
MOG_OUT = L("outside of Mogadishu, Somalia", "SOM", "Banaadir", 2.05, 45.32, 2)
WKND = D("2016-12-10/2016-12-11", "This weekend’s", derived_from_context=True)
ANN["wh_2016_12_11_somalia_mogadishu_attack_statement"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 50 people", num="50", value=50, low=50, qualifier="more than"), location=MOG_OUT,
             date=WKND, source=None, trigger=T("killed", at="which killed"),
             notes=("'The United States strongly condemns the terrorist attack outside of Mogadishu, Somalia, which killed "
                    "more than 50 people and injured more than 100.' -> killed, more than 50. Date from the next sentence "
                    "('This weekend's cowardly attacks'; Sunday statement -> 10-11 December 2016, derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 100", num="100", value=100, low=100, qualifier="more than"), location=MOG_OUT, date=WKND,
             source=None, trigger=T("injured", at="and injured"),
             notes="'... and injured more than 100' -> wounded, more than 100."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- State 2013: Westgate mall attack
NAIROBI = L("Nairobi", "KEN", "Nairobi", -1.26, 36.80, 1, at="victims in Nairobi")
TODAY_WG = D("2013-09-21", "today", at="Nairobi today", derived_from_context=True)
ANN["state_2013_09_21_kenya_westgate_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 30 innocent men, women, and children", num="30", value=30, low=30, qualifier="at least"),
             location=NAIROBI, date=TODAY_WG, source=None, trigger=T("dead", at="children dead"),
             notes=("'While the casualty count is still to be determined, we know already that there are at least 30 "
                    "innocent men, women, and children dead and 60 injured, including several American citizens.' -> "
                    "killed, at least 30; 'innocent men, women, and children' -> civilian true; nationality not stated -> "
                    "actor null. Date and place from the previous sentence ('the victims in Nairobi today', derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("60", value=60, at="60 injured"), location=NAIROBI, date=TODAY_WG, source=None,
             trigger=T("injured", at="60 injured"),
             notes="'... and 60 injured' -> wounded 60; 'at least' may also govern this figure (ambiguous scope) - qualifier left null."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("USA", "American", at="several American"),
             civilian=True, count=C("several American citizens", num="several", value=None, low=3, approx=True,
                                    qualifier="several"),
             location=NAIROBI, date=TODAY_WG, source=None, trigger=T("injured", at="60 injured"), part_of="e2",
             notes=("'including several American citizens' -> read as part of the injured, because the next paragraph says "
                    "'we have no reports of any Americans killed today' (close call on the scope).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("a member of our own State Department family", num="a", value=1), location=NAIROBI, date=TODAY_WG,
             source=None, trigger=T("lost", at="we have lost"), part_of="e1",
             notes=("'we have lost a member of our own State Department family: the wife of a foreign service national "
                    "working for the U.S. Agency for International Development' -> killed 1 (lost = died), one of the "
                    "dead of the attack (part_of e1; close call); her nationality is not stated -> actor null.")),
    ],
    hard_negatives=[
        H("no reports of any Americans killed today", "negated casualties"),
        H("so many innocents", "no number"),
    ])

# ---------------------------------------------------------------- VOA editorial 2012: Burgas bus bombing
AMIA = L("the Jewish Community Center in Buenos Aires", "ARG", "Buenos Aires", -34.60, -58.40, 1)
BUS_BG = L("Bulgaria", "BGR", None, None, None, 4, at="enjoy Bulgaria")
JUL18 = D("2012-07-18", "On July 18th")
ANN["voa_2012_07_20_bulgaria_burgas_bus_editorial"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("85 people", num="85", value=85), location=AMIA, date=D("1994", "Eighteen years ago"), source=None,
             trigger=T("killing", at="killing 85"),
             notes=("'Eighteen years ago, terrorists detonated an immense car bomb in front of the Jewish Community Center "
                    "in Buenos Aires, killing 85 people and wounding some 300 others.' -> killed 85 (the 1994 AMIA "
                    "bombing; 'Eighteen years ago' from 2012 -> 1994). 'people' -> actor/civilian null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("some 300 others", num="300", value=300, approx=True, qualifier="some"), location=AMIA,
             date=D("1994", "Eighteen years ago"), source=None, trigger=T("wounding"),
             notes="'... and wounding some 300 others' -> wounded, about 300."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("ISR", "Israelis", at="five Israelis"), civilian=True,
             count=C("five Israelis", num="five", value=5), location=BUS_BG, date=JUL18, source=None,
             trigger=T("killing", at="killing five"),
             notes=("'On July 18th, ... yet another murderer detonated a bomb as he approached a Bulgarian bus full of "
                    "Israeli tourists, killing five Israelis, one Bulgarian and himself. The victims were tourists' -> "
                    "killed 5 Israelis (tourists -> civilian). The only place named is Bulgaria (the city, Burgas, is not "
                    "in the text). The bomber's own death ('and himself') is not annotated (GUIDELINES 2).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("BGR", "Bulgarian", at="one Bulgarian"), civilian=True,
             count=C("one Bulgarian", num="one", value=1), location=BUS_BG, date=JUL18, source=None,
             trigger=T("killing", at="killing five"),
             notes="'... one Bulgarian' -> killed 1; 'The victims were tourists' -> civilian true."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("20 dead", num="20", value=20),
             location=L("a Bali nightclub", "IDN", "Bali", None, None, 3), date=D("2005", "in 2005"), source=None,
             trigger=T("dead", at="20 dead"),
             notes="'20 dead and 100 injured in the bombing of a Bali nightclub in 2005.' -> killed 20 (as written). Bali is an island province -> precision 3."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("100 injured", num="100", value=100), location=L("a Bali nightclub", "IDN", "Bali", None, None, 3),
             date=D("2005", "in 2005"), source=None, trigger=T("injured", at="100 injured"),
             notes="'... and 100 injured' -> wounded 100."),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("164 dead", num="164", value=164),
             location=L("Mumbai", "IND", "Maharashtra", 19.08, 72.88, 1), date=D("2008", "2008", at="the 2008 Mumbai"),
             source=None, trigger=T("dead", at="164 dead"),
             notes="'164 dead and 308 wounded in the 2008 Mumbai attack.' -> killed 164."),
        dict(id="e8", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("308 wounded", num="308", value=308), location=L("Mumbai", "IND", "Maharashtra", 19.08, 72.88, 1),
             date=D("2008", "2008", at="the 2008 Mumbai"), source=None, trigger=T("wounded", at="308 wounded"),
             notes="'... and 308 wounded' -> wounded 308."),
        dict(id="e9", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("213 people", num="213", value=213),
             location=L("the U.S. Embassy in Nairobi, Kenya", "KEN", "Nairobi", -1.29, 36.82, 1),
             date=D("1998", "In the 1998"), source=None, trigger=T("died", at="people died"),
             notes=("'In the 1998 bombing attack on the U.S. Embassy in Nairobi, Kenya, 213 people died and some 4000 were "
                    "wounded, most of them Kenyans.' -> killed 213; 'most of them Kenyans' is read as attached to the "
                    "wounded (nearest); actor null here (ambiguous scope).")),
        dict(id="e10", type="casualty", outcome="wounded", actor=A("KEN", "Kenyans", at="most of them Kenyans"),
             civilian=None, count=C("some 4000", num="4000", value=4000, approx=True, qualifier="some"),
             location=L("the U.S. Embassy in Nairobi, Kenya", "KEN", "Nairobi", -1.29, 36.82, 1),
             date=D("1998", "In the 1998"), source=None, trigger=T("wounded", at="were wounded, most"),
             notes="'... and some 4000 were wounded, most of them Kenyans' -> wounded about 4,000; mostly Kenyans -> actor KEN (close call)."),
    ],
    hard_negatives=[
        H("and himself", "death of the suicide bomber (GUIDELINES 2)"),
        H("the first incident", "ordinal of incidents"),
    ])

# ---------------------------------------------------------------- VOA editorial 2014: MINUSMA in Mali
AGTE = L("between the towns of Aguelhok and Tessalit", "MLI", "Kidal", 19.83, 0.93, 2)
SEP18 = D("2014-09-18", "on September 18")
MALI = L("Mali", "MLI", None, None, None, 4, at="the government of Mali")
ANN["voa_2014_09_24_mali_minusma_editorial"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN", "United Nations", at="with the United Nations"),
             civilian=False, count=C("Five soldiers", num="Five", value=5), location=AGTE, date=SEP18, source=None,
             trigger=T("killed", at="MINUSMA, were killed"), part_of="e3",
             notes=("'Five soldiers serving with the United Nations Multidimensional Integrated Stabilization Mission in "
                    "Mali, or MINUSMA, were killed and three others wounded by a roadside bomb while traveling between "
                    "the towns of Aguelhok and Tessalit in the Kidal region of northern Mali on September 18.' -> killed "
                    "5, UN. The text says Chadian soldiers 'have borne the brunt of the attacks' but does not say these "
                    "five were Chadian -> no actor_alt. Location between two towns -> precision 2, midpoint.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("UN"), civilian=False,
             count=C("three others", num="three", value=3), location=AGTE, date=SEP18, source=None,
             trigger=T("wounded", at="others wounded"), notes="'... and three others wounded' -> wounded 3."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UN", "U.N.", at="U.N. peacekeepers killed"),
             civilian=False, count=C("10", value=10, at="this month to 10"), location=MALI,
             date=D("2014-09-01/2014-09-24", "this month"), source=None, trigger=T("killed", at="peacekeepers killed there"),
             cumulative=True, is_total=True,
             notes=("'It is the third such attack in two weeks, bringing the total of U.N. peacekeepers killed there this "
                    "month to 10.' -> running total for September 2014 (cumulative, is_total), including the five of e1 "
                    "(part_of). 'there' = Mali.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("UN", "U.N.", at="U.N. troops took"), civilian=False,
             count=C("21 peacekeepers", num="21", value=21), location=MALI,
             date=D("2013-07/2014-09-24", "in July 2013"), source=None, trigger=T("killed", at="have been killed in roadside"),
             cumulative=True,
             notes=("'Since U.N. troops took over peacekeeping duties in July 2013 ..., 21 peacekeepers have been killed in "
                    "roadside bomb attacks and 84 wounded.' -> running total since July 2013 (cumulative).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("UN", "U.N.", at="U.N. troops took"), civilian=False,
             count=C("84", value=84, at="84 wounded"), location=MALI, date=D("2013-07/2014-09-24", "in July 2013"),
             source=None, trigger=T("wounded", at="84 wounded"), cumulative=True, notes="'... and 84 wounded' -> wounded, running total."),
    ],
    hard_negatives=[
        H("three armed rebel groups", "count of groups"),
        H("the third such attack", "ordinal of attacks"),
        H("two weeks", "duration"),
    ])

# ---------------------------------------------------------------- VOA editorial 2014: Boko Haram in northern Nigeria
NNIG = L("northern Nigeria", "NGA", None, None, None, 3, at="rampage in northern Nigeria")
ANN["voa_2014_12_08_nigeria_boko_haram_editorial"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("more than 100 innocent people", num="100", value=100, low=100, qualifier="more than"), location=NNIG,
             date=D(None, "recently"), source=None, trigger=T("killing", at="killing more than"), is_total=True,
             notes=("'Suspected Islamic extremists are on the rampage in northern Nigeria, recently attacking a mosque, "
                    "police facility and a crowded market, killing more than 100 innocent people.' -> killed, more than "
                    "100, total of the attacks itemised next (Maiduguri market, Kano mosque); 'innocent people' -> "
                    "civilian true. 'recently' kept as surface, value null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="killed dozens"),
             location=L("a crowded market in Maiduguri", "NGA", "Borno", 11.85, 13.16, 1),
             date=D("2014-12-01", "The same day", derived_from_context=True), source=None,
             trigger=T("killed", at="bombers killed dozens"), part_of="e1",
             notes="'The same day, suicide bombers killed dozens in a crowded market in Maiduguri.' -> killed, dozens; 'The same day' = 'Early December 1' (derived). Part of the more than 100."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 100", num="100", value=100, low=100, qualifier="at least", at="killed at least 100"),
             location=L("the central mosque in Kano", "NGA", "Kano", 12.00, 8.52, 1), date=D("2014-11-28", "On November 28"),
             source=None, trigger=T("killed", at="Kano killed"), part_of="e1",
             notes="'On November 28, an attack on the central mosque in Kano killed at least 100.' -> killed, at least 100 (part of e1; the parts exceed 100, consistent with 'more than 100')."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 4,000 people", num="4,000", value=4000, low=4000, qualifier="more than"),
             location=L("much of northern Nigeria", "NGA", None, None, None, 3), date=D("2009/2014-12-08", "Since 2009"),
             source=None, trigger=T("claimed the lives"), cumulative=True,
             notes=("'Since 2009, when it began a campaign ..., the group has wreaked death and destruction across much of "
                    "northern Nigeria. The group's insurgency has claimed the lives of more than 4,000 people' -> running "
                    "total since 2009 (date from the previous sentence).")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("more than 200 young school girls", num="200", value=200, low=200, qualifier="more than"),
             location=None, date=D("2014-06/2014-08", "this summer", approx=True), source=None,
             trigger=T("kidnapping", at="by kidnapping"),
             notes=("'It drew international outrage this summer by kidnapping more than 200 young school girls.' -> captured, "
                    "more than 200 (the Chibok girls, not named here); Nigerian by plain implication. 'this summer' -> "
                    "June-August 2014 as written (approx; the kidnapping was in fact in April). No place -> null. 'The "
                    "girls are still missing.' has no count (hard negative).")),
    ],
    hard_negatives=[
        H("hundreds of thousands", "displaced people"),
        H("The girls are still missing", "no count word; the girls already counted"),
    ])

# ---------------------------------------------------------------- VOA 2009: Pentagon on 13,000 support troops
AFG_P = L("Afghanistan", "AFG", None, None, None, 4, at="troops to Afghanistan")
ANN["voa_2009_10_13_afghanistan_pentagon_13000_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("13,000 additional troops", num="13,000", value=13000), location=AFG_P, date=D(None),
             source=S("a Washington Post story claiming"), trigger=T("deployment", at="\"unannounced\" deployment"),
             alt_mentions=[S("the 13,000 support troops"), S("The 13,000"), S("up to 13,000")],
             notes=("'The Pentagon says a Washington Post story claiming it is making an \"unannounced\" deployment of 13,000 "
                    "additional troops to Afghanistan is inaccurate.' -> deployment 13,000 (the Pentagon disputes that it "
                    "is unannounced, not the number: 'the 13,000 support troops are within the overall maximum "
                    "authorized'). The later mentions, including 'the support troops would number up to 13,000', restate "
                    "the same figure (alt_mentions). No date for the deployment itself -> null.")),
        dict(id="e2", type="presence", actor=A("USA"), civilian=False,
             count=C("68,000", value=68000), location=AFG_P,
             date=D("2009-12", "by the end of the year", derived_from_context=True), source=S("said Lapan"),
             trigger=T("is still the number"), planned=True,
             alt_mentions=[S("68 [thousand]"), S("68,000", at="glide path, 68,000"), S("68,000", at="overall total to 68,000")],
             notes=("'\"The story confirms that 68,000 is still the number. ... So we've consistently said by the end of the "
                    "year, on the current glide path, 68,000. ...\" said Lapan.' -> planned force level of 68,000 US "
                    "troops in Afghanistan by the end of 2009 (presence, planned). Restated in the quote and in the last "
                    "paragraph (alt_mentions).")),
        dict(id="e3", type="presence", actor=A("USA", "U.S.", at="34,000 U.S."), civilian=False,
             count=C("about 34,000 U.S. troops", num="34,000", value=34000, approx=True, qualifier="about"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="U.S. troops in Afghanistan"),
             date=D("2009-01", "in January"), source=None, trigger=T("there were"),
             notes="'When President Obama took office in January, there were about 34,000 U.S. troops in Afghanistan.' -> presence, about 34,000, January 2009."),
        dict(id="e4", type="deployment", actor=A("USA"), civilian=False,
             count=C("an additional 21,000 combat and training troops", num="21,000", value=21000), location=AFG_P,
             date=D("2009-01/2009-03", "Within weeks", approx=True), source=None, trigger=T("approved"),
             notes=("'Within weeks, he approved a Pentagon request for an additional 21,000 combat and training troops, plus "
                    "support units.' -> deployment 21,000 approved (destination Afghanistan from context); 'Within weeks' "
                    "of January 2009 -> January-March 2009 (approx).")),
    ],
    hard_negatives=[
        H("a doubling", "ratio, not a count"),
    ])

# ---------------------------------------------------------------- VOA 2009: Sultanwas taken in Buner
SULT = L("Sultanwas, the main town in Buner district", "PAK", "Khyber Pakhtunkhwa", 34.52, 72.55, 1)
OVN = D("2009-05-19/2009-05-20", "the overnight battle", derived_from_context=True, approx=True)
ANN["voa_2009_05_21_pakistan_buner_sultanwas"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants", "militants", at="80 militants"),
             civilian=False, count=C("80 militants", num="80", value=80), location=SULT, date=OVN,
             source=S("The Pakistani army said"), trigger=T("killed", at="it killed 80"), reported_date="2009-05-20",
             notes=("'The Pakistani army said it killed 80 militants and captured a key Taliban stronghold during intense "
                    "fighting' -> killed 80. The place is named in the next sentence. The militants are not themselves "
                    "called Taliban (the stronghold is) -> actor 'militants' (GUIDELINES 3; close call). Date: the "
                    "overnight battle before the Wednesday (20 May 2009) briefing (derived, approx).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK", "Pakistani", at="one Pakistani"), civilian=False,
             count=C("one Pakistani soldier", num="one", value=1), location=SULT, date=OVN,
             source=S("General Abbas said", at="General Abbas said security"), trigger=T("died", at="soldier died"),
             notes="'He said one Pakistani soldier died and nine others were wounded during what he described as intense clashes.' -> killed 1; 'He' = General Abbas (previous sentence)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("PAK"), civilian=False,
             count=C("nine others", num="nine", value=9), location=SULT, date=OVN,
             source=S("General Abbas said", at="General Abbas said security"), trigger=T("wounded", at="were wounded"),
             notes="'... and nine others were wounded' -> wounded 9 (soldiers)."),
    ],
    hard_negatives=[
        H("about 100 kilometers", "distance"),
        H("an estimated two million people", "displaced people"),
    ])

# ---------------------------------------------------------------- VOA 2009: NATO election troops in Afghanistan
AFG_N = L("Afghanistan", "AFG", None, None, None, 4, at="troops in Afghanistan to")
ANN["voa_2009_08_12_afghanistan_nato_election_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("coalition", "allies", at="allies added"), civilian=False,
             count=C("between 5,000 and 6,000 troops", num="5,000 and 6,000", value=None, low=5000, high=6000, approx=True,
                     qualifier="between"),
             location=AFG_N, date=D(None), source=S("A Pentagon official estimated"), trigger=T("added"),
             notes=("'A Pentagon official estimated that allies added between 5,000 and 6,000 troops to help with election "
                    "security' -> deployment, range 5,000-6,000 (value null); allied (non-US) contributors -> "
                    "'coalition'. Included in the 39,000 of e3 ('including the election surge'; not linked, different "
                    "types).")),
        dict(id="e2", type="presence", actor=A("USA", "the United States", at="the United States has"), civilian=False,
             count=C("62,000 troops", num="62,000", value=62000),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="62,000 troops in Afghanistan"),
             date=D("2009-08-12", "Currently"), source=S("the Pentagon says"), trigger=T("has", at="United States has 62,000"),
             notes="'Currently, the Pentagon says the United States has 62,000 troops in Afghanistan and other countries have about 39,000 troops there, including the election surge.' -> presence 62,000 ('Currently' -> publication day)."),
        dict(id="e3", type="presence", actor=A("coalition", "other countries", at="other countries have"), civilian=False,
             count=C("about 39,000 troops", num="39,000", value=39000, approx=True, qualifier="about"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="62,000 troops in Afghanistan"),
             date=D("2009-08-12", "Currently"), source=S("the Pentagon says"), trigger=T("have", at="countries have about"),
             notes="'... and other countries have about 39,000 troops there, including the election surge' -> presence about 39,000 non-US troops ('there' = Afghanistan)."),
    ],
    hard_negatives=[
        H("Several allied countries", "count of countries"),
        H("August 20", "date"),
    ])

# -*- coding: utf-8 -*-
"""Gold annotations of set (ad), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries) and ACLED-style precision (1 point, 2 near a point or part of a city,
3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Pakistan 2005: local-election clashes
PAK_THU = D("2005-08-18", "Thursday August 18, 2005", derived_from_context=True)
ANN["wn_2005_08_20_pakistan_local_election_clashes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("13 people", num="13", value=13), location=L("Pakistan", "PAK", None, None, None, 4),
             date=D("2005-08-18", "Thursday August 18, 2005"), source=S("According to Online"),
             trigger=T("killed", at="13 people were killed"), is_total=True,
             notes=("'13 people were killed and over a hundred injured in armed clashes between rival political factions "
                    "in Pakistan on Thursday August 18, 2005' -> national total of the polling-day clashes; the itemised "
                    "deaths that follow (3 + 2 + 1 + 1 + 2 = 9) do not add up to 13 (kept as written). 'people' -> actor "
                    "and civilian null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over a hundred", num="a hundred", value=100, low=100, qualifier="over"),
             location=L("Pakistan", "PAK", None, None, None, 4), date=D("2005-08-18", "Thursday August 18, 2005"),
             source=S("According to Online"), trigger=T("injured", at="over a hundred injured"), is_total=True,
             notes="'over a hundred injured' -> wounded, more than 100 (low 100), national total; the itemised injuries follow as parts."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=False,
             count=C("three people", num="three", value=3),
             location=L("Pakistan's North-West Frontier Province", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=PAK_THU, source=None, trigger=T("shot dead"), part_of="e1",
             notes=("'There three people directly participating in the armed clashes were shot dead.' -> killed 3 in the "
                    "first clash, in NWFP (the place name before it was lost in conversion: 'in the  in Pakistan's "
                    "North-West Frontier Province'). civilian false: the text describes them as participants in armed "
                    "clashes (close call; their political ties are unclear).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Two", num="Two", value=2, at="Two were killed in a clash"),
             location=L("Khiali", "PAK", "Punjab", 32.17, 74.17, 1), date=PAK_THU, source=None,
             trigger=T("killed", at="Two were killed in a clash"), part_of="e1",
             notes="'Two were killed in a clash in Khiali in the Punjabi district of Gujranwala' -> killed 2 (Khiali coordinates are the annotator's estimate, next to Gujranwala)."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than fifteen", num="fifteen", value=15, low=15, qualifier="more than"),
             location=L("Khiali", "PAK", "Punjab", 32.17, 74.17, 1), date=PAK_THU, source=None,
             trigger=T("injured", at="more than fifteen were injured"), part_of="e2",
             notes="'... and more than fifteen were injured' (Khiali) -> wounded, more than 15."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("One", num="One", value=1, at="One was killed in the Multan"),
             location=L("the Multan district", "PAK", "Punjab", None, None, 3), date=PAK_THU, source=None,
             trigger=T("killed", at="One was killed in the Multan"), part_of="e1",
             notes="'One was killed in the Multan district' -> killed 1."),
        dict(id="e7", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("another 15", num="15", value=15), location=L("the Multan district", "PAK", "Punjab", None, None, 3),
             date=PAK_THU, source=None, trigger=T("injured", at="another 15 were injured"), part_of="e2",
             notes="'where another 15 were injured' -> wounded 15 ('another' = additional, not a bound)."),
        dict(id="e8", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Three people", num="Three", value=3),
             location=L("the Sialkot district", "PAK", "Punjab", None, None, 3), date=PAK_THU, source=None,
             trigger=T("injured", at="Three people were injured"), part_of="e2",
             notes="'Three people were injured due to sporadic shooting in the Sialkot district in Punjab.' -> wounded 3."),
        dict(id="e9", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Seventeen", num="Seventeen", value=17),
             location=L("the district of Lodhran", "PAK", "Punjab", None, None, 3), date=PAK_THU, source=None,
             trigger=T("injured", at="Seventeen were injured"), part_of="e2",
             notes="'Seventeen were injured in the district of Lodhran in Punjab, including a candidate ...' -> wounded 17."),
        dict(id="e10", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("a candidate", num="a", value=1, at="including a candidate"),
             location=L("the district of Lodhran", "PAK", "Punjab", None, None, 3), date=PAK_THU, source=None,
             trigger=T("injured", at="Seventeen were injured"), part_of="e9",
             notes="'including a candidate for the position of nazim' -> wounded 1, part of the 17; a candidate for local office -> civilian true."),
        dict(id="e11", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("four people", num="four", value=4),
             location=L("the district of Lodhran", "PAK", "Punjab", None, None, 3), date=PAK_THU, source=None,
             trigger=T("arrested", at="four people were arrested"),
             notes="'There, four people were arrested.' -> captured (arrest) 4, in Lodhran ('There')."),
        dict(id="e12", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least nineteen people", num="nineteen", value=19, low=19, qualifier="at least"),
             location=L("district of Jafarabad", "PAK", "Balochistan", None, None, 3), date=PAK_THU,
             source=S("according to a BBC reporter"), trigger=T("injured", at="nineteen people were injured"), part_of="e2",
             notes=("'In the southern Balochistan district of Jafarabad, a scuffle occurred and at least nineteen people "
                    "were injured, according to a BBC reporter.' -> wounded, at least 19. The next paragraph's 19 injured "
                    "at Dera Allah Yar (the district's main town, spelt 'Jaffrabad') may be the same people; the text "
                    "presents them as two incidents (a scuffle vs an exchange of fire), so both are kept (close call).")),
        dict(id="e13", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one person", num="one", value=1), location=L("Dera Allah Yar", "PAK", "Balochistan", 28.37, 68.35, 1),
             date=D("2005-08-18", "two hours after polling began", derived_from_context=True), source=None,
             trigger=T("killed", at="one person was killed"), part_of="e1",
             notes="'one person was killed at the scene of the clash' (Dera Allah Yar, Jamali and Imrani groups) -> killed 1; the day is the polling Thursday (derived)."),
        dict(id="e14", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Two others", num="Two", value=2), location=L("Dera Allah Yar", "PAK", "Balochistan", 28.37, 68.35, 1),
             date=D(None), source=None, trigger=T("died", at="Two others died"), part_of="e1",
             notes="'Two others died later while receiving medial care.' -> killed 2 (died of wounds; 'later', no day). Source typo 'medial' kept."),
        dict(id="e15", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Nineteen others", num="Nineteen", value=19),
             location=L("Dera Allah Yar", "PAK", "Balochistan", 28.37, 68.35, 1), date=PAK_THU, source=None,
             trigger=T("injured", at="Nineteen others were injured"), part_of="e2",
             notes="'Nineteen others were injured, three of whom are reported to be in critical condition.' -> wounded 19; 'three of whom' is a status breakdown (hard negative)."),
    ],
    hard_negatives=[
        H("Many others", "injured with no quantity"),
        H("three of whom", "status breakdown of people already counted as wounded"),
        H("two hours", "duration"),
        H("ten of the Punjab's 17 districts", "count of districts given army assistance, not a head count"),
        H("40 of Pakistan's 53 districts", "count of districts, not a head count"),
    ])

# ---------------------------------------------------------------- Ethiopia 2005: Addis Ababa protests
ADDIS = L("Addis Ababa", "ETH", "Addis Ababa", 9.03, 38.74, 1)
ANN["wn_2005_11_02_ethiopia_addis_ababa_protests"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least thirty-three more people", num="thirty-three", value=33, low=33, qualifier="at least"),
             location=ADDIS, date=D(None), source=None, trigger=T("died"),
             notes=("'At least thirty-three more people have died in a second day of protests in Addis Ababa' -> killed, at "
                    "least 33 ('more' = additional deaths, not a bound). The text gives no date for the second day "
                    "('a second day', 'The previous day' only) -> date null. The dead are 'people' (youths shot by police, "
                    "per later sentences; the previous day's dead included two police) -> actor and civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("twenty-three", num="twenty-three", value=23), location=ADDIS, date=D(None),
             source=S("Reuters put the figure"), trigger=T("died"),
             notes="'Reuters put the figure at twenty-three.' -> a second source's figure for the same deaths: separate event (GUIDELINES 6); trigger is the lede's 'died'."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("36 people", num="36", value=36), location=L("Ethiopia", "ETH", None, None, None, 4),
             date=D("2005-06", "in June"), source=None, trigger=T("died", at="36 people died"),
             notes=("'When the election results were first declared in June riots erupted in which 36 people died.' -> "
                    "killed 36, June 2005. The text does not say where the June riots were -> location the country "
                    "(close call).")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("CUD", "Coalition for Unity and Democracy"),
             civilian=True, count=C("six of its top officials", num="six", value=6), location=None, date=D(None),
             source=S("The party said"), trigger=T("detained", at="had been detained"),
             notes=("'The party said that six of its top officials, including chairman Hailu Shawel and vice-chairman "
                    "Berhanu Nega, had been detained.' -> captured (detained) 6 opposition officials; actor the "
                    "opposition party named in the previous sentence; politicians -> civilian true. No place, no date.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("ETH"), civilian=True,
             count=C("30 taxi drivers", num="30", value=30), location=None, date=D(None), source=None,
             trigger=T("arrested", at="were arrested and had their licenses"),
             notes="'30 taxi drivers who took part in demonstrations against the parliamentary elections were arrested' -> captured 30; Ethiopian nationality plainly implied (actor ETH, no surface)."),
        dict(id="e6", type="casualty", outcome="captured", actor=A("ETH"), civilian=True,
             count=C("at least two journalists", num="two", value=2, low=2, qualifier="at least"), location=None,
             date=D(None), source=S("reports the Committee to Protect Journalists"), trigger=T("jailed"),
             notes=("'Authorities have jailed at least two journalists ..., reports the Committee to Protect Journalists.' -> "
                    "captured, at least 2. Whether the next sentence's three Hadar staff include them is not said; kept "
                    "separate (close call).")),
        dict(id="e7", type="casualty", outcome="captured", actor=A("ETH"), civilian=True,
             count=C("two editors and a reporter", num="two", value=3, qualifier="conjunction"), location=None,
             date=D("2005-11-02", "On 2 November"), source=None, trigger=T("arrested", at="police arrested two editors"),
             notes="'On 2 November, police arrested two editors and a reporter from the independent Amharic-language weekly Hadar.' -> captured 3 (2 + 1, conjunction)."),
        dict(id="e8", type="casualty", outcome="killed", actor=A("ETH"), civilian=False,
             count=C("two of the dead", num="two", value=2), location=ADDIS, date=D(None), source=None,
             trigger=T("shot", at="were police shot"),
             notes=("'The previous day, however, two of the dead were police shot by protesters.' -> killed 2 police "
                    "(Ethiopian police, actor from context, civilian false) on the first day of the protests; the day "
                    "is not dated in the text (date null). Not part of the 33, who died on the second day.")),
    ],
    hard_negatives=[
        H("most of the dead", "no quantity"),
        H("Many other journalists", "journalists in hiding; no quantity and not a casualty"),
        H("mass arrests", "arrests with no quantity"),
    ])

# ---------------------------------------------------------------- China 2005: Dongzhou
DONGZHOU = L("Dongzhou", "CHN", "Guangdong", 22.75, 115.55, 1)
TUE_DZ = D("2005-12-06", "last Tuesday", derived_from_context=True)
ANN["wn_2005_12_12_china_dongzhou_shooting"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CHN"), civilian=True,
             count=C("up to 20 people", num="20", value=20, high=20, approx=True, qualifier="up to",
                     at="Villagers claim that up to 20"),
             location=DONGZHOU, date=TUE_DZ, source=S("Villagers claim"), trigger=T("died", at="20 people died"),
             alt_mentions=[S("up to 20 people"), S("up to 20 people", at="claims by villagers")],
             hedge="allegedly",
             notes=("'Villagers claim that up to 20 people died in the clash.' -> killed, up to 20 (the villagers' "
                    "figure); the lede's 'police have allegedly shot and killed up to 20 people' and the later 'claims "
                    "by villagers that up to 20 people were killed' restate it (alt_mentions). Protesting villagers -> "
                    "civilian true, actor CHN (plainly implied). 'last Tuesday' in a Monday story = 6 December 2005 "
                    "(from the second sentence; derived). Dongzhou coordinates are the annotator's estimate.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("CHN"), civilian=True,
             count=C("three people", num="three", value=3), location=DONGZHOU,
             date=D("2005-12-06", "last Tuesday"), source=S("According to government statements"),
             trigger=T("shot dead"), alt_mentions=[S("three villagers")],
             notes="'According to government statements, three people had been shot dead as police quelled a demonstration.' -> the government's figure, a separate claim; the quoted statement's 'three villagers died' restates it."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("CHN"), civilian=True,
             count=C("eight", num="eight", value=8, at="eight were injured"), location=DONGZHOU, date=TUE_DZ,
             source=S("A government statement"), trigger=T("injured", at="eight were injured"),
             notes="'\"In the chaos, three villagers died, eight were injured, three of them seriously.\"' -> wounded 8 (government statement; 'it said' resolved to the statement). 'three of them seriously' is a status breakdown."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("CHN"), civilian=True,
             count=C("300 people", num="300", value=300), location=DONGZHOU,
             date=D("2005-09/2005-12", "in recent months", approx=True), source=S("They say"),
             trigger=T("arrested", at="300 people have been arrested"), cumulative=True,
             notes="'They say 300 people have been arrested for protesting in recent months.' -> captured 300 over recent months (cumulative; interval approximate). 'They' = the villagers."),
        dict(id="e5", type="casualty", outcome="captured", actor=A("CHN"), civilian=True,
             count=C("three more", num="three", value=3), location=DONGZHOU, date=D(None), source=None,
             trigger=T("detained", at="who had been detained"),
             notes="'the release of three more who had been detained' -> captured 3 (detained before the Tuesday protest; no date)."),
        dict(id="e6", type="presence", actor=A("CHN"), civilian=False,
             count=C("Hundreds of police", num="Hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=L("Dongzhou  village", "CHN", "Guangdong", 22.75, 115.55, 1), date=D(None), source=None,
             trigger=T("blocked roads"),
             notes="'Hundreds of police have blocked roads into Dongzhou village' -> presence, hundreds (low 200) of police; a present state with no time word -> date null."),
    ],
    hard_negatives=[
        H("the police commander", "arrest of one officer described by a definite noun phrase, no count word"),
        H("three of them seriously", "status breakdown of people already counted as wounded"),
        H("four-day news blackout", "duration"),
        H("three local men", "men accused of stirring unrest; not captured or hurt in the text"),
    ])

# ---------------------------------------------------------------- Yemen 2005: Chrobog family abducted
EYEMEN = L("eastern Yemen", "YEM", None, None, None, 3)
ANN["wn_2005_12_28_yemen_chrobog_family_abducted"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("DEU"), civilian=True,
             count=C("their three children", num="three", value=3), location=EYEMEN,
             date=D("2005-12-28", "today"), source=None, trigger=T("abducted", at="was abducted today"),
             notes=("'Jürgen Chrobog ... was abducted today in eastern Yemen, along with his wife, their three children, "
                    "and three locals.' -> captured 3 children of the German family (actor DEU from context: the German "
                    "Foreign Office; no surface in the body). Chrobog and his wife are named/possessive individuals with "
                    "no count word and are not counted.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("YEM"), civilian=True,
             count=C("three locals", num="three", value=3), location=EYEMEN, date=D("2005-12-28", "today"),
             source=None, trigger=T("abducted", at="was abducted today"),
             notes="'... and three locals' -> captured 3 (locals in Yemen -> YEM, plainly implied)."),
    ],
    hard_negatives=[
        H("460 km", "distance"),
        H("fourth time this year", "count of incidents"),
        H("a large group", "travelling group, no quantity and not a casualty"),
        H("his wife", "possessive, no count word (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Marines and 15 civilians
WIRAQ = L("a western Iraq i town", "IRQ", None, None, None, 3)
ANN["wn_2006_03_22_iraq_marines_civilians_investigation"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="death of a U.S."), civilian=False,
             count=C("a U.S. Marine", num="a", value=1), location=WIRAQ, date=D(None), source=None,
             trigger=T("death", at="death of a U.S. Marine"), alt_mentions=[S("one of their own")],
             notes=("'in response to the death of a U.S. Marine. The Marine was killed when a roadside improvised "
                    "explosive device detonated near his convoy.' -> killed 1 (restated as 'had lost one of their "
                    "own'). The town is not named (lost label: 'a western Iraq i town') -> precision 3, no admin1. No "
                    "date in the text.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("fifteen members", num="fifteen", value=15), location=WIRAQ, date=D(None), source=None,
             trigger=T("killed", at="shot and killed fifteen"), hedge="are alleged",
             alt_mentions=[S("15 Iraqi civilians"), S("15 dead civilians")],
             notes=("'His fellow Marines are alleged to have entered homes ... and shot and killed fifteen members of two "
                    "families in retaliation' -> killed 15 civilians (actor IRQ from 'Iraqi civilians'). The military's "
                    "first account ('15 Iraqi civilians had died when gunmen attacked a convoy') gives the same figure "
                    "for the same people with another cause -> restatement (alt_mentions), as is '15 dead civilians'.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("a three-year-old girl", num="a", value=1), location=WIRAQ, date=D(None), source=None,
             trigger=T("killed", at="shot and killed fifteen"), part_of="e2",
             notes="'including a three-year-old girl' -> killed 1, part of the 15 (the age is not a count)."),
    ],
    hard_negatives=[
        H("$2,500", "money"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Helmand British deaths
SANGIN = L("the town of Sangin", "AFG", "Helmand", 32.07, 64.83, 1)
ANN["wn_2006_07_05_afghanistan_helmand_british_soldier"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("GBR", "British", at="named a British"), civilian=False,
             count=C("a British soldier", num="a", value=1), location=SANGIN, date=D(None), source=None,
             trigger=T("died", at="who died while on patrol"), part_of="e2",
             notes=("'The Ministry of Defence has named a British soldier ... who died while on patrol in Afghanistan's "
                    "Helmand Province.' -> killed 1 (Private Damien Raymond Jackson, named next); place from the next "
                    "sentence (Sangin). No day is given. Part of the six Helmand deaths of the last four weeks.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("GBR", "British", at="six British"), civilian=False,
             count=C("six British soldiers", num="six", value=6),
             location=L("the unstable Helmand region", "AFG", "Helmand", None, None, 3),
             date=D("2006-06-07/2006-07-05", "in the last four weeks"), source=None, trigger=T("died", at="soldiers have died"),
             cumulative=True, is_total=True, part_of="e3",
             notes="'Private Jackson's death means six British soldiers have died in the unstable Helmand region in the last four weeks.' -> killed 6, running total over four weeks (interval to publication), part of the 13 since 2001."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("GBR", "British", at="thirteen British"), civilian=False,
             count=C("thirteen British soldiers", num="thirteen", value=13),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="operations began in Afghanistan"),
             date=D("2001/2006-07-05", "Since 2001"), source=None, trigger=T("lost their lives"), cumulative=True,
             is_total=True, notes="'Since 2001 when operations began in Afghanistan, thirteen British soldiers have lost their lives.' -> killed 13, running total since 2001."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("GBR", "British", at="two British"), civilian=False,
             count=C("two British soldiers", num="two", value=2), location=None,
             date=D("2006-07-01", "On Saturday"), source=None, trigger=T("killed", at="soldiers were killed after"),
             notes=("'On Saturday, two British soldiers were killed after a rocket-propelled grenade struck the "
                    "headquarters they were in.' -> killed 2, Saturday in a Wednesday story = 1 July 2006. The text does "
                    "not place the headquarters, so location null and no part_of link to the six in Helmand (close "
                    "call).")),
        dict(id="e5", type="presence", actor=A("GBR", "British", at="4,000 British"), civilian=False,
             count=C("Approximately 4,000 British soldiers", num="4,000", value=4000, approx=True,
                     qualifier="approximately"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="stationed in Afghanistan"), date=D(None),
             source=None, trigger=T("stationed"), is_total=True,
             notes="'Approximately 4,000 British soldiers are stationed in Afghanistan' -> presence ~4,000 (present state, no time word -> date null)."),
        dict(id="e6", type="presence", actor=A("GBR", "British", at="4,000 British"), civilian=False,
             count=C("almost 3,000 of them", num="3,000", value=3000, high=3000, approx=True, qualifier="almost"),
             location=L("Helmand Province", "AFG", "Helmand", None, None, 3, at="3,000 of them work in"), date=D(None),
             source=None, trigger=T("work in Helmand"), part_of="e5",
             notes="'and almost 3,000 of them work in Helmand Province' -> presence, nearly 3,000 (high 3,000), part of the 4,000."),
    ],
    hard_negatives=[
        H("3 Para Battle Group", "unit name"),
        H("19 year-old", "age"),
        H("20%", "percentage of opium production"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Baghdad bodies, Kut, Karbala
TODAY_BG = D("2006-09-05", "today", at="dumped in various places")
ANN["wn_2006_09_05_iraq_baghdad_bodies_karbala"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 30 people", num="30", value=30, low=30, qualifier="more than"),
             location=L("Iraq", "IRQ", None, None, None, 4), date=D("2006-09-05", "today", at="dumped in various places",
                                                                   derived_from_context=True),
             source=None, trigger=T("killed", at="30 people killed"), is_total=True,
             notes=("'Iraq witnessed more violence, with more than 30 people killed' -> lede total; the 33 bodies in "
                    "Baghdad and the two in Kut are its parts (35 > 30). Dated by the discovery 'today' (the killing "
                    "days are not given; derived, close call).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("33 men", num="33", value=33), location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="dumped in various places in Baghdad"),
             date=D("2006-09-05", "today", at="dumped in various places"), source=None, trigger=T("shot dead"), part_of="e1",
             notes="'The bodies of 33 men were discovered dumped in various places in Baghdad today. The men had been ... tortured and shot dead.' -> killed 33 (bodies found; dated by the discovery)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("IRQ", "Iraqi", at="well known Iraqi"), civilian=True,
             count=C("a well known Iraqi football player", num="a", value=1), location=None,
             date=D("2006-09-02", "On Saturday"), source=None, trigger=T("abducted", at="was abducted by persons"),
             alt_mentions=[S("a well known football player")],
             notes=("'On Saturday, a well known Iraqi football player, 22-year old Ghanim Ghudayer, was abducted by persons "
                    "wearing military uniforms' -> captured 1 (a singular determiner on a person noun; the name follows); "
                    "the lede's 'a well known football player abducted' restates it. Saturday in a Tuesday story = 2 "
                    "September 2006. The place of the abduction is not given (he plays for a Baghdad club).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two more bodies", num="two", value=2), location=L("the town of Kut", "IRQ", "Wasit", 32.51, 45.82, 1),
             date=D("2006-09-05", "today", at="dumped in various places", derived_from_context=True), source=None,
             trigger=T("shot execution style"), part_of="e1",
             notes="'South of Baghdad in the town of Kut, two more bodies were discovered ... Both of the victims had been shot execution style' -> killed 2; dated with the Baghdad discovery (derived)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("14 gunmen", num="14", value=14), location=L("the city of Karbala", "IRQ", "Karbala", 32.62, 44.02, 1),
             date=D(None), source=None, trigger=T("killed", at="fighting has killed"), cumulative=True,
             notes="'So far the fighting has killed 14 gunmen and one soldier.' (the Iraqi forces' effort to secure Karbala) -> killed 14 gunmen ('gunmen' -> militants), a running total with no start date (date null)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="an Iraqi forces"), civilian=False,
             count=C("one soldier", num="one", value=1), location=L("the city of Karbala", "IRQ", "Karbala", 32.62, 44.02, 1),
             date=D(None), source=None, trigger=T("killed", at="fighting has killed"), cumulative=True,
             notes="'... and one soldier' -> killed 1 Iraqi soldier (the effort is 'an Iraqi forces effort')."),
    ],
    hard_negatives=[
        H("Hamed Jumaa Farid al-Saeedi", "arrest of a named individual with no count word"),
        H("22-year old", "age"),
        H("9 September", "date of a holiday"),
        H("twelve months", "duration"),
        H("two-year-old state of emergency", "duration"),
    ])

# ---------------------------------------------------------------- Syria 2006: US embassy attack
EMB = L("the United States  Embassy in Damascus", "SYR", "Damascus", 33.52, 36.29, 1)
ANN["wn_2006_09_12_syria_damascus_us_embassy_attack"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("militants"), civilian=False,
             count=C("four gunmen", num="four", value=4), location=EMB, date=D(None), source=S("Reports say"),
             trigger=T("began shooting"),
             notes=("'Reports say that four gunmen exited two vehicles, parking them just outside the embassy and began "
                    "shooting at guards' -> presence of an attacking force of 4 (GUIDELINES 2). The text has no time "
                    "word for the attack (date null).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("three", num="three", value=3, at="killing three"), location=EMB, date=D(None),
             source=S("Reports say"), trigger=T("killing", at="killing three"), alt_mentions=[S("Three terrorists")],
             notes="'The guards then began firing upon the gunmen killing three and wounding one taking him into custody.' -> killed 3; Gen. Majid's 'Three terrorists were killed' restates it."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("militants"), civilian=False,
             count=C("one", num="one", value=1, at="wounding one"), location=EMB, date=D(None), source=S("Reports say"),
             trigger=T("wounding"), alt_mentions=[S("one", at="killed and one was wounded")],
             notes="'wounding one' -> wounded 1; restated in the quote 'and one was wounded'."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("one", num="one", value=1, at="wounding one"), location=EMB, date=D(None), source=S("Reports say"),
             trigger=T("taking him into custody"),
             notes="'wounding one taking him into custody' -> captured 1: the same wounded gunman; the count word is shared with e3 (close call)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("At least two of the terrorists", num="two", value=2, low=2, qualifier="at least"),
             location=L("buildings near the embassy", "SYR", "Damascus", 33.52, 36.29, 2), date=D(None), source=None,
             trigger=T("killed them"), part_of="e2",
             notes="'At least two of the terrorists were attempting to hide in buildings near the embassy, but security officers killed them' -> killed, at least 2; read as part of the three gunmen killed (close call)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("SYR", "Syrian", at="one Syrian"), civilian=False,
             count=C("at least one Syrian Security officer", num="one", value=1, low=1, qualifier="at least"),
             location=EMB, date=D(None), source=S("Reports also state"), trigger=T("killed", at="Iraqis  were killed"),
             notes="'Reports also state that at least one Syrian Security officer and two Iraqis were killed' -> killed, at least 1 security officer."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("IRQ", "Iraqis"), civilian=None,
             count=C("two Iraqis", num="two", value=2), location=EMB, date=D(None), source=S("Reports also state"),
             trigger=T("killed", at="Iraqis  were killed"),
             notes="'... and two Iraqis were killed' -> killed 2; 'Iraqis' only -> civilian null (GUIDELINES 3)."),
        dict(id="e8", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("at least seven technicians", num="seven", value=7, low=7, qualifier="at least"),
             location=L("a nearby workshop", "SYR", "Damascus", 33.52, 36.29, 2), date=D(None),
             source=S("Reports also state"), trigger=T("injured", at="workshop were injured"),
             notes="'at least seven technicians located at a nearby workshop were injured including a local police officer' -> wounded, at least 7; technicians -> civilian true (the police officer among them is not)."),
        dict(id="e9", type="casualty", outcome="wounded", actor=A("SYR"), civilian=False,
             count=C("a local police officer", num="a", value=1),
             location=L("a nearby workshop", "SYR", "Damascus", 33.52, 36.29, 2), date=D(None),
             source=S("Reports also state"), trigger=T("injured", at="workshop were injured"), part_of="e8",
             notes="'including a local police officer' -> wounded 1, part of the seven; local police -> SYR, civilian false."),
        dict(id="e10", type="casualty", outcome="wounded", actor=A("CHN", "China", at="diplomat from China"), civilian=True,
             count=C("One diplomat", num="One", value=1), location=L("the Chinese Embassy", "SYR", "Damascus", 33.52, 36.29, 1),
             date=D(None), source=None, trigger=T("injured", at="also injured"),
             notes="'One diplomat from China was also injured when he was hit by debris from the blast while standing on the roof of a garage located at the Chinese Embassy.' -> wounded 1."),
    ],
    hard_negatives=[
        H("two vehicles", "count of vehicles"),
        H("No Americans were killed or injured", "negated casualties"),
        H("one of the vehicles", "count of vehicles"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Iranian diplomat kidnapped
ANN["wn_2007_02_06_iraq_iranian_diplomat_kidnapped"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("IRN", "Iranian", at="An Iranian"), civilian=True,
             count=C("An Iranian  diplomat", num="An", value=1),
             location=L("the Iranian state-owned Bank Melli in Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1),
             date=D(None), source=None, trigger=T("kidnapped", at="has been kidnapped"),
             notes=("'Jalal Sharafi, An Iranian diplomat has been kidnapped by men wearing Iraqi army uniforms' -> captured "
                    "1 (a singular determiner on a person noun, with the name before it; close call against 'named "
                    "individual'). No day is given.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("Several men", num="Several", value=None, low=3, approx=True, qualifier="several"),
             location=L("the Iranian state-owned Bank Melli in Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1),
             date=D(None), source=S("''BBC News'' reports"), trigger=T("captured by Iraqi Security Forces"),
             notes="'Several men who were also in possession of official ID badges ... were captured by Iraqi Security Forces after a small gun battle' -> captured, several (low 3); suspects of unclear affiliation -> actor and civilian null."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("IRQ", "Iraqis", at="several Iraqis"), civilian=None,
             count=C("several Iraqis", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=None, date=D(None), source=None, trigger=T("arrested", at="has arrested several"),
             notes="'Iran ... has arrested several Iraqis' -> captured, several; 'Iraqis' -> civilian null; the place of the arrests is not given."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("IRN", "Iranians", at="five Iranians"), civilian=True,
             count=C("five Iranians", num="five", value=5), location=L("northern Iraq", "IRQ", None, None, None, 3),
             date=D("2007-01", "Last month"), source=None, trigger=T("detained", at="US forces detained"),
             notes="'Last month US forces detained five Iranians working for an informal consulate in northern Iraq.' -> captured 5 (consulate staff -> civilian true), January 2007."),
    ],
    hard_negatives=[
        H("36th Commando Battalion", "unit number"),
        H("Iranian diplomat Faridoun Jihani was 2004 detained", "detention of a named individual with no count word"),
        H("some of them have been arrested", "arrests with no quantity ('some')"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Marines convoy shooting
MUHMAND = L("Muhmand Dara, Afghanistan", "AFG", "Nangarhar", None, None, 3)
SUN_AF = D("2007-03-04", "On Sunday", derived_from_context=True)
ANN["wn_2007_03_07_afghanistan_marines_convoy_shooting"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("one Marine", num="one", value=1), location=MUHMAND, date=SUN_AF, source=None,
             trigger=T("wounding", at="slightly wounding"),
             notes=("'... drove a minivan laden with explosives into one of the five vehicles making up the US convoy, ... "
                    "slightly wounding one Marine.' -> wounded 1 (US Marine; actor from 'US convoy'). Sunday in a "
                    "Wednesday story = 4 March 2007 (derived). Muhmand Dara is a district -> precision 3.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("14 civilians", num="14", value=14), location=MUHMAND, date=SUN_AF, source=S("Initial reports stated"),
             trigger=T("killed", at="civilians had been killed"),
             notes="'Initial reports stated that 14 civilians had been killed in the attack' -> killed 14 (civilians on an Afghan road -> AFG, plainly implied)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AFG"), civilian=True,
             count=C("another 35", num="35", value=35), location=MUHMAND, date=SUN_AF, source=S("Initial reports stated"),
             trigger=T("wounded by the gunfire"),
             notes="'and another 35 were wounded by the gunfire' -> wounded 35 (same initial reports)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("only 8", num="8", value=8), location=MUHMAND, date=SUN_AF,
             source=S("officials at Bagram Air Base  later claimed"), trigger=T("killed", at="8 had been killed"),
             notes="'But officials at Bagram Air Base  later claimed that only 8 had been killed.' -> a second source's lower figure: separate event. 'only' is not a bound."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("4 of the wounded", num="4", value=4), location=L("Jalalabad Hospital", "AFG", "Nangarhar", 34.43, 70.45, 1),
             date=D(None), source=S("Other sources reported"), trigger=T("died of their injuries"), part_of="e3",
             notes="'Other sources reported that 4 of the wounded later died of their injuries at Jalalabad Hospital.' -> killed 4, part of the wounded (GUIDELINES 2: wounded who later die); 'later', no day."),
    ],
    hard_negatives=[
        H("as many as 15 passing cars", "count of vehicles"),
        H("five vehicles", "count of vehicles"),
        H("three humvee", "count of vehicles"),
        H("6 miles", "distance"),
        H("Thousands of Afghans gathered", "protesters, not an event type"),
        H("two Associated Press  photojournalists", "journalists made to delete photos; not captured or hurt"),
    ])

# ---------------------------------------------------------------- Yemen 2007: Ma'rib temple bombing
TEMPLE = L("a crowded temple dedicated to the Queen of Sheba  in the Ma'rib Governorate", "YEM", "Ma'rib", 15.40, 45.35, 1)
ANN["wn_2007_07_02_yemen_marib_temple_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ESP", "Spanish"), civilian=True,
             count=C("Seven Spanish  tourists", num="Seven", value=7), location=TEMPLE, date=D(None), source=None,
             trigger=T("dead"),
             notes=("'Seven Spanish tourists and two Yemeni citizens are dead after a suicide attacker blew his vehicle up "
                    "at a crowded temple dedicated to the Queen of Sheba in the Ma'rib Governorate.' -> killed 7 Spanish "
                    "tourists. The text has no time word (date null); the bomber's own death is out of scope. Temple "
                    "coordinates are the annotator's estimate (near Ma'rib).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("YEM", "Yemeni", at="two Yemeni"), civilian=True,
             count=C("two Yemeni  citizens", num="two", value=2), location=TEMPLE, date=D(None), source=None,
             trigger=T("dead"), notes="'... and two Yemeni citizens are dead' -> killed 2."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("ESP", "Spaniards"), civilian=True,
             count=C("six more Spaniards", num="six", value=6), location=TEMPLE, date=D(None), source=None,
             trigger=T("injured"), notes="'The blast also injured six more Spaniards.' -> wounded 6 ('more' = additional)."),
    ],
    hard_negatives=[
        H("a suicide attacker", "the attacker's own death is out of scope"),
        H("foreign oil workers", "targets of an earlier shooting with no count and no stated casualties"),
        H("twice", "count of incidents"),
    ])

# ---------------------------------------------------------------- Nigeria 2007: Shell rig kidnapping
ANN["wn_2007_07_21_nigeria_shell_rig_kidnapping"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(["NZL", "AUS", "LBN", "VEN"]), civilian=True,
             count=C("Five men", num="Five", value=5), location=L("Nigeria", "NGA", None, None, None, 4, at="oil rig  in"),
             date=D(None), source=None, trigger=T("kidnapped", at="have been kidnapped"),
             notes=("'Five men have been kidnapped in a raid on a Royal Dutch Shell oil rig in Nigeria.' -> captured 5 "
                    "oil workers (civilian true); the last sentence names them with their countries (New Zealand 2, "
                    "Australia, Lebanon, Venezuela) -> list actor, no single surface. 'In the early morning raid' has no "
                    "day -> date null.")),
        dict(id="e2", type="presence", actor=A("militants"), civilian=False,
             count=C("several armed men", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=L("Nigeria", "NGA", None, None, None, 4, at="oil rig  in"), date=D(None), source=None,
             trigger=T("opened fire"),
             notes="'several armed men in boats opened fire on the rigs security guards' -> presence of an attacking force, several (low 3); unnamed attackers -> militants."),
    ],
    hard_negatives=[
        H("the rigs security guards", "targets with no quantity and no stated casualties"),
    ])

# ---------------------------------------------------------------- Pakistan 2007: Bhutto aftermath
AFTER = D("2007-12-27/2007-12-28", "since her death")
ANN["wn_2007_12_28_pakistan_bhutto_aftermath_unrest"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("32 deaths", num="32", value=32), location=L("Pakistan", "PAK", None, None, None, 4),
             date=AFTER, source=S("According to officials"), trigger=T("deaths", at="32 deaths"), cumulative=True,
             is_total=True,
             notes=("'According to officials, unrest since her death has resulted in 32 deaths, including those of four "
                    "police officers. 23 of the deaths were in Sindh.' -> killed 32 nationwide since the assassination "
                    "(27 December; running total to publication). Bhutto's own death (named, no count word) is not "
                    "counted.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("four police officers", num="four", value=4), location=L("Pakistan", "PAK", None, None, None, 4),
             date=AFTER, source=S("According to officials"), trigger=T("deaths", at="32 deaths"), part_of="e1",
             notes="'including those of four police officers' -> killed 4 police, part of the 32."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("23 of the deaths", num="23", value=23), location=L("Sindh", "PAK", "Sindh", None, None, 3, at="deaths were in Sindh"),
             date=AFTER, source=S("According to officials"), trigger=T("deaths", at="of the deaths were"), part_of="e1",
             notes="'23 of the deaths were in Sindh.' -> killed 23, part of the 32."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("a candidate", num="a", value=1, at="killed a candidate"),
             location=L("the Northwest", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=D("2007-12-27/2007-12-28", "since her death", derived_from_context=True, approx=True), source=None,
             trigger=T("killed", at="killed a candidate"),
             notes=("'an election meeting in the Northwest suffered a bomb attack that killed a candidate for Musharrif's "
                    "party and seven others' -> killed 1 candidate (civilian true). Dated to the aftermath period "
                    "(derived, approximate). Whether these deaths are among the officials' 32 is not said (no part_of).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("seven others", num="seven", value=7),
             location=L("the Northwest", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=D("2007-12-27/2007-12-28", "since her death", derived_from_context=True, approx=True), source=None,
             trigger=T("killed", at="killed a candidate"), notes="'... and seven others' -> killed 7 at the same election meeting."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one", num="one", value=1, at="one was killed in the city"),
             location=L("the city of Lahore", "PAK", "Punjab", 31.55, 74.34, 1),
             date=D("2007-12-27/2007-12-28", "since her death", derived_from_context=True, approx=True), source=None,
             trigger=T("killed", at="one was killed in the city"), notes="'whilst one was killed in the city of Lahore' -> killed 1."),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("68 people", num="68", value=68), location=L("an Indian train heading for Pakistan", "IND", None, None, None, 4),
             date=D("2007-02", "in February"), source=None, trigger=T("died", at="68 people died"),
             notes="'Extremists are known to attack trains, including one attack in February where 68 people died on an Indian train heading for Pakistan.' -> killed 68, February 2007 (the Samjhauta Express bombing, not named). Location: the train, India (country only)."),
    ],
    hard_negatives=[
        H("Benazir Bhutto , who was killed", "death of a named individual with no count word"),
        H("scores of people set up roadblocks", "rioters, not an event type"),
        H("hundreds of cars", "count of vehicles"),
        H("Thousands lined the way", "mourners, not an event type"),
        H("their three children", "family members, not an event"),
        H("Bhutto's two brothers, whose deaths", "deaths of named relatives years earlier, 'officially unexplained'; no conflict claim here"),
        H("7km", "distance"),
    ])

# ---------------------------------------------------------------- Tibet 2008: Lhasa
LHASA = L("Lhasa", "CHN", "Tibet", 29.65, 91.10, 1)
FRI_LH = D("2008-03-14", "on Friday", derived_from_context=True)
ANN["wn_2008_03_14_china_lhasa_tibet_protests"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("At least two protesters", num="two", value=2, low=2, qualifier="at least"), location=LHASA,
             date=D("2008-03-14", "on Friday"), source=None, trigger=T("shot dead"), hedge="are reported",
             notes="'At least two protesters are reported to have been shot dead by riot police.' -> killed, at least 2; Friday in a Friday story = 14 March 2008. Tibetan protesters: actor null (nationality not stated), civilian true."),
        dict(id="e2", type="presence", actor=A("CHN"), civilian=False,
             count=C("hundreds of police forces", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=L("the city's main square", "CHN", "Tibet", 29.65, 91.13, 2), date=FRI_LH,
             source=S("An eyewitness report describes"), trigger=T("barricading"),
             notes="'An eyewitness report describes hundreds of police forces barricading the city's main square' -> presence, hundreds (Chinese police, civilian false)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("50 or 60 of the monks", num="50 or 60", value=None, low=50, high=60, approx=True, qualifier="50 or 60"),
             location=L("Lhasa", "CHN", "Tibet", 29.65, 91.10, 1, at="marched in Lhasa"),
             date=D("2008-03-10", "on Monday", derived_from_context=True), source=None, trigger=T("arrested", at="monks were arrested"),
             notes="'The protests began rather peacefully on Monday, when a group of monks marched in Lhasa ... When 50 or 60 of the monks were arrested' -> captured, 50 to 60 (low 50, high 60); Monday = 10 March 2008 (derived)."),
        dict(id="e4", type="presence", actor=A("CHN"), civilian=False,
             count=C("1,000 police", num="1,000", value=1000),
             location=L("a market near the Jokhang temple", "CHN", "Tibet", 29.65, 91.13, 2), date=FRI_LH,
             source=S("according to a witness cited by the Free Tibet Campaign"), trigger=T("confronted"),
             notes="'Around 400 protesters gathered at a market near the Jokhang temple, where they were confronted by 1,000 police' -> presence 1,000 police; the day is the Friday of the lede (derived, close call). The 400 protesters are not a force (hard negative)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("CHN"), civilian=False,
             count=C("two soldiers", num="two", value=2), location=L("Barkhor", "CHN", "Tibet", 29.65, 91.13, 2),
             date=FRI_LH, source=S("one man said"), trigger=T("killed", at="soldiers have been killed"),
             notes="'Near Barkhor, one man said that two soldiers have been killed' -> killed 2 soldiers (Chinese, from context)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("70 people", num="70", value=70), location=L("Tibet", "CHN", "Tibet", None, None, 3, at="phone calls from Tibet"),
             date=D(None), source=S("Psurbu Tsering"), trigger=T("killed", at="70 people had been killed"),
             hedge="could not be verified",
             notes="'Psurbu Tsering of the \"Tibetan Association of New York and New Jersey\" said his members had received phone calls from Tibet, claiming 70 people had been killed and 1,000 arrested in Tibet. These reports could not be verified.' -> killed 70 (claim)."),
        dict(id="e7", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("1,000", num="1,000", value=1000, at="killed and 1,000"),
             location=L("Tibet", "CHN", "Tibet", None, None, 3, at="phone calls from Tibet"), date=D(None),
             source=S("Psurbu Tsering"), trigger=T("arrested", at="1,000 arrested"), hedge="could not be verified",
             notes="'... and 1,000 arrested in Tibet' -> captured 1,000 (same unverified claim)."),
        dict(id="e8", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("Around 12 monks", num="12", value=12, approx=True, qualifier="around"),
             location=L("Kathmandu", "NPL", "Bagmati", 27.71, 85.32, 1), date=D(None), source=None,
             trigger=T("injured", at="monks were injured"),
             notes="'Similar protests were seen in Nepal's capital of Kathmandu, where 1,000 protesters, including monks, gathered ... Around 12 monks were injured.' -> wounded ~12; no day given."),
        dict(id="e9", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("six Tibetans", num="six", value=6),
             location=L("the United Nations  building in New York City", "USA", "New York", 40.75, -73.97, 1),
             date=D(None), source=None, trigger=T("arrested", at="six Tibetans were arrested"),
             notes="'In the United States, six Tibetans were arrested after holding protests outside the United Nations building in New York City.' -> captured 6."),
    ],
    hard_negatives=[
        H("Around 400 protesters", "protesters, not an armed force"),
        H("1,000 protesters", "protesters at a rally, not an event type"),
        H("hundreds of other monks", "protesters, not an event type"),
        H("49th anniversary", "ordinal of an anniversary"),
        H("some people had been injured", "injured with no quantity"),
    ])

# ---------------------------------------------------------------- Sudan 2008: West Darfur villages
JANFEB = D("2008-01/2008-02", "in January and February", derived_from_context=True)
ANN["wn_2008_03_20_sudan_west_darfur_village_attacks"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("a total of 115 people", num="115", value=115),
             location=L("West Darfur", "SDN", "West Darfur", None, None, 3),
             date=JANFEB, source=S("according to the report"), trigger=T("dead", at="115 people dead"), is_total=True,
             notes=("'The attacks, which involved aerial bombardment in two of the villages, left a total of 115 people "
                    "dead and over 30,000 forcibly displaced, according to the report.' -> killed 115 in the four West "
                    "Darfur villages, January-February 2008 (dated from the next paragraph; derived). The itemised "
                    "tolls (26 + 30 + 45 = 101; none given for Silea) do not add up to 115 (kept as written).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("SDN"), civilian=True,
             count=C("26 civilians", num="26", value=26), location=L("Saraf Jidad", "SDN", "West Darfur", 13.90, 22.60, 1, at="In Saraf Jidad"),
             date=D("2008-01", "in January"), source=None, trigger=T("killed", at="civilians were killed"), part_of="e1",
             notes="'In Saraf Jidad, which was attacked three times in January, 26 civilians were killed' -> killed 26 (civilians in Darfur -> SDN, plainly implied). Village coordinates here and below are the annotator's rough estimates (the northern corridor north of El Geneina)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("SDN"), civilian=True,
             count=C("One of the victims", num="One", value=1), location=L("Saraf Jidad", "SDN", "West Darfur", 13.90, 22.60, 1, at="In Saraf Jidad"),
             date=D("2008-01-24", "the January 24 attack"), source=None, trigger=T("injured", at="arms injured"),
             notes="'One of the victims from Saraf Jidad, who was around 80 years old, recalled the January 24 attack. ... \"... I had my arms injured by the fire.\"' -> wounded 1 (close call: counted by 'One of the victims'; his age is not a count)."),
        dict(id="e4", type="presence", actor=A(None), civilian=False,
             count=C("four", num="four", value=4, at="They were four"), location=L("Saraf Jidad", "SDN", "West Darfur", 13.90, 22.60, 1, at="In Saraf Jidad"),
             date=D("2008-01-24", "the January 24 attack", derived_from_context=True), source=S("he said", at="entered my house"),
             trigger=T("entered my house"),
             notes="'\"The attackers entered my house,\" he said. \"They were four, in military uniforms.\"' -> presence of an attacking party of 4 (GUIDELINES 2); uniformed attackers of unstated side -> actor null."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("SDN"), civilian=None,
             count=C("30 people", num="30", value=30), location=L("Abu Suruj", "SDN", "West Darfur", 13.68, 22.53, 1, at="village of Abu Suruj"),
             date=JANFEB, source=None, trigger=T("killed", at="30 people were killed"), part_of="e1",
             notes="'The village of Abu Suruj was also bombed ... over 75 percent of the town was burnt down by ground troops, and 30 people were killed.' -> killed 30 (villagers; 'people' -> civilian null; actor SDN from the Darfur villages, close call); the day is not given (the January-February campaign, derived)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("SDN"), civilian=None,
             count=C("45 people", num="45", value=45), location=L("Sirba", "SDN", "West Darfur", 13.56, 22.53, 1, at="In Sirba"),
             date=JANFEB, source=None, trigger=T("killed", at="45 people were killed"), part_of="e1",
             notes="'In Sirba, ... Half of the village was burned down and 45 people were killed.' -> killed 45."),
    ],
    hard_negatives=[
        H("over 30,000 forcibly displaced", "displaced people (GUIDELINES 2)"),
        H("10,600", "population displaced, not an event type"),
        H("three aerial bombardments", "count of incidents"),
        H("at least 10 women", "victims of rape, not an event type of the schema"),
        H("four girls", "victims of rape, not an event type of the schema"),
        H("four-year-old brother", "age; a person not hurt"),
        H("75 percent", "percentage of a town burnt"),
        H("no casualties were reported", "negated casualties"),
    ])

# ---------------------------------------------------------------- Georgia/Abkhazia 2008: bomb blasts
ABKH = L("Abkhazia", "GEO", "Abkhazia", None, None, 3)
ANN["wn_2008_06_30_georgia_abkhazia_bomb_blasts"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Several people", num="Several", value=None, low=3, approx=True, qualifier="several"),
             location=ABKH, date=D("2008-06-29/2008-06-30", "today and on Sunday"), source=None, trigger=T("injured"),
             notes=("'Several people have been injured in the blasts which occurred today and on Sunday when two bombs "
                    "exploded in Gagra. Today's blast happened in Sukhumi' -> wounded, several, in two towns (Gagra, "
                    "Sukhumi) -> location the region; interval Sunday-Monday.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("GEO", "Georgians", at="several Georgians"), civilian=None,
             count=C("several Georgians", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=ABKH, date=D(None), source=S("The region's foreign minister said"), trigger=T("caught"),
             notes="'The region's foreign minister said, \"... We have already caught several Georgians in similar circumstances.\"' -> captured, several; no date."),
    ],
    hard_negatives=[
        H("two bombs", "count of bombs"),
        H("Thousands of Georgians", "border crossers, not an event type"),
    ])

# ---------------------------------------------------------------- Mongolia 2008: Ulaanbaatar riot
UB = L("Ulaanbaatar", "MNG", "Ulaanbaatar", 47.92, 106.92, 1)
TUE_UB = D("2008-07-01", "on Tuesday", derived_from_context=True)
ANN["wn_2008_07_02_mongolia_ulaanbaatar_riots"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("5 people", num="5", value=5), location=UB, date=TUE_UB, source=None,
             trigger=T("killed", at="5 people have been killed"), hedge="Reports state",
             notes="'Reports state that 5 people have been killed, and over 300 injured.' -> killed 5; the riot was on Tuesday (1 July 2008, from the second paragraph; derived). 'Reports state' names no speaker -> hedge."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over 300", num="300", value=300, low=300, qualifier="over"), location=UB, date=TUE_UB, source=None,
             trigger=T("injured", at="over 300 injured"), hedge="Reports state", is_total=True,
             notes="'... and over 300 injured. The injured were police and protesters alike' -> wounded, more than 300 (mixed -> actor and civilian null)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("JPN", "Japanese"), civilian=True,
             count=C("a Japanese  citizen", num="a", value=1), location=UB, date=TUE_UB, source=None,
             trigger=T("injured", at="Among the injured"), part_of="e2",
             notes="'Among the injured was a Japanese citizen, who was reportedly flown to Japan in the morning.' -> wounded 1, part of the 300."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("MNG"), civilian=True,
             count=C("about 700 protesters", num="700", value=700, approx=True, qualifier="about"), location=UB,
             date=TUE_UB, source=None, trigger=T("detained", at="protesters were detained"),
             notes="'As the police and army were deployed, about 700 protesters were detained.' -> captured ~700 (protesters in Ulaanbaatar -> MNG, plainly implied)."),
    ],
    hard_negatives=[
        H("four-day state of emergency", "duration"),
        H("10pm and 8am", "times of a curfew"),
        H("18:00", "time of day"),
    ])

# ---------------------------------------------------------------- Nigeria 2008: Bonny Island
ANN["wn_2008_07_17_nigeria_bonny_island_threat"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("nine people", num="nine", value=9), location=L("Bonny Island", "NGA", "Rivers", 4.45, 7.17, 1),
             date=D("2008-07-03", "two weeks ago", approx=True), source=None, trigger=T("killing"),
             notes="'The militants first visited Bonny Island, the town involved, two weeks ago, killing nine people.' -> killed 9; 'two weeks ago' from 17 July = about 3 July 2008 (approx)."),
    ],
    hard_negatives=[
        H("Thousands of people have fled", "displaced people (GUIDELINES 2)"),
        H("100,000", "population of a city"),
    ])

# ---------------------------------------------------------------- Nigeria 2008: Jos riots
JOS = L("Jos", "NGA", "Plateau", 9.90, 8.86, 1)
JOS_D = D("2008-11-28/2008-11-30", "in the last two days", derived_from_context=True)
ANN["wn_2008_11_30_nigeria_jos_riots"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("around 400 people", num="400", value=400, approx=True, qualifier="around"), location=JOS,
             date=JOS_D, source=S("According to a French journalist and the imam  of the local mosque"),
             trigger=T("killed", at="have been killed in the riots"), alt_mentions=[S("about 400 bodies")],
             notes=("'According to a French journalist and the imam of the local mosque, around 400 people have been killed "
                    "in the riots' -> killed ~400; the imam's quote 'about 400 bodies have been brought to the mosque' "
                    "restates it. Dated with the clergyman's 'in the last two days since the riots started' (28-30 "
                    "November 2008, derived).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("twenty deaths", num="twenty", value=20), location=JOS, date=JOS_D, source=S("early reports showed"),
             trigger=T("deaths", at="twenty deaths"),
             notes="'despite the fact that early reports showed only twenty deaths' -> a separate, earlier figure (GUIDELINES 6)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Hundreds of people", num="Hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=JOS, date=D("2008-11-28/2008-11-30", "in the last two days"), source=S("Yakumu Pam"),
             trigger=T("killed", at="have been killed in the last"),
             notes="'Yakumu Pam, a Christian clergyman in Jos, also commented ... \"Hundreds of people have been killed in the last two days since the riots started,\" he stated.' -> killed, hundreds (a third source)."),
    ],
    hard_negatives=[
        H("Remains of burned bodies", "no quantity"),
    ])

# ---------------------------------------------------------------- Philippines 2009: ICRC abduction in Sulu
PATIKUL = L("Patikul, Sulu", "PHL", "Sulu", 6.04, 121.11, 1)
THU_SU = D("2009-01-15", "On Thursday", derived_from_context=True)
ANN["wn_2009_01_18_philippines_sulu_icrc_abduction"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(["CHE", "ITA", "PHL"]), civilian=True,
             count=C("three representatives", num="three", value=3), location=PATIKUL,
             date=D("2009-01-15", "On Thursday"), source=S("the Armed Forces of the Philippines  reported"),
             trigger=T("abducted", at="were abducted in Patikul"),
             alt_mentions=[S("the three hostages"), S("The three workers"), S("the three victims")],
             notes=("'On Thursday, the Armed Forces of the Philippines reported that three representatives of the "
                    "International Committee of the Red Cross (ICRC) were abducted in Patikul, Sulu.' -> captured 3 "
                    "(Swiss, Italian, Filipino -> list actor; aid workers -> civilian true). The abduction was also on "
                    "Thursday ('seized the ICRC representatives Thursday'). Later 'the three hostages', 'The three "
                    "workers', 'the three victims' restate it.")),
        dict(id="e2", type="presence", actor=A("Abu Sayyaf", "Abu Sayyaf", at="Islamist Abu Sayyaf"), civilian=False,
             count=C("about 30 gunmen", num="30", value=30, approx=True, qualifier="about"),
             location=L("a wooded area of Indanan", "PHL", "Sulu", 6.00, 120.96, 2),
             date=D("2009-01-16", "late Friday"), source=S("According to Chief Superintendent Bensali Jabarani"),
             trigger=T("guarding"),
             notes=("'there were reports of sightings of the captives late Friday in a wooded area of Indanan in the "
                    "interior of Jolo. \"...,\" said Jabarani, adding a group of about 30 gunmen were guarding the three "
                    "hostages.' -> presence ~30; the kidnappers are identified as Abu Sayyaf later in the text (actor "
                    "upgraded from 'gunmen'; close call). Friday = 16 January 2009.")),
        dict(id="e3", type="presence", actor=A("Abu Sayyaf", "Abu Sayyaf", at="Islamist Abu Sayyaf"), civilian=False,
             count=C("at least eight motorcycle-riding armed men", num="eight", value=8, low=8, qualifier="at least"),
             location=PATIKUL, date=THU_SU, source=S("According to Sen. Richard Gordon"), trigger=T("intercepted them"),
             notes="'According to Sen. Richard Gordon, ... the ICRC workers ... were driving to Jolo Airport after visiting a provincial jail when at least eight motorcycle-riding armed men intercepted them.' -> presence of the attacking force, at least 8 (one source)."),
        dict(id="e4", type="presence", actor=A("Abu Sayyaf", "Abu Sayyaf", at="Islamist Abu Sayyaf"), civilian=False,
             count=C("a dozen gunmen", num="a dozen", value=12, qualifier="a dozen"), location=PATIKUL, date=THU_SU,
             source=S("an ICRC staff member said"), trigger=T("kidnapped the workers"), is_total=True,
             notes="'Six young boys are among a dozen gunmen who kidnapped the workers, an ICRC staff member said Friday.' -> presence 12, a second source's size of the same force (separate claim, GUIDELINES 6)."),
        dict(id="e5", type="presence", actor=A("Abu Sayyaf", "Abu Sayyaf", at="Islamist Abu Sayyaf"), civilian=False,
             count=C("Six young boys", num="Six", value=6), location=PATIKUL, date=THU_SU,
             source=S("an ICRC staff member said"), trigger=T("kidnapped the workers"), part_of="e4",
             notes="'Six young boys are among a dozen gunmen' -> presence 6, part of the 12 (armed boys -> civilian false)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one", num="one", value=1, at="one was killed"),
             location=L("the Sulu Provincial Jail", "PHL", "Sulu", 6.05, 121.00, 1), date=D(None), source=None,
             trigger=T("killed", at="one was killed"),
             notes="'to conduct a probe into the jailbreak wherein 12 local prisoners escaped and one was killed' -> killed 1 in the jailbreak (close call on scope: a violent death in a jailbreak); the jail from 'officials of the Sulu Provincial Jail'. No date."),
        dict(id="e7", type="casualty", outcome="captured", actor=A("PHL"), civilian=True,
             count=C("two other staff", num="two", value=2), location=None, date=D("2008-06", "last June"), source=None,
             trigger=T("kidnapping last June"),
             notes="'Parad's group was also blamed for the kidnapping last June of ABS-CBN news anchor and two other staff of the network.' -> captured 2 (the anchor's name was lost in conversion, so only the 'two other staff' are counted); Filipino network -> PHL; June 2008."),
        dict(id="e8", type="presence", actor=A("Abu Sayyaf"), civilian=False,
             count=C("340 members", num="340", value=340),
             location=L("Sulu and Basilan provinces", "PHL", None, None, None, 3), date=D(None), source=None,
             trigger=T("remain active"),
             notes="'The Group's 340 members remain active in Sulu and Basilan provinces.' -> presence 340 (the group's name was lost in conversion: 'The  is one of several militant groups'; it is the Abu Sayyaf of the previous paragraphs -> actor without surface). Two provinces -> admin1 null."),
    ],
    hard_negatives=[
        H("age 38", "age"),
        H("5 million dollars", "ransom"),
        H("Two calls", "count of phone calls"),
        H("released Dr. Richie Sorilla", "release of three named individuals listed by name, no count word"),
        H("12 local prisoners", "escaped prisoners, not an event type"),
        H("almost 30 years", "duration"),
    ])

# ---------------------------------------------------------------- Guadeloupe 2009: strike violence
PAP = L("a barricade in Pointe-à-Pitre", "GLP", None, 16.24, -61.53, 1)
ANN["wn_2009_02_19_guadeloupe_strike_violence"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("A union official", num="A", value=1), location=PAP, date=D(None), source=None,
             trigger=T("killed", at="reported killed"), hedge="has been reported",
             notes="'A union official, Jacques Bino, has been reported killed by armed youths at a barricade in Pointe-à-Pitre' -> killed 1 (a singular determiner on a person noun, name in apposition; close call). No day. Guadeloupe has its own ISO code (GLP)."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("FRA"), civilian=False,
             count=C("Three police officers", num="Three", value=3), location=PAP, date=D(None), source=None,
             trigger=T("injured"),
             notes="'Three police officers were injured when they tried to reach the scene.' -> wounded 3 (police of France's overseas department -> FRA, close call)."),
        dict(id="e3", type="deployment", actor=A("FRA", "France", at="said that France"), civilian=False,
             count=C("260 National Gendarmerie  officers", num="260", value=260),
             location=L("Guadeloupe", "GLP", None, None, None, 4, at="Violence has erupted in Guadeloupe"), date=D(None),
             source=S("French Interior Minister Michèle Alliot-Marie  said"), trigger=T("sending"),
             notes="'French Interior Minister Michèle Alliot-Marie said that France is sending 260 National Gendarmerie officers to quell the violence.' -> deployment 260 to Guadeloupe (destination from context); 'is sending' (under way, not planned); no date."),
    ],
    hard_negatives=[
        H("$250 per month", "money"),
        H("190 million", "money"),
        H("a month-long general strike", "duration"),
    ])

# ---------------------------------------------------------------- Somalia 2009: Maersk Alabama
SEA_SOM = L("about five hundred kilometers from Somalia's coast", "SOM", None, None, None, 4)
WED_MA = D("2009-04-08", "on Wednesday", derived_from_context=True)
ANN["wn_2009_04_09_somalia_maersk_alabama_pirates"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("pirates"), civilian=False,
             count=C("four Somali  pirates", num="four", value=4), location=SEA_SOM, date=D("2009-04-08", "on Wednesday"),
             source=None, trigger=T("retake the craft"), alt_mentions=[S("the four pirates")],
             notes=("'The crew of a United States-flagged ship managed to retake the craft from four Somali pirates on "
                    "Wednesday' -> presence of the attacking force, 4 (pirates: a non-state group; 'Somali' is their "
                    "nationality, not a state force). The ship was attacked about 500 km off Somalia (open sea -> "
                    "country only). Wednesday = 8 April 2009.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("pirates"), civilian=False,
             count=C("one of the pirates", num="one", value=1), location=SEA_SOM, date=WED_MA, source=None,
             trigger=T("taken one of the pirates hostage"), alt_mentions=[S("a pirate", at="We had a pirate")],
             notes="'The ship's crew had taken one of the pirates hostage in an attempt to swap him for the captain' -> captured 1 (restated in Quinn's 'We had a pirate we took'); 'The crew returned the pirate' has no count word and is not a separate event."),
    ],
    hard_negatives=[
        H("the boat's captain", "the hostage is a definite description with no count word (GUIDELINES 2)"),
        H("six other vessels", "count of ships"),
        H("Twenty US crew members", "crew aboard, not captured (they retook the ship) and not a deployment"),
        H("12 hours", "duration"),
        H("sixth ship", "ordinal count of ships"),
        H("17,000-tonne", "tonnage"),
    ])

# ---------------------------------------------------------------- Indian Ocean 2011: tankers hijacked
ANN["wn_2011_02_11_indian_ocean_tankers_hijacked"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("660 hostages", num="660", value=660), location=None, date=D(None), source=None,
             trigger=T("control 29 ships and 660 hostages"), cumulative=True,
             notes="'After these attacks, pirates now control 29 ships and 660 hostages' -> captured 660, the pirates' current total (a running total with no start -> date null; no single place)."),
        dict(id="e2", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("17 crew members", num="17", value=17), location=L("670 miles east of Socotra Island", None, None, None, None, 4),
             date=D("2011-02-08", "Early Tuesday", derived_from_context=True), source=None, trigger=T("boarded", at="pirates boarded"),
             notes=("'Early Tuesday, an Italian ship, MV Savina Caylin, was boarded 670 miles east of Socotra Island. ... 17 "
                    "crew members were on board when at least 5 pirates boarded.' -> captured 17: the crew of a hijacked "
                    "ship (implied capture, close call; the headline and lede say the tankers were hijacked). Crew "
                    "nationality not given -> actor null. Open sea -> no country (precision 4). Tuesday = 8 February 2011.")),
        dict(id="e3", type="presence", actor=A("pirates"), civilian=False,
             count=C("at least 5 pirates", num="5", value=5, low=5, qualifier="at least"),
             location=L("670 miles east of Socotra Island", None, None, None, None, 4),
             date=D("2011-02-08", "Early Tuesday", derived_from_context=True), source=None, trigger=T("boarded", at="pirates boarded"),
             notes="'when at least 5 pirates boarded' -> presence of the attacking force, at least 5."),
        dict(id="e4", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("25 crew members", num="25", value=25), location=L("off the coast of Oman", "OMN", None, None, None, 4, at="Wednesday on a Greek"),
             date=D("2011-02-09", "Wednesday", derived_from_context=True),
             source=S("Greek company Enesel SA, which manages the ship, reported"), trigger=T("attack", at="similar attack"),
             notes="'A similar attack occurred Wednesday on a Greek tanker ... off the coast of Oman. Greek company Enesel SA, which manages the ship, reported that 25 crew members were on board.' -> captured 25 (implied by the hijacking; close call). Wednesday = 9 February 2011."),
    ],
    hard_negatives=[
        H("29 ships", "count of ships"),
        H("two tankers", "count of ships"),
        H("374,255 metric tons", "cargo"),
        H("no one was injured", "negated casualties"),
        H("500 miles", "distance"),
    ])

# ---------------------------------------------------------------- USA 2019: Charlottesville sentencing
CVILLE = L("Charlottesville, Virginia", "USA", "Virginia", 38.03, -78.48, 1)
ANN["wn_2019_07_01_us_charlottesville_sentence"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("a woman", num="a", value=1, at="killed a woman"), location=CVILLE,
             date=D("2017-08", "August 2017", derived_from_context=True), source=None, trigger=T("killed", at="killed a woman"),
             notes="'In that event, Fields, a self-described Neo-Nazi, killed a woman named Heather Heyer and injured at least nineteen others.' -> killed 1 counter-protester (civilian true); 'that event' = driving into the crowd at the August 2017 rally (derived)."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("at least nineteen others", num="nineteen", value=19, low=19, qualifier="at least"), location=CVILLE,
             date=D("2017-08", "August 2017", derived_from_context=True), source=None, trigger=T("injured"),
             notes="'... and injured at least nineteen others' -> wounded, at least 19."),
    ],
    hard_negatives=[
        H("29 out of 30", "count of charges"),
        H("419 years", "duration of a sentence"),
        H("now 22", "age"),
    ])

# ---------------------------------------------------------------- Hong Kong 2019: protester shot
YEST_HK = D("2019-10-01", "yesterday")
ANN["wn_2019_10_02_hong_kong_protester_shot"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("a protester", num="a", value=1, at="live round on a protester"),
             location=L("the Tsuen Wan district", "HKG", "Tsuen Wan", 22.37, 114.11, 2), date=YEST_HK, source=None,
             trigger=T("landed a live round"), alt_mentions=[S("one person", at="shot at one person")],
             notes=("'police fired and landed a live round on a protester yesterday. The victim, eighteen-years-old and a "
                    "high school student, was taken to the hospital for emergency surgery' -> wounded 1 (shot, critical); "
                    "the video's 'shot at one person' restates it. Tsuen Wan district, part of Hong Kong -> precision 2.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("one of them", num="one", value=1, at="after one of them"), location=None, date=YEST_HK, source=None,
             trigger=T("injured in the face"),
             notes="'the news network RTHK withdrew its reporters from the field after one of them was injured in the face' -> wounded 1 journalist; no place ('the evening' of the same day)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Sixty-six people or more", num="Sixty-six", value=66, low=66, qualifier="or more"),
             location=L("Hong Kong", "HKG", None, None, None, 3, at="protests in Hong Kong"), date=D("2019-10-01", "yesterday", at="were injured yesterday"),
             source=S("according to health officials"), trigger=T("injured", at="or more were injured"),
             notes="'Sixty-six people or more were injured yesterday according to health officials, ranging in age from eleven to 75.' -> wounded, 66 or more (territory-wide). Whether it includes e1 and e2 is not said (no part_of)."),
    ],
    hard_negatives=[
        H("sixteen weeks", "duration"),
        H("eighteen-years-old", "age"),
        H("eleven to 75", "ages"),
        H("70th anniversary", "ordinal of an anniversary"),
    ])

# ---------------------------------------------------------------- Belarus 2020: rally and arrests
ANN["wn_2020_08_03_belarus_minsk_rally_arrests"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("RUS", "Russian", at="33 Russian"), civilian=None,
             count=C("33 Russian individuals", num="33", value=33),
             location=L("Belarus", "BLR", None, None, None, 4, at="Minsk, Belarus"),
             date=D("2020-07-29/2020-07-30", "Within roughly a day before the event", approx=True), source=None,
             trigger=T("arrested", at="KGB arrested"),
             notes=("'Within roughly a day before the event, Belarusian KGB arrested 33 Russian individuals, claiming them "
                    "to be mercenaries' -> captured 33 (the KGB's claim that they are mercenaries is not confirmed -> "
                    "civilian null). The event is the Thursday rally (30 July 2020) -> interval 29-30 July, approx. The "
                    "text gives no place for the arrests -> the country.")),
    ],
    hard_negatives=[
        H("several tens of thousands of people", "rally crowd, not an event type"),
        H("18,250 to 63,000 visitors", "rally attendance, not an event type"),
        H("her husband Siarhei, who was arrested in May", "arrest of a named individual, no count word"),
        H("Viktar Babaryka, who was arrested", "arrest of a named individual, no count word"),
    ])

# ---------------------------------------------------------------- USA 2020: Kenosha shooting
KEN = L("Kenosha, Wisconsin, United States", "USA", "Wisconsin", 42.58, -87.82, 1)
ANN["wn_2020_11_22_us_kenosha_suspect_bond"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("two people", num="two", value=2), location=KEN, date=D(None), source=None, trigger=T("dead"),
             alt_mentions=[S("two people", at="shooting and killing two")],
             notes=("'Kyle Rittenhouse, the suspect in a shooting of protesters in Kenosha, Wisconsin, United States that left "
                    "two people dead' -> killed 2 protesters (civilian true); restated as 'shooting and killing two people "
                    "who were participating in demonstrations'. The text gives no date for the shooting ('that night').")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("One other person", num="One", value=1), location=KEN, date=D(None), source=None, trigger=T("injured"),
             notes="'One other person was injured in the altercation.' -> wounded 1."),
    ],
    hard_negatives=[
        H("US$2 million", "money"),
        H("the shooting of Jacob Blake", "shooting of a named individual, no count word"),
        H("A suspect in Wisconsin has been charged", "charge against one unnamed suspect, not an arrest in the text"),
    ])

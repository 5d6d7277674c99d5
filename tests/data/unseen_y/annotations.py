# -*- coding: utf-8 -*-
"""Gold annotations of set (y), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, districts and countries, as in
sets (g)-(x)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset from a city,
3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Thailand 2005: Pattani temple
PATTANI = L("southern province of Pattani", "THA", "Pattani", None, None, 3)
ANN["wn_2005_10_16_thailand_pattani_temple_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("THA"), civilian=True,
             count=C("three", value=3), location=PATTANI,
             date=D("2005-10-16", "in the early hours of Sunday morning", derived_from_context=True), source=None,
             trigger=T("killed", at="among three killed"), is_total=True,
             notes=("'a Buddhist monk was among three killed by insurgents attacking a temple' -> killed, value 3, total "
                    "(the monk and the two teenage boys found later). Victims are a monk and boys helping at the temple -> "
                    "civilian; Thai by plain implication (a temple in Thailand's Pattani province), actor surface null. "
                    "Date from the next sentence ('the early hours of Sunday morning'; Sunday story).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("THA"), civilian=True,
             count=C("a Buddhist  monk", num="a", value=1), location=PATTANI,
             date=D("2005-10-16", "in the early hours of Sunday morning", derived_from_context=True), source=None,
             trigger=T("killed", at="among three killed"), part_of="e1",
             notes="'a Buddhist monk was among three killed' -> value 1 (singular determiner), part of the three."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("THA"), civilian=True,
             count=C("two teenage boys", num="two", value=2), location=PATTANI,
             date=D("2005-10-16", "in the early hours of Sunday morning", derived_from_context=True), source=None,
             trigger=T("died", at="Both had died"), part_of="e1",
             notes=("'police investigators found the bodies of two teenage boys who had been helping at the temple. Both had "
                    "died from gunshot wounds.' -> killed, value 2, part of the three.")),
        dict(id="e4", type="presence", actor=A("militants", "militants", at="muslim militants"), civilian=False,
             count=C("Around ten", num="ten", value=10, approx=True, qualifier="around"), location=PATTANI,
             date=D("2005-10-16", "in the early hours of Sunday morning"), source=None, trigger=T("took part"),
             notes=("'Around ten suspected muslim militants took part in the fifteen minute long attack' -> size of the "
                    "attacking force (presence, GUIDELINES 2), approx.")),
    ],
    hard_negatives=[
        H("fifteen minute", "duration"),
        H("76-year-old", "age of the monk already counted"),
    ])

# ---------------------------------------------------------------- Kenya 2005: cattle raid in northern Kenya
NKEN = L("northern Kenya", "KEN", None, None, None, 3)
ANN["wn_2005_07_13_kenya_northern_cattle_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("KEN", "Kenyans"), civilian=True,
             count=C("as many as 55", num="55", value=55, high=55, approx=True, qualifier="as many as"), location=NKEN,
             date=D(None), source=None, trigger=T("killed", at="Kenyans were killed"), is_total=True,
             notes=("'During a raid by cattle rustlers in northern Kenya, as many as 55 Kenyans were killed, twenty of them "
                    "children.' -> killed, high 55 ('as many as'), total. Civilian true: the body describes whole families "
                    "and children killed in a livestock raid on the Gabra (close call: 'Kenyans' alone would be null). No "
                    "day is given in the text -> date null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("KEN"), civilian=True,
             count=C("twenty", value=20, at="twenty of them"), location=NKEN, date=D(None), source=None,
             trigger=T("killed", at="Kenyans were killed"), part_of="e1",
             notes="'twenty of them children' -> part of the 55."),
        dict(id="e3", type="presence", actor=A("Borana", "Borana", at="the Borana  tribe"), civilian=False,
             count=C("Up to 400", num="400", value=400, high=400, approx=True, qualifier="up to"), location=NKEN,
             date=D(None), source=None, trigger=T("attacked", at="Ethiopia  attacked"),
             notes=("'Up to 400 members of the Borana tribe living across the border in Ethiopia attacked the nomadic Gabra "
                    "people' -> size of the attacking force (presence). Actor: the group name the text uses ('Borana'); "
                    "they live in Ethiopia but the text does not make them Ethiopian forces.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("Borana", "Borana", at="raid on the Borana"),
             civilian=None, count=C("six people", num="six", value=6), location=None, date=D(None, "earlier", at="an earlier raid"),
             source=None, trigger=T("killed", at="six people were killed"), hedge="may",
             notes=("'The attack may be in retaliation for an earlier raid on the Borana, in which six people were killed.' -> "
                    "killed, value 6; victims of a raid on the Borana -> actor Borana; 'people' -> civilian null. No place; "
                    "'earlier' is kept as surface with value null.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("KEN"), civilian=True,
             count=C("four children", num="four", value=4), location=NKEN, date=D(None), source=None,
             trigger=T("murdered"), part_of="e1",
             notes=("'Okille Hukha survived ..., but his wife and four children were murdered.' -> four children killed, part "
                    "of the 55 ('his wife' has no count word and is not annotated separately; close call against a "
                    "conjunction value 5).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("KEN"), civilian=True,
             count=C("her four children", num="four", value=4), location=NKEN, date=D(None), source=None,
             trigger=T("killed", at="her four children were killed"), part_of="e1",
             notes="'A woman watched as her four children were killed, and her husband beheaded.' -> four children killed, part of the 55."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("Borana", "Borana", at="Ten Borana"), civilian=None,
             count=C("Ten Borana", num="Ten", value=10), location=None, date=D(None, "later", at="later killed"), source=None,
             trigger=T("killed", at="later killed"),
             notes=("'Ten Borana were later killed in a revenge attack.' -> killed, value 10, actor Borana; no place or date "
                    "('later' kept as surface, value null).")),
    ],
    hard_negatives=[
        H("three helicopters", "count of aircraft"),
        H("forty year old", "age"),
        H("Thousands of sheep and goats", "livestock"),
    ])

# ---------------------------------------------------------------- Iraq 2005: Basra consulate convoy
BASRA_OUT = L("the outskirts of Basra", "IRQ", "Basra", 30.51, 47.81, 2)
ANN["wn_2005_07_30_iraq_basra_consulate_convoy"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("GBR", "British", at="two British security"), civilian=None,
             count=C("two", value=2, at="two British security"), location=BASRA_OUT,
             date=D(None), source=None, trigger=T("killed", at="have killed two"), hedge="is reported to have",
             alt_mentions=[S("The two British contractors")],
             notes=("'The attack happened on the outskirts of Basra and is reported to have killed two British security "
                    "contractors' -> killed, GBR; security contractors -> civilian null (as security guards in set (x)). "
                    "The time '09:30 am local time' has no day -> date null. 'The two British contractors were killed in the "
                    "first blast' restates the same deaths (alt_mention).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("IRQ", "Iraqi", at="two Iraqi civilians"), civilian=True,
             count=C("two", value=2, at="two Iraqi civilians"), location=BASRA_OUT, date=D(None), source=None,
             trigger=T("wounded", at="wounded two Iraqi"), hedge="is reported to have",
             alt_mentions=[S("two Iraqi children")],
             notes=("'... and wounded two Iraqi civilians' -> wounded, IRQ, civilian. 'According to the BBC ... John "
                    "Simpson, two Iraqi children were injured after a second explosion' gives the same figure for the "
                    "same wounded people (the civilians helping the convoy) -> restatement (alt_mention), not a new claim "
                    "(GUIDELINES 6; close call).")),
    ],
    hard_negatives=[
        H("At least one car", "count of vehicles"),
        H("09:30", "time of day"),
    ])

# ---------------------------------------------------------------- Iraq 2006: raid near Balad (Isahaqi)
ISAHAQI = L("the village of Isahaqi", "IRQ", "Salah ad Din", 34.1, 44.17, 1)
BAL_D = dict(value="2006-03-15", surface="on Wednesday", at=None)


def bd(**kw):
    return D("2006-03-15", "on Wednesday", derived_from_context=True, **kw)


ANN["wn_2006_03_17_iraq_balad_isahaqi_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("between nine and 13", num="nine and 13", value=None, low=9, high=13, approx=True, qualifier="between"),
             location=ISAHAQI, date=D("2006-03-15", "on Wednesday"), source=None, trigger=T("deaths"),
             notes=("'A U.S. raid near Balad on Wednesday resulted in the deaths of between nine and 13 civilians.' -> "
                    "killed, range 9-13 (value null, low 9, high 13); Iraqi by plain implication. Location: the most "
                    "specific place tied to the raid, 'the village of Isahaqi' (later sentence; coordinates north of "
                    "Balad, annotator's estimate).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("two men", num="two", value=2), location=ISAHAQI, date=bd(),
             source=S("An Associated Press photographer recorded"), trigger=T("bodies"),
             notes="The AP photographer's pictures of 'the bodies of two men, five children, and four covered corpses reported to be women' -> three killed counts (11 in all); implied deaths."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("five children", num="five", value=5), location=ISAHAQI, date=bd(),
             source=S("An Associated Press photographer recorded"), trigger=T("bodies"),
             notes="Photographer's count, second item (see e2)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("four covered corpses", num="four", value=4), location=ISAHAQI, date=bd(),
             source=S("An Associated Press photographer recorded"), trigger=T("corpses"), hedge="reported to be",
             notes="Photographer's count, third item: 'four covered corpses reported to be women' (see e2)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("13 in total", num="13", value=13), location=ISAHAQI, date=bd(),
             source=S("Police Capt. Hakim Azzawi said"), trigger=T("dead", at="13 in total were dead"), is_total=True,
             notes="Police captain: '13 in total were dead, two men, five children, and six women' -> total with three parts."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("two men", num="two", value=2, at="13 in total"), location=ISAHAQI, date=bd(),
             source=S("Police Capt. Hakim Azzawi said"), trigger=T("dead", at="13 in total were dead"), part_of="e5",
             notes="Part of the police captain's 13."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("five children", num="five", value=5, at="13 in total"), location=ISAHAQI, date=bd(),
             source=S("Police Capt. Hakim Azzawi said"), trigger=T("dead", at="13 in total were dead"), part_of="e5",
             notes="Part of the police captain's 13."),
        dict(id="e8", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("six women", num="six", value=6), location=ISAHAQI, date=bd(),
             source=S("Police Capt. Hakim Azzawi said"), trigger=T("dead", at="13 in total were dead"), part_of="e5",
             notes="Part of the police captain's 13."),
        dict(id="e9", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("only four people", num="four", value=4), location=ISAHAQI, date=bd(),
             source=S("said", at="confirmed the attack but said"), trigger=T("died", at="four people died"), is_total=True,
             notes=("'The U.S. military confirmed the attack but said only four people died -- two women, a man and a "
                    "child.' -> the US military's total (a different claim), with three parts. Source: the speaker 'The "
                    "U.S. military' is not adjacent to 'said'; the verb is stored. 'only' is not a bound (qualifier null).")),
        dict(id="e10", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("two women", num="two", value=2, at="only four people"), location=ISAHAQI, date=bd(),
             source=S("said", at="confirmed the attack but said"), trigger=T("died", at="four people died"), part_of="e9",
             notes="Part of the US military's four."),
        dict(id="e11", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("a man", num="a", value=1, at="two women, a man"), location=ISAHAQI, date=bd(),
             source=S("said", at="confirmed the attack but said"), trigger=T("died", at="four people died"), part_of="e9",
             notes="Part of the US military's four (singular determiner)."),
        dict(id="e12", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("a child", num="a", value=1, at="two women, a man"), location=ISAHAQI, date=bd(),
             source=S("said", at="confirmed the attack but said"), trigger=T("died", at="four people died"), part_of="e9",
             notes="Part of the US military's four (singular determiner)."),
        dict(id="e13", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("the 11 dead people", num="11", value=11), location=ISAHAQI, date=bd(),
             source=S("Family of the victims said"), trigger=T("dead", at="11 dead"),
             notes="The family's figure ('the 11 dead people were wrapped in blankets') -> a separate claim from its own source."),
        dict(id="e14", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C('a "foreign fighter facilitator"', num="a", value=1), location=ISAHAQI, date=bd(),
             source=S("The US military said"), trigger=T("taken into coalition custody"),
             notes=("'the raid resulted in a \"foreign fighter facilitator\" being taken into coalition custody' -> "
                    "captured, value 1; an unnamed insurgent -> generic actor 'militants' (section 10).")),
    ],
    hard_negatives=[
        H("three pickup trucks", "vehicles"),
        H("50 miles north of Baghdad", "distance"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Apache down near Youssifiyah
ANN["wn_2006_04_02_iraq_youssifiyah_apache_crash"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "US Army"), civilian=False,
             count=C("two", value=2, at="The two crew-members"),
             location=L("near Youssifiyah , Iraq", "IRQ", "Baghdad", 33.07, 44.25, 2),
             date=D("2006-04-01", "on Saturday", derived_from_context=True), source=S("said by U.S. officials"),
             trigger=T("presumed dead"), hedge="presumed",
             alt_mentions=[S("Two pilots"), S("the two victims")],
             notes=("'The two crew-members of a US Army Apache helicopter which went down near Youssifiyah, Iraq are said by "
                    "U.S. officials to be presumed dead' -> killed (presumed; hedge), not missing: the text calls them "
                    "presumed dead, and the title's 'unaccounted for' is not part of the text. Date: the crash 'on "
                    "Saturday' (next sentence; Sunday story -> 2006-04-01). The statement's 'Two pilots are presumed dead' "
                    "and 'the two victims' are restatements.")),
    ],
    hard_negatives=[
        H("approximately 12 miles", "distance"),
        H("AH-64D", "aircraft model"),
        H("several failed searches", "count of searches"),
    ])

# ---------------------------------------------------------------- India 2006: Nagpur RSS headquarters
NAGPUR = L("the Rashtriya Swayamsevak Sangh  headquarters in Nagpur", "IND", "Maharashtra", 21.15, 79.09, 1)
ANN["wn_2006_06_01_india_nagpur_rss_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants", "militants", at="The militants were driving"),
             civilian=False, count=C("the three men", num="three", value=3), location=NAGPUR,
             date=D("2006-06-01", "early today morning", derived_from_context=True), source=None,
             trigger=T("killed", at="confronted and killed"),
             notes=("The militants 'were confronted and killed by security forces'; their number is given only later, 'The "
                    "identities of the three men is yet to be established.' -> killed, value 3 (count span at the "
                    "anaphoric 'the three men'; close call). Date 'early today morning' (first sentence).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("IND"), civilian=False,
             count=C("two policemen", num="two", value=2), location=NAGPUR,
             date=D("2006-06-01", "early today morning", derived_from_context=True), source=S("Yadav also said"),
             trigger=T("injured", at="had been injured"),
             notes="'Yadav also said that two policemen had been injured in the incident' -> wounded, Indian police (civilian false)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("militants", "militants", at="suspected militants"),
             civilian=False, count=C("Eleven suspected militants", num="Eleven", value=11),
             location=L("Aurangabad", "IND", "Maharashtra", 19.88, 75.34, 1),
             date=D("2006-05", "Last month", derived_from_context=True), source=None, trigger=T("arrested", at="were also arrested"),
             notes=("'Last month the Anti-Terrorist Squad had recovered ... from a jeep in Aurangabad. Eleven suspected "
                    "militants were also arrested.' -> captured (arrest), date and place from the previous sentence.")),
    ],
    hard_negatives=[
        H("about 200 metres", "distance"),
        H("five-minute", "duration"),
        H("30 kilograms", "quantity of explosives"),
        H("17 AK-47 rifles", "weapons"),
        H("50 hand-grenades", "weapons"),
        H("one of whose condition was serious", "status of someone already counted"),
    ])

# ---------------------------------------------------------------- Israel/Lebanon 2006: 6 August
NISR = L("northern Israel", "ISR", "Northern District", None, None, 3)
SUN6 = D("2006-08-06", "Sunday", at="northern Israel Sunday")


def s6():
    return D("2006-08-06", "Sunday", at="northern Israel Sunday", derived_from_context=True)


ANN["wn_2006_08_06_israel_lebanon_kfar_giladi_rockets"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ISR", "Israelis"), civilian=None,
             count=C("Fifteen Israelis", num="Fifteen", value=15), location=NISR, date=SUN6, source=None,
             trigger=T("killed", at="were killed and"), is_total=True,
             notes=("'Fifteen Israelis were killed and more than 115 injured in an attack that saw more than 180 missiles hit "
                    "towns in northern Israel Sunday.' -> killed, total of the three in Haifa and the twelve reservists; "
                    "mixed soldiers and civilians -> civilian null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("ISR", "Israelis"), civilian=None,
             count=C("more than 115", num="115", value=115, low=115, qualifier="more than"), location=NISR, date=SUN6,
             source=None, trigger=T("injured", at="115 injured"), is_total=True,
             notes="'more than 115 injured' -> wounded, total (the Haifa 'more than 100' is part of it)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("ISR"), civilian=None,
             count=C("three", value=3, at="killing three"), location=L("Haifa", "ISR", "Haifa", 32.79, 34.99, 1, at="hit Haifa"),
             date=s6(), source=None, trigger=T("killing", at="killing three"), part_of="e1",
             notes="'At least seven rockets hit Haifa, ..., killing three and injuring more than 100.' -> killed, part of the fifteen."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("ISR"), civilian=None,
             count=C("more than 100", num="100", value=100, low=100, qualifier="more than"),
             location=L("Haifa", "ISR", "Haifa", 32.79, 34.99, 1, at="hit Haifa"), date=s6(), source=None,
             trigger=T("injuring"), part_of="e2", notes="Haifa wounded, part of the 115."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("ISR"), civilian=False,
             count=C("Twelve reserve soldiers", num="Twelve", value=12),
             location=L("Kfar Giladi", "ISR", "Northern District", 33.24, 35.58, 1), date=s6(), source=None,
             trigger=T("died", at="soldiers died"), part_of="e1",
             notes="'Twelve reserve soldiers died when a Hezbollah missile hit Kfar Giladi in Israel.' -> killed, Israeli reservists (actor from context 'in Israel'), part of the fifteen."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("17 people", num="17", value=17), location=L("southern Lebanon", "LBN", None, None, None, 3, at="struck southern Lebanon"),
             date=s6(), source=None, trigger=T("killed", at="17 people were killed"),
             notes="'In Lebanon, 17 people were killed as Israeli warplanes and artillery struck southern Lebanon.' -> killed; 'people' -> actor and civilian null. Date: the day's events (Sunday)."),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("UN", "UN", at="Chinese UN"), civilian=False,
             count=C("Three Chinese UN peacekeepers", num="Three", value=3),
             location=L("Lebanon", "LBN", None, None, None, 4, at="In Lebanon, 17"), date=s6(), source=None,
             trigger=T("injured", at="peacekeepers were injured"), actor_alt="CHN",
             notes=("'Three Chinese UN peacekeepers were injured when a rocket landed near their post.' -> wounded, actor UN "
                    "with the contingent CHN (actor_alt). The post is not named; the paragraph is about Lebanon.")),
        dict(id="e8", type="casualty", outcome="captured", actor=A("ISR", "Israeli", at="two Israeli soldiers"), civilian=False,
             count=C("two Israeli soldiers", num="two", value=2), location=None,
             date=D("2006-07", "last month", derived_from_context=False), source=None, trigger=T("kidnapping"),
             notes="'the kidnapping of two Israeli soldiers that prompted the Israeli incursion into Lebanon last month' -> captured (July 2006); no place given."),
        dict(id="e9", type="casualty", outcome="captured", actor=A("Hezbollah", "Hezbollah", at="a Hezbollah combatant"),
             civilian=False, count=C("a Hezbollah combatant", num="a", value=1), location=None, date=D(None),
             source=S("Israel has announced"), trigger=T("detention"),
             notes="'Israel has announced the detention of a Hezbollah combatant' -> captured, value 1; no date or place."),
    ],
    hard_negatives=[
        H("more than 180 missiles", "count of missiles"),
        H("At least seven rockets", "count of rockets"),
        H("third largest", "ordinal of city size"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Diwaniya, Baghdad, US deaths
DIWA = L("the southern city of Diwania", "IRQ", "Al-Qadisiyyah", 31.99, 44.93, 1)
IMIN = L("the heavily securied Iraqi Interior Ministry", "IRQ", "Baghdad", 33.3, 44.42, 1)


def tm():
    return D("2006-08-28", "This morning's violence", derived_from_context=True)


ANN["wn_2006_08_28_iraq_diwaniya_baghdad_violence"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Mehdi Army", "Mehdi  Army"), civilian=False,
             count=C("40 gunmen", num="40", value=40), location=DIWA, date=tm(), source=None, trigger=T("killing", at="killing 40"),
             notes=("'In the southern city of Diwania, Iraqi troops battled members of the Shia minority's Mehdi Army, killing "
                    "40 gunmen and wounding another 40 civilians.' -> killed, Mehdi Army. Date: 'This morning's violence' "
                    "later in the text covers the day's fighting (Monday story; close call, derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=True,
             count=C("another 40 civilians", num="40", value=40), location=DIWA, date=tm(), source=None,
             trigger=T("wounding"),
             notes="'wounding another 40 civilians' -> wounded, value 40 ('another' = additional); Iraqi civilians by plain implication."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="19 Iraqi"), civilian=False,
             count=C("19 Iraqi  Army troops", num="19", value=19), location=DIWA, date=tm(), source=None,
             trigger=T("claimed"),
             notes="'The fighting claimed 19 Iraqi Army troops.' -> killed ('claimed' = killed)."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("about a dozen people", num="a dozen", value=12, approx=True, qualifier="about a dozen"), location=IMIN,
             date=D("2006-08-28", "a mid-morning blast"), source=None, trigger=T("injured", at="blast injured"),
             notes=("'In Baghdad a mid-morning blast injured about a dozen people, and killing at least eight police "
                    "officers.' -> wounded, approx 12. Place: the blast 'was aimed at the heavily securied Iraqi Interior "
                    "Ministry' (next sentence). 'mid-morning' in a same-day report -> publication day.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("at least eight  police officers", num="eight", value=8, low=8, qualifier="at least"), location=IMIN,
             date=D("2006-08-28", "a mid-morning blast"), source=None, trigger=T("killing", at="killing at least eight"),
             notes="'killing at least eight police officers' -> killed, Iraqi police (civilian false)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("USA", "US", at="five US soldiers"), civilian=False,
             count=C("five US soldiers", num="five", value=5), location=None, date=D("2006-08-27", "Yesterday"),
             source=S("the US military announced today"), trigger=T("killed", at="soldiers were killed"), is_total=True,
             notes=("'Yesterday five US soldiers were killed in three separate bombing incidents, killing four and one "
                    "respectively, the US military announced today.' -> killed, total with parts 4 and 1; no place given.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("USA"), civilian=False,
             count=C("four", value=4, at="killing four and"), location=None, date=D("2006-08-27", "Yesterday"),
             source=S("the US military announced today"), trigger=T("killing", at="killing four and"), part_of="e6",
             notes="Part of the five ('killing four and one respectively')."),
        dict(id="e8", type="casualty", outcome="killed", actor=A("USA"), civilian=False,
             count=C("one", value=1, at="killing four and"), location=None, date=D("2006-08-27", "Yesterday"),
             source=S("the US military announced today"), trigger=T("killing", at="killing four and"), part_of="e6",
             notes="Part of the five ('killing four and one respectively')."),
    ],
    hard_negatives=[
        H("three separate bombing incidents", "count of incidents"),
        H("large numbers of reinforcements", "deployment with no count"),
        H("by  half", "proportion"),
    ])

# ---------------------------------------------------------------- Jordan 2006: Roman Theatre, Amman
AMMAN = L("the Roman Theatre in central Amman", "JOR", "Amman", 31.95, 35.94, 1)
ANN["wn_2006_09_04_jordan_amman_roman_theatre_shooting"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("militants"), civilian=False,
             count=C("A gunman", num="A", value=1), location=L("Amman", "JOR", "Amman", 31.95, 35.93, 1),
             date=D(None), source=None, trigger=T("opened fire"),
             notes=("'A gunman has opened fire on tourists in Amman' -> size of the attacking force, value 1 (singular "
                    "determiner; presence as GUIDELINES 2; close call). Unnamed attacker -> 'militants' (section 10). No "
                    "day in the text (only '12:30 local time') -> date null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("GBR", "Briton"), civilian=True,
             count=C("One Briton", num="One", value=1), location=AMMAN, date=D(None), source=None,
             trigger=T("killed", at="Briton was killed"),
             notes="'One Briton was killed and five others were injured at the Roman Theatre in central Amman.' -> killed, a tourist (civilian)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(["GBR", "NLD", "NZL", "AUS"]), civilian=True,
             count=C("five others", num="five", value=5), location=AMMAN, date=D(None), source=None,
             trigger=T("injured", at="others were injured"), is_total=True,
             notes=("'five others were injured' -> wounded tourists; the next sentence gives their nationalities (two "
                    "British women, the rest from the Netherlands, New Zealand and Australia) -> list actor from context.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("GBR", "British", at="Two British"), civilian=True,
             count=C("Two British  women", num="Two", value=2), location=AMMAN, date=D(None), source=None,
             trigger=T("injured", at="the injured tourists"), part_of="e3",
             notes="'Two British women were among the injured tourists' -> part of the five."),
        dict(id="e5", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("a man", num="a", value=1, at="confirmed that a man"), location=L("Amman", "JOR", "Amman", 31.95, 35.93, 1),
             date=D(None), source=S("confirmed", at="Eid al-Fayez"), trigger=T("arrested", at="was arrested"),
             notes=("'Interior Minister Eid al-Fayez confirmed that a man was arrested' -> captured, value 1 (the gunman, "
                    "overpowered by police). Source: the reporting verb; the speaker precedes it.")),
    ],
    hard_negatives=[
        H("up to 12 shots", "count of shots"),
        H("12:30", "time"),
    ])

# ---------------------------------------------------------------- Pakistan 2006: Dargai training centre
DARGAI = L("the town of Dargai", "PAK", "Khyber Pakhtunkhwa", 34.51, 71.9, 1)
ANN["wn_2006_11_08_pakistan_dargai_training_centre"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PAK", "Pakistani", at="42 Pakistani"), civilian=False,
             count=C("at least 42 Pakistani soldiers", num="42", value=42, low=42, qualifier="at least"), location=DARGAI,
             date=D("2006-11-08", "today", at="training centre today"), source=S("according to Pakistani government soldiers"),
             trigger=T("killed", at="suicide bomber killed"),
             notes=("'A suicide bomber killed at least 42 Pakistani soldiers at an army training centre today in the North "
                    "West Frontier Province' -> killed. Place from the next sentence ('the town of Dargai, 100 km north of "
                    "Peshawar').")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("20 people", num="20", value=20), location=DARGAI,
             date=D("2006-11-08", "today", at="training centre today", derived_from_context=True), source=None,
             trigger=T("injured", at="were injured in the attack"),
             notes="'20 people were injured in the attack.' -> wounded; 'people' -> actor and civilian null."),
    ],
    hard_negatives=[
        H("100 km north", "distance"),
        H("8:40 a.m.", "time"),
        H("Some of them are in a critical condition", "status of people already counted"),
    ])

# ---------------------------------------------------------------- Somalia 2007: US air strikes
AFM = L("Afmadow", "SOM", "Lower Juba", 0.52, 42.07, 1)
ANN["wn_2007_01_09_somalia_us_air_strikes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SOM", "Somali", at="Somali militiamen"), civilian=None,
             count=C("as many as 1,500", num="1,500", value=1500, high=1500, approx=True, qualifier="as many as"),
             location=None, date=D("1993", "the 1993 operation"), source=None, trigger=T("deaths", at="the deaths of as many"),
             notes=("'the 1993 operation that resulted in the deaths of as many as 1,500 Somali militiamen and civilians' -> "
                    "killed, a toll covering fighters and civilians -> civilian null, actor SOM; no place in the text.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("4", value=4, at="alternatingly reported as 4"), location=AFM, date=D(None), source=None,
             trigger=T("killed", at="gunship  attack killed"), hedge="alternatingly reported as",
             notes=("'The AC-130 gunship attack killed an unknown number of civilians, alternatingly reported as 4, 19 or 31.' "
                    "-> three competing figures, each a separate claim (GUIDELINES 6); Somali civilians by plain "
                    "implication. The attack is the one on ICU fighters in Afmadow (previous sentence; close call). No day "
                    "for this attack -> date null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("19", value=19, at="alternatingly reported as 4"), location=AFM, date=D(None), source=None,
             trigger=T("killed", at="gunship  attack killed"), hedge="alternatingly reported as",
             notes="Second competing figure (see e2)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("31", value=31, at="alternatingly reported as 4"), location=AFM, date=D(None), source=None,
             trigger=T("killed", at="gunship  attack killed"), hedge="alternatingly reported as",
             notes="Third competing figure (see e2)."),
    ],
    hard_negatives=[
        H("an unknown number of civilians", "no count"),
        H("350 kilometres", "distance"),
        H("sent in troops on Dec. 24", "deployment with no count"),
        H("1998", "year"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Bagram
BAGRAM = L("Bagram Air Base , Afghanistan", "AFG", "Parwan", 34.95, 69.27, 1)


def bgd(derived=True):
    return D("2007-02-27", "at 10:30 a.m. Afghan time", derived_from_context=derived)


ANN["wn_2007_02_27_afghanistan_bagram_suicide_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 19", num="19", value=19, low=19, qualifier="at least", at="has left at least"), location=BAGRAM,
             date=bgd(False), source=S("reports the Associated Press"), trigger=T("dead", at="19 dead"),
             notes=("'A suicide attack at Bagram Air Base, Afghanistan at 10:30 a.m. Afghan time has left at least 19 dead "
                    "reports the Associated Press.' -> killed. The time in a same-day report -> publication day.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("23 people", num="23", value=23), location=BAGRAM, date=bgd(), source=S("President Hamid Karzai 's office said"),
             trigger=T("killed", at="23 people were killed"), notes="Karzai's office: 23 killed -> separate claim."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("20", value=20, at="and 20 were injured"), location=BAGRAM, date=bgd(),
             source=S("President Hamid Karzai 's office said"), trigger=T("injured", at="20 were injured"),
             notes="Karzai's office: 20 injured."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="one U.S."), civilian=False,
             count=C("at least one U.S.  soldier", num="one", value=1, low=1, qualifier="at least"), location=BAGRAM, date=bgd(),
             source=S("Agence France-Presse has reported"), trigger=T("killed", at="soldier was killed"),
             notes="AFP: 'at least one U.S. soldier was killed in the attack' (not made a part of a total: the tolls come from different sources)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("KOR", "South Korean"), civilian=False,
             count=C("A South Korean soldier", num="A", value=1), location=BAGRAM, date=bgd(),
             source=S("said South Korea 's defence ministry"), trigger=T("killed", at="among those killed"),
             notes="'A South Korean soldier was among those killed said South Korea's defence ministry.' -> killed, KOR."),
    ],
    hard_negatives=[
        H("82nd", "unit number"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Mehtar Lam convoy
MEHTAR = L("Mehtar Lam, Afghanistan", "AFG", "Laghman", 34.67, 70.21, 1)


def sund():
    return D("2007-04-01", "Sunday", derived_from_context=True)


ANN["wn_2007_04_02_afghanistan_mehtar_lam_convoy_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("As many as five children", num="five", value=5, high=5, approx=True, qualifier="as many as"),
             location=MEHTAR, date=D("2007-04-01", "Sunday"), source=None, trigger=T("killed", at="were killed Sunday"),
             notes="'As many as five children were killed Sunday during a suicide bomb attack on a military convoy in Mehtar Lam' -> killed; Afghan by plain implication (Monday story: Sunday = 2007-04-01)."),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("two soldiers", num="two", value=2), location=MEHTAR, date=sund(), source=S("Police said"),
             trigger=T("killed", at="were also killed"),
             notes="'Police said two soldiers and two civilians were also killed' -> two killed events; the soldiers are Afghan (the convoy of 'Afghan army vehicles', later)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("two civilians", num="two", value=2), location=MEHTAR, date=sund(), source=S("Police said"),
             trigger=T("killed", at="were also killed"), notes="See e2."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("AFG"), civilian=True,
             count=C("several civilians", num="several", value=None, low=3, approx=True, qualifier="several"), location=MEHTAR,
             date=sund(), source=S("Police said"), trigger=T("injured", at="civilians injured"),
             notes="'and several civilians injured' -> wounded, vague (low 3 by convention)."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over a dozen", num="a dozen", value=12, low=12, approx=True, qualifier="over a dozen"), location=MEHTAR,
             date=sund(), source=S("Local witnesses report"), trigger=T("injured", at="were injured in the bombing"),
             notes="Witnesses: 'over a dozen were injured' -> a separate claim from the police's 'several'."),
    ],
    hard_negatives=[
        H("approximately 100 km", "distance"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Spin Boldak checkpoint
SPIN = L("the town of Spin Boldak", "AFG", "Kandahar", 31.01, 66.4, 1)
ANN["wn_2007_07_05_afghanistan_spin_boldak_checkpoint"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("At least five to ten police officers", num="five to ten", value=None, low=5, high=10, approx=True,
                     qualifier="at least ... to"),
             location=SPIN, date=D(None), source=None, trigger=T("killed", at="have been killed"),
             notes=("'At least five to ten police officers in Afghanistan have been killed' -> killed, range 5-10 (value "
                    "null); Afghan police (civilian false). No day in the text ('around 1330' is a time of day) -> date null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("AFG"), civilian=False,
             count=C("at least 11 others", num="11", value=11, low=11, qualifier="at least"), location=SPIN, date=D(None),
             source=None, trigger=T("wounded", at="others were wounded"),
             alt_mentions=[S("11", at="killed and 11")],
             notes="'at least 11 others were wounded'; the commander's '11 are injured' is the same figure (alt_mention)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("five border police", num="five", value=5), location=SPIN, date=D(None), source=S("said Bismillah Khan"),
             trigger=T("killed", at="police are killed"),
             notes=("The local police commander 'could only confirm that \"five border police are killed and 11 are "
                    "injured.\"' -> a separate claim (5, against the range 5-10).")),
    ],
    hard_negatives=[
        H("At least two rooms", "count of rooms"),
        H("around 1330", "time of day"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Danish withdrawal
IRQ_DK = L("Iraq", "IRQ", None, None, None, 4, at="forces from Iraq")
ANN["wn_2007_08_01_iraq_denmark_withdrawal"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("DNK"), civilian=False,
             count=C("The 460 members of the army", num="460", value=460), location=IRQ_DK, date=D(None), source=None,
             trigger=T("members of the army"),
             notes=("'The 460 members of the army has already been reduced to 50 soldiers.' -> the former size of the Danish "
                    "army contingent in Iraq (presence, no date). The reduction itself is a withdrawal (no type).")),
        dict(id="e2", type="presence", actor=A("DNK"), civilian=False,
             count=C("50 soldiers", num="50", value=50), location=IRQ_DK, date=D(None), source=None,
             trigger=T("reduced to"),
             notes="'... reduced to 50 soldiers' -> the remaining army presence (no time word -> date null)."),
        dict(id="e3", type="presence", actor=A("DNK", "Denmark's", at="Denmark's contribution"), civilian=False,
             count=C("55 airmen", num="55", value=55), location=IRQ_DK, date=D(None), source=None,
             trigger=T("will now consist of"), planned=True,
             notes=("'Denmark's contribution to the Multinational force in Iraq will now consist of a small air force unit of "
                    "four helicopters and 55 airmen that will work with the British.' -> planned presence (future force).")),
    ],
    hard_negatives=[
        H("four helicopters", "aircraft"),
        H("about 200 people", "evacuated interpreters and families (not troops, not casualties)"),
        H("formally withdrew its forces", "withdrawal"),
    ])

# ---------------------------------------------------------------- Myanmar 2007: crackdown
BURMA = L("Burma", "MMR", None, None, None, 4, at="According to Burma")
ANN["wn_2007_09_28_myanmar_crackdown"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("MMR"), civilian=True,
             count=C("at least nine protesters", num="nine", value=9, low=9, qualifier="at least"), location=BURMA,
             date=D(None, "their second day crackdown"), source=S("According to Burma 's government"),
             trigger=T("killed", at="military has killed"),
             notes=("'According to Burma's government, the military has killed at least nine protesters and wounded 42 others "
                    "in their second day crackdown' -> killed, protesters (civilian), Burmese by plain implication. No city "
                    "is named -> country. 'second day' is kept as surface, value null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("MMR"), civilian=True,
             count=C("42 others", num="42", value=42), location=BURMA, date=D(None, "their second day crackdown"),
             source=S("According to Burma 's government"), trigger=T("wounded", at="wounded 42"),
             notes="'wounded 42 others' (the title's '11 wounded' contradicts the body)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("MMR"), civilian=True,
             count=C("At least one monk", num="one", value=1, low=1, qualifier="at least"), location=BURMA, date=D(None),
             source=None, trigger=T("killed", at="rumored to have been killed"), hedge="is rumored to have been",
             notes="'At least one monk is rumored to have been killed' -> killed, hedge."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("JPN", "Japanese"), civilian=True,
             count=C("a 50-year-old Japanese  journalist", num="a", value=1), location=BURMA, date=D(None), source=None,
             trigger=T("killed", at="was also killed"),
             notes="'a 50-year-old Japanese journalist was also killed' -> value 1 (the age is not a count)."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("MMR"), civilian=False,
             count=C("at least 31 troops", num="31", value=31, low=31, qualifier="at least"), location=BURMA, date=D(None),
             source=S("Some media agencies in the area claim"), trigger=T("injuring"),
             notes="'Some media agencies ... claim that the protesters are to blame ..., accusing them of ... injuring at least 31 troops.' -> wounded soldiers (a claim)."),
        dict(id="e6", type="casualty", outcome="captured", actor=A("MMR"), civilian=True,
             count=C("at least 200 monk s", num="200", value=200, low=200, qualifier="at least"),
             location=L("Myanmar", "MMR", None, None, None, 4, at="arrested in Myanmar"),
             date=D("2007-09-27", "On September 27"), source=None, trigger=T("arrested", at="were arrested in"), is_total=True,
             notes="'On September 27, at least 200 monk s were arrested in Myanmar during night-time raids on monasteries' -> captured (arrests; 'monk s' conversion leftover kept)."),
        dict(id="e7", type="casualty", outcome="captured", actor=A("MMR"), civilian=True,
             count=C("100 of those monks", num="100", value=100),
             location=L("a monastery at Ngwe Kyaryan", "MMR", "Yangon", 16.85, 96.18, 1),
             date=D("2007-09-27", "On September 27", derived_from_context=True), source=None, trigger=T("taken", at="were taken by"),
             part_of="e6",
             notes="'100 of those monks were taken by security forces when they raided a monastery at Ngwe Kyaryan.' -> part of the 200 (monastery coordinates in Yangon, annotator's estimate)."),
    ],
    hard_negatives=[
        H("the crowd of 10,000", "size of a crowd of protesters (not a force)"),
        H("100 percent", "percentage"),
        H("45 uninterrupted years", "duration"),
    ])

# ---------------------------------------------------------------- Bahrain 2007: Navy barracks shooting
NSA = L("a naval base located in Bahrain", "BHR", "Capital", 26.21, 50.61, 1)
ANN["wn_2007_10_22_bahrain_navy_barracks_shooting"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "United States", at="United States  Navy"), civilian=False,
             count=C("two", value=2, at="two unnamed"), location=NSA, date=D(None), source=None,
             trigger=T("killed", at="sailors were killed"), alt_mentions=[S("the two dead sailors")],
             notes=("'two unnamed United States Navy sailors were killed and one other was seriously injured when they were "
                    "shot inside their barracks at around 5:00 a.m. ... at a naval base located in Bahrain' -> killed. Not "
                    "combat (the Navy calls it a domestic dispute, not terrorism); kept as a killing of service members in "
                    "the text's own terms (close call). No day -> date null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("one other", num="one", value=1), location=NSA, date=D(None), source=None,
             trigger=T("injured", at="seriously injured"), alt_mentions=[S("The injured sailor")],
             notes="'one other was seriously injured' -> wounded."),
        dict(id="e3", type="presence", actor=A("USA"), civilian=False,
             count=C("At least 3,000 sailors", num="3,000", value=3000, low=3000, qualifier="at least"),
             location=L("Bahrain", "BHR", None, None, None, 4, at="Bahrain is home"), date=D(None), source=None,
             trigger=T("stationed"),
             notes="'Bahrain is home to the Fifth Fleet ... At least 3,000 sailors are stationed there' -> presence (US Navy)."),
    ],
    hard_negatives=[
        H("at least two female U.S. Navy sailors", "people involved in a dispute, not a casualty or force count"),
        H("5:00", "time"),
        H("Fifth Fleet", "unit name"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Australian SAS soldier
ORU = L("the Orūzgān Province", "AFG", "Uruzgan", None, None, 3)
ANN["wn_2007_10_26_afghanistan_australian_sas_soldier"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AUS", "Australian", at="an Australian"), civilian=False,
             count=C("an Australian  special forces soldier", num="an", value=1), location=ORU,
             date=D("2007-10-26", "early this morning"), source=None, trigger=T("killed", at="shot and killed"),
             notes=("'Matthew Locke, an Australian special forces soldier ..., has been shot and killed while taking part in "
                    "a 300-man special operatives attack against the Taliban in Afghanistan.' -> killed, value 1 (the "
                    "appositive has a singular determiner). He 'was pronounced dead early this morning' -> date. Place: the "
                    "operation 'took place in the Orūzgān Province' (later sentence).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AUS", "Australia's", at="Australia's third"), civilian=False,
             count=C("third", value=3, qualifier="ordinal"), location=None,
             date=D(None, "since the Vietnam War"), source=None, trigger=T("death", at="soldier death since"), cumulative=True,
             notes=("'The death, Australia's third combat soldier death since the Vietnam War' -> ordinal running total "
                    "(value 3, cumulative); the war's end is not dated in the text -> value null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AUS"), civilian=False,
             count=C("second", value=2, qualifier="ordinal", at="is the second"), location=None,
             date=D("2007-10-01/2007-10-26", "in October"), source=None, trigger=T("occur"), cumulative=True,
             notes="'is the second to occur in October' -> ordinal running total for the month (value 2)."),
        dict(id="e4", type="presence", actor=A(None), civilian=False,
             count=C("300-man", num="300", value=300), location=ORU,
             date=D("2007-10-26", "early this morning", derived_from_context=True), source=None, trigger=T("attack", at="operatives attack"),
             notes=("'a 300-man special operatives attack against the Taliban' -> size of the attacking force (presence); the "
                    "text does not say whose special operatives -> actor null.")),
    ],
    hard_negatives=[
        H("no other soldiers were injured", "negated casualty"),
        H("an unknown amount of children", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Danish friendly fire
ANN["wn_2007_12_19_afghanistan_danish_friendly_fire"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("DNK", "Danish", at="two Danish"), civilian=False,
             count=C("two Danish soldiers", num="two", value=2),
             location=L("near Gereshk", "AFG", "Helmand", 31.82, 64.57, 2),
             date=D("2007-09-26", "on September 26, 2007", derived_from_context=True), source=S("has concluded"),
             trigger=T("killed", at="soldiers were killed"),
             notes=("'A report by Denmark's [ministry] has concluded that two Danish soldiers were killed in a friendly fire "
                    "incident by British missiles, in Afghanistan.' -> killed. Date and place from the next sentence "
                    "('occurred on September 26, 2007, took place near Gereshk in the Helmand Province'). The two are then "
                    "named ('Thorbjørn O. Reese and Mikkel Keil Sørensen were killed'): same people, no count word.")),
    ],
    hard_negatives=[
        H("three Javelin missiles", "missiles"),
        H("21:28", "time"),
        H("Golf Bravo 8-1", "name of a post"),
    ])

# ---------------------------------------------------------------- Turkey 2008: Diyarbakir car bomb
DIY = L("Diyarbakir", "TUR", "Diyarbakır", 37.91, 40.22, 1)


def dyd(derived=True):
    return D("2008-01-03", "at 4:55 p.m. local time", derived_from_context=derived)


ANN["wn_2008_01_03_turkey_diyarbakir_car_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 4 people", num="4", value=4, low=4, qualifier="at least"), location=DIY, date=dyd(),
             source=S("According to the prime minister of Turkey, Recep Tayyip Erdogan"), trigger=T("died", at="have died"),
             is_total=True,
             notes=("'According to the prime minister of Turkey, Recep Tayyip Erdogan, at least 4 people have died in the "
                    "attack and 52 others have been injured.' -> killed, total (two of the dead reportedly soldiers). Date: "
                    "'The explosion occurred at 4:55 p.m. local time' in a same-day report -> publication day (derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("52 others", num="52", value=52), location=DIY, date=dyd(),
             source=S("According to the prime minister of Turkey, Recep Tayyip Erdogan"), trigger=T("injured", at="have been injured"),
             notes="'52 others have been injured' (students among them; mixed -> null)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("TUR"), civilian=False,
             count=C("Two of the dead", num="Two", value=2), location=DIY, date=dyd(), source=None,
             trigger=T("dead", at="Two of the dead"), part_of="e1", hedge="reportedly",
             notes="'Two of the dead were reportedly soldiers.' -> part of the four; Turkish soldiers (the military vehicle targeted)."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("Two suspects", num="Two", value=2), location=DIY, date=D(None), source=None,
             trigger=T("apprehended"),
             notes="'Two suspects have been apprehended by police.' -> captured (arrests of suspects); generic actor."),
    ],
    hard_negatives=[
        H("approximately 100 yards", "distance"),
        H("two miles away", "distance"),
        H("Many Turkish troops", "troops with no count"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2008: Buttala bus bomb
BUT = L("the town of Buttala", "LKA", "Uva", 6.76, 81.24, 1)
ANN["wn_2008_01_16_sri_lanka_buttala_bus_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LKA"), civilian=True,
             count=C("at least 23 people", num="23", value=23, low=23, qualifier="at least"), location=BUT, date=D(None),
             source=None, trigger=T("dead", at="reported dead"), hedge="are reported", alt_mentions=[S("Twenty-three people")],
             notes=("'So far at least 23 people, all civilians, are reported dead when a bomb exploded on a bus in the town of "
                    "Buttala in Sri Lanka.' -> killed, civilians (Sri Lankan by plain implication). The military spokesman's "
                    "'Twenty-three people were killed' is the same figure (alt_mention). No day -> null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("LKA"), civilian=True,
             count=C("Nearly 70", num="70", value=70, high=70, approx=True, qualifier="nearly"), location=BUT, date=D(None),
             source=None, trigger=T("injured", at="have been injured"),
             notes="'Nearly 70 have been injured.' -> wounded."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("LKA"), civilian=True,
             count=C("67", value=67), location=BUT, date=D(None), source=S("said Brigadier Udaya Nanayakkara"),
             trigger=T("wounded", at="67 wounded"),
             notes="The spokesman's '67 wounded. They are all civilians.' -> a separate figure from its own source."),
    ],
    hard_negatives=[
        H("at least 50 people on the bus", "passengers present, not a casualty or force count"),
    ])

# ---------------------------------------------------------------- Pakistan 2008: Darra Adam Khel jirga
DAK = L("the outskirts of Dara Adamkhel", "PAK", "Khyber Pakhtunkhwa", 33.68, 71.51, 2)
ANN["wn_2008_03_02_pakistan_darra_adam_khel_jirga_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 40 people", num="40", value=40, low=40, qualifier="at least"), location=DAK, date=D(None),
             source=None, trigger=T("killed", at="has killed"),
             notes="'A bomb in Pakistan has killed at least 40 people and injured several more.' -> killed; place from the next sentence. No time word -> null."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("several more", num="several", value=None, low=3, approx=True, qualifier="several"), location=DAK,
             date=D(None), source=None, trigger=T("injured", at="injured several"),
             notes="'injured several more' -> wounded, vague."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over 40", num="40", value=40, low=40, qualifier="over"), location=DAK, date=D(None, "at this point"),
             source=S("A Pakistani official at the scene said"), trigger=T("dead", at="40 dead"),
             notes="The official's 'reports of over 40 dead' -> a separate claim (own source, exclusive bound)."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("scores", value=None, low=40, approx=True, qualifier="scores"), location=DAK, date=D(None, "at this point"),
             source=S("A Pakistani official at the scene said"), trigger=T("wounded", at="scores of wounded"),
             notes="'scores of wounded' -> vague magnitude (low 40 = two score, by convention)."),
    ],
    hard_negatives=[
        H("about 40 km", "distance"),
    ])

# ---------------------------------------------------------------- Afghanistan 2008: Nangarhar wedding strike
ANN["wn_2008_07_11_afghanistan_nangarhar_wedding_strike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("the 47", num="47", value=47), location=L("Nangarhar  province", "AFG", "Nangarhar", None, None, 3),
             date=D("2008-07-06", "Sunday", at="a Sunday air strike"), source=S("now claim"),
             trigger=T("killed", at="47 killed"),
             notes=("'Afghanistan officials investigating a Sunday air strike on Nangarhar province now claim that the 47 "
                    "killed by the air strike were civilians rather than militants as the US stated.' -> killed, civilians "
                    "(the disputed status is the Afghan claim; wedding guests per residents). Friday story -> Sunday = "
                    "2008-07-06. Source: the speaker 'Afghanistan officials' is separated from the verb by a participle "
                    "phrase; the verb is stored.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("seven hundred civilians", num="seven hundred", value=700),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="civilians in Afghanistan"),
             date=D("2008-01-01/2008-07-11", "this year"), source=S("It said"), trigger=T("killed", at="have been killed this year"),
             cumulative=True,
             notes=("UN report: 'It said that seven hundred civilians have been killed this year' -> killed, running total "
                    "(cumulative); 'It' = the United Nations report of the previous sentence. The 2/3 and 1/3 shares are "
                    "fractions, not counts.")),
    ],
    hard_negatives=[
        H("2/3rds", "fraction"),
        H("1/3rd", "fraction"),
        H("two days earlier", "relative date of other strikes (no count)"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2009: the northern offensive
NORTH = L("the north", "LKA", "Northern", None, None, 3, at="push into the north")
ANN["wn_2009_01_27_sri_lanka_tamil_tigers_final_battle"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("LTTE", "Tiger", at="2,000 Tiger"), civilian=False,
             count=C("around 2,000 Tiger fighters", num="2,000", value=2000, approx=True, qualifier="around"), location=NORTH,
             date=D(None), source=S("analysts say"), trigger=T("remain"),
             notes=("'According to Reuters, analysts say that around 2,000 Tiger fighters remain in the face of the "
                    "50,000-strong government push into the north' -> presence of the LTTE; place: the north (same "
                    "sentence). Present tense, no time word -> date null.")),
        dict(id="e2", type="presence", actor=A("LKA", "government", at="-strong government"), civilian=False,
             count=C("50,000-strong", num="50,000", value=50000), location=NORTH, date=D(None), source=S("analysts say"),
             trigger=T("push", at="government push"),
             notes="'the 50,000-strong government push into the north, which began in August 2006' -> size of the government force (presence)."),
    ],
    hard_negatives=[
        H("230,000 Tamil refugees", "displaced people"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Baghdad car bombs, Sadriyah market
SADR = L("the Sadriyah market in Baghdad", "IRQ", "Baghdad", 33.34, 44.41, 1)
ANN["wn_2007_04_19_iraq_baghdad_sadriyah_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("190 people", num="190", value=190), location=L("Baghdad , Iraq", "IRQ", "Baghdad", 33.31, 44.37, 1),
             date=D("2007-04-18", "on Wednesday"), source=None, trigger=T("killed", at="have killed 190"), is_total=True,
             notes="'Several car bombs in Baghdad, Iraq have killed 190 people on Wednesday and wounded over 200 others' -> killed, total (the Sadriyah market's 140 is part). Thursday story -> Wednesday = 2007-04-18."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over 200 others", num="200", value=200, low=200, qualifier="over"),
             location=L("Baghdad , Iraq", "IRQ", "Baghdad", 33.31, 44.37, 1), date=D("2007-04-18", "on Wednesday"), source=None,
             trigger=T("wounded", at="wounded over"), is_total=True, notes="'wounded over 200 others' -> wounded, total."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 140 people", num="140", value=140, low=140, qualifier="at least"), location=SADR,
             date=D("2007-04-18", "on Wednesday", derived_from_context=True), source=None, trigger=T("killed", at="Baghdad killed"),
             part_of="e1", notes="'One bomb in the Sadriyah market in Baghdad killed at least 140 people.' -> part of the 190."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("150 others", num="150", value=150), location=SADR,
             date=D("2007-04-18", "on Wednesday", derived_from_context=True), source=None, trigger=T("wounded", at="others were wounded"),
             part_of="e2", notes="'150 others were wounded in the attack.' -> part of the 200."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("135 people", num="135", value=135), location=L("The same market", "IRQ", "Baghdad", 33.34, 44.41, 1),
             date=D("2007-02", "in February", derived_from_context=True), source=None, trigger=T("killed", at="135 people were killed"),
             notes="'The same market ... was targeted in February by a bomb ... 135 people were killed in that attack.' -> killed, February 2007."),
    ],
    hard_negatives=[
        H("Several car bombs", "count of bombs"),
        H("the Iraqi army colonel in charge of the Sadriyah district arrested", "arrest of one named-by-role officer with no count word"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Senate panel against the troop increase
IRQ_S = L("Iraq", "IRQ", None, None, None, 4, at="troops to Iraq")
ANN["wn_2007_01_24_iraq_senate_panel_troop_increase"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "US", at="additional US"), civilian=False,
             count=C("21,500 additional US  troops", num="21,500", value=21500), location=IRQ_S, date=D(None), source=None,
             trigger=T("send", at="plan to send"), planned=True,
             notes=("'... voted 12-9 against President George Bush's plan to send 21,500 additional US troops to Iraq' -> "
                    "planned deployment (the plan itself, not the vote); no date for the deployment in the text -> null. "
                    "'additional' is not a bound.")),
        dict(id="e2", type="deployment", actor=A("USA", "Americans", at="22,000 more Americans"), civilian=False,
             count=C("22,000 more Americans", num="22,000", value=22000), location=IRQ_S, date=D(None),
             source=S("Senator Chuck Hagel  () said"), trigger=T("put", at="before we put"), planned=True,
             notes=("Senator Hagel: 'before we put 22,000 more Americans into that grinder' -> the same plan in a rounder "
                    "figure from another speaker -> a separate planned-deployment claim (GUIDELINES 6: different figure, "
                    "own source; close call against a restatement). Place: Iraq (first sentence).")),
    ],
    hard_negatives=[
        H("12&ndash;9", "vote tally"),
        H("11  and 10", "committee members by party (lost labels), not troops"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Australia's withdrawal plan
ANN["wn_2008_01_26_iraq_australia_withdrawal_plan"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("AUS", "Australia", at="Australia currently"), civilian=False,
             count=C("550 troops", num="550", value=550),
             location=L("the country", "IRQ", None, None, None, 4, at="550 troops in the country"),
             date=D("2008-01-26", "currently", at="Australia currently"), source=None, trigger=T("has", at="currently has"),
             notes=("'Australia currently has 550 troops in the country.' -> presence in Iraq ('the country' = Iraq, the "
                    "country of the withdrawal in the first sentence); 'currently' -> publication day. The planned June "
                    "withdrawal has no type (hard negative).")),
    ],
    hard_negatives=[
        H("withdraw its troops from Iraq  in June this year", "planned withdrawal (no type)"),
        H("Australia also has troops stationed", "troops with no count"),
    ])

# ---------------------------------------------------------------- Iraq 2008: US-Iraq withdrawal agreement
IRQ_A = L("Iraq", "IRQ", None, None, None, 4, at="on the ground in Iraq")
ANN["wn_2008_08_22_iraq_us_withdrawal_agreement"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "US", at="147,000 US"), civilian=False,
             count=C("Around 147,000 US troops", num="147,000", value=147000, approx=True, qualifier="around"),
             location=IRQ_A, date=D("2008-08-22", "at this time"), source=None, trigger=T("on the ground"),
             notes="'Around 147,000 US troops are on the ground in Iraq at this time.' -> presence; 'at this time' -> publication day."),
        dict(id="e2", type="presence", actor=A("USA"), civilian=False,
             count=C("4,000 Marines", num="4,000", value=4000), location=L("Iraq", "IRQ", None, None, None, 4, at="brigades into Iraq"),
             date=D("2007-01/2007-03", "In the early part of 2007", approx=True, derived_from_context=False), source=None,
             trigger=T("stationed", at="already stationed"),
             notes=("'In the early part of 2007, the US initiated a troop surge into Iraq, which sent a additional 5 US "
                    "brigades into Iraq, as well as extending the stay of 4,000 Marines already stationed there.' -> "
                    "presence of 4,000 Marines (their extended stay); date 'the early part of 2007' (2007-01/2007-03, "
                    "approx, as GUIDELINES 'early 2012'). The five brigades are units only (hard negative).")),
    ],
    hard_negatives=[
        H("a additional 5 US brigades", "units, not a head count"),
        H("27 points", "count of provisions"),
        H("would be pulled out by 2011", "withdrawal (no type)"),
    ])

# ---------------------------------------------------------------- Somalia 2016 (VOA): Halgan
HALGAN = L("Halgan village", "SOM", "Hiiraan", 3.95, 45.3, 1)


def thu():
    return D("2016-06-09", "early Thursday", derived_from_context=True)


ANN["voa_2016_06_10_somalia_halgan_base_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("al-Shabab", "al-Shabab", at="100 al-Shabab"), civilian=False,
             count=C("more than 100 al-Shabab militants", num="100", value=100, low=100, qualifier="more than"),
             location=HALGAN, date=thu(), source=S("The African Union force in Somalia said"),
             trigger=T("killed", at="soldiers killed"),
             notes=("'The African Union force in Somalia said soldiers killed more than 100 al-Shabab militants who attacked "
                    "the base.' -> killed. Place 'near Halgan village' (previous sentence; coordinates in Hiiraan, "
                    "annotator's estimate); date 'early Thursday' (first sentence; 2016-06-09).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("ETH", "Ethiopian", at="43 Ethiopian"), civilian=False,
             count=C("43 Ethiopian troops", num="43", value=43), location=HALGAN, date=thu(), source=S("Andalus claimed"),
             trigger=T("killed", at="group killed 43"),
             notes="Al-Shabab radio: 'Andalus claimed the group killed 43 Ethiopian troops' -> killed, Ethiopian troops of the AMISOM force (actor ETH from 'Ethiopian'; the AU force is not named in this clause)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("at least five civilians", num="five", value=5, low=5, qualifier="at least"), location=HALGAN, date=thu(),
             source=S("Residents said", at="Residents said at least"), trigger=T("killed", at="civilians were killed"),
             notes="'Residents said at least five civilians were killed during the battle.' -> Somali civilians by plain implication."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(["BDI", "UGA", "KEN"]), civilian=None,
             count=C("176 soldiers and civilians", num="176", value=176), location=None,
             date=D("2015-06-10/2016-06-10", "During the past year", approx=True), source=None,
             trigger=T("killed", at="group has killed"), cumulative=True,
             notes=("'During the past year, al-Shabab has attacked and overtaken three main AMISOM military bases. In the "
                    "attacks, the group has killed 176 soldiers and civilians from Burundi, Uganda and Kenya.' -> killed, "
                    "running total over three attacks (not described here), soldiers and civilians -> civilian null, "
                    "list actor. No place beyond 'AMISOM military bases' -> null.")),
    ],
    hard_negatives=[
        H("about 260 kilometers", "distance"),
        H("two attacks", "count of attacks"),
        H("three main AMISOM military bases", "count of bases"),
    ])

# ---------------------------------------------------------------- Ukraine 2022 (VOA): military death toll
UKR = L("Ukraine", "UKR", None, None, None, 4, at="invaded Ukraine almost")
WAR = "2022-02-24/2022-08-22"
ANN["voa_2022_08_22_ukraine_military_death_toll"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UKR", "Ukraine's", at="Ukraine's military chief"), civilian=False,
             count=C("nearly 9,000 soldiers", num="9,000", value=9000, high=9000, approx=True, qualifier="nearly"), location=UKR,
             date=D(WAR, "since Russia invaded Ukraine almost six months ago"), source=S("Ukraine's military chief says"),
             trigger=T("died", at="have died"), cumulative=True,
             notes=("'Ukraine's military chief says nearly 9,000 soldiers have died since Russia invaded Ukraine almost six "
                    "months ago.' -> killed, Ukrainian soldiers, running total since the invasion (24 February, given later "
                    "in the text) to the publication day. The war is the location (country).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("UKR"), civilian=True,
             count=C("more than 5,500 civilians", num="5,500", value=5500, low=5500, qualifier="more than"), location=UKR,
             date=D(WAR, "which began February 24"), source=S("The United Nations says"), trigger=T("deaths", at="the deaths of more"),
             cumulative=True,
             notes="'The United Nations says it has confirmed the deaths of more than 5,500 civilians during Russia's invasion of Ukraine, which began February 24.' -> killed, civilians, running total."),
        dict(id="e3", type="casualty", outcome="casualties", actor=A("UKR", "Ukrainian", at="972 Ukrainian"), civilian=True,
             count=C("at least 972 Ukrainian children", num="972", value=972, low=972, qualifier="at least"), location=UKR,
             date=D(WAR, "which began February 24", derived_from_context=True), source=S("The U.N. children's agency said"),
             trigger=T("killed or injured"), cumulative=True,
             notes="'it has confirmed at least 972 Ukrainian children killed or injured' -> killed-or-injured without a split -> 'casualties' (as set (x)'s 'killing or injuring'); running total since the invasion."),
    ],
    hard_negatives=[
        H("31 years", "duration"),
        H("six months since the start of the war", "duration"),
    ])

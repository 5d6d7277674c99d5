# -*- coding: utf-8 -*-
"""Gold annotations of set (h), written by hand, blind (Muster never run or read).

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
THU_P = D("2007-08-09", "Also on Thursday")
ANN["voa_2007_08_10_pakistan_waziristan_missing_soldiers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="missing", actor=A("PAK"), civilian=False,
             count=C("16", value=16), location=L("South Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=D("2007-08-09", "on Thursday", at="disappeared on Thursday", derived_from_context=True),
             source=None, hedge="believed to be kidnapped", trigger=T("missing"),
             notes=("'officials continue to search for 16 missing soldiers believed to be kidnapped by Taleban "
                    "militants': outcome missing (what the text asserts); the kidnapping is only 'believed' -> hedge, "
                    "not outcome captured (close call: a tool that reports 16 captured is near). Pakistani soldiers "
                    "from context ('the Pakistani military' in the paragraph before; the officials searching are "
                    "Pakistani) -> actor PAK, surface null. Day and place from the next sentence ('The men disappeared "
                    "on Thursday while traveling to a military base in South Waziristan'): Thursday 9 August 2007, "
                    "derived; South Waziristan (then FATA, today Khyber Pakhtunkhwa), precision 3. The searchers are "
                    "not the figure's source -> source null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants", "militants", at="10 militants"),
             civilian=False, count=C("at least 10", num="10", value=10, low=10, qualifier="at least"),
             location=NWAZ, date=THU_P, source=S("Pakistani security forces said"),
             trigger=T("killed", at="were killed during"),
             notes=("'Also on Thursday, Pakistani security forces said at least 10 militants were killed during a "
                    "military operation in North Waziristan.' -> generic actor militants (section 10). The next "
                    "sentence ('A military spokesman says the militants were killed while fleeing ...') restates the "
                    "same deaths without a number: no alt mention.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("PAK"), civilian=False,
             count=C("five", value=5, at="five soldiers"), location=NWAZ,
             date=D("2007-08-09", "Also on Thursday", derived_from_context=True),
             source=S("A military spokesman says"), trigger=T("wounded"),
             notes=("'... fleeing the site of a roadside bombing that wounded five soldiers': Pakistani soldiers by "
                    "context (the spokesman is of the Pakistani military) -> PAK, surface null. Place and day of the "
                    "operation in the previous sentence (derived); the bombing is tied to that operation.")),
    ],
    hard_negatives=[
        H("a series of attacks", "count of attacks, no casualty figure"),
        H("no official word on casualties", "no figure for the air strikes' casualties"),
        H("a military base", "a place, not a count of people"),
        H("A military spokesman", "the speaker, not a counted person"),
        H("a roadside bombing", "count of an incident"),
    ])

# ---------------------------------------------------------------- Niger 2010 (VOA)
MALI_BORDER = L("the country's border with Mali", "NER", None, None, None, 3)
MON_N = D("2010-03-08", "Monday", at="attack Monday")
ANN["voa_2010_03_09_niger_mali_border_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("NER", "Niger's", at="Niger's government"),
             civilian=False, count=C("five", value=5, at="five military"), location=MALI_BORDER, date=MON_N,
             source=S("Niger's government has confirmed"), trigger=T("killed", at="gunmen killed"),
             alt_mentions=[S("five", at="five members of")],
             notes=("'Niger's government has confirmed that unidentified gunmen killed five military personnel in an "
                    "attack Monday along the country's border with Mali.' -> Niger's soldiers (actor NER; the side is "
                    "named only by 'Niger's government' in the sentence and 'five members of Niger's military' in "
                    "the next, which restates the same five from the same government source -> alt mention). Place "
                    "'along the country's border with Mali' -> region of Niger, precision 3, admin1 null (the border "
                    "runs through Tillaberi and Tahoua). Date: Monday 8 March 2010, relative to the inferred "
                    "publication date (see articles.jsonl).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("three", value=3, at="three attackers"), location=MALI_BORDER,
             date=D("2010-03-08", "the Monday ambush"),
             source=S("Government spokesman Laouali DanDah said"), trigger=T("killed", at="were killed in the Monday"),
             notes=("'... five members of Niger's military and three attackers were killed in the Monday ambush': the "
                    "'unidentified gunmen' -> generic actor militants (section 10), surface null ('attackers' is not a "
                    "side name). Place from the previous sentence (derived by coreference of 'the Monday ambush'). The "
                    "headline's '8' (5 + 3) is not in the body, so there is no total event.")),
    ],
    hard_negatives=[
        H("the past year", "duration"),
        H("Some security sources", "speakers, no count"),
        H("this one", "refers to the attack, not a person"),
    ])

# ---------------------------------------------------------------- Afghanistan 2010 (VOA)
AFG_L = L("Afghanistan", "AFG", None, None, None, 4, at="forces in Afghanistan say")
SINCE_TUE = D("2010-07-13/2010-07-14", "since late Tuesday")
KANDAHAR = L("Kandahar city", "AFG", "Kandahar", 31.61, 65.71, 1)
TUE_K = D("2010-07-13", "late Tuesday", at="late Tuesday, killing")
ANN["voa_2010_07_14_afghanistan_kandahar_police_hq"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. troops and"),
             civilian=False, count=C("eight", value=8, at="eight U.S. troops"), location=AFG_L, date=SINCE_TUE,
             source=S("Officials with the international forces in Afghanistan say"), is_total=True,
             trigger=T("killed", at="killed eight"),
             notes=("'militants have killed eight U.S. troops and five Afghan civilians in separate incidents since late "
                    "Tuesday' -> total of the US deaths (is_total); its parts are four (roadside bombing), one "
                    "(gunbattle) and three (Kandahar), 4 + 1 + 3 = 8. 'since late Tuesday' in a Wednesday story -> "
                    "13-14 July 2010. Place: Afghanistan (country; the incidents are in several places).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. soldiers were"),
             civilian=False, count=C("four", value=4, at="four U.S. soldiers"),
             location=L("southern Afghanistan", "AFG", None, None, None, 3, at="bombing in southern"),
             date=D("2010-07-13/2010-07-14", "since late Tuesday", derived_from_context=True),
             source=S("NATO officials say"), part_of="e1", trigger=T("killed", at="were killed in a roadside"),
             notes=("'NATO officials say four U.S. soldiers were killed in a roadside bombing in southern Afghanistan' "
                    "-> part of the eight. No day in the sentence -> the lede's interval (derived).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("USA", "American", at="American service member"),
             civilian=False, count=C("one", value=1, at="one American"), location=AFG_L,
             date=D("2010-07-13/2010-07-14", "since late Tuesday", derived_from_context=True),
             source=S("NATO officials say"), part_of="e1", trigger=T("killed", at="was killed in a separate"),
             notes=("'while one American service member was killed in a separate gunbattle': no place for the "
                    "gunbattle ('southern Afghanistan' belongs to the bombing) -> the lede's Afghanistan, country "
                    "level; date the lede's interval (derived). Same sentence, same source as e2.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("USA", "American", at="American soldiers"),
             civilian=False, count=C("three", value=3, at="three American"), location=KANDAHAR, date=TUE_K,
             source=S("Officials also said"), part_of="e1", trigger=T("killing", at="killing three"),
             notes=("'Officials also said militants attacked an Afghan police headquarters in Kandahar city late "
                    "Tuesday, killing three American soldiers ...' -> Kandahar city, precision 1; 13 July 2010.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="Afghan civilians, including"),
             civilian=True, count=C("five", value=5, at="five Afghan civilians, including"), location=KANDAHAR,
             date=TUE_K, source=S("Officials also said"), trigger=T("killing", at="killing three"),
             alt_mentions=[S("five", at="five Afghan civilians in separate")],
             notes=("'... killing three American soldiers and five Afghan civilians, including translators': the "
                    "lede's 'five Afghan civilians' is the same figure for the same people, stated in summary -> one "
                    "event; the fuller Kandahar sentence is primary (GUIDELINES 6, seed e1/e2), the lede an alt "
                    "mention. Translators -> civilian true (section 3). 'including translators' has no number: not a "
                    "part event.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("NATO", "international forces",
                                                                 at="international forces killed in 24"),
             civilian=False, count=C("12", value=12), location=L("Afghanistan", "AFG", None, None, None, 4,
                                                                 at="NATO in Afghanistan"),
             date=D("2010-07-13/2010-07-14", "in 24 hours"), source=None, cumulative=True,
             trigger=T("killed", at="forces killed in 24"),
             notes=("'The American deaths bring the number of international forces killed in 24 hours to 12, making "
                    "it one of the deadliest days for NATO in Afghanistan.' -> running total over one day (cumulative), "
                    "actor NATO (the ISAF forces; 'NATO' names them in the same sentence, surface the text's "
                    "'international forces'). Not a total of e1: it includes four non-US deaths not described in the "
                    "text. 'in 24 hours' -> publication day minus one / publication day (GUIDELINES 5, 'in the past 24 "
                    "hours'). Article's own voice -> source null.")),
    ],
    hard_negatives=[
        H("a roadside bombing", "count of an incident"),
        H("a separate gunbattle", "count of an incident"),
        H("a spokeswoman", "the speaker (Lieutenant Commander Katie Kendrick), not a counted person"),
        H("a vehicle-borne improvised explosive device", "count of a weapon"),
        H("24 hours", "duration (the date span of e6)"),
        H("one of the deadliest days", "'one' of days, not people"),
        H("a retired Afghan general", "the speaker (Amrullah Aman), not a counted person"),
        H("the past two months", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2014 (VOA preview)
ARGHANDAB = L("Zabul's Arghandab district", "AFG", "Zabul", None, None, 3)
MON_Z = D("2014-06-09", "Monday", at="killed Monday")
GHAZNI = L("southern Ghazni province", "AFG", "Ghazni", None, None, 3)
MAGHA = L("Mohammad Agha district", "AFG", "Logar", 34.21, 69.12, 2)
ANN["voa_2014_06_10_afghanistan_zabul_friendly_fire"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. troops killed"),
             civilian=False, count=C("five", value=5, at="five U.S. troops"), location=ARGHANDAB, date=MON_Z,
             source=S("Afghan officials say"), trigger=T("killed", at="troops killed Monday"),
             alt_mentions=[S("five", at="five Americans'")],
             notes=("'Afghan officials say five U.S. troops killed Monday in southern Afghanistan were fired on by "
                    "mistake in a coalition air strike.' -> killed (the cause, friendly fire, does not change the "
                    "outcome). Place: the next paragraph names the district of the operation ('Zabul's Arghandab "
                    "district'), more specific than 'southern Afghanistan' -> precision 3 (a district whose centre the "
                    "annotator does not know; admin1 Zabul). Kirby's 'the five Americans' deaths' restates the figure "
                    "-> alt mention.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="Afghan soldier"),
             civilian=False, count=C("an Afghan soldier", num="an", value=1, at="an Afghan soldier"),
             location=ARGHANDAB, date=D("2014-06-09", "Monday", at="killed Monday", derived_from_context=True),
             source=S("Afghan army officials say"), trigger=T("killed", at="also killed"),
             notes=("'Afghan army officials say an Afghan soldier was also killed in the incident.' -> value 1 "
                    "(singular determiner). 'the incident' = the Monday strike in Zabul -> place and day derived.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("AFG"), civilian=True,
             count=C("more than 30", num="30", value=30, low=30, qualifier="more than"), location=GHAZNI,
             date=D("2014-06-10", "On Tuesday"), source=None, trigger=T("kidnapped"),
             notes=("'On Tuesday militants kidnapped more than 30 Kandahar University teachers in southern Ghazni "
                    "province.' -> captured; teachers -> civilian true; Afghan by plain implication (section 10) -> "
                    "AFG, surface null. Article's own voice -> source null.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("AFG"), civilian=True,
             count=C("One", value=1, at="One teacher"), location=GHAZNI,
             date=D("2014-06-10", "On Tuesday", derived_from_context=True), source=None, hedge="reportedly",
             trigger=T("wounded", at="reportedly wounded"),
             notes=("'One teacher was reportedly wounded in the hostage-taking.' -> hedge 'reportedly' (no speaker). "
                    "One of the kidnapped teachers, but a different outcome: no part_of.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("eight", value=8, at="eight mine removal"), location=MAGHA,
             date=D("2014-06-10", "Tuesday", at="separate incident Tuesday"), source=None,
             trigger=T("killed", at="attacked and killed"), alt_mentions=[S("Eight", at="Eight were killed")],
             notes=("'In a separate incident Tuesday, gunmen attacked and killed eight mine removal experts working "
                    "for the Afghan non-governmental organization Mine Detection Center.' -> aid/demining workers, "
                    "civilian true; Afghan NGO staff -> AFG by plain implication, surface null. The most specific "
                    "place is in the spokesman's quote ('working in Mohammad Agha district'; 'Lugar province, south of "
                    "the capital' in between) -> district, precision 2 with the district centre's approximate "
                    "coordinates. The quote's 'Eight were killed' restates the figure (same people) -> alt mention; "
                    "the primary is in the article's voice, source null.")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("AFG"), civilian=True,
             count=C("three", value=3, at="three others wounded"), location=MAGHA,
             date=D("2014-06-10", "Today", at="Today, before noon"),
             source=S("Deen Mohammad Darwesh, spokesman for the provincial governor, said"),
             trigger=T("wounded", at="others wounded"),
             notes=("'\"... Eight were killed and three others wounded,\" he said.': 'he' = Deen Mohammad Darwesh, "
                    "spokesman for the provincial governor (pronoun resolved, GUIDELINES 5). 'Today' inside a "
                    "same-day quote -> publication day (Tuesday 10 June 2014). The demining team -> civilian true, "
                    "AFG.")),
    ],
    hard_negatives=[
        H("An Afghan military commander", "the speaker, not a counted person"),
        H("A Taliban spokesman", "the speaker (Qari Yousuf Ahmadi), not a counted person"),
        H("a security operation", "count of an operation"),
        H("an official vehicle", "count of a vehicle"),
        H("11 a.m.", "time of day"),
        H("a coalition air strike", "count of a strike"),
    ])

# ---------------------------------------------------------------- Somalia 2015 (VOA)
AMBUSH = L("nearly 100 kilometers south of the capital, Mogadishu", "SOM", "Lower Shabelle", None, None, 3)
MON_S = D("2015-11-02", "Monday's", at="Monday's attack", derived_from_context=True)
SAHAFI = L("the Sahafi Hotel", "SOM", "Banaadir", 2.05, 45.32, 1)
ANN["voa_2015_11_02_somalia_ambush_sahafi_hotel"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("more than a dozen", num="a dozen", value=12, low=12, approx=True, qualifier="more than a dozen"),
             location=AMBUSH, date=MON_S, source=None, trigger=T("killing", at="killing more"),
             notes=("'... have ambushed government soldiers south of the Somali capital, killing more than a dozen "
                    "military personnel.' -> VOA's own summary figure (source null), kept as its own event next to "
                    "the two sourced figures of the next sentence (set (f)'s Colombia decision for a figure in the "
                    "article's voice beside sourced ones). Somali government soldiers -> SOM, surface null ('Somali' "
                    "modifies 'militants' and 'capital'). Place and day from the next sentences ('Monday's attack'; "
                    "'the ambush, which took place nearly 100 kilometers south of the capital, Mogadishu') -> region "
                    "(Lower Shabelle by the annotator's reading), precision 3.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("30", value=30, at="at 30"), location=AMBUSH,
             date=D("2015-11-02", "Monday's", at="Monday's attack"), source=S("Al-Shabab put"),
             trigger=T("death toll"),
             notes=("'Al-Shabab put the death toll from Monday's attack at 30' -> the attackers' claim, a separate "
                    "claim from the military's (GUIDELINES 6). The toll is of the ambushed government soldiers "
                    "(context) -> SOM, surface null. Place from the next sentence (derived).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("at least 15", num="15", value=15, low=15, qualifier="at least"), location=AMBUSH,
             date=D("2015-11-02", "Monday's", at="Monday's attack"), source=S("a Somali military official says"),
             trigger=T("killed", at="were killed.\n"),
             notes=("'... while a Somali military official says at least 15 government soldiers were killed.' -> "
                    "SOM (government soldiers; 'Somali' names the speaker's side), surface null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("12", value=12, at="12 people"), location=SAHAFI,
             date=D("2015-11-01", "one day after"), source=None, is_total=True,
             trigger=T("killed", at="extremists killed"),
             notes=("'The attack took place one day after the same group of extremists killed 12 people at a "
                    "Mogadishu hotel.' -> 'one day after' Monday's attack = Sunday 1 November 2015 (also 'Sunday "
                    "morning' below). The hotel is named two paragraphs on ('the Sahafi Hotel') -> precision 1, "
                    "coordinates of central Mogadishu. Bare 'people' (lawmakers, a commander and a hotel owner among "
                    "them) -> actor and civilian null (section 10). Total of the breakdown 'two lawmakers, a military "
                    "commander ...'.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("two", value=2, at="two lawmakers"), location=SAHAFI,
             date=D("2015-11-01", "Sunday morning", derived_from_context=True), source=None, part_of="e4",
             trigger=T("dead", at="The dead included"),
             notes=("'The dead included two lawmakers, a military commander and the owner of the hotel.' -> part of "
                    "the 12; lawmakers are non-combatants (section 3: a council member is civilian) and Somali by "
                    "plain implication -> SOM, surface null. Day from 'Sunday morning' in the paragraph "
                    "(derived). Source null: the previous sentence's 'Somali authorities said' is not carried over.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("a military commander", num="a", value=1, at="a military commander"), location=SAHAFI,
             date=D("2015-11-01", "Sunday morning", derived_from_context=True), source=None, part_of="e4",
             trigger=T("dead", at="The dead included"),
             notes=("'a military commander' (singular determiner, value 1) -> part of the 12; identified in the next "
                    "paragraph as General Abdikarim Yusuf Dhagabadan, 'a former army commander' (that restatement of "
                    "a named individual is not a new event). Somali army -> SOM, civilian false. 'the owner of the "
                    "hotel' has no count word (hard negative).")),
    ],
    hard_negatives=[
        H("several military trucks", "count of vehicles"),
        H("nearly 100 kilometers", "distance"),
        H("all of the attackers", "killed attackers with no number ('all' alone)"),
        H("the owner of the hotel", "a single person with no count word (GUIDELINES 2)"),
        H("a former army commander", "restates the identity of the commander already counted"),
        H("several al-Shabab attempts", "count of attempts"),
        H("a car bomb", "count of a weapon"),
        H("a statement", "count of a statement"),
    ])

# ---------------------------------------------------------------- Niger 2017 (VOA, GlobalSecurity.org archive)
OCT4 = D("2017-10-04", "Oct. 4", at="troops Oct. 4.")
NIGER_C = L("Niger", "NER", None, None, None, 4, at="Niger say")
ANN["voa_2017_10_21_niger_ayorou_gendarmes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("NER"), civilian=False,
             count=C("at least a dozen", num="a dozen", value=12, low=12, qualifier="at least"),
             location=L("the town of Ayorou", "NER", "Tillaberi", 14.73, 0.92, 1),
             date=D("2017-10-21", "Saturday's", derived_from_context=True), source=S("Authorities in Niger say"),
             trigger=T("killed", at="have been killed"),
             notes=("'Authorities in Niger say at least a dozen paramilitary police have been killed in an attack ...' "
                    "-> value 12, low 12, qualifier 'at least' ('a dozen' is the numeral). Paramilitary police -> "
                    "civilian false (section 3), Nigerien by context -> NER, surface null. Place and day from the next "
                    "paragraph ('Saturday's attack ... The raid took place in the town of Ayorou'; the 'gendarmes' "
                    "base' follows) -> Ayorou, precision 1; Saturday 21 October 2017, derived.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. Green Beret"),
             civilian=False, count=C("four", value=4, at="four U.S. Green Beret"), location=NIGER_C, date=OCT4,
             source=None, trigger=T("killed", at="that killed four"),
             notes=("'... similar to the one that killed four U.S. Green Beret and four Nigerien troops Oct. 4.' -> two "
                    "events, one per side (the text gives no total). The text places that attack only as 'in the "
                    "same area' -> country level, Niger (the first sentence's 'Authorities in Niger'), precision 4 "
                    "(the Tongo Tongo site is not named). Article's voice -> source null. The later 'other three "
                    "service members who died' restates three of these four (hard negative).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("NER", "Nigerien", at="Nigerien troops"),
             civilian=False, count=C("four", value=4, at="four Nigerien"), location=NIGER_C, date=OCT4,
             source=None, trigger=T("killed", at="that killed four"),
             notes="Same clause as e2, the Nigerien troops killed on 4 October 2017."),
    ],
    hard_negatives=[
        H("about 200 kilometers", "distance"),
        H("five vehicles", "count of vehicles (the attackers' number is not given)"),
        H("a gendarmes' base", "a place"),
        H("a string of recent incursions", "count of incursions, no figure"),
        H("the other three service members", "restates three of the four U.S. soldiers already counted (e2)"),
        H("A retired police officer", "a funeral-goer quoted by AP, not a casualty"),
    ])

# ---------------------------------------------------------------- Afghanistan 2019 (VOA)
SAYEDABAD = L("Sayedabad district of the eastern Afghan province of Wardak", "AFG", "Wardak", 34.00, 68.71, 2)
QALANAW = L("Qala-e-Naw, the capital of the northwestern Badghis province", "AFG", "Badghis", 34.99, 63.13, 1)
TALIBAN_SRC = S("The Taliban insurgency said")
HEDGE_T = "though the insurgent claims are often inflated"
ANN["voa_2019_07_13_afghanistan_wardak_badghis"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "American", at="American soldier was"),
             civilian=False, count=C("an American soldier", num="an", value=1, at="an American soldier"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="alliance in Afghanistan"),
             date=D("2019-07-13", "Saturday", at="Saturday, which"),
             source=S("The NATO-led security alliance in Afghanistan says"), trigger=T("killed", at="was killed"),
             notes=("'The NATO-led security alliance in Afghanistan says an American soldier was killed \u201cin "
                    "action\u201d Saturday' -> value 1. The alliance 'gave no further details'; the place comes only "
                    "from the Taliban's claim (Sayedabad, Wardak), a different source, so the event keeps the country "
                    "named in its own sentence (precision 4).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. military this year"),
             civilian=False, count=C("11", value=11),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="year in the Afghanistan"),
             date=D("2019-01-01/2019-07-13", "this year"), source=S("The NATO-led security alliance in Afghanistan says"),
             cumulative=True, trigger=T("deaths", at="deaths among"),
             notes=("'... which brings to 11 the number of deaths among the U.S. military this year in the "
                    "Afghanistan.' -> running total (cumulative), 1 January - 13 July 2019. The relative clause "
                    "continues the alliance's statement -> same source (close call: it may be VOA's own count).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. service members"),
             civilian=False, count=C("2,430", value=2430), location=None,
             date=D("2001-10/2019-07-13", "since the Afghan war started in October of 2001"), source=None,
             cumulative=True, hedge="reportedly", trigger=T("killed", at="members killed"),
             notes=("'The fatality reportedly has brought to 2,430 the number of U.S. service members killed since the "
                    "Afghan war started in October of 2001.' -> running total, hedge 'reportedly' (no speaker), "
                    "'since X' -> October 2001 / publication. No place phrase ('Afghan war' is an adjective) -> "
                    "location null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("USA", "American", at="American armored"),
             civilian=False, count=C("two", value=2, at="two \u201cinvaders"), location=SAYEDABAD,
             date=D("2019-07-13", "Saturday", at="Saturday, which", derived_from_context=True), source=TALIBAN_SRC,
             hedge=HEDGE_T, trigger=T("killing", at="killing two"),
             notes=("'It went on to claim the powerful blast struck an American armored personnel carrier, killing two "
                    "\u201cinvaders [references to foreign troops] and injuring three others\u201d': 'It' = the "
                    "Taliban insurgency of the previous sentence (source resolved, GUIDELINES 5); the article's 'the "
                    "insurgent claims are often inflated' -> hedge (GUIDELINES 9.1). The invaders are the crew of an "
                    "American carrier -> USA (surface 'American'). Place from the previous sentence (the bomb in "
                    "Sayedabad district, Wardak; district centre, precision 2). No day in the claim: the lede's "
                    "Saturday, to which the article ties it (derived; close call). A different claim from NATO's one "
                    "soldier (e1), so a separate event.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("USA", "American", at="American armored"),
             civilian=False, count=C("three", value=3, at="three others"), location=SAYEDABAD,
             date=D("2019-07-13", "Saturday", at="Saturday, which", derived_from_context=True), source=TALIBAN_SRC,
             hedge=HEDGE_T, trigger=T("injuring"),
             notes="'... and injuring three others' -> same claim, source and hedge as e4."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("USA", "American", at="American soldiers.\n"),
             civilian=False, count=C("two", value=2, at="two American soldiers"), location=SAYEDABAD,
             date=D("2019-06", "late last month", approx=True), source=None,
             trigger=T("killed", at="had killed two"),
             notes=("'A Taliban ambush in the same Afghan district late last month had killed two American soldiers.' "
                    "-> 'last month' = June 2019 ('late' not encoded, approx). 'the same Afghan district' = Sayedabad "
                    "(previous paragraphs, derived place). Article's own voice -> source null.")),
        dict(id="e7", type="presence", actor=A("NATO", "NATO", at="NATO-led security mission"), civilian=False,
             count=C("about 20,000", num="20,000", value=20000, approx=True, qualifier="about"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="alliance in Afghanistan"),
             date=D(None), source=None, trigger=T("consists"),
             notes=("'The NATO-led security mission of about 20,000 foreign troops consists mainly of American soldiers "
                    "...' -> presence of the Resolute Support mission (actor NATO, surface the 'NATO' of 'NATO-led'), "
                    "place Afghanistan from the first sentence (derived, country level). No time expression -> date "
                    "null. 'mainly of American soldiers' gives no number: no USA part.")),
        dict(id="e8", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("at least three", num="three", value=3, low=3, qualifier="at least", at="at least three"),
             location=QALANAW, date=D(None), source=S("Afghan officials told VOA"),
             trigger=T("killing", at="killing at least"),
             notes=("'... stormed a police base in Qala-e-Naw, the capital of the northwestern Badghis province, killing "
                    "at least three security personnel and wounding eight others.' -> security personnel at a police "
                    "base -> civilian false, Afghan by context -> AFG, surface null. No time expression for this "
                    "clause ('Meanwhile') -> date null (set (g)'s same-day roundup decision).")),
        dict(id="e9", type="casualty", outcome="wounded", actor=A("AFG"), civilian=False,
             count=C("eight", value=8, at="eight others"), location=QALANAW, date=D(None),
             source=S("Afghan officials told VOA"), trigger=T("wounding"),
             notes="'... and wounding eight others' -> 'others' = other security personnel (same clause), AFG."),
        dict(id="e10", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("two", value=2, at="two of them"), location=QALANAW, date=D(None),
             source=S("The Afghan interior ministry said"), trigger=T("killing", at="killing two of them"),
             notes=("'... security forces were locked in an intense exchange of fire with the assailants, killing two "
                    "of them and trying to neutralize the rest.' -> two of the attackers killed by the security forces "
                    "(not a self-inflicted death, so counted). The attackers are called \u201csuicide bombers\u201d "
                    "and 'assailants' with no group named -> generic actor militants (section 10). 'the rest' has no "
                    "number (hard negative).")),
    ],
    hard_negatives=[
        H("a road side bomb", "count of a weapon"),
        H("an American armored personnel carrier", "count of a vehicle"),
        H("a brief statement", "count of a statement"),
        H("a group of heavily armed", "attacking force with no number (GUIDELINES 2)"),
        H("the rest", "remaining attackers, no number"),
        H("a nearby hotel", "a place"),
        H("a police base", "a place"),
    ])

# ---------------------------------------------------------------- Pakistan 2019 (VOA)
SAT_P = D("2019-07-27", "Saturday", derived_from_context=True)
ANN["voa_2019_07_27_pakistan_north_waziristan_turbat"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PAK", "Pakistani", at="Pakistani soldiers"),
             civilian=False, count=C("At least 10", num="10", value=10, low=10, qualifier="at least"),
             location=None, date=D("2019-07-27", "Saturday"), source=S("the military said"), is_total=True,
             trigger=T("killed", at="were killed Saturday"),
             notes=("'At least 10 Pakistani soldiers were killed Saturday in two militant attacks, the military said.' "
                    "-> total of the two attacks (six + four), is_total. The total spans two places (North Waziristan, "
                    "Balochistan) and its sentence names none -> location null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("Six", value=6, at="Six soldiers"),
             location=L("the Gurbaz area of the North Wazirstan region", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=SAT_P, source=None, part_of="e1", trigger=T("killed", at="were killed in the first"),
             notes=("'Six soldiers were killed in the first attack when militants across the Afghan border fired on a "
                    "military patrol near a security post in the Gurbaz area of the North Wazirstan region.' -> part of "
                    "the ten; Pakistani by context -> PAK, surface null. The annotator does not know the Gurbaz area's "
                    "point -> precision 3 (region, North Waziristan, now Khyber Pakhtunkhwa). Day from the lede "
                    "(derived). The lede's 'the military said' is not carried over (source null, as in set (g)). The "
                    "attackers have no count.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("Four", value=4, at="Four paramilitary"),
             location=L("near Turbat in southwestern Baluchistan province", "PAK", "Balochistan", 26.00, 63.05, 2),
             date=SAT_P, source=None, part_of="e1", trigger=T("killed", at="were killed in the second"),
             notes=("'Four paramilitary troops were killed in the second attack during a search operation near Turbat "
                    "in southwestern Baluchistan province.' -> paramilitary troops, civilian false, PAK by context; "
                    "'near Turbat' -> precision 2 with Turbat's coordinates.")),
    ],
    hard_negatives=[
        H("two militant attacks", "count of attacks"),
        H("a military patrol", "count of a patrol (unit, no head count)"),
        H("a security post", "a place"),
        H("a search operation", "count of an operation"),
        H("the first time", "ordinal, not a count"),
        H("the nearly 18-year-old war", "duration"),
    ])

# ---------------------------------------------------------------- DOD News 2021 (defense.gov)
ANN["dod_2021_08_13_afghanistan_kabul_airport_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("the 3,000", num="3,000", value=3000, at="the 3,000"),
             location=L("Kabul", "AFG", "Kabul", 34.53, 69.17, 1, at="responsibility to Kabul"),
             date=D("2021-08-13", "today", at="happening today", derived_from_context=True),
             source=S("Kirby said", at="Kirby said."), trigger=T("deploying"),
             notes=("'\"And I expect that by the end of the weekend the bulk of the 3,000 [service members who are "
                    "deploying] will be in place,\" Kirby said.' -> deployment of 3,000 US service members (the three "
                    "battalions and their forces, context) to Kabul (destination in the previous paragraph: 'move from "
                    "their locations in the U.S. Central Command's area of responsibility to Kabul'; the airport is "
                    "named in the first sentence). Count phrase 'the 3,000' (the definite article refers to the figure "
                    "announced the day before); 'the bulk of' is a share, not a bound. The movement is under way ('The "
                    "troop movements that were announced yesterday are happening today') -> not planned; date = "
                    "'today' of that sentence, 13 August 2021 (derived). Actor USA from context (surface null). The "
                    "trigger is the deployment verb inside the bracketed insertion.")),
    ],
    hard_negatives=[
        H("Three battalions", "unit count, no head count (GUIDELINES 2)"),
        H("a Marine Corps battalion", "a unit"),
        H("another Marine Corps infantry battalion", "a unit ('another' + unit, not persons)"),
        H("a Marine Expeditionary Unit", "a unit"),
        H("a U.S. Army infantry battalion", "a unit"),
        H("the next couple of days", "duration"),
        H("U.S. Forces Afghanistan-Forward", "presence in Kabul with no number"),
    ])

# ---------------------------------------------------------------- DVIDS 2020 (Delaware National Guard)
ANN["dvids_2020_08_09_delaware_guard_kosovo_deployment"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("more than 50", num="50", value=50, low=50, qualifier="more than"),
             location=L("Kosovo", "XKX", None, None, None, 4, at="deploy to Kosovo"),
             date=D("2020-08", "later this month", derived_from_context=True), source=None, planned=True,
             trigger=T("scheduled to deploy"),
             notes=("'The Delaware National Guard held a deployment ceremony for more than 50 Delaware Army National "
                    "Guardsmen ...' -> the head count of the guardsmen who 'are scheduled to deploy to Kosovo' (next "
                    "sentence, destination and trigger; the count's own sentence has only the noun 'deployment "
                    "ceremony') -> planned deployment (they leave 'later this month'). Kosovo has no ISO code: the "
                    "user-assigned XKX, as in sets (c) and (e); precision 4. Date: 'later this month' -> August 2020 "
                    "(derived; the ceremony day, Sunday 9 August, is not the deployment). US Army National Guard -> "
                    "USA, surface null ('Delaware' names a state, not a side). New Castle, Del. is the origin.")),
    ],
    hard_negatives=[
        H("10 a.m.", "time of day"),
        H("A & D Companies", "units, no head count"),
        H("238th Aviation Regiment", "unit number"),
        H("since 1999", "date"),
        H("every one of the service members", "'one' inside 'every one of', refers to the same guardsmen, no new count"),
        H("our men and women", "no number"),
    ])

# -*- coding: utf-8 -*-
"""Hand annotations. Spans are NOT written here: build.py finds every surface string in the text.

A surface is located by its first occurrence at or after the anchor string `at` (the anchor itself must
occur once, first occurrence used); without `at`, the first occurrence in the text.
Country codes ISO 3166-1 alpha-3; coordinates are the annotator's knowledge, 2 decimals.
"""


def L(surface, country, admin1, lat, lon, precision, at=None):
    return dict(surface=surface, at=at, country=country, admin1=admin1, lat=lat, lon=lon, precision=precision)


def C(surface, num=None, value=None, low=None, high=None, approx=False, qualifier=None, at=None):
    return dict(surface=surface, num=num or surface, value=value, low=low, high=high, approx=approx,
                qualifier=qualifier, at=at)


def D(value, surface=None, at=None, **flags):
    return dict(value=value, surface=surface, at=at, **flags)


def S(surface, at=None):
    return dict(surface=surface, at=at)


def A(value, surface=None, at=None):
    return dict(value=value, surface=surface, at=at)


def H(surface, why, at=None):
    return dict(surface=surface, at=at, why=why)


ANN = {}

# ---------------------------------------------------------------- Iraq 2005 (AFPS)
SAL = "Salah ad Din"
ANB = L("throughout Anbar province", "IRQ", "Anbar", None, None, 3)
ANN["dod_2005_02_24_iraq_samarra_tikrit_haqlaniya"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA"), civilian=False,
             count=C("A", value=1, at="A Task Force Liberty soldier"),
             location=L("north of Samarra, Iraq", "IRQ", SAL, 34.2, 43.87, 2),
             date=D("2005-02-24", "today", at="were wounded today"),
             source=S("Multinational Force Iraq officials reported"),
             notes=("'A Task Force Liberty soldier was killed ... today by improvised explosive devices north of Samarra': "
                    "Task Force Liberty is the US Army division-led force in north-central Iraq (actor USA from context; the "
                    "unit name is not a side name, so surface null). 'today' = the dateline day, 24 Feb 2005. Place 'north "
                    "of Samarra' -> precision 2 with Samarra's coordinates.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("two", value=2, at="two others were wounded"),
             location=L("north of Samarra, Iraq", "IRQ", SAL, 34.2, 43.87, 2),
             date=D("2005-02-24", "today", at="were wounded today"),
             source=S("Multinational Force Iraq officials reported"),
             notes=("'two others were wounded' = two more soldiers of the same force (elliptical, actor USA from e1). 'The "
                    "wounded soldiers were taken to a coalition forces medical facility' restates them without a count word "
                    "(no alt mention). Treatment status is not an event.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ", "Iraqis", at="15 Iraqis"), civilian=None,
             count=C("as many as 15", num="15", value=15, high=15, approx=True, qualifier="as many as"),
             location=L("the police station in Tikrit", "IRQ", SAL, 34.61, 43.68, 1),
             date=D("2005-02-24", "At about the same time", derived_from_context=True),
             source=S("Initial media reports say"),
             notes=("'a vehicle-borne IED detonated near the police station in Tikrit. Initial media reports say as many as 15 "
                    "Iraqis were killed.' 'as many as' is an upper bound (like 'up to': high 15, approx). Bare 'Iraqis' -> "
                    "civilian null (held-out precedent 'eight Israelis'). Date: 'At about the same time' as the Samarra blasts "
                    "'today' (derived_from_context). The headline's 'Eight Iraqis' contradicts this figure; headlines are not "
                    "annotated. Place 'near the police station' -> the station as the point (precision 1).")),
        dict(id="e4", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("three", value=3, at="detained three military-aged men"),
             location=L("a mosque in Haqlaniya", "IRQ", "Anbar", 34.07, 42.36, 1),
             date=D("2005-02-23", "Feb. 23", at="clashed with terrorists Feb. 23", derived_from_context=True),
             source=None, released=False,
             notes=("'Iraqi soldiers ... supported by U.S. Marines, detained three military-aged men at a mosque in Haqlaniya "
                    "at about.' (the time is missing in the source). The men are not identified as insurgents -> actor null, "
                    "civilian null. Date: the Haqlaniya clashes of 'Feb. 23' in the earlier paragraph, confirmed by the next "
                    "paragraph's 'Also on Feb. 23' (derived_from_context).")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("29", value=29, at="detained 29 terrorists"), location=ANB,
             date=D("2005-02-23", "Feb. 23", at="Also on Feb. 23"), source=None, released=False,
             part_of="e6",
             notes=("'U.S. forces detained 29 terrorists ... during operations throughout Anbar province' on 23 Feb 2005. "
                    "Unnamed 'terrorists' -> generic actor 'insurgents' (section 10). part_of the running total e6 ('Those "
                    "detentions bring to 87').")),
        dict(id="e6", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("87", value=87, at="bring to 87"),
             location=L("Anbar province", "IRQ", "Anbar", None, None, 3, at="throughout Anbar province"),
             date=D("2005-02-20/2005-02-24", "since Operation River Blitz began Feb. 20"),
             source=S("officials said", at="began Feb. 20, officials said"), cumulative=True, released=False,
             notes=("'Those detentions bring to 87 the number of suspected terrorists detained since Operation River Blitz "
                    "began Feb. 20': running total (cumulative), interval 20 Feb 2005 / publication day. Place: the operation "
                    "area named in the previous sentence (Anbar province); 'four cities along the Euphrates River' is not a "
                    "place name.")),
    ],
    hard_negatives=[
        H("two separate occasions", "count of air-support missions, not people"),
        H("17 40 mm rounds", "count and calibre of munitions"),
        H("Regimental Combat Team 7", "unit number, not a count"),
        H("1st Marine Division", "unit ordinal, not a count"),
        H("two 500-pound bombs", "count and weight of munitions"),
        H("no U.S. casualties", "negated casualties"),
        H("several weapons caches", "count of caches, not people"),
        H("four cities along the Euphrates River", "count of cities (places), not people"),
    ])

# ---------------------------------------------------------------- Iraq 2008 (AFPS)
BALAD = L("near Balad", "IRQ", SAL, 34.01, 44.15, 2)
MOSUL = L("In Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1)
YT = D("2008-06-19/2008-06-20", "yesterday and today", at="detained 18 suspected terrorists yesterday and today")
ANN["dod_2008_06_20_iraq_balad_mosul_raids"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("insurgents"), civilian=False,
             count=C("four", value=4, at="killed four armed men"), location=BALAD,
             date=D("2008-06-20", "today", at="At one location today"), source=None,
             alt_mentions=[S("four", at="killed four enemy fighters"), S("four", at="killed four terrorists")],
             notes=("One claim stated three times: 'killed four enemy fighters' (lede), 'killed four terrorists ... yesterday "
                    "and today during operations around Baghdad' and, in the fullest account, 'At one location today ... They "
                    "returned fire and killed four armed men' in the operations near Balad. The fullest sentence is primary "
                    "(GUIDELINES section 6); the two earlier 'four' are alt mentions. Unnamed armed men / 'enemy fighters' -> "
                    "generic actor 'insurgents'. No attribution in the primary sentence (the lede's 'military officials said' "
                    "is not carried over).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="detained dozens more"),
             location=None,
             date=D("2008-06-17/2008-06-20", "over the past few days", approx=True),
             source=S("military officials said"), is_total=True, released=False,
             notes=("Lede: 'killed four enemy fighters and detained dozens more' = more enemy fighters detained (actor as e1). "
                    "Total over the article's operations ('several operations over the past few days'): is_total; the itemized "
                    "figures (18 around Baghdad, 12 in Mosul, 4 in eastern Mosul) add up to 34. 'over the past few days' -> "
                    "approximate interval of three days before publication. No place in the sentence (Iraq only from the "
                    "title/context) -> location null.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("18", value=18, at="detained 18 suspected terrorists"),
             location=L("around Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2), date=YT, source=None,
             part_of="e2", released=False,
             notes=("'detained 18 suspected terrorists yesterday and today during operations around Baghdad targeting "
                    "al-Qaida in Iraq bombing networks'. The detainees are not themselves identified as al-Qaida in Iraq "
                    "members -> generic 'insurgents'. Breakdown: 16 near Balad (e4) + 'a suspected key leader' (e5) + 'a man' "
                    "(e6) = 18.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("16", value=16, at="detained 16 additional"), location=BALAD,
             date=D("2008-06-19/2008-06-20", "yesterday and today", at="At other locations yesterday and today"),
             source=None, part_of="e3", released=False,
             notes=("'At other locations yesterday and today, coalition forces detained 16 additional suspected terrorists': "
                    "the other locations of the operations near Balad (place from the paragraph). 'additional' = more, not a "
                    "bound.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("al-Qaida in Iraq", "al-Qaida in Iraq",
                                                                       at="key leader in the al-Qaida in Iraq"),
             civilian=False, count=C("a", value=1, at="a suspected key leader"), location=None,
             date=D("2008-06-19/2008-06-20", "yesterday and today", at="detained 18 suspected terrorists yesterday and today",
                    derived_from_context=True),
             source=None, part_of="e3", released=False,
             notes=("'Coalition forces captured a suspected key leader in the al-Qaida in Iraq media network': the text names "
                    "his group. No place or time in the sentence; the paragraph continues the account of the operations of "
                    "'yesterday and today' (date derived_from_context). part_of e3 on the arithmetic 16 + 1 + 1 = 18 (the text "
                    "does not say so explicitly).")),
        dict(id="e6", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("a", value=1, at="a man believed to conspire"), location=None,
             date=D("2008-06-19/2008-06-20", "yesterday and today", at="detained 18 suspected terrorists yesterday and today",
                    derived_from_context=True),
             source=None, part_of="e3", released=False,
             notes=("'Another operation netted a man believed to conspire directly with an al-Qaida in Iraq leader in Baghdad': "
                    "'netted' = captured. The man is an associate, not named as a member -> generic 'insurgents'. 'in Baghdad' "
                    "locates the leader, not the capture -> location null. Date and part_of as e5.")),
        dict(id="e7", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("12", value=12, at="detained 12 people"), location=MOSUL,
             date=D("2008-06-20", "today", at="detained 12 people today"),
             source=S("officials said", at="al-Qaida in Iraq network, officials said"), released=False,
             notes="'In Mosul, coalition forces detained 12 people today': bare 'people' -> actor null, civilian null."),
        dict(id="e8", type="casualty", outcome="captured",
             actor=A("al-Qaida in Iraq", "al-Qaida in Iraq", at="criminal attacks for the al-Qaida in Iraq"),
             civilian=False, count=C("two", value=2, at="two wanted men"), location=MOSUL,
             date=D("2008-06-20", "today", at="detained 12 people today"),
             source=S("officials said", at="al-Qaida in Iraq network, officials said"), part_of="e7", released=False,
             notes=("'including two wanted men believed to oversee criminal attacks for the al-Qaida in Iraq network': part of "
                    "the 12; the text ties them to al-Qaida in Iraq.")),
        dict(id="e9", type="casualty", outcome="captured",
             actor=A("Islamic State of Iraq", "Islamic State of Iraq"), civilian=False,
             count=C("four", value=4, at="captured four suspected cell members"),
             location=L("eastern Mosul", "IRQ", "Nineveh", 36.35, 43.17, 2),
             date=D("2008-06-19", "yesterday", at="In operations yesterday", derived_from_context=True),
             source=None, released=False,
             notes=("List item under 'In operations yesterday:': 'Iraqi special operations forces captured four suspected cell "
                    "members for the Islamic State of Iraq, a front organization for al-Qaida in Iraq, in eastern Mosul'. The "
                    "group named for them is the Islamic State of Iraq (the text calls it an AQI front). Date from the list's "
                    "lead-in (derived_from_context). 'eastern Mosul' = part of a city -> precision 2.")),
    ],
    hard_negatives=[
        H("several operations", "count of operations, not people"),
        H("a series of operations", "count of operations"),
        H("About 130 kilometers", "distance"),
        H("three terrorist hideouts", "count of hideouts, not people"),
        H("an al-Qaida in Iraq leader in Baghdad", "a person mentioned as the target of a conspiracy; not captured, killed or counted"),
    ])

# ---------------------------------------------------------------- Syria 2013 (VOA)
ARIHA = L("the northwestern town of Ariha", "SYR", "Idlib", 35.81, 36.61, 1)
ADRA = L("the town of Adra near Damascus", "SYR", "Rif Dimashq", 33.61, 36.51, 1)
SUN = D("2013-07-21", "Sunday", at="hit Sunday", derived_from_context=True)
ANN["voa_2013_07_21_syria_ariha_adra_tal_abyad"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 18", num="18", value=18, low=18, qualifier="at least"), location=ARIHA, date=SUN,
             source=S("A Syrian activist group says"),
             notes=("'government shelling has killed at least 18 people in northern Syria'; the next paragraph places it: "
                    "'mortar shells hit Sunday in the northwestern town of Ariha' (place and date from context). Bare 'people' "
                    "-> actor null; civilian true because the victims are described as including two women and a child, and "
                    "the town is shelled by government forces (section 10 mixed-toll rule; unseen (b) Kurram precedent). The "
                    "headline says '18 Civilians' but headlines are not annotated. 'Sunday' in a Sunday story = 21 July 2013.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("two", value=2, at="two women and a child"), location=ARIHA, date=SUN,
             source=S("The group says"), part_of="e1",
             notes="'the victims included two women and a child': breakdown of e1 (two women)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("a", value=1, at="and a child"), location=ARIHA, date=SUN,
             source=S("The group says"), part_of="e1",
             notes="'... and a child': breakdown of e1 (one child)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("rebels", "rebels", at="28 rebels"), civilian=False,
             count=C("28", value=28, at="28 rebels"), location=ADRA,
             date=D("2013-07-21", "Earlier", at="Earlier, rebels", derived_from_context=True),
             source=S("A Syrian activist group says"),
             alt_mentions=[S("the rebels killed")],
             notes=("'28 rebels died near Damascus battling government forces'; the place is given in the next paragraph ('the "
                    "town of Adra near Damascus'). Date: 'Earlier' (than the Sunday shelling), read as the same Sunday "
                    "(derived_from_context; the text could also mean an earlier day). 'In addition to the rebels killed' "
                    "restates them without a count (alt mention).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("SYR", "Syria's", at="Syria's elite Republican Guard"),
             civilian=False, count=C("a", value=1, at="a leader and some members"), location=ADRA,
             date=D("2013-07-21", "Earlier", at="Earlier, rebels", derived_from_context=True),
             source=S("the Observatory says", at="the Observatory says a leader"),
             notes=("'the Observatory says a leader and some members of Syria's elite Republican Guard died in the clashes': "
                    "'a leader' is a singular determiner on a person noun (value 1); 'some members' has no quantity (hard "
                    "negative).")),
        dict(id="e6", type="casualty", outcome="captured", actor=A("Kurds", "Kurdish", at="300 Kurdish civilians"),
             civilian=True, count=C("300", value=300, at="300 Kurdish civilians"),
             location=L("the town of Tal Abyad", "SYR", "Raqqa", 36.7, 38.95, 1),
             date=D(None), source=S("the Observatory says", at="Separately, the Observatory says"), released=True,
             notes=("'Islamist fighters ... freed 300 Kurdish civilians they had detained in exchange for the local commander': "
                    "release of captives -> captured, released true. Actor: the victims' side; the text gives their ethnicity "
                    "('Kurdish'), not a state, so the value is 'Kurds' (not SYR). Place: the exchange concerns the commander "
                    "'in the town of Tal Abyad' (next paragraph), where the hostages were rounded up; 'near Syria's northern "
                    "border with Turkey' is the wider description. No time expression for the release itself (the commander "
                    "was captured 'late Saturday', the fighting 'subsided Sunday') -> date null.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(["Kurds", "militants"]), civilian=False,
             count=C("More than 60", num="60", value=60, low=60, qualifier="more than"),
             location=L("the northeastern province of Hassakeh", "SYR", "Al-Hasakah", None, None, 3),
             date=D("2013-07-14/2013-07-21", "over the past week", at="Hassakeh over the past week",
                    derived_from_context=True),
             source=None, cumulative=True,
             notes=("'Syrian Kurds have been trying to expel al-Qaida-linked militants ... from the northeastern province of "
                    "Hassakeh over the past week. More than 60 fighters have been killed from both sides.' A toll covering both "
                    "sides -> list actor (Kurds, and the al-Qaida-linked militants, not named more precisely here). Running "
                    "total over 'the past week' (previous sentence) -> interval publication minus seven days / publication, "
                    "cumulative. No attribution in the sentence (source null).")),
    ],
    hard_negatives=[
        H("some members", "no quantity ('some')"),
        H("the local commander", "a single named individual (Abu Musaab), no count word; an exchange object"),
        H("the Islamist commander", "named individual (Abu Musaab) captured, no count word"),
        H("civilians believed to be relatives", "hostages rounded up, no quantity (the 300 freed are e6)"),
        H("many of whom are foreign fighters", "vague share of the militants, no count of killed or present"),
    ])

# ---------------------------------------------------------------- DR Congo 2013 (VOA)
ANN["voa_2013_08_23_drc_goma_m23_peacekeepers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("COD"), civilian=True,
             count=C("two", value=2, at="killed two civilians"),
             location=L("outside the flashpoint city of Goma", "COD", "North Kivu", -1.68, 29.23, 2),
             date=D(None), source=S("U.N. and Congolese officers said"), reported_date="2013-08-23",
             notes=("'peacekeepers fired at the rebels outside the flashpoint city of Goma after rebel artillery shells killed "
                    "two civilians'. Civilians in Goma, DR Congo -> actor COD (plainly implied by the place, section 10), "
                    "surface null. The killing has no date of its own; the sentence gives only the reporting day ('said "
                    "Friday') -> date null, reported_date 2013-08-23.")),
    ],
    hard_negatives=[
        H("third straight day", "ordinal day of the fighting, a duration"),
        H("about one million people", "population of Goma, not troops or casualties"),
        H("They are killing people around here", "casualty claim with no quantity"),
        H("several kilometers", "distance"),
        H("a 2009 peace agreement", "year / agreement, not people"),
        H("former rebels who were integrated into the Congolese army", "the group's origin, no quantity"),
    ])

# ---------------------------------------------------------------- South Sudan 2014 (VOA)
ANN["voa_2014_03_05_south_sudan_juba_giada_barracks"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SSD"), civilian=False,
             count=C("five", value=5, at="five soldiers were killed"),
             location=L("the Giada army barracks on the outskirts of Juba", "SSD", "Central Equatoria", 4.83, 31.6, 1),
             date=D("2014-03-05", "Wednesday's", at="Wednesday's clashes", derived_from_context=True),
             source=S("South Sudan's government says"),
             notes=("'fighting at an army base in the capital has been \"contained\" but only after five soldiers were killed': "
                    "government soldiers in an internal army clash (actor SSD from context, surface null). Place and day from "
                    "the next sentence ('Wednesday's clashes at the Giada army barracks on the outskirts of Juba'); Wednesday "
                    "= 5 March 2014, the publication day.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("SSD"), civilian=False,
             count=C("scores", value=None, low=40, approx=True, qualifier="scores", at="scores of others injured"),
             location=L("the Giada army barracks on the outskirts of Juba", "SSD", "Central Equatoria", 4.83, 31.6, 1),
             date=D("2014-03-05", "Wednesday's", at="Wednesday's clashes", derived_from_context=True),
             source=S("South Sudan's government says"),
             notes=("'scores of others injured' = other soldiers (elliptical, actor as e1). Vague magnitude 'scores': value "
                    "null, low 40 (two score), qualifier 'scores' (by analogy with 'dozens' -> 24).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands", at="left thousands dead"),
             location=L("across South Sudan", "SSD", None, None, None, 4),
             date=D("2013-12-15/2014-03-05", "December 15", at="began December 15", derived_from_context=True, approx=True),
             source=None, cumulative=True,
             notes=("'The fighting set off weeks of political and ethnic violence across South Sudan that left thousands dead': "
                    "running toll of the civil war since it 'began December 15' (2013) -> interval to publication, approx "
                    "(the text says 'weeks of ... violence'), cumulative. 'thousands' -> low 2000 (unseen (b) precedent). Mixed "
                    "dead of all sides and civilians, not described -> actor null, civilian null.")),
    ],
    hard_negatives=[
        H("members of the presidential guard", "no quantity"),
        H("hundreds of thousands from their homes", "displaced people, out of scope"),
        H("other soldiers from outside the barracks", "intervening troops with no quantity"),
        H("Soldiers have been deployed along the city's main roads", "deployment with no quantity"),
        H("many residents of Juba", "residents who panicked, not casualties; no number"),
    ])

# ---------------------------------------------------------------- Nigeria 2014 (VOA)
ANN["voa_2014_11_20_nigeria_azaya_kura_mafa"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 45", num="45", value=45, low=45, qualifier="at least"),
             location=L("Azaya Kura village in the Mafa area", "NGA", "Borno", 11.93, 13.6, 2),
             date=D("2014-11-19", "Wednesday", at="local time Wednesday", derived_from_context=True),
             source=S("Sources in northern Nigeria say"),
             alt_mentions=[S("45", at="counted 45 victims")],
             notes=("'at least 45 people are dead after suspected Boko Haram militants attacked a village in Borno State'; the "
                    "militants 'started attacking residents' of Azaya Kura village 'at about noon local time Wednesday' (19 "
                    "Nov 2014 in a Thursday story; date derived_from_context). Bare 'people' -> actor null; civilian true by "
                    "coreference with the attacked residents/villagers. 'villagers have counted 45 victims' (a local resident) "
                    "repeats the same figure -> alt mention, not a new claim (GUIDELINES section 6). Coordinates: those of "
                    "Mafa town (the village's own point is not known to the annotator) -> precision 2.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands", at="thousands of deaths"),
             location=None,
             date=D("2009/2014-11-20", "during its five-year insurgency", approx=True),
             source=None, cumulative=True,
             notes=("'Boko Haram is blamed for thousands of deaths during its five-year insurgency': running toll; 'five-year "
                    "insurgency' -> interval 2009 / publication (approx). The dead are of all kinds -> actor null, civilian "
                    "null. No place in the sentence (the previous one says 'in the region') -> location null. 'is blamed' "
                    "names no speaker: source null.")),
    ],
    hard_negatives=[
        H("Most residents in Mafa", "displaced residents ('fled their homes'), out of scope"),
        H("nearly two months ago", "time expression"),
        H("three northeastern states", "count of states"),
        H("deploy troops \"to trouble spots\"", "possible deployment with no quantity"),
        H("a number of towns", "count of towns, no quantity"),
        H("more bodies yet to be found", "speculative further dead, no quantity"),
    ])

# ---------------------------------------------------------------- Nigeria 2015 (VOA)
ANN["voa_2015_03_05_nigeria_njaba_borno"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 68", num="68", value=68, low=68, qualifier="at least"),
             location=L("the community of Njaba in Borno state", "NGA", "Borno", 11.15, 12.76, 2),
             date=D("2015-03-03", "before dawn Tuesday", derived_from_context=True),
             source=None,
             alt_mentions=[S("68", at="counted 68 corpses")],
             notes=("'Suspected Boko Haram militants have attacked a village in northeastern Nigeria, killing at least 68 "
                    "people'; the next sentence names 'the community of Njaba in Borno state' and 'before dawn Tuesday' (3 "
                    "March 2015 in a Thursday story; derived_from_context). Villagers (women spared, 'every male, including "
                    "children ... were killed') -> civilian true; bare 'people' -> actor null. The lede is in VOA's voice "
                    "(source null; the witnesses are attributed only in the next sentence). 'counted 68 corpses' (a resident) "
                    "restates the figure -> alt mention. Coordinates: Damboa, the town Njaba lies near (the village's own point "
                    "is not known to the annotator) -> precision 2.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands", at="thousands of deaths"),
             location=L("Nigeria", "NGA", None, None, None, 4, at="deaths in Nigeria"),
             date=D("2009/2015-03-05", "since launching their insurgency in 2009"),
             source=None, cumulative=True,
             notes=("'The insurgents are blamed for thousands of deaths in Nigeria since launching their insurgency in 2009': "
                    "running toll, interval 2009 / publication, cumulative; low 2000 by convention. Mixed dead -> actor null, "
                    "civilian null.")),
    ],
    hard_negatives=[
        H("every male, including children of 12, 13 and 14 years old", "ages; 'every male' restates e1's dead without a count"),
        H("two days", "duration"),
        H("about 100 kilometers", "distance"),
        H("the past two years", "duration"),
        H("Chadian troops", "troops with no quantity"),
        H("a multinational base", "a base, not people"),
    ])

# ---------------------------------------------------------------- Somalia 2018 (AFRICOM)
ANN["africom_2018_04_03_somalia_el_burr_airstrike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("al-Shabaab", "Al-Shabaab", at="Al-Shabaab militants"),
             civilian=False, count=C("five (5)", num="five", value=5, at="killing five (5)"),
             location=L("near El Burr, Somalia", "SOM", "Galguduud", 4.68, 46.62, 2),
             date=D("2018-04-01", "the afternoon of April 1"), source=None,
             notes=("'U.S. Forces conducted an airstrike against Al-Shabaab militants near El Burr, Somalia, the afternoon of "
                    "April 1, killing five (5) terrorists': the terrorists killed are the Al-Shabaab militants targeted (actor "
                    "named in the same sentence). AFRICOM's doubled numeral: count surface 'five (5)', number 'five' (unseen "
                    "(a) precedent 'one (1)'). The release speaks in the command's own voice -> source null.")),
    ],
    hard_negatives=[
        H("one (1) vehicle", "count of vehicles"),
        H("no civilians were killed", "negated casualties"),
    ])

# ---------------------------------------------------------------- Kuwait 2016 (US Army)
ANN["army_2016_03_15_kuwait_1ad_3bct_deployment"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("about 4,000", num="4,000", value=4000, approx=True, qualifier="about"),
             location=L("Kuwait", "KWT", None, None, None, 4, at="2016 to Kuwait"),
             date=D("2016-03/2016-05", "in the spring of 2016", approx=True),
             source=S("The Department of the Army announced"), planned=True,
             notes=("'the 3rd Brigade Combat Team, 1st Armored Division stationed at Fort Bliss, Texas, will deploy about 4,000 "
                    "soldiers in the spring of 2016 to Kuwait': announced deployment -> planned; destination Kuwait (country, "
                    "precision 4); origin Fort Bliss is not the location. 'spring of 2016' -> 2016-03/2016-05 approx (the "
                    "announcement day, 15 March 2016, falls inside it). US Army soldiers -> actor USA (no adjective, surface "
                    "null). Source: speaker plus reporting verb; the trailing 'today' left out (section 10).")),
    ],
    hard_negatives=[
        H("3rd Brigade Combat Team, 1st Armored Division", "unit names and ordinals, not counts"),
        H("The Bulldog Brigade", "unit name, no head count"),
        H("a rotation to the National Training Center", "training rotation in the US, no head count; not to a conflict area"),
        H("915-744-8406", "phone number"),
    ])

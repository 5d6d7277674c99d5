# -*- coding: utf-8 -*-
"""Gold annotations of set (r), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, districts whose centre is not known to
the annotator, regions and countries, as in sets (g)-(p)) and ACLED-style precision (1 a named town, city, site
or village; 2 near a point, part of a city, an offset from a city or a district named after its known centre;
3 province, district or region; 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

INS = "insurgents"

# ---------------------------------------------------------------- Iraq, 18 September 2007 (AFPS)
TODAY = "2007-09-18"
TRV = L("Iraq's Tigris River Valley", "IRQ", None, None, None, 3)
AJ = L("Arab Jabour", "IRQ", "Baghdad", 33.18, 44.44, 2, at="In an operation in Arab Jabour")
BAYJI = L("Bayji", "IRQ", "Salah ad Din", 34.93, 43.49, 1, at="In an operation in Bayji")
ANN["afps_2007_09_18_iraq_arab_jabour_bayji"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(INS), civilian=False,
             count=C("three", at="killed three", value=3), location=TRV, date=D(TODAY, "today"), source=None,
             is_total=True, trigger=T("killed", at="killed three"),
             notes=("'Coalition forces killed three terrorists and detained 16 suspected terrorists during multiple "
                    "operations today ... in Iraq's Tigris River Valley.' -> total of the day's killed (is_total): two "
                    "by aircraft fire and 'A third man' in Arab Jabour (e3, e4). 'terrorists' are not identified as a "
                    "group -> generic 'insurgents' (section 10, as set (o)'s AFPS Iraq item). Place: the region named "
                    "in the lede (precision 3). AFPS voice -> source null.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("16", at="detained 16", value=16), location=TRV, date=D(TODAY, "today"), source=None,
             is_total=True, trigger=T("detained", at="detained 16"),
             alt_mentions=[S("the total to 16")],
             notes=("'detained 16 suspected terrorists' -> total of the day's detentions (is_total); the closing "
                    "'bringing the total to 16' restates it (alt_mentions). Parts: 6 (Arab Jabour), a wanted "
                    "individual and two others (Baghdad), a mid-level leader and two others (Bayji), the 13th north "
                    "of Bayji, three more (Baghdad) -> 6+1+2+1+2+1+3 = 16.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(INS), civilian=False,
             count=C("two", at="killed two terrorists", value=2), location=AJ, date=D(TODAY, "today", derived_from_context=True),
             source=None, part_of="e1", trigger=T("killed", at="killed two terrorists"),
             notes=("'In an operation in Arab Jabour, coalition forces targeting a key al Qaeda operative killed two "
                    "terrorists with aircraft fire.' -> part of e1. The targeted operative is al Qaeda, the two killed "
                    "are not identified -> insurgents. Day from the lede ('today', derived). Arab Jabour, a rural "
                    "area south of Baghdad -> precision 2, approximate coordinates.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(INS), civilian=False,
             count=C("A third man", num="third", value=3, qualifier="ordinal"), location=AJ,
             date=D(TODAY, "today", derived_from_context=True), source=None, cumulative=True,
             trigger=T("was killed", at="also was killed"),
             notes=("'A third man who refused to surrender to coalition ground forces also was killed when he "
                    "maneuvered against the team.' -> an ordinal that states a running total of the killed in the raid "
                    "(GUIDELINES 2/4: 'the seventeenth Canadian killed' -> 17, ordinal, cumulative) -> value 3, "
                    "qualifier ordinal, cumulative. Close call: the phrase also denotes one more man (value 1, "
                    "'A'); GUIDELINES' ordinal rule is followed. It equals the lede's total e1 (2 + this man); no "
                    "part_of because the value is a running total.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("Six", at="Six suspected", value=6), location=AJ, date=D(TODAY, "today", derived_from_context=True),
             source=None, part_of="e2", trigger=T("were detained", at="Six suspected"),
             notes="'Six suspected terrorists were detained in that raid.' (Arab Jabour) -> part of e2."),
        dict(id="e6", type="casualty", outcome="captured", actor=A("al-Qaida", "al Qaeda", at="operative for al Qaeda"),
             civilian=False, count=C("a wanted individual", num="a", at="captured a wanted individual", value=1),
             location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="coordinated operations in Baghdad"),
             date=D(TODAY, "today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("captured", at="captured a wanted individual"),
             notes=("'During a set of coordinated operations in Baghdad, coalition forces captured a wanted "
                    "individual believed to be a key operative for al Qaeda's international network ...' -> one "
                    "captured, part of e2; the text ties him to al Qaeda -> al-Qaida (surface 'al Qaeda').")),
        dict(id="e7", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("Two other suspects", num="Two", value=2),
             location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="coordinated operations in Baghdad"),
             date=D(TODAY, "today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("were detained", at="Two other suspects"),
             notes="'Two other suspects were detained during those raids.' (Baghdad) -> part of e2."),
        dict(id="e8", type="casualty", outcome="captured", actor=A("al-Qaida", "al Qaeda", at="mid-level al Qaeda"),
             civilian=False, count=C("a suspected mid-level al Qaeda leader", num="a", value=1), location=BAYJI,
             date=D(TODAY, "today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("capture", at="to capture a suspected"),
             notes=("'In an operation in Bayji, coalition forces used information from an operation Aug. 4 to capture "
                    "a suspected mid-level al Qaeda leader and two other suspects.' -> two coordinated count phrases, "
                    "two events (e8, e9); the leader -> al-Qaida. 'Aug. 4' dates the earlier operation, not the "
                    "capture (today, derived).")),
        dict(id="e9", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("two other suspects", num="two", at="leader and two other suspects", value=2), location=BAYJI,
             date=D(TODAY, "today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("capture", at="to capture a suspected"),
             notes="Same sentence as e8: 'and two other suspects' captured in Bayji -> part of e2."),
        dict(id="e10", type="casualty", outcome="captured", actor=A("al-Qaida", "al Qaeda", at="weapons for al Qaeda"),
             civilian=False, count=C("a 13th suspected terrorist", num="13th", value=13, qualifier="ordinal"),
             location=L("50 miles north of Bayji", "IRQ", "Salah ad Din", 35.65, 43.49, 2),
             date=D(TODAY, "today", derived_from_context=True), source=None, cumulative=True,
             trigger=T("was captured", at="al Qaeda was captured"),
             notes=("'Meanwhile, 50 miles north of Bayji, a 13th suspected terrorist who is believed to smuggle "
                    "weapons for al Qaeda was captured.' -> ordinal stating the running total of the day's detainees "
                    "(13) -> value 13, qualifier ordinal, cumulative (as e4; close call, one man is meant). He "
                    "smuggles for al Qaeda -> al-Qaida. Place: an offset from Bayji (precision 2; ~80 km north, "
                    "approximate coordinates near Shirqat; admin1 Salah ad Din is a close call with Nineveh).")),
        dict(id="e11", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("three more terrorists", num="three", value=3),
             location=L("another section of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2),
             date=D(TODAY, "today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("were captured", at="three more terrorists were captured"),
             notes=("'In another section of Baghdad, three more terrorists were captured, bringing the total to 16.' -> "
                    "value 3 ('more' = additional), part of e2; 'the total to 16' is e2's alt mention. The chief "
                    "suspect of that raid is linked to the Quds Force network and called a 'special groups' officer, "
                    "but the three are not identified as a group -> insurgents (close call). Part of a city -> "
                    "precision 2.")),
    ],
    hard_negatives=[
        H("50 miles", "distance, not a count of people"),
        H("Aug. 4", "date of an earlier operation"),
        H("the chief suspect", "restates one of the three captured (no count word)"),
        H("Concerned citizens", "people who helped the raid, no count, not a casualty"),
    ])

# ---------------------------------------------------------------- Iraq, 16 November 2007 (AFPS)
T16 = "2007-11-16"
Y15 = "2007-11-15"
KIRKUK = L("Kirkuk", "IRQ", "Kirkuk", 35.47, 44.39, 1, at="Yesterday in Kirkuk")
ANN["afps_2007_11_16_iraq_kirkuk_school_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(INS), civilian=False,
             count=C("two", at="killing two of the men", value=2),
             location=L("southeast of Baghdad", "IRQ", "Baghdad", 33.2, 44.5, 2),
             date=D(T16, "today", derived_from_context=True), source=None,
             trigger=T("killing", at="killing two of the men"),
             alt_mentions=[S("two", at="killed two terrorists")],
             notes=("'Perceiving hostile intent, the ground force engaged, killing two of the men.' -> the raid "
                    "southeast of Baghdad; the lede's 'killed two terrorists' is the same two (the only killing of the "
                    "day) -> alt_mentions, the fuller account is primary (GUIDELINES 6). Men in a target building "
                    "targeted as terrorist facilitators, one with a grenade vest -> civilian false, generic insurgents. "
                    "Day: 'today' (lede, derived). Place: offset from Baghdad (precision 2, approximate).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("12", at="detained 12", value=12),
             location=L("central and northern Iraq", "IRQ", None, None, None, 3),
             date=D(T16, "today"), source=None, is_total=True, trigger=T("detained", at="detained 12"),
             notes=("'Coalition forces killed two terrorists and detained 12 suspects during operations today ... in "
                    "central and northern Iraq.' -> total (is_total) = the wanted individual + three others (southeast "
                    "of Baghdad) + eight (Ramadi, Mosul, Kirkuk) = 12.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("a wanted individual", num="a", value=1),
             location=L("southeast of Baghdad", "IRQ", "Baghdad", 33.2, 44.5, 2),
             date=D(T16, "today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("captured", at="captured a wanted individual"),
             notes=("'Coalition forces captured a wanted individual southeast of Baghdad while targeting foreign "
                    "terrorist facilitators.' -> one captured, part of e2. 'the individual', 'the wanted individual' "
                    "later restate him without a count word (hard negative).")),
        dict(id="e4", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("three other suspects", num="three", value=3),
             location=L("southeast of Baghdad", "IRQ", "Baghdad", 33.2, 44.5, 2),
             date=D(T16, "today", derived_from_context=True), source=None, part_of="e2",
             trigger=T("detained", at="detained three other"),
             notes="'In addition to the wanted individual, coalition forces detained three other suspects.' -> part of e2."),
        dict(id="e5", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("eight", at="detained eight", value=8),
             location=L("Ramadi, Mosul and Kirkuk", "IRQ", None, None, None, 3),
             date=D(T16, "today", at="operations today in Ramadi"), source=None, part_of="e2",
             trigger=T("detained", at="detained eight"),
             notes=("'In other operations today in Ramadi, Mosul and Kirkuk, coalition forces detained eight suspects "
                    "...' -> part of e2. Three cities for one count -> the whole phrase, country level without "
                    "coordinates (precision 3; close call).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("two", at="killed two children", value=2), location=KIRKUK, date=D(Y15, "Yesterday"), source=None,
             trigger=T("killed", at="killed two children"),
             notes=("'Yesterday in Kirkuk, a suicide car bomb attack killed two children, injured 11 more, and damaged an "
                    "Iraqi school.' -> children -> civilian true; Iraqi by plain implication (an Iraqi school in "
                    "Kirkuk; section 10), surface null. 'Yesterday' -> 15 November 2007. The bomber's own death is "
                    "not counted.")),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=True,
             count=C("11 more", num="11", value=11), location=KIRKUK, date=D(Y15, "Yesterday"), source=None,
             trigger=T("injured", at="injured 11 more"),
             notes=("'injured 11 more' (children) -> 'more' = additional, value 11 (GUIDELINES 4). The later 'The "
                    "wounded children' restates them without a count (no event).")),
        dict(id="e8", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="an Iraqi teacher"), civilian=True,
             count=C("an Iraqi teacher", num="an", value=1), location=KIRKUK,
             date=D(Y15, "Yesterday", derived_from_context=True), source=None,
             trigger=T("killed", at="also killed an Iraqi"),
             notes="'The bomb also killed an Iraqi teacher, two Iraqi police officers, and an unidentified Iraqi citizen.' -> three separate counts; the teacher -> civilian true."),
        dict(id="e9", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="two Iraqi police"), civilian=False,
             count=C("two", at="two Iraqi police", value=2), location=KIRKUK,
             date=D(Y15, "Yesterday", derived_from_context=True), source=None,
             trigger=T("killed", at="also killed an Iraqi"),
             notes="Same sentence as e8: 'two Iraqi police officers' killed -> police -> civilian false (GUIDELINES 3)."),
        dict(id="e10", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="Iraqi citizen."), civilian=True,
             count=C("an unidentified Iraqi citizen", num="an", value=1), location=KIRKUK,
             date=D(Y15, "Yesterday", derived_from_context=True), source=None,
             trigger=T("killed", at="also killed an Iraqi"),
             notes="Same sentence as e8: 'an unidentified Iraqi citizen' -> a citizen -> civilian true (as 'a local citizen', GUIDELINES 3)."),
        dict(id="e11", type="casualty", outcome="wounded", actor=A("IRQ", "Iraqi", at="wounded Iraqi police"), civilian=False,
             count=C("eight", at="eight wounded", value=8), location=KIRKUK,
             date=D(Y15, "Yesterday", derived_from_context=True), source=None,
             trigger=T("wounded", at="eight wounded"),
             notes=("'The wounded children, eight wounded Iraqi police officers and 11 wounded Iraqi citizens were "
                    "transported to the Sulymaniyah Hospital.' -> the police and the citizens were not counted as "
                    "wounded before (only the 11 children), so these are new wounded claims, not a treatment-status "
                    "breakdown (GUIDELINES 2 excludes only breakdowns of people already counted). Police -> civilian "
                    "false. Day and place from the bombing paragraph (derived).")),
        dict(id="e12", type="casualty", outcome="wounded", actor=A("IRQ", "Iraqi", at="wounded Iraqi citizens"), civilian=True,
             count=C("11", at="11 wounded Iraqi", value=11), location=KIRKUK,
             date=D(Y15, "Yesterday", derived_from_context=True), source=None,
             trigger=T("wounded", at="11 wounded Iraqi"),
             notes="Same sentence as e11: '11 wounded Iraqi citizens' -> new wounded claim, civilian true."),
    ],
    hard_negatives=[
        H("the age of 12", "age of the children, not a count"),
        H("The wounded children", "restates the 11 injured children without a count"),
        H("the wanted individual", "restates the captured individual, no count word"),
        H("Gen. Katab", "named individual among the injured, no count word"),
        H("One of the men", "one of the two killed men described (identity detail, not a new count)"),
    ])

# ---------------------------------------------------------------- Afghanistan, 11 March 2013 (AFPS)
D11 = "2013-03-11"
D10 = "2013-03-10"
NAWA = L("the Nawah-ye Barakzai district of Afghanistan's Helmand province", "AFG", "Helmand", None, None, 3)
ARGH = L("Kandahar province's Arghandab district", "AFG", "Kandahar", None, None, 3)
GARDEZ = L("Paktia province's Gardez district", "AFG", "Paktia", 33.6, 69.22, 2)
ANN["afps_2013_03_11_afghanistan_helmand_arghandab_gardez"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("Taliban", "Taliban", at="a Taliban leader and detained"),
             civilian=False, count=C("a Taliban leader", num="a", at="arrested a Taliban leader and detained", value=1),
             location=NAWA, date=D(D11, "today"), source=S("military officials reported"),
             trigger=T("arrested", at="arrested a Taliban leader and detained"),
             notes=("'A combined Afghan and coalition security force arrested a Taliban leader and detained another "
                    "insurgent in the Nawah-ye Barakzai district of Afghanistan's Helmand province today, military "
                    "officials reported.' -> two count phrases, two events (e1, e2); the leader -> Taliban. 'The "
                    "leader' afterwards restates him (no count word). Arrests in raids -> captured (GUIDELINES 2).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("another insurgent", num="another", at="detained another insurgent in the Nawah", value=1),
             location=NAWA, date=D(D11, "today"), source=S("military officials reported"),
             trigger=T("detained", at="detained another insurgent in the Nawah"),
             notes="Same sentence as e1: 'detained another insurgent' -> 'another' = one more, value 1."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("Taliban", "Taliban", at="a Taliban leader believed"),
             civilian=False, count=C("a Taliban leader", num="a", at="arrested a Taliban leader believed", value=1),
             location=ARGH, date=D(D11, "today", at="In other Afghanistan operations today", derived_from_context=True),
             source=None, trigger=T("arrested", at="arrested a Taliban leader believed"),
             notes=("'-- A combined force in Kandahar province's Arghandab district arrested a Taliban leader believed "
                    "to be an IED specialist ...' -> under the heading 'In other Afghanistan operations today:' -> day "
                    "derived from the heading (as set (p)'s AFPS bullets); source null.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("another insurgent", num="another", at="detained another insurgent and seized", value=1),
             location=ARGH, date=D(D11, "today", at="In other Afghanistan operations today", derived_from_context=True),
             source=None, trigger=T("detained", at="detained another insurgent and seized"),
             notes="'The security force also detained another insurgent and seized 20 pounds of heroin.' (Arghandab) -> one more detained."),
        dict(id="e5", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("an insurgent", num="an", at="detained an insurgent during", value=1),
             location=L("Logar province's Baraki Barak district", "AFG", "Logar", None, None, 3),
             date=D(D11, "today", at="In other Afghanistan operations today", derived_from_context=True), source=None,
             trigger=T("detained", at="detained an insurgent during"),
             notes=("'-- In Logar province's Baraki Barak district, a combined force detained an insurgent during a "
                    "search for a Taliban leader ...' -> one detained; the sought Taliban leader was not caught "
                    "(hard negative).")),
        dict(id="e6", type="casualty", outcome="captured", actor=A("Haqqani network", "Haqqani network", at="a Haqqani network facilitator"),
             civilian=False, count=C("a Haqqani network facilitator", num="a", value=1), location=GARDEZ,
             date=D(D10, "yesterday", at="In operations yesterday", derived_from_context=True), source=None,
             trigger=T("arrested", at="arrested a Haqqani"),
             notes=("'In operations yesterday: -- A combined force in Paktia province's Gardez district arrested a "
                    "Haqqani network facilitator ...' -> 10 March 2013 (derived from the heading); Haqqani network. "
                    "Gardez district named after its centre -> precision 2 with Gardez's coordinates.")),
        dict(id="e7", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("another insurgent", num="another", at="arrested another insurgent", value=1), location=GARDEZ,
             date=D(D10, "yesterday", at="In operations yesterday", derived_from_context=True), source=None,
             trigger=T("arrested", at="arrested another insurgent"),
             notes="'The security force also arrested another insurgent ...' (Gardez, yesterday) -> one more arrested."),
    ],
    hard_negatives=[
        H("20 pounds of heroin", "quantity of drugs"),
        H("a Taliban leader alleged", "the leader searched for, not captured"),
        H("an assault rifle", "weapon count"),
        H("a cell of fighters", "unit with no count"),
    ])

# ---------------------------------------------------------------- Afghanistan, 17 April 2013 (AFPS)
D17 = "2013-04-17"
D16 = "2013-04-16"
MARJAH = L("the Marjah district of Afghanistan's Helmand province", "AFG", "Helmand", 31.52, 64.12, 2)
TSAM = L("Paktia province's Tsamkani district", "AFG", "Paktia", None, None, 3)
ANN["afps_2013_04_17_afghanistan_marjah_tsamkani"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(INS), civilian=False,
             count=C("two", at="killed two insurgents and detained", value=2), location=MARJAH,
             date=D(D17, "today", at="other insurgents today"), source=S("military officials reported"),
             trigger=T("killed", at="killed two insurgents and detained"),
             notes=("'A combined Afghan and coalition security force killed two insurgents and detained a senior "
                    "Taliban leader and three other insurgents today in the Marjah district of Afghanistan's Helmand "
                    "province, military officials reported.' -> three count phrases, three events (e1-e3). Marjah "
                    "district named after its centre -> precision 2 with Marjah's coordinates.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("Taliban", "Taliban", at="senior Taliban leader and three"),
             civilian=False, count=C("a senior Taliban leader", num="a", at="detained a senior Taliban leader and three", value=1),
             location=MARJAH, date=D(D17, "today", at="other insurgents today"), source=S("military officials reported"),
             trigger=T("detained", at="detained a senior Taliban leader and three"),
             notes="Same sentence as e1: the senior Taliban leader detained -> Taliban; 'The Taliban leader' afterwards restates him (no count)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("three other insurgents", num="three", value=3), location=MARJAH,
             date=D(D17, "today", at="other insurgents today"), source=S("military officials reported"),
             trigger=T("detained", at="detained a senior Taliban leader and three"),
             notes="Same sentence as e1: 'three other insurgents' detained."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(INS), civilian=False,
             count=C("an insurgent", num="an", at="killed an insurgent", value=1), location=TSAM,
             date=D(D17, "Also today"), source=None, trigger=T("killed", at="killed an insurgent"),
             notes=("'Also today, a combined force in Paktia province's Tsamkani district killed an insurgent and "
                    "detained a Haqqani network leader ...' -> two events (e4, e5). District centre not known to the "
                    "annotator -> precision 3.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("Haqqani network", "Haqqani network", at="a Haqqani network leader"),
             civilian=False, count=C("a Haqqani network leader", num="a", value=1), location=TSAM,
             date=D(D17, "Also today"), source=None, trigger=T("detained", at="detained a Haqqani"),
             notes="Same sentence as e4: the Haqqani network leader detained."),
        dict(id="e6", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("three other suspects", num="three", value=3), location=TSAM,
             date=D(D17, "Also today", derived_from_context=True), source=None,
             trigger=T("detained", at="detained three other suspects"),
             notes="'The security force also detained three other suspects ...' (Tsamkani, today) -> day and place derived."),
        dict(id="e7", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("several suspected insurgents", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=L("Badakhshan province's Warduj district", "AFG", "Badakhshan", None, None, 3),
             date=D(D16, "yesterday", at="In Afghanistan operations yesterday", derived_from_context=True), source=None,
             trigger=T("detained", at="detained several"),
             notes=("'In Afghanistan operations yesterday: -- Afghan special forces soldiers ... detained several "
                    "suspected insurgents ... in Badakhshan province's Warduj district ...' -> 'several' (low 3, "
                    "approx); 16 April 2013 derived from the heading.")),
        dict(id="e8", type="casualty", outcome="killed", actor=A(INS), civilian=False,
             count=C("two", at="killed two insurgents and seized", value=2),
             location=L("Zabul province", "AFG", "Zabul", None, None, 3, at="operation in Zabul province"),
             date=D(D16, "yesterday", at="In Afghanistan operations yesterday", derived_from_context=True), source=None,
             trigger=T("killed", at="killed two insurgents and seized"),
             notes="'-- Afghan Provincial Response Company Zabul ... killed two insurgents ... in Zabul province.' -> 16 April 2013 (heading, derived)."),
    ],
    hard_negatives=[
        H("more than 10 pounds of opium", "quantity of drugs"),
        H("110 pounds", "quantity of explosives"),
        H("two assault rifles", "weapon count"),
        H("Khaliq Mir", "named single individual whose death is confirmed, no count word"),
        H("Afghan children", "children enlisted by the leader, no count"),
    ])

# ---------------------------------------------------------------- Afghanistan, 17 May 2013 (AFPS)
M17 = "2013-05-17"
M16 = "2013-05-16"
ANN["afps_2013_05_17_afghanistan_baghlan_now_zad"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("Taliban", "Taliban", at="senior Taliban leader in"),
             civilian=False, count=C("a senior Taliban leader", num="a", value=1),
             location=L("the Baghlan-e Jadid district of Afghanistan's Baghlan province", "AFG", "Baghlan", 36.13, 68.71, 2),
             date=D(M17, "today"), source=S("military officials reported"),
             trigger=T("arrested", at="arrested a senior"),
             notes=("'A combined Afghan and coalition security force arrested a senior Taliban leader in the "
                    "Baghlan-e Jadid district of Afghanistan's Baghlan province today, military officials reported.' "
                    "-> district named after its centre (Baghlan-e Jadid) -> precision 2. 'The senior leader' "
                    "afterwards restates him (no count).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("an insurgent", num="an", at="arrested an insurgent", value=1),
             location=L("Helmand province's Now Zad district", "AFG", "Helmand", 32.4, 64.47, 2),
             date=D(M16, "yesterday", at="In Afghanistan operations yesterday", derived_from_context=True), source=None,
             trigger=T("arrested", at="arrested an insurgent"),
             notes="'-- A combined force in Helmand province's Now Zad district arrested an insurgent ...' -> 16 May 2013 (heading, derived)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("nine", at="arrested nine", value=9),
             location=L("Helmand's Lashkar Gah district", "AFG", "Helmand", 31.59, 64.37, 2),
             date=D(M16, "yesterday", at="In Afghanistan operations yesterday", derived_from_context=True), source=None,
             trigger=T("arrested", at="arrested nine"),
             notes="'-- Afghan Provincial Response Company Helmand ... arrested nine insurgents ... in Helmand's Lashkar Gah district.' -> 16 May 2013 (derived)."),
        dict(id="e4", type="casualty", outcome="captured", actor=A(INS), civilian=False,
             count=C("seven", at="arrested seven", value=7),
             location=L("Farah province's Push-e Rod district", "AFG", "Farah", None, None, 3),
             date=D(M16, "yesterday", at="In Afghanistan operations yesterday", derived_from_context=True), source=None,
             trigger=T("arrested", at="arrested seven"),
             notes="'-- In Farah province's Push-e Rod district, Afghan Provincial Response Company Farah ... arrested seven insurgents ...' -> 16 May 2013 (derived)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(INS), civilian=False,
             count=C("seven", at="killed seven", value=7),
             location=L("Ghazni province's Deh Tak district", "AFG", "Ghazni", None, None, 3),
             date=D("2013-05-15", "May 15"), source=None, trigger=T("killed", at="killed seven"),
             notes=("'In other news, Afghan local and uniformed police killed seven insurgents in Ghazni province's Deh "
                    "Tak district May 15 during an operation designed to deny insurgents sanctuary in the district's "
                    "Rozi Kala and Ali Kala villages.' -> the explicit day (May 15). The villages are the operation's "
                    "target area, the killing is tied to the district -> the district phrase (close call).")),
    ],
    hard_negatives=[
        H("more than 5,500 pounds of opium", "quantity of drugs"),
        H("two assault rifles", "weapon count"),
        H("19 ammunition magazines", "count of things"),
        H("more than 100 rounds", "count of ammunition"),
        H("local civilians", "taxed civilians, no count, not a casualty"),
    ])

# ---------------------------------------------------------------- Afghanistan, 21 June 2015 (VOA)
SUN = "2015-06-21"
CHARDARA = L("Chardara", "AFG", "Kunduz", 36.7, 68.78, 2, at="control of Chardara.")
ANN["voa_2015_06_21_afghanistan_chardara_yamgan_helmand"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="24 Afghan"), civilian=False,
             count=C("24", at="killed 24", value=24), location=CHARDARA, date=D(None),
             source=S("A Taliban spokesman, Zabihullah Mujahid, claimed"), trigger=T("killed", at="killed 24"),
             notes=("'A Taliban spokesman, Zabihullah Mujahid, claimed its fighters killed 24 Afghan police and troops "
                    "before they seized control of Chardara.' -> the Taliban's figure (separate claim from e3, "
                    "GUIDELINES 6). Police and troops -> civilian false. No time expression for the killing (the "
                    "lede's 'raging Sunday' describes ongoing clashes) -> date null. Chardara district named after its "
                    "centre -> precision 2.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("AFG", "Afghan", at="25 Afghan"), civilian=False,
             count=C("as many as 25", num="25", value=25, high=25, approx=True, qualifier="as many as"),
             location=CHARDARA, date=D(None), source=S("A Taliban spokesman, Zabihullah Mujahid, claimed"),
             trigger=T("captured", at="also captured"),
             notes=("'He added that the Taliban has also captured as many as 25 Afghan troops.' -> 'as many as' is an "
                    "upper bound like 'up to' (high 25, approx). 'He added' resolved to the Taliban spokesman "
                    "(GUIDELINES 5). Place from the previous sentence (Chardara); date null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("no more than 12", num="12", value=12, high=12, approx=True, qualifier="no more than"),
             location=CHARDARA, date=D(None), source=S("security officials disputed the Taliban claims, saying"),
             trigger=T("had been killed", at="forces had been killed"),
             notes=("'But security officials disputed the Taliban claims, saying no more than 12 members of the national "
                    "security forces had been killed.' -> the officials' figure for the same fighting (separate claim "
                    "from e1). 'no more than' -> upper bound (high 12, approx). National security forces -> AFG from "
                    "context, surface null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="120 Taliban"), civilian=False,
             count=C("more than 120", num="120", value=120, low=120, qualifier="more than"),
             location=L("the northeastern Yamgan district", "AFG", "Badakhshan", None, None, 3),
             date=D(SUN, "early Sunday", derived_from_context=True),
             source=S("Interior ministry spokesman Sidiqqi said"), trigger=T("were killed", at="foreigners, were killed"),
             notes=("'He said more than 120 Taliban fighters, including foreigners, were killed in the heavy fighting or "
                    "the control of Yamgan.' -> 'He' = Interior ministry spokesman Sidiqqi (previous sentence). Day: "
                    "the fighting that flushed them out 'early Sunday' (derived; 21 June 2015). 'including "
                    "foreigners' gives no count (no part event).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("19", at="killing of 19 civilians", value=19),
             location=L("the southern province of Helmand", "AFG", "Helmand", None, None, 3),
             date=D("2015-06-20/2015-06-21", "overnight", at="overnight killing of 19 civilians"),
             source=S("the United Nations condemned", at="On Sunday, the United Nations condemned"),
             trigger=T("killing", at="killing of 19 civilians"),
             alt_mentions=[S("19", at="19 Afghan civilians")],
             notes=("'On Sunday, the United Nations condemned the overnight killing of 19 civilians, mostly women and "
                    "children in a roadside bomb in the southern province of Helmand.' -> the fuller sentence is "
                    "primary; the lede's '19 Afghan civilians in a roadside blast in a southern province' restates it "
                    "(alt_mentions). Afghan civilians (lede) -> AFG, civilian true. 'overnight' before a Sunday -> "
                    "Saturday night to Sunday, 20/21 June 2015. Source: the UN's condemnation carries the figure "
                    "(close call; 'On Sunday' is the reporting day).")),
    ],
    hard_negatives=[
        H("nearly three weeks ago", "duration"),
        H("the insurgent group", "no count"),
        H("Afghan police and troops have launched", "counteroffensive force with no count"),
    ])

# ---------------------------------------------------------------- Somalia, 5 May 2017 (DoD News)
ANN["dod_2017_05_05_somalia_barii"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="One U.S."), civilian=False,
             count=C("One U.S. service member", num="One", value=1),
             location=L("near Barii, Somalia", "SOM", "Lower Shabelle", 2.1, 44.76, 2),
             date=D("2017-05-04", "yesterday"), source=S("according to a U.S. Africa Command news release"),
             trigger=T("was killed", at="service member was killed"),
             notes=("'One U.S. service member was killed yesterday during an operation against al-Shabaab near Barii, "
                    "Somalia, approximately 40 miles west of Mogadishu, according to a U.S. Africa Command news "
                    "release issued today.' -> 'yesterday' -> 4 May 2017. 'The fallen U.S., service member' and 'the "
                    "U.S. service member’s death' restate him without a count word (hard negatives). Coordinates "
                    "approximate (about 40 miles west of Mogadishu).")),
    ],
    hard_negatives=[
        H("approximately 40 miles", "distance"),
        H("the fallen U.S., service member", "restates the one killed, no count word"),
        H("the U.S. service member’s death", "restates the one killed, no count word"),
        H("members of the Somali National Army", "partner force with no count"),
    ])

# ---------------------------------------------------------------- Philippines, 19 October 2017 (DoD briefing)
ANN["dod_2017_10_19_philippines_marawi_briefing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("several other militants", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=L("Marawi", "PHL", "Lanao del Sur", 8.0, 124.29, 1, at="siege of Marawi"),
             date=D("2017-10-16", "October 16"), source=None, trigger=T("was killed", at="Southeast Asia was killed"),
             notes=("'The purported emir of ISIS in Southeast Asia was killed October 16, along with several other "
                    "militants in a firefight with the Armed Forces of the Philippines.' -> 'several' (low 3, approx). "
                    "The emir himself has no count word (a definite single individual, hard negative). 'other "
                    "militants' with the ISIS emir: the text does not name their group -> generic 'militants' "
                    "(close call vs ISIS). Place from the next sentence ('the leaders of the months-long siege of "
                    "Marawi'). In the briefer's own voice -> source null.")),
    ],
    hard_negatives=[
        H("The purported emir", "single individual without a count word"),
        H("90 percent", "percentage of a city liberated"),
        H("many of its senior leaders", "'many' is not a count (GUIDELINES 2)"),
    ])

# ---------------------------------------------------------------- Mali, 18 March 2019 (VOA)
ANN["voa_2019_03_18_mali_dioura"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("23", value=23), location=L("the village of Dioura", "MLI", "Mopti", 14.78, -5.27, 1),
             date=D("2019-03-17", "Sunday’s"), source=S("Officials in Mali have put"),
             trigger=T("death toll"),
             notes=("'Officials in Mali have put the death toll from Sunday’s militant attack on an army camp in the "
                    "village of Dioura at 23.' -> death toll of 23; the sentence does not say whose dead they are (the "
                    "headline speaks of soldiers, headlines are not text) -> actor and civilian null. 'Sunday’s' -> 17 "
                    "March 2019. Dioura's coordinates approximate.")),
    ],
    hard_negatives=[
        H("a number of jihadists", "no count"),
        H("U.N. peacekeepers", "no count"),
        H("several months later", "duration"),
    ])

# ---------------------------------------------------------------- Iraq and Syria, May 2023 (CENTCOM)
MAY = D("2023-05", "During the month of May 2023")
IRQ = L("Iraq", "IRQ", None, None, None, 4, at="In Iraq:")
SYR = L("Syria", "SYR", None, None, None, 4, at="In Syria:")
IQSY = L("Iraq and Syria", None, None, None, None, 4)
ANN["centcom_2023_06_06_iraq_syria_isis_may_review"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("ISIS", "ISIS", at="31 ISIS"), civilian=False,
             count=C("31", value=31), location=IQSY, date=MAY, source=None, is_total=True, cumulative=True,
             trigger=T("detained", at="operatives detained and 8"),
             notes=("'These operations resulted in 31 ISIS operatives detained and 8 killed.' -> month total "
                    "(is_total, cumulative over May 2023); parts 11 (Iraq) + 20 (Syria). Place: 'Iraq and Syria' from "
                    "the previous sentence (two countries -> country null, precision 4). Release voice -> source null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("ISIS", "ISIS", at="31 ISIS"), civilian=False,
             count=C("8", at="and 8 killed", value=8), location=IQSY, date=MAY, source=None, is_total=True,
             cumulative=True, trigger=T("killed", at="8 killed"),
             notes="Same sentence as e1: '8 killed' -> month total of ISIS operatives killed; parts 6 (Iraq) + 2 (Syria)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("ISIS", "ISIS", at="11 ISIS"), civilian=False,
             count=C("11", at="- 11 ISIS", value=11), location=IRQ, date=MAY, source=None, part_of="e1", cumulative=True,
             trigger=T("detained", at="11 ISIS operatives detained"),
             notes=("Flattened two-column summary: '• In Iraq: • In Syria:' heads the columns, so the first figure of "
                    "each line is Iraq's and the second Syria's. '- 11 ISIS operatives detained' -> Iraq, part of e1.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("ISIS", "ISIS", at="20 ISIS"), civilian=False,
             count=C("20", at="- 20 ISIS", value=20), location=SYR, date=MAY, source=None, part_of="e1", cumulative=True,
             trigger=T("detained", at="20 ISIS operatives detained"),
             notes="'- 20 ISIS operatives detained' (second column) -> Syria, part of e1."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("ISIS", "ISIS", at="6 ISIS"), civilian=False,
             count=C("6", at="- 6 ISIS", value=6), location=IRQ, date=MAY, source=None, part_of="e2", cumulative=True,
             trigger=T("killed", at="6 ISIS operatives killed"),
             notes="'- 6 ISIS operatives killed' (first column) -> Iraq, part of e2."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("ISIS", "ISIS", at="2 ISIS"), civilian=False,
             count=C("2", at="- 2 ISIS", value=2), location=SYR, date=MAY, source=None, part_of="e2", cumulative=True,
             trigger=T("killed", at="2 ISIS operatives killed"),
             notes="'- 2 ISIS operatives killed' (second column) -> Syria, part of e2."),
    ],
    hard_negatives=[
        H("38 operations", "count of operations"),
        H("21 partnered operations", "count of operations"),
        H("17 partnered operations", "count of operations"),
        H("0 U.S.-only operations", "count of operations"),
    ])

# ---------------------------------------------------------------- Ukraine, 18 January 2025 (VOA)
ANN["voa_2025_01_18_ukraine_kyiv_kryvyi_rih"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least four", num="four", value=4, low=4, qualifier="at least"),
             location=L("the city’s Shevchenkivsky district", "UKR", "Kyiv City", 50.45, 30.5, 2),
             date=D("2025-01-18", "early Saturday"), source=S("Ukrainian officials say"),
             trigger=T("were killed", at="four people were killed"),
             alt_mentions=[S("the deaths")],
             notes=("'Ukrainian officials say at least four people were killed early Saturday in a nighttime Russian "
                    "attack in the capital, Kyiv.' -> the next sentence places 'the deaths' in the Shevchenkivsky "
                    "district (most specific place; part of a city -> precision 2); 'the deaths' restates the four "
                    "(alt_mentions). Bare 'people' -> actor and civilian null (section 10). 'early Saturday' -> 18 "
                    "January 2025. 'VOA was unable to independently verify the reports' is a general caveat; not "
                    "stored as a hedge.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least four", num="four", at="killed at least four", value=4, low=4, qualifier="at least"),
             location=L("the southern-central Ukrainian city of Kryvyi Rih", "UKR", "Dnipropetrovsk", 47.91, 33.39, 1),
             date=D("2025-01-17", "On Friday"), source=S("Ukrainian President Volodymyr Zelenskyy said"),
             trigger=T("killed", at="killed at least four"),
             notes=("'On Friday, a Russian missile attack killed at least four people and injured at 14 others in the "
                    "southern-central Ukrainian city of Kryvyi Rih, Ukrainian President Volodymyr Zelenskyy said in his "
                    "daily address.' -> 17 January 2025; bare 'people' -> actor null.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("14 others", num="14", value=14),
             location=L("the southern-central Ukrainian city of Kryvyi Rih", "UKR", "Dnipropetrovsk", 47.91, 33.39, 1),
             date=D("2025-01-17", "On Friday"), source=S("Ukrainian President Volodymyr Zelenskyy said"),
             trigger=T("injured", at="injured at 14"),
             notes=("Same sentence as e2: 'injured at 14 others' -> source typo, 'at least' is meant; the text is "
                    "annotated as written: value 14, no qualifier (the stray 'at' is left out of the count phrase; "
                    "close call).")),
    ],
    hard_negatives=[
        H("two five-story buildings", "count of buildings"),
        H("about 170 kilometers", "distance"),
        H("Each such terrorist attack", "no count of people"),
    ])

# ---------------------------------------------------------------- Ukraine, 13 March 2025 (VOA)
NIGHT = D("2025-03-12/2025-03-13", "overnight")
ANN["voa_2025_03_13_ukraine_kherson_dnipro"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least two", num="two", value=2, low=2, qualifier="at least"),
             location=L("the southern Ukrainian region of Kherson", "UKR", "Kherson", None, None, 3),
             date=NIGHT, source=S("officials said"), trigger=T("killed", at="overnight killed"),
             notes=("'Russian aerial attacks overnight killed at least two people in the southern Ukrainian region of "
                    "Kherson, officials said Thursday.' -> 'overnight' in a Thursday story -> night of 12/13 March "
                    "2025 (interval). Bare 'people' -> actor null. Source 'officials said' (the trailing 'Thursday' "
                    "left out, section 10).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("one other person", num="one", value=1),
             location=L("the southern Ukrainian region of Kherson", "UKR", "Kherson", None, None, 3),
             date=D("2025-03-12/2025-03-13", "overnight", derived_from_context=True),
             source=S("Kherson Governor Oleksandr Prokudin said"), trigger=T("was injured"),
             notes=("'Kherson Governor Oleksandr Prokudin said on Telegram his region came under attack by Russian "
                    "drones and shelling, and that one other person was injured.' -> same overnight attacks (derived); "
                    "place: his region (Kherson).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least three", num="three", value=3, low=3, qualifier="at least"),
             location=L("the city of Dnipro", "UKR", "Dnipropetrovsk", 48.46, 35.05, 1),
             date=D(None), source=S("Governor Serhiy Lysak said"), trigger=T("were hospitalized"),
             notes=("'In the neighboring Dnipropetrovsk region, Governor Serhiy Lysak said at least three people were "
                    "hospitalized after a Russian attack hit the city of Dnipro.' -> hospitalized after an attack -> "
                    "injured (wounded; close call). The sentence gives no time for the Dnipro attack -> date null.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("one person", num="one", value=1),
             location=L("the Kaluga region", "RUS", "Kaluga", None, None, 3),
             date=D(None), source=S("Vladislav Shapsha, governor of the Kaluga region, said"),
             trigger=T("injured", at="attacks injured"),
             notes=("'Vladislav Shapsha, governor of the Kaluga region, said the attacks injured one person and damaged "
                    "an industrial building ...' -> the Ukrainian drone attacks on Russia; bare 'person' -> actor null. "
                    "No time expression in the sentence -> date null.")),
    ],
    hard_negatives=[
        H("74 of the 117 drones", "count of drones"),
        H("77 Ukrainian drones", "count of drones"),
        H("30 of the drones", "count of drones"),
        H("about 20 of them", "count of garages"),
        H("30-day", "duration"),
        H("no damage or casualties", "negated casualties"),
    ])

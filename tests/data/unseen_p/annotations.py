# -*- coding: utf-8 -*-
"""Gold annotations of set (p), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, districts whose centre is not known to
the annotator, regions and countries, as in sets (g)-(n)) and ACLED-style precision (1 a named town, city, site
or hamlet; 2 near a point, part of a city, an offset from a city or a district named after its known centre;
3 province, district or region; 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Macedonia 2001 (VOA)
ANN["voa_2001_08_27_macedonia_skopje_nato_soldier"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("GBR", "British", at="a British soldier"),
             civilian=False, count=C("a British soldier", num="a", value=1),
             location=L("a road near Skopje's airport", "MKD", "Skopje", 41.96, 21.62, 2),
             date=D("2001-08-26/2001-08-27", "late Sunday", at="late Sunday on a road", derived_from_context=True),
             source=S("British military officials say"), trigger=T("killed", at="and killed a British"),
             alt_mentions=[S("the first casualty", at="the first casualty of NATO"),
                           S("its first casualty", at="Despite its first")],
             notes=("'British military officials say a crowd of youths threw a piece of concrete that struck a NATO "
                    "vehicle and killed a British soldier - the first casualty of NATO's mission in Macedonia.' -> one "
                    "British soldier of the NATO mission killed by a thrown object (a hostile act during the "
                    "insurgency; counted as a conflict death). Actor GBR ('British'), not NATO, as GUIDELINES 3 "
                    "('a NATO soldier ... was a Briton' -> GBR). Place and day from the next paragraph ('hit ... late "
                    "Sunday on a road near Skopje's airport', derived); he died later in hospital, a day the text does "
                    "not give -> interval Sunday 26 - Monday 27 August 2001 (publication day). 'the first casualty' "
                    "and 'its first casualty' state a running total of 1 for the same death -> alt_mentions. 'The "
                    "seriously injured soldier' is the same man before his death and has no count word -> no separate "
                    "wounded event. Skopje airport ~41.96 N, 21.62 E (precision 2, near a site).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("MKD"), civilian=True,
             count=C("two", at="two employees", value=2),
             location=L("a hotel near Tetovo", "MKD", "Polog", 42.01, 20.97, 2),
             date=D("2001-08-26", "late Sunday", at="Skopje late Sunday", approx=True), source=None,
             trigger=T("killing", at="killing two employees"),
             notes=("'... a bomb exploded near the Albanian Embassy in Skopje late Sunday, after an earlier explosion "
                    "rocked a hotel near Tetovo, killing two employees.' -> two hotel workers killed by a bomb "
                    "(non-combatants -> civilian true). Their nationality is not stated; hotel employees near Tetovo "
                    "are taken as Macedonian by plain implication (section 10; close call), surface null. The day: "
                    "'late Sunday' dates the embassy bomb and the hotel blast was 'earlier' -> Sunday 26 August 2001, "
                    "approx (the text does not say it was the same day). In VOA's own voice -> source null.")),
    ],
    hard_negatives=[
        H("about 3,300 weapons", "count of weapons, not people"),
        H("six-month-old", "duration (age of the insurgency)"),
        H("a crowd of youths", "attackers with no count"),
        H("anti-NATO protestors", "protesters with no count"),
    ])

# ---------------------------------------------------------------- Solomon Islands 2003 (VOA)
SOL_ACTORS = ["AUS", "NZL", "FJI", "PNG", "TON"]
SOL_ACT_S = "Australia, New Zealand, Fiji, Papua New Guinea, and Tonga"
SOLOMONS = L("the South Pacific nation", "SLB", None, None, None, 4)
THU_SOL = D("2003-07-24", "on Thursday", at="after dawn on Thursday")
ANN["voa_2003_07_24_solomon_islands_intervention_force"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A(SOL_ACTORS, SOL_ACT_S), civilian=False,
             count=C("about 2,000", num="2,000", value=2000, approx=True, qualifier="about"),
             location=SOLOMONS, date=THU_SOL, source=None, trigger=T("troop arrivals"),
             notes=("'Four days of scheduled troop arrivals began after dawn on Thursday, bringing the first contingent "
                    "of about 2,000 troops and 300 police from Australia, New Zealand, Fiji, Papua New Guinea, and "
                    "Tonga.' -> arriving troops (deployment). One count for five contributing countries -> list "
                    "actor (GUIDELINES 3); the force is 'Australian-led' but the text does not split the figure. "
                    "Destination: the lede ties the arrivals to 'the South Pacific nation' (the Solomon Islands; "
                    "country level, precision 4); Honiara is named only for the coordinator's landing. Date: the "
                    "arrivals began 'on Thursday' (24 July 2003, publication day) and are scheduled over four days; "
                    "the day the arrivals began is taken (close call; the four-day schedule is noted, not encoded). "
                    "No 'planned' flag: the deployment is under way. VOA's voice -> source null. No total of troops "
                    "and police is stated, so none is annotated.")),
        dict(id="e2", type="deployment", actor=A(SOL_ACTORS, SOL_ACT_S), civilian=False,
             count=C("300", at="300 police", value=300), location=SOLOMONS, date=THU_SOL, source=None,
             trigger=T("troop arrivals"),
             notes=("Same sentence as e1: '... and 300 police from Australia, New Zealand, Fiji, Papua New Guinea, and "
                    "Tonga' -> police of the intervention force arriving (deployment); police -> civilian false "
                    "(GUIDELINES 3). Same list actor, place and day as e1.")),
    ],
    hard_negatives=[
        H("Four days", "duration (the arrival schedule), not a count"),
        H("Five years", "duration of the conflict"),
        H("bands of militant rebels", "no count"),
        H("Rebel militia members", "no count"),
    ])

# ---------------------------------------------------------------- DR Congo 2003 (VOA)
ITURI = L("Ituri", "COD", "Ituri", None, None, 3, at="lost in Ituri")
ANN["voa_2003_10_10_congo_ituri_bule_deployment"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("COD"), civilian=True,
             count=C("at least 65", num="65", value=65, low=65, qualifier="at least"),
             location=L("the hamlet of Katshelli", "COD", "Ituri", 1.94, 30.63, 1),
             date=D("2003-10-06", "on Monday", at="Bunia on Monday"), source=None,
             trigger=T("massacre", at="massacre of at least"),
             alt_mentions=[S("more than 65", at="massacre of more than 65")],
             notes=("'... followed the massacre of at least 65 civilians, mostly children, some 60 kilometers northeast "
                    "of Bunia on Monday.' -> the fuller sentence is primary; the lede's 'the massacre of more than 65 "
                    "people earlier this week' restates the same toll in VOA's voice (alt_mentions; the qualifier "
                    "differs, 'more than' vs 'at least', but it is the same figure for the same massacre). Civilians in "
                    "Ituri -> COD by plain implication (section 10), surface null. 'on Monday' in a Friday story -> 6 "
                    "October 2003. Place: the later sentence names the massacre site ('the scene of the latest massacre "
                    "in the hamlet of Katshelli') -> the most specific place (GUIDELINES 5); the hamlet's coordinates "
                    "are approximate, computed from the text's offset (about 60 km northeast of Bunia, 1.56 N 30.25 E). "
                    "admin1: today's province Ituri (then a district of Orientale).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("More than 50,000", num="50,000", value=50000, low=50000, qualifier="more than"),
             location=ITURI, date=D("1999/2003-10-10", "since 1999"), source=None, cumulative=True,
             trigger=T("lost", at="lost in Ituri"),
             notes=("'More than 50,000 lives have been lost in Ituri since 1999.' -> running total (cumulative), 1999 to "
                    "the publication day. Lives of all sides -> actor and civilian null. Ituri as a whole -> precision "
                    "3, lat/lon null. Count phrase without the noun 'lives'.")),
        dict(id="e3", type="deployment", actor=A("UN", "U.N.", at="U.N. troops, which"), civilian=False,
             count=C("about 5,000", num="5,000", value=5000, approx=True, qualifier="about"),
             location=L("Ituri", "COD", "Ituri", None, None, 3, at="deployment into Ituri"),
             date=D(None), source=None, planned=True, trigger=T("deployment", at="deployment into Ituri"),
             notes=("'U.N. troops, which will number about 5,000 at full strength, have been planning their deployment "
                    "into Ituri ...' -> the announced size of the UN force for Ituri, reached in the future -> planned "
                    "deployment (destination Ituri). No time expression for full strength -> date null ('since they "
                    "took over in September' dates the planning, not the deployment). Close call between a planned "
                    "deployment and a planned presence; the sentence is about deploying into Ituri.")),
        dict(id="e4", type="deployment", actor=A("UN"), civilian=False,
             count=C("120", at="120 troops", value=120),
             location=L("the town of Bule", "COD", "Ituri", 1.94, 30.63, 1),
             date=D(None), source=None, trigger=T("sending", at="sending 120"),
             notes=("'The peacekeepers have also begun their first initial deployment into the town of Bule, some five "
                    "kilometers from the scene of the latest massacre in the hamlet of Katshelli, sending 120 troops to "
                    "prepare the ground for a permanent deployment.' -> 120 UN peacekeepers sent to Bule (deployment, "
                    "under way, not planned). Actor UN from context ('U.N. troops', 'The peacekeepers'; surface null). "
                    "The sentence has no time expression (present perfect; the lede's 'earlier this week' dates the "
                    "massacre) -> date null. Bule's coordinates are approximate (about 5 km from Katshelli; the same "
                    "approximate point is used). Not linked to e3 by part_of: the text does not present the 120 as part "
                    "of the planned 5,000 (close call).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over three million", num="three million", value=3000000, low=3000000, qualifier="over"),
             location=L("Congo", "COD", None, None, None, 4, at="Congo's new national"),
             date=D("1998/2003", "five years of war", approx=True), source=None, cumulative=True,
             trigger=T("claimed", at="had claimed over"),
             notes=("'Congo's new national government, which formally ended five years of war that had claimed over "
                    "three million lives, ...' -> running total of the 1998-2003 war (cumulative). The period is given "
                    "only as 'five years of war' formally ended by the new government (mid-2003) -> 1998/2003, approx. "
                    "Deaths of all kinds ('lives') -> actor and civilian null. Country level (precision 4).")),
    ],
    hard_negatives=[
        H("some 60 kilometers", "distance"),
        H("some five kilometers", "distance"),
        H("the numbers and whereabouts of their troops", "militia troop numbers mentioned without a count"),
        H("a French-led multinational force", "force named with no count"),
        H("Banglasdehi, Pakistani, Nepalese, Uruguayan and Indian troops", "composition of the force, no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007 Kajaki (VOA)
ANN["voa_2007_01_05_afghanistan_helmand_kajaki"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Taliban", "Taleban", at="15 suspected Taleban"),
             civilian=False, count=C("at least 15", num="15", value=15, low=15, qualifier="at least"),
             location=L("the mountainous Kajaki district", "AFG", "Helmand", None, None, 3),
             date=D("2007-01-04", "Thursday", at="took place Thursday", derived_from_context=True),
             source=S("Afghan authorities say"), trigger=T("killed", at="have killed at least"),
             notes=("'Afghan authorities say NATO and Afghan forces have killed at least 15 suspected Taleban militants "
                    "in a fierce battle in southern Helmand province.' -> place and day from the next paragraph ('the "
                    "three-hour battle took place Thursday in the mountainous Kajaki district', derived): Thursday 4 "
                    "January 2007. Actor Taliban (VOA's spelling 'Taleban'). District centre not used -> precision 3. "
                    "'a deputy to Akhtar Mohammad Osmani' 'among those killed' restates the identity of one of the 15 "
                    "(hard negative).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("Taliban", "Taleban", at="three suspected Taleban"),
             civilian=False, count=C("three", at="three suspected Taleban", value=3),
             location=L("Helmand", "AFG", "Helmand", None, None, 3, at="incident in Helmand"),
             date=D(None), source=S("police say", at="police say three"), trigger=T("killed", at="were killed when"),
             notes=("'In a separate incident in Helmand, police say three suspected Taleban militants were killed when "
                    "explosives they were planting went off accidentally.' -> militants killed by their own bomb while "
                    "planting it: a death in the conflict (not a suicide attack, not a non-conflict death) -> "
                    "annotated (close call). No time expression for this incident -> date null. Province level.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("More than 4,000", num="4,000", value=4000, low=4000, qualifier="more than"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="killed in Afghanistan"),
             date=D("2006", "in 2006"), source=None, cumulative=True, trigger=T("killed", at="killed in Afghanistan"),
             notes=("'More than 4,000 people were killed in Afghanistan in 2006, during a resurgence of Taleban-led "
                    "attacks ...' -> yearly toll (cumulative over 2006). 'people' -> actor and civilian null.")),
    ],
    hard_negatives=[
        H("the three-hour battle", "duration"),
        H("did not suffer any casualties", "negated casualties"),
        H("a deputy to Akhtar Mohammad Osmani", "identity of one of those already counted (e1)"),
        H("a senior Taleban military commander who was killed", "named individual (Osmani), no count word"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007 Sangin (VOA)
SANGIN = L("the Sangin district of Helmand province", "AFG", "Helmand", 32.07, 64.83, 2)
WED_SANGIN = D("2007-04-18", "Wednesday", at="happened Wednesday", derived_from_context=True)
ANN["voa_2007_04_19_afghanistan_helmand_sangin"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Taliban", "Taleban", at="24 Taleban"),
             civilian=False, count=C("24", value=24), location=SANGIN, date=WED_SANGIN,
             source=S("U.S.-led coalition forces in Afghanistan say"), trigger=T("killed", at="troops killed 24"),
             notes=("'U.S.-led coalition forces in Afghanistan say troops killed 24 Taleban fighters in a seven-hour "
                    "battle in the country's restive south.' -> place and day from the next sentence ('the fight "
                    "happened Wednesday in the Sangin district of Helmand province', derived): Wednesday 18 April 2007. "
                    "District named after its centre (Sangin town) -> precision 2 with the town's coordinates, as set "
                    "(j) did for Sangin.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("coalition", "coalition", at="Two coalition"),
             civilian=False, count=C("Two", at="Two coalition", value=2), location=SANGIN, date=WED_SANGIN,
             source=None, trigger=T("wounded", at="were wounded."),
             notes=("'Two coalition soldiers were wounded.' -> same battle (place and day derived from the previous "
                    "sentence). The sentence itself has no attribution -> source null (as set (m)'s 'Two others were "
                    "wounded').")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("at least 756", num="756", value=756, low=756, qualifier="at least"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="civilians in Afghanistan"),
             date=D("2006", "in 2006"), source=S("Amnesty said"), cumulative=True,
             trigger=T("killed", at="killed in 2006"),
             notes=("'Amnesty said at least 756 civilians were killed in 2006, mostly from roadside bombs and suicide "
                    "attacks.' -> yearly civilian toll (cumulative over 2006). The place comes from the earlier "
                    "sentence on Amnesty's report ('targeting civilians in Afghanistan'); civilians in Afghanistan -> "
                    "AFG by plain implication (section 10), surface null.")),
    ],
    hard_negatives=[
        H("a seven-hour battle", "duration"),
        H("killing teachers", "no count"),
        H("abducting aid workers", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2011 Badghis (VOA)
BADGHIS = L("Badghis province", "AFG", "Badghis", None, None, 3)
SUN_BAD = D("2011-06-12", "Sunday", at="wounded Sunday")
ANN["voa_2011_06_12_afghanistan_badghis"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="32 insurgents"),
             civilian=False, count=C("32", value=32), location=BADGHIS,
             date=D("2011-06-12", "Sunday", at="wounded Sunday", derived_from_context=True),
             source=S("Afghan army officials say"), trigger=T("killed", at="have killed 32"),
             notes=("'Afghan army officials say their troops have killed 32 insurgents in the western region of the "
                    "country.' -> place and day from the next sentence ('Sunday in the fighting in Badghis province', "
                    "derived; Sunday 12 June 2011, the inferred publication day). Generic 'insurgents' (section 10).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="four Afghan"), civilian=False,
             count=C("four", at="four Afghan", value=4), location=BADGHIS, date=SUN_BAD, source=S("Officials say"),
             trigger=T("killed", at="were killed and"),
             notes="'Officials say four Afghan soldiers were killed and at least three other soldiers were wounded Sunday in the fighting in Badghis province.'"),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AFG"), civilian=False,
             count=C("at least three", num="three", value=3, low=3, qualifier="at least"), location=BADGHIS,
             date=SUN_BAD, source=S("Officials say"), trigger=T("wounded", at="were wounded Sunday"),
             notes=("Same sentence as e2: 'at least three other soldiers were wounded' -> other Afghan soldiers (actor "
                    "AFG from 'four Afghan soldiers'; surface null).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("NATO", "NATO", at="a NATO service"), civilian=False,
             count=C("a NATO service member", num="a", value=1),
             location=L("southern Afghanistan", "AFG", None, None, None, 3),
             date=D("2011-06-12", "Sunday", at="Afghanistan Sunday"), source=None,
             trigger=T("killed", at="was killed in an insurgent"),
             notes=("'In southern Afghanistan Sunday, a NATO service member was killed in an insurgent attack.' -> "
                    "region of a country (precision 3, admin1 null). No attribution in the sentence -> source null.")),
    ],
    hard_negatives=[
        H("A limited withdrawal of foreign troops", "withdrawal, no count (GUIDELINES 2)"),
        H("2014", "year"),
    ])

# ---------------------------------------------------------------- AFPS 2011-03-18 (defense.gov)
REG_E_KHAN = L("the Reg-e Khan district of Afghanistan\u2019s Helmand province", "AFG", "Helmand", None, None, 3)
YDAY_AF = D("2011-03-17", "yesterday", at="insurgents yesterday")
YDAY_AF_D = D("2011-03-17", "yesterday", at="operations yesterday throughout", derived_from_context=True)
SAYYAD = L("Sar-e Pul province\u2019s Sayyad Valley district", "AFG", "Sar-e Pol", None, None, 3)
NERKH = L("Wardak province\u2019s Nerkh district", "AFG", "Wardak", None, None, 3)
BAK = L("Khost province\u2019s Bak district", "AFG", "Khost", None, None, 3)
SHIGAL = L("Kunar province\u2019s Shigal wa Sheltan district", "AFG", "Kunar", None, None, 3)
MAR16 = D("2011-03-16", "March 16", at="In operations March 16", derived_from_context=True)
ANN["afps_2011_03_18_afghanistan_operations"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="two insurgents"),
             civilian=False, count=C("two", at="killed two insurgents", value=2), location=REG_E_KHAN, date=YDAY_AF,
             source=S("military officials reported"), trigger=T("killed", at="killed two insurgents"),
             notes=("'Afghan and coalition forces killed two insurgents yesterday in the Reg-e Khan district of "
                    "Afghanistan's Helmand province, military officials reported.' -> 'yesterday' in a 18 March 2011 "
                    "article = 17 March 2011. District centre not known to the annotator -> precision 3.")),
        dict(id="e2", type="presence", actor=A("insurgents", "insurgents", at="several insurgents setting"),
             civilian=False, count=C("several", at="spotted several", value=None, low=3, approx=True, qualifier="several"),
             location=REG_E_KHAN, date=D("2011-03-17", "yesterday", at="insurgents yesterday", derived_from_context=True),
             source=None, trigger=T("setting up", at="setting up an enemy"),
             notes=("'Troops spotted several insurgents setting up an enemy fighter position and requested close-air "
                    "support ...' -> a group of insurgents operating at the place of e1 (presence, GUIDELINES 2: the "
                    "size of a hostile force). Close call: the two killed in e1 were probably among them; the "
                    "presence is annotated, not linked. Place and day derived from the previous sentence.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("insurgents", "insurgent", at="one insurgent"),
             civilian=False, count=C("one", at="killed one insurgent", value=1), location=SAYYAD, date=YDAY_AF_D,
             source=None, trigger=T("killed", at="killed one insurgent"),
             notes=("'-- Security forces killed one insurgent and detained several other suspects while searching for a "
                    "senior Taliban leader in Sar-e Pul province's Sayyad Valley district.' -> day from the heading "
                    "'In other operations yesterday throughout Afghanistan:' (derived). Bullet items are in the "
                    "release's own voice -> source null (as set (j)). admin1 'Sar-e Pol' (ISO spelling; the text has "
                    "'Sar-e Pul').")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("several", at="detained several other", value=None, low=3, approx=True, qualifier="several"),
             location=SAYYAD, date=YDAY_AF_D, source=None, trigger=T("detained", at="detained several other"),
             notes=("Same bullet as e3: 'detained several other suspects' -> detention of suspects in a raid = captured "
                    "(GUIDELINES 2). 'other suspects' of the insurgent killed -> generic insurgents (surface null). The "
                    "'senior Taliban leader' they searched for is not said to be caught (hard negative).")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("insurgents", "insurgents", at="several suspected insurgents while searching for a Taliban leader associated"),
             civilian=False,
             count=C("several", at="detained several suspected insurgents while searching for a Taliban leader associated", value=None, low=3, approx=True, qualifier="several"),
             location=L("Zabul province\u2019s Qalat district", "AFG", "Zabul", 32.11, 66.91, 2), date=YDAY_AF_D,
             source=None, trigger=T("detained", at="troops detained several"),
             notes=("'-- In Zabul province's Qalat district, troops detained several suspected insurgents while searching "
                    "for a Taliban leader associated with weapons trafficking and foreign fighter camps.' -> captured, "
                    "'several' (low 3). Qalat district is named after its centre, the city of Qalat -> precision 2 with "
                    "the city's coordinates. Day from the heading (derived).")),
        dict(id="e6", type="casualty", outcome="captured", actor=A("Haqqani network", "Haqqani network", at="a Haqqani network"),
             civilian=False, count=C("a Haqqani network terrorist leader", num="a", value=1), location=BAK,
             date=YDAY_AF_D, source=None, trigger=T("captured", at="captured a Haqqani"),
             notes=("'-- Afghan and coalition troops in Khost province's Bak district captured a Haqqani network terrorist "
                    "leader and two other insurgents suspected in bombing attacks in the area.' -> two coordinated "
                    "counts: the leader (value 1) and 'two other insurgents' (e7). No total is stated, so none is "
                    "annotated (the conjunction is not of two singulars).")),
        dict(id="e7", type="casualty", outcome="captured", actor=A("insurgents", "insurgents", at="two other insurgents"),
             civilian=False, count=C("two", at="two other insurgents", value=2), location=BAK, date=YDAY_AF_D,
             source=None, trigger=T("captured", at="captured a Haqqani"),
             notes=("Same bullet as e6: 'two other insurgents' -> their group is not named (only the leader is "
                    "'Haqqani network') -> generic insurgents (section 10).")),
        dict(id="e8", type="casualty", outcome="captured", actor=A("insurgents", "insurgents", at="two suspected insurgents while targeting"),
             civilian=False, count=C("two", at="detained two suspected", value=2), location=NERKH, date=YDAY_AF_D,
             source=None, trigger=T("detained", at="detained two suspected"),
             notes=("'-- In Wardak province's Nerkh district, troops detained two suspected insurgents while targeting a "
                    "Hezb-e Islami Gulbuddin terrorist group leader ...' -> captured. The targeted leader is not said "
                    "to be caught (hard negative). Day from the heading (derived).")),
        dict(id="e9", type="presence", actor=A("Hezb-e Islami Gulbuddin", "Hezb-e Islami Gulbuddin"),
             civilian=False, count=C("at least 20", num="20", value=20, low=20, qualifier="at least"),
             location=NERKH, date=D(None), source=None, trigger=T("responsible for", at="responsible for at least"),
             notes=("'... a Hezb-e Islami Gulbuddin terrorist group leader responsible for at least 20 fighters in the "
                    "area.' -> the size of the group's force in the district (presence), as set (j) did with 'a "
                    "district-level Taliban leader who led 175 fighters'. Close call. 'in the area' = the Nerkh "
                    "district of the bullet. Present tense, no time expression -> date null.")),
        dict(id="e10", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="several armed insurgents"),
             civilian=False, count=C("several", at="killed several armed", value=None, low=3, approx=True, qualifier="several"),
             location=SHIGAL, date=MAR16, source=None, trigger=T("killed", at="killed several armed"),
             notes=("'-- Security forces killed several armed insurgents and wounded another who ambushed their patrol in "
                    "Kunar province's Shigal wa Sheltan district.' -> day from the heading 'In operations March 16:' "
                    "(derived).")),
        dict(id="e11", type="casualty", outcome="wounded", actor=A("insurgents"), civilian=False,
             count=C("another", at="wounded another", value=1), location=SHIGAL, date=MAR16, source=None,
             trigger=T("wounded", at="wounded another"),
             notes=("Same bullet as e10: 'wounded another who ambushed their patrol' -> one more insurgent wounded "
                    "('another' = 1, GUIDELINES 2). Actor from context (surface null).")),
    ],
    hard_negatives=[
        H("numerous insurgents", "no explicit quantity: 'numerous' is like 'many' (GUIDELINES 2), not one of the listed vague magnitudes; close call"),
        H("a senior Taliban leader", "searched for, not captured or killed"),
        H("a Taliban leader responsible for trade", "searched for, not captured"),
        H("a Taliban leader associated", "searched for, not captured"),
        H("a Hezb-e Islami Gulbuddin terrorist group leader", "targeted, not said to be captured"),
        H("suicide bombers", "no count"),
        H("foreign fighters", "no count", at="trafficking foreign fighters"),
    ])

# ---------------------------------------------------------------- Colombia 2015 (VOA)
ANN["voa_2015_05_21_colombia_cauca_farc_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("FARC", "FARC", at="(FARC)"), civilian=False,
             count=C("18", value=18), location=L("the Cauca region of western Colombia", "COL", "Cauca", None, None, 3),
             date=D("2015-05-21", "Thursday", at="(FARC) Thursday"), source=S("an army official said"),
             trigger=T("killed", at="army killed 18"),
             notes=("'Colombia's army killed 18 members of the leftist rebel group, the Revolutionary Armed Forces of "
                    "Colombia (FARC) Thursday in a bombing raid, an army official said.' -> Thursday 21 May 2015. Place "
                    "from the next sentence ('The operation took place in the Cauca region of western Colombia'), a "
                    "department -> precision 3. Count phrase '18' (the noun is 'members').")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("COL"), civilian=False,
             count=C("10", at="10 soldiers", value=10), location=None,
             date=D("2015-04", "last month", approx=True), source=None,
             trigger=T("killing", at="killing of 10"),
             notes=("'... lifted an air strike suspension against the Marxist guerrillas last month after members of the "
                    "rebel group became suspects in the killing of 10 soldiers.' -> an earlier attack retold: ten "
                    "soldiers killed (Colombian army, actor from context, surface null). The only time expression "
                    "('last month' = April 2015) dates the lifting, which came after the killing -> 2015-04, approx "
                    "(close call). No place is given -> location null. The rebels' role is a suspicion ('became "
                    "suspects'); the deaths themselves are stated.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 200,000", num="200,000", value=200000, low=200000, qualifier="more than"),
             location=None, date=D("1965/2015-05-21", "since the mid-1960s", approx=True, derived_from_context=True),
             source=None, cumulative=True, trigger=T("killed", at="has killed more"),
             notes=("'FARC has been fighting the Colombian government since the mid-1960s. The civil conflict has killed "
                    "more than 200,000 people.' -> running total (cumulative) from the start given in the previous "
                    "sentence (derived; 'mid-1960s' -> 1965, approx) to the publication day. 'people' -> actor and "
                    "civilian null. No place phrase -> location null.")),
    ],
    hard_negatives=[
        H("the two sides", "sides of the talks, not a count of people"),
        H("more than two years ago", "duration"),
    ])

# ---------------------------------------------------------------- Yemen 2015 (VOA)
ADEN = L("near Yemen's second city of Aden", "YEM", "Aden", 12.79, 45.03, 2)
SUN_ADEN = D("2015-07-19", "on Sunday")
ANN["voa_2015_07_19_yemen_aden_shelling"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least 43", num="43", value=43, low=43, qualifier="at least"), location=ADEN, date=SUN_ADEN,
             source=None, trigger=T("killed", at="were killed and"),
             notes=("'At least 43 people were killed and 100 were wounded near Yemen's second city of Aden on Sunday, in "
                    "what officials said was shelling by Houthi rebels.' -> Sunday 19 July 2015 (publication day). "
                    "'officials said' attributes the cause (Houthi shelling), not the figures, which are in VOA's "
                    "voice -> source null (close call). 'people' -> actor and civilian null. Near a city -> precision "
                    "2 with Aden's coordinates.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("100", at="100 were wounded", value=100), location=ADEN, date=SUN_ADEN, source=None,
             trigger=T("wounded", at="100 were wounded"),
             notes="Same sentence as e1: '... and 100 were wounded' (the same people, 'people' understood) -> actor and civilian null."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("YEM"), civilian=True,
             count=C("at least 1,670", num="1,670", value=1670, low=1670, qualifier="at least"), location=None,
             date=D("2015-03/2015-07-19", "since March"), source=S("the United Nations reported"), cumulative=True,
             trigger=T("killed", at="have killed at least"),
             notes=("'Violence on the ground paired with the ongoing airstrikes have killed at least 1,670 civilians since "
                    "March, the United Nations reported last week.' -> running total (cumulative) since March 2015 "
                    "(GUIDELINES 5: 'since X' -> X/publication date). Civilians of the war in Yemen -> YEM by plain "
                    "implication (section 10), surface null. The sentence names no place -> location null.")),
    ],
    hard_negatives=[
        H("thousands of Yemenis", "people fleeing the country (displaced), not casualties"),
        H("four months ago", "duration"),
    ])

# ---------------------------------------------------------------- DoD 2015 release (Taqaddum)
ANN["dod_2015_06_10_iraq_taqaddum_450"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "U.S.", at="additional U.S. personnel"), civilian=False,
             count=C("up to 450", num="450", value=450, high=450, approx=True, qualifier="up to"),
             location=L("Taqaddum Air Base", "IRQ", "Al Anbar", 33.34, 43.60, 1),
             date=D(None), source=None, planned=True, part_of="e2", trigger=T("deploy", at="deploy to Iraq"),
             notes=("'The commander in chief has authorized Secretary of Defense Ash Carter to deploy to Iraq up to 450 "
                    "additional U.S. personnel in a non-combat role, to expand our advise and assist mission at "
                    "Taqaddum Air Base ...' -> authorized future deployment (planned). 'additional' = more, not a "
                    "bound; 'up to' is the bound. Destination: the most specific place, Taqaddum Air Base (a named site, "
                    "precision 1). No time expression -> date null (as the blind set's 1,500 of 2014). The release's own "
                    "voice -> source null. Part of the new force level e2 (as the blind set linked 1,500 to 3,100).")),
        dict(id="e2", type="presence", actor=A("USA"), civilian=False,
             count=C("up to 3,550", num="3,550", value=3550, high=3550, approx=True, qualifier="up to"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="more areas in Iraq"),
             date=D(None), source=None, planned=True, is_total=True, trigger=T("force levels", at="DoD force levels"),
             notes=("'The additional site will result in an increase in DoD force levels to up to 3,550 personnel.' -> "
                    "the future total of US personnel in Iraq after the increase (planned presence, is_total; the "
                    "blind set's 'will total up to about 3,100' of 2014 was annotated the same way). Place from the "
                    "previous sentence ('more areas in Iraq'); country level. Actor from context (DoD), surface null.")),
    ],
    hard_negatives=[
        H("8th Iraqi Army Division", "unit name and number"),
        H("May 19", "date"),
    ])

# ---------------------------------------------------------------- Afghanistan 2021 (VOA)
KABUL6 = L("district 6 of Kabul city", "AFG", "Kabul", 34.53, 69.17, 2)
THU_KABUL = D("2021-06-03", "Thursday night", at="The Thursday night blast")
ANN["voa_2021_06_04_afghanistan_kabul_blast_taliban_district"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="female Afghan"), civilian=True,
             count=C("a young female Afghan television anchor and her mother", value=2, qualifier="conjunction"),
             location=KABUL6, date=D("2021-06-03", "overnight", at="an overnight roadside"), source=None,
             part_of="e2", trigger=T("killed", at="killed a young"),
             alt_mentions=[S("Mina Khairi, TV presenter at Ariana News and her mother")],
             notes=("'Separately, an overnight roadside bombing of a vehicle in the national capital, Kabul, killed a "
                    "young female Afghan television anchor and her mother, and wounded her sister.' -> two coordinated "
                    "singulars (value 2, qualifier conjunction, as the held-out 'a French aid worker ... and his "
                    "driver'). Journalist and her mother -> civilian true; 'Afghan' -> AFG. 'overnight' in a Friday "
                    "story, and 'The Thursday night blast' later -> Thursday 3 June 2021. Place: the AJSC quote gives "
                    "the most specific place ('yesterday's blast in district 6 of Kabul city'; part of a city, "
                    "precision 2). The quote restates the two victims by name -> alt_mentions. Part of the total "
                    "e2. 'wounded her sister' has no count word (hard negative); she is among e3.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("a total of four", num="four", value=4, qualifier="a total of"), location=KABUL6,
             date=THU_KABUL, source=None, is_total=True, trigger=T("killed", at="blast killed a total"),
             notes=("'The Thursday night blast killed a total of four people and injured several others, including "
                    "Khairi's sister.' -> the blast's death toll (total of e1 and two others the text does not "
                    "describe). 'people' -> actor and civilian null. Place derived from the AJSC quote.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("several", at="injured several others", value=None, low=3, approx=True, qualifier="several"),
             location=KABUL6, date=THU_KABUL, source=None, trigger=T("injured", at="injured several"),
             notes=("Same sentence as e2: 'injured several others, including Khairi's sister' -> 'several' (low 3). The "
                    "sister (a civilian) is one of them, the others are not described -> actor and civilian null.")),
    ],
    hard_negatives=[
        H("seven", "count of districts ('bringing to seven the number of districts'), not people", at="bringing to seven"),
        H("a month ago", "duration"),
        H("the past three years", "duration"),
        H("her sister", "wounded person without a count word (restated as one of e3's 'several others')", at="wounded her sister"),
        H("the repeated killings", "no count"),
    ])

# ---------------------------------------------------------------- DoD 2023 briefing (Hasakah)
HASAKAH = L("a coalition base near Hasakah", "SYR", "Al-Hasakah", 36.50, 40.75, 2)
YDAY_HAS = D("2023-03-23", "yesterday", at="killed yesterday")
DOD_STMT = S("Per our DOD statement")
ANN["dod_2023_03_24_syria_hasakah_drone_briefing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="a U.S. contractor"), civilian=True,
             count=C("a U.S. contractor", num="a", value=1), location=HASAKAH, date=YDAY_HAS, source=DOD_STMT,
             trigger=T("killed", at="killed yesterday"),
             notes=("'Per our DOD statement last night, a U.S. contractor was killed yesterday and five U.S. service "
                    "members and one additional U.S. contractor were wounded after a one-way unmanned aerial vehicle "
                    "struck a maintenance facility on a coalition base near Hasakah in northeast -- northeast Syria at "
                    "approximately 1:38 P.M. local time.' -> 'yesterday' in the 24 March 2023 briefing = 23 March 2023. "
                    "A contractor is a non-combatant -> civilian true. Source: the attribution phrase in the speaker's "
                    "words ('Per our DOD statement'; the speaker is the Pentagon press secretary). Near a city -> "
                    "precision 2 with Hasakah's coordinates. The sentence splitter cuts this sentence after 'P.M.' "
                    "('P.M.' is not in the shared abbreviation list); the counts lie before the cut.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("USA", "U.S.", at="five U.S. service"), civilian=False,
             count=C("five", at="five U.S. service", value=5), location=HASAKAH, date=YDAY_HAS, source=DOD_STMT,
             trigger=T("wounded", at="were wounded after"),
             notes="Same sentence as e1: 'five U.S. service members ... were wounded'."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("USA", "U.S.", at="additional U.S. contractor"),
             civilian=True, count=C("one", at="one additional", value=1), location=HASAKAH, date=YDAY_HAS,
             source=DOD_STMT, trigger=T("wounded", at="were wounded after"),
             notes=("Same sentence as e1: 'one additional U.S. contractor were wounded' -> value 1 ('additional' = "
                    "another person, not a bound); contractor -> civilian true. No total of the wounded is stated.")),
    ],
    hard_negatives=[
        H("two U.S. Air Force F-15E fighter aircraft", "aircraft, not people"),
        H("two IRGC-affiliated facilities", "facilities, not people"),
        H("any militant casualties", "no count ('we're still assessing')"),
        H("a series of recent attacks", "attacks, not people"),
        H("1:38 P.M.", "time of day"),
    ])

# ---------------------------------------------------------------- Ukraine 2023 Kherson (VOA)
KHERSON_REG = L("southern Ukraine's Kherson region", "UKR", "Kherson", None, None, 3)
THU_KH = D("2023-11-02", "on Thursday", at="shelling on Thursday")
ANN["voa_2023_11_02_ukraine_kherson_shelling"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UKR"), civilian=True,
             count=C("two more", num="two", value=2), location=KHERSON_REG, date=THU_KH,
             source=S("according to local authorities"), is_total=True, trigger=T("killed", at="killed two more"),
             alt_mentions=[S("The two deaths")],
             notes=("'Russian shelling on Thursday killed two more civilians \u2014 an 81-year-old woman and a 60-year-old "
                    "man \u2014 in southern Ukraine's Kherson region, according to local authorities, ...' -> 'more' = "
                    "additional, not a bound (value 2). Total of the two appositive victims (e2, e3). Civilians in "
                    "Ukraine's Kherson region -> UKR by plain implication, surface null. Thursday 2 November 2023 "
                    "(publication day). 'The two deaths' restates the figure (alt_mentions).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("UKR"), civilian=True,
             count=C("an 81-year-old woman", num="an", value=1), location=KHERSON_REG, date=THU_KH,
             source=S("according to local authorities"), part_of="e1", trigger=T("killed", at="killed two more"),
             notes="Appositive part of e1: 'an 81-year-old woman' (age inside a count phrase of value 1, as set (l))."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UKR"), civilian=True,
             count=C("a 60-year-old man", num="a", value=1), location=KHERSON_REG, date=THU_KH,
             source=S("according to local authorities"), part_of="e1", trigger=T("killed", at="killed two more"),
             notes=("Appositive part of e1: 'a 60-year-old man' -> civilian true because the apposition calls both "
                    "victims 'civilians' (unlike set (l)'s bare 'a 67-year-old man').")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Four", at="Four others", value=4), location=KHERSON_REG,
             date=D("2023-11-02", "on Thursday", at="shelling on Thursday", derived_from_context=True), source=None,
             trigger=T("injured", at="were injured in the strikes"),
             notes=("'The shelling targeted several villages, Governor Oleksandr Prokudin said. Four others were injured "
                    "in the strikes, which also damaged buildings.' -> the same Thursday shelling (day and region "
                    "derived from the first sentence). The sentence itself has no attribution -> source null (the "
                    "governor is the speaker of the previous sentence; close call). 'others' -> actor and civilian "
                    "null.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one person", num="one", value=1),
             location=L("the region's capital", "UKR", "Kherson", 46.64, 32.61, 1),
             date=D("2023-11-01", "Wednesday", at="died Wednesday"), source=None, trigger=T("died", at="person died"),
             notes=("'The two deaths came after one person died Wednesday in Russian shelling in the region's capital, "
                    "which is also called Kherson.' -> Wednesday 1 November 2023, Kherson city (precision 1). 'person' "
                    "-> actor and civilian null.")),
    ],
    hard_negatives=[
        H("several villages", "villages, not people"),
        H("nine Ukrainian drones", "drones, not people"),
        H("nearly nine months", "duration"),
        H("2014", "year"),
    ])

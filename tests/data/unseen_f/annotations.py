# -*- coding: utf-8 -*-
"""Gold annotations of set (f), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals) and
ACLED-style precision (1 point, 2 near a point or part of a town, 3 region, 4 country).
Each event also carries a `trigger` (the word that signals the event), an addition over set (d).
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


T = S


def A(value, surface=None, at=None):
    return dict(value=value, surface=surface, at=at)


def H(surface, why, at=None):
    return dict(surface=surface, at=at, why=why)


ANN = {}

# ---------------------------------------------------------------- Colombia 2005 (Wikinews)
VH = L("Vista Hermosa", "COL", "Meta", 3.12, -73.75, 1)
ANN["wn_2005_12_28_colombia_vista_hermosa"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("COL", "Colombian", at="Colombian soldiers"),
             civilian=False,
             count=C("between 24 and 28", num="24 and 28", value=None, low=24, high=28, approx=True,
                     qualifier="between"),
             location=VH, date=D(None), source=None, hedge="Reports are varying",
             trigger=T("killed", at="were killed in the attack"),
             notes=("'Reports are varying between 24 and 28 Colombian soldiers were killed in the attack': the article's own "
                    "summary of the two figures given in the next sentence, stated as a range (value null, low 24, high 28, "
                    "qualifier 'between', as SPEC's 'between 200 and 300'). Kept as its own claim because it is the only "
                    "sentence that states both bounds; the two sourced figures are e2 and e3 (GUIDELINES 6: different "
                    "sources, different figures). No speaker -> source null, 'Reports are varying' as hedge. The text gives "
                    "no time for the attack (it took place on 27 December 2005) -> date null. Place: Vista Hermosa (Meta), "
                    "'more than 200 km south Bogota'.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("COL"), civilian=False,
             count=C("24", value=24, at="reported that 24"), location=VH, date=D(None),
             source=S("The Army first reported"), trigger=T("killed", at="had been killed"),
             notes=("'The Army first reported that 24 soldiers had been killed': the first official figure; Colombian soldiers "
                    "from the previous sentence (actor COL, surface null). Separate from e3 (a different source and figure).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("COL"), civilian=False,
             count=C("28", value=28, at="death toll at 28"), location=VH, date=D(None),
             source=S("the defense minister later placed"), trigger=T("death toll"),
             notes=("'but the defense minister later placed the death toll at 28': the later, higher official figure (an "
                    "updated toll from a different source is a separate claim, GUIDELINES 6 and 10).")),
    ],
    hard_negatives=[
        H("more than 200 km", "distance"),
        H("a rebel group", "the attacking group, no quantity of fighters"),
        H("2002", "year", at="office in 2002"),
        H("Uribe's father was killed", "a named individual killed in 1983, no count word (GUIDELINES 2)"),
        H("1983", "year"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007 (army.mil)
AFG = L("Afghanistan", "AFG", None, None, None, 4, at="to Afghanistan as part")
ANN["army_2007_05_09_afghanistan_101st_rotation"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 1000", num="1000", value=1000, approx=True, qualifier="approximately"),
             location=AFG, date=D("2008-03", "March 2008", at="headquarters in March", derived_from_context=True),
             source=None, planned=True, trigger=T("relieve", at="will relieve"),
             notes=("'The headquarters of the 101st Airborne Division will relieve the 82nd Airborne Division's headquarters in "
                    "March 2008. An Army division headquarters organized to fight consists of approximately 1000 Soldiers.': "
                    "the size of the deploying headquarters, stated generically ('An Army division headquarters ... consists "
                    "of'); annotated as the planned deployment of about 1,000 soldiers (a careful reader takes it as the head "
                    "count of the 101st headquarters). Destination Afghanistan from the first sentence; date March 2008 from "
                    "the previous sentence (derived_from_context). Actor USA (US Army), no side word next to the count.")),
        dict(id="e2", type="deployment", actor=A("USA"), civilian=False,
             count=C("2500", value=2500, at="with 2500 Soldiers"),
             location=AFG, date=D("2008-03", "March 2008", at="headquarters in March", derived_from_context=True),
             source=None, planned=True, trigger=T("will deploy", at="2500 Soldiers will deploy"),
             notes=("'The 101st Sustainment Brigade with 2500 Soldiers will deploy with the division headquarters': planned; "
                    "'with the division headquarters' dates it to the headquarters' March 2008 move (derived_from_context; "
                    "the first paragraph's 'in early 2008' agrees).")),
        dict(id="e3", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 2800", num="2800", value=2800, approx=True, qualifier="approximately"),
             location=AFG, date=D("2008-01/2008-03", "early 2008", at="will also deploy in early 2008", approx=True,
                                  derived_from_context=True),
             source=None, planned=True, trigger=T("deploy", at="deploy in early 2008. The 101st Combat"),
             notes=("'\"The Wings of Destiny\" ... will also deploy in early 2008. The 101st Combat Aviation Brigade consists "
                    "of ... The aviation brigade has approximately 2800 Soldiers.': the brigade's head count, planned "
                    "deployment to Afghanistan; 'early 2008' -> 2008-01/2008-03 (GUIDELINES 5 'early 2012'), approx, from "
                    "two sentences before the count. The list of battalions and companies is units, not counts.")),
        dict(id="e4", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 3200", num="3200", value=3200, approx=True, qualifier="approximately"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="12 months to Iraq"),
             date=D("2005-10/2006-10", "October 2006", at="returned to Fort Campbell", approx=True, derived_from_context=True),
             source=None, trigger=T("deployed", at="deployed for 12 months"),
             notes=("'the 4th Brigade Combat Team, consisting of approximately 3200 Soldiers, deployed for 12 months to Iraq "
                    "and returned to Fort Campbell in October 2006': a past, actual deployment (not planned) to Iraq. Date: "
                    "a 12-month tour ending October 2006 -> 2005-10/2006-10 (approx, derived from 'returned ... in October "
                    "2006'). The brigade's April 2008 deployment to Afghanistan has no head count of its own (the 3200 "
                    "describes the brigade at the Iraq tour), so no event is added for it. Fort Campbell is the home "
                    "station, not a destination.")),
    ],
    hard_negatives=[
        H("sending Soldiers", "deployment with no quantity"),
        H("three brigade-sized units", "units, not a head count (GUIDELINES 2)"),
        H("82nd Airborne Division's headquarters", "unit name/number, not a count"),
        H("12-month tour", "duration"),
        H("one AH-64", "unit/equipment in a list of battalions, not people"),
        H("one medical evacuation company", "unit, not a head count"),
        H("4th Brigade Combat Team", "unit ordinal, not a count", at="The 4th Brigade Combat Team, will"),
        H("12 months", "duration", at="deployed for 12 months"),
        H("up to 15 months", "duration"),
    ])

# ---------------------------------------------------------------- Gaza 2007 (Wikinews)
GAZA = L("Gaza City", "PSE", "Gaza", 31.52, 34.45, 1, at="into Gaza City")
TODAY_G = D("2007-05-17", "today", at="local time today")
ANN["wn_2007_05_17_gaza_city_airstrike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("four", value=4, at="leaving four dead"), location=GAZA, date=TODAY_G, source=None,
             is_total=True, trigger=T("dead", at="four dead"),
             notes=("'Israel launched another air strike into Gaza City at about 2:15 p.m. local time today, leaving four dead': "
                    "the dead are not described (the strike targeted Hamas installations and 'cars with Hamas militants') "
                    "-> actor and civilian null. Total of which 'A top Hamas commander' (e3) is one.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 40", num="40", value=40, low=40, qualifier="at least"), location=GAZA, date=TODAY_G,
             source=None, trigger=T("wounded", at="40 wounded"),
             notes="'and at least 40 wounded': same strike, people not described -> actor and civilian null."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("Hamas", "Hamas", at="Hamas commander riding"),
             civilian=False, count=C("A", value=1, at="A top Hamas commander"), location=GAZA,
             date=D("2007-05-17", "today", at="local time today", derived_from_context=True), source=None,
             part_of="e1", trigger=T("killed", at="cars was killed"),
             notes=("'A top Hamas commander riding in one of the cars was killed': value 1 (singular determiner), actor Hamas, "
                    "part_of the four dead of the strike (e1). Place and day from the lede (derived_from_context).")),
    ],
    hard_negatives=[
        H("2:15 p.m.", "clock time"),
        H("F-16", "aircraft designation"),
        H("two Hamas installations", "count of buildings/targets, not people"),
        H("one of the cars", "count of vehicles"),
        H("Israeli armoured units", "units moving into Gaza with no quantity (no presence event)"),
        H("third Israeli strike in two days", "ordinal count of strikes and a duration"),
    ])

# ---------------------------------------------------------------- Yemen 2012 (VOA)
ANN["voa_2012_10_19_yemen_shakra_abyan"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("YEM"), civilian=False,
             count=C("at least 13", num="13", value=13, low=13, qualifier="at least"),
             location=L("the base near the town of Shakra", "YEM", "Abyan", 13.36, 45.69, 2),
             date=D("2012-10-19", "Friday", at="southern Yemen Friday"), source=S("Yemeni officials say"),
             trigger=T("killed", at="militants killed at least 13"),
             notes=("'Yemeni officials say suspected militants killed at least 13 soldiers in a suicide attack on an army base "
                    "in southern Yemen Friday': Yemeni soldiers (actor YEM from context; 'Yemeni' qualifies the officials, "
                    "so surface null). Place from the next sentence ('the base near the town of Shakra', Abyan per the "
                    "third paragraph) -> precision 2 with Shakra's coordinates. The suicide attackers are not counted.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("al-Qaida", "al-Qaida", at="al-Qaida-linked"),
             civilian=False, count=C("at least seven", num="seven", value=7, low=7, qualifier="at least"),
             location=L("southern Yemen", "YEM", None, None, None, 3, at="militants in southern Yemen"),
             date=D("2012-10-18", "a day after", at="came a day after", derived_from_context=True),
             source=S("Yemeni security officials said"), trigger=T("killed", at="drone strikes killed"),
             notes=("'Friday's attack ... came a day after Yemeni security officials said suspected U.S. drone strikes killed at "
                    "least seven al-Qaida-linked militants in southern Yemen': 'a day after' dates the officials' statement "
                    "(and with it the strikes, reported the same day) to Thursday 18 October 2012; read as the strike day "
                    "(derived_from_context; the statement day and the strike day may differ, noted). 'al-Qaida-linked' "
                    "names the group -> actor al-Qaida (section 10). 'suspected' qualifies who struck, not the figure (no "
                    "hedge). 'southern Yemen' is a region (precision 3, no point).")),
    ],
    hard_negatives=[
        H("a suicide attack", "an incident; the attackers' own deaths are not counted"),
        H("a bomb-laden vehicle", "count of a vehicle, not people"),
        H("last year", "date expression, not a count"),
    ])

# ---------------------------------------------------------------- Mali 2016 (VOA, gopher mirror)
KIDAL = L("the northern Mali town of Kidal", "MLI", "Kidal", 18.44, 1.41, 1)
FRI_K = D("2016-02-12", "Friday", at="town of Kidal Friday")
ANN["voa_2016_02_12_mali_kidal_minusma"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN"), actor_alt="GIN", civilian=False,
             count=C("at least two", num="two", value=2, low=2, qualifier="at least"), location=KIDAL, date=FRI_K,
             source=None, alt_mentions=[S("two", at="two peacekeepers had been killed")],
             trigger=T("killing", at="killing at least two"),
             notes=("'Suspected Islamic militants attacked a U.N. peacekeepers' base in the northern Mali town of Kidal Friday, "
                    "killing at least two people': the next sentences identify the dead as two peacekeepers of MINUSMA "
                    "('A source from the peacekeeping mission told ... AFP, that two peacekeepers had been killed') from "
                    "Guinea. One claim (same figure, same people): the lede is primary (VOA's own voice, source null), the "
                    "AFP source's 'two peacekeepers' is an alt mention (GUIDELINES 6: a second source repeating the figure). "
                    "Actor UN (the mission) with actor_alt GIN (the contingent, from 'the dead peacekeepers were from "
                    "Guinea'), civilian false by coreference.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="wounding several others"),
             location=KIDAL, date=FRI_K, source=None, trigger=T("wounding"),
             notes=("'and wounding several others': vague magnitude (low 3, GUIDELINES 4). The wounded are not described "
                    "-> actor and civilian null.")),
    ],
    hard_negatives=[
        H("A Guinean member of the U.N. force", "a speaker (source), not a casualty or a force count"),
        H("a week", "duration"),
        H("a police base in Timbuktu", "count of a building, not people"),
        H("2013", "year"),
    ])

# ---------------------------------------------------------------- Somalia 2016 (VOA)
BAIDOA = L("near the town of Baidoa", "SOM", "Bay", 3.12, 43.65, 2)
TUE = D("2016-04-26", "early Tuesday", at="attacked early Tuesday", derived_from_context=True)
ANN["voa_2016_04_26_somalia_daynunay_baidoa"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("at least eight", num="eight", value=8, low=8, qualifier="at least"), location=BAIDOA, date=TUE,
             source=S("officials said", at="Baidoa, officials said"),
             trigger=T("killed", at="Somalia killed at least eight"),
             notes=("'Al-Shabab militants in Somalia killed at least eight government soldiers in an ambush near the town of "
                    "Baidoa, officials said.': Somali government soldiers (actor SOM from context, no side adjective next to "
                    "the count). Date: the ambush hit a convoy sent to reinforce the base 'being attacked early Tuesday' "
                    "(next paragraph) -> Tuesday 26 April 2016 (derived_from_context). Place 'near the town of Baidoa' -> "
                    "precision 2 with Baidoa's coordinates (Daynunay base is 18 km east).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("SOM"), civilian=False,
             count=C("Thirteen", value=13), location=BAIDOA, date=TUE, source=None,
             trigger=T("wounded", at="soldiers were wounded"),
             notes=("'Thirteen government soldiers were wounded.': same ambush; no attribution in the sentence (the "
                    "commander's 'told VOA Somali' of the previous sentence is not carried over).")),
    ],
    hard_negatives=[
        H("A Somali military commander", "a speaker (source), not a casualty"),
        H("18 kilometers", "distance"),
        H("killing number of soldiers", "al-Shabab claim with no quantity (source's wording)"),
        H("a military vehicle", "count of a vehicle", at="destroying a military vehicle"),
        H("four militants blew themselves up", "militants who blew themselves up when surrounded: self-inflicted deaths, "
          "treated like a suicide attacker's death (GUIDELINES 2), not annotated"),
        H("an AMISOM military vehicle", "count of a vehicle"),
    ])

# ---------------------------------------------------------------- Poland 2024 (DVIDS)
ANN["dvids_2024_06_28_poland_usag_change_of_command"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "American", at="American soldiers"), civilian=False,
             count=C("7,500", value=7500),
             location=L("Poland", "POL", None, None, None, 4, at="USAG Poland supports"),
             date=D("2024-06-28", "June 28, 2024", derived_from_context=True), source=None,
             trigger=T("supports"),
             notes=("'USAG Poland supports 7,500 American soldiers across 11 sites': the US Army force present in Poland that "
                    "the garrison supports (presence). Place: Poland, as named in 'USAG Poland' (country-level, precision "
                    "4; the 11 sites are not named). Present tense in a caption dated 'June 28, 2024' -> that day "
                    "(derived_from_context).")),
    ],
    hard_negatives=[
        H("3rd Airlift Wing", "unit ordinal, not a count"),
        H("March 21, 2023", "date"),
        H("11 sites", "count of sites, not people"),
    ])

# ---------------------------------------------------------------- Ukraine 2024 (VOA)
ANN["voa_2024_09_23_ukraine_zaporizhzhia_strikes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 16", num="16", value=16, low=16, qualifier="at least"),
             location=L("the city of Zaporizhzhia", "UKR", "Zaporizhzhia", 47.84, 35.14, 1),
             date=D("2024-09-22/2024-09-23", "overnight", at="country overnight", derived_from_context=True),
             source=S("Officials in southeastern Ukraine said"), trigger=T("injured"),
             notes=("'Officials in southeastern Ukraine said Monday that Russian airstrikes injured at least 16 people in the "
                    "city of Zaporizhzhia.': bare 'people' -> actor and civilian null (section 10). The sentence gives only "
                    "the reporting day; the attack is dated by 'Russia attacked the country overnight' two paragraphs on -> "
                    "the night of 22-23 September 2024 (derived_from_context).")),
    ],
    hard_negatives=[
        H("13 apartment buildings", "count of buildings"),
        H("four aerial drones", "count of drones"),
        H("two guided missiles", "count of missiles"),
        H("three of the four Russian drones", "count of drones"),
        H("four Ukrainian aerial drones", "count of drones"),
        H("another four", "count of drones (elliptical)"),
        H("one drone", "count of a drone"),
        H("two apartments", "count of apartments"),
        H("two other drones", "count of drones"),
        H("2022", "year"),
    ])

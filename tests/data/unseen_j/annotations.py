# -*- coding: utf-8 -*-
"""Gold annotations of set (j), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, natural features, offsets and
countries, as in sets (g)-(i)) and ACLED-style precision (1 point, 2 near a point, part of a city or a district
centre, 3 region/province/natural feature/offset, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Afghanistan 2002 (VOA, darivoa.com)
ANN["voa_2002_03_15_afghanistan_shah_e_kot_harpoon"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("al-Qaida", "al-Qaida", at="three al-Qaida"),
             civilian=False, count=C("three", value=3, at="three al-Qaida"),
             location=L("the Shah-e-Kot mountain caves and bunkers", "AFG", "Paktia", None, None, 3),
             date=D("2002-03-14", "Thursday", at="battle Thursday"), source=S("Military officials said"),
             trigger=T("killed", at="troops killed three"),
             notes=("'Military officials said allied troops killed three al-Qaida fighters in an intense battle "
                    "Thursday, which erupted within hours of launching the mission, code-named \"Operation Harpoon.' "
                    "-> Thursday 14 March 2002 (publication Friday 15 March). The sentence names no place; the "
                    "previous paragraph ties the continuing search to 'the Shah-e-Kot mountain caves and bunkers' "
                    "(derived; a natural feature in Paktia -> precision 3, lat/lon null; close call, the Harpoon "
                    "battle was in the Shah-e-Kot area, annotator's knowledge). The unbalanced quotation mark is the "
                    "source's.")),
        dict(id="e2", type="casualty", outcome="killed",
             actor=A(["Taliban", "al-Qaida"], "Taleban and al-Qaida", at="20 dead Taleban"), civilian=False,
             count=C("the 20", num="20", value=20, at="the 20 dead"),
             location=L("caves near the Pakistani border", "AFG", None, None, None, 3), date=D(None),
             source=S("U-S military officials say"), trigger=T("dead", at="20 dead"),
             notes=("'... Afghan troops have found Egyptians, Sudanese and Indonesians among the 20 dead Taleban and "
                    "al-Qaida fighters discovered in caves near the Pakistani border.' -> 20 dead fighters found "
                    "(killed, implied by 'dead'; the bodies were found, the day of death is not given -> date null). "
                    "One count covering two groups -> list actor (GUIDELINES 3). 'caves near the Pakistani border' "
                    "is a border area of Afghanistan with no province named -> precision 3, admin1 null. Count "
                    "phrase 'the 20' (determiner kept, as set (h) kept 'the 3,000'). Not linked to e1 (the text does "
                    "not say whether the three are among the 20).")),
    ],
    hard_negatives=[
        H("how many al-Qaida and Taleban fighters were killed", "an unknown number, no count"),
        H("how many fighters fled or died", "an unknown number, no count"),
        H("an accurate body count", "no count"),
        H("U-S and Canadian forces", "forces with no head count"),
        H("Egyptians, Sudanese and Indonesians", "nationalities of some of the 20 dead, no separate count"),
        H("Chechens, Uzbeks and other foreigners", "nationalities of fighters, no count"),
        H("an extra one-billion dollars", "money, not people"),
        H("not among those killed", "negated for two named men; no count"),
    ])

# ---------------------------------------------------------------- Gaza 2004 (VOA)
GAZA_PARTS = L("parts of Gaza City", "PSE", "Gaza Strip", 31.50, 34.47, 2, at="operations in parts of Gaza City")
TUE_G = D("2004-05-11", "Tuesday", at="hours Tuesday", derived_from_context=True)
ANN["voa_2004_05_11_gaza_zeitoun_armored_car"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ISR", "Israeli", at="six Israeli"), civilian=False,
             count=C("At least six", num="six", value=6, low=6, qualifier="at least"), location=GAZA_PARTS,
             date=TUE_G, source=None, hedge="reported", trigger=T("killed", at="reported killed and several"),
             notes=("'At least six Israeli soldiers are reported killed and several others injured when their "
                    "armored car was blown up by a roadside bomb in Gaza.' -> 'are reported' with no speaker -> "
                    "hedge (GUIDELINES 5), source null. Place: the next sentence says the attack took place during "
                    "the operations 'in parts of Gaza City' (derived; the fighting was in Zeitoun, later paragraph) "
                    "-> Gaza City, precision 2 (part of a city). Day: the operations are dated 'Tuesday' two "
                    "paragraphs later (derived) = publication day 11 May 2004.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("ISR"), civilian=False,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several others"),
             location=GAZA_PARTS, date=TUE_G, source=None, hedge="reported",
             trigger=T("injured", at="others injured"),
             notes=("'... and several others injured when their armored car was blown up' -> the injured were in "
                    "the soldiers' own armored car ('their') -> Israeli soldiers (actor from context, surface "
                    "null). This differs from the bare 'N others' cases of this set, where the side is left null, "
                    "because 'their armored car' ties the others to the same vehicle (close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="Several Palestinians"),
             civilian=None, count=C("Several", value=None, low=3, approx=True, qualifier="several",
                                    at="Several Palestinians"),
             location=GAZA_PARTS, date=TUE_G, source=None, hedge="reported",
             trigger=T("killed", at="reported killed and dozens"),
             notes=("'Several Palestinians were reported killed and dozens injured in the early morning "
                    "operations.' -> 'several' (low 3); 'Palestinians' does not say combatant or civilian -> "
                    "civilian null. Place and day of the operations (derived, as e1).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("PSE", "Palestinians", at="Several Palestinians"),
             civilian=None, count=C("dozens", value=None, low=24, approx=True, qualifier="dozens",
                                    at="dozens injured"),
             location=GAZA_PARTS, date=TUE_G, source=None, hedge="reported", trigger=T("injured", at="dozens injured"),
             notes="'... and dozens injured' (ellipsis: dozens of Palestinians) -> 'dozens' (low 24), same side and place as e3."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("Hamas", "Hamas", at="two top Hamas"),
             civilian=False, count=C("two", value=2, at="two top Hamas"), location=None,
             date=D(None, "in recent months", at="tense in recent months"), source=None,
             trigger=T("assassinated"),
             notes=("'The situation in Gaza has been particularly tense in recent months, after Israel assassinated "
                    "two top Hamas leaders.' -> targeted killings, value 2 (Ahmed Yassin and Abdel Aziz Rantisi, "
                    "March and April 2004, annotator's knowledge; not in the text). 'in recent months' has no "
                    "anchorable start -> date null with the phrase as surface (set (h)'s decision for 'in recent "
                    "months'). The text ties no place to the killings ('Gaza' is the place of the tension) -> "
                    "location null (close call).")),
    ],
    hard_negatives=[
        H("the dead and wounded", "restatement without a count"),
        H("a video", "an object, not people"),
        H("Palestinian militants and the soldiers", "the two sides of the fighting, no count"),
        H("all Jewish settlements", "settlements, not people"),
        H("Jewish settlers and right-wing groups", "opponents of a plan, no count"),
    ])

# ---------------------------------------------------------------- Iraq 2004 (VOA)
HILLA = L("near Hilla, south of the Iraqi capital, Baghdad", "IRQ", "Babil", 32.48, 44.42, 2)
SAT_I = D("2004-08-21", "Saturday", at="blast Saturday")
SBAGHDAD = L("southern Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2, at="In southern Baghdad")
ANN["voa_2004_08_21_iraq_hilla_baghdad"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("POL", "Polish", at="Polish soldier"), civilian=False,
             count=C("A Polish soldier", num="A", value=1), location=HILLA, date=SAT_I, source=None,
             trigger=T("killed", at="been killed"),
             notes=("'A Polish soldier has been killed and six others wounded in a car bomb blast Saturday near "
                    "Hilla, south of the Iraqi capital, Baghdad.' -> singular determiner, value 1; Saturday 21 August "
                    "2004 = publication day. Place: the whole phrase; Hilla's position, precision 2 ('near'). VOA's "
                    "own voice -> source null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("six", value=6, at="six others"), location=HILLA, date=SAT_I, source=None,
             trigger=T("wounded", at="others wounded in a car"),
             notes=("'... and six others wounded in a car bomb blast' -> the side of the 'others' is not stated -> "
                    "actor and civilian null, as set (i) did for 'wounded 15 others' (close call: a tool that gives "
                    "POL is near).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("USA", "American", at="American soldier"),
             civilian=False, count=C("an American soldier", num="an", value=1), location=SBAGHDAD, date=D(None),
             source=S("the U.S. military says"), trigger=T("killed", at="soldier was killed"),
             notes=("'In southern Baghdad, the U.S. military says an American soldier was killed and two others "
                    "wounded in a grenade attack on their vehicle.' -> no time expression in this paragraph "
                    "('Saturday' in the lede belongs to the Hilla blast) -> date null (set (g)'s rule for a clause "
                    "with no day). 'southern Baghdad' -> part of a city, precision 2 with Baghdad's position.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("two", value=2, at="two others"), location=SBAGHDAD, date=D(None),
             source=S("the U.S. military says"), trigger=T("wounded", at="others wounded in a grenade"),
             notes=("'... and two others wounded in a grenade attack on their vehicle' -> 'their vehicle' ties the "
                    "wounded to the soldier's own vehicle -> US soldiers by context (surface null; close call, see "
                    "e2 for the bare 'others').")),
    ],
    hard_negatives=[
        H("about 30 kilometers", "distance"),
        H("an oil pipeline", "an object, not people"),
        H("Shi'ite militiamen", "no count"),
        H("most of the country's oil pipelines", "objects, not people"),
        H("midnight Saturday", "time expression"),
        H("U.S. troops do not withdraw", "a demand about troops with no count (and a withdrawal)"),
    ])

# ---------------------------------------------------------------- Ivory Coast 2004 (VOA, forum repost)
BOUAKE = L("a French peacekeepers' base in the northern rebel stronghold of Bouake", "CIV", "Vallée du Bandama",
           7.69, -5.03, 1)
SAT_C = D("2004-11-06", "Saturday", at="rebel territory Saturday", derived_from_context=True)
ANN["voa_2004_11_06_ivory_coast_bouake_air_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("FRA"), civilian=False,
             count=C("at least eight", num="eight", value=8, low=8, qualifier="at least"), location=BOUAKE,
             date=SAT_C, source=S("The French Defense Ministry said"), trigger=T("killed", at="soldiers were killed"),
             notes=("'The French Defense Ministry said at least eight soldiers were killed and more than 20 injured.' "
                    "-> French peacekeepers (the 'deadly attack on French peacekeepers' of the previous sentence; "
                    "actor from context, surface null). Day: 'Saturday' in the previous sentence (derived) = 6 "
                    "November 2004. Place: the base at Bouake named in the next paragraph (derived), precision 1.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("FRA"), civilian=False,
             count=C("more than 20", num="20", value=20, low=20, qualifier="more than", at="more than 20 injured"),
             location=BOUAKE, date=SAT_C, source=S("The French Defense Ministry said"),
             trigger=T("injured", at="20 injured"),
             notes=("'... and more than 20 injured' -> elliptical 'more than 20 [soldiers]' of the same clause -> "
                    "same side as e1 (as set (i) did for 'four its soldiers have been killed and eight wounded').")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("more than 20", num="20", value=20, low=20, qualifier="more than", at="say more than 20 people"),
             location=L("rebel areas", "CIV", None, None, None, 3, at="raids in rebel areas"),
             date=D("2004-11-04/2004-11-06", "since Thursday", at="since Thursday", derived_from_context=True),
             source=S("U.N. officials say"), cumulative=True, trigger=T("killed", at="have been killed in the raids"),
             notes=("'U.N. officials say more than 20 people have been killed in the raids, mostly civilians.' -> "
                    "'the raids' are the Sukhoi raids 'in rebel areas since Thursday' of the previous sentence -> a "
                    "running total since Thursday 4 November to the publication day (derived, cumulative). 'mostly "
                    "civilians' -> civilian true (section 10, mixed toll); the victims' side is not stated -> actor "
                    "null. 'rebel areas' (the rebel-held north) -> region level, precision 3. Not linked to e1: the "
                    "French dead are counted separately by another source.")),
        dict(id="e4", type="presence", actor=A(["FRA", "UN"], "French and United Nations",
                                              at="French and United Nations peacekeepers"), civilian=False,
             count=C("Ten-thousand", value=10000), location=L("Ivory Coast", "CIV", None, None, None, 4,
                                                           at="throughout Ivory Coast"),
             date=D(None), source=None, trigger=T("deployed", at="are deployed throughout"),
             notes=("'Ten-thousand French and United Nations peacekeepers are deployed throughout Ivory Coast, "
                    "trying to prevent hostilities ...' -> a force present in the country (presence, not a "
                    "deployment: the sentence states where they are, not that they are sent). One count covering "
                    "two forces -> list actor. Spelled-out 'Ten-thousand' -> 10000. No time expression -> date "
                    "null.")),
    ],
    hard_negatives=[
        H("two Ivory Coast army planes", "aircraft, not people"),
        H("at least five raids", "count of raids"),
        H("the casualty toll could go higher", "no count"),
        H("the two planes", "aircraft"),
        H("The two Sukhoi warplanes", "aircraft"),
        H("some of their soldiers", "no count"),
        H("dozens of supporters of President Laurent Gbagbo", "protesters, not casualties or troops"),
        H("a crisis meeting", "a meeting, not people"),
    ])

# ---------------------------------------------------------------- Gaza / West Bank 2006 (VOA)
ANN["voa_2006_05_30_gaza_west_bank_raids"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="seven Palestinians"),
             civilian=False, count=C("At least seven", num="seven", value=7, low=7, qualifier="at least"),
             location=L("both in Gaza and the West Bank", "PSE", None, None, None, 4), date=D(None), source=None,
             is_total=True, trigger=T("killed", at="were killed in a series"),
             notes=("'At least seven Palestinians were killed in a series of clashes with Israeli forces - both in "
                    "Gaza and the West Bank.' -> total of the dead, broken down later into 'four militants' in Gaza "
                    "(e2) and 'three Palestinian militants' in the West Bank (e3), 4 + 3 = 7. Both parts are "
                    "militants -> civilian false (set (i)'s Nampala decision). Two Palestinian territories -> "
                    "country PSE, admin1 null, precision 4. The text has no time expression for any of the clashes "
                    "(publication 30 May 2006 from the URL) -> date null. VOA's voice -> source null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("Islamic Jihad", "Islamic Jihad", at="engaged Islamic Jihad"),
             civilian=False, count=C("four", value=4, at="four militants"),
             location=L("about three kilometers into the Gaza Strip", "PSE", "Gaza Strip", None, None, 3),
             date=D(None), source=None, part_of="e1", trigger=T("killing", at="killing four"),
             notes=("'A squad of Israeli commandos moved about three kilometers into the Gaza Strip and engaged "
                    "Islamic Jihad militants in a fierce gun battle, killing four militants.' -> named group "
                    "(section 10). Place: an offset into the Gaza Strip -> region level, precision 3, lat/lon null "
                    "(set (i)'s rule for offsets). Part of the seven.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("militants", "militants", at="Palestinian militants in"),
             civilian=False, count=C("three", value=3, at="three Palestinian"),
             location=L("the West Bank", "PSE", "West Bank", None, None, 3, at="in the West Bank, where"),
             date=D(None), source=None, part_of="e1", trigger=T("killed", at="troops killed three"),
             notes=("'There was also violence in the West Bank, where Israeli troops killed three Palestinian "
                    "militants in separate incidents.' -> generic 'militants' (no group named); Palestinian by the "
                    "adjective (actor kept as the generic class, section 10). Part of the seven. No day given.")),
    ],
    hard_negatives=[
        H("A squad of Israeli commandos", "a unit with no head count"),
        H("about three kilometers", "distance"),
        H("just a few meters", "distance"),
        H("four Hamas legislators", "politicians in a legal dispute, not an event"),
        H("the four legislators", "restatement of the legislators, not an event"),
        H("for the first time since Israel disengaged", "no count"),
    ])

# ---------------------------------------------------------------- Colombia 2008 (af.mil)
JUL2 = D("2008-07-02", "July 2", at="U.S. July 2")
ANN["af_2008_07_03_colombia_hostage_rescue"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("USA"), civilian=True,
             count=C("Three", value=3, at="Three military"), location=None, date=JUL2, source=None, released=True,
             trigger=T("rescued", at="were rescued by"),
             notes=("'Three military contractors held captive by the leftist Revolutionary Armed Forces of Colombia "
                    "were rescued by the Colombian military and returned to the U.S. July 2.' -> release of "
                    "captives (captured, released true, GUIDELINES 2); date = the release day given in the clause, "
                    "2 July 2008. Americans by context ('returned to the U.S.', 'American hostages' next paragraph; "
                    "surface null). Contract employees of a company -> civilian true (hostages who are workers). The "
                    "text names no place of the rescue ('the jungles of southern Colombia' is where they were "
                    "captured in 2003; the rescue was in Guaviare, annotator's knowledge) -> location null. Their "
                    "capture in February 2003 is told with the pronoun 'They' only, so it is not a separate event.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("COL"), civilian=False,
             count=C("Twelve", value=12, at="Twelve others"), location=None,
             date=D("2008-07-02", "July 2", at="U.S. July 2", derived_from_context=True), source=None, released=True,
             is_total=True, trigger=T("rescued", at="others were rescued"),
             notes=("'Twelve others were rescued along with the Americans, including 11 Colombian police and soldiers "
                    "and Ingrid Betancourt, a former Colombian presidential candidate.' -> released captives; "
                    "total of the 11 police and soldiers (e3) and Betancourt (named, no count word). Mostly security "
                    "forces -> civilian false; Colombians by the breakdown (surface null; Betancourt also holds "
                    "French nationality, not in the text). Day of the rescue from the first paragraph (derived).")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("COL", "Colombian", at="11 Colombian"),
             civilian=False, count=C("11", value=11, at="11 Colombian"), location=None,
             date=D("2008-07-02", "July 2", at="U.S. July 2", derived_from_context=True), source=None, released=True,
             part_of="e2", trigger=T("rescued", at="others were rescued"),
             notes="'... including 11 Colombian police and soldiers' -> part of the twelve; police and soldiers -> civilian false."),
    ],
    hard_negatives=[
        H("Marc Gonsalves, Thomas Howes and Keith Stansell", "the three named again, no new count"),
        H("five years", "duration"),
        H("the longest-held American hostages", "no count"),
        H("They were captured", "capture told with a pronoun, no count"),
        H("a C-17 Globemaster III", "aircraft"),
        H("The men were flown", "restatement without a count"),
        H("Ingrid Betancourt", "a named individual with no count word"),
    ])

# ---------------------------------------------------------------- Somalia 2008 (VOA)
MOG = L("the Somali capital Mogadishu", "SOM", "Banadir", 2.04, 45.34, 1)
AIRPORT = L("near the international airport", "SOM", "Banadir", 2.01, 45.30, 2, at="Monday near the international")
SMOG = L("south Mogadishu", "SOM", "Banadir", 2.03, 45.33, 2, at="patrol in south Mogadishu")
SUN_S = D("2008-09-14", "Sunday", at="followed Sunday's", derived_from_context=True)
SPOKES = S("The spokesman for the African Union mission in Somalia Barigye Ba-Hoku says")
ANN["voa_2008_09_15_somalia_ugandan_peacekeepers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UGA"), civilian=False,
             count=C("one", value=1, at="one of our soldiers"), location=AIRPORT,
             date=D("2008-09-15", "Monday", at="morning, Monday"), source=SPOKES, part_of="e3",
             alt_mentions=[S("Another Ugandan peacekeeper")], trigger=T("claimed the life"),
             notes=("'\"This morning, Monday, at about 7:45, a small group of our field engineers moved out and they "
                    "were hit by an improvised explosive device, which claimed the life of one of our soldiers and "
                    "injured two,\" he said.' -> the Monday death (15 September 2008 = publication day) of a "
                    "Ugandan peacekeeper ('the latest attack on Ugandan peacekeepers', previous paragraph; actor "
                    "UGA, surface null; 'our' is the AU mission's). The lede 'Another Ugandan peacekeeper has been "
                    "killed' summarises it -> alt mention; the fuller quoted sentence is primary (GUIDELINES 6). "
                    "Source: 'he said' resolved to the spokesman and his verb in the previous paragraph. Place: "
                    "'near the international airport' (previous paragraph), precision 2 with the airport's "
                    "position. Part of the two deaths of e3.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("UGA"), civilian=False,
             count=C("two", value=2, at="injured two"), location=AIRPORT,
             date=D("2008-09-15", "Monday", at="morning, Monday"), source=SPOKES, trigger=T("injured", at="injured two"),
             notes=("'... and injured two' -> two of the field engineers hit by the bomb ('our field engineers') -> "
                    "Ugandan peacekeepers (same quote, same place and day).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UGA"), civilian=False,
             count=C("second", value=2, qualifier="ordinal", at="the second soldier"), location=MOG,
             date=D("2008-09-14/2008-09-15", "in as many days"), source=None, cumulative=True, is_total=True,
             trigger=T("die", at="to die there"),
             notes=("'Another Ugandan peacekeeper has been killed ... in the Somali capital Mogadishu, the second "
                    "soldier to die there in as many days.' -> an ordinal that states a running total (GUIDELINES "
                    "2: value 2, qualifier ordinal, cumulative) over two days, Sunday 14 - Monday 15 September 2008. "
                    "The text describes both deaths (Sunday's clash, e4; Monday's bomb, e1) -> also flagged as their "
                    "total. Place: 'there' = the Somali capital Mogadishu (same sentence).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("UGA", "Ugandan", at="One Ugandan"), civilian=False,
             count=C("One", value=1, at="One Ugandan"), location=SMOG, date=SUN_S, source=None, part_of="e3",
             trigger=T("died", at="soldier died"),
             notes=("'One Ugandan soldier died and two others were wounded.' -> Sunday's clash 'on a road the "
                    "Ugandans regularly patrol in south Mogadishu' (previous paragraph; place and day derived: "
                    "Sunday 14 September 2008). South Mogadishu -> part of the city, precision 2.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("two", value=2, at="two others were wounded"), location=SMOG, date=SUN_S, source=None,
             trigger=T("wounded", at="others were wounded"),
             notes=("'... and two others were wounded' -> bare 'others' -> side not stated, actor and civilian null "
                    "(set (i)'s decision; close call: a tool that gives UGA is near).")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("as many as 25", num="25", value=25, high=25, approx=True, qualifier="as many as"),
             location=SMOG, date=SUN_S, source=S("Local media reports say"), trigger=T("hit", at="hit by stray"),
             notes=("'Local media reports say as many as 25 people were also hit by stray bullets.' -> people hit by "
                    "bullets in the Sunday firefight in a populated area -> read as wounded (close call: 'hit' does "
                    "not say whether some died; 'casualties' is kept for the word itself, GUIDELINES 2). 'as many "
                    "as' -> upper bound (sets (d) and extra did the same). Bare 'people' -> actor and civilian "
                    "null.")),
        dict(id="e7", type="presence", actor=A("UGA", "Uganda's", at="Uganda's contingent"), civilian=False,
             count=C("about 1,600", num="1,600", value=1600, approx=True, qualifier="about"),
             location=L("Mogadishu", "SOM", "Banadir", 2.04, 45.34, 1, at="arrived in Mogadishu"),
             date=D("2007-03/2008-09-15", "since they arrived in Mogadishu in March, 2007"), source=SPOKES,
             trigger=T("based", at="has been based"),
             notes=("'... near the international airport, where the majority of Uganda's contingent of about 1,600 "
                    "troops has been based since they arrived in Mogadishu in March, 2007.' -> a force present "
                    "(presence) since March 2007 -> interval March 2007 - publication day. The 1,600 is the whole "
                    "contingent (only 'the majority' is at the airport) -> place Mogadishu, where they arrived "
                    "(close call). Inside the spokesman's indirect speech -> his source phrase.")),
    ],
    hard_negatives=[
        H("a small group of our field engineers", "no count"),
        H("7:45", "time"),
        H("Islamist insurgents", "no count", at="clash with Islamist insurgents"),
        H("several other Iraq-style attacks", "count of attacks"),
        H("the bulk of the African Union mission", "share with no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2010 (AFPS repost)
WARDAK = L("Afghanistan's Wardak province", "AFG", "Wardak", None, None, 3)
LASTNIGHT = D("2010-12-01", "last night", at="forces last night")
YDAY = D("2010-12-01", "yesterday", at="operations yesterday", derived_from_context=True)
HASAS = L("Uruzgan province's Shahid-e Hasas district", "AFG", "Uruzgan", None, None, 3)
ANN["afps_2010_12_02_afghanistan_wardak_helmand"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("Taliban", "Taliban", at="The Taliban leader"),
             civilian=False, count=C("an alleged bomb and weapons facilitator", num="an", value=1),
             location=WARDAK, date=LASTNIGHT, source=S("military officials reported"), part_of="e2",
             trigger=T("captured"),
             notes=("'Afghan and coalition forces last night captured an alleged bomb and weapons facilitator in "
                    "Afghanistan's Wardak province, military officials reported.' -> singular determiner, value 1; "
                    "identified in the next sentence as 'The Taliban leader' (actor Taliban). 'last night' in a 2 "
                    "December 2010 report -> 1 December 2010 (the night before; close call, it may run into the 2nd). "
                    "Province level (the Sayyidabad district of the next sentence is where he kidnapped residents, "
                    "not where he was caught). Part of 'he and an associate' (e2).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("Taliban", "Taliban", at="The Taliban leader"),
             civilian=False, count=C("he and an associate", value=2, qualifier="conjunction"), location=WARDAK,
             date=D("2010-12-01", "last night", at="forces last night", derived_from_context=True), source=None,
             is_total=True, trigger=T("detained", at="were detained"),
             notes=("'Intelligence reports led security forces to his location, and he and an associate were "
                    "detained without incident.' -> two coordinated singulars (pronoun + 'an associate'), value 2, "
                    "qualifier conjunction; the leader (e1) is one of them. The associate's side is not stated "
                    "beyond the association -> Taliban by context (close call). Place and night from the lede "
                    "(derived). The lede's attribution is not carried over (set (g)'s rule) -> source null.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("insurgents", "insurgents", at="suspected insurgents"),
             civilian=False, count=C("several", value=None, low=3, approx=True, qualifier="several",
                                     at="several suspected"),
             location=L("southern Afghanistan's Helmand and Ghazni provinces", "AFG", None, None, None, 3),
             date=D("2010-12-01", "last night", at="Also last night"), source=None,
             trigger=T("detained", at="forces detained several"),
             notes=("'Also last night, Afghan and coalition forces detained several suspected insurgents in southern "
                    "Afghanistan's Helmand and Ghazni provinces.' -> detention of suspects in a raid -> captured "
                    "(GUIDELINES 2), 'several' (low 3). Two provinces -> region level, admin1 null. ('southern' for "
                    "Ghazni is the source's.)")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="armed insurgents with"),
             civilian=False, count=C("two", value=2, at="two armed insurgents"),
             location=L("Helmand province's Sangin district", "AFG", "Helmand", 32.07, 64.83, 2), date=YDAY,
             source=None, trigger=T("killed", at="airstrike killed two"),
             notes=("'In Helmand province's Sangin district, an Afghan and coalition airstrike killed two armed "
                    "insurgents with ties to a local Taliban leader.' -> generic 'insurgents' (the Taliban link is "
                    "indirect, section 10). Day from the heading 'In operations yesterday' (derived): 1 December "
                    "2010. District -> precision 2 with the district centre (Sangin), as set (h) did for known "
                    "district centres.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="district-level Taliban"),
             civilian=False, count=C("a district-level Taliban leader", num="a", value=1), location=HASAS, date=YDAY,
             source=None, trigger=T("killed", at="troops killed a district"),
             notes=("'In Uruzgan province's Shahid-e Hasas district, Afghan and coalition troops killed a "
                    "district-level Taliban leader who led 175 fighters ...' -> value 1. The district centre is not "
                    "known to the annotator -> precision 3, lat/lon null (set (h)'s rule). 'He was killed after he "
                    "engaged the security forces' restates him (no count).")),
        dict(id="e6", type="presence", actor=A("Taliban"), civilian=False, count=C("175", value=175, at="175 fighters"),
             location=HASAS, date=D(None), source=None, trigger=T("led", at="who led 175"),
             notes=("'... a district-level Taliban leader who led 175 fighters and has coordinated and participated "
                    "in numerous attacks ...' -> the size of the Taliban force he commanded in the district -> "
                    "presence (a force of N operating somewhere, GUIDELINES 2). Close call: the clause gives a force "
                    "size under a commander rather than a place where it stands; a scorer can drop it. Place: the "
                    "district of the same sentence; no time expression -> date null.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("insurgents", "insurgent", at="armed insurgent in"),
             civilian=False, count=C("an armed insurgent", num="an", value=1),
             location=L("Kandahar province's Shah Wali Kot district", "AFG", "Kandahar", None, None, 3), date=YDAY,
             source=None, trigger=T("killed", at="forces killed an armed"),
             notes=("'Afghan and coalition forces killed an armed insurgent in Kandahar province's Shah Wali Kot "
                    "district.' -> value 1; 'He was killed immediately' restates him. District centre not known to "
                    "the annotator -> precision 3.")),
    ],
    hard_negatives=[
        H("local residents", "no count", at="ransoming local residents"),
        H("a local Taliban leader", "a person mentioned, not killed or captured"),
        H("The targeted Taliban leader", "not killed or captured in the text"),
        H("numerous attacks", "count of attacks"),
        H("murders and beatings", "no count"),
        H("He was killed after he engaged", "restatement of the leader (e5), no count word"),
        H("He was killed immediately", "restatement of the insurgent (e7), no count word"),
    ])

# ---------------------------------------------------------------- Nigeria 2012 (VOA feed, blog repost)
MAID = L("the city of Maiduguri, in Borno state", "NGA", "Borno", 11.85, 13.16, 1)
SUN_N = D("2012-08-12", "Sunday", at="shootout Sunday")
ANN["voa_2012_08_12_nigeria_maiduguri_shootout"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Boko Haram", "Boko Haram", at="Boko Haram Islamists"),
             civilian=False, count=C("20", value=20, at="20 suspected"), location=MAID,
             date=D("2012-08-12", "Sunday", at="shootout Sunday", derived_from_context=True),
             source=S("Nigerian officials say"), trigger=T("killed", at="have killed 20"),
             notes=("'Nigerian officials say security troops have killed 20 suspected Boko Haram Islamists in the "
                    "restive north.' -> named group. Place and day from the next sentence ('the shootout Sunday in "
                    "the city of Maiduguri, in Borno state'; derived): Sunday 12 August 2012 = publication day.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("NGA"), civilian=False,
             count=C("one", value=1, at="one soldier"), location=MAID, date=SUN_N, source=S("Officials say"),
             trigger=T("died"),
             notes=("'Officials say one soldier died and two others were wounded in the shootout Sunday in the city "
                    "of Maiduguri, in Borno state.' -> a soldier of the Nigerian security forces (context; surface "
                    "null).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("two", value=2, at="two others"), location=MAID, date=SUN_N, source=S("Officials say"),
             trigger=T("wounded"),
             notes=("'... and two others were wounded' -> bare 'others', side not stated -> actor and civilian null "
                    "(set (i)'s decision; close call: a tool that gives NGA is near).")),
    ],
    hard_negatives=[
        H("security troops", "no count"),
        H("members of Boko Haram", "no count"),
        H("a specific location", "a place, not people"),
        H("a tip", "not people"),
    ])

# ---------------------------------------------------------------- Central African Republic 2014 (VOA)
BANGUI = L("Bangui", "CAF", "Bangui", 4.36, 18.56, 1, at="attacked in Bangui")
THU_B = D("2014-10-09", "on Thursday", at="on Thursday")
ANN["voa_2014_10_10_car_bangui_peacekeeper"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN", "U.N.", at="U.N. peacekeeping mission in the Central"),
             civilian=False, count=C("a member of the U.N. peacekeeping mission", num="a", value=1,
                                     at="a member of"),
             location=BANGUI, date=THU_B, source=S("The United Nations reports"),
             alt_mentions=[S("a United Nations peacekeeper")], trigger=T("killed", at="Republic was killed"),
             notes=("'The United Nations reports that a member of the U.N. peacekeeping mission in the Central "
                    "African Republic was killed and several others were wounded on Thursday, when a U.N. convoy was "
                    "attacked in Bangui.' -> value 1 (singular determiner); the lede's 'the death of a United "
                    "Nations peacekeeper in the capital, Bangui' summarises it -> alt mention, the fuller sentence "
                    "primary (GUIDELINES 6). Thursday 9 October 2014 relative to the inferred publication day "
                    "(Friday 10 October).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several others"),
             location=BANGUI, date=THU_B, source=S("The United Nations reports"),
             trigger=T("wounded", at="were wounded on"),
             notes=("'... and several others were wounded on Thursday' -> bare 'others' (they may be peacekeepers "
                    "of the convoy; the text does not say) -> actor and civilian null (close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("a man", num="a", value=1, at="a man suspected"),
             location=L("the capital city", "CAF", "Bangui", 4.36, 18.56, 1, at="crowd in the capital city"),
             date=D("2014-10-07", "Tuesday", at="began Tuesday"), source=None, trigger=T("killed", at="city killed a"),
             notes=("'The death was part of an outburst of violence that began Tuesday when a crowd in the capital "
                    "city killed a man suspected of throwing a grenade.' -> a killing in the sectarian violence "
                    "(it set off the clashes) -> casualty, value 1; Tuesday 7 October 2014. Side and status not "
                    "stated -> actor and civilian null. Close call: a mob killing rather than a military one; it is "
                    "annotated because the text makes it part of the conflict violence.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="dozens of people"),
             location=L("the Central African Republic", "CAF", None, None, None, 4, at="week in the Central"),
             date=D("2014-10-06/2014-10-10", "this week", at="killed this week"),
             source=S("Watchdog group Amnesty International says"), cumulative=True,
             trigger=T("killed", at="have been killed this week"),
             notes=("'Watchdog group Amnesty International says dozens of people have been killed this week.' -> a "
                    "running total over the current week (Monday 6 - Friday 10 October 2014, the publication day), "
                    "cumulative; 'dozens' (low 24). Bare 'people' -> actor and civilian null. Place: the lede's "
                    "'Renewed clashes broke out this week in the Central African Republic' (derived; the text ties "
                    "the week's clashes to the country, and the peacekeeper's death to Bangui) -> country level. It "
                    "presumably includes e1 and e3; the text does not say -> no part_of.")),
    ],
    hard_negatives=[
        H("the wounded", "no count"),
        H("bodies of the dead", "no count"),
        H("their staff members", "aid workers threatened, no count"),
        H("internally displaced people", "displaced people, out of scope (GUIDELINES 2)"),
        H("civilians in the city", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2016 (DoD release, 12th Air Force)
ANN["dod_2016_07_11_iraq_560_troops_qayyarah"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "United States", at="announced that the United States"), civilian=False,
             count=C("an additional 560", num="560", value=560),
             location=L("Iraq", "IRQ", None, None, None, 4, at="560 troops to Iraq"),
             date=D("2016-07-11", "July 11", at="Baghdad on July 11", derived_from_context=True),
             source=S("Carter announced"), planned=True, trigger=T("deploy", at="will deploy"),
             notes=("'... Carter announced that the United States, in close coordination with the Iraqi government, "
                    "will deploy an additional 560 troops to Iraq to build on that momentum.' -> announced future "
                    "deployment (planned). 'additional' means more, not a bound (GUIDELINES 4: 'Another 15' has "
                    "value 15). Destination: Iraq, as the sentence says; the next paragraph adds that their support "
                    "includes capabilities 'at the airfield near Qayyarah' (only part of their tasks; close call). "
                    "Date: the day of the announcement, 'in Baghdad on July 11' (first sentence; derived), as set (h) "
                    "dated planned deployments by the order.")),
    ],
    hard_negatives=[
        H("coalition commanders and U.S. troops", "no count"),
        H("more than 250 miles", "distance"),
        H("The additional troops", "restatement of the 560, no count word"),
        H("Kurdish Peshmerga", "no count"),
        H("Qayyarah West airfield", "a place"),
    ])

# ---------------------------------------------------------------- Libya 2018 (VOA)
ANN["voa_2018_11_30_libya_uwaynat_airstrike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AQIM", "al-Qaida", at="11 al-Qaida"),
             civilian=False, count=C("11", value=11, at="11 al-Qaida"),
             location=L("near al-Uwaynat", "LBY", "Ghat", 25.79, 10.56, 2),
             date=D("2018-11-29", "Thursday", at="strike Thursday", derived_from_context=True),
             source=S("the military said"), trigger=T("killed", at="has killed 11"),
             notes=("'A U.S. airstrike in Libya has killed 11 al-Qaida terrorists, the military said Friday.' -> "
                    "'Friday' is the reporting day; the strike is 'Thursday' in the next sentence (derived): 29 "
                    "November 2018. Actor: the group is named in the next sentence as al-Qaida in the Islamic "
                    "Maghreb (AQIM) -> 'AQIM' (surface 'al-Qaida'). Place: 'near al-Uwaynat' (next sentence; "
                    "derived) -> the town of al-Uwaynat in south-western Libya (Ghat district, annotator's "
                    "knowledge), precision 2 ('near'). Source: 'the military said' (the day word left out, section "
                    "10).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AQIM", "AQIM", at="counter-AQIM strike"),
             civilian=False, count=C("one", value=1, at="one terrorist"),
             location=L("Libya", "LBY", None, None, None, 4, at="AQIM in Libya"),
             date=D("2018-06", "in June", at="in June"), source=None, trigger=T("killed", at="strike killed one"),
             notes=("'This is the third U.S. strike against AQIM in Libya. The last counter-AQIM strike killed one "
                    "terrorist in June.' -> June 2018 (this year); the place is Libya from the previous sentence "
                    "(derived), country level. VOA's voice -> source null.")),
    ],
    hard_negatives=[
        H("three vehicles", "vehicles, not people"),
        H("no civilians were killed or injured", "negated casualties (GUIDELINES 2)"),
        H("the third U.S. strike", "ordinal of strikes, not a count of people"),
        H("safe haven", "no count"),
    ])

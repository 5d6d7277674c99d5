# -*- coding: utf-8 -*-
"""Gold annotations of set (n), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, natural features, offsets and
countries, as in sets (g)-(l)) and ACLED-style precision (1 point, 2 near a point, part of a city or a district
centre, 3 region/province/district/offset, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

M = S  # an alt mention

ANN = {}

# ---------------------------------------------------------------- Iraq, Al Qaim offensive, 2005-05-09 (Monday)
AL_QAIM = L("in and around Al Qaim", "IRQ", "Anbar", 34.37, 41.08, 2)
OFFENSIVE_D = D("2005-05-08/2005-05-09", "Sunday", at="launched Sunday", derived_from_context=True)
ANN["wn_2005_05_09_iraq_al_qaim_offensive"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants", "militants", at="75 militants"),
             civilian=False, count=C("75", value=75, at="reports 75"), location=AL_QAIM,
             date=D("2005-05-08/2005-05-09", "Sunday", at="launched Sunday"),
             source=S("The U.S.  military reports"), trigger=T("dead", at="militants dead"),
             alt_mentions=[M("75", at="killed 75 Muslims")],
             notes=("'The U.S.  military reports 75 militants dead in an offensive launched Sunday in western Iraq .' "
                    "-> militants killed in the offensive, US military figure. Date: the offensive from Sunday 8 May "
                    "2005 to the publication day (Monday 9 May), interval. The sentence names only 'western Iraq'; the "
                    "offensive is placed 'in and around Al Qaim' two sentences later and al-Zarqawi's quote ties the "
                    "75 to 'Al-Qaim' -> most specific place (precision 2, 'around'). Al-Zarqawi's 'claim to have "
                    "killed 75 Muslims at Al-Qaim' restates (and denies) the same US figure -> alt_mentions, not a new "
                    "claim (GUIDELINES 6).")),
        dict(id="e2", type="presence", actor=A(["USA", "coalition"], "U.S. and coalition", at="1,000 U.S. and"),
             civilian=False,
             count=C("More than 1,000", num="1,000", value=1000, low=1000, qualifier="more than"),
             location=AL_QAIM, date=OFFENSIVE_D, source=None, trigger=T("attacked", at="gunships attacked"),
             notes=("'More than 1,000 U.S. and coalition troops supported by fighter jets and helicopter gunships "
                    "attacked villages in and around Al Qaim' -> size of the attacking force (presence, GUIDELINES 2). "
                    "One count for two sides -> list actor. Date from the offensive 'launched Sunday' (derived, "
                    "Sunday to publication day). Fighter jets and gunships are not counted.")),
        dict(id="e3", type="casualty", outcome="casualties", actor=A("insurgents", "insurgent", at="of insurgent"),
             civilian=False, count=C("over 100", num="100", value=100, low=100, qualifier="over"),
             location=AL_QAIM, date=OFFENSIVE_D, source=S("The ''New York Times '' reports"),
             trigger=T("casualties", at="insurgent casualties"),
             notes=("'The ''New York Times '' reports an estimate of insurgent casualties at over 100.' -> outcome "
                    "'casualties' (the kind is not stated). A different source and figure from the US military's 75 "
                    "dead (e1) -> its own event (GUIDELINES 6). 'an estimate' is part of the NYT's report, not a "
                    "speakerless hedge; qualifier 'over' as 'more than'. Place and date of the offensive (derived).")),
        dict(id="e4", type="casualty", outcome="casualties", actor=A("USA", "marine", at="of marine casualties"),
             civilian=False, count=C("a handful", num="handful", value=None, low=3, approx=True, qualifier="a handful"),
             location=AL_QAIM, date=OFFENSIVE_D,
             source=S("Col. Bob Chase, the chief of operations for the Second Marine Division, has said"),
             trigger=T("casualties", at="marine casualties"),
             notes=("'Col. Bob Chase ... has said there were \"a handful\" of marine casualties.' -> US Marine "
                    "casualties of unstated kind. Close call: 'a handful' is a vague small magnitude not listed in "
                    "GUIDELINES 4; annotated like 'several' (value null, low 3 by convention, approx, qualifier 'a "
                    "handful'). Place and date of the offensive (derived).")),
    ],
    hard_negatives=[
        H("civilian casualties", "no count ('There is no word on civilian casualties, if any')"),
        H("several days", "duration"),
        H("two buildings", "things destroyed, not people"),
        H("Second Marine Division", "unit name"),
        H("foreign fighters", "no count"),
    ])

# ---------------------------------------------------------------- Thailand, Narathiwat, 2005-10-06 (Thursday)
NARATHIWAT = L("the southern Thailand  province of Narathiwat", "THA", "Narathiwat", None, None, 3)
RAMADAN_D = D("2005-10-03/2005-10-04", "the day prior to Ramadan", approx=True, derived_from_context=True)
ANN["wn_2005_10_06_thailand_narathiwat_soldiers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("THA"), civilian=False,
             count=C("Five", value=5), location=NARATHIWAT, date=RAMADAN_D, source=None,
             trigger=T("killed", at="were killed"),
             notes=("'Five soldiers in the southern Thailand  province of Narathiwat  were killed and another two "
                    "injured in a drive-by attack by suspected Islamic militants.' -> Thai soldiers (actor THA from "
                    "context: 'A representative of the Thai army'; the soldiers' own phrase names no side -> surface "
                    "null). Date: the attack was 'the second incident ... on the day prior to Ramadan' (derived). "
                    "Ramadan 1426 began on 4 or 5 October 2005 depending on the country, so the day before is read as "
                    "the interval 3-4 October 2005 (approx; the start of Ramadan is the annotator's knowledge, a "
                    "close call). The evening "
                    "meal places it in the evening.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("THA"), civilian=False,
             count=C("another two", num="two", value=2), location=NARATHIWAT, date=RAMADAN_D, source=None,
             trigger=T("injured", at="two injured"),
             notes=("'... and another two injured' -> two more soldiers wounded in the same attack ('another' = "
                    "additional, value 2, GUIDELINES 4). Actor, place and date as e1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("THA"), civilian=None,
             count=C("a middle-aged man", num="a", value=1),
             location=L("a roadside in Yala Province", "THA", "Yala", None, None, 3),
             date=D("2005-10-03/2005-10-04", "Earlier in the day", approx=True, derived_from_context=True), source=None,
             trigger=T("decapitated body", at="the decapitated body"),
             notes=("'Earlier in the day the decapitated body of a middle-aged man was found at a roadside in Yala "
                    "Province .' -> a killing implied by the decapitated body (GUIDELINES 2, implied deaths); the "
                    "text counts it as the first of two incidents 'involving suspected Islamic militants' that day. "
                    "Value 1 ('a' + person noun; 'middle-aged' is an age, not a count). 'man' alone is not a "
                    "non-combatant word -> civilian null; THA by plain implication (a man in Yala Province, as set "
                    "(l)'s Lvove man; close call). Date: 'Earlier in the day' = the day of e1 (derived, approx).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Over one thousand", num="one thousand", value=1000, low=1000, qualifier="over"),
             location=L("the predominantly Muslim  south of Thailand", "THA", None, None, None, 3),
             date=D("2004/2005-10-06", "since 2004"), source=None, cumulative=True,
             trigger=T("killed", at="have been killed in insurgency"),
             notes=("'Over one thousand people have been killed in insurgency-related incidents in the predominantly "
                    "Muslim  south of Thailand since 2004.' -> running total (cumulative), 2004 to the publication "
                    "day. Bare 'people' -> actor and civilian null (section 10). A region of several provinces -> "
                    "admin1 null, precision 3.")),
    ],
    hard_negatives=[
        H("suspected Islamic militants", "attackers with no count"),
        H("a number of firearms", "weapons, not people, and no count"),
        H("the second incident", "ordinal of incidents, not of people"),
        H("a pick-up truck", "vehicle"),
    ])

# ---------------------------------------------------------------- Sri Lanka, Trincomalee, 2006-01-07 (Saturday)
OFF_TRINCO = L("off the port of Trincomalee", "LKA", "Eastern", 8.57, 81.23, 2)
SAT_D = D("2006-01-07", "early Saturday", at="Sri Lanka early Saturday", derived_from_context=True)
ANN["wn_2006_01_07_sri_lanka_trincomalee_navy"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LKA"), civilian=False,
             count=C("13", value=13, at="13 sailors"), location=OFF_TRINCO,
             date=D("2006-01-07", "early Saturday", at="Sri Lanka early Saturday"), source=None,
             hedge="have been reported", trigger=T("killed", at="reported killed"),
             notes=("'13 sailors have been reported killed and others missing or injured after suspected Tamil Tiger "
                    "guerrillas attacked a naval vessel off northeastern Sri Lanka early Saturday.' -> Sri Lankan Navy "
                    "sailors (actor LKA from context, surface null). 'early Saturday' = publication day, 7 January "
                    "2006. The attack is placed 'off the port of Trincomalee' in the next paragraph (most specific "
                    "place; offshore of a city -> precision 2 with the city's coordinates). 'have been reported' names "
                    "no speaker -> hedge. 'others missing or injured' has no count (hard negative).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("LKA"), civilian=False,
             count=C("two", value=2, at="two of the injured"), location=OFF_TRINCO, date=SAT_D,
             source=S("Sri Lanka Broadcasting Corporation (SLBC) said"), trigger=T("injured", at="the injured sailors"),
             notes=("'Sri Lanka Broadcasting Corporation (SLBC) said two of the injured sailors had been recovered, "
                    "who were believed to have been thrown out by the power of the explosion.' -> at least two sailors "
                    "wounded (rescued from the sea). Close call: 'recovered' is a status, but no wounded figure was "
                    "given before ('others ... injured'), so this is the only count of wounded and is annotated "
                    "(the exclusion of status breakdowns covers people already counted). Date and place of the attack "
                    "(derived).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("LKA"), civilian=False,
             count=C("over 65", num="65", value=65, low=65, qualifier="over"),
             location=L("northern and eastern Sri Lanka", "LKA", None, None, None, 3),
             date=D("2005-11-17/2006-01-07", "November 17th", derived_from_context=True), source=None, cumulative=True,
             trigger=T("killed", at="have been killed in rebel"),
             notes=("'With Saturday's blast, over 65 security personnel and police officers have been killed in "
                    "rebel attacks since the election.' -> running total (cumulative) including e1; the election day "
                    "is given in the previous sentence ('elected on November 17th', 2005; derived) -> interval to "
                    "the publication day. Security personnel and police -> civilian false, actor LKA from context. "
                    "Place from the previous sentence ('attacks against security forces in northern and eastern Sri "
                    "Lanka', derived; two provinces -> admin1 null, precision 3). Not linked to e1 by part_of (the "
                    "total includes deaths the text does not describe).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("LKA"), civilian=None,
             count=C("five", value=5, at="five Tamil youths"), location=None, date=D(None), source=None,
             trigger=T("shot dead", at="found shot dead"),
             notes=("'The government is investigating one such incident after five Tamil youths, whom the army said "
                    "were blown up by their own grenade, were found shot dead.' -> five killed (the army's version "
                    "in the relative clause is a claim about the cause, not a second figure). 'youths' is not a "
                    "non-combatant word and the army implies they handled a grenade -> civilian null; LKA by plain "
                    "implication ('Tamil' is an ethnic group, so surface null). No place or time expression -> "
                    "location and date null.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 64,000", num="64,000", value=64000, low=64000, qualifier="more than"),
             location=None, date=D("1983/2006-01-07", "since 1983"), source=None, cumulative=True,
             trigger=T("killed", at="has killed more"),
             notes=("'... the conflict, which has killed more than 64,000 people and displaced hundreds of thousands "
                    "since 1983.' -> running total of the civil war (cumulative), 1983 to the publication day. Bare "
                    "'people' -> actor and civilian null. The figure is in the article's voice (the Tigers' claim is "
                    "about a political solution) -> source null. No place phrase -> location null. The displaced are "
                    "not an event.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("LKA"), civilian=False,
             count=C("12", value=12, at="killed 12 sailors"),
             location=L("Trincomalee harbour", "LKA", "Eastern", 8.56, 81.22, 2),
             date=D("1995", "in 1995", at="ceasefire in 1995"), source=None, trigger=T("killed", at="killed 12"),
             notes=("'A similar attack on the navy in Trincomalee harbour killed 12 sailors and led to the collapse of "
                    "a previous ceasefire in 1995.' -> an earlier attack (1995; the year is given for the clause "
                    "pair, applied to the attack). Sri Lankan Navy sailors -> LKA from context. Harbour of a city -> "
                    "precision 2.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("LKA"), civilian=False,
             count=C("39", value=39, at="39 military"), location=None, date=D("2005-12", "In December"),
             source=None, trigger=T("killed", at="were killed in a string"),
             notes=("'In December, 39 military personnel were killed in a string of mine attacks' -> 'In December' "
                    "in a January 2006 story = December 2005. Sri Lankan military (LKA from context). No place -> "
                    "location null.")),
    ],
    hard_negatives=[
        H("others missing or injured", "missing and wounded with no count"),
        H("one of the worst attacks", "no count; 'one' refers to an attack"),
        H("one such incident", "incident, not people"),
        H("hundreds of thousands", "displaced people (GUIDELINES 2)"),
        H("a 2002 ceasefire", "year"),
        H("November 17th", "date"),
    ])

# ---------------------------------------------------------------- Australia / Afghanistan, 2006-02-01 (Wednesday)
URUZGAN = L("the southern province of Uruzgan", "AFG", "Uruzgan", None, None, 3)
AFG_AT = lambda at: L("Afghanistan", "AFG", None, None, None, 4, at=at)  # noqa: E731
ANN["wn_2006_02_01_australia_afghanistan_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("AUS"), civilian=False,
             count=C("another 200", num="200", value=200), location=URUZGAN,
             date=D("2006-07", "as early as July", approx=True, derived_from_context=True),
             source=S("Australia's Foreign Minister, Alexander Downer , says"), planned=True, part_of="e4",
             trigger=T("contribute", at="will contribute"),
             alt_mentions=[M("another 200", at="this would be another 200"),
                           M("around 200 troops", at="Australia sending around")],
             notes=("'Australia's Foreign Minister, Alexander Downer , says the Federal government will contribute "
                    "another 200 troops to assist the Dutch military in a former Taliban  stronghold.' -> announced "
                    "deployment (planned), 'another' = additional (value 200). The destination is named later: 'sent "
                    "to take part in a proposed provincial reconstruction team with Dutch soldiers in the southern "
                    "province of Uruzgan as early as July' (place and date derived; 'as early as July' -> 2006-07, "
                    "approx; Downer's quote says 'July, August'). The quote's 'this would be another 200 on top of "
                    "that' and 'Australia sending around 200 troops over and above' restate the same figure by the "
                    "same speaker -> alt_mentions. Part of the 500 total (e4). Actor AUS from context (surface "
                    "null).")),
        dict(id="e2", type="presence", actor=A("AUS"), civilian=False,
             count=C("190", value=190, at="We have 190"), location=AFG_AT("Afghanistan ."),
             date=D("2006-02-01", "at the moment"), source=S("Mr Downer said"), part_of="e5",
             trigger=T("have", at="We have 190"),
             notes=("'\"We have 190 at the moment, special forces, ...\" Mr Downer said.' -> Australian special "
                    "forces present in Afghanistan now ('at the moment' = publication day). Place from the lede's "
                    "'reconstruction of Afghanistan' and the topic (derived). Part of the 'some 300' already "
                    "committed (e5: 190 + 110).")),
        dict(id="e3", type="deployment", actor=A("AUS"), civilian=False,
             count=C("another 110", num="110", value=110), location=AFG_AT("Afghanistan ."), date=D(None),
             source=S("Mr Downer said"), part_of="e5", trigger=T("going", at="110 going"),
             notes=("'we've got another 110 going there to provide additional support for them with two "
                    "helicopters' -> troops being sent to Afghanistan ('there', derived). Not flagged planned: the "
                    "text presents them as already on their way and counts them in what Australia 'has already "
                    "committed' (e5; close call). No time expression -> date null. The two helicopters are not "
                    "counted.")),
        dict(id="e4", type="presence", actor=A("AUS", "Australia's", at="Australia's latest"), civilian=False,
             count=C("500", value=500, at="to 500 troops"), location=AFG_AT("total in Afghanistan"), date=D(None),
             source=None, planned=True, is_total=True, trigger=T("total", at="its total"),
             notes=("'Australia's latest troop commitment ... will take its total in Afghanistan to 500 troops.' -> "
                    "the future strength (presence, planned) after the new deployment: the 'some 300' already "
                    "committed (e5) + 'another 200' (e1) = 500 -> total. No time expression in the sentence -> date "
                    "null (the July date belongs to the new troops). Article's voice -> source null.")),
        dict(id="e5", type="deployment", actor=A("AUS", "Australia", at="Australia has already"), civilian=False,
             count=C("some 300", num="300", value=300, approx=True, qualifier="some"),
             location=AFG_AT("personnel to Afghanistan"), date=D(None), source=None, is_total=True, part_of="e4",
             trigger=T("committed", at="already committed"),
             notes=("'Australia has already committed some 300 troops and support personnel to Afghanistan.' -> "
                    "troops already sent (deployment, not planned); = 190 present (e2) + 110 on their way (e3), so "
                    "a total of those, and itself part of the 500 (e4). No time expression -> date null.")),
        dict(id="e6", type="presence", actor=A("AUS", "Australia", at="Australia also has"), civilian=False,
             count=C("about 900", num="900", value=900, approx=True, qualifier="about"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="troops in Iraq"), date=D(None), source=None,
             is_total=True, trigger=T("has", at="also has about"),
             notes=("'Australia also has about 900 troops in Iraq.' -> presence, present tense with no time "
                    "expression -> date null. Total of which e7 is a part.")),
        dict(id="e7", type="presence", actor=A("AUS"), civilian=False,
             count=C("About 450", num="450", value=450, approx=True, qualifier="about"),
             location=L("southern Samawa", "IRQ", "Al Muthanna", 31.31, 45.28, 2), date=D(None), source=None,
             part_of="e6", trigger=T("guarding", at="are guarding"),
             notes=("'About 450 of the soldiers are guarding Japanese forces  in southern Samawa' -> part of the 900 "
                    "in Iraq (e6). 'southern Samawa' read as the area of the city of Samawah (precision 2 with the "
                    "city's coordinates). The Japanese forces have no count (hard negative); the possible end 'by "
                    "May' concerns the Japanese mission, not this presence.")),
    ],
    hard_negatives=[
        H("two helicopters", "aircraft, not people"),
        H("$150 million", "money", at="pledges $150 million"),
        H("110 million dollars", "money (not the 110 troops)"),
        H("5 years", "duration"),
        H("two-day", "duration"),
        H("Japanese forces", "no count", at="guarding Japanese forces"),
        H("Dutch soldiers", "no count"),
        H("its Samawa troops", "no count; a possible redeployment"),
    ])

# ---------------------------------------------------------------- Lebanon, Baalbek raid, 2006-08-02 (Wednesday)
JAMALIYEH = L("Jemmaliyeh, near the eastern Lebanese city of Baalbek", "LBN", "Baalbek-Hermel", 34.01, 36.21, 2)
NEAR_BAALBEK = L("near Baalbek", "LBN", "Baalbek-Hermel", 34.01, 36.21, 2, at="several locations near Baalbek")
WED_B = D("2006-08-02", "Wednesday", at="landed Wednesday", derived_from_context=True)
ANN["wn_2006_08_02_lebanon_baalbek_commandos"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("LBN", "Lebanese", at="Five Lebanese"),
             civilian=None, count=C("Five", value=5, at="Five Lebanese men"), location=JAMALIYEH, date=WED_B,
             source=None, trigger=T("captured", at="men were captured by"),
             alt_mentions=[M("five more", at="seized five more"), M("five", at="Police reported that five"),
                           M("five", at="captured five members")],
             notes=("'Five Lebanese men were captured by the commandos and subsequently airlifted from the area.' -> "
                    "captured in the raid. The same five are described by the Israelis ('seized five more in "
                    "Jemmaliyeh'; Halutz: 'captured five members of Hezbollah'), by police ('five Lebanese men were "
                    "captured and taken into Israel') -> restatements with the same figure (alt_mentions, GUIDELINES "
                    "6). Close call: 'killed up to ten Hezbollah fighters and seized five more' could be read as five "
                    "further captives; read as 'five more [fighters]', i.e. the same five. Their status is disputed "
                    "(Israel: Hezbollah members; Hezbollah: civilians) -> civilian null. Place from the Israeli "
                    "claim (Jemmaliyeh, near Baalbek; precision 2 with Baalbek's coordinates). Date: the landing "
                    "'Wednesday' = publication day (derived).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("Hezbollah", "Hezbollah", at="ten Hezbollah"),
             civilian=False, count=C("up to ten", num="ten", value=10, high=10, approx=True, qualifier="up to"),
             location=JAMALIYEH, date=WED_B, source=S("Israeli forces claimed"), trigger=T("killed", at="had killed"),
             notes=("'Israeli forces claimed it had killed up to ten Hezbollah fighters and seized five more in "
                    "Jemmaliyeh, near the eastern Lebanese city of Baalbek.' -> Israeli claim. Date derived.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("LBN"), civilian=True,
             count=C("Between 16 to 19", num="16 to 19", value=None, low=16, high=19, approx=True, qualifier="between"),
             location=NEAR_BAALBEK, date=WED_B, source=None, hedge="reportedly", is_total=True,
             trigger=T("killed", at="reportedly killed"),
             notes=("'Between 16 to 19 civilians, including 4 to 7 children, were reportedly killed.' -> range "
                    "(value null, low 16, high 19, qualifier 'between', as set (f)'s 'between 24 and 28'). Civilians "
                    "in the Baalbek area -> LBN by plain implication (surface null). 'reportedly' -> hedge. Total of "
                    "e4. Place: the raids 'near Baalbek' (derived); date derived.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("LBN"), civilian=True,
             count=C("4 to 7", num="4 to 7", value=None, low=4, high=7, approx=True, qualifier="between"),
             location=NEAR_BAALBEK, date=WED_B, source=None, hedge="reportedly", part_of="e3",
             trigger=T("killed", at="reportedly killed"),
             notes=("'including 4 to 7 children' -> part of e3; a bare range written 'N to M' (qualifier 'between' "
                    "used for ranges).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("20", value=20, at="that 20 people"), location=NEAR_BAALBEK, date=WED_B,
             source=S("Hospital sources said"), trigger=T("wounded", at="were wounded in the Israeli"),
             notes=("'Hospital sources said that 20 people were wounded in the Israeli raids.' -> bare 'people' -> "
                    "actor and civilian null. Place and date of the raids (derived).")),
        dict(id="e6", type="casualty", outcome="casualties", actor=A("Hezbollah"), civilian=False,
             count=C("more than 10", num="10", value=10, low=10, qualifier="more than"),
             location=L("Baalbek", "LBN", "Baalbek-Hermel", 34.01, 36.21, 1, at="during the Baalbek operation"),
             date=WED_B, source=S("Dan Halutz, Israeli chief of staff, said"), trigger=T("hit", at="were hit"),
             notes=("'He added: \"during the Baalbek operation special forces captured five members of Hezbollah "
                    "while more than 10 others were hit.\"' -> 'He' = Dan Halutz (source resolved to the antecedent "
                    "phrase). 'were hit' does not say killed or wounded -> outcome 'casualties'; 'others' = other "
                    "Hezbollah members -> actor Hezbollah. A different figure and source from e2 ('up to ten' killed, "
                    "'Israeli forces claimed') -> own event. The captured five in the same quote are e1 "
                    "(alt_mention).")),
    ],
    hard_negatives=[
        H("at least five suspected Hezbollah positions", "positions, not people"),
        H("several locations", "places, not people"),
        H("several hours", "duration"),
        H("any of its members", "negated capture ('denies that the enemy had captured any of its members')"),
        H("Hezbollah fighters surrounded", "attackers with no count"),
    ])

# ---------------------------------------------------------------- Eritrea, buffer zone, 2006-10-17 (Tuesday)
ANN["wn_2006_10_17_eritrea_buffer_zone_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("ERI", "Eritrea", at="accused Eritrea"), civilian=False,
             count=C("some 1,500", num="1,500", value=1500, approx=True, qualifier="some"),
             location=L("the Temporary Security Zone", "ERI", None, None, None, 3),
             date=D(None), source=S("the United Nations  accused"), reported_date="2006-10-16",
             trigger=T("moving", at="of moving some"),
             notes=("'On Monday, the United Nations  accused Eritrea  of moving some 1,500 soldiers and 14 tanks into "
                    "a U.N. buffer zone' -> troops moved into the zone (deployment, actual). 'On Monday' (16 October "
                    "2006) is the day of the accusation, not of the move -> date null, reported_date. Destination: "
                    "the buffer zone, named 'the Temporary Security Zone' later (most specific phrase; the zone lies "
                    "inside Eritrea along the border -> ERI, admin1 null, precision 3). The 14 tanks are not "
                    "counted.")),
        dict(id="e2", type="presence", actor=A("UN", "U.N.", at="The U.N. had"), civilian=False,
             count=C("2,300", value=2300, at="to 2,300"), location=None,
             date=D("2006-05/2006-10-17", "in May", at="2,300 in May"), source=None,
             trigger=T("troops", at="reduced its troops"),
             notes=("'The U.N. had reduced its troops and military observers from 3,300 to 2,300 in May' -> the "
                    "drawdown itself has no event type (GUIDELINES 2, 9); the strength left after it is a presence "
                    "(as set (e)'s 'will remain in Kosovo' after a drawdown). Interval from May 2006 to the "
                    "publication day. The old strength 3,300 is a hard negative. The sentence names no place (the UN "
                    "mission's area is not stated) -> location null (close call: the buffer zone is implied).")),
    ],
    hard_negatives=[
        H("14 tanks", "vehicles, not people"),
        H("3,300", "former strength before a drawdown (withdrawals have no type)"),
        H("six-years ago", "duration/date"),
        H("this number", "a threatened further reduction, no count"),
        H("the peacekeepers' movements", "no count"),
    ])

# ---------------------------------------------------------------- Darfur, Haskanita, 2007-09-30 (Sunday)
HASKANITA = L("the town of Haskanita", "SDN", "South Darfur", 12.00, 26.20, 1)
ANN["wn_2007_09_30_darfur_haskanita_au_base"] = dict(
    events=[
        dict(id="e1", type="presence",
             actor=A("Sudan Liberation Army", "Sudan Liberation Army", at="from the Sudan Liberation Army"),
             civilian=False, count=C("1,000", value=1000, at="A force of 1,000"), location=HASKANITA, date=D(None),
             source=S("said AU officials"), reported_date="2007-09-30", trigger=T("attacked", at="Army  attacked"),
             notes=("'A force of 1,000 rebels believed to be from the Sudan Liberation Army  attacked one of the "
                    "African Union's  peacekeeping bases in the Darfur  region of Sudan , said AU officials Sunday.' "
                    "-> size of the attacking force (presence, GUIDELINES 2). 'believed to be' concerns the group's "
                    "identity, not the figure. 'Sunday' (30 September) is the reporting day; the raid came 'just after "
                    "the sunset meal', with no day given -> date null, reported_date. Place: 'the AU base in the town "
                    "of Haskanita' (next paragraph; coordinates approximate). ")),
        dict(id="e2", type="casualty", outcome="missing", actor=A("AU", "AU", at="50 AU"), civilian=False,
             count=C("more than 50", num="50", value=50, low=50, qualifier="more than"), location=HASKANITA,
             date=D(None), source=S("AU officials", at="said AU officials"), reported_date="2007-09-30",
             hedge="the figure could not be confirmed", trigger=T("MIA", at="are MIA"),
             notes=("'They added that more than 50 AU pacificators and military personnel are MIA since the attack on "
                    "the base, although the figure could not be confirmed as the fighting had not stopped.' -> "
                    "missing; 'They' = the AU officials of the previous sentence (source resolved). The hedge names "
                    "no speaker -> hedge. Date null ('since the attack', undated), reported_date Sunday. The "
                    "headline's '12 soldiers killed' is not in the body, so no killed event.")),
        dict(id="e3", type="deployment", actor=A("UN", "United Nations", at="strong United Nations"), civilian=False,
             count=C("26,000 strong", num="26,000", value=26000), location=L("the Darfur  region of Sudan", "SDN", None, None, None, 3),
             date=D("2007-10", "in October", at="arrive in October"), source=None, planned=True,
             trigger=T("arrive", at="will arrive"),
             notes=("'They will soon be merged with the 26,000 strong United Nations  force, whose first units will "
                    "arrive in October.' -> the planned UN-AU force for Darfur (deployment, planned). Date: the "
                    "arrival of the first units, October 2007 (the whole force will not arrive then; close call). "
                    "Place: 'the region' of the previous sentence = 'the Darfur  region of Sudan' of the lede (derived; Darfur spans several states -> admin1 null).")),
    ],
    hard_negatives=[
        H("30 vehicles", "vehicles, not people"),
        H("the heaviest loss of life", "no count"),
        H("Several attacks", "attacks, not people"),
        H("multiple Sudanese helicopters and fighter jets", "aircraft"),
        H("since deployment in June, 2004", "AU deployment with no count (a date)"),
        H("October 27", "date"),
    ])

# ---------------------------------------------------------------- Macedonia, Brodec, 2007-11-07 (Wednesday)
BRODEC = L("the village of Brodec, a Šar Mountain  village north of Tetovo", "MKD", "Polog", 42.08, 20.90, 1)
KOTEVSKI = S("Macedonia n Interior Ministry spokesman Ivo Kotevski told")
ANN["wn_2007_11_07_macedonia_brodec_operation"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants", "armed criminal group"),
             civilian=False, count=C("At least four", num="four", value=4, low=4, qualifier="at least"),
             location=BRODEC, date=D(None), source=KOTEVSKI, trigger=T("killed", at="have been killed"),
             notes=("'At least four members of an armed criminal group have been killed and six arrested in a police "
                    "action dubbed \"Mountain Storm,\" ...' -> an unnamed armed group -> actor 'militants' (section "
                    "10; the headline also says militants). Place: the shootout 'in the village' of Brodec (next "
                    "paragraph; coordinates approximate). No day is given for the operation (the text only says it "
                    "'was announced over at 14:00 local time') -> date null.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("militants", "armed criminal group"),
             civilian=False, count=C("six", value=6, at="six arrested"), location=BRODEC, date=D(None),
             source=KOTEVSKI, trigger=T("arrested", at="six arrested"),
             notes=("'... and six arrested' -> arrests in a police/special-forces operation against an armed group "
                    "count as captured (GUIDELINES 2). Same source, place and date as e1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("MKD", "Macedonian", at="a Macedonian policeman"),
             civilian=False, count=C("a", value=1, at="a Macedonian policeman"),
             location=L("near the border with Kosovo", "MKD", None, None, None, 3),
             date=D("2007-10", "in October", at="in October, a"), source=None, trigger=T("killed", at="was killed in an ambush"),
             notes=("'Also, in October, a Macedonian policeman was killed in an ambush near the border with Kosovo' "
                    "-> October 2007. Police -> civilian false. A border strip -> precision 3.")),
    ],
    hard_negatives=[
        H("no police officers", "negated casualty ('no police officers were injured')"),
        H("no information on casualties", "no count"),
        H("seven other men", "escaped prisoners, not casualties"),
        H("another escaped convict", "a named individual (Xhavid Morina) found dead, cause not stated; 'another' refers to escapees"),
        H("14:00", "time of day"),
        H("KFOR troops", "no count", at="KFOR troops are"),
    ])

# ---------------------------------------------------------------- China, Kashgar, 2008-08-04 (Monday)
KASHGAR = L("Kashgar", "CHN", "Xinjiang", 39.47, 75.99, 1)
MORNING_D = D("2008-08-04", "morning exercise", derived_from_context=True)
ANN["wn_2008_08_04_china_kashgar_police_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CHN"), civilian=False,
             count=C("Sixteen", value=16, at="Sixteen policemen"), location=KASHGAR, date=MORNING_D, source=None,
             is_total=True, trigger=T("killed", at="were killed by"),
             notes=("'Sixteen policemen were killed by unidentified assailants in Kashgar' -> Chinese police "
                    "(civilian false, actor CHN from context). Date: the attack came 'during the officers' morning "
                    "exercise at about 8:00 am' in a same-day report -> publication day (section 10, derived). "
                    "Total of e4 and e5 (14 + 2).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("CHN"), civilian=False,
             count=C("Another sixteen", num="sixteen", value=16), location=KASHGAR, date=MORNING_D, source=None,
             trigger=T("wounded", at="officers were wounded"),
             notes=("'Another sixteen officers were wounded in the attack' -> 'Another' = additional (value 16). "
                    "Date and place as e1.")),
        dict(id="e3", type="presence", actor=A("militants"), civilian=False,
             count=C("two", value=2, at="two attackers"), location=KASHGAR, date=MORNING_D, source=None,
             trigger=T("drove", at="attackers drove"),
             notes=("'... in which two attackers drove a lorry into the station' -> size of the attacking force "
                    "(presence, GUIDELINES 2). The 'unidentified assailants' -> actor 'militants' (section 10). Their "
                    "later arrest ('The attackers were arrested') has no count word and is not a separate event.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("CHN"), civilian=False,
             count=C("fourteen", value=14, at="fourteen of the police"), location=KASHGAR, date=MORNING_D,
             source=S("The BBC reports"), part_of="e1", trigger=T("deaths", at="police deaths"),
             notes=("'The BBC reports that fourteen of the police deaths occurred at the scene, with two more dying "
                    "en route to hospital.' -> breakdown of e1 by place of death (not a treatment status of wounded): "
                    "14 at the scene.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("CHN"), civilian=False,
             count=C("two more", num="two", value=2), location=KASHGAR, date=MORNING_D, source=S("The BBC reports"),
             part_of="e1", trigger=T("dying", at="more dying"),
             notes=("'... with two more dying en route to hospital' -> 'more' = additional (value 2), part of e1.")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("militants"), civilian=False,
             count=C("one", value=1, at="one of the alleged attackers"), location=KASHGAR, date=MORNING_D,
             source=S("The BBC", at="The BBC reports"), trigger=T("injury", at="leg injury"),
             notes=("'They also report one of the alleged attackers received a leg injury.' -> 'They' = the BBC "
                    "(source resolved to the antecedent). One of the two attackers (e3).")),
    ],
    hard_negatives=[
        H("unidentified assailants", "attackers with no count word (counted by 'two attackers')"),
        H("8:00 am", "time"),
        H("10 explosives", "weapons, not people"),
        H("28 and 33", "ages of the arrested attackers"),
        H("The attackers were arrested", "arrest with no count word"),
        H("2008 Summer Olympics", "year in a name"),
    ])

# ---------------------------------------------------------------- Pakistan, Khyber convoy, 2008-11-13 (Thursday)
JAMRUD = L("several miles outside the border town of Jamrud", "PAK", "Khyber Pakhtunkhwa", 34.00, 71.38, 2)
ANN["wn_2008_11_13_pakistan_khyber_convoy"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("Taliban", "Taliban", at="The Taliban forces"), civilian=False,
             count=C("Approximately 60", num="60", value=60, approx=True, qualifier="approximately"),
             location=JAMRUD, date=D("2008-11-10", "On Monday", derived_from_context=True), source=None,
             trigger=T("blocked off", at="blocked off part"),
             notes=("'Approximately 60 masked militants belonging to  blocked off part of a roadway in the Khyber Pass "
                    ".' -> the attacking force (presence, GUIDELINES 2). The group's name is lost in the source's "
                    "markup; the next sentence calls them 'The Taliban forces' -> actor Taliban (surface there). "
                    "Date: the hijacking 'On Monday' (10 November 2008, first sentence, derived). Place: 'several "
                    "miles outside the border town of Jamrud' (most specific; precision 2, offset with no exact "
                    "distance, Jamrud's coordinates). Khyber Agency was then in the Federally Administered Tribal "
                    "Areas; admin1 is today's Khyber Pakhtunkhwa (as set (l)).")),
        dict(id="e2", type="deployment", actor=A("PAK", "Pakistan's", at="Pakistan's federal"), civilian=False,
             count=C("500", value=500, at="500 troops"), location=None, date=D(None), source=None,
             trigger=T("dispatched", at="dispatched helicopters"),
             notes=("'Pakistan's federal government ... dispatched helicopters and 500 troops to try and track the "
                    "hijacked convoy.' -> deployment (actual). No destination is named (the convoy's whereabouts "
                    "were unknown; 'the lawless tribal province' is what the government tries to contain, not the "
                    "destination) -> location null. No time expression -> date null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("One", value=1, at="One local child"), location=None, date=D(None), source=None,
             trigger=T("killed", at="child was killed"),
             notes=("'One local child was killed, and four civilians wounded, by the gunships.' -> civilian victims of "
                    "the pursuit. A local child in Pakistan's tribal area -> PAK by plain implication (section 10). "
                    "No place or time expression for the gunship strikes -> location and date null.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("PAK"), civilian=True,
             count=C("four", value=4, at="four civilians"), location=None, date=D(None), source=None,
             trigger=T("wounded", at="civilians wounded"),
             notes=("'... and four civilians wounded, by the gunships' -> as e3.")),
    ],
    hard_negatives=[
        H("thirteen trucks", "vehicles"),
        H("two armored", "vehicles (the noun was lost in the source)"),
        H("a single fatality", "negated ('without incurring a single fatality')"),
        H("the truck drivers", "captured with no count ('briefly took the truck drivers prisoner')"),
        H("no casualties on either side", "negated casualties"),
        H("several captured cargo containers", "things"),
        H("an American Jeep and one of the Humvees", "vehicles"),
        H("millions of dollars", "money"),
    ])

# ---------------------------------------------------------------- Bangladesh, BDR mutiny, 2009-02-28 (Saturday)
PILKHANA = L("the primary barracks in the Pilkhana  area of the Dhaka District", "BGD", "Dhaka", 23.73, 90.38, 2)
MUTINY_D = D("2009-02-25/2009-02-28", "On Wednesday", approx=True, derived_from_context=True)
ANN["wn_2009_02_28_bangladesh_bdr_mutiny"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("BGD"), civilian=False,
             count=C("over 100", num="100", value=100, low=100, qualifier="over"), location=PILKHANA,
             date=D("2009-02-25", "On Wednesday"), source=None, trigger=T("hostages", at="as hostages"),
             notes=("'On Wednesday, members of the Bangladesh Rifles  (BDR) ... staged a mutiny  taking over 100 of "
                    "their officers as hostages.' -> captured (hostages). Bangladeshi officers of a paramilitary "
                    "force -> civilian false, actor BGD from context. Wednesday 25 February 2009. Place: 'the primary "
                    "barracks in the Pilkhana  area of the Dhaka District' (next sentence, derived; part of Dhaka -> "
                    "precision 2).")),
        dict(id="e2", type="presence", actor=A("BGD", "BDR", at="The BDR has"), civilian=False,
             count=C("67,000", value=67000), location=L("across the country", "BGD", None, None, None, 4),
             date=D(None), source=None, is_total=True, trigger=T("stationed", at="men stationed"),
             notes=("'The BDR has 67,000 men stationed at 42 camps across the country, including 40,000 stationed at "
                    "border camps.' -> strength of the force (presence); present tense, no time expression -> date "
                    "null. Total of e3. The 42 camps are not people.")),
        dict(id="e3", type="presence", actor=A("BGD", "BDR", at="The BDR has"), civilian=False,
             count=C("40,000", value=40000), location=L("border camps", "BGD", None, None, None, 4), date=D(None),
             source=None, part_of="e2", trigger=T("stationed", at="40,000 stationed"),
             notes=("'including 40,000 stationed at border camps' -> part of e2. 'border camps' spread along the "
                    "country's borders -> country level, precision 4.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("BGD"), civilian=False,
             count=C("at least 58", num="58", value=58, low=58, qualifier="at least"),
             location=L("the Dhaka facility", "BGD", "Dhaka", 23.73, 90.38, 2), date=MUTINY_D, source=None,
             trigger=T("mass grave", at="a mass grave containing"),
             notes=("'troops moved in and discovered a mass grave containing at least 58 officers at the Dhaka "
                    "facility' -> deaths implied by the mass grave (GUIDELINES 2). The named head of the BDR is one of "
                    "them (no separate event). Date: killed during the mutiny, from its start on Wednesday 25 February "
                    "to the publication day (the end of the mutiny is not dated in the text; approx, derived).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("as many as 100", num="100", value=100, high=100, approx=True, qualifier="as many as"),
             location=L("the Dhaka facility", "BGD", "Dhaka", 23.73, 90.38, 2), date=MUTINY_D, source=None,
             hedge="Reports say", trigger=T("killed", at="100 were killed"),
             notes=("'Reports say that as many as 100 were killed.' -> a second, higher figure with its own (unnamed) "
                    "source -> own event (GUIDELINES 6); 'Reports say' names no speaker -> hedge. The text does not "
                    "say who the 100 are (officers only or others too) -> actor and civilian null (close call). Place "
                    "and date as e4 (derived).")),
        dict(id="e6", type="casualty", outcome="missing", actor=A("BGD"), civilian=False,
             count=C("130", value=130, at="of 130 officers"), location=L("the Dhaka facility", "BGD", "Dhaka", 23.73,
                                                                       90.38, 2),
             date=MUTINY_D, source=S("The Press Trust of India  reports"),
             trigger=T("whereabouts", at="the whereabouts"),
             notes=("'The Press Trust of India  reports that the whereabouts of 130 officers have not been "
                    "determined.' -> missing. Place and date of the mutiny (derived; close call for the place: the "
                    "officers were held at the Dhaka headquarters).")),
    ],
    hard_negatives=[
        H("US$ 70", "money"),
        H("more than 200 years", "duration"),
        H("42 camps", "camps, not people"),
        H("as many as twelve different camps", "camps, not people"),
        H("one mutineer", "a speaker, not a casualty or force count"),
        H("since 1975", "date"),
    ])

# ---------------------------------------------------------------- Iran, Ukrainian jet, 2020-01-13 (Monday)
ANN["wn_2020_01_13_iran_ukrainian_jet_shootdown"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("176", value=176, at="The 176"), location=L("near Tehran", "IRN", "Tehran", 35.69, 51.39, 2),
             date=D("2020-01-08", "on Wednesday", at="crashed on Wednesday", derived_from_context=True), source=None,
             trigger=T("killed", at="all killed"),
             notes=("'The 176 people on board were all killed.' -> the passengers and crew of the passenger jet shot "
                    "down by Iran's military (a military strike during the US-Iran confrontation). People on board a "
                    "passenger flight -> civilian true; several nationalities, none stated -> actor null. Count '176', qualifier null ('all' stands after the verb, unlike the seed's 'all 74'; close call). Date: the jet 'crashed "
                    "on Wednesday' (8 January 2020, third paragraph, derived); 'Saturday morning' is the day of the "
                    "admission. Place 'near Tehran' (precision 2).")),
    ],
    hard_negatives=[
        H("737-800", "aircraft model number"),
        H("US troops", "no count", at="targeting US troops"),
        H("A few hours", "duration"),
        H("For several days", "duration"),
        H("the US airstrike that killed Iranian general, Qasem Soleimani", "a named individual, no count word"),
    ])

# ---------------------------------------------------------------- Yemen, Aden, 2020-06-05 (Friday)
ANN["wn_2020_06_05_yemen_aden_journalist"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=False,
             count=C("six", value=6, at="six soldiers"), location=None, date=D("2019", "In 2019"), source=None,
             trigger=T("dead", at="soldiers dead"),
             notes=("'In 2019 he survived a drone attack that left six soldiers dead.' -> an earlier attack; no "
                    "side and no place are given -> actor null, location null. Soldiers -> civilian false.")),
    ],
    hard_negatives=[
        H("Nabil Hasan al-Quaety, a photo- and videojournalist", "a named individual killed, no count word"),
        H("34", "age", at="He was 34"),
        H("Multiple assailants", "vague attacker number, not a count (close call)"),
        H("three children", "family members, not casualties"),
        H("suspects in custody", "arrest with no count"),
        H("2016", "year"),
    ])

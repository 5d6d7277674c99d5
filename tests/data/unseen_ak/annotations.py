# -*- coding: utf-8 -*-
"""Gold annotations of set (ak), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Algeria 2013: In Amenas gas complex (VOA)
AMENAS = L("the Amenas gas complex in eastern Algeria", "DZA", "Illizi", 27.90, 9.12, 1)
ANN["voa_2013_01_17_algeria_in_amenas"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("41 foreign hostages", num="41", value=41), location=AMENAS,
             date=D("2013-01-16", "Wednesday", at="eastern Algeria Wednesday", derived_from_context=True),
             source=S("Algeria's state-run news agency says"), trigger=T("seized", at="militants seized"),
             notes=("'the natural gas complex where Islamic militants seized 41 foreign hostages' -> captured 41. The "
                    "hostages are foreign workers of several nationalities ('Norwegians, Japanese and Americans') -> "
                    "actor null, civilian true (hostages who are workers). The seizure is dated by the later sentence "
                    "'Al-Qaida-linked militants stormed the Amenas gas complex ... Wednesday' (Wednesday in a Thursday "
                    "story = 16 January 2013; derived). Place = the complex, named in that sentence. Source: the "
                    "sentence's attribution to Algeria's news agency (close call: the figure may be the article's own).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("several hostages", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=AMENAS, date=D(None), source=S("The country's communications minister, Mohamed Said"),
             trigger=T("killed", at="hostages were killed"),
             notes=("'But he also said that several hostages were killed.' -> killed, several (low 3). 'he' is the "
                    "communications minister Mohamed Said (pronoun resolved). The raid has no time expression in the "
                    "text ('has ended') -> date null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("34 hostages", num="34", value=34), location=AMENAS, date=D(None),
             source=S("A news agency in Mauritania quoted a militant spokesman as saying"),
             trigger=T("killed", at="kidnappers were killed"), hedge="That report has not been independently confirmed",
             notes=("'A news agency in Mauritania quoted a militant spokesman as saying 34 hostages and 15 kidnappers were "
                    "killed when Algerian helicopters attacked' -> killed 34 hostages (a different source and figure "
                    "from the minister's 'several': separate event). The next sentence says the report is unconfirmed "
                    "(hedge). No day given -> date null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("15 kidnappers", num="15", value=15), location=AMENAS, date=D(None),
             source=S("A news agency in Mauritania quoted a militant spokesman as saying"),
             trigger=T("killed", at="kidnappers were killed"), hedge="That report has not been independently confirmed",
             notes=("'... and 15 kidnappers were killed' -> killed 15 of the hostage-takers ('Al-Qaida-linked militants' "
                    "in the text; actor 'militants', the text does not name a group for them). Not attackers' suicides.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("at least four hostages", num="four", value=4, low=4, qualifier="at least"), location=AMENAS,
             date=D(None), source=S("Algeria's news agency reports"), trigger=T("freed", at="were freed"), released=True,
             notes=("'Algeria's news agency reports at least four hostages were freed while others escaped.' -> captured "
                    "with released true (GUIDELINES 2). 'others escaped' has no count. No day given -> date null.")),
    ],
    hard_negatives=[
        H("a \"large number of terrorists were neutralized\"", "deaths with no count ('a large number')"),
        H("At least one hostage, an Irishman, has been confirmed safe",
          "a named-by-nationality single hostage confirmed safe: a status, not a release, capture or casualty claim"),
        H("Other hostages are believed to include Norwegians, Japanese and Americans",
          "nationalities of hostages already counted, no count"),
        H("others escaped", "escaped hostages, no count"),
    ])

# ---------------------------------------------------------------- Niger 2013: White House War Powers letter
NIGER = L("Niger", "NER", None, None, None, 4, at="entered Niger")
ANN["wh_2013_02_22_niger_deployment_letter"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "U.S.", at="additional U.S."), civilian=False,
             count=C("approximately 40 additional U.S. military personnel", num="40", value=40, approx=True,
                     qualifier="approximately"),
             location=NIGER, date=D("2013-02-20", "On February 20, 2013"), source=None, trigger=T("entered"),
             part_of="e2",
             notes=("'On February 20, 2013, the last elements of a deployment of approximately 40 additional U.S. military "
                    "personnel entered Niger' -> deployment, about 40, destination Niger. Part of the total of about 100 "
                    "deployed to Niger (e2). The letter is in the President's own voice -> source null.")),
        dict(id="e2", type="presence", actor=A("USA", "U.S.", at="number of U.S."), civilian=False,
             count=C("approximately 100", num="100", value=100, approx=True, qualifier="approximately"),
             location=L("Niger", "NER", None, None, None, 4, at="deployed to Niger"), date=D(None), source=None,
             trigger=T("deployed", at="deployed to Niger"), is_total=True,
             notes=("'The total number of U.S. military personnel deployed to Niger is approximately 100.' -> presence "
                    "(a present force level), about 100. No time expression in the text ('is') -> date null; the letter "
                    "is dated 22 February 2013 (publication date). Total of which the 40 are part (e1).")),
    ],
    hard_negatives=[
        H("French forces conducting operations in Mali", "force mentioned with no count"),
        H("The recently deployed forces", "restatement of the deployed forces with no count"),
    ])

# ---------------------------------------------------------------- Liberia 2014: Army News Service, 101st Airborne to Monrovia
MONROVIA = L("Monrovia, Liberia", "LBR", "Montserrado", 6.30, -10.80, 1)
ANN["army_2014_09_30_liberia_101st_deployment"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("About 700 Soldiers", num="700", value=700, approx=True, qualifier="about"), location=MONROVIA,
             date=D("2014-10", "sometime in late October", approx=True), source=S("Navy Rear Adm. John Kirby said"),
             trigger=T("will arrive"), planned=True,
             notes=("'About 700 Soldiers will arrive sometime in late October, Navy Rear Adm. John Kirby said' -> "
                    "deployment (planned) of about 700, destination Monrovia, Liberia (the previous sentence: the 101st "
                    "Airborne Division headquarters 'will deploy to Monrovia, Liberia'). Actor USA from context (the US "
                    "Army division; no adjective next to the count). 'late October' of 2014 -> 2014-10, approx.")),
        dict(id="e2", type="deployment", actor=A("USA", "U.S.", at="throughout the U.S."), civilian=False,
             count=C("another 700 Soldiers", num="700", value=700), location=MONROVIA,
             date=D("2014-10", "Also in late October", approx=True), source=None, trigger=T("deploy", at="will deploy another"),
             planned=True,
             notes=("'Also in late October, the Army will deploy another 700 Soldiers from various engineering units "
                    "throughout the U.S. to supervise the construction of Ebola treatment units' -> deployment (planned) "
                    "of 700 more ('another' = additional, value 700). 'throughout the U.S.' is the origin; the destination "
                    "is the Liberia mission of the article (location taken from the first sentence; close call). The "
                    "sentence is in the article's voice (Kirby is quoted around it) -> source null.")),
    ],
    hard_negatives=[
        H("The headquarters of the 101st Airborne Division (Air Assault)",
          "a unit deploying with no head count (GUIDELINES 2: unit sizes given only as units)"),
        H("the 101st Sustainment Brigade", "unit number, not a count"),
        H("the deploying number", "restatement of the 700 with no count"),
        H("the 86th Combat Support Hospital", "unit number, not a count"),
        H("at least six months", "duration"),
    ])

# ---------------------------------------------------------------- Mali 2015: ambush near Timbuktu (VOA)
TIMBUKTU = L("a road about 45 kilometers southwest of the city of Timbuktu", "MLI", "Tombouctou", 16.50, -3.30, 2)
THU_TIM = D("2015-07-02", "Thursday's ambush")
ANN["voa_2015_07_03_mali_timbuktu_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("BFA", "Burkina Faso", at="all from Burkina Faso"),
             civilian=None, count=C("six people", num="six", value=6), location=TIMBUKTU, date=THU_TIM, source=None,
             trigger=T("killed", at="six people were killed"), alt_mentions=[S("the six victims")],
             notes=("'Thursday's ambush on a convoy of U.N. peacekeepers in Mali, in which six people were killed and five "
                    "more were wounded' -> killed 6. The next paragraph says 'the six victims, all from Burkina Faso' "
                    "(alt_mention) -> actor BFA from that explicit context (surface 'Burkina Faso'). The text never says "
                    "the six were peacekeepers -> actor not UN and civilian null (close call; cf. set (z)'s '4 people' in "
                    "an attack on UN peacekeepers). Thursday in a Friday story = 2 July 2015 (publication date inferred).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("five more", num="five", value=5), location=TIMBUKTU, date=THU_TIM, source=None,
             trigger=T("wounded", at="were wounded"),
             notes="'... and five more were wounded' -> wounded 5 (side not stated)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UN"), civilian=False,
             count=C("Forty-two peacekeepers", num="Forty-two", value=42),
             location=L("Mali", "MLI", None, None, None, 4, at="killed in Mali"),
             date=D("2013/2015-07-03", "since the mission was established in 2013"), source=None,
             trigger=T("killed", at="have been killed in Mali"), cumulative=True,
             notes=("'Forty-two peacekeepers have been killed in Mali since the mission was established in 2013.' -> "
                    "running total (cumulative), interval 2013 to the publication date. Peacekeepers of the UN mission "
                    "-> actor UN (surface null: the noun 'peacekeepers' only).")),
    ],
    hard_negatives=[
        H("Two vehicles were destroyed", "count of vehicles"),
        H("16 peacekeeping operations", "count of missions"),
        H("the highest number of casualties", "casualties with no count"),
        H("The mission sent helicopters and reinforcement", "reinforcement with no count"),
        H("evacuating all peacekeepers from the site", "evacuation of peacekeepers with no count; not a deployment"),
    ])

# ---------------------------------------------------------------- Cameroon 2015: White House War Powers letter
CAMEROON = L("Cameroon", "CMR", None, None, None, 4, at="deploying to Cameroon")
ANN["wh_2015_10_14_cameroon_deployment_letter"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "U.S.", at="90 U.S."), civilian=False,
             count=C("approximately 90 U.S. Armed Forces personnel", num="90", value=90, approx=True,
                     qualifier="approximately"),
             location=CAMEROON, date=D("2015-10-12", "On October 12, 2015"), source=None, trigger=T("began deploying"),
             part_of="e2",
             notes=("'On October 12, 2015, approximately 90 U.S. Armed Forces personnel began deploying to Cameroon' -> "
                    "deployment, about 90, destination Cameroon; the advance element of the planned total (e2).")),
        dict(id="e2", type="deployment", actor=A("USA", "U.S.", at="number of U.S."), civilian=False,
             count=C("up to approximately 300", num="300", value=300, high=300, approx=True,
                     qualifier="up to approximately"),
             location=L("Cameroon", "CMR", None, None, None, 4, at="deployed to Cameroon"), date=D(None), source=None,
             trigger=T("to be deployed"), planned=True, is_total=True,
             notes=("'The total number of U.S. military personnel to be deployed to Cameroon is anticipated to be up to "
                    "approximately 300.' -> deployment, planned, upper bound 300 ('up to approximately'). No date for the "
                    "completion -> date null. Total of which the first 90 are part (e1).")),
    ],
    hard_negatives=[
        H("additional U.S. Armed Forces personnel", "further deployment with no count (the count comes in the next sentence)"),
        H("These forces", "restatement with no count"),
    ])

# ---------------------------------------------------------------- Somalia 2016: El-Hareri base and a Mogadishu hotel (VOA)
HARERI = L("El-Hareri, a village in the Galguduud region", "SOM", "Galguduud", 5.00, 46.60, 1)
WED_H = D("2016-06-29", "Wednesday", at="killed Wednesday")
WED_HD = D("2016-06-29", "Wednesday", at="killed Wednesday", derived_from_context=True)
COL = S("Colonel Ahmed Mohamed, told VOA's Somali service")
ANN["voa_2016_06_29_somalia_el_hareri"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("More than 20 people", num="20", value=20, low=20, qualifier="more than"), location=HARERI,
             date=WED_H, source=S("witnesses and officials said"), trigger=T("killed", at="were killed Wednesday"),
             is_total=True,
             notes=("'More than 20 people were killed Wednesday in fighting between government soldiers and Islamist "
                    "insurgents in central Somalia, witnesses and officials said.' -> killed, more than 20, a toll "
                    "covering both sides and a civilian -> actor null (GUIDELINES 3: mixed tolls), total of the "
                    "commander's itemised 18 + 5 + 1 (which add up to 24). Place from the next sentence (El-Hareri). "
                    "Wednesday in a Wednesday story = 29 June 2016 (publication date inferred).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("al-Shabab"), civilian=False,
             count=C("18 militants", num="18", value=18), location=HARERI, date=WED_HD, source=COL,
             trigger=T("killed", at="civilian were killed"), part_of="e1",
             notes=("'told VOA's Somali service that 18 militants, five government soldiers and a civilian were killed "
                    "during the fighting' -> killed 18 militants; the attackers are 'Al-Shabab fighters' in the previous "
                    "sentence, so the actor is al-Shabab (surface null).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM", "government", at="five government"),
             civilian=False, count=C("five government soldiers", num="five", value=5), location=HARERI, date=WED_HD,
             source=COL, trigger=T("killed", at="civilian were killed"), part_of="e1",
             notes="'... five government soldiers ...' -> killed 5 Somali government soldiers (Somali National Army base)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("a civilian", num="a", value=1, at="soldiers and a civilian"), location=HARERI, date=WED_HD,
             source=COL, trigger=T("killed", at="civilian were killed"), part_of="e1",
             notes="'... and a civilian were killed' -> killed 1 civilian (nationality not stated -> actor null)."),
        dict(id="e5", type="presence", actor=A("al-Shabab"), civilian=False,
             count=C("hundreds of heavily armed fighters", num="hundreds", value=None, low=200, approx=True,
                     qualifier="hundreds"),
             location=HARERI, date=WED_HD, source=S("he said", at="machine guns,” he said"),
             trigger=T("attacked", at="They attacked our base"),
             notes=("'“They attacked our base with hundreds of heavily armed fighters and 10 battle wagons mounted with "
                    "machine guns,” he said.' -> size of the attacking force (presence, GUIDELINES 2), hundreds (low "
                    "200). 'he' = the base commander Colonel Ahmed Mohamed. The 10 battle wagons are vehicles (hard "
                    "negative).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 20 dead bodies", num="20", value=20, low=20, qualifier="more than"), location=HARERI,
             date=WED_HD, source=S("Abulle Idow, a resident contacted via telephone, said"), trigger=T("dead bodies"),
             notes=("'locals went to the base after the fighting and saw more than 20 dead bodies' -> killed, more than 20, "
                    "from a resident (a second source for the same figure as the lede's 'More than 20 people'; kept as a "
                    "separate event because the resident's claim is about bodies seen at the base, close call against an "
                    "alt_mention of e1).")),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("al-Shabab"), civilian=False,
             count=C("More than 10 militants", num="10", value=10, low=10, qualifier="more than"), location=HARERI,
             date=WED_HD, source=S("government officials said", at="attack, government officials said"),
             trigger=T("injured", at="were injured in the attack"),
             notes="'More than 10 militants and two government soldiers were injured in the attack, government officials said.' -> wounded, more than 10 militants (al-Shabab from context)."),
        dict(id="e8", type="casualty", outcome="wounded", actor=A("SOM", "government", at="two government"),
             civilian=False, count=C("two government soldiers", num="two", value=2), location=HARERI, date=WED_HD,
             source=S("government officials said", at="attack, government officials said"),
             trigger=T("injured", at="were injured in the attack"),
             notes="'... and two government soldiers were injured' -> wounded 2."),
        dict(id="e9", type="casualty", outcome="killed", actor=A("SOM", "government", at="dozen government"),
             civilian=False, count=C("more a dozen government soldiers", num="a dozen", value=12, low=12, approx=True,
                                     qualifier="more a dozen"),
             location=HARERI, date=WED_HD, source=S("Radio Andalus, al-Shabab's mouthpiece in Somalia, reported"),
             trigger=T("killed", at="and killed more"),
             notes=("'Radio Andalus ... reported that the militants had initially seized control of the base and killed "
                    "more a dozen government soldiers, but Mohamed denied that.' -> killed, more than a dozen (the source "
                    "text drops 'than'; kept as written), al-Shabab's claim, a separate event from the commander's five "
                    "(different source, different figure). The commander's denial concerns the seizure.")),
        dict(id="e10", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 15 people", num="15", value=15, low=15, qualifier="at least"),
             location=L("a hotel in Mogadishu", "SOM", "Banaadir", 2.05, 45.32, 1),
             date=D("2016-06-25", "Last Saturday"), source=None, trigger=T("killing", at="Mogadishu, killing"),
             notes=("'Last Saturday, a suspected al-Shabab suicide bomber attacked a hotel in Mogadishu, killing at least "
                    "15 people.' -> killed 15 (a second incident). 'Last Saturday' in a Wednesday story = 25 June 2016. "
                    "The named dead that follow (a minister, a doctor) are named individuals without a count (hard "
                    "negatives); the bomber's own death is not counted.")),
    ],
    hard_negatives=[
        H("10 battle wagons", "count of vehicles"),
        H("Each side lost a vehicle", "count of vehicles"),
        H("a large number of militants", "attacking force with no count"),
        H("Since 2006", "year"),
        H("Among those killed was Buri Mohamed Hamza", "named individual among the 15 already counted (no count word)"),
        H("whose father was killed in a similar hotel attack in Mogadishu in 2009",
          "a named victim's father killed in 2009: a single person with no count word, restated as a relative"),
    ])

# ---------------------------------------------------------------- South Sudan 2016: clashes near Malakal (VOA South Sudan in Focus)
MALAKAL_W = L("west of the town of Malakal", "SSD", "Upper Nile", 9.53, 31.60, 2)
WARJWOK = L("Warjwok and Alelo villages, about 15 kilometers south of Malakal", "SSD", "Upper Nile",
            9.40, 31.60, 2)
KOANG = S("army spokesman Brigadier General Lul Ruai Koang")
FRI_SUN = D("2016-10-14/2016-10-16", "clashes that began Friday evening", derived_from_context=True)
ANN["voa_2016_10_17_south_sudan_malakal"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SPLA-IO", "rebels", at="50 rebels"), civilian=False,
             count=C("more than 50 rebels and members of militia groups", num="50", value=50, low=50,
                     qualifier="more than"),
             location=MALAKAL_W, date=D("2016-10-16", "Sunday", at="clashes Sunday"),
             source=S("The South Sudan army says"), trigger=T("killed", at="it killed"),
             notes=("'The South Sudan army says it killed more than 50 rebels and members of militia groups and wounded "
                    "several others during clashes Sunday west of the town of Malakal.' -> killed, more than 50. The "
                    "rebels are the 'SPLA In Opposition forces' loyal to Riek Machar in the body -> actor SPLA-IO "
                    "(surface 'rebels'; the count also covers militia members). Sunday in a Monday story = 16 October "
                    "2016 (publication date inferred). The spokesman's quoted 'Over 56 rebels' (e3) is the same claim "
                    "given more precisely; both are kept because the figures differ (close call).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("SPLA-IO"), civilian=False,
             count=C("several others", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=MALAKAL_W, date=D("2016-10-16", "Sunday", at="clashes Sunday"),
             source=S("The South Sudan army says"), trigger=T("wounded", at="and wounded"),
             notes="'... and wounded several others' -> wounded, several (low 3), rebels."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SPLA-IO", "rebels", at="56 rebels"), civilian=False,
             count=C("Over 56 rebels", num="56", value=56, low=56, qualifier="over"), location=WARJWOK,
             date=D("2016-10-14/2016-10-16", "Over the weekend", derived_from_context=True), source=KOANG,
             trigger=T("killed", at="rebels were killed"),
             notes=("'“Over 56 rebels were killed. ...” Koang said.' -> killed, over 56 (the army spokesman's exact "
                    "figure). Place: the two positions the rebels attacked, Alelo and Warjwok (placed ~15 km south of "
                    "Malakal in the text; the lede says west of Malakal). Date: the fighting of Friday evening to Sunday "
                    "(interval, derived).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("SSD", "SPLA", at="He says SPLA"), civilian=False,
             count=C("four fighters", num="four", value=4), location=WARJWOK, date=FRI_SUN, source=KOANG,
             trigger=T("lost", at="forces lost"),
             notes=("'He says SPLA forces lost four fighters and at least 20 others were wounded in clashes that began "
                    "Friday evening.' -> killed 4 government (SPLA) soldiers ('lost'). 'He' = Koang (pronoun resolved to "
                    "the antecedent phrase). Date interval from Friday 14 to Sunday 16 October 2016.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("SSD"), civilian=False,
             count=C("at least 20 others", num="20", value=20, low=20, qualifier="at least"), location=WARJWOK,
             date=FRI_SUN, source=KOANG, trigger=T("wounded", at="others were wounded"),
             notes="'... and at least 20 others were wounded' -> wounded, at least 20 SPLA soldiers."),
    ],
    hard_negatives=[
        H("over 200 different types of weapons", "count of weapons"),
        H("the two places they attacked", "count of places"),
        H("the death toll among the SPLA In Opposition forces could rise", "a possible future toll with no count"),
        H("ambushed commercial vehicles transporting civilians", "attack on civilians with no count"),
        H("a group of journalists", "journalists escorted, no count"),
    ])

# ---------------------------------------------------------------- Somalia 2018: ambush near Balad and a base in Lower Shabelle (VOA)
BALAD = L("near Balad, 30 kilometers north of Mogadishu", "SOM", "Middle Shabelle", 2.36, 45.39, 2)
FRI_B = D("2018-03-02", "Friday", at="region Friday", derived_from_context=True)
ANN["voa_2018_03_02_somalia_balad_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AU", "African Union", at="five African Union"),
             actor_alt="BDI", civilian=False,
             count=C("At least five African Union troops", num="five", value=5, low=5, qualifier="at least"),
             location=BALAD, date=D("2018-03-02", "Friday", at="region Friday"),
             source=S("officials and security sources told VOA Somali"), trigger=T("killed", at="troops were killed"),
             alt_mentions=[S("at least five soldiers of the Burundi contingent"), S("at least five Burundi soldiers")],
             notes=("'At least five African Union troops were killed in an ambush in Somalia's Middle Shabelle region "
                    "Friday by al-Shabab militants' -> killed, at least 5, AU with the Burundian contingent named in the "
                    "body (actor_alt BDI). Restated with the same figure by a Somali military source and by Burundi's "
                    "first vice president (alt_mentions, GUIDELINES 6). Place: 'near Balad' from the third sentence. "
                    "Friday = 2 March 2018 (publication date inferred; the allAfrica repost is of 5 March).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("SOM", "Somali", at="five Somali"), civilian=False,
             count=C("at least five Somali soldiers", num="five", value=5, low=5, qualifier="at least"),
             location=L("near a military base in Lower Shabelle, about 30 kilometers (20 miles) southwest of the capital",
                        "SOM", "Lower Shabelle", 1.85, 45.15, 2),
             date=D(None), source=None, trigger=T("dead", at="soldiers dead"),
             notes=("'a suicide bombing and related attack that left at least five Somali soldiers dead near a military "
                    "base in Lower Shabelle' -> killed, at least 5 (a second incident). No day is given for it -> date "
                    "null (the 'also' does not date it). Suspected al-Shabab attack; the dead are Somali soldiers.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AU"), actor_alt="BDI", civilian=False,
             count=C("several others", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=BALAD, date=FRI_B, source=S("A Somali military source, who requested anonymity, told VOA"),
             trigger=T("injured", at="others injured"),
             notes=("'“at least five soldiers of the Burundi contingent ... have been killed and several others "
                    "injured.”' -> wounded, several (low 3), Burundian AU soldiers. The sentence splitter cuts this quote "
                    "at the ellipsis; the count is in the second half.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AU", "AU", at="20 AU"), civilian=False,
             count=C("more than 20 AU soldiers", num="20", value=20, low=20, qualifier="more than"), location=BALAD,
             date=FRI_B, source=S("Al-Shabab said"), trigger=T("killed", at="had killed more"),
             hedge="military officials said that figure was exaggerated",
             notes=("'Al-Shabab said it had killed more than 20 AU soldiers, but military officials said that figure was "
                    "exaggerated.' -> killed, more than 20, al-Shabab's claim (separate source and figure, GUIDELINES 6); "
                    "the rebuttal is stored as hedge.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AU"), civilian=False,
             count=C("a foreign soldier", num="a", value=1), location=L("Qalimow village", "SOM", "Middle Shabelle",
                                                                         2.40, 45.40, 1),
             date=FRI_B, source=S("Residents in Qalimow village told VOA Somali"), trigger=T("body", at="the body of a foreign"),
             part_of="e1",
             notes=("'Residents in Qalimow village told VOA Somali that they saw al-Shabab fighters dragging the body of a "
                    "foreign soldier.' -> killed 1 (implied by 'the body', GUIDELINES 2 'dragged the bodies of two "
                    "soldiers'). A foreign soldier in this ambush is one of the AU dead -> part_of e1, actor AU from "
                    "context (close call). Qalimow's coordinates are the annotator's estimate (near Balad).")),
    ],
    hard_negatives=[
        H("a convoy of trucks", "vehicles, no count of people"),
        H("heavily armed al-Shabab militants", "attacking force with no count"),
        H("the AU's Burundi troops have a base", "troops at a base with no count"),
    ])

# ---------------------------------------------------------------- Somalia 2018: twin car bombs in Mogadishu (VOA)
MOG = L("the Somali capital of Mogadishu", "SOM", "Banaadir", 2.05, 45.32, 1)
FRI_M = D("2018-11-09", "on Friday", derived_from_context=True)
ANN["voa_2018_11_10_somalia_mogadishu_blasts"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 38 people", num="38", value=38, low=38, qualifier="at least"), location=MOG,
             date=D("2018-11-09", "on Friday"), source=S("according to government sources"),
             trigger=T("death toll"), is_total=True,
             notes=("'The death toll from two suicide car bomb blasts that ripped through the Somali capital of Mogadishu "
                    "on Friday has risen to at least 38 people, according to government sources.' -> killed, at least "
                    "38. 'most of the victims were civilians' (Adan) is not 'mostly civilians' for this toll in the text's "
                    "own voice -> civilian null (close call). Friday = 9 November 2018; publication inferred as Saturday "
                    "10 November 2018.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("At least 30 other people", num="30", value=30, low=30, qualifier="at least"), location=MOG,
             date=FRI_M, source=None, trigger=T("wounded", at="were wounded"),
             notes="'At least 30 other people were wounded.' -> wounded, at least 30 (in the article's voice, between two sentences attributed to the ambulance service)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("27 people", num="27", value=27), location=MOG, date=FRI_M,
             source=S("The medical director of Mogadishu's Medina Hospital, Abdulkadir Husein Mohamed, told VOA"),
             trigger=T("remains"), part_of="e1",
             notes=("'the remains of 27 people had been brought to the hospital following the explosion' -> killed 27 "
                    "(implied by 'remains'), part of the toll of 38. Place of the deaths: Mogadishu (the hospital is "
                    "where the bodies were taken).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two others", num="two", value=2), location=MOG, date=FRI_M,
             source=S("The medical director of Mogadishu's Medina Hospital, Abdulkadir Husein Mohamed, told VOA"),
             trigger=T("died", at="had died of their wounds"), part_of="e1",
             notes=("'and that two others had died of their wounds while in the hospital' -> killed 2 (died of wounds), "
                    "part of the 38. The place of death is the hospital in Mogadishu.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("SOM", "government", at="one government"),
             civilian=False, count=C("one government soldier", num="one", value=1),
             location=L("a main security checkpoint around Villa Somalia", "SOM", "Banaadir", 2.04, 45.34, 1),
             date=FRI_M, source=S("Somali Security Minister Mohamed Abukar Islow"), trigger=T("killed", at="they killed one"),
             notes=("'He said that they killed one government soldier and that an additional five militants were shot "
                    "dead in the ensuing gunbattle.' -> killed 1 Somali soldier at the palace checkpoint. 'He' = the "
                    "security minister. Not linked to the 38 by part_of (the text does not say whether the toll includes "
                    "him).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("al-Shabab"), civilian=False,
             count=C("an additional five militants", num="five", value=5),
             location=L("a main security checkpoint around Villa Somalia", "SOM", "Banaadir", 2.04, 45.34, 1),
             date=FRI_M, source=S("Somali Security Minister Mohamed Abukar Islow"), trigger=T("shot dead"),
             notes=("'... and that an additional five militants were shot dead in the ensuing gunbattle' -> killed 5 "
                    "militants ('additional' = further, value 5); the attackers are the al-Shabab group that claimed the "
                    "attack -> actor al-Shabab (surface null). They were shot by security forces, not suicide deaths.")),
    ],
    hard_negatives=[
        H("two suicide car bomb blasts", "count of blasts"),
        H("most of the victims were civilians", "share of victims, no count"),
        H("The location of other casualties was not clear", "casualties with no count"),
        H("300 meters", "distance"),
        H("a group of people who had returned from Mogadishu's Lido Beach", "people hit by the blast, no count"),
        H("One group blew up a car bomb", "attacking group with no head count"),
    ])

# ---------------------------------------------------------------- Somalia 2019: Awdhegle base (VOA)
AWD = L("the town of Awdhegle", "SOM", "Lower Shabelle", 2.03, 44.86, 1)
WED_A = D("2019-08-14", "Wednesday", derived_from_context=True)
ANN["voa_2019_08_14_somalia_awdhegle"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SOM", "Somali", at="six Somali"), civilian=False,
             count=C("At least six Somali government soldiers", num="six", value=6, low=6, qualifier="at least"),
             location=AWD, date=D("2019-08-14", "Wednesday"), source=S("officials say", at="capital, officials say"),
             trigger=T("killed", at="were killed and"), alt_mentions=[S("six fatalities")],
             notes=("'At least six Somali government soldiers and a cameraman were killed and 13 others were injured "
                    "Wednesday when al-Shabab militants attacked a military base near the capital, officials say.' -> "
                    "killed, at least 6 soldiers. 'Security sources told VOA Somali that government forces suffered six "
                    "fatalities' repeats the figure (alt_mention). Place: the base in the town of Awdhegle (next "
                    "sentence). Wednesday in a Wednesday story = 14 August 2019.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("a cameraman", num="a", value=1), location=AWD, date=D("2019-08-14", "Wednesday"),
             source=S("officials say", at="capital, officials say"), trigger=T("killed", at="were killed and"),
             alt_mentions=[S("a cameraman working with the Somali National Army")],
             notes=("'... and a cameraman were killed' -> killed 1, a media worker (civilian true); the governor repeats "
                    "it ('a cameraman working with the Somali National Army was also killed', alt_mention). Nationality "
                    "not stated -> actor null.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("13 others", num="13", value=13), location=AWD, date=D("2019-08-14", "Wednesday"),
             source=S("officials say", at="capital, officials say"), trigger=T("injured", at="were injured"),
             notes="'... and 13 others were injured' -> wounded 13 (side not stated)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("SOM", "government", at="50 government"),
             civilian=False, count=C("at least 50 government soldiers", num="50", value=50, low=50, qualifier="at least"),
             location=AWD, date=WED_A, source=S("Al-Shabab, which claimed responsibility for the attack, said"),
             trigger=T("killed", at="said it killed"),
             notes=("'Al-Shabab, which claimed responsibility for the attack, said it killed at least 50 government "
                    "soldiers.' -> killed, at least 50, al-Shabab's claim (separate source and figure).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("al-Shabab"), civilian=False,
             count=C("23 militants", num="23", value=23), location=AWD, date=WED_A, source=S("Najah said"),
             trigger=T("killed", at="militants were killed"),
             notes=("'Najah said 23 militants were killed by the government forces.' -> killed 23 attackers, the al-Shabab "
                    "militants of the first sentence (actor al-Shabab, surface null). Najah is the Lower Shabelle "
                    "governor.")),
    ],
    hard_negatives=[
        H("back-to-back vehicle-borne improvised explosive devices", "vehicle bombs, no count of people"),
        H("70 kilometers", "distance"),
        H("from two sides", "count of directions"),
        H("both vehicles were foiled", "count of vehicles"),
        H("over the past three years", "duration"),
    ])

# ---------------------------------------------------------------- Somalia 2019: Galkayo car bomb, Mogadishu hotel, US airstrike (VOA)
GALKAYO = L("the central Somali town of Galkayo", "SOM", "Mudug", 6.77, 47.43, 1)
SAT_G = D("2019-12-21", "Saturday evening", derived_from_context=True)
ANN["voa_2019_12_22_somalia_galkayo"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least eight people", num="eight", value=8, low=8, qualifier="at least"), location=GALKAYO,
             date=D("2019-12-21", "Saturday evening"), source=None, trigger=T("killing"), is_total=True,
             notes=("'a suicide car bomb that targeted military commanders in the central Somali town of Galkayo, killing "
                    "at least eight people and wounding 55 others Saturday evening' -> killed, at least 8: total of the "
                    "four civilians and four soldiers that follow. Saturday evening in a Sunday story = 21 December "
                    "2019. The bomber's death is not counted.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("55 others", num="55", value=55), location=GALKAYO, date=D("2019-12-21", "Saturday evening"),
             source=None, trigger=T("wounding"),
             notes="'... and wounding 55 others Saturday evening' -> wounded 55."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("four civilians", num="four", value=4), location=GALKAYO, date=SAT_G, source=S("Officials said"),
             trigger=T("killed", at="were killed in the explosion"), part_of="e1",
             notes="'Officials said four civilians and four soldiers were killed in the explosion.' -> killed 4 civilians, part of the 8."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=False,
             count=C("four soldiers", num="four", value=4, at="and four soldiers"), location=GALKAYO, date=SAT_G,
             source=S("Officials said"), trigger=T("killed", at="were killed in the explosion"), part_of="e1",
             notes=("'... and four soldiers were killed in the explosion' -> killed 4 soldiers, part of the 8. The text "
                    "does not say whose soldiers (the targets were Somali military commanders) -> actor null, close "
                    "call against SOM.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("five people", num="five", value=5), location=L("a Mogadishu hotel", "SOM", "Banaadir", 2.05, 45.32, 1),
             date=D("2019-12-10", "on December 10"), source=None, trigger=T("killed", at="December 10 killed"),
             notes="'A complex attack on a Mogadishu hotel on December 10 killed five people.' -> killed 5 (an earlier incident of the same month)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("al-Shabab", "al-Shabab", at="one al-Shabab"),
             civilian=False, count=C("one al-Shabab militant", num="one", value=1),
             location=L("Dujuma village area in Middle Jubba region", "SOM", "Middle Juba", 1.25, 42.57, 2),
             date=D("2019-12-16", "on December 16"), source=None, trigger=T("killing", at="region, killing"),
             notes=("'The 60th strike this year occurred on December 16 in Dujuma village area in Middle Jubba region, "
                    "killing one al-Shabab militant.' -> killed 1 (US airstrike). 'The 60th strike' is an ordinal of "
                    "strikes, not of people (hard negative).")),
    ],
    hard_negatives=[
        H("the 21st Division", "unit number"),
        H("8:30pm", "time of day"),
        H("a lot of civilians were hurt", "wounded with no count ('a lot of')"),
        H("the body of the suicide bomber", "death of the suicide attacker (GUIDELINES 2)"),
        H("some of the injured are in serious condition", "status of people already counted as wounded"),
        H("the second major attack", "ordinal of incidents"),
        H("60 airstrikes", "count of airstrikes"),
        H("47 strikes", "count of airstrikes"),
        H("more than 30 the previous year", "count of airstrikes (noun elided)"),
        H("The 60th strike", "ordinal of airstrikes"),
    ])

# ---------------------------------------------------------------- Myanmar 2020: Arakan Army attack on a border guard outpost (VOA)
THAZIN = L("Thazin Myaing village of Rathaetaung Township", "MMR", "Rakhine", 20.50, 92.75, 1)
FRI_R = D("2020-05-29", "Friday's AA assault", derived_from_context=True)
ANN["voa_2020_05_29_myanmar_rakhine_outpost"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="missing", actor=A("MMR"), civilian=False,
             count=C("Ten police officers", num="Ten", value=10), location=THAZIN, date=FRI_R,
             source=S("Myanmar’s military confirmed to VOA"), trigger=T("missing", at="are missing"),
             notes=("'Ten police officers and three civilians are missing following an attack by the outlawed Arakan Army "
                    "(AA) against a Burmese border patrol station in Rakhine state, Myanmar’s military confirmed to VOA.' "
                    "-> missing 10 police (civilian false, actor MMR from 'Burmese border patrol station'; surface null). "
                    "The lede has no time word; the attack is dated by 'Friday's AA assault' and '2 a.m. this morning' "
                    "(Friday 29 May 2020, the publication day; derived). Place from the quote's 'Thazin Myaing village of "
                    "Rathaetaung Township' (coordinates estimated).")),
        dict(id="e2", type="casualty", outcome="missing", actor=A(None), civilian=True,
             count=C("three civilians", num="three", value=3), location=THAZIN, date=FRI_R,
             source=S("Myanmar’s military confirmed to VOA"), trigger=T("missing", at="are missing"),
             alt_mentions=[S("the three civilians")],
             notes=("'... and three civilians are missing' -> missing 3 (civilian true; restated by the spokesman, "
                    "alt_mention).")),
        dict(id="e3", type="casualty", outcome="missing", actor=A(None), civilian=True,
             count=C("one child", num="one", value=1), location=THAZIN, date=FRI_R,
             source=S("Brigadier General Zaw Min Tun, spokesperson for the Myanmar military, told VOA"),
             trigger=T("included", at="included one child"), part_of="e2",
             notes=("'the three civilians were members of one family and included one child' -> one of the three missing "
                    "civilians (breakdown, part_of e2; GUIDELINES 6: totals and breakdowns are both annotated). 'one "
                    "family' is a count of families (hard negative).")),
        dict(id="e4", type="presence", actor=A("Arakan Army", "AA", at="100 AA"), civilian=False,
             count=C("Some 100 AA terrorist insurgents", num="100", value=100, approx=True, qualifier="some"),
             location=THAZIN, date=D("2020-05-29", "2 a.m. this morning"), source=S("said Zaw Min Tun"),
             trigger=T("attacked", at="insurgents attacked"),
             notes=("'“Some 100 AA terrorist insurgents attacked a border guard outpost at 2 a.m. this morning in Thazin "
                    "Myaing village of Rathaetaung Township,” said Zaw Min Tun.' -> size of the attacking force (presence), "
                    "about 100 Arakan Army fighters. 'this morning' in a same-day report = 29 May 2020.")),
    ],
    hard_negatives=[
        H("“very few” security personnel", "force at the outpost with no count"),
        H("members of one family", "count of families"),
        H("2015-17", "years"),
        H("Founded in 2009", "year"),
    ])

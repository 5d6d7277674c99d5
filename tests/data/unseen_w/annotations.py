# -*- coding: utf-8 -*-
"""Gold annotations of set (w), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, districts and countries, as in
sets (g)-(v)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset from a city,
3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Iraq 2005: Bulgarian soldier killed by US fire
SE_BAGHDAD = L("about 160 kilometers southeast of Baghdad", "IRQ", None, 32.29, 45.58, 2)
ANN["wn_2005_03_10_iraq_bulgarian_soldier_friendly_fire"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("BGR", "Bulgarian", at="a Bulgarian soldier"),
             civilian=False, count=C("a Bulgarian soldier", num="a", value=1), location=SE_BAGHDAD,
             date=D("2005-03-04", "on March 4"), source=S("According to  Lieutenant Colonel Sevastian Dobrev"),
             trigger=T("killed", at="forces killed"),
             notes=("'According to  Lieutenant Colonel Sevastian Dobrev, a Bulgarian  defense ministry official, U.S.  "
                    "forces killed a Bulgarian soldier in what the army calls a 'friendly fire' incident in Iraq  on "
                    "March 4.' -> singular determiner (value 1); soldier -> civilian false. Place: the same incident is "
                    "placed 'about 160 kilometers southeast of Baghdad' two sentences later (GUIDELINES 5: a neighbouring "
                    "sentence on the same incident) -> an offset from a city, precision 2; the point is the annotator's "
                    "rough estimate and admin1 is left null (Wasit or Qadisiyah). The later mentions 'Junior Sergeant "
                    "Gardi Gardev was killed' and 'Gardi Gardev was killed by U.S. troops' name him without a count "
                    "(hard negatives).")),
        dict(id="e2", type="presence", actor=A("USA", "American", at="American troops opened"), civilian=False,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several American"),
             location=SE_BAGHDAD, date=D("2005-03-04", "on March 4", derived_from_context=True),
             source=S("Lieutenant Colonel Sevastian Dobrev"), trigger=T("opened fire", at="opened fire on his convoy"),
             notes=("'... Bulgarian military police in Iraq are convinced that 30-year-old Junior Sergeant Gardi Gardev "
                    "was killed when several American troops opened fire on his convoy.' -> the party that fired "
                    "(attacking force as presence, GUIDELINES 2), although the fire was friendly fire (close call). "
                    "'The official' told VOA -> source resolved to Dobrev (GUIDELINES 5). Date of the incident from the "
                    "first sentence (derived).")),
        dict(id="e3", type="presence", actor=A("BGR", "Bulgaria", at="Bulgaria has a"), civilian=False,
             count=C("a 460-strong", num="460", value=460),
             location=L("the Iraqi city of Diwaniya", "IRQ", "Al-Qadisiyah", 31.99, 44.93, 1), date=D(None),
             source=None, trigger=T("has", at="Bulgaria has a"),
             notes=("'Bulgaria has a 460-strong battalion in the Iraqi city of Diwaniya, serving under Polish command, "
                    "and its mandate expires mid-2005.' -> force size stationed in a city (presence; unit strength "
                    "written as an adjective, as sets (u) and (v)). Present tense with no time word -> date null "
                    "('mid-2005' dates the mandate's end, not the presence).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ITA", "Italian", at="an Italian intelligence"),
             civilian=None, count=C("an Italian intelligence agent", num="an", value=1), location=None,
             date=D(None, "around the same time"), source=None, trigger=T("shot and killed"),
             notes=("'He died around the same time that American soldiers shot and killed an Italian intelligence "
                    "agent, while also wounding an Italian journalist the agent had helped to rescue from insurgents.' "
                    "-> a background incident (the shooting of the Italian agent and journalist); no place in the text "
                    "-> location null. 'around the same time' is relative to Gardev's death but vague -> value null "
                    "with the surface kept (as set (v)'s vague periods). An intelligence agent is neither soldier nor "
                    "clearly a civilian -> civilian null (close call).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("ITA", "Italian", at="an Italian journalist"),
             civilian=True, count=C("an Italian journalist", num="an", value=1), location=None,
             date=D(None, "around the same time"), source=None, trigger=T("wounding"),
             notes="'... while also wounding an Italian journalist ...' -> journalist -> civilian true; same clause as e4."),
    ],
    hard_negatives=[
        H("30-year-old", "age"),
        H("Junior Sergeant Gardi Gardev was killed", "the soldier of e1 named, no count"),
        H("one Iraqi car", "a vehicle, not people"),
        H("two times", "number of shots"),
        H("two bullets", "things"),
        H("two American teams", "investigation teams, not a force or casualties"),
        H("several Eastern European countries", "countries"),
        H("Gardi Gardev was killed by U.S. troops", "restatement of e1 by name"),
    ])

# ---------------------------------------------------------------- Iraq 2005: car bomb kills children around US Humvee
E_BAGHDAD = L("eastern Baghdad", "IRQ", "Baghdad", 33.33, 44.45, 2)
ANN["wn_2005_07_13_iraq_baghdad_children_car_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("as many as 24", num="24", value=24, high=24, approx=True, qualifier="as many as"),
             location=E_BAGHDAD, date=D(None), source=None, trigger=T("has killed"),
             alt_mentions=[S("24 dead children", at="received 24")],
             notes=("'A suicide bomber has killed as many as 24 children in Iraq.' -> children -> civilian true; Iraqi "
                    "children in Baghdad -> IRQ by plain implication (surface null). Place from the next sentence "
                    "('... gathered around their Humvee military vechicle in eastern Baghdad'), precision 2. The text "
                    "gives no day for the bombing (present perfect only) -> date null. 'The local hospital's morgue has "
                    "received 24 dead children' restates the figure (alt_mention). The bomber's own death is out of "
                    "scope.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "US", at="One US soldier"), civilian=False,
             count=C("One", value=1, at="One US soldier"), location=E_BAGHDAD, date=D(None), source=None,
             trigger=T("was killed", at="soldier was killed"),
             notes="'One US soldier was killed and three more injured.' -> US soldier, same bombing."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("USA", "US", at="One US soldier"), civilian=False,
             count=C("three more", num="three", value=3), location=E_BAGHDAD, date=D(None), source=None,
             trigger=T("injured", at="three more injured"),
             notes="'... and three more injured.' -> three more US soldiers ('more' = additional, value 3)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="dozens of our children"),
             location=E_BAGHDAD, date=D(None), source=S("One father who lost a son said"),
             trigger=T("killed", at="they killed dozens"),
             notes=("'One father who lost a son said \"... They just destroyed one US Humvee, but they killed dozens of "
                    "our children.\"' -> a different figure (a vague magnitude) from a different source -> its own "
                    "event (GUIDELINES 6; close call: it is an emotional quote). 'a son' restates one of the dead "
                    "(hard negative).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("at least 34", num="34", value=34, low=34, qualifier="at least"),
             location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="34 children in Baghdad"),
             date=D("2004-09", "in September last year"), source=None, trigger=T("killed", at="last year killed"),
             notes=("'A similar car bomb attack in September last year killed at least 34 children in Baghdad.' -> a "
                    "background attack (annotated, as earlier sets' past attacks); 'in September last year' in 2005 -> "
                    "2004-09.")),
    ],
    hard_negatives=[
        H("A suicide bomber", "the attacker; his death is out of scope"),
        H("three to rubble", "houses"),
        H("aged between 10 and 13", "ages"),
        H("Hundreds of distraught parents", "parents searching for their children, not casualties"),
        H("a son", "one of the dead children of e1 (identity restatement)"),
        H("one US Humvee", "a vehicle"),
        H("one of our vehicles", "a vehicle"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006 (VOA): Britain to deploy up to 5,700
AFG_GB = L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan during")
REID = S("Defense Secretary John Reid has announced")
ANN["voa_2006_01_26_afghanistan_britain_5700_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("GBR", "Britain", at="Britain will deploy"), civilian=False,
             count=C("up to 5,700", num="5,700", value=5700, high=5700, approx=True, qualifier="up to"),
             location=AFG_GB, date=D(None, "during the coming months"), source=REID, planned=True,
             trigger=T("will deploy"), alt_mentions=[S("5,700 soldiers")],
             notes=("'Britain will deploy up to 5,700 troops in Afghanistan during the coming months to support an "
                    "expanded NATO mission into a dangerous southern region.' -> announced deployment (planned). The "
                    "figure comes from the Defence Secretary's announcement told in the next sentence -> that "
                    "attribution is the source. 'during the coming months' is a vague future period -> value null with "
                    "the surface kept. 'He says the British contingent in Afghanistan will peak later this year at 5,700 "
                    "soldiers' restates the same figure for the same force (alt_mention; close call: it could also be "
                    "read as a planned presence).")),
        dict(id="e2", type="deployment", actor=A("NATO", "NATO", at="NATO mission to"), civilian=False,
             count=C("3,300-man", num="3,300", value=3300),
             location=L("southwestern Helmand province", "AFG", "Helmand", None, None, 3), date=D(None),
             source=S("Mr. Reid says"), planned=True, trigger=T("mission to", at="mission to southwestern"),
             notes=("'Mr. Reid says Britain will contribute most of its new troops to a 3,300-man, Canadian-led NATO "
                    "mission to southwestern Helmand province ...' -> the size of a planned NATO force sent to Helmand "
                    "(planned deployment, destination Helmand). Canadian-led, mostly British: several contributors -> "
                    "actor NATO, no actor_alt. No time word for it -> date null.")),
        dict(id="e3", type="presence", actor=A("GBR", "British", at="British troops currently"), civilian=False,
             count=C("1,000", value=1000, at="1,000 British"), location=L("Afghanistan", "AFG", None, None, None, 4,
                                                                        at="on duty in Afghanistan"),
             date=D("2006-01-26", "currently"), source=None, trigger=T("on duty", at="currently on duty"),
             notes=("'The deployment represents a sizable growth from the 1,000 British troops currently on duty in "
                    "Afghanistan.' -> present force (presence); 'currently' -> publication day (as earlier sets). The "
                    "'1,000 military engineers' who will 'withdraw' are a withdrawal (hard negative).")),
        dict(id="e4", type="deployment", actor=A("NLD", "the Netherlands"), civilian=False,
             count=C("1,200", value=1200), location=L("Afghanistan", "AFG", None, None, None, 4,
                                                      at="Afghanistan mission.  The"),
             date=D(None), source=None, planned=True, trigger=T("send", at="send 1,200"),
             notes=("'Meanwhile, the Netherlands is considering whether to send 1,200 troops to join NATO's Afghanistan "
                    "mission.  The Dutch parliament is due to take up the issue next week.' -> a proposed deployment not "
                    "yet decided -> planned (as set (u)'s '8,000 troops that could be sent'; close call: it is only "
                    "under consideration). 'next week' dates the parliamentary debate, not the deployment -> date null.")),
        dict(id="e5", type="presence", actor=A("NATO", "International Security Assistance Force"), civilian=False,
             count=C("9,000", value=9000), location=L("Afghanistan", "AFG", None, None, None, 4,
                                                      at="Afghanistan from 9,000"),
             date=D(None), source=S("a NATO spokesman says"), trigger=T("expand", at="expand the International"),
             notes=("'In Brussels, a NATO spokesman says the effort to expand the International Security Assistance "
                    "Force in Afghanistan from 9,000 to 15,000 troops may be delayed by several months to the latter "
                    "half of this year.' -> the present force (presence) and its target (e6), as set (u)'s 'from 9,000 "
                    "to 16,000'. ISAF -> actor NATO (as earlier sets). No time word for the present force -> date "
                    "null.")),
        dict(id="e6", type="presence", actor=A("NATO", "International Security Assistance Force"), civilian=False,
             count=C("15,000", value=15000), location=L("Afghanistan", "AFG", None, None, None, 4,
                                                        at="Afghanistan from 9,000"),
             date=D("2006-07/2006-12", "the latter half of this year", approx=True), source=S("a NATO spokesman says"),
             planned=True, trigger=T("expand", at="expand the International"),
             notes=("'... to 15,000 troops may be delayed by several months to the latter half of this year.' -> the "
                    "target strength (planned presence); 'the latter half of this year' -> July-December 2006 (approx).")),
        dict(id="e7", type="presence", actor=A("USA", "The United States"), civilian=False,
             count=C("19,000", value=19000), location=L("Afghanistan", "AFG", None, None, None, 4,
                                                        at="Afghanistan from 19,000"),
             date=D(None), source=None, trigger=T("troop strength"),
             notes=("'The United States intends to reduce its troop strength in Afghanistan from 19,000 to 16,500, as "
                    "NATO takes on more security duties.' -> present US strength (presence) and the planned level "
                    "(e8); the cut itself is a drawdown without its own figure. No time word -> date null.")),
        dict(id="e8", type="presence", actor=A("USA", "The United States"), civilian=False,
             count=C("16,500", value=16500), location=L("Afghanistan", "AFG", None, None, None, 4,
                                                        at="Afghanistan from 19,000"),
             date=D(None), source=None, planned=True, trigger=T("troop strength"),
             notes="'... reduce its troop strength in Afghanistan from 19,000 to 16,500 ...' -> planned strength (planned presence)."),
    ],
    hard_negatives=[
        H("1,000 military engineers withdraw", "a withdrawal (GUIDELINES 2)"),
        H("several months", "duration"),
        H("next week", "date of a parliamentary debate"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: insurgent attack on the Kamdesh PRT base
KAMDESH = L("the base at Kamdesh in Nuristan Province", "AFG", "Nuristan", 35.42, 71.37, 1)
ANN["wn_2006_08_09_afghanistan_kamdesh_base_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="30 insurgents who"),
             civilian=False, count=C("approximately half", num="half", value=15, approx=True,
                                     qualifier="approximately half"),
             location=KAMDESH, date=D("2006-08-09", "Early Wednesday morning", derived_from_context=True),
             source=S("According to reports citing U.S. forces"), trigger=T("leaving dead"),
             notes=("'According to reports citing U.S. forces  in eastern Afghanistan , an insurgent attack on the base "
                    "at Kamdesh in Nuristan Province  was successfully repelled, leaving dead approximately half of the "
                    "30 insurgents who attacked the base.' -> about 15 dead (half of the attacking force of e2); the "
                    "count phrase is 'approximately half' of a stated number, so value 15, approx (close call: set (u) "
                    "made 'half of which', with no number, a hard negative). The attackers are only 'suspected to be "
                    "Hezbi Islami' -> generic 'insurgents' (section 10). Day from the next sentence (derived).")),
        dict(id="e2", type="presence", actor=A("insurgents", "insurgents", at="30 insurgents with"), civilian=False,
             count=C("an estimated 30", num="30", value=30, approx=True, qualifier="an estimated"), location=KAMDESH,
             date=D("2006-08-09", "Early Wednesday morning"), source=None, trigger=T("was attacked"),
             alt_mentions=[S("30", at="the 30 insurgents who")],
             notes=("'Early Wednesday morning, the Kamdesh Provincial Reconstruction Team base was attacked from three "
                    "directions by an estimated 30 insurgents ...' -> size of the attacking force (presence); the lede's "
                    "'the 30 insurgents who attacked the base' restates it (alt_mention; the fuller sentence is "
                    "primary). Wednesday in a Wednesday story -> publication day.")),
        dict(id="e3", type="presence", actor=A(None), civilian=False,
             count=C("hundreds", value=None, low=200, approx=True, qualifier="hundreds"), location=KAMDESH,
             date=D(None), source=None, trigger=T("houses"),
             notes=("'The base, which houses hundreds of soldiers, returned fire ...' -> soldiers stationed at the base "
                    "(presence). The text does not say whose soldiers (a US-led PRT; 'two of their soldiers' is said of "
                    "the U.S. military only) -> actor null. Present tense, no time word -> date null.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("USA", "U.S.", at="the U.S. military, two"),
             civilian=False, count=C("two of their soldiers", num="two", value=2), location=KAMDESH,
             date=D("2006-08-09", "Early Wednesday morning", derived_from_context=True),
             source=S("According to the U.S. military"), trigger=T("sustained minor injuries"),
             notes=("'According to the U.S. military, two of their soldiers and one Afghan policeman sustained minor "
                    "injuries.' -> two events (different sides), no total stated. 'They were treated at the scene and "
                    "returned to duty' is a status breakdown (hard negative).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("AFG", "Afghan", at="one Afghan policeman"),
             civilian=False, count=C("one Afghan policeman", num="one", value=1), location=KAMDESH,
             date=D("2006-08-09", "Early Wednesday morning", derived_from_context=True),
             source=S("According to the U.S. military"), trigger=T("sustained minor injuries"),
             notes="'... and one Afghan policeman sustained minor injuries.' -> police -> civilian false."),
    ],
    hard_negatives=[
        H("three directions", "directions of attack"),
        H("four 500-pound bombs", "munitions"),
        H("three weeks ago", "date"),
        H("the two-hour battle", "duration"),
        H("They were treated at the scene and returned to duty", "status of e4/e5's wounded"),
        H("several tents", "things"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Crescent Security convoy, five kidnapped
IRAQ_CR = L("Iraq", "IRQ", None, None, None, 4, at="Iraq  after")
ANN["wn_2006_11_17_iraq_crescent_convoy_kidnapping"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A(["USA", "AUT"]), civilian=None,
             count=C("Five", value=5, at="Five contractors"), location=IRAQ_CR, date=D(None), source=None,
             is_total=True, trigger=T("were kidnapped"),
             notes=("'Five contractors, four Americans  and an Austrian , working for Crescent Security Group were "
                    "kidnapped in Iraq  after their convoy was attacked and hijacked by militants.' -> total with two "
                    "parts (e2, e3); two nationalities -> list actor (as set (u)'s Nigerian hostages). Contractors of a "
                    "security company, one of them a 'security guard' and 'former soldier' -> civilian null (close "
                    "call; set (v) gave bodyguards null). No day in the text -> date null. The convoy was bound for "
                    "Nassiriya; the kidnapping place is only 'Iraq' (precision 4).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("USA", "Americans", at="four Americans"),
             civilian=None, count=C("four", value=4, at="four Americans"), location=IRAQ_CR, date=D(None), source=None,
             part_of="e1", trigger=T("were kidnapped"),
             notes="'... four Americans  and an Austrian ...' -> part of e1."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("AUT", "Austrian", at="an Austrian"), civilian=None,
             count=C("an Austrian", num="an", value=1), location=IRAQ_CR, date=D(None), source=None, part_of="e1",
             trigger=T("were kidnapped"),
             notes="'... and an Austrian ...' -> part of e1 (singular determiner on a nationality noun, value 1)."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("USA", "American", at="American men"),
             civilian=None, count=C("At least 2", num="2", value=2, low=2, qualifier="at least"), location=IRAQ_CR,
             date=D(None), source=None, released=True, part_of="e2", trigger=T("have been freed"),
             alt_mentions=[S("two of the foreigners kidnapped")],
             notes=("'At least 2 of the American men have been freed by police officers ...' -> release (captured, "
                    "released true), part of the four Americans (as set (u)'s '94 have been cleared and released'). "
                    "The Basra governor's quote 'Police were able to free two of the foreigners kidnapped' repeats the "
                    "figure for the same men (alt_mention, GUIDELINES 6). The release place is not stated -> the "
                    "kidnapping's 'Iraq'.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AUT", "Austria", at="from Austria"), civilian=None,
             count=C("a 25 year-old former soldier", num="a", value=1),
             location=L("Safwan, Iraq", "IRQ", "Basra", 30.11, 47.72, 1),
             date=D(None), source=S("according to a police officer for the Basra, Iraq  police force"),
             trigger=T("has been killed"),
             notes=("'... but the security guard from Austria, a 25 year-old former soldier, has been killed. His body "
                    "was found in Safwan, Iraq  according to a police officer ...' -> the Austrian hostage of e3 killed: "
                    "a new outcome for a person already counted as captured (not a part). The appositive 'a 25 "
                    "year-old former soldier' carries the count (singular determiner; the age is not a count). Place: "
                    "where the body was found (the only place tied to the death). Security guard -> civilian null.")),
        dict(id="e6", type="casualty", outcome="missing", actor=A("USA"), civilian=None,
             count=C("the other two", num="two", value=2), location=IRAQ_CR, date=D(None), source=None, part_of="e2",
             trigger=T("missing", at="two missing"),
             notes=("'The fate of the other two missing men is not yet known.' -> missing (GUIDELINES 2). Of four "
                    "Americans two were freed and the Austrian was killed, so 'the other two' are Americans -> USA from "
                    "context (surface null), part of e2.")),
    ],
    hard_negatives=[
        H("His body was found", "restatement of e5 without a count"),
        H("The men were on their way", "restatement of the hostages without a count"),
    ])

# ---------------------------------------------------------------- Iraq 2007: UK, Danish and Lithuanian force levels
IRAQ_UK = L("Iraq", "IRQ", None, None, None, 4, at="Iraq  from")
ANN["wn_2007_02_21_iraq_uk_denmark_troop_levels"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("GBR", "the United Kingdom"), civilian=False, count=C("7,100", value=7100),
             location=IRAQ_UK, date=D(None), source=S("Tony Blair  has announced"), trigger=T("troops in Iraq"),
             notes=("'Tony Blair  has announced that the United Kingdom  will lower the number of troops in Iraq  from "
                    "7,100 to 5,500 during the \"coming months\", and below 5,000 by late summer ...' -> the present "
                    "level (presence) and two planned levels (e2, e3), as set (u)'s 'from 9,000 to 16,000'. Present "
                    "level with no time word -> date null.")),
        dict(id="e2", type="presence", actor=A("GBR", "the United Kingdom"), civilian=False, count=C("5,500", value=5500),
             location=IRAQ_UK, date=D(None, 'during the "coming months"'), source=S("Tony Blair  has announced"),
             planned=True, trigger=T("troops in Iraq"),
             notes="'... to 5,500 during the \"coming months\"' -> planned level (planned presence); vague period -> value null, surface kept."),
        dict(id="e3", type="presence", actor=A("GBR", "the United Kingdom"), civilian=False,
             count=C("below 5,000", num="5,000", value=5000, high=5000, qualifier="below"), location=IRAQ_UK,
             date=D("2007-08", "by late summer", approx=True), source=S("Tony Blair  has announced"), planned=True,
             trigger=T("troops in Iraq"),
             notes=("'... and below 5,000 by late summer, if the Iraqi government can secure the southern part of the "
                    "country.' -> conditional planned level (planned presence); 'below' is an upper bound (high, "
                    "mirroring 'more than' -> low); 'late summer' -> August 2007 (approx; GUIDELINES 5 seasons).")),
        dict(id="e4", type="presence", actor=A("DNK", "his country"), civilian=False,
             count=C("about 460", num="460", value=460, approx=True, qualifier="about"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="460 soldiers, from Iraq"), date=D(None),
             source=S("prime minister Anders Fogh Rasmussen  announced"), trigger=T("its forces"),
             notes=("'In Denmark , prime minister Anders Fogh Rasmussen  announced his country will completely withdraw "
                    "its forces, about 460 soldiers, from Iraq.' -> the withdrawal is not an event (GUIDELINES 2), but "
                    "the apposition states the size of the Danish force now in Iraq -> presence (close call: set (u) "
                    "made the 6,000 Syrians who 'pull back', a part of a larger force, a hard negative; here the figure "
                    "is the whole force present).")),
        dict(id="e5", type="presence", actor=A("LTU", "Lithuania"), civilian=False, count=C("56", value=56),
             location=L("Iraq", "IRQ", None, None, None, 4, at="460 soldiers, from Iraq"), date=D(None),
             source=S("according to a government spokeswoman"), trigger=T("soldiers", at="56 soldiers"),
             notes=("'Lithuania  is also \"seriously considering\" pulling out their 56 soldiers, according to a "
                    "government spokeswoman.' -> size of the Lithuanian force in Iraq (presence, as e4); the possible "
                    "pull-out is not an event. Country from context (the previous sentence's Iraq).")),
        dict(id="e6", type="deployment", actor=A("USA", "U.S.", at="U.S.  President"), civilian=False,
             count=C("20,000", value=20000), location=None, date=D(None), source=S("announced by U.S.  President Bush"),
             planned=True, trigger=T("extra troops"),
             notes=("'The withdrawal contrasts with the 20,000 extra troops announced by U.S.  President Bush .' -> an "
                    "announced reinforcement (planned deployment). The sentence does not name the destination (Iraq is "
                    "implied by the contrast) -> location null (close call).")),
    ],
    hard_negatives=[
        H("until at least 2008", "a year, not a count"),
        H("an Iraqi Army  division", "a unit without a head count"),
        H("a robust force", "no count"),
        H("Over the last weeks", "duration"),
    ])

# ---------------------------------------------------------------- East Timor 2007: raid on Same, clashes in Dili
SAME = L("the town of Same, 50km south of the capital Dili", "TLS", "Manufahi", -9.0, 125.65, 1)
ANN["wn_2007_03_04_east_timor_same_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("rebels"), civilian=False,
             count=C("Four", value=4, at="Four armed"), location=SAME,
             date=D("2007-03-04", "at dawn", derived_from_context=True), source=None, trigger=T("were killed"),
             notes=("'Four armed East Timorese men were killed and two others injured during the operation, but their "
                    "leader, Major Alfredo Reinado , escaped the troops.' -> Reinado's armed men, the 'rebels' of the "
                    "text ('disarming the rebels') -> actor 'rebels' (generic class; surface null), civilian false "
                    "(armed). Place and time from the previous sentence ('stormed the town of Same ... at dawn'): dawn "
                    "in a same-day report -> publication day (section 10), derived.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("rebels"), civilian=False,
             count=C("two others", num="two", value=2), location=SAME,
             date=D("2007-03-04", "at dawn", derived_from_context=True), source=None, trigger=T("injured", at="two others injured"),
             notes="'... and two others injured during the operation ...' -> same side as e1."),
        dict(id="e3", type="presence", actor=A("PRT", "Portuguese", at="Portuguese Public Security"), civilian=False,
             count=C("15", value=15, at="15 Portuguese"),
             location=L("the Pité neighborhood", "TLS", "Dili", -8.56, 125.56, 2), date=D(None), source=None,
             trigger=T("faced the attacks"), alt_mentions=[S("the 15 officers")],
             notes=("'As a response to the successive attacks by a group on the Pité neighborhood, 15 Portuguese Public "
                    "Security Police  (PSP) officers, organized themselves without orders from the UNPol, and for three "
                    "hours the 15 officers faced the attacks.' -> a police force operating in a place (presence); police "
                    "-> civilian false; 'the 15 officers' restates it. The text gives no day for the Dili clashes (they "
                    "followed the start of the operation) -> date null. The neighbourhood's coordinates are the "
                    "annotator's estimate (central Dili).")),
    ],
    hard_negatives=[
        H("Several conflicts", "incidents"),
        H("a rebel former army officer and his men", "the besieged group, no count for 'his men'"),
        H("dozens of weapons", "things"),
        H("Ten minutes later", "time"),
        H("a group of teenagers", "no count"),
        H("three hours", "duration"),
        H("All of the three GNR operational platoons", "units without a head count"),
        H("seven hours", "duration"),
    ])

# ---------------------------------------------------------------- India 2007: Guwahati bomb and the ULFA campaign in Assam
GUWAHATI_MKT = L("the market area of the capital, Guwahati", "IND", "Assam", 26.18, 91.75, 2)
ANN["wn_2007_05_15_india_assam_guwahati_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two", value=2, at="two people"), location=GUWAHATI_MKT, date=D("2007-05-14", "on Monday"),
             source=None, trigger=T("killed", at="explosion killed"),
             notes=("'A bomb explosion killed two people and injured ten others in the capital of the northeast India n "
                    "state of Assam  on Monday.' -> bare 'people' -> actor and civilian null. Monday before a Tuesday "
                    "story = 14 May 2007. Place: the fuller 'market area of the capital, Guwahati' two sentences later "
                    "(precision 2).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("ten others", num="ten", value=10), location=GUWAHATI_MKT, date=D("2007-05-14", "on Monday"),
             source=None, trigger=T("injured", at="injured ten"),
             notes="'... and injured ten others ...' -> same blast as e1."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IND"), civilian=True,
             count=C("a local civilian", num="a", value=1), location=None,
             date=D("2007-05-07/2007-05-13", "last week"), source=None, trigger=T("killing", at="killing of a local"),
             notes=("'Assamese protesters who were blockading a highway over the killing of a local civilian in an "
                    "anti-insurgency operation last week, clashed with tea-plantation workers ...' -> one civilian "
                    "killed by security forces; a local civilian in Assam -> IND by plain implication (surface null). "
                    "'last week' -> Monday-Sunday of the previous week. The place of the killing is not given -> null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=True, count=C("Five", value=5),
             location=None, date=D("2007-05-13", "on Sunday"), source=None, trigger=T("died", at="Five people died"),
             notes=("'Five people died in the ensuing violence on Sunday.' -> the clash between protesters and "
                    "plantation workers (an outgrowth of the anti-insurgency killing; kept as conflict-related, close "
                    "call). The dead are protesters or workers -> civilian true by coreference (close call: the text "
                    "says 'people'); actor null. No place given (a highway blockade) -> null.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None, count=C("Nineteen", value=19),
             location=L("the capital", "IND", "Assam", 26.14, 91.74, 1, at="the capital last week"),
             date=D("2007-05-07/2007-05-13", "last week", at="capital last week"), source=None,
             trigger=T("were injured", at="Nineteen people were injured"),
             notes="'Nineteen people were injured in the capital last week ...' -> Guwahati (the capital named earlier)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("a further eight", num="eight", value=8), location=None,
             date=D("2007-05-07/2007-05-13", "last week", at="capital last week", derived_from_context=True),
             source=None, trigger=T("were injured", at="eight were injured"),
             notes=("'... and a further eight were injured in a car bomb explosion.' -> 'a further' = additional, not "
                    "a bound; the clause shares the sentence's 'last week' (derived) but not clearly its place -> "
                    "location null (close call).")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=True, count=C("eighty", value=80),
             location=None, date=D("2007-01", "in January"), source=None, trigger=T("killed", at="killed eighty"),
             notes=("'Attacks by the ULFA killed eighty people, mostly migrant workers in January.' -> 'mostly migrant "
                    "workers' -> civilian true (section 10: mixed tolls 'mostly civilians'); the victims' nationality is "
                    "not stated -> actor null. No place in the sentence -> null.")),
        dict(id="e8", type="casualty", outcome="killed", actor=A("rebels", "rebels", at="55 rebels"), civilian=False,
             count=C("55", value=55), location=None, date=D("2007-01-01/2007-05-15", "since the start of 2007"),
             source=None, cumulative=True, trigger=T("have killed"),
             notes=("'The Indian security forces have been fighting the separatists groups since 1990, and have killed 55 "
                    "rebels and arrested over 500 since the start of 2007.' -> running total (cumulative, 1 January 2007 "
                    "to publication). The separatists of several groups -> generic 'rebels' (the text's word).")),
        dict(id="e9", type="casualty", outcome="captured", actor=A("rebels", "rebels", at="55 rebels"), civilian=False,
             count=C("over 500", num="500", value=500, low=500, qualifier="over"), location=None,
             date=D("2007-01-01/2007-05-15", "since the start of 2007"), source=None, cumulative=True,
             trigger=T("arrested", at="arrested over"),
             notes="'... and arrested over 500 since the start of 2007.' -> arrests (captured), running total, the same rebels as e8."),
    ],
    hard_negatives=[
        H("Over 20 bombings", "incidents"),
        H("the last two months", "period"),
        H("since 1990", "date"),
    ])

# ---------------------------------------------------------------- Ivory Coast 2007: missile attack on Soro's plane at Bouake
BOUAKE = L("Bouaké Airport , Ivory Coast", "CIV", "Vallée du Bandama", 7.74, -5.07, 1)
ANN["wn_2007_06_30_ivory_coast_bouake_soro_plane"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("four others", num="four", value=4), location=BOUAKE, date=D(None),
             source=S("according to eyewitnesses"), trigger=T("killing", at="killing four"),
             notes=("'... Guillaume Soro , has escaped uninjured after a missile struck his aircraft upon landing at "
                    "Bouaké Airport , Ivory Coast, killing four others, according to eyewitnesses.' -> total of the "
                    "dead; who they were is not said -> actor and civilian null. The text gives no day for the attack "
                    "-> date null. Soro, who escaped uninjured, is not a casualty.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("three dead bodies", num="three", value=3), location=BOUAKE, date=D(None),
             source=S("Allan Aliali, a journalist on board to cover the arrival of Soro, described"), part_of="e1",
             trigger=T("dead bodies"),
             notes=("'Allan Aliali, a journalist on board ..., described seeing three dead bodies in the plane, but was "
                    "unable to identify them.' -> implied deaths (GUIDELINES 2: bodies), three of the four of e1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("a fourth victim", num="fourth", value=4, qualifier="ordinal"), location=BOUAKE, date=D(None),
             source=S("New Forces spokesman Sidiki Konate, who said"), cumulative=True,
             trigger=T("died later", at="victim died later"),
             notes=("'This was later confirmed by New Forces spokesman Sidiki Konate, who said a fourth victim died "
                    "later from his injuries.' -> the ordinal states the running total (value 4, GUIDELINES 4 "
                    "'the seventeenth Canadian killed'), as set (r)'s ordinals; not made part of e1 (close call: the "
                    "phrase also denotes one more death).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("New Forces", "New Forces", at="New Forces administrative"),
             civilian=None, count=C("One male New Forces administrative assistant", num="One", value=1), location=BOUAKE,
             date=D(None), source=None, trigger=T("being treated for an injury"),
             notes=("'One male New Forces administrative assistant from on board the plane ... spoke to the media via "
                    "telephone from a local hospital where he was being treated for an injury to his arm ...' -> "
                    "wounded (value 1). A staff member of the former rebel movement -> actor 'New Forces' (the name the "
                    "text uses), civilian null (administrative staff of an armed movement; close call).")),
        dict(id="e5", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several arrests"),
             location=None, date=D(None),
             source=S("the Forces Nouvelles de Côte d'Ivoire  (New Forces of the Ivory Coast) announced"),
             trigger=T("arrests", at="several arrests"),
             notes=("'Shortly after the attack, the Forces Nouvelles ... announced several arrests had been made in "
                    "connection to the failed assassination attempt.' -> arrests of suspects (captured; GUIDELINES 2), "
                    "'several' arrests = several people arrested (close call: the noun counts arrests). Suspects of "
                    "unstated side -> actor and civilian null (as earlier sets' arrests). No place or day -> null.")),
    ],
    hard_negatives=[
        H("a total of three missiles", "weapons"),
        H("some gunshots", "shots"),
        H("in two", "the country split in two, not people"),
        H("four years", "duration"),
        H("troops deployed at the airport", "deployment without a count"),
    ])

# ---------------------------------------------------------------- Pakistan 2007: convoy bombing in North Waziristan, Hub bombing
ANN["wn_2007_07_19_pakistan_north_waziristan_hub_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PAK", "Pakistani"), civilian=False,
             count=C("At least 17", num="17", value=17, low=17, qualifier="at least"),
             location=L("the Afghanistan -Pakistan  border in North Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=D("2007-07-19", "Thursday"), source=None, trigger=T("were killed"),
             notes=("'At least 17 Pakistani troops were killed Thursday when their convoy was bombed and attacked by "
                    "al-Qaeda  militants on the Afghanistan -Pakistan  border in North Waziristan ...' -> Thursday in a "
                    "Thursday story = publication day. North Waziristan (then FATA) -> admin1 Khyber Pakhtunkhwa "
                    "(today's name, as earlier sets); a border region, precision 3.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("At least 35", num="35", value=35, low=35, qualifier="at least"),
             location=L("Pakistan's southwest industrial district", "PAK", "Balochistan", None, None, 3), date=D(None),
             source=None, trigger=T("were killed", at="police officers were killed"),
             notes=("'At least 35 civilians and 9 police officers were killed and nearly two dozen were injured in a "
                    "separate bombing when a suicide car bomber blew up a Chinese  military convoy in Pakistan's "
                    "southwest industrial district.' -> two groups, two events, no total (as set (u)'s 'Six policemen "
                    "and a civilian driver'); civilians in Pakistan -> PAK by plain implication. The 'separate bombing' "
                    "has no day in the text -> date null (it is not the Thursday convoy attack). Baluchistan is named "
                    "in the last sentence -> admin1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("9", value=9, at="9 police"),
             location=L("Pakistan's southwest industrial district", "PAK", "Balochistan", None, None, 3), date=D(None),
             source=None, trigger=T("were killed", at="police officers were killed"),
             notes="'... and 9 police officers were killed ...' -> police -> civilian false; Pakistani police (PAK)."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("nearly two dozen", num="two dozen", value=24, high=24, approx=True, qualifier="nearly"),
             location=L("Pakistan's southwest industrial district", "PAK", "Balochistan", None, None, 3), date=D(None),
             source=None, trigger=T("were injured"),
             notes="'... and nearly two dozen were injured in a separate bombing ...' -> 'two dozen' = 24, 'nearly' -> high 24, approx."),
    ],
    hard_negatives=[
        H("a suicide car bomber", "the attacker; his death is out of scope"),
        H("None of the Chinese military personnel were injured or killed", "negated casualties"),
        H("The bomber driving a Mazda car blew himself up", "death of the suicide attacker"),
        H("the two countries", "countries"),
    ])

# ---------------------------------------------------------------- France 2007: ETA gunmen shoot two Spanish civil guards
CAPBRETON = L("the town of Capbreton, on the southwest coast of France", "FRA", "Nouvelle-Aquitaine", 43.64, -1.43, 1)
ANN["wn_2007_12_01_france_capbreton_eta_guards"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ESP", "Spanish"), civilian=False,
             count=C("A Spanish  civil guard", num="A", value=1), location=CAPBRETON, date=D("2007-12-01", "today"),
             source=None, trigger=T("was killed"),
             notes=("'A Spanish  civil guard  was killed today and another seriously wounded in the town of Capbreton, "
                    "on the southwest coast of France , in a shootout with suspected members of the Basque  separatist  "
                    "group ETA .' -> Guardia Civil (a police force) -> civilian false (GUIDELINES 3: police). 'today' = "
                    "publication day. The victims named later ('Agent Raul Centeno Pallón died', 'Fernando Trapero "
                    "Blázquez was injured') are restatements without a count (hard negatives). admin1 is today's region "
                    "(Nouvelle-Aquitaine; Aquitaine in 2007).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("ESP", "Spanish"), civilian=False,
             count=C("another", value=1, at="another seriously"), location=CAPBRETON, date=D("2007-12-01", "today"),
             source=None, trigger=T("wounded", at="seriously wounded"),
             notes="'... and another seriously wounded ...' -> 'another' (value 1), a second civil guard."),
        dict(id="e3", type="presence", actor=A("ETA", "ETA", at="ETA ."), civilian=False,
             count=C("two", value=2, at="two men who fired"), location=CAPBRETON,
             date=D("2007-12-01", "around 8:30 a.m. UTC", derived_from_context=True), source=None,
             trigger=T("fired on them"),
             alt_mentions=[S("the two suspected ETA members"), S("the two men", at="the two men abandoned")],
             notes=("'They were then assaulted by two men who fired on them.' -> the attacking party (presence, "
                    "GUIDELINES 2); 'suspected members of ... ETA' -> ETA (as 'suspected Taliban' -> Taliban in earlier "
                    "sets). 'the two suspected ETA members' and 'the two men' restate them (alt_mentions). Clock time of "
                    "the previous sentence, same-day report -> publication day (derived). 'a woman who was with them' "
                    "did not take part in the shooting -> not counted in the force (hard negative).")),
    ],
    hard_negatives=[
        H("the two plainclothes guards", "the victims of e1/e2 as a pair, no new claim"),
        H("Agent Raul Centeno Pallón died", "e1 named, no count"),
        H("the two guardsmen", "restatement of the victims"),
        H("a woman who was with them", "a companion of the attackers, not a casualty or a force"),
        H("about 70 kilometers", "distance"),
        H("The driver of the hijacked car was kidnapped", "a single person without a count word (definite)"),
        H("the first fatality", "restates e1 as the first ETA killing since June (no new count)"),
        H("46 of 52 Basque citizens", "arrest warrants, not arrests"),
    ])

# ---------------------------------------------------------------- Lebanon 2008: Beirut car bomb kills police investigator
BEIRUT_SUB = L("a Christian suburb of the capital Beirut", "LBN", "Mount Lebanon", 33.86, 35.53, 2)
ANN["wn_2008_01_25_lebanon_beirut_car_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least six", num="six", value=6, low=6, qualifier="at least"), location=BEIRUT_SUB,
             date=D("2008-01-25", "today's explosion", derived_from_context=True), source=S("Lebanese  officials say"),
             is_total=True, trigger=T("has killed"),
             notes=("'Lebanese  officials say a car bomb blast in a Christian suburb of the capital Beirut  has killed at "
                    "least six people, including a top security official.' -> bare 'people' -> actor and civilian null; "
                    "total with one part (e2). The day comes from Rifi's 'today's explosion' (derived). A suburb of "
                    "Beirut -> precision 2; the point and admin1 (Mount Lebanon, outside Beirut governorate) are the "
                    "annotator's estimates.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("LBN", "Lebanese", at="Lebanese police investigator"),
             civilian=False, count=C("a top security official", num="a", value=1), location=BEIRUT_SUB,
             date=D("2008-01-25", "today's explosion", derived_from_context=True), source=S("Lebanese  officials say"),
             part_of="e1", trigger=T("has killed"),
             notes=("'... including a top security official.' -> part of e1 (singular determiner). He is the 'top "
                    "Lebanese police investigator' Wissam Eid named later (restatements without a count -> hard "
                    "negatives); police -> civilian false, LBN.")),
        dict(id="e3", type="casualty", outcome="casualties", actor=A(None), civilian=None,
             count=C("at least a dozen", num="a dozen", value=12, low=12, approx=True, qualifier="at least a dozen"),
             location=L("near a major highway overpass", "LBN", "Mount Lebanon", 33.86, 35.53, 2),
             date=D("2008-01-25", "today's explosion", derived_from_context=True), source=None,
             trigger=T("casualties", at="dozen casualties"),
             notes=("'Red Cross  ambulances evacuated at least a dozen casualties, after a powerful explosion tore "
                    "through rows of parked cars, near a major highway overpass ...' -> 'casualties' of unstated kind "
                    "(outcome casualties, GUIDELINES 2); 'at least a dozen' -> low 12, approx (as 'more than a dozen'). "
                    "Not linked to e1 (the evacuated may include dead and wounded).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("LBN"), civilian=None,
             count=C("at least ten", num="ten", value=10, low=10, qualifier="at least"),
             location=L("Lebanon", "LBN", None, None, None, 4, at="Lebanon since 2005"),
             date=D("2005/2008-01-25", "since 2005"), source=None, cumulative=True, trigger=T("killing", at="killing at least ten"),
             notes=("'Over 30 major explosions have hit Lebanon since 2005, killing at least ten top politicians, civil "
                    "servants, army officers, and journalists.' -> running total since 2005 (cumulative); Lebanese "
                    "figures -> LBN (plain implication); civilians and army officers mixed, not 'mostly' -> civilian "
                    "null. 'Over 30 major explosions' counts incidents (hard negative).")),
    ],
    hard_negatives=[
        H("top police investigator Wissam Eid, the apparent target of the blast, died immediately", "e2 named, no count"),
        H("30 to 40 kilos", "weight of explosives"),
        H("Over 30 major explosions", "incidents"),
        H("Several members of parliament", "politicians accusing Syria, not casualties"),
        H("the explosion death of former Lebanese Prime Minister Rafiq al Hariri", "a named individual, no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2008: Spin Boldak suicide bombing on Canadian convoy
SPIN_BOLDAK = L("Spin Boldak , Afghanistan", "AFG", "Kandahar", 31.01, 66.4, 1)
ANN["wn_2008_02_18_afghanistan_spin_boldak_convoy_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="34 Afghan"), civilian=True,
             count=C("34", value=34), location=SPIN_BOLDAK, date=D(None), source=None, trigger=T("killed", at="killed 34"),
             notes=("'A suicide bombing attack on a Canadian  military convoy in Spin Boldak , Afghanistan  killed 34 "
                    "Afghan civilians, and wounded four Canadian soldiers.' -> civilians (AFG). The text gives no day "
                    "for the attack -> date null. The headline's '37' is not text (noted in articles.jsonl).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("CAN", "Canadian", at="four Canadian"), civilian=False,
             count=C("four", value=4, at="four Canadian"), location=SPIN_BOLDAK, date=D(None), source=None,
             trigger=T("wounded", at="wounded four"), alt_mentions=[S("four soldiers")],
             notes=("'... and wounded four Canadian soldiers.' 'According to the Canadian military four soldiers were "
                    "wounded' repeats the figure (alt_mention). 'After treatment three were released from the hospital' "
                    "and 'All four were able to phone their families' are status statements (hard negatives).")),
    ],
    hard_negatives=[
        H("the second vehicle", "a vehicle (ordinal)"),
        H("many of the wounded", "no count"),
        H("three were released from the hospital", "treatment status of e2's wounded"),
        H("All four", "restatement of e2 in a status sentence"),
    ])

# ---------------------------------------------------------------- Tunisia 2008: AQIM claims kidnapping of two Austrians
TUNISIA = L("Tunisia", "TUN", None, None, None, 4)
GHRIBA = L("Ghriba synagogue", "TUN", "Medenine", 33.81, 10.86, 1)
ANN["wn_2008_03_11_tunisia_austrians_kidnapped"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("AUT", "Austria ns"), civilian=True,
             count=C("two", value=2, at="two Austria"), location=TUNISIA, date=D("2008-02-22", "on February 22, 2008"),
             source=S("An Algerian rebel group that has pledged its allegiance to Al-Quada announced"),
             trigger=T("had kidnapped"),
             alt_mentions=[S("two Austrian tourists"), S("The two kidnapped")],
             notes=("'An Algerian rebel group that has pledged its allegiance to Al-Quada announced on Monday that it had "
                    "kidnapped two Austria ns vacationing in Tunisia  on February 22, 2008.' -> tourists -> civilian "
                    "true; the conversion leftover 'Austria ns' is the actor surface. The spokesman's 'two Austrian "
                    "tourists' and 'The two kidnapped' restate the claim (alt_mentions). The place is the claimed one "
                    "(Tunisia), which the Tunisian government disputes.")),
        dict(id="e2", type="casualty", outcome="missing", actor=A("AUT", "Austrian", at="Austrian authorities"),
             civilian=True, count=C("two of its citizens", num="two", value=2), location=None,
             date=D("2008-02", "since mid-February", approx=True), source=S("Austrian authorities have confirmed"),
             trigger=T("have been missing"),
             notes=("'Austrian authorities have confirmed that two of its citizens have been missing since "
                    "mid-February, but declined to identify them.' -> the same two people, but a different claim (the "
                    "authorities confirm them missing, not kidnapped) -> its own event with outcome missing (close "
                    "call). 'since mid-February' dates their disappearance -> 2008-02 (approx). No place in the "
                    "clause -> null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("DEU", "Germans"), civilian=None,
             count=C("14", value=14), location=GHRIBA, date=D("2002", "2002", derived_from_context=True), source=None,
             trigger=T("dead", at="Frenchman  dead"),
             notes=("'Tunisia was also the scene of the 2002 Ghriba synagogue bombing ... That attack left 14 Germans , "
                    "six Tunisians, and one Frenchman  dead and more than 30 others wounded.' -> a background attack; "
                    "three nationalities, no total stated -> three events. Status not described -> civilian null. "
                    "Place and year from the previous sentence (derived).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("TUN", "Tunisians", at="six Tunisians"), civilian=None,
             count=C("six", value=6, at="six Tunisians"), location=GHRIBA, date=D("2002", "2002", derived_from_context=True),
             source=None, trigger=T("dead", at="Frenchman  dead"),
             notes="'... six Tunisians ...' -> see e3."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("FRA", "Frenchman"), civilian=None,
             count=C("one Frenchman", num="one", value=1), location=GHRIBA,
             date=D("2002", "2002", derived_from_context=True), source=None, trigger=T("dead", at="Frenchman  dead"),
             notes="'... and one Frenchman  dead ...' -> see e3."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 30 others", num="30", value=30, low=30, qualifier="more than"), location=GHRIBA,
             date=D("2002", "2002", derived_from_context=True), source=None, trigger=T("wounded", at="others wounded"),
             notes="'... and more than 30 others wounded.' -> nationality not stated -> actor null."),
    ],
    hard_negatives=[
        H("A squadron of heroic mujahideen", "no count"),
        H("aged 43", "age"),
        H("aged 51", "age"),
        H("a couple from near Salzburg", "identity of the two hostages (restatement)"),
        H("a nurse and a consultant", "professions of the two hostages (restatement)"),
        H("the pair", "restatement of the hostages"),
        H("the two Austrian citizens", "restatement inside a statement that doubts the kidnapping in Tunisia"),
    ])

# ---------------------------------------------------------------- Sri Lanka 2008: bus bomb outside Sri Jayawardenapura-Kotte
KOTTE = L("just outside the capital city, Sri Jayawardenapura-Kotte", "LKA", "Western", 6.85, 79.92, 2)
ANN["wn_2008_04_25_sri_lanka_bus_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 25", num="25", value=25, low=25, qualifier="at least"), location=KOTTE,
             date=D("2008-04-25", "during the evening rush hour", derived_from_context=True), source=None,
             trigger=T("has killed"),
             notes=("'A bus bombing in Sri Lanka   has killed at least 25 and wounded at least 40.' -> no noun at all -> "
                    "actor and civilian null. Place from the next sentence (precision 2; the point is an estimate). "
                    "'The explosion occurred during the evening rush hour' in a same-day report -> publication day "
                    "(section 10), derived.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 40", num="40", value=40, low=40, qualifier="at least"), location=KOTTE,
             date=D("2008-04-25", "during the evening rush hour", derived_from_context=True), source=None,
             trigger=T("wounded", at="wounded at least"),
             notes=("'... and wounded at least 40.' The wounded were taken to Kalubovila hospital (not the event "
                    "place). 'several passengers were burned' describes injuries of the wounded (hard negative, as "
                    "severity breakdowns; close call).")),
    ],
    hard_negatives=[
        H("about 3kg (6 lbs)", "weight"),
        H("several passengers were burned", "injury type of the wounded of e2 (a breakdown, not a new count; close call)"),
        H("since a cease-fire ended in January", "date"),
    ])

# ---------------------------------------------------------------- India 2008: serial bombs in Jaipur
JAIPUR = L("Jaipur , the capital of the state Rajasthan", "IND", "Rajasthan", 26.91, 75.79, 1)
ANN["wn_2008_05_14_india_jaipur_bombs"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least eighty", num="eighty", value=80, low=80, qualifier="at least"), location=JAIPUR,
             date=D("2008-05-13", "on Tuesday, May 13", derived_from_context=True), source=None, is_total=True,
             trigger=T("were killed"),
             notes=("'At least eighty people were killed and over two hundred injured in the attacks.' -> bare "
                    "'people' -> actor and civilian null; total with one part (e3). Day and place from the first "
                    "sentence ('detonated in Jaipur , the capital of the state Rajasthan , in India  on Tuesday, May "
                    "13'; derived). The first sentence's 'According to police sources' attributes the blasts, not the "
                    "toll -> source null (close call).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over two hundred", num="two hundred", value=200, low=200, qualifier="over"), location=JAIPUR,
             date=D("2008-05-13", "on Tuesday, May 13", derived_from_context=True), source=None,
             trigger=T("injured", at="two hundred injured"),
             notes="'... and over two hundred injured in the attacks.' -> 'over' -> low 200 (as set (v)'s 'over 1,200')."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True, count=C("Ten", value=10),
             location=JAIPUR, date=D("2008-05-13", "on Tuesday, May 13", derived_from_context=True), source=None,
             part_of="e1", trigger=T("the dead", at="Ten of the dead"),
             notes="'Ten of the dead were children.' -> part of e1; children -> civilian true."),
        dict(id="e4", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("two people", num="two", value=2), location=None,
             date=D("2008-05-14", "On Wednesday", derived_from_context=True), source=S("said Vasundhara Raje", at="said Vasundhara Raje."),
             trigger=T("have arrested"), alt_mentions=[S("two arrests")],
             notes=("'On Wednesday, two arrests were announced. \"We have arrested two people and have detained several "
                    "more for questioning,\" said Vasundhara Raje.' -> arrests of suspects (captured). The quote names "
                    "the people and the source (primary, GUIDELINES 6: the fuller sentence); 'two arrests' is an "
                    "alt_mention. 'On Wednesday' (the announcement) = publication day; no earlier day is given -> used "
                    "for the arrests (derived; close call). No place stated -> null.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("several more", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=None, date=D("2008-05-14", "On Wednesday", derived_from_context=True),
             source=S("said Vasundhara Raje", at="said Vasundhara Raje."), trigger=T("have detained"),
             notes="'... and have detained several more for questioning' -> detained (captured), 'several' (low 3), additional to e4."),
    ],
    hard_negatives=[
        H("a series of seven coordinated bombs", "devices"),
        H("twenty minutes", "duration"),
        H("An eighth bomb", "a device (ordinal)"),
        H("some international group", "no count"),
    ])

# ---------------------------------------------------------------- China 2008: bomb attacks in Kuqa, Xinjiang
KUQA = L("the town of Kuqa", "CHN", "Xinjiang", 41.72, 82.94, 1)
KUQA_PSB = L("the public safety building in Kuqa", "CHN", "Xinjiang", 41.72, 82.94, 1)
XINHUA = S("''Xinhua'' stated")
ANN["wn_2008_08_10_china_xinjiang_kuqa_attacks"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(["militants", "CHN"]), civilian=None,
             count=C("at least 11", num="11", value=11, low=11, qualifier="at least"), location=KUQA,
             date=D("2008-08-10", "at about 3:20 local time", derived_from_context=True), source=S("Police say"),
             is_total=True, trigger=T("were killed"),
             notes=("'Police say at least 11 people were killed, all except one were reported to be the attackers "
                    "responsible for the blasts.' -> a toll covering both sides -> list actor (the attackers, generic "
                    "'militants' for the text's 'terrorists', and one other, in China -> CHN by plain implication; "
                    "close call). Place from the witnesses' sentence (the town of Kuqa) and time from Xinhua's 'at about "
                    "3:20 local time' in a same-day report -> publication day (derived).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants", "the attackers"), civilian=False,
             count=C("all except one", num="one", value=10, qualifier="all except"), location=KUQA,
             date=D("2008-08-10", "at about 3:20 local time", derived_from_context=True), source=S("Police say"),
             hedge="were reported", part_of="e1", trigger=T("were killed"),
             notes=("'... all except one were reported to be the attackers ...' -> 10 of the 11 dead were attackers "
                    "(part of e1). The count is stated as a remainder ('all except one' of 'at least 11') -> value 10 "
                    "with the qualifier 'all except' (close call; no other phrase carries the 10). Attackers killed by "
                    "police are annotated; only suicide deaths are out of scope.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("three more", num="three", value=3), location=KUQA,
             date=D("2008-08-10", "at about 3:20 local time", derived_from_context=True), source=S("Police say", at="Police say three"),
             trigger=T("were arrested", at="three more were arrested"),
             notes=("'Police say three more were arrested and another three are \"still at large.\"' -> three more "
                    "attackers arrested ('more' = additional). Those 'still at large' are neither captured nor missing "
                    "(hard negative).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("militants", "terrorists", at="terrorists killing"),
             civilian=False, count=C("at least one", num="one", value=1, low=1, qualifier="at least"), location=KUQA,
             date=D("2008-08-10", "at about 3:20 local time", derived_from_context=True), source=XINHUA,
             trigger=T("killing", at="killing at least one"),
             notes=("'Despite the claims by police, ''Xinhua'' stated that authorities sealed off the town where the "
                    "attacks have occurred and exchanged gunfire with the terrorists killing at least one while "
                    "another, strapped with explosives, detonated himself.' -> Xinhua's account is a different set of "
                    "figures from a different source -> separate events (GUIDELINES 6). The attacker who 'detonated "
                    "himself' is out of scope.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("militants", "terrorist", at="One other terrorist"),
             civilian=False, count=C("One other terrorist", num="One", value=1), location=KUQA,
             date=D("2008-08-10", "at about 3:20 local time", derived_from_context=True), source=XINHUA,
             trigger=T("was injured", at="terrorist was injured"),
             notes="'One other terrorist was injured and one was arrested.' -> continues Xinhua's account (source resolved to it)."),
        dict(id="e6", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("one", value=1, at="one was arrested"), location=KUQA,
             date=D("2008-08-10", "at about 3:20 local time", derived_from_context=True), source=XINHUA,
             trigger=T("was arrested", at="one was arrested"),
             notes="'... and one was arrested.' -> one more terrorist arrested (Xinhua's account)."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("CHN"), civilian=False,
             count=C("one security official", num="one", value=1), location=KUQA_PSB,
             date=D("2008-08-10", "at about 3:20 local time", derived_from_context=True),
             source=S("''Xinhua'' reports"), trigger=T("killed", at="which killed"),
             notes=("'One attacker drove a three-wheeled bike packed with explosives into the public safety building in "
                    "Kuqa, which killed one security official and injured two civilians.' -> the paragraph reports "
                    "Xinhua's account ('Police and government officials refuse to confirm or deny the reports by "
                    "''Xinhua''') -> source the nearest Xinhua attribution (close call). Security official -> civilian "
                    "false; CHN by plain implication. The single attacker is not a force (hard negative).")),
        dict(id="e8", type="casualty", outcome="wounded", actor=A("CHN"), civilian=True,
             count=C("two civilians", num="two", value=2), location=KUQA_PSB,
             date=D("2008-08-10", "at about 3:20 local time", derived_from_context=True),
             source=S("''Xinhua'' reports"), trigger=T("injured", at="injured two civilians"),
             notes="'... and injured two civilians.' -> civilians in Kuqa -> CHN by plain implication."),
        dict(id="e9", type="presence", actor=A("militants", "terrorists", at="several terrorists"), civilian=False,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several terrorists"),
             location=KUQA, date=D("2008-08-10", "Hours later"), source=S("''Xinhua'' reports"),
             trigger=T("began to throw bombs"),
             notes=("'Hours later, while police were hunting for more suspects, several terrorists began to throw bombs "
                    "at them.' -> the attacking party (presence). 'Hours later' after the early-morning blasts -> the "
                    "same day.")),
        dict(id="e10", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("two", value=2, at="two, while"), location=KUQA, date=D("2008-08-10", "Hours later", derived_from_context=True),
             source=S("''Xinhua'' reports"), trigger=T("Police killed"),
             notes=("'Police killed two, while three others who were strapped with explosives detonated themselves.' -> "
                    "two of e9's terrorists killed; the three who 'detonated themselves' are out of scope (hard "
                    "negative).")),
    ],
    hard_negatives=[
        H("another three are \"still at large.\"", "suspects not caught: neither captured nor missing"),
        H("20 large \"flashes\"", "flashes, not people"),
        H("another, strapped with explosives, detonated himself", "death of a suicide attacker"),
        H("One attacker drove", "a single attacker, not a force; his fate is not stated"),
        H("At least two police cars", "vehicles"),
        H("three others who were strapped with explosives detonated themselves", "deaths of suicide attackers"),
        H("8 million Muslim Uyghurs", "a population"),
        H("Military personnel were also reported to have been dispatched", "deployment without a count"),
    ])

# ---------------------------------------------------------------- Syria 2008: US helicopter raid on Al-Sukkariya
SUKKARIYA = L("the Syrian town of Al-Sukkariya", "SYR", "Deir ez-Zor", 34.45, 40.93, 1)
BBC_SYR = S("The BBC  News agency reports")
ANN["wn_2008_10_26_syria_sukkariya_helicopter_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SYR"), civilian=True,
             count=C("at least seven", num="seven", value=7, low=7, qualifier="at least"), location=SUKKARIYA,
             date=D(None), source=BBC_SYR, is_total=True, trigger=T("were killed"),
             notes=("'The BBC  News agency reports, quoting Syrian media, that at least seven people were killed when the "
                    "helicopters attacked a farm along the Bou Kamal border with Iraq in the Syrian town of "
                    "Al-Sukkariya.' -> 'Syrian media says all of those killed were civilians' -> civilian true by "
                    "coreference; people of a Syrian town -> SYR by plain implication. Total with three parts (e2-e4), "
                    "which add up to seven. The text gives no day for the raid -> date null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("SYR"), civilian=True,
             count=C("a man", num="a", value=1, at="a man, four"), location=SUKKARIYA, date=D(None), source=BBC_SYR,
             part_of="e1", trigger=T("the dead", at="Among the dead"),
             notes="'Among the dead were a man, four of his sons, and two farm workers.' -> three parts of e1 (1 + 4 + 2 = 7)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SYR"), civilian=True,
             count=C("four of his sons", num="four", value=4), location=SUKKARIYA, date=D(None), source=BBC_SYR,
             part_of="e1", trigger=T("the dead", at="Among the dead"), notes="'... four of his sons ...' -> part of e1."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("SYR"), civilian=True,
             count=C("two farm workers", num="two", value=2), location=SUKKARIYA, date=D(None), source=BBC_SYR,
             part_of="e1", trigger=T("the dead", at="Among the dead"), notes="'... and two farm workers.' -> part of e1."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("SYR"), civilian=True,
             count=C("at least nine", num="nine", value=9, low=9, qualifier="at least"), location=SUKKARIYA,
             date=D(None), source=S("Other reports say"), trigger=T("were killed", at="nine were killed"),
             notes="'Other reports say at least nine were killed.' -> a different figure from other sources -> its own event (GUIDELINES 6)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("SYR"), civilian=None,
             count=C("At least 14 others", num="14", value=14, low=14, qualifier="at least"), location=SUKKARIYA,
             date=D(None), source=None, trigger=T("were injured"),
             notes=("'At least 14 others were injured.' -> people of the same town (SYR); the civilian statement covers "
                    "only 'those killed' -> civilian null.")),
        dict(id="e7", type="presence", actor=A("USA", "American", at="American soldiers"), civilian=False,
             count=C("at least eight", num="eight", value=8, low=8, qualifier="at least"), location=SUKKARIYA,
             date=D(None), source=S("Further witness reports say"), trigger=T("get off the helicopters"),
             notes=("'Further witness reports say that at least eight American soldiers proceeded to get off the "
                    "helicopters.' -> the raiding party on the ground (attacking force as presence). 'all the soldiers "
                    "returned to the helicopters' restates them without a number (hard negative).")),
    ],
    hard_negatives=[
        H("at least four helicopters", "aircraft"),
        H("two of which landed", "aircraft"),
        H("all the soldiers returned", "restatement of e7 without a number"),
        H("a diplomat from the U.S.", "a diplomat summoned, not a casualty"),
        H("the first time", "ordinal of an event, not a count"),
    ])

# ---------------------------------------------------------------- Colombia 2008: army chief resigns over 'false positives'
ANN["wn_2008_11_05_colombia_false_positives"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("COL"), civilian=True, count=C("11", value=11),
             location=None, date=D(None, "recent"), source=None, trigger=T("deaths"),
             notes=("'In addition to the recent deaths of 11 young men from the slums near Bogotá  that are at the heart "
                    "of the scandal, ...' -> civilians killed by soldiers and passed off as rebels (the scandal of the "
                    "first paragraph) -> civilian true; Colombians (COL) by plain implication. 'from the slums near "
                    "Bogotá' is where they came from, not where they died -> location null. 'recent' is vague -> value "
                    "null with the surface kept.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("COL"), civilian=True, count=C("1,015", value=1015),
             location=None, date=D("2002/2008-11-05", "since 2002"), source=S("prosecutors are investigating allegations"),
             cumulative=True, trigger=T("had been killed"),
             notes=("'... prosecutors are investigating allegations that 1,015 civilians had been killed outside combat "
                    "since 2002, when Uribe intensified the long war against two leftist insurgencies ...' -> running "
                    "total (cumulative, 2002 to publication). The figure is an allegation under investigation -> source "
                    "the prosecutors' phrase (close call). No place in the sentence -> null.")),
    ],
    hard_negatives=[
        H("20 officers", "officers dismissed, not casualties"),
        H("two leftist insurgencies", "groups"),
        H("enemy insurgents killed", "the false claims, no count"),
    ])

# ---------------------------------------------------------------- Gaza 2009: Israeli ground assault begins
ANN["wn_2009_01_03_gaza_ground_assault"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("ISR", "Israeli", at="Israeli military had been"), civilian=False,
             count=C("over 10,000", num="10,000", value=10000, low=10000, qualifier="over"),
             location=L("along the Israel-Gaza border", "ISR", "Southern District", None, None, 3),
             date=D(None, "For several days"), source=None, trigger=T("massing"),
             notes=("'For several days, the Israeli military had been massing over 10,000 troops and equipment along the "
                    "Israel-Gaza border, in what was believed to be a preparation for a ground invasion.' -> a force "
                    "massed in a place (presence; close call: 'massing' also describes a movement, a deployment). The "
                    "border zone on the Israeli side -> ISR, Southern District, precision 3. 'For several days' before "
                    "the assault is vague -> value null with the surface kept. The troops that then 'entered the Strip' "
                    "have no count.")),
    ],
    hard_negatives=[
        H("the second stage", "ordinal of a phase"),
        H("several days before troops entered", "duration"),
        H("Hamas troops", "no count"),
    ])

# ---------------------------------------------------------------- Kosovo 2009 (VOA): NATO approves KFOR troop cut
KOSOVO = L("Kosovo", "XKX", None, None, None, 4, at="Kosovo --")
ANN["voa_2009_06_11_kosovo_nato_troop_cut"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("NATO", "NATO", at="NATO forces in Kosovo"), civilian=False,
             count=C("about 10,000", num="10,000", value=10000, approx=True, qualifier="about"), location=KOSOVO,
             date=D("2010-01", "by next January", derived_from_context=True), source=None, planned=True,
             trigger=T("will leave"),
             notes=("'The announced troop cut was widely anticipated and will leave about 10,000 NATO forces in Kosovo "
                    "-- compared to up to 15,000 troops there at any given time.' -> the force left after the cut "
                    "(planned presence); the cut 'could take place by next January' (next sentence, derived) -> "
                    "2010-01. The cut itself ('about a third of its force') is a withdrawal (hard negative). Kosovo -> "
                    "XKX (the code used by earlier sets).")),
        dict(id="e2", type="presence", actor=A("NATO", "NATO", at="NATO forces in Kosovo"), civilian=False,
             count=C("up to 15,000", num="15,000", value=15000, high=15000, approx=True, qualifier="up to"),
             location=KOSOVO, date=D(None), source=None, trigger=T("troops there"),
             notes=("'... compared to up to 15,000 troops there at any given time.' -> the present strength (presence), "
                    "an upper bound; 'at any given time' is not a date -> null.")),
        dict(id="e3", type="deployment", actor=A("USA", "American", at="American troops"), civilian=False,
             count=C("some 21,000", num="21,000", value=21000, approx=True, qualifier="some"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan was also"), date=D(None), source=None,
             trigger=T("are beginning to arrive"),
             notes=("'Afghanistan was also on the agenda during the Brussels meeting.  The first of some 21,000 "
                    "additional American troops are beginning to arrive there ahead of presidential elections in "
                    "August.' -> reinforcements arriving (deployment, under way, not flagged planned); 'there' = "
                    "Afghanistan (previous sentence). No date for the arrival ('ahead of ... August' dates the "
                    "elections) -> null.")),
    ],
    hard_negatives=[
        H("about a third of its force", "a withdrawal, stated as a proportion"),
        H("all these additional troops", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2009 (Army/DoD): units for the 2010 rotations
AFG_ARMY = L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan. The")
DOD = S("The Department of Defense announced")
ANN["army_2009_10_20_afghanistan_rotations"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 7,700", num="7,700", value=7700, approx=True, qualifier="approximately"),
             location=AFG_ARMY, date=D("2010-03/2010-05", "in the spring of 2010", approx=True, derived_from_context=True),
             source=DOD, planned=True, is_total=True, trigger=T("scheduled to deploy"),
             notes=("'The announcement involves one active duty brigade combat team and one Stryker cavalry regiment, "
                    "totaling approximately 7,700 personnel, and one National Guard brigade with approximately 3,500 "
                    "personnel. The scheduled rotation for these forces will begin in the spring of 2010.' -> planned "
                    "deployment to Afghanistan ('scheduled to deploy ... in Afghanistan', first sentence); total of the "
                    "two active units (e3, e4). Spring 2010 -> March-May (approx, next sentence, derived). US Army units "
                    "-> USA (surface null: the text names the Department of Defense). Unit names and numbers are not "
                    "counts.")),
        dict(id="e2", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 3,500", num="3,500", value=3500, approx=True, qualifier="approximately"),
             location=AFG_ARMY, date=D("2010-09/2010-11", "in the fall of 2010", approx=True, derived_from_context=True),
             source=DOD, planned=True, trigger=T("scheduled to deploy"),
             notes=("'... and one National Guard brigade with approximately 3,500 personnel.' -> planned deployment of "
                    "the Iowa brigade; its own later sentence says it 'will begin deploying in the fall of 2010' -> "
                    "September-November 2010 (approx, derived), rather than the first sentence's spring (kept as the "
                    "more specific statement; close call).")),
        dict(id="e3", type="deployment", actor=A("USA"), civilian=False, count=C("3,700", value=3700), location=AFG_ARMY,
             date=D("2010-03/2010-05", "in the spring of 2010", approx=True, derived_from_context=True), source=DOD,
             planned=True, part_of="e1", trigger=T("spring rotation"),
             notes="'The spring rotation of the 1st BCT, 101st Airborne Division (3,700 personnel) ...' -> part of e1."),
        dict(id="e4", type="deployment", actor=A("USA"), civilian=False, count=C("4,000", value=4000), location=AFG_ARMY,
             date=D("2010-03/2010-05", "in the spring of 2010", approx=True, derived_from_context=True), source=DOD,
             planned=True, part_of="e1", trigger=T("spring rotation"),
             notes="'... and the 2nd SCR (4,000 personnel) ...' -> part of e1 (3,700 + 4,000 = 7,700)."),
        dict(id="e5", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 200", num="200", value=200, approx=True, qualifier="approximately"),
             location=L("Regional Command-South", "AFG", None, None, None, 3),
             date=D("2009-11", "in November of 2009"), source=None, planned=True, trigger=T("will begin deploying", at="who will begin"),
             notes=("'Additionally, the Secretary of Defense approved a request ... to deploy MV-22 Ospreys ... to support "
                    "the needs of forces on the ground in Regional Command-South. This deployment will involve "
                    "approximately 200 Marines, who will begin deploying in November of 2009.' -> planned deployment "
                    "of Marines (USA); the destination is the southern regional command (a region, precision 3).")),
    ],
    hard_negatives=[
        H("one active duty brigade combat team and one Stryker cavalry regiment", "units without a head count (the head count is e1)"),
        H("one National Guard brigade", "a unit"),
        H("1st Brigade Combat Team, 101st Airborne Division", "unit numbers"),
        H("Squadron-261", "unit number"),
    ])

# ---------------------------------------------------------------- Nigeria 2014 (VOA): Boko Haram attack on Buni Yadi
BUNI_YADI = L("the town of Buni Yadi", "NGA", "Yobe", 11.27, 12.0, 1)
ANN["voa_2014_05_27_nigeria_buni_yadi"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("NGA", "Nigerian"), civilian=False,
             count=C("At least 45", num="45", value=45, low=45, qualifier="at least"), location=BUNI_YADI,
             date=D("2014-05-26", "late Monday", derived_from_context=True), source=None, is_total=True,
             trigger=T("are dead"),
             notes=("'At least 45 Nigerian security personnel are dead after gunmen believed to be Boko Haram militants "
                    "attacked the town of Buni Yadi.' -> soldiers and police -> civilian false; total of e2 and e3 "
                    "(24 + 21 = 45). 'late Monday' (next sentence; Monday before a Tuesday story) -> 26 May 2014 "
                    "(derived). Publication date inferred (see articles.jsonl).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("NGA"), civilian=False, count=C("24", value=24),
             location=BUNI_YADI, date=D("2014-05-26", "late Monday", derived_from_context=True),
             source=S("A source with Nigeria's Joint Task Force tells"), part_of="e1", trigger=T("confirmed dead"),
             notes="'A source with Nigeria's Joint Task Force tells VOA's Hausa Service that 24 soldiers and 21 police officers were confirmed dead following the attack.' -> part of e1."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("NGA"), civilian=False, count=C("21", value=21),
             location=BUNI_YADI, date=D("2014-05-26", "late Monday", derived_from_context=True),
             source=S("A source with Nigeria's Joint Task Force tells"), part_of="e1", trigger=T("confirmed dead"),
             notes="'... and 21 police officers ...' -> part of e1; police -> civilian false."),
        dict(id="e4", type="presence", actor=A("Boko Haram", "Boko Haram", at="Boko Haram militants"), civilian=False,
             count=C("Hundreds", value=None, low=200, approx=True, qualifier="hundreds"), location=BUNI_YADI,
             date=D("2014-05-26", "late Monday"), source=None, trigger=T("stormed"),
             notes=("'Hundreds of gunmen on trucks and motorcycles stormed the town in northeastern Yobe state late "
                    "Monday.' -> the attacking force (presence); 'gunmen believed to be Boko Haram militants' -> Boko "
                    "Haram (as 'suspected Taliban' -> Taliban).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None, count=C("130", value=130),
             location=L("the city of Jos", "NGA", "Plateau", 9.9, 8.86, 1),
             date=D("2014-05-19/2014-05-25", "last week"), source=None, trigger=T("killed", at="last week killed"),
             notes="'The twin bombings in the city of Jos last week killed 130 people, ...' -> background attack; 'last week' -> the previous Monday-Sunday."),
        dict(id="e6", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("more than 200", num="200", value=200, low=200, qualifier="more than"),
             location=L("a school in the village of Chibok", "NGA", "Borno", 10.87, 12.84, 1),
             date=D("2014-04", "last month"), source=None, trigger=T("kidnapped", at="kidnapped from"),
             notes=("'... and Boko Haram continues to hold more than 200 schoolgirls kidnapped from a school in the "
                    "village of Chibok last month.' -> captured (hostages still held); schoolgirls -> civilian true, "
                    "NGA by plain implication. 'last month' -> April 2014 (the kidnapping).")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands"), location=None,
             date=D("2009-05-27/2014-05-27", "over the past five years", approx=True), source=None, cumulative=True,
             trigger=T("have killed", at="have killed thousands"),
             notes=("'The Islamist radicals have killed thousands of people over the past five years in attacks on "
                    "schools, churches, mosques, bus stations and other public places.' -> running total (cumulative); "
                    "'over the past five years' -> publication minus five years to publication (approx). Bare "
                    "'people' -> actor and civilian null. No place in the sentence -> null.")),
    ],
    hard_negatives=[
        H("There has been no word on civilian casualties", "no casualty claim"),
        H("an armored tank and many vehicles", "things"),
        H("The twin bombings", "incidents"),
    ])

# ---------------------------------------------------------------- Somalia 2016 (VOA Learning English): al-Shabab attacks
ANN["voa_2016_03_05_somalia_al_shabab_attacks"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(["SOM", "al-Shabab"]), civilian=None,
             count=C("16", value=16), location=L("Somalia", "SOM", None, None, None, 4),
             date=D("2016-03-01", "on Tuesday", derived_from_context=True), source=S("Witnesses and officials say"),
             is_total=True, trigger=T("died", at="16 people died"),
             notes=("'Witnesses and officials say 16 people died and at least 10 others were wounded in attacks.' -> "
                    "total of the day's attacks: four soldiers (e3) + at least five in Galmudug (e5) + seven militants "
                    "(e6) = 16 -> a toll covering both sides -> list actor. 'on Tuesday' (first sentence) in a Saturday "
                    "item -> 1 March 2016 (derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 10 others", num="10", value=10, low=10, qualifier="at least"),
             location=L("Somalia", "SOM", None, None, None, 4), date=D("2016-03-01", "on Tuesday", derived_from_context=True),
             source=S("Witnesses and officials say"), is_total=True, trigger=T("were wounded", at="others were wounded"),
             notes="'... and at least 10 others were wounded in attacks.' -> total of the wounded; its only itemized part is e4 (two soldiers)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("Four", value=4, at="Four government"), location=L("outside Mogadishu", "SOM", "Banaadir", 2.05, 45.3, 2),
             date=D("2016-03-01", "on Tuesday", derived_from_context=True), source=None, part_of="e1",
             trigger=T("died", at="soldiers died"),
             notes=("'Four government soldiers died when a land mine exploded outside Mogadishu. They were part of "
                    "aconvoy of three vehicles going from Mogadishu to Afgoye.' -> part of e1; government soldiers -> "
                    "SOM. 'aconvoy' (lost space) is kept as stored.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("SOM"), civilian=False,
             count=C("two other soldiers", num="two", value=2), location=L("outside Mogadishu", "SOM", "Banaadir", 2.05, 45.3, 2),
             date=D("2016-03-01", "on Tuesday", derived_from_context=True), source=None, part_of="e2",
             trigger=T("hurt"), notes="'The explosion hurt two other soldiers.' -> part of e2."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(["al-Shabab", "SOM"]), civilian=None,
             count=C("At least five others", num="five", value=5, low=5, qualifier="at least"),
             location=L("El-Abdi village, 60 kilometers north of Harardhere", "SOM", "Mudug", 5.08, 47.86, 2),
             date=D("2016-03-01", "on Tuesday", derived_from_context=True), source=None, part_of="e1",
             trigger=T("were killed", at="five others were killed"),
             notes=("'At least five others were killed in fights between Al-Shabab militants and local security forces "
                    "in Somalia’s central Galmudug region. The Galmudug forces attacked an Al-Shabab base in El-Abdi "
                    "village, 60 kilometers north of Harardhere.' -> side not stated in a fight of two sides -> list "
                    "actor; place: the village of the next sentence (an offset from Harardhere, precision 2; the point "
                    "is an estimate).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("al-Shabab", "Al-Shabab", at="seven Al-Shabab"),
             civilian=False, count=C("seven", value=7, at="seven Al-Shabab"),
             location=L("40 kilometers west of Kismayo", "SOM", "Lower Juba", -0.36, 42.18, 2),
             date=D("2016-03-01", "on Tuesday", derived_from_context=True),
             source=S("A spokesman for the southeastern part of Somalia said"), part_of="e1",
             trigger=T("were killed", at="militants were killed"),
             notes="'A spokesman for the southeastern part of Somalia said seven Al-Shabab militants were killed during a battle 40 kilometers west of Kismayo.' -> part of e1."),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 30", num="30", value=30, low=30, qualifier="at least"),
             location=L("the city of Baidoa", "SOM", "Bay", 3.11, 43.65, 1),
             date=D("2016-02-27/2016-02-29", "Over the weekend and into Monday"), source=None,
             trigger=T("killed", at="Al-Shabab killed"),
             notes=("'Over the weekend and into Monday, Al-Shabab killed at least 30 people by car bombs and suicide "
                    "attacks. The attacks came in the city of Baidoa ...' -> 'over the weekend' = the Saturday-Sunday "
                    "before publication (section 10) plus Monday -> 27-29 February 2016. Bare 'people' -> actor and "
                    "civilian null.")),
        dict(id="e8", type="casualty", outcome="killed", actor=A(None), civilian=None, count=C("25", value=25),
             location=L("Mogadishu", "SOM", "Banaadir", 2.04, 45.34, 1, at="Mogadishu last week"),
             date=D("2016-02-22/2016-02-28", "last week", derived_from_context=True), source=None, trigger=T("kill", at="kill 25"),
             notes="'Al-Shabab took responsibility for two explosions in Mogadishu last week. The blasts combined to kill 25 people and wound 60 others.' -> place and 'last week' (the previous Monday-Sunday) from the previous sentence (derived)."),
        dict(id="e9", type="casualty", outcome="wounded", actor=A(None), civilian=None, count=C("60 others", num="60", value=60),
             location=L("Mogadishu", "SOM", "Banaadir", 2.04, 45.34, 1, at="Mogadishu last week"),
             date=D("2016-02-22/2016-02-28", "last week", derived_from_context=True), source=None, trigger=T("wound", at="wound 60"),
             notes="'... and wound 60 others.' -> same blasts as e8."),
    ],
    hard_negatives=[
        H("three vehicles", "vehicles"),
        H("two explosions", "incidents"),
    ])

# ---------------------------------------------------------------- Syria 2016 (VOA newscast): Aleppo airstrikes, Manbij hostages freed
ANN["voa_2016_08_13_syria_aleppo_manbij_newscast"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least 18", num="18", value=18, low=18, qualifier="at least"),
             location=L("Syria's northern Aleppo province", "SYR", "Aleppo", None, None, 3),
             date=D("2016-08-12", "Friday"), source=None, is_total=True, trigger=T("were killed"),
             notes=("'At least 18 people were killed in Syria's northern Aleppo province Friday when airstrikes hit "
                    "opposition areas, including a village, a hospital and a market.' -> bare 'people' -> actor and "
                    "civilian null; Friday before a Saturday broadcast = 12 August 2016; total with one part (e2).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("SYR"), civilian=True,
             count=C("two staffers", num="two", value=2),
             location=L("the only hospital for women and children in the town of Kafr Hamra", "SYR", "Aleppo", 36.27, 37.08, 1),
             date=D("2016-08-12", "Friday", derived_from_context=True), source=None, part_of="e1", trigger=T("killing", at="killing two"),
             notes=("'The air raids hit the only hospital for women and children in the town of Kafr Hamra, killing two "
                    "staffers.' -> hospital staff -> civilian true; Syrians by plain implication; part of e1 (the "
                    "hospital is one of the targets listed). Kafr Hamra's coordinates are the annotator's estimate.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("SYR"), civilian=True,
             count=C("more than 2,000", num="2,000", value=2000, low=2000, qualifier="more than"),
             location=L("Manbij", "SYR", "Aleppo", 36.53, 37.95, 1, at="Manbij near"), date=D(None),
             source=S("[Shafra] Sharfan Darwish, that is, of the SDF-allied Manbij Military Council said"), released=True,
             trigger=T("freed"),
             notes=("'[Shafra] Sharfan Darwish, that is, of the SDF-allied Manbij Military Council said the U.S.-backed "
                    "forces had also freed more than 2,000 civilian hostages whom Islamic State had been using as human "
                    "shields.' -> hostages freed (captured, released true; GUIDELINES 2); civilians of Manbij -> SYR by "
                    "plain implication. The text gives no day for the capture of the city or the release -> date null. "
                    "The broadcast's spoken correction '[Shafra] ..., that is,' is kept in the source span.")),
    ],
    hard_negatives=[
        H("300,000 residents", "civilians besieged, not casualties or a force"),
        H("the last Islamic State militants in the city fled", "no count"),
        H("Hafiz Sayed Khan was killed", "a named individual, no count"),
    ])

# ---------------------------------------------------------------- Afghanistan/Syria/France 2017 (VOA newscast): Mazar base, Uzbeki, Paris
ANN["voa_2017_04_22_afghanistan_mazar_paris_newscast"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="50 Afghan"), civilian=False,
             count=C("At least 50", num="50", value=50, low=50, qualifier="at least"),
             location=L("the base in Mazar-i-Sharif", "AFG", "Balkh", 36.71, 67.11, 1), date=D(None), source=None,
             trigger=T("have been killed"),
             notes=("'At least 50 Afghan soldiers have been killed in a Taliban attack on a dining hall in a mosque at a "
                    "military base in northern Afghanistan.' -> place from the third sentence ('launched the raid at "
                    "the base in Mazar-i-Sharif'). The newscast gives no day for the attack -> date null. 'the number "
                    "of casualties is far higher' and 'the death toll is expected to rise' carry no count.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("Taliban", "attackers", at="the attackers were"),
             civilian=False, count=C("seven of the attackers", num="seven", value=7),
             location=L("the base in Mazar-i-Sharif", "AFG", "Balkh", 36.71, 67.11, 1), date=D(None), source=None,
             trigger=T("were killed", at="attackers were killed"),
             notes=("'Afghan commandos deployed during the attack and seven of the attackers were killed, two others blew "
                    "themselves up and one was captured.' -> the attackers are the 'Taliban fighters' of the previous "
                    "sentences -> Taliban. The two who blew themselves up are out of scope (hard negative); the "
                    "commandos 'deployed' have no count.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("Taliban"), civilian=False,
             count=C("one", value=1, at="one was captured"),
             location=L("the base in Mazar-i-Sharif", "AFG", "Balkh", 36.71, 67.11, 1), date=D(None), source=None,
             trigger=T("was captured"), notes="'... and one was captured.' -> one attacker captured (Taliban)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ISIS", "Islamic State", at="Islamic State terror group leader"),
             civilian=False, count=C("a top Islamic State terror group leader", num="a", value=1),
             location=L("near the city of Mayadin [on] in eastern Syria", "SYR", "Deir ez-Zor", 35.02, 40.45, 2),
             date=D("2017-04-06", "on April 6", derived_from_context=True), source=S("U.S. military officials say"),
             trigger=T("killed", at="killed a top"),
             notes=("'U.S. military officials say American [droun] ground troops, that is, killed a top Islamic State "
                    "terror group leader tied to the deadly New Year's Eve attack on an Istanbul nightclub.' -> value 1; "
                    "the next sentence names him and gives the operation's place and day ('near the city of Mayadin "
                    "[on] in eastern Syria on April 6'; derived). The spoken corrections '[droun]' and '[on]' are kept. "
                    "'confirmed the death of Abdurakhmon Uzbeki' names him without a count (hard negative).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("FRA", "French", at="French police"), civilian=False,
             count=C("a fallen colleague", num="a", value=1), location=None, date=D("2017-04-20", "Thursday"), source=None,
             trigger=T("killed", at="killed Thursday"),
             notes=("'French police gathered at the Trocadero and on the Champs-Élysées Friday night to remember a fallen "
                    "colleague killed Thursday in a shooting.' -> a police officer (civilian false). The Trocadero and "
                    "the Champs-Élysées are where the police gathered, not where he was shot (the text does not say) "
                    "-> location null (close call). Thursday before a Saturday broadcast = 20 April 2017. 'Xavier "
                    "Jugélé' and 'He was shot to death' restate him by name (hard negative).")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("FRA"), civilian=False,
             count=C("Two other officers", num="Two", value=2), location=None,
             date=D("2017-04-20", "Thursday night", derived_from_context=True), source=None, trigger=T("were wounded"),
             notes="'Two other officers were wounded before Cheurfi was killed by police.' -> French police (FRA); same shooting, Thursday night (previous sentence, derived)."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("militants", "attacker", at="an attacker"), civilian=False,
             count=C("an attacker", num="an", value=1), location=None,
             date=D("2017-04-20", "Thursday night"), source=None, trigger=T("was killed by police"),
             notes=("'He was shot to death Thursday night by an attacker identified as Karim Cheurfi. Two other officers "
                    "were wounded before Cheurfi was killed by police.' -> the attacker, introduced with a singular "
                    "determiner, was killed by police (not a suicide) -> killed, value 1, the count being the "
                    "introducing phrase 'an attacker' (close call: the killing clause names him without a count word; "
                    "the same reading is used for the Streatham attacker in this set). Unnamed group -> generic "
                    "'militants' (section 10).")),
    ],
    hard_negatives=[
        H("two others blew themselves up", "deaths of suicide attackers"),
        H("Afghan commandos deployed", "deployment without a count"),
        H("confirmed the death of Abdurakhmon Uzbeki", "e4 named, no count"),
        H("About 100 officers stood in silence", "police at a memorial gathering, not a force deployed or operating"),
        H("the deadly New Year's Eve attack", "no count"),
    ])

# ---------------------------------------------------------------- Mali 2017 (VOA): three peacekeepers killed near Anefis
MALI_ROAD = L("the road between the city of Gao and the village of Anefis", "MLI", None, 17.16, 0.28, 2)
ANN["voa_2017_09_25_mali_gao_anefis"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN", "U.N.", at="U.N. peacekeepers"), civilian=False,
             count=C("At least three", num="three", value=3, low=3, qualifier="at least"), location=MALI_ROAD, date=D(None),
             source=S("the U.N. mission to the country said"), reported_date="2017-09-24", trigger=T("were killed"),
             notes=("'At least three U.N. peacekeepers were killed in Mali's troubled north, the U.N. mission to the "
                    "country said Sunday.' -> the text gives only the reporting day (Sunday before the Monday allAfrica "
                    "date = 24 September 2017) -> date null, reported_date. Place from the next sentence ('the road "
                    "between the city of Gao and the village of Anefis'): a road of about 200 km between two regions "
                    "-> precision 2 at the annotator's estimate of its middle, admin1 null (Gao and Kidal regions).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("UN"), civilian=False,
             count=C("another five", num="five", value=5), location=MALI_ROAD, date=D(None), source=S("MINUSMA said"),
             reported_date="2017-09-24", trigger=T("wounded", at="attack wounded"),
             notes=("'MINUSMA said its vehicle hit an explosive device on the road between the city of Gao and the "
                    "village of Anefis. The attack wounded another five peacekeepers.' -> 'another' = additional (value "
                    "5); the paragraph reports MINUSMA's statement (source resolved to it).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UN"), civilian=False,
             count=C("More than 100", num="100", value=100, low=100, qualifier="more than"),
             location=L("Mali", "MLI", None, None, None, 4, at="Mali, making"), date=D(None), source=None, cumulative=True,
             trigger=T("have been killed"),
             notes=("'More than 100 peacekeepers have been killed in Mali, making it the most deadly of the 16 United "
                    "Nations global peacekeeping operations.' -> running total of the UN mission with no start date in "
                    "the text -> cumulative, date null (as set (v)'s 71 reporters).")),
    ],
    hard_negatives=[
        H("the 16 United Nations global peacekeeping operations", "missions, not people"),
    ])

# ---------------------------------------------------------------- USA 2019: El Paso Walmart shooting (domestic terrorism)
EL_PASO = L("a Walmart store in the U.S. border city of El Paso, Texas", "USA", "Texas", 31.77, -106.38, 1)
ANN["wn_2019_08_08_usa_el_paso_shooting"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True, count=C("22", value=22),
             location=EL_PASO, date=D("2019-08-03", "On Saturday morning"), source=S("reported officials"),
             is_total=True, trigger=T("death toll"),
             notes=("'On Saturday morning, a gunman shot shoppers at a Walmart store in the U.S. border city of El Paso, "
                    "Texas, with the death toll rising to 22 people on Monday, reported officials, with 25 others "
                    "injured.' -> shoppers -> civilian true; victims of two nationalities -> actor null (the Mexican "
                    "part is e3/e5). The event date is the shooting (Saturday before a Thursday story = 3 August 2019); "
                    "'on Monday' is when the toll reached 22 (not a separate earlier toll in the text). The attack is "
                    "investigated as domestic terrorism, so it is in scope; the other mass shootings of the last "
                    "paragraph are not said to be terrorism or conflict (hard negatives; close call).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("25 others", num="25", value=25), location=EL_PASO, date=D("2019-08-03", "On Saturday morning"),
             source=S("reported officials"), is_total=True, trigger=T("injured", at="others injured"),
             notes="'... with 25 others injured.' -> total of the wounded, with a Mexican part (e4)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("MEX", "Mexican", at="Mexican nationals"), civilian=True,
             count=C("six", value=6, at="six Mexican"), location=EL_PASO,
             date=D("2019-08-03", "On Saturday morning", derived_from_context=True),
             source=S("According to Mexican President Andrés Manuel López Obrador"), part_of="e1",
             trigger=T("were killed", at="nationals were killed"),
             notes="'According to Mexican President Andrés Manuel López Obrador, six Mexican nationals were killed in the attack, and seven more were injured.' -> part of e1."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("MEX", "Mexican", at="Mexican nationals"), civilian=True,
             count=C("seven more", num="seven", value=7), location=EL_PASO,
             date=D("2019-08-03", "On Saturday morning", derived_from_context=True),
             source=S("According to Mexican President Andrés Manuel López Obrador"), part_of="e2",
             trigger=T("were injured", at="more were injured"),
             notes="'... and seven more were injured.' -> seven more Mexicans ('more' = additional), part of e2."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("MEX", "Mexicans", at="eight Mexicans"), civilian=True,
             count=C("eight", value=8, at="eight Mexicans"), location=EL_PASO,
             date=D("2019-08-03", "On Saturday morning", derived_from_context=True),
             source=S("Another report from the Mexican government during the weekend said"), part_of="e1",
             trigger=T("died", at="Mexicans died"),
             notes=("'Another report from the Mexican government during the weekend said eight Mexicans died in the "
                    "attack.' -> a different figure from another report -> its own event (GUIDELINES 6), also part of "
                    "e1.")),
    ],
    hard_negatives=[
        H("a gunman", "the single attacker, not a force"),
        H("the suspected gunman surrendered himself", "the single suspect's surrender, no count word"),
        H("six minutes later", "time"),
        H("five miles (eight kilometers)", "distance"),
        H("21-year-old", "age"),
        H("four deadly mass shootings", "incidents"),
        H("killing three", "a mass shooting at Gilroy not described as terrorism or conflict (GUIDELINES 2 scope; close call)"),
        H("at least five died", "a mass shooting at Chippewa Falls not described as terrorism or conflict (close call)"),
        H("ten people died", "a mass shooting at Dayton not described as terrorism or conflict (close call)"),
        H("four or more people are killed or injured", "a definition"),
    ])

# ---------------------------------------------------------------- Afghanistan 2019 (VOA): UN civilian casualty milestone, Balkh raid
BALKH = L("the northern Balkh province", "AFG", "Balkh", None, None, 3)
ANN["voa_2019_12_26_afghanistan_balkh_un_casualties"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="casualties", actor=A("AFG"), civilian=True,
             count=C("more than 100,000", num="100,000", value=100000, low=100000, qualifier="more than"),
             location=L("Afghanistan", "AFG", None, None, None, 4), date=D("2009-12-26/2019-12-26", "in the past ten years"),
             source=S("The United Nations says"), cumulative=True, trigger=T("has killed or injured"),
             alt_mentions=[S("100,000", at="surpassed 100,000")],
             notes=("'The United Nations says the war in Afghanistan has killed or injured more than 100,000 civilians in "
                    "the past ten years ...' -> killed or injured together, kind not separated -> outcome casualties; "
                    "running total (cumulative); 'in the past ten years' -> publication minus ten years to publication "
                    "(Yamamoto's quote starts it in 2009, which fits). Afghan civilians by plain implication. The "
                    "quote's 'civilian casualties recently surpassed 100,000' restates the figure (alt_mention).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="10 Afghan"), civilian=False,
             count=C("at least 10", num="10", value=10, low=10, qualifier="at least"), location=BALKH,
             date=D("2019-12-26", "Thursday"), source=None, hedge="reportedly", trigger=T("killed", at="reportedly killed"),
             notes=("'The announcement comes as Taliban insurgents in a pre-dawn attack Thursday in the northern Balkh "
                    "province reportedly killed at least 10 Afghan soldiers.' -> Thursday in a Thursday story = "
                    "publication day; 'reportedly' -> hedge (no speaker).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("only six", num="six", value=6), location=L("Balkh", "AFG", "Balkh", None, None, 3, at="Balkh targeted"),
             date=D("2019-12-26", "Thursday’s"), source=S("The Afghan Defense Ministry said"), trigger=T("confirmed the death"),
             notes=("'The Afghan Defense Ministry said Thursday’s insurgent raid in Balkh targeted a military base and "
                    "confirmed the death of only six soldiers, saying three others were wounded in it.' -> a different "
                    "figure from a different source -> its own event; 'only' is not a bound (as set (u)'s 'only 2').")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("AFG"), civilian=False,
             count=C("three others", num="three", value=3), location=L("Balkh", "AFG", "Balkh", None, None, 3, at="Balkh targeted"),
             date=D("2019-12-26", "Thursday’s"), source=S("The Afghan Defense Ministry said"), trigger=T("were wounded"),
             notes="'... saying three others were wounded in it.' -> soldiers of the same base (AFG)."),
    ],
    hard_negatives=[
        H("the 18-year-old hostilities", "age of the war"),
        H("in the past 10 years alone", "period"),
    ])

# ---------------------------------------------------------------- UK 2020: Streatham knife attack, attacker shot dead
STREATHAM = L("Streatham High Road, London", "GBR", "England", 51.43, -0.13, 2)
ANN["wn_2020_02_05_uk_streatham_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("a man and two women", value=3, qualifier="conjunction"), location=STREATHAM,
             date=D("2020-02-02", "On Sunday", derived_from_context=True), source=None, hedge="Reportedly",
             trigger=T("injured", at="he injured"), alt_mentions=[S("Two women and a man")],
             notes=("'Reportedly he injured a man and two women on Streatham High Road, London.' -> coordinated phrases "
                    "(1 + 2 = 3, qualifier 'conjunction'); 'women' and passers-by -> civilian true; nationality not "
                    "stated -> actor null. 'Reportedly' -> hedge. 'Two women and a man were injured, according to the "
                    "reports' restates them (alt_mention); the condition of each ('The man was briefly listed in "
                    "critical condition', 'A woman had minor injuries', 'the remaining woman') is a breakdown (hard "
                    "negatives). Sunday before a Wednesday story = 2 February 2020 (previous sentence, derived).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("a man", num="a", value=1), location=STREATHAM, date=D("2020-02-02", "On Sunday"),
             source=S("according to witness accounts and authorities"), trigger=T("shot him dead"),
             notes=("'On Sunday in London, England, according to witness accounts and authorities, a man wearing a fake "
                    "suicide vest entered a store, grabbed a large knife, ran outside with it and began to stab people. "
                    "... The officers eventually shot him dead, reportedly outside a Boots store ...' -> the attacker, "
                    "introduced with a singular determiner, killed by police (not a suicide: the vest was fake) -> "
                    "killed, value 1, with the introducing phrase as the count (close call: the killing clause has only "
                    "'him'; the same reading is used for the Paris attacker). Declared 'terrorist-related', unnamed "
                    "group -> generic 'militants', civilian false. Place: the road of the attack (the Boots store is on "
                    "it; precision 2).")),
    ],
    hard_negatives=[
        H("a man with a machete", "the attacker in an eyewitness quote (restatement)"),
        H("The man was then shot", "restatement of e2"),
        H("three gunshots", "shots"),
        H("The man was briefly listed in critical condition", "condition of one of e1's wounded"),
        H("A woman had minor injuries", "condition of one of e1's wounded"),
        H("the remaining woman", "condition of one of e1's wounded"),
        H("a week ago", "date"),
        H("13 separate terror offenses", "offences"),
        H("half his sentence", "a proportion of a sentence"),
    ])

# -*- coding: utf-8 -*-
"""Hand annotations. Spans are NOT written here: build.py finds every surface string in the text.

A surface is located by its first occurrence at or after the anchor string `at` (the anchor itself must
occur once, first occurrence used); without `at`, the first occurrence in the text.
Country codes ISO 3166-1 alpha-3; coordinates are the annotator's knowledge, 2 decimals.
"""

KP = "Khyber Pakhtunkhwa"

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

# ---------------------------------------------------------------- Thailand 2005
STH = L("southern Thailand", "THA", None, None, None, 3)
ANN["voa_2005_09_23_thailand_south_marines_killed"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("THA", "Thai", at="two Thai marines"),
             civilian=False, count=C("two", value=2, at="two Thai marines"), location=STH,
             date=D("2005-09-21", "just two days after"), source=None,
             alt_mentions=[S("two", at="two Marines")],
             notes=("'the brutal killing of two Thai marines by unidentified assailants'; restated by the correspondent as "
                    "'the killing of two Marines just two days ago' (alt mention). 'just two days after' in a story dated "
                    "Friday 23 Sept 2005 -> 21 Sept. The text places the killing only in 'southern Thailand' / 'the restive, "
                    "predominantly Muslim region' (region, no point).")),
        dict(id="e2", type="presence", actor=A("THA"), civilian=False,
             count=C("up to 20,000", num="20,000", value=20000, high=20000, approx=True, qualifier="up to"),
             location=STH, date=D(None), source=None, hedge="It's estimated",
             notes=("'It's estimated up to 20,000 soldiers have been based here': troops stationed in the region the "
                    "correspondent is in ('southern Thailand', lede). Thai soldiers (actor from context, no adjective). "
                    "Unattributed estimate -> hedge. No time expression (current at the time of the report) -> date null.")),
    ],
    hard_negatives=[
        H("about 100 years ago", "time expression (how long ago), not a count of people"),
        H("three key areas of Malaysia", "count of areas (territory)"),
        H("several phases", "count of phases of the conflict, not people"),
        H("a bombing in Narathiwat", "incident with no casualty count"),
        H("many people going to Friday prayers", "worshippers, not troops or casualties; no quantity"),
        H("a lot of roadblocks", "count of roadblocks, no head count"),
    ])

# ---------------------------------------------------------------- Pakistan 2009
RAZ = L("an army camp in Razmak", "PAK", KP, 32.69, 69.83, 1)
ORK = L("the Orakzai region", "PAK", KP, None, None, 3)
MON = D("2009-09-28", "Monday", at="In other violence Monday")
MON_CTX = D("2009-09-28", "Monday", at="In other violence Monday", derived_from_context=True)
ANN["voa_2009_09_29_pakistan_bannu_razmak_orakzai"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("five", value=5, at="killed five people"),
             location=L("a police checkpoint outside the town of Bannu", "PAK", KP, 32.99, 70.60, 2),
             date=D("2009-09-28", "Monday"), source=None,
             notes=("'A suicide car bomber ... killed five people Monday, including a prominent pro-government tribal leader': "
                    "bare 'people' -> actor null, civilian null. Place from the next sentence (near a police checkpoint outside "
                    "the town of Bannu -> precision 2). 'Monday' in a story dated 29 Sept 2009 (URL) = 28 Sept. The bomber's own "
                    "death is out of scope.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK", "Pakistani", at="one Pakistani soldier"),
             civilian=False, count=C("one", value=1, at="one Pakistani soldier"), location=RAZ, date=MON, source=None,
             notes="Rocket attack on an army camp in Razmak (North Waziristan), Monday 28 Sept 2009."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("PAK", "Pakistani", at="one Pakistani soldier"),
             civilian=False, count=C("at least five", num="five", value=5, low=5, qualifier="at least", at="at least five others"),
             location=RAZ, date=MON, source=None,
             notes="Elliptical: 'one Pakistani soldier was killed and at least five others [soldiers] wounded'."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="12 insurgents"),
             civilian=False, count=C("at least 12", num="12", value=12, low=12, qualifier="at least"),
             location=L("Razmak", "PAK", KP, 32.69, 69.83, 1, at="an army camp in Razmak"), date=MON_CTX, source=None,
             notes=("'The military responded by firing heavy artillery, killing at least 12 insurgents': the response to the "
                    "Razmak attack; place and day from the previous sentence (the town, not the camp).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="Taliban hideouts"),
             civilian=False, count=C("at least six", num="six", value=6, low=6, qualifier="at least"),
             location=ORK, date=MON_CTX, source=None,
             notes=("Gunships 'pounded Taliban hideouts, killing at least six militants': the militants are the occupants of "
                    "the Taliban hideouts -> actor Taliban. The paragraph has no time expression; it continues the list of "
                    "Monday's violence ('In other violence Monday'), so the day is taken from context.")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("Taliban", "Taliban", at="Taliban hideouts"),
             civilian=False, count=C("several", value=None, low=3, approx=True, qualifier="several", at="several others"),
             location=ORK, date=MON_CTX, source=None,
             notes="'wounding several others' (militants) in the same Orakzai strikes."),
    ],
    hard_negatives=[
        H("a prominent pro-government tribal leader", "identity of one of the five already counted, not a separate count"),
        H("hundreds of families", "displaced people (families fleeing South Waziristan)"),
        H("a new military offensive", "anticipated operation with no quantity"),
        H("military helicopter gunships", "equipment, no head count"),
    ])

# ---------------------------------------------------------------- Myanmar 2012
KAC = L("northern Kachin state", "MMR", "Kachin", None, None, 3)
WEEK = D("2012-04-27/2012-05-04", "during the past week")
ANN["voa_2012_05_04_myanmar_kachin_clashes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Kachin Independence Army"), civilian=False,
             count=C("29", value=29), location=KAC, date=WEEK, source=S("Burmese state media said"),
             notes=("'29 ethnic rebels': the next sentence identifies the rebels in these clashes as members of the Kachin "
                    "Independence Army -> actor from context. 'during the past week' in a Friday 4 May 2012 story -> "
                    "27 April - 4 May, which matches 'the clashes began on April 27'.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("MMR", "government", at="two government troops"),
             civilian=False, count=C("two", value=2, at="two government troops"), location=KAC, date=WEEK,
             source=S("Burmese state media said"),
             notes="'two government troops' (Myanmar army), same state-media claim."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("Kachin Independence Army", "KIA", at="one KIA member"),
             civilian=False, count=C("one", value=1, at="one KIA member"), location=KAC,
             date=D("2012-04-27/2012-05-04", "during the past week", derived_from_context=True),
             source=S("The state-run New Light of Myanmar"), released=False,
             notes=("'It said one KIA member was captured alive': the pronoun resolved to 'The state-run New Light of Myanmar' "
                    "(previous sentence). No day for the capture; the period of the clashes is taken from the lede.")),
    ],
    hard_negatives=[
        H("At least 60,000 people", "displaced people"),
        H("a 17-year cease-fire", "duration"),
        H("both sides had suffered losses", "casualties with no quantity"),
    ])

# ---------------------------------------------------------------- Pakistan 2017
KUR = L("Kurram Agency, a tribal district near the Afghan border", "PAK", KP, None, None, 3)
TUE = D("2017-04-25", "Tuesday", derived_from_context=True)
ANN["voa_2017_04_25_pakistan_kurram_roadside_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 14", num="14", value=14, low=14, qualifier="at least"), location=KUR, date=TUE, source=None,
             notes=("'A roadside bomb has killed at least 14 people': the next sentence says the attack targeted a passenger "
                    "minibus and 'women and children were among the victims' -> civilian true (mixed toll of passengers); bare "
                    "'people' -> actor null. Place and day ('Tuesday’s attack in Kurram Agency') from the next sentence; "
                    "Tuesday = 25 April 2017 = publication day.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=True,
             count=C("nine", value=9, at="nine others"), location=KUR, date=TUE, source=None,
             notes="'wounded nine others' (minibus passengers, among them census workers and security personnel, see e3)."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("PAK"), civilian=None,
             count=C("four", value=4, at="four members of a census team"), location=KUR, date=TUE,
             source=S("Local administration officials confirmed"), part_of="e2",
             notes=("'four members of a census team, including security personnel, were among those wounded': a breakdown of "
                    "the nine wounded (part_of e2). Pakistani government census workers and their guards -> actor PAK from "
                    "context; mixed civilians and security personnel -> civilian null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 20", num="20", value=20, low=20, qualifier="more than"),
             location=L("Parachinar, the administrative center of the tribal region", "PAK", KP, 33.90, 70.10, 1),
             date=D("2017-03", "In March"), source=None,
             notes="Earlier bombing near a Shi’ite worship place in Parachinar, March 2017 ('more than 20 people'; bare 'people')."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("PAK", "Pakistanis", at="thousands of Pakistanis"),
             civilian=None, count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands"),
             location=L("Pakistan", "PAK", None, None, None, 4, at="Extremists from Pakistan"),
             date=D(None, "in recent years"), source=None, cumulative=True,
             notes=("'The sectarian violence has claimed lives of thousands of Pakistanis in recent years': a running total. "
                    "'thousands' -> low 2000 (by analogy with 'hundreds' -> 200 and the blind set's 'a few thousand'). "
                    "'in recent years' is too vague to resolve: date value null, surface kept. Place: the country named in "
                    "the previous sentence ('Pakistan’s majority Sunni Muslim population').")),
    ],
    hard_negatives=[
        H("four members of the Pakistani Taliban", "judicial executions of convicted militants after a military-court sentence, not a battle casualty"),
        H("dispatched helicopters", "equipment sent for evacuation, no head count"),
        H("women and children were among the victims", "breakdown without numbers of people already counted"),
    ])

# ---------------------------------------------------------------- Afghanistan 2017 (US Army)
ANN["army_2017_04_27_afghanistan_bagram_3id_deployment"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("approximately 200", num="200", value=200, approx=True, qualifier="approximately"),
             location=L("Bagram Airfield", "AFG", "Parwan", 34.95, 69.27, 1),
             date=D("2017-06/2017-08", "summer 2017", approx=True),
             source=S("The Department of the Army announced"), planned=True,
             notes=("Announced (planned) summer 2017 deployment of about 200 soldiers of the 3rd Infantry Division "
                    "Headquarters. Destination: 'Afghanistan' in the sentence; the next sentence places the headquarters at "
                    "Bagram Airfield (most specific). Fort Stewart is the origin. 'summer 2017' -> 2017-06/2017-08 (season "
                    "convention, approx). US soldiers: actor from context, no adjective.")),
    ],
    hard_negatives=[
        H("3rd Infantry Division Headquarters", "unit designation, no head count", at="deployment of approximately"),
        H("1st Cavalry Division Headquarters", "unit being replaced (rotation out), unit designation, no head count"),
        H("The number one priority", "'number one' is a rank, not a count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2018 (DoD)
ANN["dod_2018_07_09_afghanistan_uruzgan_insider_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("USA", "U.S.", at="Two other U.S."), civilian=False,
             count=C("Two", value=2, at="Two other U.S."),
             location=L("the Tarin Kowt district of Afghanistan’s Uruzgan province", "AFG", "Uruzgan", None, None, 3),
             date=D("2018-07-07", "July 7", derived_from_context=True), source=S("Manning added"),
             notes=("'Two other U.S. service members were wounded during the attack': the insider attack in which Cpl. Joseph "
                    "Maciel was fatally wounded. His death is a named individual with no count word (GUIDELINES section 2), so "
                    "it is not an event. Day and place from the previous sentence ('died July 7 of wounds he suffered during "
                    "an apparent insider attack'; the text implies the same day). District -> precision 3, no point.")),
    ],
    hard_negatives=[
        H("the two U.S. Central Command service members", "total that mixes one conflict death (a named soldier) and one non-hostile death at sea; not annotated"),
        H("a sailor", "non-conflict death (injuries in small-boat operations in the Red Sea)", at="On July 8"),
        H("Task Force 1-28 Infantry", "unit designation; deployment with no head count"),
        H("24 hours", "duration"),
        H("12:45 p.m.", "time of day"),
    ])

# ---------------------------------------------------------------- Kashmir 2020
KSH = L("the disputed Himalayan region of Kashmir", "IND", "Jammu and Kashmir", None, None, 3)
MONTH = D("2020-04-04/2020-05-04", "in the past month")
ANN["voa_2020_05_04_kashmir_indian_soldiers_killed"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IND", "Indian", at="Three Indian"), civilian=False,
             count=C("Three", value=3), location=KSH,
             date=D("2020-05-04", "a day after a gun battle", derived_from_context=True), source=S("officials said"),
             notes=("'a day after a gun battle in which five were killed'; that battle is dated 'On May 3' later in the text "
                    "-> 4 May 2020 (= publication day). The region is disputed; the place is in India-administered Kashmir "
                    "(country IND, Indian union territory of Jammu and Kashmir), region -> precision 3.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IND", "Indian", at="five Indian soldiers"), civilian=False,
             count=C("five", value=5, at="On May 3, five"),
             location=L("India-administered Kashmir", "IND", "Jammu and Kashmir", None, None, 3),
             date=D("2020-05-03", "On May 3"), source=None,
             alt_mentions=[S("five", at="in which five")],
             notes=("The lede's 'a gun battle in which five were killed' is the summary of the fuller 'On May 3, five Indian "
                    "soldiers, including a high-ranking army officer, were killed in India-administered Kashmir' (primary, "
                    "GUIDELINES section 6); the lede's 'five' is an alt mention.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("militants", "militants", at="22 militants"), civilian=False,
             count=C("22", value=22), location=KSH, date=MONTH, source=None, cumulative=True,
             notes=("Running total of India's offensive: 'has killed 22 militants in the past month' -> interval publication "
                    "minus one month / publication day (by analogy with 'in the past 24 hours'). Unnamed militants -> generic "
                    "'militants'. Place: the Kashmir region of the lede.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("IND", "Indian", at="20 Indian soldiers"), civilian=False,
             count=C("20", value=20), location=KSH,
             date=D("2020-04-04/2020-05-04", "during the same period", derived_from_context=True),
             source=S("New Delhi said"), cumulative=True,
             notes="'20 Indian soldiers have been killed during the same period' = the past month of the previous sentence."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IND"), civilian=False,
             count=C("40", value=40), location=KSH, date=D("2019-02", "February 2019"), source=None,
             notes=("'since a militant suicide attack killed 40 paramilitary police in February 2019' (the Pulwama convoy "
                    "bombing): a real past toll given as a reference point, annotated as an event (not a hypothetical). "
                    "Indian paramilitary police (actor from context); police -> civilian false. The appositive reads as "
                    "VOA's own comparison, so the 'New Delhi said' attribution of the sentence is not carried over (source "
                    "null). Place: the article's Kashmir region (the attack is not located in the text).")),
    ],
    hard_negatives=[
        H("a high-ranking army officer", "identity of one of the five already counted, not a separate count"),
        H("two wars", "count of wars"),
    ])

# ---------------------------------------------------------------- Abbey Gate 2025
ABG = L("Abbey Gate", "AFG", "Kabul", 34.56, 69.21, 1)
ANN["dod_2025_08_26_afghanistan_abbey_gate_anniversary"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="13 brave U.S."), civilian=False,
             count=C("13", value=13), location=ABG, date=D("2021-08-26", "August 26, 2021"), source=None,
             alt_mentions=[S("13", at="the 13 fallen")],
             notes=("'honor the 13 brave U.S. service members who made the ultimate sacrifice' = killed (the next sentence: "
                    "'lost their lives in a suicide bombing'). Abbey Gate is a gate of Hamid Karzai International Airport, "
                    "Kabul. 'the 13 fallen service members' in the Secretary's quote is a restatement (alt mention).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="170 Afghan"), civilian=True,
             count=C("approximately 170", num="170", value=170, approx=True, qualifier="approximately"),
             location=ABG, date=D("2021-08-26", "August 26, 2021", derived_from_context=True), source=None,
             notes=("'a suicide bombing that also claimed approximately 170 Afghan civilians' = killed. Day and place from the "
                    "previous sentence. The bomber's own death is out of scope.")),
    ],
    hard_negatives=[
        H("the fourth anniversary", "ordinal of anniversaries, not a count of people"),
        H("the U.S. military's withdrawal from Afghanistan", "withdrawal with no quantity (no event type)"),
    ])

# -*- coding: utf-8 -*-
"""Gold annotations of set (q), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, districts whose centre is not known to
the annotator, regions and countries, as in sets (o) and (p)) and ACLED-style precision (1 a named town, city, site
or installation; 2 near a point, part of a city or an offset from a city; 3 province, district or region; 4 country
or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Somalia 2014 (VOA)
BULO = L("the town of Buloburde", "SOM", "Hiraan", 3.85, 45.57, 1)
OVERNIGHT = D("2014-03-18", "overnight", at="An overnight raid")
OVERNIGHT_D = D("2014-03-18", "overnight", at="An overnight raid", derived_from_context=True)
ANN["voa_2014_03_18_somalia_buloburde_hotel"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(["SOM", "AU"], "government and African Union"),
             civilian=False, count=C("11", at="killed 11", value=11), location=BULO, date=OVERNIGHT, source=None,
             is_total=True, trigger=T("killed", at="has killed 11"),
             notes=("'An overnight raid by militants in central Somalia has killed 11 government and African Union "
                    "soldiers ...' -> one toll for two sides of the same camp (Somali army and AMISOM) -> list actor "
                    "[SOM, AU] (GUIDELINES 3). Total of e3 (six Somalis) + e4 (five men from Djibouti) = 11. The raid's "
                    "place is given in the next sentence ('the attack in the town of Buloburde') -> location. Day: the "
                    "car bomb went off 'around 2:20 a.m. local time' of an overnight raid reported on Tuesday 18 March "
                    "2014 -> 2014-03-18. VOA's own voice (the next sentence attributes only the blame) -> source null. "
                    "The headline's 'Kill 6' is contradicted by the body (see articles.jsonl).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(["SOM", "AU"], "government and African Union"),
             civilian=False, count=C("at least 18", num="18", value=18, low=18, qualifier="at least"),
             location=BULO, date=OVERNIGHT, source=None, trigger=T("wounded", at="wounded at least"),
             notes=("'... and wounded at least 18 others' -> 'others' continues 'government and African Union soldiers' "
                    "-> same list actor, civilian false. Same place and day as e1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM", "Somalis"), civilian=False,
             count=C("six Somalis", num="six", value=6), location=BULO, date=OVERNIGHT_D,
             source=S("The governor of Somalia's Hiran region"), part_of="e1",
             trigger=T("dead", at="the dead soldiers"),
             notes=("'The governor of Somalia's Hiran region, who was at the hotel, says the dead soldiers include six "
                    "Somalis and five men from Djibouti who were part of AMISOM.' -> part of e1 (6 + 5 = 11). Source: "
                    "the speaker phrase (the reporting verb 'says' is not adjacent; the relative clause intervenes). "
                    "Place and day from e1 (derived).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("DJI", "Djibouti"), civilian=False,
             count=C("five men from Djibouti", num="five", value=5), location=BULO, date=OVERNIGHT_D,
             source=S("The governor of Somalia's Hiran region"), part_of="e1", actor_alt="AU",
             trigger=T("dead", at="the dead soldiers"),
             notes=("Same sentence as e3: 'five men from Djibouti who were part of AMISOM' -> the text names the "
                    "contingent itself, so the actor is DJI and the multinational force goes to actor_alt (AU) (close "
                    "call: the reverse of GUIDELINES' AU + actor_alt BDI, which applies when the count names the force). "
                    "Count phrase includes 'men from Djibouti' because the nationality is inside the noun phrase.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("al-Shabab", "al-Shabab", at="eight al-Shabab"),
             civilian=False, count=C("eight al-Shabab fighters", num="eight", value=8), location=BULO,
             date=OVERNIGHT_D, source=S("Abdi Farah Laqanyo also says"), trigger=T("killed", at="fighters were killed"),
             notes=("'Abdi Farah Laqanyo also says he believes eight al-Shabab fighters were killed in the attack, most "
                    "of whom he said were quickly taken away by the militants.' -> attackers killed (not suicide "
                    "attackers: the suicide driver is 'a man' and is a hard negative). Abdi Farah Laqanyo is the Hiran "
                    "governor of the previous sentence. 'he believes' is the speaker's own hedge; it is kept in the "
                    "note, not in `hedge` (which is for hedges without a speaker).")),
        dict(id="e6", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("another seven attackers", num="seven", value=7), location=BULO, date=OVERNIGHT_D,
             source=S("A former Hiran governor, Yusuf Ahmed, says"), trigger=T("captured", at="soldiers captured"),
             notes=("'A former Hiran governor, Yusuf Ahmed, says soldiers captured another seven attackers alive.' -> 7 "
                    "attackers captured ('another' = additional to the eight killed, value 7). The attackers are not "
                    "identified as al-Shabab for these people (the officials 'blame' al-Shabab for the attack) -> "
                    "generic 'militants' (GUIDELINES 10), surface null. Place and day derived from e1.")),
        dict(id="e7", type="presence", actor=A("al-Shabab", "the group's", at="the group's fighters"),
             civilian=False, count=C("hundreds", at="home to hundreds", value=None, low=200, approx=True,
                                     qualifier="hundreds"),
             location=L("The town", "SOM", "Hiraan", 3.85, 45.57, 1, at="The town is 200"), date=D(None),
             source=S("AMISOM said"), trigger=T("home to", at="home to hundreds"),
             notes=("'The town is 200 kilometers north of Mogadishu. AMISOM said it was a supply center for al-Shabab and "
                    "home to hundreds of the group's fighters.' -> al-Shabab fighters present in Buloburde before the "
                    "recapture (presence, vague 'hundreds', low 200). No time expression for the period the town was "
                    "'home' to them (before 'last Thursday', 13 March 2014, but not dated) -> date null. Location: 'The "
                    "town' (= Buloburde) in the sentence before, precision 1.")),
    ],
    hard_negatives=[
        H("a man drove a car", "the suicide car-bomb driver: his death is a suicide attack, not an event"),
        H("2:20 a.m.", "time of day"),
        H("200 kilometers", "distance"),
        H("our troops gathering", "troops with no count"),
        H("the past few weeks", "duration"),
    ])

# ---------------------------------------------------------------- Pakistan 2014 (VOA Learning English)
KARACHI_AP = L("the airport", "PAK", "Sindh", 24.91, 67.16, 1, at="another attack at the airport")
SUN_KHI = D("2014-06-08", "twodays after")
ANN["voa_2014_06_10_pakistan_karachi_airport"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(["PAK", "militants"]), civilian=None,
             count=C("at least36", num="36", value=36, low=36, qualifier="at least"), location=KARACHI_AP,
             date=SUN_KHI, source=None, is_total=True, trigger=T("dead", at="36 people dead"),
             notes=("'The incident came twodays after another attack at the airport that left at least36 people dead.' "
                    "-> toll of the Sunday airport attack (the repost lost the space in 'at least36'; the count phrase is "
                    "kept as stored). It covers attackers, airport workers and security force members -> list actor "
                    "[PAK, militants] (GUIDELINES 10, a toll covering both sides), civilian null. Day: 'twodays after' "
                    "counted back from Tuesday 10 June 2014 -> Sunday 8 June 2014 (the later 'the attack on Sunday' "
                    "agrees). Location: 'the airport' = the Karachi international airport of the first sentence "
                    "(Jinnah International Airport, ~24.91 N, 67.16 E). The parts e3 (10 gunmen) and e4 (seven airport "
                    "workers) add up to 17, not 36; the rest (security force members) is not counted in the text; kept as "
                    "written.")),
        dict(id="e2", type="presence", actor=A("Taliban"), civilian=False,
             count=C("at least two gunmen", num="two", value=2, low=2, qualifier="at least"),
             location=L("the trainingcenter of the Airport Security Force", "PAK", "Sindh", 24.91, 67.16, 2),
             date=D("2014-06-10", "Tuesday", at="Pakistan Tuesday", derived_from_context=True),
             source=S("Officials say"), trigger=T("targeted", at="gunmen targeted"),
             notes=("'Officials say at least two gunmen targeted the trainingcenter of the Airport Security Force.' -> "
                    "size of an attacking force (presence, GUIDELINES 2). Actor: 'The Taliban claimed responsibility for "
                    "theattack' (same paragraph) -> Taliban (as set (o) did with a claim of responsibility), surface "
                    "null. Day from the first sentence ('Pakistan Tuesday', derived). Location: the ASF training centre "
                    "near the airport (first sentence: 'near the international airport') -> precision 2 with the "
                    "airport's coordinates. The count phrase 'at least two gunmen' includes the noun because 'two' alone "
                    "occurs earlier in 'twodays'.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("10 gunmen", num="10", value=10), location=KARACHI_AP,
             date=D("2014-06-08", "on Sunday", at="attack on Sunday"), source=S("Pakistan officials said"),
             part_of="e1", trigger=T("killed", at="workers were killed"),
             notes=("'Pakistan officials said that 10 gunmen and seven airport workers were killed in the attack on "
                    "Sunday.' -> two parts of the Sunday toll e1. Gunmen not named as a group for these people (the "
                    "Taliban claim in the text is for Tuesday's attack; 'A Taliban spokesman linked the airport attack "
                    "...' is not a claim) -> generic 'militants' (GUIDELINES 10), close call. Location: 'the airport' "
                    "(e1).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("seven airport workers", num="seven", value=7), location=KARACHI_AP,
             date=D("2014-06-08", "on Sunday", at="attack on Sunday"), source=S("Pakistan officials said"),
             part_of="e1", trigger=T("killed", at="workers were killed"),
             notes=("Same sentence as e3: 'seven airport workers' (workers of an airport cargo company, next sentence) -> "
                    "civilians; Pakistani by plain implication (Karachi airport staff; GUIDELINES 10, close call), "
                    "surface null.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 26 Shiites", num="26", value=26, low=26, qualifier="at least"),
             location=L("along Pakistan\u2019s border with Iran", "PAK", "Balochistan", None, None, 3),
             date=D("2014-06-08", "Hours earlier", derived_from_context=True, approx=True), source=None,
             trigger=T("killed", at="militants killed at least"),
             notes=("'Hours earlier, Sunni Muslim militants killed at least 26 Shiites in a suicideattack along Pakistan's "
                    "border with Iran.' -> 'Hours earlier' than the Sunday airport attack -> Sunday 8 June 2014, derived "
                    "and approx (the airport attack began late on Sunday). Victims named by their religious community "
                    "and targeted as such -> civilian true (close call); their nationality is not stated -> actor null "
                    "(GUIDELINES 10). The border region lies in Balochistan -> admin1 Balochistan, precision 3. 'Officials "
                    "reported that one suicidebomber was killed and three others took their own lives' -> attackers' "
                    "suicides, hard negatives.")),
    ],
    hard_negatives=[
        H("one suicidebomber", "a suicide attacker killed by his own attack (GUIDELINES 2: not an event)"),
        H("three others took their own lives", "attackers' suicides, not an event"),
        H("Security force members died", "deaths with no count"),
        H("rocket launchers", "weapons, not people"),
    ])

# ---------------------------------------------------------------- Afghanistan 2018-07 (VOA)
JALAL = L("the department for refugee affairs in Jalalabad", "AFG", "Nangarhar", 34.43, 70.45, 1)
NANG = L("Nangarhar", "AFG", "Nangarhar", None, None, 3, at="attacks in Nangarhar")
PAST_MONTH = D("2018-06-30/2018-07-31", "in the past month", approx=True)
BALA = L("the Bala Buluk district", "AFG", "Farah", None, None, 3)
TUE_FARAH = D("2018-07-31", "early Tuesday")
ANN["voa_2018_07_31_afghanistan_jalalabad_farah"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 15 people", num="15", value=15, low=15, qualifier="at least"), location=JALAL,
             date=D(None), source=S("Afghan authorities say"), trigger=T("killed", at="has killed at least"),
             notes=("'Afghan authorities say an attack on a government building in eastern Afghanistan has killed at least "
                    "15 people.' -> toll of the attack on the refugee affairs department (place from the next sentence). "
                    "'people' -> actor and civilian null. The text gives no time expression for this attack (present "
                    "perfect; the photo caption with the date was removed; 'early Tuesday' belongs to the Farah bomb) -> "
                    "date null. The suicide bomber 'blowing himself up' is a hard negative.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("three school guards", num="three", value=3), location=NANG, date=PAST_MONTH, source=None,
             trigger=T("beheading", at="beheading of three"),
             notes=("'The terrorist group has claimed most of the attacks in Nangarhar in the past month, including "
                    "beheading of three school guards and a suicide blast ...' -> 3 killed (beheading), an earlier "
                    "incident retold. School guards -> civilian true (not soldiers or police; close call), Afghan by "
                    "plain implication (school guards in Nangarhar), surface null. 'in the past month' -> the month "
                    "before publication, approx. The claim is the group's, but the figure is in VOA's voice -> source "
                    "null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="Afghan Sikh"), civilian=True,
             count=C("19 people", num="19", value=19), location=NANG, date=PAST_MONTH, source=None,
             trigger=T("killed", at="blast that killed"),
             notes=("'... and a suicide blast that killed 19 people, mostly members of the tiny Afghan Sikh minority.' -> "
                    "mixed toll 'mostly' of a religious minority -> civilian true (GUIDELINES 10: 'mostly civilians'), "
                    "actor AFG from 'Afghan Sikh'. Same period and province as e2.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("at least 11 passengers", num="11", value=11, low=11, qualifier="at least"), location=BALA,
             date=TUE_FARAH, source=S("officials said", at="officials said a roadside"),
             trigger=T("killed", at="Tuesday killed"),
             notes=("'Meanwhile, in western Farah province, officials said a roadside bomb early Tuesday killed at least 11 "
                    "passengers and wounding around 40 others.' -> passengers, 'women and children were among the "
                    "victims' -> civilian true; Afghan by plain implication (close call), surface null. Location: the "
                    "district named two sentences later ('planted the bomb in the Bala Buluk district'), precision 3 "
                    "(district). 'early Tuesday' -> 31 July 2018 (publication day).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("AFG"), civilian=True,
             count=C("around 40 others", num="40", value=40, approx=True, qualifier="around"), location=BALA,
             date=TUE_FARAH, source=S("officials said", at="officials said a roadside"),
             trigger=T("wounding", at="and wounding"),
             notes=("Same sentence as e4: '... and wounding around 40 others' (source grammar kept) -> wounded, same actor, "
                    "civilian, place and day as e4.")),
    ],
    hard_negatives=[
        H("a suicide bomber blowing himself up", "suicide attacker (GUIDELINES 2: not an event)"),
        H("a high-level meeting", "a meeting, not a count of people"),
        H("most of the attacks", "count of attacks with no number"),
        H("women and children were among the victims", "identity of victims already counted (e4/e5)"),
    ])

# ---------------------------------------------------------------- Afghanistan 2018-09 (VOA)
OVN_DM = D("2018-09-08/2018-09-09", "overnight")
OVN_DM_D = D("2018-09-08/2018-09-09", "overnight", derived_from_context=True)
DAYMIRDAD = L("the Day Mirdad district center", "AFG", "Wardak", None, None, 3)
LATE_SAT = D("2018-09-08", "late Saturday")
BAGHLAN = L("the Baghlan-e-Markazi district", "AFG", "Baghlan", None, None, 3)
HERAT_CP = L("a security checkpoint in the province", "AFG", "Herat", None, None, 3)
LATE_NIGHT = D("2018-09-08/2018-09-09", "late-night", derived_from_context=True)
ANN["voa_2018_09_09_afghanistan_day_mirdad_baghlan_herat"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("dozens", at="among dozens", value=None, low=24, approx=True, qualifier="dozens"),
             location=L("the central eastern Maidan Wardak, western Herat and northern Baghlan provinces", "AFG", None,
                        None, None, 3),
             date=OVN_DM, source=S("officials said Sunday"), is_total=True, trigger=T("killed", at="forces killed"),
             notes=("'A district police chief was among dozens of security forces killed in Afghanistan in overnight attacks "
                    "by the Taliban, officials said Sunday.' -> vague total ('dozens', low 24) of Afghan security forces "
                    "killed in the three provinces named in the next sentence (three provinces -> admin1 null, precision "
                    "3). 'overnight' in a Sunday story -> night of Saturday 8 to Sunday 9 September 2018. Parts: e2, e3 "
                    "(Day Mirdad), e4 (Baghlan), e6 (Herat); the Taliban's own claim (e5) is not a part. Actor AFG by "
                    "plain implication (Afghan security forces; the Baghlan sentence says 'Afghan security forces'), "
                    "surface null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("A district police chief", num="A", value=1), location=DAYMIRDAD,
             date=D("2018-09-08", "late Saturday", derived_from_context=True),
             source=S("A provincial government spokesman in Maidan Wardak told VOA"), part_of="e1",
             alt_mentions=[S("its police chief", at="killing its police chief")],
             trigger=T("killed", at="forces killed"),
             notes=("The lede's 'A district police chief' (singular determiner on a person noun, value 1) is the Day Mirdad "
                    "police chief named in the third sentence ('killing its police chief, Said Younus Hussaini, and 10 "
                    "other security personnel'); that mention is an alt_mentions entry. Place, day and source from the "
                    "fuller sentence (derived). Part of e1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("10 other security personnel", num="10", value=10), location=DAYMIRDAD, date=LATE_SAT,
             source=S("A provincial government spokesman in Maidan Wardak told VOA"), part_of="e1",
             trigger=T("killing", at="killing its police chief"),
             notes=("'... Taliban fighters stormed the Day Mirdad district center late Saturday, killing its police chief, "
                    "Said Younus Hussaini, and 10 other security personnel.' -> 10 ('other' excludes the chief, e2); no "
                    "total of 11 is stated. Location: the district centre of Day Mirdad, Wardak; its coordinates are not "
                    "known to the annotator -> precision 3, lat/lon null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="20 Afghan"), civilian=False,
             count=C("at least 20", num="20", value=20, low=20, qualifier="at least"), location=BAGHLAN,
             date=OVN_DM_D, source=S("reports said"), part_of="e1", trigger=T("killed", at="has killed at least"),
             notes=("'Separately, reports said a coordinated Taliban attack against army and police posts in a troubled "
                    "district of Baghlan has killed at least 20 Afghan security forces.' -> source 'reports said' (no "
                    "named speaker; kept as the attribution phrase, as the text gives it). The next sentence names the "
                    "district ('the Baghlan-e-Markazi district') -> location. Day from the lede's 'overnight' "
                    "(derived).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG", "government", at="60 government"),
             civilian=False, count=C("60", at="killed 60", value=60), location=BAGHLAN, date=OVN_DM_D,
             source=S("The Taliban issued a statement"), trigger=T("killed", at="claiming it killed"),
             notes=("'The Taliban issued a statement, claiming it killed 60 government forces ...' -> the Taliban's own "
                    "figure for the Baghlan fighting, a different source and figure than e4 -> separate event "
                    "(GUIDELINES 6). 'The insurgent group often issues inflated battlefield gains' is VOA's caveat "
                    "(noted, not a hedge field). Not part of e1.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="nine Afghan"), civilian=False,
             count=C("nine", at="nine Afghan", value=9), location=HERAT_CP, date=LATE_NIGHT,
             source=S("officials in Herat confirmed"), part_of="e1", trigger=T("killed", at="province killed"),
             notes=("'Meanwhile, officials in Herat confirmed a late-night Taliban raid against a security checkpoint in "
                    "the province killed nine Afghan forces and wounded six others.' -> 'late-night' in a Sunday story "
                    "whose lede speaks of 'overnight attacks' -> night of 8-9 September 2018 (derived). Location: an "
                    "unnamed checkpoint in Herat province -> precision 3.")),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("AFG"), civilian=False,
             count=C("six others", num="six", value=6), location=HERAT_CP, date=LATE_NIGHT,
             source=S("officials in Herat confirmed"), trigger=T("wounded", at="wounded six"),
             notes="Same sentence as e6: 'and wounded six others' (Afghan forces) -> wounded."),
        dict(id="e8", type="casualty", outcome="killed", actor=A("Taliban"), civilian=False,
             count=C("10 assailants", num="10", value=10), location=HERAT_CP, date=LATE_NIGHT,
             source=S("A provincial government spokesman said"), trigger=T("killed", at="also killed"),
             notes=("'A provincial government spokesman said 10 assailants were also killed in the ensuing gunbattle.' -> "
                    "the attackers of the 'Taliban raid' of the previous sentence -> Taliban (the text identifies the "
                    "raid as the Taliban's), surface null.")),
    ],
    hard_negatives=[
        H("Taliban fighters stormed", "attacking force with no count"),
        H("reinforcements have arrived", "troop arrival with no count"),
        H("all the outposts", "posts, not people"),
    ])

# ---------------------------------------------------------------- Ukraine 2022 (VOA Learning English)
MON_UA = D("2022-10-10", "one day after")
ANN["voa_2022_10_11_ukraine_missile_strikes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 19 people", num="19", value=19, low=19, qualifier="at least"), location=None,
             date=MON_UA, source=None, is_total=True,
             alt_mentions=[S("19 people", at="said 19 people died")],
             trigger=T("killed", at="strikes killed"),
             notes=("'The attacks came one day after widespread strikes killed at least 19 people.' -> Monday 10 October "
                    "2022 ('one day after' the Tuesday strikes; 'The strikes Monday' next sentence). The strikes hit "
                    "cities across Ukraine; no place phrase is tied to this toll -> location null. 'people' -> actor "
                    "and civilian null. The State Emergency Service's '19 people died' in the last paragraph repeats the "
                    "same figure for the same strikes -> alt_mentions (GUIDELINES 6). Part: e5 (Kyiv).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 100 people", num="100", value=100, low=100, qualifier="more than"), location=None,
             date=D("2022-10-10", "Monday", at="strikes Monday"), source=None, trigger=T("wounded", at="also wounded"),
             notes=("'The strikes Monday also wounded more than 100 people ...' -> VOA's rounded figure. The later, "
                    "precise '105 people were wounded' is the State Emergency Service's (e3): a different figure from a "
                    "named source -> separate event (GUIDELINES 6; close call, the two agree).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("105 people", num="105", value=105), location=None,
             date=D("2022-10-10", "Monday's strikes", at="wounded in Monday's strikes"),
             source=S("The State Emergency Service said", at="The State Emergency Service said 19"),
             trigger=T("wounded", at="105 people were wounded"),
             notes=("'The State Emergency Service said 19 people died and 105 people were wounded in Monday's strikes.' -> "
                    "the service's figure for the wounded (see e2).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("One person", num="One", value=1),
             location=L("the southern city of Zaporizhzhia", "UKR", "Zaporizhzhia", 47.84, 35.14, 1),
             date=D("2022-10-11", "Tuesday's", at="Tuesday's missile", derived_from_context=True),
             source=S("the State Emergency Service said", at="fire, the State"), trigger=T("killed", at="was killed when"),
             notes=("'One person was killed when 12 missiles hit the southern city of Zaporizhzhia, setting off a large "
                    "fire, the State Emergency Service said.' -> Tuesday's strikes (previous sentence 'Tuesday's missile "
                    "strikes', derived) -> 11 October 2022. 'person' -> actor and civilian null.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least five", num="five", value=5, low=5, qualifier="at least"),
             location=L("Kyiv", "UKR", "Kyiv", 50.45, 30.52, 1, at="victims were in Kyiv"),
             date=D("2022-10-10", "Monday's strikes", at="wounded in Monday's strikes", derived_from_context=True),
             source=S("Mayor Vitali Klitschko said"), part_of="e1", trigger=T("died", at="people died"),
             notes=("'At least five of the victims were in Kyiv, Mayor Vitali Klitschko said.' -> 'the victims' follows "
                    "'19 people died and 105 people were wounded in Monday's strikes'; read as five of the dead (part of "
                    "e1) (close call: 'victims' could also include the wounded). Trigger: 'died' of the previous "
                    "sentence. Day from that sentence (derived).")),
    ],
    hard_negatives=[
        H("12 missiles", "count of missiles"),
        H("a Russian missile", "weapon, not people"),
        H("months of calm", "duration"),
    ])

# ---------------------------------------------------------------- Ukraine 2024 (VOA)
LVIV = L("the western city of Lviv", "UKR", "Lviv", 49.84, 24.03, 1)
ANN["voa_2024_09_04_ukraine_lviv_poltava"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least seven people", num="seven", value=7, low=7, qualifier="at least"), location=LVIV,
             date=D(None), source=S("Ukrainian officials said"), reported_date="2024-09-04", is_total=True,
             trigger=T("killed", at="attack killed"),
             notes=("'Ukrainian officials said Wednesday a Russian air attack killed at least seven people and injured more "
                    "than 60 others in the western city of Lviv ...' -> the only time expression is the reporting day "
                    "('said Wednesday') -> date null, reported_date 4 September 2024 (GUIDELINES 5). 'people' -> actor "
                    "and civilian null. Part: e3 (a family of four).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 60 others", num="60", value=60, low=60, qualifier="more than"), location=LVIV,
             date=D(None), source=S("Ukrainian officials said"), reported_date="2024-09-04",
             trigger=T("injured", at="injured more"),
             notes="Same sentence as e1: 'injured more than 60 others' -> wounded; same place and reporting day."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UKR"), civilian=True,
             count=C("four people from one family", num="four", value=4), location=LVIV, date=D(None), source=None,
             part_of="e1", reported_date="2024-09-04",
             alt_mentions=[S("a woman and her three daughters")],
             trigger=T("dead", at="Among the dead"),
             notes=("'Among the dead were four people from one family, a woman and her three daughters, leaving their "
                    "father as the only immediate survivor.' -> part of e1. The apposition 'a woman and her three "
                    "daughters' restates the same four people (1 + 3) -> alt_mentions. A family in Lviv -> civilian "
                    "true, Ukrainian by plain implication (close call), surface null. VOA's voice -> source null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("53 people", num="53", value=53),
             location=L("the central city of Poltava", "UKR", "Poltava", 49.59, 34.55, 1), date=D(None), source=None,
             trigger=T("killed", at="attack killed 53"),
             notes=("'The strike on Lviv came a day after a Russian missile attack killed 53 people in the central city of "
                    "Poltava, one of the deadliest single strikes of the invasion.' -> an earlier incident retold. Its "
                    "day is given only relative to the Lviv strike, which the text itself does not date (only the "
                    "reporting day) -> date null (close call: read with the reporting day, Tuesday 3 September 2024). "
                    "'people' -> actor and civilian null.")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("six people", num="six", value=6),
             location=L("the central city of Kryvyi Rih", "UKR", "Dnipropetrovsk", 47.91, 33.39, 1), date=D(None),
             source=S("emergency services said"), trigger=T("wounding", at="wounding six"),
             notes=("'Wreckage from a downed missile fell on the central city of Kryvyi Rih, emergency services said, "
                    "damaging a hotel and wounding six people.' -> part of the same night's barrage; no time expression "
                    "-> date null. 'people' -> actor and civilian null.")),
    ],
    hard_negatives=[
        H("more than 50 structures", "count of buildings"),
        H("thousands of Ukrainians displaced", "displaced people (GUIDELINES 2: out of scope)"),
        H("13 missiles and 29 drones", "count of weapons"),
        H("seven of the missiles and 22 drones", "count of weapons intercepted"),
        H("30-month war", "duration"),
        H("their father", "a survivor named by relation, no casualty"),
    ])

# ---------------------------------------------------------------- Jordan 2024 (VOA)
ANN["voa_2024_01_28_jordan_drone_attack_us_troops"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "American", at="three American"),
             civilian=False, count=C("three American troops", num="three", value=3),
             location=L("northeast Jordan near the Syria border", "JOR", None, None, None, 3),
             date=D("2024-01-27/2024-01-28", "Last night", derived_from_context=True),
             source=S("The U.S military says"),
             alt_mentions=[S("three U.S. service members", at="Last night, three")],
             trigger=T("killed", at="troops were killed"),
             notes=("'The U.S military says three American troops were killed in a drone attack in Jordan, near the border "
                    "with Syria.' -> 3 US troops killed. Biden's statement repeats the same figure ('Last night, three "
                    "U.S. service members were killed') -> alt_mentions (a second source repeating the same figure, "
                    "GUIDELINES 6). Day: 'Last night' in a statement of Sunday 28 January 2024 -> night of 27-28 January "
                    "(derived from the quote). Location: the most specific phrase, 'northeast Jordan near the Syria "
                    "border' (region -> precision 3, admin1 null). 'and many wounded' has no count (hard negative).")),
    ],
    hard_negatives=[
        H("many wounded", "wounded with no count (GUIDELINES 2)"),
        H("our forces stationed", "forces with no count"),
    ])

# ---------------------------------------------------------------- Iraq 2004 (AFPS)
TODAY_IQ = D("2004-08-18", "today", at="dead today")
HILLAH = L("a MNF camp northwest of Hillah", "IRQ", "Babil", 32.48, 44.42, 2)
TODAY_HIL = D("2004-08-18", "today", at="Hillah today")
SRC_HIL = S("another release stated")
ANN["afps_2004_08_18_iraq_baghdad_hillah_bayji"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA"), civilian=False,
             count=C("one Task Force Baghdad soldier", num="one", value=1),
             location=L("the eastern part of the Iraqi capital", "IRQ", "Baghdad", 33.34, 44.42, 2), date=TODAY_IQ,
             source=S("according to a Multinational Force Iraq news release"),
             alt_mentions=[S("one U.S. soldier")], trigger=T("dead", at="soldier dead today"),
             notes=("'An attack on a patrol unit in the eastern part of the Iraqi capital left one Task Force Baghdad "
                    "soldier dead today, according to a Multinational Force Iraq news release.' -> the fuller sentence is "
                    "primary; the lede's 'one U.S. soldier dead' is an alt_mentions entry. Task Force Baghdad was the US "
                    "division in Baghdad; the lede says 'U.S.' -> USA (surface null in the primary sentence). 'today' -> "
                    "18 August 2004. Part of eastern Baghdad -> precision 2.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("coalition", "Multinational Force",
                                                                   at="Seven Multinational Force"),
             civilian=False, count=C("Seven Multinational Force soldiers", num="Seven", value=7), location=HILLAH,
             date=TODAY_HIL, source=SRC_HIL, is_total=True,
             alt_mentions=[S("seven Multinational Force soldiers")], trigger=T("injured", at="were injured when"),
             notes=("'Seven Multinational Force soldiers were injured when seven mortars hit a MNF camp northwest of Hillah "
                    "today, another release stated.' -> total; the next sentence lists the seven (e3-e6): 'One U.S. "
                    "civilian, two Polish soldiers, one Polish civilian and three Iraqi civilians'. Only two of them are "
                    "soldiers, although the total calls all seven 'soldiers'; kept as written (civilian false as the "
                    "sentence says). The lede's 'seven Multinational Force soldiers wounded' -> alt_mentions. Actor: the "
                    "multinational force -> 'coalition'. Offset from Hillah -> precision 2 with Hillah's coordinates.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("USA", "U.S.", at="One U.S. civilian"), civilian=True,
             count=C("One U.S. civilian", num="One", value=1), location=HILLAH,
             date=D("2004-08-18", "today", at="Hillah today", derived_from_context=True), source=SRC_HIL,
             part_of="e2", trigger=T("injuries", at="non-serious injuries"),
             notes=("'One U.S. civilian, two Polish soldiers, one Polish civilian and three Iraqi civilians, were treated "
                    "at a military medical facility for non-serious injuries.' -> the parts of e2 (1 + 2 + 1 + 3 = 7). "
                    "The sentence's only word of the event is 'injuries' -> trigger. Treatment detail is not a separate "
                    "event (GUIDELINES 2).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("POL", "Polish", at="two Polish soldiers"),
             civilian=False, count=C("two Polish soldiers", num="two", value=2), location=HILLAH,
             date=D("2004-08-18", "today", at="Hillah today", derived_from_context=True), source=SRC_HIL,
             part_of="e2", trigger=T("injuries", at="non-serious injuries"), notes="Part of e2 (see e3)."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("POL", "Polish", at="one Polish civilian"),
             civilian=True, count=C("one Polish civilian", num="one", value=1), location=HILLAH,
             date=D("2004-08-18", "today", at="Hillah today", derived_from_context=True), source=SRC_HIL,
             part_of="e2", trigger=T("injuries", at="non-serious injuries"), notes="Part of e2 (see e3)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("IRQ", "Iraqi", at="three Iraqi civilians"),
             civilian=True, count=C("three Iraqi civilians", num="three", value=3), location=HILLAH,
             date=D("2004-08-18", "today", at="Hillah today", derived_from_context=True), source=SRC_HIL,
             part_of="e2", trigger=T("injuries", at="non-serious injuries"), notes="Part of e2 (see e3)."),
        dict(id="e7", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("seven individuals", num="seven", value=7),
             location=L("near Tikrit", "IRQ", "Salah ad-Din", 34.61, 43.68, 2),
             date=D("2004-08-17/2004-08-18", "over two days"), source=S("according to MNFI releases"), is_total=True,
             alt_mentions=[S("several individuals", at="Also, several individuals")],
             trigger=T("detained", at="successfully detained"),
             notes=("'Elsewhere over two days, troops successfully detained seven individuals ..., according to MNFI "
                    "releases.' -> total of e8 (five near Bayji, 'today') + e9 (two at a traffic-control point, 'Aug. "
                    "17'). The lede's 'several individuals were detained near Tikrit in two different incidents' "
                    "summarizes the same two detentions (two incidents; Bayji lies near Tikrit) -> alt_mentions with a "
                    "vaguer count (close call; the lede is the only place phrase for the whole, hence 'near Tikrit'). "
                    "'over two days' -> 17-18 August 2004. 'individuals' detained on suspicion -> actor and civilian null "
                    "(the text does not say who they are).")),
        dict(id="e8", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("five individuals", num="five", value=5),
             location=L("near Bayji", "IRQ", "Salah ad-Din", 34.93, 43.49, 2),
             date=D("2004-08-18", "today", at="Bayji today"), source=None, part_of="e7",
             trigger=T("detained", at="were detained near Bayji"),
             notes=("'Weapons were confiscated and five individuals were detained near Bayji today.' -> part of e7. AFPS "
                    "voice in this sentence -> source null (the attribution is on e7's sentence).")),
        dict(id="e9", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("two individuals", num="two", value=2), location=None,
             date=D("2004-08-17", "Aug. 17"), source=None, part_of="e7", trigger=T("apprehended"),
             notes=("'And Iraqi National Guard soldiers, with the help of U.S. 1st Infantry Division soldiers, apprehended "
                    "two individuals at a joint traffic-control point Aug. 17.' -> part of e7. The traffic-control point "
                    "is not placed -> location null (the lede's 'near Tikrit' is kept on the total).")),
    ],
    hard_negatives=[
        H("seven mortars", "count of mortar rounds"),
        H("Abu Grhaib prison detainees were killed and injured", "deaths and injuries with no count"),
        H("four AK-47 assault rifles", "count of weapons"),
        H("Quick-reaction forces", "forces with no count"),
        H("a series of raids", "raids, not people"),
        H("The soldier suffered a gunshot wound", "the same soldier as e1 (restatement, no new count)"),
    ])

# ---------------------------------------------------------------- Afghanistan 2010 (AFPS)
KANDAHAR = L("Kandahar province", "AFG", "Kandahar", None, None, 3, at="operation in Kandahar province")
YEST = D("2010-10-06", "yesterday", at="Afghanistan yesterday")
YEST_D = D("2010-10-06", "yesterday", at="Afghanistan yesterday", derived_from_context=True)
ANN["afps_2010_10_07_afghanistan_kandahar_badghis"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="suspected insurgents"),
             civilian=False, count=C("three suspected insurgents", num="three", value=3), location=KANDAHAR,
             date=YEST, source=S("military officials reported"), is_total=True,
             trigger=T("killed", at="patrol killed"),
             notes=("'An Afghan and International Security Assistance Force patrol killed three suspected insurgents and "
                    "detained several more in southern Afghanistan yesterday, military officials reported.' -> lede "
                    "total. The narrative that follows kills five (e3: two, e5, e6, e7: one each); 3 vs 5 is kept as "
                    "written (GUIDELINES 6) and the narrative counts are linked as parts. Location: 'Kandahar province' "
                    "(next sentence) is more specific than 'southern Afghanistan'. 'yesterday' -> 6 October 2010.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("insurgents"), civilian=False,
             count=C("several more", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=KANDAHAR, date=YEST, source=S("military officials reported"), is_total=True,
             trigger=T("detained", at="and detained several"),
             notes=("Same sentence as e1: 'and detained several more' -> vague total of detainees ('more' = more suspected "
                    "insurgents). Parts: e4 (one) and e8 (three) = 4.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="armed insurgents"),
             civilian=False, count=C("two armed insurgents", num="two", value=2), location=KANDAHAR, date=YEST_D,
             source=None, part_of="e1", trigger=T("killed", at="were killed. The patrol"),
             notes=("'As the combined patrol entered the target area, they attempted to detain two armed insurgents. The "
                    "insurgents tried to engage the troops and were killed.' -> the count is in one sentence, the outcome "
                    "in the next (trigger there). Place and day from the lede (derived). AFPS voice -> source null.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("insurgents", "insurgent", at="insurgent who was found"),
             civilian=False, count=C("a suspected insurgent", num="a", value=1, at="detained a suspected"),
             location=KANDAHAR, date=YEST_D, source=None, part_of="e2",
             trigger=T("detained", at="detained a suspected"),
             notes="'... and detained a suspected insurgent who was found hiding.' -> 1 detained, part of e2."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("insurgents", "insurgent", at="insurgent who engaged"),
             civilian=False, count=C("another suspected insurgent", num="another", value=1), location=KANDAHAR,
             date=YEST_D, source=None, part_of="e1", trigger=T("killed", at="patrol killed another"),
             notes="'... the patrol killed another suspected insurgent who engaged them with small-arms fire.' -> 1."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("insurgents", "insurgent", at="insurgent trying"),
             civilian=False, count=C("a suspected insurgent", num="a", value=1, at="spotted a suspected"),
             location=KANDAHAR, date=YEST_D, source=None, part_of="e1", trigger=T("killed", at="killed him"),
             notes=("'... the combined force spotted a suspected insurgent trying to hide on a hill. ... The force gave chase "
                    "and killed him when he pulled a pistol from his shirt.' -> the count and the outcome are two "
                    "sentences apart (trigger 'killed him').")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("insurgents"), civilian=False,
             count=C("another armed man", num="another", value=1), location=KANDAHAR, date=YEST_D, source=None,
             part_of="e1", trigger=T("killed", at="was killed. In"),
             notes=("'... the patrol found another armed man hiding. He attempted to engage the patrol and was killed.' -> "
                    "an armed man who engaged the patrol -> generic 'insurgents' like the others of the operation "
                    "(GUIDELINES 10), surface null.")),
        dict(id="e8", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("Three men", num="Three", value=3), location=KANDAHAR, date=YEST_D, source=None, part_of="e2",
             trigger=T("detained", at="were detained for"),
             notes=("'Three men were detained for further questioning.' -> detained; the text does not say they were "
                    "insurgents -> actor and civilian null (they are counted in the lede's 'several more' suspected "
                    "insurgents, hence part of e2).")),
        dict(id="e9", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="Taliban shadow governor"),
             civilian=False,
             count=C("the Taliban shadow governor and a senior Taliban leader", value=2, qualifier="conjunction"),
             location=L("Badghis province", "AFG", "Badghis", None, None, 3),
             date=D("2010-10-06", "yesterday", at="Badghis province yesterday"), source=None,
             trigger=T("killed", at="forces killed the"),
             notes=("'Afghan and coalition forces killed the Taliban shadow governor and a senior Taliban leader in Badghis "
                    "province yesterday.' -> two coordinated singular phrases (the first definite, the second "
                    "indefinite) -> value 2, qualifier conjunction (GUIDELINES 4; as set (p)'s 'a ... anchor and her "
                    "mother'); the numeral span is the whole phrase, as in the earlier sets. "
                    "'yesterday' -> 6 October 2010.")),
    ],
    hard_negatives=[
        H("a group of military-aged men", "men with no count"),
        H("A team was sent", "team with no count"),
        H("a number of tents", "tents, not people"),
        H("an Afghan woman", "a witness, not a casualty"),
        H("her family", "family threatened, no casualty"),
    ])

# ---------------------------------------------------------------- Syria 2012 (VOA)
ANN["voa_2012_03_24_syria_homs_qusair_idlib"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least three people", num="three", value=3, low=3, qualifier="at least"),
             location=L("the Khaldiyeh district of Homs and nearby town of Qusair", "SYR", "Homs", None, None, 3),
             date=D("2012-03-24", "early Saturday"),
             source=S("The British-based Syrian Observatory for Human Rights says"),
             trigger=T("killed", at="were killed in the Khaldiyeh"),
             notes=("'The British-based Syrian Observatory for Human Rights says at least three people were killed in the "
                    "Khaldiyeh district of Homs and nearby town of Qusair following shelling that began early Saturday.' "
                    "-> Saturday 24 March 2012 (publication day). Two places in one phrase -> precision 3 (as set (o)'s "
                    "'Kyiv and Kharkiv'), admin1 Homs. 'people' -> actor and civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least one person", num="one", value=1, low=1, qualifier="at least"),
             location=L("Idlib province bordering Turkey", "SYR", "Idlib", None, None, 3),
             date=D("2012-03-24", "Saturday's violence", derived_from_context=True),
             source=S("the rights group says"), trigger=T("killed", at="person was killed"),
             notes=("'Clashes were also reported in Idlib province bordering Turkey, where the rights group says at least "
                    "one person was killed.' -> no time expression in the sentence; the next paragraph's 'Saturday's "
                    "violence' covers it -> 24 March 2012 (derived). 'the rights group' = the Syrian Observatory.")),
    ],
    hard_negatives=[
        H("year-long uprising", "duration"),
        H("six-point plan", "count of plan points"),
        H("the deadly crackdowns on protests", "deaths with no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006 (VOA)
URUZ = L("Uruzgan province", "AFG", "Uruzgan", None, None, 3)
TUE_URUZ = D("2006-05-23", "Tuesday", at="firefight Tuesday")
ANN["voa_2006_05_24_afghanistan_uruzgan_kandahar"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Taliban", "Taleban", at="24 Taleban"),
             civilian=False, count=C("24", at="say 24", value=24), location=URUZ,
             date=D("2006-05-23", "Tuesday", at="firefight Tuesday", derived_from_context=True),
             source=S("U.S. Military officials in Afghanistan say"), trigger=T("killed", at="have been killed"),
             notes=("'U.S. Military officials in Afghanistan say 24 Taleban rebels have been killed in a clash with "
                    "government and coalition forces in southern Afghanistan.' -> place and day from the next sentence "
                    "('the rebels were killed in a firefight Tuesday in Uruzgan province', derived) -> Tuesday 23 May "
                    "2006. VOA's spelling 'Taleban' -> Taliban.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="Afghan civilians"),
             civilian=True, count=C("16 civilians", num="16", value=16),
             location=L("a remote part of southern Kandahar province", "AFG", "Kandahar", None, None, 3),
             date=D("2006-05-21", "Sunday", at="air strike Sunday", derived_from_context=True), source=None,
             hedge="reportedly", trigger=T("killed", at="reportedly killed 16"),
             notes=("'U.S. officials have also apologized for an air strike earlier this week that reportedly killed 16 "
                    "civilians.' -> the fourth paragraph tells the same strike ('an air strike Sunday that reportedly "
                    "killed Afghan civilians in a remote part of southern Kandahar province') -> place, day (Sunday 21 "
                    "May 2006, derived) and the actor's surface 'Afghan' come from there. 'reportedly' with no speaker "
                    "-> hedge, source null (GUIDELINES 5). The removed photo caption speaks of an airstrike 'on Monday'; "
                    "the body's 'Sunday' is used.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG", "government", at="government soldiers"),
             civilian=False, count=C("Several", at="Several government", value=None, low=3, approx=True,
                                     qualifier="several"),
             location=URUZ, date=TUE_URUZ, source=None, hedge="reportedly",
             trigger=T("killed", at="also reportedly killed"),
             notes=("'Several government soldiers were also reportedly killed.' -> Afghan government soldiers in the same "
                    "Tuesday firefight in Uruzgan (same paragraph). 'reportedly' -> hedge; no speaker -> source null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("about 300 people", num="300", value=300, approx=True, qualifier="about"), location=None,
             date=D("2006-03-24/2006-05-24", "in the past two months", approx=True), source=None, cumulative=True,
             trigger=T("killed", at="have been killed."),
             notes=("'It was the latest in a series of clashes in the past two months in which about 300 people have been "
                    "killed.' -> running total over two months before publication (cumulative, approx). No place phrase "
                    "in the sentence (the clashes are not placed) -> location null. 'people' -> actor and civilian "
                    "null.")),
    ],
    hard_negatives=[
        H("the loss of innocent lives", "deaths with no count"),
        H("civilians were injured and killed", "casualties with no count (quote)"),
        H("coalition troops came under fire", "troops with no count"),
    ])

# ---------------------------------------------------------------- Thailand 2010 (VOA)
SINCE_MARCH = D("2010-03-15/2010-05-29", "Since Mid-March", approx=True)
ANN["voa_2010_05_29_thailand_crackdown_curfew"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 80 people", num="80", value=80, low=80, qualifier="more than"), location=None,
             date=SINCE_MARCH, source=None, cumulative=True, is_total=True,
             alt_mentions=[S("over 80 people")], trigger=T("died", at="have died"),
             notes=("'Since Mid-March more than 80 people have died in clashes with the military and nearly 2,000 "
                    "injured.' -> running total of the two-month protests (cumulative; 'Since Mid-March' -> 15 March "
                    "2010, approx, to the publication day). The lede's 'that left over 80 people dead' is the same "
                    "figure (qualifier 'over') -> alt_mentions; the fuller sentence with the date is primary. The text "
                    "never names the city (Bangkok) or the country in a place phrase tied to the toll -> location null. "
                    "Dead of both sides ('people') -> actor and civilian null. Part: e4 (50 dead 13-19 May).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("hundreds", at="hundreds injured", value=None, low=200, approx=True, qualifier="hundreds"),
             location=None, date=D("2010-03/2010-05", "two month long", approx=True), source=None, cumulative=True,
             trigger=T("injured", at="hundreds injured"),
             notes=("'... the two month long anti-government protests, that left over 80 people dead and hundreds "
                    "injured.' -> the lede's vague figure for the injured; the body gives 'nearly 2,000' (e3). The two "
                    "figures differ (same source, VOA) -> kept as separate claims (GUIDELINES 6, close call). 'two month "
                    "long' -> March-May 2010, approx.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("nearly 2,000", num="2,000", value=2000, high=2000, approx=True, qualifier="nearly"),
             location=None, date=SINCE_MARCH, source=None, cumulative=True,
             trigger=T("injured", at="2,000 injured"),
             notes="Same sentence as e1: '... and nearly 2,000 injured' -> cumulative wounded since mid-March."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("50", at="people, 50", value=50), location=None,
             date=D("2010-05-13/2010-05-19", "between May 13"), source=None, part_of="e1",
             trigger=T("died", at="50 died"),
             notes=("'Of those people, 50 died between May 13 when troops moved to restrict protester until the army moved "
                    "to disperse the rally on May 19.' -> part of e1. The date surface is the start of the interval "
                    "phrase 'between May 13 ... May 19' (the two dates are separated by a clause) -> 13-19 May 2010.")),
    ],
    hard_negatives=[
        H("over 40 buildings", "count of buildings"),
        H("10 days", "duration"),
        H("$1 billion", "money"),
        H("a group of people", "people with no count (quote)"),
        H("a military crackdown", "operation, not a count"),
    ])

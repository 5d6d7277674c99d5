"""Hand annotations of the unseen (e) set. Spans are given as (surface, anchor): `anchor` is a unique
string of the article text that contains `surface` once (None = the surface itself is unique).
build.py turns them into character offsets.

Event keys: id, type, outcome, actor=(value, surface, anchor) [surface None = from context],
civilian, count=(surface, anchor), num=numeral surface (inside the count), value/low/high/approx/qualifier,
loc=(surface, anchor, country, admin1, lat, lon, precision) or None,
date=(value, surface, anchor, flags) or None, source=(surface, anchor) or None,
and the [ext] fields of GUIDELINES section 7 where they apply.
Hard negatives: (surface, anchor, why_not_an_event).
"""

ANN = {}

# ---------------------------------------------------------------- Orakzai 2008 (VOA)
ORAK = ("the Orakzai region", None, "PAK", "Khyber Pakhtunkhwa", 33.67, 70.95, 3)
FRI = ("2008-10-10", "Friday's", "say Friday's attack", {"derived_from_context": True})
ANN["voa_2008_10_10_pakistan_orakzai_jirga_bombing"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("at least 30", None), num="30", value=30, low=30, high=None, approx=False, qualifier="at least",
             loc=ORAK, date=FRI,
             source=("Authorities in Pakistan say", None),
             notes="Suicide bombing of a tribal council (jirga). Bare 'people': actor and civilian null (the victims were pro-government tribesmen meeting to raise a militia; the text does not call them civilians or fighters). Place from the next paragraph ('the Orakzai region'; the lede only says 'a northwestern tribal region near the Afghan border'); Orakzai was a FATA agency in 2008 and is now a district of Khyber Pakhtunkhwa, the admin1 recorded. Day from 'Friday's attack' later in the story (10 October 2008, the publication day)."),
        dict(id="e2", type="casualty", outcome="wounded",
             actor=(None, None, None), civilian=None,
             count=("More than 100", None), num="100", value=100, low=100, high=None, approx=False, qualifier="more than",
             loc=ORAK, date=FRI,
             source=None, hedge="are reported",
             alt_mentions=[("scores", "injured scores of others")],
             notes="The lede's 'injured scores of others' and 'More than 100 people are reported injured' describe the same wounded; the fuller figure is primary (GUIDELINES 6, seed e1/e2) and the lede's vague 'scores' is kept as an alt_mention so that a tool reporting either span is credited. If scored as its own event, 'scores' would be value null, low 40 (2 x 20, by analogy with dozens -> 24), qualifier 'scores'. No speaker: 'are reported' goes to hedge."),
        dict(id="e3", type="casualty", outcome="wounded",
             actor=("PAK", None, None), civilian=False,
             count=("eight", "wounding eight security personnel"), num="eight", value=8, low=None, high=None, approx=False, qualifier=None,
             loc=("the heavily guarded police headquarters in Islamabad", None, "PAK", "Islamabad Capital Territory", 33.70, 73.05, 1),
             date=("2008-10-09", "a day after", "The attack came a day after", {}),
             source=None,
             notes="Earlier, separate incident: a suicide bomber at the Islamabad police headquarters. 'security personnel' at a Pakistani police headquarters -> actor PAK from context (no surface), civilian false (police/security forces, GUIDELINES 3). 'a day after' Friday's attack = Thursday 9 October 2008. The bomber's own death ('blew himself up') is not annotated (GUIDELINES 2)."),
        dict(id="e4", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("55", "killed 55 people"), num="55", value=55, low=None, high=None, approx=False, qualifier=None,
             loc=("the Marriot Hotel in the capital city", None, "PAK", "Islamabad Capital Territory", 33.73, 73.09, 1),
             date=("2008-09", "Late last month", None, {}),
             source=None,
             notes="Background figure for the September 2008 Islamabad Marriott truck bombing (the source spells it 'Marriot'). 'people, including foreigners': actor null (mixed nationalities), civilian null (bare 'people'). 'Late last month' -> the previous month, 2008-09 (GUIDELINES 5; 'late' not encoded). Place: 'the capital city' = Islamabad from the previous sentence."),
    ],
    "hard_negatives": [
        ("several hundred", "a meeting of several hundred pro-government tribesmen", "participants of a tribal council (jirga), not an armed force present or deployed; no casualty claim"),
        ("a suicide bomber", "after a suicide bomber blew himself up", "the attacker; his own death is out of scope (GUIDELINES 2)"),
        ("some of the victims", None, "no quantity"),
        ("a major militant base", None, "a place, not people"),
        ("a militia group", None, "a group to be raised, no quantity of people"),
    ],
}

# ---------------------------------------------------------------- Kohat 2009 (Wikinews)
USTER = ("Usterzai, near the town of Kohat", None, "PAK", "Khyber Pakhtunkhwa", 33.56, 71.36, 1)
ANN["wn_2009_09_18_pakistan_kohat_usterzai_bombing"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("at least thirty", None), num="thirty", value=30, low=30, high=None, approx=False, qualifier="at least",
             loc=USTER,
             date=("2009-09-18", "on Friday", None, {}),
             source=("according to a police official", None),
             notes="Car bombing in a market. Bare 'people': actor and civilian null. The lede says only 'a village in northwestern Pakistan'; the village is named in the next paragraph ('Usterzai, near the town of Kohat'), recorded as a point (precision 1) at the village, west of Kohat. 'on Friday' in a Friday 18 September 2009 story = the same day. North-West Frontier Province was renamed Khyber Pakhtunkhwa in 2010; the current name is recorded as admin1."),
        dict(id="e2", type="casualty", outcome="wounded",
             actor=(None, None, None), civilian=None,
             count=("Fifteen", None), num="Fifteen", value=15, low=None, high=None, approx=False, qualifier=None,
             loc=USTER,
             date=("2009-09-18", "on Friday", None, {"derived_from_context": True}),
             source=None,
             notes="'Fifteen other people were wounded': count phrase = the numeral ('other' marks them as distinct from the dead, not a bound). Day from the previous sentence. The police attribution of the previous sentence is not carried over (set (a) decision)."),
    ],
    "hard_negatives": [
        ("A suicide bomber", "A suicide bomber in a village", "the attacker, not a casualty count"),
        ("A two-story hotel", None, "a building; 'two-story' is not a count of people"),
        ("over three hundred pounds", None, "weight of explosives"),
        ("A police car", None, "a vehicle"),
        ("thirty miles", None, "distance"),
        ("a hundred miles", None, "distance"),
        ("many Taliban rebels", None, "no quantity; presence stated without a count"),
    ],
}

# ---------------------------------------------------------------- AFPS 2010 (82nd Airborne to Afghanistan)
ANN["afps_2010_04_30_afghanistan_82nd_airborne_battalion"] = {
    "events": [
        dict(id="e1", type="deployment",
             actor=("USA", None, None), civilian=False,
             count=("200", "The first 200 soldiers"), num="200", value=200, low=None, high=None, approx=False, qualifier=None,
             loc=("Afghanistan", "this time to Afghanistan to train", "AFG", None, None, None, 4),
             date=("2010-04-28", "April 28", None, {}),
             source=("Army Capt. Chris Brautigam, the brigade's public affairs officer, told American Forces Press Service", None),
             notes="'The first 200 soldiers ... left Fort Bragg, N.C., April 28': an actual deployment (not planned); the destination is Afghanistan from the previous sentence (Fort Bragg is the origin). 'first' orders the groups and is not a bound; value 200. Actor USA from context (US Army battalion; no country word next to the count). The rest of the battalion, deploying 'over the coming days', has no number and is a hard negative."),
    ],
    "hard_negatives": [
        ("A battalion", "A battalion of the 82nd Airborne Division's ready force", "a unit, not a head count (GUIDELINES 2)"),
        ("the rest of the battalion", None, "planned deployment with no quantity"),
        ("two months ago", None, "time expression"),
        ("325th", None, "unit number"),
        ("The 82nd Airborne Division headquarters and 4th Brigade", None, "presence stated only as units"),
        ("multiple sites", None, "count of places, no quantity of people"),
    ],
}

# ---------------------------------------------------------------- VOA 2013 (Herat / Helmand police)
ANN["voa_2013_05_21_afghanistan_herat_helmand_police"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="killed",
             actor=("AFG", None, None), civilian=False,
             count=("six", "killed six police officers"), num="six", value=6, low=None, high=None, approx=False, qualifier=None,
             loc=("the Obe district of Herat province", None, "AFG", "Herat", 34.37, 63.17, 2),
             date=("2013-05-21", "Tuesday", "the bomb Tuesday", {"derived_from_context": True}),
             source=("Officials in western Afghanistan say", None),
             notes="Roadside bomb on a police vehicle. Afghan police from context ('Officials in western Afghanistan', police guarding a dam project): actor AFG without surface; police -> civilian false. Place and day from the next sentence ('Tuesday' in a Tuesday 21 May 2013 story = the same day). Obe is a district: precision 2, coordinates of the district centre (Obe town)."),
        dict(id="e2", type="casualty", outcome="killed",
             actor=("AFG", None, None), civilian=False,
             count=("four", "killed four police officers"), num="four", value=4, low=None, high=None, approx=False, qualifier=None,
             loc=("Helmand province", None, "AFG", "Helmand", 31.0, 64.1, 3),
             date=None,
             source=None,
             notes="Second, separate incident ('Meanwhile'): a Taliban offensive in southern Afghanistan. Place from the next sentence ('attacked several security checkpoints in Helmand province'); province -> precision 3, approximate centroid. No time expression for this attack -> date null (the 'Tuesday' of the Herat bombing is not carried over). The sentence with the count has no speaker; the next sentence's 'Officials say' describes the attack, not the toll -> source null."),
    ],
    "hard_negatives": [
        ("a large number of Taliban fighters", None, "attacking force with no quantity"),
        ("several security checkpoints", None, "count of posts, not people"),
        ("a roadside bomb", None, "a weapon"),
        ("a vehicle", "a vehicle the police", "a vehicle"),
        ("a dam project", None, "a project"),
    ],
}

# ---------------------------------------------------------------- DVIDS 2014 (Oregon 41st IBCT to Afghanistan)
AFG14 = ("Afghanistan", "three battalions to Afghanistan", "AFG", None, None, None, 4)
SUMMER = ("2014-06/2014-08", "this summer", None, {"derived_from_context": True, "approx": True})
ANN["dvids_2014_05_27_afghanistan_oregon_41st_ibct_mobilization"] = {
    "events": [
        dict(id=f"e{i}", type="deployment",
             actor=("USA", None, None), civilian=False,
             count=(f"Approximately {n}", None), num=n, value=int(n), low=None, high=None, approx=True, qualifier="approximately",
             loc=AFG14, date=SUMMER, source=None, planned=True,
             notes=f"Announced deployment of the {unit} ('will deploy'): planned true. Destination and timing from the lede ('mobilize three battalions to Afghanistan this summer'; summer = 2014-06/2014-08, approx). The home stations listed in the same sentence ({home}) are origins, not locations of the event. Actor USA from context (Oregon Army National Guard; no country word next to the count)." + (" The three figures are not totalled in the text; no total event is added." if i == 1 else ""))
        for i, (n, unit, home) in enumerate([("400", "2nd Battalion, 162nd Infantry", "Springfield, Corvallis, Gresham, Hillsboro"),
                                             ("190", "1st Squadron, 82nd Cavalry", "Bend, Klamath Falls, Lebanon, Redmond"),
                                             ("275", "1st Battalion, 186th Infantry", "Ashland, Coos Bay, Grants Pass, Medford, Roseburg, St. Helens")], 1)
    ],
    "hard_negatives": [
        ("three battalions", None, "deployment stated only in units (GUIDELINES 2); the head counts follow per battalion"),
        ("deploying Soldiers", None, "no quantity"),
        ("1st Squadron, 82nd Cavalry", None, "unit numbers"),
        ("41st", "National Guard\u2019s 41st Infantry", "unit number"),
        ("May 27", None, "date"),
    ],
}

# ---------------------------------------------------------------- National Guard 2025 (Oregon 41st IBCT back from Kosovo)
ANN["ng_2025_07_22_kosovo_oregon_41st_ibct_return"] = {
    "events": [
        dict(id="e1", type="presence",
             actor=("USA", None, None), civilian=False,
             count=("600-member", None), num="600", value=600, low=None, high=None, approx=False, qualifier=None,
             loc=("Kosovo", "year-long deployment to Kosovo", "XKX", None, None, None, 4),
             date=("2024-07/2025-07-19", "year-long", "a successful year-long deployment", {"derived_from_context": True, "approx": True}),
             source=None,
             notes="'the 600-member task force' that served in Kosovo with KFOR: presence, count phrase = the compound adjective (set (c) precedent '16-thousand-member'), numeral '600'. Actor USA from context (US National Guard soldiers from five states). Date: the year-long deployment ending with the return on 19 July 2025 -> 2024-07/2025-07-19, approx (start from 'year-long'). Kosovo has no ISO 3166-1 code; XKX recorded as in set (c)."),
    ],
    "hard_negatives": [
        ("About 300", "About 300 Soldiers returned", "soldiers returning home from a deployment (redeployment/withdrawal: no event type, GUIDELINES 2 and 9.8)"),
        ("two groups", None, "count of groups"),
        ("34th", "KFOR's, 34th rotation", "ordinal of a rotation, not a count"),
        ("since 1999", None, "date"),
        ("the returning Soldiers", None, "no quantity; returning home"),
        ("2nd Battalion, 162nd Infantry Regiment, headquartered", None, "unit numbers"),
    ],
}

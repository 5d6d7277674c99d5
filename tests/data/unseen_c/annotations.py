"""Hand annotations of the unseen (c) set. Spans are given as (surface, anchor): `anchor` is a unique
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

# ---------------------------------------------------------------- Haiti 2005
HAITI_CS = ("the slum of Cite Soleil in Port-au-Prince", None, "HTI", "Ouest", 18.58, -72.33, 1)
ANN["voa_2005_04_15_haiti_cite_soleil_peacekeeper"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="killed",
             actor=("UN", "U.N.", "A U.N. Peacekeeper"), civilian=False,
             count=("A", "A U.N. Peacekeeper"), num="A", value=1, low=None, high=None, approx=False, qualifier=None,
             loc=HAITI_CS,
             date=("2005-04-14", "Thursday", "in Haiti Thursday", {}),
             source=None,
             alt_mentions=[("The U.N. peacekeeper", "The U.N. peacekeeper was killed"),
                           ("a peacekeeper", "against a peacekeeper")],
             actor_alt="PHL",
             notes="'A U.N. Peacekeeper from the Philippines': actor UN with actor_alt PHL (blind-set convention for 'United Nations peacekeepers' whose contingent is named in context). Place from the next sentence (the checkpoint in Cite Soleil). 'Thursday' in a Friday 15 April 2005 story = 14 April. 'The U.N. peacekeeper' and 'a peacekeeper' (in Sardenberg's quote) restate the same death."),
        dict(id="e2", type="casualty", outcome="killed",
             actor=("UN", None, None), civilian=False,
             count=("third", "the third peacekeeper"), num="third", value=3, low=None, high=None, approx=False, qualifier="ordinal",
             loc=("Haiti", "killed in Haiti Thursday", "HTI", None, None, None, 4),
             date=("2005-02-14/2005-04-14", "in two months", None, {"approx": True}),
             source=None,
             cumulative=True,
             notes="Ordinal stating a running total ('the third peacekeeper killed in two months'): value 3, qualifier ordinal, cumulative (devset 'the seventeenth Canadian killed'). It includes e1. 'in two months' read as the two months up to the day of e1 (approx). Actor UN from context (MINUSTAH peacekeepers); place Haiti from the lede."),
        dict(id="e3", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("over 400", None), num="400", value=400, low=400, high=None, approx=False, qualifier="over",
             loc=("Haiti", "The U.N. mission to Haiti", "HTI", None, None, None, 4),
             date=("2004-09/2005-04-15", "Since late September", None, {"approx": True}),
             source=None,
             cumulative=True,
             notes="Running toll of the violence since late September 2004 ('since X' -> X/publication date; 'late' makes it approx). 'over' is read like 'more than' (low 400, exclusive). Bare 'people': actor and civilian null. No place in the sentence; Haiti from the preceding paragraph (the article is about violence in Haiti and its capital)."),
    ],
    "hard_negatives": [
        ("the second day", None, "ordinal day of a visit"),
        ("four-day", None, "duration of a visit"),
        ("February of 2004", None, "date"),
        ("the perpetrators", None, "attackers with no quantity"),
        ("the inhabitants of Cite Soleil", None, "residents, no quantity, not an event"),
    ],
}

# ---------------------------------------------------------------- Kosovo 2008
MITRO = ("the U.N. court building in the northern town of Mitrovica", None, "XKX", "Mitrovica", 42.89, 20.87, 1)
DAWN = ("2008-03-17", "dawn", "the dawn raid", {"derived_from_context": True})
ANN["voa_2008_03_17_kosovo_mitrovica_courthouse_clashes"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="wounded",
             actor=("UN", "U.N.", "three U.N. police"), civilian=False,
             count=("three", "three U.N. police"), num="three", value=3, low=None, high=None, approx=False, qualifier=None,
             loc=MITRO, date=DAWN,
             source=("Officials say", None),
             notes="U.N. police wounded by a grenade blast while retaking the courthouse. Police -> civilian false (GUIDELINES 3). Place from the next paragraph ('the U.N. court building in the northern town of Mitrovica'); day from 'the dawn raid' in a same-day report (17 March 2008; section 10: a time of day in a same-day report is the publication day). Kosovo has no ISO 3166-1 code; the user-assigned XKX (used by the EU and IMF) is recorded."),
        dict(id="e2", type="casualty", outcome="wounded",
             actor=("NATO", "NATO", "two NATO soldiers"), civilian=False,
             count=("two", "two NATO soldiers"), num="two", value=2, low=None, high=None, approx=False, qualifier=None,
             loc=MITRO, date=DAWN,
             source=("Officials say", None),
             notes="Same blast as e1 (KFOR soldiers)."),
        dict(id="e3", type="casualty", outcome="wounded",
             actor=(None, None, None), civilian=True,
             count=("At least 20", None), num="20", value=20, low=20, high=None, approx=False, qualifier="at least",
             loc=MITRO, date=DAWN,
             source=None,
             notes="Serb demonstrators injured in the clashes. Actor null: they are Kosovo Serb protesters, a community rather than a country or an armed group (section 10 keeps unstated sides null); civilian true (demonstrators). The 'Officials say' of the previous sentence is not carried over (set (a) decision for Bab Ezzouar)."),
        dict(id="e4", type="presence",
             actor=("UN", "U.N.", "Ukrainian U.N. police"), civilian=False,
             count=("About 500", None), num="500", value=500, low=None, high=None, approx=True, qualifier="about",
             loc=MITRO, date=("2008-03-17", "dawn", "the dawn raid", {}),
             source=None,
             actor_alt="UKR",
             notes="Force that carried out the raid ('were involved in the dawn raid'): presence. 'mainly Ukrainian U.N. police' -> actor UN, actor_alt UKR (the word next to the count is the mission, the contingent is named)."),
        dict(id="e5", type="presence",
             actor=("FRA", "French", "hundreds of French troops"), civilian=False,
             count=("hundreds", "hundreds of French troops"), num="hundreds", value=None, low=200, high=None, approx=True, qualifier="hundreds",
             loc=MITRO, date=("2008-03-17", "dawn", "the dawn raid", {}),
             source=None,
             notes="French KFOR troops backing the raid: presence, actor FRA (nationality next to the count)."),
        dict(id="e6", type="casualty", outcome="captured",
             actor=(None, None, None), civilian=True,
             count=("dozens", "dozens of detainees"), num="dozens", value=None, low=24, high=None, approx=True, qualifier="dozens",
             loc=MITRO, date=("2008-03-17", "dawn", "the dawn raid", {"derived_from_context": True}),
             source=("Witnesses said", "Witnesses said rioters"),
             released=False,
             notes="Serb protesters detained in the U.N. police raid on the occupied courthouse (detentions in a raid -> captured, GUIDELINES 2). Civilian true and actor null as for e3 (the detainees are the demonstrators who occupied the court)."),
        dict(id="e7", type="casualty", outcome="captured",
             actor=(None, None, None), civilian=True,
             count=("at least 10", None), num="10", value=10, low=10, high=None, approx=False, qualifier="at least",
             loc=MITRO, date=("2008-03-17", "dawn", "the dawn raid", {"derived_from_context": True}),
             source=("Witnesses said", "Witnesses said rioters"),
             released=True, part_of="e6",
             notes="Detainees freed by rioters who attacked U.N. vehicles: captured with released true; part_of e6 (the 10 are among the dozens detained). A release by force rather than a handover; the schema cannot tell them apart."),
        dict(id="e8", type="presence",
             actor=("NATO", "NATO", "NATO peace force"), civilian=False,
             count=("16-thousand-member", None), num="16-thousand", value=16000, low=None, high=None, approx=False, qualifier=None,
             loc=("Kosovo", "NATO peace force in Kosovo", "XKX", None, None, None, 4),
             date=None, source=None,
             notes="Force size written as a compound adjective with a spoken numeral ('16-thousand-member'): count phrase = the adjective, numeral = '16-thousand' (blind-set convention for '60,000-member'). No time expression -> date null."),
        dict(id="e9", type="casualty", outcome="wounded",
             actor=(None, None, None), civilian=None,
             count=("more than 100", None), num="100", value=100, low=100, high=None, approx=False, qualifier="more than",
             loc=MITRO, date=("2008-03-17", "dawn", "the dawn raid", {"derived_from_context": True}),
             source=("Medical officials claimed", None),
             notes="People 'treated for the effects of tear gas' during the clashes, read as hurt (wounded). Closest call in the article: a tool may reasonably skip it. Bare 'people': actor and civilian null. Reporting verb 'claimed' kept in the source."),
    ],
    "hard_negatives": [
        ("Thousands of stone-hurling Serbs", None, "rioting crowd, not an armed force (blind-set rule for rally participants)"),
        ("several U.N. vehicles", None, "vehicles"),
        ("at least two transport vehicles", None, "vehicles"),
        ("United Nations and NATO personnel were injured", None, "restatement without a count"),
        ("NATO-led peacekeepers surrounding the building", None, "troops with no quantity"),
        ("U.N. police backed by NATO troops", None, "troops with no quantity"),
        ("last month", "independence last month.\n", "date"),
    ],
}

# ---------------------------------------------------------------- Georgia 2008
SO = ("South Ossetia", "already in South Ossetia", "GEO", None, None, None, 3)
ANN["voa_2008_08_08_georgia_south_ossetia_peacekeepers"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="killed",
             actor=("RUS", "Russian", "10 Russian peacekeepers"), civilian=False,
             count=("10", "10 Russian peacekeepers"), num="10", value=10, low=None, high=None, approx=False, qualifier=None,
             loc=SO, date=None,
             source=("Defense officials reported", None),
             notes="Russian peacekeepers in South Ossetia; place from the previous sentence ('Russian peacekeepers already in South Ossetia'). South Ossetia is a breakaway region, not a first-level division of Georgia (it straddles Shida Kartli and neighbouring regions) -> admin1 null, no point. The text gives no time expression for the deaths ('in the fighting'; same-day report of 8 Aug 2008) -> date null."),
        dict(id="e2", type="casualty", outcome="wounded",
             actor=("RUS", "Russian", "10 Russian peacekeepers"), civilian=False,
             count=("30", "and 30 wounded"), num="30", value=30, low=None, high=None, approx=False, qualifier=None,
             loc=SO, date=None,
             source=("Defense officials reported", None),
             notes="Elliptical: '10 Russian peacekeepers killed and 30 wounded' -> 30 Russian peacekeepers wounded."),
    ],
    "hard_negatives": [
        ("two Georgian air bases", None, "count of air bases"),
        ("Russian tanks entered the region", None, "armour, no head count"),
        ("its tanks are reinforcing Russian peacekeepers", None, "reinforcement by tanks, no head count; the peacekeepers present have no count"),
        ("the early 1990s", None, "date"),
        ("the dispatch of Russian peacekeepers", None, "past deployment with no quantity"),
        ("many residents", None, "residents, vague, not troops"),
    ],
}

# ---------------------------------------------------------------- Peru 2008
HUANC = ("the southern Huancavelica province", None, "PER", "Huancavelica", None, None, 3)
THU = ("2008-10-09", "late Thursday", None, {"derived_from_context": True})
ANN["voa_2008_10_10_peru_huancavelica_ambush"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("19", "killed 19 people"), num="19", value=19, low=None, high=None, approx=False, qualifier=None,
             loc=HUANC, date=("2008-10-09", "late Thursday", None, {}),
             source=("The Peruvian military says", None),
             is_total=True,
             notes="Total of the ambush (12 soldiers + 7 civilians). Bare 'people' and a mixed toll -> actor and civilian null (section 10). Place from the next sentence. 'late Thursday' in a Friday 10 Oct 2008 story = 9 Oct. 'Huancavelica province' is the Huancavelica region (department), the first-level division."),
        dict(id="e2", type="casualty", outcome="killed",
             actor=("PER", None, None), civilian=False,
             count=("12", "12 soldiers"), num="12", value=12, low=None, high=None, approx=False, qualifier=None,
             loc=HUANC, date=THU,
             source=("The military says", None),
             part_of="e1",
             notes="Peruvian soldiers (actor from context: the Peruvian military's convoy)."),
        dict(id="e3", type="casualty", outcome="killed",
             actor=("PER", None, None), civilian=True,
             count=("seven", "seven civilians"), num="seven", value=7, low=None, high=None, approx=False, qualifier=None,
             loc=HUANC, date=THU,
             source=("The military says", None),
             part_of="e1",
             notes="Civilians travelling with the convoy; actor PER plainly implied (civilians in a Peruvian province, section 10)."),
        dict(id="e4", type="casualty", outcome="killed",
             actor=("PER", None, None), civilian=True,
             count=("a", "including a child"), num="a", value=1, low=None, high=None, approx=False, qualifier=None,
             loc=HUANC, date=THU,
             source=("The military says", None),
             part_of="e3",
             notes="'including a child' breakdown of the seven civilians."),
        dict(id="e5", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("tens of thousands", None), num="tens of thousands", value=None, low=20000, high=None, approx=True, qualifier="tens of thousands",
             loc=None,
             date=("1980/2008-10-10", "started in 1980", None, {"approx": True}),
             source=None,
             cumulative=True,
             notes="Conflict-wide toll of the Shining Path insurgency ('left tens of thousands of people dead'), annotated like the held-out set's war-wide tolls. 'tens of thousands' -> low 20000 by analogy with 'thousands' -> 2000. Interval from the start of the insurgency to publication (approx; most of the deaths fell in 1980-2000). No place in the text (Peru only as 'Peruvian') -> location null."),
    ],
    "hard_negatives": [
        ("four military vehicles", None, "vehicles"),
        ("1992", None, "year"),
        ("suspected Shining Path guerrillas", None, "attackers with no quantity"),
        ("small attacks", None, "attacks, no quantity"),
    ],
}

# ---------------------------------------------------------------- Mexico 2011
ANN["voa_2011_02_19_mexico_tamaulipas_reinforcements"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("at least 34,000", None), num="34,000", value=34000, low=34000, high=None, approx=False, qualifier="at least",
             loc=("Mexico", "against Mexico's powerful cartels", "MEX", None, None, None, 4),
             date=("2006-12/2011-02-19", "since then", None, {"derived_from_context": True}),
             source=("Government officials say", None),
             cumulative=True,
             notes="Running toll of drug-related violence since Calderon's offensive began ('since then' = since December 2006, stated in the previous sentence) -> interval 2006-12/publication date, derived from context. Bare 'people': actor and civilian null. Place: Mexico, from the previous sentence."),
    ],
    "hard_negatives": [
        ("four more battalions", None, "deployment stated only in units (battalions), no head count (GUIDELINES 2)"),
        ("the soldiers will be deployed", None, "planned deployment with no quantity (the battalions)"),
        ("slain soldiers", None, "deaths with no quantity"),
        ("December of 2006", None, "date"),
    ],
}

# ---------------------------------------------------------------- Ukraine Sept 2014
EU = ("eastern Ukraine", "hours in eastern Ukraine", "UKR", None, None, None, 3)
SINCE_FRI = ("2014-09-05/2014-09-09", "since the cease-fire took effect last Friday", None, {})
ANN["voa_2014_09_09_ukraine_donetsk_truce_prisoners"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="wounded",
             actor=(None, None, None), civilian=True,
             count=("One", "One woman"), num="One", value=1, low=None, high=None, approx=False, qualifier=None,
             loc=("the city of Donetsk", None, "UKR", "Donetsk Oblast", 48.00, 37.80, 1),
             date=("2014-09-08/2014-09-09", "overnight", None, {"derived_from_context": True}),
             source=("the Donetsk city council told The Associated Press", None),
             notes="A woman injured in the overnight shelling of Donetsk (place and time from the lede: 'an overnight shelling of the city of Donetsk' in a Tuesday 9 Sept 2014 story -> the night of 8-9 Sept). Actor null: a resident of rebel-held Donetsk, side not stated."),
        dict(id="e2", type="casualty", outcome="killed",
             actor=("UKR", "Ukrainian", "five Ukrainian servicemen"), civilian=False,
             count=("five", "five Ukrainian servicemen"), num="five", value=5, low=None, high=None, approx=False, qualifier=None,
             loc=EU, date=SINCE_FRI,
             source=("Ukraine's National Security and Defense Council spokesman Andriy Lysenko said", None),
             cumulative=True,
             notes="Running toll since the cease-fire took effect on Friday 5 Sept 2014 ('last Friday' in a Tuesday story = the Friday of the previous week). Place: the cease-fire zone, 'eastern Ukraine' from the lede."),
        dict(id="e3", type="casualty", outcome="wounded",
             actor=("UKR", "Ukrainian", "five Ukrainian servicemen"), civilian=False,
             count=("33", "and 33 wounded"), num="33", value=33, low=None, high=None, approx=False, qualifier=None,
             loc=EU, date=SINCE_FRI,
             source=("Ukraine's National Security and Defense Council spokesman Andriy Lysenko said", None),
             cumulative=True,
             notes="Elliptical ('killed and 33 wounded') -> 33 Ukrainian servicemen wounded."),
        dict(id="e4", type="casualty", outcome="captured",
             actor=("UKR", "Ukrainian", "648 Ukrainian"), civilian=False,
             count=("648", None), num="648", value=648, low=None, high=None, approx=False, qualifier=None,
             loc=None,
             date=("2014-09-05/2014-09-09", "so far", "648 Ukrainian prisoners-of-war so far", {}),
             source=("Lysenko said", "Lysenko said on Tuesday"),
             released=True, cumulative=True, part_of="e6",
             notes="POWs released by the separatists 'so far under the terms of the cease-fire' -> running total since the cease-fire of 5 Sept, released true. Part of the ~1,200 that Lysenko says the president's figure covered (e6)."),
        dict(id="e5", type="casualty", outcome="captured",
             actor=("UKR", None, None), civilian=False,
             count=("about 500", None), num="500", value=500, low=None, high=None, approx=True, qualifier="about",
             loc=None, date=None,
             source=("Lysenko", "Lysenko said on Tuesday"),
             released=False, part_of="e6",
             notes="'about 500 more POWs' still held, whose release Kyiv is working to secure: captured, released false; 'more' = additional (GUIDELINES 4). Actor from context (the Ukrainian side's POWs). Source: the pronoun 'He' resolved to its antecedent 'Lysenko' (previous sentence). No time expression."),
        dict(id="e6", type="casualty", outcome="captured",
             actor=("UKR", None, None), civilian=None,
             count=("about 1,200", None), num="1,200", value=1200, low=None, high=None, approx=True, qualifier="about",
             loc=None, date=None,
             source=("Ukrainian President Petro Poroshenko said", None),
             released=True, is_total=True, reported_date="2014-09-08",
             notes="'the release of about 1,200 POWs had been secured' (Poroshenko, Monday 8 Sept): an agreed release, released true. Lysenko clarifies that the figure is the total of POWs 'and others' held by the separatists -> is_total over e4 (648 freed) and e5 (~500 pending); 648 + 500 is close to 1,200. 'and others' may include civilians -> civilian null. Only the day of the statement is given -> date null, reported_date."),
    ],
    "hard_negatives": [
        ("four times", None, "count of incidents (shelling)"),
        ("how many rebel POWs", None, "no quantity given"),
        ("Both sides", None, "the two parties, not a count of people"),
        ("day-time hours", None, "time, not a count"),
    ],
}

# ---------------------------------------------------------------- Ukraine Oct 2014
EU2 = ("eastern Ukraine", "Donetsk, in eastern Ukraine", "UKR", None, None, None, 3)
ANN["voa_2014_10_05_ukraine_donetsk_airport_ceasefire"] = {
    "events": [
        dict(id="e1", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("75", None), num="75", value=75, low=None, high=None, approx=False, qualifier=None,
             loc=EU2,
             date=("2014-09-05/2014-10-05", "since the cease-fire took effect September 5", None, {}),
             source=("Ukraine said", None),
             cumulative=True,
             notes="Running toll since the 5 Sept cease-fire, in Kyiv's count. 'soldiers and civilians' with no breakdown -> civilian null (a mixed toll that is not 'mostly civilians'); actor null because the civilians' side is not stated ('Ukraine' is the speaker, not the named side; the soldiers are presumably Ukrainian). Place: the cease-fire zone, 'eastern Ukraine' from the lede."),
        dict(id="e2", type="casualty", outcome="killed",
             actor=("UKR", "Ukrainian", "Two Ukrainian service staff"), civilian=False,
             count=("Two", "Two Ukrainian service staff"), num="Two", value=2, low=None, high=None, approx=False, qualifier=None,
             loc=EU2,
             date=("2014-10-04/2014-10-05", "in the past 24 hours", "killed in the past 24 hours", {}),
             source=("Polyovy said", "Polyovy said in the capital"),
             notes="'in the past 24 hours' -> interval (publication date - 1)/publication date. The deaths are not tied to a particular place (attacks 'in several parts of the east including the airport at Donetsk') -> eastern Ukraine."),
        dict(id="e3", type="casualty", outcome="wounded",
             actor=("UKR", "Ukrainian", "Two Ukrainian service staff"), civilian=False,
             count=("six others", None), num="six", value=6, low=None, high=None, approx=False, qualifier=None,
             loc=EU2,
             date=("2014-10-04/2014-10-05", "in the past 24 hours", "killed in the past 24 hours", {"derived_from_context": True}),
             source=("Polyovy said", "Polyovy said in the capital"),
             notes="'six others were wounded' -> six Ukrainian service staff wounded; the 24-hour window is stated in the first clause of the sentence."),
        dict(id="e4", type="casualty", outcome="killed",
             actor=(None, None, None), civilian=None,
             count=("more than 3,500", None), num="3,500", value=3500, low=3500, high=None, approx=False, qualifier="more than",
             loc=("eastern Ukraine", "3,500 people in eastern Ukraine", "UKR", None, None, None, 3),
             date=("2014-04/2014-10-05", "the six-month war", None, {"approx": True, "derived_from_context": True}),
             source=("according to U.N. figures", None),
             cumulative=True,
             notes="Conflict-wide toll ('the continuing carnage, which has killed more than 3,500 people'). Interval from the start of the 'six-month war' (April 2014, approx) to publication, derived from the lede. Bare 'people': actor and civilian null."),
    ],
    "hard_negatives": [
        ("two more airport attacks", None, "count of attacks"),
        ("one month", None, "duration"),
        ("Oct. 26", None, "date"),
        ("heavy losses", None, "losses with no quantity"),
        ("Russian troops reinforcing the separatists", None, "troops with no quantity"),
        ("both sides", None, "the two parties, not a count of people"),
    ],
}

# ---------------------------------------------------------------- Ukraine Feb 2015 (no event)
ANN["voa_2015_02_19_ukraine_mariupol_debaltseve"] = {
    "events": [],
    "hard_negatives": [
        ("thousands of weary and demoralized Ukrainian troops were withdrawn", None, "withdrawal of troops (no event type, GUIDELINES 2 and 9)"),
        ("the leaders of Russia, Germany and France", None, "heads of state, not a count of troops or casualties"),
        ("last year", None, "date"),
        ("Ukrainian forces took control of the city", None, "forces with no quantity"),
        ("heavy shelling", None, "no quantity, no casualty"),
    ],
}

# ---------------------------------------------------------------- Romania 2022
ANN["dvids_2022_07_30_romania_101st_airborne_arrival"] = {
    "events": [
        dict(id="e1", type="deployment",
             actor=("USA", None, None), civilian=False,
             count=("nearly 2,400", None), num="2,400", value=2400, low=None, high=2400, approx=True, qualifier="nearly",
             loc=("Mihail Kogalniceanu, Romania", None, "ROU", "Constan\u021ba", 44.36, 28.49, 1),
             date=("2022-07-30", "July 30th, 2022", None, {"derived_from_context": True}),
             source=None,
             notes="'the division returns to the European theater with nearly 2,400 Soldiers': deployment of the 101st Airborne Division (U.S. Army; actor from context). The text's own destination is 'the European theater' (a continent, no ISO3); the article ties the deployment to Mihail Kogalniceanu, Romania, where the ceremony 'symbolizes the start of the division's forward deployment', and McGee names Romania, Bulgaria, Hungary and Slovakia. Location = Mihail Kogalniceanu (the air base, in Constanta county); a tool giving 'Europe' or 'Romania' is partly right. Date taken from the ceremony (30 July 2022), derived from context; the arrivals themselves began earlier (not in the text)."),
    ],
    "hard_negatives": [
        ("After 80 years", None, "duration"),
        ("After 25 years", None, "duration"),
        ("2nd Brigade Combat Team", None, "unit, no head count"),
        ("2nd and 3rd Battalion 227th Aviation Regiment", None, "unit numbers"),
        ("101st", "The Headquarters, 101st", "unit ordinal"),
        ("Soldiers from 2nd BCT", None, "troops with no quantity (a demonstration)"),
    ],
}

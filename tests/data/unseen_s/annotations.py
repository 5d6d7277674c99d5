# -*- coding: utf-8 -*-
"""Gold annotations of set (s), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, districts and countries, as in
sets (g)-(n)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset from a city,
3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Australia / Iraq, 2005-02-23 (Wednesday)
ANN["wn_2005_02_23_iraq_australia_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("AUS", "Australian"), civilian=False,
             count=C("an additional 450", num="450", value=450),
             location=L("the Iraqi province of Al Muthanna", "IRQ", "Al Muthanna", None, None, 3),
             date=D(None), source=S("Australian  prime minister John Howard  has admitted"), planned=True,
             reported_date="2005-02-22", trigger=T("commit", at="to commit an additional"),
             notes=("'... John Howard  has admitted this week's decision to commit an additional 450 troops to Iraq  "
                    "is a policy backflip.' -> announced deployment (planned; 'additional' = more, value 450, not a "
                    "bound). Destination from the last sentence: 'The Australians will be deployed to the Iraqi "
                    "province of Al Muthanna' (province, precision 3). No date is given for the deployment itself; "
                    "the decision was announced 'yesteday' (sic) = Tuesday 22 February 2005 -> date null, "
                    "reported_date 2005-02-22. Source: Howard's admission frames the clause that holds the figure "
                    "(close call: the figure itself is the article's own statement of the decision).")),
    ],
    hard_negatives=[
        H("more than double the number of Australian troops", "a comparison with no count of its own"),
        H("1400 soldiers", "a withdrawal of Dutch troops from Iraq (withdrawals are not events, GUIDELINES 2)"),
        H("no major increase in the number of Australian troops", "negated/no count"),
        H("Japanese engineers", "no count"),
        H("2004", "year of the election campaign", at="During the 2004"),
    ])

# ---------------------------------------------------------------- Nepal, 2005-04-12 (Tuesday)
NEPAL_CLASH = L("550 kilometers west of Nepal's capital Kathmandu", "NPL", None, None, None, 3)
APR9 = D("2005-04-09", "three days ago", derived_from_context=True)
ANN["wn_2005_04_12_nepal_maoist_clash"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(["Maoists", "NPL"], "Nepalis"), civilian=False,
             count=C("As many as 116", num="116", value=116, high=116, approx=True, qualifier="as many as"),
             location=NEPAL_CLASH, date=APR9,
             source=S("according to recent estimates from multiple sources"), is_total=True,
             trigger=T("killed", at="have been killed"),
             notes=("'As many as 116 Nepalis  have been killed in recent confrontations between  guerrillas and "
                    "government troops, according to recent estimates ...' -> upper bound ('as many as': high, "
                    "approx). The figure equals the two figures of the battle that follows (113 rebel bodies + 3 "
                    "government troops = 116), so it is the total of e2 and e3 (is_total), and its place and day are "
                    "those of that battle (derived: '550 kilometers west of Nepal's capital Kathmandu', 'three days "
                    "ago' = Saturday 9 April 2005; close call, the lede says 'recent confrontations'). A toll "
                    "covering both sides -> list actor (section 10) ['Maoists','NPL']; the text's word is "
                    "'Nepalis'. Both sides are combatants -> civilian false.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("Maoists", "Maoist", at="Maoist rebels"),
             civilian=False,
             count=C("Approximately 113", num="113", value=113, approx=True, qualifier="approximately"),
             location=NEPAL_CLASH, date=D("2005-04-09", "three days ago"), source=None, part_of="e1",
             trigger=T("bodies", at="113 bodies"),
             notes=("'Approximately 113 bodies of Maoist rebels were recovered following a fierce battle ... three "
                    "days ago.' -> implied deaths (bodies recovered). 'three days ago' in a Tuesday story -> "
                    "Saturday 9 April 2005. Place from the next sentence ('The clash took place 550 kilometers west "
                    "of Nepal's capital Kathmandu'; a long offset from the capital -> region-level precision 3, no "
                    "coordinates). Part of e1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("NPL", "government", at="Three government troops"),
             civilian=False, count=C("Three", value=3, at="Three government troops"),
             location=NEPAL_CLASH, date=APR9, source=None, part_of="e1",
             trigger=T("killed", at="troops were killed"),
             notes=("'The clash took place 550 kilometers west of Nepal's capital Kathmandu, when rebels attacked "
                    "an outpost of the Royal Nepalese Army. Three government troops were killed.' -> Royal Nepalese "
                    "Army soldiers (NPL). Day from 'three days ago' in the previous sentence (derived). Part of e1.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("More than 11,000", num="11,000", value=11000, low=11000, qualifier="more than"),
             location=L("Nepal", "NPL", None, None, None, 4, at="throughout Nepal"),
             date=D("1996/2005-04-12", "during 9 years of violent conflict", approx=True), source=None,
             cumulative=True, hedge="are believed", trigger=T("deaths", at="11,000 deaths"),
             notes=("'More than 11,000 deaths are believed to have been caused during 9 years of violent conflict.' "
                    "-> running total of the conflict (cumulative). '9 years' before April 2005 -> 1996 to "
                    "publication (approx). No speaker; 'are believed' -> hedge. Both sides and villagers -> actor "
                    "and civilian null. Place: the country ('throughout Nepal' in the previous sentence).")),
    ],
    hard_negatives=[
        H("countless villagers", "deaths with no count"),
        H("550 kilometers", "distance"),
        H("within three years", "duration"),
        H("February 1", "date of the king's seizure of power"),
        H("9 years", "duration (inside the date phrase of e4, not a count)", at="during 9 years"),
        H("arrested demonstrators", "arrests with no count (and not conflict captures)"),
        H("human rights observers", "no count"),
        H("We are killing Nepalese", "a general statement with no count"),
    ])

# ---------------------------------------------------------------- Afghanistan / NATO, 2005-08-04 (Thursday)
AFG = L("Afghanistan", "AFG", None, None, None, 4)
ANN["wn_2005_08_04_afghanistan_nato_expansion"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("NATO", "NATO", at="much of NATO"), civilian=False,
             count=C("8,000-strong", num="8,000", value=8000), location=AFG,
             date=D("2005-08-04", "Presently"), source=None, trigger=T("based", at="is based"),
             notes=("'Presently, much of NATO's 8,000-strong International Security Assistance Force  (ISAF) is "
                    "based in the capital Kabul , with units also based in the north and west of the country.' -> "
                    "the whole force of 8,000 is in Afghanistan (Kabul holds only 'much of' it, the rest is in the "
                    "north and west) -> location the country (first mention, 'presence in Afghanistan'; close call "
                    "against 'the capital Kabul'). 'Presently' -> publication day. ISAF is NATO-led -> actor NATO.")),
        dict(id="e2", type="presence", actor=A("USA", "United States", at="welcomed by the United States"),
             civilian=False, count=C("19,000", value=19000),
             location=L("the south", "AFG", None, None, None, 3, at="based in the south"),
             date=D(None), source=None, trigger=T("troops", at="19,000 troops"),
             notes=("'... the United States who hope that they will be able to withdraw some of its 19,000 troops "
                    "from Afghanistan. The US forces are based in the south ...' -> the US force present in "
                    "Afghanistan (the hoped-for withdrawal of 'some' is not an event). Place: the next sentence "
                    "'are based in the south' (of Afghanistan; region, precision 3). Present tense, no time "
                    "expression -> date null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("nearly 1000", num="1000", value=1000, high=1000, approx=True, qualifier="nearly"),
             location=AFG, date=D("2005-03/2005-08-04", "since March"), source=None, cumulative=True,
             trigger=T("killed", at="people killed"),
             notes=("'A recent surge in violence against NATO and US forces ... has seen nearly 1000 people killed "
                    "since March.' -> running total (cumulative), March 2005 to publication. 'people' -> actor and "
                    "civilian null. No place in the sentence; the article's country (Afghanistan).")),
        dict(id="e4", type="deployment", actor=A("NATO", "NATO", at="NATO intends"), civilian=False,
             count=C("an additional 2,000", num="2,000", value=2000),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan parliamentary"),
             date=D("2005-09", "next month", approx=True), source=None, planned=True,
             trigger=T("send", at="intends to send"),
             notes=("'NATO intends to send an additional 2,000 troops for the Afghanistan parliamentary elections "
                    "scheduled to take place next month.' -> planned deployment ('additional' = more, value 2000). "
                    "Dated by the elections 'next month' = September 2005 (approx: the troops are sent for the "
                    "elections, possibly before).")),
        dict(id="e5", type="deployment", actor=A("GBR", "British", at="the British Army"), civilian=False,
             count=C("up to 5,000", num="5,000", value=5000, high=5000, approx=True, qualifier="up to"),
             location=AFG, date=D("2006", "next year"), source=None, planned=True, hedge="It is believed",
             trigger=T("deploy", at="will deploy"),
             notes=("'It is believed that the British Army  will deploy up to 5,000 troops next year ...' -> planned "
                    "deployment, 'next year' = 2006; 'It is believed' names no speaker -> hedge. Destination not in "
                    "the sentence: NATO's expansion in Afghanistan (the article's subject, first sentence 'sending "
                    "forces into the south and east of the country in 2006') -> Afghanistan.")),
    ],
    hard_negatives=[
        H("forces", "deployment with no count", at="by sending forces"),
        H("16 Air Assault Brigade", "unit name and number"),
        H("every six-months", "duration"),
        H("9 October 2004", "date"),
        H("in 2002", "year"),
        H("Coalition forces", "no count"),
    ])

# ---------------------------------------------------------------- Sri Lanka, 2006-01-23 (Monday)
SL = lambda at: L("Sri Lanka", "LKA", None, None, None, 4, at=at)  # noqa: E731
SINCE_DEC = D("2005-12/2006-01-23", "since December")
ANN["wn_2006_01_23_sri_lanka_soldiers_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LKA"), civilian=False,
             count=C("three", value=3, at="three soldiers"),
             location=L("Sri Lanka's  volatile eastern region", "LKA", "Eastern", None, None, 3),
             date=D(None), source=None, trigger=T("killed", at="ambushed and killed"),
             alt_mentions=[S("three soldiers", at="As he arrived, three")],
             notes=("'Suspected Tamil Tiger  rebels have ambushed and killed three soldiers in Sri Lanka's  volatile "
                    "eastern region ...' -> Sri Lankan soldiers ('the army blamed on the Tamil Tigers'; actor LKA "
                    "from context, surface null). 'As he arrived, three soldiers were killed in a landmine explosion "
                    "in the east' restates the figure (alt_mentions). No date is given (only 'As he arrived') -> "
                    "null. Eastern Province, precision 3.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("LKA"), civilian=False,
             count=C("over 70", num="70", value=70, low=70, qualifier="over"), location=SL("arrived in Sri Lanka"),
             date=SINCE_DEC, source=None, cumulative=True, trigger=T("killed", at="which have killed"),
             notes=("'... a series of attacks which have killed over 70 military personnel since December.' -> "
                    "running total (cumulative), December 2005 to publication; Sri Lankan military (LKA from "
                    "context). 'over' = more than (low 70). No place in the sentence -> the country. Not linked to "
                    "e1 or e4 (running totals that include deaths the text does not describe).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("About 65,000", num="65,000", value=65000, approx=True, qualifier="about"),
             location=SL("state in the north and east of Sri Lanka"),
             date=D("1983/2002", "before the cease-fire", approx=True, derived_from_context=True), source=None,
             cumulative=True, trigger=T("killed", at="people were killed in the conflict"),
             notes=("'About 65,000 people were killed in the conflict before the cease-fire.' -> the war's toll "
                    "(cumulative). Period: from 'since 1983' (two sentences before, derived) to the cease-fire, "
                    "whose year (2002) the text does not give (annotator's knowledge; approx). 'people' -> actor and "
                    "civilian null. Place: the country.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Over 100", num="100", value=100, low=100, qualifier="over"),
             location=SL("state in the north and east of Sri Lanka"), date=SINCE_DEC, source=None, cumulative=True,
             trigger=T("killed", at="have been killed in the escalating"),
             notes=("'Over 100 people have been killed in the escalating violence since December.' -> running "
                    "total (cumulative), December 2005 to publication; 'people' -> actor and civilian null. It "
                    "contains the 70 military personnel of e2, but the text does not give it as a breakdown -> no "
                    "part_of link (close call).")),
    ],
    hard_negatives=[
        H("a Norwegian peace broker", "a single named-by-role envoy, not a casualty or troop count"),
        H("since 1983", "date"),
        H("April 2003", "date"),
        H("suicide bombers", "no count; hypothetical"),
        H("executions of Tamil civilians and rebels", "allegation with no count"),
        H("a fragmentation mine", "weapon, not people"),
    ])

# ---------------------------------------------------------------- Somalia / Ethiopia, 2006-07-20 (Thursday)
LUUQ = L("the border town of Luk", "SOM", "Gedo", 3.80, 42.55, 1)
ANN["wn_2006_07_20_somalia_ethiopian_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("ETH"), civilian=False,
             count=C("around 2,000", num="2,000", value=2000, approx=True, qualifier="around"),
             location=LUUQ, date=D("2006-07-19/2006-07-20", "overnight"), source=None,
             trigger=T("crossing", at="seen crossing"),
             notes=("'A convoy of around 2,000 soldiers were seen crossing the Ethiopian frontier overnight, "
                    "joining another 2,000 troops already based in the border town of Luk.' -> Ethiopian troops "
                    "moving into Somalia (deployment). Actor ETH from context ('soldiers from Somalia's neighbour  "
                    "Ethiopia  crossed the country's borders'; 'the Ethiopian frontier' names the border, not the "
                    "troops -> surface null). Destination: Luk (Luuq, Gedo region). 'overnight' in a Thursday story "
                    "-> the night of 19-20 July 2006. Seen by witnesses; Ethiopia denies sending troops (no hedge "
                    "word on the figure; the denial is noted only).")),
        dict(id="e2", type="presence", actor=A("ETH"), civilian=False,
             count=C("another 2,000", num="2,000", value=2000, at="another 2,000"), location=LUUQ,
             date=D(None), source=None, trigger=T("based", at="already based"),
             notes=("'... joining another 2,000 troops already based in the border town of Luk.' -> Ethiopian troops "
                    "present in Luuq (presence; 'another' = additional, value 2000). No time expression of its own "
                    "('already') -> date null.")),
    ],
    hard_negatives=[
        H("less than 60km", "distance"),
        H("soldiers from Somalia’s neighbour", "deployment with no count"),
        H("massing troops", "no count"),
        H("men in Ethiopian uniform", "presence with no count"),
        H("no government troops", "negated presence (Ethiopian denial)"),
        H("on 11 July", "date"),
        H("since 1991", "year"),
        H("the 22nd July", "date of planned talks"),
        H("some loyal troops", "no count"),
    ])

# ---------------------------------------------------------------- France / UNIFIL, 2006-08-24 (Thursday)
LEBANON = L("Lebanon", "LBN", None, None, None, 4, at="blue helmet in Lebanon")
ANN["wn_2006_08_24_lebanon_france_unifil"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("FRA", "French", at="the French complement"), civilian=False,
             count=C("2,000", value=2000), location=LEBANON, date=D(None),
             source=S("French President  Jacques Chirac  announced"), planned=True, reported_date="2006-08-24",
             trigger=T("increased", at="will be increased"),
             alt_mentions=[S("2,000", at="2,000 French soldiers")],
             notes=("'... Jacques Chirac  announced today that the French complement in the UNIFIL  will be "
                    "increased to 2,000.' -> the planned strength of the French contingent (planned presence, as "
                    "set (n)'s planned total '500 troops'). Chirac's quote '2,000 French soldiers will thus serve "
                    "under the blue helmet in Lebanon' restates it (alt_mentions) and gives the place (Lebanon, "
                    "derived). No date for the increase; announced 'today' -> date null, reported_date. 'two more "
                    "battalions' (the reinforcement) is given only in units -> hard negative.")),
        dict(id="e2", type="presence", actor=A("FRA"), civilian=False,
             count=C("1,700 strong", num="1,700", value=1700), location=None, date=D(None),
             source=S("Chirac also underlined"), trigger=T("deployment", at="the deployment of the 1,700"),
             notes=("'Chirac also underlined that the deployment of the 1,700 strong Opération Baliste  would "
                    "continue.' -> a French force already deployed that stays (presence, as set (j)'s 'are "
                    "deployed'). Actor FRA from context (Chirac, French operation; surface null). The text names no "
                    "place for it -> location null. No time expression -> date null.")),
        dict(id="e3", type="deployment", actor=A("FRA", "France", at="France initially"), civilian=False,
             count=C("only 200 more", num="200", value=200), location=LEBANON, date=D(None), source=None,
             planned=True, trigger=T("send", at="promising to send"),
             notes=("'France initially surprised the world by promising to send only 200 more soldiers ...' -> an "
                    "earlier announced deployment (planned), since superseded by e1; kept as a separate claim "
                    "(as section 10's superseded tolls). 'more' = additional (value 200). Destination: UNIFIL in "
                    "Lebanon (context). 'initially' gives no date -> null. Close call: a superseded promise.")),
        dict(id="e4", type="presence", actor=A("UN", "UNIFIL", at="UNIFIL to 15,000"), civilian=False,
             count=C("15,000", value=15000), location=LEBANON, date=D(None),
             source=S("had been announced by the United Nations"), planned=True,
             trigger=T("reinforcement", at="a reinforcement of the UNIFIL"),
             notes=("'... while a reinforcement of the UNIFIL to 15,000 troops had been announced by the United "
                    "Nations.' -> planned strength of UNIFIL (planned presence, actor UN). Place: Lebanon (UNIFIL's "
                    "area; context). No date.")),
    ],
    hard_negatives=[
        H("two more battalions", "units, not a head count (GUIDELINES 2)"),
        H("heavy casualties", "casualties with no count (Bosnia)"),
        H("had been taken hostages", "captives with no count (Bosnia)"),
        H("the abducted Israeli soldiers", "captives with no count"),
        H("the Lebanese prisoners", "prisoners with no count"),
        H("Resolution 1701", "resolution number"),
        H("Several European partners", "countries, not people"),
        H("the bulk of the troops", "no count"),
    ])

# ---------------------------------------------------------------- Iraq / Mahmoudiyah, 2007-05-13 (Sunday)
MAHM = L("Mahmoudiyah , a town just south of Baghdad , Iraq", "IRQ", "Baghdad", 33.06, 44.36, 1)
ANN["wn_2007_05_13_iraq_mahmoudiyah_patrol"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "United States"), civilian=False,
             count=C("Five", value=5, at="Five members"), location=MAHM, date=D(None), source=None,
             is_total=True, trigger=T("killed", at="were killed and 3"),
             alt_mentions=[S("the five", at="four of the five")],
             notes=("'Five members of United States  patrol were killed and 3 presumed kidnapped in Mahmoudiyah , a "
                    "town just south of Baghdad , Iraq  when militants attacked their patrol.' -> total of the "
                    "breakdown that follows: three US soldiers (e2), one Iraqi interpreter (e3) and an unidentified "
                    "fifth body (hard negative: no count word). Actor USA from the text's 'members of United States  "
                    "patrol' (close call: one is Iraqi); mostly soldiers -> civilian false. The text gives no day "
                    "for the attack (only '4:44 a.m') -> date null. 'the five' in Caldwell's quote restates it.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "US", at="US soldiers"), civilian=False,
             count=C("Three", value=3, at="Three of the killed"), location=MAHM, date=D(None), source=None,
             part_of="e1", trigger=T("killed", at="Three of the killed"),
             alt_mentions=[S("three", at="identity of three")],
             notes=("'Three of the killed were US soldiers.' -> part of e1. Caldwell's 'the identity of three of "
                    "the American soldiers who were killed' restates it (alt_mentions).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="An Iraqi interpreter"),
             civilian=True, count=C("An", value=1, at="An Iraqi interpreter"), location=MAHM, date=D(None),
             source=None, part_of="e1", trigger=T("killed", at="was also killed"),
             alt_mentions=[S("the one", at="the one Iraqi Army")],
             notes=("'An Iraqi interpreter who was traveling with the soldiers was also killed.' -> 1 (singular "
                    "determiner on a person noun); part of e1. Interpreter -> civilian true (GUIDELINES 3; close "
                    "call: Caldwell calls him 'the one Iraqi Army interpreter', restated as alt_mention).")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("USA", "United States"), civilian=False,
             count=C("3", value=3, at="3 presumed"), location=MAHM, date=D(None), source=None, hedge="presumed",
             trigger=T("kidnapped", at="presumed kidnapped"),
             notes=("'... were killed and 3 presumed kidnapped ...' -> captured (kidnapped), hedged by 'presumed' "
                    "(the headline says 'missing'; the body calls them 'the missing soldiers' and reports the "
                    "Islamic State of Iraq's claim that it 'is holding US soldiers'). Captured chosen over missing "
                    "because the text's verb is 'kidnapped' (close call). Members of the US patrol -> USA, "
                    "soldiers -> civilian false.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="U.S. soldier death toll"),
             civilian=False,
             count=C("at least 3,391", num="3,391", value=3391, low=3391, qualifier="at least"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="Baghdad , Iraq"), date=D(None), source=None,
             cumulative=True, trigger=T("death toll", at="soldier death toll"),
             notes=("'The attack brings the current U.S. soldier death toll to at least 3,391.' -> running total "
                    "(cumulative) of US deaths in the Iraq war; no period named -> date null (as set (m)'s British "
                    "toll). Country level.")),
    ],
    hard_negatives=[
        H("The fifth body", "the unidentified fifth of the five (e1); no count word, an identity restatement"),
        H("four", "number of the dead identified so far (status of people already counted), not an event", at="four of the five"),
        H("the fifth one", "identity restatement"),
        H("4:44 a.m", "time"),
        H("15 minutes", "duration"),
        H("the two vehicles", "vehicles, not people"),
        H("the missing soldiers", "restatement of e4 with no count"),
        H("is holding US soldiers", "claim with no count (restates e4)"),
    ])

# ---------------------------------------------------------------- Pakistan / North Waziristan, 2007-10-09 (Tuesday)
NWAZ = L("an area known as North Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
BATTLES = D("2007-10-06/2007-10-09", "on Saturday October 6", derived_from_context=True)
ARMY = S("The Pakistan i army says")
ANN["wn_2007_10_09_pakistan_north_waziristan"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="200 Taliban"),
             civilian=False,
             count=C("at least 150 to 200", num="150 to 200", value=None, low=150, high=200, approx=True,
                     qualifier="at least"),
             location=NWAZ, date=BATTLES, source=ARMY, trigger=T("killed", at="have been killed"),
             notes=("'The Pakistan i army says that at least 150 to 200 Taliban  militants, along with 50 Pakistani "
                    "troops have been killed in  between al-Qaeda , Taliban fighters and Pakistani troops ... in an "
                    "area known as North Waziristan .' -> range (low 150, high 200) with 'at least'. Two groups, no "
                    "stated total -> two events (e1, e2). Dates: 'The battles began on Saturday October 6 ... and "
                    "have lasted three days so far' -> 6 October to publication (derived). North Waziristan (then "
                    "FATA; admin1 given as today's Khyber Pakhtunkhwa, as set (n)).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK", "Pakistani", at="50 Pakistani"),
             civilian=False, count=C("50", value=50, at="50 Pakistani"), location=NWAZ, date=BATTLES, source=ARMY,
             trigger=T("killed", at="have been killed"),
             notes="'... along with 50 Pakistani troops have been killed ...' (army's figure); place and dates as e1."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("PAK"), civilian=False,
             count=C("At least 20", num="20", value=20, low=20, qualifier="at least"), location=NWAZ, date=BATTLES,
             source=None, trigger=T("injured", at="troops were injured"),
             notes=("'At least 20 other troops were injured ...' -> Pakistani troops ('other' troops after the 50 "
                    "Pakistani dead; actor from context). No attribution in the sentence -> source null.")),
        dict(id="e4", type="casualty", outcome="missing", actor=A("PAK"), civilian=False,
             count=C("at least 15", num="15", value=15, low=15, qualifier="at least", at="at least 15 are"), location=NWAZ, date=BATTLES,
             source=None, hedge="are reported", trigger=T("missing", at="to be missing"),
             notes=("'... and at least 15 are reported to be missing.' -> troops missing (elliptical: the troops of "
                    "the same sentence). 'are reported' names no speaker -> hedge.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("12", value=12, at="12 civilians"), location=NWAZ, date=BATTLES, source=None,
             hedge="are also reported", trigger=T("killed", at="to have been killed"),
             notes=("'12 civilians are also reported to have been killed.' -> civilians in North Waziristan (PAK by "
                    "plain implication, section 10). Hedge without speaker.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("almost 100", num="100", value=100, high=100, approx=True, qualifier="almost"),
             location=L("the Red Mosque", "PAK", "Islamabad Capital Territory", 33.71, 73.09, 1), date=D(None),
             source=None, trigger=T("killed", at="were killed by militants"),
             notes=("'... the assault on the Red Mosque when almost 100 were killed by militants and troops.' -> an "
                    "earlier incident (Islamabad, July 2007; the text gives no date -> null). 'almost' = nearly "
                    "(high, approx). Who died is not said -> actor and civilian null.")),
    ],
    hard_negatives=[
        H("several Pakistani officials", "targeted, no casualty outcome stated"),
        H("three days", "duration"),
        H("In September", "date of a tape"),
        H("Taliban fighters", "no count"),
        H("a new audio tape", "thing, not people"),
    ])

# ---------------------------------------------------------------- Comoros / Anjouan, 2008-03-26 (Wednesday)
ANJ = L("the island of Anjouan", "COM", "Anjouan", None, None, 3)
TUE = D("2008-03-25", "on Tuesday at dawn", derived_from_context=True)
ANN["wn_2008_03_26_comoros_anjouan_invasion"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("COM"), civilian=False,
             count=C("Around 450", num="450", value=450, approx=True, qualifier="around"),
             location=L("the capital of Mutsamudu", "COM", "Anjouan", -12.17, 44.40, 1),
             date=D("2008-03-24/2008-03-25", "on Monday", at="disembarked on Monday"), source=None,
             trigger=T("disembarked"),
             notes=("'Around 450 troops disembarked on Monday, landing in the capital of Mutsamudu  on Tuesday at "
                    "dawn ...' -> Comoran troops ('Comoros , backed by African Union  forces, has invaded'; actor "
                    "COM from context) arriving (deployment), destination Mutsamudu. Monday 24 to Tuesday 25 March "
                    "2008 (embarkation day to landing day; date surface 'on Monday').")),
        dict(id="e2", type="presence", actor=A("AU", "African Union", at="1,500 African Union"), civilian=False,
             count=C("nearly 1,500", num="1,500", value=1500, high=1500, approx=True, qualifier="nearly"),
             location=ANJ, date=TUE, source=None, trigger=T("joined", at="They joined"),
             notes=("'They joined the nearly 1,500 African Union forces from Sudan  and Tanzania ...' -> AU force "
                    "present in the operation (presence; contributing countries SDN and TZA named, no actor_alt as "
                    "there are two). Place: the island (first sentence); day of the landing they were joined on "
                    "(derived).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AU", "African Union", at="two African Union"),
             civilian=False, count=C("two", value=2, at="two African Union"), location=ANJ, date=TUE, source=None,
             hedge="appear to have", trigger=T("injuries", at="minor injuries"),
             notes=("'There have been no official reports of casualties, but two African Union soldiers appear to "
                    "have suffered minor injuries ...' -> hedge 'appear to have'. Day of the operation (Tuesday, "
                    "derived); place the island.")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("COM"), civilian=True,
             count=C("an elderly man", num="an", value=1), location=ANJ, date=TUE, source=S("one reporter saw"),
             hedge="apparently", trigger=T("hit", at="being hit"),
             notes=("'... one reporter saw an elderly man being carried away after apparently being hit by a stray "
                    "bullet.' -> 1 wounded, hedge 'apparently'. An elderly man hit by a stray bullet -> civilian "
                    "true (close call: 'man' alone would be null); a local on Anjouan -> COM by plain implication.")),
        dict(id="e5", type="presence", actor=A("Bacar loyalists", "supporters of Mohamed Bacar"), civilian=False,
             count=C("around 400", num="400", value=400, approx=True, qualifier="around"), location=ANJ, date=TUE,
             source=None, trigger=T("numbering", at="numbering around"),
             notes=("'The troops met some resistance from supporters of Mohamed Bacar, armed with assault rifles and "
                    "rocket launchers and numbering around 400.' -> the opposing armed force (presence, as attacking "
                    "forces are). Day of the landing (derived); the island.")),
        dict(id="e6", type="presence", actor=A("Bacar loyalists", "the loyalists", at="the loyalists."),
             civilian=False, count=C("over a hundred", num="a hundred", value=100, low=100, qualifier="over"),
             location=ANJ, date=D(None), source=S("said Lieutenant Ibrahim Moussa"),
             trigger=T("have", at="I have over"),
             notes=("'\"I have over a hundred men and we will fight until we die,\" said Lieutenant Ibrahim Moussa of "
                    "the loyalists.' -> a loyalist commander's force (presence; 'over' = more than, low 100). Not "
                    "linked to e5 (the text does not say his men are among the 400). No time expression -> null.")),
        dict(id="e7", type="casualty", outcome="captured", actor=A("Bacar loyalists", "Bacar's", at="three of Bacar's"),
             civilian=False, count=C("three", value=3, at="three of Bacar's"), location=ANJ, date=D(None),
             source=S("one Comoros soldier reports"), trigger=T("arrested", at="have been arrested"),
             notes=("'Though one Comoros soldier reports that three of Bacar's highest-ranking supporters have been "
                    "arrested, Bacar himself remains at large.' -> captured (arrested in the military operation). "
                    "No day -> null; place the island (context).")),
    ],
    hard_negatives=[
        H("no official reports of casualties", "negated casualties"),
        H("one reporter", "a witness, not a casualty", at="one reporter saw"),
        H("one Comoros soldier", "a source, not an event", at="one Comoros soldier reports"),
        H("a 2001 military coup", "year"),
        H("within three months", "duration"),
        H("A special group", "no count"),
        H("a jubilant crowd", "no count"),
        H("Some loyalists", "no count"),
        H("There was no need to deploy troops", "negated deployment, no count"),
    ])

# ---------------------------------------------------------------- Chad / Kouno, 2008-07-04 (Friday)
KOUNO = L("an area near the town of Kouno", "TCD", "Chari-Baguirmi", 10.37, 17.42, 2)
ANN["wn_2008_07_04_chad_kouno_sect"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants", "sect", at="ian sect"),
             civilian=False, count=C("Over 60", num="60", value=60, low=60, qualifier="over"), location=KOUNO,
             date=D(None), source=None, trigger=T("killed", at="have been killed"),
             notes=("'Chad Over 60 members of a Chad ian sect have been killed in fighting with police ...' -> the "
                    "sect's armed followers (they attacked villagers; the minister calls them 'terrorists'); the "
                    "unnamed group -> generic 'militants' (section 10), surface 'sect'; civilian false (close "
                    "call). Place from the last sentence ('The incident occurred in an area near the town of Kouno "
                    "', precision 2; coordinates approximate). The text gives no date for the fighting ('Since June "
                    "3' dates the leader's calls) -> null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("TCD"), civilian=False,
             count=C("ten", value=10, at="ten injuries"), location=KOUNO, date=D(None), source=None,
             trigger=T("injuries", at="ten injuries"),
             notes=("'Members of the security forces were also wounded in the attack. There were ten injuries, four "
                    "of which resulted in fatalities.' -> ten members of the Chadian security forces wounded (read "
                    "with the previous sentence; actor TCD from context). Four of them died (e3).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("TCD"), civilian=False,
             count=C("four", value=4, at="four of which"), location=KOUNO, date=D(None), source=None, part_of="e2",
             trigger=T("fatalities"),
             notes=("'... four of which resulted in fatalities.' -> wounded who died (GUIDELINES 2: the death gets "
                    "part_of the wounded event).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("militants", "the group", at="members of the group"),
             civilian=False, count=C("over 50", num="50", value=50, low=50, qualifier="over"), location=KOUNO,
             date=D(None), source=None, trigger=T("injured", at="were also injured"),
             notes="'In addition to the deaths from the sect, over 50 members of the group were also injured.' -> sect members (as e1)."),
    ],
    hard_negatives=[
        H("the deaths from the sect", "restatement with no count"),
        H("300 kilometres", "distance"),
        H("Since June 3", "date"),
        H("all Muslims", "no count"),
        H("villagers", "no count", at="attack villagers"),
    ])

# ---------------------------------------------------------------- Spain / ETA, 2008-09-22 (Monday)
SANTONA = L("a military academy in the coastal town of Santona", "ESP", "Cantabria", 43.44, -3.46, 1)
ONDARROA = L("an Ertzaintza  (Basque police) station in the coastal town of Ondarroa", "ESP", "Basque Country",
             43.32, -2.42, 1)
SUN = D("2008-09-21", "early Sunday", derived_from_context=True)
ANN["wn_2008_09_22_spain_santona_eta_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ESP"), civilian=False,
             count=C("a soldier", num="a", value=1), location=SANTONA, date=D("2008-09-22", "early Monday"),
             source=None, trigger=T("killing", at="killing a soldier"),
             notes=("'A car bomb exploded early Monday near a military academy in the coastal town of Santona , in "
                    "northern Spain , killing a soldier and wounding several others.' -> a Spanish soldier (actor "
                    "from context). 'The army officer Brigadier Luis Conde de la Cruz was killed' names him (named "
                    "individual -> hard negative).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("several others", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=SANTONA, date=D("2008-09-22", "early Monday"), source=None, is_total=True,
             trigger=T("wounding", at="wounding several"),
             notes=("'... killing a soldier and wounding several others.' -> 'several' (low 3). Who they were is not "
                    "said -> actor and civilian null. Contains 'another soldier severely injured' (e3).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("ESP"), civilian=False,
             count=C("another soldier", num="another", value=1), location=SANTONA,
             date=D("2008-09-22", "early Monday", derived_from_context=True), source=None, part_of="e2",
             trigger=T("injured", at="severely injured"),
             notes=("'The army officer Brigadier Luis Conde de la Cruz was killed and another soldier severely "
                    "injured ...' -> 1 wounded soldier of the Santona blast; part of the 'several others' (e2). "
                    "Day from the lede (derived; 'at about 01:00').")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("ESP"), civilian=False,
             count=C("Three", value=3, at="Three police officers"), location=ONDARROA, date=SUN, source=None,
             trigger=T("injured", at="civilians were injured"),
             notes=("'A few hours later a second bomb exploded near an Ertzaintza  (Basque police) station in the "
                    "coastal town of Ondarroa . Three police officers and seven civilians were injured.' -> two "
                    "groups, no total -> two events. Basque police (Ertzaintza) -> ESP, civilian false. Day: 'a few "
                    "hours' after the bomb of 'early Sunday' -> Sunday 21 September 2008 (derived).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("ESP"), civilian=True,
             count=C("seven", value=7, at="seven civilians"), location=ONDARROA, date=SUN, source=None,
             trigger=T("injured", at="civilians were injured"),
             notes="'... and seven civilians were injured.' -> civilians in a Basque town (ESP by plain implication)."),
        dict(id="e6", type="presence", actor=A("ETA"), civilian=False,
             count=C("two", value=2, at="two suspected bombers"), location=ONDARROA, date=SUN,
             source=S("Officials said"), trigger=T("parked", at="bombers parked"),
             notes=("'Officials said two suspected bombers parked a car close to the outside wall of the station ...' "
                    "-> the attacking party (presence, GUIDELINES 2). The article attributes all three bombings to "
                    "ETA ('the third car bombing in 24 hours believed to have been caused by ETA') -> actor ETA, "
                    "surface null (close call against generic 'militants').")),
    ],
    hard_negatives=[
        H("Brigadier Luis Conde de la Cruz", "the named soldier already counted in e1"),
        H("No one was injured", "negated casualties (Vitoria-Gasteiz bomb)"),
        H("the third car bombing in 24 hours", "count of bombings and a duration"),
        H("about 100kg", "weight of explosives"),
        H("2300 UTC", "time"),
        H("two Basque nationalist", "political parties, not people"),
        H("hundreds of elected town councillors", "members of parties, not an event"),
        H("21 people", "jailed by Spanish courts (a judicial decision, not a capture in the conflict; close call)"),
    ])

# ---------------------------------------------------------------- Iraq / Baghdad, 2009-03-08 (Sunday)
PALESTINE_ST = L("Palestine Street", "IRQ", "Baghdad", 33.34, 44.43, 2)
TEN_AM = D("2009-03-08", "at 10am local time")
ANN["wn_2009_03_08_iraq_baghdad_police_recruits"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("28", value=28, at="Iraq 28"), location=PALESTINE_ST, date=TEN_AM, source=None,
             trigger=T("killed", at="were killed"),
             notes=("'Iraq 28 people were killed in an suicide bombing attack outside a police  recruitment building "
                    "at 10am local time (UTC+3) in Baghdad , Iraq .' -> 'Most of the dead were police recruits, yet "
                    "civilians and other serving officers were also ... killed': a mixed toll of recruits "
                    "(applicants), civilians and officers -> actor null (bare 'people'; all plainly Iraqi, but "
                    "section 10 keeps bare 'people' null) and civilian null (close call). Time in a same-day report "
                    "-> publication day. Place: the centre 'located on Palestine Street' (second paragraph; part of "
                    "a city, precision 2).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("At least 57", num="57", value=57, low=57, qualifier="at least"), location=PALESTINE_ST,
             date=D("2009-03-08", "at 10am local time", derived_from_context=True), source=None,
             trigger=T("injured", at="people were injured"),
             notes="'At least 57 people were injured in the attack.' -> same attack (day derived from the lede)."),
    ],
    hard_negatives=[
        H("about 100 oil employees", "demonstrators present, not a casualty or troop count"),
        H("nearly one month", "duration"),
        H("a second bomb", "thing"),
        H("an accomplice", "a single unnamed suspect, no event"),
        H("UTC+3", "time zone"),
        H("one hour", "duration"),
        H("the casualties", "no count", at="transport the casualties"),
    ])

# ---------------------------------------------------------------- Afghanistan / Maidan Wardak, 2019-01-24 (Thursday)
BASE = L("a military base in Maidan Shahr", "AFG", "Maidan Wardak", 34.40, 68.87, 1)
MON = D("2019-01-21", "on Monday", at="was on Monday", derived_from_context=True)
GHAZNI = L("Ghazni", "AFG", "Ghazni", 33.55, 68.42, 1)
AUG18 = D("2018-08", "in August 2018")
ANN["wn_2019_01_24_afghanistan_maidan_wardak"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Dozens", value=None, low=24, approx=True, qualifier="dozens"), location=BASE, date=MON,
             source=None, trigger=T("died", at="Dozens died"),
             notes=("'A car bomb was on Monday rammed into a military base in Maidan Shahr ... Dozens died in the "
                    "attack, reportedly conducted by the Taliban.' -> 'dozens' (low 24); Monday in a Thursday story "
                    "= 21 January 2019 (derived). Who died is not said (an NDS training centre) -> actor and "
                    "civilian null. 'reportedly' qualifies the perpetrator, not the toll -> no hedge.")),
        dict(id="e2", type="presence", actor=A("Taliban"), civilian=False,
             count=C("two", value=2, at="two gunmen"), location=BASE, date=MON, source=None,
             trigger=T("followed", at="followed by two"),
             notes=("'... it was targeted with a captured Humvee military car packed with explosives, followed by two "
                    "gunmen.' -> the attacking party (presence). The Taliban claimed the attack ('The Taliban have "
                    "claimed responsibility') -> Taliban, surface null (close call against generic 'militants').")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("exceeded 100", num="100", value=100, low=100, qualifier="exceeded"), location=BASE, date=MON,
             source=S("provided anonymously by officials to journalists"), trigger=T("death tolls", at="estimated death tolls"),
             notes=("'Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100.' "
                    "-> a separate figure from a separate source (more than 100: low 100, qualifier as written).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("35", value=35, at="35 bodies"), location=BASE, date=MON,
             source=S("Sharif Hotak, of the Maidan Wardak provincial council, described"),
             trigger=T("bodies", at="35 bodies"),
             notes=("'Sharif Hotak ... described witnessing 35 bodies in one hospital ...' -> implied deaths of the "
                    "attack (bodies), his own figure. Place of the attack (the hospital is not named).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("190", value=190), location=BASE, date=MON,
             source=S("Taliban spokesperson Zabiullah Mujahid claimed"), trigger=T("dead", at="190 were dead"),
             notes="'Taliban spokesperson Zabiullah Mujahid claimed 190 were dead.' -> the Taliban's figure (separate claim)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("150", value=150, at="150 security"), location=GHAZNI, date=AUG18,
             source=S("officials reporting at the time"), trigger=T("killed", at="Taliban killed"),
             notes=("'... an assault in Ghazni in August 2018, with officials reporting at the time 150 security "
                    "forces, 95 civilians, and hundreds of Taliban killed.' -> three groups, no total -> three events "
                    "(e6-e8). Afghan security forces (AFG from context), civilian false. Ghazni city (precision 1).")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("95", value=95, at="95 civilians"), location=GHAZNI, date=AUG18,
             source=S("officials reporting at the time"), trigger=T("killed", at="Taliban killed"),
             notes="'95 civilians' of the Ghazni assault -> AFG by plain implication (section 10)."),
        dict(id="e8", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="hundreds of Taliban"),
             civilian=False, count=C("hundreds", value=None, low=200, approx=True, qualifier="hundreds",
                                     at="hundreds of Taliban"),
             location=GHAZNI, date=AUG18, source=S("officials reporting at the time"),
             trigger=T("killed", at="Taliban killed"),
             notes="'... and hundreds of Taliban killed.' -> 'hundreds' (low 200)."),
        dict(id="e9", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("twelve", value=12, at="killed twelve"), location=BASE, date=MON,
             source=S("Abdurrahman Mangal, spokesperson for the provincial governor, said"),
             trigger=T("killed", at="had killed twelve"),
             notes="'Abdurrahman Mangal, spokesperson for the provincial governor, said the attack had killed twelve and injured twelve more.' -> the governor's office's figure (separate claim)."),
        dict(id="e10", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("twelve more", num="twelve", value=12, at="twelve more"), location=BASE, date=MON,
             source=S("Abdurrahman Mangal, spokesperson for the provincial governor, said"),
             trigger=T("injured", at="injured twelve"),
             notes="'... and injured twelve more.' -> 12 wounded ('more' = additional people, not a bound)."),
        dict(id="e11", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("five", value=5, at="killed five"), location=L("Kabul", "AFG", "Kabul", 34.53, 69.17, 1,
                                                                    at="a Kabul car"),
             date=D("2019-01-14/2019-01-20", "Last week"), source=None, trigger=T("killed", at="killed five"),
             notes=("'Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to the "
                    "Taliban.' -> 'Last week' in a Thursday 24 January story = Monday 14 to Sunday 20 January 2019 "
                    "(GUIDELINES 5). Victims not described -> actor and civilian null.")),
        dict(id="e12", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("110", value=110, at="110, another"), location=L("Kabul", "AFG", "Kabul", 34.53, 69.17, 1,
                                                                       at="a Kabul car"),
             date=D("2019-01-14/2019-01-20", "Last week"), source=None, trigger=T("wounded", at="wounded 110"),
             notes="'... and wounded 110 ...' -> same Kabul bombing as e11."),
    ],
    hard_negatives=[
        H("a captured Humvee", "a captured vehicle, not people"),
        H("some casualties", "casualties with no count"),
        H("one hospital", "a place, not people"),
        H("seventeen years", "duration"),
        H("Thursday, January 24, 2019", "date line"),
        H("the death toll figures", "no count", at="make the death toll"),
        H("foreign forces", "no count", at="wants foreign forces"),
    ])

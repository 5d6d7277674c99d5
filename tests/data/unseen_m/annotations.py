# -*- coding: utf-8 -*-
"""Gold annotations of set (m), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, districts, natural features and
countries, as in sets (g)-(l)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset
from a city, 3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Iraq 2005: Al Amarah roadside bomb
AMARAH = L("the Risala neighbourhood of Al Amarah", "IRQ", "Maysan", 31.84, 47.14, 2)
JUL16 = D("2005-07-16", "in the early hours of 16 July", derived_from_context=True)
ANN["wn_2005_07_16_iraq_amarah_roadside_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("GBR", "British", at="three British Army"),
             civilian=False, count=C("three", value=3, at="three British Army"), location=AMARAH, date=JUL16,
             source=S("The British MoD  has confirmed"), trigger=T("killed", at="have been killed"),
             alt_mentions=[S("The three soldiers", at="The three soldiers were"),
                           S("the three killed", at="names of the three killed")],
             notes=("'The British MoD  has confirmed in a statement that three British Army  soldiers have been "
                    "killed in a suspected roadside bomb in southern Iraq.' -> place and day from the 'Roadside "
                    "attack' paragraph ('the early hours of 16 July when three armoured Land Rovers were patrolling "
                    "through the Risala neighbourhood of Al Amarah', derived; part of a city, precision 2). 'The "
                    "three soldiers were from ...' and 'the names of the three killed' restate the figure "
                    "(alt_mentions); the three names are hard negatives. The source text's double spaces "
                    "('MoD  has', 'Army  soldiers') are kept.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("GBR"), civilian=False,
             count=C("Two others", num="Two", value=2), location=AMARAH, date=JUL16, source=None,
             trigger=T("wounded", at="were wounded"),
             notes=("'Two others were wounded, though not life-threateningly.' -> the others of the same roadside "
                    "bomb on a British patrol; actor GBR and civilian false from context (the attack hit British "
                    "Land Rovers on patrol; close call: the sentence itself does not say they were soldiers). The "
                    "sentence has no attribution -> source null. Place and day derived as e1.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("GBR", "British", at="the British forces death"),
             civilian=False, count=C("92", value=92), location=L("Iraq", "IRQ", None, None, None, 4,
                                                                  at="death toll in Iraq"),
             date=D(None), source=None, cumulative=True, trigger=T("death toll", at="forces death toll"),
             notes=("'The attack brings the British forces death toll in Iraq to 92.' -> running total of British "
                    "deaths in Iraq (cumulative), which includes e1 and the deaths of e4-e8 and others the text "
                    "does not describe (no part_of links, as set (h)'s rule). No time expression for the period "
                    "(the war since 2003 is not named) -> date null; the total is as of the 16 July attack. "
                    "Country level.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("GBR", "British", at="two British soldiers"),
             civilian=False, count=C("two", value=2, at="two British soldiers"),
             location=L("the city", "IRQ", "Maysan", 31.84, 47.14, 1, at="killed in the city"),
             date=D("2005-05", "In May", at="In May, two"), source=None, trigger=T("killed", at="were killed in the city"),
             notes=("'In May, two British soldiers were killed in the city.' -> 'the city' = Amarah (the paragraph "
                    "heading and previous sentence; precision 1). 'In May' of the publication year -> 2005-05.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("GBR"), civilian=False,
             count=C("six", value=6, at="six Royal Military Police"),
             location=L("Majar Al-Kabir, near Al Amarah", "IRQ", "Maysan", 31.57, 47.17, 1),
             date=D("2003-06-24", "24 June 2003"), source=None, trigger=T("killed", at="surrounded and killed"),
             notes=("'In Majar Al-Kabir, near Al Amarah, a patrol of six Royal Military Police  were surrounded and "
                    "killed by an Iraqi mob on 24 June 2003.' -> six British military policemen (Royal Military "
                    "Police = British Army; actor GBR from context, surface null; military police -> civilian "
                    "false). The town is named (precision 1). Count phrase 'six' (the unit word 'patrol' is not "
                    "part of the number).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("GBR"), civilian=False,
             count=C("3", value=3, at="3 soldiers of the Black Watch"),
             location=L("northern Iraq", "IRQ", None, None, None, 3, at="killed in northern Iraq"),
             date=D("2004-11-04", "4 November 2004"), source=None, trigger=T("killed", at="were killed in northern"),
             notes=("'... since 4 November 2004, when 3 soldiers of the Black Watch  were killed in northern Iraq in "
                    "a suicide car attack.' -> an earlier attack cited for comparison (a real past event, not a "
                    "hypothetical). The Black Watch is a British regiment (actor GBR from context, surface null). "
                    "Place as written ('northern Iraq', region, precision 3). The suicide bomber's own death is not "
                    "an event.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("GBR"), civilian=False,
             count=C("nine", value=9, at="nine RAF"),
             location=L("north of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2, at="crashed north of Baghdad"),
             date=D("2005-01-30", "30 January 2005"), source=None, trigger=T("killing", at="killing nine"),
             notes=("'... on 30 January 2005, when a C-130K transport crashed north of Baghdad , killing nine RAF  "
                    "and one Army personnel.' -> two groups in one clause (RAF and Army), no total stated -> two "
                    "events (e7, e8), as set (l)'s 'more than 80 Taliban militants and two soldiers'. RAF = British "
                    "Royal Air Force (actor GBR from context). The crash is counted as a loss of the war (the text "
                    "calls it 'the largest loss of life sustained by British forces'; it does not say it was shot "
                    "down; close call on conflict cause). 'north of Baghdad' -> offset from a city, precision 2 "
                    "with the city's coordinates.")),
        dict(id="e8", type="casualty", outcome="killed", actor=A("GBR"), civilian=False,
             count=C("one", value=1, at="one Army personnel"),
             location=L("north of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2, at="crashed north of Baghdad"),
             date=D("2005-01-30", "30 January 2005"), source=None, trigger=T("killing", at="killing nine"),
             notes=("'... killing nine RAF  and one Army personnel.' -> the one British Army member on the C-130K "
                    "(see e7). Actor GBR from context ('British forces as a whole').")),
    ],
    hard_negatives=[
        H("three armoured Land Rovers", "vehicles, not people"),
        H("12 Mechanised Brigade", "unit name and number"),
        H("1st Battalion", "unit number", at="Warrior-equipped"),
        H("Second Lieutenant Richard Shearer, Private Leon Spicer, and Private Phillip Hewett",
          "names of the three already counted (e1), not a new count"),
        H("Private Adam Mills", "a named soldier who found a bomb; no casualty"),
        H("about 340,000", "population of the city, not an event"),
        H("fierce fighting between British forces and Iraqi insurgents", "no count"),
        H("The following day", "the day the names were released (17 July, after the publication date); not a count"),
        H("the largest loss of life", "no count", at="The 16 July attack"),
    ])

# ---------------------------------------------------------------- Darfur 2005: AU hostages freed
SUN_MON = D("2005-10-10", "on Monday", at="released on Monday")
DARFUR_R = L("the Darfur  region", "SDN", None, None, None, 3)
ANN["wn_2005_10_12_darfur_au_hostages_freed"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("AU", "African Union", at="38 African Union"),
             civilian=False, count=C("38", value=38), location=DARFUR_R,
             date=D("2005-10-10", "on Monday", at="released on Monday", derived_from_context=True), source=None,
             released=True, is_total=True, trigger=T("liberating", at="assisted in liberating"),
             notes=("'... JEM, have assisted in liberating 38 African Union  (AU) personnel that were taken hostage "
                    "on Sunday.' -> release of captives (captured, released true), total of the original 18 "
                    "hostages and the 20-man rescue team (e2, e3; 18 + 20 = 38). Release date from the next "
                    "sentence ('were released on Monday', derived) = Monday 10 October 2005 (publication Wednesday "
                    "12 October). 'personnel' of the AU mission, whom the text then calls 'AU peacekeepers' -> "
                    "civilian false (close call: AU personnel can include civilian staff). The text names no place "
                    "for the kidnapping; the region of the AU mission, 'the Darfur  region', is taken from the "
                    "fourth paragraph (derived; precision 3).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("AU"), civilian=False,
             count=C("the original 18", num="18", value=18), location=DARFUR_R, date=SUN_MON, source=None,
             released=True, part_of="e1", trigger=T("released", at="were released on Monday"),
             notes=("'The kidnapped&ndash;which consisted of the original 18 hostages, and later a 20 man rescue "
                    "team&ndash;were released on Monday.' -> the first group taken hostage (on Sunday), released "
                    "Monday; part of e1. The literal '&ndash;' left by the conversion is kept in the text.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("AU"), civilian=False,
             count=C("a 20 man", num="20", value=20), location=DARFUR_R, date=SUN_MON, source=None,
             released=True, part_of="e1", trigger=T("released", at="were released on Monday"),
             notes=("'... and later a 20 man rescue team ... were released on Monday.' -> the rescue team that was "
                    "also seized, released Monday; part of e1. Count phrase 'a 20 man' (head count written as a "
                    "team size, as set (k)'s 'four-man').")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("AU"), civilian=False,
             count=C("two", value=2, at="two hostages remained"), location=DARFUR_R, date=D(None), source=None,
             released=True, part_of="e1",
             trigger=T("freed", at="were freed following"),
             notes=("'Initially, two hostages remained but were freed following a reported shootout with the "
                    "kidnappers.' -> two of the 38 freed later than the rest (part of e1, released). No day is "
                    "given for their release ('Initially' only orders the events) -> date null. The shootout is "
                    "'reported', which qualifies the shootout, not the count or the release -> no hedge (close call).")),
        dict(id="e5", type="presence", actor=A("JEM dissident faction", "the dissident faction",
                                                at="the dissident faction"),
             civilian=False, count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands",
                                     at="commands \"thousands\""),
             location=DARFUR_R, date=D("2005-10-12", "now", at="he now commands"), source=None,
             hedge="It is said", trigger=T("commands", at="now commands"),
             notes=("'It is said that he now commands \"thousands\" of troops in the Darfur  region ...' -> the "
                    "force of Mohamed Saleh, head of the JEM dissident faction, present in Darfur (presence). "
                    "'now' -> publication day. 'It is said' names no speaker -> hedge, source null. Actor: the "
                    "text's name for his group ('the dissident faction' / 'A splinter group of JEM').")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("AU"), civilian=False,
             count=C("Three", value=3, at="Three personnel"),
             location=L("the region", "SDN", None, None, None, 3, at="casualties in the region"),
             date=D("2005-10-08/2005-10-09", "This weekend", derived_from_context=True), source=None,
             trigger=T("killed", at="Three personnel were killed"),
             notes=("'This weekend marked the first time the African Union has suffered casualties in the region. "
                    "Three personnel were killed in attacks believed to be perpetrated by the Sudan Liberation "
                    "Army  (SLA).' -> AU personnel (previous sentence; actor AU, surface null; civilian false as "
                    "e1, close call). 'This weekend' in a Wednesday story -> Saturday-Sunday 8-9 October 2005 "
                    "(section 10; derived from the previous sentence). 'the region' = Darfur. 'believed to be' "
                    "qualifies the perpetrator, not the toll -> no hedge.")),
    ],
    hard_negatives=[
        H("casualties", "no count (the count follows in the next sentence)", at="has suffered casualties"),
        H("the mere presence of the peacekeepers", "presence with no count"),
        H("hostilities toward AU peacekeepers", "no count"),
        H("in April", "date of the ceasefire agreement", at="ceasefire agreement in April"),
        H("the kidnappers", "no count"),
    ])

# ---------------------------------------------------------------- East Timor 2006: Portuguese GNR lands
ANN["wn_2006_06_04_east_timor_portuguese_gnr"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("PRT", "Portuguese", at="Portuguese Republican"), civilian=False,
             count=C("120", value=120, at="120 soldiers of"),
             location=L("Baucau , the second-largest city in East Timor", "TLS", "Baucau", -8.47, 126.45, 1),
             date=D("2006-06-04", "this Sunday morning"), source=None, trigger=T("landed", at="(GNR) landed"),
             notes=("'120 soldiers of the Portuguese Republican National Guard  (GNR) landed this Sunday morning in "
                    "Baucau , the second-largest city in East Timor ...' -> troops arriving (deployment), "
                    "destination Baucau (precision 1). 'this Sunday' in a Sunday story -> 4 June 2006 (the UTC "
                    "time '2200 Saturday' is the same moment; the local day is Sunday). The GNR is a gendarmerie "
                    "the text calls 'soldiers' -> civilian false.")),
        dict(id="e2", type="deployment", actor=A("PRT", "Portuguese", at="A Portuguese military column"),
             civilian=False, count=C("the 120", num="120", value=120, at="the 120 soldiers"),
             location=L("Dili", "TLS", "Dili", -8.56, 125.57, 1, at="from Baucau to Dili"),
             date=D("2006-06-04", "at the beginning of the afternoon", derived_from_context=True), source=None,
             trigger=T("transporting", at="transporting the 120"),
             notes=("'A Portuguese military column then left at the beginning of the afternoon, from Baucau to Dili, "
                    "transporting the 120 soldiers and an medical team ...' -> the same 120 moved on to a new "
                    "destination, the capital Dili (deployment; Baucau is the origin). Close call: it repeats the "
                    "figure of e1, but it is a second movement with its own destination and time, so it is kept as "
                    "its own claim. The afternoon of the landing day (derived from 'this Sunday morning').")),
        dict(id="e3", type="presence", actor=A("AUS", "Australian", at="1.300 Australian"), civilian=False,
             count=C("the 1.300", num="1.300", value=1300, at="the 1.300"),
             location=L("the city", "TLS", "Dili", -8.56, 125.57, 1, at="already at the city"),
             date=D(None), source=None, trigger=T("already at the city"),
             notes=("'... heard complaints about the lack of protection given by the 1.300 Australian soldiers "
                    "already at the city ...' -> a force present in Dili ('the city' = Dili, the minister's "
                    "city in the previous paragraphs; precision 1). '1.300' is written with a point as thousands "
                    "separator -> 1,300. No time expression -> date null. The complaints are about protection, not "
                    "the number -> source null.")),
    ],
    hard_negatives=[
        H("hundreds of locals", "civilians welcoming the troops; not a deployment, presence or casualty"),
        H("hundreds of people", "people entering the runway; not an event"),
        H("six vans", "vehicles"),
        H("five jeeps", "vehicles"),
        H("three pickup trucks", "vehicles"),
        H("six armoured vehicles", "vehicles"),
        H("the troops from New Zealand and Malaysia", "troops with no count"),
        H("Australian elite soldiers", "guards with no count"),
        H("a second unidentified person", "a meeting participant, not a casualty or force"),
        H("The Portuguese military are in East Timor", "presence with no count"),
        H("between February, 2000 and June, 2002", "dates of an earlier mission; no count"),
        H("7 a.m.", "time of day"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: Portugal commits to UNIFIL
ANN["wn_2006_08_25_lebanon_portugal_unifil"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("PRT", "Portugal", at="Portugal currently"), civilian=False,
             count=C("more than 800", num="800", value=800, low=800, qualifier="more than"),
             location=L("Afghanistan , Bosnia and Herzegovina , Democratic Republic of the Congo , East Timor  and "
                        "Kosovo", None, None, None, None, 4, at="800 troops in"),
             date=D("2006-08-25", "currently", at="Portugal currently"), source=None,
             trigger=T("has deployed", at="has deployed more"),
             notes=("'Portugal currently has a Portuguese Air Force  C-130 Hercules  flying ... missions, ... and "
                    "has deployed more than 800 troops in Afghanistan , Bosnia and Herzegovina , Democratic "
                    "Republic of the Congo , East Timor  and Kosovo .' -> troops stationed abroad now ('currently' "
                    "-> publication day): presence, as set (j)'s 'peacekeepers are deployed' (close call: the verb "
                    "is 'deployed'). One count over five countries -> country null, precision 4. Actor PRT, "
                    "surface 'Portugal' (subject of the clause).")),
        dict(id="e2", type="deployment", actor=A("PRT"), civilian=False,
             count=C("Another 200", num="200", value=200),
             location=L("Afghanistan and East Timor", None, None, None, None, 4, at="the next months to"),
             date=D("2006-09/2006-12", "in the next months", approx=True), source=None, planned=True,
             trigger=T("expected to be deployed"),
             notes=("'Another 200 troops are expected to be deployed in the next months to Afghanistan and East Timor "
                    "to reinforce the current forces there.' -> announced future deployment (planned), value 200 "
                    "('Another' = additional, not a bound). Two destination countries -> country null, precision "
                    "4. 'in the next months' from 25 August 2006 -> September-December 2006 (approx; close call on "
                    "the end). Portuguese troops from context (surface null).")),
    ],
    hard_negatives=[
        H("a mechanized group, a engineering company or a frigate", "units and a ship speculated on, no head count"),
        H("several possible scenarios", "not a count of people"),
        H("C-130 Hercules", "aircraft type"),
        H("the Portuguese contingent", "contingent with no count (its size is not decided)"),
        H("the current forces there", "forces with no count"),
    ])

# ---------------------------------------------------------------- Somalia 2007: US Navy, proposed Ugandan force
ANN["wn_2007_01_04_somalia_us_navy_uganda"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("UGA", "Uganda's", at="If Uganda's"), civilian=False,
             count=C("between 1,200 and 2,000", num="1,200", value=None, low=1200, high=2000, approx=True,
                     qualifier="between"),
             location=L("Somalia", "SOM", None, None, None, 4, at="deployed inside Somalia"),
             date=D(None), source=None, planned=True, trigger=T("will be deployed"),
             notes=("'If Uganda's Parliament approves, between 1,200 and 2,000 peacekeepers will be deployed inside "
                    "Somalia.' -> a proposed deployment awaiting parliament's approval (planned; close call: it is "
                    "conditional, but it is a stated plan with a size, not a hypothetical comparison). Range -> "
                    "low/high, qualifier 'between' (as set (k)'s 'between 24 and 28'). 'could be ready in at least "
                    "a month' dates readiness, not the deployment -> date null. In the text's voice (Museveni's "
                    "quote has no number) -> source null.")),
    ],
    hard_negatives=[
        H("no U.S. troops", "negated presence"),
        H("providing peacekeepers for Somalia", "peacekeepers with no count"),
        H("The troops are ready", "no count"),
        H("in at least a month", "duration"),
        H("Naval forces", "no count"),
    ])

# ---------------------------------------------------------------- Pakistan 2007: Tarbela SSG mess bombing
TARBELA = L("the Tarbela Dam", "PAK", "Khyber Pakhtunkhwa", 34.09, 72.70, 2)
ANN["wn_2007_09_15_pakistan_tarbela_commandos"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PAK", "Pakistan", at="the Pakistan  anti-terror"),
             civilian=False, count=C("15", value=15, at="15 elite"), location=TARBELA, date=D(None), source=None,
             trigger=T("killed", at="have been killed"),
             alt_mentions=[S("at least 15", at="killing at least 15")],
             notes=("'15 elite commandos in the Pakistan  anti-terror unit have been killed in a suicide car bomb  "
                    "attack.' -> 'The bomb destroyed the mess hall, killing at least 15 ...' restates the figure "
                    "(same people, same claim; the lede is primary because it names the side; alt_mentions). The "
                    "text gives no day for the attack ('last night' is when a diplomat spoke) -> date null. Place: "
                    "the headquarters is only located by 'the building's close proximity to the Tarbela Dam  "
                    "generator' (derived; near a point, precision 2, coordinates of Tarbela). 'the dead may include "
                    "members of the CIA' has no count (hard negative).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("50 more", num="50", value=50), location=TARBELA, date=D(None), source=None,
             trigger=T("injuring", at="injuring 50"),
             notes=("'... killing at least 15 and injuring 50 more, six critically.' -> 50 wounded ('more' = in "
                    "addition to the dead, not a bound). The text does not say who they were (the base also had "
                    "civilian workers, per the official's quote) -> actor and civilian null. 'six critically' is "
                    "a status breakdown of the wounded (hard negative, GUIDELINES 2).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("25", value=25, at="killed 25"), location=None,
             date=D("2007-09-01/2007-09-15", "Earlier this month", approx=True), source=None,
             trigger=T("killed", at="killed 25"),
             notes=("'Earlier this month, an attack aimed at the powerful Inter-Services Intelligence  killed 25 "
                    "people.' -> an earlier attack; no place in the text -> location null. 'Earlier this month' "
                    "-> 1-15 September 2007 (approx). Bare 'people' -> actor and civilian null.")),
    ],
    hard_negatives=[
        H("six critically", "status breakdown of the 50 wounded (GUIDELINES 2)"),
        H("members of the CIA", "no count"),
        H("the bomber", "the suicide attacker", at="the bomber was able"),
        H("last month's storming of the Red Mosque", "earlier operation, no count"),
        H("rag-tag fighters", "no count"),
        H("one of the civilians working at the base", "speculation about the attacker's identity, not a casualty"),
    ])

# ---------------------------------------------------------------- Iraq 2008: Turkish incursion
ANN["wn_2008_02_22_iraq_turkish_incursion"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("TUR", "Turkey", at="Turkey  has sent"), civilian=False,
             count=C("at least 10,000", num="10,000", value=10000, low=10000, qualifier="at least"),
             location=L("northern Iraq", "IRQ", None, None, None, 3, at="into northern Iraq"),
             date=D("2008-02-21", "On Thursday February 21", derived_from_context=True), source=None,
             hedge="Reports say", trigger=T("sent", at="has sent"),
             notes=("'Reports say that Turkey  has sent at least 10,000 troops into northern Iraq  in an attempt to "
                    "take down terrorists from the Kurdistan Workers Party  (PKK) ...' -> deployment, destination "
                    "northern Iraq (region, precision 3). 'Reports say' names no speaker -> hedge, source null. The "
                    "sentence has no time expression; the last paragraph dates the start of the operation ('On "
                    "Thursday February 21, Turkish troops began ...', derived; close call).")),
    ],
    hard_negatives=[
        H("thousands more Turkish troops", "troops 'prepared to enter Iraq if needed': a contingency, not a "
          "deployment or a located presence (close call)"),
        H("innocent civilians", "no count"),
        H("abandoned villages", "places, not people"),
        H("will return home", "future withdrawal, no count"),
    ])

# ---------------------------------------------------------------- Georgia 2008: Russian advance from Abkhazia
ANN["wn_2008_08_11_georgia_russia_senaki"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("RUS", "Russian", at="thousand Russian troops"), civilian=False,
             count=C("several thousand", value=None, low=3000, approx=True, qualifier="several thousand",
                     at="landed several thousand"),
             location=L("Abkhazia  in western Georgia", "GEO", "Abkhazia", None, None, 3),
             date=D("2008-08-10", "On August 10th"), source=None, trigger=T("landed", at="landed several"),
             notes=("'On August 10th, Russian Black Sea Fleet  began a  of Georgian port of Poti  and landed several "
                    "thousand Russian troops in Abkhazia  in western Georgia.' -> troops landed (deployment), "
                    "destination Abkhazia (region, precision 3; country GEO as the text writes 'in western "
                    "Georgia'). 'several thousand' -> low 3,000 (as 'several hundred' -> 300). The lost link label "
                    "('began a  of', a blockade) is kept as in the source.")),
    ],
    hard_negatives=[
        H("roughly 25 miles", "distance"),
        H("dozens of", "a count of something whose noun was lost in conversion ('dozens of  and'); vehicles, not "
          "people", at="advanced in dozens"),
        H("six helicopters", "aircraft"),
        H("several targets", "targets, not people"),
        H("Russian citizens", "detention with no count", at="detention of Russian citizens"),
        H("troops are leaving the military base in Senaki", "withdrawal, no count"),
        H("since the 1990s", "period"),
    ])

# ---------------------------------------------------------------- Thailand/Cambodia 2008: Preah Vihear clash
PV = L("the disputed border region surrounding Preah Vihear Temple", "KHM", "Preah Vihear", 14.39, 104.68, 2)
YDAY = D("2008-10-15", "yesterday", at="skirmish yesterday")
YDAY_D = D("2008-10-15", "yesterday", at="skirmish yesterday", derived_from_context=True)
ANN["wn_2008_10_16_thailand_cambodia_preah_vihear"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("KHM", "Cambodian", at="two Cambodian soldiers dead"),
             civilian=False, count=C("two", value=2, at="two Cambodian soldiers dead"), location=PV, date=YDAY,
             source=None, trigger=T("dead", at="soldiers dead"),
             alt_mentions=[S("the two Cambodian soldiers", at="apart from the two")],
             notes=("'... following a border skirmish yesterday which left two Cambodian soldiers dead, injuries on "
                    "both sides, and ten Thai  troops captured.' -> 'yesterday' in a Thursday story = Wednesday 15 "
                    "October 2008 (the text also says 'Wednesday's exchange of fire'). Place from the next "
                    "paragraph ('the disputed border region surrounding Preah Vihear Temple'; near a point, "
                    "precision 2; the temple is Cambodian since the 1962 ICJ ruling -> KHM). 'apart from the two "
                    "Cambodian soldiers who died in the skirmish' restates the figure (alt_mentions).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("THA", "Thai", at="ten Thai"), civilian=False,
             count=C("ten", value=10, at="ten Thai"), location=PV, date=YDAY, source=None,
             trigger=T("captured", at="troops captured"),
             alt_mentions=[S("ten soldiers", at="that ten soldiers")],
             notes=("'... and ten Thai  troops captured.' -> the lede states it; later 'Thailand has denied the "
                    "claim by Cambodia that ten soldiers were captured in the disputed territory' -> the same "
                    "figure from Cambodia (alt_mentions), disputed by Thailand. No `released`: 'the captives will "
                    "be returned upon request' is a future return with no count (hard negative).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("KHM", "Khmer", at="two Khmer"), civilian=False,
             count=C("an additional two", num="two", value=2), location=PV, date=YDAY_D,
             source=S("According to officials"), trigger=T("injured", at="five Thais were injured"),
             notes=("'According to officials, apart from the two Cambodian soldiers who died in the skirmish, an "
                    "additional two Khmer troops and five Thais were injured.' -> two sides in one clause -> two "
                    "events (e3, e4), no total. 'additional' = beyond the dead, not a bound. Day derived from "
                    "'the skirmish' (yesterday). The lede's 'injuries on both sides' has no count (hard negative).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("THA", "Thais", at="five Thais"), civilian=False,
             count=C("five", value=5, at="five Thais"), location=PV, date=YDAY_D,
             source=S("According to officials"), trigger=T("injured", at="five Thais were injured"),
             notes=("'... and five Thais were injured.' -> Thai side in the same skirmish; 'Thais' here are the Thai "
                    "troops of the clash -> civilian false (context; close call, the clause says only 'Thais').")),
        dict(id="e5", type="presence", actor=A(["THA", "KHM"]), civilian=False,
             count=C("around 1,000", num="1,000", value=1000, approx=True, qualifier="around"),
             location=L("the entrenched positions", "KHM", "Preah Vihear", 14.39, 104.68, 2),
             date=D("2008-10-16", "now", at="that now see"), source=None, trigger=T("facing each other"),
             notes=("'... Cambodia asserted that Thai troops had returned to the entrenched positions that now see "
                    "around 1,000 soldiers from both sides facing each other.' -> one count covering both sides "
                    "(list actor, surface null: 'both sides'). 'now' -> publication day. The positions are around "
                    "the temple (the sentence's 'The 900-year-old temple sits at the centre of a military build-up'; "
                    "precision 2, the temple's coordinates). The figure is in the text's voice inside the relative "
                    "clause -> source null (close call: it sits inside what 'Cambodia asserted').")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("THA", "Thai", at="Thai rangers causing"),
             civilian=False, count=C("two injuries", num="two", value=2),
             location=L("the border", "THA", None, None, None, 3, at="crossed the border and"),
             date=D("2008-10-03", "on October 3"), source=S("Thailand claims", at="Thailand claims Cambodian"),
             trigger=T("injuries", at="two injuries"),
             notes=("'... on October 3 there was a clash where Thailand claims Cambodian forces crossed the border and "
                    "fired on Thai rangers causing two injuries.' -> two injured people (the noun 'injuries' counts "
                    "the injured). The rangers are 'unarmed Thai para-military rangers' -> paramilitary, civilian "
                    "false (as police). Place: 'the border' on the Thai side (the claim is an intrusion 'into "
                    "Thailand's territory') -> THA, region-level precision 3 (close call).")),
    ],
    hard_negatives=[
        H("injuries on both sides", "no count"),
        H("a little under five square kilometres", "area"),
        H("900-year-old", "age of the temple"),
        H("Over 400", "evacuated Thai nationals, not casualties or troops"),
        H("thousands of Cambodians", "displaced people (GUIDELINES 2)"),
        H("riot police", "deployment with no count"),
        H("the captives", "future return with no count", at="the captives will"),
        H("in 1962", "year"),
    ])

# ---------------------------------------------------------------- Afghanistan 2009: Laghman raid
MEHTAR = L("Mehtar Lam District", "AFG", "Laghman", None, None, 3)
JAN15 = D("2009-01-15", "On January 15", derived_from_context=True)
USSTMT = S("the statement continued")
ANN["wn_2009_01_27_afghanistan_laghman_strike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("15", value=15, at="killed 15"), location=MEHTAR, date=D("2009-01-15", "On January 15"),
             source=S("according to U.S. officials"), is_total=True, trigger=T("killed", at="killed 15"),
             alt_mentions=[S("15 militants", at="not 15 militants")],
             notes=("'On January 15, a United States  military strike in the Afghan  province of Laghman  killed 15 "
                    "people, according to U.S. officials.' -> the US figure, total of the statement's 9 + 4 + 2 "
                    "(e2-e4). 'people' -> actor and civilian null (the US says militants, the elders say "
                    "civilians). Place: the most specific one the text ties to the raid, 'Mehtar Lam District' "
                    "(the US statement; district, precision 3). 'not 15 militants' in the Afghan statement restates "
                    "the US figure in order to deny it (alt_mentions).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("Nine", value=9, at="Nine fighters"), location=MEHTAR, date=JAN15, source=USSTMT,
             part_of="e1", trigger=T("killed", at="Nine fighters were killed"),
             notes=("'Nine fighters were killed by small-arms fire and four killed by \"precision close-air "
                    "support\", the statement continued, adding that two other fighters were killed during a "
                    "subsequent search ...' -> US breakdown of e1 (9 + 4 + 2 = 15). The fighters are the 'armed "
                    "militants' of the statement (the target was a Taliban commander, but the text does not say the "
                    "fighters were Taliban) -> 'militants' (section 10).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("four", value=4, at="four killed by"), location=MEHTAR, date=JAN15, source=USSTMT,
             part_of="e1", trigger=T("killed", at="four killed"),
             notes="'... and four killed by \"precision close-air support\"' -> part of e1 (see e2)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("two other", num="two", value=2, at="two other fighters"), location=MEHTAR, date=JAN15,
             source=USSTMT, part_of="e1", trigger=T("killed", at="other fighters were killed"),
             notes=("'... adding that two other fighters were killed during a subsequent search of the houses in the "
                    "compound.' -> part of e1 (see e2). Same source phrase (the statement).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("16", value=16, at="16 civilians"), location=MEHTAR, date=JAN15,
             source=S("a statement from the Afghani president's office declared"), is_total=True,
             trigger=T("killed", at="civilians were killed"),
             notes=("'However, this version of events was contested when a statement from the Afghani president's "
                    "office declared that 16 civilians were killed, not 15 militants.' -> a different figure from "
                    "a different source (GUIDELINES 6): separate event. Afghan civilians in a Laghman village -> "
                    "AFG by plain implication (section 10; surface null). Total of the women and children named "
                    "next (e6, e7; the rest are not itemized).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("two", value=2, at="two women"), location=MEHTAR, date=JAN15,
             source=S("That statement also claimed"), part_of="e5", trigger=T("dead", at="among the dead"),
             notes="'That statement also claimed that two women and three children were among the dead.' -> part of e5."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("three", value=3, at="three children"), location=MEHTAR, date=JAN15,
             source=S("That statement also claimed"), part_of="e5", trigger=T("dead", at="among the dead"),
             notes="'... and three children were among the dead.' -> part of e5."),
    ],
    hard_negatives=[
        H("the casualties were all civilians", "the elders' claim, no count"),
        H("approximately 60km", "distance"),
        H("several groups of armed militants", "groups, not a head count"),
        H("Thousands of angered Afghanis", "protesters, not an event"),
        H("more U.S troops", "deployment with no count"),
        H("a wanted militant", "the raid's target, not reported killed or captured", at="against a wanted militant"),
        H("a Taliban  commander", "the raid's target, no casualty stated"),
    ])

# ---------------------------------------------------------------- Philippines 2019: Jolo Cathedral bombings
JOLO = L("the Jolo Cathedral in Mindanao, Philippines", "PHL", "Sulu", 6.05, 121.00, 1)
JAN27 = D("2019-01-27", "yesterday", at="bombings yesterday", derived_from_context=True)
MIJ = S("According to Chief Superintendent Graciano Mijares of the police of the Autonomous Region in Muslim Mindanao")
MIJ2 = S("Mijares further claimed")
ANN["wn_2019_01_28_philippines_jolo_cathedral"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 20", num="20", value=20, low=20, qualifier="at least"), location=JOLO,
             date=D("2019-01-27", "yesterday", at="bombings yesterday", derived_from_context=True), source=None,
             is_total=True, trigger=T("killed", at="were killed"),
             notes=("'The second blast affected first responders following the first; between the two blasts, at "
                    "least 20 were killed.' -> total of the twin bombings, broken down by the police as 14 civilians, "
                    "5 soldiers and 1 coastguard (e2-e4; 14 + 5 + 1 = 20). Day and place from the previous sentence "
                    "('Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines', derived; "
                    "'yesterday' in a Monday story = Sunday 27 January 2019). A toll over civilians and armed "
                    "forces with no side in the clause -> actor null, civilian null (close call: mostly "
                    "civilians, but the clause says only '20').")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PHL"), civilian=True,
             count=C("fourteen", value=14, at="fourteen civilians"), location=JOLO, date=JAN27, source=MIJ,
             part_of="e1", trigger=T("deaths", at="confirmed deaths"),
             notes=("'According to Chief Superintendent Graciano Mijares ..., the confirmed deaths are fourteen "
                    "civilians, five Armed Forces personnel, and one member of the Coast Guard.' -> parts of e1. "
                    "Civilians at a Jolo church -> PHL by plain implication (section 10; surface null).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PHL"), civilian=False,
             count=C("five", value=5, at="five Armed Forces"), location=JOLO, date=JAN27, source=MIJ,
             part_of="e1", trigger=T("deaths", at="confirmed deaths"),
             notes="'five Armed Forces personnel' -> Armed Forces of the Philippines (context), part of e1."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("PHL"), civilian=False,
             count=C("one", value=1, at="one member of the Coast Guard"), location=JOLO, date=JAN27, source=MIJ,
             part_of="e1", trigger=T("deaths", at="confirmed deaths"),
             notes=("'one member of the Coast Guard' -> Philippine Coast Guard, part of e1; a uniformed service -> "
                    "civilian false (as police; close call: the text says the coastguards 'were attending mass'). "
                    "'The deceased seaman was identified as Jaypee Galicha' restates his identity (hard "
                    "negative).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("27", value=27, at="toll of 27"), location=JOLO, date=JAN27, source=None,
             trigger=T("dead", at="27 dead"),
             notes=("'This revised downwards an earlier toll of 27 dead.' -> an earlier, superseded figure for the "
                    "same bombings: a separate claim (section 10: an updated toll is a separate claim from the "
                    "first). Its source is not named -> source null.")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("PHL"), civilian=True,
             count=C("90", value=90, at="90 civilians"), location=JOLO, date=JAN27, source=MIJ2,
             trigger=T("wounded", at="were wounded"),
             notes=("'Mijares further claimed 90 civilians were wounded, as were seventeen from the Armed Forces, and "
                    "two each from the Coast Guard and the National Police.' -> four wounded groups (e6-e9); no "
                    "wounded total is stated (none annotated). PHL by plain implication.")),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("PHL"), civilian=False,
             count=C("seventeen", value=17, at="seventeen from"), location=JOLO, date=JAN27, source=MIJ2,
             trigger=T("wounded", at="were wounded"), notes="'as were seventeen from the Armed Forces' -> wounded soldiers."),
        dict(id="e8", type="casualty", outcome="wounded", actor=A("PHL"), civilian=False,
             count=C("two", value=2, at="two each"), location=JOLO, date=JAN27, source=MIJ2,
             trigger=T("wounded", at="were wounded"),
             notes=("'and two each from the Coast Guard and the National Police' -> two coastguards wounded (e8) and "
                    "two policemen wounded (e9): one numeral, two events with the same count span (the total 4 "
                    "is not stated). Coast Guard -> civilian false.")),
        dict(id="e9", type="casualty", outcome="wounded", actor=A("PHL"), civilian=False,
             count=C("two", value=2, at="two each"), location=JOLO, date=JAN27, source=MIJ2,
             trigger=T("wounded", at="were wounded"),
             notes="'two each from ... the National Police' -> two police wounded (see e8); police -> civilian false."),
    ],
    hard_negatives=[
        H("Twin bombings", "attacks, not people"),
        H("first responders", "no count", at="affected first responders"),
        H("Some victims", "no count"),
        H("2.8 million", "voters"),
        H("85%", "percentage of voters"),
        H("decades of conflict", "duration"),
        H("from 2022", "year"),
        H("their casualties", "no count (the Coast Guard's casualties already counted)"),
        H("The deceased seaman", "identity of the one coastguard already counted (e4)"),
        H("the double bombing", "attack, not people"),
    ])

# ---------------------------------------------------------------- Iraq 2019: rockets on an air base near Mosul
ANN["wn_2019_11_10_iraq_air_base_rockets"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "U.S.", at="5000 U.S."), civilian=False,
             count=C("about 5000", num="5000", value=5000, approx=True, qualifier="about"),
             location=L("the country", "IRQ", None, None, None, 4, at="now in the country"),
             date=D("2019-11-10", "now", at="troops now"), source=None, hedge="reportedly",
             trigger=T("There are", at="There are reportedly"),
             notes=("'There are reportedly about 5000 U.S. troops now in the country.' -> presence; 'the country' = "
                    "Iraq (previous sentence; country level). 'now' -> publication day. 'reportedly' -> hedge, no "
                    "speaker -> source null. '5000' has no thousands separator (source wording).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("in the hundreds", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=L("Baghdad and through the southern part of Iraq", "IRQ", None, None, None, 3),
             date=D("2019-10/2019-11-10", "in early October", at="began in early October", approx=True,
                    derived_from_context=True),
             source=S("The news agency AFP has placed"), cumulative=True,
             trigger=T("death count", at="protester death count"),
             notes=("'The news agency AFP has placed the protester death count in the hundreds.' -> running total of "
                    "protesters killed since the protests began 'in early October' (previous sentence; derived) -> "
                    "interval October 2019 - publication day (approx). Protesters are non-combatants -> civilian "
                    "true; Iraqi protesters by plain implication (IRQ, surface null). Place: the protests 'in "
                    "Baghdad and through the southern part of Iraq' (earlier paragraph; several regions, "
                    "precision 3). Close call on scope: deaths in the crackdown on protests, inside an article on "
                    "an armed attack; annotated because they are violent deaths with a count.")),
    ],
    hard_negatives=[
        H("no casualties", "negated casualties", at="produced no casualties"),
        H("No Coalition troops were injured", "negated casualties"),
        H("Seventeen rockets", "weapons, not people"),
        H("7:45 p.m.", "time of day"),
        H("U.S. troops there", "presence with no count", at="home to U.S. troops"),
        H("three years later", "duration"),
        H("U.S. troops left Iraq in 2011", "withdrawal, no count"),
        H("in 2003", "year", at="established in 2003"),
    ])

# ---------------------------------------------------------------- Iraq 2020: Soleimani strike
ANN["wn_2020_01_05_iraq_soleimani_strike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Kataeb Hezbollah", "Kataeb Hezbollah",
                                                                  at="a Kataeb Hezbollah official"),
             civilian=None, count=C("a", value=1, at="a Kataeb Hezbollah official"),
             location=L("Baghdad International Airport", "IRQ", "Baghdad", 33.26, 44.23, 1,
                        at="airstrike at Baghdad International Airport"),
             date=D("2020-01-02", "Thursday", derived_from_context=True), source=None,
             trigger=T("victims", at="Other victims"),
             notes=("'Other victims included a Kataeb Hezbollah official and Mohammed Reda, an airport protocol "
                    "officer.' -> an unnamed militia official killed in the strike (singular determiner on a person "
                    "noun, value 1). Soleimani and al-Muhandis are named single individuals with no count word "
                    "(hard negatives); so is Mohammed Reda, whose 'an airport protocol officer' only describes the "
                    "named man (hard negative; close call). 'official' of an armed group -> civilian null (the "
                    "text does not say he was a fighter). Day: 'Thursday' in the first sentence (Sunday 5 January "
                    "2020 story -> 2 January; derived). Place: the airstrike 'at Baghdad International Airport'.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(["USA", "coalition"], "American", at="hundreds of American"),
             civilian=False, count=C("hundreds", value=None, low=200, approx=True, qualifier="hundreds",
                                     at="hundreds of American"),
             location=None, date=D(None), source=S("the United States Department of Defense justified"),
             cumulative=True, trigger=T("deaths", at="the deaths of hundreds"),
             notes=("'General Soleimani and his Quds Force were responsible for the deaths of hundreds of American "
                    "and coalition service members and the wounding of thousands more.' (inside the DoD statement) "
                    "-> running total over Soleimani's career (cumulative), no period or place stated -> date and "
                    "location null. One count over two sides -> list actor. Source: the DoD, whose statement the "
                    "text quotes ('the United States Department of Defense justified the strike ...: \"...\"').")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(["USA", "coalition"]), civilian=False,
             count=C("thousands more", num="thousands", value=None, low=2000, approx=True, qualifier="thousands"),
             location=None, date=D(None), source=S("the United States Department of Defense justified"),
             cumulative=True, trigger=T("wounding", at="the wounding of thousands"),
             notes=("'... and the wounding of thousands more.' -> wounded American and coalition service members "
                    "(the same people as e2's clause; 'more' = in addition). Cumulative, no date or place.")),
    ],
    hard_negatives=[
        H("Qasem Soleimani", "named single individual, no count word", at="forces killed Qasem"),
        H("Abu Mahdi al-Muhandis, who was also killed", "named single individual, no count word"),
        H("an airport protocol officer", "describes the named Mohammed Reda; not a count (close call)"),
        H("three rockets", "weapons"),
        H("the death and wounding of additional American and Iraqi personnel", "no count"),
        H("three days of public mourning", "duration"),
        H("the presence of United States troops in Iraq", "presence with no count"),
        H("December 27th", "date of an attack; no count"),
    ])

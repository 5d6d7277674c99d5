# -*- coding: utf-8 -*-
"""Gold annotations of set (t), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals; null for provinces, regions, districts and countries, as in
sets (g)-(n)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset from a city,
3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Iraq 2005: raid on the Lake Tharthar camp
THARTHAR = L("a remote region near Lake Tharthar", "IRQ", "Salah al-Din", 33.98, 43.20, 2)
WED = D("2005-03-23", "on Wednesday", derived_from_context=True)
ANN["wn_2005_03_24_iraq_tharthar_camp_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="85 insurgents"),
             civilian=False, count=C("85", value=85), location=THARTHAR, date=D("2005-03-23", "on Wednesday"),
             source=S("the Iraqi government", at="the Iraqi government  also"),
             trigger=T("killing", at="killing 85"),
             alt_mentions=[S("85", at="death toll at 85")],
             notes=("'Iraqi  and American  forces raided a training camp in a remote, rural region 160 kilometers "
                    "north of Baghdad  on Wednesday, killing 85 insurgents .' 'Wednesday' in a Thursday 24 March 2005 "
                    "story = 23 March. The lede has no attribution; the next-but-one sentence gives the same figure "
                    "with its speaker ('In addition to placing the insurgent death toll at 85, the Iraqi government "
                    " also said ...') -> alt_mention, and the source is taken from it (speaker only: the reporting "
                    "verb 'placing ... at' comes before it). Place: the camp 'located in a remote region near Lake "
                    "Tharthar' (later paragraph; more specific than the lede's '160 kilometers north of Baghdad'; "
                    "near a natural feature, precision 2 with the lake's coordinates; Salah al-Din, whose police "
                    "chief speaks at the end; close call, the lake borders Anbar too). Unnamed insurgents -> "
                    "'insurgents' (section 10).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="Seven Iraqi commandos"),
             civilian=False, count=C("Seven", value=7, at="Seven Iraqi commandos"), location=THARTHAR, date=WED,
             source=S("according to the US military"), trigger=T("killed", at="commandos were killed"),
             notes=("'Seven Iraqi commandos were killed in the raid and six were injured, according to the US "
                    "military .' -> day from the lede ('on Wednesday', derived).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=False,
             count=C("six", value=6, at="six were injured"), location=THARTHAR, date=WED,
             source=S("according to the US military"), trigger=T("injured", at="six were injured"),
             notes="'... and six were injured' -> Iraqi commandos (the clause's subject is elided; actor from context)."),
        dict(id="e4", type="presence", actor=A("IRQ", "Iraqi", at="700 Iraqi commandos"), civilian=False,
             count=C("between 500 and 700", num="500 and 700", value=None, low=500, high=700, approx=True,
                     qualifier="between"),
             location=THARTHAR, date=WED, source=S("the Iraqi government  also said"),
             trigger=T("took part", at="commandos took part"),
             notes=("'... the Iraqi government  also said that between 500 and 700 Iraqi commandos took part in the "
                    "raid.' -> the attacking force (presence, GUIDELINES 2). Range -> low 500, high 700, qualifier "
                    "'between' (as sets (m), (n)).")),
        dict(id="e5", type="presence", actor=A("insurgents", "insurgents", at="100 insurgents"), civilian=False,
             count=C("an estimated 100", num="100", value=100, approx=True, qualifier="an estimated"),
             location=THARTHAR, date=WED, source=None, trigger=T("heavy fire", at="encountering heavy fire"),
             notes=("'After encountering heavy fire from an estimated 100 insurgents as they approached the camp, ...' "
                    "-> the force defending the camp, fighting there (presence). Own voice -> source null.")),
        dict(id="e6", type="casualty", outcome="captured", actor=A("DZA", "Algerian", at="one Algerian"),
             civilian=False, count=C("one", value=1, at="one Algerian"), location=THARTHAR, date=WED,
             source=S("Iraqi officials claimed", at="Iraqi officials claimed that most"),
             trigger=T("captured", at="to have captured"),
             notes=("'They also claimed to have captured one Algerian .' -> 'They' = 'Iraqi officials' of the previous "
                    "sentence (pronoun resolved, GUIDELINES 5). Captured in the raid on the insurgent camp, among "
                    "insurgents who 'came from Arab countries' -> civilian false (close call: the text does not call "
                    "him a fighter). Day from the lede (derived).")),
    ],
    hard_negatives=[
        H("160 kilometers", "distance"),
        H("men from the Philippines", "among the dead insurgents, no count"),
        H("42nd Infantry Division", "unit number"),
        H("ground troops and attack helicopters", "reinforcement with no count"),
        H("seven hours", "duration"),
        H("55 kilometers", "distance"),
        H("a large number of car bombs", "weapons, no count of people"),
        H("most of the insurgents", "proportion of people already counted, no count"),
    ])

# ---------------------------------------------------------------- Russia 2005: attack on Nalchik
NALCHIK = L("Nalchik", "RUS", "Kabardino-Balkaria", 43.49, 43.62, 1, at="fighting in Nalchik")
PRESS = S("According to reports from Russian press sources")
ANN["wn_2005_10_13_russia_nalchik_attack"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("insurgents", "insurgents", at="500 insurgents"), civilian=False,
             count=C("anywhere between 60 to 500", num="60 to 500", value=None, low=60, high=500, approx=True,
                     qualifier="between"),
             location=NALCHIK, date=D(None), source=None, hedge="is believed",
             trigger=T("come from", at="come from anywhere"),
             notes=("'The strike is believed to have come from anywhere between 60 to 500 insurgents.' -> size of the "
                    "attacking force (presence). 'is believed' names no speaker -> hedge. Range low 60, high 500, "
                    "qualifier 'between' ('anywhere between' kept in the count phrase). The text gives no day for "
                    "the attack (the headline-style present perfect only) -> date null. Place: 'The fighting in "
                    "Nalchik' (city, precision 1).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants", "gunmen", at="61 of the gunmen"),
             civilian=False, count=C("61", value=61), location=NALCHIK, date=D(None), source=PRESS,
             trigger=T("killed", at="have been killed"),
             notes=("'According to reports from Russian press sources, 61 of the gunmen have been killed and 17 have "
                    "been captured, ...' -> unnamed attackers ('gunmen') -> actor 'militants' (section 10; the text "
                    "says only that Chechen rebels claimed responsibility). No day given -> date null.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("17", value=17, at="17 have been captured"), location=NALCHIK, date=D(None), source=PRESS,
             trigger=T("captured", at="have been captured"),
             notes="'... and 17 have been captured' -> 17 of the gunmen (subject elided; actor as e2)."),
        dict(id="e4", type="casualty", outcome="casualties", actor=A("RUS"), civilian=True,
             count=C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="dozens of civilian"),
             location=NALCHIK, date=D(None), source=PRESS, hedge="may be",
             trigger=T("casualties", at="civilian casualties"),
             notes=("'... and there may be dozens of civilian casualties.' -> 'casualties' without a kind -> outcome "
                    "'casualties' (GUIDELINES 2). 'may be' is an uncertain report, not a hypothetical -> annotated "
                    "with hedge 'may be' (close call). Civilians in a Russian city -> RUS by plain implication "
                    "(section 10; surface null).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("RUS"), civilian=False,
             count=C("Seven", value=7, at="Seven policemen"), location=NALCHIK, date=D(None), source=None,
             trigger=T("killed", at="were also killed"),
             notes=("'Seven policemen were also killed.' -> Russian police of Nalchik (actor RUS from context, "
                    "surface null); police -> civilian false. The sentence has no attribution (the press sources "
                    "are named in the previous sentence) -> source null, as set (m)'s 'Two others were wounded'.")),
    ],
    hard_negatives=[
        H("a coordinated set of attacks", "attacks, not people"),
        H("five hours", "duration"),
        H("hostages taken", "hostages with no count"),
        H("A police station", "building"),
        H("Several government buildings", "buildings"),
        H("any insurgent who tries to escape", "order, no count"),
    ])

# ---------------------------------------------------------------- India 2006: attacks across Kashmir
MON = D("2006-06-12", "on Monday", at="Kashmir  on Monday", derived_from_context=True)
KUPWARA = L("85 km northwest of Srinagar", "IND", "Jammu and Kashmir", 34.53, 74.25, 2)
ANN["wn_2006_06_12_india_kashmir_attacks"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least nine", num="nine", value=9, low=9, qualifier="at least"),
             location=L("Kashmir", "IND", "Jammu and Kashmir", None, None, 3, at="attacks in Kashmir"),
             date=D("2006-06-12", "on Monday", at="Kashmir  on Monday"), source=None, is_total=True,
             trigger=T("killed", at="people were killed"),
             notes=("'At least nine people were killed in a series of attacks in Kashmir  on Monday, including one "
                    "close to a camp housing Hindu  pilgrims, while a boy died in police firing.' -> total of the "
                    "day's attacks: one at the Jammu bus station (e3), a policeman in Sopore (e7) and seven labourers "
                    "in Anantnag (e9): 1 + 1 + 7 = 9. The boy (e2) is outside it ('while'); the headline's '10' adds "
                    "him. Bare 'people' -> actor and civilian null. 'Monday' in a Monday 12 June 2006 story = same "
                    "day. 'Kashmir' = the Indian state of Jammu and Kashmir (region, precision 3).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IND"), civilian=True,
             count=C("a teenage boy", num="a", value=1, at="a teenage boy was killed"), location=KUPWARA, date=MON,
             source=S("witnesses and police said"), trigger=T("killed", at="boy was killed"),
             alt_mentions=[S("a boy", at="a boy died")],
             notes=("'In a violent day in the troubled Himalayan region, a teenage boy was killed in Kupwara district "
                    "when police fired to disperse Muslim demonstrators ..., witnesses and police said.' -> primary "
                    "(the lede's 'a boy died in police firing' is its summary: alt_mention, GUIDELINES 6). A boy "
                    "among demonstrators -> civilian true; Kashmiri boy in India -> IND by plain implication (surface "
                    "null; close call: the region is disputed). Place: the clash '85 km northwest of Srinagar' (next "
                    "sentence, in Kupwara district; offset from a city, precision 2, with the coordinates of Kupwara "
                    "town, which lies about that far from Srinagar). Day from the lede (derived). Killed by police "
                    "fire at a protest: a close call on scope, annotated as set (m) did protest deaths.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one", value=1, at="killing one person"),
             location=L("a crowded bus station in Jammu city", "IND", "Jammu and Kashmir", 32.73, 74.86, 1),
             date=MON, source=S("police said", at="Jammu city, police said"), part_of="e1",
             trigger=T("killing", at="killing one person"),
             notes=("'Suspected Islamist militants threw three grenades at a crowded bus station in Jammu city, police "
                    "said, killing one person and wounding 22.' -> part of e1 ('including one close to a camp housing "
                    "Hindu  pilgrims'). Bare 'person' -> actor and civilian null. A site in the city -> precision 1 "
                    "with the city's coordinates. Day from the lede (derived).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("22", value=22), location=L("a crowded bus station in Jammu city", "IND", "Jammu and Kashmir",
                                                  32.73, 74.86, 1),
             date=MON, source=S("police said", at="Jammu city, police said"), trigger=T("wounding", at="wounding 22"),
             notes=("'... killing one person and wounding 22.' -> the bus-station wounded; no side stated -> actor and "
                    "civilian null. 'Manoj Kumar, who sustained glass splinter injuries' is one of them (named, hard "
                    "negative).")),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Twenty others", num="Twenty", value=20), location=KUPWARA, date=MON, source=None, is_total=True,
             trigger=T("injured", at="were injured in the clash"),
             notes=("'Twenty others, including 10 policemen, were injured in the clash 85 km northwest of Srinagar .' "
                    "-> total of the Kupwara wounded, with the 10 policemen as a part (e6); the other 10 (demonstrators) "
                    "are not itemized. Mixed toll with no side -> actor and civilian null. No attribution in the "
                    "sentence -> source null. Day from the lede (derived).")),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("IND"), civilian=False,
             count=C("10", value=10, at="10 policemen"), location=KUPWARA, date=MON, source=None, part_of="e5",
             trigger=T("injured", at="were injured in the clash"),
             notes="'including 10 policemen' -> Indian police (context), civilian false; part of e5."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("IND"), civilian=False,
             count=C("A policeman", num="A", value=1, at="A policeman was killed"),
             location=L("Sopore town, north of Srinagar", "IND", "Jammu and Kashmir", 34.30, 74.47, 1),
             date=MON, source=S("police said", at="north of Srinagar, police said"), part_of="e1",
             trigger=T("killed", at="policeman was killed"),
             notes=("'A policeman was killed and another wounded as suspected militants fired on a police patrol in "
                    "Sopore town, north of Srinagar, police said.' -> part of e1. Named town -> precision 1. Day "
                    "from the lede (derived).")),
        dict(id="e8", type="casualty", outcome="wounded", actor=A("IND"), civilian=False,
             count=C("another", value=1, at="another wounded"),
             location=L("Sopore town, north of Srinagar", "IND", "Jammu and Kashmir", 34.30, 74.47, 1),
             date=MON, source=S("police said", at="north of Srinagar, police said"),
             trigger=T("wounded", at="another wounded"),
             notes="'... and another wounded' -> a second policeman (value 1, 'another' + elided person noun)."),
        dict(id="e9", type="casualty", outcome="killed", actor=A("IND", "Indian", at="the Indian state of Bihar"),
             civilian=True, count=C("seven", value=7, at="seven labourers"),
             location=L("Anantnag district in south Kashmir", "IND", "Jammu and Kashmir", None, None, 3),
             date=MON, source=None, part_of="e1", trigger=T("shot dead", at="gunmen shot dead"),
             notes=("'And unidentified gunmen shot dead seven labourers -- said to be from the Indian state of Bihar "
                    "-- in Anantnag district in south Kashmir.' -> part of e1; labourers -> civilian true; actor IND "
                    "from 'the Indian state of Bihar' ('said to be' concerns their origin, not the toll -> no hedge). "
                    "District -> precision 3. Day from the lede (derived).")),
        dict(id="e10", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands", at="claimed thousands"),
             location=L("Jammu and Kashmir", "IND", "Jammu and Kashmir", None, None, 3, at="military in Jammu and Kashmir"),
             date=D("1990/2006-06-12", "since the early 1990s", approx=True), source=S("According to Wikipedia"),
             cumulative=True, trigger=T("has claimed", at="has claimed thousands"),
             notes=("'According to Wikipedia, the conflict between Islamist separatists and the military in Jammu and "
                    "Kashmir  has claimed thousands since the early 1990s.' -> 'claimed' = killed; running total "
                    "(cumulative), from 'the early 1990s' (1990, approx) to publication. Both sides and civilians -> "
                    "actor and civilian null. Low 2000 by analogy with 'hundreds' -> 200 (as set (m)).")),
    ],
    hard_negatives=[
        H("three grenades", "weapons"),
        H("hundreds of pilgrims", "pilgrims staying at a camp, not a force or a casualty"),
        H("Manoj Kumar, who sustained glass splinter injuries", "named individual among the 22 already counted (e4)"),
        H("the last three years", "duration"),
        H("soldiers had entered a mosque", "no count"),
        H("No group claimed responsibility", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Australian RTF farewelled
ORUZGAN = L("the southern Oruzgan Province", "AFG", "Uruzgan", None, None, 3)
AFG = L("Afghanistan", "AFG", None, None, None, 4, at="fighting in Afghanistan")
SINCE_SEP = D("2005-09/2006-08-20", "since September year")
ANN["wn_2006_08_20_afghanistan_australian_rtf"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("AUS", "Australian", at="400 Australian"), civilian=False,
             count=C("400", value=400), location=ORUZGAN, date=D("2006-08-22", "on Tuesday"), source=None,
             planned=True, trigger=T("deployment", at="their deployment"),
             notes=("'400 Australian soldiers have been officially farewelled at parade in Darwin, NT , ahead of their "
                    "deployment to Afghanistan  on Tuesday.' -> an announced deployment ('They will go beginning this "
                    "week and be deployed over the next few weeks') -> planned. 'on Tuesday' read as the start of the "
                    "deployment, the Tuesday after the Sunday 20 August 2006 story = 22 August (a future day, so the "
                    "past-weekday rule does not apply; close call: the phrase could attach to the parade). "
                    "Destination: 'The group will work around the southern Oruzgan Province' (next paragraph, more "
                    "specific than 'Afghanistan'; province, precision 3). Darwin is the origin, not the "
                    "destination.")),
        dict(id="e2", type="deployment", actor=A("AUS"), civilian=False,
             count=C("Approximately 150", num="150", value=150, approx=True, qualifier="approximately"),
             location=ORUZGAN, date=D(None), source=None, planned=True,
             trigger=T("will be added", at="150 personnel will be added"),
             notes=("'Approximately 150 personnel will be added to the 240-strong force announced in May.' -> "
                    "reinforcement of the Reconstruction Task Force in Oruzgan (planned; no day) -> date null. "
                    "240 + 150 = 390, close to the 400 of e1, but the text does not say the 400 are these two groups "
                    "-> no part_of link (close call).")),
        dict(id="e3", type="deployment", actor=A("AUS"), civilian=False,
             count=C("the 240-strong", num="240", value=240), location=ORUZGAN, date=D(None), source=None,
             planned=True, reported_date="2006-05",
             trigger=T("announced", at="force announced in May"),
             notes=("'... the 240-strong force announced in May.' -> the RTF deployment as first announced "
                    "(planned). 'in May' is the announcement (reporting) month, not the deployment date -> date null, "
                    "reported_date 2006-05 (close call; the reported_date field normally holds a day). Count phrase "
                    "'the 240-strong' (a force size written as an adjective).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("More than 1800", num="1800", value=1800, low=1800, qualifier="more than"), location=AFG,
             date=D("2006-01-01/2006-08-20", "this year", at="Afghanistan this year"), source=None,
             cumulative=True, is_total=True, trigger=T("killed", at="have been killed in fighting"),
             notes=("'More than 1800 people have been killed in fighting in Afghanistan this year, 92 of them foreign "
                    "soldiers (12 being Canadian).' -> running total for 2006 (cumulative, 1 January to publication), "
                    "total of e5. All sides -> actor and civilian null. '1800' without a separator (source wording).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("coalition", "foreign", at="foreign soldiers"),
             civilian=False, count=C("92", value=92), location=AFG,
             date=D("2006-01-01/2006-08-20", "this year", at="Afghanistan this year"), source=None,
             cumulative=True, is_total=True, part_of="e4", trigger=T("killed", at="have been killed in fighting"),
             notes=("'92 of them foreign soldiers' -> part of e4 and total of e6. 'foreign soldiers' in Afghanistan in "
                    "2006 (ISAF and the US-led coalition) -> actor 'coalition' (close call: the text names no force; "
                    "surface 'foreign').")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="12 being Canadian"),
             civilian=False, count=C("12", value=12, at="12 being Canadian"), location=AFG,
             date=D("2006-01-01/2006-08-20", "this year", at="Afghanistan this year"), source=None,
             cumulative=True, part_of="e5", trigger=T("killed", at="have been killed in fighting"),
             notes="'(12 being Canadian)' -> part of e5 (cumulative for 2006)."),
        dict(id="e7", type="presence", actor=A("AUS", "Australian", at="190 Australian"), civilian=False,
             count=C("190", value=190, at="190 Australian"), location=AFG, date=SINCE_SEP, source=None,
             trigger=T("contingent", at="A contingent of 190"),
             notes=("'A contingent of 190 Australian special forces, supported by a 110-member helicopter detachment, "
                    "has suffered a steady flow of casualties since September year, ...' -> special forces in "
                    "Afghanistan (place from the previous sentence, country level). 'since September year' (a word "
                    "lost: 'September last year') -> September 2005 to publication (close call: the interval is stated "
                    "for the casualties; it is also the time the contingent has been there).")),
        dict(id="e8", type="presence", actor=A("AUS"), civilian=False,
             count=C("a 110-member", num="110", value=110), location=AFG, date=SINCE_SEP, source=None,
             trigger=T("helicopter detachment", at="110-member helicopter detachment"),
             notes=("'supported by a 110-member helicopter detachment' -> Australian helicopter crews supporting the "
                    "special forces (actor from context); count phrase 'a 110-member' (as set (m)'s 'a 20 man').")),
        dict(id="e9", type="casualty", outcome="wounded", actor=A("AUS"), civilian=False,
             count=C("11", value=11, at="11 wounded"), location=AFG, date=SINCE_SEP, source=None, cumulative=True,
             trigger=T("wounded", at="11 wounded"),
             notes=("'... has suffered a steady flow of casualties since September year, with 11 wounded — a rate of one "
                    "a month.' -> running total of wounded Australian special forces (cumulative, September 2005 to "
                    "publication).")),
    ],
    hard_negatives=[
        H("a steady flow of casualties", "no count (the count follows: 11 wounded)"),
        H("a rate of one a month", "rate, not a count of people"),
        H("the Netherlands-led Provincial Reconstruction Team", "no count"),
        H("the troops they", "no count", at="He told the troops"),
        H("our personnel have returned home", "no count"),
    ])

# ---------------------------------------------------------------- Central African Republic 2006: UFDR seizes Ouadda-Djalle
OUADDA = L("Ouadda-Djalle", "CAF", "Vakaga", 8.90, 22.80, 1)
FRI = D("2006-11-10", "this Friday", derived_from_context=True)
SABOUNE = S("Saboune also said")
ANN["wn_2006_11_13_car_ufdr_ouadda_djalle"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CAF", "government", at="twenty government troops"),
             civilian=False, count=C("twenty", value=20, at="twenty government troops"), location=OUADDA, date=FRI,
             source=SABOUNE, trigger=T("killed", at="troops were killed"),
             notes=("'Saboune also said twenty government troops were killed in the seizure, and twelve more were taken "
                    "prisoner.' -> CAR army (actor CAF; surface 'government'). Day: the seizure 'in the early hours of "
                    "the morning this Friday' (previous paragraph, derived) = Friday 10 November 2006 (Monday 13 "
                    "November story). Place: the town seized, Ouadda-Djalle (precision 1).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("CAF"), civilian=False,
             count=C("twelve more", num="twelve", value=12), location=OUADDA, date=FRI, source=SABOUNE,
             trigger=T("taken prisoner", at="were taken prisoner"),
             notes="'... and twelve more were taken prisoner.' -> 12 further government troops ('more' = additional)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UFDR", "The rebels", at="The rebels only lost"),
             civilian=False, count=C("three", value=3, at="three people"), location=OUADDA, date=FRI, source=None,
             trigger=T("lost", at="only lost"),
             notes=("'The rebels only lost three people, and another two were wounded.' -> 'lost' = killed (contrasted "
                    "with 'wounded'). Actor: the UFDR (the rebels of the article). No attribution in the sentence "
                    "(it follows Saboune's account) -> source null (close call).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("UFDR"), civilian=False,
             count=C("another two", num="two", value=2), location=OUADDA, date=FRI, source=None,
             trigger=T("wounded", at="two were wounded"),
             notes="'... and another two were wounded.' -> two rebels wounded ('another' = additional, value 2)."),
    ],
    hard_negatives=[
        H("a two-week long offensive", "duration"),
        H("200 km", "distance"),
        H("in a 2003  coup", "year"),
        H("Both towns", "towns, not people"),
        H("one of the rebels", "identifies the speaker, not a count"),
        H("750 km", "distance"),
        H("another two towns", "towns, not people"),
        H("The French  military", "no count"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: Belgian UNIFIL deminers wounded
ANN["wn_2006_12_31_lebanon_belgian_peacekeepers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("BEL", "Belgian", at="Two Belgian"),
             civilian=False, count=C("Two", value=2, at="Two Belgian"),
             location=L("near the village of Majdel Silim", "LBN", "Nabatieh", 33.19, 35.48, 2),
             date=D("2006-12-29", "Friday", at="wounded Friday"), source=None,
             trigger=T("wounded", at="were wounded Friday"),
             alt_mentions=[S("the two soldiers", at="One of the two soldiers"),
                           S("The wounded soldiers", at="The wounded soldiers are")],
             notes=("'Two Belgian  soldiers, part of the UN peacekeeping force in Lebanon , were wounded Friday after "
                    "stepping on a cluster bomb during a mine-clearing operation in southern Lebanon.' -> 'Friday' in a "
                    "Sunday 31 December 2006 story = 29 December. Place from the next sentence ('clearing a minefield "
                    "near the village of Majdel Silim'; near a point, precision 2). The adjective next to the count is "
                    "the country -> actor BEL (no actor_alt). Restatements -> alt_mentions. The neck/foot breakdown, "
                    "the repatriation and the hospital are status details of the same two (hard negatives).")),
        dict(id="e2", type="presence", actor=A("BEL", "Belgian", at="374 Belgian"), civilian=False,
             count=C("374", value=374), location=L("near Tibnin in southern Lebanon", "LBN", "Nabatieh", 33.19, 35.41, 2),
             date=D(None), source=None, trigger=T("serving", at="serving with the UN force"),
             notes=("'There are 374 Belgian soldiers serving with the UN force, known as UNIFIL, stationed near Tibnin in "
                    "southern Lebanon, 12 kilometers from the Israeli border.' -> presence; no time expression -> date "
                    "null. Near a town -> precision 2.")),
    ],
    hard_negatives=[
        H("One soldier was wounded at the neck", "injury breakdown of the two already counted"),
        H("the second was wounded at the foot", "injury breakdown of the two already counted"),
        H("One of the deminers has already left the hospital", "treatment status of one already counted"),
        H("The other soldier was taken to the hospital", "treatment status of one already counted"),
        H("12 kilometers", "distance"),
    ])

# ---------------------------------------------------------------- Somalia 2007: Ugandan AU troops arrive in Mogadishu
MOGADISHU = L("the capital Mogadishu", "SOM", "Banaadir", 2.04, 45.34, 1)
ANN["wn_2007_03_08_somalia_ugandan_amisom"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("UGA", "Ugandan", at="The Ugandan troops, 400"), civilian=False,
             count=C("400", value=400, at="400 of whom"), location=MOGADISHU,
             date=D("2007-03-06", "on Tuesday", at="arrived on Tuesday"), source=None,
             trigger=T("arrived", at="whom arrived"),
             notes=("'The Ugandan troops, 400 of whom arrived on Tuesday and another 400 the day after, were deployed "
                    "to the capital Mogadishu  as replacements for Ethiopia n troops ...' -> 'Tuesday' in a Thursday 8 "
                    "March 2007 story = 6 March. Part of an AU force; the adjective next to the count is the "
                    "country -> actor UGA (no actor_alt). No total (800) is stated -> two events.")),
        dict(id="e2", type="deployment", actor=A("UGA", "Ugandan", at="The Ugandan troops, 400"), civilian=False,
             count=C("another 400", num="400", value=400), location=MOGADISHU,
             date=D("2007-03-07", "the day after"), source=None, trigger=T("arrived", at="whom arrived"),
             notes=("'... and another 400 the day after' -> the second group, 'the day after' Tuesday = Wednesday 7 March "
                    "2007 ('another' = additional, value 400). Trigger 'arrived' elided from the first clause.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("10", value=10, at="10 civilians"),
             location=L("the main junction in Mogadishu", "SOM", "Banaadir", 2.04, 45.34, 2), date=D(None),
             source=None, trigger=T("killed", at="civilians killed"),
             notes=("'There were 10 civilians killed in the attack.' -> the ambush on the Ugandan convoys 'as they were "
                    "passing the main junction in Mogadishu' (eyewitness quote; part of a city, precision 2). "
                    "Civilians in Mogadishu -> SOM by plain implication. The text gives no day for the attack "
                    "('even before they went on patrol') -> date null. Own voice -> source null.")),
    ],
    hard_negatives=[
        H("Convoys of Ugandan troops", "no count"),
        H("suffered no casualties", "negated casualties"),
        H("for six months", "duration"),
        H("The AU has promised to deploy", "deployment with no count"),
        H("Ethiopia n troops", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2007: troops in Diyala
DIYALA = L("Diyala", "IRQ", "Diyala", None, None, 3, at="troops in Diyala")
ANN["wn_2007_05_11_iraq_diyala_troops"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA"), civilian=False,
             count=C("about 3,500", num="3,500", value=3500, approx=True, qualifier="about"), location=DIYALA,
             date=D(None), source=None, trigger=T("has", at="Mixon has about"),
             notes=("'Mixon has about 3,500 troops in Diyala and there are about 10,000 Iraqi soldiers and several "
                    "thousand Iraqi police, with 3,000 more police approved but not yet hired and trained.' -> the US "
                    "troops under Maj. Gen. Mixon (commander of the US 25th Infantry Division; actor USA from context, "
                    "surface null). Province -> precision 3. Present tense, no time expression -> date null.")),
        dict(id="e2", type="presence", actor=A("IRQ", "Iraqi", at="10,000 Iraqi"), civilian=False,
             count=C("about 10,000", num="10,000", value=10000, approx=True, qualifier="about"), location=DIYALA,
             date=D(None), source=None, trigger=T("there are", at="there are about 10,000"),
             notes="'there are about 10,000 Iraqi soldiers' (in Diyala) -> presence."),
        dict(id="e3", type="presence", actor=A("IRQ", "Iraqi", at="Iraqi police, with"), civilian=False,
             count=C("several thousand", value=None, low=3000, approx=True, qualifier="several thousand"),
             location=DIYALA, date=D(None), source=None, trigger=T("there are", at="there are about 10,000"),
             notes=("'and several thousand Iraqi police' -> presence of police (civilian false). 'several thousand' -> "
                    "low 3000 (as 'several hundred' -> 300).")),
    ],
    hard_negatives=[
        H("more troops are needed", "request with no count"),
        H("25th Infantry", "unit number"),
        H("3,000 more police approved but not yet hired", "police not yet hired: neither present nor deployed"),
        H("increased U.S.-led operations", "no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Korean hostages in Ghazni
GHAZNI = L("district of Ghazni Province", "AFG", "Ghazni", None, None, 3)
US_BASE = L("the main United States  base in Ghazni", "AFG", "Ghazni", 33.55, 68.42, 2)
ANN["wn_2007_07_25_afghanistan_korean_hostages"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("KOR"), civilian=True,
             count=C("one", value=1, at="one of the hostages has been killed"), location=GHAZNI, date=D(None),
             source=S("said head of the Afghan delegation in charge of the hostage negotiations, Waheedullah Mujadadi"),
             trigger=T("killed", at="has been killed by the Taliban"),
             alt_mentions=[S("a South Korea n evangelical priest"), S("a male Korean hostage")],
             notes=("'\"I can confirm that one of the hostages has been killed by the Taliban,\" said head of the Afghan "
                    "delegation ..., Waheedullah Mujadadi ...' -> the count phrase that states the death. The lede's "
                    "'the bullet-ridden body of a South Korea n evangelical priest' (implied death) and the Taliban's "
                    "'shot dead a male Korean hostage' are the same death (same figure, second source = restatement, "
                    "GUIDELINES 6) -> alt_mentions. Actor KOR (South Korean aid worker; surface null for the primary), "
                    "civilian true (aid worker, priest). Place: 'Yousuf said the hostage was killed in  district of "
                    "Ghazni Province' (the district name was lost in the conversion; province, precision 3). No day "
                    "given -> date null.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("KOR"), civilian=True,
             count=C("23", value=23, at="23 aid-workers"), location=GHAZNI, date=D(None), source=None,
             trigger=T("held hostage", at="aid-workers held hostage"),
             alt_mentions=[S("the 23 hostages", at="some of the 23 hostages")],
             notes=("'... a South Korea n evangelical priest, who was among 23 aid-workers held hostage by the Taliban .' "
                    "-> hostages (captured); South Korean aid workers by plain implication (the priest is one; the "
                    "headline says 'Korean hostage'; surface null), civilian true. Place: Ghazni Province (where the "
                    "one was killed; close call, the text gives no place for the abduction). No day -> date null. "
                    "The one killed (e1) is among the 23; different outcome -> no part_of.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("KOR"), civilian=True,
             count=C("at least 8", num="8", value=8, low=8, qualifier="at least"), location=US_BASE, date=D(None),
             source=None, released=True, is_total=True, hedge="Earlier reports",
             trigger=T("released", at="hostages were released"),
             alt_mentions=[S("the other 8 hostages", at="release of the other 8")],
             notes=("'Earlier reports that at least 8 other hostages were released are now being denied.' -> a reported "
                    "release (captured, released true), denied by the Afghan delegation, the Ghazni governor and the "
                    "Taliban. Annotated as the claim it is (hedge 'Earlier reports', no named speaker); close call "
                    "against treating a denied claim as a negation. Mujadadi's 'could not confirm the release of the "
                    "other 8 hostages' restates it (alt_mention). Total of e4 + e5 (six women and two men, from AP's "
                    "officials). Place: where the eight were said to be taken, 'the main United States  base in "
                    "Ghazni' (near the city, precision 2).")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("KOR"), civilian=True,
             count=C("six", value=6, at="six women"), location=US_BASE, date=D(None),
             source=S("One of the officials, who spoke on the condition of anonymity, said"), released=True,
             part_of="e3", trigger=T("taken to", at="been taken to"),
             notes=("'One of the officials, who spoke on the condition of anonymity, said six women and two men had been "
                    "taken to the main United States  base in Ghazni.' -> the released hostages of e3, broken down "
                    "(part of e3; released, denied as e3).")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("KOR"), civilian=True,
             count=C("two", value=2, at="two men had been"), location=US_BASE, date=D(None),
             source=S("One of the officials, who spoke on the condition of anonymity, said"), released=True,
             part_of="e3", trigger=T("taken to", at="been taken to"),
             notes="'... and two men had been taken to ...' -> part of e3 (see e4)."),
    ],
    hard_negatives=[
        H("the rest of the hostages will be killed", "threat, not an event"),
        H("shot ten times", "number of shots"),
        H("two Western officials", "sources, not an event"),
        H("no one has been freed so far", "negated release"),
        H("our prisoners", "prisoners with no count"),
        H("1.00 a.m.", "time of day"),
    ])

# ---------------------------------------------------------------- Turkey 2007: PKK ambush in Hakkari
HAKKARI = L("Hakkari Province on the Iraq-Turkey border", "TUR", "Hakkari", None, None, 3)
ANN["wn_2007_10_21_turkey_hakkari_pkk_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("TUR", "Turkish", at="17 Turkish"), civilian=False,
             count=C("As many as 17", num="17", value=17, high=17, approx=True, qualifier="as many as"),
             location=HAKKARI, date=D(None), source=None, trigger=T("killed", at="soldiers were killed"),
             notes=("'As many as 17 Turkish  soldiers were killed and 16 were injured in an ambush after Iraqi  Kurdish "
                    "militants  (PKK) attacked the patrol in Hakkari Province on the Iraq-Turkey border.' -> 'as many "
                    "as' = upper bound (as set (d)). The text gives no day for the ambush ('on Wednesday' and 'on "
                    "Sunday' date the vote and a statement) -> date null. Province -> precision 3.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("TUR"), civilian=False,
             count=C("16", value=16, at="16 were injured"), location=HAKKARI, date=D(None), source=None,
             trigger=T("injured", at="16 were injured"),
             notes="'... and 16 were injured' -> Turkish soldiers (subject elided)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PKK", "Kurdish militants", at="32 Kurdish"),
             civilian=False, count=C("at least 32", num="32", value=32, low=32, qualifier="at least"),
             location=HAKKARI, date=D(None), source=None, trigger=T("killed", at="militants were killed"),
             notes=("'As a result, a large battle erupted and at least 32 Kurdish militants were killed.' -> the PKK "
                    "(named in the previous sentence for these militants).")),
        dict(id="e4", type="presence", actor=A("TUR", "Turkey", at="Turkey has been building"), civilian=False,
             count=C("as many as 60,000", num="60,000", value=60000, high=60000, approx=True, qualifier="as many as"),
             location=L("along its border with Iraq", "TUR", None, None, None, 3),
             date=D("2007-10-21", "currently"), source=None, hedge="reports suggesting",
             trigger=T("stationed", at="currently stationed"),
             notes=("'Turkey has been building up troops along its border with Iraq with reports suggesting as many as "
                    "60,000 are currently stationed there.' -> presence; 'currently' -> publication day; 'reports "
                    "suggesting' names no speaker -> hedge. Border region on the Turkish side -> TUR, precision 3, "
                    "admin1 null (several provinces).")),
    ],
    hard_negatives=[
        H("a large battle", "no count"),
        H("authorized sending troops into Iraq", "authorisation with no count"),
        H("There are plans to cross the border", "plan with no count"),
        H("any military action against the PKK", "no count"),
    ])

# ---------------------------------------------------------------- Sudan 2008: UNAMID convoy ambushed in Darfur
DARFUR = L("Darfur , Sudan", "SDN", None, None, None, 3)
ANN["wn_2008_07_10_sudan_darfur_unamid_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN", "United Nations", at="seven United Nations"),
             civilian=False, count=C("At least seven", num="seven", value=7, low=7, qualifier="at least"),
             location=DARFUR, date=D(None), source=None, is_total=True, trigger=T("dead", at="are dead"),
             notes=("'At least seven United Nations  peacekeeper s are dead, and nearly two dozen wounded, after "
                    "Janjaweed  militants in Darfur , Sudan , ambushed their convoy around 11:45 GMT .' -> total of "
                    "e3 (five Rwandans; the others' nationality is not given). Actor UN as written (the text later "
                    "calls them 'AU-U.N. peacekeepers'; set (f)'s convention: the mission as actor). The text gives "
                    "only a clock time, no day -> date null. 'Darfur , Sudan' -> region, precision 3, admin1 null "
                    "(Darfur spans several states).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("UN", "United Nations", at="seven United Nations"),
             civilian=False, count=C("nearly two dozen", num="two dozen", value=24, high=24, approx=True,
                                     qualifier="nearly"),
             location=DARFUR, date=D(None), source=None, trigger=T("wounded", at="two dozen wounded"),
             notes=("'... and nearly two dozen wounded' -> value 24 (two dozen), upper bound ('nearly'). The headline's "
                    "'more than a dozen wounded' differs (noted in articles.jsonl).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UN"), actor_alt="RWA", civilian=False,
             count=C("Five", value=5, at="Five of those"), location=DARFUR, date=D(None), source=None, part_of="e1",
             trigger=T("dead", at="are dead"),
             notes=("'Five of those troops were from the Africa n nation of Rwanda .' -> five of the dead (e1) were "
                    "Rwandan: actor UN with actor_alt RWA (set (f)'s 'the dead peacekeepers were from Guinea'). 'those "
                    "troops' read as the dead (close call: it could cover the wounded too).")),
        dict(id="e4", type="deployment", actor=A(["AU", "UN"], "African Union -U.N.", at="African Union -U.N."),
             civilian=False, count=C("26,000", value=26000), location=L("the region", "SDN", None, None, None, 3,
                                                                        at="26,000 troops in the region"),
             date=D(None), source=None, planned=True, is_total=True, trigger=T("putting", at="aimed at putting"),
             notes=("'The peacekeepers are part of a joint African Union -U.N. mission aimed at putting 26,000 troops in "
                    "the region.' -> the planned size of the joint mission (planned deployment, as set (n)'s 26,000 "
                    "for Darfur); list actor for the joint AU-UN force. 'the region' = Darfur. No date.")),
        dict(id="e5", type="deployment", actor=A(["AU", "UN"]), civilian=False,
             count=C("around 10,000", num="10,000", value=10000, approx=True, qualifier="around"),
             location=L("the region", "SDN", None, None, None, 3, at="ordered to the region"),
             date=D(None, "So far"), source=None, part_of="e4", trigger=T("ordered", at="have been ordered"),
             notes=("'So far only around 10,000 of that planned mission have been ordered to the region.' -> the part "
                    "of e4 actually ordered to Darfur (deployment, not planned). 'So far' gives no start -> date "
                    "value null (surface kept).")),
    ],
    hard_negatives=[
        H("40 armoured vehicles", "vehicles"),
        H("ten were wrecked", "vehicles"),
        H("over two hours", "duration"),
        H("everyone in Sudan is at risk", "no count"),
        H("the perpetrators", "no count"),
    ])

# ---------------------------------------------------------------- Gaza 2009: UNRWA school in Beit Lahia shelled
SCHOOL = L("a United Nations  Nations Relief and Works Agency school in Beit Lahia", "PSE", "Gaza Strip", 31.55, 34.50, 1)
GAZA = L("Gaza", "PSE", "Gaza Strip", None, None, 3, at="operations in Gaza")
DOCTORS = S("Doctors in the Gaza Strip  say")
ANN["wn_2009_01_17_gaza_unrwa_school_shelling"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="six Palestinians"),
             civilian=True, count=C("at least six", num="six", value=6, low=6, qualifier="at least"), location=SCHOOL,
             date=D(None), source=DOCTORS, is_total=True, trigger=T("killed", at="Palestinians  were killed"),
             notes=("'Doctors in the Gaza Strip  say that at least six Palestinians  were killed at a United Nations  "
                    "Nations Relief and Works Agency school in Beit Lahia  after it was reportedly hit by at least one "
                    "Israeli  tank shell.' -> total of 'Two people' (e2) + 'four others' (e5). People sheltering in a "
                    "school used as 'a temporary shelter', including a woman and a child -> civilian true (close call: "
                    "'Palestinians' alone would be null). 'reportedly' qualifies the tank shell, not the toll -> no "
                    "hedge. No day is given ('throughout the night' describes the fighting) -> date null. The school "
                    "in Beit Lahia -> precision 1 with the town's coordinates.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("Two", value=2, at="Two people were killed"), location=SCHOOL, date=D(None), source=None,
             part_of="e1", is_total=True, trigger=T("killed", at="Two people were killed"),
             notes=("'Two people were killed in the initial shelling, one woman and one child.' -> part of e1, total of "
                    "e3 + e4. Civilian true (a woman and a child).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("one", value=1, at="one woman"), location=SCHOOL, date=D(None), source=None, part_of="e2",
             trigger=T("killed", at="Two people were killed"), notes="'one woman' -> part of e2."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("one", value=1, at="one child"), location=SCHOOL, date=D(None), source=None, part_of="e2",
             trigger=T("killed", at="Two people were killed"), notes="'one child' -> part of e2."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("four others", num="four", value=4), location=SCHOOL, date=D(None), source=None, part_of="e1",
             trigger=T("killed", at="others were killed"),
             notes=("'four others were killed fleeing the school, when several other tank shells landed in the paths of "
                    "their escape.' -> part of e1 (lower-case 'four' starts the sentence in the source).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("PSE", "Palestinian", at="one Palestinian driver"),
             civilian=True, count=C("one", value=1, at="one Palestinian driver"), location=GAZA,
             date=D("2009-01-08", "Thursday January 8", derived_from_context=True), source=None,
             trigger=T("killed", at="which killed one"),
             notes=("'On Thursday January 8 the U.N. temporarily suspended all of its operations in Gaza, after the "
                    "bombing of a convoy of humanitarian aid trucks which killed one Palestinian driver, and wounded "
                    "three others.' -> the convoy bombing; its day is taken from the suspension the same day ('January 8 "
                    "was the second day of attacks on U.N. targets'; derived). Aid driver -> civilian true. Place: "
                    "'Gaza' (the Strip; precision 3).")),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("PSE"), civilian=True,
             count=C("three others", num="three", value=3), location=GAZA,
             date=D("2009-01-08", "Thursday January 8", derived_from_context=True), source=None,
             trigger=T("wounded", at="wounded three"),
             notes=("'... and wounded three others.' -> others of the aid convoy: civilian true and PSE by plain "
                    "implication (close call: the text does not say who they were).")),
        dict(id="e8", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("over 50", num="50", value=50, low=50, qualifier="over"), location=GAZA,
             date=D("2009-01-06", "on Tuesday", derived_from_context=True), source=None,
             trigger=T("killing", at="killing over 50"),
             notes=("'January 8 was the second day of attacks on U.N. targets after three U.N. schools housing refugees "
                    "were bombed on Tuesday, killing over 50 civilians.' -> 'Tuesday' is before 8 January by the "
                    "sentence itself -> Tuesday 6 January 2009 (the past-weekday rule relative to the Saturday 17 "
                    "January story would give 13 January, which the context rules out; derived). 'over' = 'more than' "
                    "(low 50, qualifier 'over' as set (c)). Civilians in Gaza schools -> PSE by plain implication. Place: Gaza (precision 3).")),
        dict(id="e9", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="1,200 Palestinians"),
             civilian=None, count=C("Nearly 1,200", num="1,200", value=1200, high=1200, approx=True, qualifier="nearly"),
             location=L("Gaza", "PSE", "Gaza Strip", None, None, 3, at="offensive into Gaza"), date=D(None),
             source=None, cumulative=True, is_total=True, trigger=T("killed", at="have been killed as a result"),
             notes=("'Nearly 1,200 Palestinians have been killed as a result of the Israeli offensive into Gaza, and "
                    "more than 400 of those killed have been children.' -> running total of the offensive (cumulative); "
                    "its start is not given in the text -> date null. Bare 'Palestinians' -> civilian null. Total "
                    "of e10.")),
        dict(id="e10", type="casualty", outcome="killed", actor=A("PSE"), civilian=True,
             count=C("more than 400", num="400", value=400, low=400, qualifier="more than"),
             location=L("Gaza", "PSE", "Gaza Strip", None, None, 3, at="offensive into Gaza"), date=D(None),
             source=None, cumulative=True, part_of="e9", trigger=T("killed", at="those killed"),
             notes="'more than 400 of those killed have been children' -> part of e9; children -> civilian true."),
        dict(id="e11", type="casualty", outcome="killed", actor=A("ISR", "Israeli", at="The Israeli military says"),
             civilian=False, count=C("at least 13", num="13", value=13, low=13, qualifier="at least"),
             location=L("Gaza", "PSE", "Gaza Strip", None, None, 3, at="offensive into Gaza"), date=D(None),
             source=S("The Israeli military says"), cumulative=True, trigger=T("killed", at="have been killed in the fighting"),
             notes=("'The Israeli military says that at least 13 their soldiers have been killed in the fighting.' -> "
                    "Israeli soldiers killed in the Gaza offensive (running total, cumulative; no start date -> null). "
                    "Source wording 'at least 13 their soldiers' kept. Place from the previous sentences (Gaza; close "
                    "call: 'the fighting' may include rocket fire into Israel).")),
    ],
    hard_negatives=[
        H("at least one Israeli  tank shell", "weapon"),
        H("several other tank shells", "weapons"),
        H("At least 1,600 people were inside", "people sheltering, not a force or a casualty"),
        H("three U.N. schools", "buildings"),
        H("a convoy of humanitarian aid trucks", "vehicles"),
        H("the second day of attacks", "ordinal of days"),
    ])

# ---------------------------------------------------------------- Yemen 2019: bomb in Mokha market
MOKHA = L("the Red Sea port town of Mokha, Yemen", "YEM", "Taizz", 13.32, 43.25, 1)
LASTNIGHT = D("2019-01-29", "last night's attack")
ANN["wn_2019_01_30_yemen_mokha_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("YEM"), civilian=True,
             count=C("At least five other", num="five", value=5, low=5, qualifier="at least"), location=MOKHA,
             date=LASTNIGHT, source=None, hedge="reportedly", trigger=T("died", at="also died"),
             notes=("'At least five other civilians reportedly also died in last night's attack; ...' -> five besides "
                    "the named photojournalist Ziad al-Sharabi (a named individual with no count word: hard negative; "
                    "the total of six is only in the headline). 'last night' in a Wednesday 30 January 2019 story = 29 "
                    "January. 'reportedly' -> hedge. Civilians in Mokha -> YEM by plain implication (surface null). "
                    "Place from the first sentence (the Red Sea port town; precision 1).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("YEM"), civilian=True,
             count=C("around twenty more", num="twenty", value=20, approx=True, qualifier="around"), location=MOKHA,
             date=LASTNIGHT, source=None, hedge="reportedly", trigger=T("injured", at="were injured"),
             notes=("'... around twenty more, including colleague Faisal al-Thubhani, were injured.' -> 'more' = more "
                    "civilians (parallel to the first clause; civilian true, close call). The clause shares the "
                    "sentence's 'reportedly' -> hedge (close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("sixteen other", num="sixteen", value=16), location=L("the nation", "YEM", None, None, None, 4),
             date=D("2015/2019-01-30", "since 2015"), source=S("The Committee to Protect Journalists reports"),
             cumulative=True, trigger=T("deaths", at="journalist deaths"),
             notes=("'The Committee to Protect Journalists reports sixteen other journalist deaths in the nation since "
                    "2015.' -> running total of journalists killed in Yemen (cumulative, 2015 to publication); "
                    "journalists -> civilian true; nationality not stated -> actor null. 'other' = besides "
                    "al-Sharabi. Country level. Close call on scope: CPJ counts deaths linked to the war and to "
                    "attacks on journalists.")),
    ],
    hard_negatives=[
        H("Abu Dhabi TV photojournalist Ziad al-Sharabi", "named single individual, no count word"),
        H("colleague Faisal al-Thubhani", "named individual among the twenty wounded (e2)"),
        H("No claims of responsibility", "no count"),
        H("in 2017", "year"),
        H("in 2014", "year"),
        H("an anti-Houthi, pro-government coalition", "force with no count"),
    ])

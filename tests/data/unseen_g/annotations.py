# -*- coding: utf-8 -*-
"""Gold annotations of set (g), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; null only for a region wider than one
country, precision 4), admin1, lat/lon (2 decimals) and ACLED-style precision (1 point, 2 near a point or part of a
town, 3 region, 4 country or wider). Each event also carries a `trigger` (the word that signals the event).
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Iraq 2008 (VOA)
MOSUL = L("outside the northern city of Mosul", "IRQ", "Nineveh", 36.34, 43.13, 2)
TUE_M = D("2008-02-26", "Tuesday", at="explosives Tuesday", derived_from_context=True)
BAQUBA = L("close to the town of Baquba", "IRQ", "Diyala", 33.75, 44.64, 2)
ANN["voa_2008_02_26_iraq_mosul_bus_baquba"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least nine", num="nine", value=9, low=9, qualifier="at least"),
             location=MOSUL, date=TUE_M, source=S("Iraqi army officials say"),
             trigger=T("killed", at="has killed at least nine"),
             notes=("'Iraqi army officials say a suicide bomber has killed at least nine people on a bus traveling to "
                    "Syria.': bus passengers described only as 'people' -> actor and civilian null (section 10). Place "
                    "and day from the next sentence ('The officials say the bomber detonated his explosives Tuesday, "
                    "outside the northern city of Mosul') -> precision 2 with Mosul's coordinates, date derived. The "
                    "bomber's own death is not counted.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("eight", value=8, at="blast killed eight"), location=MOSUL, date=TUE_M,
             source=S("The U.S. military said"), trigger=T("killed", at="blast killed eight"),
             notes=("'The U.S. military said the blast killed eight people': the same blast with a different figure from "
                    "a different source -> a separate event (GUIDELINES 6). Place and day from the preceding sentence "
                    "(derived).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("eight", value=8, at="wounded eight"), location=MOSUL, date=TUE_M,
             source=S("The U.S. military said"), trigger=T("wounded", at="and wounded eight"),
             notes="'... and wounded eight others': same source and blast; 'others' = other people (actor/civilian null)."),
        dict(id="e4", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("21", value=21), location=BAQUBA,
             date=D("2008-02-26", "Tuesday", at="fake checkpoint Tuesday"), source=S("Iraqi police say"),
             trigger=T("kidnapped"),
             notes=("'In Diyala province, Iraqi police say unidentified gunmen kidnapped 21 men from two buses at a fake "
                    "checkpoint Tuesday.': kidnapped = captured. The men are bus passengers, not described further -> "
                    "actor and civilian null (section 10). Place from the next sentence ('seized close to the town of "
                    "Baquba, north of Baghdad'), precision 2.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("Three", value=3, at="Three women"), location=BAQUBA,
             date=D("2008-02-26", "Tuesday", at="fake checkpoint Tuesday", derived_from_context=True), source=None,
             released=True, trigger=T("released", at="women were released"),
             notes=("'Three women were released.': read as captives of the same checkpoint raid who were let go -> "
                    "captured with released: true (GUIDELINES 2). Close call: the text does not say that the women were "
                    "taken away, only that they were released. Women -> civilian true (section 3). No attribution in "
                    "the sentence -> source null (the 'Police say' of the previous sentence is not carried over).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least 63", num="63", value=63, low=63, qualifier="at least"), location=None,
             date=D("2008-02-24/2008-02-25", "Sunday and Monday"), source=None,
             trigger=T("killed", at="Monday killed"),
             notes=("'Attacks on pilgrims Sunday and Monday killed at least 63 people.': pilgrims -> civilian true; "
                    "their nationality is not stated -> actor null. Two days -> interval Sunday 24 - Monday 25 February "
                    "2008. No place is given for the attacks (the pilgrims were travelling to Karbala, the destination, "
                    "not the attack site) -> location null.")),
    ],
    hard_negatives=[
        H("a suicide bomber", "the attacker; his own death is not counted (GUIDELINES 2)"),
        H("two buses", "count of vehicles"),
        H("a fake checkpoint", "count of a checkpoint"),
        H("two Cabinet meetings", "count of meetings"),
        H("2003", "year"),
        H("Millions of pilgrims", "people taking part in a pilgrimage, not a force or casualties"),
        H("the 40th day", "ordinal day"),
        H("13 centuries", "duration"),
    ])

# ---------------------------------------------------------------- Syria 2012 (VOA blog)
RASTAN = L("the town of Rastan", "SYR", "Homs", 34.92, 36.73, 1)
MON_R = D("2012-05-14", "Monday's", at="Monday's fighting", derived_from_context=True)
TAMANA = L("the impoverished village of al-Tamana", "SYR", "Idlib", 35.47, 36.75, 1)
SUN_S = D("2012-05-13", "Sunday", at="killed Sunday as")
ANN["voa_2012_05_14_syria_rastan_al_tamana"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SYR", "Syrian", at="Syrian forces in"),
             civilian=False, count=C("23", value=23), location=RASTAN, date=MON_R,
             source=S("Syrian activists say"), trigger=T("killed", at="rebels killed 23"),
             notes=("'Syrian activists say rebels killed 23 soldiers in battles near the city of Homs - one of the "
                    "deadliest days for Syrian forces': Syrian army soldiers (actor SYR; 'Syrian forces' in the same "
                    "sentence names the side; 'Syrian' before 'activists' names the speakers). Place and day from the "
                    "next sentence ('Monday's fighting broke out around the town of Rastan, about 25 kilometers north "
                    "of Homs'), the more specific place -> Rastan, precision 1; date derived (Monday 14 May 2012).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several people were"),
             location=RASTAN, date=MON_R, source=S("Activists say", at="Activists say Monday's"),
             trigger=T("wounded", at="were wounded"),
             notes=("'They say several people were wounded ... during the clashes': 'They' = the activists of the "
                    "previous sentence (source resolved to 'Activists say', GUIDELINES 5). Bare 'people' -> actor and "
                    "civilian null. Vague magnitude, low 3.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SYR"), civilian=True,
             count=C("at least five", num="five", value=5, low=5, qualifier="at least", at="at least five civilians"),
             location=TAMANA, date=D("2012-05-13", "On Sunday"), source=None,
             trigger=T("killed", at="tanks killed"),
             notes=("'On Sunday, Syrian troops backed by tanks killed at least five civilians ... when they overran a "
                    "rebellious Sunni Muslim farming village.': civilians of a Syrian village -> actor SYR by plain "
                    "implication (section 10, like 'villagers in Helmand province'), surface null. The village is named "
                    "in the next sentence ('the impoverished village of al-Tamana, 55 kilometers northwest of Hama'; "
                    "al-Tamanah lies in Idlib province, coordinates from the annotator's knowledge). Article's own "
                    "voice -> source null.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="several people executed"),
             location=L("al-Tamana", "SYR", "Idlib", 35.47, 36.75, 1, at="al-Tamana was"),
             date=D("2012-05-13", "On Sunday", derived_from_context=True),
             source=S("The Britain-based Syrian Observatory for Human Rights said"), part_of="e3",
             trigger=T("executed"),
             notes=("'... al-Tamana was \"subjected to collective punishment\" with \"over half of its houses burned, "
                    "several people executed [upon arrest] and the rest killed from bombardment.\"': executed = killed; "
                    "read as part of the al-Tamana dead (part_of e3; the Observatory splits them into 'several' executed "
                    "and 'the rest' killed by bombardment, which has no count). Bare 'people' -> actor/civilian null. "
                    "'[upon arrest]' is not annotated as a separate capture. Day from e3's sentence (derived).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(["SYR", "rebels"]), civilian=True,
             count=C("at least 25", num="25", value=25, low=25, qualifier="at least"),
             location=L("various Syrian flashpoint areas", "SYR", None, None, None, 4), date=SUN_S,
             source=S("The watchdog group said"), is_total=True, trigger=T("killed", at="were killed Sunday"),
             notes=("'The watchdog group said at least 25 people - 18 civilians, five soldiers and two anti-government "
                    "rebels - were killed Sunday as violence ripped through various Syrian flashpoint areas.': a "
                    "nationwide total with its breakdown (e6-e8). A toll covering both sides -> actor list [SYR, "
                    "rebels]; mostly civilians -> civilian true (section 10). 'The watchdog group' = the Syrian "
                    "Observatory of the previous sentence. Places are not named -> country level (precision 4).")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("SYR"), civilian=True,
             count=C("18", value=18), location=L("various Syrian flashpoint areas", "SYR", None, None, None, 4),
             date=SUN_S, source=S("The watchdog group said"), part_of="e5",
             trigger=T("killed", at="were killed Sunday"),
             notes=("'18 civilians': part of the 25 (e5). Syrian civilians (actor SYR by plain implication). The five "
                    "civilians of al-Tamana (e3) are probably among them; not linked, as the text does not say so.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A("SYR"), civilian=False,
             count=C("five", value=5, at="five soldiers"),
             location=L("various Syrian flashpoint areas", "SYR", None, None, None, 4), date=SUN_S,
             source=S("The watchdog group said"), part_of="e5", trigger=T("killed", at="were killed Sunday"),
             notes="'five soldiers': part of the 25 (e5); Syrian government soldiers (actor SYR, no side word)."),
        dict(id="e8", type="casualty", outcome="killed",
             actor=A("rebels", "anti-government rebels", at="two anti-government rebels"), civilian=False,
             count=C("two", value=2, at="two anti-government rebels"),
             location=L("various Syrian flashpoint areas", "SYR", None, None, None, 4), date=SUN_S,
             source=S("The watchdog group said"), part_of="e5", trigger=T("killed", at="were killed Sunday"),
             notes="'two anti-government rebels': part of the 25 (e5); actor 'rebels' (the text's word)."),
        dict(id="e9", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 9,000", num="9,000", value=9000, low=9000, qualifier="more than"), location=None,
             date=D("2011-03/2012-05-14", "in the 14-month conflict", approx=True), source=S("The U.N. says"),
             cumulative=True, trigger=T("died"),
             notes=("'The U.N. says more than 9,000 have died in the 14-month conflict.': running total; '14-month' "
                    "counted back from the publication date -> 2011-03/2012-05-14 (approx). Mixed and undescribed dead "
                    "-> actor/civilian null. The sentence names no place (Syria only from the article as a whole) -> "
                    "location null.")),
    ],
    hard_negatives=[
        H("a 14-month", "duration", at="a 14-month, anti-government"),
        H("about 25 kilometers", "distance"),
        H("several army vehicles", "count of vehicles"),
        H("United Nations monitors are in Syria", "presence with no quantity"),
        H("55 kilometers", "distance"),
        H("over half of its houses", "fraction of houses"),
        H("the rest killed from bombardment", "the remaining al-Tamana dead, no quantity"),
        H("dozens of Sunni settlements", "count of settlements"),
        H("April 12", "date"),
        H("a U.N. monitoring mission", "a mission, no quantity of people"),
    ])

# ---------------------------------------------------------------- Afghanistan 2013 (VOA, CMS preview)
MON_K = D("2013-06-10", "Monday", at="attacks Monday")
MON_K_D = D("2013-06-10", "Monday", at="attacks Monday", derived_from_context=True)
ZABUL = L("southern Zabul province", "AFG", "Zabul", None, None, 3)
ANN["voa_2013_06_10_afghanistan_kabul_airport_zabul"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="Taliban fighters who"),
             civilian=False, count=C("seven", value=7, at="seven heavily-armed"),
             location=L("Kabul's main airport", "AFG", "Kabul", 34.57, 69.21, 1), date=MON_K, source=None,
             alt_mentions=[S("all seven", at="all seven of the insurgents")],
             trigger=T("killed", at="forces killed seven"),
             notes=("'Afghan security forces killed seven heavily-armed Taliban fighters who launched a pre-dawn raid on "
                    "Kabul's main airport, one of three separate attacks Monday': article's voice (source null). 'officials "
                    "said all seven of the insurgents were killed' restates the same seven (alt mention, GUIDELINES 6). "
                    "The seven are also the size of the attacking force, but the count is the object of 'killed'; no "
                    "separate presence event is added for it (close call).")),
        dict(id="e2", type="presence", actor=A("militants", "militants", at="six militants"), civilian=False,
             count=C("six", value=6, at="six militants"), location=ZABUL, date=MON_K_D, source=None,
             trigger=T("attempted to storm"),
             notes=("'In southern Zabul province, six militants wearing suicide vests attempted to storm the provincial "
                    "council building.': the size of an attacking force -> presence (GUIDELINES 2). Unnamed attackers "
                    "-> 'militants' (section 10). The council building (in Qalat, not named) is the most specific place "
                    "but carries no name; the named place is the province (precision 3). Day from the lede's 'three "
                    "separate attacks Monday' (derived).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("six", value=6, at="six others"), location=ZABUL, date=MON_K_D, source=None,
             trigger=T("killed", at="were killed in the attack"),
             notes=("'The insurgents and six others were killed in the attack.': 'six others' = six people besides the "
                    "attackers, not described -> actor/civilian null. The insurgents' own deaths (suicide-vest "
                    "attackers, no count word) are not annotated (hard negative).")),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("AFG"), civilian=True,
             count=C("A", value=1, at="A female member"), location=ZABUL, date=MON_K_D, source=None,
             trigger=T("wounded", at="the wounded"),
             notes=("'A female member of the council is among the wounded.': singular determiner -> 1; a provincial "
                    "council member -> civilian true (section 3) and Afghan (actor AFG by plain implication, surface "
                    "null). The total number of wounded is not given.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("two", value=2, at="two boys"),
             location=L("Kandahar province", "AFG", "Kandahar", None, None, 3), date=D(None),
             source=S("local officials have accused"), trigger=T("beheading"),
             notes=("'In Kandahar province, local officials have accused Taliban fighters of beheading two boys - aged 10 "
                    "and 16 - for allegedly spying': beheading = killed; children -> civilian true, Afghan by plain "
                    "implication (actor AFG). The ages are not counts (hard negative). The claim is an accusation "
                    "(source 'local officials have accused'); the Taliban denial has no number. No time is given for the "
                    "killings -> date null.")),
        dict(id="e6", type="casualty", outcome="killed", actor=A("POL", "Poland", at="Poland said one"),
             civilian=False, count=C("one", value=1, at="one of its soldiers"),
             location=L("near Ghazni", "AFG", "Ghazni", 33.55, 68.42, 2), date=D(None), source=S("Poland said"),
             trigger=T("died", at="soldiers died"),
             notes=("'In other violence, Poland said one of its soldiers died when a roadside bomb exploded during a "
                    "patrol in eastern Afghanistan, near Ghazni.': 'its' = Poland (actor surface 'Poland'). No day is "
                    "given for this death ('In other violence' does not date it) -> date null.")),
        dict(id="e7", type="presence", actor=A("POL", "Poland", at="Poland has the"), civilian=False,
             count=C("about 1,700", num="1,700", value=1700, approx=True, qualifier="about"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="troops in Afghanistan"), date=D(None),
             source=None, trigger=T("contribution"),
             notes=("'Poland has the fifth-largest contribution to the U.S.-led NATO coalition with about 1,700 troops in "
                    "Afghanistan.': force present (presence); 'fifth-largest' is an ordinal (hard negative). Present "
                    "tense with no time expression -> date null.")),
    ],
    hard_negatives=[
        H("three separate attacks", "count of attacks"),
        H("at least one large bomb", "count of a weapon"),
        H("several hours", "duration"),
        H("no immediate reports of civilian or security force casualties", "negated casualties"),
        H("The insurgents", "the Zabul attackers (wearing suicide vests): their deaths are not counted, no count word",
          at="The insurgents and six"),
        H("10 and 16", "ages, not counts"),
        H("A Taliban spokesman", "a speaker, not a casualty"),
        H("a roadside bomb", "count of a weapon"),
        H("the fifth-largest", "ordinal rank"),
        H("Most foreign combat troops are due to leave Afghanistan", "withdrawal, no type in the schema (GUIDELINES 2)"),
        H("2014", "year"),
    ])

# ---------------------------------------------------------------- Nigeria 2014 (VOA, CMS preview)
DAMBOA = L("the northeastern town of Damboa", "NGA", "Borno", 11.16, 12.76, 1)
FRI_D = D("2014-07-04", "the Friday night attack", at="in the Friday night attack", derived_from_context=True)
RESIDENTS = S("Residents interviewed by a journalist working for VOA's Hausa service said")
ANN["voa_2014_07_05_nigeria_damboa_base"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("Boko Haram", "Boko Haram", at="53 Boko Haram"),
             civilian=False, count=C("53", value=53), location=DAMBOA, date=FRI_D,
             source=S("A Nigerian army spokesman says"), trigger=T("killed", at="troops killed 53"),
             notes=("'A Nigerian army spokesman says troops killed 53 Boko Haram militants during the attack': the "
                    "attack on 'a military base in the northeastern town of Damboa' (first sentence). The day comes "
                    "from 'the Friday night attack' two paragraphs on -> Friday 4 July 2014 (derived; the publication "
                    "date is inferred, see articles.jsonl).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("NGA"), civilian=False,
             count=C("six", value=6, at="six soldiers"), location=DAMBOA, date=FRI_D,
             source=S("A Nigerian army spokesman says"), trigger=T("killed", at="were also killed"),
             notes=("'... and that six soldiers were also killed': Nigerian soldiers (actor NGA; 'Nigerian' qualifies the "
                    "spokesman, so surface null). Separate from the residents' figure of 12 soldiers (e5).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("NGA"), civilian=False,
             count=C("four", value=4, at="four police officers"), location=DAMBOA, date=FRI_D, source=RESIDENTS,
             trigger=T("killed", at="soldiers were killed"),
             notes=("'Residents interviewed by a journalist working for VOA's Hausa service said four police officers, four "
                    "civilians and 12 soldiers were killed': police -> civilian false (section 3). No total is stated, "
                    "so the three figures are separate events with the residents as source.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("NGA"), civilian=True,
             count=C("four", value=4, at="four civilians"), location=DAMBOA, date=FRI_D, source=RESIDENTS,
             trigger=T("killed", at="soldiers were killed"),
             notes="'four civilians': civilians of Damboa -> actor NGA by plain implication, civilian true."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("NGA"), civilian=False,
             count=C("12", value=12, at="12 soldiers"), location=DAMBOA, date=FRI_D, source=RESIDENTS,
             trigger=T("killed", at="soldiers were killed"),
             notes=("'12 soldiers were killed, including the commanding officer of the base': the residents' figure for "
                    "soldiers, different from the army's six (e2) -> a separate claim (GUIDELINES 6). The commanding "
                    "officer is one of the 12 (identity, not a new event).")),
        dict(id="e6", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("more than 200", num="200", value=200, low=200, qualifier="more than"),
             location=L("the village of Chibok", "NGA", "Borno", 10.87, 12.84, 1),
             date=D("2014-04", "in April"), source=None, trigger=T("kidnapped"),
             notes=("'near the village of Chibok, where Boko Haram kidnapped more than 200 schoolgirls in April': kidnapped "
                    "= captured; schoolgirls -> civilian true, Nigerian by plain implication (actor NGA). 'in April' in "
                    "a July 2014 story -> 2014-04. 'The girls are still being held hostage.' restates their status "
                    "(no count).")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("thousands", value=None, low=2000, approx=True, qualifier="thousands"),
             location=L("northern Nigeria", "NGA", None, None, None, 3), date=D(None), source=None, cumulative=True,
             trigger=T("killed", at="has killed thousands"),
             notes=("'Boko Haram has killed thousands in its terror campaign to turn northern Nigeria into a conservative "
                    "Islamic state.': running total, vague magnitude (low 2000, SPEC table; as in sets (b) and (d)). No "
                    "start date in the text -> date null. The campaign's region ('northern Nigeria') is the place tied "
                    "to it (precision 3).")),
    ],
    hard_negatives=[
        H("a number of buildings", "count of buildings, no number"),
        H("a police station", "count of a building"),
        H("A Borno police spokesman", "a speaker, not a casualty"),
        H("the commanding officer of the base", "identity of one of the 12 dead soldiers, not a new count"),
        H("The girls are still being held hostage", "status of the already counted schoolgirls, no count"),
    ])

# ---------------------------------------------------------------- South Sudan 2014 (VOA Africa)
ANN["voa_2014_07_21_south_sudan_nassir"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SSD"), civilian=False,
             count=C("over 100", num="100", value=100, low=100, qualifier="over"),
             location=L("the Upper Nile oil town of Nassir", "SSD", "Upper Nile", 8.60, 33.07, 1),
             date=D("2014-07-20", "on Sunday", at="rebels on Sunday", derived_from_context=True),
             source=S("opposition military spokesman Lul Ruai Koang said"),
             alt_mentions=[S("scores", at="scores of government")],
             trigger=T("killed", at="soldiers were killed"),
             notes=("'\u201cWhat I heard from the military governor this morning is that over 100 government soldiers were "
                    "killed in the battle for control of Nassir ...\" opposition military spokesman Lul Ruai Koang "
                    "said.': the rebels' claim about South Sudanese government (SPLA) soldiers (actor SSD). The lede's "
                    "'Rebels ... said Monday they killed scores of government soldiers' summarises the same claim from "
                    "the same side; the fuller quote is primary (GUIDELINES 6, seed e1/e2) and 'scores' is an alt "
                    "mention. 'over' is read like 'more than' (value 100, low 100). Day: the army chief says the rebels "
                    "attacked Nassir 'on Sunday' (20 July 2014) -> derived; 'this morning' dates what the spokesman "
                    "heard, not the deaths. The army denied the town had fallen but gave no casualty figure.")),
    ],
    hard_negatives=[
        H("the military governor", "a source inside the quote, not a casualty"),
        H("three armored personnel carriers", "count of vehicles"),
        H("Army Chief of Staff Paul Malong Awan", "a speaker"),
        H("May 9", "date"),
        H("many of the opposition fighters", "no quantity (defectors)"),
    ])

# ---------------------------------------------------------------- DR Congo 2014 (VOA)
ANN["voa_2014_12_07_drc_north_kivu_beni"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("COD"), civilian=True,
             count=C("at least 12", num="12", value=12, low=12, qualifier="at least"),
             location=L("the northeastern province of North Kivu", "COD", "North Kivu", None, None, 3),
             date=D("2014-12-06", "late Saturday", derived_from_context=True), source=None,
             trigger=T("killed", at="have killed at least 12"),
             notes=("'Suspected rebels have killed at least 12 people in the Democratic Republic of Congo': the next "
                    "sentence places and dates the attack ('The attack in the northeastern province of North Kivu late "
                    "Saturday') -> North Kivu (precision 3; the Beni area is mentioned only as the area of the pledges), "
                    "Saturday 6 December 2014 (derived). The third paragraph calls it 'the latest attack on villagers' "
                    "-> civilian true by coreference, Congolese by plain implication (actor COD). The civil society "
                    "group's 'the death toll may be three times as high' gives no figure (hard negative).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=L("the Democratic Republic of Congo", "COD", None, None, None, 4),
             date=D(None, "in recent months"), source=None, cumulative=True, trigger=T("killings"),
             notes=("'... adding to hundreds of killings in recent months': killings = people killed (each killing is a "
                    "death), a running total -> cumulative, vague magnitude (low 200). 'in recent months' has no "
                    "anchorable start -> date value null (the phrase is recorded as the date surface). Close call: a "
                    "reader could also treat 'killings' as incidents and not annotate it.")),
    ],
    hard_negatives=[
        H("One civil society group", "count of an organisation"),
        H("three times as high", "a hedged multiple of the toll, no figure"),
    ])

# ---------------------------------------------------------------- Yemen 2019 (VOA)
ANN["voa_2019_05_16_yemen_sanaa_airstrikes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least six", num="six", value=6, low=6, qualifier="at least"),
             location=L("Sanaa", "YEM", "Amanat al-Asimah", 15.35, 44.21, 1, at="Thursday in Sanaa"),
             date=D("2019-05-16", "Thursday"), source=None, trigger=T("killed"),
             notes=("'The Saudi-led coalition backing Yemen's government carried out a series of airstrikes Thursday in "
                    "Sanaa that killed at least six people.': bare 'people' -> actor and civilian null (section 10).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("tens of thousands", value=None, low=20000, approx=True, qualifier="tens of thousands"),
             location=L("Yemen", "YEM", None, None, None, 4, at="The war in Yemen"), date=D(None), source=None,
             cumulative=True, trigger=T("dead", at="people dead"),
             notes=("'The war in Yemen has left tens of thousands of people dead': running total of the war, vague "
                    "magnitude (low 20000, SPEC table). No start date in the sentence -> date null.")),
    ],
    hard_negatives=[
        H("a series of airstrikes", "count of strikes, no number"),
        H("multiple targets", "count of targets"),
        H("several houses", "count of houses"),
        H("late 2014", "date"),
        H("24 million people", "people in need of aid, not casualties"),
    ])

# ---------------------------------------------------------------- Iraq 2020 (VOA)
ANN["voa_2020_03_09_iraq_us_service_members"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "American"), civilian=False,
             count=C("Two", value=2),
             location=L("a mountainous area of north central Iraq", "IRQ", None, None, None, 3),
             date=D("2020-03-09", "Monday", at="Iraq Monday"), source=S("a statement by the military said"),
             trigger=T("killed", at="were killed by"),
             notes=("'Two American soldiers were killed by \"enemy forces\" in Iraq Monday, a statement by the military "
                    "said.': place from the next sentence (the coalition statement: 'a mountainous area of north central "
                    "Iraq'), a region (precision 3, no point). 'The service members were killed' restates them without "
                    "a count.")),
        dict(id="e2", type="presence", actor=A("USA", "The United States"), civilian=False,
             count=C("more than 5,000", num="5,000", value=5000, low=5000, qualifier="more than"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="troops in Iraq"), date=D(None), source=None,
             trigger=T("maintains"),
             notes=("'The United States maintains more than 5,000 troops in Iraq': force present (presence), present "
                    "tense with no time expression -> date null.")),
    ],
    hard_negatives=[
        H("The service members were killed", "restatement of the two soldiers, no count"),
        H("the names of the victims", "no count"),
    ])

# ---------------------------------------------------------------- Europe 2022 (DOD News)
WEEKEND = D("2022-03-05/2022-03-06", "over the weekend", derived_from_context=True)
ANN["dod_2022_03_07_europe_500_more_troops"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA", "U.S.", at="U.S. service members"), civilian=False,
             count=C("500", value=500, at="ordered 500"),
             location=L("locations in Europe", None, None, None, None, 4), date=WEEKEND,
             source=S("Pentagon spokesman John F. Kirby said"), planned=True, is_total=True,
             alt_mentions=[S("500", at="500 deployed service")],
             trigger=T("deployed", at="to be deployed"),
             notes=("'Secretary of Defense Lloyd J. Austin III ordered 500 more U.S. service members to be deployed to "
                    "locations in Europe ...': ordered, not yet carried out -> planned (GUIDELINES 2). Destination is a "
                    "region wider than one country -> location country null, precision 4 (set (g) extension, see "
                    "README). Date: 'The order was issued over the weekend' (next sentence) -> Saturday 5 - Sunday 6 "
                    "March 2022 (section 10), the date of the order (derived). Total of the three components e2-e4 "
                    "(150 + 40 + 300 = 490, 'about'). 'the 500 deployed service members' later restates it (alt).")),
        dict(id="e2", type="deployment", actor=A("USA"), civilian=False,
             count=C("about 150", num="150", value=150, approx=True, qualifier="about"),
             location=L("Souda Bay, Greece", "GRC", "Crete", 35.49, 24.15, 1), date=WEEKEND,
             source=S("Kirby said", at="Kirby said. This movement"), planned=True, part_of="e1",
             trigger=T("will send"),
             notes=("'... the United States will send some KC-135 refueling aircraft out of Fairfield Air Force Base in "
                    "Spokane, [ Washington], with about 150 personnel, he said.': the airmen going with the tankers; "
                    "destination from the next sentence ('The troops will deploy to Souda Bay, Greece'). 'he' = Kirby "
                    "(source resolved to the nearest 'Kirby said'). Fairchild/'Fairfield' AFB is the origin.")),
        dict(id="e3", type="deployment", actor=A("USA"), civilian=False,
             count=C("40-person", num="40", value=40),
             location=L("Poland", "POL", None, None, None, 4, at="deploy to Poland"), date=WEEKEND,
             source=S("Kirby said", at="Kirby said, adding"), planned=True, part_of="e1",
             trigger=T("planning to deploy"),
             notes=("'... the 500 deployed service members will include a 40-person air and support operations center out "
                    "of Fort Stewart, Georgia. Right now, they're planning to deploy to Poland into Romania ...': a head "
                    "count given as a compound adjective ('40-person'), value 40; not a unit-only size. Destination from "
                    "the next sentence; the text's 'Poland into Romania' names two countries -> Poland recorded (the "
                    "first named), Romania noted here. Trigger from the next sentence (the count's own sentence has only "
                    "'will include'). Fort Stewart is the origin.")),
        dict(id="e4", type="deployment", actor=A("USA"), civilian=False,
             count=C("About 300", num="300", value=300, approx=True, qualifier="about"),
             location=L("Germany", "DEU", None, None, None, 4, at="go to Germany"), date=WEEKEND,
             source=S("Kirby said", at="Kirby said. About 300"), planned=True, part_of="e1",
             trigger=T("go", at="go to Germany"),
             notes=("'About 300 personnel will comprise a modular ammunition ordnance company ... and a support maintenance "
                    "company ..., he said. They'll go to Germany ...': destination from the next sentence; 'he' = Kirby "
                    "(the 'Kirby said' ending the previous sentence). The companies are units (hard negatives); the head "
                    "count is the 300.")),
    ],
    hard_negatives=[
        H("U.S. forces that are already there", "presence with no quantity"),
        H("we are not and will not send forces into Ukraine", "negated deployment"),
        H("KC-135 refueling aircraft", "aircraft type/count of aircraft"),
        H("Fort Stewart, Georgia", "origin (home station), not a destination"),
        H("a modular ammunition ordnance company", "unit, not a head count"),
        H("a support maintenance company", "unit, not a head count"),
        H("first Armored Brigade Combat Team 3rd Infantry Division", "unit name with ordinals, no head count"),
    ])

# ---------------------------------------------------------------- New Jersey / Southwest Asia 2024 (DVIDS)
ANN["dvids_2024_01_25_new_jersey_44th_ibct_deployment"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("More than 1,500", num="1,500", value=1500, low=1500, qualifier="more than"),
             location=L("Southwest Asia", None, None, None, None, 4, at="deploying to Southwest Asia"),
             date=D("2024-01-25", "Jan. 25, 2024", derived_from_context=True), source=None, planned=True,
             trigger=T("deploying", at="are deploying"),
             notes=("'More than 1,500 NJARNG Soldiers are deploying in support of U.S. Central Command's Combined Joint "
                    "Task Force - Operation Inherent Resolve.': New Jersey Army National Guard -> actor USA (no side "
                    "word). Destination from the previous sentence ('prior to deploying to Southwest Asia'), a region "
                    "wider than one country -> country null, precision 4 (set (g) extension). On the caption's date the "
                    "advance party leaves for training at Fort Bliss 'prior to deploying' -> the deployment itself is "
                    "not yet carried out (planned: true, close call for 'are deploying'); date = the caption's 'Jan. 25, "
                    "2024' (derived), as set (f) dated its DVIDS caption.")),
    ],
    hard_negatives=[
        H("44th Infantry Brigade Combat Team", "unit ordinal, not a count"),
        H("Joint Base McGuire-Dix-Lakehurst", "origin, not a destination"),
        H("Fort Bliss, Texas", "training site before deployment, not the destination"),
        H("the largest deployment", "superlative, no count"),
        H("since 2008", "year"),
    ])

# -*- coding: utf-8 -*-
"""Gold annotations of set (af), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`. Coordinates are the annotator's rough values for the named place (villages and small places: estimates).
"""

from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Israel/Gaza 2005: Karni crossing
KARNI = L("the Karni crossing between the Gaza Strip and Israel", "PSE", "Gaza", 31.47, 34.47, 1)
KARNI_D = D("2005-01-13", "at about 11pm local time", derived_from_context=True)
ANN["wn_2005_01_13_israel_karni_crossing_attack"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("militants", "militants", at="Three Palestinian militants"), civilian=False,
             count=C("Three", value=3), location=KARNI, date=KARNI_D, source=None, trigger=T("attacked"),
             notes=("'Three Palestinian militants attacked the Karni crossing' -> attacking force, presence 3 "
                    "(GUIDELINES 2). The three come from three different groups (Al-Aqsa Martyrs Brigades, PRC, Hamas), "
                    "so the generic 'militants' is kept. Date: the text has only 'at about 11pm local time'; a time of "
                    "day in a same-day report is the publication day (GUIDELINES 10; derived).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("All three attackers", num="three", value=3, qualifier="all"), location=KARNI, date=KARNI_D,
             source=None, trigger=T("shot dead"),
             alt_mentions=[S("the three Palestinian attackers", at="six Israelis and")],
             notes=("'All three attackers were shot dead by Israeli soldiers.' -> killed 3 (shot by soldiers, not a "
                    "suicide death). Restated in the final toll ('... and the three Palestinian attackers') -> "
                    "alt_mention. Actor from the first sentence (context), surface null.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("ISR", "Israelis", at="three Israelis"), civilian=None,
             count=C("three Israelis", num="three", value=3), location=KARNI, date=KARNI_D, source=None,
             trigger=T("killed", at="Israelis killed"), hedge="Early reports indictated",
             notes=("'Early reports indictated three Israelis killed' -> the early figure, a separate claim from the "
                    "final toll of six (GUIDELINES 6: an updated toll is a separate claim). No speaker -> hedge "
                    "(spelling 'indictated' kept). civilian null: the text does not say who the six were.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ISR", "Israelis", at="six Israelis"), civilian=None,
             count=C("six Israelis", num="six", value=6), location=KARNI, date=KARNI_D, source=None,
             trigger=T("death toll", at="final death toll"),
             notes="'the final death toll was six Israelis and the three Palestinian attackers' -> killed 6 Israelis (the attackers are e2)."),
    ],
    hard_negatives=[
        H("200 pound bomb", "weight of a bomb"),
        H("11pm", "time of day"),
        H("an iron door", "object, not a count of people"),
    ])

# ---------------------------------------------------------------- Israel 2005: Tel Aviv, Stage nightclub
TLV = L("a nightclub in central Tel Aviv", "ISR", "Tel Aviv", 32.08, 34.77, 1)
ANN["wn_2005_02_26_israel_tel_aviv_nightclub_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Four", value=4), location=TLV, date=D(None), source=None, trigger=T("dead", at="Four are dead"),
             notes=("'Four are dead and fifty injured after a suicide bomber set off an explosion at a nightclub in "
                    "central Tel Aviv' -> killed 4; victims not described -> actor/civilian null. Date null: the only "
                    "time word is 'tonight' inside Abbas's undated quoted statement (close call; the bombing was on the "
                    "night before publication).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("fifty", value=50), location=TLV, date=D(None), source=None, trigger=T("injured", at="fifty injured"),
             notes="'... and fifty injured' -> wounded 50."),
        dict(id="e3", type="presence", actor=A("militants"), civilian=False,
             count=C("a suicide bomber", num="a", value=1), location=TLV, date=D(None), source=None,
             trigger=T("set off an explosion"),
             notes=("'a suicide bomber set off an explosion' -> attacking force of one, presence 1 (GUIDELINES 2; as set "
                    "(z)'s lone attacker, close call). His death is not a casualty event. Islamic Jihad only 'claimed "
                    "responsibility' later in the text -> generic 'militants', surface null.")),
    ],
    hard_negatives=[
        H("The bomber had been stopped", "the same attacker restated; his own death is out of scope"),
        H("almost 4 months", "duration"),
        H("the first suicide bombing", "ordinal of incidents, not a count of people"),
        H("security guards", "no quantity"),
    ])

# ---------------------------------------------------------------- Lebanon 2005: Broummana mall bomb and 27 March
BROUM = L("a shopping center in the Lebanese Christian village of Broummana east of Beirut", "LBN", "Mount Lebanon",
          33.88, 35.62, 1)
LBN_C = L("Lebanon", "LBN", None, None, None, 4, at="targeting Lebanon")
ANN["wn_2005_04_02_lebanon_broummana_mall_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("twelve people", num="twelve", value=12), location=BROUM,
             date=D("2005-04-01", "late Friday", derived_from_context=True),
             source=None, trigger=T("wounded", at="have been wounded"), hedge="reports say",
             notes=("'Nobody was killed in the blast, but twelve people have been wounded, though not seriously, reports "
                    "say.' -> wounded 12 ('reports say' names no speaker -> hedge). The bomb 'exploded late Friday' (first "
                    "sentence): Friday in a Saturday story = 1 April 2005 (derived).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two people", num="two", value=2), location=LBN_C, date=D("2005-03-27", "on March 27"), source=None,
             trigger=T("killed", at="March 27, killed"),
             notes=("'The last, on March 27, killed two people and wounded five others.' -> killed 2 in the previous "
                    "bombing (third of the four); its place is not named -> 'Lebanon' (precision 4).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("five others", num="five", value=5), location=LBN_C, date=D("2005-03-27", "on March 27"), source=None,
             trigger=T("wounded", at="wounded five"),
             notes="'... and wounded five others' -> wounded 5 (27 March 2005)."),
    ],
    hard_negatives=[
        H("Nobody was killed", "negated casualty"),
        H("the fourth targeting", "ordinal of incidents"),
        H("in as many days", "duration"),
        H("9:45pm", "time of day"),
        H("half-hour's drive", "duration"),
        H("Syrian forces stationed", "troop presence with no quantity"),
    ])

# ---------------------------------------------------------------- Afghanistan 2005: Koran-desecration protests
AFG_P = L("Afghanistan", "AFG", None, None, None, 4, at="protests in Afghanistan")
PROT_D = D("2005-05-09/2005-05-13", "the first three days", approx=True, derived_from_context=True)
ANN["wn_2005_05_13_afghanistan_koran_protests"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Seven people", num="Seven", value=7), location=AFG_P,
             date=D("2005-05-09/2005-05-13", "the first three days", approx=True), source=None,
             trigger=T("killed", at="were killed and"), is_total=True,
             notes=("'Seven people were killed and over 76 injured in the first three days of anti-U.S. protests in "
                    "Afghanistan.' -> killed 7, total of the Ghazni 4 and the Badakhshan 3 that follow (4 + 3 = 7; "
                    "close call, the text does not say so). Date: the protests answered the Newsweek report of 9 May and "
                    "ran until publication -> approximate interval 9-13 May 2005.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over 76", num="76", value=76, low=76, qualifier="over"), location=AFG_P,
             date=D("2005-05-09/2005-05-13", "the first three days", approx=True), source=None,
             trigger=T("injured", at="76 injured"),
             notes="'... and over 76 injured in the first three days' -> wounded, more than 76."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("Four policemen and soldiers", num="Four", value=4),
             location=L("the province of Ghazni", "AFG", "Ghazni", None, None, 3), date=PROT_D, source=None,
             trigger=T("killed", at="were killed in the attack"), part_of="e1",
             notes=("'Four policemen and soldiers were killed in the attack in the province of Ghazni' -> killed 4; "
                    "Afghan police and soldiers (plainly implied, surface null); part of the seven (close call).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("three dead civilians", num="three", value=3),
             location=L("Badakhshan", "AFG", "Badakhshan", None, None, 3, at="Police chief in Badakhshan"), date=PROT_D,
             source=S("Police chief in Badakhshan, Shah Jahan Noori, reported"), trigger=T("dead", at="three dead"),
             part_of="e1",
             notes=("'Police chief in Badakhshan, Shah Jahan Noori, reported three dead civilians' -> killed 3 civilians "
                    "in Badakhshan (AFG plainly implied); part of the seven (close call).")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("nine more", num="nine", value=9), location=AFG_P,
             date=D("2005-05-09/2005-05-13", "the fourth day of protests", approx=True), source=S("the BBC  reported"),
             trigger=T("deaths", at="more deaths"),
             notes=("'the BBC reported nine more deaths in the fourth day of protests' -> killed 9, additional to the "
                    "seven ('more' = additional, value 9). The fourth day has no calendar date -> the same approximate "
                    "interval. Source surface keeps the record's double space.")),
    ],
    hard_negatives=[
        H("at least 12 Afghan cities", "count of places"),
        H("May 9", "date of the magazine report"),
        H("flushed one down", "a copy of the Koran, not a person"),
    ])

# ---------------------------------------------------------------- Iraq 2005: British and coalition force levels
IRQ_UK = L("Iraq", "IRQ", None, None, None, 4, at="British troops in Iraq")
IRQ_CO = L("Iraq", "IRQ", None, None, None, 4, at="Coalition troops are presently in Iraq")
PRES05 = D("2005-07-12", "presently")
ANN["wn_2005_07_12_iraq_uk_troop_reduction_options"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("GBR", "British", at="8,500 British"), civilian=False,
             count=C("8,500", value=8500, at="of the 8,500"), location=IRQ_UK, date=D(None), source=None,
             trigger=T("in Iraq", at="British troops in Iraq"),
             notes=("'the withdrawal of 5,500 of the 8,500 British troops in Iraq by spring 2006 is a possibility' -> "
                    "presence 8,500 British troops in Iraq (the present level; no time word -> date null). The 5,500 "
                    "are a possible withdrawal (hard negative: withdrawals have no type).")),
        dict(id="e2", type="presence", actor=A("coalition", "Coalition", at="Coalition troops are"), civilian=False,
             count=C("About 176,000", num="176,000", value=176000, approx=True, qualifier="about"), location=IRQ_CO,
             date=PRES05, source=None, trigger=T("are presently in Iraq"), is_total=True,
             notes="'About 176,000 Coalition troops are presently in Iraq, 130,000 of which are from the United States Armed Forces.' -> presence, total; 'presently' = the publication day."),
        dict(id="e3", type="presence", actor=A("USA", "United States Armed Forces"), civilian=False,
             count=C("130,000", value=130000), location=IRQ_CO, date=D("2005-07-12", "presently", derived_from_context=True),
             source=None, trigger=T("are presently in Iraq"), part_of="e2",
             notes="'130,000 of which are from the United States Armed Forces' -> presence 130,000 US troops, part of the 176,000."),
        dict(id="e4", type="presence", actor=A("coalition", "Coalition", at="Coalition forces in Iraq"), civilian=False,
             count=C("66,000", value=66000), location=L("Iraq", "IRQ", None, None, None, 4, at="Iraq down to"),
             date=D(None), source=S("The document (Options for Future UK Force Posture in Iraq)"),
             trigger=T("bringing the number of Coalition forces"), planned=True, hedge="possible",
             notes=("'... possible U.S. troop reductions, bringing the number of Coalition forces in Iraq down to "
                    "66,000' -> a planned force level in a leaked options paper -> presence, planned, hedged "
                    "('possible'); no date given for it (close call: an option, not a decision).")),
        dict(id="e5", type="presence", actor=A("GBR", "The British Army"), civilian=False,
             count=C("8,000+", num="8,000", value=8000, low=8000, approx=True, qualifier="more than"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="2003 Iraq War"),
             date=D("2003/2005-07-12", "since the end of the 2003 Iraq War"), source=None,
             trigger=T("maintained forces"),
             notes=("'It [The British Army] has maintained forces in the 8,000+ region since the end of the 2003 Iraq "
                    "War.' -> presence of more than 8,000 (approximate, 'region'), held from 2003 to publication. The "
                    "place word is the 'Iraq' of '2003 Iraq War' (the only place word of the sentence; close call).")),
    ],
    hard_negatives=[
        H("5,500", "a possible withdrawal; withdrawals are out of scope (GUIDELINES 2)"),
        H("7 July London bombings", "date"),
        H("£1 billion", "money"),
        H("about 12 [of 18] of the provinces", "count of provinces"),
    ])

# ---------------------------------------------------------------- Thailand 2005: Tak Bai anniversary
TAKBAI = L("Tak Bai police station", "THA", "Narathiwat", 6.26, 102.05, 2, at="incident at Tak Bai police station")
TB_D = D("2004-10-25", "On October 25, 2004", derived_from_context=True)
THA_S = L("the troubled provinces", "THA", None, None, None, 3, at="dispatched to the troubled provinces")
ANN["wn_2005_10_25_thailand_tak_bai_anniversary"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("THA"), civilian=True,
             count=C("78 men", num="78", value=78, at="completed, 78 men"), location=TAKBAI, date=TB_D, source=None,
             trigger=T("suffocated", at="had suffocated"),
             alt_mentions=[S("78 people", at="led to 78 people")],
             notes=("'by the time the three-hour trip to the camp was completed, 78 men had suffocated in the heat' -> "
                    "killed 78 detainees (deaths in army custody). The lede's 'led to 78 people suffocating while being "
                    "detained' restates it (alt_mention); the fuller sentence is "
                    "primary. Protesters, local citizens of Narathiwat -> THA (plainly implied), civilian true. Date: "
                    "'On October 25, 2004' (derived). Place: the text ties the incident to Tak Bai police station; the "
                    "men died in the trucks on the way to an unnamed army camp (precision 2).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("THA"), civilian=None,
             count=C("six local men", num="six", value=6), location=TAKBAI,
             date=D("2004-10-25", "On October 25, 2004"), source=None, trigger=T("arrested", at="men were arrested"),
             notes=("'On October 25, 2004 six local men were arrested, accused of supplying defence force weapons to "
                    "insurgents.' -> captured 6 (arrest of suspects); civilian null (suspects). Held at Tak Bai police "
                    "station (the protest demanded their release there).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("THA"), civilian=True,
             count=C("seven people", num="seven", value=7, at="and seven people"), location=TAKBAI, date=TB_D,
             source=None, trigger=T("killed", at="seven people were killed"),
             alt_mentions=[S("the seven protesters", at="five of the seven")],
             notes=("'shooting started, and seven people were killed' -> killed 7; the later 'five of the seven "
                    "protesters killed outside Tak Bai police station' makes them protesters (civilian true, THA) and is "
                    "an alt_mention.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("THA"), civilian=True,
             count=C("Hundreds of local citizens", num="Hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=TAKBAI, date=TB_D, source=None, trigger=T("arrested", at="men, were arrested"),
             notes="'Hundreds of local citizens, mostly young Muslim men, were arrested.' -> captured, hundreds (low 200); local citizens -> THA, civilian true."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("THA"), civilian=True,
             count=C("seventeen of the protesters", num="seventeen", value=17), location=TAKBAI, date=TB_D, source=None,
             trigger=T("injured", at="who were injured in the clash"),
             notes=("'a group of seventeen of the protesters who were injured in the clash with police and security "
                    "forces' -> wounded 17 (the injured protesters who sued; close call: the text gives no total of "
                    "injured). Date: the clash of 25 October 2004 (derived).")),
        dict(id="e6", type="presence", actor=A("THA"), civilian=False,
             count=C("30,000", value=30000), location=THA_S, date=D(None), source=None,
             trigger=T("bringing the total in the area"),
             notes=("'Additional troops were dispatched to the troubled provinces bringing the total in the area to "
                    "30,000' -> presence 30,000 Thai troops in the southern provinces; the additional troops have no "
                    "number (hard negative). No time word in the sentence (the decree of 'early in 2005' is a different "
                    "clause) -> date null.")),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("298", value=298), location=L("the troubled provinces", "THA", None, None, None, 3,
                                                     at="dispatched to the troubled provinces"),
             date=D("2005-04-25/2005-10-25", "In the past six months"), source=S("the army has reported"),
             trigger=T("killed", at="have been killed"), cumulative=True,
             notes="'In the past six months the army has reported that 298 have been killed, and over 300 injured in attacks.' -> killed 298, running total for six months to publication."),
        dict(id="e8", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over 300", num="300", value=300, low=300, qualifier="over"), location=THA_S,
             date=D("2005-04-25/2005-10-25", "In the past six months"), source=S("the army has reported"),
             trigger=T("injured", at="300 injured"), cumulative=True,
             notes="'... and over 300 injured in attacks' -> wounded, more than 300, same period."),
        dict(id="e9", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("over one thousand", num="one thousand", value=1000, low=1000, qualifier="over"), location=THA_S,
             date=D("2004-01/2005-10-25", "since the start of 2004"), source=None,
             trigger=T("total killed"), cumulative=True, hedge="is claimed",
             notes="'The estimated total killed since the start of 2004 is claimed to be over one thousand.' -> killed, over 1,000, running total since January 2004 (hedge 'is claimed')."),
    ],
    hard_negatives=[
        H("80 million baht", "money"),
        H("eighteen million baht", "money"),
        H("five of the seven", "number of families suing, a subset restated"),
        H("5.8 million baht", "money"),
        H("12.4 million baht", "money"),
        H("forty of those who had fled", "returning refugees, not a casualty"),
        H("Additional troops were dispatched", "deployment with no quantity"),
        H("three-hour trip", "duration"),
        H("the 1930s", "date"),
    ])

# ---------------------------------------------------------------- India 2005: Delhi market bombings
DEL = L("the Indian  capital of New Delhi", "IND", "Delhi", 28.61, 77.21, 1)
DEL2 = L("central and south Delhi", "IND", "Delhi", 28.58, 77.21, 2)
SAT_DEL = D("2005-10-29", "on Saturday")
ANN["wn_2005_10_30_india_delhi_market_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 61 people", num="61", value=61, low=61, qualifier="at least"), location=DEL,
             date=SAT_DEL, source=None, trigger=T("killing"), hedge="according to recent reports",
             notes=("'Three bombs shook the Indian capital of New Delhi on Saturday in crowded marketplace bazaars ..., "
                    "killing at least 61 people, according to recent reports.' -> killed, at least 61 (hedge: no "
                    "speaker). Saturday in a Sunday story = 29 October 2005. The place surface keeps the record's double "
                    "space.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("ten people", num="ten", value=10), location=None, date=D(None), source=S("The BBC  reports"),
             trigger=T("detained"),
             notes=("'The BBC reports that ten people have been detained in the investigation into the blasts.' -> "
                    "captured 10 (detained suspects); no place or time given for the detentions.")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("210 people", num="210", value=210), location=DEL2,
             date=D("2005-10-29", "on Saturday", derived_from_context=True), source=None,
             trigger=T("injured", at="have been injured"), hedge="according to recent reports",
             notes="'In addition to the reported deaths, 210 people have been injured in the blasts in central and south Delhi, according to recent reports.' -> wounded 210."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one person", num="one", value=1), location=L("two Delhi cinemas", "IND", "Delhi", 28.61, 77.21, 2),
             date=D("2005-05", "Last May"), source=None, trigger=T("died", at="person died"),
             notes="'Last May, one person died and 49 were wounded by bombs at two Delhi cinemas' -> killed 1, May 2005."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("49", value=49, at="49 were wounded"), location=L("two Delhi cinemas", "IND", "Delhi", 28.61, 77.21, 2),
             date=D("2005-05", "Last May"), source=None, trigger=T("wounded", at="were wounded by bombs"),
             notes="'... and 49 were wounded' -> wounded 49, May 2005."),
    ],
    hard_negatives=[
        H("Three bombs", "count of bombs"),
        H("all three incidents", "count of incidents"),
        H("December 2001", "date of an earlier attack, no count"),
        H("a number of innocent lives", "no quantity (Pakistani statement)"),
    ])

# ---------------------------------------------------------------- Iraq 2005: violence during Cheney's visit
IRQ_CH = L("Iraq", "IRQ", None, None, None, 4, at="surprise visit to Iraq")
ANN["wn_2005_12_18_iraq_cheney_visit_violence"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 30 people", num="30", value=30, low=30, qualifier="more than"), location=IRQ_CH,
             date=D(None), source=None, trigger=T("killed", at="has killed"), is_total=True,
             notes=("'amidst an upsurge of violence that has killed more than 30 people' -> killed, more than 30, "
                    "running toll of the recent upsurge (no period given -> date null). The Sunday deaths below are "
                    "read as part of it (close call).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Nearly two dozen people", num="two dozen", value=24, high=24, approx=True, qualifier="nearly"),
             location=IRQ_CH, date=D("2005-12-18", "Sunday"), source=None, trigger=T("died", at="died Sunday"),
             part_of="e1",
             notes=("'Nearly two dozen people, including two police officers, died Sunday in a combination of suicide "
                    "bombings and insurgent attacks.' -> killed, nearly 24. Sunday in a Sunday story = the same day.")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("two police officers", num="two", value=2), location=IRQ_CH, date=D("2005-12-18", "Sunday"),
             source=None, trigger=T("died", at="died Sunday"), part_of="e2",
             notes="'including two police officers' -> killed 2 police (Iraqi, plainly implied); part of the nearly two dozen."),
    ],
    hard_negatives=[
        H("10 hours", "duration"),
        H("eight armed helicopters", "count of aircraft"),
        H("30 troops", "audience of a question session, not a force level or casualty (close call)"),
        H("10 years hence", "duration"),
    ])

# ---------------------------------------------------------------- Colombia 2006: Macarena
ANN["wn_2006_02_17_colombia_macarena_police_killed"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("COL"), civilian=False,
             count=C("6 policemen", num="6", value=6),
             location=L("the Serrania de la Macarena National Park", "COL", "Meta", None, None, 3), date=D(None),
             source=None, trigger=T("killed", at="were killed in"),
             notes=("'After 6 policemen who supervised the manual eradication of coca plants were killed in the Serrania "
                    "de la Macarena National Park, 270 km south of Bogotá' -> killed 6 Colombian police (plainly "
                    "implied; the FARC is blamed). The text gives no date for the killing -> null.")),
    ],
    hard_negatives=[
        H("270 km", "distance"),
        H("eight sites", "count of camps"),
        H("more than 140 ha", "area"),
        H("Some coca eradicators", "no quantity; people leaving a job"),
        H("1971", "year"),
    ])

# ---------------------------------------------------------------- India 2006: Varanasi
VNS = L("Varanasi", "IND", "Uttar Pradesh", 25.32, 82.99, 1, at="town of Varanasi")
VNS_D = D("2006-03-07", "At approximately 1230 UTC/0730 EST", derived_from_context=True)
ANN["wn_2006_03_07_india_varanasi_explosions"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("At least 15 people", num="15", value=15, low=15, qualifier="at least"), location=VNS, date=VNS_D,
             source=None, trigger=T("dead", at="feared dead"), hedge="are feared",
             notes=("'At least 15 people are feared dead and at least 60 others are wounded after three explosions in "
                    "the Hindu pilgrimage town of Varanasi' -> killed, at least 15 (hedge 'are feared'). Date: the clock "
                    "time of the first explosion in a same-day report -> publication day (derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 60 others", num="60", value=60, low=60, qualifier="at least"), location=VNS, date=VNS_D,
             source=None, trigger=T("wounded", at="are wounded"),
             notes="'... and at least 60 others are wounded' -> wounded, at least 60."),
    ],
    hard_negatives=[
        H("three explosions", "count of explosions"),
        H("at least four unexploded bombs", "count of bombs"),
    ])

# ---------------------------------------------------------------- Iraq 2006: British force levels
IRQ_B6 = L("Iraq", "IRQ", None, None, None, 4, at="military personnel in Iraq")
ANN["wn_2006_03_13_iraq_british_troop_cut"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("GBR", "Britain", at="Britain had"), civilian=False,
             count=C("46,000", value=46000), location=IRQ_B6,
             date=D("2003-03/2003-05", "in the spring of 2003", approx=True), source=None,
             trigger=T("had", at="Britain had"),
             notes="'During combat operations in the spring of 2003, Britain had 46,000 military personnel in Iraq.' -> presence 46,000; spring = March-May (approx)."),
        dict(id="e2", type="presence", actor=A("GBR"), civilian=False,
             count=C("18,000", value=18000), location=IRQ_B6, date=D("2004-05", "By May of 2004"), source=None,
             trigger=T("the level had dropped"),
             notes="'By May of 2004 the level had dropped to 18,000' -> presence 18,000 (the British level; actor from context)."),
        dict(id="e3", type="presence", actor=A("GBR"), civilian=False,
             count=C("8,500", value=8500), location=IRQ_B6, date=D("2005-12", "by the end of 2005", approx=True),
             source=None, trigger=T("the level had dropped"),
             notes="'... and then to 8,500 by the end of 2005' -> presence 8,500, December 2005 (approx)."),
    ],
    hard_negatives=[
        H("10 percent", "percentage"),
        H("about 800 troops", "a withdrawal (troop reduction); withdrawals are out of scope (GUIDELINES 2)"),
        H("the next two months", "duration"),
    ])

# ---------------------------------------------------------------- Pakistan 2006: Naghar Kalai strike (and 1998)
NAGHAR = L("the North Waziristan village of Naghar Kalai", "PAK", "Khyber Pakhtunkhwa", 33.00, 70.25, 1)
WED_NK = D("2006-04-12", "on Wednesday night", derived_from_context=True)
EMB98 = D("1998-08-07", "on August 7, 1998")
EMB_L = L("the American embassies in Kenya  and Tanzania", None, None, None, None, 4)
ANN["wn_2006_04_14_pakistan_naghar_kalai_airstrike"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("At least eight other alleged terrorists", num="eight", value=8, low=8, qualifier="at least"),
             location=NAGHAR, date=WED_NK, source=None, trigger=T("killed", at="have been killed in the strike"),
             hedge="were also believed",
             notes=("'At least eight other alleged terrorists, both foreign and of Pakistani descent, were also believed "
                    "to have been killed in the strike.' -> killed, at least 8 (hedge). The named Atwah is not counted "
                    "(named individual). 'alleged terrorists' -> generic 'militants'. Wednesday in a Friday story = 12 "
                    "April 2006 (first sentence, derived). Place from a later sentence ('in the North Waziristan village "
                    "of Naghar Kalai'); coordinates estimated.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("at least two children", num="two", value=2, low=2, qualifier="at least"), location=NAGHAR,
             date=WED_NK, source=None, trigger=T("killed", at="children were also killed"), hedge="It is believed",
             notes="'It is believed that at least two children were also killed.' -> killed, at least 2 children (villagers in Pakistan -> PAK, close call), hedge."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least four tribesmen", num="four", value=4, low=4, qualifier="at least"), location=NAGHAR,
             date=WED_NK, source=None, trigger=T("killed", at="tribesmen that were killed"),
             notes=("'at least four tribesmen that were killed were buried in the town's cemetery' -> killed, at least 4. "
                    "The text does not say whether they are among the eight 'alleged terrorists' (not linked; close "
                    "call). civilian null: 'tribesmen' says neither.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("USA", "Americans", at="20 Americans"), civilian=None,
             count=C("20 Americans", num="20", value=20), location=EMB_L, date=EMB98, source=None,
             trigger=T("killed", at="1998 which killed"),
             notes=("'the bombings of the American embassies in Kenya and Tanzania on August 7, 1998 which killed 20 "
                    "Americans and at least 200 Africans' -> killed 20 Americans, 1998. Two countries -> country null, "
                    "precision 4. (The 1998 Nairobi bombing is recalled with other figures in another set's editorial; "
                    "see README.)")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 200 Africans", num="200", value=200, low=200, qualifier="at least"), location=EMB_L,
             date=EMB98, source=None, trigger=T("killed", at="1998 which killed"),
             notes="'... and at least 200 Africans' -> killed, at least 200; 'Africans' names no single country -> actor null."),
    ],
    hard_negatives=[
        H("Mohsin Musa Matawalli Atwah , 45", "named individual with his age, no count word"),
        H("five million dollars", "money"),
        H("His death has been confirmed", "the named individual's death, no count"),
    ])

# ---------------------------------------------------------------- India 2006: Mumbai train bombings (and Srinagar, 1993)
MUM = L("Mumbai 's commuter trains", "IND", "Maharashtra", 19.08, 72.88, 2)
YDAY_MUM = D("2006-07-12", "yesterday's")
MUM_SRC = S("according to the official estimate released by the Police")
ANN["wn_2006_07_13_india_mumbai_train_bombings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("200", value=200, at="risen to 200"), location=MUM, date=YDAY_MUM, source=MUM_SRC,
             trigger=T("killed", at="200 killed"),
             notes=("'The toll in yesterday's serial bombings on Mumbai's commuter trains has risen to 200 killed, with "
                    "714 people injured, according to the official estimate released by the Police.' -> killed 200. "
                    "'yesterday' in a 13 July story = 12 July, annotated as written (the bombings were on the evening "
                    "of 11 July).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("714 people", num="714", value=714), location=MUM, date=YDAY_MUM, source=MUM_SRC,
             trigger=T("injured", at="714 people injured"),
             notes="'... with 714 people injured' -> wounded 714. The 127 identified and 56 unidentified victims are a status breakdown (hard negatives)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("350", value=350, at="reported to be 350"), location=None, date=D(None), source=None,
             trigger=T("detained for interrogation"), hedge="reported to be",
             notes=("'A number of people, reported to be 350 ... have been detained for interrogation, but no arrests "
                    "have been made.' -> captured 350 (detentions), hedge; no place or time given.")),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("8 people", num="8", value=8),
             location=L("Srinagar", "IND", "Jammu and Kashmir", 34.08, 74.80, 1, at="Mumbai and Srinagar"),
             date=D("2006-07-12", "yesterday", at="grenade attack yesterday"), source=None,
             trigger=T("killed", at="8 people were killed"),
             notes="'Srinagar (where 8 people were killed in a grenade attack yesterday)' -> killed 8 in Srinagar, Kashmir; 'yesterday' = 12 July 2006 as written."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("250 people", num="250", value=250),
             location=L("Mumbai", "IND", "Maharashtra", 19.08, 72.88, 1, at="bombings in Mumbai in 1993"),
             date=D("1993", "in 1993"), source=None, trigger=T("killed", at="1993 which killed"),
             notes="'a series of bombings in Mumbai in 1993 which killed 250 people' -> killed 250, 1993."),
    ],
    hard_negatives=[
        H("127 victims", "status breakdown of the counted dead (identified)"),
        H("a further 56", "status breakdown of the counted dead (unidentified)"),
        H("3 percent", "percentage"),
        H("Rs. 25,000,000", "money"),
        H("the last 17 years", "duration"),
        H("Rs 5,00,000", "money"),
        H("no arrests", "negated capture"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: Khiam UN observer post
KHIAM = L("U.N. post at Khiyam", "LBN", "Nabatieh", 33.33, 35.61, 1)
ANN["wn_2006_07_26_lebanon_khiam_un_observers"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN", "United Nations", at="four United Nations"),
             civilian=False, count=C("four United Nations Observers", num="four", value=4), location=KHIAM,
             date=D(None), source=None, trigger=T("killed", at="bombardment killed"),
             alt_mentions=[S("four of the U.N. observers", at="bomb killed four")],
             notes=("'An Israeli bombardment killed four United Nations Observers' -> killed 4 UN military observers "
                    "(Austrian, Canadian, Chinese and Finnish: four contingents, so no single actor_alt). Place from "
                    "Annan's quote ('U.N. post at Khiyam'). Date null: only a clock time ('about 7.20pm') is given and "
                    "the reactions are dated Wednesday, the publication day, so the same-day convention does not apply "
                    "(close call).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("UN", "United Nations", at="two United Nations military"),
             civilian=False, count=C("two United Nations military observers", num="two", value=2), location=KHIAM,
             date=D(None), source=S("Secretary-General, Kofi Annan, said"), trigger=T("killed", at="has killed two"),
             notes="Annan: '... a United Nations observer post in southern Lebanon that has killed two United Nations military observers' -> killed 2: a different figure from a different source (GUIDELINES 6)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("UN"), civilian=False,
             count=C("two more", num="two", value=2, at="two more feared dead"), location=KHIAM, date=D(None),
             source=S("Secretary-General, Kofi Annan, said"), trigger=T("dead", at="feared dead"), hedge="feared",
             notes="Annan: '... with two more feared dead' -> killed 2 more, hedged ('feared'; close call against missing)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("LBN"), civilian=True,
             count=C("over 100 civilians", num="100", value=100, low=100, qualifier="over"),
             location=L("Qana", "LBN", "South", 33.21, 35.30, 1, at="the Qana shelling"), date=D("1996", "In 1996"),
             source=None, trigger=T("killed", at="civilians were killed"),
             notes="'In 1996 over 100 civilians were killed by the Israeli bombing of a UN compound in Lebanon in an incident known as the Qana shelling.' -> killed, over 100 civilians (Lebanese, plainly implied), 1996."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("hundreds of civilians", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
             location=None, date=D(None), source=S("Mr Tuomioja continued"), trigger=T("killed", at="others killed"),
             cumulative=True,
             notes=("Finnish Foreign Minister: 'there have been hundreds of civilians, international workers and others "
                    "killed already' -> killed, hundreds, running toll of the war (no period stated -> date null). "
                    "civilian true (civilians and aid workers; close call for 'others').")),
    ],
    hard_negatives=[
        H("17 bombs", "count of munitions"),
        H("12 artillery shells", "count of munitions"),
        H("four of which directly hit", "count of shells"),
        H("six separate occasions", "count of warnings"),
        H("14 prior incidents", "count of incidents"),
        H("9 UNIFIL bases", "count of bases"),
        H("no apparent casualties", "negated casualty"),
        H("nine months", "duration"),
        H("two meters", "distance"),
        H("1000 lb", "weight"),
        H("29 years old", "age of a named victim"),
        H("The Chinese victim, named Du Zhaoyu", "named individual already counted"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: UNSC ceasefire, UNIFIL, war toll
ANN["wn_2006_08_12_lebanon_unsc_ceasefire_unifil"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("UN", "UN", at="UN peacekeepers in Lebanon"), civilian=False,
             count=C("2,000", value=2000),
             location=L("Lebanon", "LBN", None, None, None, 4, at="UN peacekeepers in Lebanon"), date=D(None),
             source=None, trigger=T("the strength of the UN peacekeepers"),
             notes="'It also raises the strength of the UN peacekeepers in Lebanon, the United Nations Interim Force (Unifil), from 2,000 ...' -> presence 2,000 (current strength; no time word -> null)."),
        dict(id="e2", type="presence", actor=A("UN", "UN", at="UN peacekeepers in Lebanon"), civilian=False,
             count=C("a maximum of 15,000", num="15,000", value=15000, high=15000, approx=True, qualifier="a maximum of"),
             location=L("Lebanon", "LBN", None, None, None, 4, at="UN peacekeepers in Lebanon"), date=D(None),
             source=None, trigger=T("raises the strength"), planned=True,
             notes=("'... to a maximum of 15,000' -> planned force level (presence, planned, upper bound 15,000; as set "
                    "(z)'s planned force level). No date for it in the text.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("ISR", "Israeli", at="two Israeli soldiers"),
             civilian=False, count=C("two Israeli soldiers", num="two", value=2), location=None,
             date=D("2006-07-12", "July 12th"), source=None, trigger=T("captured", at="it captured"),
             notes=("'the unconditional release by Hezbollah of two Israeli soldiers it captured on July 12th' -> "
                    "captured 2 (still held; not released). No place given. The July 2006 raid is recalled in other "
                    "sets as background too (see README).")),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ISR", "Israelis", at="123 Israelis"), civilian=None,
             count=C("123 Israelis", num="123", value=123), location=None,
             date=D("2006-07-12/2006-08-12", "in the 31-day old war"), source=None, trigger=T("killed", at="have been killed"),
             is_total=True, cumulative=True,
             notes="'123 Israelis, including 40 civilians, and 861 Lebanese, mostly civilians, have been killed in the 31-day old war.' -> killed 123 Israelis (total, running), war start 12 July to publication."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("ISR"), civilian=True,
             count=C("40 civilians", num="40", value=40), location=None,
             date=D("2006-07-12/2006-08-12", "in the 31-day old war"), source=None, trigger=T("killed", at="have been killed"),
             part_of="e4", cumulative=True, notes="'including 40 civilians' -> part of the 123."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("LBN", "Lebanese", at="861 Lebanese"), civilian=True,
             count=C("861 Lebanese", num="861", value=861), location=None,
             date=D("2006-07-12/2006-08-12", "in the 31-day old war"), source=None, trigger=T("killed", at="have been killed"),
             cumulative=True,
             notes="'861 Lebanese, mostly civilians' -> killed 861; 'mostly civilians' -> civilian true (GUIDELINES 10)."),
    ],
    hard_negatives=[
        H("international and Lebanese troops", "deployment with no quantity"),
        H("almost a week", "duration"),
        H("Chapter 7", "legal reference"),
    ])

# ---------------------------------------------------------------- Lebanon 2006: commando raid near Baalbek
BAAL = L("the Hezbollah  stronghold of Baalbek", "LBN", "Baalbek-Hermel", 34.01, 36.21, 2)
YDAY_BA = D("2006-08-18", "yesterday", derived_from_context=True)
ANN["wn_2006_08_19_lebanon_baalbek_commando_raid"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("ISR", "Israeli", at="One Israeli soldier"),
             civilian=False, count=C("One Israeli soldier", num="One", value=1), location=BAAL, date=YDAY_BA,
             source=None, trigger=T("killed", at="soldier was killed"),
             notes=("'One Israeli soldier was killed and two injured.' -> killed 1 in the commando raid near Baalbek "
                    "launched 'yesterday' (previous sentence; 18 August 2006 as written, derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("ISR"), civilian=False,
             count=C("two", value=2, at="two injured"), location=BAAL, date=YDAY_BA, source=None,
             trigger=T("injured", at="two injured"), notes="'... and two injured' -> wounded 2 Israeli soldiers."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("Hezbollah", "Hezbollah", at="Three Hezbollah"),
             civilian=False, count=C("Three Hezbollah members", num="Three", value=3), location=BAAL, date=YDAY_BA,
             source=S("according to Lebanese security officials"), trigger=T("killed", at="members were killed"),
             notes="'Three Hezbollah members were killed according to Lebanese security officials.' -> killed 3."),
    ],
    hard_negatives=[
        H("troops from the Matkal", "no quantity"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Canadian soldier, Panjwaii
PANJ = L("Panjwaii district, west of Kandahar", "AFG", "Kandahar", None, None, 3)
AFG_CA = L("Afghanistan", "AFG", None, None, None, 4, at="Canadians have died in Afghanistan")
ANN["wn_2006_09_29_afghanistan_panjwaii_canadian_killed"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="Canadian  NATO"), civilian=False,
             count=C("A Canadian  NATO  soldier", num="A", value=1), location=PANJ, date=D("2006-09-29", "today"),
             source=None, trigger=T("killed", at="soldier was killed"),
             alt_mentions=[S("the Canadian soldier", at="announced at the rally")],
             notes=("'A Canadian NATO soldier was killed today in Afghanistan by a bomb while on patrol in Panjwaii "
                    "district, west of Kandahar on foot.' -> killed 1 (singular determiner). The nationality adjective "
                    "is in the count phrase -> actor CAN. Restated at the Toronto rally (alt_mention).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("CAN"), civilian=False,
             count=C("One soldier", num="One", value=1), location=PANJ, date=D("2006-09-29", "today", derived_from_context=True),
             source=None, trigger=T("suffered minor hearing loss"), hedge="was reported",
             notes="'One soldier from Hamilton, Ontario was reported to have suffered minor hearing loss as a result of the blast.' -> wounded 1 (Canadian, plainly implied)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="Ten Canadian"), civilian=False,
             count=C("Ten Canadian soldiers", num="Ten", value=10), location=AFG_CA, date=D("2006-09", "in September"),
             source=None, trigger=T("died", at="have died in September"), cumulative=True,
             notes="'Ten Canadian soldiers have died in September.' -> killed 10, running total for September 2006 (place from the next sentence)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("CAN", "Canadians", at="Thirty-seven Canadians"),
             civilian=None, count=C("Thirty-seven Canadians", num="Thirty-seven", value=37), location=AFG_CA,
             date=D("2002/2006-09-29", "since 2002"), source=None, trigger=T("died", at="have died in Afghanistan"),
             cumulative=True,
             notes="'Thirty-seven Canadians have died in Afghanistan since 2002.' -> killed 37, running total 2002 to publication; 'Canadians' -> civilian null."),
    ],
    hard_negatives=[
        H("1 p.m.", "time of day"),
        H("12 p.m.", "time of day"),
        H("UTC +4:30", "time zone"),
    ])

# ---------------------------------------------------------------- Sudan 2006: Darfur force levels and Birmaza
DARFUR_W = L("the western region", "SDN", None, None, None, 3)
ANN["wn_2006_11_18_sudan_darfur_powder_keg"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("UN", "UN", at="UN forces"), civilian=False,
             count=C("20,000", value=20000, at="a 20,000 force"), location=DARFUR_W, date=D(None), source=None,
             trigger=T("to provide", at="leaders to provide"), planned=True,
             notes=("'Kofi Annan ... yesterday announced agreement of African, Arab and European leaders to provide a "
                    "20,000 force to supplement the 7,000 African Union peacekeepers' -> planned deployment of 20,000 "
                    "('No dates had been agreed for the deployment of the UN forces' -> actor UN, date null). 'yesterday' "
                    "dates the announcement, not the deployment.")),
        dict(id="e2", type="presence", actor=A("AU", "African Union", at="African Union  peacekeepers"), civilian=False,
             count=C("7,000", value=7000, at="the 7,000"), location=DARFUR_W, date=D(None), source=None,
             trigger=T("peacekeepers trying to cope"),
             notes="'... to supplement the 7,000 African Union peacekeepers trying to cope with the situation' -> presence 7,000 AU peacekeepers in Darfur (present; no time word)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("240,000", value=240000), location=DARFUR_W,
             date=D("2003/2006-11-18", "during three years of conflict", approx=True), source=None,
             trigger=T("being killed"), cumulative=True,
             notes="'the situation that had resulted in 240,000 being killed and 2.5 million being displaced during three years of conflict in the western region' -> killed 240,000, running total over about three years (approx)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("70", value=70, at="70 dead"),
             location=L("Birmaza, a northern village", "SDN", "North Darfur", 14.35, 24.60, 1), date=D(None),
             source=None, trigger=T("dead", at="70 dead"), hedge="are reported",
             notes=("'The African Union is reported as saying that Birmaza, a northern village, has been attacked by the "
                    "Sudanese government troops and Janjaweed militia with air support. 70 dead are reported.' -> "
                    "killed 70 (hedge). No time word -> date null. Coordinates of Birmaza are a rough estimate.")),
    ],
    hard_negatives=[
        H("2.5 million being displaced", "displaced people (GUIDELINES 2)"),
        H("troops would be sent", "deployment with no quantity (Chad)"),
        H("three years", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Urgun restaurant bombing
URGUN = L("the Urgun  district of Paktika  province", "AFG", "Paktika", None, None, 3)
ANN["wn_2006_11_26_afghanistan_urgun_restaurant_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("at least seven people", num="seven", value=7, low=7, qualifier="at least"), location=URGUN,
             date=D(None), source=None, trigger=T("killed", at="has killed"),
             notes=("'A suicide bomber has killed at least seven people in an attack on a restaurant situated in "
                    "south-eastern Afghanistan.' -> killed, at least 7; 'most of those killed are civilians' (governor) "
                    "-> civilian true (GUIDELINES 10, mixed toll mostly civilians). Place from the next sentence. No time "
                    "word -> date null.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("Twenty people", num="Twenty", value=20), location=URGUN, date=D(None), source=None,
             trigger=T("seriously injured"), notes="'Twenty people are seriously injured in the attack.' -> wounded 20."),
        dict(id="e3", type="presence", actor=A("militants"), civilian=False,
             count=C("A suicide bomber", num="A", value=1), location=URGUN, date=D(None), source=None,
             trigger=T("has killed"),
             notes="'A suicide bomber has killed ...' -> attacking force of one, presence 1 (GUIDELINES 2; close call). His own death is out of scope."),
    ],
    hard_negatives=[
        H("a senior provincial official", "intended target, not a casualty"),
        H("an Afghan special forces commander", "intended target, not a casualty"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: two Canadians killed in Kandahar
KAN_C = L("Kandahar, Afghanistan", "AFG", "Kandahar", 31.61, 65.71, 1)
AFG_C2 = L("Afghanistan", "AFG", None, None, None, 4, at="killed in Afghanistan since")
ANN["wn_2006_11_29_afghanistan_canadian_soldiers_repatriated"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="two Canadian soldiers"),
             civilian=False, count=C("two Canadian soldiers", num="two", value=2), location=KAN_C, date=D(None),
             source=None, trigger=T("killed", at="soldiers killed"),
             alt_mentions=[S("Two Canadians", at="Two Canadians were killed")],
             notes=("'The bodies of two Canadian soldiers killed by a suicide bomber in Kandahar, Afghanistan were "
                    "brought back to Canada.' -> killed 2; restated 'Two Canadians were killed' (alt_mention). The text "
                    "gives no date for the attack ('Thursday' is the farewell ceremony) -> null. 'the rest were injured' "
                    "has no number (hard negative).")),
        dict(id="e2", type="presence", actor=A("militants"), civilian=False,
             count=C("a suicide bomber", num="a", value=1), location=KAN_C, date=D(None), source=None,
             trigger=T("killed by a suicide bomber"),
             notes="'killed by a suicide bomber' / 'a man's car when he drived into them' -> attacking force of one, presence 1 (close call)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="Forty-four Canadian"),
             civilian=False, count=C("Forty-four Canadian soldiers", num="Forty-four", value=44), location=AFG_C2,
             date=D("2002/2006-11-29", "since 2002"), source=None, trigger=T("killed", at="have been killed in Afghanistan"),
             cumulative=True,
             notes="'Forty-four Canadian soldiers as well as one diplomat have been killed in Afghanistan since 2002.' -> killed 44, running total 2002 to publication."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("CAN"), civilian=True,
             count=C("one diplomat", num="one", value=1), location=AFG_C2, date=D("2002/2006-11-29", "since 2002"),
             source=None, trigger=T("killed", at="have been killed in Afghanistan"), cumulative=True,
             notes="'... as well as one diplomat' -> killed 1 Canadian diplomat (civilian), same running total period."),
        dict(id="e5", type="presence", actor=A("CAN", "Canadian", at="2,500 Canadian"), civilian=False,
             count=C("About 2,500", num="2,500", value=2500, approx=True, qualifier="about"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="serving in Afghanistan"), date=D(None), source=None,
             trigger=T("are serving"),
             notes="'About 2,500 Canadian troops are serving in Afghanistan.' -> presence about 2,500 (present tense, no time word -> null)."),
    ],
    hard_negatives=[
        H("the rest were injured", "no quantity"),
        H("Cpl. Albert Storm and Officer Robert Girouard", "the two dead named (already counted)"),
        H("Cpl. Victor Thibault, 38", "named soldier and his age"),
    ])

# ---------------------------------------------------------------- Sudan 2007: UN report on Darfur
DAR_WS = L("the western Sudan region", "SDN", None, None, None, 3)
ANN["wn_2007_03_12_sudan_darfur_un_report"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 200,000", num="200,000", value=200000, low=200000, qualifier="at least"),
             location=L("Darfur", "SDN", None, None, None, 3, at="humanitarian situation in Darfur"),
             date=D("2003/2007-03-12", "almost 4-year-old", approx=True, derived_from_context=True),
             source=S("the 35-page documents says"), trigger=T("are dead"), cumulative=True,
             notes=("'To summarise the situation, the 35-page documents says: \"Today, millions are displaced, at least "
                    "200,000 are dead ...\"' -> killed, at least 200,000, running toll of the conflict, which the text "
                    "calls 'almost 4-year-old' (2003 to publication, approx, derived).")),
        dict(id="e2", type="deployment", actor=A(["UN", "AU"]), civilian=False,
             count=C("Up to 24,000 troops", num="24,000", value=24000, high=24000, approx=True, qualifier="up to"),
             location=DAR_WS, date=D(None), source=None, trigger=T("were to replace"), planned=True,
             notes=("'al-Bashir rejected an interim U.N. plan to bolster African Union peacekeeping forces in Darfur. "
                    "Up to 24,000 troops were to replace the current 7,000 ...' -> planned (and rejected) deployment of "
                    "up to 24,000; a UN-AU force (list actor, close call). No date.")),
        dict(id="e3", type="presence", actor=A("AU", "African Union", at="7,000 African Union"), civilian=False,
             count=C("7,000", value=7000, at="current 7,000"), location=DAR_WS, date=D("2007-03-12", "current"),
             source=None, trigger=T("peacekeepers in the western Sudan"),
             notes="'the current 7,000 African Union peacekeepers in the western Sudan region' -> presence 7,000; 'current' = the publication day."),
    ],
    hard_negatives=[
        H("millions are displaced", "displaced people"),
        H("hundreds of relevant people", "people interviewed, not a casualty"),
        H("thousands of pages", "count of documents"),
        H("35-page", "page count"),
        H("a junior minister of the Sudan", "summoned by a court, not captured"),
    ])

# ---------------------------------------------------------------- Lebanon 2007: two youths abducted and killed
JADRA = L("a field in Jadra", "LBN", "Mount Lebanon", 33.62, 35.40, 1)
ANN["wn_2007_04_27_lebanon_jadra_youths_slain"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("LBN", "Lebanese", at="Lebanese  mourners"),
             civilian=True, count=C("two Sunni Muslims", num="two", value=2), location=JADRA,
             date=D("2007-04-23/2007-04-26", "this week"), source=None, trigger=T("slain", at="slain this week"),
             alt_mentions=[S("the two", at="Police found the two")],
             notes=("'a funeral on Friday for two Sunni Muslims slain this week' -> killed 2; 'Police found the two "
                    "lying dead in a field in Jadra' restates it (alt_mention). Abducted Monday, found Thursday -> "
                    "23-26 April 2007. Youths (one aged 12) -> civilian true; Lebanese (surface from 'Lebanese "
                    "mourners', close call).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("LBN", "Lebanese", at="Lebanese youths were"),
             civilian=True, count=C("The two Lebanese youths", num="two", value=2), location=None,
             date=D("2007-04-23", "on Monday"), source=None, trigger=T("abducted", at="were abducted"),
             notes="'The two Lebanese youths were abducted on Monday' -> captured 2; Monday in a Friday story = 23 April 2007. Place of the abduction not given."),
    ],
    hard_negatives=[
        H("Ziad Qabalan, age 25", "named victim already counted, and his age"),
        H("Ziad Ghandour, age 12", "named victim already counted, and his age"),
        H("the killing of Adnan Shamas", "named individual, no count word"),
    ])

# ---------------------------------------------------------------- Pakistan 2007: Charsadda, Sherpao rally
CHAR = L("his home village in Charsadda District", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
ANN["wn_2007_04_28_pakistan_charsadda_sherpao_bombing"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("25 people", num="25", value=25), location=CHAR, date=D("2007-04-28", "today"), source=None,
             trigger=T("killing"), is_total=True, alt_mentions=[S("the 25 dead")],
             notes="'Sherpao was speaking at a rally in his home village in Charsadda District when the suicide bomber struck, killing 25 people and injuring dozens more at last count.' -> killed 25 (total incl. five police); 'the 25 dead' restates it."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("dozens more", num="dozens", value=None, low=24, approx=True, qualifier="dozens"), location=CHAR,
             date=D("2007-04-28", "today", derived_from_context=True), source=None, trigger=T("injuring"),
             notes="'... and injuring dozens more' -> wounded, dozens (low 24)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("PAK"), civilian=False,
             count=C("five policemen", num="five", value=5), location=CHAR,
             date=D("2007-04-28", "today", derived_from_context=True),
             source=S("NWFP Inspector General of Police Sharif Virk said"), trigger=T("dead", at="the 25 dead"),
             part_of="e1", notes="'Sharif Virk said five policemen were among the 25 dead.' -> killed 5 police (Pakistani), part of the 25."),
    ],
    hard_negatives=[
        H("the suicide bomber struck", "the attacker with a definite article, no count word; his death is out of scope"),
        H("Ayub, who was injured", "named injured witness, already within the injured"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: ISAF mandate and force level
ANN["wn_2007_09_21_afghanistan_isaf_mandate"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("ISAF", "ISAF", at="ISAF currently"), civilian=False,
             count=C("approximately 39,000", num="39,000", value=39000, approx=True, qualifier="approximately"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="troops deployed in Afghanistan"),
             date=D("2007-09-21", "currently", at="ISAF currently"), source=None, trigger=T("troops deployed"),
             notes="'ISAF currently has approximately 39,000 troops deployed in Afghanistan.' -> presence about 39,000 (ISAF, the name the text uses); 'currently' = publication day."),
    ],
    hard_negatives=[
        H("14&ndash;0", "vote count"),
        H("12 months", "duration"),
        H("14-0 vote", "vote count"),
        H("October 13, 2008", "date"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: rocket attack at FOB Wilson
WILSON = L("Forward Operating Base Wilson 20 kilometres west of Kandahar", "AFG", "Kandahar", 31.57, 65.49, 2)
ANN["wn_2007_11_07_afghanistan_mackay_rocket_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("CAN", "Canadian", at="four Canadian"), civilian=False,
             count=C("four Canadian soldiers", num="four", value=4), location=WILSON,
             date=D("2007-11-06", "yesterday morning", derived_from_context=True), source=None,
             trigger=T("hit", at="after, hit"),
             notes=("'The second rocket, which struck 15 minutes after, hit four Canadian soldiers. The soldiers are now "
                    "in good condition.' -> wounded 4 (hit by a rocket, now in good condition). 'yesterday morning' in "
                    "a Wednesday story = 6 November 2007 (derived).")),
    ],
    hard_negatives=[
        H("20 kilometres", "distance"),
        H("11:00 a.m.", "time of day"),
        H("15 minutes", "duration"),
        H("a number of Blackhawk  helicopters", "count of aircraft, no number"),
        H("an hour later", "duration"),
    ])

# ---------------------------------------------------------------- Lebanon 2007: cluster-bomb toll and the 2006 war
LBN_CB = L("Lebanon", "LBN", None, None, None, 4, at="civilians in Lebanon")
CB_AFTER = D("2006-08-14/2007-12-25", "since the 34-day conflict ended")
WAR06 = D("2006-07/2006-08", "last year", at="July last year", approx=True, derived_from_context=True)
ANN["wn_2007_12_25_lebanon_cluster_bombs_toll"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 38 people", num="38", value=38, low=38, qualifier="at least"), location=LBN_CB,
             date=CB_AFTER, source=S("According to the United Nations"), trigger=T("killed", at="have been killed and"),
             cumulative=True,
             notes=("'According to the United Nations, at least 38 people have been killed and 217 wounded by cluster "
                    "bombs since the 34-day conflict ended.' -> killed, at least 38, running total from the ceasefire "
                    "(14 August 2006) to publication. Place: the unexploded bombs in Lebanon (previous sentence).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("217", value=217, at="217 wounded"), location=LBN_CB, date=CB_AFTER,
             source=S("According to the United Nations"), trigger=T("wounded", at="217 wounded"), cumulative=True,
             notes="'... and 217 wounded' -> wounded 217, same period."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("ISR", "Israeli", at="five Israeli"), civilian=False,
             count=C("five Israeli soldiers", num="five", value=5), location=None,
             date=D("2006-07", "in July last year"), source=None, trigger=T("killed", at="Hezbollah  killed"),
             notes=("'The month-long war began in July last year when members of Hezbollah killed five Israeli soldiers "
                    "and captured two during a cross-border raid.' -> killed 5, July 2006 (the raid is recalled in "
                    "other sets as background too; see README). No place named.")),
        dict(id="e4", type="casualty", outcome="captured", actor=A("ISR"), civilian=False,
             count=C("two", value=2, at="captured two"), location=None, date=D("2006-07", "in July last year"),
             source=None, trigger=T("captured", at="captured two"),
             notes="'... and captured two during a cross-border raid' -> captured 2 Israeli soldiers (elliptical count), July 2006."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("LBN"), civilian=True,
             count=C("around 1200 civilians", num="1200", value=1200, approx=True, qualifier="around"), location=LBN_CB,
             date=WAR06, source=None, trigger=T("killed", at="Lebanon were killed"), hedge="It is estimated",
             cumulative=True,
             notes="'It is estimated that around 1200 civilians in Lebanon were killed and around 150 in Israel.' -> killed, about 1,200 civilians (Lebanese, plainly implied), the war of July-August 2006 (approx)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("ISR"), civilian=True,
             count=C("around 150", num="150", value=150, approx=True, qualifier="around"),
             location=L("Israel", "ISR", None, None, None, 4, at="150 in Israel"), date=WAR06, source=None,
             trigger=T("killed", at="Lebanon were killed"), hedge="It is estimated", cumulative=True,
             notes="'... and around 150 in Israel' -> killed, about 150 (elliptical 'civilians' -> civilian true, close call)."),
    ],
    hard_negatives=[
        H("up to four million cluster bombs", "count of munitions"),
        H("one million of which", "count of munitions"),
        H("34-day conflict", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2008: Serena hotel, Kabul
SERENA = L("the five-star Serena hotel", "AFG", "Kabul", 34.52, 69.18, 1)
NIGHT_KB = D("2008-01-14", "last night", derived_from_context=True)
ANN["wn_2008_01_15_afghanistan_kabul_serena_attack"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Seven people", num="Seven", value=7), location=SERENA, date=NIGHT_KB, source=None,
             trigger=T("killed", at="were killed"), is_total=True,
             notes=("'Seven people, including a U.S. citizen and a journalist from the Norwegian newspaper Dagbladet "
                    "were killed.' -> killed 7 (total). The Taliban attacked a hotel in Kabul 'last night' -> 14 January "
                    "2008 (first sentence, derived); the hotel is named in the next paragraph.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="a U.S. citizen"), civilian=True,
             count=C("a U.S. citizen", num="a", value=1), location=SERENA, date=NIGHT_KB, source=None,
             trigger=T("killed", at="were killed"), part_of="e1", notes="'including a U.S. citizen' -> part of the seven."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("NOR", "Norwegian", at="Norwegian newspaper"),
             civilian=True, count=C("a journalist", num="a", value=1), location=SERENA, date=NIGHT_KB, source=None,
             trigger=T("killed", at="were killed"), part_of="e1",
             notes="'and a journalist from the Norwegian newspaper Dagbladet' -> part of the seven; NOR from the newspaper (close call), civilian true."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("Taliban", "Taliban", at="group Taliban"),
             civilian=False, count=C("at least one of the attackers", num="one", value=1, low=1, qualifier="at least"),
             location=SERENA, date=NIGHT_KB, source=None, trigger=T("kill", at="managed to kill"),
             notes="'U.S. military forced rushed to the scene, and managed to kill at least one of the attackers.' -> killed, at least 1 attacker (the text names the Taliban as the attackers)."),
        dict(id="e5", type="presence", actor=A("NOR", "Norway", at="Norway has"), civilian=False,
             count=C("some 500 soldiers", num="500", value=500, approx=True, qualifier="some"),
             location=L("Afghanistan", "AFG", None, None, None, 4, at="deployed to Afghanistan"), date=D(None), source=None,
             trigger=T("deployed", at="soldiers deployed"),
             notes="'Norway has some 500 soldiers deployed to Afghanistan.' -> presence about 500 (a standing level; no time word)."),
    ],
    hard_negatives=[
        H("AK-47", "weapon model"),
        H("The terrorists attacked", "attacking force with no quantity"),
        H("a Norwegian delegation", "no casualties among them (unharmed)"),
    ])

# ---------------------------------------------------------------- West Bank/Gaza 2009: Qalqilyah, protests, tolls
GAZA_S = L("the Gaza Strip", "PSE", None, None, None, 3, at="bombardments on the Gaza Strip")
GAZA_RUN = D("2008-12/2009-01-05", "since Israeli bombardments on the Gaza Strip began in late December", approx=True)
ANN["wn_2009_01_05_west_bank_qalqilyah_gaza_protests"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("PSE", "Palestinians", at="507 Palestinians"),
             civilian=None, count=C("507 Palestinians", num="507", value=507), location=GAZA_S, date=GAZA_RUN,
             source=S("Al Jazeera says"), trigger=T("killed", at="have been killed"), cumulative=True,
             notes="'Al Jazeera says that 507 Palestinians have been killed and 2,700 wounded since Israeli bombardments on the Gaza Strip began in late December.' -> killed 507, running total (late December 2008 to publication, approx)."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("PSE"), civilian=None,
             count=C("2,700", value=2700), location=GAZA_S, date=GAZA_RUN, source=S("Al Jazeera says"),
             trigger=T("wounded", at="2,700 wounded"), cumulative=True, notes="'... and 2,700 wounded' -> wounded 2,700, same period."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("ISR", "Israelis", at="Four Israelis"), civilian=None,
             count=C("Four Israelis", num="Four", value=4), location=None,
             date=D("2008-12/2009-01-05", "in that same time", approx=True), source=None,
             trigger=T("killed", at="Israelis were killed"), cumulative=True,
             notes="'Four Israelis were killed in that same time by Hamas rockets fired out of Gaza.' -> killed 4, same period; place in Israel not named -> null."),
    ],
    hard_negatives=[
        H("Mufid Saleh Walweel, 22", "named victim with age, no count word (GUIDELINES 2)"),
        H("4,000 people marched", "protest crowd, not a casualty or force"),
        H("Another 40,000 people", "protest crowd"),
        H("thousands of protesters", "protest crowd"),
        H("1,000 people gathered", "protest crowd"),
        H("10,000 people marched", "protest crowd"),
        H("hundreds of shoes", "count of objects"),
        H("3 million euros", "money"),
        H("to send troops to Gaza", "a demanded deployment with no quantity"),
    ])

# ---------------------------------------------------------------- Israel/Gaza 2009: Livni interview, war tolls
STRIP = L("the Strip", "PSE", None, None, None, 3, at="offensive into the Strip")
GW = D("2008-12-27/2009-01-18", "on December 27, 2008", derived_from_context=True)
ANN["wn_2009_01_27_israel_livni_gaza_war_toll"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("nearly 1,400 people", num="1,400", value=1400, high=1400, approx=True, qualifier="nearly"),
             location=STRIP, date=GW, source=S("by Palestinian estimates"), trigger=T("killed", at="estimates, killed"),
             cumulative=True,
             notes=("'Israel launched an offensive into the Strip on December 27, 2008 ... It lasted 23 days and, by "
                    "Palestinian estimates, killed nearly 1,400 people and injured over 5,000 more.' -> killed, nearly "
                    "1,400, over the 23 days (27 December 2008 - 18 January 2009, derived).")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("over 5,000 more", num="5,000", value=5000, low=5000, qualifier="over"), location=STRIP, date=GW,
             source=S("by Palestinian estimates"), trigger=T("injured", at="injured over"), cumulative=True,
             notes="'... and injured over 5,000 more' -> wounded, more than 5,000."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("ISR", "IDF", at="(IDF"), civilian=False,
             count=C("10 soldiers", num="10", value=10), location=STRIP, date=GW, source=S("Israel says"),
             trigger=T("lost", at="lost 10 soldiers"), cumulative=True,
             notes="'Israel says that as a result of the offensive, its military, the (IDF), lost 10 soldiers.' -> killed 10 Israeli soldiers."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("ISR", "Israel", at="Israel also lost"), civilian=True,
             count=C("3 civilians", num="3", value=3), location=None, date=GW, source=S("Israel says"),
             trigger=T("lost", at="also lost 3"), cumulative=True,
             notes="'Israel also lost 3 civilians' -> killed 3 Israeli civilians (place in Israel not named)."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("ISR"), civilian=None,
             count=C("a total of 518", num="518", value=518), location=None, date=GW, source=S("Israel says"),
             trigger=T("wounded", at="518 wounded"), cumulative=True,
             notes="'... and suffered a total of 518 wounded' -> wounded 518 Israelis (soldiers and civilians together -> civilian null)."),
    ],
    hard_negatives=[
        H("nearly 10,000 rockets", "count of rockets"),
        H("23 days", "duration"),
        H("Since 2000", "date"),
    ])

# ---------------------------------------------------------------- Gaza 2009: mortar fire and airstrikes
SHAAR = L("Sha'ar HaNegev", "ISR", "Southern District", None, None, 3)
SUN_NIGHT = D("2009-02-01", "Sunday night")
ANN["wn_2009_02_01_gaza_rafah_airstrikes"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("ISR", "IDF", at="two IDF"), civilian=False,
             count=C("two IDF soldiers", num="two", value=2), location=SHAAR, date=SUN_NIGHT, source=None,
             trigger=T("injured", at="civilian were injured"),
             notes="'At least 13 mortar shells and three Qassam rockets were fired into Southern Israel Sunday night, four landing in Sha'ar HaNegev where two IDF soldiers and one civilian were injured.' -> wounded 2 soldiers (Sunday in a Sunday story = the same day)."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("ISR"), civilian=True,
             count=C("one civilian", num="one", value=1), location=SHAAR, date=SUN_NIGHT, source=None,
             trigger=T("injured", at="civilian were injured"), notes="'... and one civilian were injured' -> wounded 1 civilian (Israeli, plainly implied)."),
    ],
    hard_negatives=[
        H("at least six airstrikes", "count of strikes"),
        H("No one was injured or killed", "negated casualty"),
        H("six tunnels", "count of targets"),
        H("At least 13 mortar shells", "count of munitions"),
        H("three Qassam rockets", "count of munitions"),
        H("four landing", "count of munitions"),
    ])

# ---------------------------------------------------------------- Iraq 2009: Obama's withdrawal plan
ANN["wn_2009_03_01_iraq_obama_withdrawal_plan"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA"), civilian=False,
             count=C("the 50,000 troops", num="50,000", value=50000),
             location=L("Iraq", "IRQ", None, None, None, 4, at="stay in Iraq"), date=D(None), source=None,
             trigger=T("are expected to stay"), planned=True,
             notes=("'Obama stated that the 50,000 troops not involved in combat are expected to stay in Iraq to provide "
                    "support, training and advice' -> planned presence of 50,000 US troops after the end of the combat "
                    "mission (no date given for the level itself; the combat mission ends 31 August 2010).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="4250 U.S."), civilian=False,
             count=C("more than 4250", num="4250", value=4250, low=4250, qualifier="more than"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="troop withdrawal in Iraq"),
             date=D("2003/2009-03-01", "in the last six years"), source=None, trigger=T("cost", at="has so far cost"),
             cumulative=True,
             notes=("'This war has so far cost more than 4250 U.S. lives in combat operations in the last six years.' -> "
                    "killed, more than 4,250 US, running total 2003 to publication. Place: the war in Iraq (surface "
                    "from the first sentence, close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="Iraqi deaths"), civilian=None,
             count=C("tens of thousands", num="tens of thousands", value=None, low=20000, approx=True,
                     qualifier="tens of thousands"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="troop withdrawal in Iraq"),
             date=D("2003/2009-03-01", "in the last six years", derived_from_context=True), source=None,
             trigger=T("Iraqi deaths"), hedge="are estimated", cumulative=True,
             notes=("'The Iraqi deaths are unknown but are estimated to be in the tens of thousands.' -> killed, tens of "
                    "thousands (vague magnitude, low 20,000 by analogy with GUIDELINES 4; hedge).")),
    ],
    hard_negatives=[
        H("18-month plan", "duration"),
        H("By August 31, 2010", "date of the end of the combat mission"),
        H("all U.S. troops", "a withdrawal with no number (out of scope)"),
    ])

# ---------------------------------------------------------------- Afghanistan 2009: US force level and reinforcement
AFG_OB = L("Afghanistan", "AFG", None, None, None, 4, at="deployed in Afghanistan")
ANN["wn_2009_03_24_afghanistan_obama_exit_strategy"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("17,000 more troops", num="17,000", value=17000), location=AFG_OB, date=D("2009", "this year"),
             source=S("In February Obama said"), trigger=T("would be sent"), planned=True,
             notes=("'In February Obama said that 17,000 more troops would be sent this year before the August elections "
                    "to supplement the 36,000 American troops already deployed in Afghanistan.' -> planned deployment of "
                    "17,000 ('more' = additional, value 17,000), 2009. (Set (z) has a later Pentagon story on the 2009 "
                    "build-up with other figures; see README.)")),
        dict(id="e2", type="presence", actor=A("USA", "American", at="36,000 American"), civilian=False,
             count=C("the 36,000", num="36,000", value=36000), location=AFG_OB,
             date=D("2009-02", "In February", derived_from_context=True), source=S("In February Obama said"),
             trigger=T("already deployed"),
             notes="'... the 36,000 American troops already deployed in Afghanistan' -> presence 36,000, as stated in February 2009 (derived)."),
    ],
    hard_negatives=[
        H("the next three to four years", "duration"),
        H("No. 1 priority", "ordinal, not a count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2009: four Canadians killed
AFG_HON = L("Afghanistan", "AFG", None, None, None, 4, at="Airport  in Afghanistan")
ANN["wn_2009_03_25_afghanistan_canadians_honoured"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("CAN", "Canadians", at="fallen Canadians"),
             civilian=False, count=C("four recently fallen Canadians", num="four", value=4), location=AFG_HON,
             date=D("2009-03-20", "On Friday", derived_from_context=True), source=None,
             trigger=T("died in combat"), alt_mentions=[S("four young soldiers", at="The deaths of four")],
             notes=("'over 3,000 NATO soldiers honoured four recently fallen Canadians who died in combat' -> killed 4 "
                    "Canadian soldiers; the next sentences name them in two incidents on Friday (20 March 2009: a blast "
                    "in Zhari District and a bomb in Kandahar City), two named soldiers each with no count word, so no "
                    "parts are annotated; place kept at country level as the two incidents differ. Harper's 'The deaths "
                    "of four young soldiers' restates it (alt_mention).")),
        dict(id="e2", type="presence", actor=A("CAN", "Canada", at="Canada has previously"), civilian=False,
             count=C("2500 troops", num="2500", value=2500), location=AFG_HON,
             date=D("2009-03-25", "currently", at="currently involves"), source=None, trigger=T("currently involves"),
             notes="'Canada has previously stated that will end its part in the combat mission, which currently involves 2500 troops, in 2011.' -> presence 2,500 ('currently' = publication day)."),
    ],
    hard_negatives=[
        H("over 3,000 NATO  soldiers", "attendance at a memorial ceremony, not a force level or casualty (close call)"),
        H("Master Corporal Scott Vernelli and Corporal Tyler Crooks", "named soldiers, no count word (already in the four)"),
        H("Troopers Corey Joseph Hayes and Jack Bouthillier", "named soldiers, no count word (already in the four)"),
        H("the third time in March", "ordinal of incidents"),
        H("100,000 of its citizens", "war dead of past wars buried in Europe (quote), not this conflict"),
        H("four parents and spouses", "relatives, not casualties"),
    ])

# -*- coding: utf-8 -*-
"""Gold annotations of set (am), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`. Helper `E` only fills the dict keys that ../blindset.py reads.
"""

from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}


def E(id, type, outcome, actor, civ, count, loc, date, src, trig, notes, **kw):
    d = dict(id=id, type=type, actor=actor, civilian=civ, count=count, location=loc, date=date, source=src,
             trigger=trig, notes=notes)
    if type == "casualty":
        d["outcome"] = outcome
    d.update(kw)
    return d


KIL, WND, CAP, MIS, CAS = "killed", "wounded", "captured", "missing", "casualties"
CA, PR, DP = "casualty", "presence", "deployment"
IRQ = lambda at=None: L("Iraq", "IRQ", None, None, None, 4, at=at)  # noqa: E731

# ---------------------------------------------------------------- 2006 Iraq anniversary protests, troop levels (CUT)
WKND = D("2006-03-18/2006-03-19", "this weekend", at="gathered this weekend", derived_from_context=True)
ANN["wn_2006_03_21_world_iraq_anniversary_protests_troop_levels"] = dict(
    events=[
        E("e1", PR, None, A("KOR", "South Korea", at="South Korea has"), False,
          C("3,200 troops", value=3200), L("northern Iraq", "IRQ", None, None, None, 3, at="troops in northern Iraq"),
          D(None), None, T("has", at="South Korea has 3,200"),
          "'South Korea has 3,200 troops in northern Iraq' -> presence 3,200, a present level with no time word (date null)."),
        E("e2", DP, None, A("ITA", "Italian", at="Italian soldiers"), False,
          C("nearly 3,000 Italian soldiers", num="3,000", value=3000, high=3000, approx=True, qualifier="nearly"),
          IRQ(at="soldiers to Iraq"), D(None), None, T("sent", at="sent nearly"),
          "'Prime Minister Silvio Berlusconi ... sent nearly 3,000 Italian soldiers to Iraq' -> deployment, nearly 3,000 (high 3,000); no time given (date null)."),
        E("e3", PR, None, A("GBR", "British", at="British troops"), False,
          C("8,000 British troops", num="8,000", value=8000), IRQ(at="United States in Iraq"), D(None), None,
          T("contingent", at="military contingent after the United States"),
          "'to demand the immediate withdrawal of 8,000 British troops, the second largest military contingent after the United States in Iraq' -> presence 8,000 in Iraq (the demanded withdrawal is not an event; the troops' presence is stated). Date null."),
        E("e4", PR, None, A("AUS"), False,
          C("over 1,300 troops", num="1,300", value=1300, low=1300, qualifier="over"),
          L("in and around Iraq", "IRQ", None, None, None, 4), D(None), None, T("on duty"),
          "'The government still has over 1,300 troops on duty in and around Iraq.' -> presence, over 1,300 (low). 'The government' is Australia's (section heading '==Australia=='): actor AUS from context, surface null. Date null (present level, no time word)."),
        E("e5", CA, CAP, A(None), True,
          C("Around 20 demonstrators", num="20", value=20, approx=True, qualifier="around"),
          L("Washington, DC", "USA", "District of Columbia", 38.90, -77.04, 1), WKND, None,
          T("arrested", at="were arrested in Washington"),
          "'Around 20 demonstrators were arrested in Washington, DC.' -> captured (arrest), about 20; protesters -> civilian true, nationality not stated (actor null). Date: the weekend rallies of this paragraph (18-19 March 2006, derived)."),
        E("e6", CA, CAP, A(None), None,
          C("one person", num="one", value=1, at="Police said one person"),
          L("Copenhagen", "DNK", "Capital Region", 55.68, 12.57, 1),
          D("2006-03-18/2006-03-19", "weekend", at="The weekend rallies", derived_from_context=True),
          S("Police said", at="Police said one person"), T("arrested", at="one person was arrested"),
          "'In Copenhagen ... Police said one person was arrested.' -> captured 1 ('person': civilian null). Date: the weekend rallies (derived)."),
        E("e7", CA, KIL, A("GBR", "British", at="British soldier killed"), False,
          C("a British soldier", num="a", value=1), IRQ(at="soldier killed in Iraq"), D(None), None,
          T("killed", at="soldier killed in Iraq"),
          "'the mother of a British soldier killed in Iraq took the stage' -> killed 1 (singular determiner on a person noun; close call: the death is mentioned only to identify the speaker). No date."),
    ],
    hard_negatives=[
        H("Thousands of people", "protesters, not a force or casualty"),
        H("millions gathered", "protest crowds"),
        H("Tens of thousands of protesters", "protest crowd"),
        H("over 500 cities", "count of cities"),
        H("all 50 U.S. states", "count of states"),
        H("about 10,000 anti-war protesters", "protest crowd"),
        H("more than 7,000 people", "protest crowd"),
        H("About 200 people", "protest crowd"),
        H("About 200 joined a march", "protest crowd"),
        H("some 1,000 protesters", "protest crowd"),
        H("dozens of demonstrators", "protest crowd"),
        H("1,000 people demonstrated", "protest crowd"),
        H("about 600 people", "protest crowd"),
        H("about 800 demonstrators", "protest crowd"),
        H("some 2000 protested", "protest crowd"),
        H("About 1,000 protesters", "protest crowd"),
        H("at least 15,000", "protest crowd (London)"),
        H("nearly 2,000 protesters", "protest crowd"),
        H("some 3,000 people", "protest crowd"),
        H("a few hundred people", "protest crowd"),
        H("2,000 people", "protest crowd (Barcelona)", at="In Barcelona"),
        H("around 1,000 people", "protest crowd"),
        H("between 500 and 1000 people", "protest crowd"),
        H("two blocks", "distance"),
    ])

# ---------------------------------------------------------------- 2005 Aqaba / Eilat rockets
AQABA = L("Aqaba , Jordan", "JOR", "Aqaba", 29.53, 35.01, 1)
MORN_AQ = D("2005-08-19", "this morning", derived_from_context=True)
ANN["wn_2005_08_19_jordan_aqaba_eilat_rockets"] = dict(
    events=[
        E("e1", CA, KIL, A("JOR", "Jordanian", at="Jordanian soldier was"), False,
          C("One Jordanian soldier", num="One", value=1), AQABA, MORN_AQ, None, T("killed", at="soldier was killed"),
          "'One Jordanian soldier was killed.' -> killed 1; restated with his name in the next paragraph (alt). Date: 'this morning' of the first sentence (publication day, derived).",
          alt_mentions=[S("a Jordanian soldier", at="killing a Jordanian soldier")]),
        E("e2", CA, WND, A("JOR"), False, C("another", value=1, at="and injuring another"), AQABA, MORN_AQ, None,
          T("injuring", at="and injuring another"),
          "'killing a Jordanian soldier, Private Ahmad Alnajdawi, and injuring another' -> wounded 1 (another Jordanian soldier: actor from context)."),
        E("e3", CA, WND, A("ISR", "Israeli", at="Israeli taxi driver"), True,
          C("An Israeli taxi driver", num="An", value=1), L("the Eilat airport", "ISR", "Southern District", 29.56, 34.96, 1),
          MORN_AQ, None, T("injured", at="was lightly injured"),
          "'The rocket that was aimed at Eilat exploded about 15 meters from the Eilat airport ... An Israeli taxi driver, Meir Farhan (40), was lightly injured.' -> wounded 1, civilian. The '(40)' is his age."),
    ],
    hard_negatives=[
        H("Two Katyusha  rockets", "count of weapons"),
        H("the last ten days", "duration"),
        H("The two amphibious ships", "count of ships"),
        H("No sailors or marines were injured", "negated casualty"),
        H("about 15 meters", "distance"),
        H("two more meters", "distance"),
        H("three people", "suspects being searched for, not captured"),
        H("two Syrian  nationals and one Iraqi", "breakdown of the wanted suspects, not captured"),
    ])

# ---------------------------------------------------------------- 2005 Netiv HaAsara Qassam
NETIV = L("the Israeli  collective farms of Netiv Ha'asara and Nahal Oz", "ISR", "Southern District", 31.58, 34.54, 2)
ANN["wn_2005_07_14_israel_netiv_haasara_qassam"] = dict(
    events=[
        E("e1", CA, KIL, A("ISR"), True, C("A 22-year-old woman", num="A", value=1), NETIV,
          D("2005-07-14", "around 6 p.m. IST", derived_from_context=True), None, T("killed", at="Galkovitz, was killed"),
          "'A 22-year-old woman, Dana Galkovitz, was killed when her home suffered a direct hit by one of the rockets.' -> killed 1 (the age is not the count); her home is on one of the Israeli collective farms named (actor ISR from context, civilian). Date: the attack 'around 6 p.m.' in a same-day report -> publication day (derived)."),
        E("e2", CA, WND, A(None), None, C("One person", num="One", value=1), NETIV,
          D("2005-07-14", "around 6 p.m. IST", derived_from_context=True), None, T("injured", at="lightly injured"),
          "'One person was lightly injured' -> wounded 1."),
    ],
    hard_negatives=[
        H("four Qassam rockets", "count of weapons"),
        H("more than 20  shells", "count of shells"),
        H("three others were treated for anxiety", "treated for anxiety (shock), not reported as injured (close call)"),
        H("the past 4 years", "duration"),
        H("thousands of mortar shells", "count of shells"),
    ])

# ---------------------------------------------------------------- 2005 Afghanistan Chinook
ANN["wn_2005_06_30_afghanistan_chinook_crash"] = dict(
    events=[
        E("e1", CA, KIL, A("USA"), False, C("Thirteen bodies", num="Thirteen", value=13),
          L("Afghanistan", "AFG", None, None, None, 4, at="crashed yesterday in Afghanistan"),
          D("2005-06-29", "yesterday"), None, T("bodies", at="Thirteen bodies"),
          "'Thirteen bodies have been found at the site where a US helicopter crashed yesterday in Afghanistan.' -> killed 13 (bodies: implied deaths). Actor USA from context (a US helicopter carrying soldiers including US Navy Seals), surface null. Date: the crash 'yesterday' (29 June 2005)."),
        E("e2", CA, MIS, A("USA"), False, C("Seven more soldiers", num="Seven", value=7), L("Afghanistan", "AFG", None, None, None, 4, at="crashed yesterday in Afghanistan"),
          D(None), None, T("unaccounted for"),
          "'Seven more soldiers are unaccounted for - including soldiers who were fighting on the ground' -> missing 7 (status at reporting; no date). 'all aboard were presumed dead' has no count (hard negative)."),
        E("e3", CA, KIL, A("USA"), False, C("two soldiers", num="two", value=2, at="death of two soldiers"),
          IRQ(at="crashed in Iraq"), D(None), S("the US Department of Defense has announced"),
          T("killed", at="who were killed"),
          "'the US Department of Defense has announced the death of two soldiers who were killed when their AH-64D Apache attack helicopter crashed in Iraq' -> killed 2 (US soldiers by context; the crash's cause is not stated). No date."),
    ],
    hard_negatives=[
        H("all aboard were presumed dead", "no count"),
        H("AH-64D", "aircraft designation"),
    ])

# ---------------------------------------------------------------- 2005 Pakistan Hamza Rabia
NWAZ = L("North Waziristan", "PAK", "Federally Administered Tribal Areas", None, None, 3)
ANN["wn_2005_12_04_pakistan_hamza_rabia_strike"] = dict(
    events=[
        E("e1", CA, KIL, A(None), None, C("five people", num="five", value=5), NWAZ, D("2005-12-01", "on Thursday"), None,
          T("killed", at="who were killed in the blast"),
          "'Rabia was among five people who were killed in the blast on Thursday in North Waziristan.' -> killed 5 (people: actor/civilian null). Thursday in a Sunday story = 1 December 2005.",
          is_total=True),
        E("e2", CA, KIL, A(None), None, C("two other foreigners", num="two", value=2), NWAZ,
          D("2005-12-01", "on Thursday", derived_from_context=True),
          S("according to Pakistan's English-language Dawn newspaper"), T("Bodies", at="Bodies of Rabia"),
          "'Bodies of Rabia and two other foreigners were retreived and buried' -> killed 2 (bodies), part of the five killed.",
          part_of="e1"),
    ],
    hard_negatives=[
        H("one of top five leaders", "rank in a hierarchy"),
        H("between third and fifth", "rank"),
        H("the capture of Abu Farraj al-Libbi", "capture of a named individual, no count word"),
    ])

# ---------------------------------------------------------------- 2005 Abu Ghraib tractor bomb / Camp Bucca
AG = L("Abu Ghraib  prison camp", "IRQ", "Baghdad", 33.29, 44.07, 1)
BUCCA = L("Camp Bucca", "IRQ", "Basra", 30.05, 47.83, 1)
FRI_B = D("2005-04-01", "Friday", at="broke out Friday", derived_from_context=False)
ANN["wn_2005_04_04_iraq_abu_ghraib_tractor_bomb_bucca"] = dict(
    events=[
        E("e1", CA, WND, A("IRQ", "Iraqi", at="Iraqi civilians"), True, C("Four Iraqi civilians", num="Four", value=4), AG,
          D("2005-04-04", "Monday", at="prison camp Monday", derived_from_context=True), None, T("wounded", at="reported wounded"),
          "'A suicide tractor bombing struck the American held Abu Ghraib prison camp Monday ... Four Iraqi civilians are reported wounded.' -> wounded 4 (hedge 'are reported'). Monday = publication day 4 April 2005 (the wiki dateline in the text says April 5).",
          hedge="are reported"),
        E("e2", CA, WND, A(None), False, C("Four guards", num="Four", value=4), BUCCA, FRI_B,
          S("military officials were announcing"), T("injured", at="prisoners were injured"),
          "'military officials were announcing that a short riot broke out Friday in another American prison called Camp Bucca ... Four guards and twelve prisoners were injured.' -> wounded 4 guards (nationality not stated: actor null; guards -> civilian false). Friday in a Monday story = 1 April 2005."),
        E("e3", CA, WND, A(None), None, C("twelve prisoners", num="twelve", value=12), BUCCA, FRI_B,
          S("military officials were announcing"), T("injured", at="prisoners were injured"),
          "'... and twelve prisoners were injured.' -> wounded 12 (detainees: civilian null)."),
        E("e4", CA, CAP, A(None), None,
          C("about 6,000 detainees", num="6,000", value=6000, approx=True, qualifier="about"), BUCCA, D(None), None,
          T("holds", at="facility holds"),
          "'The Camp Bucca facility holds about 6,000 detainees' -> captured (people held, as 'hold hundreds of hostages' in set (z)); close call: a prison population, not a capture event. No date."),
        E("e5", CA, CAP, A(None), None, C("3,300", value=3300, at="holds 3,300"),
          L("Abu Ghraib", "IRQ", "Baghdad", 33.29, 44.07, 1, at="while Abu Ghraib holds"), D(None), None,
          T("holds", at="Abu Ghraib holds"),
          "'while Abu Ghraib holds 3,300' -> captured 3,300 (noun elided; same reading as e4)."),
    ],
    hard_negatives=[
        H("the 2nd attack in two days", "count of attacks"),
        H("both US  soldiers and Iraqi  detainees were injured", "no count (the Saturday attack)"),
        H("several prisoners who were being transferred", "prisoners moved within the prison system, not a capture or casualty"),
    ])

# ---------------------------------------------------------------- 2005 Gaza pullout
ANN["wn_2005_08_15_gaza_pullout_troops"] = dict(
    events=[
        E("e1", DP, None, A("ISR", "IDF", at="The IDF"), False,
          C("about 55,000 troops", num="55,000", value=55000, approx=True, qualifier="about"),
          L("the Gaza Strip", "PSE", None, None, None, 3, at="from the Gaza Strip"), D(None), None,
          T("sent", at="has sent"),
          "'The IDF has sent about 55,000 troops to evacuate some 8,500 settlers.' -> deployment, about 55,000, destination the Gaza Strip (the pullout). No time word for the sending (date null)."),
        E("e2", DP, None, A("PSE", "PA", at="The PA itself"), False,
          C("some 7,500 security", num="7,500", value=7500, approx=True, qualifier="some"), None, D(None), None,
          T("deployed", at="has deployed"),
          "'The PA itself has deployed some 7,500 security to prevent attacks by Palestinian extremists.' -> deployment, some 7,500 (noun 'forces' missing in the text). The sentence names no place (location null; the context is Gaza)."),
    ],
    hard_negatives=[
        H("48 hours", "duration"),
        H("some 8,500 settlers", "civilians to be evacuated, not a casualty"),
        H("more than a milion Palestinians", "population"),
        H("38 years", "duration"),
        H("$625", "money"),
    ])

# ---------------------------------------------------------------- 2005 Gaza synagogue evacuations
KFD = L("Kfar Darom", "PSE", "Deir al-Balah", 31.39, 34.35, 1, at="In another Gaza town, Kfar Darom")
ANN["wn_2005_08_18_gaza_synagogue_evacuations"] = dict(
    events=[
        E("e1", PR, None, A("ISR"), False,
          C("thousands of troops", num="thousands", value=None, low=2000, approx=True, qualifier="thousands"), KFD, D(None),
          None, T("surrounded"),
          "'In another Gaza town, Kfar Darom, ... thousands of troops have surrounded the buildings.' -> presence, thousands (low 2,000 by the convention for vague magnitudes); Israeli soldiers by context. No time word (date null)."),
        E("e2", CA, WND, A(None), None, C("Seventy seven people", num="Seventy seven", value=77), KFD, D(None), None,
          T("injured", at="have been injured"),
          "'Seventy seven people have been injured, two moderately on the roof of the synagogue.' -> wounded 77 (people: actor/civilian null; protesters and soldiers not told apart). 'two moderately' is a severity breakdown (hard negative). Place: the Kfar Darom synagogue of this paragraph."),
        E("e3", CA, CAP, A(None), True, C("120 demonstrators", num="120", value=120), KFD, D(None), S("Police say"),
          T("arrested", at="demonstrators were arrested"),
          "'Police say that 120 demonstrators were arrested.' -> captured 120, protesters (civilian true)."),
    ],
    hard_negatives=[
        H("500 Orthodox Jewish families", "population of the settlement"),
        H("a couple Jewish families", "historical settlers"),
        H("Around 1,500 protesters", "protesters inside the synagogue, not a force or casualty"),
        H("a few guards", "no count of casualties (shoved and punched)"),
        H("two or three guards each", "escort size per protester"),
        H("two moderately", "severity breakdown of the injured (GUIDELINES 2)"),
        H("several hours", "duration"),
    ])

# ---------------------------------------------------------------- 2006 Iraq women detainees, kidnappings
ANN["wn_2006_01_19_iraq_female_prisoners_kidnappings"] = dict(
    events=[
        E("e1", CA, CAP, A("IRQ", "Iraqi", at="Iraqi women"), True, C("8 Iraqi women", num="8", value=8),
          None, D("2006-01-19", "currently", at="currently prisoners"), None, T("prisoners", at="currently prisoners"),
          "'release 6 of the 8 Iraqi women that are currently prisoners' -> captured 8 (held by the US); 'currently' -> publication day. The US statement 'they currently have 8 women in security detention' restates it (alt). The 6 whose release is asked are a proposal (hard negative).",
          alt_mentions=[S("8 women", at="currently have 8 women")]),
        E("e2", CA, CAP, A(None), None,
          C("more than 240 foreigners", num="240", value=240, low=240, qualifier="more than"),
          IRQ(at="Insurgents in Iraq"), D("2003-03/2006-01-19", "since the beginning of the war"), None,
          T("kidnapped", at="recently kidnapped"),
          "'Insurgents in Iraq have recently kidnapped more than 240 foreigners and killed at least 39 of them since the beginning of the war.' -> captured, more than 240, running total since March 2003.",
          cumulative=True),
        E("e3", CA, KIL, A(None), None, C("at least 39", num="39", value=39, low=39, qualifier="at least"),
          IRQ(at="Insurgents in Iraq"), D("2003-03/2006-01-19", "since the beginning of the war"), None,
          T("killed", at="and killed at least"),
          "'... and killed at least 39 of them' -> killed, at least 39 of the kidnapped foreigners (running total; not linked by part_of because the outcome differs).",
          cumulative=True),
        E("e4", CA, CAP, A("IRQ", "Iraqis", at="Iraqis kidnapped"), None,
          C("the hundreds", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"), None, D(None), None,
          T("kidnapped", at="Iraqis kidnapped"),
          "'Some estimates of the number of Iraqis kidnapped place it in the hundreds and possibly even thousands.' -> captured, hundreds (low 200); hedge 'Some estimates'.",
          hedge="Some estimates", cumulative=True),
    ],
    hard_negatives=[
        H("release 6", "women whose release is requested (proposal), not an event"),
        H("at least six of them be released", "recommended release (proposal)"),
        H("killed her translator", "a single victim with no count word"),
        H("Carroll was kidnapped", "named individual, no count word"),
        H("72 hour", "duration"),
        H("28 years old", "age"),
    ])

# ---------------------------------------------------------------- 2005 Thailand marines
ANN["wn_2005_09_25_thailand_marines_killed_arrests"] = dict(
    events=[
        E("e1", CA, CAP, A(None), None, C("three persons", num="three", value=3), None, D(None),
          S("Thai  Defense Minister, Thammarak Isarangkura na Ayudhya , announced"), T("arrest"),
          "'announced the arrest of three persons suspected of involvement in the deaths of two marines' -> captured 3 (suspects; no place or day given for the arrest)."),
        E("e2", CA, KIL, A("THA"), False, C("two marines", num="two", value=2, at="deaths of two marines"),
          L("Narathiwat province", "THA", "Narathiwat", None, None, 3), D(None), None, T("deaths", at="deaths of two marines"),
          "'the deaths of two marines in Thailand's troubled southern region' / 'stabbed and beaten to death by villagers in Narathiwat province' -> killed 2, Thai marines (actor from context). No date."),
        E("e3", CA, CAP, A("THA"), False, C("The two marines", num="two", value=2),
          L("Tanyong Limo village", "THA", "Narathiwat", 6.30, 101.72, 1), D(None), None,
          T("detained", at="marines were detained"),
          "'The two marines were detained and subsequently stabbed and beaten to death by villagers' -> captured 2 (held by villagers before being killed; 'held at a local school', 'the hostages'). Place: Tanyong Limo village named in the next sentence (coordinates estimated)."),
    ],
    hard_negatives=[
        H("release the hostages", "restatement without a count"),
    ])

# ---------------------------------------------------------------- 2005 US deaths in 12 months
ANN["wn_2005_07_05_iraq_us_deaths_12_months"] = dict(
    events=[
        E("e1", CA, KIL, A("USA", "U.S.", at="U.S. troops"), False, C("882 U.S. troops", num="882", value=882),
          IRQ(at="out of Iraq"), D("2004-07-01/2005-06-30", "the 12 months through June 30th, 2005"),
          S("U.S. Defense department  numbers show"), T("died", at="troops died"),
          "'U.S. Defense department numbers show that 882 U.S. troops died in the 12 months through June 30th, 2005.' -> killed 882, running total over the year (cumulative). Iraq from the next sentence ('transportation out of Iraq').",
          cumulative=True),
        E("e2", CA, KIL, A("USA"), False, C("657", value=657, at="from 657"), IRQ(at="out of Iraq"),
          D("2003-07-01/2004-06-30", "the preceding 12 months"), S("U.S. Defense department  numbers show"),
          T("killed", at="657 killed"),
          "'This is a 34.2% increase from 657 killed in the preceding 12 months.' -> killed 657 (noun elided), July 2003-June 2004.",
          cumulative=True),
    ],
    hard_negatives=[
        H("34.2%", "percentage"),
    ])

# ---------------------------------------------------------------- 2005 Doha theatre bombing
DOHA = L("a theatre in the Fareek Klaib district of Doha", "QAT", "Doha", 25.27, 51.51, 1)
MORN_D = D("2005-03-20", "this morning")
ANN["wn_2005_03_20_qatar_doha_theatre_bombing"] = dict(
    events=[
        E("e1", CA, KIL, A("GBR", "Briton", at="One Briton"), None, C("One Briton", num="One", value=1), DOHA, MORN_D,
          None, T("dead", at="is dead"),
          "'One Briton is dead, and dozens of others are injured, after an explosion ripped through a theatre ... this morning.' -> killed 1 (civilian not stated). The Interior Ministry's 'One person was killed' is the same figure (alt). Date as the text says (publication day).",
          alt_mentions=[S("One person", at="One person was killed")]),
        E("e2", CA, WND, A(None), None,
          C("dozens of others", num="dozens", value=None, low=24, approx=True, qualifier="dozens"), DOHA, MORN_D, None,
          T("injured", at="others are injured"),
          "'dozens of others are injured' -> wounded, dozens (low 24)."),
        E("e3", CA, WND, A(None), None, C("12", value=12, at="killed and 12"), DOHA,
          D("2005-03-20", "this morning", derived_from_context=True),
          S("said a statement issued by the Interior Ministry"), T("wounded", at="12 were wounded"),
          "'\"One person was killed and 12 were wounded, of whom 10 have left hospital,\" said a statement issued by the Interior Ministry.' -> wounded 12 from the ministry, a different figure from the article's 'dozens' (separate claim, GUIDELINES 6). '10 have left hospital' is a treatment breakdown (hard negative)."),
    ],
    hard_negatives=[
        H("One building", "count of buildings"),
        H("10 have left hospital", "treatment status of the wounded (GUIDELINES 2)"),
        H("about 80 foreigners", "audience present, not a casualty count"),
    ])

# ---------------------------------------------------------------- 2004 Mosul beheaded bodies
ANN["wn_2004_11_19_iraq_mosul_beheaded_bodies"] = dict(
    events=[
        E("e1", CA, KIL, A("IRQ", "Iraqi", at="Iraqi soldiers"), False,
          C("up to twelve", num="twelve", value=12, high=12, approx=True, qualifier="up to"),
          L("the western part of the city", "IRQ", "Nineveh", 36.34, 43.11, 2), D(None),
          S("the New York Times  has reported"), T("beheaded", at="twelve beheaded"),
          "'U.S. soldiers fighting in Mosul, Iraq discovered up to twelve beheaded bodies in the western part of the city, the New York Times has reported. The bodies are believed to be those of Iraqi soldiers' -> killed, up to 12 (bodies); actor IRQ and civilian false from the next sentence (hedge 'believed'). No date.",
          hedge="are believed"),
        E("e2", CA, KIL, A("IRQ", "Iraqi", at="Iraqi National Guard officers"), False,
          C("two Iraqi National Guard officers", num="two", value=2), L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1, at="decapitated in Mosul"),
          D(None), S("Abu Musab al-Zarqawi made an Internet posting in which he claimed"), T("decapitated"),
          "'Abu Musab al-Zarqawi made an Internet posting in which he claimed that two Iraqi National Guard officers had been publicly decapitated in Mosul' -> killed 2 (claim by Zarqawi); not linked to the twelve bodies (no identification)."),
    ],
    hard_negatives=[
        H("24th Infantry Regiment", "unit number"),
        H("if any of their officers  were missing", "no count; unknown whether any are missing"),
    ])

# ---------------------------------------------------------------- 2006 Baghdad bus station abductions
BUS = L("a bus station in central Baghdad", "IRQ", "Baghdad", 33.34, 44.40, 1)
ANN["wn_2006_06_07_iraq_baghdad_bus_station_abductions"] = dict(
    events=[
        E("e1", CA, CAP, A(None), True, C("50 people", num="50", value=50, at="captured 50 people"), BUS,
          D("2006-06-05", "On June 5"), None, T("captured", at="captured 50"),
          "'On June 5, gunmen, who had posed as police officers, raided a bus station in central Baghdad and captured 50 people.' -> captured 50; travellers and local vendors -> civilian true. 'Of the 50 people' restates it (alt).",
          is_total=True, alt_mentions=[S("the 50 people", at="Of the 50 people")]),
        E("e2", CA, KIL, A(None), None, C("21 people", num="21", value=21),
          L("Diyala province", "IRQ", "Diyala", None, None, 3), D("2006-06-04", "a day after", at="a day after 21"), None,
          T("killed", at="off buses and killed"),
          "'This happened a day after 21 people were dragged off buses and killed in Diyala province.' -> killed 21; 'a day after' June 5 = 4 June 2006."),
        E("e3", CA, CAP, A("SYR", "Syrians", at="two Syrians"), True, C("two Syrians", num="two", value=2), BUS,
          D("2006-06-05", "On June 5", derived_from_context=True), None, T("captured", at="captured 50"),
          "'Of the 50 people, there are two Syrians and one is an Interior Ministry official.' -> part of the 50.",
          part_of="e1"),
        E("e4", CA, CAP, A("IRQ"), True, C("one", value=1, at="one is an Interior Ministry"), BUS,
          D("2006-06-05", "On June 5", derived_from_context=True), None, T("captured", at="captured 50"),
          "'... and one is an Interior Ministry official' -> part of the 50; an Iraqi ministry official by context (actor IRQ, surface null), a civil servant (civilian true, close call).",
          part_of="e1"),
    ],
    hard_negatives=[
        H("the many travel agencies", "count of businesses (no number)"),
    ])

# ---------------------------------------------------------------- 2005 Sungai Golok bombs
SG = L("Sungai Golok", "THA", "Narathiwat", 6.03, 101.96, 1)
SG_D = D("2005-11-20", "around 6:00am local time", derived_from_context=True)
ANN["wn_2005_11_20_thailand_sungai_golok_bombs"] = dict(
    events=[
        E("e1", CA, WND, A(None), None, C("Twelve people", num="Twelve", value=12), SG, SG_D, None,
          T("injured", at="have been injured"),
          "'Twelve people are reported to have been injured, including three police officers, a two-year-old boy, and a 58-year-old Malaysian tourist.' -> wounded 12 (total of the listed parts). Date: the explosions 'around 6:00am local time' in a same-day report -> publication day (section 10). Place: the restaurant in Sungai Golok.",
          is_total=True, hedge="are reported"),
        E("e2", CA, WND, A("THA"), False, C("three police officers", num="three", value=3), SG, SG_D, None,
          T("injured", at="have been injured"), "part of the twelve; Thai police by context (actor THA, surface null).", part_of="e1"),
        E("e3", CA, WND, A(None), True, C("a two-year-old boy", num="a", value=1), SG, SG_D, None,
          T("injured", at="have been injured"), "part of the twelve; the age is not the count.", part_of="e1"),
        E("e4", CA, WND, A("MYS", "Malaysian", at="Malaysian  tourist"), True,
          C("a 58-year-old Malaysian  tourist", num="a", value=1), SG, SG_D, None, T("injured", at="have been injured"),
          "part of the twelve; a tourist -> civilian true.", part_of="e1"),
        E("e5", CA, KIL, A(None), None, C("over 1,000 deaths", num="1,000", value=1000, low=1000, qualifier="over"),
          L("the predominantly Muslim  south of Thailand", "THA", None, None, None, 3),
          D("2004-01/2005-11-20", "since January 2004"), None, T("deaths", at="1,000 deaths"),
          "'The ongoing violence ... has resulted in over 1,000 deaths since January 2004' -> killed, over 1,000, running total.",
          cumulative=True),
        E("e6", CA, KIL, A(None), None, C("over 1,100", num="1,100", value=1100, low=1100, qualifier="over"),
          L("the predominantly Muslim  south of Thailand", "THA", None, None, None, 3),
          D("2004-01/2005-11-20", "since January 2004"), S("the Associated Press  putting the figure at"),
          T("deaths", at="1,000 deaths"),
          "'with the Associated Press putting the figure at over 1,100' -> a different figure from another source (separate claim).",
          cumulative=True),
    ],
    hard_negatives=[
        H("two bomb explosions", "count of explosions"),
        H("a five minute interval", "duration"),
    ])

# ---------------------------------------------------------------- 2004 Felisburgo MST attack
FEL = L("the ''Terra Prometida'' camp, in Felisburgo  city, Minas Gerais , Brazil", "BRA", "Minas Gerais", -16.64, -40.76, 1)
ANN["wn_2004_11_21_brazil_felisburgo_mst_attack"] = dict(
    events=[
        E("e1", PR, None, A("militants"), False, C("Seven unknown men", num="Seven", value=7), FEL, D(None), None,
          T("invaded"),
          "'Seven unknown men armed with guns invaded the Terra Prometida camp' -> size of the attacking force as presence (GUIDELINES 2); unnamed gunmen -> generic actor 'militants' (section 10). No day given."),
        E("e2", CA, KIL, A("MST", "Brazilian Landless Workers Movement", at="Brazilian Landless Workers Movement movement"), True,
          C("five members", num="five", value=5), FEL, D(None), None, T("killed", at="and killed five"),
          "'... and killed five members of the Brazilian Landless Workers Movement movement (MST)' -> killed 5, landless workers (civilian true). The police figure 'five died' is the same claim (alt).",
          alt_mentions=[S("five died")]),
        E("e3", CA, WND, A("MST", "MST", at="MST movement were injured"), True,
          C("13 of the members", num="13", value=13), FEL, D(None), S("police said"), T("injured", at="were injured"),
          "'According to the Brazilian newspaper Agência Folha, police said 13 of the members of the MST movement were injured and five died.' -> wounded 13."),
    ],
    hard_negatives=[
        H("about 200 MST families", "residents of the camp"),
        H("Four of them are still hospitalized", "treatment status of the injured"),
        H("Two of them", "treatment breakdown"),
        H("a 12-year-old child", "identity of a hospitalised victim already counted"),
        H("632 MST camps", "count of camps"),
    ])

# ---------------------------------------------------------------- 2005 Baghdad morgue
BAGM = L("Baghdad", "IRQ", "Baghdad", 33.34, 44.40, 1, at="Baghdad's  morgue")
ANN["wn_2005_08_18_iraq_baghdad_morgue_july"] = dict(
    events=[
        E("e1", CA, KIL, A("IRQ"), True, C("over 1,000 civilians", num="1,000", value=1000, low=1000, qualifier="over"),
          BAGM, D("2005-07", "last month"), None, T("bodies", at="The bodies of over"),
          "'The bodies of over 1,000 civilians were brought to Baghdad's morgue last month, the highest recorded death toll' -> killed, over 1,000 in July 2005 (a month's toll: cumulative). Baghdad civilians -> IRQ by plain implication (section 10).",
          cumulative=True),
        E("e2", CA, KIL, A("IRQ"), True,
          C("An estimated 1,100 bodies", num="1,100", value=1100, approx=True, qualifier="an estimated"), BAGM,
          D("2005-07", "in July", at="mortuary in July"), None, T("bodies", at="1,100 bodies"),
          "'An estimated 1,100 bodies were received by the Baghdad mortuary in July' -> a different figure for the same month (separate claim); civilian true from 'All of last month's dead are civilians'.",
          cumulative=True),
        E("e3", CA, KIL, A("IRQ"), None, C("800", value=800, at="were 800"), BAGM,
          D("2004-07", "in 2004", at="in 2004 and 2003"), None, T("numbers", at="the numbers in July"),
          "'in 2004 and 2003 the numbers in July were 800 and 700 respectively' -> July 2004: 800 bodies (close call: morgue intake, given as a death toll).",
          cumulative=True),
        E("e4", CA, KIL, A("IRQ"), None, C("700", value=700, at="800 and 700"), BAGM,
          D("2003-07", "2003", at="2003 the numbers"), None, T("numbers", at="the numbers in July"),
          "... July 2003: 700.", cumulative=True),
    ],
    hard_negatives=[
        H("85%", "percentage"),
        H("below 200", "pre-war (1997-1999) morgue figures, not conflict deaths"),
        H("15-44", "age range"),
        H("500 nameless bodies", "bodies buried since January: a burial count overlapping the tolls, not a new claim"),
    ])

# ---------------------------------------------------------------- 2006 CPT hostages rescued
ANN["wn_2006_03_23_iraq_cpt_hostages_rescued"] = dict(
    events=[
        E("e1", CA, CAP, A(["CAN", "GBR"]), True, C("Three men", num="Three", value=3),
          L("Western Baghdad", "IRQ", "Baghdad", 33.31, 44.33, 2), D("2006-03-23", "today"), None, T("rescued", at="were rescued"),
          "'Three men, James Loney, 41, and Harmeet Singh Sooden, 32, both from Canada, and Norman Kember, 74, of Britain were rescued today' -> captured, released (rescued hostages, GUIDELINES 2); two Canadians and a Briton -> list actor; pacifist activists -> civilian true. 'the three hostages' restates them (alt).",
          released=True, alt_mentions=[S("the three hostages")]),
        E("e2", CA, CAP, A(None), None, C("two suspects", num="two", value=2), None, D("2006-03-23", "this morning"),
          S("Major General Rick Lynch, a spokesman for the US military commented"), T("detained", at="We detained"),
          "'\"We detained two suspects this morning, the detainees gave us intelligence that led us to the rescue\"' -> captured 2 (detention of suspects)."),
        E("e3", CA, KIL, A("USA", "American", at="an American, was"), True, C("A fourth member", num="A", value=1),
          L("Baghdad", "IRQ", "Baghdad", 33.34, 44.40, 1, at="killed in Baghdad"), D("2006-03-10", "on March 10th"), None,
          T("killed", at="shot and killed"),
          "'A fourth member of their group, Tom Fox, an American, was found shot and killed in Baghdad on March 10th.' -> killed 1 (singular determiner; 'fourth' numbers him in the group, not a toll, as set (z)'s 'A fifth soldier')."),
    ],
    hard_negatives=[
        H("The activists had been held", "restatement of the captivity with no count"),
        H("both Canadians required medical attention", "treatment of people already counted"),
    ])

# ---------------------------------------------------------------- 2005 Hawara child bomber
HAWARA = L("the Hawara checkpoint south of Nablus  in the West Bank", "PSE", "Nablus", 32.17, 35.26, 2)
ANN["wn_2005_04_13_west_bank_hawara_child_bomber"] = dict(
    events=[
        E("e1", CA, CAP, A("PSE", "Palestinian", at="a Palestinian  aged"), None, C("a Palestinian", num="a", value=1, at="Hashash, a Palestinian"),
          HAWARA, D("2005-04-12", "on Tuesday, April 12"), None, T("detained", at="was detained"),
          "'Hassan Hashash, a Palestinian aged 15, was detained by the Israeli military on Tuesday, April 12, at the Hawara checkpoint' -> captured 1 (close call: a named person, but the appositive 'a Palestinian' is a count word; the age is not the count). civilian null (a minor carrying explosives)."),
        E("e2", CA, CAP, A("PSE", "Palestinian", at="also Palestinian"), None, C("a 16-year-old", num="a", value=1),
          L("The Hawara checkpoint", "PSE", "Nablus", 32.17, 35.26, 1, at="The Hawara checkpoint has"), D("2004-04", "In April 2004"), None,
          T("arrested", at="soldiers there arrested"),
          "'In April 2004, soldiers there arrested a 16-year-old, also Palestinian, with a suicide bomb strapped to his body.' -> captured 1 (the age is not the count)."),
        E("e3", CA, CAP, A("PSE", "Palestinian", at="third Palestinian child"), True,
          C("the third Palestinian child", num="third", value=3, qualifier="ordinal"), None,
          D("2005-02-13/2005-04-13", "in the past two months"), S("Israeli radio noted"), T("caught", at="past two months caught"),
          "'Israeli radio noted that this is the third Palestinian child in the past two months caught attempting to transfer explosives past Israeli checkpoints.' -> captured, ordinal running total 3 over the past two months (cumulative; includes e1).",
          cumulative=True),
    ],
    hard_negatives=[
        H("five explosive charges", "count of explosives"),
        H("another four explosives", "count of explosives"),
        H("26&deg;C", "temperature"),
    ])

# ---------------------------------------------------------------- 2005 Marine helicopter crash, Rutbah
JAN25 = D("2005-01-25", "for Wednesday January 25th")
SINCE = D("2003-05-01/2005-01-26", "Since Pres. Bush  declared major operations over on May 1, 2003", approx=True)
ANN["wn_2005_01_26_iraq_marine_helicopter_crash_rutbah"] = dict(
    events=[
        E("e1", CA, KIL, A("USA", "U.S.", at="U.S. Marine"), False, C("31", value=31, at="killing 31"),
          L("near Rutbah", "IRQ", "Anbar", 33.04, 40.28, 2),
          D("2005-01-26", "1:20 a.m. local time", derived_from_context=True), None, T("killing", at="killing 31"),
          "'A U.S. Marine transport helicopter has crashed in western Iraq, killing 31.' -> killed 31 (the cause is not attributed; the aircraft was on security operations). Place from the next sentence ('near Rutbah, about 355 km west of Baghdad'). Date: 1:20 a.m. in a same-day report -> publication day."),
        E("e2", CA, KIL, A("USA"), False, C("26 soldiers", num="26", value=26), None, D("2003-03-23", "On March 23, 2003"), None,
          T("lost their lives"),
          "'On March 23, 2003, during the initial invasion, 26 soldiers lost their lives in various incidents.' -> killed 26 (US soldiers by context: the paragraph compares US losses; surface null)."),
        E("e3", CA, KIL, A("USA"), False, C("17", value=17, at="killing 17"), None, SINCE, None, T("killing", at="killing 17"),
          "'the collision of two Black Hawk helicopters while avoiding ground fire, killing 17' -> killed 17; the only time frame is 'Since ... May 1, 2003' (interval, approx). The Chinook 'shot down near Fallujah' has no count (hard negative)."),
        E("e4", CA, KIL, A("USA", "U.S.", at="U.S. Marines from"), False, C("four U.S. Marines", num="four", value=4),
          L("al Anbar", "IRQ", "Anbar", None, None, 3), JAN25, S("The U.S. military reports"), T("killed in action"),
          "'The U.S. military reports, for Wednesday January 25th, four U.S. Marines from the 1st Marine Expeditionary Unit were killed in action in al Anbar.' -> killed 4. 25 January 2005 was a Tuesday; the explicit date is used."),
        E("e5", CA, KIL, A("USA"), False, C("An Army  soldier", num="An", value=1),
          L("near Duluiyah", "IRQ", "Salah ad Din", 34.25, 44.20, 2), D("2005-01-25", "for Wednesday January 25th", derived_from_context=True),
          S("The U.S. military reports"), T("killed", at="Division was killed"),
          "'An Army soldier with the 1st Infantry Division was killed when a combat patrol was attacked near Duluiyah.' -> killed 1 (US Army by context)."),
        E("e6", CA, KIL, A(None), None, C("at least six deaths", num="six", value=6, low=6, qualifier="at least"),
          IRQ(at="six deaths in Iraq"), D("2005-01-25", "for Wednesday January 25th", derived_from_context=True),
          S("The U.S. military reports"), T("deaths", at="six deaths"),
          "'A series of car bombs and attacks resulted in at least six deaths in Iraq and more wounded' -> killed, at least 6."),
        E("e7", CA, WND, A("USA", "U.S.", at="U.S. military personnel"), False,
          C("at least seven U.S. military personnel", num="seven", value=7, low=7, qualifier="at least"),
          IRQ(at="six deaths in Iraq"), D("2005-01-25", "for Wednesday January 25th", derived_from_context=True),
          S("The U.S. military reports"), T("wounded", at="more wounded"),
          "'... and more wounded, including at least seven U.S. military personnel' -> wounded, at least 7 (the 'more wounded' total has no count)."),
    ],
    hard_negatives=[
        H("1st Marine Division", "unit number"),
        H("355 km", "distance"),
        H("two Black Hawk  helicopters", "count of aircraft"),
        H("a Chinook  which was shot down", "aircraft loss with no count of people"),
        H("1st Marine Expeditionary Unit", "unit number"),
        H("1st Infantry Division", "unit number"),
    ])

# ---------------------------------------------------------------- 2006 Benghazi consulate riot
BEN = L("Benghazi , Libya", "LBY", "Benghazi", 32.12, 20.07, 1)
ANN["wn_2006_02_19_libya_benghazi_consulate_riot"] = dict(
    events=[
        E("e1", CA, KIL, A(None), None, C("At least 11 people", num="11", value=11, low=11, qualifier="at least"), BEN,
          D("2006-02-17", "on Friday"), None, T("died"),
          "'At least 11 people died in Benghazi, Libya on Friday when about 1,000 protesters surrounded and set fire to an Italian consulate' -> killed, at least 11. Friday in a Sunday story = 17 February 2006."),
        E("e2", CA, CAS, A(None), None, C("eleven casualties", num="eleven", value=11), BEN,
          D("2006-02-17", "on Friday", derived_from_context=True), S("A Libyan government statement said"),
          T("casualties", at="eleven casualties"),
          "'A Libyan government statement said, \"eleven casualties, including dead, resulted from the clashes.\"' -> outcome casualties (the statement does not say how many died), a separate claim from the article's 'at least 11 ... died' (close call)."),
    ],
    hard_negatives=[
        H("about 1,000 protesters", "rioting crowd, not an armed force or casualty"),
        H("some of the casualties were police officers", "breakdown with no count"),
    ])

# ---------------------------------------------------------------- 2006 Yala teachers
LASTWK = D("2006-02-02/2006-02-05", "late last week", approx=True)
ANN["wn_2006_02_08_thailand_yala_teachers_shot"] = dict(
    events=[
        E("e1", CA, WND, A("THA"), True, C("four teachers", num="four", value=4),
          L("Ban Lue Mu school in Yala", "THA", "Yala", None, None, 3), LASTWK, None, T("shooting", at="the shooting of four"),
          "'School closures were initially sparked with the shooting of four teachers at Ban Lue Mu school in Yala late last week.' -> the fate is not stated: wounded, the minimal outcome (as set (z)'s shootings). Teachers -> civilian, Thai by plain implication. 'late last week' = end of the week 30 January-5 February 2006 (approx). The school's coordinates are unknown (precision 3, the province)."),
        E("e2", CA, WND, A("THA"), True, C("a fifth teacher", num="a", value=1),
          L("Thailand 's southern province of Yala", "THA", "Yala", None, None, 3), D("2006-02-02/2006-02-05", "late last week", derived_from_context=True, approx=True),
          None, T("shot", at="teacher was shot"),
          "'a fifth teacher was shot on his way home' -> wounded 1 (fate not stated; 'fifth' numbers him after the four, value 1)."),
        E("e3", CA, KIL, A(None), None, C("exceeding 1,000", num="1,000", value=1000, low=1000, qualifier="exceeding"),
          L("the predominantly Muslim  provinces that border Malaysia", "THA", None, None, None, 3),
          D("2004-01/2006-02-08", "early 2004", approx=True), None, T("death toll", at="a death toll exceeding"),
          "'the insurgency ... having started in early 2004 ... are reported to have resulted in a death toll exceeding 1,000' -> killed, over 1,000, running total since early 2004 (approx).",
          cumulative=True, hedge="are reported"),
    ],
    hard_negatives=[
        H("Approximately 250 primary schools", "count of schools"),
        H("one person per day", "a rate, not a count of people"),
        H("three southernmost provinces", "count of provinces"),
    ])

# ---------------------------------------------------------------- 2006 Baghdad 14 bodies
THU_B = D("2006-02-02", "on Thursday", derived_from_context=True)
ANN["wn_2006_02_03_iraq_baghdad_14_bodies"] = dict(
    events=[
        E("e1", CA, KIL, A("IRQ"), True, C("Fourteen bodies", num="Fourteen", value=14),
          L("Baghdad , Iraq", "IRQ", "Baghdad", 33.34, 44.40, 1), D("2006-02-02", "on Thursday"), None, T("bodies"),
          "'Fourteen bodies were found on Thursday by police in Baghdad' -> killed 14 (bodies with gunshot wounds); 'The men, all civilians' -> civilian true; Iraqi by plain implication. Thursday in a Friday story = 2 February 2006.",
          is_total=True),
        E("e2", CA, KIL, A("IRQ"), True, C("Eleven of the men", num="Eleven", value=11),
          L("Baghdad , Iraq", "IRQ", "Baghdad", 33.34, 44.40, 1), THU_B, None, T("found", at="were found in the back"),
          "'Eleven of the men were found in the back of a truck.' -> part of the 14.", part_of="e1"),
        E("e3", CA, KIL, A("IRQ"), True, C("The other three", num="three", value=3),
          L("Rustamiya on the southeastern outskirts of the capital", "IRQ", "Baghdad", 33.27, 44.49, 2), THU_B, None,
          T("found", at="three were found"),
          "'The other three were found near a road in Rustamiya on the southeastern outskirts of the capital.' -> part of the 14.",
          part_of="e1"),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- 2006 Waziristan informant beheaded
WAZ = L("Pakistan 's troubled Waziristan  province", "PAK", "Federally Administered Tribal Areas", None, None, 3)
ANN["wn_2006_04_28_pakistan_waziristan_informant_beheaded"] = dict(
    events=[
        E("e1", CA, KIL, A("PAK"), True, C("a cab driver", num="a", value=1),
          L("a town 25  south of Wana", "PAK", "Federally Administered Tribal Areas", 32.08, 69.55, 2),
          D("2006-04-25", "on Tuesday", derived_from_context=True), None, T("decapitated"),
          "'Pro-Taliban militants in Pakistan's troubled Waziristan province decapitated a cab driver on suspicions that he was an American informant.' -> killed 1, civilian (a driver), Pakistani by plain implication. Date: his body was found Tuesday (25 April 2006; derived, the killing day is not given). Place from the next sentence (the '25' lacks its unit; coordinates estimated).",
          part_of="e2"),
        E("e2", CA, KIL, A(None), None, C("the fourth such killing", num="fourth", value=4, qualifier="ordinal"), WAZ,
          D("2006-04-01/2006-04-28", "this month"), None, T("killing", at="such killing"),
          "'This is the fourth such killing in the region this month.' -> ordinal running total: 4 beheadings of suspected informants in April 2006 (cumulative; close call: the ordinal counts killings, each of one person).",
          cumulative=True, is_total=True),
        E("e3", CA, KIL, A(None), None, C("another decapitated body", num="another", value=1), WAZ,
          D("2006-04-14", "Two weeks ago", approx=True), None, T("decapitated", at="another decapitated"),
          "'Two weeks ago, another decapitated body was found with a note saying the victim was an American spy' -> killed 1 (body), one of the four.",
          part_of="e2"),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- 2005 Bush civilian toll
SINCE03 = D("2003-03/2005-12-13", "since the U.S. invasion of the country in 2003")
ANN["wn_2005_12_13_iraq_bush_civilian_toll"] = dict(
    events=[
        E("e1", CA, KIL, A("IRQ", "Iraqis", at="30,000 Iraqis"), True,
          C("30,000 Iraqis, more or less", num="30,000", value=30000, approx=True, qualifier="more or less"),
          IRQ(at="troops in Iraq"), SINCE03,
          S("United States President George W. Bush  put a number on the death toll of Iraqi civilians, saying"),
          T("died", at="have died"),
          "'Bush put a number on the death toll of Iraqi civilians, saying \"30,000 Iraqis, more or less, have died ...\"' -> killed, about 30,000, running total since the 2003 invasion; civilian true by the lead's 'Iraqi civilians'. 'the 30,000 figure' restates it (alt).",
          cumulative=True, alt_mentions=[S("the 30,000 figure")]),
        E("e2", CA, KIL, A("USA"), False, C("about 2,140 of our troops", num="2,140", value=2140, approx=True, qualifier="about"),
          IRQ(at="troops in Iraq"), SINCE03, S("United States President George W. Bush  put a number on the death toll of Iraqi civilians, saying"),
          T("lost", at="We've lost"),
          "'\"We've lost about 2,140 of our troops in Iraq\" since the U.S. invasion of the country in 2003' -> killed, about 2,140 US troops (actor from the speaker), running total.",
          cumulative=True),
        E("e3", CA, KIL, A("IRQ", "Iraqi", at="Iraqi civilians killed"), True,
          C("a low of 27,383 and a high of 30,892", num="27,383", value=None, low=27383, high=30892, approx=True, qualifier="range"),
          None, D(None), S("The Web site Iraqbodycount.org estimates"), T("killed", at="documented to have been killed"),
          "'Iraqbodycount.org estimates ... the number of Iraqi civilians killed at a low of 27,383 and a high of 30,892' -> killed, range 27,383-30,892 (running total; no period in the sentence).",
          cumulative=True),
        E("e4", CA, KIL, A("IRQ"), True, C("around 10,000", num="10,000", value=10000, approx=True, qualifier="around"),
          None, D(None), S("the Lancet Survey"), T("death toll", at="estimates the death toll"),
          "'the Lancet Survey ... estimates the death toll to be around 10,000' -> killed, about 10,000 Iraqi civilian deaths as written (the text's figure; the survey itself said about 100,000).",
          cumulative=True),
    ],
    hard_negatives=[
        H("September 11, 2001", "date"),
    ])

# ---------------------------------------------------------------- 2003 Couso (2005 warrant)
ANN["wn_2005_10_20_iraq_couso_arrest_warrant"] = dict(
    events=[
        E("e1", CA, KIL, A(["ESP", "UKR"]), True,
          C("a Spanish journalist, Jose Couso, and a Ukrainian  cameraman", num="a", value=2, qualifier="conjunction"),
          L("a Baghdad  hotel", "IRQ", "Baghdad", 33.31, 44.42, 1), D("2003-04-08", "on April 8, 2003"), None,
          T("killed", at="tank fire killed"),
          "'3 U.S. soldiers whose tank fire killed a Spanish journalist, Jose Couso, and a Ukrainian cameraman in a Baghdad hotel on April 8, 2003' -> killed 2 (two coordinated singulars, one of them named); list actor ESP/UKR; journalists -> civilian."),
    ],
    hard_negatives=[
        H("3 U.S.  soldiers", "soldiers named in an arrest warrant, not a deployment or capture"),
        H("the three will be extradited", "hypothetical extradition"),
        H("the three men", "restatement of the accused soldiers"),
    ])

# ---------------------------------------------------------------- 2006 Vadodara riots
VAD = L("Vadodara", "IND", "Gujarat", 22.31, 73.18, 1)
ANN["wn_2006_05_03_india_vadodara_riots"] = dict(
    events=[
        E("e1", CA, KIL, A(None), None, C("At least 6 people", num="6", value=6, low=6, qualifier="at least"), VAD, D(None),
          None, T("killed", at="were killed in the clashes"),
          "'At least 6 people were killed in the clashes' -> killed, at least 6 (no day given)."),
        E("e2", CA, KIL, A("IND"), True, C("one citizen", num="one", value=1), VAD, D(None), None, T("burnt alive"),
          "'... and one citizen (35 year-old Rafiq Vora) was burnt alive in his car by an angry mob' -> killed 1 (citizen -> civilian; Indian by implication). Whether he is among the six is not said (no part_of; close call)."),
        E("e3", CA, KIL, A(None), None, C("thousands", value=None, low=2000, approx=True, qualifier="thousands", at="left thousands"),
          L("Vadodara", "IND", "Gujarat", 22.31, 73.18, 1, at="Vadodara is infamous"), D("2002", "in 2002", at="clashes in 2002"),
          None, T("dead", at="thousands dead"),
          "'Vadodara is infamous for the horrific Hindu-Muslim clashes in 2002, which left thousands dead.' -> killed, thousands (low 2,000)."),
    ],
    hard_negatives=[
        H("at least 200 years old", "age of the shrine"),
        H("six battalions of Rapid Action Force", "deployment stated only in units (GUIDELINES 2)"),
        H("multiple companies", "units, no head count"),
    ])

# ---------------------------------------------------------------- 2005 Beit Liqya protesters
BLQ = L("Beit Laqia", "PSE", "Ramallah and al-Bireh", 31.87, 35.07, 1, at="In Beit Laqia")
WED_BL = D("2005-05-04", "Wednesday", at="demonstrating Wednesday")
ANN["wn_2005_05_05_west_bank_beit_laqia_protesters_killed"] = dict(
    events=[
        E("e1", CA, KIL, A("PSE", "Palestinian", at="Palestinian youths"), True, C("two Palestinian youths", num="two", value=2),
          BLQ, dict(WED_BL, derived_from_context=True), None, T("killing", at="the killing of two"),
          "'the killing of two Palestinian youths by an Israeli army unit' -> killed 2; told in detail in the next paragraph ('killing two protesters', alt), which gives the place and 'Wednesday' (4 May 2005, derived).",
          alt_mentions=[S("two protesters", at="killing two protesters")]),
        E("e2", PR, None, A("ISR"), False, C("six soldiers", num="six", value=6), BLQ, dict(WED_BL, derived_from_context=True),
          S("According to the Israeli army"), T("disperse", at="tried to disperse"),
          "'According to the Israeli army, a unit of six soldiers tried to disperse the crowd' -> presence 6 (a force operating at the protest)."),
    ],
    hard_negatives=[
        H("three additional West Bank  towns", "count of towns"),
        H("about 300 Palestinian protesters", "protest crowd"),
        H("two jeeps", "count of vehicles"),
        H("two of five towns", "count of towns"),
    ])

# ---------------------------------------------------------------- 2006 Minsk arrests
MINSK = L("Minsk , Belarus", "BLR", "Minsk", 53.90, 27.56, 1)
ANN["wn_2006_03_24_belarus_minsk_protest_arrests"] = dict(
    events=[
        E("e1", CA, CAP, A("BLR"), True, C("some 300 protesters", num="300", value=300, approx=True, qualifier="some"), MINSK,
          D("2006-03-24", "this morning's raid", derived_from_context=True), None, T("arrested", at="Police arrested"),
          "'Police arrested some 300 protesters in the process of ending the demonstration.' -> captured, about 300; protesters in Minsk, Belarusian by plain implication. Date: 'this morning's raid' (publication day, derived)."),
        E("e2", CA, CAP, A("BLR"), True, C("an estimated 400", num="400", value=400, approx=True, qualifier="an estimated"), MINSK,
          D("2006-03-20/2006-03-24", "during the five-day protest", approx=True), None, T("arrested", at="400 arrested"),
          "'including an estimated 400 arrested during the five-day protest against the election' -> captured, about 400, running total of the five days (cumulative; includes e1, not linked because the figures overlap only partly).",
          cumulative=True),
        E("e3", CA, CAP, A("CAN", "Canadian", at="Canadian journalist"), True, C("a freelance Canadian journalist", num="a", value=1),
          MINSK, D("2006-03-24", "this morning's raid", derived_from_context=True),
          S("Pamela Greenwell, a spokeswoman for the Foreign Affairs Department, confirmed"), T("arrested", at="also arrested"),
          "'a freelance Canadian journalist was also arrested during the raid' -> captured 1, part of the morning's arrests.",
          part_of="e1"),
    ],
    hard_negatives=[
        H("four days", "duration"),
        H("twenty-five member states", "count of states"),
    ])

# ---------------------------------------------------------------- 2006 Zarqawi airstrike
SAFE = L("a two-storey safehouse about 8 km north of the city in Diyala  province", "IRQ", "Diyala", 33.82, 44.64, 2)
WED_Z = D("2006-06-07", "Wednesday evening")
ANN["wn_2006_06_08_iraq_zarqawi_airstrike"] = dict(
    events=[
        E("e1", CA, KIL, A("al-Qaeda in Iraq"), False,
          C("Several aides", num="Several", value=None, low=3, approx=True, qualifier="several"), SAFE, WED_Z, None,
          T("died", at="also died"),
          "'Several aides also died with him in the Wednesday evening raid by U.S. F-16 warplanes' -> killed, several (low 3); Zarqawi's aides -> al-Qaeda in Iraq by context. Not linked to the six of e2 (different statements). Wednesday in a Thursday story = 7 June 2006."),
        E("e2", CA, KIL, A(None), None, C("six people", num="six", value=6), SAFE, dict(WED_Z, derived_from_context=True),
          S("The US military also confirmed"), T("killed", at="were killed in the strike"),
          "'The US military also confirmed that six people were killed in the strike, including al-Zarqawi' -> killed 6 (the named Zarqawi included).",
          is_total=True),
        E("e3", CA, KIL, A(None), None, C("three men", num="three", value=3), SAFE, dict(WED_Z, derived_from_context=True),
          None, T("death toll", at="The death toll is reported"),
          "'The death toll is reported at three men, three women.' -> part of the six (hedge 'is reported').",
          part_of="e2", hedge="is reported"),
        E("e4", CA, KIL, A(None), True, C("three women", num="three", value=3), SAFE, dict(WED_Z, derived_from_context=True),
          None, T("death toll", at="The death toll is reported"),
          "'... three women.' -> part of the six; women -> civilian true (GUIDELINES 3; close call).",
          part_of="e2", hedge="is reported"),
    ],
    hard_negatives=[
        H("$25 million", "money"),
        H("two 500-pound bombs", "count of bombs"),
        H("$40,000", "money"),
        H("hundreds of suicide attacks", "count of attacks"),
        H("Task Force 145", "unit number"),
        H("al-Zarqawi's wife and daughter", "reported but unconfirmed deaths with no count word"),
    ])

# ---------------------------------------------------------------- 2006 Darfur peace agreement
DARF = L("the Darfur  region of Sudan", "SDN", None, None, None, 3)
ANN["wn_2006_05_05_sudan_darfur_peace_agreement"] = dict(
    events=[
        E("e1", CA, KIL, A(None), None, C("about 200,000", num="200,000", value=200000, approx=True, qualifier="about"), DARF,
          D("2003/2006-05-05", "three years of conflict", at="end three years of conflict"), None, T("killed", at="had killed about"),
          "'The conflict had killed about 200,000 and left about two million homeless.' -> killed, about 200,000, running total of the three-year war (2003 onward). 'claimed 200,000 lives' restates it (alt).",
          cumulative=True, alt_mentions=[S("200,000 lives")]),
        E("e2", DP, None, A("AU", "African Union", at="African Union troops"), False,
          C("Some 7,000 African Union troops", num="7,000", value=7000, approx=True, qualifier="some"),
          L("Darfur", "SDN", None, None, None, 3, at="deployed in Darfur"), D(None), None, T("deployed", at="been deployed in Darfur"),
          "'Some 7,000 African Union troops had slowly been deployed in Darfur on a very limited mandate.' -> deployment, about 7,000 (no date)."),
        E("e3", DP, None, A("SDN"), False,
          C("Thousands of extra policemen", num="Thousands", value=None, low=2000, approx=True, qualifier="thousands"),
          None, D(None), None, T("deployed", at="policemen were deployed"),
          "'Thousands of extra policemen were deployed but the refugees had little faith in the Sudanese security forces.' -> deployment, thousands (low 2,000), Sudanese government police by context; police -> civilian false. No place in the sentence (location null)."),
    ],
    hard_negatives=[
        H("about two million homeless", "displaced people (GUIDELINES 2)"),
        H("Two smaller rebel groups", "count of groups"),
        H("Integrate 4,000 former combatants", "planned integration, not a deployment or casualty"),
        H("Integrate 1,000 into the police", "planned integration"),
        H("Support 3,000", "planned programme"),
        H("at least eight of 10 seats", "count of seats"),
        H("12 seats", "count of seats"),
        H("21 seats", "count of seats"),
        H("More than 90 villages", "count of villages"),
        H("Many women were reported being abducted", "abductions with no count"),
        H("Some 200,000 had also sought safety", "refugees (displaced), not a casualty"),
        H("a 600km stretch", "distance"),
        H("four Sudanese nationals", "people under sanctions, not captured"),
        H("more than two million people", "refugees"),
    ])

# ---------------------------------------------------------------- 2004 Narathiwat raid anniversary (CUT)
ANN["wn_2006_01_04_thailand_narathiwat_raid_anniversary"] = dict(
    events=[
        E("e1", CA, KIL, A("THA"), False, C("four soldiers", num="four", value=4),
          L("Ratchanakharin army camp in Narathiwat Province", "THA", "Narathiwat", 6.43, 101.82, 1),
          D("2004-01-04", "Two years on", derived_from_context=True), None, T("killed", at="soldiers killed"),
          "'the daring raid that saw four soldiers killed and over 400 guns stolen' -> killed 4, Thai soldiers by context. Date: 'Two years on from the raids' in a 4 January 2006 item = 4 January 2004 (derived). Camp coordinates estimated."),
        E("e2", CA, KIL, A(None), None, C("over 1,000", num="1,000", value=1000, low=1000, qualifier="over", at="over 1,000 killed"),
          L("the predominantly Muslim provinces that once made up the Malay Sultinate of Pattani", "THA", None, None, None, 3),
          D("2004-01-04/2006-01-04", "since that time"), None, T("killed", at="1,000 killed"),
          "'insurgency action since that time has seen over 1,000 killed' -> killed, over 1,000, running total since the raid.",
          cumulative=True),
    ],
    hard_negatives=[
        H("over 400 guns", "count of weapons"),
        H("ten or less of the guns", "count of weapons"),
    ])

# ---------------------------------------------------------------- 2005 Moussa Arafat
ANN["wn_2005_09_07_gaza_moussa_arafat_assassination"] = dict(
    events=[
        E("e1", PR, None, A("militants"), False,
          C("up to a hundred men", num="a hundred", value=100, high=100, approx=True, qualifier="up to"),
          L("his home in the Gaza Strip", "PSE", None, None, None, 3), D(None), None, T("overpowered"),
          "'The force, estimated to be up to a hundred men, overpowered Arafat's numerous bodyguards' -> size of the attacking force as presence (GUIDELINES 2), up to 100. Actor: 'a number of militants' (the PRC claimed the attack; close call against 'PRC'). The text gives no day (date null)."),
    ],
    hard_negatives=[
        H("a half-hour shootout", "duration"),
        H("a number of militants", "no count"),
        H("Arafat's numerous bodyguards", "no count"),
        H("the next few weeks", "duration"),
    ])

# ---------------------------------------------------------------- 2005 Ramadi assault
ANN["wn_2005_12_01_iraq_ramadi_rebel_assault"] = dict(
    events=[
        E("e1", PR, None, A("militants"), False, C("around 400 armed men", num="400", value=400, approx=True, qualifier="around"),
          L("the town of Ramadi", "IRQ", "Anbar", 33.42, 43.30, 1), D(None), S("Reuters reports"), T("launched an attack"),
          "'Reuters reports that around 400 armed men launched an attack on the town of Ramadi' -> attacking force as presence, about 400; unnamed armed men -> 'militants' (leaflets claimed al-Qaeda in Iraq, 'allegedly'). No day given."),
    ],
    hard_negatives=[
        H("no U.S. forces in the streets", "negated presence"),
        H("around 400'000", "population"),
    ])

# ---------------------------------------------------------------- 2006 Palestine TV raid
PTV = L("a building used by Palestinian Television in Khan Younis", "PSE", "Khan Yunis", 31.35, 34.30, 1)
ANN["wn_2006_06_05_gaza_khan_younis_palestine_tv_raid"] = dict(
    events=[
        E("e1", PR, None, A("militants"), False, C("Approximately 15 gunmen", num="15", value=15, approx=True, qualifier="approximately"),
          PTV, D("2006-06-05", "today"), S("the staff reported"), T("stormed"),
          "'Approximately 15 gunmen fired toward the sky as they stormed the building ... the staff reported' -> attacking force as presence, about 15."),
        E("e2", CA, WND, A(None), True, C("a cameraman", num="a", value=1), PTV, D("2006-06-05", "today", derived_from_context=True),
          None, T("beating up"),
          "'After wreaking havoc for several minutes and beating up a cameraman, the vandals left.' -> wounded 1 (beaten; close call: no injury is stated), a TV worker -> civilian."),
    ],
    hard_negatives=[
        H("several minutes", "duration"),
        H("30 minutes", "duration"),
    ])

# ---------------------------------------------------------------- 2005 Gaza teenagers shot
ANN["wn_2005_04_09_gaza_teenagers_shot_border"] = dict(
    events=[
        E("e1", CA, KIL, A("PSE"), True, C("three teenagers", num="three", value=3),
          L("a no-go zone near a refugee camp, in southern Gaza", "PSE", "Rafah", 31.28, 34.25, 2), D("2005-04-09", "earlier today"),
          None, T("shot down"),
          "'three teenagers were shot down earlier today while trying to smuggle firearms through the Egyptian border' -> killed 3 ('shot down'; the paragraph speaks of 'the killing'), Palestinian children by context -> civilian true (the army says they were smugglers; close call). Place from the next sentence (coordinates: Rafah area, estimated)."),
    ],
    hard_negatives=[
        H("The two month old truce", "duration"),
        H("no one was injured", "negated casualty"),
    ])

# ---------------------------------------------------------------- 2006 Safed rocket, Lebanon strikes
ANN["wn_2006_05_28_israel_safed_rocket_lebanon_strikes"] = dict(
    events=[
        E("e1", CA, WND, A("ISR", "Israeli", at="Israeli soldier"), False, C("an Israeli soldier", num="an", value=1),
          L("an army base near the Israeli town of Safed", "ISR", "Northern District", 32.96, 35.50, 2),
          D("2006-05-28", "today", at="conducted today", derived_from_context=True), None, T("hurt", at="was hurt"),
          "'missiles were fired ... a few hours after an Israeli soldier was hurt when a rocket which was fired from Lebanon hit an army base near the Israeli town of Safed' -> wounded 1; the air strikes were 'today', the rocket a few hours earlier (same day, derived)."),
    ],
    hard_negatives=[
        H("up to eight missiles", "count of missiles"),
        H("the two runs", "count of sorties"),
        H("there do not seem to be any casualties", "negated casualty"),
    ])

# ---------------------------------------------------------------- 2006 Baghdad minibus bodies
ANN["wn_2006_03_08_iraq_baghdad_minibus_bodies"] = dict(
    events=[
        E("e1", CA, KIL, A(None), None, C("Eighteen men", num="Eighteen", value=18),
          L("the road between the Amiriyah  and Khadra districts", "IRQ", "Baghdad", 33.30, 44.32, 2), D(None), None,
          T("hanged", at="were hanged"),
          "'Eighteen men ... whose bodies were found bound and blindfolded in a minibus in Baghdad, were hanged.' -> killed 18 (identities unknown: actor/civilian null). Found 'just before midnight' with no day (date null)."),
    ],
    hard_negatives=[
        H("one of the victims", "restatement of one of the eighteen"),
        H("two weeks ago", "date of the shrine bombing (no count)"),
    ])

# ---------------------------------------------------------------- 2006 beheading video
ANN["wn_2006_06_10_iraq_death_squad_beheading_video"] = dict(
    events=[
        E("e1", CA, KIL, A(None), None, C("three men", num="three", value=3), None, D(None), None, T("beheading", at="the beheading"),
          "'A new video posted on the internet by Iraqi insurgents shows the beheading of three men, whom the killers allege are members of a death squad.' -> killed 3. 'It is not known when the video was made' -> date null; no place."),
    ],
    hard_negatives=[
        H("brothers who were killed and are killed every day", "statement quote with no count"),
    ])

# ---------------------------------------------------------------- 2005 ceasefire first day
ANN["wn_2005_02_09_israel_palestine_ceasefire_violence"] = dict(
    events=[
        E("e1", CA, WND, A("PSE", "Palestinian", at="Another Palestinian"), None, C("Another Palestinian man", num="Another", value=1),
          L("near the Israeli settlement of Atzmona", "PSE", "Rafah", 31.30, 34.27, 2), D("2005-02-09", "today", at="the West Bank today", derived_from_context=True),
          None, T("shot", at="being shot in the chest"),
          "'Another Palestinian man is in a critical condition after being shot in the chest. The man, from the Rafah refugee camp, was shot near the Israeli settlement of Atzmona.' -> wounded 1 ('another' = one more; value 1). Date: the day's incidents ('today', derived)."),
    ],
    hard_negatives=[
        H("Two Israeli motorists escaped uninjured", "negated casualty"),
        H("Hassan Alami was found dead", "named individual, no count word"),
        H("1000 Palestinians", "work permits, not troops or casualties"),
    ])

# ---------------------------------------------------------------- 2005 al-Libbi capture
ANN["wn_2005_05_05_pakistan_al_libbi_capture"] = dict(
    events=[
        E("e1", CA, CAP, A("al-Qaeda", "al-Qaeda", at="al-Qaeda  militants"), False,
          C("five other suspected al-Qaeda  militants", num="five", value=5), L("Waziristan", "PAK", "Federally Administered Tribal Areas", None, None, 3),
          D("2005-05-02", "on Monday"), S("Pakistan  Information Minister Sheikh Rashid Ahmed  announced"), T("capture", at="the capture of Abu"),
          "'announced Wednesday the capture of Abu Faraj al-Libbi, and five other suspected al-Qaeda militants, after a gun battle in Waziristan on Monday' -> captured 5 (the named al-Libbi is not counted). Monday in a Thursday story = 2 May 2005; 'Wednesday' is the announcement."),
    ],
    hard_negatives=[
        H("two attempts to assassinate", "count of attempts"),
        H("$10 million", "money"),
    ])

# ---------------------------------------------------------------- 2005 West Bank arrests
ANN["wn_2005_08_13_west_bank_islamic_jihad_arrests"] = dict(
    events=[
        E("e1", CA, CAP, A("Islamic Jihad", "Islamic Jihad", at="members of Islamic Jihad"), None, C("10 people", num="10", value=10),
          L("near the towns of Jenin  and Nablus", "PSE", None, 32.35, 35.28, 2), D("2005-08-12/2005-08-13", "overnight raids", at="During overnight raids"),
          None, T("arrested", at="soldiers arrested"),
          "'During overnight raids, Israeli soldiers arrested 10 people, allegedly members of Islamic Jihad' -> captured 10; 'allegedly' -> civilian null (hedge). The night before a Saturday story = 12-13 August 2005. Coordinates: between the two towns (estimated).",
          hedge="allegedly"),
    ],
    hard_negatives=[
        H("two operations", "count of operations"),
        H("2 days before", "time expression"),
    ])

# ---------------------------------------------------------------- 2005 Gonbaz bodies burned
ANN["wn_2005_10_20_afghanistan_gonbaz_bodies_burned"] = dict(
    events=[
        E("e1", CA, KIL, A("Taliban", "Taliban", at="Taliban  fighters and"), False, C("two suspected Taliban  fighters", num="two", value=2),
          L("outside the southern village of Gonbaz", "AFG", "Kandahar", 31.95, 65.60, 2), D(None), None, T("bodies", at="the bodies of two"),
          "'burned the bodies of two suspected Taliban fighters' -> killed 2 (deaths implied by 'bodies', GUIDELINES 2). The burning is dated October 1, the deaths are not (date null). Gonbaz is only 'the southern village' (Kandahar province by outside knowledge; coordinates a rough estimate)."),
    ],
    hard_negatives=[
        H("173rd Airborne Brigade", "unit number"),
    ])

# ---------------------------------------------------------------- 2005 Colombo blast
ANN["wn_2005_10_06_sri_lanka_colombo_blast"] = dict(
    events=[
        E("e1", CA, WND, A(None), None, C("one person", num="one", value=1), L("Colombo", "LKA", "Western", 6.93, 79.85, 1),
          D("2005-10-06", "during morning rush hour"), S("Officials in Sri Lanka  have confirmed"), T("injured"),
          "'Officials in Sri Lanka have confirmed that an explosion, which occurred during morning rush hour in Colombo, injured one person.' -> wounded 1; morning in a same-day report -> publication day."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- 2005 PA-militant firefight
ANN["wn_2005_07_14_gaza_pa_militant_firefight"] = dict(
    events=[
        E("e1", CA, WND, A("militants"), False, C("6 militants", num="6", value=6), None, D(None), None, T("injured"),
          "'In the firefight 6 militants were injured.' -> wounded 6 (firefight between PA security forces and militants firing rockets; no place or day in the text; 'northern Gaza' belongs to other firefights)."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- 2005 German archaeologist abducted
ANN["wn_2005_11_29_iraq_german_archaeologist_abducted"] = dict(
    events=[
        E("e1", CA, CAP, A(["DEU", "IRQ"]), True, C("A German  citizen and her Iraqi driver", num="A", value=2, qualifier="conjunction"),
          IRQ(at="abducted in Iraq"), D("2005-11-25", "on Friday"), None, T("abducted"),
          "'A German citizen and her Iraqi driver were abducted in Iraq on Friday.' -> captured 2 (two coordinated singulars), list actor DEU/IRQ, civilians. Friday in a Tuesday story = 25 November 2005."),
    ],
    hard_negatives=[
        H("three armed men", "kidnappers shown on a tape, not an attacking force in action"),
        H("43-year old", "age"),
        H("10-year old daughter", "age"),
    ])

# ---------------------------------------------------------------- 2005 Port-au-Prince protest shooting
ANN["wn_2005_12_15_haiti_port_au_prince_protest_shooting"] = dict(
    events=[
        E("e1", CA, WND, A(None), None, C("3 people", num="3", value=3),
          L("the presidential palace in the capitol city of Port-au-Prince", "HTI", "Ouest", 18.54, -72.34, 1),
          D("2005-12-12", "on Monday", derived_from_context=True), None, T("wounded", at="shot and wounded"),
          "'The police reacted violently, resulting in 3 people being shot and wounded.' -> wounded 3 (people: actor/civilian null). Monday in a Thursday story = 12 December 2005 (first sentence, derived)."),
    ],
    hard_negatives=[
        H("at least 2,000 Haitian", "deported people, not casualties"),
        H("several Dominican villagers", "attackers on settlements, no casualty count"),
    ])

# ---------------------------------------------------------------- 2005 East Timor withdrawal (1999 INTERFET)
ANN["wn_2005_06_13_east_timor_australian_withdrawal"] = dict(
    events=[
        E("e1", DP, None, A("AUS", "Australians", at="5,000 Australians"), False, C("the 5,000 Australians", num="5,000", value=5000),
          L("East Timor", "TLS", None, None, None, 4, at="base in East Timor"), D("1999", "in 1999"),
          S("Lieutenant Colonel Brian Cox, commander of the ADF in East Timor, says"), T("came in", at="We came in here"),
          "'\"We came in here in a period of turmoil in 1999 with INTERFET and General (Peter) Cosgrove leading the 5,000 Australians then\"' -> deployment, 5,000 (1999). The 2005 withdrawal ('almost all their personnel will be out', 'A small number will remain') has no type or no count (hard negatives)."),
    ],
    hard_negatives=[
        H("almost all their personnel", "withdrawal, no count (GUIDELINES 2)"),
        H("A small number will remain", "no count"),
        H("the past three years", "duration"),
    ])

# ---------------------------------------------------------------- 2005 Chechnya helicopter crash
GROZ = L("near Grozny , Chechnya", "RUS", "Chechnya", 43.32, 45.69, 2)
MAR10 = D("2005-03-10", "on Thurs March 10", derived_from_context=True)
ANN["wn_2005_03_18_russia_chechnya_helicopter_crash"] = dict(
    events=[
        E("e1", CA, KIL, A("RUS", "Russian", at="A Russian"), False, C("15 of the 16 servicemen", num="15", value=15), GROZ, MAR10, None,
          T("killed", at="Chechnya  killed"),
          "'A Russian helicopter crash near Grozny, Chechnya killed 15 of the 16 servicemen aboard, leaving one seriously injured.' -> killed 15 (hostile fire 'seems doubtful'; a military loss in the war zone, annotated as set (aa)-style crash deaths; close call). Date: Thursday March 10 of the next sentence (derived)."),
        E("e2", CA, WND, A("RUS"), False, C("one", value=1, at="leaving one seriously"), GROZ, MAR10, None, T("injured", at="seriously injured"),
          "'... leaving one seriously injured' -> wounded 1."),
        E("e3", DP, None, A("RUS"), False, C("7 intelligence officers", num="7", value=7),
          L("the region", "RUS", "Chechnya", None, None, 3, at="being sent into the region"), MAR10,
          S("Interfax quoted a source within the Russian military as saying"), T("being sent", at="being sent into the region"),
          "'the helicopter was transporting 7 intelligence officers being sent into the region for \"anti-terorist activities\"' -> deployment 7 ('the region' = Chechnya; being sent when the aircraft crashed). Not linked to the 16 servicemen aboard (different event type)."),
    ],
    hard_negatives=[
        H("Mi-8", "aircraft designation"),
    ])

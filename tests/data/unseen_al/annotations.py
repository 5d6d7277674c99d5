# -*- coding: utf-8 -*-
"""Gold annotations of set (al), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; 'XKX' for Kosovo, the user-assigned code in
common use, as no ISO code exists), admin1, lat/lon (2 decimals; null for provinces, regions, districts and
countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point, part of a city or an offset from a
city, 3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""

from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)


def E(eid, typ, outcome, actor, civ, count, loc, date, src, trig, notes, **kw):
    ev = dict(id=eid, type=typ, actor=actor, civilian=civ, count=count, location=loc, date=date, source=src,
              trigger=trig, notes=notes)
    if outcome:
        ev["outcome"] = outcome
    ev.update(kw)
    return ev


K, W, CAP, MIS = "killed", "wounded", "captured", "missing"
CAS, PRE, DEP = "casualty", "presence", "deployment"
ANN = {}

# ---------------------------------------------------------------- 1 Kashmir 2003: army camp near Jammu
JAMMU = L("a sprawling army camp on the outskirts of Kashmir's winter capital, Jammu", "IND", "Jammu and Kashmir", 32.73, 74.86, 2)
SAT = D("2003-06-28", "early Saturday", derived_from_context=True)
ANN["voa_2003_06_28_kashmir_jammu_army_camp"] = dict(
    events=[
        E("e1", CAS, K, A("IND"), False, C("12 soldiers", num="12", value=12), JAMMU, SAT, None,
          T("killed", at="militants have killed"),
          "'suspected Islamic militants have killed 12 soldiers and wounded seven others in an attack on an army camp' -> killed 12 Indian soldiers (actor from context: Indian Kashmir, an Indian army camp; surface null). Place and day ('early Saturday' = 28 June 2003, the publication day) from the third sentence (derived)."),
        E("e2", CAS, W, A("IND"), False, C("seven others", num="seven", value=7), JAMMU, SAT, None,
          T("wounded", at="and wounded seven"), "'... and wounded seven others' -> wounded 7 soldiers."),
        E("e3", PRE, None, A("militants", "Muslim rebels", at="suspected Muslim rebels"), False,
          C("two suspected Muslim rebels", num="two", value=2), JAMMU, D("2003-06-28", "early Saturday"),
          S("Indian authorities say"), T("infiltrated"),
          "'Indian authorities say two suspected Muslim rebels scaled a wire fence, and infiltrated a sprawling army camp ...' -> size of the attacking force as presence (GUIDELINES 2). 'Police say the suspected rebels were killed in a gun battle' has no count word and is a hard negative."),
        E("e4", CAS, K, A(None), None, C("More than 35,000 people", num="35,000", value=35000, low=35000, qualifier="more than"),
          L("Kashmir", "IND", "Jammu and Kashmir", None, None, 3, at="revolt in Kashmir"),
          D("1989/2003-06-28", "since 1989", derived_from_context=True), None, T("killed", at="have been killed in the violence"),
          cumulative=True,
          notes="'More than a dozen Islamic groups have been waging a separatist revolt in Kashmir since 1989. More than 35,000 people have been killed in the violence.' -> running toll since 1989 (cumulative; period from the previous sentence, derived). 'people' -> actor and civilian null."),
    ],
    hard_negatives=[
        H("the suspected rebels were killed", "the two attackers' deaths restated without a count word (the two are counted as presence in e3)"),
        H("two months ago", "duration"),
        H("More than a dozen Islamic groups", "count of groups"),
        H("the two countries", "count of countries"),
    ])

# ---------------------------------------------------------------- 2 Iraq 2004: Fallujah roadside bomb, Samarra car bomb
FALL = L("north of Fallujah", "IRQ", "Anbar", 33.40, 43.78, 2)
SAM = L("the city of Samarra", "IRQ", "Salah ad Din", 34.20, 43.87, 1)
SAT24 = D("2004-01-24", "Saturday")
ANN["voa_2004_01_24_iraq_fallujah_samarra"] = dict(
    events=[
        E("e1", CAS, K, A("USA", "American", at="two American"), False, C("two American soldiers", num="two", value=2), FALL,
          D("2004-01-24", "Saturday", derived_from_context=True), None, T("killed", at="has killed two"),
          "'A roadside bomb near the central Iraqi town of Fallujah has killed two American soldiers.' -> killed 2; the place is refined in the second paragraph ('near their convoy north of Fallujah'). Date: the lede says 'In a separate incident Saturday' for Samarra, implying the same day for Fallujah (derived; close call, the headline is dated 2004-01-24). 'the soldiers were killed' (U.S. military officials say) restates without a count word.",
          reported_date="2004-01-24"),
        E("e2", CAS, K, A("IRQ", "Iraqis", at="three Iraqis"), None, C("at least three Iraqis", num="three", value=3, low=3, qualifier="at least"),
          SAM, SAT24, None, T("killing", at="Samarra, killing"),
          "'a car bomb exploded in the city of Samarra, killing at least three Iraqis' -> killed, at least 3 (Iraqis: civilian status not stated -> null)."),
        E("e3", CAS, W, A(None), None, C("close to 40 other people", num="40", value=40, high=40, approx=True, qualifier="close to"),
          SAM, SAT24, None, T("injuring"), is_total=True,
          notes="'... and injuring close to 40 other people, including seven U.S. soldiers' -> wounded, close to 40 (upper bound like 'nearly'); total that includes e4; mixed -> actor null."),
        E("e4", CAS, W, A("USA", "U.S.", at="seven U.S."), False, C("seven U.S. soldiers", num="seven", value=7), SAM, SAT24, None,
          T("wounded", at="who were wounded"), part_of="e3",
          notes="'including seven U.S. soldiers who were wounded by flying glass' -> wounded 7, part of the close-to-40. 'the injured Americans' later restates without a count."),
    ],
    hard_negatives=[
        H("about 80 kilometers", "distance"),
        H("about 100 kilometers", "distance"),
    ])

# ---------------------------------------------------------------- 3 Kosovo 2004: March unrest, NATO reinforcements
MIT = L("Mitrovice itself", "XKX", "Mitrovica", 42.89, 20.87, 1)
ANN["voa_2004_03_19_kosovo_nato_reinforcements"] = dict(
    events=[
        E("e1", CAS, K, A(None), None, C("a man they said was a sniper", num="a", value=1), MIT, D(None), S("they said"),
          T("shot dead"),
          "'In Mitrovice itself, where the current rash of violence broke out on Wednesday, NATO forces shot dead a man they said was a sniper.' -> killed 1 (singular determiner). Actor null: NATO calls him a sniper, 'Serbs said the man was an Albanian' (contested identity; close call, could be ALB-ethnic Kosovar). 'on Wednesday' dates the outbreak, not the shooting -> date null. Source: NATO's claim that he was a sniper ('they said')."),
        E("e2", CAS, K, A(None), None, C("at least 30 people", num="30", value=30, low=30, qualifier="at least"),
          L("Kosovo", "XKX", None, None, None, 4),
          D("2004-03-15/2004-03-19", "earlier in the week", approx=True), S("A U.N. spokesman said"), T("killed", at="were killed in clashes"),
          "'Otherwise, he said, the situation remained tense, but had generally calmed down since earlier in the week, when at least 30 people were killed in clashes.' -> killed, at least 30 ('he' = 'A U.N. spokesman' of the previous sentence; source given as the antecedent phrase). 'earlier in the week' -> Monday-Friday 15-19 March 2004 (approx; the text dates the start of the violence to Wednesday). Place: Kosovo-wide clashes -> country level."),
    ],
    hard_negatives=[
        H("Reinforcements of NATO peacekeepers are arriving", "deployment without a count"),
        H("British soldiers forming part of NATO's peacekeeping contingent are being deployed", "deployment without a count"),
        H("the drowning of two children", "deaths by drowning that one side blamed on the other; not reported as killings in the conflict"),
        H("several hours", "duration"),
        H("One other Serbian community", "count of communities"),
    ])

# ---------------------------------------------------------------- 4 Iraq 2004: Anbar Marines, al-Arabiya bombing, Haswa
ANBAR = L("the Anbar province, west of Baghdad", "IRQ", "Anbar", None, None, 3)
ARAB = L("outside the office of the Arabic television channel, al-Arabiyah, in Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1)
SAT30 = D("2004-10-30", "on Saturday")
ANN["voa_2004_10_30_iraq_anbar_marines_al_arabiya"] = dict(
    events=[
        E("e1", CAS, K, A("USA", "U.S.", at="eight U.S."), False, C("eight U.S. Marines", num="eight", value=8), ANBAR, SAT30,
          S("the U.S. military says"), T("killed", at="Marines were killed"),
          "'the U.S. military says eight U.S. Marines were killed and nine wounded on Saturday' -> killed 8; place from the next sentence (A U.S. military statement: 'in the Anbar province, west of Baghdad')."),
        E("e2", CAS, W, A("USA"), False, C("nine", value=9, at="nine wounded"), ANBAR, SAT30, S("the U.S. military says"),
          T("wounded", at="nine wounded"), "'... and nine wounded on Saturday' -> wounded 9 Marines (noun elided)."),
        E("e3", CAS, K, A(None), None, C("seven people", num="seven", value=7), ARAB, D("2004-10-30", "on Saturday", derived_from_context=True),
          None, T("killed", at="seven people were killed"), is_total=True,
          notes="'Also, seven people were killed and at least 16 wounded when a car bomb exploded outside the office of ... al-Arabiyah, in Baghdad.' -> killed 7 ('Also' after 'on Saturday'; 'a few hours earlier' than the Marine deaths -> same Saturday, derived). Includes the staff members of e5."),
        E("e4", CAS, W, A(None), None, C("at least 16", num="16", value=16, low=16, qualifier="at least"), ARAB,
          D("2004-10-30", "on Saturday", derived_from_context=True), None, T("wounded", at="16 wounded"),
          "'... and at least 16 wounded' -> wounded, at least 16 (noun elided)."),
        E("e5", CAS, K, A(None), True, C("several staff members", num="several", value=None, low=3, approx=True, qualifier="several"),
          ARAB, D("2004-10-30", "a few hours earlier", derived_from_context=True), None, T("killing", at="al-Arabiya, killing"),
          part_of="e3",
          notes="'In Baghdad a few hours earlier, a powerful car bomb exploded outside the office of the Arabic satellite TV channel al-Arabiya, killing several staff members.' -> killed, several (low 3), part of the seven; staff of a TV channel -> civilian true."),
        E("e6", CAS, K, A(None), None, C("at least a dozen people", num="a dozen", value=12, low=12, qualifier="at least"),
          L("the central town of Haswa", "IRQ", "Babil", 32.98, 44.29, 1), D("2004-10-30", "Also on Saturday"), None,
          T("killed", at="reported killed"), hedge="were reported",
          notes="'Also on Saturday, civilian vehicles came under fire and at least a dozen people were reported killed in the central town of Haswa.' -> killed, at least 12 (hedge 'were reported'). The vehicles were civilian but the dead are 'people' and the shooters unclear -> actor and civilian null (close call)."),
    ],
    hard_negatives=[
        H("dozens of cars", "count of vehicles"),
        H("a major US offensive", "an operation, not a count of troops"),
    ])

# ---------------------------------------------------------------- 5 Kashmir 2004: Sopore
ANN["voa_2004_12_03_kashmir_sopore_camp"] = dict(
    events=[
        E("e1", CAS, K, A("IND"), False, C("At least five policemen", num="five", value=5, low=5, qualifier="At least"),
          L("the border town of Sopore", "IND", "Jammu and Kashmir", 34.30, 74.47, 1),
          D("2004-12-03", "early Friday", derived_from_context=True), None, T("killed"),
          "'At least five policemen have been killed in a militant attack on a security camp in Indian-controlled Kashmir.' -> killed, at least 5 (police: civilian false; Indian from context). Place and day ('early Friday' = 3 December 2004) from the next sentence (Local authorities say)."),
    ],
    hard_negatives=[
        H("about 50 kilometers", "distance"),
        H("It was not immediately clear how many rebels were involved", "size of the attacking force not given"),
        H("more than a dozen Islamic militant groups", "count of groups"),
    ])

# ---------------------------------------------------------------- 6 Saudi Arabia 2005: desert shootout
NWR = L("northwest of the capital", "SAU", None, None, None, 3)
ANN["voa_2005_01_09_saudi_al_qaida_shootout"] = dict(
    events=[
        E("e1", CAS, K, A("al-Qaida", "al-Qaida", at="al-Qaida terror"), False,
          C("four members of the al-Qaida terror network", num="four", value=4), NWR, D(None), S("Saudi officials say"),
          T("killed them"),
          "'Saudi officials say police have tracked down four members of the al-Qaida terror network and killed them during a shootout northwest of the capital.' -> killed 4 al-Qaida members. No day is given -> date null (reported on the publication day)."),
        E("e2", CAS, W, A("SAU"), False, C("three police", num="three", value=3), NWR, D(None), S("The ministry said"),
          T("wounded", at="slightly wounded"),
          "'The ministry said three police were slightly wounded.' -> wounded 3 Saudi police (civilian false)."),
        E("e3", CAS, K, A(None), None, C("More than 100 people", num="100", value=100, low=100, qualifier="More than"),
          L("The kingdom", "SAU", None, None, None, 4), D("2003-05/2005-01-09", "since May of 2003", derived_from_context=True),
          None, T("killed", at="have been killed and"), cumulative=True,
          notes="'More than 100 people, many of them foreign workers, have been killed and hundreds of others wounded in the attacks.' -> running toll of the attacks since May 2003 (period from the previous paragraph, derived). Mixed victims ('many of them foreign workers') -> civilian null (close call; GUIDELINES 10 'mostly civilians' would be true, 'many' is weaker)."),
        E("e4", CAS, W, A(None), None, C("hundreds of others", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
          L("The kingdom", "SAU", None, None, None, 4), D("2003-05/2005-01-09", "since May of 2003", derived_from_context=True),
          None, T("wounded", at="others wounded"), cumulative=True,
          notes="'... and hundreds of others wounded in the attacks' -> wounded, hundreds (low 200), running toll since May 2003."),
    ],
    hard_negatives=[
        H("about 275 kilometers", "distance"),
        H("a \"deviant\" group", "a group, not a count of people"),
    ])

# ---------------------------------------------------------------- 8 Pakistan 2006: North Waziristan
MS = L("a small compound near Miran Shah, the region's main town", "PAK", "Khyber Pakhtunkhwa", 33.00, 70.07, 2)
NWZ = L("the North Waziristan tribal area", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
FRI = D("2006-03-10", "late Friday", derived_from_context=True)
ANN["voa_2006_03_11_pakistan_north_waziristan"] = dict(
    events=[
        E("e1", CAS, K, A("militants", "militants", at="suspected militants"), False,
          C("at least 25 suspected militants", num="25", value=25, low=25, qualifier="at least"), MS, FRI, None,
          T("killed", at="have killed"),
          "'Pakistani troops have killed at least 25 suspected militants, some of them thought to be foreigners, in an attack near the Afghan border.' -> killed, at least 25. Place and time from the spokesman's account (attack launched 'late Friday' = 10 March 2006, on a compound near Miran Shah; derived)."),
        E("e2", CAS, K, A("militants", "militants", at="dozens of militants"), False,
          C("dozens of militants", num="dozens", value=None, low=24, approx=True, qualifier="dozens"), MS, FRI,
          S("Military spokesman General Shaukat Sultan"), T("killed", at="security forces killed dozens"),
          "'He said security forces killed dozens of militants ...' -> killed, dozens (low 24); 'He' = Military spokesman General Shaukat Sultan (source given as the antecedent). A different figure from a different source than VOA's 'at least 25' -> separate event (GUIDELINES 6)."),
        E("e3", PRE, None, A("militants", "pro-Taleban militants", at="Hundreds of pro-Taleban"), False,
          C("Hundreds of pro-Taleban militants", num="Hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
          L("the town", "PAK", "Khyber Pakhtunkhwa", 33.00, 70.07, 1, at="seize control of the town"),
          D("2006-02-27/2006-03-05", "last week"), None, T("tried to seize control"),
          "'Hundreds of pro-Taleban militants tried to seize control of the town and one other nearby village last week' -> attacking force as presence, hundreds (low 200). 'the town' = Miran Shah (previous sentence). 'last week' -> Monday-Sunday of the previous week. 'pro-Taleban militants' is not a named group -> 'militants'."),
        E("e4", CAS, K, A("militants", "militants", at="100 militants"), False,
          C("more than 100 militants", num="100", value=100, low=100, qualifier="more than"), NWZ,
          D("2006-02-27/2006-03-11", "Subsequent fighting", derived_from_context=True, approx=True), None,
          T("killed", at="fighting has killed"), cumulative=True,
          notes="'Subsequent fighting has killed more than 100 militants and at least eight security troops while thousands of residents fled the area.' -> killed, more than 100 militants, running toll since last week's attack (approx)."),
        E("e5", CAS, K, A("PAK"), False, C("at least eight security troops", num="eight", value=8, low=8, qualifier="at least"), NWZ,
          D("2006-02-27/2006-03-11", "Subsequent fighting", derived_from_context=True, approx=True), None,
          T("killed", at="fighting has killed"), cumulative=True,
          notes="'... and at least eight security troops' -> killed, at least 8 Pakistani security troops (PAK from context)."),
        E("e6", DEP, None, A("PAK"), False, C("80,000 troops", num="80,000", value=80000),
          L("the area", "PAK", "Khyber Pakhtunkhwa", None, None, 3, at="80,000 troops to the area"), D(None),
          S("Pakistani officials say"), T("deploying"),
          "'Pakistani officials say they are doing everything they can to improve border security, including deploying 80,000 troops to the area.' -> deployment of 80,000 Pakistani troops to the tribal border area; no date."),
    ],
    hard_negatives=[
        H("thousands of residents", "displaced people"),
        H("one other nearby village", "count of villages"),
        H("nearly two years", "duration"),
    ])

# ---------------------------------------------------------------- 9 Iraq 2007: raids, Fallujah wedding convoy
RAM = L("west of Ramadi and south of Baghdad", "IRQ", None, None, None, 3)
THU = D("2007-03-01", "Thursday")
DIY = L("Diyala province, northeast of Baghdad", "IRQ", "Diyala", None, None, 3)
ANN["voa_2007_03_01_iraq_raids_fallujah_wedding"] = dict(
    events=[
        E("e1", CAS, K, A("militants", "suspected terrorists", at="three suspected terrorists"), False,
          C("three suspected terrorists", num="three", value=3), RAM, THU, S("The U.S. military says"), T("killed", at="have killed"),
          "'The U.S. military says coalition forces have killed three suspected terrorists and detained 16 suspects in operations in Iraq Thursday.' -> killed 3. Place from the next sentence ('west of Ramadi and south of Baghdad', two areas -> region level). The raids 'targeted al-Qaida in Iraq' but the dead are called suspected terrorists -> 'militants' (GUIDELINES 10)."),
        E("e2", CAS, CAP, A("militants"), False, C("16 suspects", num="16", value=16), RAM, THU, S("The U.S. military says"),
          T("detained", at="and detained 16"), "'... and detained 16 suspects' -> captured 16 (detention in raids)."),
        E("e3", CAS, K, A(None), True, C("at least five people", num="five", value=5, low=5, qualifier="at least"),
          L("Fallujah", "IRQ", "Anbar", 33.35, 43.78, 1, at="attack in Fallujah"), D(None), None, T("killing", at="wedding, killing"),
          "'a car bomb attack in Fallujah struck a convoy of guests of an Iraqi policeman's wedding, killing at least five people' -> killed, at least 5; wedding guests -> civilian true (IRQ not stated for the victims -> actor null). 'In other news' gives no day -> date null (close call: probably Thursday)."),
        E("e4", CAS, K, A(None), None, C("one person", num="one", value=1), L("the Iraqi capital", "IRQ", "Baghdad", 33.31, 44.37, 1),
          D(None), None, T("killed", at="roadside bomb killed"),
          "'In the Iraqi capital, a roadside bomb killed one person.' -> killed 1; no day given."),
        E("e5", CAS, K, A("insurgents", "insurgents", at="10 insurgents"), False, C("10 insurgents", num="10", value=10), DIY,
          D("2007-02-26", "Monday"), S("The U.S. military also said"), T("killed", at="troops killed"), reported_date="2007-03-01",
          notes="'The U.S. military also said Thursday that American and Iraqi troops killed 10 insurgents and detained five suspects Monday in Diyala province' -> killed 10 on Monday 26 February 2007 (reported Thursday)."),
        E("e6", CAS, CAP, A("insurgents"), False, C("five suspects", num="five", value=5), DIY, D("2007-02-26", "Monday"),
          S("The U.S. military also said"), T("detained", at="and detained five"), reported_date="2007-03-01",
          notes="'... and detained five suspects Monday' -> captured 5."),
    ],
    hard_negatives=[
        H("50 rocket-propelled grenades", "count of weapons"),
        H("150 rounds", "count of ammunition"),
        H("the five permanent members", "count of states"),
        H("injured two pilots", "injuries in a helicopter 'hard landing' with no hostile cause stated (GUIDELINES 2: non-conflict casualties)"),
    ])

# ---------------------------------------------------------------- 10 Iraq 2008: AFPS, kill two, detain 16
TOD = D("2008-04-04", "today")
IRQ10 = L("Iraq", "IRQ", None, None, None, 4, at="forces in Iraq today")
WSAM = L("West of Samarra", "IRQ", "Salah ad Din", 34.20, 43.80, 2)
SHAR = L("Sharqat", "IRQ", "Salah ad Din", 35.51, 43.25, 1)
HAB = L("Habbaniyah", "IRQ", "Anbar", 33.37, 43.57, 1)
MOS1 = L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1, at="-- In Mosul, coalition forces detained a suspect")
TOD_D = D("2008-04-04", "today", derived_from_context=True)
ANN["afps_2008_04_04_iraq_kill_two_detain_16"] = dict(
    events=[
        E("e1", CAS, K, A("militants", "terrorists", at="two terrorists"), False, C("two terrorists", num="two", value=2), IRQ10, TOD,
          S("military officials reported"), T("killed", at="today killed"), is_total=True,
          notes="'Coalition forces in Iraq today killed two terrorists and detained 16 suspected extremists ..., military officials reported.' -> killed 2 today (4 April 2008); total of e3 (West of Samarra) and e4 (Sharqat). 'terrorists' -> 'militants' (GUIDELINES 10)."),
        E("e2", CAS, CAP, A("militants", "extremists", at="suspected extremists"), False, C("16 suspected extremists", num="16", value=16),
          IRQ10, TOD, S("military officials reported"), T("detained", at="and detained 16"), is_total=True,
          notes="'... and detained 16 suspected extremists' -> captured 16 today; the itemized detentions add up: 7 + 3 + 2 + 3 + 1 = 16 (e5-e8, e10)."),
        E("e3", CAS, K, A("militants"), False, C("an individual", num="an", value=1, at="targeted an individual"), WSAM, TOD_D, None,
          T("died of his wounds"), part_of="e1",
          notes="'West of Samarra, coalition forces targeted an individual linked to a senior al Qaeda in Iraq terrorist. The wanted individual ... was wounded by coalition small-arms fire. The individual later died of his wounds.' -> killed 1 (wounded, then died; the only count word is 'an individual' in the first sentence, so one event is annotated, with the outcome from the following sentences). One of the two killed today."),
        E("e4", CAS, K, A("militants", "terrorist", at="one suspected terrorist"), False, C("one suspected terrorist", num="one", value=1, at="In Sharqat"),
          SHAR, TOD_D, None, T("killed", at="In Sharqat, coalition forces killed"), part_of="e1",
          notes="'In Sharqat, coalition forces killed one suspected terrorist and detained three other suspects.' -> killed 1, the second of the two."),
        E("e5", CAS, CAP, A("militants"), False, C("Seven suspected terrorists", num="Seven", value=7), WSAM, TOD_D, None,
          T("detained", at="were detained in the operation"), part_of="e2", notes="'Seven suspected terrorists were detained in the operation.' (West of Samarra) -> captured 7."),
        E("e6", CAS, CAP, A("militants"), False, C("three other suspects", num="three", value=3), SHAR, TOD_D, None,
          T("detained", at="and detained three other"), part_of="e2", notes="Sharqat: '... and detained three other suspects' -> captured 3."),
        E("e7", CAS, CAP, A("militants"), False, C("two more suspects", num="two", value=2), None, TOD_D, None,
          T("detained", at="Coalition forces detained two more"), part_of="e2",
          notes="'Coalition forces detained two more suspects during a second operation conducted further south.' -> captured 2 ('two more' = additional). 'further south' (of Sharqat) names no place -> location null."),
        E("e8", CAS, CAP, A("militants"), False, C("three suspected terrorists", num="three", value=3, at="In Habbaniyah"), HAB, TOD_D, None,
          T("detained", at="In Habbaniyah, coalition forces detained"), part_of="e2",
          notes="'In Habbaniyah, coalition forces detained three suspected terrorists linked to a car-bombing network north of Baghdad.' -> captured 3 (the network is north of Baghdad; the detention took place in Habbaniyah)."),
        E("e9", CAS, W, A("militants"), False, C("One suspect", num="One", value=1), HAB, TOD_D, None, T("injured", at="was injured during"),
          "'One suspect was injured during the operation, but he was treated and transported to a military medical facility.' -> wounded 1 (one of the three detained in Habbaniyah; different outcome, so not part_of)."),
        E("e10", CAS, CAP, A("militants"), False, C("a suspect", num="a", value=1, at="In Mosul, coalition forces detained a suspect"), MOS1, TOD_D, None,
          T("detained", at="In Mosul, coalition forces detained a suspect"), part_of="e2",
          notes="'In Mosul, coalition forces detained a suspect who is linked to senior al Qaeda in Iraq leaders' -> captured 1."),
        E("e11", CAS, K, A("militants", "terrorists", at="three terrorists"), False, C("three terrorists", num="three", value=3),
          L("East of Mahmudiyah", "IRQ", "Baghdad", 33.06, 44.40, 2), D("2008-04-03", "yesterday", derived_from_context=True), None,
          T("killed", at="coalition forces killed three"), alt_mentions=[S("Three men", at="Three men in the vehicle")],
          notes="'During operations yesterday: -- East of Mahmudiyah, coalition forces killed three terrorists, including an alleged suicide bomber ... Three men in the vehicle were killed, including the alleged suicide bomber.' -> killed 3 on 3 April 2008; the second sentence restates (alt_mention). The alleged suicide bomber was killed by coalition fire, not by his own bomb, so he stays in the count."),
        E("e12", CAS, CAP, A("militants"), False, C("one suspected terrorist", num="one", value=1, at="In Mosul, coalition forces detained one"),
          L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1, at="In Mosul, coalition forces detained one"),
          D("2008-04-03", "yesterday", derived_from_context=True), None, T("detained", at="In Mosul, coalition forces detained one"),
          "'-- In Mosul, coalition forces detained one suspected terrorist.' (under 'During operations yesterday') -> captured 1 on 3 April 2008."),
    ],
    hard_negatives=[
        H("a senior al Qaeda in Iraq terrorist", "a person linked to the target, not a casualty or capture"),
        H("more and more people", "rhetoric, no count"),
    ])

# ---------------------------------------------------------------- 11 Iraq 2008: MNC-I, suicide-vest attack suspects
CBAG = L("central Baghdad", "IRQ", "Baghdad", 33.33, 44.40, 2)
M10 = D("2008-03-10", "March 10th")
ANN["mnci_2008_03_13_baghdad_svest_suspects"] = dict(
    events=[
        E("e1", CAS, CAP, A(None), None, C("five suspects", num="five", value=5), L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1),
          D("2008-03-11", "March 11th"), None, T("captured"),
          "'Baghdad Soldiers captured five suspects March 11th; four positively identified for their alleged involvement in a suicide vest attack ...' -> captured 5 on 11 March 2008. The place is only the release's 'Baghdad' (the first word, probably the remains of the date line). Suspects' side not stated -> actor and civilian null. 'four positively identified' is a status breakdown of the five (hard negative)."),
        E("e2", CAS, K, A("USA", "U.S.", at="five U.S. Soldiers"), False, C("five U.S. Soldiers", num="five", value=5), CBAG, M10, None,
          T("killed", at="attack that killed"),
          "'a suicide vest attack that killed five U.S. Soldiers and their interpreter in central Baghdad March 10th' -> killed 5. 'their interpreter' has no count word (hard negative, GUIDELINES 2: single person without a count word)."),
        E("e3", CAS, W, A("USA", "U.S.", at="Three U.S. Soldiers"), False, C("Three U.S. Soldiers", num="Three", value=3), CBAG,
          D("2008-03-10", "March 10th", derived_from_context=True), None, T("injured", at="were also injured"),
          "'Three U.S. Soldiers and four Iraqi civilians were also injured in the blast.' -> wounded 3 ('the blast' = the attack of March 10, derived)."),
        E("e4", CAS, W, A("IRQ", "Iraqi", at="four Iraqi civilians"), True, C("four Iraqi civilians", num="four", value=4), CBAG,
          D("2008-03-10", "March 10th", derived_from_context=True), None, T("injured", at="were also injured"),
          "'... and four Iraqi civilians were also injured in the blast' -> wounded 4 civilians."),
    ],
    hard_negatives=[
        H("four positively identified", "status breakdown of the five suspects already counted as captured"),
        H("their interpreter", "a single person without a count word"),
    ])

# ---------------------------------------------------------------- 12 Gaza 2008: Khan Younis incursion
KY = L("an area east of the town of Khan Younis", "PSE", "Khan Yunis", 31.34, 34.33, 2)
OVN = D("2008-05-06/2008-05-07", "overnight incursion", approx=True)
ANN["voa_2008_05_07_gaza_khan_younis_incursion"] = dict(
    events=[
        E("e1", CAS, K, A("Islamic Jihad", "Islamic Jihad movement"), False, C("one militant", num="one", value=1), KY, OVN,
          S("Palestinian medical officials say"), T("killed", at="has been killed"),
          "'Palestinian medical officials say one militant has been killed and at least 14 other Palestinians have been wounded during an overnight incursion by Israeli forces in the southern Gaza Strip.' -> killed 1; group from the later sentence ('the militant, from the Islamic Jihad movement'); place from the second paragraph. 'overnight' in a 7 May story -> night of 6-7 May 2008 (approx)."),
        E("e2", CAS, W, A("PSE", "Palestinians", at="14 other Palestinians"), None,
          C("at least 14 other Palestinians", num="14", value=14, low=14, qualifier="at least"), KY, OVN,
          S("Palestinian medical officials say"), T("wounded", at="have been wounded"),
          "'... and at least 14 other Palestinians have been wounded' -> wounded, at least 14 (civilian status not stated -> null). 'Witnesses say the Palestinians were wounded after troops ... entered an area east of the town of Khan Younis' gives the place."),
    ],
    hard_negatives=[
        H("at least 25 tanks", "count of vehicles"),
        H("several Palestinians were meeting", "people meeting in a house, neither a force nor a casualty count"),
        H("at least two air strikes", "count of strikes"),
    ])

# ---------------------------------------------------------------- 13 Afghanistan 2008: Herat raid, Wanat
HER = L("Herat province", "AFG", "Herat", None, None, 3)
THU17 = D("2008-07-17", "Thursday's raid", derived_from_context=True)
ANN["voa_2008_07_17_afghanistan_herat_raid_wanat"] = dict(
    events=[
        E("e1", CAS, K, A("Taliban", "Taliban", at="15 Taliban"), False, C("15 Taliban militants", num="15", value=15), HER, THU17, None,
          T("killed", at="have killed 15"),
          "'U.S.-led coalition forces have killed 15 Taliban militants and freed 15 hostages during an operation in western Afghanistan.' -> killed 15; place and day from the next sentence ('Thursday's raid in Herat province' = 17 July 2008, derived)."),
        E("e2", CAS, CAP, A(None), None, C("15 hostages", num="15", value=15), HER, THU17, None, T("freed"), released=True,
          notes="'... and freed 15 hostages' -> captured, released (GUIDELINES 2). The hostages are not described -> actor and civilian null."),
        E("e3", CAS, K, A("Taliban", "Taliban", at="two Taliban leaders"), False, C("two Taliban leaders", num="two", value=2), HER,
          D("2008-07-17", "Thursday's raid"), S("Military officials say"), T("killed", at="among those killed"), part_of="e1",
          notes="'Military officials say two Taliban leaders were among those killed in Thursday's raid in Herat province.' -> killed 2, part of the 15."),
        E("e4", CAS, K, A("USA", "U.S.", at="Nine U.S."), False, C("Nine U.S. troops", num="Nine", value=9),
          L("the village of Wanat, on the border of Nuristan and Kunar provinces", "AFG", "Nuristan", 35.27, 70.88, 1),
          D("2008-07-13", "on Sunday", derived_from_context=True), None, T("killed", at="troops were killed"),
          "'Nine U.S. troops were killed in the attack in the village of Wanat ...' -> killed 9; 'the attack' = militants attacked an outpost 'on Sunday' (previous sentence) -> 13 July 2008 (derived)."),
    ],
    hard_negatives=[
        H("some civilians were killed or wounded", "casualties with no count ('some')"),
        H("NATO also confirmed that it killed senior Taliban commander Bismullah Akhund", "a named individual without a count word"),
        H("requested more troops", "deployment request without a count"),
        H("hundreds more", "count of vehicles (MRAPs)"),
    ])

# ---------------------------------------------------------------- 14 Afghanistan 2008: AFPS, Giro and Nahr Surkh
GIRO = L("Ghazni province's Giro district", "AFG", "Ghazni", None, None, 3)
YDAY = D("2008-08-07", "yesterday", derived_from_context=True)
ANN["afps_2008_08_08_afghanistan_giro_nahr_surkh"] = dict(
    events=[
        E("e1", CAS, CAP, A("militants", "terrorists", at="suspected terrorists"), False, C("three suspected terrorists", num="three", value=3),
          GIRO, D("2008-08-07", "yesterday"), S("military officials said"), T("detained", at="and detained three"),
          alt_mentions=[S("three", at="eventually detaining three")],
          notes="'Coalition and Afghan forces killed enemy fighters and detained three suspected terrorists during operations yesterday in Afghanistan, military officials said.' -> captured 3 on 7 August 2008; the Giro paragraph restates 'eventually detaining three' (alt_mention) and gives the place. 'killed enemy fighters' in the lede has no count (hard negative)."),
        E("e2", CAS, K, A("militants", "enemy fighters", at="several enemy fighters"), False,
          C("several enemy fighters", num="several", value=None, low=3, approx=True, qualifier="several"), GIRO, YDAY, None,
          T("killed", at="coalition forces killed several"),
          "'In Ghazni province's Giro district, coalition forces killed several enemy fighters and five non-combatants during an operation in search of Taliban fighters' -> killed, several (low 3); the fighters are not themselves identified as Taliban -> 'militants'."),
        E("e3", CAS, K, A("AFG"), True, C("five non-combatants", num="five", value=5), GIRO, YDAY, S("officials said", at="one child killed, officials said"),
          T("killed", at="coalition forces killed several"), is_total=True,
          notes="'... and five non-combatants' -> killed 5 civilians (Afghan by plain implication); broken down later as 'four women and one child' (e4, e5)."),
        E("e4", CAS, K, A("AFG"), True, C("four women", num="four", value=4), GIRO, YDAY, S("officials said", at="one child killed, officials said"),
          T("killed", at="one child killed"), part_of="e3",
          notes="'The attack inadvertently led to four women and one child killed, officials said.' -> killed 4 women, part of the five non-combatants."),
        E("e5", CAS, K, A("AFG"), True, C("one child", num="one", value=1), GIRO, YDAY, S("officials said", at="one child killed, officials said"),
          T("killed", at="one child killed"), part_of="e3", notes="'... and one child killed' -> killed 1 child, part of the five."),
        E("e6", CAS, K, A("militants", "militants", at="four militants"), False, C("four militants", num="four", value=4),
          L("Helmand province's Nahr Surkh district", "AFG", "Helmand", None, None, 3), YDAY, None, T("killed", at="forces killed four"),
          "'Coalition and Afghan forces killed four militants in Helmand province's Nahr Surkh district.' -> killed 4; 'yesterday' from the lede (derived)."),
    ],
    hard_negatives=[
        H("killed enemy fighters and detained", "killed with no count in the lede (the Giro paragraph gives 'several')"),
        H("killing the militants", "the Giro fighters restated without a count"),
    ])

# ---------------------------------------------------------------- 15 Iraq 2011: Baghdad bombings
BAG = L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="25 people in Baghdad")
ANN["voa_2011_10_12_iraq_baghdad_police_bombings"] = dict(
    events=[
        E("e1", CAS, K, A(None), None, C("at least 25 people", num="25", value=25, low=25, qualifier="at least"), BAG,
          D("2011-10-12", "Wednesday's", derived_from_context=True), S("Iraqi officials say"), T("killed", at="have killed"),
          "'Iraqi officials say a series of bomb attacks that mostly targeted police have killed at least 25 people in Baghdad.' -> killed, at least 25 ('people' -> actor and civilian null; the targets were mostly police, the dead are not described). Day from 'Wednesday's bomb attacks' (12 October 2011, derived). Most deaths in a car bombing outside a police station in central Baghdad and another in Hurriyah."),
        E("e2", CAS, W, A(None), None, C("dozens of people", num="dozens", value=None, low=24, approx=True, qualifier="dozens"), BAG,
          D("2011-10-12", "Wednesday's"), S("Officials say"), T("injured", at="people injured"),
          "'Officials say Wednesday's bomb attacks also left dozens of people injured.' -> wounded, dozens (low 24)."),
        E("e3", CAS, K, A(None), None, C("at least 10 people", num="10", value=10, low=10, qualifier="at least"),
          L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="Baghdad on Monday"), D("2011-10-10", "on Monday"), None,
          T("killed", at="Monday killed"), "'Another string of explosions in Baghdad on Monday killed at least 10 people.' -> killed, at least 10, 10 October 2011."),
    ],
    hard_negatives=[
        H("2006 and 2007", "years"),
    ])

# ---------------------------------------------------------------- 16 Iraq 2012: police academy bombing
ACAD = L("a police academy in Baghdad", "IRQ", "Baghdad", 33.35, 44.43, 1)
SUN = D("2012-02-19", "Sunday", derived_from_context=True)
ANN["voa_2012_02_19_iraq_baghdad_police_academy"] = dict(
    events=[
        E("e1", CAS, K, A("IRQ"), False, C("at least 19 recruits and officers", num="19", value=19, low=19, qualifier="at least"), ACAD, SUN,
          S("Iraqi security officials say"), T("killed", at="has killed"), is_total=True,
          notes="'a car bomb blast outside a police academy in Baghdad has killed at least 19 recruits and officers and wounded more than 26' -> killed, at least 19 police recruits and officers (civilian false; Iraqi from context). 'Sunday' from the next sentence (19 February 2012, derived; the publication date is itself inferred). The headline says 15."),
        E("e2", CAS, W, A(None), None, C("more than 26", num="26", value=26, low=26, qualifier="more than"), ACAD, SUN,
          S("Iraqi security officials say"), T("wounded", at="and wounded more"),
          "'... and wounded more than 26' -> wounded, more than 26 (noun elided; victims not described -> actor/civilian null; close call, probably recruits)."),
        E("e3", CAS, K, A("IRQ"), False, C("five police officers", num="five", value=5), ACAD, SUN, S("Hospital officials say"),
          T("among the dead"), part_of="e1",
          notes="'Hospital officials say five police officers were among the dead. The rest were cadets.' -> killed 5 officers, part of the 19 ('The rest' has no count: hard negative)."),
        E("e4", CAS, K, A(None), None, C("at least 31 people", num="31", value=31, low=31, qualifier="at least"),
          L("a Shi'ite funeral procession in Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1),
          D("2012-01-21/2012-01-31", "Late last month", approx=True), None, T("killing", at="in Baghdad, killing"),
          "'Late last month, a suicide bomber detonated an explosives-packed vehicle near a Shi'ite funeral procession in Baghdad, killing at least 31 people.' -> killed, at least 31; 'late last month' -> the last third of January 2012 (approx). The bomber's own death is not counted."),
    ],
    hard_negatives=[
        H("The rest were cadets", "breakdown without a count"),
        H("for weeks", "duration"),
    ])

# ---------------------------------------------------------------- 17 Kashmir 2013: Srinagar camp attack
SRI = L("the region's main city, Srinagar", "IND", "Jammu and Kashmir", 34.08, 74.80, 1)
WED = D("2013-03-13", "Wednesday")
ANN["voa_2013_03_14_kashmir_srinagar_camp_attack"] = dict(
    events=[
        E("e1", CAS, K, A("IND"), False, C("five soldiers", num="five", value=5, at="camp, killing five"), SRI,
          D("2013-03-13", "Wednesday", derived_from_context=True), S("Police said"), T("killing", at="camp, killing"),
          alt_mentions=[S("five soldiers")],
          notes="'Police said Wednesday that two militants opened fire on a paramilitary camp, killing five soldiers and wounding at least seven others.' -> killed 5 (paramilitary soldiers, Indian from context). The lede ('a militant attack killed five soldiers Wednesday in the region's main city, Srinagar') summarises this fuller sentence -> alt_mention (GUIDELINES 6). Wednesday = 13 March 2013."),
        E("e2", CAS, W, A("IND"), False, C("at least seven others", num="seven", value=7, low=7, qualifier="at least"), SRI,
          D("2013-03-13", "Wednesday", derived_from_context=True), S("Police said"), T("wounding"),
          "'... and wounding at least seven others' -> wounded, at least 7."),
        E("e3", PRE, None, A("militants", "militants", at="two militants"), False, C("two militants", num="two", value=2), SRI,
          D("2013-03-13", "Wednesday", derived_from_context=True), S("Police said"), T("opened fire"),
          "'two militants opened fire on a paramilitary camp' -> attacking force as presence (GUIDELINES 2). Hizbul Mujahideen 'claimed responsibility' according to local media, but the text does not identify the two as its members -> 'militants' (close call)."),
        E("e4", CAS, K, A("militants", "attackers", at="the two attackers"), False, C("the two attackers", num="two", value=2), SRI,
          D("2013-03-13", "Wednesday", derived_from_context=True), S("Authorities say"), T("died in the assault"),
          "'Authorities say the two attackers died in the assault.' -> killed 2 (the attackers of e3; a new outcome for the same people). They are not said to have blown themselves up, so this is not an attacker suicide."),
    ],
    hard_negatives=[
        H("None of the nearby children were injured", "negated casualty"),
        H("a group of local boys", "bystanders, no count and no casualty"),
        H("2001 attack", "year"),
    ])

# ---------------------------------------------------------------- 18 Lebanon 2014: Tripoli
TRIP = L("the northern port city", "LBN", "North", 34.44, 35.83, 1)
FIGHT = D("2014-10-24/2014-10-26", "The fighting broke out Friday", derived_from_context=True, approx=True)
ANN["voa_2014_10_26_lebanon_tripoli_clashes"] = dict(
    events=[
        E("e1", CAS, K, A("LBN"), False, C("six of its soldiers", num="six", value=6), TRIP, FIGHT, S("The army said"),
          T("killed", at="soldiers were killed"),
          "'The army said six of its soldiers were killed in the fighting in the northern port city, along with two civilians.' -> killed 6 Lebanese soldiers ('its' = the Lebanese army). Date: the fighting from Friday 24 to Sunday 26 October 2014 (derived, approx). 'the northern port city' = Tripoli."),
        E("e2", CAS, K, A("LBN"), True, C("two civilians", num="two", value=2), TRIP, FIGHT, S("The army said"),
          T("killed", at="soldiers were killed"), "'... along with two civilians' -> killed 2 civilians (Lebanese by plain implication)."),
        E("e3", CAS, K, A("militants", "militants", at="nine militants"), False, C("nine militants", num="nine", value=9), TRIP, FIGHT,
          S("The Reuters news agency said"), T("killed", at="also killed"),
          "'The Reuters news agency said nine militants were also killed.' -> killed 9 (source Reuters; the 'Islamist fighters' are not further identified)."),
    ],
    hard_negatives=[
        H("several tanks", "count of vehicles; the commandos sent have no count"),
    ])

# ---------------------------------------------------------------- 19 Yemen 2014: Hadramout attacks, failed rescue
HAD = L("the same province of Hadramout", "YEM", "Hadramawt", None, None, 3)
ANN["voa_2014_12_09_yemen_hadramout_soldiers"] = dict(
    events=[
        E("e1", CAS, K, A("YEM"), False, C("seven soldiers", num="seven", value=7), HAD, D("2014-12-09", "Tuesday"),
          S("Al-Qaida is claiming"), T("killed", at="that killed"),
          "'Al-Qaida is claiming two suicide car bombings on a military base in southern Yemen Tuesday that killed seven soldiers.' -> killed 7 Yemeni soldiers (Yemeni from context). The province is named in the next sentence ('another military facility in the same province of Hadramout'). Source: the claim is al-Qaida's (close call: the death toll may be VOA's own)."),
        E("e2", CAS, K, A("YEM"), False, C("two other soldiers", num="two", value=2), HAD, D("2014-12-08", "late Monday"), None,
          T("killing", at="late Monday, killing"),
          "'The militant group ambushed another military facility in the same province of Hadramout late Monday, killing two other soldiers.' -> killed 2, 8 December 2014."),
        E("e3", CAS, K, A(None), None, C("at least 11 people", num="11", value=11, low=11, qualifier="at least"),
          L("Yemen", "YEM", None, None, None, 4, at="hostages in Yemen"), D("2014-12-06", "On Saturday"), None,
          T("killed", at="were also killed"), is_total=True,
          notes="'On Saturday, at least 11 people were also killed in a failed U.S.-led operation to rescue two foreign hostages in Yemen.' -> killed, at least 11 (6 December 2014); read as including the two hostages of e5 (close call)."),
        E("e4", CAS, CAP, A(["USA", "ZAF"]), True, C("two foreign hostages", num="two", value=2),
          L("Yemen", "YEM", None, None, None, 4, at="hostages in Yemen"), D(None), None, T("rescue"),
          "'a failed U.S.-led operation to rescue two foreign hostages in Yemen' -> captured 2 (held hostage); nationalities from the next sentence ('an American journalist and a South African teacher') -> list actor, surface null; journalist and teacher -> civilian true. No date for the abduction."),
        E("e5", CAS, K, A(["USA", "ZAF"]), True, C("an American journalist and a South African teacher", num="an", value=2, qualifier="conjunction"),
          L("Yemen", "YEM", None, None, None, 4, at="hostages in Yemen"), D("2014-12-06", "On Saturday", derived_from_context=True), None,
          T("died during the mission"), part_of="e3",
          notes="'The men, an American journalist and a South African teacher, were shot by their captors and died during the mission.' -> killed 2 (coordinated singulars, qualifier 'conjunction'; number_surface is the first determiner 'an'). Part of the at-least-11."),
    ],
    hard_negatives=[
        H("two suicide car bombings", "count of attacks"),
        H("several changes in leadership", "count of events"),
    ])

# ---------------------------------------------------------------- 20 Pakistan 2011: Peshawar police bombings
PESH = L("the outskirts of Peshawar", "PAK", "Khyber Pakhtunkhwa", 34.01, 71.58, 2)
ANN["voa_2011_01_31_pakistan_peshawar_police_bombings"] = dict(
    events=[
        E("e1", CAS, K, A(None), None, C("at least five people", num="five", value=5, low=5, qualifier="at least"),
          L("northwestern Pakistan", "PAK", "Khyber Pakhtunkhwa", None, None, 3), D(None), S("Authorities say"),
          T("killed", at="have killed"), is_total=True,
          notes="'Authorities say bombings targeting police in northwestern Pakistan have killed at least five people, including a senior police official.' -> killed, at least 5: Khan and three others (first attack) + a policeman (second). The text has no time word (the day is in the removed photo caption) -> date null."),
        E("e2", CAS, K, A("PAK"), False, C("a senior police official", num="a", value=1), PESH, D(None), S("Authorities say"),
          T("killed", at="have killed"), part_of="e1",
          notes="'... including a senior police official' -> killed 1 (Rasheed Khan, deputy superintendent of police, named in the next sentence; 'Khan ... were killed' restates him without a count)."),
        E("e3", CAS, K, A(None), None, C("three others", num="three", value=3, at="Khan and three others"), PESH, D(None), None,
          T("killed", at="three others were killed"), part_of="e1",
          notes="'Khan and three others were killed, while several others were injured.' -> killed 3 (besides the named Khan); not described -> actor/civilian null."),
        E("e4", CAS, W, A(None), None, C("several others", num="several", value=None, low=3, approx=True, qualifier="several"), PESH, D(None), None,
          T("injured", at="others were injured"), "'... while several others were injured' -> wounded, several (low 3)."),
        E("e5", CAS, K, A("PAK"), False, C("a policeman", num="a", value=1), L("the area", "PAK", "Khyber Pakhtunkhwa", 34.01, 71.58, 2, at="roadside bomb in the area"),
          D(None), None, T("killing", at="area, killing"), part_of="e1",
          notes="'About three hours later, a police vehicle struck a roadside bomb in the area, killing a policeman and injuring three others.' -> killed 1 policeman ('the area' = the outskirts of Peshawar). 'About three hours later' is relative to an undated attack -> date null."),
        E("e6", CAS, W, A(None), None, C("three others", num="three", value=3, at="injuring three others"), L("the area", "PAK", "Khyber Pakhtunkhwa", 34.01, 71.58, 2, at="roadside bomb in the area"),
          D(None), None, T("injuring"), "'... and injuring three others' -> wounded 3 (probably police; not stated -> null)."),
    ],
    hard_negatives=[
        H("About three hours", "duration"),
    ])

# ---------------------------------------------------------------- 21 Iraq 2007: AFPS, Karmah, south of Baqubah
IRQ21 = L("Iraq", "IRQ", None, None, None, 4, at="operations conducted in Iraq")
T28 = D("2007-01-28", "today", at="operations across Iraq today")
BAQ = L("south of Baqubah", "IRQ", "Diyala", 33.70, 44.62, 2)
ANN["afps_2007_01_28_iraq_karmah_baqubah"] = dict(
    events=[
        E("e1", CAS, K, A("militants", "terrorists", at="killed 14 terrorists, detained"), False, C("14 terrorists", num="14", value=14, at="-- Coalition forces killed 14"),
          BAQ, D("2007-01-27", "yesterday"), None, T("killed", at="-- Coalition forces killed 14"),
          alt_mentions=[S("14 terrorists"), S("14 enemy fighters")],
          notes="'Coalition forces killed 14 terrorists, detained two suspected terrorists and destroyed a known foreign fighter safe house yesterday during a raid conducted south of Baqubah.' -> killed 14 on 27 January 2007. The lede's '14 terrorists' (today and over the past week) summarises this fuller item, and 'resulting in 14 enemy fighters killed during the air strikes' restates it (alt_mentions). 'terrorists' -> 'militants'."),
        E("e2", CAS, CAP, A("insurgents", "insurgents", at="suspected insurgents"), False,
          C("dozens of suspected insurgents", num="dozens", value=None, low=24, approx=True, qualifier="dozens"), IRQ21,
          D("2007-01-21/2007-01-28", "today and over the past week", approx=True), S("officials said"), T("captured", at="and captured dozens"),
          is_total=True,
          notes="'Coalition and Iraqi forces killed 14 terrorists and captured dozens of suspected insurgents during operations conducted in Iraq today and over the past week, officials said.' -> captured, dozens (low 24), total; the itemized figures are 21 today (e3) and 2 yesterday (e8), which do not reach 24: kept as written (GUIDELINES 6)."),
        E("e3", CAS, CAP, A("militants", "terrorists", at="21 suspected terrorists"), False, C("21 suspected terrorists", num="21", value=21), IRQ21, T28, None,
          T("nabbed"), part_of="e2", is_total=True,
          notes="'Coalition troops nabbed 21 suspected terrorists, including a senior al Qaeda in Iraq courier, ... during operations across Iraq today.' -> captured 21 on 28 January 2007; the items that follow add up to 21 (3 + 11 + 3 + 4)."),
        E("e4", CAS, CAP, A(None), None, C("three individuals", num="three", value=3),
          L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="In Baghdad, coalition forces captured"),
          D("2007-01-28", "today", at="operations across Iraq today", derived_from_context=True), None, T("captured", at="coalition forces captured three"),
          part_of="e3",
          notes="'In Baghdad, coalition forces captured three individuals with ties to senior al Qaeda in Iraq leadership.' -> captured 3 ('individuals' -> actor/civilian null; close call, they are among the 21 'suspected terrorists')."),
        E("e5", CAS, CAP, A("militants", "terrorists", at="11 suspected terrorists"), False, C("11 suspected terrorists", num="11", value=11),
          L("Karmah", "IRQ", "Anbar", 33.40, 43.91, 1), D("2007-01-28", "today", at="operations across Iraq today", derived_from_context=True), None,
          T("captured", at="coalition troops captured 11"), part_of="e3", notes="'During operations in Karmah, coalition troops captured 11 suspected terrorists' -> captured 11."),
        E("e6", CAS, CAP, A("militants", "terrorists", at="Three suspected terrorists"), False, C("Three suspected terrorists", num="Three", value=3),
          L("Ramadi", "IRQ", "Anbar", 33.42, 43.30, 1), D("2007-01-28", "today", at="operations across Iraq today", derived_from_context=True), None,
          T("detained", at="were detained in Ramadi"), part_of="e3", notes="'Three suspected terrorists were detained in Ramadi' -> captured 3."),
        E("e7", CAS, CAP, A(None), None, C("four suspects", num="four", value=4), L("Bayji", "IRQ", "Salah ad Din", 34.93, 43.49, 1),
          D("2007-01-28", "today", at="operations across Iraq today", derived_from_context=True), None, T("detained", at="foreign fighters were detained"),
          part_of="e3", notes="'In Bayji, four suspects with ties to foreign fighters were detained.' -> captured 4."),
        E("e8", CAS, CAP, A("militants", "terrorists", at="two suspected terrorists"), False, C("two suspected terrorists", num="two", value=2), BAQ,
          D("2007-01-27", "yesterday"), None, T("detained", at="detained two suspected"), part_of="e2",
          notes="'... detained two suspected terrorists ... yesterday during a raid conducted south of Baqubah' -> captured 2 on 27 January 2007."),
    ],
    hard_negatives=[
        H("a senior al Qaeda in Iraq courier", "identity of one of the 21 already counted"),
        H("several senior al Qaeda in Iraq personnel", "associates of a detainee, not a count of casualties or captives"),
        H("multiple attacks", "count of attacks"),
        H("759th Military Police Battalion", "unit number"),
    ])

# ---------------------------------------------------------------- 22 Iraq 2007: AFPS, 39 suspects, Asian Cup bombings
T26 = D("2007-07-26", "today", derived_from_context=True)
ANN["afps_2007_07_26_iraq_tarmiyah_soccer_attack"] = dict(
    events=[
        E("e1", CAS, CAP, A(None), None, C("39 suspects", num="39", value=39), L("Iraq", "IRQ", None, None, None, 4, at="suspects in Iraq"),
          D("2007-07-25/2007-07-26", "over the past two days"), None, T("netted"), is_total=True,
          notes="'Iraqi and coalition forces netted 39 suspects in Iraq over the past two days' -> captured 39 (25-26 July 2007). The itemized detentions (1 + 18 + 11 + 2 = 32) do not reach 39; kept as written."),
        E("e2", CAS, K, A("IRQ", "Iraqi", at="Iraqi soccer"), True, C("at least 50 Iraqi soccer celebrants", num="50", value=50, low=50, qualifier="at least"),
          L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="celebrants in Baghdad"), D("2007-07-25", "yesterday", derived_from_context=True),
          None, T("killed", at="attack that killed"), alt_mentions=[S("at least 50 Iraqis")],
          notes="'military officials strongly condemned an attack that killed at least 50 Iraqi soccer celebrants in Baghdad' -> killed, at least 50 civilians; the last paragraph restates ('attacks in Baghdad yesterday that killed at least 50 Iraqis as they celebrated a soccer victory', alt_mention) and gives the day (25 July 2007, derived)."),
        E("e3", CAS, CAP, A("al-Qaida in Iraq", "al Qaeda in Iraq", at="al Qaeda in Iraq cell leader"), False,
          C("a suspected al Qaeda in Iraq cell leader", num="a", value=1), L("near Tarmiyah", "IRQ", "Baghdad", 33.67, 44.39, 2),
          D("2007-07-26", "today", at="raids today"), None, T("captured", at="coalition forces captured a suspected"), part_of="e1",
          notes="'During two synchronized raids today near Tarmiyah, coalition forces captured a suspected al Qaeda in Iraq cell leader' -> captured 1 (singular determiner; the text identifies him with the group)."),
        E("e4", CAS, CAP, A(None), None, C("18 other individuals", num="18", value=18), L("near Tarmiyah", "IRQ", "Baghdad", 33.67, 44.39, 2),
          T26, None, T("detained", at="detained 18"), part_of="e1",
          notes="'Ground forces also destroyed a vehicle ... and detained 18 other individuals allegedly linked to the car-bomb cell.' -> captured 18."),
        E("e5", CAS, CAP, A(None), None, C("11 suspects", num="11", value=11), L("west of Taji", "IRQ", "Baghdad", 33.52, 44.20, 2),
          D("2007-07-26", "today", at="west of Taji today"), None, T("nabbed", at="also nabbed"), part_of="e1",
          notes="'Coalition forces also nabbed 11 suspects west of Taji today' -> captured 11."),
        E("e6", CAS, CAP, A(None), None, C("two suspects", num="two", value=2), L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1, at="In Mosul today"),
          D("2007-07-26", "today", at="In Mosul today"), None, T("captured", at="coalition forces captured two"), part_of="e1",
          notes="'In Mosul today, coalition forces captured two suspects.' -> captured 2; 'One detainee' and 'the other suspect' then describe them (hard negative)."),
    ],
    hard_negatives=[
        H("two synchronized raids", "count of raids"),
        H("One detainee, allegedly the primary weapons facilitator", "identity of one of the two already counted"),
        H("the first time", "not a count of people"),
    ])

# ---------------------------------------------------------------- 23 Iraq 2007: AFPS, detain 12, Khan Bani Said
T29 = D("2007-11-29", "today", at="operations today targeting")
T29D = D("2007-11-29", "today", at="operations today targeting", derived_from_context=True)
ANN["afps_2007_11_29_iraq_detain_12_khan_bani_said"] = dict(
    events=[
        E("e1", CAS, CAP, A(None), None, C("12 suspects", num="12", value=12), L("central and northern Iraq", "IRQ", None, None, None, 3), T29, None,
          T("detained", at="Coalition forces detained 12"), is_total=True,
          notes="'Coalition forces detained 12 suspects during operations today targeting al Qaeda in central and northern Iraq.' -> captured 12 on 29 November 2007; the items add up: 1 + 2 + 1 + 4 + 3 + 1 = 12 (e2-e7)."),
        E("e2", CAS, CAP, A(None), None, C("a wanted individual", num="a", value=1, at="captured a wanted individual during operations in Tarmiyah"),
          L("Tarmiyah", "IRQ", "Baghdad", 33.67, 44.39, 1), T29D, None, T("captured", at="captured a wanted individual during"), part_of="e1",
          notes="'Coalition forces captured a wanted individual during operations in Tarmiyah ...' -> captured 1."),
        E("e3", CAS, CAP, A(None), None, C("two other suspects", num="two", value=2), L("Tarmiyah", "IRQ", "Baghdad", 33.67, 44.39, 1), T29D, None,
          T("detained", at="also detained two"), part_of="e1", notes="'They also detained two other suspects without incident.' -> captured 2 (Tarmiyah)."),
        E("e4", CAS, CAP, A(None), None, C("a wanted individual", num="a", value=1, at="captured a wanted individual north of Samarra"),
          L("north of Samarra", "IRQ", "Salah ad Din", 34.30, 43.87, 2), T29D, None, T("captured", at="captured a wanted individual north"),
          part_of="e1", notes="'Coalition forces captured a wanted individual north of Samarra ...' -> captured 1 ('believed to be an al Qaeda leader' is a belief, not an identification of the group for the actor)."),
        E("e5", CAS, CAP, A(None), None, C("four suspects", num="four", value=4), L("Hawija", "IRQ", "Kirkuk", 35.33, 43.77, 1), T29D, None,
          T("detained", at="detained four"), part_of="e1",
          notes="'Coalition forces detained four suspects while targeting al Qaeda members responsible for assassination-style murders in Hawija.' -> captured 4 (place: Hawija)."),
        E("e6", CAS, CAP, A(None), None, C("three suspects", num="three", value=3), L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1), T29D, None,
          T("detaining"), part_of="e1", notes="'Coalition forces also targeted their associates in Mosul, detaining three suspects without incident.' -> captured 3."),
        E("e7", CAS, CAP, A(None), None, C("one suspect", num="one", value=1), L("Bayji", "IRQ", "Salah ad Din", 34.93, 43.49, 1), T29D, None,
          T("detained", at="Forces detained one"), part_of="e1", notes="'Forces detained one suspect in Bayji' -> captured 1."),
        E("e8", CAS, K, A("militants", "armed men", at="two armed men"), False, C("two armed men", num="two", value=2),
          L("the Khan Bani Said area, north of Baghdad", "IRQ", "Diyala", 33.57, 44.53, 2), D("2007-11-29", "today", at="In other operations today"),
          None, T("killed", at="coalition forces killed two"),
          "'In other operations today, coalition forces killed two armed men and detained five other suspected criminals during operations in the Khan Bani Said area, north of Baghdad.' -> killed 2. The operation targeted 'special group' criminal elements, but the dead are only 'armed men' -> 'militants' (GUIDELINES 10)."),
        E("e9", CAS, CAP, A("militants"), False, C("five other suspected criminals", num="five", value=5),
          L("the Khan Bani Said area, north of Baghdad", "IRQ", "Diyala", 33.57, 44.53, 2), D("2007-11-29", "today", at="In other operations today"),
          None, T("detained", at="and detained five"), notes="'... and detained five other suspected criminals' -> captured 5 (not part of the 12 of e1, which are al-Qaida operations)."),
    ],
    hard_negatives=[
        H("several other senior-level criminal element leaders", "associates of the target, not a count of casualties or captives"),
        H("The wanted individual is believed to be an al Qaeda leader", "identity of one already counted"),
    ])

# ---------------------------------------------------------------- 25 Iraq 2008: AFPS, Mosul, Samarra, special groups
T14 = D("2008-07-14", "today")
J12 = D("2008-07-12", "July 12", derived_from_context=True)
ANN["afps_2008_07_14_iraq_mosul_samarra_special_groups"] = dict(
    events=[
        E("e1", CAS, CAP, A("al-Qaida", "al-Qaida", at="al-Qaida terrorists"), False, C("five suspected al-Qaida terrorists", num="five", value=5),
          L("Mosul and the Tigris River Valley", "IRQ", None, None, None, 3), T14, S("military officials said"), T("detained", at="Iraq detained five"),
          is_total=True,
          notes="'Coalition forces in Iraq detained five suspected al-Qaida terrorists during operations in Mosul and the Tigris River Valley today, military officials said.' -> captured 5 on 14 July 2008 (3 in Mosul + 2 in Samarra). The text names the group for those detained -> 'al-Qaida' (close call vs 'al-Qaida in Iraq')."),
        E("e2", CAS, CAP, A("al-Qaida"), False, C("three suspects", num="three", value=3, at="In Mosul, coalition forces detained three"),
          L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1, at="In Mosul, coalition"), D("2008-07-14", "today", derived_from_context=True), None,
          T("detained", at="In Mosul, coalition forces detained"), part_of="e1", notes="'In Mosul, coalition forces detained three suspects' -> captured 3."),
        E("e3", CAS, CAP, A("al-Qaida"), False, C("two suspects", num="two", value=2, at="in Samarra detained two"),
          L("Samarra", "IRQ", "Salah ad Din", 34.20, 43.87, 1, at="forces in Samarra"), D("2008-07-14", "today", derived_from_context=True), None,
          T("detained", at="in Samarra detained"), part_of="e1", notes="'North of Baghdad, coalition forces in Samarra detained two suspects' -> captured 2."),
        E("e4", CAS, CAP, A("special groups", "special groups", at="special groups”"), False,
          C("two suspected members of Iranian-backed “special groups”", num="two", value=2), L("central Iraq", "IRQ", None, None, None, 3),
          J12, S("Military officials in Baghdad also provided details"), T("detained", at="teams detained"), is_total=True,
          notes="'Iraqi special weapons and tactics teams detained two suspected members of Iranian-backed “special groups” in separate operations in central Iraq.' (among the 'July 12 operations') -> captured 2 on 12 July 2008 (derived); detailed as Hillah (e5) and Kut (e6). Source: the Baghdad officials who 'provided details' (close call)."),
        E("e5", CAS, CAP, A("special groups"), False, C("a suspected special groups member", num="a", value=1), L("Hillah", "IRQ", "Babil", 32.48, 44.42, 1, at="In Hillah"),
          J12, None, T("captured", at="SWAT personnel captured"), part_of="e4", notes="'In Hillah, Iraqi SWAT personnel captured a suspected special groups member' -> captured 1."),
        E("e6", CAS, CAP, A("special groups"), False, C("a suspected special groups leader", num="a", value=1), L("Kut", "IRQ", "Wasit", 32.51, 45.82, 1, at="In Kut"),
          J12, None, T("detained", at="SWAT officers detained"), part_of="e4", notes="'In Kut, Iraqi SWAT officers detained a suspected special groups leader on charges of terrorism.' -> captured 1."),
        E("e7", CAS, CAP, A(None), None, C("six suspects", num="six", value=6), L("east of Balad", "IRQ", "Salah ad Din", 34.01, 44.20, 2),
          J12, None, T("detained", at="and detained six"),
          "'Iraqi police and U.S. soldiers found two vehicle bombs and detained six suspects during an operation east of Balad.' -> captured 6; listed under the July 12 operations (derived)."),
        E("e8", CAS, CAP, A(None), None, C("three terrorist suspects", num="three", value=3), L("eastern Baghdad", "IRQ", "Baghdad", 33.33, 44.45, 2),
          J12, None, T("detained", at="U.S. soldiers detained three"),
          "'U.S. soldiers detained three terrorist suspects in eastern Baghdad.' -> captured 3 (July 12 operations, derived)."),
    ],
    hard_negatives=[
        H("two roadside bombs", "count of weapons"),
        H("two 81 mm mortar rounds", "count of ammunition"),
        H("four propane storage tanks", "count of objects"),
        H("two vehicle bombs", "count of weapons"),
        H("several July 12 operations", "count of operations"),
    ])

# ---------------------------------------------------------------- 26 Iraq 2007: AFPS, northern Baghdad, Samarra, Bayji
NBAG = L("northern Baghdad", "IRQ", "Baghdad", 33.38, 44.38, 2)
MORN = D("2007-09-27", "this morning")
SSAM = L("south of Samarra", "IRQ", "Salah ad Din", 34.10, 43.90, 2)
ANN["afps_2007_09_27_iraq_baghdad_samarra_bayji"] = dict(
    events=[
        E("e1", CAS, K, A("militants", "terrorist", at="one terrorist"), False, C("one terrorist", num="one", value=1), NBAG, MORN, None,
          T("killed", at="Coalition forces killed one"), alt_mentions=[S("One terrorist")],
          notes="'Coalition forces killed one terrorist and detained two suspected Iraqi \"special groups\" members during an operation in northern Baghdad this morning.' -> killed 1 on 27 September 2007; 'One terrorist was killed' restates (alt_mention)."),
        E("e2", CAS, CAP, A("special groups", "\"special groups\"", at="\"special groups\" members"), False,
          C("two suspected Iraqi \"special groups\" members", num="two", value=2), NBAG, MORN, None, T("detained", at="and detained two"),
          alt_mentions=[S("two suspected terrorists", at="One terrorist was killed")],
          notes="'... and detained two suspected Iraqi \"special groups\" members' -> captured 2 (the text names the group for them); 'two suspected terrorists were detained during the operation' restates (alt_mention)."),
        E("e3", CAS, CAP, A("militants", "terrorists", at="seven suspected terrorists"), False, C("seven suspected terrorists", num="seven", value=7), SSAM,
          D("2007-09-27", "today"), None, T("captured", at="today captured"),
          "'Coalition forces operating south of Samarra today captured seven suspected terrorists, including an alleged foreign terrorist facilitator' -> captured 7."),
        E("e4", CAS, W, A("militants"), False, C("an armed individual", num="an", value=1), SSAM, D("2007-09-27", "today", derived_from_context=True), None,
          T("wounded", at="was wounded while"),
          "'During the operation, an armed individual was wounded while attempting to evade capture.' -> wounded 1 (singular determiner); armed and evading coalition forces -> civilian false, 'militants' (close call)."),
        E("e5", CAS, CAP, A(None), None, C("a suspected associate to al Qaeda senior leaders", num="a", value=1),
          L("Bayji", "IRQ", "Salah ad Din", 34.93, 43.49, 1), D("2007-09-25/2007-09-27", "over the past two days", at="In other operations over the past two days"),
          None, T("captured", at="coalition forces captured a suspected"),
          "'In an operation in Bayji, coalition forces captured a suspected associate to al Qaeda senior leaders' -> captured 1 (an associate of the group, not identified as a member -> actor null). Listed under 'other operations over the past two days' with no day of its own."),
        E("e6", CAS, CAP, A("militants", "terrorists", at="four suspected terrorists"), False, C("four suspected terrorists", num="four", value=4),
          L("Bayji", "IRQ", "Salah ad Din", 34.93, 43.49, 1), D("2007-09-25/2007-09-27", "over the past two days", at="In other operations over the past two days"),
          None, T("detained", at="were detained on site"),
          "'In addition to the targeted individual, four suspected terrorists were detained on site.' -> captured 4 (Bayji)."),
    ],
    hard_negatives=[
        H("many suspected terrorists", "no count ('many')"),
        H("any group", "not a count"),
    ])

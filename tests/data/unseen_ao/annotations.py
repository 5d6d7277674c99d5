# -*- coding: utf-8 -*-
"""Gold annotations of set (ao), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries) and ACLED-style precision (1 point, 2 near a point, part of a city or an
offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""

from blindset import A, C, D, E, H, L, S, T  # noqa: F401  (the shared vocabulary)

ANN = {}


K, W, CAP, MIS, CASU = "killed", "wounded", "captured", "missing", "casualties"
CAS, PRE, DEP = "casualty", "presence", "deployment"
N0 = D(None)

# ---------------------------------------------------------------- Ivory Coast 2004: Abidjan hotel shooting
ABJ = L("a hotel in Abidjan", "CIV", "Abidjan", 5.32, -4.02, 2)
TUE04 = D("2004-11-09", "Tuesday", derived_from_context=True)
ANN["voa_2004_11_09_ivory_coast_abidjan_hotel_shooting"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("At least four people", num="four", value=4, low=4, qualifier="at least"), ABJ,
      TUE04, None, T("killed", at="reported killed"),
      "'At least four people are reported killed' at the demonstration in front of a hotel in Abidjan (place and "
      "'Tuesday' from the first sentence, derived; same-day story). Victims described only as 'people' -> actor and "
      "civilian null (the protesters blame French troops, the French say demonstrators fired first).",
      hedge="are reported"),
    E("e2", CAS, W, A(None), None, C("more than 100 others", num="100", value=100, low=100, qualifier="more than"),
      ABJ, TUE04, None, T("injured", at="others injured"),
      "'... and more than 100 others injured' -> wounded, more than 100 (same hedge and place as e1).",
      hedge="are reported"),
], hard_negatives=[
    H("thousands of anti-French demonstrators", "demonstrators gathering; not a force and no casualty"),
    H("several days of mob violence", "duration"),
    H("several peace deals", "count of agreements"),
])

# ---------------------------------------------------------------- Kashmir 2005: Srinagar siege
SRI = L("the main commercial hub of Kashmir's summer capital, Srinagar", "IND", "Jammu and Kashmir", 34.08, 74.80, 2)
FRI05 = D("2005-07-29/2005-07-30", "Friday night", derived_from_context=True)
ANN["voa_2005_07_30_kashmir_srinagar_siege"] = dict(events=[
    E("e1", CAS, K, A("IND"), False, C("Two soldiers", num="Two", value=2), SRI, FRI05, None,
      T("killed", at="have been killed"),
      "'Two soldiers and two militants have been killed' -> killed 2 Indian soldiers (actor from context: 'Indian "
      "troops battled Islamic militants'). Place: the siege in the commercial hub of Srinagar (next paragraph). Date: "
      "the fighting began 'Friday night' (29 July) and went on 'throughout Saturday' (30 July) -> interval, derived."),
    E("e2", CAS, K, A("militants", "militants", at="two militants"), False, C("two militants", num="two", value=2),
      SRI, FRI05, None, T("killed", at="have been killed"),
      "Killed 2 militants (the same sentence). 'the militants were gunned down' later restates their end without a "
      "count. Two groups claimed the attack; the dead are not tied to one of them -> 'militants'."),
    E("e3", CAS, W, A(None), None, C("more than 20 others", num="20", value=20, low=20, qualifier="more than"), SRI,
      FRI05, None, T("injured", at="have been injured"),
      "'more than 20 others have been injured in the fighting' -> wounded, more than 20 (victims not described)."),
    E("e4", CAS, W, A(None), True, C("Several journalists", num="Several", value=None, low=3, approx=True,
                                    qualifier="several"), SRI, FRI05, None, T("injured", at="crossfire and injured"),
      "'Several journalists who rushed to cover the firefight were caught in the crossfire and injured' -> wounded, "
      "several (low 3); journalists -> civilian true; nationality not stated -> actor null. Probably among the more "
      "than 20 (e3), not linked (the text does not say so)."),
    E("e5", CAS, W, A("IND", "local", at="A local television"), True,
      C("A local television cameraman", num="A", value=1), SRI, FRI05, None, T("shot", at="was shot in"),
      "'A local television cameraman who was shot in the stomach' -> wounded 1, one of the journalists (part_of e4). "
      "'local' in Srinagar -> IND (close call on the actor).", part_of="e4"),
    E("e6", CAS, K, A(None), None, C("more than 40,000 lives", num="40,000", value=40000, low=40000,
                                    qualifier="more than"),
      L("Indian Kashmir", "IND", "Jammu and Kashmir", None, None, 3), D("1989/2005-07-30", "since 1989",
                                                                          derived_from_context=True), None,
      T("claimed", at="has claimed more"),
      "'The fighting has claimed more than 40,000 lives' -> running toll of the insurgency waged 'since 1989' "
      "(previous sentence) -> cumulative, interval to publication. Place: Indian Kashmir (first sentence).",
      cumulative=True),
], hard_negatives=[
    H("two buildings", "count of buildings"),
    H("more than 20 hours", "duration"),
    H("Dozens of people", "evacuated residents; not a casualty"),
    H("Two militant groups", "count of groups"),
    H("a dozen Islamic militant groups", "count of groups"),
])

# ---------------------------------------------------------------- Nepal 2006: Maoist overnight attacks
TOWN = L("a town about 300 kilometers west of Kathmandu", "NPL", "Lumbini", 27.87, 83.55, 2)
ANN["voa_2006_02_01_nepal_maoist_overnight_attacks"] = dict(events=[
    E("e1", CAS, K, A("NPL"), False, C("20 police and soldiers", num="20", value=20), TOWN,
      D("2006-01-31/2006-02-01", "overnight"), None, T("killed", at="have killed 20"),
      "'Suspected Maoist rebels in Nepal have killed 20 police and soldiers in overnight attacks before today's "
      "anniversary' -> killed 20 Nepalese police and soldiers (civilian false; police and soldiers mixed, as the "
      "text gives them). 'overnight' before Wednesday 1 February -> 31 January-1 February 2006. Place from the next "
      "sentence: the unnamed town about 300 km west of Kathmandu, which the annotator identifies as Tansen (Palpa "
      "district, today Lumbini province); coordinates are Tansen's (close call: the text does not name the town)."),
    E("e2", CAS, MIS, A("NPL"), False, C("At least 143 police officers", num="143", value=143, low=143,
                                        qualifier="at least"), TOWN,
      D("2006-01-31/2006-02-01", "overnight", derived_from_context=True), None, T("missing"),
      "'At least 143 police officers are missing' after the same attacks -> missing, at least 143 (date and place of "
      "the attacks, derived)."),
    E("e3", CAS, CAP, A("NPL"), True, C("more than 600 activists", num="600", value=600, low=600,
                                       qualifier="more than"), None, N0,
      S("the opposition Nepali Congress party says"), T("arrested"),
      "'authorities have arrested more than 600 activists to prevent planned demonstrations' -> captured (arrests), "
      "more than 600, political activists -> civilian true, Nepalese (actor from context, no surface). No place and no "
      "time expression for the arrests -> location and date null (close call: arrests of protesters counted as "
      "captured, as set (z) did for the Kathmandu crackdown)."),
], hard_negatives=[
    H("about 300 kilometers", "distance"),
    H("one year ago", "date expression"),
    H("nearly decade-long", "duration"),
])

# ---------------------------------------------------------------- East Timor 2006: request for troops
ANN["voa_2006_05_24_east_timor_troop_request"] = dict(events=[
    E("e1", CAS, CASU, A("TLS", "East Timorese", at="10 East Timorese"), None,
      C("More than 10 East Timorese", num="10", value=10, low=10, qualifier="more than"),
      L("East Timor", "TLS", None, None, None, 4), N0, None, T("killed or wounded"),
      "'More than 10 East Timorese have been killed or wounded in violence perpetrated by soldiers who were dismissed "
      "in March' -> the text does not separate deaths from injuries -> outcome 'casualties' (close call). Victims not "
      "described as civilians or soldiers -> civilian null. 'in March' dates the dismissal, not the violence -> date "
      "null. No place in the sentence -> the country."),
    E("e2", CAS, K, A(None), None, C("Five people", num="Five", value=5),
      L("Dili", "TLS", "Dili", -8.56, 125.57, 1, at="rioted last month in Dili"), D("2006-04", "last month"), None,
      T("killed", at="were killed then"),
      "'the dismissed soldiers rioted last month in Dili. Five people were killed then' -> killed 5 in Dili, April "
      "2006 ('last month' in a May story; 'then' ties the deaths to the riot)."),
], hard_negatives=[
    H("troops from the two countries", "announced deployment with no count of troops"),
    H("thousands of residents", "displaced people"),
])

# ---------------------------------------------------------------- Haiti 2006: peacekeepers injured
PAP = L("the capital, Port-au-Prince", "HTI", "Ouest", 18.54, -72.34, 1)
ANN["voa_2006_07_14_haiti_peacekeepers_injured"] = dict(events=[
    E("e1", CAS, W, A("UN", "U.N.", at="three U.N. peacekeepers"), False,
      C("three U.N. peacekeepers", num="three", value=3), PAP,
      D("2006-07-13", "early Thursday morning", derived_from_context=True), S("The U.N. mission in Haiti says"),
      T("injured", at="have been injured"),
      "'three U.N. peacekeepers have been injured in a clash with gangs in the capital, Port-au-Prince' -> wounded 3 "
      "(UN). The clash was 'early Thursday morning' (second paragraph) = 13 July 2006 in a Friday story, derived."),
    E("e2", CAS, K, A(None), None, C("more than 20 people", num="20", value=20, low=20, qualifier="more than",
                                    at="in which more than"),
      L("Port-au-Prince", "HTI", "Ouest", 18.54, -72.34, 1, at="late last week in Port-au-Prince"),
      D("2006-07-06/2006-07-09", "late last week", approx=True), None, T("killed", at="were killed and"),
      "'gang violence late last week in Port-au-Prince, in which more than 20 people were killed' -> killed, more "
      "than 20. Primary: this fuller sentence; the lede's 'claimed the lives of more than 20 people' is the "
      "alt_mention. 'late last week' (previous calendar week 3-9 July) -> 6-9 July 2006, approx.",
      alt_mentions=[S("more than 20 people")]),
], hard_negatives=[
    H("a number of others", "injured with no count"),
])

# ---------------------------------------------------------------- Thailand 2006: army approach in the south
THREE = L("the three provinces", "THA", None, None, None, 3)
ANN["voa_2006_09_07_thailand_south_army_approach"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("one man", num="one", value=1),
      L("Yala", "THA", "Yala", 6.54, 101.28, 1, at="22 banks in Yala"), N0, None, T("dead", at="man dead"),
      "'a coordinated bomb attack ... on 22 banks in Yala that left one man dead' -> killed 1. The text gives no date "
      "for the bombing (the removed photo caption dated it Thursday 31 August) -> date null. Yala read as the town "
      "(the banks' branches), precision 1 (close call: could be the province)."),
    E("e2", CAS, W, A(None), None, C("more than two dozen", num="two dozen", value=24, low=24, approx=True,
                                    qualifier="more than two dozen"),
      L("Yala", "THA", "Yala", 6.54, 101.28, 1, at="22 banks in Yala"), N0, None, T("wounded", at="dozen wounded"),
      "'... and more than two dozen wounded' -> wounded, more than two dozen (value 24, like 'more than a dozen')."),
    E("e3", PRE, None, A("THA"), False, C("up to 20,000 troops", num="20,000", value=20000, high=20000, approx=True,
                                         qualifier="up to"), THREE, N0, None, T("presence", at="despite the presence"),
      "'despite the presence of up to 20,000 troops in the three provinces' -> presence, up to 20,000 Thai troops in "
      "the three southern provinces (Yala, Pattani, Narathiwat; no single admin1). No time word for the presence -> "
      "date null."),
    E("e4", CAS, K, A(None), None, C("more than 1,500 people", num="1,500", value=1500, low=1500, qualifier="more than"),
      THREE, D("2004-01/2006-09-07", "since early 2004", derived_from_context=True, approx=True), None,
      T("dead", at="people dead"),
      "'The bloodshed has left more than 1,500 people dead' -> running toll of the violence 'since early 2004' "
      "(previous sentence) -> cumulative, approx interval.", cumulative=True),
], hard_negatives=[
    H("22 banks", "count of banks"),
    H("almost two years", "duration"),
])

# ---------------------------------------------------------------- Lebanon 2007: Sidon / Ein al-Hilweh
SID = L("the southern city of Sidon, near Ein al-Hilweh", "LBN", "South Governorate", 33.55, 35.37, 2)
SUNMON = D("2007-06-03/2007-06-04", "overnight", derived_from_context=True)
ANN["voa_2007_06_04_lebanon_sidon_ein_el_hilweh"] = dict(events=[
    E("e1", CAS, W, A(None), None, C("five people", num="five", value=5), SID, D("2007-06-03", "Sunday evening"), None,
      T("wounding"),
      "Jund al-Sham militants 'threw a hand grenade at an army checkpoint wounding five people' on Sunday evening (3 "
      "June 2007) in Sidon near Ein al-Hilweh -> wounded 5; 'people' -> actor and civilian null."),
    E("e2", CAS, K, A("LBN", "Lebanese", at="two Lebanese soldiers"), False,
      C("two Lebanese soldiers", num="two", value=2), SID, SUNMON, S("Authorities say", at="Authorities say two"),
      T("killed", at="were killed in the clashes"),
      "'Authorities say two Lebanese soldiers and two militants were killed in the clashes' -> killed 2 soldiers. The "
      "clashes ran from Sunday evening through the night into Monday -> 3-4 June 2007 (derived)."),
    E("e3", CAS, K, A("Jund al-Sham"), False, C("two militants", num="two", value=2, at="and two militants"), SID,
      SUNMON, S("Authorities say", at="Authorities say two"), T("killed", at="were killed in the clashes"),
      "Killed 2 militants in the same clashes; the clashes are with 'another group, Jund al-Sham' -> actor Jund "
      "al-Sham from context, no surface (close call; 'militants' would be the generic fallback)."),
], hard_negatives=[
    H("Lebanon's 12 refugee camps", "count of camps"),
    H("the country's 11 other refugee camps", "count of camps"),
    H("thousands of Palestinians", "displaced people"),
    H("about 100 kilometers", "distance"),
    H("16 days ago", "date expression"),
])

# ---------------------------------------------------------------- DR Congo 2007: North Kivu clashes, Sake
ANN["voa_2007_09_05_drc_north_kivu_sake_monuc"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("dozens", value=None, low=24, approx=True, qualifier="dozens", at="left dozens"),
      L("North Kivu", "COD", "North Kivu", None, None, 3),
      D("2007-09-03/2007-09-05", "this week", derived_from_context=True, approx=True), None,
      T("dead", at="dozens dead"),
      "'The fighting has left dozens dead' -> killed, dozens (low 24); the dead are not described (army and renegade "
      "forces, possibly civilians) -> actor and civilian null. The clashes 'erupted this week' (previous sentence) -> "
      "3-5 September 2007 (Monday to the Wednesday of publication), approx. Place: North Kivu, 'at the center of the "
      "unrest' (next paragraph)."),
], hard_negatives=[
    H("thousands of people", "displaced people"),
])

# ---------------------------------------------------------------- Pakistan 2007: Swat paramilitary deployment
SWAT = L("Swat district", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
ANN["voa_2007_10_24_pakistan_swat_paramilitary_deployment"] = dict(events=[
    E("e1", DEP, None, A("PAK"), False, C("more than 2,000 paramilitary troops", num="2,000", value=2000, low=2000,
                                         qualifier="more than"), SWAT,
      D("2007-10-23", "Tuesday", derived_from_context=True), S("Pakistan's military says"),
      T("sent", at="has sent more"),
      "'Pakistan's military says it has sent more than 2,000 paramilitary troops to reinforce security forces in Swat "
      "district' -> deployment (paramilitary: civilian false). 'commanders sent the new forces into the region "
      "Tuesday' -> 23 October 2007 (derived)."),
    E("e2", CAS, W, A("PAK"), False, C("four troops", num="four", value=4),
      L("the valley", "PAK", "Khyber Pakhtunkhwa", None, None, 3, at="heading into the valley"),
      D("2007-10-23", "Tuesday", at="deployment Tuesday"), None, T("wounding"),
      "'detonating a remote-controlled bomb near a convoy heading into the valley, slightly wounding four troops' -> "
      "wounded 4 (the Swat valley), Tuesday 23 October 2007."),
    E("e3", DEP, None, A("TNSM", "TNSM", at="TNSM sent"), False,
      C("hundreds of troops", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
      L("Afghanistan", "AFG", None, None, None, 4, at="into Afghanistan in 2001"), D("2001", "2001", at="in 2001"),
      None, T("sent", at="TNSM sent"),
      "'TNSM sent hundreds of troops into Afghanistan in 2001 to help the Taliban government' -> past deployment by "
      "a non-state group, hundreds (low 200), destination Afghanistan."),
], hard_negatives=[
    H("The new contingents of paramilitary troops", "restatement of the deployment with no count"),
])

# ---------------------------------------------------------------- Sri Lanka 2007: Colombo bombs
COL = L("Sri Lanka's capital Colombo", "LKA", "Western", 6.93, 79.85, 1)
OFFC = L("the offices of Social Welfare Minister Douglas Devananda in Colombo", "LKA", "Western", 6.93, 79.85, 2)
WED07 = D("2007-11-28", "Wednesday morning")
ANN["voa_2007_11_28_sri_lanka_colombo_two_bombs"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 19 people", num="19", value=19, low=19, qualifier="at least"), COL,
      D("2007-11-28", "Wednesday morning", derived_from_context=True), None, T("killed", at="have killed"),
      "'Two separate bomb attacks in ... Colombo ... have killed at least 19 people, including a female suicide "
      "bomber' -> killed, at least 19, as written (the total includes the bomber, whose own death is not annotated "
      "separately). Date: the first attack was 'Wednesday morning' and both came the day after the rebel chief's "
      "Tuesday speech -> 28 November 2007 (derived; the second attack's time is not given). Total with part e2.",
      is_total=True),
    E("e2", CAS, K, A("LKA"), True, C("One of his staff members", num="One", value=1), OFFC, WED07, S("Police say"),
      T("killed", at="was killed and"),
      "'One of his staff members was killed' -> killed 1 at the minister's office; a minister's staff member -> "
      "civilian true, Sri Lankan from context (no surface). Part of the 19.", part_of="e1"),
    E("e3", CAS, W, A("LKA"), True, C("two others", num="two", value=2, at="two others were"), OFFC, WED07,
      S("Police say"), T("injured", at="were injured."),
      "'and two others were injured' -> wounded 2 (staff members)."),
    E("e4", PRE, None, A("LTTE"), False, C("a handicapped woman", num="a", value=1), OFFC, WED07, S("Police say"),
      T("blew herself up"),
      "The lone suicide attacker ('a handicapped woman blew herself up') -> presence 1 as the attacking force "
      "(close call; sets (y)/(z) annotate lone attackers so). Actor LTTE from 'Police have blamed Wednesday's attack "
      "on the rebels ... LTTE' (no surface; blame, not proof). Her death is not annotated (suicide attacker)."),
], hard_negatives=[
    H("a female suicide bomber", "death of the suicide attacker (included in the 19 as written)"),
    H("Two separate bomb attacks", "count of attacks"),
    H("a quarter of a century", "duration"),
    H("also died", "death of the suicide attacker"),
])

# ---------------------------------------------------------------- Algeria 2007: Algiers bombings
ALG = L("Algiers", "DZA", "Algiers", 36.75, 3.06, 1, at="blasts in Algiers")
TUE07 = D("2007-12-11", "Tuesday", derived_from_context=True)
GOV = S("Algerian government officials say")
ANN["voa_2007_12_11_algeria_algiers_un_bombings"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 26 people", num="26", value=26, low=26, qualifier="at least"), ALG,
      TUE07, GOV, T("killed", at="were killed and"),
      "'Algerian government officials say at least 26 people were killed and 177 others wounded in the blasts in "
      "Algiers' -> killed, at least 26. The blasts were 'Tuesday' (first sentence) = 11 December 2007, derived."),
    E("e2", CAS, W, A(None), None, C("177 others", num="177", value=177), ALG, TUE07, GOV,
      T("wounded", at="others wounded"), "Wounded 177 (same sentence and source)."),
    E("e3", CAS, K, A(None), None, C("more than 60", num="60", value=60, low=60, qualifier="more than"), ALG, TUE07,
      S("Hospital officials have put"), T("death toll", at="the death toll at"),
      "'Hospital officials have put the death toll at more than 60' -> a second figure from a different source -> "
      "separate event (GUIDELINES 6)."),
    E("e4", CAS, K, A("UN", "U.N.", at="11 U.N. staff"), True, C("11 U.N. staff members", num="11", value=11), ALG,
      TUE07, S("A U.N. spokeswoman in New York, Marie Okabe says"), T("dead", at="to be dead"),
      "'11 U.N. staff members are believed to be dead' -> killed 11, UN staff -> civilian true, hedged. Probably "
      "among the dead counted by officials, not linked (different sources).", hedge="are believed to be"),
    E("e5", CAS, K, A(None), None, C("33 people", num="33", value=33),
      L("Algiers", "DZA", "Algiers", 36.75, 3.06, 1, at="in Algiers in April"), D("2007-04", "in April"), None,
      T("killed", at="that killed 33"),
      "Background: 'suicide bombings that killed 33 people in Algiers in April' (2007) -> killed 33."),
], hard_negatives=[
    H("two deadly car bomb blasts", "count of blasts"),
    H("a suicide bomber", "the attacker; no count of victims"),
    H("others", "missing with no count", at="and others are still"),
    H("a series of attacks", "count of attacks"),
])

# ---------------------------------------------------------------- DR Congo 2007: offensive against Nkunda
EAST = L("the country's east", "COD", None, None, None, 3)
ANN["voa_2007_12_26_drc_offensive_against_nkunda"] = dict(events=[
    E("e1", PRE, None, A("COD"), False, C("20,000 government soldiers", num="20,000", value=20000), EAST, N0, None,
      T("pits"),
      "'The back-and-forth battle pits 20,000 government soldiers ... against about 4,000 Nkunda loyalists' -> "
      "presence of 20,000 Congolese soldiers in the fighting in the east (first paragraph: rebels 'who control parts "
      "of the country's east'). No time word -> date null."),
    E("e2", PRE, None, A("rebels", "Nkunda", at="4,000 Nkunda"), False,
      C("about 4,000 Nkunda loyalists", num="4,000", value=4000, approx=True, qualifier="about"), EAST, N0, None,
      T("pits"),
      "Presence of about 4,000 fighters loyal to Nkunda (the text calls them his rebels) -> actor 'rebels'."),
], hard_negatives=[
    H("1994", "year"),
])

# ---------------------------------------------------------------- Thailand 2008: Narathiwat ambush
ANN["voa_2008_01_14_thailand_narathiwat_ambush"] = dict(events=[
    E("e1", CAS, K, A("THA"), False, C("At least eight soldiers", num="eight", value=8, low=8, qualifier="at least"),
      L("Narathiwat Province", "THA", "Narathiwat", None, None, 3), N0, None, T("dead", at="soldiers are dead"),
      "'At least eight soldiers are dead after ... an attack by Islamic militants' -> killed, at least 8 Thai "
      "soldiers; place from the next sentence (ambushed after escorting teachers in Narathiwat Province). The text "
      "has no time expression -> date null."),
    E("e2", CAS, K, A(None), None, C("an estimated 2800 people", num="2800", value=2800, approx=True,
                                    qualifier="an estimated"),
      L("the south", "THA", None, None, None, 3, at="forces in the south"),
      D("2004/2008-01-14", "since it flared in 2004"), None, T("killed", at="has killed an"),
      "'an Islamic separatist insurgency has killed an estimated 2800 people since it flared in 2004' -> running "
      "toll, cumulative, 2004 to publication.", cumulative=True),
    E("e3", DEP, None, A("THA"), False, C("40,000 troops", num="40,000", value=40000),
      L("the region", "THA", None, None, None, 3, at="operations in the region"),
      D("2007-01-14/2008-01-14", "during the past year", approx=True), None, T("deployed", at="has deployed"),
      "'The government has deployed 40,000 troops ... in the region during the past year' -> deployment of 40,000 "
      "to the south; 'during the past year' -> interval, approx (close call against presence)."),
], hard_negatives=[
    H("suspected militants", "captures with no count", at="captured suspected"),
    H("one of the soldiers", "the beheaded soldier is one of the eight already counted"),
    H("several months", "duration"),
])

# ---------------------------------------------------------------- Chad 2008: curfew, EU force
ANN["voa_2008_02_07_chad_curfew_eu_force"] = dict(events=[
    E("e1", DEP, None, A("EU", "European", at="European officials"), False,
      C("3,700 peacekeepers", num="3,700", value=3700),
      L("both Chad and the CAR", None, None, None, None, 4), N0, None, T("due to deploy"),
      "'3,700 peacekeepers are due to deploy in both Chad and the CAR' -> planned deployment of the European Union "
      "force (actor from 'The European Union had just begun deploying a peacekeeping force' and 'European officials'). "
      "Two countries -> country null, precision 4. No date for the deployment ('next week' is when the effort "
      "resumes) -> null. The sentence is in the article's voice after 'European officials say' -> source null (close "
      "call).", planned=True),
], hard_negatives=[
    H("six provinces", "count of provinces"),
    H("tens of thousands of civilians", "displaced people (fled to Cameroon)"),
    H("Opposition leaders", "detentions with no count"),
    H("about 400 kilometers", "distance"),
    H("hundreds of thousands of people", "displaced people"),
])

# ---------------------------------------------------------------- Algeria 2008: Les Issers
ISS = L("the Les Issers district of Boumerds", "DZA", "Boumerd\u00e8s", None, None, 3)
TUE08 = D("2008-08-19", "Tuesday morning", derived_from_context=True)
MIN = S("Algeria's Interior Ministry says")
ANN["voa_2008_08_19_algeria_issers_police_school"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("more than 40 people", num="40", value=40, low=40, qualifier="more than"), ISS,
      TUE08, MIN, T("killed", at="has killed"),
      "'a suicide car bombing in front of a police school near Algiers has killed more than 40 people' -> killed, "
      "more than 40 (the bomber's death not separated). Place: 'The attack occurred in the Les Issers district of "
      "Boumerds' (source spelling). Date: 'Tuesday morning' (second paragraph) = 19 August 2008, derived. The victims "
      "were mostly young applicants, but the text says 'people' -> civilian null."),
    E("e2", CAS, W, A(None), None, C("dozens more", num="dozens", value=None, low=24, approx=True, qualifier="dozens"),
      ISS, TUE08, MIN, T("injured"), "'and injured dozens more' -> wounded, dozens (low 24)."),
], hard_negatives=[
    H("the third suicide bombing attack", "ordinal count of attacks"),
    H("more than 50 kilometers", "distance"),
    H("the last two years", "duration"),
])

# ---------------------------------------------------------------- Algeria 2008: Bouira
OFF08 = S("officials say", at="officials say killed")
ANN["voa_2008_08_20_algeria_bouira_bombings"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 11 people", num="11", value=11, low=11, qualifier="at least"),
      L("the city of Bouira", "DZA", "Bouira", 36.37, 3.90, 1), D("2008-08-20", "early Wednesday",
                                                                  derived_from_context=True),
      S("according to state radio"), T("killing"),
      "'Two more deadly car bombings have rocked Algeria, killing at least 11 people according to state radio' -> "
      "killed, at least 11; the attacks 'took place early Wednesday in the city of Bouira' (next paragraph, derived)."),
    E("e2", CAS, K, A(None), None, C("more than 40 people", num="40", value=40, low=40, qualifier="more than"), None,
      D("2008-08-19", "on Tuesday"), OFF08, T("killed", at="say killed"),
      "Background in the lede: 'a suicide car bomb attack on Tuesday which officials say killed more than 40 people' "
      "(19 August 2008; the place is not named in this text -> location null)."),
    E("e3", CAS, W, A(None), None, C("45", value=45, at="injured 45"), None, D("2008-08-19", "on Tuesday"), OFF08,
      T("injured", at="and injured 45"), "'... and injured 45' -> wounded 45 (same attack and source as e2)."),
], hard_negatives=[
    H("Two more deadly car bombings", "count of bombings"),
    H("more than 100 kilometers", "distance"),
    H("hundreds of meters", "distance"),
    H("maybe 100 terrorists in each group", "size of each former group in an analyst's historical remark ('in each group'), not one force at a place"),
])

# ---------------------------------------------------------------- Kashmir 2009: Mendhar forest battle
MEN = L("a mountainous forest area near Mendhar in Poonch district", "IND", "Jammu and Kashmir", 33.61, 74.13, 2)
THU09 = D("2009-01-01/2009-01-04", "began on Thursday", derived_from_context=True)
OFF09 = S("Officials say")
ANN["voa_2009_01_04_kashmir_mendhar_forest_battle"] = dict(events=[
    E("e1", CAS, K, A(["IND", "militants"]), False, C("seven lives", num="seven", value=7), MEN, THU09, None,
      T("claimed", at="has claimed seven"),
      "'The violence close to the line of control has claimed seven lives, including three security personnel' -> "
      "killed 7, both sides (list actor). Total of e2 (3) and e3 (4). Date: the fighting 'began on Thursday' (1 "
      "January 2009) and entered its fourth day on Sunday (4 January) -> interval, derived. Place from the second "
      "paragraph.", is_total=True),
    E("e2", CAS, K, A("IND"), False, C("three security personnel", num="three", value=3), MEN, THU09, None,
      T("claimed", at="has claimed seven"),
      "Part of the seven: 3 Indian security personnel (= 'two troops and a special police officer', e4 + e5).",
      part_of="e1"),
    E("e3", CAS, K, A("militants", "militants", at="four militants"), False, C("four militants", num="four", value=4),
      MEN, THU09, OFF09, T("killed", at="have been killed in"),
      "'Officials say four militants have been killed in the fighting so far' -> killed 4; part of the seven.",
      part_of="e1"),
    E("e4", CAS, K, A("IND"), False, C("two troops", num="two", value=2, at="while two troops"), MEN, THU09, OFF09,
      T("killed", at="have also been killed"), "'while two troops ... have also been killed' -> killed 2 soldiers.",
      part_of="e2"),
    E("e5", CAS, K, A("IND"), False, C("a special police officer", num="a", value=1), MEN,
      D("2009-01-03", "on Saturday", derived_from_context=True), OFF09, T("killed", at="have also been killed"),
      "'and a special police officer have also been killed' -> killed 1 (police: civilian false); the next sentence "
      "names him and says he 'was the last to die on Saturday' (3 January 2009, derived).", part_of="e2"),
    E("e6", PRE, None, A("militants", "militants", at="ten militants"), False,
      C("up to ten militants", num="ten", value=10, high=10, approx=True, qualifier="up to"),
      L("the area", "IND", "Jammu and Kashmir", 33.61, 74.13, 2, at="hiding in the area"), N0,
      S("The Indian wire agency Press Trust of India quoted unnamed officials as saying"), T("hiding"),
      "'up to ten militants were hiding in the area' -> presence, up to 10 (the forest near Mendhar). No date beyond "
      "the encounter itself -> null."),
], hard_negatives=[
    H("its fourth day", "ordinal day; duration"),
    H("two to three Muslim militant groups", "count of groups"),
])

# ---------------------------------------------------------------- Haiti 2010: UN reinforcements
HTI = L("Haiti", "HTI", None, None, None, 4, at="sent to Haiti")
HTI2 = L("Haiti", "HTI", None, None, None, 4, at="situation in Haiti")
ZHANG = S("Chinese Ambassador Zhang Yesui said")
ANN["voa_2010_01_19_haiti_un_reinforcements"] = dict(events=[
    E("e1", DEP, None, A("UN"), False,
      C("as many as 3,500 new peacekeepers and police", num="3,500", value=3500, high=3500, approx=True,
        qualifier="as many as"), HTI, N0, None, T("sent", at="to be sent"),
      "'The U.N. Security Council has authorized a request ... for as many as 3,500 new peacekeepers and police to be "
      "sent to Haiti' -> planned deployment, upper bound 3,500 (MINUSTAH); total of e3 (1,500 police) + e4 (2,000 "
      "troops). The authorization is not the deployment -> date null.", planned=True, is_total=True),
    E("e2", PRE, None, A("UN", "U.N.", at="U.N. force in Haiti"), False,
      C("more than 12,000", num="12,000", value=12000, low=12000, qualifier="more than"),
      L("Haiti", "HTI", None, None, None, 4, at="force in Haiti to"), N0, None, T("boost"),
      "'This will boost the U.N. force in Haiti to more than 12,000' -> planned presence (the force size after the "
      "reinforcement).", planned=True),
    E("e3", DEP, None, A("UN"), False, C("1,500 more police", num="1,500", value=1500), HTI2, N0, ZHANG,
      T("authorize", at="to authorize 1,500"),
      "'the council's unanimous decision to authorize 1,500 more police and 2,000 troops for the next six months' -> "
      "planned deployment of 1,500 UN police (police: civilian false); part of e1.", planned=True, part_of="e1"),
    E("e4", DEP, None, A("UN"), False, C("2,000 troops", num="2,000", value=2000), HTI2, N0, ZHANG,
      T("authorize", at="to authorize 1,500"), "Planned deployment of 2,000 UN troops; part of e1. 'for the next six "
      "months' is the duration of the authorization -> hard negative, date null.", planned=True, part_of="e1"),
], hard_negatives=[
    H("the next six months", "duration"),
])

# ---------------------------------------------------------------- Ivory Coast 2011: cost of conflict
ANN["voa_le_2011_04_01_ivory_coast_cost_of_conflict"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("several hundred people", num="several hundred", value=None, low=300, approx=True,
                                    qualifier="several hundred"),
      L("Ivory Coast", "CIV", None, None, None, 4), D("2010-12/2011-04-01", "since early December", approx=True),
      S("The United Nations says"), T("killed", at="have been killed since"),
      "'The United Nations says several hundred people have been killed since early December' -> running toll, "
      "several hundred (low 300), cumulative from December 2010 to publication.", cumulative=True),
    E("e2", PRE, None, A("UN", "United Nations", at="United Nations peacekeeping"), False,
      C("nearly ten thousand", num="ten thousand", value=10000, high=10000, approx=True, qualifier="nearly"),
      L("the country", "CIV", None, None, None, 4, at="troops in the country"), N0, None,
      T("in the country", at="troops in the country"),
      "'the nearly ten thousand United Nations peacekeeping troops in the country' -> presence, nearly 10,000 (number "
      "words as in Special English). State, no time word -> date null."),
], hard_negatives=[
    H("As many as one million", "displaced people"),
    H("sixteen million dollars", "money"),
])

# ---------------------------------------------------------------- Philippines 2017: Vietnamese hostages
SULU = L("the southern island province of Sulu", "PHL", "Sulu", None, None, 3)
WKD = D("2017-07-08/2017-07-09", "a weekend battle", derived_from_context=True)
ANN["voa_le_2017_07_14_philippines_vietnamese_hostages"] = dict(events=[
    E("e1", CAS, K, A("VNM", "Vietnamese", at="third Vietnamese"), True,
      C("A third Vietnamese hostage", num="A", value=1), SULU, N0,
      S("Filipino General Cirilito Sobejana confirmed"), T("killed", at="has been killed"),
      "'A third Vietnamese hostage held by Islamic militants in the Philippines has been killed' -> killed 1 (the "
      "ordinal numbers him among the Vietnamese victims, as set (z) read 'A fifth soldier'; not a running total; "
      "close call). Hostage, crew member -> civilian true. The body was found in Sulu after the weekend battle; when "
      "he died is unknown -> date null, reported_date 13 July 2017 ('confirmed Thursday').",
      reported_date="2017-07-13"),
    E("e2", CAS, K, A("Abu Sayyaf"), False, C("four militants", num="four", value=4), SULU, WKD, None,
      T("dead", at="soldier dead"),
      "'The fighting also left four militants and a soldier dead' -> killed 4 Abu Sayyaf militants (actor from the "
      "battle 'between troops and Abu Sayyaf militants'). Weekend before a Friday story -> 8-9 July 2017 (derived); "
      "place Sulu (next sentence, derived)."),
    E("e3", CAS, K, A("PHL"), False, C("a soldier", num="a", value=1, at="and a soldier"), SULU, WKD, None,
      T("dead", at="soldier dead"), "Killed 1 Philippine soldier in the same battle."),
    E("e4", CAS, K, A("VNM", "Vietnamese", at="two Vietnamese"), True, C("two Vietnamese hostages", num="two", value=2),
      L("the southern island of Basilan", "PHL", "Basilan", None, None, 3), D("2017-07-03/2017-07-09", "Last week"),
      None, T("beheaded"),
      "'two Vietnamese hostages were found beheaded on the southern island of Basilan' -> killed 2 (death implied by "
      "the beheading); 'Last week' = 3-9 July 2017 (the finding)."),
    E("e5", CAS, W, A("VNM", "Vietnamese", at="Another Vietnamese"), True,
      C("Another Vietnamese hostage", num="Another", value=1), None,
      D("2017-01/2017-07", "earlier this year", approx=True), None, T("shot", at="was shot by the captors"),
      "'Another Vietnamese hostage was shot by the captors earlier this year' -> outcome not stated; annotated as "
      "wounded, the minimal outcome (set (z)'s convention for 'was shot'). Close call: the context lists hostages "
      "who were killed, so 'killed' is arguable."),
    E("e6", CAS, CAP, A("VNM", "Vietnamese", at="the Vietnamese hostages escaped"), True,
      C("One of the Vietnamese hostages", num="One", value=1),
      L("Basilan", "PHL", "Basilan", None, None, 3, at="captivity in Basilan"), D("2017-06", "last month"), None,
      T("escaped"),
      "'One of the Vietnamese hostages escaped captivity in Basilan last month' -> captured, released true (an "
      "escape, by analogy, as set (ah) did); June 2017.", released=True),
    E("e7", CAS, CAP, A("VNM"), True, C("seven others", num="seven", value=7), None, N0, None,
      T("being held"),
      "'But seven others are still being held by the militant group' -> captured 7 Vietnamese (from context), a "
      "status with no time word -> date null. Probably among the 15 foreigners (e9), not linked."),
    E("e8", CAS, CAP, A(None), True, C("a total of 21 hostages", num="21", value=21), None,
      D("2017-07-14", "currently"), S("according to Philippine military officials"), T("holding"),
      "'Abu Sayyaf is currently holding a total of 21 hostages, including 15 foreigners' -> captured 21 (total; "
      "'currently' = publication day). Hostages of several nationalities -> actor null, civilian true.",
      is_total=True),
    E("e9", CAS, CAP, A(None), True, C("15 foreigners", num="15", value=15), None, D("2017-07-14", "currently"),
      S("according to Philippine military officials"), T("holding"), "Part of the 21: 15 foreign hostages.",
      part_of="e8"),
    E("e10", PRE, None, A("Abu Sayyaf", "Abu Sayyaf", at="Abu Sayyaf was formed"), False,
      C("about 400 members", num="400", value=400, approx=True, qualifier="about"),
      L("the Sulu Sea islands in the mostly Muslim southern Philippines", "PHL", None, None, None, 3), N0, None,
      T("include"),
      "'[Abu Sayyaf] is now believed to include about 400 members' -> presence (force size) of about 400; where it "
      "operates from the next paragraph ('the Sulu Sea islands', derived); 'It' resolved to Abu Sayyaf (actor surface "
      "at the start of the paragraph).", hedge="is now believed"),
], hard_negatives=[
    H("All victims", "restates the captured crew members with no count"),
    H("two cargo ships", "count of ships"),
    H("Several factions", "count of factions"),
    H("the past two months", "duration"),
    H("the past 20 years", "duration"),
])

# ---------------------------------------------------------------- Nigeria 2007: Bayelsa, Chinese workers
BAY = L("the Southern Nigeria state, Bayelsa", "NGA", "Bayelsa", None, None, 3)
RINGIM = S("Bayelsa State Police Commissioner Hafiz Ringim")
ANN["voa_2007_01_25_nigeria_bayelsa_chinese_workers"] = dict(events=[
    E("e1", CAS, CAP, A("CHN", "Chinese", at="two Chinese workers"), True,
      C("at least two Chinese workers", num="two", value=2, low=2, qualifier="at least"), BAY,
      D("2007-01-25", "Thursday"), None, T("kidnapping"),
      "'Suspected armed militants attacked a Chinese oil company in ... Bayelsa, Thursday, kidnapping at least two "
      "Chinese workers' -> captured, at least 2 (Thursday = the publication day, 25 January 2007)."),
    E("e2", CAS, CAP, A(None), None, C("about two, three people", num="two, three", value=None, low=2, high=3,
                                      approx=True, qualifier="about"), BAY,
      D("2007-01-25", "in the morning", derived_from_context=True), RINGIM, T("kidnapped", at="people kidnapped"),
      "The police commissioner's own figure, '\"about two, three people kidnapped,\" he said' -> a figure from a "
      "different source (2 to 3) -> separate event (GUIDELINES 6); 'he' resolved to the commissioner. 'people' -> "
      "actor and civilian null."),
    E("e3", CAS, K, A("militants"), False, C("one of the assailants", num="one", value=1), BAY,
      D("2007-01-25", "Thursday", derived_from_context=True), RINGIM, T("died", at="assailants died"),
      "'He says one of the assailants died, following a shoot-out with security forces' -> killed 1 attacker "
      "(generic 'militants'); restated in the quote as 'one militant was killed' (alt_mention).",
      alt_mentions=[S("one militant")]),
    E("e4", CAS, CAP, A(None), True, C("Some 100 hostages", num="100", value=100, approx=True, qualifier="some"),
      L("the Niger Delta", "NGA", None, None, None, 3, at="kidnapped in the Niger Delta"),
      D("2006-01-25/2007-01-25", "in the past year", approx=True), None, T("kidnapped", at="have been kidnapped in"),
      "'Some 100 hostages - mainly workers in the oil industry - have been kidnapped in the Niger Delta, in the past "
      "year' -> captured, running total over the past year (cumulative); mainly workers -> civilian true.",
      cumulative=True),
    E("e5", CAS, CAP, A("CHN", "Chinese", at="Five Chinese"), True, C("Five Chinese telecom workers", num="Five",
                                                                     value=5), None,
      D("2007-01-15/2007-01-21", "last week"), None, T("released", at="were released last"),
      "'Five Chinese telecom workers seized by unidentified gunmen on January 5 were released last week' -> captured, "
      "released true, dated by the release ('last week' = 15-21 January 2007); the seizure date (5 January) is in "
      "the same clause. No place -> null.", released=True),
    E("e6", CAS, CAP, A("PHL", "Filipinos"), True, C("A group of 24 Filipinos", num="24", value=24), None,
      D("2007-01-15/2007-01-21", "last week", at="abducted last week"), None, T("abducted", at="Filipinos, abducted"),
      "'A group of 24 Filipinos, abducted last week, is still being held' -> captured 24 (nationals -> civilian "
      "true). No place in the sentence -> null."),
], hard_negatives=[
    H("four, five hours", "duration"),
    H("the second involving Chinese this month", "ordinal count of incidents"),
    H("a quarter", "fraction of output"),
])

# ---------------------------------------------------------------- Nigeria 2007: Eni offshore kidnapping
OFFN = L("an offshore facility in Nigeria's Niger Delta", "NGA", None, None, None, 3)
ANN["voa_2007_10_26_nigeria_offshore_eni_kidnapping"] = dict(events=[
    E("e1", CAS, CAP, A(["NGA", "POL", "PHL"]), True, C("six workers", num="six", value=6), OFFN,
      D("2007-10-26", "on Friday morning"), S("Italian oil giant Eni has confirmed"), T("taken", at="were taken in"),
      "'Eni has confirmed that six workers were taken in an attack on an offshore facility in Nigeria's Niger Delta "
      "on Friday morning' -> captured 6; 'those taken were Nigerian, Polish and Filipino citizens' -> list actor (no "
      "single surface); workers -> civilian true."),
    E("e2", CAS, W, A("NGA", "Nigerian", at="one Nigerian worker"), True, C("one Nigerian worker", num="one", value=1),
      OFFN, D("2007-10-26", "on Friday morning", derived_from_context=True), S("The company says"), T("injured"),
      "'and one Nigerian worker was injured' -> wounded 1."),
    E("e3", CAS, CAP, A(None), True, C("seven Shell company workers", num="seven", value=7), None,
      D("2007-10-20", "Saturday"), None, T("taken", at="Shell company workers were taken"),
      "'a hostage taking Saturday in which seven Shell company workers were taken and held for two days' -> captured "
      "7 (Saturday 20 October 2007; claimed by MEND). The release is only implied ('held for two days') -> no "
      "released flag. No place in the sentence -> null."),
], hard_negatives=[
    H("a five-month ceasefire", "duration"),
    H("two days", "duration"),
])

# ---------------------------------------------------------------- Nigeria 2006: MEND seizes four workers
ANN["voa_2006_12_08_nigeria_mend_four_workers_seized"] = dict(events=[
    E("e1", CAS, CAP, A(None), True, C("four foreign oil workers", num="four", value=4),
      L("the Bayelsa region", "NGA", "Bayelsa", None, None, 3), D("2006-12-07", "a day after"), None, T("seized"),
      "'a day after it seized four foreign oil workers' -> captured 4 on Thursday 7 December 2006 (a day before the "
      "Friday story; 'Thursday's attack' confirms it). Restated as 'the four kidnapped oil workers in the Bayelsa "
      "region' (alt_mention; place from there). Nationalities not given -> actor null.",
      alt_mentions=[S("the four kidnapped oil workers")]),
    E("e2", CAS, K, A(None), None, C("At least one person", num="one", value=1, low=1, qualifier="at least"),
      L("an offshore oil facility", "NGA", "Bayelsa", None, None, 3), D("2006-12-07", "early Thursday"), None,
      T("killed", at="was killed in"),
      "'At least one person was killed in the shootout at an offshore oil facility early Thursday' -> killed, at "
      "least 1 (not described). The facility is not named; admin1 Bayelsa from context (close call)."),
], hard_negatives=[])

# ---------------------------------------------------------------- Nigeria 2007: Port Harcourt kidnapping
PH = L("Nigeria's southern oil city of Port Harcourt", "NGA", "Rivers", 4.82, 7.03, 1)
BARASUA = S("Rivers State spokeswoman Irejua Barasua says")
ANN["voa_2007_06_01_nigeria_port_harcourt_kidnapping"] = dict(events=[
    E("e1", CAS, CAP, A(None), True, C("at least three foreign workers", num="three", value=3, low=3,
                                      qualifier="at least"), PH, D("2007-06-01", "Friday", derived_from_context=True),
      BARASUA, T("abducted", at="were abducted"),
      "'Rivers State spokeswoman ... says at least three foreign workers were abducted' -> captured, at least 3 "
      "(primary: the attributed sentence; the lede 'At least three foreigners have been kidnapped' is the "
      "alt_mention). Friday = publication day, 1 June 2007. Nationality unknown ('possibly of Asian origin') -> actor "
      "null; workers -> civilian true.", alt_mentions=[S("At least three foreigners")]),
    E("e2", CAS, W, A(None), None, C("two people", num="two", value=2, at="and two people injured"), PH,
      D("2007-06-01", "Friday"), None, T("injured", at="people injured"),
      "'and two people injured' (lede) -> wounded 2; the spokeswoman's 'two people - possibly police officers - were "
      "caught up in the cross-fire' restates them (alt_mention). 'possibly police officers' -> civilian null.",
      alt_mentions=[S("two people", at="and two people -")]),
    E("e3", CAS, CAP, A(None), True, C("more than three hostages", num="three", value=3, low=3, qualifier="more than"),
      PH, D("2007-06-01", "Friday", derived_from_context=True), S("Barasua said"), T("taken off"),
      "'the gunmen may have taken off with more than three hostages, but she could not confirm details' -> a "
      "hedged second figure from the same spokeswoman -> separate claim, hedge 'may have' (close call).",
      hedge="may have"),
], hard_negatives=[
    H("25 percent", "percentage"),
    H("his first 100 days", "duration"),
    H("the first kidnapping", "ordinal count of incidents"),
])

# ---------------------------------------------------------------- Afghanistan 2009: NATO pledge
ANN["voa_2009_12_04_afghanistan_nato_7000_pledge"] = dict(events=[
    E("e1", DEP, None, A("NATO", "NATO", at="Twenty-five NATO"), False,
      C("about 7,000 additional troops", num="7,000", value=7000, approx=True, qualifier="about"),
      L("Afghanistan", "AFG", None, None, None, 4, at="commitment to Afghanistan"), N0, None, T("pledged"),
      "'Twenty-five NATO countries and other contributors to ... ISAF ... have pledged about 7,000 additional troops' "
      "-> planned deployment of about 7,000 (NATO/ISAF contributors -> 'NATO'). No date for the deployment -> null.",
      planned=True),
], hard_negatives=[
    H("Twenty-five NATO countries", "count of countries"),
    H("the 10,000 additional troops", "the number Pentagon officials 'hoped for'; not pledged (hypothetical)"),
    H("the 44 ISAF countries", "count of countries"),
])

# ---------------------------------------------------------------- CAR 2014: Ban asks for 3,000 troops
CARL = L("the country", "CAF", None, None, None, 4, at="troops to the country")
CARL2 = L("the country", "CAF", None, None, None, 4, at="already in the country")
ANN["voa_le_2014_02_22_car_ban_3000_troops"] = dict(events=[
    E("e1", DEP, None, A("UN"), False, C("at least 3,000 more troops", num="3,000", value=3000, low=3000,
                                        qualifier="at least"), CARL, N0, None, T("deploy", at="to deploy at least"),
      "'Mr. Ban asked the Security Council on Thursday to deploy at least 3,000 more troops to the country' -> "
      "requested (planned) deployment, at least 3,000; whose troops is not said -> 'UN' (asked of the Security "
      "Council; close call). 'Thursday' is the request, not the deployment ('within the coming days and weeks') -> "
      "date null.", planned=True),
    E("e2", PRE, None, A(["AU", "FRA"], "African Union and French"), False,
      C("More than 7,000", num="7,000", value=7000, low=7000, qualifier="more than"), CARL2, N0, None,
      T("are already in"),
      "'More than 7,000 African Union and French forces are already in the country' -> presence, one count covering "
      "two forces -> list actor."),
    E("e3", DEP, None, A("EU", "European Union", at="The European Union has"), False,
      C("another 1,000 soldiers", num="1,000", value=1000), CARL2, N0, None, T("promised to send"),
      "'The European Union has promised to send another 1,000 soldiers' -> planned deployment of 1,000 ('another' = "
      "additional, not a bound); destination the country of the previous sentence (derived).", planned=True),
    E("e4", CAS, K, A(None), None, C("hundreds of people", num="hundreds", value=None, low=200, approx=True,
                                    qualifier="hundreds"),
      L("the Central African Republic", "CAF", None, None, None, 4), D("2013-12/2014-02-22", "Since December",
                                                                       approx=True), None, T("died", at="have died"),
      "'Since December, hundreds of people have died in clashes between Muslims and Christians' -> killed, hundreds "
      "(low 200), running toll December 2013 to publication (cumulative).", cumulative=True),
], hard_negatives=[
    H("$38 million", "money"),
    H("Tens of thousands", "displaced people (fled the country)"),
    H("a year ago", "date expression"),
])

# -*- coding: utf-8 -*-
"""Gold annotations of set (ah), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries) and ACLED-style precision (1 point, 2 near a point, part of a city or an
offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a `trigger`.
"""

from blindset import A, C, D, E, H, L, S, T  # noqa: F401  (the shared vocabulary)

ANN = {}


K, W, CAP, MIS = "killed", "wounded", "captured", "missing"
CAS, PRE, DEP = "casualty", "presence", "deployment"
N0 = D(None)

# ---------------------------------------------------------------- Pakistan 2010: Lower Dir convoy bomb
LDIR = L("the Lower Dir District", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
ZAREEN = S("District police officer Mumtaz Zareen, tells VOA")
ANN["voa_2010_02_03_pakistan_lower_dir_convoy"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("eight people", num="eight", value=8), LDIR, N0, None,
      T("killed", at="eight people killed"),
      "'Three American soldiers were among eight people killed when a roadside bomb struck their convoy' -> killed 8, "
      "total (is_total; parts e2, e3; the other four victims are not described). No time expression -> date null. "
      "Place from the next sentence ('the attack in the Lower Dir District').", is_total=True),
    E("e2", CAS, K, A("USA", "American", at="Three American"), False,
      C("Three American soldiers", num="Three", value=3), LDIR, N0, None, T("killed", at="eight people killed"),
      "Part of the eight. Restated by the police officer ('three of the U.S. troops', alt_mention).", part_of="e1",
      alt_mentions=[S("three of the U.S. troops")]),
    E("e3", CAS, K, A("PAK", "local", at="a local soldier"), False, C("a local soldier", num="a", value=1), LDIR, N0,
      ZAREEN, T("killed", at="instantly killed"),
      "'the powerful explosion instantly killed three of the U.S. troops and a local soldier' -> killed 1; 'local' = "
      "Pakistani (the convoy was with the Frontier Corps; close call on the actor). Part of the eight. 'He says' "
      "resolved to the police officer.", part_of="e1"),
    E("e4", CAS, W, A(None), None, C("dozens of others", num="dozens", value=None, low=24, approx=True,
                                    qualifier="dozens"), LDIR, N0, ZAREEN, T("wounded", at="others were wounded"),
      "'while dozens of others were wounded' -> wounded, dozens (low 24). Victims not described -> actor/civilian null."),
    E("e5", PRE, None, A("USA", "American", at="five American"), False,
      C("five American military personnel", num="five", value=5), LDIR, N0, S("Authorities say"),
      T("carrying", at="convoy carrying"),
      "'a security convoy carrying five American military personnel was the target of the attack in the Lower Dir "
      "District' -> presence of 5 US trainers there (close call: presence of a convoy's passengers). Three of them "
      "were killed (e2; not linked, different types)."),
], hard_negatives=[
    H("at least four female students", "'were buried under the rubble': no casualty outcome is stated (not annotated as killed or wounded; close call)"),
    H("many others", "wounded with no count"),
    H("several other districts", "count of districts"),
])

# ---------------------------------------------------------------- Afghanistan 2009: Kamdesh outposts
KAM = L("the Kamdesh district", "AFG", "Nuristan", None, None, 3)
SAT_KAM = D("2009-10-03", "early on Saturday", derived_from_context=True)
ANN["voa_2009_10_04_afghanistan_kamdesh_outposts"] = dict(events=[
    E("e1", CAS, K, A("USA", "American", at="confirmed eight American"), False,
      C("eight American soldiers", num="eight", value=8, at="confirmed eight"), KAM, SAT_KAM,
      S("U.S Army Colonel Wayne Shanks confirmed"), T("died", at="soldiers died"),
      "'Colonel Wayne Shanks confirmed eight American soldiers died in the fighting' -> killed 8 (primary: the fuller "
      "attributed sentence; the lede 'left eight American and several Afghan soldiers dead' is the alt_mention). "
      "Saturday in a Sunday story = 3 October 2009 (from the third paragraph, derived).",
      alt_mentions=[S("eight", at="has left eight")]),
    E("e2", CAS, K, A("AFG", "Afghan", at="several Afghan soldiers"), False,
      C("several", value=None, low=3, approx=True, qualifier="several", at="and several Afghan"), KAM, SAT_KAM, None,
      T("dead", at="soldiers dead"), "'... and several Afghan soldiers dead' -> killed, several (low 3)."),
    E("e3", CAS, CAP, A("AFG", "Afghan", at="several Afghan policemen"), False,
      C("several Afghan policemen", num="several", value=None, low=3, approx=True, qualifier="several"), KAM, SAT_KAM,
      S("Taliban insurgents claimed responsibility for the violence, saying"), T("captured", at="also captured"),
      "Taliban claim of having captured several Afghan policemen -> captured, several (source: the Taliban). Restated "
      "later as 'a large number of policemen' (no count; hard negative); 'the claim could not be verified'."),
    E("e4", PRE, None, A("insurgents", "insurgents", at="armed insurgents"), False,
      C("scores of heavily armed insurgents", num="scores", value=None, low=40, approx=True, qualifier="scores"),
      KAM, D("2009-10-03", "early on Saturday"), None, T("raided", at="village raided"),
      "Size of the attacking force -> presence, 'scores' (low 40 by analogy with the vague-magnitude table; close "
      "call). Actor: the text says insurgents (Taliban claimed the attack)."),
], hard_negatives=[
    H("two remote coalition outposts", "count of outposts"),
    H("a large number of policemen", "restatement of the claimed captures with no count"),
])

# ---------------------------------------------------------------- Afghanistan 2008: raids, 19 militants
ANN["voa_2008_11_01_afghanistan_kunar_raids"] = dict(events=[
    E("e1", CAS, K, A("militants", "militant", at="Haqqani militant"), False, C("19 fighters", num="19", value=19),
      L("eastern Afghanistan", "AFG", None, None, None, 3), D("2008-10-31", "Friday's", derived_from_context=True),
      S("The U.S. military in Afghanistan says"), T("killed", at="have killed 19"),
      "'troops conducting several raids targeting al-Qaida, Taliban and Haqqani militant networks have killed 19 "
      "fighters' -> killed 19 (mixed networks -> 'militants'). Place: the fighting 'in eastern Afghanistan' of the next "
      "paragraph. Date: the raids are 'Friday's' (31 October 2008 in a Saturday story; derived, close call: not all raids "
      "need be Friday's)."),
    E("e2", CAS, K, A(None), None, C("one armed woman", num="one", value=1),
      L("Dara Noor District", "AFG", "Nangarhar", None, None, 3), D("2008-10-31", "Friday's", derived_from_context=True),
      S("The military"), T("killed", at="troops killed one"),
      "'troops killed one armed woman during the operation' (the Dara Noor raid) -> killed 1. Armed, but not "
      "described as a fighter -> civilian null. May or may not be among the 19 (not linked). Dara Noor (Dara-i-Nur) "
      "lies in Nangarhar (admin1 from the annotator's knowledge; the text names Kunar as the destination of the "
      "weapons)."),
], hard_negatives=[
    H("several raids", "count of raids"),
    H("some civilians", "reported civilian deaths with no count"),
])

# ---------------------------------------------------------------- Sudan 2008: UNAMID build-up
DARFUR = L("Darfur", "SDN", None, None, None, 3)
ANN["voa_2008_03_14_sudan_darfur_unamid_deployment"] = dict(events=[
    E("e1", PRE, None, A(["UN", "AU"], "U.N. / African Union", at="combined U.N."), False,
      C("the 26,000 strong force", num="26,000", value=26000), DARFUR, N0, S("U.N. officials say"),
      T("full deployment", at="say full deployment"),
      "Planned full strength of UNAMID in Darfur -> presence, planned. Restated by the spokesman ('26,000 police and "
      "military forces deployed in Darfur', alt_mention). Joint UN-AU mission -> list actor. No date (the build-up is "
      "expected 'throughout 2008' and 'into 2009').", planned=True,
      alt_mentions=[S("26,000 police and military forces")]),
    E("e2", DEP, None, A(["UN", "AU"]), False,
      C("no more than 1,800 troops", num="1,800", value=1800, high=1800, approx=True, qualifier="no more than"),
      DARFUR, D("2008-03/2008-05", "over the next couple of months", approx=True),
      S("U.N. officials say", at="But in total"), T("expected in", at="troops are expected"),
      "'no more than 1,800 troops are expected in over the next couple of months' -> planned deployment, upper bound "
      "1,800 (Egyptian and Ethiopian troops). Date: the next couple of months (approx).", planned=True),
    E("e3", PRE, None, A(["UN", "AU"]), False,
      C("Some 9,200 soldiers and police", num="9,200", value=9200, approx=True, qualifier="some"), DARFUR, N0, None,
      T("have already been deployed", at="police have already"),
      "'Some 9,200 soldiers and police have already been deployed' -> the force already in place = presence (close "
      "call against deployment). No time expression beyond 'already' -> date null."),
], hard_negatives=[
    H("5,000 civilian staff", "civilian staff of the mission, not troops"),
    H("two and half months", "duration"),
    H("Egyptian troops", "arrival announced with no count"),
])

# ---------------------------------------------------------------- Somalia 2007: AMISOM force generation
ANN["voa_2007_06_15_somalia_burundi_au_battalion"] = dict(events=[
    E("e1", DEP, None, A("AU", "African Union", at="an African Union peacekeeping force for"), False,
      C("a 8,000-strong force", num="8,000", value=8000), L("Somalia", "SOM", None, None, None, 4, at="force for Somalia"),
      N0, None, T("conceived"),
      "'The United Nations Security Council approved the deployment of an African Union peacekeeping force for Somalia "
      "in February. It conceived a 8,000-strong force' -> planned deployment of 8,000 (authorized size). February is "
      "the approval, not the deployment -> date null.", planned=True),
    E("e2", PRE, None, A("UGA", "Ugandans"), False, C("1,500 Ugandans", num="1,500", value=1500),
      L("Somalia", "SOM", None, None, None, 4, at="sent troops to Somalia"), N0, None,
      T("deployed", at="actually been deployed"),
      "'only 1,500 Ugandans have actually been deployed' -> present force of 1,500 (close call against deployment). "
      "'only' is not a bound."),
], hard_negatives=[
    H("a battalion of Burundian peacekeepers", "planned deployment given only as a unit (GUIDELINES 2)"),
    H("$6 million", "money"),
])

# ---------------------------------------------------------------- CAR 2013: FOMAC
ANN["voa_2013_09_19_car_fomac_boost"] = dict(events=[
    E("e1", PRE, None, A("FOMAC", "Multinational Force of Central Africa"), False,
      C("about 2,000 peacekeepers", num="2,000", value=2000, approx=True, qualifier="about"),
      L("the region", "CAF", None, None, None, 4, at="peacekeepers in the region"), N0, None,
      T("There are", at="There are about"),
      "'There are about 2,000 peacekeepers in the region as part of the Multinational Force of Central Africa (FOMAC)' "
      "-> presence (the region = the Central African Republic). No time word -> date null."),
    E("e2", PRE, None, A("FOMAC"), False,
      C("more than 3,500", num="3,500", value=3500, low=3500, qualifier="more than"),
      L("the region", "CAF", None, None, None, 4, at="peacekeepers in the region"), N0, None,
      T("expected to grow", at="is expected to grow"),
      "'the number of troops is expected to grow to more than 3,500' -> planned presence.", planned=True),
    E("e3", CAS, K, A(None), None, C("10 people", num="10", value=10),
      L("the Boy Rabe neighborhood of the capital", "CAF", "Bangui", 4.40, 18.55, 2),
      D("2013-08", "In August", derived_from_context=True), S("Relief workers say"), T("killed", at="were killed during"),
      "'In August, Seleka forces raided the Boy Rabe neighborhood ... Relief workers say 10 people were killed during "
      "the operations here and in other parts of the city.' -> killed 10 ('people' -> actor/civilian null)."),
], hard_negatives=[])

# ---------------------------------------------------------------- CAR 2014: EU force
ANN["voa_2014_01_28_car_eu_troops"] = dict(events=[
    E("e1", DEP, None, A("EU", "European", at="500 European"), False,
      C("about 500 European troops", num="500", value=500, approx=True, qualifier="about"),
      L("the Central African Republic", "CAF", None, None, None, 4, at="already stationed in"), N0, None,
      T("is being sent", at="troops is being sent"),
      "'A contingent of about 500 European troops is being sent ... The U.N. Security Council authorized the EU troop "
      "increase Tuesday.' -> planned deployment (authorized, not yet arrived). The Tuesday is the authorization, not "
      "the deployment -> date null.", planned=True),
    E("e2", CAS, K, A(None), None, C("More than 1,000 people", num="1,000", value=1000, low=1000, qualifier="more than"),
      L("Bangui", "CAF", "Bangui", 4.39, 18.56, 1, at="intensified in Bangui"),
      D("2013-12/2014-01-28", "since violence intensified in Bangui in early December", approx=True), None,
      T("killed", at="feared killed"),
      "Running toll since early December 2013 (cumulative) -> killed, more than 1,000, hedge 'are feared'.",
      cumulative=True, hedge="are feared"),
], hard_negatives=[
    H("100,000 internally displaced people", "displaced people"),
    H("the two communities", "communities, not a count of people"),
])

# ---------------------------------------------------------------- UN peacekeeping 2008
GUEH = S("Jean-Marie Gu\u00e9henno, the U.N. chief of peacekeeping operations")
ANN["voa_2008_05_29_un_peacekeeping_60_years"] = dict(events=[
    E("e1", PRE, None, A("UN", "The world body"), False,
      C("more than 100,000 troops", num="100,000", value=100000, low=100000, qualifier="more than"), None, N0, None,
      T("has", at="body has more"),
      "'The world body has more than 100,000 troops from more than 120 countries working to keep the peace in 20 "
      "conflict zones.' -> presence, worldwide (no place)."),
    E("e2", PRE, None, A("UN"), False, C("110,000", num="110,000", value=110000), None, N0, GUEH,
      T("already deployed", at="110,000 already"),
      "'\"With 20 missions, 130,000 personnel authorized; 110,000 already deployed.\"' -> presence, 110,000 personnel "
      "(a separate claim from e1: different speaker and figure). 'he said' resolved to Gu\u00e9henno. The 130,000 "
      "authorized is a ceiling (hard negative)."),
    E("e3", CAS, K, A("UN", "peacekeepers", at="Ninety peacekeepers"), False,
      C("Ninety peacekeepers", num="Ninety", value=90), None, D("2007", "last year"), None,
      T("lost their lives"), "Annual toll of 2007 -> killed 90, cumulative over the year.", cumulative=True),
    E("e4", CAS, K, A("UN"), False, C("more than 2,400", num="2,400", value=2400, low=2400, qualifier="more than"),
      None, D("1948/2008-05-29", "during the last six decades", approx=True), None,
      T("lost their lives"), "'... and more than 2,400 during the last six decades' -> running toll since 1948.",
      cumulative=True),
    E("e5", CAS, K, A("UGA", "Ugandan", at="a Ugandan"), False, C("a Ugandan peacekeeper", num="a", value=1),
      L("the Darfur region of Sudan", "SDN", None, None, None, 3), D("2008-05-28", "On Wednesday"), None,
      T("killed", at="peacekeeper was killed"),
      "'On Wednesday, one more peacekeeper's name was added to that list, when a Ugandan peacekeeper was killed in the "
      "Darfur region of Sudan.' -> killed 1 (Wednesday in a Thursday story = 28 May 2008). 'one more peacekeeper' is "
      "the same death (alt_mention).", alt_mentions=[S("one more peacekeeper")]),
], hard_negatives=[
    H("130,000", "authorized ceiling, not a force present"),
    H("63 other missions", "count of missions"),
    H("20 missions", "count of missions"),
    H("more than 120 countries", "count of countries"),
    H("More than 40 percent", "percentage"),
])

# ---------------------------------------------------------------- Lebanon 2006: Italian UNIFIL landing
SLEB = L("south Lebanon", "LBN", None, None, None, 3)
ANN["voa_2006_09_02_lebanon_italian_unifil_landing"] = dict(events=[
    E("e1", DEP, None, A("ITA", "Italians", at="the Italians expect"), False,
      C("nearly 900 troops", num="900", value=900, high=900, approx=True, qualifier="nearly"), SLEB,
      D("2006-09-03", "by Sunday"), None, T("on the ground", at="troops on the ground"),
      "'the Italians expect to have nearly 900 troops on the ground in south Lebanon by Sunday' -> deployment (arrival "
      "under way since Saturday, completion expected by Sunday 3 September 2006 -> planned).", planned=True),
    E("e2", DEP, None, A("ITA", "Italian", at="1,500 Italian"), False,
      C("An additional 1,500 Italian troops", num="1,500", value=1500), SLEB,
      D("2006-09/2006-12", "in the next few months", approx=True), None, T("will be deployed"),
      "Second phase -> planned deployment of 1,500 more ('additional' is not a bound). Place from the previous "
      "sentence.", planned=True),
    E("e3", DEP, None, A("FRA", "French", at="200 French"), False,
      C("200 French military engineers", num="200", value=200), L("south Lebanon", "LBN", None, None, None, 3,
                                                                  at="has been in south Lebanon"),
      D("2006-08-21/2006-08-31", "late last month", approx=True), None, T("arrived", at="who arrived"),
      "'The Italians join 200 French military engineers, who arrived late last month' -> deployment (arrived), late "
      "August 2006. (The French pledge of August 2006 is background also found in set (s); this arrival figure is "
      "this article's.)"),
    E("e4", PRE, None, A("UN", "UNIFIL", at="strong UNIFIL"), False,
      C("the 2,000 strong UNIFIL force", num="2,000", value=2000), L("south Lebanon", "LBN", None, None, None, 3,
                                                                    at="has been in south Lebanon"),
      N0, None, T("has been in", at="force that has been"),
      "The pre-existing UNIFIL force of 2,000 in south Lebanon 'for more than two decades' -> presence (no date)."),
    E("e5", PRE, None, A("UN"), False,
      C("up to 15-thousand troops", num="15-thousand", value=15000, high=15000, approx=True, qualifier="up to"),
      L("Lebanon", "LBN", None, None, None, 4, at="arriving in Lebanon"), N0, S("U.N. Resolution 1701 authorized"),
      T("expansion", at="authorized the expansion"),
      "Authorized expansion of UNIFIL to up to 15,000 -> planned presence, upper bound (number written "
      "'15-thousand').", planned=True),
], hard_negatives=[
    H("10 amphibious vehicles", "count of vehicles"),
    H("four ships", "count of ships"),
    H("1701", "resolution number"),
    H("more than two decades", "duration"),
    H("many of the peacekeepers", "no count"),
])

# ---------------------------------------------------------------- Somalia 2007: Ugandan AMISOM in Mogadishu
ANN["voa_2007_05_02_somalia_ugandan_au_mogadishu"] = dict(events=[
    E("e1", PRE, None, A("UGA", "Ugandan", at="1,400 Ugandan"), False,
      C("the 1,400 Ugandan peacekeepers", num="1,400", value=1400),
      L("Mogadishu", "SOM", "Banaadir", 2.05, 45.32, 1, at="capital, Mogadishu"),
      D("2007-05-02", "Wednesday morning"), None, T("rumbled through", at="carriers rumbled"),
      "'African Union troops ... rumbled through neighborhoods near the Mogadishu Airport Wednesday morning, giving "
      "many Somalis their first glimpse of the 1,400 Ugandan peacekeepers.' -> presence of the Ugandan AU contingent "
      "in Mogadishu (Wednesday = the publication day). Actor UGA (the text names the contingent; AU is the mission)."),
], hard_negatives=[
    H("tens of thousands of Somalis", "displaced people"),
    H("three months", "duration"),
    H("five days ago", "relative date"),
    H("Some of the peacekeepers", "part of the force with no count"),
])

# ---------------------------------------------------------------- Iraq 2007: Sadr City bus, Kirkuk family, roadside bomb
SADR = L("Baghdad's predominately Shi'ite district of Sadr City", "IRQ", "Baghdad", 33.39, 44.46, 2)
SAT_IQ = D("2007-04-21", "Saturday", derived_from_context=True)
SWB = L("southwest of Baghdad", "IRQ", "Baghdad", 33.10, 44.20, 2)
USMIL = S("The U.S. military said")
ANN["voa_2007_04_21_iraq_sadr_city_bus_kirkuk"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least three people", num="three", value=3, low=3, qualifier="at least"), SADR,
      SAT_IQ, S("Police say"), T("killed", at="bus bomb killed"),
      "'Police say the bus bomb killed at least three people when it exploded in ... Sadr City.' Saturday (the lede) = "
      "publication day, 21 April 2007 (derived)."),
    E("e2", CAS, W, A(None), None, C("Five others", num="Five", value=5), SADR, SAT_IQ, None, T("injured", at="were injured"),
      "'Five others were injured in the attack.' -> wounded 5."),
    E("e3", CAS, K, A("IRQ"), True,
      C("an eight-year-old girl, her elder sister and parents", num="an", value=4, qualifier="conjunction"),
      L("Kirkuk", "IRQ", "Kirkuk", 35.47, 44.39, 1, at="In Kirkuk"), SAT_IQ, S("authorities say"),
      T("killing", at="family, killing"),
      "Coordinated persons: a girl, her sister and (two) parents = 4 (qualifier conjunction; the age is not the count). "
      "A Kurdish family at home in Kirkuk -> civilians; actor IRQ plainly implied (surface null; close call). 'a "
      "Kurdish family' in the lede is the same group without a number."),
    E("e4", CAS, K, A("USA", "American", at="an American soldier"), False,
      C("an American soldier", num="an", value=1), SWB, SAT_IQ, USMIL, T("killed", at="American soldier was killed"),
      "Primary: the fuller attributed sentence; the lede's 'One U.S. soldier' is the alt_mention.",
      alt_mentions=[S("One U.S. soldier")]),
    E("e5", CAS, W, A("USA"), False, C("two others", num="two", value=2, at="American soldier was killed and"), SWB,
      SAT_IQ, USMIL, T("wounded", at="two others wounded when"),
      "'... and two others wounded when a roadside bomb struck their patrol southwest of Baghdad' -> wounded 2 (alt: "
      "the lede's 'two others').", alt_mentions=[S("two others", at="One U.S. soldier")]),
    E("e6", CAS, CAP, A("militants"), False, C("13 suspected terrorists", num="13", value=13),
      L("central Iraq", "IRQ", None, None, None, 3), D("2007-04-21", "on Saturday morning"), None, T("detained"),
      "'coalition forces detained 13 suspected terrorists in raids in central Iraq on Saturday morning' -> captured 13 "
      "(suspected al-Qaida in Iraq ties -> generic 'militants', section 10)."),
], hard_negatives=[
    H("250 kilometers", "distance"),
    H("Two of the individuals", "subset of the 13 detainees found with weapons, not a new event"),
    H("a two-day visit", "duration"),
    H("a Kurdish family", "the victims of e3 without a number (the count is the coordinated phrase)"),
])

# ---------------------------------------------------------------- Iraq 2009: Sinjar and Shirqat
SHIR = L("the town of Shirqat, close to Tikrit", "IRQ", "Salah ad Din", 35.51, 43.23, 1)
SAT_SH = D("2009-08-29", "Saturday", derived_from_context=True)
ANN["voa_2009_08_30_iraq_sinjar_shirqat"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 15 people", num="15", value=15, low=15, qualifier="at least"),
      L("northern Iraq", "IRQ", None, None, None, 3), D("2009-08-29", "Saturday"), None, T("killed", at="have killed"),
      "Total of the two explosions (Sinjar and Shirqat) -> killed >= 15, is_total; Saturday = 29 August 2009 (repost "
      "dated Sunday 30 August).", is_total=True),
    E("e2", CAS, W, A(None), None, C("30 others", num="30", value=30), L("northern Iraq", "IRQ", None, None, None, 3),
      D("2009-08-29", "Saturday"), None, T("wounded", at="and wounded 30"), "Total wounded of the two explosions.",
      is_total=True),
    E("e3", CAS, K, A("IRQ"), False, C("five policeman", num="five", value=5), SHIR, SAT_SH, None,
      T("killed", at="earlier, killed"),
      "'A suicide car-bombing, earlier, killed five policeman and several civilians near an Iraqi police station in the "
      "town of Shirqat' -> killed 5 police (source spelling 'policeman' kept); Iraqi police (surface null).",
      part_of="e1"),
    E("e4", CAS, K, A("IRQ"), True, C("several civilians", num="several", value=None, low=3, approx=True,
                                     qualifier="several", at="policeman and several"), SHIR, SAT_SH, None,
      T("killed", at="earlier, killed"), "Civilians killed in Shirqat, several (low 3); part of the total.",
      part_of="e1"),
    E("e5", CAS, W, A(None), None, C("At least a dozen people", num="a dozen", value=12, low=12, qualifier="at least"),
      SHIR, SAT_SH, None, T("wounded", at="were also wounded"), "Wounded in Shirqat, >= 12; part of the 30.",
      part_of="e2"),
    E("e6", PRE, None, A("militants"), False, C("a pair of suicide-bombers", num="a pair", value=2, qualifier="a pair"),
      L("the Kurdish village of Sinjar, near Mosul", "IRQ", "Nineveh", 36.32, 41.87, 1), D("2009-08-13", "on August 13"),
      None, T("hit", at="was hit by"),
      "'The same village was hit by a pair of suicide-bombers on August 13.' -> size of an attacking force = presence "
      "(GUIDELINES 2), 2 (close call; the bombers' own deaths are never annotated). Earlier incident."),
], hard_negatives=[
    H("Two separate explosions", "count of explosions"),
    H("two northern Iraqi towns", "count of towns"),
    H("many women and children", "casualties with no count"),
    H("several dozen demonstrators", "protesters, not a casualty or force"),
])

# ---------------------------------------------------------------- Iraq 2016: Karrada and Shaab (Learning English)
BGD = L("Baghdad", "IRQ", "Baghdad", 33.31, 44.36, 1)
KARR = L("the Karrada district", "IRQ", "Baghdad", 33.30, 44.42, 2)
SHAAB = L("the northern Shaab area of Baghdad", "IRQ", "Baghdad", 33.40, 44.40, 2)
SUN_B = D("2016-07-03", "early Sunday", derived_from_context=True)
ANN["voa_le_2016_07_04_iraq_baghdad_karrada_shaab"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 124 people", num="124", value=124, low=124, qualifier="at least"), BGD,
      D("2016-07-03", "early Sunday"), None, T("killed", at="Sunday killed"),
      "Total of the two bombings -> killed >= 124 (119 Karrada + 5 Shaab). Sunday in a Monday story = 3 July 2016.",
      is_total=True),
    E("e2", CAS, W, A(None), None, C("at least 180 others", num="180", value=180, low=180, qualifier="at least"), BGD,
      D("2016-07-03", "early Sunday"), None, T("wounded", at="and wounded"), "Total wounded (170 + 16 = 186 >= 180).",
      is_total=True),
    E("e3", CAS, K, A(None), None, C("At least 119 people", num="119", value=119, low=119, qualifier="at least"), KARR,
      SUN_B, None, T("died", at="people died"), "Karrada truck bombing 'shortly after midnight' -> part of the total.",
      part_of="e1"),
    E("e4", CAS, W, A(None), None, C("170", value=170), KARR, SUN_B, None, T("wounded", at="170 were wounded"),
      "'... and 170 were wounded' (noun elided).", part_of="e2"),
    E("e5", CAS, K, A(None), None, C("At least five people", num="five", value=5, low=5, qualifier="at least"), SHAAB,
      SUN_B, None, T("killed", at="five people were killed"), "Second attack, Shaab.", part_of="e1"),
    E("e6", CAS, W, A(None), None, C("16", value=16), SHAAB, SUN_B, None, T("wounded", at="16 were wounded"),
      "'... and 16 were wounded'.", part_of="e2"),
], hard_negatives=[
    H("50 kilometers", "distance"),
    H("about a week", "duration"),
])

# ---------------------------------------------------------------- Iraq 2008: Sadr City council building
COUNCIL = L("a local council building in Baghdad's Sadr City district", "IRQ", "Baghdad", 33.39, 44.46, 1)
STOVER = S("Lieutenant Colonel Stover tells VOA")
ANN["voa_2008_06_24_iraq_sadr_city_council_bomb"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("10 people", num="10", value=10), COUNCIL, N0, S("U.S. and Iraqi officials say"),
      T("killing", at="district, killing"),
      "Total dead -> killed 10 (is_total); the four Americans are part of it. No time expression in the text -> date "
      "null.", is_total=True),
    E("e2", CAS, K, A("USA", "Americans"), None, C("four Americans", num="four", value=4), COUNCIL, N0,
      S("U.S. and Iraqi officials say"), T("killing", at="district, killing"),
      "'including four Americans' -> part of the 10, and itself the total of e3 and e4 (2 soldiers + 2 civilians; "
      "civilian null because mixed).", part_of="e1", is_total=True),
    E("e3", CAS, K, A("USA", "U.S.", at="two U.S. soldiers"), False, C("two U.S. soldiers", num="two", value=2),
      COUNCIL, N0, STOVER, T("killed", at="forces were killed"), "Part of the four Americans.", part_of="e2"),
    E("e4", CAS, K, A("USA"), True, C("two civilians", num="two", value=2), COUNCIL, N0, STOVER,
      T("killed", at="forces were killed"),
      "'two civilians who served alongside Coalition forces' -> killed 2, civilians; actor USA from 'four Americans' "
      "(surface null).", part_of="e2"),
    E("e5", CAS, W, A("coalition", "Coalition", at="one Coalition"), False, C("one Coalition soldier", num="one", value=1),
      COUNCIL, N0, S("Lieutenant Colonel Stover"), T("wounded", at="were also wounded"),
      "'He says one Coalition soldier and three members of the local advisory council were also wounded.' ('He' = "
      "Stover)."),
    E("e6", CAS, W, A("IRQ"), True, C("three members of the local advisory council", num="three", value=3), COUNCIL, N0,
      S("Lieutenant Colonel Stover"), T("wounded", at="were also wounded"),
      "Council members -> civilian true (GUIDELINES 3); Iraqi by plain implication (surface null)."),
    E("e7", CAS, CAP, A("militants"), None, C("one suspect", num="one", value=1), COUNCIL, N0,
      S("Lieutenant Colonel Stover says", at="Stover says coalition forces caught"), T("caught", at="forces caught"),
      "'coalition forces caught one suspect fleeing the scene on a motorbike' -> captured 1 (suspected bomber: generic "
      "'militants'; civilian null)."),
    E("e8", CAS, CAP, A("militants"), None, C("two others", num="two", value=2, at="motorbike, and"), COUNCIL, N0,
      S("Lieutenant Colonel Stover says", at="Stover says coalition forces caught"), T("caught", at="others were caught"),
      "'... and two others were caught at the scene immediately after the blast' -> captured 2. 'all three' that "
      "follows is the status of the same suspects (hard negative)."),
], hard_negatives=[
    H("the fourth meeting", "ordinal of a meeting"),
    H("all three", "test result of the suspects already counted, not a new capture"),
    H("the high ranking council member", "negated: 'was not among those killed'"),
])

# ---------------------------------------------------------------- Iraq 2007: Haraj market, surge, Karbala
ANN["voa_2007_01_22_iraq_baghdad_haraj_market"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("more than 88 people", num="88", value=88, low=88, qualifier="more than"),
      L("the Haraj market", "IRQ", "Baghdad", 33.34, 44.42, 1), D("2007-01-22", "at mid-day", derived_from_context=True),
      None, T("killed", at="have killed"),
      "Double car bombing -> killed > 88. Place from the fourth paragraph ('the Haraj market'); 'at mid-day' in a "
      "same-day report = 22 January 2007 (section 10; derived)."),
    E("e2", CAS, W, A(None), None, C("more than 160 others", num="160", value=160, low=160, qualifier="more than"),
      L("the Haraj market", "IRQ", "Baghdad", 33.34, 44.42, 1), D("2007-01-22", "at mid-day", derived_from_context=True),
      None, T("wounded", at="and wounded more"), "Wounded > 160."),
    E("e3", CAS, K, A(None), None, C("at least 12 people", num="12", value=12, low=12, qualifier="at least"),
      L("a market near Baquba", "IRQ", "Diyala", 33.75, 44.64, 2), N0, None, T("killed", at="a bomb killed"),
      "'North of Baghdad, a bomb killed at least 12 people in a market near Baquba.' -> killed >= 12; no time word."),
    E("e4", DEP, None, A("USA", "the United States", at="the United States is sending"), False,
      C("an additional 20,000 troops", num="20,000", value=20000), L("Iraq", "IRQ", None, None, None, 4, at="20,000 troops to Iraq"),
      N0, None, T("is sending"),
      "The 2007 surge -> deployment in progress / planned ('is sending', 'most of them slated to come here'). The "
      "announcement itself is the subject of another set's DoD release (see README).", planned=True),
    E("e5", DEP, None, A("USA", "American", at="elite American"), False,
      C("More than 3,000 elite American troops", num="3,000", value=3000, low=3000, qualifier="more than"),
      L("the city", "IRQ", "Baghdad", 33.31, 44.36, 1, at="arrived in the city"),
      D("2007-01-20/2007-01-22", "during the past couple of days", approx=True), None, T("arrived"),
      "Arrival of 82nd Airborne troops in Baghdad -> deployment (actual). '82nd' is a unit ordinal (hard negative)."),
    E("e6", CAS, K, A("USA", "U.S.", at="five U.S."), False, C("five U.S. soldiers", num="five", value=5),
      L("a meeting 80 kilometers south of Baghdad", "IRQ", "Karbala", 32.62, 44.02, 2), D("2007-01-20", "on Saturday"),
      None, T("kill", at="and kill five"),
      "Insurgents disguised as US forces killed five US soldiers at a meeting 80 km south of Baghdad (Karbala; "
      "coordinates from the annotator's knowledge). Saturday in a Monday story = 20 January 2007."),
], hard_negatives=[
    H("Two car bombs", "count of bombs"),
    H("an average of 94 Iraqis every day", "a daily rate, not a count of people for an event"),
    H("82nd", "unit ordinal"),
    H("80 kilometers", "distance"),
    H("the many injured", "no count"),
])

# ---------------------------------------------------------------- DR Congo 2006: Guatemalan peacekeepers vs LRA
RCOD = L("a remote corner of the Democratic Republic of Congo", "COD", None, None, None, 4)
UNSP = S("A spokesman for the U.N. mission confirmed")
ANN["voa_2006_01_23_drc_guatemalan_peacekeepers_lra"] = dict(events=[
    E("e1", CAS, K, A("GTM", "Guatemalan"), False,
      C("Eight Guatemalan Special Forces soldiers", num="Eight", value=8), RCOD, N0, None, T("killed", at="were killed"),
      "Eight Guatemalan special forces of the UN mission (MONUC) killed fighting the LRA. The text names the "
      "contingent -> actor GTM (the UN is the mission). No time word -> date null."),
    E("e2", CAS, W, A("GTM"), False, C("another five", num="five", value=5), RCOD, N0, None,
      T("wounded", at="five wounded"), "'... and another five wounded' -> wounded 5 ('another' is not a bound)."),
    E("e3", CAS, K, A("LRA", "rebels", at="15 of the rebels"), False,
      C("at least 15 of the rebels", num="15", value=15, low=15, qualifier="at least"), RCOD, N0, UNSP,
      T("killed", at="had killed"), "UN claim of rebels killed in the four-hour battle."),
    E("e4", PRE, None, A("LRA"), False,
      C("the group of between 50 and 60", num="50 and 60", value=None, low=50, high=60, approx=True, qualifier="between"),
      RCOD, N0, S("A spokesman for the U.N. mission"), T("group", at="the group of"),
      "Size of the LRA group engaged -> presence, range 50-60. 'most of the group ... had been killed or wounded' "
      "gives no number for the casualties (not annotated)."),
    E("e5", DEP, None, A("LRA", "the rebel group", at="the rebel group crossed"), False,
      C("several hundred members of the rebel group", num="several hundred", value=None, low=300, approx=True,
        qualifier="several hundred"), L("the neighboring Congo", "COD", None, None, None, 4),
      D("2005-10/2005-12", "late last year", approx=True), None, T("crossed"),
      "'several hundred members of the rebel group crossed into the neighboring Congo late last year' -> movement of "
      "an armed force into Congo, annotated as deployment (close call: rebels, not troops sent)."),
], hard_negatives=[
    H("A four-hour pitched battle", "duration"),
    H("a 20-year war", "duration"),
])

# ---------------------------------------------------------------- DR Congo 2007: Kanyola, South Kivu
KAN = L("three villages in Kanyola", "COD", "South Kivu", -2.60, 28.50, 2)
WKND = D("2007-05-26/2007-05-27", "late Saturday and early Sunday morning", derived_from_context=True)
ANN["voa_2007_05_28_drc_south_kivu_kanyola"] = dict(events=[
    E("e1", CAS, K, A(None), True, C("At least 17 people", num="17", value=17, low=17, qualifier="at least"), KAN, WKND,
      None, T("death", at="hacked to death"),
      "Killed >= 17 by suspected FDLR rebels; 'Among them were women and children' and village victims -> civilian "
      "true; 'people' -> actor null. Restated by the civil-society coordinator ('the 17 people', alt). Kanyola "
      "coordinates are the annotator's estimate (about 50 km west of Bukavu).", alt_mentions=[S("the 17 people")]),
    E("e2", CAS, W, A(None), None, C("Another 23 people", num="23", value=23), KAN, WKND, None,
      T("injuries", at="treated for injuries"), "'Another 23 people were being treated for injuries' -> wounded 23."),
    E("e3", CAS, CAP, A(None), None, C("13 people", num="13", value=13), KAN, WKND, S("Chahrondagwa said"),
      T("kidnapped", at="had been kidnapped"), "Kidnapped by the attackers -> captured 13 (hostages)."),
], hard_negatives=[
    H("three villages", "count of villages"),
    H("50 kilometers", "distance"),
    H("several letters", "count of letters"),
    H("some of the hostages", "feared executions with no count"),
    H("extra troops", "deployment with no count"),
    H("two years", "duration"),
])

# ---------------------------------------------------------------- Pakistan 2014: North Waziristan airstrikes
NWAZ = L("North Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
MILSRC = S("Military sources on Wednesday said")
ANN["voa_2014_01_22_pakistan_north_waziristan_airstrikes"] = dict(events=[
    E("e1", CAS, K, A("UZB", "Uzbekistan"), False, C("33 Uzbekistan nationals", num="33", value=33), NWAZ, N0, MILSRC,
      T("killed", at="militants killed"),
      "'33 Uzbekistan nationals and three Germans are among the militants killed in the airstrikes' -> killed 33, "
      "foreign militants; actor = nationality as stated (close call against 'militants'). Airstrikes since Monday; the "
      "deaths are only dated by the reporting day (Wednesday 22 January 2014).", reported_date="2014-01-22"),
    E("e2", CAS, K, A("DEU", "Germans"), False, C("three Germans", num="three", value=3), NWAZ, N0, MILSRC,
      T("killed", at="militants killed"), "Killed 3 German nationals among the militants.", reported_date="2014-01-22"),
    E("e3", CAS, K, A("militants", "terrorist", at="several terrorist"), False,
      C("several terrorist commanders", num="several", value=None, low=3, approx=True, qualifier="several"), NWAZ, N0,
      S("Military sources"), T("among the dead"),
      "'They say that several terrorist commanders are among the dead.' ('They' = the military sources).",
      reported_date="2014-01-22"),
], hard_negatives=[
    H("civilian casualties", "no count"),
])

# ---------------------------------------------------------------- Pakistan 2009: South Waziristan offensive launched
SWAZ = L("South Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3)
ANN["voa_2009_10_17_pakistan_south_waziristan_offensive"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("Some 175 people", num="175", value=175, approx=True, qualifier="some"),
      L("Pakistan", "PAK", None, None, None, 4, at="Pakistan has experienced"),
      D("2009-10-03/2009-10-17", "in the past two weeks", approx=True), None, T("died", at="people have died"),
      "Running toll of the wave of attacks over the past two weeks -> killed, cumulative.", cumulative=True),
    E("e2", DEP, None, A("PAK"), False,
      C("nearly 30,000 troops", num="30,000", value=30000, high=30000, approx=True, qualifier="nearly"), SWAZ,
      D("2009-10-17", "Saturday", derived_from_context=True), S("Army officials say"), T("have been deployed"),
      "'Army officials say nearly 30,000 troops have been deployed to take on an estimated 10,000 Taliban fighters.' "
      "-> deployment for the offensive launched Saturday 17 October 2009 (derived). Restated in Mahmood Shah's quote "
      "('This 30,000', alt_mention).", alt_mentions=[S("This 30,000")]),
    E("e3", PRE, None, A("Taliban", "Taliban", at="10,000 Taliban"), False,
      C("an estimated 10,000 Taliban fighters", num="10,000", value=10000, approx=True, qualifier="an estimated"), SWAZ,
      N0, S("Army officials say"), T("take on"),
      "Estimated Taliban strength in South Waziristan -> presence (restated '10,000' in the quote).",
      alt_mentions=[S("10,000", at="30,000 against")]),
], hard_negatives=[
    H("several air and artillery strikes", "count of strikes"),
    H("two weeks", "duration (part of the date of e1)"),
])

# ---------------------------------------------------------------- Pakistan 2009: Gilani on South Waziristan
SINCE = D("2009-10-17/2009-12-12", "since it was launched two months ago", approx=True)
ANN["voa_2009_12_12_pakistan_south_waziristan_gilani"] = dict(events=[
    E("e1", CAS, K, A("Taliban", "Taliban", at="600 Taliban"), False,
      C("some 600 Taliban militants", num="600", value=600, approx=True, qualifier="some"),
      L("South Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3, at="in the South Waziristan operation"), SINCE,
      S("Pakistan's military says"), T("killed", at="have been killed in the South"),
      "Running toll of the operation since its launch two months before -> killed, cumulative.", cumulative=True),
    E("e2", CAS, K, A("PAK"), False, C("80 soldiers", num="80", value=80),
      L("South Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3, at="in the South Waziristan operation"), SINCE,
      S("Pakistan's military says"), T("killed", at="have been killed in the South"),
      "Pakistani soldiers killed in the operation (cumulative).", cumulative=True),
    E("e3", CAS, K, A(None), None, C("hundreds of people", num="hundreds", value=None, low=200, approx=True,
                                    qualifier="hundreds"),
      L("across the country", "PAK", None, None, None, 4), N0, None, T("killed", at="that have killed"),
      "Retaliatory bombings across Pakistan -> killed, hundreds (low 200); no period given -> date null."),
], hard_negatives=[
    H("more than 40,000 civilians", "displaced people"),
    H("Saleh al-Somali", "named single individual, no count word"),
])

# ---------------------------------------------------------------- Pakistan 2009: South Waziristan after five weeks
ANN["voa_2009_11_23_pakistan_south_waziristan_progress"] = dict(events=[
    E("e1", CAS, K, A("militants", "militants", at="hundreds of militants"), False,
      C("hundreds of militants", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
      L("South Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
      D("2009-10-17/2009-11-23", "After five weeks of fierce fighting", derived_from_context=True, approx=True),
      None, T("killing", at="expected, killing"),
      "'Army soldiers have advanced more quickly than expected, killing hundreds of militants' -> killed, hundreds, "
      "over the five weeks of the offensive (cumulative).", cumulative=True),
    E("e2", CAS, K, A("PAK"), False, C("hundreds of soldiers", num="hundreds", value=None, low=200, approx=True,
                                      qualifier="hundreds"),
      L("a region", "PAK", "Khyber Pakhtunkhwa", None, None, 3, at="militants in a region"), N0, S("Analysts say",
                                                                                               at="Analysts say the military learned"),
      T("lost", at="has lost"),
      "The army 'has lost hundreds of soldiers in previous fighting' in the region -> killed (lost = killed here), "
      "cumulative over earlier campaigns, no dates.", cumulative=True),
], hard_negatives=[
    H("five weeks", "duration (part of the date of e1)"),
    H("a wave of suicide bombers", "no count"),
])

# ---------------------------------------------------------------- Afghanistan 2008: 3,200 Marines (DoD)
AFG_M = L("Afghanistan", "AFG", None, None, None, 4, at="Marines to Afghanistan")
SAFG = L("southern Afghanistan", "AFG", None, None, None, 3)
MORRELL = S("Morrell said", at="for seven months, Morrell")
ANN["dod_2008_01_15_afghanistan_3200_marines"] = dict(events=[
    E("e1", DEP, None, A("USA", "U.S.", at="3,200 U.S."), False, C("3,200 U.S. Marines", num="3,200", value=3200), AFG_M,
      D("2008-03/2008-05", "this spring", approx=True), S("a senior Pentagon spokesman said"),
      T("deployment", at="The deployment of 3,200"),
      "Announced one-time deployment of 3,200 Marines in spring 2008 -> deployment, planned; total of e2 + e3.",
      planned=True, is_total=True),
    E("e2", DEP, None, A("USA"), False, C("About 2,200 Marines", num="2,200", value=2200, approx=True, qualifier="about"),
      SAFG, D("2008-03", "in March", derived_from_context=True),
      S("according to officials at the Defense Department and Marine Headquarters"),
      T("participating in the deployment"),
      "24th MEU part of the deployment; destination and month from the last paragraph ('should be in place in March to "
      "assist ... in southern Afghanistan').", planned=True, part_of="e1"),
    E("e3", DEP, None, A("USA"), False, C("about 1,000 troops", num="1,000", value=1000, approx=True, qualifier="about"),
      AFG_M, D("2008-04", "sometime in April", derived_from_context=True),
      S("according to officials at the Defense Department and Marine Headquarters"),
      T("participating in the deployment"),
      "2nd Battalion, 7th Marines part of the deployment; restated as 'the 1,000 Marines from Twentynine Palms' "
      "(alt_mention), to be assigned in April.", planned=True, part_of="e1", alt_mentions=[S("the 1,000 Marines")]),
    E("e4", PRE, None, A("USA", "U.S.", at="U.S. forces in Afghanistan"), False,
      C("about 30,000", num="30,000", value=30000, approx=True, qualifier="about"),
      L("Afghanistan", "AFG", None, None, None, 4, at="forces in Afghanistan"), N0, MORRELL, T("boost", at="will boost"),
      "US force level after the plus-up -> planned presence.", planned=True),
    E("e5", PRE, None, A("USA"), False, C("around 27,000", num="27,000", value=27000, approx=True, qualifier="around"),
      L("Afghanistan", "AFG", None, None, None, 4, at="forces in Afghanistan"), D("2008-01-15", "now"), MORRELL,
      T("now", at="27,000 now"), "Current US force level -> presence ('now' = publication day)."),
], hard_negatives=[
    H("another 7,500 troops", "a commanders' requirement, not a deployment or force present"),
    H("24th Marine Expeditionary Unit", "unit ordinal"),
    H("2nd Battalion, 7th Marine Regiment", "unit numbers"),
    H("seven months", "duration"),
])

# ---------------------------------------------------------------- Sudan 2006: North Darfur, Um Sidir
ANN["voa_2006_09_02_sudan_north_darfur_um_sidir"] = dict(events=[
    E("e1", CAS, K, A("SDN"), True, C("several civilians", num="several", value=None, low=3, approx=True,
                                     qualifier="several"),
      L("northern Darfur", "SDN", "North Darfur", None, None, 3), N0, S("A rebel commander in the Darfur region says"),
      T("killed", at="have been killed"),
      "Rebel commander's claim of civilians killed in the government offensive in northern Darfur -> killed, several; "
      "Darfuri civilians -> SDN (surface null). Kept separate from e2 (different wording and scope; may include it)."),
    E("e2", CAS, K, A("SDN"), True, C("about five civilians", num="five", value=5, approx=True, qualifier="about"),
      L("Um Sidir area", "SDN", "North Darfur", 14.30, 24.90, 2, at="civilians yesterday in Um Sidir"),
      D("2006-09-01", "yesterday"), S("Commander Jar El Neby"), T("killed", at="and killed about"),
      "'... and killed about five civilians yesterday in Um Sidir area' -> killed ~5 (1 September 2006). Um Sidir "
      "coordinates are a rough estimate. 'kidnapped all the villages' has no count (not annotated)."),
], hard_negatives=[
    H("six villages", "count of villages"),
    H("thousands more displaced", "displaced people"),
    H("three days ago", "relative date"),
])

# ---------------------------------------------------------------- Sudan 2006: Gereida
ANN["voa_2006_10_03_sudan_south_darfur_gereida"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 11 people", num="11", value=11, low=11, qualifier="at least"),
      L("Gereida town", "SDN", "South Darfur", 11.27, 25.14, 1),
      D("2006-09-28/2006-10-03", "late last week", approx=True), S("The AU says", at="The AU says at least"),
      T("died", at="have died"),
      "Deaths during the fighting that 'began late last week in Gereida town' -> killed >= 11, running toll to the "
      "publication day (cumulative).", cumulative=True),
], hard_negatives=[
    H("130,000 displaced Darfuris", "displaced people"),
    H("most of the males", "people driven out, no count"),
])

# ---------------------------------------------------------------- Sudan 2006: Nigerian AU peacekeeper
FRI_D = D("2006-05-26", "on Friday")
ANN["voa_2006_05_30_sudan_darfur_nigerian_peacekeeper"] = dict(events=[
    E("e1", CAS, K, A("NGA", "Nigerian"), False, C("A Nigerian peacekeeper", num="A", value=1), DARFUR, FRI_D, None,
      T("killed", at="peacekeeper was killed"),
      "AU (AMIS) peacekeeper killed in an ambush; the text names the nationality -> NGA. Friday in a Tuesday story = "
      "26 May 2006. Place: Darfur (the article's region; no ambush site given)."),
    E("e2", CAS, W, A("AU"), False, C("six others", num="six", value=6), DARFUR, FRI_D, None,
      T("wounded", at="six others wounded"),
      "'... and six others wounded' -> wounded 6 peacekeepers of the same patrol (nationality not stated -> AU)."),
    E("e3", PRE, None, A("AU", "African Union", at="The underfunded African Union"), False,
      C("about seven-thousand troops", num="seven-thousand", value=7000, approx=True, qualifier="about"), DARFUR, N0,
      None, T("patrolling"), "AU force level in Darfur -> presence (number written 'seven-thousand')."),
], hard_negatives=[
    H("two holdout rebel groups", "count of groups"),
    H("one day before", "relative date"),
])

# ---------------------------------------------------------------- Sudan 2006: West Darfur, Sirba
ANN["voa_2006_12_10_sudan_west_darfur_sirba"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("At least 22 people", num="22", value=22, low=22, qualifier="at least"),
      L("western Darfur", "SDN", "West Darfur", None, None, 3, at="died in western Darfur"), N0,
      S("the African Union said"), T("died", at="have died in western"),
      "Attack on a commercial vehicle -> killed >= 22. Primary: the fuller second sentence; the lede ('The AU reports "
      "at least 22 people') is the alt_mention. Only the reporting day is given (Sunday 10 December 2006).",
      alt_mentions=[S("at least 22 people")], reported_date="2006-12-10"),
    E("e2", CAS, CAP, A("AU", "AU", at="AU investigation"), None,
      C("An eight-member AU investigation team", num="eight", value=8),
      L("Sirba village in west Darfur", "SDN", "West Darfur", 13.90, 22.45, 1), N0, S("the AU said", at="village residents, the AU said"),
      T("detained", at="has been detained"),
      "AU investigators detained by village residents -> captured 8 ('eight-member' team). Civilian status of the "
      "investigators not stated -> null. Sirba coordinates are the annotator's estimate.",
      reported_date="2006-12-10"),
], hard_negatives=[])

# ---------------------------------------------------------------- Chad 2007: Tiero and Marena
ANN["voa_2007_04_03_chad_tiero_marena_janjaweed"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least 65 people", num="65", value=65, low=65, qualifier="at least"),
      L("the villages of Tiero and Marena", "TCD", "Sila", 12.05, 22.15, 1),
      D("2007-03-31/2007-04-01", "weekend", derived_from_context=False),
      S("The U.N. refugee agency says Chadian military authorities report"), T("killed", at="people were killed in weekend"),
      "Janjaweed attacks on villages -> killed >= 65; restated by the UNHCR spokesman for Tiero alone (alt_mention). "
      "Weekend before a Tuesday story = 31 March - 1 April 2007. 'people' -> actor/civilian null. Coordinates "
      "estimated (about 45 km east of Koukou).",
      alt_mentions=[S("at least 65 people", at="But he says")]),
], hard_negatives=[
    H("between 2,000 and 3,000 people", "people who fled (displaced)"),
    H("more than 19,000 Sudanese refugees", "refugees"),
    H("45 kilometers", "distance"),
    H("several hours", "duration"),
])

# ---------------------------------------------------------------- DR Congo 2009: Uvira
UVI = L("Uvira", "COD", "South Kivu", -3.40, 29.14, 1, at="the city of Uvira")
MORN = D("2009-04-09", "In the early morning hours", derived_from_context=True)
ANN["voa_2009_04_09_drc_uvira_jail_attack"] = dict(events=[
    E("e1", CAS, K, A(None), None, C("at least nine", num="nine", value=9, low=9, qualifier="at least"), UVI, MORN, None,
      T("dead", at="nine dead"),
      "'Clashes with government forces left at least nine dead, including six attackers and two soldiers.' -> total "
      "(parts e2, e3; the ninth is not described). Date: the early-morning attack of the report's day (derived; the "
      "publication date itself is inferred, see meta).", is_total=True),
    E("e2", CAS, K, A("militants", "attackers", at="six attackers"), False, C("six attackers", num="six", value=6), UVI,
      MORN, None, T("dead", at="nine dead"), "Part of the nine (gunmen -> generic 'militants').", part_of="e1"),
    E("e3", CAS, K, A("COD"), False, C("two soldiers", num="two", value=2), UVI, MORN, None, T("dead", at="nine dead"),
      "Congolese government soldiers, part of the nine (surface null).", part_of="e1"),
    E("e4", CAS, CAP, A("BDI", "Burundian", at="four Burundian"), None, C("four Burundian citizens", num="four", value=4),
      UVI, MORN, S("The governor of South Kivu province, Louis Muderhwa"), T("captured", at="citizens were captured"),
      "Burundians captured after the raid (suspected FNL members; described as 'citizens' -> civilian null). 'He said' "
      "resolved to the governor."),
], hard_negatives=[
    H("more than 100 prisoners", "jail inmates freed by the attackers: not conflict captives, not a release of hostages"),
])

# ---------------------------------------------------------------- Cameroon 2018: Bamenda students (Learning English)
ANN["voa_le_2018_11_05_cameroon_bamenda_students_kidnapped"] = dict(events=[
    E("e1", CAS, CAP, A("CMR"), True, C("at least 78 students", num="78", value=78, low=78, qualifier="at least"),
      L("a Christian school in northwestern Cameroon", "CMR", "North-West", None, None, 3),
      D("2018-11-04", "Sunday night", derived_from_context=True), None, T("kidnapped", at="Militants have kidnapped"),
      "Kidnapping of >= 78 students -> captured, civilians (Cameroonian by plain implication, surface null). The "
      "children's 'Sunday night' = 4 November 2018 (derived; publication date estimated)."),
    E("e2", CAS, K, A(None), None, C("Hundreds of people", num="Hundreds", value=None, low=200, approx=True,
                                    qualifier="hundreds"),
      L("English-speaking areas of Cameroon", "CMR", None, None, None, 3),
      D("2017-11-05/2018-11-05", "in the past year", approx=True), None, T("killed", at="have been killed"),
      "Running toll of the Anglophone conflict over the past year -> killed, hundreds, cumulative.", cumulative=True),
], hard_negatives=[
    H("the school\u2019s leader", "seized person named by role with no count word (close call)"),
    H("several boys", "subset of the kidnapped children shown in a video"),
    H("About 20 percent", "percentage"),
    H("22 million people", "population"),
    H("more than 35 years", "duration"),
])

# ---------------------------------------------------------------- Cameroon 2016: Chibok girl bomber (Learning English)
NCMR = L("northern Cameroon", "CMR", None, None, None, 3)
ANN["voa_le_2016_03_28_cameroon_chibok_girl_bomber"] = dict(events=[
    E("e1", PRE, None, A("Boko Haram"), False, C("three suicide bombers", num="three", value=3), NCMR, N0,
      S("Cameroon officials received intelligence reports"), T("crossing"),
      "Three female suicide bombers crossing into northern Cameroon -> attacking force = presence (GUIDELINES 2); "
      "Boko Haram from context (surface null). No date in the text."),
    E("e2", CAS, CAP, A("Boko Haram"), None, C("one of the girls", num="one", value=1), NCMR, N0, None,
      T("arrested", at="They arrested"), "'They arrested one of the girls before she could blow herself up.' -> captured 1."),
    E("e3", CAS, CAP, A("Boko Haram"), None, C("A second girl", num="A", value=1), NCMR, N0, None, T("surrendered"),
      "'A second girl surrendered' -> taken into custody, annotated as captured 1 (close call; 'second' is not a "
      "running total). The third fled (hard negative)."),
    E("e4", CAS, CAP, A("NGA", "Nigerian", at="a Nigerian school"), True, C("270 girls", num="270", value=270),
      L("a Nigerian school in Chibok", "NGA", "Borno", 10.87, 12.85, 1), D("2014", "In 2014"), None,
      T("kidnapped", at="Boko Haram kidnapped"),
      "The 2014 Chibok kidnapping, recalled as background -> captured 270 schoolgirls (this text's figure)."),
    E("e5", CAS, CAP, A("NGA"), True, C("About 50 of the girls", num="50", value=50, approx=True, qualifier="about"),
      L("a Nigerian school in Chibok", "NGA", "Borno", 10.87, 12.85, 1), N0, None, T("escaped"),
      "'About 50 of the girls later escaped.' -> no longer captive: captured with released true (escape, by analogy), "
      "part of the 270; no date ('later').", part_of="e4", released=True),
], hard_negatives=[
    H("A girl who may have been planning", "the surrendered girl of e3, restated without a new claim"),
    H("the third", "the bomber who ran back to Nigeria (not captured)"),
    H("The 15-year-old girl", "age of the girl already counted"),
    H("the remaining Chibok girls", "no count"),
])

# ---------------------------------------------------------------- Afghanistan 2010: combined forces (AFPS)
LN = D("2010-03-29", "last night", derived_from_context=False)
ANN["afps_2010_03_30_afghanistan_combined_forces_kill_detain"] = dict(events=[
    E("e1", CAS, K, A("militants", "militants", at="several militants"), False,
      C("several militants", num="several", value=None, low=3, approx=True, qualifier="several"),
      None, N0, S("military officials reported"),
      T("killed", at="forces killed"),
      "Lede total of the militants killed in the operations listed (Bermal 'several' + Shinkai 'two') -> is_total. "
      "'recent operations' is no date. The lede names no place (the operations are in several provinces) -> "
      "location null.", is_total=True),
    E("e2", CAS, CAP, A("insurgents", "insurgents", at="suspected insurgents for"), False,
      C("several suspected insurgents", num="several", value=None, low=3, approx=True, qualifier="several"),
      L("north Kandahar city", "AFG", "Kandahar", 31.64, 65.71, 2), D("2010-03-29", "last night"), None,
      T("detained", at="force detained several"), "Detained in a compound search -> captured, several."),
    E("e3", CAS, K, A("militants"), False,
      C("several militants", num="several", value=None, low=3, approx=True, qualifier="several", at="Bermal district last night, "),
      L("Paktika province\u2019s Bermal district", "AFG", "Paktika", None, None, 3),
      D("2010-03-29", "last night", at="Bermal district"), None, T("killed", at="were killed when"),
      "Bermal: several militants killed -> part of the lede total.", part_of="e1"),
    E("e4", CAS, CAP, A("militants"), False,
      C("several additional militants", num="several", value=None, low=3, approx=True, qualifier="several"),
      L("Paktika province\u2019s Bermal district", "AFG", "Paktika", None, None, 3),
      D("2010-03-29", "last night", at="Bermal district", derived_from_context=True), None,
      T("detained", at="force detained several additional"), "Bermal: several more detained."),
    E("e5", CAS, CAP, A("Taliban", "Taliban", at="Taliban weapons"), False,
      C("a Taliban weapons facilitator", num="a", value=1), L("Wardak province\u2019s Sayyidabad district", "AFG",
                                                            "Wardak", None, None, 3),
      D("2010-03-29", "last night", at="Sayyidabad district"), None, T("captured", at="force captured"),
      "Sayyidabad: one facilitator captured."),
    E("e6", CAS, CAP, A("militants"), False,
      C("a few other suspected militants", num="a few", value=None, low=2, approx=True, qualifier="a few"),
      L("Wardak province\u2019s Sayyidabad district", "AFG", "Wardak", None, None, 3),
      D("2010-03-29", "last night", at="Sayyidabad district", derived_from_context=True), None,
      T("detained", at="also detained"), "'a few' (vague; low 2 by convention, close call)."),
    E("e7", CAS, K, A("militants"), False, C("Two militants", num="Two", value=2),
      L("Zabul province\u2019s Shinkai district", "AFG", "Zabul", None, None, 3),
      D("2010-03-29", "last night", at="Shinkai district", derived_from_context=True), None,
      T("killed", at="and were killed"),
      "'Two militants engaged the approaching force and were killed.' -> killed 2, part of the lede total. (They are "
      "also an attacking force, but the same count span is annotated once, as killed.)", part_of="e1"),
], hard_negatives=[
    H("numerous suspected militants", "'numerous' is not a quantity expression of the guidelines (like 'many')"),
    H("No Afghan civilians were harmed", "negated casualties"),
    H("two 155 mm rounds", "count of munitions"),
    H("an Afghan civilian", "a civilian who handed in munitions, not a casualty"),
    H("multiple rocket-propelled grenades", "weapons"),
])

# ---------------------------------------------------------------- Afghanistan 2009: kill eight, detain five (AFPS)
TODAY9 = D("2009-04-17", "today", derived_from_context=True)
ANN["afps_2009_04_17_afghanistan_kill_eight_detain_five"] = dict(events=[
    E("e1", CAS, K, A("militants", "militants", at="eight militants"), False, C("eight militants", num="eight", value=8),
      L("Afghanistan", "AFG", None, None, None, 4, at="throughout Afghanistan"), N0, S("U.S. military officials reported"),
      T("killed", at="forces killed"),
      "Lede total (Farah 2 + Maywand 6 = 8) -> is_total; 'recent operations' is no date.", is_total=True),
    E("e2", CAS, CAP, A("militants"), False, C("five", value=5, at="detained five"),
      L("Afghanistan", "AFG", None, None, None, 4, at="throughout Afghanistan"), N0, S("U.S. military officials reported"),
      T("detained", at="and detained five"),
      "Lede total of detainees (noun elided). The itemized detentions add up to six (1 Maywand + 1 Nangarhar + 1 Logar "
      "today + 3 Zormat yesterday); kept as written; the Zormat three are not linked.", is_total=True),
    E("e3", CAS, K, A("militants"), False, C("two militants", num="two", value=2, at="coalition forces, killed"),
      L("Farah province's Khaki Safed district", "AFG", "Farah", None, None, 3), TODAY9, None,
      T("killed", at="coalition forces, killed"),
      "Farah: killed 2 (restated 'two were killed', alt_mention). Date: 'In operations today' (derived).",
      part_of="e1", alt_mentions=[S("two", at="positions, but two")]),
    E("e4", PRE, None, A("militants"), False,
      C("five to seven militants", num="five to seven", value=None, low=5, high=7, approx=True, qualifier="range"),
      L("Farah province's Khaki Safed district", "AFG", "Farah", None, None, 3), TODAY9, None,
      T("fire from", at="grenade fire from"), "Size of the attacking group -> presence, range 5-7."),
    E("e5", PRE, None, A("militants", "fighters", at="30 fighters"), False,
      C("20 to 30 fighters", num="20 to 30", value=None, low=20, high=30, approx=True, qualifier="range"),
      L("Farah province's Khaki Safed district", "AFG", "Farah", None, None, 3), TODAY9, None,
      T("joined in"), "Reinforcing fighters -> presence, range 20-30."),
    E("e6", CAS, W, A("militants"), False,
      C("several others", num="several", value=None, low=3, approx=True, qualifier="several"),
      L("Farah province's Khaki Safed district", "AFG", "Farah", None, None, 3), TODAY9, None,
      T("wounded", at="others were wounded"), "Militants wounded in Farah, several."),
    E("e7", CAS, K, A("militants", "enemy", at="six enemy"), False, C("six enemy fighters", num="six", value=6),
      L("Kandahar province's Maywand district", "AFG", "Kandahar", None, None, 3), TODAY9, None,
      T("killed", at="troops killed six"), "Maywand: killed 6; part of the lede's eight.", part_of="e1"),
    E("e8", CAS, CAP, A("militants"), False, C("one", value=1, at="fighters and detained one"),
      L("Kandahar province's Maywand district", "AFG", "Kandahar", None, None, 3), TODAY9, None,
      T("detained", at="and detained one"), "Maywand: detained 1 (noun elided).", part_of="e2"),
    E("e9", CAS, K, A("insurgents", "insurgents", at="five of the insurgents"), False,
      C("five of the insurgents", num="five", value=5),
      L("Kandahar province's Maywand district", "AFG", "Kandahar", None, None, 3), TODAY9, None,
      T("killed", at="troops killed five"),
      "Breakdown of the six: five killed in a field (the sixth is 'The other insurgent', hard negative).",
      part_of="e7"),
    E("e10", CAS, CAP, A("insurgents"), False, C("a suspected insurgent", num="a", value=1, at="commandos detained a"),
      L("Nangarhar province", "AFG", "Nangarhar", None, None, 3), TODAY9, None, T("detained", at="commandos detained a"),
      "Nangarhar: detained 1.", part_of="e2"),
    E("e11", CAS, CAP, A("insurgents"), False, C("a suspected insurgent", num="a", value=1, at="troops detained a"),
      L("Logar province's Baraki Barak district", "AFG", "Logar", None, None, 3), TODAY9, None,
      T("detained", at="troops detained a"), "Logar: detained 1.", part_of="e2"),
    E("e12", CAS, CAP, A("insurgents"), False, C("three suspected insurgents", num="three", value=3),
      L("Paktya province's Zormat district", "AFG", "Paktia", None, None, 3), D("2009-04-16", "yesterday"), None,
      T("detained", at="commandos detained three"),
      "Zormat, yesterday: detained 3 (not linked to the lede's five, which it would overshoot)."),
], hard_negatives=[
    H("The other insurgent", "the sixth of the six killed, a definite singular without a count word (remainder of the breakdown)"),
    H("About 5 and a half pounds", "weight of opium"),
])

# ---------------------------------------------------------------- Afghanistan 2011: Kandahar, Khost, Nangarhar (AFPS)
PANJ = L("the Panjwa\u2019i district of Afghanistan\u2019s Kandahar province", "AFG", "Kandahar", None, None, 3)
BATI = L("the Bati Kot district of Nangarhar province", "AFG", "Nangarhar", None, None, 3)
TODAY11 = D("2011-12-15", "today", derived_from_context=True)
ANN["afps_2011_12_15_afghanistan_kandahar_khost_nangarhar"] = dict(events=[
    E("e1", CAS, K, A("insurgents", "insurgent", at="one insurgent"), False, C("one insurgent", num="one", value=1), PANJ,
      D("2011-12-15", "today"), S("military officials reported"), T("killed", at="force killed"),
      "Panjwa'i: killed 1 'today'."),
    E("e2", CAS, CAP, A("insurgents"), False, C("two suspects", num="two", value=2), PANJ, D("2011-12-15", "today"),
      S("military officials reported"), T("detained", at="and detained two"), "Panjwa'i: detained 2."),
    E("e3", CAS, CAP, A("insurgents", "insurgents", at="suspected insurgents and"), False,
      C("three suspected insurgents", num="three", value=3),
      L("the Bak district of Khost province", "AFG", "Khost", None, None, 3), TODAY11, None,
      T("detained", at="force detained three"), "Khost: detained 3 (date from 'In other Afghanistan operations today')."),
    E("e4", CAS, CAP, A("Taliban", "Taliban", at="a Taliban leader and"), False, C("a Taliban leader", num="a", value=1,
                                                                              at="force captured a"),
      BATI, TODAY11, None, T("captured", at="force captured"), "Bati Kot: a Taliban leader captured."),
    E("e5", CAS, CAP, A("insurgents"), False,
      C("several other suspects", num="several", value=None, low=3, approx=True, qualifier="several"), BATI, TODAY11,
      None, T("detained", at="and detained several"), "Bati Kot: several more detained."),
], hard_negatives=[
    H("several assault rifles", "weapons"),
    H("two weapons caches", "count of caches"),
    H("one rocket-propelled grenade launcher", "weapons"),
    H("six RPG rounds", "munitions"),
    H("three hand grenades", "munitions"),
    H("1,000 rounds", "munitions"),
    H("14 RPGs", "munitions"),
    H("five anti-personnel mines", "munitions"),
    H("one 107mm rocket", "munitions"),
    H("about 120 gallons", "volume"),
    H("1,000 pounds of hashish", "weight of drugs"),
    H("5,000 pounds of marijuana", "weight of drugs"),
    H("132 pounds", "weight of drugs"),
])

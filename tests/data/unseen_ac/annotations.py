# -*- coding: utf-8 -*-
"""Gold annotations of set (ac), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`.
"""

from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}


def K(eid, outcome, actor, civ, count, loc, date, src, trig, notes, **kw):
    d = dict(id=eid, type="casualty", outcome=outcome, actor=actor, civilian=civ, count=count, location=loc,
             date=date, source=src, trigger=trig, notes=notes)
    d.update(kw)
    return d


def F(eid, typ, actor, count, loc, date, src, trig, notes, civ=False, **kw):
    d = dict(id=eid, type=typ, actor=actor, civilian=civ, count=count, location=loc, date=date, source=src,
             trigger=trig, notes=notes)
    d.update(kw)
    return d


N = A(None)

# ---------------------------------------------------------------- Yemen 2018: al-Samad funeral, Jizan, Sanaa strike
SANAA18 = L("Sanaa", "YEM", "Amanat al Asimah", 15.37, 44.19, 1, at="the attack in Sanaa")
SAT18 = D("2018-04-28", "Also Saturday", derived_from_context=True)
ANN["voa_2018_04_28_yemen_houthi_funeral_sanaa_strike"] = dict(
    events=[
        K("e1", "killed", N, None, C("six others", num="six", value=6),
          L("the coastal province of Hodeida", "YEM", "Al Hudaydah", None, None, 3),
          D("2018-04-01/2018-04-20", "more than a week ago", derived_from_context=True, approx=True), None,
          T("killed", at="was killed in that airstrike"),
          "'Saleh al-Samad ... was killed in that airstrike along with six others.' -> killed 6 (the named leader is not counted). "
          "Place and time from the first sentence ('killed more than a week ago in a Saudi-led coalition airstrike in the coastal "
          "province of Hodeida'); 'more than a week ago' in a 28 April story -> before 21 April (approx interval). Victims not "
          "described -> actor/civilian null."),
        K("e2", "killed", N, None, C("one man", num="one", value=1),
          L("the coastal city of Jizan", "SAU", "Jazan", 16.89, 42.55, 1),
          D("2018-04-28", "Shortly after the funeral started", derived_from_context=True), S("The coalition also said"),
          T("killed", at="had been killed by flying debris"),
          "'The coalition also said one man had been killed by flying debris from the attack.' -> killed 1 by debris of the Houthi "
          "missiles intercepted on their way to Jizan; place = Jizan (close call: the text names only the missiles' target). Day = the "
          "funeral's Saturday."),
        K("e3", "killed", A("Houthi", "Houthi", at="two Houthi leaders"), False, C("two Houthi leaders", num="two", value=2),
          L("Yemen's capital", "YEM", "Amanat al Asimah", 15.37, 44.19, 1), D("2018-04-28", "Also Saturday"), None,
          T("killed", at="capital killed two"),
          "'Also Saturday, a Saudi-led coalition airstrike in Yemen's capital killed two Houthi leaders.' -> killed 2, Houthi."),
        K("e4", "killed", N, None, C("more than 50", num="50", value=50, low=50, qualifier="more than"), SANAA18, SAT18,
          S("Saudi Arabia's state-run television put"), T("death toll"),
          "'Saudi Arabia's state-run television put the death toll at more than 50' -> killed, more than 50, in the Sanaa strike. A "
          "different source from the 38 of e5, so a separate event (GUIDELINES 6); not linked to the two leaders of e3 (the text does "
          "not say the toll includes them)."),
        K("e5", "killed", A("Houthi", "rebels", at="38 rebels"), False,
          C("at least 38 rebels", num="38", value=38, low=38, qualifier="at least"),
          L("the Houthis' interior ministry building", "YEM", "Amanat al Asimah", 15.37, 44.19, 1), SAT18,
          S("al-Arabia television said"), T("killed", at="had been killed in the strike"),
          "'al-Arabia television said at least 38 rebels had been killed in the strike on the Houthis' interior ministry building' -> "
          "killed, at least 38, Houthi rebels (the text ties the rebels to the Houthis)."),
    ],
    hard_negatives=[
        H("Thousands of Yemenis", "mourners at a funeral, not a casualty or force count"),
        H("Saleh al-Samad, chief of the Houthis' Supreme Political Council", "named single individual killed, no count word (GUIDELINES 2)"),
        H("eight ballistic missiles", "count of weapons"),
        H("four of the missiles", "count of weapons intercepted"),
        H("how many other people were killed or injured", "casualties with no quantity"),
        H("More than 2 million people", "internally displaced people (out of scope)"),
    ])

# ---------------------------------------------------------------- Yemen 2016: Sanaa police HQ, Mojalli
ANN["voa_2016_01_19_yemen_sanaa_police_airstrike"] = dict(
    events=[
        K("e1", "killed", N, None, C("at least 26 people", num="26", value=26, low=26, qualifier="at least"),
          L("a police facility in Yemen's capital", "YEM", "Amanat al Asimah", 15.37, 44.19, 1),
          D("2016-01-18/2016-01-19", "overnight", approx=True), None, T("killed", at="airstrikes killed"),
          "'Saudi-led airstrikes killed at least 26 people at a police facility in Yemen's capital overnight' -> killed, at least 26. "
          "'people' -> actor/civilian null. 'overnight' in a story dated (inferred) 19 January -> night of 18-19 January (approx)."),
        K("e2", "killed", N, None, C("nearly 6,000 people", num="6,000", value=6000, high=6000, approx=True, qualifier="nearly"),
          None, D("2015-03/2016-01-19", "since Riyadh began its military campaign"), None, T("death toll"),
          "'adding to a death toll of nearly 6,000 people since Riyadh began its military campaign' -> killed, running total "
          "(cumulative); the campaign began in March 2015 (last paragraph: 'since March') -> 2015-03 to publication. No place phrase "
          "for the national toll -> location null.", cumulative=True),
        K("e3", "wounded", N, None, C("dozens more people", num="dozens", value=None, low=24, approx=True, qualifier="dozens"),
          L("police headquarters", "YEM", "Amanat al Asimah", 15.37, 44.19, 1, at="attack on police headquarters"),
          D("2016-01-18/2016-01-19", "overnight", derived_from_context=True, approx=True), None, T("wounded"),
          "'The attack on police headquarters wounded dozens more people, many of them police officers.' -> wounded, dozens (low 24); "
          "'many of them police officers' is not 'mostly' -> civilian null."),
        K("e4", "killed", N, True, C("an independent reporter", num="an", value=1),
          L("an area outside of rebel-held Sana'a", "YEM", "Sanaa", 15.37, 44.19, 2), D("2016-01-17", "On Sunday"), None,
          T("killed", at="airstrike killed an"),
          "'On Sunday, a Saudi coalition airstrike killed an independent reporter for Voice of America and the humanitarian news agency, "
          "IRIN.' -> killed 1, journalist -> civilian true; nationality not stated -> actor null. Place from the later sentence 'He was in "
          "an area outside of rebel-held Sana'a on Sunday morning when he was killed' (restatement, not a new count). Sunday = 17 January "
          "2016. One of the six journalists of e5.", part_of="e5"),
        K("e5", "killed", N, True, C("the sixth journalist", num="sixth", value=6, qualifier="ordinal"),
          L("Yemen", "YEM", None, None, None, 4, at="killed in Yemen since"), D("2015-01/2016-01-19", "since January 2015"), None,
          T("killed", at="journalist killed in Yemen"),
          "'Almigdad Mojalli was the sixth journalist killed in Yemen since January 2015.' -> ordinal that states a running total "
          "(GUIDELINES 2): killed, 6 journalists, cumulative since January 2015.", cumulative=True),
    ],
    hard_negatives=[
        H("survivors trapped under the debris", "survivors with no count"),
        H("January 2015", "date (resignation of the president), not a count", at="President Abd Rabbu"),
    ])

# ---------------------------------------------------------------- Myanmar 2021: Aungban
AUNGBAN = L("Aungban", "MMR", "Shan", 20.66, 96.63, 1, at="demonstrators in Aungban")
FRI19 = D("2021-03-19", "Friday", derived_from_context=True)
ANN["voa_2021_03_19_myanmar_aungban_protesters_killed"] = dict(
    events=[
        K("e1", "killed", A("MMR"), True, C("eight people", num="eight", value=8),
          L("the central town of Aungban in the eastern Shan state", "MMR", "Shan", 20.66, 96.63, 1), D("2021-03-19", "Friday"), None,
          T("killing", at="reportedly killing"),
          "'Security forces in Myanmar fired live rounds and tear gas on coup protesters Friday, reportedly killing eight people in ... "
          "Aungban' -> killed 8 (total of e2 + e3). The people are the coup protesters fired on -> civilian true by coreference, Myanmar "
          "nationals by plain implication (section 10; actor surface null).", is_total=True, hedge="reportedly"),
        K("e2", "killed", A("MMR"), True, C("Seven protesters", num="Seven", value=7), AUNGBAN, FRI19, S("according to Reuters"),
          T("shot dead"),
          "'Seven protesters were shot dead and another shooting victim died after being taken to a hospital ..., according to Reuters' "
          "-> part of the eight."),
        K("e3", "killed", A("MMR"), True, C("another shooting victim", num="another", value=1),
          L("a hospital in the nearby town of Kalaw", "MMR", "Shan", 20.63, 96.56, 1), FRI19, S("according to Reuters"),
          T("died", at="victim died"),
          "'another shooting victim died after being taken to a hospital in the nearby town of Kalaw' -> part of the eight; place of "
          "death Kalaw (shot in Aungban; close call).", part_of="e1"),
        K("e4", "captured", A("MMR"), True, C("several demonstrators", num="several", value=None, low=3, approx=True, qualifier="several"),
          AUNGBAN, FRI19, None, T("arrests"),
          "'the arrests of several demonstrators in Aungban' -> captured, several (low 3)."),
        K("e5", "killed", A("MMR"), True, C("a demonstrator", num="a", value=1),
          L("the northeastern town of Loikaw", "MMR", "Kayah", 19.67, 97.21, 1), FRI19, S("Reuters also reported"),
          T("killed", at="was killed in the northeastern"),
          "'Reuters also reported a demonstrator was killed in the northeastern town of Loikaw.' -> killed 1, a separate incident from "
          "the Aungban eight."),
        K("e6", "captured", A("MMR"), True, C("a spokesperson", num="a", value=1), None, D(None), S("The Associated Press is reporting"),
          T("arrested", at="have arrested a spokesperson"),
          "'authorities have arrested a spokesperson for National League for Democracy' -> captured 1 (civilian party official). No "
          "place and no time word -> location and date null."),
        K("e7", "killed", N, None, C("more than 230 people", num="230", value=230, low=230, qualifier="more than"), None,
          D("2021-02-01/2021-03-19", "since the February 1 coup"), S("There are also media reports and witness accounts"),
          T("killed", at="have been killed and"),
          "'the crackdown has intensified, during which more than 230 people have been killed and about 2,000 arrested since the "
          "February 1 coup' -> killed, running total (cumulative). 'people' -> actor/civilian null. No place phrase in the sentence.",
          cumulative=True),
        K("e8", "captured", N, None, C("about 2,000", num="2,000", value=2000, approx=True, qualifier="about"), None,
          D("2021-02-01/2021-03-19", "since the February 1 coup"), S("There are also media reports and witness accounts"),
          T("arrested", at="2,000 arrested"),
          "'... and about 2,000 arrested since the February 1 coup' -> captured, running total (cumulative).", cumulative=True),
        K("e9", "captured", A("MMR"), True, C("two journalists", num="two", value=2),
          L("the capital of Naypyidaw", "MMR", "Naypyidaw", 19.76, 96.13, 1), D("2021-03-19", "Friday", at="two journalists Friday"),
          None, T("arrested", at="military arrested two"),
          "'Myanmar’s military arrested two journalists Friday in the capital of Naypyidaw' -> captured 2, journalists (civilian)."),
        K("e10", "captured", A("MMR"), True, C("a detained member", num="a", value=1), None, D(None), None,
          T("detained", at="a detained member"),
          "'a court hearing for a detained member of Suu Kyi’s party' -> captured 1 (a party member held in detention; singular "
          "determiner; civilian). The detention itself is not dated or placed in the text (the hearing was in Naypyidaw) -> location "
          "and date null. Close call: a status mentioned in passing."),
    ],
    hard_negatives=[
        H("people are fleeing the country", "people fleeing, no count (displacement is out of scope)"),
    ])
ANN["voa_2021_03_19_myanmar_aungban_protesters_killed"]["events"][1]["part_of"] = "e1"

# ---------------------------------------------------------------- Myanmar 2021: 14 killed on 29 March
ANN["voa_2021_03_29_myanmar_14_demonstrators_killed"] = dict(
    events=[
        K("e1", "killed", N, None, C("14 people", num="14", value=14),
          L("towns across the country", "MMR", None, None, None, 4), D("2021-03-29", "Monday"),
          S("according to the Assistance Association for Political Prisoners (AAPP)"), T("killed", at="security forces killed"),
          "'Myanmar security forces killed 14 people Monday during demonstrations in towns across the country' -> killed 14 (total; "
          "e3 is its Yangon part). 'people' -> actor/civilian null (GUIDELINES 3), although killed during demonstrations (close call).",
          is_total=True),
        K("e2", "killed", N, None, C("at least 510", num="510", value=510, low=510, qualifier="at least"), None,
          D("2021-02-01/2021-03-29", "since the February 1 coup"), S("The group, which has been monitoring the violence, said"),
          T("deaths", at="number of deaths"),
          "'Monday’s toll brings the total number of deaths since the February 1 coup to at least 510' -> killed, running total "
          "(cumulative).", cumulative=True),
        K("e3", "killed", N, None, C("Eight of the deaths", num="Eight", value=8),
          L("Myanmar's main city, Yangon", "MMR", "Yangon", 16.87, 96.20, 1), D("2021-03-29", "Monday", at="took place Monday"),
          S("according to AAPP"), T("deaths", at="Eight of the deaths"),
          "'Eight of the deaths that took place Monday occurred in Myanmar's main city, Yangon' -> part of the 14.", part_of="e1"),
        K("e4", "killed", A("MMR"), True, C("a 20-year-old nursing student", num="a", value=1),
          L("Sagaing Region", "MMR", "Sagaing", None, None, 3), D("2021-03-28", "Sunday"), None, T("shot and killed"),
          "'a 20-year-old nursing student who was shot and killed Sunday while helping provide aid to injured protesters' -> killed 1 "
          "(the age is not the count), civilian. Place: the mourners were in Sagaing Region; the text does not say where she was shot "
          "(close call). Sunday = 28 March 2021."),
    ],
    hard_negatives=[
        H("hundreds of mourners", "mourners, not a casualty count"),
        H("injured protesters", "injured people with no count"),
    ])

# ---------------------------------------------------------------- Sudan 2013: Nyala
NYALA = L("Nyala, South Darfur's largest city", "SDN", "South Darfur", 12.05, 24.88, 1)
THU13 = D("2013-07-04", "Thursday", derived_from_context=True)
ANN["voa_2013_07_04_sudan_darfur_nyala_aid_worker"] = dict(
    events=[
        K("e1", "killed", N, True, C("one aid worker", num="one", value=1), NYALA, THU13, S("The United Nations says"),
          T("killed", at="has killed"),
          "'a grenade strike in Sudan's Darfur region has killed one aid worker' -> killed 1, aid worker (civilian). Place and day from "
          "the next sentence ('Authorities in Nyala ... say the aid workers were caught in the crossfire of a gunfight Thursday')."),
        K("e2", "wounded", N, True, C("at least two other workers", num="two", value=2, low=2, qualifier="at least"), NYALA, THU13,
          S("The United Nations says"), T("wounded", at="critically wounded"),
          "'... and critically wounded at least two other workers' -> wounded, at least 2."),
        K("e3", "killed", N, None, C("more than 300,000 people", num="300,000", value=300000, low=300000, qualifier="more than"),
          L("Darfur", "SDN", None, None, None, 3, at="Darfur has been racked"), D("2003/2013-07-04", "in 2003", derived_from_context=True),
          S("The U.N. estimates"), T("died", at="have died"),
          "'The U.N. estimates more than 300,000 people have died' in the Darfur conflict that began 'in 2003' (previous sentence) -> "
          "killed, running total (cumulative). Darfur spans several states -> admin1 null.", cumulative=True),
    ],
    hard_negatives=[
        H("close to two million civilians", "displaced people (out of scope)"),
        H("the office of an international organization", "a building, not a count of people"),
    ])

# ---------------------------------------------------------------- Somalia 2018: AFRICOM strike
ANN["africom_2018_08_28_somalia_airstrike_southwest_of_mogadishu"] = dict(
    events=[
        K("e1", "killed", A("al-Shabaab", "al-Shabaab", at="al-Shabaab militants"), False,
          C("three (3) terrorists", num="three", value=3),
          L("approximately 40 kilometers southwest of Mogadishu, Somalia", "SOM", "Lower Shabelle", 1.80, 45.05, 2),
          D("2018-08-27", "on August 27"), None, T("killing"),
          "'U.S. forces conducted an airstrike targeting al-Shabaab militants approximately 40 kilometers southwest of Mogadishu, "
          "Somalia, on August 27, killing three (3) terrorists.' -> killed 3, al-Shabaab (the targeted militants). Release in the "
          "command's own voice -> source null. Coordinates: the offset from Mogadishu (annotator's estimate)."),
    ],
    hard_negatives=[
        H("no civilians were injured or killed", "negated casualties"),
    ])

# ---------------------------------------------------------------- Army 2022: summer rotations to Europe
REGION = L("the region", None, None, None, None, 4, at="posture in the region")
ANN["army_2022_05_13_europe_summer_unit_deployments"] = dict(
    events=[
        F("e1", "deployment", A("USA"), C("Approximately 500 Soldiers", num="500", value=500, approx=True, qualifier="Approximately"),
          REGION, D(None), None, T("deploy", at="Soldiers will deploy"),
          "'The 101st Airborne Division Headquarters ... will deploy to replace the 82nd Airborne Division Headquarters. Approximately 500 "
          "Soldiers will deploy.' -> planned deployment of about 500 (US Army). Destination: only 'the region' in this text (Europe in the "
          "Army's announcement; the blog's introduction that names Europe is not part of the text) -> precision 4, no country. No time "
          "word in the text -> date null. A one-for-one replacement (GUIDELINES 9.8: net zero), still annotated as a deployment.",
          planned=True),
        F("e2", "deployment", A("USA"), C("approximately 4,200 Soldiers", num="4,200", value=4200, approx=True, qualifier="approximately"),
          REGION, D(None), None, T("deploy", at="Fort Campbell, Kentucky, will deploy approximately"),
          "'The 2nd Infantry Brigade Combat Team, 101st Airborne Division ... will deploy approximately 4,200 Soldiers' -> planned "
          "deployment.", planned=True),
        F("e3", "deployment", A("USA"),
          C("approximately 4,200 Soldiers", num="4,200", value=4200, approx=True, qualifier="approximately", at="Fort Hood, Texas"),
          REGION, D(None), None, T("deploy", at="Fort Hood, Texas, will deploy"),
          "'The 3rd Armored Brigade Combat Team, 1st Cavalry Division ... will deploy approximately 4,200 Soldiers' -> planned "
          "deployment (same figure as e2, a different unit: a separate claim).", planned=True),
    ],
    hard_negatives=[
        H("82nd Airborne Division Headquarters", "unit designation (ordinal), not a count"),
        H("3rd Infantry Brigade Combat Team", "unit designation, not a count"),
        H("one-for-one unit replacement", "description of the rotation, not a count of people"),
        H("The units being replaced will return to their home station", "withdrawal of the replaced units, no count (no type for withdrawals)"),
    ])

# ---------------------------------------------------------------- Somalia 2014: Halane base
HALANE = L("its base in the Somali capital of Mogadishu", "SOM", "Banaadir", 2.01, 45.30, 1)
ANN["voa_2014_12_26_somalia_halane_base_attack"] = dict(
    events=[
        F("e1", "presence", A("al-Shabab", "al-Shabab", at="eight al-Shabab"), C("eight al-Shabab militants", num="eight", value=8),
          HALANE, D("2014-12-25", "Thursday", at="in Thursday's raid", derived_from_context=True), S("The African Union says"),
          T("attacked", at="who attacked its base"),
          "'the last three of eight al-Shabab militants who attacked its base' -> size of the attacking force as presence (GUIDELINES "
          "2), 8, al-Shabab. The raid was on Thursday (next sentence) = 25 December 2014."),
        K("e2", "killed", A("al-Shabab", "al-Shabab", at="eight al-Shabab"), False, C("the last three", num="three", value=3),
          HALANE, D("2014-12-25/2014-12-26", None, approx=True), S("The African Union says"), T("killed", at="has killed"),
          "'The African Union says it has killed the last three of eight al-Shabab militants' -> killed 3 attackers; part of the death "
          "toll of 14 (e3). No time word for the killing itself: between the Thursday raid and the Friday report (approx, no surface). "
          "Not linked to the presence event e1 (different types).", part_of="e3"),
        K("e3", "killed", N, None, C("14", value=14), HALANE, D("2014-12-25", "Thursday", at="in Thursday's raid", derived_from_context=True),
          S("The African Union says"), T("death toll"),
          "'bringing the death toll to 14' -> killed 14 in the raid (total): the eight attackers (of whom three are stated, e2), five "
          "peacekeepers (e4) and a contractor (e5). Mixed sides -> actor null.", is_total=True),
        K("e4", "killed", A("AU", "AU", at="five AU peacekeepers"), False, C("five AU peacekeepers", num="five", value=5), HALANE,
          D("2014-12-25", "Thursday", at="in Thursday's raid"),
          S("A spokesman for the AU mission in Somalia (AMISOM) told VOA"), T("died", at="had died"),
          "'five AU peacekeepers and a foreign contractor had died in Thursday's raid' -> killed 5, AU; part of the 14.",
          part_of="e3"),
        K("e5", "killed", N, True, C("a foreign contractor", num="a", value=1, at="peacekeepers and a foreign"), HALANE,
          D("2014-12-25", "Thursday", at="in Thursday's raid"),
          S("A spokesman for the AU mission in Somalia (AMISOM) told VOA"), T("died", at="had died"),
          "'... and a foreign contractor had died' -> killed 1, civilian contractor of unstated nationality ('The identity and "
          "nationality of the foreign contractor have not been released'); part of the 14.", part_of="e3"),
    ],
    hard_negatives=[
        H("a U.N. office and several embassies", "count of buildings"),
        H("a Christmas party", "an event, not a count of people"),
        H("The identity and nationality of the foreign contractor", "restatement about the contractor already counted"),
    ])

# ---------------------------------------------------------------- Australia 2020 / 2019: Marine Rotational Force - Darwin
DARWIN20 = L("Darwin, Australia", "AUS", "Northern Territory", -12.46, 130.84, 1)
ANN["marines_2020_06_02_australia_darwin_rotation_arrival"] = dict(
    events=[
        F("e1", "deployment", A("USA"), C("approximately 1,200 Marines", num="1,200", value=1200, approx=True, qualifier="approximately"),
          DARWIN20, D(None), None, T("rotation", at="The modified rotation"),
          "'Marines have begun to arrive in Darwin, Australia for the ninth iteration of the Marine Rotational Force – Darwin (MRF-D) "
          "initiative. The modified rotation involves approximately 1,200 Marines' -> deployment of about 1,200 US Marines to Darwin. The "
          "text gives only the reporting day (present perfect 'have begun to arrive') -> date null, reported_date.",
          reported_date="2020-06-02"),
    ],
    hard_negatives=[
        H("ninth iteration", "ordinal of rotations, not a count of people"),
        H("3rd Battalion, 7th Marine Regiment", "unit designation"),
        H("Marine Unmanned Aerial Vehicle Squadron (VMU) 3", "unit designation"),
        H("14 days", "duration"),
    ])

ANN["marines_2019_04_18_australia_darwin_rotation_arrival"] = dict(
    events=[
        F("e1", "deployment", A("USA"),
          C("approximately 1,700 Marines and sailors", num="1,700", value=1700, approx=True, qualifier="approximately"),
          L("Darwin, Australia", "AUS", "Northern Territory", -12.46, 130.84, 1),
          D("2019-04", "mid-April", derived_from_context=True, approx=True), None, T("rotation", at="main body of the rotation"),
          "'The main body of the rotation is comprised of approximately 1,700 Marines and sailors.' -> deployment (rotation into "
          "Australia) of about 1,700; destination Darwin (first sentence); 'The majority of Marines are scheduled to arrive in Darwin "
          "mid-April' -> April 2019 (approx)."),
    ],
    hard_negatives=[
        H("eighth iteration", "ordinal of rotations"),
        H("a company of MRF-D Marines", "unit size given only as a unit (GUIDELINES 2)"),
        H("I and III Marine Expeditionary Force", "unit designations"),
    ])

# ---------------------------------------------------------------- Syria 2017: American ISIS fighter
ANN["voa_2017_09_14_syria_american_isis_fighter_custody"] = dict(
    events=[
        K("e1", "captured", A("ISIS", "Islamic State", at="fighting for Islamic State"), False, C("An American citizen", num="An", value=1),
          L("Syria", "SYR", None, None, None, 4, at="Islamic State in Syria"),
          D("2017-09-12", "on or around Sept. 12", derived_from_context=True, approx=True), None, T("custody"),
          "'An American citizen fighting for Islamic State in Syria is in U.S. custody after surrendering to coalition-backed Syrian "
          "fighters.' -> captured 1 (surrendered, then detained 'as a known enemy combatant'). Actor = the side he fought for (ISIS); his "
          "nationality (USA) is noted here. Date: the surrender 'on or around Sept. 12' (approx). Restated in the spokesman's quote.",
          alt_mentions=[S("an American citizen", at="turned over an American citizen")]),
    ],
    hard_negatives=[
        H("about 15 kilometers", "distance"),
        H("three years", "duration"),
        H("the American", "restatement of the captive already counted", at="have detained the American"),
    ])

# ---------------------------------------------------------------- Somalia 2024: Jubaland bases
KISM_WS = L("the west and south of Kismayo town", "SOM", "Lower Juba", -0.36, 42.55, 2)
ANN["voa_2024_07_23_somalia_jubaland_bases_clashes"] = dict(
    events=[
        K("e1", "killed", A("al-Shabab", "al-Shabab", at="al-Shabab militants have"), False,
          C("Dozens of al-Shabab militants", num="Dozens", value=None, low=24, approx=True, qualifier="dozens"),
          L("the southern Jubaland state", "SOM", None, None, None, 3), D(None), S("officials said", at="state, officials said"),
          T("killed", at="have been killed in new"),
          "'Dozens of al-Shabab militants have been killed in new clashes in the southern Jubaland state, officials said.' -> killed, "
          "dozens (summary lede; the officials' figures follow as separate claims). Jubaland spans several regions -> admin1 null. No "
          "time word ('new clashes') -> date null."),
        K("e2", "killed", A("al-Shabab", "al-Shabab", at="al-Shabab militants have"), False, C("135 militants", num="135", value=135),
          KISM_WS, D(None), S("Spokesperson for the Jubaland regional forces Major Mohamed Farah Dahir told VOA Somali"),
          T("killed", at="135 militants were killed"),
          "'Major Mohamed Farah Dahir told VOA Somali that 135 militants were killed in the attacks.' -> killed 135 (Jubaland forces' "
          "claim), restated in his quote 'we killed 135'. Place: the attacked bases 'in the west and south of Kismayo town'.",
          alt_mentions=[S("135", at="we killed 135")]),
        K("e3", "captured", A("al-Shabab", "al-Shabab", at="al-Shabab militants have"), False,
          C("at least six militants", num="six", value=6, low=6, qualifier="at least"), KISM_WS, D(None),
          S("Spokesperson for the Jubaland regional forces Major Mohamed Farah Dahir told VOA Somali"),
          T("captured alive"),
          "'He said at least six militants were captured alive.' -> captured, at least 6; 'He' = the Jubaland spokesperson."),
        K("e4", "killed", A("al-Shabab", "al-Shabab", at="al-Shabab militants have"), False,
          C("over 80 militants", num="80", value=80, low=80, qualifier="over"), KISM_WS, D(None),
          S("the federal Ministry of Information claimed"), T("killed", at="80 militants were killed"),
          "'the federal Ministry of Information claimed that all the attacks were repelled and over 80 militants were killed' -> killed, "
          "over 80 (low 80, like 'more than'); a different source and figure from e2 -> separate event."),
        K("e5", "killed", A("SOM"), False, C("more than 70 soldiers", num="70", value=70, low=70, qualifier="more than"), KISM_WS, D(None),
          S("Al-Shabab claimed"), T("killed", at="soldiers were killed"),
          "'Al-Shabab claimed their militants overran the bases and said that more than 70 soldiers were killed in their attacks.' -> "
          "killed, more than 70 federal/regional soldiers (Somali) -> actor SOM (surface null)."),
    ],
    hard_negatives=[
        H("three separate coordinated attacks", "count of attacks"),
        H("a fourth base", "ordinal of bases"),
        H("dozens of dead bodies", "what purported videos show; evidence for deaths already claimed, not a separate claim (close call)"),
        H("nearly two decades", "duration"),
    ])

# ---------------------------------------------------------------- Somalia 2021: Dhusamareb
ELDHERE = L("near the village of El Dhere, 28 kilometers west of Dhusamareb town", "SOM", "Galgaduud", 5.53, 46.14, 2)
ANN["voa_2021_02_07_somalia_dhusamareb_roadside_bomb"] = dict(
    events=[
        K("e1", "killed", A("SOM", "Somalia’s", at="Somalia’s security forces"), False,
          C("Twelve members of Somalia’s security forces", num="Twelve", value=12), ELDHERE, D("2021-02-07", "on Sunday"),
          S("officials said", at="Galmudug, officials said"), T("killed", at="were killed, and"),
          "'Twelve members of Somalia’s security forces were killed, and two others wounded on Sunday following a powerful roadside "
          "explosion in the central state of Galmudug' -> killed 12; place from the next sentence (near El Dhere, 28 km west of "
          "Dhusamareb; Galgaduud region). The named intelligence chief is one of them (not a new count)."),
        K("e2", "wounded", A("SOM", "Somalia’s", at="Somalia’s security forces"), False, C("two others", num="two", value=2), ELDHERE,
          D("2021-02-07", "on Sunday"), S("officials said", at="Galmudug, officials said"), T("wounded"),
          "'... and two others wounded on Sunday' -> wounded 2."),
        K("e3", "killed", A("al-Shabab"), False, C("seven militants", num="seven", value=7),
          L("outside Dhusamareb", "SOM", "Galgaduud", 5.53, 46.39, 2), D("2021-02-05", "On Friday"), None,
          T("killed", at="seven militants were killed"),
          "'On Friday, seven militants were killed by government forces after mortars were fired into the town' -> killed 7; the "
          "militants are al-Shabab by the preceding sentence ('the second confrontation between al-Shabab and Somali government forces "
          "outside Dhusamareb') -> actor al-Shabab (surface null). Friday = 5 February 2021."),
    ],
    hard_negatives=[
        H("Major Abdirashid Abdinur Qoje, was among those killed", "named individual among those already counted"),
        H("some of the soldiers died", "deaths with no quantity (part of the 12)"),
        H("510 kilometers", "distance"),
        H("five federal member states", "count of states"),
        H("almost all of its troops", "withdrawal with no count (no type for withdrawals)"),
    ])

# ---------------------------------------------------------------- Myanmar 2023: Sagaing and Chin airstrikes
ANN["state_2023_04_11_burma_sagaing_chin_airstrikes"] = dict(
    events=[
        K("e1", "killed", N, None, C("more than 50 people", num="50", value=50, low=50, qualifier="more than"),
          L("the Sagaing region", "MMR", "Sagaing", None, None, 3), D("2023-04-11", "today’s"), None, T("killed", at="region that killed"),
          "'today’s reports of a Burma military airstrike in the Sagaing region that killed more than 50 people and injured at least 30 "
          "people, including children' -> killed, more than 50. Statement in the department's own voice with the hedge 'reports'. "
          "'people, including children' -> civilian null (not described as mostly civilians).", hedge="reports"),
        K("e2", "wounded", N, None, C("at least 30 people", num="30", value=30, low=30, qualifier="at least"),
          L("the Sagaing region", "MMR", "Sagaing", None, None, 3), D("2023-04-11", "today’s"), None, T("injured"),
          "'... and injured at least 30 people, including children' -> wounded, at least 30.", hedge="reports"),
        K("e3", "killed", N, None, C("at least nine people", num="nine", value=9, low=9, qualifier="at least"),
          L("Chin State", "MMR", "Chin", None, None, 3), D("2023-04-10", "on April 10"), None, T("killed", at="April 10 that killed"),
          "'reports of airstrikes in Chin State on April 10 that killed at least nine people' -> killed, at least 9.", hedge="reports"),
    ],
    hard_negatives=[
        H("the February 2021 coup", "date, not a count"),
    ])

# ---------------------------------------------------------------- Myanmar 2023: Kachin camp
ANN["state_2023_10_10_burma_kachin_idp_camp_attack"] = dict(
    events=[
        K("e1", "killed", A("MMR"), True, C("dozens of civilians", num="dozens", value=None, low=24, approx=True, qualifier="dozens"),
          L("an internally displaced persons camp near Mung Lai Hkyet village in Kachin State", "MMR", "Kachin", 24.76, 97.56, 2),
          D("2023-10-09", "on October 9", derived_from_context=True), None, T("killed", at="civilians were killed"),
          "'Early reports indicate dozens of civilians were killed.' -> killed, dozens (low 24), civilians (Myanmar by plain implication); "
          "place and date from the previous sentence (the camp near Mung Lai Hkyet, 9 October). Coordinates: the annotator's estimate "
          "of Mung Lai Hkyet near Laiza.", hedge="Early reports indicate"),
        K("e2", "killed", N, None, C("thousands of lives", num="thousands", value=None, low=2000, approx=True, qualifier="thousands"),
          None, D("2021-02/2023-10-10", "since the February 2021 coup"), None, T("claimed", at="have claimed"),
          "'the military regime’s ongoing attacks that have claimed thousands of lives since the February 2021 coup' -> killed, running "
          "total (cumulative), 'thousands' (low 2,000 by analogy with 'hundreds' = 200 in GUIDELINES 4). No place phrase -> null.",
          cumulative=True),
    ],
    hard_negatives=[
        H("More than 1.6 million people", "internally displaced people (out of scope)"),
    ])

# ---------------------------------------------------------------- Myanmar 2021: Kayah State
ANN["state_2021_12_28_burma_kayah_state_attacks"] = dict(
    events=[
        K("e1", "killed", N, None, C("at least 35", num="35", value=35, low=35, qualifier="at least"),
          L("Kayah State", "MMR", "Kayah", None, None, 3, at="Burmese military in Kayah State"), D("2021-12-24", "on December 24"), None,
          T("killed", at="which killed"),
          "'the attacks committed on December 24 by the Burmese military in Kayah State, which killed at least 35, including women and "
          "children and two staff members of ... Save the Children' -> killed, at least 35 (total; e2 is its part). Victims not all "
          "described -> civilian null.", is_total=True),
        K("e2", "killed", N, True, C("two staff members", num="two", value=2), L("Kayah State", "MMR", "Kayah", None, None, 3, at="Burmese military in Kayah State"),
          D("2021-12-24", "on December 24"), None, T("killed", at="which killed"),
          "'... including ... two staff members of the international aid organization Save the Children' -> part of the 35; aid workers "
          "-> civilian true; nationality not stated -> actor null.", part_of="e1"),
    ],
    hard_negatives=[
        H("women and children", "victims with no count (part of the 35)"),
        H("Since the February 1 coup", "date phrase, no count"),
    ])

# ---------------------------------------------------------------- Ukraine 2023-11: Kherson
KHERSON = L("the southern Ukrainian city of Kherson", "UKR", "Kherson", 46.64, 32.61, 1)
MON13 = D("2023-11-13", "Monday", derived_from_context=True)
PROK = S("according to local governor Oleksandr Prokudin")
ANN["voa_2023_11_13_ukraine_kherson_shelling_infant"] = dict(
    events=[
        K("e1", "killed", N, None, C("three people", num="three", value=3), KHERSON, D("2023-11-13", "Monday"), PROK,
          T("killing", at="Monday, killing"),
          "'Russian shelling hit the southern Ukrainian city of Kherson Monday, killing three people' -> killed 3 (total of e3 + e5).",
          is_total=True),
        K("e2", "wounded", N, None, C("at least 12", num="12", value=12, low=12, qualifier="at least"), KHERSON, D("2023-11-13", "Monday"),
          PROK, T("injuring"),
          "'... and injuring at least 12, including a 2-month-old infant' -> wounded, at least 12 (total of e4 + e6; 10 + 2 = 12).",
          is_total=True),
        K("e3", "killed", N, None, C("Two people", num="Two", value=2),
          L("the central part of the city", "UKR", "Kherson", 46.64, 32.61, 2), MON13, S("Prokudin said", at="city, Prokudin said"),
          T("killed", at="Two people were killed"),
          "'Two people were killed and 10 more injured in an afternoon combined attack in the central part of the city' -> part of the "
          "three.", part_of="e1"),
        K("e4", "wounded", N, None, C("10 more", num="10", value=10),
          L("the central part of the city", "UKR", "Kherson", 46.64, 32.61, 2), MON13, S("Prokudin said", at="city, Prokudin said"),
          T("injured", at="10 more injured"),
          "'... and 10 more injured' -> wounded 10 ('more' = additional, not a bound), part of the 12.", part_of="e2"),
        K("e5", "killed", N, None, C("one person", num="one", value=1), L("a suburb of Kherson", "UKR", "Kherson", 46.64, 32.61, 2), MON13,
          S("the governor said on the Telegram messaging app"), T("killing", at="killing one person"),
          "'a car was shot at in a suburb of Kherson, killing one person' -> part of the three.", part_of="e1"),
        K("e6", "wounded", A("UKR"), True,
          C("a 2-month-old infant and his mother", num="a", value=2, qualifier="conjunction", at="wounding a 2-month-old"),
          L("a suburb of Kherson", "UKR", "Kherson", 46.64, 32.61, 2), MON13, S("the governor said on the Telegram messaging app"),
          T("wounding"),
          "'... and wounding a 2-month-old infant and his mother' -> wounded 2 (coordinated singulars), civilians (Ukrainian by plain "
          "implication); part of the 12. The lede's 'including a 2-month-old infant' refers to the same child.", part_of="e2"),
    ],
    hard_negatives=[
        H("Eight vehicles", "count of vehicles"),
        H("one ambulance", "count of vehicles"),
        H("at least fifteen houses", "count of buildings"),
    ])

# ---------------------------------------------------------------- Ukraine 2023-02: Kherson
KHERSON2 = L("the southern city of Kherson", "UKR", "Kherson", 46.64, 32.61, 1)
ANN["voa_2023_02_21_ukraine_kherson_missile_strike"] = dict(
    events=[
        K("e1", "killed", A("UKR"), True, C("five people", num="five", value=5), KHERSON2, D("2023-02-21", "Tuesday"), None,
          T("dead", at="people dead"),
          "'Zelenskyy Tuesday accused Russia of \"mercilessly killing\" civilians in the southern city of Kherson following a missile strike "
          "that left five people dead and 16 others injured.' -> killed 5; the people are the civilians of the same sentence (coreference; "
          "close call) -> civilian true, Ukrainian by plain implication. The strike is dated to the Tuesday of the accusation "
          "(same-day report)."),
        K("e2", "wounded", A("UKR"), True, C("16 others", num="16", value=16), KHERSON2, D("2023-02-21", "Tuesday"), None,
          T("injured", at="others injured"),
          "'... and 16 others injured' -> wounded 16."),
    ],
    hard_negatives=[
        H("20 explosions", "count of explosions"),
        H("eight months", "duration"),
        H("corpses lying in the street", "bodies with no count (the five already counted)"),
    ])

# ---------------------------------------------------------------- Ukraine 2022-12: Kherson
ANN["voa_2022_12_15_ukraine_kherson_donetsk_shelling"] = dict(
    events=[
        K("e1", "killed", N, None, C("two people", num="two", value=2), KHERSON2, D("2022-12-15", "Thursday"), S("Ukraine said"),
          T("killed", at="shelling killed"),
          "'Ukraine said Russian shelling killed two people Thursday in the southern city of Kherson' -> killed 2."),
    ],
    hard_negatives=[
        H("18 million people", "people in need of humanitarian aid (out of scope)"),
        H("millions of Ukrainian civilians", "people exposed to hardship, not casualties"),
    ])

# ---------------------------------------------------------------- DoD 2019: Esper, 82nd Airborne IRF
ANN["dod_2019_12_31_esper_82nd_airborne_irf_deployment"] = dict(
    events=[
        F("e1", "deployment", A("USA"), C("Approximately 750", num="750", value=750, approx=True, qualifier="Approximately"),
          L("the U.S. Central Command area of operations", None, None, None, None, 4),
          D("2019-12-31", "immediately"), None, T("deploy", at="will deploy to the region"),
          "'Approximately 750 #Soldiers will deploy to the region immediately' -> deployment of about 750 US soldiers (an infantry "
          "battalion of the 82nd Airborne Division's Immediate Response Force); destination 'the region' = the U.S. Central Command area "
          "of operations (first sentence), wider than a country. Ordered, to move 'immediately' -> planned, dated to the statement's "
          "day. The count phrase stops before the hashtag's word ('#Soldiers').", planned=True),
    ],
    hard_negatives=[
        H("an infantry battalion", "unit size given only as a unit (GUIDELINES 2)"),
        H("additional forces from the IRF", "deployment with no quantity"),
        H("82nd Airborne Division", "unit designation"),
    ])

# ---------------------------------------------------------------- DVIDS 2022: Washington Guard to Poland
ANN["dvids_2022_12_01_washington_guard_poland_deployment"] = dict(
    events=[
        F("e1", "deployment", A("USA"), C("100 members", num="100", value=100, at="This month, 100"),
          L("Poland", "POL", None, None, None, 4, at="deployment to Poland"), D("2022-12", "This month"), None,
          T("deployment", at="nine-month deployment to Poland"),
          "'This month, 100 members of the 2nd Battalion, 146th Field Artillery Regiment and 898th Brigade Engineer Battalion left for Fort "
          "Bliss, Texas as they get set for a nine-month deployment to Poland.' -> deployment of 100 Washington National Guard members "
          "(US) to Poland; 'This month' = December 2022. The lede's vague 'dozens of soldiers prepared to leave' summarizes the same "
          "group (GUIDELINES 6: the fuller sentence is primary; alt_mention with a vaguer figure, close call).",
          alt_mentions=[S("dozens of soldiers", at="dozens of soldiers prepared")]),
    ],
    hard_negatives=[
        H("nearly 100 members of the 81st Stryker Brigade Combat Team", "soldiers welcomed home after a deployment: a return, not a deployment or presence (no type for redeployments)"),
        H("nine-month deployment to Ukraine", "duration"),
        H("3rd Battalion, 161st Infantry Regiment", "unit designation"),
    ])

# ---------------------------------------------------------------- DVIDS 2023: Louisiana Guard to the Middle East
ANN["dvids_2023_02_03_louisiana_guard_middle_east_ceremony"] = dict(
    events=[
        F("e1", "deployment", A("USA"), C("More than 140 Soldiers", num="140", value=140, low=140, qualifier="More than"),
          L("the Middle East", None, None, None, None, 4), D(None), None, T("deploy", at="scheduled to deploy"),
          "'More than 140 Soldiers are scheduled to deploy to the Middle East in support of Operation Spartan Shield.' -> planned "
          "deployment of more than 140 (Louisiana National Guard, US). No date for the deployment itself (the ceremony was on Feb 3, "
          "2023) -> date null.", planned=True),
    ],
    hard_negatives=[
        H("3673rd Support Maintenance Company", "unit designation (ordinal), not a count"),
        H("Feb 3, 2023", "date"),
    ])

# ---------------------------------------------------------------- Somalia 2015: Garowe, Lego, Delbio
LEGO = L("the southern town of Lego", "SOM", "Bay", 2.78, 44.56, 1)
ANN["voa_2015_04_20_somalia_garowe_un_bus_bombing"] = dict(
    events=[
        K("e1", "killed", N, None, C("at least nine people", num="nine", value=9, low=9, qualifier="at least"),
          L("the town of Garowe", "SOM", "Nugaal", 8.40, 48.48, 1), D("2015-04-20", "Monday"), None, T("killed", at="that killed"),
          "'a bomb attack Monday on a United Nations bus in northern Somalia that killed at least nine people' -> killed, at least 9 "
          "(total); place from the next sentence (Garowe).", is_total=True),
        K("e2", "killed", A("UN", "U.N.", at="The U.N. Children's Fund"), True, C("four of its staff members", num="four", value=4),
          L("the town of Garowe", "SOM", "Nugaal", 8.40, 48.48, 1), D("2015-04-20", "Monday", derived_from_context=True),
          S("The U.N. Children's Fund said"), T("killed", at="staff members were killed"),
          "'The U.N. Children's Fund said four of its staff members were killed' -> part of the nine; UN staff -> actor UN, civilian.",
          part_of="e1"),
        K("e3", "wounded", A("UN", "U.N.", at="The U.N. Children's Fund"), True, C("another four", num="four", value=4, at="another four"),
          L("the town of Garowe", "SOM", "Nugaal", 8.40, 48.48, 1), D("2015-04-20", "Monday", derived_from_context=True),
          S("The U.N. Children's Fund said"), T("serious condition"),
          "'... and another four were in serious condition after the blast' -> wounded 4 (read as four more UNICEF staff; close call)."),
        K("e4", "killed", A("AU", "African Union", at="three African Union"), False,
          C("three African Union peacekeepers", num="three", value=3), LEGO, D("2015-04-19", "On Sunday"), None,
          T("killed", at="militants killed three"),
          "'On Sunday, al-Shabab militants killed three African Union peacekeepers from Burundi and wounded several other soldiers in "
          "the southern town of Lego.' -> killed 3, AU with the contingent named (actor_alt BDI). Leego lies in Bay region (annotator's "
          "knowledge; the governor quoted next is of Lower Shabelle).", actor_alt="BDI"),
        K("e5", "wounded", A("AU", "African Union", at="three African Union"), False,
          C("several other soldiers", num="several", value=None, low=3, approx=True, qualifier="several"), LEGO, D("2015-04-19", "On Sunday"),
          None, T("wounded", at="and wounded several"),
          "'... and wounded several other soldiers' -> wounded, several (AU).", actor_alt="BDI"),
        K("e6", "killed", A("al-Shabab", "al-Shabab", at="11 al-Shabab"), False,
          C("at least 11 al-Shabab militants", num="11", value=11, low=11, qualifier="at least"), LEGO,
          D("2015-04-19", "On Sunday", derived_from_context=True),
          S("The governor of the Lower Shabelle region, Abdulkadir Mohamed Nur \"Siidi,\" told VOA Somali"),
          T("killed", at="militants were killed during"),
          "'The governor of the Lower Shabelle region ... told VOA Somali that at least 11 al-Shabab militants were killed during an "
          "exchange of heavy fire.' -> killed, at least 11; tied to the Lego attack by context (close call)."),
        K("e7", "killed", A("KEN", "Kenyan", at="a Kenyan convoy"), False, C("three soldiers", num="three", value=3, at="killed three soldiers"),
          L("the Delbio area of Lower Jubba region", "SOM", "Lower Juba", None, None, 3), D("2015-04-18", "Saturday"), None,
          T("killed", at="convoy killed"),
          "'An attack Saturday on a Kenyan convoy killed three soldiers and wounded eight others' -> killed 3 Kenyan soldiers."),
        K("e8", "wounded", A("KEN", "Kenyan", at="a Kenyan convoy"), False, C("eight others", num="eight", value=8),
          L("the Delbio area of Lower Jubba region", "SOM", "Lower Juba", None, None, 3), D("2015-04-18", "Saturday"), None,
          T("wounded", at="and wounded eight"),
          "'... and wounded eight others' -> wounded 8."),
    ],
    hard_negatives=[
        H("third deadly attack", "ordinal of attacks"),
        H("three days", "duration"),
    ])

# ---------------------------------------------------------------- newscast 2017-10-21: Kabul, Egypt, Mogadishu toll
MOSQUE = L("a crowded Shiite Muslim mosque in Kabul", "AFG", "Kabul", 34.53, 69.17, 1)
ANN["voa_2017_10_21_newscast_kabul_mosque_egypt_mogadishu"] = dict(
    events=[
        K("e1", "killed", A("AFG"), True, C("at least 40 worshipers", num="40", value=40, low=40, qualifier="at least"), MOSQUE, D(None),
          S("Officials in Afghanistan say"), T("killed", at="has killed"),
          "'a suicide blast inside a crowded Shiite Muslim mosque in Kabul has killed at least 40 worshipers' -> killed, at least 40, "
          "worshipers (civilian; Afghan by plain implication). No time word in the text -> date null."),
        K("e2", "wounded", A("AFG"), True, C("dozens more", num="dozens", value=None, low=24, approx=True, qualifier="dozens"), MOSQUE,
          D(None), S("Officials in Afghanistan say"), T("wounded", at="and wounded dozens"),
          "'... and wounded dozens more' -> wounded, dozens; restated by the correspondent ('dozens of people seriously wounded, "
          "according to the Afghan Interior Ministry').",
          alt_mentions=[S("dozens of people", at="there are dozens of people")]),
        F("e3", "presence", A("militants"), C("two attackers", num="two", value=2), MOSQUE, D(None), None,
          T("there were", at="there were two attackers"),
          "'what we are hearing right now is that there were two attackers' -> attacking force as presence (GUIDELINES 2), 2; "
          "unnamed attackers -> 'militants' (section 10).", hedge="what we are hearing"),
        K("e4", "killed", A("EGY"), False, C("14 policemen", num="14", value=14),
          L("a militants' hideout southwest of Cairo", "EGY", None, None, None, 3), D("2017-10-20", "Friday"), None,
          T("killed", at="Militants killed"),
          "'Militants killed 14 policemen and wounded eight in a shootout during a raid Friday on a militants' hideout southwest of "
          "Cairo.' -> killed 14 Egyptian police (civilian false, GUIDELINES 3). The area lies in a desert governorate not named -> admin1 "
          "null, precision 3."),
        K("e5", "wounded", A("EGY"), False, C("eight", value=8, at="wounded eight"),
          L("a militants' hideout southwest of Cairo", "EGY", None, None, None, 3), D("2017-10-20", "Friday"), None,
          T("wounded", at="and wounded eight"),
          "'... and wounded eight' -> wounded 8 (policemen by ellipsis)."),
        K("e6", "killed", A("EGY"), True, C("scores", value=None, low=40, approx=True, qualifier="scores", at="killed scores"),
          L("The country", "EGY", None, None, None, 4, at="The country has been"),
          D("2017-01/2017-10-21", "earlier this year", approx=True), None, T("killed", at="Christians killed"),
          "'bombings and suicide attacks targeting minority Coptic Christians killed scores earlier this year' -> killed, 'scores' (low "
          "40 = two score, by analogy with GUIDELINES 4), Coptic civilians, over several attacks (cumulative).", cumulative=True),
        K("e7", "killed", N, None, C("358", value=358), L("Somalia", "SOM", None, None, None, 4, at="Somalia's information minister"),
          D(None), S("Somalia's information minister says"), T("death toll"),
          "'Somalia's information minister says the death toll has risen to 358 in the country's worst attack ever.' -> killed 358, "
          "updated toll of one attack (the 14 October 2017 Mogadishu bombing, not named here; no place below the country, no date)."),
    ],
    hard_negatives=[
        H("a suicide bomber just walked in and blew himself up", "death of a suicide attacker (out of scope)"),
        H("a second attacker", "one of the two attackers already counted"),
    ])

# ---------------------------------------------------------------- Syria 2018: Manbij
ANN["voa_2018_03_30_syria_manbij_coalition_members_killed"] = dict(
    events=[
        K("e1", "killed", A(["USA", "GBR"]), False, C("Two members of the U.S.-led coalition", num="Two", value=2),
          L("near the city of Manbij in northern Syria", "SYR", "Aleppo", 36.53, 37.95, 2), D("2018-03-29", "Thursday night"),
          S("according to U.S. officials"), T("killed", at="were killed in a roadside"),
          "'Two members of the U.S.-led coalition in Syria, one American and the other British, were killed in a roadside bomb blast "
          "Thursday night, according to U.S. officials.' -> killed 2; one count covering two nationalities -> list actor [USA, GBR] "
          "(GUIDELINES 3). Place from the next sentence (near Manbij)."),
        K("e2", "wounded", N, None, C("Five others", num="Five", value=5),
          L("near the city of Manbij in northern Syria", "SYR", "Aleppo", 36.53, 37.95, 2),
          D("2018-03-29", "Thursday night", derived_from_context=True), S("according to U.S. officials"), T("wounded", at="others were wounded"),
          "'Five others were wounded.' -> wounded 5 (sides not stated -> actor/civilian null)."),
    ],
    hard_negatives=[
        H("Two U.S. officials", "sources, not casualties"),
        H("the second fatality", "restatement of one of the two deaths (identity)"),
        H("the British service member", "restatement of one of the two deaths (identity)"),
    ])

# ---------------------------------------------------------------- Somalia 2020: Elite Hotel
ELITE = L("the Elite Hotel at Mogadishu’s popular Lido Beach", "SOM", "Banaadir", 2.06, 45.36, 1)
SUN16 = D("2020-08-16", "Sunday’s", derived_from_context=True)
ANN["voa_2020_08_17_somalia_mogadishu_elite_hotel_attack"] = dict(
    events=[
        K("e1", "killed", N, None, C("at least 16", num="16", value=16, low=16, qualifier="at least"), ELITE, D("2020-08-16", "Sunday’s"),
          None, T("death toll"),
          "'The death toll from Sunday’s attack and subsequent hours-long siege at a beachfront hotel in Somalia has risen to at least 16.' "
          "-> killed, at least 16 (the text does not say whether the attackers are included); place from the later sentence (the Elite "
          "Hotel)."),
        F("e2", "presence", A("al-Shabaab"), C("four armed gunmen", num="four", value=4), ELITE, SUN16, None, T("stormed", at="gunmen stormed"),
          "'Moments later four armed gunmen stormed the hotel.' -> attacking force as presence, 4; al-Shabaab claimed the attack -> "
          "actor al-Shabaab (surface null)."),
        K("e3", "killed", A("al-Shabaab"), False, C("all four of the attackers", num="four", value=4, qualifier="all"), ELITE, SUN16,
          S("Ismail Mukhtar, a spokesperson for the Ministry of Information, said"), T("shot dead"),
          "'all four of the attackers who stormed the hotel were shot dead' -> killed 4 attackers (not a suicide: shot by security "
          "forces)."),
        K("e4", "wounded", N, None, C("At least 18 people", num="18", value=18, low=18, qualifier="At least"), ELITE, SUN16, None,
          T("injured", at="people were injured"),
          "'At least 18 people were injured.' -> wounded, at least 18."),
        K("e5", "killed", A(["al-Shabab", "SOM"]), False, C("at least 20", num="20", value=20, low=20, qualifier="at least", at="claimed at least 20"),
          L("a heavily guarded prison in Mogadishu", "SOM", "Banaadir", 2.04, 45.34, 1),
          D("2020-08-10/2020-08-16", "Last week", at="Last week a shootout"), None, T("claimed", at="prison claimed"),
          "'Last week a shootout between jailed al-Shabab members and security officers at a prison claimed at least 20 lives.' -> "
          "killed, at least 20, a toll covering both sides -> list actor (section 10; close call, the split is not given). 'Last week' in "
          "a Monday story -> Monday-Sunday of the previous week."),
    ],
    hard_negatives=[
        H("more than 200 people", "people rescued, not casualties"),
        H("the past two months", "duration"),
    ])

# ---------------------------------------------------------------- Somalia/Kenya 2017: Kismayo strike, Pandanguo
KISM = L("near Kismayo", "SOM", "Lower Juba", -0.36, 42.55, 2)
WED5 = D("2017-07-05", "early Wednesday")
ANN["voa_2017_07_05_somalia_kismayo_joint_strike_kenya_pandanguo"] = dict(
    events=[
        K("e1", "killed", A("al-Shabab", "al-Shabab", at="Thirteen al-Shabab"), False, C("Thirteen al-Shabab militants", num="Thirteen", value=13),
          KISM, D("2017-07-05", "early Wednesday", derived_from_context=True), S("a Somali official said"), T("killed", at="were killed in an apparent"),
          "'Thirteen al-Shabab militants were killed in an apparent joint attack by U.S. and Somali government forces near Kismayo, a "
          "Somali official said Wednesday.' -> killed 13; restated in the deputy commander's quote ('We killed 13'). Date: the strike "
          "'early Wednesday' (next sentence).", alt_mentions=[S("13", at="We killed 13")]),
        F("e2", "presence", A("al-Shabab"), C("about 100 militias", num="100", value=100, approx=True, qualifier="about"),
          L("a jungle area", "SOM", "Lower Juba", -0.36, 42.55, 2), D("2017-07-05", "early Wednesday", derived_from_context=True),
          S("The deputy commander of Somalia’s national security agency in the Lower Jubba region, Ahmed Abdullahi Issa, said"),
          T("gathering"),
          "'“They were about 100 militias who were gathering in a jungle area, and we targeted them,” he told journalists.' -> a force of "
          "about 100 al-Shabab fighters present (the militants of the article) -> presence. Place: 'a jungle area' near Kismayo (close call)."),
        K("e3", "wounded", A("al-Shabab"), False, C("10 others", num="10", value=10), KISM, D("2017-07-05", "early Wednesday", derived_from_context=True),
          S("The deputy commander of Somalia’s national security agency in the Lower Jubba region, Ahmed Abdullahi Issa, said"),
          T("wounded", at="wounded 10"),
          "'We killed 13 and wounded 10 others.' -> wounded 10 militants."),
        K("e4", "killed", A("KEN", "Kenyan", at="Kenyan police"), False, C("at least two Kenyan police officers", num="two", value=2, low=2, qualifier="at least"),
          L("a police outpost in Pandanguo, Lamu county", "KEN", "Lamu", -2.26, 40.66, 1), D(None), None, T("killed", at="officers were killed"),
          "'at least two Kenyan police officers were killed and seven others were missing after an attack on a police outpost in "
          "Pandanguo, Lamu county' -> killed, at least 2; police -> civilian false. No time word for this attack in the text -> date null "
          "(it was the same Wednesday)."),
        K("e5", "missing", A("KEN", "Kenyan", at="Kenyan police"), False, C("seven others", num="seven", value=7),
          L("a police outpost in Pandanguo, Lamu county", "KEN", "Lamu", -2.26, 40.66, 1), D(None), None, T("missing"),
          "'... and seven others were missing' -> missing 7 Kenyan police officers."),
    ],
    hard_negatives=[
        H("about 500 kilometers", "distance"),
        H("A contingent of U.S. advisers", "unit with no count"),
        H("the bodies of the dead militants", "restatement of the dead already counted"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Helmand ambush, NATO levels
ANN["voa_2006_08_01_afghanistan_helmand_british_patrol_ambush"] = dict(
    events=[
        F("e1", "presence", A("NATO", "western alliance", at="The western alliance"), C("around 8,000 troops", num="8,000", value=8000, approx=True, qualifier="around"),
          L("six southern provinces", "AFG", None, None, None, 3), D("2006-08-01", None), None, T("has", at="alliance has around"),
          "'The western alliance has around 8,000 troops in six southern provinces.' -> presence, about 8,000 NATO troops in southern "
          "Afghanistan. Present level with no time word -> value = the story's day (as 'Currently' in set (z))? No: the text gives no "
          "time word; dated to publication as a present-tense state (close call)."),
        F("e2", "presence", A("GBR", "Britain", at="Britain has committed"), C("more than 4,000 soldiers", num="4,000", value=4000, low=4000, qualifier="more than"),
          L("six southern provinces", "AFG", None, None, None, 3), D("2006-08-01", None), None, T("committed"),
          "'Britain has committed more than 4,000 soldiers to the international force.' -> presence of more than 4,000 British soldiers "
          "within the NATO force in the south (not linked to e1 by part_of; the text does not say all are in the south; close call "
          "against deployment)."),
        K("e3", "killed", N, None, C("more than 800 people", num="800", value=800, low=800, qualifier="more than"),
          L("Afghanistan", "AFG", None, None, None, 4, at="Afghanistan's bloodiest"), D("2006-04/2006-08-01", "In the past four months", approx=True),
          None, T("killed", at="have been killed"),
          "'In the past four months alone, more than 800 people, mostly militants, have been killed.' -> killed, running total "
          "(cumulative) over about four months; 'mostly militants' -> civilian false (the 'mostly' rule of section 10 applied to "
          "militants; close call), actor null.", cumulative=True),
    ],
    hard_negatives=[
        H("57-year history", "age of the alliance"),
        H("Tuesday's loss of life", "casualties with no count"),
        H("a series of suicide attacks", "count of attacks, no people"),
    ])
ANN["voa_2006_08_01_afghanistan_helmand_british_patrol_ambush"]["events"][0]["notes"] = (
    "'The western alliance has around 8,000 troops in six southern provinces.' -> presence, about 8,000 NATO troops in southern "
    "Afghanistan. A present-tense state with no time word: dated to the story's day (value only, no surface; close call).")

# ---------------------------------------------------------------- newscast 2017-07-03: Anbar camp, Damascus
DAM = L("central Damascus", "SYR", "Damascus", 33.51, 36.29, 2)
ANN["voa_2017_07_03_newscast_iraq_camp_damascus_bombings"] = dict(
    events=[
        K("e1", "killed", A("IRQ"), True, C("at least 14 people", num="14", value=14, low=14, qualifier="at least"),
          L("the camp which is west of Ramadi, the capital of Anbar province", "IRQ", "Al Anbar", 33.42, 43.20, 2),
          D("2017-07-02", "Sunday"), None, T("killed", at="suicide bomber killed"),
          "'A suicide bomber killed at least 14 people in Iraq Sunday at a camp for families internally displaced by fighting.' -> "
          "killed, at least 14; displaced families in a camp -> civilian true, Iraqi by plain implication. Place from the next sentence."),
        K("e2", "wounded", A("IRQ"), True, C("Thirteen people", num="Thirteen", value=13),
          L("the camp which is west of Ramadi, the capital of Anbar province", "IRQ", "Al Anbar", 33.42, 43.20, 2),
          D("2017-07-02", "Sunday", derived_from_context=True), None, T("wounded", at="were wounded in the attack"),
          "'Thirteen people were wounded in the attack on the camp' -> wounded 13."),
        K("e3", "killed", N, None, C("at least eight people", num="eight", value=8, low=8, qualifier="at least"), DAM,
          D("2017-07-02", "Sunday", at="Damascus Sunday"), S("Syrian state television is reporting"), T("killing", at="killing at least eight"),
          "'Syrian state television is reporting that a suicide bomber in a car blew himself up in central Damascus Sunday, killing at "
          "least eight people and wounding 12 others.' -> killed, at least 8 (state TV)."),
        K("e4", "wounded", N, None, C("12 others", num="12", value=12), DAM, D("2017-07-02", "Sunday", at="Damascus Sunday"),
          S("Syrian state television is reporting"), T("wounding"),
          "'... and wounding 12 others' -> wounded 12."),
        K("e5", "killed", N, None, C("12 people", num="12", value=12, at="says 12 people"), DAM, D("2017-07-02", "Sunday", at="Damascus Sunday", derived_from_context=True),
          S("The Syrian Observatory for Human Rights says"), T("killed", at="people were killed"),
          "'The Syrian Observatory for Human Rights says 12 people were killed.' -> killed 12, a different source and figure for the "
          "Damascus bombing (GUIDELINES 6: separate event)."),
    ],
    hard_negatives=[
        H("at least one person", "death in a camp fire, not caused by the conflict"),
        H("About a hundred tents", "count of tents"),
        H("More than a million Syrian refugees", "refugees (out of scope)"),
        H("1,500 people", "deaths from a cholera outbreak (out of scope)"),
        H("about a quarter of those killed", "share of the cholera deaths"),
    ])

# ---------------------------------------------------------------- newscast 2018-08-06: Somalia bombings, Afghanistan
AFGOYE = L("Afgoye", "SOM", "Lower Shabelle", 2.14, 45.12, 1)
SUN5 = D("2018-08-05", "Earlier in the day", derived_from_context=True)
ANN["voa_2018_08_06_newscast_somalia_bombings_afghanistan_patrol"] = dict(
    events=[
        K("e1", "killed", N, None, C("At least six people", num="six", value=6, low=6, qualifier="At least"),
          L("Somalia", "SOM", None, None, None, 4, at="bombings in Somalia"), D("2018-08-05", "on Sunday"), None, T("killed", at="were killed and"),
          "'At least six people were killed and 13 others were wounded in two bombings in Somalia on Sunday.' -> killed, at least 6 "
          "(total of e3 Mogadishu 4 + e4 Afgoye 2).", is_total=True),
        K("e2", "wounded", N, None, C("13 others", num="13", value=13), L("Somalia", "SOM", None, None, None, 4, at="bombings in Somalia"),
          D("2018-08-05", "on Sunday"), None, T("wounded", at="were wounded in two"),
          "'... and 13 others were wounded' -> wounded 13 (total; only the Afgoye four are itemized, e5; the rest is not broken down).",
          is_total=True),
        K("e3", "killed", N, None, C("four people", num="four", value=4),
          L("outside a coffee shop on the capital's busiest road", "SOM", "Banaadir", 2.05, 45.32, 1),
          D("2018-08-05", "on Sunday", derived_from_context=True), None, T("killed", at="people were killed in a car"),
          "'The deadliest explosion happened in the capital, Mogadishu, where four people were killed in a car bombing outside a coffee "
          "shop' -> part of the six.", part_of="e1"),
        K("e4", "killed", A("SOM"), False, C("two people", num="two", value=2), AFGOYE, SUN5, None, T("killed", at="two people were killed"),
          "'Earlier in the day, two people were killed, four others wounded after a suicide car bomb exploded near a military vehicle in "
          "Afgoye. All of the victims were government soldiers.' -> killed 2 Somali soldiers; part of the six.", part_of="e1"),
        K("e5", "wounded", A("SOM"), False, C("four others", num="four", value=4, at="four others wounded"), AFGOYE, SUN5, None,
          T("wounded", at="others wounded"),
          "'... four others wounded' -> wounded 4 Somali soldiers ('All of the victims were government soldiers'); part of the 13.",
          part_of="e2"),
        K("e6", "killed", A("NATO", "NATO", at="three NATO"), False, C("three NATO forces", num="three", value=3),
          L("eastern Afghanistan", "AFG", None, None, None, 3), D("2018-08-05", "Sunday", at="Afghanistan Sunday"), None,
          T("killed", at="bomber killed"),
          "'A Taliban suicide bomber killed three NATO forces on a foot patrol in eastern Afghanistan Sunday' -> killed 3 NATO soldiers "
          "(their nationality is given only in the agency report that follows, which is not part of the text)."),
        K("e7", "wounded", A("USA", "American", at="an American soldier"), False, C("an American soldier", num="an", value=1),
          L("eastern Afghanistan", "AFG", None, None, None, 3), D("2018-08-05", "Sunday", at="Afghanistan Sunday"), None,
          T("wounded", at="also wounded"),
          "'... in an attack that also wounded an American soldier and two Afghan troops' -> wounded 1, USA."),
        K("e8", "wounded", A("AFG", "Afghan", at="two Afghan"), False, C("two Afghan troops", num="two", value=2),
          L("eastern Afghanistan", "AFG", None, None, None, 3), D("2018-08-05", "Sunday", at="Afghanistan Sunday"), None,
          T("wounded", at="also wounded"),
          "'... and two Afghan troops' -> wounded 2, AFG."),
    ],
    hard_negatives=[
        H("two bombings", "count of attacks"),
        H("A Taliban suicide bomber", "the suicide attacker (out of scope)"),
    ])

# ---------------------------------------------------------------- newscast 2017-10-15: Mogadishu car bomb
ANN["voa_2017_10_15_newscast_mogadishu_car_bomb"] = dict(
    events=[
        K("e1", "killed", N, None, C("at least 20 people", num="20", value=20, low=20, qualifier="at least"),
          L("a busy street in the Somalian capital of Mogadishu", "SOM", "Banaadir", 2.05, 45.32, 1), D("2017-10-14", "Saturday"), None,
          T("killing", at="Saturday, killing"),
          "'A huge car bomb exploded on a busy street in the Somalian capital of Mogadishu Saturday, killing at least 20 people' -> "
          "killed, at least 20 (the first toll of the 14 October 2017 bombing); restated in the correspondent's report.",
          alt_mentions=[S("at least 20", at="Saturday, killing at least 20. The blast")]),
    ],
    hard_negatives=[
        H("dozens of vehicles", "count of vehicles"),
        H("journalists were attacked", "attacked journalists with no count"),
        H("Thousands have fled", "displaced people (out of scope)"),
    ])

# ---------------------------------------------------------------- newscast 2017-12-12: New York pipe bomb, Mogadishu journalist
ANN["voa_2017_12_12_newscast_new_york_pipe_bomb_mogadishu_journalist"] = dict(
    events=[
        K("e1", "wounded", N, True, C("three [bystanders]", num="three", value=3),
          L("a pedestrian tunnel between two of New York City's busiest transportation hubs", "USA", "New York", 40.76, -73.99, 1),
          D("2017-12-11", "Monday", at="hubs Monday", derived_from_context=True), None, T("wounded", at="wounded himself"),
          "'Akayed Ullah ... wounded himself and three [bystanders] bystanders, that is.' -> wounded 3 bystanders (civilian; nationality "
          "not stated -> actor null); the anchor's slip is kept in the count surface. The bomber's own injury is not counted."),
        K("e2", "killed", N, True, C("a television journalist", num="a", value=1), L("Mogadishu's Wadajir district", "SOM", "Banaadir", 2.02, 45.28, 2),
          D("2017-12-11", "late Monday"), S("according to witnesses and security sources"), T("killed", at="capital killed"),
          "'An explosion in the Somali capital killed a television journalist late Monday' -> killed 1, journalist (civilian). Place "
          "from the later sentence (Wadajir district). The named Gabow is the same person (not a new count)."),
    ],
    hard_negatives=[
        H("Twenty-seven-year-old Akayed Ullah", "age and name of the attacker"),
        H("two of New York City's busiest transportation hubs", "count of places"),
        H("the injured bystanders", "restatement of the three already counted"),
    ])

# ---------------------------------------------------------------- Somalia 2022: Hiran offensive
HIRAN = L("the central Hiran region", "SOM", "Hiran", None, None, 3)
ANN["voa_2022_09_20_somalia_hiran_offensive_villages"] = dict(
    events=[
        K("e1", "killed", A("al-Shabab", "al-Shabab", at="100 al-Shabab"), False,
          C("more than 100 al-Shabab militants", num="100", value=100, low=100, qualifier="more than"), HIRAN,
          D("2022-09-17/2022-09-18", "weekend offensives", approx=True), S("Somali army commanders say"), T("killed", at="forces killed"),
          "'Somali army commanders say their forces killed more than 100 al-Shabab militants during weekend offensives' -> killed, more "
          "than 100 (total of the Yasooman 75 and Aborey 30 = 105). Place from the next sentence (Hiran); 'weekend' before a Tuesday "
          "story -> 17-18 September 2022.", is_total=True),
        K("e2", "killed", A("al-Shabab", "al-Shabab", at="75 al-Shabab"), False, C("75 al-Shabab militants", num="75", value=75),
          L("Yasooman", "SOM", "Hiran", 4.05, 45.45, 1, at="fighting in Yasooman"),
          D("2022-09-17", "early Saturday", derived_from_context=True), S("They told VOA"), T("killed", at="militants were killed in the fighting"),
          "'They told VOA that 75 al-Shabab militants were killed in the fighting in Yasooman' -> part of the more than 100; 'They' = the "
          "senior army commanders in Hiran. Coordinates: the annotator's estimate (village in Hiran).", part_of="e1"),
        K("e3", "killed", A("al-Shabab", "al-Shabab", at="75 al-Shabab"), False, C("30", value=30, at="and 30 in the vicinity"),
          L("the vicinity of Aborey", "SOM", "Hiran", 4.05, 45.45, 2), D("2022-09-17", "early Saturday", derived_from_context=True),
          S("They told VOA"), T("killed", at="militants were killed in the fighting"),
          "'... and 30 in the vicinity of Aborey' -> killed 30 (ellipsis of 'al-Shabab militants were killed'); part of the more than 100. "
          "Coordinates: the annotator's estimate.", part_of="e1"),
        K("e4", "killed", A("al-Shabab", "al-Shabab", at="200 al-Shabab"), False, C("200 al-Shabab fighters", num="200", value=200),
          L("Somalia", "SOM", None, None, None, 4, at="Somalia’s information"), D(None), S("Somalia’s information ministsaid"),
          T("killed", at="have killed 200"),
          "'Somalia’s information ministsaid Sunday that the army’s recent offensives have killed 200 al-Shabab fighters' -> killed 200 "
          "over the recent offensives (cumulative); only the reporting day is given ('Sunday' = 18 September) -> date null, reported_date. "
          "The source keeps the copy's typo.", cumulative=True, reported_date="2022-09-18"),
    ],
    hard_negatives=[
        H("two villages", "count of villages"),
        H("30 villages", "count of villages"),
        H("more than a decade", "duration", at="held for more than a decade"),
    ])

# ---------------------------------------------------------------- newscast 2021-01: French soldiers in Mali
ANN["voa_2021_01_02_newscast_mali_french_soldiers_niger"] = dict(
    events=[
        K("e1", "killed", A("FRA", "French", at="Two French"), False, C("Two French soldiers", num="Two", value=2),
          L("northeastern Mali", "MLI", None, None, None, 3), D("2021-01-02", "Saturday"), None, T("killed", at="were killed Saturday"),
          "'Two French soldiers were killed Saturday when their vehicle hit an improvised explosive device in northeastern Mali' -> "
          "killed 2, FRA."),
        K("e2", "killed", A("FRA", "French", at="Two French"), False, C("three others", num="three", value=3),
          L("northeastern Mali", "MLI", None, None, None, 3), D("2020-12", "just days after", approx=True), None, T("died", at="others died"),
          "'... just days after three others died in similar fashion' -> killed 3 French soldiers ('others' = other French soldiers) a "
          "few days earlier (late December 2020; approx). Place by 'in similar fashion' (close call)."),
        K("e3", "killed", A("FRA", "French", at="French soldiers killed"), False, C("250", value=250, at="bring 250"),
          L("Mali", "MLI", None, None, None, 4, at="killed in Mali"), D("2013-01/2021-01-02", "since France first intervened militarily in January 2013"),
          S("According to the French army"), T("killed", at="soldiers killed in Mali"),
          "'According to the French army, the latest deaths bring 250 the number of French soldiers killed in Mali, since France first "
          "intervened militarily in January 2013.' -> killed, running total 250 (cumulative; the garbled 'bring 250 the number' kept).",
          cumulative=True),
    ],
    hard_negatives=[
        H("the first female soldier", "identity of one of the two dead (ordinal of deployment, not a count)"),
        H("American soldiers have suffered no deaths", "negated casualties"),
        H("19-year-old Afghan war", "duration"),
    ])

# ---------------------------------------------------------------- Somalia 2018: Bar-Sanguni
ANN["voa_2018_01_18_somalia_bar_sanguni_operation"] = dict(
    events=[
        K("e1", "killed", A("al-Shabab", "al-Shabab", at="seven al-Shabab"), False,
          C("at least seven al-Shabab militants", num="seven", value=7, low=7, qualifier="at least"),
          L("Bar-Sanguni town, 45 kilometers (28 miles) south of the coastal city of Kismayo", "SOM", "Lower Juba", -0.75, 42.30, 1),
          D("2018-01-18", "Thursday"), S("officials and residents said"), T("killed", at="army killed"),
          "'The Somalia national army killed at least seven al-Shabab militants Thursday' -> killed, at least 7; the general's quote ('we "
          "killed seven of the militants') and a resident's 'seven dead bodies of the militants' restate the figure (alt_mentions). Place "
          "from the next sentence (Bar-Sanguni; coordinates: the annotator's estimate from '45 kilometers south of Kismayo'). Thursday = "
          "the inferred publication day (see publication_date_source).",
          alt_mentions=[S("seven of the militants", at="we killed seven"), S("seven dead bodies", at="with seven dead")]),
    ],
    hard_negatives=[
        H("43rd Infantry Division", "unit designation"),
        H("45 kilometers (28 miles)", "distance"),
        H("two of their vehicles", "count of vehicles captured"),
        H("local leaders of al-Shabab's Amniyat unit", "identity of some of the seven already counted"),
    ])

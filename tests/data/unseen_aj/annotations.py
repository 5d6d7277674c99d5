# -*- coding: utf-8 -*-
"""Gold annotations of set (aj), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3; 'XKX' is used for Kosovo, which has no ISO
3166-1 code), admin1, lat/lon (2 decimals; null for provinces, regions, districts and countries, as in sets (g)-(z))
and ACLED-style precision (1 point, 2 near a point / part of a city, 3 region/province/district, 4 country or wider).
Each event also carries a `trigger`.
"""

from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}

# ---------------------------------------------------------------- Somalia 2016: Runirgood
RUN = L("the town of Runirgood", "SOM", "Middle Shabelle", 3.1, 45.8, 1)
SUN = D("2016-05-01", "early Sunday morning")
SUN_C = D("2016-05-01", "early Sunday morning", derived_from_context=True)
SANAY = S("Mohamed Mohamud Sanay told VOA")
ANN["voa_2016_05_01_somalia_runirgood"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SOM", "Somali", at="22 Somali"), civilian=False,
             count=C("22 Somali soldiers", num="22", value=22), location=RUN, date=SUN,
             source=S("an official told VOA"), trigger=T("killing", at="morning, killing"),
             alt_mentions=[S("22", at="soldiers was 22")],
             notes=("'al-Shabab attacked and recaptured a town ... early Sunday morning, killing 22 Somali soldiers, an "
                    "official told VOA' -> killed 22; the town is named in the next sentence (Runirgood; coordinates are "
                    "the annotator's rough estimate). 'the death toll among soldiers was 22' (an official who asked not to "
                    "be named) restates it (alt_mention). Sunday = 1 May 2016 (publication date inferred).")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("more than 32 soldiers", num="32", value=32, low=32, qualifier="more than"), location=RUN,
             date=SUN_C, source=S("The militants claimed"), trigger=T("killed", at="they had killed"), is_total=True,
             notes="al-Shabab's claim: 'more than 32 soldiers including a senior military officer' -> killed, separate source figure (GUIDELINES 6)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("a senior military officer", num="a", value=1), location=RUN, date=SUN_C,
             source=S("The militants claimed"), trigger=T("killed", at="they had killed"), part_of="e2",
             notes="'including a senior military officer' -> part of the claimed 32."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("SOM"), civilian=False,
             count=C("eight of them", num="eight", value=8), location=RUN, date=SUN_C, source=SANAY,
             trigger=T("were killed", at="eight of them were killed"),
             notes="The sector commander's figure: 'his soldiers were ambushed and eight of them were killed' -> killed 8 (third figure for the same soldiers, separate source)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("al-Shabab", "al-Shabab", at="12 al-Shabab"), civilian=False,
             count=C("12 al-Shabab militants", num="12", value=12), location=RUN, date=SUN_C, source=SANAY,
             trigger=T("killed", at="forces killed 12"), notes="'while his forces killed 12 al-Shabab militants' -> killed 12."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("SOM"), civilian=False,
             count=C("a senior officer", num="a", value=1, at="said a senior officer"), location=RUN, date=SUN_C,
             source=S("The commander said"), trigger=T("wounded", at="officer was wounded"),
             notes=("'The commander said a senior officer was wounded and is now missing.' -> wounded 1; the same man is "
                    "also said to be missing (one count, one event; close call).")),
        dict(id="e7", type="casualty", outcome="missing", actor=A("SOM"), civilian=False,
             count=C("10 others", num="10", value=10), location=RUN, date=SUN_C,
             source=S("A Somali official who asked not to be named told VOA"), trigger=T("missing", at="others were missing"),
             notes="'10 others were missing and feared to be captured by the militants' -> missing 10 (not captured: the capture is only feared)."),
    ],
    hard_negatives=[
        H("at least three military vehicles", "count of vehicles"),
        H("12th sector", "sector number, not a count"),
        H("In 2011", "year"),
    ])

# ---------------------------------------------------------------- Afghanistan 2009: FOB Chapman, Kandahar
CHAPMAN = L("the Forward Operating Base Chapman in Khost province", "AFG", "Khost", 33.34, 69.95, 1)
KDH = L("just outside the southern city of Kandahar", "AFG", "Kandahar", 31.61, 65.71, 2)
WED = D("2009-12-30", "Wednesday")
ANN["voa_2009_12_30_afghanistan_chapman_kandahar"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("USA", "Americans", at="eight Americans"), civilian=None,
             count=C("eight Americans", num="eight", value=8), location=CHAPMAN, date=WED, source=None,
             trigger=T("killed", at="bomber killed"), alt_mentions=[S("the eight Americans killed")],
             notes=("'A suicide bomber killed eight Americans at a U.S. base in eastern Afghanistan Wednesday' -> killed 8; "
                    "the base is named in the next sentence. The text says no U.S. troops were killed and that the eight "
                    "were reportedly CIA workers -> civilian null (close call). Wednesday = publication day.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="says four Canadian"), civilian=False,
             count=C("four Canadian soldiers", num="four", value=4, at="says four Canadian"), location=KDH,
             date=D("2009-12-30", "Wednesday", at="were killed Wednesday"), source=S("the Canadian defense ministry says"),
             trigger=T("were killed", at="journalist were killed"), alt_mentions=[S("four Canadian soldiers")],
             notes="The lede's 'four Canadian soldiers' is the summary of the fuller body sentence (primary, GUIDELINES 6)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("CAN", "Canadian", at="a Canadian journalist"), civilian=True,
             count=C("a Canadian journalist", num="a", value=1), location=KDH,
             date=D("2009-12-30", "Wednesday", at="were killed Wednesday"), source=S("the Canadian defense ministry says"),
             trigger=T("were killed", at="journalist were killed"), alt_mentions=[S("a journalist")],
             notes="'and a Canadian journalist were killed' -> killed 1 civilian (named in the next sentence); lede 'and a journalist' is alt."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("CAN", "Canadian", at="A Canadian civilian"), civilian=True,
             count=C("A Canadian civilian official", num="A", value=1), location=KDH,
             date=D("2009-12-30", "Wednesday", at="were killed Wednesday", derived_from_context=True), source=None,
             trigger=T("wounded", at="was wounded in the blast"), notes="'A Canadian civilian official was wounded in the blast.' -> wounded 1 (same blast)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("10 civilians", num="10", value=10),
             location=L("the Narang district of Kunar province", "AFG", "Kunar", None, None, 3),
             date=D("2009-12-27", "on Sunday"), source=S("Afghan government claims"),
             trigger=T("killed", at="foreign troops killed 10"),
             notes=("'Afghan government claims that foreign troops killed 10 civilians in eastern Afghanistan on Sunday' -> "
                    "killed 10 (a claim NATO says it cannot yet confirm); the district is named two sentences later. "
                    "Sunday before a Wednesday story = 27 December 2009. Afghan civilians -> AFG.")),
    ],
    hard_negatives=[
        H("no U.S. or NATO troops", "negated casualty ('no U.S. or NATO troops were killed or wounded')"),
        H("34-year-old", "age"),
        H("in 2002", "year"),
    ])

# ---------------------------------------------------------------- Pakistan 2009: drone strike, South Waziristan, Bajaur
SWZ = L("South Waziristan", "PAK", "Khyber Pakhtunkhwa", None, None, 3, at="wounded in South Waziristan")
SWZ_D = D("2009-11-04", "Wednesday", at="South Waziristan Wednesday", derived_from_context=True)
ANN["voa_2009_11_05_pakistan_waziristan_drone_bajaur"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two people", num="two", value=2),
             location=L("a village north of the region's main town of Miran Shah", "PAK", "Khyber Pakhtunkhwa", 33.02, 70.07, 2),
             date=D("2009-11-05", "Thursday"), source=S("Pakistani intelligence officials say"),
             trigger=T("killed", at="has killed two"),
             notes=("'A suspected U.S. drone missile attack has killed two people in ... North Waziristan' -> killed 2, actor "
                    "and civilian null ('people'). Place and day from the next sentence (Thursday = publication day). North "
                    "Waziristan was then in FATA; admin1 given as today's Khyber Pakhtunkhwa.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants", "militants", at="30 militants"), civilian=False,
             count=C("30 militants", num="30", value=30), location=SWZ, date=SWZ_D, source=S("A military statement said"),
             trigger=T("were killed", at="30 militants were killed"),
             notes=("'A military statement said 30 militants were killed and eight troops wounded in South Waziristan.' -> "
                    "killed 30; the statement belongs to Wednesday's report on the offensive (date derived, close call).")),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("PAK"), civilian=False,
             count=C("eight troops", num="eight", value=8), location=SWZ, date=SWZ_D, source=S("A military statement said"),
             trigger=T("wounded", at="eight troops wounded"), notes="'... and eight troops wounded' -> wounded 8 Pakistani troops."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("PAK"), civilian=True,
             count=C("two female teachers", num="two", value=2),
             location=L("the Bajaur tribal agency", "PAK", "Khyber Pakhtunkhwa", None, None, 3),
             date=D("2009-11-04", "Wednesday", at="In other violence Wednesday"),
             source=S("officials in the Bajaur tribal agency said"), trigger=T("killed", at="militants killed two"),
             notes="'militants killed two female teachers in a roadside ambush' -> killed 2 civilians (teachers; Pakistani from context)."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Afghanistan 2016: Marjah, journalists killed
MARJAH = L("just outside an army base in the Helmand provincial town of Marjah", "AFG", "Helmand", 31.52, 64.12, 2)
ANN["voa_2016_06_06_afghanistan_marjah_journalists"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(["USA", "AFG"]), civilian=True,
             count=C("an American reporter and an Afghan translator reporter", num="an", value=2, qualifier="conjunction"),
             location=MARJAH, date=D("2016-06-05", "Sunday"), source=None, trigger=T("killed", at="reporter killed Sunday"),
             notes=("'David Gilkey and Zabihullah Tammana, an American reporter and an Afghan translator reporter killed "
                    "Sunday' -> killed, two coordinated singulars (value 2, conjunction); one American, one Afghan -> actor "
                    "list. Place from the fourth paragraph. Sunday before the Monday story = 5 June 2016.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="two Afghan soldiers"), civilian=False,
             count=C("two Afghan soldiers", num="two", value=2), location=MARJAH,
             date=D("2016-06-05", "Sunday", derived_from_context=True), source=None,
             trigger=T("were killed", at="soldiers were killed"),
             notes="'Gilkey, Tammana and two Afghan soldiers were killed while riding in a vehicle' -> killed 2 soldiers (the two journalists are e1)."),
    ],
    hard_negatives=[
        H("The 50-year-old", "age"),
        H("Sept. 11, 2001", "date"),
        H("2008-2009", "years"),
    ])

# ---------------------------------------------------------------- Cameroon 2021: separatist attacks, June
CMR_NWSW = L("Cameroon’s English-speaking North-West and South-West Regions", "CMR", None, None, None, 3)
ANN["voa_2021_07_02_cameroon_anglophone_beheadings"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("more than 40 people", num="40", value=40, low=40, qualifier="more than"),
             location=L("Cameroon", "CMR", None, None, None, 4, at="condemnation in Cameroon"),
             date=D("2021-06", "June"), source=S("Cameroonian officials say"), trigger=T("killed", at="40 people killed"),
             cumulative=True,
             notes=("'Cameroonian officials say June was the bloodiest month of the year, with more than 40 people killed' -> "
                    "killed, month total (cumulative, June 2021); 'people' -> actor and civilian null.")),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("several dozen civilians", num="several dozen", value=None, low=36, approx=True, qualifier="several dozen"),
             location=None, date=D("2021-06", "in June", at="separatists in June", derived_from_context=True),
             source=S("A military spokesman said"), trigger=T("massacred"),
             notes=("'A military spokesman said Anglophone rebels massacred several dozen civilians' -> killed, vague "
                    "magnitude; lower bound 36 by analogy with 'several hundred' -> 300 (convention). The June context is "
                    "from the previous sentence (close call).")),
        dict(id="e3", type="casualty", outcome="killed", actor=A("CMR"), civilian=False,
             count=C("three troops", num="three", value=3),
             location=L("Bamali, an English-speaking northwestern village", "CMR", "North-West", 5.95, 10.43, 1),
             date=D("2021-06-15/2021-06-21", "two weeks ago", approx=True),
             source=S("The statement by Army Captain Cyrille Serge Atonfack Guemo also said"),
             trigger=T("killed and beheaded"),
             notes="'three troops were killed and beheaded in Bamali ... two weeks ago' -> killed 3 (Bamali coordinates are the annotator's estimate; 'two weeks ago' from early July 2021, approx)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(["CMR", "separatists"]), civilian=None,
             count=C("at least 40 troops, separatist fighters and civilians", num="40", value=40, low=40, qualifier="at least"),
             location=CMR_NWSW, date=D("2021-06", "in June", at="South-West Regions in June"),
             source=S("Local media, such as Vision 4 TV and Canal 2 International, reported"),
             trigger=T("were killed", at="civilians were killed"),
             notes=("Local media's toll for June covering troops, separatists and civilians -> one event, actor list of both "
                    "sides, civilian null (not 'mostly civilians'); separate source from e1.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("several civilians", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=L("Cameroon's North-West Region", "CMR", "North-West", None, None, 3),
             date=D(None), source=S("Deben Tchoffo, governor of Cameroon's North-West Region, says"),
             trigger=T("beheaded", at="military and beheaded"),
             notes="'several civilians including a Muslim cleric were accused of collaborating with the military and beheaded' -> killed, several; place = the governor's region (close call)."),
    ],
    hard_negatives=[
        H("70 houses", "count of houses"),
        H("at least 30 heavy gun battles", "count of incidents"),
        H("many civilians", "no quantity"),
    ])

# ---------------------------------------------------------------- Kosovo 2015: town hall at Camp Bondsteel
BONDSTEEL = L("Camp Bondsteel, Kosovo", "XKX", "Ferizaj", 42.36, 21.25, 1)
ANN["ng_2015_11_27_kosovo_kfor_town_hall"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "U.S.", at="200 U.S."), civilian=False,
             count=C("more than 200 U.S. Soldiers", num="200", value=200, low=200, qualifier="more than"),
             location=BONDSTEEL, date=D("2015-11-24", "Nov. 24", derived_from_context=True), source=None,
             trigger=T("held a town hall meeting with"),
             notes=("'held a town hall meeting with more than 200 U.S. Soldiers' during the 24 November visit to troops "
                    "stationed at Camp Bondsteel -> presence of more than 200 US soldiers there (close call: an audience, "
                    "not the size of the whole contingent). Kosovo has no ISO 3166-1 code; 'XKX' used.")),
    ],
    hard_negatives=[
        H("one of 33 nations", "count of nations"),
        H("20th rotation", "ordinal of a rotation"),
        H("30th Armored Brigade Combat Team", "unit number"),
        H("third deployment", "ordinal"),
    ])

# ---------------------------------------------------------------- Kosovo 2005: Task Force Falcon
ANN["army_2005_12_21_kosovo_guard_birthday"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA"), civilian=False,
             count=C("more than 1300 citizen-Soldiers", num="1300", value=1300, low=1300, qualifier="more than"),
             location=L("the province", "XKX", None, None, None, 4, at="serving in the province"), date=D(None), source=None,
             trigger=T("are assigned"),
             notes=("'Eighty-one National Guard units have members serving in the province where more than more than 1300 "
                    "citizen-Soldiers are assigned.' -> presence of more than 1,300 US Guard soldiers in Kosovo ('the "
                    "province'); the doubled 'more than' is in the source, the count span takes the second. Present tense, "
                    "no time expression -> date null.")),
    ],
    hard_negatives=[
        H("369th birthday", "ordinal"),
        H("26 states", "count of states"),
        H("Eighty-one National Guard units", "count of units, not of people"),
        H("12 months", "duration"),
        H("six month tours", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Nangarhar and Khost raids
JBD = L("the mountains outside the city of Jalalabad in Nangarhar province", "AFG", "Nangarhar", 34.43, 70.45, 2)
WED30 = D("2007-05-30", "early Wednesday", derived_from_context=True)
ANN["voa_2007_05_30_afghanistan_nangarhar_khost_raids"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("insurgents", "insurgents", at="six suspected insurgents"),
             civilian=False, count=C("at least six suspected insurgents", num="six", value=6, low=6, qualifier="at least"),
             location=JBD, date=WED30, source=None, trigger=T("have killed"),
             alt_mentions=[S("six men", at="He says six men")],
             notes=("Lede: 'U.S. and Afghan forces ... have killed at least six suspected insurgents' -> killed; place and "
                    "day ('early Wednesday', 30 May 2007) from the next paragraph. The spokesman's 'six men were killed' "
                    "restates it (alt_mention).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("militants", "militants", at="four militants"),
             civilian=False, count=C("four militants", num="four", value=4), location=JBD, date=WED30,
             source=S("U.S. military spokesman Major Chris Belcher says"), trigger=T("detained", at="militants detained"),
             notes="'He says six men were killed, with four militants detained for questioning.' -> captured 4 ('He' = Major Chris Belcher)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("al-Qaida", "al-Qaida", at="three suspected al-Qaida"),
             civilian=False, count=C("three suspected al-Qaida militants", num="three", value=3),
             location=L("the neighboring Khost province", "AFG", "Khost", None, None, 3),
             date=D("2007-05-29", "Tuesday morning"), source=None, trigger=T("arrested"),
             notes="'forces in the neighboring Khost province arrested three suspected al-Qaida militants during a raid Tuesday morning' -> captured 3; Tuesday = 29 May 2007."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Sudan 2013: UNAMID ambush
ANN["voa_2013_07_13_sudan_darfur_unamid_ambush"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN", "United Nations", at="Seven United Nations"),
             civilian=False, count=C("Seven United Nations peacekeepers", num="Seven", value=7),
             location=L("Sudan's troubled Darfur region", "SDN", None, None, None, 3),
             date=D("2013-07-13", "Saturday"), source=None, trigger=T("were killed"),
             notes=("'Seven United Nations peacekeepers were killed Saturday in Sudan's troubled Darfur region when gunmen "
                    "ambushed their group.' -> killed 7 (UN; the AU-UN mission UNAMID). Darfur spans several states -> "
                    "admin1 null, precision 3.")),
    ],
    hard_negatives=[
        H("five-year history", "duration"),
    ])

# ---------------------------------------------------------------- Nigeria 2021: Kaya school abduction (Zamfara)
SCHOOL = L("the Government Day Secondary School", "NGA", "Zamfara", 12.55, 6.28, 1)
ANN["voa_2021_09_13_nigeria_zamfara_kaya_students"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("Nearly 70 students", num="70", value=70, high=70, approx=True, qualifier="nearly"),
             location=L("northern Nigeria", "NGA", None, None, None, 3),
             date=D("2021-09-12", "yesterday at about 2 a.m.", derived_from_context=True),
             source=S("authorities said Monday"), trigger=T("are free"), released=True,
             notes=("'Nearly 70 students kidnapped in northern Nigeria two weeks ago are free, authorities said Monday.' -> "
                    "captured, released; the governor's 'yesterday at about 2 a.m.' dates the rescue to Sunday 12 September "
                    "2021 (derived). Where they were freed is not said; the lede's region is used.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("73 students", num="73", value=73), location=SCHOOL,
             date=D("2021-09-01", "September 1", derived_from_context=True), source=None,
             trigger=T("were initially taken"), is_total=True,
             notes=("'In this incident, 73 students were initially taken' -> captured 73; the date ('September 1') is in an "
                    "earlier sentence. The school is in Kaya (not named in the text; coordinates the annotator's estimate).")),
        dict(id="e3", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("five", value=5, at="but five were rescued"), location=SCHOOL,
             date=D("2021-09-02", "the day after the attack", derived_from_context=True), source=None,
             trigger=T("were rescued", at="five were rescued"), released=True, part_of="e2",
             notes="'but five were rescued the day after the attack' -> released 5 of the 73 (part_of)."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("NGA"), civilian=True,
             count=C("1,436 kidnappings", num="1,436", value=1436),
             location=L("Nigeria", "NGA", None, None, None, 4, at="attacks in Nigeria"),
             date=D("2020-09-13/2021-09-13", "over the past year"), source=S("UNICEF said"), trigger=T("kidnappings"),
             cumulative=True,
             notes=("UNICEF's running total: '10 similar attacks ... leading to 1,436 kidnappings' -> captured 1,436 people "
                    "over the past year (read as a count of people taken, not of incidents; close call). Mostly "
                    "students -> civilian true.")),
        dict(id="e5", type="casualty", outcome="killed", actor=A("NGA"), civilian=None,
             count=C("16 deaths", num="16", value=16),
             location=L("Nigeria", "NGA", None, None, None, 4, at="attacks in Nigeria"),
             date=D("2020-09-13/2021-09-13", "over the past year"), source=S("UNICEF said"), trigger=T("deaths"),
             cumulative=True, notes="'... and 16 deaths' -> killed 16 in the same attacks over the past year (cumulative)."),
    ],
    hard_negatives=[
        H("two weeks ago", "time expression"),
        H("10 similar attacks", "count of incidents"),
        H("about 10 days", "duration"),
    ])

# ---------------------------------------------------------------- Philippines 2002: Jolo hostages
PATIKUL = L("near the town of Patikul on Jolo Island", "PHL", "Sulu", 6.07, 121.1, 2)
DETABALI = S("Colonel Detabali says", at="Colonel Detabali says two")
ANN["voa_2002_08_22_philippines_jolo_hostages"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("two of six captives", num="two", value=2),
             location=L("Jolo town", "PHL", "Sulu", 6.05, 121.0, 1),
             date=D("2002-08-22", "Thursday", at="found dead Thursday", derived_from_context=True),
             source=S("Philippine military officials say"), trigger=T("beheaded"),
             alt_mentions=[S("two of the hostages"), S("two heads")], part_of="e2",
             notes=("'Abu Sayyaf rebels have beheaded two of six captives' -> killed 2 of the six abducted (part_of e2, as "
                    "a death after capture). They were found dead Thursday (22 August 2002, the publication day) and the "
                    "heads were found in Jolo town; the place of the killing is not stated.")),
        dict(id="e2", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("six captives", num="six", value=6, at="that the six captives"), location=PATIKUL,
             date=D("2002-08-20", "Tuesday", at="seized them Tuesday"), source=S("Colonel Roland Detabali, told VOA"),
             trigger=T("seized", at="gunmen seized"), alt_mentions=[S("six captives")],
             notes=("'the six captives are members of the Jehovah's Witnesses religious sect ... gunmen seized them Tuesday "
                    "near the town of Patikul on Jolo Island' -> captured 6 civilians; the lede's 'two of six captives' "
                    "mentions them first (alt). Nationality not stated -> actor null. Tuesday = 20 August 2002.")),
        dict(id="e3", type="casualty", outcome="captured", actor=A(None), civilian=True,
             count=C("four female kidnap victims", num="four", value=4), location=PATIKUL,
             date=D("2002-08-22", "right now"), source=DETABALI,
             trigger=T("still in the hands of the perpetrators"), part_of="e2",
             notes="'right now, there are four female kidnap victims still in the hands of the perpetrators' -> captured 4 still held, part of the six; 'right now' = publication day."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("IDN", "Indonesian", at="three Indonesian"), civilian=True,
             count=C("three Indonesian sailors", num="three", value=3),
             location=L("a tugboat off Jolo Island", "PHL", "Sulu", None, None, 3),
             date=D("2002-06", "two months ago", approx=True), source=None, trigger=T("kidnapped", at="who were kidnapped"),
             hedge="are thought to be",
             notes="'Abu Sayyaf rebels also are thought to be holding three Indonesian sailors who were kidnapped from a tugboat off Jolo Island two months ago' -> captured 3 (hedged); June 2002 (approx)."),
    ],
    hard_negatives=[
        H("three weeks ago", "time expression"),
    ])

# ---------------------------------------------------------------- Thailand 2013 (February): Yala car bomb
YALA_F = L("the troubled province of Yala", "THA", "Yala", None, None, 3)
SUN10 = D("2013-02-10", "Sunday morning", derived_from_context=True)
ANN["voa_2013_02_10_thailand_yala_car_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("THA"), civilian=False,
             count=C("five soldiers", num="five", value=5), location=YALA_F, date=SUN10,
             source=S("Authorities in southern Thailand say"), trigger=T("have killed"),
             notes="'suspected militants have killed five soldiers and wounded one other with a car bomb in ... Yala' -> killed 5; day from the next sentence (Sunday = publication day)."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("THA"), civilian=False,
             count=C("one other", num="one", value=1), location=YALA_F, date=SUN10,
             source=S("Authorities in southern Thailand say"), trigger=T("wounded", at="wounded one"),
             notes="'... and wounded one other' -> wounded 1 soldier."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("THA"), civilian=True,
             count=C("Two rubber plantation workers", num="Two", value=2), location=YALA_F, date=SUN10,
             source=S("Police say"), trigger=T("injured"),
             notes="'Two rubber plantation workers were also injured in the blast.' -> wounded 2 civilians (Thai from context)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("More than 5,000 people", num="5,000", value=5000, low=5000, qualifier="more than"),
             location=L("the Muslim-dominated provinces of Yala, Narathiwat and Pattani", "THA", None, None, None, 3),
             date=D("2004/2013-02-10", "since 2004", derived_from_context=True), source=None, trigger=T("have died"),
             cumulative=True,
             notes="'More than 5,000 people have died in the fighting.' -> killed, running total of the insurgency since 2004 (start from the previous sentence)."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Thailand 2013 (June): Yala roadside bomb
YALA_J = L("the Muslim-majority Yala province", "THA", "Yala", None, None, 3)
SAT29 = D("2013-06-29", "Saturday morning", derived_from_context=True)
ANN["voa_2013_06_29_thailand_yala_roadside_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("THA"), civilian=False,
             count=C("eight soldiers", num="eight", value=8), location=YALA_J, date=SAT29,
             source=S("Military officials in southern Thailand say"), trigger=T("have been killed"),
             alt_mentions=[S("the eight soldiers")],
             notes="'eight soldiers have been killed in a roadside bombing' -> killed 8; place and day from the next sentence (Saturday = publication day)."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("THA"), civilian=False,
             count=C("two soldiers", num="two", value=2), location=YALA_J,
             date=D("2013-06-29", "Saturday morning"), source=S("Authorities say"), trigger=T("were wounded"),
             notes="'two soldiers and two civilians were wounded' -> wounded 2 soldiers."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("THA"), civilian=True,
             count=C("two civilians", num="two", value=2), location=YALA_J,
             date=D("2013-06-29", "Saturday morning"), source=S("Authorities say"), trigger=T("were wounded"),
             notes="'... and two civilians were wounded' -> wounded 2 civilians (Thai from context)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("more than 5,000 people", num="5,000", value=5000, low=5000, qualifier="more than"),
             location=L("Pattani, Narathiwat and Yala", "THA", None, None, None, 3),
             date=D("2004/2013-06-29", "in 2004"), source=None, trigger=T("dead", at="people dead"), cumulative=True,
             notes="'fighting that has left more than 5,000 people dead, most of them civilians' -> killed, running total since 2004; 'most of them civilians' -> civilian true (GUIDELINES 10)."),
    ],
    hard_negatives=[
        H("three southern border provinces", "count of provinces"),
        H("80 percent", "percentage"),
        H("More than 100 years ago", "time expression"),
    ])

# ---------------------------------------------------------------- Kosovo 2020: Oregon Guard training for KFOR
ANN["ng_2020_02_12_oregon_guard_kfor_training"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("NATO", "KFOR", at="KFOR includes"), civilian=False,
             count=C("nearly 4,000 troops", num="4,000", value=4000, high=4000, approx=True, qualifier="nearly"),
             location=L("Kosovo", "XKX", None, None, None, 4, at="Kosovo, KFOR includes"), date=D(None), source=None,
             trigger=T("includes", at="KFOR includes"),
             notes=("'KFOR includes nearly 4,000 troops from 28 countries' -> presence of the NATO force in Kosovo; present "
                    "tense without a time expression -> date null. The Oregon battalion's own deployment has no head "
                    "count (not annotated).")),
    ],
    hard_negatives=[
        H("2nd Battalion, 162nd Infantry Regiment", "unit numbers"),
        H("78-day", "duration"),
        H("28 countries", "count of countries"),
    ])

# ---------------------------------------------------------------- Somalia 2014: Ethiopian troops join AMISOM
SOM_E = L("Somalia", "SOM", None, None, None, 4, at="mission in Somalia")
ANN["voa_2014_01_22_somalia_ethiopian_troops_amisom"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("ETH", "Ethiopian", at="4,000 Ethiopian"), civilian=False,
             count=C("more than 4,000 Ethiopian troops", num="4,000", value=4000, low=4000, qualifier="more than"),
             location=SOM_E, date=D(None), source=None, trigger=T("will now operate under the AMISOM mandate"),
             part_of="e2",
             notes=("'After operating two years on their own to fight al-Shabab, more than 4,000 Ethiopian troops will now "
                    "operate under the AMISOM mandate' -> presence of more than 4,000 Ethiopian troops already in Somalia, "
                    "now counted in the AU force (not a new deployment; close call). No time expression -> date null. "
                    "Part of the 22,000.")),
        dict(id="e2", type="presence", actor=A("AU", "AU", at="takes the AU force"), civilian=False,
             count=C("22,000 troops", num="22,000", value=22000), location=SOM_E, date=D(None), source=None,
             trigger=T("takes the AU force to"), is_total=True,
             notes="'Ethiopia’s contribution takes the AU force to 22,000 troops.' -> presence, AU force total in Somalia."),
    ],
    hard_negatives=[
        H("two years", "duration"),
        H("sixth African country", "ordinal, count of countries"),
        H("three regions", "count of regions"),
    ])

# ---------------------------------------------------------------- Syria 2019: US withdrawal begins
ANN["voa_2019_01_11_syria_us_withdrawal_begins"] = dict(
    events=[
        dict(id="e1", type="presence", actor=A("USA", "U.S.", at="2,000 U.S."), civilian=False,
             count=C("roughly 2,000 U.S. military personnel", num="2,000", value=2000, approx=True, qualifier="roughly"),
             location=L("Syria", "SYR", None, None, None, 4, at="personnel in Syria"), date=D(None), source=None,
             trigger=T("There are"),
             notes=("'There are roughly 2,000 U.S. military personnel in Syria.' -> presence; present tense without a time "
                    "expression -> date null. The withdrawal itself has no count (and no type, GUIDELINES 2).")),
    ],
    hard_negatives=[
        H("about 10 armored vehicles", "count of vehicles"),
        H("coalition reinforcements", "deployment with no quantity"),
    ])

# ---------------------------------------------------------------- Poland 2020: Alaska Guard deploys
ANN["ng_2020_05_alaska_guard_poland_deployment"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("More than 80 Soldiers", num="80", value=80, low=80, qualifier="more than"),
             location=L("Poland", "POL", None, None, None, 4, at="deployment to Poland"), date=D("2020-05-13", "May 13"),
             source=None, trigger=T("departed"),
             notes="'More than 80 Soldiers assigned to the Alaska Army National Guard’s 297th Regional Support Group departed ... on May 13 for a deployment to Poland' -> deployment, destination Poland."),
    ],
    hard_negatives=[
        H("297th Regional Support Group", "unit number"),
        H("nine months", "duration"),
        H("three types", "count of rotation types"),
    ])

# ---------------------------------------------------------------- Afghanistan 2010: missing sailors, Samangan kidnapping
CHARKH = L("the insurgent-controlled Charkh district", "AFG", "Logar", None, None, 3)
ANN["voa_2010_07_24_afghanistan_logar_missing_sailors"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="missing", actor=A("USA", "American", at="two American"), civilian=False,
             count=C("two American sailors", num="two", value=2),
             location=L("their compound in Kabul City", "AFG", "Kabul", 34.53, 69.17, 2),
             date=D("2010-07-23", "Friday", at="vehicle Friday", derived_from_context=True),
             source=S("NATO officials in Afghanistan say"), trigger=T("disappeared"), alt_mentions=[S("the two sailors")],
             notes=("'NATO officials ... are searching for two American sailors who disappeared from their compound in Kabul "
                    "City' -> missing 2; they left 'Friday' (23 July 2010, next sentence). Last seen in Logar (alt mention).")),
        dict(id="e2", type="casualty", outcome="captured", actor=A("USA", "U.S.", at="members of the U.S."), civilian=False,
             count=C("two members of the U.S. military", num="two", value=2), location=CHARKH, date=D(None),
             source=S("Taliban officials claimed Saturday"), trigger=T("captured", at="to have captured"),
             reported_date="2010-07-24",
             notes="The Taliban's claim to have captured two US service members in the same area -> captured 2 (claim; only the reporting day is given)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("USA"), civilian=False,
             count=C("one of them", num="one", value=1), location=CHARKH, date=D(None),
             source=S("Taliban officials also told reporters"), trigger=T("had been killed"), reported_date="2010-07-24",
             part_of="e2", notes="'one of them had been killed' -> killed 1 of the two claimed captured (Taliban claim)."),
        dict(id="e4", type="casualty", outcome="captured", actor=A("USA", "U.S.", at="one U.S. service"), civilian=False,
             count=C("one U.S. service member", num="one", value=1),
             location=L("Paktika province", "AFG", "Paktika", None, None, 3),
             date=D("2009-06", "June of last year", derived_from_context=True), source=None,
             trigger=T("captured", at="known to have been captured"), cumulative=True,
             notes=("'Only one U.S. service member is known to have been captured by insurgents. Bowe Bergdahl disappeared June "
                    "of last year after leaving his base in Paktika province' -> captured 1 (running total; 'only' kept out "
                    "of the count phrase). June 2009 from the next sentence.")),
        dict(id="e5", type="casualty", outcome="captured", actor=A("BGD", "Bangladeshi", at="three Bangladeshi"), civilian=True,
             count=C("three Bangladeshi workers", num="three", value=3),
             location=L("the country’s northern Samangan province", "AFG", "Samangan", None, None, 3), date=D(None),
             source=S("the United Nations Mission in Kabul tells VOA’s Afghan service"),
             trigger=T("kidnapped", at="have been kidnapped"),
             notes="'three Bangladeshi workers and their Afghan driver have been kidnapped' -> captured 3 workers (the driver has no count word, not annotated; no time expression)."),
    ],
    hard_negatives=[
        H("$20,000", "money"),
        H("three Afghans", "companions of Bergdahl, not a casualty"),
        H("their Afghan driver", "single person without a count word (kidnapped with the workers; not annotated)"),
    ])

# ---------------------------------------------------------------- Afghanistan 2021: Ghazni base, Pul-e-Alam bomb
GHZ = L("the base outside the provincial capital, also named Ghazni", "AFG", "Ghazni", 33.55, 68.42, 2)
SAT1 = D("2021-05-01", "Saturday")
SAT1_C = D("2021-05-01", "Saturday", derived_from_context=True)
PUL = L("Pul-e-Alam, the capital of eastern Logar province", "AFG", "Logar", 33.99, 69.02, 1)
ANN["voa_2021_05_01_afghanistan_ghazni_base_logar_bomb"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("AFG"), civilian=False,
             count=C("dozens of soldiers", num="dozens", value=None, low=24, approx=True, qualifier="dozens"),
             location=GHZ, date=SAT1, source=None, trigger=T("capturing", at="Saturday, capturing"),
             notes="'Taliban insurgents ... overran a key army base in southeastern Ghazni province Saturday, capturing dozens of soldiers' -> captured, dozens; the base's position is in the third paragraph."),
        dict(id="e2", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("several others", num="several", value=None, low=3, approx=True, qualifier="several"),
             location=GHZ, date=SAT1, source=None, trigger=T("killing", at="and killing several"),
             notes="'... and killing several others' -> killed, several."),
        dict(id="e3", type="presence", actor=A("AFG", "the Afghan army", at="the Afghan army had"), civilian=False,
             count=C("dozens of its forces", num="dozens", value=None, low=24, approx=True, qualifier="dozens"),
             location=GHZ, date=D("2021-05-01", "before the pre-dawn insurgent attack"),
             source=S("Two senior provincial council members told VOA"), trigger=T("had stationed"),
             notes="'the Afghan army had stationed dozens of its forces at the base ... before the pre-dawn insurgent attack' -> presence, dozens (date: the night before the Saturday attack, read as the same day)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("AFG"), civilian=False,
             count=C("at least 17 soldiers", num="17", value=17, low=17, qualifier="at least"), location=GHZ,
             date=SAT1_C, source=S("Local media reports said"), trigger=T("killed", at="and killed at least"),
             notes="Local media's toll for the same clashes -> killed at least 17 (separate source from e2)."),
        dict(id="e5", type="casualty", outcome="captured", actor=A("AFG"), civilian=False,
             count=C("25 army personnel", num="25", value=25), location=GHZ, date=SAT1_C,
             source=S("Taliban spokesman Zabihullah Mujahid said"), trigger=T("capturing", at="besides capturing"),
             notes="The Taliban's figure: 'capturing 25 army personnel' -> captured 25 (separate source figure from e1's 'dozens')."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("AFG", "Afghan", at="be Afghan civilians"), civilian=True,
             count=C("at least 30", num="30", value=30, low=30, qualifier="at least"), location=PUL,
             date=D("2021-04-30", "late Friday", derived_from_context=True),
             source=S("Afghan officials Saturday raised the death toll"), trigger=T("death toll"),
             notes=("'Afghan officials Saturday raised the death toll to at least 30 from an overnight truck bombing in "
                    "Pul-e-Alam' -> killed at least 30 (updated toll); the blast was 'late Friday' (30 April 2021, next "
                    "sentence). 'Almost all the victims were said to be Afghan civilians' -> civilian true, AFG.")),
        dict(id="e7", type="casualty", outcome="wounded", actor=A("AFG", "Afghan", at="be Afghan civilians"), civilian=True,
             count=C("more than 100 others", num="100", value=100, low=100, qualifier="more than"), location=PUL,
             date=D("2021-04-30", "late Friday"), source=None, trigger=T("injured", at="Friday injured"),
             notes="'The powerful blast late Friday injured more than 100 others.' -> wounded more than 100."),
    ],
    hard_negatives=[
        H("almost 20 years", "duration"),
        H("a number of others", "vague, no quantity"),
    ])

# ---------------------------------------------------------------- Somalia 2014: car bombs in Lower Shabelle
LSH = L("about 20 kilometers southwest of the capital, in the Lower Shabelle region", "SOM", "Lower Shabelle", 1.93, 45.2, 2)
MON8 = D("2014-09-08", "Monday", derived_from_context=True)
ANN["voa_2014_09_08_somalia_lower_shabelle_car_bombs"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("SOM"), civilian=True,
             count=C("14 civilians", num="14", value=14), location=LSH, date=MON8,
             source=S("Nur told VOA's Somali Service"), trigger=T("were killed", at="civilians were killed"),
             alt_mentions=[S("at least 14 people")],
             notes=("'Nur told VOA's Somali Service that 14 civilians were killed' (first blast, passenger buses) -> killed "
                    "14 civilians (Somali from context). The lede's 'killed at least 14 people' gives the same figure for "
                    "the two bombings -> alt_mention (close call). Monday = publication day.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 30 others", num="30", value=30, low=30, qualifier="more than"), location=LSH, date=MON8,
             source=None, trigger=T("wounded", at="and wounded more"), is_total=True,
             notes="'... and wounded more than 30 others' -> wounded, total of the two bombings; parts e3, e4."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A("AU", "AU", at="two AU"), civilian=False,
             count=C("two AU troops", num="two", value=2), location=LSH, date=MON8,
             source=S("Nur told VOA's Somali Service"), trigger=T("were wounded", at="troops were wounded"), part_of="e2",
             notes="'and two AU troops were wounded' -> wounded 2 (AMISOM)."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("A least six people", num="six", value=6, low=6, qualifier="at least"), location=LSH, date=MON8,
             source=None, trigger=T("were wounded", at="six people were wounded"), part_of="e2",
             notes="Second bomb against Somali security forces: 'A least six people were wounded' ('A least' = 'at least', source typo kept) -> wounded at least 6, including an intelligence official."),
    ],
    hard_negatives=[
        H("two suicide car bombings", "count of attacks"),
        H("one week ago", "time expression"),
        H("two civilian passenger buses", "count of vehicles"),
    ])

# ---------------------------------------------------------------- USA 2025: southern border deployment (briefing)
BORDER = L("San Diego and El Paso", "USA", None, None, None, 4)
ANN["dod_2025_01_23_southern_border_background_briefing"] = dict(
    events=[
        dict(id="e1", type="deployment", actor=A("USA"), civilian=False,
             count=C("about 1,500 service members", num="1,500", value=1500, approx=True, qualifier="about"),
             location=BORDER, date=D("2025-01-22", "Yesterday"), source=None, trigger=T("deploy"), planned=True,
             is_total=True,
             notes=("'Yesterday, the acting secretary of defense authorized us to deploy about 1,500 service members to "
                    "support ... Customs and Border Protection down in San Diego and El Paso' -> deployment, authorized "
                    "(planned); two destinations in two states -> country-level location (precision 4). 'Yesterday' = the "
                    "day before the (inferred) briefing date.")),
        dict(id="e2", type="deployment", actor=A("USA"), civilian=False,
             count=C("1,000 Army personnel", num="1,000", value=1000), location=BORDER,
             date=D("2025-01-22", "Yesterday", derived_from_context=True), source=None, trigger=T("includes"),
             planned=True, part_of="e1", notes="'That includes 1,000 Army personnel' -> part of the 1,500."),
        dict(id="e3", type="deployment", actor=A("USA"), civilian=False,
             count=C("500 Marines", num="500", value=500),
             location=L("the southwest border", "USA", None, None, None, 4),
             date=D("2025-01-22", "Yesterday", derived_from_context=True), source=None,
             trigger=T("reassigned for duty"), planned=True, part_of="e1",
             notes="'500 Marines, ... now are being reassigned for duty at the southwest border' -> part of the 1,500."),
    ],
    hard_negatives=[
        H("a battalion headquarters", "unit, not a head count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2006: Kunar, Kandahar, Takhar
ANN["voa_2006_04_01_afghanistan_kunar_kandahar_takhar"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="wounded", actor=A("USA", "U.S.", at="five U.S."), civilian=False,
             count=C("five U.S. soldiers", num="five", value=5),
             location=L("eastern Kunar province", "AFG", "Kunar", None, None, 3),
             date=D("2006-04-01", "Saturday"), source=None, trigger=T("wounded", at="have wounded"),
             notes="'Separate attacks ... have wounded five U.S. soldiers' -> wounded 5; place and day from the next sentence (Saturday = publication day)."),
        dict(id="e2", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("a suspected accomplice", num="a", value=1),
             location=L("Kandahar province", "AFG", "Kandahar", None, None, 3), date=D(None), source=None,
             trigger=T("shot and killed"),
             notes="'security forces shot and killed a suspected accomplice to the attack' -> killed 1 (the suicide bomber's own death is not stated and would not count)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("AFG"), civilian=True,
             count=C("a local government official", num="a", value=1, at="gunmen killed a local"),
             location=L("northern Tahhar province", "AFG", "Takhar", None, None, 3),
             date=D("2006-04-01", "early Saturday"), source=S("Afghan officials say"), trigger=T("killed", at="gunmen killed"),
             alt_mentions=[S("a local government official")],
             notes="'unidentified gunmen killed a local government official' (the speaker of the provincial assembly, killed early Saturday) -> killed 1 civilian; the lede's mention is alt."),
    ],
    hard_negatives=[
        H("None of the troops", "negated casualty"),
        H("the two bombings", "count of attacks"),
    ])

# ---------------------------------------------------------------- Iraq 2007 (8 June): Baquba, Qurna, Dakok, Anbar
BAQ = L("near the city of Baquba, north of Baghdad", "IRQ", "Diyala", 33.75, 44.64, 2)
PREDAWN = D("2007-06-08", "the pre-dawn attack", derived_from_context=True)
QURNA = L("a market in the town of Qurna, about 60 kilometers north of Basra", "IRQ", "Basra", 31.01, 47.43, 1)
DAKOK = L("outside a Shi'ite mosque in the town of Dakok near the city of Kirkuk", "IRQ", "Kirkuk", 35.14, 44.45, 1)
ANBAR = L("al-Anbar province", "IRQ", "Anbar", None, None, 3)
IRQ_SEC = S("Iraqi security officials say")
ANN["voa_2007_06_08_iraq_diyala_police_chief_qurna_dakok"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="captured", actor=A("IRQ"), civilian=True,
             count=C("three children", num="three", value=3), location=BAQ, date=PREDAWN, source=IRQ_SEC,
             trigger=T("kidnapped"),
             notes="'gunmen have kidnapped three children of a police chief in Diyala province' -> captured 3 civilians; place and 'pre-dawn' (same-day report -> publication day) from the next sentence."),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("14 people", num="14", value=14), location=BAQ, date=PREDAWN, source=IRQ_SEC,
             trigger=T("killed", at="and killed 14"), is_total=True,
             notes="'... and killed 14 people in an attack on his home' -> killed 14; parts: two brothers and 11 bodyguards (the wife has no count word; 2 + 11 + wife = 14)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("two brothers", num="two", value=2), location=BAQ, date=PREDAWN,
             source=S("Officials say", at="Officials say the police"), trigger=T("were killed", at="bodyguards were killed"),
             part_of="e2", notes="'the police officer's wife, two brothers and 11 bodyguards were killed' -> killed 2 (the officer's brothers; status not stated)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=False,
             count=C("11 bodyguards", num="11", value=11), location=BAQ, date=PREDAWN,
             source=S("Officials say", at="Officials say the police"), trigger=T("were killed", at="bodyguards were killed"),
             part_of="e2", notes="-> killed 11 bodyguards (armed guards -> civilian false, close call)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 34 people", num="34", value=34, low=34, qualifier="at least"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="elsewhere in Iraq"), date=D(None), source=None,
             trigger=T("killed", at="Iraq killed"), is_total=True,
             notes="'Bomb attacks elsewhere in Iraq killed at least 34 people.' -> killed, total of Qurna (16) and Dakok (18). No time expression."),
        dict(id="e6", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 16 people", num="16", value=16, low=16, qualifier="at least"), location=QURNA, date=D(None),
             source=None, trigger=T("killing", at="succession, killing"), part_of="e5", notes="Qurna market: killed at least 16."),
        dict(id="e7", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("more than 30", num="30", value=30, low=30, qualifier="more than"), location=QURNA, date=D(None),
             source=None, trigger=T("wounding"), notes="Qurna market: wounded more than 30."),
        dict(id="e8", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 18 people", num="18", value=18, low=18, qualifier="at least"), location=DAKOK, date=D(None),
             source=None, trigger=T("killed", at="bomb attack killed"), part_of="e5", notes="Dakok mosque: killed at least 18."),
        dict(id="e9", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("at least 14 others", num="14", value=14, low=14, qualifier="at least"), location=DAKOK, date=D(None),
             source=None, trigger=T("wounded", at="and wounded at least"), notes="Dakok mosque: wounded at least 14."),
        dict(id="e10", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("one terrorist", num="one", value=1), location=ANBAR, date=D(None),
             source=S("the U.S. military said", at="Separately, the U.S. military said"), trigger=T("killed", at="forces killed one"),
             notes="'coalition forces killed one terrorist and detained 12 suspects during raids in al-Anbar province' -> killed 1 ('terrorist' -> generic militants)."),
        dict(id="e11", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("12 suspects", num="12", value=12), location=ANBAR, date=D(None),
             source=S("the U.S. military said", at="Separately, the U.S. military said"), trigger=T("detained", at="and detained 12"),
             notes="-> captured 12 (detention of suspects in military raids counts as captured)."),
    ],
    hard_negatives=[
        H("about 60 kilometers", "distance"),
        H("almost 30 years", "duration"),
    ])

# ---------------------------------------------------------------- Afghanistan 2009: Kabul ministries, Logar convoy
KBL = L("Kabul", "AFG", "Kabul", 34.53, 69.17, 1, at="buildings in Kabul")
LOGAR = L("eastern Logar province", "AFG", "Logar", None, None, 3)
ANN["voa_2009_02_12_afghanistan_kabul_ministries_logar"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 26 people", num="26", value=26, low=26, qualifier="at least"), location=KBL,
             date=D("2009-02-11", "Wednesday"), source=None, trigger=T("killing"),
             notes="'Taliban militants launched near-simultaneous attacks on three Afghan government buildings in Kabul Wednesday, killing at least 26 people' -> killed; Wednesday = 11 February 2009."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("nearly 60", num="60", value=60, high=60, approx=True, qualifier="nearly"), location=KBL,
             date=D("2009-02-11", "Wednesday"), source=None, trigger=T("wounding"), notes="'... and wounding nearly 60' -> wounded."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(["FRA", "AFG"]), civilian=None,
             count=C("a French soldier and his Afghan interpreter", num="a", value=2, qualifier="conjunction"),
             location=LOGAR, date=D("2009-02-11", "Wednesday", at="Also Wednesday"), source=None,
             trigger=T("were killed", at="interpreter were killed"),
             notes="'a French soldier and his Afghan interpreter were killed' -> killed, two coordinated singulars (value 2); a soldier and a civilian interpreter -> actor list, civilian null."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A("FRA", "French", at="another French"), civilian=False,
             count=C("another French soldier", num="another", value=1), location=LOGAR,
             date=D("2009-02-11", "Wednesday", at="Also Wednesday", derived_from_context=True),
             source=S("Military officials say", at="Military officials say another"), trigger=T("wounded", at="seriously wounded"),
             notes="'another French soldier was seriously wounded in the attack' -> wounded 1."),
    ],
    hard_negatives=[
        H("eight suicide attackers", "the attackers' own deaths ('Some blew themselves up, while others were killed by security guards'); suicide attackers excluded (close call for those shot by guards)"),
        H("three Afghan government buildings", "count of buildings"),
    ])

# ---------------------------------------------------------------- Iraq 2005: election workers, Mosul, US soldier
THU13 = D("2005-01-13", "Thursday", at="Also Thursday")
ANN["voa_2005_01_14_iraq_election_official_mosul"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("another election official", num="another", value=1),
             location=L("a Baghdad polling station", "IRQ", "Baghdad", 33.31, 44.36, 2),
             date=D("2005-01-13", "Thursday", derived_from_context=True), source=None, trigger=T("have killed"),
             alt_mentions=[S("the election supervisor")],
             notes="'Insurgents ... have killed another election official' -> killed 1; the next sentence gives place and day (Thursday = 13 January 2005)."),
        dict(id="e2", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("at least seven", num="seven", value=7, low=7, qualifier="at least"),
             location=L("Iraq", "IRQ", None, None, None, 4, at="disrupt Iraq"),
             date=D("2004-12/2005-01-14", "in recent weeks", approx=True), source=None,
             trigger=T("killed", at="workers killed"), cumulative=True,
             notes="'bringing to at least seven the number of election workers killed in recent weeks' -> killed, running total (cumulative; 'recent weeks' read as December 2004 to publication, approx)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("three officials", num="three", value=3),
             location=L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1, at="ambush in Mosul"), date=THU13, source=None,
             trigger=T("were killed", at="party were killed"),
             notes="'three officials from a leading Kurdish political party were killed in an ambush in Mosul' -> killed 3 (party officials -> civilian true)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="a U.S. soldier"), civilian=False,
             count=C("a U.S. soldier", num="a", value=1), location=None, date=THU13, source=None,
             trigger=T("was killed", at="soldier was killed"), notes="'a U.S. soldier was killed ... in a roadside bomb blast' -> killed 1; no place given."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A("USA"), civilian=False,
             count=C("three", value=3, at="and three were wounded"), location=None, date=THU13, source=None,
             trigger=T("were wounded", at="three were wounded"), notes="'... and three were wounded' -> wounded 3 US soldiers."),
    ],
    hard_negatives=[
        H("six Iraqis", "killed in a traffic collision between a minibus and a U.S. tank, not an attack (non-hostile; close call)"),
        H("eight", "injured in the same collision", at="injuring eight"),
        H("28 prisoners", "escaped prisoners, not casualties"),
        H("None of them", "no count"),
    ])

# ---------------------------------------------------------------- Iraq 2007 (6 January): Baghdad raid, Basra kidnapping
BGD_RAID = L("sites in Baghdad", "IRQ", "Baghdad", 33.31, 44.36, 2)
SAT6 = D("2007-01-06", "early Saturday")
BASRA = L("near Basra", "IRQ", "Basra", 30.51, 47.81, 2)
ANN["voa_2007_01_06_iraq_baghdad_raid_basra_kidnapping"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("four terrorists", num="four", value=4), location=BGD_RAID, date=SAT6,
             source=S("The U.S. military in Iraq says"), trigger=T("killed", at="forces killed four"),
             alt_mentions=[S("four", at="and four were killed")],
             notes="'coalition forces killed four terrorists and detained a fifth gunman during a raid early Saturday' -> killed 4 ('terrorists' -> generic militants)."),
        dict(id="e2", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("a fifth gunman", num="a", value=1), location=BGD_RAID, date=SAT6,
             source=S("The U.S. military in Iraq says"), trigger=T("detained", at="and detained"),
             alt_mentions=[S("A fifth gunman")],
             notes="'detained a fifth gunman' -> captured 1 (the ordinal numbers him after the four dead; value 1, not a running total)."),
        dict(id="e3", type="presence", actor=A("militants"), civilian=False,
             count=C("five armed men", num="five", value=5), location=BGD_RAID, date=D("2007-01-06", "early Saturday", derived_from_context=True),
             source=S("A military statement says"), trigger=T("fled"),
             notes="'troops chased five armed men who fled the scene of the raid' -> presence of the armed group (4 killed + 1 detained; close call)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("one person", num="one", value=1),
             location=L("his motorcade in the capital", "IRQ", "Baghdad", 33.31, 44.36, 2),
             date=D("2007-01-06", "Saturday", at="capital Saturday"), source=S("Iraqi authorities say"),
             trigger=T("killed", at="blast killed"), notes="Car bomb against the Baghdad police chief's motorcade: killed 1."),
        dict(id="e5", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("six other people", num="six", value=6),
             location=L("his motorcade in the capital", "IRQ", "Baghdad", 33.31, 44.36, 2),
             date=D("2007-01-06", "Saturday", at="capital Saturday"), source=S("Iraqi authorities say"),
             trigger=T("wounded", at="and wounded six"), is_total=True, notes="-> wounded 6, including three police officers (e6)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=False,
             count=C("three police officers", num="three", value=3),
             location=L("his motorcade in the capital", "IRQ", "Baghdad", 33.31, 44.36, 2),
             date=D("2007-01-06", "Saturday", at="capital Saturday"), source=S("Iraqi authorities say"),
             trigger=T("wounded", at="and wounded six"), part_of="e5", notes="'including three police officers' -> part of the 6."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="two Iraqi"), civilian=True,
             count=C("two Iraqi interpreters", num="two", value=2), location=BASRA, date=D(None),
             source=S("authorities say", at="In southern Iraq, authorities say"), trigger=T("bodies"),
             notes="'authorities say they found the bodies of two Iraqi interpreters' -> killed 2 (deaths implied by the bodies; day of death not stated). Their kidnapping is e8."),
        dict(id="e8", type="casualty", outcome="captured", actor=A("IRQ", "Iraqi", at="two Iraqi"), civilian=True,
             count=C("two Iraqi interpreters", num="two", value=2), location=BASRA,
             date=D("2007-01-05", "Friday", at="kidnapped Friday"), source=S("authorities say", at="In southern Iraq, authorities say"),
             trigger=T("kidnapped", at="who were kidnapped"),
             notes="'two Iraqi interpreters who were kidnapped Friday' -> captured 2 (same count span as e7: a second claim, the kidnapping; Friday = 5 January 2007)."),
        dict(id="e9", type="casualty", outcome="captured", actor=A("USA", "American", at="an American contractor"), civilian=True,
             count=C("an American contractor", num="an", value=1), location=BASRA,
             date=D("2007-01-05", "Friday", at="kidnapped Friday"), source=S("authorities say", at="In southern Iraq, authorities say"),
             trigger=T("kidnapped", at="who were kidnapped"), alt_mentions=[S("an American citizen")],
             notes="'kidnapped Friday along with an American contractor ... The unidentified contractor is still missing' -> captured 1 (the embassy spokesman's 'an American citizen was kidnapped' is an alt mention)."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Mali 2019: Aguelhok UN camp
AGH = L("a United Nations peacekeeping base in Aguelhoc in northern Mali's Kidal region", "MLI", "Kidal", 19.46, 0.86, 1)
ANN["voa_2019_01_20_mali_aguelhok_un_base"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("UN"), civilian=False,
             count=C("at least eight peacekeepers", num="eight", value=8, low=8, qualifier="at least"), location=AGH,
             date=D("2019-01-20", "Sunday morning", derived_from_context=True),
             source=S("the U.N. mission in Mali said Sunday"), trigger=T("killing"), actor_alt="TCD",
             alt_mentions=[S("8 blue helmets")],
             notes=("'jihadists attacked a United Nations peacekeeping base in Aguelhoc ..., killing at least eight "
                    "peacekeepers' -> killed; the spokeswoman's '8 blue helmets killed' restates it. The base 'houses "
                    "peacekeepers from Chad' -> actor_alt TCD. Day from 'the Sunday morning assault'.")),
        dict(id="e2", type="casualty", outcome="wounded", actor=A("UN"), civilian=False,
             count=C("several", value=None, low=3, approx=True, qualifier="several", at="and several injured"),
             location=AGH, date=D("2019-01-20", "Sunday morning", derived_from_context=True),
             source=S("said Myriam Dessables"), trigger=T("injured", at="several injured"), actor_alt="TCD",
             notes="'The current toll is 8 blue helmets killed and several injured' -> wounded, several."),
    ],
    hard_negatives=[
        H("Many others", "no quantity"),
    ])

# ---------------------------------------------------------------- Iraq 2007 (7 June): Rabia, Sadr City, Abu Ghraib ...
RABIA = L("the town of Rabia near the Syrian border", "IRQ", "Nineveh", 36.8, 42.1, 1)
THU7 = D("2007-06-07", "Thursday", at="Thursday's attack", derived_from_context=True)
BGD7 = L("Baghdad", "IRQ", "Baghdad", 33.31, 44.36, 1, at="American soldier in Baghdad")
ANN["voa_2007_06_07_iraq_rabia_sadr_city_roundup"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("nine people", num="nine", value=9), location=RABIA, date=THU7,
             source=S("Iraqi security officials say"), trigger=T("has killed"), is_total=True,
             notes="'a suicide car bomber has killed nine people and wounded 22 others at a police post in northwestern Iraq' -> killed 9; place and day from the next sentence."),
        dict(id="e2", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("22 others", num="22", value=22), location=RABIA, date=THU7, source=S("Iraqi security officials say"),
             trigger=T("wounded", at="wounded 22"), notes="-> wounded 22."),
        dict(id="e3", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("four policemen", num="four", value=4), location=RABIA, date=D("2007-06-07", "Thursday", at="Thursday's attack"),
             source=S("Officials say", at="Officials say four"), trigger=T("were among those killed"), part_of="e1",
             notes="'four policemen were among those killed' -> part of the 9."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("four people", num="four", value=4, at="bomb killed four"),
             location=L("near an Iraqi police checkpoint outside the mainly Shi'ite Sadr City neighborhood", "IRQ", "Baghdad", 33.39, 44.46, 2),
             date=D(None), source=None, trigger=T("killed", at="car bomb killed"), notes="Sadr City car bomb: killed 4."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IRQ", "Iraqis", at="four Iraqis"), civilian=None,
             count=C("four Iraqis", num="four", value=4),
             location=L("Abu Ghraib", "IRQ", "Baghdad", 33.29, 44.06, 1, at="mosques in Abu Ghraib"), date=D(None),
             source=S("the U.S. military says", at="the U.S. military says two"), trigger=T("killed", at="bombers killed"),
             is_total=True, notes="'two suicide car bombers killed four Iraqis, including three soldiers' -> killed 4 (the bombers' deaths are not counted)."),
        dict(id="e6", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("three soldiers", num="three", value=3, at="including three soldiers"),
             location=L("Abu Ghraib", "IRQ", "Baghdad", 33.29, 44.06, 1, at="mosques in Abu Ghraib"), date=D(None),
             source=S("the U.S. military says", at="the U.S. military says two"), trigger=T("killed", at="bombers killed"),
             part_of="e5", notes="-> part of the 4."),
        dict(id="e7", type="casualty", outcome="killed", actor=A(None), civilian=True,
             count=C("a journalist", num="a", value=1, at="killed a journalist"),
             location=L("the northern city of Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1), date=D(None), source=None,
             trigger=T("killed", at="gunmen killed a journalist"), notes="'gunmen killed a journalist working with the Aswat al-Iraq ... news agency' -> killed 1 civilian."),
        dict(id="e8", type="casualty", outcome="killed", actor=A("GBR", "British", at="a British soldier"), civilian=False,
             count=C("a British soldier", num="a", value=1),
             location=L("while on patrol northwest of Basra", "IRQ", "Basra", 30.6, 47.7, 2), date=D(None),
             source=S("Britain's Defense Ministry says"), trigger=T("shot and killed"), notes="-> killed 1 British soldier; no day given."),
        dict(id="e9", type="casualty", outcome="killed", actor=A("USA", "American", at="an American soldier"), civilian=False,
             count=C("an American soldier", num="an", value=1), location=BGD7,
             date=D("2007-06-06", "Wednesday", at="Baghdad Wednesday"), source=S("The U.S. military also announced Thursday"),
             trigger=T("killed", at="roadside bomb killed an"), notes="'a roadside bomb killed an American soldier in Baghdad Wednesday' -> killed 1 (6 June 2007)."),
        dict(id="e10", type="casualty", outcome="killed", actor=A("USA", "U.S.", at="four other U.S."), civilian=False,
             count=C("four other U.S. soldiers", num="four", value=4), location=None, date=D(None),
             source=S("The military on Wednesday had announced"), trigger=T("deaths"), reported_date="2007-06-06",
             notes="'The military on Wednesday had announced the deaths of four other U.S. soldiers.' -> killed 4; only the announcement day is given."),
        dict(id="e11", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("16 suspects", num="16", value=16),
             location=L("Sadr City", "IRQ", "Baghdad", 33.39, 44.46, 2, at="suspects in Sadr City"), date=D(None),
             source=S("the U.S. military said", at="the U.S. military said coalition"), trigger=T("detained", at="forces detained 16"),
             notes="-> captured 16 suspects (alleged members of an explosives network)."),
        dict(id="e12", type="casualty", outcome="captured", actor=A(None), civilian=None,
             count=C("15 people", num="15", value=15),
             location=L("Near the western city of Fallujah and in Hit", "IRQ", "Anbar", None, None, 3), date=D(None),
             source=None, trigger=T("arrested", at="forces arrested 15"),
             notes="'coalition forces arrested 15 people during operations while targeting al-Qaida in Iraq' -> captured 15 ('people' -> actor and civilian null)."),
        dict(id="e13", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("Another suspect", num="Another", value=1),
             location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.36, 1, at="separate raid in Baghdad"), date=D(None), source=None,
             trigger=T("was arrested"), notes="'Another suspect believed involved in car bombings was arrested in a separate raid in Baghdad.' -> captured 1."),
    ],
    hard_negatives=[
        H("about 90 kilometers", "distance"),
        H("two mosques", "count of buildings"),
        H("two suicide car bombers", "attackers (their deaths are not annotated)"),
    ])

# ---------------------------------------------------------------- Iraq 2007 (2 June): Hit raid, Baghdad mortar, Fallujah
HIT = L("Hit", "IRQ", "Anbar", 33.64, 42.83, 1, at="raid in Hit")
FALL = L("the western city of Fallujah", "IRQ", "Anbar", 33.35, 43.78, 1)
SWBGD = L("southwestern Baghdad", "IRQ", "Baghdad", 33.26, 44.33, 2)
ANN["voa_2007_06_02_iraq_hit_raid_amiriya_fallujah"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("one terrorist", num="one", value=1), location=HIT,
             date=D("2007-06-02", "Saturday", derived_from_context=True), source=S("Coalition Forces in Iraq say"),
             trigger=T("have killed"),
             notes="'Coalition Forces in Iraq say they have killed one terrorist and detained eight suspected terrorists' -> killed 1; raid in Hit on Saturday (next sentence; publication day)."),
        dict(id="e2", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("eight suspected terrorists", num="eight", value=8), location=HIT,
             date=D("2007-06-02", "Saturday", derived_from_context=True), source=S("Coalition Forces in Iraq say"),
             trigger=T("detained", at="and detained eight"), notes="-> captured 8 (including an alleged senior al-Qaida in Iraq leader)."),
        dict(id="e3", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 10 people", num="10", value=10, low=10, qualifier="at least"), location=SWBGD,
             date=D("2007-06-01", "Friday"), source=S("Iraqi officials said"), trigger=T("killed", at="mortar attack killed"),
             notes="'In southwestern Baghdad Friday, Iraqi officials said a mortar attack killed at least 10 people' -> killed (1 June 2007)."),
        dict(id="e4", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("30 others", num="30", value=30), location=SWBGD, date=D("2007-06-01", "Friday"),
             source=S("Iraqi officials said"), trigger=T("wounded", at="and wounded 30"), notes="-> wounded 30."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IRQ"), civilian=True,
             count=C("three children", num="three", value=3), location=FALL, date=D(None),
             source=S("the U.S. military said", at="the U.S. military said three"), trigger=T("were killed", at="children were killed"),
             notes="'three children were killed ... when a coalition tank fired on three men planting a roadside bomb' -> killed 3 civilians (Iraqi from context)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("insurgents", "insurgent", at="one insurgent"), civilian=False,
             count=C("one insurgent", num="one", value=1), location=FALL, date=D(None),
             source=S("the U.S. military said", at="the U.S. military said three"), trigger=T("was wounded"), notes="-> wounded 1."),
        dict(id="e7", type="presence", actor=A("insurgents"), civilian=False,
             count=C("three men", num="three", value=3, at="fired on three men"), location=FALL, date=D(None),
             source=S("the U.S. military said", at="the U.S. military said three"), trigger=T("planting"),
             notes="'three men planting a roadside bomb' -> presence of an armed group of 3 (operating force; close call)."),
    ],
    hard_negatives=[
        H("several days of battles", "duration"),
        H("numerous casualties", "no quantity"),
    ])

# ---------------------------------------------------------------- Iraq 2006 (7 October): Tal Afar, police toll
TAF = L("a police checkpoint in the northern town of Tal Afar", "IRQ", "Nineveh", 36.38, 42.45, 1)
IRQ6 = L("Iraq", "IRQ", None, None, None, 4, at="violence in Iraq")
PETERSON = S("A spokesman for the U.S. military, Major General Joseph Peterson, says")
ANN["voa_2006_10_07_iraq_tal_afar_police_toll"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("at least 17 people", num="17", value=17, low=17, qualifier="at least"), location=IRQ6,
             date=D("2006-10-07", "Saturday", derived_from_context=True), source=None, trigger=T("has killed"), is_total=True,
             notes="'New violence in Iraq has killed at least 17 people' -> killed, total; parts Tal Afar (8) and Baghdad (9)."),
        dict(id="e2", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("eight", value=8, at="including eight"), location=TAF,
             date=D("2006-10-07", "Saturday", derived_from_context=True), source=None, trigger=T("died"), part_of="e1",
             notes="'including eight who died when a suicide bomber hit a police checkpoint in ... Tal Afar' -> killed 8."),
        dict(id="e3", type="casualty", outcome="wounded", actor=A(None), civilian=None,
             count=C("another six people", num="six", value=6), location=TAF, date=D("2006-10-07", "Saturday"),
             source=S("Authorities say", at="Authorities say another"), trigger=T("were wounded"),
             notes="'another six people were wounded in that suicide bombing Saturday' -> wounded 6 ('another' = additional)."),
        dict(id="e4", type="casualty", outcome="killed", actor=A(None), civilian=None,
             count=C("Nine people", num="Nine", value=9),
             location=L("in and around Baghdad", "IRQ", "Baghdad", 33.31, 44.36, 2),
             date=D("2006-10-07", "Saturday", derived_from_context=True), source=None, trigger=T("were killed", at="Nine people were killed"),
             part_of="e1", notes="-> killed 9 in and around Baghdad."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IRQ", "Iraqi", at="4,000 Iraqi"), civilian=False,
             count=C("4,000 Iraqi police", num="4,000", value=4000), location=IRQ6,
             date=D("2004-10-07/2006-10-07", "over the past two years"), source=PETERSON, trigger=T("killed in action"),
             cumulative=True, notes="'4,000 Iraqi police have been killed in action over the past two years' -> killed, running total."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=False,
             count=C("another 8,000", num="8,000", value=8000), location=IRQ6,
             date=D("2004-10-07/2006-10-07", "over the past two years"), source=PETERSON, trigger=T("wounded", at="8,000 wounded"),
             cumulative=True, notes="'with another 8,000 wounded' -> wounded 8,000 police over the same period."),
        dict(id="e7", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("28 suspected terrorists", num="28", value=28),
             location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.36, 1, at="terrorists in Baghdad"),
             date=D("2006-10-02/2006-10-07", "this week"), source=S("the U.S. military says", at="the U.S. military says Iraqi"),
             trigger=T("captured"), is_total=True, notes="'captured 28 suspected terrorists in Baghdad this week' -> captured 28 (week of 2-7 October 2006)."),
        dict(id="e8", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("three so-called \"high value\" targets", num="three", value=3),
             location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.36, 1, at="terrorists in Baghdad"),
             date=D("2006-10-02/2006-10-07", "this week"), source=S("the U.S. military says", at="the U.S. military says Iraqi"),
             trigger=T("captured"), part_of="e7", notes="-> part of the 28."),
    ],
    hard_negatives=[])

# ---------------------------------------------------------------- Iraq 2007 (16 December): raids, Adhamiya, Baquba
ANN["voa_2007_12_16_iraq_adhamiya_baquba_poland"] = dict(
    events=[
        dict(id="e1", type="casualty", outcome="killed", actor=A("militants"), civilian=False,
             count=C("four suspected militants", num="four", value=4),
             location=L("northern and central Iraq", "IRQ", None, None, None, 3),
             date=D("2007-12-14/2007-12-16", "since Friday"), source=S("The U.S. military says"), trigger=T("have killed"),
             notes="'coalition forces in northern and central Iraq have killed four suspected militants and detained 18 others ... since Friday' -> killed 4 (14-16 December 2007)."),
        dict(id="e2", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("18 others", num="18", value=18),
             location=L("northern and central Iraq", "IRQ", None, None, None, 3),
             date=D("2007-12-14/2007-12-16", "since Friday"), source=S("The U.S. military says"),
             trigger=T("detained", at="and detained 18"), is_total=True, notes="-> captured 18; three of them in Baghdad (e3)."),
        dict(id="e3", type="casualty", outcome="captured", actor=A("militants"), civilian=False,
             count=C("three suspected militants", num="three", value=3),
             location=L("Baghdad", "IRQ", "Baghdad", 33.31, 44.36, 1, at="raids in Baghdad"),
             date=D("2007-12-15", "early Saturday"), source=S("The military says", at="The military says coalition"),
             trigger=T("captured"), part_of="e2", notes="'captured three suspected militants during one of the raids in Baghdad early Saturday' -> part of the 18."),
        dict(id="e4", type="casualty", outcome="killed", actor=A("USA", "American", at="an American soldier"), civilian=False,
             count=C("an American soldier", num="an", value=1),
             location=L("northern Ninevah province", "IRQ", "Nineveh", None, None, 3),
             date=D("2007-12-14", "Friday", at="attack Friday"), source=S("The military also announced"),
             trigger=T("was killed", at="who was killed"), notes="-> killed 1 US soldier (Friday 14 December 2007)."),
        dict(id="e5", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("two members of a security patrol group", num="two", value=2),
             location=L("the northern Adhamiya neighborhood", "IRQ", "Baghdad", 33.38, 44.37, 2),
             date=D("2007-12-16", "today", at="Baghdad today"), source=S("Iraqi officials say", at="Separately, Iraqi officials say"),
             trigger=T("were killed", at="group were killed"),
             notes="'two members of a security patrol group were killed and 10 others wounded in an explosion in Baghdad today' -> killed 2 (armed patrol group -> civilian false, close call)."),
        dict(id="e6", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=False,
             count=C("10 others", num="10", value=10),
             location=L("the northern Adhamiya neighborhood", "IRQ", "Baghdad", 33.38, 44.37, 2),
             date=D("2007-12-16", "today", at="Baghdad today"), source=S("Iraqi officials say", at="Separately, Iraqi officials say"),
             trigger=T("wounded", at="10 others wounded"), notes="-> wounded 10."),
        dict(id="e7", type="casualty", outcome="killed", actor=A("IRQ"), civilian=False,
             count=C("three policemen", num="three", value=3, at="say three policemen"),
             location=L("Baquba, north of Baghdad", "IRQ", "Diyala", 33.75, 44.64, 1),
             date=D("2007-12-16", "today", at="policemen were killed today"),
             source=S("officials in Baquba, north of Baghdad, say"), trigger=T("were killed", at="policemen were killed"),
             notes="-> killed 3 policemen."),
        dict(id="e8", type="casualty", outcome="wounded", actor=A("IRQ"), civilian=False,
             count=C("at least two security patrol members", num="two", value=2, low=2, qualifier="at least"),
             location=L("the southern Doura neighborhood", "IRQ", "Baghdad", 33.25, 44.4, 2),
             date=D("2007-12-16", "today", at="separate incident today"),
             source=S("Iraqi officials say", at="neighborhood, Iraqi officials say"), trigger=T("wounded", at="gunmen wounded"),
             notes="-> wounded at least 2."),
    ],
    hard_negatives=[
        H("the last Polish troops", "withdrawal, no count"),
        H("October 2008", "date"),
    ])

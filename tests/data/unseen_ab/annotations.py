# -*- coding: utf-8 -*-
"""Gold annotations of set (ab), written by hand, blind (Muster never run or read).

Surfaces are located in the text by build.py: first occurrence at/after the anchor `at` (a string of the text;
default: the start of the text). Location entries carry country (ISO3), admin1, lat/lon (2 decimals; null for
provinces, regions, districts and countries, as in sets (g)-(z)) and ACLED-style precision (1 point, 2 near a point,
part of a city or an offset from a city, 3 region/province/district, 4 country or wider). Each event also carries a
`trigger`.
"""


from blindset import A, C, D, H, L, S, T  # noqa: E402,F401  (the shared vocabulary)

ANN = {}


def ev(i, typ, outcome, actor, civ, count, loc, date, src, trig, notes, **kw):
    """One event dict in the shape blindset.build_event reads (outcome None for deployment/presence)."""
    d = dict(id=i, type=typ)
    if outcome:
        d["outcome"] = outcome
    d.update(actor=actor, civilian=civ, count=count, location=loc, date=date, source=src, trigger=trig, notes=notes)
    d.update(kw)
    return d


def K(i, outcome, actor, civ, count, loc, date, src, trig, notes, **kw):
    return ev(i, "casualty", outcome, actor, civ, count, loc, date, src, trig, notes, **kw)


# ---------------------------------------------------------------- Iraq 2005-04-23: widespread attacks
SAT0423 = D("2005-04-23", "Saturday", at="responsible Saturday")
SAT0423c = D("2005-04-23", "Saturday", at="responsible Saturday", derived_from_context=True)
BAGH = L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="west of Baghdad")
ANN["wn_2005_04_23_iraq_widespread_insurgent_attacks"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("19", value=19), L("Iraq", "IRQ", None, None, None, 4),
          D("2005-04-23", "Saturday", at="responsible Saturday", derived_from_context=True), None,
          T("dead", at="reported dead"), is_total=True, hedge="reported",
          notes=("'There are 19 reported dead and over 3 dozen wounded.' -> killed 19 across Iraq (total of the day's "
                 "list; the listed Saturday deaths add up to 21, kept as written). Victims mixed (soldiers, civilians) "
                 "-> actor null, civilian null. Day from 'Saturday's following attacks' (publication day, derived).")),
        K("e2", "wounded", A(None), None,
          C("over 3 dozen", num="3 dozen", value=36, low=36, approx=True, qualifier="over"),
          L("Iraq", "IRQ", None, None, None, 4), SAT0423c, None, T("wounded", at="dozen wounded"), is_total=True,
          hedge="reported",
          notes="'over 3 dozen wounded' -> wounded, 3 dozen = 36, lower bound (more than). Total of the day's attacks."),
        K("e3", "killed", A("IRQ", "Iraqi", at="9 Iraqi"), False, C("9 Iraqi soldiers", num="9", value=9),
          L("west of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2), SAT0423c, None,
          T("killed", at="soldiers killed"), part_of="e1",
          notes="':* 9 Iraqi soldiers killed in suicide car bombing west of Baghdad' -> killed 9 (part of the 19)."),
        K("e4", "wounded", A("IRQ"), False, C("20 Guardsmen", num="20", value=20),
          L("Abu Ghraib", "IRQ", "Baghdad", 33.29, 44.07, 1, at="wounded at Abu Ghraib"),
          D("2005-04-23", "Saturday", at="Abu Ghraib on Saturday"), None, T("wounded", at="Guardsmen wounded"),
          part_of="e2",
          notes="'20 Guardsmen wounded at Abu Ghraib on Saturday car bombing of National Guard convoy' -> wounded 20 Iraqi National Guardsmen (actor IRQ from the National Guard convoy)."),
        K("e5", "killed", A("IRQ", "Iraqi", at="1 Iraqi killed"), None, C("1 Iraqi", num="1", value=1),
          L("near Baghdad airport", "IRQ", "Baghdad", 33.26, 44.23, 2), SAT0423c, None,
          T("killed", at="1 Iraqi killed"), part_of="e1",
          notes="'1 Iraqi killed, 10 wounded in suicide bombing attack on a US convoy near Baghdad airport' -> killed 1 (civilian status not stated)."),
        K("e6", "wounded", A("IRQ"), None, C("10", value=10, at="10 wounded in suicide"),
          L("near Baghdad airport", "IRQ", "Baghdad", 33.26, 44.23, 2), SAT0423c, None,
          T("wounded", at="10 wounded in suicide"), part_of="e2",
          notes="'... 10 wounded' in the same attack -> wounded 10 (the nationality word applies to the killed; actor IRQ read from the list item, close call)."),
        K("e7", "killed", A("IRQ", "Iraqi", at="1 Iraqi woman"), True, C("1 Iraqi woman", num="1", value=1),
          L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="separate Baghdad bombing"), SAT0423c, None,
          T("killed", at="woman killed"), part_of="e1",
          notes="'1 Iraqi woman killed, 7 men wounded in separate Baghdad bombing' -> killed 1, a woman (civilian true by description, close call)."),
        K("e8", "wounded", A("IRQ"), None, C("7 men", num="7", value=7),
          L("Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 1, at="separate Baghdad bombing"), SAT0423c, None,
          T("wounded", at="7 men wounded"), part_of="e2", notes="'7 men wounded' in the same bombing -> wounded 7."),
        K("e9", "killed", A("IRQ"), False, C("1 Guardsman", num="1", value=1),
          L("Yusufiya", "IRQ", "Baghdad", 33.08, 44.25, 1), SAT0423c, None, T("killed", at="Guardsman killed"),
          part_of="e1", notes="'1 Guardsman killed, two wounded by roadside bomb at Yusufiya' -> killed 1 (Iraqi National Guard)."),
        K("e10", "wounded", A("IRQ"), False, C("two", value=2, at="two wounded by roadside"),
          L("Yusufiya", "IRQ", "Baghdad", 33.08, 44.25, 1), SAT0423c, None, T("wounded", at="two wounded by"),
          part_of="e2", notes="'two wounded' in the Yusufiya roadside bombing -> wounded 2 (Guardsmen by context, close call)."),
        K("e11", "killed", A("USA"), False, C("1 Marine", num="1", value=1),
          L("Al Haswah", "IRQ", "Babil", 32.95, 44.38, 1), SAT0423c, None, T("killed", at="Marine killed"),
          part_of="e1", notes="'1 Marine killed in Al Haswah by roadside bomb' -> killed 1 US Marine (actor USA from 'Marine'; surface null)."),
        K("e12", "killed", A(None), True, C("1 ''AP'' camera man", num="1", value=1),
          L("Mosul", "IRQ", "Nineveh", 36.34, 43.13, 1), SAT0423c, None, T("killed", at="camera man killed"),
          part_of="e1", notes="'1 ''AP'' camera man killed by gunfire in Mosul' -> killed 1 journalist (civilian true; nationality not stated)."),
        K("e13", "wounded", A("IRQ", "Iraqi", at="7 Iraqi police"), False, C("7 Iraqi police officers", num="7", value=7),
          L("southern city of Basra", "IRQ", "Basra", 30.51, 47.81, 1), SAT0423c, None, T("wound", at="bombers wound"),
          part_of="e2", notes="'2 suicide car bombers wound 7 Iraqi police officers in southern city of Basra' -> wounded 7 police; the '2 suicide car bombers' are attackers (hard negative)."),
        K("e14", "killed", A(None), True, C("2 truck drivers", num="2", value=2),
          L("near oil refinery town of Beiji", "IRQ", "Salah ad Din", 34.93, 43.49, 2), SAT0423c, None,
          T("killed", at="drivers killed"), part_of="e1",
          notes="'2 truck drivers killed in separate incidents near oil refinery town of Beiji' -> killed 2 civilians (drivers)."),
        K("e15", "wounded", A(None), None, C("7", value=7, at="7 injured in mortar"),
          L("Iraqi military base in southern Baghdad", "IRQ", "Baghdad", 33.25, 44.38, 2), SAT0423c, None,
          T("injured", at="7 injured in mortar"), part_of="e2",
          notes="'7 injured in mortar attack at Iraqi military base in southern Baghdad' -> wounded 7 (who they were is not said)."),
        K("e16", "killed", A("USA", "US", at="1 US soldier"), False, C("1 US soldier", num="1", value=1),
          L("west of Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2, at="convoy west of Baghdad"), SAT0423c, None,
          T("killed", at="US soldier killed"), part_of="e1",
          notes="'1 US soldier killed in bomb explosion beside convoy west of Baghdad' -> killed 1."),
        K("e17", "killed", A("USA"), False, C("2 Marines", num="2", value=2),
          L("near Ar Ramadi", "IRQ", "Al Anbar", 33.43, 43.30, 2), SAT0423c, None, T("killed", at="Marines killed"),
          part_of="e1", notes="'2 Marines killed by roadside bomb near Ar Ramadi' -> killed 2 US Marines."),
        K("e18", "killed", A(None), True, C("2 civilians", num="2", value=2),
          L("Al Baquba", "IRQ", "Diyala", 33.75, 44.64, 1), SAT0423c, None, T("killed", at="civilians killed"),
          part_of="e1", notes="'2 civilians killed by roadside bombs in Al Baquba' -> killed 2 civilians (Iraqi presumably; not stated -> null)."),
        K("e19", "killed", A("IRQ", "Iraqi", at="11 Iraqi"), None, C("11 Iraqi", num="11", value=11),
          L("Shia mosque  in eastern Baghdad", "IRQ", "Baghdad", 33.33, 44.44, 2),
          D("2005-04-22", "On the day previous to Saturday"), None, T("killed", at="11 Iraqi killed"),
          notes="'On the day previous to Saturday ...: 11 Iraqi killed, 20 wounded from car bomb at Shia mosque in eastern Baghdad' -> killed 11 on Friday 22 April 2005 (not part of Saturday's 19)."),
        K("e20", "wounded", A("IRQ"), None, C("20", value=20, at="20 wounded from car"),
          L("Shia mosque  in eastern Baghdad", "IRQ", "Baghdad", 33.33, 44.44, 2),
          D("2005-04-22", "On the day previous to Saturday", derived_from_context=True), None,
          T("wounded", at="20 wounded from"), notes="'20 wounded' in the same mosque bombing -> wounded 20 (22 April)."),
        K("e21", "captured", A(None), None, C("6", value=6, at="6 detained"), L("Iraq", "IRQ", None, None, None, 4),
          D("2005-04-22", "On the day previous to Saturday", derived_from_context=True), None, T("detained"),
          notes=("':* 6 detained in connection with shooting down commercial helicopter' -> captured 6 suspects "
                 "(detentions count as captured; GUIDELINES 2). Listed under the previous day. No place given beyond "
                 "Iraq (precision 4).")),
        K("e22", "killed", A("USA", "Americans", at="6 Americans"), True, C("6 Americans", num="6", value=6),
          L("Iraq", "IRQ", None, None, None, 4), D(None), None, T("killed", at="the killed 6"),
          notes=("'shooting down commercial helicopter the killed 6 Americans' -> killed 6 Americans aboard a commercial "
                 "helicopter (civilian true: a commercial aircraft; the text does not say they were contractors). The "
                 "downing's date is not given (it is not the day of the detentions) -> null. 'the killed' is a typo "
                 "for 'that killed', kept.")),
    ],
    hard_negatives=[
        H("10 bombs", "count of bombs (incidents), not people"),
        H("2 suicide car bombers", "the attackers (suicide bombers); their deaths are out of scope"),
        H("one of them near Abu Ghraib", "one of the bombs, not a person"),
    ])

# ---------------------------------------------------------------- Iraq 2005-04-25: Baghdad, Tikrit and other attacks
SUN0424 = D("2005-04-24", "Sunday", at="mosque Sunday")
ANN["wn_2005_04_25_iraq_baghdad_tikrit_bombings"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("15", value=15, at="killed 15"),
          L("western al-Shoulah district", "IRQ", "Baghdad", 33.37, 44.30, 2), SUN0424, None,
          T("killed", at="killed 15"),
          notes=("'Two car-rigged explosions in Baghdad killed 15 and injured nearly 40 people beside a Shiite Ahl al-Bait "
                 "mosque Sunday.' -> killed 15; the place is named in the next paragraph ('the western al-Shoulah "
                 "district'). Sunday in a Monday story = 24 April 2005.")),
        K("e2", "wounded", A(None), None,
          C("nearly 40 people", num="40", value=40, high=40, approx=True, qualifier="nearly"),
          L("western al-Shoulah district", "IRQ", "Baghdad", 33.37, 44.30, 2), SUN0424, None,
          T("injured", at="injured nearly"), notes="'injured nearly 40 people' -> wounded, nearly 40 (upper bound)."),
        K("e3", "killed", A(None), None, C("6", value=6, at="6 were killed"),
          L("Tikrit", "IRQ", "Salah ad Din", 34.60, 43.68, 1, at="In Tikrit"),
          D("2005-04-24", "Sunday", at="mosque Sunday", derived_from_context=True), None, T("killed", at="6 were killed"),
          notes="'In Tikrit, 140km northeast of Baghdad, 6 were killed and nearly 26 injured in two suicide bombings.' -> killed 6 (police and army liaison office targeted; victims not described) on the same Sunday (derived)."),
        K("e4", "wounded", A(None), None,
          C("nearly 26", num="26", value=26, high=26, approx=True, qualifier="nearly"),
          L("Tikrit", "IRQ", "Salah ad Din", 34.60, 43.68, 1, at="In Tikrit"),
          D("2005-04-24", "Sunday", at="mosque Sunday", derived_from_context=True), None, T("injured", at="26 injured"),
          notes="'nearly 26 injured' -> wounded, nearly 26."),
        K("e5", "wounded", A(None), None, C("30", value=30, at="30 wounded"),
          L("police station in western Baghdad", "IRQ", "Baghdad", 33.31, 44.30, 2),
          D("2005-04-24", "Sunday", at="reports Sunday"), None, T("wounded", at="30 wounded"),
          notes="'Other reports Sunday include: :* 30 wounded in car-rigged blast at police station in western Baghdad' -> wounded 30 (Sunday)."),
        K("e6", "captured", A(None), None, C("6 more arrests", num="6", value=6),
          L("Iraq", "IRQ", None, None, None, 4),
          D("2005-04-24", "Sunday", at="reports Sunday", derived_from_context=True), None, T("arrests"),
          notes=("':* 6 more arrests in last Tuesday's downing of a Mi-8 helicopter' -> captured 6 (arrests; 'more' = "
                 "additional). Reported among 'Other reports Sunday' (date derived; the arrests' own day is not given, "
                 "close call). Place only Iraq.")),
        K("e7", "killed", A("insurgents", "insurgents", at="3 insurgents"), False, C("3 insurgents", num="3", value=3),
          L("south of Baghdad in Mahawil", "IRQ", "Babil", 32.65, 44.43, 1),
          D("2005-04-24", "Sunday", at="reports Sunday", derived_from_context=True), None, T("killed", at="insurgents killed"),
          notes="':* 3 insurgents killed when their bomb accidentally exploded south of Baghdad in Mahawil' -> killed 3 insurgents (an accident with their own bomb, not a suicide attack; close call, kept as a conflict death)."),
        K("e8", "killed", A("USA", "US", at="1 US"), False, C("1 US  soldier", num="1", value=1),
          L("east Baghdad", "IRQ", "Baghdad", 33.33, 44.44, 2),
          D("2005-04-24", "Sunday", at="attacked Sunday"), None, T("killed", at="soldier killed"),
          notes="':* 1 US soldier killed, 2 US soldiers and 2 civilians wounded in convoy attack in east Baghdad' -> killed 1 (double space kept)."),
        K("e9", "wounded", A("USA", "US", at="2 US soldiers"), False, C("2 US soldiers", num="2", value=2),
          L("east Baghdad", "IRQ", "Baghdad", 33.33, 44.44, 2),
          D("2005-04-24", "Sunday", at="attacked Sunday", derived_from_context=True), None, T("wounded", at="civilians wounded"),
          notes="'2 US soldiers ... wounded' -> wounded 2."),
        K("e10", "wounded", A(None), True, C("2 civilians", num="2", value=2),
          L("east Baghdad", "IRQ", "Baghdad", 33.33, 44.44, 2),
          D("2005-04-24", "Sunday", at="attacked Sunday", derived_from_context=True), None, T("wounded", at="civilians wounded"),
          notes="'2 civilians wounded' in the same convoy attack -> wounded 2 civilians (nationality not stated)."),
        K("e11", "killed", A("USA", "US", at="1 US sailor"), False, C("1 US sailor", num="1", value=1),
          L("near Fallujah", "IRQ", "Al Anbar", 33.35, 43.78, 2), D("2005-04-23", "Saturday", at="sailor killed Saturday"),
          None, T("killed", at="sailor killed"), reported_date="2005-04-25",
          notes="':* 1 US sailor killed Saturday and announced today, when the Marine convoy he traveled with was attacked by a roadside bomb near Fallujah' -> killed 1, Saturday 23 April 2005; announced 'today' (reported_date)."),
    ],
    hard_negatives=[
        H("Two car-rigged explosions", "count of explosions"),
        H("20 minutes later", "duration"),
        H("146 of the 275 seats", "parliamentary seats"),
        H("40 parliamentary seats", "parliamentary seats"),
        H("No one hurt", "negated casualty"),
        H("140km", "distance"),
    ])

# ---------------------------------------------------------------- Iraq 2005-06-20: restaurant, Tikrit, Irbil, Fallujah
SUNMON = D("2005-06-19/2005-06-20", "Sunday and Monday")
ANN["wn_2005_06_20_iraq_restaurant_irbil_bombings"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("more than 80 people", num="80", value=80, low=80, qualifier="more than"),
          L("Iraq", "IRQ", None, None, None, 4, at="Iraq  continued"), SUNMON, None, T("killed", at="country killed"),
          is_total=True,
          notes="'attacks across the country killed more than 80 people' on 'Sunday and Monday' (19-20 June 2005, Monday = publication day) -> killed, more than 80, total."),
        K("e2", "killed", A(None), None, C("23 lives", num="23", value=23), None,
          D("2005-06-19/2005-06-20", "Sunday and Monday", derived_from_context=True), None, T("claimed", at="claimed 23"),
          part_of="e1",
          notes=("'a suicide bombing that claimed 23 lives and wounded more than 36 others' at 'A busy restaurant "
                 "frequented by police officers' -> killed 23. The text does not name the restaurant's town (it was in "
                 "Baghdad, but only the next paragraph speaks of 'the capital city'), so location null; victims not "
                 "described beyond the police clientele -> actor/civilian null. Date derived from the lede's period.")),
        K("e3", "wounded", A(None), None, C("more than 36 others", num="36", value=36, low=36, qualifier="more than"),
          None, D("2005-06-19/2005-06-20", "Sunday and Monday", derived_from_context=True), None,
          T("wounded", at="wounded more than 36"), notes="'wounded more than 36 others' -> wounded, more than 36."),
        K("e4", "killed", A(None), True, C("more than 600 civilians", num="600", value=600, low=600, qualifier="more than"),
          L("the capital city", "IRQ", "Baghdad", 33.31, 44.37, 1),
          D("2005-04-28/2005-06-20", "in the six weeks since Prime Minister Ibrahim al-Jaafari  named his Shiite -led cabinet on April 28"),
          None, T("perished"), cumulative=True,
          notes="'In the capital city alone, more than 600 civilians have perished in the six weeks since ... April 28.' -> killed, more than 600 civilians, running total 28 April - 20 June 2005 in Baghdad."),
        K("e5", "killed", A("IRQ", "Iraqis", at="five Iraqis"), None, C("five Iraqis", num="five", value=5),
          L("Tikrit", "IRQ", "Salah ad Din", 34.60, 43.68, 1, at="In Tikrit"), D("2005-06-19", "on Sunday", at="Tikrit  on Sunday"),
          None, T("killed", at="man killed himself"),
          notes="'In Tikrit on Sunday, a man killed himself and five Iraqis while targeting a U.S. military base in a car rigged with explosives.' -> killed 5 Iraqis (the bomber's own death is out of scope). Sunday = 19 June 2005."),
        K("e6", "killed", A(None), False, C("15", value=15, at="killed 15"),
          L("Ibril", "IRQ", "Erbil", 36.19, 44.01, 1), D("2005-06-20", "Early Monday"), S("Local officials confirm"),
          T("killed", at="blast killed"),
          notes="'Early Monday, a suicide attacker in Ibril detonated his vehicle in a crowd of police recruits. Local officials confirm the blast killed 15 and wounded 100' -> killed 15 police recruits (civilian false, close call; nationality not stated). 'Ibril' = Irbil/Erbil, spelled as in the text. Monday = publication day."),
        K("e7", "wounded", A(None), False, C("100", value=100, at="wounded 100"),
          L("Ibril", "IRQ", "Erbil", 36.19, 44.01, 1), D("2005-06-20", "Early Monday", derived_from_context=True),
          S("Local officials confirm"), T("wounded", at="wounded 100"), notes="'... and wounded 100, some severely' -> wounded 100."),
        ev("e8", "presence", None, A("USA"), False, C("a 1,000 Marine force", num="1,000", value=1000),
           L("near Karabilah", "IRQ", "Al Anbar", 34.39, 40.99, 2), D(None), None, T("support"),
           notes=("'U.S. Marines and Iraqi troops battle insurgents near Karabilah on the Syrian border. British and American "
                  "warplanes pounded targets to support a 1,000 Marine force.' -> presence, 1,000 US Marines operating near "
                  "Karabilah (actor USA from 'U.S. Marines' in the previous sentence). No time word for the operation -> date null.")),
        K("e9", "killed", A("insurgents", "insurgents", at="15 insurgents"), False, C("15 insurgents", num="15", value=15),
          L("Fallujah", "IRQ", "Al Anbar", 33.35, 43.78, 1), D("2005-06-19", "Sunday", at="attack Sunday", derived_from_context=True),
          S("According to the statement"), T("killed", at="insurgents were killed"),
          notes="'A Marine statement also said patrols in the devastated city of Fallujah came under attack Sunday. According to the statement, 15 insurgents were killed while the attack was repulsed.' -> killed 15 insurgents, Sunday 19 June 2005 (derived from the previous sentence)."),
    ],
    hard_negatives=[
        H("a man killed himself", "death of the suicide attacker"),
        H("a 29-year-old witness", "a witness (age), not a casualty"),
        H("two tables", "count of tables"),
        H("80 yards", "distance"),
        H("Muhammad Jasem, 25", "named speaker and age"),
    ])

# ---------------------------------------------------------------- India 2006: ULFA blasts in Assam
FRI0609 = D("2006-06-09", "on Friday evening")
ANN["wn_2006_06_10_india_assam_ulfa_blasts"] = dict(
    events=[
        K("e1", "wounded", A(None), None, C("at least six persons", num="six", value=6, low=6, qualifier="at least",
                                            at="According to police, at least six"),
          L("Rupaisiding- Tapoban-Tiniali area in the Tinsukia district", "IND", "Assam", 27.55, 95.38, 2),
          D("2006-06-09", "On Friday night", derived_from_context=True), S("According to police"),
          T("injured", at="persons injured when"),
          alt_mentions=[S("at least six persons", at="On Friday night")],
          notes=("'On Friday night, at least six persons injured in the state, following five powerful blasts ...' and "
                 "'According to police, at least six persons injured when a bomb exploded in the house of one Milan Deori "
                 "in Rupaisiding- Tapoban-Tiniali area in the Tinsukia district' -> read as one claim (same figure, the "
                 "other Friday-night blasts hit pipelines), the fuller sentence primary (GUIDELINES 6); close call. "
                 "Friday in a Saturday story = 9 June 2006.")),
        K("e2", "killed", A(None), None, C("five people", num="five", value=5),
          L("a busy vegetable market in the Guwahati city", "IND", "Assam", 26.14, 91.74, 1), FRI0609, None,
          T("killed", at="that killed five"),
          notes="'a powerful bomb explosion that killed five people and injured over 15 at a busy vegetable market in the Guwahati city on Friday evening' -> killed 5."),
        K("e3", "wounded", A(None), None, C("over 15", num="15", value=15, low=15, qualifier="over"),
          L("a busy vegetable market in the Guwahati city", "IND", "Assam", 26.14, 91.74, 1), FRI0609, None,
          T("injured", at="injured over 15"), notes="'injured over 15' -> wounded, more than 15 ('over' read as 'more than')."),
        K("e4", "wounded", A("IND"), False, C("at least three army personnel", num="three", value=3, low=3, qualifier="at least"),
          L("Doomdooma in Tinsukia district", "IND", "Assam", 27.57, 95.57, 1), D("2006-06-09", "yesterday", at="IST yesterday"),
          None, T("injured", at="personnel injured"),
          notes="'at least three army personnel injured when militants hurled grenade at an army truck at Doomdooma in Tinsukia district at around 8 p.m. IST yesterday' -> wounded 3 Indian army personnel (actor from context, surface null). 'yesterday' = 9 June 2006."),
        K("e5", "wounded", A(None), None, C("34 people", num="34", value=34),
          L("the districts of Dhubri, Mangaldoi and Nagaon", "IND", "Assam", None, None, 3), D("2006-06-08", "On Thursday"),
          None, T("injured", at="34 people injured"),
          notes="'On Thursday, there were four separate explosions that left 34 people injured in the districts of Dhubri, Mangaldoi and Nagaon.' -> wounded 34, Thursday 8 June 2006; three districts -> precision 3."),
    ],
    hard_negatives=[
        H("five powerful blasts", "count of blasts"),
        H("four Oil pipelines", "count of pipelines"),
        H("two blasts", "count of blasts"),
        H("25 minutes later", "duration"),
        H("two crude oil pipelines", "count of pipelines"),
        H("four separate explosions", "count of explosions"),
        H("The passengers of Delhi-bound Rajdhani Express had a miraculous escape", "no casualties, no count"),
    ])

# ---------------------------------------------------------------- Thailand 2006-07: Bangkok New Year bombs
BKK = L("Bangkok", "THA", "Bangkok", 13.75, 100.50, 1)
NYD = D("2007-01-01", "just after midnight (0500 GMT) on New Year's Day")
NYE = D("2006-12-31", "Earlier in the evening", at="Earlier in the evening, bombs")
NYEc = D("2006-12-31", "Earlier in the evening", at="Earlier in the evening, bombs", derived_from_context=True)
ANN["wn_2007_01_01_thailand_bangkok_new_year_bombs"] = dict(
    events=[
        K("e1", "wounded", A(None), None, C("eight people", num="eight", value=8), BKK, NYD, None, T("injuring"),
          is_total=True,
          notes="'More bombs went off just after midnight ... on New Year's Day in Bangkok, injuring eight people' -> wounded 8, total of the after-midnight bombs (1 January 2007)."),
        K("e2", "wounded", A(None), True, C("Three foreigners", num="Three", value=3),
          L("a seafood restaurant on the Saen Saeb Canal  near Pratunam Pier", "THA", "Bangkok", 13.75, 100.54, 1),
          D("2007-01-01", "just seconds after midnight"), None, T("injured", at="Thais were injured"), part_of="e1",
          notes="'The first bomb exploded at a seafood restaurant on the Saen Saeb Canal near Pratunam Pier just seconds after midnight. Three foreigners and two Thais were injured.' -> wounded 3 foreigners (tourists having dinner -> civilian true; nationality not stated -> actor null)."),
        K("e3", "wounded", A("THA", "Thais", at="two Thais"), True, C("two Thais", num="two", value=2),
          L("a seafood restaurant on the Saen Saeb Canal  near Pratunam Pier", "THA", "Bangkok", 13.75, 100.54, 1),
          D("2007-01-01", "just seconds after midnight"), None, T("injured", at="Thais were injured"), part_of="e1",
          notes="'... and two Thais were injured' -> wounded 2 Thais at the restaurant (civilian true, close call)."),
        K("e4", "wounded", A(None), True, C("Several foreigners", num="Several", value=None, low=3, approx=True, qualifier="several"),
          L("a telephone booth near a pedestrian bridge at CentralWorld", "THA", "Bangkok", 13.75, 100.54, 1),
          D("2007-01-01", "just after midnight (0500 GMT) on New Year's Day", derived_from_context=True), None,
          T("injured", at="Several foreigners were injured"), part_of="e1",
          notes="'A second bomb exploded in a telephone booth near a pedestrian bridge at CentralWorld ... Several foreigners were injured and rushed to hospitals.' -> wounded, several (low 3). Several + 5 exceeds the eight of the lede only if 'several' > 3; kept as written."),
        K("e5", "wounded", A(None), None, C("Twenty-five people", num="Twenty-five", value=25), BKK, NYE, None,
          T("injured", at="Twenty-five people were injured"), is_total=True,
          notes="'Earlier in the evening, bombs had gone off at six locations across the city, from about 6:00 p.m. to 7:30 p.m. Twenty-five people were injured and three later died at hospitals from their injuries.' -> wounded 25 on New Year's Eve (31 December 2006; the evening before the New Year's Day story, derived from the countdown context)."),
        K("e6", "killed", A(None), None, C("three", value=3, at="three later died"), BKK, NYEc, None,
          T("died", at="later died"), part_of="e5", is_total=True,
          notes="'three later died at hospitals from their injuries' -> killed 3, part of the 25 wounded (GUIDELINES 2: wounded who later die)."),
        K("e7", "wounded", A(None), None, C("17 people", num="17", value=17), None, NYEc, None,
          T("injured", at="17 people were injured"), part_of="e5",
          notes="'The biggest toll was at , where 17 people were injured, two of them dying from their injuries.' -> wounded 17; the place name was lost in conversion ('at ,') -> location null."),
        K("e8", "killed", A(None), None, C("two of them", num="two", value=2), None, NYEc, None, T("dying"), part_of="e6",
          notes="'two of them dying from their injuries' -> killed 2 (of the 17; part of the three deaths)."),
        K("e9", "wounded", A(None), None, C("two people", num="two", value=2, at="two people were injured"),
          L("a police booth at Saphan Kwai intersection", "THA", "Bangkok", 13.79, 100.55, 1), NYEc, None,
          T("injured", at="two people were injured"), part_of="e5",
          notes="'Other targets were a police booth at Saphan Kwai intersection, where two people were injured' -> wounded 2."),
        K("e10", "wounded", A(None), None, C("three people", num="three", value=3, at="three people were injured"),
          L("a market in Khlong Toei", "THA", "Bangkok", 13.72, 100.56, 1), NYEc, None,
          T("injured", at="three people were injured"), part_of="e5",
          notes="'a market in Khlong Toei, where three people were injured, one fatally' -> wounded 3."),
        K("e11", "killed", A(None), None, C("one", value=1, at="one fatally"),
          L("a market in Khlong Toei", "THA", "Bangkok", 13.72, 100.56, 1), NYEc, None, T("fatally"), part_of="e6",
          notes="'one fatally' -> killed 1 (of the three at Khlong Toei; part of the three deaths)."),
        K("e12", "killed", A(None), None, C("1,900 people", num="1,900", value=1900),
          L("South Thailand", "THA", None, None, None, 3, at="South Thailand insurgency"),
          D("2004/2007-01-01", "since 2004"), None, T("dead", at="people dead"), cumulative=True,
          notes="'the ongoing violence by Muslim separatists in the South Thailand insurgency, which has left 1,900 people dead since 2004' -> killed 1,900, running total 2004 - publication; the southern provinces -> precision 3."),
    ],
    hard_negatives=[
        H("six bombings", "count of bombings"),
        H("One of the foreigners", "restates one of the three injured foreigners (amputation), not a new count"),
        H("six locations", "count of places"),
        H("thousands of people had gathered", "crowd, not casualties"),
        H("around 5,000 people", "size of a crowd told to go home, not casualties"),
        H("ordered soldiers deployed around the capital", "deployment with no number"),
        H("there were no injuries", "negated casualties"),
    ])

# ---------------------------------------------------------------- Iraq 2007: Diwaniya
DIW = L("Diwaniya", "IRQ", "Al-Qadisiyyah", 31.99, 44.93, 1, at="house in Diwaniya")
FRI0406 = D("2007-04-06", "before dawn on Friday the 6th of April")
ANN["wn_2007_04_08_iraq_diwaniya_airstrike"] = dict(
    events=[
        K("e1", "killed", A(None), True, C("one civilian", num="one", value=1), DIW, D(None),
          S("the Iraqi police informed The Associated Press"), T("killed", at="civilian was killed"),
          notes="'In a statement the Iraqi police informed The Associated Press that one civilian was killed and five seriously injured when a U.S. tank fired upon a house in Diwaniya.' -> killed 1 civilian (nationality not stated -> null). The sentence has no time word (the airstrike was 'on Saturday', the raid on Friday; which day the tank fired is not said) -> date null."),
        K("e2", "wounded", A(None), None, C("five", value=5, at="five seriously injured"), DIW, D(None),
          S("the Iraqi police informed The Associated Press"), T("injured", at="seriously injured"),
          notes="'... and five seriously injured' -> wounded 5 (whether civilians is not said explicitly; null)."),
        K("e3", "killed", A("insurgents", "insurgents", at="three insurgents"), False, C("three insurgents", num="three", value=3),
          L("the city", "IRQ", "Al-Qadisiyyah", 31.99, 44.93, 1, at="the city before dawn"), FRI0406, S("the U.S. military said", at="27 people, the U.S."),
          T("killing", at="killing three"),
          notes="'U.S. troops and Iraqi soldiers stormed the city before dawn on Friday the 6th of April, killing three insurgents and capturing 27 people, the U.S. military said.' -> killed 3 insurgents."),
        K("e4", "captured", A(None), None, C("27 people", num="27", value=27),
          L("the city", "IRQ", "Al-Qadisiyyah", 31.99, 44.93, 1, at="the city before dawn"), FRI0406,
          S("the U.S. military said", at="27 people, the U.S."), T("capturing"),
          notes="'... and capturing 27 people' -> captured 27 (who they were is not said -> actor/civilian null)."),
    ],
    hard_negatives=[
        H("110 miles", "distance"),
        H("three American vehicles", "count of vehicles"),
        H("a robot", "equipment, not a person"),
    ])

# ---------------------------------------------------------------- Iraq 2006: British helicopter downed in Basra
BAS = L("central Basra", "IRQ", "Basra", 30.51, 47.81, 1)
SAT0506 = D("2006-05-06", "on Saturday", at="Basra  on Saturday")
SAT0506c = D("2006-05-06", "on Saturday", at="Basra  on Saturday", derived_from_context=True)
ANN["wn_2006_05_07_iraq_basra_helicopter_downed"] = dict(
    events=[
        K("e1", "killed", A("GBR", "British", at="four British crew"), False, C("four crew members", num="four", value=4),
          L("Basra", "IRQ", "Basra", 30.51, 47.81, 1), SAT0506, None, T("killing", at="Saturday killing"),
          alt_mentions=[S("the four British crew members")],
          notes="'A British military helicopter crashed in Basra on Saturday killing four crew members.' -> killed 4 (the police spokesman's 'the four British crew members charred in the wreckage' restates them; actor surface from there). Saturday in a Sunday story = 6 May 2006."),
        K("e2", "wounded", A(None), True, C("An AFP photographer", num="An", value=1), L("Basra", "IRQ", "Basra", 30.51, 47.81, 1),
          SAT0506c, None, T("wounded", at="shot and wounded"),
          notes="'During the conflict, An AFP photographer was shot and wounded in the leg by a rubber-coated bullet.' -> wounded 1 journalist (civilian true)."),
        K("e3", "killed", A(None), None, C("one man", num="one", value=1, at="one man dead"), L("Basra", "IRQ", "Basra", 30.51, 47.81, 1),
          SAT0506c, S("the journalist said"), T("dead", at="one man dead"),
          notes="'the journalist said that British soldiers raised their rifles and shot one man dead' -> killed 1 (the later 'shot the driver of a car ... dead' has no count word: hard negative)."),
        K("e4", "killed", A("IRQ", "Iraqis", at="four Iraqis"), True, C("four Iraqis", num="four", value=4),
          L("Basra", "IRQ", "Basra", 30.51, 47.81, 1), SAT0506c, None, T("deaths", at="addition deaths"),
          alt_mentions=[S("four Iraqi civilians")],
          notes="'British and Shi'ite gunmen exchanged fire which resulted in the addition deaths of four Iraqis including two children.' -> killed 4; the policeman's 'four Iraqi civilians, including two children, were killed' restates the figure (alt_mention) and makes them civilians."),
        K("e5", "killed", A("IRQ"), True, C("two children", num="two", value=2), L("Basra", "IRQ", "Basra", 30.51, 47.81, 1),
          SAT0506c, None, T("deaths", at="addition deaths"), part_of="e4",
          notes="'including two children' -> killed 2 children, part of the four."),
        K("e6", "wounded", A(None), True, C("An estimated 30 civilians", num="30", value=30, approx=True, qualifier="an estimated"),
          L("Basra", "IRQ", "Basra", 30.51, 47.81, 1), SAT0506c, None, T("injured", at="reportedly injured"), hedge="reportedly",
          notes="'An estimated 30 civilians were reportedly injured in the melee.' -> wounded, about 30 civilians."),
        K("e7", "wounded", A(None), None, C("another 19", num="19", value=19), L("Basra", "IRQ", "Basra", 30.51, 47.81, 1),
          SAT0506c, S("An Iraqi policeman in Basra said"), T("wounded", at="19 wounded"),
          notes="'An Iraqi policeman in Basra said ... four Iraqi civilians ... were killed and another 19 wounded in the fighting.' -> wounded 19 (a different figure from a different source than the 30; GUIDELINES 6)."),
    ],
    hard_negatives=[
        H("two burnt crew members", "sighting of two of the four dead crew; not a new count"),
        H("no causalities on the ground", "negated casualties"),
        H("hundreds of people from the local area", "a celebrating crowd, not casualties"),
        H("two tanks and one land rover", "count of vehicles"),
        H("shot the driver of a car", "a single person with no count word ('the driver')"),
    ])

# ---------------------------------------------------------------- Lebanon 2008: Tripoli and Beirut fighting
LBN4 = D("2008-05-07/2008-05-11", "Over the past four days", derived_from_context=True, approx=True)
ANN["wn_2008_05_11_lebanon_tripoli_beirut_fighting"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("Over thirty people", num="thirty", value=30, low=30, qualifier="over"),
          L("Lebanon", "LBN", None, None, None, 4, at="fighting in Lebanon"), LBN4, None, T("died", at="have died"),
          notes=("'Over thirty people have died as a result of several days of fighting in Lebanon, with the latest violence "
                 "having occurred in the Lebanese city of Tripoli.' -> killed, more than 30, nationwide. 'several days' "
                 "is dated by the next paragraph's 'Over the past four days' (7-11 May 2008; approx, derived). Mixed "
                 "toll of Hezbollah and government supporters with no side given -> actor null.")),
        K("e2", "killed", A(None), None, C("the 36 deaths", num="36", value=36), L("Lebanon", "LBN", None, None, None, 4, at="fighting in Lebanon"),
          LBN4, None, T("deaths", at="36 deaths"),
          notes="'In addition to the 36 deaths from the violence, ...' -> killed 36, a second, more precise figure for the same fighting (kept as a separate claim, GUIDELINES 6)."),
        K("e3", "wounded", A(None), None, C("over ten dozen people", num="ten dozen", value=120, low=120, approx=True, qualifier="over"),
          L("Lebanon", "LBN", None, None, None, 4, at="fighting in Lebanon"), LBN4, None, T("wounded", at="have been wounded"),
          notes="'over ten dozen people have been wounded, some seriously' -> wounded, ten dozen = 120, lower bound."),
    ],
    hard_negatives=[
        H("Approximately 7000 people", "people evacuated (displaced), out of scope"),
        H("two decisions", "count of decisions"),
    ])

# ---------------------------------------------------------------- Bangladesh 2005: serial bombs
ANN["wn_2005_08_17_bangladesh_serial_bombs"] = dict(
    events=[
        K("e1", "wounded", A(None), None, C("at least 125 people", num="125", value=125, low=125, qualifier="at least"),
          L("Bangladesh", "BGD", None, None, None, 4), D(None), None, T("injured", at="have been injured"),
          notes="'To date at least 125 people have been injured and two people have been killed.' -> wounded, at least 125, nationwide. The text gives no day for the blasts ('To date' only) -> date null (the publication day is the day of the bombings, but the text does not say so)."),
        K("e2", "killed", A(None), None, C("two people", num="two", value=2), L("Bangladesh", "BGD", None, None, None, 4), D(None),
          None, T("killed", at="have been killed"), is_total=True,
          alt_mentions=[S("The two people killed")], notes="'two people have been killed' -> killed 2 (total; the next sentence itemizes them)."),
        K("e3", "killed", A(None), True, C("a bicycle rickshaw driver", num="a", value=1),
          L("the northern town of Chapainawabganj", "BGD", "Rajshahi", 24.60, 88.27, 1), D(None), None,
          T("killed", at="two people killed"), part_of="e2",
          notes="'The two people killed were a bicycle rickshaw driver in the northern town of Chapainawabganj and a 10-year-old boy in the central town of Savar.' -> killed 1 (civilian)."),
        K("e4", "killed", A(None), True, C("a 10-year-old boy", num="a", value=1),
          L("the central town of Savar", "BGD", "Dhaka", 23.86, 90.26, 1), D(None), None,
          T("killed", at="two people killed"), part_of="e2", notes="'a 10-year-old boy in the central town of Savar' -> killed 1 child (the age is not the count)."),
    ],
    hard_negatives=[
        H("around 459 small explosions", "count of explosions"),
        H("third largest Muslim population", "ranking, not a count of people"),
    ])

# ---------------------------------------------------------------- Lebanon 2005: Jounieh shopping centre bomb
JOU = L("a shopping center near the port of Jounie", "LBN", "Mount Lebanon", 33.98, 35.62, 2)
ANN["wn_2005_03_23_lebanon_jounieh_mall_bomb"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("Three people", num="Three", value=3), JOU,
          D("2005-03-23", "around 1:30am local time", derived_from_context=True), None, T("dead", at="are dead"),
          notes="'Three people are dead and five are injured after an explosion tore through a shopping center near the port of Jounie, 20 kilometres north of Beirut, Lebanon.' -> killed 3. 'exploded around 1:30am local time' in a same-day report -> the publication day (GUIDELINES 10). Near the port -> precision 2."),
        K("e2", "wounded", A(None), None, C("five", value=5, at="five are injured"), JOU,
          D("2005-03-23", "around 1:30am local time", derived_from_context=True), None, T("injured", at="are injured"),
          notes="'... and five are injured' -> wounded 5."),
    ],
    hard_negatives=[
        H("20 kilometres", "distance"),
        H("The 45-pound bomb", "weight of the bomb"),
        H("several hundred meters", "distance"),
    ])

# ---------------------------------------------------------------- Lebanon 2007: Beirut clashes
ANN["wn_2007_01_25_lebanon_beirut_sectarian_clashes"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("Four people", num="Four", value=4), L("Beirut", "LBN", "Beirut", 33.89, 35.50, 1),
          D("2007-01-25", "on January 25", derived_from_context=True), None, T("killed", at="were killed"),
          notes="'Fights between students in Beirut Arab University esacalated into clashes across the city on January 25 ... Four people were killed while and over a hundred and fifty were injured in the fighting' -> killed 4 (place: the city of Beirut, first named in the university's name)."),
        K("e2", "wounded", A(None), None, C("over a hundred and fifty", num="a hundred and fifty", value=150, low=150, qualifier="over"),
          L("Beirut", "LBN", "Beirut", 33.89, 35.50, 1), D("2007-01-25", "on January 25", derived_from_context=True), None,
          T("injured", at="were injured"), notes="'over a hundred and fifty were injured' -> wounded, more than 150."),
    ],
    hard_negatives=[
        H("The Lebanese army deployed armored vehicles", "deployment of vehicles with no count of troops"),
    ])

# ---------------------------------------------------------------- Kenya 2008: Nakuru and Molo
ANN["wn_2008_01_27_kenya_nakuru_molo_violence"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("At least 45 people", num="45", value=45, low=45, qualifier="at least"),
          L("the city of Nakuru", "KEN", "Nakuru", -0.30, 36.07, 1),
          D("2008-01-25/2008-01-27", "on Friday", at="broke out on Friday", derived_from_context=True), None,
          T("killed", at="have been killed"),
          notes="'At least 45 people have been killed in a new surge of violence that began after Kenya's disputed December 27 presidential election.' -> killed, at least 45. The new surge is placed in Nakuru and dated by 'new violence broke out on Friday' (25 January 2008) to the publication day (derived)."),
        K("e2", "killed", A(None), None, C("over 80 deaths", num="80", value=80, low=80, qualifier="over"),
          L("Kenya", "KEN", None, None, None, 4), D("2008-01-24/2008-01-27", "in the last 3 days"), S("Some sources have said"),
          T("deaths", at="80 deaths"), notes="'Some sources have said that there have been over 80 deaths in the last 3 days.' -> killed, more than 80, a different figure from other sources."),
        K("e3", "killed", A(None), None, C("nearly 800 people", num="800", value=800, high=800, approx=True, qualifier="nearly"),
          L("Kenya", "KEN", None, None, None, 4), D("2007-12-27/2008-01-27", "since the vote"), S("Officials estimate"),
          T("killed", at="800 people have been killed"), cumulative=True,
          notes="'Officials estimate that nearly 800 people have been killed since the vote' -> killed, nearly 800, running total since the 27 December 2007 vote."),
        K("e4", "killed", A(None), None, C("at least 15 people", num="15", value=15, low=15, qualifier="at least"),
          L("the town of Molo", "KEN", "Nakuru", -0.25, 35.73, 1), D(None), S("Police also said Saturday"),
          T("killed", at="15 people have been killed"), reported_date="2008-01-26",
          notes="'Police also said Saturday that at least 15 people have been killed in the town of Molo, west of Nakuru.' -> killed, at least 15; only the reporting day is given (reported_date 26 January 2008)."),
    ],
    hard_negatives=[
        H("230,000 votes", "vote margin"),
        H("tens of thousands of Kikuyus fled their homes", "displaced people"),
        H("two hours north of Nairobi", "travel time, not a count"),
    ])

# ---------------------------------------------------------------- Pakistan 2007: Karachi convoy bombing
KHI = L("Karachi", "PAK", "Sindh", 24.86, 67.01, 1, at="Karachi Airport")
ANN["wn_2007_10_18_pakistan_karachi_bhutto_convoy_bombing"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("at least 136 people", num="136", value=136, low=136, qualifier="at least"), KHI,
          D("2007-10-18", "Thursday night"), None, T("killed", at="which killed"), is_total=True,
          notes="'Former Pakistani Prime Minister Benazir Bhutto was the target of a bombing which killed at least 136 people Thursday night, hours after landing at Karachi Airport.' -> killed, at least 136 (Thursday = publication day). Place: Karachi (the bombing hit her convoy on the way from the airport)."),
        ev("e2", "presence", None, A("PAK"), False,
           C("more than 20,000 police and military troops", num="20,000", value=20000, low=20000, qualifier="more than"), KHI,
           D("2007-10-18", "Thursday night", derived_from_context=True), None, T("was met by"),
           notes="'Bhutto's arrival ... was met by more than 20,000 police and military troops.' -> presence, more than 20,000 Pakistani police and troops deployed for the arrival (police and soldiers in one count; actor PAK from context)."),
        K("e3", "killed", A("PAK"), False, C("At least 20 police", num="20", value=20, low=20, qualifier="at least"), KHI,
          D("2007-10-18", "Thursday night", derived_from_context=True), None, T("killed", at="police were killed"), part_of="e1",
          notes="'At least 20 police were killed in the bombing.' -> killed, at least 20 police, part of the 136."),
        K("e4", "captured", A(None), None, C("Two other men", num="Two", value=2), KHI,
          D("2007-10-18", "Thursday night", derived_from_context=True), None, T("taken into custody"),
          notes="'Two other men were taken into custody following the attacks, one carrying a belt of explosives and another carrying a pistol.' -> captured 2 suspects (no group named -> null)."),
        K("e5", "wounded", A(None), None, C("another 150 people", num="150", value=150), KHI,
          D("2007-10-18", "Thursday night", derived_from_context=True), S("Tariq Azim Khan  has stated"),
          T("injured", at="which injured"),
          notes="'Pakistani Minister of Information Tariq Azim Khan has stated that the attack, which injured another 150 people, was believed to be a suicide bombing.' -> wounded 150 ('another' = in addition to the dead)."),
    ],
    hard_negatives=[
        H("more than 100 supporters", "supporters travelling with Bhutto, not casualties"),
        H("eight years", "duration of exile"),
    ])

# ---------------------------------------------------------------- Macedonia 2007: police patrol ambushed
TAN = L("the village of Tanuševci", "MKD", "Skopje", 42.22, 21.38, 2)
ANN["wn_2007_10_25_macedonia_tanusevci_police_ambush"] = dict(
    events=[
        K("e1", "killed", A("MKD", "Macedonia n", at="A Macedonia n"), False, C("A Macedonia n police officer", num="A", value=1),
          TAN, D("2007-10-24", "yesterday", derived_from_context=True), None, T("killed", at="was killed"),
          notes="'A Macedonian police officer was killed and two were wounded in an attack with automatic rifles on their patrol vehicle near the border with Kosovo' -> killed 1 (police: civilian false). 'The ambush occurred yesterday, not far from the village of Tanusevci' -> 24 October 2007 (derived), near the village (precision 2). Conversion leftover 'Macedonia n' kept."),
        K("e2", "wounded", A("MKD"), False, C("two", value=2, at="two were wounded"), TAN,
          D("2007-10-24", "yesterday", derived_from_context=True), None, T("wounded", at="were wounded"),
          notes="'... and two were wounded' -> wounded 2 police officers."),
    ],
    hard_negatives=[
        H("in 2001", "year of earlier clashes"),
    ])

# ---------------------------------------------------------------- Brazil 2006: PCC attacks in Sao Paulo
SPS = L("the state of São Paulo, Brazil", "BRA", "São Paulo", None, None, 3)
SINCE = D("2006-05-12/2006-05-15", "Since Friday")
SINCEc = D("2006-05-12/2006-05-15", "Since Friday", derived_from_context=True)
ANN["wn_2006_05_15_brazil_sao_paulo_pcc_attacks"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("81 deaths", num="81", value=81), SPS, SINCE, None, T("deaths", at="81 deaths"),
          is_total=True, cumulative=True,
          notes=("'Since Friday, there have been 81 deaths: 22 military and 6 civil policemen, 8 prison personnel, 3 city "
                 "guards and 4 civilians have been targeted.' -> killed 81, running total since Friday 12 May 2006 (Monday "
                 "story). The listed groups add up to 43 (the rest are not itemized; attackers killed by police are not "
                 "mentioned); kept as written. Actor null (mixed).")),
        K("e2", "killed", A("BRA"), False, C("22 military", num="22", value=22), SPS, SINCEc, None, T("targeted"), part_of="e1",
          notes="'22 military ... policemen' -> killed 22 military policemen (the list after the colon itemizes the 81 deaths; police -> civilian false; actor BRA from context)."),
        K("e3", "killed", A("BRA"), False, C("6 civil policemen", num="6", value=6), SPS, SINCEc, None, T("targeted"), part_of="e1",
          notes="'6 civil policemen' -> killed 6."),
        K("e4", "killed", A("BRA"), False, C("8 prison personnel", num="8", value=8), SPS, SINCEc, None, T("targeted"), part_of="e1",
          notes="'8 prison personnel' -> killed 8 prison staff (state security personnel -> civilian false, close call)."),
        K("e5", "killed", A("BRA"), False, C("3 city guards", num="3", value=3), SPS, SINCEc, None, T("targeted"), part_of="e1",
          notes="'3 city guards' -> killed 3 municipal guards."),
        K("e6", "killed", A("BRA"), True, C("4 civilians", num="4", value=4), SPS, SINCEc, None, T("targeted"), part_of="e1",
          notes="'4 civilians' -> killed 4 civilians (actor BRA: Sao Paulo residents, plainly implied; close call)."),
        K("e7", "captured", A("PCC"), None, C("82 suspects", num="82", value=82),
          L("São Paulo", "BRA", "São Paulo", None, None, 3, at="State Police of São Paulo"), D(None), S("the State Police of São Paulo"),
          T("arrested"), notes="'the State Police of São Paulo have arrested 82 suspects' -> captured 82 (suspects in the PCC attacks; actor PCC from context, close call). No time word beyond the response -> null."),
    ],
    hard_negatives=[
        H("180 attacks", "count of attacks"),
        H("53 prison riots", "count of riots"),
        H("with hostages", "hostages with no count"),
        H("no confirmed count of wounded and dead", "no figure"),
        H("more than forty buses and banks", "count of buses and banks"),
        H("there haven't been any confirmed victims", "negated casualties"),
    ])

# ---------------------------------------------------------------- Egypt 2005: Sharm el-Sheikh bombings
SHM = L("Sharm el-Sheikh", "EGY", "South Sinai", 27.91, 34.33, 1, at="1am in Sharm")
SATX = D("2005-07-22/2005-07-23", "early Saturday morning", approx=True)
SATXc = D("2005-07-22/2005-07-23", "early Saturday morning", approx=True, derived_from_context=True)
ANN["wn_2005_07_22_egypt_sharm_el_sheikh_bombings"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("at least 88 people", num="88", value=88, low=88, qualifier="at least"), SHM, SATX, None,
          T("dead", at="people dead"), alt_mentions=[S("at least 88 people", at="So far the local police")],
          notes=("'A string of at least three explosions in Egyptian resort towns in the Sinai early Saturday morning has left "
                 "at least 88 people dead and over 200 more wounded.' -> killed, at least 88; the police confirmation of "
                 "'at least 88 people have been killed' restates it. Place: the blasts were in Sharm el-Sheikh and Naama "
                 "Bay (next sentence). Date: the blasts were at 1am local time on Saturday 23 July 2005 (22:00 UTC on 22 "
                 "July), but the story is dated Friday 22 July (Wikinews date category, US time), so the weekday rule "
                 "cannot be applied as written; interval 22-23 July, approx. Victims mostly Egyptians plus tourists of "
                 "many nationalities -> actor null.")),
        K("e2", "wounded", A(None), None, C("over 200 more", num="200", value=200, low=200, qualifier="over"), SHM, SATX, None,
          T("wounded", at="more wounded"), notes="'over 200 more wounded' -> wounded, more than 200."),
        K("e3", "wounded", A(None), None, C("between 120 and 200", num="120 and 200", value=None, low=120, high=200, approx=True,
                                            qualifier="between"), SHM, SATXc, S("the local police have confirmed"),
          T("wounded", at="200 were wounded"),
          notes="'So far the local police have confirmed that at least 88 people have been killed and between 120 and 200 were wounded.' -> wounded, 120-200 (a different figure from the lede's 'over 200'; separate claim)."),
        K("e4", "killed", A(None), None, C("34 people", num="34", value=34),
          L("Ras Shitan", "EGY", "South Sinai", 29.33, 34.77, 1), D("2004-10", "In October of last year"), None,
          T("killed", at="34 people were killed"),
          notes="'In October of last year, 34 people were killed in explosions in  and Ras Shitan, nearby resort areas popular with Israeli tourists.' -> killed 34 in October 2004 (the first place name, Taba, was lost in conversion; the remaining place is Ras Shitan)."),
    ],
    hard_negatives=[
        H("at least three explosions", "count of explosions"),
        H("two others about 15 minutes later", "two other blasts and a duration"),
        H("many of the injured", "no count"),
        H("Most of the casualties are Egyptians", "nationality breakdown with no count"),
    ])

# ---------------------------------------------------------------- Afghanistan 2007: Italian journalist kidnapped
ANN["wn_2007_03_10_afghanistan_italian_journalist_kidnapped"] = dict(
    events=[
        K("e1", "captured", A("AFG", "Afghan's", at="two Afghan's"), None, C("two Afghan's", num="two", value=2),
          L("Kandahar", "AFG", "Kandahar", None, None, 3, at="stronghold of Kandahar"),
          D("2007-03-05", "March 5", derived_from_context=True), S("Ahmadi has identified", at="who Ahmadi"),
          T("kidnapped", at="was kidnapped along"),
          notes=("'The Italian journalist was kidnapped along with two Afghan's, who Ahmadi has identified as Sayed Agha and "
                 "Ajmal' -> captured 2 Afghans (the journalist himself is a named individual with no count word; hard "
                 "negative). Date from 'the March 5 kidnapping' (derived). Place: he 'was on assignment in the former "
                 "Taliban stronghold of Kandahar' (province read, precision 3; close call). Their role (driver, "
                 "interpreter) is not stated -> civilian null. Source: the Taliban spokesman who named them (close call).")),
    ],
    hard_negatives=[
        H("the March 5 kidnapping of Italian  Daniele Mastrogiacomo", "named individual, no count word"),
        H("a man claiming to be a Briton", "the same named journalist as described by the Taliban; not a new count"),
        H("father of two", "family status"),
        H("Torsello was kidnapped on October 12th", "named individual, no count word"),
        H("three days before", "duration"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Kisak bombing near Mosul
KIS = L("an Iraqi police recruiting centre at Kisak, west of Mosul", "IRQ", "Nineveh", 36.40, 42.83, 1)
ANN["wn_2006_03_27_iraq_mosul_recruiting_centre_bombing"] = dict(
    events=[
        K("e1", "killed", A("IRQ", "Iraq i", at="Iraq i people"), None, C("at least 40 Iraq i people", num="40", value=40, low=40, qualifier="at least"),
          KIS, D("2006-03-27", "shortly after noon", derived_from_context=True), None, T("killed", at="has killed"),
          notes="'A bomb blast near the northern city of Mosul has killed at least 40 Iraqi people.' -> killed, at least 40 ('Iraq i' is a conversion leftover). The place is made specific by the U.S. military's 'an Iraqi police recruiting centre at Kisak, west of Mosul'. 'shortly after noon' in a same-day report -> the publication day (GUIDELINES 10)."),
        K("e2", "wounded", A(None), None, C("30 people", num="30", value=30), KIS, D("2006-03-27", "shortly after noon", derived_from_context=True),
          S("The Defence Ministry said"), T("injured", at="were injured"),
          notes="'The Defence Ministry said 30 people were injured in the blast' -> wounded 30."),
        K("e3", "killed", A(None), None, C("20 Shiites", num="20", value=20), L("a mosque compound in Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2),
          D(None), None, T("killing", at="the killing of 20"),
          notes="'The blast follows the killing of 20 Shiites at a mosque compound in Baghdad.' -> killed 20 (religious group, not a side; civilian not stated -> null). No day in this sentence -> null."),
        K("e4", "killed", A(None), None, C("22 people", num="22", value=22), L("a mosque compound in Baghdad", "IRQ", "Baghdad", 33.31, 44.37, 2),
          D("2006-03-26", "Sunday", at="22 people Sunday"), S("Shiites have blamed"), T("killing", at="for killing 22"),
          notes="'Shiites have blamed U.S. forces for killing 22 people Sunday' -> killed 22 on Sunday 26 March 2006, a different figure (and source) for what is probably the same raid as the 20 (separate claims, GUIDELINES 6; close call)."),
    ],
    hard_negatives=[
        H("no mosque was attacked", "denial, no count"),
    ])

# ---------------------------------------------------------------- Iraq 2005: Baghdad restaurant bombing
ANN["wn_2005_11_10_iraq_baghdad_restaurant_bombing"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("35", value=35, at="35 were"), L("a crowded Baghdad  restaurant", "IRQ", "Baghdad", 33.31, 44.37, 1),
          D("2005-11-10", "Thursday morning"), None, T("killed", at="reportedly killed"), hedge="reportedly",
          notes="'A suicide bomber detonated himself in a crowded Baghdad restaurant Thursday morning ... 35 were reportedly killed and 25 wounded in the blast.' -> killed 35 (victims not described; the restaurant was frequented by security forces -> actor/civilian null). Thursday = publication day."),
        K("e2", "wounded", A(None), None, C("25", value=25, at="25 wounded"), L("a crowded Baghdad  restaurant", "IRQ", "Baghdad", 33.31, 44.37, 1),
          D("2005-11-10", "Thursday morning"), None, T("wounded", at="25 wounded"), hedge="reportedly",
          notes="'... and 25 wounded' -> wounded 25."),
    ],
    hard_negatives=[
        H("A suicide bomber detonated himself", "the suicide attacker"),
        H("at least four Iraqi police patrols", "count of patrols (units), not people"),
        H("9:30", "time of day"),
    ])

# ---------------------------------------------------------------- Afghanistan 2005: Chinook downed near Asadabad
ANN["wn_2005_06_29_afghanistan_kunar_chinook_downed"] = dict(
    events=[
        K("e1", "missing", A("USA", "US", at="US military"), False, C("17 servicemen", num="17", value=17),
          L("near Asadabad, Afghanistan", "AFG", "Kunar", 34.87, 71.15, 2), D("2005-06-28", "June 28"),
          S("The US military has confirmed"), T("unknown", at="is unknown"),
          notes=("'The US military has confirmed that 17 servicemen were onboard a CH-47 Chinook helicopter that has "
                 "crashed near Asadabad, Afghanistan, on June 28. The fate of the men ... is unknown.' -> missing 17 "
                 "(fate unknown; close call: no casualty is stated, annotated as missing). Actor USA from 'The US "
                 "military' (close call).")),
        K("e2", "killed", A(None), False, C("At least 29 service men", num="29", value=29, low=29, qualifier="At least"),
          L("Afghanistan", "AFG", None, None, None, 4, at="in Afghanistan this year"), D("2005-01-01/2005-06-29", "this year"),
          None, T("died", at="have died"), cumulative=True,
          notes="'At least 29 service men have died in Afghanistan this year' -> killed, at least 29 servicemen, running total 2005 (whose forces is not said -> actor null)."),
        K("e3", "killed", A(None), None, C("at least 450 people", num="450", value=450, low=450, qualifier="at least"),
          L("Afghanistan", "AFG", None, None, None, 4, at="in Afghanistan this year"),
          D("2005-03-29/2005-06-29", "in the last three months"), None, T("killed", at="have been killed in the last"),
          cumulative=True,
          notes="'while at least 450 people have been killed in the last three months, mostly militants' -> killed, at least 450, mostly militants (civilian null; actor null)."),
    ],
    hard_negatives=[
        H("the loss of 18 lives", "deaths in a helicopter crash caused by a sandstorm (not conflict)"),
        H("Coalition and Afghan troops moved into the area", "deployment with no count"),
    ])

# ---------------------------------------------------------------- Iraq 2006: Garmat Ali raid; Tuz Khurmatu cafe bombing
GAR = L("the Garmat Ali tribal area", "IRQ", "Basra", 30.60, 47.75, 2)
TUZ = L("the town of Tuz Khurmatu", "IRQ", "Salah ad Din", 34.88, 44.63, 1)
ANN["wn_2006_07_16_iraq_garmat_ali_tuz_khurmatu"] = dict(
    events=[
        K("e1", "wounded", A("GBR"), False, C("two servicemen", num="two", value=2), GAR, D("2006-07-15", "on Saturday", at="area on Saturday"),
          None, T("gunshot wounds"),
          notes="'Corporal John Johnston Cosby ... was one of two servicemen who sustained gunshot wounds after coming under fire by suspected terrorists in the Garmat Ali tribal area on Saturday.' -> wounded 2 British soldiers (actor GBR from 'The Ministry of Defence has named the British soldier'). Saturday in a Sunday story = 15 July 2006."),
        K("e2", "killed", A("GBR"), False, C("one of the soldiers", num="one", value=1), GAR,
          D("2006-07-15", "on Saturday", at="area on Saturday", derived_from_context=True), S("a statement issued by the Ministry of Defence"),
          T("died", at="subsequently died"), part_of="e1",
          notes="'\"It is with great regret that we can confirm one of the soldiers has subsequently died of these injuries,\" said a statement issued by the Ministry of Defence.' -> killed 1, part of the two wounded (GUIDELINES 2)."),
        K("e3", "captured", A(None), None, C("Two men", num="Two", value=2), GAR,
          D("2006-07-15", "on Saturday", at="area on Saturday", derived_from_context=True), None, T("detained"),
          notes="'Two men suspected of being involved with serious crime and terrorism were detained as a result of the operation.' -> captured 2 suspects."),
        K("e4", "killed", A("GBR", "British", at="114 British"), False, C("114 British troops", num="114", value=114),
          L("Iraq", "IRQ", None, None, None, 4, at="died in Iraq"), D(None), None, T("died", at="have died in Iraq"), cumulative=True,
          notes="'So far, 114 British troops have died in Iraq.' -> killed 114, running total with no start -> date null."),
        K("e5", "killed", A("IRQ", "Iraqi", at="19 Iraqi"), True, C("at least 19 Iraqi civilians", num="19", value=19, low=19, qualifier="at least"),
          TUZ, D("2006-07-16", "today", at="country today"), None, T("killed", at="civilians were killed"),
          notes="'Elsewhere in the country today, at least 19 Iraqi civilians were killed and 25 injured in a suicide bomb attack in a crowded cafe. The attack took place in the town of Tuz Khurmatu' -> killed, at least 19 civilians (place from the next sentence)."),
        K("e6", "wounded", A("IRQ"), True, C("25", value=25, at="25 injured"), TUZ, D("2006-07-16", "today", at="country today"), None,
          T("injured", at="25 injured"), notes="'... and 25 injured' -> wounded 25 (civilians by the same sentence)."),
    ],
    hard_negatives=[
        H("27 year-old", "age of the named soldier"),
        H("The other soldier", "restates the second wounded soldier"),
        H("50 miles", "distance"),
    ])

# ---------------------------------------------------------------- Pakistan 2005: Fatahpur blast
FAT = L("near a mosque in Fatahpur, Pakistan", "PAK", "Balochistan", 28.22, 67.64, 2)
ANN["wn_2005_03_20_pakistan_fatahpur_mosque_blast"] = dict(
    events=[
        K("e1", "killed", A(None), True, C("Thirty-five worshippers", num="Thirty-five", value=35), FAT, D(None), None,
          T("dead", at="confirmed dead"), alt_mentions=[S("35 bodies")],
          notes=("'Thirty-five worshippers are confirmed dead and many are injured after an explosion near a mosque in "
                 "Fatahpur, Pakistan, at 10:30 pm local time (1730 UTC).' -> killed 35 worshippers (civilian true); the "
                 "administrator's '35 bodies have been counted' restates the figure. The clock time has no day (the blast "
                 "was on the evening of 19 March 2005, which the text does not say) -> date null.")),
    ],
    hard_negatives=[
        H("many are injured", "wounded with no count"),
        H("about 300km", "distance"),
        H("No one has has claimed", "no count (claim of responsibility)"),
    ])

# ---------------------------------------------------------------- VOA 2013: Sanamein, Daraa
SAN = L("the town of Sanamein", "SYR", "Daraa", 33.07, 36.18, 1)
WED0410 = D("2013-04-10", "Wednesday", at="happened Wednesday", derived_from_context=True)
ANN["voa_2013_04_11_syria_sanamein_battle"] = dict(
    events=[
        K("e1", "killed", A(["SYR", "rebels"]), True, C("at least 50 people", num="50", value=50, low=50, qualifier="at least"),
          SAN, WED0410, S("Syrian rights activists say"), T("killed", at="has killed"), is_total=True,
          notes=("'Syrian rights activists say a battle between government and rebel forces in the southern province of Daraa "
                 "has killed at least 50 people, more than half of them civilians.' -> killed, at least 50; the next "
                 "sentence gives the day ('happened Wednesday' = 10 April 2013, derived) and the town. A toll covering "
                 "both sides and civilians, more than half civilians -> actor list of both sides, civilian true "
                 "(GUIDELINES 10; close call).")),
        K("e2", "killed", A("SYR"), True, C("at least 29 civilians", num="29", value=29, low=29, qualifier="at least"), SAN, WED0410,
          S("The group said"), T("killed", at="Sanamein killed"), part_of="e1",
          notes="'The group said the battle for Sanamein killed at least 29 civilians, 16 rebels and nine pro-Assad troops' -> killed, at least 29 civilians (Syrian, plainly implied)."),
        K("e3", "killed", A("rebels", "rebels", at="16 rebels"), False, C("16 rebels", num="16", value=16), SAN, WED0410,
          S("The group said"), T("killed", at="Sanamein killed"), part_of="e1", notes="'16 rebels' -> killed 16."),
        K("e4", "killed", A("SYR", "pro-Assad", at="nine pro-Assad"), False, C("nine pro-Assad troops", num="nine", value=9), SAN, WED0410,
          S("The group said"), T("killed", at="Sanamein killed"), part_of="e1", notes="'nine pro-Assad troops' -> killed 9 government troops."),
        K("e5", "killed", A("SYR"), False, C("its four-man crew", num="four", value=4),
          L("the northern province of Idlib", "SYR", "Idlib", None, None, 3), D("2013-04-11", "on Thursday", at="Idlib on Thursday", derived_from_context=True),
          None, T("bodies", at="bodies of its four"),
          notes=("'rebels said that they shot down a government helicopter in the northern province of Idlib on Thursday ... "
                 "Another activist Internet video showed ... the bodies of its four-man crew sprawled around a field.' -> "
                 "killed 4 (implied by 'the bodies'; GUIDELINES 2), the government helicopter's crew (actor SYR). "
                 "Thursday = publication day.")),
        K("e6", "killed", A("SYR"), True, C("more than 4,000", num="4,000", value=4000, low=4000, qualifier="more than"),
          None, D("2012-06/2013-04-11", "since the middle of last year", approx=True), S("Human Rights Watch said"),
          T("killing", at="killing more than"), cumulative=True,
          notes="'Human Rights Watch said the Assad government also has used helicopters and fighter jets to carry out deliberate and indiscriminate attacks against civilians, killing more than 4,000 since the middle of last year.' -> killed, more than 4,000 civilians, running total from mid-2012 (approx) to publication; no place named in the sentence -> null."),
    ],
    hard_negatives=[
        H("more than half of them civilians", "proportion of the 50, not a separate count"),
        H("children among the dead", "no count"),
    ])

# ---------------------------------------------------------------- VOA 2012: 34 killed in Syria
TUE0612 = D("2012-06-12", "Tuesday", at="killed Tuesday")
TUE0612c = D("2012-06-12", "Tuesday", at="killed Tuesday", derived_from_context=True)
ANN["voa_2012_06_12_syria_34_killed_haffeh"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("at least 34 people", num="34", value=34, low=34, qualifier="at least"), None, TUE0612,
          S("Syrian rights groups say"), T("killed", at="were killed Tuesday"), is_total=True,
          notes="'Syrian rights groups say at least 34 people were killed Tuesday as government forces continued attacks on rebel strongholds' -> killed, at least 34 (Tuesday = publication day). No single place (the breakdown names three cities) -> null; mixed (civilians and soldiers) -> actor null."),
        K("e2", "killed", A("SYR"), True, C("14 civilians", num="14", value=14), L("Deir al-Zour", "SYR", "Deir ez-Zor", 35.34, 40.14, 1),
          TUE0612c, S("The Local Coordination Committees, an activist group with members throughout Syria, said"),
          T("dead", at="civilians dead"), part_of="e1",
          notes="'The Local Coordination Committees ... said the casualties include 14 civilians dead in Deir al-Zour, 10 in Homs and eight in Aleppo.' -> killed 14 civilians (Syrian, plainly implied)."),
        K("e3", "killed", A("SYR"), True, C("10", value=10, at="10 in Homs"), L("Homs", "SYR", "Homs", 34.73, 36.72, 1, at="10 in Homs"),
          TUE0612c, S("The Local Coordination Committees, an activist group with members throughout Syria, said"),
          T("dead", at="civilians dead"), part_of="e1", notes="'10 in Homs' -> killed 10 (civilians; noun elided)."),
        K("e4", "killed", A("SYR"), True, C("eight", value=8, at="eight in Aleppo"), L("Aleppo", "SYR", "Aleppo", 36.20, 37.16, 1),
          TUE0612c, S("The Local Coordination Committees, an activist group with members throughout Syria, said"),
          T("dead", at="civilians dead"), part_of="e1", notes="'eight in Aleppo' -> killed 8 (civilians; noun elided)."),
    ],
    hard_negatives=[
        H("A number of government soldiers", "soldiers killed with no count"),
        H("None of the observers was injured", "negated casualties"),
        H("a crowd of what appeared to be local residents", "a crowd, no count"),
    ])

# ---------------------------------------------------------------- VOA 2013: South Sudan, Bor retaken; peacekeepers; Marines
SSD = L("South Sudan", "SSD", None, None, None, 4, at="peacekeepers to South Sudan")
BEN = L("the town of Bentiu", "SSD", "Unity", 9.23, 29.80, 1)
ANN["voa_2013_12_24_south_sudan_bor_retaken_peacekeepers"] = dict(
    events=[
        ev("e1", "deployment", None, A("UN", "United Nations"), False, C("5,500 additional peacekeepers", num="5,500", value=5500),
           SSD, D("2013-12-24", "Tuesday", at="voted Tuesday"), None, T("send"), planned=True,
           notes="'The United Nations Security Council voted Tuesday on a resolution to send 5,500 additional peacekeepers to South Sudan, boosting its force to 12,500.' -> deployment 5,500 UN peacekeepers (planned; voted 24 December 2013)."),
        ev("e2", "presence", None, A("UN"), False, C("12,500", value=12500), SSD,
           D("2013-12-24", "Tuesday", at="voted Tuesday", derived_from_context=True), None, T("boosting its force to"), planned=True,
           notes="'boosting its force to 12,500' -> presence, planned force level of 12,500 (the reinforcement and the total are not linked by part_of: different types)."),
        K("e3", "killed", A(None), None, C("hundreds", value=None, low=200, approx=True, qualifier="hundreds", at="hundreds dead"),
          SSD, D("2013-12-15/2013-12-24", "December 15", derived_from_context=True), None, T("dead", at="hundreds dead"),
          cumulative=True,
          notes="'Fighting that followed an alleged coup attempt last week has left hundreds dead and displaced more than 80,000 people' -> killed, hundreds (low 200), running total since the alleged coup attempt of 15 December 2013 (the date given later in the text; derived)."),
        ev("e4", "deployment", None, A("USA", "U.S.", at="U.S. facilities"), False, C("150 Marines", num="150", value=150),
           L("Djibouti", "DJI", None, None, None, 4), D(None), S("The United States says"), T("moved to"),
           notes="'The United States says 150 Marines have been moved to Djibouti, ready to enter South Sudan to evacuate Americans and protect U.S. facilities.' -> deployment 150 US Marines to Djibouti (the destination of the move; South Sudan is a possible next step). No time word -> null."),
        K("e5", "killed", A(None), None, C("14 bodies", num="14", value=14), BEN, D(None), S("Spokeswoman Ravina Shamdasani told VOA"),
          T("bodies", at="14 bodies"), reported_date="2013-12-24",
          notes="'a U.N. official saw 14 bodies in a grave and 20 at a nearby riverside' -> killed 14 (implied by 'bodies'; GUIDELINES 2); the discovery was reported 'On Tuesday' (reported_date); when they died is not said."),
        K("e6", "killed", A(None), None, C("20", value=20, at="20 at a nearby"), L("a nearby riverside", "SSD", "Unity", 9.23, 29.80, 2),
          D(None), S("Spokeswoman Ravina Shamdasani told VOA"), T("bodies", at="14 bodies"), reported_date="2013-12-24",
          notes="'... and 20 at a nearby riverside' -> killed 20 (bodies; noun elided)."),
        K("e7", "missing", A("SSD", "Dinka army", at="Dinka army"), False,
          C("some 75 Dinka army soldiers", num="75", value=75, approx=True, qualifier="some"), BEN, D(None), S("She indicated"),
          T("unaccounted for"), reported_date="2013-12-24",
          notes="'She indicated the bodies could be those of some 75 Dinka army soldiers unaccounted for and feared dead.' -> missing, about 75 South Sudanese army soldiers (unaccounted for; 'feared dead' is a hedge, not a death)."),
    ],
    hard_negatives=[
        H("two state capitals", "count of towns"),
        H("more than 80,000 people", "displaced people"),
        H("renegade soldiers", "soldiers with no count"),
    ])

# ---------------------------------------------------------------- VOA 2014: South Sudan, Malakal
ANN["voa_2014_01_15_south_sudan_malakal_clashes"] = dict(
    events=[
        K("e1", "wounded", A(None), None, C("hundreds of people", num="hundreds", value=None, low=200, approx=True, qualifier="hundreds"),
          L("Upper Nile, Unity and Jonglei states", "SSD", None, None, None, 3), D("2014-01-12/2014-01-15", "over the past few days", approx=True),
          S("Doctors Without Borders says"), T("wounded", at="have been wounded"), is_total=True,
          notes="'Doctors Without Borders says hundreds of people have been wounded over the past few days from fighting in Upper Nile, Unity and Jonglei states.' -> wounded, hundreds (low 200); 'the past few days' read as about three days before the Wednesday publication (approx)."),
        K("e2", "wounded", A(None), None, C("116 people", num="116", value=116),
          L("Malakal and the Upper Nile state community of Nasir", "SSD", "Upper Nile", None, None, 3), D(None),
          S("the relief group said"), T("gunshot wounds"), part_of="e1", reported_date="2014-01-15",
          notes="'In a Wednesday statement, the relief group said it had treated 116 people for gunshot wounds in Malakal and the Upper Nile state community of Nasir.' -> wounded 116 (treated for gunshot wounds), part of the hundreds; two places in one state -> precision 3. Only the statement's day is given (reported_date)."),
        K("e3", "killed", A(None), None, C("at least 1,000 people", num="1,000", value=1000, low=1000, qualifier="at least"),
          None, D(None), S("The U.N. says"), T("dead", at="people dead"),
          cumulative=True,
          notes="'The U.N. says the unrest has left at least 1,000 people dead and more than 400,000 displaced.' -> killed, at least 1,000, running total with no start given -> date null; no place in the sentence (the country is implied) -> location null."),
    ],
    hard_negatives=[
        H("more than 400,000", "displaced people"),
        H("the rebels said they had captured Malakal", "capture of a town, not people"),
    ])

# ---------------------------------------------------------------- VOA 2016: Nagorno-Karabakh
NK = L("Nagorno-Karabakh", "AZE", None, None, None, 3)
ANN["voa_2016_04_02_nagorno_karabakh_fighting"] = dict(
    events=[
        K("e1", "killed", A("AZE", "Azerbaijan", at="Azerbaijan officials"), False, C("12 of its soldiers", num="12", value=12), NK, D(None),
          S("Media reports on Saturday quoted Azerbaijan officials as saying"), T("killed", at="had been killed. Armenian"),
          reported_date="2016-04-02",
          notes="'Media reports on Saturday quoted Azerbaijan officials as saying that 12 of its soldiers had been killed.' -> killed 12 Azerbaijani soldiers; only the reporting day is given (Saturday 2 April 2016 = publication day) -> date null, reported_date. Place: the region of the fighting (internationally part of Azerbaijan -> AZE; precision 3)."),
        K("e2", "killed", A("ARM", "Armenian", at="18 Armenian"), False, C("18 Armenian soldiers", num="18", value=18), NK, D(None),
          S("Armenian President Serzh Sarkisian said in a televised statement"), T("killed", at="Armenian soldiers had been killed"),
          notes="'Armenian President Serzh Sarkisian said in a televised statement that 18 Armenian soldiers had been killed.' -> killed 18 (actor ARM as the text says 'Armenian'; no day for the statement -> null)."),
    ],
    hard_negatives=[
        H("Both sides also reported civilian casualties", "casualties with no count"),
        H("one of its military helicopters", "an aircraft, not people"),
        H("There was no information on what happened to the crew", "crew with no count and no stated fate"),
        H("two-decade-old", "duration"),
    ])

# ---------------------------------------------------------------- VOA 2015: English newscast (Kunduz, CAR, NATO)
KDZ = L("a hospital in Kunduz, Afghanistan", "AFG", "Kunduz", 36.73, 68.86, 1)
ANN["voa_2015_10_08_english_newscast"] = dict(
    events=[
        ev("e1", "presence", None, A("NATO", "the alliance"), False, C("40,000 troops", num="40,000", value=40000), None, D(None),
           S("NATO Secretary General Jens Stoltenberg said"), T("double the size"), planned=True,
           notes="'NATO Secretary General Jens Stoltenberg said the alliance will double the size of its rapid response force, to 40,000 troops.' -> presence, planned force level of 40,000 NATO troops (no place and no date for the doubling -> null)."),
        K("e2", "missing", A(None), True, C("33 people", num="33", value=33), KDZ, D(None), S("Doctors Without Borders says"),
          T("still missing"), is_total=True,
          notes="'The medical aid group Doctors Without Borders says 33 people are still missing following the U.S. airstrike on a hospital in Kunduz, Afghanistan.' -> missing 33 (patients and staff, next sentences -> civilian true). The airstrike's date is not given in the text -> null."),
        K("e3", "killed", A(None), True, C("Twenty-two people", num="Twenty-two", value=22), KDZ, D(None), None, T("killed", at="were killed in the strike"),
          notes="'Twenty-two people were killed in the strike, which U-S officials say was a mistake.' -> killed 22 at the hospital (civilian true by coreference with the hospital's patients and staff, close call)."),
        K("e4", "missing", A(None), True, C("nine of the unaccounted-for", num="nine", value=9), KDZ, D(None), S("The group said"),
          T("unaccounted-for"), part_of="e2", notes="'The group said nine of the unaccounted-for are patients and 24 are staff members.' -> missing 9 patients, part of the 33."),
        K("e5", "missing", A(None), True, C("24", value=24, at="24 are staff"), KDZ, D(None), S("The group said"),
          T("unaccounted-for"), part_of="e2", notes="'... and 24 are staff members' -> missing 24 staff, part of the 33."),
        K("e6", "killed", A("UN"), False, C("one peacekeeper", num="one", value=1),
          L("north of the capital, Bangui", "CAF", "Bangui", 4.39, 18.56, 2), D(None), S("The United Nations is reporting"),
          T("dead", at="(is) dead"), notes="'The United Nations is reporting one peacekeeper in the Central African Republic (is) dead and another wounded in an attack north of the capital, Bangui.' -> killed 1 UN peacekeeper; no day given -> null."),
        K("e7", "wounded", A("UN"), False, C("another", value=1, at="another wounded"),
          L("north of the capital, Bangui", "CAF", "Bangui", 4.39, 18.56, 2), D(None), S("The United Nations is reporting"),
          T("wounded", at="another wounded"), notes="'... and another wounded' -> wounded 1 peacekeeper ('another' + elided noun)."),
    ],
    hard_negatives=[
        H("four Russian cruise missiles", "count of missiles"),
        H("two other Congressmen", "politicians, not a conflict count"),
    ])

# ---------------------------------------------------------------- VOA 2013: CAR, Gaga
ANN["voa_2013_10_08_car_gaga_clashes"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("at least 23 people", num="23", value=23, low=23, qualifier="at least"),
          L("a remote village (Gaga) in CAR's northwestern region", "CAF", None, None, None, 3),
          D("2013-10-08", "early Tuesday", derived_from_context=True), None, T("dead", at="people dead"),
          notes=("'Clashes between local militias and the disbanded rebel group that backed the president of the Central "
                 "African Republic have left at least 23 people dead.' -> killed, at least 23 (both sides and residents "
                 "not distinguished -> actor null). Place and day from the next sentence ('erupted early Tuesday in a "
                 "remote village (Gaga) in CAR's northwestern region'); the village's coordinates are not known to the "
                 "annotator, so the region is coded (precision 3).")),
    ],
    hard_negatives=[
        H("10-year rule", "duration"),
        H("a coalition of armed groups", "no count"),
    ])

# ---------------------------------------------------------------- VOA 2014: CAR, Bambari
ANN["voa_2014_08_26_car_bambari_seleka_factions"] = dict(
    events=[
        K("e1", "killed", A(None), None, C("At least 17 people", num="17", value=17, low=17, qualifier="At least"),
          L("the central town of Bambari", "CAF", "Ouaka", 5.76, 20.68, 1), D("2014-08-25", "on Monday", derived_from_context=True),
          None, T("killed", at="have been killed"),
          notes="'At least 17 people have been killed in the Central African Republic in clashes between factions of the former Seleka rebel movement.' -> killed, at least 17 (fighters of two ex-Seleka factions and possibly others -> actor null). 'The fighting erupted on Monday in the central town of Bambari' -> Monday 25 August 2014 relative to the inferred Tuesday publication (derived; the publication date is itself an estimate)."),
    ],
    hard_negatives=[
        H("hundreds of thousands of Muslims", "displaced people"),
        H("French and African Union peacekeepers", "presence with no count"),
    ])

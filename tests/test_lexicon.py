"""Muster's data files: versioned, and no key that nothing reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CODE = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "pipeline").rglob("*.py"))


@pytest.mark.parametrize("name", ["lexicon", "places", "magnitudes", "quantities", "calendar",
                                  "manifest"])
def test_lexicon_data_files_are_versioned(name):
    data = json.loads((ROOT / "models" / f"{name}.json").read_text(encoding="utf-8"))
    assert isinstance(data["version"], str) and data["version"].count(".") == 2


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "models").glob("*.json")))
def test_no_data_file_names_a_key_twice(name):
    """JSON keeps the last of two equal keys: a list added under a name already used would
    silently replace the first one (a "raising_verbs" added for other words once did)."""
    def unique(pairs):
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
        return dict(pairs)
    json.loads((ROOT / "models" / f"{name}.json").read_text(encoding="utf-8"), object_pairs_hook=unique)


@pytest.mark.parametrize("name", ["lexicon", "places", "quantities", "calendar", "geo_features",
                                  "count_context", "date_words", "timex", "scoring", "gate"])
def test_lexicon_every_key_is_read_by_code(name):
    """A key nothing reads is a rule nobody applies: wire it or delete it."""
    data = json.loads((ROOT / "models" / f"{name}.json").read_text(encoding="utf-8"))
    unread = [key for key in data if key not in ("_about", "version")
              and f'"{key}"' not in CODE and f"'{key}'" not in CODE]
    assert unread == []


def test_lexicon_manifest_names_every_data_file():
    manifest = json.loads((ROOT / "models" / "manifest.json").read_text(encoding="utf-8"))
    files = {p.name for p in (ROOT / "models").iterdir() if p.suffix in (".json", ".tsv")} - {"manifest.json"}
    assert files <= set(manifest["files"])

"""Load Muster's own model assets (``models/``): versioned data files, not code.

Installed, they live in ``pipeline/models/`` (the ``pipeline.models`` package data); in a source
checkout run without installing, in the top-level ``models/`` folder. Both are looked up here
and nowhere else.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def models_dir() -> Path:
    """The folder holding the asset files, installed or in a checkout."""
    for candidate in (_PACKAGE_DIR / "models", _PACKAGE_DIR.parent / "models"):
        if (candidate / "manifest.json").is_file():
            return candidate
    raise FileNotFoundError("Muster's models/ folder is missing: reinstall muster-events")


@lru_cache(maxsize=None)
def load_json(name: str):
    """Parse one JSON asset once per process."""
    with open(models_dir() / name, encoding="utf-8") as handle:
        return json.load(handle)

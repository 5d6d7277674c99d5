"""spaCy-free text engines: the count grammar, the date normalizer, quantities with units."""

"""spaCy: the model, Muster's factories and the custom attributes they declare."""

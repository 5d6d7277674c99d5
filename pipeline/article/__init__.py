"""Article-level passes over an article's events (incidents, context, merging)."""

"""Rules that decide an event's fields, one module per field."""

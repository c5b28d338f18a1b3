"""Formats: the JSON archive (and later LinkedIn, vCard, CSV, calendar)."""

"""The Settings dialog and its tabs: rules, templates, mail, privacy."""

"""Formats: the JSON archive, the LinkedIn data export, vCard, CSV and the calendar.

``contacts`` is the one door for an import wizard (detect, preview, run); ``people_import`` holds what every
import of people shares (matching, fill-not-overwrite, job changes, the summary); ``sources`` reads files safely.
"""

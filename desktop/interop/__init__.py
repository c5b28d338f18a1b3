"""Formats: the JSON archive, the LinkedIn data export, vCard, CSV and the calendar.

``contacts`` is the one door for an import wizard (detect, preview, run); ``people_import`` holds what every
import of people shares besides writing (the summary, progress, skipped rows, contact lists); every import
writes its people through ``core.bulk_writer`` with values from ``core.person_values``; ``sources`` reads
files safely.
"""

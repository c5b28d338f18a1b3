"""The demo data sets: resources/demo/demo.json (Jana Berg, a job seeker) and demo-recruiter.json (Mara Köhler,
a recruiter with silver-medalist candidates: a persona of her own, mode ``recruiter``), written by
tools/make_demo.py as of DEMO_ANCHOR and moved to today on load."""

from __future__ import annotations

from datetime import date

from desktop.errors import InputError
from desktop.interop.archive import ImportSummary, import_document, read_document, shift_dates
from desktop.paths import DEMO_ARCHIVE, DEMO_RECRUITER_ARCHIVE
from desktop.store.models import Person

DEMO_ANCHOR = date(2026, 11, 26)


def load_demo(today: date, recruiter: bool = False) -> ImportSummary:
    """Fill an empty database with the demo set (the job seeker's, or the recruiter's), every date moved so that
    the anchor is ``today``."""
    existing = Person.select().count()
    if existing:
        raise InputError(f"the database already holds {existing} people; demo data goes into an empty database only")
    path = DEMO_RECRUITER_ARCHIVE if recruiter else DEMO_ARCHIVE
    document = shift_dates(read_document(path), (today - DEMO_ANCHOR).days)
    return import_document(document, str(path))

"""Where the shipped resources are (templates, demo data, icons, translations, the app icon).

They are the package data ``desktop.resources`` — the repository's top-level ``resources/`` folder,
mapped into the package by setup.py (a wheel, an editable install) and by build.spec (the frozen
app) — found through ``importlib.resources`` and never relative to this file. Rebound is never
installed zipped, so the package is a folder on disk, and Jinja2's loader and Qt's SVG renderer
get a real path.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

RESOURCES = Path(str(files("desktop.resources")))
DEMO_ARCHIVE = RESOURCES / "demo" / "demo.json"  # a job seeker
DEMO_RECRUITER_ARCHIVE = RESOURCES / "demo" / "demo-recruiter.json"  # a recruiter, with silver medalists

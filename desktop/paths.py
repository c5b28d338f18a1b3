"""Where the shipped resources are (templates, demo data, icons, translations, the app icon).

They are the package data ``desktop.resources`` — the repository's top-level ``resources/`` folder,
mapped into the package by setup.py (a wheel, an editable install) and by build.spec (the frozen
app) — found through the import system (its spec's folder) and never relative to this file. Rebound is never
installed zipped, so the package is a folder on disk, and Jinja2's loader and Qt's SVG renderer
get a real path.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _resources() -> Path:
    """The package's folder, as the import system found it: ``importlib.resources.files`` gives the same folder for a
    package on disk, but importing it (and its readers) cost 5 ms of every start, before the first paint."""
    spec = importlib.util.find_spec("desktop.resources")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if folders:
        return Path(folders[0])
    from importlib.resources import files  # a loader that keeps no folder of its own

    return Path(str(files("desktop.resources")))


RESOURCES = _resources()
DEMO_ARCHIVE = RESOURCES / "demo" / "demo.json"  # a job seeker
DEMO_RECRUITER_ARCHIVE = RESOURCES / "demo" / "demo-recruiter.json"  # a recruiter, with silver medalists

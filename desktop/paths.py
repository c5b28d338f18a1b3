"""Where the shipped resources are (templates, demo data, icons)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEMO_ARCHIVE = RESOURCES / "demo" / "demo.json"

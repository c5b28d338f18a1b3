"""Helpers of the `rebound` command tests: a small archive, an in-process runner, raw database peeks."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main

REPO = Path(__file__).resolve().parents[2]

TABLES = (
    "profile", "setting", "company", "person", "tag", "person_tag", "connection", "opening", "process",
    "process_contact", "interaction", "suggestion_state",
)  # fmt: skip

# companies 2 + people 5 + connections 1 + openings 1 + processes 1 + interactions 3 + suggestion states 1
SMALL_ARCHIVE_RECORDS = 14


def small_archive() -> dict[str, Any]:
    """A small but complete archive: every section, an accented name, two people called Sam Lee."""
    return {
        "format": "rebound-archive",
        "version": 1,
        "me": {"name": "Jana Berg", "mode": "job_seeker", "language": "en",
               "target_roles": ["Data Analyst"], "keywords": ["sql", "python"]},
        "settings": {"checkin_min_days": 60},
        "companies": [
            {"id": "c1", "name": "Acme GmbH", "domain": "acme.example", "careers_url": "https://acme.example/jobs"},
            {"id": "c2", "name": "Globex AG"},
        ],
        "people": [
            {"id": "p1", "name": "Tom Weber", "first_name": "Tom", "last_name": "Weber",
             "email": "Tom.Weber@Acme.example", "phone": None,
             "linkedin_url": "https://www.linkedin.com/in/tomweber", "company": "c1", "title": "Senior Recruiter",
             "role": "recruiter", "connected": True, "connected_on": "2024-05-01", "language": None,
             "do_not_contact": False, "archived": False, "tags": ["acme", "berlin"], "skills": [],
             "location": "Berlin"},
            {"id": "p2", "name": "Zoë Martin", "email": "zm@globex.example", "company": "c2",
             "title": "Engineering Manager", "role": "hiring_manager", "skills": ["python"]},
            {"id": "p3", "name": "Ali Khan", "company": "c1", "title": "Data Lead", "role": "interviewer"},
            {"id": "p4", "name": "Sam Lee", "role": "peer"},
            {"id": "p5", "name": "Sam Lee", "company": "c2", "role": "other"},
        ],
        "connections": [{"a": "p1", "b": "p3", "kind": "worked_with", "strength": 2, "since": "2023-01-01"}],
        "openings": [
            {"id": "o1", "company": "c1", "title": "Data Analyst", "url": "https://acme.example/jobs/17",
             "keywords": ["sql"], "status": "open", "discovered_on": "2026-01-10", "mine": False},
        ],
        "processes": [
            {"id": "r1", "opening": "o1", "candidate": None, "stage_reached": "final", "outcome": "rejected",
             "started_on": "2025-11-02", "ended_on": "2026-01-20", "reason": "Went with an internal candidate",
             "contacts": [{"person": "p1", "role": "recruiter"}, {"person": "p3", "role": "interviewer"}]},
        ],
        "interactions": [
            {"person": "p1", "kind": "rejection", "direction": "in", "at": "2026-01-20T09:30:00", "channel": "email",
             "subject": "Your application", "body": "Thank you for your time.", "opening": "o1", "process": "r1"},
            {"person": "p2", "kind": "email", "direction": "out", "at": "2026-02-01T14:00:00", "channel": "email",
             "subject": "Hello", "body": "Nice to meet you"},
            {"person": "p3", "kind": "note", "direction": "none", "at": "2026-02-03T08:00:00",
             "body": "Met at a meetup"},
        ],
        "suggestion_states": [{"key": "check_in/p2/", "state": "snoozed", "until": "2026-05-01"}],
    }  # fmt: skip


@dataclass(frozen=True)
class Result:
    """What a user sees of one `rebound` run."""

    code: int | str | None
    out: str
    err: str

    def assert_one_line_error(self, code: int) -> str:
        """The run failed with ``code``, one line on stderr, nothing on stdout, no traceback; returns the line."""
        assert self.code == code, f"exit {self.code!r}, expected {code}; stderr: {self.err!r}"
        assert "Traceback" not in self.err
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
        assert self.out == ""
        return lines[0]


def run(capsys: pytest.CaptureFixture[str], *args: object) -> Result:
    """``rebound ARGS`` in-process; argparse's SystemExit becomes the exit code."""
    capsys.readouterr()
    try:
        code: int | str | None = main([str(a) for a in args])
    except SystemExit as stop:
        code = stop.code
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def run_process(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS`` as a real process (the environment of the test, HOME etc. isolated)."""
    environment = {**os.environ, **(env or {}), "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *(str(a) for a in args)],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, env=environment, timeout=60, check=False,
    )  # fmt: skip


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def sql(db_path: Path, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run one statement on the file with plain sqlite3 (committed), returning its rows."""
    with closing(sqlite3.connect(db_path)) as connection:
        rows = connection.execute(statement, params).fetchall()
        connection.commit()
    return rows


def row_counts(db_path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db_path)) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def integrity(db_path: Path) -> str:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]

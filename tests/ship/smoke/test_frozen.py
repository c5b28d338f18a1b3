"""The frozen app (dist/Rebound/Rebound) works as the source install does: commands, the window, the keyring."""

from __future__ import annotations

import json
import marshal
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.ship.smoke.conftest import REPO, Built, Session, keyring_secret

VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@dataclass(frozen=True)
class Demo:
    database: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def demo(built: Built, session: Session) -> Demo:
    """The demo data loaded by the frozen app into a new database: encrypted, its key in the Secret Service."""
    env = session.home("frozen-user")
    database = session.scratch / "frozen-user" / "demo.db"
    loaded = session.run(built.frozen, "--db", str(database), "demo", env=env)
    assert loaded.code == 0, loaded.err
    assert loaded.out.startswith("Demo data loaded: "), loaded.out
    return Demo(database, env)


def test_the_frozen_app_tells_its_version(built: Built, session: Session) -> None:
    shown = session.run(built.frozen, "--version")
    assert (shown.code, shown.out, shown.err) == (0, f"Rebound {VERSION}\n", "")


def test_the_frozen_app_keeps_the_database_key_in_the_secret_service(demo: Demo, session: Session) -> None:
    assert not demo.database.read_bytes().startswith(b"SQLite format 3"), "the demo database is not encrypted"
    account = f"database:{demo.database}"
    assert keyring_secret(session, account).out == "found\n"


def test_the_frozen_app_suggests_with_drafts(built: Built, session: Session, demo: Demo) -> None:
    plan = session.run(built.frozen, "--db", str(demo.database), "suggest", "--json", env=demo.env)
    assert plan.code == 0, plan.err
    suggestions = json.loads(plan.out)
    assert len(suggestions) >= 5
    assert all(s["draft"]["body"].strip() and s["why"] for s in suggestions)


def test_the_frozen_app_exports_a_calendar_that_parses(built: Built, session: Session, demo: Demo) -> None:
    target = session.scratch / "frozen-user" / "plan.ics"
    exported = session.run(
        built.frozen, "--db", str(demo.database), "export", "ics", str(target), "--days", "30", env=demo.env
    )
    assert exported.code == 0, exported.err
    calendar = Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) >= 5
    assert all(event.get("SUMMARY") and event.get("DTSTART") for event in events)
    assert f"{len(events)} reconnects" in exported.err + exported.out


def test_the_frozen_app_checks_its_database(built: Built, session: Session, demo: Demo) -> None:
    checked = session.run(built.frozen, "--db", str(demo.database), "check", env=demo.env)
    assert checked.code == 0, checked.out + checked.err
    assert "Traceback" not in checked.err


def test_the_frozen_window_opens_offscreen_and_closes_with_exit_0(built: Built, session: Session, demo: Demo) -> None:
    env = {**demo.env, "REBOUND_QUIT_AFTER_START": "1"}
    started = session.run(built.frozen, "--db", str(demo.database), env=env)
    assert started.code == 0, started.err
    assert "Traceback" not in started.err


def _libraries_loaded(ld_debug: str) -> set[str]:
    """The shared libraries the dynamic loader initialised, from LD_DEBUG=libs output."""
    return {line.rsplit("/", 1)[-1] for line in ld_debug.splitlines() if "calling init:" in line}


def test_the_frozen_headless_commands_never_load_qt(built: Built, session: Session, demo: Demo) -> None:
    traced = {**demo.env, "LD_DEBUG": "libs"}

    headless = session.run(built.frozen, "--db", str(demo.database), "suggest", "--json", env=traced)
    window = session.run(built.frozen, "--db", str(demo.database), env={**traced, "REBOUND_QUIT_AFTER_START": "1"})

    assert headless.code == 0 and window.code == 0
    assert "libQt6Core.so.6" in _libraries_loaded(window.err)
    assert not {name for name in _libraries_loaded(headless.err) if "Qt6" in name or "pyside6" in name}


def test_the_frozen_app_carries_qt_charts_and_every_library_it_links(built: Built, session: Session) -> None:
    """The Insights charts (QtCharts, imported when the page first fills) load in the frozen app: the module and
    Qt's library are there, and the loader finds every library they link inside the folder or on the system."""
    internal = built.folder / "_internal" / "PySide6"
    charts = internal / "QtCharts.abi3.so"
    assert charts.is_file() and (internal / "Qt" / "lib" / "libQt6Charts.so.6").is_file()
    linked = session.run("ldd", str(charts), env={"LD_LIBRARY_PATH": str(internal / "Qt" / "lib")})
    assert linked.code == 0, linked.err
    assert "libQt6Charts.so.6" in linked.out and "not found" not in linked.out, linked.out


def test_the_frozen_app_carries_shibokens_support_modules_as_byte_code(built: Built) -> None:
    """shiboken imports the Python half of its support from ``files.dir`` beside its package when that folder is
    there, instead of compiling, at every start, the archive embedded in its library (tools/shiboken_files.py):
    every module is there with byte code made from it, marked not to be checked against its source."""
    folder = built.folder / "_internal" / "shiboken6" / "files.dir"
    assert (built.folder / "_internal" / "shiboken6" / "Shiboken.abi3.so").is_file()  # the package it lies beside
    modules = sorted(folder.rglob("*.py"))
    assert folder / "shibokensupport" / "signature" / "loader.py" in modules and len(modules) >= 10
    for module in modules:
        cached = (module.parent / "__pycache__" / f"{module.stem}.{sys.implementation.cache_tag}.pyc").read_bytes()
        assert int.from_bytes(cached[4:8], "little") == 0b01, module  # hash-based, unchecked: never recompiled
        code, fresh = marshal.loads(cached[16:]), compile(module.read_bytes(), str(module), "exec")
        assert (code.co_code, code.co_names) == (fresh.co_code, fresh.co_names), module  # made from this source

"""Shared fixtures: one isolated database file per test, offscreen Qt, an in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("REBOUND_DATABASE_URL", None)

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep platform folders (data, config) of every test inside its own temporary folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.delenv("REBOUND_DATABASE_URL", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rebound.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    """A fresh, migrated database bound to the models, closed afterwards."""
    from desktop.store.database import close_database, open_sqlite

    database = open_sqlite(db_path)
    yield database
    close_database()


@pytest.fixture
def data_dir() -> Path:
    return DATA

"""The `rebound` fixture: the command, in-process, on this test's own database file."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import Result, row_counts, run, small_archive, write_json


class Rebound:
    """``rebound --db <this test's database> ...`` plus a few shortcuts built on the command itself."""

    def __init__(self, capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
        self.capsys = capsys
        self.db_path = db_path
        self.tmp_path = tmp_path
        self._numbers = itertools.count(1)

    def __call__(self, *args: object) -> Result:
        return run(self.capsys, "--db", self.db_path, *args)

    def file(self, document: Any, name: str | None = None) -> Path:
        """Write ``document`` as JSON to a fresh file of this test."""
        return write_json(self.tmp_path / (name or f"archive-{next(self._numbers)}.json"), document)

    def load(self, document: dict[str, Any] | None = None) -> dict[str, Any]:
        """Import ``document`` (the small archive by default); returns the --json summary."""
        result = self("import", "json", self.file(small_archive() if document is None else document), "--json")
        assert result.code == 0, result.err
        return json.loads(result.out)

    def export(self) -> str:
        """The text `export json` writes."""
        target = self.tmp_path / f"export-{next(self._numbers)}.json"
        result = self("export", "json", target)
        assert result.code == 0, result.err
        return target.read_text(encoding="utf-8")

    def exported(self) -> dict[str, Any]:
        return json.loads(self.export())

    def people(self, search: str | None = None) -> list[dict[str, Any]]:
        args = ["people", "--json"] + (["--search", search] if search is not None else [])
        result = self(*args)
        assert result.code == 0, result.err
        return json.loads(result.out)

    def names(self, search: str | None = None) -> list[str]:
        return [p["name"] for p in self.people(search)]

    def state(self) -> tuple[str, dict[str, int]]:
        """Everything a user could see changed: the exported archive and the row count of every table."""
        return self.export(), row_counts(self.db_path)


@pytest.fixture
def rebound(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Rebound:
    return Rebound(capsys, db_path, tmp_path)


@pytest.fixture
def loaded(rebound: Rebound) -> Rebound:
    """The command on a database holding the small archive."""
    rebound.load()
    return rebound

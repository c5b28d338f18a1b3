"""Database problems: exit 4, one clear line, nothing lost (spec/cli.md, "Exit codes")."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.errors import DatabaseProblem
from desktop.store import migrations
from tests.cli.conftest import Rebound
from tests.cli.helpers import run, small_archive, sql, write_json

COMMANDS = {
    "people": ["people"],
    "people --json": ["people", "--json"],
    "check": ["check"],
    "export json": ["export", "json", "{tmp}/out.json"],
    "import json": ["import", "json", "{tmp}/archive.json"],
    "log": ["log", "Tom Weber", "--kind", "call", "--direction", "out"],
    "backup": ["backup", "{tmp}/backup.db"],
    "demo": ["demo"],
}


def _args(tmp_path: Path, command: list[str]) -> list[str]:
    write_json(tmp_path / "archive.json", small_archive())
    return [part.replace("{tmp}", str(tmp_path)) for part in command]


@pytest.fixture
def random_bytes(tmp_path: Path) -> Path:
    path = tmp_path / "photo.jpg"
    path.write_bytes(random.Random(7).randbytes(8192))
    return path


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_file_that_is_not_a_database_exits_4_and_is_not_touched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, random_bytes: Path, command: list[str]
) -> None:
    content = random_bytes.read_bytes()
    line = run(capsys, "--db", random_bytes, *_args(tmp_path, command)).assert_one_line_error(4)
    assert str(random_bytes) in line
    assert random_bytes.read_bytes() == content
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "backup.db").exists()


def test_text_file_that_is_not_a_database_exits_4(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Tom on Monday\n" * 300, encoding="utf-8")
    content = notes.read_bytes()
    line = run(capsys, "--db", notes, "people").assert_one_line_error(4)
    assert "not a Rebound database" in line or "not a database" in line
    assert notes.read_bytes() == content


def test_sqlite_file_of_another_program_exits_4_and_is_not_modified(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    places = tmp_path / "places.sqlite"  # e.g. a browser's history, reached by a typo in --db
    sql(places, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    sql(places, "INSERT INTO moz_places (url) VALUES ('https://example.org')")
    content = places.read_bytes()
    line = run(capsys, "--db", places, "people").assert_one_line_error(4)
    assert str(places) in line
    assert places.read_bytes() == content
    assert sql(places, "SELECT name FROM sqlite_master WHERE type = 'table'") == [("moz_places",)]


def test_empty_file_is_taken_as_a_new_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "new.db"
    empty.touch()
    result = run(capsys, "--db", empty, "people")
    assert result.code == 0, result.err
    assert sql(empty, "SELECT version FROM schema_version") == [(migrations.latest_version(),)]


def test_directory_instead_of_database_exits_4(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    line = run(capsys, "--db", folder, "people").assert_one_line_error(4)
    assert str(folder) in line
    assert list(folder.iterdir()) == []


def test_database_of_a_newer_rebound_exits_4_and_is_left_alone(loaded: Rebound) -> None:
    sql(loaded.db_path, "UPDATE schema_version SET version = 999")
    for command in (["people"], ["check"], ["import", "json", loaded.file(small_archive())]):
        line = loaded(*command).assert_one_line_error(4)
        assert "newer" in line
        assert str(loaded.db_path) in line
    assert sql(loaded.db_path, "SELECT version FROM schema_version") == [(999,)]
    assert sql(loaded.db_path, "SELECT count(*) FROM person") == [(5,)]


def test_damaged_database_exits_4(loaded: Rebound) -> None:
    sql(loaded.db_path, "PRAGMA wal_checkpoint(TRUNCATE)")
    size = loaded.db_path.stat().st_size
    assert size > 8192
    with loaded.db_path.open("r+b") as file:  # keep the header page, wipe everything after it
        file.seek(4096)
        file.write(b"\x00" * (size - 4096))
    line = loaded("people").assert_one_line_error(4)
    assert str(loaded.db_path) in line


@pytest.mark.parametrize(
    "url, fragment",
    [
        ("postgresql://me@127.0.0.1:1/rebound", "postgresql://me@127.0.0.1:1/rebound: cannot reach the server ("),
        ("postgres://me:secret@127.0.0.1:1/rebound", "postgresql://me@127.0.0.1:1/rebound: cannot reach the server"),
        ("mysql://me@db.example/rebound", "mysql://me@db.example/rebound: unknown database URL"),
        ("rebound.db", "rebound.db: unknown database URL"),
    ],
    ids=["postgresql", "postgres", "unknown scheme", "no scheme"],
)
def test_unusable_database_url_exits_4(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, url: str, fragment: str
) -> None:
    line = run(capsys, "--database-url", url, "people").assert_one_line_error(4)
    assert fragment in line
    assert "secret" not in line  # a password in the URL is never repeated


def test_unusable_url_from_the_environment_exits_4(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REBOUND_DATABASE_URL", "postgresql://me:pw-in-env@127.0.0.1:1/rebound")
    line = run(capsys, "people").assert_one_line_error(4)
    assert "postgresql://me@127.0.0.1:1/rebound: cannot reach the server" in line and "pw-in-env" not in line


def test_database_in_a_folder_that_cannot_be_created_exits_4(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    line = run(capsys, "--db", blocker / "sub" / "rebound.db", "people").assert_one_line_error(4)
    assert str(blocker) in line


def test_debug_shows_database_problems_as_exceptions(tmp_path: Path, random_bytes: Path) -> None:
    with pytest.raises(DatabaseProblem):
        main(["--debug", "--db", str(random_bytes), "people"])


def test_a_good_archive_into_a_bad_database_exits_4_not_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, random_bytes: Path
) -> None:
    archive = write_json(tmp_path / "archive.json", small_archive())
    run(capsys, "--db", random_bytes, "import", "json", archive).assert_one_line_error(4)


def test_latest_schema_is_accepted(loaded: Rebound) -> None:
    assert sql(loaded.db_path, "SELECT version FROM schema_version") == [(migrations.latest_version(),)]
    assert loaded("people").code == 0

"""Where the database is (spec/cli.md): --db, --database-url, $REBOUND_DATABASE_URL, the default file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.config import resolve_database_url
from desktop.store import migrations
from tests.cli.helpers import TABLES, row_counts, run, small_archive, sql, write_json

ENV = "REBOUND_DATABASE_URL"


def _default_folder(tmp_path: Path) -> Path:
    # conftest points XDG_DATA_HOME here; platformdirs puts the app folder inside it
    return tmp_path / "home" / "data" / "Rebound"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---------------------------------------------------------------- resolve_database_url


def test_resolve_db_path_beats_everything(tmp_path: Path) -> None:
    url = resolve_database_url(str(tmp_path / "a.db"), "sqlite:////elsewhere/b.db", {ENV: "sqlite:////env/c.db"})
    assert url == f"sqlite:///{tmp_path / 'a.db'}"


def test_resolve_database_url_beats_environment() -> None:
    assert resolve_database_url(None, "sqlite:////x/b.db", {ENV: "sqlite:////env/c.db"}) == "sqlite:////x/b.db"


def test_resolve_environment_beats_default() -> None:
    assert resolve_database_url(None, None, {ENV: "sqlite:////env/c.db"}) == "sqlite:////env/c.db"


def test_resolve_default_is_in_the_user_data_folder(tmp_path: Path) -> None:
    assert resolve_database_url(None, None, {}) == f"sqlite:///{_default_folder(tmp_path) / 'rebound.db'}"


def test_resolve_reads_the_real_environment_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "sqlite:////from/environment.db")
    assert resolve_database_url() == "sqlite:////from/environment.db"


def test_resolve_empty_environment_variable_means_default(tmp_path: Path) -> None:
    assert resolve_database_url(None, None, {ENV: ""}) == f"sqlite:///{_default_folder(tmp_path) / 'rebound.db'}"


def test_resolve_relative_and_home_paths_become_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_database_url("rel/r.db", None, {}) == f"sqlite:///{tmp_path / 'rel' / 'r.db'}"
    assert resolve_database_url("~/r.db", None, {}) == f"sqlite:///{tmp_path / 'home' / 'r.db'}"


# ---------------------------------------------------------------- the command


def test_db_and_database_url_are_mutually_exclusive(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = run(capsys, "--db", tmp_path / "a.db", "--database-url", f"sqlite:///{tmp_path / 'b.db'}", "people")
    assert result.code == 2
    assert "not allowed with" in result.err
    assert not (tmp_path / "a.db").exists() and not (tmp_path / "b.db").exists()


def test_database_url_beats_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, f"sqlite:///{tmp_path / 'env.db'}")
    result = run(capsys, "--database-url", f"sqlite:///{tmp_path / 'url.db'}", "people")
    assert result.code == 0, result.err
    assert (tmp_path / "url.db").is_file()
    assert not (tmp_path / "env.db").exists()
    assert not _default_folder(tmp_path).joinpath("rebound.db").exists()


def test_db_beats_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, f"sqlite:///{tmp_path / 'env.db'}")
    assert run(capsys, "--db", tmp_path / "db.db", "people").code == 0
    assert (tmp_path / "db.db").is_file()
    assert not (tmp_path / "env.db").exists()


def test_environment_beats_default(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, f"sqlite:///{tmp_path / 'env.db'}")
    result = run(capsys, "people")
    assert result.code == 0, result.err
    assert (tmp_path / "env.db").is_file()
    assert not _default_folder(tmp_path).joinpath("rebound.db").exists()


def test_default_database_is_in_an_owner_only_user_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = run(capsys, "people")
    assert result.code == 0, result.err
    folder = _default_folder(tmp_path)
    database = folder / "rebound.db"
    assert database.is_file()
    assert _mode(folder) == 0o700
    for path in folder.glob("rebound.db*"):  # the file and its -wal / -shm companions
        assert _mode(path) & 0o077 == 0, f"{path.name} is readable by others: {oct(_mode(path))}"


def test_default_database_keeps_data_between_runs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "import", "json", write_json(tmp_path / "a.json", small_archive())).code == 0
    result = run(capsys, "people", "--json")
    assert "Tom Weber" in result.out


def test_relative_sqlite_url_is_relative_to_the_working_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "--database-url", "sqlite:///relative.db", "people").code == 0
    assert (tmp_path / "relative.db").is_file()


def test_missing_database_is_created_and_migrated(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    database = tmp_path / "new" / "folder" / "rebound.db"
    result = run(capsys, "--db", database, "people")
    assert result.code == 0, result.err
    assert database.is_file()
    assert _mode(database) & 0o077 == 0
    assert sql(database, "SELECT version FROM schema_version") == [(migrations.latest_version(),)]
    assert row_counts(database) == dict.fromkeys(TABLES, 0)


def test_database_file_created_by_the_command_is_not_world_readable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = os.umask(0o022)  # a typical, permissive umask: the command must not rely on the user's
    try:
        assert run(capsys, "--db", tmp_path / "r.db", "people").code == 0
    finally:
        os.umask(old)
    assert _mode(tmp_path / "r.db") & 0o077 == 0


@pytest.mark.parametrize("encryption", [[], ["--no-encryption"]], ids=["encrypted", "plain"])
def test_a_database_on_a_missing_drive_says_it_cannot_be_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encryption: list[str]
) -> None:
    unplugged = tmp_path / "unplugged-drive"
    unplugged.write_text("a file where the drive's folder would be")  # a folder that cannot exist, even for root
    database = unplugged / "Rebound" / "rebound.db"

    result = run(capsys, *encryption, "--db", database, "demo")

    assert (result.code, result.err) == (4, f"rebound: {database}: cannot create the database (Not a directory)\n")

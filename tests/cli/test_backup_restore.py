"""`rebound backup [FILE]` and `rebound restore FILE`."""

from __future__ import annotations

import random
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import Rebound
from tests.cli.helpers import integrity, row_counts, run, sql

NEW_PERSON = {"format": "rebound-archive", "version": 1, "people": [{"id": "n", "name": "Nina New"}]}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(database: Path) -> list[str]:
    return sorted(name for (name,) in sql(database, "SELECT name FROM person"))


def _paths_in(text: str) -> list[Path]:
    """The absolute paths a message mentions."""
    return [Path(token.rstrip(";,.:")) for token in text.split() if token.startswith("/")]


# ---------------------------------------------------------------- backup


def test_backup_to_a_file_is_a_verified_owner_only_copy(loaded: Rebound, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "backup.db"
    target.parent.mkdir()
    result = loaded("backup", target)
    assert result.code == 0, result.err
    assert result.out.strip() == str(target)
    assert integrity(target) == "ok"
    assert _mode(target) == 0o600
    assert _names(target) == ["Ali Khan", "Sam Lee", "Sam Lee", "Tom Weber", "Zoë Martin"]
    assert row_counts(target) == row_counts(loaded.db_path)


def test_backup_leaves_no_temporary_files_behind(loaded: Rebound, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "backup.db"
    target.parent.mkdir()
    assert loaded("backup", target).code == 0
    assert sorted(p.name for p in target.parent.iterdir()) == ["backup.db"]
    default = Path(loaded("backup").out.strip())
    assert sorted(p.name for p in default.parent.iterdir()) == [default.name]


def test_backup_holds_the_latest_writes(loaded: Rebound, tmp_path: Path) -> None:
    loaded("log", "Ali Khan", "--kind", "call", "--direction", "out", "--at", "2026-03-01T10:00")
    assert loaded("backup", tmp_path / "b.db").code == 0
    assert sql(tmp_path / "b.db", "SELECT count(*) FROM interaction WHERE kind = 'call'") == [(1,)]


def test_backup_without_file_goes_into_backups_beside_the_database(loaded: Rebound) -> None:
    result = loaded("backup")
    assert result.code == 0, result.err
    target = Path(result.out.strip())
    assert target.parent == loaded.db_path.parent / "backups"
    assert target.is_file()
    assert integrity(target) == "ok"
    assert _mode(target) == 0o600
    assert _mode(target.parent) == 0o700
    assert len(_names(target)) == 5


def test_backup_of_a_new_database(rebound: Rebound, tmp_path: Path) -> None:
    assert rebound("backup", tmp_path / "b.db").code == 0
    assert integrity(tmp_path / "b.db") == "ok"
    assert _names(tmp_path / "b.db") == []


def test_backup_into_a_folder_exits_3(loaded: Rebound, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    line = loaded("backup", folder).assert_one_line_error(3)
    assert str(folder) in line
    assert list(folder.iterdir()) == []


def test_backup_into_a_missing_folder_exits_3(loaded: Rebound, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "b.db"
    line = loaded("backup", target).assert_one_line_error(3)
    assert str(target) in line


# ---------------------------------------------------------------- restore


def test_restore_replaces_the_data_and_keeps_a_safety_copy(loaded: Rebound, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    assert loaded("backup", backup).code == 0
    at_backup = loaded.export()
    loaded.load(NEW_PERSON)
    loaded("log", "Tom Weber", "--kind", "call", "--direction", "out", "--at", "2026-03-01T10:00")
    assert "Nina New" in loaded.names()

    result = loaded("restore", backup)

    assert result.code == 0, result.err
    assert loaded.export() == at_backup
    assert "Nina New" not in loaded.names()
    safety = [p for p in _paths_in(result.out) if p != backup]
    assert len(safety) == 1, result.out
    assert safety[0].parent == loaded.db_path.parent
    assert integrity(safety[0]) == "ok"
    assert "Nina New" in _names(safety[0])  # what was there before the restore is kept
    assert _mode(safety[0]) & 0o077 == 0
    assert _mode(loaded.db_path) & 0o077 == 0
    assert loaded("check").code == 0


def test_restored_database_is_usable_for_writes(loaded: Rebound, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    loaded("backup", backup)
    assert loaded("restore", backup).code == 0
    assert loaded("log", "Ali Khan", "--kind", "call", "--direction", "out").code == 0
    assert loaded.names("zoe") == ["Zoë Martin"]


def test_restore_into_a_new_location(capsys: pytest.CaptureFixture[str], loaded: Rebound, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    loaded("backup", backup)
    fresh = Rebound(capsys, tmp_path / "elsewhere" / "new.db", tmp_path)
    fresh.db_path.parent.mkdir()

    result = fresh("restore", backup)

    assert result.code == 0, result.err
    assert fresh.export() == loaded.export()
    for path in _paths_in(result.out):  # the message must not point at files that are not there
        assert path.exists(), f"the message names {path}, which does not exist: {result.out!r}"


def _random_file(path: Path) -> Path:
    path.write_bytes(random.Random(3).randbytes(16384))
    return path


def _text_file(path: Path) -> Path:
    path.write_text("not a backup\n" * 100, encoding="utf-8")
    return path


def _empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _other_sqlite(path: Path) -> Path:
    sql(path, "CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


BAD_BACKUPS = {
    "random bytes": _random_file,
    "text file": _text_file,
    "empty file": _empty_file,
    "another program's SQLite file": _other_sqlite,
    "folder": _folder,
    "missing file": lambda path: path,
}


@pytest.mark.parametrize("make", BAD_BACKUPS.values(), ids=BAD_BACKUPS.keys())
def test_restoring_something_that_is_not_a_backup_exits_3_and_changes_nothing(
    loaded: Rebound, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    before = loaded.state()
    beside = _files_beside(loaded.db_path)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    source = make(incoming / "backup.db")

    line = loaded("restore", source).assert_one_line_error(3)

    assert str(source) in line
    assert loaded.state() == before
    assert _files_beside(loaded.db_path) == beside  # no safety copy, no half-restored file


def _files_beside(database: Path) -> list[str]:
    return sorted(p.name for p in database.parent.iterdir() if p.is_file() and not p.name.startswith("export-"))


def test_restoring_a_backup_of_a_newer_rebound_exits_3(loaded: Rebound, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    loaded("backup", backup)
    sql(backup, "UPDATE schema_version SET version = 999")
    before = loaded.state()
    line = loaded("restore", backup).assert_one_line_error(3)
    assert "newer" in line
    assert loaded.state() == before


def test_restoring_a_damaged_backup_exits_3(loaded: Rebound, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    loaded("backup", backup)
    damaged = tmp_path / "damaged.db"
    shutil.copyfile(backup, damaged)
    size = damaged.stat().st_size
    with damaged.open("r+b") as file:
        file.seek(4096)
        file.write(b"\xff" * (size - 4096))
    before = loaded.state()
    loaded("restore", damaged).assert_one_line_error(3)
    assert loaded.state() == before


def test_restore_needs_an_sqlite_database(capsys: pytest.CaptureFixture[str], loaded: Rebound, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    loaded("backup", backup)
    result = run(capsys, "--database-url", "postgresql://me@db.example/rebound", "restore", backup)
    result.assert_one_line_error(4)


def test_a_damaged_database_is_reported_by_check_and_restored_over(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    database, backup = tmp_path / "rebound.db", tmp_path / "backup.db"
    assert run(capsys, "--db", database, "demo").code == 0
    assert run(capsys, "--db", database, "backup", backup).code == 0
    sql(database, "PRAGMA wal_checkpoint(TRUNCATE)")
    size = database.stat().st_size
    with database.open("r+b") as file:  # pages in the middle overwritten: the file opens, reading fails
        file.seek(size // 2 // 4096 * 4096)
        file.write(b"\xff" * 8192)
    damaged = database.read_bytes()

    checked = run(capsys, "--db", database, "check")
    assert checked.code == 4
    assert "damaged" in checked.err and "Traceback" not in checked.err

    restored = run(capsys, "--db", database, "restore", backup)
    assert restored.code == 0, restored.err
    [safety] = [p for p in _paths_in(restored.out) if p != backup]
    assert safety.read_bytes() == damaged  # what was there is kept, as it was
    assert run(capsys, "--db", database, "check").code == 0
    assert row_counts(database) == row_counts(backup)


def test_a_damaged_database_of_an_older_schema_is_kept_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Neither check nor restore migrates (writes to) a damaged file first."""
    old = sorted((Path(__file__).parents[1] / "data" / "migrations").glob("rebound-v*.db"))[-1]
    database, backup = tmp_path / "rebound.db", tmp_path / "backup.db"
    assert run(capsys, "--db", backup, "demo").code == 0
    shutil.copyfile(old, database)
    sql(database, "PRAGMA journal_mode = wal")  # as every database Rebound ever opened is
    size = database.stat().st_size
    with database.open("r+b") as file:
        file.seek(size // 2 // 4096 * 4096)
        file.write(b"\xff" * 8192)
    damaged = database.read_bytes()

    assert run(capsys, "--db", database, "check").code == 4
    assert database.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.db", "backup.db.options.json", "rebound.db"]

    restored = run(capsys, "--db", database, "restore", backup)
    assert restored.code == 0, restored.err
    [safety] = [p for p in _paths_in(restored.out) if p != backup]
    assert safety.read_bytes() == damaged
    assert run(capsys, "--db", database, "check").code == 0

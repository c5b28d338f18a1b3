"""A full disk and a read-only file system (a tmpfs mount): each fault in its own words, exit 4, nothing lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.faults.conftest import Rebound, SmallDisk, count, people_names

NEW_PEOPLE = {
    "format": "rebound-archive",
    "version": 1,
    "people": [{"id": f"n{i}", "name": f"Newcomer {i}", "email": f"newcomer{i}@example.org"} for i in range(40)],
}


@pytest.fixture
def on_small_disk(small_disk: SmallDisk, demo_template: Path) -> Rebound:
    database = small_disk.mount / "rebound.db"
    shutil.copyfile(demo_template, database)
    return Rebound(database)


def test_log_on_a_full_disk(on_small_disk: Rebound, small_disk: SmallDisk) -> None:
    before = count(on_small_disk.db, "interaction")
    small_disk.fill()
    on_small_disk("log", "1", "--kind", "note", "--direction", "none", "--text", "hello").fault(
        4, f"the disk holding {on_small_disk.db} is full (0 MB free)", "nothing was written"
    )
    small_disk.free()
    assert count(on_small_disk.db, "interaction") == before
    assert on_small_disk("check").code == 0


def test_import_on_a_full_disk(on_small_disk: Rebound, small_disk: SmallDisk, tmp_path: Path) -> None:
    archive = tmp_path / "new.json"
    archive.write_text(json.dumps(NEW_PEOPLE), encoding="utf-8")
    names = people_names(on_small_disk.db)
    small_disk.fill()
    on_small_disk("import", "json", archive).fault(4, "is full", "nothing was written")
    small_disk.free()
    assert people_names(on_small_disk.db) == names
    on_small_disk("import", "json", archive).ok()  # with room again, the same import goes through
    assert len(people_names(on_small_disk.db)) == len(names) + 40


def test_backup_on_a_full_disk_leaves_no_file(on_small_disk: Rebound, small_disk: SmallDisk) -> None:
    on_small_disk("people").ok()
    small_disk.fill()
    on_small_disk("backup").fault(4, "is full", "nothing was written")
    small_disk.free()
    backups = small_disk.mount / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []  # no backup, no half-written copy
    made = Path(on_small_disk("backup").ok().strip())
    assert people_names(made) == people_names(on_small_disk.db)


def test_erase_on_a_full_disk_erases_nothing(on_small_disk: Rebound, small_disk: SmallDisk) -> None:
    names = people_names(on_small_disk.db)
    small_disk.fill()
    on_small_disk("erase", "1", "--yes").fault(4, "is full")
    small_disk.free()
    assert people_names(on_small_disk.db) == names


def test_erase_on_a_nearly_full_disk_says_the_file_is_not_yet_compacted(
    on_small_disk: Rebound, small_disk: SmallDisk
) -> None:
    names = people_names(on_small_disk.db)
    small_disk.fill(leave=300_000)  # room for the erasure's transaction, not for the compaction (a copy of it all)
    erased = on_small_disk("erase", "1", "--yes")

    assert erased.code == 4 and "Traceback" not in erased.err
    assert erased.out.startswith("Erased ")
    assert "erased, but the file is not yet compacted" in erased.err and "is full" in erased.err
    assert len(people_names(on_small_disk.db)) == len(names) - 1
    checked = on_small_disk("check")
    assert checked.code == 4
    assert "free pages may still hold the words of erased people" in checked.err
    small_disk.free()
    on_small_disk("people").ok()  # the next open with room compacts
    assert "ok: database and search index are sound" in on_small_disk("check").ok()


def test_a_read_only_file_system(on_small_disk: Rebound, small_disk: SmallDisk, tmp_path: Path) -> None:
    archive = tmp_path / "new.json"
    archive.write_text(json.dumps(NEW_PEOPLE), encoding="utf-8")
    names = people_names(on_small_disk.db)
    small_disk.read_only()

    assert len(json.loads(on_small_disk("people", "--json").ok())) == len(names)
    assert "ok: database and search index are sound" in on_small_disk("check").ok()
    on_small_disk("suggest", "--today", "2026-11-02").ok()
    for command in (
        ["log", "1", "--kind", "note", "--direction", "none"],
        ["import", "json", archive],
        ["erase", "1", "--yes"],
        ["backup"],
    ):
        on_small_disk(*command).fault(4, "is read-only", "nothing was written")
    on_small_disk("backup", tmp_path / "elsewhere.db").ok()  # a copy to a writable place still works
    small_disk.read_only(False)
    assert people_names(on_small_disk.db) == names

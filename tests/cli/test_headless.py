"""The headless path never imports Qt, and the real process keeps the exit codes and messages of spec/cli.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli.helpers import REPO, row_counts, run_process, small_archive, write_json

HEADLESS_SCRIPT = r"""
import json, sys
from desktop.cli import main

db, archive, exported, backup, restored, demo_db, result = sys.argv[1:8]
codes = {
    "import json": main(["--db", db, "import", "json", archive]),
    "people": main(["--db", db, "people"]),
    "people --search --json": main(["--db", db, "people", "--search", "ac", "--json"]),
    "log": main(["--db", db, "log", "Tom Weber", "--kind", "call", "--direction", "out", "--text", "hi"]),
    "export json": main(["--db", db, "export", "json", exported]),
    "backup": main(["--db", db, "backup", backup]),
    "restore": main(["--db", restored, "restore", backup]),
    "check": main(["--db", db, "check"]),
    "bad input": main(["--db", db, "import", "json", archive + ".missing"]),
    "bad database": main(["--database-url", "postgresql://me@localhost:5432/rebound", "people"]),
}
main(["--db", demo_db, "demo"])  # whatever its outcome (tested elsewhere), it must not pull in Qt
from desktop.cli import import_before_qt
import_before_qt()  # what the desktop app loads before Qt: none of it may pull Qt in
qt = sorted(name for name in sys.modules if name.startswith("PySide6"))
with open(result, "w", encoding="utf-8") as out:
    json.dump({"codes": codes, "qt": qt}, out)
"""


def test_headless_commands_never_import_qt(tmp_path: Path) -> None:
    archive = write_json(tmp_path / "archive.json", small_archive())
    result = tmp_path / "result.json"
    args = [tmp_path / "r.db", archive, tmp_path / "out.json", tmp_path / "b.db", tmp_path / "restored.db",
            tmp_path / "demo.db", result]  # fmt: skip
    process = subprocess.run(
        [sys.executable, "-c", HEADLESS_SCRIPT, *map(str, args)],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60,
        check=False,
    )  # fmt: skip
    assert process.returncode == 0, process.stderr
    outcome = json.loads(result.read_text(encoding="utf-8"))
    assert outcome["qt"] == []
    assert outcome["codes"] == {
        "import json": 0, "people": 0, "people --search --json": 0, "log": 0, "export json": 0, "backup": 0,
        "restore": 0, "check": 0, "bad input": 3, "bad database": 4,
    }  # fmt: skip


def test_process_import_prints_the_summary_and_exits_0(tmp_path: Path) -> None:
    archive = write_json(tmp_path / "archive.json", small_archive())
    process = run_process("--db", tmp_path / "r.db", "import", "json", archive)
    assert process.returncode == 0, process.stderr
    assert "archive.json: 5 new people, 2 messages\n" in process.stdout
    assert process.stderr == ""


def test_process_bad_input_exits_3_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    good = write_json(tmp_path / "good.json", small_archive())
    assert run_process("--db", db, "import", "json", good).returncode == 0
    before = row_counts(db)
    document = small_archive()
    document["interactions"][2]["person"] = "p99"
    bad = write_json(tmp_path / "bad.json", document)

    process = run_process("--db", db, "import", "json", bad)

    assert process.returncode == 3
    assert "Traceback" not in process.stderr
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "'p99'" in lines[0]
    assert process.stdout == ""
    assert row_counts(db) == before


def test_process_database_problem_exits_4(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_bytes(b"these are my notes, not a database\n" * 200)
    process = run_process("--db", not_a_database, "people")
    assert process.returncode == 4
    assert "Traceback" not in process.stderr
    assert len(process.stderr.strip().splitlines()) == 1
    assert str(not_a_database) in process.stderr


def test_process_wrong_usage_exits_2(tmp_path: Path) -> None:
    process = run_process("--db", tmp_path / "r.db", "frobnicate")
    assert process.returncode == 2
    assert "usage:" in process.stderr
    assert not (tmp_path / "r.db").exists()


def test_process_debug_shows_the_traceback(tmp_path: Path) -> None:
    process = run_process("--debug", "--db", tmp_path / "r.db", "import", "json", tmp_path / "missing.json")
    assert process.returncode not in (0, 2)
    assert "Traceback (most recent call last)" in process.stderr
    assert "InputError" in process.stderr


def test_process_honours_the_environment_variable(tmp_path: Path) -> None:
    target = tmp_path / "from-env" / "rebound.db"
    process = run_process("people", env={"REBOUND_DATABASE_URL": f"sqlite:///{target}"})
    assert process.returncode == 0, process.stderr
    assert target.is_file()
    assert "No people yet" in process.stdout

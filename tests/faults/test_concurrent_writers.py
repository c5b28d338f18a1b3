"""Writes from other processes while a large import sets the people's indexes aside: every one succeeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.faults.conftest import REPO, Rebound, count

WRITERS = 4
WRITES = 50

WRITER = """
import sys
from desktop.cli import main
db, writer = sys.argv[1], sys.argv[2]
codes = [main(["--db", db, "log", "1", "--kind", "note", "--direction", "none", "--text", f"writer {writer} note {i}"])
         for i in range(int(sys.argv[3]))]
sys.exit(max(codes))
"""


def test_four_writers_of_fifty_log_calls_during_a_large_import(plain: Rebound, tmp_path: Path) -> None:
    first = {"format": "rebound-archive", "version": 1, "people": [{"id": "p0", "name": "Ada First"}]}
    archive = tmp_path / "first.json"
    archive.write_text(json.dumps(first), encoding="utf-8")
    plain("import", "json", archive).ok()
    large = {
        "format": "rebound-archive",
        "version": 1,
        "people": [{"id": f"p{i}", "name": f"Person {i}", "email": f"person{i}@example.org"} for i in range(1, 4001)],
    }
    big = tmp_path / "large.json"
    big.write_text(json.dumps(large), encoding="utf-8")
    before = count(plain.db, "interaction")

    importer = plain.start("import", "json", big)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(plain.db), str(w), str(WRITES)],
            cwd=REPO,
            env=plain.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for w in range(WRITERS)
    ]
    results = [(w.wait(timeout=300), *w.communicate()) for w in writers]
    imported = importer.wait(timeout=300), *importer.communicate()

    assert imported[0] == 0, imported[2]
    for code, _out, err in results:
        assert code == 0, err
        assert "no such table" not in err and "Traceback" not in err
    assert count(plain.db, "interaction") == before + WRITERS * WRITES
    assert count(plain.db, "person") == 4001

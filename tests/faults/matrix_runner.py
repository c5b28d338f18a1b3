"""Run every `rebound` command in one process (``python -m tests.faults.matrix_runner DB FOLDER``) and print, as
JSON, each command's exit code and what it wrote to stderr: the fault matrix runs one process per fault."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

from desktop.cli import main

REPO = Path(__file__).resolve().parents[2]


def commands(folder: Path) -> list[list[str]]:
    vcard = folder / "cards.vcf"
    vcard.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vera Card\r\nEMAIL:vera@example.org\r\nEND:VCARD\r\n")
    table = folder / "people.csv"
    table.write_text("name,email\nCasey Table,casey@example.org\n", encoding="utf-8")
    return [
        ["people"],
        ["people", "--json"],
        ["suggest", "--today", "2026-11-02"],
        ["check"],
        ["export", "json", str(folder / "out.json")],
        ["export", "vcard", str(folder / "out.vcf")],
        ["export", "csv", str(folder / "out.csv")],
        ["export", "ics", str(folder / "out.ics")],
        ["import", "json", str(REPO / "resources" / "demo" / "demo.json")],
        ["import", "linkedin", str(REPO / "tests" / "data" / "linkedin")],
        ["import", "vcard", str(vcard)],
        ["import", "csv", str(table)],
        ["log", "1", "--kind", "note", "--direction", "none", "--text", "a note"],
        ["backup"],
        ["backup", str(folder / "copy.db")],
        ["demo"],
        ["recovery-key"],
        ["erase", "2", "--yes"],
        ["encrypt"],
        ["rotate-key"],
        ["restore", str(folder / "copy.db")],
    ]


def run(database: str, folder: Path) -> list[dict[str, object]]:
    outcomes = []
    for command in commands(folder):
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            try:
                code: object = main(["--db", database, *command])
            except SystemExit as stop:
                code = stop.code
            except BaseException as error:  # what reached past main: a bug by definition
                code = f"escaped {type(error).__name__}"
        outcomes.append({"command": " ".join(command[:2]), "code": code, "err": err.getvalue()})
    return outcomes


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1], Path(sys.argv[2]))))

"""The command line: starting the app takes the short path; commands, help and mistakes get the whole parser."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import _parse
from tests.cli.helpers import REPO


def test_starting_the_app_reads_its_options_without_a_command() -> None:
    args = _parse(["--db", "people.db", "--no-encryption"])
    assert (args.command, args.db, args.no_encryption) == (None, "people.db", True)


def test_a_command_after_the_options_is_parsed_with_its_own_arguments() -> None:
    args = _parse(["--db", "people.db", "people", "--search", "ana", "--json"])
    assert (args.command, args.db, args.search, args.json) == ("people", "people.db", "ana", True)


def test_a_mistyped_command_names_the_commands_there_are(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        _parse(["improt", "json", "x.json"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'improt'" in error and "'import'" in error


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parse(["--help"])
    assert "COMMAND" in capsys.readouterr().out


def test_an_abbreviated_help_lists_the_commands_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parse(["--hel"])
    assert "COMMAND" in capsys.readouterr().out


def test_starting_the_app_imports_no_command_module(tmp_path: Path) -> None:
    script = (
        "import sys; from desktop.cli import _parse; args = _parse(['--db', 'people.db']); "
        "print(args.command, sorted(name for name in sys.modules if name.startswith('desktop.cli.cmd_')))"
    )
    process = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == "None []"


def test_help_names_every_command_with_its_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per command
    with pytest.raises(SystemExit):
        _parse(["--he"])
    shown = capsys.readouterr().out
    for name, line in (
        ("import", "import data"),
        ("export", "export data"),
        ("suggest", "the day's suggestions"),
        ("people", "list people"),
        ("log", "record an interaction"),
        ("backup", "online backup of the database"),
        ("restore", "restore the database from a backup"),
        ("encrypt", "encrypt an unencrypted database (key in the system keyring)"),
        ("recovery-key", "show the recovery key of the encrypted database"),
        ("rotate-key", "give the encrypted database a new key and a new recovery key"),
        ("erase", "erase a person completely, with their history (right to erasure)"),
        ("check", "integrity check of the database and its search index"),
        ("demo", "fill an empty database with the demo data set"),
    ):
        assert re.search(rf"^\s+{re.escape(name)}\s+{re.escape(line)}$", shown, re.MULTILINE), name

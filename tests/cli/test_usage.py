"""Wrong usage is argparse's business: exit 2, a usage line, and no database touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import run

MISUSE = {
    "unknown command": ["frobnicate"],
    "unknown option": ["people", "--colour"],
    "import without format": ["import"],
    "import unknown format": ["import", "yaml", "x.yaml"],
    "import json without file": ["import", "json"],
    "export without file": ["export", "json"],
    "log without person": ["log", "--kind", "call", "--direction", "out"],
    "log without kind": ["log", "Tom", "--direction", "out"],
    "log without direction": ["log", "Tom", "--kind", "call"],
    "log bad kind": ["log", "Tom", "--kind", "dance", "--direction", "out"],
    "log bad direction": ["log", "Tom", "--kind", "call", "--direction", "up"],
    "log opening not a number": ["log", "Tom", "--kind", "call", "--direction", "out", "--opening", "seven"],
    "restore without file": ["restore"],
    "check with an argument": ["check", "now"],
    "backup with two files": ["backup", "a.db", "b.db"],
}


@pytest.mark.parametrize("args", MISUSE.values(), ids=MISUSE.keys())
def test_misuse_exits_2_with_usage(capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str]) -> None:
    result = run(capsys, "--db", tmp_path / "r.db", *args)
    assert result.code == 2
    assert "usage:" in result.err
    assert result.out == ""
    assert not (tmp_path / "r.db").exists()


def test_bad_kind_names_the_choices(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = run(capsys, "--db", tmp_path / "r.db", "log", "Tom", "--kind", "dance", "--direction", "out")
    assert result.code == 2
    assert "'dance'" in result.err and "call" in result.err and "linkedin_message" in result.err


def test_help_exits_0_and_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "--help")
    assert result.code == 0
    for command in ("import", "export", "people", "log", "backup", "restore", "check", "demo"):
        assert command in result.out

"""A home folder that cannot hold Rebound's data folder: one clear line, exit 4, as in the frozen app."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main


@pytest.mark.parametrize("command", [["suggest", "--json"], ["demo"], ["check"]])
def test_no_writable_home_names_the_folder_and_the_way_around(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    not_a_folder = tmp_path / "home-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("HOME", str(not_a_folder))
    monkeypatch.delenv("XDG_DATA_HOME")

    assert main(command) == 4
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"rebound: {not_a_folder}/.local/share/Rebound: cannot create Rebound's data folder (Not a directory); "
        "choose the database with --db PATH or $REBOUND_DATABASE_URL\n"
    )
    assert not_a_folder.read_text(encoding="utf-8") == ""


def test_with_no_writable_home_a_database_elsewhere_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "home-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("HOME", str(not_a_folder))
    monkeypatch.delenv("XDG_DATA_HOME")

    assert main(["--db", str(tmp_path / "elsewhere.db"), "demo"]) == 0
    assert "Demo data loaded" in capsys.readouterr().out

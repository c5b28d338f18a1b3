"""The command line: starting the app takes the short path; commands, help and mistakes get the whole parser."""

from __future__ import annotations

import pytest

from desktop.cli import _parse


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

"""File → Load demo data: a made-up network, written in a worker (an empty database only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from desktop.core.changes import EVERYTHING
from desktop.gui.actions.shell import Shell
from desktop.gui.services.workers import Task


def summary_text(summary: Any) -> str:
    """One sentence from an ImportSummary (created, updated, unchanged, skipped, errors)."""
    text = f"{summary.sentence()}."
    if summary.errors:
        count = len(summary.errors)
        text += f"\n\n{count} {'problem was' if count == 1 else 'problems were'} reported; see the details."
    return text


def load_demo(shell: Shell) -> Task:
    # lazy: the demo data (and its reader) load when first asked for
    from desktop.core.counts import people_and_messages
    from desktop.interop.demo import load_demo as write_demo

    today = shell.day()

    def write(_task: object) -> tuple[Any, tuple[int, int]]:
        summary = write_demo(today)
        return summary, people_and_messages()

    return shell.jobs.run(
        "Loading the demo data…",
        write,
        lambda result: _loaded(shell, *result),
        "The demo data was not loaded",
    )


def _loaded(shell: Shell, summary: Any, counts: tuple[int, int]) -> None:
    """Said in the status bar, in what the user counts (people and messages); a box only for problems."""
    # lazy: loaded with the demo
    from desktop.core.counts import people_and_messages_text

    line = f"The demo is in: {people_and_messages_text(*counts)}. Today shows whom to write to first."
    shell.keeper.ops.broadcast(EVERYTHING)  # every page reads again; a new engine is built in a worker
    shell.jobs.show_message(line, 15000)
    if summary.errors:
        text = f"{line}\n\n{summary_text(summary)}"
        shell.jobs.notify(QMessageBox.Icon.Warning, "Demo data loaded, with problems", text, summary.errors)

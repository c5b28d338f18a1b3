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
    from desktop.interop.demo import load_demo as write_demo

    today = shell.day()
    return shell.jobs.run(
        "Loading the demo data…",
        lambda _task: write_demo(today),
        lambda summary: _loaded(shell, summary),
        "The demo data was not loaded",
    )


def _loaded(shell: Shell, summary: Any) -> None:
    first_line = "The demo people are in."
    shell.keeper.ops.broadcast(EVERYTHING)  # every page reads again; a new engine is built in a worker
    shell.jobs.show_message(first_line, 5000)
    text = f"{first_line}\n\n{summary_text(summary)}"
    shell.jobs.notify(QMessageBox.Icon.Information, "Demo data loaded", text, summary.errors)

"""File → Load demo data: a made-up network, written in a worker (an empty database only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.changes import EVERYTHING
from desktop.gui.actions.shell import Shell
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.services.workers import Task

if TYPE_CHECKING:
    from desktop.interop.archive import ImportSummary


def summary_text(summary: ImportSummary) -> str:
    """One sentence from an ImportSummary (created, updated, unchanged, skipped, errors)."""
    text = f"{summary.sentence()}."
    if summary.errors:
        count = len(summary.errors)
        text += "\n\n" + tr_n(
            "%n problem was reported; see the details.", count, "%n problems were reported; see the details."
        )
    return text


def load_demo(shell: Shell, recruiter: bool = False) -> Task:
    """The job seeker's demo (the empty page's button), or the recruiter's (File → Load recruiter demo data)."""
    # lazy: the demo data (and its reader) load when first asked for
    from desktop.interop.demo import load_demo as write_demo

    today = shell.day()

    def write(_task: object) -> ImportSummary:
        return write_demo(today, recruiter)

    return shell.jobs.run(
        tr("Loading the demo data…"),
        write,
        lambda summary: _loaded(shell, summary),
        tr("The demo data was not loaded"),
    )


def _loaded(shell: Shell, summary: ImportSummary) -> None:
    """Said in the status bar, in what the user counts (people and messages), with "Show them" (the People
    page) beside it; a box only for problems."""
    line = tr("The demo is in: {sentence}. Today shows whom to write to first.").format(sentence=summary.sentence())
    shell.keeper.ops.broadcast(EVERYTHING)  # every page reads again; a new engine is built in a worker
    shell.jobs.offer(line, tr("Show them"), lambda: shell.show_page(shell.people), 15000)
    if summary.errors:
        from PySide6.QtWidgets import QMessageBox  # lazy: a box only for problems

        text = f"{line}\n\n{summary_text(summary)}"
        shell.jobs.notify(QMessageBox.Icon.Warning, tr("Demo data loaded, with problems"), text, summary.errors)

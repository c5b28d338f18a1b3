"""Due counts on the sidebar beyond Today: "Applications (2)", its tooltip saying what is due there.

The counts come from ``core.due`` over the day's plan the keeper holds: they follow every change the keeper
follows (the ops broadcast re-plans, then ``changed``), and appear once the engine is built, after the first
paint, so they never slow the start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidget

from desktop.core.due import PageDue, due_by_page
from desktop.gui.kit.i18n import number, tr, tr_n
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.vocab import Action


def _parts() -> dict[Action, Callable[[int], str]]:
    return {
        Action.REPLY_TO_REJECTION: lambda n: tr_n("%n rejection to answer", n, "%n rejections to answer"),
        Action.REENGAGE_CANDIDATE: lambda n: tr_n("%n past candidate to approach", n, "%n past candidates to approach"),
        Action.ASK_ABOUT_OPENING: lambda n: tr_n("%n new opening to ask about", n, "%n new openings to ask about"),
        Action.ASK_FOR_INTRO: lambda n: tr_n("%n introduction to ask for", n, "%n introductions to ask for"),
        Action.CHECK_IN: lambda n: tr_n("%n check-in due", n, "%n check-ins due"),
        Action.CONGRATULATE_NEW_ROLE: lambda n: tr_n(
            "%n new role to congratulate on", n, "%n new roles to congratulate on"
        ),  # fmt: skip
        Action.CONNECT_LINKEDIN: lambda n: tr_n("%n LinkedIn connection to make", n, "%n LinkedIn connections to make"),
    }


def explained(due: PageDue) -> str:
    """The tooltip of a page's count: what is due there today."""
    if not due.total:
        return tr("Nothing due here today")
    parts = _parts()
    return tr("Due today: {what}").format(what=", ".join(parts[action](n) for action, n in due.by_action))


class SidebarCounts(QObject):
    """Keeps the count of the rows in ``rows`` (row → page name of ``core.due.PAGES``) up to date."""

    def __init__(self, sidebar: QListWidget, rows: dict[int, str], keeper: PlanKeeper) -> None:
        super().__init__(sidebar)
        self.sidebar, self.rows, self.keeper = sidebar, rows, keeper
        self.titles = {row: sidebar.item(row).text() for row in rows}  # the titles without a count
        self.due: dict[str, PageDue] = {}
        keeper.changed.connect(self.update)

    def update(self) -> None:
        if self.keeper.engine is None:  # (the plan is not known yet: the rows keep their titles)
            return
        self.due = due_by_page(self.keeper.plan()[0])
        for row, page in self.rows.items():
            due = self.due.get(page, PageDue())
            title = self.titles[row]
            item = self.sidebar.item(row)
            item.setText(tr("{page} ({due})").format(page=title, due=number(due.total)) if due.total else title)
            item.setToolTip(explained(due))

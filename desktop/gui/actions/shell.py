"""What a menu flow needs of the main window: its pages, services, job runner and a few verbs.

The actions are one level below the window (they never import it); the window fits this
protocol, and tests may hand an action anything else that does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.gui.actions.jobs import Jobs
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.session import Session
from desktop.gui.services.workers import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from desktop.gui.openings.page import OpeningsPage
    from desktop.gui.people.page import PeoplePage
    from desktop.gui.today.page import TodayPage


class Shell(Protocol):
    session: Session
    keeper: PlanKeeper
    runner: TaskRunner
    jobs: Jobs
    settings: QSettings
    clock: Callable[[], datetime]
    day: Callable[[], date]  # today's date (the window's clock)

    @property
    def people(self) -> PeoplePage: ...

    @property
    def today(self) -> TodayPage: ...

    @property
    def openings(self) -> OpeningsPage: ...

    @property
    def widget(self) -> QWidget:
        """The window itself: the parent of the dialogs an action opens."""
        ...

    def show_page(self, page: QWidget) -> None: ...

    def show_message(self, text: str) -> None: ...

    def open_person(self, person_id: int) -> None: ...

    def open_dialog(self, dialog: QDialog) -> QDialog: ...

    def show_error_report(self, report: str) -> object: ...

"""Today, People and Openings, each built when first needed: only the page the window opens on is built before
its first paint. Today and People follow right after it (the window's start-up steps), Openings when first
shown, and each is built the moment anything asks for it (the sidebar, Ctrl+1…7, Ctrl+F, the palette, a card's
person, a menu). Until then an empty slot stands in the page stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.gui.actions.jobs import Jobs
from desktop.gui.services.ops import Ops
from desktop.gui.services.plan_keeper import PlanKeeper

if TYPE_CHECKING:  # the pages' modules load when each page is built
    from desktop.core.first_look import FirstFrame
    from desktop.gui.openings.page import OpeningsPage
    from desktop.gui.people.page import PeoplePage
    from desktop.gui.today.page import TodayPage


class FirstPages:
    """The main window's Today, People and Openings pages (a mixin: the window has what is declared here)."""

    pages: QStackedWidget
    keeper: PlanKeeper
    ops: Ops
    jobs: Jobs
    settings: QSettings
    clock: Callable[[], datetime]

    if TYPE_CHECKING:

        @property
        def widget(self) -> QWidget: ...
        def _connect_today(self, page: TodayPage) -> None: ...
        def _connect_people(self, page: PeoplePage) -> None: ...
        def open_person(self, person_id: int) -> None: ...

    def _make_first_slots(self, first_frame: FirstFrame | None = None) -> None:
        """``first_frame``: the People list's first frame, read before the store loaded (core/first_look.py)."""
        self._first_frame = first_frame
        self._today_page: TodayPage | None = None
        self._people: PeoplePage | None = None
        self._openings: OpeningsPage | None = None
        self._today_slot, self._people_slot, self._openings_slot = (QWidget(self.widget) for _ in range(3))

    def _put_page(self, slot: QWidget, page: QWidget) -> None:
        """Put a page built late where its empty slot stood in the stack."""
        current = self.pages.currentWidget() is slot
        self.pages.insertWidget(self.pages.indexOf(slot), page)
        self.pages.removeWidget(slot)
        slot.deleteLater()
        if current:
            self.pages.setCurrentWidget(page)

    @property
    def today(self) -> TodayPage:
        """The Today page: built with the window when it opens on Today, else right after the first paint."""
        if self._today_page is None:
            from desktop.gui.today.page import TodayPage  # lazy: the window opening elsewhere paints without it

            page = TodayPage(self.keeper, self.clock, self.widget)
            self._today_page = page
            self._connect_today(page)
            self._put_page(self._today_slot, page)
        return self._today_page

    @property
    def people(self) -> PeoplePage:
        """The People page: built with the window when it opens on People, else right after the first paint."""
        if self._people is None:
            from desktop.gui.people.page import PeoplePage  # lazy: the window opening on Today paints without it

            page = PeoplePage(self.clock, self.widget, ops=self.ops)
            self._people = page
            self._connect_people(page)
            page.restore_state(self.settings)
            first, self._first_frame = self._first_frame, None
            page.load(open_first=False, first=first)
            page.set_busy(self.jobs.busy)  # as the window's busy state would have left it
            self._put_page(self._people_slot, page)
        return self._people

    @property
    def openings(self) -> OpeningsPage:
        """The Openings page, built the first time it is needed (the window appears without it)."""
        if self._openings is None:
            from desktop.gui.openings.page import OpeningsPage  # lazy: loads when first opened

            page = OpeningsPage(self.keeper, self.widget)
            page.open_person_requested.connect(self.open_person)
            page.restore_state(self.settings)
            self._openings = page
            self._put_page(self._openings_slot, page)
        return self._openings

    @property
    def built_today_page(self) -> TodayPage | None:
        """The Today page if it was made (reading it does not make it)."""
        return self._today_page

    @property
    def built_people_page(self) -> PeoplePage | None:
        """The People page if it was made (reading it does not make it)."""
        return self._people

    def _may_leave(self) -> bool:
        """Before a database switch or a restore: an unsaved edit on the People page is saved or discarded first
        (a People page not made yet holds no edit)."""
        people = self._people
        return people is None or people.confirm_leave()

"""The pages added with issue 17 (Applications, Companies, Network, Insights): each built the first time it
is shown, in the empty slot the window keeps for it, and wired to the window's verbs (open a person, the
network map of a company, the import wizard)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.gui.actions.shell import Shell
from desktop.gui.services.ops import Ops

if TYPE_CHECKING:
    from desktop.gui.applications.page import ApplicationsPage
    from desktop.gui.companies.page import CompaniesPage
    from desktop.gui.insights.page import InsightsPage
    from desktop.gui.network.page import NetworkPage


class PagesHost(Shell, Protocol):
    ops: Ops
    pages: QStackedWidget

    def open_import_wizard(self) -> object: ...
    def log_rejection(self) -> object: ...


class LatePages:
    """The four pages, built on first use; ``slots`` stand in the page stack until then."""

    def __init__(self, host: PagesHost) -> None:
        self._host = host
        parent = host.widget
        self.slots = {name: QWidget(parent) for name in ("applications", "companies", "network", "insights")}
        self._built: dict[str, QWidget] = {}

    def built(self, name: str) -> QWidget | None:
        return self._built.get(name)

    def build(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is None:
            page = self._make(name)
            self._built[name] = page
            stack, slot = self._host.pages, self.slots[name]
            current = stack.currentWidget() is slot
            stack.insertWidget(stack.indexOf(slot), page)
            stack.removeWidget(slot)
            slot.deleteLater()
            if current:
                stack.setCurrentWidget(page)
        return page

    def _make(self, name: str) -> QWidget:
        makers: dict[str, Callable[[], QWidget]] = {
            "applications": self._applications,
            "companies": self._companies,
            "network": self._network,
            "insights": self._insights,
        }
        return makers[name]()

    @property
    def companies(self) -> CompaniesPage:
        return cast("CompaniesPage", self.build("companies"))

    @property
    def applications(self) -> ApplicationsPage:
        return cast("ApplicationsPage", self.build("applications"))

    @property
    def network(self) -> NetworkPage:
        return cast("NetworkPage", self.build("network"))

    @property
    def insights(self) -> InsightsPage:
        return cast("InsightsPage", self.build("insights"))

    # -- the pages and their wiring -------------------------------------------------------------
    def _companies(self) -> QWidget:
        # lazy: a page loads when first shown
        from desktop.gui.companies.page import CompaniesPage

        host = self._host
        page = CompaniesPage(host.ops, lambda: host.keeper.facts, host.day, host.widget, plan=host.keeper.plan)
        host.keeper.changed.connect(page.plan_changed)
        page.open_person_requested.connect(host.open_person)
        page.import_requested.connect(lambda: host.open_import_wizard())
        page.network_requested.connect(self.show_company_network)
        return page

    def _applications(self) -> QWidget:
        # lazy: a page loads when first shown
        from desktop.gui.applications.page import ApplicationsPage

        host = self._host
        page = ApplicationsPage(host.ops, host.clock, host.widget)
        page.message.connect(host.show_message)
        page.show_reply_requested.connect(self._show_reply)
        return page

    def _network(self) -> QWidget:
        # lazy: a page loads when first shown
        from desktop.gui.network.page import NetworkPage

        host = self._host
        page = NetworkPage(lambda: host.keeper.facts, host.widget)
        page.open_person_requested.connect(host.open_person)
        host.keeper.changed.connect(page.facts_changed)
        return page

    def _insights(self) -> QWidget:
        # lazy: a page loads when first shown
        from desktop.gui.insights.page import InsightsPage

        host = self._host
        page = InsightsPage(host.ops, host.day, host.runner, host.widget)
        page.empty.button.clicked.connect(lambda: host.log_rejection())
        return page

    # -- between pages ----------------------------------------------------------------------------
    def show_company(self, company_id: int) -> None:
        page = self.companies
        self._host.show_page(page)
        page.show_company(company_id)

    def show_company_network(self, company_id: int) -> None:
        page = self.network
        self._host.show_page(page)
        page.show_company(company_id)

    def show_person_network(self, person_id: int) -> None:
        page = self.network
        self._host.show_page(page)
        page.show_person(person_id)

    def _show_reply(self, person_id: int) -> None:
        self._host.today.focus_person(person_id)
        self._host.show_page(self._host.today)

"""The Network page: the map of a person or a company, the best intro paths listed beside it.

Pick someone with the search field (or come from a company's "Show on the network map"); zoom with the
buttons, Ctrl+= / Ctrl+- or the wheel, pan by dragging, "Fit" shows everything. A click on a person, or
Enter on a path in the list, opens that person.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QCompleter,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.network import NetworkMap, company_map, person_map
from desktop.core.reconnect.facts import Facts
from desktop.gui.kit.empty_state import EmptyState
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import SPACING, PlainLabel, heading, muted
from desktop.gui.network.scene import MapScene

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
ZOOM_STEP = 1.25


class MapView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)

    def fit(self) -> None:
        scene = self.scene()
        if scene is not None:
            self.fitInView(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)


class NetworkPage(QWidget):
    open_person_requested = Signal(int)

    def __init__(self, facts: Callable[[], Facts | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts = facts
        self.network: NetworkMap | None = None
        self._shown: tuple[str, int, str] | None = None  # ("person" | "company", id, company name)
        self._names: dict[str, int] = {}
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(tr("Whom do you want to reach? Type a name"))
        self.search_box.setAccessibleName(tr("Person to reach"))
        self.search_box.returnPressed.connect(self._search)
        self._completer = QCompleter(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(lambda _text: self._search())
        self.search_box.setCompleter(self._completer)
        self.zoom_in = QPushButton(tr("Zoom in"), self)
        self.zoom_out = QPushButton(tr("Zoom out"), self)
        self.fit_button = QPushButton(tr("Fit"), self)
        self.title = heading("", self, factor=1.2)
        self.view = MapView(self)
        self.view.setAccessibleName(tr("Network map"))
        self.scene = MapScene(self.palette(), self.open_person_requested.emit, self)
        self.view.setScene(self.scene)
        self.zoom_in.clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.view.fit)
        for keys, slot in (("Ctrl+=", self.zoom_in.click), ("Ctrl++", self.zoom_in.click),
                           ("Ctrl+-", self.zoom_out.click), ("Ctrl+0", self.fit_button.click)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.paths_title = heading(tr("Best ways in"), self, factor=1.05)
        self.paths = QListWidget(self)
        self.paths.setAccessibleName(tr("Best ways in"))
        self.paths.setWordWrap(True)
        self.paths.itemActivated.connect(self._path_activated)
        self.note = muted(PlainLabel("", self))
        self.note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.setSpacing(SPACING)
        bar.addWidget(self.search_box, 1)
        for button in (self.zoom_in, self.zoom_out, self.fit_button):
            bar.addWidget(button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(SPACING, 0, 0, 0)
        side_layout.addWidget(self.paths_title)
        side_layout.addWidget(self.paths, 1)
        side_layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setSizes([820, 280])
        map_page = QWidget(self)
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.title)
        map_layout.addWidget(self.splitter, 1)
        self.empty = EmptyState(
            tr("Whom do you want to reach?"),
            tr("The map shows you, your connections, the people who know the one you want to reach, and the "
               "best ways to be introduced (up to three steps). Type a name above, or open a company and "
               "choose “Show on the network map”."),
            tr("Type a name"), "search", self,
        )  # fmt: skip
        self.empty.button.clicked.connect(lambda: self.search_box.setFocus(Qt.FocusReason.OtherFocusReason))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(map_page)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.search_box)
        self._fill_names()

    # -- choosing whom --------------------------------------------------------------------------------
    def facts_changed(self) -> None:
        """The engine read the database again: new names, and the map of whoever is shown."""
        self._fill_names()
        if self._shown is not None and self.isVisible():
            kind, target, name = self._shown
            if kind == "person":
                self.show_person(target)
            else:
                self.show_company(target, name)

    def _fill_names(self) -> None:
        facts = self._facts()
        if facts is None:
            return
        self._names = {}
        for person in facts.people.values():
            self._names.setdefault(person.name, person.id)
        self._completer.setModel(QStringListModel(sorted(self._names, key=str.casefold), self._completer))

    def _search(self) -> None:
        text = self.search_box.text().strip()
        if not self._names:
            self._fill_names()
        person_id = self._names.get(text)
        if person_id is None:
            person_id = next((pid for name, pid in self._names.items() if name.casefold() == text.casefold()), None)
        if person_id is None:
            self.note.setText(tr("No one called “{name}” is in Rebound.").format(name=text))
            return
        self.show_person(person_id)

    # -- drawing --------------------------------------------------------------------------------------
    def show_person(self, person_id: int) -> None:
        facts = self._facts()
        self._shown = ("person", person_id, "")
        if facts is None:
            self._show_nothing(tr("Reading your network… the map appears in a moment."))
            return
        network = person_map(person_id, facts)
        if network is None:
            self._show_nothing(tr("This person is not in Rebound any more."))
            return
        name = facts.people[person_id].name
        self.title.setText(tr("Ways to {name}").format(name=name))
        self._draw(network, tr("{name} has no connection you know of, within three steps.").format(name=name))

    def show_company(self, company_id: int, name: str = "") -> None:
        facts = self._facts()
        self._shown = ("company", company_id, name)
        if facts is None:
            self._show_nothing(tr("Reading your network… the map appears in a moment."))
            return
        people = sorted(p.id for p in facts.people.values() if p.company_id == company_id)
        name = name or next((p.company for p in facts.people.values() if p.company_id == company_id and p.company), "")
        self.title.setText(tr("Ways into {company}").format(company=name))
        if not people:
            self._show_nothing(tr("You know no one at {company} yet.").format(company=name))
            return
        self._draw(company_map(people, name, facts), tr("No one you know knows anyone at {company}, within "
                                                          "three steps.").format(company=name))  # fmt: skip

    def _show_nothing(self, text: str) -> None:
        self.network = None
        self.scene.clear()
        self.paths.clear()
        self.note.setText(text)
        self.stack.setCurrentIndex(0)

    def _draw(self, network: NetworkMap, no_path: str) -> None:
        self.network = network
        self.stack.setCurrentIndex(0)
        self.scene.draw(network)
        self.view.fit()
        self.paths.clear()
        for way in network.paths:
            names = [network.nodes[pid].name for pid in way.path]
            words = (tr("You know {name}") if len(names) == 1 else tr("Ask {first}: {path}")).format(
                name=names[0], first=names[0], path=" → ".join(names)
            )
            item = QListWidgetItem(words)
            item.setData(PERSON_ROLE, way.path[0])
            self.paths.addItem(item)
        self.note.setText("" if network.paths else no_path)
        if network.paths:
            self.paths.setCurrentRow(0)

    def _path_activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(PERSON_ROLE)
        if isinstance(person_id, int):
            self.open_person_requested.emit(person_id)

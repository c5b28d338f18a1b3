"""One person, in the detail pane: who they are, the timeline, the profile, processes and connections."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.people import PersonDetail, get_person
from desktop.errors import NotFound
from desktop.gui.kit.formatting import format_date, role_label, title_at_company
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.links import mail_url, open_url, safe_url
from desktop.gui.kit.widgets import SPACING, PlainLabel, alert, alert_colour, heading, muted
from desktop.gui.people.person_form import PersonForm
from desktop.gui.people.person_lists import ConnectionsView, ProcessesView
from desktop.gui.people.person_timeline import TimelineView
from desktop.gui.services.ops import Ops
from desktop.gui.services.workers import TaskRunner

COMPACT_MIN_WIDTH = 280  # the person pane at its narrowest (the action buttons as icons)

if TYPE_CHECKING:  # the dialogs load when first opened: not needed to show the window
    from desktop.core.reconnect.facts import Facts
    from desktop.gui.dialogs.add_note import AddNoteDialog
    from desktop.gui.dialogs.log_interaction import LogInteractionDialog
    from desktop.gui.dialogs.record_dialog import RecordDialog
    from desktop.gui.people.erase_dialog import EraseDialog

TIMELINE_TAB, PROFILE_TAB, PROCESSES_TAB, CONNECTIONS_TAB = range(4)
RecordDialogT = TypeVar("RecordDialogT", bound="RecordDialog")


class PersonHeader(QWidget):
    """Name, "title at company", the facts that matter before writing to them, and the contact buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = heading("", self)
        self.name.setWordWrap(True)
        self.subtitle = PlainLabel("", self, selectable=True)
        self.subtitle.setWordWrap(True)
        self.facts = muted(PlainLabel("", self))
        self.facts.setWordWrap(True)
        self.do_not_contact_icon = QLabel(self)
        self.do_not_contact_icon.setPixmap(icon("warning", alert_colour(self)).pixmap(16, 16))
        self.do_not_contact = alert(PlainLabel(tr("Do not contact"), self))
        self.add_note_button = QPushButton(icon("note"), tr("Add note"), self)
        self.log_button = QPushButton(icon("linkedin_message"), tr("Log interaction…"), self)
        self.linkedin_button = QPushButton(icon("external_link"), tr("LinkedIn"), self)
        self.email_button = QPushButton(icon("email"), tr("E-mail"), self)
        self.erase_button = QPushButton(icon("erase"), tr("Erase person…"), self)
        self.erase_button.setToolTip(tr("Erase this person and everything about them, for good"))

        flags = QHBoxLayout()
        flags.setSpacing(SPACING // 2)
        flags.addWidget(self.do_not_contact_icon)
        flags.addWidget(self.do_not_contact)
        flags.addStretch(1)
        actions = QHBoxLayout()
        actions.setSpacing(SPACING)
        for button in (self.add_note_button, self.log_button, self.linkedin_button, self.email_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        # Narrower than the row with its words, the buttons show their icons alone (the words in the tooltip):
        # the pane yields width to the list instead of pushing it into a sideways scroll.
        self._labels = {button: button.text() for button in self.action_buttons}
        self._row_width = sum(b.sizeHint().width() for b in self.action_buttons) + SPACING * (
            len(self.action_buttons) + 4
        )
        self.compact = False
        self.setMinimumWidth(COMPACT_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.facts)
        layout.addLayout(flags)
        layout.addSpacing(SPACING)
        layout.addLayout(actions)

    @property
    def action_buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_note_button, self.log_button, self.linkedin_button, self.email_button, self.erase_button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._set_compact(event.size().width() < self._row_width)
        super().resizeEvent(event)

    def _set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        for button, label in self._labels.items():
            button.setText("" if compact else label)
            button.setAccessibleName(label.rstrip("…"))
            if compact and not button.toolTip():
                button.setToolTip(label)
            elif not compact and button.toolTip() == label:
                button.setToolTip("")

    def show_person(self, person: PersonDetail) -> None:
        self.name.setText(person.name)
        subtitle = title_at_company(person.title, person.company)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        facts = [role_label(person.role), person.location or ""]
        if person.connected:
            since = format_date(person.connected_on)
            facts.append(
                tr("Connected on LinkedIn since {since}").format(since=since) if since else tr("Connected on LinkedIn")
            )
        if person.archived:
            facts.append(tr("Archived"))
        if person.tags:
            facts.append(tr("Tags: ") + ", ".join(person.tags))
        self.facts.setText(" · ".join(fact for fact in facts if fact))
        self.facts.setVisible(bool(self.facts.text()))
        self.do_not_contact.setVisible(person.do_not_contact)
        self.do_not_contact_icon.setVisible(person.do_not_contact)
        profile = safe_url(person.linkedin_url)
        self.linkedin_button.setEnabled(profile is not None)
        self.linkedin_button.setToolTip(
            tr("Open {toString}").format(toString=profile.toString())
            if profile
            else tr("No LinkedIn profile (http or https) known")
        )
        mail = mail_url(person.email)
        self.email_button.setEnabled(mail is not None)
        self.email_button.setToolTip(
            tr("Write to {email}").format(email=person.email) if mail else tr("No e-mail address known")
        )


class PersonPage(QWidget):
    """The detail pane of the People page; a person opens here, not in a modal dialog."""

    person_opened = Signal(int)
    open_person_requested = Signal(int)
    dirty_changed = Signal(bool)
    person_erased = Signal(int, str)  # id and name: they are gone

    def __init__(
        self, clock: Callable[[], datetime] = datetime.now, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.ops = ops if ops is not None else Ops(self)  # the one write path and its broadcast
        self.person: PersonDetail | None = None
        self.dialog: QDialog | None = None
        self.runner = TaskRunner(self)  # the erasure
        # the reconnect engine's facts (the window's), for the warm introduction paths; None until loaded
        self.facts_provider: Callable[[], Facts | None] = lambda: None
        self.header = PersonHeader(self)
        self.timeline = TimelineView(self)
        self.form = PersonForm(self, self.ops)
        self.processes = ProcessesView(self)
        self.connections = ConnectionsView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, tr("Timeline"))
        self.tabs.addTab(self.form, tr("Profile"))
        self.tabs.addTab(self.processes, tr("Processes"))
        self.tabs.addTab(self.connections, tr("Connections"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.header.add_note_button.clicked.connect(self.add_note)
        self.header.log_button.clicked.connect(self.log_interaction)
        self.header.linkedin_button.clicked.connect(self.open_linkedin)
        self.header.email_button.clicked.connect(self.write_email)
        self.header.erase_button.clicked.connect(self.erase_person)
        self.form.saved.connect(self._after_save)
        self.form.dirty_changed.connect(self._mark_profile_tab)
        self.connections.person_activated.connect(self.open_person_requested)
        self.connections.add_button.clicked.connect(self.add_connection)

    @property
    def person_id(self) -> int | None:
        return self.person.id if self.person else None

    def show_person(self, person_id: int) -> None:
        person = get_person(person_id)
        switching = self.person is None or self.person.id != person_id
        self.person = person
        self.header.show_person(person)
        self.form.load(person)
        self._load_lists(person_id)
        if switching:
            self.tabs.setCurrentIndex(TIMELINE_TAB)
        self.person_opened.emit(person_id)

    def is_dirty(self) -> bool:
        """Whether the profile has edits not saved yet."""
        return self.form.is_dirty()

    def reload(self) -> bool:
        """Read the open person again (the database was replaced); False when they are no longer in it."""
        if self.person is None:
            return False
        try:
            self.show_person(self.person.id)
        except NotFound:
            self.forget()
            return False
        return True

    def forget(self) -> None:
        """Show no one (the person was erased, or is not in a restored database)."""
        self.person = None

    def _load_lists(self, person_id: int) -> None:
        # lazy: with the first person, after the window's first paint
        from desktop.core.network import connections_of
        from desktop.core.processes import processes_of
        from desktop.core.timeline import timeline

        entries = timeline(person_id)
        self.timeline.set_entries(entries)
        processes = processes_of(person_id)
        self.processes.set_processes(processes)
        acquaintances = connections_of(person_id)
        self.connections.set_connections(acquaintances)
        self.connections.set_paths(self._introduction_lines(person_id))
        self.tabs.setTabText(TIMELINE_TAB, tr("Timeline ({n_entries})").format(n_entries=len(entries)))
        self.tabs.setTabText(PROCESSES_TAB, tr("Processes ({n_processes})").format(n_processes=len(processes)))
        self.tabs.setTabText(
            CONNECTIONS_TAB, tr("Connections ({n_acquaintances})").format(n_acquaintances=len(acquaintances))
        )

    def _introduction_lines(self, person_id: int) -> list[str]:
        """How a warm introduction could reach this person (from the engine's facts, once they are loaded)."""
        facts = self.facts_provider()
        if facts is None or person_id not in facts.people:
            return []
        if facts.people[person_id].connected:
            return [tr("You are connected on LinkedIn: no introduction needed.")]
        # lazy: with the first person, after the window's first paint
        from desktop.core.network import intro_paths

        paths = intro_paths(person_id, facts)
        if not paths:
            return [tr("No warm path yet: no one you are connected to knows them (up to three steps).")]
        names = facts.people
        return [tr("Warm introductions:")] + [" → ".join(["You", *(names[pid].name for pid in path)]) for path in paths]

    def refresh_paths(self) -> None:
        """The introduction paths again (the engine's facts arrived or changed)."""
        if self.person is not None:
            self.connections.set_paths(self._introduction_lines(self.person.id))

    def reload_lists(self) -> None:
        """Read the timeline, processes and connections again (something was recorded elsewhere, e.g. Today)."""
        if self.person is not None:
            self._load_lists(self.person.id)

    def _mark_profile_tab(self, dirty: bool) -> None:
        self.tabs.setTabText(PROFILE_TAB, tr("Profile (not saved)") if dirty else tr("Profile"))
        self.dirty_changed.emit(dirty)

    def _after_save(self, person_id: int) -> None:
        # the profile was saved on the database executor; its broadcast (naming them) follows
        if self.person is not None and self.person.id == person_id:
            self.person = get_person(person_id)
            self.header.show_person(self.person)

    # -- actions ----------------------------------------------------------------------
    def save(self) -> bool:
        return self.form.save()

    def add_note(self) -> AddNoteDialog | None:
        # lazy: dialogs load when first opened
        from desktop.gui.dialogs.add_note import AddNoteDialog

        if self.person is None:
            return None
        dialog = AddNoteDialog(self.person.id, self.person.name, self._clock(), self.window(), self.ops)
        return self._open(dialog)

    def add_connection(self) -> QDialog | None:
        """Whom this person knows: a name from Rebound, how, how well (the Connections tab reads it again)."""
        # lazy: dialogs load when first opened
        from desktop.core.people import list_people
        from desktop.gui.dialogs.add_connection import AddConnectionDialog

        if self.person is None:
            return None
        names = [row.name for row in list_people() if row.id != self.person.id]
        dialog = AddConnectionDialog(self.person.id, self.person.name, names, self._clock(), self.window(), self.ops)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def log_interaction(self) -> LogInteractionDialog | None:
        # lazy: dialogs load when first opened
        from desktop.gui.dialogs.log_interaction import LogInteractionDialog

        if self.person is None:
            return None
        dialog = LogInteractionDialog(self.person.id, self.person.name, self._clock(), self.window(), self.ops)
        return self._open(dialog)

    def erase_person(self) -> EraseDialog | None:
        """Ask (naming the person and what goes), then erase them in a worker."""
        # lazy: dialogs load when first opened
        from desktop.gui.people.erase_dialog import EraseDialog

        if self.person is None:
            return None
        if self.form.is_dirty():
            self.form.revert()  # what is about to be erased need not be saved first
        person = self.person
        dialog = EraseDialog(person.id, person.name, person.company, self._clock().date(), self.runner, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.erased.connect(self._erased)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _erased(self, person_id: int, name: str) -> None:
        if self.person_id == person_id:
            self.forget()
        self.ops.broadcast(Changes(erased=frozenset({person_id})))
        self.person_erased.emit(person_id, name)

    def _open(self, dialog: RecordDialogT) -> RecordDialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._after_record)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()  # window-modal, and the event loop keeps running
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _after_record(self, _interaction_id: int) -> None:
        """The timeline shows what was just recorded (the broadcast that follows reads it again)."""
        if self.person is not None:
            self.tabs.setCurrentIndex(TIMELINE_TAB)

    def open_linkedin(self) -> bool:
        return open_url(safe_url(self.person.linkedin_url if self.person else None))

    def write_email(self) -> bool:
        return open_url(mail_url(self.person.email if self.person else None))

    def confirm_leave(self) -> bool:
        """Before showing someone else or quitting: save, discard or stay with unsaved changes."""
        if self.person is None or not self.form.is_dirty():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Unsaved changes"),
            tr("Save the changes to {name}?").format(name=self.person.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            if self.form.save():
                return True
            self.tabs.setCurrentIndex(PROFILE_TAB)
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.form.revert()
            return True
        return False

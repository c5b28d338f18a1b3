"""Log a rejection in one step: who said no (someone known, or a new person), where, for which role.

The person field completes over the names in Rebound; a name that matches nobody creates a
new person. On OK the process (rejected), its contact and the inbound rejection message are
recorded through ``core.processes.log_rejection``, on the database executor; Today then suggests
the reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from desktop import vocab
from desktop.core.changes import Changes
from desktop.core.people import create_person, people_ids, person_rows, update_person
from desktop.core.processes import LoggedRejection, log_rejection
from desktop.errors import InputError
from desktop.gui.dialogs.form_dialog import FormDialog, Write
from desktop.gui.dialogs.record_dialog import check_not_future
from desktop.gui.kit.formatting import role_label, title_at_company, word_label
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import PlainLabel, datetime_edit, from_qdatetime, muted
from desktop.gui.services.ops import Ops
from desktop.store.models import DB

DEFAULT_STAGE = "interview"
MATCH_LIMIT = 50


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    company: str | None
    title: str | None


@dataclass(frozen=True)
class RejectionLogged:
    person_id: int
    person_name: str
    created: bool  # a new person was added
    logged: LoggedRejection
    changes: Changes  # what core said the writes changed


def choice_labels(people: list[PersonChoice]) -> dict[str, PersonChoice]:
    """What the completer offers: the name, or "Name (Company)" where several people share a name."""
    counts: dict[str, int] = {}
    for person in people:
        counts[person.name.casefold()] = counts.get(person.name.casefold(), 0) + 1
    labels: dict[str, PersonChoice] = {}
    for person in people:
        label = person.name
        if counts[person.name.casefold()] > 1:
            label = f"{person.name} ({person.company or f'#{person.id}'})"
            if label in labels:
                label = f"{person.name} (#{person.id})"
        labels[label] = person
    return labels


def people_named(name: str) -> list[PersonChoice]:
    """Everyone in the database whose name is exactly ``name`` (ignoring case)."""
    wanted = name.strip().casefold()
    rows = person_rows(people_ids(name, limit=MATCH_LIMIT))
    return [PersonChoice(r.id, r.name, r.company, r.title) for r in rows if r.name.casefold() == wanted]


class LogRejectionDialog(FormDialog):
    logged = Signal(object)  # RejectionLogged

    def __init__(
        self,
        people: list[PersonChoice],
        companies: list[str],
        now: datetime,
        parent: QWidget | None = None,
        ops: Ops | None = None,
    ) -> None:
        super().__init__(tr("Log rejection"), tr("Log rejection"), parent, ops)
        self.now = now
        self._choices = choice_labels(people)
        self._company_filled = ""  # the company the person field filled in (replaced when the person changes)

        self.person = QLineEdit(self)
        self.person.setPlaceholderText(tr("Who told you? Pick someone or type a new name"))
        people_completer = QCompleter(sorted(self._choices, key=str.casefold), self)
        people_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        people_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(people_completer)
        self.person_hint = muted(PlainLabel("", self))
        self.person_hint.setWordWrap(True)
        self.company = QLineEdit(self)
        self.company.setPlaceholderText(tr("e.g. Acme GmbH"))
        company_completer = QCompleter(companies, self)
        company_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(company_completer)
        self.role_title = QLineEdit(self)
        self.role_title.setPlaceholderText(tr("The role you applied for, e.g. Data Analyst"))
        self.stage = QComboBox(self)
        for stage in vocab.STAGES:
            self.stage.addItem(word_label(stage), stage)
        self.stage.setCurrentIndex(self.stage.findData(DEFAULT_STAGE))
        self.contact_role = QComboBox(self)
        for role in vocab.CONTACT_ROLES:
            self.contact_role.addItem(role_label(role), role)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(tr("Their e-mail address (optional), to reply by e-mail"))
        self.linkedin = QLineEdit(self)
        self.linkedin.setPlaceholderText(tr("Their LinkedIn profile (optional), https://www.linkedin.com/in/…"))
        self.when = datetime_edit(now, self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(tr("What they wrote (optional): the reason they gave, anything to remember"))
        self.text.setMinimumSize(440, 110)

        self.form.addRow(PlainLabel(tr("Who said no:")), self.person)
        self.form.addRow("", self.person_hint)
        self.form.addRow(PlainLabel(tr("Company:")), self.company)
        self.form.addRow(PlainLabel(tr("Role:")), self.role_title)
        self.form.addRow(PlainLabel(tr("Stage reached:")), self.stage)
        self.form.addRow(PlainLabel(tr("Their part:")), self.contact_role)
        self.form.addRow(PlainLabel(tr("E-mail:")), self.email)
        self.form.addRow(PlainLabel(tr("LinkedIn:")), self.linkedin)
        self.form.addRow(PlainLabel(tr("When:")), self.when)
        self.form.addRow(PlainLabel(tr("What they wrote:")), self.text)
        self.person.textChanged.connect(self._person_changed)
        people_completer.activated.connect(self._person_changed)
        self._person_changed()
        self.person.setFocus()

    # -- the person -----------------------------------------------------------------------
    def known_person(self) -> PersonChoice | None:
        """The person the field names among the completer's choices, if exactly one."""
        text = self.person.text().strip()
        if text in self._choices:
            return self._choices[text]
        matches = [p for p in self._choices.values() if p.name.casefold() == text.casefold()]
        return matches[0] if len(matches) == 1 else None

    def _person_changed(self, *_args: object) -> None:
        text = self.person.text().strip()
        known = self.known_person()
        if not text:
            self.person_hint.setText("")
        elif known is not None:
            about = title_at_company(known.title, known.company)
            self.person_hint.setText(tr("Already in Rebound{value}.").format(value=": " + about if about else ""))
            if known.company and self.company.text().strip() in ("", self._company_filled):
                self.company.setText(known.company)
                self._company_filled = known.company
        else:
            self.person_hint.setText(tr("Not in Rebound yet: a new person will be added."))
        self.person_hint.setVisible(bool(text))

    # -- saving -----------------------------------------------------------------------------
    def submit(self) -> Write:
        name = self.person.text().strip()
        company = self.company.text().strip()
        title = self.role_title.text().strip()
        if not name:
            raise InputError(tr("who said no? Pick a person or type a new name"))
        if not company:
            raise InputError(tr("which company? Type the company's name"))
        if not title:
            raise InputError(tr("which role? Type the title of the role you applied for"))
        at = from_qdatetime(self.when.dateTime())
        check_not_future(at, self.now)
        picked = self.known_person()
        role = self.contact_role.currentData()
        stage = self.stage.currentData()
        text = self.text.toPlainText().strip() or None
        reach = {"email": self.email.text().strip(), "linkedin_url": self.linkedin.text().strip()}
        reach = {field: value for field, value in reach.items() if value}  # what was typed: how to reach them

        def write() -> RejectionLogged:
            known = resolve(name, picked)
            with DB.atomic():  # a new person and their rejection, or neither
                if known is None:
                    created = create_person({"name": name, "company": company, "role": role, **reach})
                    person_id, person_changes = created.value, created.changes
                else:
                    person_id = known.id
                    person_changes = update_person(person_id, reach).changes if reach else Changes()
                logged = log_rejection(person_id, company, title, stage, at, text, contact_role=role)
            changes = person_changes | logged.changes
            return RejectionLogged(person_id, known.name if known else name, known is None, logged, changes)

        return Write(write, self.logged.emit)


def resolve(name: str, known: PersonChoice | None) -> PersonChoice | None:
    """The person picked, else the one person in the database of that name (None: someone new)."""
    if known is not None:
        return known
    matches = people_named(name)
    if len(matches) > 1:
        raise InputError(
            tr("{n_matches} people are called {name}; pick one from the list (it shows the company)").format(
                n_matches=len(matches), name=name
            )
        )
    return matches[0] if matches else None

"""The template editor: edit the draft of an action in a language, with a live preview on real data.

The preview renders the text in the same sandbox as the drafts (``drafts.render_text``) with
the variables of a real suggestion of that action — the first one in today's plan, else a
suggestion made up for someone in the database. A template that cannot be rendered (a
syntax error, an unknown variable, anything the sandbox refuses) shows why, in red beside
a warning icon and the word "Error", and cannot be saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import vocab
from desktop.core.changes import Changes
from desktop.core.reconnect import drafts, rules
from desktop.core.reconnect.drafts import TemplateProblem
from desktop.core.reconnect.present import draft_variables
from desktop.core.reconnect.suggestion import Suggestion
from desktop.errors import ReboundError
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.i18n import VOCABULARY, tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, muted, scaled_font
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.workers import Task

PREVIEW_DELAY_MS = 200
LANGUAGE_NAMES = {"en": tr("English"), "de": tr("German")}
MADE_UP: dict[str, Any] = {
    "first_name": tr("Alex"),
    "name": tr("Alex Example"),
    "company": tr("Example GmbH"),
    "title": tr("Recruiter"),
    "channel": "email",
    "opening_title": tr("Data Analyst"),
    "opening_company": tr("Example GmbH"),
    "target_name": tr("Sam Sample"),
    "target_first_name": tr("Sam"),
    "my_name": "",
    "stage": "interview",
    "new_role": tr("Example GmbH"),
    "limit": vocab.SETTING_DEFAULTS["connect_note_limit"],
    "colleague": "",  # on a team server only
    "colleague_day": "",
}


def language_label(language: str) -> str:
    return f"{LANGUAGE_NAMES.get(language, language)} ({language})"


class TemplateEditor(QWidget):
    message = Signal(str)

    def __init__(self, keeper: PlanKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self._loaded_text = ""
        self._current: tuple[str, str] = ("", "")
        self.sample: dict[str, Any] = dict(MADE_UP)
        self.sample_channel = "email"

        self.action = QComboBox(self)
        for action in vocab.ACTIONS:
            self.action.addItem(tr(vocab.ACTION_LABELS[action], VOCABULARY), action)
        self.language = QComboBox(self)
        for language in drafts.LANGUAGES:
            self.language.addItem(language_label(language), language)
        self.state = muted(PlainLabel("", self))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(tr("Template"))
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setMinimumSize(380, 300)
        self.variables = muted(
            PlainLabel(
                tr("The first line may be “Subject: …”. Variables: ")
                + ", ".join("{{ " + name + " }}" for name in drafts.VARIABLES),
                self,
            )
        )
        self.variables.setWordWrap(True)
        self.variables.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sample_label = muted(PlainLabel("", self))
        self.sample_label.setWordWrap(True)
        self.preview_subject = PlainLabel("", self, selectable=True)
        self.preview_subject.setFont(scaled_font(self.preview_subject, 1.0, bold=True))
        self.preview_subject.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setAccessibleName(tr("Preview"))
        self.preview.setReadOnly(True)
        self.preview.setMinimumSize(340, 300)
        self.preview_count = muted(PlainLabel("", self))
        self.preview_count.setWordWrap(True)
        self.error = InlineError(self)

        self.reset_button = QPushButton(tr("Reset to shipped"), self)
        self.reset_button.setToolTip(tr("Throw away your version and use the template Rebound ships"))
        self.save_button = QPushButton(icon("done"), tr("Save template"), self)

        pick = QHBoxLayout()
        pick.setSpacing(SPACING)
        pick.addWidget(PlainLabel(tr("Action:"), self))
        pick.addWidget(self.action)
        pick.addSpacing(SPACING)
        pick.addWidget(PlainLabel(tr("Language:"), self))
        pick.addWidget(self.language)
        pick.addSpacing(SPACING)
        pick.addWidget(self.state, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(SPACING // 2)
        grid.addWidget(PlainLabel(tr("Template:"), self), 0, 0)
        grid.addWidget(PlainLabel(tr("Preview:"), self), 0, 1)
        grid.addWidget(self.editor, 1, 0, 3, 1)
        grid.addWidget(self.sample_label, 1, 1)
        grid.addWidget(self.preview_subject, 2, 1)
        grid.addWidget(self.preview, 3, 1)
        grid.addWidget(self.variables, 4, 0)
        grid.addWidget(self.preview_count, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        layout.addLayout(pick)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.editor.textChanged.connect(self._edited)
        self.action.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        language = keeper.facts.language if keeper.facts is not None else "en"
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.load()

    # -- which template ---------------------------------------------------------------------
    def choice(self) -> tuple[str, str]:
        return self.action.currentData(), self.language.currentData()

    def select(self, action: str, language: str = "en") -> None:
        self.action.setCurrentIndex(self.action.findData(action))
        self.language.setCurrentIndex(self.language.findData(language))

    def is_dirty(self) -> bool:
        return self.editor.toPlainText() != self._loaded_text

    def _choice_changed(self) -> None:
        if self.choice() == self._current:
            return
        if self.is_dirty() and not self.confirm_discard():
            action, language = self._current
            for combo, value in ((self.action, action), (self.language, language)):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
            return
        self.load()

    def confirm_discard(self) -> bool:
        action, language = self._current
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Unsaved template"),
            tr("Discard your changes to the template “{value}” ({language_label})?").format(
                value=tr(vocab.ACTION_LABELS[action], VOCABULARY), language_label=language_label(language)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Discard

    def load(self) -> None:
        """Show the chosen template (the user's version, else the shipped one) and its preview."""
        action, language = self.choice()
        self._current = (action, language)
        text = drafts.template_text(action, language)
        self._loaded_text = text
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._show_state()
        self.sample, self.sample_channel, about = self._sample_for(action)
        self.sample_label.setText(tr("With the data of {about}").format(about=about))
        self.update_preview()

    def _show_state(self) -> None:
        action, language = self._current
        edited = self._loaded_text != drafts.shipped_text(action, language)
        changed = tr(" — changed, not saved") if self.is_dirty() else ""
        self.state.setText((tr("Your version") if edited else tr("As shipped")) + changed)
        self.reset_button.setEnabled(edited or self.is_dirty())

    def _sample_for(self, action: str) -> tuple[dict[str, Any], str, str]:
        """Variables of a real suggestion of this action, else of anyone; made up on an empty database."""
        facts = self.keeper.facts
        if facts is None:
            return dict(MADE_UP), "email", tr("a made-up person (the plan is still being worked out)")
        plan, coming = self.keeper.plan()
        label = tr(vocab.ACTION_LABELS[action], VOCABULARY).lower()
        for suggestion in [*plan, *coming, *self.keeper.opening_suggestions()]:
            if suggestion.action == action:
                name = facts.people[suggestion.person_id].name
                return (
                    draft_variables(suggestion, facts),
                    suggestion.channel,
                    tr("{name} (a suggestion on Today)").format(name=name),
                )
        people = sorted(facts.people.values(), key=lambda p: (p.name.casefold(), p.id))
        if people:
            person = people[0]
            channel = "linkedin_note" if action == "connect_linkedin" else rules.general_channel(person)
            made = Suggestion(action, person.id, channel, self.keeper.today(), ())
            return (
                draft_variables(made, facts),
                channel,
                tr("{name} (no “{label}” suggestion today)").format(name=person.name, label=label),
            )
        return dict(MADE_UP), "email", tr("a made-up person (no one is in Rebound yet)")

    # -- preview ----------------------------------------------------------------------------
    def _edited(self) -> None:
        self._show_state()
        self._timer.start()

    def update_preview(self) -> bool:
        """Render the editor's text now; False (and the error shown) when it cannot be rendered."""
        self._timer.stop()
        try:
            draft = drafts.render_text(self.editor.toPlainText(), self.sample)
        except TemplateProblem as problem:
            self.error.show_message(tr("Error: {sentence}").format(sentence=sentence(str(problem))))
            self.save_button.setEnabled(False)
            self.preview_subject.hide()
            self.preview.setPlainText("")
            self.preview.setPlaceholderText(tr("No preview while the template has an error (see below)."))
            self.preview_count.setText("")
            return False
        self.error.clear()
        self.save_button.setEnabled(True)
        self.preview_subject.setText(tr("Subject: {subject}").format(subject=draft.subject) if draft.subject else "")
        self.preview_subject.setVisible(bool(draft.subject))
        self.preview.setPlainText(draft.body)
        length = len(draft.body)
        if self.sample_channel == "linkedin_note":
            limit = int(self.sample.get("limit", vocab.SETTING_DEFAULTS["connect_note_limit"]))
            note = "" if length <= limit else tr("; as a LinkedIn connection note it will be shortened")
            self.preview_count.setText(
                tr("{length} of {limit} characters{note}").format(length=length, limit=limit, note=note)
            )
        else:
            self.preview_count.setText(tr("{length} characters").format(length=length))
        return True

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # -- saving (on the database executor; the broadcast renders the drafts on screen again) ------------
    def save(self) -> Task | None:
        """Check the text here and save it through the window's one write path; None (the error shown) when
        it cannot be rendered."""
        action, language = self._current
        text, sample = self.editor.toPlainText(), dict(self.sample)
        try:
            drafts.validate_template(text, sample)
        except ReboundError as error:
            self._refuse(str(error))
            return None

        def done(_changes: Changes) -> None:
            if self._current == (action, language):
                self._loaded_text = text
                self._show_state()
                self.update_preview()
            self.message.emit(
                tr("Saved the template “{value}” ({language_label}).").format(
                    value=tr(vocab.ACTION_LABELS[action], VOCABULARY), language_label=language_label(language)
                )
            )

        return self.keeper.ops.run(lambda: drafts.save_template(action, language, text, sample), done, self._refuse)

    def _refuse(self, message: str) -> None:
        self.error.show_message(tr("Error: {sentence} Not saved.").format(sentence=sentence(message)))
        self.save_button.setEnabled(False)

    def reset(self) -> Task:
        action, language = self._current

        def done(_changes: Changes) -> None:
            if self._current == (action, language):
                self.load()
            self.message.emit(
                tr("The template “{value}” ({language_label}) is as shipped.").format(
                    value=tr(vocab.ACTION_LABELS[action], VOCABULARY), language_label=language_label(language)
                )
            )

        return self.keeper.ops.run(lambda: drafts.reset_template(action, language), done, self._refuse)

"""Settings: the rules of the reconnect engine (stored in the database), the message templates, privacy
(encryption, keyring, backups) and the mail account."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import vocab
from desktop.core.changes import Changes
from desktop.core.settings import get_settings, save_settings
from desktop.errors import InputError, ReboundError
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit.i18n import tr, tr_noop
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, muted
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.session import Session
from desktop.gui.services.workers import Task
from desktop.gui.settings.companies import CompaniesTab
from desktop.gui.settings.database import DatabaseTab
from desktop.gui.settings.mail import MailTab
from desktop.gui.settings.privacy import PrivacyTab
from desktop.gui.settings.profile import ProfileTab
from desktop.gui.settings.templates import TemplateEditor

RULES_TAB, TEMPLATES_TAB, PRIVACY_TAB, MAIL_TAB, COMPANIES_TAB, PROFILE_TAB, DATABASE_TAB = range(7)

# key → (label, unit, what it means); the keys and defaults are vocab.SETTING_DEFAULTS
SETTING_TEXTS: dict[str, tuple[str, str, str]] = {
    "reply_window_days": (tr("Reply to a rejection within"), tr_noop("days"), tr("After this the reply is overdue.")),
    "reply_lapse_days": (
        tr("Stop suggesting a reply after"),
        tr_noop("days"),
        tr("An old rejection no longer asks for a reply."),
    ),
    "checkin_min_days": (tr("Check in no sooner than"), tr_noop("days"), tr("Counted from the last message you sent.")),
    "checkin_overdue_days": (
        tr("A check-in is overdue after"),
        tr_noop("days"),
        tr("Counted from the last message you sent."),
    ),
    "event_min_days": (
        tr("Gap before news-driven messages"),
        tr_noop("days"),
        tr("A new opening or job change is a reason to write only this long after your last message."),
    ),
    "max_unanswered": (
        tr("Stop after unanswered messages"),
        tr_noop("messages"),
        tr("This many messages without an answer stop all suggestions to write again (a reply resets it)."),
    ),
    "opening_fresh_days": (
        tr("An opening counts as new for"),
        tr_noop("days"),
        tr("Counted from the day it was found."),
    ),
    "job_change_fresh_days": (tr("A job change counts as news for"), tr_noop("days"), ""),
    "relevance_threshold": (
        tr("Ignore openings below a relevance of"),
        "",
        tr("0 to 1: how well an opening fits your target roles and keywords (or a candidate's)."),
    ),
    "connect_note_limit": (
        tr("LinkedIn connection notes at most"),
        tr_noop("characters"),
        tr("Longer drafts are shortened."),
    ),
}
RANGES: dict[str, tuple[int, int]] = {"max_unanswered": (1, 99), "connect_note_limit": (50, 5000)}
DAY_RANGE = (0, 3650)

# (later, earlier): the first may not be smaller than the second
ORDERED = (("checkin_overdue_days", "checkin_min_days"), ("reply_lapse_days", "reply_window_days"))


class RulesTab(QScrollArea):
    """One spin box per rule setting, with what it means; inline errors; Restore defaults."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        content = QWidget(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(SPACING)
        grid.setColumnStretch(2, 1)
        for row, (key, default) in enumerate(vocab.SETTING_DEFAULTS.items()):
            label, unit, meaning = SETTING_TEXTS[key]
            field: QSpinBox | QDoubleSpinBox
            if isinstance(default, float):
                field = QDoubleSpinBox(content)
                field.setRange(0.0, 1.0)
                field.setDecimals(2)
                field.setSingleStep(0.05)
            else:
                field = QSpinBox(content)
                field.setRange(*RANGES.get(key, DAY_RANGE))
            if unit:
                field.setSuffix(" " + tr(unit))
            field.setKeyboardTracking(False)
            field.setMinimumWidth(140)
            field.setAccessibleName(label)
            self.fields[key] = field
            name = PlainLabel(f"{label}:", content)
            name.setBuddy(field)
            hint = muted(PlainLabel(meaning, content))
            hint.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(hint, row, 2)
        self.error = InlineError(content)
        self.defaults_button = QPushButton(tr("Restore defaults"), content)
        self.defaults_button.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        intro = PlainLabel(tr("When Rebound suggests getting back in touch, and how:"), content)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.defaults_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setWidget(content)
        self.load()

    def load(self) -> None:
        self._stored = get_settings()
        for key, value in self._stored.items():
            self._show(key, value)
        self.error.clear()

    def values(self) -> dict[str, int | float]:
        found: dict[str, int | float] = {}
        for key, field in self.fields.items():
            value = field.value()
            found[key] = round(float(value), 2) if isinstance(field, QDoubleSpinBox) else int(value)
        return found

    def changes(self) -> dict[str, int | float]:
        return {key: value for key, value in self.values().items() if value != self._stored.get(key)}

    def restore_defaults(self) -> None:
        for key, value in vocab.SETTING_DEFAULTS.items():
            self._show(key, value)

    def _show(self, key: str, value: int | float) -> None:
        field = self.fields[key]
        if isinstance(field, QDoubleSpinBox):
            field.setValue(float(value))
        else:
            field.setValue(int(value))

    def check(self) -> None:
        """Settings that contradict each other (InputError naming both)."""
        values = self.values()
        for later, earlier in ORDERED:
            if values[later] < values[earlier]:
                self.fields[later].setFocus()
                raise InputError(
                    tr("“{value}” ({values} days) cannot be less than “{value2}” ({values2} days)").format(
                        value=SETTING_TEXTS[later][0],
                        values=values[later],
                        value2=SETTING_TEXTS[earlier][0],
                        values2=values[earlier],
                    )
                )

    def refuse(self, message: str) -> None:
        self.error.show_message(tr("Not saved: {sentence}").format(sentence=sentence(message)))


class SettingsDialog(QDialog):
    settings_saved = Signal()  # rule settings changed
    message = Signal(str)

    def __init__(
        self,
        keeper: PlanKeeper,
        parent: QWidget | None = None,
        session: Session | None = None,
        ui_settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.keeper = keeper
        self.session = session if session is not None else Session.of_open_database(self)
        self.rules = RulesTab(self)
        self.templates = TemplateEditor(keeper, self)
        self.templates.message.connect(self.message)
        self.privacy = PrivacyTab(self.session, self, ops=keeper.ops)
        self.privacy.message.connect(self.message)
        self.mail = MailTab(self.session, self, ops=keeper.ops, today=keeper.today)
        self.mail.message.connect(self.message)
        self.mail.idle.connect(self._mail_idle)
        self.companies = CompaniesTab(keeper.ops, self)
        self.companies.message.connect(self.message)
        self.profile = ProfileTab(keeper, self, ui_settings=ui_settings)
        self.profile.message.connect(self.message)
        self.profile.saved.connect(self._profile_saved)
        self.database = DatabaseTab(self.session, self, ui_settings=ui_settings, ops=keeper.ops)
        self.database.message.connect(self.message)
        self._close_when_profile_saved = False
        self._close_when_saved = False
        self.rules_task: Task | None = None  # the rule settings being saved on the database executor
        self._close_when_rules_saved = False
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.rules, tr("Rules"))
        self.tabs.addTab(self.templates, tr("Templates"))
        self.tabs.addTab(self.privacy, tr("Privacy"))
        self.tabs.addTab(self.mail, tr("Mail"))
        self.tabs.addTab(self.companies, tr("Companies"))
        self.tabs.addTab(self.profile, tr("About you"))
        self.tabs.addTab(self.database, tr("Database"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setToolTip(tr("Save the rule settings; Today follows at once"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def apply(self) -> bool:
        """Save the rule settings that changed on the database executor (its broadcast re-plans);
        False (the reason shown, nothing saved) when they do not fit."""
        if self.rules_task is not None:
            return True  # being saved
        changed = self.rules.changes()
        try:
            self.rules.check()
        except ReboundError as error:
            self.rules.refuse(str(error))
            self.tabs.setCurrentIndex(RULES_TAB)
            return False
        self.rules.error.clear()
        if not changed:
            return True

        def done(_changes: Changes) -> None:
            self.rules_task = None
            self.rules.load()
            self.settings_saved.emit()
            self.message.emit(tr("Settings saved. Today follows the new rules."))
            if self._close_when_rules_saved:
                self._close_when_rules_saved = False
                self.accept()

        def failed(message: str) -> None:
            self.rules_task = None
            self._close_when_rules_saved = False
            self.rules.refuse(message)
            self.tabs.setCurrentIndex(RULES_TAB)

        self.rules_task = self.keeper.ops.run(lambda: save_settings(changed), done, failed)
        return True

    def _privacy_busy(self) -> bool:
        """A job that replaces the database must end here (its result, maybe a recovery key, is shown here)."""
        if self.session.busy:
            self.tabs.setCurrentIndex(PRIVACY_TAB)
            self.message.emit(
                tr("{busy_text} Settings close when it is done.").format(busy_text=self.session.busy_text)
            )
            return True
        return False

    def accept(self) -> None:
        if self._privacy_busy() or not self.apply():
            return
        if self.rules_task is not None:  # saved on the executor; the dialog closes when it is
            self._close_when_rules_saved = True
            return
        if self.profile.is_dirty():  # saved on the executor; the dialog closes when it is
            self._close_when_profile_saved = True
            if self.profile.save() is not None:
                return
        if self.templates.is_dirty() and not self.templates.confirm_discard():
            self.tabs.setCurrentIndex(TEMPLATES_TAB)
            return
        if self.mail.is_dirty():
            if not self.mail.save():
                self.tabs.setCurrentIndex(MAIL_TAB)
                return
            if self.mail.task is not None:  # the password goes to the keyring: close when that is done
                self._close_when_saved = True
                return
        super().accept()

    def _profile_saved(self) -> None:
        if self._close_when_profile_saved:
            self._close_when_profile_saved = False
            self.accept()

    def _mail_idle(self) -> None:
        if self._close_when_saved:
            self._close_when_saved = False
            if self.mail.error.message():
                self.tabs.setCurrentIndex(MAIL_TAB)  # the password was not stored: say so here
                return
            super().accept()

    def reject(self) -> None:
        if self._privacy_busy() or self.mail.task is not None or self.rules_task is not None:
            return
        if self.templates.is_dirty() and not self.templates.confirm_discard():
            self.tabs.setCurrentIndex(TEMPLATES_TAB)
            return
        if self.mail.is_dirty() and not self.confirm_discard_mail():
            self.tabs.setCurrentIndex(MAIL_TAB)
            return
        super().reject()

    def confirm_discard_mail(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Unsaved mail settings"),
            tr("Discard your changes to the mail settings?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Discard

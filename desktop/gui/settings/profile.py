"""Settings → About you: your name (it signs your drafts), mode, target roles, keywords, language and your
own e-mail addresses. Saved on the database executor; Today re-plans with them."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import vocab
from desktop.core.profile import MyProfile, get_profile, save_profile
from desktop.gui.dialogs.form_dialog import sentence
from desktop.gui.kit import i18n
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.scheme import SCHEME_CHOICES, SCHEME_KEY, SYSTEM_SCHEME, apply_scheme
from desktop.gui.kit.widgets import SPACING, InlineError, PlainLabel, muted
from desktop.gui.services.plan_keeper import PlanKeeper
from desktop.gui.services.window_state import gui_settings
from desktop.gui.services.workers import Task

MODE_CHOICES: tuple[tuple[str, str], ...] = ((vocab.Mode.JOB_SEEKER, tr("Job seeker: I am looking for a role")),
                (vocab.Mode.RECRUITER, tr("Recruiter: I fill roles")))  # fmt: skip
LANGUAGE_CHOICES = (("en", tr("English")), ("de", tr("Deutsch")))


def split_list(text: str) -> list[str]:
    """``Data Analyst, BI Analyst`` → the items, trimmed (commas or semicolons between them)."""
    return [item.strip() for item in text.replace(";", ",").split(",") if item.strip()]


class ProfileTab(QScrollArea):
    """The fields of "About you"; ``save()`` writes them (``saved`` when done, the reason shown when not)."""

    saved = Signal()
    message = Signal(str)

    def __init__(self, keeper: PlanKeeper, parent: QWidget | None = None, ui_settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.ui_settings = ui_settings if ui_settings is not None else gui_settings()
        self.task: Task | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self)
        self.name = QLineEdit(content)
        self.name.setPlaceholderText(tr("Jana Berg"))
        self.mode = QComboBox(content)
        for value, label in MODE_CHOICES:
            self.mode.addItem(label, value)
        self.target_roles = QLineEdit(content)
        self.target_roles.setPlaceholderText(tr("Data Analyst, BI Analyst"))
        self.keywords = QLineEdit(content)
        self.keywords.setPlaceholderText(tr("sql, python, dashboards"))
        self.language = QComboBox(content)
        for value, label in LANGUAGE_CHOICES:
            self.language.addItem(label, value)
        self.app_language = QComboBox(content)  # the interface's, kept in gui.ini (this computer), not the database
        self.app_language.addItem(tr("As the system"), i18n.SYSTEM)
        for value, label in i18n.LANGUAGES:
            self.app_language.addItem(label, value)
        chosen = self.ui_settings.value(i18n.LANGUAGE_KEY, i18n.SYSTEM)
        self.app_language.setCurrentIndex(max(0, self.app_language.findData(chosen)))
        self.app_language.currentIndexChanged.connect(self._choose_app_language)
        self.scheme = QComboBox(content)
        for value, label in SCHEME_CHOICES:
            self.scheme.addItem(tr(label), value)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(self.ui_settings.value(SCHEME_KEY, SYSTEM_SCHEME))))
        self.scheme.currentIndexChanged.connect(self._choose_scheme)
        self.emails = QLineEdit(content)
        self.emails.setPlaceholderText(tr("jana@example.com, jana.berg@work.example"))
        self.signature = QPlainTextEdit(content)
        self.signature.setTabChangesFocus(True)
        self.signature.setPlaceholderText(tr("Jana Berg\nData Analyst · +49 30 1234567"))
        self.signature.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + SPACING * 2)
        self.error = InlineError(content)
        self.save_button = QPushButton(tr("Save"), content)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(SPACING)
        form.addRow(tr("Your &name:"), self.name)
        form.addRow("", muted(PlainLabel(tr("Signs the drafts Rebound writes for you."), content)))
        form.addRow(tr("&Mode:"), self.mode)
        form.addRow(tr("&Target roles:"), self.target_roles)
        form.addRow("", muted(PlainLabel(tr("Openings for these roles are worth asking about."), content)))
        form.addRow(tr("&Keywords:"), self.keywords)
        form.addRow(tr("&Language of drafts:"), self.language)
        form.addRow(tr("Your &e-mail addresses:"), self.emails)
        form.addRow(tr("&Signature:"), self.signature)
        form.addRow("", muted(PlainLabel(tr("Under every draft; without one, your name signs."), content)))
        form.addRow(tr("Language of &Rebound:"), self.app_language)
        self.app_language_note = muted(PlainLabel(tr("Used from the next start of Rebound."), content))
        form.addRow("", self.app_language_note)
        form.addRow(tr("&Colours:"), self.scheme)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING * 2)
        intro = PlainLabel(tr("About you: what the drafts and the suggestions need to know."), content)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setWidget(content)
        self.load()

    def _choose_app_language(self) -> None:
        """Kept at once on this computer (not in the database); the interface changes with the next start."""
        self.ui_settings.setValue(i18n.LANGUAGE_KEY, str(self.app_language.currentData()))
        self.ui_settings.sync()

    def _choose_scheme(self) -> None:
        """Light, dark or as the system: kept on this computer and applied at once."""
        value = str(self.scheme.currentData())
        self.ui_settings.setValue(SCHEME_KEY, value)
        self.ui_settings.sync()
        apply_scheme(value)

    def load(self) -> None:
        self._stored = get_profile()
        self._show(self._stored)
        self.error.clear()

    def _show(self, profile: MyProfile) -> None:
        self.name.setText(profile.name)
        self.mode.setCurrentIndex(max(0, self.mode.findData(profile.mode)))
        self.target_roles.setText(", ".join(profile.target_roles))
        self.keywords.setText(", ".join(profile.keywords))
        self.language.setCurrentIndex(max(0, self.language.findData(profile.language)))
        self.emails.setText(", ".join(profile.emails))
        self.signature.setPlainText(profile.signature)

    def profile(self) -> MyProfile:
        return MyProfile(
            name=self.name.text().strip(),
            mode=str(self.mode.currentData()),
            target_roles=split_list(self.target_roles.text()),
            keywords=split_list(self.keywords.text()),
            language=str(self.language.currentData()),
            emails=split_list(self.emails.text()),
            signature=self.signature.toPlainText().strip(),
        )

    def is_dirty(self) -> bool:
        return self.profile() != self._stored

    def save(self) -> Task | None:
        """Write the profile on the database executor; Today re-plans with it."""
        if not self.is_dirty():
            self.saved.emit()
            return None
        profile = self.profile()
        self.error.clear()

        def done(_changes: object) -> None:
            self.task = None
            self.load()
            self.message.emit(tr("Saved what you told Rebound about you. Today follows."))
            self.saved.emit()

        def failed(text: str) -> None:
            self.task = None
            self.error.show_message(tr("Not saved: {sentence}").format(sentence=sentence(text)))

        self.task = self.keeper.ops.run(lambda: save_profile(profile), done, failed)
        return self.task

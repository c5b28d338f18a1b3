"""One suggestion on the Today page: who, what, why, the editable draft and the actions.

The card only shows and collects; it asks the page to act through its signals (the page
calls core and re-plans). Every text that came from data is shown as plain text.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reconnect.snapshot import CardSnapshot  # what a card shows
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.i18n import shortcut_text, tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.links import mail_url, web_url
from desktop.gui.kit.qt_values import ALIGN_TOP, STRONG_FOCUS, TEXT_WORD_WRAP, set_qt_property
from desktop.gui.kit.suggestion_text import (
    CHANNEL_ICONS,
    action_label,
    due_short,
    due_text,
    readable,
    what_to_do,
    who_text,
)
from desktop.gui.kit.widgets import (
    SPACING,
    BulletList,
    InlineError,
    PlainLabel,
    alert,
    alert_colour,
    muted,
    scaled_font,
)

ICON_SIZE = 24
ACCENT_WIDTH = 4

# The shortcuts of the card actions (page-wide, acting on the current card); shown in tooltips and the menu.
SHORTCUTS = {
    "done": "Ctrl+Return",
    "linkedin": "Ctrl+Shift+L",
    "mail": "Ctrl+Shift+M",
    "snooze": "Ctrl+Shift+S",
    "dismiss": "Ctrl+Shift+D",
}


# what an open card adds to its row: built when first opened or first asked for (``_build_details``)
DETAIL_PARTS = frozenset({
    "who", "what", "why_title", "why", "subject", "body", "count", "too_long", "error", "linkedin_button",
    "send_button", "mail_button", "done_button", "snooze_button", "snooze_menu", "dismiss_button", "reach_button",
    "person_button",
})  # fmt: skip


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    from calendar import monthrange  # here: the start does not load calendar (desktop/deferred_imports.py)

    return date(year, month, min(day.day, monthrange(year, month)[1]))


def snooze_choices(today: date) -> list[tuple[str, date]]:
    return [(tr("1 week"), today + timedelta(days=7)), (tr("1 month"), add_months(today, 1))]


class DraftEdit(QPlainTextEdit):
    """The message body: as tall as its text (within limits); Escape goes back to the card."""

    escaped = Signal()
    MIN_LINES = 3
    MAX_LINES = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fitted_width = -1
        self.textChanged.connect(self.fit_height)
        self.fit_height()

    def line_count(self, width: int) -> int:
        metrics = self.fontMetrics()
        lines = 0
        for paragraph in self.toPlainText().split("\n"):
            if not paragraph.strip():
                lines += 1
                continue
            rect = metrics.boundingRect(QRect(0, 0, width, 1_000_000), TEXT_WORD_WRAP, paragraph)
            lines += max(1, round(rect.height() / metrics.lineSpacing()))
        return lines

    def fit_height(self) -> None:
        margin = self.document().documentMargin()
        width = self.viewport().width() - int(2 * margin) if self.isVisible() else 640
        lines = min(max(self.line_count(max(width, 120)), self.MIN_LINES), self.MAX_LINES)
        height = lines * self.fontMetrics().lineSpacing() + 2 * margin + 2 * self.frameWidth() + SPACING // 2
        self.setFixedHeight(int(height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._fitted_width:
            self._fitted_width = event.size().width()
            self.fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class CardRow(QWidget):
    """The card's one-line row; a click opens or folds the card."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _step(key: int) -> int:
    """How far ``key`` moves from a card: Up or K one up, Down or J one down, Home -2 (the first), End 2 (the last)."""
    from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

    steps: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_K: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_J: 1,
                             Qt.Key.Key_Home: -2, Qt.Key.Key_End: 2}  # fmt: skip
    return steps.get(key, 0)


class SuggestionCard(QFrame):
    """A card; focusable, so that the keyboard can move between cards (Up/Down, J/K)."""

    done_requested = Signal(object)  # the card
    snooze_requested = Signal(object, object)  # the card, until (a date)
    snooze_date_requested = Signal(object)  # the card: ask for a date
    dismiss_requested = Signal(object)
    linkedin_requested = Signal(object)
    mail_requested = Signal(object)
    send_requested = Signal(object)  # send the e-mail now, through the user's SMTP account
    open_person_requested = Signal(int)
    move_requested = Signal(object, int)  # the card, a step: -1 up, +1 down, -2 first, +2 last
    expanded_changed = Signal(object)  # the card was opened or folded

    # the open card's parts (``DETAIL_PARTS``), made by ``_build_details``
    who: PlainLabel
    what: PlainLabel
    why_title: QLabel
    why: BulletList
    subject: QLineEdit
    body: DraftEdit
    count: QLabel
    too_long: InlineError
    error: InlineError
    linkedin_button: QPushButton
    send_button: QPushButton
    mail_button: QPushButton
    done_button: QPushButton
    snooze_button: QPushButton
    snooze_menu: QMenu
    dismiss_button: QPushButton
    reach_button: QPushButton
    person_button: QPushButton

    def __init__(self, info: CardSnapshot, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.suggestion = info.suggestion
        self.edited = False
        self.current = False
        self.sending = False
        set_qt_property(self, "focusPolicy", STRONG_FOCUS)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)
        data = info.data

        self.accent = QWidget(self)
        self.accent.setFixedWidth(ACCENT_WIDTH)
        self.accent.setAutoFillBackground(True)
        self.channel_icon = QLabel(self)
        self.channel_icon.setPixmap(icon(CHANNEL_ICONS.get(self.suggestion.channel, "warning")).pixmap(24, 24))
        set_qt_property(self.channel_icon, "alignment", ALIGN_TOP)
        self.channel_icon.setFixedWidth(ICON_SIZE + SPACING // 2)

        overdue = bool(data["overdue"]) or self.suggestion.due < today  # past its day: one word, "Overdue"
        # the compact row (always shown): who, what, due; a click or Return/Space opens the card
        self.row = CardRow(self)
        self.arrow = QLabel(self.row)
        self.name = PlainLabel(info.name, self.row)
        self.name.setFont(scaled_font(self.name, 1.05, bold=True))
        self.action = muted(PlainLabel(action_label(self.suggestion.action), self.row))
        self.due_icon = QLabel(self.row)
        self.due_icon.setPixmap(icon("warning", alert_colour(self)).pixmap(16, 16))
        self.due_icon.setVisible(overdue)
        self.due = PlainLabel(due_short(self.suggestion.due, overdue, today), self.row)
        self.due.setToolTip(due_text(self.suggestion.due, overdue, today))
        if overdue:
            alert(self.due)
            self.due.setFont(scaled_font(self.due, 1.0, bold=True))
        else:
            muted(self.due)
        head = QHBoxLayout(self.row)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(SPACING)
        head.addWidget(self.arrow)
        head.addWidget(self.name)
        head.addWidget(self.action, 1)
        head.addWidget(self.due_icon)
        head.addWidget(self.due)
        self.row.clicked.connect(self.toggle)

        self._today = today
        self._overdue = overdue
        self.has_subject = self.suggestion.channel == "email"
        self.counts_characters = self.suggestion.channel == "linkedin_note"
        # the action row is the same on every card: what cannot be done is disabled, its tooltip says why
        self.can_linkedin = web_url(info.linkedin_url) is not None
        self.can_mail = mail_url(info.email) is not None
        self.can_send = self.has_subject and self.can_mail
        self.details = QWidget(self)
        self.details.hide()
        self._details_built = False
        self.frozen = False  # a kept card shown before the plan is ready (``freeze``)

        column = QVBoxLayout()
        column.setContentsMargins(0, SPACING, 0, 0)
        column.setSpacing(SPACING)
        column.addWidget(self.row)
        column.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, SPACING * 2, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(self.accent)
        layout.addWidget(self.channel_icon)
        layout.addLayout(column, 1)
        self.channel_icon.setContentsMargins(0, SPACING, 0, 0)
        self.expanded = True
        self.set_expanded(False)
        self.set_current(False)

    def _build_details(self) -> None:
        """The open card's parts (why, the draft, the actions), built the first time they are needed: a
        folded row costs a few labels."""
        if self._details_built:
            return
        self._details_built = True
        info, data, today = self.info, self.info.data, self._today
        self.who = PlainLabel(who_text(info.name, info.title, info.company), self.details, selectable=True)
        self.who.setToolTip(due_text(self.suggestion.due, self._overdue, today))
        self.who.setWordWrap(True)
        self.who.setFont(scaled_font(self.who, 1.15, bold=True))
        self.what = PlainLabel(what_to_do(data), self.details, selectable=True)
        self.what.setWordWrap(True)
        self.why_title = muted(PlainLabel(tr("Why:"), self.details))
        why_lines = [readable(line) for line in data["why"]]  # one date style, one quote style, words for scores
        self.why = BulletList([text for text, _tip in why_lines], self.details)
        for line_label, (_text, tip) in zip(self.why.labels, why_lines, strict=True):
            if tip is not None:
                line_label.setToolTip(tip)
        why = QVBoxLayout()
        why.setSpacing(SPACING // 4)
        why.addWidget(self.why_title)
        why.addWidget(self.why)

        draft = data.get("draft") or {"subject": "", "body": ""}
        self.subject = QLineEdit(self.details)
        self.subject.setAccessibleName(tr("Subject"))
        self.subject.setPlaceholderText(tr("Subject"))
        self.subject.setText(draft["subject"])
        self.body = DraftEdit(self.details)
        self.body.setAccessibleName(tr("Message"))
        self.body.setPlainText(draft["body"])
        self.body.escaped.connect(self.take_focus)
        fields = QFormLayout()
        fields.setHorizontalSpacing(SPACING)
        fields.setVerticalSpacing(SPACING // 2)
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if self.has_subject:
            fields.addRow(PlainLabel(tr("Subject:"), self.details), self.subject)
        else:
            self.subject.hide()
        fields.addRow(PlainLabel(tr("Message:"), self.details), self.body)
        self.count = muted(PlainLabel("", self.details))
        self.too_long = InlineError(self.details)
        self.count.setVisible(self.counts_characters)
        self.error = InlineError(self.details)

        # the action row is the same on every card: what cannot be done is disabled, its tooltip says why
        self.linkedin_button = QPushButton(icon("copy"), tr("Copy, open LinkedIn"), self.details)
        self.linkedin_button.setToolTip(
            tr("Copy the message and open the profile in the browser ({SHORTCUTS})").format(
                SHORTCUTS=shortcut_text(SHORTCUTS["linkedin"])
            )
            if self.can_linkedin
            else tr("No LinkedIn profile is known for {name}: add one on their page").format(name=info.name)
        )
        self.send_button = QPushButton(icon("send"), tr("Send"), self.details)
        if self.can_send:
            self.send_button.setToolTip(
                tr(
                    "Send this e-mail to {email} now, from your mail account (Settings → Mail); it goes on the "
                    "timeline and the card is done"
                ).format(email=info.email)
            )
        elif not self.has_subject:
            self.send_button.setToolTip(tr("This message is not an e-mail: copy it to LinkedIn, then mark it done"))
        else:
            self.send_button.setToolTip(
                tr("No e-mail address is known for {name}: add one on their page").format(name=info.name)
            )
        self.mail_button = QPushButton(icon("email"), tr("Open in mail app"), self.details)
        self.mail_button.setToolTip(
            tr("A new e-mail with this subject and message ({SHORTCUTS})").format(
                SHORTCUTS=shortcut_text(SHORTCUTS["mail"])
            )
            if self.can_mail
            else tr("No e-mail address is known for {name}: add one on their page").format(name=info.name)
        )
        self.done_button = QPushButton(icon("done"), tr("Mark done"), self.details)
        self.done_button.setToolTip(
            tr("Record the message as sent; it goes on the timeline ({SHORTCUTS}); Ctrl+Z undoes it").format(
                SHORTCUTS=shortcut_text(SHORTCUTS["done"])
            )
        )
        self.snooze_button = QPushButton(icon("snooze"), tr("Snooze"), self.details)
        self.snooze_button.setToolTip(
            tr("Hide the card until a later day ({SHORTCUTS})").format(SHORTCUTS=shortcut_text(SHORTCUTS["snooze"]))
        )
        self.snooze_menu = QMenu(self.snooze_button)
        for label, until in snooze_choices(today):
            action = self.snooze_menu.addAction(
                tr("For {label}, until {format_date}").format(label=label, format_date=format_date(until))
            )
            action.triggered.connect(lambda _checked=False, day=until: self.snooze_requested.emit(self, day))
        self.snooze_menu.addSeparator()
        pick = self.snooze_menu.addAction(tr("Until a date…"))
        pick.triggered.connect(lambda _checked=False: self.snooze_date_requested.emit(self))
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = QPushButton(icon("dismiss"), tr("Dismiss"), self.details)
        self.dismiss_button.setToolTip(
            tr("Never suggest this again ({SHORTCUTS}); Ctrl+Z undoes it").format(
                SHORTCUTS=shortcut_text(SHORTCUTS["dismiss"])
            )
        )
        self._enable_actions(True)
        # someone Rebound cannot reach: the way to fix that, on the card
        self.reach_button = QPushButton(icon("people"), tr("Add e-mail / LinkedIn profile…"), self.details)
        self.reach_button.setToolTip(
            tr("Open {name}'s profile to add an e-mail address or a LinkedIn profile").format(name=info.name)
        )
        self.reach_button.setVisible(not self.can_mail and not self.can_linkedin)
        self.reach_button.setAutoDefault(False)
        self.reach_button.clicked.connect(lambda: self.open_person_requested.emit(self.suggestion.person_id))
        self.person_button = QPushButton(tr("Open person"), self.details)
        self.person_button.setFlat(True)
        self.person_button.setToolTip(tr("Show this person's page: timeline, profile, connections"))
        for button in (self.linkedin_button, self.send_button, self.mail_button, self.done_button, self.snooze_button):
            button.setAutoDefault(False)
        self.linkedin_button.clicked.connect(lambda: self.linkedin_requested.emit(self))
        self.send_button.clicked.connect(lambda: self.send_requested.emit(self))
        self.mail_button.clicked.connect(lambda: self.mail_requested.emit(self))
        self.done_button.clicked.connect(lambda: self.done_requested.emit(self))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_requested.emit(self))
        self.person_button.clicked.connect(lambda: self.open_person_requested.emit(self.suggestion.person_id))
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        for button in (
            self.linkedin_button,
            self.send_button,
            self.mail_button,
            self.done_button,
            self.snooze_button,
            self.dismiss_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.person_button)

        content = QVBoxLayout(self.details)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(SPACING)
        content.addWidget(self.who)
        content.addWidget(self.what)
        content.addLayout(why)
        content.addSpacing(SPACING // 2)
        content.addLayout(fields)
        content.addWidget(self.count)
        content.addWidget(self.too_long)
        content.addWidget(self.error)
        # at its own width, on the left (a fixed width where a layout alignment would name the Qt namespace)
        self.reach_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        content.addWidget(self.reach_button)
        content.addLayout(buttons)
        self._update_count()
        self.subject.textEdited.connect(self._mark_edited)
        self.body.textChanged.connect(self._body_changed)
        if self.sending:
            self._enable_actions(False)
        if self.frozen:
            self._disable_buttons()

    def freeze(self) -> None:
        """A card shown before the plan is ready (the kept preview): its actions wait (a folded card's are
        built, disabled, when it is opened)."""
        self.frozen = True
        if self._details_built:
            self._disable_buttons()

    def _disable_buttons(self) -> None:
        for button in self.findChildren(QPushButton):
            button.setEnabled(False)

    def __getattr__(self, name: str) -> object:
        """A part of the open card asked for while it is folded: the parts are built now."""
        if name in DETAIL_PARTS and not self.__dict__.get("_details_built", True):
            self._build_details()
            return getattr(self, name)
        raise AttributeError(name)

    # -- the draft ------------------------------------------------------------------------
    def _mark_edited(self, *_args: object) -> None:
        self.edited = True

    def _body_changed(self) -> None:
        self.edited = True
        self._update_count()

    def _update_count(self) -> None:
        if not self.counts_characters:
            return
        length, limit = len(self.body.toPlainText()), self.info.limit
        self.count.setText(
            tr("{length} of {limit} characters (a LinkedIn connection note)").format(length=length, limit=limit)
        )
        if length > limit:
            self.count.hide()
            self.too_long.show_message(
                tr(
                    "Too long for a LinkedIn connection note: {length} of {limit} characters. Shorten it by {value}."
                ).format(length=length, limit=limit, value=length - limit)
            )
        else:
            self.count.show()
            self.too_long.clear()

    def message_subject(self) -> str:
        return self.subject.text().strip() if self.has_subject else ""

    def message_body(self) -> str:
        return self.body.toPlainText().strip()

    def set_draft(self, subject: str, body: str) -> None:
        """Carry over what the user wrote (the card was rebuilt around it)."""
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.edited = True

    def set_sending(self, sending: bool) -> None:
        """While the e-mail goes out: the card's actions wait, the button says so."""
        self.sending = sending
        self.send_button.setText(tr("Sending…") if sending else tr("Send"))
        self._enable_actions(not sending)

    def _enable_actions(self, enabled: bool) -> None:
        self.linkedin_button.setEnabled(enabled and self.can_linkedin)
        self.send_button.setEnabled(enabled and self.can_send)
        self.mail_button.setEnabled(enabled and self.can_mail)
        for widget in (self.done_button, self.snooze_button, self.dismiss_button, self.subject, self.body):
            widget.setEnabled(enabled)

    # -- compact or open ------------------------------------------------------------------
    def set_expanded(self, expanded: bool) -> None:
        """Open the card (why, the draft, the actions) or fold it to its one-line row."""
        if expanded == self.expanded:
            return
        self.expanded = expanded
        if expanded:
            self._build_details()
        self.details.setVisible(expanded)
        self.arrow.setPixmap(icon("expanded" if expanded else "collapsed").pixmap(16, 16))
        self.arrow.setToolTip(
            tr("Fold the card (Left)") if expanded else tr("Open the card: the draft and the actions (Return)")
        )
        self.expanded_changed.emit(self)

    def toggle(self) -> None:
        self.set_expanded(not self.expanded)
        self.take_focus()

    # -- focus and keys -------------------------------------------------------------------
    def set_current(self, current: bool) -> None:
        self.current = current
        palette = self.accent.palette()
        role = QPalette.ColorRole.Highlight if current else QPalette.ColorRole.Base
        palette.setColor(QPalette.ColorRole.Window, self.palette().color(role))
        self.accent.setPalette(palette)

    def take_focus(self) -> None:
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        step = _step(key)
        if step:
            self.move_requested.emit(self, step)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Right) and not self.expanded:
            self.set_expanded(True)
            return
        if key == Qt.Key.Key_Left and self.expanded:
            self.set_expanded(False)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            target = self.subject if self.has_subject else self.body
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

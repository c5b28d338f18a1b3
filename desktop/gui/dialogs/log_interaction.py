"""Log an interaction (e-mail, call, meeting, rejection…) with a person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop import vocab
from desktop.core.changes import Written
from desktop.core.timeline import log_interaction, validate_interaction
from desktop.errors import InputError
from desktop.gui.dialogs.record_dialog import RecordDialog
from desktop.gui.kit.formatting import direction_text
from desktop.gui.kit.i18n import VOCABULARY, tr
from desktop.gui.kit.icons import kind_icon
from desktop.gui.kit.widgets import PlainLabel, datetime_edit, from_qdatetime
from desktop.gui.services.ops import Ops

# What a kind usually means, so picking the kind fills in the likely direction and channel.
USUAL_DIRECTION = {"note": "none", "job_change": "none", "rejection": "in"}
USUAL_CHANNEL = vocab.CHANNEL_OF_KIND
UNDIRECTED_KINDS = vocab.UNDIRECTED_KINDS


class LogInteractionDialog(RecordDialog):
    def __init__(self, person_id: int, person_name: str, now: datetime, parent: QWidget | None, ops: Ops) -> None:
        super().__init__(person_id, person_name, now, tr("Log"), parent, ops)
        self.setWindowTitle(tr("Log interaction"))
        self.kind = QComboBox(self)
        for kind in vocab.INTERACTION_KINDS:
            self.kind.addItem(kind_icon(kind), tr(vocab.KIND_LABELS[kind], VOCABULARY), kind)
        self.direction = QComboBox(self)
        for direction in vocab.DIRECTIONS:
            arrow = direction_text(direction)
            label = tr(vocab.DIRECTION_LABELS[direction], VOCABULARY)
            self.direction.addItem(f"{arrow} — {label}" if arrow else label, direction)
        self.channel = QComboBox(self)
        self.channel.addItem("—", None)
        for channel in vocab.CHANNELS:
            self.channel.addItem(tr(vocab.CHANNEL_LABELS[channel], VOCABULARY), channel)
        self.when = datetime_edit(now, self)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(tr("e.g. Thanks for the interview"))
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(tr("The message, or what was said"))
        self.body.setMinimumSize(420, 140)
        self.form.addRow(PlainLabel(tr("Kind:")), self.kind)
        self.form.addRow(PlainLabel(tr("Direction:")), self.direction)
        self.form.addRow(PlainLabel(tr("Channel:")), self.channel)
        self.form.addRow(PlainLabel(tr("When:")), self.when)
        self.form.addRow(PlainLabel(tr("Subject:")), self.subject)
        self.form.addRow(PlainLabel(tr("Body:")), self.body)
        self.kind.currentIndexChanged.connect(self._suggest_for_kind)
        self.select("email")
        self._suggest_for_kind()

    def select(self, kind: str, direction: str | None = None, channel: str | None = None) -> None:
        """Pick a kind (and optionally direction and channel) by value."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if direction is not None:
            self.direction.setCurrentIndex(self.direction.findData(direction))
        if channel is not None:
            self.channel.setCurrentIndex(self.channel.findData(channel))

    def _suggest_for_kind(self) -> None:
        kind = self.kind.currentData()
        self.direction.setCurrentIndex(self.direction.findData(USUAL_DIRECTION.get(kind, "out")))
        self.channel.setCurrentIndex(max(self.channel.findData(USUAL_CHANNEL.get(kind)), 0))

    def write(self) -> Callable[[], Written[int]]:
        kind, direction, channel = self.kind.currentData(), self.direction.currentData(), self.channel.currentData()
        validate_interaction(kind, direction, channel)
        if direction == "none" and kind not in UNDIRECTED_KINDS:
            raise InputError(
                tr("choose a direction: did you reach them, or did they reach you? ({value})").format(
                    value=tr(vocab.KIND_LABELS[kind], VOCABULARY)
                )
            )
        subject, body = self.subject.text().strip(), self.body.toPlainText().strip()
        if kind == "note" and not body:
            raise InputError(tr("a note needs some text in the body"))
        at = from_qdatetime(self.when.dateTime())
        self.check_when(at)
        person_id = self.person_id
        return lambda: log_interaction(
            person_id, kind, direction, at, channel=channel, subject=subject or None, body=body or None
        )

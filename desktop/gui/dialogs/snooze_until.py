"""Snooze a suggestion until a day the user picks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import InputError
from desktop.gui.dialogs.form_dialog import FormDialog
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.i18n import tr, tr_n
from desktop.gui.kit.widgets import PlainLabel, date_edit, from_qdate, muted, to_qdate


class SnoozeUntilDialog(FormDialog):
    chosen = Signal(object)  # the day the suggestion comes back

    def __init__(self, today: date, proposed: date, parent: QWidget | None = None) -> None:
        super().__init__(tr("Snooze until"), tr("Snooze"), parent)
        self.today = today
        self.until = date_edit(proposed, self)
        self.until.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self.hint = muted(PlainLabel("", self))
        self.form.addRow(PlainLabel(tr("Show it again on:")), self.until)
        self.form.addRow("", self.hint)
        self.until.dateChanged.connect(self._show_hint)
        self._show_hint()

    def _show_hint(self) -> None:
        days = (from_qdate(self.until.date()) - self.today).days
        self.hint.setText(
            tr("{day}: in {days}").format(
                day=format_date(from_qdate(self.until.date())), days=tr_n("%n day", days, "%n days")
            )
        )

    def submit(self) -> None:
        until = from_qdate(self.until.date())
        if until <= self.today:
            raise InputError(tr("choose a day after today ({format_date})").format(format_date=format_date(self.today)))
        self.chosen.emit(until)

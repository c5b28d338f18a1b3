"""Staleness on screen: a word and a colour for "fresh / due / overdue" (the word always beside the colour)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QColor, QPalette

from desktop.core.staleness import Cadence, staleness
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.i18n import tr, tr_noop
from desktop.vocab import Staleness

_LIGHT = {Staleness.FRESH: "#2e7d32", Staleness.DUE: "#8a5a00", Staleness.OVERDUE: "#b71c1c"}
_DARK = {Staleness.FRESH: "#81c784", Staleness.DUE: "#ffb74d", Staleness.OVERDUE: "#ff8a80"}


_WORDS = {
    Staleness.FRESH: tr_noop("fresh"),
    Staleness.DUE: tr_noop("due"),
    Staleness.OVERDUE: tr_noop("overdue"),
    Staleness.NEVER: tr_noop("never contacted"),
}


def staleness_word(value: Staleness) -> str:
    return tr(_WORDS[value])  # (one text translated per call: the People list asks for each row it paints)


def staleness_colour(value: Staleness, palette: QPalette) -> QColor:
    """Green, amber, red that read on the window background (light or dark); the muted text colour for never."""
    if value == Staleness.NEVER:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor((_DARK if dark else _LIGHT)[value])


def last_contact_text(last_contact: datetime | None, today: date, cadence: Cadence) -> tuple[str, Staleness]:
    """``1 Mar 2026 · fresh`` (or ``never contacted``) and the staleness it names."""
    value = staleness(last_contact, today, cadence)
    if last_contact is None:
        return staleness_word(value), value
    return f"{format_date(last_contact.date())} · {staleness_word(value)}", value

"""How values read on screen: dates, directions, vocabulary labels. Pure functions, no widgets.

Dates read in the user's locale (``QLocale()``: the system's, or the one set as default): ``27 Nov 2026`` in
English, ``27. Nov. 2026`` in German, ``27 nov. 2026`` in French. The core and the files keep ISO dates
(``core.dates.iso_date``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from desktop import vocab
from desktop.gui.kit.i18n import VOCABULARY, tr, tr_n, tr_noop

DIRECTION_ARROWS = {"out": tr_noop("→ out"), "in": tr_noop("← in"), "none": ""}
STRENGTH_WORDS = {1: "weak", 2: "medium", 3: "strong"}


def format_date(value: date | None) -> str:
    """``20 Jan 2026`` (English), ``20. Jan. 2026`` (German): day, short month name, year, in the user's
    locale; empty for no date."""
    return "" if value is None else date_formatter()(value)


def date_formatter() -> Callable[[date], str]:
    """``format_date`` for many dates: the user's locale looked up once (a list of a thousand rows)."""
    # lazy: this module loads before Qt does (cli.BEFORE_QT, the window's first paint)
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale()
    # Locales that write the day as an ordinal ("27.", German, Danish, Czech, …) keep their full stop.
    pattern = "d. MMM yyyy" if "d." in locale.dateFormat(QLocale.FormatType.ShortFormat) else "d MMM yyyy"
    return lambda value: locale.toString(QDate(value.year, value.month, value.day), pattern)


def format_datetime(value: datetime | None) -> str:
    """``20 Jan 2026, 09:30``; empty for no date."""
    if value is None:
        return ""
    return f"{format_date(value.date())}, {value:%H:%M}"


def direction_text(direction: str) -> str:
    """``→ out`` (I reached them), ``← in`` (they reached me), empty for no direction."""
    return tr(DIRECTION_ARROWS[direction]) if direction in DIRECTION_ARROWS else direction


def role_label(role: str | None) -> str:
    if not role:
        return ""
    return tr(vocab.ROLE_LABELS.get(role, role), VOCABULARY)


def kind_label(kind: str) -> str:
    return tr(vocab.KIND_LABELS.get(kind, kind), VOCABULARY)


def channel_label(channel: str | None) -> str:
    if not channel:
        return ""
    return tr(vocab.CHANNEL_LABELS.get(channel, channel), VOCABULARY)


def word_label(value: str | None) -> str:
    """A vocabulary value without a label table (stages, outcomes, edge kinds): ``worked_with`` → ``Worked with``."""
    if not value:
        return ""
    return tr(value.replace("_", " ").capitalize(), VOCABULARY)


def strength_text(strength: int) -> str:
    return tr(STRENGTH_WORDS.get(strength, str(strength)), VOCABULARY)


def title_at_company(title: str | None, company: str | None) -> str:
    if title and company:
        return tr("{title} at {company}").format(title=title, company=company)
    return title or company or ""


def people_count(count: int) -> str:
    return tr_n("%n person", count, "%n people")


def split_words(text: str) -> list[str]:
    """``"a, b ,,c"`` → ``["a", "b", "c"]`` (tags and skills typed comma-separated)."""
    return [part.strip() for part in text.split(",") if part.strip()]


def tooltip_text(text: str | None) -> str | None:
    """Data for a tooltip, shown literally: Qt guesses rich text in tooltips, so it is escaped and marked as such."""
    if not text:
        return None
    import html  # lazy: its table of entities is not needed before the window's first paint

    return f"<qt>{html.escape(text)}</qt>"

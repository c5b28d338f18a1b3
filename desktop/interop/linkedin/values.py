"""The values of a LinkedIn export as Rebound stores them: names without credentials or nicknames, its dates and
timestamps (English month names, whatever the machine's locale), message text without HTML."""

from __future__ import annotations

import html.parser
import re
import time
import unicodedata
from datetime import UTC, date, datetime, timedelta

from desktop.core.normalize import linkedin_key
from desktop.texts import say

_URL = re.compile(r"https?://[^\s,;\"']+", re.IGNORECASE)


_PLAIN_NAME = re.compile(r"[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*")
_PARENS = re.compile(r"\s*[\(\[\{][^\)\]\}]*[\)\]\}]")
_NICK = re.compile(r'\s*["“„«][^"“”»]+["”“»]')
_CREDENTIALS = {
    "pmp", "mba", "phd", "ph.d", "cpa", "cfa", "cissp", "shrm-cp", "shrm-scp", "sphr", "phr", "csm", "pe", "md",
    "msc", "bsc", "ma", "ba", "ms", "bs", "rn", "esq", "cpc", "acca", "aca", "cima", "frm", "itil", "pmi-acp",
}  # fmt: skip


def clean_name_part(text: str) -> str:
    """A name as LinkedIn users write it, as a name: no emoji, nickname, or credentials.

    "Okafor, PMP" → "Okafor"; "Catherine (Cathy)" → "Catherine"; 'Robert "Bob"' → "Robert".
    """
    if _PLAIN_NAME.fullmatch(text) and text.rsplit(" ", 1)[-1].casefold() not in _CREDENTIALS:
        return " ".join(text.split())  # the common case, fast
    kept = "".join(
        ch for ch in text
        if unicodedata.category(ch) not in ("So", "Cf", "Co", "Cs", "Cc") and not "\ufe00" <= ch <= "\ufe0f"
    )  # fmt: skip
    kept = _NICK.sub("", _PARENS.sub("", kept))
    kept = kept.split(",", 1)[0]
    words = kept.split()
    while len(words) > 1 and words[-1].casefold().strip(".") in _CREDENTIALS:
        words.pop()
    cleaned = " ".join(words).strip(" -–|·")
    return cleaned


def clean_name(first: str, last: str) -> tuple[str, str, str]:
    """(name, first name, last name), cleaned; the raw text when cleaning would leave nothing."""
    first_clean, last_clean = clean_name_part(first), clean_name_part(last)
    name = f"{first_clean} {last_clean}".strip()
    if not name:
        name = " ".join(f"{first} {last}".split())
        return name, first.strip(), last.strip()
    return name, first_clean, last_clean


_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        1,
    )
    for name in names
}  # fmt: skip
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4}|\d{2})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_US_DATETIME = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:,? +(\d{1,2}):(\d{2})(?::(\d{2}))? *([AaPp]\.?[Mm]\.?)?)?$"
)
_ISO_DATETIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)? *(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$"
)


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 70 else 1900
    return value


def _checked(value: date, text: str) -> date:
    if not 1900 <= value.year <= 2100:
        raise ValueError(say("date {date} is outside 1900–2100").format(date=repr(text)))
    return value


def parse_connected_on(text: str) -> date:
    """'08 Feb 2026', Excel's '01-Jul-25', '2026-02-08', 'Feb 8, 2026', '08.02.2026' → date (English month
    names, whatever the machine's locale); ValueError otherwise."""
    text = text.strip()
    try:
        if match := _DAY_MONTH_YEAR.match(text):
            day, month, year = match.groups()
            return _checked(date(_year(year), _MONTHS[month.casefold()], int(day)), text)
        if match := _MONTH_DAY_YEAR.match(text):
            month, day, year = match.groups()
            return _checked(date(int(year), _MONTHS[month.casefold()], int(day)), text)
        if match := _ISO_DATE.match(text):
            return _checked(date(*(int(g) for g in match.groups())), text)
        if match := _DOTTED.match(text):
            day, month, year = match.groups()
            return _checked(date(int(year), int(month), int(day)), text)
    except (KeyError, ValueError):
        pass
    raise ValueError(say("{date} is not a date this importer knows (like '08 Feb 2026')").format(date=repr(text)))


_OFFSETS: dict[str, timedelta] = {}


def _offset_at(moment: datetime) -> timedelta:
    return moment.replace(tzinfo=UTC).astimezone().utcoffset() or timedelta(0)


def _local_offset(moment: datetime, day: str) -> timedelta:
    """The local UTC offset at a UTC moment: once per day when it is the same all day, else for the moment."""
    key = f"{day}{time.timezone}{time.tzname}"
    offset = _OFFSETS.get(key)
    if offset is None:
        start = datetime.fromisoformat(day)
        first, last = _offset_at(start), _offset_at(start + timedelta(days=1))
        if first != last:
            return _offset_at(moment)  # the clocks change today
        offset = _OFFSETS[key] = first
    return offset


def parse_timestamp(text: str) -> datetime:
    """'2023-06-11 15:33:58 UTC' (→ local time) or the US '1/29/26, 2:37 PM' (no zone: kept) → naive datetime."""
    text = text.strip()
    try:
        if len(text) == 23 and text.endswith(" UTC"):  # the common case, fast
            moment = datetime.fromisoformat(text[:19])
            if not 1900 <= moment.year <= 2100:
                raise ValueError(text)
            return moment + _local_offset(moment, text[:10])
        if match := _ISO_DATETIME.match(text):
            day, clock, zone = match.groups()
            moment = datetime.fromisoformat(f"{day} {clock}")
            if zone in ("UTC", "GMT", "Z"):
                moment = moment.replace(tzinfo=UTC)
            elif zone:
                moment = datetime.fromisoformat(f"{day} {clock}{zone[:3]}:{zone[-2:]}")
            return _local(moment, text)
        if match := _US_DATETIME.match(text):
            month, day, year, hour, minute, second, half = match.groups()
            hours = int(hour or 0)
            if half:
                if not 1 <= hours <= 12:
                    raise ValueError(text)
                hours = hours % 12 + (12 if half[0] in "Pp" else 0)
            moment = datetime(_year(year), int(month), int(day), hours, int(minute or 0), int(second or 0))
            return _local(moment, text)
        return _local(datetime.combine(parse_connected_on(text), datetime.min.time()), text)
    except ValueError:
        pass
    raise ValueError(f"{text!r} is not a date and time this importer knows (like '2023-06-11 15:33:58 UTC')")


def _local(moment: datetime, text: str) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    _checked(moment.date(), text)
    return moment.replace(microsecond=0)


class _TextOfHtml(html.parser.HTMLParser):
    _BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self.hidden += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")


def plain_text(text: str) -> str:
    """Message content as plain text: HTML (InMail, sponsored) reduced to its words, line ends normalized."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text and _TAG.search(text):
        parser = _TextOfHtml()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts).replace("\xa0", " ")
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip()


def _cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""


def _urls(text: str) -> list[str]:
    return _URL.findall(text)


def _slug_name(url: str) -> str:
    """A name from a profile URL when nothing better is known: '…/in/tomas-ibanez-4410a2' → 'Tomas Ibanez'."""
    slug = (linkedin_key(url) or "").rsplit("/", 1)[-1]
    words = [w for w in re.split(r"[-_]+", slug) if w and not any(ch.isdigit() for ch in w)]
    return " ".join(w.capitalize() for w in words) or slug or url

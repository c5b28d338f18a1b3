"""The content lines of a vCard file, read as RFC 2425/2426/6350 and the vCard 2.1 specification write them.

vobject reads what the RFCs allow, refuses a whole card for one property it does not like and cuts some
texts at their commas; the files phones and mail clients write are looser. This reader is the import's own
(and ``escape_text`` and ``fold`` write the export's lines):

- line ends ``\\r\\n``, ``\\n``, ``\\r`` alone and ``\\r\\r\\n`` (some phone exports), mixed in one file;
- folded lines (a line that begins with a space or a tab goes on the one before), after any line end;
- vCard 2.1: quoted-printable values with soft line breaks (``=`` at the end of a line), ``CHARSET=``,
  bare type parameters (``TEL;WORK;VOICE:``), base64 values whose lines are not folded (an empty line ends
  them);
- a file that is not UTF-8: each line that is not is read in the ``CHARSET`` its property declares, else as
  Windows-1252, and said so;
- a line that is no property (no ``NAME:``) is dropped alone, with its line number.

Values come as the file holds them (escaped): ``text_value`` unescapes a text (``\\,`` ``\\;`` ``\\\\``
``\\n``, and ``\\:`` as Apple and Google write URLs), ``components`` splits a structured value (N, ADR, ORG)
at its unescaped semicolons and ``list_value`` a list (CATEGORIES) at its unescaped commas. A comma in FN,
TITLE or NOTE is text, escaped or not.
"""

from __future__ import annotations

import binascii
import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.texts import number as grouped
from desktop.texts import say

MAX_PROPERTIES = 2_000
"""The most properties a card may have (a real one has a few dozen); a card with more is skipped."""
MAX_VALUE_CHARS = 1_000_000
"""The longest value kept (a NOTE of a million characters); a longer one is dropped, with its line."""
BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
"""Properties whose values Rebound does not keep: their (often huge, base64) lines are counted, not joined."""

_NAME = re.compile(r"[A-Za-z0-9-]+")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"n": "\n", "N": "\n"}
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")


@dataclass(slots=True)
class Property:
    """One content line: ``item1.EMAIL;TYPE=work:tom@acme.example``."""

    line: int  # the line it starts on (1-based)
    name: str  # upper case, group removed
    params: dict[str, list[str]]  # upper-case names; a bare 2.1 parameter (WORK) is a TYPE
    value: str  # as the file holds it: escaped, quoted-printable decoded
    group: str | None = None
    chars: int = 0  # the length of the value as the file holds it (BINARY values are not kept)
    problem: str | None = None  # why the value could not be read as written (then dropped, with its line)
    note: str | None = None  # how it was read when not as written (a line not in UTF-8)

    def param(self, name: str) -> list[str]:
        return self.params.get(name, [])

    @property
    def types(self) -> set[str]:
        return {t.casefold() for value in self.param("TYPE") for t in value.split(",") if t}


@dataclass
class Card:
    """The properties of one BEGIN:VCARD … END:VCARD, and the lines that were no property."""

    line: int
    properties: list[Property] = field(default_factory=list)
    bad_lines: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    too_many: bool = False  # more than MAX_PROPERTIES: the card is skipped

    _by_name: dict[str, list[Property]] | None = None

    def all(self, name: str) -> list[Property]:
        """The properties of this name that could be read, in file order."""
        if self._by_name is None:
            self._by_name = {}
            for prop in self.properties:
                if prop.problem is None:
                    self._by_name.setdefault(prop.name, []).append(prop)
        return self._by_name.get(name, [])

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None


class NotVCard(ValueError):
    """The file holds no card, or a card that does not end: the message says where."""


# ---------------------------------------------------------------- physical lines


def physical_lines(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of every line; ``\r\r\n`` is one line end, as are ``\r\n``, ``\n`` and ``\r``."""
    if b"\r" in raw:
        raw = raw.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return enumerate(raw.split(b"\n"), 1)


def _text_lines(text: str) -> Iterator[tuple[int, str]]:
    """As ``physical_lines``, of text (split once, not copied first: a 50 MB file is not held three times)."""
    breaks = text.count("\n")
    if text.count("\r\n") == breaks == text.count("\r"):
        return enumerate(text.split("\r\n"), 1)  # CRLF throughout, as the RFCs write it: split in C
    return _mixed_lines(text)


def _mixed_lines(text: str) -> Iterator[tuple[int, str]]:
    number = 0
    for line in text.split("\n"):
        if "\r" in line:
            line = line.rstrip("\r")  # \r\n, \r\r\n
            if "\r" in line:  # lone \r line ends
                *before, line = line.split("\r")
                for part in before:
                    number += 1
                    yield number, part
        number += 1
        yield number, line


def decoded_lines(raw: bytes) -> tuple[Iterator[tuple[int, str]], bool]:
    """The lines as text, and whether the file is text as a whole: UTF-8 (with or without BOM), or UTF-16/32 by
    their BOM. Else each line is read by itself, its bytes kept as code points 0–255 (latin-1) for the property
    to decode in its CHARSET (``_Builder.finish``)."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):  # fmt: skip
        if raw.startswith(bom):
            return _text_lines(raw.decode(encoding, errors="replace")), True
    start = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[start:].decode("utf-8") if start else raw.decode("utf-8")
    except UnicodeDecodeError:
        return ((n, line.decode("latin-1")) for n, line in physical_lines(raw[start:])), False
    return _text_lines(text), True


# ---------------------------------------------------------------- content lines


def _split_property(text: str) -> tuple[str, str] | None:
    """``name;params`` and the value of a content line: split at the first colon outside double quotes."""
    colon = text.find(":")
    if colon < 0:
        return None
    if '"' not in text[:colon]:
        return text[:colon], text[colon + 1 :]
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return text[:index], text[index + 1 :]
    return None


def _params(text: str) -> list[str]:
    if '"' not in text:
        return text.split(";")
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
            current.append(char)
        elif char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


_PLAIN_HEADS = {
    name: name
    for name in ("FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "NOTE", "CATEGORIES", "ADR", "VERSION", "UID", "REV")
}  # the commonest heads, without parameters: read without parsing


def parse_head(head: str) -> tuple[str | None, str, dict[str, list[str]]] | None:
    """``item1.TEL;WORK;TYPE="voice,pref"`` → (group, name, params); None when the name is not a name."""
    known = _PLAIN_HEADS.get(head)
    if known is not None:
        return None, known, {}
    parts = _params(head)
    name = parts[0].strip()
    group = None
    if "." in name:
        group, name = name.rsplit(".", 1)
    if not _NAME.fullmatch(name):
        return None
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:  # vCard 2.1: a bare type (WORK, VOICE, PREF) or encoding (QUOTED-PRINTABLE, BASE64)
            upper = key.upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                params.setdefault("ENCODING", []).append(upper)
            else:
                params.setdefault("TYPE", []).append(key)
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        params.setdefault(key.strip().upper(), []).append(value)
    return group, name.upper(), params


def _encoding(params: dict[str, list[str]]) -> str:
    return next((e.upper() for e in params.get("ENCODING", [])), "")


def _charset_decode(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Bytes in the CHARSET a property declares (UTF-8 when none); (text, a note when read otherwise)."""
    if charset:
        try:
            return data.decode(charset), None
        except LookupError:
            pass  # unknown charset name: as if none were given
        except UnicodeDecodeError:
            note = say("not {charset} as it says; read as Windows-1252").format(charset=charset)
            return data.decode("cp1252", errors="replace"), note
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), say("not UTF-8; read as Windows-1252")


class _Builder:
    """Gathers the physical lines of one property (folded, quoted-printable, base64) and finishes it."""

    __slots__ = ("base64", "binary", "chars", "head", "line", "parts", "quoted_printable", "utf8", "value_start")

    def __init__(self, line: int, text: str, utf8: bool) -> None:
        self.line = line
        self.parts = [text]
        self.chars = len(text)
        self.utf8 = utf8
        self.head: tuple[str | None, str, dict[str, list[str]]] | None = None
        self.value_start = 0
        split = _split_property(text)
        if split is not None:
            self.head = parse_head(split[0])
            self.value_start = len(split[0]) + 1
        encoding = _encoding(self.head[2]) if self.head is not None and "ENCODING" in self.head[2] else ""
        self.binary = self.head is not None and self.head[1] in BINARY
        self.quoted_printable = encoding == "QUOTED-PRINTABLE"
        self.base64 = encoding in ("BASE64", "B")
        if self.binary:
            self.parts = [text[: self.value_start]]

    def add(self, text: str) -> None:
        self.chars += len(text)
        if self.binary:
            return  # not kept: only counted
        if self.chars > MAX_VALUE_CHARS + self.value_start:
            return  # dropped in finish
        self.parts.append(text)

    def finish(self) -> Property | None:
        if self.head is None:
            return None
        group, name, params = self.head
        joined = "".join(self.parts)
        raw = joined[self.value_start :]
        chars = self.chars - self.value_start
        prop = Property(self.line, name, params, "" if self.binary else raw, group, chars)
        if self.binary:
            return prop
        if chars > MAX_VALUE_CHARS:
            prop.value = ""
            prop.problem = say("the value is {count} characters long; over {limit} are not read").format(
                count=grouped(chars), limit=grouped(MAX_VALUE_CHARS)
            )
            return prop
        charset = next(iter(params.get("CHARSET", [])), None)
        if self.quoted_printable:
            data = quopri.decodestring(raw.encode("utf-8" if self.utf8 else "latin-1"))
            prop.value, prop.note = _charset_decode(data, charset)
            prop.value = prop.value.replace("\r\n", "\n").replace("\r", "\n")  # =0D=0A: a line break
        elif not self.utf8:
            prop.value, prop.note = _charset_decode(raw.encode("latin-1"), charset)
        return prop


def _joined_soft(builder: _Builder, text: str) -> None:
    builder.parts[-1] = builder.parts[-1][:-1]  # the soft break's '=' goes
    builder.add(text)


def read_cards(raw: bytes, source: str) -> list[Card]:
    """The cards of a file; NotVCard when there is none, or one has no END:VCARD (the file is cut off)."""
    lines, utf8 = decoded_lines(raw)
    cards: list[Card] = []
    card: Card | None = None
    builder: _Builder | None = None

    def close() -> None:
        nonlocal builder
        if builder is None or card is None:
            builder = None
            return
        prop = builder.finish()
        if prop is None:
            card.bad_lines.append((builder.line, say("not a property (no NAME: before the value)")))
        elif len(card.properties) < MAX_PROPERTIES:
            card.properties.append(prop)
        else:
            card.too_many = True
        builder = None

    base64_line = _BASE64_LINE.fullmatch
    for number, text in lines:
        if builder is not None:
            first = text[:1]
            if builder.binary:  # a picture's lines are counted, never kept: the fast path of large files
                if first == " " or first == "\t" or (builder.base64 and text and base64_line(text)):
                    builder.chars += len(text)
                    continue
            elif builder.quoted_printable and builder.parts[-1].endswith("="):
                _joined_soft(builder, text)  # a soft line break: the value goes on, as written
                continue
            elif first == " " or first == "\t":
                builder.add(text[1:])  # a folded line
                continue
            elif builder.base64 and text and base64_line(text):
                builder.add(text)  # vCard 2.1: base64 lines unfolded until an empty line
                continue
            close()
        stripped = text.strip()
        upper = stripped.upper() if len(stripped) in (9, 11) else ""  # END:VCARD, BEGIN:VCARD
        if card is None:
            if upper == "BEGIN:VCARD":
                card = Card(number)
            elif stripped and not cards and number > 50:
                break  # fifty lines without a card: not a vCard file
            continue
        if upper == "END:VCARD":
            cards.append(card)
            card = None
            continue
        if upper == "BEGIN:VCARD":
            raise NotVCard(
                say("{source}: line {line}: the card that begins here has no END:VCARD").format(
                    source=source, line=card.line
                )
            )
        if not stripped:
            continue
        builder = _Builder(number, text, utf8)
    close()
    if card is not None:
        raise NotVCard(
            say("{source}: line {line}: the card that begins here has no END:VCARD (the file is cut off?)").format(
                source=source, line=card.line
            )
        )
    if not cards:
        raise NotVCard(say("{source}: not a vCard file (no BEGIN:VCARD … END:VCARD)").format(source=source))
    return cards


# ---------------------------------------------------------------- values


def text_value(value: str) -> str:
    """A TEXT value unescaped: ``\\,`` → ``,``, ``\\;`` → ``;``, ``\\\\`` → ``\\``, ``\\n`` → a line break,
    and any other escaped character as itself (``http\\://`` → ``http://``)."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)


def _split_unescaped(value: str, separator: str) -> list[str]:
    if "\\" not in value:
        return value.split(separator)
    parts, current, index = [], [], 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            current.append(value[index : index + 2])
            index += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def components(value: str, lists: str | None = None) -> list[str]:
    """A structured value (N, ADR, ORG) split at its unescaped semicolons, each part unescaped. ``lists``: the
    text that joins the several values of one part (N and ADR parts are comma-separated lists: ``N:Doe;Anna,Lena``
    with ``" "`` → given name "Anna Lena"); None for ORG, whose commas are text."""
    if "\\" not in value:  # nothing escaped: the common case, split in C
        parts = value.split(";")
        return parts if lists is None or "," not in value else [lists.join(part.split(",")) for part in parts]
    parts = _split_unescaped(value, ";")
    if lists is None:
        return [text_value(part) for part in parts]
    return [lists.join(text_value(v) for v in _split_unescaped(part, ",")) for part in parts]


def list_value(value: str) -> list[str]:
    """A list (CATEGORIES) split at its unescaped commas, each unescaped."""
    return [text_value(v) for v in _split_unescaped(value, ",")]


def is_base64(text: str) -> bool:
    try:
        binascii.a2b_base64(text.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError):
        return False
    return True


# ---------------------------------------------------------------- writing


def escape_text(value: str) -> str:
    """A TEXT value as RFC 6350 writes it: backslash, comma, semicolon escaped, line breaks as ``\\n``."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str, width: int = 75) -> str:
    """A content line folded at ``width`` octets of UTF-8 (never inside a character), ending with CRLF."""
    encoded = line.encode("utf-8")
    if len(encoded) <= width:
        return line + "\r\n"
    pieces: list[str] = []
    start = 0
    limit = width
    while start < len(encoded):
        end = min(start + limit, len(encoded))
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:
            end -= 1  # not inside a UTF-8 sequence
        pieces.append(encoded[start:end].decode("utf-8"))
        start = end
        limit = width - 1  # the leading space of a continuation counts
    return "\r\n ".join(pieces) + "\r\n"

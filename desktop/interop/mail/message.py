"""One e-mail read from its raw bytes: headers (RFC 2047 decoded), addresses, date, plain text, attachment names.

Read with the standard library's ``email`` package (``policy.default``); nothing is rendered and nothing is
fetched: an HTML body becomes plain text (``mail.html``), an attachment is only a name and a size. A message that
cannot be read is a ``MailError`` naming its position and the reason, never an exception.

Limits keep memory bounded whatever the input: a header block above ``MAX_HEADER_BYTES`` is refused, MIME nested
deeper than ``MAX_DEPTH`` is read down to that depth, text above ``MAX_TEXT_CHARS`` is cut.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from desktop.core.normalize import email_key
from desktop.interop.mail.html import html_to_text

MAX_HEADER_BYTES = 256 * 1024  # a header block larger than this is not mail but an attack or a broken file
MAX_DEPTH = 40  # MIME nesting read at most this deep
MAX_TEXT_CHARS = 200_000  # of a body kept for the timeline and the detector
NESTED_TOO_DEEP = "MIME parts nested too deep to read"
MAX_MULTIPARTS = 200
FALLBACK_CHARSETS = ("utf-8", "cp1252")  # tried in order when the declared charset fails; latin-1 never fails


@dataclass(frozen=True)
class Party:
    """One address of a message: the e-mail (lower case) and the display name as written."""

    email: str
    name: str = ""


@dataclass(frozen=True)
class MailMessage:
    position: str  # where it came from: "inbox.mbox message 1234", "INBOX UID 77", "mail/cur/1.eml"
    key: str  # what it is logged once by: the Message-ID, or "sha256:…" of its date, sender, recipients, subject
    message_id: str | None  # the Message-ID header exactly as written (angle brackets included)
    sender: Party | None
    to: tuple[Party, ...]
    cc: tuple[Party, ...]
    date: datetime | None  # local time, naive, as the rest of the timeline
    subject: str
    text: str  # plain text of the body ("" for headers only)
    thread: str  # the key of its thread's first message (References, In-Reply-To, else its own key)
    in_reply_to: str | None = None
    labels: tuple[str, ...] = ()  # Gmail's X-Gmail-Labels
    attachments: tuple[tuple[str, int], ...] = ()  # (file name, size in bytes); never the content
    links: tuple[tuple[str, str], ...] = ()  # (anchor text, URL) of an HTML body: job-alert mails list openings so
    bulk: bool = False  # sent to a list or by a machine (List-Unsubscribe, Precedence: bulk, Auto-Submitted)
    truncated: bool = False  # the message was larger than a reader keeps: only its start was read
    warnings: tuple[str, ...] = ()  # what could be read only in part (a nesting too deep, a charset unknown)

    @property
    def parties(self) -> tuple[Party, ...]:
        """Everybody in it, the sender first."""
        return ((self.sender,) if self.sender else ()) + self.to + self.cc


@dataclass(frozen=True)
class MailError:
    position: str
    reason: str

    def __str__(self) -> str:
        return f"{self.position}: {self.reason}"


_SURROGATES = re.compile(r"[\udc80-\udcff]+")
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def _clean(text: str) -> str:
    """A header value as text: undecodable bytes (kept as surrogates by the parser) read as Windows-1252."""
    if _SURROGATES.search(text):
        text = _SURROGATES.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode("cp1252", "replace"), text)
    return " ".join(text.split())


def _raw_header(message: Message, name: str) -> str | None:
    """A header as it stood in the file: 8-bit bytes (which policy.default turns into U+FFFD) read as UTF-8, else
    Windows-1252."""
    for key, value in message.raw_items():
        if key.lower() == name:
            raw = str(value).encode("ascii", "surrogateescape")
            for charset in FALLBACK_CHARSETS:
                try:
                    return raw.decode(charset)
                except UnicodeDecodeError:
                    continue
            return raw.decode("latin-1")
    return None


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
        text = None if value is None else str(value)
    except Exception:  # a header policy.default cannot parse: read it raw
        text = _raw_header(message, name)
    if text is None:
        return ""
    if "\ufffd" in text:
        text = _raw_header(message, name) or text
    return _clean(text)


def _parties(message: Message, name: str) -> tuple[Party, ...]:
    found: list[Party] = []
    try:
        header = message.get(name)
        addresses: list[Address] = list(getattr(header, "addresses", ()) or ())
        pairs = [(a.display_name, a.addr_spec) for a in addresses]
    except Exception:
        pairs = []
    if not pairs:
        raw = [_header(message, name)] if message.get(name) is not None else []
        pairs = getaddresses(raw)
    for display, address in pairs:
        key = email_key(_clean(address))
        if key and "@" in key:
            found.append(Party(key, _clean(display or "")))
    return tuple(found)


def _date(message: Message) -> datetime | None:
    text = _header(message, "date")
    if not text:
        return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.replace(microsecond=0)


def _ids(text: str) -> list[str]:
    return _MESSAGE_ID.findall(text)


def _decode(payload: bytes, charset: str | None) -> tuple[str, bool]:
    """Bytes of a text part as text: the declared charset, else UTF-8, else Windows-1252 (U+FFFD for the rest).
    Returns the text and whether the declared charset failed."""
    tried: list[str] = [charset] if charset else []
    for name in (*tried, *FALLBACK_CHARSETS):
        try:
            return payload.decode(name), bool(charset) and name != charset
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("cp1252", "replace"), True  # bytes Windows-1252 leaves undefined become U+FFFD


class _Body:
    """What the walk over the MIME tree collects."""

    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[tuple[str, int]] = []
        self.warnings: list[str] = []


def _walk(part: Message, body: _Body, depth: int, want_text: bool) -> None:
    if depth > MAX_DEPTH:
        if "nesting" not in " ".join(body.warnings):
            body.warnings.append(f"MIME nested deeper than {MAX_DEPTH} levels: read down to that depth")
        return
    if part.is_multipart():
        payload = part.get_payload()
        for child in payload if isinstance(payload, list) else ():
            if isinstance(child, Message):
                _walk(child, body, depth + 1, want_text)
        return
    content_type = part.get_content_type()
    disposition = (part.get_content_disposition() or "").lower()
    try:
        filename = part.get_filename()
    except Exception:
        filename = None
    if disposition == "attachment" or (filename and not content_type.startswith("text/")):
        raw = part.get_payload(decode=True)
        body.attachments.append((_clean(filename or "unnamed"), len(raw) if isinstance(raw, bytes) else 0))
        return
    if not want_text or content_type not in ("text/plain", "text/html"):
        if content_type == "message/rfc822":
            return
        return
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return
    charset = part.get_content_charset()
    text, failed = _decode(raw[: MAX_TEXT_CHARS * 4], charset)
    if failed and charset:
        body.warnings.append(f"charset {charset!r} could not decode the text: read as Windows-1252")
    (body.plain if content_type == "text/plain" else body.html).append(text)


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()[:MAX_TEXT_CHARS]


def fallback_key(date: str, sender: str, recipients: str, subject: str) -> str:
    """The key of a message without a Message-ID: the same message gives the same key however it is read."""
    digest = hashlib.sha256("\x1f".join((date, sender, recipients, subject)).encode("utf-8", "replace")).hexdigest()
    return f"sha256:{digest[:32]}"


def _bulk(message: Message, sender: Party | None) -> bool:
    if any(message.get(name) is not None for name in ("list-unsubscribe", "list-id")):
        return True
    if _header(message, "precedence").lower() in ("bulk", "list", "junk"):
        return True
    auto = _header(message, "auto-submitted").lower()
    return bool(auto and auto != "no")


@dataclass(frozen=True)
class Envelope:
    """Who a message is from and to and its Message-ID, read from its header alone (fast: no body, no policy)."""

    sender: str | None
    recipients: tuple[str, ...]
    message_id: str | None


def envelope(raw: bytes) -> Envelope | None:
    """The addresses of a message from its header block (None when it cannot be read this way: read it whole)."""
    ends = [found for found in (raw.find(b"\n\n", 0, MAX_HEADER_BYTES), raw.find(b"\r\n\r\n", 0, MAX_HEADER_BYTES))
            if found >= 0]  # fmt: skip
    if not ends:
        return None
    try:
        header = BytesHeaderParser(policy=compat32).parsebytes(raw[: min(ends) + 1])
        senders = getaddresses([str(v) for v in header.get_all("from", [])])
        recipients = getaddresses([str(v) for name in ("to", "cc") for v in header.get_all(name, [])])
        ids = _ids(str(header.get("message-id", "")))
    except Exception:
        return None
    sender = email_key(senders[0][1]) if senders else None
    return Envelope(
        sender if sender and "@" in sender else None,
        tuple(k for k in (email_key(a) for _, a in recipients) if k and "@" in k),
        ids[0] if ids else None,
    )


def read_message(
    raw: bytes, position: str, *, headers_only: bool = False, truncated: bool = False
) -> MailMessage | MailError:
    """Read one message from its bytes; ``headers_only`` leaves the body out (its text stays empty)."""
    end = raw.find(b"\n\n")
    end_crlf = raw.find(b"\r\n\r\n")
    header_end = min(e for e in (end, end_crlf, len(raw)) if e >= 0)
    if header_end > MAX_HEADER_BYTES:
        return MailError(
            position, f"header of {header_end / 1048576:.1f} MB is larger than a mail header may be "
            f"({MAX_HEADER_BYTES // 1024} KB)"
        )  # fmt: skip
    if raw.count(b"multipart/") > MAX_MULTIPARTS:  # the parser would recurse once per level
        return MailError(position, f"more than {MAX_MULTIPARTS} multipart sections: {NESTED_TOO_DEEP}")
    if not raw.strip():
        return MailError(position, "empty message")
    try:
        parser = BytesParser(policy=policy.default)
        message: Message = parser.parsebytes(raw, headersonly=headers_only)
    except RecursionError:
        return MailError(position, NESTED_TOO_DEEP)
    except MemoryError:
        return MailError(position, "too large to read")
    except Exception as error:  # the parser is lenient; anything else is a broken message
        return MailError(position, f"cannot be read ({error})")
    try:
        return _read(message, position, headers_only, truncated)
    except RecursionError:
        return MailError(position, NESTED_TOO_DEEP)
    except Exception as error:
        return MailError(position, f"cannot be read ({type(error).__name__}: {error})")


def _read(message: Message, position: str, headers_only: bool, truncated: bool) -> MailMessage | MailError:
    sender_list = _parties(message, "from") or _parties(message, "sender")
    sender = sender_list[0] if sender_list else None
    to, cc = _parties(message, "to"), _parties(message, "cc")
    if sender is None and not to and not cc:
        return MailError(position, "no sender and no recipient: not an e-mail")
    subject = _header(message, "subject")
    message_ids = _ids(_header(message, "message-id"))
    message_id = message_ids[0] if message_ids else None
    date_text = _header(message, "date")
    key = message_id or fallback_key(
        date_text, sender.email if sender else "", ",".join(p.email for p in to + cc), subject
    )
    references = _ids(_header(message, "references"))
    reply_ids = _ids(_header(message, "in-reply-to"))
    in_reply_to = reply_ids[0] if reply_ids else (references[-1] if references else None)
    thread = references[0] if references else (in_reply_to or key)
    labels = tuple(label.strip() for label in _header(message, "x-gmail-labels").split(",") if label.strip())
    body = _Body()
    if not headers_only:
        _walk(message, body, 0, True)
    text = ""
    links: tuple[tuple[str, str], ...] = ()
    if body.html:
        converted = [html_to_text(html) for html in body.html]
        links = tuple(link for c in converted for link in c.links)
        if not body.plain:
            text = "\n\n".join(c.text for c in converted)
    if body.plain:
        text = "\n\n".join(body.plain)
    return MailMessage(
        position=position, key=key, message_id=message_id, sender=sender, to=to, cc=cc, date=_date(message),
        subject=subject, text=_tidy(text), thread=thread, in_reply_to=in_reply_to, labels=labels,
        attachments=tuple(body.attachments), links=links, bulk=_bulk(message, sender), truncated=truncated,
        warnings=tuple(body.warnings),
    )  # fmt: skip

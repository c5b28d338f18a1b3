"""Which links Rebound may hand to the system: the one decision, without Qt.

Data comes from imports and other people (a LinkedIn export, a vCard, a CSV), so a URL in
it is untrusted. Only ``http``/``https`` links with a host and ``mailto`` links to one
address are ever opened; ``file:``, ``smb:``, ``javascript:``, ``data:``, ``ftp:`` and custom
schemes (``vscode:``, ``ms-officecmd:`` …) are refused, and so is anything with spaces,
control or invisible direction characters, or user info (``https://bank.example@evil.example``).
The GUI wraps what ``safe_url`` returns in a QUrl and opens nothing else.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlsplit

from desktop.core.normalize import is_email

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
WEB_SCHEMES = frozenset({"http", "https"})
MAILTO_FIELDS = frozenset({"subject", "body"})
# whitespace, C0/C1 controls, zero-width and bidirectional formatting characters
_UNSAFE_CHARACTERS = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def safe_url(text: str | None) -> str | None:
    """The URL, trimmed, when Rebound may open it; None otherwise."""
    if not text:
        return None
    candidate = text.strip()
    if not candidate or len(candidate) > 4096 or _UNSAFE_CHARACTERS.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
        scheme = parts.scheme.lower()
        if scheme in WEB_SCHEMES:
            if not parts.hostname or "@" in parts.netloc or "\\" in candidate:
                return None
            parts.port  # noqa: B018 - raises ValueError for a malformed port
            return candidate
        if scheme == "mailto":
            address = parts.path
            if not is_email(address) or parts.fragment:
                return None
            fields = parse_qsl(parts.query, keep_blank_values=True)
            if any(name.lower() not in MAILTO_FIELDS for name, _ in fields):
                return None
            return candidate
    except ValueError:
        return None
    return None


def may_open(text: str | None) -> bool:
    return safe_url(text) is not None


def web_url(text: str | None) -> str | None:
    """Like ``safe_url``, for links that must open in a browser (a profile, a posting): http and https only."""
    url = safe_url(text)
    return url if url is not None and urlsplit(url).scheme.lower() in WEB_SCHEMES else None


def _mail_field(text: str) -> str:
    """Percent-encode everything but unreserved characters; line breaks as CRLF (RFC 6068)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return quote("\r\n".join(lines), safe="")


def mail_url(address: str | None, subject: str | None = None, body: str | None = None) -> str | None:
    """A mailto: URL for one address with an optional subject and body; None for an address that is not one.

    The address must be a single plain address (a '?', '&', ',' or a line break cannot add
    headers or recipients); subject and body are percent-encoded in full.
    """
    if not address or not is_email(address.strip()):
        return None
    fields = [f"{name}={_mail_field(value)}" for name, value in (("subject", subject), ("body", body)) if value]
    url = "mailto:" + quote(address.strip(), safe="@")
    if fields:
        url += "?" + "&".join(fields)
    return url

"""Opening links outside Rebound: only http, https and mailto, whatever the data says.

Every link leaves through ``open_url``, which hands a checked URL to ``opener`` — the
system's URL handler, replaced in tests so that no real browser or mail app ever opens.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def _system_opener(url: QUrl) -> bool:
    return bool(QDesktopServices.openUrl(url))


opener: Callable[[QUrl], bool] = _system_opener


def safe_url(text: str | None) -> QUrl | None:
    """The URL when its scheme is http, https or mailto (and it has somewhere to go); None otherwise."""
    if not text or not text.strip():
        return None
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in SAFE_SCHEMES:
        return None
    if url.scheme().lower() != "mailto" and not url.host():
        return None
    return url


def web_url(text: str | None) -> QUrl | None:
    """Like ``safe_url``, for links that must open in a browser (a profile, a posting): http and https only."""
    url = safe_url(text)
    return url if url is not None and url.scheme().lower() in ("http", "https") else None


def _mail_field(text: str) -> str:
    """Percent-encode everything but unreserved characters; line breaks as CRLF (RFC 6068)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return quote("\r\n".join(lines), safe="")


def mail_url(address: str | None, subject: str | None = None, body: str | None = None) -> QUrl | None:
    """A mailto: URL for one address, with an optional subject and body.

    The address is percent-encoded, so a '?' or '&' in it cannot add headers; the subject and
    body are encoded in full (spaces, '&', '=', line breaks, umlauts).
    """
    if not address or "@" not in address:
        return None
    fields = [f"{name}={_mail_field(value)}" for name, value in (("subject", subject), ("body", body)) if value]
    text = "mailto:" + quote(address.strip(), safe="@")
    if fields:
        text += "?" + "&".join(fields)
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    return url if url.isValid() else None


def open_url(url: QUrl | None) -> bool:
    """Open a URL that passed ``safe_url``/``web_url``/``mail_url``; refuses anything else."""
    if url is None or url.scheme().lower() not in SAFE_SCHEMES:
        return False
    return bool(opener(url))

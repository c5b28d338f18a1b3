"""Opening links outside Rebound: only http, https and mailto, whatever the data says.

The decision is ``desktop.core.links`` (Qt-free, the same rules everywhere); this module only
wraps what it allows in a QUrl. Every link leaves through ``open_url``, which checks the URL
once more and hands it to ``opener`` — the system's URL handler, replaced in tests so that no
real browser or mail app ever opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.core import links

SAFE_SCHEMES = links.SAFE_SCHEMES


def _system_opener(url: QUrl) -> bool:
    return bool(QDesktopServices.openUrl(url))


opener: Callable[[QUrl], bool] = _system_opener


def _qurl(text: str | None) -> QUrl | None:
    if text is None:
        return None
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    return url if url.isValid() else None


def safe_url(text: str | None) -> QUrl | None:
    """The URL when Rebound may open it (``desktop.core.links.safe_url``); None otherwise."""
    return _qurl(links.safe_url(text))


def web_url(text: str | None) -> QUrl | None:
    """Like ``safe_url``, for links that must open in a browser (a profile, a posting): http and https only."""
    return _qurl(links.web_url(text))


def mail_url(address: str | None, subject: str | None = None, body: str | None = None) -> QUrl | None:
    """A mailto: URL for one plain address with an optional subject and body (``desktop.core.links.mail_url``)."""
    return _qurl(links.mail_url(address, subject, body))


def open_url(url: QUrl | None) -> bool:
    """Open a URL that passed ``safe_url``/``web_url``/``mail_url``; refuses anything else."""
    if url is None or not links.may_open(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)):
        return False
    return bool(opener(url))

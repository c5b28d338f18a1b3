"""Opening links outside Rebound: only http, https and mailto, whatever the data says."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


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


def mail_url(address: str | None) -> QUrl | None:
    """A mailto: URL for one address (the address is the path, so '?' cannot add headers)."""
    if not address or "@" not in address:
        return None
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(address.strip())
    return url


def open_url(url: QUrl | None) -> bool:
    """Open a URL that passed ``safe_url``/``mail_url``; refuses anything else."""
    if url is None or url.scheme().lower() not in SAFE_SCHEMES:
        return False
    return bool(QDesktopServices.openUrl(url))

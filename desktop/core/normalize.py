"""Normal forms used for matching and sorting (spec/archive-format.md, "Importing")."""

from __future__ import annotations

import re
import unicodedata
from itertools import filterfalse
from urllib.parse import urlsplit

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w&+ ]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: "Zoë" → "zoe"."""
    if text.isascii():  # nothing to decompose, no accents: the common case, fast
        return " ".join(text.lower().split())
    stripped = "".join(filterfalse(unicodedata.combining, unicodedata.normalize("NFKD", text)))
    return " ".join(stripped.casefold().split())  # whitespace runs → one space, trimmed (as re's \s and strip)


def sort_key(name: str) -> str:
    return fold(name)


def company_key(name: str) -> str:
    """Companies match by normalized name: folded, punctuation dropped, spaces collapsed."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", fold(name))).strip()


def email_key(email: str | None) -> str | None:
    if not email or not email.strip():
        return None
    return email.strip().lower()


def linkedin_key(url: str | None) -> str | None:
    """Lower case, no scheme, no ``www.``, no query or fragment, no trailing slash."""
    if not url or not url.strip():
        return None
    text = url.strip().lower()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:  # not a URL at all (e.g. "http://[x"): keep the text itself as its key
        return text.split("://", 1)[1].rstrip("/") or None
    host = parts.netloc
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/")
    return f"{host}{path}" or None

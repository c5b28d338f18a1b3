"""Normal forms used for matching and sorting (spec/archive-format.md, "Importing"), and what a valid e-mail is."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import filterfalse
from urllib.parse import urlsplit

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w&+ ]+", re.UNICODE)
# One plain address: no spaces, no second '@', none of the characters that would make it a list, a display name
# or a header in a mail link (``, ; : < > ( ) [ ] \ "``); a host of letters, digits, dots and hyphens with a dot
# and a top-level domain of two or more letters.
_EMAIL = re.compile(r"[^@\s,;:<>()\[\]\\\"]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,}")


def is_email(text: str | None) -> bool:
    """Whether ``text`` is one e-mail address Rebound can write to: ``tom@acme.example``, not ``tom at acme``,
    ``<tom@acme.example>``, ``a@b.example, c@d.example`` or ``tom@acme``. The text as given: trim it first."""
    return text is not None and _EMAIL.fullmatch(text) is not None


def fold(text: str) -> str:
    """Lower case without accents, whitespace runs as one space, trimmed: "Zoë  Müller " → "zoe muller"."""
    if text.isascii():  # nothing to decompose, no accents: the common case, fast
        return " ".join(text.lower().split())
    # word by word (decomposition and case folding never reach across a space), each word folded once: names
    # repeat their words (an import of 30,000 people meets a few thousand first and last names)
    return " ".join(folded for word in text.split() if (folded := _fold_word(word)))


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    stripped = "".join(filterfalse(unicodedata.combining, unicodedata.normalize("NFKD", word)))
    return " ".join(stripped.casefold().split())  # NFKD may make spaces ("¨" → " ̈"): as in the whole text


sort_key = fold
"""A person's name as it sorts and matches: ``fold`` of it."""


def company_key(name: str) -> str:
    """Companies match by normalized name: folded, punctuation dropped, spaces collapsed."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", fold(name))).strip()


def email_key(email: str | None) -> str | None:
    if not email or not email.strip():
        return None
    return email.strip().lower()


_PROFILE = "https://www.linkedin.com/in/"  # how LinkedIn's exports write every profile URL
# both cases spelled out: with IGNORECASE the pattern folds the case of every character it reads (half its cost); the
# few characters only case folding would admit (the Kelvin sign, a long s) take the general way to the same key
_PROFILE_PATH = re.compile(r"[A-Za-z0-9_%./~-]*")
_SIMPLE_URL = re.compile(r"(?i)https?://(?:www\.)?([a-z0-9.-]+)(/[a-z0-9_%./~-]*)?")


def linkedin_key(url: str | None) -> str | None:
    """Lower case, no scheme, no ``www.``, no query or fragment, no trailing slash; None for blank text.

    A plain URL (LinkedIn's own profile form above all: an import meets thousands) takes a shortcut to the
    same result; any other goes through ``urlsplit``, and text it refuses ("http://[x") keeps itself as its key.
    """
    if not url:
        return None
    if url.startswith(_PROFILE) and _PROFILE_PATH.fullmatch(url, len(_PROFILE)):
        return url[12:].lower().rstrip("/")  # "https://www." dropped
    match = _SIMPLE_URL.fullmatch(url)
    if match is not None:
        host, path = match.groups()
        key = (host + path).lower().rstrip("/") if path else host.lower()  # a path starts with "/", a host has none
        return (key[4:] if key.startswith("www.") else key) or None
    return _split_key(url)


def profile_url(text: str) -> str:
    """A profile URL as a link: ``https://`` (an ``http://`` or a missing scheme made so); the rest as written.
    ``linkedin.com/in/ann`` and ``http://www.linkedin.com/in/ann`` → ``https://…``."""
    text = text.strip()
    lowered = text[:8].lower()
    if lowered.startswith("https://"):
        return text
    if lowered.startswith("http://"):
        return "https://" + text[7:]
    return "https://" + text


def _split_key(url: str) -> str | None:
    if not url.strip():
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

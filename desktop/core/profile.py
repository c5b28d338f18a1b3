"""About you: the user's own name (it signs the drafts), mode, target roles, keywords, language and e-mail
addresses. One row of ``profile`` (id 1) plus the addresses as a setting; the rules read them as facts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from desktop import vocab
from desktop.core.changes import Changes
from desktop.errors import InputError
from desktop.store.models import DB, Profile, Setting

EMAILS_KEY = "profile.emails"  # not rule settings: stored_settings() leaves them out
SIGNATURE_KEY = "profile.signature"
LANGUAGES = ("en", "de")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class MyProfile:
    name: str = ""
    mode: str = vocab.Mode.JOB_SEEKER
    target_roles: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    language: str = "en"
    emails: list[str] = field(default_factory=list)
    signature: str = ""  # under every draft instead of the name alone, when given


def get_profile() -> MyProfile:
    row = Profile.get_or_none(Profile.id == 1)
    stored = Setting.get_or_none(Setting.key == EMAILS_KEY)
    emails = list(json.loads(stored.value)) if stored is not None else []
    signature = get_signature()
    if row is None:
        return MyProfile(emails=emails, signature=signature)
    return MyProfile(
        name=row.name or "",
        mode=row.mode or vocab.Mode.JOB_SEEKER,
        target_roles=list(row.target_roles),
        keywords=list(row.keywords),
        language=row.language or "en",
        emails=emails,
        signature=signature,
    )


def get_signature() -> str:
    """What signs the drafts when the user wrote one (else the drafts sign with the name)."""
    stored = Setting.get_or_none(Setting.key == SIGNATURE_KEY)
    return str(json.loads(stored.value)) if stored is not None else ""


def _words(values: list[str]) -> list[str]:
    """Trimmed, without blanks and repeats (the first spelling kept)."""
    seen: set[str] = set()
    kept: list[str] = []
    for value in values:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            kept.append(value)
    return kept


def save_profile(profile: MyProfile) -> Changes:
    """Store what the user said about themselves (InputError naming the field, nothing written)."""
    if profile.mode not in vocab.MODES:
        raise InputError(f"mode {profile.mode!r} is not one of {', '.join(vocab.MODES)}")
    if profile.language not in LANGUAGES:
        raise InputError(f"language {profile.language!r} is not one of {', '.join(LANGUAGES)}")
    emails = _words(profile.emails)
    for email in emails:
        if not _EMAIL.match(email):
            raise InputError(f"e-mail address {email!r} is not an e-mail address")
    with DB.atomic():
        Profile.insert(
            id=1, name=profile.name.strip() or None, mode=profile.mode, language=profile.language,
            target_roles=_words(profile.target_roles), keywords=_words(profile.keywords),
        ).on_conflict_replace().execute()  # fmt: skip
        Setting.insert(key=EMAILS_KEY, value=json.dumps(emails)).on_conflict_replace().execute()
        signature = "\n".join(line.rstrip() for line in profile.signature.strip().splitlines())
        Setting.insert(key=SIGNATURE_KEY, value=json.dumps(signature)).on_conflict_replace().execute()
    return Changes(everything=True)  # the rules read the profile as facts: a new plan


def my_emails() -> list[str]:
    """My own addresses (``me.emails``): which messages are mine, in or out."""
    stored = Setting.get_or_none(Setting.key == EMAILS_KEY)
    return list(json.loads(stored.value)) if stored is not None else []


def validate_emails(addresses: list[str]) -> None:
    """InputError naming the first address that is not an e-mail address."""
    for address in addresses:
        if not _EMAIL.match(address.strip()):
            raise InputError(f"e-mail address {address!r} is not an e-mail address")


def add_my_emails(addresses: list[str]) -> bool:
    """Add addresses to mine (kept ones stay; case-insensitive repeats dropped); True when any was new.

    InputError naming the address when one is not an e-mail address (nothing written)."""
    validate_emails(addresses)
    current = my_emails()
    merged = _words(current + [a.strip() for a in addresses])
    if merged == current:
        return False
    Setting.insert(key=EMAILS_KEY, value=json.dumps(merged)).on_conflict_replace().execute()
    return True

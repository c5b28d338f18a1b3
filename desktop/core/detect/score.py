"""Scoring a message against the phrase table (see the package's docstring for the formula)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.detect.phrases import NEGATIVE, PHRASES, Phrase
from desktop.vocab import DetectionKind

THRESHOLD = 0.6
PRECEDENCE: tuple[DetectionKind, ...] = (
    DetectionKind.OFFER,
    DetectionKind.REJECTION,
    DetectionKind.INTERVIEW_INVITATION,
    DetectionKind.APPLICATION_RECEIVED,
)
MAX_CHARS = 5_000  # the start of a message says what it is (and the phrase table costs time per character)

# Where the quoted history of a reply or forward starts: nothing below it is this message's own text.
_QUOTE_START = re.compile(
    r"^(?:On .{4,200}wrote:|Am .{4,200}schrieb .{0,200}:|-{2,} ?(?:Original Message|Forwarded message|"
    r"Ursprüngliche Nachricht|Weitergeleitete Nachricht) ?-{2,}|From: .+|Von: .+)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Finding:
    kind: DetectionKind
    confidence: float  # 0…1, rounded to two places
    why: tuple[str, ...]  # the phrases found, as the user reads them ("'leider … nicht berücksichtigen'")


_FORWARD = re.compile(r"^\s*(?:Fwd?|WG|Wg|Weitergeleitet|TR)\s*:", re.IGNORECASE)


def relevant_text(subject: str, text: str) -> str:
    """The subject and the message's own text: quoted lines (">") and the quoted history below "On … wrote:" cut;
    a forward's subject is the forwarded message's, so it is left out too."""
    if _FORWARD.match(subject):
        subject = ""
    own = text[:MAX_CHARS]
    match = _QUOTE_START.search(own)
    if match:
        own = own[: match.start()]
    lines = [line for line in own.splitlines() if not line.lstrip().startswith(">")]
    return " ".join((subject + "\n" + "\n".join(lines)).split())


def _found(phrases: tuple[Phrase, ...], lowered: str) -> list[Phrase]:
    return [phrase for phrase in phrases if phrase.search(lowered)]


def scores(subject: str, text: str) -> dict[DetectionKind, tuple[float, list[Phrase]]]:
    """Every kind with a strong phrase found: its confidence and the phrases behind it."""
    own = relevant_text(subject, text).lower()
    damp = 1.0
    for negative in _found(NEGATIVE, own):
        damp *= 1 - negative.weight
    result: dict[DetectionKind, tuple[float, list[Phrase]]] = {}
    for kind, phrases in PHRASES.items():
        found = _found(phrases, own)
        if not any(phrase.strong for phrase in found):
            continue
        miss = 1.0
        for phrase in found:
            miss *= 1 - phrase.weight
        result[kind] = (round((1 - miss) * damp, 2), found)
    return result


def detect(subject: str, text: str) -> Finding | None:
    """The kind of step this message is, or None; the reasons are the phrases found, strongest first."""
    found = scores(subject, text)
    for kind in PRECEDENCE:
        if kind in found and found[kind][0] >= THRESHOLD:
            confidence, phrases = found[kind]
            ordered = sorted(phrases, key=lambda p: -p.weight)
            return Finding(kind, confidence, tuple(f"'{p.label}'" for p in ordered))
    return None

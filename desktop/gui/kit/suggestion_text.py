"""How a suggestion reads on a card: one plain sentence of what to do, the channel, the due date.

Pure functions over the card data (``present.as_dict``) and dates; no widgets.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from desktop import vocab
from desktop.gui.kit.formatting import format_date
from desktop.gui.kit.i18n import VOCABULARY, tr, tr_n

CHANNEL_PHRASES = {
    "email": tr("by e-mail"),
    "linkedin_note": tr("in the note of a LinkedIn connection request"),
    "linkedin_message": tr("in a LinkedIn message"),
    "phone": tr("by phone"),
    "in_person": tr("in person"),
    "other": tr("however you can reach them: no e-mail address or LinkedIn profile is known"),
}

# The icon of a channel is the icon of the interaction kind it records (resources/icons); `other` warns
# instead: no address is known, the user has to find a way.
CHANNEL_ICONS = {**{channel: str(kind) for channel, kind in vocab.KIND_OF_CHANNEL.items()}, "other": "warning"}


def action_label(action: str) -> str:
    return tr(vocab.ACTION_LABELS.get(action, action), VOCABULARY)


def channel_phrase(channel: str) -> str:
    return CHANNEL_PHRASES.get(
        channel, tr("via {channel}").format(channel=tr(vocab.CHANNEL_LABELS.get(channel, channel), VOCABULARY))
    )


def opening_phrase(card: dict[str, Any]) -> str:
    opening = card.get("opening")
    if not opening:
        return tr("the role")
    return tr("‘{opening}’ at {opening2}").format(opening=opening["title"], opening2=opening["company"])


def what_to_do(card: dict[str, Any]) -> str:
    """One sentence: what to do, for whom, over which channel (``card`` as from ``present.as_dict``)."""
    name = card["person"]["name"]
    via = channel_phrase(card["channel"])
    role = opening_phrase(card)
    action = card["action"]
    if action == "reply_to_rejection":
        return tr("Reply to {name} about the rejection for {role}: thank them and keep the door open, {via}.").format(
            name=name, role=role, via=via
        )
    if action == "reengage_candidate":
        return tr("Tell {name} about {role}, the role you are filling, {via}.").format(name=name, role=role, via=via)
    if action == "ask_about_opening":
        return tr("Ask {name} about the new opening {role}, {via}.").format(name=name, role=role, via=via)
    if action == "ask_for_intro":
        target = card["target"]["name"] if card.get("target") else tr("the person you want to meet")
        return tr("Ask {name} to introduce you to {target} about {role}, {via}.").format(
            name=name, target=target, role=role, via=via
        )
    if action == "congratulate_new_role":
        return tr("Congratulate {name} on the new role, {via}.").format(name=name, via=via)
    if action == "connect_linkedin":
        return tr("Ask {name} to connect on LinkedIn, with a short note.").format(name=name)
    if action == "check_in":
        return tr("Check in with {name}, {via}.").format(name=name, via=via)
    return f"{action_label(action)}: {name}, {via}."


def days_phrase(days: int) -> str:
    return tr_n("%n day", abs(days), "%n days")


def due_text(due: date, overdue: bool, today: date) -> str:
    """``Overdue: due 17 Nov 2026, 9 days ago`` · ``Due today`` · ``Due tomorrow, 27 Nov 2026`` · …"""
    days = (due - today).days
    when = format_date(due)
    if overdue or days < 0:  # one word for one state: past its day is overdue
        return tr("Overdue: due {when}, {days_phrase} ago").format(when=when, days_phrase=days_phrase(days))
    if days == 0:
        return tr("Due today")
    if days == 1:
        return tr("Due tomorrow, {when}").format(when=when)
    return tr("Due {when}, in {days_phrase}").format(when=when, days_phrase=days_phrase(days))


def due_short(due: date, overdue: bool, today: date) -> str:
    """The due day on a card's one-line row: ``Overdue, 9 days`` · ``Due today`` · ``Due in 5 days``."""
    days = (due - today).days
    if overdue or days < 0:
        return tr("Overdue, {days_phrase}").format(days_phrase=days_phrase(days))
    if days == 0:
        return tr("Due today")
    if days == 1:
        return tr("Due tomorrow")
    return tr("Due in {days_phrase}").format(days_phrase=days_phrase(days))


def who_text(name: str, title: str | None, company: str | None) -> str:
    """``James O'Connor · Recruiter at Tidewater Bank``."""
    if title and company:
        return tr("{name} · {title} at {company}").format(name=name, title=title, company=company)
    if company or title:
        return f"{name} · {company or title}"
    return name


def next_item_text(card: dict[str, Any], today: date) -> str:
    """The next coming suggestion, for the empty Today page."""
    due = due_text(date.fromisoformat(card["due"]), False, today)
    return tr("Next: {action_label}, {value} — {lower}{due}.").format(
        action_label=action_label(card["action"]), value=card["person"]["name"], lower=due[:1].lower(), due=due[1:]
    )


STRONG_MATCH = 0.8  # a relevance from here up reads "strong match"


def match_words(score: float, threshold: float = 0.5) -> str:
    """A relevance (0…1) as words: ``strong match``, ``partial match`` (from the threshold), ``weak match``."""
    if score >= STRONG_MATCH:
        return tr("strong match")
    return tr("partial match") if score >= threshold else tr("weak match")


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PLAIN_QUOTES = re.compile(r"(?<![\w’'])'([^'\n]+?)'(?![\w])")
_RELEVANCE = re.compile(r"\(relevance (\d+(?:\.\d+)?)\)")


def readable(line: str) -> tuple[str, str | None]:
    """A line of the engine's facts as the app writes everywhere: its dates (``27 Nov 2026``), its quotes
    (‘…’), relevance as words. Returns the line and, when it held a relevance, a tooltip with the number."""

    def day(match: re.Match[str]) -> str:
        try:
            return format_date(date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            return match[0]

    numbers = [float(found) for found in _RELEVANCE.findall(line)]
    text = _RELEVANCE.sub(lambda match: f"({match_words(float(match[1]))})", line)
    text = _PLAIN_QUOTES.sub(lambda match: f"‘{match[1]}’", _ISO_DAY.sub(day, text))
    tip = ", ".join(f"Relevance {number:.2f} of 1" for number in numbers) or None
    return text, tip


_SCORE_AND_THRESHOLD = re.compile(r"(\d+\.\d+) \(threshold (\d+\.\d+)\)")


def relevance_sentence(text: str) -> str:
    """``Relevance to you: 0.83 (threshold 0.50)`` → ``Relevance to you: strong match`` (the number goes in a
    tooltip)."""
    return _SCORE_AND_THRESHOLD.sub(lambda match: match_words(float(match[1]), float(match[2])), text)

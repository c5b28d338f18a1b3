"""`rebound suggest [--today DAY] [--json] [--limit N]`: the day's suggestions."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from desktop import vocab
from desktop.cli.common import VisibleText, open_database, print_json, today
from desktop.errors import InputError

if TYPE_CHECKING:
    from desktop.core.reconnect.facts import Facts
    from desktop.core.reconnect.suggestion import Suggestion

HELP = "the day's suggestions"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="plan for this day instead of today")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N suggestions")


def run(args: argparse.Namespace) -> int:
    from desktop.core.reconnect.drafts import Drafter
    from desktop.core.reconnect.engine import cold_day_plan
    from desktop.core.reconnect.present import as_dict

    day = today(args)
    if args.limit is not None and args.limit < 0:
        raise InputError("--limit: give a number of suggestions, 0 or more")
    open_database(args)
    cold = cold_day_plan(day, args.limit)  # with a limit, only the first N are put in order
    plan, facts = cold.plan, cold.facts
    if args.json:
        drafter = Drafter()  # the edited templates read once, each template compiled once
        if not plan:
            print_json([])
            return 0
        _write_list(as_dict(s, facts, day, drafter=drafter) for s in plan)
        return 0
    if not plan:
        print(f"Nothing to do on {day}.")
        return 0
    _write_table(plan, facts, day)
    return 0


HEADERS = ["DUE", "WHAT", "WHO", "CHANNEL", "WHY"]
ROWS_PER_WRITE = 1000


def _rows(plan: list[Suggestion], facts: Facts, day: date) -> Iterator[list[str]]:
    for s in plan:
        due = ("OVERDUE " if s.overdue(day) else "") + s.due.isoformat()
        yield [due, vocab.ACTION_LABELS[s.action], facts.people[s.person_id].name, vocab.CHANNEL_LABELS[s.channel],
               s.why[0]]  # fmt: skip


def _write_table(plan: list[Suggestion], facts: Facts, day: date) -> None:
    """``print(table(rows, HEADERS))`` without holding the whole day's table (62,000 rows at 100,000 people) as
    rows, lines and text at once: the widths are measured first, then the lines written."""
    people = facts.people
    columns = (
        (len(s.due.isoformat()) + (8 if s.overdue(day) else 0) for s in plan),  # "OVERDUE " and the day
        (len(vocab.ACTION_LABELS[action]) for action in {s.action for s in plan}),
        (len(people[s.person_id].name) for s in plan),
        (len(vocab.CHANNEL_LABELS[channel]) for channel in {s.channel for s in plan}),
        (len(s.why[0]) for s in plan),
    )
    widths = [max(len(header), *column) for header, column in zip(HEADERS, columns, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(HEADERS, widths, strict=True)).rstrip()]
    for row in _rows(plan, facts, day):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if len(lines) == ROWS_PER_WRITE:
            sys.stdout.write("\n".join(lines) + "\n")
            lines = []
    sys.stdout.write("\n".join(lines) + "\n" if lines else "")


def _write_list(items: Iterable[dict[str, Any]]) -> None:
    """Write a non-empty list as ``print_json`` does, byte for byte, one item at a time (63,000 drafts need
    not be held at once), each item written by ``indented`` instead of json's pure-Python indenting encoder."""
    stream = sys.stdout
    out = stream.inner if isinstance(stream, VisibleText) else stream  # made safe for a terminal below, as JSON
    separator = "[\n  "
    for item in items:
        text = _card(item)
        if _UNSAFE.search(text) is not None:
            text = text.translate(_ESCAPED)
        out.write(separator)
        out.write(text)
        separator = ",\n  "
    out.write("\n]\n")


# What would act on a terminal rather than show (common.visible's characters) and that JSON leaves as it is (it
# escapes the C0 controls itself): written as JSON escapes, so the document stays valid and reads the same.
_UNSAFE_CODES = [0x7F, *range(0x80, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A),
                 0x2028, 0x2029]  # fmt: skip
_UNSAFE = re.compile("[" + "".join(re.escape(chr(code)) for code in _UNSAFE_CODES) + "]")
_ESCAPED = {code: f"\\u{code:04x}" for code in _UNSAFE_CODES}


CARD_KEYS = ("key", "action", "person", "target", "opening", "channel", "due", "overdue", "why", "draft")


def _card(card: dict[str, Any]) -> str:
    """``indented(card, "  ")`` for a card of ``present.as_dict``, its fields written in one piece (a third of
    the generic walk's time); any other shape or type of value goes the generic way."""
    person, draft = card.get("person"), card.get("draft")
    if (
        tuple(card) != CARD_KEYS
        or not isinstance(person, dict)
        or tuple(person) != ("id", "name")
        or type(person["id"]) is not int
        or not isinstance(draft, dict)
        or tuple(draft) != ("subject", "body")
        or not isinstance(card["overdue"], bool)
    ):
        return indented(card, "  ")
    target, opening = card["target"], card["opening"]
    try:
        return "".join((
            '{\n    "key": ', encode_basestring(card["key"]),
            ',\n    "action": ', encode_basestring(card["action"]),
            ',\n    "person": {\n      "id": ', int.__repr__(person["id"]),
            ',\n      "name": ', encode_basestring(person["name"]), "\n    }",
            ',\n    "target": ', "null" if target is None else indented(target, "    "),
            ',\n    "opening": ', "null" if opening is None else indented(opening, "    "),
            ',\n    "channel": ', encode_basestring(card["channel"]),
            ',\n    "due": ', encode_basestring(card["due"]),
            ',\n    "overdue": ', "true" if card["overdue"] else "false",
            ',\n    "why": ', indented(card["why"], "    "),
            ',\n    "draft": {\n      "subject": ', encode_basestring(draft["subject"]),
            ',\n      "body": ', encode_basestring(draft["body"]), "\n    }\n  }",
        ))  # fmt: skip
    except TypeError:  # a field that is not text: json's words for it
        return indented(card, "  ")


def indented(value: object, indent: str = "") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2, default=str)`` for a value whose first line stands at
    ``indent``: the same text, with each string escaped by json's own C function (json writes indented output
    with its pure-Python encoder, about 20 µs a suggestion)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        fields = [f"{inner}{_key(key)}: {indented(field, inner)}" for key, field in value.items()]
        return "{\n" + ",\n".join(fields) + "\n" + indent + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + indented(member, inner) for member in value) + "\n" + indent + "]"
    return json.dumps(value, ensure_ascii=False, default=str)  # a number, or anything else, as json writes it


def _key(key: object) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    return json.dumps({key: 0}, ensure_ascii=False)[1:-4]  # a number or None as json names it: "1", "null"

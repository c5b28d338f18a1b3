"""`rebound suggest [--today DAY] [--json] [--limit N]`: the day's suggestions."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from desktop import vocab
from desktop.cli.common import open_database, print_json, table, today
from desktop.errors import InputError

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
    rows = []
    for s in plan:
        card = as_dict(s, facts, day, with_draft=False)
        due = ("OVERDUE " if card["overdue"] else "") + card["due"]
        rows.append([due, vocab.ACTION_LABELS[s.action], card["person"]["name"], vocab.CHANNEL_LABELS[s.channel],
                     card["why"][0]])  # fmt: skip
    print(table(rows, ["DUE", "WHAT", "WHO", "CHANNEL", "WHY"]))
    return 0


def _write_list(items: Iterable[dict[str, Any]]) -> None:
    """Write a non-empty list as ``print_json`` does, byte for byte, one item at a time (63,000 drafts need
    not be held at once: JSON strings hold no raw line break, so each item's lines are indented by two more)."""
    out = sys.stdout
    separator = "[\n  "
    for item in items:
        out.write(separator)
        out.write(json.dumps(item, ensure_ascii=False, indent=2, default=str).replace("\n", "\n  "))
        separator = ",\n  "
    out.write("\n]\n")

"""`rebound log PERSON --kind KIND --direction out|in|none [--at WHEN] [--text TEXT] [--opening ID]`."""

from __future__ import annotations

import argparse
from datetime import datetime

from desktop import vocab
from desktop.cli.common import PERSON_HELP, open_database, print_json
from desktop.errors import InputError

HELP = "record an interaction"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("person", help=PERSON_HELP)
    parser.add_argument("--kind", required=True, choices=vocab.INTERACTION_KINDS)
    parser.add_argument("--direction", required=True, choices=vocab.DIRECTIONS)
    parser.add_argument("--at", metavar="WHEN", help="ISO date or date-time (default: now)")
    parser.add_argument("--text", default=None, help="what was said")
    parser.add_argument("--opening", type=int, metavar="ID", help="the opening it was about")
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from desktop.core import people, timeline
    from desktop.core.dates import parse_datetime

    try:
        at = parse_datetime(args.at) if args.at else datetime.now().replace(microsecond=0)
    except ValueError as error:
        raise InputError(f"--at: {error}") from None
    if args.opening is not None and not 0 < args.opening <= people.MAX_ID:
        raise InputError(f"--opening: no opening with id {args.opening}")
    open_database(args)
    person_id = people.find_person(args.person)
    interaction_id = timeline.log_interaction(
        person_id, args.kind, args.direction, at, channel=timeline.default_channel(args.kind),
        body=args.text, opening_id=args.opening,
    ).value  # fmt: skip
    if args.json:
        print_json({"id": interaction_id, "person": person_id, "at": at.isoformat(timespec="seconds")})
    else:
        name = people.get_person(person_id).name
        print(f"Logged {vocab.KIND_LABELS[args.kind].lower()} with {name} at {at.isoformat(sep=' ')}")
    return 0

"""`rebound people [--search TEXT] [--json]`: list people (the search is the app's full-text search)."""

from __future__ import annotations

import argparse

from desktop import vocab
from desktop.cli.common import open_database, print_json, table

HELP = "list people"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", metavar="TEXT", default="", help="full-text search, as in the app")
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from desktop.core import people

    open_database(args)
    rows = people.list_people(args.search)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "company": r.company,
                    "title": r.title,
                    "role": r.role,
                    "email": r.email,
                    "connected": r.connected,
                    "last_contact": r.last_contact.isoformat(timespec="seconds") if r.last_contact else None,
                }  # fmt: skip
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("No one matches." if args.search else "No people yet: try `rebound demo` or `rebound import json FILE`.")
        return 0
    lines = [
        [str(r.id), r.name, r.company or "", r.title or "", vocab.ROLE_LABELS.get(r.role or "", ""),
         r.last_contact.date().isoformat() if r.last_contact else ""]
        for r in rows
    ]  # fmt: skip
    print(table(lines, ["ID", "NAME", "COMPANY", "TITLE", "ROLE", "LAST CONTACT"]))
    return 0

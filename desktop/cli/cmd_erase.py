"""`rebound erase PERSON [--yes]`: erase a person completely, with their history (right to erasure)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop.cli import common
from desktop.errors import DatabaseProblem, InputError

HELP = "erase a person completely, with their history (right to erasure)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("person", help=common.PERSON_HELP)
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def run(args: argparse.Namespace) -> int:
    from desktop.core import erase, people

    common.open_database(args)
    person_id = people.find_person(args.person)
    person = people.get_person(person_id)
    label = person.name + (f" ({person.company})" if person.company else "")
    if not args.yes:
        if not common.interactive():
            raise InputError(f"erase {label}: add --yes to confirm (there is no terminal to ask)")
        answer = input(f"Erase {label} with all their notes, messages and links, for good? Type 'yes': ")
        if answer.strip().lower() != "yes":
            print("Nothing was erased.")
            return 0
    erased = erase.erase_person(person_id, date.today())
    print(
        f"Erased {label}: {erased.interactions} interactions, {erased.connections} connections, "
        f"{erased.process_links} process links. They stay erased when an older backup is restored."
    )
    if not erased.compacted:
        print(
            f"rebound: erased, but the file is not yet compacted: {erased.problem}. Until it is, free pages of the "
            f"file may still hold their words; the compaction is retried each time the database is opened "
            f"(`rebound check` says when it is done)",
            file=sys.stderr,
        )
        return DatabaseProblem.exit_code
    return 0

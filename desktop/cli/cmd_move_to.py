"""`rebound move-to postgresql://user@host:port/database`: copy the personal database to a team server."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import database_url, open_database

HELP = "copy this database to a team server (PostgreSQL), verified; the file is kept"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="URL", help="postgresql://user@host:5432/database (the password: keyring)")


def run(args: argparse.Namespace) -> int:
    from desktop.config import sqlite_path
    from desktop.core.unlock import team_password
    from desktop.interop.move import move_to

    source = sqlite_path(database_url(args))
    open_database(args)
    moved = move_to(args.url, password=team_password(args.url))
    print(f"rebound: copied {moved.people} people and {moved.interactions} interactions to {moved.target}; "
          f"both sides' JSON export are identical", file=sys.stderr)  # fmt: skip
    if source is not None:
        print(f"rebound: {source} is kept as it was; remove it when you no longer need it", file=sys.stderr)
    print(f"rebound: open the team database with --database-url {moved.target} or REBOUND_DATABASE_URL",
          file=sys.stderr)  # fmt: skip
    return 0

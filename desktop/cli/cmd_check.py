"""`rebound check`: integrity check of the database and its search index."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import database_url, open_database
from desktop.errors import DatabaseProblem

HELP = "integrity check of the database and its search index"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no arguments of its own


def run(args: argparse.Namespace) -> int:
    from desktop.config import sqlite_path
    from desktop.core.rekey import encryption_status
    from desktop.store import maintenance, wal_log

    path = sqlite_path(database_url(args))
    log_problems = wal_log.problems(path) if path is not None else []  # read before SQLite opens (and mends) it
    unlocked = open_database(args)
    problems = log_problems + maintenance.check()
    copies = maintenance.leftover_copies(unlocked.path) if unlocked.path is not None else []
    for copy in copies:  # an erasure does not reach them: the user decides
        print(f"copy of the data beside the database (erasures do not reach it): {copy}", file=sys.stderr)
    if problems:
        url = database_url(args)
        for problem in problems:
            print(f"{url}: {problem}", file=sys.stderr)
        return DatabaseProblem.exit_code
    print("ok: database and search index are sound")
    print(encryption_status(unlocked.path, unlocked.key_source).line())
    return 0

"""`rebound backup [FILE] [--daily]`: an online backup of the database."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop.cli.common import open_database
from desktop.errors import InputError

HELP = "online backup of the database"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument(
        "--daily", action="store_true", help="the day's automatic backup (if none yet) and rotation, as the app does"
    )


def run(args: argparse.Namespace) -> int:
    from desktop.store import maintenance

    if args.daily and args.file:
        raise InputError("backup --daily writes into backups/ beside the database; give no FILE")
    open_database(args)
    if args.daily:
        taken = maintenance.daily_backup(datetime.now())
        print(taken if taken is not None else "Today's backup exists already")
        return 0
    print(maintenance.backup(args.file))
    return 0

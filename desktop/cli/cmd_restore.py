"""`rebound restore FILE`: replace the database by a backup (the previous one is kept)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import ask_secret, database_url, print_notes, recovery_key, single_instance

HELP = "restore the database from a backup"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    from desktop.core.backups import restore_backup

    with single_instance(args):
        restored = restore_backup(database_url(args), args.file, recovery_key=recovery_key(args),
                                  ask_secret=ask_secret)  # fmt: skip
    if restored.safety is None:
        print(f"Restored from {args.file}")
    else:
        print(f"Restored from {args.file}; the previous database was saved to {restored.safety}")
    if restored.erased_again:
        print(f"{restored.erased_again} erased people in the backup were erased again")
    print_notes(restored.notes)
    return 0

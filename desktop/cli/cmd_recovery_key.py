"""`rebound recovery-key`: show the recovery key of the encrypted database."""

from __future__ import annotations

import argparse

from desktop.cli.common import open_database

HELP = "show the recovery key of the encrypted database"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no arguments of its own


def run(args: argparse.Namespace) -> int:
    from desktop.core import rekey

    open_database(args)
    print(rekey.recovery_key_of_open_database())
    return 0

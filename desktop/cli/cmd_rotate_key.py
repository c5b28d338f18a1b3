"""`rebound rotate-key`: a new key and a new recovery key for the encrypted database."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import (
    ask_new_secret,
    ask_secret,
    database_url,
    print_notes,
    recovery_key,
    show_recovery_key,
    single_instance,
)

HELP = "give the encrypted database a new key and a new recovery key"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no arguments of its own


def run(args: argparse.Namespace) -> int:
    from desktop.core import rekey

    with single_instance(args):
        rotated = rekey.rotate_key(
            database_url(args), recovery_key=recovery_key(args), ask_secret=ask_secret, ask_new_secret=ask_new_secret
        )
    if rotated.recovery_key:
        show_recovery_key("the database has a new key, in the system keyring; the old recovery key no longer "
                          "opens it", rotated.recovery_key)  # fmt: skip
    else:
        print("rebound: the database has a new passphrase", file=sys.stderr)
    for copy in rotated.backups:
        print(f"rebound: the backup {copy} has the new key too", file=sys.stderr)
    print_notes(rotated.notes)
    print("Key changed; backups saved elsewhere still open with the old recovery key")
    return 0

"""`rebound encrypt`: encrypt an unencrypted database (its key in the system keyring)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import ask_secret, database_url, print_notes, show_recovery_key, single_instance

HELP = "encrypt an unencrypted database (key in the system keyring)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no arguments of its own


def run(args: argparse.Namespace) -> int:
    from desktop.core import rekey

    with single_instance(args):
        done = rekey.encrypt_database(database_url(args), ask_secret=ask_secret)
    if done.recovery_key:
        show_recovery_key(f"encrypted {done.path}; its key is in the system keyring", done.recovery_key)
    else:
        print(f"rebound: encrypted {done.path}; it opens with your passphrase", file=sys.stderr)
    for copy in done.backups:
        print(f"rebound: encrypted the backup {copy} with the same key", file=sys.stderr)
    print_notes(done.notes)
    print(f"Encrypted {done.path}")
    return 0

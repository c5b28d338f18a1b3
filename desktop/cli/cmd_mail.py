"""`rebound mail sync [--headers-only] [--json]`: fetch what is new in the IMAP account set in Settings → Mail
(read-only: EXAMINE, never a flag set) into the timelines, as `import mail` does with files (for cron)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import open_database, print_detected, print_json, today

HELP = "fetch new mail from the IMAP account set in Settings (read-only)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sync = actions.add_parser("sync", help="fetch the messages that are new since the last sync")
    sync.add_argument("--headers-only", action="store_true", help="who, when, subject: no message text")
    sync.add_argument("--json", action="store_true", help="the import summary as JSON, with the `detected` list")
    sync.add_argument("--today", metavar="YYYY-MM-DD", help="the day the detections are dated by")


def run(args: argparse.Namespace) -> int:
    from desktop import secrets
    from desktop.interop.mail import MailImportSummary, imap

    day = today(args)
    account = imap.load_account()
    if account is None:
        raise imap.ImapError("settings", "no IMAP account is set up: enter it in Settings → Mail")
    try:
        password = imap.stored_password(account)
    except secrets.KeyringUnavailable as error:
        raise imap.ImapError("password", f"the IMAP password cannot be read from the keyring: {error}") from None
    if not password:
        raise imap.ImapError("password", f"no password for {account.user} at {account.host}: enter it in Settings")
    open_database(args)
    headers_only = True if args.headers_only else None
    report = imap.sync(account, password, importer=imap.pipeline(day), headers_only=headers_only, today=day)
    summary = report.summary
    if args.json:
        print_json((summary or MailImportSummary()).as_dict())
        for note in report.notes:
            print(f"rebound: {note}", file=sys.stderr)
        return 0
    for folder in report.folders:
        again = " (the server renumbered it: read again)" if folder.new_uidvalidity else ""
        print(f"{folder.folder}: {folder.fetched:,} new message{'s' if folder.fetched != 1 else ''}{again}")
    for note in report.notes:
        print(f"  - {note}")
    if summary is None:
        return 0
    print(summary.sentence())
    for problem in summary.errors:
        print(f"  - {problem}")
    print_detected(summary.detected)
    return 0

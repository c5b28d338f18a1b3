"""`rebound import json|linkedin|vcard|csv|ics FILE` and `import mail PATH`: the file is read and checked before the
database is opened (mail is streamed: a message that cannot be read is reported by position, the rest imported)."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop.cli.common import open_database, print_detected, print_json, print_summary

HELP = "import data"
FIELDS_HELP = (
    "feed a person field from a column (repeatable): name, first_name, last_name, email, phone, "
    "linkedin_url, company, title, tags, location, notes, connected_on"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    formats = parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
    archive = formats.add_parser("json", help="a Rebound archive")
    archive.add_argument("file", type=Path)
    linkedin = formats.add_parser("linkedin", help="a LinkedIn data export: the zip, its folder or one CSV")
    linkedin.add_argument("file", metavar="PATH", type=Path)
    linkedin.add_argument(
        "--me",
        metavar="NAME_OR_URL",
        help="who you are in the messages, when the export has no Profile.csv: your full name or profile URL "
        "(remembered for later imports)",
    )
    vcard = formats.add_parser("vcard", help="contacts in a vCard file (3.0 or 4.0)")
    vcard.add_argument("file", type=Path)
    csv = formats.add_parser("csv", help="contacts in a CSV file (Google Contacts, Outlook, or mapped)")
    csv.add_argument("file", type=Path)
    csv.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD", help=FIELDS_HELP)
    mail = formats.add_parser("mail", help="e-mail: an mbox file, a Maildir, or a folder of .eml files")
    mail.add_argument("file", metavar="PATH", type=Path)
    mail.add_argument("--me", action="append", default=[], metavar="ADDRESS",
                      help="an address of mine (repeatable; added to me.emails): which messages are mine")  # fmt: skip
    mail.add_argument("--headers-only", action="store_true", help="who, when and subject only; no message text")
    ics = formats.add_parser("ics", help="a calendar file (.ics): events with people of Rebound as attendees")
    ics.add_argument("file", type=Path)
    for each in (archive, linkedin, vcard, csv, mail, ics):
        each.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args: argparse.Namespace) -> int:
    from desktop.interop import archive, csv_people, linkedin, vcard

    now = datetime.now().replace(microsecond=0)
    if args.format == "mail":
        return _mail(args, now)
    if args.format == "ics":
        return _calendar(args)
    if args.format == "json":
        document = archive.read_document(args.file)
        archive.validate_document(document, str(args.file))  # before touching the database
        open_database(args)
        summary = archive.import_document(document, str(args.file), validated=True)
    elif args.format == "linkedin":
        export = linkedin.read_export(args.file)
        open_database(args)
        summary = linkedin.write(export, now=now, me=args.me)
    elif args.format == "vcard":
        cards = vcard.read_cards(args.file)
        open_database(args)
        summary = vcard.write(cards, now=now)
    else:
        table = csv_people.read_csv(args.file, csv_people.parse_map_options(args.map), guess=True)
        if table.mapping is None:
            raise csv_people.unmapped_error(table.table, table.source)
        open_database(args)
        summary = csv_people.write(table, now=now)
    if args.json:
        print_json(summary.as_dict())
    else:
        print_summary(args.file, summary)
    return 0


def _mail(args: argparse.Namespace, now: datetime) -> int:
    from desktop.core.profile import add_my_emails, validate_emails
    from desktop.interop.mail import import_messages, kind_of, read_mail

    validate_emails(args.me)
    kind_of(args.file)  # a path that holds no mail is an error before the database is opened
    open_database(args)
    add_my_emails(args.me)
    summary = import_messages(None, read_mail(args.file), today=now.date(), headers_only=args.headers_only, me=args.me)
    if args.json:
        print_json(summary.as_dict())
        return 0
    print(f"{args.file}: {summary.sentence()}.")
    for error in summary.errors:
        print(f"  - {error}")
    print_detected(summary.detected)
    return 0


def _calendar(args: argparse.Namespace) -> int:
    from desktop.interop import ics_import

    events = ics_import.read_calendar(args.file)
    open_database(args)
    summary = ics_import.write(events, str(args.file))
    if args.json:
        print_json(summary.as_dict())
    else:
        print_summary(args.file, summary)
    return 0

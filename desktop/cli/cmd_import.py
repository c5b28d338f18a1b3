"""`rebound import json|linkedin|vcard|csv FILE`: the file is read and checked before the database is opened."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop.cli.common import open_database, print_json, print_summary

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
    for each in (archive, linkedin, vcard, csv):
        each.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args: argparse.Namespace) -> int:
    from desktop.interop import archive, csv_people, linkedin, vcard

    now = datetime.now().replace(microsecond=0)
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

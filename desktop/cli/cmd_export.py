"""`rebound export json|vcard|csv|ics FILE`: everything (json), people (vcard, csv) or a calendar (ics)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop.cli.common import open_database

HELP = "export data"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    formats = parser.add_subparsers(dest="format", metavar="FORMAT", required=True)
    formats.add_parser("json", help="everything, as a Rebound archive").add_argument("file", type=Path)
    formats.add_parser("vcard", help="people, as vCard 3.0").add_argument("file", type=Path)
    formats.add_parser("csv", help="people, as CSV for spreadsheets (UTF-8)").add_argument("file", type=Path)
    ics = formats.add_parser("ics", help="a calendar of suggested reconnects")
    ics.add_argument("file", type=Path)
    ics.add_argument("--days", type=int, default=30, help="how many days ahead (default 30)")


def run(args: argparse.Namespace) -> int:
    open_database(args)
    if args.format == "ics":
        from desktop.core.reconnect.engine import Engine
        from desktop.interop.ics import export_ics

        count = export_ics(Engine(), args.file, date.today(), args.days)
        print(f"{args.file}: {count} reconnects in the next {args.days} days", file=sys.stderr)
        return 0
    if args.format == "vcard":
        from desktop.interop import vcard

        count = vcard.export_vcard(args.file)
    elif args.format == "csv":
        from desktop.interop import csv_people

        count = csv_people.export_csv(args.file)
    else:
        from desktop.interop import archive

        count = archive.export_archive(args.file)
    print(f"{args.file}: exported {count} people", file=sys.stderr)
    return 0

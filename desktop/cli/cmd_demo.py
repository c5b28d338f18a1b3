"""`rebound demo`: fill an empty database with the demo data set."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli.common import open_database

HELP = "fill an empty database with the demo data set"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no arguments of its own


def run(args: argparse.Namespace) -> int:
    from desktop.interop.demo import load_demo

    open_database(args)
    summary = load_demo(date.today())
    print(f"Demo data loaded: {summary.sentence()}")
    return 0

"""`rebound demo`: fill an empty database with the demo data set."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli.common import open_database

HELP = "fill an empty database with the demo data set"  # a job seeker's; --recruiter: a recruiter's


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recruiter", action="store_true", help="the recruiter's demo: silver-medalist candidates to re-engage"
    )


def run(args: argparse.Namespace) -> int:
    from desktop.interop.demo import load_demo

    open_database(args)
    summary = load_demo(date.today(), recruiter=args.recruiter)
    print(f"Demo data loaded: {summary.sentence()}")
    return 0

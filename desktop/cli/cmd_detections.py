"""`rebound detections [--json]`: what the mail import recognised and waits for a decision;
`detections accept ID` does what it says (logs the rejection, moves the process), `detections dismiss ID` puts it
away."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import open_database, print_json, table, today

HELP = "what the mail import recognised (rejections, invitations, …) and waits for a decision"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day to record the decision on")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    for name, text in (("accept", "do what it says: log the rejection, move the process"),
                       ("dismiss", "it is not what Rebound thought: put it away")):  # fmt: skip
        action = actions.add_parser(name, help=text)
        action.add_argument("id", type=int, help="the detection's id (`rebound detections` lists them)")
        action.add_argument("--today", metavar="YYYY-MM-DD", help="the day to record the decision on")


def run(args: argparse.Namespace) -> int:
    from desktop.core import detections

    day = today(args)
    open_database(args)
    if args.action == "accept":
        view = detections.get_detection(args.id)
        detections.accept(args.id, day)
        print(f"accepted #{args.id}: {view.sentence()}", file=sys.stderr)
        return 0
    if args.action == "dismiss":
        detections.dismiss(args.id, day)
        print(f"dismissed #{args.id}", file=sys.stderr)
        return 0
    pending = detections.list_detections()
    if args.json:
        print_json([view.as_json() for view in pending])
        return 0
    if not pending:
        print("Nothing waits for a decision: `rebound import mail PATH` reads your mail.")
        return 0
    rows = [
        [str(v.id), v.at.date().isoformat(), str(v.kind), v.company_guess or "", v.role or "", v.sender,
         f"{v.confidence:.2f}", ", ".join(v.why)]
        for v in pending
    ]  # fmt: skip
    print(table(rows, ["id", "date", "kind", "company", "role", "from", "confidence", "why"]))
    return 0

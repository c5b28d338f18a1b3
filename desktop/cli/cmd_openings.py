"""`rebound openings watch [--json] [--force]`: read the careers feeds of watched companies (for cron);
`openings follow COMPANY URL [--mine]` / `openings unfollow COMPANY`: opt a company in or out."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import open_database, print_json, today

HELP = "watch the careers feeds of companies for new openings"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    watch = actions.add_parser("watch", help="read the feeds of watched companies (at most once a day each)")
    watch.add_argument("--json", action="store_true", help="one object per feed")
    watch.add_argument("--force", action="store_true", help="read even the feeds read today or backing off")
    watch.add_argument("--today", metavar="YYYY-MM-DD", help="the day to record as first seen / closed")
    follow = actions.add_parser("follow", help="watch a company's careers feed (opt-in)")
    follow.add_argument("company", help="the company's name (created when new)")
    follow.add_argument("url", help="its careers page or feed URL (Greenhouse, Lever, Personio, RSS, Atom, JSON Feed)")
    follow.add_argument("--mine", action="store_true", help="its openings are roles I fill (recruiters)")
    unfollow = actions.add_parser("unfollow", help="stop watching a company")
    unfollow.add_argument("company")


def run(args: argparse.Namespace) -> int:
    from desktop.interop import watch
    from desktop.interop.feeds import feed_url

    day = today(args) if args.action == "watch" else None
    open_database(args)
    if args.action == "follow":
        watch.set_company_watch(args.company, watch=True, careers_url=args.url, mine=args.mine)
        print(f"watching {args.company}: {feed_url(args.url)}", file=sys.stderr)
        return 0
    if args.action == "unfollow":
        watch.set_company_watch(args.company, watch=False)
        print(f"no longer watching {args.company}", file=sys.stderr)
        return 0
    assert day is not None
    if not watch.watching_enabled():
        print("Watching openings is switched off (Settings → Companies).", file=sys.stderr)
        if args.json:
            print_json([])
        return 0
    reports = watch.run_watch(day, force=args.force)
    read = [r for r in reports if r.skipped is None]
    if args.json:
        print_json([r.as_dict() for r in read])
        for report in reports:
            for line in ([report.skipped] if report.skipped else []) + report.notes + report.problems:
                print(f"rebound: {report.company}: {line}", file=sys.stderr)
        return 0
    if not reports:
        print("No company is watched: `rebound openings follow COMPANY URL` opts one in.")
        return 0
    for report in reports:
        print(report.line())
        for line in report.notes + report.problems:
            print(f"  - {line}")
    found = watch.new_openings(reports)
    if found:
        print(f"\nNew openings ({len(found)}):")
        for opening in found:
            where = f" · {opening.location}" if opening.location else ""
            print(f"  {opening.title}{where} · relevance {opening.relevance:.2f} · {opening.url}")
    return 0

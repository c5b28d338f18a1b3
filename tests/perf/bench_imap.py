"""The IMAP sync against a real Dovecot on loopback (tests/imap_server.py): an incremental sync that finds 20 new
messages (10 from people in Rebound, 10 from strangers) in a mailbox of 200 read before, into a database of
2,000 people, in ≤ 2 s — connection, TLS, login, EXAMINE of Inbox and Sent, fetch and import included.

    .venv/bin/python -m tests.perf.bench_imap [--people 2000] [--before 200] [--new 20]

Every run is checked: the incremental sync must fetch exactly the new messages and log those of known people.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from tests.imap_server import PASSWORD, SENT_FOLDER, DovecotServer, message
from tests.perf.common import Result, bench_main, bench_parser, log

BENCH = "imap"
BUDGET_INCREMENTAL_S = 2.0
TODAY = date(2026, 12, 6)


def _person_mail(n: int) -> bytes:
    return message(n, sender=f"person{n % 2000}@company{n % 97}.example", subject=f"Re: our call {n}",
                   body="Hello Jana,\r\n\r\nthanks for the call; here are the next steps.\r\n" * 20)  # fmt: skip


def run(args: argparse.Namespace) -> list[Result]:
    from desktop.core.people import create_person
    from desktop.interop.mail import imap
    from desktop.store.database import close_database, open_sqlite
    from desktop.store.models import DB, Interaction

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="rebound-imap-") as folder, DovecotServer() as server:
        open_sqlite(Path(folder) / "imap.db")
        try:
            with DB.atomic():
                for n in range(args.people):
                    create_person({"name": f"Person {n:05d}", "email": f"person{n}@company{n % 97}.example"})
            user = server.add_user()
            server.deliver("INBOX", *(_person_mail(n) for n in range(args.before)), user=user)
            server.deliver(SENT_FOLDER, message(100_000, sender="jana@example.com", to="person1@company1.example"),
                           user=user)  # fmt: skip
            account = imap.ImapAccount(host="127.0.0.1", user=user, port=server.port)
            context = server.client_context()

            def sync() -> imap.SyncReport:
                return imap.sync(account, PASSWORD, importer=imap.pipeline(TODAY), ssl_context=context)

            started = time.perf_counter()
            first = sync()
            results.append(Result.measured(BENCH, f"first sync ({args.before + 1} messages)",
                                           time.perf_counter() - started, "s"))  # fmt: skip
            new = [
                _person_mail(args.before + n)
                if n % 2 == 0
                else message(args.before + n, sender=f"stranger{n}@elsewhere.example")
                for n in range(args.new)
            ]
            server.deliver("INBOX", *new, user=user)
            logged_before = Interaction.select().count()
            started = time.perf_counter()
            again = sync()
            elapsed = time.perf_counter() - started
            logged = Interaction.select().count() - logged_before
            expected = (args.new + 1) // 2
            if again.fetched != args.new or logged != expected or first.fetched != args.before + 1:
                log(f"wrong outcome: fetched {again.fetched} of {args.new}, logged {logged} of {expected}")
                return [*results, Result.failed(BENCH, "incremental sync", "s", BUDGET_INCREMENTAL_S,
                                                f"fetched {again.fetched}, logged {logged}")]  # fmt: skip
            note = f"{logged} logged, {args.people:,} people"
            name = f"incremental sync ({args.new} new)"
            results.append(Result.measured(BENCH, name, elapsed, "s", BUDGET_INCREMENTAL_S, note))
            started = time.perf_counter()
            nothing = sync()
            results.append(Result.measured(BENCH, "sync with nothing new", time.perf_counter() - started, "s",
                                           note=f"{nothing.fetched} fetched"))  # fmt: skip
        finally:
            close_database()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--before", type=int, default=200)
    parser.add_argument("--new", type=int, default=20)
    return bench_main("IMAP sync", parser, run, argv)


if __name__ == "__main__":
    raise SystemExit(main())

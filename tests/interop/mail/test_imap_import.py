"""The IMAP sync into a database (real Dovecot, the real mail import): the people of Rebound get their mail on
the timeline once, however the sync was interrupted or the server renumbered its folders."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.core.timeline import timeline
from desktop.interop.mail import imap
from desktop.interop.mail.imap import ImapAccount, ImapError
from desktop.store.models import Interaction
from tests.imap_server import PASSWORD, SENT_FOLDER, DovecotServer, DroppingProxy, message

TODAY = date(2026, 12, 1)


def account_for(server: DovecotServer, user: str, **changes: object) -> ImapAccount:
    return dataclasses.replace(ImapAccount(host="127.0.0.1", user=user, port=server.port), **changes)  # type: ignore[arg-type]


def sync(server: DovecotServer, account: ImapAccount, **kwargs: object) -> imap.SyncReport:
    return imap.sync(account, PASSWORD, importer=imap.pipeline(TODAY), ssl_context=server.client_context(), **kwargs)  # type: ignore[arg-type]


def emails() -> int:
    return Interaction.select().where(Interaction.kind == "email").count()


def test_first_sync_puts_inbox_and_sent_mail_on_the_timelines_and_nothing_else(
    dovecot: DovecotServer, mail_db: dict[str, int]
) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1, subject="Your application"), message(2, subject="Next steps"), user=user)
    dovecot.deliver("INBOX", message(3, sender="news@shop.example", subject="Black Friday"), user=user)
    reply = message(4, to="tom@acme.example", subject="Re: Grüße", date="Tue, 03 Nov 2026 09:00:00 +0100")
    dovecot.deliver(SENT_FOLDER, reply.replace(b"Eva Klein <eva.klein@nordwind.example>", b"jana.berg@example.org"),
                    user=user)  # fmt: skip

    report = sync(dovecot, account_for(dovecot, user))

    summary = report.summary
    assert (summary.read, summary.created, summary.unchanged, summary.skipped, summary.errors) == (4, 3, 0, 1, [])
    eva = [(e.kind, e.direction, e.subject) for e in timeline(mail_db["eva"])]
    assert sorted(eva) == [("email", "in", "Next steps"), ("email", "in", "Your application")]
    assert [(e.direction, e.subject) for e in timeline(mail_db["tom"])] == [("out", "Re: Grüße")]
    assert emails() == 3  # the shop's newsletter concerns nobody in Rebound: not stored


def test_incremental_sync_and_new_uidvalidity_log_none_twice(dovecot: DovecotServer, mail_db: dict[str, int]) -> None:
    user = dovecot.add_user()
    account = account_for(dovecot, user, folders=("INBOX",))
    dovecot.deliver("INBOX", message(1), message(2), user=user)
    sync(dovecot, account)
    dovecot.deliver("INBOX", message(3), user=user)

    incremental = sync(dovecot, account).summary
    dovecot.set_uidvalidity("INBOX", 99, user)
    reread = sync(dovecot, account)

    assert (incremental.read, incremental.created) == (1, 1)
    assert (reread.summary.read, reread.summary.created, reread.summary.unchanged) == (3, 0, 3)
    assert [f.new_uidvalidity for f in reread.folders] == [True]
    assert emails() == 3 and len(timeline(mail_db["eva"])) == 3


def test_a_sync_cut_mid_fetch_resumes_logging_each_once(dovecot: DovecotServer, mail_db: dict[str, int]) -> None:
    user = dovecot.add_user()
    filler = "Viele Grüße aus Hamburg. " * 170  # about 4 kB a message
    dovecot.deliver("INBOX", *(message(n, body=filler) for n in range(1, 13)), user=user)
    account = account_for(dovecot, user, folders=("INBOX",))

    with DroppingProxy(dovecot.port, limit=35_000) as proxy, pytest.raises(ImapError, match="closed the connection"):
        sync(dovecot, dataclasses.replace(account, port=proxy.port), batch=5)
    logged_before = emails()
    resumed = sync(dovecot, account, batch=5)

    assert logged_before == 5  # the first batch was written, the second was lost with the connection
    assert (resumed.summary.read, resumed.summary.created, resumed.summary.unchanged) == (7, 7, 0)
    assert emails() == 12 and len({e.subject for e in timeline(mail_db["eva"])}) == 12


def test_cancel_stops_between_batches_the_next_goes_on(dovecot: DovecotServer, mail_db: dict[str, int]) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", *(message(n) for n in range(1, 8)), user=user)
    account = account_for(dovecot, user, folders=("INBOX",))
    seen: list[tuple[int, int]] = []

    first = sync(dovecot, account, batch=3, progress=lambda done, total: seen.append((done, total)),
                 cancel=lambda: len(seen) > 1)  # fmt: skip
    logged = emails()
    rest = sync(dovecot, account, batch=3)

    assert first.cancelled and seen == [(0, 7), (3, 7)]
    assert logged == 3
    assert (rest.summary.created, emails()) == (4, 7)

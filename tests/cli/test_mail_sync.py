"""`rebound mail sync` against a real Dovecot: the summary of `import mail`, and one line with exit code 4 when
the server cannot be read (a wrong password, a certificate not trusted, a server gone) — never the password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.interop.mail import imap
from tests.cli.conftest import Rebound
from tests.imap_server import PASSWORD, DovecotServer, message
from tests.memory_keyring import install_memory_keyring
from tests.smtp_server import closed_port

REJECTION = (
    "Dear Jana,\r\n\r\nthank you for your interest in the BI Analyst position. After careful consideration we have "
    "decided to move forward with other candidates whose experience more closely matches our needs.\r\n\r\n"
    "We wish you all the best.\r\nTom"
)


@pytest.fixture
def account(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> imap.ImapAccount:
    """An IMAP account in Settings (password in the keyring) whose server this computer trusts."""
    install_memory_keyring(monkeypatch)
    monkeypatch.setenv("REBOUND_NO_ENCRYPTION", "1")
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca_path))  # as the system trusts a provider's certificate
    saved = imap.ImapAccount(host="127.0.0.1", user=dovecot.add_user(), port=dovecot.port, folders=("INBOX",))
    imap.save_account(saved)
    imap.save_password(saved, PASSWORD)
    return saved


def tom(number: int, **kwargs: object) -> bytes:
    return message(number, sender="Tom.Weber@acme.example", **kwargs).replace(b"Eva Klein", b"Tom Weber")  # type: ignore[arg-type]


def test_sync_prints_the_import_summary_with_the_detected_list(
    rebound: Rebound, dovecot: DovecotServer, account: imap.ImapAccount
) -> None:
    rebound.load()
    dovecot.deliver("INBOX", tom(1, subject="Kurze Frage"), user=account.user)
    dovecot.deliver("INBOX", tom(2, subject="Your application for BI Analyst", body=REJECTION,
                                 date="Fri, 20 Nov 2026 10:00:00 +0100"), user=account.user)  # fmt: skip
    dovecot.deliver("INBOX", message(3, sender="news@shop.example"), user=account.user)

    first = rebound("mail", "sync", "--json", "--today", "2026-12-01")
    again = rebound("mail", "sync", "--json", "--today", "2026-12-01")

    assert first.code == 0, first.err
    summary = json.loads(first.out)
    assert {k: summary[k] for k in ("created", "updated", "unchanged", "skipped", "errors")} == {
        "created": 2, "updated": 0, "unchanged": 0, "skipped": 1, "errors": [],
    }  # fmt: skip
    [detected] = summary["detected"]
    assert (detected["kind"], detected["message_id"], detected["from"], detected["date"]) == (
        "rejection", "<2.test@nordwind.example>", "tom.weber@acme.example", "2026-11-20",
    )  # fmt: skip
    assert json.loads(again.out) == {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0, "errors": [],
                                     "detected": []}  # fmt: skip
    assert dovecot.flags("INBOX", account.user) == {1: set(), 2: set(), 3: set()}  # all still unread


def test_sync_says_per_folder_what_was_new(rebound: Rebound, dovecot: DovecotServer, account: imap.ImapAccount) -> None:
    rebound.load()
    dovecot.deliver("INBOX", tom(1), tom(2), user=account.user)

    result = rebound("mail", "sync", "--headers-only")

    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "INBOX: 2 new messages"
    assert "2 messages read, 2 new on timelines" in result.out


def test_a_wrong_password_is_one_line_with_exit_4_and_never_the_password(
    rebound: Rebound, dovecot: DovecotServer, account: imap.ImapAccount, tmp_path_factory: pytest.TempPathFactory
) -> None:
    imap.save_password(account, "Tr0ub4dor&3 wrong")

    result = rebound("mail", "sync")

    assert (result.code, result.out) == (4, "")
    assert result.err == f"rebound: 127.0.0.1:{dovecot.port} did not accept the user name or password\n"
    logs = "".join(p.read_text() for p in (tmp_path_factory.getbasetemp() / "logs").glob("*") if p.is_file())
    assert "Tr0ub4dor" not in logs and "Tr0ub4dor" not in result.err


def test_a_server_certificate_not_trusted_is_refused(
    rebound: Rebound, account: imap.ImapAccount, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-ca.pem"))  # the system knows no such CA

    result = rebound("mail", "sync")

    assert result.code == 4
    assert "the server's certificate could not be verified" in result.err and len(result.err.splitlines()) == 1


def test_a_server_gone_and_no_account_are_one_line_each(rebound: Rebound, account: imap.ImapAccount) -> None:
    imap.save_account(imap.ImapAccount(host="127.0.0.1", user=account.user, port=closed_port()))
    gone = rebound("mail", "sync")
    imap.settings_path().unlink()
    missing = rebound("mail", "sync", "--json")

    assert (gone.code, missing.code) == (4, 4)
    assert gone.err.endswith("refused the connection; check the host and port\n")
    assert missing.err == "rebound: no IMAP account is set up: enter it in Settings → Mail\n"

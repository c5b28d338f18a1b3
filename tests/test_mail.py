"""Sending through the user's own SMTP account: against a real server on loopback (aiosmtpd)."""

from __future__ import annotations

import stat
from datetime import datetime
from pathlib import Path

import pytest

from desktop import mail
from desktop.core import people
from desktop.errors import InputError
from desktop.store.models import Interaction, SuggestionState
from tests.memory_keyring import MemoryKeyring, install_memory_keyring
from tests.smtp_server import PASSWORD, USER, SilentServer, SmtpServer, closed_port

AT = datetime(2026, 3, 2, 10, 15)


@pytest.fixture(autouse=True)
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


@pytest.fixture
def tom(db: object) -> int:
    return people.create_person({"name": "Tom Weber", "email": "tom.weber@acme.example", "company": "Acme GmbH"}).value


def settings(port: int, security: mail.Security = "none", timeout: float = 5.0, **extra: object) -> mail.MailAccount:
    return mail.MailAccount(host="127.0.0.1", port=port, user=USER, sender=USER, security=security, timeout=timeout,
                             **extra)  # type: ignore[arg-type]  # fmt: skip


def _interactions() -> int:
    return int(Interaction.select().count())


# ---------------------------------------------------------------- success


def test_a_sent_message_arrives_and_is_recorded(tom: int) -> None:
    with SmtpServer() as server:
        sent = mail.send_to_person(tom, "Checking in", "Hi Tom,\n\nhow are things at Acme?\n\nJana", AT,
                                   settings=settings(server.port), password=PASSWORD)  # fmt: skip

    (received,) = server.received
    assert received.recipients == ["tom.weber@acme.example"]
    assert received.message["To"] == "Tom Weber <tom.weber@acme.example>"
    assert received.message["From"] == USER
    assert received.message["Subject"] == "Checking in"
    assert received.message["Message-ID"] == sent.message_id
    assert "how are things at Acme?" in received.message.get_payload()
    row = Interaction.get_by_id(sent.interaction_id)
    assert (row.person_id, row.kind, row.direction, row.channel) == (tom, "email", "out", "email")
    assert (row.subject, row.at) == ("Checking in", AT)
    assert "how are things" in row.body


def test_sending_over_starttls_with_a_verified_certificate(tom: int) -> None:
    with SmtpServer(tls="starttls") as server:
        mail.send_to_person(tom, "Hello", "Body", AT, settings=settings(server.port, "starttls"), password=PASSWORD,
                            ssl_context=server.client_context())  # fmt: skip
    assert len(server.received) == 1
    assert _interactions() == 1


def test_sending_over_implicit_tls(tom: int) -> None:
    with SmtpServer(tls="ssl") as server:
        mail.send_to_person(tom, "Hello", "Body", AT, settings=settings(server.port, "ssl"), password=PASSWORD,
                            ssl_context=server.client_context())  # fmt: skip
    assert len(server.received) == 1


def test_answering_a_suggestion_marks_it_done(tom: int) -> None:
    key = f"check_in/{tom}/"
    with SmtpServer() as server:
        sent = mail.send_to_person(tom, "Hello", "Body", AT, settings=settings(server.port), password=PASSWORD,
                                   suggestion_key=key)  # fmt: skip
    state = SuggestionState.get_by_id(key)
    assert (state.state, state.until) == ("done", AT.date())
    assert Interaction.get_by_id(sent.interaction_id).kind == "email"


def test_the_password_comes_from_the_keyring_only(tom: int, tmp_path: Path, memory: MemoryKeyring) -> None:
    with SmtpServer() as server:
        account = settings(server.port)
        saved = mail.save_account(account)
        mail.save_password(account, PASSWORD)
        mail.send_to_person(tom, "Hello", "Body", AT)  # settings from the file, password from the keyring

    assert len(server.received) == 1
    assert PASSWORD not in saved.read_text(encoding="utf-8")
    assert mail.load_account() == account
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert ("Rebound", f"smtp:{USER}@127.0.0.1") in memory.passwords


# ---------------------------------------------------------------- failures: a reason, and nothing recorded


def _fails(person: int, account: mail.MailAccount, reason: str, **kwargs: object) -> str:
    before = _interactions()
    with pytest.raises(mail.MailError) as caught:
        mail.send_to_person(person, "Hello", "Body", AT, settings=account, **kwargs)  # type: ignore[arg-type]
    assert caught.value.reason == reason, str(caught.value)
    assert _interactions() == before
    assert SuggestionState.select().count() == 0
    return str(caught.value)


def test_a_wrong_password_is_an_authentication_failure(tom: int) -> None:
    with SmtpServer() as server:
        message = _fails(tom, settings(server.port), "authentication", password="wrong", suggestion_key="x/1/")
    assert "user name or password" in message
    assert server.received == []


def test_a_refused_connection(tom: int) -> None:
    port = closed_port()
    message = _fails(tom, settings(port), "refused", password=PASSWORD)
    assert f"127.0.0.1:{port}" in message


def test_a_server_that_never_answers_times_out(tom: int) -> None:
    with SilentServer() as silent:
        message = _fails(tom, settings(silent.port, timeout=0.5), "timeout", password=PASSWORD)
    assert "did not answer within 0.5 s" in message


def test_an_untrusted_certificate_is_a_tls_failure(tom: int) -> None:
    with SmtpServer(tls="starttls") as server:  # its CA is not one the system trusts
        message = _fails(tom, settings(server.port, "starttls"), "tls", password=PASSWORD)
    assert "certificate" in message
    assert server.received == []


def test_a_server_without_starttls_is_a_tls_failure(tom: int) -> None:
    with SmtpServer(auth=False) as server:
        assert "STARTTLS" in _fails(tom, settings(server.port, "starttls"), "tls", password=PASSWORD)


def test_implicit_tls_against_a_plain_server_is_a_tls_failure(tom: int) -> None:
    with SmtpServer() as server:
        _fails(tom, settings(server.port, "ssl"), "tls", password=PASSWORD)


def test_no_password_anywhere(tom: int) -> None:
    assert "no password" in _fails(tom, settings(closed_port()), "password")


def test_no_account_set_up(tom: int) -> None:
    assert "no SMTP account" in _fails(tom, None, "settings")  # type: ignore[arg-type]


def test_unencrypted_connections_go_only_to_this_computer(tom: int) -> None:
    remote = mail.MailAccount(host="smtp.example.com", port=25, user=USER, sender=USER, security="none")
    assert any("only to this computer" in p for p in remote.problems())
    _fails(tom, remote, "settings", password=PASSWORD)
    with pytest.raises(InputError, match="only to this computer"):
        mail.save_account(remote)


def test_a_person_without_email_or_who_asked_not_to_be_contacted(db: object) -> None:
    no_mail = people.create_person({"name": "No Mail"}).value
    quiet = people.create_person({"name": "Quiet One", "email": "q@example.com", "do_not_contact": True}).value
    with SmtpServer() as server:
        with pytest.raises(InputError, match="no e-mail address"):
            mail.send_to_person(no_mail, "Hi", "Body", AT, settings=settings(server.port), password=PASSWORD)
        with pytest.raises(InputError, match="not to be contacted"):
            mail.send_to_person(quiet, "Hi", "Body", AT, settings=settings(server.port), password=PASSWORD)
    assert server.received == []
    assert _interactions() == 0

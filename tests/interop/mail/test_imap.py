"""The IMAP sync against a real Dovecot (tests/imap_server.py): what it fetches, what it never changes on the
server, where it goes on after an interruption. Here the sync hands its batches to a recorder; test_imap_import.py
runs it into a database through the mail import."""

from __future__ import annotations

import dataclasses
import socket
import ssl
import threading
from pathlib import Path

import pytest
import trustme

from desktop.errors import InputError
from desktop.interop.mail import imap
from desktop.interop.mail.imap import FolderState, ImapAccount, ImapError
from tests.imap_server import PASSWORD, SENT_FOLDER, DovecotServer, DroppingProxy, message


class Recorder:
    """An importer that keeps what it was handed, batch by batch."""

    def __init__(self) -> None:
        self.batches: list[list[tuple[str, bytes]]] = []
        self.headers_only: list[bool] = []

    def __call__(self, batch: list[tuple[str, bytes]], headers_only: bool) -> None:
        self.batches.append(batch)
        self.headers_only.append(headers_only)

    @property
    def positions(self) -> list[str]:
        return [position for batch in self.batches for position, _ in batch]


def account_for(server: DovecotServer, user: str, **changes: object) -> ImapAccount:
    return dataclasses.replace(ImapAccount(host="127.0.0.1", user=user, port=server.port), **changes)  # type: ignore[arg-type]


def run_sync(server: DovecotServer, account: ImapAccount, recorder: Recorder, **kwargs: object) -> imap.SyncReport:
    return imap.sync(account, PASSWORD, importer=recorder, ssl_context=server.client_context(), **kwargs)  # type: ignore[arg-type]


def test_first_sync_reads_inbox_and_the_marked_sent_folder_changing_no_flag(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1), message(2), user=user)  # unread
    dovecot.deliver("INBOX", message(3), seen=True, user=user)
    dovecot.deliver(SENT_FOLDER, message(4), user=user)
    dovecot.deliver("Sent", message(5), user=user)  # a folder called Sent, but not the one the server marks \Sent
    before = {"INBOX": dovecot.flags("INBOX", user), SENT_FOLDER: dovecot.flags(SENT_FOLDER, user)}
    recorder = Recorder()

    report = run_sync(dovecot, account_for(dovecot, user), recorder)

    assert recorder.positions == ["INBOX UID 1", "INBOX UID 2", "INBOX UID 3", "Versendet UID 1"]
    assert dict(recorder.batches[0])["INBOX UID 2"] == message(2)
    assert report.fetched == 4 and not report.cancelled
    # read-only: the unread messages are still unread, nothing was flagged, moved or deleted
    assert before["INBOX"] == {1: set(), 2: set(), 3: {"\\Seen"}}
    assert {"INBOX": dovecot.flags("INBOX", user), SENT_FOLDER: dovecot.flags(SENT_FOLDER, user)} == before


def test_an_incremental_sync_fetches_only_the_new_messages(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1), message(2), user=user)
    account = account_for(dovecot, user, folders=("INBOX",))
    run_sync(dovecot, account, Recorder())
    dovecot.deliver("INBOX", message(3), message(4), message(5), user=user)
    recorder = Recorder()

    report = run_sync(dovecot, account, recorder)

    assert recorder.positions == ["INBOX UID 3", "INBOX UID 4", "INBOX UID 5"]
    assert imap.folder_state(account, "INBOX") == FolderState(dovecot.uidvalidity("INBOX", user), 5)
    again = Recorder()
    assert run_sync(dovecot, account, again).fetched == 0 and again.positions == []
    assert report.fetched == 3


def test_headers_only_fetches_no_body(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1, body="the secret part of the letter"), user=user)
    recorder = Recorder()

    run_sync(dovecot, account_for(dovecot, user, headers_only=True), recorder)

    [[(position, raw)]] = recorder.batches
    assert b"Subject: Message 1" in raw and b"secret part" not in raw
    assert recorder.headers_only == [True]


def test_a_new_uidvalidity_reads_the_folder_again(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1), message(2), user=user)
    account = account_for(dovecot, user, folders=("INBOX",))
    run_sync(dovecot, account, Recorder())
    dovecot.set_uidvalidity("INBOX", 4242, user)
    recorder = Recorder()

    report = run_sync(dovecot, account, recorder)

    assert recorder.positions == ["INBOX UID 1", "INBOX UID 2"]
    assert [f.new_uidvalidity for f in report.folders] == [True]
    assert imap.folder_state(account, "INBOX") == FolderState(4242, 2)


def test_a_wrong_password_is_one_line_without_the_password(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1), user=user)
    account = account_for(dovecot, user)

    with pytest.raises(ImapError) as caught:
        imap.sync(account, "Tr0ub4dor&3", importer=Recorder(), ssl_context=dovecot.client_context())

    assert caught.value.reason == "authentication"
    assert str(caught.value) == f"127.0.0.1:{dovecot.port} did not accept the user name or password"
    assert imap.folder_state(account, "INBOX") is None


def test_a_certificate_the_client_does_not_trust_is_refused(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    stranger = ssl.create_default_context()
    trustme.CA().configure_trust(stranger)  # trusts another CA, not the one that signed the server's certificate
    recorder = Recorder()

    with pytest.raises(ImapError) as caught:
        imap.sync(account_for(dovecot, user), PASSWORD, importer=recorder, ssl_context=stranger)

    assert caught.value.reason == "tls"
    assert "certificate could not be verified" in str(caught.value)
    assert recorder.batches == []


def test_starttls_is_used_and_required_on_the_plain_port(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1), user=user)
    recorder = Recorder()
    account = account_for(dovecot, user, port=dovecot.starttls_port, security="starttls", folders=("INBOX",))

    run_sync(dovecot, account, recorder)

    assert recorder.positions == ["INBOX UID 1"]
    session = imap.connect(account, PASSWORD, dovecot.client_context())
    try:
        assert isinstance(session.sock, ssl.SSLSocket)  # the login went over TLS
    finally:
        session.logout()


def test_a_server_that_offers_no_starttls_never_sees_the_password(db: object) -> None:
    heard: list[bytes] = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)

        def serve() -> None:
            connection, _ = listener.accept()
            with connection:
                connection.sendall(b"* OK a plain server\r\n")
                while chunk := connection.recv(4096):
                    heard.append(chunk)
                    tag, _, command = chunk.decode().partition(" ")
                    if command.strip() == "CAPABILITY":
                        connection.sendall(f"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK done\r\n".encode())

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        account = ImapAccount(host="127.0.0.1", user="jana", port=listener.getsockname()[1], security="starttls")
        with pytest.raises(ImapError) as caught:
            imap.sync(account, PASSWORD, importer=Recorder())
        thread.join(timeout=30)

    assert caught.value.reason == "tls"
    assert str(caught.value).endswith("does not offer STARTTLS; check the port or choose SSL/TLS")
    assert PASSWORD.encode() not in b"".join(heard) and b"LOGIN" not in b"".join(heard)


def test_a_server_that_is_gone_is_one_line(db: object) -> None:
    from tests.smtp_server import closed_port

    account = ImapAccount(host="127.0.0.1", user="jana", port=closed_port())
    with pytest.raises(ImapError) as caught:
        imap.sync(account, PASSWORD, importer=Recorder())
    assert caught.value.reason == "refused"
    assert str(caught.value).endswith("refused the connection; check the host and port")


def test_a_connection_lost_mid_fetch_goes_on_from_the_last_written_batch(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    filler = "Lorem ipsum dolor sit amet. " * 150  # about 4 kB a message: the cut lands inside a batch
    dovecot.deliver("INBOX", *(message(n, body=filler) for n in range(1, 13)), user=user)
    account = account_for(dovecot, user, folders=("INBOX",))
    first = Recorder()

    with DroppingProxy(dovecot.port, limit=35_000) as proxy:
        with pytest.raises(ImapError) as caught:
            run_sync(dovecot, dataclasses.replace(account, port=proxy.port), first, batch=5)
        assert proxy.cut.is_set()

    assert caught.value.reason == "connection"
    assert "closed the connection while reading INBOX" in str(caught.value)
    assert first.positions == [f"INBOX UID {n}" for n in range(1, 6)]  # the first batch was written; the second lost
    assert imap.folder_state(account, "INBOX") == FolderState(dovecot.uidvalidity("INBOX", user), 5)
    second = Recorder()
    run_sync(dovecot, account, second, batch=5)
    assert second.positions == [f"INBOX UID {n}" for n in range(6, 13)]  # nothing twice, nothing missing
    assert dovecot.flags("INBOX", user) == {n: set() for n in range(1, 13)}


def test_the_session_refuses_commands_that_would_change_the_mailbox(dovecot: DovecotServer, db: object) -> None:
    user = dovecot.add_user()
    dovecot.deliver("INBOX", message(1), user=user)
    session = imap.connect(account_for(dovecot, user), PASSWORD, dovecot.client_context())
    try:
        session.select("INBOX", readonly=True)
        for attempt in (
            lambda: session.uid("STORE", "1", "+FLAGS", "(\\Seen)"),
            lambda: session.store("1", "+FLAGS", "(\\Deleted)"),
            lambda: session.expunge(),
            lambda: session.select("INBOX"),  # SELECT (read-write) is refused too: only EXAMINE
        ):
            with pytest.raises(ImapError, match="the sync is read-only"):
                attempt()
    finally:
        session.logout()
    assert dovecot.flags("INBOX", user) == {1: set()}


def test_the_account_is_saved_without_its_password_and_only_encrypted(tmp_path: Path) -> None:
    account = ImapAccount(host="imap.example.com", user="jana@example.com", folders=("INBOX", "Archiv/2026"))
    path = imap.save_account(account, tmp_path / "imap.json")

    assert imap.load_account(path) == account
    assert PASSWORD not in path.read_text() and "password" not in path.read_text()
    assert path.stat().st_mode & 0o777 == 0o600
    plain = dataclasses.replace(account, security="none")  # type: ignore[arg-type]
    assert plain.problems() == ["the connection must be encrypted: choose SSL/TLS or STARTTLS"]
    with pytest.raises(InputError, match="IMAP settings: the connection must be encrypted"):
        imap.save_account(plain, tmp_path / "other.json")


def test_folder_names_travel_in_modified_utf7() -> None:
    assert imap.encode_folder("Entwürfe") == "Entw&APw-rfe"
    assert imap.encode_folder("Tom & Jerry") == "Tom &- Jerry"
    assert imap.decode_folder("Entw&APw-rfe") == "Entwürfe"
    assert imap.decode_folder(imap.encode_folder("日本語/Überblick")) == "日本語/Überblick"


def test_batches_hold_at_most_so_many_messages_and_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap, "BATCH_BYTES", 1000)
    monkeypatch.setattr(imap, "MAX_MESSAGE", 600)  # a larger message is fetched only up to here
    sizes = [(1, 100), (2, 100), (3, 100), (4, 900), (5, 5000), (6, 10), (7, 10)]

    # 1–3: three messages; 4 and 5 count 600 bytes each, too much for one batch; 5, 6 and 7 fit 1,000
    assert list(imap._batches(sizes, 3)) == [[1, 2, 3], [4], [5, 6, 7]]

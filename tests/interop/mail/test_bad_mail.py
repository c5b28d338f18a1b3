"""Bad mail: each message that cannot be read is reported by position and reason, the rest imported; nothing
crashes; a cancelled import leaves whole batches and nothing half-written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.core.timeline import timeline
from desktop.interop.mail import import_messages, read_mail, read_message
from desktop.interop.mail import importer as importer_module
from desktop.interop.mail.message import MAX_DEPTH, MailError
from desktop.store.models import Interaction

TODAY = date(2026, 12, 1)


def _message(number: int, body: bytes = b"Hello.\n", headers: bytes = b"") -> bytes:
    return (
        b"From: Tom Weber <tom@acme.example>\nTo: jana.berg@example.org\n"
        + f"Subject: Message {number}\nMessage-ID: <n{number}@acme.example>\n".encode()
        + b"Date: Mon, 02 Nov 2026 09:15:00 +0000\n" + headers + b"\n" + body
    )  # fmt: skip


def _mbox(path: Path, messages: list[bytes]) -> Path:
    path.write_bytes(b"".join(b"From x Mon Nov  2 09:15:00 2026\n" + m + b"\n" for m in messages))
    return path


def _subjects(person: int) -> list[str]:
    return sorted(e.subject or "" for e in timeline(person))


def test_a_truncated_mbox_imports_what_it_holds(mail_db: dict[str, int], tmp_path: Path) -> None:
    whole = _mbox(tmp_path / "whole.mbox", [_message(1), _message(2), _message(3)]).read_bytes()
    cut = tmp_path / "cut.mbox"
    cut.write_bytes(whole[: whole.rindex(b"Subject: Message 3") + 12])  # the last message ends inside its header
    summary = import_messages(None, read_mail(cut), today=TODAY, headers_only=False)
    assert summary.errors == ["cut.mbox message 3: the file ends inside its header (truncated)"]
    assert _subjects(mail_db["tom"]) == ["Message 1", "Message 2"]
    body_cut = tmp_path / "body-cut.mbox"
    body_cut.write_bytes(whole[: whole.rindex(b"Hello.") + 3])  # the last message ends inside its text
    summary = import_messages(None, read_mail(body_cut), today=TODAY, headers_only=False)
    assert (summary.created, summary.unchanged, summary.errors) == (1, 2, [])
    assert [e.body for e in timeline(mail_db["tom"]) if e.subject == "Message 3"] == ["Hel"]


def test_mime_nested_1000_levels_is_reported_and_the_next_message_imported(mail_db: dict[str, int]) -> None:
    body = b"".join(
        f'--b{level}\nContent-Type: multipart/mixed; boundary="b{level + 1}"\n\n'.encode() for level in range(1000)
    )
    body += b"--b1000\nContent-Type: text/plain\n\nDeep.\n"
    raw = _message(1, body, b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n')
    result = read_message(raw, "deep.eml")
    assert isinstance(result, MailError)
    assert result == MailError("deep.eml", "more than 200 multipart sections: MIME parts nested too deep to read")
    summary = import_messages(None, [("deep.eml", raw), ("next.eml", _message(2))], today=TODAY, headers_only=False)
    assert summary.errors == ["deep.eml: more than 200 multipart sections: MIME parts nested too deep to read"]
    assert _subjects(mail_db["tom"]) == ["Message 2"]


def test_mime_nested_50_levels_is_read_down_to_the_limit(mail_db: dict[str, int]) -> None:
    body = b"".join(
        f'--b{level}\nContent-Type: multipart/mixed; boundary="b{level + 1}"\n\n'.encode() for level in range(50)
    )
    body += b"--b50\nContent-Type: text/plain\n\nDeep.\n"
    result = read_message(_message(1, body, b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n'), "x")
    assert not isinstance(result, MailError)
    assert (result.text, result.warnings) == (
        "",
        (f"MIME nested deeper than {MAX_DEPTH} levels: read down to that depth",),
    )


def test_a_10_mb_header_is_reported_and_the_next_message_imported(mail_db: dict[str, int], tmp_path: Path) -> None:
    huge = b"X-Junk: " + b"a" * (10 * 1024 * 1024) + b"\n"
    path = _mbox(tmp_path / "in.mbox", [_message(1, headers=huge), _message(2)])
    summary = import_messages(None, read_mail(path), today=TODAY, headers_only=False)
    assert summary.errors == ["in.mbox message 1: header of 10.0 MB is larger than a mail header may be (256 KB)"]
    assert _subjects(mail_db["tom"]) == ["Message 2"]


def test_a_100_mb_attachment_is_cut_and_the_text_kept(mail_db: dict[str, int], tmp_path: Path) -> None:
    attachment = b"QUFB" * (25 * 1024 * 1024)  # 100 MB of base64, in lines
    lines = b"\n".join(attachment[i : i + 76] for i in range(0, len(attachment), 76))
    body = (
        b'--X\nContent-Type: text/plain\n\nSee the attachment.\n--X\nContent-Type: application/zip\n'
        b'Content-Disposition: attachment; filename="big.zip"\nContent-Transfer-Encoding: base64\n\n'
        + lines + b"\n--X--\n"
    )  # fmt: skip
    del attachment, lines
    path = _mbox(
        tmp_path / "big.mbox",
        [_message(1, body, b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="X"\n'), _message(2)],
    )
    del body
    summary = import_messages(None, read_mail(path), today=TODAY, headers_only=False)
    assert summary.errors == []
    entries = {e.subject: e.body for e in timeline(mail_db["tom"])}
    assert set(entries) == {"Message 1", "Message 2"}
    assert (entries["Message 1"] or "").startswith("See the attachment.\n\n[Attachments: big.zip (")


def test_undecodable_bytes_in_any_charset_are_read_as_windows_1252(mail_db: dict[str, int], tmp_path: Path) -> None:
    path = _mbox(tmp_path / "bytes.mbox", [
        _message(1, b"Gr\xfc\xdfe \x81\x8d\n", b"Content-Type: text/plain; charset=utf-8\n"),
        _message(2, b"\xff\xfe bytes\n", b"Content-Type: text/plain; charset=x-unknown-charset\n"),
    ])  # fmt: skip
    summary = import_messages(None, read_mail(path), today=TODAY, headers_only=False)
    assert summary.errors == []
    bodies = {e.subject: e.body for e in timeline(mail_db["tom"])}
    assert bodies["Message 1"] == "Grüße \ufffd\ufffd"  # 0x81 and 0x8D mean nothing in Windows-1252 either
    assert bodies["Message 2"] == "ÿþ bytes"


def test_an_unreadable_maildir_file_is_reported_and_the_rest_imported(mail_db: dict[str, int], tmp_path: Path) -> None:
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "cur" / "1").write_bytes(_message(1))
    (maildir / "cur" / "2").mkdir()  # unreadable as a file whoever runs the test (root reads any file)
    (maildir / "cur" / "3").symlink_to(tmp_path / "gone")  # a dangling link
    summary = import_messages(None, read_mail(maildir), today=TODAY, headers_only=False)
    assert summary.errors == [
        "Maildir/cur/2: cannot be read (Is a directory)", "Maildir/cur/3: cannot be read (No such file or directory)",
    ]  # fmt: skip
    assert _subjects(mail_db["tom"]) == ["Message 1"]


def test_an_unreadable_file_from_a_reader_is_reported_by_position(mail_db: dict[str, int]) -> None:
    messages = [MailError("Maildir/cur/2", "cannot be read (Permission denied)"), ("Maildir/cur/1", _message(1))]
    summary = import_messages(None, messages, today=TODAY, headers_only=False)
    assert summary.errors == ["Maildir/cur/2: cannot be read (Permission denied)"]
    assert _subjects(mail_db["tom"]) == ["Message 1"]


def test_a_cancel_leaves_whole_batches_and_nothing_half_written(
    mail_db: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "BATCH", 3)
    messages = [(f"m {n}", _message(n)) for n in range(1, 11)]
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) == 2  # after the second batch

    summary = import_messages(None, messages, today=TODAY, headers_only=False, cancel=cancel)
    assert summary.cancelled
    assert Interaction.select().count() == 6
    assert summary.sentence().startswith("Cancelled: 6 messages read, 6 new on timelines")

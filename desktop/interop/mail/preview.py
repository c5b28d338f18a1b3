"""What importing mail would do, for the import wizard: the headers of the first messages read (no text, nothing
written) — how many have a person of Rebound in them, and those messages' date, sender and subject."""

from __future__ import annotations

from pathlib import Path

from desktop.core.profile import my_emails
from desktop.errors import InputError
from desktop.interop.mail.message import MailError, read_message
from desktop.interop.mail.readers import kind_of, read_mail
from desktop.interop.people_import import Preview
from desktop.store.models import DB
from desktop.texts import number, say

PREVIEW_MESSAGES = 2_000  # read for the preview; the import reads them all
SHOWN = 20
FORMATS = {  # what the preview calls each kind of mail, in the interface's language
    "mbox": lambda: say("E-mail: mbox file"),
    "maildir": lambda: say("E-mail: Maildir folder"),
    "eml": lambda: say("E-mail: one .eml message"),
    "eml-folder": lambda: say("E-mail: folder of .eml files"),
}


def is_mail(path: Path) -> bool:
    """Whether the path holds mail the import reads (an mbox, a Maildir, .eml files)."""
    try:
        kind_of(path)
    except InputError:
        return False
    return True


def mail_preview(path: Path, limit: int = PREVIEW_MESSAGES) -> Preview:
    format_name = FORMATS[kind_of(path)]()
    people = {str(key) for (key,) in DB.obj.execute_sql("SELECT email_key FROM person WHERE email_key IS NOT NULL")}
    mine = {address.lower() for address in my_emails()}
    preview = Preview(format=format_name, kind="mail", columns=["Date", "From", "To", "Subject"], first_rows=[])
    read = 0
    for item in read_mail(path):
        if read >= limit:
            preview.files.append(
                say("the first {count} messages were read for this preview; the import reads all").format(
                    count=number(limit)
                )
            )
            break
        read += 1
        message = item if isinstance(item, MailError) else read_message(item[1], item[0], headers_only=True)
        if isinstance(message, MailError):
            preview.errors.append(str(message))
            continue
        if not any(party.email in people for party in message.parties if party.email not in mine):
            preview.skipped += 1
            continue
        preview.messages += 1
        if len(preview.first_rows) < SHOWN:
            preview.first_rows.append([
                message.date.strftime("%Y-%m-%d %H:%M") if message.date else "",
                message.sender.email if message.sender else "", ", ".join(p.email for p in message.to[:3]),
                message.subject,
            ])  # fmt: skip
    return preview

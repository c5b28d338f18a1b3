"""Reading a file for the import wizard: what it is, the column guesses of a CSV, the preview and the import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData

from desktop.gui.kit.formatting import word_label
from desktop.gui.kit.i18n import tr
from desktop.gui.services.workers import Task

FOLDER_KEY = "import/folder"
FILE_FILTER = tr(
    "Files Rebound imports (*.zip *.csv *.vcf *.vcard *.json *.mbox *.eml);;LinkedIn data export (*.zip *.csv);;"
    "vCard (*.vcf *.vcard);;CSV (*.csv);;Rebound archive (*.json);;E-mail (*.mbox *.eml);;All files (*)"
)
WHAT_CAN_BE_IMPORTED = (
    tr(
        "Your LinkedIn data export: the zip file LinkedIn sent, its unpacked folder, or one of its CSV files "
        "(Connections.csv, messages.csv, Invitations.csv…)"
    ),
    tr("Contacts as vCard (.vcf), from Google, Apple or Outlook"),
    tr("Contacts as CSV: Google Contacts, Outlook, or any other file whose columns you match up"),
    tr("A Rebound archive (.json): everything, as Rebound exports it"),
)
WHAT_IS_COUNTED = {
    "linkedin": tr("Counted are people and the messages to or from them; invitations and job applications come along."),
    "json": tr("Counted are people and messages; the archive's companies, openings and processes come along."),
    "vcard": tr("Each card is one person."),
    "csv": tr("Each row is one person."),
}
FIELD_LABELS = {
    "name": tr("Full name"),
    "first_name": tr("First name"),
    "last_name": tr("Last name"),
    "email": tr("E-mail"),
    "phone": tr("Phone"),
    "linkedin_url": tr("LinkedIn profile"),
    "company": tr("Company"),
    "title": tr("Job title"),
    "tags": tr("Tags (separated by ;)"),
    "location": tr("Location"),
    "notes": tr("Notes"),
    "connected_on": tr("Connected on (date)"),
}
IGNORE = tr("Ignore this column")
PREVIEW_CAPTIONS = (tr("new people"), tr("people to update"), tr("messages"), tr("rows to skip"))
DONE_CAPTIONS = (tr("new people"), tr("people updated"), tr("messages"), tr("rows skipped"))


def dropped_path(mime: QMimeData) -> Path | None:
    """The first local file or folder among dropped URLs (None for text, web links or nothing)."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile():
            return Path(url.toLocalFile())
    return None


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, word_label(field))


@dataclass(frozen=True)
class ReadFile:
    """What the preview worker found: what importing the file would do (a core Preview), and its kind."""

    preview: Any

    @property
    def kind(self) -> str:
        return str(self.preview.kind)


def read_preview(path: Path, now: datetime, mapping: dict[str, str] | None, me: str | None = None) -> ReadFile:
    """What importing would do (in a worker): the dry run is rolled back, nothing is written. ``me``: the
    participant of a LinkedIn messages.csv the user picked as themselves."""
    from desktop.interop import contacts  # lazy: the importers load in the worker; the wizard opens at once
    from desktop.interop.mail.preview import is_mail, mail_preview

    if is_mail(path):
        return ReadFile(mail_preview(path))
    return ReadFile(contacts.preview(path, now=now, mapping=mapping, me=me))


def run_import(
    path: Path,
    now: datetime,
    mapping: dict[str, str] | None,
    task: Task,
    me: str | None = None,
    headers_only: bool = False,
) -> Any:
    """Import (in a worker), reporting progress; a cancelled task makes core roll everything back (mail: keeps
    the whole batches written before the cancel, never half a message)."""
    from desktop.interop import contacts  # lazy: the importers load in the worker; the wizard opens at once
    from desktop.interop.mail import import_messages, read_mail
    from desktop.interop.mail.preview import is_mail

    if is_mail(path):
        return import_messages(
            None, read_mail(path), today=now.date(), headers_only=headers_only, progress=task.step,
            cancel=lambda: task.cancelled,
        )  # fmt: skip
    return contacts.run(path, now=now, progress=task.step, mapping=mapping, me=me)

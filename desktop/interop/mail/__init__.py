"""E-mail from files and servers: read a message (``read_message``), import messages (``import_messages``).

The readers (``readers``: mbox streamed, Maildir, ``.eml``) and the IMAP sync give ``(position, bytes)`` pairs;
``import_messages`` keeps only what concerns the people of Rebound (see ``importer``).
"""

from __future__ import annotations

from desktop.interop.mail.importer import Detected, MailImportSummary, import_messages
from desktop.interop.mail.message import MailError, MailMessage, Party, read_message
from desktop.interop.mail.readers import kind_of, read_mail

__all__ = [
    "Detected", "MailError", "MailImportSummary", "MailMessage", "Party", "import_messages", "kind_of",
    "read_mail", "read_message",
]  # fmt: skip

"""How an error is put to the person: the texts shared by the error hook and the dialogs that write."""

from __future__ import annotations

from desktop.errors import ReadOnly
from desktop.gui.kit.i18n import tr_noop

READ_ONLY_TEXT = tr_noop(
    "Nothing was changed: the database is open read-only because it is damaged. Restore a backup (the "
    "message at the top of the window, or Settings → Privacy) to work with it again."
)


def is_read_only_write(error: BaseException | str) -> bool:
    """A write refused because the database was opened read-only (a damaged database, until it is restored)."""
    return isinstance(error, ReadOnly) or "readonly database" in str(error).lower() or "open read-only" in str(error)

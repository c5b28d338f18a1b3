"""Expected errors, shared by every layer. Each maps to one exit code of the `rebound` command.

Database problems come in kinds (``desktop.store.errors.classify`` decides which from SQLite's
error code, never from its message text); each kind has its own words, all exit code 4.
"""

from __future__ import annotations


class ReboundError(Exception):
    """An expected problem with a message fit for a user (no traceback needed)."""

    exit_code = 1


class InputError(ReboundError):
    """A bad input file or value; nothing was written (exit code 3)."""

    exit_code = 3


class DatabaseProblem(ReboundError):
    """The database is unusable: locked, corrupt, wrong key, unreachable (exit code 4)."""

    exit_code = 4


class DatabaseLocked(DatabaseProblem):
    """Another program holds the database's write lock longer than the busy timeout."""


class ReadOnly(DatabaseProblem):
    """The database file, its folder or its file system cannot be written."""


class DiskFull(DatabaseProblem):
    """The disk holding the database (or a copy of it) is full; SQLite rolled back, nothing was written."""


class DiskTrouble(DatabaseProblem):
    """The operating system refused to read or write the file: permission, an I/O error, a vanished disk."""


class Damaged(DatabaseProblem):
    """The file opens (with its key, when encrypted) but its content is damaged, or it is empty or cut short."""


class WrongKey(DatabaseProblem):
    """An encrypted database (or random bytes) that the given key does not open."""


class EditConflict(ReboundError):
    """Someone else saved the record after it was read (optimistic locking, schema 11): nothing was overwritten.

    ``theirs`` is the record as it is now, ``mine`` the changes that were not saved: the two versions to show side
    by side (exit code 4, as for a database problem: nothing was lost)."""

    exit_code = 4

    def __init__(self, message: str, theirs: object = None, mine: object = None) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.mine = mine


class NotFound(ReboundError):
    """A record named by the user does not exist (exit code 3: bad input)."""

    exit_code = 3


class Cancelled(ReboundError):
    """The user cancelled a long operation; nothing was written."""

    exit_code = 130

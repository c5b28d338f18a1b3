"""Expected errors, shared by every layer. Each maps to one exit code of the `rebound` command."""

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


class NotFound(ReboundError):
    """A record named by the user does not exist (exit code 3: bad input)."""

    exit_code = 3


class Cancelled(ReboundError):
    """The user cancelled a long operation; nothing was written."""

    exit_code = 130

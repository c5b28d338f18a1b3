"""The few SQL fragments that differ between SQLite and a team's PostgreSQL, in one place.

Most raw statements are written once in SQLite's words and translated where every statement passes
(``store/postgres.translate``: placeholders, ``INSERT OR IGNORE``). Date arithmetic cannot be translated that way:
SQLite keeps timestamps as ISO text and counts days with ``julianday``; PostgreSQL subtracts timestamps. A statement
that needs it asks here for the fragment of the database it runs on.
"""

from __future__ import annotations

from desktop.store.models import DB, is_team


def days_between(later: str, earlier: str) -> str:
    """SQL for the days (fractional) from the timestamp ``earlier`` to ``later`` (two column expressions)."""
    if is_team(DB.obj):
        return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400.0)"
    return f"(julianday({later}) - julianday({earlier}))"

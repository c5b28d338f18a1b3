"""Schema version 15: on a team server, who logged each person's latest touch, read from one index.

A check-in on a team server names the colleague who spoke to the person last: the ``author`` of their latest
outbound touch, else of their latest inbound one (``core/reconnect/facts.py``, ``load_team_facts``). Found by
sorting every interaction, that took 0.6 s of the whole day's plan at 100,000 people and 1,000,000 interactions.
``interaction_touch_by`` holds the touches (no notes, no job changes) by person, direction, time and id, with their
author: the latest one of a person is the last entry of their range, one seek and no table access.

SQLite files have no ``author`` (one person writes them): this step changes nothing there but the version.
"""

from __future__ import annotations

import peewee as pw

TOUCH_BY = (
    "CREATE INDEX interaction_touch_by ON interaction (person_id, direction, at, id) INCLUDE (author) "
    "WHERE kind NOT IN ('note', 'job_change')"
)


def upgrade(db: pw.Database) -> None:
    """Nothing on SQLite (no authors)."""


def upgrade_postgresql(db: pw.Database) -> None:
    db.execute_sql(TOUCH_BY)

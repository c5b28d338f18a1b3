"""Schema version 12: two partial indexes for the Insights reply rates and response times (issue 17).

Both numbers look, for each message I sent in the last year, for the person's first answer after it (an inbound
interaction that is not a rejection). Without an index that was one search through the whole timeline of the person
per message (6.8 s over 385,000 outbound messages on the 100,000-person set):

* ``interaction_sent``: my outbound interactions by time, with what the numbers read of them (kind, person, opening,
  process), so the year's messages are one range of one index;
* ``interaction_answer``: the person's answers by time, so the first answer after a message is one seek.

Both are partial (only outbound, only answers), so they hold about a third of the interactions each and cost an
import little. The statements that use them name the same conditions literally (``core/insights.py``).
"""

from __future__ import annotations

import peewee as pw

INDEXES = [
    "CREATE INDEX interaction_sent ON interaction (at, direction, kind, person_id, opening_id, process_id) "
    "WHERE direction = 'out'",
    "CREATE INDEX interaction_answer ON interaction (person_id, at, direction, kind) "
    "WHERE direction = 'in' AND kind != 'rejection'",
]


def upgrade(db: pw.Database) -> None:
    for statement in INDEXES:
        db.execute_sql(statement)


def upgrade_postgresql(db: pw.Database) -> None:
    for statement in INDEXES:
        db.execute_sql(statement)

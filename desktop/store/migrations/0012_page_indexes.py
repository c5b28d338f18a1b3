"""Schema version 12: indexes for the Insights numbers and the company page (issue 17).

Insights' reply rates and response times look, for each message I sent in the last year, for the person's first
answer after it (an inbound interaction that is not a rejection). Without an index that was one search through the
person's whole timeline per message (6.8 s over 385,000 outbound messages on the 100,000-person set):

* ``interaction_sent``: my outbound interactions by time, with what the numbers read of them (kind, person, opening,
  process), so the year's messages are one range of one index;
* ``interaction_answer``: the answers by person and time, so the first answer after a message is one seek.

The company page read its people through the whole people list, and its job changes through every interaction:

* ``person_company``: a company's people in list order;
* ``interaction_moved_to`` and ``interaction_moved_from``: the job changes by the company they went to and came
  from (the distinct names, then the changes of the names that are this company).

The interaction indexes are partial (only outbound, only answers, only job changes), so an import pays little for
them. The statements that use them name the same conditions literally (``core/insights.py``,
``core/company_view.py``): that is how SQLite and PostgreSQL know a partial index applies.
"""

from __future__ import annotations

import peewee as pw

INDEXES = [
    "CREATE INDEX interaction_sent ON interaction (at, direction, kind, person_id, opening_id, process_id) "
    "WHERE direction = 'out'",
    "CREATE INDEX interaction_answer ON interaction (person_id, at, direction, kind) "
    "WHERE direction = 'in' AND kind != 'rejection'",
    "CREATE INDEX interaction_moved_to ON interaction (to_company, kind, at, person_id, from_company) "
    "WHERE kind = 'job_change'",
    "CREATE INDEX interaction_moved_from ON interaction (from_company, kind, at, person_id, to_company) "
    "WHERE kind = 'job_change'",
    "CREATE INDEX person_company ON person (company_id, sort_key, id)",
]


def upgrade(db: pw.Database) -> None:
    for statement in INDEXES:
        db.execute_sql(statement)


def upgrade_postgresql(db: pw.Database) -> None:
    for statement in INDEXES:
        db.execute_sql(statement)

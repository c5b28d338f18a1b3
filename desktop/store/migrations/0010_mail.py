"""Schema version 10: mail on the timeline and what the mail import recognised.

- ``interaction.message_id``: the key a message is logged once by (its ``Message-ID``, or ``sha256:…`` of its
  date, sender, recipients and subject when it has none); ``interaction.thread``: the key of the first message of
  its thread (``References``/``In-Reply-To``), so the timeline can group a thread. Indexed by (message_id).
- ``detection``: a message recognised as a step of an application (a rejection, an interview invitation, an
  application confirmation, an offer), waiting for the user's decision (``state``: pending, accepted, dismissed).
  It keeps who sent it, when, the subject, the company and role it names and the phrases that made it one — never
  the body.
"""

from __future__ import annotations

import peewee as pw


def upgrade(db: pw.Database) -> None:
    db.execute_sql("ALTER TABLE interaction ADD COLUMN message_id TEXT")
    db.execute_sql("ALTER TABLE interaction ADD COLUMN thread TEXT")
    db.execute_sql('CREATE INDEX "interaction_message_id" ON "interaction" ("message_id")')
    db.execute_sql(
        'CREATE TABLE "detection" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"message_key" TEXT NOT NULL, '
        '"message_id" TEXT, '
        '"kind" TEXT NOT NULL, '
        '"sender" TEXT NOT NULL, '
        '"sender_name" TEXT, '
        '"person_id" INTEGER, '
        '"company" TEXT, '
        '"role" TEXT, '
        '"at" DATETIME NOT NULL, '
        '"subject" TEXT, '
        '"confidence" REAL NOT NULL, '
        '"why" TEXT NOT NULL, '
        '"state" TEXT NOT NULL, '
        '"decided_on" DATE, '
        'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL)'
    )
    db.execute_sql('CREATE UNIQUE INDEX "detection_message_key" ON "detection" ("message_key")')
    db.execute_sql('CREATE INDEX "detection_person_id" ON "detection" ("person_id")')


def upgrade_postgresql(db: pw.Database) -> None:
    db.execute_sql("ALTER TABLE interaction ADD COLUMN message_id TEXT")
    db.execute_sql("ALTER TABLE interaction ADD COLUMN thread TEXT")
    db.execute_sql("CREATE INDEX interaction_message_id ON interaction (message_id)")
    db.execute_sql(
        "CREATE TABLE detection ("
        "id SERIAL PRIMARY KEY, message_key TEXT NOT NULL, message_id TEXT, kind TEXT NOT NULL, sender TEXT NOT NULL, "
        "sender_name TEXT, person_id INTEGER REFERENCES person (id) ON DELETE SET NULL, company TEXT, role TEXT, "
        "at TIMESTAMP NOT NULL, subject TEXT, confidence DOUBLE PRECISION NOT NULL, why TEXT NOT NULL, "
        "state TEXT NOT NULL, decided_on DATE)"
    )
    db.execute_sql("CREATE UNIQUE INDEX detection_message_key ON detection (message_key)")
    db.execute_sql("CREATE INDEX detection_person_id ON detection (person_id)")

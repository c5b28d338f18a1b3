"""Erase a person completely (the right to erasure), and keep them erased across restores.

``erase_person`` deletes the person and everything that is about them alone — their
interactions, edges, process links (and processes where they were the candidate), tag links
(and tags no one else has), suggestion states, the detections of their mail, the plan snapshot
(the first Today cards, which may show them) — rebuilds the search indexes without them,
refreshes SQLite's statistics (STAT4 keeps sample index keys) and VACUUMs, so their words are
gone from the file and its write-ahead log, not just unlinked.

It leaves an erasure record without personal data: HMAC-SHA256 digests, under a random salt,
of the normalized e-mail, LinkedIn URL and name + company, and the day. ``reapply`` takes
such records (read from the database before an older backup replaced it) and erases anyone
in the restored data who matches, so a restore never brings an erased person back.
Matching follows the importer: e-mail or LinkedIn URL, else name + company when neither
side has a differing e-mail or LinkedIn URL.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import peewee as pw

from desktop.core.changes import Changes, Written
from desktop.core.normalize import company_key, email_key, fold, linkedin_key
from desktop.errors import DatabaseProblem, NotFound
from desktop.store import maintenance
from desktop.store.encryption import driver_errors
from desktop.store.errors import classify
from desktop.store.models import (
    DB,
    Company,
    Connection,
    Detection,
    Erasure,
    Interaction,
    Person,
    PersonTag,
    Process,
    ProcessContact,
    SuggestionState,
    Tag,
    is_team,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ErasureRecord:
    """One erased person, as digests only (what is carried from a database to a restored backup)."""

    salt: str
    email_hash: str | None
    linkedin_hash: str | None
    name_hash: str | None
    erased_on: date


@dataclass(frozen=True)
class Erased:
    """What an erasure removed (counts only: the person is gone)."""

    interactions: int
    connections: int
    process_links: int
    processes: int
    tags: int
    compacted: bool = True  # False: erased, but the file still holds their words in free pages (see ``problem``)
    problem: DatabaseProblem | None = None  # why the compaction failed (a full disk, a read-only file)


def _digest(salt: str, kind: str, value: str | None) -> str | None:
    if not value:
        return None
    return hmac.new(bytes.fromhex(salt), f"{kind}\0{value}".encode(), hashlib.sha256).hexdigest()


def _identity(name: str, email: str | None, linkedin_url: str | None, company: str | None) -> tuple[str | None, ...]:
    name_key = f"{fold(name)}\0{company_key(company) if company else ''}" if name and name.strip() else None
    return email_key(email), linkedin_key(linkedin_url), name_key


def _digests(salt: str, identity: tuple[str | None, ...]) -> tuple[str | None, str | None, str | None]:
    email, linkedin, name = identity
    return _digest(salt, "email", email), _digest(salt, "linkedin", linkedin), _digest(salt, "name", name)


def _salt() -> str:
    row = Erasure.select(Erasure.salt).order_by(Erasure.id).first()
    return row.salt if row is not None else os.urandom(16).hex()


def _person_identity(person_id: int) -> tuple[str | None, ...]:
    person = Person.select(Person, Company).join(Company, pw.JOIN.LEFT_OUTER).where(Person.id == person_id).first()
    if person is None:
        raise NotFound(f"no person with id {person_id}")
    company = person.company.name if person.company_id else None
    return _identity(person.name, person.email, person.linkedin_url, company)


def erase_person(person_id: int, today: date, compact: bool = True) -> Erased:
    """Erase the person with ``person_id`` and everything about them; keep an erasure record.

    ``compact`` (default) rebuilds the search indexes and VACUUMs afterwards so nothing of them
    stays in the file; it must run outside a transaction.
    """
    identity = _person_identity(person_id)
    database = Path(DB.obj.database)
    compact_mark = compact and database.is_file()  # an in-memory database has no file to leave words in
    was_pending = maintenance.compaction_pending(database)
    if compact_mark:  # marked before the commit: a process killed after it, before the compaction ends, is still known
        maintenance.set_compaction_pending(database, True)
    try:
        with DB.atomic():
            salt = _salt()
            email_hash, linkedin_hash, name_hash = _digests(salt, identity)
            Erasure.create(salt=salt, email_hash=email_hash, linkedin_hash=linkedin_hash, name_hash=name_hash,
                           erased_on=today)  # fmt: skip
            erased = _delete_person(person_id)
    except BaseException:
        if compact_mark and not was_pending:  # nothing was erased: nothing waits for a compaction
            maintenance.set_compaction_pending(database, False)
        raise
    if not compact:
        return erased
    problem = try_compact()
    if problem is not None:
        return replace(erased, compacted=False, problem=problem)
    return erased


def try_compact() -> DatabaseProblem | None:
    """Compact the open database (see ``compact_database``); on failure mark it pending and return why."""
    db = DB.obj
    if is_team(db):  # no file: the server reclaims the deleted rows' space (VACUUM; autovacuum does it anyway)
        db.execute_sql("VACUUM")
        return None
    database = Path(db.database)
    try:
        compact_database(db)
    except driver_errors("Error", pw.DatabaseError, pw.InterfaceError, OSError) as error:
        problem = error if isinstance(error, DatabaseProblem) else classify(error, database, what="compacting")
        log.warning("erase: the compaction failed (%s); free pages may still hold erased data", type(problem).__name__)
        maintenance.set_compaction_pending(database, True)
        return problem
    maintenance.set_compaction_pending(database, False)
    return None


def _delete_person(person_id: int) -> Erased:
    tag_ids = [pt.tag_id for pt in PersonTag.select(PersonTag.tag).where(PersonTag.person == person_id)]
    PersonTag.delete().where(PersonTag.person == person_id).execute()
    interactions = Interaction.delete().where(Interaction.person == person_id).execute()
    connections = Connection.delete().where((Connection.a == person_id) | (Connection.b == person_id)).execute()
    links = ProcessContact.delete().where(ProcessContact.person == person_id).execute()
    processes = Process.delete().where(Process.candidate == person_id).execute()
    SuggestionState.delete().where(SuggestionState.key.contains(f"/{person_id}/")).execute()
    address = Person.get_or_none(Person.id == person_id)
    sender = email_key(address.email) if address is not None else None
    detections = Detection.person == person_id  # what the mail import recognised in their messages
    Detection.delete().where(detections | (Detection.sender == sender) if sender else detections).execute()
    Person.delete().where(Person.id == person_id).execute()
    _forget_plan_snapshot()
    orphans = 0
    if tag_ids:
        still_used = PersonTag.select(PersonTag.tag).where(PersonTag.tag.in_(tag_ids))
        orphans = Tag.delete().where(Tag.id.in_(tag_ids) & Tag.id.not_in(still_used)).execute()
    return Erased(interactions, connections, links, processes, orphans)


def _forget_plan_snapshot() -> None:
    """The plan snapshot (schema 4, table plan_cache) holds names and drafts: drop it, the app computes it again."""
    columns = {row[1] for row in DB.obj.execute_sql("PRAGMA table_info(plan_cache)").fetchall()}
    if "payload" in columns:  # the deletes above already marked it stale; this drops what it showed
        DB.obj.execute_sql("UPDATE plan_cache SET payload = NULL")


def compact_database(db: pw.Database) -> None:
    """Leave no trace of deleted rows in the file: merged search indexes, fresh statistics, VACUUM, empty WAL."""
    for table in ("person_fts", "interaction_fts"):
        db.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    tables = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "sqlite_stat1" in tables or "sqlite_stat4" in tables:
        db.execute_sql("ANALYZE")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("VACUUM")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def records() -> list[ErasureRecord]:
    """Every erasure record of the open database, oldest first."""
    return [
        ErasureRecord(r.salt, r.email_hash, r.linkedin_hash, r.name_hash, r.erased_on)
        for r in Erasure.select().order_by(Erasure.id)
    ]


def _matches(record: ErasureRecord, digests: tuple[str | None, str | None, str | None]) -> bool:
    email, linkedin, name = digests
    if record.email_hash and email == record.email_hash:
        return True
    if record.linkedin_hash and linkedin == record.linkedin_hash:
        return True
    if not record.name_hash or name != record.name_hash:
        return False
    differs = (record.email_hash and email and email != record.email_hash) or (
        record.linkedin_hash and linkedin and linkedin != record.linkedin_hash
    )
    return not differs


def erase_new_matches(above: int) -> tuple[int, int]:
    """Erase the people with an id over ``above`` (added by the import under way) who match an erasure record, with
    everything written about them; inside the import's transaction, so nothing of them is ever committed.
    Returns how many people were left out, and how many records (they and what was about them alone). People
    there before are left alone."""
    every = records()
    if not every:
        return 0, 0
    by_salt: dict[str, list[ErasureRecord]] = {}
    for r in every:
        by_salt.setdefault(r.salt, []).append(r)
    query = (
        Person.select(Person.id, Person.name, Person.email, Person.linkedin_url, Company.name.alias("company"))
        .join(Company, pw.JOIN.LEFT_OUTER)
        .where(Person.id > above)
        .tuples()
    )
    doomed = []
    for person_id, name, email, linkedin_url, company in query.iterator():
        identity = _identity(name, email, linkedin_url, company)
        if any(any(_matches(r, _digests(salt, identity)) for r in group) for salt, group in by_salt.items()):
            doomed.append(person_id)
    records_left_out = 0
    for person_id in doomed:
        gone = _delete_person(person_id)
        records_left_out += 1 + gone.interactions + gone.connections + gone.process_links + gone.processes
    if doomed:
        log.info("import: %d records of %d erased people left out", records_left_out, len(doomed))
    return len(doomed), records_left_out


def newest_person_id() -> int:
    return int(Person.select(pw.fn.coalesce(pw.fn.max(Person.id), 0)).scalar() or 0)


def erasure_dates() -> list[tuple[int, date]]:
    """Each erasure record's id and the day it was made, oldest first: all that Settings → Privacy shows of them."""
    return [(r.id, r.erased_on) for r in Erasure.select(Erasure.id, Erasure.erased_on).order_by(Erasure.id)]


def lift(erasure_id: int) -> Written[bool]:
    """Lift one erasure record on purpose (Settings → Privacy): the person may come back with a later import or
    restore. Returns whether there was such a record (no page shows the records: nothing else changed)."""
    removed = Erasure.delete().where(Erasure.id == erasure_id).execute()
    if removed:
        log.info("an erasure record was lifted")
    return Written(bool(removed), Changes())


def reapply(carried: Iterable[ErasureRecord], compact: bool = True) -> int:
    """Keep the erasures of ``carried`` (records from the database a restore replaced) in the open database:
    store the records it lacks and erase everyone who matches any record. Returns how many people were erased."""
    carried = list(carried)
    with DB.atomic():
        have = {(r.salt, r.email_hash, r.linkedin_hash, r.name_hash) for r in records()}
        for r in carried:
            if (r.salt, r.email_hash, r.linkedin_hash, r.name_hash) not in have:
                Erasure.create(salt=r.salt, email_hash=r.email_hash, linkedin_hash=r.linkedin_hash,
                               name_hash=r.name_hash, erased_on=r.erased_on)  # fmt: skip
        every = records()
        if not every:
            return 0
        by_salt: dict[str, list[ErasureRecord]] = {}
        for r in every:
            by_salt.setdefault(r.salt, []).append(r)
        query = (
            Person.select(Person.id, Person.name, Person.email, Person.linkedin_url, Company.name.alias("company"))
            .join(Company, pw.JOIN.LEFT_OUTER)
            .tuples()
        )
        doomed = []
        for person_id, name, email, linkedin_url, company in query.iterator():
            identity = _identity(name, email, linkedin_url, company)
            for salt, group in by_salt.items():
                digests = _digests(salt, identity)
                if any(_matches(r, digests) for r in group):
                    doomed.append(person_id)
                    break
        for person_id in doomed:
            _delete_person(person_id)
    if doomed and compact:
        problem = try_compact()
        if problem is not None:
            raise problem
    return len(doomed)

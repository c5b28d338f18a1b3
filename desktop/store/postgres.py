"""Team mode: the same store on a PostgreSQL server (psycopg 3 under peewee's ``PostgresqlDatabase``).

``open_postgres(url, password)`` connects, creates or migrates the schema under an advisory lock (one desktop at a
time; the others wait, then find it done) and binds the model proxy ``DB``, exactly as ``open_sqlite`` does.

The rest of the store and everything above it speak SQLite's SQL dialect in their raw statements (``?``
placeholders, ``INSERT OR IGNORE``, integers for booleans, dates read back as text). ``TeamDatabase`` bridges that
at the one place every statement passes (``execute_sql``), so the same code runs on both backends:

* ``?`` placeholders become ``%s`` (a ``%`` in such a statement is doubled), ``INSERT OR IGNORE`` becomes
  ``… ON CONFLICT DO NOTHING``, and peewee's ``on_conflict_replace()`` an upsert on the primary key;
* booleans are sent as integers (the boolean columns are integers, as on SQLite), dates and timestamps come back
  as the ISO text SQLite returns, and ``numeric`` results (``sum`` of integers) as int or float.

The password never appears in a message, a log line or an exception text: every error is raised afresh with the
URL's password left out (``safe_url``) and without the driver's exception chained.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

import peewee as pw

from desktop.errors import DatabaseLocked, DatabaseProblem
from desktop.store import migrations
from desktop.store.errors import OtherFault
from desktop.store.models import DB

log = logging.getLogger(__name__)

MIGRATION_LOCK = 0x5245424F  # "REBO": the advisory lock one desktop holds while it creates or migrates the schema
CONNECT_TIMEOUT = 10  # seconds
# SQLite's busy timeout, on the server: a statement waiting longer than this for another desktop's lock gives up
# (DatabaseLocked) instead of waiting forever
LOCK_TIMEOUT_MS = 5000
# a plan per statement for its own values: psycopg prepares a statement run five times, and the server's generic
# plan of the people search (its words a parameter) walked every person by name — 40 → 6 ms CPU a keystroke at 10k
SERVER_OPTIONS = f"-c lock_timeout={LOCK_TIMEOUT_MS} -c plan_cache_mode=force_custom_plan"

try:  # the driver is a dependency, but a build without it still opens SQLite files
    import psycopg
    from psycopg.adapt import Dumper, Loader
    from psycopg.types.string import TextLoader
except ImportError:  # pragma: no cover - exercised only where psycopg is missing
    psycopg = None  # type: ignore[assignment]
    Dumper = Loader = TextLoader = object  # type: ignore[assignment,misc]


def _give_peewee_psycopg() -> None:
    """What peewee sets up at its import when psycopg is there (store/__init__.py imported it without)."""
    if psycopg is None or getattr(pw, "psycopg", None) is not None:
        return
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    for name, value in (("psycopg", psycopg), ("TransactionStatus", TransactionStatus), ("Json_pg3", Json),
                        ("Jsonb_pg3", Jsonb)):  # fmt: skip
        setattr(pw, name, value)
    adapter = pw.Psycopg3Adapter
    adapter.txn_idle, adapter.txn_inerror = TransactionStatus.IDLE, TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


_give_peewee_psycopg()


class ServerUnreachable(DatabaseProblem, pw.OperationalError):
    """The server cannot be reached or refused us (wrong password, no TLS, gone away): exit code 4."""


class LockedOnServer(DatabaseLocked, pw.OperationalError):
    """Another connection held a lock past ``LOCK_TIMEOUT_MS``."""


class NoRights(DatabaseProblem, pw.OperationalError):
    """The role lacks a right the command needs (create the schema, write a table)."""


@dataclass(frozen=True)
class TeamAddress:
    """Where the team database lives; ``password`` is never part of ``display``."""

    host: str
    port: int
    database: str
    user: str
    password: str | None = None
    ca_file: str | None = None  # a CA certificate: the connection then requires TLS and checks the host name
    sslmode: str | None = None

    @property
    def display(self) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}"

    def conninfo(self, password: str | None) -> dict[str, Any]:
        params: dict[str, Any] = {"host": self.host, "port": self.port, "dbname": self.database, "user": self.user,
                                  "connect_timeout": CONNECT_TIMEOUT, "application_name": "rebound",
                                  "options": SERVER_OPTIONS}  # fmt: skip
        if password is not None:
            params["password"] = password
        if self.ca_file:
            params["sslmode"] = "verify-full"
            params["sslrootcert"] = self.ca_file
        elif self.sslmode:
            params["sslmode"] = self.sslmode
        return params


def is_postgres_url(url: str) -> bool:
    return urlparse(url).scheme in ("postgres", "postgresql")


def safe_url(url: str) -> str:
    """The URL with any password left out (for messages and logs)."""
    parsed = urlparse(url)
    if parsed.password is None:
        return url
    netloc = parsed.netloc.rsplit("@", 1)[-1]
    user = parsed.username or ""
    return parsed._replace(netloc=f"{user}@{netloc}" if user else netloc).geturl()


def parse_url(url: str) -> TeamAddress:
    """``postgresql://user[:password]@host[:port]/database[?sslrootcert=ca.pem&sslmode=…]``."""
    shown = safe_url(url)
    try:
        parsed = urlparse(url)
        port = parsed.port or 5432
    except ValueError:
        raise DatabaseProblem(f"{shown}: not a valid PostgreSQL URL (a port must be a number)") from None
    database = unquote(parsed.path.lstrip("/"))
    if not parsed.hostname or not database or not parsed.username:
        raise DatabaseProblem(f"{shown}: a team database URL names a user, a host and a database "
                              "(postgresql://user@host:5432/rebound)")  # fmt: skip
    query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    return TeamAddress(
        host=parsed.hostname, port=port, database=database, user=unquote(parsed.username),
        password=unquote(parsed.password) if parsed.password is not None else None,
        ca_file=query.get("sslrootcert"), sslmode=query.get("sslmode"),
    )  # fmt: skip


# ---------------------------------------------------------------- SQLite's dialect, spoken to PostgreSQL

_QUOTED_OR_MARK = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?")
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+", re.IGNORECASE)
_INDEX_HINT = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)  # SQLite's planner hint; PostgreSQL plans alone
_IS_NOT_SUBQUERY = re.compile(r"\bIS\s+NOT\s+\(", re.IGNORECASE)  # SQLite's null-safe comparison
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+\"?(\w+)", re.IGNORECASE)
# the tables whose rows have an id of a sequence (sqlite3's lastrowid is read back with RETURNING id)
ID_TABLES = frozenset({"profile", "company", "person", "tag", "person_tag", "connection", "opening", "process",
                       "process_contact", "interaction", "erasure"})  # fmt: skip
_PRAGMA = re.compile(r"^\s*PRAGMA\s+(\w+)", re.IGNORECASE)


def translate(sql: str, params: Any) -> str:
    """A statement written for SQLite (``?`` placeholders, ``INSERT OR IGNORE``) in PostgreSQL's words.

    peewee's own statements (``%s`` placeholders) pass unchanged."""
    if _INSERT_OR_IGNORE.match(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT ", sql) + " ON CONFLICT DO NOTHING"
    sql = _IS_NOT_SUBQUERY.sub("IS DISTINCT FROM (", _INDEX_HINT.sub("", sql))
    marks = [m for m in _QUOTED_OR_MARK.finditer(sql) if m.group() == "?"]
    if not marks and params:
        return sql  # peewee's %s style
    out, last = [], 0
    for mark in marks:
        out.append(sql[last : mark.start()].replace("%", "%%"))
        out.append("%s")
        last = mark.end()
    out.append(sql[last:].replace("%", "%%"))
    return "".join(out)


if psycopg is not None:

    class _BoolAsInteger(Dumper):
        """Booleans are integers 0/1 in Rebound's schema on both backends (raw SQL compares them with 1)."""

        oid = psycopg.adapters.types["int4"].oid

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    class _NumericAsNumber(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            try:
                return int(text)
            except ValueError:
                return float(text)


class _Rows(list[tuple[Any, ...]]):
    """The rows of a statement answered without the server (a cursor's reading methods)."""

    def fetchone(self) -> tuple[Any, ...] | None:
        return self[0] if self else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self)


# SQLite's pragmas the store sends, answered for a server: its integrity and its write-ahead log are the server's
# own (no file to check, nothing to checkpoint or compact), so the checks find nothing and the settings are no-ops.
_PRAGMA_ANSWERS: dict[str, list[tuple[Any, ...]]] = {
    "integrity_check": [("ok",)],
    "quick_check": [("ok",)],
    "foreign_key_check": [],
    "wal_autocheckpoint": [(0,)],
    "freelist_count": [(0,)],
}


def _pragma_rows(name: str) -> list[tuple[Any, ...]]:
    return list(_PRAGMA_ANSWERS.get(name, []))


class _TeamCursor:
    """A psycopg cursor that takes the store's SQLite dialect (``translate``) and, like sqlite3's, reads no rows
    (instead of raising) after a statement that returns none — also for code that asks ``DB.obj.cursor()`` for a
    cursor of its own (the bulk writers' ``executemany``)."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    lastrowid: int | None = None

    def execute(self, sql: str, params: Any = ()) -> _TeamCursor:
        translated = translate(sql, params)
        insert = _INSERT_INTO.match(translated)
        returning = (
            insert is not None and insert.group(1).lower() in ID_TABLES and "RETURNING" not in translated.upper()
        )
        if returning:  # sqlite3's cursor.lastrowid, asked for in the statement
            translated += " RETURNING id"
        self._cursor.execute(translated, params)
        self._returned = returning
        if returning:
            rows = self._cursor.fetchall()
            self.lastrowid = rows[-1][0] if rows else None
        return self

    def executemany(self, sql: str, rows: Any) -> _TeamCursor:
        rows = list(rows)
        self._cursor.executemany(translate(sql, rows[0] if rows else [0]), rows)
        return self

    _returned = False

    def _rows(self) -> bool:
        return self._cursor.description is not None and not self._returned

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._rows() else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._rows() else []

    def fetchmany(self, size: int = 0) -> list[Any]:
        return self._cursor.fetchmany(size) if self._rows() else []

    def __iter__(self) -> Any:
        return iter(self.fetchall())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class TeamDatabase(pw.PostgresqlDatabase):
    """peewee's PostgreSQL database speaking the store's SQLite dialect (see the module's notes)."""

    is_team = True

    def __init__(self, address: TeamAddress, password: str | None, **kwargs: Any) -> None:
        self.address = address
        self._secret = password
        self.own_backends: set[int] = set()
        super().__init__(address.database, prefer_psycopg3=True, **address.conninfo(password), **kwargs)

    @property
    def display(self) -> str:
        return self.address.display

    def listener_connection(self) -> Any:
        """A connection of its own for LISTEN (autocommit), made as the others are; refusals as one line."""
        try:
            conn = psycopg.connect(**self.address.conninfo(self._secret), autocommit=True)
        except psycopg.Error as error:
            raise connection_problem(error, self.address, self._secret) from None
        return conn

    def _connect(self) -> Any:
        try:
            conn = super()._connect()  # type: ignore[misc]
        except Exception as error:  # noqa: BLE001 - every refusal becomes one clean line, the password left out
            raise connection_problem(error, self.address, self._secret) from None
        self.own_backends.add(conn.info.backend_pid)  # our own writes' notifications are not news to us
        conn.adapters.register_dumper(bool, _BoolAsInteger)
        for name in ("date", "timestamp", "timestamptz"):
            # dates and timestamps as the ISO text SQLite returns (peewee's fields parse it; raw SQL compares it),
            # decoded by psycopg's own text loader (in C: a third of the time of one written here, at 300,000 a plan)
            conn.adapters.register_loader(name, TextLoader)
        conn.adapters.register_loader("numeric", _NumericAsNumber)
        return conn

    def cursor(self, *args: Any, **kwargs: Any) -> Any:
        return _TeamCursor(super().cursor(*args, **kwargs))

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        pragma = _PRAGMA.match(sql)
        if pragma is not None and pragma.group(1).lower() == "table_info":  # (cid, name, type, notnull, default, pk)
            table = sql[pragma.end() :].strip(" ()")
            return _Rows(
                (row[0] - 1, *row[1:], 0)
                for row in super()
                .execute_sql(
                    "SELECT ordinal_position, column_name, data_type, (is_nullable = 'NO')::int, column_default "
                    "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = %s "
                    "ORDER BY ordinal_position",
                    [table],
                )
                .fetchall()
            )
        if pragma is not None:
            return _Rows(_pragma_rows(pragma.group(1).lower()))
        with self._classified():
            return super().execute_sql(sql, params)

    @contextmanager
    def _classified(self) -> Iterator[None]:
        """A driver error the store knows (lost server, rights, lock timeout…) raised as its one-line problem."""
        try:
            yield
        except DatabaseProblem:
            raise
        except pw.DatabaseError as error:
            problem = statement_problem(error, self.address, self._secret)
            if problem is not None:
                raise problem from None
            raise

    def begin(self, *args: Any, **kwargs: Any) -> None:
        with self._classified():
            super().begin(*args, **kwargs)

    def commit(self) -> None:
        with self._classified():
            super().commit()

    def rollback(self) -> None:
        """A rollback on a connection the server dropped has nothing to undo (the server rolled back): it must not
        hide the error that ended the transaction."""
        conn = getattr(self, "_state").conn  # noqa: B009 - peewee's per-thread state (untyped)
        if conn is not None and getattr(conn, "closed", False):
            return
        try:
            super().rollback()
        except (pw.OperationalError, pw.InterfaceError) as error:
            if statement_problem(error, self.address, self._secret) is None:
                raise
            log.info("rollback on a lost connection skipped")

    def conflict_statement(self, on_conflict: Any, query: Any) -> Any:
        if (on_conflict._action or "").lower() == "replace":
            return None
        return super().conflict_statement(on_conflict, query)

    def conflict_update(self, on_conflict: Any, query: Any) -> Any:
        if (on_conflict._action or "").lower() == "replace":  # SQLite's INSERT OR REPLACE: an upsert on the key
            meta = query.model._meta
            key = meta.primary_key
            target = [meta.fields[name] for name in key.field_names] if isinstance(key, pw.CompositeKey) else [key]
            inserted = query._insert if isinstance(query._insert, dict) else {}
            keys = {field.name for field in target}  # by name: a peewee Field's == builds an expression
            keep = [meta.fields[f] if isinstance(f, str) else f for f in inserted]
            keep = [field for field in keep if isinstance(field, pw.Field) and field.name not in keys]
            action = "UPDATE" if keep else "NOTHING"
            on_conflict = pw.OnConflict(action, conflict_target=target, preserve=keep or None)
        return super().conflict_update(on_conflict, query)


# ---------------------------------------------------------------- errors by SQLSTATE, the password left out

_CONNECTION_CLASS = "08"
_AUTH = {"28P01": "the password was refused", "28000": "the server refused this user or connection"}


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _driver(error: BaseException) -> BaseException:
    for inner in (error, *(error.args[:1] if error.args else ()), error.__cause__, error.__context__):
        if psycopg is not None and isinstance(inner, psycopg.Error):
            return inner
    return error


def connection_problem(error: BaseException, address: TeamAddress, secret: str | None) -> DatabaseProblem:
    """One line for a connection that could not be made (nothing of the password in it)."""
    inner = _driver(error)
    state = getattr(inner, "sqlstate", None)
    text = str(inner).strip()
    # libpq's first line: 'connection failed: connection to server at "host", port 5432 failed: <why>'
    detail = _scrub(text.splitlines()[0].rsplit("failed: ", 1)[-1].strip() if text else type(inner).__name__, secret)
    if state in _AUTH:
        reason = _AUTH[state]
    elif state == "3D000" or re.search(r'database ".*" does not exist', detail):  # libpq: no SQLSTATE at connect
        reason = "no such database on the server"
    elif re.search(r'role ".*" does not exist', detail):
        reason = "the server has no such user"
    elif "password authentication failed" in detail:  # libpq reports refusals at connect time without a SQLSTATE
        reason = "the password was refused"
    elif "no password supplied" in detail:
        reason = "no password: keep it in the keyring (Settings → Database → Team server) or in the URL"
    elif "SSL" in detail or "certificate" in detail:
        reason = f"the TLS connection failed ({detail})"
    else:
        reason = f"cannot reach the server ({detail})"
    log.info("team database connection refused (sqlstate %s)", state)
    return ServerUnreachable(f"{address.display}: {reason}; nothing was changed")


def statement_problem(error: BaseException, address: TeamAddress, secret: str | None) -> DatabaseProblem | None:
    """The kind of a failed statement when it is the server's fault or our rights (None: an SQL or data error)."""
    inner = _driver(error)
    state = getattr(inner, "sqlstate", None) or ""
    if (
        psycopg is not None
        and isinstance(inner, psycopg.OperationalError)
        and (not state or state.startswith(_CONNECTION_CLASS) or state.startswith("57P"))
    ):
        log.info("team database connection lost (sqlstate %s)", state or None)
        return ServerUnreachable(f"{address.display}: the connection to the server was lost; "
                                 "the last change was not saved")  # fmt: skip
    if state == "55P03":
        return LockedOnServer(f"{address.display}: another desktop holds what this change needs; try again")
    if state == "42501":
        detail = _scrub(str(inner).strip().splitlines()[0], secret)
        return NoRights(f"{address.display}: the role {address.user} lacks a right this needs ({detail})")
    return None


# ---------------------------------------------------------------- opening and migrating


def schema_version(db: pw.Database) -> int:
    if "schema_version" not in set(db.get_tables()):
        return 0
    row = db.execute_sql("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def vacuum_analyze(db: pw.Database) -> None:
    """After a bulk load (a move onto the server): the planner's statistics and the visibility map made now, not by
    autovacuum a minute or more later. Until then the server plans with guesses — the whole day's job changes took
    18 s instead of 0.1 s at 1,000,000 fresh interactions — and its index-only scans read the table as well. Tables
    this role does not own are passed over (the server warns in its log)."""
    db.execute_sql("VACUUM (ANALYZE)")


def migrate(db: TeamDatabase) -> int:
    """Every pending migration, one transaction each, while holding the schema's advisory lock (a second desktop
    starting at the same moment waits, then finds the schema current). DDL is transactional on PostgreSQL: a step
    that fails leaves nothing of itself behind."""
    db.execute_sql("SELECT pg_advisory_lock(%s)", [MIGRATION_LOCK])
    try:
        current = schema_version(db)
        if current > migrations.latest_version():
            raise newer_schema(db.display, current)
        for number, step in migrations.steps():
            if number <= current:
                continue
            with db.atomic():
                step(db)
                db.execute_sql(
                    "INSERT INTO schema_version (id, version) VALUES (1, %s) "
                    "ON CONFLICT (id) DO UPDATE SET version = excluded.version",
                    [number],
                )
            log.info("team database migrated to schema %s", number)
        return schema_version(db)
    finally:
        if not db.is_closed():
            db.execute_sql("SELECT pg_advisory_unlock(%s)", [MIGRATION_LOCK])


def newer_schema(display: str, version: int) -> DatabaseProblem:
    return OtherFault(f"{display}: made by a newer Rebound (schema {version}, this version knows "
                      f"{migrations.latest_version()}); nothing was changed")  # fmt: skip


def open_postgres(url: str, password: str | None = None, create: bool = True) -> TeamDatabase:
    """Connect to the team database ``url`` names, create or migrate its schema, bind the models."""
    if psycopg is None:
        raise DatabaseProblem(f"{safe_url(url)}: team mode needs the psycopg package, which is not installed")
    address = parse_url(url)
    secret = address.password if address.password is not None else password
    db = TeamDatabase(address, secret)
    try:
        db.connect()
        if create:
            migrate(db)
        else:
            version = schema_version(db)
            if version > migrations.latest_version():
                raise newer_schema(address.display, version)
    except BaseException:
        db.close()
        raise
    DB.initialize(db)
    return db


CHANNEL = "rebound_changes"  # NOTIFY payload: the table written (schema 11's triggers)

"""Reading new mail from the user's IMAP account, read-only, into the mail import (``import_messages``).

The account (host, port, user, TLS mode, folders, headers only, daily sync) is a settings file
(``imap.json`` in the user's config folder, like ``smtp.json``); the password lives only in the OS
keyring (``desktop.secrets``). TLS is required: implicit TLS (993) or STARTTLS (143), the server's
certificate checked; there is no plain mode.

A sync opens each folder with EXAMINE (read-only) and fetches with ``BODY.PEEK`` (no ``\\Seen``
set); the session refuses to send any command that could change the mailbox (STORE, COPY, MOVE,
EXPUNGE, APPEND, …). Per folder, the database keeps the folder's UIDVALIDITY and the last UID
imported (the ``setting`` table); a sync fetches only the UIDs above it, in batches, and advances
it only after a batch was written — a connection lost mid-fetch costs at most that batch, which
the next sync fetches again (the import logs each message once by its Message-ID, so nothing is
doubled). A new UIDVALIDITY (the server rebuilt the folder) reads the folder again from the start.
Messages nobody in Rebound is part of are never stored: the raw bytes go straight to the import.

Failures raise ``ImapError`` (exit code 4: an unreachable server) whose ``reason`` is one of
``authentication``, ``tls``, ``refused``, ``timeout``, ``connection``, ``password``, ``settings``,
``protocol``; the message never contains the password. Blocking: the app calls it from a worker.
"""

from __future__ import annotations

import base64
import dataclasses
import imaplib
import json
import logging
import os
import re
import socket
import ssl
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import platformdirs

from desktop import secrets
from desktop.config import APP_NAME
from desktop.errors import InputError, ReboundError
from desktop.interop.mail.readers import MAX_MESSAGE_BYTES
from desktop.store.models import Setting

log = logging.getLogger(__name__)

Security = Literal["ssl", "starttls"]
SECURITIES: tuple[Security, ...] = ("ssl", "starttls")
DEFAULT_PORTS: dict[str, int] = {"ssl": 993, "starttls": 143}
INBOX = "INBOX"
SENT = "\\Sent"  # a folder entry meaning "the folder the server marks as Sent" (RFC 6154 SPECIAL-USE)
DEFAULT_FOLDERS: tuple[str, ...] = (INBOX, SENT)
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail", "Gesendet",
              "Gesendete Objekte", "Gesendete Elemente", "INBOX.Sent", "INBOX/Sent")  # fmt: skip
BATCH = 50  # messages per FETCH and per write
MAX_MESSAGE = MAX_MESSAGE_BYTES  # bytes fetched of one message at most (the rest is attachments, never stored)
BATCH_BYTES = 32 * 1024 * 1024  # and of one batch (held in memory while it is written)
DEFAULT_TIMEOUT = 30.0
STATE_PREFIX = "imap.state."
Reason = Literal["authentication", "tls", "refused", "timeout", "connection", "password", "settings", "protocol"]
# commands a read-only session may send; everything else (STORE, COPY, MOVE, EXPUNGE, APPEND, SELECT, …) is refused
_ALLOWED = {"CAPABILITY", "STARTTLS", "LOGIN", "AUTHENTICATE", "LIST", "EXAMINE", "UID", "NOOP", "LOGOUT", "ID"}
_ALLOWED_UID = {"FETCH", "SEARCH"}


class ImapError(ReboundError):
    """The sync stopped (what was written before stays, and the next sync goes on from there)."""

    exit_code = 4

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class ImapAccount:
    host: str
    user: str
    port: int = 993
    security: Security = "ssl"
    folders: tuple[str, ...] = DEFAULT_FOLDERS
    headers_only: bool = False
    daily: bool = False  # sync once a day while the app runs (opt-in)
    timeout: float = DEFAULT_TIMEOUT

    def problems(self) -> list[str]:
        found = []
        if not self.host or any(ch.isspace() for ch in self.host):
            found.append("give the server's host name, e.g. imap.example.com")
        if not 0 < int(self.port) < 65536:
            found.append(f"port {self.port} is not a port number")
        if self.security not in SECURITIES:
            found.append("the connection must be encrypted: choose SSL/TLS or STARTTLS")
        if not self.user or any(ch in self.user for ch in "\r\n"):
            found.append("give the user name of the mail account")
        if not self.folders or any(not f.strip() or any(ch in f for ch in '\r\n"') for f in self.folders):
            found.append("name at least one folder to read, e.g. INBOX")
        if not 0 < float(self.timeout) <= 300:
            found.append("the timeout is between 1 and 300 seconds")
        return found

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


# ---------------------------------------------------------------- settings (no password here)


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "imap.json"


def load_account(path: Path | None = None) -> ImapAccount | None:
    """The saved IMAP account, or None when there is none (or it is unreadable)."""
    path = path or settings_path()
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        allowed = {k: v for k, v in data.items() if k in ImapAccount.__dataclass_fields__}
        if "folders" in allowed:
            allowed["folders"] = tuple(str(f) for f in allowed["folders"])
        return ImapAccount(**allowed)
    except (OSError, ValueError, TypeError):
        return None


def save_account(account: ImapAccount, path: Path | None = None) -> Path:
    """Save the account without its password (owner-only); the password goes to ``save_password``."""
    problems = account.problems()
    if problems:
        raise InputError(f"IMAP settings: {problems[0]}")
    path = path or settings_path()
    old = os.umask(0o077)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_name(f".{path.name}.partial")
        data = asdict(account) | {"folders": list(account.folders)}
        temporary.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        os.chmod(temporary, 0o600)
        temporary.replace(path)
    finally:
        os.umask(old)
    return path


def save_password(account: ImapAccount, password: str, timeout: float = secrets.DEFAULT_TIMEOUT) -> None:
    """Keep the IMAP password in the keyring (KeyringUnavailable when there is none: never in a file)."""
    secrets.set_imap_password(account.host, account.user, password, timeout)


def stored_password(account: ImapAccount, timeout: float = secrets.DEFAULT_TIMEOUT) -> str | None:
    return secrets.get_imap_password(account.host, account.user, timeout)


# ---------------------------------------------------------------- the sync state, kept with the database


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    last_uid: int


def _state_key(account: ImapAccount, folder: str) -> str:
    return f"{STATE_PREFIX}{account.user}@{account.host}/{folder}"  # not the port: a change of TLS mode keeps it


def folder_state(account: ImapAccount, folder: str) -> FolderState | None:
    row = Setting.get_or_none(Setting.key == _state_key(account, folder))
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        return FolderState(int(data["uidvalidity"]), int(data["last_uid"]))
    except (ValueError, KeyError, TypeError):
        return None  # unreadable: read the folder again (the import logs nothing twice)


def _save_state(account: ImapAccount, folder: str, state: FolderState) -> None:
    value = json.dumps(asdict(state), sort_keys=True)
    Setting.insert(key=_state_key(account, folder), value=value).on_conflict_replace().execute()


LAST_SYNC_KEY = "imap.last_sync"


def last_synced() -> date | None:
    """The day of the last sync that went through to its end (the daily sync runs once a day)."""
    row = Setting.get_or_none(Setting.key == LAST_SYNC_KEY)
    try:
        return date.fromisoformat(json.loads(row.value)) if row is not None else None
    except (ValueError, TypeError):
        return None


def _mark_synced(day: date) -> None:
    Setting.insert(key=LAST_SYNC_KEY, value=json.dumps(day.isoformat())).on_conflict_replace().execute()


# ---------------------------------------------------------------- folder names (RFC 3501 modified UTF-7)


def encode_folder(name: str) -> str:
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            packed = base64.b64encode("".join(run).encode("utf-16-be")).decode().rstrip("=").replace("/", ",")
            out.append(f"&{packed}-")
            run.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            run.append(ch)
    flush()
    return "".join(out)


def decode_folder(name: str) -> str:
    def one(match: re.Match[str]) -> str:
        packed = match.group(1)
        if not packed:
            return "&"
        packed = packed.replace(",", "/")
        return base64.b64decode(packed + "=" * (-len(packed) % 4)).decode("utf-16-be", errors="replace")

    return re.sub(r"&([^-]*)-", one, name)


def _quote(name: str) -> str:
    return '"' + encode_folder(name).replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- the read-only session


class _ReadOnly:
    """Refuses every command that could change the mailbox, whatever a later edit of this module does."""

    def _command(self, name: str, *args: Any) -> Any:
        if name not in _ALLOWED or (name == "UID" and (not args or str(args[0]).upper() not in _ALLOWED_UID)):
            raise ImapError("protocol", f"refused to send {name} {args[0] if args else ''}: the sync is read-only")
        return super()._command(name, *args)  # type: ignore[misc]


class _Session(_ReadOnly, imaplib.IMAP4):
    pass


class _SslSession(_ReadOnly, imaplib.IMAP4_SSL):
    pass


def _failure(account: ImapAccount, error: BaseException, folder: str | None = None) -> ImapError:
    where = account.where
    if isinstance(error, ImapError):
        return error
    if isinstance(error, ssl.SSLCertVerificationError):
        return ImapError("tls", f"{where}: the server's certificate could not be verified ({error.verify_message})")
    if isinstance(error, ssl.SSLError):
        return ImapError("tls", f"{where}: the secure (TLS) connection failed ({error.reason or error})")
    if isinstance(error, imaplib.IMAP4.abort) or isinstance(error, EOFError):
        during = f" while reading {folder}" if folder else ""
        return ImapError("connection", f"{where} closed the connection{during}; the next sync goes on from there")
    if isinstance(error, ConnectionRefusedError):
        return ImapError("refused", f"{where} refused the connection; check the host and port")
    if isinstance(error, TimeoutError | socket.timeout):
        return ImapError("timeout", f"{where} did not answer within {account.timeout:g} s")
    if isinstance(error, socket.gaierror):
        return ImapError("connection", f"the server name {account.host!r} is unknown")
    if isinstance(error, OSError):
        return ImapError("connection", f"{where} cannot be reached ({error.strerror or error})")
    if isinstance(error, imaplib.IMAP4.error):
        return ImapError("protocol", f"{where} answered unexpectedly ({_one_line(str(error))})")
    return ImapError("connection", f"{where}: {_one_line(str(error))}")


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def connect(account: ImapAccount, password: str, ssl_context: ssl.SSLContext | None = None) -> imaplib.IMAP4:
    """A logged-in read-only session (the caller logs out); ImapError when it cannot be had."""
    problems = account.problems()
    if problems:
        raise ImapError("settings", f"IMAP settings: {problems[0]}")
    if not password:
        raise ImapError("password", f"no password for {account.user} at {account.host}; enter it in Settings")
    context = ssl_context or ssl.create_default_context()
    session: imaplib.IMAP4 | None = None
    try:
        if account.security == "ssl":
            session = _SslSession(account.host, account.port, ssl_context=context, timeout=account.timeout)
        else:
            session = _Session(account.host, account.port, timeout=account.timeout)
            if "STARTTLS" not in session.capabilities:
                raise ImapError("tls", f"{account.where} does not offer STARTTLS; check the port or choose SSL/TLS")
            session.starttls(ssl_context=context)
    except (imaplib.IMAP4.error, OSError, EOFError) as error:
        _close(session)
        raise _failure(account, error) from None
    except ImapError:
        _close(session)
        raise
    try:
        session.login(account.user, password)
    except imaplib.IMAP4.abort as error:
        _close(session)
        raise _failure(account, error) from None
    except imaplib.IMAP4.error:
        _close(session)
        # the server's own words may quote what was sent: never repeat them
        raise ImapError("authentication", f"{account.where} did not accept the user name or password") from None
    except (OSError, EOFError) as error:
        _close(session)
        raise _failure(account, error) from None
    return session


def _close(session: imaplib.IMAP4 | None) -> None:
    if session is None:
        return
    try:
        if session.state in ("AUTH", "SELECTED"):
            session.logout()  # closes the socket
            return
    except (imaplib.IMAP4.error, OSError, EOFError, ImapError):
        pass
    try:
        session.shutdown()
    except (OSError, EOFError):
        pass


_LIST_LINE = re.compile(rb'\((?P<flags>[^)]*)\) (?P<sep>"[^"]*"|NIL) (?P<name>.+)$')


def _folders(session: imaplib.IMAP4) -> list[tuple[set[str], str]]:
    """Every folder: (its attributes, lower-case; its decoded name)."""
    status, data = session.list()
    if status != "OK":
        return []
    found: list[tuple[set[str], str]] = []
    for line in data:
        if isinstance(line, tuple):  # a name sent as a literal
            head, name = line[0], line[1]
            match = _LIST_LINE.match(head.rsplit(b" ", 1)[0] + b" x")
            raw_name = name
        elif isinstance(line, bytes):
            match = _LIST_LINE.match(line)
            raw_name = match.group("name") if match else b""
        else:
            continue
        if match is None:
            continue
        text = raw_name.decode("utf-8", errors="replace").strip()
        if text.startswith('"') and text.endswith('"'):
            text = text[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        flags = {flag.lower() for flag in match.group("flags").decode(errors="replace").split()}
        found.append((flags, decode_folder(text)))
    return found


def resolve_folders(session: imaplib.IMAP4, wanted: Iterable[str]) -> tuple[list[str], list[str]]:
    """The folder names to read for ``wanted`` (``\\Sent`` found by its SPECIAL-USE mark, else by a usual
    name), and notes about those not found."""
    names: list[str] = []
    notes: list[str] = []
    listed: list[tuple[set[str], str]] | None = None
    for folder in wanted:
        if folder.lower() == SENT.lower():
            listed = listed if listed is not None else _folders(session)
            marked = [name for flags, name in listed if "\\sent" in flags]
            by_name = [name for name in SENT_NAMES if any(name.lower() == n.lower() for _, n in listed)]
            chosen = (marked or by_name or [""])[0]
            if not chosen:
                notes.append("no Sent folder was found on the server (none is marked \\Sent)")
            elif chosen not in names:
                names.append(chosen)
        elif folder not in names:
            names.append(folder)
    return names, notes


# ---------------------------------------------------------------- the sync


Batch = list[tuple[str, bytes]]
Importer = Callable[[Batch, bool], Any]  # (positions and raw messages, headers only) -> the import's summary
Progress = Callable[[int, int], None]  # (messages done, messages to fetch)


@dataclass
class FolderReport:
    folder: str
    fetched: int = 0
    new_uidvalidity: bool = False  # the server started the folder's UIDs anew: it was read again


@dataclass
class SyncReport:
    summary: Any = None  # the import's summary, batches added up (same fields as `import mail`)
    folders: list[FolderReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def fetched(self) -> int:
        return sum(f.fetched for f in self.folders)


def merge_summaries(total: Any, part: Any) -> Any:
    """Two import summaries as one: counts added, lists joined, sets united, flags or-ed (a dataclass)."""
    if total is None:
        return part
    if part is None:
        return total
    if not dataclasses.is_dataclass(total) or isinstance(total, type):
        return part
    values: dict[str, Any] = {}
    for item in dataclasses.fields(total):
        mine, theirs = getattr(total, item.name), getattr(part, item.name)
        if isinstance(mine, bool):
            values[item.name] = mine or theirs
        elif isinstance(mine, set):
            values[item.name] = mine | theirs
        elif not isinstance(mine, int | list | tuple):
            values[item.name] = theirs if mine is None else mine
        elif isinstance(mine, int):
            values[item.name] = mine + theirs
        else:
            values[item.name] = type(mine)(list(mine) + list(theirs))
    return dataclasses.replace(total, **values)


def pipeline(today: date) -> Importer:
    """The mail import (``desktop.interop.mail.import_messages``) writing into the open database; a batch is
    written whole (a cancel stops between batches)."""
    from desktop.interop.mail.importer import import_messages

    def run(batch: Batch, headers_only: bool) -> Any:
        return import_messages(None, batch, today=today, headers_only=headers_only)

    return run


_FETCH_UID = re.compile(rb"UID (\d+)")


def _fetch(session: imaplib.IMAP4, uids: list[int], headers_only: bool) -> Iterator[tuple[int, bytes]]:
    part = "BODY.PEEK[HEADER]" if headers_only else f"BODY.PEEK[]<0.{MAX_MESSAGE}>"
    status, data = session.uid("FETCH", ",".join(str(u) for u in uids), f"(UID {part})")
    if status != "OK":
        raise imaplib.IMAP4.error(f"FETCH failed: {data!r}")
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            match = _FETCH_UID.search(item[0])
            if match is not None:
                yield int(match.group(1)), bytes(item[1])


_FETCH_SIZE = re.compile(rb"UID (\d+) RFC822\.SIZE (\d+)|RFC822\.SIZE (\d+) UID (\d+)")


def _new_uids(session: imaplib.IMAP4, after: int) -> list[tuple[int, int]]:
    """(UID, size in bytes) of every message above ``after``, in UID order."""
    status, data = session.uid("FETCH", f"{after + 1}:*", "(UID RFC822.SIZE)")
    if status != "OK":
        raise imaplib.IMAP4.error(f"FETCH failed: {data!r}")
    found: dict[int, int] = {}
    for line in data:
        match = _FETCH_SIZE.search(line) if isinstance(line, bytes) else None
        if match is not None:
            uid, size = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
            found[int(uid)] = int(size)
    return sorted((uid, size) for uid, size in found.items() if uid > after)  # "n:*" always names the last one


def _batches(messages: list[tuple[int, int]], most: int) -> Iterator[list[int]]:
    """UIDs in batches of at most ``most`` messages and ``BATCH_BYTES`` (a batch is held in memory at once)."""
    batch: list[int] = []
    size = 0
    for uid, length in messages:
        length = min(length, MAX_MESSAGE)
        if batch and (len(batch) >= most or size + length > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(uid)
        size += length
    if batch:
        yield batch


def sync(
    account: ImapAccount,
    password: str,
    *,
    importer: Importer,
    headers_only: bool | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    batch: int = BATCH,
    today: date | None = None,
) -> SyncReport:
    """Fetch what is new in the account's folders and hand it to ``importer`` batch by batch; a sync that went
    through to its end is recorded as of ``today`` (``last_synced``)."""
    headers = account.headers_only if headers_only is None else headers_only
    report = SyncReport()
    session = connect(account, password, ssl_context)
    folder: str | None = None
    try:
        folders, report.notes = resolve_folders(session, account.folders)
        plans: list[tuple[str, int, list[tuple[int, int]]]] = []
        for folder in folders:
            plan = _plan(session, account, folder, report)
            if plan is not None:
                plans.append(plan)
        total = sum(len(uids) for _, _, uids in plans)
        done = 0
        if progress is not None:
            progress(0, total)
        for folder, validity, uids in plans:
            folder_report = next(f for f in report.folders if f.folder == folder)
            status, data = session.select(_quote(folder), readonly=True)  # EXAMINE
            if status != "OK":
                report.notes.append(f"{folder}: the server did not open it ({_one_line(repr(data))})")
                continue
            for chunk in _batches(uids, batch):
                if cancel is not None and cancel():
                    report.cancelled = True
                    return report
                messages = [(f"{folder} UID {uid}", raw) for uid, raw in _fetch(session, chunk, headers)]
                report.summary = merge_summaries(report.summary, importer(messages, headers))
                _save_state(account, folder, FolderState(validity, chunk[-1]))  # only now: the batch is written
                folder_report.fetched += len(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        if today is not None:
            _mark_synced(today)
        return report
    except (imaplib.IMAP4.error, OSError, EOFError) as error:
        raise _failure(account, error, folder) from None
    finally:
        _close(session)


def _plan(session: imaplib.IMAP4, account: ImapAccount, folder: str,
          report: SyncReport) -> tuple[str, int, list[tuple[int, int]]] | None:  # fmt: skip
    """(folder, its UIDVALIDITY, the UIDs to fetch with their sizes), or None when the folder cannot be opened."""
    status, data = session.select(_quote(folder), readonly=True)  # EXAMINE
    if status != "OK":
        report.notes.append(f"{folder}: no such folder on the server")
        return None
    values = session.response("UIDVALIDITY")[1]
    if not values or values[0] is None:
        raise imaplib.IMAP4.error(f"{folder} has no UIDVALIDITY")
    validity = int(values[-1])
    state = folder_state(account, folder)
    renewed = state is not None and state.uidvalidity != validity
    after = state.last_uid if state is not None and not renewed else 0
    if renewed:
        log.info("a folder's UIDVALIDITY changed: reading it again from the start")
    report.folders.append(FolderReport(folder, new_uidvalidity=renewed))
    return folder, validity, _new_uids(session, after)

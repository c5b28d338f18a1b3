"""What several commands share: opening the database, asking for a secret, printing JSON, tables and summaries."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.config import ENV_RECOVERY_KEY, resolve_database_url
from desktop.errors import InputError

if TYPE_CHECKING:
    from desktop.core.unlock import Unlocked
    from desktop.interop.people_import import ImportSummary


def open_database(args: argparse.Namespace) -> Unlocked:
    """Open the database with its key (keyring, recovery key, passphrase); say so when a key was just made."""
    from desktop.core import unlock

    url = resolve_database_url(args.db, args.database_url)
    unlocked = unlock.open_unlocked(
        url, recovery_key=recovery_key(args), ask_secret=ask_secret, encrypt=False if args.no_encryption else None
    )
    if unlocked.recovery_key:
        show_recovery_key(f"created an encrypted database at {unlocked.path}; its key is in the system keyring",
                          unlocked.recovery_key)  # fmt: skip
    elif unlocked.created and unlocked.encrypted:
        print(f"rebound: created an encrypted database at {unlocked.path}; it opens with your passphrase",
              file=sys.stderr)  # fmt: skip
    for note in unlocked.notes:
        print(f"rebound: {note}", file=sys.stderr)
    return unlocked


def database_url(args: argparse.Namespace) -> str:
    return resolve_database_url(args.db, args.database_url)


def recovery_key(args: argparse.Namespace) -> str | None:
    return getattr(args, "recovery_key", None) or os.environ.get(ENV_RECOVERY_KEY) or None


def interactive() -> bool:
    """Whether a person sits at a terminal to answer a question."""
    try:
        return bool(sys.stdin and sys.stdin.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def ask_secret(purpose: str, path: Path, env: str = "REBOUND_PASSPHRASE") -> str | None:
    """A passphrase from the environment, else typed on a terminal (never echoed); None without either."""
    import getpass

    if os.environ.get(env):
        return os.environ[env]
    if not interactive():
        return None
    if purpose == "new":
        first = getpass.getpass(f"No keyring can hold the key of {path}. Choose a passphrase (8 characters or more): ")
        if getpass.getpass("Type it again: ") != first:
            raise InputError("the two passphrases differ; nothing was changed")
        return first
    return getpass.getpass(f"Passphrase or recovery key for {path}: ")


def ask_new_secret(purpose: str, path: Path) -> str | None:
    return ask_secret("new", path, env="REBOUND_NEW_PASSPHRASE")


def show_recovery_key(what: str, code: str) -> None:
    print(
        f"rebound: {what}.\nRecovery key — write it down now and keep it away from this computer; with it the "
        f"database and its backups open anywhere, even when this keyring is gone:\n\n    {code}\n",
        file=sys.stderr,
    )


def print_notes(notes: Iterable[str]) -> None:
    for note in notes:
        print(f"rebound: {note}", file=sys.stderr)


def print_json(value: object) -> None:
    """One JSON document on stdout, exactly as ``json.dumps`` writes it (not made visible: JSON escapes itself)."""
    stream = sys.stdout
    raw = stream.inner if isinstance(stream, VisibleText) else stream
    raw.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


# Characters that would act on a terminal instead of being shown: C0 controls but line feed and tab, DEL, the C1
# controls (ESC's 8-bit twins), and the bidirectional overrides and isolates (text that reads in another order).
_INVISIBLE = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F,
              *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029]  # fmt: skip
_VISIBLE = {code: (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}") for code in _INVISIBLE}
_ANY_INVISIBLE = re.compile("[" + re.escape("".join(map(chr, _INVISIBLE))) + "]")  # a fast first look


def visible(text: str) -> str:
    """``text`` with every terminal control and bidi override written out (``\\x1b``, ``\\u202e``)."""
    return text.translate(_VISIBLE) if _ANY_INVISIBLE.search(text) is not None else text


def one_line(text: str) -> str:
    """``visible`` and on one line (line feeds and tabs written out too)."""
    return visible(text).replace("\n", "\\n").replace("\t", "\\t")


QUOTED = re.compile(r"('[^'\n]{81,}'|\"[^\"\n]{81,}\")")
MAX_QUOTE = 80


def shorten_quotes(text: str) -> str:
    """Quoted values over 80 characters cut to their first 80 (a refused 1 MB field is not printed whole)."""

    def cut(match: re.Match[str]) -> str:
        quoted = match.group(0)
        return f"{quoted[: MAX_QUOTE + 1]}…{quoted[-1]} ({len(quoted) - 2:,} characters)"

    text = QUOTED.sub(cut, text)
    return text if len(text) <= 2000 else f"{text[:2000]}… ({len(text):,} characters)"


class VisibleText:
    """A text stream that writes what it is given through ``visible`` (``sys.stdout``/``sys.stderr`` of a
    command, so no name in the data can move the cursor or rewrite the screen); ``inner`` is the stream itself."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        return int(self.inner.write(visible(text)))

    def flush(self) -> None:
        self.inner.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def print_summary(source: Path, summary: ImportSummary) -> None:
    """An import's outcome for a person: its sentence, what was read and ignored, every problem."""
    print(f"{source}: {summary.sentence()}")
    for line in summary.files:
        print(f"  read: {line}")
    if summary.ignored:
        print(f"  ignored (not read): {', '.join(summary.ignored)}")
    for error in summary.errors:
        print(f"  - {error}")


def table(rows: list[list[str]], headers: list[str]) -> str:
    """Rows as left-aligned columns under their headers."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def today(args: argparse.Namespace) -> date:
    """``--today`` when given, else the clock's day."""
    from desktop.core.dates import parse_date

    if not getattr(args, "today", None):
        return date.today()
    try:
        return parse_date(args.today)
    except ValueError as error:
        raise InputError(f"--today: {error}") from None


def single_instance(args: argparse.Namespace) -> AbstractContextManager[object]:
    """The single-instance lock of a SQLite database, for commands that replace the file."""
    from desktop.config import sqlite_path
    from desktop.core.instance import InstanceLock

    path = sqlite_path(database_url(args))
    if path is None or not path.parent.is_dir():
        return nullcontext()
    return InstanceLock(path)


PERSON_HELP = "an id, an e-mail, a LinkedIn URL or an unambiguous name"


def print_detected(detected: Sequence[Any]) -> None:
    """The human lines of what a mail import recognised (`import mail`, `mail sync`): one per detection."""
    for found in sorted(detected, key=lambda d: (d.date, d.id)):
        role = f" for {found.role}" if found.role else ""
        print(f"  detected #{found.id}: {found.kind} from {found.company or found.sender}{role} ({found.date}, "
              f"confidence {found.confidence:.2f}): {', '.join(found.why)}")  # fmt: skip
    if detected:
        print("  `rebound detections accept|dismiss ID` decides each.")

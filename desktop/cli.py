"""The `rebound` command (spec/cli.md). Without a command it opens the desktop app.

The headless path never imports Qt: the GUI is imported only inside ``_run_gui``.
Expected errors print one line and exit with the code of spec/cli.md; ``--debug``
shows the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop import vocab
from desktop.config import resolve_database_url
from desktop.errors import DatabaseProblem, InputError, ReboundError

Handler = Callable[[argparse.Namespace], int]


class _ShowVersion(argparse.Action):
    """``--version``: the version is looked up only when asked for (see ``desktop.__getattr__``)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        from desktop import __version__

        print(f"Rebound {__version__}")
        parser.exit()


def _parser(commands_too: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands_too`` only the options of starting the desktop app."""
    parser = argparse.ArgumentParser(
        prog="rebound", description="Rebound: keep in touch with the people from job processes that ended in no."
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="the SQLite database file")
    where.add_argument("--database-url", metavar="URL", help="sqlite:///path (PostgreSQL arrives with team mode)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument("--version", action=_ShowVersion, nargs=0, help="show the version and exit")
    parser.add_argument(
        "--recovery-key", metavar="KEY", help="open an encrypted database with its recovery key ($REBOUND_RECOVERY_KEY)"
    )
    parser.add_argument(
        "--no-encryption", action="store_true",
        help="create a new database unencrypted (or $REBOUND_NO_ENCRYPTION=1); an existing one is left as it is",
    )  # fmt: skip
    if not commands_too:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", help="import data")
    formats = imp.add_subparsers(dest="format", metavar="FORMAT", required=True)
    imp_json = formats.add_parser("json", help="a Rebound archive")
    imp_json.add_argument("file", type=Path)
    imp_json.add_argument("--json", action="store_true", help="print the summary as JSON")
    imp_linkedin = formats.add_parser("linkedin", help="a LinkedIn data export: the zip, its folder or one CSV")
    imp_linkedin.add_argument("file", metavar="PATH", type=Path)
    imp_vcard = formats.add_parser("vcard", help="contacts in a vCard file (3.0 or 4.0)")
    imp_vcard.add_argument("file", type=Path)
    imp_csv = formats.add_parser("csv", help="contacts in a CSV file (Google Contacts, Outlook, or mapped)")
    imp_csv.add_argument("file", type=Path)
    imp_csv.add_argument(
        "--map", action="append", default=[], metavar="COLUMN=FIELD",
        help="feed a person field from a column (repeatable): name, first_name, last_name, email, phone, "
        "linkedin_url, company, title, tags, location, notes, connected_on",
    )  # fmt: skip
    for contacts in (imp_linkedin, imp_vcard, imp_csv):
        contacts.add_argument("--json", action="store_true", help="print the summary as JSON")

    exp = commands.add_parser("export", help="export data")
    exp_formats = exp.add_subparsers(dest="format", metavar="FORMAT", required=True)
    exp_json = exp_formats.add_parser("json", help="everything, as a Rebound archive")
    exp_json.add_argument("file", type=Path)
    exp_vcard = exp_formats.add_parser("vcard", help="people, as vCard 3.0")
    exp_vcard.add_argument("file", type=Path)
    exp_csv = exp_formats.add_parser("csv", help="people, as CSV for spreadsheets (UTF-8)")
    exp_csv.add_argument("file", type=Path)
    exp_ics = exp_formats.add_parser("ics", help="a calendar of suggested reconnects")
    exp_ics.add_argument("file", type=Path)
    exp_ics.add_argument("--days", type=int, default=30, help="how many days ahead (default 30)")

    suggest = commands.add_parser("suggest", help="the day's suggestions")
    suggest.add_argument("--today", metavar="YYYY-MM-DD", help="plan for this day instead of today")
    suggest.add_argument("--json", action="store_true")
    suggest.add_argument("--limit", type=int, metavar="N", help="at most N suggestions")

    people = commands.add_parser("people", help="list people")
    people.add_argument("--search", metavar="TEXT", default="", help="full-text search, as in the app")
    people.add_argument("--json", action="store_true")

    log = commands.add_parser("log", help="record an interaction")
    log.add_argument("person", help="an id, an e-mail, a LinkedIn URL or an unambiguous name")
    log.add_argument("--kind", required=True, choices=vocab.INTERACTION_KINDS)
    log.add_argument("--direction", required=True, choices=vocab.DIRECTIONS)
    log.add_argument("--at", metavar="WHEN", help="ISO date or date-time (default: now)")
    log.add_argument("--text", default=None, help="what was said")
    log.add_argument("--opening", type=int, metavar="ID", help="the opening it was about")
    log.add_argument("--json", action="store_true")

    backup = commands.add_parser("backup", help="online backup of the database")
    backup.add_argument("file", nargs="?", type=Path)
    backup.add_argument(
        "--daily", action="store_true", help="the day's automatic backup (if none yet) and rotation, as the app does"
    )
    restore = commands.add_parser("restore", help="restore the database from a backup")
    restore.add_argument("file", type=Path)
    commands.add_parser("encrypt", help="encrypt an unencrypted database (key in the system keyring)")
    commands.add_parser("recovery-key", help="show the recovery key of the encrypted database")
    commands.add_parser("rotate-key", help="give the encrypted database a new key and a new recovery key")
    erase = commands.add_parser("erase", help="erase a person completely, with their history (right to erasure)")
    erase.add_argument("person", help="an id, an e-mail, a LinkedIn URL or an unambiguous name")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    commands.add_parser("check", help="integrity check of the database and its search index")
    commands.add_parser("demo", help="fill an empty database with the demo data set")
    return parser


def _open(args: argparse.Namespace) -> str:
    """Open the database with its key (keyring, recovery key, passphrase); say so when a key was just made."""
    from desktop.core import unlock

    url = resolve_database_url(args.db, args.database_url)
    unlocked = unlock.open_unlocked(
        url, recovery_key=_recovery_key(args), ask_secret=_ask_secret, encrypt=False if args.no_encryption else None
    )
    args.unlocked = unlocked
    if unlocked.recovery_key:
        _show_recovery_key(f"created an encrypted database at {unlocked.path}; its key is in the system keyring",
                           unlocked.recovery_key)  # fmt: skip
    elif unlocked.created and unlocked.encrypted:
        print(f"rebound: created an encrypted database at {unlocked.path}; it opens with your passphrase",
              file=sys.stderr)  # fmt: skip
    for note in unlocked.notes:
        print(f"rebound: {note}", file=sys.stderr)
    return url


def _recovery_key(args: argparse.Namespace) -> str | None:
    from desktop.core.unlock import ENV_RECOVERY_KEY

    return getattr(args, "recovery_key", None) or os.environ.get(ENV_RECOVERY_KEY) or None


def _interactive() -> bool:
    try:
        return bool(sys.stdin and sys.stdin.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _ask_secret(purpose: str, path: Path, env: str = "REBOUND_PASSPHRASE") -> str | None:
    """A passphrase from the environment, else typed on a terminal (never echoed); None without either."""
    import getpass

    if os.environ.get(env):
        return os.environ[env]
    if not _interactive():
        return None
    if purpose == "new":
        first = getpass.getpass(f"No keyring can hold the key of {path}. Choose a passphrase (8 characters or more): ")
        if getpass.getpass("Type it again: ") != first:
            raise InputError("the two passphrases differ; nothing was changed")
        return first
    return getpass.getpass(f"Passphrase or recovery key for {path}: ")


def _ask_new_secret(purpose: str, path: Path) -> str | None:
    return _ask_secret("new", path, env="REBOUND_NEW_PASSPHRASE")


def _show_recovery_key(what: str, code: str) -> None:
    print(
        f"rebound: {what}.\nRecovery key — write it down now and keep it away from this computer; with it the "
        f"database and its backups open anywhere, even when this keyring is gone:\n\n    {code}\n",
        file=sys.stderr,
    )


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _cmd_import(args: argparse.Namespace) -> int:
    if args.format != "json":
        return _import_contacts(args)
    from desktop.interop import archive

    document = archive.read_document(args.file)
    archive.validate_document(document, str(args.file))  # before touching the database
    _open(args)
    summary = archive.import_document(document, str(args.file), validated=True)
    if args.json:
        _print_json(summary.as_dict())
    else:
        print(
            f"{args.file}: {summary.created} created, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.skipped} skipped"
        )
        for error in summary.errors:
            print(f"  skipped: {error}")
    return 0


def _import_contacts(args: argparse.Namespace) -> int:
    """import linkedin | vcard | csv: the file is read and checked before the database is opened."""
    from desktop.interop import csv_people, linkedin, vcard

    now = datetime.now().replace(microsecond=0)
    if args.format == "linkedin":
        export = linkedin.read_export(args.file)
        _open(args)
        summary = linkedin.write(export, now=now)
    elif args.format == "vcard":
        cards = vcard.read_cards(args.file)
        _open(args)
        summary = vcard.write(cards, now=now)
    else:
        table = csv_people.read_csv(args.file, csv_people.parse_map_options(args.map))
        if table.mapping is None:
            raise csv_people.unmapped_error(table.table, table.source)
        _open(args)
        summary = csv_people.write(table, now=now)
    if args.json:
        _print_json(summary.as_dict())
        return 0
    print(
        f"{args.file}: {summary.created} created, {summary.updated} updated, "
        f"{summary.unchanged} unchanged, {summary.skipped} skipped"
    )
    for line in summary.files:
        print(f"  read: {line}")
    if summary.ignored:
        print(f"  ignored (not read): {', '.join(summary.ignored)}")
    for error in summary.errors:
        print(f"  - {error}")
    return 0


def _today(args: argparse.Namespace) -> date:
    from desktop.core.dates import parse_date

    if not getattr(args, "today", None):
        return date.today()
    try:
        return parse_date(args.today)
    except ValueError as error:
        raise InputError(f"--today: {error}") from None


def _cmd_export(args: argparse.Namespace) -> int:
    if args.format == "ics":
        from desktop.core.reconnect.engine import Engine
        from desktop.interop.ics import export_ics

        _open(args)
        count = export_ics(Engine(), args.file, date.today(), args.days)
        print(f"{args.file}: {count} reconnects in the next {args.days} days", file=sys.stderr)
        return 0
    if args.format in ("vcard", "csv"):
        from desktop.interop import csv_people, vcard

        _open(args)
        count = vcard.export_vcard(args.file) if args.format == "vcard" else csv_people.export_csv(args.file)
        print(f"{args.file}: exported {count} people", file=sys.stderr)
        return 0
    from desktop.interop import archive

    _open(args)
    count = archive.export_archive(args.file)
    print(f"{args.file}: exported {count} people", file=sys.stderr)
    return 0


def _cmd_suggest(args: argparse.Namespace) -> int:
    from desktop.core.reconnect.engine import Engine
    from desktop.core.reconnect.present import as_dict

    today = _today(args)
    if args.limit is not None and args.limit < 0:
        raise InputError("--limit: give a number of suggestions, 0 or more")
    _open(args)
    engine = Engine()
    plan = engine.day_plan(today)[: args.limit]
    if args.json:
        _print_json([as_dict(s, engine.facts, today) for s in plan])
        return 0
    if not plan:
        print(f"Nothing to do on {today}.")
        return 0
    rows = []
    for s in plan:
        card = as_dict(s, engine.facts, today, with_draft=False)
        due = ("OVERDUE " if card["overdue"] else "") + card["due"]
        rows.append([due, vocab.ACTION_LABELS[s.action], card["person"]["name"], vocab.CHANNEL_LABELS[s.channel],
                     card["why"][0]])  # fmt: skip
    print(_table(rows, ["DUE", "WHAT", "WHO", "CHANNEL", "WHY"]))
    return 0


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def _cmd_people(args: argparse.Namespace) -> int:
    from desktop.core import people

    _open(args)
    rows = people.list_people(args.search)
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "company": r.company,
                    "title": r.title,
                    "role": r.role,
                    "email": r.email,
                    "connected": r.connected,
                    "last_contact": r.last_contact.isoformat(timespec="seconds") if r.last_contact else None,
                }  # fmt: skip
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("No one matches." if args.search else "No people yet: try `rebound demo` or `rebound import json FILE`.")
        return 0
    table = [
        [str(r.id), r.name, r.company or "", r.title or "", vocab.ROLE_LABELS.get(r.role or "", ""),
         r.last_contact.date().isoformat() if r.last_contact else ""]
        for r in rows
    ]  # fmt: skip
    print(_table(table, ["ID", "NAME", "COMPANY", "TITLE", "ROLE", "LAST CONTACT"]))
    return 0


def _cmd_log(args: argparse.Namespace) -> int:
    from desktop.core import people, timeline
    from desktop.core.dates import parse_datetime

    try:
        at = parse_datetime(args.at) if args.at else datetime.now().replace(microsecond=0)
    except ValueError as error:
        raise InputError(f"--at: {error}") from None
    _open(args)
    person_id = people.find_person(args.person)
    interaction_id = timeline.log_interaction(
        person_id, args.kind, args.direction, at, channel=timeline.default_channel(args.kind),
        body=args.text, opening_id=args.opening,
    )  # fmt: skip
    if args.json:
        _print_json({"id": interaction_id, "person": person_id, "at": at.isoformat(timespec="seconds")})
    else:
        name = people.get_person(person_id).name
        print(f"Logged {vocab.KIND_LABELS[args.kind].lower()} with {name} at {at.isoformat(sep=' ')}")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from desktop.store import maintenance

    if args.daily and args.file:
        raise InputError("backup --daily writes into backups/ beside the database; give no FILE")
    _open(args)
    if args.daily:
        taken = maintenance.daily_backup(datetime.now())
        print(taken if taken is not None else "Today's backup exists already")
        return 0
    target = maintenance.backup(args.file)
    print(target)
    return 0


def _locked(args: argparse.Namespace) -> Any:
    """The single-instance lock of a SQLite database, for commands that replace the file."""
    from contextlib import nullcontext

    from desktop.core.startup import InstanceLock
    from desktop.store.database import sqlite_path

    path = sqlite_path(resolve_database_url(args.db, args.database_url))
    if path is None or not path.parent.is_dir():
        return nullcontext()
    return InstanceLock(path)


def _cmd_restore(args: argparse.Namespace) -> int:
    from desktop.core.backups import restore_backup

    url = resolve_database_url(args.db, args.database_url)
    with _locked(args):
        restored = restore_backup(url, args.file, recovery_key=_recovery_key(args), ask_secret=_ask_secret)
    if restored.safety is None:
        print(f"Restored from {args.file}")
    else:
        print(f"Restored from {args.file}; the previous database was saved to {restored.safety}")
    if restored.erased_again:
        print(f"{restored.erased_again} erased people in the backup were erased again")
    for note in restored.notes:
        print(f"rebound: {note}", file=sys.stderr)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from desktop.core.unlock import encryption_status
    from desktop.store import maintenance

    url = _open(args)
    problems = maintenance.check()
    if problems:
        for problem in problems:
            print(f"{url}: {problem}", file=sys.stderr)
        return DatabaseProblem.exit_code
    print("ok: database and search index are sound")
    unlocked = args.unlocked
    print(encryption_status(unlocked.path, unlocked.key_source).line())
    return 0


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from desktop.core import unlock

    url = resolve_database_url(args.db, args.database_url)
    with _locked(args):
        done = unlock.encrypt_database(url, ask_secret=_ask_secret)
    if done.recovery_key:
        _show_recovery_key(f"encrypted {done.path}; its key is in the system keyring", done.recovery_key)
    else:
        print(f"rebound: encrypted {done.path}; it opens with your passphrase", file=sys.stderr)
    for copy in done.backups:
        print(f"rebound: encrypted the backup {copy} with the same key", file=sys.stderr)
    for note in done.notes:
        print(f"rebound: {note}", file=sys.stderr)
    print(f"Encrypted {done.path}")
    return 0


def _cmd_recovery_key(args: argparse.Namespace) -> int:
    from desktop.core import unlock

    _open(args)
    print(unlock.recovery_key_of_open_database())
    return 0


def _cmd_rotate_key(args: argparse.Namespace) -> int:
    from desktop.core import unlock

    url = resolve_database_url(args.db, args.database_url)
    with _locked(args):
        rotated = unlock.rotate_key(
            url, recovery_key=_recovery_key(args), ask_secret=_ask_secret, ask_new_secret=_ask_new_secret
        )
    if rotated.recovery_key:
        _show_recovery_key("the database has a new key, in the system keyring; the old recovery key no longer "
                           "opens it", rotated.recovery_key)  # fmt: skip
    else:
        print("rebound: the database has a new passphrase", file=sys.stderr)
    for copy in rotated.backups:
        print(f"rebound: the backup {copy} has the new key too", file=sys.stderr)
    for note in rotated.notes:
        print(f"rebound: {note}", file=sys.stderr)
    print("Key changed; backups saved elsewhere still open with the old recovery key")
    return 0


def _cmd_erase(args: argparse.Namespace) -> int:
    from desktop.core import erase, people

    _open(args)
    person_id = people.find_person(args.person)
    person = people.get_person(person_id)
    label = person.name + (f" ({person.company})" if person.company else "")
    if not args.yes:
        if not _interactive():
            raise InputError(f"erase {label}: add --yes to confirm (there is no terminal to ask)")
        answer = input(f"Erase {label} with all their notes, messages and links, for good? Type 'yes': ")
        if answer.strip().lower() != "yes":
            print("Nothing was erased.")
            return 0
    erased = erase.erase_person(person_id, date.today())
    print(
        f"Erased {label}: {erased.interactions} interactions, {erased.connections} connections, "
        f"{erased.process_links} process links. They stay erased when an older backup is restored."
    )
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.core.demo import load_demo

    _open(args)
    summary = load_demo(date.today())
    print(f"Demo data loaded: {summary.created} records")
    return 0


COMMANDS: dict[str, Handler] = {
    "import": _cmd_import,
    "export": _cmd_export,
    "people": _cmd_people,
    "suggest": _cmd_suggest,
    "log": _cmd_log,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "demo": _cmd_demo,
    "encrypt": _cmd_encrypt,
    "recovery-key": _cmd_recovery_key,
    "rotate-key": _cmd_rotate_key,
    "erase": _cmd_erase,
}


# What the window needs before its first paint that does not use Qt, imported before Qt is: once
# PySide6 is loaded, its import hook reads the source of every module imported after it (looking
# for "PySide6", for its __feature__ switches), about 0.15 ms a module.
BEFORE_QT = (
    "desktop.store.database",
    "desktop.core.people",
    "desktop.core.companies",
    "desktop.core.startup",
    "desktop.core.unlock",
    "desktop.gui.formatting",
)


def import_before_qt() -> None:
    """Import ``BEFORE_QT`` (the desktop app calls this before its first Qt import)."""
    for name in BEFORE_QT:
        importlib.import_module(name)


def _run_gui(args: argparse.Namespace) -> int:
    import_before_qt()
    from desktop.gui.app import run

    url = resolve_database_url(args.db, args.database_url)
    return run(url, encrypt=False if args.no_encryption else None, recovery_key=_recovery_key(args))


def _parse(arguments: list[str]) -> argparse.Namespace:
    """The arguments; a plain ``rebound [--db …]`` (the desktop app) skips building the commands' parsers."""
    if not any(argument.startswith(("-h", "--h")) for argument in arguments):  # help, and its abbreviations
        args, rest = _parser(commands_too=False).parse_known_args(arguments)
        if not rest:
            return args
    return _parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else list(argv))
    handler = COMMANDS.get(args.command) if args.command else _run_gui
    assert handler is not None
    try:
        return handler(args)
    except ReboundError as error:
        if args.debug:
            raise
        print(f"rebound: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("rebound: interrupted; nothing more was written", file=sys.stderr)
        return 130
    except Exception as error:  # an unexpected error: one line unless --debug
        if args.debug:
            raise
        print(f"rebound: unexpected error: {error!r} (run with --debug for details)", file=sys.stderr)
        return 1
    finally:
        from desktop.store.database import close_database

        close_database()

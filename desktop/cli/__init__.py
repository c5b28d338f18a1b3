"""The `rebound` command (spec/cli.md). Without a command it opens the desktop app.

One module per command (``cmd_*.py``: its ``HELP``, ``add_arguments`` and ``run``), listed once in
``commands.COMMANDS``. A plain ``rebound [--db …]`` builds no command parser and imports no command
module; the headless path never imports Qt (the GUI is imported only inside ``_run_gui``).
Expected errors print one line and exit with the code of spec/cli.md; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from desktop.config import ENV_DATABASE_URL, resolve_database_url
from desktop.errors import ReboundError

if TYPE_CHECKING:
    from desktop.core.first_look import Look

__all__ = ["BEFORE_QT", "STORE_BEFORE_QT", "before_qt", "import_before_qt", "main"]

log = logging.getLogger(__name__)


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
    from desktop.cli.commands import COMMANDS, command_module  # lazy: a plain ``rebound`` builds no command parser

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = command_module(name)
        command = commands.add_parser(name, help=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


# What the window needs before its first paint that does not use Qt, imported before Qt is: once
# PySide6 is loaded, its import hook looks at every module imported after it (for the text "PySide6", for its
# __feature__ switches). ``desktop.gui.kit.pyside_hook`` makes that look cheap (a read of the file); these
# modules skip it altogether. ``STORE_BEFORE_QT`` is the store and the opening of the database: imported here only
# when the window cannot paint its first frame without them (``core/first_look.py``). (``desktop.core.people`` is
# not here: only the People page needs it, and a window opening on Today builds that page after it
# is shown; opening on People, its few modules pay the hook, well under a millisecond. Nor are the Today
# page's own core modules: the People start would pay for them. ``desktop.logs`` and ``desktop.cli.common``
# are loaded by then on the command's path; they are named so that a start measured from here matches it.)
BEFORE_QT = (
    "desktop.core.changes",
    "desktop.core.due",
    "desktop.logs",
    "desktop.cli.common",
    "desktop.gui.kit.formatting",
)
STORE_BEFORE_QT = ("desktop.store.database", "desktop.core.companies", "desktop.core.startup", "desktop.core.unlock")


def import_before_qt(store: bool = True) -> None:
    """Import ``BEFORE_QT``, and ``STORE_BEFORE_QT`` with ``store`` (the desktop app does this before its first Qt
    import).

    The garbage collector pauses from here until the window has painted (``desktop.gc_pause``).
    """
    from desktop import deferred_imports, gc_pause

    gc_pause.pause()
    deferred_imports.defer()  # before peewee: the standard modules it imports and the start does not use
    for name in (*BEFORE_QT, *STORE_BEFORE_QT) if store else BEFORE_QT:
        importlib.import_module(name)


def before_qt(url: str | None) -> Look | None:
    """What the desktop app does before its first Qt import: the first look at the database ``url`` names (its lock
    and clean-exit mark, ``core/first_look.py``; None: no ``url``), then ``import_before_qt`` — without the store's
    modules when the look lets the window paint its first frame before they load (or when the database is not known
    yet: the one Settings → Database chose is read with Qt)."""
    from desktop.core import first_look

    found = first_look.look(url) if url is not None else None
    import_before_qt(store=found is not None and not found.ready)
    return found


def _run_gui(args: argparse.Namespace) -> int:
    from desktop.cli.common import recovery_key

    url = resolve_database_url(args.db, args.database_url)
    given = bool(args.db or args.database_url or os.environ.get(ENV_DATABASE_URL))
    found = before_qt(url if given else None)
    from desktop.gui.app import run

    remembered = None
    if not given:
        from desktop.core import first_look
        from desktop.gui.services.window_state import remembered_database_url  # lazy: the app's path only

        remembered = remembered_database_url()  # the team server chosen in Settings → Database
        found = first_look.look(remembered or url)
    return run(remembered or url, encrypt=False if args.no_encryption else None, recovery_key=recovery_key(args),
               remembered=remembered is not None, found=found)  # fmt: skip


def _parse(arguments: list[str]) -> argparse.Namespace:
    """The arguments; a plain ``rebound [--db …]`` (the desktop app) skips building the commands' parsers."""
    if not any(argument.startswith(("-h", "--h")) for argument in arguments):  # help, and its abbreviations
        args, rest = _parser(commands_too=False).parse_known_args(arguments)
        if not rest:
            return args
    return _parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else list(argv))
    handler = args.run if args.command else _run_gui
    from desktop import logs

    logs.configure(debug=args.debug)
    if not args.command:
        return _run(handler, args)
    from desktop.cli.common import VisibleText

    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleText(sys.stdout), VisibleText(sys.stderr)
    try:
        return _run(handler, args)
    finally:
        sys.stdout, sys.stderr = streams


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """The command, with every expected fault turned into its one line and exit code (spec/cli.md)."""
    try:
        return int(handler(args))
    except ReboundError as error:
        if args.debug:
            raise
        log.info("%s: %s (exit %d)", args.command, type(error).__name__, error.exit_code)
        _say(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        print("rebound: interrupted; nothing more was written", file=sys.stderr)
        return 130
    except Exception as error:  # an unexpected error: one line unless --debug
        if args.debug:
            raise
        from desktop.store.errors import classify, is_database_error  # lazy: the app's window may paint without it

        if is_database_error(error):  # a database or file-system fault no layer named: name it here
            problem = classify(error, _database_path(args))
            log.warning("%s: unnamed %s classified as %s", args.command, type(error).__name__, type(problem).__name__)
            _say(str(problem))
            return problem.exit_code
        log.error("%s: unexpected %s", args.command, type(error).__name__, exc_info=_trace_only(error))
        _say(f"unexpected error: {type(error).__name__} (run with --debug for details)")
        return 1
    finally:
        from desktop.store.database import close_database

        close_database()


def _say(message: str) -> None:
    from desktop.cli.common import one_line, shorten_quotes

    print(f"rebound: {one_line(shorten_quotes(message))}", file=sys.stderr)


def _database_path(args: argparse.Namespace) -> str | None:
    from desktop.config import sqlite_path

    try:
        path = sqlite_path(resolve_database_url(args.db, args.database_url))
    except ReboundError:
        return None
    return str(path) if path is not None else None


def _trace_only(error: BaseException) -> tuple[type[BaseException], BaseException, Any]:
    """The traceback of ``error`` without its message (which may quote data): for the log file."""
    try:
        blank = type(error)()
    except Exception:
        blank = RuntimeError(type(error).__name__)
    return type(error), blank, error.__traceback__

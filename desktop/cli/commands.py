"""The command table: every `rebound` command, in the order ``--help`` lists them, and its module.

A command module (``desktop/cli/cmd_<name>.py``) has ``HELP`` (one line for ``--help``),
``add_arguments(parser)`` and ``run(args) -> exit code``. Modules are imported only when the whole
parser is built (a command, ``--help`` or a mistake), never for a plain ``rebound``.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import Protocol, cast

COMMANDS: dict[str, str] = {
    "import": "cmd_import",
    "export": "cmd_export",
    "suggest": "cmd_suggest",
    "people": "cmd_people",
    "openings": "cmd_openings",
    "mail": "cmd_mail",
    "detections": "cmd_detections",
    "log": "cmd_log",
    "backup": "cmd_backup",
    "restore": "cmd_restore",
    "encrypt": "cmd_encrypt",
    "recovery-key": "cmd_recovery_key",
    "rotate-key": "cmd_rotate_key",
    "erase": "cmd_erase",
    "check": "cmd_check",
    "demo": "cmd_demo",
    "move-to": "cmd_move_to",
}
"""Command name → its module under ``desktop.cli``."""


class CommandModule(Protocol):
    HELP: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def command_module(name: str) -> CommandModule:
    """The module of the command ``name`` (imported now)."""
    return cast(CommandModule, importlib.import_module(f"desktop.cli.{COMMANDS[name]}"))

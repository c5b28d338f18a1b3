"""Logging, configured once: a rotating file in the platform's user log folder, ``--debug`` to stderr.

``configure(debug=…)`` is called by the entry points (the ``rebound`` command, the app); library code only
logs to ``logging.getLogger(__name__)``. Log lines never hold personal data — no names, e-mails, note text,
message bodies — only kinds of things, counts, error types and codes (the database's path is the user's own
choice of folder and appears in error messages anyway). ``REBOUND_LOG_DIR`` moves the folder (tests).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "rebound"
ENV_LOG_DIR = "REBOUND_LOG_DIR"
FILE_NAME = "rebound.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_configured: list[logging.Handler] = []


class _RotatingFile(logging.Handler):
    """The rotating log file, opened at the first record it is handed.

    ``logging.handlers`` (with ``pickle``, ``queue``, ``socket``) is imported only then: the desktop app's
    start logs nothing before its window has painted, so it does not pay for that module at all.
    """

    def __init__(self, path: Path, level: int) -> None:
        super().__init__(level)
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers  # lazy: see the class docstring

            self._file = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def log_dir() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / FILE_NAME


def configure(debug: bool = False) -> Path | None:
    """Set up the ``desktop`` logger once per process; returns the log file (None when it cannot be written).

    A log folder that cannot be created (read-only home, full disk) leaves file logging off: logging never
    stops Rebound from working.
    """
    root = logging.getLogger("desktop")
    for handler in _configured:
        root.removeHandler(handler)
        handler.close()
    _configured.clear()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.propagate = False
    path: Path | None = log_file()
    try:
        assert path is not None
        old = os.umask(0o077)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))  # owner-only, like the database
        finally:
            os.umask(old)
        handler = _RotatingFile(path, logging.DEBUG if debug else logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        _configured.append(handler)
    except OSError:
        path = None
    if debug:
        stream: logging.Handler = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("rebound %(levelname)s %(name)s: %(message)s"))
        stream.setLevel(logging.DEBUG)
        root.addHandler(stream)
        _configured.append(stream)
    return path


def shutdown() -> None:
    """Flush and close the handlers ``configure`` added (tests; the process end does it otherwise)."""
    root = logging.getLogger("desktop")
    for handler in _configured:
        handler.flush()
        root.removeHandler(handler)
        handler.close()
    _configured.clear()

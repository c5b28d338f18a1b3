"""Where things live: the database URL (precedence of spec/cli.md) and the user-data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlparse

import platformdirs

from desktop.errors import DatabaseProblem

APP_NAME = "Rebound"
APP_ID = "io.github.rebound.Rebound"  # the desktop entry's and the AppStream metainfo's id (resources/app/)
ENV_DATABASE_URL = "REBOUND_DATABASE_URL"
ENV_RECOVERY_KEY = "REBOUND_RECOVERY_KEY"  # opens an encrypted database whose key is not in the keyring


def data_dir() -> Path:
    """The platform's user-data folder for Rebound, created owner-only.

    A folder that cannot be created (no home folder, a read-only one, a home on a missing drive) is a
    DatabaseProblem naming it, with the way around it: the database somewhere else.
    """
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise DatabaseProblem(
            f"{path}: cannot create Rebound's data folder ({error.strerror or error}); "
            f"choose the database with --db PATH or ${ENV_DATABASE_URL}"
        ) from None
    return path


SQLITE_HEADER = b"SQLite format 3\x00"  # the first bytes of a plain SQLite file


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///path`` URL (None for other schemes)."""
    if urlparse(url).scheme != "sqlite":
        return None
    # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy spells them
    return Path(url[len("sqlite:///") :])


def default_database_path() -> Path:
    return data_dir() / "rebound.db"


def resolve_database_url(
    db_path: str | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """First match wins: --db PATH, --database-url URL, $REBOUND_DATABASE_URL, the default file."""
    env = os.environ if environ is None else environ
    if db_path:
        return f"sqlite:///{Path(db_path).expanduser().absolute()}"
    if database_url:
        return database_url
    if env.get(ENV_DATABASE_URL):
        return env[ENV_DATABASE_URL]
    return f"sqlite:///{default_database_path()}"

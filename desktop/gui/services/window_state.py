"""Where the interface keeps its own settings (window geometry, splitters): an INI file."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from desktop.config import APP_NAME

DATABASE_URL_KEY = "database/url"  # the team server chosen in Settings → Database (the app opens it at start)
LOCAL_URL_KEY = "database/local_url"  # the file the app worked on before it (where "Back to my local file" goes)


def settings_path() -> Path:
    """The INI file under the platform's config folder (XDG_CONFIG_HOME on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "gui.ini"


def gui_settings(path: Path | None = None) -> QSettings:
    """Settings in INI format at ``path`` (default: ``settings_path()``), never the registry."""
    target = path or settings_path()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QSettings(str(target), QSettings.Format.IniFormat)


def remembered_database_url(settings: QSettings | None = None) -> str | None:
    """The team server Settings → Database chose (None: the file); --db, --database-url and the environment win."""
    value = (settings if settings is not None else gui_settings()).value(DATABASE_URL_KEY)
    return value if isinstance(value, str) and value else None


def restore_window(window: QMainWindow, settings: QSettings, rows: int, default_row: int) -> int:
    """Give ``window`` its remembered geometry and layout; returns the page row the user had open last."""
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    return remembered_page(settings, rows, default_row)


def remembered_page(settings: QSettings, rows: int, default_row: int) -> int:
    """The page row the user had open last (``default_row`` when none of ``rows`` was remembered)."""
    page = settings.value("window/page")
    remembered = isinstance(page, str) and page.isdigit() and 0 <= int(page) < rows
    return int(page) if remembered else default_row


def save_window(window: QMainWindow, settings: QSettings, row: int) -> None:
    """Remember ``window``'s geometry, layout and page row (and write the file)."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/page", str(row))
    settings.sync()

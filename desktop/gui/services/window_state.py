"""Where the interface keeps its own settings (window geometry, splitters): an INI file."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from desktop.config import APP_NAME


def settings_path() -> Path:
    """The INI file under the platform's config folder (XDG_CONFIG_HOME on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "gui.ini"


def gui_settings(path: Path | None = None) -> QSettings:
    """Settings in INI format at ``path`` (default: ``settings_path()``), never the registry."""
    target = path or settings_path()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QSettings(str(target), QSettings.Format.IniFormat)

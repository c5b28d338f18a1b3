"""PyInstaller runtime hook of build.spec, in place of PyInstaller's own for PySide6 (pyi_rth_pyside6).

PyInstaller's hook imports PySide6.QtCore at the start of every run, to register a qt.conf that
PySide6 registers itself anyway. Rebound's headless commands never load Qt (a cron job or a script
should not pay for it, nor need Qt's libraries to load), so this hook only sets what the frozen Qt
needs to find its plugins, and Qt is loaded when the window is opened, as from the venv.
"""

import os
import sys


def _qt_paths() -> None:
    base = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
    windows = sys.platform.startswith("win")
    qt = os.path.join(base, "PySide6") if windows else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    if windows:  # Qt's DLLs and any OpenSSL collected beside them
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")


_qt_paths()

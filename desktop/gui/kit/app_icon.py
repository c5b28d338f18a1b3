"""The application's icon, given when a window first needs it rather than at ``QApplication``'s creation.

Building a ``QIcon`` from the SVG loads Qt's icon engine plugins (about 1 ms here, more where the
window system renders the icon as the window is shown), so the start gives it after the main
window's first paint, and before any dialog that opens before the window (a passphrase, a
message, the recovery key, a restore). Windows already open take it up when it is set.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop.paths import RESOURCES

ICON_FILE = RESOURCES / "app" / "rebound.svg"


def give_app_icon() -> None:
    """Set the application's window icon, once (nothing without an application)."""
    from PySide6.QtGui import QIcon  # lazy: PySide builds QIcon's Python type (and its enums) when it is named

    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(ICON_FILE)))

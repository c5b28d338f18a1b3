"""The tray notification: once a day, while Rebound runs, when suggestions are due.

Where the platform has no system tray (``QSystemTrayIcon.isSystemTrayAvailable()``), nothing is
shown and nothing else changes. The day of the last notification is kept in the interface settings
(``NOTIFIED_KEY``), so a restart the same day does not notify again. Time is a parameter: the
window passes its ``today``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.gui.kit.i18n import tr, tr_n

NOTIFIED_KEY = "tray/notified_on"
SHOWN_MS = 10_000


class DueNotifier(QObject):
    """``notified(text)`` when it told the user; ``clicked`` when the user clicked the tray icon."""

    notified = Signal(str)
    clicked = Signal()

    def __init__(self, settings: QSettings, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(tr("Rebound"))
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
            self.tray.messageClicked.connect(self.clicked)

    @property
    def available(self) -> bool:
        return self.tray is not None

    def notify_if_due(self, today: date, due: int) -> bool:
        """Tell the user ``due`` suggestions wait, unless already told on ``today`` or none are due."""
        tray = self.tray
        if tray is None or due <= 0 or self.settings.value(NOTIFIED_KEY) == today.isoformat():
            return False
        text = tr_n("%n suggestion is due today: see Today.", due, "%n suggestions are due today: see Today.")
        tray.show()
        tray.showMessage(tr("Rebound"), text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
        self.settings.setValue(NOTIFIED_KEY, today.isoformat())
        self.settings.sync()
        self.notified.emit(text)
        return True

"""What runs beside the window while it is open: the daily mail sync (Settings → Mail, opt-in), the tray's
once-a-day note of due suggestions, and a team server's change feed, with a banner while the server is away."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from desktop.gui.actions.shell import Shell
from desktop.gui.kit.banners import Banner, BannerArea
from desktop.gui.kit.i18n import tr
from desktop.gui.services.mail_sync import DailyMailSync
from desktop.gui.services.ops import Ops
from desktop.gui.services.session import Session

if TYPE_CHECKING:
    from desktop.gui.services.team_listener import TeamListener
    from desktop.gui.services.tray import DueNotifier

DUE_CHECK_MS = 60 * 60 * 1000  # a new day's suggestions are notified within the hour
SERVER_BANNER = "team-server"  # the team server cannot be reached (a TeamListener says when it is back)


class BackgroundHost(Shell, Protocol):
    ops: Ops
    banners: BannerArea
    session: Session
    team_listener: TeamListener | None


class Background(QObject):
    def __init__(self, host: BackgroundHost, show_today: Callable[[], None]) -> None:
        super().__init__(host.widget)
        self._host, self._show_today = host, show_today
        self.mail_sync = DailyMailSync(host.ops, host.day, host.widget)
        self.mail_sync.said.connect(host.show_message)
        self.notifier: DueNotifier | None = None  # the tray notification (services/tray.py), from the first count
        self.due = 0
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(DUE_CHECK_MS)
        self._due_timer.timeout.connect(self.notify_due)
        self.team_listener: TeamListener | None = None
        self.follow_database()
        host.session.reopened.connect(self.follow_database)  # Settings → Database switched to or from a server

    def follow_database(self) -> None:
        """Listen to the team server's change feed while one is open (none for a file)."""
        if not self._host.session.opened:  # the window painted first: asked again once the database is open
            return
        from desktop.store.models import DB, is_team  # lazy: a window may paint before the store loads

        if self.team_listener is not None and self.team_listener.db is DB.obj:
            return
        self.stop()
        self.team_listener = None
        self._host.banners.remove(SERVER_BANNER)
        if is_team(DB.obj):  # a team server: others' changes (the driver loads only for one)
            from desktop.gui.services.team_listener import TeamListener  # lazy: team mode only

            self.team_listener = TeamListener.for_open_database(self._host.ops, self._host.widget)
        if self.team_listener is not None:
            self.team_listener.lost.connect(self._server_lost)
            self.team_listener.back.connect(lambda: self._host.banners.remove(SERVER_BANNER))
        self._host.team_listener = self.team_listener

    def notify_due(self) -> bool:
        """The tray notification, once a day while suggestions are due (the hourly timer asks again)."""
        if self.notifier is None:  # made with the first count: no tray lookup before the window shows
            from desktop.gui.kit.app_icon import give_app_icon  # lazy: with the tray, after the first paint
            from desktop.gui.services.tray import DueNotifier  # lazy: after the first paint

            give_app_icon()  # the tray shows the application's icon
            window = self._host.widget
            self.notifier = DueNotifier(self._host.settings, window.windowIcon(), self)
            self.notifier.clicked.connect(self._from_tray)
            self._due_timer.start()
        return self.notifier.notify_if_due(self._host.day(), self.due)

    def _from_tray(self) -> None:
        window = self._host.widget
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self._show_today()

    def _server_lost(self, message: str) -> None:
        """The team server went away: say so above the pages (the edit on screen stays) until it is back."""
        if self._host.banners.named(SERVER_BANNER) is None:
            text = tr("The team server cannot be reached; Rebound reconnects by itself. Nothing you typed is lost.")
            self._host.banners.add(Banner(SERVER_BANNER, f"{text}\n{message}", closable=False))

    def stop(self) -> None:
        if self.team_listener is not None:
            self.team_listener.stop()

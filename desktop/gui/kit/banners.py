"""Messages across the top of the main window that stay until dealt with: a damaged database, a risky folder.

A banner never blocks: it says what is wrong in plain words (with the warning icon, never
colour alone), offers the one action that helps, and can be closed when it is only advice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.icons import icon
from desktop.gui.kit.widgets import SPACING, PlainLabel, alert_colour


class Banner(QFrame):
    """An icon, the message (plain text), an optional action button and, for advice, a close button."""

    action_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        name: str,
        text: str,
        action_text: str | None = None,
        *,
        warning: bool = True,
        closable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # lazy: the Qt namespace waits for the first paint (kit/qt_values.py)

        self.name = name
        self.setObjectName(f"banner-{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("warning", alert_colour(self) if warning else None).pixmap(20, 20))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = PlainLabel(text, self, selectable=True)
        self.label.setWordWrap(True)
        self.action_button = QPushButton(action_text or "", self)
        self.action_button.setVisible(bool(action_text))
        self.action_button.clicked.connect(self.action_requested)
        self.close_button = QPushButton(icon("dismiss"), "", self)
        self.close_button.setFlat(True)
        self.close_button.setToolTip(tr("Close this message"))
        self.close_button.setAccessibleName(tr("Close this message"))
        self.close_button.setVisible(closable)
        self.close_button.clicked.connect(self.close_banner)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        return self.label.text()

    def close_banner(self) -> None:
        self.hide()
        self.closed.emit()
        self.deleteLater()


class BannerArea(QWidget):
    """The column of banners above the pages; takes no room while it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self.hide()

    def add(self, banner: Banner) -> Banner:
        """Show ``banner`` (replacing one of the same name)."""
        self.remove(banner.name)
        banner.setParent(self)
        banner.closed.connect(self._update)
        self._layout.addWidget(banner)
        banner.show()
        self._update()
        return banner

    def remove(self, name: str) -> None:
        for banner in self.banners():
            if banner.name == name:
                self._layout.removeWidget(banner)
                banner.hide()
                banner.deleteLater()
        self._update()

    def named(self, name: str) -> Banner | None:
        """The banner of this name on screen (``find`` is QWidget's own: a widget by window id)."""
        return next((banner for banner in self.banners() if banner.name == name), None)

    def banners(self) -> list[Banner]:
        """The banners on screen, top to bottom."""
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        found = (item.widget() for item in items if item is not None)
        return [banner for banner in found if isinstance(banner, Banner) and not banner.isHidden()]

    def _update(self) -> None:
        self.setVisible(bool(self.banners()))

"""The one icon set (resources/icons), recoloured from the palette so light and dark themes both work."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.paths import RESOURCES

ICON_DIR = RESOURCES / "icons"
_RENDER_SIZE = 64
_cache: dict[tuple[str, str], QIcon] = {}


def _text_colour() -> QColor:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette().color(QPalette.ColorRole.WindowText)
    return QColor("black")


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` drawn in ``colour`` (default: the palette's text colour)."""
    tint = (colour or _text_colour()).name()
    key = (name, tint)
    if key in _cache:
        return _cache[key]
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", tint)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(_RENDER_SIZE, _RENDER_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, _RENDER_SIZE, _RENDER_SIZE))
    painter.end()
    result = QIcon(pixmap)
    _cache[key] = result
    return result


def kind_icon(kind: str) -> QIcon:
    """The icon of an interaction kind (vocab.INTERACTION_KINDS); the file is named after the kind."""
    return icon(kind)

"""The one icon set (resources/icons), drawn in the palette's text colour so light and dark schemes both work.

An icon is monochrome SVG (``currentColor``); ``icon(name)`` gives a QIcon whose engine tints it each
time it is painted: the window text colour of the application's palette at that moment (its disabled
colour for a disabled control), so a change of scheme (``kit/scheme.py``) recolours every icon on
screen without setting them again. ``icon(name, colour)`` draws it in a fixed colour.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.paths import RESOURCES

ICON_DIR = RESOURCES / "icons"
_RENDER_SIZE = 64
_cache: dict[tuple[str, str], QIcon] = {}
_svg: dict[str, str] = {}
_pixmaps: dict[tuple[str, str, int, int], QPixmap] = {}
_engines: list[QIconEngine] = []  # Python keeps the engines alive for as long as their icons live
# ``Qt.GlobalColor.transparent`` without the Qt namespace, which waits for the first paint (kit/qt_values.py)
TRANSPARENT = QColor(0, 0, 0, 0)


def _text_colour(mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        return app.palette().color(group, QPalette.ColorRole.WindowText)
    return QColor("black")


def _source(name: str) -> str | None:
    if name not in _svg:
        path = ICON_DIR / f"{name}.svg"
        if not path.is_file():
            return None
        _svg[name] = path.read_text(encoding="utf-8")
    return _svg[name]


def tinted_pixmap(name: str, tint: QColor, size: QSize) -> QPixmap:
    """The icon ``name`` drawn in ``tint`` at ``size`` (device pixels); cached."""
    key = (name, tint.name(QColor.NameFormat.HexArgb), size.width(), size.height())
    if key not in _pixmaps:
        pixmap = QPixmap(size)
        pixmap.fill(TRANSPARENT)
        svg = _source(name)
        if svg is not None and not size.isEmpty():
            renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", tint.name()).encode("utf-8")))
            painter = QPainter(pixmap)
            painter.setOpacity(tint.alphaF())
            renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
        _pixmaps[key] = pixmap
    return _pixmaps[key]


def device_scale(painter: QPainter) -> float:
    """Device pixels per logical pixel where ``painter`` draws: the screen's pixel ratio (and any zoom).

    Read from the painter's transform, not from ``painter.device()``: to hand the device to Python, PySide looks
    for its class among every QPaintDevice class, and builds 64 of them with 70 enum types at the first icon a
    window paints (about 7 ms of the first frame).
    """
    transform = painter.deviceTransform()
    return max(math.hypot(transform.m11(), transform.m12()), math.hypot(transform.m21(), transform.m22())) or 1.0


class PaletteIconEngine(QIconEngine):
    """Paints the SVG icon ``name`` in the palette's text colour of the moment (see the module's text)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = device_scale(painter)
        size = QSize(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)))
        pixmap = tinted_pixmap(self.name, _text_colour(mode), size)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        result = QPixmap(size)
        result.fill(TRANSPARENT)
        painter = QPainter(result)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return result

    def clone(self) -> QIconEngine:
        engine = PaletteIconEngine(self.name)
        _engines.append(engine)
        return engine

    def key(self) -> str:
        return "PaletteIconEngine"


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg``: in the palette's text colour, or always in ``colour``."""
    tint = colour.name() if colour is not None else "palette"
    key = (name, tint)
    if key in _cache:
        return _cache[key]
    if _source(name) is None:
        return QIcon()
    if colour is None:
        engine = PaletteIconEngine(name)
        _engines.append(engine)
        result = QIcon(engine)
    else:
        result = QIcon(tinted_pixmap(name, colour, QSize(_RENDER_SIZE, _RENDER_SIZE)))
    _cache[key] = result
    return result


def kind_icon(kind: str) -> QIcon:
    """The icon of an interaction kind (vocab.INTERACTION_KINDS); the file is named after the kind."""
    return icon(kind)

"""The palette icons are drawn at the resolution of the device they land on, read from the painter."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.gui.kit import icons


def _drawn_sizes(target: QPixmap, rect: QRect, zoom: float = 1.0) -> set[tuple[int, int]]:
    """The pixel sizes the icon "people" was rendered at to paint ``rect`` of ``target``."""
    icons._pixmaps.clear()
    target.fill(QColor(0, 0, 0, 0))
    painter = QPainter(target)
    painter.scale(zoom, zoom)
    icons.icon("people").paint(painter, rect)
    painter.end()
    return {(width, height) for (name, _tint, width, height) in icons._pixmaps if name == "people"}


def test_an_icon_is_rendered_at_the_device_pixels_of_a_sharp_screen_and_of_a_zoom(qapp: QApplication) -> None:
    plain = QPixmap(QSize(64, 64))
    assert _drawn_sizes(plain, QRect(0, 0, 16, 16)) == {(16, 16)}

    sharp = QPixmap(QSize(64, 64))
    sharp.setDevicePixelRatio(2.0)  # as a window on a 200 % screen paints
    assert _drawn_sizes(sharp, QRect(0, 0, 16, 16)) == {(32, 32)}

    sharp_and_zoomed = QPixmap(QSize(128, 128))
    sharp_and_zoomed.setDevicePixelRatio(1.5)
    assert _drawn_sizes(sharp_and_zoomed, QRect(0, 0, 16, 16), zoom=2.0) == {(48, 48)}


def test_the_icon_painted_fills_its_rectangle_on_a_sharp_device(qapp: QApplication) -> None:
    sharp = QPixmap(QSize(64, 64))
    sharp.setDevicePixelRatio(2.0)
    _drawn_sizes(sharp, QRect(0, 0, 16, 16))
    image = sharp.toImage()  # 64×64 device pixels; the icon covers the top-left 32×32 of them
    inside = sum(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
    outside = sum(image.pixelColor(x, y).alpha() > 0 for x in range(32, 64) for y in range(64))
    assert inside > 50 and outside == 0

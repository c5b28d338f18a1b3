"""Render the app icon resources/app/rebound.svg to the files packages need: ``python tools/render_app_icons.py``.

Writes into ``resources/app/``: ``icons/<N>x<N>/rebound.png`` for the freedesktop icon theme sizes
(the Linux tarball, the window icon), ``rebound.ico`` (Windows: Rebound.exe) and ``rebound.icns``
(macOS: Rebound.app), all drawn by Qt's SVG renderer offscreen, so building needs no image library.
Run it again after changing the SVG and commit the results.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP = Path(__file__).resolve().parent.parent / "resources" / "app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(APP / "rebound.svg"))
    if not renderer.isValid():
        print(f"{APP / 'rebound.svg'}: not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        target = APP / "icons" / f"{size}x{size}" / "rebound.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):
            print(f"{target}: cannot write", file=sys.stderr)
            return 1
    for name, size in (("rebound.ico", 256), ("rebound.icns", 512)):
        if not render(renderer, size).save(str(APP / name)):
            print(f"{APP / name}: cannot write", file=sys.stderr)
            return 1
    print(f"wrote {len(PNG_SIZES)} PNG sizes, rebound.ico and rebound.icns into {APP}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

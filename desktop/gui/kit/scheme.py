"""Light and dark: the interface follows the system's colour scheme, or the one chosen in Settings → About you.

The choice ("system", "light" or "dark") is kept in the interface settings (gui.ini, ``SCHEME_KEY``).
``apply_scheme`` gives the application the palette of that scheme — Qt's own light palette, or a dark
one built on the same roles — so every native widget follows, and with "system" it follows the
system's changes too (``QStyleHints.colorSchemeChanged``). The icons (``kit/icons.py``) are drawn in
the palette's text colour each time they are painted, so they stay visible in both.

The start does not ask Qt whether the system is dark: its answer is a ``Qt.ColorScheme``, and the Qt namespace waits
for the first paint (kit/qt_values.py). The start uses the answer of the last start (``SYSTEM_DARK_KEY``);
``check_system_scheme`` asks after the first paint, keeps the answer and applies it when it changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.gui.kit.i18n import tr_noop
from desktop.gui.kit.qt_values import COLOR_SCHEME_DARK, COLOR_SCHEME_LIGHT, COLOR_SCHEME_UNKNOWN, set_qt_property

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, Qt

SCHEME_KEY = "ui/scheme"
SYSTEM_DARK_KEY = "ui/system-dark"  # whether the system's scheme was dark at the last start ("true"/"false")
SYSTEM_SCHEME, LIGHT, DARK = "system", "light", "dark"
SCHEME_CHOICES = ((SYSTEM_SCHEME, tr_noop("As the system")), (LIGHT, tr_noop("Light")), (DARK, tr_noop("Dark")))
ACCENT = QColor("#2f7de1")  # the one accent colour (selection, links)

_SCHEMES = {LIGHT: COLOR_SCHEME_LIGHT, DARK: COLOR_SCHEME_DARK, SYSTEM_SCHEME: COLOR_SCHEME_UNKNOWN}
# "choice": the setting applied last; "connected": the system's changes are followed; "system": "dark" or "light", as
# the last ``apply_scheme`` took the system's scheme to be
_chosen: dict[str, str] = {}


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return int(app.styleHints().colorScheme().value) == COLOR_SCHEME_DARK


def dark_palette() -> QPalette:
    """A dark palette on the standard roles (as Fusion's dark look): light text on dark grey."""
    palette = QPalette()
    window, base, text, muted = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230), QColor(140, 140, 145)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor(38, 38, 41))
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(60, 60, 64))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, QColor(55, 55, 59))
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.BrightText, QColor(255, 120, 120))
        palette.setColor(group, QPalette.ColorRole.Light, QColor(75, 75, 80))
        palette.setColor(group, QPalette.ColorRole.Midlight, QColor(62, 62, 66))
        palette.setColor(group, QPalette.ColorRole.Mid, QColor(50, 50, 54))
        palette.setColor(group, QPalette.ColorRole.Dark, QColor(25, 25, 27))
        palette.setColor(group, QPalette.ColorRole.Shadow, QColor(0, 0, 0))
        palette.setColor(group, QPalette.ColorRole.Highlight, ACCENT)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        palette.setColor(group, QPalette.ColorRole.Link, QColor(110, 170, 255))
        palette.setColor(group, QPalette.ColorRole.LinkVisited, QColor(170, 140, 255))
    disabled = QPalette.ColorGroup.Disabled
    palette.setColor(disabled, QPalette.ColorRole.Window, window)
    palette.setColor(disabled, QPalette.ColorRole.Base, base)
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor(50, 50, 54))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(120, 120, 125))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor(70, 70, 75))
    return palette


def light_palette() -> QPalette:
    app = QApplication.instance()
    palette = app.style().standardPalette() if isinstance(app, QApplication) else QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, ACCENT)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    return palette


def apply_scheme(choice: str | None, system_dark: bool | None = None) -> str:
    """Give the application the palette of ``choice`` ("system", "light", "dark"); returns the scheme shown.

    ``system_dark``: whether the system's scheme is dark, when it is known without asking Qt (the start).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return LIGHT
    _chosen["choice"] = choice if choice in (LIGHT, DARK) else SYSTEM_SCHEME
    hints = app.styleHints()
    wanted = _SCHEMES[_chosen["choice"]]
    if wanted != COLOR_SCHEME_UNKNOWN or "connected" in _chosen:  # (the first "system" has nothing to undo)
        # native styles draw their frames to match (a no-op where unsupported); by number: see the module's text
        set_qt_property(hints, "colorScheme", wanted)
    if choice in (LIGHT, DARK):
        shown = str(choice)
        app.setPalette(dark_palette() if shown == DARK else light_palette())
    else:  # the platform's own palette; a dark one where the platform reports dark but gives a light palette
        _chosen["system"] = shown = DARK if (system_is_dark() if system_dark is None else system_dark) else LIGHT
        app.setPalette(QPalette())
        if shown == DARK and app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
            app.setPalette(dark_palette())
    if "connected" not in _chosen:  # with "system", a change of the system's scheme changes the palette
        app.styleHints().colorSchemeChanged.connect(_system_changed)
        _chosen["connected"] = "yes"
    return shown


def _system_changed(_scheme: Qt.ColorScheme) -> None:
    if _chosen.get("choice") == SYSTEM_SCHEME:
        apply_scheme(SYSTEM_SCHEME)


def remembered_system_dark(settings: QSettings) -> bool:
    """Whether the system's scheme was dark at the last start (light when never seen)."""
    return str(settings.value(SYSTEM_DARK_KEY, "false")).lower() == "true"


def check_system_scheme(settings: QSettings) -> None:
    """After the first paint: ask Qt whether the system is dark; keep the answer for the next start, and apply
    it when the start took it to be otherwise (the system's scheme changed between two starts)."""
    dark = system_is_dark()
    if remembered_system_dark(settings) != dark:
        settings.setValue(SYSTEM_DARK_KEY, "true" if dark else "false")
    if _chosen.get("choice") == SYSTEM_SCHEME and _chosen.get("system") != (DARK if dark else LIGHT):
        apply_scheme(SYSTEM_SCHEME, dark)

"""Light and dark: the palette follows the choice (or the system), and the icons stay visible in both."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from desktop.gui.kit.icons import icon
from desktop.gui.kit.scheme import DARK, LIGHT, SCHEME_KEY, SYSTEM_SCHEME, apply_scheme
from desktop.gui.main_window import MainWindow
from desktop.paths import RESOURCES

ICONS = sorted(path.stem for path in (RESOURCES / "icons").glob("*.svg"))


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def icon_colour(name: str, drawn: QIcon | None = None) -> QColor:
    """The colour of the icon's opaque pixels as drawn now (16 px, as in the menus)."""
    image = (drawn or icon(name)).pixmap(QSize(16, 16)).toImage()
    opaque = [image.pixelColor(x, y) for x in range(16) for y in range(16) if image.pixelColor(x, y).alpha() > 200]
    assert opaque, f"{name} draws nothing"
    return opaque[len(opaque) // 2]


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[None]:
    yield
    apply_scheme(SYSTEM_SCHEME)  # the next test gets the platform's palette again


@pytest.mark.usefixtures("scheme")
@pytest.mark.parametrize("choice", [LIGHT, DARK])
def test_every_icon_stands_out_from_the_window_in_light_and_dark(qapp: QApplication, choice: str) -> None:
    assert apply_scheme(choice) == choice
    window = qapp.palette().color(QPalette.ColorRole.Window)
    low = {name: round(contrast(icon_colour(name), window), 1) for name in ICONS}
    assert {name: ratio for name, ratio in low.items() if ratio < 4.5} == {}
    assert (window.lightness() < 128) == (choice == DARK)


@pytest.mark.usefixtures("scheme")
def test_an_icon_on_screen_takes_the_new_colours_without_being_set_again(qapp: QApplication) -> None:
    people = icon("people")  # as a button holds it
    apply_scheme(LIGHT)
    light = icon_colour("people", people)
    apply_scheme(DARK)
    dark = icon_colour("people", people)
    assert luminance(light) < 0.1 < 0.7 < luminance(dark)  # dark on light, then light on dark


@pytest.mark.usefixtures("scheme")
def test_the_choice_in_settings_is_kept_and_applied(make_window: Callable[..., MainWindow]) -> None:
    from desktop.gui.settings.dialog import PROFILE_TAB

    window = make_window()
    dialog = window.open_settings(PROFILE_TAB)
    tab = dialog.profile
    tab.scheme.setCurrentIndex(tab.scheme.findData(DARK))

    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert window.settings.value(SCHEME_KEY) == DARK
    tab.app_language.setCurrentIndex(tab.app_language.findData("de"))
    assert QSettings(window.settings.fileName(), QSettings.Format.IniFormat).value("ui/language") == "de"
    dialog.reject()

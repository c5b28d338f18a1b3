"""Qt's values by number (gui/kit/qt_values.py): each is Qt's own, and what the first frame sets by them takes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.gui.kit import qt_values
from desktop.gui.kit.widgets import PlainLabel, list_table


@pytest.mark.parametrize(
    ("number", "qt"),
    [
        (qt_values.DISPLAY_ROLE, Qt.ItemDataRole.DisplayRole),
        (qt_values.TOOL_TIP_ROLE, Qt.ItemDataRole.ToolTipRole),
        (qt_values.FOREGROUND_ROLE, Qt.ItemDataRole.ForegroundRole),
        (qt_values.USER_ROLE, Qt.ItemDataRole.UserRole),
        (qt_values.ALIGN_TOP, Qt.AlignmentFlag.AlignTop),
        (qt_values.ALIGN_CENTER, Qt.AlignmentFlag.AlignCenter),
        (qt_values.PLAIN_TEXT, Qt.TextFormat.PlainText),
        (qt_values.SELECTABLE_BY_MOUSE, Qt.TextInteractionFlag.TextSelectableByMouse),
        (qt_values.STRONG_FOCUS, Qt.FocusPolicy.StrongFocus),
        (qt_values.COLOR_SCHEME_UNKNOWN, Qt.ColorScheme.Unknown),
        (qt_values.COLOR_SCHEME_LIGHT, Qt.ColorScheme.Light),
        (qt_values.COLOR_SCHEME_DARK, Qt.ColorScheme.Dark),
    ],
    ids=lambda value: getattr(value, "name", None) or str(value),
)
def test_each_number_is_qts_own_value(number: int, qt: Any) -> None:
    assert number == qt.value


def test_a_property_set_by_number_is_the_enum_qt_reads_back(qtbot: Any) -> None:
    label = QLabel("<b>bold?</b>")
    qtbot.addWidget(label)

    qt_values.set_qt_property(label, "alignment", qt_values.ALIGN_CENTER)
    qt_values.set_qt_property(label, "textFormat", qt_values.PLAIN_TEXT)

    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_a_plain_label_shows_markup_as_typed(qtbot: Any) -> None:
    label = PlainLabel("<b>Ada</b> & <i>co</i>", selectable=True)
    qtbot.addWidget(label)

    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_property_qt_does_not_have_or_cannot_take_is_refused(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)

    with pytest.raises(ValueError, match="no property 'alignmnet'"):
        qt_values.set_qt_property(widget, "alignmnet", qt_values.ALIGN_TOP)
    with pytest.raises(ValueError, match="'focusPolicy' that takes 'strong'"):
        qt_values.set_qt_property(widget, "focusPolicy", "strong")


def test_shortcuts_set_by_text_work_and_the_first_is_the_menus(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    action = QAction("Keyboard shortcuts", window)

    qt_values.set_shortcuts(action, "Ctrl+?", "F1")

    assert action.shortcut() == QKeySequence("Ctrl+?")
    assert action.shortcuts() == [QKeySequence("Ctrl+?"), QKeySequence("F1")]
    with pytest.raises(ValueError, match=re.escape("not a shortcut: 'Ctrl+Banana'")):
        qt_values.set_shortcuts(action, "Ctrl+Banana")


class _Titled(QStandardItemModel):
    """A model whose own header titles differ from the ones given to the table."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        return f"model {section}" if role == qt_values.DISPLAY_ROLE else None


def test_a_table_with_titles_shows_them_and_keeps_the_models_for_the_rest(qtbot: Any) -> None:
    model = _Titled(3, 2)
    parent = QWidget()
    qtbot.addWidget(parent)

    table = list_table(model, parent, sortable=False, titles=("Name", "Company"))
    parent.show()
    qtbot.waitExposed(parent)

    header = table.horizontalHeader()
    assert [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())] == [
        "Name",
        "Company",
    ]
    assert not header.isHidden() and header.height() > 0 and table.verticalHeader().isHidden()
    assert table.model() is model and model.headerData(0, Qt.Orientation.Horizontal) == "model 0"
    assert table.model().index(2, 1, QModelIndex()).isValid()  # the rows are the model's


def test_the_system_scheme_seen_after_the_first_paint_is_kept_and_applied(
    qapp: QApplication, settings_file: Any
) -> None:
    from PySide6.QtGui import QPalette

    from desktop.gui.kit.scheme import (
        SYSTEM_DARK_KEY,
        SYSTEM_SCHEME,
        apply_scheme,
        check_system_scheme,
        remembered_system_dark,
        system_is_dark,
    )

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue(SYSTEM_DARK_KEY, "true")  # dark at the last start; this platform's system is not dark
    try:
        assert apply_scheme(SYSTEM_SCHEME, remembered_system_dark(settings)) == "dark"  # the start: Qt not asked
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128

        check_system_scheme(settings)  # after the first paint

        assert not system_is_dark()
        assert settings.value(SYSTEM_DARK_KEY) == "false" and not remembered_system_dark(settings)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128  # light, as the system is now
    finally:
        apply_scheme(SYSTEM_SCHEME)

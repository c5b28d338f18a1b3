"""What each screenshot shows, for the tests: its visible texts and the controls without an accessible name.

``tools/screenshots.py --report FILE`` writes, for each shot, the texts a user reads (labels, buttons, tabs,
menus, headers, list rows, tool tips, window titles, placeholder texts) and the controls a screen reader
could not name (Qt's accessible name of a button, field, list or tab bar is empty). The tests read it to
check a run in German for English words and every control for a name.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
            QTabBar)  # fmt: skip
ROWS = 40  # the rows of a list or table read per shot (the rest look the same)
TAGS = re.compile(r"<[^>]+>")


def shot_options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of the desktop app for review")
    parser.add_argument("outdir")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    parser.add_argument("--scheme", default="light", choices=("light", "dark"))
    parser.add_argument("--scale", default="", help="QT_SCALE_FACTOR, e.g. 1.5")
    parser.add_argument("--report", default="", help="write the texts and unnamed controls of each shot (JSON)")
    parser.add_argument("--translations", default="", help="the folder of the .qm files (resources/i18n)")
    return parser.parse_args(argv)


def _plain(text: str) -> str:
    return TAGS.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's own model keeps its column count private: one column
        columns = 1
    texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)]
    for row in range(min(model.rowCount(root), ROWS)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu() is not None:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                texts += _menu_texts(submenu)
    return texts


def visible_texts(top: QWidget) -> list[str]:
    """The texts of ``top`` and its visible children a user reads (rich text reduced to its words)."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())  # with its suffix ("45 days")
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().findChildren(QMenu):
            texts += _menu_texts(menu)
        texts.append(top.statusBar().currentMessage())
    return [plain for plain in (_plain(text) for text in texts) if plain]


def unnamed_controls(top: QWidget) -> list[str]:
    """The visible controls of ``top`` whose accessible name is empty: ``Class objectName (parent chain)``."""
    unnamed = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(top) or not widget.isEnabled():
            continue
        if isinstance(widget.parentWidget(), QLineEdit | QAbstractSpinBox):
            continue  # a part of a control (a line edit's clear button, a spin box's text): the control is named
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue  # not reached from the keyboard: a scroll area's inner view, a read-only display
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            chain: list[str] = []
            parent = widget.parentWidget()
            while parent is not None and len(chain) < 3:
                chain.append(type(parent).__name__)
                parent = parent.parentWidget()
            unnamed.append(f"{type(widget).__name__} {widget.objectName() or '-'} ({' < '.join(chain)})")
    return unnamed


@dataclass
class Report:
    shots: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def add(self, name: str, widget: QWidget) -> None:
        self.shots[name] = {"texts": visible_texts(widget), "unnamed": unnamed_controls(widget)}

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.shots, ensure_ascii=False, indent=1), encoding="utf-8")

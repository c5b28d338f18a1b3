"""Accessible names: every control a screen reader reaches says what it is.

Qt names a button by its text and a field by the label whose buddy it is. ``name_controls(top)``
fills the gaps once the widgets exist: a form row's label becomes its field's buddy (``QFormLayout``
sets that only for rows added with a text), and a field without a label is named by its placeholder
text or tool tip. A name given in the code is never replaced.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
            QTabBar)  # fmt: skip


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (Qt's, from its text, label or given name)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _label_form_rows(top: QWidget) -> None:
    for form in top.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            field_widget = field.widget() if field is not None else None
            if isinstance(label_widget, QLabel) and field_widget is not None and label_widget.buddy() is None:
                if label_widget.text().strip():
                    label_widget.setBuddy(field_widget)


def name_controls(top: QWidget) -> None:
    """Name the controls of ``top`` that have no accessible name yet (see the module's text)."""
    _label_form_rows(top)
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName() or accessible_name(widget):
            continue
        hint = ""
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            hint = widget.placeholderText()
        if not hint:
            hint = widget.toolTip()
        if hint:
            widget.setAccessibleName(hint)

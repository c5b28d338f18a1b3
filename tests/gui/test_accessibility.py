"""Accessibility basics: the Tab key walks a form in the order it is laid out, and every field is named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from desktop.gui.dialogs.form_dialog import FormDialog
from desktop.gui.kit.accessibility import accessible_name
from desktop.gui.main_window import MainWindow


def fields_in_rows(form: QFormLayout) -> list[QWidget]:
    """The fields of ``form`` that take the keyboard, top to bottom."""
    fields = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = item.widget() if item is not None else None
        parent = form.parentWidget()
        if widget is not None and parent is not None and widget.isVisibleTo(parent) and widget.focusPolicy().value & 1:
            fields.append(widget)
    return fields


def tab_order(dialog: QWidget, among: list[QWidget]) -> list[QWidget]:
    """The widgets of ``among`` in the order the Tab key reaches them, from the first."""
    order: list[QWidget] = []
    widget: QWidget | None = among[0]
    for _ in range(500):
        if widget is None:
            break
        proxy = widget.focusProxy() or widget
        if proxy in among and proxy not in order:
            order.append(proxy)
        widget = widget.nextInFocusChain()
        if widget is among[0]:
            break
    return order


def dialogs(window: MainWindow) -> dict[str, FormDialog]:
    page = window.people.person_page
    opened = {
        "log rejection": window.log_rejection(),
        "new person": window.new_person(),
        "add opening": window.add_opening(),
        "add note": page.add_note(),
        "log interaction": page.log_interaction(),
    }
    return {name: dialog for name, dialog in opened.items() if isinstance(dialog, FormDialog)}


def test_tab_follows_the_rows_of_each_form_and_every_field_has_a_name(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    tom = person("Tom Weber")
    window = make_window()
    window.open_person(tom)
    checked = []
    for name, dialog in dialogs(window).items():
        qtbot.waitExposed(dialog)
        fields = fields_in_rows(dialog.form)
        assert len(fields) >= 2, name
        assert tab_order(dialog, fields) == fields, name
        assert {field.objectName() or type(field).__name__: accessible_name(field) for field in fields
                if not accessible_name(field)} == {}, name  # fmt: skip
        checked.append(name)
        dialog.reject()
    assert checked == ["log rejection", "new person", "add opening", "add note", "log interaction"]

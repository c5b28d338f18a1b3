"""Ctrl+K: the command palette — find a person, a company, an opening, a note or a command, and go there or do it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.gui.actions.shell import Shell

if TYPE_CHECKING:
    from desktop.gui.palette.dialog import CommandPalette, Entry


def open_palette(shell: Shell) -> CommandPalette:
    # lazy: the palette loads when first opened
    from desktop.gui.palette.dialog import CommandPalette

    window = shell.widget
    palette = CommandPalette(window.actions(), shell.settings, window)
    palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    palette.chosen.connect(lambda entry: chosen(shell, palette, entry))
    palette.open()
    return palette


def chosen(shell: Shell, palette: CommandPalette, entry: Entry) -> None:
    if entry.kind == "command":
        action = palette.action_of(entry)
        if action is not None:
            action.trigger()
    elif entry.kind in ("person", "interaction") and entry.person_id is not None:
        shell.open_person(entry.person_id)
    elif entry.kind == "opening":
        shell.show_page(shell.openings)
        shell.openings.select(entry.id)
    elif entry.kind == "company":  # the people there (the company page comes with the Companies page)
        shell.show_page(shell.people)
        shell.people.search_box.setText(entry.title)
        shell.people.apply_search()

"""Edit → Possible duplicates…: merge people who are one person twice (with Undo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.actions.shell import Shell

if TYPE_CHECKING:
    from desktop.gui.duplicates.dialog import DuplicatesDialog


def open_duplicates(shell: Shell) -> DuplicatesDialog:
    # lazy: the dialog loads when first opened
    from desktop.gui.duplicates.dialog import DuplicatesDialog

    def may_change_people(person_ids: set[int]) -> bool:
        """Before a merge or its undo: unsaved edits of one of these people are saved or discarded first."""
        return shell.people.open_person_id not in person_ids or shell.people.confirm_leave()

    dialog = DuplicatesDialog(shell.runner, shell.keeper.ops, may_change_people, shell.widget)
    dialog.changed.connect(lambda keep, drop: _merged(shell, keep, drop))
    dialog.crashed.connect(shell.show_error_report)
    shell.open_dialog(dialog)
    return dialog


def _merged(shell: Shell, keep: int, drop: int) -> None:
    if shell.people.open_person_id in (keep, drop):
        shell.people.person_page.show_person(keep)  # the merged one (after an undo: as they were)
    # the merge's (or undo's) own Changes are broadcast by the write path after this

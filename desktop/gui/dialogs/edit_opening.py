"""Edit an opening (its title, company, posting, keywords, date, and whether it is a role I fill), saved against the
version it showed: when someone else saved the opening since, both versions are shown side by side
(``dialogs/edit_conflict.py``) and the choice is saved against theirs. Nothing typed is lost."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.openings import OpeningView, update_opening
from desktop.errors import EditConflict
from desktop.gui.dialogs.add_opening import AddOpeningDialog
from desktop.gui.dialogs.edit_conflict import (
    Conflicted,
    EditConflictDialog,
    FieldVersions,
    Resolution,
    saved_or_conflicted,
    who_and_when,
)
from desktop.gui.kit.formatting import format_date, split_words
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.widgets import from_qdate, to_qdate
from desktop.gui.services.ops import Ops

LABELS = {"title": tr("Title"), "company": tr("Company"), "url": tr("URL"), "keywords": tr("Keywords"),
          "discovered_on": tr("Discovered"), "mine": tr("A role I am filling")}  # fmt: skip


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        value = ", ".join(value)
    return str(value) if value else "—"


class EditOpeningDialog(AddOpeningDialog):
    edited = Signal(int)  # the opening's id, once saved

    def __init__(self, opening: OpeningView, companies: list[str], today: date, parent: QWidget | None = None,
                 ops: Ops | None = None) -> None:  # fmt: skip
        super().__init__(companies, today, parent, ops)
        self.setWindowTitle(tr("Edit opening"))
        self.ok_button.setText(tr("Save"))
        self.today = today
        self.conflict: EditConflictDialog | None = None  # both versions side by side, while it is open
        self.show_values(opening)

    def show_values(self, opening: OpeningView) -> None:
        """Show ``opening`` as stored: the base the next save compares with, and the version it is saved against."""
        self.opening = opening
        self._fill({"title": opening.title, "company": opening.company, "url": opening.url or "",
                    "keywords": opening.keywords, "discovered_on": opening.discovered_on or self.today,
                    "mine": opening.mine})  # fmt: skip
        self.base = self.values()

    def _fill(self, values: dict[str, Any]) -> None:
        self.title.setText(values["title"])
        self.company.setText(values["company"])
        self.url.setText(values["url"] or "")
        self.keywords.setText(", ".join(values["keywords"]))
        self.discovered.setDate(to_qdate(values["discovered_on"]))
        self.mine.setChecked(bool(values["mine"]))

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text().strip(), "company": self.company.text().strip(),
                "url": self.url.text().strip(), "keywords": split_words(self.keywords.text()),
                "discovered_on": from_qdate(self.discovered.date()), "mine": self.mine.isChecked()}  # fmt: skip

    def changes(self) -> dict[str, Any]:
        return {name: value for name, value in self.values().items() if value != self.base[name]}

    def accept(self) -> None:
        """Save what changed on the database executor; the dialog closes when it is saved (or nothing changed)."""
        if self.writing:
            return
        changes = self.changes()
        if not changes:
            QDialog.accept(self)
            return
        opening_id, version = self.opening.id, self.opening.version

        write = saved_or_conflicted(lambda: update_opening(opening_id, changes, expected_version=version))

        def done(result: object) -> None:
            self.writing = False
            self.ok_button.setEnabled(True)
            if isinstance(result, Conflicted):
                self.show_conflict(result.error)
                return
            self.error.clear()
            self.edited.emit(opening_id)
            QDialog.accept(self)

        self.writing = True
        self.ok_button.setEnabled(False)
        self.ops.run(write, done, self._not_written)

    def show_conflict(self, conflict: EditConflict) -> EditConflictDialog | None:
        theirs = conflict.theirs
        if not isinstance(theirs, OpeningView):
            self.show_error(str(conflict))
            return None
        mine, changed = self.values(), set(self.changes())
        self.show_values(theirs)
        stored = self.values()
        differing = [name for name in LABELS if name in changed and mine[name] != stored[name]]
        self._fill({**stored, **{name: mine[name] for name in differing}})  # what was typed stays on screen
        if not differing:  # they saved just what I typed
            return None
        who = who_and_when(theirs.changed_by, theirs.changed_at)
        self.error.show_message(tr("{who} Compare both versions.").format(who=who))
        fields = [FieldVersions(name, LABELS[name], _shown(mine[name]), _shown(stored[name])) for name in differing]
        dialog = EditConflictDialog(theirs.title, who, fields, self)
        dialog.finished.connect(lambda _result: self._resolved(dialog, stored, mine))
        self.conflict = dialog
        dialog.open()
        return dialog

    def _resolved(self, dialog: EditConflictDialog, stored: dict[str, Any], mine: dict[str, Any]) -> None:
        self.conflict = None
        if dialog.resolution is Resolution.LATER:
            return  # what was typed stays, unsaved; Save compares again
        keep = dialog.chosen()
        self._fill({**stored, **{name: mine[name] for name in keep}})
        self.error.clear()
        if keep:
            self.accept()

"""File → Import… (or a file dropped on the window): the import wizard, and what follows an import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.changes import EVERYTHING
from desktop.gui.actions.jobs import STATUS_MS
from desktop.gui.actions.shell import Shell
from desktop.gui.kit.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from desktop.gui.importing.wizard import ImportWizard


def open_import_wizard(shell: Shell, path: Path | None = None) -> ImportWizard:
    """The wizard, window-modal; given a dropped file it opens on that file's preview."""
    # lazy: the wizard loads when first opened
    from desktop.gui.importing.wizard import ImportWizard

    wizard = ImportWizard(shell.runner, shell.settings, shell.clock, shell.widget)
    wizard.imported.connect(lambda summary: _imported(shell, summary))
    wizard.crashed.connect(shell.show_error_report)
    shell.open_dialog(wizard)
    if path is not None:
        wizard.open_path(path)
    return wizard


def _imported(shell: Shell, summary: Any) -> None:
    """Said in the status bar in people and messages, with "Show them" (the People page) when people came in."""
    shell.keeper.ops.broadcast(EVERYTHING)  # every page reads again; a new engine is built in a worker
    text = tr("Import finished: {sentence}.").format(sentence=summary.sentence())
    if summary.new_people or summary.people_updated:
        shell.jobs.offer(text, tr("Show them"), lambda: shell.show_page(shell.people), STATUS_MS * 2)
    else:
        shell.show_message(text)


def dropped_file(shell: Shell, mime: QMimeData) -> Path | None:
    """The file a drop on the window would import (None: not one, or other work runs)."""
    # lazy: the wizard loads when first used
    from desktop.gui.importing.reading import dropped_path

    return None if shell.jobs.busy else dropped_path(mime)

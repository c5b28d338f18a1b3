"""Help → Keyboard shortcuts (F1) and About Rebound (version, licence, the data folder)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.gui.actions.shell import Shell


def show_shortcuts(shell: Shell) -> QDialog:
    # lazy: dialogs load when first opened
    from desktop.gui.dialogs.about import ShortcutsDialog

    dialog = ShortcutsDialog(shell.widget.actions(), shell.widget)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(shell: Shell) -> QDialog:
    # lazy: dialogs load when first opened
    from desktop.config import data_dir
    from desktop.gui.dialogs.about import AboutDialog

    dialog = AboutDialog(str(data_dir()), shell.widget)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

"""Edit → Settings…: the settings dialog (rules, templates, mail, privacy), window-modal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.actions.shell import Shell

if TYPE_CHECKING:
    from desktop.gui.settings.dialog import SettingsDialog


def open_settings(shell: Shell, tab: int = 0) -> SettingsDialog:
    # lazy: the dialog loads when first opened
    from desktop.gui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(shell.keeper, shell.widget, session=shell.session, ui_settings=shell.settings)
    dialog.tabs.setCurrentIndex(tab)
    dialog.message.connect(shell.show_message)
    shell.open_dialog(dialog)
    return dialog


def open_mail_settings(shell: Shell) -> SettingsDialog:
    # lazy: the dialog loads when first opened
    from desktop.gui.settings.dialog import MAIL_TAB

    return open_settings(shell, MAIL_TAB)

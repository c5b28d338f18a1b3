"""The menus' verbs as methods of the window (``MainWindow`` mixes this in): each hands the window, a ``Shell``,
to its flow in ``desktop.gui.actions`` — one module per flow, the window only says which."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.gui.actions import export, importing
from desktop.gui.actions.export import ExportKind
from desktop.gui.actions.shell import Shell

if TYPE_CHECKING:  # (a Qt class named at import is built then: QDialog only with the first dialog)
    from PySide6.QtWidgets import QDialog

    from desktop.gui.dialogs.log_rejection import LogRejectionDialog
    from desktop.gui.duplicates.dialog import DuplicatesDialog
    from desktop.gui.importing.wizard import ImportWizard
    from desktop.gui.palette.dialog import CommandPalette
    from desktop.gui.services.workers import Task
    from desktop.gui.settings.dialog import SettingsDialog


class MenuFlows:
    def show_shortcuts(self: Shell) -> QDialog:
        from desktop.gui.actions import help  # lazy: its flow loads when first used

        return help.show_shortcuts(self)

    def show_about(self: Shell) -> QDialog:
        from desktop.gui.actions import help  # lazy: its flow loads when first used

        return help.show_about(self)

    def open_palette(self: Shell) -> CommandPalette:
        from desktop.gui.actions import palette  # lazy: its flow loads when first used

        return palette.open_palette(self)

    def log_rejection(self: Shell) -> LogRejectionDialog:
        from desktop.gui.actions import rejection  # lazy: its flow loads when first used

        return rejection.log_rejection(self)

    def new_person(self: Shell) -> QDialog:
        from desktop.gui.actions import rejection  # lazy: its flow loads when first used

        return rejection.new_person(self)

    def add_opening(self: Shell) -> QDialog:
        self.show_page(self.openings)
        return self.openings.add_opening()

    def open_settings(self: Shell, tab: int = 0) -> SettingsDialog:
        from desktop.gui.actions import settings  # lazy: its flow loads when first used

        return settings.open_settings(self, tab)

    def open_about_you(self: Shell) -> SettingsDialog:
        """Settings → About you (the first step on an empty database; skippable)."""
        from desktop.gui.actions import settings  # lazy: its flow loads when first used
        from desktop.gui.settings.dialog import PROFILE_TAB  # lazy: the settings dialog loads when first opened

        return settings.open_settings(self, PROFILE_TAB)

    def open_mail_settings(self: Shell) -> SettingsDialog:
        from desktop.gui.actions import settings  # lazy: its flow loads when first used

        return settings.open_mail_settings(self)

    def open_import_wizard(self: Shell, path: Path | None = None) -> ImportWizard:
        return importing.open_import_wizard(self, path)

    def export(self: Shell, kind: ExportKind) -> Task | None:
        return export.export(self, kind)

    def export_person(self: Shell) -> Task | None:
        return export.export_person(self)

    def open_duplicates(self: Shell) -> DuplicatesDialog:
        from desktop.gui.actions import duplicates  # lazy: its flow loads when first used

        return duplicates.open_duplicates(self)

    def load_demo(self: Shell) -> Task:
        from desktop.gui.actions import demo  # lazy: its flow loads when first used

        return demo.load_demo(self)

    def load_recruiter_demo(self: Shell) -> Task:
        """The recruiter's demo: silver-medalist candidates to re-engage for the roles being filled."""
        from desktop.gui.actions import demo  # lazy: its flow loads when first used

        return demo.load_demo(self, recruiter=True)

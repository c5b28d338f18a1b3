"""Person → Log rejection…: a job process ended in "no"; Today then suggests the reply."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.companies import company_names
from desktop.gui.actions.shell import Shell
from desktop.gui.kit.i18n import tr

if TYPE_CHECKING:
    from desktop.gui.dialogs.log_rejection import LogRejectionDialog, RejectionLogged
    from desktop.gui.dialogs.new_person import NewPersonDialog


def log_rejection(shell: Shell) -> LogRejectionDialog:
    # lazy: the dialog loads when first opened
    from desktop.gui.dialogs.log_rejection import LogRejectionDialog, PersonChoice

    facts = shell.keeper.facts
    people = [] if facts is None else [PersonChoice(p.id, p.name, p.company, p.title) for p in facts.people.values()]
    dialog = LogRejectionDialog(people, company_names(), shell.clock(), shell.widget, shell.keeper.ops)
    dialog.logged.connect(lambda result: _logged(shell, result))
    shell.open_dialog(dialog)
    return dialog


def _logged(shell: Shell, result: RejectionLogged) -> None:
    # written on the database executor; its broadcast follows and re-plans
    shell.today.focus_person(result.person_id)  # their card now (or as soon as the plan shows it)
    shell.show_page(shell.today)
    added = tr(" {person_name} was added to Rebound.").format(person_name=result.person_name) if result.created else ""
    shell.show_message(tr("Rejection logged.{added} Today suggests the reply.").format(added=added))


def new_person(shell: Shell) -> NewPersonDialog:
    """Person → New person…: added, then shown on their page."""
    # lazy: the dialog loads when first opened
    from desktop.gui.dialogs.new_person import NewPersonDialog

    dialog = NewPersonDialog(shell.widget, shell.keeper.ops)
    dialog.created.connect(lambda person_id, name: _created(shell, person_id, name))
    shell.open_dialog(dialog)
    return dialog


def _created(shell: Shell, person_id: int, name: str) -> None:
    # written on the database executor; its broadcast (naming them) follows
    shell.open_person(person_id)
    shell.show_message(tr("{name} was added to Rebound.").format(name=name))

"""Two desktops save the same person: the second save shows both versions side by side, field by field, with who
saved and when; keeping theirs, overwriting with mine or a choice per field is saved against their version (a
third save in between is caught again), and nothing typed is lost. Against the real PostgreSQL the tests start,
a colleague being a role of their own on it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt

from desktop.core.openings import add_opening, get_opening
from desktop.core.people import get_person
from desktop.gui.dialogs.edit_conflict import EditConflictDialog
from desktop.gui.dialogs.edit_opening import EditOpeningDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.people.person_form import PersonForm
from tests import pg_server
from tests.gui.conftest import wait_for_plan

COLLEAGUE = "ana_conflict"


def colleague(pg_url: str) -> Callable[[str, list[Any]], None]:
    """Statements run as another team member (a role of their own, as on a real team server)."""
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"DO $$ BEGIN CREATE ROLE {COLLEAGUE} LOGIN PASSWORD 'ana-secret'; "
                      "EXCEPTION WHEN duplicate_object THEN NULL; END $$")  # fmt: skip
        admin.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {COLLEAGUE}")
    address = pg_url.rsplit("@", 1)[1]

    def run(sql: str, params: list[Any]) -> None:
        with psycopg.connect(f"postgresql://{COLLEAGUE}:ana-secret@{address}", autocommit=True) as conn:
            conn.execute(sql, params)

    return run


def edit_form(qtbot: Any, window: MainWindow, person_id: int) -> PersonForm:
    window.people.show_person(person_id)
    form = window.people.person_page.form
    assert form.person_id == person_id
    return form


def conflict_of(qtbot: Any, form: PersonForm) -> EditConflictDialog:
    qtbot.waitUntil(lambda: form.conflict is not None and form.conflict.isVisible(), timeout=10_000)
    assert form.conflict is not None
    return form.conflict


def settle(qtbot: Any, window: MainWindow) -> None:
    """The re-plans the changes started are done before the database goes."""
    qtbot.waitUntil(lambda: not window.session.others_busy(), timeout=10_000)
    wait_for_plan(qtbot, window)
    window.runner.wait()


def rows(dialog: EditConflictDialog) -> dict[str, tuple[str, str]]:
    return {field.name: (field.mine, field.theirs) for field in dialog.fields}


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_colleagues_save_meanwhile_shows_both_versions_and_a_choice_per_field_is_saved(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int], pg_url: str, backend: str
) -> None:
    as_ana = colleague(pg_url)
    tom = person("Tom Weber", title="Recruiter", email="tom@example.org", location="Berlin")
    window = make_window()
    form = edit_form(qtbot, window, tom)
    form.lines["title"].setText("Head of Talent")
    form.lines["location"].setText("Hamburg")
    form.lines["phone"].setText("+49 30 1234")
    as_ana("UPDATE person SET title = 'Talent Lead', location = 'Munich', email = 'tom.weber@example.org' "
           "WHERE id = %s", [tom])  # fmt: skip

    form.save()
    dialog = conflict_of(qtbot, form)
    assert rows(dialog) == {
        "title": ("Head of Talent", "Talent Lead"),
        "phone": ("+49 30 1234", "—"),
        "location": ("Hamburg", "Munich"),
    }
    assert f"{COLLEAGUE} saved it on " in form.error.message()
    assert form.is_dirty() and form.lines["title"].text() == "Head of Talent"  # nothing typed is lost
    assert get_person(tom).title == "Talent Lead"  # and nothing of theirs was overwritten

    dialog.theirs_buttons["location"].setChecked(True)
    dialog.choice_button.click()
    qtbot.waitUntil(lambda: form.conflict is None and not form.is_dirty() and get_person(tom).title == "Head of Talent")
    window.ops.wait()
    saved = get_person(tom)
    assert (saved.title, saved.phone, saved.location, saved.email) == (
        "Head of Talent", "+49 30 1234", "Munich", "tom.weber@example.org")  # fmt: skip
    assert saved.changed_by == pg_server.SUPERUSER
    qtbot.waitUntil(lambda: not form.is_dirty() and form.lines["location"].text() == "Munich")
    assert form.lines["email"].text() == "tom.weber@example.org"
    settle(qtbot, window)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_second_save_by_the_colleague_while_choosing_shows_the_conflict_again(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int], pg_url: str, backend: str
) -> None:
    as_ana = colleague(pg_url)
    tom = person("Tom Weber", title="Recruiter")
    window = make_window()
    form = edit_form(qtbot, window, tom)
    form.lines["title"].setText("Head of Talent")
    as_ana("UPDATE person SET title = 'Talent Lead' WHERE id = %s", [tom])
    form.save()
    first = conflict_of(qtbot, form)
    assert rows(first) == {"title": ("Head of Talent", "Talent Lead")}

    as_ana("UPDATE person SET title = 'Chief People Officer' WHERE id = %s", [tom])  # while I choose
    first.mine_button.click()  # overwrite with mine: saved against the version shown, which is gone
    second = conflict_of(qtbot, form)
    assert second is not first
    assert rows(second) == {"title": ("Head of Talent", "Chief People Officer")}
    assert get_person(tom).title == "Chief People Officer"

    second.mine_button.click()
    qtbot.waitUntil(lambda: get_person(tom).title == "Head of Talent")
    window.ops.wait()
    assert form.conflict is None
    settle(qtbot, window)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_keep_theirs_shows_their_version_and_decide_later_keeps_what_was_typed(
    qtbot: Any, make_window: Callable[..., MainWindow], person: Callable[..., int], pg_url: str, backend: str
) -> None:
    as_ana = colleague(pg_url)
    tom = person("Tom Weber", title="Recruiter", notes="Met at the meetup")
    window = make_window()
    form = edit_form(qtbot, window, tom)
    form.notes.setPlainText("Met at the meetup. Wants a remote role.")
    as_ana("UPDATE person SET notes = 'Met at the meetup. Prefers Berlin.' WHERE id = %s", [tom])

    form.save()
    dialog = conflict_of(qtbot, form)
    assert rows(dialog) == {"notes": ("Met at the meetup. Wants a remote role.", "Met at the meetup. Prefers Berlin.")}
    dialog.later_button.click()
    assert form.conflict is None
    assert form.is_dirty() and form.notes.toPlainText() == "Met at the meetup. Wants a remote role."
    assert get_person(tom).notes == "Met at the meetup. Prefers Berlin."

    form.save()  # again: the conflict is still there, shown again
    dialog = conflict_of(qtbot, form)
    dialog.theirs_button.click()
    assert not form.is_dirty() and form.notes.toPlainText() == "Met at the meetup. Prefers Berlin."
    assert get_person(tom).notes == "Met at the meetup. Prefers Berlin."
    settle(qtbot, window)


def edit_dialog(qtbot: Any, window: MainWindow, opening_id: int) -> EditOpeningDialog:
    page = window.openings
    window.show_page(page)
    assert page.select(opening_id)
    qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, EditOpeningDialog)
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("backend", ["postgresql"])
def test_an_opening_edited_on_two_desktops_shows_both_versions_in_the_opening_editor(
    qtbot: Any, make_window: Callable[..., MainWindow], pg_url: str, backend: str
) -> None:
    as_ana = colleague(pg_url)
    oid = add_opening("Acme GmbH", "Data Analyst", date(2026, 2, 20), url="https://acme.example/jobs/1",
                      keywords=["sql"]).value  # fmt: skip
    window = make_window()
    wait_for_plan(qtbot, window)
    dialog = edit_dialog(qtbot, window, oid)
    assert (dialog.title.text(), dialog.company.text(), dialog.keywords.text()) == ("Data Analyst", "Acme GmbH", "sql")
    dialog.title.setText("Senior Data Analyst")
    dialog.keywords.setText("sql, python")
    as_ana("UPDATE opening SET title = 'Lead Data Analyst', url = 'https://acme.example/jobs/2' WHERE id = %s", [oid])

    dialog.accept()
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible(), timeout=10_000)
    conflict = dialog.conflict
    assert conflict is not None
    assert rows(conflict) == {"title": ("Senior Data Analyst", "Lead Data Analyst"), "keywords": ("sql, python", "sql")}
    assert f"{COLLEAGUE} saved it on " in dialog.error.message()
    assert dialog.title.text() == "Senior Data Analyst" and dialog.isVisible()  # nothing typed is lost
    assert dialog.url.text() == "https://acme.example/jobs/2"  # what they changed and I did not: theirs

    conflict.theirs_buttons["title"].setChecked(True)
    with qtbot.waitSignal(dialog.edited, timeout=10_000):
        conflict.choice_button.click()
    saved = get_opening(oid)
    assert (saved.title, saved.url, saved.keywords) == ("Lead Data Analyst", "https://acme.example/jobs/2",
                                                        ["sql", "python"])  # fmt: skip
    assert saved.changed_by == pg_server.SUPERUSER
    settle(qtbot, window)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_closing_an_opening_a_colleague_saved_meanwhile_says_so_and_changes_nothing(
    qtbot: Any, make_window: Callable[..., MainWindow], pg_url: str, backend: str
) -> None:
    as_ana = colleague(pg_url)
    oid = add_opening("Acme GmbH", "Data Analyst", date(2026, 2, 20)).value
    window = make_window()
    wait_for_plan(qtbot, window)
    page = window.openings
    window.show_page(page)
    assert page.select(oid)
    if window.team_listener is not None:
        window.team_listener.stop()  # the race of a save with the news of another: not heard of yet
    as_ana("UPDATE opening SET title = 'Lead Data Analyst' WHERE id = %s", [oid])
    qtbot.mouseClick(page.detail.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.error.message() != "", timeout=10_000)
    assert page.detail.error.message().startswith(f"Opening {oid} was changed by {COLLEAGUE} after you opened it")
    assert get_opening(oid).status == "open"
    settle(qtbot, window)


def test_editing_an_opening_saves_it_and_the_list_shows_it(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    oid = add_opening("Acme GmbH", "Data Analyst", date(2026, 2, 20)).value
    window = make_window()
    wait_for_plan(qtbot, window)
    dialog = edit_dialog(qtbot, window, oid)
    dialog.company.setText("Globex AG")
    dialog.url.setText("ftp://nope")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error.message() != "")
    assert dialog.error.message() == "The URL 'ftp://nope' must start with http:// or https://."
    assert get_opening(oid).company == "Acme GmbH"  # nothing saved
    dialog.url.setText("https://globex.example/jobs/7")
    with qtbot.waitSignal(dialog.edited, timeout=10_000):
        dialog.accept()
    saved = get_opening(oid)
    assert (saved.company, saved.url, saved.version) == ("Globex AG", "https://globex.example/jobs/7", 2)
    qtbot.waitUntil(lambda: window.openings.detail.facts.text().startswith("Globex AG"))
    settle(qtbot, window)

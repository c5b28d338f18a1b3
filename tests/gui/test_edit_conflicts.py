"""Two desktops save the same person: the second save shows both versions side by side, field by field, with who
saved and when; keeping theirs, overwriting with mine or a choice per field is saved against their version (a
third save in between is caught again), and nothing typed is lost. Against the real PostgreSQL the tests start,
a colleague being a role of their own on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from desktop.core.people import get_person
from desktop.gui.dialogs.edit_conflict import EditConflictDialog
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

"""Settings: the rule settings change the plan; the template editor previews, refuses, saves and resets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.reconnect.drafts import shipped_text, template_text
from desktop.core.settings import get_settings
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.dialog import TEMPLATES_TAB, SettingsDialog
from tests.core.reconnect.scenario import World
from tests.gui.conftest import wait_for_plan

GOOD = "Subject: Thanks, {{ first_name }}\nHi {{ first_name }}, thank you for letting me know about {{ company }}."


@pytest.fixture
def world(db: object) -> World:
    return World()  # today 2026-03-02


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow]) -> MainWindow:
    made = make_window()
    wait_for_plan(qtbot, made)
    return made


def names(window: MainWindow) -> list[tuple[str, str]]:
    return [(card.suggestion.action, card.info.name) for card in window.today.cards]


@pytest.fixture
def anna(world: World) -> int:
    person = world.person("Anna Schmidt", "Globex AG")
    world.wrote(person, days_ago=70)  # a check-in is due after 90 days: not yet
    return person


def test_ctrl_comma_opens_settings_and_a_shorter_check_in_interval_changes_the_plan(
    qtbot: Any, anna: int, window: MainWindow
) -> None:
    assert names(window) == []
    assert window.sidebar.item(0).text() == "Today"

    qtbot.keyClick(window.sidebar, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    field = dialog.rules.fields["checkin_min_days"]
    assert field.value() == 90
    assert field.suffix() == " days"
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "60")
    with qtbot.waitSignal(window.ops.changed):  # saved on the database executor, then announced
        qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter saves and closes, like OK

    assert window.dialog is None
    assert get_settings()["checkin_min_days"] == 60
    assert names(window) == [("check_in", "Anna Schmidt")]
    assert window.sidebar.item(0).text() == "Today (1)"
    assert window.statusBar().currentMessage() == "Settings saved. Today follows the new rules."


def test_contradicting_settings_are_refused_inline_and_nothing_is_saved(
    qtbot: Any, anna: int, window: MainWindow
) -> None:
    dialog = window.open_settings()
    dialog.rules.fields["checkin_min_days"].setValue(60)
    dialog.rules.fields["checkin_overdue_days"].setValue(45)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.rules.error.message() == (
        "Not saved: “A check-in is overdue after” (45 days) cannot be less than “Check in no sooner than” (60 days)."
    )
    assert get_settings()["checkin_min_days"] == 90
    assert names(window) == []
    dialog.rules.restore_defaults()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.rules.error.isVisible()
    dialog.reject()


@pytest.fixture
def tom(world: World) -> int:
    person = world.person("Tom Weber", "Acme GmbH")
    world.rejected_by(person, days_ago=1)
    return person


def open_editor(window: MainWindow) -> SettingsDialog:
    dialog = window.open_settings(TEMPLATES_TAB)
    dialog.templates.select("reply_to_rejection", "en")
    return dialog


def test_the_template_editor_previews_with_a_real_persons_data(qtbot: Any, tom: int, window: MainWindow) -> None:
    dialog = open_editor(window)
    editor = dialog.templates
    assert editor.sample_label.text() == "With the data of Tom Weber (a suggestion on Today)"
    assert editor.preview_text().startswith("Hi Tom,")
    assert editor.state.text() == "As shipped"

    editor.editor.setPlainText(GOOD)

    qtbot.waitUntil(lambda: editor.preview_text() == "Hi Tom, thank you for letting me know about Acme GmbH.")
    assert editor.preview_subject.text() == "Subject: Thanks, Tom"
    assert editor.state.text() == "As shipped — changed, not saved"
    editor.editor.setPlainText(shipped_text("reply_to_rejection", "en"))  # leave nothing unsaved behind
    dialog.reject()


def test_a_hostile_template_is_refused_with_the_error_shown(qtbot: Any, tom: int, window: MainWindow) -> None:
    dialog = open_editor(window)
    editor = dialog.templates

    editor.editor.setPlainText("{{ ''.__class__ }}")
    qtbot.waitUntil(lambda: editor.error.isVisible())

    assert editor.error.message().startswith("Error: Not allowed in a template:")
    assert "__class__" in editor.error.message()
    assert not editor.save_button.isEnabled()
    assert editor.save() is None  # even when asked directly: nothing is written
    assert template_text("reply_to_rejection", "en") == shipped_text("reply_to_rejection", "en")
    editor.editor.setPlainText("Hi {{ first_name ")  # a syntax error names the line
    assert editor.update_preview() is False
    assert editor.error.message().startswith("Error: Line 1:")
    editor.editor.setPlainText(shipped_text("reply_to_rejection", "en"))
    assert editor.update_preview() is True
    assert not editor.error.isVisible()
    dialog.reject()


def test_a_saved_template_changes_the_draft_on_today_and_reset_brings_the_shipped_one_back(
    qtbot: Any, tom: int, window: MainWindow
) -> None:
    card = window.today.cards[0]
    shipped_body = card.body.toPlainText()
    dialog = open_editor(window)
    editor = dialog.templates
    editor.editor.setPlainText(GOOD)
    editor.update_preview()

    with qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert template_text("reply_to_rejection", "en") == GOOD
    assert editor.state.text() == "Your version"
    card = window.today.cards[0]
    assert card.subject.text() == "Thanks, Tom"
    assert card.body.toPlainText() == "Hi Tom, thank you for letting me know about Acme GmbH."

    with qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)

    assert template_text("reply_to_rejection", "en") == shipped_text("reply_to_rejection", "en")
    assert editor.editor.toPlainText() == shipped_text("reply_to_rejection", "en")
    assert editor.state.text() == "As shipped"
    assert window.today.cards[0].body.toPlainText() == shipped_body
    dialog.reject()


def test_what_was_typed_on_a_card_survives_a_template_change(qtbot: Any, tom: int, window: MainWindow) -> None:
    card = window.today.cards[0]
    card.body.clear()
    qtbot.keyClicks(card.body, "My own words")
    dialog = open_editor(window)
    dialog.templates.editor.setPlainText(GOOD)
    dialog.templates.update_preview()

    with qtbot.waitSignal(window.ops.changed):
        dialog.templates.save()

    assert window.today.cards[0].body.toPlainText() == "My own words"
    dialog.reject()


def test_about_you_saves_the_name_that_signs_the_drafts_and_the_roles_the_rules_use(
    qtbot: Any, anna: int, window: MainWindow
) -> None:
    from desktop.core.profile import get_profile
    from desktop.gui.settings.dialog import PROFILE_TAB

    dialog = window.open_settings(PROFILE_TAB)
    qtbot.waitExposed(dialog)
    tab = dialog.profile
    assert dialog.tabs.currentWidget() is tab and dialog.tabs.tabText(PROFILE_TAB) == "About you"
    tab.name.setText("Jana Berg")
    tab.target_roles.setText("Data Analyst; BI Analyst, data analyst")
    tab.keywords.setText("sql, python")
    tab.language.setCurrentIndex(tab.language.findData("de"))
    tab.emails.setText("jana@example.com")

    with qtbot.waitSignal(window.ops.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.dialog is None)
    profile = get_profile()
    assert (profile.name, profile.target_roles, profile.keywords, profile.language, profile.emails) == (
        "Jana Berg", ["Data Analyst", "BI Analyst"], ["sql", "python"], "de", ["jana@example.com"],
    )  # fmt: skip
    assert window.statusBar().currentMessage() == "Saved what you told Rebound about you. Today follows."


def test_about_you_refuses_an_address_that_is_not_one_and_keeps_the_dialog_open(
    qtbot: Any, anna: int, window: MainWindow
) -> None:
    from desktop.core.profile import get_profile
    from desktop.gui.settings.dialog import PROFILE_TAB

    dialog = window.open_settings(PROFILE_TAB)
    qtbot.waitExposed(dialog)
    dialog.profile.emails.setText("jana at example")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.profile.error.message() != "")
    assert dialog.profile.error.message() == "Not saved: E-mail address 'jana at example' is not an e-mail address."
    assert dialog.isVisible()
    assert get_profile().emails == []


def test_an_empty_database_offers_about_you_as_a_first_step(
    qtbot: Any, db: object, make_window: Callable[..., MainWindow]
) -> None:
    from desktop.gui.settings.dialog import PROFILE_TAB

    window = make_window()
    wait_for_plan(qtbot, window)
    button = window.today.welcome.about_you_button
    assert button.isVisible() and button.text() == "First, tell Rebound about you (optional)…"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.tabs.currentIndex() == PROFILE_TAB
    dialog.reject()  # skippable: nothing asked, nothing written

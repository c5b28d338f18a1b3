"""Sending e-mail from Rebound: the Mail settings (the password only in the keyring), the test e-mail,
and "Send" on a Today card — against a real SMTP server on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop import mail, secrets
from desktop.core.timeline import timeline
from desktop.gui.main_window import MainWindow
from desktop.gui.settings.dialog import MAIL_TAB, SettingsDialog
from desktop.gui.settings.mail import NOT_STORED, STORED, TEST_SUBJECT, MailTab
from desktop.gui.today.card import SuggestionCard
from desktop.gui.today.sending import SEND_DELAY_MS
from tests.core.reconnect.scenario import World
from tests.gui.conftest import wait_for_plan
from tests.memory_keyring import MemoryKeyring, install_memory_keyring
from tests.smtp_server import PASSWORD, USER, SmtpServer, closed_port


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as running:  # plain SMTP with a login, on 127.0.0.1 (security "none" is for loopback only)
        yield running


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    return install_memory_keyring(monkeypatch)


def account(server: SmtpServer) -> mail.MailAccount:
    return mail.MailAccount(host="127.0.0.1", port=server.port, user=USER, sender=USER, security="none")


@pytest.fixture
def world(db: object) -> World:
    return World()  # today 2026-03-02, the windows' today


@pytest.fixture
def anna(world: World) -> int:
    person = world.person("Anna Schmidt", "Globex AG", email="anna@globex.example")
    world.wrote(person, days_ago=100)  # a check-in by e-mail is due
    return person


@pytest.fixture
def today_window(qtbot: Any, make_window: Callable[..., MainWindow]) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = make_window()
        wait_for_plan(qtbot, window)
        return window

    return make


def card_of(window: MainWindow, name: str) -> SuggestionCard | None:
    return next((card for card in window.today.cards if card.info.name == name), None)


def mail_tab(qtbot: Any, window: MainWindow) -> MailTab:
    dialog = window.open_settings(MAIL_TAB)
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.tabs.tabText(MAIL_TAB) == "Mail"
    qtbot.waitUntil(lambda: window.session.keyring_known)
    return dialog.mail


def fill(tab: MailTab, settings: mail.MailAccount, password: str = "") -> None:
    tab.host.setText(settings.host)
    tab.security.setCurrentIndex(tab.security.findData(settings.security))
    tab.port.setValue(settings.port)
    tab.user.setText(settings.user)
    tab.sender_address.setText(settings.sender)
    tab.password.setText(password)


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


# ---------------------------------------------------------------- Settings → Mail


def test_the_mail_tab_saves_the_account_and_keeps_the_password_only_in_the_keyring(
    qtbot: Any, memory: MemoryKeyring, make_window: Callable[..., MainWindow], tmp_path: Path, db_path: Path
) -> None:
    window = make_window()
    tab = mail_tab(qtbot, window)
    assert not tab.keyring_note.isVisible()
    settings = mail.MailAccount(host="smtp.example.com", port=587, user="jana@example.com", sender="jana@example.com")
    fill(tab, settings, "s3cret-app-password")
    assert tab.password.echoMode() == tab.password.EchoMode.Password

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task is None)

    assert tab.status.text() == "Mail settings saved; the password is in the system keyring."
    assert tab.password.text() == "" and tab.password.placeholderText() == STORED  # never shown again
    assert mail.load_account() == settings
    assert memory.passwords[("Rebound", "smtp:jana@example.com@smtp.example.com")] == "s3cret-app-password"
    window.close()  # the window's own settings are written too
    for path in [*files_under(tmp_path / "home"), db_path]:
        assert b"s3cret-app-password" not in path.read_bytes(), path
    assert "password" not in mail.account_path().read_text(encoding="utf-8")


def test_the_saved_account_is_shown_again_without_its_password(
    qtbot: Any, memory: MemoryKeyring, make_window: Callable[..., MainWindow], server: SmtpServer
) -> None:
    mail.save_account(account(server))
    mail.save_password(account(server), PASSWORD)
    window = make_window()

    tab = mail_tab(qtbot, window)

    assert tab.host.text() == "127.0.0.1" and tab.port.value() == server.port
    assert tab.security.currentData() == "none" and tab.user.text() == USER and tab.sender_address.text() == USER
    assert tab.password.text() == ""
    qtbot.waitUntil(lambda: tab.password.placeholderText() == STORED)
    assert not tab.is_dirty()


def test_without_a_keyring_the_password_cannot_be_stored(
    qtbot: Any, make_window: Callable[..., MainWindow], tmp_path: Path, db_path: Path
) -> None:
    window = make_window()  # the tests' default: no keyring
    tab = mail_tab(qtbot, window)
    assert tab.keyring_note.isVisible()
    assert tab.keyring_note.text().startswith("The password cannot be stored: no keyring can keep it on this computer")
    fill(tab, mail.MailAccount(host="smtp.example.com", user="jana@example.com", sender="jana@example.com"),
         "s3cret-app-password")  # fmt: skip

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task is None)

    assert tab.error.message().startswith("The settings are saved, but not the password:")
    assert tab.error.message().endswith("Rebound never writes it to a file.")
    assert tab.password.placeholderText() == NOT_STORED
    assert mail.load_account() is not None
    window.close()
    for path in [*files_under(tmp_path / "home"), db_path]:
        assert b"s3cret-app-password" not in path.read_bytes(), path


def test_a_bad_account_is_refused_inline_and_not_saved(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    tab = mail_tab(qtbot, make_window())
    fill(tab, mail.MailAccount(host="smtp.example.com", user="jana", sender="not an address"))

    tab.save_button.click()

    assert tab.error.message() == (
        "Not saved: SMTP settings: the sender address 'not an address' is not an e-mail address."
    )
    assert mail.load_account() is None


def test_send_test_email_reaches_the_server(
    qtbot: Any, memory: MemoryKeyring, make_window: Callable[..., MainWindow], server: SmtpServer
) -> None:
    tab = mail_tab(qtbot, make_window())
    fill(tab, account(server), PASSWORD)  # typed, not saved yet: the test uses what is in the fields

    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.progress.isVisible() and not tab.test_button.isEnabled()
    qtbot.waitUntil(lambda: tab.task is None)

    (received,) = server.received
    assert received.recipients == [USER]
    assert received.message["Subject"] == TEST_SUBJECT
    assert tab.status.text() == f"A test e-mail went to {USER}. Look for it in your inbox."
    assert not tab.error.isVisible()


def test_a_test_email_to_a_port_where_nothing_listens_says_why(
    qtbot: Any, make_window: Callable[..., MainWindow]
) -> None:
    tab = mail_tab(qtbot, make_window())
    port = closed_port()
    fill(tab, mail.MailAccount(host="127.0.0.1", port=port, user="", sender=USER, security="none"))

    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.task is None)

    assert tab.error.message() == (
        f"The test e-mail was not sent: 127.0.0.1:{port} refused the connection; check the host and port."
    )


# ---------------------------------------------------------------- "Send" on a Today card


def test_send_on_a_card_delivers_the_message_and_records_it(
    qtbot: Any, memory: MemoryKeyring, anna: int, today_window: Callable[[], MainWindow], server: SmtpServer
) -> None:
    mail.save_account(account(server))
    mail.save_password(account(server), PASSWORD)
    secrets.reset()  # read from the keyring as a fresh start would
    window = today_window()
    card = card_of(window, "Anna Schmidt")
    assert card is not None and card.send_button.isEnabled()
    before = len(timeline(anna))
    card.subject.setText("Coffee in March?")
    card.body.setPlainText("Hi Anna,\n\nit has been a while. Coffee next week?\n\nJana")

    qtbot.mouseClick(card.send_button, Qt.MouseButton.LeftButton)
    assert card.send_button.text() == "Sending…" and not card.done_button.isEnabled()
    waiting = window.today.waiting_sends[card.suggestion.key]
    assert waiting.timer.isActive() and waiting.timer.interval() == SEND_DELAY_MS  # Undo could still keep it
    assert window.today.undo_bar.label.text() == "Sending the e-mail to Anna Schmidt in 5 seconds."
    assert server.received == []
    window.today.send_waiting_now()  # the delay is over
    qtbot.waitUntil(lambda: card_of(window, "Anna Schmidt") is None)  # done: the card leaves

    (received,) = server.received
    assert received.recipients == ["anna@globex.example"]
    assert received.message["Subject"] == "Coffee in March?"
    assert received.message["To"] == "Anna Schmidt <anna@globex.example>"
    body = received.message.get_payload().replace("\r\n", "\n").strip()
    assert body == "Hi Anna,\n\nit has been a while. Coffee next week?\n\nJana"
    entries = timeline(anna)
    assert len(entries) == before + 1
    assert (entries[0].kind, entries[0].direction, entries[0].subject) == ("email", "out", "Coffee in March?")
    assert window.statusBar().currentMessage() == (
        "Sent to Anna Schmidt: “Coffee in March?”. The e-mail is on their timeline."
    )
    # the e-mail has left; Undo takes back only what was recorded of it, and the card comes back
    assert window.today.undo_bar.label.text() == window.statusBar().currentMessage()
    with qtbot.waitSignal(window.ops.changed):
        window.today.undo_action.trigger()
    assert len(timeline(anna)) == before
    back = card_of(window, "Anna Schmidt")
    assert back is not None and window.today.current is back
    assert len(server.received) == 1


def ready_to_send(server: SmtpServer, today_window: Callable[[], MainWindow]) -> tuple[MainWindow, SuggestionCard]:
    """A mail account on the loopback server, its password in the keyring; Today with Anna's card."""
    mail.save_account(account(server))
    mail.save_password(account(server), PASSWORD)
    window = today_window()
    card = card_of(window, "Anna Schmidt")
    assert card is not None
    return window, card


def test_undo_before_the_e_mail_has_left_keeps_it_a_draft_and_sends_nothing(
    qtbot: Any, memory: MemoryKeyring, anna: int, today_window: Callable[[], MainWindow], server: SmtpServer
) -> None:
    window, card = ready_to_send(server, today_window)
    before = timeline(anna)
    card.body.setPlainText("Hi Anna, coffee next week?")
    qtbot.mouseClick(card.send_button, Qt.MouseButton.LeftButton)
    timer = window.today.waiting_sends[card.suggestion.key].timer
    assert window.today.undo_action.text() == "&Undo send"

    qtbot.keyClick(window.today, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert not timer.isActive() and window.today.waiting_sends == {}
    assert window.today.send_waiting_now() == []  # nothing left to leave
    assert window.ops.wait(5000)
    assert server.received == []
    assert timeline(anna) == before
    assert card_of(window, "Anna Schmidt") is card
    assert card.body.toPlainText() == "Hi Anna, coffee next week?"  # the draft as it was typed
    assert card.send_button.text() == "Send" and card.send_button.isEnabled() and card.done_button.isEnabled()
    assert window.statusBar().currentMessage() == "Not sent: the e-mail to Anna Schmidt stays a draft on its card."
    assert not window.today.undo_bar.isVisible()


def test_an_e_mail_waiting_to_leave_is_sent_when_the_window_closes(
    qtbot: Any, memory: MemoryKeyring, anna: int, today_window: Callable[[], MainWindow], server: SmtpServer
) -> None:
    window, card = ready_to_send(server, today_window)
    before = len(timeline(anna))
    qtbot.mouseClick(card.send_button, Qt.MouseButton.LeftButton)

    window.close()  # within the delay: Send was pressed, so it leaves rather than being lost

    assert [message.recipients for message in server.received] == [["anna@globex.example"]]
    assert len(timeline(anna)) == before + 1


def test_a_refused_login_shows_the_reason_and_records_nothing(
    qtbot: Any, memory: MemoryKeyring, anna: int, today_window: Callable[[], MainWindow], server: SmtpServer
) -> None:
    mail.save_account(account(server))
    mail.save_password(account(server), "not the password")
    window = today_window()
    card = card_of(window, "Anna Schmidt")
    assert card is not None
    before = timeline(anna)

    card.send_button.click()
    window.today.send_waiting_now()
    qtbot.waitUntil(lambda: card.error.isVisible())

    assert card.error.message() == (
        f"Not sent: 127.0.0.1:{server.port} did not accept the user name or password (535). Nothing was recorded."
    )
    assert window.statusBar().currentMessage() == card.error.message()
    assert server.received == []
    assert timeline(anna) == before
    assert card_of(window, "Anna Schmidt") is card  # still there, ready to try again
    assert card.send_button.text() == "Send" and card.send_button.isEnabled() and card.done_button.isEnabled()


def test_send_without_a_mail_account_opens_the_mail_settings(
    qtbot: Any, anna: int, today_window: Callable[[], MainWindow]
) -> None:
    window = today_window()
    card = card_of(window, "Anna Schmidt")
    assert card is not None

    card.send_button.click()

    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.tabs.currentIndex() == MAIL_TAB
    assert window.statusBar().currentMessage() == "Set up your mail account to send e-mail from Rebound."
    assert card_of(window, "Anna Schmidt") is card
    dialog.reject()


def test_a_linkedin_card_has_no_send_button(qtbot: Any, world: World, today_window: Callable[[], MainWindow]) -> None:
    lena = world.person("Lena Koch", "Acme GmbH", linkedin=True, email=False)
    world.rejected_by(lena, days_ago=0)  # the reply goes by LinkedIn: nothing to send by e-mail
    window = today_window()
    card = card_of(window, "Lena Koch")
    assert card is not None
    assert not card.send_button.isEnabled()
    assert card.send_button.toolTip().startswith("This message is not an e-mail")

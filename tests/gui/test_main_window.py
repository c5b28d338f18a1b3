"""The main window: navigation, remembered geometry, import and demo data in a worker, the status bar."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.people import count_people, find_person, get_person
from desktop.core.timeline import timeline
from desktop.gui.dialogs.error_report import ErrorReportDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.workers import Task
from tests.gui.conftest import shown_notice, wait_for_plan

ARCHIVE = {
    "format": "rebound-archive",
    "version": 1,
    "companies": [{"id": "c1", "name": "Acme GmbH"}],
    "people": [
        {"id": "p1", "name": "Zoë Martin", "company": "c1", "title": "Head of Analytics", "role": "hiring_manager"},
        {"id": "p2", "name": "Tom Weber", "company": "c1", "title": "Senior Recruiter", "role": "recruiter"},
    ],
    "interactions": [
        {"person": "p2", "kind": "rejection", "direction": "in", "at": "2026-01-20T09:30:00",
         "channel": "email", "subject": "Your application", "body": "We went with someone else."},
    ],
}  # fmt: skip


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> list[str]:
    """Answer the next file dialog with ``path``; returns the titles of the dialogs asked."""
    asked: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args[1])
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return asked


def test_the_app_opens_on_today_and_the_sidebar_leads_to_people_and_openings(
    qtbot: Any, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    wait_for_plan(qtbot, window)

    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == ["Today", "People", "Openings"]
    assert window.pages.currentWidget() is window.today
    window.sidebar.setCurrentRow(1)
    assert window.pages.currentWidget() is window.people


def test_window_size_and_splitter_are_restored_in_a_new_window(
    make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    first = make_window()
    first.resize(780, 540)  # inside the offscreen screen (800×600): restoreGeometry keeps windows on screen
    first.people.splitter.setSizes([300, 600])
    sizes = first.people.splitter.sizes()
    first.close()

    second = make_window()

    assert second.size() == QSize(780, 540)
    assert second.people.splitter.sizes() == sizes


def test_the_page_open_at_closing_is_the_page_shown_at_the_next_start(
    make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    first = make_window()
    first.sidebar.setCurrentRow(2)
    assert first.pages.currentWidget() is first.openings
    first.close()

    second = make_window()

    assert second.pages.currentWidget() is second.openings
    assert second.sidebar.currentItem().text() == "Openings"


def test_importing_an_archive_from_the_file_menu(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    archive = tmp_path / "contacts.json"
    archive.write_text(json.dumps(ARCHIVE), encoding="utf-8")
    asked = choose_file(monkeypatch, archive)
    window = make_window()
    assert window.people.views.currentWidget() is window.people.welcome
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()] == ["&Import…", "Load &demo data", "&Quit"]
    assert window.import_action.shortcut().toString() == "Ctrl+I"

    window.import_action.trigger()
    assert asked == ["Import a Rebound archive"]
    assert window.progress.isVisible()  # the import runs in a worker; the window stays responsive
    qtbot.waitUntil(lambda: shown_notice(window) is not None)

    notice = shown_notice(window)
    assert notice is not None
    assert notice.windowTitle() == "Import finished"
    assert notice.text().startswith("Imported contacts.json.")
    assert "created" in notice.text()
    assert not window.progress.isVisible()
    assert count_people() == 2
    assert window.people.views.currentWidget() is window.people.splitter
    names = [window.people.model.index(r, 0).data() for r in range(window.people.model.rowCount())]
    assert names == ["Tom Weber", "Zoë Martin"]
    assert window.count_label.text() == "2 people"
    assert timeline(find_person("Tom Weber"))[0].kind == "rejection"
    notice.accept()


def test_a_bad_archive_shows_the_reason_and_imports_nothing(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    archive = tmp_path / "broken.json"
    broken = dict(ARCHIVE, interactions=[{**ARCHIVE["interactions"][0], "person": "p9"}])  # type: ignore[dict-item]
    archive.write_text(json.dumps(broken), encoding="utf-8")
    choose_file(monkeypatch, archive)
    window = make_window()

    window.import_action.trigger()
    qtbot.waitUntil(lambda: shown_notice(window) is not None)

    notice = shown_notice(window)
    assert notice is not None
    assert notice.icon() == QMessageBox.Icon.Warning
    assert notice.text().startswith("Nothing was imported from broken.json:")
    assert "p9" in notice.text()
    assert count_people() == 0
    assert window.import_action.isEnabled()
    notice.accept()


def test_cancelling_the_file_dialog_imports_nothing(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_file(monkeypatch, "")
    window = make_window()
    wait_for_plan(qtbot, window)  # the start-up work (the engine) is done; only an import could run now

    window.import_action.trigger()

    assert not window.runner.busy()
    assert shown_notice(window) is None


def test_load_demo_data_from_the_empty_page(qtbot: Any, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    assert window.load_demo_action.isEnabled()

    window.people.welcome.load_demo_button.click()
    qtbot.waitUntil(lambda: shown_notice(window) is not None, timeout=20000)

    notice = shown_notice(window)
    assert notice is not None
    assert notice.windowTitle() == "Demo data loaded"
    assert count_people() > 10
    assert window.people.views.currentWidget() is window.people.splitter
    assert window.people.person_page.person is not None  # the first person opens
    assert not window.load_demo_action.isEnabled()  # demo data goes into an empty database only
    notice.accept()


def test_an_unexpected_error_in_a_worker_opens_a_copyable_report(
    qtbot: Any, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()

    def explode(_task: Task) -> None:
        raise ZeroDivisionError("the numbers went wrong")

    window._run("Working…", explode, lambda _result: None, "Not done")
    qtbot.waitUntil(lambda: window.findChild(ErrorReportDialog) is not None)

    dialog = window.findChild(ErrorReportDialog)
    assert isinstance(dialog, ErrorReportDialog)
    assert "ZeroDivisionError: the numbers went wrong" in dialog.report.toPlainText()
    assert dialog.report.isReadOnly()
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
    qtbot.waitUntil(lambda: not window.runner.busy())
    assert not window.progress.isVisible()
    dialog.reject()


def test_the_status_bar_counts_people(make_window: Callable[[], MainWindow], person: Callable[..., int]) -> None:
    person("Tom Weber")
    window = make_window()

    assert window.count_label.text() == "1 person"
    assert window.people.person_page.header.name.text() == get_person(find_person("Tom Weber")).name


def test_ctrl_q_quits_and_the_window_comes_back_where_it_was(
    qtbot: Any, make_window: Callable[[], MainWindow], person: Callable[..., int]
) -> None:
    person("Tom Weber")
    window = make_window()
    window.resize(760, 520)

    qtbot.keyClick(window.people.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())

    assert make_window().size() == QSize(760, 520)


def test_the_cancel_button_stops_an_import_and_nothing_is_imported(
    qtbot: Any, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.interop import archive as archive_module

    path = tmp_path / "contacts.json"
    path.write_text(json.dumps(ARCHIVE), encoding="utf-8")
    real_import = archive_module.import_archive
    reported, go_on = threading.Event(), threading.Event()

    def import_held_at_its_first_report(source: Path, progress: Any = None) -> Any:
        def report(done: int, total: int) -> bool | None:
            reported.set()
            go_on.wait(10)  # the import waits here (in its worker) until the test has pressed Cancel
            return progress(done, total)

        return real_import(source, progress=report)

    monkeypatch.setattr(archive_module, "import_archive", import_held_at_its_first_report)
    window = make_window()
    assert not window.cancel_button.isVisible()

    window.import_archive(path)
    qtbot.waitUntil(reported.is_set)
    assert window.cancel_button.isVisible()
    assert window.progress.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: not window.runner_busy())

    assert count_people() == 0  # rolled back
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was imported from contacts.json."
    assert shown_notice(window) is None  # the user asked for it: no warning box
    assert not window.cancel_button.isVisible()
    assert not window.progress.isVisible()
    assert window.import_action.isEnabled()


def test_a_task_reports_progress_and_says_stop_once_cancelled(qtbot: Any) -> None:
    task = Task(lambda _task: None)

    with qtbot.waitSignal(task.signals.progress) as report:
        assert task.step(1, 4) is True
    assert report.args == [1, 4]
    task.cancel()
    assert task.step(2, 4) is False  # what makes import_archive roll back

"""Screenshots of the desktop app for review: ``python tools/screenshots.py OUTDIR``.

Runs offscreen on a fresh temporary database filled with the demo data, on the demo's own
day (``DEMO_ANCHOR``, so the shots are the same every run), and writes into OUTDIR:

- today.png (the Today page: overdue first), today-undo.png (after a dismiss: the Undo bar),
  today-nothing.png (a day with nothing due: the next item coming up);
- people.png, person.png and that person's other tabs (person-profile/-processes/-connections.png),
  no-match.png (a search that finds nobody);
- openings.png (an opening selected: whom it makes worth contacting), openings-nothing.png
  (an opening that triggers nothing, and why);
- log-rejection.png, add-opening.png, add-note.png, log-interaction.png (dialogs);
- settings-rules.png, settings-templates.png, settings-template-error.png (the Settings tabs);
- empty.png (an empty database).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from desktop.core.demo import DEMO_ANCHOR, load_demo  # noqa: E402
from desktop.core.openings import list_openings  # noqa: E402
from desktop.core.people import create_person, people_ids  # noqa: E402
from desktop.core.timeline import log_interaction, timeline  # noqa: E402
from desktop.gui.app import make_application  # noqa: E402
from desktop.gui.dialogs.settings_dialog import RULES_TAB, TEMPLATES_TAB  # noqa: E402
from desktop.gui.main_window import MainWindow  # noqa: E402
from desktop.gui.pages.person import CONNECTIONS_TAB, PROCESSES_TAB, PROFILE_TAB, TIMELINE_TAB  # noqa: E402
from desktop.store.database import close_database, open_sqlite  # noqa: E402

SIZE = (1280, 800)
NOW = datetime.combine(DEMO_ANCHOR, time(10, 30))


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def new_window(folder: Path, app: QApplication, clock: Callable[[], datetime] = lambda: NOW) -> MainWindow:
    window = MainWindow(settings=QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat), clock=clock)
    window.resize(*SIZE)
    window.show()
    while window.keeper.engine is None or window.keeper.loading:  # the plan is worked out in a worker
        app.processEvents()
    settle(app)
    return window


def richest_person() -> int:
    return max(people_ids(), key=lambda person_id: (len(timeline(person_id)), -person_id))


def opening_id(title: str, company: str) -> int:
    return next(o.id for o in list_openings() if o.title == title and o.company == company)


def shoot_dialog(dialog: QDialog, path: Path, app: QApplication, fit: bool = True) -> None:
    if fit:
        dialog.adjustSize()
    save(dialog, path, app)
    dialog.reject()


def shoot_today(window: MainWindow, outdir: Path, app: QApplication) -> None:
    save(window, outdir / "today.png", app)
    page = window.today
    page.dismiss(page.cards[0])
    save(window, outdir / "today-undo.png", app)
    page.undo()


def shoot_people(window: MainWindow, outdir: Path, app: QApplication) -> None:
    window.show_page(window.people)
    save(window, outdir / "people.png", app)
    window.open_person(richest_person())
    save(window, outdir / "person.png", app)
    page = window.people.person_page
    for tab, name in ((PROFILE_TAB, "profile"), (PROCESSES_TAB, "processes"), (CONNECTIONS_TAB, "connections")):
        page.tabs.setCurrentIndex(tab)
        save(window, outdir / f"person-{name}.png", app)
    page.tabs.setCurrentIndex(TIMELINE_TAB)
    window.people.search_box.setText("nobody by this name")
    window.people.apply_search()
    save(window, outdir / "no-match.png", app)
    window.people.clear_search()
    note = page.add_note()
    if note is not None:
        note.text.setPlainText("Met at the meetup; she is hiring for a second analyst role in spring.")
        shoot_dialog(note, outdir / "add-note.png", app)
    log = page.log_interaction()
    if log is not None:
        log.subject.setText("Thanks for the conversation")
        log.body.setPlainText("Hi, thank you for taking the time yesterday. I'd love to stay in touch.")
        shoot_dialog(log, outdir / "log-interaction.png", app)


def shoot_openings(window: MainWindow, outdir: Path, app: QApplication) -> None:
    window.show_page(window.openings)
    window.openings.select(opening_id("Senior Data Analyst", "Nordlicht Analytics GmbH"))
    save(window, outdir / "openings.png", app)
    window.openings.select(opening_id("Marketing Coordinator", "Kestrel Mobility"))
    save(window, outdir / "openings-nothing.png", app)
    dialog = window.openings.add_opening()
    dialog.title.setText("Senior Data Analyst")
    dialog.company.setText("Lumen Games")
    dialog.url.setText("https://lumengames.example/jobs/700")
    dialog.keywords.setText("sql, python, experimentation")
    shoot_dialog(dialog, outdir / "add-opening.png", app)


def shoot_dialogs(window: MainWindow, outdir: Path, app: QApplication) -> None:
    rejection = window.log_rejection()
    rejection.person.setText("Tom Weber")
    rejection.role_title.setText("Senior Data Analyst")
    rejection.stage.setCurrentIndex(rejection.stage.findData("onsite"))
    rejection.text.setPlainText("Thank you for your time. We decided to move forward with another candidate.")
    shoot_dialog(rejection, outdir / "log-rejection.png", app)

    settings = window.open_settings(RULES_TAB)
    shoot_dialog(settings, outdir / "settings-rules.png", app, fit=False)
    settings = window.open_settings(TEMPLATES_TAB)
    settings.templates.select("reply_to_rejection", "en")
    save(settings, outdir / "settings-templates.png", app)
    settings.templates.editor.setPlainText("Hi {{ first_name }}, {{ ''.__class__ }}")
    settings.templates.update_preview()
    save(settings, outdir / "settings-template-error.png", app)
    settings.templates.load()  # nothing unsaved: closing asks nothing
    settings.reject()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    app = make_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="rebound-shots-") as tmp:
        folder = Path(tmp)
        open_sqlite(folder / "demo.db")
        load_demo(DEMO_ANCHOR)
        window = new_window(folder, app)
        shoot_today(window, outdir, app)
        shoot_people(window, outdir, app)
        shoot_openings(window, outdir, app)
        shoot_dialogs(window, outdir, app)
        window.close()

        close_database()

        open_sqlite(folder / "quiet.db")  # one contact, whose check-in falls due in five days
        clara = create_person(
            {"name": "Clara Neumann", "company": "Kestrel Mobility", "email": "clara@kestrel.example"}
        )
        log_interaction(clara, "email", "out", NOW - timedelta(days=85), channel="email", body="Hello Clara")
        quiet = new_window(folder, app)
        save(quiet, outdir / "today-nothing.png", app)
        quiet.close()
        close_database()

        open_sqlite(folder / "empty.db")
        empty = new_window(folder, app)
        save(empty, outdir / "empty.png", app)
        empty.close()
        close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

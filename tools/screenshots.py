"""Screenshots of the desktop app for review: ``python tools/screenshots.py OUTDIR``.

Runs offscreen on a fresh temporary database filled with the demo data and writes
people.png (the People page), person.png (someone with a rich timeline) and that person's
other tabs (person-profile/-processes/-connections.png), no-match.png (a search that finds
nobody), empty.png (an empty database), add-note.png and log-interaction.png into OUTDIR.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from desktop.core.demo import load_demo  # noqa: E402
from desktop.core.people import people_ids  # noqa: E402
from desktop.core.timeline import timeline  # noqa: E402
from desktop.gui.app import make_application  # noqa: E402
from desktop.gui.main_window import MainWindow  # noqa: E402
from desktop.gui.pages.person import CONNECTIONS_TAB, PROCESSES_TAB, PROFILE_TAB, TIMELINE_TAB  # noqa: E402
from desktop.store.database import close_database, open_sqlite  # noqa: E402

SIZE = (1280, 800)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def new_window(folder: Path) -> MainWindow:
    window = MainWindow(settings=QSettings(str(folder / "gui.ini"), QSettings.Format.IniFormat))
    window.resize(*SIZE)
    window.show()
    return window


def richest_person() -> int:
    return max(people_ids(), key=lambda person_id: (len(timeline(person_id)), -person_id))


def shoot_dialog(dialog: QDialog, path: Path, app: QApplication) -> None:
    dialog.adjustSize()
    save(dialog, path, app)
    dialog.reject()


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
        load_demo(date.today())
        window = new_window(folder)
        save(window, outdir / "people.png", app)

        window.people.show_person(richest_person())
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
        window.close()
        close_database()

        open_sqlite(folder / "empty.db")
        empty = new_window(folder)
        save(empty, outdir / "empty.png", app)
        empty.close()
        close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

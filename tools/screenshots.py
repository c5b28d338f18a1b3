"""Screenshots of the desktop app for review: ``python tools/screenshots.py OUTDIR [--language de] [--scheme dark]
[--scale 1.5] [--report FILE]`` (German, dark, at 150 %; the report lists each shot's texts and unnamed controls).

Runs offscreen on a fresh temporary database filled with the demo data, on the demo's own
day (``DEMO_ANCHOR``, so the shots are the same every run), and writes into OUTDIR:

- today.png (the Today page: overdue first), today-undo.png (after a dismiss: the Undo bar),
  today-nothing.png (a day with nothing due: the next item coming up);
- today-, people-, person-, openings-WIDTHxHEIGHT.png at 1024×700, 1280×800 and 1920×1080;
- people.png, person.png and that person's other tabs (person-profile/-processes/-connections.png),
  no-match.png (a search that finds nobody);
- openings.png (an opening selected: whom it makes worth contacting), openings-nothing.png
  (an opening that triggers nothing, and why);
- log-rejection.png, add-opening.png, add-note.png, log-interaction.png (dialogs), palette.png (Ctrl+K, "data");
- settings-rules.png, settings-templates.png, settings-template-error.png (the Settings tabs);
- duplicates.png (Edit → Possible duplicates, with three near-duplicates added to the demo data);
- import-preview.png, import-summary.png (the import wizard on tests/data/linkedin, into an empty database),
  import-mapping.png (the mapping step of a CSV whose columns Rebound does not know);
- applications.png (the board), applications-recruiter.png (the recruiter's demo: candidates by role),
  companies.png (the company with most people), network.png (the way into it),
  network-person.png (the map of the person with most mutuals), insights.png, insights-more.png (scrolled to
  the last charts), insights-numbers.png (a chart's table); applications-empty.png, companies-empty.png,
  network-empty.png, insights-empty.png (empty database);
- empty.png (an empty database);
- on a small encrypted database (an in-memory keyring: the real one is never touched): recovery-key.png,
  passphrase.png (no keyring: choosing one), passphrase-open.png (unlocking, after a wrong key),
  settings-privacy.png, settings-privacy-off.png (a database made without encryption), settings-mail.png,
  settings-database.png (a team server filled in), edit-conflict.png (a colleague saved first: both versions),
  restore.png, erase.png (the confirmation), banner.png (a warning across the window).
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

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget  # noqa: E402
from shot_report import Report, shot_options  # noqa: E402  (tools/shot_report.py)

from desktop.core.company_view import list_companies  # noqa: E402
from desktop.core.instance import location_warnings  # noqa: E402
from desktop.core.openings import list_openings  # noqa: E402
from desktop.core.people import create_person, people_ids  # noqa: E402
from desktop.core.timeline import log_interaction, timeline  # noqa: E402
from desktop.gui.app import make_application  # noqa: E402
from desktop.gui.kit import i18n  # noqa: E402
from desktop.gui.kit.scheme import apply_scheme  # noqa: E402

# --language de, --scheme dark, --scale 1.5 (QT_SCALE_FACTOR), --report FILE (the texts and unnamed controls of
# each shot, as JSON): the interface is set up before the window's modules load, so their texts come translated.
OPTIONS = shot_options(sys.argv[1:]) if __name__ == "__main__" else None
if OPTIONS is not None:
    if OPTIONS.scale:
        os.environ["QT_SCALE_FACTOR"] = OPTIONS.scale
    make_application([sys.argv[0]])
    i18n.install(OPTIONS.language, **({"folder": Path(OPTIONS.translations)} if OPTIONS.translations else {}))
    apply_scheme(OPTIONS.scheme)

from desktop.gui.dialogs.edit_conflict import EditConflictDialog, FieldVersions, who_and_when  # noqa: E402
from desktop.gui.main_window import MainWindow  # noqa: E402
from desktop.gui.people.person_page import CONNECTIONS_TAB, PROCESSES_TAB, PROFILE_TAB, TIMELINE_TAB  # noqa: E402
from desktop.gui.settings.dialog import RULES_TAB, TEMPLATES_TAB  # noqa: E402
from desktop.interop.demo import DEMO_ANCHOR, load_demo  # noqa: E402
from desktop.store.database import close_database, open_sqlite  # noqa: E402
from desktop.store.encryption import Key  # noqa: E402
from desktop.texts import say  # noqa: E402

SIZE = (1280, 800)
SIZES = ((1024, 700), (1280, 800), (1920, 1080))  # the main pages at each: nothing clipped, nothing hidden
ROOT = Path(__file__).resolve().parent.parent
LINKEDIN_SAMPLE = ROOT / "tests" / "data" / "linkedin"
UNKNOWN_CSV = ROOT / "tests" / "data" / "bad" / "contacts_unknown_columns.csv"
NEAR_DUPLICATES = (  # the same people once more, as a second import might bring them
    {"name": "Thomas Weber", "company": "Nordlicht Analytics GmbH", "title": "Recruiter"},
    {"name": "Max Braun", "company": "Globex Retail AG", "email": "maximilian.braun@globex.example"},
    {"name": "Ed Hale", "company": "Quillstone Publishing", "title": "Head of Audience Data"},
)
NOW = datetime.combine(DEMO_ANCHOR, time(10, 30))


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def written(window: MainWindow, app: QApplication, act: Callable[[], object]) -> None:
    """Do ``act`` and wait until its write (on the database executor) has been broadcast."""
    heard: list[object] = []
    window.ops.changed.connect(heard.append)
    act()
    while not heard:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    window.ops.changed.disconnect(heard.append)


REPORT = Report()


def save(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    REPORT.add(path.stem, widget)
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


def shoot_filled(dialog: QWidget, path: Path, app: QApplication, lines: dict[QLineEdit, str]) -> None:
    """The dialog with these lines typed in, then cleared again (nothing unsaved: closing asks nothing)."""
    for line, text in lines.items():
        line.setText(text)
    save(dialog, path, app)
    for line in lines:
        line.clear()


def shoot_today(window: MainWindow, outdir: Path, app: QApplication) -> None:
    save(window, outdir / "today.png", app)
    page = window.today
    written(window, app, lambda: page.dismiss(page.cards[0]))
    save(window, outdir / "today-undo.png", app)
    written(window, app, page.undo)


def shoot_people(window: MainWindow, outdir: Path, app: QApplication) -> None:
    window.show_page(window.people)
    window.statusBar().clearMessage()  # the Today shots' "Undone: …" belongs to them
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


def shoot_new_pages(window: MainWindow, outdir: Path, app: QApplication) -> None:
    """Applications, Companies (and the way into the company with most people), Network, Insights."""
    window.show_page(window.late.applications)
    save(window, outdir / "applications.png", app)
    biggest = max(list_companies(), key=lambda row: (row.people, -row.id))
    window.late.show_company(biggest.id)
    save(window, outdir / "companies.png", app)
    window.late.show_company_network(biggest.id)
    save(window, outdir / "network.png", app)
    facts = window.keeper.facts
    if facts is not None:
        target = max(facts.people, key=lambda pid: (len(facts.edges.get(pid, [])), -pid))
        window.late.show_person_network(target)
        save(window, outdir / "network-person.png", app)
    insights = window.late.insights
    window.show_page(insights)
    while insights.numbers is None:  # counted in a worker
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    save(window, outdir / "insights.png", app)
    bar = insights.charts_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    save(window, outdir / "insights-more.png", app)  # the charts below the fold
    bar.setValue(0)
    insights.ages.numbers_button.click()
    save(window, outdir / "insights-numbers.png", app)
    insights.ages.numbers_button.click()


def shoot_empty_pages(window: MainWindow, outdir: Path, app: QApplication) -> None:
    for name in ("applications", "companies", "network", "insights"):
        window.show_page(window.late.build(name))
        window.runner.wait()  # the Insights numbers are counted in a worker
        settle(app)
        save(window, outdir / f"{name}-empty.png", app)


def shoot_sizes(window: MainWindow, outdir: Path, app: QApplication) -> None:
    """Today, People, Openings and the person page at 1024×700, 1280×800 and 1920×1080."""
    person = richest_person()
    for width, height in SIZES:
        window.resize(width, height)
        suffix = f"{width}x{height}"
        window.show_page(window.today)
        save(window, outdir / f"today-{suffix}.png", app)
        window.show_page(window.people)
        window.people.clear_search()
        save(window, outdir / f"people-{suffix}.png", app)
        window.open_person(person)
        save(window, outdir / f"person-{suffix}.png", app)
        window.show_page(window.openings)
        window.openings.select(opening_id("Senior Data Analyst", "Nordlicht Analytics GmbH"))
        save(window, outdir / f"openings-{suffix}.png", app)
    window.resize(*SIZE)


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

    palette = window.open_palette()  # Ctrl+K, a few letters typed
    palette.query.setText("data")
    save(palette, outdir / "palette.png", app)
    palette.reject()


def shoot_duplicates(window: MainWindow, outdir: Path, app: QApplication) -> None:
    for fields in NEAR_DUPLICATES:
        create_person(dict(fields))
    dialog = window.open_duplicates()
    while dialog.loading:  # the pairs are looked for in a worker
        app.processEvents()
    save(dialog, outdir / "duplicates.png", app)
    dialog.reject()


def shoot_import(window: MainWindow, outdir: Path, app: QApplication) -> None:
    from desktop.gui.importing.wizard import DONE

    wizard = window.open_import_wizard(UNKNOWN_CSV)
    while wizard.preview_task is not None:  # the file is read in a worker
        app.processEvents()
    save(wizard, outdir / "import-mapping.png", app)
    wizard.open_path(LINKEDIN_SAMPLE)
    while wizard.preview_task is not None:
        app.processEvents()
    save(wizard, outdir / "import-preview.png", app)
    wizard.start_import()
    while wizard.step != DONE:
        app.processEvents()
    save(wizard, outdir / "import-summary.png", app)
    wizard.accept()


class ShotKeyring(KeyringBackend):
    """An in-memory keyring: the screenshots never read or write the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def wait_idle(window: MainWindow, app: QApplication) -> None:
    while not window.session.keyring_known or window.session.busy or window.session.blocked() is not None:
        app.processEvents()
    settle(app)


def shoot_privacy(folder: Path, outdir: Path, app: QApplication) -> None:
    from desktop import mail, secrets
    from desktop.core import unlock
    from desktop.core.people import find_person
    from desktop.gui.dialogs.secret_prompt import WRONG_KEY
    from desktop.gui.dialogs.unlock import PassphraseDialog, RecoveryKeyDialog
    from desktop.gui.kit.banners import Banner
    from desktop.gui.settings.dialog import MAIL_TAB, PRIVACY_TAB
    from desktop.store import encryption, maintenance

    keyring.set_keyring(ShotKeyring())
    secrets.reset()
    mail.account_path = lambda: folder / "smtp.json"  # nor the real mail settings
    key = Key(raw=bytes(range(32)))  # fixed: the same recovery key in every run
    path = folder / "private.db"
    open_sqlite(path, key=key)
    unlock.write_options(path, encryption="on")
    for fields in (
        {"name": "Anna Schmidt", "company": "Globex AG", "email": "anna@globex.example"},
        {"name": "Tom Weber", "company": "Nordlicht Analytics GmbH", "title": "Recruiter"},
    ):
        create_person(fields)
    for stamp in ("20260301-091500", "20260302-083000"):
        maintenance.backup(maintenance.backup_folder(path) / f"rebound-{stamp}.db")
    window = new_window(folder, app)

    recovery = RecoveryKeyDialog(encryption.recovery_code(key), window)
    recovery.adjustSize()
    save(recovery, outdir / "recovery-key.png", app)
    recovery.accept()
    reason = say("no keyring service was found on this system")  # as desktop/secrets.py words the refusal
    choose = PassphraseDialog("new", path, reason=reason, parent=window)
    choose.secret.setText("correct horse battery")
    choose.repeat.setText("correct horse batt")
    choose.accept()  # refused: the two differ, and the dialog says so
    shoot_dialog(choose, outdir / "passphrase.png", app)
    unlock_dialog = PassphraseDialog("open", path, error=i18n.tr(WRONG_KEY), parent=window)
    shoot_dialog(unlock_dialog, outdir / "passphrase-open.png", app)

    settings = window.open_settings(PRIVACY_TAB)
    wait_idle(window, app)
    settings.privacy.recover_button.setChecked(True)
    save(settings, outdir / "settings-privacy.png", app)
    settings.tabs.setCurrentIndex(MAIL_TAB)
    mail_tab = settings.mail
    shoot_filled(settings, outdir / "settings-mail.png", app, {
        mail_tab.host: "smtp.mailbox.example", mail_tab.user: "jana.berg@mailbox.example",
        mail_tab.sender_address: "jana.berg@mailbox.example", mail_tab.password: "app password",
    })  # fmt: skip
    settings.tabs.setCurrentWidget(settings.database)
    server = settings.database
    shoot_filled(settings, outdir / "settings-database.png", app, {
        server.host: "db.agency.example", server.database: "rebound", server.user: "jana",
        server.password: "team password",
    })  # fmt: skip
    settings.reject()

    fields = [
        FieldVersions("title", i18n.tr("Title"), "Head of Talent", "Talent Lead"),
        FieldVersions("location", i18n.tr("Location"), "Hamburg", "Munich"),
    ]
    who = who_and_when("ana", datetime(2026, 11, 26, 9, 30))
    shoot_dialog(EditConflictDialog("Tom Weber", who, fields, window), outdir / "edit-conflict.png", app)

    restore = window.offer_restore()
    save(restore, outdir / "restore.png", app)
    restore.reject()
    window.open_person(find_person("Anna Schmidt"))
    erase = window.people.person_page.erase_person()
    assert erase is not None
    erase.typed.setText("Anna Sch")
    shoot_dialog(erase, outdir / "erase.png", app)

    (path.parent / ".dropbox").mkdir(exist_ok=True)  # as if the folder were Dropbox's: the start-up's warning
    [warning] = location_warnings(path, mounts="")
    window.banners.add(Banner("location", warning))
    window.show_page(window.today)
    save(window, outdir / "banner.png", app)
    window.close()
    close_database()

    plain = folder / "plain.db"
    open_sqlite(plain)
    unlock.write_options(plain, encryption="off")
    create_person({"name": "Anna Schmidt", "company": "Globex AG"})
    window = new_window(folder, app)
    settings = window.open_settings(PRIVACY_TAB)
    wait_idle(window, app)
    save(settings, outdir / "settings-privacy-off.png", app)
    settings.reject()
    window.close()
    close_database()


def main(argv: list[str]) -> int:
    options = shot_options(argv)
    outdir = Path(options.outdir)
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
        shoot_new_pages(window, outdir, app)
        shoot_dialogs(window, outdir, app)
        shoot_sizes(window, outdir, app)
        shoot_duplicates(window, outdir, app)
        window.close()

        close_database()

        open_sqlite(folder / "recruiter.db")  # the recruiter's demo: her candidates under the roles they fill
        load_demo(DEMO_ANCHOR, recruiter=True)
        recruiter = new_window(folder, app)
        recruiter.show_page(recruiter.late.applications)
        save(recruiter, outdir / "applications-recruiter.png", app)
        recruiter.close()
        close_database()

        open_sqlite(folder / "quiet.db")  # one contact, whose check-in falls due in five days
        clara = create_person(
            {"name": "Clara Neumann", "company": "Kestrel Mobility", "email": "clara@kestrel.example"}
        ).value
        log_interaction(clara, "email", "out", NOW - timedelta(days=85), channel="email", body="Hello Clara")
        quiet = new_window(folder, app)
        save(quiet, outdir / "today-nothing.png", app)
        quiet.close()
        close_database()

        open_sqlite(folder / "empty.db")
        empty = new_window(folder, app)
        empty.show_page(empty.today)  # not the page the last window closed on
        save(empty, outdir / "empty.png", app)
        shoot_empty_pages(empty, outdir, app)
        empty.close()
        close_database()

        open_sqlite(folder / "import.db")  # the LinkedIn sample export into an empty database
        importing = new_window(folder, app)
        shoot_import(importing, outdir, app)
        importing.close()
        close_database()

        shoot_privacy(folder, outdir, app)
    if options.report:
        REPORT.write(Path(options.report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

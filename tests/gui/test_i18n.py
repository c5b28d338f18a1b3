"""The interface in English and German: every text through ``tr``, a complete German translation, English as
the fallback, and the translation's source (``resources/i18n/rebound_de.ts``) in step with the code."""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.kit import i18n
from desktop.gui.kit.i18n import VOCABULARY, language_for, number, tr, tr_n
from desktop.gui.main_window import MainWindow
from desktop.texts import say

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "tests" / "data" / "mail"
GUI = ROOT / "desktop" / "gui"
GERMAN_TS = ROOT / "resources" / "i18n" / "rebound_de.ts"
sys.path.insert(0, str(ROOT / "tools"))
import i18n as extractor  # noqa: E402  (tools/i18n.py)

# Qt calls whose text arguments a user reads: (the method or class, which positional arguments are texts)
TEXT_CALLS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(("setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
                     "setWhatsThis", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
                     "showMessage", "setAccessibleName", "setAccessibleDescription", "setHtml",
                     "setPlainText", "setSpecialValueText", "setSuffix", "setPrefix", "setCancelButtonText"), (0,)),
    **dict.fromkeys(("addAction", "addMenu", "addItem", "insertItem"), (0, 1)),
    **dict.fromkeys(("addTab", "insertTab", "setTabText", "setTabToolTip", "setItemText"), (1, 2)),
    "addRow": (0,),
    "addItems": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    **dict.fromkeys(("QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
                     "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "PlainLabel", "QCommandLinkButton",
                     "QProgressDialog"), (0, 1)),
    "QMessageBox": (1, 2),
    **dict.fromkeys(("question", "warning", "information", "critical", "getText", "getItem"), (1, 2)),
    **dict.fromkeys(("getOpenFileName", "getSaveFileName", "getExistingDirectory"), (1, 3)),
}  # fmt: skip
# A literal a user never reads as words: empty, punctuation, a number, a URL, an example address or host name,
# a keyboard shortcut.
NOT_WORDS = re.compile(r"^[\W\d_]*$|^https?://|^[\w.+-]+@[\w.-]+$|^[a-z0-9-]+(\.[a-z0-9-]+)+$|^(Ctrl|Alt|Shift|Meta)\+")


def _name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def _untranslated(node: ast.expr) -> Iterator[ast.expr]:
    """The parts of an argument that put text on screen without ``tr``: a literal, an f-string, a join of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if not NOT_WORDS.search(node.value.strip()):
            yield node
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(str(part.value) for part in node.values if isinstance(part, ast.Constant))
        if not NOT_WORDS.search(literal.strip()):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from _untranslated(node.left)
        yield from _untranslated(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _untranslated(node.body)
        yield from _untranslated(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            yield from _untranslated(item)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        yield from _untranslated(node.func.value)  # "…".format(…) is still an untranslated literal


def untranslated_texts(source: str, filename: str) -> list[str]:
    """``file:line: text`` for each literal handed to a Qt text setter or constructor without ``tr``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or _name(node) not in TEXT_CALLS:
            continue
        for position in TEXT_CALLS[_name(node)]:
            if position < len(node.args):
                for bad in _untranslated(node.args[position]):
                    found.append(f"{filename}:{bad.lineno}: {ast.unparse(bad)[:80]}")
    return found


def test_the_checker_notices_an_untranslated_text() -> None:
    source = (
        'label.setText("Saved")\n'
        'button = QPushButton(f"Open {name}", self)\n'
        'box.setWindowTitle(tr("Settings"))\n'
        'form.addRow(tr("Name:"), field)\n'
        'self.setToolTip("Hello " + name)\n'
        'menu.addAction("&Quit")\n'
        'label.setText("")\n'
        "edit.setText(value)\n"
    )
    assert untranslated_texts(source, "sample.py") == [
        "sample.py:1: 'Saved'",
        "sample.py:2: f'Open {name}'",
        "sample.py:5: 'Hello '",
        "sample.py:6: '&Quit'",
    ]


def test_every_text_a_widget_shows_goes_through_tr() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        found += untranslated_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


def test_the_german_source_is_in_step_with_the_code() -> None:
    assert extractor.update("de", check=True), "run: python tools/i18n.py (then translate what it added)"


def test_the_german_translation_has_no_unfinished_or_obsolete_text() -> None:
    messages = ET.parse(GERMAN_TS).getroot().iter("message")
    missing = []
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            missing.append(message.findtext("source"))
    assert missing == []


def test_each_translation_keeps_the_placeholders_shortcut_keys_and_count_of_its_source() -> None:
    def marks(text: str) -> tuple[list[str], bool, int]:
        return sorted(re.findall(r"\{[^{}]*\}", text)), "%n" in text, len(re.findall(r"&\w", text))

    differ = []
    for message in extractor.read_ts(GERMAN_TS).values():
        for form in message.translation:
            if marks(form) != marks(message.source):
                differ.append((message.source, form))
    assert differ == []


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The interface in German (its .qm built from the .ts) for one test, English again after it."""
    extractor.build_qm("de", target=tmp_path / "rebound_de.qm")
    assert i18n.install("de", folder=tmp_path)
    try:
        yield
    finally:
        i18n.install("en")


@pytest.mark.usefixtures("german")
def test_german_texts_plurals_numbers_and_dates() -> None:
    assert tr("&Quit") == "&Beenden"
    assert tr("Log rejection") == "Absage erfassen"
    assert tr("Open", VOCABULARY) == "Offen"  # the state of an opening, not the verb
    assert tr("Open") == "Öffnen"
    assert tr_n("%n person", 1, "%n people") == "1 Person"
    assert tr_n("%n person", 1200, "%n people") == "1.200 Personen"
    assert number(1200) == "1.200"
    assert QLocale().toString(3.5, "f", 1) == "3,5"


def test_cores_sentences_follow_the_interface_language(qapp: QApplication, tmp_path: Path) -> None:
    assert say("You have not replied since") == "You have not replied since"  # as written, for the CLI
    extractor.build_qm("de", target=tmp_path / "rebound_de.qm")
    try:
        i18n.install("de", folder=tmp_path)
        assert say("You have not replied since") == "Sie haben seitdem nicht geantwortet"
    finally:
        i18n.install("en")
    assert say("You have not replied since") == "You have not replied since"


@pytest.mark.usefixtures("german")
def test_a_text_without_translation_stays_english_never_blank() -> None:
    assert tr("A sentence nobody has translated yet.") == "A sentence nobody has translated yet."
    assert tr_n("%n thing nobody translated", 3, "%n things nobody translated") == "3 things nobody translated"


def test_english_plurals_and_numbers_without_a_translation(qapp: QApplication) -> None:
    assert tr_n("%n person", 1, "%n people") == "1 person"
    assert tr_n("%n person", 1000, "%n people") == "1,000 people"
    assert tr("Log rejection") == "Log rejection"


def test_the_language_follows_the_setting_else_the_system() -> None:
    assert language_for("de") == "de"
    assert language_for("en", QLocale("de_DE")) == "en"
    assert language_for("system", QLocale("de_AT")) == "de"
    assert language_for(None, QLocale("fr_FR")) == "en"  # a language Rebound does not speak: English


def test_a_missing_translation_file_leaves_english(qapp: QApplication, tmp_path: Path) -> None:
    try:
        assert not i18n.install("de", folder=tmp_path)  # no .qm there
        assert tr("Log rejection") == "Log rejection"
    finally:
        i18n.install("en")


def module_level_translations(path: Path) -> list[int]:
    """The lines where ``path`` calls ``tr``/``tr_n`` outside any function: translated when it is imported."""
    lines = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if isinstance(child, ast.Call) and _name(child) in ("tr", "tr_n"):
                lines.append(child.lineno)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return lines


def test_the_modules_loaded_before_the_language_is_chosen_translate_nothing_on_import() -> None:
    """``gui.app`` installs the language after its own imports: their texts are tr_noop, translated when shown."""
    import subprocess

    code = "import sys, desktop.gui.app; print('\\n'.join(m for m in sys.modules if m.startswith('desktop.gui')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    early = {}
    for module in done.stdout.split():
        path = ROOT / Path(*module.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        early[module] = module_level_translations(path)
    assert "desktop.gui.services.session" in early
    assert {module: lines for module, lines in early.items() if lines} == {}


@pytest.mark.usefixtures("german")
def test_an_imports_problems_the_start_up_warnings_and_a_templates_error_are_german(tmp_path: Path) -> None:
    from desktop.core.instance import location_warnings
    from desktop.core.reconnect.drafts import TemplateProblem, render_text
    from desktop.interop.people_import import Tracker, skipped_where

    track = Tracker()
    for line in (14, 15, 16):
        track.skip(say("draft, never sent"), "messages.csv", line)
    assert track.finish().errors == ["messages.csv: Entwurf, nie gesendet (Zeilen 14–16)"]
    assert skipped_where([7, None, None]) == "Zeile 7 und 2 Zeilen ohne Zeilennummer"

    (tmp_path / ".dropbox").mkdir()
    [warning] = location_warnings(tmp_path / "rebound.db", mounts="")
    assert warning.startswith(
        f"Die Datenbank {tmp_path / 'rebound.db'} liegt in einem Ordner, den Dropbox synchronisiert."
    )

    with pytest.raises(TemplateProblem) as refused:
        render_text("Hi {{ ''.__class__ }}", {})
    assert str(refused.value) == "in einer Vorlage nicht erlaubt: das Attribut __class__ eines Werts vom Typ str"


@pytest.mark.usefixtures("german")
def test_a_vcard_and_a_csv_imported_in_german_report_what_they_left_out_and_skipped_in_german(
    qtbot: Any, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    from desktop.gui.importing.wizard import DONE
    from tests.gui.test_german_run import english_in, english_words

    cards = tmp_path / "cards.vcf"
    too_long = "x" * 1_000_001
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nNOTE:" + too_long + "\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+49 30 1234\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    people = tmp_path / "people.csv"
    people.write_text(
        "Name,E-mail,LinkedIn,Company,Title,Hobby\r\n"
        "Bob Stein,bob@stein.example,,Acme,,chess\r\n"
        ",nobody,,,,\r\n"
        "=1+2,,,,,\r\n",
        encoding="utf-8",
    )
    english = english_words()
    window = make_window()
    shown: dict[str, list[str]] = {}
    formats = []
    for path in (cards, people):
        wizard = window.open_import_wizard(path)
        qtbot.waitExposed(wizard)
        qtbot.waitUntil(lambda wizard=wizard: wizard.preview_task is None)
        preview = wizard.preview_page.skipped.lines()
        formats.append(wizard.preview_page.format_label.text())
        assert wizard.next_button.text() == "Importieren"
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda wizard=wizard: wizard.step == DONE)
        done = wizard.done_page
        assert done.title.text() == "Import abgeschlossen"
        shown[path.name] = done.problems.lines()
        for text in [done.text.text(), *preview, *done.problems.lines(), *done.files.lines()]:
            assert english_in(text, english) == [], text
        wizard.reject()
        qtbot.waitUntil(lambda: window.dialog is None)

    assert shown == {
        "cards.vcf": [
            "cards.vcf: die Karte nennt niemanden (kein FN, N, ORG und keine E-Mail-Adresse) (Zeile 6)",
            "cards.vcf: NOTE weggelassen: der Wert ist 1.000.001 Zeichen lang; mehr als 1.000.000 werden nicht "
            "gelesen (Zeile 4)",
        ],
        "people.csv": [
            "people.csv: kein Name, kein Unternehmen und keine E-Mail-Adresse (Zeile 3)",
            "people.csv: der Name ist eine Tabellenformel (Zeile 4)",
            "people.csv: Spalte 'Hobby' weggelassen: kein Feld liest sie (Zeile 2)",
        ],
    }
    assert formats == ["vCard 3.0", "Rebound-CSV"]


@pytest.mark.usefixtures("german", "utc")
def test_a_mailbox_previewed_and_imported_in_german_says_so_in_german(
    qtbot: Any, make_window: Callable[[], MainWindow]
) -> None:
    """The mail import's format and its summary come from core (``say``), numbers grouped the German way."""
    from desktop.core.people import create_person
    from desktop.gui.importing.wizard import DONE

    create_person({"name": "Tom Weber", "email": "tom@acme.example"})
    window = make_window()
    wizard = window.open_import_wizard(MAIL / "inbox.mbox")
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.preview_task is None)
    assert wizard.preview_page.format_label.text() == "E-Mail: mbox-Datei"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == DONE)
    assert wizard.done_page.text.text() == (
        "inbox.mbox importiert: 7 Nachrichten gelesen, 5 neu in Verläufen, 0 schon vorhanden, 2 ohne jemanden aus "
        "Rebound (nicht gespeichert), 1 als Schritte einer Bewerbung erkannt."
    )
    wizard.reject()
    qtbot.waitUntil(lambda: window.dialog is None)


def test_numbers_in_cores_sentences_are_grouped_as_the_interface_language_groups_them(
    qapp: QApplication, tmp_path: Path
) -> None:
    from desktop.interop.mail.importer import MailImportSummary

    many = MailImportSummary(read=1_000_001, created=1, unchanged=0, skipped=1_000_000)
    english = "1,000,001 messages read, 1 new on timelines, 0 already there, 1,000,000 without anybody of Rebound"
    assert many.sentence().startswith(english)  # the command line
    extractor.build_qm("de", target=tmp_path / "rebound_de.qm")
    try:
        assert i18n.install("de", folder=tmp_path)
        assert many.sentence() == (
            "1.000.001 Nachrichten gelesen, 1 neu in Verläufen, 0 schon vorhanden, 1.000.000 ohne jemanden aus "
            "Rebound (nicht gespeichert)"
        )
    finally:
        i18n.install("en")
    assert many.sentence().startswith(english)  # English again, grouping too

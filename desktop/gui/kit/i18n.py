"""The translation layer: every user-visible string of the GUI goes through ``tr`` (or ``tr_n`` for counts).

``tr("Log rejection")`` looks the text up in the loaded Qt translator under the one context ``Rebound``;
without a translation (English, or a string not yet translated) it returns the English text, never a
blank. The extractor (``tools/i18n.py``) that writes ``resources/i18n/*.ts`` reads the literal first
argument of ``tr``, ``tr_n`` and ``tr_noop``, so call them with a string literal (format afterwards:
``tr("{name} was saved").format(name=name)``).

The language is chosen once, at start-up (``install``), before the window's modules are imported:
texts kept in module constants are translated when their module is first imported. ``tr_noop`` marks
a text for the extractor where it must stay English in the code (a value compared later, a constant
of a module imported before the translator); translate it where it is shown, ``tr(CONSTANT)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import texts
from desktop.paths import RESOURCES

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

# Qt is imported inside the functions: kit/formatting.py (and so this module) loads before Qt does
# (cli.BEFORE_QT). ``tr`` keeps Qt's translate function after its first call: once PySide is loaded, every
# ``import`` statement passes its import hook (2 µs, ten times the look-up itself; hundreds of texts per start).

CONTEXT = "Rebound"
VOCABULARY = "vocabulary"  # the disambiguation of the vocabularies' labels ("Open" the state, not the verb)
LANGUAGES = (("en", "English"), ("de", "Deutsch"))  # the languages of the interface (a .qm for each but English)
SYSTEM = "system"  # the setting that follows the system's language
LANGUAGE_KEY = "ui/language"  # where the interface settings (gui.ini) keep the choice: "system", "en" or "de"
TRANSLATIONS = RESOURCES / "i18n"

_installed: list[QTranslator] = []
_language = ["en"]  # the interface's language, as installed last
_translate: list[Callable[..., str]] = []  # QCoreApplication.translate, from the first ``tr`` on (see above)


def _translator() -> Callable[..., str]:
    from PySide6.QtCore import QCoreApplication  # lazy: this module loads before Qt (see above)

    _translate.append(QCoreApplication.translate)
    return _translate[0]


def tr(text: str, disambiguation: str | None = None) -> str:
    """The user's language's form of ``text`` (the English text when there is none)."""
    translate = _translate[0] if _translate else _translator()
    return translate(CONTEXT, text, disambiguation) or text


def tr_n(text: str, n: int, plural: str | None = None, disambiguation: str | None = None) -> str:
    """A text with a count, its form for ``n`` chosen by the translation (``%n`` is replaced by ``n``).

    ``text`` is the English singular and the key of the translation; ``plural`` the English plural,
    used when no translation is loaded: ``tr_n("%n person", n, "%n people")``.
    """
    translate = _translate[0] if _translate else _translator()
    translated = translate(CONTEXT, text, disambiguation, n)
    if not translated or translated in (text, text.replace("%n", str(n))):  # no translation: Qt gave the source
        translated = text if n == 1 or plural is None else plural
    elif abs(n) >= 1000:  # Qt put in the digits of n without grouping
        translated = translated.replace(str(n), number(n), 1)
    return translated.replace("%n", number(n))


def language() -> str:
    """The language of the interface ("en" until ``install`` chose another)."""
    return _language[0]


def number(n: int) -> str:
    """``n`` with the interface language's digit grouping: 1,000 (English), 1.000 (German)."""
    from PySide6.QtCore import QLocale  # lazy: this module loads before Qt (see above)

    return QLocale(_language[0]).toString(n)


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals as the interface language writes it: 1.5 (English), 1,5 (German)."""
    from PySide6.QtCore import QLocale  # lazy: this module loads before Qt (see above)

    return QLocale(_language[0]).toString(float(value), "f", places)


def shortcut_text(keys: str) -> str:
    """``Ctrl+Shift+S`` as the platform and the language write it (``Strg+Umschalt+S``, ``⇧⌘S``)."""
    from PySide6.QtGui import QKeySequence  # lazy: this module loads before Qt (see above)

    # ``fromString``: the constructor tries the overloads that take a ``Qt.Key`` first (kit/qt_values.py)
    return QKeySequence.fromString(keys).toString(QKeySequence.SequenceFormat.NativeText)


def tr_noop(text: str, disambiguation: str | None = None) -> str:
    """Marks ``text`` for translation without translating it now (see the module's text)."""
    return text


def language_for(choice: str | None, system: QLocale | None = None) -> str:
    """The interface language for the setting ``choice`` ("system", "en", "de"): the system's when it is one
    of ours, else English."""
    from PySide6.QtCore import QLocale  # lazy: this module loads before Qt (see above)

    known = {code for code, _name in LANGUAGES}
    if choice in known:
        return str(choice)
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in known else "en"


def qm_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"rebound_{language}.qm"


def install(language: str, folder: Path = TRANSLATIONS) -> bool:
    """Use ``language`` for the interface from now on (texts, and dates and numbers via QLocale).

    English needs no translator; a language whose ``.qm`` is missing stays English (False). Replaces a
    translator installed before.
    """
    # lazy: this module loads before Qt (see above)
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    _language[0] = "en"
    texts.use(None)
    if language == "en" or app is None:
        return language == "en"
    translator = QTranslator(app)
    if not translator.load(str(qm_file(language, folder))):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _language[0] = language
    texts.use(tr, number)  # core's sentences (desktop/texts.py) too, and the numbers in them
    base = QTranslator(app)  # Qt's own texts (the buttons of standard dialogs), when Qt ships them
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if base.load(QLocale(language), "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(base)
        _installed.append(base)
    return True

"""The translation layer: every user-visible string of the GUI goes through ``tr`` (or ``tr_n`` for counts).

``tr("Log rejection")`` looks the text up in the loaded Qt translator under the one context ``Rebound``;
without a translation (English, or a string not yet translated) it returns the English text, never a
blank. The extractor that writes ``resources/i18n/*.ts`` reads the literal first argument of these two
functions, so call them with a string literal (format afterwards: ``tr("{n} people").format(n=n)``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Rebound"


def tr(text: str, disambiguation: str | None = None) -> str:
    """The user's language's form of ``text`` (the English text when there is none)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation) or text


def tr_n(text: str, n: int, disambiguation: str | None = None) -> str:
    """A text with a count, its plural chosen by the translation (``%n`` is replaced by ``n``)."""
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    return (translated or text).replace("%n", str(n))

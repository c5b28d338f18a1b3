"""The sentences core writes for people to read (the facts behind a suggestion), translatable by the interface.

core and interop never import Qt. They write ``say("You last wrote to {name} on {day}").format(...)``:
``say`` gives the sentence in the interface's language once the interface has installed its
translation (``desktop/gui/kit/i18n.py``, context ``Rebound``), and as written — English — for the
command line, the archive and the tests. ``tools/i18n.py`` collects the literals given to ``say``.

A whole number inside such a sentence goes through ``number``: grouped as the interface's locale
groups digits ("1.000.001" in German) once the interface has said how, and "1,000,001" otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

_translation: list[Callable[[str], str]] = []
_numbers: list[Callable[[int], str]] = []


def say(text: str) -> str:
    """``text`` in the interface's language (as written, when no translation is installed)."""
    return _translation[0](text) if _translation else text


def number(n: int) -> str:
    """``n`` with its digits grouped as the interface's language groups them (English grouping by default)."""
    return _numbers[0](n) if _numbers else f"{n:,}"


def use(translate: Callable[[str], str] | None, numbers: Callable[[int], str] | None = None) -> None:
    """Translate ``say``'s sentences with ``translate`` and write ``number``'s with ``numbers`` from now on.

    None: as written, in English.
    """
    _translation.clear()
    _numbers.clear()
    if translate is not None:
        _translation.append(translate)
    if numbers is not None:
        _numbers.append(numbers)

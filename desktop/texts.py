"""The sentences core writes for people to read (the facts behind a suggestion), translatable by the interface.

core and interop never import Qt. They write ``say("You last wrote to {name} on {day}").format(...)``:
``say`` gives the sentence in the interface's language once the interface has installed its
translation (``desktop/gui/kit/i18n.py``, context ``Rebound``), and as written — English — for the
command line, the archive and the tests. ``tools/i18n.py`` collects the literals given to ``say``.
"""

from __future__ import annotations

from collections.abc import Callable

_translation: list[Callable[[str], str]] = []


def say(text: str) -> str:
    """``text`` in the interface's language (as written, when no translation is installed)."""
    return _translation[0](text) if _translation else text


def use(translate: Callable[[str], str] | None) -> None:
    """Translate ``say``'s sentences with ``translate`` from now on (None: as written)."""
    _translation.clear()
    if translate is not None:
        _translation.append(translate)

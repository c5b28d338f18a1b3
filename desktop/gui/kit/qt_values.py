"""Qt's enum values as numbers, for what the window does before its first paint.

PySide builds the ``Qt`` namespace's Python type the first time it is needed (named, passed, received), and with it
all 93 of its enums as Python ``enum`` classes: about 10 ms, a tenth of a bare PySide6 window's start. The first
frame of People or Today needs none of it. The widgets built before the first paint set these values through Qt's
property system (``QObject.setProperty`` takes the number, and Qt converts it), and the item models compare roles as
numbers; everything after the first paint names ``Qt`` as usual. Tests hold each number to Qt's own value
(tests/gui/test_qt_values.py), and the first frame to painting before the namespace is built
(tests/gui/test_first_frame.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOL_TIP_ROLE = 3
FOREGROUND_ROLE = 9
USER_ROLE = 0x100
# Qt.AlignmentFlag
ALIGN_RIGHT = 0x2
ALIGN_TOP = 0x20
ALIGN_V_CENTER = 0x80
ALIGN_CENTER = 0x84  # AlignHCenter | AlignVCenter
# Qt.TextFlag.TextWordWrap
TEXT_WORD_WRAP = 0x1000
# Qt.TextFormat.PlainText
PLAIN_TEXT = 0
# Qt.TextInteractionFlag.TextSelectableByMouse
SELECTABLE_BY_MOUSE = 1
# Qt.FocusPolicy
NO_FOCUS, STRONG_FOCUS = 0x0, 0xB
# Qt.ScrollBarPolicy.ScrollBarAlwaysOff
SCROLL_BAR_ALWAYS_OFF = 1
# Qt.ColorScheme
COLOR_SCHEME_UNKNOWN, COLOR_SCHEME_LIGHT, COLOR_SCHEME_DARK = 0, 1, 2


def set_qt_property(widget: QObject, name: str, value: int | str) -> None:
    """Set the Qt property ``name`` to ``value``, which Qt converts (a number to an enum, a text to a key sequence).

    A property the object does not have (Qt then keeps it as a dynamic property), or a value Qt cannot convert,
    raises ``ValueError``."""
    if not widget.setProperty(name, value):
        raise ValueError(f"{type(widget).__name__} has no property {name!r} that takes {value!r}")


def set_shortcuts(action: QAction, *texts: str) -> None:
    """Give ``action`` the shortcuts ``texts`` ("Ctrl+I", in Qt's portable text; the menus show the first).

    A text Qt does not read back as written (a typo, a key Qt does not know) raises ``ValueError``.

    ``QKeySequence("Ctrl+I")`` would build the Qt namespace: PySide tries the overloads that take a ``Qt.Key``
    first. The ``shortcut`` property reads the text in Qt itself.
    """
    sequences = []
    for text in texts:
        set_qt_property(action, "shortcut", text)
        sequence = action.shortcut()
        if sequence.toString() != text:
            raise ValueError(f"not a shortcut: {text!r}")
        sequences.append(sequence)
    if len(sequences) > 1:
        action.setShortcuts(sequences)

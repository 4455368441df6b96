"""The few values of Qt's namespace the checklist's first frame needs, as plain ints.

PySide makes every enum of the ``Qt`` namespace (Qt.AlignmentFlag, Qt.ItemDataRole and
92 more) the first time any of them is touched: some 14 ms here, a tenth of what a bare
window takes to appear, and the window must show its checklist within 1.5 times that
(issue 21). So nothing the window runs before the checklist's first paint names ``Qt``:

- an item role, or ``QPainter.drawText``'s flags, is an int in Qt's API: one of these;
- a property typed by one of Qt's enums is set by name with one of these
  (``label.setProperty("textFormat", PLAIN_TEXT)``): Qt converts the int itself;
- a call whose overloads include one of Qt's enums (``QPainter.setPen``, ``QBrush(color)``,
  ``QAction.setShortcut``) is left to after the first paint, or replaced by one without
  (``QAction.setShortcuts([sequence])``);
- a module that needs ``Qt`` later (key presses, drops) names it as ``QtCore.Qt`` in the
  code that runs then, not in an import at its top.

``tests/ui/test_fast_start.py`` starts the window and holds its first paint to touching
none; ``tests/ui/test_qt_values.py`` holds each value here to the enum it stands for.
"""

from __future__ import annotations

# Qt.ItemDataRole
FOREGROUND_ROLE = 9
ACCESSIBLE_DESCRIPTION_ROLE = 12
USER_ROLE = 0x0100

# Qt.TextFormat, for a QLabel's "textFormat": user data (an LSP's name, a file name) is
# never read as markup.
PLAIN_TEXT = 0
RICH_TEXT = 1

# Qt.TextInteractionFlag, for a QLabel's "textInteractionFlags"
SELECTABLE_BY_MOUSE = 0x01
TEXT_BROWSER_INTERACTION = 0x0D  # selectable by mouse; links followed by mouse or keys

# Qt.AlignmentFlag, for "alignment" and QPainter.drawText's flags
ALIGN_LEFT = 0x0001
ALIGN_TOP = 0x0020
ALIGN_V_CENTER = 0x0080
ALIGN_CENTER = 0x0084

# Qt.TextElideMode, for a view's "textElideMode"
ELIDE_NONE = 3

# Qt.ScrollBarPolicy, for a scroll area's "verticalScrollBarPolicy"
SCROLL_BAR_ALWAYS_ON = 2

# Qt.ShortcutContext, for a QShortcut's "context"
WIDGET_SHORTCUT = 0

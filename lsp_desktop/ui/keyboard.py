"""What the keyboard does everywhere in the window and its dialogs (issue 21, point 6).

- Enter (or Return) on a focused button presses it, as Space does: Qt presses a focused
  button with Enter only inside a dialog, and admins press Enter. Only the button that
  has the focus: Enter in a text field, a table or a list keeps its own meaning (a
  dialog's default button, the next cell).
- The focused control gets a clear outline when the focus came from the keyboard (Tab,
  F6, a shortcut): the style's own dotted focus frame is barely visible.

Installed once on the application (``install``), by ui/app.py.
"""

from __future__ import annotations

from typing import cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFocusFrame,
    QPushButton,
    QToolButton,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
RING_WIDTH = 2
# Focus given by the mouse is where the admin looks already, and a window or dialog that
# comes up (or back) puts it where it was: no outline for those, until a key moves it.
QUIET_REASONS = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason,
                 Qt.FocusReason.ActiveWindowFocusReason)


class FocusRing(QFocusFrame):
    """A clear outline around the focused control, drawn outside it (a QFocusFrame
    follows the control as it moves, scrolls and resizes), in the palette's highlight
    colour, so that it reads on a light and a dark desktop."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_on(self, widget: QWidget | None) -> None:
        # None: the frame lets go of its control and hides (Qt takes a null widget here).
        self.setWidget(cast(QWidget, widget))
        if widget is not None:
            self.show()
            self.raise_()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(self.palette().ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRoundedRect(QRect(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


def _ringed(widget: QWidget) -> bool:
    """Controls that get the outline: not a list or table (its selection shows where the
    focus is), nor a cell's editor in one (in the view's viewport), nor a window."""
    if widget.isWindow() or isinstance(widget, QAbstractItemView):
        return False
    parent = widget.parentWidget()
    return not (parent is not None and (isinstance(parent, QAbstractItemView) or
                                        isinstance(parent.parentWidget(), QAbstractItemView)))


class KeyboardFilter(QObject):
    """The one application-wide event filter of this module: cheap for every other event
    (two comparisons of its type)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ring: FocusRing | None = None

    @property
    def ring(self) -> FocusRing:
        # The ring lives in the focused control's parent: a window closed takes it along.
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = FocusRing()
        return self._ring

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._enter_presses(watched, event)
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget) and \
                isinstance(event, QFocusEvent):
            self.ring.show_on(watched if event.reason() not in QUIET_REASONS and
                              _ringed(watched) else None)
        elif kind == QEvent.Type.FocusOut and self._ring is not None and \
                shiboken6.isValid(self._ring) and watched is self._ring.widget():
            self._ring.show_on(None)
        return False

    def _enter_presses(self, watched: QObject, event) -> bool:
        if event.key() not in ENTER_KEYS or event.isAutoRepeat() or \
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if not isinstance(watched, (QPushButton, QToolButton)) or \
                not watched.hasFocus() or not watched.isEnabled():
            return False
        watched.click()
        return True


def install(app: QApplication) -> KeyboardFilter:
    """Once per application (several windows and tests share one)."""
    existing = app.findChild(KeyboardFilter)
    if existing is not None and shiboken6.isValid(existing):
        return existing
    keyboard = KeyboardFilter(app)
    app.installEventFilter(keyboard)
    return keyboard


"""Ctrl+Z (and redo) reach Edit > Undo wherever the focus is in the window.

A text field claims the undo keys for its own typing (Qt's "shortcut override"), even
when it has nothing of its own to undo; the window's Undo then never heard the key while
the cursor sat in, say, an empty link field. Here a text field keeps the keys only while
it has typing to undo or redo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _own_history(watched: QObject, redo: bool) -> bool | None:
    """Whether a text field has typing of its own to undo (redo); None: not a text field."""
    widget = watched.lineEdit() if isinstance(watched, QComboBox) else watched
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


# The widgets that claim the undo keys for their own typing.
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox)


class UndoKeys(QObject):
    """One for the whole app (see install_undo_keys), filtering the events of text fields
    only: each is watched from the first time it gets the focus. A filter on the whole
    application would see every event of every widget, and converting each new kind of
    event for Python made the window ~25 ms slower to appear."""

    def watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, TEXT_FIELDS) and not new.property(WATCHED):
            new.setProperty(WATCHED, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        for key, redo in ((QKeySequence.StandardKey.Undo, False),
                          (QKeySequence.StandardKey.Redo, True)):
            if event.matches(key) and _own_history(watched, redo) is False:
                event.ignore()  # not claimed: the window's shortcut takes the key
                return True
        return False


WATCHED = "lspUndoKeys"
INSTALLED = "lspUndoKeysInstalled"


def install_undo_keys() -> None:
    """Once per application: one per window would pile up."""
    app = QApplication.instance()
    # A mark on the application, not findChild: that would wrap each of its children for
    # Python (its style among them), which the window's start need not pay.
    if not isinstance(app, QApplication) or app.property(INSTALLED):
        return
    app.setProperty(INSTALLED, True)
    keys = UndoKeys(app)
    app.focusChanged.connect(keys.watch)
    keys.watch(None, app.focusWidget())  # a field that had the focus before this

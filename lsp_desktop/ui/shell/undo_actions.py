"""Edit > Undo and Redo: named after the step they take back ("Urungkan Kompres …"), and
run through the one road (ui/road/edit_path.py), so that an undo asked while an edit is still
running waits for it instead of taking back the step before."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.road.edit_path import EditPath

REDO_TOO = QKeySequence("Ctrl+Shift+Z")


class UndoActions(QObject):
    """The two actions, a child of the window: when the window goes (a language switch
    rebuilds it), Qt disconnects them from the stack, which the controller keeps."""

    def __init__(self, window: QWidget, menu: QMenu, stack: QUndoStack, edits: EditPath
                 ) -> None:
        super().__init__(window)
        self.stack = stack
        self.undo, self.redo = QAction(window), QAction(window)
        for action, name, key, slot in (
                (self.undo, "undo", QKeySequence.StandardKey.Undo, edits.undo),
                (self.redo, "redo", QKeySequence.StandardKey.Redo, edits.redo)):
            action.setObjectName(name)
            keys = QKeySequence.keyBindings(key)
            if key == QKeySequence.StandardKey.Redo and REDO_TOO not in keys:
                keys.append(REDO_TOO)  # Ctrl+Shift+Z wherever Ctrl+Y is the system's own
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
        stack.indexChanged.connect(self.follow)
        stack.cleanChanged.connect(self.follow)
        self.follow()

    @Slot()
    def follow(self, *_: object) -> None:
        stack = self.stack
        if not shiboken6.isValid(stack):  # the controller is going, emptying its stack
            return
        for action, prefix, can, text in (
                (self.undo, tr("&Undo"), stack.canUndo(), stack.undoText()),
                (self.redo, tr("&Redo"), stack.canRedo(), stack.redoText())):
            action.setEnabled(can)
            # The step's words quote names ("Ani & Budi"): an "&" in a menu marks the key
            # that chooses it, unless doubled.
            shown = text.replace("&", "&&")
            action.setText(f"{prefix} {shown}" if can and text else prefix)

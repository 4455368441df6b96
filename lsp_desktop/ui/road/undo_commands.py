"""Undo steps whose Edit > Undo text follows the window's language.

The undo history outlives a language switch (the controller keeps it while the window is
rebuilt), so each step keeps its words as ``Said`` and is told again in the new language.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from lsp_desktop.store.workspace import Document
from lsp_desktop.ui.i18n import Said


class RetoldCommand(QUndoCommand):
    def __init__(self, said: Said) -> None:
        super().__init__(str(said))
        self.said = said

    def retell(self) -> None:
        self.setText(str(self.said))


def retell_all(stack: QUndoStack) -> None:
    """Every step's text in the language now chosen (Undo/Redo menu entries follow)."""
    for index in range(stack.count()):
        step = stack.command(index)
        if isinstance(step, RetoldCommand):
            step.retell()


def attach_words(replaced: Document | None, result: object) -> Said:
    """The Edit menu's name for an attach, once it is known what went in."""
    document = result[0] if isinstance(result, tuple) else None
    name = document.name if isinstance(document, Document) else ""
    if replaced is not None:
        return Said("Replace {old} with {new}", old=replaced.name, new=name)
    return Said("Attach {name}", name=name)



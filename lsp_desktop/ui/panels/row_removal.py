"""Removing rows of the data tables as the admin expects from a desktop app: a question
naming what goes, then one undoable step (Ctrl+Z, Edit > Undo), like removing a file.

The rows and everything hanging on them are kept by the core (store/removal.py) and put
back with the same ids, so undo restores them whole (a person's certificate data, their
2.11 files, their "not submitted" mark and their place as training participant).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from lsp_desktop.errors import LspError
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.dialogs.prompts import ask
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.undo_steps import Step

MAX_NAMES = 5


class RowsCommand(Step):
    """One removal: ``remove(workspace)`` returns what ``put_back(workspace, it)`` needs."""

    def __init__(self, controller, text: Said, remove: Callable[[Workspace], Any],
                 put_back: Callable[[Workspace, Any], None]) -> None:
        super().__init__(text)
        self.controller, self.remove, self.put_back = controller, remove, put_back
        self.taken: Any = None
        self.removed = False

    def redo(self) -> None:
        self.removed = self._run(lambda: setattr(self, "taken",
                                                 self.remove(self.controller.workspace)))
        if not self.removed:  # nothing was removed: nothing to undo either
            self.setObsolete(True)

    def undo(self) -> None:
        if self.removed:
            self._run(lambda: self.put_back(self.controller.workspace, self.taken))

    def _run(self, action: Callable[[], None]) -> bool:
        if self.controller.closed:
            return False
        try:
            action()
        except LspError as exc:  # e.g. the workspace's disk went read-only
            self.controller.notice.emit(exc.message(self.controller.lang), "error")
            return False
        finally:
            # A person is in the roster, 2.11, 2.12 and maybe 4: every item is refreshed.
            self.controller.refresh_all()
        return True


def names_text(names: list[str]) -> str:
    shown = ", ".join(f"“{n}”" for n in names[:MAX_NAMES])
    if len(names) > MAX_NAMES:
        shown += " " + tr("and {n} more").format(n=len(names) - MAX_NAMES)
    return shown


def confirm_removal(parent: QWidget, question: str, consequences: str = "") -> bool:
    text = question + ("\n\n" + consequences if consequences else "") + "\n\n" + tr(
        "You can undo this with Ctrl+Z (Edit > Undo).")
    return ask(parent, tr("Remove"), text, tr("Remove"), tr("Cancel"),
               QMessageBox.Icon.Warning)


def remove_rows(parent: QWidget, controller, question: str, consequences: str, undo_text: str,
                remove: Callable[[Workspace], Any],
                put_back: Callable[[Workspace, Any], None]) -> bool:
    """Ask, then remove as one step of the window's undo stack."""
    if not confirm_removal(parent, question, consequences):
        return False
    controller.undo_stack.push(RowsCommand(controller, Said("Remove {name}", name=undo_text),
                                           remove, put_back))
    done = tr("{name} removed. Undo with Ctrl+Z (Edit > Undo).").format(name=undo_text)
    controller.notice.emit(done, "info")
    return True

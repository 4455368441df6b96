"""Removing rows of the data tables as the admin expects from a desktop app: a question
naming what goes, then one undoable step (Ctrl+Z, Edit > Undo), like removing a file.

The removal is an edit of the one road (ui/road/edit_path.py): the rows and everything hanging
on them (a person's certificate data, their 2.11 files, their "not submitted" mark and
their place as training participant) are written back with the same ids on undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from lsp_desktop.ui.dialogs.prompts import ask
from lsp_desktop.ui.i18n import Said, tr

MAX_NAMES = 5


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
                edit: Callable[..., object], *args: object) -> bool:
    """Ask, then remove (``edit(workspace, *args)`` on a worker) as one step of the
    window's undo stack."""
    if not confirm_removal(parent, question, consequences):
        return False
    controller.edits.edit(Said("Remove {name}", name=undo_text), edit, *args,
                          notice=Said("{name} removed. Undo with Ctrl+Z (Edit > Undo).",
                                      name=undo_text))
    return True

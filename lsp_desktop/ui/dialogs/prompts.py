"""Questions and notices with the app's own button texts (Qt ships no Indonesian ones)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget


def ask(parent: QWidget, title: str, text: str, yes: str, no: str,
        icon=QMessageBox.Icon.Question) -> bool:
    """A question with the app's own button texts (Qt ships no Indonesian ones)."""
    box = QMessageBox(icon, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


def tell(parent: QWidget | None, title: str, text: str, ok: str,
         icon=QMessageBox.Icon.Information) -> None:
    box = QMessageBox(icon, title, text, parent=parent)
    box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def accept_cancel(dialog: QDialog, accept: str, cancel: str) -> QDialogButtonBox:
    """A dialog's two buttons with the app's own texts, wired to accept and reject. Every
    dialog that asks to go on or not builds its box here (issue 22, point 5); the accept
    button, to enable or press, is ``accept_button(box)``."""
    buttons = QDialogButtonBox()
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def accept_button(buttons: QDialogButtonBox) -> QPushButton:
    """The accept button of a box from ``accept_cancel``."""
    found = next(b for b in buttons.buttons()
                 if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    assert isinstance(found, QPushButton)
    return found

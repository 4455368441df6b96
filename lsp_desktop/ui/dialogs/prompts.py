"""Questions and notices with the app's own button texts (Qt ships no Indonesian ones)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget


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
    """A dialog's two buttons with the app's own texts, wired to accept and reject."""
    buttons = QDialogButtonBox()
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons

"""Questions and notices with the app's own button texts (Qt ships no Indonesian ones),
and what was written with what to do next (``show_done``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.ui.i18n import tr


def ask(parent: QWidget, title: str, text: str, yes: str, no: str,
        icon=QMessageBox.Icon.Question) -> bool:
    """A question with the app's own button texts (Qt ships no Indonesian ones). ``text``
    is shown as text: it quotes names, file names and circulars (see ``plain_box``)."""
    box = plain_box(QMessageBox(icon, title, text, parent=parent))
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


def completed_name(parent: QWidget, chosen: str, suffix: str) -> Path | None:
    """The file a save dialog chose, ``suffix`` added when the name typed lacks it. The
    dialog asked about replacing the name as typed ("kemarin") only; a file of the
    completed name ("kemarin.zip") is asked about here, so nothing is overwritten unasked.
    None: the admin kept the file."""
    path = Path(chosen)
    if path.suffix.lower() == suffix:
        return path
    path = path.with_name(path.name + suffix)
    if path.exists() and not ask(
            parent, tr("Replace the file?"),
            tr("{name} already exists in {folder}. Replace it?").format(
                name=path.name, folder=path.parent),
            tr("Replace"), tr("Cancel"), QMessageBox.Icon.Warning):
        return None
    return path


def tell(parent: QWidget | None, title: str, text: str, ok: str,
         icon=QMessageBox.Icon.Information) -> None:
    box = plain_box(QMessageBox(icon, title, text, parent=parent))
    box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def plain_box(box: QMessageBox) -> QMessageBox:
    """A message box left to guess would draw a person's or file's name holding "<img
    src=…>" as a picture, loaded from the disk (or a share)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


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


DONE_WIDTH = 600


class DoneDialog(QDialog):
    """What was written, and what to do with it next: the action buttons ("Open folder",
    "Copy SHA-256") act without closing, so the admin may use several; Close closes.
    Opened with ``open()``: no nested event loop, and tests press its buttons."""

    def __init__(self, parent: QWidget, title: str, text: str, close: str,
                 actions: list[tuple[str, Callable[[], None]]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a path or a hash is no markup
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.action_buttons: dict[str, QPushButton] = {}
        for label, act in actions:
            button = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, act=act: act())
            self.action_buttons[label] = button
        self.close_button = buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        # Wide enough for a SHA-256 (64 characters, never wrapped) and a long path.
        screen = parent.screen().availableGeometry().width() - 40
        self.setMinimumWidth(min(DONE_WIDTH, screen))
        self.setMaximumWidth(screen)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The focus on Close, the default: Enter or Space after an export only closes the
        # box, never opens a folder by surprise (issue F3, point 8).
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)


def show_done(parent: QWidget, title: str, text: str, close: str,
              actions: list[tuple[str, Callable[[], None]]]) -> DoneDialog:
    dialog = DoneDialog(parent, title, text, close, actions)
    dialog.open()
    return dialog

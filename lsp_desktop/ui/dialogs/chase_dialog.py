"""Berkas > Pesan penagihan…: for each person something is still needed from, the message
to send them, with a button that copies it (to paste into WhatsApp or an e-mail)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from lsp_desktop.messages import render
from lsp_desktop.status.chase import Chase
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.widgets.text import wrapping


class ChaseDialog(QDialog):
    def __init__(self, chased: list[Chase], lang: str, parent=None, nobody: str = "") -> None:
        """``nobody``: what to say when no one is chased (the core's words: an empty
        personnel list is not everyone done)."""
        super().__init__(parent)
        self.chased = chased
        self.setWindowTitle(tr("Messages to chase what is missing"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(tr(
            "What is still needed from each person, as a message ready to send. Choose a "
            "person, copy the message and paste it into WhatsApp or an e-mail.")
            if chased else nobody or render("chase.nobody", {}, lang)))
        row = QHBoxLayout()
        self.people = QListWidget()
        self.people.setAccessibleName(tr("People"))
        self.people.addItems([c.name for c in chased])
        self.people.setMaximumWidth(260)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("Message"))
        row.addWidget(self.people)
        row.addWidget(self.text, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(tr("Copy message"))
        self.copy_button.setObjectName("copyChase")
        self.copy_all_button = QPushButton(tr("Copy all"))
        for button in (self.copy_button, self.copy_all_button):
            button.setEnabled(bool(chased))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_current)
        self.copy_all_button.clicked.connect(self.copy_all)
        layout.addWidget(buttons)
        self.people.currentRowChanged.connect(self._show)
        if chased:
            self.people.setCurrentRow(0)
        self.resize(860, 520)

    def _show(self, row: int) -> None:
        self.text.setPlainText(self.chased[row].message if 0 <= row < len(self.chased) else "")

    def copy_current(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(tr("Copied"))

    def copy_all(self) -> None:
        QApplication.clipboard().setText("\n\n".join(
            f"=== {c.name}\n{c.message}" for c in self.chased))
        self.copy_all_button.setText(tr("Copied"))

"""Asking why an assessor is not submitted for 2.12 (e.g. the certificate is being
renewed), with the app's own button texts (Qt ships no Indonesian ones)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.ui.dialogs.prompts import accept_button, accept_cancel
from lsp_desktop.ui.i18n import tr


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, text: str, suggestions: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(suggestions)
        self.reason.setAccessibleName(tr("Reason"))
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        buttons = accept_cancel(self, tr("Mark as not submitted"), tr("Cancel"))
        self.ok = accept_button(buttons)
        layout.addWidget(buttons)
        if (line := self.reason.lineEdit()) is not None:
            line.selectAll()
        self.reason.setFocus()


def ask_reason(parent: QWidget, name: str) -> str | None:
    """The reason typed or chosen, or None if the admin cancelled or left it empty."""
    dialog = ReasonDialog(
        parent, tr("Not submitted for {data_point}"),
        tr("Mark {name} as not submitted for {data_point}? They stay in the roster (item "
           "{roster_point}). Why is their certificate not submitted?").format(name=name),
        [tr("recertification (RCC)"), tr("certificate not yet received")])
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason.currentText().strip() or None

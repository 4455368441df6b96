"""The files an item refused, in its panel where the findings are: each file, why, and
what to do. It stays until the admin attaches, removes or closes it, or leaves the item."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.widgets.findings import refusals_html
from lsp_desktop.ui.widgets.text import wrapping


class RefusalBox(QFrame):
    dismissed = Signal()

    def __init__(self, next_step: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("refusals")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.text = wrapping()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAccessibleName(tr("Files not attached"))
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.next_step = wrapping(next_step)
        self.close_button = QPushButton(tr("Close this message"))
        self.close_button.clicked.connect(self.dismissed.emit)
        row.addWidget(self.next_step, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        self.hide()

    def show_refusals(self, refusals: Sequence[tuple[str, object]]) -> None:
        self.text.setText(refusals_html(refusals))
        self.setVisible(bool(refusals))

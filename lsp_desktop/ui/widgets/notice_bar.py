"""A message about the window as a whole (a recent workspace that is gone, say) that stays
in view above the list until the admin closes it: unlike the status bar, the next notice
does not replace it, and unlike a message box, it does not stop the work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.icons import SYMBOLS, state_color
from lsp_desktop.ui.widgets.text import wrapping


class NoticeBar(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = wrapping()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.symbol = wrapping()
        self.close_button = QPushButton(tr("Close this message"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, level: str = "warning") -> None:
        self.symbol.setText(f"<b style='color:{state_color(level).name()}'>"
                            f"{SYMBOLS.get(level, '!')}</b>")
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.show()

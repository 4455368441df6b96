"""A one-line label that shortens long text with "…" instead of growing a second line.

The status bar must keep its height (a second line shifts the whole window); the full
text stays in text(), the tooltip and the accessible description.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy

from lsp_desktop.ui.qt_values import ALIGN_LEFT, ALIGN_V_CENTER, PLAIN_TEXT
from lsp_desktop.ui.tooltips import plain_tip


class ElidedLabel(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("textFormat", PLAIN_TEXT)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(plain_tip(text))
        self.setAccessibleDescription(text)

    def shown_text(self) -> str:
        """What fits on the one line, as painted."""
        one_line = " ".join(self.text().split())
        width = self.contentsRect().width()
        if self.fontMetrics().horizontalAdvance(one_line) <= width:
            return one_line  # as it is; eliding names one of Qt's enums (qt_values.py)
        return self.fontMetrics().elidedText(one_line, QtCore.Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.fontMetrics().height() + 2)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self.text()),
                     self.fontMetrics().height() + 2)

    def paintEvent(self, _event) -> None:  # noqa: N802
        if not self.text():
            return  # nothing to draw (and no style asked for it while the window starts)
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), ALIGN_LEFT | ALIGN_V_CENTER,
                                  self.palette(), self.isEnabled(), self.shown_text(),
                                  self.foregroundRole())

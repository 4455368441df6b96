"""A one-line drop box for one document of a list (2.11's per-assessor files): it takes a
drop or a click, and shows a file name shortened in the middle rather than growing wider
than the panel (a phone's file names are long and have no spaces to wrap at)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from lsp_desktop.ui.tooltips import plain_tip
from lsp_desktop.ui.widgets.drop_zone import DropZone


class SlotZone(DropZone):
    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(False)
        self.set_compact(True, text)
        self.full_text = ""
        self.show_text(text)

    def show_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(plain_tip(text))
        self.setAccessibleDescription(text)
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(24, self.contentsRect().width() - 2 * self.margin() - 4)
        QLabel.setText(self, self.fontMetrics().elidedText(self.full_text,
                                                           Qt.TextElideMode.ElideMiddle, room))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(96, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.fontMetrics().horizontalAdvance(self.full_text) + 2 * self.margin() + 8
        return QSize(min(width, 360), super().sizeHint().height())

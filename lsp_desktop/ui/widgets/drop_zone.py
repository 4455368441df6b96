"""A place to drop files. Drops are always copies: the admin's original is never moved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy

from lsp_desktop.ui.widgets.drops import (  # noqa: F401 - where the panels and dialogs look
    MAX_FILES,
    accept_as_copy,
    dropped_files,
    expand_drop,
    local_paths,
)


class DropZone(QLabel):
    filesDropped = Signal(list)  # list[Path]
    clicked = Signal()           # the box is a button too: it opens the file chooser

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self._full_text = text
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMargin(12)
        self._hover = False

    def set_compact(self, compact: bool, compact_text: str) -> None:
        """A smaller target once the item holds a file: drops then replace it."""
        self.setText(compact_text if compact else self._full_text)
        self.setMinimumHeight(36 if compact else 72)
        self.setMargin(4 if compact else 12)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if local_paths(event.mimeData()):
            accept_as_copy(event)
            self._hover = True
            self.update()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        accept_as_copy(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._hover = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_paths(event.mimeData())
        self._hover = False
        self.update()
        if paths:
            accept_as_copy(event)
            self.filesDropped.emit(paths)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        color = palette.highlight().color() if self._hover else palette.mid().color()
        pen = QPen(color, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if self._hover:
            painter.setBrush(palette.highlight().color().lighter(190))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 8, 8)
        painter.end()
        super().paintEvent(event)

"""A place to drop files. Drops are always copies: the admin's original is never moved."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy

from lsp_desktop.base.filenames import HIDDEN_NAMES

MAX_FILES = 200


def expand_drop(paths: list[Path]) -> list[Path]:
    """Files of a dropped folder (not its subfolders' hidden clutter), in name order."""
    return dropped_files(paths)[0]


def dropped_files(paths: list[Path]) -> tuple[list[Path], int]:
    """The files of a drop as :func:`expand_drop` gives them, and how many more there were
    past the most taken in one go (so that the window can say so, not drop them quietly)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted((p for p in path.rglob("*") if p.is_file()
                             and p.name.lower() not in HIDDEN_NAMES
                             and not p.name.startswith(".")), key=partial(_folder_order, path))
        elif path.name.lower() not in HIDDEN_NAMES:
            files.append(path)
    return files[:MAX_FILES], max(0, len(files) - MAX_FILES)


def _folder_order(folder: Path, path: Path) -> tuple:
    """As a file manager lists a folder: its own files first, then each subfolder's; so
    of two files of the same name, the one at the top of the dropped folder comes first."""
    parts = path.relative_to(folder).parts
    return tuple((index < len(parts) - 1, part.lower()) for index, part in enumerate(parts))


def local_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def accept_as_copy(event: QDragEnterEvent | QDropEvent) -> None:
    # A "move" from Explorer or Finder could delete the original: always take a copy.
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()


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

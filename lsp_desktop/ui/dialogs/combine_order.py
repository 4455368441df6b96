"""The pages of a PDF to be made from several photos, in an order the admin can change:
drag a thumbnail, or select it and press Up/Down (for the keyboard). Non-modal (``open()``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from lsp_desktop.ui.i18n import tr

THUMB = QSize(96, 128)


def _thumbnail(path: Path) -> QIcon:
    # Read scaled: a 12-megapixel phone photo is not decoded at full size for an icon.
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


class CombineOrderDialog(QDialog):
    def __init__(self, paths: list[Path], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Combine into one PDF"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The pages of the PDF, first to last. Drag to change the "
                                   "order, or select one and use Up/Down.")))
        self.pages = QListWidget()
        self.pages.setIconSize(THUMB)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pages.setAccessibleName(tr("Pages in order"))
        for path in paths:
            item = QListWidgetItem(_thumbnail(path), path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.pages.addItem(item)
        self.pages.setCurrentRow(0)
        row = QHBoxLayout()
        row.addWidget(self.pages, 1)
        moves = QVBoxLayout()
        self.up_button = QPushButton(tr("Up"))
        self.down_button = QPushButton(tr("Down"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        row.addLayout(moves)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        self.combine_button = buttons.addButton(tr("Combine into one PDF"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def move_current(self, step: int) -> None:
        row = self.pages.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.pages.count():
            return
        item = self.pages.takeItem(row)
        self.pages.insertItem(target, item)
        self.pages.setCurrentRow(target)

    def ordered_paths(self) -> list[Path]:
        return [Path(self.pages.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.pages.count())]

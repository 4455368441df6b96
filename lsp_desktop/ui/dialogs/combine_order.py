"""The pages of a PDF to be made from several files, in an order the admin can change:
drag a thumbnail, or select it and press Up/Down (for the keyboard); a file added by
mistake is taken off with "Remove from list" or Delete, down to the last one. Non-modal
(``open()``).

Made from dropped photos, or from an item's attached files (``attached``: their names,
first-page thumbnails drawn on a worker, and what stands for each), to which the admin
may add more files (``can_add``: Add files… or a drop on the dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from lsp_desktop.ui.dialogs.prompts import accept_button, accept_cancel
from lsp_desktop.ui.i18n import tr

# A square cell: a page lying the other way (a photo turned by its EXIF tag) is as big as
# the others, and every name starts at the same place.
THUMB = QSize(128, 128)
SCREEN_MARGIN = 48


def _thumbnail(path: Path) -> QIcon:
    # Read scaled: a 12-megapixel phone photo is not decoded at full size for an icon. The
    # size is read before the EXIF turn: scaled into a square, either way round fits.
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    return _in_cell(reader.read())


def _in_cell(image: QImage | None) -> QIcon:
    """The picture fitted into the square cell, centred on a clear background."""
    if image is None or image.isNull():
        return QIcon()
    shown = image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    cell = QPixmap(THUMB)
    cell.fill(Qt.GlobalColor.transparent)
    painter = QPainter(cell)
    painter.drawImage((THUMB.width() - shown.width()) // 2,
                      (THUMB.height() - shown.height()) // 2, shown)
    painter.end()
    return QIcon(cell)


class CombineOrderDialog(QDialog):
    # Files added in the dialog (``can_add``), as (row key, Path): their thumbnails are
    # drawn on a worker (a PDF's first page too) and handed to set_thumbnail.
    filesAdded = Signal(list)  # noqa: N815 - Qt's naming

    def __init__(self, paths: list[Path], parent=None, attached: tuple | list = (),
                 can_add: bool = False, replaces: str = "") -> None:
        """``replaces``: the name of the file the PDF will take the place of, if any."""
        super().__init__(parent)
        self.setWindowTitle(tr("Combine into one PDF"))
        self.can_add = can_add
        self.sources: list[object] = []  # what each row stands for; rows hold the index
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The pages of the PDF, first to last. Drag to change the order, or "
                          "select one and use Up/Down."))
        intro.setWordWrap(True)  # one long line widened the dialog past a small screen
        layout.addWidget(intro)
        self.pages = QListWidget()
        self.pages.setIconSize(THUMB)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pages.setAccessibleName(tr("Pages in order"))
        self.pages.installEventFilter(self)
        for name, image, source in attached:
            self._add(name, _in_cell(image if isinstance(image, QImage) else None), source)
        self.add_paths(paths)
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
        self.remove_button = QPushButton(tr("Remove from list"))
        self.remove_button.setToolTip(tr("Leave the selected file out of the PDF (Delete); "
                                         "the file itself is not touched"))
        self.remove_button.clicked.connect(self.remove_current)
        moves.addWidget(self.remove_button)
        if can_add:
            self.add_button = QPushButton(tr("Add files…"))
            self.add_button.setToolTip(tr("Add photos or PDFs from your computer; you can "
                                          "also drop them here"))
            self.add_button.clicked.connect(self.choose_files)
            moves.addWidget(self.add_button)
            self.setAcceptDrops(True)
        moves.addStretch(1)
        row.addLayout(moves)
        layout.addLayout(row, 1)
        if replaces:  # photos dropped on a filled item: the button is the question
            note = QLabel(tr("The PDF replaces {name}, which this item holds now (Ctrl+Z "
                             "brings it back).").format(name=replaces))
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)  # a file name is no markup
            layout.addWidget(note)
        buttons = accept_cancel(self, tr("Replace with one PDF") if replaces
                                else tr("Combine into one PDF"), tr("Cancel"))
        self.combine_button = accept_button(buttons)
        layout.addWidget(buttons)
        # Why Combine is greyed: one file is not combined with anything (the panel's
        # Combine). Photos dropped on an item still make a PDF of the one left.
        self.hint = QLabel(tr("Add at least one more file to combine."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self._update_button()
        screen = (parent or self).screen().availableGeometry()
        self.resize(460, min(480, screen.height() - SCREEN_MARGIN))

    def _add(self, name: str, icon: QIcon, source: object) -> None:
        item = QListWidgetItem(icon, name)
        item.setData(Qt.ItemDataRole.UserRole, len(self.sources))
        self.sources.append(source)
        self.pages.addItem(item)

    def add_paths(self, paths: list[Path]) -> None:
        added = []
        for path in paths:
            added.append((len(self.sources), Path(path)))
            self._add(path.name, QIcon() if self.can_add else _thumbnail(path), Path(path))
        if hasattr(self, "hint"):
            self._update_button()
        if self.can_add and added:
            self.filesAdded.emit(added)

    def set_thumbnail(self, key: int, image: QImage | None) -> None:
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and image is not None:
                item.setIcon(_in_cell(image))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("Add files"), "", tr("Photos and PDFs (*.pdf *.jpg *.jpeg *.png *.PDF "
                                          "*.JPG *.JPEG *.PNG)"))
        self.add_paths([Path(name) for name in names])

    def _update_button(self) -> None:
        enough = self.pages.count() >= (2 if self.can_add else 1)
        self.combine_button.setEnabled(enough)
        self.hint.setVisible(not enough)
        self.remove_button.setEnabled(self.pages.count() > 1)  # one file always stays

    def remove_current(self) -> None:
        """The selected file out of the list (not off the disk, not off the item)."""
        row = self.pages.currentRow()
        if row < 0 or self.pages.count() <= 1:
            return
        self.pages.takeItem(row)
        self.pages.setCurrentRow(min(row, self.pages.count() - 1))
        self._update_button()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # Delete (Backspace on a Mac keyboard) on the list takes the selected file out; the
        # list itself would use the key for its type-to-find.
        if watched is self.pages and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from lsp_desktop.ui.widgets.drop_zone import accept_as_copy, local_paths

        if local_paths(event.mimeData()):
            accept_as_copy(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        from lsp_desktop.ui.widgets.drop_zone import accept_as_copy, expand_drop, local_paths

        paths = expand_drop(local_paths(event.mimeData()))
        if paths:
            accept_as_copy(event)
            self.add_paths(paths)

    def move_current(self, step: int) -> None:
        row = self.pages.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.pages.count():
            return
        item = self.pages.takeItem(row)
        self.pages.insertItem(target, item)
        self.pages.setCurrentRow(target)

    def ordered_sources(self) -> list[object]:
        """What each row stands for (a Path, or what ``attached`` gave), first to last."""
        return [self.sources[self.pages.item(i).data(Qt.ItemDataRole.UserRole)]
                for i in range(self.pages.count())]

    def ordered_paths(self) -> list[Path]:
        return [Path(str(source)) for source in self.ordered_sources()]

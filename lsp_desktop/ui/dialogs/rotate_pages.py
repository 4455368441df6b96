"""Which pages to turn and how far: the pages as thumbnails, ticked to be turned, each
ticked one drawn as it will look; the angle chosen below. For a picture, only the angle.
Window-modal (``open()``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap, QTransform
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from lsp_desktop.ui.dialogs.prompts import accept_button, accept_cancel
from lsp_desktop.ui.i18n import tr

SCREEN_MARGIN = 48


def sideways_pages(images: list[QImage | None]) -> set[int]:
    """The pages lying the other way from most (a landscape scan among portrait pages, as
    a page fed in sideways comes out): ticked to begin with. None when no way is most."""
    ways = {i: image.width() > image.height() for i, image in enumerate(images)
            if image is not None and not image.isNull()}
    across = {i for i, wide in ways.items() if wide}
    upright = set(ways) - across
    if len(across) < len(upright):
        return across
    return upright if len(upright) < len(across) else set()


class RotatePagesDialog(QDialog):
    def __init__(self, images: list[QImage | None], pages: int, is_pdf: bool,
                 parent=None) -> None:
        super().__init__(parent)
        self.images = images
        self.is_pdf = is_pdf
        self.setWindowTitle(tr("Rotate pages") if is_pdf else tr("Rotate the picture"))
        layout = QVBoxLayout(self)
        guide = QLabel(
            tr("Tick the pages to turn, then choose how far. Each ticked page is shown as "
               "it will be. A page lying the other way from the rest is ticked already.")
            if is_pdf else tr("Choose how far to turn the picture."))
        guide.setWordWrap(True)
        layout.addWidget(guide)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(160, 160))  # room for a page turned on its side
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSpacing(6)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(tr("Pages"))
        sideways = sideways_pages(images) if pages > 1 else {0}
        for index in range(pages):
            item = QListWidgetItem(tr("Page {n}").format(n=index + 1) if is_pdf else "")
            if is_pdf:
                item.setCheckState(Qt.CheckState.Checked if index in sideways
                                   else Qt.CheckState.Unchecked)
            else:  # one picture: nothing to choose but the angle
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._redraw())
        self.list.itemActivated.connect(self._toggle)  # Enter or double-click ticks too
        layout.addWidget(self.list, 1)
        if is_pdf and pages > 1:
            layout.addLayout(self._tick_buttons())
        layout.addLayout(self._angle_buttons())
        buttons = accept_cancel(self, tr("Rotate"), tr("Cancel"))
        self.rotate_button = accept_button(buttons)
        layout.addWidget(buttons)
        self._redraw()
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(640, screen.width() - SCREEN_MARGIN),
                    min(560, screen.height() - SCREEN_MARGIN))

    def _tick_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        every = QPushButton(tr("Tick every page"))
        none = QPushButton(tr("Untick every page"))
        every.clicked.connect(lambda: self.tick_all(True))
        none.clicked.connect(lambda: self.tick_all(False))
        row.addWidget(every)
        row.addWidget(none)
        row.addStretch(1)
        return row

    def _angle_buttons(self) -> QVBoxLayout:
        row = QVBoxLayout()  # one under another: the words fit a 1024-pixel screen
        row.setSpacing(2)
        row.addWidget(QLabel(tr("Turn:")))
        self.angles = QButtonGroup(self)
        for angle, text in ((90, tr("a quarter turn clockwise (90°)")),
                            (180, tr("upside down (180°)")),
                            (270, tr("a quarter turn anticlockwise (270°)"))):
            button = QRadioButton(text)
            self.angles.addButton(button, angle)
            row.addWidget(button)
        self.angles.button(90).setChecked(True)
        self.angles.idToggled.connect(lambda _id, on: self._redraw() if on else None)
        return row

    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for index in range(self.list.count()):
            self.list.item(index).setCheckState(state)

    def _toggle(self, item: QListWidgetItem) -> None:
        if self.is_pdf:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() ==
                               Qt.CheckState.Checked else Qt.CheckState.Checked)

    def angle(self) -> int:
        return self.angles.checkedId()

    def pages(self) -> list[int] | None:
        """The ticked pages, 0-based; None for every page (and for a picture)."""
        if not self.is_pdf:
            return None
        ticked = [i for i in range(self.list.count()) if self._ticked(i)]
        return None if len(ticked) == self.list.count() else ticked

    def _ticked(self, index: int) -> bool:
        return not self.is_pdf or self.list.item(index).checkState() == Qt.CheckState.Checked

    def _redraw(self) -> None:
        """Each ticked page drawn turned by the chosen angle; Rotate only with one ticked."""
        self.list.blockSignals(True)
        for index in range(self.list.count()):
            image = self.images[index] if index < len(self.images) else None
            if image is None:
                continue
            if self._ticked(index):
                image = image.transformed(QTransform().rotate(self.angle()))
            self.list.item(index).setIcon(QIcon(QPixmap.fromImage(image)))
        self.list.blockSignals(False)
        self.rotate_button.setEnabled(any(self._ticked(i) for i in range(self.list.count())))

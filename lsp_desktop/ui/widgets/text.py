"""Small building blocks shared by the panels."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QScrollArea, QWidget

# Every label made here shows its text as text: what they show comes from a circular file
# or the workspace (an item's title, a person's e-mail, a file's name), perhaps a
# colleague's, and a QLabel left to guess would draw an "<img src=…>" in it as a picture.
# A label that shows markup the app wrote (escaping what it quotes) says RichText itself.


def heading(text: str, size: float = 1.35) -> QLabel:
    title = QLabel(text)
    title.setTextFormat(Qt.TextFormat.PlainText)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title


def wrapping(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class ReservedLabel(QLabel):
    """A wrapping message that keeps the room its longest expected text (``samples``)
    needs even while empty, and the room of the tallest text it has shown at this width:
    appearing or going, it moves nothing below it, and, at the end of a panel scrolled to
    its end, nothing above it (issue 21: the licence warning pushed Jenis down; 2.12's
    message going moved the social-media fields under the pointer)."""

    def __init__(self, *samples: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # findings that quote markup set RichText
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.samples = samples
        self._kept = (0, 0)  # (width, the tallest height shown at that width)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        width = self.width()
        if width > 1 and self.isVisible():
            kept = self._kept[1] if self._kept[0] == width else 0
            self._kept = (width, max(kept, super().heightForWidth(width)))
        super().setText(text)

    def _room(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = max((self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), flags,
                                                      text).height()
                      for text in self.samples), default=0)
        if not needed:
            return 0
        return needed + margins.top() + margins.bottom() + 2 * self.margin()

    def clear(self) -> None:
        self.setText("")

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True  # also while empty, when a QLabel says it has none

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        kept = self._kept[1] if self._kept[0] == width else 0
        return max(super().heightForWidth(width), self._room(width), kept)

    # A wrapped QLabel's own minimum is its text at a narrow width, taller than it is
    # shown: its height is said for the width it has, and asked again when that changes.
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self._height())

    def _height(self) -> int:
        return self.heightForWidth(self.width() if self.width() > 1 else 300)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class _BoxLabel(QLabel):
    """The words of a check box, wrapping; a click on them ticks the box, as on its own."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


def check_row(box: QCheckBox, text: str) -> QWidget:
    """A check box whose words wrap onto a second line instead of widening the panel (a
    QCheckBox's own text never wraps: a long one was cut off or pushed the list aside)."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    box.setText("")
    box.setAccessibleName(text)
    line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(_BoxLabel(text, box), 1)
    return row


def bring_into_view(widget: QWidget, margin: int = 12) -> bool:
    """Scrolls the panel holding ``widget`` so that all of it shows: a message that just
    appeared beside its cause is read where it is, not found below the fold. False while
    the widget is not shown yet (just added to a layout: try again in a later turn)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None or not widget.isVisible():
        return False
    inner = parent.widget()
    layout = inner.layout() if inner is not None else None
    if layout is not None:
        layout.activate()  # its place now, not the default one of a new widget
    parent.ensureWidgetVisible(widget, margin, margin)
    return True

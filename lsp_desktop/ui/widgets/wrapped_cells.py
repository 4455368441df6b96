"""Table cells whose text wraps instead of ending in "…": at a word where there is one,
anywhere inside a long word (a Drive link, an e-mail address) where there is not. Qt's own
word wrap only breaks between words, so a link wider than its column was still cut; here
the cell measures and draws its text with the same layout, and its row grows to hold it
(``grow_rows``, again whenever a column changes width)."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

PADDING = 4  # each side of the text inside its cell, as the style's own cells


def text_lines(text: str, font: QFont, width: int) -> tuple[QTextLayout, int]:
    """``text`` laid out in ``width`` pixels (at least one character a line), and its
    height: the one measure both the size and the drawing use."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, math.ceil(height)


class WrappedCells(QStyledItemDelegate):
    """For the columns of a table given to ``setItemDelegateForColumn``."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table

    def text_width(self, column: int) -> int:
        return self.table.columnWidth(column) - 2 * PADDING

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data() or "")
        _layout, height = text_lines(text, option.font, self.text_width(index.column()))
        return QSize(self.table.columnWidth(index.column()), height + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        text, styled.text = styled.text, ""  # the background and focus from the style
        style = styled.widget.style() if styled.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, styled.widget)
        selected = bool(styled.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = styled.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        layout, _height = text_lines(text, styled.font, rect.width())
        painter.save()
        painter.setPen(styled.palette.color(role))
        layout.draw(painter, QPointF(rect.topLeft()))
        painter.restore()


def grow_rows(table: QTableView) -> None:
    """Rows as tall as their wrapped text, now and whenever a column changes width."""
    table.resizeRowsToContents()
    table.horizontalHeader().sectionResized.connect(
        lambda *_: table.resizeRowsToContents())

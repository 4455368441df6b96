"""A table whose columns always fit its width: no sideways scrolling on a 1024×600 laptop.

Columns first take the width their contents, header and choices need; when that is more
than the table has, the widest ones give way first (narrow columns such as a phone number
keep their width) and their cells end in "…", the full text in the tooltip. Key columns
(a name, a NIK, an expiry) give way last, and only down to their cells wrapped onto two
lines: a professor's full name stays readable at 1024×600. The widths are
worked out again when the table changes size, never while a cell is being typed in: an
open editor keeps the column it started in (issue 21: NIK shrank to 25 px mid-edit).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QToolTip

from lsp_desktop.ui.tooltips import plain_tip

_CHOICE_ARROW = 36  # a drop-down's arrow and frame, beside its longest choice
_FLOOR_CHARS = 6  # no column is squeezed below about six characters
_SAMPLED_ROWS = 60  # rows measured for a key column's narrowest width (as Qt's precision)
_CELL_PADDING = 10  # a cell's margins around its text (and beside its icon)


def capped_widths(wanted: list[int], available: int, floor: int,
                  whole: frozenset[int] = frozenset(),
                  least: dict[int, int] | None = None) -> list[int]:
    """Widths summing to at most ``available`` where they can. The other columns give way
    first: every width above a common cap is cut to it, never below ``floor``. Only then
    do the key columns (``whole``) give way, down to ``least`` (a key column's cells
    wrapped onto two lines: still whole, never "…"; without it, a third of the table)."""
    if sum(wanted) <= available or not wanted:
        return list(wanted)
    others = {c: w for c, w in enumerate(wanted) if c not in whole}
    kept = {c: w for c, w in enumerate(wanted) if c in whole}
    if sum(kept.values()) + sum(min(w, floor) for w in others.values()) <= available:
        cap = _largest_cap(list(others.values()), available - sum(kept.values()), floor)
        return [w if c in whole else min(w, cap) for c, w in enumerate(wanted)]
    lowest = {c: min(w, (least or {}).get(c, max(available // 3, floor)))
              for c, w in kept.items()}
    room = available - sum(min(w, floor) for w in others.values())
    cap = _largest_cap(list(kept.values()), room, 0, [lowest[c] for c in kept])
    return [max(lowest[c], min(w, cap)) if c in whole else min(w, floor)
            for c, w in enumerate(wanted)]


def _largest_cap(widths: list[int], room: int, floor: int,
                 lowest: list[int] | None = None) -> int:
    """The largest common cap (never below ``floor``) with the capped widths, each kept at
    its ``lowest`` at least, summing to at most ``room``."""
    floors = lowest or [0] * len(widths)

    def total(cap: int) -> int:
        return sum(max(least, min(w, cap)) for w, least in zip(widths, floors, strict=True))

    low, high = floor, max(widths, default=floor)
    while low < high:
        cap = (low + high + 1) // 2
        if total(cap) <= room:
            low = cap
        else:
            high = cap - 1
    return max(low, floor)


def two_line_width(text: str, width_of: Callable[[str], int]) -> int:
    """How narrow ``text`` can be when wrapped at its spaces onto two lines at most."""
    words = text.split(" ")
    if len(words) < 2:
        return width_of(text)
    return min(max(width_of(" ".join(words[:i])), width_of(" ".join(words[i:])))
               for i in range(1, len(words)))


def level_up(widths: list[int], room: int) -> list[int]:
    """``widths`` grown by ``room`` in all, the narrowest first: two names sharing the
    room end equally wide unless one needs more."""
    grown = list(widths)
    for _ in range(room):
        grown[grown.index(min(grown))] += 1
    return grown


class FittedTable(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Size columns from the first rows only: a 5,000-person roster stays instant.
        header.setResizeContentsPrecision(40)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # its tooltip has it whole
        self.roomy: tuple[int, ...] = ()  # columns sharing the room left (else the last)
        # What each column's cells and header ask for, worked out once per change of the
        # contents: the table is fitted again on every resize, and asking a 5,000-row
        # model each time froze the window while an import's rows arrived (issue 17).
        self._wanted: dict[int, tuple[int, int, int]] = {}
        self._style_row_height: int | None = None

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        self._wanted.clear()
        if model is None:
            return
        for changed in (model.modelReset, model.layoutChanged, model.rowsInserted,
                        model.rowsRemoved, model.columnsInserted, model.columnsRemoved,
                        model.dataChanged, model.headerDataChanged):
            changed.connect(self._contents_changed)

    def _contents_changed(self, *_) -> None:
        self._wanted.clear()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LanguageChange):
            self._wanted.clear()  # the same text is now another width
        super().changeEvent(event)

    def share_room(self, columns: tuple[int, ...]) -> None:
        """The width left over goes to these columns (names), not to the last one."""
        self.roomy = columns
        self.horizontalHeader().setStretchLastSection(False)
        self.fit_columns()

    def _asked(self, column: int) -> tuple[int, int, int]:
        """(the cells' width, the width wanted with the header and choices, the least
        width of its cells wrapped onto two lines) of a column."""
        if column not in self._wanted:
            cells = self.sizeHintForColumn(column)
            self._wanted[column] = (cells, self._wanted_width(column, cells),
                                    min(cells, self._two_line_cells(column)))
        return self._wanted[column]

    def _two_line_cells(self, column: int) -> int:
        """The narrowest the first rows' cells can be, each wrapped onto two lines: "Prof.
        Dr. Ir. Bambang Sutrisno Wicaksono, M.Kom." or "17 Maret 2024 — kedaluwarsa" kept
        whole on a 1024×600 screen (a tester's realistic names needed 895 of 668 px)."""
        model = self.model()
        widest = 0
        icon_width = self.iconSize().width() if self.iconSize().isValid() else \
            self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        for row in range(min(model.rowCount(), _SAMPLED_ROWS)):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else self.fontMetrics()
            icon = icon_width + _CELL_PADDING if index.data(
                Qt.ItemDataRole.DecorationRole) is not None else 0
            widest = max(widest, icon + two_line_width(str(index.data() or ""),
                                                         metrics.horizontalAdvance))
        return widest + _CELL_PADDING

    def wanted_width(self, column: int) -> int:
        return self._asked(column)[1]

    def _wanted_width(self, column: int, cells: int) -> int:
        wanted = max(cells, self.horizontalHeader().sectionSizeHint(column))
        choices = getattr(self.model(), "columns", None)
        if choices is not None and column < len(choices) and choices[column].choices:
            metrics = self.fontMetrics()
            wanted = max(wanted, _CHOICE_ARROW + max(metrics.horizontalAdvance(text)
                                                     for _, text in choices[column].choices))
        return wanted

    def fit_columns(self) -> None:
        """Give each column its width, the widest giving way so all fit without scrolling."""
        model = self.model()
        if model is None or self.state() == QAbstractItemView.State.EditingState:
            return
        count = model.columnCount()
        wanted = [self.wanted_width(c) for c in range(count)]
        columns = getattr(model, "columns", [])
        whole = frozenset(c for c, column in enumerate(columns) if column.whole)
        available = self.viewport().width() - 2
        floor = self.fontMetrics().averageCharWidth() * _FLOOR_CHARS
        least = {c: self._asked(c)[2] for c in whole}
        widths = capped_widths(wanted, available, floor, whole, least)
        self._rows_for_two_lines(any(widths[c] < self._asked(c)[0] for c in whole))
        room = available - sum(widths)
        if room > 0 and self.roomy:
            shared = level_up([widths[c] for c in self.roomy], room)
            for column, width in zip(self.roomy, shared, strict=True):
                widths[column] = width
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def _rows_for_two_lines(self, wrapped: bool) -> None:
        """Rows tall enough for two lines while a key column wraps; else as the style has
        them (a roster of short names keeps its compact rows)."""
        header = self.verticalHeader()
        if self._style_row_height is None:
            self._style_row_height = header.defaultSectionSize()
        two_lines = 2 * self.fontMetrics().lineSpacing() + _CELL_PADDING
        header.setDefaultSectionSize(max(self._style_row_height, two_lines) if wrapped
                                     else self._style_row_height)

    def resizeColumnsToContents(self) -> None:  # noqa: N802 - Qt's name
        self.fit_columns()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide enough for the key columns whole and the others at their floor: the window
        then moves its divider to give the table that room (issue F3, point 4: the MET
        number cut at 1024×600), up to what the checklist can give."""
        hint = super().minimumSizeHint()
        model, columns = self.model(), getattr(self.model(), "columns", [])
        if model is None or not columns:
            return hint
        floor = self.fontMetrics().averageCharWidth() * _FLOOR_CHARS
        # A key column's cells whole, and its header up to some six characters more: a
        # header far longer (a translation twice as long) is elided, its tooltip whole,
        # rather than squeeze the checklist.
        def key_width(column: int) -> int:  # wrapped onto two lines at the narrowest
            return max(min(self._asked(column)[2], self.wanted_width(column)), floor)

        needed = sum(key_width(c) if column.whole else min(self.wanted_width(c), floor)
                     for c, column in enumerate(columns[:model.columnCount()]))
        needed += self.verticalHeader().sizeHint().width() + 2 * self.frameWidth() + \
            self.verticalScrollBar().sizeHint().width() + 2
        return QSize(max(hint.width(), needed), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def viewportEvent(self, event) -> bool:  # noqa: N802
        # A cell cut to "…" shows its whole text when pointed at (unless the cell already
        # has a tooltip of its own, a finding's words).
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            if index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
                text = str(index.data() or "")
                if text and self.fontMetrics().horizontalAdvance(text) + 12 > \
                        self.columnWidth(index.column()):
                    QToolTip.showText(event.globalPos(), plain_tip(text), self.viewport())
                    return True
        return super().viewportEvent(event)

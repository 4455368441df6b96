"""A table whose columns always fit its width: no sideways scrolling on a 1024×600 laptop.

Columns first take the width their contents, header and choices need; when that is more
than the table has, the widest ones give way first (narrow columns such as a phone number
keep their width) and their cells end in "…", the full text in the tooltip. The widths are
worked out again when the table changes size, never while a cell is being typed in: an
open editor keeps the column it started in (issue 21: NIK shrank to 25 px mid-edit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip

_CHOICE_ARROW = 36  # a drop-down's arrow and frame, beside its longest choice
_FLOOR_CHARS = 6  # no column is squeezed below about six characters


def capped_widths(wanted: list[int], available: int, floor: int,
                  whole: frozenset[int] = frozenset()) -> list[int]:
    """Widths summing to at most ``available`` where they can: every width above a common
    cap is cut to that cap (never below ``floor``); the others, and the columns in
    ``whole``, are left as they are."""
    if sum(wanted) <= available or not wanted:
        return list(wanted)
    # A key column keeps its width, up to a third of the table (a very long name wraps).
    wanted = [min(w, max(available // 3, floor)) if c in whole else w
              for c, w in enumerate(wanted)]
    kept = sum(w for c, w in enumerate(wanted) if c in whole)
    others = [w for c, w in enumerate(wanted) if c not in whole]
    low, high = floor, max(others, default=floor)
    while low < high:  # the largest cap that still fits
        cap = (low + high + 1) // 2
        if kept + sum(min(w, cap) for w in others) <= available:
            low = cap
        else:
            high = cap - 1
    return [w if c in whole else min(w, max(low, floor)) for c, w in enumerate(wanted)]


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
        self._wanted: dict[int, tuple[int, int]] = {}

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

    def _asked(self, column: int) -> tuple[int, int]:
        """(the cells' width, the width wanted with the header and choices) of a column."""
        if column not in self._wanted:
            cells = self.sizeHintForColumn(column)
            self._wanted[column] = (cells, self._wanted_width(column, cells))
        return self._wanted[column]

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
        widths = capped_widths(wanted, available, floor, whole)
        room = available - sum(widths)
        if room > 0 and self.roomy:
            shared = level_up([widths[c] for c in self.roomy], room)
            for column, width in zip(self.roomy, shared, strict=True):
                widths[column] = width
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

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
        def key_width(column: int) -> int:
            cells = max(self._asked(column)[0], floor)
            return min(self.wanted_width(column), cells + floor)

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
                    QToolTip.showText(event.globalPos(), text, self.viewport())
                    return True
        return super().viewportEvent(event)

"""One editable table model for the data editors (people, assessors, packages, units).

Rows are plain dicts; a column may offer fixed choices (shown as a drop-down) and each
edit is handed to a save callback, which stores it in one transaction. A cell may carry a
mark: a finding about it (bold, in the state's colour, with its icon and the finding as
tooltip), or a value the app computed (grey italic, said so in the tooltip). A row may be
greyed (an assessor left out of 2.12), with the reason as tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from lsp_desktop.ui.icons import state_color, state_icon
from lsp_desktop.ui.tooltips import plain_tip

COMPUTED = "computed"  # a Mark's state for a value the app worked out


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    editable: bool = True
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, shown text)
    # A key column (NIK, a status) keeps its whole width on a narrow screen; the others
    # give way and end in "…" (issue 21).
    whole: bool = False

    def shown(self, value: str) -> str:
        return dict(self.choices).get(value, value)


@dataclass(frozen=True)
class Mark:
    """What a cell says beyond its value: ``state`` is a finding's severity (error,
    warning, info) or COMPUTED; ``shown`` replaces an empty value (a computed date)."""

    state: str
    tooltip: str
    shown: str = ""


_ROOT = QModelIndex()


def _font(bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()  # made when asked: a QFont needs the application to exist
    font.setBold(bold)
    font.setItalic(italic)
    return font


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], rows: list[dict],
                 save: Callable[[dict, str, str], bool], parent=None) -> None:
        super().__init__(parent)
        self.columns, self.rows, self.save = columns, rows, save
        # row -> what is wrong with the row as a whole: its state (error or warning: the
        # app's advice is not shown as an error) and the tooltip saying it
        self.problems: dict[int, Mark] = {}
        self.marks: dict[tuple[int, str], Mark] = {}  # (row, column key) -> its mark
        self.greyed: dict[int, str] = {}  # row -> why it is greyed

    def set_rows(self, rows: list[dict], problems: dict[int, Mark] | None = None,
                 marks: dict[tuple[int, str], Mark] | None = None,
                 greyed: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.problems = problems or {}
        self.marks = marks or {}
        self.greyed = greyed or {}
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        # The tooltip: a header cut to "…" on a narrow screen is still read whole.
        if role == Qt.ItemDataRole.ToolTipRole and horizontal:
            return plain_tip(self.columns[section].header)
        if role == Qt.ItemDataRole.DisplayRole and horizontal:
            return self.columns[section].header
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = str(self.rows[index.row()].get(column.key, "") or "")
        mark = self.marks.get((index.row(), column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            return mark.shown if mark and mark.shown and not value else column.shown(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            words = self._said(index.row(), mark)
            return plain_tip(words) if words and role == Qt.ItemDataRole.ToolTipRole else words
        return self._look(role, index, mark)

    def _said(self, row: int, mark: Mark | None) -> str | None:
        """What a cell's finding, or its row's, says: it quotes what was typed or read from
        a sheet, so its tooltip shows it through plain_tip."""
        if mark:
            return mark.tooltip
        problem = self.problems.get(row)
        return self.greyed.get(row) or (problem.tooltip if problem else None)

    def _look(self, role, index, mark: Mark | None):
        """Colour, font and icon: a finding in its state's colour (the dark palette has
        its own lighter ones), computed values and greyed rows in grey italic."""
        row = index.row()
        if role == Qt.ItemDataRole.ForegroundRole:
            if mark:
                return state_color("missing" if mark.state == COMPUTED else mark.state)
            if row in self.greyed:
                return state_color("not-required")
        if role == Qt.ItemDataRole.FontRole:
            if mark and mark.state in ("error", "warning"):
                return _font(bold=True)
            if (mark and mark.state == COMPUTED) or row in self.greyed:
                return _font(italic=True)
        if role == Qt.ItemDataRole.DecorationRole:
            if mark and mark.state != COMPUTED:
                return state_icon(mark.state)
            problem = self.problems.get(row)
            if index.column() == 0 and problem and problem.state in ("error", "warning"):
                return state_icon(problem.state)
            if index.column() == 0 and row in self.greyed:
                return state_icon("not-required")
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        text = str(value).strip()
        if str(row.get(column.key, "")) == text:
            return False
        if not self.save(row, column.key, text):
            return False
        row[column.key] = text
        self.dataChanged.emit(index, index)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for columns with fixed choices (role, SIAPkerja status, package kind)."""

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent, option, index):  # noqa: N802
        column = self.columns[index.column()]
        if not column.choices:
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        for value, text in column.choices:
            editor.addItem(text, value)
        return editor

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QComboBox):  # a narrow column's drop-down still shows
            # its whole choice ("Asesor", not "Ase"), over the neighbouring cell
            editor.resize(max(editor.width(), editor.sizeHint().width()), editor.height())

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            if value and editor.findData(value) < 0:
                # A value of its own (a kind typed or imported as "KKNI Level II") is
                # offered as it is: opening and leaving the list must not erase it.
                editor.addItem(str(value), value)
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)

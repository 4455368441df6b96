"""One editable table model for the data editors (people, assessors, packages, units).

Rows are plain dicts; a column may offer fixed choices (shown as a drop-down) and each
edit is handed to a save callback, which stores it in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    editable: bool = True
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, shown text)

    def shown(self, value: str) -> str:
        return dict(self.choices).get(value, value)


_ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], rows: list[dict],
                 save: Callable[[dict, str, str], bool], parent=None) -> None:
        super().__init__(parent)
        self.columns, self.rows, self.save = columns, rows, save
        self.problems: dict[int, str] = {}  # row -> tooltip saying what is wrong

    def set_rows(self, rows: list[dict], problems: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.problems = problems or {}
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = str(self.rows[index.row()].get(column.key, "") or "")
        if role == Qt.ItemDataRole.DisplayRole:
            return column.shown(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems.get(index.row())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 \
                and index.row() in self.problems:
            from lsp_desktop.ui.icons import state_icon

            return state_icon("error")
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

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)

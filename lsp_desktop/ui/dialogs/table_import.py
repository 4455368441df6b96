"""Import a spreadsheet: show which rows will be added, changed, left as they are or
rejected, and why; nothing is written until the admin confirms, and the import is then
one step of Edit > Undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.tables.plan import ImportPlan
from lsp_desktop.ui import unexpected
from lsp_desktop.ui.dialogs.prompts import accept_button, accept_cancel
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.jobs.data_jobs import apply_table_import, export_table_rows, plan_table_import
from lsp_desktop.ui.tooltips import plain_tip

SHEETS = "Excel / CSV (*.xlsx *.csv)"
_ROOT = QModelIndex()


class _PlanRows(QAbstractTableModel):
    """The plan's rows as the preview shows them, worded when Qt asks for a row on screen:
    the preview of a 5,000-row sheet then opens at once, not after every row was made
    into four table items on the window's thread (issue 17)."""

    def __init__(self, plan: ImportPlan, lang: str, parent=None) -> None:
        super().__init__(parent)
        # Rejected rows first: they are what the admin must act on.
        self.outcomes = sorted(plan.outcomes, key=lambda o: (o.action != "reject", o.line))
        self.lang = lang
        self.words = {"add": tr("add"), "update": tr("update"), "unchanged": tr("unchanged"),
                      "reject": tr("rejected")}
        self.headers = [tr("Row"), tr("Name / code"), tr("Result"), tr("Why")]
        self._why: dict[int, str] = {}

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) \
                or not index.isValid():
            return None
        words = self._words(index)
        # A sheet's cells are anyone's: its tooltip shows them as text, never as markup.
        return plain_tip(words) if role == Qt.ItemDataRole.ToolTipRole else words

    def _words(self, index) -> str:
        row, outcome = index.row(), self.outcomes[index.row()]
        column = index.column()
        if column == 0:
            return str(outcome.line)
        if column == 1:
            return outcome.label
        if column == 2:
            return self.words[outcome.action]
        if row not in self._why:
            self._why[row] = " ".join(f.message(self.lang) for f in outcome.reasons)
        return self._why[row]


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import preview"))
        layout = QVBoxLayout(self)
        summary = QLabel(tr("{add} rows will be added, {update} changed, {unchanged} are "
                            "already as the sheet says, {reject} rejected. Rejected rows are "
                            "not imported; nothing stored is deleted, and Edit > Undo takes "
                            "the import back.").format(
            add=plan.count("add"), update=plan.count("update"),
            unchanged=plan.count("unchanged"), reject=plan.count("reject")))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        table = QTableView()
        table.setModel(_PlanRows(plan, lang, table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table = table
        layout.addWidget(table)
        count = plan.writes
        buttons = accept_cancel(self, tr("Import {n} rows").format(n=count), tr("Cancel"))
        self.ok = accept_button(buttons)
        self.ok.setEnabled(count > 0)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def cell(self, row: int, column: int) -> str:
        """The text shown in a cell of the preview."""
        return str(self.table.model().index(row, column).data() or "")


class _PendingImport(QObject):
    """Receives the plan of one import. It belongs to the window, not to the panel that
    asked: the admin may click another item (replacing the panel) while 5,000 rows are
    read, and the preview must still open, over the window."""

    def __init__(self, window: QWidget, controller, confirm) -> None:
        super().__init__(window)
        self.window, self.controller, self.confirm = window, controller, confirm

    def planned(self, plan: ImportPlan | None, error) -> None:
        self.deleteLater()
        controller = self.controller
        if error is not None or plan is None:  # the planning job gives one or the other
            controller.notice.emit(unexpected.error_text(error, controller.lang), "error")
            return
        if self.confirm is None:
            dialog = ImportPreviewDialog(plan, controller.lang, self.window)
            accepted = bool(dialog.exec())
        else:
            accepted = self.confirm(plan)
        if not accepted:
            controller.notice.emit(tr("Import cancelled; nothing was written."), "info")
            return
        controller.edits.edit(
            Said("Import {n} rows", n=plan.writes), apply_table_import, plan,
            notice=Said("{n} rows imported; {r} rejected rows were left out. Undo with "
                        "Ctrl+Z (Edit > Undo).", n=plan.writes, r=plan.count("reject")))


def import_table(parent: QWidget, controller, kind: str, path: Path | None = None,
                 confirm=None) -> None:
    """Ask for a file, read and plan it off the UI thread, show the plan, and apply it when
    confirmed. ``confirm`` replaces the dialog in tests."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, tr("Import from Excel or CSV"),
                                                str(Path.home()), SHEETS)
        if not chosen:
            return
        path = Path(chosen)
    controller.notice.emit(tr("Reading {name}…").format(name=path.name), "info")
    pending = _PendingImport(parent.window(), controller, confirm)
    controller.runner.submit(pending, plan_table_import, controller.read.path, controller.catalog,
                             kind, path, done=pending.planned)


class _PendingExport(QObject):
    """Tells how the spreadsheet export went; belongs to the window (see _PendingImport)."""

    def __init__(self, window: QWidget, controller) -> None:
        super().__init__(window)
        self.controller = controller

    def written(self, path: Path | None, error) -> None:
        self.deleteLater()
        if error is not None:
            self.controller.notice.emit(unexpected.error_text(error, self.controller.lang), "error")
        else:
            self.controller.notice.emit(tr("Saved {path}").format(path=path), "info")


def export_table(parent: QWidget, controller, kind: str, path: Path | None = None) -> None:
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, tr("Export to Excel or CSV"),
                                                str(Path.home() / f"{kind}.xlsx"), SHEETS)
        if not chosen:
            return
        path = Path(chosen)
    pending = _PendingExport(parent.window(), controller)
    controller.runner.submit(pending, export_table_rows, controller.read.path, controller.catalog,
                             kind, Path(path), done=pending.written)

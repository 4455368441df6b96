"""What the data editors (roster, assessors, packages) share: the table view, the panel's
heading and findings, one save at a time, and editing that survives refreshes.

A refresh rebuilds a table's rows (the findings may have changed), which would close an
open cell editor: while the admin is typing, the refresh waits until the editor closes,
and a row just added is opened for typing after the refresh, not before it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.checks.findings import Finding, verdict_of
from lsp_desktop.status.cells import Cells
from lsp_desktop.status.missing import state_text
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.road.controller import WorkspaceController
from lsp_desktop.ui.tasks import is_alive
from lsp_desktop.ui.widgets.findings import findings_html
from lsp_desktop.ui.widgets.fitted_table import FittedTable
from lsp_desktop.ui.widgets.flow import FlowLayout
from lsp_desktop.ui.widgets.table_model import ChoiceDelegate, Mark, RowsModel
from lsp_desktop.ui.widgets.text import ReservedLabel, heading, wrapping


def make_table(model: RowsModel, name: str) -> FittedTable:
    view = FittedTable()  # its columns fit its width: no sideways scrolling
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(model.columns, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setAccessibleName(name)
    view.setMinimumHeight(220)
    return view


def on_delete_key(view: QTableView, slot) -> None:
    """Delete (and Backspace on a Mac keyboard) on the table removes its selected rows."""
    action = QAction(view)
    action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete),
                         QKeySequence(Qt.Key.Key_Backspace)])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    view.addAction(action)


def _typing_in(view: QTableView) -> bool:
    """A cell editor of the view is open and has the keyboard."""
    if view.state() != QAbstractItemView.State.EditingState:
        return False
    focus = QApplication.focusWidget()
    return focus is not None and view.viewport().isAncestorOf(focus)


def selected_rows(view: QTableView) -> list[int]:
    rows = {i.row() for i in view.selectionModel().selectedRows()}
    if not rows and view.currentIndex().isValid():
        rows = {view.currentIndex().row()}
    return sorted(rows)


def cell_marks(ids: list, cells: dict[int, Cells], lang: str) -> dict[tuple[int, str], Mark]:
    """(row, field) -> the mark of the findings about that cell, rows given by their ids."""
    marks = {}
    for row, row_id in enumerate(ids):
        for key, found in cells.get(row_id, {}).items():
            if key:
                marks[(row, key)] = finding_mark(found, lang)
    return marks


def read_and_shape(job: Callable[..., object], shape: Callable[[object, str], object],
                   lang: str, *where: object) -> object:
    """A panel's rows read and made ready to show, both on a worker."""
    return shape(job(*where), lang)


def finding_mark(found: list[Finding], lang: str) -> Mark:
    verdict = verdict_of(found)
    return Mark("info" if verdict == "ok" else verdict,
                "\n".join(f.message(lang) for f in found))


class DataPanel(QWidget):
    """Heading, state, description, the editor, then the findings in plain words."""

    held = ""  # the data set it edits (catalog.PEOPLE, DATASETS); the catalogue names the item
    # A worker job (workspace path, catalogue) -> rows for show_rows, for a panel whose rows
    # are many; None: reload() reads them on the window's thread.
    rows_job: Callable[..., object] | None = None
    # What rows_job read, made ready to show (pure: no Qt), on the same worker: for 5,000
    # people, wording every finding took the window's thread a frame and more (issue 17).
    shape_rows: Callable[[object, str], object] = staticmethod(lambda rows, lang: rows)

    def __init__(self, controller: WorkspaceController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.read = controller.read
        self.lang = controller.lang
        self.requirement = controller.catalog.holder(self.held)
        self.requirement_id = self.requirement.id
        self._pending_edit: tuple[QTableView, str, object] | None = None
        self._readings = 0
        self._stale = False
        # Several changes in one moment (a save, then every item refreshed) refresh once.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(heading(f"{self.requirement.point} · "
                                       f"{self.requirement.title(self.lang)}"))
        self.state_label = QLabel()
        self.layout_.addWidget(self.state_label)
        self.layout_.addWidget(wrapping(self.requirement.description(self.lang)))
        self.build()
        for view in self.findChildren(QTableView):
            view.itemDelegate().closeEditor.connect(self._editor_closed)
        # Its room is kept when a message goes: the fields above stay under the pointer.
        self.findings = ReservedLabel()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.findings)
        # Bound methods, not lambdas: Qt drops them when this panel is replaced, while a
        # lambda would outlive it and touch deleted widgets.
        controller.statusChanged.connect(self._changed)
        controller.allChanged.connect(self._refresh_later)
        self.refresh()

    def build(self) -> None:
        raise NotImplementedError

    def _changed(self, requirement_id: str) -> None:
        if requirement_id == self.requirement_id:
            self._refresh_later()

    def _refresh_later(self) -> None:
        # Later, not now: the edit that caused this may still be inside the view. The
        # timer belongs to the panel, so a panel replaced meanwhile is not refreshed.
        self._refresh_timer.start()

    def _editor_closed(self, *_) -> None:
        if self._stale:
            self._refresh_later()

    def refresh(self) -> None:
        if self.controller.closed:  # the window was replaced before this refresh ran
            return
        status = self.controller.statuses[self.requirement_id]
        text = state_text(status, self.lang)  # the roster: how many have submitted
        self.state_label.setText(tr("Status: {state}").format(state=text))
        self.findings.setText(findings_html(status.findings, self.lang))
        views = self.findChildren(QTableView)
        self._stale = any(_typing_in(v) for v in views)
        if self._stale:  # the admin is typing in a cell: rebuild the rows when they stop
            return
        # The rows are rebuilt: keep the admin's place (the buttons follow the current row).
        places = [(view, view.currentIndex().row(), view.currentIndex().column())
                  for view in views]
        if self.rows_job is None:
            self.reload()
            self._placed(places)
            return
        # Many rows (a roster of 5,000) are read and checked on a worker: the window
        # never waits for them. Only the newest reading is shown.
        self._readings += 1
        self.controller.runner.submit(
            self, read_and_shape, self.rows_job, self.shape_rows, self.lang, self.read.path,
            self.controller.catalog, done=partial(self._rows_arrived, self._readings, places))

    def _rows_arrived(self, reading: int, places: list, rows: object,
                      error: BaseException | None) -> None:
        if reading != self._readings or rows is None:
            return  # a newer reading is on its way (or this one failed: the next will do)
        if any(_typing_in(v) for v in self.findChildren(QTableView)):
            self._stale = True  # shown once the admin stops typing
            return
        self.show_rows(rows)
        self._placed(places)

    def show_rows(self, rows: object) -> None:
        """Fill the editor with what ``rows_job`` read, as ``shape_rows`` made it."""

    def _placed(self, places: list) -> None:
        for view, row, column in places:
            view.resizeColumnsToContents()
            if 0 <= row < view.model().rowCount() and not view.currentIndex().isValid():
                view.setCurrentIndex(view.model().index(row, max(column, 0)))
        self._start_pending_edit()

    def reload(self) -> None:
        """Refill the editor from the workspace."""

    def edit_after_refresh(self, view: QTableView, key: str, value: object) -> None:
        """Open the first cell of the row whose ``key`` is ``value`` (None: the last row)
        for typing, once the refresh the save started has rebuilt the rows."""
        self._pending_edit = (view, key, value)
        self._refresh_later()

    def _start_pending_edit(self) -> None:
        if self._pending_edit is None:
            return
        view, key, value = self._pending_edit
        self._pending_edit = None
        model = view.model()
        assert isinstance(model, RowsModel)  # every table of the data panels has one
        rows = model.rows
        found = [r for r, row in enumerate(rows) if row.get(key) == value]
        row = found[0] if found else len(rows) - 1
        if row < 0:
            return
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.edit(index)

    def button_row(self, *buttons: tuple[str, object]) -> FlowLayout:
        """The table's buttons, wrapping onto a second line where the panel is narrow
        (or the words long) rather than widening the panel past the screen."""
        row = FlowLayout()
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    @staticmethod
    def cell_words(model: RowsModel, key: str, row_name: str) -> Said:
        """Edit > Undo's name for a cell typed in: "Ubah Email Citra Dewi"."""
        header = next((c.header for c in model.columns if c.key == key), key)
        return Said("Change {field} of {name}", field=header, name=row_name)

    def save(self, said: Said, edit, *args: object, then=None) -> bool:
        """Ask the controller for one edit (``edit(workspace, *args)`` on a worker, one
        step of Edit > Undo); ``then(result)`` once it went through. A refusal becomes a
        notice, never a crash, and the table shows again what is kept."""
        def finished(result: object, error: BaseException | None) -> None:
            if error is not None:
                self.controller.notice.emit(self.controller.edits_failure(error), "error")
            if not is_alive(self):
                return
            if error is not None:
                self._refresh_later()
            elif then is not None:
                then(result)

        self.controller.edits.edit(said, edit, *args, done=finished)
        return True

"""Berkas > Gabungkan dari bundel rekan…: the merge plan, row by row, before anything is
written. A row that differs shows both sides (date, size, the check's verdict) and a choice
whose default the core set; the rest is said (new: taken, same, only here: kept)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lsp_desktop.bundle.merge_entries import dates_in_words
from lsp_desktop.bundle.merge_plan import CHOOSABLE, SAME, THERE, MergePlan, Side
from lsp_desktop.messages import label, render
from lsp_desktop.messages.texts_merge import STATES
from lsp_desktop.ui.dialogs.circular import report_html
from lsp_desktop.ui.dialogs.prompts import accept_button, accept_cancel
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.tooltips import plain_tip
from lsp_desktop.ui.widgets.text import wrapping
from lsp_desktop.ui.widgets.wrapped_cells import WrappedCells, grow_rows

KINDS = {"document": "Document", "link": "Link", "person": "Person",
         "assessor": "Assessor data", "assessor_file": "Assessor document",
         "package": "Package", "social": "Social media"}
SAID_BY_LABEL = ("profile", "participant", "reason")
VERDICTS = {"ok": "passes the checks", "warning": "passes, with a warning",
            "error": "does not pass the checks"}


def side_text(side: Side, lang: str = "id") -> str:
    parts = [dates_in_words(side.text, lang), dates_in_words(side.date, lang)]
    if side.size:
        parts.append(f"{max(1, round(side.size / 1024))} KB")
    if side.verdict:
        parts.append(tr(VERDICTS[side.verdict]))
    return " · ".join(p for p in parts if p) or "—"


class PlanTable(QTableWidget):
    """The plan's rows: the two sides get the width (the entry a quarter of what the state
    and the choice leave), and every text cell wraps, its row growing, so that a Drive link
    or an e-mail is read whole at 1024×600, never cut with "…"."""

    WRAPPED = (0, 2, 3)

    def __init__(self, rows: int) -> None:
        super().__init__(rows, 5)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: rows growing never take width from the columns they were fitted to.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        cells = WrappedCells(self)
        for column in self.WRAPPED:
            self.setItemDelegateForColumn(column, cells)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        for column in (1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        left = self.viewport().width() - self.columnWidth(1) - self.columnWidth(4)
        entry = max(120, left // 4)
        side = max(120, (left - entry) // 2)
        for column, width in ((0, entry), (2, side), (3, left - entry - side)):
            self.setColumnWidth(column, max(120, width))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, bundle_name: str, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.plan, self.lang = plan, lang
        self.setWindowTitle(tr("Merge from a colleague's bundle"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(tr(
            "What {name} would bring. New entries are taken, entries that are the same or "
            "only here stay as they are. Where both differ, choose which to keep: a file "
            "replaced is kept as a superseded version, and the whole merge is one step of "
            "Edit > Undo.").format(name=bundle_name)))
        if plan.carry is not None:
            other = QLabel(tr("This bundle follows another circular ({catalog}). What carries "
                              "over, as with Change circular:").format(
                                  catalog=html.escape(plan.other_catalog))
                           + report_html(plan.carry))
            other.setWordWrap(True)
            layout.addWidget(other)
        layout.addWidget(wrapping(render("merge.planned", plan.counts(), lang)))
        self.table = self._table()
        layout.addWidget(self.table, 1)
        buttons = accept_cancel(self, tr("Merge"), tr("Cancel"))
        self.merge_button = accept_button(buttons)
        layout.addWidget(buttons)
        self.resize(980, 560)

    def _table(self) -> QTableWidget:
        shown = [e for e in self.plan.entries if e.state != SAME]
        table = PlanTable(len(shown))
        table.setAccessibleName(tr("Merge plan"))
        table.setHorizontalHeaderLabels([tr("Entry"), tr("State"), tr("Here"),
                                         tr("From the colleague"), tr("Keep")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        self.pickers: dict[str, QComboBox] = {}
        for row, entry in enumerate(shown):
            # The profile's, the participant's and a reason's labels say what they are.
            kind = "" if entry.kind in SAID_BY_LABEL else \
                f"{tr(KINDS[entry.kind])}: "
            cells = [kind + entry.label,
                     label(STATES, entry.state, self.lang), side_text(entry.here, self.lang),
                     side_text(entry.there, self.lang)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text))
                # Read from the top like the wrapped cells beside it.
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, column, item)
            if entry.state in CHOOSABLE:
                picker = QComboBox()
                picker.setAccessibleName(tr("Keep for {entry}").format(entry=entry.label))
                picker.addItem(tr("What is here"), "here")
                picker.addItem(tr("The colleague's"), THERE)
                picker.setCurrentIndex(1 if entry.choice == THERE else 0)
                table.setCellWidget(row, 4, picker)
                self.pickers[entry.key] = picker
            else:
                said = QTableWidgetItem(tr("taken") if entry.takes_theirs else tr("kept"))
                said.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, 4, said)
        table.horizontalHeader().setStretchLastSection(False)
        table.fit_columns()
        grow_rows(table)
        return table

    def choices(self) -> dict[str, str]:
        return {key: str(picker.currentData()) for key, picker in self.pickers.items()}

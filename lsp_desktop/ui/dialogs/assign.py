"""When several files (or a folder) are dropped on the window: propose a requirement for
each from its name, and let the admin confirm or change each before anything is attached.

The assessors' folder (2.11, one subfolder per assessor) comes through the same dialog:
each row then also shows the assessor its subfolder matched and how the document was
known, the choice is the document's slot (KTP, certificate, …), and what could not be
placed is listed below the table, never guessed (``for_assessor_folder``)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.intake.assessor_folder import KINDS, FolderFile, FolderPlan
from lsp_desktop.intake.guess import propose_requirement
from lsp_desktop.messages import render
from lsp_desktop.ui.dialogs.prompts import accept_cancel
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.tooltips import plain_tip
from lsp_desktop.ui.widgets.text import ReservedLabel, wrapping
from lsp_desktop.ui.widgets.wrapped_cells import WrappedCells, grow_rows


@dataclass
class AssignRow:
    """One file of the dialog: how it is shown, where it may go, where it is proposed."""

    path: Path
    shown: str
    choices: list[tuple[str, str]]  # words, value (a requirement id, or a document slot)
    proposed: str | None
    assessor: str = ""  # the assessors' folder: whose subfolder it is in
    known_by: str = ""  # … and how its slot was known
    person_id: int | None = None  # … whose document slots it shares with other rows


def kind_words() -> dict[str, str]:
    """2.11's document slots as the admin reads them."""
    return {"ktp": tr("KTP"), "sertifikat-teknis": tr("Technical certificate"),
            "ijazah": tr("Diploma"), "pasfoto": tr("Photo (red background)")}


class AssignDialog(QDialog):
    def __init__(self, files: list[Path], catalog: Catalog | None, lang: str, parent=None,
                 names: dict[Path, str] | None = None, rows: list[AssignRow] | None = None,
                 not_placed: str = "") -> None:
        """``names``: how each file is shown (with its subfolder), else its name. ``rows``
        instead of ``files`` and ``catalog``: rows made elsewhere (the assessors' folder),
        with ``not_placed`` (HTML) below the table."""
        super().__init__(parent)
        if rows is None:
            rows = _drop_rows(files, catalog, lang, names or {}) if catalog else []
        self.rows = rows
        self.files = [row.path for row in rows]
        self.setWindowTitle(tr("Attach files"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Check where each file goes. Files left on "
                          "\"— do not attach —\" are skipped."))
        intro.setWordWrap(True)  # one long line widened the dialog past a small screen
        layout.addWidget(intro)
        folder = any(row.assessor for row in rows)
        self.table = QTableWidget(len(rows), 4 if folder else 2)
        self.table.setHorizontalHeaderLabels(
            [tr("File"), tr("Assessor"), tr("Document"), tr("Known by")] if folder
            else [tr("File"), tr("Requirement")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.combos = [self._row(index, row, folder) for index, row in enumerate(rows)]
        if folder:
            for column, width in ((1, 210), (2, 240), (3, 150)):  # a slot's title whole
                self.table.setColumnWidth(column, width)
            # "Known by" names the other file of a conflict: wrapped whole, its row grown.
            self.table.setItemDelegateForColumn(3, WrappedCells(self.table))
            grow_rows(self.table)
        else:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.not_placed = wrapping(not_placed) if not_placed else None
        if self.not_placed is not None:
            layout.addWidget(self.not_placed)
        # Said beside the buttons when two files are left on one assessor's one document.
        self.clash_note = ReservedLabel(_clash_words("x" * 80, "x" * 30))
        self.clash_note.setObjectName("slotClash")
        self.clash_note.setParent(self)  # owned by the dialog, shown for the folder only
        if folder:
            layout.addWidget(self.clash_note)
        else:
            self.clash_note.hide()
        layout.addWidget(accept_cancel(self, tr("Attach"), tr("Cancel")))
        self.resize(900 if folder else 760, 520 if folder else 420)

    def _row(self, index: int, row: AssignRow, folder: bool) -> QComboBox:
        cells = [row.shown, row.assessor, row.known_by] if folder else [row.shown]
        for column, text in zip((0, 1, 3), cells, strict=False):
            cell = QTableWidgetItem(text)
            cell.setToolTip(plain_tip(str(row.path) if column == 0 else text))
            self.table.setItem(index, column, cell)
        combo = QComboBox()
        combo.addItem(tr("— do not attach —"), None)
        for words, value in row.choices:
            combo.addItem(words, value)
        combo.setCurrentIndex(max(0, combo.findData(row.proposed)))
        combo.setAccessibleName((tr("Document for {name}") if folder
                                 else tr("Requirement for {name}")).format(name=row.shown))
        self.table.setCellWidget(index, 2 if folder else 1, combo)
        return combo

    def accept(self) -> None:
        """One assessor's document holds one file: two left on it are not attached (one
        would silently replace the other); the admin is told which, and picks one."""
        clash = self._clash()
        if clash:
            self.clash_note.setText(_clash_words(", ".join(row.shown for row in clash),
                                                 clash[0].assessor))
            return
        self.clash_note.setText("")
        super().accept()

    def _clash(self) -> list[AssignRow]:
        taken: dict[tuple[int, str], list[AssignRow]] = {}
        for row, value in zip(self.rows, self.chosen(), strict=True):
            if value and row.person_id is not None:
                taken.setdefault((row.person_id, value), []).append(row)
        return next((rows for rows in taken.values() if len(rows) > 1), [])

    def chosen(self) -> list[str | None]:
        """Each row's choice, in order; None for "— do not attach —"."""
        return [combo.currentData() or None for combo in self.combos]

    def assignments(self) -> dict[str, list[Path]]:
        chosen: dict[str, list[Path]] = {}
        for path, value in zip(self.files, self.chosen(), strict=True):
            if value:
                chosen.setdefault(value, []).append(path)
        return chosen

    def left_out(self) -> list[Path]:
        """The files left on "— do not attach —": the summary names them."""
        return [path for path, value in zip(self.files, self.chosen(), strict=True)
                if not value]


def _drop_rows(files: list[Path], catalog: Catalog, lang: str,
               names: dict[Path, str]) -> list[AssignRow]:
    items = [(f"{r.point}  {r.title(lang)}", r.id) for r in catalog.requirements
             if r.form == "file"]
    return [AssignRow(path, names.get(path, path.name), items,
                      propose_requirement(path.name, catalog)) for path in files]


def for_assessor_folder(plan: FolderPlan, lang: str, parent=None) -> AssignDialog:
    """The assessors' folder in the drop's dialog: a row per file placed, its slot to
    confirm; the folders and files that fit no one listed below, with the reason."""
    words = kind_words()
    slots = [(words[kind], kind) for kind in KINDS]
    rows = [AssignRow(item.path, item.shown, slots, item.kind if item.chosen else None,
                      item.person, _known_by(item), item.person_id) for item in plan.assigned]
    return AssignDialog([], None, lang, parent, rows=rows,
                        not_placed=not_placed_html(plan, lang))


def _clash_words(files: str, name: str) -> str:
    return tr("{files} are the same document of {name}: leave all but one on \"— do not "
              "attach —\".").format(files=files, name=name)


def _known_by(item: FolderFile) -> str:
    """How the slot was known; for two files of one document, the other named: the one
    that passes the checks is proposed, the admin may pick the other instead."""
    how = tr("its name") if item.by == "name" else tr("its content (a portrait photo)")
    if not item.rivals:
        return how
    return tr("{how}; same document as {files}: choose one").format(
        how=how, files=", ".join(item.rivals))


def not_placed_html(plan: FolderPlan, lang: str) -> str:
    lines = [f"<li>{escape(name)}/ — {escape(render(code, {}, lang))}</li>"
             for name, code in plan.unmatched_folders]
    lines += [f"<li>{escape(f.shown)} — {escape(render(f.reason, {}, lang))}</li>"
              for f in plan.strays]
    if not lines:
        return ""
    return (f"<p><b>{escape(tr('Not placed (nothing is guessed): put them in by hand'))}"
            f"</b></p><ul>{''.join(lines)}</ul>")

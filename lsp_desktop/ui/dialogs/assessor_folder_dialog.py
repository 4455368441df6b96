"""The assessors' folder, before anything is kept: each file with the assessor its
subfolder matched and the document its name or content says, changeable per row (or left
out); below, every folder and file that could not be placed, with the reason."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lsp_desktop.intake.assessor_folder import KINDS, FolderPlan
from lsp_desktop.messages import render
from lsp_desktop.ui.dialogs.prompts import accept_cancel
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.widgets.text import wrapping


def kind_words() -> dict[str, str]:
    return {"ktp": tr("KTP"), "sertifikat-teknis": tr("Technical certificate"),
            "ijazah": tr("Diploma"), "pasfoto": tr("Photo (red background)")}


def strays_html(plan: FolderPlan, lang: str) -> str:
    rows = [f"<li>{escape(name)}/ — {escape(render(code, {}, lang))}</li>"
            for name, code in plan.unmatched_folders]
    rows += [f"<li>{escape(f.shown)} — {escape(render(f.reason, {}, lang))}</li>"
             for f in plan.strays]
    if not rows:
        return ""
    return (f"<p><b>{escape(tr('Not placed (nothing is guessed): put them in by hand'))}"
            f"</b></p><ul>{''.join(rows)}</ul>")


class AssessorFolderDialog(QDialog):
    def __init__(self, plan: FolderPlan, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("Assessors' documents from a folder"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(tr(
            "Check where each file goes. Files left on \"— do not attach —\" are skipped.")))
        self.table = QTableWidget(len(plan.assigned), 4)
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Assessor"), tr("Document"),
                                              tr("Known by")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        words = kind_words()
        for row, item in enumerate(plan.assigned):
            for column, text in ((0, item.shown), (1, item.person),
                                 (3, tr("its name") if item.by == "name" else
                                  tr("its content (a portrait photo)"))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            combo = QComboBox()
            combo.addItem(tr("— do not attach —"), None)
            for kind in KINDS:
                combo.addItem(words[kind], kind)
            combo.setCurrentIndex(max(0, combo.findData(item.kind)))
            combo.setAccessibleName(tr("Document for {name}").format(name=item.shown))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.setColumnWidth(1, 210)
        self.table.setColumnWidth(2, 240)  # "Sertifikat Kompetensi Teknis" whole
        self.table.setColumnWidth(3, 150)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        if html := strays_html(plan, lang):
            self.strays = QLabel(html)
            self.strays.setWordWrap(True)
            layout.addWidget(self.strays)
        layout.addWidget(accept_cancel(self, tr("Attach"), tr("Cancel")))
        self.resize(900, 520)

    def chosen(self) -> FolderPlan:
        """The plan as the admin left it: rows on "— do not attach —" dropped."""
        assigned = [replace(item, kind=combo.currentData())
                    for item, combo in zip(self.plan.assigned, self.combos, strict=True)
                    if combo.currentData()]
        return replace(self.plan, assigned=assigned)

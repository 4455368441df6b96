"""When several files (or a folder) are dropped on the window: propose a requirement for
each from its name, and let the admin confirm or change each before anything is attached."""

from __future__ import annotations

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

from lsp_desktop.catalog import Catalog
from lsp_desktop.intake.guess import propose_requirement
from lsp_desktop.ui.dialogs.prompts import accept_cancel
from lsp_desktop.ui.i18n import tr


class AssignDialog(QDialog):
    def __init__(self, files: list[Path], catalog: Catalog, lang: str, parent=None,
                 names: dict[Path, str] | None = None) -> None:
        """``names``: how each file is shown (with its subfolder), else its name."""
        super().__init__(parent)
        self.files = files
        self.setWindowTitle(tr("Attach files"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Check where each file goes. Files left on "
                          "\"— do not attach —\" are skipped."))
        intro.setWordWrap(True)  # one long line widened the dialog past a small screen
        layout.addWidget(intro)
        self.table = QTableWidget(len(files), 2)
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Requirement")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.combos: list[QComboBox] = []
        items = [r for r in catalog.requirements if r.form == "file"]
        names = names or {}
        for row, path in enumerate(files):
            name = QTableWidgetItem(names.get(path, path.name))
            name.setToolTip(str(path))
            self.table.setItem(row, 0, name)
            combo = QComboBox()
            combo.addItem(tr("— do not attach —"), None)
            for requirement in items:
                combo.addItem(f"{requirement.point}  {requirement.title(lang)}", requirement.id)
            guess = propose_requirement(path.name, catalog)
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.setAccessibleName(tr("Requirement for {name}").format(
                name=names.get(path, path.name)))
            self.table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
        layout.addWidget(self.table)
        layout.addWidget(accept_cancel(self, tr("Attach"), tr("Cancel")))
        self.resize(760, 420)

    def assignments(self) -> dict[str, list[Path]]:
        chosen: dict[str, list[Path]] = {}
        for path, combo in zip(self.files, self.combos, strict=True):
            if combo.currentData():
                chosen.setdefault(combo.currentData(), []).append(path)
        return chosen

    def left_out(self) -> list[Path]:
        """The files left on "— do not attach —": the summary names them."""
        return [path for path, combo in zip(self.files, self.combos, strict=True)
                if not combo.currentData()]

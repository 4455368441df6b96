"""The editor of 2.14: competency packages and the units of the selected package. Bad
cells are marked with the finding; removing a package or unit asks and can be undone."""

from __future__ import annotations

import copy

from lsp_desktop.status.cells import package_cells
from lsp_desktop.ui.dialogs.table_import import export_table, import_table
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.jobs import data_jobs
from lsp_desktop.ui.panels.data_panel import DataPanel, cell_marks, make_table, on_delete_key
from lsp_desktop.ui.panels.row_removal import names_text, remove_rows
from lsp_desktop.ui.road.reading import Package, Unit
from lsp_desktop.ui.widgets.table_model import Column, RowsModel
from lsp_desktop.ui.widgets.text import heading


class PackagePanel(DataPanel):
    held = "packages"

    def build(self) -> None:
        kinds = (("", "-"), ("kkni", "KKNI"), ("okupasi", "Okupasi"), ("klaster", "Klaster"))
        self.model = RowsModel([
            Column("code", tr("Code / scheme number")), Column("name_id", tr("Name")),
            Column("name_en", tr("English name")), Column("kind", tr("Kind"), choices=kinds),
            Column("reference", tr("Reference (e.g. SKKNI)")),
        ], [], self._save_package)
        self.units = RowsModel([
            Column("code", tr("Unit code")), Column("title_id", tr("Unit title")),
            Column("title_en", tr("English title")),
        ], [], self._save_unit)
        self.layout_.addLayout(self.button_row(
            (tr("Add package"), self.add_package), (tr("Remove package"), self.remove_package),
            (tr("Import from Excel/CSV…"), lambda: import_table(self, self.controller,
                                                                "packages")),
            (tr("Export…"), lambda: export_table(self, self.controller, "packages"))))
        self.view = make_table(self.model, tr("Competency packages"))
        on_delete_key(self.view, self.remove_package)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_units())
        self.layout_.addWidget(self.view)
        self.units_title = heading(tr("Units of the selected package"), 1.1)
        self.layout_.addWidget(self.units_title)
        self.layout_.addLayout(self.button_row((tr("Add unit"), self.add_unit),
                                               (tr("Remove unit"), self.remove_unit)))
        self.unit_view = make_table(self.units, tr("Competency units"))
        on_delete_key(self.unit_view, self.remove_unit)
        self.layout_.addWidget(self.unit_view)
        # The names share the room left by the short columns: sized to a short first row
        # ("Paket"), a long name was cut to a few letters.
        self.view.share_room((1, 2))
        self.unit_view.share_room((1, 2))

    def reload(self) -> None:
        current = self.view.currentIndex().row() if hasattr(self, "view") else -1
        self.packages = self.read.packages()
        self.package_marks, self.unit_marks = package_cells(self.packages)
        marks = cell_marks([p.id for p in self.packages], self.package_marks, self.lang)
        self.model.set_rows([{k: v for k, v in vars(p).items() if k != "units"}
                             for p in self.packages], marks=marks)
        if self._pending_edit and self._pending_edit[0] is self.view:
            current = next((r for r, p in enumerate(self.packages)
                            if p.id == self._pending_edit[2]), current)
        if self.model.rowCount():
            self.view.selectRow(current if 0 <= current < self.model.rowCount() else 0)
        self._show_units()

    def _selected(self) -> Package | None:
        row = self.view.currentIndex().row()
        return self.packages[row] if 0 <= row < len(self.packages) else None

    def _show_units(self) -> None:
        package = self._selected()
        units = package.units if package else []
        marks = cell_marks([u.id for u in units], self.unit_marks, self.lang)
        self.units.set_rows([vars(u).copy() for u in units], marks=marks)

    def _save_package(self, row: dict, key: str, text: str) -> bool:
        package = next(p for p in self.packages if p.id == row["id"])
        setattr(package, key, text)
        return self.save(self.cell_words(self.model, key, package.code), data_jobs.save_package,
                         copy.deepcopy(package))

    def _save_unit(self, row: dict, key: str, text: str) -> bool:
        package = self._selected()
        if package is None:
            return False
        for unit in package.units:
            if unit.id == row["id"]:
                setattr(unit, key, text)
        return self.save(self.cell_words(self.units, key, row.get("code") or package.code),
                         data_jobs.save_package, copy.deepcopy(package))

    def add_package(self) -> None:
        code = tr("NEW-CODE")
        self.save(Said("Add {name}", name=code), data_jobs.save_package, Package(None, code),
                  then=lambda added: self.edit_after_refresh(self.view, "id", added.id))

    def remove_package(self) -> None:
        package = self._selected()
        if package is None:
            return
        name = package.code or package.name_id
        question = tr("Remove the package {names} and its {count} unit(s)?").format(
            names=names_text([name]), count=len(package.units))
        remove_rows(self, self.controller, question, "", name, data_jobs.remove_packages,
                    [package.saved_id])

    def add_unit(self) -> None:
        package = self._selected()
        if package:
            grown = copy.deepcopy(package)
            grown.units.append(Unit(None, "", ""))
            self.save(Said("Add a unit to {name}", name=package.code), data_jobs.save_package,
                      grown, then=lambda _saved: self.edit_after_refresh(self.unit_view, "id",
                                                                          None))

    def remove_unit(self) -> None:
        package = self._selected()
        row = self.unit_view.currentIndex().row()
        if package is None or not 0 <= row < len(package.units):
            return
        unit = package.units[row]
        after = copy.deepcopy(package)
        del after.units[row]
        name = unit.code or unit.title_id or tr("empty unit")
        question = tr("Remove the unit {names} from {package}?").format(
            names=names_text([name]), package=package.code)
        remove_rows(self, self.controller, question, "", name, data_jobs.save_package, after)

"""Editors of the items that are data: the SIAPkerja roster (1), assessor certificates and
social media (2.12), competency packages (2.14). Each edit is saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.catalog import PEOPLE
from lsp_desktop.errors import LspError
from lsp_desktop.messages import ROLE_LABELS, SIAPKERJA_LABELS, STATE_LABELS, label
from lsp_desktop.status.data import person_findings
from lsp_desktop.store.records import (
    ROLES,
    SIAPKERJA_FIELD,
    SIAPKERJA_STATES,
    SOCIAL_PLATFORMS,
    AssessorData,
    Package,
    Person,
    Records,
    Unit,
)
from lsp_desktop.ui.controller import WorkspaceController
from lsp_desktop.ui.dialogs.table_import import export_table, import_table
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.widgets.findings import findings_html
from lsp_desktop.ui.widgets.table_model import ChoiceDelegate, Column, RowsModel
from lsp_desktop.ui.widgets.text import heading, wrapping


def make_table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(model.columns, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # Size columns from the first rows only: a 5,000-person roster stays instant.
    view.horizontalHeader().setResizeContentsPrecision(40)
    view.setAccessibleName(name)
    view.setMinimumHeight(220)
    return view


class DataPanel(QWidget):
    """Heading, state, description, the editor, then the findings in plain words."""

    held = ""  # the data set it edits (catalog.PEOPLE, DATASETS); the catalogue names the item

    def __init__(self, controller: WorkspaceController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.records = Records(controller.workspace)
        self.lang = controller.lang
        self.requirement = controller.catalog.holder(self.held)
        self.requirement_id = self.requirement.id
        self.layout_ = QVBoxLayout(self)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(heading(f"{self.requirement.point} · "
                                       f"{self.requirement.title(self.lang)}"))
        self.state_label = QLabel()
        self.layout_.addWidget(self.state_label)
        self.layout_.addWidget(wrapping(self.requirement.description(self.lang)))
        self.build()
        self.findings = wrapping()
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
        # panel is the timer's context, so a panel replaced meanwhile is not refreshed.
        QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        if self.controller.closed:  # the window was replaced before this refresh ran
            return
        status = self.controller.statuses[self.requirement_id]
        text = label(STATE_LABELS, status.state, self.lang)
        if status.counts and status.counts[1]:
            text += " — " + tr("{done} of {total} people have submitted").format(
                done=status.counts[0], total=status.counts[1])
        self.state_label.setText(tr("Status: {state}").format(state=text))
        self.findings.setText(findings_html(status.findings, self.lang))
        self.reload()
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()

    def reload(self) -> None:
        """Refill the editor from the workspace."""

    def button_row(self, *buttons: tuple[str, object]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def saved(self, action) -> bool:
        """Run one save; a refusal becomes a notice, never a crash."""
        try:
            action()
        except LspError as exc:
            self.controller.notice.emit(exc.message(self.lang), "error")
            return False
        self.controller.refresh(self.requirement_id)
        return True


class RosterPanel(DataPanel):
    held = PEOPLE

    def build(self) -> None:
        lang = self.lang
        self.model = RowsModel([
            Column("name", tr("Name")),
            Column("role", tr("Role"), choices=tuple((r, label(ROLE_LABELS, r, lang))
                                                     for r in ROLES)),
            Column("nik", "NIK"), Column("email", tr("E-mail")), Column("phone", tr("Phone")),
            Column(SIAPKERJA_FIELD, tr("SIAPkerja status"),
                   choices=tuple((s, label(SIAPKERJA_LABELS, s, lang))
                                 for s in SIAPKERJA_STATES)),
        ], [], self._save)
        self.view = make_table(self.model, tr("Personnel"))
        self.layout_.addLayout(self.button_row(
            (tr("Add person"), self.add_person), (tr("Remove selected"), self.remove_person),
            (tr("Import from Excel/CSV…"), lambda: import_table(self, self.controller,
                                                                "people")),
            (tr("Export…"), lambda: export_table(self, self.controller, "people"))))
        self.layout_.addWidget(self.view)

    def reload(self) -> None:
        people = self.records.people()
        found = person_findings(people)  # the same findings that decide the item's state
        problems = {index: "\n".join(f.message(self.lang) for f in found[person.saved_id])
                    for index, person in enumerate(people) if person.saved_id in found}
        self.model.set_rows([vars(p).copy() for p in people], problems)

    def _save(self, row: dict, key: str, text: str) -> bool:
        person = Person(**{**row, key: text})
        return self.saved(lambda: self.records.save_person(person))

    def add_person(self) -> None:
        name = tr("New person")
        if self.saved(lambda: self.records.save_person(Person(None, name, "asesor"))):
            self.view.scrollToBottom()
            last = self.model.index(self.model.rowCount() - 1, 0)
            self.view.setCurrentIndex(last)
            self.view.edit(last)

    def remove_person(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()},
                      reverse=True)
        for row in rows:
            person_id = self.model.rows[row]["id"]
            self.saved(lambda pid=person_id: self.records.delete_person(pid))


class AssessorPanel(DataPanel):
    held = "assessors"

    def build(self) -> None:
        self.model = RowsModel([
            Column("name", tr("Assessor"), editable=False),
            Column("met_number", tr("Reg. no. (MET)")), Column("blanko_number", tr("Blank no.")),
            Column("issued_on", tr("Issued (YYYY-MM-DD)")),
            Column("expires_on", tr("Valid until")), Column("field", tr("Field")),
        ], [], self._save)
        self.layout_.addWidget(wrapping(tr("Assessors are the people of the roster (item 1) "
                                           "with the role Asesor.")))
        self.layout_.addLayout(self.button_row(
            (tr("Import from Excel/CSV…"), lambda: import_table(self, self.controller,
                                                                "assessors")),
            (tr("Export…"), lambda: export_table(self, self.controller, "assessors"))))
        self.view = make_table(self.model, tr("Assessor certificates"))
        self.layout_.addWidget(self.view)
        self.layout_.addWidget(heading(tr("LSP social media"), 1.1))
        form = QFormLayout()
        self.social: dict[str, QLineEdit] = {}
        names = {"website": tr("Website"), "instagram": "Instagram", "facebook": "Facebook",
                 "youtube": "YouTube", "tiktok": "TikTok", "x": "X (Twitter)"}
        for platform in SOCIAL_PLATFORMS:
            edit = QLineEdit()
            edit.setAccessibleName(names[platform])
            edit.editingFinished.connect(lambda p=platform: self._save_social(p))
            form.addRow(names[platform], edit)
            self.social[platform] = edit
        self.layout_.addLayout(form)

    def reload(self) -> None:
        rows = [{"person_id": p.id, "name": p.name, **{k: v for k, v in vars(a).items()
                                                      if k != "person_id"}}
                for p, a in self.records.assessors()]
        self.model.set_rows(rows)
        values = self.records.social_media()
        for platform, edit in self.social.items():
            if not edit.hasFocus():
                edit.setText(values.get(platform, ""))

    def _save(self, row: dict, key: str, text: str) -> bool:
        data = AssessorData(row["person_id"], row["met_number"], row["blanko_number"],
                            row["issued_on"], row["expires_on"], row["field"])
        setattr(data, key, text)
        return self.saved(lambda: self.records.save_assessor_data(data))

    def _save_social(self, platform: str) -> None:
        text = self.social[platform].text()
        if text.strip() != self.records.social_media().get(platform, ""):
            self.saved(lambda: self.records.set_social_media(platform, text))


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
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_units())
        self.layout_.addWidget(self.view)
        self.units_title = heading(tr("Units of the selected package"), 1.1)
        self.layout_.addWidget(self.units_title)
        self.layout_.addLayout(self.button_row((tr("Add unit"), self.add_unit),
                                               (tr("Remove unit"), self.remove_unit)))
        self.unit_view = make_table(self.units, tr("Competency units"))
        self.layout_.addWidget(self.unit_view)

    def reload(self) -> None:
        current = self.view.currentIndex().row() if hasattr(self, "view") else -1
        self.packages = self.records.packages()
        self.model.set_rows([{k: v for k, v in vars(p).items() if k != "units"}
                             for p in self.packages])
        if self.model.rowCount():
            self.view.selectRow(current if 0 <= current < self.model.rowCount() else 0)
        self._show_units()

    def _selected(self) -> Package | None:
        row = self.view.currentIndex().row()
        return self.packages[row] if 0 <= row < len(self.packages) else None

    def _show_units(self) -> None:
        package = self._selected()
        self.units.set_rows([vars(u).copy() for u in package.units] if package else [])

    def _save_package(self, row: dict, key: str, text: str) -> bool:
        package = next(p for p in self.packages if p.id == row["id"])
        setattr(package, key, text)
        return self.saved(lambda: self.records.save_package(package))

    def _save_unit(self, row: dict, key: str, text: str) -> bool:
        package = self._selected()
        if package is None:
            return False
        for unit in package.units:
            if unit.id == row["id"]:
                setattr(unit, key, text)
        return self.saved(lambda: self.records.save_package(package))

    def add_package(self) -> None:
        if self.saved(lambda: self.records.save_package(Package(None, tr("NEW-CODE")))):
            self.view.selectRow(self.model.rowCount() - 1)

    def remove_package(self) -> None:
        package = self._selected()
        if package:
            self.saved(lambda: self.records.delete_package(package.saved_id))

    def add_unit(self) -> None:
        package = self._selected()
        if package:
            package.units.append(Unit(None, "", ""))
            self.saved(lambda: self.records.save_package(package))

    def remove_unit(self) -> None:
        package = self._selected()
        row = self.unit_view.currentIndex().row()
        if package and 0 <= row < len(package.units):
            del package.units[row]
            self.saved(lambda: self.records.save_package(package))


# By what the item holds (Requirement.holds), not by its id.
DATA_PANELS = {PEOPLE: RosterPanel, "assessors": AssessorPanel, "packages": PackagePanel}

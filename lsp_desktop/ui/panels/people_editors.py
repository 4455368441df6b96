"""Editors of the items that are data: the SIAPkerja roster (1), assessor certificates and
social media (2.12), competency packages (2.14, packages.py). Each edit is saved at once;
each bad cell is marked with the finding that makes the item's state."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton

from lsp_desktop.circulars.catalog import PEOPLE
from lsp_desktop.messages import ROLE_LABELS, SIAPKERJA_LABELS, format_date, label
from lsp_desktop.status.cells import (
    DATE_FIELDS,
    assessor_cells,
    computed_expiry,
    normal_date,
)
from lsp_desktop.ui.dialogs.reason import ask_reason
from lsp_desktop.ui.dialogs.table_import import export_table, import_table
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.jobs import data_jobs
from lsp_desktop.ui.panels.data_panel import (
    DataPanel,
    cell_marks,
    finding_mark,
    make_table,
    on_delete_key,
    selected_rows,
)
from lsp_desktop.ui.panels.packages import PackagePanel
from lsp_desktop.ui.panels.row_removal import names_text, remove_rows
from lsp_desktop.ui.road.reading import (
    ROLES,
    SIAPKERJA_FIELD,
    SIAPKERJA_STATES,
    SOCIAL_PLATFORMS,
    AssessorData,
    Person,
)
from lsp_desktop.ui.widgets.flow import FlowLayout
from lsp_desktop.ui.widgets.table_model import COMPUTED, Column, Mark, RowsModel
from lsp_desktop.ui.widgets.text import heading, wrapping

LEFT_OUT = "left_out"  # the assessor table's column: why they are not submitted for 2.12


class RosterPanel(DataPanel):
    held = PEOPLE

    def build(self) -> None:
        lang = self.lang
        self.model = RowsModel([
            Column("name", tr("Name"), whole=True),
            Column("role", tr("Role"), choices=tuple((r, label(ROLE_LABELS, r, lang))
                                                     for r in ROLES)),
            Column("nik", "NIK", whole=True), Column("email", tr("E-mail")),
            Column("phone", tr("Phone")),
            Column(SIAPKERJA_FIELD, tr("SIAPkerja status"), whole=True,
                   choices=tuple((s, label(SIAPKERJA_LABELS, s, lang))
                                 for s in SIAPKERJA_STATES)),
        ], [], self._save)
        self.view = make_table(self.model, tr("Personnel"))
        on_delete_key(self.view, self.remove_person)
        self.layout_.addLayout(self.button_row(
            (tr("Add person"), self.add_person), (tr("Remove selected"), self.remove_person),
            (tr("Import from Excel/CSV…"), lambda: import_table(self, self.controller,
                                                                "people")),
            (tr("Export…"), lambda: export_table(self, self.controller, "people"))))
        self.layout_.addWidget(self.view)

    rows_job = staticmethod(data_jobs.roster_rows)

    @staticmethod
    def shape_rows(rows: object, lang: str) -> object:
        """The roster's rows, each row's problems and each cell's mark, worded (on the
        worker that read them)."""
        people, found, cells = cast(data_jobs.RosterRows, rows)  # what roster_rows read
        problems = {index: finding_mark(found[person.saved_id], lang)
                    for index, person in enumerate(people) if person.saved_id in found}
        marks = cell_marks([p.id for p in people], cells, lang)
        return [vars(p).copy() for p in people], problems, marks

    def show_rows(self, rows: object) -> None:
        shown, problems, marks = cast(tuple, rows)
        self.model.set_rows(shown, problems, marks)

    def _save(self, row: dict, key: str, text: str) -> bool:
        person = Person(**{**row, key: text})
        return self.save(self.cell_words(self.model, key, row["name"]), data_jobs.save_person,
                         person)

    def add_person(self) -> None:
        name = tr("New person")
        self.save(Said("Add {name}", name=name), data_jobs.save_person,
                  Person(None, name, "asesor"),
                  then=lambda added: self.edit_after_refresh(self.view, "id", added.id))

    def remove_person(self) -> None:
        rows = [self.model.rows[r] for r in selected_rows(self.view)]
        remove_people_rows(self, [(r["id"], r["name"], r["role"] == "asesor") for r in rows])


def remove_people_rows(panel: DataPanel, people: list[tuple[int, str, bool]],
                       also: str = "") -> None:
    """Ask, naming them, then remove people (id, name, is an assessor) as one undoable step;
    ``also`` adds a sentence to the question."""
    if not people:
        panel.controller.notice.emit(tr("Select the rows to remove first."), "info")
        return
    ids, names = [p[0] for p in people], [p[1] for p in people]
    files = sum(len(panel.read.assessor_files(i)) for i in ids)
    question = tr("Remove {names} from the roster?").format(names=names_text(names))
    chosen = panel.read.participant()
    trainee = next((name for i, name in zip(ids, names, strict=True)
                    if i == chosen.person_id), None)
    consequences = " ".join(filter(None, [also, tr(
        "Their assessor certificate data ({data_point}) and {files} prepared "
        "{documents_point} file(s) go with them.").format(files=files)
        if any(p[2] for p in people) else "", tr(
        "{name} is the training participant of item {training_point}: that item will "
        "have no participant until another is chosen.").format(name=trainee)
        if trainee else ""]))
    what = names[0] if len(names) == 1 else tr("{count} people").format(count=len(names))
    remove_rows(panel, panel.controller, question, consequences, what,
                data_jobs.remove_people, ids)


class AssessorPanel(DataPanel):
    held = "assessors"

    def build(self) -> None:
        self.model = RowsModel([
            Column("name", tr("Assessor"), editable=False, whole=True),
            # Next to the name: on a small screen the reason is seen without scrolling.
            Column(LEFT_OUT, tr("Submitted in {data_point}"), editable=False),
            Column("met_number", tr("Reg. no. (MET)"), whole=True),  # a key: never cut
            Column("blanko_number", tr("Form serial no. (Blanko)"), whole=True),
            Column("issued_on", tr("Issued")),
            Column("expires_on", tr("Valid until"), whole=True), Column("field", tr("Field")),
        ], [], self._save)
        self.layout_.addWidget(wrapping(tr(
            "Assessors are the people of the roster (item {roster_point}) with the role "
            "{role}.").format(role=label(ROLE_LABELS, "asesor", self.controller.lang))))
        self.layout_.addLayout(self.button_row(
            (tr("Import from Excel/CSV…"), lambda: import_table(self, self.controller,
                                                                "assessors")),
            (tr("Export…"), lambda: export_table(self, self.controller, "assessors"))))
        self.view = make_table(self.model, tr("Assessor certificates"))
        on_delete_key(self.view, self.remove_assessor)
        self.layout_.addWidget(self.view)
        self.layout_.addLayout(self._left_out_buttons())
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

    def _left_out_buttons(self) -> FlowLayout:
        """An assessor whose certificate is being renewed stays in item 1 but is left out
        of 2.12, with the reason; the buttons follow the selected row."""
        row = FlowLayout()
        self.leave_out = QPushButton(tr("Mark as not submitted for {data_point}…"))
        self.leave_out.clicked.connect(self.mark_left_out)
        self.leave_out.setToolTip(tr("Select the assessor's row first, then click here."))
        self.put_in = QPushButton(tr("Submit in {data_point} again"))
        self.put_in.clicked.connect(self.unmark_left_out)
        row.addWidget(self.leave_out)
        row.addWidget(self.put_in)
        self.remove_button = QPushButton(tr("Remove from the roster…"))
        self.remove_button.clicked.connect(self.remove_assessor)
        self.remove_button.setToolTip(tr("Select the assessor's row first, then click here."))
        row.addWidget(self.remove_button)
        self.view.selectionModel().currentRowChanged.connect(self._follow_selection)
        self.view.selectionModel().selectionChanged.connect(self._follow_selection)
        return row

    def reload(self) -> None:
        assessors = self.read.assessors()
        self.left_out = self.read.not_submitted()
        rows, marks, greyed = [], {}, {}
        for index, (person, data) in enumerate(assessors):
            row = {"person_id": person.id, "name": person.name,
                   **{k: v for k, v in vars(data).items() if k != "person_id"}}
            for key in DATE_FIELDS:  # kept in ISO, shown in words as the core reads it
                row[key] = _shown_date(row[key], self.lang)
            reason = self.left_out.get(person.saved_id)
            row[LEFT_OUT] = tr("no: {reason}").format(reason=reason) if reason else tr("yes")
            if reason:
                greyed[index] = tr("Not submitted for {data_point}: {reason}. Still listed in "
                                   "item {roster_point}; the certificate is not checked."
                                   ).format(reason=reason)
            # Computed for a row left out too: the date (not checked) says why it may be.
            if computed := computed_expiry(data):
                said = tr("Computed: three years after the issue date ({date}). Write the "
                          "date printed on the certificate if it differs.").format(
                    date=format_date(computed.value, self.lang))
                why = f"{greyed[index]}\n{said}" if reason else said
                marks[(index, computed.field)] = Mark(COMPUTED, why,
                                                      format_date(computed.value, self.lang))
            rows.append(row)
        cells = assessor_cells(assessors, self.left_out, dt.date.today())
        found = cell_marks([p.id for p, _ in assessors], cells, self.lang)
        marks |= {key: _with_computed(mark, marks.get(key)) for key, mark in found.items()}
        self.model.set_rows(rows, marks=marks, greyed=greyed)
        self._follow_selection()
        values = self.read.social_media()
        for platform, edit in self.social.items():
            if not edit.hasFocus():
                edit.setText(values.get(platform, ""))

    def _current(self) -> dict | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _follow_selection(self, *_) -> None:
        current = self._current()
        left_out = current is not None and current["person_id"] in self.left_out
        self.leave_out.setEnabled(current is not None and not left_out)
        self.put_in.setEnabled(left_out)
        # Greyed like its neighbours while no assessor is chosen (an empty table too).
        self.remove_button.setEnabled(current is not None or bool(selected_rows(self.view)))

    def mark_left_out(self) -> None:
        current = self._current()
        if current is None:
            return
        reason = ask_reason(self, current["name"])
        if reason is not None:
            self.save(Said("Mark {name} as not submitted for 2.12", name=current["name"]),
                      data_jobs.set_not_submitted, current["person_id"], reason)

    def remove_assessor(self) -> None:
        rows = [self.model.rows[r] for r in selected_rows(self.view)]
        remove_people_rows(self, [(r["person_id"], r["name"], True) for r in rows], tr(
            "They leave item {roster_point} (SIAPkerja) too; to keep them there, use \"Mark as not "
            "submitted for {data_point}…\" instead."))

    def unmark_left_out(self) -> None:
        current = self._current()
        if current is not None:
            self.save(Said("Submit {name} in 2.12 again", name=current["name"]),
                      data_jobs.set_not_submitted, current["person_id"], None)

    def _save(self, row: dict, key: str, text: str) -> bool:
        # The dates shown in words go back as the ISO form they are kept in.
        data = AssessorData(row["person_id"], row["met_number"], row["blanko_number"],
                            normal_date(row["issued_on"]), normal_date(row["expires_on"]),
                            row["field"])
        setattr(data, key, normal_date(text) if key in DATE_FIELDS else text)
        return self.save(self.cell_words(self.model, key, row["name"]),
                         data_jobs.save_assessor_data, data)

    def _save_social(self, platform: str) -> None:
        text = self.social[platform].text()
        if text.strip() != self.read.social_media().get(platform, ""):
            self.save(Said("Change {field}", field=self.social[platform].accessibleName()),
                      data_jobs.set_social_media, platform, text)


# By what the item holds (Requirement.holds), not by its id.
DATA_PANELS = {PEOPLE: RosterPanel, "assessors": AssessorPanel, "packages": PackagePanel}


def _with_computed(found: Mark, computed: Mark | None) -> Mark:
    """A finding about a computed date keeps the date in view: an expired certificate
    shows "17 Maret 2024 — kedaluwarsa" with its mark, not an empty cell (issue 21)."""
    if computed is None or computed.state != COMPUTED:
        return found
    shown = computed.shown
    if found.state == "error":
        shown = tr("{date} — expired").format(date=shown)
    return Mark(found.state, f"{found.tooltip}\n{computed.tooltip}", shown)


def _shown_date(text: str, lang: str) -> str:
    """A kept date in the admin's words ("17 Maret 2024"); a text the core cannot read
    as a date is shown as typed, so its finding points at what is there."""
    iso = normal_date(text)
    try:
        return format_date(dt.date.fromisoformat(iso), lang)
    except ValueError:
        return iso

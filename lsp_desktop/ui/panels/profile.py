"""The LSP profile form. Each change is saved at once and updates which items apply."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.checks.findings import Finding
from lsp_desktop.checks.profile import licence_findings
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.road.controller import WorkspaceController
from lsp_desktop.ui.widgets.text import ReservedLabel, check_row, heading, wrapping


class ProfilePanel(QWidget):
    def __init__(self, controller: WorkspaceController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        lang = controller.lang
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading(tr("LSP profile")))
        layout.addWidget(wrapping(tr(
            "The profile decides which items of the circular apply to your LSP. Changes are "
            "saved at once.")))
        form = QFormLayout()
        self.name = QLineEdit()
        self.licence = QLineEdit()
        # Read as an example, not as a number already filled in (issue F3, point 8).
        self.licence.setPlaceholderText(tr("e.g. BNSP-LSP-…"))
        # Room kept for the warning even while there is none: it appears when the field
        # loses focus, and must not push the next field from under the pointer.
        self.licence_hint = ReservedLabel(Finding(
            "profile.licence_shape", "warning", {"licence": "BNSP-LSP-0000-XXX"}
        ).message(lang))
        self.lsp_type = QComboBox()
        self.lsp_type.addItem(tr("— choose —"), "")
        for item in controller.catalog.lsp_types:
            self.lsp_type.addItem(item.name(lang), item.id)
        self.category = QComboBox()
        # Said beside the field when a new LSP type leaves the category out, never silently.
        self.category_hint = ReservedLabel(tr(
            "{category} is not a category of {lsp_type}: choose the category again.").format(
            category="Industri / Instansi", lsp_type="LSP Pihak Pertama (P1)"))
        self.skkk = QCheckBox()
        form.addRow(tr("LSP name"), self.name)
        form.addRow(tr("Licence number"), self.licence)
        form.addRow("", self.licence_hint)
        form.addRow(tr("LSP type"), self.lsp_type)
        form.addRow(tr("Category"), self.category)
        form.addRow("", self.category_hint)
        form.addRow("", check_row(self.skkk, tr(
            "The LSP uses a Special Work Competence Standard (SKKK)")))
        for widget, text in ((self.name, "LSP name"), (self.licence, "Licence number"),
                             (self.lsp_type, "LSP type"), (self.category, "Category")):
            widget.setAccessibleName(tr(text))
        layout.addLayout(form)
        self._reset_for = ""  # the LSP type whose change left the category out
        self._wanted = ""  # the category the admin chose, kept across types that allow it
        self.load()
        self.name.editingFinished.connect(lambda: self._save(name=self.name.text()))
        self.licence.editingFinished.connect(self._save_licence)
        self.lsp_type.currentIndexChanged.connect(self._type_changed)
        self.category.currentIndexChanged.connect(self._category_chosen)
        self.skkk.toggled.connect(lambda on: self._save(uses_skkk=on))
        controller.allChanged.connect(self._changed_elsewhere)

    def load(self) -> None:
        profile = self.controller.read.profile()
        for widget in (self.name, self.licence, self.lsp_type, self.category, self.skkk):
            widget.blockSignals(True)
        self.name.setText(profile.name)
        self.licence.setText(profile.licence)
        self.lsp_type.setCurrentIndex(max(0, self.lsp_type.findData(profile.lsp_type)))
        self._fill_categories(profile.lsp_type)
        self.category.setCurrentIndex(max(0, self.category.findData(profile.category)))
        self.skkk.setChecked(profile.uses_skkk)
        for widget in (self.name, self.licence, self.lsp_type, self.category, self.skkk):
            widget.blockSignals(False)
        self._licence_hint(profile.licence)
        if profile.category or profile.lsp_type != self._reset_for:  # undone, or chosen
            self._wanted = profile.category
            self.category_hint.clear()

    def _fill_categories(self, lsp_type: str) -> None:
        self.category.clear()
        self.category.addItem(tr("— choose —"), "")
        for category in self.controller.catalog.categories:
            if not lsp_type or lsp_type in category.types:
                self.category.addItem(category.name(self.controller.lang), category.id)

    def _type_changed(self) -> None:
        """The category the admin chose is kept (or comes back) while the new type allows
        it; when it does not, the field says so (issue 21: it was reset silently)."""
        lsp_type = self.lsp_type.currentData() or ""
        chosen = self.controller.catalog.category(self._wanted)
        keep = self._wanted if chosen and (not lsp_type or lsp_type in chosen.types) else ""
        self.category.blockSignals(True)
        self._fill_categories(lsp_type)
        self.category.setCurrentIndex(max(0, self.category.findData(keep)))
        self.category.blockSignals(False)
        self.category_hint.clear()
        if chosen and not keep:
            self._reset_for = lsp_type
            self.category_hint.setText("! " + tr(
                "{category} is not a category of {lsp_type}: choose the category again."
            ).format(category=chosen.name(self.controller.lang),
                     lsp_type=self.lsp_type.currentText()))
        self._save(lsp_type=lsp_type, category=keep)

    def _category_chosen(self) -> None:
        self._wanted = self.category.currentData() or ""
        self.category_hint.clear()
        self._save(category=self._wanted)

    def _save_licence(self) -> None:
        self._licence_hint(self.licence.text())
        self._save(licence=self.licence.text())

    def _licence_hint(self, licence: str) -> None:
        findings = licence_findings(licence)
        self.licence_hint.setText(" ".join(f.message(self.controller.lang) for f in findings))

    def _save(self, **changes) -> None:
        current = self.controller.read.profile()
        if all(getattr(current, k) == v for k, v in changes.items()):
            return
        self.controller.set_profile(done=self._saved, owner=self, **changes)

    def _saved(self, _result: object, error: BaseException | None) -> None:
        if error is not None:  # refused (said on the status line): the form shows what is kept
            self.load()

    def _changed_elsewhere(self) -> None:
        """An undo or redo (or any edit) may have changed the profile: show what is kept,
        unless the admin is typing in a field right now."""
        typing = any(field.hasFocus() and field.isModified()
                     for field in (self.name, self.licence))
        if not typing:
            self.load()

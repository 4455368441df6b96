"""The detail panel of one requirement: what the circular asks, the rule, the drop zone,
the attached file with its preview, and every finding with what to do."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.checks.findings import Finding, verdict_of
from lsp_desktop.circulars.catalog import Requirement
from lsp_desktop.messages import STATE_LABELS, format_name, format_size, label
from lsp_desktop.status.requirements import RequirementStatus
from lsp_desktop.ui.i18n import locale_name, tr
from lsp_desktop.ui.icons import state_color
from lsp_desktop.ui.road.controller import WorkspaceController
from lsp_desktop.ui.road.reading import Document
from lsp_desktop.ui.widgets.drop_zone import DropZone
from lsp_desktop.ui.widgets.findings import findings_html
from lsp_desktop.ui.widgets.flow import FlowLayout
from lsp_desktop.ui.widgets.refusals import RefusalBox
from lsp_desktop.ui.widgets.text import ReservedLabel, heading, wrapping


class RequirementPanel(QWidget):
    chooseFile = Signal(str, bool)      # requirement id, replace
    filesDropped = Signal(str, list)    # requirement id, paths
    removeDocument = Signal(object)     # Document
    openDocument = Signal(object)
    showInFolder = Signal(object)

    def __init__(self, controller: WorkspaceController, requirement: Requirement,
                 parent=None) -> None:
        super().__init__(parent)
        self.controller, self.requirement = controller, requirement
        self.lang = controller.lang
        self.document: Document | None = None
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading(f"{requirement.point} · {requirement.title(self.lang)}"))
        self.state_label = QLabel()
        layout.addWidget(self.state_label)
        # Whether the item applies: said of the item as a whole, under its state.
        self.item_note = wrapping()
        self.item_note.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.item_note)
        layout.addWidget(wrapping(requirement.description(self.lang)))
        rule = wrapping(self._rule_text())
        rule.setObjectName("rule")
        layout.addWidget(rule)
        # Each message beside its cause (issue 21, point 3): the file's findings beside
        # the file, the link's under the link, a part's inside the part; a refused file
        # right under the box it was dropped on.
        self.findings = ReservedLabel()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setAccessibleName(tr("Findings"))
        self.refusal_box = RefusalBox(tr(
            "The file was not stored. Fix it or find the right one, then drop it here or "
            "click Choose file…") if requirement.form == "file" else tr(
            "The file was not stored. Fix it or find the right one, then drop it again."))
        self.refusal_box.dismissed.connect(
            lambda: controller.dismiss_refusals(requirement.id))
        if requirement.form == "file":
            self._build_file_part(layout)
        else:
            if requirement.form == "link":
                self._build_link_part(layout)
            layout.addWidget(self.findings)
            layout.addWidget(self.refusal_box)
        from lsp_desktop.ui.panels.extras import EXTRAS

        for part in requirement.parts[:1]:  # one extra editor: no item has two parts
            self.extra = EXTRAS[part](controller)
            layout.addWidget(self.extra)
        layout.addStretch(1)
        controller.statusChanged.connect(self._status_changed)
        # A profile change or an import re-reads every item: the open panel follows.
        controller.allChanged.connect(self.refresh)
        controller.previewReady.connect(self._preview_ready)
        controller.checking.connect(self._checking)
        controller.refusalsChanged.connect(self._refusals_changed)
        self.refresh()
        self._refusals_changed(requirement.id)

    # -- building ---------------------------------------------------------------------------

    def _rule_text(self) -> str:
        r = self.requirement
        if r.form == "file":
            formats = "/".join("JPG/JPEG" if f == "jpeg" else f.upper() for f in r.formats)
            text = tr("Rule: {formats} file, at most {mb} MB, one file.").format(
                formats=formats, mb=r.max_mb)
            if r.our_reading:  # the circular names no format for this item
                text += " " + tr("The circular names no format: this is the app's assumption.")
            return text
        if r.form == "link":
            return tr("Rule: a Google Drive folder link holding the documents.")
        return tr("Rule: data entered in the application.")

    def _build_file_part(self, layout: QVBoxLayout) -> None:
        self.drop_zone = DropZone(tr("Drag the file here, or click Choose file…"))
        self.drop_zone.setAccessibleName(tr("Drop zone for {title}").format(
            title=self.requirement.title(self.lang)))
        self.drop_zone.filesDropped.connect(
            lambda paths: self.filesDropped.emit(self.requirement.id, paths))
        self.drop_zone.clicked.connect(
            lambda: self.chooseFile.emit(self.requirement.id, self.document is not None))
        layout.addWidget(self.drop_zone)
        self.choose_button = QPushButton(tr("Choose file…"))
        self.choose_button.clicked.connect(lambda: self.chooseFile.emit(self.requirement.id,
                                                                        False))
        choose = QHBoxLayout()
        choose.addWidget(self.choose_button)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addWidget(self.refusal_box)
        layout.addWidget(self._build_card())

    def _build_card(self) -> QFrame:
        """The file: its preview, and beside it (in view on a 1024×600 screen) what it
        is, what is wrong with it, and the buttons that act on it."""
        self.card = QFrame()
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        card = QHBoxLayout(self.card)
        self.preview = QLabel()
        self.preview.setFixedSize(232, 232)
        self.preview.setFrameShape(QFrame.Shape.Box)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)  # "cannot be previewed" fits the box, not clipped
        self.preview.setAccessibleName(tr("Preview"))
        card.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        card.addLayout(side, 1)
        self.file_info = wrapping()
        self.file_info.setTextFormat(Qt.TextFormat.RichText)
        side.addWidget(self.file_info)
        side.addWidget(self.findings)
        from lsp_desktop.ui.panels.fix_actions import FixBar

        self.fix_bar = FixBar(self.controller, self)
        side.addWidget(self.fix_bar)
        self.replace_button = QPushButton(tr("Replace…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.open_button = QPushButton(tr("Open"))
        self.folder_button = QPushButton(tr("Show in folder"))
        self.replace_button.clicked.connect(lambda: self.chooseFile.emit(self.requirement.id,
                                                                         True))
        self.remove_button.clicked.connect(lambda: self.removeDocument.emit(self.document))
        self.open_button.clicked.connect(lambda: self.openDocument.emit(self.document))
        self.folder_button.clicked.connect(lambda: self.showInFolder.emit(self.document))
        buttons = QWidget()
        row = FlowLayout(buttons)
        for button in (self.replace_button, self.remove_button, self.open_button,
                       self.folder_button):
            row.addWidget(button)
        side.addWidget(buttons)
        side.addStretch(1)
        return self.card

    def _build_link_part(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("https://drive.google.com/drive/folders/…")
        self.link_edit.setAccessibleName(tr("Google Drive link"))
        self.link_edit.editingFinished.connect(self._save_link)
        save = QPushButton(tr("Save link"))
        save.clicked.connect(self._save_link)
        row.addWidget(self.link_edit, 1)
        row.addWidget(save)
        layout.addLayout(row)

    def _save_link(self) -> None:
        current = self.controller.statuses[self.requirement.id].link or ""
        if self.link_edit.text().strip() != current:
            self.controller.set_link(self.requirement.id, self.link_edit.text())

    # -- state ------------------------------------------------------------------------------

    def _status_changed(self, requirement_id: str) -> None:
        if requirement_id == self.requirement.id:
            self.refresh()

    def _refusals_changed(self, requirement_id: str) -> None:
        if requirement_id == self.requirement.id:
            self.refusal_box.show_refusals(self.controller.refusals.get(requirement_id, []))

    def _checking(self, requirement_id: str, name: str) -> None:
        if requirement_id == self.requirement.id:
            self.state_label.setText("… " + tr("Checking {name}…").format(name=name))

    def _state_text(self, status: RequirementStatus, own: list[Finding]) -> str:
        state_text = label(STATE_LABELS, status.state, self.lang)
        if self.controller.is_checking(self.requirement.id):
            state_text = tr("checking…")
        part = verdict_of(status.part_findings)
        if hasattr(self, "extra") and part != "ok" and part != verdict_of(own):
            # The state comes from the part, which may start below the fold: say where.
            state_text += " · " + tr("see \"{part}\" below").format(part=self.extra.title())
        return tr("Status: {state}").format(state=state_text)

    def refresh(self) -> None:
        status = self.controller.statuses[self.requirement.id]
        own = [f for f in status.findings if f not in status.part_findings]
        if self.requirement.form == "file":
            own = [f for _, r in status.documents for f in r.findings] + own
        self.state_label.setText(self._state_text(status, own))
        if self.requirement.form == "file":
            self._refresh_file(status)
        elif self.requirement.form == "link" and not self.link_edit.hasFocus():
            self.link_edit.setText(status.link or "")
        self.item_note.setText("" if status.applies else findings_html(
            [Finding("info.not_required", "info")], self.lang))
        self.item_note.setVisible(not status.applies)
        html = findings_html(own, self.lang)
        if not own and (status.documents or status.link) and status.state != "missing":
            html = (f"<p style='color:{state_color('ok').name()}'><b>✓</b> "
                    f"{escape(tr('Meets the rules of the circular.'))}</p>")
        self.findings.setText(html)
        if hasattr(self, "extra"):  # the part's own findings, shown inside it
            self.extra.findings.setText(findings_html(status.part_findings, self.lang))

    def _refresh_file(self, status: RequirementStatus) -> None:
        has_file = bool(status.documents)
        self.card.setVisible(has_file)
        # With a file attached the box stays, smaller, as the target for a replacement.
        self.drop_zone.set_compact(has_file, tr("Drop a new file here to replace it"))
        self.choose_button.setVisible(not has_file)
        for button in (self.replace_button, self.remove_button, self.open_button,
                       self.folder_button):
            button.setVisible(has_file)
        self.fix_bar.show_for(self.requirement, *(status.documents[0] if has_file
                                                   else (None, None)))
        if not has_file:
            self.document = None
            return
        document, report = status.documents[0]
        self.document = document
        source = document.source_path
        self.folder_button.setEnabled(bool(source and Path(source).exists()))
        details = [format_name(report.format, self.lang), format_size(report.size, self.lang)]
        if report.pages is not None:
            details.append((tr("1 page") if report.pages == 1 else
                            tr("{n} pages")).format(n=report.pages))
        if report.width and report.height:
            details.append(f"{report.width} × {report.height} px")
        added = QDateTime.fromString(document.added_at, Qt.DateFormat.ISODate).toLocalTime()
        locale = QLocale(locale_name(self.lang))
        self.file_info.setText(
            f"<b>{escape(document.name)}</b><br/>{escape(' · '.join(details))}<br/>"
            + escape(tr("Added {when}").format(
                when=locale.toString(added, tr("d MMMM yyyy, HH:mm"))))
            + f"<br/><span style='color:gray'>SHA-256 {document.sha256[:16]}…</span>")
        self.preview.setText(tr("Preview…"))
        self.controller.request_preview(document)

    def _preview_ready(self, sha256: str, image) -> None:
        if self.document is None or sha256 != self.document.sha256:
            return  # a stale preview of a file since replaced
        if image is None:
            self.preview.setText(tr("This file cannot be previewed."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))


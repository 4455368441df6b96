"""Extra parts of two file/link items: the per-assessor documents of 2.11 (to prepare the
Drive folder) and the training participant of point 4, with the next step once ready."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.bundle.drive_folder import export_drive_folder
from lsp_desktop.errors import LspError
from lsp_desktop.status.requirements import missing_items
from lsp_desktop.store.records import ASSESSOR_FILE_KINDS, ItStaff, Records
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.widgets.drop_zone import DropZone
from lsp_desktop.ui.widgets.findings import findings_html
from lsp_desktop.ui.widgets.text import wrapping


def kind_names() -> dict[str, str]:
    return {"ktp": tr("KTP"), "sertifikat-teknis": tr("Technical certificate"),
            "ijazah": tr("Diploma"), "pasfoto": tr("Photo (red background)")}


class AssessorFilesWidget(QGroupBox):
    """Per assessor, the four documents of 2.11; each box takes a dropped file."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(tr("Prepare the Drive folder: each assessor's documents"), parent)
        self.controller = controller
        self.records = Records(controller.workspace)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(wrapping(tr(
            "Drop each assessor's KTP, technical certificate, diploma and red-background photo "
            "here; then export the folder and upload it to Google Drive when online.")))
        self.grid_host = QWidget()
        self.layout_.addWidget(self.grid_host)
        self.notes = wrapping()
        self.layout_.addWidget(self.notes)
        export = QPushButton(tr("Export folder for Drive…"))
        export.clicked.connect(self.export_folder)
        self.layout_.addWidget(export)
        self.zones: dict[tuple[int, str], DropZone] = {}
        self.rebuild()

    def rebuild(self) -> None:
        grid = QGridLayout()
        names = kind_names()
        for column, kind in enumerate(ASSESSOR_FILE_KINDS, start=1):
            grid.addWidget(QLabel(f"<b>{names[kind]}</b>"), 0, column)
        assessors = self.records.people("asesor")
        for row, person in enumerate(assessors, start=1):
            grid.addWidget(QLabel(person.name), row, 0)
            files = self.records.assessor_files(person.saved_id)
            for column, kind in enumerate(ASSESSOR_FILE_KINDS, start=1):
                file = files.get(kind)
                zone = DropZone(f"✓ {file.name}" if file else tr("drop here"))
                zone.setMinimumHeight(44)
                zone.setAccessibleName(f"{person.name}: {names[kind]}")
                zone.filesDropped.connect(
                    lambda paths, pid=person.saved_id, k=kind: self.attach(pid, k, paths))
                grid.addWidget(zone, row, column)
                self.zones[(person.saved_id, kind)] = zone
        if not assessors:
            grid.addWidget(QLabel(tr("Add assessors to the roster (item 1) first.")), 1, 0, 1,
                           5)
        old = self.grid_host.layout()
        if old is not None:
            QWidget().setLayout(old)  # re-parent the old layout so it is deleted
        self.grid_host.setLayout(grid)

    def attach(self, person_id: int, kind: str, paths: list[Path]) -> None:
        from lsp_desktop.checks.guard import read_user_file

        path = paths[0]
        try:
            findings = self.records.attach_assessor_file(person_id, kind, path.name,
                                                         read_user_file(path))
        except (LspError, OSError) as exc:
            text = exc.message(self.controller.lang) if isinstance(exc, LspError) else str(exc)
            self.controller.notice.emit(text, "error")
            return
        self.notes.setText(findings_html(findings, self.controller.lang))
        QTimer.singleShot(0, self, self.rebuild)
        self.controller.refresh_held("assessor-documents")

    def export_folder(self, target: Path | None = None) -> int:
        if target is None:
            chosen = QFileDialog.getExistingDirectory(self, tr("Export folder for Drive"),
                                                      str(Path.home()))
            if not chosen:
                return 0
            target = Path(chosen)
        try:
            count = export_drive_folder(self.records, target)
        except LspError as exc:
            self.controller.notice.emit(exc.message(self.controller.lang), "error")
            return 0
        self.controller.notice.emit(tr("{n} files written to {path}: upload this folder to "
                                       "Google Drive and share it as \"Anyone with the "
                                       "link\".").format(n=count, path=target), "info")
        return count


class TrainingWidget(QGroupBox):
    """The IT staff member who attends the training, and the next step when all is ready."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(tr("Training participant (IT staff)"), parent)
        self.controller = controller
        self.records = Records(controller.workspace)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        staff = self.records.it_staff()
        self.name, self.email, self.phone = (QLineEdit(staff.name), QLineEdit(staff.email),
                                             QLineEdit(staff.phone))
        for text, edit in ((tr("Name"), self.name), (tr("E-mail"), self.email),
                           (tr("Phone"), self.phone)):
            edit.setAccessibleName(text)
            edit.editingFinished.connect(self.save)
            form.addRow(text, edit)
        layout.addLayout(form)
        self.next_step = QWidget()
        row = QHBoxLayout(self.next_step)
        link = controller.catalog.circular.training_link
        self.next_label = wrapping(tr("Everything that applies is ready. Next step: register "
                                      "for the training at {link}").format(link=link))
        copy = QPushButton(tr("Copy link"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(link))
        open_it = QPushButton(tr("Open in browser"))
        open_it.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(link)))
        row.addWidget(self.next_label, 1)
        row.addWidget(copy)
        row.addWidget(open_it)
        layout.addWidget(self.next_step)
        controller.allChanged.connect(self.update_next_step)
        controller.statusChanged.connect(self._status_changed)
        self.update_next_step()

    def save(self) -> None:
        staff = ItStaff(self.name.text(), self.email.text(), self.phone.text())
        if staff != self.records.it_staff():
            self.records.set_it_staff(staff)
            self.controller.refresh_held("training-participant")

    def _status_changed(self, _requirement_id: str) -> None:
        self.update_next_step()

    def update_next_step(self) -> None:
        self.next_step.setVisible(not missing_items(list(self.controller.statuses.values())))
        # After the circular's window the link is the circular's, not an instruction.
        import datetime as dt

        from lsp_desktop.messages import registration_text, window_text

        circular = self.controller.catalog.circular
        today = getattr(self.window(), "today", None) or dt.date.today()
        if today > circular.window_end:
            self.next_label.setText(window_text(circular.window_start, circular.window_end,
                                                today, self.controller.lang) + " " +
                                    registration_text(circular.window_end, today,
                                                      circular.training_link, True,
                                                      self.controller.lang))


# By the catalogue's parts (Requirement.parts), not by item id.
EXTRAS = {"assessor-documents": AssessorFilesWidget, "training-participant": TrainingWidget}

"""The per-assessor documents of 2.11: a grid that takes each assessor's KTP, technical
certificate, diploma and red-background photo, and writes them as a folder to upload to
Google Drive. Reading, checking and writing happen on a worker (ui/tasks.py)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.bundle.drive_folder import export_drive_folder
from lsp_desktop.errors import LspError
from lsp_desktop.store.records import ASSESSOR_FILE_KINDS, Records
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.tasks import Task
from lsp_desktop.ui.widgets.drop_zone import DropZone
from lsp_desktop.ui.widgets.findings import findings_html
from lsp_desktop.ui.widgets.text import wrapping


def _attach_job(workspace_path: Path, catalog, person_id: int, kind: str, path: Path):
    from lsp_desktop.checks.guard import read_user_file

    try:
        data = read_user_file(path)  # a phone photo may be 10 MB: read here, not in the drop
    except OSError as exc:
        raise LspError("file.unreadable", path=str(path),
                       reason=exc.strerror or str(exc)) from None
    with Workspace(workspace_path, catalog) as workspace:
        return Records(workspace).attach_assessor_file(person_id, kind, path.name, data)


def _export_job(workspace_path: Path, catalog, target: Path) -> tuple[int, Path]:
    with Workspace(workspace_path, catalog) as workspace:
        return export_drive_folder(Records(workspace), target), target


def _error_text(error: BaseException, lang: str) -> str:
    if isinstance(error, LspError):
        return error.message(lang)
    from lsp_desktop.ui import unexpected

    return unexpected.explain(error, lang)


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
        if self.controller.closed:  # the window was replaced before this rebuild ran
            return
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

    def attach(self, person_id: int, kind: str, paths: list[Path]) -> Task | None:
        """Read, check and keep the file on a worker: a drop handler only queues."""
        controller = self.controller
        holder = controller.catalog.holder_id("assessor-documents") or ""
        controller.dismiss_refusals(holder)
        if len(paths) != 1:  # never keep one of several quietly
            controller.refuse(holder, ", ".join(p.name for p in paths), tr(
                "This item takes one file; you dropped {count}. Drop one file, or combine "
                "them into one PDF first.").format(count=len(paths)))
            return None
        return controller.runner.submit(self, _attach_job, controller.workspace.path,
                                        controller.catalog, person_id, kind, Path(paths[0]),
                                        done=partial(self._attached, holder, paths[0].name))

    def _attached(self, holder: str, name: str, findings, error) -> None:
        if error is not None:  # said in 2.11's panel, where the findings are
            self.controller.refuse(holder, name, _error_text(error, self.controller.lang))
            return
        self.notes.setText(findings_html(findings, self.controller.lang))
        QTimer.singleShot(0, self, self.rebuild)
        self.controller.refresh_held("assessor-documents")

    def export_folder(self, target: Path | None = None) -> Task | None:
        if target is None:
            chosen = QFileDialog.getExistingDirectory(self, tr("Export folder for Drive"),
                                                      str(Path.home()))
            if not chosen:
                return None
            target = Path(chosen)
        controller = self.controller
        return controller.runner.submit(self, _export_job, controller.workspace.path,
                                        controller.catalog, Path(target),
                                        done=self._exported)

    def _exported(self, outcome, error) -> None:
        if error is not None:
            self.controller.notice.emit(_error_text(error, self.controller.lang), "error")
            return
        count, target = outcome
        self.exported = count
        self.controller.notice.emit(tr("{n} files written to {path}: upload this folder to "
                                       "Google Drive and share it as \"Anyone with the "
                                       "link\".").format(n=count, path=target), "info")

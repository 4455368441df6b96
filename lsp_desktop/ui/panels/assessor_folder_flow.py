"""2.11's "Take from a folder…": the folder chosen, its plan made on a worker, shown in
``dialogs/assessor_folder_dialog.py``; once confirmed, imported through the one road as
ONE step of Edit > Undo, then the end summary: kept, refused and why, not placed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lsp_desktop.errors import LspError
from lsp_desktop.intake.assessor_folder import FolderPlan
from lsp_desktop.intake.assessor_folder_import import FolderOutcome
from lsp_desktop.messages import render
from lsp_desktop.ui.dialogs.assessor_folder_dialog import AssessorFolderDialog, strays_html
from lsp_desktop.ui.dialogs.prompts import tell
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.jobs import assessor_folder_jobs
from lsp_desktop.ui.tasks import Task


class FolderFlow(QObject):
    """Belongs to the 2.11 panel: a replaced panel receives nothing late."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel, self.controller = panel, panel.controller
        self.last_dialog: AssessorFolderDialog | None = None
        self.last_outcome: FolderOutcome | None = None
        # A folder dropped on the panel (outside the boxes, which take one file each).
        panel.setAcceptDrops(True)
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if isinstance(event, QDragEnterEvent | QDropEvent) and watched is self.panel:
            folder = _one_folder(event)
            if folder is None:
                return False
            event.acceptProposedAction()
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                self.choose(folder)
            return True
        return False

    def choose(self, folder: Path | None = None) -> Task | None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.panel, tr("Assessors' documents from a folder"), str(Path.home()))
            if not chosen:
                return None
            folder = Path(chosen)
        controller = self.controller
        controller.notice.emit(tr("Checking {name}…").format(name=folder.name), "info")
        return controller.runner.submit(self, assessor_folder_jobs.plan_assessor_folder,
                                        controller.read.path, controller.catalog, folder,
                                        done=self.planned)

    def planned(self, plan: FolderPlan | None, error: BaseException | None) -> None:
        if error is not None or plan is None:
            self._say_error(error)
            return
        dialog = AssessorFolderDialog(plan, self.controller.lang, self.panel)
        self.last_dialog = dialog
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        self.controller.edits.edit(
            Said("Take assessors' documents from {name}", name=plan.folder.name),
            assessor_folder_jobs.import_assessor_folder, chosen,
            done=lambda outcome, error: self.imported(chosen, outcome, error), owner=self)

    def imported(self, plan: FolderPlan, outcome: object, error: BaseException | None
                 ) -> None:
        if error is not None or not isinstance(outcome, FolderOutcome):
            self._say_error(error)
            return
        self.last_outcome = outcome
        lang = self.controller.lang
        text = render("folder.done", {"attached": len(outcome.attached),
                                      "refused": len(outcome.refused)}, lang)
        lines = [f"• {f.shown}: {r_id if lang == 'id' else r_en}"
                 for f, r_id, r_en in outcome.refused]
        self.controller.notice.emit(text, "info")
        box = QMessageBox(QMessageBox.Icon.Information, tr("Assessors' documents from a folder"),
                          "\n".join([text, *lines]), parent=self.panel)
        box.setInformativeText(strays_html(plan, lang))
        box.addButton(tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.last_summary = box
        box.exec()

    def _say_error(self, error: BaseException | None) -> None:
        if error is None:
            return
        if isinstance(error, LspError):
            message = error.message(self.controller.lang)
        else:
            from lsp_desktop.ui import unexpected

            message = unexpected.explain(error, self.controller.lang)
        self.controller.notice.emit(message, "error")
        tell(self.panel, tr("Assessors' documents from a folder"), message, tr("Close"),
             QMessageBox.Icon.Warning)


def _one_folder(event: QDropEvent) -> Path | None:
    """The folder of a drop of exactly one local folder, else None (files go to the boxes)."""
    urls = event.mimeData().urls() if event.mimeData() is not None else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_dir() and not path.is_symlink() else None

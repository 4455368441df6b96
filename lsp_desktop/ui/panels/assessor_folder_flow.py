"""2.11's "Take from a folder…": the folder chosen, its plan made on a worker, shown in the
drop's own assignment dialog (``dialogs/assign.for_assessor_folder``: the assessor and the
document slot of each file, what fits no one listed); once confirmed, imported through the
one road as ONE step of Edit > Undo, then the drop's end summary
(``dialogs/batch_summary.py``): kept, refused and why, left out, not placed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.intake.assessor_folder import FolderPlan
from lsp_desktop.intake.assessor_folder_import import FolderOutcome
from lsp_desktop.messages import render
from lsp_desktop.ui.batch import Attached, Batch, Refusal
from lsp_desktop.ui.dialogs.assign import AssignDialog, for_assessor_folder, kind_words
from lsp_desktop.ui.dialogs.batch_summary import BatchSummaryDialog
from lsp_desktop.ui.dialogs.prompts import tell
from lsp_desktop.ui.i18n import Said, language, tr
from lsp_desktop.ui.jobs import assessor_folder_jobs
from lsp_desktop.ui.tasks import Task


class FolderFlow(QObject):
    """Belongs to the 2.11 panel: a replaced panel receives nothing late."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel, self.controller = panel, panel.controller
        self.last_dialog: AssignDialog | None = None
        self.last_outcome: FolderOutcome | None = None
        self.last_summary: BatchSummaryDialog | None = None
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
        dialog = for_assessor_folder(plan, self.controller.lang, self.panel)
        self.last_dialog = dialog
        if not dialog.exec():
            return
        picked = list(zip(plan.assigned, dialog.chosen(), strict=True))
        chosen = replace(plan, assigned=[replace(item, kind=kind, chosen=True)
                                         for item, kind in picked if kind])
        left_out = [item.shown for item, kind in picked if not kind]
        self.controller.edits.edit(
            Said("Take assessors' documents from {name}", name=plan.folder.name),
            assessor_folder_jobs.import_assessor_folder, chosen,
            done=lambda outcome, error: self.imported(chosen, left_out, outcome, error),
            owner=self)

    def imported(self, plan: FolderPlan, left_out: list[str], outcome: object,
                 error: BaseException | None) -> None:
        if error is not None or not isinstance(outcome, FolderOutcome):
            self._say_error(error)
            return
        self.last_outcome = outcome
        lang = self.controller.lang
        self.controller.notice.emit(render("folder.done", {
            "attached": len(outcome.attached), "refused": len(outcome.refused)}, lang), "info")
        summary = BatchSummaryDialog(folder_batch(self.controller.catalog, plan, left_out,
                                                  outcome),
                                     self.controller.catalog, lang, self.panel)
        self.last_summary = summary
        summary.open()  # as the drop's: modal to the window, no nested event loop

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


def folder_batch(catalog: Catalog, plan: FolderPlan, left_out: list[str],
                 outcome: FolderOutcome) -> Batch:
    """What became of each file of the folder, as a drop's summary says it: each document
    with the assessor and slot it went to and the checks' verdict, refused and why, left
    out by the admin, and what could not be placed."""
    item = catalog.holder_id("assessor-documents") or ""
    words = kind_words()

    def slot(file) -> str:
        return f"{file.person}: {words.get(file.kind, file.kind)}"

    batch = Batch(finished=True, slots={f.shown: slot(f) for f in plan.assigned})
    batch.attached = [Attached(f.shown, item, outcome.verdicts.get(f.shown, "ok"))
                      for f in outcome.attached]
    batch.refused = [(item, Refusal(f.shown, _said(error))) for f, error in outcome.refused]
    batch.left_out = left_out
    batch.not_placed = [(f"{name}/", code) for name, code in plan.unmatched_folders]
    batch.not_placed += [(f.shown, f.reason) for f in plan.strays]
    return batch


def _said(error: LspError) -> Said:
    """A refusal the core kept as its code and values, said in the window's language."""
    return Said.by(lambda: error.message(language()))

"""File > Export bundle…, Verify bundle… and Open bundle…: dialogs over the core's bundle
functions, which run on a worker thread with a progress bar and a Cancel button."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from lsp_desktop.bundle.export import export_steps
from lsp_desktop.errors import LspError
from lsp_desktop.status.requirements import RequirementStatus, missing_items
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.dialogs.prompts import ask, tell
from lsp_desktop.ui.i18n import tr


class _ExportSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # result, error


class ExportJob(QRunnable):
    """Iterates the core's export generator; stopping the iteration is the cancel."""

    def __init__(self, workspace_path: Path, catalog, target: Path, draft: bool,
                 render_pdf, statuses: list[RequirementStatus] | None = None) -> None:
        super().__init__()
        self.args = (workspace_path, catalog, target, draft, render_pdf)
        self.statuses = statuses
        self.signals = _ExportSignals()
        self.cancelled = threading.Event()

    def run(self) -> None:
        workspace_path, catalog, target, draft, render_pdf = self.args
        try:
            with Workspace(workspace_path, catalog) as workspace:
                steps = export_steps(workspace, target, allow_incomplete=draft,
                                     render_pdf=render_pdf, statuses=self.statuses)
                while True:
                    if self.cancelled.is_set():
                        steps.close()  # the core removes its temporary file
                        self.signals.finished.emit(None, None)
                        return
                    try:
                        done, total = next(steps)
                    except StopIteration as stop:
                        self.signals.finished.emit(stop.value, None)
                        return
                    self.signals.progress.emit(done // 1024, max(1, total // 1024))
        except Exception as exc:  # worded for the admin by the window
            self.signals.finished.emit(None, exc)


def export_bundle(window, pool: QThreadPool | None = None,
                  target: Path | None = None) -> ExportJob | None:
    controller = window.controller
    lang = controller.lang
    statuses = controller.current_statuses()
    missing = missing_items(statuses)
    draft = False
    if missing:
        names = "\n".join(f"• {s.requirement.point} {s.requirement.title(lang)}"
                          for s in missing)
        if not ask(window, tr("Not complete yet"),
                   tr("These items are not ready:\n{items}\n\nExport a DRAFT bundle "
                             "for someone to review? It is marked as a draft in its name "
                             "and summary.").format(items=names),
                   tr("Export draft"), tr("Cancel"), QMessageBox.Icon.Warning):
            return None
        draft = True
    if target is None:
        default = Path(window.settings.value("last_folder", str(Path.home()))) / (
            "bundel-lsp" + ("-draf" if draft else "") + ".zip")
        chosen, _ = QFileDialog.getSaveFileName(window, tr("Export bundle"), str(default),
                                                tr("Zip bundle (*.zip)"))
        if not chosen:
            return None
        target = Path(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")
    job = ExportJob(controller.workspace.path, controller.catalog, target, draft, None,
                    statuses)
    dialog = QProgressDialog(tr("Writing the bundle…"), tr("Cancel"), 0, 100,
                             window)
    dialog.setWindowTitle(tr("Export bundle"))
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(job.cancelled.set)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    job.signals.progress.connect(show_progress)
    job.signals.finished.connect(lambda result, error: _export_done(window, dialog, result,
                                                                    error))
    window.export_job = job
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def _export_done(window, dialog: QProgressDialog, result, error) -> None:
    dialog.reset()
    dialog.close()
    lang = window.controller.lang
    if error is not None:
        message = error.message(lang) if isinstance(error, LspError) else str(error)
        tell(window, tr("Export bundle"), message, tr("Close"),
             QMessageBox.Icon.Warning)
        return
    if result is None:
        window.show_notice(tr("Export cancelled; nothing was written."), "warning")
        return
    window.last_export = result
    text = (tr("DRAFT bundle saved:\n{path}") if result.draft else
            tr("Bundle saved and verified:\n{path}")).format(path=result.path)
    window.show_notice(text.replace("\n", " "))
    if result.sha256:
        from lsp_desktop.messages import render

        text += "\n\n" + render("bundle.sha256", {"sha256": result.sha256}, lang)
    tell(window, tr("Export bundle"), text, tr("Close"))


def verify_bundle(window, path: Path | None = None) -> str | None:
    from lsp_desktop.bundle.verify import verify_bundle as verify
    from lsp_desktop.messages import render

    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, tr("Verify bundle"),
                                                str(Path.home()),
                                                tr("Zip bundle (*.zip)"))
        if not chosen:
            return None
        path = Path(chosen)
    lang = window.controller.lang
    result = verify(path)
    lines = [render(f"verify.{result.status}", {"path": str(path),
                                                "missing": ", ".join(result.missing)}, lang)]
    lines += [f"• {f.message(lang)}" for f in result.problems[:12]]
    icon = QMessageBox.Icon.Information if result.status == "intact" else \
        QMessageBox.Icon.Warning
    tell(window, tr("Verify bundle"), "\n".join(lines), tr("Close"), icon)
    return result.status


def open_bundle(window) -> None:
    from lsp_desktop.bundle.importer import import_bundle

    chosen, _ = QFileDialog.getOpenFileName(window, tr("Open bundle"), str(Path.home()),
                                            tr("Zip bundle (*.zip)"))
    if not chosen:
        return
    target, _ = QFileDialog.getSaveFileName(window, tr("Save as a new workspace"),
                                            str(Path(chosen).with_suffix(".lspws")),
                                            tr("LSP Desktop workspace (*.lspws)"))
    if not target:
        return
    try:
        path = import_bundle(Path(chosen), Path(target))
    except LspError as exc:
        tell(window, tr("Open bundle"), exc.message(window.controller.lang),
             tr("Close"), QMessageBox.Icon.Warning)
        return
    window.workspaceRequested.emit(path)

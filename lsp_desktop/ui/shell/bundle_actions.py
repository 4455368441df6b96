"""File > Export bundle…, Verify bundle… and Open bundle…: dialogs over the core's bundle
functions (an export ends with "Open folder" and "Copy SHA-256"; the printable
missing-items list with "Open"), which run through the window's task runner (export with
a progress bar and a Cancel button). Results come back to a receiver that belongs to the
window, so a window replaced meanwhile receives nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from lsp_desktop.bundle.export import export_steps
from lsp_desktop.status.requirements import RequirementStatus, missing_items
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.dialogs.prompts import ask, completed_name, show_done, tell
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.tasks import Task


class _Receiver(QObject):
    """Takes one bundle job's progress and result for the window. A child of the window,
    holding its controller: deleted or closed with it, so late results are dropped."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.controller = window, window.controller

    def progress(self, done: int, total: int) -> None:
        show_export_progress(self.window, done, total)

    def exported(self, result, error) -> None:
        self.deleteLater()
        export_finished(self.window, result, error)

    def verified(self, outcome, error) -> None:
        self.deleteLater()
        verify_finished(self.window, outcome, error)

    def opened(self, path, error) -> None:
        self.deleteLater()
        open_bundle_finished(self.window, path, error)


def _export_job(workspace_path: Path, catalog, target: Path, draft: bool,
                statuses: list[RequirementStatus] | None, lang: str = "id"):
    """The core's export generator on its own connection; the runner turns its
    ``(bytes done, total)`` steps into progress, and stopping it is the cancel."""
    with Workspace(workspace_path, catalog) as workspace:
        return (yield from export_steps(workspace, target, allow_incomplete=draft,
                                        render_pdf=None, statuses=statuses, lang=lang))

def export_bundle(window, target: Path | None = None) -> Task | None:
    controller = window.controller
    lang = controller.lang
    if not controller.states_known:  # what is missing is not known yet
        window.show_notice(tr("The items are still being checked; export again in a "
                              "moment."), "info")
        return None
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
        chosen, _ = QFileDialog.getSaveFileName(window, tr("Export bundle"),
                                                str(default_bundle_path(window, draft)),
                                                tr("Zip bundle (*.zip)"))
        if not chosen:
            return None
        completed = completed_name(window, chosen, ".zip")
        if completed is None:
            return None
        target = completed
        window.settings.setValue("last_export_folder", str(target.parent))
    dialog = QProgressDialog(tr("Writing the bundle…"), tr("Cancel"), 0, 100, window)
    dialog.setWindowTitle(tr("Export bundle"))
    dialog.setMinimumDuration(300)
    window.export_dialog = dialog
    receiver = _Receiver(window)
    task = controller.runner.submit(
        receiver, _export_job, controller.workspace.path, controller.catalog, target, draft,
        statuses, controller.lang, done=receiver.exported, progress=receiver.progress,
        cancel=dialog.canceled)
    window.export_job = task
    return task


def default_bundle_path(window, draft: bool) -> Path:
    """The name proposed for the bundle: the LSP's and the day's, so that two exports,
    or two LSPs' bundles, are told apart ("bundel-LSP-Teknologi-Digital-2026-05-20.zip");
    in the folder an export last went to, else the folder files were last chosen from."""
    from lsp_desktop.base.filenames import slug

    settings = window.settings
    folder = Path(str(settings.value("last_export_folder", "") or
                      settings.value("last_folder", "") or Path.home()))
    if not folder.is_dir():  # a folder since removed, or a USB stick taken out
        folder = Path.home()
    name = window.controller.read.profile().name.strip()
    today = getattr(window, "today", None) or dt.date.today()
    parts = ["bundel", slug(name) if name else "lsp", today.isoformat()]
    return folder / ("-".join(parts) + ("-draf" if draft else "") + ".zip")


def show_export_progress(window, done: int, total: int) -> None:
    dialog = getattr(window, "export_dialog", None)
    if dialog is not None and not dialog.wasCanceled():
        dialog.setMaximum(max(1, total // 1024))
        dialog.setValue(done // 1024)


def export_finished(window, result, error) -> None:
    """Called on the window once the export ends, was cancelled (``None, None``) or failed."""
    dialog = getattr(window, "export_dialog", None)
    if dialog is not None:
        dialog.reset()
        dialog.close()
        window.export_dialog = None
    if error is not None:
        _tell_error(window, tr("Export bundle"), error)
        return
    if result is None:
        window.show_notice(tr("Export cancelled; nothing was written."), "warning")
        return
    window.last_export = result
    text = (tr("DRAFT bundle saved:\n{path}") if result.draft else
            tr("Bundle saved and verified:\n{path}")).format(path=result.path)
    # Not a step of Edit > Undo: nothing in the workspace changed, and Ctrl+Z still takes
    # back the latest edit. Said, so that no one expects Ctrl+Z to take the zip back.
    text += "\n" + tr("An export is not undone with Ctrl+Z: the workspace is unchanged; "
                      "delete the file if you do not need it.")
    window.show_notice(text.replace("\n", " "))
    # What comes next, from the box: the folder to send it from, the hash to paste.
    actions = [(tr("Open folder"), lambda: open_path(Path(result.path).parent))]
    if result.sha256:
        from lsp_desktop.messages import render

        text += "\n\n" + render("bundle.sha256", {"sha256": result.sha256},
                                  window.controller.lang)
        text += "\n\n" + render("guide.how_to_use", {}, window.controller.lang)
        actions.append((tr("Copy SHA-256"), lambda: copy_sha256(window, result.sha256)))
    window.last_dialog = show_done(window, tr("Export bundle"), text, tr("Close"), actions)


def open_path(path: Path) -> None:
    """A folder in the file manager, a PDF in its viewer: the system's own program."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def copy_sha256(window, sha256: str) -> None:
    QApplication.clipboard().setText(sha256)
    window.show_notice(tr("SHA-256 copied: paste it where the receiver checks the bundle."))


def report_finished(window, path: Path | None, error) -> None:
    """The missing-items list written (File > Print the missing-items list…): said, with
    "Open" to see it in the PDF viewer."""
    from lsp_desktop.messages import render
    from lsp_desktop.ui import unexpected

    if error is not None or path is None:
        if error is not None:
            window.show_notice(unexpected.error_text(error, window.controller.lang), "error")
        return
    text = render("report.written", {"path": str(path)}, window.controller.lang)
    window.show_notice(text)
    window.last_dialog = show_done(window, tr("Print the missing-items list"), text,
                                   tr("Close"), [(tr("Open"), lambda: open_path(Path(path)))])


def _verify_job(path: Path):
    from lsp_desktop.bundle.verify_files import verify_judged

    return path, verify_judged(path)  # the files judged as import judges them


def verify_bundle(window, path: Path | None = None) -> Task | None:
    """Hashing every member of a 50 MB bundle takes a while: done on a worker."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(window, tr("Verify bundle"),
                                                str(Path.home()),
                                                tr("Zip bundle (*.zip)"))
        if not chosen:
            return None
        path = Path(chosen)
    window.show_notice(tr("Checking {name}…").format(name=path.name))
    receiver = _Receiver(window)
    return window.controller.runner.submit(receiver, _verify_job, Path(path),
                                           done=receiver.verified)


def verify_finished(window, outcome, error) -> str | None:
    from lsp_desktop.messages import item_list, render

    lang = window.controller.lang
    if error is not None:
        _tell_error(window, tr("Verify bundle"), error)
        return None
    path, result = outcome
    missing = item_list(result.missing, lang)
    lines = [render(f"verify.{result.status}", {"path": str(path), "missing": missing}, lang)]
    lines += [f"• {f.message(lang)}" for f in result.problems[:12]]
    icon = QMessageBox.Icon.Information if result.status == "intact" else \
        QMessageBox.Icon.Warning
    window.last_verify = result.status
    window.show_notice(lines[0])
    tell(window, tr("Verify bundle"), "\n".join(lines), tr("Close"), icon)
    return result.status


def _open_bundle_job(bundle: Path, target: Path) -> Path:
    from lsp_desktop.bundle.importer import import_bundle

    return import_bundle(bundle, target)


def open_bundle(window, chosen: Path | None = None, target: Path | None = None
                ) -> Task | None:
    """Verify the bundle and rebuild it as a new workspace on a worker, then open it."""
    if chosen is None:
        name, _ = QFileDialog.getOpenFileName(window, tr("Open bundle"), str(Path.home()),
                                              tr("Zip bundle (*.zip)"))
        if not name:
            return None
        chosen = Path(name)
    if target is None:
        name, _ = QFileDialog.getSaveFileName(window, tr("Save as a new workspace"),
                                              str(Path(chosen).with_suffix(".lspws")),
                                              tr("LSP Desktop workspace (*.lspws)"))
        if not name:
            return None
        target = Path(name)
    window.show_notice(tr("Checking {name}…").format(name=Path(chosen).name))
    receiver = _Receiver(window)
    return window.controller.runner.submit(receiver, _open_bundle_job, Path(chosen),
                                           Path(target), done=receiver.opened)


def open_bundle_finished(window, path: Path | None, error) -> None:
    if error is not None:
        _tell_error(window, tr("Open bundle"), error)
        return
    window.workspaceRequested.emit(path)


def _tell_error(window, title: str, error: BaseException) -> None:
    from lsp_desktop.ui import unexpected

    message = unexpected.error_text(error, window.controller.lang)
    window.show_notice(message, "error")  # not left on "Checking …" once the job ended
    tell(window, title, message, tr("Close"), QMessageBox.Icon.Warning)

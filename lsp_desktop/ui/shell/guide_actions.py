"""Berkas > Panduan unggah…: the upload guide of the open workspace, without exporting.

The page is written with private copies of every file it links, at the same paths as in
an exported bundle (bundle/guide_files.write_guide_preview), in a folder of the app's
viewing copies (base/view_copies.py): owner-only, removed when the app ends. So each link
opens the very file the bundle would carry, and the admin who uploads from this laptop
needs no export; the page says that for anyone else the bundle, which holds the same
page, is the way. Written on a worker; the browser is opened when it is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.tasks import Task


class _Receiver(QObject):
    """A child of the window: a window replaced meanwhile receives nothing."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.controller = window, window.controller

    def written(self, page: Path | None, error) -> None:
        self.deleteLater()
        guide_written(self.window, page, error)


def _guide_job(workspace_path: Path, catalog, lang: str) -> Path:
    # Imported here: the menu that names this module is built before the window shows.
    from lsp_desktop.base.view_copies import new_view_folder
    from lsp_desktop.bundle.guide_files import write_guide_preview
    from lsp_desktop.store.workspace import Workspace

    with Workspace(workspace_path, catalog) as workspace:
        return write_guide_preview(workspace, new_view_folder(), lang)


def open_upload_guide(window) -> Task | None:
    controller = window.controller
    window.show_notice(tr("Writing the upload guide…"))
    receiver = _Receiver(window)
    return controller.runner.submit(receiver, _guide_job, controller.workspace.path,
                                    controller.catalog, controller.lang,
                                    done=receiver.written)


def guide_written(window, page: Path | None, error) -> None:
    from lsp_desktop.ui import unexpected

    lang = window.controller.lang
    if error is not None:
        window.show_notice(unexpected.error_text(error, lang), "error")
    elif page is not None:
        window.last_guide = page
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))
        window.show_notice(tr("The upload guide is open in your browser. Every exported "
                              "bundle holds the same page, PANDUAN-UNGGAH.html."))

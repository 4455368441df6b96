"""Berkas > Pesan penagihan…: the messages made on a worker (they read every assessor's
kept findings), shown in ``dialogs/chase_dialog.py``. Nothing in the workspace changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject

from lsp_desktop.status.chase import Chase, chase_list
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.dialogs.chase_dialog import ChaseDialog
from lsp_desktop.ui.tasks import Task


class _Receiver(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def made(self, chased: list[Chase] | None, error: BaseException | None) -> None:
        self.deleteLater()
        if error is not None or chased is None:
            from lsp_desktop.ui import unexpected

            if error is not None:
                self.window.show_notice(unexpected.explain(error, self.window.controller.lang),
                                        "error")
            return
        dialog = ChaseDialog(chased, self.window.controller.lang, self.window)
        self.window.last_dialog = dialog
        dialog.exec()


def _chase_job(path: Path, catalog, today: dt.date, lang: str) -> list[Chase]:
    with Workspace(path, catalog) as workspace:
        return chase_list(workspace, today, lang)


def show_chase(window) -> Task:
    controller = window.controller
    receiver = _Receiver(window)
    today = window.today
    return controller.runner.submit(receiver, _chase_job, controller.workspace.path,
                                    controller.catalog, today, controller.lang,
                                    done=receiver.made)

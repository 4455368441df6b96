"""Berkas > Pesan penagihan…: the messages made on a worker (they read every assessor's
kept findings), shown in ``dialogs/chase_dialog.py``. Nothing in the workspace changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject

from lsp_desktop.status.chase import Chase, chase_list, why_nobody
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.dialogs.chase_dialog import ChaseDialog
from lsp_desktop.ui.tasks import Task


class _Receiver(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def made(self, made: tuple[list[Chase], str] | None, error: BaseException | None) -> None:
        self.deleteLater()
        if error is not None or made is None:
            from lsp_desktop.ui import unexpected

            if error is not None:
                self.window.show_notice(unexpected.explain(error, self.window.controller.lang),
                                        "error")
            return
        chased, nobody = made
        dialog = ChaseDialog(chased, self.window.controller.lang, self.window, nobody)
        self.window.last_dialog = dialog
        dialog.exec()


def _chase_job(path: Path, catalog, today: dt.date, lang: str) -> tuple[list[Chase], str]:
    """The messages, and when there are none why: nobody listed is not everyone done."""
    with Workspace(path, catalog) as workspace:
        chased = chase_list(workspace, today, lang)
        return chased, "" if chased else why_nobody(workspace, lang)


def show_chase(window) -> Task:
    controller = window.controller
    receiver = _Receiver(window)
    today = window.today
    return controller.runner.submit(receiver, _chase_job, controller.workspace.path,
                                    controller.catalog, today, controller.lang,
                                    done=receiver.made)

"""Berkas > Gabungkan dari bundel rekan…: the bundle chosen, its merge plan made on a
worker (verified as Buka bundel verifies it), shown in ``dialogs/merge_dialog.py``; once the
admin confirms, the merge runs through the controller's one road as ONE undoable step. The
bundle is read again for the merge itself, so what is written is what it holds then."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.merge import MergeResult, merge_bundle
from lsp_desktop.bundle.merge_plan import MergePlan
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.dialogs.merge_dialog import MergeDialog
from lsp_desktop.ui.dialogs.prompts import tell
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.tasks import Task


class _Receiver(QObject):
    """The plan for the window; a child of it, so a replaced window receives nothing."""

    def __init__(self, window, bundle: Path) -> None:
        super().__init__(window)
        self.window, self.bundle = window, bundle

    def planned(self, plan: MergePlan | None, error: BaseException | None) -> None:
        self.deleteLater()
        if error is not None or plan is None:
            _tell_error(self.window, error)
            return
        show_plan(self.window, self.bundle, plan)

    def merged(self, outcome: object, error: BaseException | None) -> None:
        self.deleteLater()
        if error is not None:
            _tell_error(self.window, error)
            return
        if isinstance(outcome, tuple) and isinstance(outcome[1], MergeResult):
            self.window.last_merge = outcome[1]
            _tell_not_taken(self.window, outcome[1])


def _plan_job(workspace_path: Path, catalog, bundle: Path, lang: str) -> MergePlan:
    with Workspace(workspace_path, catalog) as workspace:
        return merge_bundle(workspace, bundle, dry_run=True, lang=lang)[0]


def _merge_edit(workspace: Workspace, bundle: Path, choices: dict[str, str], lang: str
                ) -> tuple[MergePlan, MergeResult]:
    return merge_bundle(workspace, bundle, choices, lang=lang)


def merge_from_bundle(window, chosen: Path | None = None) -> Task | None:
    if chosen is None:
        name, _ = QFileDialog.getOpenFileName(window, tr("Merge from a colleague's bundle"),
                                              str(Path.home()), tr("Zip bundle (*.zip)"))
        if not name:
            return None
        chosen = Path(name)
    controller = window.controller
    window.show_notice(tr("Checking {name}…").format(name=chosen.name))
    receiver = _Receiver(window, chosen)
    return controller.runner.submit(receiver, _plan_job, controller.workspace.path,
                                    controller.catalog, chosen, controller.lang,
                                    done=receiver.planned)


def show_plan(window, bundle: Path, plan: MergePlan) -> None:
    controller = window.controller
    dialog = MergeDialog(plan, bundle.name, controller.lang, window)
    window.last_dialog = dialog
    if not dialog.exec():
        window.show_notice(tr("Merge cancelled; nothing was changed."))
        return
    receiver = _Receiver(window, bundle)
    controller.edits.edit(
        Said("Merge {name}", name=bundle.name), _merge_edit, bundle, dialog.choices(),
        controller.lang, done=receiver.merged, owner=receiver,
        notice=Said("Merged {name}. Replaced files are kept as superseded versions; "
                    "Edit > Undo takes the whole merge back.", name=bundle.name))


def _tell_not_taken(window, result: MergeResult) -> None:
    if not result.not_taken:
        return
    lang = window.controller.lang
    lines = [not_taken.message(lang) for not_taken in result.not_taken]
    tell(window, tr("Merge from a colleague's bundle"), "\n".join(lines), tr("Close"),
         QMessageBox.Icon.Warning)


def _tell_error(window, error: BaseException | None) -> None:
    if isinstance(error, LspError):
        message = error.message(window.controller.lang)
    elif error is None:
        return
    else:
        from lsp_desktop.ui import unexpected

        message = unexpected.explain(error, window.controller.lang)
    window.show_notice(message, "error")
    tell(window, tr("Merge from a colleague's bundle"), message, tr("Close"),
         QMessageBox.Icon.Warning)

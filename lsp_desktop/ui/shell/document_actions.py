"""The main window's file actions: attach (with the fixes offered on the way), replace,
combine in an order the admin sets, remove, open, and files dropped on the window itself.

A mixin of ``MainWindow`` (ui/shell/main_window.py), split off along that seam to keep the
window's module small; it uses the window's ``controller``, ``settings``, ``notice_bar``,
``show_notice``, ``select`` and ``current_requirement``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from lsp_desktop.base.filenames import base_name
from lsp_desktop.store.workspace import Document
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.widgets.drops import (
    MAX_FILES,
    accept_as_copy,
    dropped_files,
    local_paths,
)

FILE_FILTERS = {"pdf": "PDF (*.pdf *.PDF)", "jpeg": "JPG/JPEG (*.jpg *.jpeg *.JPG *.JPEG)",
                "png": "PNG (*.png *.PNG)"}
PDF_OR_PHOTOS = "*.pdf *.PDF *.jpg *.jpeg *.JPG *.JPEG *.png *.PNG *.heic *.HEIC"


def no_files_text() -> str:
    return tr("No file was found in what you dropped (hidden files such as Thumbs.db are "
              "not taken). Drop the documents themselves, or the folder that holds them.")


def shown_names(files: list[Path], dropped: list[Path]) -> dict[Path, str]:
    """How each file of a drop is shown: its path inside the dropped folder ("hp/logo.png"),
    so that two files of the same name in different subfolders can be told apart; with
    several folders dropped, the folder's own name comes first. Each part made safe to
    show (no direction-changing characters)."""
    folders = [path for path in dropped if path.is_dir()]
    names: dict[Path, str] = {}
    for file in files:
        folder = next((f for f in folders if file.is_relative_to(f)), None)
        if folder is None:
            continue
        start = folder.parent if len(folders) > 1 else folder
        names[file] = "/".join(base_name(part) for part in file.relative_to(start).parts)
    return names


def tell(parent: QMainWindow, title: str, text: str, ok: str) -> None:
    # Message boxes, file dialogs and the system's viewer are imported when first used:
    # PySide makes each Qt type (and its enums) on first touch, at the start's expense.
    from lsp_desktop.ui.dialogs import prompts

    prompts.tell(parent, title, text, ok)


def ask(parent: QMainWindow, title: str, text: str, yes: str, no: str) -> bool:
    from lsp_desktop.ui.dialogs import prompts

    return prompts.ask(parent, title, text, yes, no)


def _open_in_system(path: Path | None) -> None:
    """A file in the system's viewer, or a folder in the file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


if TYPE_CHECKING:
    from lsp_desktop.ui.road.controller import WorkspaceController
    from lsp_desktop.ui.widgets.notice_bar import NoticeBar

    class _Window(QMainWindow):
        """What the mixin uses of MainWindow."""

        controller: WorkspaceController
        settings: QSettings
        notice_bar: NoticeBar

        def show_notice(self, message: str | Said, level: str = "info") -> None: ...
        def select(self, requirement_id: str) -> None: ...
        def current_requirement(self) -> str | None: ...
else:
    _Window = object


class DocumentActions(_Window):
    # The window built in this one's place for the same workspace (a language switch, a
    # circular followed): what this one was asked waits there (Application sets it).
    replaced_by: DocumentActions | None = None

    def when_states_known(self, action: Callable[[DocumentActions], object]) -> None:
        """``action(window)`` once every item's state has arrived, in the window shown
        then: a language switch in the first moment replaces this one, and a file dropped
        on it would otherwise be asked about in a closed window, and silently lost."""
        def run() -> None:
            window: DocumentActions = self
            while window.replaced_by is not None:
                window = window.replaced_by
            if shiboken6.isValid(window) and not window.controller.closed:
                action(window)

        self.controller.once_states_known(run)

    # -- file actions -----------------------------------------------------------------------

    def attach(self, requirement_id: str, paths: list[Path], replace: bool = False) -> None:
        if not self.controller.states_known:  # whether to ask "Replace?" is not known yet
            self.when_states_known(lambda window: window.attach(requirement_id, paths,
                                                                replace))
            return
        requirement = self.controller.catalog.requirement(requirement_id)
        if requirement.form != "file":  # a link or data item: its panel has no file place
            self.notice_bar.show_message(
                self.controller.refusal_for_drop(requirement, len(paths)) or Said(), "error")
            return
        files, too_many = dropped_files(paths)
        if too_many or not files:
            self.controller.dismiss_refusals(requirement_id)
            self.controller.refuse(requirement_id, ", ".join(p.name for p in paths), Said(
                "That is more than {max} files at once; nothing was attached. Drop fewer "
                "files.", max=MAX_FILES) if too_many else Said.by(no_files_text))
            return
        offer = self.controller.fix_offer(requirement_id, files)
        if offer == "pdf":
            files = sorted(files, key=lambda p: p.name.lower())
            if len(files) > 1:  # several pages: the admin sees and sets their order
                # On a filled item the one PDF of them replaces its file: the dialog says
                # so, and its button is the question (issue 21, point 4).
                self.combine_order(requirement_id, files,
                                   replace or self._single_document(requirement_id) is not None)
                return
            if self.confirm_fix(tr("Make a PDF?"), tr(
                    "This item asks for a PDF. Turn this photo into a one-page PDF? Your "
                    "photo is not changed."), tr("Make PDF"), tr("Cancel")):
                self.controller.attach_fixed(requirement_id, "pdf", files, replace)
                return
            if replace or self._single_document(requirement_id) is not None:
                return  # Cancel on a filled item ends it: nothing more asked or changed
            # Declined on an empty item: the plain attach below refuses it with the reason.
        if offer == "shrink" and self.confirm_fix(tr("Make the photo smaller?"), tr(
                "{name} is over 2 MB. Attach a smaller copy instead? The original is not "
                "changed.").format(name=files[0].name), tr("Make smaller"),
                tr("Attach as it is")):
            self.controller.attach_fixed(requirement_id, "shrink", files, replace)
            return
        if len(files) == 1 and (current := self._single_document(requirement_id)):
            # A drop on a filled item is a replacement: ask rather than refuse (Ganti…
            # has asked already), unless it is the very file the item holds (read on a
            # worker: a scan may be 20 MB). Numbered: of two files given quickly, the
            # second is the one that counts.
            from lsp_desktop.ui.batch import same_bytes

            asked = self._replace_asks()[requirement_id] = \
                self._replace_asks().get(requirement_id, 0) + 1
            self.controller.runner.submit(
                self, same_bytes, files[0], current.sha256,
                done=lambda same, _error: self._replace_asked(
                    requirement_id, current, files[0], same is True, asked, replace))
            return
        self.controller.attach_files(requirement_id, files, replace)

    def _replace_asked(self, requirement_id: str, current: Document, path: Path,
                       same: bool, asked: int, replace: bool) -> None:
        if self._replace_asks().get(requirement_id) != asked:
            return  # another file was dropped on the item meanwhile: that one counts
        if same:
            text = tr("{new} is the very file {item} already holds ({old}): nothing to "
                      "replace.").format(new=path.name, old=current.name,
                                         item=self._item_words(requirement_id))
            self.show_notice(text, "info")
            tell(self, tr("Already attached"), text, tr("Close"))
            return
        if replace or self.confirm_fix(tr("Replace the file?"), tr(
                "Replace {old} with {new}?").format(old=current.name, new=path.name),
                tr("Replace"), tr("Cancel")):
            self.controller.attach_files(requirement_id, [path], True)

    def _replace_asks(self) -> dict[str, int]:
        """For each item, the number of the latest drop on it waiting to be asked about
        (kept on this window, not shared: the mixin has no __init__ of its own)."""
        asks: dict[str, int] = self.__dict__.setdefault("_replace_ask_numbers", {})
        return asks

    def _item_words(self, requirement_id: str) -> str:
        requirement = self.controller.catalog.requirement(requirement_id)
        return f"{requirement.point} {requirement.title(self.controller.lang)}"

    def _single_document(self, requirement_id: str):
        """The file a one-file item already holds, if any."""
        requirement = self.controller.catalog.requirement(requirement_id)
        if requirement.form != "file" or requirement.multiple:
            return None
        documents = self.controller.statuses[requirement_id].documents
        return documents[0][0] if documents else None

    def combine_order(self, requirement_id: str, files: list[Path], replace: bool) -> None:
        """Photos made one PDF in the order the admin sets, attached as one undo step; with
        ``replace``, in place of the file the item holds."""
        from lsp_desktop.ui.dialogs.combine_order import CombineOrderDialog

        current = self._single_document(requirement_id) if replace else None
        dialog = self.combine_dialog = CombineOrderDialog(
            files, self, replaces=current.name if current is not None else "")
        dialog.accepted.connect(lambda: self.controller.attach_fixed(
            requirement_id, "pdf", dialog.ordered_paths(), replace))
        dialog.open()

    def confirm_fix(self, title: str, text: str, yes: str, no: str) -> bool:
        """Asks; tests replace it."""
        return ask(self, title, text, yes, no)

    def choose_file(self, requirement_id: str, replace: bool) -> None:
        requirement = self.controller.catalog.requirement(requirement_id)
        patterns = ";;".join(FILE_FILTERS[f] for f in requirement.formats)
        if "pdf" in requirement.formats:  # photos are what the fix turns into one PDF
            patterns = tr("PDF or photos") + f" ({PDF_OR_PHOTOS});;" + patterns
        start = str(self.settings.value("last_folder", str(Path.home())))
        # Several files at once: several photos of one document become one PDF, as when
        # they are dropped together (issue 21, points 4 and 7).
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, tr("Choose a file for {title}").format(
            title=requirement.title(self.controller.lang)), start,
            patterns + ";;" + tr("All files (*)"))
        if paths:
            self.settings.setValue("last_folder", str(Path(paths[0]).parent))
            self.attach(requirement_id, [Path(p) for p in paths[:MAX_FILES]], replace)

    def _choose_for_current(self) -> None:
        requirement_id = self.current_requirement()
        if not self.controller.states_known:
            self.when_states_known(lambda window: window._choose_for_current())
            return
        if requirement_id and requirement_id in self.controller.statuses and \
                self.controller.catalog.requirement(requirement_id).form == "file":
            self.choose_file(requirement_id, bool(
                self.controller.statuses[requirement_id].documents))
            return
        # An item that takes no file (Profil LSP, a table, a link) says so in a box,
        # not only in the status line (issue 21, point 3).
        text = tr("The selected item takes no file: it is filled in on the right. Select "
                  "an item that asks for a file, such as 2.1 SK Lisensi, then choose again.")
        self.show_notice(text, "info")
        tell(self, tr("Choose a file"), text, tr("Close"))

    def _remove_for_current(self) -> None:
        status = self.controller.statuses.get(self.current_requirement() or "")
        if status and status.documents:
            self.remove_document(status.documents[0][0])

    def remove_document(self, document: Document) -> None:
        if document is None:
            return
        self.controller.remove_document(document)  # says so once it is done

    def open_document(self, document: Document) -> None:
        if document is None:
            return
        from lsp_desktop.ui.jobs.attach_jobs import private_copy_job

        self.controller.runner.submit(self, private_copy_job, self.controller.workspace.path,
                                      self.controller.catalog, document,
                                      done=self._document_copied)

    def _document_copied(self, copy: Path | None, error) -> None:
        from lsp_desktop.ui import unexpected

        if error is None:
            _open_in_system(copy)
        else:
            self.show_notice(unexpected.error_text(error, self.controller.lang), "error")

    def show_in_folder(self, document: Document) -> None:
        if document and document.source_path and Path(document.source_path).exists():
            _open_in_system(Path(document.source_path).parent)
        else:
            self.show_notice(Said("The original file is no longer in its folder; the copy "
                                  "in the workspace is safe."), "warning")

    # -- drops on the window ----------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if local_paths(event.mimeData()):
            accept_as_copy(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        accept_as_copy(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = local_paths(event.mimeData())
        if not paths:
            return
        accept_as_copy(event)
        files, too_many = dropped_files(paths)
        self.assign_files(files, too_many, shown_names(files, paths))

    def assign_files(self, files: list[Path], too_many: int = 0,
                     names: dict[Path, str] | None = None) -> None:
        if not files:
            self.notice_bar.show_message(Said.by(no_files_text))
            return
        from lsp_desktop.ui.dialogs.assign import AssignDialog  # only when needed

        dialog = AssignDialog(files, self.controller.catalog, self.controller.lang, self,
                              names)
        self.last_dialog = dialog
        if dialog.exec():  # the items' files known first: who holds one already
            self.controller.once_states_known(partial(
                self.controller.attach_batch, dialog.assignments(), dialog.left_out(),
                too_many, names))

    def show_batch_summary(self, batch, replaced=()) -> None:
        """Every file of the drop, attached or not and why: shown unless one file went in
        and meets the rules (the status bar has said so). ``replaced``: the skipped files
        already put in place (when shown again after a language switch)."""
        if batch.count <= 1 and batch.all_well:
            return
        from lsp_desktop.ui.dialogs.batch_summary import BatchSummaryDialog

        self.batch_dialog = BatchSummaryDialog(batch, self.controller.catalog,
                                               self.controller.lang, self, replaced)
        self.batch_dialog.replaceRequested.connect(self._replace_from_summary)
        self.batch_dialog.combineRequested.connect(self._combine_from_summary)
        self.batch_dialog.open()

    def _replace_from_summary(self, requirement_id: str, path: Path) -> None:
        self.select(requirement_id)  # its panel shows the check, and any refusal
        self.attach(requirement_id, [path], replace=True)

    def _combine_from_summary(self, requirement_id: str, paths: list[Path]) -> None:
        """The summary's photos of one document: one PDF of them, in the order the admin
        sets, replaces the item's file (one undo step). Marked done once accepted."""
        self.select(requirement_id)
        self.combine_order(requirement_id, sorted(paths, key=lambda p: p.name.lower()), True)
        summary, dialog = self.batch_dialog, self.combine_dialog

        def done() -> None:
            if shiboken6.isValid(summary):  # not closed meanwhile by a language switch
                summary.mark_replaced(paths, dialog.ordered_paths())  # those kept in it

        dialog.accepted.connect(done)

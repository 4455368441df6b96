"""Files on their way into the workspace: a drop, Pilih berkas, a fix accepted, a
removal, a preview. A mixin of the window's controller (ui/road/controller.py), split off
along that seam; each file is checked and stored by a worker (ui/jobs/attach_jobs.py)
through the one edit road, and its item's "checking…" lasts until it is done.

What attaches files (the drop's batch, the attach jobs) is imported when first used, not
with the window: the checklist's first paint waits for every module imported before it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars.catalog import Requirement
from lsp_desktop.store.workspace import Document
from lsp_desktop.ui.i18n import Said, language, tr
from lsp_desktop.ui.road.edit_path import failure_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject, SignalInstance
    from PySide6.QtGui import QImage

    from lsp_desktop.circulars.catalog import Catalog
    from lsp_desktop.status.requirements import RequirementStatus
    from lsp_desktop.store.workspace import Workspace
    from lsp_desktop.ui.batch import Batch, Refusal, Skipped
    from lsp_desktop.ui.road.edit_path import EditPath
    from lsp_desktop.ui.tasks import TaskRunner

    class _Controller(QObject):
        """What the mixin uses of WorkspaceController."""

        statusChanged: SignalInstance
        checking: SignalInstance
        notice: SignalInstance
        previewReady: SignalInstance
        refusalsChanged: SignalInstance
        batchFinished: SignalInstance
        workspace: Workspace
        runner: TaskRunner
        edits: EditPath
        statuses: dict[str, RequirementStatus]
        pending: dict[str, int]
        previews: dict[str, QImage | None]
        refusals: dict[str, list[Refusal]]
        _latest: dict[str, int]
        _shown_later: bool

        @property
        def catalog(self) -> Catalog: ...
        @property
        def states_known(self) -> bool: ...
        def once_states_known(self, action: Callable[[], object]) -> None: ...
        def is_checking(self, requirement_id: str) -> bool: ...
        def _flush(self) -> None: ...
else:
    _Controller = object


class AttachingFiles(_Controller):
    def refusal_for_drop(self, requirement: Requirement, count: int) -> Said | None:
        """Why a drop of ``count`` files on an item cannot be taken, in plain words."""
        if requirement.form != "file":
            return Said("'{title}' takes no files: it is filled in here in the app. Drop the "
                        "file on the item that asks for it.",
                        title=Said.by(lambda: requirement.title(language())))
        status = self.statuses.get(requirement.id)
        has_file = bool(status and status.documents) or self.is_checking(requirement.id)
        if not requirement.multiple and count > 1:
            return Said("This item takes one file; you dropped {count}. Drop one file, or "
                        "combine them into one PDF first.", count=count)
        if not requirement.multiple and has_file:
            return Said("This item takes one file only. Remove the current file first, or "
                        "use Replace.")
        return None

    def attach_files(self, requirement_id: str, paths: list[Path], replace: bool = False
                     ) -> bool:
        from lsp_desktop.ui.jobs.attach_jobs import attach_job

        if not self.states_known:  # whether the item holds a file is not known yet
            self.once_states_known(partial(self.attach_files, requirement_id, paths, replace))
            return True
        requirement = self.catalog.requirement(requirement_id)
        self.dismiss_refusals(requirement_id)  # a new attempt answers the old refusal
        if not replace and (refusal := self.refusal_for_drop(requirement, len(paths))):
            self.refuse(requirement_id, ", ".join(Path(p).name for p in paths), refusal)
            return False
        for path in paths:
            self._submit_attach(requirement_id, Path(path).name, attach_job,
                                (Path(path), replace))
        return True

    def attach_batch(self, assignments: dict[str, list[Path]], left_out: list[Path],
                     too_many: int = 0, names: dict[Path, str] | None = None) -> Batch:
        """Attach the files of one drop on the window. A one-file item that holds a file
        (or gets one earlier in this drop) skips the others, which the summary offers to
        put in its place unless the check says the item could not take them;
        ``batchFinished`` says when every file has been dealt with. ``names``: how each
        file is shown (its subfolder in the dropped folder), else its name."""
        from lsp_desktop.ui.batch import Batch, Refusal, Skipped, check_skipped

        names = names or {}

        def shown(path: Path) -> str:
            return names.get(path, path.name)

        batch = Batch(left_out=[shown(p) for p in left_out], too_many=too_many)
        jobs: list[tuple[str, list[Path]]] = []
        for requirement_id, paths in assignments.items():
            requirement = self.catalog.requirement(requirement_id)
            self.dismiss_refusals(requirement_id)
            if requirement.form != "file":
                why = self.refusal_for_drop(requirement, len(paths)) or Said()
                batch.refused += [(requirement_id, Refusal(shown(p), why)) for p in paths]
                continue
            if requirement.multiple:
                jobs += [(requirement_id, [path]) for path in paths]
                continue
            current = self._current_name(requirement_id)
            together = len(paths) > 1 and self.fix_offer(requirement_id, paths) == "pdf"
            if current is None and together:
                # Photos of one document, as a phone takes them: one PDF, a page each.
                jobs.append((requirement_id, sorted(paths, key=lambda p: p.name.lower())))
                continue
            # One file only: the first goes in if the item is empty; the rest wait for Replace.
            if current is None:
                jobs.append((requirement_id, [paths[0]]))
                current, paths = shown(paths[0]), paths[1:]
            batch.skipped += [Skipped(path, requirement_id, current, shown(path), together)
                              for path in paths]
        batch.waiting = len(jobs) + len(batch.skipped)
        for requirement_id, paths in jobs:
            self._submit_batch_job(requirement_id, paths, batch, shown(paths[0]))
        for skipped in list(batch.skipped):  # one that could not go in is not offered
            held = self._current_document(skipped.requirement_id)
            self.runner.submit(self, check_skipped, skipped.path,
                               self.catalog.requirement(skipped.requirement_id), skipped.shown,
                               held.sha256 if held is not None else None,
                               done=partial(self._skipped_checked, batch, skipped))
        self._batch_step(batch)
        return batch

    def _skipped_checked(self, batch: Batch, skipped: Skipped, same: object,
                         error: object) -> None:
        from lsp_desktop.ui.batch import Refusal

        if isinstance(error, LspError):  # else Replace is still offered: it will tell
            batch.skipped.remove(skipped)
            batch.refused.append((skipped.requirement_id,
                                  Refusal(skipped.shown, failure_words(error))))
        elif same is True:  # the very file the item holds: no Replace to offer
            batch.skipped.remove(skipped)
            batch.already.append(skipped)
        batch.waiting -= 1
        self._batch_step(batch)

    def _submit_batch_job(self, requirement_id: str, paths: list[Path], batch: Batch,
                          name: str) -> None:
        """As the same files dropped on the item would be, without asking one question per
        file: photos where a PDF is asked become a PDF, a picture over the limit a smaller
        copy; the summary says what was made."""
        from lsp_desktop.ui.jobs.attach_jobs import attach_job, fix_and_attach_job

        kind = self.fix_offer(requirement_id, paths)
        if kind in ("pdf", "shrink"):
            self._submit_attach(requirement_id, name, fix_and_attach_job,
                                (kind, list(paths), False), batch)
        else:
            self._submit_attach(requirement_id, name, attach_job, (paths[0], False), batch)

    def _current_name(self, requirement_id: str) -> str | None:
        documents = self.statuses[requirement_id].documents
        if documents:
            return documents[0][0].name
        return tr("a file being checked") if self.is_checking(requirement_id) else None

    def _submit_attach(self, requirement_id: str, name: str, job, args: tuple,
                       batch: Batch | None = None) -> None:
        from lsp_desktop.ui.jobs.attach_jobs import still_newest
        from lsp_desktop.ui.road.undo_commands import attach_words

        number = self._latest[requirement_id] = self._latest.get(requirement_id, 0) + 1
        check = None if self.catalog.requirement(requirement_id).multiple else partial(
            still_newest, self._latest, requirement_id, number)
        self.pending[requirement_id] = self.pending.get(requirement_id, 0) + 1
        replaced = self._current_document(requirement_id)  # what a Replace replaces
        self.checking.emit(requirement_id, name)
        self.edits.edit(partial(attach_words, replaced), job, requirement_id, *args, check,
                        done=partial(self._attached, requirement_id, number, name, batch))

    def refuse(self, requirement_id: str, name: str, message: Said) -> None:
        """A file the item did not take: said in its panel (and echoed in the status bar)
        until the admin attaches, removes or dismisses, or leaves the item."""
        from lsp_desktop.ui.batch import Refusal

        self.refusals.setdefault(requirement_id, []).append(Refusal(name, message))
        self.refusalsChanged.emit(requirement_id)
        self.notice.emit(message, "error")  # Said: the status line follows a language switch

    def dismiss_refusals(self, requirement_id: str) -> None:
        if self.refusals.pop(requirement_id, None):
            self.refusalsChanged.emit(requirement_id)

    def fix_offer(self, requirement_id: str, paths: list[Path]) -> str | None:
        from lsp_desktop.fixing.fixes import offer_for

        return offer_for(self.catalog.requirement(requirement_id), paths)

    def attach_fixed(self, requirement_id: str, kind: str, paths: list[Path],
                     replace: bool = False) -> None:
        """Make the PDF (or the smaller picture) on a worker, then attach that."""
        from lsp_desktop.ui.jobs.attach_jobs import fix_and_attach_job

        self.dismiss_refusals(requirement_id)
        self._submit_attach(requirement_id, Path(paths[0]).name, fix_and_attach_job,
                            (kind, list(paths), replace))

    def remove_document(self, document: Document) -> None:
        from lsp_desktop.ui.jobs.attach_jobs import remove_job

        self.dismiss_refusals(document.requirement_id)
        self.edits.edit(Said("Remove {name}", name=document.name), remove_job, document.id,
                        notice=Said("{name} removed. Undo with Ctrl+Z (Edit > Undo).",
                                    name=document.name))

    def _current_document(self, requirement_id: str) -> Document | None:
        if self.catalog.requirement(requirement_id).multiple:
            return None
        documents = self.statuses[requirement_id].documents
        return documents[0][0] if documents else None

    def request_preview(self, document: Document) -> None:
        from lsp_desktop.ui.jobs.attach_jobs import preview_job

        if document.sha256 in self.previews:
            self.previewReady.emit(document.sha256, self.previews[document.sha256])
            return
        self.runner.submit(self, preview_job, self.workspace.path, self.catalog, document,
                           done=partial(self._previewed, document.sha256))

    def _previewed(self, sha256: str, image: object, error: object) -> None:
        from PySide6.QtGui import QImage

        self.previews[sha256] = image if isinstance(image, QImage) and error is None else None
        self.previewReady.emit(sha256, self.previews[sha256])

    def _attached(self, requirement_id: str, number: int, name: str, batch: Batch | None,
                  result: object, error: object) -> None:
        from lsp_desktop.ui.batch import Attached, Refusal, attached_text
        from lsp_desktop.ui.jobs.attach_jobs import Superseded

        self.pending[requirement_id] = max(0, self.pending.get(requirement_id, 1) - 1)
        newest = self.catalog.requirement(requirement_id).multiple or \
            self._latest.get(requirement_id) == number
        if not newest or isinstance(error, Superseded):
            # Overtaken by a newer file for this item: that one is what the admin wants.
            if batch is not None:
                batch.refused.append((requirement_id, Refusal(name, Said(
                    "Another file was given to this item meanwhile; that one was kept."))))
        elif isinstance(error, BaseException):
            message = failure_words(error)
            self.refuse(requirement_id, name, message)
            if batch is not None:
                batch.refused.append((requirement_id, Refusal(name, message)))
        elif isinstance(result, tuple) and isinstance(result[0], Document):
            document: Document = result[0]
            # The item's state from status/ (as the list shows it), not the file's own
            # verdict: an SK that is fine on an item still missing its participant is not.
            state = self.statuses[requirement_id].state
            verdict = state if state in ("warning", "error") else "ok"
            level = {"ok": "info", "warning": "warning", "error": "error"}[verdict]
            self.notice.emit(attached_text(document.name, verdict), level)
            if batch is not None:
                # As dropped (with its subfolder), unless a fix made a file of another name.
                shown = name if Path(name).name == document.name else document.name
                batch.attached.append(Attached(shown, requirement_id, verdict))
        self.statusChanged.emit(requirement_id)  # its "checking…" is over
        if batch is not None:
            batch.waiting -= 1
            self._batch_step(batch)

    def _batch_step(self, batch: Batch) -> None:
        if batch.waiting <= 0 and not batch.finished:
            batch.finished = True
            if self._shown_later:
                self._flush()  # the summary and the list agree on every item's state
            self.batchFinished.emit(batch)

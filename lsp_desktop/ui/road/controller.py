"""The window's controller: it holds the open workspace and decides; views only build.

Checking and storing a dropped file happen on a worker thread with its own database
connection (the file may be a 15 MB scan); the window only reads the result back.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars.catalog import Catalog, Requirement, use_item_labels
from lsp_desktop.store.workspace import Document, Workspace
from lsp_desktop.ui.i18n import Said, language, tr
from lsp_desktop.ui.road.edit_path import EditPath, failure_words
from lsp_desktop.ui.road.reading import Reading
from lsp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from lsp_desktop.status.requirements import RequirementStatus
    from lsp_desktop.ui.batch import Batch, Refusal, Skipped

# What shows the list (the states, computed on a worker) and what attaches files (the
# drop's batch, the attach jobs) is imported where first used, not with the window: the
# checklist's first paint waits for every module imported before it (issue 21).


class WorkspaceController(QObject):
    statusChanged = Signal(str)          # requirement id
    allChanged = Signal()
    checking = Signal(str, str)          # requirement id, file name
    notice = Signal(object, str)         # message (str or Said), level: info/warning/error
    previewReady = Signal(str, object)   # sha256, QImage or None
    refusalsChanged = Signal(str)        # requirement id: its refused files changed
    batchFinished = Signal(object)       # Batch: every file of a drop has been dealt with
    circularChanged = Signal()           # the workspace follows another circular: rebuild

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QObject | None = None, read_states: bool = True) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        use_item_labels(workspace.catalog)  # the window's messages name items as it does
        self.undo_stack = QUndoStack(self)
        self.read = Reading(workspace)  # what the views may read (they never write)
        self.edits = EditPath(self, self)  # every change to the workspace goes this one way
        self.edits.notice.connect(self.notice)
        self.edits.statusesArrived.connect(self.take_statuses)
        self.edits.circularArrived.connect(self._follow_circular)
        self.statuses: dict[str, RequirementStatus] = {}
        self.pending: dict[str, int] = {}
        self.previews: dict[str, QImage | None] = {}
        # Files an item refused, shown in its panel until the admin acts on them.
        self.refusals: dict[str, list[Refusal]] = {}
        # Per item, the number of its newest attach job: an older one that finishes later
        # stores nothing and its result is dropped (a quick second Replace wins).
        self._latest: dict[str, int] = {}
        self.closed = False
        # While a burst of files is being checked, results are shown together every few
        # frames rather than one redraw per file: the window stays fluid.
        self._shown_later = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(40)
        self._flush_timer.timeout.connect(self._flush)
        # Asked before every item's state was known (a drop in the first moments).
        self._when_known: list[Callable[[], object]] = []
        # Computed on a worker (a file whose check is not cached is read and checked
        # again): the list shows "checking…" until the states arrive. ``read_states``
        # False: the window asks once its checklist is on screen (read_states_once).
        self._states_asked = False
        if read_states:
            self.read_states_once()

    def read_states_once(self) -> None:
        """Read every item's state on a worker, unless asked already. The window asks
        once its list is painted: a worker reading them meanwhile (importing status/,
        checking files) would take turns with the window's thread and delay that paint."""
        if not self._states_asked:
            self._states_asked = True
            self.edits.read_states()

    @property
    def lang(self) -> str:
        """The window's language, as ui/i18n holds it: a switch changes it there alone."""
        return language()

    @property
    def catalog(self):
        return self.workspace.catalog

    # -- state ------------------------------------------------------------------------------

    @property
    def states_known(self) -> bool:
        return bool(self.statuses)

    def once_states_known(self, action: Callable[[], object]) -> None:
        """Run ``action`` now, or as soon as every item's state has arrived."""
        if self.states_known:
            action()
        else:
            self._when_known.append(action)

    def _run_waiting(self) -> None:
        waiting, self._when_known = self._when_known, []
        for action in waiting:
            action()

    def refresh_all(self) -> None:
        from lsp_desktop.status.requirements import workspace_status

        for status in workspace_status(self.workspace):
            self.statuses[status.requirement.id] = status
        self.allChanged.emit()

    def refresh(self, requirement_id: str) -> None:
        from lsp_desktop.status.requirements import requirement_status

        requirement = self.catalog.requirement(requirement_id)
        self.statuses[requirement_id] = requirement_status(self.workspace, requirement)
        self.statusChanged.emit(requirement_id)

    def take_statuses(self, statuses: list[RequirementStatus], final: bool = True) -> None:
        """Every item's state as a worker computed it after an edit; shown at once when no
        other edit waits, else with the next few (one redraw for a burst of files)."""
        self.statuses.update((status.requirement.id, status) for status in statuses)
        if final:
            self._flush()
        else:
            self._shown_later = True
            if not self._flush_timer.isActive():
                self._flush_timer.start()
        self._run_waiting()

    def _follow_circular(self, catalog: Catalog, statuses: list[RequirementStatus]) -> None:
        """The workspace follows another circular (switched, or the switch undone): its
        items are other ones, so the window is built again around this controller."""
        self.workspace.catalog = catalog
        use_item_labels(catalog)
        self.statuses = {status.requirement.id: status for status in statuses}
        self.refusals.clear()
        self.circularChanged.emit()
        self._run_waiting()

    def status(self, requirement_id: str) -> RequirementStatus:
        return self.statuses[requirement_id]

    def profile_filled(self) -> bool:
        profile = self.workspace.profile()
        return bool(profile.name and profile.lsp_type and profile.category)

    def progress(self) -> tuple[int, int]:
        if not self.statuses:  # the states not read yet: nothing counted (the header waits)
            return 0, 0
        from lsp_desktop.status.requirements import progress

        return progress(list(self.statuses.values()))

    def current_statuses(self) -> list[RequirementStatus]:
        """Every item's status, up to date, in catalogue order: what export needs, so that
        it does not compute them again."""
        return [self.statuses[r.id] for r in self.catalog.requirements]

    def is_checking(self, requirement_id: str) -> bool:
        """A file of the item is being checked, or its state has not arrived yet."""
        return requirement_id not in self.statuses or self.pending.get(requirement_id, 0) > 0

    # -- files ------------------------------------------------------------------------------

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

    # -- profile and links ------------------------------------------------------------------

    def set_profile(self, done: Callable[[object, BaseException | None], None] | None = None,
                    owner: QObject | None = None, **changes: object) -> None:
        """Without ``done``, a refusal is said on the status line; with it, ``done`` says."""
        def refused(result: object, error: BaseException | None) -> None:
            if error is not None:
                self.notice.emit(self.edits_failure(error), "error")
            if done is not None:
                done(result, error)

        from lsp_desktop.ui.jobs import data_jobs  # the data editors' jobs: not for the start

        self.edits.edit(Said("Change the profile"), data_jobs.set_profile, changes, done=refused,
                        owner=owner)

    def set_link(self, requirement_id: str, url: str) -> None:
        from lsp_desktop.ui.jobs import data_jobs

        requirement = self.catalog.requirement(requirement_id)
        self.edits.edit(Said("Change the link of {item}", item=Said.by(
            lambda: f"{requirement.point} {requirement.title(language())}")),
            data_jobs.set_link, requirement_id, url)

    # -- results from workers ---------------------------------------------------------------

    def run_in_background(self, func, *args, callback) -> None:
        """``func(*args)`` on a worker (with its own connection); ``callback(result, error)``
        back on this thread unless the workspace was closed meanwhile."""
        self.runner.submit(self, func, *args, done=callback)

    def close(self) -> None:
        """Stop taking results, let running jobs end, then close the database."""
        self.closed = True
        self._flush_timer.stop()
        self.runner.cancel_orphans()
        self.runner.wait()
        self.workspace.close()

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

    def edits_failure(self, error: BaseException) -> Said:
        return failure_words(error)

    def _flush(self) -> None:
        self._flush_timer.stop()
        self._shown_later = False
        self.allChanged.emit()


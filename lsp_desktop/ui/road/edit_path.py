"""The one road from the window to the workspace: every edit an admin makes (a file
attached or removed, a fix, a table cell, an import, a link, the profile…) is handed to
``EditPath.edit``, run on a worker (ui/jobs/edit_jobs.py) and, when it changed something,
pushed onto the one undo stack as an ``EditCommand`` named for the Edit menu.

Edits, undos and redos run one at a time, in the order asked: an undo asked while an
edit is still running waits for it, so Ctrl+Z always takes back the most recent edit,
and each step's rows (store/changes.py) are written back over exactly the state they
were read from.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from lsp_desktop.ui.i18n import Said, language
from lsp_desktop.ui.road.reading import Reading
from lsp_desktop.ui.road.undo_commands import RetoldCommand
from lsp_desktop.ui.tasks import TaskRunner, is_alive

if TYPE_CHECKING:
    from types import ModuleType

    from lsp_desktop.circulars.catalog import Catalog
    from lsp_desktop.store.changes import Change
    from lsp_desktop.ui.jobs.edit_jobs import Outcome

STATE_TRIES = 3  # readings of the states when a workspace opens, before giving up
STATE_RETRY_MS = 3000

Naming = Said | Callable[[object], Said]
Done = Callable[[object, BaseException | None], None]


def _jobs() -> ModuleType:
    """ui/jobs/edit_jobs.py, imported with the first job: it brings status/ and the store's
    change records, which the checklist's first paint does without (issue 21)."""
    from lsp_desktop.ui.jobs import edit_jobs

    return edit_jobs


def _status_job(*args: object) -> object:
    """ui/jobs/edit_jobs.status_job, whose module (with status/) is imported by the
    worker: the first reading comes just after the checklist's first paint, and the
    window's thread builds the item panel meanwhile."""
    return _jobs().status_job(*args)


class EditCommand(RetoldCommand):
    """One edit on the undo stack: the rows it changed, written back as they were (undo)
    or as it left them (redo). Pushed once the edit is done, so the first redo is skipped."""

    def __init__(self, path: EditPath, said: Said, change: Change) -> None:
        super().__init__(said)
        self.path, self.change = path, change
        self.fresh = True
        self.returning = False  # the stack goes back over a write that failed: no write

    def redo(self) -> None:
        if self.fresh or self.returning:
            self.fresh = self.returning = False
            return
        self.path.apply(self, undo=False)

    def undo(self) -> None:
        if self.returning:
            self.returning = False
            return
        self.path.apply(self, undo=True)


class Host(Protocol):
    """What the edit path needs of the window's controller (ui/road/controller.py)."""

    undo_stack: QUndoStack
    runner: TaskRunner
    read: Reading
    closed: bool

    @property
    def catalog(self) -> Catalog: ...

    @property
    def states_known(self) -> bool: ...


class EditPath(QObject):
    notice = Signal(object, str)         # what the status line says: Said, level
    statusesArrived = Signal(object, bool)  # every item's state after an edit; the last one?
    circularArrived = Signal(object, object)  # the catalogue now followed, with its states

    def __init__(self, controller: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.stack: QUndoStack = controller.undo_stack
        self._queue: deque[Callable[[], None]] = deque()
        self._running = False
        self._looping = False
        self._front = False  # an undo's write goes before what was asked after it
        self._state_failures = 0  # readings of the states that failed in a row
        # The latest change of the workspace this window has seen (its own edits included):
        # one it has not seen was made by another program.
        self._seen_change = controller.read.last_change()

    @property
    def busy(self) -> bool:
        return self._running or bool(self._queue)

    # -- asking -----------------------------------------------------------------------------

    def edit(self, said: Naming, func: Callable[..., object], *args: object,
             done: Done | None = None, owner: QObject | None = None,
             notice: Said | None = None) -> None:
        """Run ``func(workspace, *args)`` on a worker as one undoable step named ``said``
        (or ``said(result)``). ``done(result, error)`` is called after, while ``owner`` (if
        given) lives; without ``done`` a refusal is said on the status line. ``notice``: what
        the status line says when the edit went through."""
        self._enqueue(partial(self._start_edit, said, func, args, done, owner, notice))

    def undo(self) -> None:
        """Edit > Undo: after whatever is still running, the most recent step."""
        self._enqueue(self.stack.undo)

    def redo(self) -> None:
        self._enqueue(self.stack.redo)

    def read_states(self) -> None:
        """Every item's state read on a worker, in its turn (a workspace just opened, whose
        files may need checking again): an edit asked meanwhile runs after it, so the
        states shown last are always the newest."""
        self._enqueue(self._start_reading_states)

    def _start_reading_states(self) -> None:
        self._submit(_status_job, done=self._states_read)

    def apply(self, step: EditCommand, undo: bool) -> None:
        """Called by the stack as it moves: write the step's rows back on a worker."""
        self._enqueue(partial(self._start_apply, step, undo), front=self._front)

    # -- running, one at a time -------------------------------------------------------------

    def _enqueue(self, operation: Callable[[], None], front: bool = False) -> None:
        if front:
            self._queue.appendleft(operation)
        else:
            self._queue.append(operation)
        self._next()

    def _next(self) -> None:
        if self._looping:  # a job finished inside a start (ImmediatePool): the loop goes on
            return
        self._looping = True
        try:
            while not self._running and self._queue and not self.controller.closed:
                operation = self._queue.popleft()
                self._front = True
                try:
                    operation()
                finally:
                    self._front = False
        finally:
            self._looping = False

    def _submit(self, func: Callable[..., object], *args: object,
                done: Callable[[object, object], None]) -> None:
        self._running = True
        controller = self.controller
        controller.runner.submit(self, func, controller.read.path, controller.catalog, *args,
                                 done=partial(self._finished, done))

    def _finished(self, done: Callable[[object, object], None], result: object,
                  error: object) -> None:
        self._running = False
        if (latest := self.controller.read.last_change()) is not None:
            self._seen_change = latest  # ours, now seen
        try:
            done(result, error)
        finally:
            self._next()

    def check_outside_changes(self) -> None:
        """When the window is used again: changes another program made meanwhile (the
        command line, a second window) are read in, and the steps of Edit > Undo, which
        no longer match the workspace, are let go, said so."""
        if self.busy or self.controller.closed:
            return  # a step of ours is under way: asked again at the next activation
        latest = self.controller.read.last_change()
        if latest is None or latest == self._seen_change:
            return
        self._seen_change = latest
        self.stack.clear()
        self.notice.emit(Said("This workspace was changed by another program (the command "
                              "line, another window): what is shown is read again. Earlier "
                              "steps can no longer be undone."), "warning")
        self.read_states()

    def _start_edit(self, said: Naming, func: Callable[..., object], args: tuple,
                    done: Done | None, owner: QObject | None, notice: Said | None) -> None:
        self._submit(_jobs().edit_job, func, args, done=partial(
            self._edited, said, done, owner, notice))

    def _edited(self, said: Naming, done: Done | None, owner: QObject | None,
                notice: Said | None, outcome: object, error: object) -> None:
        result = None
        if isinstance(outcome, _jobs().Outcome):
            result = outcome.result
            self._take(outcome)
            if outcome.change:
                name = said if isinstance(said, Said) else said(result)
                self.stack.push(EditCommand(self, name, outcome.change))
            if notice is not None:
                self.notice.emit(notice, "info")
        failure = error if isinstance(error, BaseException) else None
        if done is not None:
            if owner is None or is_alive(owner):
                done(result, failure)
        elif failure is not None:
            self.notice.emit(failure_words(failure), "error")

    def _states_read(self, statuses: object, error: object) -> None:
        if isinstance(statuses, list):
            if self._state_failures:  # the line said they could not be read: no longer true
                self.notice.emit(Said("The items' states were read."), "info")
            self._state_failures = 0
            self.statusesArrived.emit(statuses, not self._queue)
        elif isinstance(error, BaseException):
            self._state_failures += 1
            reason = failure_words(error)
            if self.controller.states_known:  # the list still shows the last states read
                self.notice.emit(reason, "error")
            elif self._state_failures < STATE_TRIES:
                # Never "checking…" for ever: the workspace may be held for a moment by
                # another program (a sync folder, the command line); read again.
                self.notice.emit(Said("The items' states could not be read yet: {reason} "
                                      "Trying again…", reason=reason), "warning")
                QTimer.singleShot(STATE_RETRY_MS, self, self.read_states)
            else:
                self.notice.emit(Said("The items' states could not be read: {reason} Close "
                                      "the workspace and open it again (File > Open "
                                      "workspace…); nothing stored was changed.", reason=reason),
                                 "error")

    def _start_apply(self, step: EditCommand, undo: bool) -> None:
        self._submit(_jobs().apply_job, step.change, undo,
                     done=partial(self._applied, step, undo))

    def _applied(self, step: EditCommand, undo: bool, outcome: object, error: object) -> None:
        if isinstance(error, _jobs().NotWritten):
            self._return_over(step, undo)
            reason = failure_words(error.reason)
            self.notice.emit(
                Said("“{step}” was not undone; the workspace is as it was. {reason}",
                     step=step.said, reason=reason) if undo else
                Said("“{step}” was not redone; the workspace is as it was. {reason}",
                     step=step.said, reason=reason), "error")
            return
        if isinstance(error, BaseException):  # written, but the states after it not read
            self.notice.emit(failure_words(error), "error")
            self.read_states()
            return
        if isinstance(outcome, _jobs().Outcome):
            self._take(outcome)
        said = step.said
        self.notice.emit(Said("Undone: {step}", step=said) if undo else
                                    Said("Redone: {step}", step=said), "info")

    def _return_over(self, step: EditCommand, undo: bool) -> None:
        """The stack moved before the write was tried; the write failed (a full disk, a
        read-only workspace) and its transaction left the workspace as it was. So the
        stack goes back over the step without writing: Edit > Undo (or Redo) still offers
        it, and pressing it again once the cause is mended tries the same write."""
        step.returning = True
        if undo:
            self.stack.redo()
        else:
            self.stack.undo()
        step.returning = False

    def _take(self, outcome: Outcome) -> None:
        if outcome.catalog.id != self.controller.catalog.id:  # a circular switched (or back)
            self.circularArrived.emit(outcome.catalog, outcome.statuses)
        else:
            self.statusesArrived.emit(outcome.statuses, not self._queue)


def failure_words(error: BaseException) -> Said:
    from lsp_desktop.ui import unexpected

    said = unexpected.error_words(error)
    return Said.by(lambda: said(language()))

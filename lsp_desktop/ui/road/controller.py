"""The window's controller: it holds the open workspace and decides; views only build.

Checking and storing a dropped file happen on a worker thread with its own database
connection (the file may be a 15 MB scan); the window only reads the result back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from lsp_desktop.circulars.catalog import Catalog, use_item_labels
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.i18n import Said, language
from lsp_desktop.ui.road.attaching import AttachingFiles
from lsp_desktop.ui.road.edit_path import EditPath, failure_words
from lsp_desktop.ui.road.reading import Reading
from lsp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from lsp_desktop.status.requirements import RequirementStatus
    from lsp_desktop.ui.batch import Refusal

# What shows the list (the states, computed on a worker) is imported where first used,
# not with the window: the checklist's first paint waits for every module imported
# before it (issue 21). Its files' road is ui/road/attaching.py.


class WorkspaceController(AttachingFiles, QObject):
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

    def edits_failure(self, error: BaseException) -> Said:
        return failure_words(error)

    def _flush(self) -> None:
        self._flush_timer.stop()
        self._shown_later = False
        self.allChanged.emit()


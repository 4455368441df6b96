"""Work off the UI thread through one helper.

``runner.submit(owner, func, *args, done=owner.method)`` runs ``func(*args)`` on a thread
pool and calls ``done(result, error)`` on the main thread, but only while ``owner`` is
still alive (its C++ object exists) and not closed (``owner.closed`` is false): a panel
replaced, or a controller whose workspace was closed, never receives a late result.

A ``func`` that returns a generator is a job with progress: each ``(done, total)`` it
yields reaches ``progress(done, total)`` on the main thread, and ``task.cancel()`` stops
it between steps (closing the generator, so the core removes what it half wrote); a
cancelled job delivers ``done(None, None)``. Tests inject ``ImmediatePool`` so jobs run
at once, deterministically; the app passes a real ``QThreadPool``.
"""

from __future__ import annotations

import threading
import traceback
from collections import deque
from collections.abc import Callable, Generator
from typing import Any, Generic, TypeVar, overload

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QThreadPool,
    Signal,
    SignalInstance,
)

from lsp_desktop.base.progress import run_steps
from lsp_desktop.ui.main_thread_gc import collect_on_main_thread

R = TypeVar("R")
# What a job's ``done`` receives: its result (None if it failed or was cancelled) and the
# error it raised (None if it did not).
Done = Callable[[R | None, BaseException | None], None]
Progress = Callable[[int, int], None]


class Task(Generic[R]):
    """One submitted job: the caller keeps it to cancel it."""

    def __init__(self, owner: QObject, done: Done[R], progress: Progress | None) -> None:
        self.owner, self.done, self.progress = owner, done, progress
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


_ARRIVED = QEvent.Type(QEvent.registerEventType())


class _Relay(QObject):
    """Lives on the main thread. A worker puts what it has to say in ``inbox`` and posts
    an event (thread-safe) that wakes the main thread to read it.

    Only the event crosses threads through Qt; the results stay Python objects in a
    Python queue, so the binding never converts or reference-counts them on a worker. A
    deque: its append and popleft are thread-safe, and the queue module (with heapq) is
    not loaded for the start."""

    def __init__(self, parent: QObject, read) -> None:
        super().__init__(parent)
        self.inbox: deque[Any] = deque()
        self.read = read
        self.home = threading.get_ident()

    def post(self, *message: object) -> None:
        self.inbox.append(message)
        if threading.get_ident() == self.home:  # ImmediatePool: deliver at once, in order
            self.read()
            return
        try:
            QCoreApplication.postEvent(self, QEvent(_ARRIVED))
        except RuntimeError:
            # The application quit under a running job (a logout, not the window's close,
            # which waits for its jobs): nobody is left to tell, and no error to show.
            pass

    def customEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        self.read()


class _Job:
    def __init__(self, relay: _Relay, task: Task[Any], func: Callable[..., Any], args: tuple
                 ) -> None:
        self.relay, self.task, self.func, self.args = relay, task, func, args

    def run(self) -> None:
        result, error = None, None
        if not self.task.cancelled:  # an owner closed before the job began: skip the work
            try:
                result = self.func(*self.args)
                if isinstance(result, Generator):
                    result = self._iterate(result)
            except Exception as exc:  # delivered to the window, which words it for the user
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                result, error = None, exc
        self.relay.post("finished", self.task, result, error)

    def _iterate(self, steps: Generator) -> object:
        # Cancelled: the steps are closed, and the core's finally-blocks remove partial files.
        return run_steps(steps, lambda done, total: self.relay.post("stepped", self.task, done,
                                                                    total),
                         lambda: self.task.cancelled)


class ImmediatePool:
    """A pool that runs each job at once on the calling thread (for tests)."""

    def start(self, work: Callable[[], None]) -> None:
        work()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - Qt's name
        return True


_WINDOW_WAITS = threading.Event()


def window_waits_for_workers() -> bool:
    """The window's thread is blocked until the workers end: a worker must not wait for
    it then (it would wait for ever)."""
    return _WINDOW_WAITS.is_set()


def is_alive(owner: QObject) -> bool:
    """Still there to take a result: not deleted, not closed, and (for a window or panel
    that works on a controller) its controller not closed either."""
    if not shiboken6.isValid(owner) or getattr(owner, "closed", False):
        return False
    return not getattr(getattr(owner, "controller", None), "closed", False)


class TaskRunner(QObject):
    idle = Signal()  # no job is running or waiting to be delivered

    def __init__(self, pool: QThreadPool | ImmediatePool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        if not isinstance(self.pool, ImmediatePool):  # workers: Qt garbage freed here only
            collect_on_main_thread()
        self._relay = _Relay(self, self._read_inbox)
        self.tasks: set[Task[Any]] = set()

    @property
    def pending(self) -> int:
        return len(self.tasks)

    @property
    def runs_at_once(self) -> bool:
        """Jobs run on the calling thread (the tests' ImmediatePool), not on workers."""
        return isinstance(self.pool, ImmediatePool)

    @overload
    def submit(self, owner: QObject, func: Callable[..., Generator[tuple[int, int], Any, R]],
               *args: object, done: Done[R], progress: Progress | None = None,
               cancel: SignalInstance | None = None) -> Task[R]: ...

    @overload
    def submit(self, owner: QObject, func: Callable[..., R], *args: object, done: Done[R],
               progress: Progress | None = None, cancel: SignalInstance | None = None
               ) -> Task[R]: ...

    def submit(self, owner: QObject, func: Callable[..., Any], *args: object,
               done: Done[Any], progress: Progress | None = None,
               cancel: SignalInstance | None = None) -> Task[Any]:
        """Run ``func(*args)`` on a worker; ``done(result, error)`` reaches a live owner,
        typed over what ``func`` returns (for a generator job: what it finally returns).
        ``cancel`` (e.g. a progress dialog's ``canceled``) stops the job when emitted."""
        task: Task[Any] = Task(owner, done, progress)
        if cancel is not None:
            cancel.connect(task.cancel)
        self.tasks.add(task)
        # A plain callable, not a QRunnable subclass: no Python wrapper whose lifetime
        # Qt would have to track while the job runs.
        self.pool.start(_Job(self._relay, task, func, args).run)
        return task

    def cancel_orphans(self) -> None:
        """Cancel the jobs whose owner is gone or closed: their results would be dropped."""
        for task in list(self.tasks):
            if not is_alive(task.owner):
                task.cancel()

    def _read_inbox(self) -> None:
        while True:
            try:
                kind, task, first, second = self._relay.inbox.popleft()
            except IndexError:
                return
            (self._deliver if kind == "finished" else self._step)(task, first, second)

    def _step(self, task: Task[Any], done: int, total: int) -> None:
        if task.progress is not None and not task.cancelled and is_alive(task.owner):
            task.progress(done, total)

    def _deliver(self, task: Task[Any], result: object, error: BaseException | None) -> None:
        self.tasks.discard(task)
        try:
            if is_alive(task.owner):
                task.done(result, error)
        finally:
            if not self.tasks:
                self.idle.emit()

    def wait(self) -> None:
        """Block until the running jobs end (before a workspace closes under them)."""
        _WINDOW_WAITS.set()  # a job that waits for the window's thread gives up meanwhile
        try:
            self.pool.waitForDone(-1)
        finally:
            _WINDOW_WAITS.clear()

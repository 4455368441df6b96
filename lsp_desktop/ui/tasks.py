"""Work off the UI thread through one helper.

``TaskRunner.run(job_id, func, *args)`` runs ``func`` on a thread pool and delivers
``finished(job_id, result, error)`` on the main thread. Tests inject ``ImmediatePool``
so jobs run at once, deterministically, without sleeps.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the main thread; a queued signal carries the result home."""

    done = Signal(object, object, object)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, job_id: object, func: Callable, args: tuple) -> None:
        super().__init__()
        self.relay, self.job_id, self.func, self.args = relay, job_id, func, args

    def run(self) -> None:
        try:
            result, error = self.func(*self.args), None
        except Exception as exc:  # delivered to the window, which words it for the user
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            result, error = None, exc
        self.relay.done.emit(self.job_id, result, error)


class ImmediatePool:
    """A pool that runs each job at once on the calling thread (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - Qt's name
        return True


class TaskRunner(QObject):
    finished = Signal(object, object, object)  # job id, result, error

    def __init__(self, pool: QThreadPool | ImmediatePool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self.pending = 0

    def run(self, job_id: object, func: Callable, *args: object) -> None:
        self.pending += 1
        self.pool.start(_Job(self._relay, job_id, func, args))

    @Slot(object, object, object)
    def _deliver(self, job_id: object, result: object, error: object) -> None:
        self.pending -= 1
        self.finished.emit(job_id, result, error)

    def wait(self) -> None:
        self.pool.waitForDone(-1)

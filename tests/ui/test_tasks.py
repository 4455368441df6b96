"""The task runner on its own: results reach live owners only, on the main thread, and
thousands of jobs leave the interpreter sound."""

import sys
import threading

import pytest
from PySide6.QtCore import QObject, QThreadPool

from lsp_desktop.ui.tasks import ImmediatePool, TaskRunner


class Owner(QObject):
    def __init__(self):
        super().__init__()
        self.results, self.threads, self.steps = [], set(), []

    def done(self, result, error):
        self.results.append((result, error))
        self.threads.add(threading.get_ident())

    def step(self, done, total):
        self.steps.append((done, total))


def counting(n):
    for i in range(n):
        yield i + 1, n
    return "finished"


@pytest.fixture(params=["immediate", "threads"])
def runner(request, qapp):
    runner = TaskRunner(ImmediatePool() if request.param == "immediate" else QThreadPool())
    yield runner
    runner.wait()


def test_results_and_progress_come_home_on_the_main_thread(runner, qtbot):
    owner = Owner()
    runner.submit(owner, pow, 2, 10, done=owner.done)
    runner.submit(owner, counting, 3, done=owner.done, progress=owner.step)
    runner.submit(owner, int, "not a number", done=owner.done)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert (1024, None) in owner.results and ("finished", None) in owner.results
    assert any(isinstance(error, ValueError) for _, error in owner.results)
    assert owner.steps == [(1, 3), (2, 3), (3, 3)]
    assert owner.threads == {threading.get_ident()}


def test_a_deleted_or_closed_owner_receives_nothing(runner, qtbot):
    import shiboken6

    gone, closed, received = Owner(), Owner(), []
    closed.closed = True
    shiboken6.delete(gone)  # a panel replaced while its job ran
    runner.submit(gone, pow, 2, 3, done=lambda r, e: received.append(r))
    runner.submit(closed, pow, 2, 4, done=lambda r, e: received.append(r))
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert received == []


def test_a_cancelled_generator_job_stops_and_cleans_up(runner, qtbot):
    owner, cleaned, submitted = Owner(), [], {}

    def steps():
        try:
            for i in range(1000):
                yield i, 1000
                if i == 0:
                    submitted["ready"].wait(10)  # hold until Cancel was pressed
        finally:
            cleaned.append(True)

    def cancel(done, total):
        owner.cancel.emit()
        submitted["ready"].set()

    class Canceller(Owner):
        from PySide6.QtCore import Signal

        cancel = Signal()

    owner = Canceller()
    submitted["ready"] = threading.Event()
    runner.submit(owner, steps, done=owner.done, progress=cancel, cancel=owner.cancel)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert cleaned == [True]
    assert owner.results == [(None, None)]


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter():
    # PySide 6.12.0 on Python 3.11 dropped a reference to None on every call of a Qt
    # method returning nothing; a long session aborted ("deallocating None"). The guard
    # in lsp_desktop/ui/__init__.py keeps None, True and False alive as Python 3.12 does.
    import subprocess

    script = ("import lsp_desktop.ui\n"
              "from PySide6.QtCore import QObject\n"
              "o = QObject()\n"
              "for i in range(300_000):\n"
              "    o.setObjectName('x')\n"
              "    o.blockSignals(bool(i % 2))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]


class _Cycle:
    """Garbage only the cycle collector frees; it notes the thread that freed it."""

    freed_on: list[int] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        _Cycle.freed_on.append(threading.get_ident())


def _garbage_on_a_worker(count: int) -> int:
    # Cycles outlive their last reference: the collector's count stays past its threshold
    # until a collection, which must not happen here.
    for _ in range(count):
        _Cycle()
    return count


def test_garbage_is_collected_on_the_window_thread_never_on_a_worker(qapp, qtbot):
    """A replaced panel's widgets freed by the collector on a worker crashed Qt (seen as a
    segmentation fault in test_lifetimes): with a real pool, collection runs on the
    window's thread only."""
    import gc

    runner = TaskRunner(QThreadPool())
    assert not gc.isenabled()
    gc.collect()
    _Cycle.freed_on.clear()
    count = 3 * gc.get_threshold()[0]
    owner = Owner()
    runner.submit(owner, _garbage_on_a_worker, count, done=owner.done)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert owner.results == [(count, None)]
    # The window thread's timer finds the count past its threshold and collects them all.
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) == count, timeout=5000)
    assert set(_Cycle.freed_on) == {threading.get_ident()}
    runner.wait()


def test_a_job_ending_after_its_runner_is_gone_says_nothing(qapp, capfd):
    """The application quitting under a running job (a logout) once made the worker print
    a RuntimeError and the unexpected-error line as it finished."""
    import shiboken6

    pool, started, release = QThreadPool(), threading.Event(), threading.Event()
    runner = TaskRunner(pool)

    def slow():
        started.set()
        release.wait(10)
        return "late"

    runner.submit(QObject(), slow, done=lambda result, error: None)
    assert started.wait(10)
    shiboken6.delete(runner)  # its relay with it, as at the application's end
    release.set()
    assert pool.waitForDone(10_000)
    captured = capfd.readouterr()
    assert "RuntimeError" not in captured.err + captured.out
    assert "Traceback" not in captured.err + captured.out

"""Long work as steps: a generator that yields ``(done, total)`` between pieces of work
and returns its result (the bundle export, a fix, an import). A window shows the
progress and cancels by not asking for the next step; a command line prints it; a test
that does not care runs it to the end. All of them drive it with :func:`run_steps`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TypeVar, overload

T = TypeVar("T")
Steps = Generator[tuple[int, int], None, T]


@overload
def run_steps(steps: Steps[T], progress: Callable[[int, int], None] | None = None) -> T: ...


@overload
def run_steps(steps: Steps[T], progress: Callable[[int, int], None] | None,
              cancelled: Callable[[], bool]) -> T | None: ...


def run_steps(steps: Steps[T], progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> T | None:
    """Drive ``steps`` to their end and return the result, reporting each step to
    ``progress`` if given. When ``cancelled()`` says so before a step, the steps are
    closed (their finally-blocks remove partial files) and None is returned."""
    while True:
        if cancelled is not None and cancelled():
            steps.close()
            return None
        try:
            done, total = next(steps)
        except StopIteration as stop:
            return stop.value
        if progress is not None:
            progress(done, total)

"""What a fix hands back, and how its step-by-step form is run to the end.

Long fixes are generators, like the bundle export: they yield ``(done, total)`` between
pages or pictures and return their :class:`FixResult`. A window shows the progress and
cancels by simply not asking for the next step (``steps.close()``); a command line or a
test that does not care calls :func:`run_steps`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
Steps = Generator[tuple[int, int], None, T]


@dataclass(frozen=True)
class FixResult:
    """The fixed file and what a window or command line shows about it."""

    data: bytes
    kind: str  # "pdf", "jpeg" or "png": what ``data`` is
    before_bytes: int
    after_bytes: int
    pages: int  # 1 for a picture
    # The lowest effective resolution of any picture in the result (pixels per inch as
    # displayed on the page); None when there is no picture or no page size (a photo).
    min_dpi_after: float | None
    fits: bool  # after_bytes < the size limit that was asked for
    changed: bool  # False: ``data`` is the input, byte for byte
    # Pixel size of a picture result (width, height); None for a PDF.
    pixels: tuple[int, int] | None = None
    # True when a turned picture was also compressed to fit the limit (it is said).
    shrunk: bool = False


def run_steps(steps: Steps[T], progress: Callable[[int, int], None] | None = None) -> T:
    """Drive a fix to its end and return its result, reporting each step if asked."""
    while True:
        try:
            done, total = next(steps)
        except StopIteration as stop:
            return stop.value
        if progress is not None:
            progress(done, total)

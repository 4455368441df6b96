"""What a fix hands back.

Long fixes are steps (:mod:`lsp_desktop.base.progress`), like the bundle export: they yield
``(done, total)`` between pages or pictures and return their :class:`FixResult`.
"""

from __future__ import annotations

from dataclasses import dataclass

from lsp_desktop.base.progress import Steps, run_steps

__all__ = ["FixResult", "Steps", "run_steps"]


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

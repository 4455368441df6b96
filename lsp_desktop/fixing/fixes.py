"""The registry of fixes the app offers for the commonest problems: photos where a PDF
is asked for (one document photographed as several pages), a picture too large for the
2 MB rule, and a scanned PDF over the limit. Each is a :class:`Fix`: when it is offered,
its steps, and its result's name; the window, the 2.11 panel and the command line all
choose and run fixes here. The work is done by the fix engine (compress_pdf, pictures,
assemble)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lsp_desktop.checks.guard import SCAN_READ_LIMIT, Refused, read_user_file
from lsp_desktop.checks.size import LIMIT_BYTES
from lsp_desktop.fixing.compress_pdf import MIN_DPI
from lsp_desktop.fixing.result import FixResult, Steps, run_steps

MAX_PAGES = 30
PICTURES = ("jpeg", "png", "webp")
# A scan to compress: as large as the checks read one (a 300 dpi colour scan, 5-60 MB).
FIX_READ_LIMIT = SCAN_READ_LIMIT


@dataclass(frozen=True)
class Fix:
    """One kind of fix.

    ``offered(requirement, kinds, sizes)``: whether it mends these files (their sniffed
    formats and sizes) for this item. ``steps(files, max_bytes, min_dpi)``: the fix as
    ``(done, total)`` steps returning a :class:`FixResult`."""

    kind: str
    offered: Callable[[Any, list[str], list[int]], bool]
    steps: Callable[[list[bytes], int, float], Steps[FixResult]]

    @staticmethod
    def result_name(name: str, result_kind: str) -> str:
        """The original's name with the extension of what the fix made."""
        return fixed_name(name, result_kind)


def _photos_offered(requirement, kinds: list[str], sizes: list[int]) -> bool:
    return requirement.formats == ("pdf",) and all(k in PICTURES for k in kinds)


def _over_limit(requirement, kinds: list[str], sizes: list[int]) -> bool:
    """One file of a format the item takes, over its limit."""
    limit = requirement.max_bytes_decimal
    return len(kinds) == 1 and bool(limit) and sizes[0] >= limit \
        and kinds[0] in requirement.formats


def _photos_steps(files: list[bytes], max_bytes: int, min_dpi: float) -> Steps[FixResult]:
    from lsp_desktop.fixing.assemble import combine_steps

    return (yield from combine_steps(files, max_bytes=max_bytes, min_dpi=min_dpi))


def _fit_steps(files: list[bytes], max_bytes: int, min_dpi: float) -> Steps[FixResult]:
    """Compress or shrink: the one place that picks a fix's PDF or picture version, by
    what the file is (never by its name)."""
    from lsp_desktop.checks.formats import HEAD_BYTES, sniff
    from lsp_desktop.fixing.compress_pdf import compress_pdf_steps
    from lsp_desktop.fixing.pictures import compress_image

    kind = sniff(files[0][:HEAD_BYTES], len(files[0]))
    if kind == "pdf":
        return (yield from compress_pdf_steps(files[0], max_bytes, min_dpi))
    yield 0, 1
    return compress_image(files[0], "png" if kind == "png" else "jpeg", max_bytes)


# In the order they are considered: the first offered is the one proposed.
FIXES: dict[str, Fix] = {fix.kind: fix for fix in (
    Fix("pdf", _photos_offered, _photos_steps),
    Fix("compress", lambda r, k, s: _over_limit(r, k, s) and k[0] == "pdf", _fit_steps),
    Fix("shrink", lambda r, k, s: _over_limit(r, k, s) and k[0] in PICTURES, _fit_steps),
)}


def fit_kind(fmt: str) -> str:
    """The fix that makes a file of format ``fmt`` fit: "compress" a PDF, "shrink" a
    picture."""
    return "compress" if fmt == "pdf" else "shrink"


def fix_steps(kind: str, files: list[bytes], max_bytes: int = LIMIT_BYTES,
              min_dpi: float = MIN_DPI) -> Steps[FixResult]:
    """The fix ``kind`` (an :func:`offer_for` answer) as steps over the files' bytes."""
    return (yield from FIXES[kind].steps(files, max_bytes, min_dpi))


def offer_for(requirement, paths: list) -> str | None:
    """Which fix fits these files for this item: "pdf" (photos where a PDF is asked),
    "shrink" (one picture over the limit where a picture is asked), "compress" (one PDF
    over the limit), or None."""
    if requirement.form != "file" or not paths or len(paths) > MAX_PAGES:
        return None
    sniffed = _kinds_and_sizes(paths)
    if sniffed is None:
        return None
    kinds, sizes = sniffed
    return next((fix.kind for fix in FIXES.values() if fix.offered(requirement, kinds, sizes)),
                None)


def combines(requirement, paths: list) -> bool:
    """Whether several files, PDFs and photos, become the one PDF a one-file item asks for
    with the "pdf" fix (its pages one after another, as Gabungkan does)."""
    if requirement.form != "file" or requirement.formats != ("pdf",) or \
            not 1 < len(paths) <= MAX_PAGES:
        return False
    sniffed = _kinds_and_sizes(paths)
    return sniffed is not None and all(k == "pdf" or k in PICTURES for k in sniffed[0])


def _kinds_and_sizes(paths: list) -> tuple[list[str], list[int]] | None:
    """Each file's sniffed format and size, read through the gate; None if one cannot be
    read (the attach that follows says why)."""
    from lsp_desktop.checks.formats import HEAD_BYTES, sniff
    from lsp_desktop.checks.guard import open_regular

    kinds, sizes = [], []
    for path in paths:
        try:
            with open_regular(path) as (handle, size):
                head = handle.read(HEAD_BYTES)
        except (OSError, Refused):
            return None
        kinds.append(sniff(head, size))
        sizes.append(size)
    return kinds, sizes


def apply_fix(kind: str, paths: list, progress=None) -> tuple[str, bytes]:
    """The file to attach instead: its name and bytes. LspError when it cannot fit. The
    originals are read through the same gate as every user's file (regular, within size)."""
    from pathlib import Path

    from lsp_desktop.checks.guard import stat_regular
    from lsp_desktop.fixing.assemble import refuse_too_large_together

    first = Path(paths[0])
    if kind == "pdf" and len(paths) > 1:  # refused before a byte is read
        refuse_too_large_together([stat_regular(Path(p)).st_size for p in paths])
    files = [read_user_file(Path(p), FIX_READ_LIMIT) for p in paths]
    result = run_steps(fix_steps(kind, files), progress)
    return FIXES[kind].result_name(first.name, result.kind), result.data


def fixed_name(name: str, kind: str) -> str:
    """The original's name with the extension of what the fix made."""
    from pathlib import PurePath

    extension = {"pdf": ".pdf", "png": ".png"}.get(kind, ".jpg")
    return f"{PurePath(name).stem}{extension}"

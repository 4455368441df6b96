"""Fixes the app offers for the commonest problems: photos where a PDF is asked for (one
document photographed as several pages), pictures too large for the 2 MB rule, and a
scanned PDF over the limit. The work is done by the fix-it engine (compress_pdf,
pictures, assemble); this module only decides which fix fits and names the result."""

from __future__ import annotations

from lsp_desktop.checks.guard import SCAN_READ_LIMIT, Refused, read_user_file
from lsp_desktop.fixing.outcome import FixResult, Steps, run_steps

MAX_PAGES = 30
PICTURES = ("jpeg", "png", "webp")
# A scan to compress: as large as the checks read one (a 300 dpi colour scan, 5-60 MB).
FIX_READ_LIMIT = SCAN_READ_LIMIT


def fix_steps(kind: str, files: list[bytes]) -> Steps[FixResult]:
    """The fix ``kind`` (an :func:`offer_for` answer) as steps over the files' bytes."""
    from lsp_desktop.checks.formats import sniff
    from lsp_desktop.fixing.assemble import combine_steps
    from lsp_desktop.fixing.compress_pdf import compress_pdf_steps
    from lsp_desktop.fixing.pictures import compress_image

    if kind == "pdf":
        return (yield from combine_steps(files))
    if sniff(files[0][:65536], len(files[0])) == "pdf":
        return (yield from compress_pdf_steps(files[0]))
    fmt = "png" if sniff(files[0][:65536], len(files[0])) == "png" else "jpeg"
    yield 0, 1
    return compress_image(files[0], fmt)


def offer_for(requirement, paths: list) -> str | None:
    """Which fix fits these files for this item: "pdf" (photos where a PDF is asked),
    "shrink" (one picture over the limit where a picture is asked), "compress" (one PDF
    over the limit), or None."""
    from lsp_desktop.checks.formats import HEAD_BYTES, sniff

    if requirement.form != "file" or not paths or len(paths) > MAX_PAGES:
        return None
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
    if requirement.formats == ("pdf",) and all(k in PICTURES for k in kinds):
        return "pdf"
    over = bool(requirement.max_bytes_decimal) and sizes[0] >= requirement.max_bytes_decimal
    if len(paths) != 1 or not over or kinds[0] not in requirement.formats:
        return None
    return "compress" if kinds[0] == "pdf" else "shrink" if kinds[0] in PICTURES else None


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
    return fixed_name(first.name, result.kind), result.data


def fixed_name(name: str, kind: str) -> str:
    """The original's name with the extension of what the fix made."""
    from pathlib import PurePath

    extension = {"pdf": ".pdf", "png": ".png"}.get(kind, ".jpg")
    return f"{PurePath(name).stem}{extension}"

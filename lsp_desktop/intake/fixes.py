"""Fixes the app offers for the commonest problems: photos where a PDF is asked for (one
document photographed as several pages), and pictures too large for the 2 MB rule."""

from __future__ import annotations

import io

from lsp_desktop.checks.guard import FIX_MAX_PIXELS, Refused, check_pixels, read_user_file
from lsp_desktop.checks.image import pillow
from lsp_desktop.errors import LspError

# A4 at 150 dpi: sharp enough to read a scanned letter, small enough for 2 MB.
A4_AT_150_DPI = (1240, 1754)
TARGET_BYTES = 1_900_000  # under both readings of "2 MB", with room to spare
MAX_PAGES = 30
# A photo to shrink is a few times the 2 MB rule, never this.
FIX_READ_LIMIT = 40 * 1024 * 1024
# Tried in order until the result fits: (JPEG quality, share of the A4 size).
STEPS = ((85, 1.0), (75, 1.0), (65, 0.85), (55, 0.75), (45, 0.65), (40, 0.5))


def _pages(images: list[bytes], scale: float):
    Image = pillow()  # noqa: N806 - the module's usual name
    from PIL import ImageOps

    box = (int(A4_AT_150_DPI[0] * scale), int(A4_AT_150_DPI[1] * scale))
    pages = []
    for data in images:
        with Image.open(io.BytesIO(data)) as original:
            # A JPEG decodes straight at the reduced size: a 50 Mpx photo costs little.
            original.draft("RGB", box)
            page = ImageOps.exif_transpose(original).convert("RGB")
        # Landscape photos keep their shape: the box turns with them.
        page.thumbnail(box if page.height >= page.width else box[::-1])
        pages.append(page)
    return pages


def images_to_pdf(images: list[bytes], limit: int = TARGET_BYTES) -> bytes:
    """One PDF, a page per picture in the order given, under ``limit`` bytes."""
    if not images:
        raise LspError("fix.no_images")
    for data in images:
        check_pixels(data, FIX_MAX_PIXELS)
    try:
        for quality, scale in STEPS:
            pages = _pages(images, scale)
            buffer = io.BytesIO()
            pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:],
                          resolution=150 * scale, quality=quality)
            if buffer.tell() <= limit:
                return buffer.getvalue()
    except (OSError, ValueError, SyntaxError, _bomb_error()) as exc:
        raise LspError("fix.failed", reason=type(exc).__name__) from None
    raise LspError("fix.too_many_pages", count=len(images))


def shrink_image(data: bytes, fmt: str, limit: int = TARGET_BYTES) -> bytes:
    """The same picture, re-saved smaller (as JPEG, or PNG for a PNG) until it fits."""
    Image = pillow()  # noqa: N806
    from PIL import ImageOps

    check_pixels(data, FIX_MAX_PIXELS)
    try:
        with Image.open(io.BytesIO(data)) as original:
            original.draft(original.mode, (3000, 3000))  # JPEG: decode at reduced size
            picture = ImageOps.exif_transpose(original)
            picture.load()
        # Reduced once: each try below copies a 3000-pixel picture, not the original.
        picture.thumbnail((3000, 3000))
        for quality, scale in ((90, 1.0), *STEPS):
            copy = picture.copy()
            longest = int(3000 * scale)
            copy.thumbnail((longest, longest))
            buffer = io.BytesIO()
            if fmt == "png":
                copy.save(buffer, "PNG", optimize=True)
            else:
                copy.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True)
            if buffer.tell() <= limit:
                return buffer.getvalue()
    except (OSError, ValueError, SyntaxError, _bomb_error()) as exc:
        raise LspError("fix.failed", reason=type(exc).__name__) from None
    raise LspError("fix.failed", reason="too large")


def _bomb_error() -> type[Exception]:
    """Pillow's own bomb error, the second line behind :func:`check_pixels`."""
    return pillow().DecompressionBombError


def offer_for(requirement, paths: list) -> str | None:
    """Which fix fits these files for this item: "pdf" (photos where a PDF is asked),
    "shrink" (one picture over the limit where a picture is asked), or None."""
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
    if requirement.formats == ("pdf",) and all(k in ("jpeg", "png") for k in kinds):
        return "pdf"
    if len(paths) == 1 and kinds[0] in requirement.formats and kinds[0] in ("jpeg", "png") \
            and requirement.max_bytes_decimal and sizes[0] > requirement.max_bytes_decimal:
        return "shrink"
    return None


def apply_fix(kind: str, paths: list) -> tuple[str, bytes]:
    """The file to attach instead: its name and bytes. The originals are read through
    the same gate as every user's file: regular files only, within the size limit."""
    from pathlib import Path

    first = Path(paths[0])
    if kind == "pdf":
        return f"{first.stem}.pdf", images_to_pdf([read_user_file(Path(p), FIX_READ_LIMIT)
                                                   for p in paths])
    fmt = "png" if first.suffix.lower() == ".png" else "jpeg"
    name = first.name if fmt == "png" else f"{first.stem}.jpg"
    return name, shrink_image(read_user_file(first, FIX_READ_LIMIT), fmt)


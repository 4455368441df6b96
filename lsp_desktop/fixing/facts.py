"""What a before/after comparison says about a file: pages, and how sharp it is (the
lowest effective dpi of a PDF's pictures, or a picture's pixel size)."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from lsp_desktop.checks.formats import HEAD_BYTES, sniff


@dataclass(frozen=True)
class FileFacts:
    size: int
    pages: int | None = None  # a PDF's (a picture has none to speak of)
    lowest_dpi: float | None = None  # a PDF with pictures
    pixels: tuple[int, int] | None = None  # a picture (upright, as viewers show it)
    files: int = 1  # several: the inputs of a combine, taken together


def file_facts(data: bytes) -> FileFacts:
    """Never raises: what cannot be read is left out (the fix itself says why)."""
    kind = sniff(data[:HEAD_BYTES], len(data))
    try:
        if kind == "pdf":
            return _pdf_facts(data)
        if kind in ("jpeg", "png", "webp"):
            return FileFacts(len(data), None, None, _picture_pixels(data))
    except Exception:  # noqa: BLE001 - facts are a courtesy; the fix reports real faults
        pass
    return FileFacts(len(data))


def _pdf_facts(data: bytes) -> FileFacts:
    from lsp_desktop.fixing.pdf_pictures import survey
    from lsp_desktop.fixing.pdf_source import open_pdf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = open_pdf(data)
        _, lowest = survey(reader)
        return FileFacts(len(data), len(reader.pages), lowest)


def _picture_pixels(data: bytes) -> tuple[int, int]:
    from lsp_desktop.checks.image import pillow

    with pillow().open(io.BytesIO(data)) as image:  # the header only: nothing decoded
        width, height = image.size
        turned = image.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    return (height, width) if turned else (width, height)


def combined_facts(parts: list[FileFacts]) -> FileFacts:
    """Several files taken together (the inputs of a combine): total size, the pages they
    make (a picture makes one), the lowest resolution of any."""
    dpis = [p.lowest_dpi for p in parts if p.lowest_dpi]
    if len(parts) == 1:
        return parts[0]
    pages = sum(p.pages or (1 if p.pixels else 0) for p in parts)  # a picture: one page
    return FileFacts(sum(p.size for p in parts), pages or None, min(dpis, default=None),
                     files=len(parts))

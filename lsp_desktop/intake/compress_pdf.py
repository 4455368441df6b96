"""Compress to fit: a PDF over the size limit made to fit by re-encoding its pictures.

Only image XObjects are replaced (in place, under the same object numbers), so text,
vector drawings, fonts, page order, page sizes and rotations stay exactly as they were;
pages are never turned into pictures. Pictures are decoded one at a time: a first pass
keeps a sample of each, the budget search (:mod:`budget`) works on the samples, and a
second pass encodes each picture once with the chosen resolution and quality. The
written file is then measured; should the estimate have been too hopeful, the budget is
lowered by the excess and the second pass runs again.
"""

from __future__ import annotations

import io
import warnings

from lsp_desktop.checks.image import pillow
from lsp_desktop.errors import LspError
from lsp_desktop.intake import codecs
from lsp_desktop.intake.budget import choose
from lsp_desktop.intake.outcome import FixResult, Steps, run_steps
from lsp_desktop.intake.pdf_pictures import (
    Picture,
    decode,
    estimate,
    prepare,
    refuse_unsafe_pictures,
    scale_for,
    survey,
)
from lsp_desktop.intake.pdf_source import damaged, open_pdf, pdf_faults

MAX_BYTES = 2_000_000
# Legibility floor: 150 dpi keeps a scanned letter's small print readable.
MIN_DPI = 150
# Aim the estimate this far under the limit: room for estimation error, still using
# most of the budget (the issue asks for at least half of it).
FILL = 0.93
_ATTEMPTS = 3


def compress_pdf_steps(data: bytes, max_bytes: int = MAX_BYTES, min_dpi: float = MIN_DPI
                       ) -> Steps[FixResult]:
    """Yield ``(done, total)`` per picture; return the PDF made smaller than
    ``max_bytes`` (unchanged, the same bytes, if it already is). LspError
    ``fix.pdf_encrypted``, ``fix.pdf_damaged`` or ``fix.pdf_cannot_fit``."""
    reader = open_pdf(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return (yield from _compress(reader, data, max_bytes, min_dpi))
    except LspError:
        raise
    except pdf_faults() as exc:
        raise damaged(exc) from None
    except MemoryError:  # past every guard still: said, never a crash
        raise LspError("fix.pdf_too_costly") from None


def compress_pdf(data: bytes, max_bytes: int = MAX_BYTES, min_dpi: float = MIN_DPI,
                 progress=None) -> FixResult:
    """:func:`compress_pdf_steps` run to the end."""
    return run_steps(compress_pdf_steps(data, max_bytes, min_dpi), progress)


def _compress(reader, data: bytes, max_bytes: int, min_dpi: float):
    from pypdf import PdfWriter

    pages = len(reader.pages)
    if len(data) < max_bytes:
        _, lowest = survey(reader)
        return FixResult(data, "pdf", len(data), len(data), pages, lowest, True, False)
    writer = PdfWriter(clone_from=reader)
    return (yield from _compress_writer(writer, len(data), max_bytes, min_dpi))


def compress_writer_steps(writer, size_before: int, max_bytes: int = MAX_BYTES,
                          min_dpi: float = MIN_DPI) -> Steps[FixResult]:
    """:func:`compress_pdf_steps` on a PDF being written (a combine's), compressed in
    place: no second copy of it is parsed and cloned (three times less memory)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return (yield from _compress_writer(writer, size_before, max_bytes, min_dpi))
    except LspError:
        raise
    except pdf_faults() as exc:
        raise damaged(exc) from None
    except MemoryError:
        raise LspError("fix.pdf_too_costly") from None


def _compress_writer(writer, size_before: int, max_bytes: int, min_dpi: float):
    pages = len(writer.pages)
    pictures, lowest_before = survey(writer)
    refuse_unsafe_pictures(pictures, writer)
    total = 2 * len(pictures) + 1
    for done, picture in enumerate(pictures):
        prepare(picture, writer.get_object(picture.idnum))
        yield done + 1, total
    fixed = size_before - sum(p.original_bytes for p in pictures)
    budget = int(max_bytes * FILL) - fixed
    top = max((p.dpi for p in pictures if not p.bilevel), default=0.0)
    for _ in range(_ATTEMPTS):
        plan = choose(lambda dpi, q: sum(estimate(p, dpi, q) for p in pictures),
                      budget, top, min_dpi)
        if plan is None:
            raise LspError("fix.pdf_cannot_fit", limit_decimal=max_bytes, min_dpi=int(min_dpi))
        for done, picture in enumerate(pictures):
            _replace(writer, picture, plan.dpi, plan.quality)
            yield len(pictures) + done + 1, total
        buffer = io.BytesIO()
        writer.write(buffer)
        if buffer.tell() < max_bytes:
            after = [p.dpi * scale_for(p, plan.dpi) for p in pictures] or (
                [lowest_before] if lowest_before else [])
            yield total, total
            return FixResult(buffer.getvalue(), "pdf", size_before, buffer.tell(), pages,
                             min(after, default=None), True, True)
        budget -= int((buffer.tell() - max_bytes * FILL) * 1.1)
    raise LspError("fix.pdf_cannot_fit", limit_decimal=max_bytes, min_dpi=int(min_dpi))


def _replace(writer, picture: Picture, dpi: float | None, quality: int) -> None:
    """Re-encode one picture and put it in place of the original object."""
    if picture.bilevel:
        if picture.replacement is not None:
            _swap(writer, picture, picture.replacement)
            picture.replacement = None  # swapped in once; the object now holds it
        return
    stream = _original(writer, picture)
    scale = scale_for(picture, dpi)
    width, height = picture.pixels
    target = (max(1, round(width * scale)), max(1, round(height * scale)))
    image = decode(stream, target if scale < 1.0 else None)
    if picture.grey and image.mode == "RGB":
        image = image.convert("L")
    if image.size != target:
        image = image.resize(target, pillow().Resampling.LANCZOS, reducing_gap=2.0)
    new = codecs.image_stream(image, quality=quality, colorspace=picture.colorspace)
    if scale == 1.0 and len(new._data) >= picture.original_bytes:
        return  # the original is smaller: keep it
    _keep_extras(stream, new)
    _swap(writer, picture, new)


def _original(writer, picture: Picture):
    """The picture's original stream, even after an earlier attempt replaced it."""
    if picture.original is None:
        picture.original = writer.get_object(picture.idnum)
    return picture.original


def _keep_extras(old, new) -> None:
    from pypdf.generic import NameObject

    for key in ("/SMask", "/Intent", "/Interpolate", "/OC", "/Metadata"):
        if key in old:
            new[NameObject(key)] = old.raw_get(key)


def _swap(writer, picture: Picture, new) -> None:
    _original(writer, picture)  # remember the original before it is replaced
    writer._replace_object(picture.idnum, new)  # pypdf has no public way to swap in place

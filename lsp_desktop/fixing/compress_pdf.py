"""Compress to fit: a PDF over the size limit made to fit by re-encoding its pictures.

Only image XObjects are replaced (in place, under the same object numbers), so text,
vector drawings, fonts, page order, page sizes and rotations stay exactly as they were;
pages are never turned into pictures. Each picture is decoded once: a first pass keeps
a sample of each, and its decoding (whole, else at half size) while memory allows; the
budget search (:mod:`budget`) works on the samples, and a second pass shrinks and
encodes each picture once with the chosen resolution and quality, from the kept
decoding (a picture decoded again only when none was kept). The written file is then
measured; should the estimate have been too hopeful, the budget is lowered by the
excess and the second pass runs again.
"""

from __future__ import annotations

import io
import os
import warnings
from typing import TYPE_CHECKING

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.size import LIMIT_BYTES
from lsp_desktop.fixing import codecs
from lsp_desktop.fixing.budget import choose
from lsp_desktop.fixing.pdf_pictures import (
    KEEP_FULL,
    KEEP_HALF,
    KEEP_NONE,
    OPTIMIZE_HUFFMAN,
    Picture,
    decode,
    estimate,
    picture_cost,
    prepare,
    refuse_unsafe_pictures,
    resized,
    scale_for,
    survey,
)
from lsp_desktop.fixing.pdf_source import damaged, open_pdf, pdf_faults
from lsp_desktop.fixing.result import FixResult, Steps, run_steps

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

MAX_BYTES = LIMIT_BYTES
# Legibility floor: 150 dpi keeps a scanned letter's small print readable.
MIN_DPI = 150
# Aim the estimate this far under the limit: room for estimation error (the strips
# have overstated a whole scan's bytes by 2-5 %), still using most of the budget (the
# issue asks for at least half of it). Should a file come out over, the budget is
# lowered by the excess and the pictures encoded again.
FILL = 0.96
_ATTEMPTS = 3
# Decoded pictures held at once, at most this many bytes: those kept from the first pass
# for the second (a second decode of a scan costs as much as its resize and encode) and
# those being decoded. Within the decoding budget, so that the peak stays under the
# 300 MB the fixes are held to (benchmarks/fixes.py).
HELD_DECODED_BYTES = 200 * 1024 * 1024
# Pictures decoded and encoded at once: Pillow lets go of Python's lock while it decodes,
# resizes and encodes, so a second core halves a many-page scan's time. Two at most, and
# only when two decodings together stay within half of one picture's decoding budget
# (an A4 page at 300 dpi in colour is 35 MB decoded): the peak stays under 300 MB.
_WORKERS = 2


def compress_pdf_steps(data: bytes, max_bytes: int = MAX_BYTES, min_dpi: float = MIN_DPI
                       ) -> Steps[FixResult]:
    """Yield ``(done, total)`` per picture; return the PDF made smaller than
    ``max_bytes`` (unchanged, the same bytes, if it already is). LspError
    ``fix.pdf_encrypted``, ``fix.pdf_damaged`` or ``fix.pdf_cannot_fit``."""
    reader = open_pdf(data)
    return (yield from _said(_compress(reader, data, max_bytes, min_dpi)))


def _said(steps: Steps[FixResult]) -> Steps[FixResult]:
    """``steps`` with pypdf's warnings silenced and its faults said in plain words."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return (yield from steps)
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
    return (yield from _said(_compress_writer(writer, size_before, max_bytes, min_dpi)))


def _compress_writer(writer, size_before: int, max_bytes: int, min_dpi: float):
    pictures, lowest_before = survey(writer)
    refuse_unsafe_pictures(pictures, writer)
    costs = [picture_cost(writer.get_object(p.idnum), p.pixels) for p in pictures]
    pool = _pool(costs)
    try:
        return (yield from _fit(writer, pictures, costs, pool, size_before, max_bytes,
                                min_dpi, lowest_before))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _fit(writer, pictures: list[Picture], costs: list[int], pool, size_before: int,
         max_bytes: int, min_dpi: float, lowest_before: float | None):
    pages = len(writer.pages)
    total = 2 * len(pictures) + 1
    for done, _ in enumerate(_run_each(_prepare_jobs(writer, pictures, costs, pool), pool)):
        yield done + 1, total
    fixed = size_before - sum(p.original_bytes for p in pictures)
    budget = int(max_bytes * FILL) - fixed
    top = max((p.dpi for p in pictures if not p.bilevel), default=0.0)
    for _ in range(_ATTEMPTS):
        plan = choose(lambda dpi, q: sum(_each(pool, estimate, pictures, dpi, q)),
                      budget, top, min_dpi)
        if plan is None:
            raise LspError("fix.pdf_cannot_fit", limit_decimal=max_bytes, min_dpi=int(min_dpi))
        jobs = [(_reencoded, picture, _original(writer, picture), plan.dpi, plan.quality)
                for picture in pictures]
        for done, (picture, new) in enumerate(_run_each(jobs, pool)):
            if new is not None:
                _swap(writer, picture, new)
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


def _prepare_jobs(writer, pictures: list[Picture], costs: list[int], pool) -> list[tuple]:
    """The first pass's jobs: each picture decoded and sampled, its decoding kept (whole,
    else at half size) while the kept ones and those being decoded together fit in
    :data:`HELD_DECODED_BYTES`."""
    workers = _WORKERS if pool is not None else 1
    room = HELD_DECODED_BYTES - workers * max(costs, default=0)
    jobs = []
    for picture, cost in zip(pictures, costs, strict=True):
        keep = KEEP_NONE
        if not picture.bilevel and cost <= room:
            keep, room = KEEP_FULL, room - cost
        elif not picture.bilevel and cost // 4 <= room:
            keep, room = KEEP_HALF, room - cost // 4
        jobs.append((prepare, picture, writer.get_object(picture.idnum), keep))
    return jobs


def _pool(costs: list[int]) -> ThreadPoolExecutor | None:
    """Threads for the pictures' work, or None to do it on this thread."""
    from lsp_desktop.checks.decoding import DECODE_BUDGET

    if len(costs) < 2 or (os.cpu_count() or 1) < 2 or 4 * max(costs) > DECODE_BUDGET:
        return None
    from concurrent.futures import ThreadPoolExecutor  # imported when used: a tenth of a start

    return ThreadPoolExecutor(max_workers=_WORKERS)


def _each(pool: ThreadPoolExecutor | None, func, pictures: list[Picture], *args) -> list:
    """``func(picture, *args)`` of every picture, in order."""
    if pool is None:
        return [func(picture, *args) for picture in pictures]
    return list(pool.map(lambda picture: func(picture, *args), pictures))


def _run_each(jobs: list[tuple], pool: ThreadPoolExecutor | None):
    """Yield ``(picture, result)`` of each ``(func, picture, *args)`` as it finishes;
    the pictures' pypdf objects are touched only by the caller. A cancelled fix (the
    generator closed) leaves the jobs not yet started to the pool's shutdown."""
    if pool is None:
        for func, picture, *args in jobs:
            yield picture, func(picture, *args)
        return
    from concurrent.futures import as_completed

    futures = {pool.submit(func, picture, *args): picture for func, picture, *args in jobs}
    for future in as_completed(futures):
        yield futures[future], future.result()


def _reencoded(picture: Picture, stream, dpi: float | None, quality: int):
    """One picture's new stream, or None to keep what the object holds. Runs on a
    worker: reads ``stream`` (the original), writes nothing into the PDF."""
    if picture.bilevel:
        new, picture.replacement = picture.replacement, None  # swapped in once
        return new
    scale = scale_for(picture, dpi)
    width, height = picture.pixels
    target = (max(1, round(width * scale)), max(1, round(height * scale)))
    # A kept decoding is used once, so the memory goes as it is used; without one, the
    # picture is decoded again (at a reduced scale by libjpeg when halved or more).
    image, half = picture.decoded, picture.half
    if image is None and half is not None and half.width >= target[0] \
            and half.height >= target[1]:
        image = half
    picture.decoded = picture.half = None
    if image is None:
        image = decode(stream, target if scale < 1.0 else None)
    if picture.grey and image.mode == "RGB":
        image = image.convert("L")
    if image.size != target:
        image = resized(image, target)
    new = codecs.image_stream(image, quality=quality, colorspace=picture.colorspace,
                              optimize=OPTIMIZE_HUFFMAN)
    if scale == 1.0 and len(new._data) >= picture.original_bytes:
        return None  # the original is smaller: keep it
    _keep_extras(stream, new)
    return new


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

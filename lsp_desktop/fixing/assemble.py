"""Pages from pictures and PDFs: convert pictures to a PDF, combine files into one PDF,
turn PDF pages.

A picture becomes a page of its own: on A4 (turned to landscape for a wide picture,
fitted inside and centred) or at its own size (its dpi tag when it has a sensible one,
else 150 dpi). A JPEG is embedded as it is, without re-encoding; other pictures go in
losslessly (Flate, or CCITT G4 for black and white) with their transparency as a soft
mask. Whatever is then over the limit is compressed to fit like any PDF.
"""

from __future__ import annotations

import io
import warnings

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.formats import HEAD_BYTES, sniff
from lsp_desktop.checks.guard import pixel_count
from lsp_desktop.checks.pdf import MAX_PAGES
from lsp_desktop.fixing import codecs
from lsp_desktop.fixing.compress_pdf import (
    MAX_BYTES,
    MIN_DPI,
    compress_pdf_steps,
    compress_writer_steps,
)
from lsp_desktop.fixing.pdf_source import damaged, open_pdf, pdf_faults
from lsp_desktop.fixing.pictures import has_exif_turn, open_upright, picture_format
from lsp_desktop.fixing.result import FixResult, Steps, run_steps

A4_POINTS = (595.28, 841.89)
# Files combined into one PDF, together: about four times this is held at the peak, and
# it keeps a combine under 500 MB (a PDF alone may be read up to SCAN_READ_LIMIT).
COMBINE_MAX_BYTES = 100_000_000
OWN_SIZE_DEFAULT_DPI = 150
PAGE_SIZES = ("a4", "own")


def combine_steps(files: list[bytes], page_size: str = "a4", max_bytes: int = MAX_BYTES,
                  min_dpi: float = MIN_DPI) -> Steps[FixResult]:
    """One PDF of ``files`` (PDFs and pictures, in the order given), compressed to fit
    when it is over ``max_bytes``. Yields ``(done, total)`` per file, then per picture
    of the compression. LspError ``fix.no_files``, ``fix.heic_unsupported``,
    ``fix.not_a_picture``, ``fix.pdf_encrypted``, ``fix.pdf_damaged``, …; one about a
    file carries ``part`` (its place, from 1) so that a caller can name it."""
    from pypdf import PdfWriter

    if not files:
        raise LspError("fix.no_files")
    if page_size not in PAGE_SIZES:
        raise ValueError(page_size)
    refuse_too_large_together([len(data) for data in files])
    writer = PdfWriter()
    for done, data in enumerate(files):
        try:
            _add_file(writer, data, page_size)
        except LspError as error:
            error.values.setdefault("part", done + 1)
            raise
        if len(writer.pages) > MAX_PAGES:  # each part is within it; together they are not
            raise LspError("fix.combined_too_many_pages", limit=MAX_PAGES)
        yield done + 1, len(files)
    buffer = io.BytesIO()
    writer.write(buffer)
    before = sum(len(f) for f in files)
    if buffer.tell() < max_bytes:  # fits as it is: the pages' own pictures kept
        pages = len(writer.pages)
        del writer
        result = yield from compress_pdf_steps(buffer.getvalue(), max_bytes, min_dpi)
        return FixResult(result.data, "pdf", before, result.after_bytes, pages,
                         result.min_dpi_after, result.fits, True)
    size = buffer.tell()
    del buffer  # compressed in place: the combined copy is never parsed again
    result = yield from compress_writer_steps(writer, size, max_bytes, min_dpi)
    return FixResult(result.data, "pdf", before, result.after_bytes, result.pages,
                     result.min_dpi_after, result.fits, True)


def refuse_too_large_together(sizes: list[int]) -> None:
    """LspError ``fix.combine_too_large`` for files that together pass COMBINE_MAX_BYTES:
    combining holds them, the combined copy and the compressed one at once (three 72 MB
    scans took 1.2 GB). Asked before they are read where the sizes are known first."""
    if sum(sizes) > COMBINE_MAX_BYTES:
        raise LspError("fix.combine_too_large", size=sum(sizes),
                       limit_binary=COMBINE_MAX_BYTES)


def _add_file(writer, data: bytes, page_size: str) -> None:
    """A PDF's pages, or a picture as a page, at the end of ``writer``."""
    if sniff(data[:HEAD_BYTES], len(data)) != "pdf":
        _add_picture_page(writer, data, page_size)
        return
    reader = open_pdf(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            writer.append(reader)
    except pdf_faults() as exc:
        raise damaged(exc) from None


def combine(files: list[bytes], page_size: str = "a4", max_bytes: int = MAX_BYTES,
            min_dpi: float = MIN_DPI, progress=None) -> FixResult:
    return run_steps(combine_steps(files, page_size, max_bytes, min_dpi), progress)


def to_pdf_steps(pictures: list[bytes], page_size: str = "a4", max_bytes: int = MAX_BYTES,
                 min_dpi: float = MIN_DPI) -> Steps[FixResult]:
    """JPEG/PNG/WEBP pictures as one PDF, a page each (HEIC refused plainly)."""
    if not pictures:
        raise LspError("fix.no_images")
    for place, data in enumerate(pictures, start=1):
        try:
            picture_format(data)  # refuse a PDF or HEIC here before any work
        except LspError as error:
            error.values.setdefault("part", place)
            raise
    return (yield from combine_steps(pictures, page_size, max_bytes, min_dpi))


def to_pdf(pictures: list[bytes], page_size: str = "a4", max_bytes: int = MAX_BYTES,
           min_dpi: float = MIN_DPI, progress=None) -> FixResult:
    return run_steps(to_pdf_steps(pictures, page_size, max_bytes, min_dpi), progress)


def _add_picture_page(writer, data: bytes, page_size: str) -> None:
    from pypdf.generic import DictionaryObject, NameObject

    kind = picture_format(data)
    image, _ = open_upright(data)
    stream = _picture_stream(writer, data, kind, image)
    page_w, page_h = _page_box(image, page_size)
    # Fit inside the page keeping the picture's shape, centred.
    scale = min(page_w / image.width, page_h / image.height)
    width, height = image.width * scale, image.height * scale
    left, bottom = (page_w - width) / 2, (page_h - height) / 2
    page = writer.add_blank_page(page_w, page_h)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
        {NameObject("/Im0"): writer._add_object(stream)})})
    drawing = f"q {width:.4f} 0 0 {height:.4f} {left:.4f} {bottom:.4f} cm /Im0 Do Q"
    page[NameObject("/Contents")] = writer._add_object(codecs.zlib_stream(drawing.encode()))


def _page_box(image, page_size: str) -> tuple[float, float]:
    if page_size == "a4":
        wide = image.width > image.height
        return (A4_POINTS[1], A4_POINTS[0]) if wide else A4_POINTS
    dpi = image.info.get("dpi", (0, 0))[0] or 0
    dpi = float(dpi) if 100 <= float(dpi) <= 1200 else OWN_SIZE_DEFAULT_DPI
    return image.width * 72 / dpi, image.height * 72 / dpi


def _picture_stream(writer, data: bytes, kind: str, image):
    from pypdf.generic import NameObject, NumberObject

    # A photo decoded at reduced scale (past 50 Mpx) is not the file's own picture.
    if kind == "jpeg" and image.mode in ("RGB", "L") and not has_exif_turn(data) \
            and pixel_count(data) == image.width * image.height:
        return codecs.jpeg_passthrough_stream(data, image)
    alpha = None
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        alpha = rgba.getchannel("A")
        image = rgba.convert("RGB")
    elif image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    lossless = kind != "jpeg"  # a JPEG turned by EXIF is re-encoded at high quality
    stream = codecs.image_stream(image, quality=92, lossless=lossless)
    if alpha is not None and alpha.getextrema() != (255, 255):
        mask = codecs.image_stream(alpha, lossless=True)
        mask[NameObject("/ColorSpace")] = NameObject("/DeviceGray")
        mask[NameObject("/BitsPerComponent")] = NumberObject(8)
        stream[NameObject("/SMask")] = writer._add_object(mask)
    return stream


def rotate_pdf(data: bytes, angle: int, pages: list[int] | None = None) -> FixResult:
    """Turn the given pages (0-based; all when None) by ``angle`` degrees clockwise via
    the page's /Rotate entry: nothing is re-encoded, nothing is lost. LspError
    ``fix.bad_angle``, ``fix.bad_page``, ``fix.pdf_encrypted``, ``fix.pdf_damaged``."""
    from pypdf import PdfWriter

    if angle % 90:
        raise LspError("fix.bad_angle", angle=angle)
    reader = open_pdf(data)
    count = len(reader.pages)
    chosen = range(count) if pages is None else pages
    for index in chosen:
        if not 0 <= index < count:
            raise LspError("fix.bad_page", page=index + 1, pages=count)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            writer = PdfWriter(clone_from=reader)
            for index in chosen:
                page = writer.pages[index]
                # Kept within 0-270: some readers take /Rotate 360 as an error.
                page.rotation = (page.rotation + angle) % 360
            buffer = io.BytesIO()
            writer.write(buffer)
    except pdf_faults() as exc:
        raise damaged(exc) from None
    output = buffer.getvalue()
    return FixResult(output, "pdf", len(data), len(output), count, None,
                     len(output) < MAX_BYTES, True)

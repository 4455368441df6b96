"""Previews of attached files: a thumbnail of a picture or of PDF pages, and the first
page as a viewer shows it at 100%.

Runs on a worker thread, so only QImage (never QPixmap) is made here.
"""

from __future__ import annotations

import io
import threading
import warnings

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    QSizeF,
    Qt,
    QThread,
)
from PySide6.QtGui import QImage, QPainter

from lsp_desktop.checks.guard import PREVIEW_MAX_PIXELS
from lsp_desktop.ui.widgets.pdf_drawing import pdf_drawing

PREVIEW_SIZE = QSize(220, 220)
# A page shown at 100% is drawn no larger than this (a poster-sized page would be
# hundreds of megabytes at screen resolution); past it, it is drawn smaller.
ACTUAL_MAX_PIXELS = 24_000_000
# Qt keeps PDFium behind one process-wide mutex, and a QPdfDocument call waiting for it
# keeps Python's GIL meanwhile. Where pages are drawn in place (on the window's thread,
# or on a worker when no window installed widgets/pdf_drawing.py) this lock takes that
# wait instead, letting go of the GIL: PDFium is asked by one caller at a time.
PDFIUM_TURN = threading.Lock()


def render_preview(data: bytes, fmt: str) -> QImage | None:
    if fmt == "pdf":
        return _pdf_first_page(data)
    if fmt in ("jpeg", "png"):
        return _picture(data)
    return None


def render_actual(data: bytes, fmt: str, dpi: float, ratio: float = 1.0, page: int = 0
                  ) -> QImage | None:
    """Page ``page`` (the first unless told) as a viewer shows it at 100%: a PDF page at
    ``dpi`` logical pixels per inch, a picture one pixel per device pixel. ``ratio`` is the
    screen's device pixel ratio: the image carries it, so it is drawn sharp on a scaled
    (HiDPI) screen."""
    image: QImage | None
    if fmt == "pdf":
        pages = _pdf_pages(data, lambda size: size * (dpi * ratio / 72.0), 1, page)
        image = pages[0] if pages else None
    elif fmt in ("jpeg", "png"):
        image = _picture(data, None)
    else:
        return None
    if image is not None:
        image.setDevicePixelRatio(ratio)
    return image


def render_pages(data: bytes, fmt: str, size: QSize, limit: int) -> list[QImage | None]:
    """Thumbnails of the first ``limit`` pages (one for a picture), each within ``size``."""
    if fmt == "pdf":
        return _pdf_pages(data, lambda page: page.toSize().scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio).toSizeF(), limit)
    return [_picture(data, size)]


def _picture(data: bytes, within: QSize | None = PREVIEW_SIZE) -> QImage | None:
    """Fitted ``within`` a size, or whole (``None``: at most ACTUAL_MAX_PIXELS).

    Decoded by Pillow, never by Qt: Qt's libpng prints "libpng error" to the console
    for a damaged PNG, and a file whose check found it damaged is still attached (so the
    admin sees what to fix). A picture Pillow cannot decode whole has no preview."""
    from lsp_desktop.checks.decoding import too_costly
    from lsp_desktop.checks.image import pillow

    Image = pillow()  # noqa: N806 - the module's usual name
    from PIL import ImageOps

    box = (within.width(), within.height()) if within is not None else (6000, 4000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # odd EXIF tags: nothing the admin can act on
            with Image.open(io.BytesIO(data)) as image:
                # The header's size, before decoding: a few-kilobyte PNG may claim gigapixels.
                if image.width * image.height > PREVIEW_MAX_PIXELS or too_costly(
                        image, 8 if within is not None and image.format == "JPEG" else 1):
                    return None  # too_costly: a progressive JPEG's coefficients, say
                if within is not None:
                    side = 2 * max(box)
                    image.draft("RGB", (side, side))  # a JPEG is decoded at a reduced scale
                upright = ImageOps.exif_transpose(image)  # as viewers show it
                if within is not None or upright.width * upright.height > ACTUAL_MAX_PIXELS:
                    upright.thumbnail(box)
                rgba = upright.convert("RGBA")
    except Exception:  # noqa: BLE001 - any decoder failure on a damaged file: no preview
        return None
    raw = rgba.tobytes()
    picture = QImage(raw, rgba.width, rgba.height, 4 * rgba.width,
                     QImage.Format.Format_RGBA8888)
    return picture.copy()  # owns its pixels: ``raw`` goes away with this function


def _pdf_first_page(data: bytes) -> QImage | None:
    pages = _pdf_pages(data, lambda page: page.toSize().scaled(
        PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio).toSizeF(), 1)
    return pages[0] if pages else None


def _pdf_pages(data: bytes, target_for, limit: int, first: int = 0) -> list[QImage | None]:
    """Pages from ``first`` rendered at the size ``target_for(point size)`` says, on white
    paper. On a worker, the window's thread has Qt's render thread draw them
    (widgets/pdf_drawing.py): a worker drawing itself keeps the GIL all the while."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:  # the Qt PDF module is optional at run time
        return []
    drawing = pdf_drawing()
    app = QCoreApplication.instance()
    if drawing is not None and app is not None and QThread.currentThread() != app.thread():
        drawn = drawing.pages(data, lambda page: _capped(target_for(page)), limit, first)
        return [_on_paper(image) for image in drawn]
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    with PDFIUM_TURN:
        document = QPdfDocument()
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            return []
        images = [_page(document, index, target_for)
                  for index in range(first, min(first + limit, document.pageCount()))]
        document.close()
        del document  # destroyed here, in PDFium's turn
    return images


def _capped(target: QSizeF) -> QSizeF:
    """No larger than ACTUAL_MAX_PIXELS: a poster-sized page is drawn smaller."""
    area = target.width() * target.height()
    return target * (ACTUAL_MAX_PIXELS / area) ** 0.5 if area > ACTUAL_MAX_PIXELS else target


def _page(document, index: int, target_for) -> QImage | None:
    page = document.pagePointSize(index)
    if page.width() <= 0 or page.height() <= 0:
        return None
    target = _capped(target_for(page))
    return _on_paper(document.render(index, target.toSize().expandedTo(QSize(1, 1))))


def _on_paper(rendered: QImage | None) -> QImage | None:
    """PDFium leaves the page transparent; paper is white."""
    if rendered is None or rendered.isNull():
        return None
    page_image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page_image.fill(Qt.GlobalColor.white)
    painter = QPainter(page_image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page_image

"""Previews of attached files: a thumbnail of a picture, the first page of a PDF.

Runs on a worker thread, so only QImage (never QPixmap) is made here.
"""

from __future__ import annotations

import io
import warnings

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from lsp_desktop.checks.guard import PREVIEW_MAX_PIXELS

PREVIEW_SIZE = QSize(220, 220)


def render_preview(data: bytes, fmt: str) -> QImage | None:
    if fmt == "pdf":
        return _pdf_first_page(data)
    if fmt in ("jpeg", "png"):
        return _picture(data)
    return None


def _picture(data: bytes) -> QImage | None:
    """Decoded by Pillow, never by Qt: Qt's libpng prints "libpng error" to the console
    for a damaged PNG, and a file whose check found it damaged is still attached (so the
    admin sees what to fix). A picture Pillow cannot decode whole has no preview."""
    from lsp_desktop.checks.image import pillow

    Image = pillow()  # noqa: N806 - the module's usual name
    from PIL import ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # odd EXIF tags: nothing the admin can act on
            with Image.open(io.BytesIO(data)) as image:
                # The header's size, before decoding: a few-kilobyte PNG may claim gigapixels.
                if image.width * image.height > PREVIEW_MAX_PIXELS:
                    return None
                side = 2 * max(PREVIEW_SIZE.width(), PREVIEW_SIZE.height())
                image.draft("RGB", (side, side))  # a JPEG is decoded at a reduced scale
                upright = ImageOps.exif_transpose(image)  # as viewers show it
                upright.thumbnail((PREVIEW_SIZE.width(), PREVIEW_SIZE.height()))
                rgba = upright.convert("RGBA")
    except Exception:  # noqa: BLE001 - any decoder failure on a damaged file: no preview
        return None
    raw = rgba.tobytes()
    picture = QImage(raw, rgba.width, rgba.height, 4 * rgba.width,
                     QImage.Format.Format_RGBA8888)
    return picture.copy()  # owns its pixels: ``raw`` goes away with this function


def _pdf_first_page(data: bytes) -> QImage | None:
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:  # the Qt PDF module is optional at run time
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None
    page = document.pagePointSize(0)
    if page.width() <= 0 or page.height() <= 0:
        return None
    target = page.toSize().scaled(PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio)
    rendered = document.render(0, target)
    document.close()
    if rendered.isNull():
        return None
    # PDFium leaves the page transparent; paper is white.
    page_image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page_image.fill(Qt.GlobalColor.white)
    painter = QPainter(page_image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page_image

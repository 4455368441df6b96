"""Previews of attached files: a thumbnail of a picture, the first page of a PDF.

Runs on a worker thread, so only QImage (never QPixmap) is made here.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

from lsp_desktop.checks.guard import PREVIEW_MAX_PIXELS

PREVIEW_SIZE = QSize(220, 220)


def render_preview(data: bytes, fmt: str) -> QImage | None:
    if fmt == "pdf":
        return _pdf_first_page(data)
    if fmt in ("jpeg", "png"):
        return _picture(data)
    return None


def _picture(data: bytes) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # show it as viewers do, EXIF rotation applied
    size = reader.size()
    # The header's size, before decoding: a few-kilobyte PNG may claim gigapixels.
    if not size.isValid() or size.width() * size.height() > PREVIEW_MAX_PIXELS:
        return None
    if size.isValid():
        reader.setScaledSize(size.scaled(PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


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

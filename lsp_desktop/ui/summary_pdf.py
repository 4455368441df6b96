"""Render the bundle's HTML summary to PDF with Qt (QTextDocument and QPdfWriter).

The core hands HTML to this renderer rather than importing Qt, so the window and the
command line write the same ``ringkasan.pdf``.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_app_for_cli = None


def _ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; the command line gets an offscreen one."""
    global _app_for_cli
    if QGuiApplication.instance() is None:
        _app_for_cli = QGuiApplication(["lsp-desktop", "-platform", "offscreen"])


def render_summary_pdf(html: str) -> bytes:
    _ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    document = QTextDocument()
    document.setHtml(html)
    # The summary's own <title> names its circular, whichever catalogue made it.
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("LSP Desktop")
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())

"""A PDF page drawn for a preview on a worker: PDFium draws it on Qt's own thread, so the
window never waits for Python's GIL while a scan's page is drawn (it froze for 60-120 ms a
page), and the page looks exactly as when drawn directly. How long the window froze is
measured by benchmarks/ui.py, never here."""

import threading

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtPdf import QPdfDocument

from lsp_desktop.ui.tasks import TaskRunner
from lsp_desktop.ui.widgets.pdf_drawing import install_pdf_drawing
from lsp_desktop.ui.widgets.preview import render_actual, render_preview
from tests.support.scans import scan_pdf


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.images = []

    def done(self, image, error):
        assert error is None
        self.images.append(image)


def _threads_calling(monkeypatch, method: str) -> list:
    """The threads that call QPdfDocument's ``method`` from now on."""
    threads, original = [], getattr(QPdfDocument, method)

    def record(document, *args):
        threads.append(threading.current_thread())
        return original(document, *args)

    monkeypatch.setattr(QPdfDocument, method, record)
    return threads


def test_a_page_drawn_on_a_worker_is_the_page_drawn_directly_without_the_gil(
        qapp, qtbot, monkeypatch):
    scan = scan_pdf(100, ("RGB", "L"))
    direct = render_actual(scan, "pdf", 96.0)  # on the window's thread: drawn in place
    callers = _threads_calling(monkeypatch, "render")
    loaded_on = _threads_calling(monkeypatch, "load")
    install_pdf_drawing()  # as the window does
    runner, pages, thumbnails = TaskRunner(QThreadPool()), Receiver(), Receiver()
    # Several at once: they take PDFium's turn one after another, none waits inside Qt.
    for _ in range(3):
        runner.submit(pages, render_actual, scan, "pdf", 96.0, done=pages.done)
    runner.submit(thumbnails, render_preview, scan, "pdf", done=thumbnails.done)
    qtbot.waitUntil(lambda: runner.pending == 0)
    runner.wait()
    assert len(pages.images) == 3 and all(image == direct for image in pages.images)
    assert direct.width() == round(8.27 * 96)
    [thumbnail] = thumbnails.images
    assert not thumbnail.isNull() and max(thumbnail.width(), thumbnail.height()) == 220
    assert callers == []  # no worker called QPdfDocument.render, which keeps the GIL
    # No worker touched QtPdf at all: a signal connected on a worker could deadlock with
    # the window's thread (widgets/pdf_drawing.py); the window's thread opened each one.
    assert loaded_on and set(loaded_on) == {threading.main_thread()}

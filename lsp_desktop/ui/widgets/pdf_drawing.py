"""PDF pages drawn for a worker by the window's thread, which asks Qt's render thread.

A worker drawing a page itself keeps Python's GIL for the whole drawing (60 ms and more
for a scan), and the window waits that long. Qt's QPdfPageRenderer draws on a thread of
its own without the GIL, but it speaks only through signals, and connecting a signal on
a worker could deadlock the app: the worker held the GIL while waiting for one of Qt's
connection locks, which the window's thread held while it waited for the GIL (PySide
lets go of the GIL inside a disconnect, then takes it back for a virtual call; seen as
a frozen test run). So a worker hands its document to ``PdfDrawing``, which lives on the
window's thread, connects there, and hands the pages back; the worker waits on a Python
event, without the GIL and without any Qt lock.

One document is drawn at a time, and the window's thread calls QtPdf only while the
render thread is idle: a QtPdf call waiting for PDFium's own lock keeps the GIL.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QSize,
    QSizeF,
    QTimer,
)
from PySide6.QtGui import QImage

from lsp_desktop.ui import tasks

_WAKE = QEvent.Type(QEvent.registerEventType())
_WAIT_STEP_S = 0.05
_GIVE_UP_S = 60.0  # a page PDFium cannot finish: the worker shows no preview

_installed: list[PdfDrawing] = []


class _Request:
    def __init__(self, data: bytes, target_for: Callable[[QSizeF], QSizeF], limit: int,
                 first: int) -> None:
        self.data, self.target_for, self.limit, self.first = data, target_for, limit, first
        self.pages: list[QImage | None] = []
        self.done = threading.Event()
        self.abandoned = False


class PdfDrawing(QObject):
    """Lives on the window's thread for the application's lifetime."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._queue: deque[_Request] = deque()
        self._current: _Request | None = None
        # QtPdf is imported with the first document (the start does not need it).
        self._renderer: Any = None
        self._document: Any = None
        self._buffer: QBuffer | None = None
        self._wanted: list[tuple[int, QSize]] = []

    # -- asked by a worker ----------------------------------------------------------------

    def pages(self, data: bytes, target_for: Callable[[QSizeF], QSizeF], limit: int,
              first: int) -> list[QImage | None]:
        """Pages from ``first`` drawn at ``target_for(point size)``, transparent; from a
        worker, which waits (letting go of the GIL) until they are drawn."""
        request = _Request(data, target_for, limit, first)
        self._queue.append(request)
        QCoreApplication.postEvent(self, QEvent(_WAKE))
        waited = 0.0
        while not request.done.wait(_WAIT_STEP_S):
            waited += _WAIT_STEP_S
            # The window's thread waiting for the workers (a workspace closing) cannot
            # draw: never wait for it then.
            if tasks.window_waits_for_workers() or waited > _GIVE_UP_S:
                request.abandoned = True
                return []
        return request.pages

    # -- on the window's thread -----------------------------------------------------------

    def customEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        self._next()

    def _next(self) -> None:
        if self._renderer is not None or self._document is not None:
            return  # the last document is being closed; then the next
        while self._current is None and self._queue:
            request = self._queue.popleft()
            if request.abandoned:
                continue
            self._current = request
            self._open(request)

    def _open(self, request: _Request) -> None:
        from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer

        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(request.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document = QPdfDocument()
        self._document.load(self._buffer)
        if self._document.status() != QPdfDocument.Status.Ready:
            self._finish()
            return
        count = self._document.pageCount()
        self._wanted = []
        for index in range(request.first, min(request.first + request.limit, count)):
            size = self._document.pagePointSize(index)
            if size.width() <= 0 or size.height() <= 0:
                self._wanted.append((index, QSize()))
            else:
                target = request.target_for(size)
                self._wanted.append((index, target.toSize().expandedTo(QSize(1, 1))))
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(self._document)
        self._renderer.pageRendered.connect(self._drawn)
        self._ask_next_page()

    def _ask_next_page(self) -> None:
        request = self._current
        assert request is not None and self._renderer is not None
        while len(request.pages) < len(self._wanted):
            index, size = self._wanted[len(request.pages)]
            if not size.isEmpty():
                self._renderer.requestPage(index, size)
                return
            request.pages.append(None)  # a page without a size: nothing to draw
        self._finish()

    def _drawn(self, _page, _size, image, _options, _request) -> None:
        if self._current is None:
            return
        self._current.pages.append(image.copy())  # the signal's image is Qt's
        self._ask_next_page()

    def _finish(self) -> None:
        request, self._current = self._current, None
        if request is not None:
            request.done.set()
        # Closed in a turn of its own (this may run inside the renderer's signal), and
        # before the next document is opened: closed later, a document waited for
        # PDFium's lock while the next page was drawn, and the window froze meanwhile.
        QTimer.singleShot(0, self, self._close_then_next)

    def _close_then_next(self) -> None:
        if self._renderer is not None:
            self._renderer.setDocument(None)
            shiboken6.delete(self._renderer)  # now: the render thread is idle
            self._renderer = None
        if self._document is not None:
            self._document.close()
            shiboken6.delete(self._document)
            self._document = None
        self._buffer = None
        self._next()


def install_pdf_drawing() -> PdfDrawing | None:
    """Made once, on the window's thread (by the window), for the application."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    if not _installed:
        _installed.append(PdfDrawing(app))
    return _installed[0]


def pdf_drawing() -> PdfDrawing | None:
    """The window's drawer, once installed; None before (then a worker draws itself)."""
    return _installed[0] if _installed else None

"""Driving the window as a user does: real drop events, reading what the list shows."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def drop(widget, paths, position=None):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = position or widget.rect().center()
    # What Explorer and Finder offer: copy or move (move is their default within a disk).
    offered = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(QPointF(point), offered, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    event = QDropEvent(QPointF(point), offered, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def state_text(window, requirement_id):
    return window.model.rows[requirement_id][1].text()


def wait_idle(qtbot, application, timeout=30_000):
    """Wait, without sleeping, until no job of the window's runner is running or waiting to
    be delivered, then let the timers it started (refreshes, rebuilds) run."""
    runner = application.runner
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=timeout)
    for _ in range(3):
        QApplication.processEvents()

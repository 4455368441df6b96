"""The window's size and place: it fits the screen it opens on, first time and every time.

A laptop at 1366×768 loses ~40 px to the task bar; a size saved on a large office monitor
must not open half off a small one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow

LARGEST_FIRST = QSize(1280, 800)
SMALLEST = QSize(1024, 600)
SHARE = 0.9  # of the free screen area on first start
BORDERS = QSize(16, 40)  # a usual title bar and frame, until the window manager says


def first_size(available: QSize) -> QSize:
    """90% of the free area, at most 1280×800, at least 1024×600 where the screen has it."""
    def one(free: int, largest: int, smallest: int) -> int:
        return min(free, max(smallest, min(largest, int(free * SHARE))))

    return QSize(one(available.width(), LARGEST_FIRST.width(), SMALLEST.width()),
                 one(available.height(), LARGEST_FIRST.height(), SMALLEST.height()))


def available_area(window: QMainWindow) -> QRect:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def clamp_into(frame: QRect, area: QRect) -> QRect:
    """The same window made to fit inside area: smaller if needed, then moved in."""
    size = frame.size().boundedTo(area.size())
    x = min(max(frame.x(), area.x()), area.right() + 1 - size.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - size.height())
    return QRect(x, y, size.width(), size.height())


def restore_window(window: QMainWindow, settings: QSettings) -> None:
    """Sizes here are of the whole window, title bar and borders included."""
    area = available_area(window)
    saved = settings.value("window/geometry")
    restored = bool(saved) and window.restoreGeometry(QByteArray(saved))
    borders = window.frameGeometry().size() - window.geometry().size()
    if borders.isNull():  # not known before the window is shown: allow for a title bar
        borders = BORDERS
    if restored:
        inner = window.geometry()
        frame = QRect(inner.topLeft(), inner.size() + borders)
        fitted = clamp_into(frame, area)
        if fitted == frame:
            return  # as the admin left it
    else:
        size = first_size(area.size() - borders) + borders
        fitted = QRect(area.x() + (area.width() - size.width()) // 2,
                       area.y() + (area.height() - size.height()) // 2,
                       size.width(), size.height())
    window.resize(fitted.size() - borders)
    window.move(fitted.topLeft())


def save_window(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())

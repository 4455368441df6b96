"""Python's cycle collector, run on the window's thread only.

Left to itself, the collector runs on whichever thread happens to allocate past its
threshold: often a worker of the task runner, reading a spreadsheet while the admin
clicks another item. If the garbage it finds then holds a replaced panel, its Qt widgets
are destroyed on that worker while the window's thread uses Qt: a segmentation fault
(seen in tests/ui/test_lifetimes.py). So automatic collection is switched off once the
first real thread pool is in use, and a timer on the window's thread collects the same
generations when the same thresholds are passed (the pattern calibre and pyqtgraph use).
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500  # short enough that garbage never piles up, long enough to cost nothing

_installed: MainThreadCollector | None = None


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold, as Python's
        own collector would; the number of objects found unreachable."""
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return 0
        generation = 0
        if counts[1] > self.threshold[1]:
            generation = 2 if counts[2] > self.threshold[2] else 1
        return gc.collect(generation)


def collect_on_main_thread() -> MainThreadCollector | None:
    """Install the collector once, for the application's lifetime (its parent is the
    QCoreApplication, which lives on the window's thread); None without an application."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _installed is None or not shiboken6.isValid(_installed):
        _installed = MainThreadCollector(app)
    return _installed

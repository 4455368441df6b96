"""A switch for measuring and smoke-testing the built app, never used by an admin.

``LSP_DESKTOP_PROBE=SECONDS`` makes the app report on standard output the moment its
first window is painted (``probe: first-window``: the start window of ui/launch.py), and
the moment the workspace's own window is (``probe: window-ready``), stay open that many
seconds, report what it shows, and quit with status 0. ``benchmarks/package.py`` times both;
``tests/packaging/test_frozen_app.py`` reads the rest. Optional companions:
``LSP_DESKTOP_PROBE_SELECT=ID`` selects a requirement once the window is shown, and
``LSP_DESKTOP_PROBE_GRAB=PATH.png`` saves a screenshot before quitting.

It creates the QApplication itself; the app's own start-up then reuses that instance and
hands it each window to watch (``watch``, called by ui/launch.py). A filter on the whole
application would have every event of every widget converted for Python, which slows the
bigger window more than the bare one it is compared with.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

_probe: _FirstPaint | None = None


def install_probe(seconds: str) -> None:
    global _probe
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    _probe = _FirstPaint(app, float(seconds or 0))


def watch(window: QMainWindow) -> None:
    """Reports the window's first paint, when the probe is installed."""
    if _probe is not None:
        window.installEventFilter(_probe)


def _say(line: str) -> None:
    print(f"probe: {line}", flush=True)


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, seconds: float) -> None:
        super().__init__()
        self.app, self.seconds = app, seconds
        self.window: QMainWindow | None = None
        self.ready: QMainWindow | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            if self.window is None:
                self.window = watched
                QTimer.singleShot(0, lambda: _say("first-window"))  # after this paint
            if self.ready is None and hasattr(watched, "controller"):
                self.ready = watched
                QTimer.singleShot(0, self._shown)
        return False

    def _shown(self) -> None:
        _say("window-ready")
        requirement = os.environ.get("LSP_DESKTOP_PROBE_SELECT")
        select = getattr(self.ready, "select", None)
        if requirement and select is not None:
            select(requirement)
        QTimer.singleShot(round(self.seconds * 1000), self._report)

    def _report(self) -> None:
        window = self.app.activeWindow() or self.ready
        if window is None:
            self.app.quit()
            return
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                window = widget
        _say(f"title {window.windowTitle()}")
        from lsp_desktop.ui.i18n import tr  # here: loading the words is not the probe's cost

        _say(f"translated &File -> {tr('&File')}")
        pictures = [label for label in window.findChildren(QLabel)
                    if label.isVisible() and not label.pixmap().isNull()]
        _say(f"pictures {len(pictures)}")
        _say(f"icon sizes {len(self.app.windowIcon().availableSizes())}")
        grab = os.environ.get("LSP_DESKTOP_PROBE_GRAB")
        if grab:
            window.grab().save(grab)
        self.app.quit()

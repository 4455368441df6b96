"""Start the window in two steps, so that a double-click is answered at once.

On the admins' laptops loading the whole window (the workspace, the checklist, every
panel's code) takes a second or more; with nothing on screen meanwhile, people click the
icon again and start a second copy. So this module, which imports only the little it
needs, first shows a plain window where the app will be, saying that the workspace is
being opened; once that window is painted, the event loop loads the real window
(ui/app.py), shows it in the same place and closes the first one.
"""

from __future__ import annotations

import sys
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QApplication, QMainWindow

from lsp_desktop import __version__
from lsp_desktop.ui.geometry import restore_window


class StartWindow(QMainWindow):
    """Where the app's window will be, showing the app's icon until the window is there.

    It has no child widget and draws no text: the first child widget or text makes Qt
    load the system's fonts and style (some tens of milliseconds), and words would need
    the messages package; both are a good part of what this window exists to cover.
    The icon alone says "LSP Desktop is starting"."""

    def __init__(self, settings, icon: QIcon) -> None:
        super().__init__()
        self.setWindowTitle("LSP Desktop")
        self.picture = icon.pixmap(128, 128)
        restore_window(self, settings)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        size = self.picture.deviceIndependentSize().toSize()
        painter = QPainter(self)
        painter.drawPixmap((self.width() - size.width()) // 2,
                           (self.height() - size.height()) // 2, self.picture)
        painter.end()


class _AfterFirstPaint(QObject):
    """Calls then() once the watched window has been painted, so the admin sees it
    before the long load starts (a zero timer alone may run before the first paint)."""

    def __init__(self, window: QMainWindow, then) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)
        # A window that is never painted (minimised at start) must still get loaded.
        QTimer.singleShot(1000, self._go)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._go)
        return False

    def _go(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            then()


def run_app(argv: list[str] | None = None) -> int:
    existing = QApplication.instance()  # the probe may have made it already
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("LSP Desktop")
    app.setOrganizationName("LSP Desktop")
    app.setApplicationVersion(__version__)
    from lsp_desktop.ui.app_icon import app_icon
    from lsp_desktop.ui.preferences import settings

    icon = app_icon()
    app.setWindowIcon(icon)
    store = settings()
    start = StartWindow(store, icon)
    start.show()
    state: dict = {"code": 0}  # holds the Application for as long as the event loop runs
    _AfterFirstPaint(start, lambda: _open_real_window(app, store, start, state))
    _probe_watch(start)  # after: the filter installed last is asked first, before the load
    code = app.exec()
    from lsp_desktop.base.view_copies import remove_own_view_copies

    remove_own_view_copies()  # "Buka" copies of personal documents do not outlive the app
    return code or state["code"]


def _open_real_window(app: QApplication, store, start: StartWindow, state: dict) -> None:
    """Runs from the event loop, where an escaping error would leave the start window
    up for ever: any failure is said plainly and the app ends."""
    try:
        from lsp_desktop.base.paths import default_workspace_path
        from lsp_desktop.ui.app import Application

        application = state["application"] = Application(app, store)
        sys.excepthook = application.excepthook
        application.install_language(application.lang)
        opened = application.open() or application.open(default_workspace_path())
        if opened and application.window is not None:
            _probe_watch(application.window)
            # What the list's first paint need not wait for: done once it is on screen.
            application.window.listShown.connect(partial(_once_shown, application))
        else:
            _once_shown(application)
    except Exception as exc:  # noqa: BLE001 - the start's last guard
        _cannot_start(start, store, exc)
        opened = False
    start.close()
    if not opened or "application" not in state or state["application"].window is None:
        state["code"] = 1
        app.quit()


def _once_shown(application) -> None:
    """Once the first workspace window is on screen (its list painted): where the app
    runs, and the viewing copies a killed run left behind."""
    if application.window is not None:
        _say_where_it_runs(application)
    from lsp_desktop.base.view_copies import remove_left_over_view_copies

    remove_left_over_view_copies()


def _probe_watch(window) -> None:
    """The measuring probe (ui/probe.py), when __main__ installed it, watches the window."""
    probe = sys.modules.get("lsp_desktop.ui.probe")
    if probe is not None and window is not None:
        probe.watch(window)


def _say_where_it_runs(application) -> None:
    """Started inside a zip, or from macOS's temporary copy: said above the list, in the
    window's language, once the window is there (the check costs nothing before it)."""
    from lsp_desktop.base.paths import start_warning

    warning = start_warning()
    if warning is not None and application.window is not None:
        from lsp_desktop.messages import render
        from lsp_desktop.ui.i18n import Said

        code, values = warning
        application.window.notice_bar.show_message(
            Said.by(lambda: render(code, values, application.lang)), "warning")


def _cannot_start(start: StartWindow, store, error: Exception) -> None:
    """Said in a box (a double-clicked app has no console), on standard error, and in
    the crash log."""
    from PySide6.QtWidgets import QMessageBox

    from lsp_desktop.messages import LANGS, phrase, render
    from lsp_desktop.ui.dialogs.prompts import tell
    from lsp_desktop.ui.unexpected import explain

    saved = store.value("language", "id")
    lang = saved if isinstance(saved, str) and saved in LANGS else "id"
    if isinstance(error, ImportError):  # a Qt module or system library missing here
        from lsp_desktop.base.crashlog import write_crash_log

        write_crash_log(error)
        text = render("cli.no_display", {"reason": str(error)}, lang)
    else:
        text = explain(error, lang)
    print(text, file=sys.stderr)
    tell(start, "LSP Desktop", text, phrase("Close", lang), QMessageBox.Icon.Critical)

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
    window = getattr(application, "window", None)
    if window is not None:
        # The states are read once the list is painted; waiting for "idle" before that
        # paint would find nothing running yet.
        qtbot.waitUntil(lambda: window.controller._states_asked, timeout=timeout)
    while True:
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=timeout)
        # What those events start (a cell's commit, which Qt queues after Return; the
        # edit a refresh asks for) is waited for in turn.
        for _ in range(3):
            QApplication.processEvents()
        if runner.pending == 0:
            return


def menu_action(window, name):
    """The QAction found by walking the menu bar, as a user looks through the menus:
    by objectName, or by its text without the & of its shortcut letter."""
    def walk(actions):
        for action in actions:
            if name in (action.objectName(), action.text().replace("&", "")):
                return action
            if action.menu() is not None:
                found = walk(action.menu().actions())
                if found is not None:
                    return found
        return None

    action = walk(window.menuBar().actions())
    assert action is not None, f"no menu entry {name!r}"
    return action


def click_menu(window, name):
    action = menu_action(window, name)
    assert action.isEnabled(), f"menu entry {name!r} is greyed out"
    action.trigger()


def notices(window):
    """Every notice the window shows from now on, in order: a test reads them even when
    moving to another item has since cleared the status line (as it should)."""
    shown = []
    original = window.show_notice

    def record(message, level="info"):
        shown.append(str(message))  # a Said is read in the language of the moment
        original(message, level)

    # Disconnected before the attribute is replaced: PySide finds a slot by its name.
    window.controller.notice.disconnect(original)
    window.show_notice = record
    window.controller.notice.connect(record)
    return shown


def dark_palette():
    """The application's palette turned dark, as a desktop in dark mode gives it."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    dark = QPalette(QApplication.palette())
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#323232"), (roles.Base, "#2b2b2b"),
                        (roles.AlternateBase, "#353535"), (roles.Text, "#eeeeee"),
                        (roles.WindowText, "#eeeeee"), (roles.Button, "#3c3c3c"),
                        (roles.ButtonText, "#eeeeee")):
        dark.setColor(role, QColor(color))
    return dark

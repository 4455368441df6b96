"""Driving the fix buttons: a file attached to 2.1 by a drop, a button pressed."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.driving import drop, wait_idle


def sk_lisensi(window) -> str:
    return next(r.id for r in window.controller.catalog.requirements if r.point == "2.1")


def attach(app_window, qtbot, tmp_path, name: str, data: bytes) -> str:
    window = app_window.window
    item = sk_lisensi(window)
    window.select(item)
    path = tmp_path / name
    path.write_bytes(data)
    drop(window.panel.drop_zone, [path])
    wait_idle(qtbot, app_window)
    return item


def press(button, qtbot, app_window) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)

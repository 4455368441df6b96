"""An undo or redo whose write fails (a full disk, say) moves nothing: the workspace keeps
its rows (the write's transaction is rolled back), Edit > Undo still offers the same step,
and the admin reads what happened and what to do. Once the cause is gone, the same key
does it."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lsp_desktop.store.workspace import Workspace
from tests import makefiles as mk
from tests.ui.driving import drop, notices, state_text, wait_idle

UNDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
REDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def full_disk(monkeypatch):
    """While ``full_disk["on"]``, an undo's or redo's write goes as far as its last row,
    then SQLite finds the disk full: the real transaction rolls back and the store turns
    the error into its own words, as on a full disk."""
    state = {"on": False}
    original = Workspace.log_change

    def log_change(workspace, action, *args, **detail):
        if state["on"] and action in ("undo", "redo"):
            raise sqlite3.OperationalError("database or disk is full")
        return original(workspace, action, *args, **detail)

    monkeypatch.setattr(Workspace, "log_change", log_change)
    return state


def press(window, key, qtbot, application):
    window.activateWindow()
    QApplication.processEvents()
    QTest.keyClick(window.focusWidget() or window, *key)
    wait_idle(qtbot, application)


def test_a_failed_undo_or_redo_leaves_the_stack_and_the_workspace_as_they_were(
        app_window, tmp_path, qtbot, full_disk):
    window = app_window.window
    window.show()
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    stack, told = window.controller.undo_stack, notices(window)
    assert state_text(window, "npwp") == "siap" and stack.index() == 1

    full_disk["on"] = True
    press(window, UNDO, qtbot, app_window)
    assert stack.index() == 1 and stack.canUndo() and not stack.canRedo()
    assert state_text(window, "npwp") == "siap"
    assert [d.name for d in window.controller.workspace.documents("npwp")] == ["npwp.pdf"]
    assert "tidak diurungkan; ruang kerja tetap seperti semula" in told[-1]
    assert "disk penuh" in told[-1] and "Kosongkan ruang disk" in told[-1]

    full_disk["on"] = False
    press(window, UNDO, qtbot, app_window)  # the cause mended: the same step is undone
    assert stack.index() == 0 and state_text(window, "npwp") == "belum ada"
    assert told[-1].startswith("Diurungkan")

    full_disk["on"] = True
    press(window, REDO, qtbot, app_window)
    assert stack.index() == 0 and stack.canRedo()
    assert state_text(window, "npwp") == "belum ada"
    assert window.controller.workspace.documents("npwp") == []
    assert "tidak diulangi; ruang kerja tetap seperti semula" in told[-1]

    full_disk["on"] = False
    press(window, REDO, qtbot, app_window)
    assert stack.index() == 1 and state_text(window, "npwp") == "siap"
    assert [d.name for d in window.controller.workspace.documents("npwp")] == ["npwp.pdf"]

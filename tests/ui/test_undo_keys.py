"""Ctrl+Z undoes the last change wherever the focus is in the window; a text field keeps
it for its own typing only while there is typing to undo."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests import makefiles as mk
from tests.ui.driving import drop, state_text, wait_idle


def test_ctrl_z_in_a_text_field_undoes_its_typing_then_the_last_change(
        app_window, tmp_path, qtbot):
    window = app_window.window
    window.show()
    window.activateWindow()
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    window.panel.remove_button.click()
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "belum ada"
    link_item = next(r.id for r in window.controller.catalog.requirements
                     if r.form == "link")
    window.select(link_item)
    field = window.panel.link_edit
    field.setFocus()
    QApplication.processEvents()
    QTest.keyClicks(field, "https://drive")
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""  # the field's own typing first
    assert state_text(window, "npwp") == "belum ada"
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "siap"  # then the removal, from the same field


def test_after_windows_are_rebuilt_one_watcher_still_hands_ctrl_z_to_the_window(
        app_window, tmp_path, qtbot):
    from lsp_desktop.ui.shell.undo_keys import UndoKeys
    from tests.ui.driving import click_menu

    window = app_window.window
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    window.panel.remove_button.click()
    wait_idle(qtbot, app_window)
    for entry in ("English", "Bahasa Indonesia", "English"):
        click_menu(app_window.window, entry)  # each switch builds a new window
    window = app_window.window
    assert len(QApplication.instance().findChildren(UndoKeys)) == 1
    window.show()
    window.activateWindow()
    window.select(next(r.id for r in window.controller.catalog.requirements
                       if r.form == "link"))
    field = window.panel.link_edit
    field.setFocus()
    QApplication.processEvents()
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "ready"  # an empty field passed the key on

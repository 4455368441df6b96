"""Berkas > Gabungkan dari bundel rekan… with a colleague's photo for 2.9, which this
circular does not take: the window tells which entry was not taken and why, in its own
language, after a language switch too (the core keeps the refusal as codes)."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from lsp_desktop.ui.dialogs.merge_dialog import MergeDialog
from tests.support.photo_npwp import NOT_TAKEN, bundle_with_a_photo_npwp
from tests.ui.driving import click_menu, menu_action, wait_idle


def test_an_entry_not_taken_is_told_in_the_windows_language(app_window, qtbot, monkeypatch,
                                                            tmp_path):
    bundle = bundle_with_a_photo_npwp(tmp_path)
    told = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bundle), "")))
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: 1)  # the plan as proposed
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(
        (box.windowTitle(), box.text())) or 0)
    for lang, entry, title in (("id", None, "Gabungkan dari bundel rekan"),
                               ("en", "English", "Merge from a colleague's bundle")):
        if entry:
            click_menu(app_window.window, entry)
        menu_action(app_window.window, "mergeBundle").trigger()
        wait_idle(qtbot, app_window)
        assert told.pop() == (title, NOT_TAKEN[lang])
    assert app_window.window.controller.workspace.documents("npwp") == []

"""Berkas > Pesan penagihan kekurangan…: each person's message shown, and the copy button
puts it on the clipboard as the admin pastes it into WhatsApp."""

import datetime as dt

from PySide6.QtWidgets import QApplication

from lsp_desktop.store.records import Person, Records
from lsp_desktop.ui.dialogs.chase_dialog import ChaseDialog
from tests import ROOT
from tests.fill import fill_everything
from tests.ui.driving import menu_action, wait_idle

OUT = ROOT / "tests" / "output"


def test_copy_button_puts_the_message_on_the_clipboard(app_window, qtbot, monkeypatch,
                                                       pool_kind):
    window = app_window.window
    window.today = dt.date(2025, 5, 20)
    controller = window.controller
    fill_everything(controller.workspace)
    Records(controller.workspace).save_person(Person(None, "Eko Prasetyo", "pelaksana",
                                                     "3273010101800004", siapkerja="terdaftar"))
    controller.refresh_all()
    seen = {}

    def answer(dialog):
        seen["names"] = [dialog.people.item(i).text() for i in range(dialog.people.count())]
        dialog.people.setCurrentRow(seen["names"].index("Eko Prasetyo"))
        dialog.copy_button.click()
        seen["copied"] = QApplication.clipboard().text()
        if pool_kind == "threads":
            OUT.mkdir(exist_ok=True)
            for width, height in ((1366, 768), (1024, 600)):
                dialog.resize(width, height)
                dialog.grab().save(str(OUT / f"chase-dialog-{width}x{height}.png"))
        return 0

    monkeypatch.setattr(ChaseDialog, "exec", answer)
    menu_action(window, "chaseMessages").trigger()
    wait_idle(qtbot, app_window)
    assert seen["names"] == ["Citra Dewi", "Eko Prasetyo"]
    assert seen["copied"].startswith("Yth. Bapak/Ibu Eko Prasetyo,")
    assert "SIAPkerja" in seen["copied"] and "25 Mei 2025" in seen["copied"]

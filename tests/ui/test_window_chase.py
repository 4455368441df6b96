"""Berkas > Pesan penagihan kekurangan…: each person's message shown, and the copy button
puts it on the clipboard as the admin pastes it into WhatsApp."""

import datetime as dt

from PySide6.QtWidgets import QApplication, QLabel

from lsp_desktop.store.records import Person, Records
from lsp_desktop.ui.dialogs.chase_dialog import ChaseDialog
from tests import ROOT
from tests import makefiles as mk
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


def test_an_empty_personnel_list_is_said_not_everyone_done(app_window, qtbot, monkeypatch):
    window = app_window.window
    seen = {}

    def answer(dialog):
        seen["text"] = "\n".join(label.text() for label in dialog.findChildren(QLabel))
        seen["names"] = dialog.people.count()
        seen["copy"] = dialog.copy_button.isEnabled()
        return 0

    monkeypatch.setattr(ChaseDialog, "exec", answer)
    menu_action(window, "chaseMessages").trigger()
    wait_idle(qtbot, app_window)
    assert "Daftar personel (butir 1) masih kosong" in seen["text"]
    assert "semua orang sudah memenuhi" not in seen["text"]
    assert seen["names"] == 0 and not seen["copy"]


def test_a_failing_document_is_asked_for_again_in_the_window(app_window, qtbot, monkeypatch):
    window = app_window.window
    window.today = dt.date(2025, 5, 20)
    controller = window.controller
    fill_everything(controller.workspace)
    records = Records(controller.workspace)
    citra = next(p for p in records.people() if p.name == "Citra Dewi")
    records.attach_assessor_file(citra.saved_id, "pasfoto", "foto.jpg",
                                 mk.image_bytes("JPEG", (300, 400), color=(20, 20, 200)))
    controller.refresh_all()
    seen = {}

    def answer(dialog):
        names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
        dialog.people.setCurrentRow(names.index("Citra Dewi"))
        seen["message"] = dialog.text.toPlainText()
        return 0

    monkeypatch.setattr(ChaseDialog, "exec", answer)
    menu_action(window, "chaseMessages").trigger()
    wait_idle(qtbot, app_window)
    assert "Pasfoto (perlu diperbaiki: latar belakang bukan merah)" in seen["message"]

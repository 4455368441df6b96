"""2.11's "Ambil dari folder…" with files the checks refuse (an empty scan, a Word file):
the drop's end summary says each and why, in the window's language (the core keeps the
refusals as codes), as the command line says them."""

import html

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from lsp_desktop.store.records import Person, Records
from lsp_desktop.ui.dialogs.assign import AssignDialog
from tests import ROOT
from tests import makefiles as mk
from tests.ui.driving import click_menu, wait_idle

OUT = ROOT / "tests" / "output"
REFUSED = {
    "id": ["ktp.pdf tidak dilampirkan ke KTP: Berkas ini kosong (0 byte). Pilih berkas "
           "aslinya, atau pindai ulang dokumennya.",
           "ijazah.pdf tidak dilampirkan ke Ijazah: Nama berkas berakhiran .pdf, tetapi isinya "
           "sebenarnya arsip ZIP. Ekstrak arsipnya lalu pilih berkas di dalamnya. (saran "
           "aplikasi ini, bukan syarat surat edaran)"],
    "en": ["ktp.pdf was not attached to KTP: This file is empty (0 bytes). Choose the "
           "original file, or scan the document again.",
           "ijazah.pdf was not attached to Ijazah: The file name ends in .pdf, but it is "
           "actually a ZIP archive. Extract the archive and choose the file inside it. (this "
           "app's advice, not a requirement of the circular)"],
}


def _take_folder(app_window, qtbot, folder):
    window = app_window.window
    window.select("berkas-asesor")
    button = next(b for b in window.panel.extra.findChildren(QPushButton)
                  if b.objectName() == "assessorFolder")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    return window.panel.extra.folder_flow.last_summary


def test_files_refused_from_the_folder_are_said_in_the_windows_language(
        app_window, qtbot, tmp_path, monkeypatch, pool_kind):
    Records(app_window.window.controller.workspace).save_person(
        Person(None, "Dedi Kurniawan", "asesor"))
    app_window.window.controller.refresh_all()
    folder = tmp_path / "berkas" / "dedi kurniawan"
    folder.mkdir(parents=True)
    mk.write(folder, "ktp.pdf", b"")
    mk.write(folder, "ijazah.pdf", mk.zip_with({"a.txt": b"x"}))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "berkas")))
    monkeypatch.setattr(AssignDialog, "exec", lambda dialog: 1)
    for lang in ("id", "en"):
        if lang == "en":
            click_menu(app_window.window, "English")
        summary = _take_folder(app_window, qtbot, tmp_path / "berkas")
        text = html.unescape("\n".join(label.text() for label in summary.findChildren(QLabel)))
        assert all(reason in text for reason in REFUSED[lang]), text
        if pool_kind == "threads":
            OUT.mkdir(exist_ok=True)
            for width, height in ((1366, 768), (1024, 600)):
                summary.resize(width, height)
                summary.grab().save(str(OUT / f"folder-refused-{lang}-{width}x{height}.png"))
        summary.close_button.click()

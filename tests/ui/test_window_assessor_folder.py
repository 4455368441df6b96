"""2.11's "Ambil dari folder…" in the real window on the real thread pool: the generated
folder of 10 assessors x 4 documents planned, shown, kept as ONE step of Edit > Undo, the
strays listed in the end summary; undo puts the workspace back exactly."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from lsp_desktop.store.records import Records
from lsp_desktop.ui.dialogs.assessor_folder_dialog import AssessorFolderDialog
from tests import ROOT
from tests.intake.test_assessor_folder import listed, make_folder
from tests.ui.driving import drop, menu_action, wait_idle
from tests.ui.test_undo_everything import snapshot

OUT = ROOT / "tests" / "output"


def test_folder_taken_as_one_undoable_step_with_strays_listed(app_window, qtbot, tmp_path,
                                                               monkeypatch, pool_kind):
    window = app_window.window
    controller = window.controller
    people = listed(controller.workspace)
    controller.refresh_all()
    make_folder(tmp_path / "berkas")
    before = snapshot(controller)
    window.select("berkas-asesor")
    seen = {}

    def answer(dialog):
        seen["rows"] = dialog.table.rowCount()
        seen["strays"] = dialog.strays.text()
        if pool_kind == "threads":
            OUT.mkdir(exist_ok=True)
            for width, height in ((1366, 768), (1024, 600)):
                dialog.resize(width, height)
                dialog.grab().save(str(OUT / f"assessor-folder-{width}x{height}.png"))
        return 1

    def summary(box):
        seen["summary"] = box.text() + box.informativeText()
        return 0

    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "berkas")))
    monkeypatch.setattr(AssessorFolderDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "exec", summary)
    button = next(b for b in window.panel.extra.findChildren(QPushButton)
                  if b.objectName() == "assessorFolder")
    assert button.text() == "Ambil dari folder…"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert seen["rows"] == 40
    assert "Tono Sugiarto" in seen["strays"] and "IMG_9999.jpg" in seen["strays"]
    assert "40 dokumen asesor disimpan" in seen["summary"] and "Tono Sugiarto" in seen["summary"]
    records = Records(controller.workspace)
    assert all(len(records.assessor_files(p.saved_id)) == 4 for p in people)
    undo = menu_action(window, "undo")
    assert "Ambil dokumen asesor dari berkas" in undo.text()
    undo.trigger()
    wait_idle(qtbot, app_window)
    assert snapshot(controller) == before


def test_a_folder_dropped_on_the_panel_opens_the_same_plan(app_window, qtbot, tmp_path,
                                                          monkeypatch):
    window = app_window.window
    controller = window.controller
    listed(controller.workspace)
    controller.refresh_all()
    make_folder(tmp_path / "berkas")
    window.select("berkas-asesor")
    seen = []
    monkeypatch.setattr(AssessorFolderDialog, "exec",
                        lambda dialog: seen.append(dialog.table.rowCount()) or 0)
    event = drop(window.panel.extra, [tmp_path / "berkas"])
    wait_idle(qtbot, app_window)
    assert event.isAccepted() and seen == [40]
    assert all(not Records(controller.workspace).assessor_files(p.saved_id)
               for p in Records(controller.workspace).people("asesor"))  # cancelled: nothing

"""2.11's "Ambil dari folder…" in the real window on the real thread pool: the generated
folder of 10 assessors x 4 documents shown in the drop's own assignment dialog (assessor and
document slot per file, what fits no one listed below), kept as ONE step of Edit > Undo, and
what became of each file in the drop's end summary; undo puts the workspace back exactly."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton

from lsp_desktop.messages import phrase
from lsp_desktop.store.records import Records
from lsp_desktop.ui.dialogs.assign import AssignDialog
from lsp_desktop.ui.dialogs.batch_summary import BatchSummaryDialog
from tests import ROOT
from tests.support.assessor_folders import citra_twice, listed, make_folder
from tests.support.snapshots import workspace_snapshot
from tests.ui.driving import drop, menu_action, wait_idle

OUT = ROOT / "tests" / "output"


def _cells(dialog, row):
    table = dialog.table
    combo = table.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    return (table.item(row, 0).text(), table.item(row, 1).text(), combo.currentText(),
            table.item(row, 3).text())


def _summary_text(summary):
    return "\n".join(label.text() for label in summary.findChildren(QLabel))


def _answering(seen, screenshots):
    """The admin at the assignment dialog: reads it, leaves one file out, attaches."""
    def answer(dialog):
        headers = [dialog.table.horizontalHeaderItem(c).text()
                   for c in range(dialog.table.columnCount())]
        seen["headers"] = headers
        seen["rows"] = [_cells(dialog, row) for row in range(dialog.table.rowCount())]
        seen["not_placed"] = dialog.not_placed.text()
        left = next(r for r, cells in enumerate(seen["rows"])
                    if cells[0] == "SITI AMINAH/ijasah.pdf")
        dialog.combos[left].setCurrentIndex(0)  # the summary says it was left out
        if screenshots:
            OUT.mkdir(exist_ok=True)
            for width, height in ((1366, 768), (1024, 600)):
                dialog.resize(width, height)
                dialog.grab().save(str(OUT / f"assessor-folder-{width}x{height}.png"))
        return 1
    return answer


def test_folder_through_the_drops_dialogs_as_one_undoable_step(app_window, qtbot, tmp_path,
                                                               monkeypatch, pool_kind):
    window = app_window.window
    controller = window.controller
    people = listed(controller.workspace)
    controller.refresh_all()
    make_folder(tmp_path / "berkas")
    before = workspace_snapshot(controller.workspace)
    window.select("berkas-asesor")
    seen: dict = {}
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "berkas")))
    monkeypatch.setattr(AssignDialog, "exec", _answering(seen, pool_kind == "threads"))
    button = next(b for b in window.panel.extra.findChildren(QPushButton)
                  if b.objectName() == "assessorFolder")
    assert button.text() == "Ambil dari folder…"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert seen["headers"] == ["Berkas", "Asesor", "Dokumen", "Dikenali dari"]
    rows = {cells[0]: cells[1:] for cells in seen["rows"]}
    assert len(rows) == 40
    assert rows["SITI AMINAH/scan_ktp.pdf"] == ("Dr. Ir. Siti Aminah, M.T.", "KTP", "namanya")
    photo = next(cells for name, cells in rows.items() if name.startswith("SITI AMINAH/IMG_"))
    assert photo[1:] == ("Pasfoto (latar belakang merah)", "isinya (foto potret)")
    # What fits no one is listed under the table, never guessed.
    assert "Tono Sugiarto/" in seen["not_placed"] and "IMG_9999.jpg" in seen["not_placed"]
    summary = window.panel.extra.folder_flow.last_summary
    assert isinstance(summary, BatchSummaryDialog) and summary.isVisible()
    text = _summary_text(summary)
    assert "42 berkas" in text and "39 dilampirkan" in text
    assert "SITI AMINAH/scan_ktp.pdf" in text and "Dr. Ir. Siti Aminah, M.T.: KTP" in text
    assert "SITI AMINAH/ijasah.pdf" in text  # left out by the admin
    assert "Tono Sugiarto/" in text and "IMG_9999.jpg" in text  # not placed
    if pool_kind == "threads":
        summary.grab().save(str(OUT / "assessor-folder-summary.png"))
    summary.close_button.click()
    records = Records(controller.workspace)
    counts = sorted(len(records.assessor_files(p.saved_id)) for p in people)
    assert counts == [3] + [4] * 9
    undo = menu_action(window, "undo")
    assert "Ambil dokumen asesor dari berkas" in undo.text()
    undo.trigger()
    wait_idle(qtbot, app_window)
    assert workspace_snapshot(controller.workspace) == before


def test_a_folder_dropped_on_the_panel_opens_the_same_dialog(app_window, qtbot, tmp_path,
                                                            monkeypatch):
    window = app_window.window
    controller = window.controller
    listed(controller.workspace)
    controller.refresh_all()
    make_folder(tmp_path / "berkas")
    window.select("berkas-asesor")
    seen = []
    monkeypatch.setattr(AssignDialog, "exec",
                        lambda dialog: seen.append(dialog.table.rowCount()) or 0)
    event = drop(window.panel.extra, [tmp_path / "berkas"])
    wait_idle(qtbot, app_window)
    assert event.isAccepted() and seen == [40]
    assert all(not Records(controller.workspace).assessor_files(p.saved_id)
               for p in Records(controller.workspace).people("asesor"))  # cancelled: nothing


@pytest.mark.parametrize("pick_the_pdf", [False, True])
def test_two_files_for_one_document_the_admin_picks_one_and_only_it_is_kept(
        app_window, qtbot, tmp_path, monkeypatch, pick_the_pdf):
    window = app_window.window
    controller = window.controller
    citra = citra_twice(controller.workspace, tmp_path / "berkas")
    controller.refresh_all()
    window.select("berkas-asesor")
    seen: dict = {}

    def answer(dialog):
        seen["rows"] = {cells[0]: cells[1:] for cells in
                        (_cells(dialog, row) for row in range(dialog.table.rowCount()))}
        if pick_the_pdf:  # the admin moves the PDF's box to the certificate by keyboard
            shown = [r.shown for r in dialog.rows]
            pdf_box = dialog.combos[shown.index("citra dewi/sertifikat teknis.pdf")]
            jpg_box = dialog.combos[shown.index("3273016501850003/sertifikat.jpg")]
            pdf_box.setFocus()
            for _ in range(2):
                QTest.keyClick(pdf_box, Qt.Key.Key_Down)
            # Both on one document: Attach is refused, and says which and why.
            dialog.accept()
            seen["clash"] = dialog.clash_note.text()
            jpg_box.setFocus()
            QTest.keyClick(jpg_box, Qt.Key.Key_Home)
            dialog.accept()
            seen["after"] = {cells[0]: cells[2] for cells in
                             (_cells(dialog, r) for r in range(dialog.table.rowCount()))}
        OUT.mkdir(exist_ok=True)
        dialog.resize(1024, 560)
        dialog.grab().save(str(OUT / f"assessor-folder-conflict-{int(pick_the_pdf)}.png"))
        return 1

    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "berkas")))
    monkeypatch.setattr(AssignDialog, "exec", answer)
    window.panel.extra.folder_flow.choose()
    wait_idle(qtbot, app_window)
    jpg, pdf = seen["rows"]["3273016501850003/sertifikat.jpg"], seen["rows"][
        "citra dewi/sertifikat teknis.pdf"]
    # Both shown, each naming the other; the one that passes the checks proposed.
    assert jpg[1] == "Sertifikat Kompetensi Teknis" and pdf[1] == phrase("— do not attach —")
    assert "dokumen yang sama dengan citra dewi/sertifikat teknis.pdf" in jpg[2]
    assert "dokumen yang sama dengan 3273016501850003/sertifikat.jpg" in pdf[2]
    kept = "sertifikat teknis.pdf" if pick_the_pdf else "sertifikat.jpg"
    left = "3273016501850003/sertifikat.jpg" if pick_the_pdf else (
        "citra dewi/sertifikat teknis.pdf")
    if pick_the_pdf:
        assert seen["clash"] == (
            "3273016501850003/sertifikat.jpg, citra dewi/sertifikat teknis.pdf adalah dokumen "
            "yang sama milik Citra Dewi: biarkan semua kecuali satu pada \"— jangan "
            "lampirkan —\".")
        assert seen["after"]["citra dewi/sertifikat teknis.pdf"] == "Sertifikat Kompetensi Teknis"
        assert seen["after"]["3273016501850003/sertifikat.jpg"] == phrase("— do not attach —")
    summary = window.panel.extra.folder_flow.last_summary
    text = _summary_text(summary)
    assert "2 dilampirkan" in text and "3 dilampirkan" not in text
    attached = window.panel.extra.folder_flow.last_outcome.attached
    assert left not in [f.shown for f in attached]
    files = Records(controller.workspace).assessor_files(citra.saved_id)
    assert files["sertifikat-teknis"].name == kept
    summary.close_button.click()

"""2.11's panel tells the truth: a kept document over the limit offers the very button its
message names («Kompres agar ≤ 2 MB») and pressing it fixes the row and the item; a locked
document makes 2.11 an error; "Ekspor folder untuk Drive…" never overwrites without asking."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton

from lsp_desktop.store.records import Person, Records
from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog
from tests import ROOT
from tests import makefiles as mk
from tests.fill import FOLDER
from tests.support.scans import scan_pdf
from tests.ui.answering import answer_next
from tests.ui.driving import state_text, wait_idle
from tests.ui.screens import save_at_screen_sizes

OUTPUT = ROOT / "tests" / "output"


def _assessors(window):
    records = Records(window.controller.workspace)
    citra = records.save_person(Person(None, "Citra Dewi", "asesor"))
    records.save_person(Person(None, "Indah Lestari", "asesor"))
    window.controller.workspace.set_link("berkas-asesor", FOLDER)
    window.controller.refresh_all()
    return records, citra


def _choose(monkeypatch, extra, tmp_path, qtbot, app_window, key, name, data):
    path = mk.write(tmp_path, name, data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    QTest.mouseClick(extra.slots[key].zone, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)


def _big_ijazah(app_window, qtbot, tmp_path, monkeypatch):
    """Citra's diploma, a 14 MB scan, chosen in 2.11's box."""
    window = app_window.window
    records, citra = _assessors(window)
    window.select("berkas-asesor")
    extra = window.panel.extra
    scan = scan_pdf(300, ("RGB", "L", "RGB"))
    _choose(monkeypatch, extra, tmp_path, qtbot, app_window, (citra.id, "ijazah"),
            "ijazah scan.pdf", scan)
    return records, citra, extra, scan


def test_oversized_row_offers_compress_and_pressing_it_fixes_211(app_window, qtbot, tmp_path,
                                                                  monkeypatch):
    window = app_window.window
    window.resize(1366, 900)
    records, citra, extra, scan = _big_ijazah(app_window, qtbot, tmp_path, monkeypatch)
    assert len(scan) > 2_000_000
    # The circular sets no size for 2.11's Drive folder: the app's advice, not a block.
    assert state_text(window, "berkas-asesor") == "siap, ada peringatan"
    slot = extra.slots[(citra.id, "ijazah")]
    assert "Kompres agar ≤ 2 MB" in slot.state.text()
    # The button the message names is on that row, and only there.
    offered = [b for b in extra.findChildren(QPushButton)
               if b.text() == "Kompres agar ≤ 2 MB" and not b.isHidden()]
    assert offered == [slot.compress]
    OUTPUT.mkdir(exist_ok=True)
    extra.grab().save(str(OUTPUT / "assessor-files-compress.png"))
    QTest.mouseClick(slot.compress, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    # Before and after first, as for an item's file: nothing kept until accepted.
    preview = extra.dialog
    assert isinstance(preview, FixPreviewDialog) and preview.isVisible()
    before, after = (caption.text() for caption in preview.captions)
    assert "MB" in before and "memenuhi" in preview.verdict.text()
    assert records.assessor_files(citra.id)["ijazah"].size == len(scan)
    save_at_screen_sizes(preview, "assessor-files-compress-preview")
    QTest.mouseClick(preview.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    kept = records.assessor_files(citra.id)["ijazah"]
    assert kept.size < 2_000_000 and kept.name == "ijazah scan.pdf"
    slot = extra.slots[(citra.id, "ijazah")]
    assert "Memenuhi ketentuan" in slot.state.text() and slot.compress.isHidden()
    assert "dikompres" in window.notice_label.text()
    # Indah has nothing here: a warning that asks to check the Drive folder, not an error.
    assert state_text(window, "berkas-asesor") == "siap, ada peringatan"


def test_a_locked_document_in_211_is_the_apps_advice(app_window, qtbot, tmp_path,
                                                      monkeypatch):
    window = app_window.window
    _, citra = _assessors(window)
    window.select("berkas-asesor")
    extra = window.panel.extra
    _choose(monkeypatch, extra, tmp_path, qtbot, app_window,
            (citra.id, "sertifikat-teknis"), "terkunci.pdf", mk.encrypted_pdf("rahasia"))
    assert state_text(window, "berkas-asesor") == "siap, ada peringatan"
    status = window.controller.statuses["berkas-asesor"]
    assert status.ready and any("saran aplikasi ini" in f.message("id")
                                for f in status.findings)
    assert extra.slots[(citra.id, "sertifikat-teknis")].compress.isHidden()
    OUTPUT.mkdir(exist_ok=True)
    window.resize(1366, 900)
    window.grab().save(str(OUTPUT / "assessor-files-locked.png"))


def test_drive_export_asks_before_replacing_and_keeps_the_file_on_cancel(
        app_window, qtbot, tmp_path, monkeypatch):
    window = app_window.window
    records, citra = _assessors(window)
    records.attach_assessor_file(citra.id, "ktp", "ktp.jpg", mk.image_bytes("JPEG"))
    records.attach_assessor_file(citra.id, "ijazah", "ijazah.pdf", mk.pdf_bytes())
    window.controller.refresh_all()
    window.select("berkas-asesor")
    extra = window.panel.extra
    target = tmp_path / "drive"
    (target / "Citra Dewi").mkdir(parents=True)
    own = target / "Citra Dewi" / "KTP.jpg"
    own.write_bytes(b"the admin's own scan")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    button = [b for b in extra.findChildren(QPushButton)
              if b.text() == "Ekspor folder untuk Drive…"][0]
    asked = []
    answer_next(monkeypatch, "Batal", seen=asked)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert "1 berkas" in asked[0] and "KTP.jpg" in asked[0]
    assert own.read_bytes() == b"the admin's own scan"
    assert not (target / "Citra Dewi" / "Ijazah.pdf").exists()  # nothing written at all
    answer_next(monkeypatch, "Ganti", seen=asked)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert own.read_bytes() != b"the admin's own scan"
    assert (target / "Citra Dewi" / "Ijazah.pdf").exists() and extra.exported == 2


def test_drive_export_into_an_empty_folder_asks_nothing(app_window, qtbot, tmp_path,
                                                        monkeypatch):
    window = app_window.window
    records, citra = _assessors(window)
    records.attach_assessor_file(citra.id, "ktp", "ktp.jpg", mk.image_bytes("JPEG"))
    window.select("berkas-asesor")
    extra = window.panel.extra
    extra.export_folder(tmp_path / "kosong")  # conftest refuses any dialog that opens
    wait_idle(qtbot, app_window)
    assert (tmp_path / "kosong" / "Citra Dewi" / "KTP.jpg").exists() and extra.exported == 1


def test_discarding_211s_compress_preview_keeps_the_original(app_window, qtbot, tmp_path,
                                                             monkeypatch):
    window = app_window.window
    records, citra, extra, scan = _big_ijazah(app_window, qtbot, tmp_path, monkeypatch)
    steps = window.controller.undo_stack.count()
    QTest.mouseClick(extra.slots[(citra.id, "ijazah")].compress, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    QTest.mouseClick(extra.dialog.discard_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert records.assessor_files(citra.id)["ijazah"].size == len(scan)
    assert window.controller.undo_stack.count() == steps  # nothing to undo added
    slot = extra.slots[(citra.id, "ijazah")]
    assert slot.compress.isVisibleTo(extra) and slot.compress.isEnabled()


def test_the_very_file_given_again_to_a_211_box_is_said_to_be_there(app_window, qtbot,
                                                                    tmp_path, monkeypatch):
    window = app_window.window
    _, citra = _assessors(window)
    window.select("berkas-asesor")
    extra = window.panel.extra
    key = (citra.id, "ktp")
    _choose(monkeypatch, extra, tmp_path, qtbot, app_window, key, "ktp.jpg",
            mk.image_bytes("JPEG", (1200, 800)))
    steps = window.controller.undo_stack.count()
    # The same bytes under another name: no "Ganti?" (a modal would fail the test).
    _choose(monkeypatch, extra, tmp_path, qtbot, app_window, key, "ktp salinan.jpg",
            mk.image_bytes("JPEG", (1200, 800)))
    assert "ktp salinan.jpg adalah berkas yang sama persis" in extra.slots[key].state.text()
    assert window.controller.undo_stack.count() == steps

"""The data tables as an admin uses them: add a row and type, remove with a question and
undo, bad cells marked with the finding, computed values shown as computed, an assessor
left out of 2.12, and 2.11's per-assessor boxes."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QLabel, QPushButton

from lsp_desktop.store.participant import (
    Participant,
    not_submitted_assessors,
    participant,
    set_participant,
)
from lsp_desktop.store.records import AssessorData, Package, Person, Records, Unit
from lsp_desktop.ui.icons import state_color
from tests import makefiles as mk
from tests.ui.answering import answer_next
from tests.ui.driving import click_menu, dark_palette, state_text, wait_idle

NIKS = ["3174055708900001", "3174051708900002", "3273016501850003"]
ROLE = Qt.ItemDataRole


def _cell(model, row, key):
    return model.index(row, [c.key for c in model.columns].index(key))


def _button(panel, text):
    found = [b for b in panel.findChildren(QPushButton) if b.text() == text]
    assert found, f"no button {text!r}"
    return found[0]


def _add_and_type(app_window, qtbot, item, button, typed):
    """Press the table's add button, then type into the new row as the admin does."""
    window = app_window.window
    _shown(window, qtbot)
    window.select(item)
    panel = window.panel
    QTest.mouseClick(_button(panel, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.view.state() == QAbstractItemView.State.EditingState)
    QTest.keyClicks(QApplication.focusWidget(), typed)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_idle(qtbot, app_window)
    return panel


def _shown(window, qtbot):
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)


def _citra(window, issued="2020-01-10", expires=""):
    records = Records(window.controller.workspace)
    citra = records.save_person(Person(None, "Citra Dewi", "asesor", NIKS[2]))
    records.save_assessor_data(AssessorData(citra.id, "MET.000.001573 2020", "0012345",
                                            issued, expires, "TIK"))
    records.set_social_media("instagram", "@lsp_tik")
    window.controller.refresh_all()
    return records, citra


def test_add_person_then_type_the_name(app_window, qtbot):
    window = app_window.window
    panel = _add_and_type(app_window, qtbot, "siapkerja", "Tambah personel", "Budi Santoso")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and panel.model.data(panel.model.index(0, 0)) == "Budi Santoso")
    assert [p.name for p in Records(window.controller.workspace).people()] == ["Budi Santoso"]


def test_removing_a_person_asks_by_name_and_undo_brings_back_everything(app_window, qtbot,
                                                                        monkeypatch):
    window = app_window.window
    records, citra = _citra(window)
    records.attach_assessor_file(citra.id, "ktp", "ktp.jpg", mk.image_bytes("JPEG"))
    set_participant(window.controller.workspace, Participant(citra.id, "Citra Dewi"))
    window.controller.refresh_all()
    _shown(window, qtbot)
    window.select("siapkerja")
    wait_idle(qtbot, app_window)  # the rows are read on a worker
    panel = window.panel
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(panel.model.index(0, 0)).center())
    asked = []
    answer_next(monkeypatch, "Batal", seen=asked)
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "“Citra Dewi”" in asked[0] and "1 berkas 2.11" in asked[0]
    # She is item 4's participant too: the question says so before anything goes.
    assert "Citra Dewi adalah peserta pelatihan butir 4" in asked[0]
    assert [p.name for p in records.people()] == ["Citra Dewi"]  # cancelled: kept
    answer_next(monkeypatch, "Hapus", seen=asked)
    QTest.mouseClick(_button(panel, "Hapus yang dipilih"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert records.people() == [] and "Ctrl+Z" in window.notice_label.text()
    assert state_text(window, "siapkerja") == "belum ada"
    click_menu(window, "undo")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert records.person(citra.id).nik == NIKS[2]
    assert records.assessor_data(citra.id).blanko_number == "0012345"
    assert list(records.assessor_files(citra.id)) == ["ktp"]
    assert participant(window.controller.workspace).person_id == citra.id


def test_removing_a_package_and_a_unit_asks_and_undoes(app_window, qtbot, monkeypatch):
    window = app_window.window
    records = Records(window.controller.workspace)
    records.save_package(Package(None, "SKM-1", "Pemrogram", "Programmer", "okupasi", "",
                                 [Unit(None, "J.620100.001.01", "A", "A"),
                                  Unit(None, "J.620100.002.01", "B", "B")]))
    window.controller.refresh_all()
    window.select("paket-kompetensi")
    panel = window.panel
    asked = []
    panel.unit_view.setCurrentIndex(panel.units.index(1, 0))
    answer_next(monkeypatch, "Hapus", seen=asked)
    QTest.mouseClick(_button(panel, "Hapus unit"), Qt.MouseButton.LeftButton)
    assert "“J.620100.002.01”" in asked[0]
    qtbot.waitUntil(lambda: panel.units.rowCount() == 1)
    answer_next(monkeypatch, "Hapus", seen=asked)
    QTest.mouseClick(_button(panel, "Hapus paket"), Qt.MouseButton.LeftButton)
    assert "“SKM-1”" in asked[1] and "1 unit" in asked[1]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    click_menu(window, "undo")
    click_menu(window, "undo")
    qtbot.waitUntil(lambda: panel.units.rowCount() == 2)
    assert [u.title_id for u in records.packages()[0].units] == ["A", "B"]


def test_bad_cells_are_marked_with_the_finding(app_window, qapp, qtbot):
    window = app_window.window
    records = Records(window.controller.workspace)
    records.save_person(Person(None, "Ani", "pengarah", NIKS[0]))
    records.save_person(Person(None, "Budi", "pelaksana", "31740", "budi@"))
    window.controller.refresh_all()
    window.select("siapkerja")
    wait_idle(qtbot, app_window)  # the rows are read on a worker
    model = window.panel.model
    nik, email, name = model.index(1, 2), model.index(1, 3), model.index(1, 0)
    assert "16 angka" in model.data(nik, ROLE.ToolTipRole)
    assert "budi@" in model.data(email, ROLE.ToolTipRole)
    # The circular names no NIK: a wrong one is the app's advice, marked as a warning.
    assert model.data(nik, ROLE.ForegroundRole) == state_color("warning")
    assert model.data(nik, ROLE.FontRole).bold()
    assert not model.data(nik, ROLE.DecorationRole).isNull()
    assert model.data(model.index(0, 2), ROLE.ForegroundRole) is None  # a good NIK
    assert model.data(name, ROLE.DecorationRole) is not None  # the row's mark stays too


def test_computed_expiry_and_dates_shown_as_the_core_reads_them(app_window, qapp, qtbot):
    window = app_window.window
    _citra(window, issued="2025-06-01")
    window.select("data-asesor")
    wait_idle(qtbot, app_window)
    model = window.panel.model
    expiry = _cell(model, 0, "expires_on")
    assert model.data(expiry) == "1 Juni 2028"  # in words; kept as 2028-06-01
    assert model.data(expiry, ROLE.EditRole) == ""  # nothing written: computed
    assert model.data(expiry, ROLE.FontRole).italic()
    assert "Dihitung" in model.data(expiry, ROLE.ToolTipRole)
    assert "1 Juni 2028" in model.data(expiry, ROLE.ToolTipRole)
    model.setData(_cell(model, 0, "issued_on"), "17/03/2024", ROLE.EditRole)
    wait_idle(qtbot, app_window)
    assert model.data(_cell(model, 0, "issued_on")) == "17 Maret 2024"
    assert model.data(_cell(model, 0, "expires_on")) == "17 Maret 2027"


def test_an_expired_assessor_left_out_of_212_with_a_reason(app_window, qtbot, monkeypatch):
    window = app_window.window
    records, citra = _citra(window)
    _shown(window, qtbot)
    window.select("data-asesor")
    panel = window.panel
    model = panel.model
    assert "habis masa berlakunya" in model.data(_cell(model, 0, "expires_on"),
                                                 ROLE.ToolTipRole)
    assert state_text(window, "data-asesor") == "ada kesalahan"
    panel.view.selectRow(0)
    asked = []
    answer_next(monkeypatch, "Tandai tidak diajukan", typed="sertifikasi ulang (RCC)", seen=asked)
    QTest.mouseClick(_button(panel, "Tandai tidak diajukan di butir 2.12…"),
                     Qt.MouseButton.LeftButton)
    assert "Citra Dewi" in asked[0]
    qtbot.waitUntil(lambda: 0 in panel.model.greyed)
    assert not_submitted_assessors(window.controller.workspace) == {
        citra.id: "sertifikasi ulang (RCC)"}
    assert model.data(_cell(model, 0, "left_out")) == "tidak: sertifikasi ulang (RCC)"
    assert "sertifikasi ulang (RCC)" in model.data(model.index(0, 0), ROLE.ToolTipRole)
    assert "RCC" in model.data(_cell(model, 0, "expires_on"), ROLE.ToolTipRole)  # the reason
    assert model.data(model.index(0, 0), ROLE.ForegroundRole) == state_color("not-required")
    assert model.data(_cell(model, 0, "met_number"), ROLE.FontRole).italic()
    assert window.controller.statuses["data-asesor"].state != "error"
    assert [p.name for p in records.people()] == ["Citra Dewi"]  # still in item 1
    assert not _button(panel, "Tandai tidak diajukan di butir 2.12…").isEnabled()
    QTest.mouseClick(_button(panel, "Ajukan lagi di butir 2.12"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.model.greyed)
    assert state_text(window, "data-asesor") == "ada kesalahan"


def test_211_boxes_choose_show_state_replace_and_remove(app_window, qtbot, tmp_path,
                                                        monkeypatch):
    window = app_window.window
    records, citra = _citra(window)
    window.select("berkas-asesor")
    extra = window.panel.extra
    texts = " ".join(label.text() for label in extra.findChildren(QLabel))
    assert "Sertifikat Kompetensi Teknis" in texts and "sertifikat-teknis" not in texts
    blue = mk.write(tmp_path, "foto biru.jpg", mk.image_bytes("JPEG", (300, 400),
                                                               color=(20, 60, 200)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(blue), ""))
    QTest.mouseClick(extra.slots[(citra.id, "pasfoto")].zone, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    slot = extra.slots[(citra.id, "pasfoto")]
    assert slot.zone.full_text == "foto biru.jpg"
    assert "bukan merah" in slot.state.text()
    red = mk.write(tmp_path, "foto merah.jpg", mk.image_bytes("JPEG", (300, 400),
                                                               color=(200, 20, 30)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(red), ""))
    asked = []
    answer_next(monkeypatch, "Ganti", seen=asked)
    QTest.mouseClick(_button(extra, "Ganti…"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert "Ganti foto biru.jpg dengan foto merah.jpg?" in asked[0]
    slot = extra.slots[(citra.id, "pasfoto")]
    assert slot.zone.full_text == "foto merah.jpg" and "Memenuhi ketentuan" in slot.state.text()
    remove = [b for b in extra.findChildren(QPushButton) if b.isEnabled()
              and b.accessibleName() == "Hapus Citra Dewi: Pasfoto (latar belakang merah)"]
    QTest.mouseClick(remove[0], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert records.assessor_files(citra.id) == {}
    assert extra.slots[(citra.id, "pasfoto")].file is None
    click_menu(window, "undo")
    wait_idle(qtbot, app_window)
    assert extra.slots[(citra.id, "pasfoto")].zone.full_text == "foto merah.jpg"


def test_marks_stay_readable_on_a_dark_palette(app_window, qapp, qtbot):
    from PySide6.QtGui import QPalette

    from lsp_desktop.ui.icons import contrast_ratio

    window = app_window.window
    Records(window.controller.workspace).save_person(Person(None, "Budi", "pelaksana", "31"))
    window.controller.refresh_all()
    original = QApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        window.select("siapkerja")
        wait_idle(qtbot, app_window)  # the rows are read on a worker
        model = window.panel.model
        color = model.data(model.index(0, 2), ROLE.ForegroundRole)
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        assert color != state_color("error", original) and contrast_ratio(color, base) >= 4.5
    finally:
        QApplication.setPalette(original)


def test_a_refused_211_file_is_said_in_its_box_by_the_document_name(app_window, qtbot,
                                                                     tmp_path):
    from tests.ui.driving import drop

    window = app_window.window
    _records, citra = _citra(window)
    window.select("berkas-asesor")
    extra = window.panel.extra
    word = mk.write(tmp_path, "sertifikat.docx", mk.docx_bytes())
    drop(extra.zones[(citra.id, "sertifikat-teknis")], [word])
    wait_idle(qtbot, app_window)
    qtbot.waitUntil(lambda: "sertifikat.docx" in extra.slots[
        (citra.id, "sertifikat-teknis")].state.text())
    said = extra.slots[(citra.id, "sertifikat-teknis")].state.text()
    assert "Sertifikat Kompetensi Teknis" in said and "sertifikat-teknis" not in said


def test_package_and_unit_cells_are_marked(app_window, qapp):
    window = app_window.window
    Records(window.controller.workspace).save_package(Package(
        None, "SKM-1", "Pemrogram", "", "okupasi", "", [Unit(None, "J.620100.001.01", "", "A")]))
    window.controller.refresh_all()
    window.select("paket-kompetensi")
    qapp.processEvents()
    panel = window.panel
    assert "Inggris" in panel.model.data(panel.model.index(0, 2), ROLE.ToolTipRole)
    assert panel.model.data(panel.model.index(0, 0), ROLE.ToolTipRole) is None
    assert panel.units.data(panel.units.index(0, 1), ROLE.FontRole).bold()
    assert panel.units.data(panel.units.index(0, 0), ROLE.ToolTipRole) is None


def test_add_package_then_type_its_code(app_window, qtbot):
    window = app_window.window
    _add_and_type(app_window, qtbot, "paket-kompetensi", "Tambah paket",
                  "SKM/BNSP/00010/1/2020/37A5")
    qtbot.waitUntil(lambda: [p.code for p in Records(window.controller.workspace).packages()]
                    == ["SKM/BNSP/00010/1/2020/37A5"])


def test_removing_an_assessor_from_212_points_to_leaving_them_out(app_window, qtbot,
                                                                   monkeypatch):
    window = app_window.window
    records, citra = _citra(window)
    window.select("data-asesor")
    panel = window.panel
    shown = []
    window.controller.notice.connect(lambda text, level: shown.append(text))
    # No row chosen: greyed like the buttons beside it (issue F3, point 8).
    assert not _button(panel, "Hapus dari daftar personel…").isEnabled()
    panel.view.selectRow(0)
    asked = []
    answer_next(monkeypatch, "Hapus", seen=asked)
    QTest.mouseClick(_button(panel, "Hapus dari daftar personel…"), Qt.MouseButton.LeftButton)
    assert "butir 1" in asked[0] and "Tandai tidak diajukan di butir 2.12…" in asked[0]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert records.people() == []
    click_menu(window, "undo")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert records.assessor_data(citra.id).issued_on == "2020-01-10"


def test_a_removal_that_fails_is_said_and_leaves_nothing_to_undo(app_window, qtbot):
    from lsp_desktop.base.errors import LspError
    from lsp_desktop.ui.i18n import Said

    controller = app_window.window.controller
    shown = []
    controller.notice.connect(lambda text, level: shown.append((str(text), level)))

    def refused(_workspace):
        raise LspError("person.name_missing")

    controller.edits.edit(Said("Remove {name}", name="Ani"), refused)
    wait_idle(qtbot, app_window)
    assert shown[-1][1] == "error" and controller.undo_stack.count() == 0


def test_a_date_shown_in_words_is_kept_in_iso_when_another_cell_is_edited(app_window, qtbot):
    """Issue 20, point 5: the admin reads '10 Januari 2020'; the workspace keeps
    2020-01-10, also after an edit of another column of the same row."""
    window = app_window.window
    records, citra = _citra(window, issued="10/01/2020", expires="10/01/2023")
    window.select("data-asesor")
    wait_idle(qtbot, app_window)
    model = window.panel.model
    assert model.data(_cell(model, 0, "issued_on")) == "10 Januari 2020"
    model.setData(_cell(model, 0, "field"), "Teknologi Informasi", ROLE.EditRole)
    wait_idle(qtbot, app_window)
    kept = records.assessor_data(citra.id)
    assert (kept.issued_on, kept.expires_on, kept.field) == (
        "2020-01-10", "2023-01-10", "Teknologi Informasi")


def test_an_expired_computed_expiry_shows_its_date_marked(app_window, qtbot):
    """Issue 21, point 5: the computed expiry of an expired certificate is not blank (the
    date only in the tooltip) but shown, said expired, with the error's mark."""
    window = app_window.window
    _citra(window, issued="2021-03-17")
    window.select("data-asesor")
    wait_idle(qtbot, app_window)
    model = window.panel.model
    expiry = _cell(model, 0, "expires_on")
    assert model.data(expiry) == "17 Maret 2024 — kedaluwarsa"
    assert model.data(expiry, ROLE.EditRole) == ""  # still nothing written: computed
    assert model.data(expiry, ROLE.ForegroundRole) == state_color("error")
    assert not model.data(expiry, ROLE.DecorationRole).isNull()  # the red ✕
    tooltip = model.data(expiry, ROLE.ToolTipRole)
    assert "habis masa berlakunya" in tooltip and "Dihitung" in tooltip


def test_opening_and_leaving_a_kind_of_its_own_keeps_it(app_window, qtbot):
    """A kind typed or imported as "KKNI Level II" is kept as written; its drop-down
    offered only the known kinds, so opening it (F2) and leaving (Tab) erased the kind and
    left an undo step for it."""
    window = app_window.window
    records = Records(window.controller.workspace)
    records.save_package(Package(None, "SKM/1", "Paket", "Package", "KKNI Level II",
                                 "SKKNI 1/2016", [Unit(None, "J.1", "Satu", "One")]))
    window.controller.refresh_all()
    _shown(window, qtbot)
    window.select("paket-kompetensi")
    wait_idle(qtbot, app_window)
    panel = window.panel
    kind = _cell(panel.model, 0, "kind")
    assert kind.data() == "KKNI Level II"
    undo_before = window.controller.undo_stack.count()
    panel.view.setFocus()
    panel.view.setCurrentIndex(kind)
    QTest.keyClick(panel.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: panel.view.state() == QAbstractItemView.State.EditingState)
    assert QApplication.focusWidget().currentText() == "KKNI Level II"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    wait_idle(qtbot, app_window)
    assert [p.kind for p in records.packages()] == ["KKNI Level II"]
    assert window.controller.undo_stack.count() == undo_before

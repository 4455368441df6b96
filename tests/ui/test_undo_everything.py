"""Every edit is one step the admin can undo (issue 17), shown in the real window on the
real thread pool: a scripted session with an edit of every kind, each through its real
button, key or drop; then Ctrl+Z back to the start, the whole workspace (people,
assessors, packages, documents with their bytes, links, social media, participant,
profile) equal to the snapshot taken before each edit; then Ctrl+Shift+Z to the end."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from lsp_desktop.store.changes import reading
from lsp_desktop.ui.dialogs.table_import import import_table
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from tests import makefiles as mk
from tests.support.scans import scan_pdf
from tests.ui.answering import answer_next
from tests.ui.driving import drop, menu_action, state_text, wait_idle

SHEET = ("nama,peran,nik,email,telepon,siapkerja\n"
         "Citra Dewi,asesor,3273016501850003,,,terdaftar\n"
         "Budi Santoso,pelaksana,3174051708900002,budi@lsp.or.id,081234567890,sudah submit\n")


def snapshot(controller):
    """The whole workspace as the admin knows it, every stored file's bytes included."""
    tables = {name: sorted(rows.values(), key=repr)
              for name, (_, rows) in reading(controller.workspace).items()}
    shas = {row[4] for name in ("documents", "assessor_files")
            for row in tables[name]}
    blobs = {sha: b"".join(controller.workspace.blob_chunks(sha)) for sha in shas}
    return tables, blobs


def _tables_apart(one, other):
    """The tables of one snapshot that differ from the other's: what an assertion shows."""
    return {name: rows for name, rows in one[0].items() if rows != other[0][name]}


def _keys(widget, sequence):
    """Press a standard key combination (Ctrl+Z, Ctrl+Shift+Z) as the keyboard sends it."""
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def _type(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _button(panel, text):
    return next(b for b in panel.findChildren(QPushButton) if b.text() == text)


def _close_editor():
    """Escape out of the editor a new row opens for typing, as the admin would."""
    if QApplication.focusWidget() is not None:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def _cell(view, row, key, text):
    model = view.model()
    column = [c.key for c in model.columns].index(key)
    model.setData(model.index(row, column), text, Qt.ItemDataRole.EditRole)


class Session:
    """The admin's session: each edit is followed by a snapshot of the workspace."""

    def __init__(self, app_window, qtbot):
        self.app, self.qtbot = app_window, qtbot
        self.window = app_window.window
        self.controller = self.window.controller
        self.states = [snapshot(self.controller)]
        self.names: list[str] = []

    def done(self):
        wait_idle(self.qtbot, self.app)
        self.states.append(snapshot(self.controller))
        self.names.append(self.controller.undo_stack.undoText())
        assert len(self.names) == self.controller.undo_stack.count(), self.names

    def select(self, item):
        self.window.select(item)
        wait_idle(self.qtbot, self.app)
        return self.window.panel


@pytest.mark.parametrize("pool_kind", ["threads"])
def test_every_edit_is_undone_and_redone_exactly(app_window, qtbot, tmp_path, monkeypatch):
    window = app_window.window
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    session = Session(app_window, qtbot)
    controller = session.controller
    monkeypatch.setattr(window, "confirm_fix", lambda *args: True)
    # The profile.
    _type(qtbot, session.select(PROFILE_ID).name, "LSP Teknologi Digital")
    session.done()
    # A link.
    _type(qtbot, session.select("dokumen-skema").link_edit,
          "https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUv")
    session.done()
    # A file attached, then replaced, then another one removed with Delete in the list.
    panel = session.select("npwp")
    drop(panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    session.done()
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp baru.pdf", mk.pdf_bytes(pages=2))])
    session.done()
    drop(session.select("rekening").drop_zone, [mk.write(tmp_path, "rek.pdf", mk.pdf_bytes())])
    session.done()
    window.checklist.setFocus()
    QTest.keyClick(window.checklist, Qt.Key.Key_Delete)
    session.done()
    # A spreadsheet import, a cell typed in, a row added and removed again.
    roster = session.select("siapkerja")
    sheet = tmp_path / "personel.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    import_table(roster, controller, "people", sheet, confirm=lambda plan: True)
    session.done()
    roster = window.panel
    _cell(roster.view, 0, "email", "citra@lsp.or.id")
    session.done()
    QTest.mouseClick(_button(roster, "Tambah personel"), Qt.MouseButton.LeftButton)
    session.done()
    _close_editor()
    roster = window.panel
    roster.view.selectRow(roster.model.rowCount() - 1)
    answer_next(monkeypatch, "Hapus")
    QTest.keyClick(roster.view, Qt.Key.Key_Delete)
    session.done()
    # 2.12: a certificate field and social media.
    assessors = session.select("data-asesor")
    _cell(assessors.view, 0, "blanko_number", "0012345")
    session.done()
    _type(qtbot, window.panel.social["instagram"], "@lsp_tekdig")
    session.done()
    # 2.11: a scan over the limit attached for Citra, then Kompres pressed on its row.
    extra = session.select("berkas-asesor").extra
    citra = next(p.id for p in controller.read.people() if p.name == "Citra Dewi")
    drop(extra.zones[(citra, "ijazah")], [mk.write(tmp_path, "ijazah scan.pdf",
                                                    scan_pdf(300, ("RGB", "L", "RGB")))])
    session.done()
    QTest.mouseClick(window.panel.extra.slots[(citra, "ijazah")].compress,
                     Qt.MouseButton.LeftButton)
    wait_idle(session.qtbot, session.app)  # before and after first; kept when accepted
    QTest.mouseClick(window.panel.extra.dialog.accept_button, Qt.MouseButton.LeftButton)
    session.done()
    # Point 4: the participant chosen from the roster, and a field the app asks for.
    training = session.select("sk-staf-it").extra
    training.person.setCurrentIndex(training.person.findData(citra))
    training.person.activated.emit(training.person.currentIndex())
    session.done()
    _type(qtbot, window.panel.extra.job_title, "Staf IT")
    session.done()
    # 2.14: a package added, then its name typed in.
    packages = session.select("paket-kompetensi")
    QTest.mouseClick(_button(packages, "Tambah paket"), Qt.MouseButton.LeftButton)
    session.done()
    _close_editor()
    _cell(window.panel.view, 0, "name_id", "Pemrogram Junior")
    session.done()

    steps = len(session.names)
    assert steps == controller.undo_stack.count() == 18
    assert any("Kompres" in name for name in session.names)
    # Back to the start, one Ctrl+Z at a time, from wherever the focus is.
    window.activateWindow()  # as the system does once the last question has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.checklist.setFocus()
    for index in range(steps, 0, -1):
        assert menu_action(window, "undo").text() == f"&Urungkan {session.names[index - 1]}"
        _keys(window.checklist, QKeySequence.StandardKey.Undo)
        wait_idle(qtbot, app_window)
        now, was = snapshot(controller), session.states[index - 1]
        assert _tables_apart(now, was) == _tables_apart(was, now), session.names[index - 1]
        assert now == was, session.names[index - 1]
        assert window.notice_label.text() == f"Diurungkan: {session.names[index - 1]}"
    assert not menu_action(window, "undo").isEnabled()
    # And forward again to the end.
    for index in range(1, steps + 1):
        _keys(window.checklist, "Ctrl+Shift+Z")
        wait_idle(qtbot, app_window)
        assert snapshot(controller) == session.states[index], session.names[index - 1]
    assert state_text(window, "npwp") == "siap"


@pytest.mark.parametrize("pool_kind", ["threads"])
def test_import_then_211_attach_then_kompres_then_ctrl_z_undoes_the_kompres(
        app_window, qtbot, tmp_path):
    """The walk of issue 17: Ctrl+Z took back the import made long before, not the
    Kompres just pressed; the people's 2.11 files were then lost for good."""
    window = app_window.window
    window.show()
    window.activateWindow()
    controller = window.controller
    window.select("siapkerja")
    sheet = tmp_path / "personel.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    import_table(window.panel, controller, "people", sheet, confirm=lambda plan: True)
    wait_idle(qtbot, app_window)
    window.select("berkas-asesor")
    extra = window.panel.extra
    citra = next(p.id for p in controller.read.people() if p.name == "Citra Dewi")
    scan = scan_pdf(300, ("RGB", "L", "RGB"))
    drop(extra.zones[(citra, "ijazah")], [mk.write(tmp_path, "ijazah scan.pdf", scan)])
    wait_idle(qtbot, app_window)
    QTest.mouseClick(window.panel.extra.slots[(citra, "ijazah")].compress,
                     Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    QTest.mouseClick(window.panel.extra.dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert controller.read.assessor_files(citra)["ijazah"].size < 2_000_000
    assert menu_action(window, "undo").text() == \
        "&Urungkan Kompres Ijazah Citra Dewi"
    _keys(window.checklist, QKeySequence.StandardKey.Undo)
    wait_idle(qtbot, app_window)
    assert controller.read.assessor_files(citra)["ijazah"].size == len(scan)
    assert [p.name for p in controller.read.people()] == ["Citra Dewi", "Budi Santoso"]
    assert "dikompres" not in window.notice_label.text()
    assert window.notice_label.text().startswith("Diurungkan: Kompres")
    # Undo the attach and the import, then redo all three: everything is back.
    for _ in range(2):
        _keys(window.checklist, QKeySequence.StandardKey.Undo)
    wait_idle(qtbot, app_window)
    assert controller.read.people() == []
    for _ in range(3):
        _keys(window.checklist, QKeySequence.StandardKey.Redo)
    wait_idle(qtbot, app_window)
    kept = controller.read.assessor_files(citra)["ijazah"]
    assert kept.size < 2_000_000 and kept.name == "ijazah scan.pdf"


@pytest.mark.parametrize("pool_kind", ["threads"])
def test_ctrl_z_pressed_while_an_edit_is_saved_takes_back_that_edit(app_window, qtbot):
    """Ctrl+Z always takes back the most recent edit, even one a worker is still saving:
    the undo waits for it rather than taking back the one before (made deterministic by an
    edit that is held until the key has been pressed)."""
    import threading

    from lsp_desktop.ui.i18n import Said

    window = app_window.window
    window.show()
    window.activateWindow()
    controller = window.controller
    controller.set_link("dokumen-skema", "https://drive.google.com/drive/folders/1Earlier")
    wait_idle(qtbot, app_window)
    held = threading.Event()

    def slow_profile(workspace):
        assert held.wait(30)
        workspace.set_profile(name="LSP Lambat")

    controller.edits.edit(Said("Change the profile"), slow_profile)
    window.checklist.setFocus()
    _keys(window.checklist, QKeySequence.StandardKey.Undo)  # while it is still being saved
    assert controller.edits.busy
    held.set()
    wait_idle(qtbot, app_window)
    assert controller.read.profile().name == ""  # the slow edit was taken back
    assert controller.statuses["dokumen-skema"].link.endswith("1Earlier")  # not this one
    assert menu_action(window, "undo").text().startswith("&Urungkan Ubah tautan")

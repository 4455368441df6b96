"""The data editors: roster, assessors, packages, Drive folder, training participant."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.ui.dialogs.table_import import import_table
from lsp_desktop.ui.icons import state_icon
from tests import makefiles as mk
from tests.fill import NIKS, fill_everything
from tests.ui.driving import drop, state_text, wait_idle
from tests.ui.tips import read_tip


def edit_cell(view, row, column, value):
    """Set a cell's value; an editor left open (a new row opens one) is closed first with
    Escape, as the admin would, so that the panel's refresh is not held back by it."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    if view.state() == QAbstractItemView.State.EditingState and QApplication.focusWidget():
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    model = view.model()
    index = model.index(row, column)
    model.setData(index, value, Qt.ItemDataRole.EditRole)
    assert model.data(index, Qt.ItemDataRole.EditRole) == value


def test_marking_siapkerja_status_completes_item_1(app_window, qapp, qtbot):  # noqa: F811
    window = app_window.window
    window.select("siapkerja")
    panel = window.panel
    for _ in range(3):
        panel.add_person()
    wait_idle(qtbot, app_window)
    assert state_text(window, "siapkerja") == "0 dari 3 orang sudah kirim"
    for row, (name, role, nik) in enumerate([("Ani", "pengarah", NIKS[0]),
                                             ("Budi", "pelaksana", NIKS[1]),
                                             ("Citra", "asesor", NIKS[2])]):
        edit_cell(panel.view, row, 0, name)
        edit_cell(panel.view, row, 1, role)
        edit_cell(panel.view, row, 2, nik)
        edit_cell(panel.view, row, 5, "sudah-submit")
        wait_idle(qtbot, app_window)
    assert state_text(window, "siapkerja") == "3 dari 3 orang sudah kirim"
    assert window.controller.statuses["siapkerja"].state == "ok"
    assert "sudah kirim (submit)" in panel.model.data(panel.model.index(0, 5))


def test_import_preview_then_confirm(app_window, tmp_path, qapp, qtbot):  # noqa: F811
    window = app_window.window
    window.select("siapkerja")
    path = tmp_path / "roster.csv"
    path.write_text("nama,peran,nik,siapkerja\nAni,pengarah," + NIKS[0] + ",sudah submit\n"
                    "Budi,kasir,,\n", encoding="utf-8")
    seen = []
    import_table(window.panel, window.controller, "people", path,
                 confirm=lambda plan: seen.append(plan) or False)
    wait_idle(qtbot, app_window)
    assert Records(window.controller.workspace).people() == []  # declined: nothing written
    assert [o.line for o in seen[0].rejected] == [3]
    import_table(window.panel, window.controller, "people", path,
                 confirm=lambda plan: seen.append(plan) or True)
    wait_idle(qtbot, app_window)
    assert seen[1].count("add") == 1
    assert [p.name for p in Records(window.controller.workspace).people()] == ["Ani"]
    assert "1 baris diimpor" in window.notice_label.text()


def test_import_preview_dialog_lists_rejected_rows_first(app_window, tmp_path):  # noqa: F811
    from lsp_desktop.store.records import Records as R
    from lsp_desktop.tables.plan import plan_import
    from lsp_desktop.tables.spreadsheet import read_table
    from lsp_desktop.ui.dialogs.table_import import ImportPreviewDialog

    path = tmp_path / "r.csv"
    path.write_text("nama,peran\nAni,pengarah\n,asesor\n", encoding="utf-8")
    plan = plan_import(R(app_window.window.controller.workspace), "people",
                       read_table(path, "people"))
    dialog = ImportPreviewDialog(plan, "id")
    assert dialog.cell(0, 2) == "ditolak"
    assert dialog.cell(0, 3) == "Nama belum diisi."
    assert dialog.ok.text() == "Impor 1 baris"


def test_expired_assessor_certificate_is_shown_as_error(app_window, qapp, qtbot):  # noqa: F811
    window = app_window.window
    records = Records(window.controller.workspace)
    person = records.save_person(Person(None, "Citra", "asesor", NIKS[2]))
    records.save_assessor_data(AssessorData(person.id, "MET.000.001573 2020", "001", "", ""))
    window.controller.refresh_all()
    window.select("data-asesor")
    panel = window.panel
    edit_cell(panel.view, 0, [c.key for c in panel.model.columns].index("issued_on"),
              "2020-01-10")
    wait_idle(qtbot, app_window)
    assert state_text(window, "data-asesor") == "ada kesalahan"
    assert "habis masa berlakunya" in panel.findings.text()


def test_package_translation_and_units(app_window, qapp, qtbot):  # noqa: F811
    window = app_window.window
    window.select("paket-kompetensi")
    panel = window.panel
    panel.add_package()
    wait_idle(qtbot, app_window)
    edit_cell(panel.view, 0, 0, "SKM/BNSP/00010/1/2020/37A5")
    edit_cell(panel.view, 0, 1, "Pemrogram Junior")
    wait_idle(qtbot, app_window)
    assert "Bahasa Inggris" in panel.findings.text()
    edit_cell(panel.view, 0, 2, "Junior Programmer")
    panel.add_unit()
    wait_idle(qtbot, app_window)
    edit_cell(panel.unit_view, 0, 0, "J.620100.001.01")
    edit_cell(panel.unit_view, 0, 1, "Menganalisis")
    edit_cell(panel.unit_view, 0, 2, "Analysing")
    wait_idle(qtbot, app_window)
    assert state_text(window, "paket-kompetensi") == "siap"


def test_a_non_drive_link_is_told(app_window, qtbot):  # noqa: F811
    window = app_window.window
    window.select("dokumen-skema")
    window.panel.link_edit.setText("https://www.dropbox.com/sh/abc")
    window.panel._save_link()
    wait_idle(qtbot, app_window)
    assert state_text(window, "dokumen-skema") == "ada kesalahan"
    assert "bukan tautan Google Drive" in window.panel.findings.text()


def test_assessor_documents_and_drive_folder(app_window, tmp_path, qapp, qtbot,  # noqa: F811
                                            monkeypatch):
    window = app_window.window
    records = Records(window.controller.workspace)
    person = records.save_person(Person(None, "Citra Dewi", "asesor", NIKS[2]))
    window.controller.refresh_all()
    window.select("berkas-asesor")
    extra = window.panel.extra
    blue = mk.write(tmp_path, "pasfoto.jpg", mk.image_bytes("JPEG", (300, 400),
                                                             color=(20, 60, 200)))
    drop(extra.zones[(person.id, "pasfoto")], [blue])
    wait_idle(qtbot, app_window)
    # Said in the photo's own box, beside it, not at the bottom of the list (issue 21).
    assert "bukan merah" in extra.slots[(person.id, "pasfoto")].state.text()
    ktp = mk.write(tmp_path, "ktp.jpg", mk.image_bytes("JPEG", (800, 500)))
    drop(extra.zones[(person.id, "ktp")], [ktp])
    wait_idle(qtbot, app_window)
    # The admin clicks the button and picks a folder (the picker answers as the admin would).
    from PySide6.QtWidgets import QFileDialog, QPushButton

    (tmp_path / "drive").mkdir()
    picked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args: picked.append(args) or str(tmp_path / "drive"))
    button = next(b for b in extra.findChildren(QPushButton)
                  if b.text() == "Ekspor folder untuk Drive…")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert picked and extra.exported == 2 and "2 berkas" in window.notice_label.text()
    assert sorted(p.name for p in (tmp_path / "drive" / "Citra Dewi").iterdir()) == [
        "KTP.jpg", "Pasfoto.jpg"]


def test_training_next_step_appears_when_everything_is_ready(qapp, tmp_path):
    from PySide6.QtCore import QSettings

    from lsp_desktop.store.workspace import open_workspace
    from lsp_desktop.ui.app import Application
    from lsp_desktop.ui.tasks import ImmediatePool

    path = tmp_path / "full.lspws"
    with open_workspace(path) as ws:
        fill_everything(ws)
    application = Application(qapp, QSettings(str(tmp_path / "s.ini"),
                                              QSettings.Format.IniFormat), ImmediatePool())
    application.install_language("id")
    application.open(path)
    window = application.window
    window.select("sk-staf-it")
    training = window.panel.extra
    assert training.person.currentText() == "Dedi Kurniawan (tidak ada di daftar personel)"
    assert not training.next_step.isHidden()
    assert "bit.ly/daftarlatihansisfobaru" in training.next_label.text()
    training.person.setCurrentIndex(0)  # "— pilih dari daftar personel —"
    training.save()
    assert training.next_step.isHidden()
    assert state_text(window, "sk-staf-it") == "ada kesalahan"
    window.close()


def test_roster_rows_show_the_same_findings_as_the_item_state(app_window, qapp, qtbot):
    window = app_window.window
    records = Records(window.controller.workspace)
    records.save_person(Person(None, "Ani", "pengarah", NIKS[0]))
    records.save_person(Person(None, "Budi", "pelaksana", NIKS[0], "budi@"))
    window.controller.refresh_all()
    window.select("siapkerja")
    wait_idle(qtbot, app_window)  # the rows are read on a worker
    panel = window.panel
    state_messages = {f.message("id").split(": ", 1)[1]
                      for f in window.controller.statuses["siapkerja"].findings
                      if f.values.get("name") == "Budi"}
    name = panel.model.index(1, 0)  # Budi's name: its tooltip and icon say the row's faults
    # Each finding in the row's tooltip, its lines broken at spaces when long.
    shown = " ".join(read_tip(name.data(Qt.ItemDataRole.ToolTipRole)).split())
    said = [" ".join(message.split()) for message in state_messages]
    assert all(message in shown for message in said)
    assert len(shown) == len(" ".join(said)) and "lebih dari sekali" in shown
    # A NIK twice and a mistyped e-mail are the app's advice: a warning, not an error.
    assert _same_icon(name.data(Qt.ItemDataRole.DecorationRole), state_icon("warning"))


def _same_icon(shown, expected) -> bool:
    return shown.pixmap(16).toImage() == expected.pixmap(16).toImage()


def test_a_row_with_only_the_apps_advice_is_marked_as_a_warning(app_window, qapp, qtbot):
    """A mistyped e-mail is the app's advice, not the circular's rule (issue 20): the row's
    icon is the warning's, not a red error."""
    window = app_window.window
    Records(window.controller.workspace).save_person(
        Person(None, "Eko", "pelaksana", NIKS[1], "eko@"))
    window.controller.refresh_all()
    window.select("siapkerja")
    wait_idle(qtbot, app_window)
    name = window.panel.model.index(0, 0)
    assert "eko@" in name.data(Qt.ItemDataRole.ToolTipRole)
    assert _same_icon(name.data(Qt.ItemDataRole.DecorationRole), state_icon("warning"))


def test_export_to_a_spreadsheet_from_the_roster(app_window, tmp_path, qtbot):
    from lsp_desktop.ui.dialogs.table_import import export_table
    from tests.ui.driving import notices, wait_idle

    window = app_window.window
    Records(window.controller.workspace).save_person(Person(None, "Ani", "pengarah", NIKS[0]))
    window.select("siapkerja")
    shown = notices(window)
    export_table(window.panel, window.controller, "people", tmp_path / "personil.csv")
    window.select("npwp")  # the asking panel is gone before the file is written
    wait_idle(qtbot, app_window)
    assert "Ani" in (tmp_path / "personil.csv").read_text(encoding="utf-8")
    assert "personil.csv" in shown[-1]
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    export_table(window.panel, window.controller, "people", blocked / "p.csv")
    wait_idle(qtbot, app_window)
    assert "tidak dapat ditulis" in window.notice_label.text()

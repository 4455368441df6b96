"""The window as the admin meets it: drops, live states, profile, undo, language."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.dialogs.assign import AssignDialog
from lsp_desktop.ui.panels.requirement import RequirementPanel
from lsp_desktop.ui.tasks import ImmediatePool
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from tests import ROOT
from tests import makefiles as mk
from tests.fill import fill_files, fill_profile
from tests.ui.driving import click_menu, drop, menu_action, state_text, wait_idle


def test_dropping_a_pdf_on_the_drop_zone_attaches_a_copy(app_window, qtbot, tmp_path):
    window = app_window.window
    window.select("npwp")
    panel = window.panel
    assert isinstance(panel, RequirementPanel)
    source = mk.write(tmp_path, "NPWP LSP.pdf", mk.pdf_bytes(pages=2))
    original = source.read_bytes()
    event = drop(panel.drop_zone, [source])
    wait_idle(qtbot, app_window)
    assert event.dropAction() is Qt.DropAction.CopyAction  # never a move
    assert source.read_bytes() == original
    assert state_text(window, "npwp") == "siap"
    assert "NPWP LSP.pdf" in window.panel.file_info.text()
    assert "2 halaman" in window.panel.file_info.text()
    assert "1 dari" in window.progress_bar.format()
    assert "memenuhi ketentuan" in window.notice_label.text()


def test_oversized_scan_is_attached_with_a_plain_error(app_window, qtbot, tmp_path):
    window = app_window.window
    window.select("rekening")
    scan = mk.write(tmp_path, "scan rekening.pdf", mk.pdf_of_size(6_000_000, pages=3))
    drop(window.panel.drop_zone, [scan])
    wait_idle(qtbot, app_window)
    assert state_text(window, "rekening") == "ada kesalahan"
    findings = window.panel.findings.text()
    assert "terlalu besar" in findings and "Kompres" in findings


def test_photo_renamed_to_pdf_is_refused_and_named(app_window, qtbot, tmp_path, monkeypatch):
    window = app_window.window
    offers = []
    monkeypatch.setattr(window, "confirm_fix", lambda *a: offers.append(a[0]) or False)
    window.select("npwp")
    photo = mk.write(tmp_path, "npwp.pdf", mk.image_bytes("JPEG"))
    drop(window.panel.drop_zone, [photo])
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "belum ada"
    notice = window.notice_label.text()
    assert offers == ["Jadikan PDF?"]  # offered first, declined
    assert "tidak dilampirkan" in notice and "foto JPEG" in notice


def test_photos_of_a_document_become_one_pdf(app_window, qtbot, tmp_path, monkeypatch):
    from lsp_desktop.checks import check_bytes

    window = app_window.window
    monkeypatch.setattr(window, "confirm_fix", lambda *a: True)
    window.select("rekening")
    pages = [mk.write(tmp_path, f"rekening-{i}.jpg",
                      mk.image_bytes("JPEG", (2400, 3200), noise=True)) for i in (2, 1, 3)]
    drop(window.panel.drop_zone, pages)
    dialog = window.combine_dialog  # the pages in name order; the admin moves page 3 up
    assert [p.name for p in dialog.ordered_paths()] == [
        "rekening-1.jpg", "rekening-2.jpg", "rekening-3.jpg"]
    dialog.pages.setCurrentRow(2)
    QTest.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.ordered_paths()] == [
        "rekening-1.jpg", "rekening-3.jpg", "rekening-2.jpg"]
    dialog.grab().save(str(ROOT / "tests" / "output" / "combine_order.png"))
    QTest.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert state_text(window, "rekening") == "siap"
    [document] = window.controller.workspace.documents("rekening")
    assert document.name == "rekening-1.pdf" and document.format == "pdf"
    data = window.controller.workspace.document_bytes(document)
    report = check_bytes(data, document.name)
    assert report.pages == 3 and report.size < 2_000_000
    assert all(p.exists() for p in pages)


def test_an_oversized_photo_can_be_attached_smaller(app_window, qtbot, tmp_path, monkeypatch):
    window = app_window.window
    monkeypatch.setattr(window, "confirm_fix", lambda *a: True)
    window.select("foto-kantor")
    big = mk.write(tmp_path, "kantor.jpg", mk.image_bytes("JPEG", (3000, 2000), noise=True))
    assert big.stat().st_size > 2_097_152
    drop(window.panel.drop_zone, [big])
    wait_idle(qtbot, app_window)
    assert state_text(window, "foto-kantor") == "siap"
    [document] = window.controller.workspace.documents("foto-kantor")
    assert document.size < 2_000_000 and big.stat().st_size > 2_097_152


def test_a_second_file_dropped_on_a_filled_row_asks_to_replace(app_window, qtbot, tmp_path,
                                                                 monkeypatch):
    window = app_window.window
    view = window.checklist
    index = window.model.index_of("sk-lisensi")
    view.scrollTo(index)
    position = view.visualRect(index).center()
    drop(view.viewport(), [mk.write(tmp_path, "sk.pdf", mk.pdf_bytes())], position)
    wait_idle(qtbot, app_window)
    assert state_text(window, "sk-lisensi") == "siap"
    asked = []
    monkeypatch.setattr(window, "confirm_fix", lambda title, text, *a: asked.append(text))
    drop(view.viewport(), [mk.write(tmp_path, "sk2.pdf", mk.pdf_bytes(pages=3))], position)
    wait_idle(qtbot, app_window)
    assert asked == ["Ganti sk.pdf dengan sk2.pdf?"]
    assert [d.name for d in window.controller.workspace.documents("sk-lisensi")] == ["sk.pdf"]
    monkeypatch.setattr(window, "confirm_fix", lambda *a: True)
    drop(view.viewport(), [tmp_path / "sk2.pdf"], position)
    wait_idle(qtbot, app_window)
    assert [d.name for d in window.controller.workspace.documents("sk-lisensi")] == ["sk2.pdf"]
    # Replacing, like removing, is undone from the Edit menu, and done again.
    assert menu_action(window, "undo").text() == "&Urungkan Ganti sk.pdf dengan sk2.pdf"
    click_menu(window, "undo")
    wait_idle(qtbot, app_window)
    assert [d.name for d in window.controller.workspace.documents("sk-lisensi")] == ["sk.pdf"]
    click_menu(window, "redo")
    wait_idle(qtbot, app_window)
    assert [d.name for d in window.controller.workspace.documents("sk-lisensi")] == ["sk2.pdf"]
    click_menu(window, "undo")
    click_menu(window, "undo")  # and the first attach too: the item is empty again
    wait_idle(qtbot, app_window)
    assert window.controller.workspace.documents("sk-lisensi") == []
    assert state_text(window, "sk-lisensi") == "belum ada"


def test_two_files_on_an_empty_one_file_item_say_exactly_that(app_window, qtbot, tmp_path):
    window = app_window.window
    files = [mk.write(tmp_path, f"sk{i}.pdf", mk.pdf_bytes(pages=i + 1)) for i in range(2)]
    view = window.checklist
    index = window.model.index_of("sk-lisensi")
    drop(view.viewport(), files, view.visualRect(index).center())
    wait_idle(qtbot, app_window)
    text = window.notice_label.text()
    assert "Anda meletakkan 2" in text and "Hapus berkas yang ada" not in text, text
    assert window.controller.workspace.documents("sk-lisensi") == []


def test_the_drop_box_stays_as_a_replace_target_and_opens_the_chooser(app_window, qtbot,
                                                                      tmp_path, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    window = app_window.window
    window.select("npwp")
    panel = window.findChild(RequirementPanel)
    drop(panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    panel = window.findChild(RequirementPanel)
    assert panel.drop_zone.isVisible() and "mengganti" in panel.drop_zone.text()
    chosen = []
    monkeypatch.setattr(window, "choose_file", lambda rid, replace: chosen.append((rid, replace)))
    panel.chooseFile.disconnect()
    panel.chooseFile.connect(window.choose_file)
    QTest.mouseClick(panel.drop_zone, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert chosen == [("npwp", True)]


def test_dropping_several_files_on_the_window_proposes_each(app_window, qtbot, tmp_path,
                                                            monkeypatch):
    window = app_window.window
    folder = tmp_path / "unduhan"
    folder.mkdir()
    mk.write(folder, "NPWP LSP.pdf", mk.pdf_bytes())
    mk.write(folder, "Buku Rekening.pdf", mk.pdf_bytes(title="rekening"))
    mk.write(folder, "logo-lsp.png", mk.image_bytes("PNG", size=(400, 400)))
    mk.write(folder, "IMG_0001.jpg", mk.image_bytes("JPEG"))
    mk.write(folder, "Thumbs.db", b"junk")
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)
    drop(window, [folder])
    wait_idle(qtbot, app_window)
    dialog = window.last_dialog
    proposals = {p.name: c.currentData() for p, c in zip(dialog.files, dialog.combos,
                                                          strict=True)}
    assert proposals == {"Buku Rekening.pdf": "rekening", "IMG_0001.jpg": None,
                         "NPWP LSP.pdf": "npwp", "logo-lsp.png": "logo"}
    for item in ("npwp", "rekening", "logo"):
        assert state_text(window, item) == "siap", item


def test_profile_change_switches_applicability_and_keeps_files(app_window, tmp_path, qtbot):
    window = app_window.window
    controller = window.controller
    controller.workspace.attach_bytes("acuan-paket", "acuan.pdf", mk.pdf_bytes())
    controller.refresh_all()
    window.select(PROFILE_ID)
    panel = window.panel
    panel.lsp_type.setCurrentIndex(panel.lsp_type.findData("P1"))
    panel.category.setCurrentIndex(panel.category.findData("smk"))
    wait_idle(qtbot, app_window)
    assert state_text(window, "acuan-paket") == "tidak wajib"
    assert state_text(window, "paket-kompetensi") == "tidak wajib"
    assert len(controller.workspace.documents("acuan-paket")) == 1
    total_smk = controller.progress()[1]
    panel.category.setCurrentIndex(panel.category.findData("lainnya"))
    wait_idle(qtbot, app_window)
    assert state_text(window, "acuan-paket") == "siap"
    assert controller.progress()[1] == total_smk + 2
    panel.skkk.setChecked(True)
    wait_idle(qtbot, app_window)
    assert state_text(window, "skkk") == "belum ada"


def test_remove_then_undo(app_window, qtbot, tmp_path):
    window = app_window.window
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    window.panel.remove_button.click()
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "belum ada"
    assert "Ctrl+Z" in window.notice_label.text()
    window.controller.undo_stack.undo()
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "siap"
    # The status line follows: it no longer says the file was removed.
    assert window.notice_label.text() == "Diurungkan: Hapus npwp.pdf"
    click_menu(window, "redo")
    wait_idle(qtbot, app_window)
    assert window.notice_label.text() == "Diulangi: Hapus npwp.pdf"


def test_language_switch_is_remembered(app_window):
    app_window.window.select("npwp")
    click_menu(app_window.window, "English")  # the menu, as the admin does
    window = app_window.window
    assert state_text(window, "npwp") == "missing"
    assert window.model.rows["npwp"][0].text() == "2.9  LSP tax number (NPWP)"
    assert window.menuBar().actions()[0].text() == "&File"
    assert app_window.settings.value("language") == "en"
    assert window.current_requirement() == "npwp"
    click_menu(app_window.window, "Bahasa Indonesia")
    assert app_window.window.menuBar().actions()[0].text() == "&Berkas"


def test_state_survives_closing_and_reopening(app_window, qtbot, tmp_path):
    window = app_window.window
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    path = window.controller.workspace.path
    app_window.open(path)
    wait_idle(qtbot, app_window)  # the states are read on a worker
    assert state_text(app_window.window, "npwp") == "siap"


def test_screenshot_of_a_half_filled_workspace(qapp, tmp_path, output_dir):
    path = tmp_path / "half.lspws"
    with open_workspace(path) as ws:
        fill_profile(ws)
        fill_files(ws, ["npwp", "rekening", "sk-lisensi", "sertifikat-lisensi"])
        ws.attach_bytes("sk-asesor", "sk asesor scan.pdf", mk.pdf_of_size(3_000_000))
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, ImmediatePool())
    application.install_language("id")
    application.open(path)
    window = application.window
    window.resize(1200, 780)
    window.select("sk-asesor")
    qapp.processEvents()
    target = output_dir / "main-window-half-filled.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000
    window.close()
    window.controller.workspace.close()


def test_delete_key_in_the_list_removes_the_file(app_window, qtbot, tmp_path, qapp):
    from PySide6.QtTest import QTest

    window = app_window.window
    window.show()
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    window.checklist.setFocus()
    QTest.keyClick(window.checklist, Qt.Key.Key_Delete)
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "belum ada"
    QTest.keyClick(window.checklist, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "siap"


def test_a_missing_last_workspace_falls_back_to_the_default(qapp, tmp_path, private_home):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("last_workspace", str(tmp_path / "usb" / "gone.lspws"))
    application = Application(qapp, store, ImmediatePool())
    assert application.open()
    assert application.window.controller.workspace.path == private_home / "workspace.lspws"
    assert not (tmp_path / "usb").exists()
    application.window.close()


def test_replaced_panels_are_not_touched_by_later_refreshes(app_window, monkeypatch, qapp):
    import sys

    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: errors.append(exc[1]))
    window = app_window.window
    for item in ("siapkerja", "sk-staf-it", "berkas-asesor", "data-asesor", "npwp"):
        window.select(item)
        qapp.processEvents()
    window.controller.refresh_all()
    window.controller.refresh("sk-staf-it")
    for _ in range(5):
        qapp.processEvents()
    assert errors == []


def test_open_makes_a_private_copy_off_the_ui_thread(app_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = app_window.window
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    window.panel.open_button.click()
    wait_idle(qtbot, app_window)
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "npwp.pdf" and copy.stat().st_mode & 0o777 == 0o600


def test_the_open_panel_follows_when_every_item_is_read_again(app_window, qtbot):
    # e.g. a spreadsheet import or a profile change: the list and the open panel agree.
    window = app_window.window
    window.select("npwp")
    assert "belum ada" in window.panel.state_label.text()
    window.controller.workspace.attach_bytes("npwp", "npwp.pdf", mk.pdf_bytes())
    window.controller.refresh_all()
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") in window.panel.state_label.text()
    assert "belum ada" not in window.panel.state_label.text()

"""Refusals read where the eye is (the item's panel), a summary at the end of every drop
of several files, replacing quickly twice, previews of broken pictures, dark palettes."""

import io
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from lsp_desktop.ui.dialogs.assign import AssignDialog
from lsp_desktop.ui.icons import TEXT_STATES, contrast_ratio, state_color
from lsp_desktop.ui.panels.requirement import RequirementPanel
from tests import makefiles as mk
from tests.ui.driving import click_menu, drop, state_text, wait_idle
from tests.ui.screens import clipped_widgets


def _refusal_text(window):
    box = window.panel.refusal_box
    return box.text.text() if box.isVisibleTo(window) else ""


def _decline_fixes(window, monkeypatch):
    monkeypatch.setattr(window, "confirm_fix", lambda *a: False)


def test_a_refused_file_stays_in_the_panel_until_the_admin_acts(app_window, qtbot, tmp_path,
                                                                monkeypatch):
    window = app_window.window
    _decline_fixes(window, monkeypatch)
    window.select("npwp")
    photo = mk.write(tmp_path, "npwp.pdf", mk.image_bytes("JPEG"))
    drop(window.panel.drop_zone, [photo])
    wait_idle(qtbot, app_window)
    text = _refusal_text(window)
    assert "npwp.pdf" in text and "foto JPEG" in text and "Tidak dilampirkan" in text
    assert "letakkan di sini" in window.panel.refusal_box.next_step.text()  # the next step
    window.show_notice("Pesan lain")  # the status bar moves on; the panel does not
    assert "foto JPEG" in _refusal_text(window)
    window.panel.refusal_box.close_button.click()  # dismissed by the admin
    assert _refusal_text(window) == ""
    drop(window.panel.drop_zone, [photo])
    wait_idle(qtbot, app_window)
    assert "foto JPEG" in _refusal_text(window)
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp-benar.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)  # a new file answers the refusal
    assert _refusal_text(window) == "" and state_text(window, "npwp") == "siap"


def test_leaving_the_item_puts_its_refusal_away(app_window, qtbot, tmp_path, monkeypatch):
    window = app_window.window
    _decline_fixes(window, monkeypatch)
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.image_bytes("JPEG"))])
    wait_idle(qtbot, app_window)
    assert "foto JPEG" in _refusal_text(window)
    window.select("rekening")
    window.select("npwp")
    assert _refusal_text(window) == ""


def test_a_refusal_for_another_item_waits_in_that_items_panel(app_window, qtbot, tmp_path):
    window = app_window.window
    window.select("npwp")
    files = [mk.write(tmp_path, f"sk{i}.pdf", mk.pdf_bytes(pages=i + 1)) for i in range(2)]
    view = window.checklist
    drop(view.viewport(), files, view.visualRect(window.model.index_of("sk-lisensi")).center())
    wait_idle(qtbot, app_window)
    assert _refusal_text(window) == ""  # not npwp's business
    window.select("sk-lisensi")
    text = _refusal_text(window)
    assert "sk0.pdf, sk1.pdf" in text and "Anda meletakkan 2" in text, text


def _folder_with_collisions(tmp_path):
    folder = tmp_path / "kiriman"
    folder.mkdir()
    mk.write(folder, "NPWP LSP baru.pdf", mk.pdf_bytes(pages=2))   # npwp already has one
    mk.write(folder, "Buku Rekening.pdf", mk.pdf_bytes())          # attached
    mk.write(folder, "rekening koran.pdf", mk.pdf_bytes(title="koran"))  # 2nd for rekening
    mk.write(folder, "logo-lsp.png", mk.image_bytes("PNG", size=(400, 400)))  # attached
    mk.write(folder, "SK Lisensi.docx", mk.docx_bytes())           # a Word file: refused
    mk.write(folder, "Sertifikat Lisensi.jpg", mk.image_bytes("JPEG"))  # a photo: made a PDF
    mk.write(folder, "IMG_0001.jpg", mk.image_bytes("JPEG"))       # no item: left out
    return folder


def test_a_folder_drop_ends_with_a_summary_of_every_file(app_window, qtbot, tmp_path,
                                                         monkeypatch, output_dir):
    window = app_window.window
    window.resize(1024, 600)
    window.show()
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp lama.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)  # the proposals, as they are
    drop(window, [_folder_with_collisions(tmp_path)])
    wait_idle(qtbot, app_window)
    dialog = window.batch_dialog
    assert dialog.isVisible()
    shown = _dialog_text(dialog)
    assert "7 berkas" in shown
    for expected in ("Dilampirkan (3)", "Buku Rekening.pdf", "logo-lsp.png",
                     "Sertifikat Lisensi.pdf", "Tidak dilampirkan (1)", "SK Lisensi.docx",
                     "Word",
                     "Dilewati: butirnya sudah berisi berkas (2)", "NPWP LSP baru.pdf",
                     "npwp lama.pdf", "rekening koran.pdf", "Tidak Anda lampirkan (1)",
                     "IMG_0001.jpg"):
        assert expected in shown, expected
    assert dialog.width() <= 1024 and dialog.height() <= 600
    _save_over_window(window, dialog, output_dir / "batch-summary-1024x600-id.png")
    # "Ganti" for a skipped file replaces through the usual path.
    replace = dialog.replace_buttons[tmp_path / "kiriman" / "NPWP LSP baru.pdf"]
    QTest.mouseClick(replace, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert [d.name for d in window.controller.workspace.documents("npwp")] == [
        "NPWP LSP baru.pdf"]
    assert not replace.isEnabled()
    assert window.current_requirement() == "npwp"
    # The refused file also waits in its item's panel; the photo went in as a PDF, as a
    # drop of it on its own item would have offered.
    window.select("sk-lisensi")
    assert "SK Lisensi.docx" in _refusal_text(window)
    [made] = window.controller.workspace.documents("sertifikat-lisensi")
    assert made.format == "pdf"


def _dialog_text(dialog):
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def _save_over_window(window, dialog, target):
    """The window as the admin sees it with the dialog over it (offscreen has no desktop)."""
    picture = window.grab()
    painter = QPainter(picture)
    over = dialog.grab()
    painter.drawPixmap(QPoint((picture.width() - over.width()) // 2,
                              (picture.height() - over.height()) // 2), over)
    painter.end()
    assert picture.save(str(target))


def test_a_drop_of_files_that_all_go_in_needs_no_summary(app_window, qtbot, tmp_path,
                                                        monkeypatch):
    window = app_window.window
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)
    drop(window, [mk.write(tmp_path, "NPWP LSP.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    assert getattr(window, "batch_dialog", None) is None
    assert "memenuhi ketentuan" in window.notice_label.text()


def test_too_many_files_and_empty_folders_are_said(app_window, qtbot, tmp_path, monkeypatch):
    window = app_window.window
    empty = tmp_path / "kosong"
    empty.mkdir()
    mk.write(empty, "Thumbs.db", b"junk")
    drop(window, [empty])
    assert window.notice_bar.isVisibleTo(window)
    assert "Tidak ada berkas" in window.notice_bar.text.text()
    many = tmp_path / "banyak"
    many.mkdir()
    for index in range(203):
        mk.write(many, f"lain-{index:03}.txt", b"x")
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)
    drop(window, [many])
    wait_idle(qtbot, app_window)
    text = _dialog_text(window.batch_dialog)
    assert "3 berkas lainnya tidak diperiksa" in text and "Tidak Anda lampirkan (200)" in text


def test_replacing_twice_quickly_keeps_the_newer_file(app_window, qtbot, tmp_path,
                                                      monkeypatch):
    window = app_window.window
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "awal.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    monkeypatch.setattr(window, "confirm_fix", lambda *a: True)  # "Ganti …?" — yes
    slow = mk.write(tmp_path, "lambat.pdf", mk.pdf_bytes(pages=3000))  # checked longer
    quick = mk.write(tmp_path, "cepat.pdf", mk.pdf_bytes(title="cepat"))
    drop(window.panel.drop_zone, [slow])
    drop(window.findChild(RequirementPanel).drop_zone, [quick])  # before the first is done
    wait_idle(qtbot, app_window)
    assert [d.name for d in window.controller.workspace.documents("npwp")] == ["cepat.pdf"]
    panel = window.findChild(RequirementPanel)
    assert "cepat.pdf" in panel.file_info.text()
    assert _refusal_text(window) == "" and state_text(window, "npwp") == "siap"


def test_a_broken_png_is_previewed_without_console_noise(app_window, qtbot, tmp_path,
                                                         capfd):
    window = app_window.window
    window.select("logo")
    data = mk.image_bytes("PNG", size=(600, 600), noise=True)
    broken = mk.write(tmp_path, "logo.png", data[: len(data) // 2])
    capfd.readouterr()
    drop(window.panel.drop_zone, [broken])
    wait_idle(qtbot, app_window)
    qtbot.waitUntil(lambda: window.panel.preview.text() != "Pratinjau…", timeout=10_000)
    assert state_text(window, "logo") == "ada kesalahan"  # attached, to be fixed
    assert window.panel.preview.text() == "Pratinjau berkas ini tidak dapat ditampilkan."
    assert "terpotong" in window.panel.findings.text()
    assert capfd.readouterr().err == ""


def _dark_palette():
    dark = QPalette(QApplication.palette())
    roles = QPalette.ColorRole
    # Fusion's dark colours and a darker variant, as Windows and macOS dark modes give.
    for role, color in ((roles.Window, "#353535"), (roles.Base, "#2b2b2b"),
                        (roles.AlternateBase, "#3a3a3a"), (roles.Text, "#eeeeee"),
                        (roles.WindowText, "#eeeeee")):
        dark.setColor(role, QColor(color))
    return dark


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_state_colours_are_readable_as_text_on_the_palette(qapp, dark):
    original = QApplication.palette()
    palette = _dark_palette() if dark else original
    try:
        QApplication.setPalette(palette)
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window,
                     QPalette.ColorRole.AlternateBase):
            background = palette.color(role)
            for state in TEXT_STATES:
                assert contrast_ratio(state_color(state), background) >= 4.5, (state, role)
            for state in ("missing", "not-required"):
                assert contrast_ratio(state_color(state), background) >= 3, (state, role)
    finally:
        QApplication.setPalette(original)


def test_meets_the_rules_is_readable_in_a_dark_panel(app_window, qtbot, tmp_path, output_dir):
    original = QApplication.palette()
    QApplication.setPalette(_dark_palette())
    try:
        window = app_window.window
        window.select("npwp")
        drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
        wait_idle(qtbot, app_window)
        html = window.panel.findings.text()
        assert "Memenuhi ketentuan" in html
        [color] = re.findall(r"color:(#[0-9a-fA-F]{6})", html)
        background = window.panel.palette().color(QPalette.ColorRole.Window)
        assert contrast_ratio(QColor(color), background) >= 4.5
    finally:
        QApplication.setPalette(original)


def test_screenshot_of_a_refusal_in_the_panel_at_1024x600(app_window, qtbot, tmp_path,
                                                          monkeypatch, output_dir):
    window = app_window.window
    _decline_fixes(window, monkeypatch)
    window.resize(1024, 600)
    window.show()
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "NPWP difoto.pdf", mk.image_bytes("JPEG"))])
    wait_idle(qtbot, app_window)
    box = window.panel.refusal_box
    assert box.isVisible()
    # Where the eye is: inside the visible part of the panel, without scrolling.
    top = box.mapTo(window.detail.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + box.height() <= window.detail.viewport().height()
    assert clipped_widgets(window) == []
    assert window.grab().save(str(output_dir / "refusal-in-panel-1024x600-id.png"))


def test_a_file_dropped_on_a_data_row_is_refused_above_the_list(app_window, qtbot, tmp_path):
    window = app_window.window
    window.select("npwp")
    view = window.checklist
    index = window.model.index_of("data-asesor")
    view.scrollTo(index)
    drop(view.viewport(), [mk.write(tmp_path, "asesor.pdf", mk.pdf_bytes())],
         view.visualRect(index).center())
    wait_idle(qtbot, app_window)
    assert window.notice_bar.isVisibleTo(window)
    assert "tidak menerima berkas" in window.notice_bar.text.text()
    assert "Letakkan berkasnya pada butir" in window.notice_bar.text.text()


def test_more_files_than_taken_at_once_on_an_item_are_refused_whole(app_window, qtbot,
                                                                    tmp_path):
    window = app_window.window
    window.select("npwp")
    folder = tmp_path / "banyak"
    folder.mkdir()
    for index in range(201):
        mk.write(folder, f"halaman-{index:03}.pdf", b"%PDF-1.4\n")
    drop(window.panel.drop_zone, [folder])
    wait_idle(qtbot, app_window)
    assert "lebih dari 200 berkas" in _refusal_text(window)
    assert window.controller.workspace.documents("npwp") == []


def test_screenshots_in_english_at_1024x600(app_window, qtbot, tmp_path, monkeypatch,
                                            output_dir):
    click_menu(app_window.window, "English")
    window = app_window.window
    _decline_fixes(window, monkeypatch)
    window.resize(1024, 600)
    window.show()
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "NPWP photo.pdf", mk.image_bytes("JPEG"))])
    wait_idle(qtbot, app_window)
    assert "Not attached: NPWP photo.pdf" in _refusal_text(window)
    assert window.grab().save(str(output_dir / "refusal-in-panel-1024x600-en.png"))
    window.controller.workspace.attach_bytes("npwp", "npwp lama.pdf", mk.pdf_bytes())
    window.controller.refresh_all()
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)
    drop(window, [_folder_with_collisions(tmp_path)])
    wait_idle(qtbot, app_window)
    assert "Skipped: the item already has a file (2)" in _dialog_text(window.batch_dialog)
    _save_over_window(window, window.batch_dialog, output_dir / "batch-summary-1024x600-en.png")


def test_a_refused_assessor_document_is_said_in_its_own_box(app_window, qtbot, tmp_path):
    from lsp_desktop.store.records import Person, Records
    from tests.fill import NIKS

    window = app_window.window
    person = Records(window.controller.workspace).save_person(
        Person(None, "Citra Dewi", "asesor", NIKS[2]))
    window.controller.refresh_all()
    window.select("berkas-asesor")
    zone = window.panel.extra.zones[(person.id, "ktp")]
    drop(zone, [mk.write(tmp_path, "ktp.docx", mk.docx_bytes())])
    wait_idle(qtbot, app_window)
    box = window.panel.extra.slots[(person.id, "ktp")].state
    assert "Word" in box.text() and box.isVisibleTo(window)
    photos = [mk.write(tmp_path, f"ktp-{i}.jpg", mk.image_bytes("JPEG")) for i in (1, 2)]
    drop(window.panel.extra.zones[(person.id, "ktp")], photos)
    wait_idle(qtbot, app_window)
    box = window.panel.extra.slots[(person.id, "ktp")].state
    assert "Anda meletakkan 2" in box.text()
    assert window.panel.extra.slots[(person.id, "ktp")].file is None  # neither was kept


def test_photos_of_one_document_in_a_folder_become_one_pdf(app_window, qtbot, tmp_path,
                                                          monkeypatch):
    from pypdf import PdfReader

    window = app_window.window
    folder = tmp_path / "foto hp"
    folder.mkdir()
    for page in (2, 1, 3):  # as a phone names them; the pages follow the names
        mk.write(folder, f"npwp {page}.jpg", mk.image_bytes("JPEG", color=(page * 60, 0, 0)))
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)
    drop(window, [folder])
    wait_idle(qtbot, app_window)
    [document] = window.controller.workspace.documents("npwp")
    pdf = PdfReader(io.BytesIO(window.controller.workspace.document_bytes(document)))
    assert document.format == "pdf" and len(pdf.pages) == 3


def test_a_refusal_and_the_undo_entry_follow_a_language_switch(app_window, qtbot, tmp_path,
                                                               monkeypatch):
    window = app_window.window
    _decline_fixes(window, monkeypatch)
    window.select("rekening")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "rekening.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    [document] = window.controller.workspace.documents("rekening")
    window.remove_document(document)
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.image_bytes("JPEG"))])
    wait_idle(qtbot, app_window)
    assert "Tidak dilampirkan" in _refusal_text(window)
    click_menu(window, "English")
    window = app_window.window
    text = _refusal_text(window)  # still there, now in the words the admin chose
    assert "Not attached: npwp.pdf" in text and "JPEG/JPG photo" in text
    assert "Tidak dilampirkan" not in text and "foto" not in text
    undo = window.findChild(type(window.menuBar().actions()[0]), "undo")
    assert undo.text() == "&Undo Remove rekening.pdf"
    click_menu(window, "Bahasa Indonesia")
    window = app_window.window
    assert "foto JPEG" in _refusal_text(window)
    assert window.findChild(type(undo), "undo").text().endswith("Hapus rekening.pdf")

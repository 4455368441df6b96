"""The tester's window findings: a folder drop with the same names in subfolders, what a
language switch keeps on screen, the preview placeholder, the combine dialog's thumbnails,
the 2.14 name columns, the status line after a refused bundle, and settings.ini's mode."""

import io
import os
import stat

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from lsp_desktop.ui.dialogs.assign import AssignDialog
from lsp_desktop.ui.shell import bundle_actions
from tests import makefiles as mk
from tests.ui.driving import click_menu, drop, wait_idle
from tests.ui.screens import clipped_widgets


def _texts(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def _over_window(window, dialog, target) -> None:
    """The window as the admin sees it with the dialog over it (offscreen has no desktop)."""
    picture = window.grab()
    painter = QPainter(picture)
    over = dialog.grab()
    painter.drawPixmap(QPoint(max(0, (picture.width() - over.width()) // 2),
                              max(0, (picture.height() - over.height()) // 2)), over)
    painter.end()
    assert picture.save(str(target))


def _download_folder(tmp_path):
    """A phone's and a scanner's copies beside the right files, under the same names."""
    folder = tmp_path / "unduhan"
    (folder / "hp").mkdir(parents=True)
    (folder / "scan").mkdir()
    (folder / "lama").mkdir()
    mk.write(folder, "logo.png", mk.image_bytes("PNG", size=(600, 600)))
    mk.write(folder / "hp", "logo.png", mk.image_bytes("PNG", size=(120, 120)))
    mk.write(folder, "npwp.pdf", mk.pdf_bytes())
    mk.write(folder / "scan", "npwp.pdf", mk.docx_bytes())  # a Word file, renamed
    mk.write(folder, "buku rekening.pdf", mk.pdf_bytes())
    mk.write(folder / "lama", "buku rekening.pdf", mk.pdf_bytes(pages=2))  # usable
    return folder


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_a_folder_drop_tells_same_names_apart_and_keeps_the_top_one(
        app_window, qtbot, tmp_path, monkeypatch, output_dir, size):
    window = app_window.window
    window.resize(*size)
    window.show()
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)  # the proposals, as they are
    drop(window, [_download_folder(tmp_path)])
    wait_idle(qtbot, app_window)
    table = window.last_dialog.table
    rows = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert rows == ["buku rekening.pdf", "logo.png", "npwp.pdf",  # the folder's own first
                    "hp/logo.png", "lama/buku rekening.pdf", "scan/npwp.pdf"]
    name = f"{size[0]}x{size[1]}"
    window.last_dialog.resize(min(760, size[0] - 40), min(420, size[1] - 80))
    _over_window(window, window.last_dialog, output_dir / f"assign-subfolders-{name}.png")
    # The 600 px logo at the top of the folder went in, not the phone's 120 px one.
    [logo] = window.controller.workspace.documents("logo")
    picture = Image.open(io.BytesIO(window.controller.workspace.document_bytes(logo)))
    assert picture.size == (600, 600)
    summary = window.batch_dialog
    text = _texts(summary)
    assert "hp/logo.png</b> → 2.4" in text and "berisi logo.png" in text
    assert "lama/buku rekening.pdf</b>" in text
    # The Word file under a PDF's name cannot go in: said so, with no Replace for it.
    assert "Tidak dilampirkan (1)" in text and "scan/npwp.pdf" in text and "Word" in text
    assert sorted(p.name for p in summary.replace_buttons) == ["buku rekening.pdf",
                                                                "logo.png"]
    assert summary.width() <= size[0] and summary.height() <= size[1]
    _over_window(window, summary, output_dir / f"batch-summary-subfolders-{name}.png")
    QTest.mouseClick(summary.replace_buttons[tmp_path / "unduhan" / "hp" / "logo.png"],
                     Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    [logo] = window.controller.workspace.documents("logo")
    kept = window.controller.workspace.document_bytes(logo)
    assert Image.open(io.BytesIO(kept)).size == (120, 120)


def test_a_language_switch_says_again_what_was_on_screen(app_window, qtbot, tmp_path,
                                                         monkeypatch):
    window = app_window.window
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)
    drop(window, [_download_folder(tmp_path)])
    wait_idle(qtbot, app_window)
    QTest.mouseClick(window.batch_dialog.replace_buttons[
        tmp_path / "unduhan" / "hp" / "logo.png"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert "dilampirkan" in window.notice_label.text()
    app_window.open_recent(tmp_path / "di-flashdisk.lspws")  # gone: said in the bar
    assert "tidak ditemukan lagi" in window.notice_bar.text.text()
    old_summary = window.batch_dialog
    click_menu(window, "English")
    assert not old_summary.isVisible()  # not left behind in Indonesian
    window = app_window.window
    assert window.notice_bar.isVisibleTo(window)
    assert "is no longer there" in window.notice_bar.text.text()
    assert "logo.png attached" in window.notice_label.text()
    summary = window.batch_dialog
    assert summary.isVisible() and summary.windowTitle() == "What became of the dropped files"
    assert "Skipped: the item already has a file" in _texts(summary)
    assert "was not attached to" in _texts(summary)  # the refusal, in English too
    replaced = summary.replace_buttons[tmp_path / "unduhan" / "hp" / "logo.png"]
    assert replaced.text() == "Replaced" and not replaced.isEnabled()
    click_menu(window, "language-id")  # and back: Indonesian again, the Replace still done
    summary = app_window.window.batch_dialog
    assert summary.windowTitle() == "Apa yang terjadi pada berkas yang diletakkan"
    assert not summary.replace_buttons[tmp_path / "unduhan" / "hp" / "logo.png"].isEnabled()
    assert "tidak ditemukan lagi" in app_window.window.notice_bar.text.text()
    assert "logo.png dilampirkan" in app_window.window.notice_label.text()


def test_the_preview_placeholder_wraps_inside_its_box(app_window, qtbot, tmp_path,
                                                      output_dir):
    window = app_window.window
    window.resize(1024, 600)
    window.show()
    window.select("logo")
    whole = mk.image_bytes("PNG", size=(600, 600), noise=True)
    drop(window.panel.drop_zone, [mk.write(tmp_path, "logo.png", whole[:len(whole) // 2])])
    wait_idle(qtbot, app_window)
    preview = window.panel.preview
    qtbot.waitUntil(lambda: preview.pixmap().isNull() and "…" not in preview.text())
    assert preview.text() and preview.wordWrap()
    assert preview.heightForWidth(preview.width()) <= preview.height()
    assert preview.fontMetrics().horizontalAdvance(preview.text()) > preview.width()
    assert clipped_widgets(window) == []
    window.grab().save(str(output_dir / "preview-placeholder-1024x600.png"))


def _opaque_box(image: QImage):
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).alpha() > 0:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def test_a_turned_photo_has_a_thumbnail_as_big_as_the_others(qtbot, tmp_path, output_dir):
    from lsp_desktop.ui.dialogs.combine_order import THUMB, CombineOrderDialog

    upright = mk.write(tmp_path, "hal1.jpg", mk.image_bytes("JPEG", size=(300, 400)))
    turned = mk.write(tmp_path, "hal2.jpg", mk.image_bytes("JPEG", size=(400, 300),
                                                           exif_orientation=6))
    dialog = CombineOrderDialog([upright, turned])
    qtbot.addWidget(dialog)
    boxes = []
    for row in range(2):
        picture = dialog.pages.item(row).icon().pixmap(THUMB).toImage()
        assert picture.size() == THUMB  # the same cell for each: the names line up
        boxes.append(_opaque_box(picture))
    assert boxes[0] == boxes[1]
    left, top, right, bottom = boxes[0]
    assert bottom - top + 1 == THUMB.height()  # a page shown as tall as the cell
    assert abs(left - (THUMB.width() - 1 - right)) <= 1  # centred
    dialog.grab().save(str(output_dir / "combine-order-turned-photo.png"))


def test_the_package_names_have_room_to_be_read(app_window, qtbot, output_dir):
    from lsp_desktop.store.records import Package, Records

    window = app_window.window
    window.resize(1366, 768)
    window.show()
    Records(window.controller.workspace).save_package(Package(
        None, "SKM/1", "Paket", "Package", "okupasi", "SKKNI 1/2016"))
    window.controller.refresh_all()
    window.select("paket-kompetensi")
    wait_idle(qtbot, app_window)
    header = window.panel.view.horizontalHeader()
    name = window.panel.view.fontMetrics().horizontalAdvance(
        "Paket Sertifikasi Okupasi Teknisi")
    assert header.sectionSize(1) >= name and header.sectionSize(2) >= name
    assert header.sectionSize(1) + header.sectionSize(2) > header.sectionSize(4)
    window.grab().save(str(output_dir / "packages-1366x768.png"))


def test_a_refused_bundle_leaves_no_checking_on_the_status_line(app_window, qtbot, tmp_path,
                                                                monkeypatch):
    told = []
    monkeypatch.setattr(bundle_actions, "tell", lambda parent, title, text, ok, icon=None:
                        told.append(text))
    bundle = tmp_path / "symlink.zip"
    bundle.write_bytes(b"PK\x03\x04 not really a zip")
    bundle_actions.open_bundle(app_window.window, bundle, tmp_path / "x.lspws")
    wait_idle(qtbot, app_window)
    status = app_window.window.notice_label.text()
    assert told and "Memeriksa" not in status and "symlink.zip" in status


def test_settings_ini_is_owner_only_from_its_first_byte(monkeypatch, tmp_path):
    from lsp_desktop.ui.preferences import settings

    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path))
    store = settings()
    path = tmp_path / "settings.ini"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600  # before Qt writes a byte
    store.setValue("last_workspace", str(tmp_path / "rahasia.lspws"))
    store.sync()
    assert store.status() == QSettings.Status.NoError
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and "rahasia" in path.read_text()
    os.chmod(path, 0o644)  # made by an older version
    settings()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600

"""The fix buttons as the admin uses them: compress a scan over 2 MB, look at before and
after at 100%, accept, and undo with Ctrl+Z; discard; turn chosen pages."""

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog
from lsp_desktop.ui.dialogs.rotate_pages import RotatePagesDialog
from tests import makefiles as mk
from tests.support.scans import join_pdfs, scan_pdf, text_page_pdf
from tests.ui.driving import drop, state_text, wait_idle
from tests.ui.fix_driving import attach, press
from tests.ui.screens import save_at_screen_sizes

OUTPUT = Path(__file__).resolve().parents[1] / "output"


def test_compress_a_big_scan_look_at_100_percent_accept_then_undo_by_key(
        app_window, tmp_path, qtbot):
    window = app_window.window
    window.show()
    scan = scan_pdf(300, ("RGB", "L", "RGB"))
    assert len(scan) > 2_000_000
    item = attach(app_window, qtbot, tmp_path, "SK Lisensi.pdf", scan)
    assert state_text(window, item) == "ada kesalahan"
    button = window.panel.fix_bar.compress_button
    assert "2 MB" in button.text()
    press(button, qtbot, app_window)
    dialog = window.panel.fix_bar.dialog
    assert isinstance(dialog, FixPreviewDialog) and dialog.isVisible()
    assert state_text(window, item) == "ada kesalahan"  # nothing replaced before Accept
    # 100%: an A4 page as large as a PDF viewer shows it at this screen's scale.
    dpi = window.screen().logicalDotsPerInch()
    for view in dialog.views:
        shown = view.shown_size()
        assert abs(shown.width() - 8.27 * dpi) < 3 and abs(shown.height() - 11.69 * dpi) < 3
    before, after = (caption.text() for caption in dialog.captions)
    assert "14," in before and "300 dpi" in before and "3 halaman" in before
    assert "1," in after and "3 halaman" in after
    save_at_screen_sizes(dialog, "fix_preview")
    # Dragging the page pans both sides together.
    before, after = dialog.views
    QTest.mousePress(before.viewport(), Qt.MouseButton.LeftButton, pos=before.viewport()
                     .rect().center())
    QTest.mouseMove(before.viewport(), before.viewport().rect().center() - QPoint(0, 200))
    QTest.mouseRelease(before.viewport(), Qt.MouseButton.LeftButton)
    assert before.verticalScrollBar().value() > 0
    assert after.verticalScrollBar().value() == before.verticalScrollBar().value()
    dialog.fit_button.click()  # the whole page at once
    assert before.shown_size().height() <= before.viewport().height()
    assert dialog.grab().save(str(OUTPUT / "fix_preview_fit.png"))
    press(dialog.accept_button, qtbot, app_window)
    assert state_text(window, item) == "siap"
    document = window.controller.workspace.documents(item)[0]
    assert document.size < 2_000_000
    data = window.controller.workspace.document_bytes(document)
    assert len(PdfReader(io.BytesIO(data)).pages) == 3
    # Ctrl+Z pressed on whatever has the focus in the window brings the scan back.
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is window
    QTest.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, app_window)
    assert state_text(window, item) == "ada kesalahan"
    restored = window.controller.workspace.documents(item)[0]
    assert restored.size == len(scan)


def test_discarding_keeps_the_original(app_window, tmp_path, qtbot):
    window = app_window.window
    scan = scan_pdf(300, ("RGB", "RGB"))
    item = attach(app_window, qtbot, tmp_path, "SK.pdf", scan)
    undo_steps = window.controller.undo_stack.count()  # attaching may be one
    press(window.panel.fix_bar.compress_button, qtbot, app_window)
    QTest.mouseClick(window.panel.fix_bar.dialog.discard_button, Qt.MouseButton.LeftButton)
    assert window.controller.workspace.documents(item)[0].size == len(scan)
    assert window.controller.undo_stack.count() == undo_steps  # nothing to undo added


def rotations(window, item) -> list[int]:
    document = window.controller.workspace.documents(item)[0]
    data = window.controller.workspace.document_bytes(document)
    return [page.rotation for page in PdfReader(io.BytesIO(data)).pages]


def test_turn_the_second_page_upside_down(app_window, tmp_path, qtbot):
    window = app_window.window
    window.show()
    pages = join_pdfs([text_page_pdf(), scan_pdf(100, ("L",)), text_page_pdf()])
    item = attach(app_window, qtbot, tmp_path, "tiga halaman.pdf", pages)
    bar = window.panel.fix_bar
    assert not bar.compress_button.isVisible()
    press(bar.rotate_button, qtbot, app_window)
    dialog = bar.dialog
    assert isinstance(dialog, RotatePagesDialog) and dialog.list.count() == 3
    assert all(not dialog.list.item(i).icon().isNull() for i in range(3))
    assert not dialog.rotate_button.isEnabled()  # nothing ticked yet
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.angles.button(180).click()
    save_at_screen_sizes(dialog, "rotate_pages")
    press(dialog.rotate_button, qtbot, app_window)
    preview = bar.dialog
    assert isinstance(preview, FixPreviewDialog)
    # The turned page is shown, not the first one, which did not change.
    assert "Halaman 2 pada 100%" in preview.scale_note.text()
    before, after = (view.pixmap.toImage() for view in preview.views)
    assert before.size() == after.size() and before != after
    press(preview.accept_button, qtbot, app_window)
    assert rotations(window, item) == [0, 180, 0]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, app_window)
    assert rotations(window, item) == [0, 0, 0]


def test_a_page_fed_in_sideways_is_ticked_to_begin_with(app_window, tmp_path, qtbot):
    window = app_window.window
    pages = join_pdfs([text_page_pdf()] * 3, rotate={1: 90})
    item = attach(app_window, qtbot, tmp_path, "miring.pdf", pages)
    bar = window.panel.fix_bar
    press(bar.rotate_button, qtbot, app_window)
    dialog = bar.dialog
    ticked = [dialog.list.item(i).checkState() == Qt.CheckState.Checked for i in range(3)]
    assert ticked == [False, True, False] and dialog.rotate_button.isEnabled()
    dialog.angles.button(270).click()  # the admin sees which way it lies and turns it back
    press(dialog.rotate_button, qtbot, app_window)
    press(bar.dialog.accept_button, qtbot, app_window)
    assert rotations(window, item) == [0, 0, 0]


def test_a_picture_is_turned_by_the_angle_only(app_window, tmp_path, qtbot):
    window = app_window.window
    logo = next(r.id for r in window.controller.catalog.requirements if r.point == "2.4")
    window.select(logo)
    path = mk.write(tmp_path, "logo.png", mk.image_bytes("PNG", (300, 120)))
    drop(window.panel.drop_zone, [path])
    wait_idle(qtbot, app_window)
    bar = window.panel.fix_bar
    assert not bar.combine_button.isVisible()  # the item takes pictures, not a PDF
    press(bar.rotate_button, qtbot, app_window)
    dialog = bar.dialog
    assert dialog.list.count() == 1 and dialog.pages() is None
    assert not dialog.list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.angles.button(270).click()
    press(dialog.rotate_button, qtbot, app_window)
    before, after = (caption.text() for caption in bar.dialog.captions)
    assert "300 × 120 px" in before and "120 × 300 px" in after and "halaman" not in after
    press(bar.dialog.accept_button, qtbot, app_window)
    document = window.controller.workspace.documents(logo)[0]
    assert (document.format, document.name) == ("png", "logo.png")
    from PIL import Image

    data = window.controller.workspace.document_bytes(document)
    assert Image.open(io.BytesIO(data)).size == (120, 300)



def test_a_damaged_scan_over_2_mb_is_offered_no_compress(app_window, tmp_path, qtbot):
    """A download that stopped half-way: the panel says the PDF is damaged and to get it
    again; no Compress button offers what no fix can read."""
    window = app_window.window
    window.show()
    cut_short = mk.pdf_of_size(3_000_000)[:2_600_000]
    item = attach(app_window, qtbot, tmp_path, "SK Lisensi.pdf", cut_short)
    assert state_text(window, item) == "ada kesalahan"
    bar = window.panel.fix_bar
    # Nor Rotate or Combine, which opened on a blank page and failed only when pressed.
    assert not any(button.isVisible() for button in (
        bar.compress_button, bar.rotate_button, bar.combine_button))
    said = window.panel.findings.text()
    assert "rusak" in said and "unduh ulang" in said and "Kompres" not in said
    for width, height in ((1366, 768), (1024, 600)):
        window.resize(width, height)
        QApplication.processEvents()
        assert window.grab().save(str(OUTPUT / f"damaged_scan_no_compress_{width}x{height}.png"))
    # (A sound scan of that size gets the button: the first test of this file.)

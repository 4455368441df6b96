"""Combine from the panel: an attached PDF and a new photo become one PDF, in the order
the admin sets; the original comes back with Ctrl+Z."""

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lsp_desktop.ui.dialogs.combine_order import CombineOrderDialog
from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog
from tests import makefiles as mk
from tests.support.scans import TEXT_LINES, text_page_pdf
from tests.ui.driving import drop, state_text, wait_idle
from tests.ui.fix_driving import attach, press
from tests.ui.screens import save_at_screen_sizes


def test_an_attached_pdf_and_a_new_photo_become_one_pdf(app_window, tmp_path, qtbot):
    window = app_window.window
    window.show()
    item = attach(app_window, qtbot, tmp_path, "SK Lisensi.pdf", text_page_pdf())
    original = window.controller.workspace.documents(item)[0]
    bar = window.panel.fix_bar
    press(bar.combine_button, qtbot, app_window)
    dialog = bar.dialog
    assert isinstance(dialog, CombineOrderDialog) and dialog.pages.count() == 1
    assert not dialog.combine_button.isEnabled()  # one file: nothing to combine yet
    assert not dialog.pages.item(0).icon().isNull()  # the PDF's first page, small
    photo = mk.write(tmp_path, "lampiran.jpg", mk.image_bytes("JPEG", (1200, 1600)))
    drop(dialog.pages.viewport(), [photo])  # dropped on the list, taken by the dialog
    wait_idle(qtbot, app_window)
    assert dialog.pages.count() == 2 and dialog.combine_button.isEnabled()
    assert not dialog.pages.item(1).icon().isNull()  # drawn on a worker
    save_at_screen_sizes(dialog, "combine_attached")
    dialog.pages.setCurrentRow(1)
    dialog.up_button.click()  # the photo first
    assert [dialog.pages.item(i).text() for i in range(2)] == ["lampiran.jpg",
                                                               "SK Lisensi.pdf"]
    press(dialog.combine_button, qtbot, app_window)
    preview = bar.dialog
    assert isinstance(preview, FixPreviewDialog)
    before, after = (caption.text() for caption in preview.captions)
    assert "2 halaman" in before and "2 halaman" in after
    # The before side shows the first file only: its caption says the pages are of two.
    assert "2 berkas sekaligus; yang pertama ditampilkan" in before
    assert "berkas sekaligus" not in after
    press(preview.accept_button, qtbot, app_window)
    documents = window.controller.workspace.documents(item)
    assert len(documents) == 1 and documents[0].name == "SK Lisensi.pdf"
    data = window.controller.workspace.document_bytes(documents[0])
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) == 2
    assert TEXT_LINES[0] not in pages[0].extract_text()  # the photo
    assert TEXT_LINES[0] in pages[1].extract_text()  # the letter, text kept
    assert state_text(window, item) == "siap"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, app_window)
    back = window.controller.workspace.documents(item)
    assert [d.id for d in back] == [original.id]


def test_cancelling_the_order_changes_nothing(app_window, tmp_path, qtbot):
    window = app_window.window
    item = attach(app_window, qtbot, tmp_path, "SK.pdf", text_page_pdf())
    undo_steps = window.controller.undo_stack.count()  # attaching may be one
    press(window.panel.fix_bar.combine_button, qtbot, app_window)
    window.panel.fix_bar.dialog.reject()
    wait_idle(qtbot, app_window)
    assert len(window.controller.workspace.documents(item)) == 1
    assert window.controller.undo_stack.count() == undo_steps  # nothing to undo added


def test_a_damaged_pdf_added_to_the_combination_is_refused_plainly(app_window, tmp_path,
                                                                   qtbot):
    from tests.ui.driving import notices

    window = app_window.window
    item = attach(app_window, qtbot, tmp_path, "SK.pdf", text_page_pdf())
    undo_steps = window.controller.undo_stack.count()  # attaching may be one
    shown = notices(window)
    press(window.panel.fix_bar.combine_button, qtbot, app_window)
    dialog = window.panel.fix_bar.dialog
    broken = mk.write(tmp_path, "rusak.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n"
                      + b"\x00garbage" * 200)
    drop(dialog.pages.viewport(), [broken])
    wait_idle(qtbot, app_window)
    assert dialog.pages.item(1).icon().isNull()  # nothing to draw, and no fuss about it
    press(dialog.combine_button, qtbot, app_window)
    # The file at fault is named: the admin combined two.
    assert shown[-1].startswith("rusak.pdf: PDF ini rusak")
    assert "tidak dapat diperbaiki" in shown[-1]
    assert not isinstance(window.panel.fix_bar.dialog, FixPreviewDialog)
    assert len(window.controller.workspace.documents(item)) == 1
    assert window.controller.undo_stack.count() == undo_steps  # nothing to undo added

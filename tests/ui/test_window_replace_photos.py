"""Files on a filled item (issue 21, point 4): photos of one document replace its file as
one PDF, the very file dropped again is said to be there already, and a file added to a
combination by mistake is taken out again."""


from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from lsp_desktop.ui.dialogs.assign import AssignDialog
from lsp_desktop.ui.dialogs.combine_order import CombineOrderDialog
from tests import makefiles as mk
from tests.ui.answering import answer_next
from tests.ui.driving import drop, state_text, wait_idle
from tests.ui.photo_drops import filled_npwp, pdf_pages, photos
from tests.ui.screens import OUTPUT

SHOTS = OUTPUT  # pictures to look at, kept with the others in tests/output


def _keys(widget, sequence):
    combination = QKeySequence(sequence)[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def _texts(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def _shots(widget, name):
    SHOTS.mkdir(exist_ok=True)
    for width, height in ((1366, 768), (1024, 600)):
        widget.resize(min(widget.width(), width - 40), min(widget.height(), height - 80))
        assert widget.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))


def test_photos_dropped_on_the_window_replace_a_filled_item_as_one_pdf(
        app_window, qtbot, tmp_path, monkeypatch):
    window = app_window.window
    window.show()
    old = filled_npwp(app_window, qtbot, tmp_path)
    steps = window.controller.undo_stack.count()
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)  # the proposals: all NPWP
    drop(window, photos(tmp_path))
    wait_idle(qtbot, app_window)
    summary = window.batch_dialog
    text = _texts(summary)
    # One offer for the three, not one one-page "Ganti" each.
    assert "Ganti dengan satu PDF dari 3 foto ini?" in text
    buttons = {button for button in summary.replace_buttons.values()}
    assert len(buttons) == 1
    [button] = buttons
    assert button.text() == "Ganti dengan satu PDF…"
    _shots(summary, "summary-photos-one-pdf")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.combine_dialog
    assert isinstance(dialog, CombineOrderDialog) and dialog.isVisible()
    assert [p.name for p in dialog.ordered_paths()] == ["npwp-1.jpg", "npwp-2.jpg",
                                                        "npwp-3.jpg"]
    assert "menggantikan NPWP lama.pdf" in _texts(dialog)
    assert dialog.combine_button.text() == "Ganti dengan satu PDF"
    _shots(dialog, "combine-replaces")
    QTest.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    [made] = window.controller.workspace.documents("npwp")
    assert made.format == "pdf" and pdf_pages(window, made) == 3
    assert state_text(window, "npwp") == "siap"
    assert button.text() == "Diganti" and not button.isEnabled()
    assert window.controller.undo_stack.count() == steps + 1  # one step
    summary.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.checklist.setFocus()
    _keys(window.checklist, "Ctrl+Z")
    wait_idle(qtbot, app_window)
    assert [d.id for d in window.controller.workspace.documents("npwp")] == [old.id]
    _keys(window.checklist, "Ctrl+Shift+Z")
    wait_idle(qtbot, app_window)
    [again] = window.controller.workspace.documents("npwp")
    assert (again.id, again.sha256) == (made.id, made.sha256)


def test_photos_dropped_on_a_filled_items_panel_replace_it_as_one_pdf(app_window, qtbot,
                                                                       tmp_path):
    window = app_window.window
    old = filled_npwp(app_window, qtbot, tmp_path)
    drop(window.panel.drop_zone, photos(tmp_path, 2))
    dialog = window.combine_dialog
    assert "menggantikan NPWP lama.pdf" in _texts(dialog)
    QTest.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    [made] = window.controller.workspace.documents("npwp")
    assert made.id != old.id and pdf_pages(window, made) == 2
    assert "NPWP lama.pdf" not in window.panel.file_info.text()


def test_the_very_file_dropped_again_is_said_to_be_there_already(app_window, qtbot,
                                                                 tmp_path, monkeypatch):
    window = app_window.window
    filled_npwp(app_window, qtbot, tmp_path)
    steps = window.controller.undo_stack.count()
    (tmp_path / "hp").mkdir()
    again = mk.write(tmp_path / "hp", "salinan npwp.pdf", mk.pdf_bytes())  # same bytes
    seen: list[str] = []
    answer_next(monkeypatch, "Tutup", seen=seen)  # no "Ganti?": only what is so
    drop(window.panel.drop_zone, [again])
    wait_idle(qtbot, app_window)
    assert "salinan npwp.pdf adalah berkas yang sama persis" in seen[0]
    assert "tidak ada yang perlu diganti" in seen[0]
    assert window.controller.undo_stack.count() == steps
    # The same through Ganti…: said, not put in again.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(again)], ""))
    answer_next(monkeypatch, "Tutup", seen=seen)
    QTest.mouseClick(window.panel.replace_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert len(seen) == 2 and "sama persis" in seen[1]
    assert window.controller.undo_stack.count() == steps
    # Dropped on the window with another file: the summary says so, with no Ganti for it.
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)
    logo = mk.write(tmp_path, "logo.png", mk.image_bytes("PNG", (600, 600)))
    drop(window, [again, logo])
    wait_idle(qtbot, app_window)
    summary = window.batch_dialog
    text = _texts(summary)
    assert "Sudah terlampir (1)" in text and "salinan npwp.pdf" in text
    assert "tidak ada yang perlu dilakukan" in text
    assert again not in summary.replace_buttons
    _shots(summary, "summary-already-attached")


def test_a_file_added_by_mistake_is_taken_out_of_the_combination(app_window, qtbot,
                                                                 tmp_path):
    window = app_window.window
    window.show()
    window.select("rekening")
    drop(window.panel.drop_zone, photos(tmp_path, 3))
    dialog = window.combine_dialog
    assert dialog.remove_button.text() == "Hapus dari daftar"
    dialog.activateWindow()  # as when it opens over the window (offscreen does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.pages.setFocus()
    dialog.pages.setCurrentRow(1)
    QTest.keyClick(dialog.pages, Qt.Key.Key_Delete)
    assert [p.name for p in dialog.ordered_paths()] == ["npwp-1.jpg", "npwp-3.jpg"]
    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.ordered_paths()] == ["npwp-1.jpg"]  # the next one went
    # The last one stays: a PDF of one photo can still be made.
    assert not dialog.remove_button.isEnabled()
    QTest.keyClick(dialog.pages, Qt.Key.Key_Delete)
    assert dialog.pages.count() == 1 and dialog.combine_button.isEnabled()
    _shots(dialog, "combine-one-left")
    QTest.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    [made] = window.controller.workspace.documents("rekening")
    assert pdf_pages(window, made) == 1


def test_the_panels_combine_cannot_go_below_two_and_says_why(app_window, qtbot, tmp_path):
    from tests.support.scans import text_page_pdf
    from tests.ui.fix_driving import attach, press

    window = app_window.window
    window.show()
    attach(app_window, qtbot, tmp_path, "SK.pdf", text_page_pdf())
    press(window.panel.fix_bar.combine_button, qtbot, app_window)
    dialog = window.panel.fix_bar.dialog
    photo = mk.write(tmp_path, "salah.jpg", mk.image_bytes("JPEG"))
    drop(dialog.pages.viewport(), [photo])
    wait_idle(qtbot, app_window)
    assert dialog.combine_button.isEnabled() and not dialog.hint.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.pages.setCurrentRow(1)
    dialog.pages.setFocus()
    QTest.keyClick(dialog.pages, Qt.Key.Key_Delete)
    assert dialog.pages.count() == 1 and not dialog.combine_button.isEnabled()
    assert dialog.hint.isVisible() and "satu berkas lagi" in dialog.hint.text()

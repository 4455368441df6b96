"""Issue F3, points 2 and 5: "Batal" to "Jadikan PDF?" on a filled item ends it (nothing
more asked, nothing changed); the drop summary says what was done once photos replaced the
item's file as one PDF, with the count the PDF really has."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from lsp_desktop.ui.dialogs.assign import AssignDialog
from tests import makefiles as mk
from tests.ui.answering import answer_next
from tests.ui.driving import drop, state_text, wait_idle
from tests.ui.photo_drops import filled_npwp, pdf_pages, photos
from tests.ui.screens import OUTPUT


def test_cancel_to_make_a_pdf_on_a_filled_item_ends_it(app_window, qtbot, tmp_path,
                                                       monkeypatch):
    window = app_window.window
    old = filled_npwp(app_window, qtbot, tmp_path)
    steps = window.controller.undo_stack.count()
    photo = mk.write(tmp_path, "npwp-2.jpg", mk.image_bytes("JPEG", (900, 1200)))
    seen: list[str] = []
    answer_next(monkeypatch, "Batal", seen=seen)  # a second question fails the test
    drop(window.panel.drop_zone, [photo])
    wait_idle(qtbot, app_window)
    assert len(seen) == 1 and "PDF" in seen[0]
    assert [d.id for d in window.controller.workspace.documents("npwp")] == [old.id]
    assert window.controller.undo_stack.count() == steps
    assert not window.panel.refusal_box.isVisibleTo(window)  # no refusal either
    assert state_text(window, "npwp") == "siap"


def test_the_summary_says_what_was_done_with_the_photos_kept(app_window, qtbot, tmp_path,
                                                            monkeypatch):
    window = app_window.window
    window.show()
    filled_npwp(app_window, qtbot, tmp_path)
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)  # the proposals: all NPWP
    drop(window, photos(tmp_path))
    wait_idle(qtbot, app_window)
    summary = window.batch_dialog
    [button] = set(summary.replace_buttons.values())
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.combine_dialog
    dialog.pages.setCurrentRow(1)
    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # Hapus dari daftar
    QTest.mouseClick(dialog.combine_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    [made] = window.controller.workspace.documents("npwp")
    assert pdf_pages(window, made) == 2
    text = " ".join(label.text() for label in summary.findChildren(QLabel))
    assert "Diganti dengan satu PDF dari 2 foto" in text
    assert "Ganti dengan satu PDF dari 3 foto ini?" not in text
    assert button.text() == "Diganti" and not button.isEnabled()
    summary.resize(1000, 560)
    assert summary.grab().save(str(OUTPUT / "summary-replaced-2-photos.png"))

"""Issue 21, points 3 and 4: what answered only in the status line (cut on a small screen)
is shown in a box beside the menu entry chosen (the circular's answers are tested in
test_window_circular_choice.py); "Choose a file…" takes photos and several files for a PDF
item."""

from PySide6.QtWidgets import QFileDialog

from lsp_desktop.ui.shell import document_actions
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from tests import makefiles as mk
from tests.ui.driving import click_menu, wait_idle


def _told(monkeypatch, module) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(module, "tell", lambda parent, title, text, *rest: told.append(text))
    return told


def test_choose_a_file_with_the_profile_selected_says_what_to_do(app_window, monkeypatch):
    told = _told(monkeypatch, document_actions)
    window = app_window.window
    window.select(PROFILE_ID)
    click_menu(window, "chooseFile")
    assert len(told) == 1 and "2.1 SK Lisensi" in told[0]


def test_choose_a_file_takes_several_photos_for_a_pdf_item(app_window, monkeypatch, qtbot,
                                                          tmp_path):
    photos = [mk.write(tmp_path, f"npwp-{n}.jpg", mk.image_bytes("JPEG", (600, 800)))
              for n in (1, 2)]
    offered: list[str] = []

    def answer(*args, **kwargs):
        offered.append(args[3])  # the filters the admin sees
        return [str(p) for p in photos], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(answer))
    window = app_window.window
    window.select("npwp")
    click_menu(window, "chooseFile")
    wait_idle(qtbot, app_window)
    assert offered[0].startswith("PDF atau foto (") and "*.jpg" in offered[0].split(";;")[0]
    # The two photos went the way of a drop of two photos: the offer to make one PDF.
    # The two photos go the way of a drop of two photos: their order, then one PDF.
    dialog = window.combine_dialog
    assert dialog.isVisible() and dialog.pages.count() == 2
    dialog.accept()
    wait_idle(qtbot, app_window)
    [document] = window.controller.workspace.documents("npwp")
    assert document.name.endswith(".pdf")

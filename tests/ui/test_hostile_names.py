"""Names a colleague's bundle or a typo can bring are shown as text, never read as markup:
an LSP name holding ``<img src=…>`` used to be drawn as a picture in the header (read from
the disk, and on Windows from any share the path names), and its tags to vanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests import makefiles as mk
from tests.fill import fill_everything


@pytest.fixture
def marked_up(app_window, tmp_path):
    picture = tmp_path / "dari-kolega.png"
    picture.write_bytes(mk.image_bytes("PNG", size=(600, 600)))
    markup = f'<b>LSP</b> <img src="{picture}" width=600>'
    window = app_window.window
    workspace = window.controller.workspace
    fill_everything(workspace)
    workspace.set_profile(name=markup)
    window.controller.refresh_all()
    return window, markup


def _labels_reading_markup(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)
            if "<img" in label.text() and label.textFormat() != Qt.TextFormat.PlainText]


def test_the_header_shows_a_marked_up_lsp_name_as_it_was_typed(marked_up, qtbot):
    window, markup = marked_up
    qtbot.waitUntil(lambda: window.header.lsp_name.text() == markup)
    name = window.header.lsp_name
    assert name.textFormat() == Qt.TextFormat.PlainText
    # As text it takes a few lines; as markup the picture made it 600 px tall.
    assert name.sizeHint().height() < 300


def test_no_label_of_any_item_reads_the_name_as_markup(marked_up, qtbot):
    window, _markup = marked_up
    for requirement_id in ["__profile__", *(r.id for r in window.controller.catalog.requirements)]:
        window.select(requirement_id)
        qtbot.waitUntil(lambda: not window.start_panel_pending())
        assert _labels_reading_markup(window) == [], requirement_id


def test_an_item_title_from_a_circular_file_is_shown_as_text(marked_up, qtbot, monkeypatch):
    """A circular file is anyone's (an admin adds one a colleague sent): its titles and
    descriptions are text in every panel that heads or explains an item."""
    window, markup = marked_up
    for requirement in window.controller.catalog.requirements:
        monkeypatch.setattr(requirement, "title_id", markup)
        monkeypatch.setattr(requirement, "description_id", markup)
    for requirement in window.controller.catalog.requirements:
        window.select(requirement.id)
        qtbot.waitUntil(lambda: not window.start_panel_pending())
        assert _labels_reading_markup(window) == [], requirement.id


def test_a_question_quoting_a_name_shows_it_as_text(qapp, qtbot, monkeypatch):
    """The boxes that ask before removing a person or replacing a file quote the name."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from lsp_desktop.ui.dialogs.prompts import ask

    seen = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: seen.append((box.textFormat(), box.text())) or 0)
    owner = QWidget()
    qtbot.addWidget(owner)
    name = '<b>Ani</b> <img src="foto.png">'
    ask(owner, "Hapus", f"Hapus “{name}” dari daftar personel?", "Hapus", "Batal",
        QMessageBox.Icon.Warning)
    assert seen == [(Qt.TextFormat.PlainText, f"Hapus “{name}” dari daftar personel?")]


def test_the_about_box_shows_an_added_circulars_words_as_text(qapp, qtbot, tmp_path):
    from lsp_desktop.ui.dialogs.about import AboutDialog

    markup = '<b>SE</b> <img src="x.png">'
    parent = QLabel()
    qtbot.addWidget(parent)
    dialog = AboutDialog(parent, tmp_path / "ws.lspws", markup, markup, "settings.ini")
    reading = [label for label in dialog.findChildren(QLabel) if "<img" in label.text()]
    assert reading and all(label.textFormat() == Qt.TextFormat.PlainText for label in reading)
    dialog.close()


def test_replacing_an_added_circular_quotes_its_number_as_text(app_window, monkeypatch):
    """Adding a circular file that replaces one kept asks first, quoting the file's number."""
    import dataclasses

    from PySide6.QtWidgets import QMessageBox

    from lsp_desktop.circulars.library import ReplaceAsked
    from lsp_desktop.ui.shell.circular_actions import _confirm_replace

    catalog = app_window.window.controller.catalog
    number = '<b>SE.9</b> <img src="foto.png">'
    new = dataclasses.replace(catalog,
                              circular=dataclasses.replace(catalog.circular, number=number))
    seen = []

    def shown(box):
        from PySide6.QtWidgets import QLabel

        from tests.ui.tips import read_tip  # as Qt reads a label left to guess

        plan = box.findChild(QLabel, "qt_msgbox_informativelabel")
        seen.append((read_tip(box.text()), plan.textFormat(), read_tip(plan.text())))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    _confirm_replace(app_window.window, ReplaceAsked(catalog, new), "id")
    [(question, plan_format, plan)] = seen
    assert number in question  # the number as written, its tags shown
    # The plan below is the app's own markup, drawn as such (not its tags as text).
    assert plan_format != Qt.TextFormat.PlainText and "<" not in plan and plan


def test_an_ampersand_in_a_name_or_folder_is_shown_not_made_a_key(app_window, qtbot,
                                                                    tmp_path):
    """In a menu an "&" marks the key that chooses the entry: Edit > Undo read "Ubah Email
    Ani _Budi" and a recent workspace in "LSP P&K" read "LSP P_K"."""
    from PySide6.QtGui import QUndoCommand

    from lsp_desktop.ui.recent import remember_workspace
    from tests.ui.driving import menu_action

    window = app_window.window
    step = QUndoCommand("Ubah Email Ani & Budi &Co")
    window.controller.undo_stack.push(step)
    qtbot.waitUntil(lambda: menu_action(window, "undo").isEnabled())
    assert menu_action(window, "undo").iconText().endswith("Ani & Budi &Co")
    folder = str(tmp_path / "LSP P&K Nusantara" / "kerja.lspws")
    remember_workspace(window.settings, Path(folder))
    window.fill_recent()
    assert [action.iconText() for action in window.recent_menu.actions()][0] == folder

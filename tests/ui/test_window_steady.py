"""Issue 21, points 2 and 5: nothing jumps under the pointer when a message appears or goes
(the licence warning, the social-media fields of 2.12, the green banner), at 1366×768 and
1024×600; and a new LSP type keeps the category when it still fits, and says so beside the
field when it does not. Each edit survives Ctrl+Z, then Ctrl+Shift+Z."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from tests.fill import NIKS, fill_everything, fill_profile
from tests.ui.driving import state_text, wait_idle
from tests.ui.screens import OUTPUT, SIZES

SHOTS = OUTPUT  # pictures a person looks at (tests/output)


def _shown(window, size, qtbot):
    window.resize(*SIZES[size])
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)


def _place(widget):
    """Where the admin sees the widget: its rectangle in window coordinates."""
    return widget.geometry().translated(widget.parentWidget().mapTo(widget.window(),
                                                                    QPoint(0, 0)))


def _places(*widgets):
    for _ in range(3):  # laid out first, as the admin sees it
        QApplication.processEvents()
    return [_place(w) for w in widgets]


def _key(app_window, qtbot, modifiers):
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, modifiers)
    wait_idle(qtbot, app_window)


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _grab(window, name):
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("size", list(SIZES))
def test_the_licence_warning_moves_no_field(app_window, qtbot, size):
    window = app_window.window
    _shown(window, size, qtbot)
    window.select(PROFILE_ID)
    panel = window.panel
    below = (panel.lsp_type, panel.category, panel.skkk)
    before = _places(*below)
    panel.licence.setFocus()
    QTest.keyClicks(panel.licence, "LSP 123")
    QTest.keyClick(panel.licence, Qt.Key.Key_Tab)  # leaves the field: the warning appears
    wait_idle(qtbot, app_window)
    assert "LSP 123" in panel.licence_hint.text()
    assert panel.lsp_type.hasFocus()  # where Tab went, and where the pointer still is
    hint = panel.licence_hint  # beside its field, in view
    assert window.detail.viewport().rect().contains(
        hint.geometry().translated(hint.parentWidget().mapTo(window.detail.viewport(),
                                                             QPoint(0, 0))))
    _grab(window, f"licence-warning-{size}")
    assert _places(*below) == before
    _key(app_window, qtbot, CTRL)
    assert window.panel.licence.text() == "" and window.panel.licence_hint.text() == ""
    assert _places(*below) == before
    _key(app_window, qtbot, CTRL_SHIFT)
    assert "LSP 123" in window.panel.licence_hint.text()
    assert _places(*below) == before


@pytest.mark.parametrize("size", list(SIZES))
def test_the_social_media_fields_stay_put_after_the_first_entry(app_window, qtbot, size):
    records = Records(app_window.window.controller.workspace)
    citra = records.save_person(Person(None, "Citra Dewi", "asesor", NIKS[2]))
    records.save_assessor_data(AssessorData(citra.id, "MET.000.001573 2025", "0012345",
                                            "2025-06-01", "", "TIK"))
    app_window.window.controller.refresh_all()
    window = app_window.window
    _shown(window, size, qtbot)
    window.select("data-asesor")
    panel = window.panel
    fields = list(panel.social.values())
    findings = panel.findings.text()
    instagram, facebook = panel.social["instagram"], panel.social["facebook"]
    # Scrolled to the end of the panel (on a small screen), as the admin is to type there.
    scroll = window.detail.verticalScrollBar()
    QTest.keyClick(scroll, Qt.Key.Key_End)
    before = _places(*fields)
    instagram.setFocus()
    QTest.keyClicks(instagram, "@lsp_tik")
    QTest.keyClick(instagram, Qt.Key.Key_Tab)
    wait_idle(qtbot, app_window)
    assert panel.findings.text() != findings  # the message changed below the fields
    _grab(window, f"social-after-first-{size}")
    assert _places(*fields) == before
    # What is typed next lands where the admin aimed: in Facebook.
    assert facebook.hasFocus()
    QTest.keyClicks(facebook, "lsptik")
    QTest.keyClick(facebook, Qt.Key.Key_Tab)
    wait_idle(qtbot, app_window)
    social = window.controller.read.social_media()
    assert social["instagram"] == "@lsp_tik" and social["facebook"] == "lsptik"
    window.panel.view.setFocus()
    _key(app_window, qtbot, CTRL)
    _key(app_window, qtbot, CTRL)
    assert window.controller.read.social_media().get("instagram", "") == ""
    assert _places(*window.panel.social.values()) == before
    _key(app_window, qtbot, CTRL_SHIFT)
    assert window.controller.read.social_media()["instagram"] == "@lsp_tik"
    assert _places(*window.panel.social.values()) == before


def _filled(app_window):
    with open_workspace(app_window.window.controller.workspace.path) as ws:
        fill_everything(ws)
    app_window.window.controller.refresh_all()


@pytest.mark.parametrize("size", list(SIZES))
def test_the_green_banner_moves_no_row_of_the_list(app_window, qtbot, size):
    _filled(app_window)
    window = app_window.window
    _shown(window, size, qtbot)
    window.select("npwp")
    assert window.header.banner.isVisible()
    # Their tops and widths: the bottom edge of the list may move, none of its rows.
    steady = (window.checklist, window.detail)
    before = [(r.topLeft(), r.width()) for r in _places(*steady)]
    rows = [window.checklist.visualRect(window.checklist.model().index(r, 0)) for r in
            range(5)]
    window.panel.remove_button.click()  # the banner goes
    wait_idle(qtbot, app_window)
    assert state_text(window, "npwp") == "belum ada"
    assert not window.header.banner.isVisible()
    _grab(window, f"banner-gone-{size}")
    assert [(r.topLeft(), r.width()) for r in _places(*steady)] == before
    assert [window.checklist.visualRect(window.checklist.model().index(r, 0))
            for r in range(5)] == rows
    window.checklist.setFocus()
    _key(app_window, qtbot, CTRL)  # the banner comes back
    assert window.header.banner.isVisible()
    _grab(window, f"banner-back-{size}")
    assert [(r.topLeft(), r.width()) for r in _places(*steady)] == before
    _key(app_window, qtbot, CTRL_SHIFT)
    assert not window.header.banner.isVisible()
    assert [(r.topLeft(), r.width()) for r in _places(*steady)] == before


def _profile(app_window, lsp_type, category):
    with open_workspace(app_window.window.controller.workspace.path) as ws:
        fill_profile(ws)
        ws.set_profile(lsp_type=lsp_type, category=category)
    app_window.window.controller.refresh_all()


def _choose(qtbot, combo, data):
    """Pick an entry of a drop-down with the keyboard, as an admin does."""
    combo.setFocus()
    while combo.currentData() != data:
        before = combo.currentIndex()
        key = Qt.Key.Key_Down if combo.findData(data) > before else Qt.Key.Key_Up
        QTest.keyClick(combo, key)
        assert combo.currentIndex() != before


def test_a_new_lsp_type_keeps_a_category_that_still_fits(app_window, qtbot):
    _profile(app_window, "P1", "lainnya")
    window = app_window.window
    window.select(PROFILE_ID)
    panel = window.panel
    _choose(qtbot, panel.lsp_type, "P3")
    wait_idle(qtbot, app_window)
    assert window.controller.read.profile().category == "lainnya"
    assert panel.category.currentText() == "Lainnya"
    assert panel.category_hint.text() == ""


@pytest.mark.parametrize("size", list(SIZES))
def test_a_new_lsp_type_that_leaves_the_category_out_says_so_beside_it(app_window, qtbot,
                                                                       size):
    _profile(app_window, "P1", "smk")
    window = app_window.window
    _shown(window, size, qtbot)
    window.select(PROFILE_ID)
    panel = window.panel
    before = _places(panel.category, panel.skkk)
    _choose(qtbot, panel.lsp_type, "P3")
    wait_idle(qtbot, app_window)
    assert window.controller.read.profile().category == ""
    hint = window.panel.category_hint
    assert hint.text() == "! SMK bukan kategori LSP Pihak Ketiga (P3): pilih kategorinya lagi."
    assert hint.isVisible() and window.detail.viewport().rect().contains(
        hint.geometry().translated(hint.parentWidget().mapTo(window.detail.viewport(),
                                                             QPoint(0, 0))))
    _grab(window, f"category-left-out-{size}")
    assert _places(panel.category, panel.skkk) == before
    # Down, Down went through P2: two steps of Edit > Undo.
    _key(app_window, qtbot, CTRL)
    assert window.controller.read.profile().lsp_type == "P2"
    _key(app_window, qtbot, CTRL)
    profile = window.controller.read.profile()
    assert (profile.lsp_type, profile.category) == ("P1", "smk")
    assert window.panel.category.currentText() == "SMK"
    assert window.panel.category_hint.text() == ""
    _key(app_window, qtbot, CTRL_SHIFT)
    _key(app_window, qtbot, CTRL_SHIFT)
    profile = window.controller.read.profile()
    assert (profile.lsp_type, profile.category) == ("P3", "")
    # Choosing a category again clears the note.
    _choose(qtbot, window.panel.category, "lainnya")
    wait_idle(qtbot, app_window)
    assert window.panel.category_hint.text() == ""
    assert window.controller.read.profile().category == "lainnya"

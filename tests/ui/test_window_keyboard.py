"""The keyboard (issue 21, points 6 and 7): the arrows pass over group headers, Enter
presses the focused button, the focus shows where it is, and the checklist's search box."""


import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton

from lsp_desktop.ui.widgets.checklist import REQUIREMENT_ROLE
from tests.ui.driving import click_menu, wait_idle
from tests.ui.screens import OUTPUT

SHOTS = OUTPUT  # pictures to look at, kept with the others in tests/output


def _shown(window) -> None:
    window.show()
    window.activateWindow()
    QApplication.processEvents()


def _active_on(app_window, qtbot, item: str):
    """The window shown on a laptop's screen, active, on ``item``; its list."""
    window = app_window.window
    window.resize(1366, 768)
    _shown(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.select(item)
    return window, window.checklist


def _key(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def _current(window) -> str | None:
    return window.current_requirement()


def _visible_rows(window) -> list[str]:
    """What the list shows, top to bottom: item ids, and group headers by their title."""
    view, model = window.checklist, window.model
    shown = []
    for row in range(model.rowCount()):
        top = model.index(row, 0)
        if view.isRowHidden(row, QModelIndex()):
            continue
        shown.append(top.data(REQUIREMENT_ROLE) or f"[{top.data()}]")
        for child in range(model.rowCount(top)):
            if not view.isRowHidden(child, top):
                shown.append(model.index(child, 0, top).data(REQUIREMENT_ROLE))
    return shown


def test_the_arrow_keys_pass_over_group_headers(app_window, qtbot):
    window = app_window.window
    _shown(window)
    view = window.checklist
    view.setFocus()
    window.select("__profile__")
    _key(view, Qt.Key.Key_Down)  # over "Akun SIAPkerja", the first group's header
    assert _current(window) == "siapkerja"
    _key(view, Qt.Key.Key_Down)  # over "Dokumen LSP"
    assert _current(window) == "sk-lisensi"
    _key(view, Qt.Key.Key_Up)
    assert _current(window) == "siapkerja"
    _key(view, Qt.Key.Key_Up)
    assert _current(window) == "__profile__"
    _key(view, Qt.Key.Key_Up)  # nothing above: it stays
    assert _current(window) == "__profile__"
    _key(view, Qt.Key.Key_End)
    assert _current(window) == "sk-staf-it"
    _key(view, Qt.Key.Key_Home)
    assert _current(window) == "__profile__"
    for _ in range(6):
        _key(view, Qt.Key.Key_PageDown)
        assert _current(window)  # never a header
    assert _current(window) == "sk-staf-it"
    _key(view, Qt.Key.Key_PageUp)
    assert _current(window)


def test_enter_presses_the_focused_button_and_keeps_its_meaning_elsewhere(
        app_window, qtbot, monkeypatch):
    window = app_window.window
    _shown(window)
    window.select("npwp")
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: asked.append(a[1]) or ([], ""))
    choose = window.panel.choose_button
    choose.setFocus(Qt.FocusReason.TabFocusReason)
    _key(choose, Qt.Key.Key_Return)
    assert len(asked) == 1 and "NPWP" in asked[0]
    _key(choose, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's
    assert len(asked) == 2
    # Enter in a text field is the field's: the profile's name is saved, no button pressed.
    window.select("__profile__")
    wait_idle(qtbot, app_window)
    field = window.panel.findChildren(QLineEdit)[0]
    field.setFocus()
    QTest.keyClicks(field, "LSP Teknologi Digital")
    _key(field, Qt.Key.Key_Return)
    wait_idle(qtbot, app_window)
    assert len(asked) == 2
    assert window.controller.workspace.profile().name == "LSP Teknologi Digital"


def test_enter_on_a_dialogs_cancel_cancels_not_the_default(app_window, qtbot, tmp_path):
    from lsp_desktop.ui.dialogs.combine_order import CombineOrderDialog
    from tests import makefiles as mk

    window = app_window.window
    photos = [mk.write(tmp_path, f"{i}.jpg", mk.image_bytes("JPEG")) for i in (1, 2)]
    dialog = CombineOrderDialog(photos, window)
    dialog.show()
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Batal")
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    _key(cancel, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Rejected and not dialog.isVisible()


def _ring_shown(app) -> bool:
    ring = app.keyboard._ring  # gone with the panel it was in, or hidden
    return ring is not None and shiboken6.isValid(ring) and ring.isVisible()


def _color_at(widget, point) -> QColor:
    return widget.grab().toImage().pixelColor(point)


def test_the_focus_shows_where_the_keys_go(app_window, qtbot):
    window, view = _active_on(app_window, qtbot, "npwp")
    view.setFocus(Qt.FocusReason.TabFocusReason)
    rect = view.visualRect(window.model.index_of("npwp"))
    point = rect.center()
    point.setX(rect.right() - 4)  # past the title's text
    bright = _color_at(view.viewport(), point)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "focus-list-1366x768.png"))
    _key(view, Qt.Key.Key_F6)  # to the panel
    focused = QApplication.focusWidget()
    assert focused is not view and window.detail.isAncestorOf(focused)
    ring = app_window.keyboard.ring
    assert ring.isVisible() and ring.widget() is focused
    dim = _color_at(view.viewport(), point)
    base = view.palette().color(view.palette().ColorRole.Base)

    def distance(one, other):
        return sum(abs(a - b) for a, b in zip(one.getRgb()[:3], other.getRgb()[:3],
                                               strict=True))

    # Without the focus the selection is much nearer the list's background.
    assert distance(dim, base) < distance(bright, base) / 2
    window.grab().save(str(SHOTS / "focus-panel-1366x768.png"))
    window.resize(1024, 600)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "focus-panel-1024x600.png"))
    # A click gives the focus without the ring: the admin looks there already.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.hasFocus() and not _ring_shown(app_window)


def test_the_search_box_keeps_the_items_that_match(app_window, qtbot):
    window, view = _active_on(app_window, qtbot, "sk-lisensi")
    view.setFocus()
    box = view.filter_box
    _key(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    QTest.keyClicks(box, "npwp")
    assert _visible_rows(window) == ["[Dokumen LSP]", "npwp"]
    assert _current(window) == "npwp"  # the list and the panel agree
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "search-npwp-1366x768.png"))
    box.selectAll()
    QTest.keyClicks(box, "2.1")
    assert _visible_rows(window) == ["[Dokumen LSP]", "sk-lisensi", "rekening", "[Asesor]",
                                     "berkas-asesor", "data-asesor", "[Paket kompetensi]",
                                     "skkk", "paket-kompetensi"]
    assert _current(window) == "sk-lisensi"  # npwp hidden now: the first one left
    box.selectAll()
    QTest.keyClicks(box, "zzz")
    assert box.nothing.isVisible() and "zzz" in box.nothing.text()
    window.resize(1024, 600)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "search-nothing-1024x600.png"))
    _key(box, Qt.Key.Key_Escape)  # clears
    assert box.text() == "" and not box.nothing.isVisible()
    assert len(_visible_rows(window)) == 1 + 5 + len(window.controller.catalog.requirements)
    # Down goes to the list, on the item the panel shows.
    QTest.keyClicks(box, "rekening")
    _key(box, Qt.Key.Key_Down)
    assert view.hasFocus() and _current(window) == "rekening"
    _key(view, Qt.Key.Key_Down)  # the only one left: it stays
    assert _current(window) == "rekening"


def test_the_search_reads_the_titles_in_the_windows_language(app_window, qtbot):
    click_menu(app_window.window, "English")
    window = app_window.window
    box = window.checklist.filter_box
    QTest.keyClicks(box, "bank book")
    assert _visible_rows(window) == ["[LSP documents]", "rekening"]
    box.clear()
    QTest.keyClicks(box, "buku rekening")  # the Indonesian title is not searched
    assert box.nothing.isVisible()


def test_each_word_is_searched_on_its_own_in_number_title_and_description(app_window, qtbot):
    """Issue F3, point 7: "rekening bank" found nothing, "bank" being in 2.10's description
    only; and the Status column moved some 15 px as the scroll bar came and went."""
    window, view = _active_on(app_window, qtbot, "sk-lisensi")
    window.resize(1024, 600)
    QApplication.processEvents()
    box = view.filter_box
    header = view.header()
    before = header.sectionViewportPosition(1), view.viewport().width()
    QTest.keyClicks(box, "rekening bank")
    QApplication.processEvents()
    assert _visible_rows(window) == ["[Dokumen LSP]", "rekening"]
    assert (header.sectionViewportPosition(1), view.viewport().width()) == before
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "search-rekening-bank-1024x600.png"))
    box.selectAll()
    QTest.keyClicks(box, "bank rekening 2.10")  # any order, the number too
    assert _visible_rows(window) == ["[Dokumen LSP]", "rekening"]
    box.selectAll()
    QTest.keyClicks(box, "rekening video")  # every word must be found
    assert box.nothing.isVisible()
    box.clear()
    QApplication.processEvents()
    assert (header.sectionViewportPosition(1), view.viewport().width()) == before

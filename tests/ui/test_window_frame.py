"""The window's frame as the admin meets it: menus clicked, not slots called; the language
kept; recent workspaces; a size that fits the screen; the header and its banner."""

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle

from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui import app as app_module
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.geometry import clamp_into, first_size
from lsp_desktop.ui.icons import COLORS, contrast_ratio, state_color, state_icon
from lsp_desktop.ui.tasks import ImmediatePool
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from tests import makefiles as mk
from tests.fill import fill_everything
from tests.ui.driving import click_menu, drop, menu_action, state_text, wait_idle
from tests.ui.tips import read_tip


def _application(qapp, ini: Path, workspace: Path) -> Application:
    application = Application(qapp, QSettings(str(ini), QSettings.Format.IniFormat),
                              ImmediatePool())
    application.install_language(application.lang)
    assert application.open(workspace)
    return application


def _close(application):
    application.window.close()
    application.window.controller.workspace.close()


def test_language_menu_switches_both_ways_and_ticks_the_entry(app_window, capfd):
    app_window.window.select("npwp")
    click_menu(app_window.window, "English")
    window = app_window.window
    assert state_text(window, "npwp") == "missing"
    assert window.model.rows["npwp"][0].text() == "2.9  LSP tax number (NPWP)"
    assert window.model.index(1, 0).data() == "SIAPkerja accounts"
    assert window.progress_bar.format().endswith("ready")
    assert menu_action(window, "menuFile").text() == "&File"
    assert menu_action(window, "language-en").isChecked()
    assert not menu_action(window, "language-id").isChecked()
    assert window.current_requirement() == "npwp"
    assert app_window.settings.value("language") == "en"
    window.select(PROFILE_ID)
    types = [window.panel.lsp_type.itemText(i) for i in range(window.panel.lsp_type.count())]
    assert "First-party LSP (P1)" in types
    click_menu(window, "Bahasa Indonesia")
    window = app_window.window
    assert state_text(window, "npwp") == "belum ada"
    assert window.progress_bar.format().endswith("siap")
    assert menu_action(window, "menuFile").text() == "&Berkas"
    assert menu_action(window, "language-id").isChecked()
    assert not menu_action(window, "language-en").isChecked()
    assert app_window.settings.value("language") == "id"
    assert "Cannot copy-convert" not in capfd.readouterr().err


def test_the_language_is_remembered_across_a_restart(qapp, tmp_path):
    first = _application(qapp, tmp_path / "s.ini", tmp_path / "ws.lspws")
    click_menu(first.window, "English")
    _close(first)
    again = _application(qapp, tmp_path / "s.ini", tmp_path / "ws.lspws")
    assert again.lang == "en"
    assert menu_action(again.window, "language-en").isChecked()
    assert state_text(again.window, "npwp") == "missing"
    _close(again)


@pytest.mark.parametrize("saved", ["", "false", "fr", "xx"])
def test_an_unknown_saved_language_means_indonesian(qapp, tmp_path, saved):
    QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat).setValue("language", saved)
    application = _application(qapp, tmp_path / "s.ini", tmp_path / "ws.lspws")
    assert application.lang == "id"
    assert menu_action(application.window, "language-id").isChecked()
    assert state_text(application.window, "npwp") == "belum ada"
    _close(application)


def test_a_recent_workspace_is_listed_whole_and_opens(qapp, tmp_path):
    first, second = tmp_path / "first.lspws", tmp_path / "second.lspws"
    application = _application(qapp, tmp_path / "s.ini", first)
    _close(application)
    # Written and read back as the settings file does: one item comes back as a string.
    reread = _application(qapp, tmp_path / "s.ini", second)
    assert menu_action(reread.window, str(first)).text() == str(first)
    click_menu(reread.window, str(first))
    assert reread.window.controller.workspace.path == first
    entries = [a.text() for a in menu_action(reread.window, "menuRecent").menu().actions()]
    assert entries == [str(first), str(second)]
    _close(reread)


def test_a_single_recent_workspace_saved_as_text_is_one_entry(qapp, tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("recent", str(tmp_path / "only.lspws"))
    store.sync()
    application = _application(qapp, tmp_path / "s.ini", tmp_path / "ws.lspws")
    entries = [a.text() for a in menu_action(application.window, "menuRecent").menu().actions()]
    assert entries == [str(tmp_path / "ws.lspws"), str(tmp_path / "only.lspws")]
    _close(application)


def test_a_missing_recent_workspace_is_explained_and_taken_off(qapp, tmp_path, monkeypatch):
    boxes = []  # no message box that stops the work: the explanation stays above the list
    monkeypatch.setattr(app_module, "tell", lambda parent, title, text, *rest: boxes.append(text))
    gone = tmp_path / "usb" / "gone.lspws"
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("recent", [str(gone)])
    application = _application(qapp, tmp_path / "s.ini", tmp_path / "ws.lspws")
    click_menu(application.window, str(gone))
    assert boxes == []
    bar = application.window.notice_bar
    told = bar.text.text()
    assert bar.isVisibleTo(application.window) and str(gone) in told and "flashdisk" in told
    application.window.show_notice("Pesan berikutnya")  # the next status message...
    assert bar.isVisibleTo(application.window)           # ...does not replace it
    bar.close_button.click()
    assert not bar.isVisibleTo(application.window)
    assert not gone.parent.exists()  # not recreated empty
    assert application.window.controller.workspace.path == tmp_path / "ws.lspws"
    entries = [a.text() for a in menu_action(application.window, "menuRecent").menu().actions()]
    assert entries == [str(tmp_path / "ws.lspws")]
    assert application.settings.value("recent") in ([str(tmp_path / "ws.lspws")],
                                                   str(tmp_path / "ws.lspws"))
    _close(application)


def test_every_menu_entry_has_a_name_for_tests_and_tools(app_window):
    def walk(actions):
        for action in actions:
            if not action.isSeparator():
                yield action
            if action.menu() is not None:
                yield from walk(action.menu().actions())

    unnamed = [a.text() for a in walk(app_window.window.menuBar().actions())
               if not a.objectName()]
    assert unnamed == []


def test_the_first_window_fits_the_screen():
    assert first_size(QSize(1366, 728)) == QSize(1229, 655)
    assert first_size(QSize(1024, 560)) == QSize(1024, 560)
    assert first_size(QSize(2560, 1400)) == QSize(1280, 800)
    assert first_size(QSize(1280, 680)) == QSize(1152, 612)


def test_a_saved_size_from_a_bigger_screen_is_brought_onto_this_one():
    area = QRect(0, 0, 1366, 728)
    assert clamp_into(QRect(1500, 900, 1900, 1000), area) == QRect(0, 0, 1366, 728)
    assert clamp_into(QRect(900, 400, 800, 500), area) == QRect(566, 228, 800, 500)
    assert clamp_into(QRect(10, 20, 800, 500), area) == QRect(10, 20, 800, 500)


def test_the_window_opens_inside_the_screen_and_remembers_its_size(qapp, tmp_path):
    application = _application(qapp, tmp_path / "s.ini", tmp_path / "ws.lspws")
    area = application.window.screen().availableGeometry()
    assert area.contains(application.window.frameGeometry())
    application.window.resize(700, 500)
    _close(application)
    again = _application(qapp, tmp_path / "s.ini", tmp_path / "ws.lspws")
    assert again.window.size() == QSize(700, 500)
    again.window.resize(area.width() * 3, area.height() * 3)
    _close(again)
    third = _application(qapp, tmp_path / "s.ini", tmp_path / "ws.lspws")
    assert area.contains(third.window.frameGeometry())
    _close(third)


def test_the_status_column_keeps_its_width(app_window, tmp_path):
    window = app_window.window
    header = window.checklist.header()
    width = header.sectionSize(1)
    metrics = window.checklist.fontMetrics()
    assert width > metrics.horizontalAdvance("ada peringatan") + 16
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    window.select("sk-asesor")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "sk.pdf", mk.pdf_of_size(3_000_000))])
    assert header.sectionSize(1) == width


def test_every_title_is_readable_in_full_at_1024x600(app_window, qapp):
    window = app_window.window
    window.resize(1024, 600)
    window.show()
    qapp.processEvents()
    view = window.checklist
    metrics = view.fontMetrics()
    # Qt paints an item's text inside a margin of this much on each side.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    icon = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 2 * margin
    for requirement in window.controller.catalog.requirements:
        title = window.model.index_of(requirement.id)
        for index, inset in ((title, 0), (title.siblingAtColumn(1), icon)):
            rect = view.visualRect(index)
            needed = metrics.boundingRect(QRect(0, 0, rect.width() - 2 * margin - inset, 10_000),
                                          Qt.TextFlag.TextWordWrap, index.data())
            assert needed.height() <= rect.height(), requirement.id


def test_a_long_notice_keeps_the_status_bar_one_line(app_window, qapp):
    window = app_window.window
    window.resize(1024, 600)
    window.show()
    window.show_notice("pendek")
    qapp.processEvents()
    height = window.statusBar().height()
    long_text = "Berkas ini ditolak karena alasan yang sangat panjang sekali. " * 8
    window.show_notice(long_text, "error")
    qapp.processEvents()
    assert window.statusBar().height() == height
    assert long_text in window.notice_label.text()
    # Read whole when pointed at (its long line broken at spaces).
    assert " ".join(long_text.split()) in " ".join(read_tip(window.notice_label.toolTip()).split())
    assert window.notice_label.shown_text().endswith("…")


def test_all_ready_shows_the_banner_with_export(qapp, tmp_path, monkeypatch):
    path = tmp_path / "done.lspws"
    with open_workspace(path) as ws:
        fill_everything(ws)
    application = _application(qapp, tmp_path / "s.ini", path)
    window = application.window
    banner = window.header.banner
    assert banner.isVisibleTo(window)
    assert "siap" in banner.text.text()
    link = window.controller.catalog.circular.training_link
    # The circular's time is over: the link is in the warning above the banner, whole.
    anchor = window.header.window_label.text().split("<a ")[1]
    assert "white-space:nowrap" in anchor and f">{link}</a>" in anchor
    assert "sudah berakhir" not in banner.text.text()
    window.show()
    window.activateWindow()
    qapp.processEvents()
    banner.export_button.setFocus()
    QTest.keyClick(banner.export_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.checklist.filter_box  # the list's search
    QTest.keyClick(window.checklist.filter_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.checklist  # header, search, then the list
    exported = []
    from lsp_desktop.ui.shell import bundle_actions

    monkeypatch.setattr(bundle_actions, "export_bundle", exported.append)
    banner.export_button.click()
    assert exported == [window]
    window.select("npwp")
    window.panel.remove_button.click()
    assert not banner.isVisibleTo(window)
    _close(application)


def test_the_banner_is_hidden_while_items_are_missing(app_window):
    assert not app_window.window.header.banner.isVisibleTo(app_window.window)


def test_state_colours_stay_readable_on_a_dark_palette(qapp):
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#323232"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    try:
        for palette in (original, dark):
            base = palette.color(QPalette.ColorRole.Base)
            for state in COLORS:
                assert contrast_ratio(state_color(state, palette), base) >= 3, state
        QApplication.setPalette(dark)
        assert state_color("ok") != QColor(COLORS["ok"])
    finally:
        QApplication.setPalette(original)


def test_the_state_icon_is_not_tinted_on_the_selected_row(qapp):
    icon = state_icon("ok")
    normal = icon.pixmap(QSize(16, 16), 1.0, QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(QSize(16, 16), 1.0, QIcon.Mode.Selected).toImage()
    assert normal == selected


def test_state_icons_are_sharp_on_a_high_dpi_screen(qapp):
    for scale in (1.5, 2.0):
        pixmap = state_icon("error").pixmap(QSize(16, 16), scale)
        assert pixmap.devicePixelRatio() == scale
        assert pixmap.width() == round(16 * scale)


def test_state_icons_have_accessible_names(app_window):
    window = app_window.window
    for requirement_id in ("npwp", "skkk"):
        state = window.model.rows[requirement_id][1]
        assert state.data(Qt.ItemDataRole.AccessibleTextRole) == state.text()


def test_keys_move_between_the_list_and_the_panel(app_window, qapp):
    window = app_window.window
    window.show()
    window.activateWindow()
    window.select("npwp")
    qapp.processEvents()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.checklist
    QTest.keyClick(window, Qt.Key.Key_F6)
    assert window.panel.isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.checklist
    QTest.keyClick(window.checklist, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is window.detail or window.panel.isAncestorOf(focus)


def test_the_window_can_be_as_small_as_1024x600(app_window):
    hint = app_window.window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600 - 40  # less a title bar


def test_moving_to_another_item_clears_the_old_notice(app_window, tmp_path, qtbot):
    window = app_window.window
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    window.panel.remove_button.click()
    wait_idle(qtbot, app_window)
    assert "Ctrl+Z" in window.notice_label.text()
    window.select("rekening")
    assert window.notice_label.text() == ""


def test_every_file_and_edit_entry_works_from_the_menu(qapp, tmp_path, monkeypatch):
    """Each entry clicked as the admin would, with the file dialogs answered."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from lsp_desktop.ui.shell import bundle_actions

    answers = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kw: (answers.pop(0), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kw: (answers.pop(0), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",  # "Choose a file…" takes several
                        staticmethod(lambda *args, **kw: ([answers.pop(0)], "")))
    asked = []
    monkeypatch.setattr(bundle_actions, "ask", lambda *args, **kw: asked.append(args) or False)
    errors = []
    monkeypatch.setattr("sys.excepthook", lambda *exc: errors.append(exc[1]))
    application = _application(qapp, tmp_path / "s.ini", tmp_path / "first.lspws")

    answers.append(str(tmp_path / "second"))  # the .lspws is added
    click_menu(application.window, "newWorkspace")
    assert application.window.controller.workspace.path == tmp_path / "second.lspws"
    answers.append(str(tmp_path / "first.lspws"))
    click_menu(application.window, "openWorkspace")
    window = application.window
    assert window.controller.workspace.path == tmp_path / "first.lspws"

    window.select("npwp")
    answers.append(str(mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())))
    click_menu(window, "chooseFile")
    assert state_text(window, "npwp") == "siap"
    window.panel.remove_button.click()
    click_menu(window, "undo")
    assert state_text(window, "npwp") == "siap"
    click_menu(window, "redo")
    assert state_text(window, "npwp") == "belum ada"

    click_menu(window, "exportBundle")  # not complete: asks first; "no" leaves it
    assert len(asked) == 1
    answers.append("")  # cancelled
    click_menu(window, "verifyBundle")
    answers.append("")
    click_menu(window, "openBundle")
    click_menu(window, "about")
    about_text = " ".join(label.text() for label in window.about_dialog.findChildren(QLabel))
    assert window.controller.catalog.circular.number in about_text
    window.about_dialog.close()
    assert errors == [] and answers == []
    window.show()
    click_menu(window, "quit")
    assert not window.isVisible()
    window.controller.workspace.close()


def test_what_can_be_undone_survives_a_language_switch(app_window, qtbot, tmp_path):
    window = app_window.window
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    [document] = window.controller.workspace.documents("npwp")
    window.remove_document(document)
    wait_idle(qtbot, app_window)
    assert window.controller.workspace.documents("npwp") == []
    click_menu(window, "English")
    window = app_window.window
    assert window.current_requirement() == "npwp"
    click_menu(window, "undo")  # the notice said Ctrl+Z would bring it back: it does
    wait_idle(qtbot, app_window)
    assert [d.name for d in window.controller.workspace.documents("npwp")] == ["npwp.pdf"]
    assert state_text(window, "npwp") == "ready"

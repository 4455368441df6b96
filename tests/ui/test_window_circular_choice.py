"""Which circular a workspace follows, from the window: added from a file the admin
received, chosen when a workspace is made, switched with the carry-over report shown
before anything changes. Driven through the File menu, as an admin would."""

import re

import pytest
from PySide6.QtWidgets import QFileDialog

from lsp_desktop.circulars.library import add_catalog_file
from lsp_desktop.store.followed_circular import followed_catalog_id
from lsp_desktop.ui.dialogs.circular import CircularChooser, SwitchCircularDialog
from tests import ROOT
from tests.ui.driving import click_menu, menu_action, wait_idle

MADE_UP = ROOT / "tests" / "catalog" / "made_up_circular.toml"
SIZES = {"1366x768": (1366, 768), "1024x600": (1024, 600)}


def _plain(html_text: str) -> str:
    return re.sub(r"<[^>]+>", " ", html_text)


def _told(monkeypatch) -> list[str]:
    from lsp_desktop.ui.shell import circular_actions

    told: list[str] = []
    monkeypatch.setattr(circular_actions, "tell", lambda parent, title, text, *rest:
                        told.append(text))
    return told


def _open_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def _answer_switch(monkeypatch, confirm: bool, seen: list):
    """The switch dialog as the admin sees it: its report is read, then confirmed or not."""
    def answer(dialog):
        seen.append((dialog, _plain(dialog.report_label.text())))
        return 1 if confirm else 0

    monkeypatch.setattr(SwitchCircularDialog, "exec", answer)


def test_added_circular_shows_what_carries_over_before_anything_changes(
        app_window, monkeypatch, qtbot):
    window = app_window.window
    _open_file(monkeypatch, MADE_UP)
    seen = []
    _answer_switch(monkeypatch, False, seen)
    click_menu(window, "Tambah surat edaran dari berkas…")
    dialog, report = seen[0]
    assert "SE.099/BNSP/I/2027" in dialog.chosen().circular.number
    assert "Baru (perlu diisi):" in report and "Tidak diminta lagi" in report
    assert "1 Bukti Registrasi SIAPkerja" in report or "SIAPkerja" in report
    # Cancelled: nothing changed, and the notice says how to switch later.
    assert app_window.window is window
    assert followed_catalog_id(window.controller.workspace) == "se-007-bnsp-iv-2025"
    assert "Berkas > Ganti surat edaran…" in window.notice_label.text()


def test_confirmed_switch_rebuilds_the_checklist_and_the_header(app_window, monkeypatch,
                                                                  qtbot):
    add_catalog_file(MADE_UP)
    window = app_window.window
    path = window.controller.workspace.path
    seen = []
    _answer_switch(monkeypatch, True, seen)
    click_menu(window, "Ganti surat edaran…")
    wait_idle(qtbot, app_window)
    new = app_window.window
    assert new is not window and new.controller.workspace.path == path
    assert new.controller.catalog.id == "se-099-bnsp-i-2027"
    assert new.header.circular_label.text() == "Surat edaran SE.099/BNSP/I/2027"
    assert "Surat edaran rekaan" in new.header.circular_label.toolTip()
    assert "siapkerja" not in new.model.rows
    assert set(new.model.rows) - {"__profile__"} == {
        r.id for r in new.controller.catalog.requirements}
    assert "sekarang mengikuti SE.099/BNSP/I/2027" in new.notice_label.text()
    # And back again: the switch dialog lists both, the old one preselected.
    seen.clear()
    click_menu(new, "Ganti surat edaran…")
    assert seen[0][0].chosen().id == "se-007-bnsp-iv-2025"
    wait_idle(qtbot, app_window)
    assert app_window.window.controller.catalog.id == "se-007-bnsp-iv-2025"


def test_a_switch_of_circular_is_one_step_of_undo(app_window, monkeypatch, qtbot):
    add_catalog_file(MADE_UP)
    window = app_window.window
    _answer_switch(monkeypatch, True, [])
    click_menu(window, "Ganti surat edaran…")
    wait_idle(qtbot, app_window)
    new = app_window.window
    assert new.controller.catalog.id == "se-099-bnsp-i-2027"
    assert menu_action(new, "undo").text() == "&Urungkan Ikuti surat edaran SE.099/BNSP/I/2027"
    click_menu(new, "undo")
    wait_idle(qtbot, app_window)
    back = app_window.window
    assert back is not new and back.controller.catalog.id == "se-007-bnsp-iv-2025"
    assert followed_catalog_id(back.controller.workspace) == "se-007-bnsp-iv-2025"
    assert "siapkerja" in back.model.rows
    assert back.notice_label.text().startswith("Diurungkan: Ikuti surat edaran")
    click_menu(back, "redo")
    wait_idle(qtbot, app_window)
    assert app_window.window.controller.catalog.id == "se-099-bnsp-i-2027"


def test_switching_with_one_circular_says_how_to_add_one(app_window, monkeypatch):
    told = _told(monkeypatch)
    window = app_window.window
    click_menu(window, "Ganti surat edaran…")
    assert "Tambah surat edaran dari berkas" in window.notice_label.text()
    assert "Tambah surat edaran dari berkas" in told[0]  # in a box, not only the status line


def test_a_broken_circular_file_is_refused_plainly(app_window, monkeypatch, tmp_path):
    window = app_window.window
    broken = tmp_path / "surat-baru.toml"
    broken.write_text(MADE_UP.read_text(encoding="utf-8").replace(
        'window_end = 2027-02-28', 'window_end = "akhir Februari"'), encoding="utf-8")
    _open_file(monkeypatch, broken)
    told = _told(monkeypatch)
    click_menu(window, "Tambah surat edaran dari berkas…")
    notice = window.notice_label.text()
    assert "surat-baru.toml" in notice and "window_end" in notice
    assert told == [notice.removeprefix("✕ ")]  # whole in a box: the status line may cut it
    assert "Traceback" not in notice and "TOML" not in notice
    assert followed_catalog_id(window.controller.workspace) == "se-007-bnsp-iv-2025"


@pytest.mark.parametrize("choose", [True, False])
def test_a_new_workspace_asks_which_circular_when_there_are_two(app_window, monkeypatch,
                                                                tmp_path, qtbot, choose):
    add_catalog_file(MADE_UP)
    target = tmp_path / "lsp-baru.lspws"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    offered = []

    def answer(dialog):
        offered.append([dialog.listing.item(i).text() for i in range(dialog.listing.count())])
        return 1 if choose else 0

    monkeypatch.setattr(CircularChooser, "exec", answer)
    old = app_window.window
    click_menu(old, "newWorkspace")
    wait_idle(qtbot, app_window)
    assert any("SE.007/BNSP/IV/2025" in text for text in offered[0])
    assert any("SE.099/BNSP/I/2027" in text and "ditambahkan dari berkas" in text
               for text in offered[0])
    if choose:  # the newest is preselected
        assert app_window.window.controller.catalog.id == "se-099-bnsp-i-2027"
        assert "SE.099" in app_window.window.header.circular_label.text()
    else:
        assert app_window.window is old and not target.exists()


def test_first_start_with_one_circular_asks_nothing(app_window):
    # The fixture made a new workspace with only the shipped circular: no question (a
    # modal dialog would have failed the test), and the header names it.
    assert app_window.window.header.circular_label.text() == "Surat edaran SE.007/BNSP/IV/2025"


@pytest.mark.parametrize("size", list(SIZES))
def test_screenshots_of_the_chooser_and_the_switch_report(app_window, output_dir, qapp, size):
    from lsp_desktop.ui.shell.circular_actions import known_catalogs

    add_catalog_file(MADE_UP)
    window = app_window.window
    window.resize(*SIZES[size])
    width, height = SIZES[size]
    catalogs = known_catalogs()
    chooser = CircularChooser(catalogs, "se-099-bnsp-i-2027", "id", window)
    switch = SwitchCircularDialog(window.controller.catalog, catalogs, "se-099-bnsp-i-2027",
                                  "id", window)
    for name, dialog in (("chooser", chooser), ("switch", switch)):
        # It fits the screen, less a taskbar, and its buttons are not cut off.
        dialog.resize(min(dialog.width(), width), min(dialog.height(), height - 60))
        dialog.show()
        qapp.processEvents()
        assert dialog.minimumSizeHint().height() <= height - 60
        assert dialog.ok_button.isVisible()
        assert dialog.grab().save(str(output_dir / f"circular-{name}-{size}.png"))
        dialog.close()
    assert window.grab().save(str(output_dir / f"circular-header-{size}.png"))


def test_switching_a_filled_workspace_keeps_its_files_and_opens_every_panel(
        app_window, monkeypatch, qtbot):
    from tests.fill import fill_everything

    add_catalog_file(MADE_UP)
    window = app_window.window
    fill_everything(window.controller.workspace)  # a P3 "lainnya" profile the new one lacks
    window.controller.refresh_all()
    _answer_switch(monkeypatch, True, [])
    click_menu(window, "Ganti surat edaran…")
    wait_idle(qtbot, app_window)
    new = app_window.window
    for requirement_id in new.model.rows:
        new.select(requirement_id)
        wait_idle(qtbot, app_window)
    # Back to SE.007: every file is still there and the items are ready again.
    click_menu(new, "Ganti surat edaran…")
    wait_idle(qtbot, app_window)
    back = app_window.window
    assert back.controller.catalog.id == "se-007-bnsp-iv-2025"
    assert back.header.banner.isVisible()


def test_a_workspace_of_an_unknown_circular_says_how_to_open_it(app_window, monkeypatch,
                                                                 tmp_path, qtbot):
    from lsp_desktop.circulars.catalog import load_catalog
    from lsp_desktop.store.workspace import open_workspace
    from lsp_desktop.ui import app as app_module

    other = tmp_path / "dari-rekan.lspws"
    open_workspace(other, load_catalog(MADE_UP)).close()  # made where SE.099 was known
    told = []
    monkeypatch.setattr(app_module, "tell", lambda parent, title, text, *rest: told.append(text))
    window = app_window.window
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))
    click_menu(window, "openWorkspace")
    assert "Berkas > Tambah surat edaran dari berkas…" in told[0]
    assert app_window.window is window
    # The admin adds the circular's file as told (not switching this workspace), then opens.
    _open_file(monkeypatch, MADE_UP)
    _answer_switch(monkeypatch, False, [])
    click_menu(window, "Tambah surat edaran dari berkas…")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))
    click_menu(window, "openWorkspace")
    wait_idle(qtbot, app_window)
    assert app_window.window.controller.catalog.id == "se-099-bnsp-i-2027"


def test_first_start_with_two_circulars_asks_and_cancel_keeps_the_default(
        qapp, tmp_path, monkeypatch, private_home):
    from PySide6.QtCore import QSettings

    from lsp_desktop.ui.app import Application
    from lsp_desktop.ui.tasks import ImmediatePool

    add_catalog_file(MADE_UP)
    asked = []
    monkeypatch.setattr(CircularChooser, "exec", lambda dialog: asked.append(dialog) or 0)
    application = Application(qapp, QSettings(str(tmp_path / "s.ini"),
                                              QSettings.Format.IniFormat), ImmediatePool())
    application.install_language("id")
    assert application.open()  # first start: the default workspace does not exist yet
    assert len(asked) == 1
    assert application.window.controller.catalog.id == "se-007-bnsp-iv-2025"
    application.window.close()
    application.window.controller.close()


@pytest.mark.parametrize("confirm", [False, True])
def test_re_adding_a_circular_with_changed_items_shows_the_plan_and_asks(
        app_window, monkeypatch, tmp_path, confirm):
    from PySide6.QtWidgets import QMessageBox

    from lsp_desktop.circulars.library import added_catalog

    add_catalog_file(MADE_UP)
    text = MADE_UP.read_text(encoding="utf-8")
    start = text.index('[[requirements]]\nid = "denah-ruang"')
    changed = tmp_path / "ubah.toml"
    changed.write_text(text[:start] + text[text.index("[[requirements]]", start + 10):],
                       encoding="utf-8")
    _open_file(monkeypatch, changed)
    asked = []

    def answer(box):
        asked.append(_plain(box.text() + " " + box.informativeText()))
        return QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(SwitchCircularDialog, "exec", lambda dialog: 0)
    click_menu(app_window.window, "Tambah surat edaran dari berkas…")
    assert len(asked) == 1 and "Belum ada yang diganti" in asked[0]
    assert "Tidak diminta lagi" in asked[0] and "Denah" in asked[0]
    items = [r.id for r in added_catalog("se-099-bnsp-i-2027").requirements]
    assert ("denah-ruang" not in items) is confirm

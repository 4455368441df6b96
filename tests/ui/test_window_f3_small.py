"""Issue F3, point 8: 2.12's "Hapus dari daftar personel…" greyed with its neighbours on an
empty table; the export's done box opens on "Tutup"; the empty licence field's placeholder
reads as an example; the bundle's proposed name carries the LSP's name and the day, in
the folder an export last went to."""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.dialogs.prompts import DoneDialog
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from tests.fill import fill_everything
from tests.ui.conftest import make_pool
from tests.ui.driving import click_menu, wait_idle
from tests.ui.screens import OUTPUT


@pytest.fixture
def filled_app(qapp, qtbot, tmp_path, pool_kind):
    path = tmp_path / "ws.lspws"
    with open_workspace(path) as ws:
        fill_everything(ws)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, make_pool(pool_kind))
    application.install_language("id")
    assert application.open(path)
    qtbot.waitUntil(lambda: application.window.controller.states_known)  # as app_window
    yield application
    application.window.close()
    application.window.controller.close()


def test_remove_from_the_roster_is_greyed_on_an_empty_assessor_table(app_window, qtbot):
    window = app_window.window
    window.select("data-asesor")
    wait_idle(qtbot, app_window)
    panel = window.panel
    assert panel.model.rows == []
    assert not panel.leave_out.isEnabled() and not panel.put_in.isEnabled()
    assert not panel.remove_button.isEnabled()
    window.resize(1024, 600)
    window.show()
    QApplication.processEvents()
    assert window.grab().save(str(OUTPUT / "assessors-empty-1024x600.png"))


def test_remove_from_the_roster_follows_the_chosen_assessor(filled_app, qtbot):
    window = filled_app.window
    window.select("data-asesor")
    wait_idle(qtbot, filled_app)
    panel = window.panel
    panel.view.clearSelection()
    panel.view.setCurrentIndex(panel.model.index(-1, -1))
    assert not panel.remove_button.isEnabled()
    panel.view.selectRow(0)
    assert panel.remove_button.isEnabled() and panel.leave_out.isEnabled()


def test_the_licence_placeholder_reads_as_an_example(app_window):
    window = app_window.window
    window.select(PROFILE_ID)
    assert window.panel.licence.text() == ""
    assert window.panel.licence.placeholderText() == "contoh: BNSP-LSP-…"


def test_the_export_proposes_the_lsps_name_and_the_day_and_closes_on_tutup(
        filled_app, qtbot, tmp_path, monkeypatch):
    window = filled_app.window
    window.show()
    window.today = dt.date(2025, 5, 20)
    proposed: list[str] = []
    first = tmp_path / "serah"
    first.mkdir()

    def save_as(parent, title, default, *rest, **kwargs):
        proposed.append(default)
        return str(first / default.rsplit("/", 1)[-1]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    click_menu(window, "Ekspor bundel…")
    wait_idle(qtbot, filled_app)
    assert proposed[0].rsplit("/", 1)[-1] == "bundel-LSP-Teknologi-Digital-2025-05-20.zip"
    dialog = window.last_dialog
    assert isinstance(dialog, DoneDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.close_button  # not "Buka folder"
    dialog.resize(700, dialog.sizeHint().height())
    assert dialog.grab().save(str(OUTPUT / "export-done-focus.png"))
    dialog.close_button.click()
    # The next export is proposed in the folder this one went to.
    click_menu(window, "Ekspor bundel…")
    wait_idle(qtbot, filled_app)
    assert proposed[1] == str(first / "bundel-LSP-Teknologi-Digital-2025-05-20.zip")
    window.last_dialog.close_button.click()

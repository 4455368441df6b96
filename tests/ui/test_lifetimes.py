"""Results of background jobs reach only windows and panels that are still there."""

from PySide6.QtWidgets import QMenu

from lsp_desktop.store.records import Records
from lsp_desktop.ui.dialogs.table_import import import_table
from tests import makefiles as mk
from tests.ui.driving import drop, notices, state_text, wait_idle


def menu_action(window, menu_title_start, text):
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() == text and menu.title().replace("&", "").startswith(
                    menu_title_start):
                return action
    raise AssertionError(f"no menu action {text!r}")


def test_switching_language_five_times_then_attaching(app_window, tmp_path, qtbot):
    window = app_window.window
    window.select("npwp")
    # A file still being checked while the window is replaced: its result must not reach
    # the old controller's closed database.
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    for lang in ("en", "id", "en", "id", "en"):
        name = "English" if lang == "en" else "Bahasa Indonesia"
        menu_action(app_window.window, "", name).trigger()
    window = app_window.window
    assert app_window.lang == "en"
    window.select("rekening")
    rekening = mk.write(tmp_path, "rekening.pdf", mk.pdf_bytes(title="rekening"))
    drop(window.panel.drop_zone, [rekening])
    wait_idle(qtbot, app_window)
    assert state_text(window, "rekening") == "ready"
    assert "unexpected" not in window.notice_label.text()


def test_switching_workspace_five_times_then_attaching(app_window, tmp_path, qtbot):
    first = app_window.window.controller.workspace.path
    second = tmp_path / "kedua.lspws"
    app_window.open(second)
    app_window.open(first)  # both are now in File > Recent workspaces
    for turn, path in enumerate((second, first, second, first, second)):
        window = app_window.window
        qtbot.waitUntil(lambda: app_window.window.controller.states_known)  # panel shown
        window.select("npwp")
        window.confirm_fix = lambda *question: True  # "Ganti …?" on a filled item: yes
        # Another file each time: the very file the item holds is not offered as a Replace.
        drop(window.panel.drop_zone, [mk.write(tmp_path, f"{path.stem}.pdf",
                                               mk.pdf_bytes(title=str(turn)))])
        window.recent_menu.aboutToShow.emit()
        [action] = [a for a in window.recent_menu.actions() if a.text() == str(path)]
        action.trigger()
    window = app_window.window
    assert window.controller.workspace.path == second
    qtbot.waitUntil(lambda: window.controller.states_known)
    window.select("rekening")
    rekening = mk.write(tmp_path, "rekening.pdf", mk.pdf_bytes(title="rekening"))
    drop(window.panel.drop_zone, [rekening])
    wait_idle(qtbot, app_window)
    assert state_text(window, "rekening") == "siap"
    assert "tak terduga" not in window.notice_label.text()


def test_clicking_another_item_while_a_big_sheet_is_read(app_window, tmp_path, qtbot):
    window = app_window.window
    window.select("siapkerja")
    sheet = tmp_path / "personil.csv"
    rows = "".join(f"Orang {i},asesor,,sudah submit\n" for i in range(5000))
    sheet.write_text("nama,peran,nik,siapkerja\n" + rows, encoding="utf-8")
    confirmed = []
    shown = notices(window)
    import_table(window.panel, window.controller, "people", sheet,
                 confirm=lambda plan: confirmed.append(plan) or True)
    window.select("npwp")  # the panel that asked is replaced while the sheet is read
    window.select("data-asesor")
    wait_idle(qtbot, app_window)
    assert confirmed and confirmed[0].count("add") == 5000
    assert len(Records(window.controller.workspace).people()) == 5000
    assert any("5000 baris diimpor" in notice for notice in shown)

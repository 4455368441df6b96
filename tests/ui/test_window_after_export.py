"""After an export and after the printable list (issue 21, point 7): the box that says
what was written offers what comes next: open the folder, copy the SHA-256, open the PDF."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.dialogs.prompts import DoneDialog
from tests.fill import fill_everything
from tests.ui.conftest import make_pool
from tests.ui.driving import click_menu, wait_idle

SHOTS = Path("/tmp/shots-21b")


def _filled_app(qapp, tmp_path, pool_kind):
    path = tmp_path / "ws.lspws"
    with open_workspace(path) as ws:
        fill_everything(ws)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, make_pool(pool_kind))
    application.install_language("id")
    application.open(path)
    return application


def _opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def _shots(dialog, name):
    SHOTS.mkdir(exist_ok=True)
    for width, height in ((1366, 768), (1024, 600)):
        dialog.resize(min(dialog.sizeHint().width(), width - 40), dialog.sizeHint().height())
        QApplication.processEvents()
        assert dialog.height() <= height - 80
        assert dialog.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))


def test_after_an_export_open_its_folder_and_copy_its_sha256(qapp, tmp_path, pool_kind,
                                                             monkeypatch, qtbot):
    application = _filled_app(qapp, tmp_path, pool_kind)
    window = application.window
    window.show()
    urls = _opened(monkeypatch)
    target = tmp_path / "serah" / "bundel.zip"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click_menu(window, "Ekspor bundel…")
    wait_idle(qtbot, application)
    dialog = window.last_dialog
    assert isinstance(dialog, DoneDialog) and dialog.isVisible()
    assert "tersimpan dan sudah diperiksa" in dialog.text.text()
    sha = window.last_export.sha256
    assert sha and sha in dialog.text.text()
    _shots(dialog, "export-done")
    QTest.mouseClick(dialog.action_buttons["Buka folder"], Qt.MouseButton.LeftButton)
    assert urls == [str(target.parent)]
    QApplication.clipboard().clear()
    copy = dialog.action_buttons["Salin SHA-256"]
    copy.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(copy, Qt.Key.Key_Return)  # Enter presses it, as a click does
    assert QApplication.clipboard().text() == sha
    assert "SHA-256 disalin" in window.notice_label.text()
    assert dialog.isVisible()  # both can be used; Tutup closes
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    window.close()
    window.controller.close()


def test_after_the_printable_list_open_it(qapp, tmp_path, pool_kind, monkeypatch, qtbot):
    application = _filled_app(qapp, tmp_path, pool_kind)
    window = application.window
    urls = _opened(monkeypatch)
    target = tmp_path / "daftar-kekurangan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click_menu(window, "Cetak daftar kekurangan…")
    wait_idle(qtbot, application)
    dialog = window.last_dialog
    assert isinstance(dialog, DoneDialog) and str(target) in dialog.text.text()
    assert target.read_bytes().startswith(b"%PDF")
    _shots(dialog, "report-done")
    QTest.mouseClick(dialog.action_buttons["Buka"], Qt.MouseButton.LeftButton)
    assert urls == [str(target)]
    window.close()
    window.controller.close()

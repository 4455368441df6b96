"""File > Export bundle… and Verify bundle… as the admin uses them, and what the box
after an export or the printable list offers next (open the folder, copy the SHA-256,
open the PDF)."""

import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.dialogs.prompts import DoneDialog
from lsp_desktop.ui.shell import bundle_actions
from tests.fill import fill_everything, fill_files, fill_profile
from tests.ui.answering import answer_next
from tests.ui.conftest import make_pool
from tests.ui.driving import click_menu, wait_idle
from tests.ui.screens import OUTPUT

SHOTS = OUTPUT  # pictures to look at, kept with the others in tests/output


@pytest.fixture
def told(monkeypatch):
    """What the boxes said: a question's or a refusal's, and a finished export's (shown
    for real: it is opened, not run modally)."""
    messages = []
    monkeypatch.setattr(bundle_actions, "tell", lambda parent, title, text, ok, icon=None:
                        messages.append(text))
    show_done = bundle_actions.show_done

    def done(parent, title, text, close, actions):
        messages.append(text)
        return show_done(parent, title, text, close, actions)

    monkeypatch.setattr(bundle_actions, "show_done", done)
    return messages


@pytest.fixture
def open_app(qapp, qtbot, tmp_path, pool_kind):
    """An application on a workspace filled by ``fill``, on the parametrized pool."""
    opened = []

    def make(fill):
        path = tmp_path / "ws.lspws"
        with open_workspace(path) as ws:
            fill(ws)
        store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        application = Application(qapp, store, make_pool(pool_kind))
        application.install_language("id")
        application.open(path)
        opened.append(application)
        # The states are read on a worker; export asks for them (as the admin, who sees
        # the list first).
        qtbot.waitUntil(lambda: application.window.controller.states_known)
        return application

    yield make
    for application in opened:
        application.window.close()
        application.window.controller.close()


def test_export_from_the_window_writes_a_verified_bundle(open_app, tmp_path, told, qtbot):
    application = open_app(fill_everything)
    target = tmp_path / "serah" / "bundel.zip"
    steps = application.window.controller.undo_stack.count()
    bundle_actions.export_bundle(application.window, target)
    wait_idle(qtbot, application)
    assert verify_bundle(target).status == "intact"
    assert "tersimpan dan sudah diperiksa" in told[-1]
    # Not a step of Edit > Undo, and said so: the undo history is as it was.
    assert application.window.controller.undo_stack.count() == steps
    assert "tidak diurungkan dengan Ctrl+Z" in application.window.notice_label.text()
    import zipfile

    with zipfile.ZipFile(target) as archive:
        assert any(n.endswith("/ringkasan.pdf") for n in archive.namelist())
    bundle_actions.verify_bundle(application.window, target)
    wait_idle(qtbot, application)
    assert application.window.last_verify == "intact"
    assert "UTUH" in told[-1]


def test_export_from_the_window_reuses_the_statuses_it_shows(open_app, tmp_path, told,
                                                            monkeypatch, qtbot):
    """The window already knows every item's state: export must not work it out again."""
    from lsp_desktop.bundle import export

    application = open_app(fill_everything)
    monkeypatch.setattr(export, "workspace_status",
                        lambda *args, **kwargs: pytest.fail("statuses computed twice"))
    target = tmp_path / "bundel.zip"
    bundle_actions.export_bundle(application.window, target)
    wait_idle(qtbot, application)
    assert verify_bundle(target).status == "intact"


def test_incomplete_export_asks_then_writes_a_draft(open_app, tmp_path, told, monkeypatch,
                                                   qtbot):
    application = open_app(lambda ws: (fill_profile(ws), fill_files(ws, ["npwp"])))
    asked = []
    monkeypatch.setattr(bundle_actions, "ask", lambda *a, **k: asked.append(a[2]) or False)
    target = tmp_path / "draf.zip"
    assert bundle_actions.export_bundle(application.window, target) is None
    assert not target.exists() and "2.10 Buku Rekening LSP" in asked[0]
    monkeypatch.setattr(bundle_actions, "ask", lambda *a, **k: True)
    bundle_actions.export_bundle(application.window, target)
    wait_idle(qtbot, application)
    assert verify_bundle(target).status == "draft"
    assert "DRAF" in told[-1]


def test_cancelled_export_leaves_nothing(open_app, tmp_path, told, monkeypatch, qtbot):
    application = open_app(fill_everything)
    window = application.window

    pressed = threading.Event()
    real_steps = bundle_actions.export_steps

    def steps_held_until_cancel(*args, **options):
        # On a real pool a small bundle may be written before the first step reaches the
        # window: hold the export after its first step until Cancel has been pressed.
        steps = real_steps(*args, **options)
        yield next(steps)
        pressed.wait(10)
        return (yield from steps)

    def cancel_at_first_step(window, done, total):  # the admin presses Cancel as it moves
        window.export_dialog.findChild(QPushButton).click()
        pressed.set()

    monkeypatch.setattr(bundle_actions, "export_steps", steps_held_until_cancel)
    monkeypatch.setattr(bundle_actions, "show_export_progress", cancel_at_first_step)
    target = tmp_path / "batal.zip"
    bundle_actions.export_bundle(window, target)
    wait_idle(qtbot, application)
    assert not target.exists()
    assert list(tmp_path.glob(".batal.zip*")) == []
    assert "dibatalkan" in window.notice_label.text()


def test_open_bundle_rebuilds_it_as_a_new_workspace(open_app, tmp_path, told, qtbot):
    application = open_app(fill_everything)
    bundle = tmp_path / "bundel.zip"
    bundle_actions.export_bundle(application.window, bundle)
    wait_idle(qtbot, application)
    target = tmp_path / "dari-bundel.lspws"
    bundle_actions.open_bundle(application.window, bundle, target)
    wait_idle(qtbot, application)
    assert application.window.controller.workspace.path == target
    assert application.window.controller.progress()[0] > 0


def test_open_bundle_of_a_damaged_zip_tells_why(open_app, tmp_path, told, qtbot):
    application = open_app(fill_profile)
    bundle = tmp_path / "rusak.zip"
    bundle.write_bytes(b"PK\x03\x04 not really a zip")
    bundle_actions.open_bundle(application.window, bundle, tmp_path / "x.lspws")
    wait_idle(qtbot, application)
    assert "rusak.zip" in told[-1] and not (tmp_path / "x.lspws").exists()


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


def test_after_an_export_open_its_folder_and_copy_its_sha256(open_app, tmp_path,
                                                             monkeypatch, qtbot):
    """Issue 21, point 7: the box that says the bundle is written offers what comes next."""
    application = open_app(fill_everything)
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


def test_after_the_printable_list_open_it(open_app, tmp_path, monkeypatch, qtbot):
    application = open_app(fill_everything)
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


@pytest.mark.parametrize("answer", ["Batal", "Ganti"])
def test_a_bundle_name_typed_without_zip_never_overwrites_unasked(open_app, tmp_path,
                                                                  monkeypatch, qtbot, answer):
    """The save dialog checked "kemarin"; the bundle is written as "kemarin.zip", which
    exists: the admin is asked first, and Batal keeps yesterday's bundle."""
    application = open_app(fill_everything)
    window = application.window
    window.show()
    yesterday = tmp_path / "kemarin.zip"
    yesterday.write_bytes(b"bundel kemarin")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "kemarin"), ""))
    seen = []
    answer_next(monkeypatch, answer, seen=seen)
    click_menu(window, "Ekspor bundel…")
    wait_idle(qtbot, application)
    assert "kemarin.zip sudah ada di" in seen[0]
    if answer == "Batal":
        assert yesterday.read_bytes() == b"bundel kemarin"
    else:
        assert yesterday.read_bytes().startswith(b"PK")

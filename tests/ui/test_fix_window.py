"""The fix buttons as the admin uses them: compress a scan over 2 MB, look, accept, undo."""

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog
from tests.intake.scans import scan_pdf
from tests.ui.driving import drop, state_text, wait_idle

OUTPUT = Path(__file__).resolve().parents[1] / "output"


def _sk_lisensi(window) -> str:
    return next(r.id for r in window.controller.catalog.requirements if r.point == "2.1")


def test_compress_a_big_scan_accept_then_undo(app_window, tmp_path, qtbot):
    window = app_window.window
    item = _sk_lisensi(window)
    window.select(item)
    scan = tmp_path / "SK Lisensi.pdf"
    scan.write_bytes(scan_pdf(300, ("RGB", "L", "RGB")))
    assert scan.stat().st_size > 2_000_000
    drop(window.panel.drop_zone, [scan])
    wait_idle(qtbot, app_window)
    assert state_text(window, item) == "ada kesalahan"
    button = window.panel.fix_bar.compress_button
    assert button.isVisible() and "2 MB" in button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    dialog = window.panel.fix_bar.dialog
    assert isinstance(dialog, FixPreviewDialog) and dialog.isVisible()
    assert state_text(window, item) == "ada kesalahan"  # nothing replaced before Accept
    OUTPUT.mkdir(exist_ok=True)
    dialog.grab().save(str(OUTPUT / "fix_preview.png"))
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert state_text(window, item) == "siap"
    document = window.controller.workspace.documents(item)[0]
    assert document.size < 2_000_000
    data = window.controller.workspace.document_bytes(document)
    assert len(PdfReader(io.BytesIO(data)).pages) == 3
    undo = next(a for a in window.findChildren(QAction)
                if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo))
    assert undo.isEnabled()
    undo.trigger()  # Edit > Undo, Ctrl+Z
    wait_idle(qtbot, app_window)
    assert state_text(window, item) == "ada kesalahan"
    restored = window.controller.workspace.documents(item)[0]
    assert restored.size == scan.stat().st_size


def test_discarding_keeps_the_original(app_window, tmp_path, qtbot):
    window = app_window.window
    item = _sk_lisensi(window)
    window.select(item)
    scan = tmp_path / "SK.pdf"
    scan.write_bytes(scan_pdf(300, ("RGB", "RGB")))
    drop(window.panel.drop_zone, [scan])
    wait_idle(qtbot, app_window)
    QTest.mouseClick(window.panel.fix_bar.compress_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    QTest.mouseClick(window.panel.fix_bar.dialog.discard_button, Qt.MouseButton.LeftButton)
    assert window.controller.workspace.documents(item)[0].size == scan.stat().st_size


def test_rotate_a_page(app_window, tmp_path, qtbot):
    window = app_window.window
    item = _sk_lisensi(window)
    window.select(item)
    scan = tmp_path / "miring.pdf"
    scan.write_bytes(scan_pdf(100, ("L",)))
    drop(window.panel.drop_zone, [scan])
    wait_idle(qtbot, app_window)
    bar = window.panel.fix_bar
    assert not bar.compress_button.isVisible() and bar.rotate_button.isVisible()
    QTest.mouseClick(bar.rotate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    QTest.mouseClick(bar.dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    document = window.controller.workspace.documents(item)[0]
    data = window.controller.workspace.document_bytes(document)
    assert PdfReader(io.BytesIO(data)).pages[0].rotation == 90

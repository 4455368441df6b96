"""A fix runs off the window's thread with progress and a working Cancel: on a real
thread pool, the progress window moves, Cancel stops the work between steps, and the item,
the workspace and the temporary folder are left exactly as they were."""

import tempfile
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from lsp_desktop.fixing import fixes
from tests.support.scans import scan_pdf
from tests.ui.driving import notices, state_text, wait_idle
from tests.ui.fix_driving import attach


def files_under(folder) -> set:
    return {p.relative_to(folder) for p in folder.rglob("*")}


def test_cancel_stops_the_fix_and_leaves_everything_as_it_was(
        app_window, pool_kind, tmp_path, qtbot, monkeypatch):
    if pool_kind == "immediate":
        pytest.skip("a job run at once ends before anyone can press Cancel")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    # The real compression, held after its first step until Cancel has been pressed, so
    # the test does not race the worker.
    released, closed, finished = threading.Event(), threading.Event(), threading.Event()
    real_steps = fixes.fix_steps

    def held_steps(*args, **kwargs):
        steps = real_steps(*args, **kwargs)
        try:
            yield next(steps)
            released.wait(30)
            result = yield from steps
            finished.set()
            return result
        finally:
            steps.close()
            closed.set()

    # Looked up by the window's job when it runs (a module-level binding elsewhere would
    # keep this stand-in after the test).
    monkeypatch.setattr(fixes, "fix_steps", held_steps)
    window = app_window.window
    window.show()
    item = attach(app_window, qtbot, tmp_path, "SK.pdf", scan_pdf(300, ("RGB", "RGB")))
    undo_steps = window.controller.undo_stack.count()  # attaching may be one
    before = [(d.id, d.sha256) for d in window.controller.workspace.documents(
        item, include_removed=True)]
    workspace_files = files_under(tmp_path)
    shown = notices(window)
    bar = window.panel.fix_bar
    QTest.mouseClick(bar.compress_button, Qt.MouseButton.LeftButton)
    progress = bar.progress
    # The progress reaches the window, and the progress window shows itself.
    qtbot.waitUntil(lambda: progress.value() >= 1 and progress.maximum() > 1, timeout=20_000)
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    assert not bar.compress_button.isEnabled()  # no second fix of the file meanwhile
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Batal")
    assert cancel.isEnabled()
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    released.set()
    wait_idle(qtbot, app_window)
    assert closed.wait(10) and not finished.is_set()  # stopped, not run to its end
    assert bar.progress is None and bar.dialog is None
    assert bar.compress_button.isEnabled()
    assert shown[-1] == "Perbaikan dibatalkan: berkas tetap seperti semula."
    assert [(d.id, d.sha256) for d in window.controller.workspace.documents(
        item, include_removed=True)] == before
    assert state_text(window, item) == "ada kesalahan"
    assert window.controller.undo_stack.count() == undo_steps  # nothing to undo added
    assert files_under(temporary) == set()
    assert files_under(tmp_path) == workspace_files

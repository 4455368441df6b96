"""What the admin sees after a double-click: a window at once, then the workspace in it."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from lsp_desktop.ui.app_icon import app_icon
from lsp_desktop.ui.launch import StartWindow
from lsp_desktop.ui.preferences import settings
from tests.ui.answering import answer_next  # before a fixture replaces the dialogs' exec


def _start(home: Path, *extra: str, **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", LSP_DESKTOP_PROBE="0.2",
                       LSP_DESKTOP_HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), **env)
    return subprocess.run([sys.executable, "-m", "lsp_desktop", *extra], env=environment,
                          capture_output=True, text=True, timeout=120)


def test_a_window_shows_first_then_the_workspace_opens_in_its_place(tmp_path):
    result = _start(tmp_path / "home")
    lines = [line for line in result.stdout.splitlines() if line.startswith("probe: ")]
    assert result.returncode == 0, result.stderr
    assert lines[:2] == ["probe: first-window", "probe: window-ready"]
    assert "probe: title LSP Desktop — workspace.lspws" in lines
    assert "probe: translated &File -> &Berkas" in lines
    assert "Traceback" not in result.stderr
    assert (tmp_path / "home").is_dir()  # the workspace was really opened


def test_the_start_window_opens_where_the_window_was_left(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path))
    store = settings()
    earlier = StartWindow(store, app_icon())
    earlier.resize(700, 450)  # the offscreen screen is small
    store.setValue("window/geometry", earlier.saveGeometry())
    start = StartWindow(store, app_icon())
    assert start.size() == earlier.size()


def test_the_start_window_shows_the_app_icon_and_nothing_that_loads_fonts(qapp, tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path))
    start = StartWindow(settings(), app_icon())
    start.resize(800, 500)
    picture = start.grab().toImage()
    middle = QColor(picture.pixel(picture.width() // 2, picture.height() // 2 + 40))
    corner = QColor(picture.pixel(5, picture.height() - 5))
    assert middle != corner  # the icon is drawn in the middle
    # A child widget or a text would load the system's fonts first, which is most of
    # what this window saves: it must stay a bare window that paints a picture.
    assert start.findChildren(QWidget) == []


def test_a_failure_while_loading_is_said_in_a_box_and_the_start_window_goes(
        qapp, tmp_path, monkeypatch, capsys, no_unexpected_errors):
    from lsp_desktop.ui import app as app_module
    from lsp_desktop.ui import launch

    class Broken:
        def __init__(self, *_):
            raise RuntimeError("a bug nobody caught")

    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path))
    monkeypatch.setattr(app_module, "Application", Broken)
    monkeypatch.setattr(qapp, "quit", lambda: None)  # the test's app keeps running
    seen: list[str] = []
    answer_next(monkeypatch, "Tutup", seen=seen)
    start = StartWindow(settings(), app_icon())
    start.show()
    state: dict = {"code": 0}
    launch._open_real_window(qapp, settings(), start, state)
    assert state["code"] == 1 and not start.isVisible()
    assert "kesalahan tak terduga" in seen[0] and "lsp-desktop.log" in seen[0]
    assert "Traceback" not in seen[0]
    assert "kesalahan tak terduga" in capsys.readouterr().err
    assert [type(error) for error in no_unexpected_errors] == [RuntimeError]
    no_unexpected_errors.clear()  # reached on purpose here

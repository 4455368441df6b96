"""A start with nothing new to keep leaves the settings file alone: QSettings rewrote it
(a lock file, two flushes to the disk, a rename) in the first turn, before the window was
painted, for a language and a workspace it already held (issue 21)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from lsp_desktop.ui.app import Application
from lsp_desktop.ui.recent import recent_workspaces


def _start(qapp, qtbot, ini, workspace, lang="id") -> Application:
    application = Application(qapp, QSettings(str(ini), QSettings.Format.IniFormat))
    application.install_language(lang)
    assert application.open(workspace)
    qtbot.waitUntil(lambda: application.window.controller.states_known)
    application.settings.sync()
    return application


def _close(application: Application) -> None:
    application.window.controller.close()
    application.window.deleteLater()


def test_a_second_start_writes_no_settings_and_a_change_is_still_kept(qapp, qtbot, tmp_path):
    ini, workspace = tmp_path / "settings.ini", tmp_path / "kerja.lspws"
    first = _start(qapp, qtbot, ini, workspace)
    _close(first)
    written = ini.stat()
    second = _start(qapp, qtbot, ini, workspace)
    _close(second)
    after = ini.stat()
    assert (after.st_ino, after.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    # Another language and another workspace are still kept, at the front of the list.
    other = tmp_path / "lain.lspws"
    third = _start(qapp, qtbot, ini, other, lang="en")
    _close(third)
    kept = QSettings(str(ini), QSettings.Format.IniFormat)
    assert kept.value("language") == "en" and kept.value("last_workspace") == str(other)
    assert recent_workspaces(kept) == [str(other), str(workspace)]

"""The window as tests drive it: an application on a fresh workspace and settings file."""

import pytest
from PySide6.QtCore import QSettings

from lsp_desktop.ui.app import Application
from lsp_desktop.ui.tasks import ImmediatePool


@pytest.fixture
def app_window(qapp, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, ImmediatePool())
    application.install_language("id")
    assert application.open(tmp_path / "ws.lspws")
    yield application
    application.window.close()
    application.window.controller.workspace.close()

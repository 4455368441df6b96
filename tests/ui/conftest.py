"""The window as tests drive it: an application on a fresh workspace and settings file,
once with jobs run at once (ImmediatePool) and once on a real QThreadPool."""

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from lsp_desktop.ui import unexpected
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.tasks import ImmediatePool


def make_pool(kind: str):
    return ImmediatePool() if kind == "immediate" else QThreadPool()


@pytest.fixture(params=["immediate", "threads"])
def pool_kind(request):
    return request.param


@pytest.fixture
def app_window(qapp, qtbot, tmp_path, pool_kind):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, make_pool(pool_kind))
    application.install_language("id")
    assert application.open(tmp_path / "ws.lspws")
    # The items' states are read on a worker; a test starts, as the admin does, once the
    # list shows them.
    qtbot.waitUntil(lambda: application.window.controller.states_known)
    yield application
    application.window.close()
    application.window.controller.close()


@pytest.fixture(autouse=True)
def no_unexpected_errors(monkeypatch):
    """Reaching the last-resort message ("Terjadi kesalahan tak terduga") fails the test."""
    reached = []
    original = unexpected.explain

    def record(error, lang):
        reached.append(error)
        return original(error, lang)

    monkeypatch.setattr(unexpected, "explain", record)
    yield reached
    assert not reached, f"the unexpected-error message was shown for {reached!r}"

"""File > Export bundle… and Verify bundle… as the admin uses them."""

import pytest
from PySide6.QtCore import QSettings

from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui import bundle_actions
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.tasks import ImmediatePool
from tests.fill import fill_everything, fill_files, fill_profile


@pytest.fixture
def told(monkeypatch):
    messages = []
    monkeypatch.setattr(bundle_actions, "tell", lambda parent, title, text, ok, icon=None:
                        messages.append(text))
    return messages


def open_app(qapp, tmp_path, fill):
    path = tmp_path / "ws.lspws"
    with open_workspace(path) as ws:
        fill(ws)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, ImmediatePool())
    application.install_language("id")
    application.open(path)
    return application


def test_export_from_the_window_writes_a_verified_bundle(qapp, tmp_path, told):
    application = open_app(qapp, tmp_path, fill_everything)
    target = tmp_path / "serah" / "bundel.zip"
    bundle_actions.export_bundle(application.window, ImmediatePool(), target)
    assert verify_bundle(target).status == "intact"
    assert "tersimpan dan sudah diperiksa" in told[-1]
    import zipfile

    with zipfile.ZipFile(target) as archive:
        assert any(n.endswith("/ringkasan.pdf") for n in archive.namelist())
    assert bundle_actions.verify_bundle(application.window, target) == "intact"
    assert "UTUH" in told[-1]
    application.window.close()


def test_export_from_the_window_reuses_the_statuses_it_shows(qapp, tmp_path, told,
                                                            monkeypatch):
    """The window already knows every item's state: export must not work it out again."""
    from lsp_desktop.bundle import export

    application = open_app(qapp, tmp_path, fill_everything)
    monkeypatch.setattr(export, "workspace_status",
                        lambda *args, **kwargs: pytest.fail("statuses computed twice"))
    target = tmp_path / "bundel.zip"
    bundle_actions.export_bundle(application.window, ImmediatePool(), target)
    assert verify_bundle(target).status == "intact"
    application.window.close()


def test_incomplete_export_asks_then_writes_a_draft(qapp, tmp_path, told, monkeypatch):
    application = open_app(qapp, tmp_path, lambda ws: (fill_profile(ws),
                                                       fill_files(ws, ["npwp"])))
    asked = []
    monkeypatch.setattr(bundle_actions, "ask", lambda *a, **k: asked.append(a[2]) or False)
    target = tmp_path / "draf.zip"
    assert bundle_actions.export_bundle(application.window, ImmediatePool(), target) is None
    assert not target.exists() and "2.10 Buku Rekening LSP" in asked[0]
    monkeypatch.setattr(bundle_actions, "ask", lambda *a, **k: True)
    bundle_actions.export_bundle(application.window, ImmediatePool(), target)
    assert verify_bundle(target).status == "draft"
    assert "DRAF" in told[-1]
    application.window.close()


def test_cancelled_export_leaves_nothing(qapp, tmp_path, told, monkeypatch):
    application = open_app(qapp, tmp_path, fill_everything)

    class CancelAtOnce(ImmediatePool):
        def start(self, job):
            job.cancelled.set()
            job.run()

    target = tmp_path / "batal.zip"
    bundle_actions.export_bundle(application.window, CancelAtOnce(), target)
    assert not target.exists()
    assert list(tmp_path.glob(".batal.zip*")) == []
    assert "dibatalkan" in application.window.notice_label.text()
    application.window.close()

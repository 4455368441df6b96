import os
import sys
from pathlib import Path

import pytest

# GUI tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUTPUT = Path(__file__).resolve().parent / "output"


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Every test gets its own app folder: no shared state, no touching the user's data."""
    home = tmp_path / "home"
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(home))
    monkeypatch.delenv("LSP_DESKTOP_LANG", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_wording_in_use():
    """Each test starts with no catalogue naming items in messages (messages/wording.py),
    whatever an earlier test worked with."""
    from lsp_desktop.messages.wording import NO_WORDING, use_wording

    use_wording(NO_WORDING)
    yield
    use_wording(NO_WORDING)


@pytest.fixture
def catalog():
    """The built-in catalogue, the one the test works with: messages name its items, as
    they do once the window or a command opens it."""
    from lsp_desktop.circulars.catalog import load_catalog, use_item_labels

    catalog = load_catalog()
    use_item_labels(catalog)
    return catalog


@pytest.fixture
def workspace(tmp_path, catalog):
    from lsp_desktop.store.workspace import open_workspace

    ws = open_workspace(tmp_path / "test.lspws", catalog)
    yield ws
    ws.close()


@pytest.fixture
def output_dir():
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture(autouse=True)
def no_modal_dialogs(request, monkeypatch):
    """A modal dialog nobody answers would hang CI: fail the test instead."""
    if "qapp" not in request.fixturenames and "app_window" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self, *args):
        raise AssertionError(f"a modal dialog opened in a test: {self.windowTitle()!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)

"""PySide6 reads the whole source of every module imported after it, to look for its
``__feature__`` syntax (napari/napari#8584); the window's package turns that off, as the
built app (which has no sources) already has it. A guard of the start's speed."""

import inspect
import sys

import lsp_desktop.ui  # noqa: F401 - turns the reading off


def test_a_module_imported_later_is_not_read_for_pyside_features(tmp_path, monkeypatch):
    (tmp_path / "late_panel_module.py").write_text(
        "from PySide6.QtWidgets import QLabel\nLABEL = QLabel\n", encoding="utf-8")
    read = []
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or "")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__("late_panel_module")  # an import statement's road: PySide's hook
    try:
        assert module.LABEL.__name__ == "QLabel" and read == []
    finally:
        sys.modules.pop("late_panel_module", None)

"""Berkas > Gabungkan dari bundel rekan… in the real window on the real thread pool: the
plan shown with a choice on the rows that differ, the merge one step of Edit > Undo that
puts the workspace back exactly, and redone."""

from PySide6.QtWidgets import QComboBox, QFileDialog

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.dialogs.merge_dialog import MergeDialog
from tests import ROOT
from tests.colleague import fill_colleague
from tests.fill import fill_everything
from tests.ui.driving import menu_action, wait_idle
from tests.ui.test_undo_everything import snapshot

OUT = ROOT / "tests" / "output"


def _colleague_bundle(tmp_path, catalog):
    with open_workspace(tmp_path / "rekan.lspws", catalog) as colleague:
        fill_colleague(colleague)
        return export_bundle(colleague, tmp_path / "rekan.zip", allow_incomplete=True).path


def test_merge_dialog_choice_applied_as_one_undoable_step(app_window, tmp_path, qtbot,
                                                          monkeypatch, pool_kind):
    window = app_window.window
    controller = window.controller
    fill_everything(controller.workspace)
    controller.refresh_all()
    bundle = _colleague_bundle(tmp_path, controller.catalog)
    before = snapshot(controller)
    seen = {}

    def answer(dialog):
        seen["rows"] = dialog.table.rowCount()
        picker = dialog.pickers["npwp"]
        assert isinstance(picker, QComboBox) and picker.currentData() == "here"
        picker.setCurrentIndex(1)  # the colleague's NPWP
        seen["name_differs"] = dialog.pickers["nik:3174051708900002"].currentData()
        if pool_kind == "threads":
            OUT.mkdir(exist_ok=True)
            for width, height in ((1366, 768), (1024, 600)):
                dialog.resize(width, height)
                dialog.grab().save(str(OUT / f"merge-dialog-{width}x{height}.png"))
        return 1

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bundle), "")))
    monkeypatch.setattr(MergeDialog, "exec", answer)
    menu_action(window, "mergeBundle").trigger()
    wait_idle(qtbot, app_window)
    assert seen["rows"] > 10 and seen["name_differs"] == "here"
    workspace = controller.workspace
    assert workspace.documents("npwp")[0].name == "npwp-baru.pdf"
    names = {p.name for p in Records(workspace).people()}
    assert "Eko Prasetyo" in names and "Budi Santosa Wijaya" not in names
    undo = menu_action(window, "undo")
    assert undo.isEnabled() and "Gabungkan rekan.zip" in undo.text()
    undo.trigger()
    wait_idle(qtbot, app_window)
    assert snapshot(controller) == before
    menu_action(window, "redo").trigger()
    wait_idle(qtbot, app_window)
    assert controller.workspace.documents("npwp")[0].name == "npwp-baru.pdf"


def test_damaged_bundle_is_said_and_nothing_changes(app_window, tmp_path, qtbot, monkeypatch):
    window = app_window.window
    controller = window.controller
    bundle = tmp_path / "rusak.zip"
    bundle.write_bytes(b"PK\x03\x04 not a bundle")
    before = snapshot(controller)
    told = []
    monkeypatch.setattr("lsp_desktop.ui.shell.merge_actions.tell",
                        lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bundle), "")))
    menu_action(window, "mergeBundle").trigger()
    wait_idle(qtbot, app_window)
    assert told and "zip" in told[0] and "Traceback" not in told[0]
    assert snapshot(controller) == before

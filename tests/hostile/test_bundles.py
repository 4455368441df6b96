"""Crafted bundles: names that point elsewhere, manifests of the wrong shape, files that
vanish, look-alike assessors, and an import killed half-way (points 1, 5, 6, 9, 10)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.files import STALE_AFTER_SECONDS
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import ROOT
from tests import makefiles as mk
from tests.fill import fill_everything
from tests.hostile.zips import rewrite_bag


@pytest.fixture
def bundle(workspace, tmp_path):
    fill_everything(workspace)
    return export_bundle(workspace, tmp_path / "out" / "bundel.zip").path


def _first_with_files(manifest):
    return next(r for r in manifest["requirements"] if r.get("files"))


def _rename_first_file(name):
    def change(manifest):
        _first_with_files(manifest)["files"][0]["name"] = name
        return manifest
    return change


@pytest.mark.parametrize("name", ["/home/u/.bashrc", "../../x.sh", "..\\..\\evil.bat",
                                  "CON", "x\u202egpj.exe"])
def test_names_from_a_bundle_become_safe_base_names(bundle, tmp_path, catalog, name):
    crafted = rewrite_bag(bundle, tmp_path / "crafted.zip", _rename_first_file(name))
    target = import_bundle(crafted, tmp_path / "baru.lspws", catalog)
    with open_workspace(target, catalog) as ws:
        names = [d.name for d in ws.documents()]
    assert not any("/" in n or "\\" in n or "\n" in n or "\u202e" in n or n.startswith("..")
                   for n in names)


def test_buka_writes_its_viewing_copy_only_inside_its_own_folder(bundle, tmp_path, catalog,
                                                                 qapp, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QDesktopServices

    from lsp_desktop.ui.app import Application
    from tests.ui.conftest import ImmediatePool

    crafted = rewrite_bag(bundle, tmp_path / "crafted.zip",
                          _rename_first_file(str(tmp_path / "victim.txt")))
    target = import_bundle(crafted, tmp_path / "baru.lspws", catalog)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, ImmediatePool())
    assert application.open(target)
    window = application.window
    try:
        window.open_document(window.controller.workspace.documents()[0])
    finally:
        window.close()
        window.controller.workspace.close()
    assert not (tmp_path / "victim.txt").exists()
    assert opened and "salinan-untuk-dilihat" in opened[0]  # in the data folder
    assert oct(os.stat(opened[0]).st_mode & 0o777) == "0o600"


WRONG_SHAPES = {
    "array": lambda m: [m],
    "string": lambda m: "manifest",
    "null": lambda m: None,
    "list for dict": lambda m: {**m, "profile": ["x"]},
    "int for string": lambda m: {**m, "requirements": [{**m["requirements"][0], "id": 5}]},
    "files as dict": lambda m: {**m, "requirements": [{**m["requirements"][0], "files": {}}]},
    "data rows of ints": lambda m: {**m, "data": {**m["data"], "people": [{"nama": 1}]}},
}


@pytest.mark.parametrize("shape", list(WRONG_SHAPES))
def test_manifests_of_the_wrong_shape_are_called_damaged(bundle, tmp_path, catalog, shape,
                                                         capsys):
    from lsp_desktop.cli.main import run

    crafted = rewrite_bag(bundle, tmp_path / "crafted.zip", WRONG_SHAPES[shape])
    result = verify_bundle(crafted)
    assert result.status == "damaged"
    assert "bundle.manifest_invalid" in [f.code for f in result.problems]
    with pytest.raises(LspError) as caught:
        import_bundle(crafted, tmp_path / "x.lspws", catalog)
    assert caught.value.code == "import.damaged"
    assert run(["verify", str(crafted)]) == 1
    out = capsys.readouterr()
    assert "RUSAK" in out.out and "tak terduga" not in out.err + out.out
    assert "object has no attribute" not in out.out + out.err


@pytest.mark.parametrize("change", [{"format": "lain"}, {"format_version": 99}])
def test_unknown_format_or_future_version_is_refused_plainly(bundle, tmp_path, change):
    crafted = rewrite_bag(bundle, tmp_path / "crafted.zip", lambda m: {**m, **change})
    result = verify_bundle(crafted)
    assert [f.code for f in result.problems] == ["bundle.unknown_format"]
    assert "Perbarui aplikasi" in result.problems[0].message("id")


@pytest.mark.parametrize("name", ["Thumbs.db", "desktop.ini", ".DS_Store"])
def test_a_document_named_like_system_clutter_stays_in_the_bundle(workspace, tmp_path, name):
    fill_everything(workspace)
    workspace.attach_bytes("npwp", name, mk.pdf_bytes(), replace_existing=True)
    result = export_bundle(workspace, tmp_path / "b.zip")
    with zipfile.ZipFile(result.path) as archive:
        assert f"{result.top}/data/2.09-npwp.pdf" in archive.namelist()
    assert verify_bundle(result.path).status == "intact"


def test_verify_fails_a_bundle_whose_manifest_names_a_missing_file(bundle, tmp_path):
    def add_ghost(manifest):
        _first_with_files(manifest)["files"].append(
            {"path": "data/hantu.pdf", "name": "hantu.pdf", "sha256": "0" * 64})
        return manifest
    crafted = rewrite_bag(bundle, tmp_path / "crafted.zip", add_ghost)
    result = verify_bundle(crafted)
    assert result.status == "damaged"
    assert "bundle.manifest_mismatch" in [f.code for f in result.problems]


@pytest.mark.parametrize("names", [["Budi", "Budi"], ["CON", "nul.txt"], ["A. ", 'x:*?"<>|']])
def test_assessors_get_unique_folders_every_system_accepts(workspace, tmp_path, names):
    import warnings

    fill_everything(workspace)
    records = Records(workspace)
    for index, name in enumerate(names):
        person = records.save_person(Person(None, name, "asesor", f"317405570890{index:04d}"))
        records.attach_assessor_file(person.id, "ktp", "ktp.jpg", mk.image_bytes("JPEG"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # zipfile warns on a duplicate name
        result = export_bundle(workspace, tmp_path / "b.zip", allow_incomplete=True)
    with zipfile.ZipFile(result.path) as archive:
        folders = {n.split("/")[3] for n in archive.namelist() if "/2.11-berkas-asesor/" in n}
    assert len(folders) == len(names) + 1  # and Citra Dewi's
    assert verify_bundle(result.path).status in ("intact", "draft")
    reserved = {"con", "prn", "aux", "nul"}
    for folder in folders:
        assert folder.split(".")[0].lower() not in reserved
        assert not folder.endswith((".", " ")) and not set(folder) & set(':*?"<>|\\')


_SLOW_IMPORT = """
import sys, time
import lsp_desktop.bundle.importer as importer
real = importer._rebuild_records
def slow(*args):
    real(*args)
    print("rebuilding", flush=True)
    time.sleep(60)
importer._rebuild_records = slow
importer.import_bundle(sys.argv[1], sys.argv[2])
"""


def _kill_import_midway(bundle, target):
    """An import killed while it rebuilds the workspace; what it left in the folder."""
    child = subprocess.Popen([sys.executable, "-c", _SLOW_IMPORT, str(bundle), str(target)],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout.readline().strip() == "rebuilding"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return list(target.parent.iterdir())


def test_a_killed_import_is_cleaned_at_the_next_start(bundle, tmp_path, catalog):
    target = tmp_path / "ws" / "baru.lspws"
    left = _kill_import_midway(bundle, target)
    assert left and not target.exists()  # the killed one left its partial workspace
    old = time.time() - 2 * STALE_AFTER_SECONDS
    for path in left:
        os.utime(path, (old, old))
    open_workspace(target.parent / "lain.lspws", catalog).close()  # the next start
    assert sorted(p.name for p in target.parent.iterdir()) == ["lain.lspws", "lain.lspws-shm",
                                                                "lain.lspws-wal"] or \
        not [p for p in target.parent.iterdir() if "baru" in p.name]


def test_importing_under_a_file_says_the_folder_does_not_exist(bundle, tmp_path, catalog):
    (tmp_path / "berkas").write_text("x")
    with pytest.raises(LspError) as caught:
        import_bundle(bundle, tmp_path / "berkas" / "baru.lspws", catalog)
    assert caught.value.code == "import.cannot_write"
    assert "tidak ada" in caught.value.message("id") and "directory" not in \
        caught.value.message("id")


def test_importing_to_an_unwritable_place_says_so(bundle, tmp_path, catalog):
    locked = tmp_path / "terkunci"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: permissions do not bind")
        with pytest.raises(LspError) as caught:
            import_bundle(bundle, locked / "baru.lspws", catalog)
        message = caught.value.message("id")
        assert caught.value.code == "import.cannot_write" and "tidak diizinkan" in message
        assert "Permission" not in message
    finally:
        locked.chmod(0o700)


def test_a_killed_import_elsewhere_is_cleaned_at_the_next_start(bundle, tmp_path, catalog):
    """Nothing is ever opened again in the folder the import wrote to: the app's next start
    (a workspace opened anywhere) still removes the partial workspace and its -wal."""
    target = tmp_path / "unduhan" / "baru.lspws"
    left = _kill_import_midway(bundle, target)
    assert any(p.name.endswith(".lspws-import") for p in left)
    old = time.time() - 2 * STALE_AFTER_SECONDS
    for path in left:
        os.utime(path, (old, old))
    open_workspace(tmp_path / "lain" / "kerja.lspws", catalog).close()  # the next start
    assert list(target.parent.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_verify_and_import_refuse_a_pipe_at_once(tmp_path):
    pipe = tmp_path / "p.zip"
    os.mkfifo(pipe)
    result = verify_bundle(pipe)  # a hang here is the defect
    assert result.status == "not_opened"
    assert "bukan berkas biasa" in result.problems[0].message("id")
    with pytest.raises(LspError) as caught:
        import_bundle(pipe, tmp_path / "x.lspws")
    assert "bukan berkas biasa" in caught.value.message("id")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.zip"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_verify_refuses_a_device():
    result = verify_bundle("/dev/zero")
    assert result.status == "not_opened" and result.problems[0].code == "file.special"


def test_a_manifest_with_too_many_rows_is_refused_plainly(bundle, tmp_path):
    def crowd(manifest):
        manifest["data"]["people"] = [{"nama": f"P{i}", "peran": "pelaksana"}
                                      for i in range(50_001)]
        return manifest
    crowded = rewrite_bag(bundle, tmp_path / "ramai.zip", crowd)
    result = verify_bundle(crowded)
    assert result.damaged and result.problems[0].code == "bundle.too_many_rows"
    with pytest.raises(LspError) as caught:
        import_bundle(crowded, tmp_path / "ramai.lspws")
    message = caught.value.message("id")
    assert "50001 baris" in message and "50000" in message
    assert ".." not in message and not (tmp_path / "ramai.lspws").exists()


def test_an_import_refusal_ends_each_sentence_once(bundle, tmp_path):
    cut = tmp_path / "rusak.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(cut, "w") as dst:
        for info in src.infolist():
            if not info.filename.endswith("bagit.txt"):
                dst.writestr(info, src.read(info))
    for lang in ("id", "en"):
        with pytest.raises(LspError) as caught:
            import_bundle(cut, tmp_path / f"x-{lang}.lspws")
        message = caught.value.message(lang)
        assert ".." not in message and ("Bundel" in message or "bundle" in message)


def test_five_thousand_people_are_saved_in_one_go(bundle, tmp_path):
    """The roster is written in one transaction: a 5,000-person bundle imports whole."""
    def crowd(manifest):
        manifest["data"]["people"] += [{"nama": f"Peserta {i}", "peran": "pelaksana",
                                        "nik": f"{3171000000000000 + i}"} for i in range(5000)]
        return manifest
    crowded = rewrite_bag(bundle, tmp_path / "ramai.zip", crowd)
    with open_workspace(import_bundle(crowded, tmp_path / "ramai.lspws")) as ws:
        people = Records(ws).people()
    assert len(people) == 5003 and people[-1].name == "Peserta 4999"


def test_a_note_of_a_partial_never_deletes_anything_else(tmp_path):
    """The notes live in the data folder; one edited to name a document deletes nothing."""
    from lsp_desktop.base.files import remember_partial, remove_remembered_partials

    notes, old = tmp_path / "catatan", time.time() - 2 * STALE_AFTER_SECONDS
    precious = tmp_path / "penting.pdf"
    precious.write_bytes(mk.pdf_bytes(1))
    partial = tmp_path / ".baru.lspws.ab12cd34ef567890.lspws-import"
    for path in (partial, tmp_path / f"{partial.name}-wal"):
        path.write_bytes(b"x")
        path.chmod(0o600)  # as the app creates them
        os.utime(path, (old, old))
    os.utime(precious, (old, old))
    remember_partial(partial, notes)
    remember_partial(tmp_path / "tidak-ada.lspws-import", notes).write_text(str(precious))
    assert remove_remembered_partials(notes) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catatan", "penting.pdf"]
    assert list(notes.iterdir()) == []

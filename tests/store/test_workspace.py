"""The workspace keeps what was saved, whatever happens to the process."""

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.paths import default_workspace_path
from lsp_desktop.store import migrations
from lsp_desktop.store.workspace import open_workspace
from tests import ROOT
from tests import makefiles as mk


def test_default_workspace_lives_in_the_app_home(private_home, catalog):
    with open_workspace(catalog=catalog) as ws:
        assert ws.path == default_workspace_path() == private_home / "workspace.lspws"
    assert (private_home / "workspace.lspws").exists()


@pytest.mark.skipif(os.name != "posix", reason="owner-only permissions are a POSIX notion")
def test_file_is_readable_by_its_owner_only(workspace, tmp_path, private_home, catalog):
    workspace.attach_bytes("npwp", "npwp.pdf", mk.pdf_bytes())
    files = list(tmp_path.glob("test.lspws*"))
    assert len(files) >= 2  # the database and its write-ahead log
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    open_workspace(catalog=catalog).close()
    assert stat.S_IMODE(private_home.stat().st_mode) == 0o700


def test_wal_foreign_keys_and_schema_version(workspace):
    conn = workspace.db
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


def test_profile_is_kept_and_validated(workspace, tmp_path, catalog):
    workspace.set_profile(name="LSP Teknologi Digital", licence="BNSP-LSP-2629-ID",
                          lsp_type="P3", category="lainnya", uses_skkk=True)
    workspace.close()
    with open_workspace(tmp_path / "test.lspws", catalog) as again:
        profile = again.profile()
        assert (profile.name, profile.licence, profile.lsp_type, profile.category,
                profile.uses_skkk) == ("LSP Teknologi Digital", "BNSP-LSP-2629-ID", "P3",
                                       "lainnya", True)
        with pytest.raises(LspError) as caught:
            again.set_profile(lsp_type="P2", category="smk")
        assert caught.value.code == "profile.bad_category"
        assert again.profile().lsp_type == "P3"  # nothing half-changed


def test_attach_copies_the_file_and_leaves_the_original(workspace, tmp_path):
    original = mk.write(tmp_path, "NPWP LSP.pdf", mk.pdf_bytes(pages=2))
    before = original.read_bytes()
    document, report = workspace.attach("npwp", original)
    assert original.read_bytes() == before
    assert document.name == "NPWP LSP.pdf" and document.size == len(before)
    assert report.pages == 2 and workspace.document_bytes(document) == before
    assert document.source_path == str(original.resolve())
    [change] = [c for c in workspace.changes() if c["action"] == "attach"]
    assert change["requirement_id"] == "npwp"


def test_wrong_kind_of_file_is_refused_and_nothing_is_stored(workspace):
    with pytest.raises(LspError) as caught:
        workspace.attach_bytes("npwp", "npwp.pdf", mk.image_bytes("JPEG"))
    assert caught.value.code == "attach.refused"
    assert "JPEG" in caught.value.message("id")
    assert workspace.documents() == []


def test_oversized_pdf_is_attached_so_the_admin_sees_the_error(workspace):
    _, report = workspace.attach_bytes("rekening", "rek.pdf", mk.pdf_of_size(3_000_000))
    assert report.verdict == "error"
    assert len(workspace.documents("rekening")) == 1


def test_one_file_items_refuse_a_second_unless_replacing(workspace):
    workspace.attach_bytes("npwp", "a.pdf", mk.pdf_bytes())
    with pytest.raises(LspError) as caught:
        workspace.attach_bytes("npwp", "b.pdf", mk.pdf_bytes(pages=2))
    assert caught.value.code == "attach.already_has_file"
    workspace.attach_bytes("npwp", "b.pdf", mk.pdf_bytes(pages=2), replace_existing=True)
    assert [d.name for d in workspace.documents("npwp")] == ["b.pdf"]


def test_remove_and_undo(workspace):
    document, _ = workspace.attach_bytes("npwp", "a.pdf", mk.pdf_bytes())
    workspace.remove(document.id)
    assert workspace.documents("npwp") == []
    workspace.restore(document.id)
    assert [d.id for d in workspace.documents("npwp")] == [document.id]


def test_same_content_is_stored_once(workspace):
    data = mk.pdf_bytes()
    workspace.attach_bytes("npwp", "a.pdf", data)
    workspace.attach_bytes("rekening", "b.pdf", data)
    assert workspace.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1


def test_check_results_are_cached_by_content(workspace):
    document, _ = workspace.attach_bytes("npwp", "a.pdf", mk.pdf_bytes(pages=3))
    workspace.db.execute("UPDATE blobs SET content = x'00'")  # a re-check would now fail
    assert workspace.report_for(document).pages == 3


def test_workspace_of_a_newer_version_is_refused_untouched(tmp_path, catalog):
    path = tmp_path / "future.lspws"
    open_workspace(path, catalog).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LspError) as caught:
        open_workspace(path, catalog)
    assert caught.value.code == "workspace.newer" and "Perbarui" in caught.value.message("id")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_workspace_is_refused(tmp_path, catalog):
    bogus = mk.write(tmp_path, "npwp.lspws", mk.pdf_bytes())
    with pytest.raises(LspError) as caught:
        open_workspace(bogus, catalog)
    assert caught.value.code == "workspace.not_workspace"
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(LspError):
        open_workspace(other, catalog)


def test_migration_keeps_a_copy_of_the_old_file(tmp_path, catalog, monkeypatch):
    path = tmp_path / "old.lspws"
    with open_workspace(path, catalog) as ws:
        ws.attach_bytes("npwp", "a.pdf", mk.pdf_bytes())
    step_next = "ALTER TABLE documents ADD COLUMN note TEXT;"
    monkeypatch.setattr("lsp_desktop.store.opening.STEPS", [*migrations.STEPS, step_next])
    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr("lsp_desktop.store.opening.SCHEMA_VERSION", current + 1)
    with open_workspace(path, catalog) as ws:
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == current + 1
        assert len(ws.documents()) == 1
    backup = tmp_path / f"old.lspws.schema{current}.bak"
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == current


WRITER = textwrap.dedent("""
    import sys
    from lsp_desktop.store.workspace import open_workspace
    from tests import makefiles as mk
    ws = open_workspace(sys.argv[1])
    data = mk.pdf_bytes(padding=200_000)
    for i in range(10_000):
        ws.attach_bytes("npwp", f"n{i}.pdf", data[:-10] + f"{i:09d}\\n".encode(),
                        replace_existing=True)
        print(i, flush=True)
""")


def test_killing_a_writer_midway_leaves_the_last_commit_intact(tmp_path, catalog):
    path = tmp_path / "killed.lspws"
    root = ROOT
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=root,
                             stdout=subprocess.PIPE, text=True)
    committed = -1
    for line in child.stdout:
        committed = int(line)
        if committed >= 15:
            break
    child.kill()  # SIGKILL: no clean-up, no flush, in the middle of the next write
    child.wait()
    with open_workspace(path, catalog) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        documents = ws.documents("npwp")
        assert len(documents) == 1
        assert int(documents[0].name[1:-4]) >= committed
        import hashlib

        assert hashlib.sha256(ws.document_bytes(documents[0])).hexdigest() == documents[0].sha256

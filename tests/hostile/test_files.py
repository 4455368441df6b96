"""What the app writes and how it says no: owner-only files, no 0-byte file on a full
disk, two creators of one workspace, a busy workspace, overlong fields, a closed pipe,
JavaScript hidden in object streams, names that forge lines (points 11-15)."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import zlib
from multiprocessing import get_context

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks import check_bytes
from lsp_desktop.cli.main import run
from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import ROOT
from tests import makefiles as mk
from tests.fill import fill_everything


def _mode(path) -> str:
    return oct(stat.S_IMODE(os.stat(path).st_mode))


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_table_files_are_owner_only(workspace, tmp_path, umask_022, suffix):
    fill_everything(workspace)
    out = tmp_path / f"orang{suffix}"
    assert run(["export-table", "people", str(out), "--workspace", str(workspace.path)]) == 0
    assert _mode(out) == "0o600"
    assert not list(tmp_path.glob(".*.partial"))


def test_the_crash_log_and_its_folder_are_owner_only(private_home, umask_022):
    from lsp_desktop.base.crashlog import write_crash_log

    log = write_crash_log(RuntimeError("boom"))
    assert _mode(log) == "0o600" and _mode(private_home) == "0o700"


def test_the_migration_backup_is_owner_only(tmp_path, catalog, umask_022):
    from lsp_desktop.store.connection import statements as _statements
    from lsp_desktop.store.migrations import STEPS

    path = tmp_path / "lama.lspws"
    conn = sqlite3.connect(path)
    for statement in _statements(STEPS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    open_workspace(path, catalog).close()
    assert _mode(tmp_path / "lama.lspws.schema1.bak") == "0o600"


def test_a_full_disk_during_export_table_leaves_no_file(workspace, tmp_path, monkeypatch,
                                                        capsys):
    fill_everything(workspace)

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("lsp_desktop.base.files.os.fsync", full)
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"orang{suffix}"
        assert run(["export-table", "people", str(out), "--workspace",
                    str(workspace.path)]) == 1
        err = capsys.readouterr().err
        assert "disk penuh" in err and "No space" not in err and "Traceback" not in err
        assert not out.exists() and not list(tmp_path.glob(".orang*"))


def _create_and_add(args):
    path, index = args
    from lsp_desktop.store.records import Person, Records
    from lsp_desktop.store.workspace import open_workspace

    try:
        with open_workspace(path) as ws:
            Records(ws).save_person(Person(None, f"Orang {index}", "pelaksana"))
        return "ok"
    except Exception as exc:  # noqa: BLE001 - the test reports what went wrong
        return f"{type(exc).__name__}: {exc}"


def test_twenty_processes_creating_one_new_workspace_all_succeed(tmp_path, catalog):
    path = tmp_path / "baru.lspws"
    with get_context("fork").Pool(20) as pool:
        results = pool.map(_create_and_add, [(path, i) for i in range(20)])
    assert results == ["ok"] * 20
    with open_workspace(path, catalog) as ws:
        assert len(Records(ws).people()) == 20


def test_a_busy_workspace_is_called_busy_not_full(workspace, tmp_path):
    other = sqlite3.connect(workspace.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    workspace.db.execute("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(LspError) as caught:
            workspace.set_profile(name="LSP Sibuk")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.code == "workspace.busy"
    assert "disk" not in caught.value.message("id")


@pytest.mark.parametrize("code,word", [(errno.ENOSPC, "disk penuh"),
                                       (errno.EACCES, "tidak diizinkan"),
                                       (errno.EROFS, "hanya-baca")])
def test_os_reasons_are_said_in_indonesian(code, word):
    from lsp_desktop.base.files import reason_code
    from lsp_desktop.messages import render

    text = render("bundle.write_failed", {"path": "x.zip",
                                          "reason": reason_code(OSError(code, "English"))}, "id")
    assert word in text and "English" not in text


def test_overlong_fields_are_refused_at_input(workspace):
    records = Records(workspace)
    huge = "A" * 2_000_000
    for action in (lambda: workspace.set_profile(name=huge),
                   lambda: records.save_person(Person(None, huge, "pelaksana")),
                   lambda: records.set_social_media("website", huge),
                   lambda: workspace.set_link("dokumen-skema", huge)):
        with pytest.raises(LspError) as caught:
            action()
        assert caught.value.code == "field.too_long"
        assert "terlalu panjang" in caught.value.message("id")


def test_status_into_a_closed_pipe_ends_quietly(workspace, tmp_path):
    fill_everything(workspace)
    home = tmp_path / "home"
    env = {**os.environ, "LSP_DESKTOP_HOME": str(home), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(f"'{sys.executable}' -m lsp_desktop status --workspace "
                            f"'{workspace.path}' | head -1", shell=True, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.stderr == "" and len(result.stdout.splitlines()) == 1
    assert not (home / "lsp-desktop.log").exists()


@pytest.mark.parametrize("command", ["status", "export", "export-table", "add", "link",
                                     "import-table", "social"])
def test_commands_on_a_mistyped_workspace_say_it_does_not_exist(tmp_path, capsys, command):
    """Only ``profile`` (and the window) start a workspace; any other command on a path
    that is not there says so instead of filling a new empty one."""
    missing = tmp_path / "salah-ketik.lspws"
    pdf = tmp_path / "npwp.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    sheet = tmp_path / "p.csv"
    sheet.write_text("nama\nAni\n", encoding="utf-8")
    args = {"status": ["status"], "export": ["export", "--out", str(tmp_path / "b.zip")],
            "export-table": ["export-table", "people", str(tmp_path / "o.csv")],
            "add": ["add", "npwp", str(pdf)],
            "link": ["link", "dokumen-skema", "https://drive.google.com/drive/folders/1AbC"],
            "import-table": ["import-table", "people", str(sheet)],
            "social": ["social", "set", "instagram", "@lsp"]}[command]
    assert run([*args, "--workspace", str(missing)]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not missing.exists()


def test_names_with_a_newline_or_rtl_override_are_printed_escaped(tmp_path, capsys):
    path = mk.write(tmp_path, "surat\nOK: semua siap\u202egpj.pdf", mk.pdf_bytes())
    run(["check", str(path)])
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\nOK: semua siap" not in out
    assert "\\u202e" in out


def _pdf_with_object_stream(action_holder: str) -> bytes:
    """A PDF whose objects all sit in a compressed object stream, with JavaScript in a link
    annotation (``annot``) or in the page's open action (``page``)."""
    js = "<< /S /JavaScript /JS (app.alert(1)) >>"
    annot = f"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A {js} >>"
    page_extra = f"/AA << /O {js} >>" if action_holder == "page" else "/Annots [4 0 R]"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] {page_extra} >>",
               annot]
    body, offsets = b"", []
    for text in objects:
        offsets.append(len(body))
        body += text.encode() + b"\n"
    header = " ".join(f"{n} {o}" for n, o in zip(range(1, 5), offsets, strict=True)).encode()
    header += b"\n"
    stream = zlib.compress(header + body)
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    objstm_at = len(out)
    out += (f"5 0 obj\n<< /Type /ObjStm /N 4 /First {len(header)} /Filter /FlateDecode "
            f"/Length {len(stream)} >>\nstream\n").encode() + stream + b"\nendstream\nendobj\n"
    xref_at = len(out)
    rows = [bytes([0, 0, 0, 255])] + [bytes([2, 0, 5, i]) for i in range(4)]
    rows += [bytes([1]) + objstm_at.to_bytes(2, "big") + b"\0",
             bytes([1]) + xref_at.to_bytes(2, "big") + b"\0"]
    xref = zlib.compress(b"".join(rows))
    out += (f"6 0 obj\n<< /Type /XRef /Size 7 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode "
            f"/Length {len(xref)} >>\nstream\n").encode() + xref + b"\nendstream\nendobj\n"
    out += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return out


@pytest.mark.parametrize("holder", ["annot", "page"])
def test_javascript_inside_compressed_object_streams_is_reported(holder):
    data = _pdf_with_object_stream(holder)
    assert b"JavaScript" not in data
    report = check_bytes(data, "surat.pdf")
    assert report.pages == 1
    assert "pdf.javascript" in [f.code for f in report.findings]


def test_an_invalid_drive_link_is_saved_but_the_item_shows_an_error(workspace):
    from lsp_desktop.status.requirements import requirement_status

    workspace.set_link("dokumen-skema", "https://drive.google.com/bukan-folder")
    assert workspace.links()["dokumen-skema"]
    status = requirement_status(workspace, workspace.catalog.requirement("dokumen-skema"))
    assert status.state == "error"

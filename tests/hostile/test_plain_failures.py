"""Class 6, the file-system half: a name too long, a folder that is a file, a place the
account may not write, a damaged workspace page, dropped tables and a file name that is
not valid UTF-8 all end in plain words (exit 1), never an internal error, and write
nothing half."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys

import pytest

from lsp_desktop.store.opening import expected_tables
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.cli.running import cli
from tests.fill import fill_everything


@pytest.fixture
def filled(tmp_path, catalog):
    path = tmp_path / "isi.lspws"
    with open_workspace(path, catalog) as workspace:
        fill_everything(workspace)
        workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _writers(ws, out, source):
    """Every command that writes a file under a name the admin typed."""
    return {"export": ["export", "--allow-incomplete", "--out", f"{out}.zip", "--workspace", ws],
            "report": ["report", "--out", f"{out}.pdf", "--workspace", ws],
            "export-table": ["export-table", "people", f"{out}.csv", "--workspace", ws],
            "fix compress": ["fix", "compress", source, "--out", f"{out}.pdf"],
            "fix combine": ["fix", "combine", source, source, "--out", f"{out}.pdf"]}


def _plain(code, out, err):
    text = out + err
    assert code == 1, text
    assert "tak terduga" not in text and "Traceback" not in text and "Errno" not in text


@pytest.mark.parametrize("command", ["export", "report", "export-table", "fix compress",
                                     "fix combine"])
@pytest.mark.parametrize("where", ["name too long", "under a file", "not permitted"])
def test_an_unusable_target_is_said_plainly_and_nothing_is_written(
        capsys, filled, tmp_path, command, where):
    source = mk.write(tmp_path, "sumber.pdf", mk.pdf_bytes(2))
    (tmp_path / "berkas").write_text("x")
    out = {"name too long": tmp_path / ("x" * 300), "under a file": tmp_path / "berkas" / "y",
           "not permitted": "/sys/lsp-desktop-uji"}[where]
    if where == "not permitted" and not os.path.isdir("/sys"):
        pytest.skip("no /sys on this system")
    before = sorted(p.name for p in tmp_path.iterdir())
    _plain(*cli(capsys, *_writers(filled, out, source)[command]))
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("table", sorted(expected_tables()))
def test_a_dropped_table_is_named_plainly(capsys, filled, tmp_path, table):
    damaged = tmp_path / "rusak.lspws"
    shutil.copy(filled, damaged)
    with sqlite3.connect(damaged) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"DROP TABLE {table}")
    for args in (["status"], ["export-table", "people", tmp_path / "o.csv"]):
        code, out, err = cli(capsys, *args, "--workspace", damaged)
        _plain(code, out, err)
        assert "rusak" in err and table in err


@pytest.mark.parametrize("page", [2, 3, 5, 8, 11])
def test_a_damaged_page_is_said_plainly(capsys, filled, tmp_path, page):
    damaged = tmp_path / "rusak.lspws"
    data = bytearray(filled.read_bytes())
    size = 4096
    if len(data) < page * size:
        pytest.skip("the workspace is smaller")
    data[(page - 1) * size:page * size] = b"\xff" * size
    damaged.write_bytes(bytes(data))
    for args in (["status"], ["export", "--allow-incomplete", "--out", tmp_path / "o.zip"],
                 ["export-table", "people", tmp_path / "o.csv"]):
        code, out, err = cli(capsys, *args, "--workspace", damaged)
        assert "tak terduga" not in out + err and "Traceback" not in out + err
        assert code in (0, 1)
    assert not [p for p in tmp_path.glob(".*partial")]


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux names files by bytes")
def test_a_file_name_that_is_not_utf8_is_attached_exported_and_imported(capsys, tmp_path):
    folder = os.fsencode(tmp_path)
    picture = os.fsdecode(folder + b"/foto\xff\xfe.jpg")
    with open(picture, "wb") as handle:
        handle.write(mk.image_bytes("JPEG", (1200, 900)))
    ws = tmp_path / "ws.lspws"
    cli(capsys, "profile", "--name", "LSP Uji", "--workspace", ws)
    code, out, err = cli(capsys, "add", "foto-kantor", picture, "--workspace", ws)
    assert code == 0 and "tak terduga" not in out + err
    bundle = os.fsdecode(folder + b"/bundel\xff.zip")
    assert cli(capsys, "export", "--allow-incomplete", "--out", bundle, "--workspace", ws)[0] == 0
    target = os.fsdecode(folder + b"/baru\xff/kerja.lspws")
    code, out, err = cli(capsys, "import", bundle, "--workspace", target)
    assert code == 0 and "tak terduga" not in out + err
    with open_workspace(target) as again:
        assert [d.name for d in again.documents()] == ["foto\ufffd\ufffd.jpg"]


@pytest.mark.parametrize("command", ["export", "report", "export-table", "fix compress",
                                     "fix combine"])
def test_a_full_disk_while_writing_is_said_plainly_and_leaves_nothing(
        capsys, filled, tmp_path, monkeypatch, command):
    import errno

    source = mk.write(tmp_path, "sumber.pdf", mk.pdf_bytes(2))
    before = sorted(p.name for p in tmp_path.iterdir())

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("lsp_desktop.base.files.os.fsync", full)  # the os module's, for all
    code, out, err = cli(capsys, *_writers(filled, tmp_path / "hasil", source)[command])
    _plain(code, out, err)
    assert "disk penuh" in err and "No space" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before

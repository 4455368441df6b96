"""Class 8: the Drive-folder export never follows a link out of the chosen folder, and a
full disk leaves no half tree: nothing of this export is left, what was there stays, and
the message says so truthfully."""

from __future__ import annotations

import errno
import os

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.drive_folder import export_drive_folder, planned_files
from lsp_desktop.store.records import Person, Records
from tests import makefiles as mk

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")


@pytest.fixture
def records(workspace):
    """Two assessors with all four documents each: eight files to write."""
    records = Records(workspace)
    for name in ("Ani Lestari", "Budi Santoso"):
        person = records.save_person(Person(None, name, "asesor"))
        for kind in ("ktp", "sertifikat-teknis", "ijazah"):
            records.attach_assessor_file(person.id, kind, f"{kind}.pdf", mk.pdf_bytes(1))
        records.attach_assessor_file(person.id, "pasfoto", "pasfoto.jpg",
                                     mk.image_bytes("JPEG", (400, 600), color=(200, 0, 0)))
    assert len(planned_files(records)) == 8
    return records


def _tree(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_symlinked_assessor_folder_is_refused_and_nothing_is_written(records, tmp_path):
    drive, elsewhere = tmp_path / "drive", tmp_path / "di-luar"
    drive.mkdir()
    elsewhere.mkdir()
    (drive / "Budi Santoso").symlink_to(elsewhere, target_is_directory=True)
    for replace in (False, True):
        with pytest.raises(LspError) as caught:
            export_drive_folder(records, drive, replace=replace)
        assert caught.value.code == "drive_folder.link"
        assert "pintasan" in caught.value.message("id")
        assert list(elsewhere.iterdir()) == [] and _tree(drive) == ["Budi Santoso"]


def test_a_symlinked_file_is_replaced_as_a_link_never_written_through(records, tmp_path):
    drive, precious = tmp_path / "drive", tmp_path / "penting.pdf"
    (drive / "Ani Lestari").mkdir(parents=True)
    precious.write_bytes(b"satu-satunya salinan")
    link = drive / "Ani Lestari" / "KTP.pdf"
    link.symlink_to(precious)
    assert export_drive_folder(records, drive, replace=True) == 8
    assert precious.read_bytes() == b"satu-satunya salinan"
    assert not link.is_symlink() and link.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("fail_at", range(1, 9))
def test_a_full_disk_at_any_file_leaves_no_half_tree(records, tmp_path, monkeypatch,
                                                     fail_at):
    drive = tmp_path / "drive"
    (drive / "Ani Lestari").mkdir(parents=True)
    (drive / "Ani Lestari" / "KTP.pdf").write_bytes(b"versi lama")
    (drive / "catatan.txt").write_text("milik admin")
    before = _tree(drive)
    calls = []
    real_fsync = os.fsync

    def fsync(fd):
        calls.append(fd)
        if len(calls) == fail_at:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr("lsp_desktop.bundle.drive_folder.os.fsync", fsync)
    with pytest.raises(LspError) as caught:
        export_drive_folder(records, drive, replace=True)
    message = caught.value.message("id")
    assert caught.value.code == "drive_folder.write_failed"
    assert "disk penuh" in message and "Tidak ada berkas yang ditulis" in message
    assert _tree(drive) == before
    assert (drive / "Ani Lestari" / "KTP.pdf").read_bytes() == b"versi lama"


def test_after_a_full_disk_the_next_export_writes_the_whole_tree(records, tmp_path):
    drive = tmp_path / "drive"
    assert export_drive_folder(records, drive) == 8
    assert len([p for p in drive.rglob("*") if p.is_file()]) == 8
    assert not [p for p in drive.rglob(".*")]

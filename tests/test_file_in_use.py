"""Windows refusals said as what they are: a file open in another program (Excel), a
OneDrive online-only file. Windows is not here: its error numbers and file attributes are
given to the same code the way Windows gives them (OSError.winerror, st_file_attributes)."""

from __future__ import annotations

import errno
import os
import types

import pytest

from lsp_desktop.base import files
from lsp_desktop.base.files import FileInUse, reason_code, replace_file, write_private
from lsp_desktop.messages import render


def windows_error(winerror: int, kind=PermissionError, code=errno.EACCES, filename=None):
    exc = kind(code, "Windows' own English", filename)
    exc.winerror = winerror  # what Windows' OSError carries besides errno
    return exc


@pytest.mark.parametrize("winerror", [32, 33])
def test_a_file_open_in_excel_says_close_it_there(winerror):
    reason = reason_code(windows_error(winerror))
    assert reason == "os.in_use"
    text = render("table.write_failed", {"path": "peserta.xlsx", "reason": reason}, "id")
    assert "tutup berkas itu" in text and "Excel" in text
    assert "tidak diizinkan" not in text and "English" not in text
    english = render("table.write_failed", {"path": "peserta.xlsx", "reason": reason}, "en")
    assert "close it in that program" in english


@pytest.mark.parametrize("winerror", [362, 388, 389, 395, 404])
def test_a_cloud_file_error_says_onedrive(winerror):
    reason = reason_code(windows_error(winerror, OSError, errno.EINVAL))
    assert reason == "os.cloud_only"
    assert "OneDrive" in render("file.unreadable", {"path": "NPWP.pdf", "reason": reason},
                                "id")


def test_an_online_only_file_is_recognised_by_its_attributes(tmp_path, monkeypatch):
    paper = tmp_path / "NPWP.pdf"
    paper.write_bytes(b"%PDF-1.7")
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        result = real_stat(path, *args, **kwargs)
        if str(path) == str(paper):  # what Windows reports for an online-only file
            return types.SimpleNamespace(st_file_attributes=0x400000 | 0x20,
                                         st_size=result.st_size)
        return result

    monkeypatch.setattr(files.os, "stat", stat)
    assert files.cloud_only(paper)
    assert not files.cloud_only(tmp_path)
    # Reading it offline fails with some error Windows does not explain: the file is.
    assert reason_code(OSError(errno.EINVAL, "Invalid argument", str(paper))) == \
        "os.cloud_only"
    assert reason_code(OSError(errno.EINVAL, "Invalid argument", str(tmp_path))) == \
        "os.other"


def test_a_permission_refusal_stays_a_permission_refusal():
    assert reason_code(PermissionError(errno.EACCES, "denied")) == "os.permission"
    assert reason_code(windows_error(5)) == "os.permission"  # access denied, not in use


class FlakyReplace:
    """os.replace refused `times` times as Windows refuses it, then done."""

    def __init__(self, times: int, winerror: int) -> None:
        self.times, self.winerror, self.calls = times, winerror, 0
        self.real = os.replace

    def __call__(self, source, target):
        self.calls += 1
        if self.calls <= self.times:
            raise windows_error(self.winerror, filename=str(target))
        self.real(source, target)


def test_an_antivirus_scan_holding_the_file_is_waited_out(tmp_path, monkeypatch):
    flaky = FlakyReplace(times=3, winerror=32)
    monkeypatch.setattr(files.os, "replace", flaky)
    monkeypatch.setattr(files.time, "sleep", lambda seconds: None)
    target = tmp_path / "peserta.csv"
    write_private(target, b"nama\n")
    assert target.read_bytes() == b"nama\n" and flaky.calls == 4
    assert not list(tmp_path.glob("*.partial"))


def test_a_file_still_open_elsewhere_is_refused_as_in_use_and_nothing_is_lost(
        tmp_path, monkeypatch):
    target = tmp_path / "peserta.xlsx"
    target.write_bytes(b"the admin's earlier export")
    monkeypatch.setattr(files.os, "replace", FlakyReplace(times=99, winerror=32))
    monkeypatch.setattr(files.time, "sleep", lambda seconds: None)
    with pytest.raises(FileInUse) as caught:
        write_private(target, b"new rows")
    assert reason_code(caught.value) == "os.in_use"
    assert target.read_bytes() == b"the admin's earlier export"
    assert not list(tmp_path.glob("*.partial"))


def test_access_denied_on_a_held_target_is_in_use(tmp_path, monkeypatch):
    """Replacing a file Excel holds gives ERROR_ACCESS_DENIED; opening it then tells."""
    source, target = tmp_path / "new", tmp_path / "old"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    monkeypatch.setattr(files.os, "replace", FlakyReplace(times=99, winerror=5))
    monkeypatch.setattr(files.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(files, "held_by_another_program", lambda path: True)
    with pytest.raises(FileInUse):
        replace_file(source, target)
    monkeypatch.setattr(files, "held_by_another_program", lambda path: False)
    with pytest.raises(PermissionError) as caught:
        replace_file(source, target)
    assert reason_code(caught.value) == "os.permission"


def test_other_refusals_are_not_retried(tmp_path, monkeypatch):
    flaky = FlakyReplace(times=99, winerror=0)
    flaky_error = PermissionError(errno.EACCES, "denied")

    def refuse(source, target):
        flaky.calls += 1
        raise flaky_error

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(PermissionError):
        replace_file(tmp_path / "a", tmp_path / "b")
    assert flaky.calls == 1


def test_re_exporting_a_bundle_open_in_another_program_says_close_it(workspace, tmp_path,
                                                                      monkeypatch):
    """The bundle's last step is the same retried replace: a zip still open in a viewer
    on Windows is said as such, and the earlier bundle is left as it was."""
    from lsp_desktop.base.errors import LspError
    from lsp_desktop.bundle.export import export_bundle

    target = tmp_path / "out" / "bundel.zip"
    target.parent.mkdir()
    target.write_bytes(b"the bundle exported yesterday")
    tries = []

    def held(source, destination):
        tries.append(destination)
        raise windows_error(32, filename=str(destination))

    monkeypatch.setattr(files.os, "replace", held)
    monkeypatch.setattr(files, "REPLACE_PAUSE_SECONDS", 0)
    with pytest.raises(LspError) as refused:
        export_bundle(workspace, target, allow_incomplete=True)
    assert len(tries) == files.REPLACE_TRIES > 1  # tried again, as for an antivirus scan
    assert "tutup berkas itu" in refused.value.message("id")
    assert target.read_bytes() == b"the bundle exported yesterday"
    assert [p.name for p in target.parent.iterdir()] == ["bundel.zip"]  # no partial left

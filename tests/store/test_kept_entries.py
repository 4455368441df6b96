"""What a start keeps to save work (base/kept_entries.py) is read back only when it is the
app's own: whole, this account's and writable by it alone; another user's file in an
entry's place is never read (from source, a kept entry is code run at the next start)."""

from __future__ import annotations

import os
import stat

import pytest

from lsp_desktop.base.kept_entries import keep, recall

HEADER = b"lsp-desktop test entry 1\n"


def test_an_entry_is_read_back_whole_and_owner_only(tmp_path):
    path = tmp_path / "kept" / "one.marshal"
    keep(path, HEADER, b"data")
    assert recall(path, HEADER, 1024) == b"data"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert recall(path, b"another kind\n", 1024) is None
    assert recall(path, HEADER, 4) is None  # larger than the limit said


@pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")
def test_code_others_may_write_or_own_is_never_read(tmp_path, monkeypatch):
    path = tmp_path / "one.marshal"
    keep(path, HEADER, b"code")
    os.chmod(path, 0o620)  # its group may write it
    assert recall(path, HEADER, 1024, owner_only=True) is None
    os.chmod(path, 0o600)
    assert recall(path, HEADER, 1024, owner_only=True) == b"code"
    # Made by another account: seen from an account other than the file's.
    monkeypatch.setattr(os, "getuid", lambda: path.stat().st_uid + 1)
    assert recall(path, HEADER, 1024, owner_only=True) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_data_on_a_stick_showing_every_file_as_anyones_is_still_read(tmp_path):
    """A Mac shows each file of a FAT or exFAT stick as 0777: the catalogue's reading is
    still used there (it is checked against its bytes anyway); only code is refused."""
    path = tmp_path / "one.marshal"
    keep(path, HEADER, b"data")
    os.chmod(path, 0o777)
    assert recall(path, HEADER, 1024) == b"data"
    assert recall(path, HEADER, 1024, owner_only=True) is None

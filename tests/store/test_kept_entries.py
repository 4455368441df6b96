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
def test_an_entry_others_may_write_or_own_is_never_read(tmp_path):
    path = tmp_path / "one.marshal"
    keep(path, HEADER, b"data")
    os.chmod(path, 0o620)  # its group may write it
    assert recall(path, HEADER, 1024) is None
    os.chmod(path, 0o600)
    assert recall(path, HEADER, 1024) == b"data"
    if os.getuid() == 0:  # only root can give a file away
        os.chown(path, 65534, 65534)
        assert recall(path, HEADER, 1024) is None

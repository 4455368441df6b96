"""The copies "Buka" hands to the viewer stay in the app's data folder and do not linger."""

import os
import stat
import time

from lsp_desktop.base import view_copies


def test_copies_live_in_the_data_folder_and_go_when_the_app_ends(tmp_path, monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path / "stick"))
    first = view_copies.make_view_copy("npwp.pdf", b"%PDF-1.4 npwp")
    second = view_copies.make_view_copy("npwp.pdf", b"%PDF-1.4 another")
    assert first != second and first.read_bytes() == b"%PDF-1.4 npwp"
    assert (tmp_path / "stick") in first.parents  # on the stick, not in the user profile
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
        assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    view_copies.remove_own_view_copies()
    assert not first.exists() and not second.exists()


def test_a_copy_an_earlier_run_left_is_removed_at_the_next_start(tmp_path, monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path))
    old = view_copies.make_view_copy("ktp.jpg", b"old")
    young = view_copies.make_view_copy("ktp.jpg", b"young")
    view_copies._made_here.clear()  # as if made by another run
    hours_ago = time.time() - 2 * view_copies.LEFT_OVER_AFTER_SECONDS
    os.utime(old.parent, (hours_ago, hours_ago))
    assert view_copies.remove_left_over_view_copies() == 1
    assert not old.exists() and young.exists()  # the young one may be open in another run

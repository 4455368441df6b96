"""Class 2: opening a workspace deletes only the leftovers the app can prove it made (its
own name pattern with a random token, a regular file owned by this user and readable by
nobody else, untouched for a while), never another program's hidden files beside it."""

from __future__ import annotations

import os
import time

import pytest

from lsp_desktop.base.files import STALE_AFTER_SECONDS, new_partial, partial_name, remove_leftovers
from lsp_desktop.store.workspace import open_workspace

OLD = time.time() - 2 * STALE_AFTER_SECONDS

# Names another program (a browser, a sync client, a video tool) may well use.
OTHERS = [".film.mkv.partial", ".laporan.lspws-import-x", ".laporan.lspws-import",
          ".a.partial", ".x.12345678.partial", ".x.ABCDEF0123456789.partial",
          ".x.0123456789abcdef.partial.bak", "x.0123456789abcdef.partial",
          ".x.0123456789abcde.partial", ".x.0123456789abcdef0.partialx",
          ".unduhan.crdownload", ".x.0123456789abcdef.lspws-import-journal2",
          *(f".berkas-{i}.{'f' * i}.partial" for i in range(1, 16))]


def _aged(path, mode=0o600):
    path.write_bytes(b"punya orang lain")
    path.chmod(mode)
    os.utime(path, (OLD, OLD), follow_symlinks=False)
    return path


@pytest.mark.parametrize("name", OTHERS)
def test_another_programs_hidden_file_survives_opening_a_workspace(tmp_path, catalog, name):
    other = _aged(tmp_path / name)
    open_workspace(tmp_path / "kerja.lspws", catalog).close()
    assert other.read_bytes() == b"punya orang lain"


def test_the_apps_own_stale_partials_go_and_recent_ones_stay(tmp_path, catalog):
    target = tmp_path / "bundel.zip"
    stale = [partial_name(target) for _ in range(3)]
    stale.append(partial_name(tmp_path / "baru.lspws").with_suffix(".lspws-import"))
    stale.append(stale[-1].with_name(stale[-1].name + "-wal"))
    for path in stale:
        _aged(path)
    recent, handle = new_partial(target)  # an export still at work in another process
    handle.close()
    open_workspace(tmp_path / "kerja.lspws", catalog).close()
    assert not any(path.exists() for path in stale)
    assert recent.exists()


def test_a_leftover_name_readable_by_others_or_a_link_is_not_the_apps(tmp_path):
    shared = _aged(partial_name(tmp_path / "a.zip"), mode=0o644)
    precious = _aged(tmp_path / "penting.pdf")
    link = partial_name(tmp_path / "b.zip")
    link.symlink_to(precious)
    os.utime(link, (OLD, OLD), follow_symlinks=False)
    assert remove_leftovers(tmp_path) == 0
    assert shared.exists() and link.is_symlink() and precious.exists()


@pytest.mark.skipif(not hasattr(os, "chown") or os.geteuid() != 0,
                    reason="giving a file to another user needs root")
def test_a_leftover_name_owned_by_another_user_is_not_the_apps(tmp_path):
    theirs = _aged(partial_name(tmp_path / "a.zip"))
    os.chown(theirs, 54321, 54321)
    assert remove_leftovers(tmp_path) == 0 and theirs.exists()

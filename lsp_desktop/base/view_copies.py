"""Copies made so that the system's viewer can open an attached document ("Buka").

They are kept in the app's own data folder, not the system's temporary folder: in
portable use (a USB stick) nothing may be left in the computer's user profile, and a
KTP or NPWP must not linger anywhere the admin does not know about. Copies are removed
when the app ends and, should that fail (a viewer still holds one open on Windows), at
the next start.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from lsp_desktop.base.files import STALE_AFTER_SECONDS, private_dir, remove_stale, write_private
from lsp_desktop.base.paths import app_home

FOLDER = "salinan-untuk-dilihat"  # "copies to view": the admin may see it in the data folder
# A copy's folder, as tempfile.mkdtemp names it: "buka-" and eight random characters.
COPY_FOLDER = re.compile(r"buka-[a-z0-9_]{8}", re.ASCII)
# Left by an earlier run after this long (the one rule of files.remove_stale); younger ones
# may be open in another copy of the app.
LEFT_OVER_AFTER_SECONDS = STALE_AFTER_SECONDS
_made_here: list[Path] = []


def view_copy_folder() -> Path:
    return app_home() / FOLDER


def make_view_copy(file_name: str, data: bytes) -> Path:
    """An owner-only copy in a folder of its own, so two documents of one name coexist."""
    copy = new_view_folder() / file_name
    write_private(copy, data)
    return copy


def remove_own_view_copies() -> None:
    """At the end of the app: the copies this run made (one still open may stay)."""
    while _made_here:
        shutil.rmtree(_made_here.pop(), ignore_errors=True)


def remove_left_over_view_copies() -> int:
    """At the start: copies an earlier run could not remove; returns how many went."""
    return remove_stale(view_copy_folder(), COPY_FOLDER, folders=True)


def new_view_folder() -> Path:
    """An owner-only folder of its own for a page and the copies it links (the upload
    guide's preview), removed like a single copy's folder."""
    folder = Path(tempfile.mkdtemp(prefix="buka-", dir=private_dir(view_copy_folder())))
    _made_here.append(folder)
    return folder

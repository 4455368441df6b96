"""What a drop holds: the local files of a drag, its folders' files, and the copy that a
drop always is (the admin's original is never moved).

Apart from the drop zone's painting (widgets/drop_zone.py), so that the checklist and the
window, which take drops too, load no painter's types before their first paint."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore

from lsp_desktop.base.filenames import HIDDEN_NAMES

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

MAX_FILES = 200


def expand_drop(paths: list[Path]) -> list[Path]:
    """Files of a dropped folder (not its subfolders' hidden clutter), in name order."""
    return dropped_files(paths)[0]


def dropped_files(paths: list[Path]) -> tuple[list[Path], int]:
    """The files of a drop as :func:`expand_drop` gives them, and how many more there were
    past the most taken in one go (so that the window can say so, not drop them quietly)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted((p for p in path.rglob("*") if p.is_file()
                             and p.name.lower() not in HIDDEN_NAMES
                             and not p.name.startswith(".")), key=partial(_folder_order, path))
        elif path.name.lower() not in HIDDEN_NAMES:
            files.append(path)
    return files[:MAX_FILES], max(0, len(files) - MAX_FILES)


def _folder_order(folder: Path, path: Path) -> tuple:
    """As a file manager lists a folder: its own files first, then each subfolder's; so
    of two files of the same name, the one at the top of the dropped folder comes first."""
    parts = path.relative_to(folder).parts
    return tuple((index < len(parts) - 1, part.lower()) for index, part in enumerate(parts))


def local_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def accept_as_copy(event: QDragEnterEvent | QDropEvent) -> None:
    # A "move" from Explorer or Finder could delete the original: always take a copy.
    event.setDropAction(QtCore.Qt.DropAction.CopyAction)
    event.accept()

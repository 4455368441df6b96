"""Where the window's own settings (language, recent workspaces, size) are kept."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from lsp_desktop.base.paths import ensure_private_dir, settings_file


def settings() -> QSettings:
    """An INI file in the chosen home (USB stick, LSP_DESKTOP_HOME), else the platform's.
    Owner-only from its first byte: it names the workspaces (and so where KTP and bank
    data are kept)."""
    path = settings_file()
    if path is None:
        store = QSettings("LSP Desktop", "LSP Desktop")
        if sys.platform.startswith("linux"):  # an INI file there; elsewhere the system's
            ensure_private_dir(Path(store.fileName()).parent)
            make_private(Path(store.fileName()))
        return store
    ensure_private_dir(path.parent)
    make_private(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def make_private(path: Path) -> None:
    """Create the file empty and owner-only before Qt writes it (Qt then writes through a
    temporary file that keeps those permissions), or make an existing one owner-only."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        if path.is_file() and not path.is_symlink():
            os.chmod(path, 0o600)
    except OSError:
        pass  # a read-only stick: Qt keeps the settings in memory and says nothing either


def keep_setting(store: QSettings, key: str, value: object) -> None:
    """``key`` set only when its value changes. QSettings rewrites its whole file (a lock
    file, two flushes to the disk, a rename) after any setValue, of the same value too,
    and in the first turn of the event loop, before the window is painted; every start
    sets the language and the last workspace (issue 21: a start waits on no disk write)."""
    if store.value(key) != value:
        store.setValue(key, value)

"""Where the workspace lives unless the user names one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "LSP Desktop"
WORKSPACE_SUFFIX = ".lspws"
HOME_ENV = "LSP_DESKTOP_HOME"
PORTABLE_FOLDER = "LSP Desktop Data"
SETTINGS_FILE = "settings.ini"


def portable_home() -> Path | None:
    """``LSP Desktop Data`` beside the built program, when the admin made one (a USB stick).

    Only a frozen build looks: from source, the folder beside python would be meaningless.
    On macOS the program sits in ``LSP Desktop.app/Contents/MacOS``; the folder is beside
    the ``.app``.
    """
    if not getattr(sys, "frozen", False):
        return None
    program = Path(sys.executable).resolve()
    if sys.platform == "darwin" and len(program.parents) > 3:
        beside = program.parents[3]
    else:
        beside = program.parent
    folder = beside / PORTABLE_FOLDER
    return folder if folder.is_dir() else None


def chosen_home() -> Path | None:
    """The home the user chose (``LSP_DESKTOP_HOME`` first, then the portable folder)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return portable_home()


def app_home() -> Path:
    """The folder for the default workspace and logs: a chosen home, else the profile's."""
    chosen = chosen_home()
    if chosen is not None:
        return chosen
    from platformdirs import user_data_dir  # only when needed: it slows start-up

    return Path(user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path | None:
    """The settings file inside a chosen home; None means the platform's usual place."""
    chosen = chosen_home()
    return chosen / SETTINGS_FILE if chosen is not None else None


def default_workspace_path() -> Path:
    return app_home() / f"workspace{WORKSPACE_SUFFIX}"


def unfinished_dir() -> Path:
    """Notes of partial files being built elsewhere (files.remember_partial)."""
    return app_home() / "unfinished"


def ensure_private_dir(folder: Path) -> None:
    """Create a folder only its owner can enter: the workspace holds KTP and bank data."""
    from lsp_desktop.files import private_dir

    private_dir(folder)

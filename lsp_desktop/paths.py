"""Where the workspace lives unless the user names one."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "LSP Desktop"
WORKSPACE_SUFFIX = ".lspws"
HOME_ENV = "LSP_DESKTOP_HOME"


def app_home() -> Path:
    """The folder for the default workspace and logs; ``LSP_DESKTOP_HOME`` overrides it."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir  # only when needed: it slows start-up

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_workspace_path() -> Path:
    return app_home() / f"workspace{WORKSPACE_SUFFIX}"


def ensure_private_dir(folder: Path) -> None:
    """Create a folder only its owner can enter: the workspace holds KTP and bank data."""
    from lsp_desktop.files import private_dir

    private_dir(folder)

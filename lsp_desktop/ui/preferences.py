"""Where the window's own settings (language, recent workspaces, size) are kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from lsp_desktop.paths import ensure_private_dir, settings_file


def settings() -> QSettings:
    """An INI file in the chosen home (USB stick, LSP_DESKTOP_HOME), else the platform's."""
    path = settings_file()
    if path is None:
        return QSettings("LSP Desktop", "LSP Desktop")
    ensure_private_dir(path.parent)
    return QSettings(str(path), QSettings.Format.IniFormat)

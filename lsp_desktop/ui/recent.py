"""The list of recent workspaces kept in the settings, always as a list of whole paths.

QSettings (INI on Linux, the registry on Windows) hands a one-item list back as a plain
string, and an empty one as None; reading it through here keeps every caller safe.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent"
MAX_RECENT = 8


def recent_workspaces(settings: QSettings) -> list[str]:
    value = settings.value(KEY, [])
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [item for item in items if isinstance(item, str) and item]


def remember_workspace(settings: QSettings, path: Path) -> None:
    kept = recent_workspaces(settings)
    recent = ([str(path)] + [p for p in kept if p != str(path)])[:MAX_RECENT]
    if recent != kept:  # as read: a list of one is kept as a text (preferences.keep_setting)
        settings.setValue(KEY, recent)


def forget_workspace(settings: QSettings, path: Path) -> None:
    settings.setValue(KEY, [p for p in recent_workspaces(settings) if p != str(path)])

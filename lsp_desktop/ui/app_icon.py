"""The application's drawn icon. Kept apart from the About box because the start
window (ui/launch.py) needs it before anything heavier is loaded."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from lsp_desktop.base.resources import resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The drawn icon in every size shipped, so each place picks a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resources_dir() / "icons" / f"app-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon

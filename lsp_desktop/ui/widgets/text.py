"""Small building blocks shared by the panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def heading(text: str, size: float = 1.35) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title


def wrapping(text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget

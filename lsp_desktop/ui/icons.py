"""State icons drawn at run time: crisp at any screen scale, and each with its own shape
so that colour is never the only signal."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

COLORS = {"ok": "#2e7d32", "warning": "#b26a00", "error": "#c62828", "missing": "#757575",
          "not-required": "#9e9e9e", "checking": "#1565c0", "info": "#1565c0"}
SYMBOLS = {"ok": "✓", "warning": "!", "error": "✕", "missing": "", "not-required": "–",
           "checking": "…", "info": "i"}


@cache
def state_icon(state: str) -> QIcon:
    icon = QIcon()
    for size in (16, 32):
        for scale in (1.0, 2.0):
            icon.addPixmap(_draw(state, size, scale))
    return icon


def _draw(state: str, size: int, scale: float) -> QPixmap:
    pixmap = QPixmap(int(size * scale), int(size * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(COLORS.get(state, "#757575"))
    rect = QRectF(1.5, 1.5, size - 3, size - 3)
    if state in ("missing", "not-required"):
        painter.setPen(QPen(color, max(1.5, size / 10)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
    if state == "warning":
        painter.drawPolygon([QPointF(size / 2, 1.5), QPointF(size - 1.5, size - 2),
                             QPointF(1.5, size - 2)])
    else:
        painter.drawEllipse(rect)
    symbol = SYMBOLS.get(state, "")
    if symbol:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.62))
        painter.setFont(font)
        painter.setPen(QColor("white") if state not in ("not-required",) else color)
        text_rect = QRectF(0, size * 0.1 if state == "warning" else 0, size, size)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    return pixmap

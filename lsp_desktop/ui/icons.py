"""State icons drawn at run time: crisp at any screen scale, and each with its own shape
so that colour is never the only signal.

Each icon sits on a round badge of the list's base colour, and the same picture is given
for the selected mode: Qt otherwise tints a selected icon with the selection colour, which
made it nearly invisible on the selected row. A dark palette gets lighter state colours,
so that each keeps a contrast of at least 3:1 against the list's background.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap

# The states written as text (findings, "meets the rules") keep 4.5:1 against both the
# list's and the panels' background, light or dark (WCAG AA for text); the muted ones 3:1.
COLORS = {"ok": "#2a7a2e", "warning": "#9a5b00", "error": "#c62828", "missing": "#757575",
          "not-required": "#8a8a8a", "checking": "#1565c0", "info": "#1565c0"}
DARK_COLORS = {"ok": "#66bb6a", "warning": "#ffb74d", "error": "#f28b82", "missing": "#bdbdbd",
               "not-required": "#9e9e9e", "checking": "#64b5f6", "info": "#64b5f6"}
TEXT_STATES = ("ok", "warning", "error", "info")
SYMBOLS = {"ok": "✓", "warning": "!", "error": "✕", "missing": "", "not-required": "–",
           "checking": "…", "info": "i"}
SIZES = (16, 24)
SCALES = (1.0, 1.5, 2.0, 3.0)  # Qt scales down from the next larger for 1.25 or 1.75


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def state_color(state: str, palette: QPalette | None = None) -> QColor:
    palette = palette or QGuiApplication.palette()
    table = DARK_COLORS if is_dark(palette) else COLORS
    return QColor(table.get(state, table["missing"]))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio: 1 (same) to 21 (black on white)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def state_icon(state: str) -> QIcon:
    palette = QGuiApplication.palette()
    return _icon(state, state_color(state, palette).name(),
                 palette.color(QPalette.ColorRole.Base).name(), is_dark(palette))


@cache
def _icon(state: str, color: str, badge: str, dark: bool) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        for scale in SCALES:
            pixmap = _draw(state, size, scale, QColor(color), QColor(badge), dark)
            icon.addPixmap(pixmap, QIcon.Mode.Normal)
            icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


def _draw(state: str, size: int, scale: float, color: QColor, badge: QColor,
          dark: bool) -> QPixmap:
    pixmap = QPixmap(round(size * scale), round(size * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(badge)
    painter.drawEllipse(QRectF(0, 0, size, size))
    inset = max(1.5, size / 10)
    rect = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    if state in ("missing", "not-required"):
        painter.setPen(QPen(color, max(1.5, size / 10)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(color)
    if state == "warning":
        painter.drawPolygon([QPointF(size / 2, inset), QPointF(size - inset, size - inset - 1),
                             QPointF(inset, size - inset - 1)])
    else:
        painter.drawEllipse(rect)
    symbol = SYMBOLS.get(state, "")
    if symbol:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.55))
        painter.setFont(font)
        ink = QColor("#1e1e1e") if dark else QColor("white")
        painter.setPen(color if state == "not-required" else ink)
        text_rect = QRectF(0, size * 0.1 if state == "warning" else 0, size, size)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    return pixmap

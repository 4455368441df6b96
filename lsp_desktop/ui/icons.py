"""State icons drawn at run time: crisp at any screen scale, and each with its own shape
so that colour is never the only signal.

Each icon sits on a round badge of the list's base colour, and the same picture is given
for the selected mode: Qt otherwise tints a selected icon with the selection colour, which
made it nearly invisible on the selected row. A dark palette gets lighter state colours,
so that each keeps a contrast of at least 3:1 against the list's background.

A picture is drawn only when Qt asks for one, at the size and screen scale asked (so a
125% screen gets one drawn for it, not a 150% one shrunk), and kept for the next time:
drawing every state at 2 sizes and 4 scales up front cost the start a few milliseconds
before the checklist's first paint (issue 21).
"""

from __future__ import annotations

from functools import cache

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

# The states written as text (findings, "meets the rules") keep 4.5:1 against both the
# list's and the panels' background, light or dark (WCAG AA for text); the muted ones 3:1.
COLORS = {"ok": "#2a7a2e", "warning": "#9a5b00", "error": "#c62828", "missing": "#757575",
          "not-required": "#8a8a8a", "checking": "#1565c0", "info": "#1565c0"}
DARK_COLORS = {"ok": "#66bb6a", "warning": "#ffb74d", "error": "#f28b82", "missing": "#bdbdbd",
               "not-required": "#9e9e9e", "checking": "#64b5f6", "info": "#64b5f6"}
TEXT_STATES = ("ok", "warning", "error", "info")
SYMBOLS = {"ok": "✓", "warning": "!", "error": "✕", "missing": "", "not-required": "–",
           "checking": "…", "info": "i"}
SIZES = (16, 24)  # the sizes the window shows them at: the list's rows and the banner
DISABLED = QIcon.Mode.Disabled


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
    return QIcon(StateIconEngine(state, QColor(color), QColor(badge), dark))


class StateIconEngine(QIconEngine):
    """One state's icon, drawn for each (size, scale) the first time Qt asks for it.

    Every mode but Disabled gets the Normal picture (see the module's docstring); Disabled
    gets the greyed one Qt makes from it, as a QIcon of plain pixmaps did. Only what Qt
    asks on every paint is written in Python: ``isNull`` and ``actualSize`` keep Qt's own
    (never null; the size asked), since a list asks them several times per row."""

    def __init__(self, state: str, color: QColor, badge: QColor, dark: bool,
                 drawn: dict[tuple[int, float, bool], QPixmap] | None = None) -> None:
        super().__init__()
        self.state, self.color, self.badge, self.dark = state, color, badge, dark
        # Shared with clones: the same state's pictures, whichever copy of the icon asks.
        self.drawn = {} if drawn is None else drawn

    def clone(self) -> QIconEngine:
        """Qt's copy for a QIcon changed while shared. Qt owns and deletes it, but PySide
        leaves a returned engine to Python, which would free it on return: kept here
        until Qt has deleted it (an engine given to QIcon() is handed over by PySide)."""
        twin = StateIconEngine(self.state, self.color, self.badge, self.dark, self.drawn)
        _CLONES[:] = [kept for kept in _CLONES if shiboken6.Shiboken.isValid(kept)]
        _CLONES.append(twin)
        return twin

    def key(self) -> str:
        return "lsp-state-icon"

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,  # noqa: N802 - Qt's name
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in SIZES]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode,  # noqa: N802 - Qt's name
                     state: QIcon.State, scale: float) -> QPixmap:
        side = min(size.width(), size.height())
        if side <= 0 or scale <= 0:
            return QPixmap()
        disabled = mode == DISABLED
        key = (side, scale, disabled)
        if key not in self.drawn:
            if disabled:
                self.drawn[key] = _greyed(self.scaledPixmap(size, QIcon.Mode.Normal, state,
                                                            scale))
            else:
                self.drawn[key] = _draw(self.state, side, scale, self.color, self.badge,
                                        self.dark)
        return self.drawn[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        """Called for every icon of every row each time the list is painted: the drawn
        picture is looked up first, before anything else is made. Drawn at the scale of
        what is painted on (a list on a 150% screen, say), so it is never a smaller
        picture stretched; round, so centred in whatever rectangle it is given."""
        device = painter.device()
        scale = device.devicePixelRatio() if device is not None else 1.0
        width, height = rect.width(), rect.height()
        side = min(width, height)
        pixmap = self.drawn.get((side, scale, mode == DISABLED))
        if pixmap is None:
            pixmap = self.scaledPixmap(QSize(side, side), mode, state, scale)
            if pixmap.isNull():
                return
        if width == height:
            painter.drawPixmap(rect, pixmap)
        else:
            target = QRect(0, 0, side, side)
            target.moveCenter(rect.center())
            painter.drawPixmap(target, pixmap)


_CLONES: list[StateIconEngine] = []


def _greyed(pixmap: QPixmap) -> QPixmap:
    """The style's disabled look of a picture. QtWidgets and QStyle are imported here, on
    the rare call, not at the start (see tests/ui/test_fast_start.py)."""
    from PySide6.QtWidgets import QApplication, QStyleOption

    style = QApplication.style()
    if style is None:
        return pixmap
    option = QStyleOption()
    option.palette = QGuiApplication.palette()  # greyed towards its window colour, as Qt does
    return style.generatedIconPixmap(QIcon.Mode.Disabled, pixmap, option)


def _draw(state: str, size: int, scale: float, color: QColor, badge: QColor,
          dark: bool) -> QPixmap:
    pixmap = QPixmap(round(size * scale), round(size * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(badge)
    painter.drawEllipse(QRectF(0, 0, size, size))
    inset = max(1.5, size / 10)
    rect = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    if state in ("missing", "not-required"):
        painter.setPen(QPen(color, max(1.5, size / 10)))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
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
        painter.drawText(text_rect, QtCore.Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    return pixmap

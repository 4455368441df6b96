"""Whether a window or dialog fits the small screens admins have: what is cut off."""

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

OUTPUT = Path(__file__).resolve().parents[1] / "output"
SIZES = {"1366x768": (1366, 768), "1024x600": (1024, 600)}
# The screens the dialogs must work on: a common laptop and a small netbook.
SCREENS = ((1366, 768), (1024, 600))
TASKBAR = 40


def save_at_screen_sizes(dialog, name: str) -> None:
    """What the dialog looks like on each screen: it must fit (no part cut off)."""
    OUTPUT.mkdir(exist_ok=True)
    for width, height in SCREENS:
        hint = dialog.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height - TASKBAR, (name, hint)
        dialog.resize(min(width, 1200), height - TASKBAR)
        QApplication.processEvents()
        assert dialog.grab().save(str(OUTPUT / f"{name}_{width}x{height}.png"))


def clipped_widgets(window) -> list[str]:
    """Visible widgets of the panel narrower than they need, outside the visible width, or
    wrapped text without the height for its lines."""
    viewport = window.detail.viewport()
    panel = window.detail.widget()
    found = []
    if window.detail.horizontalScrollBar().isVisible():
        found.append("horizontal scroll bar")
    for widget in [panel, *panel.findChildren(QWidget)]:
        if not widget.isVisibleTo(panel) or _inside_inner_scroll_area(widget, panel):
            continue
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        needed = widget.minimumSizeHint().width()
        # A wrapped text given less height than its lines need is cut at the bottom.
        short = isinstance(widget, QLabel) and widget.wordWrap() and \
            widget.heightForWidth(widget.width()) > widget.height()
        if left < 0 or left + widget.width() > viewport.width() or widget.width() < needed \
                or short:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                         f"{getattr(widget, 'text', lambda: '')()!r}: x={left} "
                         f"width={widget.width()} needs {needed} of {viewport.width()}")
    return found


def _inside_inner_scroll_area(widget, panel) -> bool:
    """A table's own cells and scroll bars scroll inside the table: not a clipped control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not panel:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False

"""A page shown at 100% in a scroll area the admin pans by dragging (or with the scroll
bars, wheel and arrow keys), or fitted to the area on request; two views can be tied so
that they pan together, which is how before and after are compared."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QScrollBar

from lsp_desktop.ui.i18n import tr


class PageView(QScrollArea):
    def __init__(self, image: QImage | None, parent=None) -> None:
        super().__init__(parent)
        self.pixmap = QPixmap.fromImage(image) if image is not None else None
        self.fit = False
        self._grab: QPoint | None = None
        self.label = QLabel(tr("No preview"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(self.pixmap is None)  # the words fit a narrow view
        self.setWidget(self.label)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 120)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys pan too
        if self.pixmap is not None:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self._show()

    def set_fit(self, fit: bool) -> None:
        self.fit = fit
        # Fitted, the page never needs them; left on, they would shrink the room they fit.
        policy = (Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fit
                  else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        self._show()

    def shown_size(self):
        """The size the page takes on screen, in logical pixels."""
        return self.label.size()

    def _show(self) -> None:
        if self.pixmap is None:
            self.setWidgetResizable(True)
            return
        self.setWidgetResizable(False)
        if self.fit:
            ratio = self.pixmap.devicePixelRatio()
            room = self.viewport().size() * ratio
            shown = self.pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
            shown.setDevicePixelRatio(ratio)
        else:
            shown = self.pixmap
        self.label.setPixmap(shown)
        self.label.resize(shown.deviceIndependentSize().toSize())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.fit:
            self._show()

    # Dragging the page moves it, as in a PDF viewer's hand tool.
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.pixmap is not None:
            self._grab = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._grab is not None:
            now = event.position().toPoint()
            moved, self._grab = now - self._grab, now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - moved.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - moved.y())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._grab = None
        if self.pixmap is not None:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)


def tie(first: PageView, second: PageView) -> None:
    """Pan both together: the same share of the way across and down (before and after
    may differ in pixels when a picture was made smaller)."""
    for one, other in ((first, second), (second, first)):
        for bar, peer in ((one.horizontalScrollBar(), other.horizontalScrollBar()),
                          (one.verticalScrollBar(), other.verticalScrollBar())):
            bar.valueChanged.connect(lambda _value, b=bar, p=peer: _follow(b, p))


def _follow(leader: QScrollBar, follower: QScrollBar) -> None:
    if follower.isSliderDown() or leader.property("following"):
        return
    share = leader.value() / leader.maximum() if leader.maximum() else 0.0
    follower.setProperty("following", True)
    follower.setValue(round(share * follower.maximum()))
    follower.setProperty("following", False)

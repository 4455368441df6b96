"""A message about the window as a whole (a recent workspace that is gone, say) that stays
in view above the list until the admin closes it: unlike the status bar, the next notice
does not replace it, and unlike a message box, it does not stop the work."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.icons import SYMBOLS, state_color
from lsp_desktop.ui.qt_values import ALIGN_TOP, PLAIN_TEXT, SELECTABLE_BY_MOUSE


def wrapping() -> QLabel:
    """As ``widgets.text.wrapping``, made here: the bar is built with every window, before
    the first paint, and that module's QLabel subclasses cost the start some 2 ms to make;
    the panels import it once the checklist is on screen."""
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
    return label


class NoticeBar(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = wrapping()
        self.text.setProperty("textFormat", PLAIN_TEXT)
        self.symbol = wrapping()
        self.close_button = QPushButton(tr("Close this message"))
        self.close_button.clicked.connect(self.hide)
        # At the top of a message of several lines: the symbol's text is set at the top of
        # the whole height, the button kept at the top by a stretch below it (an alignment
        # given to the layout names one of Qt's enums, and the bar is built before the
        # first paint: qt_values.py).
        self.symbol.setProperty("alignment", ALIGN_TOP)
        self.symbol.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        button_column = QVBoxLayout()
        button_column.addWidget(self.close_button)
        button_column.addStretch(1)
        row.addWidget(self.symbol)
        row.addWidget(self.text, 1)
        row.addLayout(button_column)
        self.message: tuple[str | Said, str] | None = None  # what it says, and its level
        self.hide()

    def show_message(self, text: str | Said, level: str = "warning") -> None:
        """``Said`` words are said again in the new language when the window is rebuilt
        for a language switch (see :meth:`carry_to`)."""
        self.message = (text, level)
        self.symbol.setText(f"<b style='color:{state_color(level).name()}'>"
                            f"{SYMBOLS.get(level, '!')}</b>")
        self.text.setText(str(text))
        self.text.setAccessibleName(str(text))
        self.show()

    def carry_to(self, other: NoticeBar) -> None:
        """Show the same message (if still open, and said in words that follow the
        language) in another window's bar."""
        if self.message is not None and not self.isHidden() and \
                isinstance(self.message[0], Said):
            other.show_message(*self.message)

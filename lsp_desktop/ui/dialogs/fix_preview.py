"""Before and after a fix, side by side: sizes, resolution, and the first page of each at
100% (as large as a PDF viewer shows it at 100%), panned together, or fitted on request.

Window-modal (shown with ``open()``): nothing is replaced until Accept is pressed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from lsp_desktop.messages import format_size
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.widgets.page_view import PageView, tie

# Room left around the dialog on the screen (taskbar, title bar).
SCREEN_MARGIN = 48


def facts_html(title: str, facts, lang: str) -> str:
    """The caption over one side: what the admin compares (size, sharpness, pages)."""
    lines = [f"<b>{escape(title)}</b>", escape(format_size(facts.size, lang))]
    if facts.files > 1:  # the inputs of a combine: their pages together, the first shown
        lines.insert(1, escape(tr("{n} files together; the first is shown").format(
            n=facts.files)))
    if facts.lowest_dpi:
        lines.append(escape(tr("lowest resolution {dpi} dpi").format(
            dpi=f"{facts.lowest_dpi:.0f}")))
    if facts.pixels:
        lines.append(f"{facts.pixels[0]} × {facts.pixels[1]} px")
    if facts.pages:
        lines.append(escape((tr("1 page") if facts.pages == 1 else tr("{n} pages")).format(
            n=facts.pages)))
    return lines[0] + "<br/>" + " · ".join(lines[1:])


class FixPreviewDialog(QDialog):
    def __init__(self, result, before: tuple, after: tuple, lang: str = "id",
                 parent=None, page: int = 0) -> None:
        """``before`` and ``after`` are each (QImage or None, FileFacts) of page ``page``
        (0-based; the first unless a fix turned only later pages)."""
        super().__init__(parent)
        self.page = page
        self.setWindowTitle(tr("Check the fixed file"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        verdict = (tr("The fixed file meets the size rule.") if result.fits else
                   tr("The fixed file is still too large."))
        self.verdict = QLabel(verdict)
        self.verdict.setWordWrap(True)
        top.addWidget(self.verdict, 1)
        self.fit_button = QPushButton(tr("Fit to window"))
        self.fit_button.setCheckable(True)
        self.fit_button.toggled.connect(self.set_fit)
        top.addWidget(self.fit_button)
        layout.addLayout(top)
        self.scale_note = QLabel(self._note(fit=False))
        self.scale_note.setWordWrap(True)
        self.scale_note.setStyleSheet("color: gray")
        layout.addWidget(self.scale_note)
        grid = QGridLayout()
        self.views: list[PageView] = []
        self.captions: list[QLabel] = []
        for column, (title, (image, facts)) in enumerate(((tr("Before"), before),
                                                          (tr("After"), after))):
            caption = QLabel(facts_html(title, facts, lang))
            caption.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(caption, 0, column)
            self.captions.append(caption)
            view = PageView(image)
            view.setAccessibleName(tr("{side}: page {n}").format(side=title, n=page + 1))
            grid.addWidget(view, 1, column)
            self.views.append(view)
        grid.setRowStretch(1, 1)
        layout.addLayout(grid, 1)
        tie(*self.views)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(tr("Use the fixed file"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(tr("Discard"),
                                                     QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.accept_button.setDefault(True)
        self._fit_to_screen()

    def set_fit(self, fit: bool) -> None:
        self.scale_note.setText(self._note(fit))
        for view in self.views:
            view.set_fit(fit)

    def _note(self, fit: bool) -> str:
        if self.page:
            return (tr("The whole of page {n}, made smaller to fit.") if fit else
                    tr("Page {n} at 100%, its actual size. Drag it to move around.")
                    ).format(n=self.page + 1)
        return (tr("The whole first page, made smaller to fit.") if fit else
                tr("The first page at 100%, its actual size. Drag it to move around."))

    def _fit_to_screen(self) -> None:
        """As large as both pages at 100% need, but never past the screen (1024×600)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        wanted = [v.shown_size() for v in self.views]
        width = sum(s.width() for s in wanted) + 80
        height = max(s.height() for s in wanted) + 160
        self.resize(max(480, min(width, screen.width() - SCREEN_MARGIN)),
                    max(360, min(height, screen.height() - SCREEN_MARGIN)))

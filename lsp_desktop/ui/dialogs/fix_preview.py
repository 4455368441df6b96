"""Before and after a fix, side by side: sizes, resolution, and the first page of each.

Non-modal (shown with ``open()``): the admin can still look at the window, and nothing is
replaced until Accept is pressed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
)

from lsp_desktop.messages import format_size
from lsp_desktop.ui.i18n import tr


class FixPreviewDialog(QDialog):
    def __init__(self, result, before_image, after_image, lang: str = "id", parent=None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Check the fixed file"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        columns = ((tr("Before"), result.before_bytes, before_image, None),
                   (tr("After"), result.after_bytes, after_image, result))
        for column, (title, size, image, shown) in enumerate(columns):
            lines = [f"<b>{escape(title)}</b>", escape(format_size(size, lang))]
            if shown is not None:
                if shown.min_dpi_after:
                    lines.append(escape(tr("lowest resolution {dpi} dpi").format(
                        dpi=f"{shown.min_dpi_after:.0f}")))
                elif shown.pixels:
                    lines.append(f"{shown.pixels[0]} × {shown.pixels[1]} px")
                lines.append(escape(tr("{n} pages").format(n=shown.pages)))
            caption = QLabel("<br/>".join(lines))
            caption.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(caption, 0, column)
            grid.addWidget(self._picture(image), 1, column)
        layout.addLayout(grid)
        verdict = (tr("The fixed file meets the size rule.") if result.fits else
                   tr("The fixed file is still too large."))
        layout.addWidget(QLabel(verdict))
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(tr("Use the fixed file"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(tr("Discard"),
                                                     QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.accept_button.setDefault(True)

    @staticmethod
    def _picture(image) -> QScrollArea:
        label = QLabel(tr("No preview"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image is not None:
            label.setPixmap(QPixmap.fromImage(image))
        area = QScrollArea()
        area.setWidget(label)
        area.setWidgetResizable(True)
        area.setMinimumSize(300, 320)
        return area

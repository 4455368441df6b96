"""Tentang LSP Desktop: the icon, the version, where the data is kept, the catalogue in use.

Shown non-modally (``show``) so the window stays usable and tests never block on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lsp_desktop import __version__
from lsp_desktop.base.paths import app_home, chosen_home, portable_home, settings_file
from lsp_desktop.ui.app_icon import app_icon
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.widgets.header import escape


def data_places(workspace: Path, settings_location: str) -> list[tuple[str, str]]:
    """(label, place) rows saying where this copy keeps what the admin typed and attached."""
    rows = [(tr("Data folder"), str(app_home())), (tr("Workspace"), str(workspace)),
            (tr("Settings"), settings_location)]
    if portable_home() is not None and chosen_home() == portable_home():
        rows.append((tr("Mode"), tr("Portable: everything stays in this folder")))
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget, workspace: Path, circular_number: str,
                 circular_title: str, settings_location: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About LSP Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.version_label = QLabel(f"<b>LSP Desktop</b> {__version__}")
        intro = QLabel(tr("Prepare, offline, what the BNSP circular asks of an LSP, check every "
                          "file, and export one bundle to hand off. Your data stays on this "
                          "laptop."))
        intro.setWordWrap(True)
        catalogue = QLabel(tr("Catalogue in use: {number} — {title}").format(
            number=circular_number, title=circular_title))
        catalogue.setTextFormat(Qt.TextFormat.PlainText)  # an added circular's own words
        catalogue.setWordWrap(True)
        places = QLabel("<br>".join(f"<b>{escape(label)}:</b> {escape(place)}"
                                    for label, place in data_places(workspace, settings_location)))
        places.setTextFormat(Qt.TextFormat.RichText)
        places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        places.setWordWrap(True)
        self.text = "\n".join(w.text() for w in (self.version_label, intro, catalogue, places))
        column = QVBoxLayout()
        for widget in (self.version_label, intro, catalogue, places):
            column.addWidget(widget)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        column.addWidget(buttons)
        row = QHBoxLayout(self)
        row.addWidget(icon)
        row.addLayout(column, 1)
        self.setMinimumWidth(460)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Qt does not grow a window to the height its wrapped lines need at its width:
        # asked here, so that longer words (another language) are not cut at the bottom.
        self.setMinimumHeight(max(self.minimumHeight(), self.heightForWidth(self.width())))
        super().showEvent(event)


def settings_place(store) -> str:
    """Where a QSettings lives, in words: the INI path, or the platform's usual place."""
    path = settings_file()
    return str(path) if path is not None else store.fileName()

"""The first-run welcome, shown once in place of the item panel and again from Bantuan.

A panel, not a modal dialog: the admin can look at the checklist while reading it, and
nothing blocks the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from lsp_desktop.ui.app_icon import app_icon
from lsp_desktop.ui.i18n import tr

SEEN_KEY = "welcome/seen"


class WelcomePanel(QWidget):
    profileRequested = Signal()

    def __init__(self, data_folder: Path, portable: bool) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<h2>{tr('Welcome to LSP Desktop')}</h2>")
        paragraphs = [
            tr("This app helps you prepare everything the BNSP circular asks of your LSP: "
               "attach each document, see at once whether it meets the rules, fix what does "
               "not, and export one bundle that carries everything the BNSP form needs, to be "
               "entered file by file and field by field. The bundle itself is not uploaded."),
            tr("Your work is kept in this folder: {folder}").format(folder=data_folder),
            tr("Nothing leaves this laptop: the app works offline and sends nothing "
               "anywhere. You decide when to hand the bundle over."),
            tr("Start with the LSP profile: its name and licence number appear in the "
               "bundle."),
        ]
        if portable:
            paragraphs.insert(2, tr("This copy is portable: settings and work stay beside "
                                    "the program, for example on a USB stick."))
        self.text = "\n".join([tr("Welcome to LSP Desktop"), *paragraphs])
        layout.addWidget(icon)
        layout.addWidget(title)
        for paragraph in paragraphs:
            label = QLabel(paragraph)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.profile_button = QPushButton(tr("Fill in the LSP profile"))
        self.profile_button.setDefault(True)
        self.profile_button.clicked.connect(self.profileRequested)
        layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

"""The top of the window: whose LSP this is, which circular, how far along, and, once
every item that applies is ready, a banner that says so and points to the next step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from lsp_desktop.base.openable import openable_link
from lsp_desktop.circulars.catalog import Circular
from lsp_desktop.messages import (
    SEVERITY_LABELS,
    label,
    progress_text,
    registration_text,
    window_text,
)
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.icons import SYMBOLS, state_color, state_icon
from lsp_desktop.ui.qt_values import (
    ALIGN_TOP,
    PLAIN_TEXT,
    RICH_TEXT,
    SELECTABLE_BY_MOUSE,
    TEXT_BROWSER_INTERACTION,
)
from lsp_desktop.ui.tooltips import plain_tip

SPACING = 8


def escape(text: str) -> str:
    """Text shown as itself in rich text, as html.escape does: that module loads every
    HTML entity name, at the start's expense."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


class ReadyBanner(QFrame):
    """Shown when every applicable item is ready: says so, offers the export, and names
    the step after it (registering for the training), with the link on one line."""

    exportRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("readyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        palette.setColor(QPalette.ColorRole.Window, "#1b3a1f" if dark else "#e8f5e9")
        if dark:  # the default link blue is unreadable on dark green
            palette.setColor(QPalette.ColorRole.Link, "#9ecbff")
        self.setPalette(palette)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        row.setSpacing(SPACING)
        # Its picture is drawn when the banner is first shown (``show_ready``): hidden at
        # the start, it need not cost the start a drawing.
        self.icon = icon = QLabel()
        icon.setAccessibleName(tr("ready"))
        icon.setProperty("alignment", ALIGN_TOP)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setProperty("textFormat", RICH_TEXT)  # what it holds is escaped
        self.text.setOpenExternalLinks(True)
        self.text.setProperty("textInteractionFlags", TEXT_BROWSER_INTERACTION)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.export_button = QPushButton(tr("Export bundle…"))
        self.export_button.setObjectName("bannerExport")
        self.export_button.clicked.connect(self.exportRequested)
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.export_button)  # centred in the row's height: a layout's default

    def show_ready(self, circular: Circular, today: dt.date, lang: str) -> None:
        if self.icon.pixmap().isNull():
            self.icon.setPixmap(state_icon("ok").pixmap(24, 24))
        link = circular.training_link
        # nowrap: a link broken across two lines is read as two links, or copied half.
        color = self.palette().color(QPalette.ColorRole.Link).name()
        anchor = (f'<a href="{escape(link)}" style="white-space:nowrap; color:{color}">'
                  f'{escape(link)}</a>') if openable_link(link) else escape(link)
        text = "<b>" + escape(tr("Every item that applies is ready.")) + "</b> "
        if today > circular.window_end:
            # The circular's time is over: no instruction to register here; the warning
            # above the banner says what that means (not green: it is not good news).
            text += escape(tr("Next step: export the bundle and enter what it holds in the "
                                   "BNSP form, file by file and field by field, as its upload "
                                   "guide shows; the bundle itself is not uploaded."))
        else:
            text += escape(tr("Next step: export the bundle and enter what it holds in the "
                                   "BNSP form, file by file and field by field, as its upload "
                                   "guide shows; the bundle itself is not uploaded. Then "
                                   "register for the training at {link}.")).replace("{link}",
                                                                                    anchor)
        self.text.setText(text)


class Header(QWidget):
    exportRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(SPACING // 2, SPACING, SPACING // 2, 0)
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(SPACING // 2)
        # Every text of the header is set by property (qt_values.py: the header is built
        # before the first paint). The LSP's name and the circular's number come from the
        # workspace or a circular file, perhaps a colleague's: shown as text, never read as
        # markup (an <img> in a name loaded a file, or on Windows reached a share).
        self.lsp_name = QLabel()
        self.lsp_name.setProperty("textFormat", PLAIN_TEXT)
        font = self.lsp_name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.lsp_name.setFont(font)
        self.lsp_name.setWordWrap(True)
        self.circular_label = QLabel()
        self.circular_label.setProperty("textFormat", PLAIN_TEXT)
        self.circular_label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        self.window_label = QLabel()
        self.window_label.setProperty("textFormat", PLAIN_TEXT)  # a circular's link: no markup
        self.window_label.setWordWrap(True)
        # The count beside the bar, not on it: text over the bar's edge is half unreadable.
        self.progress_text = QLabel()
        bold = self.progress_text.font()
        bold.setBold(True)
        self.progress_text.setFont(bold)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(tr("Progress"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedWidth(200)
        self.progress_bar.setMaximumHeight(12)
        # The window places the banner below the checklist: shown above it, it pushed
        # every row down by its height under the admin's pointer (issue 21).
        self.banner = ReadyBanner()
        self.banner.exportRequested.connect(self.exportRequested)
        self.banner.hide()
        facts = QHBoxLayout()
        facts.setSpacing(SPACING * 2)
        facts.addWidget(self.circular_label)
        facts.addWidget(self.window_label, 1)
        grid.addWidget(self.lsp_name, 0, 0)
        progress = QHBoxLayout()
        progress.setSpacing(SPACING)
        progress.addWidget(self.progress_text)
        progress.addWidget(self.progress_bar)  # centred in the row's height: the default
        grid.addLayout(progress, 0, 1)
        grid.addLayout(facts, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def show_state(self, lsp_name: str, circular: Circular, ready: int, total: int,
                   today: dt.date, lang: str, checking: bool = False) -> None:
        """``checking``: the items' states have not arrived yet (a workspace opening)."""
        self.lsp_name.setText(lsp_name or tr("(LSP name not filled in yet)"))
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(ready)
        words = tr("checking…") if checking else progress_text(ready, total, lang)
        self.progress_bar.setFormat(words)
        self.progress_text.setText(words)
        self.progress_bar.setAccessibleDescription(words)
        self.circular_label.setText(tr("Circular {number}").format(number=circular.number))
        self.circular_label.setToolTip(plain_tip(circular.title(lang)))  # which one, when several
        done = not checking and total > 0 and ready >= total
        lines = [window_text(circular.window_start, circular.window_end, today, lang),
                 registration_text(circular.window_end, today, circular.training_link, False,
                                   lang)]
        if today > circular.window_end:  # the time is over: a warning, in warning colour
            self.window_label.setProperty("textFormat", RICH_TEXT)  # what it holds is escaped
            self.window_label.setOpenExternalLinks(True)
            color = state_color("warning", self.palette()).name()
            body = "<br>".join(escape(line) for line in lines if line)
            link = escape(circular.training_link)
            if link and openable_link(circular.training_link):  # whole, never broken in two
                body = body.replace(link, f'<a href="{link}" style="white-space:nowrap">'
                                          f'{link}</a>')
            self.window_label.setText(
                f"<span style='color:{color}'><b>{SYMBOLS['warning']} "
                f"{label(SEVERITY_LABELS, 'warning', lang).capitalize()}:</b></span> " + body)
        else:
            self.window_label.setProperty("textFormat", PLAIN_TEXT)
            self.window_label.setText("\n".join(filter(None, lines)))
        if done:
            self.banner.show_ready(circular, today, lang)
        self.banner.setVisible(done)


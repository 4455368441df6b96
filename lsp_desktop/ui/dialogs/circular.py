"""Which circular a workspace follows: chosen when it is created (when more than one is
known), and switched later with a report of what carries over, shown before confirming."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.messages import format_date
from lsp_desktop.ui.dialogs.prompts import accept_button, accept_cancel
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.road.reading import CarryOver, carry_over
from lsp_desktop.ui.widgets.text import wrapping

CATALOG_ROLE = Qt.ItemDataRole.UserRole + 1


def circular_line(catalog: Catalog, added: bool, lang: str) -> str:
    """One circular as the admin tells them apart: number, title, its time to complete the
    requirements."""
    circular = catalog.circular
    origin = tr("added from a file") if added else tr("built in")
    return tr("{number} — {title}\nRequirements completed {start} – {end} ({origin})").format(
        number=circular.number, title=circular.title(lang),
        start=format_date(circular.window_start, lang),
        end=format_date(circular.window_end, lang), origin=origin)


def _circular_list(catalogs: list[tuple[Catalog, bool]], chosen_id: str, lang: str,
                   current_id: str | None = None) -> QListWidget:
    listing = QListWidget()
    listing.setAccessibleName(tr("Circulars"))
    listing.setWordWrap(True)
    listing.setSpacing(3)  # two-line entries read as one block each
    for catalog, added in catalogs:
        text = circular_line(catalog, added, lang)
        if catalog.id == current_id:
            text += "\n" + tr("(followed now)")
        item = QListWidgetItem(text)
        item.setData(CATALOG_ROLE, catalog)
        listing.addItem(item)
        if catalog.id == chosen_id:
            listing.setCurrentItem(item)
    return listing


def _buttons(dialog: QDialog, ok: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = accept_cancel(dialog, ok, tr("Cancel"))
    return buttons, accept_button(buttons)


class CircularChooser(QDialog):
    """Asked once, when a new workspace is made and more than one circular is known."""

    def __init__(self, catalogs: list[tuple[Catalog, bool]], preselected: str, lang: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Which circular does this workspace follow?"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(tr(
            "More than one BNSP circular is known. Choose the one this LSP is preparing its "
            "documents for: the checklist follows its items and rules. You can change it "
            "later with File > Change circular…")))
        self.listing = _circular_list(catalogs, preselected, lang)
        layout.addWidget(self.listing, 1)
        buttons, self.ok_button = _buttons(self, tr("Use this circular"))
        layout.addWidget(buttons)
        self.resize(560, 320)

    def chosen(self) -> Catalog | None:
        item = self.listing.currentItem()
        return item.data(CATALOG_ROLE) if item is not None else None


class SwitchCircularDialog(QDialog):
    """Pick another circular; what carries over is shown before anything changes."""

    def __init__(self, current: Catalog, catalogs: list[tuple[Catalog, bool]],
                 preselected: str, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.current, self.lang = current, lang
        self.setWindowTitle(tr("Change circular"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(tr(
            "The workspace follows {number}. Choose the circular it should follow; below is "
            "what happens to what you have entered. Nothing is deleted: files and entries "
            "an item no longer asks for stay in the workspace.").format(
                number=current.circular.number)))
        self.listing = _circular_list(catalogs, preselected, lang, current.id)
        self.listing.setMaximumHeight(150)
        layout.addWidget(self.listing)
        self.report_label = QLabel()
        self.report_label.setObjectName("carryOverReport")
        self.report_label.setWordWrap(True)
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        self.report_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        # A switch to a circular with other items lists every item twice: it scrolls.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.report_label)
        layout.addWidget(scroller, 1)
        buttons, self.ok_button = _buttons(self, tr("Change to this circular"))
        layout.addWidget(buttons)
        self.listing.currentItemChanged.connect(lambda *_: self._show_report())
        self._show_report()
        self.resize(620, 520)

    def chosen(self) -> Catalog | None:
        item = self.listing.currentItem()
        return item.data(CATALOG_ROLE) if item is not None else None

    def report(self) -> CarryOver | None:
        chosen = self.chosen()
        if chosen is None or chosen.id == self.current.id:
            return None
        return carry_over(self.current, chosen, self.lang)

    def _show_report(self) -> None:
        report = self.report()
        self.ok_button.setEnabled(report is not None)
        if report is None:
            self.report_label.setText(html.escape(tr(
                "This is the circular the workspace follows now. Choose another one.")))
            return
        self.report_label.setText(report_html(report))


def report_html(report: CarryOver) -> str:
    """The carry-over report, a heading and a list per kind, empty kinds left out."""
    parts = []
    for heading, items in (
            (tr("Carries over (the entries and files stay):"), report.kept),
            (tr("Carries over, checked again by the new rule:"), report.rechecked),
            (tr("No longer asked (kept in the workspace, not put in the bundle):"),
             report.dropped),
            (tr("New (to fill in):"), report.new)):
        if items:
            rows = "".join(f"<li>{html.escape(item)}</li>" for item in items)
            parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>{rows}</ul>")
    return "".join(parts)

"""What became of every file of a drop of several files (or a folder): attached, not
attached and why, skipped because the item already holds a file (with "Replace" for each,
or one "Replace with one PDF of these photos" for photos of one document), the very file
an item holds dropped again (nothing to do), and left out. Shown when the last file has
been checked, so nothing is skipped silently. Opened with ``open()``: modal to the window
only, without a nested event loop."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.messages import STATE_LABELS, label, render
from lsp_desktop.ui.batch import Batch, Skipped
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.icons import SYMBOLS, state_color
from lsp_desktop.ui.widgets.drop_zone import MAX_FILES
from lsp_desktop.ui.widgets.text import heading, wrapping

# Fits a 1024×600 screen with the title bar and the taskbar.
MAX_SIZE = (720, 520)


class BatchSummaryDialog(QDialog):
    replaceRequested = Signal(str, object)  # requirement id, Path of the new file
    combineRequested = Signal(str, list)  # requirement id, the photos' Paths

    def __init__(self, batch: Batch, catalog: Catalog, lang: str, parent=None,
                 replaced=()) -> None:
        super().__init__(parent)
        self.batch, self.catalog, self.lang = batch, catalog, lang
        self.setWindowTitle(tr("What became of the dropped files"))
        self.replace_buttons: dict[Path, QPushButton] = {}
        # Kept when shown again in another language: each path put in place, with the
        # photos the one PDF was made of when they were combined (none for a plain Replace).
        self.replaced: dict[Path, tuple[Path, ...]] = (
            dict(replaced) if isinstance(replaced, dict) else dict.fromkeys(replaced, ()))
        self._combine_labels: dict[Path, tuple[QLabel, str]] = {}  # label, item words
        body = QWidget()
        self.rows = QVBoxLayout(body)
        self.rows.addWidget(heading(self._headline(), 1.15))
        self._attached_part()
        self._refused_part()
        self._skipped_part()
        self._already_part()
        self._left_out_part()
        self._not_placed_part()
        self.rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(tr("Close"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        width, most_height = MAX_SIZE
        needed = body.heightForWidth(width - 40)
        self.resize(width, min(most_height, (needed if needed > 0 else most_height) + 90))

    def _headline(self) -> str:
        b = self.batch
        parts = [tr("{n} attached").format(n=len(b.attached))]
        if b.refused or b.too_many:
            parts.append(tr("{n} not attached").format(n=len(b.refused) + b.too_many))
        if b.skipped:
            parts.append(tr("{n} skipped: the item already has a file").format(
                n=len(b.skipped)))
        if b.already:
            parts.append(tr("{n} already attached").format(n=len(b.already)))
        if b.left_out:
            parts.append(tr("{n} left out by you").format(n=len(b.left_out)))
        if b.not_placed:
            parts.append(tr("{n} not placed").format(n=len(b.not_placed)))
        return tr("{total} files:").format(total=b.count) + " " + ", ".join(parts)

    def _item(self, requirement_id: str, name: str = "") -> str:
        """The item a file went to; for an assessor's document, also whose and which."""
        requirement = self.catalog.requirement(requirement_id)
        slot = self.batch.slots.get(name, "")  # the item's long title would say it twice
        return f"{requirement.point} {slot or requirement.title(self.lang)}"

    def _section(self, title: str, state: str) -> None:
        label_widget = wrapping(f"<b style='color:{state_color(state).name()}'>"
                                f"{SYMBOLS.get(state, '•')}</b> <b>{escape(title)}</b>")
        label_widget.setTextFormat(Qt.TextFormat.RichText)
        self.rows.addSpacing(6)
        self.rows.addWidget(label_widget)

    def _line(self, html: str) -> None:
        line = wrapping(html)
        line.setTextFormat(Qt.TextFormat.RichText)
        line.setContentsMargins(18, 0, 0, 0)
        self.rows.addWidget(line)

    def _attached_part(self) -> None:
        if not self.batch.attached:
            return
        self._section(tr("Attached ({n})").format(n=len(self.batch.attached)), "ok")
        for item in self.batch.attached:
            state = label(STATE_LABELS, item.verdict, self.lang)
            self._line(f"<b>{escape(item.name)}</b> → "
                       f"{escape(self._item(item.requirement_id, item.name))}"
                       f" · <span style='color:{state_color(item.verdict).name()}'>"
                       f"{escape(state)}</span>")
        if any(item.verdict != "ok" for item in self.batch.attached):
            self._line(escape(tr("Open an item that is not ready to see what to fix.")))

    def _refused_part(self) -> None:
        b = self.batch
        if not (b.refused or b.too_many):
            return
        self._section(tr("Not attached ({n})").format(n=len(b.refused) + b.too_many), "error")
        for requirement_id, refusal in b.refused:
            self._line(f"<b>{escape(refusal.name)}</b> → "
                       f"{escape(self._item(requirement_id, refusal.name))}"
                       f"<br/>{escape(str(refusal.message))}")
        if b.too_many:
            self._line(escape(tr(
                "{n} more files were not looked at: at most {max} files are taken in one go. "
                "Drop the rest in a second go.").format(n=b.too_many, max=MAX_FILES)))

    def _skipped_part(self) -> None:
        if not self.batch.skipped:
            return
        self._section(tr("Skipped: the item already has a file ({n})").format(
            n=len(self.batch.skipped)), "warning")
        grid = QGridLayout()
        grid.setContentsMargins(18, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        photos: dict[str, list[Skipped]] = {}
        for skipped in self.batch.skipped:
            if skipped.together:
                photos.setdefault(skipped.requirement_id, []).append(skipped)
            else:
                self._replace_row(grid, skipped)
        for group in photos.values():
            if len(group) > 1:
                self._combine_row(grid, group)
            else:
                self._replace_row(grid, group[0])
        self.rows.addLayout(grid)

    def _replace_row(self, grid: QGridLayout, skipped: Skipped) -> None:
        text = wrapping(f"<b>{escape(skipped.shown or skipped.path.name)}</b> → "
                        f"{escape(self._item(skipped.requirement_id))}<br/>" + escape(tr(
                            "This item takes one file and holds {current}. Replace it "
                            "with this one?").format(current=skipped.current)))
        button = QPushButton(tr("Replace"))
        button.setAccessibleName(tr("Replace {old} with {new}").format(
            old=skipped.current, new=skipped.shown or skipped.path.name))
        button.clicked.connect(lambda _=False, s=skipped: self._replace(s))
        self._add_row(grid, text, button, [skipped.path])

    def _combine_row(self, grid: QGridLayout, group: list[Skipped]) -> None:
        """Photos of one document (an NPWP's pages) for an item that asks for a PDF: one
        PDF of them all replaces its file, in the order set in the combine dialog."""
        first = group[0]
        names = ", ".join(s.shown or s.path.name for s in group)
        text = wrapping(f"<b>{escape(names)}</b> → {escape(self._item(first.requirement_id))}"
                        "<br/>" + escape(tr(
                            "This item takes one PDF and holds {current}. Replace it with "
                            "one PDF of these {n} photos?").format(current=first.current,
                                                                  n=len(group))))
        button = QPushButton(tr("Replace with one PDF…"))
        button.setAccessibleName(tr("Replace {old} with one PDF of {n} photos").format(
            old=first.current, n=len(group)))
        paths = [s.path for s in group]
        button.clicked.connect(lambda _=False: self.combineRequested.emit(
            first.requirement_id, paths))
        for path in paths:
            self._combine_labels[path] = (text, self._item(first.requirement_id))
        self._add_row(grid, text, button, paths)

    def _add_row(self, grid: QGridLayout, text, button: QPushButton,
                 paths: list[Path]) -> None:
        text.setTextFormat(Qt.TextFormat.RichText)
        row = grid.rowCount()
        for path in paths:
            self.replace_buttons[path] = button
        if any(path in self.replaced for path in paths):
            self.mark_replaced(paths, self.replaced[paths[0]])
        grid.addWidget(text, row, 0)
        grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)

    def _replace(self, skipped: Skipped) -> None:
        self.mark_replaced([skipped.path])
        self.replaceRequested.emit(skipped.requirement_id, skipped.path)

    def mark_replaced(self, paths: list[Path], used: tuple[Path, ...] | list[Path] = ()) -> None:
        """Replace done (or set going): the button says so and is not pressed twice.
        The photos' one PDF is marked by the window once the combine dialog is accepted,
        with the photos it was made of (``used``): the row then says what was done, not
        the question asked before a photo was taken out (issue F3, point 5)."""
        for path in paths:
            button = self.replace_buttons[path]
            button.setEnabled(False)
            button.setText(tr("Replaced"))
            self.replaced[path] = tuple(used)
        if used and paths[0] in self._combine_labels:
            text, item = self._combine_labels[paths[0]]
            names = ", ".join(self._shown_name(path) for path in used)
            done = (tr("Replaced with one PDF of {n} photo.") if len(used) == 1 else
                    tr("Replaced with one PDF of {n} photos.")).format(n=len(used))
            text.setText(f"<b>{escape(names)}</b> → {escape(item)}<br/>{escape(done)}")

    def _shown_name(self, path: Path) -> str:
        shown = next((s.shown for s in self.batch.skipped if s.path == path), "")
        return shown or path.name

    def _already_part(self) -> None:
        if not self.batch.already:
            return
        self._section(tr("Already attached ({n})").format(n=len(self.batch.already)), "ok")
        for same in self.batch.already:
            self._line(f"<b>{escape(same.shown or same.path.name)}</b> → "
                       f"{escape(self._item(same.requirement_id))}<br/>" + escape(tr(
                           "This very file is already attached as {current}: nothing to "
                           "do.").format(current=same.current)))

    def _left_out_part(self) -> None:
        if not self.batch.left_out:
            return
        self._section(tr("Left out by you ({n})").format(n=len(self.batch.left_out)), "info")
        self._line(escape(", ".join(self.batch.left_out)) + "<br/>" + escape(tr(
            "You left these on \"— do not attach —\". Drop them again to attach them.")))

    def _not_placed_part(self) -> None:
        """The assessors' folder: what fits no assessor or no slot, with the reason."""
        if not self.batch.not_placed:
            return
        self._section(tr("Not placed (nothing is guessed): put them in by hand") +
                      f" ({len(self.batch.not_placed)})", "warning")
        for name, code in self.batch.not_placed:
            self._line(f"<b>{escape(name)}</b> — {escape(render(code, {}, self.lang))}")

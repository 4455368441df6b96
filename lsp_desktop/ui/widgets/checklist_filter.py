"""The search box over the checklist (issue 21, point 7): typing keeps the items in whose
number, title or description (in the window's language) each word typed is found, each
word on its own ("2.1", "rekening bank" finds "Buku Rekening LSP"); a group with no item
left hides its header. Ctrl+F comes here, Esc clears, Enter or Down goes to the list.
When the selected item is filtered out, the first one left is selected, so that the list
and the panel agree."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from lsp_desktop.base.errors import LspError
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.qt_values import PLAIN_TEXT, SCROLL_BAR_ALWAYS_ON
from lsp_desktop.ui.widgets.checklist import REQUIREMENT_ROLE, ChecklistView, is_item


class ChecklistFilter(QLineEdit):
    def __init__(self, view: ChecklistView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setPlaceholderText(tr("Search: item number or name (Ctrl+F)"))
        self.setAccessibleName(tr("Search the checklist"))
        self.setClearButtonEnabled(True)
        self.nothing = QLabel()  # said when no item matches: an empty list looks broken
        self.nothing.setWordWrap(True)
        self.nothing.setProperty("textFormat", PLAIN_TEXT)  # the words typed: no markup
        self.nothing.setVisible(False)
        self.textChanged.connect(self.apply)

    def apply(self) -> None:
        words = self.text().casefold().split()
        model = self.view.model()
        root = QModelIndex()
        shown = 0
        for row in range(model.rowCount(root)):
            top = model.index(row, 0, root)
            if is_item(top):  # the LSP profile, at the top, in no group
                visible = self._matches(top, words)
            else:
                children = [self._matches(model.index(r, 0, top), words)
                            for r in range(model.rowCount(top))]
                for child_row, match in enumerate(children):
                    self.view.setRowHidden(child_row, top, not match)
                visible = any(children) or not (words or children)
                shown += sum(children)
            self.view.setRowHidden(row, root, not visible)
            shown += visible and is_item(top)
        self.nothing.setText(tr("No item matches \u201c{text}\u201d.").format(
            text=self.text().strip()))
        self.nothing.setVisible(bool(words) and not shown)
        self._keep_selection_visible()

    def _keep_selection_visible(self) -> None:
        current = self.view.currentIndex()
        if current.isValid() and not self._hidden(current):
            self.view.scrollTo(current)
            return
        first = self.view.moveCursor(self.view.CursorAction.MoveHome,
                                     QtCore.Qt.KeyboardModifier.NoModifier)
        if first.isValid() and is_item(first) and not self._hidden(first):
            self.view.setCurrentIndex(first)

    def _hidden(self, index: QModelIndex) -> bool:
        index = index.siblingAtColumn(0)
        while index.isValid():
            if self.view.isRowHidden(index.row(), index.parent()):
                return True
            index = index.parent()
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key, keys = event.key(), QtCore.Qt.Key
        if key == keys.Key_Escape and self.text():
            self.clear()
            return
        if key in (keys.Key_Escape, keys.Key_Down, keys.Key_Return, keys.Key_Enter):
            self.view.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)

    def focus(self) -> None:
        self.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()


    def _matches(self, index: QModelIndex, words: list[str]) -> bool:
        text = str(index.data() or "").casefold() + "\n" + self._description(index)
        return all(word in text for word in words)

    def _description(self, index: QModelIndex) -> str:
        """The item's description in the window's language, as its panel shows it."""
        model = self.view.model()
        catalog, lang = getattr(model, "catalog", None), getattr(model, "lang", "id")
        requirement_id = index.data(REQUIREMENT_ROLE)
        if catalog is None or not requirement_id:
            return ""
        try:
            requirement = catalog.requirement(requirement_id)
        except LspError:  # the LSP profile: no item of the circular
            return ""
        return requirement.description(lang).casefold()


def with_filter(view: ChecklistView, window: QWidget) -> QWidget:
    """The list with its search box above it, as one piece for the window's splitter;
    Ctrl+F anywhere in ``window`` goes to the box (``view.filter_box``)."""
    box = ChecklistFilter(view)
    view.filter_box = box
    # The scroll bar stays while rows are filtered away: coming and going it moved the
    # Status column some 15 px sideways under the eye (issue F3, point 7).
    view.setProperty("verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_ON)
    pane = QWidget()
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    column.addWidget(box)
    column.addWidget(box.nothing)
    column.addWidget(view, 1)
    QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window).activated.connect(box.focus)
    return pane

"""The checklist: every requirement grouped as the circular groups them, with its state.

A file dropped on a row is offered to that requirement. Titles wrap instead of being
cut short, and the Status column keeps one width whatever the states say.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QRect, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.messages import STATE_LABELS, label
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.icons import state_color, state_icon
from lsp_desktop.ui.qt_values import (
    ACCESSIBLE_DESCRIPTION_ROLE,
    ELIDE_NONE,
    FOREGROUND_ROLE,
    USER_ROLE,
)
from lsp_desktop.ui.tooltips import plain_tip
from lsp_desktop.ui.widgets.drops import accept_as_copy, local_paths

if TYPE_CHECKING:  # the states arrive from a worker, after the list's first paint
    from lsp_desktop.status.requirements import RequirementStatus

REQUIREMENT_ROLE = USER_ROLE + 1
PROFILE_ID = "__profile__"
DIM = 0.3  # how much of the highlight colour a selection keeps without the focus
DEFAULT_TEXT_MARGIN = 3  # PM_FocusFrameHMargin + 1 in the Windows and Fusion styles


class StateSource(Protocol):
    """Where the list reads each item's state (the window's controller, from status/)."""

    def status(self, requirement_id: str) -> RequirementStatus: ...
    def is_checking(self, requirement_id: str) -> bool: ...
    def profile_filled(self) -> bool: ...


class ChecklistModel(QStandardItemModel):
    """The items of a circular and their states. A widget: it knows no controller, only
    where to read states; the window tells it when they change (update_row, update_all)."""

    def __init__(self, catalog: Catalog, lang: str, source: StateSource, parent=None) -> None:
        super().__init__(parent)
        self.catalog, self.lang, self.source = catalog, lang, source
        self.rows: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        # The state icons are drawn once the list is on screen (show_state_icons): a
        # QPainter's pen or brush names Qt's enums (qt_values.py). Until then each row
        # holds a blank icon of the same size, so that no text moves when they come.
        self.state_icons = False
        self.shown_states: dict[str, str] = {}  # requirement id: the state its row shows
        self.build()

    def build(self) -> None:
        self.clear()
        self.rows.clear()
        self.shown_states.clear()
        self.setHorizontalHeaderLabels([tr("Requirement"), tr("Status")])
        lang = self.lang
        profile = QStandardItem(tr("LSP profile"))
        profile.setData(PROFILE_ID, REQUIREMENT_ROLE)
        profile_state = QStandardItem()
        profile.setEditable(False)
        profile_state.setEditable(False)
        self.appendRow([profile, profile_state])
        self.rows[PROFILE_ID] = (profile, profile_state)
        bold = QFont()
        bold.setBold(True)
        for group in self.catalog.groups:
            group_item = QStandardItem(group.title(lang))
            group_item.setFont(bold)
            group_item.setSelectable(False)
            group_item.setEditable(False)
            spacer = QStandardItem()
            spacer.setSelectable(False)
            spacer.setEditable(False)
            for requirement in self.catalog.requirements:
                if requirement.group != group.id:
                    continue
                name = QStandardItem(f"{requirement.point}  {requirement.title(lang)}")
                name.setData(requirement.id, REQUIREMENT_ROLE)
                name.setToolTip(plain_tip(requirement.description(lang)))
                name.setEditable(False)
                state = QStandardItem()
                state.setData(requirement.id, REQUIREMENT_ROLE)
                state.setEditable(False)
                group_item.appendRow([name, state])
                self.rows[requirement.id] = (name, state)
            self.appendRow([group_item, spacer])
        self.update_all()

    def checking(self, requirement_id: str, _name: str) -> None:
        self.update_row(requirement_id)

    def update_all(self) -> None:
        for requirement_id in self.rows:
            self.update_row(requirement_id)

    def update_row(self, requirement_id: str) -> None:
        if requirement_id not in self.rows:
            return
        name, state = self.rows[requirement_id]
        if requirement_id == PROFILE_ID:
            done = self.source.profile_filled()
            key = "ok" if done else "missing"
            self._set_state(requirement_id, tr("filled in") if done else tr("to fill in"), key)
            return
        if self.source.is_checking(requirement_id):
            self._set_state(requirement_id, tr("checking…"), "checking")
            return
        status = self.source.status(requirement_id)
        text = label(STATE_LABELS, status.state, self.lang)
        if status.counts and status.counts[1] and status.state != "not-required":
            text = tr("{done} of {total} people").format(done=status.counts[0],
                                                         total=status.counts[1])
        self._set_state(requirement_id, text, status.state)
        # Items that do not apply are greyed (their text still says "not required").
        muted = state_color("not-required")  # readable on a light or a dark list
        for item in (name, state):
            if status.state == "not-required":
                item.setForeground(muted)
            else:
                item.setData(None, FOREGROUND_ROLE)

    def show_state_icons(self) -> None:
        """Each row's state icon in place of its blank one (the states shown are kept: the
        workspace is not read again, and may be closed by now)."""
        self.state_icons = True
        for requirement_id, state in self.shown_states.items():
            self.rows[requirement_id][1].setIcon(state_icon(state))

    def _set_state(self, requirement_id: str, text: str, state: str) -> None:
        item = self.rows[requirement_id][1]
        self.shown_states[requirement_id] = state
        item.setText(text)
        item.setIcon(state_icon(state) if self.state_icons else _blank_icon())
        # Screen readers say the state, not "image".
        item.setAccessibleText(text)
        item.setData(text, ACCESSIBLE_DESCRIPTION_ROLE)

    def status_texts(self) -> list[str]:
        """Every text the Status column can show, to give it one fixed width."""
        lang = self.lang
        people = tr("{done} of {total} people").format(done=99, total=99)
        return [label(STATE_LABELS, key, lang) for key in STATE_LABELS] + [
            tr("filled in"), tr("to fill in"), tr("checking…"), people]

    def index_of(self, requirement_id: str) -> QModelIndex:
        item = self.rows[requirement_id][0]
        return item.index()


@cache
def _blank_icon() -> QIcon:
    """An icon with nothing in it, of whatever size the list gives its icons (the styles'
    small icon: 16 px, 20 or more in some), as the state icons are."""
    icon = QIcon()
    for side in (16, 18, 20, 22, 24, 28, 32, 40, 48, 64):
        picture = QPixmap(side, side)
        picture.fill(QColor(0, 0, 0, 0))
        icon.addPixmap(picture)
    return icon


def _dim_selection(palette: QPalette) -> None:
    highlight = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    palette.setColor(QPalette.ColorRole.Highlight, QColor(
        *(round(h * DIM + b * (1 - DIM)) for h, b in (
            (highlight.red(), base.red()), (highlight.green(), base.green()),
            (highlight.blue(), base.blue())))))
    palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))


def is_item(index: QModelIndex) -> bool:
    """A row the admin can open (an item or the profile), not a group's header."""
    return bool(index.isValid() and index.siblingAtColumn(0).data(REQUIREMENT_ROLE))


class WrappingTitles(QStyledItemDelegate):
    """Row heights for wrapped text, measured at the width the text really gets: Qt
    measures without a width, and forgets the indentation of a group's items, so the
    last words of a long title were cut off."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt's name
        view = self.parent()
        if not isinstance(view, QTreeView):
            return super().sizeHint(option, index)
        measured = QStyleOptionViewItem(option)
        depth = 0
        parent = index.parent()
        while parent.isValid() and index.column() == 0:
            depth, parent = depth + 1, parent.parent()
        width = view.header().sectionSize(index.column()) - depth * view.indentation()
        measured.rect = QRect(0, 0, max(40, width), 1)  # valid, or Qt measures one line
        return super().sizeHint(measured, index)


class ChecklistView(QTreeView):
    """Keyboard-navigable tree; a drop on a row goes to that row's requirement."""

    filesDroppedOnRow = Signal(str, list)  # requirement id, paths
    firstPainted = Signal()  # the list is on screen: what the admin waits for at start

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # Rows grow to fit a wrapped title, so every title is readable in full.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setProperty("textElideMode", ELIDE_NONE)  # no Qt enum before the first paint
        self.setItemDelegate(WrappingTitles(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setAlternatingRowColors(True)
        self.filter_box: QLineEdit | None = None  # the search box above, if the window has one
        self._painted = False
        self._text_margin: int | None = None  # the style's, once asked (status_width)

    def update_all(self) -> None:
        """Every row's state anew, with the rows measured once afterwards: a layout left
        pending makes the view skip measuring a row's wrapped title at each change of its
        text, icon or colour (some 170 measurements when the states arrive at start)."""
        self.scheduleDelayedItemsLayout()
        model = self.model()
        assert isinstance(model, ChecklistModel)
        model.update_all()

    def configure_columns(self) -> None:
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.resizeSection(1, self.status_width())
        # A wider or narrower title column rewraps the titles: the rows' heights follow.
        header.sectionResized.connect(self._title_width_changed)
        self.expand_groups()

    def expand_groups(self) -> None:
        """Every group open. Not expandAll: that lays the rows out at once, measuring each
        wrapped title at the width the list has before it is shown, only for the first
        paint to measure them all again; with a layout pending, each group is marked
        open and the rows are measured once, at their real width."""
        self.scheduleDelayedItemsLayout()
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.hasChildren(index):
                self.setExpanded(index, True)

    def status_width(self) -> int:
        metrics = self.fontMetrics()
        # "siap, ada peringatan" may take two lines: the column need not be that wide.
        model = self.model()
        assert isinstance(model, ChecklistModel)
        widest = max(metrics.horizontalAdvance(part) for text in model.status_texts()
                     for part in text.split(", "))
        # The icon's size as the view gives it (the style's small icon), and the margin
        # beside a cell's text: asked of QStyle only once the list is on screen
        # (settle_status_width), since PySide makes QStyle's eleven enums on its first
        # touch; until then the margin the Windows and Fusion styles give.
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        margin = self._text_margin if self._text_margin is not None else DEFAULT_TEXT_MARGIN
        return widest + option.decorationSize.width() + 6 * margin + 8

    def settle_status_width(self) -> None:
        """The Status column's width with the style's own text margin (once painted)."""
        from PySide6.QtWidgets import QStyle

        self._text_margin = self.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = self.status_width()
        if self.header().sectionSize(1) != width:
            self.header().resizeSection(1, width)

    def _show_state_icons(self) -> None:
        model = self.model()
        if isinstance(model, ChecklistModel):
            model.show_state_icons()

    def _title_width_changed(self, column: int, _old: int, _new: int) -> None:
        if column == 0:
            self.scheduleDelayedItemsLayout()

    # -- the keyboard: headers are passed over ---------------------------------------------

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802 - Qt's name
        """Up/Down, PageUp/PageDown, Home/End stop on items only: a group's header is
        passed over in the direction of the move (back the other way at either end)."""
        index = super().moveCursor(action, modifiers)
        moves = QAbstractItemView.CursorAction
        backwards = action in (moves.MoveUp, moves.MovePageUp, moves.MoveEnd,
                               moves.MovePrevious, moves.MoveLeft)
        found = self._item_from(index, backwards)
        if found is None:
            found = self._item_from(index, not backwards)
        return found if found is not None else self.currentIndex()

    def _item_from(self, index: QModelIndex, backwards: bool) -> QModelIndex | None:
        while index.isValid():
            if is_item(index):
                return index
            index = self.indexAbove(index) if backwards else self.indexBelow(index)
        return None

    def drawRow(self, painter, option, index) -> None:  # noqa: N802 - Qt's name
        if not self.hasFocus():
            # The selection dims while the focus is elsewhere (the panel, after F6): one
            # bright place on screen says where the keys go. Here, not in the delegate,
            # so that the row's indentation dims with it.
            option = QStyleOptionViewItem(option)
            _dim_selection(option.palette)
        super().drawRow(painter, option, index)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name (the viewport's paint)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.settle_status_width)
            QTimer.singleShot(0, self, self._show_state_icons)
            self.firstPainted.emit()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.viewport().update()  # the selection bright again

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.viewport().update()  # the selection dimmed

    def requirement_at(self, event) -> str | None:
        index = self.indexAt(event.position().toPoint())
        requirement_id = index.siblingAtColumn(0).data(REQUIREMENT_ROLE) if index.isValid() \
            else None
        return requirement_id if requirement_id and requirement_id != PROFILE_ID else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if local_paths(event.mimeData()):
            accept_as_copy(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self.requirement_at(event):
            accept_as_copy(event)
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        requirement_id = self.requirement_at(event)
        paths = local_paths(event.mimeData())
        if requirement_id and paths:
            accept_as_copy(event)
            self.filesDroppedOnRow.emit(requirement_id, paths)
        else:
            event.ignore()

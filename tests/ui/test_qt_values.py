"""The ints the first frame uses in place of Qt's enums (ui/qt_values.py) are those enums'
values, and Qt takes each by property as the enum it stands for."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel, QTreeView, QWidget

from lsp_desktop.ui import qt_values

STANDS_FOR = {
    "FOREGROUND_ROLE": Qt.ItemDataRole.ForegroundRole,
    "ACCESSIBLE_DESCRIPTION_ROLE": Qt.ItemDataRole.AccessibleDescriptionRole,
    "USER_ROLE": Qt.ItemDataRole.UserRole,
    "PLAIN_TEXT": Qt.TextFormat.PlainText,
    "RICH_TEXT": Qt.TextFormat.RichText,
    "SELECTABLE_BY_MOUSE": Qt.TextInteractionFlag.TextSelectableByMouse,
    "TEXT_BROWSER_INTERACTION": Qt.TextInteractionFlag.TextBrowserInteraction,
    "ALIGN_LEFT": Qt.AlignmentFlag.AlignLeft,
    "ALIGN_TOP": Qt.AlignmentFlag.AlignTop,
    "ALIGN_V_CENTER": Qt.AlignmentFlag.AlignVCenter,
    "ALIGN_CENTER": Qt.AlignmentFlag.AlignCenter,
    "ELIDE_NONE": Qt.TextElideMode.ElideNone,
    "SCROLL_BAR_ALWAYS_ON": Qt.ScrollBarPolicy.ScrollBarAlwaysOn,
    "WIDGET_SHORTCUT": Qt.ShortcutContext.WidgetShortcut,
}


def test_every_value_is_its_enums():
    named = {name for name in vars(qt_values) if name.isupper()}
    assert named == set(STANDS_FOR)  # a new value gets its line here
    for name, enum in STANDS_FOR.items():
        assert getattr(qt_values, name) == enum.value, name


def test_qt_takes_them_by_property_as_the_enums(qapp):
    label = QLabel("<b>not bold</b>")
    label.setProperty("textFormat", qt_values.PLAIN_TEXT)
    label.setProperty("alignment", qt_values.ALIGN_CENTER)
    label.setProperty("textInteractionFlags", qt_values.SELECTABLE_BY_MOUSE)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    view = QTreeView()
    view.setProperty("textElideMode", qt_values.ELIDE_NONE)
    view.setProperty("verticalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_ON)
    assert view.textElideMode() == Qt.TextElideMode.ElideNone
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    owner = QWidget()
    shortcut = QShortcut(owner)
    shortcut.setProperty("context", qt_values.WIDGET_SHORTCUT)
    assert shortcut.context() == Qt.ShortcutContext.WidgetShortcut

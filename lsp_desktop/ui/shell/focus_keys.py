"""The window's focus keys: Tab runs header → checklist → panel; F6 jumps between the
list and the panel, Ctrl+1 to the list, Ctrl+2 to the panel (the usual keys of file
managers). A mixin of ``MainWindow`` (ui/shell/main_window.py), split off along that seam;
it uses the window's ``checklist``, ``header``, ``detail`` and its start panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QScrollArea, QWidget

if TYPE_CHECKING:
    from lsp_desktop.ui.widgets.checklist import ChecklistView
    from lsp_desktop.ui.widgets.header import Header

    class _Window(QMainWindow):
        """What the mixin uses of MainWindow."""

        checklist: ChecklistView
        header: Header
        detail: QScrollArea

        def _build_start_panel(self) -> None: ...
else:
    _Window = object


class FocusKeys(_Window):
    def _build_focus_keys(self) -> None:
        """Tab runs header → checklist → panel; F6 jumps between the list and the panel,
        Ctrl+1 to the list, Ctrl+2 to the panel (the usual keys of file managers)."""
        search = self.checklist.filter_box  # the list's search box (Ctrl+F)
        assert search is not None
        QWidget.setTabOrder(self.header.banner.export_button, search)
        QWidget.setTabOrder(search, self.checklist)
        QWidget.setTabOrder(self.checklist, self.detail)
        for keys, slot in (("F6", self.toggle_focus), ("Ctrl+1", self.focus_checklist),
                           ("Ctrl+2", self.focus_panel)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

    def focus_checklist(self) -> None:
        self.checklist.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def focus_panel(self) -> None:
        self._build_start_panel()
        panel = self.detail.widget()
        if panel is None:
            return
        # The panel's first control in Tab order, else the scroll area (arrow keys scroll).
        target: QWidget = self.detail
        widget = panel.nextInFocusChain()
        while widget is not None and widget is not panel and panel.isAncestorOf(widget):
            if widget.isVisible() and widget.isEnabled() and \
                    widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus:
                target = widget
                break
            widget = widget.nextInFocusChain()
        target.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def toggle_focus(self) -> None:
        if self.checklist.hasFocus():
            self.focus_panel()
        else:
            self.focus_checklist()

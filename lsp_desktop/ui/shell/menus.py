"""The window's menu bar: File, Edit, Language and Help, built for one MainWindow.

Every entry is a QAction with an object name, so tests trigger them as a user clicks them.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.shell.undo_actions import UndoActions

# The window is a MainWindow; not imported here, since main_window imports this module.
MainWindow = Any


def build_menus(window: MainWindow) -> QMenu:
    """File, Edit, Language and Help: every entry an action the tests trigger. Returns
    the Recent workspaces menu, which the window fills."""
    menu = window.menuBar().addMenu(tr("&File"))
    menu.menuAction().setObjectName("menuFile")
    keys = QKeySequence.StandardKey
    add_action(window, menu, tr("&New workspace…"), window.new_workspace, keys.New,
               "newWorkspace")
    add_action(window, menu, tr("&Open workspace…"), window.open_workspace, keys.Open,
               "openWorkspace")
    recent = menu.addMenu(tr("Recent workspaces"))
    recent.menuAction().setObjectName("menuRecent")
    menu.addSeparator()
    add_action(window, menu, tr("&Export bundle…"), window.export_bundle, "Ctrl+E", "exportBundle")
    add_action(window, menu, tr("Upload &guide…"), partial(_upload_guide, window), None,
               "uploadGuide")
    add_action(window, menu, tr("&Verify bundle…"), window.verify_bundle, None, "verifyBundle")
    add_action(window, menu, tr("Open &bundle…"), window.open_bundle, None, "openBundle")
    add_action(window, menu, tr("&Merge from a colleague's bundle…"),
               partial(_merge, window), None, "mergeBundle")
    add_action(window, menu, tr("&Print the missing-items list…"), window.print_missing_report,
               None, "printReport")
    add_action(window, menu, tr("Messages to &chase what is missing…"),
               partial(_chase, window), None, "chaseMessages")
    menu.addSeparator()
    add_action(window, menu, tr("&Change circular…"), window.change_circular, None,
               "changeCircular")
    add_action(window, menu, tr("Add circular from file…"), window.add_circular, None,
               "addCircular")
    menu.addSeparator()
    add_action(window, menu, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, "quit")
    edit = window.menuBar().addMenu(tr("&Edit"))
    edit.menuAction().setObjectName("menuEdit")
    UndoActions(window, edit, window.controller.undo_stack, window.controller.edits)
    edit.addSeparator()
    add_action(window, edit, tr("Choose a file for the selected item…"), window._choose_for_current,
                 "Ctrl+Shift+O", "chooseFile")
    _build_language_menu(window)
    help_menu = window.menuBar().addMenu(tr("&Help"))
    help_menu.menuAction().setObjectName("menuHelp")
    add_action(window, help_menu, tr("&Welcome"), window.show_welcome, None, "welcome")
    add_action(window, help_menu, tr("&About LSP Desktop"), window.about, None, "about")
    return recent


# The rarely used entries import their code when chosen: the merge alone brings the
# bundle reader and verifier, which the start of the window does not need.
def _upload_guide(window: MainWindow) -> None:
    from lsp_desktop.ui.shell.guide_actions import open_upload_guide

    open_upload_guide(window)


def _merge(window: MainWindow) -> None:
    from lsp_desktop.ui.shell.merge_actions import merge_from_bundle

    merge_from_bundle(window)


def _chase(window: MainWindow) -> None:
    from lsp_desktop.ui.shell.chase_actions import show_chase

    show_chase(window)


def _build_language_menu(window: MainWindow) -> None:
    language = window.menuBar().addMenu(tr("&Language"))
    language.menuAction().setObjectName("menuLanguage")
    group = QActionGroup(window)
    group.setExclusive(True)
    # Each language is named in its own words, so it can be found whatever is shown.
    for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
        action = add_action(window, language, name, partial(window.languageRequested.emit, code),
                              None, f"language-{code}")
        action.setCheckable(True)
        action.setChecked(window.controller.lang == code)
        group.addAction(action)

def add_action(window: MainWindow, menu, text: str, slot, shortcut=None, name: str = ""
               ) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        # As setShortcut does, but with no overload taking one of Qt's enums: the menus
        # are built before the first paint (qt_values.py).
        action.setShortcuts([QKeySequence(shortcut)])
    # triggered(bool) would hand its checked flag to the slot as a first argument.
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action

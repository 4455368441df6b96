"""Start the window: settings, language, the last workspace, and a guard that turns any
unexpected error into a message and a log instead of a crash."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.paths import default_workspace_path
from lsp_desktop.messages import known
from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui import i18n
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.preferences import (
    keep_setting,
    settings,  # noqa: F401 - where tests and callers look
)
from lsp_desktop.ui.recent import forget_workspace, remember_workspace
from lsp_desktop.ui.road.controller import WorkspaceController
from lsp_desktop.ui.shell.main_window import MainWindow
from lsp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lsp_desktop.ui.keyboard import KeyboardFilter


class Application:
    """Owns the window and swaps it when the workspace or the language changes."""

    def __init__(self, app: QApplication, store: QSettings, pool=None) -> None:
        self.app, self.settings = app, store
        self._keyboard: KeyboardFilter | None = None
        self.runner = TaskRunner(pool)
        self.window: MainWindow | None = None
        i18n.set_language(known_language(store.value("language", "id")))

    @property
    def keyboard(self) -> KeyboardFilter:
        """Enter presses a focused button; the focus ring. Installed once the first window's
        checklist is on screen: an application-wide filter sees every event of every widget
        in Python (each widget wrapped for it), which made the first paint wait."""
        if self._keyboard is None:
            from lsp_desktop.ui import keyboard

            self._keyboard = keyboard.install(self.app)
        return self._keyboard

    def _install_keyboard(self) -> None:
        self.keyboard  # noqa: B018 - the property installs the filter

    @property
    def lang(self) -> str:
        """The window's language: held once, by ui/i18n (the controller reads it there too)."""
        return i18n.language()

    def install_language(self, lang: str) -> None:
        lang = known_language(lang)
        # The window's words come from messages/ (see i18n.tr); Qt's locale only formats.
        i18n.set_language(lang)
        QLocale.setDefault(QLocale(i18n.locale_name(self.lang)))
        keep_setting(self.settings, "language", lang)

    def open(self, path: Path | None = None) -> bool:
        if path is None:
            last = self.settings.value("last_workspace", "")
            # A last workspace on a USB stick that is not plugged in is not recreated empty
            # (and a damaged setting that is no text is no path either).
            path = Path(last) if isinstance(last, str) and last and Path(last).exists() \
                else default_workspace_path()
        catalog = None
        if not Path(path).exists():  # a new workspace: which circular it follows
            from lsp_desktop.ui.shell.circular_actions import choose_for_new_workspace

            catalog = choose_for_new_workspace(self.window, self.lang)
            if catalog is None and self.window is not None:
                return False  # File > New cancelled; at first start the default is used
        try:
            workspace = open_workspace(path, catalog)
        except LspError as exc:
            tell(self.window, "LSP Desktop", exc.message(self.lang), self._close_text(),
                 "warning")
            return False
        self._remember(workspace.path)  # first, so that its menu lists it
        # With workers, the states are read once the checklist is painted (MainWindow).
        controller = WorkspaceController(workspace, self.runner,
                                         read_states=self.runner.runs_at_once)
        controller.circularChanged.connect(self.rebuild_window)
        self._show(controller)
        return True

    def _show(self, controller: WorkspaceController) -> None:
        old = self.window
        if old is not None:
            old.close()
            if old.controller is not controller:
                old.controller.close()  # its late job results are dropped, not shown
        self.window = MainWindow(controller, self.settings)
        if old is not None and old.controller is controller:
            old.replaced_by = self.window  # what the old one was asked is done in this one
        self.window.workspaceRequested.connect(self.open)
        self.window.languageRequested.connect(self.switch_language)
        self.window.recentRequested.connect(self.open_recent)
        self.window.listShown.connect(self._install_keyboard)
        self.window.show()
        if old is not None:
            old.deleteLater()

    def switch_language(self, lang: str) -> None:
        self.install_language(lang)
        self.rebuild_window()

    def rebuild_window(self) -> None:
        """The same workspace and controller in a new window: after a language switch, or
        when the workspace follows another circular (its checklist has other items)."""
        if self.window is not None:
            # The same workspace and controller in a window built in the new language: what
            # the admin can undo (a removed file, a replaced one) stays undoable.
            old = self.window
            controller = old.controller
            current = old.current_requirement()
            summary = getattr(old, "batch_dialog", None)
            if summary is not None and not summary.isVisible():
                summary = None
            if summary is not None:
                summary.close()  # shown again below, in the new language
            from lsp_desktop.ui.road.undo_commands import retell_all

            retell_all(controller.undo_stack)  # Edit > Undo says its step in the new words
            self._show(controller)
            if current and current in self.window.model.rows:  # an item of another circular
                self.window.select(current)                   # is not in the new list
            # What the old window was saying, said again in the new language.
            old.notice_bar.carry_to(self.window.notice_bar)
            if isinstance(old.status_message[0], Said):  # plain text would stay in the old
                self.window.show_notice(*old.status_message)
            if summary is not None:
                self.window.show_batch_summary(summary.batch, summary.replaced)

    def open_recent(self, path: Path) -> bool:
        """A recent workspace that is gone (a USB stick not plugged in, a moved file) is
        explained and taken off the list, never recreated empty."""
        if path.is_file():
            return self.open(path)
        forget_workspace(self.settings, path)
        if self.window is not None:
            self.window.fill_recent()
            # Said above the list until closed, not in a box that stops the work.
            self.window.notice_bar.show_message(Said(
                "The workspace {path} is no longer there: perhaps it is on a USB stick that "
                "is not plugged in, or it was moved. It has been taken off the list of recent "
                "workspaces. Plug the stick in, then open it with File > Open workspace…",
                path=path))
        return False

    def _remember(self, path: Path) -> None:
        keep_setting(self.settings, "last_workspace", str(path))
        remember_workspace(self.settings, path)

    def _close_text(self) -> str:
        return tr("Close")

    def excepthook(self, kind, error, trace) -> None:
        """The last guard: a plain message and a log; saved work is safe in the database."""
        from lsp_desktop.ui import unexpected  # here: the crash log's code is not for the start

        text = unexpected.explain(error.with_traceback(trace), self.lang)
        try:
            tell(self.window, "LSP Desktop", text, self._close_text(), "critical")
        except Exception:  # noqa: BLE001 - never let the guard itself crash
            print(text, file=sys.stderr)


def tell(parent, title: str, text: str, ok: str, icon: str) -> None:
    """A message box (icon "warning" or "critical"): its code is imported when one is
    shown, since the message box's types cost the start of every window."""
    from PySide6.QtWidgets import QMessageBox

    from lsp_desktop.ui.dialogs import prompts

    prompts.tell(parent, title, text, ok, QMessageBox.Icon.Critical if icon == "critical"
                 else QMessageBox.Icon.Warning)


def known_language(value: object) -> str:
    """A saved language the app does not know (empty, damaged) falls back to Indonesian."""
    return known(value) if isinstance(value, str) else "id"

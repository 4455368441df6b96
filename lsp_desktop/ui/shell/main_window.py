"""The main window: the checklist on the left, the selected item's details on the right."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.ui.geometry import restore_window, save_window
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.qt_values import ALIGN_CENTER, WIDGET_SHORTCUT
from lsp_desktop.ui.recent import recent_workspaces
from lsp_desktop.ui.road.controller import WorkspaceController
from lsp_desktop.ui.shell.document_actions import DocumentActions
from lsp_desktop.ui.shell.focus_keys import FocusKeys
from lsp_desktop.ui.shell.menus import add_action, build_menus
from lsp_desktop.ui.widgets.checklist import (
    PROFILE_ID,
    REQUIREMENT_ROLE,
    ChecklistModel,
    ChecklistView,
)
from lsp_desktop.ui.widgets.checklist_filter import with_filter
from lsp_desktop.ui.widgets.elided_label import ElidedLabel
from lsp_desktop.ui.widgets.header import SPACING, Header

# Enough for the Status column and a title wrapped on three lines.
CHECKLIST_MIN_WIDTH = 320
WAITING_PANEL = "waiting-for-states"
STATES_AT_THE_LATEST_MS = 1000


class MainWindow(DocumentActions, FocusKeys, QMainWindow):
    workspaceRequested = Signal(object)   # Path of a workspace to open
    languageRequested = Signal(str)
    recentRequested = Signal(object)      # Path of a recent workspace (may be gone)
    listShown = Signal()                  # the checklist's first paint is on screen

    _was_active = False  # the window was active at its last change of state

    def __init__(self, controller: WorkspaceController, settings: QSettings,
                 today: dt.date | None = None) -> None:
        super().__init__()
        self.controller, self.settings = controller, settings
        self.today = today or dt.date.today()
        self.setAcceptDrops(True)
        self.setWindowTitle(tr("LSP Desktop — {name}").format(
            name=controller.workspace.path.name))
        self._build_menus()
        self._build_body()
        controller.notice.connect(self.show_notice)
        controller.batchFinished.connect(self.show_batch_summary)
        controller.statusChanged.connect(self._update_header)
        controller.allChanged.connect(self._update_header)
        controller.allChanged.connect(self._states_shown)
        self._update_header()
        restore_window(self, settings)
        kept = settings.value("window/splitter", QByteArray())  # any type in a hand-edited file
        if not isinstance(kept, QByteArray) or not self.splitter.restoreState(kept):
            self.splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])
        # The item shown at start gets its panel once the checklist is on screen (the
        # admin waits for the list first); any later choice builds its panel at once.
        self._panel: QWidget | None = None
        self._start_panel: str | None = None
        self._deferring = True
        self.select(PROFILE_ID)
        self._deferring = False
        self.checklist.firstPainted.connect(self._list_painted)
        # The states are read once the list is painted; a window never painted (started
        # minimised) asks a little later all the same.
        QTimer.singleShot(STATES_AT_THE_LATEST_MS, self, controller.read_states_once)
        if not settings.value("welcome/seen", False, type=bool):
            self.show_welcome()

    # -- building ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.recent_menu = build_menus(self)
        self.fill_recent()

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        return add_action(self, menu, text, slot, shortcut, name)

    def _build_body(self) -> None:
        self.header = Header()
        self.header.exportRequested.connect(self.export_bundle)
        self.progress_bar = self.header.progress_bar
        self.checklist = ChecklistView()
        self.checklist.setMinimumWidth(CHECKLIST_MIN_WIDTH)
        self.checklist.setAccessibleName(tr("Checklist of requirements"))
        controller = self.controller
        self.model = ChecklistModel(controller.catalog, controller.lang, controller)
        controller.statusChanged.connect(self.model.update_row)
        controller.allChanged.connect(self.checklist.update_all)
        controller.checking.connect(self.model.checking)
        self.checklist.setModel(self.model)
        self.checklist.configure_columns()
        self.checklist.selectionModel().currentChanged.connect(self._current_changed)
        self.checklist.filesDroppedOnRow.connect(self.attach)
        # Delete in the list removes the selected item's file (Ctrl+Z brings it back); only
        # there, so that Delete keeps its meaning in text fields.
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.checklist)
        remove.setProperty("context", WIDGET_SHORTCUT)  # no Qt enum before the first paint
        remove.activated.connect(self._remove_for_current)
        self.detail = QScrollArea()
        self.detail.setWidgetResizable(True)
        self.detail.setAccessibleName(tr("Details of the selected item"))
        self.splitter = QSplitter()  # side by side, as a splitter is made
        self.splitter.addWidget(with_filter(self.checklist, self))  # a search box above it
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(SPACING, 0, SPACING, 0)
        column.setSpacing(SPACING // 2)
        column.addWidget(self.header)
        from lsp_desktop.ui.widgets.notice_bar import NoticeBar

        self.notice_bar = NoticeBar()  # a message that must stay until closed
        column.addWidget(self.notice_bar)
        column.addWidget(self.splitter, 1)
        # Below the list, not above it: appearing or going it moves no row (issue 21).
        column.addWidget(self.header.banner)
        self.setCentralWidget(central)
        self.notice_label = ElidedLabel()
        self.status_message: tuple[str | Said, str] = ("", "info")  # see show_notice
        self.statusBar().addWidget(self.notice_label, 1)
        self._build_focus_keys()

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        for index, path in enumerate(recent_workspaces(self.settings)):
            # "LSP P&K" in a folder's name is shown so, not as a key to press (P_K).
            self._action(self.recent_menu, path.replace("&", "&&"),
                         partial(self.recentRequested.emit, Path(path)), None, f"recent-{index}")
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- state ------------------------------------------------------------------------------

    def _update_header(self, *_: object) -> None:
        ready, total = self.controller.progress()
        self.header.show_state(self.controller.workspace.profile().name,
                               self.controller.catalog.circular, ready, total, self.today,
                               self.controller.lang, not self.controller.states_known)

    def select(self, requirement_id: str) -> None:
        self.checklist.setCurrentIndex(self.model.index_of(requirement_id))

    def current_requirement(self) -> str | None:
        index = self.checklist.currentIndex()
        return index.siblingAtColumn(0).data(REQUIREMENT_ROLE) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        requirement_id = current.siblingAtColumn(0).data(REQUIREMENT_ROLE)
        if not requirement_id:
            return
        # A notice about the previous item would be read as being about this one; the
        # same item shown again (a rebuilt list) keeps its notice.
        if requirement_id != getattr(self, "_shown_item", None):
            self.notice_label.setText("")
            self.status_message = ("", "info")
            self.notice_bar.hide()
            # Refusals were read in the panel left behind; leaving it puts them away.
            self.controller.dismiss_refusals(getattr(self, "_shown_item", ""))
        self._shown_item = requirement_id
        if self._deferring:
            self._start_panel = requirement_id
            return
        self._start_panel = None
        self._show_panel(self._build_panel(requirement_id))

    @property
    def panel(self) -> QWidget | None:
        """The selected item's panel; the start's is built here if it is not yet."""
        self._build_start_panel()
        return self._panel

    def start_panel_pending(self) -> bool:
        """True until the panel of the item selected at start is built."""
        return self._start_panel is not None

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Back from the command line or another window: what changed there is read in.
        # (Told by the window becoming active, not by the event's type: naming QEvent's
        # types would have PySide build that enum during the start.)
        active = self.isActiveWindow()
        if active and not self._was_active:
            self.controller.edits.check_outside_changes()
        self._was_active = active
        super().changeEvent(event)

    def _list_painted(self) -> None:
        """The start's panel is built once the list is on screen (told by the list: asking
        for its viewport has PySide make a type for every kind of widget, slowing the start)."""
        # Each in a turn of its own, after the turn that paints (this is told during it).
        QTimer.singleShot(0, self, self.controller.read_states_once)
        QTimer.singleShot(0, self, _install_undo_keys)
        QTimer.singleShot(0, self, _install_pdf_drawing)  # before any preview is asked
        if self._start_panel is not None:
            QTimer.singleShot(0, self, self._build_start_panel)
        QTimer.singleShot(0, self, self.listShown.emit)

    def _build_start_panel(self) -> None:
        requirement_id, self._start_panel = self._start_panel, None
        # Another item chosen meanwhile already has its panel; a closed window none.
        if requirement_id is not None and requirement_id == self.current_requirement() \
                and not self.controller.closed:
            self._show_panel(self._build_panel(requirement_id))

    def _build_panel(self, requirement_id: str) -> QWidget:
        # Each panel's module is imported with its first panel: none is needed to show the list.
        _install_pdf_drawing()  # asked before the first paint (window.panel): here too
        panel: QWidget
        if requirement_id == PROFILE_ID:
            from lsp_desktop.ui.panels.profile import ProfilePanel

            panel = ProfilePanel(self.controller)
        elif requirement_id not in self.controller.statuses:  # shown when its state arrives
            panel = QLabel(tr("checking…"))
            panel.setObjectName(WAITING_PANEL)
            panel.setProperty("alignment", ALIGN_CENTER)
        elif self.controller.catalog.requirement(requirement_id).form in ("roster", "data"):
            from lsp_desktop.ui.panels.people_editors import DATA_PANELS

            held = self.controller.catalog.requirement(requirement_id).holds[0]
            panel = DATA_PANELS[held](self.controller)
        else:
            from lsp_desktop.ui.panels.requirement import RequirementPanel

            requirement = self.controller.catalog.requirement(requirement_id)
            files = RequirementPanel(self.controller, requirement)
            files.chooseFile.connect(self.choose_file)
            files.filesDropped.connect(self.attach)
            files.removeDocument.connect(self.remove_document)
            files.openDocument.connect(self.open_document)
            files.showInFolder.connect(self.show_in_folder)
            panel = files
        return panel

    def _show_panel(self, panel: QWidget) -> None:
        self.detail.setWidget(panel)
        self._panel = panel
        self._fit_panel(panel)

    def _states_shown(self) -> None:
        # The chosen item's panel after the list shows the states, in a turn of its own:
        # the window never waits for both at once.
        QTimer.singleShot(0, self, self._show_item_when_known)

    def _show_item_when_known(self) -> None:
        """The selected item's panel in place of "checking…", once its state arrived."""
        import shiboken6

        # Not ``panel``, which would build the start's panel before the list's first paint.
        panel = getattr(self, "_panel", None)
        # A window being replaced (its panel already gone) shows nothing more.
        if panel is not None and shiboken6.isValid(panel) and \
                panel.objectName() == WAITING_PANEL and self.controller.states_known:
            self._current_changed(self.checklist.currentIndex(), None)

    def _fit_panel(self, panel: QWidget) -> None:
        """Moves the divider left when the panel would otherwise be cut off (a horizontal
        scroll bar on a small screen), as far as the checklist can give."""
        scrollbar = self.detail.verticalScrollBar().sizeHint().width()
        needed = panel.minimumSizeHint().width() + scrollbar + 2 * self.detail.frameWidth()
        list_width, detail_width = self.splitter.sizes()
        give = min(needed - detail_width, list_width - self.checklist.minimumWidth())
        if give > 0:
            self.splitter.setSizes([list_width - give, detail_width + give])

    def show_notice(self, message: str | Said, level: str = "info") -> None:
        """The status line. ``Said`` words are said again in the new language when the
        window is rebuilt for a language switch (plain text is carried as it is)."""
        self.status_message = (message, level)
        symbol = {"error": "✕ ", "warning": "! ", "info": ""}.get(level, "")
        self.notice_label.setText(symbol + str(message) if str(message) else "")

    # -- workspaces and bundles (see bundle_actions) ----------------------------------------

    def new_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # when used: see document_actions.tell

        path, _ = QFileDialog.getSaveFileName(self, tr("New workspace"),
                                              str(Path.home() / "lsp.lspws"),
                                              tr("LSP Desktop workspace (*.lspws)"))
        if path:
            chosen = Path(path) if path.endswith(".lspws") else Path(path + ".lspws")
            if chosen.exists():
                self.show_notice(tr("That file already exists; choose another name."),
                                 "error")
                return
            self.workspaceRequested.emit(chosen)

    def open_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, tr("Open workspace"), str(Path.home()),
                                              tr("LSP Desktop workspace (*.lspws)"))
        if path:
            self.workspaceRequested.emit(Path(path))

    def export_bundle(self) -> None:
        from lsp_desktop.ui.shell.bundle_actions import export_bundle

        export_bundle(self)

    def verify_bundle(self) -> None:
        from lsp_desktop.ui.shell.bundle_actions import verify_bundle

        verify_bundle(self)

    def open_bundle(self) -> None:
        from lsp_desktop.ui.shell.bundle_actions import open_bundle

        open_bundle(self)

    def print_missing_report(self, target: Path | None = None) -> None:
        """What is still missing, as a PDF for a meeting; written off the UI thread."""
        from PySide6.QtWidgets import QFileDialog

        from lsp_desktop.bundle.missing_list import write_report_at

        if target is None:
            folder = Path(str(self.settings.value("last_folder", str(Path.home()))))
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Print the missing-items list"),
                str(folder / "daftar-kekurangan.pdf"), tr("PDF document (*.pdf)"))
            if not chosen:
                return
            target = Path(chosen)
        self.controller.run_in_background(
            write_report_at, self.controller.workspace.path, self.controller.catalog, target,
            self.today, self.controller.lang, callback=self._report_written)

    def _report_written(self, path, error) -> None:
        from lsp_desktop.ui.shell.bundle_actions import report_finished

        report_finished(self, path, error)  # said, with "Open"

    def change_circular(self) -> None:
        from lsp_desktop.ui.shell.circular_actions import change_circular

        change_circular(self)

    def add_circular(self) -> None:
        from lsp_desktop.ui.shell.circular_actions import add_circular

        add_circular(self)

    def show_welcome(self) -> None:
        """The welcome in place of the item panel; its button leads to the profile form."""
        from lsp_desktop.base.paths import app_home, portable_home
        from lsp_desktop.ui.panels.welcome import SEEN_KEY, WelcomePanel

        panel = WelcomePanel(app_home(), portable_home() is not None)
        panel.profileRequested.connect(lambda: self.select(PROFILE_ID))
        self._start_panel = None  # the welcome takes the start panel's place
        self.checklist.setCurrentIndex(self.model.index(-1, 0))  # no row: the welcome shows
        self.detail.setWidget(panel)
        self.settings.setValue(SEEN_KEY, True)

    def about(self) -> None:
        from lsp_desktop.ui.dialogs.about import AboutDialog, settings_place

        circular = self.controller.catalog.circular
        self.about_dialog = AboutDialog(
            self, self.controller.workspace.path, circular.number,
            circular.title(self.controller.lang),
            settings_place(self.settings))
        self.about_dialog.show()

    def closeEvent(self, event) -> None:  # noqa: N802
        save_window(self, self.settings)
        self.settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)


def _install_undo_keys() -> None:
    """Ctrl+Z from a text field too (ui/shell/undo_keys.py): installed once the list is
    painted, before any text field can have been typed in."""
    from lsp_desktop.ui.shell.undo_keys import install_undo_keys

    install_undo_keys()


def _install_pdf_drawing() -> None:
    """Workers' PDF pages drawn through the window's thread (widgets/pdf_drawing.py):
    installed once the list is painted, or with a panel asked for before that."""
    from lsp_desktop.ui.widgets.pdf_drawing import install_pdf_drawing

    install_pdf_drawing()

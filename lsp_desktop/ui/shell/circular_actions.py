"""The circular a workspace follows, from the window: chosen when a workspace is made,
changed later (File > Change circular…) and added from a file an admin received (File >
Add circular from file…). The core does the work (circulars/catalog.py,
store/followed_circular.py); this module asks and tells."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars.catalog import Catalog, load_catalog
from lsp_desktop.circulars.library import ReplaceAsked, add_catalog_file, catalog_paths
from lsp_desktop.store.followed_circular import carry_over, switch_catalog
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.dialogs.circular import CircularChooser, SwitchCircularDialog, report_html
from lsp_desktop.ui.dialogs.prompts import tell
from lsp_desktop.ui.i18n import Said, tr


def known_catalogs() -> list[tuple[Catalog, bool]]:
    """Every circular that loads, shipped first; (catalogue, added by the admin). A broken
    added file is left out here (``lsp-desktop circulars`` names its fault)."""
    found: list[tuple[Catalog, bool]] = []
    for path, added in catalog_paths():
        try:
            catalog = load_catalog(path)
        except LspError:
            continue
        if all(catalog.id != known.id for known, _ in found):
            found.append((catalog, added))
    return found


def _newest(catalogs: list[tuple[Catalog, bool]]) -> str:
    return max(catalogs, key=lambda pair: pair[0].circular.date)[0].id


def choose_for_new_workspace(parent, lang: str) -> Catalog | None:
    """The circular a new workspace follows: asked only when more than one is known (the
    newest preselected); None when the admin cancelled."""
    catalogs = known_catalogs()
    if len(catalogs) < 2:
        return catalogs[0][0] if catalogs else load_catalog()
    dialog = CircularChooser(catalogs, _newest(catalogs), lang, parent)
    if parent is not None:
        parent.last_dialog = dialog
    return dialog.chosen() if dialog.exec() else None


def change_circular(window, preselected: str | None = None) -> None:
    """Show what carries over to the chosen circular; only on confirming is it switched,
    and the window reopens the workspace so the checklist follows the new items."""
    controller = window.controller
    catalogs = known_catalogs()
    if len(catalogs) < 2:
        # Answered where the admin looks after choosing the menu entry, not only in the
        # status line at the bottom (issue 21, point 3).
        text = tr("Only one circular is known, and the workspace follows it. To use another "
                  "one, add its file first: File > Add circular from file…")
        window.show_notice(text, "info")
        tell(window, tr("Change circular"), text, tr("Close"))
        return
    current = controller.catalog
    others = [catalog.id for catalog, _ in catalogs if catalog.id != current.id]
    dialog = SwitchCircularDialog(current, catalogs, preselected or others[0], controller.lang,
                                  window)
    window.last_dialog = dialog
    chosen = dialog.chosen() if dialog.exec() and dialog.report() is not None else None
    if chosen is None:
        return
    number = chosen.circular.number
    # One step of Edit > Undo: undone, the workspace follows the earlier circular again
    # (the window is built again around its items either way: controller.circularChanged).
    controller.edits.edit(
        Said("Follow circular {number}", number=number), _switch, chosen.id, controller.lang,
        notice=Said("The workspace now follows {number}. Items it no longer asks for keep "
                    "their files; they are not put in the bundle.", number=number))


def _switch(workspace: Workspace, catalog_id: str, lang: str) -> None:
    switch_catalog(workspace, catalog_id, lang)


def add_circular(window, source: Path | None = None) -> None:
    """Load a circular's catalogue file the admin received, checked with plain errors,
    then offer to switch to it with the carry-over report."""
    if source is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, tr("Add circular from file"), str(Path.home()),
            tr("Circular catalogue (*.toml)"))
        if not chosen:
            return
        source = Path(chosen)
    lang = window.controller.lang
    try:
        try:
            added = add_catalog_file(source)
        except ReplaceAsked as asked:  # a re-add that changes items: the plan, then ask
            if not _confirm_replace(window, asked, lang):
                return
            added = add_catalog_file(source, replace=True)
    except LspError as exc:  # the whole message (line and column), not a cut status line
        window.show_notice(exc.message(lang), "error")
        tell(window, tr("Add circular from file"), exc.message(lang), tr("Close"),
             QMessageBox.Icon.Warning)
        return
    window.show_notice(tr("Circular {number} added. To make this workspace follow it: "
                          "File > Change circular…").format(number=added.circular.number))
    if added.id != window.controller.catalog.id:
        change_circular(window, added.id)
    else:  # the workspace follows the replaced circular: reopened on its new items
        window.workspaceRequested.emit(window.controller.workspace.path)


def _confirm_replace(window, asked: ReplaceAsked, lang: str) -> bool:
    """The carry-over plan of Change circular, shown before an added circular is replaced."""
    yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
    # Its question quotes the file's circular number, escaped: a plain-text box would show
    # the plan below (the app's markup, escaping what it quotes: report_html) as its tags,
    # since a message box gives its informative text the format of its text.
    box = QMessageBox(QMessageBox.Icon.Question, tr("Replace the added circular"),
                      f"<p>{html.escape(asked.message(lang))}</p>", yes | cancel, window)
    box.setInformativeText(report_html(carry_over(asked.old, asked.new, lang)))
    box.button(yes).setText(tr("Replace"))
    box.button(cancel).setText(tr("Cancel"))
    box.setDefaultButton(cancel)
    window.last_dialog = box
    return box.exec() == yes

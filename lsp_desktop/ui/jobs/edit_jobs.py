"""The worker side of the window's one road for edits: each edit runs on a worker with its
own connection, between two readings of the workspace (store/changes.py), and the items'
states are computed there too, so the window's thread only shows what comes back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.circulars.library import find_catalog
from lsp_desktop.status.requirements import RequirementStatus, workspace_status
from lsp_desktop.store.changes import Change, apply_change, recorded
from lsp_desktop.store.followed_circular import followed_catalog_id
from lsp_desktop.store.workspace import Workspace


@dataclass
class Outcome:
    """What one edit (or undo, redo) gave: its own result, the rows it changed, every
    item's state after, under the circular the workspace follows after it."""

    result: object
    change: Change
    statuses: list[RequirementStatus]
    catalog: Catalog


def edit_job(workspace_path: Path, catalog: Catalog, edit: Callable[..., object],
             args: tuple) -> Outcome:
    with Workspace(workspace_path, catalog) as workspace:
        result, change = recorded(workspace, edit, *args)
        _follow_circular(workspace)
        return Outcome(result, change, workspace_status(workspace), workspace.catalog)


class NotWritten(Exception):
    """An undo or redo that wrote nothing (its transaction rolled back): ``reason`` says
    why. Apart from a failure after the write, when the step did happen."""

    def __init__(self, reason: Exception) -> None:
        super().__init__(str(reason))
        self.reason = reason


def apply_job(workspace_path: Path, catalog: Catalog, change: Change, undo: bool) -> Outcome:
    written = False
    try:
        with Workspace(workspace_path, catalog) as workspace:
            apply_change(workspace, change, undo)
            written = True
            _follow_circular(workspace)  # an undone or redone switch of circular
            return Outcome(None, change, workspace_status(workspace), workspace.catalog)
    except Exception as error:
        if written:
            raise
        raise NotWritten(error) from error


def _follow_circular(workspace: Workspace) -> None:
    followed = followed_catalog_id(workspace)
    if followed != workspace.catalog.id and (found := find_catalog(followed)) is not None:
        workspace.catalog = found  # the window names items anew on its own thread


def status_job(workspace_path: Path, catalog: Catalog) -> list[RequirementStatus]:
    """Every item's state, read afresh (after something outside the edits changed it)."""
    with Workspace(workspace_path, catalog) as workspace:
        return workspace_status(workspace)

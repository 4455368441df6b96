"""The worker side of taking the assessors' documents by folder: the plan read on its own
connection, and the import as an edit of the one road (one step of Edit > Undo)."""

from __future__ import annotations

from pathlib import Path

from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.intake.assessor_folder import FolderPlan, plan_folder
from lsp_desktop.intake.assessor_folder_import import FolderOutcome, import_folder
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import Workspace


def plan_assessor_folder(workspace_path: Path, catalog: Catalog, folder: Path) -> FolderPlan:
    with Workspace(workspace_path, catalog) as workspace:
        people = Records(workspace).people("asesor")
        return plan_folder(folder, [(p.saved_id, p.name, p.nik) for p in people])


def import_assessor_folder(workspace: Workspace, plan: FolderPlan) -> FolderOutcome:
    return import_folder(Records(workspace), plan)

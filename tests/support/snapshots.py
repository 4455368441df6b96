"""A workspace as the admin knows it, for "undo puts it back exactly": every table's rows
and every stored file's bytes (the window's tests take the controller's workspace)."""

from __future__ import annotations

from lsp_desktop.store.changes import reading
from lsp_desktop.store.workspace import Workspace


def workspace_snapshot(workspace: Workspace) -> tuple[dict, dict]:
    tables = {name: sorted(rows.values(), key=repr)
              for name, (_, rows) in reading(workspace).items()}
    shas = {row[4] for name in ("documents", "assessor_files") for row in tables[name]}
    blobs = {sha: b"".join(workspace.blob_chunks(sha)) for sha in shas}
    return tables, blobs

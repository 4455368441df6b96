"""What the window's controller runs on a worker thread: attach (with a fix first), remove,
render a preview, make a private copy to view. The edits get the worker's own connection
from the one road (ui/road/edit_path.py); the others open theirs. The window's thread only reads
the result back."""

from __future__ import annotations

from pathlib import Path

from lsp_desktop.checks import FileReport
from lsp_desktop.store.workspace import Document, Workspace


def attach_job(workspace: Workspace, requirement_id: str, path: Path, replace: bool,
               before_write=None) -> tuple[Document, FileReport]:
    return workspace.attach(requirement_id, path, replace_existing=replace,
                            before_write=before_write)


def fix_and_attach_job(workspace: Workspace, requirement_id: str, kind: str,
                       paths: list[Path], replace: bool, before_write=None
                       ) -> tuple[Document, FileReport]:
    from lsp_desktop.fixing.fixes import apply_fix

    name, data = apply_fix(kind, paths)
    return workspace.attach_bytes(requirement_id, name, data, str(Path(paths[0]).resolve()),
                                  replace_existing=replace, before_write=before_write)


def remove_job(workspace: Workspace, document_id: int) -> Document:
    return workspace.remove(document_id)


def replace_by_fixed_job(workspace: Workspace, originals: list[Document], name: str,
                         data: bytes) -> Document:
    """A fix accepted: the fixed file in place of its originals (an item taking several
    files has each original taken off), which stay stored for undo."""
    first = originals[0]
    fixed, _ = workspace.attach_bytes(first.requirement_id, name, data, first.source_path,
                                      replace_existing=True)
    for original in originals:
        if workspace.document(original.id).removed_at is None:
            workspace.remove(original.id)
    return fixed


class Superseded(Exception):
    """An attach job that a newer one for the same item has overtaken: it stores nothing."""


def still_newest(latest: dict[str, int], requirement_id: str, number: int) -> None:
    # Runs on the worker inside its write transaction; a plain dict read is safe there.
    if latest.get(requirement_id) != number:
        raise Superseded(requirement_id)


def preview_job(workspace_path: Path, catalog, document: Document):
    # The bytes are read here too, not on the window's thread: a scan may be 20 MB.
    from lsp_desktop.ui.widgets.preview import render_preview  # not needed to show the window

    with Workspace(workspace_path, catalog) as worker_workspace:
        data = worker_workspace.document_bytes(document)
    return render_preview(data, document.format)


def private_copy_job(workspace_path: Path, catalog, document: Document) -> Path:
    """A private, owner-only copy to view: the workspace's bytes are never edited in place.
    Its path is built here: the stored name may come from a bundle, so only a safe base
    name of it is used, with the extension of what the file really is."""
    from lsp_desktop.base.filenames import EXTENSIONS, base_name
    from lsp_desktop.base.view_copies import make_view_copy

    with Workspace(workspace_path, catalog) as worker_workspace:
        data = worker_workspace.document_bytes(document)
    stem = Path(base_name(document.name)).stem or "berkas"
    return make_view_copy(f"{stem}.{EXTENSIONS.get(document.format, document.format)}", data)

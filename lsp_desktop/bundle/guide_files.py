"""Writing the upload guide: inside a bundle (bundle/export.py calls guide_html), alone
under a name the admin typed (``lsp-desktop guide --out FILE.html``), or as the window's
preview: the page with private copies of the files it links, at the same paths as in a
bundle, so every link opens even before anything is exported."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.files import private_dir, private_output, reason_code, write_private
from lsp_desktop.bundle.contents import Entry, plan_bundle
from lsp_desktop.bundle.guide import ALONE, GUIDE_NAME, PREVIEW, build_guide
from lsp_desktop.bundle.guide_page import render_guide
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.status.requirements import missing_items, workspace_status
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import Workspace


def guide_html(catalog: Catalog, manifest: dict, entries: list[Entry], lang: str,
               identity: str, where: str) -> bytes:
    members = {e.arcname: (e.size, e.sha256 or "") for e in entries}
    guide = build_guide(catalog, manifest, members, lang, identity, where)
    return render_guide(guide).encode("utf-8")


def _planned(workspace: Workspace, now: dt.datetime | None) -> tuple[list[Entry], dict]:
    now = (now or dt.datetime.now()).replace(microsecond=0).astimezone()
    statuses = workspace_status(workspace, now.date())
    return plan_bundle(workspace, Records(workspace), statuses, bool(missing_items(statuses)),
                       now)


def _workspace_identity(workspace: Workspace) -> str:
    """The ticks of the window's and the command line's guide are remembered per
    workspace (a bundle's are remembered per bundle); the path itself stays out."""
    digest = hashlib.sha256(str(Path(workspace.path).absolute()).encode("utf-8"))
    return f"ruang-kerja-{digest.hexdigest()[:16]}"


def write_guide(workspace: Workspace, target: Path, lang: str = "id",
                now: dt.datetime | None = None) -> Path:
    """The page alone, for the command line: the caller checked ``target``
    (cli/outputs.py). It names people, so it is written owner-only."""
    entries, manifest = _planned(workspace, now)
    page = guide_html(workspace.catalog, manifest, entries, lang,
                      _workspace_identity(workspace), ALONE)
    try:
        write_private(Path(target), page)
    except OSError as exc:
        raise LspError("guide.write_failed", path=str(target), reason=reason_code(exc)) from None
    return Path(target)


def write_guide_preview(workspace: Workspace, folder: Path, lang: str = "id",
                        now: dt.datetime | None = None) -> Path:
    """The page and owner-only copies of every file it links, in ``folder`` (one the app
    made for viewing copies: view_copies.new_view_folder). Returns the page's path."""
    entries, manifest = _planned(workspace, now)
    try:
        for entry in entries:
            target = Path(folder, *entry.arcname.split("/"))
            private_dir(target.parent)
            with private_output(target) as out:
                if entry.content is not None:
                    out.write(entry.content)
                elif entry.blob is not None:
                    for piece in workspace.blob_chunks(entry.blob):
                        out.write(piece)
        page = Path(folder) / GUIDE_NAME
        write_private(page, guide_html(workspace.catalog, manifest, entries, lang,
                                       _workspace_identity(workspace), PREVIEW))
    except OSError as exc:
        raise LspError("guide.write_failed", path=str(folder),
                       reason=reason_code(exc)) from None
    return page

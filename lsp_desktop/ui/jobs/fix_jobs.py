"""The work behind the fix buttons, run on a worker: the files are read there (a scan
may be 15 MB) with the worker's own workspace connection, the fix runs step by step
(so the progress window moves and Cancel stops it between steps), and the first page
of before and after is drawn there at 100%.

Only QImage (never QPixmap) is made here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize

from lsp_desktop.store.workspace import Document, Workspace

# Pages drawn as thumbnails in the rotate dialog; later pages are listed without one.
THUMBNAIL_PAGES = 60
THUMB = QSize(120, 160)


@dataclass(frozen=True)
class FixPlan:
    """One fix the admin asked for: ``kind`` "compress", "rotate" or "combine", over the
    item's stored ``sources`` (Documents, or a 2.11 AssessorFile) and files from disk
    (Paths), in order."""

    kind: str
    sources: tuple = ()
    angle: int = 90
    pages: list[int] | None = None  # 0-based; None: every page
    options: dict = field(default_factory=dict)

    @property
    def shown_page(self) -> int:
        """The page before and after show (0-based): the first one the fix turns."""
        return min(self.pages) if self.kind == "rotate" and self.pages else 0

    @property
    def originals(self) -> list[Document]:
        """The stored files the result replaces (kept, removed, restorable by undo)."""
        return [s for s in self.sources if isinstance(s, Document)]


def read_sources(workspace_path: Path, catalog, sources) -> list[bytes]:
    """The bytes of each source: a stored file from the workspace (an item's, or a 2.11
    assessor's kept document), a file from disk through the same gate as every user's
    file."""
    from lsp_desktop.checks.guard import read_user_file
    from lsp_desktop.fixing.fixes import FIX_READ_LIMIT
    from lsp_desktop.store.records import AssessorFile, Records

    files: list[bytes] = []
    with Workspace(workspace_path, catalog) as workspace:
        for source in sources:
            if isinstance(source, Document):
                files.append(workspace.document_bytes(source))
            elif isinstance(source, AssessorFile):
                files.append(Records(workspace).assessor_file_bytes(source))
            else:
                files.append(read_user_file(Path(source), FIX_READ_LIMIT))
    return files


def fix_job(workspace_path: Path, catalog, plan: FixPlan, screen: tuple[float, float]):
    """A generator job: ``(done, total)`` per step; returns (FixResult, before, after),
    each side being (QImage of the first page at 100% or None, FileFacts)."""
    from lsp_desktop.checks.formats import HEAD_BYTES, sniff
    from lsp_desktop.fixing.assemble import combine_steps, rotate_pdf
    from lsp_desktop.fixing.facts import combined_facts, file_facts
    from lsp_desktop.fixing.fixes import fit_kind, fix_steps
    from lsp_desktop.fixing.pictures import rotate_image
    from lsp_desktop.ui.widgets.preview import render_actual

    files = read_sources(workspace_path, catalog, plan.sources)
    kinds = [sniff(data[:HEAD_BYTES], len(data)) for data in files]
    yield 0, 1
    if plan.kind == "rotate":
        result = (rotate_pdf(files[0], plan.angle, plan.pages) if kinds[0] == "pdf"
                  else rotate_image(files[0], plan.angle))
    elif plan.kind == "combine":
        result = yield from combine_steps(files)
    else:
        result = yield from fix_steps(fit_kind(kinds[0]), files[:1])
    before = combined_facts([file_facts(data) for data in files])
    yield 1, 1
    page = plan.shown_page
    return (result, (render_actual(files[0], kinds[0], *screen, page), before),
            (render_actual(result.data, result.kind, *screen, page), file_facts(result.data)))


def pages_job(workspace_path: Path, catalog, document: Document):
    """Thumbnails of a stored file's pages and how many pages it has (1 for a picture)."""
    from lsp_desktop.fixing.facts import file_facts
    from lsp_desktop.ui.widgets.preview import render_pages

    data = read_sources(workspace_path, catalog, [document])[0]
    facts = file_facts(data)
    return render_pages(data, document.format, THUMB, THUMBNAIL_PAGES), facts.pages or 1


def thumbnails_job(workspace_path: Path, catalog, documents: list[Document]):
    """The first page of each stored file, small, for the combine dialog."""
    from lsp_desktop.ui.widgets.preview import render_pages

    files = read_sources(workspace_path, catalog, documents)
    return [next(iter(render_pages(data, doc.format, THUMB, 1)), None)
            for data, doc in zip(files, documents, strict=True)]


def path_thumbnails_job(added: list[tuple[int, Path]]) -> list[tuple[int, object]]:
    """The first page of files the admin adds to a combination, small, by row key; None
    for one that cannot be read (the combine itself then says why, plainly)."""
    from lsp_desktop.base.errors import LspError
    from lsp_desktop.checks.formats import HEAD_BYTES, sniff
    from lsp_desktop.checks.guard import read_user_file
    from lsp_desktop.fixing.fixes import FIX_READ_LIMIT
    from lsp_desktop.ui.widgets.preview import render_pages

    thumbnails: list[tuple[int, object]] = []
    for key, path in added:
        try:
            data = read_user_file(path, FIX_READ_LIMIT)
        except (OSError, LspError):  # the gate's refusals are LspErrors
            thumbnails.append((key, None))
            continue
        kind = sniff(data[:HEAD_BYTES], len(data))
        thumbnails.append((key, next(iter(render_pages(data, kind, THUMB, 1)), None)))
    return thumbnails

"""The files a merge or a Replace set aside: a document taken off its item stays as a
removed row, a replaced 2.11 file is named in the change log; the bytes of both stay in the
never pruned blobs table. Listed and copied out so that nothing the admin had is lost."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import unique_names
from lsp_desktop.base.files import private_dir, reason_code, write_private
from lsp_desktop.messages import ASSESSOR_DOCUMENT_TITLES, format_moment
from lsp_desktop.store.supersede_log import SUPERSEDED
from lsp_desktop.store.workspace import Workspace


@dataclass
class SupersededFile:
    owner: str   # the item's number and title, or the assessor and the document's kind
    name: str
    size: int
    sha256: str
    when: str

    def as_dict(self) -> dict:
        return asdict(self)


def superseded_files(workspace: Workspace, lang: str = "id") -> list[SupersededFile]:
    """Each file set aside, its owner as the admin knows it: the item's number and title,
    or the assessor and the document as the circular names it ("Citra Dewi: KTP")."""
    files = []
    for document in workspace.documents(include_removed=True):
        if document.removed_at is None:
            continue
        item = workspace.catalog.requirement(document.requirement_id)
        files.append(SupersededFile(f"{item.point} {item.title(lang)}", document.name,
                                    document.size, document.sha256, document.removed_at))
    for change in workspace.changes():
        if change["action"] != SUPERSEDED:
            continue
        detail = json.loads(change["detail"])
        kind = str(detail.get("kind", ""))
        files.append(SupersededFile(
            f"{detail.get('person', '')}: {ASSESSOR_DOCUMENT_TITLES.get(kind, kind)}",
            str(detail.get("name", "")), int(detail.get("size", 0)),
            str(detail.get("sha256", "")), change["at"]))
    return files


def when_in_words(when: str, lang: str = "id") -> str:
    """A stored moment ("2026-12-06T15:21:53+00:00") as the admin reads it, in this
    computer's time zone: "6 Desember 2026 pukul 22.21 WIB"."""
    try:
        moment = dt.datetime.fromisoformat(when)
    except ValueError:
        return when
    if moment.tzinfo is None:  # stored as UTC, always
        moment = moment.replace(tzinfo=dt.UTC)
    return format_moment(moment.astimezone(), lang)


def export_superseded(workspace: Workspace, files: list[SupersededFile], folder: Path) -> int:
    """Copy the files, owner-only, into a folder that is new or empty (nothing overwritten)."""
    folder = Path(folder).expanduser()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise LspError("merge.export_folder_not_empty", folder=str(folder))
    names = unique_names([f"{f.when[:10]} {f.owner} - {f.name}" for f in files])
    try:
        private_dir(folder)
        for file, name in zip(files, names, strict=True):
            write_private(folder / name, b"".join(workspace.blob_chunks(file.sha256)))
    except OSError as exc:
        raise LspError("merge.export_failed", folder=str(folder),
                       reason=reason_code(exc)) from None
    return len(files)

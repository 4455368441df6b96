"""What a bundle holds: every payload file with the name it gets inside the bag, and
the manifest.json that describes them. Names are made here, never taken from the user's
files; bundle/export.py writes what this plans."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from lsp_desktop import __version__
from lsp_desktop.base.filenames import ASSESSOR_FILE_NAMES, EXTENSIONS, nfc, unique_names
from lsp_desktop.circulars.catalog import PEOPLE, Catalog
from lsp_desktop.messages.wording import Wording
from lsp_desktop.status.requirements import RequirementStatus, progress
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.tables.rows import (
    ASSESSOR_COLUMNS,
    IT_STAFF_COLUMNS,
    PACKAGE_COLUMNS,
    PEOPLE_COLUMNS,
    SOCIAL_COLUMNS,
    assessor_rows,
    it_staff_rows,
    package_rows,
    people_rows,
    social_rows,
    to_csv,
)

BUNDLE_FORMAT = "lsp-desktop-bundle"
BUNDLE_FORMAT_VERSION = 1
ALREADY_COMPRESSED = {"pdf", "jpeg", "png"}


@dataclass
class Entry:
    """One payload file: its bytes come from the workspace blob or are made here."""

    arcname: str
    size: int
    sha256: str | None = None
    blob: str | None = None
    content: bytes | None = None
    compressed: bool = False
    document_id: int | None = None  # a requirement's document (not an assessor's file)


def assessor_folders(people: list) -> list[str]:
    """One folder per assessor, distinct even for two of the same name, and one that
    Windows, macOS and Linux all accept (no "CON", no trailing dot, no ``:*?"<>|``)."""
    return unique_names([person.name for person in people])


def point_label(point: str) -> str:
    """2.9 -> 2.09, so that files sort in the circular's order in any file manager."""
    head, _, tail = point.partition(".")
    return f"{head}.{int(tail):02d}" if tail else head


def point_key(point: str) -> tuple:
    """"2.11" -> (2, 11): sorts 2.7 before 2.11; a part that is not a number sorts last."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in point.split("."))


def plan_bundle(workspace: Workspace, records: Records, statuses: list[RequirementStatus],
          draft: bool, now: dt.datetime) -> tuple[list[Entry], dict]:
    """Every file the bundle will hold, in order, and its manifest.json."""
    entries: list[Entry] = []
    wording = workspace.catalog.wording  # on a worker: its own catalogue names the items
    requirements = [_plan_requirement(status, entries, wording) for status in statuses]
    entries += _table_entries(workspace.catalog, records)
    # A link of an item this LSP's type does not need stays in the workspace, like its files.
    applying = {status.requirement.id for status in statuses if status.applies}
    links = {k: v for k, v in workspace.links().items() if k in applying}
    if links:
        points = {k: workspace.catalog.requirement(k).point for k in links}
        # In the circular's order: 2.7 before 2.11, as numbers, not as text.
        lines = [f"{point_label(points[k])} {k}: {v}"
                 for k, v in sorted(links.items(), key=lambda kv: point_key(points[kv[0]]))]
        content = ("\r\n".join(lines) + "\r\n").encode("utf-8")
        entries.append(Entry("data/tautan.txt", len(content),
                              hashlib.sha256(content).hexdigest(), content=content,
                              compressed=True))
    assessor_files = _plan_assessor_files(workspace.catalog, records, entries)
    ready, total = progress(statuses)
    profile = workspace.profile()
    manifest = {
        "format": BUNDLE_FORMAT, "format_version": BUNDLE_FORMAT_VERSION,
        "app": f"LSP Desktop {__version__}",
        "catalog": {"id": workspace.catalog.id, "version": workspace.catalog.version},
        "circular": workspace.catalog.circular.number,
        "exported_at": now.isoformat(), "draft": draft,
        "profile": {**vars(profile), "name": nfc(profile.name)},
        "progress": {"ready": ready, "applicable": total},
        "requirements": requirements,
        "links": links,
        "data": {"people": people_rows(records), "assessors": assessor_rows(records),
                 "social_media": records.social_media(), "packages": package_rows(records),
                 "it_staff": it_staff_rows(records), "assessor_files": assessor_files},
    }
    return entries, manifest


def _plan_requirement(status: RequirementStatus, entries: list[Entry],
                      wording: Wording) -> dict:
    """One item's manifest entry; its files are added to entries."""
    req = status.requirement
    files: list[dict] = []
    if not status.applies:  # kept in the workspace, never sent: BNSP did not ask for it
        return _requirement_entry(status, files, wording) | {
            "left_out": {"reason": "not-required", "files": len(status.documents)}}
    # Payload names are always made here, never taken from the user's file name: a
    # scan called "Thumbs.db" is a document like any other.
    for index, (document, report) in enumerate(status.documents, start=1):
        ext = EXTENSIONS.get(document.format, document.format)
        suffix = f"-{index}" if index > 1 else ""
        arcname = f"data/{point_label(req.point)}-{req.id}{suffix}.{ext}"
        entries.append(Entry(arcname, document.size, document.sha256, blob=document.sha256,
                              document_id=document.id,
                              compressed=document.format not in ALREADY_COMPRESSED))
        files.append({"path": arcname, "name": nfc(document.name), "size": document.size,
                      "sha256": document.sha256, "format": document.format,
                      "pages": report.pages, "width": report.width,
                      "height": report.height, "added_at": document.added_at})
    return _requirement_entry(status, files, wording)


def _requirement_entry(status: RequirementStatus, files: list[dict], wording: Wording) -> dict:
    req = status.requirement
    return {
        "id": req.id, "point": req.point, "title_id": req.title_id,
        "title_en": req.title_en, "form": req.form, "applies": status.applies,
        "state": status.state, "link": status.link, "files": files,
        "findings": [{"code": f.code, "severity": f.severity, "source": f.source,
                      "values": f.values,
                      "message_id": f.message("id", wording),
                      "message_en": f.message("en", wording)}
                     for f in [*status.findings,
                               *(f for _, r in status.documents if status.applies
                                 for f in r.findings)]],
    }


def _table_entries(catalog: Catalog, records: Records) -> list[Entry]:
    """The data tables as CSV, each named after the item holding it: 1-siapkerja.csv…"""
    tables = [(_held_name(catalog, PEOPLE), PEOPLE_COLUMNS, people_rows(records)),
              (_held_name(catalog, "assessors"), ASSESSOR_COLUMNS, assessor_rows(records)),
              (_held_name(catalog, "assessors", "sosial-media"), SOCIAL_COLUMNS,
               social_rows(records)),
              (_held_name(catalog, "packages"), PACKAGE_COLUMNS, package_rows(records)),
              (_held_name(catalog, "training-participant", "staf-it"), IT_STAFF_COLUMNS,
               it_staff_rows(records))]
    entries = []
    for name, columns, rows in tables:
        if rows and name:
            content = to_csv(columns, rows)
            entries.append(Entry(f"data/{name}.csv", len(content),
                                  hashlib.sha256(content).hexdigest(), content=content,
                                  compressed=True))
    return entries


def _plan_assessor_files(catalog: Catalog, records: Records,
                         entries: list[Entry]) -> list[dict]:
    """The 2.11 documents, a folder per assessor; added to entries, listed for the
    manifest."""
    listed = []
    folder = _held_name(catalog, "assessor-documents")
    assessors = records.people("asesor") if folder else []
    for person, person_folder in zip(assessors, assessor_folders(assessors), strict=True):
        for kind, file in records.assessor_files(person.saved_id).items():
            ext = EXTENSIONS.get(file.format, file.format)
            arcname = (f"data/{folder}/{person_folder}/"
                       f"{ASSESSOR_FILE_NAMES[kind]}.{ext}")
            entries.append(Entry(arcname, file.size, file.sha256, blob=file.sha256,
                                  compressed=file.format not in ALREADY_COMPRESSED))
            listed.append({"person": person.name, "nik": person.nik, "kind": kind,
                           "path": arcname, "name": nfc(file.name),
                           "sha256": file.sha256, "size": file.size})
    return listed


def _held_name(catalog: Catalog, held: str, name: str | None = None) -> str | None:
    """The bundle name of what an item holds, after its point: "2.12-sosial-media" (the
    item's id when no name is given); none when this circular asks nothing of it."""
    holder = catalog.holder(held)
    if holder is None:
        return None
    return f"{point_label(holder.point)}-{name or holder.id}"

"""Export the workspace as one zip: a BagIt 1.0 bag whose checksums show damage.

What the checksums prove: that every file arrived as it was when summarised, with no
accidental damage (a cut-short download, a bad disk). They do not prove who made the
bundle: anyone who swaps a file can rewrite the manifests to match. What ties the files
to the LSP is the printed summary, signed, with the bundle's own SHA-256 written on it or
sent by another channel; export returns that SHA-256 for the purpose.

The zip is written beside its target under a temporary name, re-read and verified, and
only then renamed: a crash or a full disk never leaves a half bundle under the final name
and never touches an earlier bundle. Progress is a generator of (done, total) bytes; the
caller stops iterating to cancel.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from lsp_desktop import __version__
from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import (
    nfc,
    slug,
)
from lsp_desktop.base.files import new_partial, private_dir, remove_leftovers, replace_file
from lsp_desktop.base.progress import run_steps
from lsp_desktop.bundle.contents import Entry, plan_bundle
from lsp_desktop.bundle.guide import GUIDE_NAME, IN_BUNDLE
from lsp_desktop.bundle.guide_files import guide_html
from lsp_desktop.bundle.printed import render_html
from lsp_desktop.bundle.printed import render_pdf as render_document_pdf
from lsp_desktop.bundle.readme import README_NAME, readme_text
from lsp_desktop.bundle.summary import build_summary
from lsp_desktop.messages import period_text, template
from lsp_desktop.status.missing import state_text
from lsp_desktop.status.requirements import (
    RequirementStatus,
    missing_items,
    workspace_status,
)
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import Workspace

PdfRenderer = Callable[[str], bytes]


@dataclass
class ExportResult:
    path: Path
    top: str
    draft: bool
    files: int
    payload_bytes: int
    missing: list[str] = field(default_factory=list)
    sha256: str = ""  # of the whole zip, to send by another channel than the bundle



def _top_folder(lsp_name: str, now: dt.datetime, draft: bool) -> str:
    """The bundle's one top folder: "LSP-<name>-<date>", "-DRAF" when incomplete."""
    name = slug(lsp_name or "tanpa-nama")
    name = name if name.upper().startswith("LSP") else f"LSP-{name}"
    return f"{name}-{now:%Y-%m-%d}" + ("-DRAF" if draft else "")


def _write_bag(workspace: Workspace, archive: zipfile.ZipFile, top: str, entries: list,
               manifest: dict, summary: list[tuple[str, bytes]], draft: bool,
               now: dt.datetime) -> Generator[tuple[int, int], None, None]:
    """The summary, every payload file, then the BagIt tag files; yields (done, total)."""
    total = sum(e.size for e in entries)
    done = 0
    yield done, total
    hashes: dict[str, str] = {}
    stamp = now.timetuple()[:6]
    for name, content in summary:
        _write_small(archive, f"{top}/{name}", content, stamp, name.endswith(".html"))
    for entry in entries:
        for written in _write_entry(workspace, archive, f"{top}/{entry.arcname}",
                                    entry, stamp, hashes):
            done += written
            yield done, total
    oxum = f"{total}.{len(entries)}"
    profile = workspace.profile()
    circular = workspace.catalog.circular
    period = tuple(period_text(circular.window_start, circular.window_end,
                               circular.training_link, lang) for lang in ("id", "en"))
    readme = readme_text(nfc(profile.name), profile.licence, circular.number,
                         workspace.catalog.id, draft, now, f"LSP Desktop {__version__}",
                         (period[0], period[1]))
    tags = summary + [
        (README_NAME, readme),
        ("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2,
                                     default=str).encode("utf-8")),
        ("bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
        ("bag-info.txt", _bag_info(workspace, draft, now, oxum)),
        ("manifest-sha256.txt", "".join(f"{hashes[e.arcname]}  {e.arcname}\n"
                                        for e in entries).encode("utf-8")),
    ]
    _write_tags(archive, top, stamp, tags, already_written=len(summary))


def export_steps(workspace: Workspace, target: Path, *, allow_incomplete: bool = False,
                 render_pdf: PdfRenderer | None = None, lang: str = "id",
                 now: dt.datetime | None = None,
                 statuses: list[RequirementStatus] | None = None
                 ) -> Generator[tuple[int, int], None, ExportResult]:
    """statuses: what status.requirements.workspace_status gave for this workspace, when the
    caller (the window) already has them; computed here otherwise."""
    target = Path(target)
    # With its offset (+07:00), like every time the workspace records.
    now = (now or dt.datetime.now()).replace(microsecond=0).astimezone()
    if statuses is None:
        statuses = workspace_status(workspace, now.date())
    missing = missing_items(statuses)
    if missing and not allow_incomplete:
        raise LspError("bundle.incomplete", items="; ".join(
            f"{s.requirement.point} {s.requirement.title(lang)} "
            f"({state_text(s, lang)})" for s in missing))  # as the list says it
    draft = bool(missing)
    profile = workspace.profile()
    top = _top_folder(profile.name, now, draft)
    records = Records(workspace)
    entries, manifest = plan_bundle(workspace, records, statuses, draft, now)
    payload_names = {e.document_id: e.arcname for e in entries if e.document_id}
    data_files = [(e.arcname, e.size, e.sha256 or "") for e in entries
                  if e.content is not None]
    summary_doc = build_summary(workspace.catalog, profile, statuses, records, now, draft,
                                payload_names, data_files)
    html = render_html(summary_doc)
    summary_pdf = render_pdf(html) if render_pdf else render_document_pdf(summary_doc)
    # The upload guide and the summary go first, so that they head the archive's listing;
    # all three are tag files at the top, so the guide's links reach data/ beside it.
    guide = guide_html(workspace.catalog, manifest, entries, lang,
                       f"{top}@{manifest['exported_at']}", IN_BUNDLE)
    summary = [(GUIDE_NAME, guide)] + (
        [("ringkasan.pdf", summary_pdf)] if summary_pdf else []) + [
        ("ringkasan.html", html.encode("utf-8"))]

    completed, temp = False, None
    try:
        private_dir(target.parent)
        remove_leftovers(target.parent)  # what an export killed outright left behind
        # Closed by the with-block below; kept open across yields, so no context manager.
        temp, handle = new_partial(target)
        with handle, zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
            yield from _write_bag(workspace, archive, top, entries, manifest, summary,
                                  draft, now)
            handle.flush()
            os.fsync(handle.fileno())
        _reread(temp)
        bundle_sha256 = _file_sha256(temp)
        replace_file(temp, target)
        completed = True
    except OSError as exc:
        from lsp_desktop.base.files import reason_code

        raise LspError("bundle.write_failed", path=str(target),
                       reason=reason_code(exc)) from None
    finally:
        if not completed and temp is not None:
            temp.unlink(missing_ok=True)
    return ExportResult(target, top, draft, len(entries), sum(e.size for e in entries),
                        [s.requirement.id for s in missing], bundle_sha256)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while piece := handle.read(256 * 1024):
            digest.update(piece)
    return digest.hexdigest()


def export_bundle(workspace: Workspace, target: Path, **options) -> ExportResult:
    """Export without watching progress (the command line and tests)."""
    return run_steps(export_steps(workspace, target, **options))


def _write_entry(workspace: Workspace, archive: zipfile.ZipFile, arcname: str, entry: Entry,
                 stamp: tuple, hashes: dict[str, str]) -> Generator[int, None, None]:
    info = zipfile.ZipInfo(arcname, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED if entry.compressed else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    with archive.open(info, "w", force_zip64=entry.size > 0x7FFF0000) as out:
        if entry.content is not None:
            out.write(entry.content)
            hashes[entry.arcname] = hashlib.sha256(entry.content).hexdigest()
            yield len(entry.content)
            return
        # Read the stored bytes in pieces: memory stays flat whatever the bundle's size.
        # The checksum is the one recorded on attaching; the re-read before the rename
        # recomputes it from the zip, so damage in the workspace cannot slip through.
        if entry.blob is None:  # a slip in plan_bundle: every entry has content or a blob
            raise ValueError(f"{entry.arcname}: nothing to write")
        for piece in workspace.blob_chunks(entry.blob):
            out.write(piece)
            yield len(piece)
    hashes[entry.arcname] = entry.blob


def _bag_info(workspace: Workspace, draft: bool, now: dt.datetime, oxum: str) -> bytes:
    profile = workspace.profile()
    circular = workspace.catalog.circular.number
    fields = [
        ("Source-Organization", profile.name or "-"),
        ("External-Identifier", profile.licence or "-"),
        ("External-Description", template("bag_info.description").format(
            circular=circular, catalog_id=workspace.catalog.id)),
        ("Circular-Number", circular),
        ("Bundle-Status", template("bag_info.draft" if draft else "bag_info.complete")),
        ("Export-Time", now.isoformat()),
        ("Bagging-Date", now.date().isoformat()),
        ("Payload-Oxum", oxum),
        ("Bag-Software-Agent", f"LSP Desktop {__version__}"),
    ]
    return "".join(f"{key}: {_one_line(value)}\n" for key, value in fields).encode("utf-8")


def _write_tags(archive: zipfile.ZipFile, top: str, stamp: tuple,
                tags: list[tuple[str, bytes]], already_written: int) -> None:
    """Write the tag files not yet in the archive, then the manifest of them all."""
    for name, content in tags[already_written:]:
        _write_small(archive, f"{top}/{name}", content, stamp, True)
    listing = "".join(f"{hashlib.sha256(content).hexdigest()}  {name}\n"
                      for name, content in tags)
    _write_small(archive, f"{top}/tagmanifest-sha256.txt", listing.encode("utf-8"), stamp, True)


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", nfc(str(value))).strip()


def _write_small(archive: zipfile.ZipFile, name: str, content: bytes, stamp: tuple,
                 deflate: bool) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    archive.writestr(info, content)


def _reread(path: Path) -> None:
    """Read every member back before the bundle takes its final name."""
    from lsp_desktop.bundle.verify import verify_bundle

    result = verify_bundle(path, check_completeness=False)
    refused = next((f for f in result.problems if f.code == "bundle.value_refused"), None)
    if refused is not None:  # not the disk: a stored value no bundle may carry
        raise LspError("bundle.export_value_refused", **refused.values)
    if result.damaged:
        # The damaged members' names: the same in both languages.
        raise LspError("bundle.reread_failed", reason=", ".join(
            str(f.values.get("file", f.code)) for f in result.problems[:5]))

"""Import a bundle into a new workspace, so the work goes on on another laptop.

The bundle is scanned and verified first; the workspace is built under a temporary name
and renamed only when complete, so a damaged or hostile bundle leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Sequence
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import base_name
from lsp_desktop.base.files import (
    IMPORT_SUFFIX,
    forget_partial,
    partial_name,
    private_dir,
    reason_code,
    remember_partial,
    remove_leftovers,
    remove_remembered_partials,
    replace_file,
)
from lsp_desktop.base.paths import unfinished_dir
from lsp_desktop.bundle.verify import ZIP_ERRORS, VerifyResult, read_member, verify_archive
from lsp_desktop.checks.findings import ERROR, Finding
from lsp_desktop.checks.guard import open_regular
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.store.participant import Participant, set_not_submitted, set_participant
from lsp_desktop.store.records import AssessorData, Package, Person, Records, Unit
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.tables.rows import EXPIRY_COMPUTED, SIAPKERJA_COLUMN


def import_bundle(bundle: Path | str, target: Path | str,
                  catalog: Catalog | None = None) -> Path:
    """catalog: the one at hand; the workspace follows the circular the bundle names."""
    bundle, target = Path(bundle), Path(target)
    if target.exists():
        raise LspError("import.target_exists", path=str(target))
    # Opened once through the guard (a pipe or a device is refused, not read forever);
    # the archive verified is the one rebuilt.
    with open_regular(bundle) as (handle, _size):
        try:
            archive = zipfile.ZipFile(handle)
        except ZIP_ERRORS as exc:
            raise _damaged(bundle, [Finding("bundle.not_zip", ERROR,
                                            {"reason": str(exc)[:200]})]) from None
        with archive:
            return _import_archive(archive, bundle, target, catalog)


def _damaged(bundle: Path, problems: Sequence[Finding | LspError]) -> LspError:
    # The first five reasons, as codes: the message says them in the admin's language.
    return LspError("import.damaged", path=str(bundle),
                    reasons=[problem.carried() for problem in problems[:5]])


def _import_archive(archive: zipfile.ZipFile, bundle: Path, target: Path,
                    catalog: Catalog | None) -> Path:
    result = VerifyResult(bundle)
    try:
        verify_archive(archive, result, catalog, check_completeness=False)
    except ZIP_ERRORS as exc:
        result.problems.append(Finding("bundle.not_zip", ERROR, {"reason": str(exc)[:200]}))
    if result.damaged:
        raise _damaged(bundle, result.problems)
    manifest = result.manifest or {}
    if result.catalog is None:
        raise LspError("bundle.catalog_unknown",
                       catalog=str(manifest.get("catalog", {}).get("id"))[:60])
    created = _missing_folders(target.parent)
    try:
        private_dir(target.parent)
        # A killed import cannot clean up after itself; the next one does.
        remove_leftovers(target.parent)
        remove_remembered_partials(unfinished_dir())
        temp = partial_name(target).with_suffix(IMPORT_SUFFIX)
        # Noted in the data folder: the next start removes it if this process is killed,
        # even if nothing is ever opened in the target's folder again.
        note = remember_partial(temp, unfinished_dir())
    except OSError as exc:
        _remove_folders(created)
        raise LspError("import.cannot_write", path=str(target), reason=reason_code(exc)) from None
    try:
        return _build(archive, result.top or "", manifest, result.catalog, temp, target,
                      bundle)
    except BaseException:
        _remove_folders(created)  # a refused import leaves no folder it made behind
        raise
    finally:
        forget_partial(note)


def _missing_folders(folder: Path) -> list[Path]:
    """The folders an import would create to reach ``folder``, deepest first."""
    missing = []
    probe = folder.absolute()
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    return missing


def _remove_folders(created: list[Path]) -> None:
    for folder in created:  # deepest first; a folder something else was put in stays
        with contextlib.suppress(OSError):
            folder.rmdir()


def _build(archive: zipfile.ZipFile, top: str, manifest: dict, catalog: Catalog, temp: Path,
           target: Path, bundle: Path) -> Path:
    try:
        with Workspace(temp, catalog) as workspace, workspace.unsynced():
            _rebuild(archive, top, manifest, workspace)
        for suffix in ("-wal", "-shm"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
        replace_file(temp, target)
    except (*ZIP_ERRORS, TypeError, AttributeError, KeyError) as exc:
        _remove(temp)
        if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
            raise LspError("import.cannot_write", path=str(target),
                           reason=reason_code(exc)) from None
        # A bag whose checksums match but whose manifest was made by hand, badly.
        raise _damaged(bundle, [Finding("bundle.contents_disagree", ERROR, {})]) from None
    except LspError as error:
        _remove(temp)
        if error.code in ("workspace.cannot_open", "workspace.write_failed"):
            # The temporary name means nothing to them; the target does.
            raise LspError("import.cannot_write", path=str(target),
                           reason=error.values.get("reason")) from None
        # Whatever the store refused (a file that is not what it says): the bundle's fault,
        # said as verify would, never as a command the admin typed.
        raise _damaged(bundle, [error]) from None
    except BaseException:
        _remove(temp)
        raise
    return target


def _remove(temp: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)


def _rebuild(archive: zipfile.ZipFile, top: str, manifest: dict, workspace: Workspace) -> None:
    profile = manifest.get("profile", {})
    workspace.set_profile(name=profile.get("name", ""), licence=profile.get("licence", ""),
                          lsp_type=profile.get("lsp_type", ""),
                          category=profile.get("category", ""),
                          uses_skkk=bool(profile.get("uses_skkk")))
    for item in manifest.get("requirements", []):
        for file in item.get("files", []):
            data = read_member(archive, f"{top}/{file['path']}")
            # The name is only a label: made a safe base name here, at the boundary.
            workspace.attach_bytes(item["id"], base_name(file["name"]), data, source_path=None,
                                   replace_existing=True)
    for requirement_id, url in manifest.get("links", {}).items():
        workspace.set_link(requirement_id, url)
    _rebuild_records(archive, top, manifest.get("data", {}), Records(workspace))


def _rebuild_records(archive: zipfile.ZipFile, top: str, data: dict, records: Records) -> None:
    # One transaction for the whole roster: 5,000 people in well under a second.
    added = records.add_people([
        Person(None, row["nama"], row["peran"], _text(row, "nik"), _text(row, "email"),
               _text(row, "telepon"), row.get(SIAPKERJA_COLUMN, "belum-daftar"))
        for row in data.get("people", [])])
    people_by_nik_name = {(person.nik, person.name): person for person in added}
    _rebuild_assessors(data.get("assessors", []), people_by_nik_name, records)
    for platform, value in data.get("social_media", {}).items():
        records.set_social_media(platform, value)
    packages: dict[str, Package] = {}
    for row in data.get("packages", []):
        package = packages.setdefault(row["kode_paket"], Package(
            None, row["kode_paket"], _text(row, "nama_paket"), _text(row, "nama_paket_en"),
            _text(row, "jenis"), _text(row, "acuan")))
        if row.get("kode_unit") or row.get("judul_unit"):
            package.units.append(Unit(None, _text(row, "kode_unit"), _text(row, "judul_unit"),
                                      _text(row, "judul_unit_en")))
    for package in packages.values():
        records.save_package(package)
    for row in data.get("it_staff", []):
        picked = people_by_nik_name.get((row.get("nik") or "", row.get("nama") or ""))
        set_participant(records.ws, Participant(
            picked.saved_id if picked else None,
            *(row.get(key) or "" for key in ("nama", "email", "telepon", "jabatan",
                                              "whatsapp", "nomor_sk", "tanggal_sk"))))
    for file in data.get("assessor_files", []):
        owner = people_by_nik_name.get((file.get("nik", ""), file["person"]))
        if owner:
            content = read_member(archive, f"{top}/{file['path']}")
            records.attach_assessor_file(owner.saved_id, file["kind"], base_name(file["name"]),
                                         content)


def _rebuild_assessors(rows: list[dict], people_by_nik_name: dict[tuple[str, str], Person],
                       records: Records) -> None:
    """2.12's data; an expiry the app computed is not stored as if written, and an assessor
    left out of 2.12 stays left out, with the reason (both keys absent in older bundles)."""
    for row in rows:
        assessor = people_by_nik_name.get((_text(row, "nik"), row["nama"]))
        if not assessor:
            continue
        computed = row.get("berlaku_sampai_sumber") == EXPIRY_COMPUTED
        records.save_assessor_data(AssessorData(
            assessor.saved_id, _text(row, "no_reg_met"), _text(row, "no_blanko"),
            _text(row, "tanggal_terbit"), "" if computed else _text(row, "berlaku_sampai"),
            _text(row, "bidang")))
        if row.get("diajukan") == "tidak":
            set_not_submitted(records.ws, assessor.saved_id,
                              (row.get("alasan_tidak_diajukan") or "").strip() or "-")


def _text(row: dict, key: str) -> str:
    """A row's text; absent and null (a manifest made by another tool) are both empty."""
    return row.get(key) or ""

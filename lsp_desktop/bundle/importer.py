"""Import a bundle into a new workspace, so the work goes on on another laptop.

The bundle is scanned and verified first; the workspace is built under a temporary name
and renamed only when complete, so a damaged or hostile bundle leaves nothing behind.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from lsp_desktop.bundle.verify import ZIP_ERRORS, read_member, verify_bundle
from lsp_desktop.catalog import Catalog, load_catalog
from lsp_desktop.errors import LspError
from lsp_desktop.store.records import AssessorData, ItStaff, Package, Person, Records, Unit
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.tables.rows import SIAPKERJA_COLUMN


def import_bundle(bundle: Path | str, target: Path | str,
                  catalog: Catalog | None = None) -> Path:
    bundle, target = Path(bundle), Path(target)
    catalog = catalog or load_catalog()
    if target.exists():
        raise LspError("import.target_exists", path=str(target))
    result = verify_bundle(bundle, catalog, check_completeness=False)
    if result.damaged:
        raise LspError("import.damaged", path=str(bundle),
                       reason="; ".join(f.message("id") for f in result.problems[:5]),
                       reason_en="; ".join(f.message("en") for f in result.problems[:5]))
    manifest = result.manifest or {}
    if manifest.get("catalog", {}).get("id") != catalog.id:
        raise LspError("bundle.catalog_unknown", catalog=manifest.get("catalog", {}).get("id"))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                     suffix=".partial")
    os.close(fd)
    temp = Path(temp_name)
    temp.unlink()  # the workspace creates it owner-only itself
    try:
        with zipfile.ZipFile(bundle) as archive, Workspace(temp, catalog) as workspace:
            _rebuild(archive, result.top or "", manifest, workspace)
        for suffix in ("-wal", "-shm"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
        os.replace(temp, target)
    except (*ZIP_ERRORS, TypeError, AttributeError) as exc:
        # A bag whose checksums match but whose manifest was made by hand, badly.
        _remove(temp)
        raise LspError("import.damaged", path=str(bundle), reason=str(exc)[:200],
                       reason_en=str(exc)[:200]) from None
    except BaseException:
        _remove(temp)
        raise
    return target


def _remove(temp: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
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
            workspace.attach_bytes(item["id"], file["name"], data, source_path=None,
                                   replace_existing=True)
    for requirement_id, url in manifest.get("links", {}).items():
        workspace.set_link(requirement_id, url)
    _rebuild_records(archive, top, manifest.get("data", {}), Records(workspace))


def _rebuild_records(archive: zipfile.ZipFile, top: str, data: dict, records: Records) -> None:
    people_by_nik_name: dict[tuple[str, str], Person] = {}
    for row in data.get("people", []):
        person = records.save_person(Person(None, row["nama"], row["peran"], row.get("nik", ""),
                                            row.get("email", ""), row.get("telepon", ""),
                                            row.get(SIAPKERJA_COLUMN, "belum-daftar")))
        people_by_nik_name[(person.nik, person.name)] = person
    for row in data.get("assessors", []):
        assessor = people_by_nik_name.get((row.get("nik", ""), row["nama"]))
        if assessor:
            records.save_assessor_data(AssessorData(
                assessor.saved_id, row.get("no_reg_met", ""), row.get("no_blanko", ""),
                row.get("tanggal_terbit", ""), row.get("berlaku_sampai", ""),
                row.get("bidang", "")))
    for platform, value in data.get("social_media", {}).items():
        records.set_social_media(platform, value)
    packages: dict[str, Package] = {}
    for row in data.get("packages", []):
        package = packages.setdefault(row["kode_paket"], Package(
            None, row["kode_paket"], row.get("nama_paket", ""), row.get("nama_paket_en", ""),
            row.get("jenis", ""), row.get("acuan", "")))
        if row.get("kode_unit") or row.get("judul_unit"):
            package.units.append(Unit(None, row.get("kode_unit", ""), row.get("judul_unit", ""),
                                      row.get("judul_unit_en", "")))
    for package in packages.values():
        records.save_package(package)
    for row in data.get("it_staff", []):
        records.set_it_staff(ItStaff(row.get("nama", ""), row.get("email", ""),
                                     row.get("telepon", "")))
    for file in data.get("assessor_files", []):
        owner = people_by_nik_name.get((file.get("nik", ""), file["person"]))
        if owner:
            content = read_member(archive, f"{top}/{file['path']}")
            records.attach_assessor_file(owner.saved_id, file["kind"], file["name"], content)

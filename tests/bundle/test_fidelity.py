"""What the receiver of a bundle sees is what the sender filled in: the training participant,
assessors left out of 2.12, computed expiry dates, items not required, the packages and
the data files' checksums, all in the manifest, the CSVs and the printed summary, and
back again after an import."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import zipfile

from pypdf import PdfReader

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.manifest_schema import manifest_problem
from lsp_desktop.cli.main import run
from lsp_desktop.store.participant import (
    Participant,
    not_submitted_assessors,
    participant,
    set_not_submitted,
    set_participant,
)
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.fill import fill_everything
from tests.support.pdf_pages import pdf_pages

REASON = "sedang sertifikasi ulang (RCC)"


def _fill_all(ws) -> None:
    """Everything, including the participant's details and an assessor left out of 2.12."""
    fill_everything(ws)
    records = Records(ws)
    dedi = records.save_person(Person(None, "Dedi Kurniawan", "pelaksana", "3174051708900009",
                                      "dedi@lsp-tik.or.id", "+6281298765432", "sudah-submit"))
    set_participant(ws, Participant(dedi.id, dedi.name, dedi.email, dedi.phone,
                                    "Kepala Bagian TI", "+62 812-9876-5432", "SK/015/LSP-TD/2025",
                                    "2025-04-30"))
    eko = records.save_person(Person(None, "Eko Prasetyo", "asesor", "3273016501850004",
                                     "eko@lsp-tik.or.id", "081234567891", "sudah-submit"))
    records.save_assessor_data(AssessorData(eko.id, "MET.000.001574 2022", "0012346",
                                            "2022-03-01", "2025-03-01", "TIK"))
    set_not_submitted(ws, eko.id, REASON)


def _member(path, top, name) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"{top}/{name}")


def _csv(path, top, name) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_member(path, top, name).decode("utf-8-sig"))))


def test_participant_and_left_out_assessors_survive_export_and_import(tmp_path, capsys):
    source = tmp_path / "sumber.lspws"
    with open_workspace(source) as ws:
        _fill_all(ws)
        before = participant(ws)
        left_out_before = {p.name: not_submitted_assessors(ws).get(p.id)
                           for p in Records(ws).people("asesor")}
    out = tmp_path / "serah.zip"
    assert run(["export", "--workspace", str(source), "--out", str(out)]) == 0
    target = tmp_path / "baru.lspws"
    assert run(["import", str(out), "--workspace", str(target)]) == 0
    capsys.readouterr()
    with open_workspace(target) as ws:
        after = participant(ws)
        people = Records(ws).people()
        left_out_after = {p.name: not_submitted_assessors(ws).get(p.id)
                          for p in Records(ws).people("asesor")}
        issued_only = Records(ws).assessor_data(
            next(p for p in people if p.name == "Citra Dewi").id)
    chosen = next(p for p in people if p.id == after.person_id)
    assert chosen.name == "Dedi Kurniawan"  # linked to the roster entry again
    assert (after.name, after.email, after.phone, after.job_title, after.whatsapp,
            after.sk_number, after.sk_date) == (
        before.name, before.email, before.phone, "Kepala Bagian TI", "+62 812-9876-5432",
        "SK/015/LSP-TD/2025", "2025-04-30")
    assert left_out_after == left_out_before == {"Citra Dewi": None, "Eko Prasetyo": REASON}
    # The expiry the app computed for the bundle is not stored as if the admin wrote it.
    assert issued_only.expires_on == ""


def test_the_csvs_say_who_is_submitted_and_when_certificates_expire(tmp_path):
    with open_workspace(tmp_path / "ws.lspws") as ws:
        _fill_all(ws)
        result = export_bundle(ws, tmp_path / "b.zip")
    assessors = {r["nama"]: r for r in _csv(result.path, result.top,
                                            "data/2.12-data-asesor.csv")}
    citra, eko = assessors["Citra Dewi"], assessors["Eko Prasetyo"]
    assert (citra["diajukan"], citra["alasan_tidak_diajukan"]) == ("ya", "")
    assert (eko["diajukan"], eko["alasan_tidak_diajukan"]) == ("tidak", REASON)
    assert citra["berlaku_sampai"] == "2028-06-01"
    assert citra["berlaku_sampai_sumber"] == "dihitung: tanggal terbit + 3 tahun"
    assert (eko["berlaku_sampai"], eko["berlaku_sampai_sumber"]) == ("2025-03-01", "tertulis")
    [staff] = _csv(result.path, result.top, "data/4-staf-it.csv")
    assert staff == {"nama": "Dedi Kurniawan", "nik": "3174051708900009",
                     "jabatan": "Kepala Bagian TI", "email": "dedi@lsp-tik.or.id",
                     "telepon": "+6281298765432", "whatsapp": "+62 812-9876-5432",
                     "nomor_sk": "SK/015/LSP-TD/2025", "tanggal_sk": "2025-04-30"}
    manifest = json.loads(_member(result.path, result.top, "manifest.json"))
    assert manifest_problem(manifest) is None
    assert manifest["data"]["it_staff"] == [staff]


def test_a_bundle_from_before_these_keys_still_imports(tmp_path, catalog):
    """An older manifest: it_staff with nama/email/telepon only, no diajukan column."""
    from lsp_desktop.bundle.importer import import_bundle

    with open_workspace(tmp_path / "ws.lspws") as ws:
        fill_everything(ws)
        result = export_bundle(ws, tmp_path / "b.zip")
    old = tmp_path / "lama.zip"
    with zipfile.ZipFile(result.path) as src:
        files = {name: src.read(name) for name in src.namelist()}
    name = f"{result.top}/manifest.json"
    manifest = json.loads(files[name])
    manifest["data"]["it_staff"] = [{"nama": "Dedi", "email": "d@x.id", "telepon": "0812"}]
    manifest["data"]["assessors"] = [
        {k: v for k, v in row.items() if k in ("nama", "nik", "no_reg_met", "no_blanko",
                                               "tanggal_terbit", "berlaku_sampai", "bidang")}
        for row in manifest["data"]["assessors"]]
    files[name] = json.dumps(manifest).encode()
    tags = f"{result.top}/tagmanifest-sha256.txt"
    files[tags] = "".join(
        f"{hashlib.sha256(files[f'{result.top}/{line.split()[1]}']).hexdigest()}  "
        f"{line.split()[1]}\n" for line in files[tags].decode().splitlines()).encode()
    with zipfile.ZipFile(old, "w") as dst:
        for member, content in files.items():
            dst.writestr(member, content)
    import_bundle(old, tmp_path / "baru.lspws", catalog)
    with open_workspace(tmp_path / "baru.lspws") as ws:
        staff = participant(ws)
        assert (staff.name, staff.email, staff.phone, staff.job_title) == (
            "Dedi", "d@x.id", "0812", "")
        assert not_submitted_assessors(ws) == {}


def _not_required_item(catalog):
    return next(r for r in catalog.requirements if r.requires_skkk and r.form == "file")


def test_files_of_items_not_required_stay_out_of_the_bundle(workspace, tmp_path):
    fill_everything(workspace)  # the profile says: no SKKK
    skkk = _not_required_item(workspace.catalog)
    workspace.attach_bytes(skkk.id, "skkk-lama.pdf", mk.pdf_bytes(pages=2))
    result = export_bundle(workspace, tmp_path / "b.zip")
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        html = archive.read(f"{result.top}/ringkasan.html").decode()
        manifest = json.loads(archive.read(f"{result.top}/manifest.json"))
    assert not [n for n in names if skkk.id in n], names
    entry = next(r for r in manifest["requirements"] if r["id"] == skkk.id)
    assert entry["files"] == []
    assert entry["left_out"] == {"reason": "not-required", "files": 1}
    assert "1 berkas tidak disertakan dalam bundel (tidak wajib)" in html
    assert "skkk-lama.pdf" not in html


def test_summary_shows_packages_data_checksums_dates_in_words_and_a_place_for_the_sha(
        tmp_path):
    with open_workspace(tmp_path / "ws.lspws") as ws:
        _fill_all(ws)
        result = export_bundle(ws, tmp_path / "b.zip", now=dt.datetime(2026, 3, 17, 9, 30))
    pdf = _member(result.path, result.top, "ringkasan.pdf")
    html = _member(result.path, result.top, "ringkasan.html").decode()
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for shown in (html, text):
        assert "Skema: paket dan unit kompetensi" in shown
        assert "SKM/BNSP/00010/1/2020/37A5" in shown and "J.620100.001.01" in shown
        assert "30 April 2025" in shown and "2025-04-30" not in shown
        assert "SHA-256 bundel" in shown
        assert "dihitung: tanggal terbit + 3 tahun" in shown
    # Each data item's row names the table it holds.
    assert "data/2.14-paket-kompetensi.csv (lihat berkas data)" in html
    with zipfile.ZipFile(result.path) as archive:
        tables = [n for n in archive.namelist() if n.endswith(".csv")]
        assert len(tables) == 5
        for member in tables:
            digest = hashlib.sha256(archive.read(member)).hexdigest()
            assert member.split("/", 1)[1] in html
            assert f"{digest[:32]}<br>{digest[32:]}" in html
    assert pdf_pages(pdf, "ringkasan-lengkap")


def test_a_left_out_entry_of_the_wrong_shape_is_named():
    manifest = {"format": "lsp-desktop-bundle", "format_version": 1, "catalog": {"id": "x"},
                "requirements": [{"id": "skkk", "left_out": {"files": "satu"}}]}
    assert manifest_problem(manifest) == "requirements[0].left_out.files: number ≠ string"


def test_links_of_items_the_circular_no_longer_asks_stay_out(workspace, tmp_path):
    from lsp_desktop.circulars.library import add_catalog_file
    from lsp_desktop.store.followed_circular import switch_catalog
    from tests import ROOT

    workspace.set_link("dokumen-skema", "https://drive.google.com/drive/folders/1AbCdEfGhIjKl")
    made_up = add_catalog_file(ROOT / "tests" / "catalog" / "made_up_circular.toml")
    switch_catalog(workspace, made_up.id)  # the new circular has no item "dokumen-skema"
    result = export_bundle(workspace, tmp_path / "b.zip", allow_incomplete=True)
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read(f"{result.top}/manifest.json"))
        names = archive.namelist()
    assert manifest["links"] == {} and not [n for n in names if n.endswith("tautan.txt")]

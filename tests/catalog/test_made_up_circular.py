"""A circular with other ids and numbering works end to end: the catalogue drives the code.

Every item of tests/catalog/made_up_circular.toml is filled through the public API and
moves from missing to ok; the bundle comes out complete, named by the made-up items, and
imports back whole.
"""

import zipfile
from pathlib import Path

import bagit
import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.circulars.catalog import DATASETS, PARTS, Requirement, load_catalog
from lsp_desktop.intake.guess import propose_requirement
from lsp_desktop.status.requirements import (
    DATA_CHECKS,
    PART_CHECKS,
    requirement_status,
    workspace_status,
)
from lsp_desktop.store.records import AssessorData, ItStaff, Package, Person, Records, Unit
from lsp_desktop.store.workspace import Workspace, open_workspace
from tests import makefiles as mk
from tests.support.archives import members

MADE_UP = Path(__file__).with_name("made_up_circular.toml")
FOLDER = "https://drive.google.com/drive/folders/1ZyXwVuTsRqPoNmLkJiHgFeDcBa"
PEOPLE = [("Ani Lestari", "pengarah", "3174055708900001"),
          ("Budi Santoso", "pelaksana", "3174051708900002"),
          ("Citra Dewi", "asesor", "3273016501850003")]


@pytest.fixture
def made_up():
    return load_catalog(MADE_UP)


@pytest.fixture
def ws(tmp_path, made_up):
    workspace = open_workspace(tmp_path / "rekaan.lspws", made_up)
    workspace.set_profile(name="LSP Rekaan", licence="BNSP-LSP-9999-ID", lsp_type="P3",
                          category="umum", uses_skkk=True)
    yield workspace
    workspace.close()


def fill_roster(ws: Workspace, item: Requirement) -> None:
    records = Records(ws)
    for name, role, nik in PEOPLE:
        records.save_person(Person(None, name, role, nik, "nama@lsp-rekaan.or.id",
                                   "081234567890", "sudah-submit"))


def fill_file(ws: Workspace, item: Requirement) -> None:
    if "pdf" in item.formats:
        ws.attach_bytes(item.id, f"{item.id}.pdf", mk.pdf_bytes(pages=2, title=item.id))
    else:
        ws.attach_bytes(item.id, f"{item.id}.png", mk.image_bytes("PNG", size=(1200, 800)))
    if "training-participant" in item.parts:
        assert _state(ws, item) == "error"  # a letter, but nobody named to attend yet
        Records(ws).set_it_staff(ItStaff("Dedi Kurniawan", "dedi@lsp-rekaan.or.id",
                                         "081298765432"))
        from tests.fill import fill_participant_fields

        fill_participant_fields(ws)


def fill_link(ws: Workspace, item: Requirement) -> None:
    ws.set_link(item.id, FOLDER)
    if "assessor-documents" in item.parts:
        records = Records(ws)
        for person in records.people("asesor"):
            for kind in ("ktp", "sertifikat-teknis", "ijazah"):
                records.attach_assessor_file(person.id, kind, f"{kind}.pdf", mk.pdf_bytes())
            records.attach_assessor_file(person.id, "pasfoto", "pasfoto.jpg",
                                         mk.image_bytes("JPEG", (300, 400), color=(200, 20, 30)))


def fill_data(ws: Workspace, item: Requirement) -> None:
    records = Records(ws)
    if item.dataset == "assessors":
        for person in records.people("asesor"):
            records.save_assessor_data(AssessorData(person.id, "MET.000.001573 2025",
                                                    "0012345", "2025-06-01", "", "TIK"))
        records.set_social_media("instagram", "@lsp_rekaan")
    else:
        records.save_package(Package(None, "SKM/BNSP/00010/1/2020/37A5", "Pemrogram Junior",
                                     "Junior Programmer", "okupasi", "SKKNI 282/2016",
                                     [Unit(None, "J.620100.001.01", "Menganalisis tools",
                                           "Analysing tools")]))


FILL = {"roster": fill_roster, "file": fill_file, "link": fill_link, "data": fill_data}


def _state(ws: Workspace, item: Requirement) -> str:
    return requirement_status(ws, item).state


def test_the_made_up_circular_loads_with_its_own_items(made_up):
    assert made_up.circular.number == "SE.099/BNSP/I/2027"
    assert {r.form for r in made_up.requirements} == {"roster", "file", "link", "data"}
    assert made_up.holder("people").id == "daftar-personil"
    assert made_up.holder("assessor-documents").id == "map-penguji"
    assert made_up.holder("training-participant").id == "surat-operator"
    assert {made_up.holder(d).id for d in DATASETS} == {"register-penguji", "katalog-skema"}


def test_every_dataset_and_part_the_catalogue_may_name_has_a_check():
    assert set(DATA_CHECKS) == set(DATASETS) and set(PART_CHECKS) == set(PARTS)


def test_every_item_moves_from_missing_to_ok_and_the_bundle_is_complete(ws, tmp_path):
    assert {s.requirement.id: s.state for s in workspace_status(ws)} == dict.fromkeys(
        (r.id for r in ws.catalog.requirements), "missing")
    for item in ws.catalog.requirements:  # roster first: the assessors come from it
        # Not ready until filled (the register is wrong, not empty, once an assessor exists).
        assert _state(ws, item) in ("missing", "error"), item.id
        FILL[item.form](ws, item)
        assert _state(ws, item) == "ok", (item.id, requirement_status(ws, item).findings)

    # The history names the made-up items, whatever table the change went to.
    logged = {c["requirement_id"] for c in ws.changes()}
    assert {r.id for r in ws.catalog.requirements} <= logged

    result = export_bundle(ws, tmp_path / "out" / "rekaan.zip")
    assert not result.draft and result.missing == []
    inside = {n[len(result.top) + 1:] for n in members(result.path)}
    assert {"data/3-daftar-personil.csv", "data/5.01-akta-pendirian.pdf",
            "data/5.02-denah-ruang.png", "data/5.04-register-penguji.csv",
            "data/5.04-sosial-media.csv", "data/5.10-katalog-skema.csv",
            "data/5.11-izin-operasional.pdf", "data/5.12-standar-internal.pdf",
            "data/7-surat-operator.pdf", "data/7-staf-it.csv",
            "data/5.03-map-penguji/Citra Dewi/Pasfoto.jpg"} <= inside
    verified = verify_bundle(result.path, ws.catalog)
    assert verified.status == "intact" and verified.missing == [], verified.problems
    bag_dir = tmp_path / "unzipped"
    with zipfile.ZipFile(result.path) as archive:
        archive.extractall(bag_dir)
    bagit.Bag(str(bag_dir / result.top)).validate()

    again = import_bundle(result.path, tmp_path / "lagi.lspws", ws.catalog)
    with open_workspace(again, ws.catalog) as copy:
        assert {s.state for s in workspace_status(copy)} == {"ok"}


def test_excluded_and_skkk_items_follow_the_profile(ws):
    ws.set_profile(lsp_type="P1", category="sekolah", uses_skkk=False)
    states = {s.requirement.id: s.state for s in workspace_status(ws)}
    assert [i for i, s in states.items() if s == "not-required"] == [
        "katalog-skema", "izin-operasional", "standar-internal"]


@pytest.mark.parametrize("name,expected", [
    ("Scan AKTA Pendirian LSP.pdf", "akta-pendirian"), ("denah_lantai2.png", "denah-ruang"),
    ("izin operator 2027.pdf", "surat-operator"), ("NPWP LSP.pdf", None),
])
def test_file_names_propose_the_made_up_items(name, expected, made_up):
    assert propose_requirement(name, made_up) == expected


def test_a_workspace_opens_only_with_its_own_catalogue(tmp_path, made_up):
    path = tmp_path / "rekaan.lspws"
    open_workspace(path, made_up).close()
    with pytest.raises(LspError) as caught:
        open_workspace(path, load_catalog())
    assert caught.value.code == "workspace.other_catalog"
    message = caught.value.message("id")
    assert "se-099-bnsp-i-2027" in message and "tidak diubah" in message
    with open_workspace(path, made_up) as again:
        assert again.catalog.circular.number == "SE.099/BNSP/I/2027"


def test_the_made_up_lists_use_its_own_item_numbers(ws, tmp_path):
    """The printable list and the summary of another circular name its items by its own
    numbers (5.3, 5.4, 3), never SE.007's (2.11, 2.12, item 1)."""
    import datetime as dt
    import io
    import re

    from pypdf import PdfReader

    from lsp_desktop.bundle.missing_list import write_report
    from lsp_desktop.store.participant import set_not_submitted

    for item in ws.catalog.requirements:
        if item.form in ("roster", "data"):
            FILL[item.form](ws, item)
    records = Records(ws)
    citra = records.people("asesor")[0]
    records.save_person(Person(None, "Eko Prasetyo", "asesor", "3273016501850004"))
    set_not_submitted(ws, citra.saved_id, "sertifikasi ulang (RCC)")
    target = write_report(ws, tmp_path / "kurang.pdf", dt.date(2027, 3, 1))
    listed = " ".join(p.extract_text() for p in PdfReader(target).pages)
    result = export_bundle(ws, tmp_path / "out" / "rekaan.zip", allow_incomplete=True)
    with zipfile.ZipFile(result.path) as archive:
        summary = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(
            archive.read(f"{result.top}/ringkasan.pdf"))).pages)
    for text in (listed, summary):
        flat = re.sub(r"\s+", " ", text)
        assert not re.search(r"\b2\.1[1-4]\b", flat), flat
    flat = re.sub(r"\s+", " ", listed)
    assert "(5.3)" in flat and "di butir 5.4" in flat
    said = render_status_of(ws)
    assert "Tidak diajukan di butir 5.4" in said and "butir 3" in said
    from lsp_desktop.circulars.catalog import use_item_labels
    from lsp_desktop.messages import phrase

    use_item_labels(ws.catalog)  # the window's words follow the catalogue it works with
    assert phrase("Mark as not submitted for {data_point}…") == \
        "Tandai tidak diajukan di butir 5.4…"
    assert phrase("Add assessors to the roster (item {roster_point}) first.", "en") == \
        "Add assessors to the roster (item 3) first."


def render_status_of(ws) -> str:
    item = ws.catalog.holder("assessors")
    return " ".join(f.message("id", ws.catalog.wording)
                    for f in requirement_status(ws, item).findings)

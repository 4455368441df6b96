"""The rules an admin meets that the circular only implies: SIAPkerja phrasings from
spreadsheets, NIK region and serial codes, photo advice for a big photo, the pasfoto's red
background (not orange) and a pasfoto sent as PDF, a Nomor Blanko unlike the others, and an
assessor left out of 2.12."""

import datetime as dt
import io

import pytest
from PIL import Image

from lsp_desktop.checks import check_bytes
from lsp_desktop.checks.assessors import blanko_outliers, pasfoto_findings, pasfoto_pdf_findings
from lsp_desktop.checks.people import nik_findings
from lsp_desktop.circulars.catalog import load_catalog
from lsp_desktop.status.requirements import workspace_status
from lsp_desktop.store.participant import set_not_submitted
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.tables.plan import parse_siapkerja, plan_import
from lsp_desktop.tables.spreadsheet import read_table
from tests import makefiles as mk


@pytest.mark.parametrize(("text", "meaning", "state"), [
    # Not submitted, but which step? Refused, never stored as a guessed step.
    ("belum submit", "status", "?"),
    ("belum kirim", "status", "?"),
    ("Data belum lengkap", "status", "?"),
    ("terdaftar, belum submit", "status", "terdaftar"),
    ("√", "status", None),
    ("☑", "status", None),
    ("?", "status", "?"),
    ("??", "status", None),
    ("√", "submitted", "sudah-submit"),
    ("x", "submitted", "?"),
    ("tidak", "submitted", "?"),
    ("belum", "submitted", "?"),
    ("data diri lengkap", "status", "data-lengkap"),
    ("Data lengkap, belum submit", "status", "data-lengkap"),
    ("sudah kirim", "status", "sudah-submit"),
    ("Sudah Submit", "status", "sudah-submit"),
    ("belum daftar", "status", "belum-daftar"),
    ("belum registrasi", "status", "belum-daftar"),
    ("sudah registrasi", "status", "terdaftar"),
    ("ya", "submitted", "sudah-submit"),
    ("ya", "registered", "terdaftar"),
    ("tidak", "registered", "belum-daftar"),
    ("ya", "status", None),  # "ya" to which step? refused, not guessed
    ("mungkin", "status", None),
])
def test_siapkerja_phrasings(text, meaning, state):
    assert parse_siapkerja(text, meaning) == state


def test_yes_no_column_is_read_with_its_header_and_unreadable_rows_are_named(workspace,
                                                                             tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Nama,Peran,NIK,Sudah submit\n"
                    "Ani Lestari,Pengarah,3174055708900001,ya\n"
                    "Budi Santoso,Pelaksana,3174051708900002,entahlah\n", encoding="utf-8")
    plan = plan_import(Records(workspace), "people", read_table(path, "people"))
    ani = next(o for o in plan.outcomes if o.label == "Ani Lestari")
    assert ani.action == "add"
    rejected = {o.line: (o.label, [f.code for f in o.reasons]) for o in plan.rejected}
    assert rejected == {3: ("Budi Santoso", ["import.status_unknown"])}


@pytest.mark.parametrize(("nik", "code"), [
    ("3200001508850001", "nik.region_zero"),
    ("3274001508850001", "nik.region_zero"),
    ("3274011508850000", "nik.serial_zero"),
    ("3200001508850000", "nik.region_zero"),
])
def test_nik_region_and_serial_zero_fail(nik, code):
    assert [f.code for f in nik_findings(nik)] == [code]


def test_nik_that_looks_right_passes():
    assert nik_findings("3274011508850001") == []


def test_a_big_photo_gets_photo_advice_not_scanner_advice():
    rule = load_catalog().requirement("foto-kantor")
    report = check_bytes(mk.image_bytes("PNG", (1800, 1400), noise=True), "kantor.png", rule)
    assert report.size > 2 * 1024 * 1024
    finding = next(f for f in report.findings if f.code.startswith("size."))
    assert finding.code == "size.photo_too_large"
    text = finding.message("id")
    assert "Perkecil fotonya" in text and "pindai" not in text and "PDF" not in text


def _photo(color, fmt="JPEG"):
    """A pasfoto: coloured background, a darker figure in the middle."""
    image = Image.new("RGB", (300, 400), color)
    image.paste((60, 50, 40), (90, 120, 210, 400))
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


@pytest.mark.parametrize(("color", "red"), [
    ((200, 20, 30), True), ((237, 28, 36), True), ((170, 30, 35), True), ((220, 60, 40), True),
    ((255, 140, 0), False), ((230, 110, 30), False), ((240, 90, 40), False),
    ((30, 80, 200), False), ((0, 120, 215), False),
    # Pink and salmon: red's hue, but red mixed with white.
    ((240, 120, 140), False), ((255, 150, 170), False), ((250, 128, 114), False),
    ((230, 90, 90), True),
])
def test_pasfoto_red_background_is_not_passed_by_orange_pink_or_blue(color, red):
    codes = [f.code for f in pasfoto_findings(_photo(color))]
    assert ("pasfoto.not_red" not in codes) is red, color


def test_a_pdf_pasfoto_is_checked_by_the_picture_inside():
    assert pasfoto_pdf_findings(_photo((200, 20, 30), "PDF")) == []
    inside_orange = [f.code for f in pasfoto_pdf_findings(_photo((240, 120, 20), "PDF"))]
    assert inside_orange == ["pasfoto.not_red"]
    assert [f.code for f in pasfoto_pdf_findings(mk.pdf_bytes())] == ["pasfoto.pdf"]


def test_blanko_unlike_the_others_is_a_warning():
    found = blanko_outliers([("A", "0012345"), ("B", "0012346"), ("C", "0012347"),
                             ("D", "MET.000.001573 2025")])
    assert [(f.code, f.values["name"]) for f in found] == [("assessor.blanko_unlike", "D")]
    assert "Nomor Blanko" in found[0].message("id")
    assert blanko_outliers([("A", "0012345"), ("B", "0012346")]) == []


def test_assessor_left_out_of_2_12_with_reason(workspace):
    records = Records(workspace)
    person = records.save_person(Person(None, "Citra Dewi", "asesor", "3273016501850003",
                                        "", "", "sudah-submit"))
    records.save_assessor_data(AssessorData(person.id, "", "0012345", "2020-01-01", "", ""))
    set_not_submitted(workspace, person.id, "sertifikasi ulang (RCC)")
    statuses = {s.requirement.point: s for s in workspace_status(workspace,
                                                                 dt.date(2026, 3, 17))}
    data = statuses["2.12"]
    assert not [f for f in data.findings if f.severity == "error" and
                f.values.get("name") == "Citra Dewi"]
    assert any("sertifikasi ulang (RCC)" in f.message("id") for f in data.findings)
    set_not_submitted(workspace, person.id, None)
    data = workspace_status(workspace, dt.date(2026, 3, 17))
    assert any(f.code == "assessor.expired" for s in data for f in s.findings)


def test_met_number_is_optional():
    from lsp_desktop.checks.assessors import assessor_findings

    assert assessor_findings("Citra", "", "0012345", "2025-06-01", "", dt.date(2026, 3, 17)
                             ) == []


def test_unclear_siapkerja_cells_are_refused_naming_the_row_and_what_is_understood(
        workspace, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Nama,Peran,Status SIAPkerja\n"
                    "Ani Lestari,Pengarah,belum submit\n"
                    "Budi Santoso,Pelaksana,√\n"
                    "Citra Dewi,Asesor,sudah kirim\n", encoding="utf-8")
    plan = plan_import(Records(workspace), "people", read_table(path, "people"))
    rejected = {o.line: (o.label, [f.code for f in o.reasons]) for o in plan.rejected}
    assert rejected == {2: ("Ani Lestari", ["import.status_ambiguous"]),
                        3: ("Budi Santoso", ["import.status_yes_no"])}
    said = next(o for o in plan.rejected if o.line == 2).reasons[0].message("id")
    assert "lebih dari satu tahap" in said and "Yang dipahami: belum daftar, terdaftar" in said
    path.write_text("Nama,Peran,Sudah submit\nAni Lestari,Pengarah,x\n"
                    "Budi Santoso,Pelaksana,tidak\n", encoding="utf-8")
    plan = plan_import(Records(workspace), "people", read_table(path, "people"))
    said = [o.reasons[0].message("id") for o in plan.rejected]
    assert len(said) == 2 and all("tahapnya tidak disebut" in s for s in said)
    assert not any("beri judul kolom" in s for s in said)  # it has that header already

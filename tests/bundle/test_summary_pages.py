"""The summary and the missing-items report look like documents one signs: every page is
rendered to PNG with pdftoppm (saved in tests/output/ to look at), rows stay whole, the
title fits one line, dates are in words, and the footer names no command line."""

import datetime as dt
import io
import zipfile

from pypdf import PdfReader

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.missing_list import write_report
from lsp_desktop.store.participant import set_not_submitted
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import ROOT
from tests.fill import fill_files, fill_profile
from tests.support.pdf_pages import pdf_pages

OUTPUT = ROOT / "tests" / "output"


def _crowded(tmp_path):
    """A draft with a long roster and a long list of assessors: several pages."""
    ws = open_workspace(tmp_path / "ws.lspws")
    fill_profile(ws)
    fill_files(ws, ["sk-lisensi", "sertifikat-lisensi", "npwp"])
    records = Records(ws)
    for n in range(1, 41):
        role = ("pengarah", "pelaksana", "asesor")[n % 3]
        person = records.save_person(Person(None, f"Personel Nomor {n} Dengan Nama Panjang",
                                            role, f"31740517089{n:05d}", "a@lsp.or.id",
                                            "081234567890",
                                            "sudah-submit" if n % 4 else "belum-daftar"))
        if role == "asesor":
            records.save_assessor_data(AssessorData(person.id, "MET.000.001573 2025",
                                                    f"00{n:05d}", "2025-06-01", "", "TIK"))
            if n == 2:
                set_not_submitted(ws, person.id, "sertifikasi ulang (RCC)")
    return ws


def test_summary_pages_read_as_a_finished_document(tmp_path):
    ws = _crowded(tmp_path)
    result = export_bundle(ws, tmp_path / "b.zip", allow_incomplete=True,
                           now=dt.datetime(2026, 3, 17, 9, 30))
    with zipfile.ZipFile(result.path) as archive:
        pdf = archive.read(f"{result.top}/ringkasan.pdf")
        html = archive.read(f"{result.top}/ringkasan.html").decode()
    assert "<title>Ringkasan Persyaratan SE.007/BNSP/IV/2025</title>" in html
    assert '<html lang="id">' in html
    reader = PdfReader(__import__("io").BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 2
    assert "17 Maret 2026" in text and "2026-03-17" not in text
    assert "Ringkasan Persyaratan SE.007/BNSP/IV/2025" in text.splitlines()[0]
    assert "lsp-desktop verify" not in text and "LSP Desktop atau alat BagIt" in text
    assert "Yang belum lengkap atau perlu diperbaiki" in text  # the draft says what is wrong
    assert "sertifikasi ulang (RCC)" in text
    # The header of the roster table is repeated on the page it continues on.
    assert sum(page.extract_text().count("Status SIAPkerja") for page in reader.pages) >= 2
    pngs = pdf_pages(pdf, "ringkasan")
    assert len(pngs) == len(reader.pages)


def test_missing_items_report_pages(tmp_path):
    ws = _crowded(tmp_path)
    path = write_report(ws, tmp_path / "kekurangan.pdf", dt.date(2026, 3, 17))
    pdf = path.read_bytes()
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "17 Maret 2026" in text and "Personel Nomor 4 Dengan Nama Panjang" in text
    assert pdf_pages(pdf, "kekurangan")


def test_an_item_with_more_findings_than_a_page_holds_still_exports(tmp_path):
    """200 people with a wrong NIK: item 1's findings are taller than an A4 page. The row
    goes on over the next pages (marked …) instead of the export failing."""
    ws = open_workspace(tmp_path / "ws.lspws")
    fill_profile(ws)
    records = Records(ws)
    for n in range(200):
        records.save_person(Person(None, f"Orang Nomor {n}", "pelaksana", f"12{n:03d}", "", ""))
    result = export_bundle(ws, tmp_path / "b.zip", allow_incomplete=True,
                           now=dt.datetime(2025, 5, 10, 9, 30))
    with zipfile.ZipFile(result.path) as bundle:
        name = next(n for n in bundle.namelist() if n.endswith("ringkasan.pdf"))
        pages = PdfReader(io.BytesIO(bundle.read(name))).pages
    text = " ".join(page.extract_text() for page in pages)
    assert "Orang Nomor 0" in text and "Orang Nomor 199" in text

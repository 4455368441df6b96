"""Chasing what is missing: each person's ready-to-send message says exactly what is still
needed from them, with the circular's date only while its period is open."""

import datetime as dt
import json

from lsp_desktop.cli.main import run
from lsp_desktop.status.chase import chase_list
from lsp_desktop.store.records import AssessorData, Person, Records
from tests import makefiles as mk
from tests.fill import fill_everything

DURING, AFTER = dt.date(2025, 5, 20), dt.date(2026, 3, 17)


def _with_dedi(workspace):
    fill_everything(workspace)
    records = Records(workspace)
    dedi = records.save_person(Person(None, "Dedi Kurniawan, S.T.", "asesor",
                                      "3273010101800004", "dedi@lsp.or.id", "0812", "terdaftar"))
    records.save_assessor_data(AssessorData(dedi.saved_id, "MET.000.000002 2022", "0000002",
                                            "2022-07-01", "", "TIK"))
    records.attach_assessor_file(dedi.saved_id, "ktp", "ktp.jpg",
                                 mk.image_bytes("JPEG", (800, 500)))
    return dedi


def test_each_person_is_asked_for_exactly_what_is_missing(workspace):
    _with_dedi(workspace)
    chased = {c.name: c for c in chase_list(workspace, DURING)}
    assert set(chased) == {"Citra Dewi", "Dedi Kurniawan, S.T."}  # the others are done
    dedi = chased["Dedi Kurniawan, S.T."].message
    assert dedi.startswith("Yth. Bapak/Ibu Dedi Kurniawan, S.T.,")
    assert "SIAPkerja" in dedi and "saat ini: terdaftar" in dedi
    assert "butir 2.11" in dedi and "Sertifikat Kompetensi Teknis, Ijazah, Pasfoto" in dedi
    assert "KTP," not in dedi  # the KTP is already here
    assert "akan habis masa berlakunya pada 1 Juli 2025" in dedi
    assert "Batas waktu melengkapi persyaratan menurut surat edaran: 25 Mei 2025" in dedi
    citra = chased["Citra Dewi"].message
    assert "SIAPkerja" not in citra and "habis" not in citra
    after = {c.name: c for c in chase_list(workspace, AFTER)}
    assert "Batas waktu" not in after["Citra Dewi"].message  # the period is over
    assert "sudah habis masa berlakunya (1 Juli 2025)" in after["Dedi Kurniawan, S.T."].message


def test_cli_chase_one_person_in_json_and_in_english(workspace, capsys):
    _with_dedi(workspace)
    path = str(workspace.path)
    workspace.close()
    assert run(["chase", "--workspace", path, "--person", "dedi kurniawan,  s.t.", "--json",
                "--today", "2025-05-20"]) == 0
    [dedi] = json.loads(capsys.readouterr().out)
    assert dedi["nik"] == "3273010101800004" and len(dedi["needs"]) == 3
    assert run(["--lang", "en", "chase", "--workspace", path, "--today", "2025-05-20"]) == 0
    out = capsys.readouterr().out
    assert "=== Citra Dewi" in out and "Dear Dedi Kurniawan, S.T.," in out
    assert "The circular's deadline to complete the requirements: 25 May 2025." in out
    assert "Yth." not in out


def test_printable_list_gains_a_page_per_person(workspace, tmp_path):
    from pypdf import PdfReader

    from lsp_desktop.bundle.report import write_report

    _with_dedi(workspace)
    target = write_report(workspace, tmp_path / "kekurangan.pdf", DURING)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    dedi = [text for text in pages if "Yang masih diperlukan dari Dedi Kurniawan" in text]
    citra = [text for text in pages if "Yang masih diperlukan dari Citra Dewi" in text]
    assert len(dedi) == 1 and len(citra) == 1 and dedi[0] != citra[0]
    assert "Yth. Bapak/Ibu Dedi Kurniawan" in dedi[0] and "Pasfoto" in dedi[0]
    html = write_report(workspace, tmp_path / "kekurangan.html", DURING).read_text("utf-8")
    assert html.count("break-before: page") == 2

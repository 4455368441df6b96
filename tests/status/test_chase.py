"""Chasing what is missing: each person's ready-to-send message says exactly what is still
needed from them, with the circular's date only while its period is open."""

import datetime as dt
import json

from lsp_desktop.cli.main import run
from lsp_desktop.status.chase import chase_list
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.store.workspace import open_workspace
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

    from lsp_desktop.bundle.missing_list import write_report

    _with_dedi(workspace)
    target = write_report(workspace, tmp_path / "kekurangan.pdf", DURING)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    dedi = [text for text in pages if "Yang masih diperlukan dari Dedi Kurniawan" in text]
    citra = [text for text in pages if "Yang masih diperlukan dari Citra Dewi" in text]
    assert len(dedi) == 1 and len(citra) == 1 and dedi[0] != citra[0]
    assert "Yth. Bapak/Ibu Dedi Kurniawan" in dedi[0] and "Pasfoto" in dedi[0]
    html = write_report(workspace, tmp_path / "kekurangan.html", DURING).read_text("utf-8")
    assert html.count("break-before: page") == 2


def _eko(workspace):
    fill_everything(workspace)
    Records(workspace).save_person(Person(None, "Eko Prasetyo", "pelaksana", "3273010101800005",
                                          "eko@lsp.or.id", "0813", "terdaftar"))
    path = str(workspace.path)
    workspace.close()
    return path


def test_cli_chase_finds_a_person_by_part_of_the_name_and_says_when_none_fits(workspace,
                                                                              capsys):
    path = _eko(workspace)
    today = ["--workspace", path, "--today", "2025-05-20"]
    assert run(["chase", "--person", "Eko", *today]) == 0
    out = capsys.readouterr().out
    assert "=== Eko Prasetyo" in out and "saat ini: terdaftar" in out
    assert "Tidak ada yang perlu ditagih" not in out
    assert run(["chase", "--person", "eKO  prase", *today]) == 0
    assert "=== Eko Prasetyo" in capsys.readouterr().out
    assert run(["chase", "--person", "Ekx", *today]) == 1
    captured = capsys.readouterr()
    assert "Tidak ada personel yang cocok dengan 'Ekx'" in captured.err
    assert "semua orang sudah memenuhi" not in captured.out + captured.err
    # "Ci" is Citra Dewi and no one else: a word's start, not any letters inside a name.
    assert run(["chase", "--person", "Ci", *today]) == 0
    assert "=== Citra Dewi" in capsys.readouterr().out
    # Someone listed whose part is done: said of them, not of everyone.
    with open_workspace(path) as listed:
        ani = next(p for p in Records(listed).people() if p.siapkerja == "sudah-submit"
                   and p.role != "asesor")
    assert run(["chase", "--person", ani.nik, *today]) == 0
    assert f"Tidak ada yang perlu ditagih dari {ani.name}" in capsys.readouterr().out


def test_cli_chase_names_the_candidates_when_several_fit(workspace, capsys):
    path = _eko(workspace)
    with open_workspace(path) as listed:
        Records(listed).save_person(Person(None, "Eko Susanto", "asesor", "3273010101800006"))
    assert run(["chase", "--person", "eko", "--workspace", path]) == 1
    err = capsys.readouterr().err
    assert "Lebih dari satu personel cocok dengan 'eko'" in err
    assert "Eko Prasetyo, NIK 3273010101800005" in err
    assert "Eko Susanto, NIK 3273010101800006, peran Asesor" in err


def test_cli_chase_of_an_empty_personnel_list_says_it_is_empty(workspace, capsys):
    path = str(workspace.path)
    workspace.close()
    assert run(["chase", "--workspace", path]) == 1
    out = capsys.readouterr().out
    assert "Daftar personel (butir 1) masih kosong" in out and "semua orang" not in out
    assert run(["chase", "--person", "Eko", "--workspace", path]) == 1
    assert "masih kosong" in capsys.readouterr().err


def test_documents_present_but_failing_the_checks_are_asked_for_again(workspace, tmp_path,
                                                                      capsys):
    from pypdf import PdfReader

    from lsp_desktop.bundle.missing_list import write_report

    dedi = _with_dedi(workspace)
    records = Records(workspace)
    records.attach_assessor_file(dedi.saved_id, "pasfoto", "foto.jpg",
                                 mk.image_bytes("JPEG", (300, 400), color=(20, 20, 200)))
    records.attach_assessor_file(dedi.saved_id, "sertifikat-teknis", "sertifikat.pdf",
                                 mk.encrypted_pdf("rahasia"))
    [chase] = chase_list(workspace, DURING, person="Dedi")
    assert "Pasfoto (perlu diperbaiki: latar belakang bukan merah)" in chase.message
    assert "Sertifikat Kompetensi Teknis (perlu diperbaiki: terkunci kata sandi)" in (
        chase.message)
    assert "yang belum ada: Ijazah." in chase.message  # still missing, asked as before
    pages = [page.extract_text() for page in PdfReader(
        write_report(workspace, tmp_path / "kekurangan.pdf", DURING)).pages]
    dedi_page = " ".join(next(t for t in pages if "diperlukan dari Dedi" in t).split())
    assert "Pasfoto (perlu diperbaiki: latar belakang bukan merah)" in dedi_page
    path = str(workspace.path)
    workspace.close()
    assert run(["--lang", "en", "chase", "--person", "dedi", "--workspace", path,
                "--today", "2025-05-20"]) == 0
    assert "Passport photo (needs fixing: the background is not red)" in (
        capsys.readouterr().out)

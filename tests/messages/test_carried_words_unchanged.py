"""The messages whose raisers now pass codes instead of words (issue 22, point 1) read in
Indonesian and English exactly as they did when the raisers worded them: each expected
text below was produced by the code before the change, from the same real inputs."""

import datetime as dt
import json

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.merge import merge_bundle
from lsp_desktop.checks.findings import ERROR, Finding
from lsp_desktop.circulars.grammar import TableReader
from lsp_desktop.cli.main import run
from lsp_desktop.messages import render
from lsp_desktop.status.requirements import requirement_status
from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.fill import FOLDER, fill_profile
from tests.support.photo_npwp import NOT_TAKEN, bundle_with_a_photo_npwp

AGAIN_ID = "Bundel RUSAK atau dibuat program lain; minta pengirimnya mengirim ulang"
AGAIN_EN = "The bundle is DAMAGED or made by another program; ask for it to be sent again"


def _said(error_or_finding) -> dict[str, str]:
    return {lang: error_or_finding.message(lang) for lang in ("id", "en")}


def test_an_import_refused_for_five_reasons_reads_as_before():
    def not_allowed(place, value, allowed):
        return Finding("bundle.value_not_allowed", ERROR,
                       {"place": place, "value": value, "allowed": allowed})
    too_long = LspError("field.too_long", field="nama", length=600, limit=500)
    reasons = [not_allowed("profile.lsp_type", "P9", "P1, P2, P3"),
               not_allowed("profile.category", "kapal", ""),
               not_allowed("data.people[0].peran", "direktur", "pengarah, pelaksana, asesor"),
               Finding("bundle.value_refused", ERROR,
                       {"place": "data.people[1].nama", **too_long.carried()})]
    values = {"path": "b.zip", "reasons": [r.carried() for r in reasons]}
    assert render("import.damaged", values, "id") == (
        "Bundel b.zip tidak dapat dibuka: Daftar isi bundel memuat nilai yang tidak dikenal "
        "aplikasi ini di profile.lsp_type: 'P9' (yang dikenal: P1, P2, P3). "
        f"{AGAIN_ID}; Daftar isi bundel memuat nilai yang tidak dikenal aplikasi ini di "
        f"profile.category: 'kapal' (yang dikenal: ). {AGAIN_ID}; Daftar isi bundel memuat "
        "nilai yang tidak dikenal aplikasi ini di data.people[0].peran: 'direktur' (yang "
        f"dikenal: PENGARAH, PELAKSANA, ASESOR). {AGAIN_ID}; Daftar isi bundel memuat nilai "
        "yang tidak dapat disimpan di data.people[1].nama: Isian 'nama' terlalu panjang (600 "
        f"karakter; paling banyak 500). Persingkat lalu simpan lagi. {AGAIN_ID}. Tidak ada "
        "yang diimpor.")
    assert render("import.damaged", values, "en") == (
        "The bundle b.zip cannot be opened: The bundle contents list holds a value this app "
        "does not know at profile.lsp_type: 'P9' (known: P1, P2, P3). "
        f"{AGAIN_EN}; The bundle contents list holds a value this app does not know at "
        f"profile.category: 'kapal' (known: ). {AGAIN_EN}; The bundle contents list holds a "
        "value this app does not know at data.people[0].peran: 'direktur' (known: PENGARAH, "
        f"PELAKSANA, ASESOR). {AGAIN_EN}; The bundle contents list holds a value that cannot "
        "be saved at data.people[1].nama: The field 'name' is too long (600 characters; at "
        f"most 500). Shorten it and save again. {AGAIN_EN}. Nothing was imported.")


def test_a_refused_bundle_document_with_the_apps_advice_reads_as_before():
    mismatch = Finding("format.mismatch", ERROR, {"named": "jpeg", "detected": "zip",
                                                  "allowed": "pdf/jpeg/png"}).as_app_rule()
    refused = Finding("bundle.file_refused", ERROR, {
        "file": "data/2.11-berkas-asesor/Citra Dewi/Pasfoto.jpg", **mismatch.carried()})
    values = {"path": "b.zip", "reasons": [refused.carried()]}
    assert render("import.damaged", values, "id") == (
        "Bundel b.zip tidak dapat dibuka: Berkas 'data/2.11-berkas-asesor/Citra Dewi/"
        "Pasfoto.jpg' di dalam bundel tidak dapat diterima butirnya: Nama berkas berakhiran "
        ".jpg, tetapi isinya sebenarnya arsip ZIP. Ekstrak arsipnya lalu pilih berkas di "
        f"dalamnya. (saran aplikasi ini, bukan syarat surat edaran). {AGAIN_ID}. Tidak ada "
        "yang diimpor.")
    assert render("import.damaged", values, "en") == (
        "The bundle b.zip cannot be opened: The file 'data/2.11-berkas-asesor/Citra Dewi/"
        "Pasfoto.jpg' in the bundle cannot be taken by its item: The file name ends in .jpg, "
        "but it is actually a ZIP archive. Extract the archive and choose the file inside it. "
        f"(this app's advice, not a requirement of the circular). {AGAIN_EN}. Nothing was "
        "imported.")


def test_a_file_that_is_no_zip_is_refused_as_before(tmp_path):
    bundle = tmp_path / "b.zip"
    bundle.write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(LspError) as refused:
        import_bundle(bundle, tmp_path / "baru.lspws")
    assert _said(refused.value) == {
        "id": f"Bundel {bundle} tidak dapat dibuka: Berkas ini bukan arsip ZIP yang utuh "
              "(rusak, terpotong, atau bukan ZIP). Minta pengirimnya mengirim ulang bundel "
              "itu. Tidak ada yang diimpor.",
        "en": f"The bundle {bundle} cannot be opened: This is not an intact ZIP archive "
              "(damaged, cut short, or not a ZIP). Ask the sender to send the bundle again. "
              "Nothing was imported."}


@pytest.fixture
def assessors(tmp_path):
    with open_workspace(tmp_path / "ws.lspws") as ws:
        fill_profile(ws)
        ws.set_link("berkas-asesor", FOLDER)
        records = Records(ws)
        yield ws, records, records.save_person(Person(None, "Citra Dewi", "asesor")), \
            records.save_person(Person(None, "Agus Salim, S.T.", "asesor"))


def test_a_2_11_document_refused_reads_as_before(assessors):
    _ws, records, citra, _agus = assessors
    said = {}
    for name, data in [("dok.docx", mk.zip_with({"word/document.xml": b"<x/>",
                                                 "[Content_Types].xml": b"<x/>"})),
                       ("kosong.pdf", b"")]:
        with pytest.raises(LspError) as refused:
            records.attach_assessor_file(citra.id, "ktp", name, data)
        said[name] = _said(refused.value)
    assert said["dok.docx"] == {
        "id": "dok.docx tidak dilampirkan ke KTP: Berkas ini berupa dokumen Word (DOCX); yang "
              "diterima untuk butir ini: PDF/JPG/JPEG/PNG. Buka di Word atau LibreOffice lalu "
              "pilih Simpan Sebagai > PDF. (saran aplikasi ini, bukan syarat surat edaran)",
        "en": "dok.docx was not attached to KTP: This file is a Word document (DOCX); this "
              "item accepts: PDF/JPG/JPEG/PNG. Open it in Word or LibreOffice and use Save As "
              "> PDF. (this app's advice, not a requirement of the circular)"}
    assert said["kosong.pdf"] == {
        "id": "kosong.pdf tidak dilampirkan ke KTP: Berkas ini kosong (0 byte). Pilih berkas "
              "aslinya, atau pindai ulang dokumennya.",
        "en": "kosong.pdf was not attached to KTP: This file is empty (0 bytes). Choose the "
              "original file, or scan the document again."}


def test_2_11_documents_lacking_and_a_documents_problem_read_as_before(assessors):
    ws, records, citra, agus = assessors
    for kind in ("sertifikat-teknis", "ijazah"):
        records.attach_assessor_file(citra.id, kind, f"{kind}.pdf", mk.pdf_bytes())
    records.attach_assessor_file(agus.id, "ktp", "ktp.pdf", mk.pdf_bytes())
    records.attach_assessor_file(agus.id, "pasfoto", "pasfoto.jpg", mk.image_bytes(
        "JPEG", (400, 300), color=(200, 20, 30)))  # red, but lying on its side
    findings = requirement_status(ws, ws.catalog.requirement("berkas-asesor")).findings
    said = {f.code: _said(f) for f in findings}
    assert said["assessor_files.incomplete"] == {
        "id": "Dokumen asesor yang belum disiapkan di aplikasi ini: Citra Dewi (KTP, Pasfoto); "
              "Agus Salim, S.T. (Sertifikat Kompetensi Teknis, Ijazah). Pastikan semuanya ada "
              "di folder Google Drive.",
        "en": "Assessor documents not prepared here: Citra Dewi (KTP (ID card), Photo (red "
              "background)); Agus Salim, S.T. (Technical competence certificate, Diploma "
              "(ijazah)). Make sure all are in the Google Drive folder."}
    assert said["assessor_files.document_problem"] == {
        "id": "Agus Salim, S.T., Pasfoto (pasfoto.jpg): Pasfoto sebaiknya tegak (portrait), "
              "mis. ukuran 3×4 atau 4×6. Potong atau ambil ulang fotonya. Lalu lampirkan ulang "
              "berkasnya untuk asesor ini. (saran aplikasi ini, bukan syarat surat edaran)",
        "en": "Agus Salim, S.T., Photo (red background) (pasfoto.jpg): The passport photo "
              "should be upright (portrait), e.g. 3×4 or 4×6. Crop it or take it again. Then "
              "attach the file again for this assessor. (this app's advice, not a requirement "
              "of the circular)"}


@pytest.mark.parametrize("kind,value,id_words,en_words", [
    ((str, list), 5, "teks atau daftar", "text or a list"),
    (dt.date, "2025", "tanggal (TTTT-BB-HH)", "a date (YYYY-MM-DD)"),
    (bool, 1, "true atau false", "true or false"),
])
def test_a_catalogues_value_of_the_wrong_kind_reads_as_before(kind, value, id_words,
                                                              en_words):
    with pytest.raises(LspError) as fault:
        TableReader("kat.toml", {"f": value}, "npwp").get("f", kind)
    assert _said(fault.value) == {
        "id": f"Katalog persyaratan kat.toml tidak sah: butir npwp, isian f: seharusnya "
              f"{id_words}, tertulis {value!r}. Perbaiki berkas katalog atau pasang ulang "
              "aplikasi.",
        "en": f"The requirement catalogue kat.toml is invalid: item npwp, field f: should be "
              f"{en_words}, found {value!r}. Fix the catalogue file or reinstall the "
              "application."}


def test_a_merge_entry_not_taken_reads_as_before_in_the_core(tmp_path):
    bundle = bundle_with_a_photo_npwp(tmp_path)
    for lang in ("id", "en"):
        with open_workspace(tmp_path / f"sini-{lang}.lspws") as here:
            _plan, result = merge_bundle(here, bundle, lang=lang)
            assert [n.message(lang, here.catalog.wording) for n in result.not_taken] == [
                NOT_TAKEN[lang]]


def test_the_command_line_says_the_entry_not_taken_in_its_language(tmp_path, capsys):
    bundle = bundle_with_a_photo_npwp(tmp_path)
    with open_workspace(tmp_path / "sini.lspws"):
        pass
    for lang in ("id", "en"):
        assert run(["--lang", lang, "merge", str(bundle), "--workspace",
                    str(tmp_path / "sini.lspws")]) == 0
        assert NOT_TAKEN[lang] in capsys.readouterr().out.splitlines()
        assert run(["--lang", lang, "merge", str(bundle), "--workspace",
                    str(tmp_path / "sini.lspws"), "--json"]) == 0
        label, reason = NOT_TAKEN[lang].split(": ", 1)[1].split(". ", 1)
        assert json.loads(capsys.readouterr().out)["not_taken"] == [
            {"label": label, "reason": reason}]

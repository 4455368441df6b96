"""A third language with its own table says a refusal whole in that language: the raisers
pass codes (a carried message, a document's kind, a value's kind), never words worded in
Indonesian and English, so no English is left in an import refusal, 2.11's missing
documents, a merge's not-taken entry or a catalogue's fault."""

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.merge import merge_bundle
from lsp_desktop.checks.findings import ERROR, Finding
from lsp_desktop.circulars.grammar import TableReader
from lsp_desktop.messages import TEXTS, render
from lsp_desktop.messages.table import add_language
from lsp_desktop.status.requirements import requirement_status
from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.fill import FOLDER, fill_profile
from tests.support.photo_npwp import bundle_with_a_photo_npwp

# The made-up language "xx": each template of the messages below, and the words of the
# label tables they name (keyed by their English, as a phrase is).
XX = {
    "import.damaged": "Bundelo {path} ne malfermebla: {reason}. Nenio importita.",
    "bundle.not_zip": "Ne estas sana ZIP-arkivo.",
    "bundle.value_not_allowed": "Nekonata valoro ĉe {place}: '{value}'.",
    "bundle.value_refused": "Valoro ne konservebla ĉe {place}: {reason}.",
    "field.too_long": "Kampo '{field}' tro longa ({length}; maksimume {limit}).",
    "name": "nomo",
    "bundle.file_refused": "Dosiero '{file}' ne akceptebla: {reason}.",
    "format.mismatch": "Nomo finiĝas per {named_ext}, sed ĝi estas {detected_name}.",
    "ZIP archive": "ZIP-arkivo",
    "this app's advice, not a requirement of the circular": "konsilo de la programo",
    "assessor_files.incomplete": "Mankas dokumentoj: {missing}.",
    "Technical competence certificate": "Atestilo",
    "Diploma (ijazah)": "Diplomo (ijazah)",
    "Photo (red background)": "Foto (ruĝa fono)",
    "KTP (ID card)": "KTP (identigilo)",
    "assessor_files.document_problem": "{name}, {document} ({file}): {problem} Alkroĉu denove.",
    "pasfoto.not_portrait": "La foto estu vertikala.",
    "merge.not_taken": "Ne prenita: {label}. {reason}",
    "attach.refused": "{name} ne alkroĉita al {requirement}: {reason}",
    "format.not_allowed": "Ĉi tiu estas {detected_name}; akceptata: {allowed}. {advice}",
    "JPEG/JPG photo": "JPEG-foto",
    "advice.picture_to_pdf": "Faru PDF el ĝi.",
    "LSP tax number (NPWP)": "Impostnumero (NPWP)",
    "catalog.invalid": "Katalogo {file} malĝusta: {item}, {field}: {problem}.",
    "catalog_problem.wrong_kind": "estu {kind}, trovita {found}",
    "text": "teksto",
    " or ": " aŭ ",
    "a list": "listo",
}


@pytest.fixture
def xx(monkeypatch):
    monkeypatch.setitem(TEXTS, "xx", {})
    add_language("xx", XX)
    return "xx"


def test_an_import_refused_is_said_whole_in_the_third_language(xx, tmp_path):
    bundle = tmp_path / "b.zip"
    bundle.write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(LspError) as refused:
        import_bundle(bundle, tmp_path / "baru.lspws")
    assert refused.value.message(xx) == (
        f"Bundelo {bundle} ne malfermebla: Ne estas sana ZIP-arkivo. Nenio importita.")


def test_several_reasons_of_a_refusal_each_carried_in_the_third_language(xx):
    too_long = LspError("field.too_long", field="nama", length=600, limit=500)
    reasons = [Finding("bundle.value_not_allowed", ERROR,
                       {"place": "profile.lsp_type", "value": "P9", "allowed": "P1, P2"}),
               Finding("bundle.value_refused", ERROR,
                       {"place": "data.people[1].nama", **too_long.carried()}),
               Finding("bundle.file_refused", ERROR, {
                   "file": "data/a.jpg", **Finding("format.mismatch", ERROR, {
                       "named": "jpeg", "detected": "zip", "allowed": "pdf"}).as_app_rule()
                   .carried()})]
    said = render("import.damaged", {"path": "b.zip",
                                     "reasons": [r.carried() for r in reasons]}, xx)
    assert said == (
        "Bundelo b.zip ne malfermebla: Nekonata valoro ĉe profile.lsp_type: 'P9'; Valoro ne "
        "konservebla ĉe data.people[1].nama: Kampo 'nomo' tro longa (600; maksimume 500); "
        "Dosiero 'data/a.jpg' ne akceptebla: Nomo finiĝas per .jpg, sed ĝi estas ZIP-arkivo. "
        "(konsilo de la programo). Nenio importita.")


def test_2_11_documents_missing_and_a_documents_problem_in_the_third_language(xx, tmp_path):
    with open_workspace(tmp_path / "ws.lspws") as ws:
        fill_profile(ws)
        ws.set_link("berkas-asesor", FOLDER)
        records = Records(ws)
        citra = records.save_person(Person(None, "Citra Dewi", "asesor"))
        records.attach_assessor_file(citra.id, "pasfoto", "foto.jpg", mk.image_bytes(
            "JPEG", (400, 300), color=(200, 20, 30)))  # red, but lying on its side
        findings = requirement_status(ws, ws.catalog.requirement("berkas-asesor")).findings
    said = {f.code: f.message(xx) for f in findings}
    assert said["assessor_files.incomplete"] == (
        "Mankas dokumentoj: Citra Dewi (KTP (identigilo), Atestilo, Diplomo (ijazah)).")
    assert said["assessor_files.document_problem"] == (
        "Citra Dewi, Foto (ruĝa fono) (foto.jpg): La foto estu vertikala. Alkroĉu denove. "
        "(konsilo de la programo)")


def test_a_merge_entry_not_taken_is_said_in_the_third_language(xx, tmp_path):
    bundle = bundle_with_a_photo_npwp(tmp_path, "npwp.jpg")
    with open_workspace(tmp_path / "sini.lspws") as here:
        _plan, result = merge_bundle(here, bundle, lang=xx)
        said = [n.message(xx, here.catalog.wording) for n in result.not_taken]
    assert said == ["Ne prenita: 2.9 Impostnumero (NPWP). npwp.jpg ne alkroĉita al 2.9 "
                    "Impostnumero (NPWP): Ĉi tiu estas JPEG-foto; akceptata: PDF. Faru PDF el ĝi."]


def test_a_catalogues_fault_names_the_kinds_in_the_third_language(xx, tmp_path):
    reader = TableReader(tmp_path / "k.toml", {"keywords": 5}, "npwp")
    with pytest.raises(LspError) as fault:
        reader.get("keywords", (str, list))
    assert fault.value.message(xx) == (
        f"Katalogo {tmp_path / 'k.toml'} malĝusta: npwp, keywords: estu teksto aŭ listo, "
        "trovita 5.")

"""Item 2.11 tells the truth about the assessors' documents kept in the app: the circular
asks only for a Drive folder and sets no format or size for them, so a kept file that breaks
the app's rule is a warning, named per assessor and document, that says it is the app's
advice; an assessor with nothing here is a warning (the Drive folder may hold them)."""

from lsp_desktop.status.requirements import requirement_status
from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.fill import FOLDER, fill_profile


def _workspace(tmp_path):
    ws = open_workspace(tmp_path / "ws.lspws")
    fill_profile(ws)
    ws.set_link("berkas-asesor", FOLDER)
    records = Records(ws)
    citra = records.save_person(Person(None, "Citra Dewi", "asesor"))
    records.save_person(Person(None, "Indah Lestari", "asesor"))
    return ws, records, citra


def _status(ws):
    return requirement_status(ws, ws.catalog.requirement("berkas-asesor"))


def test_a_locked_or_oversized_document_is_the_apps_advice_naming_whose(tmp_path):
    ws, records, citra = _workspace(tmp_path)
    records.attach_assessor_file(citra.id, "sertifikat-teknis", "rekening-terkunci.pdf",
                                 mk.encrypted_pdf("rahasia"))
    records.attach_assessor_file(citra.id, "ijazah", "scan.pdf", mk.pdf_of_size(4_300_000))
    status = _status(ws)
    assert status.state == "warning" and status.ready  # the circular sets no size here
    problems = [f for f in status.findings if f.code == "assessor_files.document_problem"]
    assert {f.source for f in problems} == {"app"}
    said = [f.message("id") for f in problems]
    assert len(said) == 2
    assert all(s.endswith("(saran aplikasi ini, bukan syarat surat edaran)") for s in said)
    assert any(s.startswith("Citra Dewi, Sertifikat Kompetensi Teknis (rekening-terkunci.pdf)")
               and "kata sandi" in s for s in said)
    assert any(s.startswith("Citra Dewi, Ijazah (scan.pdf)") and "terlalu besar" in s
               for s in said)
    english = " ".join(f.message("en") for f in status.findings)
    assert "Citra Dewi, Diploma (ijazah) (scan.pdf)" in english and "password" in english
    ws.close()


def test_an_assessor_with_no_documents_here_is_a_warning_not_ready_silence(tmp_path):
    ws, records, citra = _workspace(tmp_path)
    for kind in ("ktp", "sertifikat-teknis", "ijazah"):
        records.attach_assessor_file(citra.id, kind, f"{kind}.pdf", mk.pdf_bytes())
    records.attach_assessor_file(citra.id, "pasfoto", "pasfoto.jpg",
                                 mk.image_bytes("JPEG", (300, 400), color=(200, 20, 30)))
    status = _status(ws)
    assert status.state == "warning" and status.ready  # the Drive folder may hold them
    (warning,) = [f for f in status.findings if f.severity == "warning"]
    assert "Indah Lestari" in warning.message("id") and "Google Drive" in warning.message("id")
    assert "Citra Dewi" not in warning.message("id")
    ws.close()


def test_good_documents_for_every_assessor_leave_2_11_ready(tmp_path):
    ws, records, citra = _workspace(tmp_path)
    indah = records.people("asesor")[1]
    for person in (citra, indah):
        records.attach_assessor_file(person.saved_id, "ktp", "ktp.jpg",
                                     mk.image_bytes("JPEG", (800, 500)))
    status = _status(ws)
    assert status.state == "ok"  # some documents missing only informs
    ws.close()


def test_the_missing_items_list_names_a_broken_document_as_not_prepared(tmp_path):
    import datetime as dt

    from lsp_desktop.status.missing import build_report

    ws, records, citra = _workspace(tmp_path)
    records.attach_assessor_file(citra.id, "sertifikat-teknis", "terkunci.pdf",
                                 mk.encrypted_pdf("rahasia"))
    report = build_report(ws, dt.date(2026, 3, 17))
    listed = dict(report.assessors)
    assert "Sertifikat Kompetensi Teknis (perlu diperbaiki)" in listed["Citra Dewi"]
    assert "KTP" in listed["Citra Dewi"] and len(listed["Indah Lestari"]) == 4
    english = dict(build_report(ws, dt.date(2026, 3, 17), "en").assessors)
    assert "Technical competence certificate (needs fixing)" in english["Citra Dewi"]
    ws.close()


def test_what_the_checks_said_is_kept_and_read_back_after_reopening(tmp_path):
    ws, records, citra = _workspace(tmp_path)
    said = records.attach_assessor_file(citra.id, "pasfoto", "pasfoto.jpg",
                                        mk.image_bytes("JPEG", (300, 400), color=(255, 140, 0)))
    assert said  # an orange background is not the red the circular asks for
    first = [(f.code, f.severity) for f in _status(ws).findings]
    ws.close()
    with open_workspace(tmp_path / "ws.lspws") as again:  # the window opened the next day
        [file] = Records(again).assessor_files(citra.id).values()
        kept = Records(again).assessor_file_findings(file)
        assert [(f.code, f.values) for f in kept] == [(f.code, f.values) for f in said]
        assert [(f.code, f.severity) for f in _status(again).findings] == first

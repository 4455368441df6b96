"""People and data tables: the checks an admin meets while filling them in."""

import datetime as dt

import pytest

from lsp_desktop.checks.assessors import assessor_findings, pasfoto_findings
from lsp_desktop.checks.links import check_drive_link
from lsp_desktop.checks.packages import package_findings
from lsp_desktop.checks.people import email_findings, nik_findings, phone_findings
from lsp_desktop.checks.social import social_findings
from lsp_desktop.status.requirements import workspace_status
from lsp_desktop.store.records import AssessorData, ItStaff, Package, Person, Records, Unit
from tests import makefiles as mk

TODAY = dt.date(2026, 11, 28)


def codes(findings):
    return [f.code for f in findings]


@pytest.mark.parametrize("nik,expected", [
    ("3174051708900001", []),             # Jakarta, born 17-08-1990
    ("3174055708900001", []),             # a woman: day 17 + 40
    ("317405170890001", ["nik.length"]),
    ("31740517089000AB", ["nik.length"]),
    ("9974051708900001", ["nik.province"]),
    ("3174053208900001", ["nik.birth_date"]),  # day 32
    ("3174051713900001", ["nik.birth_date"]),  # month 13
    ("", ["nik.missing"]),
])
def test_nik(nik, expected):
    assert codes(nik_findings(nik)) == expected


@pytest.mark.parametrize("phone,ok", [("0812-3456-7890", True), ("+62 812 3456 7890", True),
                                      ("628123456789", True), ("021 5551234", True),
                                      ("12345", False), ("0812", False)])
def test_phone(phone, ok):
    assert (phone_findings(phone) == []) is ok


def test_email():
    assert email_findings("admin@lsp-tik.or.id") == []
    assert codes(email_findings("admin@lsp")) == ["email.invalid"]
    assert codes(email_findings("admin lsp@gmail.com")) == ["email.invalid"]


@pytest.mark.parametrize("met,code", [("MET.000.001573 2020", None), ("MET.000.001573.2020", None),
                                      ("MET 1573/2020", "assessor.met_format")])
def test_met_number_shapes_are_warnings_at_most(met, code):
    found = assessor_findings("Budi", met, "12345", "2025-01-10", "", TODAY)
    assert codes(found) == ([code] if code else [])
    assert all(f.severity == "warning" for f in found)


def test_expired_and_expiring_certificates():
    expired = assessor_findings("Budi", "MET.000.001573 2020", "B1", "2020-01-10", "", TODAY)
    assert codes(expired) == ["assessor.expired"] and expired[0].severity == "error"
    assert "10 Januari 2023" in expired[0].message("id")  # dates in words
    soon = assessor_findings("Sari", "MET.000.001574 2024", "B2", "", "15/01/2027", TODAY)
    assert codes(soon) == ["assessor.expiring"] and soon[0].values["days"] == 48
    assert soon[0].message("id").startswith("Sari: ")


def test_pasfoto_red_background_and_shape():
    red = mk.image_bytes("JPEG", size=(300, 400), color=(200, 20, 30))
    assert pasfoto_findings(red) == []
    blue = mk.image_bytes("JPEG", size=(300, 400), color=(20, 60, 200))
    assert codes(pasfoto_findings(blue)) == ["pasfoto.not_red"]
    wide = mk.image_bytes("PNG", size=(500, 300), color=(210, 10, 10))
    assert codes(pasfoto_findings(wide)) == ["pasfoto.not_portrait"]


def test_packages_need_translations_and_unique_units():
    units = [("M.702090.001.02", "Menggunakan perangkat", "Using devices"),
             ("TIK.SM01.001.01", "Mengoperasikan PC", "Operating a PC"),
             ("M.702090.001.02", "Ganda", "Double"),
             ("X-1", "Aneh", "")]
    found = package_findings("SKM/BNSP/00010/1/2020/37A5", "Junior Web", "", "okupasi", units)
    assert codes(found) == ["package.translation_missing", "unit.duplicate", "unit.code_format",
                            "unit.translation_missing"]
    # A unit listed twice or oddly coded breaks the app's rule, not the circular's: advice.
    assert [f.severity for f in found] == ["error", "warning", "warning", "error"]
    assert [f.source for f in found] == ["circular", "app", "app", "circular"]


@pytest.mark.parametrize("url,expected", [
    ("https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOp", ["link.share_reminder"]),
    ("drive.google.com/drive/u/0/folders/1AbCdEfGhIjKlMnOp", ["link.share_reminder"]),
    ("https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view", ["link.file_not_folder",
                                                               "link.share_reminder"]),
    ("https://www.dropbox.com/sh/abc", ["link.not_drive"]),
    ("https://drive.google.com/", ["link.incomplete"]),
    ("folder skema", ["link.not_url"]),
])
def test_drive_links(url, expected):
    assert codes(check_drive_link(url, "folder")) == expected


def test_social_media():
    assert social_findings("instagram", "@lsp_tik") == []
    assert social_findings("website", "https://lsp-tik.or.id") == []
    assert codes(social_findings("youtube", "https://instagram.com/x")) == ["social.wrong_site"]
    assert codes(social_findings("website", "lsp tik")) == ["social.invalid"]


def _state(workspace, item):
    return next(s for s in workspace_status(workspace, TODAY) if s.requirement.id == item)


def test_siapkerja_completes_when_everyone_submitted(workspace):
    records = Records(workspace)
    assert _state(workspace, "siapkerja").state == "missing"
    people = [records.save_person(Person(None, name, role, nik, "a@b.co", "08123456789",
                                         "terdaftar"))
              for name, role, nik in [("Ani", "pengarah", "3174055708900001"),
                                      ("Budi", "pelaksana", "3174051708900002"),
                                      ("Citra", "asesor", "3273016501850003")]]
    status = _state(workspace, "siapkerja")
    assert status.state == "missing" and status.counts == (0, 3)
    for person in people:
        person.siapkerja = "sudah-submit"
        records.save_person(person)
    status = _state(workspace, "siapkerja")
    assert status.state == "ok" and status.counts == (3, 3)
    people[1].nik = people[0].nik
    records.save_person(people[1])
    # The circular names no NIK: a NIK used twice is the app's advice, never a block.
    assert _state(workspace, "siapkerja").state == "warning"


def test_assessor_with_expired_certificate_makes_2_12_an_error(workspace):
    records = Records(workspace)
    citra = records.save_person(Person(None, "Citra", "asesor", "3273016501850003"))
    records.save_assessor_data(AssessorData(citra.id, "MET.000.001573 2020", "0012345",
                                            "2020-01-10", ""))
    records.set_social_media("instagram", "@lsp_tik")
    status = _state(workspace, "data-asesor")
    assert status.state == "error" and codes(status.findings) == ["assessor.expired"]
    records.save_assessor_data(AssessorData(citra.id, "MET.000.001573 2020", "0012345",
                                            "2025-06-01", ""))
    assert _state(workspace, "data-asesor").state == "ok"


def test_packages_and_training_states(workspace):
    records = Records(workspace)
    package = records.save_package(Package(None, "SKM/BNSP/00010/1/2020/37A5", "Junior Web",
                                           "", "okupasi", "SKKNI 282/2016",
                                           [Unit(None, "J.620100.001.01", "Menggunakan",
                                                 "Using")]))
    assert _state(workspace, "paket-kompetensi").state == "error"
    package.name_en = "Junior Web Developer"
    records.save_package(package)
    assert _state(workspace, "paket-kompetensi").state == "ok"
    workspace.attach_bytes("sk-staf-it", "sk-it.pdf", mk.pdf_bytes())
    assert _state(workspace, "sk-staf-it").state == "error"  # no participant named yet
    records.set_it_staff(ItStaff("Dedi", "dedi@lsp.or.id", "081234567890"))
    # The fields the app asks for the registration are not there yet: not ready.
    assert {f.code for f in _state(workspace, "sk-staf-it").findings} >= {
        "training.no_job_title", "training.no_whatsapp"}
    assert _state(workspace, "sk-staf-it").state == "error"
    from lsp_desktop.store.participant import participant, set_participant

    chosen = participant(workspace)
    chosen.job_title, chosen.whatsapp = "Staf IT", "081234567890"
    set_participant(workspace, chosen)
    assert _state(workspace, "sk-staf-it").state == "ok"


@pytest.mark.parametrize("name,expected", [
    ("NPWP LSP.pdf", "npwp"), ("scan_rekening_BRI.pdf", "rekening"), ("Logo-LSP.png", "logo"),
    ("SK Lisensi 2024.pdf", "sk-lisensi"), ("Sertifikat_Lisensi.pdf", "sertifikat-lisensi"),
    ("sk asesor 2025.pdf", "sk-asesor"), ("foto kantor depan.jpg", "foto-kantor"),
    ("IMG_20250505.jpg", None),
])
def test_file_names_propose_a_requirement(name, expected, catalog):
    from lsp_desktop.intake.guess import propose_requirement

    assert propose_requirement(name, catalog) == expected


def test_missing_assessor_documents_are_named_as_documents_not_ids(workspace):
    from lsp_desktop.status.assessor_documents import assessor_documents_findings
    from tests import makefiles as mk

    records = Records(workspace)
    budi = records.save_person(Person(None, "Budi Santoso", "asesor"))
    records.attach_assessor_file(budi.id, "ktp", "ktp.pdf", mk.pdf_bytes())
    (finding,) = assessor_documents_findings(records)
    message = finding.message("id")
    assert "Budi Santoso (Sertifikat Kompetensi Teknis, Ijazah, Pasfoto)" in message
    assert "sertifikat-teknis" not in message

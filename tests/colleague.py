"""A colleague's workspace for merge tests: what another admin did on another laptop."""

from __future__ import annotations

from lsp_desktop.store.participant import Participant, set_not_submitted, set_participant
from lsp_desktop.store.records import AssessorData, Package, Person, Records
from lsp_desktop.store.workspace import Workspace
from tests import makefiles as mk
from tests.fill import fill_files, fill_profile

FOLDER = "https://drive.google.com/drive/folders/1ZyXwVuTsRqPoNmLkJiHgFe"


def fill_colleague(ws: Workspace) -> None:
    """What another admin did on another laptop: some of the same, some other, some more."""
    fill_profile(ws)
    ws.set_profile(name="LSP Teknologi Digital Nusantara")  # renamed on their side
    fill_files(ws, ["sk-lisensi", "sertifikat-lisensi"])  # the very same bytes as A's
    ws.attach_bytes("npwp", "npwp-baru.pdf", mk.pdf_bytes(pages=4, title="npwp baru"))
    ws.attach_bytes("acuan-paket", "acuan.pdf", mk.pdf_bytes(pages=1, title="acuan"))
    records = Records(ws)
    records.save_person(Person(None, "Ani Lestari", "pengarah", "3174055708900001",
                               "nama@lsp-tik.or.id", "081234567890", "sudah-submit"))
    budi = records.save_person(Person(None, "Budi Santosa Wijaya", "pelaksana",
                                      "3174051708900002", "budi@lsp-tik.or.id", "",
                                      "terdaftar"))
    citra = records.save_person(Person(None, "Citra Dewi", "asesor", "3273016501850003",
                                       "nama@lsp-tik.or.id", "081234567890", "sudah-submit"))
    records.save_assessor_data(AssessorData(citra.saved_id, "MET.000.001573 2025", "0012345",
                                            "2025-06-01", "", "TIK"))
    records.attach_assessor_file(citra.saved_id, "ktp", "ktp.jpg",
                                 mk.image_bytes("JPEG", (800, 500), color=(90, 90, 200)))
    eko = records.save_person(Person(None, "Eko Prasetyo", "asesor", "3273010101800004",
                                     "eko@lsp-tik.or.id", "0811111111", "terdaftar"))
    records.save_assessor_data(AssessorData(eko.saved_id, "MET.000.009999 2024", "0099",
                                            "2024-01-10", "", "TIK"))
    records.attach_assessor_file(eko.saved_id, "pasfoto", "foto.jpg",
                                 mk.image_bytes("JPEG", (300, 400), color=(20, 20, 200)))
    records.save_package(Package(None, "SKM/BNSP/00099/1/2021/99", "Desainer Grafis",
                                 "Graphic Designer", "okupasi", "SKKNI 2/2019"))
    records.set_social_media("instagram", "@lsp_tik_baru")
    # Point 4: they chose Budi from the roster; Citra is left out of 2.12 for now.
    set_participant(ws, Participant(budi.saved_id, job_title="Kepala Bagian TI",
                                    whatsapp="081255556666", sk_number="SK/07/2025",
                                    sk_date="2025-03-01"))
    set_not_submitted(ws, citra.saved_id, "Sertifikat sedang diperpanjang")
    ws.set_link("dokumen-skema", FOLDER)

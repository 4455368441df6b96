"""A workspace filled the way a finished admin leaves it: every applicable item ready."""

from __future__ import annotations

from lsp_desktop.store.records import AssessorData, ItStaff, Package, Person, Records, Unit
from lsp_desktop.store.workspace import Workspace
from tests import makefiles as mk

# NIKs of made-up people, for the tests that type them into the roster.
NIKS = ["3174055708900001", "3174051708900002", "3273016501850003"]

FILE_ITEMS = ["sk-lisensi", "sertifikat-lisensi", "sk-asesor", "acuan-paket", "sk-pelaksana",
              "npwp", "rekening", "sk-staf-it"]
FOLDER = "https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUv"


def fill_profile(ws: Workspace) -> None:
    ws.set_profile(name="LSP Teknologi Digital", licence="BNSP-LSP-2629-ID", lsp_type="P3",
                   category="lainnya", uses_skkk=False)


def fill_files(ws: Workspace, items: list[str] | None = None) -> None:
    for index, item in enumerate(items or FILE_ITEMS, start=1):
        ws.attach_bytes(item, f"{item}.pdf", mk.pdf_bytes(pages=index % 3 + 1, title=item))
    if items is None:
        ws.attach_bytes("logo", "logo.png", mk.image_bytes("PNG", size=(400, 400)))
        ws.attach_bytes("foto-kantor", "kantor.jpg", mk.image_bytes("JPEG", size=(1200, 800)))


def fill_data(ws: Workspace) -> None:
    records = Records(ws)
    people = [("Ani Lestari", "pengarah", "3174055708900001"),
              ("Budi Santoso", "pelaksana", "3174051708900002"),
              ("Citra Dewi", "asesor", "3273016501850003")]
    for name, role, nik in people:
        person = records.save_person(Person(None, name, role, nik, "nama@lsp-tik.or.id",
                                            "081234567890", "sudah-submit"))
        if role == "asesor":
            records.save_assessor_data(AssessorData(person.id, "MET.000.001573 2025",
                                                    "0012345", "2025-06-01", "", "TIK"))
            records.attach_assessor_file(person.id, "pasfoto", "pasfoto.jpg",
                                         mk.image_bytes("JPEG", (300, 400), color=(200, 20, 30)))
    records.set_social_media("instagram", "@lsp_tik")
    records.save_package(Package(None, "SKM/BNSP/00010/1/2020/37A5", "Pemrogram Junior",
                                 "Junior Programmer", "okupasi", "SKKNI 282/2016",
                                 [Unit(None, "J.620100.001.01", "Menganalisis tools",
                                       "Analysing tools")]))
    records.set_it_staff(ItStaff("Dedi Kurniawan", "dedi@lsp-tik.or.id", "081298765432"))
    fill_participant_fields(ws)
    ws.set_link("dokumen-skema", FOLDER)
    ws.set_link("berkas-asesor", FOLDER + "x")


def fill_participant_fields(ws: Workspace) -> None:
    """The job title and WhatsApp the app asks of the training participant (point 4)."""
    from lsp_desktop.store.participant import participant, set_participant

    chosen = participant(ws)
    chosen.job_title, chosen.whatsapp = "Staf IT", "081298765432"
    set_participant(ws, chosen)


def fill_everything(ws: Workspace) -> None:
    fill_profile(ws)
    fill_files(ws)
    fill_data(ws)


def new_workspace(path):
    """An empty workspace at ``path``, as the window or ``lsp-desktop profile`` makes one:
    the other commands refuse a workspace that does not exist."""
    from lsp_desktop.store.workspace import open_workspace

    open_workspace(path).close()
    return path

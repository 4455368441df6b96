"""A file's name as the workspace keeps and shows it: harmless however it arrived."""

from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk

RLO = "\u202e"


def test_a_name_that_reverses_its_own_text_is_stored_without_the_trick(tmp_path):
    tricky = mk.write(tmp_path, f"SK lisensi {RLO}fdp.exe.pdf", mk.pdf_bytes())
    with open_workspace(tmp_path / "w.lspws") as workspace:
        document, report = workspace.attach("sk-lisensi", tricky)
        assert RLO not in document.name and RLO not in report.name
        assert document.name == "SK lisensi fdp.exe.pdf"
        document, _ = workspace.attach_bytes("npwp", f"npwp{RLO}.pdf", mk.pdf_bytes())
        assert document.name == "npwp.pdf"
        person = Records(workspace).save_person(Person(None, "Citra", "asesor",
                                                       "3201014508850001"))
        Records(workspace).attach_assessor_file(person.id, "ktp", f"ktp{RLO}gpj.jpg",
                                                mk.image_bytes("JPEG"))
        assert Records(workspace).assessor_files(person.id)["ktp"].name == "ktpgpj.jpg"


def test_a_very_long_name_keeps_its_extension(tmp_path):
    long_name = "Surat Keputusan Pengangkatan Unsur Pelaksana LSP " * 4 + ".pdf"
    with open_workspace(tmp_path / "w.lspws") as workspace:
        document, _ = workspace.attach_bytes("sk-pelaksana", long_name, mk.pdf_bytes())
    assert document.name.endswith(".pdf") and len(document.name) <= 80
    assert document.name.startswith("Surat Keputusan Pengangkatan")

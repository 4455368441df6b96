"""The data items from the command line alone: social media (2.12), the training
participant (4), the assessors' documents (2.11), leaving an assessor out of 2.12, and the
printable missing-items report. Every profile can be completed without the window."""

import io
import json
import zipfile

import pytest

from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.cli.main import run
from tests import makefiles as mk
from tests.cli.running import cli
from tests.fill import new_workspace

FOLDER = "https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUv"
PEOPLE = ("nama,peran,nik,email,telepon,siapkerja\n"
          "Ani Lestari,pengarah,3174055708900001,ani@lsp.or.id,081234567890,sudah submit\n"
          "Budi Santoso,pelaksana,3174051708900002,budi@lsp.or.id,081234567891,sudah submit\n"
          "Citra Dewi,asesor,3273016501850003,citra@lsp.or.id,081234567892,sudah submit\n")
ASSESSORS = ("nama,nik,no_reg_met,no_blanko,tanggal_terbit,berlaku_sampai,bidang\n"
             "Citra Dewi,3273016501850003,MET.000.001573 2025,0012345,2025-06-01,,TIK\n")
PACKAGES = ("kode_paket,nama_paket,nama_paket_en,jenis,acuan,kode_unit,judul_unit,"
            "judul_unit_en\nSKM/BNSP/00010/1/2020/37A5,Pemrogram Junior,Junior Programmer,"
            "okupasi,SKKNI 282/2016,J.620100.001.01,Menganalisis tools,Analysing tools\n")


@pytest.fixture
def ws(tmp_path):
    return new_workspace(tmp_path / "ws.lspws")


def _people(tmp_path, capsys, ws):
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    assert cli(capsys, "import-table", "people", tmp_path / "people.csv", "--workspace", ws
               )[0] == 0


def test_social_set_list_remove(capsys, ws):
    assert cli(capsys, "social", "set", "instagram", "@lsp_tik", "--workspace", ws)[0] == 0
    assert cli(capsys, "social", "set", "website", "https://lsp-tik.or.id", "--workspace", ws
               )[0] == 0
    code, out, _ = cli(capsys, "social", "--json", "--workspace", ws)
    assert json.loads(out) == {"instagram": "@lsp_tik", "website": "https://lsp-tik.or.id"}
    cli(capsys, "social", "remove", "website", "--workspace", ws)
    code, out, _ = cli(capsys, "social", "list", "--workspace", ws)
    assert "@lsp_tik" in out and "lsp-tik.or.id" not in out
    code, _, err = cli(capsys, "social", "set", "myspace", "x", "--workspace", ws)
    assert code == 2 and "myspace" in err and "Traceback" not in err


def test_participant_is_picked_from_the_roster_by_name_or_nik(capsys, tmp_path, ws):
    _people(tmp_path, capsys, ws)
    code, out, _ = cli(capsys, "participant", "--person", "3174051708900002", "--job-title",
                       "Staf TI", "--whatsapp", "081234567891", "--workspace", ws)
    assert code == 0 and "Budi Santoso" in out and "Staf TI" in out
    shown = json.loads(cli(capsys, "participant", "--json", "--workspace", ws)[1])
    assert shown["name"] == "Budi Santoso" and shown["email"] == "budi@lsp.or.id"
    assert shown["sk_number"] == "" and shown["sk_date"] == ""  # optional
    cli(capsys, "participant", "--sk-number", "SK/IT/01/2026", "--workspace", ws)
    assert json.loads(cli(capsys, "participant", "--json", "--workspace", ws)[1]
                      )["sk_number"] == "SK/IT/01/2026"
    code, _, err = cli(capsys, "participant", "--person", "Nobody Here", "--workspace", ws)
    assert code == 1 and "Nobody Here" in err


def test_participant_can_be_added_to_the_roster(capsys, ws):
    code, out, _ = cli(capsys, "participant", "--person", "Dedi Kurniawan", "--add", "--nik",
                       "3174051708900009", "--email", "dedi@lsp.or.id", "--phone",
                       "081298765432", "--workspace", ws)
    assert code == 0 and "Dedi Kurniawan" in out
    from lsp_desktop.store.records import Records
    from lsp_desktop.store.workspace import open_workspace

    with open_workspace(ws) as workspace:
        assert [p.name for p in Records(workspace).people("pelaksana")] == ["Dedi Kurniawan"]


def test_assessor_files_by_name_or_nik(capsys, tmp_path, ws):
    _people(tmp_path, capsys, ws)
    ktp = tmp_path / "ktp.pdf"
    ktp.write_bytes(mk.pdf_bytes())
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(mk.image_bytes("JPEG", (300, 400), color=(200, 20, 30)))
    assert cli(capsys, "assessor-file", "add", "Citra Dewi", "ktp", ktp, "--workspace", ws
               )[0] == 0
    assert cli(capsys, "assessor-file", "add", "3273016501850003", "pasfoto", photo,
               "--workspace", ws)[0] == 0
    listing = json.loads(cli(capsys, "assessor-file", "--json", "--workspace", ws)[1])
    assert set(listing["Citra Dewi"]["files"]) == {"ktp", "pasfoto"}
    out = cli(capsys, "assessor-file", "list", "--workspace", ws)[1]
    assert "Ijazah" in out and "(belum ada)" in out
    assert cli(capsys, "assessor-file", "remove", "Citra Dewi", "ktp", "--workspace", ws
               )[0] == 0
    code, _, err = cli(capsys, "assessor-file", "add", "Budi Santoso", "ktp", ktp,
                       "--workspace", ws)
    assert code == 1 and "bukan Asesor" in err


def test_an_assessor_left_out_of_2_12_stays_in_item_1(capsys, tmp_path, ws):
    _people(tmp_path, capsys, ws)
    (tmp_path / "a.csv").write_text(ASSESSORS.replace("2025-06-01", "2020-01-01"),
                                    encoding="utf-8")
    cli(capsys, "import-table", "assessors", tmp_path / "a.csv", "--workspace", ws)
    status = json.loads(cli(capsys, "status", "--json", "--workspace", ws)[1])
    data = next(r for r in status["requirements"] if r["point"] == "2.12")
    assert any(f["code"] == "assessor.expired" for f in data["findings"])
    code, out, _ = cli(capsys, "assessor", "Citra Dewi", "--not-submitted",
                       "sertifikasi ulang (RCC)", "--workspace", ws)
    assert code == 0 and "sertifikasi ulang (RCC)" in out
    status = json.loads(cli(capsys, "status", "--json", "--workspace", ws)[1])
    data = next(r for r in status["requirements"] if r["point"] == "2.12")
    assert not any(f["severity"] == "error" and "Citra" in f["message"]
                   for f in data["findings"])
    roster = next(r for r in status["requirements"] if r["point"] == "1")
    assert roster["state"] != "error"
    from lsp_desktop.store.records import Records
    from lsp_desktop.store.workspace import open_workspace

    with open_workspace(ws) as workspace:
        assert "Citra Dewi" in [p.name for p in Records(workspace).people()]


def test_report_lists_missing_items_people_and_documents(capsys, tmp_path, ws):
    (tmp_path / "people.csv").write_text(PEOPLE.replace(
        "081234567891,sudah submit", "081234567891,belum daftar"), encoding="utf-8")
    cli(capsys, "import-table", "people", tmp_path / "people.csv", "--workspace", ws)
    out_pdf = tmp_path / "kekurangan.pdf"
    code, out, _ = cli(capsys, "report", "--out", out_pdf, "--workspace", ws)
    assert code == 0 and "kekurangan.pdf" in out
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out_pdf).pages)
    assert "Budi Santoso" in text  # has not submitted SIAPkerja
    assert "Ani Lestari" not in text.split("Dokumen asesor")[0]
    assert "Citra Dewi" in text and "Ijazah" in text  # assessor documents missing
    assert "SK Lisensi LSP" in text and "Berkas belum dilampirkan" in text
    html = tmp_path / "kekurangan.html"
    assert cli(capsys, "report", "--out", html, "--workspace", ws)[0] == 0
    assert "<title>" in html.read_text(encoding="utf-8")


PROFILES = {
    "P1-SMK": ("P1", "smk", "no"),
    "P2-BLK": ("P2", "blk", "no"),
    "P3-lainnya-SKKK": ("P3", "lainnya", "yes"),
    "P1-SMK-SKKK": ("P1", "smk", "yes"),
}


@pytest.mark.parametrize("profile", PROFILES)
def test_every_profile_is_completed_from_the_command_line_alone(profile, capsys, tmp_path):
    lsp_type, category, skkk = PROFILES[profile]
    ws = tmp_path / "ws.lspws"
    w = ["--workspace", ws]
    assert cli(capsys, "profile", "--name", "LSP Teknologi Digital", "--licence",
               "BNSP-LSP-2629-ID", "--type", lsp_type, "--category", category, "--skkk", skkk,
               *w)[0] == 0
    applicable = [r for r in json.loads(cli(capsys, "requirements", "--json", *w)[1]
                                        )["requirements"] if r["applies"]]
    for index, item in enumerate(r for r in applicable if r["form"] == "file"):
        path = tmp_path / f"{item['id']}.{'pdf' if 'pdf' in item['formats'] else 'jpg'}"
        path.write_bytes(mk.pdf_bytes(pages=index % 3 + 1) if "pdf" in item["formats"]
                         else mk.image_bytes("JPEG", size=(1200, 800)))
        assert cli(capsys, "add", item["id"], path, *w)[0] == 0, item
    for item in (r for r in applicable if r["form"] == "link"):
        assert cli(capsys, "link", item["id"], FOLDER, *w)[0] == 0
    _people(tmp_path, capsys, ws)
    (tmp_path / "a.csv").write_text(ASSESSORS, encoding="utf-8")
    assert cli(capsys, "import-table", "assessors", tmp_path / "a.csv", *w)[0] == 0
    # Midway: the missing-items report, for the meeting.
    assert cli(capsys, "report", "--out", tmp_path / "midway.pdf", *w)[0] == 0
    assert (tmp_path / "midway.pdf").read_bytes().startswith(b"%PDF")
    assert cli(capsys, "social", "set", "instagram", "@lsp_tik", *w)[0] == 0
    assert cli(capsys, "participant", "--person", "Budi Santoso", "--job-title", "Staf TI",
               "--whatsapp", "081234567891", *w)[0] == 0
    if any(r["form"] == "data" and r["point"] == "2.14" for r in applicable):
        (tmp_path / "p.csv").write_text(PACKAGES, encoding="utf-8")
        assert cli(capsys, "import-table", "packages", tmp_path / "p.csv", *w)[0] == 0
    for kind in ("ktp", "sertifikat-teknis", "ijazah"):
        doc = tmp_path / f"{kind}.pdf"
        doc.write_bytes(mk.pdf_bytes())
        assert cli(capsys, "assessor-file", "add", "Citra Dewi", kind, doc, *w)[0] == 0
    photo = tmp_path / "pasfoto.jpg"
    photo.write_bytes(mk.image_bytes("JPEG", (300, 400), color=(200, 20, 30)))
    assert cli(capsys, "assessor-file", "add", "Citra Dewi", "pasfoto", photo, *w)[0] == 0
    code, out, _ = cli(capsys, "status", *w)
    assert code == 0, out
    bundle = tmp_path / "bundel.zip"
    code, out, err = cli(capsys, "export", "--out", bundle, *w)
    assert code == 0 and "DRAF" not in out, err
    assert verify_bundle(bundle).status == "intact"
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        summary = archive.read(next(n for n in names if n.endswith("ringkasan.pdf")))
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(summary)).pages)
    assert "Budi Santoso (Staf TI" in text and "@lsp_tik" in text and "DRAF" not in text
    assert any("Citra Dewi/Ijazah" in n for n in names)


@pytest.mark.parametrize(("today", "expected", "absent"), [
    ("2025-05-01", "dimulai 5 Mei 2025 (4 hari lagi)", "sudah berakhir"),
    ("2025-05-20", "Sisa 5 hari untuk melengkapi persyaratan: sampai 25 Mei 2025",
     "sudah berakhir"),
    ("2026-03-17", "sudah berakhir 296 hari lalu", "mendaftar pelatihan"),
])
def test_status_tells_the_deadline_for_the_day(capsys, ws, today, expected, absent):
    cli(capsys, "profile", "--workspace", ws)  # status reads a workspace; profile makes one
    out = cli(capsys, "status", "--today", today, "--workspace", ws)[1]
    assert expected in out and absent not in out
    if today == "2026-03-17":
        assert "Tautan pendaftaran pelatihan dari surat edaran ini: https://bit.ly/" in out
        assert "tanyakan kepada BNSP jadwal baru atau surat edaran yang baru" in out
    else:
        assert "bit.ly" not in out  # nothing is ready yet


def test_help_and_usage_complaints_are_indonesian(capsys, ws):
    with pytest.raises(SystemExit):
        run(["report", "--help"])
    out = capsys.readouterr().out
    assert "pemakaian:" in out and "pilihan:" in out and "usage:" not in out
    code, _, err = cli(capsys, "assessor", "Citra", "--workspace", ws)
    assert code == 2 and "isi salah satu dari: --not-submitted --submitted" in err
    with pytest.raises(SystemExit):
        run(["--lang", "en", "report", "--help"])
    assert "usage:" in capsys.readouterr().out

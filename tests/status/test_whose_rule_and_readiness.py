"""Issue 20: whose rule a finding applies (the circular's or the app's own advice, which
never blocks), honest readiness, and the circular's time in its own words, as the admin
reads them on the command line, in the printable list, the summary and BACA-SAYA.txt."""

import datetime as dt
import io
import json
import re
import zipfile

from pypdf import PdfReader

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.missing_list import write_report
from lsp_desktop.status.requirements import requirement_status
from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.cli.running import cli
from tests.fill import FOLDER, fill_everything, fill_profile, new_workspace

TODAY = dt.date(2026, 3, 17)


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_a_4_mb_pasfoto_for_2_11_is_the_apps_advice_and_does_not_block(tmp_path, capsys):
    path = tmp_path / "ws.lspws"
    ws = open_workspace(path)
    fill_everything(ws)
    records = Records(ws)
    citra = records.people("asesor")[0]
    records.attach_assessor_file(citra.saved_id, "ijazah", "ijazah.pdf",
                                 mk.pdf_of_size(4_000_000))
    ws.close()
    code, out, _ = cli(capsys, "status", "--json", "--workspace", path, "--today", "2026-03-17")
    shown = json.loads(out)
    assert code == 0 and shown["complete"]
    item = next(r for r in shown["requirements"]
                if any(f["code"] == "assessor_files.document_problem" for f in r["findings"]))
    assert item["state"] == "warning"
    (problem,) = [f for f in item["findings"] if f["code"] == "assessor_files.document_problem"]
    assert problem["source"] == "app" and problem["severity"] == "warning"
    assert "saran aplikasi ini, bukan syarat surat edaran" in problem["message"]


def test_a_package_kind_the_circular_does_not_list_is_advice(tmp_path, capsys):
    from lsp_desktop.checks.packages import package_findings

    units = [("M.702090.001.02", "Menggunakan perangkat", "Using devices")]
    assert package_findings("P-1", "Junior Web", "Junior Web", "KKNI Level II", units) == []
    (odd,) = package_findings("P-1", "Junior Web", "Junior Web", "magang", units)
    assert odd.severity == "warning" and odd.source == "app"
    assert "Surat edaran tidak menetapkan jenis paket" in odd.message("id")


def test_a_wrong_nik_is_advice_and_a_missing_role_keeps_item_1_not_ready(tmp_path, capsys):
    path = tmp_path / "ws.lspws"
    ws = open_workspace(path)
    fill_profile(ws)
    records = Records(ws)
    records.save_person(Person(None, "Ani", "pelaksana", "123", siapkerja="sudah-submit"))
    roster = ws.catalog.holder("people")
    status = requirement_status(ws, roster)
    # All have submitted, but the circular asks for Unsur Pengarah and Asesor as well.
    assert status.state == "missing" and not status.ready
    nik = next(f for f in status.findings if f.code.startswith("nik."))
    assert nik.severity == "warning" and nik.source == "app"
    ws.close()
    code, out, _ = cli(capsys, "status", "--workspace", path, "--today", "2026-03-17")
    line = next(x for x in out.splitlines() if roster.title_id in x)
    assert line.rstrip().endswith("1 dari 1 orang sudah kirim")
    assert "Belum ada Unsur Pengarah" in out


def test_the_list_of_an_empty_workspace_claims_nothing_it_does_not_know(tmp_path):
    ws = open_workspace(tmp_path / "ws.lspws")
    target = write_report(ws, tmp_path / "kurang.pdf", TODAY)
    ws.close()
    text = _flat(_pdf_text(target))
    assert "Semua personel yang tercatat sudah" not in text
    assert "Tidak ada yang kurang" not in text
    assert "Belum ada personel yang tercatat" in text and "Belum ada asesor yang tercatat" in text
    assert "Profil LSP yang belum diisi" in text and "Nama LSP, Nomor lisensi, Jenis LSP, " \
        "Kategori" in text
    assert "20 hari kalender untuk melengkapi persyaratan, mulai 5 Mei 2025 sampai dengan " \
        "25 Mei 2025" in text
    assert "selanjutnya melakukan pendaftaran pelatihan pada tautan " \
        "https://bit.ly/daftarlatihansisfobaru" in text


def test_ready_items_with_warnings_are_not_listed_as_not_ready(tmp_path):
    ws = open_workspace(tmp_path / "ws.lspws")
    fill_everything(ws)
    Records(ws).save_person(Person(None, "Dewi", "pelaksana", "3174055708900001",
                                   siapkerja="sudah-submit"))  # Ani's NIK again: advice
    target = write_report(ws, tmp_path / "kurang.pdf", TODAY)
    ws.close()
    text = _flat(_pdf_text(target))
    not_ready, _, warned = text.partition("Sudah siap, tetapi ada peringatan untuk dilihat")
    assert warned and "siap, ada peringatan" not in not_ready
    assert "Semua butir sudah siap" in not_ready and "NIK" in warned


def test_the_summary_and_baca_saya_give_the_circulars_time_and_link(tmp_path):
    ws = open_workspace(tmp_path / "ws.lspws")
    fill_everything(ws)
    ws.set_link("berkas-asesor", FOLDER)
    result = export_bundle(ws, tmp_path / "b.zip", allow_incomplete=True,
                           now=dt.datetime(2026, 3, 17, 9, 30,
                                           tzinfo=dt.timezone(dt.timedelta(hours=7))))
    ws.close()
    with zipfile.ZipFile(result.path) as archive:
        readme = archive.read(f"{result.top}/BACA-SAYA.txt").decode()
        summary = _flat("".join(p.extract_text() for p in PdfReader(
            io.BytesIO(archive.read(f"{result.top}/ringkasan.pdf"))).pages))
    readme = _flat(readme)
    for text in (readme, summary):
        assert "20 hari kalender untuk melengkapi persyaratan" in text
        assert "https://bit.ly/daftarlatihansisfobaru" in text
        # a time for people, with its zone (the computer's own; WIB in Jakarta)
        assert re.search(r"Maret 2026 pukul \d\d\.\d\d (WIB|WITA|WIT|UTC)", text)
    assert "20 calendar days to complete the requirements" in readme
    assert "tas BagIt" not in readme and "T09:30" not in readme
    assert "tidak rusak di jalan" not in summary
    assert "Media sosial: Instagram" in summary
    assert not re.search(r"1\sKB \(\d{1,3}\sbyte", summary)  # 150 bytes are not "1 KB"


def test_status_json_gives_the_period_and_the_training_link(tmp_path, capsys):
    path = new_workspace(tmp_path / "ws.lspws")
    code, out, _ = cli(capsys, "status", "--json", "--workspace", path, "--today", "2026-03-17")
    shown = json.loads(out)
    assert shown["period"]["start"] == "2025-05-05" and shown["period"]["end"] == "2025-05-25"
    assert shown["period"]["ended"] is True
    assert shown["training_link"] == "https://bit.ly/daftarlatihansisfobaru"
    code, out, _ = cli(capsys, "status", "--workspace", path, "--today", "2026-03-17")
    assert "Masa pendaftaran" not in out and "pendaftaran ditutup" not in out
    assert "Waktu melengkapi persyaratan menurut surat edaran ini" in out


def test_a_time_is_said_with_its_zone():
    from lsp_desktop.messages import format_moment

    jakarta = dt.datetime(2026, 3, 17, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert format_moment(jakarta, "id") == "17 Maret 2026 pukul 09.30 WIB (UTC+07:00)"
    makassar = jakarta.astimezone(dt.timezone(dt.timedelta(hours=8)))
    assert format_moment(makassar, "en") == "17 March 2026 at 10:30 WITA (UTC+08:00)"


def test_report_prints_no_font_warning_for_a_character_the_font_lacks(tmp_path, capsys):
    path = tmp_path / "ws.lspws"
    ws = open_workspace(path)
    Records(ws).save_person(Person(None, "Ani 🙂 中文", "pengarah"))
    ws.close()
    code, out, err = cli(capsys, "report", "--out", tmp_path / "l.pdf", "--workspace", path,
                         "--today", "2026-03-17")
    assert code == 0 and "glyph" not in out + err and "Font" not in out + err


def test_status_names_who_has_not_yet_submitted_in_plain_words(tmp_path, capsys):
    path = tmp_path / "ws.lspws"
    ws = open_workspace(path)
    records = Records(ws)
    records.save_person(Person(None, "Ani", "pengarah", siapkerja="sudah-submit"))
    records.save_person(Person(None, "Budi", "pelaksana", siapkerja="terdaftar"))
    ws.close()
    code, out, _ = cli(capsys, "status", "--workspace", path, "--today", "2026-03-17")
    assert "Belum mengirim (submit): Budi" in out and "1 dari 2 orang sudah kirim" in out
    assert "data-lengkap" not in out and "sudah-submit" not in out


def test_a_2_11_documents_own_findings_are_the_apps_but_a_red_background_is_the_circulars(
        tmp_path):
    ws = open_workspace(tmp_path / "ws.lspws")
    records = Records(ws)
    citra = records.save_person(Person(None, "Citra", "asesor"))
    locked = records.attach_assessor_file(citra.id, "ijazah", "ijazah.pdf",
                                          mk.encrypted_pdf("rahasia"))
    assert locked and all(f.source == "app" and f.severity == "warning" for f in locked)
    pink = records.attach_assessor_file(citra.id, "pasfoto", "pasfoto.jpg",
                                        mk.image_bytes("JPEG", (300, 400), color=(240, 120, 140)))
    assert [(f.code, f.source) for f in pink] == [("pasfoto.not_red", "circular")]
    ws.close()


def test_a_photo_for_an_item_whose_format_the_circular_does_not_name_is_advice(tmp_path):
    """The circular names no format for the SKKK: the app's "PDF" is advice, so a JPG is
    attached with a warning that says so, and the item is ready."""
    ws = open_workspace(tmp_path / "ws.lspws")
    ws.set_profile(uses_skkk=True)
    item = next(r for r in ws.catalog.requirements if r.our_reading and r.form == "file"
                and not r.parts)
    ws.attach_bytes(item.id, "skkk.jpg", mk.image_bytes("JPEG", (1200, 1600)))
    status = requirement_status(ws, item)
    assert status.state == "warning" and status.ready
    (_, report), = status.documents
    (finding,) = [f for f in report.findings if f.code.startswith("format.")]
    assert finding.source == "app" and "saran aplikasi ini" in finding.message("id")
    ws.close()

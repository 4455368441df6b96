"""Spreadsheet import and export: the lists admins keep in Excel."""

import json

import pytest
from openpyxl import Workbook, load_workbook

from lsp_desktop.base.errors import LspError
from lsp_desktop.cli.main import run
from lsp_desktop.store.records import Person, Records
from lsp_desktop.tables.plan import apply_import, plan_import
from lsp_desktop.tables.spreadsheet import read_table
from tests.cli.running import cli
from tests.fill import new_workspace

GOOD_NIKS = ["3174055708900001", "3174051708900002", "3273016501850003", "3578014203880004"]


def write_csv(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def roster_csv(tmp_path):
    return write_csv(tmp_path / "personil.csv", (
        "Nama,Peran,NIK,Email,No HP,Status SIAPkerja\n"
        f"Ani Lestari,Unsur Pengarah,{GOOD_NIKS[0]},ani@lsp.or.id,0812-3456-7890,sudah submit\n"
        f"Budi Santoso,Pelaksana,{GOOD_NIKS[1]},budi@lsp.or.id,+62 813 1111 2222,terdaftar\n"
        ",,,,,\n"
        "Citra,Asesor,12345,citra@lsp.or.id,0812,belum daftar\n"
        "Dedi,Bendahara,,dedi@lsp.or.id,,\n"
        f"Eka,Asesor,{GOOD_NIKS[0]},eka@lsp.or.id,,sudah submit\n"
        f"Fajar,Asesor,{GOOD_NIKS[2]},fajar@,,data diri lengkap\n"))


def test_roster_import_says_which_rows_fail_and_why(workspace, tmp_path):
    rows = read_table(roster_csv(tmp_path), "people")
    assert [line for line, _ in rows] == [2, 3, 5, 6, 7, 8]  # the empty row 4 is skipped
    records = Records(workspace)
    plan = plan_import(records, "people", rows)
    assert (plan.count("add"), plan.count("update"), plan.count("reject")) == (3, 0, 3)
    reasons = {o.line: [f.code for f in o.reasons] for o in plan.rejected}
    # Ani (row 2) and Eka (row 7) share a NIK: which is right is the admin's call.
    assert reasons == {2: ["import.row_repeated"], 6: ["import.role_unknown"],
                       7: ["import.row_repeated"]}
    # Citra's short NIK and phone break the app's rules only: imported, with warnings.
    citra = next(o for o in plan.outcomes if o.label == "Citra")
    assert citra.action == "add" and [(f.code, f.severity) for f in citra.reasons] == [
        ("nik.length", "warning"), ("phone.invalid", "warning")]
    assert "2" in plan.rejected[0].reasons[0].message("id") and "7" in plan.rejected[
        0].reasons[0].message("id")
    fajar = next(o for o in plan.outcomes if o.label == "Fajar")
    assert [f.code for f in fajar.reasons] == ["email.invalid"] and fajar.action == "add"
    assert records.people() == []  # nothing written before applying
    apply_import(records, plan)
    people = {p.name: p for p in records.people()}
    assert set(people) == {"Budi Santoso", "Citra", "Fajar"}
    assert people["Budi Santoso"].role == "pelaksana" and people["Fajar"].siapkerja == (
        "data-lengkap")


def test_an_app_rule_warns_and_a_refused_row_lists_every_problem(workspace, tmp_path,
                                                                   capsys):
    path = write_csv(tmp_path / "p2.csv", (
        "nama,peran,nik,email,telepon,siapkerja\n"
        "Gita,asesor,12345,gita@lsp.or.id,,sudah submit\n"
        f"Hadi,asesor,{GOOD_NIKS[1]},x,abc,belum submit\n"))
    code, out, _ = cli(capsys, "import-table", "people", path, "--dry-run",
                       "--workspace", workspace.path)
    [gita] = [line for line in out.splitlines() if "Gita" in line]
    [hadi] = [line for line in out.splitlines() if "Hadi" in line]
    assert "ditambah" in gita and "16" in gita and "saran aplikasi" in gita
    assert "belum submit" in hadi and "'x'" in hadi and "'abc'" in hadi
    assert "1 ditambah" in out and "1 ditolak" in out
    assert code == 1  # Hadi's SIAPkerja step cannot be read: that row is refused


def test_reimport_updates_by_nik(workspace, tmp_path):
    records = Records(workspace)
    records.save_person(Person(None, "Ani", "pengarah", GOOD_NIKS[0], "", "", "terdaftar"))
    path = write_csv(tmp_path / "p.csv", f"nama;nik;peran;siapkerja\nAni Lestari;{GOOD_NIKS[0]};"
                                         "pengarah;sudah submit\n")
    plan = plan_import(records, "people", read_table(path, "people"))
    assert plan.count("update") == 1
    apply_import(records, plan)
    [ani] = records.people()
    assert (ani.name, ani.siapkerja) == ("Ani Lestari", "sudah-submit")


def test_xlsx_with_numbers_dates_and_other_column_names(workspace, tmp_path):
    import datetime as dt

    book = Workbook()
    sheet = book.active
    sheet.append(["NAMA LENGKAP", "No. KTP", "Unsur", "No Reg MET", "Nomor Blanko",
                  "Tgl Terbit", "Masa Berlaku"])
    sheet.append(["Citra Dewi", int(GOOD_NIKS[2]), "Asesor", "MET.000.001573 2024", "0012345",
                  dt.datetime(2024, 3, 1), dt.datetime(2027, 3, 1)])
    path = tmp_path / "asesor.xlsx"
    book.save(path)
    records = Records(workspace)
    plan = plan_import(records, "assessors", read_table(path, "assessors"))
    assert plan.count("add") == 1
    apply_import(records, plan)
    [(person, data)] = records.assessors()
    assert person.nik == GOOD_NIKS[2] and person.role == "asesor"
    assert (data.met_number, data.blanko_number, data.issued_on, data.expires_on) == (
        "MET.000.001573 2024", "0012345", "2024-03-01", "2027-03-01")


def test_windows_encoded_csv_with_semicolons(workspace, tmp_path):
    path = write_csv(tmp_path / "excel.csv", "Nama;Peran;NIK\nJosé Ñato;Asesor;\n",
                     encoding="cp1252")
    [(line, row)] = read_table(path, "people")
    assert row["nama"] == "José Ñato" and row["peran"] == "Asesor"


@pytest.mark.parametrize("content,code", [
    ("Name Of Person,Phone\nAni,0812\n", "table.missing_columns"),
    ("", "table.empty"),
])
def test_wrong_columns_and_empty_files_are_named(tmp_path, content, code):
    path = write_csv(tmp_path / "salah.csv", content)
    with pytest.raises(LspError) as caught:
        read_table(path, "people")
    assert caught.value.code == code
    if code == "table.missing_columns":
        assert "nama" in caught.value.message("id") and "Name Of Person" in caught.value.message(
            "id")


def test_a_file_that_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"%PDF-1.4 not a spreadsheet")
    with pytest.raises(LspError) as caught:
        read_table(path, "people")
    assert caught.value.code == "table.unreadable" and "Excel" in caught.value.message("id")


def test_packages_group_units_and_refuse_duplicates(workspace, tmp_path):
    path = write_csv(tmp_path / "paket.csv", (
        "kode_paket,nama_paket,nama_paket_en,jenis,kode_unit,judul_unit,judul_unit_en\n"
        "SKM/BNSP/00010/1/2020/37A5,Pemrogram Junior,Junior Programmer,okupasi,"
        "J.620100.001.01,Menganalisis,Analysing\n"
        "SKM/BNSP/00010/1/2020/37A5,,,,J.620100.002.01,Merancang,Designing\n"
        "SKM/BNSP/00010/1/2020/37A5,,,,J.620100.002.01,Ganda,Double\n"
        ",Tanpa kode,,,,,\n"))
    records = Records(workspace)
    plan = plan_import(records, "packages", read_table(path, "packages"))
    assert {o.line: [f.code for f in o.reasons] for o in plan.rejected} == {
        3: ["import.row_repeated"], 4: ["import.row_repeated"],
        5: ["import.no_package_code"]}
    apply_import(records, plan)
    [package] = records.packages()
    assert package.name_en == "Junior Programmer" and len(package.units) == 1


def test_five_thousand_people(workspace, tmp_path):
    lines = ["nama,peran,nik,siapkerja"]
    for i in range(5000):
        nik = f"3174{(i % 90) + 10:02d}{(i % 28) + 1:02d}0890{i + 1:04d}"  # serials from 0001
        lines.append(f"Orang {i},asesor,{nik},sudah submit")
    path = write_csv(tmp_path / "besar.csv", "\n".join(lines) + "\n")
    records = Records(workspace)
    plan = plan_import(records, "people", read_table(path, "people"))
    assert plan.count("add") == 5000 and not plan.rejected
    apply_import(records, plan)
    assert len(records.people()) == 5000


def test_cli_import_dry_run_then_for_real(tmp_path, capsys):
    ws = new_workspace(tmp_path / "ws.lspws")
    path = roster_csv(tmp_path)
    assert run(["import-table", "people", str(path), "--workspace", str(ws), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "3 ditambah, 0 diperbarui, 0 tidak berubah, 3 ditolak" in out and "baris 5" in out
    assert "tidak ada yang disimpan" in out
    assert run(["status", "--workspace", str(ws), "--json"]) == 1
    status = json.loads(capsys.readouterr().out)
    assert next(r for r in status["requirements"] if r["id"] == "siapkerja")["state"] == "missing"
    assert run(["import-table", "people", str(path), "--workspace", str(ws)]) == 1
    capsys.readouterr()
    out_xlsx = tmp_path / "keluar.xlsx"
    assert run(["export-table", "people", str(out_xlsx), "--workspace", str(ws)]) == 0
    rows = list(load_workbook(out_xlsx).active.iter_rows(values_only=True))
    assert rows[0] == ("nama", "peran", "nik", "email", "telepon", "siapkerja")
    assert len(rows) == 4
    again = tmp_path / "lagi.csv"
    assert run(["export-table", "people", str(again), "--workspace", str(ws)]) == 0
    assert again.read_bytes().startswith(b"\xef\xbb\xbfnama,peran")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exported_assessors_come_back_with_their_expiry_still_computed(workspace, tmp_path,
                                                                       suffix):
    from lsp_desktop.store.records import AssessorData
    from lsp_desktop.tables.rows import assessor_rows
    from lsp_desktop.tables.spreadsheet import write_table

    records = Records(workspace)
    citra = records.save_person(Person(None, "Citra", "asesor", GOOD_NIKS[2]))
    dedi = records.save_person(Person(None, "Dedi", "asesor", GOOD_NIKS[3]))
    records.save_assessor_data(AssessorData(citra.id, "", "0012345", "2024-06-01", ""))
    records.save_assessor_data(AssessorData(dedi.id, "", "0012346", "2024-06-01", "2026-01-31"))
    path = tmp_path / f"asesor{suffix}"
    write_table(path, "assessors", assessor_rows(records))  # the sheet shows 2027-06-01
    apply_import(records, plan_import(records, "assessors", read_table(path, "assessors")))
    rows = {row["nama"]: row for row in assessor_rows(records)}
    assert rows["Citra"]["berlaku_sampai"] == "2027-06-01"
    assert rows["Citra"]["berlaku_sampai_sumber"].startswith("dihitung")  # still computed
    assert rows["Dedi"]["berlaku_sampai"] == "2026-01-31"  # a written one stays written
    assert not rows["Dedi"]["berlaku_sampai_sumber"].startswith("dihitung")


def test_an_expiry_changed_in_the_sheet_is_taken_as_written(workspace, tmp_path):
    records = Records(workspace)
    path = write_csv(tmp_path / "asesor.csv", (
        "nama,nik,tanggal_terbit,berlaku_sampai,berlaku_sampai_sumber\n"
        f"Citra,{GOOD_NIKS[2]},2024-06-01,2026-12-31,dihitung: tanggal terbit + 3 tahun\n"))
    records.save_person(Person(None, "Citra", "asesor", GOOD_NIKS[2]))
    apply_import(records, plan_import(records, "assessors", read_table(path, "assessors")))
    [(_, data)] = records.assessors()
    assert data.expires_on == "2026-12-31"


def _write_only_book(path, sheets):
    """A workbook as many generators save it: no <dimension> telling its size."""
    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_a_sheet_past_the_row_limit_is_refused_even_without_its_size_written(tmp_path):
    from lsp_desktop.tables.spreadsheet import MAX_ROWS

    path = _write_only_book(tmp_path / "orang.xlsx", [
        ("orang", [["nama"]] + [[f"Orang {i}"] for i in range(MAX_ROWS + 5)])])
    with pytest.raises(LspError) as caught:
        read_table(path, "people")
    assert caught.value.code == "table.too_many_rows"
    assert "bagi menjadi beberapa berkas" in caught.value.message("id")
    at_limit = _write_only_book(tmp_path / "pas.xlsx", [
        ("orang", [["nama"]] + [[f"Orang {i}"] for i in range(MAX_ROWS)])])
    assert len(read_table(at_limit, "people")) == MAX_ROWS  # rows cut between chunks count once


def test_only_the_first_sheet_counts_towards_the_row_limit(tmp_path):
    from lsp_desktop.tables.spreadsheet import MAX_ROWS

    path = _write_only_book(tmp_path / "orang.xlsx", [
        ("orang", [["nama", "nik"], ["Ani Lestari", GOOD_NIKS[0]]]),
        ("arsip", [[f"Orang {i}"] for i in range(MAX_ROWS + 5)])])
    assert read_table(path, "people") == [(2, {"nama": "Ani Lestari", "nik": GOOD_NIKS[0]})]

"""A sheet adds and corrects, it never erases: the tester's partial sheets, duplicates,
dates in words, Excel's apostrophe and formula cells."""

import pytest
from openpyxl import Workbook

from lsp_desktop.cli.main import run
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.tables.plan import apply_import, plan_import, undo_import
from lsp_desktop.tables.rows import package_rows
from lsp_desktop.tables.spreadsheet import read_table
from tests.fill import new_workspace

NIKS = ["3174055708900001", "3174051708900002", "3273016501850003", "3171011505850002"]
FULL_PACKAGE = (
    "kode_paket,nama_paket,nama_paket_en,jenis,acuan,kode_unit,judul_unit,judul_unit_en\n"
    "SKM/1,Paket,Package,okupasi,SKKNI 1/2016,J.1.001.01,Satu,One\n"
    "SKM/1,Paket,Package,okupasi,SKKNI 1/2016,J.1.002.01,Dua,\n")
ONE_TRANSLATION = "kode_paket,kode_unit,judul_unit_en\nSKM/1,J.1.002.01,Two\n"


def sheet(tmp_path, text, name="sheet.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def imported(records, kind, path):
    plan = plan_import(records, kind, read_table(path, kind))
    return plan, apply_import(records, plan)


def counts(plan):
    return tuple(plan.count(a) for a in ("add", "update", "unchanged", "reject"))


def test_a_partial_packages_sheet_changes_only_the_cells_it_gives(workspace, tmp_path):
    records = Records(workspace)
    imported(records, "packages", sheet(tmp_path, FULL_PACKAGE))
    before = package_rows(records)
    plan, undo = imported(records, "packages", sheet(tmp_path, ONE_TRANSLATION, "pk2.csv"))
    assert counts(plan) == (0, 1, 0, 0)
    assert "judul_unit_en: - → Two" in plan.outcomes[0].reasons[0].message("id")
    after = package_rows(records)
    assert after[0] == before[0]  # the other unit, the names, jenis and acuan: all kept
    assert after[1] == before[1] | {"judul_unit_en": "Two"}
    again = plan_import(records, "packages", read_table(tmp_path / "pk2.csv", "packages"))
    assert counts(again) == (0, 0, 1, 0)  # nothing left to change: not "updated"
    undo_import(records, undo)
    assert package_rows(records) == before


def test_a_packages_sheet_adds_units_and_packages_and_undo_removes_them(workspace, tmp_path):
    records = Records(workspace)
    imported(records, "packages", sheet(tmp_path, FULL_PACKAGE))
    before = package_rows(records)
    plan, undo = imported(records, "packages", sheet(tmp_path, (
        "kode_paket,kode_unit,judul_unit\nskm/1,J.1.003.01,Tiga\nSKM/2,J.2.001.01,Baru\n")))
    assert counts(plan) == (2, 0, 0, 0)
    [first, second] = records.packages()
    assert [u.code for u in first.units] == ["J.1.001.01", "J.1.002.01", "J.1.003.01"]
    assert first.name_id == "Paket" and second.code == "SKM/2"
    undo_import(records, undo)
    assert package_rows(records) == before


def test_a_people_sheet_without_a_status_column_keeps_the_status(workspace, tmp_path):
    records = Records(workspace)
    records.save_person(Person(None, "Ani", "pengarah", NIKS[0], "ani@lsp.id", "0812345678",
                               "sudah-submit"))
    plan, undo = imported(records, "people", sheet(tmp_path, (
        f"nama,peran,nik,email\nAni,pengarah,{NIKS[0]},\nAni,pengarah,{NIKS[0]},\n"
        f"Budi,pelaksana,{NIKS[1]},budi@lsp.id\n")))
    # The same person twice: neither row is taken, and both lines are named.
    assert counts(plan) == (1, 0, 0, 2)
    assert all("2" in o.reasons[0].message("id") and "3" in o.reasons[0].message("id")
               for o in plan.rejected)
    plan, undo = imported(records, "people", sheet(tmp_path, (
        f"nama,peran,nik\nAni,pengarah,{NIKS[0]}\nBudi,pelaksana,{NIKS[1]}\n"
        "Citra,asesor,\n"), "second.csv"))
    assert counts(plan) == (1, 0, 2, 0)
    ani = records.people()[0]
    assert (ani.email, ani.phone, ani.siapkerja) == ("ani@lsp.id", "0812345678",
                                                     "sudah-submit")
    undo_import(records, undo)
    assert [p.name for p in records.people()] == ["Ani", "Budi"]


def test_a_corrected_nik_updates_the_person_and_undo_brings_the_old_one(workspace, tmp_path):
    records = Records(workspace)
    records.save_person(Person(None, "Citra Dewi", "asesor", NIKS[2]))
    plan, undo = imported(records, "people", sheet(tmp_path, (
        f"nama,peran,nik\nCitra Dewi,Asesor,'{NIKS[3]}\n")))
    assert counts(plan) == (0, 1, 0, 0)
    assert NIKS[2] in plan.outcomes[0].reasons[0].message("id")
    [citra] = records.people()
    assert citra.nik == NIKS[3]  # read without Excel's apostrophe, and not added twice
    undo_import(records, undo)
    assert records.people()[0].nik == NIKS[2]


def test_assessors_twice_dates_in_words_and_cells_left_empty(workspace, tmp_path):
    records = Records(workspace)
    citra = records.save_person(Person(None, "Citra Dewi", "asesor", NIKS[2]))
    records.save_assessor_data(AssessorData(citra.id, "MET.000.001573 2020", "00012345",
                                            "2024-03-01", "", "TIK"))
    plan = plan_import(records, "assessors", read_table(sheet(tmp_path, (
        "nama,nik,no_blanko,tgl_terbit\n"
        f"Citra Dewi,{NIKS[2]},00012345,01/03/2024\nCitra Dewi,,dup,01/03/2024\n")),
        "assessors"))
    assert [o.reasons[0].code for o in plan.outcomes] == ["import.row_repeated"] * 2
    plan, undo = imported(records, "assessors", sheet(tmp_path, (
        "nama,tgl_terbit,bidang\nCitra Dewi,5 Mei 2023,\nHadi,45000,Perhotelan\n"),
        "words.csv"))
    assert counts(plan) == (1, 1, 0, 0)
    data = dict((p.name, a) for p, a in records.assessors())
    assert (data["Citra Dewi"].issued_on, data["Citra Dewi"].blanko_number,
            data["Citra Dewi"].field) == ("2023-05-05", "00012345", "TIK")
    assert data["Hadi"].issued_on == "2023-03-15"  # Excel's day count
    undo_import(records, undo)
    [(person, kept)] = records.assessors()
    assert person.name == "Citra Dewi" and kept.issued_on == "2024-03-01"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_formula_cell_gets_the_same_verdict_from_csv_and_xlsx(workspace, tmp_path, suffix):
    rows = [["kode_paket", "nama_paket", "kode_unit"],
            ['=HYPERLINK("http://evil","x")', "Formula", "M.1"], ["SKM/3", "Biasa", "M.2"]]
    path = tmp_path / f"paket{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(",".join(f'"{c}"' if "," in c else c for c in r)
                                  .replace('"=HYPERLINK("', '"=HYPERLINK(""')
                                  .replace('","x")"', '"",""x"")"') for r in rows) + "\n")
    else:
        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)  # openpyxl keeps the formula with no computed value
    plan = plan_import(Records(workspace), "packages", read_table(path, "packages"))
    [refused] = plan.rejected
    message = refused.reasons[0].message("id")
    assert refused.line == 2 and "rumus" in message and "kosong" not in message
    assert plan.count("add") == 1


def test_the_cli_plan_lists_warnings_on_added_rows(tmp_path, capsys):
    ws = new_workspace(tmp_path / "ws.lspws")
    path = sheet(tmp_path, f"nama,peran,nik,email\nEka,asesor,{NIKS[0]},eka@lsp\n")
    assert run(["import-table", "people", str(path), "--workspace", str(ws), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 ditambah, 0 diperbarui, 0 tidak berubah, 0 ditolak" in out
    assert "baris 2 (Eka), ditambah" in out and "eka@lsp" in out


def test_a_person_twice_is_refused_twice_even_when_one_row_has_another_fault(workspace,
                                                                             tmp_path):
    """Tono with an unknown role and Tono as pelaksana, one NIK: neither row is taken, and
    the first one says both of its faults."""
    records = Records(workspace)
    plan = plan_import(records, "people", read_table(sheet(tmp_path, (
        f"nama,peran,nik\nTono,Ketua,{NIKS[0]}\nTono,Pelaksana,{NIKS[0]}\n")), "people"))
    assert counts(plan) == (0, 0, 0, 2)
    first, later = plan.outcomes
    assert [r.code for r in first.reasons] == ["import.role_unknown", "import.row_repeated"]
    assert [r.code for r in later.reasons] == ["import.row_repeated"]
    assert f"NIK {NIKS[0]}" in later.reasons[0].message("id")


def test_two_rows_with_one_nik_on_file_are_said_to_share_the_nik(workspace, tmp_path):
    records = Records(workspace)
    records.save_person(Person(None, "Budi Santoso", "pengarah", NIKS[1]))
    plan = plan_import(records, "people", read_table(sheet(tmp_path, (
        f"nama,peran,nik\nBudi Santoso,Pengarah,{NIKS[1]}\nFajar,Asesor,{NIKS[1]}\n")),
        "people"))
    said = plan.outcomes[1].reasons[0].message("id")
    assert f"NIK {NIKS[1]}" in said and "Fajar" not in said.split(".")[0]


def test_an_assessor_twice_is_refused_twice_even_with_a_wrong_date(workspace, tmp_path):
    records = Records(workspace)
    records.save_person(Person(None, "Citra Dewi", "asesor", NIKS[2]))
    plan = plan_import(records, "assessors", read_table(sheet(tmp_path, (
        "nama,nik,no_reg_met,tanggal_terbit\n"
        f"Citra Dewi,{NIKS[2]},MET.000.001575 2021,31/02/2024\n"
        f"Citra Dewi,{NIKS[2]},MET.000.001575 2021,2024-02-01\n")), "assessors"))
    assert [o.action for o in plan.outcomes] == ["reject", "reject"]
    assert plan.outcomes[1].reasons[0].code == "import.row_repeated"

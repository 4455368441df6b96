"""CSV injection: formulas get a quote so no spreadsheet runs them; a phone number or a
social handle that merely starts with + or @ is written as the admin typed it."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.cli.main import run
from lsp_desktop.store.records import ItStaff, Person, Records
from lsp_desktop.tables.rows import neutralise
from lsp_desktop.tables.spreadsheet import read_table
from tests.fill import fill_everything

SAFE = ["+6281234567891", "+62 812-3456-7890", "+62 (21) 555.1234", "@lsp_tik", "@lsp.tik_2025",
        "081234567890", "LSP Teknologi Digital", ""]
FORMULAS = ["=cmd|' /C calc'!A0", "+SUM(A1:A9)", "@SUM(A1:A9)", "-2+3", "=1+1", "+2-3",
            "@lsp tik", "=HYPERLINK(\"http://x\",\"klik\")", "\t=1+1", "\r=1+1", "-1", "+1/2"]


@pytest.mark.parametrize("value", SAFE)
def test_phone_numbers_and_handles_are_kept_as_typed(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("value", FORMULAS)
def test_formulas_get_a_quote(value):
    assert neutralise(value) == f"'{value}"


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_the_bundles_csvs_keep_phones_and_handles_and_quote_formulas(workspace, tmp_path):
    fill_everything(workspace)
    records = Records(workspace)
    records.save_person(Person(None, "Fajar", "pelaksana", "3174055708900011", "",
                               "+6281234567891"))
    records.save_person(Person(None, "Gita", "pelaksana", "3174055708900012", "",
                               "+SUM(A1:A9)"))
    records.set_it_staff(ItStaff("Dedi Kurniawan", "dedi@lsp-tik.or.id", "+6281298765432"))
    result = export_bundle(workspace, tmp_path / "b.zip", allow_incomplete=True)
    with zipfile.ZipFile(result.path) as archive:
        def read(name):
            return _rows(archive.read(f"{result.top}/data/{name}"))

        phones = {r["nama"]: r["telepon"] for r in read("1-siapkerja.csv")}
        staff = read("4-staf-it.csv")
        social = read("2.12-sosial-media.csv")
    assert phones["Fajar"] == "+6281234567891"
    assert phones["Gita"] == "'+SUM(A1:A9)"
    assert staff[0]["telepon"] == "+6281298765432"
    assert social == [{"platform": "instagram", "alamat": "@lsp_tik"}]


def test_exported_xlsx_keeps_a_phone_as_text_and_it_reads_back(workspace, tmp_path):
    fill_everything(workspace)
    Records(workspace).save_person(Person(None, "Fajar", "pelaksana", "3174055708900011", "",
                                          "+6281234567891"))
    workspace.close()
    out = tmp_path / "orang.xlsx"
    assert run(["export-table", "people", str(out), "--workspace", str(workspace.path)]) == 0
    sheet = load_workbook(out).worksheets[0]
    cell = next(row[4] for row in sheet.iter_rows(min_row=2) if row[0].value == "Fajar")
    assert (cell.data_type, cell.value) == ("s", "+6281234567891")
    phones = {row["nama"]: row["telepon"] for _, row in read_table(out, "people")}
    assert phones["Fajar"] == "+6281234567891"

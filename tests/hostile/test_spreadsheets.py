"""Spreadsheets in and out: formulas never come back alive, odd encodings are named,
never turned into mojibake (points 2 and 15)."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.cli.main import run
from lsp_desktop.store.records import Person, Records
from lsp_desktop.tables.spreadsheet import read_table
from tests.fill import fill_everything

FORMULAS = ["=HYPERLINK(\"http://x\",\"klik\")", "=cmd|' /C calc'!A0", "+62 812", "-1+1",
            "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def hostile_people(workspace):
    fill_everything(workspace)
    records = Records(workspace)
    for index, text in enumerate(FORMULAS):
        records.save_person(Person(None, f"Orang {index}", "pelaksana", f"31740557089{index:05d}",
                                   "", text.strip(" ") if index else text))
    return workspace


def _phones_in_csv(data: bytes) -> list[str]:
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    return [r["telepon"] for r in rows if r["nama"].startswith("Orang")]


def test_export_table_csv_neutralises_every_formula_starter(hostile_people, tmp_path):
    out = tmp_path / "orang.csv"
    assert run(["export-table", "people", str(out), "--workspace",
                str(hostile_people.path)]) == 0
    phones = _phones_in_csv(out.read_bytes())
    assert phones and all(p.startswith("'") for p in phones), phones


def test_export_table_xlsx_writes_text_cells_never_formulas(hostile_people, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "orang.xlsx"
    assert run(["export-table", "people", str(out), "--workspace",
                str(hostile_people.path)]) == 0
    sheet = load_workbook(out).worksheets[0]
    cells = [row[4] for row in sheet.iter_rows(min_row=2) if str(row[0].value).startswith("Orang")]
    assert cells and all(c.data_type == "s" and c.value.startswith("'") for c in cells)


def test_the_bundles_csvs_neutralise_formulas(hostile_people, tmp_path):
    result = export_bundle(hostile_people, tmp_path / "b.zip", allow_incomplete=True)
    with zipfile.ZipFile(result.path) as archive:
        data = archive.read(f"{result.top}/data/1-siapkerja.csv")
    phones = _phones_in_csv(data)
    assert phones and all(p.startswith("'") for p in phones)


def test_a_neutralised_export_reads_back_as_typed(hostile_people, tmp_path):
    out = tmp_path / "orang.csv"
    run(["export-table", "people", str(out), "--workspace", str(hostile_people.path)])
    phones = [row["telepon"] for _, row in read_table(out, "people")
              if row["nama"].startswith("Orang")]
    assert phones[0] == FORMULAS[0]


ROWS = "nama;nik\nBudi Santoso;3174055708900001\nJosé Müller;3174055708900002\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_common_encodings_are_read_right(tmp_path, encoding):
    path = tmp_path / "orang.csv"
    path.write_bytes(ROWS.encode(encoding))
    names = [row["nama"] for _, row in read_table(path, "people")]
    assert names == ["Budi Santoso", "José Müller"]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16-le"])
def test_other_encodings_are_refused_plainly_never_mojibake(tmp_path, encoding):
    path = tmp_path / "orang.csv"
    path.write_bytes("nama;nik\n张伟;3174055708900001\n王芳;3174055708900002\n".encode(encoding))
    with pytest.raises(LspError) as caught:
        read_table(path, "people")
    assert caught.value.code == "table.encoding"
    assert "CSV UTF-8" in caught.value.message("id")


def test_an_overlong_cell_is_refused_while_reading(tmp_path):
    path = tmp_path / "orang.csv"
    path.write_text("nama\n" + "A" * 3000 + "\n")
    with pytest.raises(LspError) as caught:
        read_table(path, "people")
    assert caught.value.code == "table.cell_too_long"


def test_rows_past_the_limit_are_refused_while_reading(tmp_path):
    from lsp_desktop.tables.spreadsheet import MAX_ROWS

    path = tmp_path / "orang.csv"
    path.write_text("nama\n" + "Budi\n" * (MAX_ROWS + 5))
    with pytest.raises(LspError) as caught:
        read_table(path, "people")
    assert caught.value.code == "table.too_many_rows"


def test_an_overlong_field_in_a_spreadsheet_rejects_its_row_only(workspace, tmp_path, capsys):
    path = tmp_path / "orang.csv"
    path.write_text("nama;peran\nBudi;pelaksana\n" + "B" * 600 + ";pelaksana\n")
    assert run(["import-table", "people", str(path), "--workspace", str(workspace.path)]) == 1
    assert "terlalu panjang" in capsys.readouterr().out
    assert [p.name for p in Records(workspace).people()] == ["Budi"]


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\n", "\r",
                                 "\u202e", "\u2067"])  # and text turned right-to-left
def test_a_control_character_in_an_imported_name_rejects_its_row_only(workspace, tmp_path,
                                                                       capsys, bad):
    path = tmp_path / "orang.csv"
    with path.open("w", newline="") as out:
        csv.writer(out).writerows([["nama", "peran"], ["Budi", "pelaksana"],
                                   [f"Ani{bad}Bel", "pengarah"]])
    assert run(["import-table", "people", str(path), "--workspace", str(workspace.path)]) == 1
    said = capsys.readouterr().out
    assert "karakter kendali" in said and f"U+{ord(bad[0]):04X}" in said
    assert f"Ani{bad}Bel" not in said  # the name is shown escaped, never raw on a terminal
    assert [p.name for p in Records(workspace).people()] == ["Budi"]


def test_the_store_refuses_a_control_character_from_any_road(workspace):
    """The window's cells, the command line and an import all save through the store."""
    records = Records(workspace)
    with pytest.raises(LspError) as refused:
        records.save_person(Person(None, "Ani\x00", "pelaksana", "3174055708900001", "", ""))
    assert refused.value.code == "field.control_character"
    assert "U+0000" in refused.value.message("id")
    # A line break is a name's fault only: a unit title pasted from an Excel cell keeps it.
    with pytest.raises(LspError):
        records.save_person(Person(None, "Ani\nBel", "pelaksana", "3174055708900001", "", ""))
    # A name that would be shown backwards ("\u202eJoko" reads "okoJ") is refused too.
    with pytest.raises(LspError) as refused:
        records.save_person(Person(None, "\u202eJoko", "pelaksana", "", "", ""))
    assert "U+202E" in refused.value.message("id")
    assert records.people() == []

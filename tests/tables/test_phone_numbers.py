"""A phone number Excel kept as a number: read as the admin typed it, and said so."""

from openpyxl import Workbook

from lsp_desktop.store.records import Records
from lsp_desktop.tables.plan import plan_import
from lsp_desktop.tables.spreadsheet import read_table
from tests.cli.running import cli


def _roster(path):
    """A roster whose phone cells Excel holds as numbers, as it does when a column is
    typed without a leading apostrophe."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Nama", "Peran", "No HP"])
    sheet.append(["Ani", "pengarah", 8123456789])        # 0812-3456-789, its 0 lost
    sheet.append(["Budi", "pelaksana", 6281234567890])   # 62…: already whole
    sheet.append(["Citra", "asesor", 812345.0])          # too short to be sure
    sheet.append(["Dedi", "asesor", "081298765432"])     # typed as text
    book.save(path)
    return path


def test_a_mobile_number_kept_as_a_number_gets_its_leading_zero_back(workspace, tmp_path,
                                                                     capsys):
    path = _roster(tmp_path / "personil.xlsx")
    code, out, _ = cli(capsys, "import-table", "people", path, "--workspace", workspace.path)
    assert code == 0
    phones = {p.name: p.phone for p in Records(workspace).people()}
    assert phones == {"Ani": "08123456789", "Budi": "6281234567890", "Citra": "812345",
                      "Dedi": "081298765432"}
    [ani] = [line for line in out.splitlines() if "Ani" in line]
    assert "8123456789" in ani and "08123456789" in ani and "angka 0" in ani
    # Anything else keeps the phone check's warning; a whole number gets no note.
    [citra] = [line for line in out.splitlines() if "Citra" in line]
    assert "tidak dikenali" in citra
    assert not [line for line in out.splitlines() if "Budi" in line or "Dedi" in line]


def test_the_note_is_said_in_english_and_shown_in_the_plan(workspace, tmp_path, capsys):
    path = _roster(tmp_path / "personil.xlsx")
    code, out, _ = cli(capsys, "import-table", "people", path, "--dry-run", "--lang", "en",
                       "--workspace", workspace.path)
    [ani] = [line for line in out.splitlines() if "Ani" in line]
    assert "leading 0" in ani and "08123456789" in ani
    plan = plan_import(Records(workspace), "people", read_table(path, "people"))
    [note] = [f for o in plan.outcomes if o.label == "Ani" for f in o.reasons]
    assert note.code == "import.phone_zero_restored"
    assert plan.outcomes[0].values["phone"] == "08123456789"


def test_a_csv_cell_is_text_and_is_judged_as_it_is(workspace, tmp_path):
    path = tmp_path / "personil.csv"
    path.write_text("nama,peran,telepon\nAni,pengarah,8123456789\n", encoding="utf-8")
    plan = plan_import(Records(workspace), "people", read_table(path, "people"))
    [ani] = plan.outcomes
    assert ani.values["phone"] == "8123456789"
    assert [f.code for f in ani.reasons] == ["phone.invalid"]

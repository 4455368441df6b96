"""A date quoted in a message is shown in words when it is one, and as typed when it is the
fault being reported (an impossible ISO date once crashed the import)."""

import pytest

from lsp_desktop.cli.main import run
from lsp_desktop.messages import render
from tests.fill import new_workspace


def test_a_real_date_is_said_in_words():
    assert "17 Maret 2024" in render("assessor.date_impossible", {"date": "2024-03-17"}, "id")


@pytest.mark.parametrize("typed", ["2024-02-30", "2024-13-45"])
def test_an_impossible_iso_date_is_quoted_as_typed(typed):
    assert f"'{typed}' tidak ada di kalender" in render("assessor.date_impossible",
                                                        {"date": typed}, "id")


def test_importing_an_impossible_iso_date_names_the_row(tmp_path, capsys):
    new_workspace(tmp_path / "w.lspws")
    sheet = tmp_path / "asesor.csv"
    sheet.write_text("nama,tgl_terbit\nIndah,2024-02-30\n", encoding="utf-8")
    code = run(["import-table", "assessors", str(sheet), "--dry-run",
                "--workspace", str(tmp_path / "w.lspws")])
    out = capsys.readouterr()
    assert code == 1 and "Terjadi kesalahan" not in out.err + out.out
    assert "baris 2 (Indah): Tanggal '2024-02-30' tidak ada di kalender" in out.out + out.err

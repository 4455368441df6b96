"""A date an admin types: a wrong form and an impossible day are told apart."""

import datetime as dt

from lsp_desktop.checks.assessors import assessor_findings

TODAY = dt.date(2026, 11, 28)


def _codes(issued: str) -> list[str]:
    return [f.code for f in assessor_findings("Citra", "", "0012345", issued, "", TODAY)]


def test_an_impossible_day_is_said_as_such():
    codes = _codes("31/02/2025")
    assert "assessor.date_impossible" in codes and "assessor.date_invalid" not in codes
    [finding] = [f for f in assessor_findings("Citra", "", "0012345", "31/02/2025", "", TODAY)
                 if f.code == "assessor.date_impossible"]
    assert "tidak ada di kalender" in finding.message("id")


def test_a_date_in_an_unknown_form_is_asked_again_in_a_known_one():
    assert "assessor.date_invalid" in _codes("Maret 2025")
    assert _codes("17/03/2025") == [] or "assessor.date_invalid" not in _codes("17/03/2025")


def test_one_date_reader_and_one_stored_form_for_the_2_12_table(tmp_path, capsys):
    """ "17 Maret 2024" is read as item 4's field suggests; a typed 20/01/2027 is kept and
    exported as 2027-01-20, so one column never mixes forms."""
    import csv

    from lsp_desktop.store.records import AssessorData, Person, Records
    from lsp_desktop.store.workspace import open_workspace
    from tests.cli.running import cli

    path = tmp_path / "ws.lspws"
    ws = open_workspace(path)
    records = Records(ws)
    citra = records.save_person(Person(None, "Citra Dewi", "asesor"))
    records.save_assessor_data(AssessorData(citra.id, "", "0012345", "17 Maret 2024",
                                            "20/01/2027"))
    (person, data), = records.assessors()
    assert (data.issued_on, data.expires_on) == ("2024-03-17", "2027-01-20")
    ws.close()
    out = tmp_path / "asesor.csv"
    code, _, _ = cli(capsys, "export-table", "assessors", out, "--workspace", path)
    assert code == 0
    with out.open(encoding="utf-8-sig") as handle:
        (row,) = list(csv.DictReader(handle))
    assert "2024-03-17" in row.values() and "2027-01-20" in row.values()

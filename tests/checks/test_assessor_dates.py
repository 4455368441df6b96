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

"""Which cell each finding is about: the editors mark exactly the cell a finding names,
with the same findings that decide the item's state."""

import datetime as dt

from lsp_desktop.status.cells import (
    assessor_cells,
    computed_expiry,
    normal_date,
    package_cells,
    roster_cells,
)
from lsp_desktop.store.records import AssessorData, Package, Person, Unit

TODAY = dt.date(2026, 3, 17)


def test_roster_findings_land_on_their_fields():
    people = [Person(1, "Ani", "pengarah", "3174055708900001", "ani@"),
              Person(2, "Budi", "pelaksana", "3174055708900001", "", "12")]
    cells = roster_cells(people)
    assert set(cells[1]) == {"nik", "email"} and set(cells[2]) == {"nik", "phone"}
    assert [f.code for f in cells[2]["nik"]] == ["nik.duplicate"]


def test_assessor_findings_land_on_their_fields_and_a_left_out_one_has_none():
    assessors = [
        (Person(1, "Citra", "asesor"), AssessorData(1, "MET 1", "", "2020-01-10", "")),
        (Person(2, "Dedi", "asesor"), AssessorData(2, "", "0012345", "17/13/2024", "")),
        (Person(3, "Eka", "asesor"), AssessorData(3, "", "", "2020-01-10", "")),
    ]
    cells = assessor_cells(assessors, {3: "sertifikasi ulang (RCC)"}, TODAY)
    assert set(cells[1]) == {"met_number", "blanko_number", "expires_on"}
    assert [f.code for f in cells[1]["expires_on"]] == ["assessor.expired"]
    assert [f.code for f in cells[2]["issued_on"]] == ["assessor.date_impossible"]  # month 13
    assert 3 not in cells


def test_expiry_is_computed_only_when_not_written_and_dates_read_as_the_core_does():
    assert computed_expiry(AssessorData(1, issued_on="17/03/2024")).value == dt.date(2027, 3, 17)
    assert computed_expiry(AssessorData(1, issued_on="2024-03-17",
                                        expires_on="2026-01-01")) is None
    assert computed_expiry(AssessorData(1)) is None
    assert normal_date("17/03/2024") == "2024-03-17" and normal_date("kemarin") == "kemarin"


def test_package_and_unit_findings_land_on_their_rows():
    packages = [Package(1, "SKM-A", "Pemrogram", "", "okupasi", "",
                        [Unit(10, "J.620100.001.01", "A", "A"),
                         Unit(11, "J.620100.001.01", "", "B")])]
    by_package, by_unit = package_cells(packages)
    assert set(by_package[1]) == {"name_en"}
    assert 10 not in by_unit
    assert {k: [f.code for f in v] for k, v in by_unit[11].items()} == {
        "code": ["unit.duplicate"], "title_id": ["unit.title_missing"]}

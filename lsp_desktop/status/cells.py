"""Which cell of a data table each finding is about, so that an editor can mark the cell.

The findings are the very ones that decide the items' states (status/data_findings.py and the
checks); this module only says, for each row, which field a finding belongs to, and which
values the app computed rather than the admin wrote (an expiry date three years after
issue), and how it reads a date written in another format.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lsp_desktop.checks.assessors import assessor_findings, blanko_outliers, expiry_of, parse_date
from lsp_desktop.checks.findings import ERROR, Finding
from lsp_desktop.checks.packages import package_findings
from lsp_desktop.status.data_findings import person_findings
from lsp_desktop.store.records import AssessorData, Package, Person

# A finding's code -> the field (Person, AssessorData, Package, Unit) it is about.
FIELDS = {
    "nik.missing": "nik", "nik.length": "nik", "nik.province": "nik",
    "nik.region_zero": "nik", "nik.serial_zero": "nik", "nik.birth_date": "nik",
    "nik.duplicate": "nik", "email.invalid": "email", "phone.invalid": "phone",
    "assessor.met_format": "met_number", "assessor.met_missing": "met_number",
    "assessor.blanko_missing": "blanko_number", "assessor.blanko_unlike": "blanko_number",
    "assessor.dates_missing": "issued_on", "assessor.expired": "expires_on",
    "assessor.expiring": "expires_on",
    "package.code_missing": "code", "package.duplicate": "code", "package.no_units": "code",
    "package.name_missing": "name_id", "package.translation_missing": "name_en",
    "package.kind_unknown": "kind",
    "unit.code_missing": "code", "unit.duplicate": "code", "unit.code_format": "code",
    "unit.title_missing": "title_id", "unit.translation_missing": "title_en",
}
DATE_FIELDS = ("issued_on", "expires_on")

Cells = dict[str, list[Finding]]  # field -> findings about it


@dataclass(frozen=True)
class Computed:
    """A value the app worked out for an empty field: shown, and said to be computed."""

    field: str
    value: dt.date


def field_of(finding: Finding) -> str:
    if finding.code in ("assessor.date_invalid", "assessor.date_impossible"):
        return "issued_on" if finding.values.get("which") == "issued" else "expires_on"
    return FIELDS.get(finding.code, "")


def _cells(findings: list[Finding]) -> Cells:
    cells: Cells = {}
    for finding in findings:
        cells.setdefault(field_of(finding), []).append(finding)
    return cells


def roster_cells(people: list[Person], found: dict[int, list[Finding]] | None = None
                 ) -> dict[int, Cells]:
    """Person id -> the roster's findings about each of their fields (``found``: what
    status.data.person_findings already said of these people)."""
    found = person_findings(people) if found is None else found
    return {person_id: _cells(own) for person_id, own in found.items()}


def assessor_cells(assessors: list[tuple[Person, AssessorData]], left_out: dict[int, str],
                   today: dt.date) -> dict[int, Cells]:
    """Person id -> 2.12's findings about each certificate field. An assessor left out of
    2.12 has none: their certificate is not submitted, so it is not checked."""
    cells: dict[int, Cells] = {}
    names = {}
    for person, data in assessors:
        if person.saved_id in left_out:
            continue
        names[person.name] = person.saved_id
        cells[person.saved_id] = _cells(assessor_findings(
            person.name, data.met_number, data.blanko_number, data.issued_on, data.expires_on,
            today))
    outliers = blanko_outliers([(p.name, d.blanko_number) for p, d in assessors
                                if p.saved_id in cells])
    for finding in outliers:
        if finding.values["name"] in names:
            cells[names[finding.values["name"]]].setdefault("blanko_number", []).append(finding)
    return cells


def computed_expiry(data: AssessorData) -> Computed | None:
    """The expiry the checks use when none is written: three years after issue."""
    if data.expires_on.strip() or (expiry := expiry_of(data.issued_on, "")) is None:
        return None
    return Computed("expires_on", expiry)


def normal_date(text: str) -> str:
    """A date as the core reads and stores it (2024-03-17), or the text if unreadable."""
    day = parse_date(text)
    return day.isoformat() if day else text.strip()


def package_cells(packages: list[Package]) -> tuple[dict[int, Cells], dict[int, Cells]]:
    """(package id -> findings by field, unit id -> findings by field)."""
    codes: dict[str, int] = {}
    for package in packages:
        key = package.code.strip().upper()
        if key:
            codes[key] = codes.get(key, 0) + 1
    by_package: dict[int, Cells] = {}
    by_unit: dict[int, Cells] = {}
    for package in packages:
        found = package_findings(package.code, package.name_id, package.name_en, package.kind,
                                 [(u.code, u.title_id, u.title_en) for u in package.units])
        if codes.get(package.code.strip().upper(), 0) > 1:
            found.append(Finding("package.duplicate", ERROR, {"package": package.code}))
        own = [f for f in found if not f.code.startswith("unit.")]
        if own:
            by_package[package.saved_id] = _cells(own)
        _unit_cells(package, by_unit)
    return by_package, by_unit


def _unit_cells(package: Package, by_unit: dict[int, Cells]) -> None:
    """Unit findings name a unit by its code, which two rows may share: each row gets the
    findings its own row adds when the units are checked in order (a code listed twice is
    marked on the later copy, as the check reports it)."""
    seen = 0
    for number, unit in enumerate(package.units):
        found = [f for f in package_findings(
            package.code, package.name_id, package.name_en, package.kind,
            [(u.code, u.title_id, u.title_en) for u in package.units[:number + 1]])
            if f.code.startswith("unit.")]
        own, seen = found[seen:], len(found)
        if own and unit.id is not None:
            by_unit[unit.id] = _cells(own)

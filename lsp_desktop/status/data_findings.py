"""Findings for the items that are data rather than files: the SIAPkerja roster (1),
assessor data and social media (2.12), competency packages (2.14), and the extra parts of
2.11 (per-assessor documents) and 4 (the training participant)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from lsp_desktop.checks.assessors import assessor_findings, blanko_outliers
from lsp_desktop.checks.findings import ERROR, INFO, WARNING, Finding
from lsp_desktop.checks.packages import package_findings
from lsp_desktop.checks.people import (
    email_findings,
    nik_findings,
    phone_findings,
    whatsapp_findings,
)
from lsp_desktop.checks.social import social_findings
from lsp_desktop.store.participant import not_submitted_assessors, participant
from lsp_desktop.store.records import ROLES, Person, Records

# Nothing entered yet: the item is missing, not wrong.
EMPTY_CODES = {"roster.empty", "assessors.none", "packages.none"}


def _named(findings: list[Finding], name: str) -> list[Finding]:
    return [Finding(f.code, f.severity, {"name": name} | f.values) for f in findings]


def person_findings(people: list[Person]) -> dict[int, list[Finding]]:
    """Each person's own findings (NIK, e-mail, phone, a NIK used twice), by person id:
    the roster's state and the roster editor's row marks both come from here."""
    niks = Counter(p.nik.strip() for p in people if p.nik.strip())
    found = {}
    for person in people:
        own = nik_findings(person.nik) + email_findings(person.email) + phone_findings(person.phone)
        if niks.get(person.nik.strip(), 0) > 1:
            own.append(Finding("nik.duplicate", ERROR, {"nik": person.nik}))
        if own:
            found[person.saved_id] = own
    return found


def roster_findings(records: Records) -> tuple[list[Finding], int, int]:
    """Findings, people submitted, people in all."""
    people = records.people()
    if not people:
        return [Finding("roster.empty", INFO)], 0, 0
    findings = []
    own = person_findings(people)
    for person in people:
        findings += _named(own.get(person.saved_id, []), person.name)
    present = {p.role for p in people}
    findings += [Finding("roster.role_missing", WARNING, {"role": r}) for r in ROLES
                 if r not in present]
    submitted = sum(1 for p in people if p.siapkerja == "sudah-submit")
    if submitted < len(people):
        findings.append(Finding("roster.not_submitted", INFO,
                                {"done": submitted, "total": len(people)}))
    return findings, submitted, len(people)


def assessor_data_findings(records: Records, today: dt.date) -> list[Finding]:
    assessors = records.assessors()
    if not assessors:
        return [Finding("assessors.none", INFO)]
    findings = []
    left_out = not_submitted_assessors(records.ws)
    for person, data in assessors:
        if person.id in left_out:  # kept in item 1, not submitted for 2.12: say so only
            findings.append(Finding("assessor.not_submitted", INFO,
                                    {"name": person.name, "reason": left_out[person.id]}))
            continue
        findings += assessor_findings(person.name, data.met_number, data.blanko_number,
                                      data.issued_on, data.expires_on, today)
    findings += blanko_outliers([(p.name, d.blanko_number) for p, d in assessors
                                 if p.id not in left_out])
    social = records.social_media()
    if not any(v.strip() for v in social.values()):
        findings.append(Finding("social.none", ERROR))
    for platform, value in social.items():
        findings += social_findings(platform, value)
    return findings


def packages_findings(records: Records) -> list[Finding]:
    packages = records.packages()
    if not packages:
        return [Finding("packages.none", INFO)]
    findings = []
    codes = Counter(p.code.strip().upper() for p in packages if p.code.strip())
    for package in packages:
        if codes.get(package.code.strip().upper(), 0) > 1:
            findings.append(Finding("package.duplicate", ERROR, {"package": package.code}))
        findings += package_findings(package.code, package.name_id, package.name_en,
                                     package.kind,
                                     [(u.code, u.title_id, u.title_en) for u in package.units])
    # The same code listed twice is reported once, not once per copy.
    unique: dict[tuple, Finding] = {}
    for finding in findings:
        unique.setdefault(_key(finding), finding)
    return list(unique.values())


def training_findings(records: Records) -> list[Finding]:
    staff = records.it_staff()
    if not staff.name.strip():
        return [Finding("training.no_participant", ERROR)]
    chosen = participant(records.ws)
    # Asked by the app for the registration, as by the panel's own hint: until they are
    # there the item is not ready.
    asked = [Finding(code, ERROR) for code, value in (
        ("training.no_job_title", chosen.job_title), ("training.no_whatsapp", chosen.whatsapp))
        if not value.strip()]
    whatsapp = whatsapp_findings(chosen.whatsapp)
    return _named(asked + email_findings(staff.email) + phone_findings(staff.phone)
                  + whatsapp, staff.name)


def _key(finding: Finding) -> tuple:
    return finding.code, finding.severity, tuple(sorted(map(str, finding.values.items())))

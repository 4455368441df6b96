"""Checks of the competency packages and their units (2.14)."""

from __future__ import annotations

import re

from lsp_desktop.checks.findings import ERROR, WARNING, Finding

# M.702090.001.02 is today's form; TIK.SM01.001.01 and its kin are still in use.
UNIT_CODE_PATTERNS = (
    re.compile(r"^[A-Z]\.\d{6}\.\d{3}\.\d{2}$"),
    re.compile(r"^[A-Z]{2,6}\.[A-Z]{1,4}\d{2}\.\d{3}\.\d{2}$"),
)
SCHEME_NUMBER = re.compile(r"^SKM/BNSP/\d{5}/\d/\d{4}/[0-9A-Z]+$")
KINDS = ("kkni", "okupasi", "klaster")


def stored_kind(kind: str) -> str:
    """A package's kind as kept: one of KINDS by its code, whatever its case ("KKNI" is
    "kkni", which the window's drop-down shows as "KKNI"); any other text as the admin
    typed it, so "KKNI Level II" keeps its capitals and its roman numeral."""
    kind = kind.strip()
    return kind.lower() if kind.lower() in KINDS else kind


def unit_code_known(code: str) -> bool:
    return any(p.match(code.strip()) for p in UNIT_CODE_PATTERNS)


def package_findings(code: str, name_id: str, name_en: str, kind: str,
                     units: list[tuple[str, str, str]]) -> list[Finding]:
    """``units`` are (code, Indonesian title, English title)."""
    values = {"package": code or name_id or "?"}
    findings = []
    if not code.strip():
        findings.append(Finding("package.code_missing", ERROR, values))
    if not name_id.strip():
        findings.append(Finding("package.name_missing", ERROR, values))
    if not name_en.strip():
        findings.append(Finding("package.translation_missing", ERROR, values))
    # The circular lists no package types: a kind the app does not know ("KKNI Level II" is
    # a KKNI one) is only worth a look.
    if kind.strip() and kind.strip().lower().split()[0] not in KINDS:
        findings.append(Finding("package.kind_unknown", WARNING, values | {"kind": kind}))
    if not units:
        findings.append(Finding("package.no_units", WARNING, values))
    seen: set[str] = set()
    for unit_code, title_id, title_en in units:
        unit_values = values | {"unit": unit_code or title_id or "?"}
        normal = unit_code.strip().upper()
        if not normal:
            findings.append(Finding("unit.code_missing", ERROR, unit_values))
        elif normal in seen:
            findings.append(Finding("unit.duplicate", ERROR, unit_values))
        elif not unit_code_known(unit_code):
            findings.append(Finding("unit.code_format", WARNING, unit_values))
        seen.add(normal)
        if not title_id.strip():
            findings.append(Finding("unit.title_missing", ERROR, unit_values))
        if not title_en.strip():
            findings.append(Finding("unit.translation_missing", ERROR, unit_values))
    return findings

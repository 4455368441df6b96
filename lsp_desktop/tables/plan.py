"""Import people, assessors and packages from a spreadsheet: first a plan that says which
rows will be added, updated or rejected and why; nothing is written until it is applied,
and then in one transaction (5,000 rows in well under a second)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lsp_desktop.checks.assessors import date_problem, expiry_of, parse_date
from lsp_desktop.checks.findings import ERROR, WARNING, Finding
from lsp_desktop.checks.people import email_findings, nik_findings, phone_findings
from lsp_desktop.store.limits import MAX_TEXT
from lsp_desktop.store.records import AssessorData, Package, Person, Records, Unit
from lsp_desktop.tables.rows import SIAPKERJA_COLUMN


@dataclass
class RowOutcome:
    line: int
    action: str                  # add, update, reject
    label: str
    reasons: list[Finding] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    target_id: int | None = None


@dataclass
class ImportPlan:
    kind: str
    outcomes: list[RowOutcome]

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def rejected(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action == "reject"]


def parse_role(text: str) -> str | None:
    lowered = text.strip().lower()
    for role in ("pengarah", "pelaksana", "asesor"):
        if role in lowered:
            return role
    return {"assessor": "asesor", "steering": "pengarah", "executive": "pelaksana"}.get(lowered)


# What admins write in a SIAPkerja status column, most specific first ("belum submit"
# before "submit"); a cell is read whole words at a time, never guessed.
_SIAPKERJA_PHRASES = [
    (("lengkap belum submit", "lengkap belum kirim", "lengkap tapi belum",
      "lengkap namun belum"), "data-lengkap"),
    (("belum daftar", "belum registrasi", "belum terdaftar", "belum punya akun", "belum ada akun",
      "belum buat akun", "not registered"), "belum-daftar"),
    (("belum lengkap", "belum submit", "belum kirim", "belum dikirim", "belum di submit",
      "not submitted"), "terdaftar"),
    (("lengkap",), "data-lengkap"),
    (("sudah kirim", "sudah submit", "sudah dikirim", "sudah di submit", "terkirim", "submitted",
      "submit", "kirim"), "sudah-submit"),
    (("sudah daftar", "sudah registrasi", "terdaftar", "registrasi", "registered", "daftar"),
     "terdaftar"),
]
_YES = {"ya", "y", "yes", "sudah", "v", "✓", "✔", "x", "ok", "1", "true", "selesai", "done"}
_NO = {"tidak", "t", "no", "n", "belum", "0", "false", "-"}


def parse_siapkerja(text: str, meaning: str = "status") -> str | None:
    """A SIAPkerja cell as one of the four states, or None when it cannot be read.

    ``meaning`` is what the column asks: "status" (a phrase), "submitted" (a yes/no
    column such as "Sudah submit?") or "registered" ("Sudah daftar?"). A bare "ya" in a
    plain status column says nothing about which step was reached, so it is refused."""
    lowered = " ".join(re.sub(r"[^\w✓✔]+", " ", text.strip().lower()).replace("_", " ").split())
    if not lowered:
        return "belum-daftar"
    if lowered in _YES or lowered in _NO:
        yes = lowered in _YES
        if meaning == "submitted":
            return "sudah-submit" if yes else None  # "no": registered or not? ask
        if meaning == "registered":
            return "terdaftar" if yes else "belum-daftar"
        return "belum-daftar" if lowered in ("tidak", "no", "-", "belum") else None
    for phrases, state in _SIAPKERJA_PHRASES:
        if any(phrase in lowered for phrase in phrases):
            return state
    return None


def _siapkerja_cell(row: dict[str, str]) -> tuple[str, str]:
    """The cell to read and the meaning of its column."""
    for column, meaning in ((SIAPKERJA_COLUMN, "status"), ("siapkerja_submitted", "submitted"),
                            ("siapkerja_registered", "registered")):
        if row.get(column, "").strip():
            return row[column], meaning
    return "", "status"


def plan_import(records: Records, kind: str, rows: list[tuple[int, dict[str, str]]]
                ) -> ImportPlan:
    planner = {"people": _plan_people, "assessors": _plan_assessors,
               "packages": _plan_packages}[kind]
    # A row with an overlong cell is rejected here, so no save stops half-way through.
    too_long, kept = [], []
    for line, row in rows:
        field_name = next((k for k, v in row.items() if len(v) > MAX_TEXT), None)
        if field_name is None:
            kept.append((line, row))
        else:
            too_long.append(_reject(line, row.get("nama", "-")[:40], "field.too_long",
                                    field=field_name, length=len(row[field_name]),
                                    limit=MAX_TEXT))
    return ImportPlan(kind, too_long + planner(records, kept))


def _reject(line: int, label: str, code: str, **values: object) -> RowOutcome:
    return RowOutcome(line, "reject", label, [Finding(code, ERROR, values)])


def _identity(line: int, row: dict[str, str]) -> tuple[str, str] | RowOutcome:
    """The row's name and NIK, or the rejection saying why they cannot be used."""
    name = row.get("nama", "")
    if not name:
        return _reject(line, "-", "import.no_name")
    nik = row.get("nik", "").replace(" ", "")
    if nik and (problems := nik_findings(nik)):
        return RowOutcome(line, "reject", name, problems)
    return name, nik


def _plan_people(records: Records, rows) -> list[RowOutcome]:
    existing = records.people()
    by_nik = {p.nik: p for p in existing if p.nik}
    by_name = {(p.name.lower(), p.role): p for p in existing}
    seen_niks: set[str] = set()
    outcomes = []
    for line, row in rows:
        identity = _identity(line, row)
        if isinstance(identity, RowOutcome):
            outcomes.append(identity)
            continue
        name, nik = identity
        role = parse_role(row.get("peran", ""))
        if role is None:
            outcomes.append(_reject(line, name, "import.role_unknown", value=row.get("peran", "")))
            continue
        cell, meaning = _siapkerja_cell(row)
        status = parse_siapkerja(cell, meaning)
        if status is None:
            ambiguous = cell.strip().lower() in _YES | _NO
            outcomes.append(_reject(line, name, "import.status_yes_no" if ambiguous
                                    else "import.status_unknown", value=cell))
            continue
        if nik in seen_niks:
            outcomes.append(_reject(line, name, "import.nik_repeated", nik=nik))
            continue
        if nik:
            seen_niks.add(nik)
        notes = [Finding(f.code, WARNING, f.values) for f in
                 email_findings(row.get("email", "")) + phone_findings(row.get("telepon", ""))]
        match = by_nik.get(nik) if nik else by_name.get((name.lower(), role))
        values = {"name": name, "role": role, "nik": nik, "email": row.get("email", ""),
                  "phone": row.get("telepon", ""), SIAPKERJA_COLUMN: status}
        outcomes.append(RowOutcome(line, "update" if match else "add", name, notes, values,
                                   match.id if match else None))
    return outcomes


def _plan_assessors(records: Records, rows) -> list[RowOutcome]:
    people = records.people()
    by_nik = {p.nik: p for p in people if p.nik}
    by_name = {p.name.lower(): p for p in people if p.role == "asesor"}
    outcomes = []
    for line, row in rows:
        identity = _identity(line, row)
        if isinstance(identity, RowOutcome):
            outcomes.append(identity)
            continue
        name, nik = identity
        person = by_nik.get(nik) if nik else by_name.get(name.lower())
        if person is not None and person.role != "asesor":
            outcomes.append(_reject(line, name, "import.not_assessor"))
            continue
        bad_dates = [row.get(c, "") for c in ("tanggal_terbit", "berlaku_sampai")
                     if row.get(c) and parse_date(row[c]) is None]
        if bad_dates:
            outcomes.append(_reject(line, name, date_problem(bad_dates[0]), date=bad_dates[0]))
            continue
        issued, expires = _iso(row.get("tanggal_terbit", "")), _iso(row.get("berlaku_sampai", ""))
        values = {"name": name, "nik": nik, "met": row.get("no_reg_met", ""),
                  "blanko": row.get("no_blanko", ""), "issued": issued,
                  "expires": _unless_computed(issued, expires, row), "field": row.get("bidang", "")}
        outcomes.append(RowOutcome(line, "update" if person else "add", name, [], values,
                                   person.id if person else None))
    return outcomes


def _unless_computed(issued: str, expires: str, row: dict[str, str]) -> str:
    """An expiry the app computed (export-table marks it so) comes back computed: it then
    follows a corrected issue date. One changed in the sheet is taken as written."""
    marked = row.get("berlaku_sampai_sumber", "").strip().lower().startswith("dihitung")
    if marked and expires and expiry_of(issued, "") == parse_date(expires):
        return ""
    return expires


def _iso(text: str) -> str:
    day = parse_date(text) if text else None
    return day.isoformat() if day else text


def _plan_packages(records: Records, rows) -> list[RowOutcome]:
    existing = {p.code.strip().upper(): p for p in records.packages()}
    outcomes = []
    units_seen: dict[str, set[str]] = {}
    for line, row in rows:
        code = row.get("kode_paket", "")
        if not code:
            outcomes.append(_reject(line, "-", "import.no_package_code"))
            continue
        key = code.strip().upper()
        unit = row.get("kode_unit", "").strip()
        seen = units_seen.setdefault(key, set())
        if unit and unit.upper() in seen:
            outcomes.append(_reject(line, code, "unit.duplicate", unit=unit, package=code))
            continue
        seen.add(unit.upper())
        package = existing.get(key)
        outcomes.append(RowOutcome(line, "update" if package else "add", code, [], dict(row),
                                   package.id if package else None))
    return outcomes


def apply_import(records: Records, plan: ImportPlan) -> None:
    """Write the accepted rows, all in one transaction."""
    accepted = [o for o in plan.outcomes if o.action != "reject"]
    {"people": _apply_people, "assessors": _apply_assessors,
     "packages": _apply_packages}[plan.kind](records, accepted)


def _apply_people(records: Records, accepted: list[RowOutcome]) -> None:
    def person(outcome: RowOutcome) -> Person:
        v = outcome.values
        return Person(outcome.target_id, v["name"], v["role"], v["nik"], v["email"],
                      v["phone"], v[SIAPKERJA_COLUMN])

    records.import_people([person(o) for o in accepted if o.action == "add"],
                          [person(o) for o in accepted if o.action == "update"],
                          rows=len(accepted))


def _apply_assessors(records: Records, accepted: list[RowOutcome]) -> None:
    assessors = []
    for outcome in accepted:
        v = outcome.values
        person = Person(outcome.target_id, v["name"], "asesor", v["nik"])
        assessors.append((person, AssessorData(outcome.target_id or 0, v["met"], v["blanko"],
                                               v["issued"], v["expires"], v["field"])))
    records.import_assessors(assessors, rows=len(accepted))


def _apply_packages(records: Records, accepted: list[RowOutcome]) -> None:
    groups: dict[str, list[RowOutcome]] = {}
    for outcome in accepted:
        groups.setdefault(outcome.label.strip().upper(), []).append(outcome)
    packages = []
    for rows in groups.values():
        first = {k: next((r.values.get(k, "") for r in rows if r.values.get(k)), "")
                 for k in ("kode_paket", "nama_paket", "nama_paket_en", "jenis", "acuan")}
        units = [Unit(None, r.values.get("kode_unit", ""), r.values.get("judul_unit", ""),
                      r.values.get("judul_unit_en", "")) for r in rows
                 if r.values.get("kode_unit") or r.values.get("judul_unit")]
        packages.append(Package(rows[0].target_id, first["kode_paket"], first["nama_paket"],
                                first["nama_paket_en"], first["jenis"], first["acuan"], units))
    records.import_packages(packages, rows=len(accepted))


def export_rows(records: Records, kind: str) -> list[dict[str, str]]:
    from lsp_desktop.tables.rows import assessor_rows, package_rows, people_rows

    return {"people": people_rows, "assessors": assessor_rows,
            "packages": package_rows}[kind](records)

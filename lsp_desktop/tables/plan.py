"""Import people, assessors and packages from a spreadsheet: first a plan that says which
rows will be added, changed, left unchanged or rejected and why; nothing is written until
it is applied, and then in one transaction (5,000 rows in well under a second) that one
undo puts back.

A sheet adds and corrects; it never erases. A column missing from the sheet, or a cell
left empty, keeps what is stored; rows the sheet does not name are kept.
"""

from __future__ import annotations

import datetime as dt
import re

from lsp_desktop.base.filenames import printable
from lsp_desktop.checks.assessors import date_problem, expiry_of, parse_date
from lsp_desktop.checks.dates import parse_typed_date
from lsp_desktop.checks.findings import ERROR, WARNING, Finding
from lsp_desktop.checks.people import email_findings, nik_findings, phone_findings
from lsp_desktop.messages.input_words import (
    NO_WORDS,
    NOT_REGISTERED_WORDS,
    SIAPKERJA_PHRASES,
    TICKS,
    YES_WORDS,
)
from lsp_desktop.store import imports
from lsp_desktop.store.imports import ImportUndo
from lsp_desktop.store.limits import LINE_BREAKS, MAX_TEXT, ONE_LINE_FIELDS, typed_control
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.tables.package_plan import plan_packages
from lsp_desktop.tables.row_outcome import (
    ImportPlan,
    RowOutcome,
    changed_note,
    reject,
    reject_repeats,
)
from lsp_desktop.tables.rows import SIAPKERJA_COLUMN
from lsp_desktop.tables.spreadsheet import Formula
from lsp_desktop.tables.typed_cells import phone_as_typed

__all__ = ["ImportPlan", "RowOutcome", "apply_import", "export_rows", "plan_import",
           "undo_import"]


def parse_role(text: str) -> str | None:
    lowered = text.strip().lower()
    for role in ("pengarah", "pelaksana", "asesor"):
        if role in lowered:
            return role
    return {"assessor": "asesor", "steering": "pengarah", "executive": "pelaksana"}.get(lowered)


AMBIGUOUS = "?"  # what parse_siapkerja says of a cell that could mean two steps

# The words admins write (messages/input_words.py), in every language the app reads.
_SIAPKERJA_PHRASES = SIAPKERJA_PHRASES
_TICKS = TICKS
_YES = set(YES_WORDS)
_NO = set(NO_WORDS)
_UNCLEAR = {"x", "?"}


def parse_siapkerja(text: str, meaning: str = "status") -> str | None:
    """A SIAPkerja cell as one of the four states, AMBIGUOUS when it says too little to tell
    the step, or None when it cannot be read.

    ``meaning`` is what the column asks: "status" (a phrase), "submitted" (a yes/no
    column such as "Sudah submit?") or "registered" ("Sudah daftar?"). A bare "ya" in a
    plain status column says nothing about which step was reached, so it is refused."""
    stripped = text.strip().lower()
    if not stripped:
        return "belum-daftar"
    if stripped in _UNCLEAR:
        return AMBIGUOUS
    lowered = " ".join(re.sub(rf"[^\w{_TICKS}]+", " ", stripped).replace("_", " ").split())
    if not lowered:
        return None  # only marks nobody agreed on ("??", "*"): never "not registered"
    if lowered in _YES or lowered in _NO:
        yes = lowered in _YES
        if meaning == "submitted":
            # "no" under "Sudah submit": not submitted, but registered or not? ask
            return "sudah-submit" if yes else AMBIGUOUS
        if meaning == "registered":
            return "terdaftar" if yes else "belum-daftar"
        return "belum-daftar" if lowered in NOT_REGISTERED_WORDS else None
    for phrases, state in _SIAPKERJA_PHRASES:
        if any(phrase in lowered for phrase in phrases):
            return state
    return None


def _status_refusal(cell: str, meaning: str, status: str | None) -> str:
    """Why a SIAPkerja cell is refused, as a message code: each names the phrasings read."""
    if status == AMBIGUOUS:
        if meaning == "submitted":
            return "import.status_not_submitted_step"
        return "import.status_ambiguous"
    if cell.strip().lower() in _YES | _NO:
        return "import.status_yes_no"
    return "import.status_unknown"


def _siapkerja_cell(row: dict[str, str]) -> tuple[str, str]:
    """The cell to read and the meaning of its column."""
    for column, meaning in ((SIAPKERJA_COLUMN, "status"), ("siapkerja_submitted", "submitted"),
                            ("siapkerja_registered", "registered")):
        if row.get(column, "").strip():
            return row[column], meaning
    return "", "status"



def plan_import(records: Records, kind: str, rows: list[tuple[int, dict[str, str]]]
                ) -> ImportPlan:
    # A row with an overlong cell or a formula is rejected here, so no save stops
    # half-way through and a CSV and an XLSX of the same sheet get the same verdict.
    refused, kept = [], []
    for line, row in rows:
        label = (row.get("nama") or row.get("kode_paket") or "-")[:40]
        too_long = next((k for k, v in row.items() if len(v) > MAX_TEXT), None)
        formula = next((k for k, v in row.items() if isinstance(v, Formula)), None)
        control = next(((k, bad) for k, v in row.items() if (bad := typed_control(
            v, "" if k in ONE_LINE_FIELDS else LINE_BREAKS))), None)
        if too_long is not None:
            refused.append(reject(line, label, "field.too_long", field=too_long,
                                  length=len(row[too_long]), limit=MAX_TEXT))
        elif control is not None:  # shown escaped: the row's own name may hold it
            refused.append(reject(line, printable(label), "field.control_character",
                                  field=control[0], found=control[1]))
        elif formula is not None:
            refused.append(reject(line, "-" if label == row[formula][:40] else label,
                                  "import.formula_cell", column=formula,
                                  formula=row[formula][:60]))
        else:
            kept.append((line, row))
    if kind == "packages":
        outcomes, packages = plan_packages(records, kept)
        return ImportPlan(kind, refused + outcomes, packages)
    planner = {"people": _plan_people, "assessors": _plan_assessors}[kind]
    return ImportPlan(kind, refused + planner(records, kept))


def _identity(line: int, row: dict[str, str]) -> tuple[str, str, list[Finding]] | RowOutcome:
    """The row's name and NIK with the app's advice on the NIK, or the rejection of a row
    without a name. A NIK that is not 16 digits breaks the app's rule, not the circular's:
    the row is imported with a warning (issue 20)."""
    name = row.get("nama", "")
    if not name:
        return reject(line, "-", "import.no_name")
    nik = row.get("nik", "").replace(" ", "")
    return name, nik, _advice(nik_findings(nik) if nik else [])


def _advice(findings: list[Finding]) -> list[Finding]:
    """The app's own checks of a cell, as warnings: they never refuse a row."""
    return [Finding(f.code, WARNING, f.values) for f in findings]


class _Repeats:
    """Which earlier row already named the same person: by the stored person it matches,
    by NIK, or by name (when either row has no NIK to tell two namesakes apart)."""

    def __init__(self) -> None:
        self.seen: dict[tuple, int] = {}
        self.names: dict[tuple, tuple[int, str]] = {}
        self.found: dict[int, tuple[int, str]] = {}  # later line -> earlier line, what

    def check(self, line: int, target: int | None, nik: str, name_key: tuple, name: str
              ) -> None:
        # The NIK first: two rows with one NIK are said to share it, even when it is the
        # NIK of someone on file whom both rows would then be (not the later row's name).
        keys = ([("nik", nik)] if nik else []) + ([("id", target)] if target is not None else [])
        shared = next((k for k in keys if k in self.seen), None)
        if shared is not None:
            self.found[line] = (self.seen[shared], f"NIK {nik}" if shared[0] == "nik" else name)
            return
        earlier = self.names.get(name_key)
        if earlier is not None and (not nik or not earlier[1]):
            self.found[line] = (earlier[0], name)
            return
        for key in keys:
            self.seen[key] = line
        self.names.setdefault(name_key, (line, nik))


def _corrected_nik(match: Person | None, nik: str, same_name: Person | None
                   ) -> tuple[Person | None, list[Finding]]:
    """A NIK not on file, for a name (and role) that is: the same person with a corrected
    NIK, updated rather than added twice; the plan says so."""
    if match is None and nik and same_name is not None:
        return same_name, [Finding("import.nik_corrected", WARNING,
                                   {"old": same_name.nik or "-", "new": nik})]
    return match, []


def _plan_people(records: Records, rows) -> list[RowOutcome]:
    existing = records.people()
    by_nik = {p.nik: p for p in existing if p.nik}
    by_name = {(p.name.lower(), p.role): p for p in existing}
    repeats, outcomes = _Repeats(), []
    for line, row in rows:
        identity = _identity(line, row)
        if isinstance(identity, RowOutcome):
            outcomes.append(identity)
            continue
        name, nik, notes = identity
        row, restored = phone_as_typed(row, "telepon")
        notes += restored + _advice(email_findings(row.get("email", "")) +
                         phone_findings(row.get("telepon", "")))
        known = by_nik.get(nik) if nik else None
        cells = _person_cells(row, known)
        if isinstance(cells, list):  # each cell that cannot be read, with the advice
            outcomes.append(RowOutcome(line, "reject", name, cells + notes))
            # Still one of a pair if another row names the same person: neither is taken.
            repeats.check(line, known.id if known else None, nik, (name.lower(), None), name)
            continue
        role, status = cells
        match = known if nik else by_name.get((name.lower(), role))
        match, corrected = _corrected_nik(match, nik, by_name.get((name.lower(), role)))
        repeats.check(line, match.id if match else None, nik, (name.lower(), role), name)
        outcomes.append(_person_outcome(line, name, role, nik, status, row, match,
                                        corrected + notes))
    return reject_repeats(outcomes, repeats.found)


def _person_cells(row: dict[str, str], known: Person | None
                  ) -> tuple[str, str] | list[Finding]:
    """The row's role and SIAPkerja step, or an error for each that cannot be read."""
    errors = []
    role = parse_role(row.get("peran", ""))
    if role is None and known is not None and not row.get("peran", "").strip():
        role = known.role  # no role column: the one on file
    if role is None:
        errors.append(Finding("import.role_unknown", ERROR, {"value": row.get("peran", "")}))
    cell, meaning = _siapkerja_cell(row)
    status = parse_siapkerja(cell, meaning) if cell.strip() else ""
    if status is None or status == AMBIGUOUS:
        errors.append(Finding(_status_refusal(cell, meaning, status), ERROR, {"value": cell}))
    return errors if errors or role is None or status is None else (role, status)


def _person_outcome(line: int, name: str, role: str, nik: str, status: str,
                    row: dict[str, str], match: Person | None, notes: list[Finding]
                    ) -> RowOutcome:
    """Added, or merged with the person on file: an empty cell keeps what is stored."""
    given = {"nama": name, "peran": role, "nik": nik, "email": row.get("email", ""),
             "telepon": row.get("telepon", ""), SIAPKERJA_COLUMN: status}
    if match is None:
        values = _person_values(given, "belum-daftar")
        return RowOutcome(line, "add", name, notes, values)
    stored = {"nama": match.name, "peran": match.role, "nik": match.nik, "email": match.email,
              "telepon": match.phone, SIAPKERJA_COLUMN: match.siapkerja}
    changed = [(c, stored[c], v) for c, v in given.items() if v and v != stored[c]]
    merged = {c: given[c] or stored[c] for c in stored}
    values = _person_values(merged, match.siapkerja)
    action = "update" if changed else "unchanged"
    return RowOutcome(line, action, name, notes + changed_note(changed), values, match.id)


def _person_values(cells: dict[str, str], status: str) -> dict:
    return {"name": cells["nama"], "role": cells["peran"], "nik": cells["nik"],
            "email": cells["email"], "phone": cells["telepon"],
            SIAPKERJA_COLUMN: cells[SIAPKERJA_COLUMN] or status}


_DATE_COLUMNS = ("tanggal_terbit", "berlaku_sampai")


# Excel counts days from 30 December 1899; a date cell not formatted as a date reads as
# that count (45000 is 15 March 2023). 20000..80000 covers 1954..2119.
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def read_date(text: str) -> dt.date | None:
    """A date as admins write it (2024-03-01, 01/03/2024, 5 Mei 2023, or Excel's day
    count): the parser the command line's --sk-date uses, then the older one for what
    only it reads."""
    if text.strip().isdigit() and 20_000 <= int(text) <= 80_000:
        return _EXCEL_EPOCH + dt.timedelta(days=int(text))
    return parse_typed_date(text) or parse_date(text)


def _plan_assessors(records: Records, rows) -> list[RowOutcome]:
    people = records.people()
    data = {p.id: a for p, a in records.assessors()}
    by_nik = {p.nik: p for p in people if p.nik}
    by_name = {p.name.lower(): p for p in people if p.role == "asesor"}
    repeats, outcomes = _Repeats(), []
    for line, row in rows:
        identity = _identity(line, row)
        if isinstance(identity, RowOutcome):
            outcomes.append(identity)
            continue
        name, nik, advice = identity
        person = by_nik.get(nik) if nik else by_name.get(name.lower())
        person, notes = _corrected_nik(person, nik, by_name.get(name.lower()))
        errors = [Finding("import.not_assessor", ERROR)] if (
            person is not None and person.role != "asesor") else []
        errors += [Finding(date_problem(row[c]), ERROR, {"date": row[c]}) for c in
                   _DATE_COLUMNS if row.get(c) and read_date(row[c]) is None]
        notes += advice
        repeats.check(line, person.id if person else None, nik, (name.lower(),), name)
        if errors:  # every problem of the row at once, the advice too
            outcomes.append(RowOutcome(line, "reject", name, errors + notes))
            continue
        stored = data.get(person.id) if person else None
        outcomes.append(_assessor_outcome(line, name, nik, row, person, stored, notes))
    return reject_repeats(outcomes, repeats.found)


def _assessor_outcome(line: int, name: str, nik: str, row: dict[str, str],
                      person: Person | None, stored: AssessorData | None,
                      notes: list[Finding]) -> RowOutcome:
    """Added, or merged with what is on file: an empty cell keeps the stored value."""
    kept = {"nik": person.nik if person else "", "no_reg_met": "", "no_blanko": "",
            "tanggal_terbit": "", "berlaku_sampai": "", "bidang": ""}
    if stored is not None:
        kept |= {"no_reg_met": stored.met_number, "no_blanko": stored.blanko_number,
                 "tanggal_terbit": stored.issued_on, "berlaku_sampai": stored.expires_on,
                 "bidang": stored.field}
    given = {"nik": nik, "no_reg_met": row.get("no_reg_met", ""),
             "no_blanko": row.get("no_blanko", ""),
             "tanggal_terbit": _iso(row.get("tanggal_terbit", "")),
             "berlaku_sampai": _iso(row.get("berlaku_sampai", "")), "bidang": row.get("bidang", "")}
    merged = {c: given[c] or kept[c] for c in kept}
    if _computed(merged["tanggal_terbit"], given["berlaku_sampai"], row):
        merged["berlaku_sampai"] = ""  # stays computed, following the issue date
    changed = [(c, kept[c], merged[c]) for c in kept if merged[c] != kept[c]]
    new_nik = merged["nik"] != kept["nik"] or person is None
    values = {"name": name, "nik": merged["nik"] if new_nik else "",
              "met": merged["no_reg_met"], "blanko": merged["no_blanko"],
              "issued": merged["tanggal_terbit"], "expires": merged["berlaku_sampai"],
              "field": merged["bidang"]}
    if person is None:
        return RowOutcome(line, "add", name, notes, values)
    action = "update" if changed else "unchanged"
    return RowOutcome(line, action, name, notes + changed_note(changed), values, person.id)


def _computed(issued: str, expires: str, row: dict[str, str]) -> bool:
    """An expiry the app computed (export-table marks it so) comes back computed: it then
    follows a corrected issue date. One changed in the sheet is taken as written."""
    marked = row.get("berlaku_sampai_sumber", "").strip().lower().startswith("dihitung")
    return bool(marked and expires and expiry_of(issued, "") == read_date(expires))


def _iso(text: str) -> str:
    day = read_date(text) if text else None
    return day.isoformat() if day else text


def apply_import(records: Records, plan: ImportPlan) -> ImportUndo:
    """Write the added and changed rows, all in one transaction; returns what
    :func:`undo_import` needs to put everything back."""
    accepted = [o for o in plan.outcomes if o.action in ("add", "update")]
    if plan.kind == "packages":
        return imports.import_packages(records, plan.packages, rows=len(accepted))
    return {"people": _apply_people, "assessors": _apply_assessors}[plan.kind](
        records, accepted)


def undo_import(records: Records, undo: ImportUndo) -> None:
    imports.undo_import(records, undo)


def _apply_people(records: Records, accepted: list[RowOutcome]) -> ImportUndo:
    def person(outcome: RowOutcome) -> Person:
        v = outcome.values
        return Person(outcome.target_id, v["name"], v["role"], v["nik"], v["email"],
                      v["phone"], v[SIAPKERJA_COLUMN])

    return imports.import_people(records, [person(o) for o in accepted if o.action == "add"],
                                 [person(o) for o in accepted if o.action == "update"],
                                 rows=len(accepted))


def _apply_assessors(records: Records, accepted: list[RowOutcome]) -> ImportUndo:
    assessors = []
    for outcome in accepted:
        v = outcome.values
        person = Person(outcome.target_id, v["name"], "asesor", v["nik"])
        assessors.append((person, AssessorData(outcome.target_id or 0, v["met"], v["blanko"],
                                               v["issued"], v["expires"], v["field"])))
    return imports.import_assessors(records, assessors, rows=len(accepted))


def export_rows(records: Records, kind: str) -> list[dict[str, str]]:
    """A table as the admin exports it: the SIAPkerja step in words ("sudah kirim
    (submit)"), which an import reads back, never the stored code ("sudah-submit")."""
    from lsp_desktop.messages import SIAPKERJA_LABELS, label
    from lsp_desktop.tables.rows import assessor_rows, package_rows, people_rows

    rows = {"people": people_rows, "assessors": assessor_rows,
            "packages": package_rows}[kind](records)
    for row in rows:
        if SIAPKERJA_COLUMN in row:
            row[SIAPKERJA_COLUMN] = label(SIAPKERJA_LABELS, row[SIAPKERJA_COLUMN], "id")
    return rows

"""Plan a packages sheet as a merge, by package code and unit code.

A cell given changes that one value; a cell left empty, or a column the sheet does not
have, keeps what is stored; a unit the sheet does not name stays. So a sheet of one row,
``SKM/1, J.1.002.01, Two`` under ``kode_paket, kode_unit, judul_unit_en``, adds that one
English title and changes nothing else. An import never deletes a package or a unit
(removing them is done in the window, where it can be undone).
"""

from __future__ import annotations

from dataclasses import replace

from lsp_desktop.checks.packages import stored_kind
from lsp_desktop.store.records import Package, Records, Unit
from lsp_desktop.tables.row_outcome import RowOutcome, changed_note, reject, reject_repeats

# Sheet column -> Package attribute, for the package's own cells.
_HEAD = (("nama_paket", "name_id"), ("nama_paket_en", "name_en"), ("jenis", "kind"),
         ("acuan", "reference"))
_UNIT = (("judul_unit", "title_id"), ("judul_unit_en", "title_en"))


def plan_packages(records: Records, rows: list[tuple[int, dict[str, str]]]
                  ) -> tuple[list[RowOutcome], list[Package]]:
    """Each row's outcome, and the packages as they will be saved (only those changing)."""
    stored = {p.code.strip().upper(): p for p in records.packages()}
    working: dict[str, Package] = {}
    touched: dict[str, bool] = {}
    seen_units: dict[tuple[str, str], int] = {}
    repeats: dict[int, tuple[int, str]] = {}
    outcomes = []
    for line, row in rows:
        code = row.get("kode_paket", "").strip()
        if not code:
            outcomes.append(reject(line, "-", "import.no_package_code"))
            continue
        key, unit_code = code.upper(), row.get("kode_unit", "").strip()
        if unit_code and (key, unit_code.upper()) in seen_units:
            repeats[line] = (seen_units[(key, unit_code.upper())], f"{code} · {unit_code}")
        elif unit_code:
            seen_units[(key, unit_code.upper())] = line
        if key not in working:
            kept = stored.get(key)
            working[key] = (replace(kept, units=[replace(u) for u in kept.units]) if kept
                            else Package(None, code))
        outcome = _merge_row(line, code, row, working[key], first=key not in touched)
        touched[key] = touched.get(key, False) or outcome.action in ("add", "update")
        outcomes.append(outcome)
    # Rows naming the same unit twice: neither is imported, so nothing is guessed.
    if repeats:
        return _without_repeats(records, rows, outcomes, repeats)
    return outcomes, [working[k] for k, changed in touched.items() if changed]


def _without_repeats(records: Records, rows, outcomes: list[RowOutcome],
                     repeats: dict[int, tuple[int, str]]
                     ) -> tuple[list[RowOutcome], list[Package]]:
    lines = set(repeats) | {first for first, _ in repeats.values()}
    outcomes_kept, packages = plan_packages(records, [(n, r) for n, r in rows
                                                      if n not in lines])
    by_line = {o.line: o for o in outcomes_kept}
    marked = reject_repeats([o for o in outcomes if o.line in lines], repeats)
    merged = {o.line: o for o in marked} | by_line
    return [merged.get(o.line, o) for o in outcomes], packages


def _merge_row(line: int, code: str, row: dict[str, str], package: Package, first: bool
               ) -> RowOutcome:
    """Merge one row into the package (changed in place) and say what it did."""
    new_package = package.id is None and first
    changed = []
    for column, attribute in _HEAD:
        value = row.get(column, "").strip()
        if column == "jenis":
            value = stored_kind(value)
        if value and value != getattr(package, attribute):
            changed.append((column, getattr(package, attribute), value))
            setattr(package, attribute, value)
    unit, unit_added = _unit_of(package, row)
    if unit is not None and not unit_added:
        for column, attribute in _UNIT:
            value = row.get(column, "").strip()
            if value and value != getattr(unit, attribute):
                changed.append((column, getattr(unit, attribute), value))
                setattr(unit, attribute, value)
    label = code if unit is None or not unit.code else f"{code} · {unit.code}"
    if new_package or unit_added:
        return RowOutcome(line, "add", label, [], dict(row), package.id)
    action = "update" if changed else "unchanged"
    return RowOutcome(line, action, label, changed_note(changed), dict(row), package.id)


def _unit_of(package: Package, row: dict[str, str]) -> tuple[Unit | None, bool]:
    """The unit the row names (by code; by Indonesian title when it has no code), and
    whether it is new. A row naming no unit at all is about the package alone."""
    code = row.get("kode_unit", "").strip()
    title_id, title_en = row.get("judul_unit", "").strip(), row.get("judul_unit_en", "").strip()
    if not code and not title_id:
        return None, False
    for unit in package.units:
        if (code and unit.code.strip().upper() == code.upper()) or (
                not code and not unit.code and unit.title_id.strip().lower() == title_id.lower()):
            return unit, False
    unit = Unit(None, code, title_id, title_en)
    package.units.append(unit)
    return unit, True

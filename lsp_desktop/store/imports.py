"""Spreadsheet imports into the data tables: many rows in one transaction, merged with
what is kept (an empty cell or a missing column never erases anything), and one undo that
puts back exactly the rows the import added or changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from lsp_desktop.circulars.catalog import PEOPLE
from lsp_desktop.store.connection import row_id
from lsp_desktop.store.limits import check_lengths
from lsp_desktop.store.records import AssessorData, Package, Person, Records
from lsp_desktop.store.workspace import now


@dataclass
class ImportUndo:
    """What one spreadsheet import changed, to undo it: the rows it was about to change
    as they were (table, key column, ids, columns, rows) and the ids of the rows it added
    to ``added_table``."""

    held: str
    added_table: str
    before: list[tuple[str, str, list[int], list[str], list[tuple]]] = field(
        default_factory=list)
    added: list[int] = field(default_factory=list)


_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on parameters



def import_people(records: Records, added: list[Person], updated: list[Person], rows: int
                  ) -> ImportUndo:
    """Add and update people from a spreadsheet. On an updated person an empty NIK,
    e-mail or phone keeps what the roster already holds. Returns what undoes it."""
    stamp = now()
    undo = ImportUndo(PEOPLE, "people")
    with records.ws.transaction():
        _keep_before(records, undo, (("people", "id"),), [p.saved_id for p in updated])
        for p in added:
            undo.added.append(row_id(records.db.execute(
                "INSERT INTO people (name, role, nik, email, phone, siapkerja, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [p.name, p.role, p.nik, p.email, p.phone, p.siapkerja, stamp])))
        records.db.executemany(
            "UPDATE people SET name=?, role=?, nik=COALESCE(?, nik), "
            "email=COALESCE(?, email), phone=COALESCE(?, phone), siapkerja=?, "
            "updated_at=? WHERE id=?",
            [(p.name, p.role, p.nik or None, p.email or None, p.phone or None,
              p.siapkerja, stamp, p.id) for p in updated])
        records.ws.log_held_change("import", PEOPLE, kind="people", rows=rows)
    return undo

def import_assessors(records: Records, assessors: list[tuple[Person, AssessorData]], rows: int
                     ) -> ImportUndo:
    """Save assessors' certificate data as given (the caller merged it with what was
    kept); a person without an id is added as an assessor with the name and NIK given,
    a known one gets the NIK given (a corrected one). Returns what undoes it."""
    stamp = now()
    undo = ImportUndo("assessors", "people")
    known = [person.saved_id for person, _ in assessors if person.id is not None]
    with records.ws.transaction():
        _keep_before(records, undo, (("people", "id"), ("assessors", "person_id")), known)
        for person, data in assessors:
            person_id = person.id
            if person_id is None:
                person_id = row_id(records.db.execute(
                    "INSERT INTO people (name, role, nik, updated_at) "
                    "VALUES (?, 'asesor', ?, ?)", [person.name, person.nik, stamp]))
                undo.added.append(person_id)
            elif person.nik:
                records.db.execute("UPDATE people SET nik=?, updated_at=? WHERE id=?",
                                [person.nik, stamp, person_id])
            records.db.execute(
                "INSERT OR REPLACE INTO assessors (person_id, met_number, blanko_number, "
                "issued_on, expires_on, field) VALUES (?, ?, ?, ?, ?, ?)",
                [person_id, data.met_number, data.blanko_number, data.issued_on,
                 data.expires_on, data.field])
        records.ws.log_held_change("import", "assessors", kind="assessors", rows=rows)
    return undo

def import_packages(records: Records, packages: list[Package], rows: int) -> ImportUndo:
    """Save packages merged with what was kept: a unit with an id is updated, one
    without is added, and no unit is deleted. Returns what undoes it."""
    undo = ImportUndo("packages", "packages")
    known = [p.saved_id for p in packages if p.id is not None]
    with records.ws.transaction():
        _keep_before(records, undo, (("packages", "id"), ("units", "package_id")), known)
        for package in packages:
            package_id = _merge_package(records, package)
            if package.id is None:
                undo.added.append(package_id)
        records.ws.log_held_change("import", "packages", kind="packages", rows=rows)
    return undo

def _merge_package(records: Records, package: Package) -> int:
    if package.id is None:
        return records.write_package(package)
    check_lengths(kode_paket=package.code, nama_paket=package.name_id,
                  nama_paket_en=package.name_en, jenis=package.kind, acuan=package.reference)
    records.db.execute("UPDATE packages SET code=?, name_id=?, name_en=?, kind=?, "
                    "reference=? WHERE id=?",
                    [package.code.strip(), package.name_id.strip(), package.name_en.strip(),
                     package.kind.strip().lower(), package.reference.strip(), package.id])
    for unit in package.units:
        check_lengths(kode_unit=unit.code, judul_unit=unit.title_id,
                      judul_unit_en=unit.title_en)
        values = [unit.code.strip(), unit.title_id.strip(), unit.title_en.strip()]
        if unit.id is None:
            records.db.execute("INSERT INTO units (package_id, code, title_id, title_en) "
                            "VALUES (?, ?, ?, ?)", [package.id, *values])
        else:
            records.db.execute("UPDATE units SET code=?, title_id=?, title_en=? WHERE id=? "
                            "AND package_id=?", [*values, unit.id, package.id])
    return package.id

def _keep_before(records: Records, undo: ImportUndo, tables: tuple[tuple[str, str], ...],
                 ids: list[int]) -> None:
    """The rows an import is about to change, as they are (table names: constants)."""
    for table, key in tables:
        columns, rows = [], []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            cursor = records.db.execute(f"SELECT * FROM {table} WHERE {key} IN "
                                     f"({','.join('?' * len(chunk))})", chunk)
            columns = [d[0] for d in cursor.description]
            rows += [tuple(r) for r in cursor.fetchall()]
        undo.before.append((table, key, ids, columns, rows))

def undo_import(records: Records, undo: ImportUndo) -> None:
    """Put back what one import changed: rows it added go, rows it changed get their
    earlier values again (same ids, so whatever points at them still does)."""
    with records.ws.transaction():
        for table, key, ids, columns, rows in undo.before:
            if not ids:
                continue
            if key == "id":  # a person or a package: updated in place, never deleted
                sets = ", ".join(f"{c}=?" for c in columns if c != "id")
                records.db.executemany(
                    f"UPDATE {table} SET {sets} WHERE id=?",
                    [[v for c, v in zip(columns, r, strict=True) if c != "id"]
                     + [r[columns.index("id")]] for r in rows])
                continue
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                records.db.execute(f"DELETE FROM {table} WHERE {key} IN "
                                f"({','.join('?' * len(chunk))})", chunk)
            if rows:
                records.db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                    f"({', '.join('?' * len(columns))})", rows)
        for start in range(0, len(undo.added), _CHUNK):
            chunk = undo.added[start:start + _CHUNK]
            records.db.execute(f"DELETE FROM {undo.added_table} WHERE id IN "
                            f"({','.join('?' * len(chunk))})", chunk)
        records.ws.log_held_change("import.undo", undo.held, rows=len(undo.added))

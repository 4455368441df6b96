"""Removing people and packages so that the removal can be undone exactly.

Removing a person also takes their certificate data (2.12), their prepared 2.11 files, a
"not submitted for 2.12" mark and their place as the training participant (4); removing a
package takes its units. What was taken is kept as rows, and :func:`put_back` writes the
very same rows again (same ids), so everything that pointed at them points again. The
files' bytes stay in the blobs table, which is never pruned, so the 2.11 files come back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lsp_desktop.circulars.catalog import PEOPLE
from lsp_desktop.store.workspace import Workspace

# Rows that belong to a person, by table, and the column naming the person.
_PERSON_TABLES = (("people", "id"), ("assessors", "person_id"),
                  ("assessor_files", "person_id"), ("assessors_not_submitted", "person_id"))
_PACKAGE_TABLES = (("packages", "id"), ("units", "package_id"))


@dataclass
class Removed:
    """The rows one removal took: (table, columns, rows) in the order to write them back."""

    held: str
    tables: list[tuple[str, list[str], list[tuple]]] = field(default_factory=list)
    participant: int | None = None  # the person who was the training participant, if any
    names: list[str] = field(default_factory=list)  # what the admin calls what was removed

    def count(self, table: str) -> int:
        return sum(len(rows) for name, _, rows in self.tables if name == table)


def remove_people(workspace: Workspace, person_ids: list[int]) -> Removed:
    """Remove people with everything that is theirs, in one transaction."""
    removed = Removed(PEOPLE)
    db = workspace.db
    with workspace.transaction():
        _take(workspace, removed, _PERSON_TABLES, person_ids)
        marks = ",".join("?" * len(person_ids))
        row = db.execute(f"SELECT person_id FROM it_staff WHERE id = 1 AND person_id IN "
                         f"({marks})", person_ids).fetchone()
        removed.participant = row[0] if row else None
        db.execute(f"DELETE FROM people WHERE id IN ({marks})", person_ids)
        for person_id in person_ids:
            workspace.log_held_change("person.delete", PEOPLE, id=person_id)
    removed.names = [r[1] for r in removed.tables[0][2]]
    return removed


def remove_packages(workspace: Workspace, package_ids: list[int]) -> Removed:
    """Remove competency packages with their units, in one transaction."""
    removed = Removed("packages")
    with workspace.transaction():
        _take(workspace, removed, _PACKAGE_TABLES, package_ids)
        marks = ",".join("?" * len(package_ids))
        workspace.db.execute(f"DELETE FROM packages WHERE id IN ({marks})", package_ids)
        for package_id in package_ids:
            workspace.log_held_change("package.delete", "packages", id=package_id)
    removed.names = [r[1] for r in removed.tables[0][2]]
    return removed


def remove_assessor_file(workspace: Workspace, person_id: int, kind: str) -> Removed:
    """Take one prepared 2.11 file of an assessor off (its bytes stay for undo)."""
    removed = Removed("assessor-documents")
    with workspace.transaction():
        cursor = workspace.db.execute(
            "SELECT * FROM assessor_files WHERE person_id = ? AND kind = ?", [person_id, kind])
        columns = [d[0] for d in cursor.description]
        removed.tables.append(("assessor_files", columns, [tuple(r) for r in cursor]))
        workspace.db.execute("DELETE FROM assessor_files WHERE person_id = ? AND kind = ?",
                             [person_id, kind])
        workspace.log_held_change("assessor.file.remove", "assessor-documents", id=person_id,
                                  kind=kind)
    removed.names = [row[2] for row in removed.tables[0][2]]
    return removed


def put_back(workspace: Workspace, removed: Removed) -> None:
    """Write back what :func:`remove_people` or :func:`remove_packages` took."""
    db = workspace.db
    with workspace.transaction():
        for table, columns, rows in removed.tables:
            names = ", ".join(columns)
            marks = ", ".join("?" * len(columns))
            db.executemany(f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})", rows)
        if removed.participant is not None:
            db.execute("UPDATE it_staff SET person_id = ? WHERE id = 1 AND person_id IS NULL",
                       [removed.participant])
        workspace.log_held_change("restore", removed.held, names=removed.names)


def _take(workspace: Workspace, removed: Removed, tables: tuple[tuple[str, str], ...],
          ids: list[int]) -> None:
    marks = ",".join("?" * len(ids))
    for table, key in tables:  # table and column names are this module's constants
        cursor = workspace.db.execute(
            f"SELECT * FROM {table} WHERE {key} IN ({marks}) ORDER BY rowid", ids)
        columns = [d[0] for d in cursor.description]
        removed.tables.append((table, columns, [tuple(r) for r in cursor.fetchall()]))

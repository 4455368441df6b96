"""What one edit changed in the workspace, row by row, so that it can be undone and redone
exactly.

Every edit the window makes runs between two readings of the admin's tables; the rows
that differ (by rowid, as they were and as they became) are the edit's ``Change``. Undo
writes the earlier rows back, redo the later ones: the very same ids, so whatever points
at a row (a person's 2.11 files, their certificate data, the training participant) points
at it again, and an import undone then redone gets back everything that came after it.
A file's bytes live in the blobs table, which is never pruned: a Change names a blob by
its hash, and the bytes are there whenever a step needs them.

Not tracked: the blobs themselves (content-addressed, never removed), the check-results
cache (derived from the bytes) and the change log (a history, never undone).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lsp_desktop.store.workspace import Workspace

# Parents before the rows that point at them (foreign keys): rows are written back in this
# order and taken away in the reverse one. A table a migration adds must be named here or
# in UNTRACKED (tests/store/test_changes.py checks it).
TRACKED = ("meta", "profile", "links", "documents", "people", "assessors", "assessor_files",
           "assessors_not_submitted", "it_staff", "social_media", "packages", "units")
UNTRACKED = ("blobs", "check_results", "changes", "sqlite_sequence")

Rows = dict[int, tuple]


@dataclass
class TableChange:
    """The rows of one table an edit changed, as they were before and after it, by row id."""

    columns: list[str]
    before: dict[int, tuple | None] = field(default_factory=dict)  # None: the row was not there
    after: dict[int, tuple | None] = field(default_factory=dict)


@dataclass
class Change:
    """The rows one edit changed, table by table; empty when it changed nothing."""

    tables: dict[str, TableChange] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def touches(self, table: str) -> bool:
        return table in self.tables


def reading(workspace: Workspace) -> dict[str, tuple[list[str], Rows]]:
    """Every tracked table's rows by rowid, read in one snapshot."""
    tables: dict[str, tuple[list[str], Rows]] = {}
    db = workspace.db
    db.execute("BEGIN")
    try:
        for table in TRACKED:  # names are this module's constants
            cursor = db.execute(f"SELECT rowid, * FROM {table}")
            columns = [d[0] for d in cursor.description][1:]
            tables[table] = (columns, {row[0]: tuple(row[1:]) for row in cursor})
    finally:
        db.execute("COMMIT")
    return tables


def difference(before: dict[str, tuple[list[str], Rows]],
               after: dict[str, tuple[list[str], Rows]]) -> Change:
    change = Change()
    for table in TRACKED:
        columns, old = before[table]
        new = after[table][1]
        changed = {rowid for rowid in old.keys() | new.keys() if old.get(rowid) != new.get(rowid)}
        if changed:
            change.tables[table] = TableChange(
                columns, {r: old.get(r) for r in changed}, {r: new.get(r) for r in changed})
    return change


def recorded(workspace: Workspace, edit, *args: object) -> tuple[object, Change]:
    """Run ``edit(workspace, *args)`` and return its result with what it changed."""
    before = reading(workspace)
    result = edit(workspace, *args)
    return result, difference(before, reading(workspace))


def apply_change(workspace: Workspace, change: Change, undo: bool) -> None:
    """Put the changed rows as they were before the edit (``undo``) or after it, in one
    transaction. Only those rows are touched; the rest of the workspace stays as it is."""
    db = workspace.db
    wanted = {table: (tc.before if undo else tc.after) for table, tc in change.tables.items()}
    with workspace.transaction():
        # First take away rows the target has not (children first, so no cascade reaches a
        # row that stays), then write the others back (parents first).
        for table in reversed(TRACKED):
            gone = [rowid for rowid, row in wanted.get(table, {}).items() if row is None]
            db.executemany(f"DELETE FROM {table} WHERE rowid = ?", [[r] for r in gone])
        for table in TRACKED:
            if table not in change.tables:
                continue
            columns = change.tables[table].columns
            sets = ", ".join(f"{c} = ?" for c in columns)
            names, marks = ", ".join(columns), ", ".join("?" * (len(columns) + 1))
            for rowid, row in wanted[table].items():
                if row is None:
                    continue
                if db.execute(f"SELECT 1 FROM {table} WHERE rowid = ?", [rowid]).fetchone():
                    db.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?", [*row, rowid])
                else:
                    db.execute(f"INSERT INTO {table} (rowid, {names}) VALUES ({marks})",
                               [rowid, *row])
        workspace.log_change("undo" if undo else "redo", None,
                             tables=sorted(change.tables))

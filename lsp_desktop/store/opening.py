"""Opening a workspace file: its connection, created or migrated in one transaction, with
another circular's workspace refused and a copy kept before a migration.

Another process may be creating or migrating the same workspace this very moment (two
windows, or the window and the command line): its lock is waited for (busy_timeout), and
the whole opening is tried again while the file stays busy, for up to
OPEN_PATIENCE_SECONDS, so that on a busy laptop twenty openers all succeed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sqlite3
import time
from pathlib import Path

from lsp_desktop import __version__
from lsp_desktop.base.errors import LspError
from lsp_desktop.base.files import reason_code
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.store.connection import connect, statements, write_error
from lsp_desktop.store.migrations import SCHEMA_VERSION, STEPS

OPEN_PATIENCE_SECONDS = 60


def open_connection(path: Path, catalog: Catalog) -> sqlite3.Connection:
    """The workspace's connection, its schema current; LspError in plain words if not."""
    deadline = time.monotonic() + OPEN_PATIENCE_SECONDS
    while True:
        try:
            conn = connect(path)
            _migrate(conn, path, catalog)
            return conn
        except LspError as exc:
            if exc.code != "workspace.busy" or time.monotonic() > deadline:
                raise
        time.sleep(0.05)


def _migrate(conn: sqlite3.Connection, path: Path, catalog: Catalog) -> None:
    try:
        # One read snapshot: another process may be creating it this very moment.
        conn.execute("BEGIN")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                              ).fetchall()
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if reason_code(exc) == "os.busy":  # locked by its creator: busy, not foreign
            raise LspError("workspace.busy") from None
        raise LspError("workspace.not_workspace", path=str(path)) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise LspError("workspace.newer", path=str(path), found=version, known=SCHEMA_VERSION)
    if version == 0 and tables:
        conn.close()
        raise LspError("workspace.not_workspace", path=str(path))
    if version == SCHEMA_VERSION and (gone := expected_tables() - {t[0] for t in tables}):
        conn.close()  # a table dropped by hand or by a damaged page: said, never guessed at
        raise LspError("workspace.damaged", path=str(path), found=", ".join(sorted(gone)))
    if version > 0:
        _refuse_other_catalog(conn, path, catalog)
    if 0 < version < SCHEMA_VERSION:
        _backup_before_migration(conn, path, version)
    if version < SCHEMA_VERSION:
        _apply_steps(conn, catalog)


@functools.cache
def expected_tables() -> frozenset[str]:
    """The tables a current workspace holds, read from the steps' text: running them on an
    in-memory database, as the test does, took two milliseconds of every window's start."""
    tables: set[str] = set()
    for step in STEPS:
        for verb, name in _tables_named(step):
            if verb == "CREATE":
                tables.add(name)
            else:
                tables.discard(name)
    return frozenset(tables)


def _tables_named(step: str) -> list[tuple[str, str]]:
    """("CREATE" or "DROP", table) for each CREATE TABLE or DROP TABLE of a step, in order.
    Steps are plain statements (no table renamed, no virtual table):
    tests/store/test_opening.py holds this reading to running the steps. Words, not a
    regular expression: compiling one cost more than reading every step."""
    text = " ".join(line.partition("--")[0] for line in step.splitlines())
    words = text.replace("(", " ( ").replace(";", " ; ").split()
    named = []
    for at in range(1, len(words)):
        verb = words[at - 1].upper()
        if words[at].upper() == "TABLE" and verb in ("CREATE", "DROP"):
            rest = [w for w in words[at + 1:at + 5] if w.upper() not in ("IF", "NOT", "EXISTS")]
            named.append((verb, rest[0].strip('"`[]')))
    return named


def _apply_steps(conn: sqlite3.Connection, catalog: Catalog) -> None:
    """Create or migrate in ONE transaction, reading the version under its lock: two
    processes opening the same new workspace at once both succeed, one waiting for
    the other (busy_timeout) and then finding nothing left to do."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(current + 1, SCHEMA_VERSION + 1):
            for statement in statements(STEPS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        if current == 0:
            created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            conn.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", [
                ("catalog_id", catalog.id), ("created_at", created),
                ("created_by", f"LSP Desktop {__version__}")])
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        raise write_error(exc) from None


def _refuse_other_catalog(conn: sqlite3.Connection, path: Path, catalog: Catalog) -> None:
    """Items are kept by id: another circular's workspace must not open under this one."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'catalog_id'").fetchone()
    if row and row[0] != catalog.id:
        conn.close()
        raise LspError("workspace.other_catalog", path=str(path), found=row[0],
                       expected=catalog.id)


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> None:
    backup = path.with_name(f"{path.name}.schema{version}.bak")
    # Owner-only from the first byte: it holds the same personal data.
    with contextlib.suppress(FileExistsError):
        os.close(os.open(backup, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    target = sqlite3.connect(backup)
    try:
        conn.backup(target)
    finally:
        target.close()

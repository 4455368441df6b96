"""The workspace's SQLite connection: opened owner-only and in WAL mode, one explicit
transaction per user action, and SQLite's failures said in plain words."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Literal

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.files import file_kind_problem, reason_code
from lsp_desktop.base.paths import ensure_private_dir


class Transaction:
    """One user action, one transaction: committed whole or not at all.

    A write that fails (a full disk, say) is rolled back and reported in plain words;
    what was committed before stays as it was.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:  # another process holds the workspace past the timeout
            raise write_error(exc) from None
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> Literal[False]:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return False
            except sqlite3.Error as error:
                exc = error
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise write_error(exc) from None
        return False


def row_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row a cursor just inserted."""
    if cursor.lastrowid is None:  # only after a statement that inserted nothing
        raise LspError("workspace.write_failed", reason="os.other")
    return cursor.lastrowid


def write_error(exc: sqlite3.Error) -> LspError:
    """A failed write in plain words: a busy workspace is busy, never "disk full"."""
    reason = reason_code(exc)
    if reason == "os.busy":
        return LspError("workspace.busy")
    return LspError("workspace.write_failed", reason=reason)


def statements(script: str) -> list[str]:
    """A migration script as single statements, to run them inside one transaction."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s.rstrip(";").strip()]


def connect(path: Path) -> sqlite3.Connection:
    try:
        ensure_private_dir(path.parent)
        if not path.exists():
            # Create it owner-only before SQLite touches it; SQLite gives its -wal and
            # -shm companions the same permissions. Another process may win the race.
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        if file_kind_problem(os.stat(path).st_mode):
            raise LspError("workspace.not_a_file", path=str(path))
        # isolation_level=None: transactions are begun explicitly, one per user action.
        # timeout: the window checks and stores files on a worker connection while it
        # reads, and another process may be creating the same workspace.
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                               timeout=10)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise LspError("workspace.not_workspace", path=str(path)) from None
        if reason_code(exc) == "os.busy":
            raise LspError("workspace.busy") from None
        raise LspError("workspace.cannot_open", path=str(path),
                       reason=reason_code(exc)) from None
    except OSError as exc:
        raise LspError("workspace.cannot_open", path=str(path),
                       reason=reason_code(exc)) from None
    return conn

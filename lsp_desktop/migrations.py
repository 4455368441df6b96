"""Numbered schema steps of the workspace file, recorded in ``PRAGMA user_version``.

Never edit a step that has shipped: add the next one. Before any step runs on an
existing file, the workspace keeps a copy of it (see ``Workspace._migrate``).
"""

from __future__ import annotations

# Each step is SQL run in one transaction together with its user_version bump.
_STEP_1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            licence TEXT NOT NULL DEFAULT '',
            lsp_type TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            uses_skkk INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT
        );
        INSERT INTO profile (id) VALUES (1);
        -- Bytes are stored once per content, however many times they are attached.
        CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, content BLOB NOT NULL);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            requirement_id TEXT NOT NULL,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            format TEXT NOT NULL,
            source_path TEXT,
            added_at TEXT NOT NULL,
            removed_at TEXT
        );
        CREATE INDEX documents_by_requirement ON documents (requirement_id);
        CREATE TABLE links (
            requirement_id TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE check_results (
            sha256 TEXT NOT NULL,
            requirement_id TEXT NOT NULL,
            checker_version INTEGER NOT NULL,
            report TEXT NOT NULL,
            PRIMARY KEY (sha256, requirement_id, checker_version)
        );
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            requirement_id TEXT,
            detail TEXT
        );
"""

STEPS = [_STEP_1]
SCHEMA_VERSION = len(STEPS)

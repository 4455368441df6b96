"""Numbered schema steps of the workspace file, recorded in ``PRAGMA user_version``.

Never edit a step that has shipped: add the next one. Before any step runs on an
existing file, the workspace keeps a copy of it (see ``store.opening``).
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

# The people, data tables and per-assessor files of points 1, 2.11, 2.12, 2.14 and 4.
_STEP_2 = """
CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('pengarah', 'pelaksana', 'asesor')),
    nik TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    siapkerja TEXT NOT NULL DEFAULT 'belum-daftar'
        CHECK (siapkerja IN ('belum-daftar', 'terdaftar', 'data-lengkap', 'sudah-submit')),
    updated_at TEXT NOT NULL
);
CREATE TABLE assessors (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    met_number TEXT NOT NULL DEFAULT '',
    blanko_number TEXT NOT NULL DEFAULT '',
    issued_on TEXT NOT NULL DEFAULT '',
    expires_on TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL DEFAULT ''
);
CREATE TABLE assessor_files (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('ktp', 'sertifikat-teknis', 'ijazah', 'pasfoto')),
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    format TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (person_id, kind)
);
CREATE TABLE social_media (platform TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE packages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL,
    name_id TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT ''
);
CREATE TABLE units (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    package_id INTEGER NOT NULL REFERENCES packages(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title_id TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT ''
);
CREATE TABLE it_staff (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
INSERT INTO it_staff (id) VALUES (1);
"""

# The training participant picked from the roster, with job title, WhatsApp and the SK's
# number and date (point 4); an assessor left out of 2.12 with the reason (e.g. RCC).
_STEP_3 = """
ALTER TABLE it_staff ADD COLUMN person_id INTEGER REFERENCES people(id) ON DELETE SET NULL;
ALTER TABLE it_staff ADD COLUMN job_title TEXT NOT NULL DEFAULT '';
ALTER TABLE it_staff ADD COLUMN whatsapp TEXT NOT NULL DEFAULT '';
ALTER TABLE it_staff ADD COLUMN sk_number TEXT NOT NULL DEFAULT '';
ALTER TABLE it_staff ADD COLUMN sk_date TEXT NOT NULL DEFAULT '';
CREATE TABLE assessors_not_submitted (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    reason TEXT NOT NULL
);
"""

# A check result is only good for the rule it was made under: a circular with another
# size limit or other formats makes it stale (see Requirement.rule_key).
_STEP_4 = """
ALTER TABLE check_results ADD COLUMN rule TEXT NOT NULL DEFAULT '';
"""

STEPS = [_STEP_1, _STEP_2, _STEP_3, _STEP_4]
SCHEMA_VERSION = len(STEPS)

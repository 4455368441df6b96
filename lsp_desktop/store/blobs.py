"""The blobs table: every file's bytes, kept once per content (keyed by SHA-256).

Documents (store/workspace.py) and assessors' files (store/records.py) point at a blob;
the bundle streams blobs into the zip. Writes happen inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

CHUNK = 256 * 1024


def put_blob(db: sqlite3.Connection, sha256: str, data: bytes) -> None:
    """Keep the bytes unless the same content is already kept."""
    db.execute("INSERT OR IGNORE INTO blobs (sha256, content) VALUES (?, ?)", [sha256, data])


def read_blob(db: sqlite3.Connection, sha256: str) -> bytes:
    row = db.execute("SELECT content FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    return bytes(row[0])


def blob_chunks(db: sqlite3.Connection, sha256: str, chunk: int = CHUNK) -> Iterator[bytes]:
    """The bytes in pieces: memory stays flat whatever the file's size."""
    row = db.execute("SELECT rowid FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    with db.blobopen("blobs", "content", row[0], readonly=True) as blob:
        while piece := blob.read(chunk):
            yield piece

"""A catalogue file's TOML as it was read before, so that a start reads no TOML.

Importing tomllib and reading the shipped catalogue with it takes some 6 ms, a good part of
what the window may spend before its checklist is painted (benchmarks/start_breakdown.py).
So ``load_catalog`` keeps what tomllib made of a file in the app's data folder, beside the
very bytes it came from, and next time uses it for exactly those bytes: a changed file, any
other file or a damaged entry is read as TOML again, and the catalogue is built and checked
from the tables either way, so a remembered reading can only ever save time.

The entries are ``marshal`` data behind a header and a CRC (base/kept_entries.py: nothing
is unmarshalled unless both hold); the bytes an entry came from are compared in full
after. Only files the app already holds are remembered (the shipped catalogues and the
library's copies), never a file being added (``parse_catalog``).
"""

from __future__ import annotations

import datetime as dt
import marshal
import zlib
from pathlib import Path

from lsp_desktop.base.kept_entries import keep, recall
from lsp_desktop.base.paths import app_home

# Bumped whenever what an entry holds changes; marshal's own version is part of it, so an
# app built on another Python never misreads an entry.
HEADER = f"lsp-desktop catalogue reading 2/{marshal.version}\n".encode("ascii")
FOLDER = "catalog-cache"
# A shipped catalogue is ~20 KB and its tables a few times that: anything larger in the
# folder is not ours to read.
MAX_ENTRY_BYTES = 4 * 1024 * 1024
# TOML's dates and times have no marshal form: each is kept as a tuple (TOML arrays are
# lists, so no table value is ever a tuple) holding its kind and ISO text.
_TIMES: dict[str, type[dt.date] | type[dt.time]] = {
    "date": dt.date, "datetime": dt.datetime, "time": dt.time}


def entry_path(data: bytes) -> Path:
    """Where the reading of these bytes is kept: named by their length and CRC, which only
    chooses the file; the bytes themselves decide whether its reading is used."""
    return app_home() / FOLDER / f"{len(data)}-{zlib.crc32(data):08x}.marshal"


def recalled(data: bytes) -> dict | None:
    """The tables read from exactly these bytes before, or None."""
    kept = recall(entry_path(data), HEADER, MAX_ENTRY_BYTES)
    if kept is None:
        return None  # absent, another format, or damaged: never unmarshalled
    try:
        source, tables = marshal.loads(kept)
        return _decoded(tables) if source == data else None
    except (EOFError, ValueError, TypeError, KeyError, IndexError, RecursionError,
            MemoryError):
        return None  # not of this app: read as TOML, as with no cache


def remember(data: bytes, tables: dict) -> None:
    """Keep what tomllib read from these bytes (best effort, as ``keep``)."""
    keep(entry_path(data), HEADER, marshal.dumps((data, _encoded(tables))))


def _encoded(value):
    if isinstance(value, dict):
        return {key: _encoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_encoded(item) for item in value]
    if isinstance(value, (dt.date, dt.time)):  # dt.datetime is a dt.date
        kind = next(kind for kind, made in _TIMES.items() if type(value) is made)
        return (kind, value.isoformat())
    if isinstance(value, (str, bool, int, float)):
        return value
    raise ValueError(f"no marshal form for {type(value).__name__}")


def _decoded(value):
    if isinstance(value, dict):
        return {key: _decoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decoded(item) for item in value]
    if isinstance(value, tuple):
        kind, text = value
        return _TIMES[kind].fromisoformat(text)
    return value

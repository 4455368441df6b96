"""A catalogue file's TOML as it was read before, so that a start reads no TOML.

Importing tomllib and reading the shipped catalogue with it takes some 6 ms, a good part of
what the window may spend before its checklist is painted (benchmarks/start_breakdown.py).
So ``load_catalog`` keeps what tomllib made of a file in the app's data folder, beside the
very bytes it came from, and next time uses it for exactly those bytes: a changed file, any
other file or a damaged entry is read as TOML again, and the catalogue is built and checked
from the tables either way, so a remembered reading can only ever save time.

The entries are ``marshal`` data: Python's own format for its plain values, read at C
speed with nothing to import. marshal is not meant for data from others, and trusts the
counts it reads: one damaged byte in a tuple's length made it fill gigabytes. So an entry
is a fixed header, the CRC-32 of what follows and then the marshal data, and nothing is
unmarshalled unless the CRC holds (it finds every damaged byte, or run of bytes up to 32
bits, a disk or a torn copy can make); the bytes it came from are compared in full after.
The files are the app's own, owner-only in its own folder, read back only when regular
and of a sane size. Only files the app already holds are remembered (the shipped
catalogues and the library's copies), never a file being added (``parse_catalog``).
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import stat
import zlib
from pathlib import Path

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
    try:
        entry = _read_entry(entry_path(data))
        kept = entry[len(HEADER) + 4:]
        if not entry.startswith(HEADER) or \
                entry[len(HEADER):len(HEADER) + 4] != zlib.crc32(kept).to_bytes(4, "big"):
            return None  # another format, or damaged: never unmarshalled
        source, tables = marshal.loads(kept)
        return _decoded(tables) if source == data else None
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError, RecursionError,
            MemoryError):
        return None  # absent, unreadable or not of this app: read as TOML, as with no cache


def remember(data: bytes, tables: dict) -> None:
    """Keep what tomllib read from these bytes. Best effort: a read-only or full disk
    only means the next start reads the TOML again."""
    # Here, not at the top: files.py's writes are needed on a miss only, not at each start.
    from lsp_desktop.base.files import private_dir, write_private

    target = entry_path(data)
    kept = marshal.dumps((data, _encoded(tables)))
    try:
        private_dir(target.parent)
        write_private(target, HEADER + zlib.crc32(kept).to_bytes(4, "big") + kept)
    except OSError:
        pass


def _read_entry(path: Path) -> bytes:
    # Not blocking: a FIFO in the entry's place would otherwise hold the start for ever.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        facts = os.fstat(handle.fileno())
        if not stat.S_ISREG(facts.st_mode) or facts.st_size > MAX_ENTRY_BYTES:
            raise ValueError("not an entry of this cache")
        return handle.read(MAX_ENTRY_BYTES + 1)


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

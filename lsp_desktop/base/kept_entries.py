"""Entries the app keeps to save work at the next start, each read back only if whole.

The catalogue's TOML reading (circulars/parsed_cache.py) and PySide's compiled support
modules (ui/support_code.py) are kept as ``marshal`` data: Python's own format, read at
C speed with nothing to import. marshal is not meant for data from others and trusts the
counts it reads (one damaged byte in a tuple's length made it fill gigabytes), so an
entry is a fixed header naming what it holds, the CRC-32 of what follows, then the data:
nothing is handed back unless both hold (the CRC finds every damaged byte, or run of
bytes up to 32 bits, that a disk or a torn copy can make). The files are the app's own,
owner-only in its own folder, written whole or not at all, and read back only when
regular and of a sane size.
"""

from __future__ import annotations

import os
import stat
import zlib
from pathlib import Path


def recall(path: Path, header: bytes, limit: int, owner_only: bool = False) -> bytes | None:
    """The data kept at ``path`` under ``header``, or None when absent, unreadable,
    larger than ``limit``, of another kind or damaged; with ``owner_only`` (an entry that
    is code, run when read back) also when another account made it or may write it."""
    try:
        entry = _read_entry(path, limit, owner_only)
    except (OSError, ValueError):
        return None
    kept = entry[len(header) + 4:]
    if not entry.startswith(header) or \
            entry[len(header):len(header) + 4] != zlib.crc32(kept).to_bytes(4, "big"):
        return None
    return kept


def keep(path: Path, header: bytes, data: bytes) -> None:
    """Keep ``data`` at ``path``. Best effort: a read-only or full disk only means the
    work is done again next time."""
    # Here, not at the top: files.py's writes are needed on a miss only, not at each start.
    from lsp_desktop.base.files import private_dir, write_private

    try:
        private_dir(path.parent)
        write_private(path, header + zlib.crc32(data).to_bytes(4, "big") + data)
    except OSError:
        pass


def _read_entry(path: Path, limit: int, owner_only: bool) -> bytes:
    # Not blocking: a FIFO in the entry's place would otherwise hold the start for ever.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        facts = os.fstat(handle.fileno())
        if not stat.S_ISREG(facts.st_mode) or facts.st_size > limit or \
                owner_only and not _own(facts):
            raise ValueError("not an entry the app keeps")
        return handle.read(limit + 1)


def _own(facts: os.stat_result) -> bool:
    """Made by this account and writable by it alone, as the app writes them: a data
    folder chosen on a shared disk may hold another user's file in an entry's place. Asked
    of code only (ui/support_code.py): a catalogue's reading is checked against its bytes
    and tables anyway, and a Mac shows every file of a FAT or exFAT stick as anyone's."""
    if not hasattr(os, "getuid"):  # Windows: the profile's folders are the owner's
        return True
    return facts.st_uid == os.getuid() and not facts.st_mode & (stat.S_IWGRP | stat.S_IWOTH)

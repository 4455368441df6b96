"""Writing files that hold personal data: owner-only from the first byte, never half-written.

Every file the app writes for the user (spreadsheets, the Drive folder, logs, backups,
viewing copies) goes through :func:`write_private`: the bytes go to a temporary name in the
target folder, created 0600 by ``os.open`` (whatever the umask), are flushed, and only
then take the final name with ``os.replace``. A full disk or a killed process leaves no
0-byte or half file under the final name; the temporary one is removed on failure and,
if the process was killed, by :func:`remove_leftovers` at the next start.

On Windows the mode bits are ignored: the file inherits the NTFS permissions (ACLs) of
the folder, normally the user's profile, which other ordinary users cannot read. The app
sets no ACL of its own.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PARTIAL_SUFFIX = ".partial"
# The one rule for anything an earlier run left (a partial file, a viewing copy's folder, a
# merge's temporary folder): untouched this long, its maker is gone. Long enough that a
# copy still open in a viewer, or another copy of the app at work, is left alone.
STALE_AFTER_SECONDS = 3600
FILE_MODE, FOLDER_MODE = 0o600, 0o700
# A workspace an import is building, beside its target (with SQLite's -wal/-shm).
IMPORT_SUFFIX = ".lspws-import"
# The random part of every name the app writes under before the final one: 16 hex digits,
# so that a leftover is told from another program's file by its name, not by a suffix
# anyone may use (".film.mkv.partial" is not the app's).
TOKEN_BYTES = 8
LEFTOVER_NAME = re.compile(r"\..+\.[0-9a-f]{16}(?:\.partial|\.lspws-import(?:-wal|-shm|-journal)?)",
                           re.ASCII | re.DOTALL)


def file_kind_problem(mode: int) -> str | None:
    """The refusal code for what is not a regular file, from ``st_mode``: the guard's
    first question (checks/guard.py), asked here so that opening the workspace file
    (store/connection.py) asks it without loading the checks."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "file.not_a_file"
    return "file.special"  # a FIFO, a device (/dev/zero), a socket


def private_dir(folder: Path) -> Path:
    """Create a folder (and its missing parents) that only its owner can enter."""
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for new in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(new, FOLDER_MODE)
        with contextlib.suppress(OSError):
            os.chmod(new, FOLDER_MODE)  # mkdir's mode is narrowed by the umask only
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    return folder


def partial_name(target: Path) -> Path:
    import secrets  # here: it loads OpenSSL's hashes, which the window's start never needs

    return target.with_name(f".{target.name}.{secrets.token_hex(TOKEN_BYTES)}{PARTIAL_SUFFIX}")


def new_partial(target: Path) -> tuple[Path, BinaryIO]:
    """A new owner-only file under a partial name beside ``target``, open for writing; the
    caller renames it to ``target`` when complete (or removes it)."""
    temp = partial_name(Path(target))
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 FILE_MODE)
    return temp, os.fdopen(fd, "wb")


@contextlib.contextmanager
def private_output(target: Path) -> Iterator[BinaryIO]:
    """A binary handle on a new owner-only temporary file that becomes ``target`` when the
    block ends without error; on any error the temporary file is removed."""
    target = Path(target)
    temp, opened = new_partial(target)
    try:
        with opened as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_private(target: Path, data: bytes) -> None:
    with private_output(target) as handle:
        handle.write(data)


def is_own_leftover(path: Path, now: float, names: re.Pattern[str] = LEFTOVER_NAME,
                    folders: bool = False) -> bool:
    """Whether the app can prove it made this and its maker is gone: a name only the app
    makes (``names``), a regular file (or, with ``folders``, a folder; never a link) owned
    by this user and open to nobody else, as the app creates them, and stale
    (STALE_AFTER_SECONDS)."""
    if not names.fullmatch(path.name):
        return False
    found = path.lstat()
    if not (stat.S_ISREG(found.st_mode) or (folders and stat.S_ISDIR(found.st_mode))):
        return False
    if hasattr(os, "getuid") and (found.st_uid != os.getuid() or found.st_mode & 0o077):
        return False
    return now - found.st_mtime > STALE_AFTER_SECONDS


def remove_stale(folder: Path, names: re.Pattern[str] = LEFTOVER_NAME, prefix: str = "",
                 folders: bool = False) -> int:
    """The one clean-up of what a killed run left in ``folder``: each entry whose name is
    ``names`` (and starts with ``prefix``) that :func:`is_own_leftover` proves the app's
    and stale goes, a folder with what it holds. Returns how many went."""
    removed, now = 0, time.time()
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            if not path.name.startswith(prefix):
                continue
            with contextlib.suppress(OSError):
                if not is_own_leftover(path, now, names, folders):
                    continue
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink()
                removed += not os.path.lexists(path)
    return removed


def remove_leftovers(folder: Path, partial: str | None = None) -> int:
    """Remove what a killed export, import or write left in a folder (partial files, and
    partial workspaces with their -wal/-shm); only ``partial`` and its companions when
    named. Recent ones may belong to a process still at work, and a file the app cannot
    prove it made is never touched."""
    return remove_stale(folder, LEFTOVER_NAME, partial or "")


def remember_partial(partial: Path, notes: Path) -> Path | None:
    """Note, in the app's data folder (``notes``: paths.unfinished_dir), a partial file
    being built in a folder the app may never look at again (an import's target folder):
    the next start removes it if the process was killed. Returns the note, for
    :func:`forget_partial`; None if the data folder cannot be written (the work goes on)."""
    try:
        import secrets

        note = private_dir(notes) / f"{secrets.token_hex(8)}.txt"
        # os.fsencode: a folder whose name is not valid UTF-8 is noted byte for byte.
        write_private(note, os.fsencode(Path(partial).absolute()))
    except OSError:
        return None
    return note


def text_of_path(path: Path) -> str | None:
    """A path as text the workspace can keep, or None when its name is not valid UTF-8
    (a Linux file name of other bytes): it is then not kept, and nothing fails."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return text


def forget_partial(note: Path | None) -> None:
    if note is not None:
        with contextlib.suppress(OSError):
            note.unlink(missing_ok=True)


def remove_remembered_partials(notes: Path) -> int:
    """Remove the stale partial files (with their -wal/-shm) noted by
    :func:`remember_partial`, wherever they are; a note whose file is gone goes too."""
    removed = 0
    with contextlib.suppress(OSError):
        for note in Path(notes).glob("*.txt"):
            with contextlib.suppress(OSError, UnicodeDecodeError):
                partial = Path(os.fsdecode(note.read_bytes().strip()))
                # Only what the app names a partial: a note is never a way to delete a file.
                if IMPORT_SUFFIX not in partial.name or not partial.name.startswith("."):
                    note.unlink()
                    continue
                removed += remove_leftovers(partial.parent, partial.name)
                if not any(p.name.startswith(partial.name) for p in partial.parent.iterdir()):
                    note.unlink()
    return removed


# errno values and the message code that says them in the user's language.
ERRNO_CODES = {
    errno.ENOSPC: "os.disk_full", errno.EDQUOT: "os.disk_full",
    errno.EACCES: "os.permission", errno.EPERM: "os.permission",
    errno.EROFS: "os.read_only", errno.ENOENT: "os.not_found", errno.ENOTDIR: "os.not_found",
    errno.EISDIR: "os.is_folder", errno.ENAMETOOLONG: "os.name_too_long",
}

# Windows says more than errno: Python maps these to EACCES or EINVAL, which would tell the
# admin the account may not write there when the file is simply open in Excel.
ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION = 5, 32, 33
IN_USE_WINERRORS = {ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION}
# The cloud-file family (winerror.h, ERROR_CLOUD_FILE_*): OneDrive and other sync clients
# refuse to hand over an online-only file when offline, signed out or paused.
CLOUD_WINERRORS = {
    362,  # PROVIDER_NOT_RUNNING: OneDrive is not running
    363, 377, 380, 381, 382, 383,  # metadata corrupt, not in sync, invalid request, ...
    386,  # AUTHENTICATION_FAILED: signed out
    387, 388,  # INSUFFICIENT_RESOURCES, NETWORK_UNAVAILABLE: offline
    389, 391, 393, 395, 397, 398,  # UNSUCCESSFUL, IN_USE, REQUEST_ABORTED, ACCESS_DENIED, ...
    404,  # PROVIDER_TERMINATED
}
# os.stat().st_file_attributes bits of a file whose bytes are not on this disk.
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_RECALL_ON_OPEN = 0x40000
FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x400000
CLOUD_ONLY_ATTRIBUTES = (FILE_ATTRIBUTE_OFFLINE | FILE_ATTRIBUTE_RECALL_ON_OPEN
                         | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS)
# Antivirus scanners and indexers open a new file for a moment: os.replace is tried again
# for about a second before the admin is told the file is in use.
REPLACE_TRIES, REPLACE_PAUSE_SECONDS = 6, 0.2


class FileInUse(PermissionError):
    """Windows kept a file that another program holds open (Excel, a PDF viewer)."""


def cloud_only(path: str | os.PathLike) -> bool:
    """Whether a file's bytes are kept only in the cloud (a OneDrive "online-only" file):
    opening it needs the sync client and, usually, the internet."""
    try:
        attributes = getattr(os.stat(path), "st_file_attributes", 0)
    except (OSError, ValueError):
        return False
    return bool(attributes & CLOUD_ONLY_ATTRIBUTES)


def held_by_another_program(path: str | os.PathLike) -> bool:
    """Windows: another program has the file open without letting others write to it."""
    if sys.platform != "win32":
        return False
    try:
        with open(path, "r+b"):
            return False
    except OSError as exc:
        return getattr(exc, "winerror", None) in IN_USE_WINERRORS


def replace_file(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """``os.replace``, tried again for a moment when Windows refuses because a program
    holds the target or the new file open; if one still does, :class:`FileInUse`."""
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            winerror = getattr(exc, "winerror", None)
            if winerror not in IN_USE_WINERRORS | {ERROR_ACCESS_DENIED}:
                raise
            if attempt == REPLACE_TRIES - 1:
                if winerror in IN_USE_WINERRORS or held_by_another_program(target):
                    raise FileInUse(exc.errno, exc.strerror, exc.filename, winerror,
                                    exc.filename2) from exc
                raise
            time.sleep(REPLACE_PAUSE_SECONDS)


def reason_code(exc: BaseException) -> str:
    """A message code for why an operation failed, so no English OS text reaches the
    user: a file open in another program, a cloud-only file, the full disk, a permission,
    a read-only medium, a missing folder, a busy workspace, or something else."""
    import sqlite3

    if isinstance(exc, FileInUse):
        return "os.in_use"
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        if winerror in IN_USE_WINERRORS:
            return "os.in_use"
        if winerror in CLOUD_WINERRORS or (exc.filename and cloud_only(exc.filename)):
            return "os.cloud_only"
        return ERRNO_CODES.get(exc.errno or 0, "os.other")
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for needle, code in (("full", "os.disk_full"), ("locked", "os.busy"),
                             ("busy", "os.busy"), ("readonly", "os.read_only"),
                             ("read-only", "os.read_only"), ("permission", "os.permission"),
                             ("unable to open", "os.permission"), ("disk i/o", "os.io")):
            if needle in text:
                return code
    return "os.other"

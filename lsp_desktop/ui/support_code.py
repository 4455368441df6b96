"""PySide's support modules compiled once and kept, instead of compiled at every start.

shiboken6 carries its support modules (``shibokensupport``: the signature loader and its
parser, the feature switch; 14 files) as Python source zipped inside libshiboken, and
every PySide6 program compiles them again at each start: some 100 million instructions, a
sixth of a bare window's start (issue 21; benchmarks/start_instructions.py). The built app
ships them compiled where shiboken looks first (packaging/shiboken_support.py); there,
PyInstaller's hook has imported PySide before the app's first line anyway, and this does
nothing. From source, shiboken's bootstrap compiles each file with the built-in
``compile``: while the app imports PySide, that built-in answers the bootstrap's calls from
entries kept in the data folder (base/kept_entries.py), for exactly the same source, file
name, compiler flags and Python, and keeps what it had to compile. Any other call, and any
trouble reading or writing an entry, is Python's own compile, as without this.
"""

from __future__ import annotations
import __future__

import builtins
import marshal
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType

from lsp_desktop.base.kept_entries import keep, recall
from lsp_desktop.base.paths import app_home

FOLDER = "code-cache"
# The Python's bytecode version is part of the header: another Python never reads an entry.
HEADER = b"lsp-desktop compiled support 1/" + MAGIC_NUMBER.hex().encode("ascii") + b"\n"
MAX_ENTRY_BYTES = 1024 * 1024  # the largest file's source and code are some 100 KB
# The files the bootstrap compiles: itself, and the package it unpacks.
_SUPPORT = ("signature_bootstrap.py", "shibokensupport/")
# compile() without dont_inherit takes the caller's __future__ flags: so does this.
_FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag


_python_compile = builtins.compile


@contextmanager
def support_code_kept() -> Iterator[None]:
    """Within: PySide imported with its support modules' code kept (see the module)."""
    if "shiboken6" in sys.modules or builtins.compile is not _python_compile:
        yield  # already imported (the built app), or compile is someone else's now
        return
    _folder.cache_clear()  # the data folder of this start, asked once for its 14 files
    builtins.compile = _compile_or_recall
    try:
        yield
    finally:
        builtins.compile = _python_compile


def _compile_or_recall(source, filename, mode, flags=0, dont_inherit=False, optimize=-1,
                       **options):
    # Called from here, Python's compile would take this module's __future__ flags; what
    # the caller's call would have taken is passed on instead, and inheriting stopped.
    inherited = 0 if dont_inherit else sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
    if not (isinstance(source, bytes | str) and isinstance(filename, str) and mode == "exec"
            and filename.startswith(_SUPPORT) and not flags and not dont_inherit
            and optimize == -1 and not options):
        return _python_compile(source, filename, mode, flags | inherited, True, optimize,
                               **options)
    key = (source, filename, inherited, sys.flags.optimize)
    path = _entry_path(key)
    code = _recalled(path, key)
    if code is None:
        code = _python_compile(source, filename, mode, inherited, True)
        if not sys.dont_write_bytecode:
            keep(path, HEADER, marshal.dumps((*key, code)))
    return code


def _entry_path(key: tuple) -> Path:
    """Named by the file's name and its source's length and CRC, which only choose the
    file: the key kept inside decides whether its code is used."""
    source = key[0].encode("utf-8", "surrogatepass") if isinstance(key[0], str) else key[0]
    name = f"{zlib.crc32(key[1].encode()):08x}-{len(source)}-{zlib.crc32(source):08x}"
    # Two Pythons sharing a data folder (another install), or one run with -O and without,
    # keep their entries apart instead of writing each other's over at every start.
    name = f"{MAGIC_NUMBER.hex()}-{key[2]:x}-{key[3]}-{name}"
    return _folder() / f"{name}.marshal"


@cache
def _folder() -> Path:
    return app_home() / FOLDER


def _recalled(path: Path, key: tuple):
    kept = recall(path, HEADER, MAX_ENTRY_BYTES, owner_only=True)  # code: run when read
    if kept is None:
        return None
    try:
        *kept_key, code = marshal.loads(kept)
    except (EOFError, ValueError, TypeError, RecursionError, MemoryError):
        return None
    return code if tuple(kept_key) == key and type(code) is CodeType else None

"""The one gate for files a command writes under a name the user typed (``--out``,
``export-table FILE``): never over an existing file unless ``--overwrite`` says so, never
over one of the command's own inputs even then, never onto a folder, with the extension
that says what the file is, and only in a folder that exists: a typo in the folder must
not become a new folder tree, so a missing one is named and refused."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from lsp_desktop.base.errors import LspError


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def refuse_input(target: Path, inputs: Iterable[Path]) -> None:
    for source in inputs:
        if source and _same_file(Path(source).expanduser(), target):
            raise LspError("output.is_input", path=str(target))


def check_suffix(target: Path, suffixes: tuple[str, ...]) -> None:
    """Refuse a name whose extension does not say what will be written in it."""
    if target.suffix.lower() not in suffixes:
        raise LspError("output.wrong_extension", path=str(target),
                       suffix=target.suffix or "-", endings=" / ".join(suffixes))


def prepare_output(out: Path, inputs: Iterable[Path] = (), overwrite: bool = False,
                   suffixes: tuple[str, ...] | None = None) -> Path:
    """The checked target path, in a folder that already exists."""
    from lsp_desktop.base.files import reason_code

    target = Path(out).expanduser().absolute()
    if suffixes is not None:
        check_suffix(target, suffixes)
    refuse_input(target, inputs)
    try:  # a name too long or unreadable is said as such, not as an internal error
        if target.is_dir():
            raise LspError("output.is_folder", path=str(target))
        if not target.parent.is_dir():
            raise LspError("output.no_folder", folder=str(target.parent), name=target.name)
        if target.exists() or target.is_symlink():
            if not overwrite:
                raise LspError("output.exists", path=str(target))
            if not target.is_file():
                raise LspError("output.not_regular", path=str(target))
    except OSError as exc:
        raise LspError("output.unusable", path=str(target), reason=reason_code(exc)) from None
    return target


def with_suffix_added(out: Path, suffix: str) -> Path:
    """``bundel`` becomes ``bundel.zip``, as the window's save dialog does; a name that
    already ends in the suffix (any case) is kept."""
    out = Path(out)
    try:
        is_folder = out.expanduser().is_dir()
    except OSError:  # a name too long: prepare_output says so
        is_folder = False
    if out.suffix.lower() == suffix or is_folder:
        return out  # a folder is refused as one, not turned into "folder.zip" beside it
    return out.with_name(out.name + suffix)

"""The one gate every user's file passes before the app reads it.

A file from a drop, a file dialog, the command line or a bundle may be anything: a 3 GB
sparse file named ``.jpg``, a FIFO that never ends, ``/dev/zero``, a 10-gigapixel PNG of a
few kilobytes, a zip that inflates a thousandfold. Each reader (check, add, ``add --fix``,
the preview, the 2.11 documents, bundle verify and import, spreadsheet import) asks this
module first, so a limit is written once and no path forgets it:

- :func:`open_regular` / :func:`read_user_file`: a regular file only (by its type, before
  opening, and opened non-blocking so a FIFO swapped in never hangs), and a byte limit;
- :func:`pixel_count` / :func:`check_pixels`: the picture's size from its header, before
  anything is decoded;
- :func:`zip_limit_problems`: member count, total inflated size and compression ratio of
  a zip (bundles, XLSX), from its directory, before a member is inflated.
"""

from __future__ import annotations

import contextlib
import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.files import file_kind_problem
from lsp_desktop.checks.findings import ERROR, Finding

# Nothing the circular asks for is larger: a 2 MB rule, ten times over, is a mistake.
DEFAULT_READ_LIMIT = 64 * 1024 * 1024
# A PDF over ten times the 2 MB rule is still read, checked and offered compression up
# to this: a 300 dpi colour scan of a few pages is 20-60 MB. Past it, it is no scan.
SCAN_READ_LIMIT = 100 * 1024 * 1024
# Pictures the fixes decode in full: 50 Mpx is past any phone's default output and keeps
# one RGBA copy near 200 MB.
FIX_MAX_PIXELS = 50_000_000
PREVIEW_MAX_PIXELS = 50_000_000
# Zips: a ratio above this for any member worth counting is a bomb, not a document.
ZIP_MAX_RATIO = 100
ZIP_RATIO_FLOOR = 64 * 1024  # tiny members compress oddly and cost nothing


class Refused(LspError):
    """A user's file the gate will not open; ``finding`` says why in a check's terms."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code, **values)
        self.finding = Finding(code, ERROR, dict(values))


def _refusal(path: Path, exc: OSError) -> Refused:
    """Why a user's file could not be reached, in the app's own words."""
    if isinstance(exc, FileNotFoundError):
        return Refused("file.not_found", path=str(path))
    if isinstance(exc, PermissionError):
        return Refused("file.no_permission", path=str(path))
    return Refused("file.unreadable", path=str(path), reason=_reason(exc))


def stat_regular(path: Path) -> os.stat_result:
    """Stat a user's file, refusing by type (folders, FIFOs, devices) before it is opened."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _refusal(path, exc) from None
    if problem := file_kind_problem(info.st_mode):
        raise Refused(problem, path=str(path))
    return info


@contextlib.contextmanager
def open_regular(path: Path) -> Iterator[tuple[BinaryIO, int]]:
    """A binary handle on a regular file and its size. Opened non-blocking, then the
    handle itself is checked again: a FIFO swapped in after the stat cannot hang us."""
    path = Path(path)
    stat_regular(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _refusal(path, exc) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if problem := file_kind_problem(info.st_mode):
            raise Refused(problem, path=str(path))
        yield handle, info.st_size


def read_user_file(path: Path, limit: int = DEFAULT_READ_LIMIT) -> bytes:
    """The whole file, if it is a regular one of at most ``limit`` bytes."""
    try:
        with open_regular(path) as (handle, size):
            if size > limit:
                raise Refused("file.too_large_to_open", path=str(path), size=size,
                              limit_binary=limit)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise Refused("file.unreadable", path=str(path), reason=_reason(exc)) from None
    if len(data) > limit:  # it grew while we read
        raise Refused("file.too_large_to_open", path=str(path), size=len(data),
                      limit_binary=limit)
    return data


def pixel_count(data: bytes) -> int | None:
    """Width x height from the picture's header, nothing decoded; None if not a picture."""
    import warnings

    from lsp_desktop.checks.image import pillow

    image_module = pillow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        saved = image_module.MAX_IMAGE_PIXELS
        image_module.MAX_IMAGE_PIXELS = None  # only the header is read here
        try:
            with image_module.open(io.BytesIO(data)) as image:
                width, height = image.size
        except Exception:  # noqa: BLE001 - not a picture Pillow knows: the checks say so
            return None
        finally:
            image_module.MAX_IMAGE_PIXELS = saved
    return width * height


def check_pixels(data: bytes, limit: int, name: str = "") -> None:
    """Refuse a picture whose header promises more pixels than ``limit``."""
    pixels = pixel_count(data)
    if pixels is not None and pixels > limit:
        values = {"name": name} if name else {}
        raise Refused("image.too_many_pixels", megapixels=pixels // 1_000_000, **values)


def zip_limit_problems(infos: list[zipfile.ZipInfo], max_members: int, max_total: int,
                       max_member: int, max_ratio: int = ZIP_MAX_RATIO) -> list[Finding]:
    """What makes a zip too costly to open, read from its directory alone."""
    if len(infos) > max_members:
        return [Finding("bundle.too_many_members", ERROR, {"count": len(infos)})]
    problems = []
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > max_member:
            problems.append(Finding("bundle.member_too_large", ERROR,
                                    {"file": info.filename, "size": info.file_size}))
        elif info.file_size > ZIP_RATIO_FLOOR and \
                info.file_size > max_ratio * max(info.compress_size, 1):
            problems.append(Finding("bundle.zip_bomb", ERROR, {"file": info.filename}))
    del problems[3:]  # the first few say enough; a bomb may have thousands
    if total > max_total:
        problems.append(Finding("bundle.too_large", ERROR, {"size": total}))
    return problems


def _reason(exc: OSError) -> str:
    from lsp_desktop.base.files import reason_code

    return reason_code(exc)

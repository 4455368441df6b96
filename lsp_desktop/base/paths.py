"""Where the workspace lives unless the user names one."""

from __future__ import annotations

import functools
import os
import re
import sys
from pathlib import Path

APP_NAME = "LSP Desktop"
WORKSPACE_SUFFIX = ".lspws"
HOME_ENV = "LSP_DESKTOP_HOME"
PORTABLE_FOLDER = "LSP Desktop Data"
SETTINGS_FILE = "settings.ini"


# Folders, under the system's temporary folder, where an archive program puts what is
# double-clicked inside a zip: Explorer ("Temp1_LSP-Desktop-….zip"), 7-Zip ("7zO1A2B3C"),
# WinRAR ("Rar$EXa1234.5678") and WinZip ("wz1A2B"). The app then runs from a copy that
# is deleted when the archive program is closed. Compiled where it is used, once, by a
# built app on Windows.
_ZIP_PREVIEW_FOLDER = r"(temp\d+_.+\.zip|7zo[0-9a-f]+|rar\$[a-z]{2,3}[0-9.]+|wz[0-9a-f]+)"


def _program() -> Path | None:
    """The built program; None when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve()


def program_folder() -> Path | None:
    """The folder the admin sees the app in: the program's own folder, or on macOS the
    folder holding ``LSP Desktop.app`` (where it really is, when macOS runs a translocated
    copy: see :func:`translocation`)."""
    program = _program()
    if program is None:
        return None
    if sys.platform == "darwin" and len(program.parents) > 3:
        bundle = program.parents[2]
        moved, original = translocation(bundle)
        if moved:
            return original.parent if original is not None else None
        return bundle.parent
    return program.parent


def portable_home() -> Path | None:
    """``LSP Desktop Data`` beside the built program, when the admin made one (a USB stick).

    Only a frozen build looks: from source, the folder beside python would be meaningless.
    On macOS the program sits in ``LSP Desktop.app/Contents/MacOS``; the folder is beside
    the ``.app``.
    """
    beside = program_folder()
    if beside is None:
        return None
    folder = beside / PORTABLE_FOLDER
    return folder if folder.is_dir() else None


def translocation(bundle: Path) -> tuple[bool, Path | None]:
    """macOS App Translocation: an app opened where the browser downloaded it runs from a
    random read-only copy (``…/AppTranslocation/<id>/d/LSP Desktop.app``), beside which
    no ``LSP Desktop Data`` is found. Returns whether ``bundle`` is such a copy and, when
    the Security framework says so, where the admin's own copy is."""
    if sys.platform != "darwin" or "AppTranslocation" not in bundle.parts:
        return False, None
    try:
        return True, _original_of_translocated(bundle)
    except Exception:  # noqa: BLE001 - a private framework call: any failure means "unknown"
        return True, None


_SECURITY = "/System/Library/Frameworks/Security.framework/Security"
_CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"


@functools.lru_cache(maxsize=1)  # asked by every look-up of the home; the answer stays
def _original_of_translocated(bundle: Path) -> Path | None:
    """SecTranslocateIsTranslocatedURL and SecTranslocateCreateOriginalPathForURL
    (Security framework, macOS 10.12+), called through ctypes on CoreFoundation URLs."""
    import ctypes

    cf = ctypes.CDLL(_CORE_FOUNDATION)
    security = ctypes.CDLL(_SECURITY)
    cf.CFURLCreateFromFileSystemRepresentation.restype = ctypes.c_void_p
    cf.CFURLCreateFromFileSystemRepresentation.argtypes = [
        ctypes.c_void_p, ctypes.c_char_p, ctypes.c_long, ctypes.c_bool]
    cf.CFURLGetFileSystemRepresentation.restype = ctypes.c_bool
    cf.CFURLGetFileSystemRepresentation.argtypes = [
        ctypes.c_void_p, ctypes.c_bool, ctypes.c_char_p, ctypes.c_long]
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    security.SecTranslocateIsTranslocatedURL.restype = ctypes.c_bool
    security.SecTranslocateIsTranslocatedURL.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(ctypes.c_bool), ctypes.c_void_p]
    security.SecTranslocateCreateOriginalPathForURL.restype = ctypes.c_void_p
    security.SecTranslocateCreateOriginalPathForURL.argtypes = [ctypes.c_void_p, ctypes.c_void_p]

    raw = os.fsencode(bundle)
    url = cf.CFURLCreateFromFileSystemRepresentation(None, raw, len(raw), True)
    if not url:
        return None
    try:
        moved = ctypes.c_bool(False)
        if not security.SecTranslocateIsTranslocatedURL(url, ctypes.byref(moved), None) \
                or not moved.value:
            return None
        original = security.SecTranslocateCreateOriginalPathForURL(url, None)
        if not original:
            return None
        try:
            buffer = ctypes.create_string_buffer(4096)
            if not cf.CFURLGetFileSystemRepresentation(original, True, buffer, len(buffer)):
                return None
            return Path(os.fsdecode(buffer.value))
        finally:
            cf.CFRelease(original)
    finally:
        cf.CFRelease(url)


def running_inside_zip() -> bool:
    """Windows: the app was started by double-clicking it inside the downloaded zip, so it
    runs from an archive program's temporary copy (see ``_ZIP_PREVIEW_FOLDER``)."""
    program = _program()
    if program is None or sys.platform != "win32":
        return False
    import tempfile

    temp = Path(tempfile.gettempdir()).resolve()
    folders = program.parent.parts
    under_temp = program.is_relative_to(temp) or any(
        part.lower() in ("temp", "tmp") for part in folders)
    preview = re.compile(_ZIP_PREVIEW_FOLDER, re.IGNORECASE)
    return under_temp and any(preview.fullmatch(part) for part in folders)


def start_warning() -> tuple[str, dict[str, str]] | None:
    """What the admin must know about where the app runs, as a message code and values,
    or None: run from inside a zip (extract everything first), or run by macOS from a
    temporary copy whose origin is unknown (where the data went)."""
    try:
        inside_zip = running_inside_zip()
    except (OSError, ValueError):  # an unreadable path: nothing to say rather than no start
        inside_zip = False
    if inside_zip:
        return "start.inside_zip", {}
    program = _program()
    if program is not None and sys.platform == "darwin" and len(program.parents) > 3:
        moved, original = translocation(program.parents[2])
        if moved and original is None:
            return "start.translocated", {"home": str(app_home())}
    return None


def chosen_home() -> Path | None:
    """The home the user chose (``LSP_DESKTOP_HOME`` first, then the portable folder)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return portable_home()


def app_home() -> Path:
    """The folder for the default workspace and logs: a chosen home, else the profile's."""
    chosen = chosen_home()
    if chosen is not None:
        return chosen
    from platformdirs import user_data_dir  # only when needed: it slows start-up

    return Path(user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path | None:
    """The settings file inside a chosen home; None means the platform's usual place."""
    chosen = chosen_home()
    return chosen / SETTINGS_FILE if chosen is not None else None


def default_workspace_path() -> Path:
    return app_home() / f"workspace{WORKSPACE_SUFFIX}"


def unfinished_dir() -> Path:
    """Notes of partial files being built elsewhere (files.remember_partial)."""
    return app_home() / "unfinished"


# A merge's private folder (the colleague's bundle opened as a workspace), as
# tempfile.mkdtemp names it under temporary_dir(): "gabung-" and eight random characters.
MERGE_FOLDER_PREFIX = "gabung-"
MERGE_FOLDER = re.compile(MERGE_FOLDER_PREFIX + r"[a-z0-9_]{8}", re.ASCII)


def temporary_dir() -> Path:
    """The app's own temporary folder, in its data folder (on the stick in portable use,
    not the computer's temp folder): what a merge killed midway leaves there goes at the
    next start (store.workspace.open_workspace, files.remove_stale)."""
    return app_home() / "sementara"


def ensure_private_dir(folder: Path) -> None:
    """Create a folder only its owner can enter: the workspace holds KTP and bank data."""
    from lsp_desktop.base.files import private_dir

    private_dir(folder)

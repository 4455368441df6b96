"""What build.spec makes for Windows and macOS, read here on Linux.

The spec runs with its platform forced (LSP_DESKTOP_SPEC_PLATFORM). PyInstaller's analysis
and its executables are replaced by recorders (they would need the other system's
bootloader), but COLLECT and, for macOS, BUNDLE are PyInstaller's own: the Info.plist read
here is the one PyInstaller writes into the .app. The real builds are made and started by
.github/workflows/build.yml on Windows and macOS runners.
"""

from __future__ import annotations

import ast
import plistlib
import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason='PyInstaller is not installed (pip install ".[build]")')

from PyInstaller.building import api, osx  # noqa: E402
from PyInstaller.config import CONF  # noqa: E402

from lsp_desktop import __version__  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


class Analysis:
    def __init__(self, *args, **kwargs) -> None:
        self.pure, self.scripts, self.binaries, self.datas = [], [], [], []


class PYZ:
    def __init__(self, *args, **kwargs) -> None:
        pass


class EXE(api.EXE):
    """Records what the spec asks of an executable, and leaves a stand-in file where
    PyInstaller would write it, for COLLECT and BUNDLE to gather."""

    made: list[EXE] = []

    def __init__(self, *args, **kwargs) -> None:  # no super(): nothing is built
        self.kwargs = kwargs
        self.name = str(Path(CONF["workpath"]) / kwargs["name"])
        Path(self.name).write_bytes(b"stand-in executable")
        self.console = kwargs.get("console", True)
        self.dependencies, self.toc = [], []
        self.append_pkg, self.contents_directory = True, "_internal"
        self.exclude_binaries = kwargs.get("exclude_binaries", False)
        self.strip, self.upx, self.upx_exclude = False, False, []
        self.target_arch = self.codesign_identity = self.entitlements_file = None
        EXE.made.append(self)


def build_spec(platform: str, tmp_path: Path, monkeypatch) -> dict:
    """Runs build.spec as PyInstaller would, for `platform`; returns its namespace."""
    work, dist = tmp_path / "build", tmp_path / "dist"
    work.mkdir()
    monkeypatch.setenv("LSP_DESKTOP_SPEC_PLATFORM", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts the project first
    # BUNDLE does nothing off a Mac; its own platform test is forced too.
    monkeypatch.setattr(osx, "is_darwin", platform == "darwin")
    monkeypatch.setattr("PyInstaller.utils.hooks.collect_submodules", lambda name: [])
    # BUNDLE signs with codesign on a Mac; here there is none, and it only warns.
    monkeypatch.setenv("PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR", "0")
    for key, value in {"workpath": str(work), "distpath": str(dist), "specpath": str(ROOT),
                       "spec": str(ROOT / "build.spec"), "specnm": "build",
                       "upx_available": False, "noconfirm": True}.items():
        monkeypatch.setitem(CONF, key, value)
    EXE.made = []
    namespace = {"__name__": "__main__", "SPECPATH": str(ROOT), "workpath": str(work),
                 "DISTPATH": str(dist), "specnm": "build", "Analysis": Analysis, "PYZ": PYZ,
                 "EXE": EXE, "COLLECT": api.COLLECT, "BUNDLE": osx.BUNDLE}
    spec = ROOT / "build.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return namespace


def test_macos_app_is_a_window_app_with_version_icon_and_the_qt_minimum(tmp_path,
                                                                       monkeypatch):
    namespace = build_spec("darwin", tmp_path, monkeypatch)
    contents = tmp_path / "dist" / "LSP Desktop.app" / "Contents"
    info = plistlib.loads((contents / "Info.plist").read_bytes())
    assert info.get("LSBackgroundOnly") in (None, False)  # a Dock icon and a menu bar
    assert info["CFBundleExecutable"] == "LSP Desktop"  # the window program
    assert (contents / "MacOS" / "LSP Desktop").is_file()
    assert (contents / "MacOS" / "lsp-desktop").is_file()  # the command line, inside
    assert info["CFBundleShortVersionString"] == info["CFBundleVersion"] == __version__
    assert info["CFBundleIconFile"] == "app.icns"
    assert (contents / "Resources" / "app.icns").stat().st_size > 0
    assert info["CFBundlePackageType"] == "APPL"
    assert info["NSHighResolutionCapable"] is True
    # No promise older than the Qt inside: Qt 6.12 runs on macOS 14.4 and later.
    from importlib.metadata import version

    qt = tuple(int(part) for part in version("PySide6-Essentials").split(".")[:2])
    assert info["LSMinimumSystemVersion"] == namespace["MACOS_MINIMUM_FOR_QT"][qt]
    if qt == (6, 12):
        assert info["LSMinimumSystemVersion"] == "14.4"
    window = [exe for exe in EXE.made if exe.kwargs["name"] == "LSP Desktop"]
    assert [exe.console for exe in window] == [False]


def test_minimum_macos_is_asked_for_a_qt_the_spec_does_not_know(tmp_path, monkeypatch):
    monkeypatch.setattr("importlib.metadata.version", lambda name: "6.99.0")
    with pytest.raises(SystemExit, match="MACOS_MINIMUM_FOR_QT"):
        build_spec("darwin", tmp_path, monkeypatch)


def _version_resource(path: str) -> tuple[dict, dict]:
    """The fixed numbers and the strings of PyInstaller's text form of a version resource,
    read without evaluating it (PyInstaller evaluates it on Windows only)."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), mode="eval")
    fixed, strings = {}, {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "FixedFileInfo":
            fixed = {keyword.arg: ast.literal_eval(keyword.value) for keyword in node.keywords}
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct":
            key, value = (ast.literal_eval(arg) for arg in node.args)
            strings[key] = value
    return fixed, strings


def test_windows_has_one_windowed_exe_and_a_version_resource(tmp_path, monkeypatch):
    build_spec("win32", tmp_path, monkeypatch)
    by_name = {exe.kwargs["name"]: exe.kwargs for exe in EXE.made}
    assert set(by_name) == {"LSP Desktop", "lsp-desktop-cli"}
    windowed = [name for name, kwargs in by_name.items() if not kwargs["console"]]
    assert windowed == ["LSP Desktop"]
    # Only the window program wears the app's icon; the command line looks different.
    assert by_name["LSP Desktop"]["icon"].endswith("app.ico")
    assert by_name["lsp-desktop-cli"]["icon"] == "NONE"
    folder = tmp_path / "dist" / "LSP Desktop"
    assert sorted(path.name for path in folder.iterdir() if path.is_file()) == [
        "LSP Desktop", "lsp-desktop-cli"]  # .exe is added by the real Windows build
    for kwargs in by_name.values():
        fixed, strings = _version_resource(kwargs["version"])
        assert strings["FileVersion"] == strings["ProductVersion"] == __version__
        assert strings["ProductName"] == "LSP Desktop"
        assert strings["OriginalFilename"] == f"{kwargs['name']}.exe"
        numbers = tuple(int(part) for part in __version__.split("."))
        assert fixed["filevers"][:len(numbers)] == numbers
        assert fixed["prodvers"] == fixed["filevers"] and len(fixed["filevers"]) == 4


def test_linux_keeps_one_program_that_opens_the_window(tmp_path, monkeypatch):
    build_spec("linux", tmp_path, monkeypatch)
    assert [(exe.kwargs["name"], exe.console, exe.kwargs["version"]) for exe in EXE.made] == [
        ("lsp-desktop", True, None)]


def test_the_build_leaves_out_multiprocessing_which_nothing_starts(tmp_path, monkeypatch):
    """Left in, multiprocessing brings PyInstaller's runtime hook, which imports it before
    the app's first line on every start (some 20 ms here, issue 21). Safe only while no
    module of the app starts a process: its workers are threads."""
    excluded = build_spec("linux", tmp_path, monkeypatch)["PYTHON_EXCLUDES"]
    assert {"multiprocessing", "concurrent.futures.process"} <= set(excluded)
    starting = []
    for path in (ROOT / "lsp_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            starting += [f"{path.relative_to(ROOT)}: {name}" for name in names
                         if name.split(".")[0] == "multiprocessing"
                         or name.endswith(("futures.process", "ProcessPoolExecutor"))]
    assert starting == []


def test_the_modules_archive_is_stored_not_deflated(tmp_path, monkeypatch):
    """A start inflated every module it imported from a deflated PYZ, some 10 ms here
    (issue 21): the spec has PyInstaller's writer store them. Written here with that
    writer, a module's text is found as it is in the archive."""
    from PyInstaller.archive.writers import ZlibArchiveWriter

    monkeypatch.setattr(ZlibArchiveWriter, "_COMPRESSION_LEVEL",
                        ZlibArchiveWriter._COMPRESSION_LEVEL)  # put back after the test
    build_spec("linux", tmp_path, monkeypatch)
    text = "Daftar asesor kompetensi, " * 40
    archive = tmp_path / "modules.pyz"
    ZlibArchiveWriter(str(archive), [("contoh", str(tmp_path / "contoh.py"), "PYMODULE")],
                      {"contoh": compile(f"TEXT = {text!r}", "contoh.py", "exec")})
    assert text.encode() in archive.read_bytes()


def test_the_build_ships_pysides_support_modules_compiled(tmp_path, monkeypatch):
    """Where shiboken6 looks first (tests/packaging/test_shiboken_support.py starts PySide
    from such a folder): compiled once here instead of at every start of the app."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "shiboken_support", ROOT / "packaging" / "shiboken_support.py")
    assert spec is not None and spec.loader is not None
    support = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(support)
    sources = support.support_sources()
    if not sources:
        pytest.skip("this shiboken6 carries no support sources")
    namespace = build_spec("linux", tmp_path, monkeypatch)
    shipped = {dest for dest, _source, kind in namespace["a"].datas if kind == "DATA"}
    assert {f"shiboken6/files.dir/{name}c" for name in sources} <= shipped


def test_pysides_own_switch_is_cleared_before_pyside_starts(tmp_path, monkeypatch):
    """The app's runtime hook runs before PyInstaller's (so before its PySide6 hook) and
    clears SBK_EMBED (tests/packaging/test_frozen_app.py starts the built app with it)."""
    import runpy

    [hook] = build_spec("linux", tmp_path, monkeypatch)["RUNTIME_HOOKS"]
    monkeypatch.setenv("SBK_EMBED", "1")
    runpy.run_path(hook)
    assert "SBK_EMBED" not in __import__("os").environ

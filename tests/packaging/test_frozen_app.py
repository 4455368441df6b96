"""The app as an admin receives it: built with build.spec, run from its folder.

Slow (PyInstaller takes a few minutes on two cores), so the build is made once per
session; deselect with `-m "not slow"`. Linux only: Windows and macOS builds are checked
by .github/workflows/build.yml.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from lsp_desktop import __version__
from tests import makefiles as mk

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 1800
RUN_TIMEOUT = 120


@pytest.fixture(scope="module")
def app_folder(tmp_path_factory) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("the frozen-app test builds the Linux layout; CI on Windows and macOS "
                    "is .github/workflows/build.yml")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        reason = 'PyInstaller is not installed (pip install -e ".[test,build]")'
        print(f"skipping the frozen-app tests: {reason}")
        pytest.skip(reason)
    work = tmp_path_factory.mktemp("frozen")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "build.spec")], cwd=ROOT, check=True, timeout=BUILD_TIMEOUT)
    return work / "dist" / "LSP Desktop"


@pytest.fixture
def frozen(app_folder, tmp_path):
    """Run the built command line with a private home and settings folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))

    def run(*args, extra_env=None):
        result = subprocess.run([str(app_folder / "lsp-desktop"), *map(str, args)],
                                capture_output=True, text=True, timeout=RUN_TIMEOUT,
                                env={**env, **(extra_env or {})})
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return run


def test_version_is_the_package_version(frozen):
    result = frozen("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"LSP Desktop {__version__}"


def test_check_pdf_aes_pdf_jpeg_png(frozen, tmp_path):
    aes = tmp_path / "aes.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    writer.encrypt("", "pemilik", algorithm="AES-256")  # opens without a password
    writer.write(aes)
    files = [mk.write(tmp_path, "sk.pdf", mk.pdf_bytes(pages=3)), aes,
             mk.write(tmp_path, "logo.jpg", mk.image_bytes("JPEG")),
             mk.write(tmp_path, "kantor.png", mk.image_bytes("PNG"))]
    result = frozen("check", "--json", *files)
    assert result.returncode == 0, result.stdout + result.stderr
    found = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert (found["sk.pdf"]["format"], found["sk.pdf"]["pages"]) == ("pdf", 3)
    # Counting the pages of an AES-256 PDF needs the cryptography package in the build.
    assert (found["aes.pdf"]["encrypted"], found["aes.pdf"]["pages"]) == (True, 2)
    assert found["logo.jpg"]["format"] == "jpeg" and found["logo.jpg"]["width"] == 800
    assert found["kantor.png"]["format"] == "png" and found["kantor.png"]["verdict"] == "ok"


def test_export_verify_import_a_small_workspace(frozen, tmp_path):
    ws, bundle = tmp_path / "ws.lspws", tmp_path / "bundel.zip"
    assert frozen("profile", "--workspace", ws, "--name", "LSP Uji", "--licence",
                  "BNSP-LSP-0001-ID", "--type", "P1", "--category", "smk").returncode == 0
    assert frozen("add", "--workspace", ws, "npwp",
                  mk.write(tmp_path, "NPWP.pdf", mk.pdf_bytes())).returncode == 0
    assert frozen("add", "--workspace", ws, "logo",
                  mk.write(tmp_path, "logo.png", mk.image_bytes("PNG"))).returncode == 0
    result = frozen("export", "--workspace", ws, "--out", bundle, "--allow-incomplete")
    assert result.returncode == 0, result.stdout + result.stderr
    names = zipfile.ZipFile(bundle).namelist()
    # The printable summary is drawn by Qt: the frozen app's fonts and QtGui work headless.
    assert any(name.endswith("/ringkasan.pdf") for name in names)
    assert any(name.endswith("/data/2.09-npwp.pdf") for name in names)
    verdict = json.loads(frozen("verify", "--json", bundle).stdout)
    assert verdict["status"] == "draft"
    assert frozen("import", bundle, "--workspace", tmp_path / "baru.lspws").returncode == 0


def test_window_in_indonesian_with_a_pdf_preview(frozen, tmp_path, output_dir):
    assert frozen("add", "npwp", mk.write(tmp_path, "NPWP.pdf", mk.pdf_bytes())).returncode == 0
    shot = output_dir / "frozen-window.png"
    result = frozen(extra_env={"LSP_DESKTOP_PROBE": "1", "LSP_DESKTOP_PROBE_SELECT": "npwp",
                               "LSP_DESKTOP_PROBE_GRAB": str(shot)})
    assert result.returncode == 0, result.stdout + result.stderr
    report = result.stdout.splitlines()
    assert "probe: first-window" in report
    assert "probe: translated &File -> &Berkas" in report  # the window speaks Indonesian
    assert "probe: pictures 1" in report  # the PDF's first page, rendered by Qt PDF
    icon_sizes = next(line for line in report if line.startswith("probe: icon sizes "))
    assert int(icon_sizes.rsplit(" ", 1)[1]) >= 4  # the drawn icon, several sizes
    assert shot.stat().st_size > 0


def test_left_out_what_the_app_does_not_use(app_folder):
    shipped = {path.relative_to(app_folder).as_posix() for path in app_folder.rglob("*")}
    names = {Path(path).name for path in shipped}
    assert "_internal/resources/catalogs/se-007-bnsp-iv-2025.toml" in shipped
    assert "_internal/resources/icons/app-256.png" in shipped
    assert not any("/Qt/translations/" in path for path in shipped)
    assert not {"QtNetwork.abi3.so", "QtQml.abi3.so", "libqgtk3.so", "libqopensslbackend.so",
                "libgtk-3.so.0"} & names
    assert not any(name.startswith("_avif.") for name in names)
    assert "_internal/resources/fonts/DejaVuSans.ttf" in shipped  # the summary PDF's font
    assert "libQt6Network.so.6" in names  # Qt PDF links it
    assert any(name.startswith("_rust.") for name in names)  # cryptography, for AES PDFs
    dangling = [path for path in app_folder.rglob("*") if path.is_symlink() and not path.exists()]
    assert not dangling


def test_data_folder_beside_the_program_makes_it_portable(app_folder, frozen, tmp_path):
    """A USB stick: 'LSP Desktop Data' beside the program holds workspace and settings,
    and nothing is written to the user's profile."""
    data = app_folder / "LSP Desktop Data"
    data.mkdir()
    profile = tmp_path / "profile"
    no_home = {"LSP_DESKTOP_HOME": "", "HOME": str(profile),
               "XDG_DATA_HOME": str(profile / "data"), "XDG_CONFIG_HOME": str(profile / "cfg")}
    try:
        result = frozen("status", extra_env=no_home)  # exit 1: nothing is ready yet
        assert "SE.007" in result.stdout, result.stdout + result.stderr
        assert (data / "workspace.lspws").exists()
        result = frozen(extra_env={**no_home, "LSP_DESKTOP_PROBE": "1"})
        assert result.returncode == 0, result.stdout + result.stderr
        assert "language=" in (data / "settings.ini").read_text()
        assert not profile.exists() or not any(p.is_file() for p in profile.rglob("*"))
    finally:
        shutil.rmtree(data)


def test_pysides_switch_neither_removes_nor_unpacks_the_compiled_support(app_folder, frozen):
    """PySide's SBK_EMBED, set in an admin's environment, made its bootstrap delete the
    shipped support modules ("1") or unpack their sources beside them, aborting the start
    where the folder is read-only ("0"). The app's own runtime hook clears it first."""
    support = app_folder / "_internal" / "shiboken6" / "files.dir"
    shipped = sorted(path.relative_to(support) for path in support.rglob("*"))
    assert any(path.suffix == ".pyc" for path in shipped)
    for switch in ("1", "0"):
        result = frozen("--version", extra_env={"SBK_EMBED": switch})
        assert result.returncode == 0 and __version__ in result.stdout
        assert sorted(path.relative_to(support) for path in support.rglob("*")) == shipped

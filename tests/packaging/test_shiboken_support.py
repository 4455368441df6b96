"""The built app ships PySide's support modules compiled (packaging/shiboken_support.py),
where shiboken6 looks for them first: a PySide started beside such a folder imports them
from it, compiles none, and works as ever. Tried here with a copy of this shiboken6 and the
folder build.spec would ship, as the built app has them."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("shiboken_support",
                                               ROOT / "packaging" / "shiboken_support.py")
assert _spec is not None and _spec.loader is not None
shiboken_support = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shiboken_support)

START = """
import builtins, sys
compiled = []
real = builtins.compile
builtins.compile = lambda source, name, *rest, **options: (
    compiled.append(name), real(source, name, *rest, **options))[1]
import shiboken6
builtins.compile = real
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
try:
    QLabel().setText(1)
except TypeError as error:
    print("signatures:", "Supported signatures" in str(error))
print("from:", sys.modules["shibokensupport"].__spec__.origin.replace("\\\\", "/")
      .split("shiboken6/")[-1])
print("compiled:", [name for name in compiled if "shibokensupport" in name])
"""


def _sources() -> dict[str, bytes]:
    sources = shiboken_support.support_sources()
    if not sources:
        pytest.skip("this shiboken6 carries no support sources")
    return sources


def test_every_support_module_is_compiled_where_shiboken_looks(tmp_path):
    folder = shiboken_support.compile_support(tmp_path)
    assert folder is not None and folder.name == "files.dir"
    assert {path.relative_to(folder).as_posix() for path in folder.rglob("*.pyc")} == \
        {name + "c" for name in _sources()}
    assert not list(folder.rglob("*.py"))  # no sources shipped


def test_pyside_started_beside_the_folder_reads_it_and_compiles_nothing(tmp_path):
    _sources()
    import shiboken6

    site = tmp_path / "site"
    shutil.copytree(Path(shiboken6.__file__).parent, site / "shiboken6",
                    ignore=shutil.ignore_patterns("__pycache__", "files.dir"))
    shiboken_support.compile_support(site / "shiboken6")
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", START], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "signatures: True", "from: files.dir/shibokensupport/__init__.pyc", "compiled: []"]


"""PySide's support modules are compiled at the first start from source and read back
after (ui/support_code.py): the same code, kept owner-only, never a damaged or foreign
entry, and the binding works as ever. Each start is a fresh process: in this one PySide
was imported long ago."""

from __future__ import annotations

import marshal
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from lsp_desktop.base.kept_entries import keep
from lsp_desktop.ui import support_code
from lsp_desktop.ui.support_code import FOLDER, HEADER

ROOT = Path(__file__).resolve().parents[2]
# What a start does with PySide's support: its signature texts come from the support
# modules (a wrong argument names the right ones).
START = """
import sys
import lsp_desktop.ui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
try:
    QLabel().setText(1)
except TypeError as error:
    print("signatures:", "Supported signatures" in str(error))
print("marker:", getattr(__import__("builtins"), "_kept_marker", None))
"""


def _start(home: Path, **extra: str) -> str:
    env = dict(os.environ, LSP_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    result = subprocess.run([sys.executable, "-c", START], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _entries(home: Path) -> dict[str, bytes]:
    folder = home / FOLDER
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.marshal"))}


def _key_and_code(entry: bytes):
    *key, code = marshal.loads(entry[len(HEADER) + 4:])
    return tuple(key), code


@pytest.fixture
def kept(tmp_path) -> Path:
    home = tmp_path / "home"
    assert _start(home) == "signatures: True\nmarker: None\n"
    return home


def test_the_first_start_keeps_each_support_module_owner_only(kept):
    entries = _entries(kept)
    names = {_key_and_code(entry)[0][1] for entry in entries.values()}
    assert "shibokensupport/signature/loader.py" in names
    assert "signature_bootstrap.py" in names and len(names) == len(entries) >= 10
    if os.name == "posix":
        assert stat.S_IMODE((kept / FOLDER).stat().st_mode) == 0o700
        assert {stat.S_IMODE((kept / FOLDER / name).stat().st_mode)
                for name in entries} == {0o600}


def test_a_later_start_runs_the_kept_code_instead_of_compiling(kept):
    """An entry for the package's first file, holding its code and a marker: the next
    start runs it (nothing compiled), and PySide works as before."""
    name, entry = next((name, entry) for name, entry in _entries(kept).items()
                       if _key_and_code(entry)[0][1] == "shibokensupport/__init__.py")
    key, _code = _key_and_code(entry)
    source, filename, flags = key[0], key[1], key[2]
    marked = compile(source + b"\nimport builtins\nbuiltins._kept_marker = 'kept'\n",
                     filename, "exec", flags, True)
    keep(kept / FOLDER / name, HEADER, marshal.dumps((*key, marked)))
    assert _start(kept) == "signatures: True\nmarker: kept\n"


def test_a_damaged_or_foreign_entry_is_compiled_again(kept):
    entries = _entries(kept)
    names = sorted(entries)
    damaged, foreign = names[0], names[1]
    data = bytearray(entries[damaged])
    data[len(data) // 2] ^= 0x40
    (kept / FOLDER / damaged).write_bytes(bytes(data))
    other_python = entries[foreign].replace(HEADER, HEADER.replace(b"/", b"/ff", 1), 1)
    (kept / FOLDER / foreign).write_bytes(other_python)
    assert _start(kept) == "signatures: True\nmarker: None\n"
    assert _entries(kept) == entries  # both written again, whole


def test_nothing_is_written_when_python_is_told_not_to(tmp_path):
    home = tmp_path / "home"
    assert _start(home, PYTHONDONTWRITEBYTECODE="1") == "signatures: True\nmarker: None\n"
    assert not (home / FOLDER).exists()


def test_any_other_compile_is_pythons_own(tmp_path, monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path))
    code = support_code._compile_or_recall("x = 1", "elsewhere.py", "exec")
    namespace: dict = {}
    exec(code, namespace)
    assert namespace["x"] == 1 and not (tmp_path / FOLDER).exists()


def test_any_other_compile_takes_its_callers_future_flags_not_this_modules():
    """Called from support_code (which says ``from __future__ import annotations``),
    Python's compile would have taken that module's flags: an annotation naming nothing
    compiled without complaint. It takes the caller's, as the built-in does."""
    driver = compile("made = compile_(text, 'elsewhere.py', 'exec')", "driver.py", "exec",
                     dont_inherit=True)
    namespace = {"compile_": support_code._compile_or_recall,
                 "text": "def f(x: undefined_name): pass"}
    exec(driver, namespace)
    with pytest.raises(NameError):
        exec(namespace["made"], {})

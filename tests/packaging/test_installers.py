"""The Windows installer script, the macOS dmg script and the window probe, read or run
here (Inno Setup, hdiutil and the real windows are on the workflow's runners)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def inno_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in (PACKAGING / "windows" / "lsp-desktop.iss").read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_installer_is_per_user_with_one_shortcut_to_the_window_program():
    sections = inno_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"] if "=" in line)
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights asked
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith("{autopf}")  # the user's own Programs folder
    assert setup["UninstallDisplayIcon"] == "{app}\\{#WindowProgram}"
    shortcuts = [line for line in sections["Icons"] if "{group}" in line]
    assert len(shortcuts) == 1 and 'Filename: "{app}\\{#WindowProgram}"' in shortcuts[0]
    assert not any("cli" in line.lower() for line in sections["Icons"])
    text = (PACKAGING / "windows" / "lsp-desktop.iss").read_text("utf-8")
    assert '#define WindowProgram "LSP Desktop.exe"' in text
    assert "Uninstall" not in "".join(sections["Icons"])  # Settings > Apps removes it


def test_dmg_holds_the_app_and_a_link_to_applications():
    script = (PACKAGING / "macos" / "make-dmg.sh").read_text("utf-8")
    assert 'ln -s /Applications "$stage/Applications"' in script
    assert "ditto" in script and "hdiutil create" in script and "hdiutil verify" in script


@pytest.fixture
def probe_module(monkeypatch):
    spec = importlib.util.spec_from_file_location("probe_window",
                                                  PACKAGING / "probe_window.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "SETTLE_SECONDS", 0)
    return module


def stand_in(tmp_path: Path, body: str) -> Path:
    """A program that behaves as the built window program would under the probe."""
    program = tmp_path / "window-program"
    program.write_text(f"#!{sys.executable}\nimport os, sys\n{body}\n", encoding="utf-8")
    program.chmod(0o755)
    return program


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a script with #!")
def test_probe_accepts_a_window_that_was_shown_and_pictured(tmp_path, probe_module, capsys):
    program = stand_in(tmp_path, (
        "print('probe: first-window'); print('probe: window-ready', flush=True)\n"
        "open(os.environ['LSP_DESKTOP_PROBE_GRAB'], 'wb').write(b'png')\n"
        "assert os.environ['LSP_DESKTOP_HOME'] and os.environ['LSP_DESKTOP_PROBE']"))
    assert probe_module.run(program, tmp_path / "shots" / "window.png") == 0
    assert "window shown" in capsys.readouterr().out


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a script with #!")
@pytest.mark.parametrize("body", ["sys.exit(3)", "print('probe: window-ready')"])
def test_probe_refuses_a_program_that_failed_or_showed_nothing(tmp_path, probe_module, body):
    assert probe_module.run(stand_in(tmp_path, body), tmp_path / "window.png") == 1

"""The release workflow agrees with build.spec and passes actionlint.

The workflow runs on GitHub's Windows and macOS runners only; what can be checked here is
that it is valid and names the programs, packages and pins the spec and packaging/ make.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def test_workflow_passes_actionlint():
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip('actionlint is not installed (pip install ".[lint]")')
    result = subprocess.run([actionlint, str(WORKFLOW)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_starts_the_window_programs_the_spec_builds():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert 'python-version: "3.12"' in text
    assert "-c packaging/constraints.txt" in text
    # The window program is what gets started and photographed on every system.
    assert "dist/LSP Desktop/LSP Desktop.exe" in text
    assert "dist/LSP Desktop.app/Contents/MacOS/LSP Desktop" in text
    assert "packaging/probe_window.py" in text
    assert "dist/LSP Desktop/lsp-desktop-cli.exe" in text  # the renamed command line
    for runner in ("windows-latest", "macos-15", "macos-15-intel"):
        assert f"os: {runner}" in text
    assert "SHA256SUMS" in text and "startsWith(github.ref, 'refs/tags/v')" in text


def test_constraints_pin_versions_only():
    lines = [line.strip() for line in
             (ROOT / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines()]
    pins = [line for line in lines if line and not line.startswith("#")]
    assert pins and all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", pin)
                        for pin in pins), pins
    names = {pin.split("==")[0].lower().replace("_", "-") for pin in pins}
    assert {"pyinstaller", "pyside6-essentials", "pyside6-pdf", "pypdf"} <= names

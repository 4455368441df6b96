"""The types hold: mypy over lsp_desktop/, configured in pyproject.toml ([tool.mypy])."""

import importlib.util
import subprocess
import sys

import pytest

from tests import ROOT


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (pip install -e '.[test]')")
def test_mypy_finds_no_type_errors():
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-color-output"],
                            capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr

"""The tests: one package per package of lsp_desktop."""

from pathlib import Path

# The repository root: subprocesses run from here so that both packages import.
ROOT = Path(__file__).resolve().parent.parent

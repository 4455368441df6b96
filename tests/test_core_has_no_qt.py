"""The core never imports Qt: checks, workspace and bundle run without a screen."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import lsp_desktop

PACKAGE = Path(lsp_desktop.__file__).parent


def core_modules():
    for info in pkgutil.walk_packages([str(PACKAGE)], "lsp_desktop."):
        if not info.name.startswith("lsp_desktop.ui"):
            yield info.name


def test_no_core_source_mentions_pyside():
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names), path


def test_importing_every_core_module_loads_no_qt():
    modules = list(core_modules())
    assert "lsp_desktop.workspace" in modules and "lsp_desktop.checks.pdf" in modules
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"

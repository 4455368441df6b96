"""Tests share helpers through conftest.py or support modules, never by importing another
test file: a test file can then be renamed, split or deleted without breaking others, and
benchmarks and tools use the same helpers."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_file_imports_from_a_test_file():
    offenders = []
    for folder in ("tests", "benchmarks", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                offenders += [f"{path.relative_to(ROOT)} imports {name}" for name in names
                              if name.startswith("tests.")
                              and name.rpartition(".")[2].startswith("test_")]
    assert not offenders, "\n".join(offenders)

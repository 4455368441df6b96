"""The version is written once, in lsp_desktop/__init__.py, and pyproject reads it."""

import tomllib
from pathlib import Path

import lsp_desktop

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_takes_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "lsp_desktop.__version__"
    assert lsp_desktop.__version__.count(".") == 2

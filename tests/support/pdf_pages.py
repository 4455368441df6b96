"""A PDF's pages as PNG pictures in tests/output/, to look at and to measure."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests import ROOT

OUTPUT = ROOT / "tests" / "output"


def pdf_pages(pdf: bytes, name: str) -> list[Path]:
    OUTPUT.mkdir(exist_ok=True)
    target = OUTPUT / f"{name}.pdf"
    target.write_bytes(pdf)
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    for old in OUTPUT.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(target), str(OUTPUT / name)],
                   check=True)
    return sorted(OUTPUT.glob(f"{name}-*.png"))

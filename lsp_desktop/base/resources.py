"""Where the bundled resources (catalogues, translations, icons) live.

A PyInstaller build unpacks them beside the executable; a source checkout keeps them
at the repository root.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def catalogs_dir() -> Path:
    return resources_dir() / "catalogs"


DEFAULT_CATALOG_ID = "se-007-bnsp-iv-2025"


def default_catalog_path() -> Path:
    return catalogs_dir() / f"{DEFAULT_CATALOG_ID}.toml"

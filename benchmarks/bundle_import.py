"""How fast a bundle whose manifest lists many people imports.

Run: python benchmarks/bundle_import.py [PEOPLE ...]   (default: 5000 50000)
Target: 5,000 people in under 2 s; the manifest's row limit (50,000, the spreadsheets'
MAX_ROWS) in under 15 s. Before the roster was written in one transaction, 5,000 people
took 18-19 s (one commit and one full re-read of the people table per person).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lsp_desktop.bundle.export import export_bundle  # noqa: E402
from lsp_desktop.bundle.importer import import_bundle  # noqa: E402
from lsp_desktop.store.workspace import open_workspace  # noqa: E402
from tests.hostile.zips import rewrite_bag  # noqa: E402


def crowd(count: int):
    def change(manifest: dict) -> dict:
        manifest["data"]["people"] = [{"nama": f"Peserta {i}", "peran": "pelaksana",
                                       "nik": f"{3171000000000000 + i}"} for i in range(count)]
        return manifest
    return change


def main() -> int:
    counts = [int(a) for a in sys.argv[1:]] or [5000, 50_000]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        os.environ["LSP_DESKTOP_HOME"] = str(base / "home")
        with open_workspace(base / "kosong.lspws") as ws:
            ws.set_profile(name="LSP Benchmark", lsp_type="P3", category="lainnya")
            empty = export_bundle(ws, base / "kosong.zip", allow_incomplete=True).path
        for count in counts:
            bundle = rewrite_bag(empty, base / f"orang-{count}.zip", crowd(count))
            start = time.perf_counter()
            import_bundle(bundle, base / f"orang-{count}.lspws")
            print(f"{count:>7} people: {time.perf_counter() - start:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

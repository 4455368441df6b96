"""What the core costs the window's start: the modules the window imports from below ui/
(the messages, the catalogue, the workspace), the catalogue read, the filled workspace
opened, and its first reads, after PySide6, a QApplication and the ui package are loaded as
the window has them.

Run: python benchmarks/core_start.py [--runs N]
Medians of N fresh processes (min-max), milliseconds, the app's modules compiled in a
private cache (as benchmarks/ui.py has them); then which of the core's modules those
imports loaded. benchmarks/start_breakdown.py times the whole window's start.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ui import filled_starts  # noqa: E402 - after the path is set

CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
import lsp_desktop.ui  # first, as in the window: PySide's reading of each module's source off
clock = time.perf_counter
begin = clock()
import lsp_desktop.messages as messages
imported_messages = clock()
import lsp_desktop.circulars.catalog as catalog
import lsp_desktop.store.workspace as store
imported = clock()
catalog.load_catalog()
loaded = clock()
workspace = store.open_workspace(Path(sys.argv[1]))
opened = clock()
workspace.profile(), workspace.last_change()
catalog.use_item_labels(workspace.catalog)
messages.phrase("Workspace", "id")
read = clock()
print(json.dumps({
    "messages imported": (imported_messages - begin) * 1000,
    "catalogue and workspace modules imported": (imported - imported_messages) * 1000,
    "catalogue read (load_catalog)": (loaded - imported) * 1000,
    "workspace opened (its catalogue read again)": (opened - loaded) * 1000,
    "profile, last change, item labels, a phrase": (read - opened) * 1000,
    "total": (read - begin) * 1000,
    "modules": sorted(name for name in sys.modules if name.startswith("lsp_desktop")),
}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args().runs
    samples = filled_starts(CHILD, runs)
    print(f"medians of {runs} starts (min-max), milliseconds")
    for step in samples[0]:
        if step != "modules":
            values = [sample[step] for sample in samples]
            print(f"{step:46s} {statistics.median(values):6.1f}  "
                  f"({min(values):.1f}-{max(values):.1f})")
    modules = samples[0]["modules"]
    print(f"{len(modules)} of our modules loaded: {', '.join(modules)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

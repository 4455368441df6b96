"""The start's work counted in instructions: a figure a busy machine cannot blur.

Run: python benchmarks/start_instructions.py      (needs valgrind; some 30 s)
benchmarks/ui.py times the window's start against a bare PySide6 window in wall time, the
figure the admin lives with; on a shared virtual machine it moves by a tenth or more from
one run to the next. Here the same two programs (ui.py's BARE and FULL, the full one
ending at its checklist's first paint) run under valgrind's callgrind, which counts every
instruction each executes: the same code gives the same count, so a change of a few
milliseconds shows. The count is no time (it leaves out the disk, the caches, the page
faults: the wall-time ratio is higher); it says whether the start's own work grew.
Each program runs once unmeasured first (compiling the modules, reading the disk). Also
counted: start_breakdown.py's plain Qt window of the same parts with no code of the app.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.start_breakdown import PLAIN  # noqa: E402 - after the path is set
from benchmarks.ui import BARE, FULL, filled_workspace  # noqa: E402

# The full program ends at its first paint, where ui.py's clock stops: what follows (the
# states read on a worker, the item's panel) is not what the admin waits for.
TO_FIRST_PAINT = FULL.replace('print("shown", flush=True)',
                              'print("shown", flush=True)\n    import os\n    os._exit(0)')


def instructions(code: str, env: dict[str, str], *args: str) -> int:
    with tempfile.TemporaryDirectory() as name:
        out = Path(name) / "callgrind.out"
        result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                                 sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=600)
    found = re.search(r"Collected\s*:\s*(\d+)", result.stderr)
    if result.returncode != 0 or found is None:
        raise SystemExit(f"the start failed under valgrind:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("needs valgrind (apt install valgrind)", file=sys.stderr)
        return 2
    assert TO_FIRST_PAINT != FULL
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env, workspace = filled_workspace(folder)
        full_args = (str(workspace), str(folder / "s.ini"))
        counts = {}
        for label, code, args in (("bare", BARE, ()), ("plain", PLAIN, ()),
                                  ("full", TO_FIRST_PAINT, full_args)):
            instructions(code, env, *args)  # unmeasured: modules compiled, files read
            counts[label] = instructions(code, env, *args)
    bare, plain, full = counts["bare"], counts["plain"], counts["full"]
    print(f"bare PySide6 window painted:    {bare / 1e6:8.0f} million instructions")
    print(f"plain Qt window, same parts:    {plain / 1e6:8.0f} million ({plain / bare:.2f}x)")
    print(f"LSP Desktop, all items filled:  {full / 1e6:8.0f} million instructions "
          "(to the checklist's first paint)")
    print(f"  ratio to the bare window:     {full / bare:8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

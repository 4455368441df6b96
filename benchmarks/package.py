"""How big the built app is, and how fast it shows its window, next to a bare PySide6 app.

Run: .venv/bin/python benchmarks/package.py [--runs N] [--keep DIR]
Needs: pip install -e ".[build]" and the `zip` command. Takes a few minutes.

Builds, in a temporary folder, (1) a bare PySide6 window (QApplication + QMainWindow)
with PyInstaller's defaults, one folder, and (2) the app with build.spec. Prints both
folder sizes, both `zip -9` sizes, the ten largest files of each, and the median time
from starting the executable (offscreen) to its first painted window, and (the app) to
its workspace window with every item filled (tests/fill.py, as benchmarks/ui.py opens),
painted with its checklist.
Budget: the app's zip no larger than the bare build's; its first window within 1.4x; its
workspace window within 1.5x the bare window (issue 21), each the median of the ratios of
the alternated pairs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
# What an admin double-clicks (build.spec): the one program on Linux, the window program
# beside the command line on Windows and macOS.
APP_PROGRAM = "lsp-desktop" if sys.platform.startswith("linux") else f"LSP Desktop{EXE}"
WINDOW_LIMIT = 1.4
READY_LIMIT = 1.5
TIMEOUT = 60

# The bare window reports its first paint exactly as the app's LSP_DESKTOP_PROBE does: a
# filter on the window itself, not on the whole application (see ui/probe.py).
BARE = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint \\
                and isinstance(watched, QMainWindow):
            self.done = True
            QTimer.singleShot(0, lambda: (print("probe: first-window", flush=True),
                                          app.quit()))
        return False

app = QApplication(sys.argv)
probe = FirstPaint()
window = QMainWindow()
window.setWindowTitle("bare")
if os.environ.get("LSP_DESKTOP_PROBE"):
    window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def pyinstaller(*args: str, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN",
                    *args], cwd=cwd, check=True)
    return time.perf_counter() - start


def files_of(folder: Path) -> list[tuple[int, str]]:
    """Real files only: the symlinks PyInstaller makes are kept as links by `zip -y`."""
    return [(path.stat().st_size, str(path.relative_to(folder)))
            for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]


def zipped_size(folder: Path, out: Path) -> int:
    subprocess.run(["zip", "-9", "-q", "-r", "-y", str(out), folder.name], cwd=folder.parent,
                   check=True)
    return out.stat().st_size


def first_window(executable: Path, home: Path) -> tuple[float, float]:
    """Seconds from starting the executable to its first painted window, and to the
    painted workspace window (offscreen). The app first shows a start window in the
    window's place (ui/launch.py); the bare build's one window is both."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LSP_DESKTOP_PROBE="0",
               LSP_DESKTOP_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    start = time.perf_counter()
    process = subprocess.Popen([str(executable)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        first = ready = None
        for line in process.stdout:
            if line.startswith("probe: first-window"):
                first = time.perf_counter() - start
                if "bare" in executable.name:
                    ready = first
            elif line.startswith("probe: window-ready"):
                ready = time.perf_counter() - start
            if first is not None and ready is not None:
                break
        else:
            raise RuntimeError(f"{executable} never reported its window")
        process.wait(TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
    if process.returncode != 0:
        raise RuntimeError(f"{executable} exited with {process.returncode}")
    return first, ready


def _filled_workspace(data: Path) -> None:
    """Every item filled, where the app opens at start (its home's default workspace), as
    benchmarks/ui.py fills the one it opens: the start the admin waits for at a deadline."""
    sys.path.insert(0, str(ROOT))
    from lsp_desktop.base.paths import WORKSPACE_SUFFIX
    from lsp_desktop.store.workspace import open_workspace
    from tests.fill import fill_everything

    data.mkdir(parents=True, exist_ok=True)
    with open_workspace(data / f"workspace{WORKSPACE_SUFFIX}") as workspace:
        fill_everything(workspace)


def mb(size: int) -> str:
    return f"{size / 1e6:6.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="window starts per build")
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a "
                                                  "temporary folder, removed afterwards)")
    options = parser.parse_args()
    if shutil.which("zip") is None:
        print("needs the `zip` command", file=sys.stderr)
        return 2
    work = options.keep or Path(tempfile.mkdtemp(prefix="lsp-package-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return measure(work, options.runs)
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def measure(work: Path, runs: int) -> int:
    (work / "bare_window.py").write_text(BARE, encoding="utf-8")
    bare_seconds = pyinstaller("--onedir", "--distpath", str(work / "dist"),
                               "--workpath", str(work / "build-bare"),
                               "--specpath", str(work), str(work / "bare_window.py"), cwd=work)
    app_seconds = pyinstaller("--distpath", str(work / "dist"),
                              "--workpath", str(work / "build-app"),
                              str(ROOT / "build.spec"), cwd=ROOT)
    builds = {
        "bare PySide6": (work / "dist" / "bare_window", f"bare_window{EXE}", bare_seconds),
        "LSP Desktop": (work / "dist" / "LSP Desktop", APP_PROGRAM, app_seconds),
    }
    print(f"PyInstaller {_pyinstaller_version()}, Python {sys.version.split()[0]}, "
          f"{sys.platform}, {os.cpu_count()} cores")
    results = {}
    for label, (folder, _exe, seconds) in builds.items():
        files = files_of(folder)
        archive = zipped_size(folder, work / f"{folder.name}.zip")
        results[label] = {"folder": sum(size for size, _ in files), "zip": archive}
        print(f"\n{label}: built in {seconds:.0f} s, {folder.name}/ {mb(results[label]['folder'])}"
              f" in {len(files)} files, zip -9 {mb(archive)}")
        for size, name in sorted(files, reverse=True)[:10]:
            print(f"  {mb(size)}  {name}")

    # Alternate the two so that a busy moment of the machine hits both alike; one
    # unmeasured start each first, to fill the disk cache.
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in builds}
    _filled_workspace(work / "home-LSP Desktop" / "data")
    for run in range(runs + 1):
        for label, (folder, exe, _) in builds.items():
            elapsed = first_window(folder / exe, work / f"home-{folder.name}")
            if run:
                times[label].append(elapsed)
    for index, title, key in ((0, "First window", "window"),
                              (1, "Workspace window ready", "ready")):
        print(f"\n{title}, offscreen, median of {runs} starts (min-max):")
        for label, pairs in times.items():
            values = [pair[index] for pair in pairs]
            results[label][key] = statistics.median(values)
            print(f"  {label:13s} {results[label][key]:.3f} s  "
                  f"({min(values):.3f}-{max(values):.3f})")

    bare, app = results["bare PySide6"], results["LSP Desktop"]
    zip_ok = app["zip"] <= bare["zip"]
    # The median of each alternated pair's ratio (as benchmarks/ui.py judges): a shared
    # machine slows for seconds at a time, and a pair started back to back shares it.
    from benchmarks.ui import pair_ratio  # the project is on the path (_filled_workspace)

    theirs, mine = times["bare PySide6"], times["LSP Desktop"]
    ratio = pair_ratio([t[0] for t in theirs], [t[0] for t in mine])
    window_ok = ratio <= WINDOW_LIMIT
    ready_ratio = pair_ratio([t[1] for t in theirs], [t[1] for t in mine])
    ready_ok = ready_ratio <= READY_LIMIT
    print(f"\nBudget: app zip {mb(app['zip']).strip()} <= bare zip {mb(bare['zip']).strip()}: "
          f"{'yes' if zip_ok else 'NO'}")
    print(f"Budget: app first window {ratio:.2f}x the bare one (limit {WINDOW_LIMIT}x): "
          f"{'yes' if window_ok else 'NO'}")
    print(f"Budget: the filled workspace's window painted at {ready_ratio:.2f}x the bare window "
          f"(limit {READY_LIMIT}x): {'yes' if ready_ok else 'NO'}")
    return 0 if zip_ok and window_ok and ready_ok else 1


def _pyinstaller_version() -> str:
    from PyInstaller import __version__

    return __version__


if __name__ == "__main__":
    sys.exit(main())

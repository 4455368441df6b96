"""Start the built window program the way an admin would, and prove its window came up.

Used by .github/workflows/build.yml after each build:

    python packaging/probe_window.py "dist/LSP Desktop/LSP Desktop.exe" shots/window.png

The program runs with LSP_DESKTOP_PROBE (lsp_desktop/ui/probe.py) and a fresh data
folder: it reports its first window and the workspace window, saves a picture of that
window (Qt's own rendering of it), and quits. While it is open, the whole screen is
photographed too on Windows and macOS (`<name>-screen.png`), which shows the real window
as the system drew it. Exit status 0 when the window was shown; the report is printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SHOW_SECONDS = 8  # the window stays open this long, so the screen can be photographed
TIMEOUT = 180  # a first start on a cold runner (antivirus, Gatekeeper) can take a while
SETTLE_SECONDS = 2  # after the window is ready, before the screen is photographed

WINDOWS_SCREENSHOT = (
    "Add-Type -AssemblyName System.Windows.Forms,System.Drawing;"
    "$b=[System.Windows.Forms.SystemInformation]::VirtualScreen;"
    "$i=New-Object System.Drawing.Bitmap $b.Width,$b.Height;"
    "$g=[System.Drawing.Graphics]::FromImage($i);"
    "$g.CopyFromScreen($b.Left,$b.Top,0,0,$i.Size);"
    "$i.Save($env:SHOT_PATH,[System.Drawing.Imaging.ImageFormat]::Png)"
)


def photograph_screen(path: Path) -> None:
    """Best effort: a runner without a desktop session gives no picture, not a failure."""
    if sys.platform == "darwin":
        command = ["screencapture", "-x", str(path)]
    elif sys.platform == "win32":
        command = ["powershell", "-NoProfile", "-Command", WINDOWS_SCREENSHOT]
    else:
        return
    result = subprocess.run(command, capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, SHOT_PATH=str(path)))
    print(f"screen photograph: {path if path.exists() else 'none'} "
          f"(exit {result.returncode}) {result.stderr.strip()[-300:]}")


def run(program: Path, picture: Path) -> int:
    picture.parent.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="lsp-probe-"))
    env = dict(os.environ, LSP_DESKTOP_PROBE=str(SHOW_SECONDS),
               LSP_DESKTOP_PROBE_GRAB=str(picture), LSP_DESKTOP_HOME=str(home / "data"))
    if not env.get("QT_QPA_PLATFORM"):  # empty: the system's own platform, as for an admin
        env.pop("QT_QPA_PLATFORM", None)
    started = time.monotonic()
    process = subprocess.Popen([str(program)], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, env=env)
    lines: list[str] = []
    shown = threading.Event()  # the window is ready, or the program's output ended

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip())
            print(f"[{time.monotonic() - started:6.1f} s] {line.rstrip()}", flush=True)
            if line.startswith("probe: window-ready"):
                shown.set()
        shown.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if shown.wait(TIMEOUT) and process.poll() is None:
        time.sleep(SETTLE_SECONDS)  # let the system finish drawing first
        photograph_screen(picture.with_name(picture.stem + "-screen.png"))
    try:
        code = process.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        print(f"the window program did not quit within {TIMEOUT} s", file=sys.stderr)
        return 1
    reader.join(10)
    if code != 0:
        print(f"the window program exited with {code}", file=sys.stderr)
        return 1
    if not picture.is_file() or picture.stat().st_size == 0:
        print("the window program saved no picture of its window", file=sys.stderr)
        return 1
    if "probe: window-ready" not in lines:
        # A windowed program may have no standard output to write to; the picture above
        # still proves the window was painted.
        print("note: no probe lines on standard output; the window's picture was saved")
    print(f"window shown; picture: {picture} ({picture.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(run(Path(sys.argv[1]), Path(sys.argv[2])))

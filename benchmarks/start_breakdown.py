"""Where the start's milliseconds go: the filled workspace's window, step by step.

Run: python benchmarks/start_breakdown.py [--runs N] [--floor]
benchmarks/ui.py says how far the window is from the 1.5x target; this says why. The same
start as its FULL program (a filled workspace, offscreen, the app's modules compiled in a
private cache), with marks between the steps, medians of N starts (min-max):

- Python and PySide6 loaded, QApplication made: what the bare window costs too, less
  the compiling of PySide's support modules, which the app keeps (ui/support_code.py);
- our modules imported (``lsp_desktop.ui.app`` and all it pulls), with two costs inside
  it that are PySide's: making the Python enums of each Qt type on its first touch
  (``QStyle`` alone brings eleven), and PySide's ``__feature__`` hook, which reads the
  source of every module imported (a built app ships none, so it pays nothing there);
- the workspace opened and the window built (``Application.open``);
- from then to the checklist's first paint, and to the moment benchmarks/ui.py stops its
  clock (after that paint; the items' states are read after it).
``--floor`` also times, alternately, the bare window and a plain Qt window of the same
parts without any code of the app: what of the 1.5x any window of this shape takes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ui import (  # noqa: E402 - after the path is set
    BARE,
    FIRST_PAINT,
    child_environment,
    filled_starts,
    time_to_window,
)

# The floor under the target: a window of the same parts made of Qt alone (a menu with
# shortcuts, a header with a progress bar, a search box, a 32-row tree of wrapped titles
# with a status column, a splitter, a status bar), no code of the app, no workspace. What
# it takes over the bare window is what any real window of this shape pays (the Qt
# namespace's enums, the fonts, the text's layout and paint); the rest is the app's.
PLAIN = FIRST_PAINT + """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QMainWindow, QProgressBar,
                               QScrollArea, QSplitter, QTreeView, QVBoxLayout, QWidget)
app = QApplication(sys.argv)
shown = lambda: (print("shown", flush=True), app.quit())
window = QMainWindow()
menu = window.menuBar().addMenu("&Berkas")
for number in range(10):
    action = QAction(f"Perintah {number}", window)
    action.setShortcut(QKeySequence(f"Ctrl+{number}"))
    menu.addAction(action)
central = QWidget()
column = QVBoxLayout(central)
column.addWidget(QLabel("LSP Contoh — Surat Edaran SE.007/BNSP/IV/2025"))
progress = QProgressBar()
progress.setRange(0, 17)
column.addWidget(progress)
splitter = QSplitter(Qt.Orientation.Horizontal)
left = QWidget()
QVBoxLayout(left).addWidget(QLineEdit())
tree = QTreeView()
model = QStandardItemModel(0, 2)
for group in range(4):
    parent = QStandardItem(f"Kelompok {group}")
    for row in range(8):
        parent.appendRow([QStandardItem(f"2.{group}.{row} Dokumen persyaratan dengan judul "
                                        "yang cukup panjang"), QStandardItem("memeriksa…")])
    model.appendRow([parent, QStandardItem("")])
tree.setModel(model)
tree.setWordWrap(True)
tree.expandAll()
left.layout().addWidget(tree)
splitter.addWidget(left)
splitter.addWidget(QScrollArea())
column.addWidget(splitter)
window.setCentralWidget(central)
window.statusBar().showMessage("siap")
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""

CHILD = """
import time
started = time.perf_counter()
import enum, sys
marks, enums = {}, [0.0, 0]
made = enum.EnumType._create_

def timed_create(cls, *args, **kwargs):
    begin = time.perf_counter()
    try:
        return made(cls, *args, **kwargs)
    finally:
        enums[0] += time.perf_counter() - begin
        enums[1] += 1

enum.EnumType._create_ = timed_create

def mark(name):
    marks[name] = (time.perf_counter() - started) * 1000

from pathlib import Path
import lsp_desktop.ui  # first, as lsp-desktop starts: PySide's support code kept
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
mark("qt")
enums_before = list(enums)
import shibokensupport.feature as feature
checked, feature_ms = feature._mod_uses_pyside, [0.0]

def timed_check(module):
    begin = time.perf_counter()
    try:
        return checked(module)
    finally:
        feature_ms[0] += time.perf_counter() - begin

feature._mod_uses_pyside = timed_check

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            mark("paint")
            QTimer.singleShot(0, shown)
        return False

def shown():
    mark("shown")
    marks["modules"] = sum(name.startswith("lsp_desktop") for name in sys.modules)
    marks["enum_ms"] = (enums[0] - enums_before[0]) * 1000
    marks["enum_count"] = enums[1] - enums_before[1]
    marks["feature_ms"] = feature_ms[0] * 1000
    print(json.dumps(marks), flush=True)
    app.quit()

import json
from lsp_desktop.ui.app import Application
mark("imported")
application = Application(app, QSettings(sys.argv[2], QSettings.Format.IniFormat))
application.install_language("id")
application.open(Path(sys.argv[1]))
mark("opened")
application.window.installEventFilter(FirstPaint(application.window))
app.exec()
"""

STEPS = (("Python, PySide6, QApplication (as the bare window)", lambda m: m["qt"]),
         ("our modules imported", lambda m: m["imported"] - m["qt"]),
         ("  of which Qt enums made on first touch", lambda m: m["enum_ms"]),
         ("  of which PySide's __feature__ source reads", lambda m: m["feature_ms"]),
         ("workspace opened, window built", lambda m: m["opened"] - m["imported"]),
         ("to the checklist's first paint", lambda m: m["paint"] - m["opened"]),
         ("to the end of that turn (ui.py's clock)", lambda m: m["shown"] - m["paint"]),
         ("total", lambda m: m["shown"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--floor", action="store_true",
                        help="also time the bare window and a plain Qt window of the same "
                             "parts, alternately: the floor under the 1.5x target")
    options = parser.parse_args()
    runs = options.runs
    samples = filled_starts(CHILD, runs, settings=True)
    print(f"medians of {runs} starts (min-max), milliseconds; "
          f"{samples[0]['modules']} of our modules, {samples[0]['enum_count']} Qt enums made")
    for title, value in STEPS:
        values = [value(sample) for sample in samples]
        print(f"{title:52s} {statistics.median(values):6.1f}  "
              f"({min(values):.1f}-{max(values):.1f})")
    if options.floor:
        floor(runs)
    return 0


def floor(runs: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        env = child_environment(Path(name) / "pycache")
        bare: list[float] = []
        plain: list[float] = []
        for run in range(runs + 1):  # the first of each fills the caches, unmeasured
            first_bare, _ = time_to_window(BARE, env)
            first_plain, _ = time_to_window(PLAIN, env)
            if run:
                bare.append(first_bare * 1000)
                plain.append(first_plain * 1000)
    ratio = statistics.median(plain) / statistics.median(bare)
    print(f"bare PySide6 window painted                          {statistics.median(bare):6.1f}")
    print(f"plain Qt window of the same parts, no app code       "
          f"{statistics.median(plain):6.1f}  ({ratio:.2f}x the bare window)")


if __name__ == "__main__":
    sys.exit(main())

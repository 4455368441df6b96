"""What the admin waits for at start is the checklist: the window is built without the
code of the rarely used work (PDFs, pictures, spreadsheets, bundles, fixes), and the item
panel only once the list is on screen. The figures: benchmarks/ui.py."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.panels.profile import ProfilePanel
from lsp_desktop.ui.panels.welcome import WelcomePanel
from lsp_desktop.ui.shell.main_window import MainWindow
from lsp_desktop.ui.tasks import ImmediatePool
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from tests.fill import fill_everything

ROOT = Path(__file__).resolve().parents[2]

# Modules a start must not load: libraries of files and the app's work on them. A name
# stands for itself and everything under it.
HEAVY = ("pypdf", "PIL", "openpyxl", "fpdf", "PySide6.QtPdf", "lsp_desktop.fixing",
         "lsp_desktop.bundle", "lsp_desktop.tables", "lsp_desktop.intake",
         "lsp_desktop.cli", "lsp_desktop.status.chase", "lsp_desktop.ui.dialogs.merge_dialog",
         "lsp_desktop.ui.dialogs.chase_dialog", "lsp_desktop.ui.shell.merge_actions",
         "lsp_desktop.ui.shell.bundle_actions", "lsp_desktop.ui.panels.requirement",
         "lsp_desktop.ui.panels.people_editors", "lsp_desktop.ui.widgets.preview")

# Modules the checklist's first paint does without: loaded once it is on screen (the
# keyboard's application-wide filter, the items' states read on a worker, a text field's
# undo keys), or when first used (attaching a file, a data panel's rows).
AFTER_PAINT = ("lsp_desktop.ui.keyboard", "lsp_desktop.ui.dialogs.prompts", "html", "queue",
               "lsp_desktop.ui.jobs", "lsp_desktop.status", "lsp_desktop.ui.batch",
               "lsp_desktop.store.records", "lsp_desktop.store.participant",
               "lsp_desktop.store.changes", "lsp_desktop.store.followed_circular",
               "lsp_desktop.ui.shell.undo_keys", "lsp_desktop.ui.widgets.drop_zone",
               "lsp_desktop.ui.widgets.pdf_drawing", "lsp_desktop.ui.widgets.text", "ctypes",
               # the texts the list does not say (messages/table.py loads them on a miss),
               # the shaping of a message's values, and what only checking a file needs
               "lsp_desktop.messages.texts_cli", "lsp_desktop.messages.texts_files",
               "lsp_desktop.messages.texts_readme", "lsp_desktop.messages.value_shapes",
               "lsp_desktop.checks")
# Qt types the first paint does without: PySide makes a type, and every enum in it, the
# first time Python touches it (QStyle alone has eleven enums, some hundred members each).
# A type appears in its module's namespace once made. ``Qt`` is the namespace of 94 enums
# (Qt.AlignmentFlag, Qt.ItemDataRole…), some 14 ms: the first frame sets what it needs by
# property or as ints (ui/qt_values.py).
UNMADE_AT_PAINT = ("PySide6.QtWidgets.QStyle", "PySide6.QtWidgets.QMessageBox",
                   "PySide6.QtWidgets.QFileDialog", "PySide6.QtGui.QDesktopServices",
                   "PySide6.QtCore.Qt")

# The real start of the window on a filled workspace, run until the start's item panel
# is shown; then it says which panels exist, which heavy modules were loaded, and which
# of AFTER_PAINT were loaded when the checklist was first painted.
START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
heavy, after_paint = json.loads(sys.argv[3]), json.loads(sys.argv[4])

def loaded(names):
    return sorted(name for name in sys.modules
                  if any(name == n or name.startswith(n + ".") for n in names))

def made(types):
    return [name for name in types
            if name.rpartition(".")[2] in vars(sys.modules[name.rpartition(".")[0]])]

class FirstPaint:
    seen = None
    def painted(self):  # told by the list itself: asking for its viewport makes types
        if self.seen is None:
            self.seen = loaded(after_paint) + made(json.loads(sys.argv[5]))
            model, view = window.model, window.checklist
            groups = [model.index(row, 0) for row in range(model.rowCount())
                      if model.hasChildren(model.index(row, 0))]
            self.groups_open = bool(groups) and all(view.isExpanded(g) for g in groups)

from lsp_desktop.ui.app import Application
store = QSettings(sys.argv[2], QSettings.Format.IniFormat)
store.setValue("welcome/seen", True)
application = Application(app, store)
application.install_language("id")
assert application.open(Path(sys.argv[1]))
window = application.window
probe = FirstPaint()
window.checklist.firstPainted.connect(probe.painted)
for _ in range(1000):
    if not window.start_panel_pending() and probe.seen is not None:
        break
    app.processEvents()
print(json.dumps({
    "panel": type(window.detail.widget()).__name__,
    "loaded": loaded(heavy),
    "at_paint": probe.seen,
    "groups_open": probe.groups_open,
}))
window.close()
window.controller.close()
"""


def _filled(path: Path) -> Path:
    with open_workspace(path) as ws:
        fill_everything(ws)
    return path


def _panels(window) -> list[QWidget]:
    return [widget for widget in window.findChildren(QWidget)
            if type(widget).__module__.startswith("lsp_desktop.ui.panels.")]


def test_the_start_loads_no_heavy_module(tmp_path):
    workspace = _filled(tmp_path / "full.lspws")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LSP_DESKTOP_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", START, str(workspace),
                             str(tmp_path / "settings.ini"), json.dumps(HEAVY),
                             json.dumps(AFTER_PAINT), json.dumps(UNMADE_AT_PAINT)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said["panel"] == "ProfilePanel"  # the start went as far as the item panel
    assert said["loaded"] == []
    assert said["at_paint"] == []  # the checklist was painted without them
    assert said["groups_open"]  # every group open in that first paint


def test_the_status_column_takes_the_styles_margin_once_on_screen(qapp, qtbot, tmp_path):
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    application = _application(qapp, tmp_path)
    view = application.window.checklist
    qtbot.waitUntil(lambda: view._text_margin is not None)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    widest = max(view.fontMetrics().horizontalAdvance(part)
                 for text in application.window.model.status_texts()
                 for part in text.split(", "))
    assert view.header().sectionSize(1) == widest + option.decorationSize.width() + \
        6 * margin + 8
    application.window.close()
    application.window.controller.close()


def _application(qapp, tmp_path, seen: bool = True) -> Application:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("welcome/seen", seen)
    application = Application(qapp, store, ImmediatePool())
    application.install_language("id")
    assert application.open(tmp_path / "ws.lspws")
    return application


def test_the_item_panel_is_built_once_the_checklist_is_shown(qapp, qtbot, tmp_path):
    application = _application(qapp, tmp_path)
    window = application.window
    # The list is there with the profile chosen; no panel has been built yet.
    assert window.current_requirement() == PROFILE_ID
    assert len(window.model.rows) > 10 and window.checklist.isVisible()
    assert _panels(window) == [] and window.detail.widget() is None
    qtbot.waitUntil(lambda: not window.start_panel_pending())
    assert isinstance(window.detail.widget(), ProfilePanel)
    assert window.detail.widget().isVisible()
    assert len(_panels(window)) == 1
    # A later choice builds its panel at once, and only that one.
    window.select("npwp")
    assert type(window.panel).__name__ == "RequirementPanel"
    assert window.detail.widget() is window.panel
    window.select("siapkerja")
    assert window.detail.widget() is window.panel and window.panel.isVisible()
    window.select(PROFILE_ID)
    assert isinstance(window.panel, ProfilePanel)
    window.close()
    window.controller.close()


def test_the_panel_is_there_for_whoever_asks_before_the_first_paint(qapp, tmp_path):
    application = _application(qapp, tmp_path)
    controller = application.window.controller
    application.window.close()
    window = MainWindow(controller, application.settings)  # never shown
    assert window.start_panel_pending()
    assert isinstance(window.panel, ProfilePanel)  # built on demand
    assert window.detail.widget() is window.panel and not window.start_panel_pending()
    window.focus_panel()
    window.deleteLater()
    controller.close()


def test_a_first_start_shows_the_welcome_and_builds_no_other_panel(qapp, qtbot, tmp_path):
    application = _application(qapp, tmp_path, seen=False)
    window = application.window
    assert isinstance(window.detail.widget(), WelcomePanel)
    assert not window.start_panel_pending()
    qtbot.wait(50)  # the window painted: still the welcome alone
    assert [type(panel) for panel in _panels(window)] == [WelcomePanel]
    window.close()
    window.controller.close()

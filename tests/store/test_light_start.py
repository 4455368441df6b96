"""What the window takes from the core before its checklist is painted (the messages, the
catalogue, the workspace opened and its profile read) loads no check, no json and none of
the tables of words the checklist does not say: benchmarks/core_start.py times it."""

import json
import subprocess
import sys

from lsp_desktop.store.workspace import open_workspace
from tests import ROOT
from tests.fill import fill_everything

# The start's work in a fresh process; what it loaded is noted before json is imported to
# print it.
START = """
import sys
from pathlib import Path
import lsp_desktop.messages as messages
from lsp_desktop.circulars.catalog import use_item_labels
from lsp_desktop.store.workspace import open_workspace
workspace = open_workspace(Path(sys.argv[1]))
profile, change = workspace.profile(), workspace.last_change()
use_item_labels(workspace.catalog)
said = messages.phrase("Attach files", "id")
later = sorted(name for name in sys.modules if name.startswith((
    "json", "lsp_desktop.checks", "lsp_desktop.circulars.library",
    "lsp_desktop.messages.texts_cli", "lsp_desktop.messages.texts_files",
    "lsp_desktop.messages.value_shapes")))
workspace.close()
import json
print(json.dumps({"name": profile.name, "said": said, "later": later}))
"""


def test_opening_a_filled_workspace_loads_no_check_and_no_json(tmp_path):
    path = tmp_path / "penuh.lspws"
    with open_workspace(path) as workspace:
        fill_everything(workspace)
        name = workspace.profile().name
    result = subprocess.run([sys.executable, "-c", START, str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said["name"] == name and said["said"] == "Lampirkan berkas"
    assert said["later"] == []

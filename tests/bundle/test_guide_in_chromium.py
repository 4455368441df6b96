"""The upload guide in a real browser: headless Chromium opens it from the unzipped bundle
by its file:// address and runs its script under its own Content-Security-Policy.
Skipped where Chromium is not installed (Debian: apt-get install chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.guide import GUIDE_NAME
from tests.fill import fill_everything

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser",
                                                "google-chrome"))), None)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_page_runs_offline_in_chromium_without_an_error(workspace, tmp_path):
    fill_everything(workspace)
    result = export_bundle(workspace, tmp_path / "b.zip")
    with zipfile.ZipFile(result.path) as archive:
        archive.extractall(tmp_path / "unzipped")
    page = tmp_path / "unzipped" / result.top / GUIDE_NAME
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                           f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr",
                           "--v=0", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    # The script filled in the count of tick boxes: it ran, under the page's CSP.
    count = re.search(r'id="progress"[^>]*>(\d+) dari (\d+) selesai<', done.stdout)
    assert count and count.group(1) == "0" and int(count.group(2)) >= 15, done.stdout[-500:]
    assert "Uncaught" not in done.stderr, done.stderr[-2000:]

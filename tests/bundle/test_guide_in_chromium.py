"""The upload guide in a real browser: headless Chromium opens it from the unzipped bundle
by its file:// address, runs its script under its own Content-Security-Policy, remembers
the ticks across a reload and a restart of the browser, and copies a value.
Skipped where Chromium is not installed (Debian: apt-get install chromium)."""

from __future__ import annotations

import time
import zipfile

import pytest

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.guide import GUIDE_NAME
from tests.bundle.chromium import CHROMIUM, Browser
from tests.fill import FOLDER, fill_everything

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

PROGRESS = "document.getElementById('progress').textContent"


@pytest.fixture
def page(workspace, tmp_path):
    fill_everything(workspace)
    result = export_bundle(workspace, tmp_path / "b.zip")
    with zipfile.ZipFile(result.path) as archive:
        archive.extractall(tmp_path / "unzipped")
    return (tmp_path / "unzipped" / result.top / GUIDE_NAME).as_uri()


def _browser(tmp_path):
    return Browser(tmp_path / "profil-peramban")


def test_ticks_survive_a_reload_and_a_restart_and_point_to_where_to_go_on(page, tmp_path):
    browser = _browser(tmp_path)
    try:
        browser.open(page)
        total = browser.js("document.querySelectorAll('input.tick').length")
        assert browser.js(PROGRESS) == f"0 dari {total} selesai"
        browser.js("var b = document.querySelectorAll('input.tick');"
                   "b[0].click(); b[1].click(); b[2].click();")
        assert browser.js(PROGRESS) == f"3 dari {total} selesai"
        # Chromium commits localStorage a moment after the page sets it: a reload in the
        # same instant (a busy machine) found none. A person reloads seconds later.
        browser.wait_stored()
        browser.reload()  # the connection dropped; the page opened again
        assert browser.js(PROGRESS) == f"3 dari {total} selesai"
        assert browser.js("document.querySelector('.entry.next input') === "
                          "document.querySelectorAll('input.tick')[3]")
        browser.wait_stored()
    finally:
        browser.close()
    browser = _browser(tmp_path)  # the browser closed and opened again
    try:
        browser.open(page)
        assert browser.js(PROGRESS) == f"3 dari {total} selesai"
        assert browser.js("[].map.call(document.querySelectorAll('input.tick'),"
                          " function (b) { return b.checked; }).slice(0, 4).join()"
                          ) == "true,true,true,false"
    finally:
        browser.close()


@pytest.mark.parametrize("clipboard_api", [True, False])
def test_a_copy_button_copies_the_drive_link_offline(page, tmp_path, clipboard_api):
    browser = _browser(tmp_path)
    try:
        browser.open(page)
        if clipboard_api:  # what reaches the clipboard, noted on the way
            browser.js("var write = navigator.clipboard.writeText.bind(navigator.clipboard);"
                       "navigator.clipboard.writeText = function (text) {"
                       " window.copied = text; return write(text); }")
        else:  # an older browser, or one that keeps the clipboard from file:// pages
            browser.js("Object.defineProperty(navigator, 'clipboard', {value: undefined});"
                       "document.addEventListener('copy', function () {"
                       " window.copied = document.activeElement.value; })")
        browser.js("[].filter.call(document.querySelectorAll('button.copy'), function (x) {"
                   f" return x.getAttribute('data-copy') === '{FOLDER}';"
                   " })[0].id = 'drive-copy'")
        browser.click("#drive-copy")
        time.sleep(0.3)
        assert browser.js("document.getElementById('drive-copy').textContent") == "Tersalin ✓"
        assert browser.js("window.copied") == FOLDER
    finally:
        browser.close()


def test_where_the_browser_refuses_the_clipboard_the_value_is_selected(page, tmp_path):
    browser = _browser(tmp_path)
    try:
        browser.open(page)
        # A click by a script, not a person: the browser refuses to copy.
        said = browser.js(
            "var b = document.querySelector('button.copy'); b.click();"
            " new Promise(function (done) { setTimeout(function () {"
            " done([b.textContent, String(window.getSelection()),"
            " b.getAttribute('data-copy')]); }, 300); })")
        assert said[0] == "Pilih isiannya lalu tekan Ctrl+C" and said[1] == said[2], said
    finally:
        browser.close()

"""Berkas > Panduan unggah…, and the words that say what the bundle is: it carries what
the BNSP form needs, entered file by file and field by field; it is not itself uploaded."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from PySide6.QtGui import QDesktopServices

from lsp_desktop.base.view_copies import view_copy_folder
from lsp_desktop.bundle.guide import GUIDE_NAME
from lsp_desktop.ui.shell import bundle_actions
from tests.bundle.html_page import Page
from tests.fill import fill_everything
from tests.ui.driving import click_menu, wait_idle


@pytest.fixture
def opened(monkeypatch):
    urls: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: urls.append(Path(url.toLocalFile())) or True)
    return urls


def test_the_menu_opens_the_guide_of_the_workspace_with_its_files(app_window, qtbot, opened):
    window = app_window.window
    fill_everything(window.controller.workspace)
    window.controller.refresh_all()
    wait_idle(qtbot, app_window)
    click_menu(window, "uploadGuide")
    wait_idle(qtbot, app_window)
    [page_path] = opened
    assert page_path.name == GUIDE_NAME
    assert view_copy_folder() in page_path.parents  # private, removed when the app ends
    page = Page(page_path.read_text("utf-8"))
    assert "Panduan unggah" in page.words and "bukan dari bundel" in page.words
    links = [a["href"] for a in page.all("a")]
    assert "data/2.09-npwp.pdf" in links
    for href in links:
        assert (page_path.parent / unquote(href)).is_file(), href
    if os.name == "posix":
        assert page_path.stat().st_mode & 0o777 == 0o600
        assert page_path.parent.stat().st_mode & 0o777 == 0o700
    assert "PANDUAN-UNGGAH.html" in window.notice_label.text()
    from lsp_desktop.base.view_copies import remove_own_view_copies

    remove_own_view_copies()  # as when the app ends: no KTP copy is left behind
    assert not page_path.parent.exists()


def test_the_guide_follows_the_windows_language(app_window, qtbot, opened):
    click_menu(app_window.window, "English")
    window = app_window.window
    click_menu(window, "uploadGuide")
    wait_idle(qtbot, app_window)
    page = Page(opened[-1].read_text("utf-8"))
    assert page.all("html")[0]["lang"] == "en" and "Upload guide" in page.words
    assert "NOT READY" in page.words  # an empty workspace: nothing is ready yet


def _words(html_text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html_text).split())


def test_the_window_says_the_bundle_is_not_itself_uploaded(app_window, qtbot, tmp_path,
                                                           monkeypatch):
    from lsp_desktop.ui.panels.welcome import WelcomePanel
    from lsp_desktop.ui.widgets.header import ReadyBanner

    welcome = WelcomePanel(tmp_path, portable=False)
    assert "berkas demi berkas dan kolom demi kolom" in welcome.text
    assert "tidak diunggah" in welcome.text and "untuk diunggah ke" not in welcome.text
    banner = ReadyBanner()
    circular = app_window.window.controller.catalog.circular
    for today in (circular.window_start, circular.window_end + dt.timedelta(days=400)):
        banner.show_ready(circular, today, "id")
        said = _words(banner.text.text())
        assert "berkas demi berkas dan kolom demi kolom" in said, today
        assert "tidak diunggah" in said and "unggah ke sistem informasi" not in said
    window = app_window.window
    fill_everything(window.controller.workspace)
    window.controller.refresh_all()
    wait_idle(qtbot, app_window)
    bundle_actions.export_bundle(window, tmp_path / "bundel.zip")
    wait_idle(qtbot, app_window)
    told = window.last_dialog.text.text()  # the box that says the bundle is written
    assert "tidak diunggah" in told and GUIDE_NAME in told

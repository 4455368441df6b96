"""Class 5, in the window: a circular's ``file:///…/evil.desktop`` training link is shown
as text; neither "Buka di peramban" nor the header's link opens it (the rule:
checks/links.openable_link, tested in tests/hostile/test_links.py)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def evil_link(app_window, monkeypatch):
    from tests.fill import fill_everything

    window = app_window.window
    circular = window.controller.catalog.circular
    monkeypatch.setattr(circular, "training_link", "file:///tmp/evil.desktop")
    fill_everything(window.controller.workspace)
    window.controller.refresh_all()
    return window


def test_the_training_panel_shows_a_file_link_as_text_and_does_not_open_it(
        evil_link, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QPushButton

    from lsp_desktop.ui.panels.extras import TrainingWidget

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    evil_link.today = dt.date(2025, 5, 20)
    widget = TrainingWidget(evil_link.controller, evil_link)
    button = next(b for b in widget.findChildren(QPushButton)
                  if b.text() == "Buka di peramban")
    assert not button.isEnabled()
    button.click()
    assert opened == [] and "file:///tmp/evil.desktop" in widget.next_label.text()


def test_the_header_shows_a_file_link_as_text_not_as_a_link(evil_link):
    evil_link.today = dt.date(2025, 5, 20)
    evil_link._update_header()
    banner = evil_link.header.banner.text.text()
    assert not evil_link.header.banner.isHidden()
    assert "file:///tmp/evil.desktop" in banner and "<a " not in banner


def test_after_the_circulars_time_the_warning_shows_a_file_link_as_text(evil_link):
    evil_link.today = dt.date(2026, 3, 17)  # the period is over: the notice is a warning
    evil_link._update_header()
    notice = evil_link.header.window_label.text()
    assert "file:///tmp/evil.desktop" in notice and "<a " not in notice


def test_markup_in_a_circular_link_is_shown_as_text(app_window, monkeypatch):
    from PySide6.QtCore import Qt

    window = app_window.window
    monkeypatch.setattr(window.controller.catalog.circular, "training_link",
                        '<a href="file:///x">klik</a>')
    window.today = dt.date(2026, 3, 17)
    window._update_header()
    label = window.header.window_label
    # After the circular's time the notice is a warning in colour (rich text): the link's
    # markup is escaped there, shown as the characters it is, never made a link.
    assert label.textFormat() == Qt.TextFormat.RichText
    assert "&lt;a href=" in label.text() and "<a " not in label.text()

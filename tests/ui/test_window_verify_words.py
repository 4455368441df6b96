"""File > Verify bundle… on a tampered bundle speaks of the bundle contents list, never of
a "manifest" (a word the admin does not know), in both languages."""

import pytest
from PySide6.QtWidgets import QFileDialog

from lsp_desktop.ui.shell import bundle_actions
from tests.bundle.tampered import tampered_bundles
from tests.ui.driving import click_menu, wait_idle


@pytest.mark.parametrize("lang", ["id", "en"])
def test_verify_in_the_window_names_the_bundle_contents_list(app_window, tmp_path, qtbot,
                                                             monkeypatch, lang):
    edited, shaped = tampered_bundles(tmp_path)
    if lang == "en":
        app_window.switch_language("en")
    window = app_window.window
    told = []
    monkeypatch.setattr(bundle_actions, "tell", lambda parent, title, text, ok, icon=None:
                        told.append(text))
    for bundle in (edited, shaped):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, b=bundle, **k: (str(b), "")))
        click_menu(window, "verifyBundle")
        wait_idle(qtbot, app_window)
    words = {"id": "daftar isi bundel", "en": "bundle contents list"}[lang]
    assert len(told) == 2 and all(words in text.lower() for text in told)
    assert "sisipan.pdf" in told[0]
    assert not any("manifest" in text.lower() for text in told)

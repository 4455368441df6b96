"""Pictures of the tables for a person to look at (tests/output/): the roster with a bad
cell, the assessor table with a row left out of 2.12 and a computed expiry, and 2.11's
per-assessor boxes, at 1366×768 and 1024×600."""

import pytest
from PySide6.QtCore import QSettings

from lsp_desktop.ui.app import Application
from lsp_desktop.ui.tasks import ImmediatePool
from tests.ui.screens import SIZES, clipped_widgets, fill_tables, open_tables_window


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", list(SIZES))
def test_screenshots_of_the_tables(qapp, tmp_path, output_dir, lang, size):
    window = open_tables_window(qapp, tmp_path, lang)
    window.resize(*SIZES[size])
    window.show()
    try:
        for item, name in (("siapkerja", "roster"), ("data-asesor", "assessors"),
                           ("berkas-asesor", "assessor-files")):
            window.select(item)
            for _ in range(3):
                qapp.processEvents()
            if item == "berkas-asesor":  # the boxes, not the Drive link above them
                window.detail.ensureWidgetVisible(window.panel.extra)
                qapp.processEvents()
            target = output_dir / f"tables-{name}-{size}-{lang}.png"
            assert window.grab().save(str(target))
            assert clipped_widgets(window) == []
    finally:
        window.close()
        window.controller.workspace.close()


def test_screenshot_of_the_roster_on_a_dark_palette(qapp, tmp_path, output_dir):
    from PySide6.QtWidgets import QApplication

    from tests.ui.driving import dark_palette

    path = tmp_path / "tables.lspws"
    fill_tables(path)
    original = QApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        application = Application(qapp, store, ImmediatePool())
        application.install_language("id")
        assert application.open(path)
        window = application.window
        window.resize(*SIZES["1366x768"])
        for item, name in (("siapkerja", "roster"), ("data-asesor", "assessors")):
            window.select(item)
            qapp.processEvents()
            assert window.grab().save(str(output_dir / f"tables-{name}-1366x768-id-dark.png"))
        window.close()
        window.controller.workspace.close()
    finally:
        QApplication.setPalette(original)

"""Issue F3, point 3: no Indonesian in the English window: 2.11 names the documents an
assessor still lacks in English, 2.12 names the role in English."""

import pytest
from PySide6.QtCore import QSettings

from lsp_desktop.ui.app import Application
from lsp_desktop.ui.tasks import ImmediatePool
from tests.ui.screens import OUTPUT, SIZES, fill_tables


@pytest.fixture
def english_window(qapp, tmp_path):
    path = tmp_path / "tables.lspws"
    fill_tables(path)  # Citra Dewi has her KTP only
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, ImmediatePool())
    application.install_language("en")
    assert application.open(path)
    window = application.window
    yield window
    window.close()
    window.controller.workspace.close()


def _settle(qapp):
    for _ in range(3):
        qapp.processEvents()


@pytest.mark.parametrize("size", list(SIZES))
def test_the_english_window_names_documents_and_roles_in_english(english_window, qapp,
                                                                 size):
    from PySide6.QtWidgets import QLabel

    window = english_window
    window.resize(*SIZES[size])
    window.show()
    window.select("berkas-asesor")
    _settle(qapp)
    said = window.panel.findings.text() + window.panel.extra.findings.text()
    assert "Citra Dewi (Technical competence certificate, Diploma (ijazah)" in said
    assert "Sertifikat Kompetensi Teknis" not in said
    window.detail.ensureWidgetVisible(window.panel.extra.findings)
    _settle(qapp)
    assert window.grab().save(str(OUTPUT / f"english-2.11-{size}.png"))
    window.select("data-asesor")
    _settle(qapp)
    texts = " ".join(label.text() for label in window.panel.findChildren(QLabel))
    assert "with the role Assessor." in texts and "role Asesor" not in texts
    assert window.grab().save(str(OUTPUT / f"english-2.12-{size}.png"))

"""Issue F3, point 3: no Indonesian in the English window: 2.11 names the documents an
assessor still lacks in English, 2.12 names the role in English."""

import pytest

from tests.ui.screens import OUTPUT, SIZES, settle, tables_window


@pytest.fixture
def english_window(qapp, tmp_path):
    yield from tables_window(qapp, tmp_path, "en")


@pytest.mark.parametrize("size", list(SIZES))
def test_the_english_window_names_documents_and_roles_in_english(english_window, qapp,
                                                                 size):
    from PySide6.QtWidgets import QLabel

    window = english_window
    window.resize(*SIZES[size])
    window.show()
    window.select("berkas-asesor")
    settle(qapp)
    said = window.panel.findings.text() + window.panel.extra.findings.text()
    assert "Citra Dewi (Technical competence certificate, Diploma (ijazah)" in said
    assert "Sertifikat Kompetensi Teknis" not in said
    window.detail.ensureWidgetVisible(window.panel.extra.findings)
    settle(qapp)
    assert window.grab().save(str(OUTPUT / f"english-2.11-{size}.png"))
    window.select("data-asesor")
    settle(qapp)
    texts = " ".join(label.text() for label in window.panel.findChildren(QLabel))
    assert "with the role Assessor." in texts and "role Asesor" not in texts
    assert window.grab().save(str(OUTPUT / f"english-2.12-{size}.png"))

"""Every string on screen follows the chosen language: checklist, states, progress,
panels, combo boxes, buttons and menus."""

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
)

from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.tasks import ImmediatePool
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from tests import makefiles as mk
from tests.fill import fill_files, fill_profile

INDONESIAN = ["berkas", "belum", "siap", "Simpan", "Hapus"]
ENGLISH = ["file", "not yet", "ready", "Save", "Remove"]


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle(), window.progress_bar.format()]
    for widget in window.findChildren(QLabel):
        if widget.isVisibleTo(window):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window):
            texts.append(widget.text())
    for widget in window.findChildren(QGroupBox):
        if widget.isVisibleTo(window):
            texts.append(widget.title())
    for widget in window.findChildren(QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    for widget in window.findChildren(QLineEdit):
        texts.append(widget.placeholderText())
    for view in window.findChildren(QTableView):
        model = view.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
                  for c in range(model.columnCount())]
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions()]
    for row in window.model.rows.values():
        texts += [item.text() for item in row]
    return texts


@pytest.mark.parametrize(("lang", "foreign"), [("en", INDONESIAN), ("id", ENGLISH)])
def test_every_panel_speaks_one_language(qapp, tmp_path, lang, foreign):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, ImmediatePool())
    application.install_language(lang)
    path = tmp_path / "ws.lspws"
    with open_workspace(path) as ws:  # half filled: ready, missing and error states shown
        fill_profile(ws)
        fill_files(ws, ["npwp", "sk-lisensi"])
        ws.attach_bytes("rekening", "rekening.pdf", mk.pdf_of_size(3_000_000))
    application.open(path)
    window = application.window
    found = {}
    for item in [PROFILE_ID, *window.controller.statuses]:
        window.select(item)
        qapp.processEvents()
        for text in visible_texts(window):
            for word in foreign:
                if re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
                    found.setdefault(f"{word!r} in {text!r}", item)
    window.close()
    window.controller.close()
    application.install_language("id")
    assert not found, found

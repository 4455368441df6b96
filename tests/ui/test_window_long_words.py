"""Issue 21: a pseudo-language run, as Vorta's TRANS_SCALE does. Every window phrase is
made twice as long, the window built at 1366×768, every checklist item's panel (and the
dialogs that open cheaply) visited: no visible label, button, check box, radio button or
group title may be cut off. A later rewording, or a language whose words are longer than
the Indonesian, must wrap or shorten with "…" (the whole text in the tooltip), never lose
its end silently."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from lsp_desktop.circulars.catalog import load_catalog
from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui import i18n
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.tasks import ImmediatePool
from lsp_desktop.ui.widgets.checklist import PROFILE_ID
from lsp_desktop.ui.widgets.elided_label import ElidedLabel
from lsp_desktop.ui.widgets.slot_zone import SlotZone
from tests import makefiles as mk
from tests.fill import fill_everything
from tests.ui.screens import OUTPUT, SIZES

SHOTS = OUTPUT  # pictures a person looks at (tests/output)


@pytest.fixture
def long_words(monkeypatch):
    """Every phrase ``tr`` looks up comes back twice: "Ganti… Ganti…"."""
    original = i18n.phrase

    def doubled(english: str, lang: str = "id") -> str:
        text = original(english, lang)
        return f"{text} {text}" if text.strip() else text

    monkeypatch.setattr(i18n, "phrase", doubled)


@pytest.fixture
def long_window(qapp, tmp_path, long_words):
    SHOTS.mkdir(exist_ok=True)
    path = tmp_path / "long.lspws"
    with open_workspace(path) as ws:
        fill_everything(ws)
        # A file with findings and fixes, as the fullest file panel shows.
        ws.remove(ws.documents("sk-asesor")[0].id)
        ws.attach_bytes("sk-asesor", "sk asesor scan.pdf", mk.pdf_of_size(3_000_000))
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("welcome/seen", True)
    application = Application(qapp, store, ImmediatePool())
    application.install_language("id")
    assert application.open(path)
    window = application.window
    window.resize(*SIZES["1366x768"])
    window.show()
    yield window
    window.close()
    window.controller.workspace.close()


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def _inside_view_or_combo(widget: QWidget) -> bool:
    """A table's cells and a drop-down's own parts are drawn by them, not by labels."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractItemView, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(root: QWidget) -> list[str]:
    """Visible texts of ``root`` narrower than their one line needs (a wrapping label:
    lower than its lines need), except a label that elides with the whole in its tooltip."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or _inside_view_or_combo(widget):
            continue
        if isinstance(widget, QLabel):
            elides = isinstance(widget, ElidedLabel | SlotZone) and widget.toolTip()
            if not widget.text() or elides:
                continue
            if widget.wordWrap():
                short = widget.heightForWidth(widget.width()) > widget.height()
            else:
                short = widget.sizeHint().width() > widget.width()
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            short = widget.sizeHint().width() > widget.width()
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
            short = widget.fontMetrics().horizontalAdvance(text) + 16 > widget.width()
        else:
            continue
        if short:
            found.append(f"{type(widget).__name__} {text[:60]!r} ({widget.width()} px)")
    return found


ITEMS = [PROFILE_ID, *(r.id for r in load_catalog().requirements)]


def test_no_text_is_cut_off_when_every_phrase_is_twice_as_long(long_window):
    window = long_window
    found = {}
    sizes = window.splitter.sizes()
    for item in ITEMS:
        window.select(item)
        _settle()
        cut = cut_off(window)
        # Nor does a panel widen itself past its place and squeeze the checklist.
        if window.splitter.sizes() != sizes:
            cut.append(f"the panel took the list's room: {window.splitter.sizes()}")
        if window.detail.horizontalScrollBar().isVisible():
            cut.append("the panel scrolls sideways")
        if cut:
            found[item] = cut
            window.grab().save(str(SHOTS / f"long-words-{item}.png"))
    window.select("sk-asesor")
    _settle()
    window.grab().save(str(SHOTS / "long-words-sk-asesor-1366x768.png"))
    assert found == {}


def _dialogs(window, tmp_path):
    """The dialogs that open without a long job before them, as they are built."""
    from lsp_desktop.circulars.library import add_catalog_file
    from lsp_desktop.ui.dialogs.assign import AssignDialog
    from lsp_desktop.ui.dialogs.circular import CircularChooser, SwitchCircularDialog
    from lsp_desktop.ui.dialogs.combine_order import CombineOrderDialog
    from lsp_desktop.ui.dialogs.reason import ReasonDialog
    from lsp_desktop.ui.dialogs.rotate_pages import RotatePagesDialog
    from lsp_desktop.ui.i18n import tr
    from lsp_desktop.ui.shell.circular_actions import known_catalogs
    from tests import ROOT
    from tests.ui.driving import click_menu

    catalog = window.controller.catalog
    files = [mk.write(tmp_path, "NPWP LSP.pdf", mk.pdf_bytes()),
             mk.write(tmp_path, "IMG_0001.jpg", mk.image_bytes("JPEG", (600, 800)))]
    add_catalog_file(ROOT / "tests" / "catalog" / "made_up_circular.toml")
    catalogs = known_catalogs()
    click_menu(window, "about")
    yield "about", window.about_dialog
    yield "assign", AssignDialog(files, catalog, "id", window)
    yield "circular-chooser", CircularChooser(catalogs, catalog.id, "id", window)
    yield "switch-circular", SwitchCircularDialog(catalog, catalogs, catalogs[-1][0].id, "id",
                                                  window)
    yield "combine", CombineOrderDialog(files, window)
    yield "reason", ReasonDialog(window, tr("Not submitted for {data_point}"), tr(
        "Mark {name} as not submitted for {data_point}? They stay in the roster (item "
        "{roster_point}). Why is their certificate not submitted?").format(name="Citra Dewi"),
        [tr("recertification (RCC)"), tr("certificate not yet received")])
    yield "rotate", RotatePagesDialog([None, None], 2, True, window)


def test_no_text_of_a_dialog_is_cut_off_when_every_phrase_is_twice_as_long(long_window,
                                                                          tmp_path):
    found = {}
    for name, dialog in _dialogs(long_window, tmp_path):
        dialog.show()
        _settle()
        cut = cut_off(dialog)
        if dialog.minimumSizeHint().width() > SIZES["1024x600"][0]:  # the small screen too
            cut.append(f"wider than the screen: {dialog.minimumSizeHint().width()} px")
        if cut:
            found[name] = cut
        dialog.grab().save(str(SHOTS / f"long-words-dialog-{name}.png"))
        dialog.close()
    assert found == {}

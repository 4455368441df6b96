"""Tooltips quote names, file names, a sheet's cells and a circular's words, and show them as
text. Qt draws a tooltip as rich text whenever it guesses so, with no per-widget setting:
an ``<img src=…>`` in an item's description or a person's e-mail was loaded from the disk
(on Windows from any share it names) when the pointer rested on it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from lsp_desktop.store.records import Person, Records
from lsp_desktop.ui.tooltips import plain_tip
from lsp_desktop.ui.widgets.elided_label import ElidedLabel
from lsp_desktop.ui.widgets.slot_zone import SlotZone
from tests import makefiles as mk
from tests.fill import NIKS
from tests.ui.driving import wait_idle
from tests.ui.tips import pointed_at, read_tip

UI = Path(__file__).resolve().parents[2] / "lsp_desktop" / "ui"


@pytest.fixture
def markup(tmp_path) -> str:
    picture = tmp_path / "dari-kolega.png"
    picture.write_bytes(mk.image_bytes("PNG", size=(600, 600)))
    return f'<b>LSP</b> <img src="{picture}" width=600>'


def _shows_as_text(tip_label, text: str) -> None:
    """The tooltip on screen reads ``text`` as typed; as markup, its picture made it 600
    px tall and its tags vanished."""
    assert tip_label is not None, "no tooltip appeared"
    assert _words(read_tip(tip_label.text())) == _words(text)  # a long line broken at spaces
    assert tip_label.height() < 200


def _words(text: str) -> list[str]:
    return text.split()


def test_every_tooltip_set_in_the_window_goes_through_plain_tip():
    """The one road: a tooltip is the app's own words (tr) or quoted text made safe."""
    loose = []
    for source in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            argument = {"setToolTip": 0, "showText": 1}.get(node.func.attr)
            if argument is None or len(node.args) <= argument:
                continue
            tip = node.args[argument]
            named = tip.func.id if isinstance(tip, ast.Call) and \
                isinstance(tip.func, ast.Name) else None
            if named not in ("plain_tip", "tr"):
                loose.append(f"{source.relative_to(UI)}:{node.lineno}")
    assert loose == []


@pytest.mark.parametrize("text", ["a\n<b>b</b>  & c", "x" * 150, "", "&lt;i&gt;"])
def test_plain_tip_reads_back_exactly(qapp, text):
    assert read_tip(plain_tip(text)) == text


def test_an_items_description_from_a_circular_file_is_shown_as_text(
        app_window, qtbot, monkeypatch, markup):
    window = app_window.window
    requirement = window.controller.catalog.requirements[0]
    monkeypatch.setattr(requirement, "description_id", markup)
    window.model.build()
    window.checklist.expand_groups()
    index = window.model.index_of(requirement.id)
    window.checklist.scrollTo(index)
    rect = window.checklist.visualRect(index)
    _shows_as_text(pointed_at(window.checklist.viewport(), rect.center()), markup)


def test_the_circulars_title_in_the_header_is_shown_as_text(app_window, qtbot, monkeypatch,
                                                               markup):
    window = app_window.window
    circular = window.controller.catalog.circular
    monkeypatch.setattr(circular, "title_id", markup)
    window.controller.refresh_all()
    qtbot.waitUntil(lambda: _words(read_tip(window.header.circular_label.toolTip()))
                    == _words(markup))
    _shows_as_text(pointed_at(window.header.circular_label), markup)


def test_a_status_line_and_a_file_slot_quoting_a_file_name_show_it_as_text(qtbot, markup):
    status, slot = ElidedLabel(), SlotZone("")
    for widget in (status, slot):
        qtbot.addWidget(widget)
        widget.resize(200, 30)
        widget.show()
    status.setText(f"Terlampir: {markup}")
    slot.show_text(markup)
    _shows_as_text(pointed_at(status), f"Terlampir: {markup}")
    _shows_as_text(pointed_at(slot), markup)


def test_a_persons_typed_email_in_a_finding_is_shown_as_text(app_window, qtbot, markup):
    """A finding quotes what was typed (a mistyped e-mail): in its row's tooltip, as text."""
    window = app_window.window
    Records(window.controller.workspace).save_person(
        Person(None, "Eko", "pelaksana", NIKS[1], markup))
    window.controller.refresh_all()
    window.select("siapkerja")
    wait_idle(qtbot, app_window)
    table = window.panel.view
    model = table.model()
    name = model.index(0, 0)
    assert " ".join(_words(markup)) in " ".join(_words(read_tip(model.data(name, 3))))
    table.scrollTo(name)
    shown = pointed_at(table.viewport(), table.visualRect(name).center())
    assert shown is not None and \
        " ".join(_words(markup)) in " ".join(_words(read_tip(shown.text())))
    assert shown.height() < 200


def test_a_cut_cell_pointed_at_shows_its_whole_text_as_text(app_window, qtbot, markup):
    """A cell cut to "…" shows its whole value when pointed at: an imported sheet's."""
    window = app_window.window
    long_name = f"{markup} " + " ".join(["Suryaningrat"] * 6)
    Records(window.controller.workspace).save_person(
        Person(None, long_name, "pelaksana", NIKS[1], "eko@contoh.id"))
    window.controller.refresh_all()
    window.select("siapkerja")
    wait_idle(qtbot, app_window)
    table = window.panel.view
    index = next(table.model().index(0, c) for c in range(table.model().columnCount())
                 if long_name in str(table.model().index(0, c).data()))
    assert isinstance(index, QModelIndex)
    if table.model().data(index, 3):
        pytest.skip("this cell has a finding's tooltip of its own")
    table.setColumnWidth(index.column(), 80)
    shown = pointed_at(table.viewport(), table.visualRect(index).center())
    _shows_as_text(shown, long_name)


def test_an_imported_sheets_cells_in_the_preview_are_shown_as_text(app_window, qtbot,
                                                                     tmp_path, markup):
    """The preview of a sheet names its rows by what they hold (a code, cut to 40
    characters): anyone's cells."""
    from lsp_desktop.tables.plan import plan_import
    from lsp_desktop.tables.spreadsheet import read_table
    from lsp_desktop.ui.dialogs.table_import import ImportPreviewDialog

    records = Records(app_window.window.controller.workspace)
    path = tmp_path / "paket.csv"
    cell = markup.replace('"', "'")  # one CSV cell
    path.write_text(f"kode_paket,kode_unit,judul_unit\n\"{cell}\",J.1,Satu\n",
                    encoding="utf-8")
    dialog = ImportPreviewDialog(plan_import(records, "packages", read_table(path, "packages")),
                                 "id")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    quoting = [table.model().index(0, c) for c in range(table.model().columnCount())
               if cell[:40] in str(table.model().index(0, c).data())]
    assert quoting, "the preview quotes the cell"
    shown = pointed_at(table.viewport(), table.visualRect(quoting[0]).center())
    _shows_as_text(shown, str(quoting[0].data()))


def test_a_long_line_is_broken_at_its_spaces_and_a_long_name_kept_whole(qtbot):
    """Qt sized a rich tooltip as a narrow column: a file's name of 85 characters was
    broken over four lines, a finding of 160 characters squeezed into five."""
    name = "Surat_Keputusan_Penetapan_Asesor_Kompetensi_LSP_Contoh_Nusantara_2026_final-revisi.pdf"
    findings = ("Nomor telepon 81234567890 disimpan Excel sebagai angka, sehingga angka 0 di "
                "depannya hilang; dibaca sebagai 081234567890. Periksa nomor ini bila keliru.")
    status = ElidedLabel()
    qtbot.addWidget(status)
    status.resize(200, 30)
    status.show()
    qtbot.waitExposed(status)
    status.setText(f"Terlampir: {name}")
    shown = pointed_at(status)
    assert shown is not None and read_tip(shown.text()) == f"Terlampir: {name}"
    line = shown.fontMetrics().lineSpacing()
    assert shown.height() < 3 * line  # one line, as a plain tooltip shows it
    status.setText(findings)
    shown = pointed_at(status)
    assert shown is not None and _words(read_tip(shown.text())) == _words(findings)
    assert 2 * line < shown.height() < 4 * line  # two lines of at most 100 characters
    assert all(len(part) <= 100 for part in read_tip(shown.text()).split("\n"))

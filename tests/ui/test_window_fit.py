"""Issue 21, point 1: the tables' key columns stay in view without sideways scrolling, at
1366×768 and 1024×600, also while a cell is being typed in. Pictures in tests/output/."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from lsp_desktop.ui.widgets.fitted_table import capped_widths
from tests.ui.screens import SIZES, settle, tables_window

# item -> the headers (Indonesian) that decide readiness and must be seen whole
KEY_COLUMNS = {"siapkerja": ("Nama", "NIK", "Status SIAPkerja"),
               "data-asesor": ("Asesor", "No. Reg. (MET)", "No. Blanko", "Berlaku sampai")}


@pytest.fixture
def filled_window(qapp, tmp_path):
    yield from tables_window(qapp, tmp_path, "id")


def _column_in_view(view, header_text: str) -> bool:
    """In view, its header whole and each of its cells whole, on one line or wrapped at
    its spaces onto the lines its row holds: never cut to "…" (issue F3, point 4:
    "MET.000.0… 2025")."""
    model = view.model()
    column = next(c for c, col in enumerate(model.columns) if col.header.startswith(header_text))
    left = view.columnViewportPosition(column)
    width = view.columnWidth(column)
    in_view = left >= 0 and left + width <= view.viewport().width()
    return in_view and width >= view.fontMetrics().horizontalAdvance(header_text) and all(
        _cell_whole(view, model.index(row, column)) for row in range(model.rowCount()))


def _cell_whole(view, index) -> bool:
    """Qt's own size of the cell on one line says what its icon and margins take; the rest
    of the column's width must hold the text, on as many lines as the row has room for."""
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    metrics, text = QFontMetrics(font), str(index.data() or "")
    one_line = view.itemDelegate().sizeHint(view.viewOptions() if hasattr(
        view, "viewOptions") else _options(view), index).width()
    width = view.columnWidth(index.column())
    if width >= one_line:
        return True
    room = QRect(0, 0, width - (one_line - metrics.horizontalAdvance(text)), 10_000)
    laid = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
    return all(metrics.horizontalAdvance(w) <= room.width() for w in text.split(" ")) \
        and laid.height() <= view.rowHeight(index.row())


def _options(view):
    from PySide6.QtWidgets import QStyleOptionViewItem

    options = QStyleOptionViewItem()
    options.initFrom(view)
    options.font = view.font()
    return options


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("item", list(KEY_COLUMNS))
def test_key_columns_are_in_view_without_sideways_scrolling(filled_window, qapp, output_dir,
                                                             size, item):
    window = filled_window
    window.resize(*SIZES[size])
    window.show()
    window.select(item)
    settle(qapp)
    view = window.panel.view
    window.grab().save(str(output_dir / f"fit-{item}-{size}.png"))
    assert not view.horizontalScrollBar().isVisible()
    for header_text in KEY_COLUMNS[item]:
        assert _column_in_view(view, header_text), header_text


@pytest.mark.parametrize("size", list(SIZES))
def test_columns_keep_their_width_while_a_row_is_typed_in(filled_window, qapp, qtbot,
                                                          output_dir, size):
    window = filled_window
    window.resize(*SIZES[size])
    window.show()
    window.select("siapkerja")
    settle(qapp)
    view = window.panel.view
    before = [view.columnWidth(c) for c in range(view.model().columnCount())]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))  # the role: a drop-down while edited
    qtbot.keyClick(view, Qt.Key.Key_F2)
    settle(qapp)
    editor = QApplication.focusWidget()
    assert editor is not None and view.viewport().isAncestorOf(editor)
    window.grab().save(str(output_dir / f"fit-roster-editing-{size}.png"))
    assert [view.columnWidth(c) for c in range(view.model().columnCount())] == before
    # The role's box shows its whole choice, not "Ase".
    assert editor.width() >= editor.fontMetrics().horizontalAdvance("Unsur Pengarah")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_the_widest_columns_give_way_first():
    assert capped_widths([100, 50, 400], 1000, 60) == [100, 50, 400]
    assert capped_widths([100, 50, 400], 300, 60) == [100, 50, 150]
    # A key column keeps its width while the others can give way, down to their floor.
    assert capped_widths([100, 50, 400], 500, 60, frozenset({2})) == [60, 50, 390]
    # Then it gives way too, down to its cells wrapped onto two lines (else a third).
    assert capped_widths([100, 50, 400], 300, 60, frozenset({2})) == [60, 50, 190]
    assert capped_widths([100, 50, 400], 250, 60, frozenset({2}), {2: 210}) == [60, 50, 210]
    # Two key columns: the wider gives way first, neither below its two lines.
    assert capped_widths([300, 50, 140, 220], 500, 40, frozenset({0, 2}),
                         {0: 160, 2: 110}) == [280, 40, 140, 40]
    assert capped_widths([300, 50, 140, 220], 300, 40, frozenset({0, 2}),
                         {0: 160, 2: 110}) == [160, 40, 110, 40]


def test_a_longer_name_typed_in_widens_its_column(filled_window, qapp, qtbot):
    """The columns' wanted widths are kept between resizes (a 5,000-row roster is not
    measured again on each one), and worked out again when a cell changes."""
    window = filled_window
    window.resize(*SIZES["1366x768"])
    window.show()
    window.select("siapkerja")
    settle(qapp)
    view = window.panel.view
    before = view.columnWidth(0)
    longer = "Raden Ajeng Kartini Djojoadhiningrat"
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, longer)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qapp)
    view = window.panel.view  # the panel's rows were read again after the save
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data() == longer)
    assert row >= 0 and view.columnWidth(0) > before
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(longer)


@pytest.fixture
def long_names_window(qapp, tmp_path):
    """A tester's realistic names: a professor with every title, an expired certificate
    ("17 Maret 2024 — kedaluwarsa"), a field written out in full."""
    from PySide6.QtCore import QSettings

    from lsp_desktop.store.records import AssessorData, Person, Records
    from lsp_desktop.store.workspace import open_workspace
    from lsp_desktop.ui.app import Application
    from lsp_desktop.ui.tasks import ImmediatePool

    path = tmp_path / "panjang.lspws"
    with open_workspace(path) as workspace:
        records = Records(workspace)
        for name, nik, met, issued, field in (
                ("Prof. Dr. Ir. Bambang Sutrisno Wicaksono, M.Kom.", "3273011708900041",
                 "MET.000.001573 2020", "2021-03-17", "Teknologi Informasi dan Komunikasi"),
                ("Siti Nurhaliza Rahmawati, S.Pd.", "3273015708900042",
                 "MET.000.001574 2020", "2024-03-17", "Pendidikan")):
            person = records.save_person(Person(None, name, "asesor", nik, "a@lsp.id",
                                                "081234500001", "sudah-submit"))
            records.save_assessor_data(AssessorData(person.id, met, "0012345", issued, "",
                                                    field))
    application = Application(qapp, QSettings(str(tmp_path / "s.ini"),
                                              QSettings.Format.IniFormat), ImmediatePool())
    application.install_language("id")
    assert application.open(path)
    yield application.window
    application.window.close()
    application.window.controller.workspace.close()


@pytest.mark.parametrize("item", list(KEY_COLUMNS))
def test_long_real_names_keep_the_key_columns_whole_at_1024x600(long_names_window, qapp,
                                                                 output_dir, item):
    window = long_names_window
    window.resize(*SIZES["1024x600"])
    window.show()
    window.select(item)
    settle(qapp)
    view = window.panel.view
    window.grab().save(str(output_dir / f"fit-long-names-{item}-1024x600.png"))
    # Neither the table nor the item's panel scrolls sideways: the whole table is seen.
    assert not view.horizontalScrollBar().isVisible()
    assert not window.detail.horizontalScrollBar().isVisible()
    right = view.viewport().mapTo(window.detail.viewport(), view.viewport().rect().topRight())
    assert right.x() <= window.detail.viewport().width()
    for header_text in KEY_COLUMNS[item]:
        assert _column_in_view(view, header_text), header_text
    # The list beside keeps room for its titles (not squeezed to give the table room).
    assert window.checklist.width() >= 300

"""Issue 21, point 1: the tables' key columns stay in view without sideways scrolling, at
1366×768 and 1024×600, also while a cell is being typed in. Pictures in tests/output/."""

import pytest
from PySide6.QtCore import Qt
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
    """In view, its header and its cells whole (issue F3, point 4: "MET.000.0… 2025")."""
    model = view.model()
    column = next(c for c, col in enumerate(model.columns) if col.header.startswith(header_text))
    left = view.columnViewportPosition(column)
    width = view.columnWidth(column)
    whole = max(view.fontMetrics().horizontalAdvance(header_text),
                view.sizeHintForColumn(column))
    return left >= 0 and left + width <= view.viewport().width() and width >= whole


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
    assert capped_widths([100, 50, 400], 300, 60, frozenset({2})) == [100, 50, 100]
    assert capped_widths([100, 50, 400], 500, 60, frozenset({2})) == [100, 50, 166]


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

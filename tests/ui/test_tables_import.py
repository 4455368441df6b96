"""An applied spreadsheet import in the window: a merge that Edit > Undo takes back."""

from pathlib import Path

from lsp_desktop.store.records import Package, Records, Unit
from lsp_desktop.tables.plan import plan_import
from lsp_desktop.tables.spreadsheet import read_table
from lsp_desktop.ui.dialogs.table_import import ImportPreviewDialog, import_table
from tests.ui.driving import click_menu, menu_action, wait_idle

OUTPUT = Path(__file__).resolve().parents[1] / "output"


def _stored(records):
    return [(p.code, p.name_id, p.name_en, p.kind, p.reference,
             [(u.code, u.title_id, u.title_en) for u in p.units]) for p in records.packages()]


def test_a_partial_packages_sheet_is_merged_and_undo_brings_back_what_was_there(
        app_window, qtbot, tmp_path):
    window = app_window.window
    records = Records(window.controller.workspace)
    records.save_package(Package(None, "SKM/1", "Paket", "Package", "okupasi", "SKKNI 1/2016",
                                 [Unit(None, "J.1.001.01", "Satu", "One"),
                                  Unit(None, "J.1.002.01", "Dua", "")]))
    window.controller.refresh_all()
    wait_idle(qtbot, app_window)
    window.select("paket-kompetensi")
    before = _stored(records)
    path = tmp_path / "pk2.csv"
    path.write_text("kode_paket,kode_unit,judul_unit_en\nSKM/1,J.1.002.01,Two\n"
                    "SKM/1,J.1.003.01,Three\n", encoding="utf-8")
    seen = []
    import_table(window.panel, window.controller, "packages", path,
                 confirm=lambda plan: seen.append(plan) or True)
    wait_idle(qtbot, app_window)
    assert (seen[0].count("add"), seen[0].count("update")) == (1, 1)
    [package] = records.packages()
    assert package.name_en == "Package" and package.reference == "SKKNI 1/2016"
    assert [(u.code, u.title_en) for u in package.units] == [
        ("J.1.001.01", "One"), ("J.1.002.01", "Two"), ("J.1.003.01", "Three")]
    assert "Ctrl+Z" in window.notice_label.text()
    OUTPUT.mkdir(exist_ok=True)
    assert menu_action(window, "undo").isEnabled()
    window.panel.grab().save(str(OUTPUT / "import-merged.png"))
    click_menu(window, "undo")
    wait_idle(qtbot, app_window)
    assert _stored(records) == before
    click_menu(window, "redo")
    wait_idle(qtbot, app_window)
    assert [u.title_en for u in records.packages()[0].units] == ["One", "Two", "Three"]


def test_the_preview_says_what_changes_and_what_stays(app_window, tmp_path):
    window = app_window.window
    records = Records(window.controller.workspace)
    records.save_package(Package(None, "SKM/1", "Paket", units=[Unit(None, "J.1", "Satu")]))
    path = tmp_path / "p.csv"
    path.write_text("kode_paket,kode_unit,judul_unit_en,judul_unit\nSKM/1,J.1,One,\n"
                    "SKM/1,J.1,,Satu\nSKM/2,J.2,,Dua\n", encoding="utf-8")
    plan = plan_import(records, "packages", read_table(path, "packages"))
    dialog = ImportPreviewDialog(plan, "id")
    texts = [[dialog.cell(r, c) for c in range(4)]
             for r in range(dialog.table.model().rowCount())]
    assert texts[0][2] == texts[1][2] == "ditolak" and "Baris 2 dan 3" in texts[0][3]
    assert texts[2][2] == "ditambah"
    OUTPUT.mkdir(exist_ok=True)
    dialog.show()
    dialog.grab().save(str(OUTPUT / "import-preview.png"))
    dialog.close()


def test_the_preview_says_which_phone_number_got_its_leading_zero_back(app_window, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["nama", "peran", "telepon"])
    book.active.append(["Ani Lestari", "pengarah", 8123456789])  # Excel dropped its 0
    path = tmp_path / "personil.xlsx"
    book.save(path)
    records = Records(app_window.window.controller.workspace)
    plan = plan_import(records, "people", read_table(path, "people"))
    for lang, words in (("id", "dibaca sebagai 08123456789"), ("en", "read as 08123456789")):
        dialog = ImportPreviewDialog(plan, lang)
        assert dialog.cell(0, 2) in ("ditambah", "add") and words in dialog.cell(0, 3)
        OUTPUT.mkdir(exist_ok=True)
        dialog.resize(1024, 600)
        dialog.show()
        dialog.grab().save(str(OUTPUT / f"import-phone-{lang}.png"))
        dialog.close()

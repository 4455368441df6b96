"""Excel's _xHHHH_ escapes in an XLSX's cells: read as the characters they stand for."""

import re
import zipfile

import pytest
from openpyxl import Workbook

from lsp_desktop.cli.main import run
from lsp_desktop.store.records import Records
from lsp_desktop.tables.spreadsheet import read_table, write_table

_MAIN = "http://schemas.openxmlformats.org"
_SHARED = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
           'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" />')
_RELATION = (f'<Relationship Type="{_MAIN}/officeDocument/2006/relationships/sharedStrings" '
             f'Target="sharedStrings.xml" Id="rIdS" />')


def _book(path, rows, layout="shared"):
    """A real XLSX; openpyxl writes a text as it is, so "_x001B_" lands in the XML just as
    Excel writes an ESC pasted into a cell. openpyxl writes each text in its cell
    ("inline"); Excel keeps them in xl/sharedStrings.xml ("shared"), made here from it."""
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    if layout == "shared":
        _share_strings(path)
    return path


def _share_strings(path):
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    texts: list[str] = []

    def shared(match):
        texts.append(match.group(2))
        return f'<c r="{match.group(1)}" t="s"><v>{len(texts) - 1}</v></c>'

    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(r'<c r="(\w+)" t="inlineStr"><is><t>(.*?)</t></is></c>', shared,
                          parts[sheet].decode(), flags=re.S).encode()
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{_MAIN}/spreadsheetml/2006/main" count="{len(texts)}" '
        f'uniqueCount="{len(texts)}">'
        + "".join(f"<si><t>{text}</t></si>" for text in texts) + "</sst>").encode()
    types, relations = "[Content_Types].xml", "xl/_rels/workbook.xml.rels"
    parts[types] = parts[types].replace(b"</Types>", _SHARED.encode() + b"</Types>")
    parts[relations] = parts[relations].replace(b"</Relationships>",
                                                _RELATION.encode() + b"</Relationships>")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _xml(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode() for name in archive.namelist()
                       if name.startswith("xl/"))


LAYOUTS = pytest.mark.parametrize("layout", ["shared", "inline"])


@LAYOUTS
def test_an_escaped_control_character_refuses_its_row_like_any_control_character(
        workspace, tmp_path, capsys, layout):
    path = _book(tmp_path / "orang.xlsx", [
        ["nama", "peran", "email"],
        ["Budi", "pelaksana", "budi@lsp.or.id"],
        ["Ani_x001B_Bel", "pengarah", "ani@lsp.or.id"]], layout)
    assert "<t>Ani_x001B_Bel</t>" in _xml(path)
    assert run(["import-table", "people", str(path), "--workspace", str(workspace.path)]) == 1
    said = capsys.readouterr().out
    assert "karakter kendali" in said and "U+001B" in said and "baris 3" in said
    assert "_x001B_" not in said and "\x1b" not in said
    assert [p.name for p in Records(workspace).people()] == ["Budi"]


@LAYOUTS
def test_an_escaped_line_break_in_a_text_that_may_hold_one_is_kept_as_a_line_break(
        tmp_path, layout):
    path = _book(tmp_path / "paket.xlsx", [
        ["kode_paket", "judul_unit"],
        ["SKM/01", "Menganalisis_x000D_\nkebutuhan"]], layout)
    [(_, row)] = read_table(path, "packages")
    assert row["judul_unit"] == "Menganalisis\r\nkebutuhan"


@LAYOUTS
def test_an_escaped_underscore_keeps_a_typed_text_that_reads_like_an_escape(tmp_path, layout):
    # Excel writes a typed "_x0041_" as "_x005F_x0041_"; a bare "_x0041_" is an "A".
    path = _book(tmp_path / "orang.xlsx", [
        ["nama", "email"],
        ["Ani_x005F_x0041_", "ani_x0041_@lsp.or.id"]], layout)
    [(_, row)] = read_table(path, "people")
    assert row == {"nama": "Ani_x0041_", "email": "aniA@lsp.or.id"}


def test_an_exported_text_that_reads_like_an_escape_comes_back_as_it_was(tmp_path):
    path = tmp_path / "keluar.xlsx"
    write_table(path, "people", [{"nama": "Ani_x0041_ Lestari", "peran": "pengarah"}])
    assert "Ani_x005F_x0041_ Lestari" in _xml(path)
    [(_, row)] = read_table(path, "people")
    assert row["nama"] == "Ani_x0041_ Lestari"


@LAYOUTS
def test_escaped_halves_of_a_character_make_it_whole_and_a_lone_half_is_no_crash(
        workspace, tmp_path, capsys, layout):
    """Escapes are UTF-16 units: a pair is one emoji; one half alone is no character, and
    stored as it was it made the import end in the unexpected-error message."""
    path = _book(tmp_path / "orang.xlsx", [
        ["nama", "peran", "email"],
        ["Budi_xD83D__xDE00_", "pelaksana", "budi@lsp.or.id"],
        ["Ani_xD800_Bel", "pengarah", "ani@lsp.or.id"]], layout)
    assert [row["nama"] for _, row in read_table(path, "people")] == [
        "Budi\U0001F600", "Ani\ufffdBel"]
    code = run(["import-table", "people", str(path), "--workspace", str(workspace.path)])
    said = capsys.readouterr().out
    assert code in (0, 1) and "tak terduga" not in said
    assert "Budi\U0001F600" in [p.name for p in Records(workspace).people()]


def test_an_exported_sheet_is_whole_and_keeps_a_carriage_return_and_a_noncharacter(
        tmp_path):
    """U+FFFF written as it is made a sheet no reader opens ("not well-formed"); a carriage
    return came back as a line feed. Both are written as Excel writes them: escaped."""
    rows = [{"kode_paket": "SKM/01", "judul_unit": "Menganalisis\r\nkebutuhan\uffff"}]
    path = tmp_path / "paket.xlsx"
    write_table(path, "packages", rows)
    assert "_x000D_" in _xml(path) and "_xFFFF_" in _xml(path)
    [(_, row)] = read_table(path, "packages")
    assert row["judul_unit"] == "Menganalisis\r\nkebutuhan\uffff"

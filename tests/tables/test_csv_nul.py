"""A CSV in Windows' Western encoding (cp1252) damaged by a NUL byte: damage, not another
encoding."""

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.cli.main import run
from lsp_desktop.store.records import Records
from lsp_desktop.tables.spreadsheet import read_table


def test_a_nul_byte_in_a_windows_encoded_csv_refuses_its_row_not_the_encoding(
        workspace, tmp_path, capsys):
    """Excel's "CSV" in Windows-1252, damaged by one NUL: the file's other rows are read,
    and the row holding it is refused as a UTF-8 file's would be, never blamed on GB18030."""
    path = tmp_path / "orang.csv"
    path.write_bytes("nama;peran\nJosé Müller;pelaksana\nAni".encode("cp1252") + b"\x00"
                     + "Bel;pengarah\nÑato;asesor\n".encode("cp1252"))
    assert run(["import-table", "people", str(path), "--workspace", str(workspace.path)]) == 1
    said = capsys.readouterr().out
    assert "penyandian" not in said and "GB18030" not in said
    assert "baris 3" in said and "U+0000" in said and "karakter kendali" in said
    assert [p.name for p in Records(workspace).people()] == ["José Müller", "Ñato"]
    assert run(["import-table", "people", str(path), "--dry-run", "--lang", "en",
                "--workspace", str(workspace.path)]) == 1
    said = capsys.readouterr().out
    assert "encoding" not in said and "U+0000" in said and "control character" in said


def test_a_zero_filled_block_in_a_windows_encoded_csv_is_damage_not_an_encoding(tmp_path):
    path = tmp_path / "orang.csv"
    path.write_bytes("nama;peran\nJosé;pelaksana\n".encode("cp1252") + b"\x00" * 64
                     + b"\nBudi;asesor\n")
    names = [row["nama"] for _, row in read_table(path, "people")]
    assert names == ["José", "\x00" * 64, "Budi"]  # the damaged row refused by the plan


def test_plain_names_in_utf16_without_its_mark_or_in_utf32_get_the_encoding_message(
        tmp_path):
    """Plain ASCII names in UTF-16 without its mark are valid UTF-8 too: read so, the file
    said "column nama not found (found: n\\x00a\\x00m\\x00a\\x00)". UTF-32 the same."""
    text = "nama;peran\nBudi;pelaksana\nAni;pengarah\n"
    for name, data in (("utf16.csv", text.encode("utf-16-le")),
                       ("utf16be.csv", text.encode("utf-16-be")),
                       ("utf32.csv", text.encode("utf-32"))):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(LspError) as refused:
            read_table(path, "people")
        assert refused.value.code == "table.encoding", name
    path = tmp_path / "utf16-mark.csv"
    path.write_bytes(text.encode("utf-16"))  # with its mark: read
    assert [row["nama"] for _, row in read_table(path, "people")] == ["Budi", "Ani"]

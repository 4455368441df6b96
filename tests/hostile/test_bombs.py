"""Bombs: small files that promise gigabytes. Each runs in a child process under a 500 MB
ceiling and must end with a plain message, quickly (points 3, 4, 7, 8)."""

from __future__ import annotations

import os
import struct
import zlib

import pytest

from tests import makefiles as mk
from tests.fill import new_workspace
from tests.hostile.ceiling import assert_plain, cli_capped
from tests.hostile.zips import raw_zip, zeros_member

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="memory ceiling: Linux/macOS")


def test_a_zip_whose_mimetype_inflates_to_a_gigabyte_is_checked_within_the_ceiling(tmp_path):
    # An ODT's mimetype, then 1 GiB of zeros, in 1 MB: reading a few bytes tells it is ODT.
    data, crc, size = zeros_member(1024, b"application/vnd.oasis.opendocument.text")
    path = raw_zip(tmp_path / "dokumen.odt", [("mimetype", data, crc, size),
                                              ("content.xml", b"<x/>", zlib.crc32(b"<x/>"), 4,
                                               0)])
    result = cli_capped("check", path, home=tmp_path / "home")
    assert_plain(result)
    assert "ODT" in result.stdout


def _png_bomb(width: int, height: int, rows_real: bool = False) -> bytes:
    """A PNG of width x height black pixels whose every row really decodes (the 196 Mpx of
    2 MB kind), or only a header's claim (the 10 Gpx kind)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    if not rows_real:
        return mk.png_header_only(width, height)
    compressor = zlib.compressobj(9)
    row = b"\0" * (width * 3 + 1)
    rows_per_block = max(1, (1 << 20) // len(row))
    first = compressor.compress(row * rows_per_block) + compressor.flush(zlib.Z_FULL_FLUSH)
    blocks, rest = divmod(height, rows_per_block)
    body = first * blocks + compressor.compress(row * rest) + compressor.flush()
    # zlib's adler32 trailer must cover all rows; recompute it for the repeated stream.
    adler = 1
    chunk_rows = row * rows_per_block
    for _ in range(blocks):
        adler = zlib.adler32(chunk_rows, adler)
    adler = zlib.adler32(row * rest, adler)
    body = body[:-4] + struct.pack(">I", adler)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + \
        chunk(b"IEND", b"")


@pytest.mark.parametrize("width,height,real", [(20_000, 20_000, False),
                                               (100_000, 100_000, False),
                                               (14_000, 14_000, True)])
def test_png_bombs_given_to_add_fix_end_in_a_plain_message(tmp_path, width, height, real):
    path = mk.write(tmp_path, "foto.png", _png_bomb(width, height, real))
    home = tmp_path / "home"
    result = cli_capped("add", "--workspace", tmp_path / "w.lspws", "npwp", path, "--fix",
                        home=home)
    assert_plain(result)
    assert result.returncode == 1
    assert not (home / "lsp-desktop.log").exists()


def test_a_huge_sparse_jpg_is_refused_by_size_without_reading(tmp_path):
    path = tmp_path / "besar.jpg"
    with path.open("wb") as handle:
        handle.write(mk.image_bytes("JPEG", (64, 64)))
        handle.truncate(3 * 1024 ** 3)  # 3 GB, sparse: costs no disk
    for args in (["check", path], ["add", "--workspace", tmp_path / "w.lspws", "npwp", path,
                                   "--fix"]):
        result = cli_capped(*args, home=tmp_path / "home", timeout=20)
        assert_plain(result)
        assert result.returncode == 1


def test_a_fifo_never_hangs_check_add_or_fix(tmp_path):
    fifo = tmp_path / "foto.jpg"
    os.mkfifo(fifo)
    new_workspace(tmp_path / "w.lspws")
    for args in (["check", fifo], ["add", "--workspace", tmp_path / "w.lspws", "npwp", fifo],
                 ["add", "--workspace", tmp_path / "w.lspws", "npwp", fifo, "--fix"]):
        result = cli_capped(*args, home=tmp_path / "home", timeout=20)
        assert_plain(result)
        assert "folder" not in result.stdout + result.stderr
        assert "bukan berkas biasa" in result.stdout + result.stderr


def test_dev_zero_is_not_a_folder(tmp_path):
    result = cli_capped("check", "/dev/zero", home=tmp_path / "home", timeout=20)
    assert_plain(result)
    assert "bukan berkas biasa" in result.stdout and "folder" not in result.stdout


def _zero_bag(path, count: int):
    """A bag that is valid in every other way: manifests, checksums, a manifest.json."""
    import hashlib
    import json

    data, crc, size = zeros_member(1)
    digest = hashlib.sha256(b"\0" * size).hexdigest()
    names = [f"data/{i:04d}.txt" for i in range(count)]
    tags = {
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": f"Payload-Oxum: {size * count}.{count}\n".encode(),
        "manifest-sha256.txt": "".join(f"{digest}  {n}\n" for n in names).encode(),
        "manifest.json": json.dumps({"format": "lsp-desktop-bundle", "format_version": 1,
                                     "catalog": {"id": "se-007-bnsp-iv-2025"},
                                     "requirements": []}).encode(),
    }
    tags["tagmanifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(c).hexdigest()}  {n}\n" for n, c in tags.items()).encode()
    members = [(f"bag/{n}", data, crc, size) for n in names]
    members += [(f"bag/{n}", c, zlib.crc32(c), len(c), 0) for n, c in tags.items()]
    return raw_zip(path, members)


def test_a_bundle_of_thousands_of_zero_members_is_refused_before_inflating(tmp_path):
    import json

    path = _zero_bag(tmp_path / "bom.zip", 4000)  # 4.2 GB inflated
    assert path.stat().st_size < 6_000_000
    result = cli_capped("verify", path, "--json", home=tmp_path / "home", timeout=30)
    assert_plain(result)
    codes = {p["code"] for p in json.loads(result.stdout)["problems"]}
    assert codes & {"bundle.zip_bomb", "bundle.too_large"}
    result = cli_capped("import", path, "--workspace", tmp_path / "x.lspws",
                        home=tmp_path / "home", timeout=30)
    assert_plain(result)
    assert result.returncode == 1 and not list(tmp_path.glob("*x.lspws*"))


def _xlsx_with_sheet(path, sheet_xml_member, shared=None):
    """A minimal XLSX around a given sheet member (already deflated)."""
    def stored(name, text):
        data = text.encode()
        return (name, data, zlib.crc32(data), len(data), 0)

    members = [
        stored("[Content_Types].xml",
               '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
               '2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
               'openxmlformats-package.relationships+xml"/><Default Extension="xml" '
               'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
               'sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
               '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
               '</Types>'),
        stored("_rels/.rels",
               '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
               'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
               'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
               'Target="xl/workbook.xml"/></Relationships>'),
        stored("xl/workbook.xml",
               '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
               'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
               'officeDocument/2006/relationships"><sheets><sheet name="a" sheetId="1" '
               'r:id="rId1"/></sheets></workbook>'),
        stored("xl/_rels/workbook.xml.rels",
               '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
               'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
               'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
               'Target="worksheets/sheet1.xml"/></Relationships>'),
        sheet_xml_member,
    ]
    return raw_zip(path, members)


def _deflated(name, text_parts, repeat_middle):
    head, middle, tail = (p.encode() for p in text_parts)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = compressor.compress(head)
    out += compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(middle) + compressor.flush(zlib.Z_FULL_FLUSH)
    out += block * repeat_middle + compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(repeat_middle):
        crc = zlib.crc32(middle, crc)
    crc = zlib.crc32(tail, crc)
    return (name, out, crc, len(head) + len(middle) * repeat_middle + len(tail))


SHEET_HEAD = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main"><sheetData>')


def test_a_million_row_xlsx_stops_at_the_row_limit(tmp_path):
    cells = "".join(f'<c t="inlineStr"><is><t>Budi {c}</t></is></c>' for c in range(8))
    rows = f"<row>{cells}</row>" * 1000
    sheet = _deflated("xl/worksheets/sheet1.xml",
                      (SHEET_HEAD + '<row><c t="inlineStr"><is><t>nama</t></is></c></row>',
                       rows, "</sheetData></worksheet>"), 1000)
    path = _xlsx_with_sheet(tmp_path / "sejuta.xlsx", sheet)
    assert path.stat().st_size < 2_000_000
    result = cli_capped("import-table", "people", path, "--workspace", tmp_path / "w.lspws",
                        home=tmp_path / "home", timeout=60)
    assert_plain(result)
    assert "50000" in result.stderr or "50.000" in result.stderr or \
        "terlalu besar" in result.stderr


def test_an_xlsx_that_unpacks_to_gigabytes_is_refused(tmp_path):
    filler = '<row><c t="inlineStr"><is><t>' + "A" * 1000 + "</t></is></c></row>"
    sheet = _deflated("xl/worksheets/sheet1.xml", (SHEET_HEAD, filler * 1000,
                                                   "</sheetData></worksheet>"), 3000)
    path = _xlsx_with_sheet(tmp_path / "bom.xlsx", sheet)
    result = cli_capped("import-table", "people", path, "--workspace", tmp_path / "w.lspws",
                        home=tmp_path / "home")
    assert_plain(result)
    assert "terlalu besar" in result.stderr


def test_a_billion_laughs_xlsx_is_refused_plainly(tmp_path):
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)) + "]>"
    text = ('<?xml version="1.0"?>' + laughs + SHEET_HEAD[len('<?xml version="1.0"?>'):]
            + '<row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    data = text.encode()
    path = _xlsx_with_sheet(tmp_path / "lol.xlsx", ("xl/worksheets/sheet1.xml", data,
                                                   zlib.crc32(data), len(data), 0))
    result = cli_capped("import-table", "people", path, "--workspace", tmp_path / "w.lspws",
                        home=tmp_path / "home")
    assert_plain(result)
    assert result.returncode == 1


def test_the_preview_does_not_decode_a_picture_past_its_pixel_limit(qapp):
    from lsp_desktop.ui.widgets.preview import render_preview

    assert render_preview(mk.png_header_only(20_000, 20_000), "png") is None
    assert render_preview(mk.image_bytes("PNG", (300, 200)), "png") is not None

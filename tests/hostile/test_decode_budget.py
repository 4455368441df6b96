"""Memory bombs within the limits (issue 19, class 3): pictures under 200 Mpx that cost
gigabytes to decode (a progressive JPEG of 16000 x 12000, an interlaced PNG of 196 Mpx,
PDFs holding such pictures), a 100,000-page PDF, three 72 MB scans combined, an XLSX
claiming A1:XFD1048576. Each stays under the 500 MB ceiling with a plain answer, or is
refused, told from headers and directories, before it costs that."""

from __future__ import annotations

import io
import os

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks import check_bytes
from lsp_desktop.checks.decoding import DECODE_BUDGET
from lsp_desktop.circulars.catalog import load_catalog
from lsp_desktop.fixing.pictures import compress_image
from tests import makefiles as mk
from tests.fill import new_workspace
from tests.hostile.big_files import many_pages, xlsx_with_far_cell
from tests.hostile.big_pictures import jpeg_claiming, zero_png, zeros_zlib
from tests.hostile.ceiling import assert_plain, cli_capped
from tests.hostile.pdf_images import pdf_with_image

capped = pytest.mark.skipif(not hasattr(os, "fork"), reason="memory ceiling: Linux/macOS")
LOGO = load_catalog().requirement("logo")


def codes(report) -> list[str]:
    return [f.code for f in report.findings]


# Progressive JPEGs past the budget, 4:2:0 and 4:4:4, and one just within it.
@pytest.mark.parametrize("width,height,subsampling,refused", [
    (16000, 12000, 2, True), (12000, 12000, 0, True), (9000, 9000, 2, True),
    (6000, 4000, 2, False), (6000, 4000, 0, False)])
def test_a_progressive_jpeg_is_judged_by_what_decoding_it_costs(width, height, subsampling,
                                                                refused):
    data = jpeg_claiming(width, height, subsampling=subsampling)
    report = check_bytes(data, "logo.jpg", LOGO)
    assert ("image.too_costly" in codes(report)) is refused
    if refused:
        text = report.findings[-1].message("id")
        assert "memori" in text and f"{width} × {height}" in text
        with pytest.raises(LspError) as error:
            compress_image(data, "jpeg")
        assert error.value.code == "image.too_costly"


def test_a_baseline_jpeg_that_large_is_read_at_an_eighth():
    # No coefficient buffer: 16000 x 12000 at 1/8 is 12 MB; the claim is all it holds,
    # so it is found cut short, not refused for memory.
    report = check_bytes(jpeg_claiming(16000, 12000, progressive=False), "logo.jpg", LOGO)
    assert "image.too_costly" not in codes(report)


@capped
def test_progressive_bombs_given_to_add_fix_end_plainly_under_the_ceiling(tmp_path):
    workspace = new_workspace(tmp_path / "w.lspws")
    path = mk.write(tmp_path, "logo.jpg", jpeg_claiming(16000, 12000) + os.urandom(3_000_000))
    result = cli_capped("add", "--workspace", workspace, "logo", path, "--fix",
                        home=tmp_path / "home")
    assert_plain(result)
    assert result.returncode == 1 and "memori" in result.stdout + result.stderr


@capped
def test_an_interlaced_png_of_196_megapixels_is_checked_under_the_ceiling(tmp_path):
    path = mk.write(tmp_path, "logo.png", zero_png(14000, 14000, interlaced=True))
    result = cli_capped("check", path, "--requirement", "logo", home=tmp_path / "home")
    assert_plain(result)
    assert "rusak" not in result.stdout and "terpotong" not in result.stdout
    result = cli_capped("fix", "compress", path, "--out", tmp_path / "kecil.png",
                        home=tmp_path / "home")
    assert_plain(result)
    assert result.returncode == 1 and "megapiksel" in result.stdout + result.stderr


PDF_BOMBS = {
    "progressive JPEG 16000x12000": lambda: pdf_with_image(
        jpeg_claiming(16000, 12000) + os.urandom(40_000), 16000, 12000),
    "JPEG whose header says more than its dictionary": lambda: pdf_with_image(
        jpeg_claiming(16000, 12000) + os.urandom(40_000), 1600, 1200),
    "Flate 14000x14000": lambda: pdf_with_image(
        zeros_zlib(14000 * 14000 * 3), 14000, 14000, "/FlateDecode"),
    "Width 2^32": lambda: pdf_with_image(os.urandom(40_000), 2 ** 32, 900),
    "Width -5": lambda: pdf_with_image(os.urandom(40_000), -5, 900),
    "Height 0": lambda: pdf_with_image(os.urandom(40_000), 1200, 0),
    "damaged JPEG": lambda: pdf_with_image(b"\xff\xd8\xff\xe0" + os.urandom(60_000), 1200, 900),
}


@pytest.mark.parametrize("name", PDF_BOMBS)
def test_pdfs_holding_bombs_are_refused_by_compress_in_plain_words(name):
    from lsp_desktop.fixing.compress_pdf import compress_pdf

    with pytest.raises(LspError) as error:
        compress_pdf(PDF_BOMBS[name]())
    assert error.value.code in ("fix.pdf_too_costly", "fix.pdf_damaged")
    assert "{" not in error.value.message("id")


@capped
def test_a_pdf_holding_a_bomb_given_to_fix_compress_and_add_fix_ends_plainly(tmp_path):
    path = mk.write(tmp_path, "scan.pdf", PDF_BOMBS["Flate 14000x14000"]())
    workspace = new_workspace(tmp_path / "w.lspws")
    for args in (["fix", "compress", path, "--out", tmp_path / "kecil.pdf"],
                 ["add", "--workspace", workspace, "npwp", path, "--fix"]):
        result = cli_capped(*args, home=tmp_path / "home")
        assert_plain(result)
        assert result.returncode == 1 and "200 MB" in result.stdout + result.stderr


@capped
def test_a_100000_page_pdf_is_refused_by_check_compress_and_combine(tmp_path):
    path = mk.write(tmp_path, "tebal.pdf", many_pages(100_000))
    for args in (["check", path], ["fix", "compress", path, "--out", tmp_path / "a.pdf"],
                 ["fix", "combine", path, path, "--out", tmp_path / "b.pdf"]):
        result = cli_capped(*args, home=tmp_path / "home")
        assert_plain(result)  # never a segmentation fault (exit -11)
        assert result.returncode == 1 and "2000 halaman" in result.stdout + result.stderr


@pytest.mark.parametrize("pages,refused", [(1999, False), (2001, True)])
def test_the_page_limit_is_told_from_the_page_tree(pages, refused):
    report = check_bytes(many_pages(pages), "tebal.pdf")
    assert ("pdf.too_many_pages" in codes(report)) is refused
    assert report.pages == (None if refused else pages)


@capped
def test_three_72_mb_scans_are_not_combined_past_the_ceiling(tmp_path):
    paths = []
    for index in range(3):
        path = tmp_path / f"scan{index}.pdf"
        with path.open("wb") as handle:
            handle.write(mk.pdf_bytes(1))
            handle.truncate(72_000_000)  # sparse: the sizes alone refuse them
        paths.append(path)
    workspace = new_workspace(tmp_path / "w.lspws")
    for args in (["fix", "combine", *paths, "--out", tmp_path / "satu.pdf"],
                 ["add", "--workspace", workspace, "npwp", *paths, "--fix"]):
        result = cli_capped(*args, home=tmp_path / "home", timeout=30)
        assert_plain(result)
        said = result.stdout + result.stderr
        assert result.returncode == 1, said


@pytest.mark.parametrize("cell,code", [(b"XFD1048576", "table.too_many_rows"),
                                       (b"A1048576", "table.too_many_rows"),
                                       (b"XFD3", "table.too_many_columns"),
                                       (b"HA60000", "table.too_many_rows")])
def test_an_xlsx_with_a_far_cell_is_refused_from_its_xml(tmp_path, cell, code):
    from lsp_desktop.tables.spreadsheet import read_table

    with pytest.raises(LspError) as error:
        read_table(xlsx_with_far_cell(tmp_path / "orang.xlsx", cell), "people")
    assert error.value.code == code


def test_an_empty_formatted_far_cell_and_the_false_claim_cost_nothing(tmp_path):
    from lsp_desktop.tables.spreadsheet import read_table

    rows = read_table(xlsx_with_far_cell(tmp_path / "orang.xlsx", b"XFD1048576", closed=True),
                      "people")
    assert [row["nama"] for _, row in rows] == ["Budi"]


@capped
def test_the_far_cell_xlsx_is_refused_under_the_ceiling(tmp_path):
    path = xlsx_with_far_cell(tmp_path / "orang.xlsx", b"XFD1048576")
    workspace = new_workspace(tmp_path / "w.lspws")
    result = cli_capped("import-table", "people", path, "--workspace", workspace,
                        home=tmp_path / "home", timeout=30)
    assert_plain(result)
    assert result.returncode == 1 and "50000" in result.stdout + result.stderr


def test_the_budget_is_well_under_the_ceiling():
    assert 2 * DECODE_BUDGET < 500 * 1024 * 1024


def _pdf_with_bomb_content(length: int) -> bytes:
    """A page whose content stream inflates to ``length`` bytes (pypdf stops at 75 MB
    with LimitReachedError), with a picture big enough that a compress reads the page."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, StreamObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_image(
        jpeg_claiming(1200, 900, progressive=False) + os.urandom(40_000), 1200, 900))))
    content = StreamObject()
    content._data = zeros_zlib(length)
    content[NameObject("/Filter")] = NameObject("/FlateDecode")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_content_stream_past_pypdfs_limit_is_said_plainly():
    from lsp_desktop.fixing.assemble import combine
    from lsp_desktop.fixing.compress_pdf import compress_pdf

    data = _pdf_with_bomb_content(120 * 1024 * 1024)
    for fix in (compress_pdf, lambda d: combine([d, d])):
        try:
            fix(data)
        except LspError as error:
            assert "{" not in error.message("id")


@capped
def test_a_49_megapixel_photo_is_compressed_under_the_ceiling(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "kantor.jpg"
    # Made in a child process too: the 49 Mpx picture is 200 MB while it is encoded.
    subprocess.run([sys.executable, "-c", (
        "import sys; from PIL import Image; Image.MAX_IMAGE_PIXELS = None; "
        "g = Image.linear_gradient('L').resize((7000, 7000)); "
        "Image.merge('RGB', (g, g.transpose(Image.Transpose.ROTATE_90), g)).save("
        "sys.argv[1], quality=95)"), str(path)], check=True, timeout=60)
    result = cli_capped("fix", "compress", path, "--out", tmp_path / "kecil.jpg",
                        "--max-bytes", "300000", home=tmp_path / "home")
    assert_plain(result)
    assert result.returncode == 0 and (tmp_path / "kecil.jpg").stat().st_size < 300_000


def test_a_page_tree_that_loops_or_lies_about_its_count_ends_plainly():
    one = many_pages(1)
    looping = one.replace(b"/Kids [3 0 R]", b"/Kids [3 0 R 2 0 R]")
    lying = many_pages(2500).replace(b"/Count 2500", b"/Count 1", 1)
    assert "pdf.too_many_pages" in codes(check_bytes(lying, "tebal.pdf"))
    report = check_bytes(looping, "putar.pdf")
    assert report.verdict == "error" and report.pages is None

"""Compress to fit keeps what Ghostscript made to fit loses: a 400 dpi scan comes out
over 156 dpi (Ghostscript: 150), under the limit, and reads as it did; the quick ways
it takes (a halving by 2x2 averages, a decoding kept or kept at half size, or decoded
again when memory is short) all give the same resolution. Real scans made here."""

import io
import shutil
import subprocess

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader

import lsp_desktop.fixing.compress_pdf as compress_module
from lsp_desktop.fixing.compress_pdf import compress_pdf
from lsp_desktop.fixing.pdf_pictures import resized, survey
from tests.support.scans import scan_pdf

LIMIT = 2_000_000
GHOSTSCRIPT_DPI = 150  # what Ghostscript's /ebook made to fit keeps


@pytest.fixture(scope="module")
def grey_400() -> bytes:
    """One A4 page scanned at 400 dpi in grey, as a scanner saves it (7-8 MB)."""
    data = scan_pdf(400, ("L",), quality=90)
    assert len(data) > 3 * LIMIT
    return data


@pytest.fixture(scope="module")
def grey_400_fixed(grey_400):
    return compress_pdf(grey_400)


def lowest_dpi(data: bytes) -> float:
    return survey(PdfReader(io.BytesIO(data)))[1]


def test_a_400_dpi_scan_fits_keeping_far_more_than_ghostscript(grey_400_fixed):
    assert grey_400_fixed.fits and grey_400_fixed.after_bytes < LIMIT
    assert grey_400_fixed.after_bytes >= 0.85 * LIMIT  # the budget is used, not wasted
    kept = lowest_dpi(grey_400_fixed.data)
    assert kept >= 156 and kept > GHOSTSCRIPT_DPI * 1.5  # about 310 dpi
    assert grey_400_fixed.min_dpi_after == pytest.approx(kept, rel=0.01)


def render(path, folder, name: str) -> Image.Image:
    prefix = folder / name
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-f", "1", "-l", "1", str(path),
                    str(prefix)], check=True, timeout=60)
    found = sorted(folder.glob(f"{name}*.pgm"))
    with Image.open(found[0]) as page:
        return page.convert("L")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_the_compressed_scan_reads_as_the_original(grey_400, grey_400_fixed, output_dir):
    before_path, after_path = output_dir / "400dpi-before.pdf", output_dir / "400dpi-after.pdf"
    before_path.write_bytes(grey_400)
    after_path.write_bytes(grey_400_fixed.data)
    before = render(before_path, output_dir, "400dpi-before")
    after = render(after_path, output_dir, "400dpi-after")
    assert before.size == after.size
    # Printed lines stay where they were and as dark: the pages differ only by grain,
    # which averaging 3x3 pixels evens out (a page moved by half a line differs by 30).
    difference = ImageChops.difference(before.reduce(3), after.reduce(3))
    assert ImageStat.Stat(difference).mean[0] < 3
    assert ImageStat.Stat(after).mean[0] == pytest.approx(ImageStat.Stat(before).mean[0], abs=2)


def test_halving_an_odd_sized_page_keeps_its_size_and_its_lines_in_place():
    page = Image.new("L", (2481, 3507), 230)
    page.paste(0, (0, 1000, 2481, 1004))  # a ruled line, 4 rows thick, at row 1000
    half = resized(page, (1240, 1754))
    assert half.size == (1240, 1754)
    column = [half.getpixel((600, row)) for row in range(495, 506)]
    assert [row for row, value in zip(range(495, 506), column, strict=True) if value < 50] \
        == [500, 501]
    two_thirds = resized(page, (1654, 2338))
    assert two_thirds.size == (1654, 2338) and two_thirds.getpixel((800, 668)) < 100


@pytest.fixture(scope="module")
def colour_pages() -> bytes:
    """Two A4 pages at 300 dpi in colour (35 MB each decoded)."""
    return scan_pdf(300, ("RGB", "RGB"), quality=92)


@pytest.fixture(scope="module")
def colour_pages_fixed(colour_pages):
    return compress_pdf(colour_pages, max_bytes=LIMIT // 2)


# Decoded pictures held at once: none kept (each page decoded again), half-size copies
# (two decodings in flight and 20 MB more), every decoding kept whole.
HELD = {"none": 0, "halves": 90 * 1024 * 1024, "whole": 4 * 1024 * 1024 * 1024}


@pytest.mark.parametrize("held", HELD)
def test_a_scan_too_large_to_keep_decoded_gives_the_same_resolution(
        colour_pages, colour_pages_fixed, held, monkeypatch):
    monkeypatch.setattr(compress_module, "HELD_DECODED_BYTES", HELD[held])
    result = compress_pdf(colour_pages, max_bytes=LIMIT // 2)
    assert result.fits and LIMIT // 2 > result.after_bytes >= 0.85 * LIMIT // 2
    assert result.min_dpi_after == colour_pages_fixed.min_dpi_after >= 150
    assert result.after_bytes == pytest.approx(colour_pages_fixed.after_bytes, rel=0.02)
    assert lowest_dpi(result.data) == pytest.approx(result.min_dpi_after, rel=0.01)
    pages = PdfReader(io.BytesIO(result.data)).pages
    assert len(pages) == 2 and all(p.images[0].image.mode == "RGB" for p in pages)


def test_a_stamp_between_the_sampled_strips_keeps_a_grey_page_in_colour():
    """Strips settle a tinted page quickly; a white page with one blue stamp that no
    strip crosses is looked at whole, and stays in colour."""
    from PIL import ImageDraw

    from tests.support.scans import scan_image

    page = scan_image(200, "L").convert("RGB")
    eighth = page.height / 8  # the strips lie in the middle of each eighth of the page
    centre = (page.width // 2, round(3 * eighth))
    ImageDraw.Draw(page).ellipse((centre[0] - 70, centre[1] - 70, centre[0] + 70,
                                  centre[1] + 70), fill=(30, 60, 200))
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=200, quality=95)
    result = compress_pdf(buffer.getvalue(), max_bytes=len(buffer.getvalue()) // 2)
    assert result.fits
    picture = PdfReader(io.BytesIO(result.data)).pages[0].images[0].image
    assert picture.mode == "RGB"
    blue = picture.getpixel((centre[0] * picture.width // page.width,
                             centre[1] * picture.height // page.height))
    assert blue[2] > blue[0] + 100  # still blue


def test_a_shrink_just_short_of_half_is_never_enlarged_back():
    page = Image.effect_noise((3990, 5000), 40)
    smaller = resized(page, (2000, 2506))  # 50.1 %: 2x2 blocks would give 1995 columns
    assert smaller.size == (2000, 2506)
    # Filtered from the page itself, not averaged to 1995 and stretched: as much detail.
    stretched = page.reduce(2).resize((2000, 2506))
    assert ImageStat.Stat(smaller).stddev[0] > ImageStat.Stat(stretched).stddev[0]

"""Compress to fit on scan-like PDFs made here: colour, grey, black-and-white and a text
page, one page turned; real files, no mocks."""

import io
import shutil
import subprocess

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from lsp_desktop.base.errors import LspError
from lsp_desktop.fixing.compress_pdf import compress_pdf, compress_pdf_steps
from lsp_desktop.fixing.pdf_pictures import survey
from tests.support.scans import TEXT_LINES, join_pdfs, scan_pdf, text_page_pdf

LIMIT = 2_000_000


@pytest.fixture(scope="module")
def mixed_scan() -> bytes:
    """Colour 240 dpi, grey 200 dpi, black-and-white 300 dpi, text; page 1 turned."""
    data = join_pdfs([scan_pdf(240, ("RGB",)), scan_pdf(200, ("L",)), scan_pdf(300, ("1",)),
                      text_page_pdf()], rotate={0: 90})
    assert len(data) > 3 * LIMIT // 2
    return data


@pytest.fixture(scope="module")
def mixed_result(mixed_scan):
    return compress_pdf(mixed_scan)


def pages_of(data: bytes):
    return PdfReader(io.BytesIO(data)).pages


def test_fits_and_keeps_pages_sizes_rotation_and_text(mixed_scan, mixed_result):
    before, after = pages_of(mixed_scan), pages_of(mixed_result.data)
    assert len(after) == len(before) == mixed_result.pages == 4
    for old, new in zip(before, after, strict=True):
        assert new.mediabox == old.mediabox
        assert new.rotation == old.rotation
    assert after[0].rotation == 90
    assert after[3].extract_text() == before[3].extract_text()
    assert all(line in after[3].extract_text() for line in TEXT_LINES)
    assert mixed_result.fits and mixed_result.changed
    assert mixed_result.after_bytes == len(mixed_result.data) < LIMIT
    assert mixed_result.before_bytes == len(mixed_scan)
    # No needless loss: at least half the budget is used.
    assert mixed_result.after_bytes >= LIMIT // 2


def test_keeps_the_legibility_floor_and_opens_every_picture(mixed_result):
    assert mixed_result.min_dpi_after >= 150
    _, lowest = survey(PdfReader(io.BytesIO(mixed_result.data)))
    assert lowest >= 150
    for page in pages_of(mixed_result.data)[:3]:
        for picture in page.images:
            picture.image.load()  # decodes with Pillow


def test_grey_and_black_and_white_pages_stay_so(mixed_result):
    pages = pages_of(mixed_result.data)
    grey = pages[1].images[0].image
    bilevel = pages[2].images[0]
    assert grey.mode == "L"
    assert bilevel.image.mode == "1"  # kept lossless: 1-bit, never JPEG
    assert pages[0].images[0].image.mode == "RGB"


def test_grey_scan_stored_in_colour_becomes_grey():
    rgb_grey = scan_pdf(200, ("L",))
    # A grey page saved by a scanner in colour mode.
    page = Image.open(io.BytesIO(pages_of(rgb_grey)[0].images[0].data)).convert("RGB")
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=200, quality=95)
    result = compress_pdf(buffer.getvalue(), max_bytes=len(buffer.getvalue()) // 2)
    assert result.fits
    assert pages_of(result.data)[0].images[0].image.mode == "L"


def test_small_pdf_is_returned_untouched():
    data = join_pdfs([scan_pdf(100, ("L",)), text_page_pdf()])
    assert len(data) < LIMIT
    result = compress_pdf(data)
    assert result.data is data or result.data == data
    assert not result.changed and result.fits and result.pages == 2


def test_progress_steps_and_cancellation(mixed_scan):
    steps = compress_pdf_steps(mixed_scan)
    done, total = next(steps)
    assert 0 < done < total
    steps.close()  # the window's cancel: nothing more runs


def test_cannot_fit_above_the_floor_is_refused_plainly():
    data = scan_pdf(160, ("RGB",))
    with pytest.raises(LspError) as caught:
        compress_pdf(data, max_bytes=30_000)
    assert caught.value.code == "fix.pdf_cannot_fit"
    assert "dpi" in caught.value.message("id") and "diperkecil" in caught.value.message("id")


def test_damaged_pdf_is_refused_plainly():
    data = scan_pdf(150, ("L",))
    with pytest.raises(LspError) as caught:
        compress_pdf(data[: len(data) // 2] + b"\n" * 10 + data[: len(data) // 2] * 3)
    assert caught.value.code == "fix.pdf_damaged"
    message = caught.value.message("id")
    assert message.startswith("PDF ini rusak") and "Error" not in message


def test_encrypted_pdf_is_refused_plainly():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(scan_pdf(100, ("RGB",)))))
    writer.encrypt("rahasia", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(LspError) as caught:
        compress_pdf(buffer.getvalue())
    assert caught.value.code == "fix.pdf_encrypted"
    assert "kata sandi" in caught.value.message("id")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_rendered_page_for_a_human_look(mixed_result, output_dir):
    path = output_dir / "intake-compressed-page1.pdf"
    path.write_bytes(mixed_result.data)
    prefix = output_dir / "intake-compressed"
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "2", str(path),
                    str(prefix)], check=True, timeout=60)
    rendered = sorted(output_dir.glob("intake-compressed-*.png"))
    assert rendered
    with Image.open(rendered[0]) as page:
        assert page.width > page.height  # page 1 is turned a quarter

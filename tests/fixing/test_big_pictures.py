"""Phone photos past the 50 Mpx a picture is decoded whole at are shrunk through the JPEG
decoder's own reduced scale, never decoded in full; a PNG that large (a bomb) is refused
with its real size."""

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from lsp_desktop.base.errors import LspError
from lsp_desktop.fixing.assemble import to_pdf
from lsp_desktop.fixing.pictures import compress_image, rotate_image
from tests import makefiles as mk

LIMIT = 2_000_000
SIZE = (10_000, 6_000)  # 60 Mpx: past the 50 Mpx decoding limit, within 200 Mpx


@pytest.fixture(scope="module")
def big_photo() -> bytes:
    """A 60-megapixel phone photo of many megabytes (grain enlarged, so it is quick)."""
    image = Image.effect_noise((2500, 1500), 40).resize(SIZE).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def test_a_photo_past_50_megapixels_is_shrunk_under_the_limit(big_photo):
    assert len(big_photo) > LIMIT
    result = compress_image(big_photo, "jpeg")
    assert result.fits and result.after_bytes < LIMIT and result.before_bytes == len(big_photo)
    width, height = result.pixels
    assert width * height <= 50_000_000 and width / height == pytest.approx(10 / 6, 0.01)
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.format == "JPEG" and image.size == result.pixels


def test_a_big_photo_is_turned_and_made_to_fit_saying_so(big_photo):
    result = rotate_image(big_photo, 90)
    assert result.fits and result.shrunk
    assert result.before_bytes == len(big_photo)  # the input's size, not the turned copy's
    width, height = result.pixels
    assert height > width  # turned


def test_a_big_photo_becomes_a_pdf_page_of_the_picture_it_holds(big_photo):
    result = to_pdf([big_photo])
    assert result.fits
    page = PdfReader(io.BytesIO(result.data)).pages[0]
    picture = next(iter(page.images))
    assert picture.image.width * picture.image.height <= 50_000_000


def test_a_small_photo_turned_reports_its_own_size_and_is_not_shrunk():
    image = Image.effect_noise((800, 600), 40).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    result = rotate_image(data, 90)
    assert result.before_bytes == len(data) and not result.shrunk
    assert result.pixels == (600, 800)


@pytest.mark.parametrize(("side", "megapixels"), [(30_000, 900), (8_000, 64)])
def test_a_png_too_large_to_decode_is_refused_with_its_real_size(side, megapixels):
    bomb = mk.png_header_only(side, side)
    for fix in (lambda: compress_image(bomb, "png"), lambda: compress_image(bomb, "jpeg"),
                lambda: rotate_image(bomb, 90), lambda: to_pdf([bomb])):
        with pytest.raises(LspError) as caught:
            fix()
        assert caught.value.code == "image.too_many_pixels"
        assert f"{megapixels} megapiksel" in caught.value.message("id")


def test_a_jpeg_past_200_megapixels_is_refused_unread():
    # Only the header says 250 Mpx: nothing behind it is decoded.
    header = mk.image_bytes("JPEG", size=(64, 64))
    sof = header.index(b"\xff\xc0")
    bomb = header[:sof + 5] + (12_500).to_bytes(2, "big") + (20_000).to_bytes(2, "big") \
        + header[sof + 9:]
    with pytest.raises(LspError) as caught:
        compress_image(bomb, "jpeg")
    assert caught.value.values["megapixels"] == 250

"""Pictures shrunk and turned, pictures made into a PDF, files combined, pages turned."""

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from lsp_desktop.base.errors import LspError
from lsp_desktop.fixing.assemble import combine, combine_steps, rotate_pdf, to_pdf
from lsp_desktop.fixing.pictures import compress_image, rotate_image
from tests.support.scans import TEXT_LINES, scan_image, scan_pdf, text_page_pdf

LIMIT = 2_000_000


def photo(size=(2400, 1800), exif_orientation: int | None = None, quality=97) -> bytes:
    image = Image.effect_noise(size, 40).convert("RGB")
    buffer = io.BytesIO()
    exif = Image.Exif()
    if exif_orientation:
        exif[0x0112] = exif_orientation
    image.save(buffer, "JPEG", quality=quality, exif=exif)
    return buffer.getvalue()


def logo(size=(1200, 1200)) -> bytes:
    """A PNG logo with see-through corners and noise that makes it large."""
    image = Image.merge("RGBA", (Image.effect_noise(size, 60), Image.effect_noise(size, 60),
                                 Image.linear_gradient("L").resize(size),
                                 Image.new("L", size, 255)))
    image.paste((0, 0, 0, 0), (0, 0, 200, 200))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_photo_is_shrunk_under_the_limit():
    data = photo((3000, 2250))
    assert len(data) > LIMIT
    result = compress_image(data, "jpeg")
    assert result.fits and result.changed and result.after_bytes < LIMIT
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.format == "JPEG" and image.size == result.pixels


def test_png_logo_keeps_transparency():
    data = logo()
    assert len(data) > LIMIT
    result = compress_image(data, "png")
    assert result.after_bytes < LIMIT
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.format == "PNG"
        rgba = image.convert("RGBA")
        assert rgba.getpixel((10, 10))[3] == 0 and rgba.getpixel((900, 900))[3] == 255


def test_small_upright_picture_is_untouched():
    data = photo((400, 300))
    result = compress_image(data, "jpeg")
    assert result.data == data and not result.changed


def test_exif_orientation_is_applied():
    data = photo((400, 300), exif_orientation=6)  # stored sideways, shown upright
    result = rotate_image(data, 0)
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.size == (300, 400)
        assert image.getexif().get(0x0112) in (None, 1)


def test_rotate_picture_quarter_turn():
    result = rotate_image(photo((400, 300)), 90)
    assert result.pixels == (300, 400)


def test_heic_is_refused_plainly():
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100
    with pytest.raises(LspError) as caught:
        to_pdf([heic])
    assert caught.value.code == "fix.heic_unsupported"
    assert "iPhone" in caught.value.message("id")


def test_pictures_to_a4_pdf_in_order_with_jpeg_kept_as_is():
    wide, tall = photo((800, 600), quality=80), photo((600, 800), quality=80)
    result = to_pdf([wide, tall])
    pages = PdfReader(io.BytesIO(result.data)).pages
    assert len(pages) == result.pages == 2
    assert pages[0].mediabox.width > pages[0].mediabox.height  # landscape A4
    assert round(float(pages[1].mediabox.height)) == 842
    embedded = pages[0]["/Resources"]["/XObject"]["/Im0"].get_object()
    assert embedded.get_data() == wide  # the JPEG as it came, not re-encoded


def test_logo_to_pdf_at_own_size_keeps_alpha():
    result = to_pdf([logo((300, 300))], page_size="own")
    page = PdfReader(io.BytesIO(result.data)).pages[0]
    assert round(float(page.mediabox.width)) == 144  # 300 px at the default 150 dpi
    assert "/SMask" in page.images[0].indirect_reference.get_object()


def test_combine_pdfs_and_pictures_then_fit():
    scan = scan_pdf(250, ("RGB",))
    text = text_page_pdf()
    page_photo = scan_image(150, "RGB")
    buffer = io.BytesIO()
    page_photo.save(buffer, "PNG")  # a big lossless picture: the combination is oversize
    steps = combine_steps([text, scan, buffer.getvalue()])
    progress = []
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as stop:
            result = stop.value
            break
    assert progress[0] == (1, 3) and progress[2] == (3, 3)
    pages = PdfReader(io.BytesIO(result.data)).pages
    assert len(pages) == 3 and result.after_bytes < LIMIT and result.min_dpi_after >= 150
    assert all(line in pages[0].extract_text() for line in TEXT_LINES)


def test_rotate_pdf_pages_losslessly():
    data = combine([text_page_pdf(), text_page_pdf()]).data
    result = rotate_pdf(data, 270, pages=[1])
    pages = PdfReader(io.BytesIO(result.data)).pages
    assert [p.rotation for p in pages] == [0, 270]
    with pytest.raises(LspError) as caught:
        rotate_pdf(data, 90, pages=[5])
    assert caught.value.code == "fix.bad_page"
    with pytest.raises(LspError) as caught:
        rotate_pdf(data, 45)
    assert caught.value.code == "fix.bad_angle"

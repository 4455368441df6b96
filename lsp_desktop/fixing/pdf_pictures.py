"""The pictures inside a PDF: which ones a fix may re-encode, at what resolution they
are shown, how to decode one at a time, and a small sample of each for estimates."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from lsp_desktop.checks.image import pillow
from lsp_desktop.fixing import codecs
from lsp_desktop.fixing.placement import drawn_sizes, effective_dpi, page_xobject_images

# Pictures smaller than this are logos, stamps and signatures: not worth touching.
MIN_STREAM_BYTES = 30_000
_TONE_SPACES = {"/DeviceRGB", "/DeviceGray", "/CalRGB", "/CalGray"}
_KEPT_FILTERS = {"/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode"}
# Strips sampled per picture and their height in rows (a multiple of JPEG's 16-row
# block, so the sample compresses like the whole).
SAMPLE_STRIPS = 8
# A fix's JPEGs (estimates and the pictures written alike, so the one predicts the
# other) are not Huffman-optimised: that triples the time of encoding a scan, for 2-3 %
# fewer bytes.
OPTIMIZE_HUFFMAN = False
STRIP_ROWS = 48


@dataclass
class Picture:
    """One image XObject worth re-encoding."""

    idnum: int
    pixels: tuple[int, int]
    dpi: float  # effective, at its largest drawing
    original_bytes: int
    bilevel: bool
    grey: bool = False
    colorspace: object = None  # kept when it is an ICC profile of the right size
    sample: Any = None  # a Pillow picture: strips stacked
    sample_share: float = 1.0  # the sample's rows / the picture's rows
    replacement: Any = None  # a bilevel picture's new stream, when smaller
    original: object = None  # its stream as found, kept once a new one is swapped in
    decoded: Any = None  # the full-size decoding of :func:`prepare`, when kept for reuse
    # Else its decoding averaged to half size (a quarter of the memory), when kept: what
    # :func:`resized` starts from for any plan that halves the picture or more.
    half: Any = None
    _cache: dict = field(default_factory=dict)


def refuse_unsafe_pictures(pictures: list[Picture], writer) -> None:
    """LspError before anything is decoded: ``fix.pdf_damaged`` for a picture whose size
    is nonsense (a /Width of -5 or 2^32), ``fix.pdf_too_costly`` for one whose decoding
    would pass the memory budget (its dictionary's size, or its JPEG's own header, which
    may say more)."""
    from lsp_desktop.base.errors import LspError
    from lsp_desktop.checks.decoding import DECODE_BUDGET

    for page in writer.pages:
        for stream in page_xobject_images(page).values():
            if sides(stream) is None:
                raise LspError("fix.pdf_damaged", reason="bad_picture")
    for picture in pictures:
        stream = writer.get_object(picture.idnum)
        if picture_cost(stream, picture.pixels) > DECODE_BUDGET:
            raise LspError("fix.pdf_too_costly")


# No scanner makes a side longer than this (A0 at 1200 dpi is 40,000 pixels).
MAX_SIDE = 100_000


def sides(stream) -> tuple[int, int] | None:
    """A picture's /Width and /Height, or None when they are no sizes at all."""
    try:
        width, height = int(stream.get("/Width", 0)), int(stream.get("/Height", 0))
    except (TypeError, ValueError):
        return None
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        return None
    return width, height


def picture_cost(stream, pixels: tuple[int, int]) -> int:
    """Bytes to decode one picture: as its dictionary says, or as its JPEG's header
    says (with a progressive JPEG's coefficients) when that is more."""
    from lsp_desktop.checks.decoding import decode_cost

    grey = _space(stream.get("/ColorSpace"))[0] in ("/DeviceGray", "/CalGray")
    cost = pixels[0] * pixels[1] * (1 if grey else 4)  # Pillow holds RGB in 4 bytes
    filters = stream.get("/Filter", [])
    if filters in ("/DCTDecode", ["/DCTDecode"]):
        try:
            with pillow().open(io.BytesIO(stream._data)) as header:
                cost = max(cost, decode_cost(header))
        except Exception:  # noqa: BLE001 - not a JPEG: the decoding says it is damaged
            pass
    return cost


def survey(writer) -> tuple[list[Picture], float | None]:
    """The pictures to re-encode, in page order, and the lowest effective dpi of any
    picture in the document (None without pictures)."""
    dpis: dict[int, float] = {}
    streams: dict[int, object] = {}
    for page in writer.pages:
        box = (float(page.mediabox.width), float(page.mediabox.height))
        images = page_xobject_images(page)
        if not images:
            continue
        try:
            drawn = drawn_sizes(page, writer)
        except Exception:  # noqa: BLE001 - an unparsable content stream: assume full page
            drawn = {}
        for idnum, stream in images.items():
            pixels = sides(stream)
            if pixels is None:
                continue  # no size to speak of: never re-encoded (a fix refuses it)
            dpi = effective_dpi(pixels, drawn.get(idnum), box)
            dpis[idnum] = min(dpi, dpis.get(idnum, dpi))
            streams[idnum] = stream
    pictures = [p for p in (_candidate(i, s, dpis[i]) for i, s in streams.items()) if p]
    return pictures, min(dpis.values(), default=None)


def _candidate(idnum: int, stream, dpi: float) -> Picture | None:
    filters = stream.get("/Filter", [])
    filters = [filters] if isinstance(filters, str) else list(filters)
    raw = len(stream._data)  # pypdf keeps the encoded bytes there; get_data() decodes
    if raw < MIN_STREAM_BYTES or _KEPT_FILTERS & set(filters):
        return None
    if stream.get("/ImageMask") or "/Decode" in stream or "/Mask" in stream:
        return None  # inverted or stencil pictures: re-encoding would change the look
    bits = int(stream.get("/BitsPerComponent", 8))
    space, icc = _space(stream.get("/ColorSpace"))
    pixels = sides(stream) or (1, 1)
    if bits == 1 and space == "/DeviceGray":
        return Picture(idnum, pixels, dpi, raw, bilevel=True)
    if bits != 8 or space not in _TONE_SPACES:
        return None  # CMYK, spot colours and palettes are left as they are
    return Picture(idnum, pixels, dpi, raw, bilevel=False, colorspace=icc)


def _space(value) -> tuple[str | None, object]:
    """The colour space as one of the device names, and the ICC profile to keep."""
    value = value.get_object() if value is not None else None
    if isinstance(value, str):
        return value, None
    if isinstance(value, list) and value and value[0] == "/ICCBased":
        channels = int(value[1].get_object().get("/N", 0))
        return {1: "/DeviceGray", 3: "/DeviceRGB"}.get(channels), value
    if isinstance(value, list) and value and value[0] in ("/CalRGB", "/CalGray"):
        return value[0], None
    return None, None


def decode(stream, shrink_to: tuple[int, int] | None = None):
    """The picture as a Pillow image (mode 1, L or RGB). A JPEG that will be shrunk is
    decoded at a reduced scale straight away, which libjpeg does several times faster."""
    filters = stream.get("/Filter", [])
    filters = [filters] if isinstance(filters, str) else list(filters)
    if filters == ["/DCTDecode"]:
        Image = pillow()  # noqa: N806 - the module's usual name
        image = Image.open(io.BytesIO(stream._data))
        if shrink_to is not None:
            image.draft(image.mode, shrink_to)
        image.load()
    else:
        image = codecs.png_predicted_image(stream) or stream.decode_as_image()
        # pypdf keeps the decoded bytes on the stream: drop them, one picture at a time.
        if hasattr(stream, "decoded_self"):
            stream.decoded_self = None
    if image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    return image


# What :func:`prepare` keeps of a tone picture's decoding for the second pass.
KEEP_NONE, KEEP_HALF, KEEP_FULL = 0, 1, 2


def prepare(picture: Picture, stream, keep: int = KEEP_NONE) -> None:
    """Decode the picture once: a bilevel one is re-encoded losslessly now (cheap, and
    no later choice changes it); of a tone one a sample of strips is kept, and the
    decoding too as ``keep`` says, whole or at half size: re-encoding it then needs no
    second decode, which costs as much as its resize and encode together."""
    image = decode(stream)
    if picture.bilevel:
        if image.mode == "1":
            new = codecs.image_stream(image)
            if len(new._data) < picture.original_bytes:
                picture.replacement = new
        return
    picture.sample, picture.sample_share = _strips(image)
    if image.mode == "RGB" and picture.colorspace is None \
            and _grey(image, picture.sample, picture.sample_share):
        picture.grey = True
        image, picture.sample = image.convert("L"), picture.sample.convert("L")
    if keep == KEEP_FULL:
        picture.decoded = image
    elif keep == KEEP_HALF:
        picture.half = image.reduce(2)


def _grey(image, sample, sample_share: float) -> bool:
    """Whether a colour-stored picture holds only greys: its strips first, which settle
    most colour pages (tinted paper, a coloured form) at a tenth of the cost, else the
    whole (a stamp may be anywhere). The colour seen in the strips alone, counted as a
    share of the page, must pass the page's threshold five times over to settle it."""
    if sample is not image and \
            codecs.colour_share(sample) * sample_share > 5 * codecs.GREY_SHARE:
        return False
    return codecs.is_grey(image)


def decoded_bytes(image) -> int:
    """Memory a decoded picture holds: Pillow keeps RGB in four bytes a pixel."""
    return image.width * image.height * (1 if image.mode in ("1", "L") else 4)


def _strips(image):
    rows = image.height
    if rows <= 2 * SAMPLE_STRIPS * STRIP_ROWS:
        return image, 1.0
    step = rows / SAMPLE_STRIPS
    stack = pillow().new(image.mode, (image.width, SAMPLE_STRIPS * STRIP_ROWS))
    for index in range(SAMPLE_STRIPS):
        top = int(index * step + (step - STRIP_ROWS) / 2) // 16 * 16
        strip = image.crop((0, top, image.width, top + STRIP_ROWS))
        stack.paste(strip, (0, index * STRIP_ROWS))
    return stack, SAMPLE_STRIPS * STRIP_ROWS / rows


def scale_for(picture: Picture, dpi: float | None) -> float:
    return 1.0 if dpi is None or picture.dpi <= dpi else dpi / picture.dpi


def estimate(picture: Picture, dpi: float | None, quality: int) -> int:
    """Bytes the picture would take at ``dpi`` and ``quality``, from its sample."""
    if picture.bilevel:
        return len(picture.replacement._data) if picture.replacement else picture.original_bytes
    scale = scale_for(picture, dpi)
    key = round(scale, 4)
    if key not in picture._cache:
        picture._cache.clear()  # one resampled sample at a time is enough
        picture._cache[key] = resample(picture.sample, scale)
    encoded = codecs.encode_jpeg(picture._cache[key], quality, optimize=OPTIMIZE_HUFFMAN)
    size = len(encoded) / picture.sample_share
    # Kept as it is when re-encoding at full size would not make it smaller.
    return min(int(size), picture.original_bytes) if scale == 1.0 else int(size)


def resample(image, scale: float):
    if scale >= 1.0:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return resized(image, size)


def resized(image, size: tuple[int, int]):
    """A scan's picture at a smaller size. Shrunk to half or less, it is first averaged
    by whole blocks of pixels (Pillow's ``reduce``): a 2x2 average is what a scanner set
    to half the dpi gives, in a tenth of a filter's time. What is left of the shrinking
    is Hamming-windowed: print as sharp as bicubic to the eye at the 150-300 dpi a fix
    keeps, as many bytes once encoded, in 60 % of bicubic's time (half of it all for a
    400 dpi page)."""
    # A side rounded up (1754 rows of 3507) still halves: a hundredth of slack, so long
    # as the blocks' average is no smaller than asked (never enlarged back).
    factor = int(min(image.width / size[0], image.height / size[1]) + 0.01)
    while factor >= 2 and (-(-image.width // factor) < size[0]
                           or -(-image.height // factor) < size[1]):
        factor -= 1
    if factor >= 2:
        image = image.reduce(factor)
    over = (image.width - size[0], image.height - size[1])
    if min(over) >= 0 and max(over) <= 1:  # the odd last pixel of a side: left out
        return image if image.size == size else image.crop((0, 0, *size))
    return image.resize(size, pillow().Resampling.HAMMING)

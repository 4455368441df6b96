"""Turning pictures into PDF image streams and back, with Pillow and pypdf alone.

Codecs, and why:
- Colour and grey pictures: JPEG (DCTDecode). Every PDF reader has it, Pillow writes it
  fast, and it is what shrinks a scan's paper grain.
- Black-and-white (1-bit) scans: CCITT Group 4, lossless and 5-20x smaller than
  1-bit Flate on text. Pillow writes it through libtiff (in its wheels) as a one-strip
  TIFF, whose strip is exactly a PDF CCITTFaxDecode stream: Pillow's own PDF writer does
  the same. JBIG2 would be smaller still but no PDF-writing library here encodes it; and
  without libtiff we fall back to 1-bit Flate with the PNG predictor, still lossless.
- Logos and other pictures with transparency: the PNG encoder's zlib stream with its
  row filters (FlateDecode, /Predictor 15) plus a soft mask: lossless, as small as PNG.
"""

from __future__ import annotations

import io
import math
import struct
import zlib

from lsp_desktop.checks.image import pillow

JPEG_OPTIONS = {"optimize": True}
# A colour picture whose channels never differ by more than this is a grey one that the
# scanner stored in colour; what differs more in 1 pixel of 500 is true colour (a stamp).
_GREY_SPREAD = 24
GREY_SHARE = 0.002


def is_grey(image) -> bool:
    """Whether an RGB picture holds only greys (judged on a small copy: quick)."""
    return colour_share(image) <= GREY_SHARE


def colour_share(image) -> float:
    """The share of an RGB picture's area in true colour, judged on a small copy."""
    from PIL import ImageChops

    # Resized straight from the picture: a copy to thumbnail would cost a full-size copy.
    # Averaged by whole blocks first (reducing_gap 1): a third of the time of a finer
    # filter on a full page, and averaging is all a judgement of colour needs.
    scale = min(1.0, 400 / max(image.width, image.height))
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    small = image.resize(size, pillow().Resampling.BICUBIC, reducing_gap=1.0)
    red, green, blue = small.split()
    spread = ImageChops.lighter(ImageChops.difference(red, green),
                                ImageChops.difference(green, blue))
    histogram = spread.histogram()
    return sum(histogram[_GREY_SPREAD:]) / (small.width * small.height)


def encode_jpeg(image, quality: int, optimize: bool = True) -> bytes:
    """``optimize``: Huffman tables made for this picture, 2-3 % smaller, but three
    times the encoding time of a full scan."""
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, **{**JPEG_OPTIONS, "optimize": optimize})
    return buffer.getvalue()


def encode_g4(image) -> bytes | None:
    """A 1-bit picture as a CCITT G4 stream, or None when libtiff is missing."""
    from PIL import features

    if not features.check("libtiff"):
        return None
    buffer = io.BytesIO()
    # One strip for the whole picture, so the strip is the complete G4 stream.
    image.save(buffer, "TIFF", compression="group4",
               strip_size=math.ceil(image.width / 8) * image.height)
    Image = pillow()  # noqa: N806 - the module's usual name
    with Image.open(io.BytesIO(buffer.getvalue())) as tiff:
        offset = tiff.tag_v2[273][0]
        length = tiff.tag_v2[279][0]
    return buffer.getvalue()[offset:offset + length]


def png_flate(image) -> tuple[bytes, int]:
    """The zlib stream (with PNG row filters) of an L, RGB or 1 picture, and its colour
    count: a FlateDecode stream with /Predictor 15 needs nothing more."""
    buffer = io.BytesIO()
    # zlib's default level: level 9 takes several times longer for a few per cent.
    image.save(buffer, "PNG", compress_level=6)
    data, idat, pos = buffer.getvalue(), [], 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    return b"".join(idat), {"L": 1, "1": 1, "RGB": 3}[image.mode]


def _image_xobject(image, bits: int, colorspace=None):
    """An empty image XObject with the picture's size, depth and colour space."""
    from pypdf.generic import DecodedStreamObject, NameObject, NumberObject

    stream = DecodedStreamObject()
    stream.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(image.width),
        NameObject("/Height"): NumberObject(image.height),
        NameObject("/BitsPerComponent"): NumberObject(bits),
        NameObject("/ColorSpace"): colorspace or NameObject(
            "/DeviceRGB" if image.mode == "RGB" else "/DeviceGray"),
    })
    return stream


def image_stream(image, *, quality: int = 90, lossless: bool = False,
                 colorspace=None, optimize: bool = True):
    """A pypdf image XObject for a Pillow picture in mode 1, L or RGB: G4 for 1-bit,
    Flate for ``lossless``, JPEG otherwise (``optimize``: see :func:`encode_jpeg`).
    ``colorspace`` keeps the original's ICC profile when it matches the picture's
    channel count."""
    from pypdf.generic import (
        BooleanObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    stream = _image_xobject(image, 1 if image.mode == "1" else 8, colorspace)
    g4 = encode_g4(image) if image.mode == "1" else None
    if g4 is not None:
        params = DictionaryObject({
            NameObject("/K"): NumberObject(-1), NameObject("/BlackIs1"): BooleanObject(True),
            NameObject("/Columns"): NumberObject(image.width),
            NameObject("/Rows"): NumberObject(image.height)})
        stream[NameObject("/Filter")] = NameObject("/CCITTFaxDecode")
        stream[NameObject("/DecodeParms")] = params
        stream.set_data(g4)
    elif lossless or image.mode == "1":
        data, colors = png_flate(image)
        stream[NameObject("/Filter")] = NameObject("/FlateDecode")
        stream[NameObject("/DecodeParms")] = DictionaryObject({
            NameObject("/Predictor"): NumberObject(15), NameObject("/Colors"): NumberObject(colors),
            NameObject("/BitsPerComponent"): NumberObject(1 if image.mode == "1" else 8),
            NameObject("/Columns"): NumberObject(image.width)})
        stream.set_data(data)
    else:
        stream[NameObject("/Filter")] = NameObject("/DCTDecode")
        stream.set_data(encode_jpeg(image, quality, optimize))
    return stream


def jpeg_passthrough_stream(data: bytes, image):
    """The JPEG file itself as the image stream: no re-encoding, no loss."""
    from pypdf.generic import NameObject

    stream = _image_xobject(image, 8)
    stream[NameObject("/Filter")] = NameObject("/DCTDecode")
    stream.set_data(data)
    return stream


def zlib_stream(data: bytes):
    """Raw bytes as a plain FlateDecode stream (a soft mask, a content stream): an encoded
    stream, so that reading it back before it is written (a combine compressed in
    place measures how its pictures are drawn) inflates it."""
    from pypdf.generic import EncodedStreamObject, NameObject

    stream = EncodedStreamObject()
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream._data = zlib.compress(data, 6)
    return stream


def png_predicted_image(stream):
    """A FlateDecode picture with PNG row filters, decoded by Pillow's PNG reader (in C)
    instead of pypdf's predictor code (in Python, seconds for one scan); None when the
    stream is not of that simple kind."""
    params = stream.get("/DecodeParms")
    params = params.get_object() if params is not None else None
    filters = stream.get("/Filter")
    if filters not in ("/FlateDecode", ["/FlateDecode"]) or not params \
            or int(params.get("/Predictor", 1)) < 10:
        return None
    colors, bits = int(params.get("/Colors", 1)), int(stream.get("/BitsPerComponent", 8))
    width = int(stream["/Width"])
    if colors not in (1, 3) or bits not in (1, 8) or int(params.get("/Columns", width)) != width:
        return None
    header = struct.pack(">IIBBBBB", width, int(stream["/Height"]), bits,
                         0 if colors == 1 else 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", stream._data) \
        + _chunk(b"IEND", b"")
    image = pillow().open(io.BytesIO(png))
    image.load()
    return image


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

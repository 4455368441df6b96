"""Pictures (photos and logos): open them safely upright, shrink them, turn them.

A picture is opened from its content, never its name; HEIC (iPhone photos) is refused
in plain words, since no HEIC reader is a dependency of the app. Every picture is
turned upright by its EXIF orientation first, because the portal ignores EXIF.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import replace

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.decoding import too_costly
from lsp_desktop.checks.formats import HEAD_BYTES, sniff
from lsp_desktop.checks.guard import FIX_MAX_PIXELS, pixel_count
from lsp_desktop.checks.image import pillow
from lsp_desktop.checks.size import LIMIT_BYTES
from lsp_desktop.fixing.result import FixResult

MAX_BYTES = LIMIT_BYTES
READABLE = ("jpeg", "png", "webp")
JPEG_QUALITIES = (92, 88, 84, 80, 75, 70, 65, 60)
# Below this many pixels on the long side a photo of an office front or a logo stops
# looking sharp on the portal: shrinking stops there and says so.
MIN_LONG_SIDE = 1000
# A photo past the decoding limit is decoded at reduced scale to about this size.
REDUCED_PIXELS = 16_000_000
_QUARTER = {90: 270, 180: 180, 270: 90}  # clockwise turn -> Pillow's anticlockwise
# Copies of the decoded picture a fix holds at once: the picture, a turned or smaller
# one, and the flattened one being encoded.
FIX_COPIES = 3


def picture_format(data: bytes) -> str:
    """"jpeg", "png" or "webp"; LspError for HEIC and anything else."""
    kind = sniff(data[:HEAD_BYTES], len(data))
    if kind == "heic":
        raise LspError("fix.heic_unsupported")
    if kind not in READABLE:
        # Not format.not_allowed: a fix has no item whose formats it could name.
        raise LspError("fix.not_a_picture", detected=kind)
    return kind


def open_upright(data: bytes):
    """The picture decoded and turned upright by its EXIF orientation, with the JPEG
    quantisation tables it came with (or None), to re-save it without extra loss.

    A phone photo past the 50 Mpx a picture may be decoded whole at (up to the 200 Mpx
    the checks accept) is a JPEG: it is decoded at 1/2, 1/4 or 1/8 scale by the JPEG
    decoder itself (draft mode), so the full picture is never held. Anything else that
    large (a PNG bomb) is refused with its real size, nothing decoded."""
    Image = pillow()  # noqa: N806 - the module's usual name
    from PIL import ImageOps

    kind = picture_format(data)
    pixels = refuse_too_many_pixels(data, kind)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as original:
                scale = _fix_scale(original, pixels, kind)
                # All FIX_COPIES must fit the budget (a progressive JPEG's too).
                if refusal := too_costly(original, scale, copies=FIX_COPIES):
                    raise LspError(refusal.code, **refusal.values)
                if scale > 1:
                    _decode_reduced(original, pixels, scale)
                tables = getattr(original, "quantization", None)
                upright = ImageOps.exif_transpose(original)
                upright.load()
    except (Image.DecompressionBombError, MemoryError):
        raise LspError("image.too_many_pixels", megapixels=pixels // 1_000_000) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError,
            struct.error) as exc:  # what Pillow's readers raise on a damaged file
        code = "image.truncated" if "truncat" in str(exc).lower() else "image.damaged"
        raise LspError(code) from None
    if upright.mode not in ("RGB", "RGBA", "L", "LA", "P", "1"):
        upright = upright.convert("RGB")  # CMYK and 16-bit: screens want RGB
    return upright, tables


def refuse_too_many_pixels(data: bytes, kind: str) -> int:
    """The picture's pixel count from its header; LspError with its real megapixels when
    it cannot be decoded safely: over 200 Mpx, or over 50 Mpx and not a JPEG."""
    from lsp_desktop.checks.image import MAX_PIXELS

    pixels = pixel_count(data) or 0
    if pixels > MAX_PIXELS or (pixels > FIX_MAX_PIXELS and kind != "jpeg"):
        raise LspError("image.too_many_pixels", megapixels=pixels // 1_000_000)
    return pixels


def _fix_scale(original, pixels: int, kind: str) -> int:
    """The JPEG reduction to decode at: past 50 Mpx near REDUCED_PIXELS, and below that
    whatever keeps the fix's copies within the decoding budget (a 49 Mpx photo decoded
    whole took over 500 MB once copied); 1 for other pictures, which cannot reduce."""
    from lsp_desktop.checks.decoding import DECODE_BUDGET, decode_cost

    if kind != "jpeg":
        return 1
    scale = _reduction(pixels) if pixels > FIX_MAX_PIXELS else 1
    while scale < 8 and decode_cost(original, scale, FIX_COPIES) > DECODE_BUDGET:
        scale *= 2
    return scale


def _reduction(pixels: int) -> int:
    """The smallest JPEG reduction (1/2, 1/4, 1/8) that brings the picture near
    REDUCED_PIXELS: a 2 MB JPEG holds no more detail than that, and a larger decode
    would only be thrown away by the shrinking, at hundreds of MB."""
    for scale in (2, 4, 8):
        if pixels / (scale * scale) <= REDUCED_PIXELS:
            return scale
    return 8


def _decode_reduced(original, pixels: int, scale: int) -> None:
    """Ask the JPEG decoder for the reduction :func:`_reduction` chose."""
    # Rounded down: the decoder picks the largest scale whose result is at least this.
    original.draft(original.mode, (max(1, original.width // scale),
                                   max(1, original.height // scale)))
    if original.width * original.height > FIX_MAX_PIXELS:  # the decoder would not reduce
        raise LspError("image.too_many_pixels", megapixels=pixels // 1_000_000)


def refuse_undecodable(data: bytes) -> None:
    """LspError with the checks' own words unless every byte of the picture decodes
    within the memory budget (damaged, cut short, too costly to open)."""
    from lsp_desktop.checks.image import check_image

    for finding in check_image(data).findings:
        if finding.severity == "error":
            raise LspError(finding.code, **finding.values)


def has_exif_turn(data: bytes) -> bool:
    Image = pillow()  # noqa: N806
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.getexif().get(0x0112, 1) not in (1, None)
    except Exception:  # noqa: BLE001 - unreadable EXIF: nothing to turn
        return False


def compress_image(data: bytes, fmt: str, max_bytes: int = MAX_BYTES) -> FixResult:
    """The picture as ``fmt`` ("jpeg" or "png") under ``max_bytes``: unchanged when it
    already is one and fits upright; else upright, then best JPEG quality at full size,
    then smaller. A PNG stays lossless while it can, then becomes a palette PNG (logos
    keep their transparency), then smaller. LspError ``fix.image_cannot_fit``."""
    kind = picture_format(data)
    refuse_too_many_pixels(data, kind)
    if kind == fmt and len(data) < max_bytes and not has_exif_turn(data):
        refuse_undecodable(data)  # handed back as it is: it must be a picture that opens
        return _result(data, fmt, len(data), changed=False)
    image, _ = open_upright(data)
    encode = _png_tries if fmt == "png" else _jpeg_tries
    scale = 1.0
    while max(image.size) * scale >= MIN_LONG_SIDE or scale == 1.0:
        smaller = _scaled(image, scale)
        for output in encode(smaller):
            if len(output) < max_bytes:
                return _result(output, fmt, len(data), changed=True)
        scale *= 0.8
    raise LspError("fix.image_cannot_fit", limit_decimal=max_bytes, min_side=MIN_LONG_SIDE)


def _scaled(image, scale: float):
    if scale >= 1.0:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, pillow().Resampling.LANCZOS, reducing_gap=2.0)


def _jpeg_tries(image):
    flat = _flatten(image)
    for quality in JPEG_QUALITIES:
        buffer = io.BytesIO()
        flat.save(buffer, "JPEG", quality=quality, optimize=True)
        yield buffer.getvalue()


def _png_tries(image):
    yield _png(image)
    if image.mode in ("RGB", "RGBA", "LA"):
        # A logo has few colours: 256 of them look the same and keep the alpha channel.
        source = image.convert("RGBA") if image.mode == "LA" else image
        yield _png(source.quantize(256, method=pillow().Quantize.FASTOCTREE))


def _png(image) -> bytes:
    buffer = io.BytesIO()
    # zlib's default level: "optimize" takes several times longer for a few per cent.
    image.save(buffer, "PNG", compress_level=6)
    return buffer.getvalue()


def _flatten(image):
    """A JPEG has no transparency: a logo's see-through parts become white, not black."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = pillow().new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


def rotate_image(data: bytes, angle: int, max_bytes: int = MAX_BYTES) -> FixResult:
    """The picture turned upright by EXIF, then ``angle`` (90, 180, 270) clockwise, in
    its own format (WEBP becomes JPEG). A JPEG is re-saved with its own quantisation
    tables, so a turn costs no more than the rounding of one re-encode."""
    if angle % 360 not in (0, 90, 180, 270):
        raise LspError("fix.bad_angle", angle=angle)
    kind = picture_format(data)
    image, tables = open_upright(data)
    if angle % 360:
        image = image.transpose(getattr(pillow().Transpose, f"ROTATE_{_QUARTER[angle % 360]}"))
    buffer = io.BytesIO()
    if kind == "png":
        image.save(buffer, "PNG", optimize=True)
    else:
        kind = "jpeg"
        options = {"qtables": tables} if tables else {"quality": 92}
        _flatten(image).save(buffer, "JPEG", optimize=True, **options)
    output = buffer.getvalue()
    if len(output) >= max_bytes:
        # Still over the limit once turned: made to fit, and the input's own size kept
        # as "before" (not the turned copy's), so a report compares like with like.
        result = compress_image(output, kind, max_bytes)
        return replace(result, before_bytes=len(data), shrunk=True)
    return _result(output, kind, len(data), changed=True)


def _result(data: bytes, fmt: str, before: int, changed: bool) -> FixResult:
    Image = pillow()  # noqa: N806
    with Image.open(io.BytesIO(data)) as image:
        pixels = image.size
    return FixResult(data, fmt, before, len(data), 1, None, True, changed, pixels)

"""Image checks: it decodes fully, its pixel size, colour mode, orientation, item hints."""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lsp_desktop.checks.findings import ERROR, WARNING, Finding
from lsp_desktop.checks.png_stream import PngDamaged, verify_png

if TYPE_CHECKING:
    from PIL import Image

# A 200-megapixel phone photo is about the largest real one; past that the file is a
# decompression bomb or a mistake, and decoding it could exhaust the laptop's memory.
MAX_PIXELS = 200_000_000
# EXIF orientation values that swap width and height when displayed.
_QUARTER_TURNS = {5, 6, 7, 8}


def pillow():
    """Pillow, imported on first use (it is not needed to show the window) and set up so
    that a cut-short file is an error and its own bomb guard stays as a second line."""
    from PIL import Image, ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = False
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


@dataclass
class ImageFacts:
    width: int | None = None
    height: int | None = None
    color_mode: str | None = None
    exif_orientation: int | None = None
    findings: list[Finding] = field(default_factory=list)


def check_image(data: bytes, min_short_side_px: int | None = None,
                orientation: str | None = None) -> ImageFacts:
    Image = pillow()  # noqa: N806 - the module's usual name
    from PIL import UnidentifiedImageError

    facts = ImageFacts()
    with warnings.catch_warnings():
        # Pillow warns about every odd EXIF tag; the findings say what matters.
        warnings.simplefilter("ignore")
        try:
            with Image.open(io.BytesIO(data)) as image:
                facts.width, facts.height = image.size
                facts.color_mode = image.mode
                if facts.width * facts.height > MAX_PIXELS:
                    facts.findings.append(_too_many(facts.width * facts.height))
                    return facts
                facts.exif_orientation = _orientation(image)
                if refusal := _decode_fully(image, data):
                    facts.findings.append(refusal)
                    return facts
        except Image.DecompressionBombError as exc:
            # Refused by Pillow while reading the header: the size is only in its message.
            counts = re.findall(r"\d+", str(exc))
            facts.findings.append(_too_many(int(counts[0]) if counts else MAX_PIXELS))
            return facts
        except UnidentifiedImageError:
            facts.findings.append(Finding("image.damaged", ERROR))
            return facts
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            code = "image.truncated" if "truncat" in str(exc).lower() else "image.damaged"
            facts.findings.append(Finding(code, ERROR))
            return facts
        except Exception:  # noqa: BLE001 - a decoder crash on a broken file is damage too
            facts.findings.append(Finding("image.damaged", ERROR))
            return facts
    facts.findings.extend(_hints(facts, min_short_side_px, orientation))
    return facts


def _decode_fully(image: Image.Image, data: bytes) -> Finding | None:
    """Prove every byte of the picture decodes, without holding the whole picture: a 2 MB
    file may hold a 36 MB bitmap, and the check stays within twice the file's size. A
    picture whose decoding would pass the memory budget is refused instead (returned)."""
    from lsp_desktop.checks.decoding import too_costly

    if image.format == "PNG":
        # Streamed, interlaced and animated ones too: every frame is proved, none held.
        try:
            verify_png(data)
        except PngDamaged as exc:
            raise OSError("image file is truncated" if exc.truncated else "damaged") from None
        return None
    scale = 8 if image.format == "JPEG" else 1
    if refusal := too_costly(image, scale):
        return refusal
    if image.format == "JPEG":
        # Decode at 1/8 scale: the whole compressed stream is still read and checked.
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
    image.load()
    return None


def _too_many(pixels: int) -> Finding:
    return Finding("image.too_many_pixels", ERROR, {"megapixels": pixels // 1_000_000})


def _orientation(image: Image.Image) -> int | None:
    # A PNG's getexif() decodes the whole picture to look past it; only a header eXIf
    # chunk is read here, which is where phones put it.
    if image.format == "PNG" and "exif" not in image.info:
        return None
    try:
        value = image.getexif().get(0x0112)
    except Exception:  # a broken EXIF block must not hide the picture itself
        return None
    return int(value) if isinstance(value, int) else None


def _hints(facts: ImageFacts, min_short_side_px: int | None,
           orientation: str | None) -> list[Finding]:
    findings = []
    width, height = facts.width or 0, facts.height or 0
    if facts.exif_orientation in _QUARTER_TURNS:
        width, height = height, width  # what a viewer shows after applying EXIF
    if facts.exif_orientation not in (None, 1):
        findings.append(Finding("image.exif_rotated", WARNING,
                                {"orientation": facts.exif_orientation}))
    if facts.color_mode == "CMYK":
        findings.append(Finding("image.cmyk", WARNING))
    if min_short_side_px and min(width, height) < min_short_side_px:
        findings.append(Finding("image.too_small", WARNING,
                                {"width": width, "height": height, "min": min_short_side_px}))
    if orientation == "landscape" and height > width:
        findings.append(Finding("image.portrait", WARNING, {"width": width, "height": height}))
    return findings

"""Image checks: it decodes fully, its pixel size, colour mode, orientation, item hints."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field

from PIL import Image, ImageFile, UnidentifiedImageError

from lsp_desktop.checks.findings import ERROR, WARNING, Finding

# A 200-megapixel phone photo is about the largest real one; past that the file is a
# decompression bomb or a mistake, and decoding it could exhaust the laptop's memory.
MAX_PIXELS = 200_000_000
# EXIF orientation values that swap width and height when displayed.
_QUARTER_TURNS = {5, 6, 7, 8}
ImageFile.LOAD_TRUNCATED_IMAGES = False


@dataclass
class ImageFacts:
    width: int | None = None
    height: int | None = None
    color_mode: str | None = None
    exif_orientation: int | None = None
    findings: list[Finding] = field(default_factory=list)


def check_image(data: bytes, min_short_side_px: int | None = None,
                orientation: str | None = None) -> ImageFacts:
    facts = ImageFacts()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                facts.width, facts.height = image.size
                facts.color_mode = image.mode
                if facts.width * facts.height > MAX_PIXELS:
                    facts.findings.append(Finding(
                        "image.too_many_pixels", ERROR,
                        {"width": facts.width, "height": facts.height}))
                    return facts
                facts.exif_orientation = _orientation(image)
                image.load()
        except Image.DecompressionBombError:
            facts.findings.append(Finding("image.too_many_pixels", ERROR,
                                          {"width": facts.width, "height": facts.height}))
            return facts
        except UnidentifiedImageError:
            facts.findings.append(Finding("image.damaged", ERROR))
            return facts
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            code = "image.truncated" if "truncat" in str(exc).lower() else "image.damaged"
            facts.findings.append(Finding(code, ERROR))
            return facts
    facts.findings.extend(_hints(facts, min_short_side_px, orientation))
    return facts


def _orientation(image: Image.Image) -> int | None:
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

"""What decoding a picture costs in memory, told from its header before a pixel is decoded.

The 200 Mpx limit alone does not bound memory: a progressive JPEG is decoded through a
buffer of every DCT coefficient of the whole picture (2 bytes per sample, whatever
reduced scale is asked for), so 16000 x 12000 takes 0.6-1.2 GB before one pixel comes
out; Pillow holds an RGB pixel in 4 bytes, an interlaced PNG whole. Every decoder in the
app (the checks, the preview, the fixes, the pictures inside a PDF) asks here first and
refuses what would pass :data:`DECODE_BUDGET`, so that any input within the limits
stays well under the 500 MB a laptop can spare.
"""

from __future__ import annotations

import math

from lsp_desktop.checks.findings import ERROR, Finding

# Bytes one picture may take while it is decoded, with the copies its reader makes.
DECODE_BUDGET = 200 * 1024 * 1024
# Bytes per pixel of Pillow's modes in memory (RGB is stored in four).
_PIXEL_BYTES = {"1": 1, "L": 1, "P": 1, "LA": 4, "PA": 4, "La": 4, "I;16": 2, "I;16B": 2,
                "I;16L": 2, "I": 4, "F": 4, "RGB": 4, "RGBA": 4, "RGBX": 4, "RGBa": 4,
                "CMYK": 4, "YCbCr": 4, "LAB": 4, "HSV": 4}


def pixel_bytes(mode: str) -> int:
    return _PIXEL_BYTES.get(mode, 4)


def coefficient_bytes(width: int, height: int, layers: list[tuple[int, int, int, int]]
                      ) -> int:
    """The whole-picture DCT coefficient buffer of a progressive JPEG: 64 coefficients of
    2 bytes per 8x8 block of each component, at its sampling."""
    if not layers:
        return width * height * 2 * 3
    h_max = max(max(layer[1] for layer in layers), 1)
    v_max = max(max(layer[2] for layer in layers), 1)
    total = 0
    for _, h, v, _ in layers:
        columns = math.ceil(math.ceil(width * max(h, 1) / h_max) / 8)
        rows = math.ceil(math.ceil(height * max(v, 1) / v_max) / 8)
        total += columns * rows * 64 * 2
    return total


def decode_cost(image, scale: int = 1, copies: int = 1) -> int:
    """Bytes to decode the opened (not loaded) Pillow ``image`` at 1/``scale`` (a JPEG's
    draft reduction) and hold ``copies`` of the result, plus a progressive JPEG's
    coefficients (held once, while decoding)."""
    width, height = image.size
    cost = math.ceil(width / scale) * math.ceil(height / scale) * pixel_bytes(image.mode)
    cost *= copies
    if image.format == "JPEG" and image.info.get("progressive"):
        cost += coefficient_bytes(width, height, list(getattr(image, "layer", [])))
    return cost


def too_costly(image, scale: int = 1, copies: int = 1) -> Finding | None:
    """The refusal for a picture whose decoding (and ``copies`` of the result) would pass
    the budget, or None."""
    cost = decode_cost(image, scale, copies)
    if cost <= DECODE_BUDGET:
        return None
    return Finding("image.too_costly", ERROR, {
        "width": image.size[0], "height": image.size[1],
        "megabytes": cost // 1_000_000, "limit_mb": DECODE_BUDGET // 1_000_000})

"""Decode a PNG's pixel data completely without keeping the picture in memory.

A 2 MB PNG screenshot can hold a 36 MB picture; the check must prove every byte decodes
while staying within twice the file's size. The compressed stream is inflated in small
pieces and thrown away; only its length is compared with what the header promises.
"""

from __future__ import annotations

import struct
import zlib

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# Adam7 passes: (x start, y start, x step, y step).
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4),
          (1, 0, 2, 2), (0, 1, 1, 2))
_PIECE = 64 * 1024


class PngDamaged(Exception):
    """The PNG does not decode in full; ``truncated`` says whether it was cut short."""

    def __init__(self, truncated: bool) -> None:
        super().__init__("truncated" if truncated else "damaged")
        self.truncated = truncated


def verify_png(data: bytes) -> None:
    if not data.startswith(_SIGNATURE):
        raise PngDamaged(False)
    inflater = zlib.decompressobj()
    produced = 0
    expected = None
    position = len(_SIGNATURE)
    while True:
        if position + 8 > len(data):
            raise PngDamaged(True)
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body_end = position + 8 + length
        if body_end + 4 > len(data):
            raise PngDamaged(True)
        body = memoryview(data)[position + 8:body_end]
        (crc,) = struct.unpack(">I", data[body_end:body_end + 4])
        if zlib.crc32(body, zlib.crc32(kind)) & 0xFFFFFFFF != crc:
            raise PngDamaged(False)
        if kind == b"IHDR":
            expected = _expected_size(bytes(body))
        elif kind == b"IDAT":
            produced += _inflate(inflater, body)
        elif kind == b"IEND":
            break
        position = body_end + 4
    try:
        produced += len(inflater.flush())
    except zlib.error:
        raise PngDamaged(False) from None
    if expected is None or not inflater.eof:
        raise PngDamaged(True)
    if produced != expected:
        raise PngDamaged(produced < expected)


def _inflate(inflater, body: memoryview) -> int:
    produced = 0
    try:
        for start in range(0, len(body), _PIECE):
            chunk = inflater.decompress(body[start:start + _PIECE], _PIECE)
            produced += len(chunk)
            while inflater.unconsumed_tail:
                chunk = inflater.decompress(inflater.unconsumed_tail, _PIECE)
                produced += len(chunk)
    except zlib.error:
        raise PngDamaged(False) from None
    return produced


def _expected_size(header: bytes) -> int:
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    bits_per_pixel = depth * _CHANNELS.get(color, 4)

    def rows(w: int, h: int) -> int:
        return 0 if w == 0 or h == 0 else h * (1 + (w * bits_per_pixel + 7) // 8)

    if not interlace:
        return rows(width, height)
    return sum(rows((width - x0 + dx - 1) // dx if width > x0 else 0,
                    (height - y0 + dy - 1) // dy if height > y0 else 0)
               for x0, y0, dx, dy in _ADAM7)

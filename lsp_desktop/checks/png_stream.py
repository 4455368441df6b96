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
    """Raise PngDamaged unless every frame of the PNG decodes in full: the main picture,
    and for an animated PNG every frame, each announced by its frame-control chunk (a
    frame without one is drawn by no viewer)."""
    if not data.startswith(_SIGNATURE):
        raise PngDamaged(False)
    frames = _Frames()
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
        if kind == b"IEND":
            break
        frames.chunk(kind, body)
        position = body_end + 4
    frames.finish()


class _Frames:
    """The picture data met so far: the main picture (IDAT) and an animation's frames
    (acTL, then fcTL and its fdAT chunks, numbered in one sequence)."""

    def __init__(self) -> None:
        self.header: tuple[int, ...] | None = None
        self.announced: int | None = None  # acTL's frame count
        self.controls = 0  # fcTL chunks met
        self.sequence = 0  # the next fcTL/fdAT sequence number
        self.main: _Stream | None = None
        self.frame: _Stream | None = None  # the frame being read from fdAT chunks
        self.seen_data = False

    def chunk(self, kind: bytes, body: memoryview) -> None:
        if kind == b"IHDR" and self.header is None and len(body) == 13:
            self.header = struct.unpack(">IIBBBBB", bytes(body))
        elif self.header is None:
            raise PngDamaged(False)  # the header comes first
        elif kind == b"IDAT":
            self.seen_data = True
            if self.main is None:
                self.main = _Stream(_expected_size(self.header))
            self.main.feed(body)
        elif kind == b"acTL":
            if self.seen_data or len(body) != 8:
                raise PngDamaged(False)
            self.announced = struct.unpack(">I", bytes(body[:4]))[0]
        elif self.announced is None:
            return  # no acTL: a still picture, whose viewers skip any frame chunks
        elif kind == b"fcTL":
            self._control(body)
        elif kind == b"fdAT":
            if self.frame is None or len(body) < 4 or self._number(body) is None:
                raise PngDamaged(False)  # frame data with no frame control before it
            self.frame.feed(body[4:])

    def _number(self, body: memoryview) -> int | None:
        number = struct.unpack(">I", bytes(body[:4]))[0]
        if number != self.sequence:
            return None
        self.sequence += 1
        return number

    def _control(self, body: memoryview) -> None:
        if len(body) != 26 or self._number(body) is None:
            raise PngDamaged(False)
        width, height, left, top = struct.unpack(">IIII", bytes(body[4:20]))
        assert self.header is not None
        if not width or not height or left + width > self.header[0] \
                or top + height > self.header[1]:
            raise PngDamaged(False)
        self.controls += 1
        if self.frame is not None:
            self.frame.finish()
        self.frame = None
        if self.seen_data:  # after the main picture: this frame's data is in fdAT chunks
            self.frame = _Stream(_expected_size((width, height, *self.header[2:])))

    def finish(self) -> None:
        if self.main is None:
            raise PngDamaged(True)
        self.main.finish()
        if self.frame is not None:
            self.frame.finish()
        if self.announced is not None and self.controls != self.announced:
            raise PngDamaged(False)  # frames announced but not all described


class _Stream:
    """One zlib stream of rows, inflated in pieces and thrown away, only counted."""

    def __init__(self, expected: int) -> None:
        self.inflater = zlib.decompressobj()
        self.expected = expected
        self.produced = 0

    def feed(self, body: memoryview) -> None:
        self.produced += _inflate(self.inflater, body, self.expected - self.produced)

    def finish(self) -> None:
        try:
            self.produced += len(self.inflater.flush())
        except zlib.error:
            raise PngDamaged(False) from None
        if not self.inflater.eof:
            raise PngDamaged(True)
        if self.produced != self.expected:
            raise PngDamaged(self.produced < self.expected)


def _inflate(inflater, body: memoryview, room: int) -> int:
    """Bytes ``body`` inflates to; PngDamaged as soon as that passes ``room`` (a stream
    that inflates past its rows is a bomb: not inflated to its end)."""
    produced = 0
    try:
        for start in range(0, len(body), _PIECE):
            chunk = inflater.decompress(body[start:start + _PIECE], _PIECE)
            produced += len(chunk)
            while inflater.unconsumed_tail and produced <= room:
                chunk = inflater.decompress(inflater.unconsumed_tail, _PIECE)
                produced += len(chunk)
            if produced > room:
                raise PngDamaged(False)
    except zlib.error:
        raise PngDamaged(False) from None
    return produced


def _expected_size(header: tuple[int, ...]) -> int:
    width, height, depth, color, _, _, interlace = header
    bits_per_pixel = depth * _CHANNELS.get(color, 4)

    def rows(w: int, h: int) -> int:
        return 0 if w == 0 or h == 0 else h * (1 + (w * bits_per_pixel + 7) // 8)

    if not interlace:
        return rows(width, height)
    return sum(rows((width - x0 + dx - 1) // dx if width > x0 else 0,
                    (height - y0 + dy - 1) // dy if height > y0 else 0)
               for x0, y0, dx, dy in _ADAM7)

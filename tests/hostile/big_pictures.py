"""Pictures within the 200 Mpx limit that are costly to decode, made cheaply: a
progressive JPEG whose frame header claims any size (its scans are a small picture's,
so the claim is all a decoder sees before it allocates), and a PNG of zero rows
(interlaced or not) whose compressed stream is one block repeated."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

_SOF_MARKERS = (b"\xff\xc0", b"\xff\xc1", b"\xff\xc2")


def jpeg_claiming(width: int, height: int, progressive: bool = True,
                  subsampling: int = 2) -> bytes:
    """A JPEG whose SOF says width x height (4:2:0 when ``subsampling`` is 2, else
    4:4:4); the scan data are those of a 64x64 picture."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "red").save(buffer, "JPEG", progressive=progressive,
                                           subsampling=subsampling, quality=90)
    data = bytearray(buffer.getvalue())
    at = min(i for i in (data.find(m) for m in _SOF_MARKERS) if i >= 0)
    data[at + 5:at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def zero_png(width: int, height: int, interlaced: bool = False) -> bytes:
    """A black RGB PNG whose every row really decodes: the raw stream (filter bytes and
    pixels) is all zeros, so it is one compressed block of zeros repeated."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = (width, height, 8, 2, 0, 0, 1 if interlaced else 0)
    from lsp_desktop.checks.png_stream import _expected_size

    stream = zeros_zlib(_expected_size(header))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", *header))
            + chunk(b"IDAT", stream) + chunk(b"IEND", b""))


def zeros_zlib(total: int) -> bytes:
    """A zlib stream of ``total`` zero bytes, made in milliseconds: one compressed block
    of a megabyte repeated, a last block, and the checksum computed piecewise."""
    block = 1 << 20
    compressor = zlib.compressobj(9)
    first = compressor.compress(b"\0" * block) + compressor.flush(zlib.Z_FULL_FLUSH)
    blocks, rest = divmod(total, block)
    tail = zlib.compressobj(9)
    last = tail.compress(b"\0" * rest) + tail.flush()
    # The first block keeps the zlib header; the tail's own deflate is the final block.
    stream = first[:2] + first[2:] * blocks + last[2:-4]
    adler = 1
    zeros = b"\0" * block
    for _ in range(blocks):
        adler = zlib.adler32(zeros, adler)
    return stream + struct.pack(">I", zlib.adler32(b"\0" * rest, adler))

"""Generated files for the benchmarks: sizes like the ones admins really drop."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import NameObject, StreamObject


def pdf_file(path: Path, pages: int, target: int) -> Path:
    """A PDF of ``pages`` pages padded with an incompressible stream to about ``target``."""
    def build(padding: int) -> bytes:
        writer = PdfWriter()
        for _ in range(pages):
            writer.add_blank_page(595, 842)
        stream = StreamObject()
        stream.set_data(os.urandom(padding))
        writer.pages[0][NameObject("/PieceInfo")] = writer._add_object(stream)
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()

    data = build(target)
    data = build(max(0, 2 * target - len(data)))
    path.write_bytes(data)
    return path


def photo_file(path: Path, fmt: str, target: int) -> Path:
    """A noisy picture (a photo compresses about as badly) grown until it reaches ``target``."""
    side = 400
    while True:
        image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
        buffer = io.BytesIO()
        image.save(buffer, fmt, **({"quality": 90} if fmt == "JPEG" else {}))
        if buffer.tell() >= target * 0.9:
            path.write_bytes(buffer.getvalue())
            return path
        side = int(side * (target / buffer.tell()) ** 0.5 * 1.02) + 1


def flat_png(path: Path, size: tuple[int, int]) -> Path:
    """A screenshot-like PNG: small file, large picture (the memory trap)."""
    image = Image.new("RGB", size, "white")
    image.paste((30, 60, 200), (100, 100, size[0] // 2, size[1] // 2))
    image.save(path, "PNG")
    return path


def big_file(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.write(b"\x00\x00\x00\x18ftypmp42")
        handle.write(os.urandom(1024))
        handle.truncate(size)
    return path

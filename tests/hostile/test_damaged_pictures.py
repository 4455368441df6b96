"""Damaged pictures (issue 19, classes 6 and 12): every fix answers a broken JPEG, PNG or
WebP in plain words, never an internal error; an animated PNG that no viewer can draw
(a frame without its frame-control chunk, frames out of sequence or off the canvas) is
refused by the check, while a sound one passes. Cases are generated: cut at several
points, bytes overwritten in the header and in the picture data."""

from __future__ import annotations

import io
import random
import struct
import zlib

import pytest
from PIL import Image

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks import check_bytes
from lsp_desktop.circulars.catalog import load_catalog
from lsp_desktop.fixing.assemble import to_pdf
from lsp_desktop.fixing.pictures import compress_image, rotate_image

LOGO = load_catalog().requirement("logo")


def _picture(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((320, 240), 50).convert("RGB").save(buffer, fmt, quality=90)
    return buffer.getvalue()


def _damaged(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    how = seed % 4
    if how == 0:  # cut short
        return data[:rng.randrange(20, len(data) - 1)]
    if how == 1:  # the header region overwritten
        at = rng.randrange(4, 64)
        return data[:at] + bytes(rng.randrange(256) for _ in range(24)) + data[at + 24:]
    if how == 2:  # a run of zeros in the picture data
        at = rng.randrange(len(data) // 4, len(data) // 2)
        return data[:at] + bytes(len(data) // 8) + data[at + len(data) // 8:]
    flipped = bytearray(data)  # scattered bytes changed
    for _ in range(20):
        flipped[rng.randrange(8, len(flipped))] ^= 0xFF
    return bytes(flipped)


CASES = [(fmt, seed) for fmt in ("JPEG", "PNG", "WEBP") for seed in range(8)]


@pytest.mark.parametrize("fmt,seed", CASES)
def test_every_fix_answers_a_damaged_picture_plainly(fmt, seed):
    data = _damaged(_picture(fmt), seed)
    target = "png" if fmt == "PNG" else "jpeg"
    for fix in (lambda: compress_image(data, target, max_bytes=20_000),
                lambda: compress_image(data, target),
                lambda: rotate_image(data, 90),
                lambda: to_pdf([data])):
        try:
            fix()
        except LspError as error:
            text = error.message("id")
            assert "{" not in text and "Traceback" not in text
    report = check_bytes(data, "logo." + target.replace("jpeg", "jpg"), LOGO)
    assert report.verdict in ("ok", "warning", "error")


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    position, found = 8, []
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        found.append((kind, data[position + 8:position + 8 + length]))
        position += 12 + length
    return found


def _png(chunks: list[tuple[bytes, bytes]]) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(body)) + kind + body
        + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF) for kind, body in chunks)


def _apng(frames: int = 3) -> list[tuple[bytes, bytes]]:
    pictures = [Image.new("RGB", (240, 160), colour)
                for colour in ("red", "green", "blue", "white")[:frames]]
    buffer = io.BytesIO()
    pictures[0].save(buffer, "PNG", save_all=True, append_images=pictures[1:])
    return _chunks(buffer.getvalue())


def _without(chunks, kind: bytes, index: int):
    places = [i for i, (k, _) in enumerate(chunks) if k == kind]
    return [c for i, c in enumerate(chunks) if i != places[index]]


def _renumbered(chunks, kind: bytes, index: int, number: int):
    places = [i for i, (k, _) in enumerate(chunks) if k == kind]
    changed = list(chunks)
    _, body = changed[places[index]]
    changed[places[index]] = (kind, struct.pack(">I", number) + body[4:])
    return changed


def _frame_moved(chunks, index: int, left: int):
    places = [i for i, (k, _) in enumerate(chunks) if k == b"fcTL"]
    changed = list(chunks)
    _, body = changed[places[index]]
    changed[places[index]] = (b"fcTL", body[:12] + struct.pack(">I", left) + body[16:])
    return changed


BROKEN_ANIMATIONS = {
    f"no fcTL {i}": (lambda i=i: _without(_apng(), b"fcTL", i)) for i in range(3)}
BROKEN_ANIMATIONS |= {
    f"no fdAT {i}": (lambda i=i: _without(_apng(), b"fdAT", i)) for i in range(2)}
BROKEN_ANIMATIONS |= {
    "frames announced, one missing": lambda: [
        (k, struct.pack(">II", 4, 0) if k == b"acTL" else b) for k, b in _apng()],
    "sequence out of order": lambda: _renumbered(_apng(), b"fcTL", 1, 7),
    "frame data numbered twice": lambda: _renumbered(_apng(), b"fdAT", 1, 1),
    "frame off the canvas": lambda: _frame_moved(_apng(), 1, 200),
    "acTL after the picture": lambda: [c for c in _apng() if c[0] != b"acTL"][:4]
    + [(b"acTL", struct.pack(">II", 3, 0))] + [c for c in _apng() if c[0] != b"acTL"][4:],
}


@pytest.mark.parametrize("name", BROKEN_ANIMATIONS)
def test_an_animated_png_no_viewer_can_draw_is_refused(name):
    report = check_bytes(_png(BROKEN_ANIMATIONS[name]()), "logo.png", LOGO)
    assert {"image.damaged", "image.truncated"} & {f.code for f in report.findings}, name
    assert report.verdict == "error"


@pytest.mark.parametrize("frames", [2, 3, 4])
def test_a_sound_animated_png_and_a_still_one_with_stray_frame_chunks_pass(frames):
    sound = _png(_apng(frames))
    assert "image.damaged" not in [f.code for f in check_bytes(sound, "logo.png").findings]
    # Without acTL the frame chunks mean nothing: viewers show the still picture.
    still = _png([c for c in _apng(frames) if c[0] != b"acTL"])
    assert "image.damaged" not in [f.code for f in check_bytes(still, "logo.png").findings]


@pytest.mark.parametrize("fmt,suffix", [("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp")])
def test_fix_compress_on_a_damaged_picture_says_so(tmp_path, capsys, fmt, suffix):
    from lsp_desktop.cli.main import run

    big = io.BytesIO()
    Image.effect_noise((1600, 1200), 60).convert("RGB").save(big, fmt, quality=98)
    path = tmp_path / f"foto{suffix}"
    path.write_bytes(big.getvalue()[:len(big.getvalue()) // 2])
    code = run(["fix", "compress", str(path), "--out", str(tmp_path / "kecil.jpg")])
    said = capsys.readouterr()
    assert code == 1 and "Traceback" not in said.err and "tak terduga" not in said.err
    assert "rusak" in said.err + said.out or "terpotong" in said.err + said.out

"""Hostile zips made in a moment: a member of N MiB of zeros costs 1 KB and no time.

After a full flush, deflate forgets its history, so one compressed MiB of zeros can be
repeated N times to make a valid stream of N MiB without compressing N MiB.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

MIB = 1024 * 1024


def zeros_member(mebibytes: int, prefix: bytes = b"") -> tuple[bytes, int, int]:
    """(deflated bytes, crc32, inflated size) of ``prefix`` then ``mebibytes`` MiB of zeros."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH) if prefix else b""
    block = compressor.compress(b"\0" * MIB) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush()
    crc = zlib.crc32(prefix)
    zero = b"\0" * MIB
    for _ in range(mebibytes):
        crc = zlib.crc32(zero, crc)
    return head + block * mebibytes + end, crc, len(prefix) + mebibytes * MIB


def stored_member(data: bytes) -> tuple[bytes, int, int, int]:
    return data, zlib.crc32(data), len(data), 0


def raw_zip(path: Path, members: list[tuple[str, bytes, int, int] | tuple]) -> Path:
    """Write a zip whose members are given already compressed: (name, data, crc, size[,
    method]); method 8 (deflate) unless a fifth value says 0 (stored)."""
    local, central = bytearray(), bytearray()
    for member in members:
        name, data, crc, size = member[:4]
        method = member[4] if len(member) > 4 else 8
        raw_name = name.encode("utf-8")
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0x21, crc,
                             len(data), size, len(raw_name), 0) + raw_name + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, method, 0,
                               0x21, crc, len(data), size, len(raw_name), 0, 0, 0, 0,
                               0o644 << 16, offset) + raw_name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members),
                      len(central), len(local), 0)
    Path(path).write_bytes(bytes(local + central + end))
    return Path(path)


def rewrite_bag(source: Path, target: Path, change_manifest=None, drop=(), add=None) -> Path:
    """A copy of a real bundle with its manifest.json changed (and the tag manifest made to
    match, as an attacker would), members dropped or added."""
    import hashlib
    import json
    import zipfile

    with zipfile.ZipFile(source) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    top = next(iter(members)).split("/")[0]
    if change_manifest is not None:
        manifest = json.loads(members[f"{top}/manifest.json"])
        manifest = change_manifest(manifest)
        members[f"{top}/manifest.json"] = json.dumps(manifest).encode()
    for name in drop:
        members.pop(f"{top}/{name}")
    for name, content in (add or {}).items():
        members[f"{top}/{name}"] = content
    tags = sorted(n for n in members
                  if "/data/" not in n and not n.endswith("tagmanifest-sha256.txt"))
    members[f"{top}/tagmanifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(members[n]).hexdigest()}  {n[len(top) + 1:]}\n" for n in tags).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return target

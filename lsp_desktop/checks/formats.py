"""Recognise a file by its content, never by its name alone.

Scanners and phones give files whose names lie: a photo renamed to ``.pdf``, a Word
file saved as ``.pdf.docx``. Only the first bytes are needed, except for zip containers
(DOCX, XLSX, ODT), whose directory sits at the end of the file.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

HEAD_BYTES = 64 * 1024

EXTENSIONS = {
    ".pdf": "pdf", ".jpg": "jpeg", ".jpeg": "jpeg", ".jpe": "jpeg", ".jfif": "jpeg",
    ".png": "png", ".heic": "heic", ".heif": "heic", ".webp": "webp", ".tif": "tiff",
    ".tiff": "tiff", ".gif": "gif", ".bmp": "bmp", ".doc": "doc", ".docx": "docx",
    ".xlsx": "xlsx", ".odt": "odt", ".zip": "zip",
}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def format_from_name(name: str) -> str | None:
    return EXTENSIONS.get(Path(name).suffix.lower())


def sniff(head: bytes, size: int, container: BinaryIO | None = None) -> str:
    """Name the format of a file from its first bytes (and, for zips, its directory)."""
    if size == 0:
        return "empty"
    # A zip first: an exported bundle starts with a stored PDF, "%PDF-" in its first
    # kilobyte, yet it is a zip (and a zip reader opens it as one).
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _zip_kind(container if container is not None else io.BytesIO(head))
    # The PDF header may follow some junk; readers accept it within the first 1024 bytes.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[:2] == b"BM" and len(head) >= 26:
        return "bmp"
    if head[4:8] == b"ftyp" and (head[8:12] in _HEIF_BRANDS or _has_heif_brand(head)):
        return "heic"
    if head.startswith(_OLE_MAGIC):
        return "doc"
    return "unknown"


def _has_heif_brand(head: bytes) -> bool:
    box_size = int.from_bytes(head[0:4], "big")
    brands = head[16:min(box_size, 64)]
    return any(brands[i:i + 4] in _HEIF_BRANDS for i in range(0, len(brands), 4))


def _zip_kind(container: BinaryIO) -> str:
    import zipfile

    try:
        with zipfile.ZipFile(container) as archive:
            names = set(archive.namelist())
            if any(n == "bagit.txt" or n.endswith("/bagit.txt") for n in names):
                return "bundle"  # an LSP Desktop bundle: every document and NIK inside
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names:
                # A few bytes only: a "mimetype" member may inflate to gigabytes.
                with archive.open("mimetype") as member:
                    mimetype = member.read(100)
                if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
                    return "odt"
    except Exception:  # noqa: BLE001 - any broken zip is still "a zip" to the admin
        pass
    return "zip"

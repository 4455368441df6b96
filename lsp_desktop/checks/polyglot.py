"""A file that is two files at once: a PDF or picture that is also a zip, or a PDF with
other data after its end.

An exported bundle (a zip whose first member is a stored ``ringkasan.pdf``) shows
``%PDF-`` in its first kilobyte, and PDF readers open it; attached as NPWP, the next
export would carry every KTP and NIK of that bundle inside ``2.09-npwp.pdf``. A zip is
found from its own signatures, as zip readers find it: a local file header
(``PK\\x03\\x04``, at the start or anywhere after) or the end-of-central-directory record
(``PK\\x05\\x06``) in the last 64 KB. Four bytes turn up by chance in megabytes of a scan,
so a signature counts only when the fields behind it are those of a real zip.
"""

from __future__ import annotations

import io
import re
import struct

from lsp_desktop.checks.findings import ERROR, Finding

LOCAL_HEADER = b"PK\x03\x04"
END_RECORD = b"PK\x05\x06"
# The end record is 22 bytes plus a comment of at most 65,535: zip readers look no further.
TAIL_BYTES = 22 + 0xFFFF
# After a PDF's last %%EOF, scanners and mail programs leave line ends, NUL padding and
# sometimes a few stray bytes; anything longer is another file riding along.
EOF_ALLOWANCE = 1024
_METHODS = {0, 8, 9, 12, 14, 93, 95, 98, 99}  # stored, deflate, bzip2, lzma, zstd, xz, ...
_HEADER = struct.Struct("<4sHHHHHIIIHH")
_END = struct.Struct("<4sHHHHIIH")
_NAME = re.compile(rb"[\x20-\x7e\x80-\xff]+")
_PDF_EOF = b"%%EOF"
_FILLER = b" \t\r\n\f\x00"


def _plausible_local_header(data: bytes, at: int) -> bool:
    if at + _HEADER.size > len(data):
        return False
    (_, version, _, method, _, _, _, _, _, name_length, _) = _HEADER.unpack_from(data, at)
    if (version & 0xFF) > 63 or method not in _METHODS or not 0 < name_length <= 1024:
        return False
    name = data[at + _HEADER.size:at + _HEADER.size + name_length]
    return len(name) == name_length and _NAME.fullmatch(name) is not None


def _plausible_end_record(tail: bytes, at: int) -> bool:
    if at + _END.size > len(tail):
        return False
    (_, disk, start_disk, here, total, _, _, comment) = _END.unpack_from(tail, at)
    return disk == start_disk == 0 and here == total and \
        at + _END.size + comment <= len(tail)


def local_header_in(data: bytes, start: int = 0) -> bool:
    """A real zip member's header anywhere in ``data`` from ``start``."""
    at = data.find(LOCAL_HEADER, start)
    while at >= 0:
        if _plausible_local_header(data, at):
            return True
        at = data.find(LOCAL_HEADER, at + 1)
    return False


def end_record_in(tail: bytes) -> bool:
    """A zip's end-of-central-directory record in the last bytes of a file."""
    at = tail.rfind(END_RECORD)
    while at >= 0:
        if _plausible_end_record(tail, at):
            return True
        at = tail.rfind(END_RECORD, 0, at)
    return False


def holds_zip(data: bytes) -> bool:
    return local_header_in(data) or end_record_in(data[-TAIL_BYTES:])


def holds_bundle(data: bytes) -> bool:
    """Whether the zip inside is an LSP Desktop bundle (a BagIt bag: ``bagit.txt``)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(n == "bagit.txt" or n.endswith("/bagit.txt") for n in archive.namelist())
    except Exception:  # noqa: BLE001 - a damaged zip is still a zip; said as one
        return False


def bytes_after_pdf_end(data: bytes) -> int:
    """How many bytes other than line ends and padding follow the PDF's last %%EOF."""
    end = data.rfind(_PDF_EOF)
    if end < 0:
        return 0  # a cut-short PDF: the PDF check says so
    return len(data[end + len(_PDF_EOF):].strip(_FILLER))


def hidden_content(data: bytes, detected: str) -> list[Finding]:
    """The refusal for a PDF or picture that carries a zip, or a PDF with another file
    after its end; [] for an ordinary one."""
    if holds_zip(data):
        code = "file.hidden_bundle" if holds_bundle(data) else "file.hidden_zip"
        return [Finding(code, ERROR, {"detected": detected})]
    if detected == "pdf" and (extra := bytes_after_pdf_end(data)) > EOF_ALLOWANCE:
        return [Finding("pdf.data_after_end", ERROR, {"size": extra})]
    return []


def hidden_zip_from_ends(head: bytes, tail: bytes, detected: str) -> list[Finding]:
    """The same zip test from a file's first and last bytes only: for a file judged
    without being read (far over its limit)."""
    if local_header_in(head) or end_record_in(tail):
        return [Finding("file.hidden_zip", ERROR, {"detected": detected})]
    return []

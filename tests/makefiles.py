"""Real files for the tests, made with pypdf and Pillow: good ones and the broken ones
that scanners, phones and tired admins produce."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)


def pdf_bytes(pages: int = 1, padding: int = 0, title: str = "") -> bytes:
    """A valid PDF; ``padding`` bytes of incompressible content make it as large as asked;
    a ``title`` makes it a different document from another one of as many pages."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if title:
        writer.add_metadata({"/Title": title})
    if padding:
        import os

        # An embedded-file-free way to make a big sound PDF: a large comment-free stream.
        stream = writer._add_object(_raw_stream(os.urandom(padding)))
        writer.pages[0][NameObject("/PieceInfo")] = stream
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _raw_stream(data: bytes):
    from pypdf.generic import StreamObject

    stream = StreamObject()
    stream.set_data(data)
    return stream


def pdf_of_size(target: int, pages: int = 1) -> bytes:
    """A sound PDF of exactly ``target`` bytes (the padding stream absorbs the difference)."""
    padding = max(0, target - len(pdf_bytes(pages)))
    for _ in range(4):
        data = pdf_bytes(pages, padding=padding)
        if len(data) == target:
            return data
        padding += target - len(data)
    raise AssertionError(f"could not make a PDF of {target} bytes")


def pdf_with_stream_data(data: bytes) -> bytes:
    """A sound PDF carrying ``data`` as a stream's bytes (as a scan carries its JPEG)."""
    def add(writer):
        writer.pages[0][NameObject("/PieceInfo")] = writer._add_object(_raw_stream(data))

    return _one_page(add)


def _one_page(customise) -> bytes:
    """A one-page PDF with something added by ``customise(writer)``."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    customise(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted_pdf(user_password: str, algorithm: str = "AES-128") -> bytes:
    return _one_page(lambda w: w.encrypt(user_password, "owner-secret", algorithm=algorithm))


def pdf_with_javascript() -> bytes:
    def add(writer):
        action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                                   NameObject("/JS"): TextStringObject("app.alert('hi');")})
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)

    return _one_page(add)


def pdf_with_attachment() -> bytes:
    return _one_page(lambda w: w.add_attachment("secret.txt", b"hidden data"))


def pdf_with_form() -> bytes:
    def add(writer):
        field = DictionaryObject({NameObject("/FT"): NameObject("/Tx"),
                                  NameObject("/T"): TextStringObject("nama")})
        fields = ArrayObject([writer._add_object(field)])
        form = DictionaryObject({NameObject("/Fields"): fields})
        writer._root_object[NameObject("/AcroForm")] = writer._add_object(form)

    return _one_page(add)


def pdf_without_pages() -> bytes:
    writer = PdfWriter()
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    assert b"/Count 0" in data
    return data


def image_bytes(fmt: str = "JPEG", size: tuple[int, int] = (800, 600), mode: str = "RGB",
                color: object = "steelblue", exif_orientation: int | None = None,
                noise: bool = False) -> bytes:
    image = Image.new(mode, size, color)
    if noise:
        import os

        image = Image.frombytes(mode, size, os.urandom(size[0] * size[1] * len(mode)))
    buffer = io.BytesIO()
    kwargs = {}
    if exif_orientation:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        kwargs["exif"] = exif.tobytes()
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims a huge picture (a decompression bomb's shape)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def heic_like() -> bytes:
    """The first box of an iPhone HEIC photo (enough to recognise it)."""
    return struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic" + b"\0" * 200


def zip_with(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in names.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    return zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})


def xlsx_bytes() -> bytes:
    return zip_with({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


def odt_bytes() -> bytes:
    return zip_with({"mimetype": b"application/vnd.oasis.opendocument.text",
                     "content.xml": b"<office:document-content/>"})


def ole_doc_bytes() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path

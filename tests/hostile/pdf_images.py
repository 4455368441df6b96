"""PDFs made to hurt the fixes: a page drawing one image XObject whose dictionary says
anything (a /Width of 2^32 or -5, a 196 Mpx Flate bomb, a damaged JPEG), made over the
2 MB limit so that a compress really decodes its pictures."""

from __future__ import annotations

import io
import os

from pypdf import PdfWriter
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)


def pdf_with_image(data: bytes, width: int, height: int, filters: str | None = "/DCTDecode",
                   colorspace: str = "/DeviceRGB", padding: int = 2_100_000,
                   pages: int = 1) -> bytes:
    """A PDF whose page(s) draw one picture: the stream ``data`` as is (already encoded)
    under the given dictionary; ``padding`` incompressible bytes put it over the limit."""
    writer = PdfWriter()
    image = StreamObject()
    image._data = data
    image.update({NameObject("/Type"): NameObject("/XObject"),
                  NameObject("/Subtype"): NameObject("/Image"),
                  NameObject("/Width"): NumberObject(width),
                  NameObject("/Height"): NumberObject(height),
                  NameObject("/BitsPerComponent"): NumberObject(8),
                  NameObject("/ColorSpace"): NameObject(colorspace)})
    if filters:
        image[NameObject("/Filter")] = NameObject(filters)
    reference = writer._add_object(image)
    for _ in range(pages):
        page = writer.add_blank_page(595, 842)
        pictures = DictionaryObject({NameObject("/Im0"): reference})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): pictures})
        content = DecodedStreamObject()
        content.set_data(b"q 595 0 0 842 0 0 cm /Im0 Do Q")
        page[NameObject("/Contents")] = writer._add_object(content)
    if padding:
        filler = StreamObject()
        filler._data = os.urandom(padding)
        writer.pages[0][NameObject("/PieceInfo")] = writer._add_object(filler)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()

"""Scan-like files made on the spot: paper grain, lines of print, a coloured stamp.

Used by the fix tests and by benchmarks/fixes.py. Pages are A4 unless told; grain is
Gaussian noise (what makes real scans large), drawn by Pillow in C so a 300 dpi page
takes well under a second.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

A4_INCHES = (8.27, 11.69)
WORDS = "SURAT KEPUTUSAN LEMBAGA SERTIFIKASI PROFESI NOMOR 007 TAHUN 2025 TENTANG ASESOR"


def scan_image(dpi: int, mode: str = "RGB", grain: float = 18.0,
               inches: tuple[float, float] = A4_INCHES) -> Image.Image:
    """A page as a scanner sees it: off-white grainy paper, dark print, a blue stamp."""
    size = (round(inches[0] * dpi), round(inches[1] * dpi))
    paper = Image.effect_noise(size, grain).point(lambda v: min(255, v + 100))
    if mode == "RGB":
        # Yellowish paper with some colour grain of its own in the blue channel.
        blue = Image.blend(paper, Image.effect_noise(size, grain), 0.3)
        page = Image.merge("RGB", (paper, paper.point(lambda v: max(0, v - 4)),
                                   blue.point(lambda v: max(0, v - 30))))
    else:
        page = paper
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=max(8, dpi // 7))  # about 10 pt print
    line = dpi // 4
    ink = (25, 25, 30) if page.mode == "RGB" else 25
    for row, top in enumerate(range(dpi, size[1] - dpi, line)):
        draw.text((dpi, top), f"{row + 1:02d}. {WORDS}", fill=ink, font=font)
    if mode == "RGB":
        centre = (size[0] - 2 * dpi, size[1] - 2 * dpi)
        draw.ellipse((centre[0] - dpi // 2, centre[1] - dpi // 2, centre[0] + dpi // 2,
                      centre[1] + dpi // 2), outline=(30, 60, 200), width=max(2, dpi // 30))
    if mode == "1":
        page = page.point(lambda v: 255 if v > 128 else 0).convert("1")
    return page


def scan_pdf(dpi: int, modes: tuple[str, ...], quality: int = 92) -> bytes:
    """A PDF of one full-page scanned picture per mode, like a scanner writes."""
    pages = [scan_image(dpi, mode) for mode in modes]
    buffer = io.BytesIO()
    options = {} if "1" in modes else {"quality": quality}
    pages[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  **options)
    return buffer.getvalue()


TEXT_LINES = ("Surat Keputusan LSP Contoh", "Nomor 007/LSP/IV/2025")


def text_page_pdf() -> bytes:
    """One A4 page of real text (Helvetica) and a ruled line: vector content."""
    writer = PdfWriter()
    page = writer.add_blank_page(595.28, 841.89)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    text = " ".join(f"BT /F1 14 Tf 72 {760 - 24 * i} Td ({t}) Tj ET"
                    for i, t in enumerate(TEXT_LINES))
    content = DecodedStreamObject()
    content.set_data(f"{text} 72 700 m 520 700 l S".encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def join_pdfs(parts: list[bytes], rotate: dict[int, int] | None = None) -> bytes:
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    for index, angle in (rotate or {}).items():
        writer.pages[index].rotate(angle)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()

"""A printable document (the bundle's summary, the missing-items report) and its two
renderings: a PDF laid out by fpdf2 with the Unicode font shipped in resources/fonts/, and
the same content as HTML. No Qt: the command line writes the same pages as the window.

The PDF keeps table rows whole (a row that does not fit starts the next page), repeats the
table header on every page, wraps only between words and fits the title on one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from lsp_desktop.base.resources import resources_dir
from lsp_desktop.messages import phrase

FONT = "DejaVu"
# Checksums: fixed-width, so two codes line up and are easy to compare by eye. A PDF core
# font: checksums are plain ASCII, so nothing needs embedding.
MONO = "Courier"
MONO_SIZE = 6.5
TABLE_SIZE = 8.0
PADDING = 1.2  # mm, each side of a table cell
GREY = (85, 85, 85)
RED = (176, 0, 32)


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[int]  # shares of the page width, in percent
    show_header: bool = True
    mono: tuple[int, ...] = ()  # columns shown in a small fixed-width font (checksums)


@dataclass
class PrintedDocument:
    title: str
    footer: str
    lang: str = "id"
    # ("h2" | "p" | "warn" | "note" | "page", text) or a Table, in reading order.
    blocks: list[tuple[str, str] | Table] = field(default_factory=list)

    def heading(self, text: str) -> None:
        self.blocks.append(("h2", text))

    def paragraph(self, text: str, kind: str = "p") -> None:
        self.blocks.append((kind, text))

    def page_break(self) -> None:
        self.blocks.append(("page", ""))

    def table(self, headers: list[str], rows: list[list[str]], widths: list[int],
              show_header: bool = True, mono: tuple[int, ...] = ()) -> None:
        self.blocks.append(Table(headers, rows, widths, show_header, mono))


def render_pdf(document: PrintedDocument) -> bytes:
    import logging

    from fpdf import FPDF
    from fpdf.fonts import FontFace

    # A character the font lacks (an emoji in a name) is drawn as an empty box; fpdf's own
    # English warning about it must not reach the admin's screen.
    logging.getLogger("fpdf.output").setLevel(logging.ERROR)

    class _Pages(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_x(self.l_margin)
            self.set_font(FONT, size=6.5)
            self.set_text_color(*GREY)
            page = phrase("Page {page} of {pages}", document.lang).format(
                page=self.page_no(), pages="{nb}")  # fpdf fills in {nb}
            self.multi_cell(0, 3.2, f"{document.footer}\n{page}", align="C")

    pdf = _Pages(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    fonts = resources_dir() / "fonts"
    pdf.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_title(document.title)
    pdf.set_lang(document.lang)
    pdf.set_creator("LSP Desktop")
    pdf.add_page()
    _title(pdf, document.title)
    for block in document.blocks:
        if isinstance(block, Table):
            _table(pdf, block, FontFace)
        elif block[0] == "page":
            pdf.add_page()
        else:
            _text(pdf, *block)
    return bytes(pdf.output())


def _title(pdf, text: str) -> None:
    size = 15.0
    pdf.set_font(FONT, "B", size)
    while pdf.get_string_width(text) > pdf.epw and size > 8:
        size -= 0.5
        pdf.set_font(FONT, "B", size)
    pdf.cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _text(pdf, kind: str, text: str) -> None:
    style, size, color, before = {"h2": ("B", 11, (0, 0, 0), 4), "warn": ("B", 12, RED, 1),
                                  "note": ("", 8, GREY, 2), "p": ("", 9, (0, 0, 0), 1)}[kind]
    pdf.ln(before)
    if kind == "h2" and pdf.will_page_break(35):
        pdf.add_page()  # a heading never ends a page alone
    pdf.set_font(FONT, style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def _table(pdf, table: Table, font_face) -> None:
    pdf.ln(1)
    pdf.set_font(FONT, size=TABLE_SIZE)
    heading = font_face(emphasis="BOLD", fill_color=(232, 238, 245))
    room = [pdf.epw * w / sum(table.widths) - 2 * PADDING - 0.3 for w in table.widths]
    with pdf.table(col_widths=table.widths, width=pdf.epw, line_height=4.2,
                   headings_style=heading, first_row_as_headings=table.show_header,
                   repeat_headings=1, text_align="LEFT", padding=PADDING) as out:
        if table.show_header:
            out.row(table.headers)
        for row in table.rows:
            fonts = [_cell_font(pdf, table, column, cell or "-", room[column])
                     for column, cell in enumerate(row)]
            for part in _page_high_parts(pdf, row, fonts, room):
                cells = out.row()
                for cell, (family, size) in zip(part, fonts, strict=True):
                    cells.cell(cell, style=font_face(family=family, size_pt=size))
    pdf.set_font(FONT, size=TABLE_SIZE)
    pdf.ln(1)


# Lines of one table row on one page: an A4 page holds about 60 at the table's 4.2 mm,
# less the repeated header; a row taller than a page cannot be drawn by fpdf at all.
ROW_LINES = 45
CONTINUED = "…"


def _cell_font(pdf, table: Table, column: int, text: str, room: float) -> tuple[str, float]:
    family, size = (MONO, MONO_SIZE) if column in table.mono else (FONT, TABLE_SIZE)
    return family, _fitting_size(pdf, text, room, family, size)


def _page_high_parts(pdf, row: list[str], fonts: list[tuple[str, float]],
                     room: list[float]) -> list[list[str]]:
    """The row, or, when one of its cells is taller than a page (200 findings of one
    item), the row as several rows of at most ROW_LINES lines each, the later ones marked
    as its continuation: kept whole where it fits, never refused as too high."""
    lines = []
    for cell, (family, size), width in zip(row, fonts, room, strict=True):
        pdf.set_font(family, size=size)
        lines.append(pdf.multi_cell(width, 4.2, cell or "-", dry_run=True, output="LINES"))
    pdf.set_font(FONT, size=TABLE_SIZE)
    if max(len(cell_lines) for cell_lines in lines) <= ROW_LINES:
        return [[cell or "-" for cell in row]]
    parts = -(-max(len(cell_lines) for cell_lines in lines) // ROW_LINES)
    return [["\n".join(cell_lines[n * ROW_LINES:(n + 1) * ROW_LINES]) or CONTINUED
             for cell_lines in lines] for n in range(parts)]


def _fitting_size(pdf, text: str, room: float, family: str, size: float) -> float:
    """The font size at which no word of the cell is wider than its column, so a line
    breaks only between words (a size, a checksum half, a name are never cut)."""
    pdf.set_font(family, size=size)
    widest = max((pdf.get_string_width(word) for line in text.split("\n")
                  for word in line.split(" ")), default=0)
    pdf.set_font(FONT, size=TABLE_SIZE)
    if widest <= room:
        return size
    return max(4.5, int(size * room / widest * 10) / 10)


def render_html(document: PrintedDocument) -> str:
    parts = [f'<!DOCTYPE html><html lang="{document.lang}"><head><meta charset="utf-8">'
             f"<title>{escape(document.title)}</title><style>{_STYLE}</style></head><body>",
             f"<h1>{escape(document.title)}</h1>"]
    for block in document.blocks:
        if isinstance(block, Table):
            parts.append(_html_table(block))
        else:
            kind, text = block
            if kind == "page":
                parts.append("<div style='break-before: page'></div>")
                continue
            tag = "h2" if kind == "h2" else "p"
            text_html = escape(text).replace("\n", "<br>")
            parts.append(f"<{tag} class='{kind}'>{text_html}</{tag}>")
    parts.append(f"<p class='note'>{escape(document.footer)}</p></body></html>")
    return "".join(parts)


_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; max-width: 60em; }
h1 { font-size: 15pt; white-space: nowrap; } h2 { font-size: 12pt; margin-top: 1.2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3px; text-align: left; vertical-align: top;
         overflow-wrap: normal; word-break: normal; hyphens: none; }
thead { display: table-header-group; } th { background: #e8eef5; }
tr { page-break-inside: avoid; break-inside: avoid; }
.warn { color: #b00020; font-weight: bold; font-size: 12pt; } .note { color: #555; }
td.mono { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 8pt;
          white-space: nowrap; }
"""


def _mono_class(column: int, table: Table) -> str:
    return " class='mono'" if column in table.mono else ""


def _html_table(table: Table) -> str:
    cols = "".join(f"<col style='width:{w}%'>" for w in table.widths)
    head = ("<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in table.headers)
            + "</tr></thead>") if table.show_header else ""
    body = "".join("<tr>" + "".join(
        f"<td{_mono_class(i, table)}>{escape(c or '-').replace(chr(10), '<br>')}</td>"
        for i, c in enumerate(row)) + "</tr>" for row in table.rows)
    return f"<table><colgroup>{cols}</colgroup>{head}<tbody>{body}</tbody></table>"

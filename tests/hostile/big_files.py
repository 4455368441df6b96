"""Big files written by hand for the memory-bomb tests and benchmarks/bombs.py: a PDF of
many pages, and an XLSX claiming a cell at the far end of a sheet."""

import io
import re
import zipfile


def many_pages(count: int) -> bytes:
    """A PDF of ``count`` tiny pages written by hand (pypdf would take a minute)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
                   count, b" ".join(b"%d 0 R" % (i + 3) for i in range(count)))]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * count
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, start)
    return bytes(out)


def xlsx_with_far_cell(path, cell: bytes, closed: bool = False):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["nama", "peran"])
    book.active.append(["Budi", "Pelaksana"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(buffer)
    far = (b'<c r="%s"/>' % cell) if closed else \
        b'<c r="%s" t="inlineStr"><is><t>x</t></is></c>' % cell
    row = int(re.sub(rb"[A-Z]", b"", cell))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>',
                              data)
                data = data.replace(b"</sheetData>", b'<row r="%d">%s</row></sheetData>'
                                    % (row, far))
            out.writestr(info.filename, data)
    return path

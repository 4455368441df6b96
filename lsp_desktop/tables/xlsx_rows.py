"""How many rows an XLSX's first sheet holds, counted from its XML before openpyxl opens it.

openpyxl, asked for a sheet that does not state its size (many generators leave out the
``<dimension>`` element), first parses the whole sheet to find it: a million-row sheet
took 12 s before the row limit could refuse it. Counting the ``<row>`` tags of the
decompressed XML is a byte search, and stops as soon as the limit is passed.

The rows and columns the cells really reach are read the same way (:func:`sheet_extent`):
openpyxl pads every row to the ``<dimension>`` the file claims and fills the rows
between two cells, so one cell at XFD1048576 in a 5 KB file made it build a billion
empty cells (6 GB). The reader is then bounded by what the cells reach, never by the
claim, and a cell past the limits is refused from the XML.
"""

from __future__ import annotations

import re
import zipfile

# A row element, with or without a namespace prefix; never <rowBreaks> or <rows…>.
_ROW_TAG = re.compile(rb"<(?:\w{1,16}:)?row[\s/>]")
_KEEP = 32  # longer than any match: a tag cut between two chunks is counted once
_CHUNK = 1 << 20
_MAX_META_BYTES = 1 << 20  # workbook.xml and its relations are a few kilobytes


def first_sheet_name(archive: zipfile.ZipFile) -> str | None:
    """The member holding the first sheet (the one read), or None when it cannot be told."""
    try:
        workbook = _small(archive, "xl/workbook.xml")
        relations = _small(archive, "xl/_rels/workbook.xml.rels")
    except KeyError:
        return None
    sheet = re.search(rb"<(?:\w{1,16}:)?sheet\b[^>]*?\b\w{1,16}:id=\"([^\"]+)\"", workbook)
    if sheet is None:
        return None
    for element in re.findall(rb"<(?:\w{1,16}:)?Relationship\b[^>]*>", relations):
        if re.search(rb"\bId=\"" + re.escape(sheet.group(1)) + rb"\"", element):
            target = re.search(rb"\bTarget=\"([^\"]+)\"", element)
            if target is None:
                return None
            name = target.group(1).decode("utf-8", "replace")
            name = name[1:] if name.startswith("/") else "xl/" + name
            return name if name in archive.namelist() else None
    return None


def more_rows_than(archive: zipfile.ZipFile, name: str, limit: int) -> bool:
    count, tail = 0, b""
    with archive.open(name) as member:
        while chunk := member.read(_CHUNK):
            data = tail + chunk
            cut = max(0, len(data) - _KEEP)
            count += sum(1 for m in _ROW_TAG.finditer(data) if m.start() < cut)
            if count > limit:
                return True
            tail = data[cut:]
    return count + len(_ROW_TAG.findall(tail)) > limit


# A cell's reference, <c r="XFD1048576" …>; one that closes itself at once (<c … />) is
# an empty cell Excel keeps for its formatting, which holds nothing to read.
_CELL_REF = re.compile(
    rb"<(?:\w{1,16}:)?c\s[^>]*?\br=\"([A-Za-z]{1,3})([0-9]{1,7})\"[^>]*?(/?)>")
_KEEP_REF = 512  # a tag with its attributes, cut between two chunks, is read whole


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def sheet_extent(archive: zipfile.ZipFile, name: str) -> tuple[int, int]:
    """The last row and the last column of the sheet's cells that hold something (0, 0
    when none names its place: then the row count bounds the reading)."""
    extent = [0, 0]
    tail = b""
    with archive.open(name) as member:
        while chunk := member.read(_CHUNK):
            data = tail + chunk
            cut = max(0, len(data) - _KEEP_REF)
            _reach(data, cut, extent)
            tail = data[cut:]
    _reach(tail, len(tail), extent)
    return extent[0], extent[1]


def _reach(data: bytes, cut: int, extent: list[int]) -> None:
    """Widen ``extent`` (last row, last column) by the references starting before ``cut``
    (the rest is read again with the next chunk)."""
    for match in _CELL_REF.finditer(data):
        if match.start() < cut and not match.group(3):
            extent[1] = max(extent[1], column_number(match.group(1)))
            extent[0] = max(extent[0], int(match.group(2)))


def _small(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as member:
        return member.read(_MAX_META_BYTES)

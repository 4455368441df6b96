"""An XLSX cell's text as the admin typed it: Excel's ``_xHHHH_`` escapes decoded.

Excel writes a character XML cannot hold (a control character such as ESC, pasted from
another program) as ``_x001B_``, and a typed text that happens to read ``_x0041_`` as
``_x005F_x0041_`` (``_x005F_`` is the underscore). openpyxl hands the escapes over as
they are, and in its shared strings drops every ``x005F_`` first, after which a typed
``_x0041_`` and an escaped "A" can no longer be told apart. So the shared strings are
read here as they are stored, and every cell's text decoded once, left to right: the
decoded control characters then meet the import's rule on control characters like any
other cell's.
"""

from __future__ import annotations

import re
from pathlib import Path

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SURROGATE = re.compile("[\ud800-\udfff]")
# What writing must protect: a text that would read back as an escape.
_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
# What XML 1.0 cannot hold (all controls but tab and line feed; U+FFFE, U+FFFF), and the
# carriage return it does not keep.
_NOT_KEPT_BY_XML = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def decode_escapes(text: str) -> str:
    """``_x001B_`` as ESC, ``_x005F_`` as "_"; one pass, so ``_x005F_x0041_`` stays the
    typed ``_x0041_``."""
    if "_x" not in text:
        return text
    decoded = _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    if not _SURROGATE.search(decoded):
        return decoded
    # Escapes are UTF-16 units: a pair stands for one character beyond the first 65,536
    # (an emoji). A half of a pair alone is no character at all, and no database or file
    # can hold it: it is read as the replacement mark U+FFFD.
    return decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def escape_for_xlsx(text: str) -> str:
    """A text written so that Excel (and :func:`decode_escapes`) read it back as it is: an
    underscore that starts what reads as an escape written ``_x005F_``, and, as Excel
    writes them, the characters XML cannot hold or keep (a control character, U+FFFE and
    U+FFFF: a sheet holding one is damaged for every reader; a carriage return, which XML
    reading turns into a line feed) written as their escapes."""
    if "_x" in text:
        text = _LOOKS_ESCAPED.sub("_x005F_", text)
    return _NOT_KEPT_BY_XML.sub(lambda match: f"_x{ord(match.group()):04X}_", text)


def load_workbook_raw(path: Path, data_only: bool):
    """openpyxl's read-only workbook with its shared strings as stored (see the module's
    note); its cells' texts are to be passed through :func:`decode_escapes`."""
    from openpyxl.cell.text import Text
    from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse  # defusedxml's when installed

    item = f"{{{SHEET_MAIN_NS}}}si"

    class RawStrings(ExcelReader):
        def read_strings(self) -> None:  # ExcelReader's, without the x005F_ removal
            part = self.package.find(SHARED_STRINGS)
            if part is None:
                return
            strings = []
            with self.archive.open(part.PartName[1:]) as source:
                for _, node in iterparse(source):
                    if node.tag == item:
                        strings.append(Text.from_tree(node).content)
                        node.clear()
            self.shared_strings = strings

    reader = RawStrings(path, read_only=True, data_only=data_only)
    reader.read()
    return reader.wb

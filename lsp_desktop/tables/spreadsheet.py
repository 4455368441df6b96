"""Read and write the admins' own lists: CSV (any common encoding and separator) and XLSX.

Column names are matched case- and space-insensitively against the names such lists
commonly use (``nama``, ``nik``, ``no_reg_met``, ``no_blanko``, ``siapkerja``, …).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.tables.rows import FORMULA_STARTERS, SIAPKERJA_COLUMN

MAX_ROWS = 50_000
# Limits applied while reading, before a bomb costs memory: the file on disk, what an
# XLSX unpacks to, and one cell (a name or a unit title is never this long).
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_XLSX_MEMBERS = 1_000
MAX_CELL_CHARS = 2_000
# No list the circular asks for has more than a dozen columns.
MAX_COLUMNS = 200

# Canonical column -> the names seen in real lists (already normalised).
ALIASES: dict[str, tuple[str, ...]] = {
    "nama": ("nama", "nama_lengkap", "name", "nama_personil", "nama_asesor"),
    "peran": ("peran", "unsur", "jabatan", "role", "kedudukan"),
    "nik": ("nik", "no_nik", "nomor_nik", "no_ktp", "nik_ktp"),
    "email": ("email", "e_mail", "surel", "alamat_email"),
    "telepon": ("telepon", "telp", "no_telp", "no_telepon", "hp", "no_hp", "nomor_hp",
                "phone", "whatsapp", "no_wa"),
    SIAPKERJA_COLUMN: (SIAPKERJA_COLUMN, "status_siapkerja", "akun_siapkerja", "status"),
    # Yes/no columns: the header says what "ya" means.
    "siapkerja_submitted": ("sudah_submit", "sudah_kirim", "submit_siapkerja",
                            "siapkerja_submit", "sudah_submit_siapkerja", "submit"),
    "siapkerja_registered": ("sudah_daftar", "terdaftar", "daftar_siapkerja",
                             "sudah_daftar_siapkerja", "terdaftar_siapkerja"),
    "no_reg_met": ("no_reg_met", "no_reg", "met", "no_met", "nomor_registrasi", "noreg",
                   "no_registrasi"),
    "no_blanko": ("no_blanko", "blanko", "nomor_blanko", "no_blangko"),
    "tanggal_terbit": ("tanggal_terbit", "tgl_terbit", "terbit", "tanggal_sertifikat"),
    "berlaku_sampai": ("berlaku_sampai", "masa_berlaku", "tgl_berlaku", "expired",
                       "tanggal_kedaluwarsa", "berlaku_hingga"),
    # Written by export-table beside an expiry the app computed, so that it stays computed.
    "berlaku_sampai_sumber": ("berlaku_sampai_sumber", "sumber_berlaku_sampai"),
    "bidang": ("bidang", "bidang_keahlian", "skema"),
    "kode_paket": ("kode_paket", "kode_skema", "nomor_skema", "no_skema", "kode"),
    "nama_paket": ("nama_paket", "nama_skema", "paket", "skema_sertifikasi"),
    "nama_paket_en": ("nama_paket_en", "nama_skema_en", "nama_paket_inggris",
                      "package_name", "scheme_name"),
    "jenis": ("jenis", "jenis_paket", "jenis_skema", "kind"),
    "acuan": ("acuan", "referensi", "acuan_skkni", "skkni"),
    "kode_unit": ("kode_unit", "unit_code", "kode_uk"),
    "judul_unit": ("judul_unit", "nama_unit", "judul_uk", "unit_kompetensi"),
    "judul_unit_en": ("judul_unit_en", "nama_unit_en", "unit_title", "judul_unit_inggris"),
}
REQUIRED = {"people": ("nama",), "assessors": ("nama",), "packages": ("kode_paket",)}
COLUMNS = {
    "people": ("nama", "peran", "nik", "email", "telepon", SIAPKERJA_COLUMN),
    "assessors": ("nama", "nik", "no_reg_met", "no_blanko", "tanggal_terbit", "berlaku_sampai",
                  "berlaku_sampai_sumber", "bidang"),
    "packages": ("kode_paket", "nama_paket", "nama_paket_en", "jenis", "acuan", "kode_unit",
                 "judul_unit", "judul_unit_en"),
}
KINDS = tuple(COLUMNS)


class Formula(str):
    """A cell holding a formula (``=SUM(A1)``), not a value: in a CSV its text, in an XLSX
    the formula openpyxl found where no computed value was saved. The plan refuses it
    the same way from either file, naming the cell, rather than read it as data or as an
    empty cell."""


class Number(str):
    """A cell an XLSX keeps as a number (8123456789), read as its digits: a column whose
    values are text, a phone number, may want back the leading 0 Excel dropped, and say
    so (tables/plan.py)."""


# A number kept as text by Excel's leading apostrophe ('3171011505850002, '00012345).
_APOSTROPHE_NUMBER = re.compile(r"'[0-9][0-9 .+-]*")


def normalise_header(text: object) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(text or "").strip().lower()).strip("_")


def _canonical(header: object) -> str | None:
    key = normalise_header(header)
    for column, names in ALIASES.items():
        if key in names:
            return column
    return None


def read_table(path: Path | str, kind: str) -> list[tuple[int, dict[str, str]]]:
    """Rows as (line number in the sheet, {canonical column: text}); empty rows skipped."""
    path = Path(path)
    if kind not in COLUMNS:
        raise LspError("table.unknown_kind", kind=kind, known=", ".join(KINDS))
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            raw = _read_xlsx(path)
        elif suffix in (".csv", ".txt"):
            raw = _read_csv(path)
        else:
            raise LspError("table.unknown_format", path=str(path))
    except FileNotFoundError:
        raise LspError("file.not_found", path=str(path)) from None
    except (OSError, ValueError, KeyError, csv.Error) as exc:
        raise LspError("table.unreadable", path=str(path), reason=type(exc).__name__) from None
    if not raw:
        raise LspError("table.empty", path=str(path))
    headers = [_canonical(h) for h in raw[0]]
    missing = [c for c in REQUIRED[kind] if c not in headers]
    if missing:
        raise LspError("table.missing_columns", path=str(path), missing=", ".join(missing),
                       found=", ".join(str(h) for h in raw[0] if str(h or "").strip()),
                       expected=", ".join(COLUMNS[kind]))
    rows = []
    for number, values in enumerate(raw[1:], start=2):
        row = {h: _text(v) for h, v in zip(headers, values, strict=False) if h}
        if any(row.values()):
            rows.append((number, row))
    return rows


def _limited(path: Path, rows) -> list[list]:
    """Rows taken from a reader one at a time, stopping at the row and cell limits: a
    million-row sheet is refused at row 50,001, not after being read whole."""
    kept = []
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS + 1:
            raise LspError("table.too_many_rows", path=str(path), limit=MAX_ROWS)
        for value in row:
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise LspError("table.cell_too_long", path=str(path), line=number,
                               limit=MAX_CELL_CHARS)
        kept.append(list(row))
    return kept


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "date") and hasattr(value, "isoformat"):  # a date cell in Excel
        return value.date().isoformat() if hasattr(value, "hour") else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return Number(int(value))  # a NIK typed as a number must not become 3.17e15
    if isinstance(value, int) and not isinstance(value, bool):
        return Number(value)
    text = str(value).strip()
    # The quote this app puts before a formula-like cell on export is not part of it,
    # nor is the one Excel shows before a number typed as text.
    if text.startswith("'") and (text[1:].startswith(FORMULA_STARTERS)
                                 or _APOSTROPHE_NUMBER.fullmatch(text)):
        return text[1:]
    if text.startswith("=") and len(text) > 1:
        return Formula(text)
    return text


def _read_csv(path: Path) -> list[list[object]]:
    from lsp_desktop.checks.guard import read_user_file

    text = _decode(read_user_file(path, MAX_FILE_BYTES), path)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return _limited(path, csv.reader(io.StringIO(text), delimiter=delimiter))


def _decode(data: bytes, path: Path) -> str:
    """The text of a CSV in the encodings Excel and LibreOffice save: UTF-8 (with or
    without its mark), UTF-16 with its mark, or Windows' Western cp1252 when that reads
    cleanly as text. Anything else (GB18030, UTF-16 without a mark) is refused in plain
    words rather than read as mojibake."""
    # UTF-32, whose mark begins as UTF-16's.
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise LspError("table.encoding", path=str(path))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise LspError("table.encoding", path=str(path)) from None
    # Before UTF-8: plain ASCII names in UTF-16 without its mark are valid UTF-8 too, read
    # as "n\0a\0m\0a\0" and no column found.
    if _utf16_without_mark(data):
        raise LspError("table.encoding", path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # A stray NUL in Western text is damage, not another encoding: decoded, its row is
    # refused for the control character, as in a UTF-8 file.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise LspError("table.encoding", path=str(path)) from None
    # Western text has a lone accented letter here and there; runs of them are the
    # bytes of another script (GB18030 Chinese, say) misread.
    if re.search(r"[^\x00-\x7f]{2,}", text):
        raise LspError("table.encoding", path=str(path))
    return text


def _utf16_without_mark(data: bytes) -> bool:
    """UTF-16 puts a NUL beside every Latin letter and digit, all on one side of each
    byte pair; a damaged Western file holds a NUL here and there, or a run of them on
    both sides alike."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    most = max(even, odd)
    return most > 0 and most * 10 >= len(data) // 2 and most >= 4 * min(even, odd)


def _read_xlsx(path: Path) -> list[list[object]]:
    import zipfile
    import zlib

    from lsp_desktop.checks.guard import open_regular, zip_limit_problems
    from lsp_desktop.tables.xlsx_rows import first_sheet_name, more_rows_than, sheet_extent

    # What the zip unpacks to is judged from its directory before openpyxl reads a byte.
    # openpyxl itself parses with defusedxml (a dependency), so entity bombs are refused.
    with open_regular(path) as (handle, size):
        if size > MAX_FILE_BYTES:
            raise LspError("table.too_large", path=str(path), limit_binary=MAX_FILE_BYTES)
        try:
            archive = zipfile.ZipFile(handle)
            if zip_limit_problems(archive.infolist(), MAX_XLSX_MEMBERS, MAX_UNPACKED_BYTES,
                                  MAX_UNPACKED_BYTES, max_ratio=1_000):
                raise LspError("table.too_large", path=str(path),
                               limit_binary=MAX_UNPACKED_BYTES)
            # Refused before openpyxl, which may read a sheet whole just to learn its size.
            sheet = first_sheet_name(archive)
            if sheet is not None and more_rows_than(archive, sheet, MAX_ROWS + 1):
                raise LspError("table.too_many_rows", path=str(path), limit=MAX_ROWS)
            # What the cells reach, not what <dimension> claims, bounds openpyxl below.
            reach = sheet_extent(archive, sheet) if sheet is not None else (0, 0)
            if reach[0] > MAX_ROWS + 1:
                raise LspError("table.too_many_rows", path=str(path), limit=MAX_ROWS)
            if reach[1] > MAX_COLUMNS:
                raise LspError("table.too_many_columns", path=str(path), limit=MAX_COLUMNS,
                               column=reach[1])
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, RuntimeError,
                NotImplementedError):  # damaged, encrypted or oddly compressed members
            raise ValueError("not a zip") from None
    from lsp_desktop.tables.xlsx_text import decode_escapes

    try:
        values = _sheet_rows(path, reach, data_only=True)
        # Excel's _x001B_ as the character it stands for, a formula's text aside.
        values = [[decode_escapes(v) if isinstance(v, str) else v for v in row]
                  for row in values]
        # Only where a cell has no saved value: is it a formula never computed? (A file
        # written by a program, not by Excel, saves none.)
        if any(v is None for row in values for v in row):
            _mark_formulas(values, _sheet_rows(path, reach, data_only=False))
        return values
    except LspError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a file that is not XLSX
        raise ValueError(f"not a readable Excel file ({type(exc).__name__})") from None


def _sheet_rows(path: Path, reach: tuple[int, int], data_only: bool) -> list[list]:
    """The first sheet's rows, read no further than its cells reach (``reach``: last row
    and column named in its XML; 0 when none is named) whatever <dimension> claims."""
    from lsp_desktop.tables.xlsx_text import load_workbook_raw  # openpyxl: only for XLSX

    workbook = load_workbook_raw(path, data_only=data_only)
    try:
        sheet = workbook.worksheets[0]
        bounds = {"max_row": min(reach[0] or MAX_ROWS + 1, MAX_ROWS + 1),
                  "max_col": min(reach[1] or MAX_COLUMNS, MAX_COLUMNS)}
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # never trust the claimed size: read what is there
        return _limited(path, sheet.iter_rows(values_only=True, **bounds))
    finally:
        workbook.close()


def _mark_formulas(values: list[list], formulas: list[list]) -> None:
    for row, formula_row in zip(values, formulas, strict=False):
        for index, (value, formula) in enumerate(zip(row, formula_row, strict=False)):
            if value is None and isinstance(formula, str) and formula.startswith("="):
                row[index] = Formula(formula)


def write_table(path: Path | str, kind: str, rows: list[dict[str, str]]) -> None:
    """Write a table the user asked for: owner-only (it holds NIKs and phone numbers),
    under a temporary name first, every cell text that no spreadsheet runs as a formula."""
    from lsp_desktop.base.files import private_output, reason_code
    from lsp_desktop.tables.rows import neutralise, to_csv

    path = Path(path)
    columns = list(COLUMNS[kind])
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise LspError("table.unknown_format", path=str(path))
    try:
        with private_output(path) as handle:
            if suffix == ".csv":
                handle.write(to_csv(columns, rows))
            else:
                _xlsx(kind, columns, rows, neutralise).save(handle)
    except OSError as exc:
        raise LspError("table.write_failed", path=str(path), reason=reason_code(exc)) from None


def _xlsx(kind: str, columns: list[str], rows: list[dict[str, str]], neutralise):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from lsp_desktop.tables.xlsx_text import escape_for_xlsx

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(kind)
    sheet.append(columns)
    for row in rows:
        cells = []
        for column in columns:
            # A typed "_x0041_" written so that it reads back as typed, not as "A".
            cell = WriteOnlyCell(sheet, value=escape_for_xlsx(neutralise(row.get(column, ""))))
            cell.data_type = "s"  # text, whatever it looks like: never a live formula
            cells.append(cell)
        sheet.append(cells)
    return workbook

"""Read and write the admins' own lists: CSV (any common encoding and separator) and XLSX.

Column names are matched case- and space-insensitively against the names such lists
commonly use (``nama``, ``nik``, ``no_reg_met``, ``no_blanko``, ``siapkerja``, …).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from lsp_desktop.errors import LspError
from lsp_desktop.tables.rows import SIAPKERJA_COLUMN

MAX_ROWS = 50_000

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
                  "bidang"),
    "packages": ("kode_paket", "nama_paket", "nama_paket_en", "jenis", "acuan", "kode_unit",
                 "judul_unit", "judul_unit_en"),
}
KINDS = tuple(COLUMNS)


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
        raise LspError("table.unreadable", path=str(path), reason=str(exc)[:200]) from None
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
        if len(rows) > MAX_ROWS:
            raise LspError("table.too_many_rows", path=str(path), limit=MAX_ROWS)
    return rows


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "date") and hasattr(value, "isoformat"):  # a date cell in Excel
        return value.date().isoformat() if hasattr(value, "hour") else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a NIK typed as a number must not become 3.17e15
    return str(value).strip()


def _read_csv(path: Path) -> list[list[object]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return [list[object](row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook  # only when an Excel file is opened

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not XLSX
        raise ValueError(f"not a readable Excel file ({type(exc).__name__})") from None
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def write_table(path: Path | str, kind: str, rows: list[dict[str, str]]) -> None:
    path = Path(path)
    columns = list(COLUMNS[kind])
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(kind)
        sheet.append(columns)
        for row in rows:
            sheet.append([row.get(c, "") for c in columns])
        workbook.save(path)
    elif suffix == ".csv":
        from lsp_desktop.tables.rows import to_csv

        path.write_bytes(to_csv(columns, rows))
    else:
        raise LspError("table.unknown_format", path=str(path))

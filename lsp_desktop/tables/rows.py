"""The data tables as rows: what the bundle writes as CSV and what spreadsheets hold.

Column names are Indonesian and lower-case, as admins' own lists usually have them.
"""

from __future__ import annotations

import csv
import io

from lsp_desktop.store.records import SIAPKERJA_FIELD, Records, Unit

# The spreadsheet column of a person's SIAPkerja state: a column name, not the roster
# item's id (which the catalogue names).
SIAPKERJA_COLUMN = SIAPKERJA_FIELD
PEOPLE_COLUMNS = ["nama", "peran", "nik", "email", "telepon", SIAPKERJA_COLUMN]
ASSESSOR_COLUMNS = ["nama", "nik", "no_reg_met", "no_blanko", "tanggal_terbit",
                    "berlaku_sampai", "bidang"]
PACKAGE_COLUMNS = ["kode_paket", "nama_paket", "nama_paket_en", "jenis", "acuan", "kode_unit",
                   "judul_unit", "judul_unit_en"]
SOCIAL_COLUMNS = ["platform", "alamat"]
IT_STAFF_COLUMNS = ["nama", "email", "telepon"]


def people_rows(records: Records) -> list[dict[str, str]]:
    return [{"nama": p.name, "peran": p.role, "nik": p.nik, "email": p.email,
             "telepon": p.phone, SIAPKERJA_COLUMN: p.siapkerja} for p in records.people()]


def assessor_rows(records: Records) -> list[dict[str, str]]:
    return [{"nama": p.name, "nik": p.nik, "no_reg_met": a.met_number,
             "no_blanko": a.blanko_number, "tanggal_terbit": a.issued_on,
             "berlaku_sampai": a.expires_on, "bidang": a.field}
            for p, a in records.assessors()]


def package_rows(records: Records) -> list[dict[str, str]]:
    rows = []
    for package in records.packages():
        head = {"kode_paket": package.code, "nama_paket": package.name_id,
                "nama_paket_en": package.name_en, "jenis": package.kind,
                "acuan": package.reference}
        units: list[Unit | None] = list(package.units) or [None]  # a package without units
        for unit in units:
            rows.append(head | ({"kode_unit": unit.code, "judul_unit": unit.title_id,
                                 "judul_unit_en": unit.title_en} if unit else
                                {"kode_unit": "", "judul_unit": "", "judul_unit_en": ""}))
    return rows


def social_rows(records: Records) -> list[dict[str, str]]:
    return [{"platform": k, "alamat": v} for k, v in sorted(records.social_media().items())]


def it_staff_rows(records: Records) -> list[dict[str, str]]:
    staff = records.it_staff()
    return [{"nama": staff.name, "email": staff.email, "telepon": staff.phone}] if staff.name \
        else []


# What makes Excel or LibreOffice read a cell as a formula (OWASP's CSV-injection list).
FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell's text that no spreadsheet runs: one starting like a formula
    (``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``, ``+``, ``-``, ``@``, a tab) gets a leading
    single quote, as OWASP advises; reading it back removes the quote."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTERS) else text


def to_csv(columns: list[str], rows: list[dict[str, str]]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel on Windows shows the names right. Every
    spreadsheet the app writes passes :func:`neutralise`, cell by cell."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({c: neutralise(row.get(c, "")) for c in columns} for row in rows)
    return buffer.getvalue().encode("utf-8-sig")

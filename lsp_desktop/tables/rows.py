"""The data tables as rows: what the bundle writes as CSV and what spreadsheets hold.

Column names are Indonesian and lower-case, as admins' own lists usually have them.
"""

from __future__ import annotations

import csv
import io
import re

from lsp_desktop.checks.assessors import VALID_YEARS, expiry_of
from lsp_desktop.store.participant import not_submitted_assessors, participant
from lsp_desktop.store.records import SIAPKERJA_FIELD, Records, Unit

# The spreadsheet column of a person's SIAPkerja state: a column name, not the roster
# item's id (which the catalogue names).
SIAPKERJA_COLUMN = SIAPKERJA_FIELD
PEOPLE_COLUMNS = ["nama", "peran", "nik", "email", "telepon", SIAPKERJA_COLUMN]
ASSESSOR_COLUMNS = ["nama", "nik", "no_reg_met", "no_blanko", "tanggal_terbit",
                    "berlaku_sampai", "berlaku_sampai_sumber", "bidang", "diajukan",
                    "alasan_tidak_diajukan"]
# How berlaku_sampai was found: written by the admin, or issue date + 3 years (the app's
# rule, checks/assessors.expiry_of). Import keeps only a written one, so the computed
# date follows a corrected issue date.
EXPIRY_WRITTEN = "tertulis"
EXPIRY_COMPUTED = f"dihitung: tanggal terbit + {VALID_YEARS} tahun"
PACKAGE_COLUMNS = ["kode_paket", "nama_paket", "nama_paket_en", "jenis", "acuan", "kode_unit",
                   "judul_unit", "judul_unit_en"]
SOCIAL_COLUMNS = ["platform", "alamat"]
IT_STAFF_COLUMNS = ["nama", "nik", "jabatan", "email", "telepon", "whatsapp", "nomor_sk",
                    "tanggal_sk"]


def people_rows(records: Records) -> list[dict[str, str]]:
    return [{"nama": p.name, "peran": p.role, "nik": p.nik, "email": p.email,
             "telepon": p.phone, SIAPKERJA_COLUMN: p.siapkerja} for p in records.people()]


def assessor_rows(records: Records) -> list[dict[str, str]]:
    """One row per assessor, with whether they are submitted for 2.12 (an assessor being
    re-certified stays in the roster but is left out, with the reason)."""
    left_out = not_submitted_assessors(records.ws)
    rows = []
    for p, a in records.assessors():
        expiry = expiry_of(a.issued_on, a.expires_on)
        computed = not a.expires_on.strip() and expiry is not None
        rows.append({"nama": p.name, "nik": p.nik, "no_reg_met": a.met_number,
                     "no_blanko": a.blanko_number, "tanggal_terbit": a.issued_on,
                     "berlaku_sampai": expiry.isoformat() if computed and expiry
                     else a.expires_on,
                     "berlaku_sampai_sumber": EXPIRY_COMPUTED if computed else
                     EXPIRY_WRITTEN if a.expires_on else "",
                     "bidang": a.field,
                     "diajukan": "tidak" if p.saved_id in left_out else "ya",
                     "alasan_tidak_diajukan": left_out.get(p.saved_id, "")})
    return rows


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
    """The point-4 training participant: who, how to reach them, and the SK naming them;
    the NIK ties them to the roster entry they were picked from."""
    staff = participant(records.ws)
    if not staff.name:
        return []
    picked = next((p for p in records.people() if p.id == staff.person_id), None)
    return [{"nama": staff.name, "nik": picked.nik if picked else "",
             "jabatan": staff.job_title, "email": staff.email, "telepon": staff.phone,
             "whatsapp": staff.whatsapp, "nomor_sk": staff.sk_number,
             "tanggal_sk": staff.sk_date}]


# What makes Excel or LibreOffice read a cell as a formula (OWASP's CSV-injection list).
FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")
# Values that start like a formula but plainly are not one, kept as typed: a phone number
# in international form (+62 812-3456-7890: a plus, then at least six digits among spaces,
# brackets, dots, slashes and hyphens) and a social-media handle (@lsp_tik). Neither can
# call a function or reach another cell.
SAFE_PHONE = re.compile(r"\+[0-9 ()./-]+")
SAFE_HANDLE = re.compile(r"@[A-Za-z0-9._]+")


def neutralise(value: object) -> str:
    """A cell's text that no spreadsheet runs: one starting like a formula
    (``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``, ``+``, ``-``, ``@``, a tab) gets a leading
    single quote, as OWASP advises; reading it back removes the quote. A phone number
    (``+6281234567891``) or a handle (``@lsp_tik``) is left as it is."""
    text = "" if value is None else str(value)
    if not text.startswith(FORMULA_STARTERS) or _plainly_data(text):
        return text
    return f"'{text}"


def _plainly_data(text: str) -> bool:
    if SAFE_PHONE.fullmatch(text):
        return sum(c.isdigit() for c in text) >= 6
    return bool(SAFE_HANDLE.fullmatch(text))


def to_csv(columns: list[str], rows: list[dict[str, str]]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel on Windows shows the names right. Every
    spreadsheet the app writes passes :func:`neutralise`, cell by cell."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({c: neutralise(row.get(c, "")) for c in columns} for row in rows)
    return buffer.getvalue().encode("utf-8-sig")

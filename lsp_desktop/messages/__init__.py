"""Every user-facing string, in Bahasa Indonesia and English: the one source of truth.

Two kinds of entry, both plain dicts without Qt:
- a *message* (findings, errors) is looked up by its stable code with ``render(code,
  values, lang)``; its pair lives in ``texts_*.py`` as ``code: (Indonesian, English)``;
- a *phrase* of the window or the command line is written in English where it is used,
  ``tr("Export bundle…")`` in ui/ or ``phrase("Workspace", lang)`` in cli/, and its
  Indonesian lives in ``texts_window.py`` / ``texts_cli.py`` as ``English: Indonesian``.
tests/messages/test_completeness.py checks that every code and every phrase used in the
code has both languages with the same {placeholders}.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

from lsp_desktop.filenames import printable
from lsp_desktop.messages.texts_admin import TEXTS as _ADMIN
from lsp_desktop.messages.texts_app import TEXTS as _APP
from lsp_desktop.messages.texts_bundle import TEXTS as _BUNDLE
from lsp_desktop.messages.texts_cli import ARGPARSE_ID
from lsp_desktop.messages.texts_cli import CODES as _CLI_CODES
from lsp_desktop.messages.texts_cli import TEXTS as _CLI
from lsp_desktop.messages.texts_data import TEXTS as _DATA
from lsp_desktop.messages.texts_documents import TEXTS as _DOCUMENTS
from lsp_desktop.messages.texts_files import TEXTS as _FILES
from lsp_desktop.messages.texts_guard import REASONS as OS_REASONS
from lsp_desktop.messages.texts_guard import TEXTS as _GUARD
from lsp_desktop.messages.texts_guide import CODES as _GUIDE_CODES
from lsp_desktop.messages.texts_guide import TEXTS as _GUIDE
from lsp_desktop.messages.texts_merge import CODES as _MERGE_CODES
from lsp_desktop.messages.texts_merge import PHRASES as _MERGE
from lsp_desktop.messages.texts_window import TEXTS as _WINDOW
from lsp_desktop.messages.time_words import (  # noqa: F401 - the messages' public words
    format_date,
    format_moment,
    period_text,
    registration_text,
    window_text,
)

LANGS = ("id", "en")

FORMAT_NAMES = {
    "pdf": ("PDF", "PDF"),
    "jpeg": ("foto JPEG/JPG", "JPEG/JPG photo"),
    "png": ("gambar PNG", "PNG image"),
    "heic": ("foto HEIC (format foto iPhone)", "HEIC photo (the iPhone photo format)"),
    "webp": ("gambar WEBP", "WEBP image"),
    "tiff": ("gambar TIFF", "TIFF image"),
    "gif": ("gambar GIF", "GIF image"),
    "bmp": ("gambar BMP", "BMP image"),
    "doc": ("dokumen Word/Excel lama (DOC/XLS)", "old Word/Excel document (DOC/XLS)"),
    "docx": ("dokumen Word (DOCX)", "Word document (DOCX)"),
    "xlsx": ("lembar kerja Excel (XLSX)", "Excel spreadsheet (XLSX)"),
    "odt": ("dokumen OpenDocument (ODT)", "OpenDocument text (ODT)"),
    "zip": ("arsip ZIP", "ZIP archive"),
    "bundle": ("bundel LSP Desktop (arsip ZIP)", "LSP Desktop bundle (ZIP archive)"),
    "empty": ("berkas kosong", "empty file"),
    "unknown": ("format tidak dikenal", "unknown format"),
}
_IMAGES = {"jpeg", "png", "heic", "webp", "tiff", "gif", "bmp"}
_OFFICE = {"doc", "docx", "xlsx", "odt"}

PDF_REASONS = {
    "truncated": ("berkas terpotong (tidak lengkap), mungkin karena unduhan atau salinan "
                  "yang terputus", "the file is cut short, perhaps by an interrupted "
                  "download or copy"),
    "broken_index": ("struktur internal PDF rusak", "the PDF's internal structure is broken"),
    "bad_header": ("awal berkas bukan PDF yang sah", "the start of the file is not a valid PDF"),
    "unreadable": ("isi PDF tidak dapat dibaca", "the PDF's content cannot be read"),
    "bad_picture": ("ukuran salah satu gambarnya tidak masuk akal",
                    "one of its pictures has a nonsense size"),
}

# A requirement's id -> (Indonesian, English) "number and title", set by the catalogue:
# a message says "2.3 SK Asesor Kompetensi", never the item's internal id.
ITEM_LABELS: dict[str, tuple[str, str]] = {}


# The number the catalogue in use gives the item holding a data set or part (catalog.PEOPLE,
# DATASETS, PARTS), as {roster_point}, {data_point}, … in messages: never a fixed "2.12".
HELD_POINTS: dict[str, str] = {}
_POINT_KEYS = {"people": "roster_point", "assessors": "data_point",
               "assessor-documents": "documents_point", "packages": "packages_point",
               "training-participant": "training_point"}


def register_item_labels(labels: dict[str, tuple[str, str]],
                         held_points: dict[str, str] | None = None) -> None:
    if held_points is not None and held_points != HELD_POINTS:
        HELD_POINTS.clear()
        HELD_POINTS.update(held_points)
    if labels == ITEM_LABELS:
        return  # the same catalogue again (a worker's connection): nothing to change
    ITEM_LABELS.clear()  # another circular's items are no longer meant
    ITEM_LABELS.update(labels)


# The circular's own names of the 2.11 documents, kept in both languages (they are the
# names on the documents themselves).
ASSESSOR_DOCUMENT_TITLES = {"ktp": "KTP", "sertifikat-teknis": "Sertifikat Kompetensi Teknis",
                            "ijazah": "Ijazah", "pasfoto": "Pasfoto"}


def item_list(requirement_ids: list[str], lang: str = "id") -> str:
    """Items as the admin knows them ("2.1 SK Lisensi LSP; 2.9 NPWP LSP"), never ids."""
    index = 1 if lang == "en" else 0
    return "; ".join(ITEM_LABELS[i][index] if i in ITEM_LABELS else i
                     for i in requirement_ids)


# code: (Indonesian, English). Values in {braces} come from the finding or error.
MESSAGES: dict[str, tuple[str, str]] = {**_FILES, **_DATA, **_BUNDLE, **_APP, **_ADMIN,
                                        **_GUARD, **_CLI_CODES, **_GUIDE_CODES,
                                        **_MERGE_CODES}

# English phrase: Indonesian phrase, for the window, the command line and printed documents.
PHRASES: dict[str, str] = {**_WINDOW, **_CLI, **_DOCUMENTS, **_GUIDE, **_MERGE}


def phrase(english: str, lang: str = "id") -> str:
    """A phrase written in English where it is used, in the admin's language.

    A phrase without Indonesian shows in English rather than crash; the completeness
    test makes that a failure before it ships."""
    text = english if lang == "en" else PHRASES.get(english, english)
    return with_points(text) if "_point}" in text else text


def with_points(text: str) -> str:
    """{roster_point}, {data_point}, … as the catalogue in use numbers those items, the
    other {placeholders} left for the caller to fill."""
    for held, key in _POINT_KEYS.items():
        text = text.replace("{" + key + "}", HELD_POINTS.get(held, "-"))
    return text


def argparse_complaint(message: str, lang: str = "id") -> str:
    """argparse's English complaint about a command, in the admin's language."""
    if lang == "en":
        return message
    import re

    for pattern, template in ARGPARSE_ID:
        if match := re.fullmatch(pattern, message):
            return template.format(*match.groups())
    return message


def format_size(size: int, lang: str = "id") -> str:
    """``6,3 MB (6.291.456 byte)`` in Indonesian, ``6.3 MB (6,291,456 bytes)`` in English."""
    if size >= 1000 * 1000:
        human = f"{size / (1000 * 1000):.2f}".rstrip("0").rstrip(".") + " MB"
    elif size >= 1000:
        human = f"{size / 1000:.0f} KB"
    else:
        human = ""
    exact = f"{format_number(size, lang)} {'bytes' if lang == 'en' else 'byte'}"
    if not human:
        return exact
    if lang != "en":
        human = human.replace(".", ",")
    return f"{human} ({exact})"


def format_number(value: int, lang: str = "id") -> str:
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", ".")


def format_name(fmt: str, lang: str = "id") -> str:
    names = FORMAT_NAMES.get(fmt, (fmt.upper(), fmt.upper()))
    return names[1] if lang == "en" else names[0]


def _advice(detected: str, allowed: str, lang: str) -> str:
    en = lang == "en"
    allowed_set = set(allowed.split("/"))
    if detected in allowed_set:
        ext = {"jpeg": ".jpg"}.get(detected, f".{detected}")
        return (f"Rename the file to end in {ext} so the BNSP information system "
                "recognises it." if en else
                f"Ganti akhiran nama berkas menjadi {ext} agar Sistem Informasi BNSP "
                "mengenalinya.")
    if "pdf" in allowed_set and detected in _IMAGES:
        return ("Turn it into a PDF: open the picture and choose Print > Save as PDF, or "
                "scan the document with a scanner app that saves PDF." if en else
                "Jadikan PDF: buka gambarnya lalu pilih Cetak > Simpan sebagai PDF, atau "
                "pindai dokumen dengan aplikasi pemindai yang menyimpan PDF.")
    if "pdf" in allowed_set and detected in _OFFICE:
        return ("Open it in Word or LibreOffice and use Save As > PDF." if en else
                "Buka di Word atau LibreOffice lalu pilih Simpan Sebagai > PDF.")
    if detected == "heic":
        return ("Convert it to JPG: export the photo as JPG, or set the iPhone's Camera > "
                "Formats to 'Most Compatible' and take it again." if en else
                "Ubah ke JPG: ekspor foto sebagai JPG, atau atur iPhone di Kamera > Format "
                "ke 'Paling Kompatibel' lalu ambil ulang.")
    if detected in _IMAGES:
        return ("Open it and save it again as JPG or PNG." if en else
                "Buka gambarnya lalu simpan ulang sebagai JPG atau PNG.")
    if detected == "pdf":
        return ("Export the page as a JPG or PNG picture." if en else
                "Ekspor halamannya sebagai gambar JPG atau PNG.")
    if detected == "zip":
        return ("Extract the archive and choose the file inside it." if en else
                "Ekstrak arsipnya lalu pilih berkas di dalamnya.")
    return ("Save the document again in an accepted format." if en else
            "Simpan ulang dokumen dalam format yang diterima.")


_SIZE_KEYS = {"size", "limit_binary", "limit_decimal"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NAME_KEYS = {"name", "path", "file", "existing"}
_ALLOWED_NAMES = {"jpeg": "JPG/JPEG"}


def render(code: str, values: dict[str, Any] | None, lang: str = "id") -> str:
    lang = lang if lang in LANGS else "id"
    templates = MESSAGES.get(code)
    if templates is None:
        return code
    shown: dict[str, Any] = {}
    for key, value in (values or {}).items():
        if isinstance(value, str):  # a typed or imported value never forges a line
            value = printable(value)
        shown[key] = format_size(value, lang) if key in _SIZE_KEYS and isinstance(
            value, int) else value
    if "detected" in shown:
        shown["detected_name"] = format_name(str(shown["detected"]), lang)
        shown["advice"] = _advice(str(shown["detected"]), str(shown.get("allowed", "")), lang)
    if "allowed" in shown:
        shown["allowed"] = "/".join(_ALLOWED_NAMES.get(f, f.upper())
                                    for f in str(shown["allowed"]).split("/"))
    if "named" in shown:
        shown["named_ext"] = {"jpeg": ".jpg"}.get(shown["named"], f".{shown['named']}")
    for key in _NAME_KEYS & shown.keys():  # a file name must not forge a line or reverse
        shown[key] = printable(str(shown[key]))
    if shown.get("reason") in OS_REASONS:  # never the OS's own English in a message
        shown["reason"] = OS_REASONS[shown["reason"]][1 if lang == "en" else 0]
    if "reason" in shown and shown["reason"] in PDF_REASONS:
        shown["reason_text"] = PDF_REASONS[shown["reason"]][1 if lang == "en" else 0]
    if isinstance(shown.get("date"), str) and _ISO_DAY.fullmatch(shown["date"]):
        with contextlib.suppress(ValueError):  # 2024-02-30 is quoted as typed: it is the fault
            shown["date"] = format_date(dt.date.fromisoformat(shown["date"]), lang)
    if str(shown.get("requirement", "")) in ITEM_LABELS:
        shown["requirement"] = label(ITEM_LABELS, str(shown["requirement"]), lang)
    for held, key in _POINT_KEYS.items():
        shown.setdefault(key, HELD_POINTS.get(held, "-"))
    if "platform" in shown:
        shown["platform_name"] = label(PLATFORM_NAMES, str(shown["platform"]), lang)
    if "role" in shown:
        shown["role_name"] = label(ROLE_LABELS, str(shown["role"]), lang)
    if "form" in shown:
        shown["form"] = label(FORM_LABELS, str(shown["form"]), lang)
    if code in ("field.too_long", "field.control_character"):  # named as the store does
        shown["field"] = label(FIELD_LABELS, str(shown.get("field", "")), lang)
    if "reason_en" in shown and lang == "en":  # a reason the raiser worded in both
        shown["reason"] = shown["reason_en"]
    if isinstance(shown.get("item_ids"), list):
        shown["items"] = item_list([str(i) for i in shown["item_ids"]], lang)
    if "kind_en" in shown and lang == "en":
        shown["kind"] = shown["kind_en"]
    if "missing_en" in shown and lang == "en":  # documents named in English
        shown["missing"] = shown["missing_en"]
    if "problem_code" in shown:  # a catalogue's fault, worded in this language
        shown["problem"] = render(str(shown["problem_code"]), shown.get("problem_values"), lang)
    if "reason_code" in shown:  # a refusal carries its own finding, worded in this language
        shown["reason"] = render(str(shown["reason_code"]), shown.get("reason_values"), lang)
    if code == "catalog.invalid" and shown.get("item") == "-":  # the file as a whole
        templates = MESSAGES["catalog.invalid_file"]
    template = templates[1 if lang == "en" else 0]
    text = template.format_map(_Blank(shown))
    for value in shown.values():  # "Budi, S.T." ending a sentence: one full stop, not two
        if isinstance(value, str) and value.endswith(".") and not value.endswith(".."):
            text = text.replace(value + ".", value)
    if "name" in shown and "{name}" not in template:
        text = f"{shown['name']}: {text}"
    return text


class _Blank(dict):
    """A value missing from an older finding shows as a dash, not as a crash."""

    def __missing__(self, key: str) -> str:
        return "-"


# Words the command line and the window share.
STATE_LABELS = {
    "missing": ("belum ada", "missing"),
    "ok": ("siap", "ready"),
    "warning": ("siap, ada peringatan", "ready, with warnings"),
    "error": ("ada kesalahan", "has errors"),
    "not-required": ("tidak wajib", "not required"),
}
SEVERITY_LABELS = {
    "error": ("kesalahan", "error"),
    "warning": ("peringatan", "warning"),
    "info": ("info", "info"),
}
ROLE_LABELS = {
    "pengarah": ("Unsur Pengarah", "Steering member"),
    "pelaksana": ("Unsur Pelaksana", "Executive member"),
    "asesor": ("Asesor", "Assessor"),
}
SIAPKERJA_LABELS = {
    "belum-daftar": ("belum daftar", "not registered"),
    "terdaftar": ("terdaftar", "registered"),
    "data-lengkap": ("data diri lengkap", "personal data complete"),
    "sudah-submit": ("sudah kirim (submit)", "submitted"),
}
FORM_LABELS = {
    "file": ("berkas", "file"),
    "link": ("tautan Google Drive", "Google Drive link"),
    "data": ("data tabel", "table data"),
    "roster": ("daftar personel", "personnel roster"),
}
# A stored field, as a length refusal names it; a social platform's name is its own word.
FIELD_LABELS = {
    "name": ("nama", "name"), "nama": ("nama", "name"),
    "licence": ("nomor lisensi", "licence number"), "url": ("tautan", "link"),
    "nik": ("NIK", "NIK"), "email": ("email", "e-mail"), "telepon": ("telepon", "phone"),
    "no_reg_met": ("No. Reg. MET", "MET registration no."),
    "no_blanko": ("Nomor Blanko", "certificate form serial no. (Nomor Blanko)"),
    "kode_paket": ("kode paket", "package code"), "nama_paket": ("nama paket", "package name"),
    "kode_unit": ("kode unit", "unit code"), "judul_unit": ("judul unit", "unit title"),
    "alasan": ("alasan", "reason"), "jabatan": ("jabatan", "job title"),
}
VERDICT_LABELS = {
    "ok": ("OK", "OK"),
    "warning": ("PERINGATAN", "WARNING"),
    "error": ("KESALAHAN", "ERROR"),
}


# Said after a finding of a rule the circular does not set (checks.findings.APP).
RULE_SOURCE_LABELS = {
    "circular": ("syarat surat edaran", "the circular's requirement"),
    "app": ("saran aplikasi ini, bukan syarat surat edaran",
            "this app's advice, not a requirement of the circular"),
}


def rule_note(source: str, lang: str) -> str:
    """" (saran aplikasi ini, bukan syarat surat edaran)" after an app rule's finding."""
    return f" ({label(RULE_SOURCE_LABELS, source, lang)})" if source == "app" else ""


def label(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    pair = table.get(key, (key, key))
    return pair[1] if lang == "en" else pair[0]


def progress_text(ready: int, total: int, lang: str) -> str:
    return phrase("{ready} of {total} ready", lang).format(ready=ready, total=total)


PLATFORM_NAMES = {"website": ("Situs web", "Website"), "instagram": ("Instagram", "Instagram"),
                  "facebook": ("Facebook", "Facebook"), "youtube": ("YouTube", "YouTube"),
                  "tiktok": ("TikTok", "TikTok"), "x": ("X (Twitter)", "X (Twitter)")}

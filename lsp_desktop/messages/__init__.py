"""Every user-facing string, in Bahasa Indonesia and English: the one source of truth.

One store, read one way: ``TEXTS[lang][key]`` (messages/table.py), a template per key and
language, English for whatever a language lacks. The texts_*.py files are written in two
forms, both plain dicts without Qt, and fill it: the window's words at import, the rest on
the first key not found (``_load_the_rest``):
- a *message* (findings, errors) has a stable code, ``code: (Indonesian, English)``, and is
  said with ``render(code, values, lang, wording)``;
- a *phrase* of the window, the command line or a printed document is written in English
  where it is used, ``tr("Export bundle…")`` in ui/ or ``phrase("Workspace", lang)``
  elsewhere, its Indonesian in a texts_*.py as ``English: Indonesian``;
- a small table of (Indonesian, English) pairs (``STATE_LABELS``) is read with
  ``label(TABLE, key, lang)``; another language translates its English as a phrase.
How a catalogue names its items is its ``Wording`` (messages/wording.py), passed to
``render`` by whoever holds the catalogue. A third language is ``add_language(lang,
{key: template})``: data, not code (tests/messages/test_third_language.py).
tests/messages/test_completeness.py checks that every code and every phrase used in the
code has both languages with the same {placeholders}.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from lsp_desktop.base.filenames import printable
from lsp_desktop.messages import table
from lsp_desktop.messages.table import (  # noqa: F401 - the store's public words
    TEXTS,
    add_language,
    known,
    languages,
    load_all,
    lookup,
    paired,
    said,
)
from lsp_desktop.messages.texts_guide import CODES as _GUIDE_CODES
from lsp_desktop.messages.texts_guide import TEXTS as _GUIDE
from lsp_desktop.messages.texts_merge import CODES as _MERGE_CODES
from lsp_desktop.messages.texts_merge import PHRASES as _MERGE
from lsp_desktop.messages.texts_status import (  # noqa: F401 - status/'s words
    ASSESSOR_DOCUMENT_NAMES,
    ASSESSOR_FILE_LABELS,
    MISSING_BY_FORM,
)
from lsp_desktop.messages.texts_time import TEXTS as _TIME
from lsp_desktop.messages.texts_window import TEXTS as _WINDOW
from lsp_desktop.messages.time_words import (  # noqa: F401 - the messages' public words
    format_date,
    format_moment,
    period_text,
    registration_text,
    window_text,
)
from lsp_desktop.messages.wording import Wording, wording_in_use

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

# The circular's own names of the 2.11 documents, kept in both languages (they are the
# names on the documents themselves).
ASSESSOR_DOCUMENT_TITLES = {"ktp": "KTP", "sertifikat-teknis": "Sertifikat Kompetensi Teknis",
                            "ijazah": "Ijazah", "pasfoto": "Pasfoto"}


def item_list(requirement_ids: list[str], lang: str = "id",
              wording: Wording | None = None) -> str:
    """Items as the admin knows them ("2.1 SK Lisensi LSP; 2.9 NPWP LSP"), never ids:
    as ``wording``'s catalogue numbers them, by default the one in use (messages/wording.py)."""
    wording = wording or wording_in_use()
    return "; ".join(wording.item(i, lang) or i for i in requirement_ids)


# Every text, as the texts_*.py files write them: MESSAGES, code: (Indonesian, English), values
# in {braces} from the finding or error; PHRASES, English phrase: Indonesian phrase, for the
# window, the command line and printed documents. Read as ``messages.MESSAGES`` and
# ``messages.PHRASES``, each whole (every table loaded first, ``__getattr__`` below).
_MESSAGES: dict[str, tuple[str, str]] = {}
_PHRASES: dict[str, str] = {}
if TYPE_CHECKING:
    MESSAGES: dict[str, tuple[str, str]]
    PHRASES: dict[str, str]


def _add(messages: dict[str, tuple[str, str]], phrases: dict[str, str]) -> None:
    """Tables into the one store every lookup reads (messages/table.py): the two dicts
    above are how the texts_*.py files are written, TEXTS[lang][key] how they are read."""
    _MESSAGES.update(messages)
    _PHRASES.update(phrases)
    table.add_pairs(messages)
    table.add_phrases(phrases)


# What the window's start reads (its words, its menus' entries of the upload guide and the
# merge, dates) is in the store at once; the rest on the first key not found there
# (table.load_later). The store then holds what reading every table at import made:
# tests/messages/test_tables_loaded_later.py fails if a key of the first group were given
# another text in the rest (the rest, read later, would win).
_add({**_GUIDE_CODES, **_MERGE_CODES, **_TIME}, {**_WINDOW, **_GUIDE, **_MERGE})


def _load_the_rest() -> None:
    from lsp_desktop.messages.texts_admin import TEXTS as admin
    from lsp_desktop.messages.texts_advice import TEXTS as advice
    from lsp_desktop.messages.texts_app import TEXTS as app
    from lsp_desktop.messages.texts_bundle import TEXTS as bundle
    from lsp_desktop.messages.texts_cli import CODES as cli_codes
    from lsp_desktop.messages.texts_cli import TEXTS as cli
    from lsp_desktop.messages.texts_data import TEXTS as data
    from lsp_desktop.messages.texts_documents import TEXTS as documents
    from lsp_desktop.messages.texts_files import TEXTS as files
    from lsp_desktop.messages.texts_guard import TEXTS as guard
    from lsp_desktop.messages.texts_readme import TEXTS as readme
    from lsp_desktop.messages.texts_summary import TEXTS as summary

    _add({**files, **data, **bundle, **app, **admin, **guard, **cli_codes, **readme,
          **advice}, {**cli, **documents, **summary})


table.load_later(_load_the_rest)


def __getattr__(name: str) -> Any:
    """MESSAGES and PHRASES whole, every table loaded first (PEP 562): the window's start
    reads neither."""
    if name in ("MESSAGES", "PHRASES"):
        load_all()
        return _MESSAGES if name == "MESSAGES" else _PHRASES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def template(code: str, lang: str = "id") -> str:
    """A message's text as written, its {placeholders} left for the caller: for a document
    that is itself the text (BACA-SAYA.txt), where ``render``'s care for typed values and
    item names has nothing to do."""
    found = lookup(code, lang)
    if found is None:
        raise KeyError(code)
    return found


def phrase(english: str, lang: str = "id", wording: Wording | None = None) -> str:
    """A phrase written in English where it is used, in the admin's language.

    A phrase without Indonesian shows in English rather than crash; the completeness
    test makes that a failure before it ships."""
    text = said(english, lang)
    return with_points(text, wording) if "_point}" in text else text


def with_points(text: str, wording: Wording | None = None) -> str:
    """{roster_point}, {data_point}, … as ``wording``'s catalogue (by default the one in
    use) numbers those items, the other {placeholders} left for the caller to fill."""
    for key, point in (wording or wording_in_use()).point_values().items():
        text = text.replace("{" + key + "}", point)
    return text


def argparse_complaint(message: str, lang: str = "id") -> str:
    """argparse's English complaint about a command, in the admin's language."""
    from lsp_desktop.messages.texts_cli import ARGPARSE_ID

    if known(lang) != "id":  # argparse speaks English; only Indonesian is translated
        return message
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
    style = _number_style(lang)
    exact = f"{format_number(size, lang)} {style['bytes']}"
    if not human:
        return exact
    return f"{human.replace('.', style['decimal'])} ({exact})"


# How a language writes numbers: its thousands and decimal marks, and "bytes".
NUMBER_STYLES = {"id": {"thousands": ".", "decimal": ",", "bytes": "byte"},
                 "en": {"thousands": ",", "decimal": ".", "bytes": "bytes"}}


def _number_style(lang: str) -> dict[str, str]:
    return NUMBER_STYLES.get(known(lang), NUMBER_STYLES[table.FALLBACK])


def format_number(value: int, lang: str = "id") -> str:
    return f"{value:,}".replace(",", _number_style(lang)["thousands"])


def format_name(fmt: str, lang: str = "id") -> str:
    return label(FORMAT_NAMES, fmt, lang) if fmt in FORMAT_NAMES else fmt.upper()


def format_advice(detected: str, allowed: str, lang: str) -> str:
    """What to do about a file of format ``detected`` where ``allowed`` are taken (the
    words: messages/texts_advice.py)."""
    allowed_set = set(allowed.split("/"))
    if detected in allowed_set:
        code = "advice.rename"
    elif "pdf" in allowed_set and detected in _IMAGES:
        code = "advice.picture_to_pdf"
    elif "pdf" in allowed_set and detected in _OFFICE:
        code = "advice.office_to_pdf"
    elif detected == "heic":
        code = "advice.heic"
    elif detected in _IMAGES:
        code = "advice.picture"
    else:
        code = {"pdf": "advice.pdf_to_picture", "zip": "advice.zip"}.get(detected,
                                                                          "advice.other")
    return template(code, lang).format(ext={"jpeg": ".jpg"}.get(detected, f".{detected}"))


_SIZE_KEYS = {"size", "limit_binary", "limit_decimal"}


def render(code: str, values: dict[str, Any] | None, lang: str = "id",
           wording: Wording | None = None) -> str:
    """The message of ``code`` in ``lang``; items named and numbered as ``wording``'s
    catalogue does (by default the one in use, messages/wording.py)."""
    # Imported on the first message said: the window's first paint says none.
    from lsp_desktop.messages.value_shapes import Context, shape_values

    lang = known(lang)
    wording = wording or wording_in_use()
    # The file as a whole (not text, nested too deep): no item and field to name.
    if code in ("catalog.invalid", "catalog.added_invalid") and \
            (values or {}).get("item") == "-":
        code += "_file"
    template_ = lookup(code, lang)
    if template_ is None:
        return code
    shown: dict[str, Any] = {}
    for key, value in (values or {}).items():
        # A typed or imported value never forges a line; a byte count is said as a size.
        value = printable(value) if isinstance(value, str) else value
        shown[key] = format_size(value, lang) if key in _SIZE_KEYS and isinstance(
            value, int) else value
    shape_values(shown, Context(code, lang, wording, render))
    text = template_.format_map(_Blank(shown))
    for value in shown.values():  # "Budi, S.T." ending a sentence: one full stop, not two
        if isinstance(value, str) and value.endswith(".") and not value.endswith(".."):
            text = text.replace(value + ".", value)
    if "name" in shown and "{name}" not in template_:
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
    "nomor_sk": ("nomor SK", "decree (SK) number"),
    "tanggal_sk": ("tanggal SK", "decree (SK) date"),
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


def label(pairs: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    """``key``'s words in a table of (Indonesian, English) pairs; another language says
    the English as its table does (messages/table.py)."""
    return paired(pairs.get(key, (key, key)), lang)


def progress_text(ready: int, total: int, lang: str) -> str:
    return phrase("{ready} of {total} ready", lang).format(ready=ready, total=total)


PLATFORM_NAMES = {"website": ("Situs web", "Website"), "instagram": ("Instagram", "Instagram"),
                  "facebook": ("Facebook", "Facebook"), "youtube": ("YouTube", "YouTube"),
                  "tiktok": ("TikTok", "TikTok"), "x": ("X (Twitter)", "X (Twitter)")}

"""BACA-SAYA.txt: a short note for whoever receives the bundle, the first file they see
after unzipping. Indonesian first, then English; plain text, so any computer opens it.
It is a BagIt tag file: listed in tagmanifest-sha256.txt like bag-info.txt."""

from __future__ import annotations

import datetime as dt
import textwrap

from lsp_desktop.bundle.guide import GUIDE_NAME
from lsp_desktop.messages import format_moment

README_NAME = "BACA-SAYA.txt"


def readme_text(lsp_name: str, licence: str, circular: str, catalog_id: str, draft: bool,
                now: dt.datetime, app: str, period: tuple[str, str] = ("", "")) -> bytes:
    """``period``: the circular's time and training link, in Indonesian and English
    (messages.period_text)."""
    name = lsp_name or "-"
    when, when_en = format_moment(now, "id"), format_moment(now, "en")
    state_id = "DRAF, belum lengkap" if draft else "lengkap"
    state_en = "DRAFT, incomplete" if draft else "complete"
    lines = [
        "BUNDEL PERSYARATAN LSP",
        "",
        f"Bundel ini berisi dokumen dan data persyaratan {name} (lisensi: {licence or '-'})",
        f"menurut surat edaran {circular} ({catalog_id}). Status: {state_id}.",
        f"Dibuat {when} dengan {app}.",
        *_wrapped("Waktu menurut surat edaran: " + period[0] if period[0] else ""),
        "",
        "Bundel ini memuat semua yang diminta formulir Sistem Informasi BNSP, untuk",
        "diisikan berkas demi berkas dan kolom demi kolom. Bundel (zip) ini sendiri TIDAK",
        f"diunggah. Mulailah dari {GUIDE_NAME}: buka di peramban mana pun (tanpa",
        "aplikasi, tanpa internet); halaman itu menunjukkan, butir demi butir menurut urutan",
        "surat edaran, berkas yang diunggah, tautan yang ditempel dan data yang diketik.",
        "",
        "Memeriksa keutuhan:",
        "- LSP Desktop: menu Berkas > Periksa bundel…, atau: lsp-desktop verify BERKAS.zip",
        "- alat BagIt apa pun (bundel ini berformat BagIt 1.0), setelah zip dibuka, misalnya:",
        "  bagit.py --validate FOLDER",
        "Kode SHA-256 seluruh zip dikirim lewat jalur lain atau tertulis pada ringkasan yang",
        "ditandatangani: cocokkan untuk memastikan bundelnya sama.",
        "",
        "Isi:",
        f"- {GUIDE_NAME}: panduan bagi yang mengisi formulir BNSP",
        "- ringkasan.pdf, ringkasan.html: ringkasan untuk dibaca dan ditandatangani",
        "- data/: dokumen, dinamai menurut nomor butir surat edaran (2.01-…, 2.02-…),",
        "  tabel data (.csv), tautan.txt, dan satu folder per asesor untuk dokumen asesor",
        "- manifest.json: daftar isi bundel untuk aplikasi (LSP Desktop dan alat lain)",
        "- bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt:",
        "  keterangan BagIt dan kode pemeriksa setiap berkas",
        "",
        "---------------------------------------------------------------------------",
        "LSP REQUIREMENTS BUNDLE (English)",
        "",
        f"This bundle holds the documents and data {name} (licence: {licence or '-'})",
        f"prepared under circular {circular} ({catalog_id}). Status: {state_en}.",
        f"Made {when_en} with {app}.",
        *_wrapped("Time given by the circular: " + period[1] if period[1] else ""),
        "",
        "It carries everything the BNSP information system's form asks for, to be entered",
        "file by file and field by field. The bundle (zip) itself is NOT uploaded. Start",
        f"with {GUIDE_NAME}: open it in any browser (no app, no internet needed); it",
        "shows, item by item in the circular's order, each file to upload, each link to",
        "paste and the data to type.",
        "",
        "Checking it is intact:",
        "- LSP Desktop: File > Verify bundle…, or: lsp-desktop verify FILE.zip",
        "- any BagIt tool (this is a BagIt 1.0 bag), once unzipped, for instance:",
        "  bagit.py --validate FOLDER",
        "The SHA-256 of the whole zip is sent by another channel or written on the signed",
        "summary: compare it to make sure the bundle is the same.",
        "",
        "Contents:",
        f"- {GUIDE_NAME}: the guide for whoever fills in the BNSP form",
        "- ringkasan.pdf, ringkasan.html: the summary, to read and sign",
        "- data/: the documents, named after the circular's item numbers (2.01-…, 2.02-…),",
        "  the data tables (.csv), tautan.txt (links), and one folder per assessor",
        "- manifest.json: the bundle contents list for software (LSP Desktop and others)",
        "- bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt:",
        "  the BagIt description and every file's checksum",
    ]
    # CRLF: Notepad on older Windows shows a file with bare LF as one long line.
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 76, break_on_hyphens=False, break_long_words=False)

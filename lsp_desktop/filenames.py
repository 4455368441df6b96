"""Names of files and folders that every file system accepts and reads the same."""

from __future__ import annotations

import re
import unicodedata

# System clutter that never belongs in a bundle or a Drive folder.
HIDDEN_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}
# The per-assessor documents of 2.11, as named in the Drive folder and the bundle.
ASSESSOR_FILE_NAMES = {"ktp": "KTP", "sertifikat-teknis": "Sertifikat-Kompetensi-Teknis",
                       "ijazah": "Ijazah", "pasfoto": "Pasfoto"}
EXTENSIONS = {"jpeg": "jpg"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def safe_name(text: str, fallback: str = "berkas") -> str:
    """A name that every file system accepts and that reads the same on every one."""
    text = nfc(text).strip()
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", text).strip(". ")
    return text[:80] or fallback


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:60] or "LSP"

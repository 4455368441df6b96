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


# Names Windows reserves for devices, with any extension ("CON.pdf" is the console too).
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}
# Characters that rewrite how a line reads: bidirectional overrides and isolates
# (U+202E makes "gpj.exe" read "exe.jpg"), zero-width joiners, the BOM. Patterns compiled
# by ``re`` when first used (and kept in its cache): the window's start names no file.
_INVISIBLE = "[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]"
_CONTROL = "[\x00-\x1f\x7f-\x9f\u2028\u2029]"  # and the Unicode line breaks
MAX_NAME_CHARS = 80


def safe_name(text: str, fallback: str = "berkas") -> str:
    """A base name that every file system accepts and that reads the same on every one.

    Names from outside (a bundle's manifest, a drop, a spreadsheet) pass here before any
    path is built from them: no folder separators or ``..``, no characters Windows
    refuses, no control or direction-changing characters, no device names, no trailing
    dot or space, at most 80 characters. What is left is always one harmless name.
    """
    text = re.sub(_INVISIBLE, "", nfc(str(text)))
    text = re.sub(_CONTROL, " ", text)
    text = re.sub(r'[<>:"/\\|?*]', "-", text)
    text = re.sub(r"\s+", " ", text).strip().strip(". ")
    if len(text) > MAX_NAME_CHARS:  # shortened in the middle: the extension stays
        stem, dot, extension = text.rpartition(".")
        if dot and stem and 0 < len(extension) <= 10:
            text = f"{stem[:MAX_NAME_CHARS - len(extension) - 1].rstrip('. ')}.{extension}"
        else:
            text = text[:MAX_NAME_CHARS]
    text = text.rstrip(". ")
    if not text or set(text) <= {".", "-", " "}:
        return fallback
    if text.split(".")[0].strip().lower() in _WINDOWS_RESERVED:
        text = f"_{text}"
    return text


def base_name(text: str, fallback: str = "berkas") -> str:
    """The last part of a name that may carry a path (``../../x.sh`` -> ``x.sh``), made safe.
    Bytes of a name that were not valid UTF-8 (a Linux file name) become U+FFFD."""
    text = str(text).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return safe_name(re.split(r"[\\/]", text)[-1], fallback)


def unique_names(names: list[str], fallback: str = "tanpa-nama") -> list[str]:
    """Safe names, one per input, made distinct as Windows and macOS compare them
    (ignoring case): two people called "Budi" get "Budi" and "Budi (2)"."""
    taken: set[str] = set()
    result = []
    for name in names:
        base = safe_name(name, fallback)
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{base} ({number})"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def printable(text: str) -> str:
    """A name as the terminal may show it: control and direction-changing characters
    escaped, so a file name cannot fake an output line or reverse its extension."""
    def escape(match: re.Match) -> str:
        return "".join(f"\\u{ord(c):04x}" if ord(c) > 0xff else f"\\x{ord(c):02x}"
                       for c in match.group())

    return re.sub(f"{_INVISIBLE}|{_CONTROL}", escape, str(text))


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:60] or "LSP"

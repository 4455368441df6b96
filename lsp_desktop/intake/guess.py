"""Propose a requirement for a dropped file from its name, for the admin to confirm."""

from __future__ import annotations

import re
import unicodedata

from lsp_desktop.catalog import Catalog

# Words admins put in file names, most specific first: "sk asesor" before "asesor".
KEYWORDS: list[tuple[str, str]] = [
    ("sertifikat lisensi", "sertifikat-lisensi"),
    ("sk lisensi", "sk-lisensi"),
    ("lisensi", "sk-lisensi"),
    ("sk asesor", "sk-asesor"),
    ("asesor kompetensi", "sk-asesor"),
    ("sk pelaksana", "sk-pelaksana"),
    ("pengangkatan", "sk-pelaksana"),
    ("pelaksana", "sk-pelaksana"),
    ("staf it", "sk-staf-it"),
    ("staff it", "sk-staf-it"),
    ("sk it", "sk-staf-it"),
    ("npwp", "npwp"),
    ("rekening", "rekening"),
    ("buku tabungan", "rekening"),
    ("tabungan", "rekening"),
    ("logo", "logo"),
    ("kantor", "foto-kantor"),
    ("gedung", "foto-kantor"),
    ("acuan", "acuan-paket"),
    ("skkni", "acuan-paket"),
    ("peta okupasi", "acuan-paket"),
    ("skkk", "skkk"),
]


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\.[a-z0-9]{1,5}$", "", text)
    return " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "


def propose_requirement(file_name: str, catalog: Catalog) -> str | None:
    text = normalise(file_name)
    file_ids = {r.id for r in catalog.requirements if r.form == "file"}
    for keyword, requirement_id in KEYWORDS:
        if f" {keyword} " in text and requirement_id in file_ids:
            return requirement_id
    return None

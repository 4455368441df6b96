"""Propose a requirement for a dropped file from its name, for the admin to confirm."""

from __future__ import annotations

import re
import unicodedata

from lsp_desktop.circulars.catalog import Catalog


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\.[a-z0-9]{1,5}$", "", text)
    return " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "


def keywords(catalog: Catalog) -> list[tuple[str, str]]:
    """(keyword, requirement id) from the catalogue's file items, most specific first:
    a longer keyword before a shorter one ("sk asesor" before "asesor"), then item order."""
    pairs = [(normalise(keyword).strip(), r.id) for r in catalog.requirements
             if r.form == "file" for keyword in r.keywords]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def propose_requirement(file_name: str, catalog: Catalog) -> str | None:
    text = normalise(file_name)
    for keyword, requirement_id in keywords(catalog):
        if f" {keyword} " in text:
            return requirement_id
    return None

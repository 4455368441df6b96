"""Checks of the LSP profile's own fields."""

from __future__ import annotations

import re

from lsp_desktop.checks.findings import WARNING, Finding

# BNSP licence numbers look like BNSP-LSP-2629-ID; an odd one is worth a second look, not
# a refusal (older licences may be written differently).
LICENCE_SHAPE = re.compile(r"^BNSP-LSP-\d{1,5}-ID$", re.IGNORECASE)


def licence_findings(licence: str) -> list[Finding]:
    licence = licence.strip()
    if licence and not LICENCE_SHAPE.match(licence):
        return [Finding("profile.licence_shape", WARNING, {"licence": licence})]
    return []

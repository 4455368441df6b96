"""The "maks. 2 MB" rule, read both ways a portal may count it."""

from __future__ import annotations

from lsp_desktop.checks.findings import ERROR, WARNING, Finding

# Past this many times the limit a file is surely not the document (a video dropped by
# mistake): it is refused without being read.
FAR_TOO_LARGE_FACTOR = 10
# "maks. 2 MB" counted as the portal most likely counts it: the limit a fix aims under
# when no item says otherwise (the command line's fixes, a fix's default).
LIMIT_BYTES = 2_000_000


def check_size(size: int, limit_binary: int, limit_decimal: int, photo: bool = False
               ) -> list[Finding]:
    """``photo``: the advice is to shrink the picture, not to scan again or compress a PDF."""
    values = {"size": size, "limit_decimal": limit_decimal, "limit_binary": limit_binary,
              "limit_mb": round(limit_decimal / 1_000_000)}  # as the circular writes it
    if size > limit_binary * FAR_TOO_LARGE_FACTOR:
        return [Finding("size.far_too_large", ERROR, values)]
    if size > limit_binary:
        return [Finding("size.photo_too_large" if photo else "size.too_large", ERROR, values)]
    if size > limit_decimal:
        return [Finding("size.near_limit", WARNING, values)]
    return []

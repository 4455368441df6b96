"""How long a typed or imported text may be, checked where every write passes (the store).

Real values are short: an LSP's name, a NIK, a unit title. A two-million-character name
is a paste gone wrong or an attack, and it would blow up the summary, the spreadsheets and
the bundle; it is refused with a plain message instead of saved.
"""

from __future__ import annotations

from lsp_desktop.errors import LspError

MAX_TEXT = 500     # names, numbers, titles, e-mail addresses
MAX_LINK = 2_000   # a Google Drive or website address


def check_lengths(limit: int = MAX_TEXT, **fields: object) -> None:
    """Refuse the first field longer than ``limit`` characters."""
    for name, value in fields.items():
        if isinstance(value, str) and len(value) > limit:
            raise LspError("field.too_long", field=name, length=len(value), limit=limit)

"""How long a typed or imported text may be, checked where every write passes (the store).

Real values are short: an LSP's name, a NIK, a unit title. A two-million-character name
is a paste gone wrong or an attack, and it would blow up the summary, the spreadsheets and
the bundle; it is refused with a plain message instead of saved.
"""

from __future__ import annotations

import unicodedata

from lsp_desktop.base.errors import LspError

MAX_TEXT = 500     # names, numbers, titles, e-mail addresses
MAX_LINK = 2_000   # a Google Drive or website address

# Fields that name someone or something: one line, as a bundle's reading
# (bundle/manifest_rules.py) wants them. Other texts may hold line breaks and tabs (an
# Excel cell typed with Alt+Enter), never another control character.
ONE_LINE_FIELDS = {"nama", "name", "kode_paket"}
LINE_BREAKS = "\t\n\r"


def check_lengths(limit: int = MAX_TEXT, **fields: object) -> None:
    """Refuse the first field longer than ``limit`` characters, or holding a control
    character (a NUL, an escape…): such a value must never reach a CSV, an HTML page or a
    bundle, whose own check would then call the admin's export damaged."""
    for name, value in fields.items():
        if not isinstance(value, str):
            continue
        if len(value) > limit:
            raise LspError("field.too_long", field=name, length=len(value), limit=limit)
        allowed = "" if name in ONE_LINE_FIELDS else LINE_BREAKS
        if bad := typed_control(value, allowed):
            raise LspError("field.control_character", field=name, found=bad)


def control_character(text: str, allowed: str = "") -> str | None:
    """The first control character (NUL, a newline, an escape…) of a name or a value,
    written as its code; such a name must never reach a CSV, an HTML page or a log."""
    for char in text:
        if unicodedata.category(char) == "Cc" and char not in allowed:
            return f"U+{ord(char):04X}"
    return None


# Characters that turn the text around them right-to-left (and marks that steer it):
# "\u202eJoko" is shown "okoJ", and an assessor "\u202eLuki ../../etc" as "cte/../.. ikuL"
# (the "Trojan Source" characters). No name or value typed or imported needs one.
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                               "\u200e\u200f\u061c")


def typed_control(text: str, allowed: str = "") -> str | None:
    """What a new value may not hold: a control character, or one that turns the text's
    direction; written as its code. (A bundle's own check, which must still read bundles
    made before, looks for control characters alone.)"""
    if bad := control_character(text, allowed):
        return bad
    turned = next((char for char in text if char in DIRECTION_CONTROLS), None)
    return f"U+{ord(turned):04X}" if turned else None

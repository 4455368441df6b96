"""Translation of the window's own words.

Every visible string is written in English inside ``tr("…")``; the Indonesian text lives
in ``resources/translations/lsp_desktop_id.ts`` (editable with Qt Linguist) and is
compiled to ``.qm`` by ``python tools/update_translations.py``, which also adds new
strings. One context keeps the tooling simple. Finding messages come translated from the
core.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "LspDesktop"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)

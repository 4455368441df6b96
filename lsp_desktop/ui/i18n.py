"""The window's words in the chosen language.

Every visible string is written in English inside ``tr("…")``; its Indonesian lives in
``lsp_desktop/messages/texts_window.py`` with every other user-facing text (see the
package's docstring). The language is chosen once per window: switching it rebuilds the
window (ui/app.py), so a string is looked up when a widget is built.
"""

from __future__ import annotations

from collections.abc import Callable

from lsp_desktop.messages import known, phrase

_language = {"lang": "id"}


def set_language(lang: str) -> str:
    _language["lang"] = known(lang)  # a language messages/ has texts for, else Indonesian
    return _language["lang"]


def language() -> str:
    return _language["lang"]


def locale_name(lang: str) -> str:
    """Qt's locale for dates and numbers in that language."""
    return "en_GB" if lang == "en" else "id_ID"


def tr(text: str) -> str:
    return phrase(text, _language["lang"])


class Said:
    """Words kept to be shown later (a refusal in an item's panel, an Undo entry): made
    in the window's language each time they are shown, so that they follow a language
    switch. ``Said("Remove {name}", name=…)`` or ``Said.by(callable)``; a value that is
    itself ``Said`` is said in the same language."""

    def __init__(self, english: str = "", **values: object) -> None:
        self._make = lambda: tr(english).format(**{k: str(v) for k, v in values.items()})

    @classmethod
    def by(cls, make: Callable[[], str]) -> Said:
        said = cls()
        said._make = make
        return said

    def __str__(self) -> str:
        return self._make()

"""The one store of the texts: ``TEXTS[lang][key]``, one template per key and language.

A key is a message's code (``"file.too_large"``) or a phrase's English (``"Export
bundle…"``). messages/__init__ fills it at import from the texts_*.py files as they are
written, without changing them: a code's (Indonesian, English) pair gives an entry in each
language, a phrase's ``English: Indonesian`` an Indonesian entry (in English a phrase is its
own key). ``render``, ``phrase`` and ``label`` read it.

Another language is one more table, ``add_language("xx", {key: template})``: what it lacks
is said in English (tests/messages/test_third_language.py).

The tables the window's first paint does not read (the command line's, the documents', most
messages) are filled in later: on the first key not found, every table waiting is loaded
and the key looked up again (``load_later``), so a lookup finds what it always found."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

FIRST = "id"  # the admin's language unless they choose another
FALLBACK = "en"  # what a language's missing entry is said in

TEXTS: dict[str, dict[str, str]] = {FIRST: {}, FALLBACK: {}}

# The two languages of a (Indonesian, English) pair, in that order.
PAIR = (FIRST, FALLBACK)

# What fills the tables not loaded yet, in the order they are loaded; each leaves the list
# only once its texts are in, so that a reader on another thread who finds the list empty
# finds every text too.
_waiting: list[Callable[[], None]] = []
_loading = threading.Lock()


def add_pairs(pairs: Mapping[str, tuple[str, str]]) -> None:
    for key, pair in pairs.items():
        for lang, template in zip(PAIR, pair, strict=True):
            TEXTS[lang][key] = template


def add_phrases(phrases: Mapping[str, str]) -> None:
    """English: Indonesian phrases (the English is the key, and the English text)."""
    TEXTS[FIRST].update(phrases)


def add_language(lang: str, texts: Mapping[str, str]) -> None:
    """Another language's templates, keyed as above, with the same {placeholders}."""
    load_all()  # the app's tables first: texts given here win over them, whatever the language
    TEXTS.setdefault(lang, {}).update(texts)


def load_later(loader: Callable[[], None]) -> None:
    """``loader`` fills tables (``add_pairs``, ``add_phrases``) when a key is first missed."""
    _waiting.append(loader)


def load_all() -> None:
    """Every table filled now: after this, TEXTS holds every text of the app."""
    with _loading:  # two threads missing at once: the second waits for the first's load
        while _waiting:
            _waiting[0]()
            del _waiting[0]


def languages() -> tuple[str, ...]:
    return tuple(TEXTS)


def known(lang: str) -> str:
    """``lang`` if the app has its texts, else the first language."""
    return lang if lang in TEXTS else FIRST


def lookup(key: str, lang: str) -> str | None:
    """The template of ``key`` in ``lang``, else in English; None if no language has it."""
    found = TEXTS[known(lang)].get(key)
    if found is None:
        found = TEXTS[FALLBACK].get(key)
    if found is None and _waiting:
        load_all()
        return lookup(key, lang)
    return found


def said(key: str, lang: str) -> str:
    """A phrase or a label's English in ``lang``: the English itself when untranslated."""
    found = TEXTS[known(lang)].get(key)
    if found is None and _waiting:
        load_all()
        found = TEXTS[known(lang)].get(key)
    return key if found is None else found


def paired(pair: tuple[str, str], lang: str) -> str:
    """One of a (Indonesian, English) pair written where it is kept (a label table, a
    catalogue's title); another language translates its English as a phrase."""
    lang = known(lang)
    if lang in PAIR:
        return pair[PAIR.index(lang)]
    return said(pair[1], lang)
